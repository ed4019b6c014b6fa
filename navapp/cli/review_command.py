"""``navapp review``: one crew's track or a whole field of them against a roadbook.

The crews are read and reviewed in worker processes (:mod:`navapp.core.crew_pool`), one per
core unless ``--jobs`` says otherwise, with a progress line on the terminal. A crew whose file
cannot be read or judged is one warning line; the others are reviewed all the same.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from navapp.cli.commands import _reading, _refuse_overwrite, _report_map, _roadbook, warn
from navapp.errors import EXIT_FINDINGS, EXIT_OK, NavappError
from navapp.io.errors import InputError

if TYPE_CHECKING:
    from navapp.io.report import MapLayer


def _natural(path: str) -> list[object]:
    """Sort key: crew_2 before crew_10."""
    return [int(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", path)]


def track_paths(given: Sequence[str], skip: str | None = None) -> list[str]:
    """The track files named: a folder gives every track file in it, a pattern (``*?[``) that
    names no file the files it matches, each in natural order; ``skip`` (the roadbook) left
    out of folders and patterns."""
    from navapp.io.registry import TRACK_EXTENSIONS

    skipped = Path(skip).resolve() if skip is not None else None
    out: list[str] = []
    for arg in given:
        path = Path(arg)
        if path.is_dir():
            found = [
                str(f)
                for f in path.iterdir()
                if f.is_file() and f.suffix.lower() in TRACK_EXTENSIONS and f.resolve() != skipped
            ]
            if not found:
                raise InputError(arg, "no track files in this folder")
        elif not path.exists() and glob.has_magic(arg):
            found = [
                f for f in glob.glob(arg) if Path(f).is_file() and Path(f).resolve() != skipped
            ]
            if not found:
                raise InputError(arg, "no file matches this pattern")
        else:
            out.append(arg)
            continue
        out += sorted(found, key=_natural)
    return out


def cmd_review(args: argparse.Namespace) -> int:
    tracks = track_paths(args.tracks, args.roadbook)
    for output in (args.html, args.csv):
        _refuse_overwrite(output, args.roadbook, *tracks)
    layer = _report_map(args)
    try:
        return _review(args, tracks, layer)
    finally:
        if layer is not None:
            layer.source.close()


def _review(args: argparse.Namespace, paths: list[str], layer: MapLayer | None) -> int:
    from navapp.cliout.progress import ProgressLine
    from navapp.cliout.review import comparison_text, review_json, review_text
    from navapp.core.compare import compare
    from navapp.core.crew_pool import CrewJob, review_crews
    from navapp.core.review import ReviewSettings, penalty_profiles
    from navapp.io.registry import read_track

    roadbook = _roadbook(args.roadbook, args.waypoints, *_reading(args))
    if not roadbook.has_coordinates:
        raise InputError(
            args.roadbook,
            "review needs box coordinates, and this roadbook has none "
            "(its waypoints are all at 0,0, like the official OpenRally example; "
            "--waypoints FILE gives them from the organiser's waypoint list)",
        )
    settings = ReviewSettings(
        off_route_m=args.off_route,
        tolerance_kmh=args.tolerance,
        penalties=penalty_profiles()[args.penalties],
    )
    # Only the report draws the tracks: without one, only the reviews come back.
    job = CrewJob(roadbook, settings, read_track, keep_tracks=bool(args.html))
    line = ProgressLine(sys.stderr, "Reviewing crews")
    try:
        results = review_crews(job, paths, args.jobs, line.show)
    finally:
        line.clear()
    for r in results:
        warn(r.warnings)
    failed = [r.error for r in results if r.error is not None]
    judged = [r for r in results if r.review is not None]
    if not judged:
        raise NavappError(failed[0] if failed else "no track to review")
    warn(failed)
    reviews = [r.review for r in judged if r.review is not None]
    comparison = compare(reviews) if len(reviews) > 1 else None
    if args.html or args.csv:
        # Reports are written only when asked for; reading them in costs the other commands.
        from navapp.io.report import write_csv, write_html
    if args.html:
        tracks = [r.track for r in judged if r.track is not None]
        warn(write_html(args.html, roadbook, tracks, reviews, comparison, layer))
    if args.csv:
        write_csv(args.csv, reviews[0], roadbook.units)
    if args.json:
        docs = [review_json(r) for r in reviews]
        print(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
    else:
        lines = [f"{roadbook.name}: review of {len(reviews)} track(s)"]
        for rv in reviews:
            lines += review_text(roadbook, rv)
        if comparison is not None:
            lines += comparison_text(comparison, reviews)
        print("\n".join(lines))
    findings = failed or any(
        r.summary.missed or r.summary.violations or r.off_route for r in reviews
    )
    return EXIT_FINDINGS if findings else EXIT_OK

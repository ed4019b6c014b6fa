"""What each ``navapp`` subcommand does, one ``cmd_*`` function each: read its files, run the
core, print through :mod:`navapp.cliout`. Returns the exit code.

Each command imports what it uses inside its function, so the command being run pays only for
itself (``bench/bench_start.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from navapp.errors import EXIT_FINDINGS, EXIT_OK
from navapp.io.errors import InputError

if TYPE_CHECKING:
    from navapp.core.model import Roadbook
    from navapp.core.navigator import NavSettings
    from navapp.io.report import MapLayer

# The tile cache the command line fills when a report's map comes from a tile server (the
# same folder as the app's, so tiles seen in the app serve the report offline).
DEFAULT_CACHE_MB = 500


def warn(warnings: Sequence[str]) -> None:
    """Tell the user what a reader had to say about a file, one line each, on stderr."""
    for line in warnings:
        print(f"navapp: warning: {line}", file=sys.stderr)


def _reverse_option(reverse: bool | None, from_last_page: bool | None = None) -> str:
    if from_last_page:
        return "--from-last-page"
    return "--reverse" if reverse else "--no-reverse"


def _reading(args: argparse.Namespace) -> tuple[bool | None, bool | None]:
    """The reading order the command line forces on a PDF roadbook: reverse, from the last
    page; None where it says nothing. ``--from-last-page`` reads bottom to top, so it cannot
    go with ``--no-reverse``."""
    reverse: bool | None = args.reverse
    from_last_page: bool | None = args.from_last_page
    if from_last_page and reverse is False:
        raise InputError(None, "--from-last-page reads bottom to top: not with --no-reverse")
    return reverse, from_last_page


def _roadbook(
    path: str,
    waypoints: str | None = None,
    reverse: bool | None = None,
    from_last_page: bool | None = None,
) -> Roadbook:
    """Read a roadbook (its boxes placed from a separate waypoint list when given; a PDF one
    read in the order ``reverse`` and ``from_last_page`` force), telling the user what the
    readers had to say."""
    if (reverse is not None or from_last_page is not None) and Path(path).suffix.lower() != ".pdf":
        option = _reverse_option(reverse, from_last_page)
        raise InputError(path, f"not a PDF roadbook: {option} does not apply")
    if waypoints is None:
        from navapp.io.registry import read_roadbook_reading

        roadbook = read_roadbook_reading(path, reverse, from_last_page)
    else:
        from navapp.io.waypointlist import read_roadbook_with_waypoints

        roadbook = read_roadbook_with_waypoints(path, waypoints, reverse, from_last_page)
    warn(roadbook.warnings)
    return roadbook


def cmd_info(args: argparse.Namespace) -> int:
    from navapp.io.registry import file_kind
    from navapp.maps import MAP_FILE_EXTENSIONS

    if Path(args.file).suffix.lower() in MAP_FILE_EXTENSIONS:
        return _map_info(args)
    if file_kind(args.file) == "track":
        if args.waypoints is not None:
            raise InputError(
                args.file, "a recorded track, not a roadbook: --waypoints does not apply"
            )
        if args.reverse is not None or args.from_last_page is not None:
            option = _reverse_option(args.reverse, args.from_last_page)
            raise InputError(
                args.file, f"a recorded track, not a roadbook: {option} does not apply"
            )
        return _track_info(args)
    from navapp.cliout.roadbook import info_text, roadbook_json
    from navapp.io.registry import roadbook_format

    roadbook = _roadbook(args.file, args.waypoints, *_reading(args))
    if args.json:
        doc = {"kind": "roadbook", "format": roadbook_format(args.file), **roadbook_json(roadbook)}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(info_text(roadbook))
    return EXIT_OK


def _map_info(args: argparse.Namespace) -> int:
    from navapp.cliout.mapfile import map_json, map_text
    from navapp.maps.files import open_map_file

    for given, option in (
        (args.waypoints is not None, "--waypoints"),
        (args.reverse is not None or args.from_last_page is not None, "--reverse"),
    ):
        if given:
            raise InputError(args.file, f"a map file, not a roadbook: {option} does not apply")
    source = open_map_file(args.file)
    try:
        warn(source.warnings)
        if args.json:
            print(json.dumps(map_json(source), ensure_ascii=False, indent=2))
        else:
            print(map_text(source))
    finally:
        source.close()
    return EXIT_OK


def _report_map(args: argparse.Namespace) -> MapLayer | None:
    """The map the HTML report is drawn on (``--map``), opened; None without one."""
    if args.map is None:
        for given, option in (
            (args.map_attribution is not None, "--map-attribution"),
            (args.map_max_zoom is not None, "--map-max-zoom"),
            (args.offline, "--offline"),
        ):
            if given:
                raise InputError(None, f"{option} goes with --map")
        return None
    if not args.html:
        raise InputError(None, "--map draws the HTML report's map: give --html FILE too")
    import functools

    from navapp.io.report import MapLayer
    from navapp.maps.catalog import open_spec
    from navapp.maps.fetch import prepare_tiles
    from navapp.maps.named import spec_named
    from navapp.maps.xyz import XyzSource
    from navapp.paths import tile_cache_dir

    spec = spec_named(args.map, args.map_attribution, args.map_max_zoom)
    source = open_spec(spec, tile_cache_dir(), DEFAULT_CACHE_MB, args.offline)
    warn(getattr(source, "warnings", ()))
    prepare = functools.partial(prepare_tiles, source) if isinstance(source, XyzSource) else None
    return MapLayer(source, args.map_opacity, prepare)


def _track_info(args: argparse.Namespace) -> int:
    from navapp.cliout.track import track_json, track_text
    from navapp.core.track_summary import summarize_track
    from navapp.io.registry import read_nmea_track, read_track, track_format

    fmt = track_format(args.file)
    dropped = 0
    if fmt == "nmea":
        track, dropped = read_nmea_track(args.file)
    else:
        track = read_track(args.file)
    summary = summarize_track(track, dropped)
    name = track.name or Path(args.file).stem
    warn(track.warnings)
    if args.json:
        doc = track_json(name, fmt, summary, track.warnings)
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(track_text(name, fmt, summary))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from navapp.core.validate import validate

    roadbook = _roadbook(args.roadbook, args.waypoints, *_reading(args))
    findings = validate(roadbook, max_offset_m=args.max_offset)
    for f in findings:
        print(f"{args.roadbook}: {f}")
    if not findings and not roadbook.warnings:
        print(f"{args.roadbook}: ok, {len(roadbook.boxes)} boxes")
    # A file that had to be mended (cut off early) is something wrong with the roadbook.
    return EXIT_FINDINGS if findings or roadbook.warnings else EXIT_OK


def _refuse_overwrite(output: str | None, *inputs: str) -> None:
    """Never write a result over a file the command reads."""
    if output is None:
        return
    out = Path(output).resolve()
    if any(out == Path(i).resolve() for i in inputs):
        raise InputError(output, "output would overwrite the input; choose another name")


# How written formats are named to the user; a writer not named here goes by its name.
_FORMAT_LABELS = {
    "openrally": "OpenRally GPX v1.0.3",
    "gpx": "plain GPX",
    "rn2": "Rally Navigator .rn2 v4",
}


def cmd_convert(args: argparse.Namespace) -> int:
    from navapp.io.registry import output_format, roadbook_format, write_roadbook

    source = roadbook_format(args.input)
    roadbook = _roadbook(args.input, args.waypoints, *_reading(args))
    fmt = output_format(args.output, args.to, source)
    _refuse_overwrite(args.output, args.input, *filter(None, [args.waypoints]))
    if fmt == "pdf":
        # Printing draws with Qt (the same tulip rendering as the screen): imported only here.
        from navapp.gui.common.printing import export_pdf

        pages = export_pdf(roadbook, args.output, args.layout)
        print(f"wrote {args.output} (PDF, {args.layout} layout, {pages} pages)")
        return EXIT_OK
    warn(write_roadbook(roadbook, args.output, fmt))
    label = _FORMAT_LABELS.get(fmt, fmt)
    print(f"wrote {args.output} ({label}, {len(roadbook.boxes)} boxes)")
    return EXIT_OK


def _nav_settings(args: argparse.Namespace) -> NavSettings:
    from navapp.core.navigator import NavSettings

    return NavSettings(
        reset_on_validation=not args.no_reset_on_validation,
        zone_tolerance_kmh=args.tolerance,
        calibration_pct=args.calibration,
    )


def cmd_simulate(args: argparse.Namespace) -> int:
    from navapp.cliout.simulation import simulation_json, simulation_text
    from navapp.core.cues import CueOptions
    from navapp.core.navstate import EventType
    from navapp.core.simulate import simulate
    from navapp.gps.silence import SILENCE_S
    from navapp.io.registry import read_drive

    roadbook = _roadbook(args.roadbook, args.waypoints, *_reading(args))
    drive = read_drive(args.track)
    warn(drive.warnings)
    if not drive.fixes:
        raise InputError(args.track, "no GPS fixes in the track")
    cues = CueOptions() if args.json else None
    run = simulate(roadbook, drive.fixes, _nav_settings(args), cues, SILENCE_S)
    findings = run.final.missed > 0 or any(e.type is EventType.OVERSPEED_START for e in run.events)
    if args.json:
        print(json.dumps(simulation_json(run), ensure_ascii=False, indent=2))
    else:
        print(simulation_text(roadbook, run))
    return EXIT_FINDINGS if findings else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from navapp.core import format as fmt
    from navapp.core.generate import GenerateError, GenerateSettings, generate_with_notes
    from navapp.io.registry import read_track_file, write_roadbook

    _refuse_overwrite(args.output, args.track)
    source = read_track_file(args.track)
    track = source.track
    warn(track.warnings)
    settings = GenerateSettings(
        heading_change_deg=args.turn,
        max_spacing_km=args.max_spacing,
        min_spacing_m=args.min_spacing,
        name=args.name or "",
    )
    try:
        made = generate_with_notes(track, source.waypoints, settings, args.segment)
    except GenerateError as e:
        raise InputError(args.track, str(e)) from None
    for line in made.notes:
        print(f"navapp: {line}", file=sys.stderr)
    if len(made.recordings) > 1:
        print("navapp: choose another with --segment N", file=sys.stderr)
    roadbook = made.roadbook
    write_roadbook(roadbook, args.output, "openrally")
    u = roadbook.units
    print(
        f"wrote {args.output} (OpenRally GPX v1.0.3, {len(roadbook.boxes)} boxes, "
        f"{fmt.distance(roadbook.total_km, u, unit=True)})"
    )
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from navapp.gui.shell.app import run_editor

    return run_editor(args.roadbook)


def cmd_gui(args: argparse.Namespace) -> int:
    from navapp.gui.shell.app import run_gui

    if args.replay is not None and args.roadbook is None:
        raise InputError(None, "--replay needs a roadbook to replay it on")
    if args.waypoints is not None:
        if args.roadbook is None:
            raise InputError(None, "--waypoints needs a roadbook to place them on")
        from navapp.io.waypointlist import read_waypoint_list

        # A list that cannot be read is refused here, in one line, before a window opens.
        read_waypoint_list(args.waypoints)
    reverse, from_last_page = _reading(args)
    if reverse is not None or from_last_page is not None:
        option = _reverse_option(reverse, from_last_page)
        if args.roadbook is None:
            raise InputError(None, f"{option} needs a PDF roadbook to read")
        if Path(args.roadbook).suffix.lower() != ".pdf":
            raise InputError(args.roadbook, f"not a PDF roadbook: {option} does not apply")
    return run_gui(
        args.roadbook,
        args.replay,
        args.speed,
        args.practice or (),
        args.waypoints,
        reverse=reverse,
        from_last_page=from_last_page,
    )

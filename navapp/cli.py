"""The ``navapp`` command line. Importing this module never imports Qt.

Exit codes: 0 ok, 1 findings, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from navapp import __version__
from navapp.core.compare import compare
from navapp.core.generate import GenerateError, GenerateSettings, generate_with_notes
from navapp.core.legs import BoxLeg, box_legs
from navapp.core.model import Box, Roadbook, Waypoint
from navapp.core.navigator import NavSettings
from navapp.core.navstate import EventType, NavEvent
from navapp.core.recordings import MAX_GAP_KM, MAX_GAP_S
from navapp.core.review import ReviewError, ReviewSettings, penalty_profiles, review
from navapp.core.review_model import Comparison, Review
from navapp.core.simulate import SIMULATE_EVENTS, Simulation, simulate
from navapp.core.validate import DEFAULT_MAX_OFFSET_M, validate
from navapp.io.errors import InputError
from navapp.io.registry import (
    output_format,
    read_drive,
    read_roadbook,
    read_track,
    read_track_file,
    roadbook_format,
    write_roadbook,
)

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

SUBCOMMANDS = ("info", "validate", "convert", "simulate", "review", "generate", "edit", "gui")


class _Parser(argparse.ArgumentParser):
    """argparse that says usage errors in one line and exits 2."""

    def error(self, message: str) -> Any:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"navapp: error: {message} (see 'navapp --help')\n")


def _opt(value: float | None, digits: int) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value, digits)


def _waypoint_json(wp: Waypoint) -> dict[str, Any]:
    if wp.open_m is None:
        opens = "never"
    elif math.isinf(wp.open_m):
        opens = "always"
    else:
        opens = "radius"
    return {
        "type": wp.type.value,
        "name": wp.name,
        "open_m": _opt(wp.open_m, 1),
        "clear_m": _opt(wp.clear_m, 1),
        "opens": opens,
    }


def _box_json(box: Box, leg: BoxLeg) -> dict[str, Any]:
    wp = box.waypoint
    return {
        "index": box.index,
        "total_km": round(box.total_km, 6),
        "partial_km": round(box.partial_km, 6),
        "cap": box.cap,
        "lat": box.lat,
        "lon": box.lon,
        "leg_km": _opt(None if leg.leg_m is None else leg.leg_m / 1000.0, 6),
        "bearing_next": _opt(leg.bearing_next, 3),
        "route_km": _opt(None if leg.route_m is None else leg.route_m / 1000.0, 6),
        "waypoint": _waypoint_json(wp) if wp else None,
        "waypoints": [_waypoint_json(w) for w in box.waypoints],
        "speed_limit_kmh": box.speed_limit_kmh,
        "danger": box.danger,
        "reset": box.reset_km is not None,
        "reset_km": box.reset_km,
        "stop_s": box.stop_s,
        "neutralization_s": box.neutralization_s,
        "notes": box.notes_text,
        "tulip": box.tulip.kind.value if box.tulip else None,
    }


def roadbook_json(roadbook: Roadbook) -> dict[str, Any]:
    """The ``navapp info --json`` document."""
    legs = box_legs(roadbook)
    return {
        "name": roadbook.name,
        "units": roadbook.units.value,
        "total_km": round(roadbook.total_km, 6),
        "has_coordinates": roadbook.has_coordinates,
        "boxes": [_box_json(b, leg) for b, leg in zip(roadbook.boxes, legs, strict=True)],
    }


def _waypoint_label(box: Box) -> str:
    parts = []
    for wp in box.waypoints:
        text = f"{wp.type.label} {wp.name}".strip()
        if wp.type.value == "dz" and box.speed_limit_kmh is not None:
            text += f" {box.speed_limit_kmh:.0f}"
        parts.append(text)
    return ", ".join(parts)


def _info_text(roadbook: Roadbook) -> str:
    u = roadbook.units
    d = u.distance_label
    lines = [
        f"{roadbook.name}  ·  {u.value}  ·  {u.km_to_display(roadbook.total_km):.2f} {d}"
        f"  ·  {len(roadbook.boxes)} boxes"
        + ("" if roadbook.has_coordinates else "  ·  no coordinates"),
        f"{'#':>4} {'total ' + d:>9} {'partial':>8} {'CAP':>5}  {'waypoint':<16} "
        f"{'lat':>10} {'lon':>11}  notes",
    ]
    for b in roadbook.boxes:
        cap = f"C.{b.cap}" if b.cap is not None else ""
        danger = "!" * (b.danger or 0)
        notes = " ".join(x for x in (danger, b.notes_text.replace("\n", " ")) if x)
        lat = f"{b.lat:.5f}" if b.lat is not None else ""
        lon = f"{b.lon:.5f}" if b.lon is not None else ""
        reset = "  ↺ reset" if b.reset_km is not None else ""
        total, partial = u.km_to_display(b.total_km), u.km_to_display(b.partial_km)
        lines.append(
            f"{b.index:>4} {total:>9.2f} {partial:>8.2f} {cap:>5}  {_waypoint_label(b):<16}"
            f" {lat:>10} {lon:>11}  {notes}{reset}"
        )
    return "\n".join(lines)


def warn(warnings: Sequence[str]) -> None:
    """Tell the user what a reader had to say about a file, one line each, on stderr."""
    for line in warnings:
        print(f"navapp: warning: {line}", file=sys.stderr)


def _roadbook(path: str) -> Roadbook:
    """Read a roadbook, telling the user what the reader had to say about it."""
    roadbook = read_roadbook(path)
    warn(roadbook.warnings)
    return roadbook


def cmd_info(args: argparse.Namespace) -> int:
    roadbook = _roadbook(args.roadbook)
    if args.json:
        print(json.dumps(roadbook_json(roadbook), ensure_ascii=False, indent=2))
    else:
        print(_info_text(roadbook))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    roadbook = _roadbook(args.roadbook)
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


def cmd_convert(args: argparse.Namespace) -> int:
    source = roadbook_format(args.input)
    roadbook = _roadbook(args.input)
    fmt = output_format(args.output, args.to, source)
    _refuse_overwrite(args.output, args.input)
    if fmt == "pdf":
        # Printing draws with Qt (the same tulip rendering as the screen): imported only here.
        from navapp.gui.common.printing import export_pdf

        pages = export_pdf(roadbook, args.output, args.layout)
        print(f"wrote {args.output} (PDF, {args.layout} layout, {pages} pages)")
        return EXIT_OK
    write_roadbook(roadbook, args.output, fmt)
    label = {"openrally": "OpenRally GPX v1.0.3", "gpx": "plain GPX"}[fmt]
    print(f"wrote {args.output} ({label}, {len(roadbook.boxes)} boxes)")
    return EXIT_OK


def iso_time(t: float | None) -> str | None:
    """Epoch seconds as ISO-8601 UTC (milliseconds only when needed), None when unknown."""
    if t is None or not math.isfinite(t):
        return None
    stamp = datetime.fromtimestamp(t, tz=UTC)
    text = stamp.isoformat(timespec="milliseconds" if t % 1 else "seconds")
    return text.replace("+00:00", "Z")


def _nav_settings(args: argparse.Namespace) -> NavSettings:
    return NavSettings(
        reset_on_validation=not args.no_reset_on_validation,
        zone_tolerance_kmh=args.tolerance,
        calibration_pct=args.calibration,
    )


def cmd_simulate(args: argparse.Namespace) -> int:
    roadbook = _roadbook(args.roadbook)
    drive = read_drive(args.track)
    warn(drive.warnings)
    if not drive.fixes:
        raise InputError(args.track, "no GPS fixes in the track")
    run = simulate(roadbook, drive.fixes, _nav_settings(args))
    findings = run.final.missed > 0 or any(e.type is EventType.OVERSPEED_START for e in run.events)
    if args.json:
        print(json.dumps(simulation_json(run), ensure_ascii=False, indent=2))
    else:
        print(_simulation_text(roadbook, run))
    return EXIT_FINDINGS if findings else EXIT_OK


def simulation_json(run: Simulation) -> dict[str, Any]:
    """The ``navapp simulate --json`` document."""

    def event(e: NavEvent) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "time": iso_time(e.time),
            "type": e.type.value,
            "box": e.box,
            "name": e.name,
            "odo_km": round(e.odo_km, 4),
        }
        if e.detail:
            doc["detail"] = e.detail
        return doc

    final = run.final
    return {
        "events": [event(e) for e in run.events if e.type in SIMULATE_EVENTS],
        "other_events": [event(e) for e in run.events if e.type not in SIMULATE_EVENTS],
        "final": {
            "odo_km": round(final.trip.total_km, 4),
            "box": final.box,
            "validated": final.validated,
            "missed": final.missed,
            "waypoints": final.waypoints_total,
        },
    }


def _simulation_text(roadbook: Roadbook, run: Simulation) -> str:
    d = roadbook.units.distance_label
    lines = [f"{roadbook.name}: {len(run.events)} events"]
    for e in run.events:
        if e.type is EventType.TRIP_RESET:
            continue
        when = (iso_time(e.time) or "--")[11:19]
        where = f"box {e.box}" if e.box is not None else ""
        what = e.type.value.replace("_", " ")
        odo = roadbook.units.km_to_display(e.odo_km)
        extra = "  ".join(x for x in (e.name or "", e.detail) if x)
        lines.append(f"{when}  {odo:8.2f} {d}  {what:<16} {where:<8} {extra}".rstrip())
    f = run.final
    lines.append(
        f"final: trip {roadbook.units.km_to_display(f.trip.total_km):.2f} {d}, box {f.box}, "
        f"{f.validated} validated, {f.missed} missed of {f.waypoints_total} waypoints"
    )
    return "\n".join(lines)


def review_json(r: Review) -> dict[str, Any]:
    """The ``navapp review --json`` document of one track."""
    return {
        "track": r.track_name,
        "waypoints": [
            {
                "box": w.box,
                "name": w.name,
                "type": w.type.value,
                "status": w.status.value,
                "closest_m": round(w.closest_m, 1),
                "time": iso_time(w.time),
            }
            for w in r.waypoints
        ],
        "speed_zones": [
            {
                "start_box": z.start_box,
                "end_box": z.end_box,
                "limit_kmh": z.limit_kmh,
                "max_kmh": _opt(z.max_kmh, 1),
                "violations": [
                    {
                        "start": iso_time(v.start),
                        "end": iso_time(v.end),
                        "max_kmh": round(v.max_kmh, 1),
                        "penalty_s": _opt(v.penalty_s, 1),
                    }
                    for v in z.violations
                ],
            }
            for z in r.zones
        ],
        "off_route": [
            {"start": iso_time(o.start), "end": iso_time(o.end), "max_m": round(o.max_m, 1)}
            for o in r.off_route
        ],
        "sections": [
            {
                "from_box": sec.from_box,
                "to_box": sec.to_box,
                "partial_km": sec.partial_km,
                "driven_km": _opt(sec.driven_km, 3),
                "drift_km": _opt(sec.drift_km, 3),
                "time_s": _opt(sec.time_s, 1),
                "avg_kmh": _opt(sec.avg_kmh, 1),
                "max_kmh": _opt(sec.max_kmh, 1),
            }
            for sec in r.sections
        ],
        "stops": [
            {"start": iso_time(st.start), "end": iso_time(st.end), "box": st.box} for st in r.stops
        ],
        "neutralizations": [
            {
                "start_box": n.start_box,
                "end_box": n.end_box,
                "required_s": n.required_s,
                "taken_s": _opt(n.taken_s, 1),
                "early_s": round(n.early_s, 1),
            }
            for n in r.neutralizations
        ],
        "summary": {
            "driven_km": round(r.summary.driven_km, 3),
            "elapsed_s": _opt(r.summary.elapsed_s, 1),
            "validated": r.summary.validated,
            "missed": r.summary.missed,
            "violations": r.summary.violations,
            # JSON has no infinity: an exclusion is a null penalty and "excluded": true.
            "penalty_s": _opt(r.summary.penalty_s, 1),
            "excluded": r.summary.excluded,
        },
        "notes": list(r.notes),
    }


def _clock(t: float | None) -> str:
    return (iso_time(t) or "--:--:--")[11:19] if t is not None else "--:--:--"


def _hms(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    sign = "-" if seconds < 0 else ""
    s = round(abs(seconds))
    return f"{sign}{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _review_text(roadbook: Roadbook, r: Review) -> list[str]:
    u = roadbook.units
    d = u.distance_label
    sm = r.summary
    penalty = "EXCLUSION" if sm.excluded else _hms(sm.penalty_s)
    lines = [
        f"== {r.track_name or 'track'}: {u.km_to_display(sm.driven_km):.2f} {d} in "
        f"{_hms(sm.elapsed_s)}; {sm.validated} validated, {sm.missed} missed; "
        f"{sm.violations} speeding; penalty {penalty}",
        *(f"   note: {n}" for n in r.notes),
        "waypoints:",
    ]
    for w in r.waypoints:
        when = _clock(w.time) if w.time is not None else ""
        lines.append(
            f"  box {w.box:>3}  {w.label:<10} {w.status.value:<9} closest {w.closest_m:7.1f} m"
            f"  {when}"
        )
    for z in r.zones:
        top = f"max {z.max_kmh:.1f} km/h" if math.isfinite(z.max_kmh) else "not entered"
        lines.append(
            f"speed zone boxes {z.start_box}-{z.end_box}: limit {z.limit_kmh:g}, "
            f"{top}, {len(z.violations)} violation(s)"
        )
        for v in z.violations:
            pen = "EXCLUSION" if math.isinf(v.penalty_s) else f"{v.penalty_s:.0f} s"
            lines.append(
                f"  {_clock(v.start)} to {_clock(v.end)}  max {v.max_kmh:.1f} km/h  penalty {pen}"
            )
    for o in r.off_route:
        lines.append(f"off route {_clock(o.start)} to {_clock(o.end)}  up to {o.max_m:.0f} m")
    for st in r.stops:
        lines.append(f"stopped {_clock(st.start)} to {_clock(st.end)} after box {st.box}")
    for n in r.neutralizations:
        if n.early_s > 0:
            lines.append(f"neutralisation box {n.start_box}: left {n.early_s:.0f} s early")
    lines.append(f"{'section':>9} {'partial':>8} {'driven':>8} {'drift':>7} {'time':>8} {'avg':>6}")
    for sec in r.sections:
        if sec.driven_km is None:
            continue
        drift = sec.drift_km or 0.0
        avg = f"{sec.avg_kmh:6.1f}" if sec.avg_kmh is not None else "     —"
        lines.append(
            f"{sec.from_box:>4}-{sec.to_box:<4} {u.km_to_display(sec.partial_km):8.2f}"
            f" {u.km_to_display(sec.driven_km):8.2f} {u.km_to_display(drift):+7.2f}"
            f" {_hms(sec.time_s):>8} {avg}"
        )
    return lines


def _comparison_text(c: Comparison) -> list[str]:
    lines = ["== comparison (gap to the fastest crew, per section and at the finish)"]
    lines.append("section    " + "".join(f"{n[:14]:>16}" for n in c.names))
    worst = sorted(
        (g for g in c.sections if all(x is not None for x in g.gaps_s)),
        key=lambda g: -max(x or 0.0 for x in g.gaps_s),
    )[:3]
    for g in c.sections:
        if all(t is None for t in g.times_s):
            continue
        mark = "  <- most time lost" if g in worst and max(x or 0 for x in g.gaps_s) > 0 else ""
        cells = "".join(
            f"{_hms(t):>8} +{_hms(gap) if gap is not None else '—':<7}"
            for t, gap in zip(g.times_s, g.gaps_s, strict=True)
        )
        lines.append(f"{g.from_box:>4}-{g.to_box:<5} {cells}{mark}")
    lines.append("total gap  " + "".join(f"{_hms(t):>16}" for t in c.total_gap_s))
    return lines


def cmd_review(args: argparse.Namespace) -> int:
    for output in (args.html, args.csv):
        _refuse_overwrite(output, args.roadbook, *args.tracks)
    roadbook = _roadbook(args.roadbook)
    if not roadbook.has_coordinates:
        raise InputError(
            args.roadbook,
            "review needs box coordinates, and this roadbook has none "
            "(its waypoints are all at 0,0, like the official OpenRally example)",
        )
    tracks = [read_track(path) for path in args.tracks]
    for track in tracks:
        warn(track.warnings)
    settings = ReviewSettings(
        off_route_m=args.off_route,
        tolerance_kmh=args.tolerance,
        penalties=penalty_profiles()[args.penalties],
    )
    reviews = []
    for path, track in zip(args.tracks, tracks, strict=True):
        try:
            reviews.append(review(roadbook, track, settings))
        except ReviewError as e:
            raise InputError(path, str(e)) from None
    comparison = compare(reviews) if len(reviews) > 1 else None
    if args.html or args.csv:
        # Reports are written only when asked for; reading them in costs the other commands.
        from navapp.io.report import write_csv, write_html
    if args.html:
        write_html(args.html, roadbook, tracks, reviews, comparison)
    if args.csv:
        write_csv(args.csv, reviews[0], roadbook.units)
    if args.json:
        docs = [review_json(r) for r in reviews]
        print(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
    else:
        lines = [f"{roadbook.name}: review of {len(reviews)} track(s)"]
        for r in reviews:
            lines += _review_text(roadbook, r)
        if comparison is not None:
            lines += _comparison_text(comparison)
        print("\n".join(lines))
    findings = any(r.summary.missed or r.summary.violations or r.off_route for r in reviews)
    return EXIT_FINDINGS if findings else EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
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
        f"{u.km_to_display(roadbook.total_km):.2f} {u.distance_label})"
    )
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    from navapp.gui.shell.app import run_editor

    return run_editor(args.roadbook)


def cmd_gui(args: argparse.Namespace) -> int:
    from navapp.gui.shell.app import run_gui

    if args.replay is not None and args.roadbook is None:
        raise InputError(None, "--replay needs a roadbook to replay it on")
    return run_gui(args.roadbook, args.replay, args.speed, args.practice or ())


def _number(low: float | None = None, above: float | None = None) -> Any:
    """An argparse type for a finite number, at least ``low`` or above ``above``."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
        if low is not None and value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low:g}: {text}")
        if above is not None and value <= above:
            raise argparse.ArgumentTypeError(f"must be more than {above:g}: {text}")
        return value

    return parse


def _count(text: str) -> int:
    """An argparse type for a whole number from 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text}")
    return value


def _replay_speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1.0 <= value <= 50.0:
        raise argparse.ArgumentTypeError("replay speed must be between 1 and 50")
    return value


def _add_tolerance(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tolerance",
        type=_number(low=0.0),
        default=0.0,
        metavar="KMH",
        help="speed-zone tolerance above the limit (default 0)",
    )


# Defaults shown and used by the command line are the core's own.
_GEN = GenerateSettings()
_REVIEW = ReviewSettings()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    p = _Parser(
        prog="navapp",
        description="Co-driver navigation and roadbook app for rally-raid crews. "
        "Without a subcommand, opens the app (on ROADBOOK when given).",
    )
    p.add_argument("--version", action="version", version=f"navapp {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("info", help="print a roadbook's box table")
    s.add_argument("roadbook", help="roadbook file (OpenRally GPX or plain GPX)")
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    s.set_defaults(func=cmd_info)

    s = sub.add_parser("validate", help="check a roadbook; exit 1 when something is wrong")
    s.add_argument("roadbook")
    s.add_argument(
        "--max-offset",
        type=_number(low=0.0),
        default=DEFAULT_MAX_OFFSET_M,
        metavar="M",
        help="report boxes farther than M metres from the route line "
        f"(default {DEFAULT_MAX_OFFSET_M:g})",
    )
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser(
        "convert",
        help="convert a roadbook between OpenRally GPX and plain GPX, or print it as PDF",
        description="Convert a roadbook. Without --to, an OpenRally input written to .gpx "
        "becomes plain GPX and a plain GPX input becomes OpenRally v1.0.3.",
    )
    s.add_argument("input")
    s.add_argument("output")
    s.add_argument("--to", choices=["openrally", "gpx", "pdf"], help="output format")
    s.add_argument(
        "--layout",
        choices=["a5", "roll"],
        default="a5",
        help="PDF: A5 pages or a 150 mm roll strip (default a5)",
    )
    s.set_defaults(func=cmd_convert)

    s = sub.add_parser(
        "simulate",
        help="run the navigator over a recorded drive; exit 1 on misses or overspeed",
    )
    s.add_argument("roadbook")
    s.add_argument("track", help="recorded drive: GPX track or NMEA log")
    s.add_argument("--json", action="store_true", help="print JSON instead of an event log")
    s.add_argument(
        "--no-reset-on-validation",
        action="store_true",
        help="do not set the trip meter to the box distance when a waypoint validates",
    )
    _add_tolerance(s)
    s.add_argument(
        "--calibration",
        type=_number(low=-50.0),
        default=0.0,
        metavar="PCT",
        help="trip meter calibration in percent (default 0)",
    )
    s.set_defaults(func=cmd_simulate)

    s = sub.add_parser(
        "review",
        help="review recorded tracks against the roadbook; exit 1 on misses, speeding, off-route",
    )
    s.add_argument("roadbook")
    s.add_argument("tracks", nargs="+", metavar="TRACK", help="GPX tracks or NMEA logs")
    s.add_argument("--json", action="store_true", help="print JSON (a list for several tracks)")
    s.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    s.add_argument("--csv", metavar="FILE", help="write the section table of the first track")
    s.add_argument(
        "--off-route",
        type=_number(above=0.0),
        default=_REVIEW.off_route_m,
        metavar="M",
        help=f"off-route threshold in metres (default {_REVIEW.off_route_m:g})",
    )
    _add_tolerance(s)
    s.add_argument(
        "--penalties",
        default="dakar-2005",
        choices=sorted(penalty_profiles()),
        help="speeding penalty profile (default dakar-2005)",
    )
    s.set_defaults(func=cmd_review)

    s = sub.add_parser("generate", help="make a roadbook from a recorded track")
    s.add_argument("track", help="GPX track (its waypoints become boxes) or NMEA log")
    s.add_argument(
        "-o", "--output", required=True, metavar="ROADBOOK", help="OpenRally GPX to write"
    )
    s.add_argument(
        "--turn",
        type=_number(above=0.0),
        default=_GEN.heading_change_deg,
        metavar="DEG",
        help=f"a turn at least this sharp gets a box (default {_GEN.heading_change_deg:g})",
    )
    s.add_argument(
        "--max-spacing",
        type=_number(low=0.05),
        default=_GEN.max_spacing_km,
        metavar="KM",
        help=f"never more than this between boxes (default {_GEN.max_spacing_km:g})",
    )
    s.add_argument(
        "--min-spacing",
        type=_number(low=0.0),
        default=_GEN.min_spacing_m,
        metavar="M",
        help=f"turns closer than this to another box are left out (default {_GEN.min_spacing_m:g})",
    )
    s.add_argument(
        "--segment",
        type=_count,
        metavar="N",
        help="make the roadbook from recording N of the file (1 = the first; default the "
        f"longest). A file splits into recordings at gaps of more than "
        f"{MAX_GAP_S / 3600:g} h or {MAX_GAP_KM:g} km",
    )
    s.add_argument("--name", help="stage name (default: the track's)")
    s.set_defaults(func=cmd_generate)

    s = sub.add_parser("edit", help="open the roadbook editor")
    s.add_argument("roadbook", nargs="?", help="roadbook to edit (default: a new one)")
    s.set_defaults(func=cmd_edit)

    s = sub.add_parser(
        "gui",
        help="open the app",
        description="Open the app. Without a roadbook: the demo stage with its recorded drive "
        "replaying at 5x.",
    )
    s.add_argument("roadbook", nargs="?", help="roadbook to open (default: the demo stage)")
    s.add_argument("--replay", metavar="TRACK", help="practice: replay a recorded drive")
    s.add_argument(
        "--speed",
        type=_replay_speed,
        default=5.0,
        metavar="X",
        help="replay speed 1-50 (default 5)",
    )
    s.add_argument(
        "--practice",
        action="append",
        choices=["masked", "no-cap", "distance-only"],
        help="practice mode (repeat for several)",
    )
    s.set_defaults(func=cmd_gui)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `navapp` alone, or `navapp FILE`, opens the app.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list = ["gui", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except InputError as e:
        print(f"navapp: error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        print(f"navapp: error: {where}{e.strerror or e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

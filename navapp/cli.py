"""The ``navapp`` command line. Importing this module never imports Qt.

Exit codes: 0 ok, 1 findings, 2 bad input or usage (one line: ``navapp: error: ...``),
3 a bug in navapp (its traceback, then one line asking for a report).

Each command imports what it uses inside its function, and the parser gives its options only
to the command being run, so ``navapp --help`` loads no numpy and ``navapp info`` no review,
generation or gpxpy (``bench/bench_start.py`` holds the start times to targets). What the
commands print is shaped in :mod:`navapp.cliout`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import traceback
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from navapp import __version__
from navapp.errors import EXIT_BUG, NavappError
from navapp.io.errors import InputError

if TYPE_CHECKING:
    from navapp.core.model import Roadbook
    from navapp.core.navigator import NavSettings

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2

SUBCOMMANDS = ("info", "validate", "convert", "simulate", "review", "generate", "edit", "gui")


class _Parser(argparse.ArgumentParser):
    """argparse that says usage errors in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"navapp: error: {message} (see 'navapp --help')\n")


def warn(warnings: Sequence[str]) -> None:
    """Tell the user what a reader had to say about a file, one line each, on stderr."""
    for line in warnings:
        print(f"navapp: warning: {line}", file=sys.stderr)


def _reverse_option(reverse: bool | None) -> str:
    return "--reverse" if reverse else "--no-reverse"


def _roadbook(path: str, waypoints: str | None = None, reverse: bool | None = None) -> Roadbook:
    """Read a roadbook (its boxes placed from a separate waypoint list when given; a PDF one
    read in the direction ``reverse`` forces), telling the user what the readers had to say."""
    if reverse is not None and Path(path).suffix.lower() != ".pdf":
        raise InputError(path, f"not a PDF roadbook: {_reverse_option(reverse)} does not apply")
    if waypoints is None:
        from navapp.io.registry import read_roadbook_reading

        roadbook = read_roadbook_reading(path, reverse)
    else:
        from navapp.io.waypointlist import read_roadbook_with_waypoints

        roadbook = read_roadbook_with_waypoints(path, waypoints, reverse)
    warn(roadbook.warnings)
    return roadbook


def cmd_info(args: argparse.Namespace) -> int:
    from navapp.io.registry import file_kind

    if file_kind(args.file) == "track":
        if args.waypoints is not None:
            raise InputError(
                args.file, "a recorded track, not a roadbook: --waypoints does not apply"
            )
        if args.reverse is not None:
            option = _reverse_option(args.reverse)
            raise InputError(
                args.file, f"a recorded track, not a roadbook: {option} does not apply"
            )
        return _track_info(args)
    from navapp.cliout.roadbook import info_text, roadbook_json
    from navapp.io.registry import roadbook_format

    roadbook = _roadbook(args.file, args.waypoints, args.reverse)
    if args.json:
        doc = {"kind": "roadbook", "format": roadbook_format(args.file), **roadbook_json(roadbook)}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(info_text(roadbook))
    return EXIT_OK


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

    roadbook = _roadbook(args.roadbook, args.waypoints, args.reverse)
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
    roadbook = _roadbook(args.input, args.waypoints, args.reverse)
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

    roadbook = _roadbook(args.roadbook, args.waypoints, args.reverse)
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


def cmd_review(args: argparse.Namespace) -> int:
    from navapp.cliout.review import comparison_text, review_json, review_text
    from navapp.core.compare import compare
    from navapp.core.review import ReviewError, ReviewSettings, penalty_profiles, review
    from navapp.io.registry import read_track

    for output in (args.html, args.csv):
        _refuse_overwrite(output, args.roadbook, *args.tracks)
    roadbook = _roadbook(args.roadbook, args.waypoints, args.reverse)
    if not roadbook.has_coordinates:
        raise InputError(
            args.roadbook,
            "review needs box coordinates, and this roadbook has none "
            "(its waypoints are all at 0,0, like the official OpenRally example; "
            "--waypoints FILE gives them from the organiser's waypoint list)",
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
            lines += review_text(roadbook, r)
        if comparison is not None:
            lines += comparison_text(comparison)
        print("\n".join(lines))
    findings = any(r.summary.missed or r.summary.violations or r.off_route for r in reviews)
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
    if args.reverse is not None:
        option = _reverse_option(args.reverse)
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
        reverse=args.reverse,
    )


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


_INFO_HELP = (
    "Print a roadbook's box table, or a recorded track's figures (points, segments, times, "
    "distance, extent). A file is a roadbook when it is OpenRally GPX, GPX with waypoints or "
    "a route, a KML/KMZ with point placemarks (an organiser's waypoint list; not just its "
    "track's points drawn again) or a CSV waypoint list; it is a track when it is GPX with "
    "only a track, KML/KMZ with only gx:Track/LineString lines, NMEA, TCX, FIT or IGC."
)


def _add_waypoints(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--waypoints",
        metavar="FILE",
        help="an organiser's waypoint list (KML/KMZ, GPX or CSV) giving the roadbook's "
        "waypoint boxes their coordinates (matched by label, then km, then order)",
    )


def _add_reverse(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--reverse",
        dest="reverse",
        action="store_const",
        const=True,
        default=None,
        help="read a PDF roadbook bottom to top (a reverse roadbook; a scan cannot say so "
        "itself); default: as its printed totals say, else top to bottom",
    )
    group.add_argument(
        "--no-reverse",
        dest="reverse",
        action="store_const",
        const=False,
        help="read a PDF roadbook top to bottom, whatever its totals say",
    )


def _info_args(s: argparse.ArgumentParser) -> None:
    s.add_argument(
        "file", metavar="FILE", help="a roadbook or a recorded track, any format navapp reads"
    )
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_waypoints(s)
    _add_reverse(s)


def _validate_args(s: argparse.ArgumentParser) -> None:
    from navapp.core.validate import DEFAULT_MAX_OFFSET_M

    s.add_argument("roadbook")
    s.add_argument(
        "--max-offset",
        type=_number(low=0.0),
        default=DEFAULT_MAX_OFFSET_M,
        metavar="M",
        help="report boxes farther than M metres from the route line "
        f"(default {DEFAULT_MAX_OFFSET_M:g})",
    )
    _add_waypoints(s)
    _add_reverse(s)


def _convert_args(s: argparse.ArgumentParser) -> None:
    from navapp.io.registry import ROADBOOK_EXTENSIONS, WRITERS

    s.add_argument("input", help=f"roadbook to convert ({', '.join(ROADBOOK_EXTENSIONS)})")
    s.add_argument("output", help="file to write; its extension gives the format without --to")
    by_ext = ", ".join(f"{ext} {name}" for name, (_w, ext) in WRITERS.items() if ext != ".gpx")
    s.add_argument(
        "--to",
        choices=[*WRITERS, "pdf"],
        help="output format (default by the output's extension: .gpx plain GPX from "
        f"OpenRally and OpenRally from anything else, {by_ext + ', ' if by_ext else ''}"
        ".pdf a print)",
    )
    s.add_argument(
        "--layout",
        choices=["a5", "roll"],
        default="a5",
        help="PDF: A5 pages or a 150 mm roll strip (default a5)",
    )
    _add_waypoints(s)
    _add_reverse(s)


def _simulate_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("roadbook")
    s.add_argument("track", help="recorded drive: GPX, KML/KMZ, TCX, FIT or IGC track, or NMEA log")
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
    _add_waypoints(s)
    _add_reverse(s)


def _review_args(s: argparse.ArgumentParser) -> None:
    from navapp.core.review import ReviewSettings, penalty_profiles

    # Defaults shown and used by the command line are the core's own.
    defaults = ReviewSettings()
    s.add_argument("roadbook")
    s.add_argument(
        "tracks",
        nargs="+",
        metavar="TRACK",
        help="GPX, KML/KMZ, TCX, FIT or IGC tracks, or NMEA logs",
    )
    s.add_argument("--json", action="store_true", help="print JSON (a list for several tracks)")
    s.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    s.add_argument("--csv", metavar="FILE", help="write the section table of the first track")
    s.add_argument(
        "--off-route",
        type=_number(above=0.0),
        default=defaults.off_route_m,
        metavar="M",
        help=f"off-route threshold in metres (default {defaults.off_route_m:g})",
    )
    _add_tolerance(s)
    s.add_argument(
        "--penalties",
        default="dakar-2005",
        choices=sorted(penalty_profiles()),
        help="speeding penalty profile (default dakar-2005)",
    )
    _add_waypoints(s)
    _add_reverse(s)


def _generate_args(s: argparse.ArgumentParser) -> None:
    from navapp.core.generate import GenerateSettings
    from navapp.core.recordings import MAX_GAP_KM, MAX_GAP_S

    # Defaults shown and used by the command line are the core's own.
    defaults = GenerateSettings()
    s.add_argument(
        "track",
        help="GPX track (its waypoints become boxes), FIT track or course (its course points "
        "become boxes), KML/KMZ, TCX or IGC track, or NMEA log",
    )
    s.add_argument(
        "-o", "--output", required=True, metavar="ROADBOOK", help="OpenRally GPX to write"
    )
    s.add_argument(
        "--turn",
        type=_number(above=0.0),
        default=defaults.heading_change_deg,
        metavar="DEG",
        help=f"a turn at least this sharp gets a box (default {defaults.heading_change_deg:g})",
    )
    s.add_argument(
        "--max-spacing",
        type=_number(low=0.05),
        default=defaults.max_spacing_km,
        metavar="KM",
        help=f"never more than this between boxes (default {defaults.max_spacing_km:g})",
    )
    s.add_argument(
        "--min-spacing",
        type=_number(low=0.0),
        default=defaults.min_spacing_m,
        metavar="M",
        help="turns closer than this to another box are left out "
        f"(default {defaults.min_spacing_m:g})",
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


def _edit_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("roadbook", nargs="?", help="roadbook to edit (default: a new one)")


def _gui_args(s: argparse.ArgumentParser) -> None:
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
    _add_waypoints(s)
    _add_reverse(s)


# Each subcommand: its help and description, the function adding its arguments, and its runner.
_COMMANDS: dict[
    str,
    tuple[
        dict[str, str],
        Callable[[argparse.ArgumentParser], None],
        Callable[[argparse.Namespace], int],
    ],
] = {
    "info": (
        {"help": "print a roadbook's box table or a track's figures", "description": _INFO_HELP},
        _info_args,
        cmd_info,
    ),
    "validate": (
        {"help": "check a roadbook; exit 1 when something is wrong"},
        _validate_args,
        cmd_validate,
    ),
    "convert": (
        {
            "help": "convert a roadbook to another format, or print it as PDF",
            "description": "Convert a roadbook of any format navapp reads to one it writes. "
            "Without --to the output's extension decides: an OpenRally input written to .gpx "
            "becomes plain GPX and any other input OpenRally v1.0.3; other extensions name "
            "their format.",
        },
        _convert_args,
        cmd_convert,
    ),
    "simulate": (
        {"help": "run the navigator over a recorded drive; exit 1 on misses or overspeed"},
        _simulate_args,
        cmd_simulate,
    ),
    "review": (
        {
            "help": "review recorded tracks against the roadbook; "
            "exit 1 on misses, speeding, off-route"
        },
        _review_args,
        cmd_review,
    ),
    "generate": ({"help": "make a roadbook from a recorded track"}, _generate_args, cmd_generate),
    "edit": ({"help": "open the roadbook editor"}, _edit_args, cmd_edit),
    "gui": (
        {
            "help": "open the app",
            "description": "Open the app. Without a roadbook: the demo stage with its recorded "
            "drive replaying at 5x.",
        },
        _gui_args,
        cmd_gui,
    ),
}


def build_parser(commands: Collection[str] = SUBCOMMANDS) -> argparse.ArgumentParser:
    """The argument parser; the subcommands in ``commands`` get their arguments.

    The others are listed with their help line only: their arguments show defaults taken from
    the core, and reading those in is the cost ``navapp --help`` must not pay.
    """
    p = _Parser(
        prog="navapp",
        description="Co-driver navigation and roadbook app for rally-raid crews. "
        "Without a subcommand, opens the app (on ROADBOOK when given).",
    )
    p.add_argument("--version", action="version", version=f"navapp {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (texts, add_arguments, run) in _COMMANDS.items():
        s = sub.add_parser(name, **texts)  # type: ignore[arg-type]
        if name in commands:
            add_arguments(s)
        s.set_defaults(func=run)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `navapp` alone, or `navapp FILE`, opens the app.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list = ["gui", *args_list]
    command = args_list[0] if args_list[0] in SUBCOMMANDS else None
    parser = build_parser(() if command is None else (command,))
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except NavappError as e:
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
    except Exception:
        # A bug in navapp, not bad input: the whole traceback, for the report, and its own code.
        traceback.print_exc()
        print(
            f"navapp: internal error: this is a bug in navapp {__version__}, please report it"
            " with the traceback above",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())

"""The arguments of each ``navapp`` subcommand (one ``*_args`` function each) and the argparse
types that check their values.

Defaults are the core's own, read in only when the subcommand's arguments are added: that is
the cost ``navapp --help`` must not pay (see :func:`navapp.cli.parser.build_parser`).
"""

from __future__ import annotations

import argparse
import math
from typing import Any


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


def _fraction(text: str) -> float:
    """An argparse type for a number from 0 to 1."""
    value: float = _number(low=0.0)(text)
    if value > 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text}")
    return value


def _zoom(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= 22:
        raise argparse.ArgumentTypeError(f"a zoom is 0 to 22, not {text}")
    return value


def _add_report_map(parser: argparse.ArgumentParser) -> None:
    from navapp.io.report import DEFAULT_OPACITY
    from navapp.maps.named import DEFAULT_MAX_ZOOM, known_names

    parser.add_argument(
        "--map",
        metavar="MAP",
        help="draw the HTML report's map on a map: a map file (.mbtiles, .pmtiles), a tile "
        f"server navapp knows ({', '.join(known_names())}) or a tile server address with "
        "{z}/{x}/{y}. The tiles shown are embedded, so the report still works offline",
    )
    parser.add_argument(
        "--map-opacity",
        type=_fraction,
        default=DEFAULT_OPACITY,
        metavar="0..1",
        help=f"how strongly the map shows under the tracks (default {DEFAULT_OPACITY:g})",
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help="take a tile server's tiles from the disk cache only; ask the network for nothing",
    )
    parser.add_argument(
        "--map-attribution",
        metavar="TEXT",
        help="whose map a tile server address shows, printed on the map (required with one)",
    )
    parser.add_argument(
        "--map-max-zoom",
        type=_zoom,
        metavar="Z",
        help=f"the last zoom a tile server address serves (default {DEFAULT_MAX_ZOOM})",
    )


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
    parser.add_argument(
        "--from-last-page",
        dest="from_last_page",
        action="store_const",
        const=True,
        default=None,
        help="read a PDF roadbook bottom to top over the whole document, from the foot of its "
        "last page (implies --reverse); default: as its printed totals say, else page by page",
    )


def info_args(s: argparse.ArgumentParser) -> None:
    s.add_argument(
        "file",
        metavar="FILE",
        help="a roadbook or a recorded track, any format navapp reads, or a map file "
        "(.mbtiles, .pmtiles)",
    )
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_waypoints(s)
    _add_reverse(s)


def validate_args(s: argparse.ArgumentParser) -> None:
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


def convert_args(s: argparse.ArgumentParser) -> None:
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


def simulate_args(s: argparse.ArgumentParser) -> None:
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


def review_args(s: argparse.ArgumentParser) -> None:
    from navapp.core.review import ReviewSettings, penalty_profiles

    # Defaults shown and used by the command line are the core's own.
    defaults = ReviewSettings()
    s.add_argument("roadbook")
    s.add_argument(
        "tracks",
        nargs="+",
        metavar="TRACK",
        help="GPX, KML/KMZ, TCX, FIT or IGC tracks, or NMEA logs; a folder gives every track "
        'in it, and a quoted pattern ("crews/*.gpx") the tracks it matches',
    )
    s.add_argument(
        "-j",
        "--jobs",
        type=_count,
        metavar="N",
        help="worker processes reviewing the crews (default: one per core)",
    )
    s.add_argument("--json", action="store_true", help="print JSON (a list for several tracks)")
    s.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    s.add_argument("--csv", metavar="FILE", help="write the section table of the first track")
    _add_report_map(s)
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


def generate_args(s: argparse.ArgumentParser) -> None:
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


def edit_args(s: argparse.ArgumentParser) -> None:
    s.add_argument("roadbook", nargs="?", help="roadbook to edit (default: a new one)")


def gui_args(s: argparse.ArgumentParser) -> None:
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

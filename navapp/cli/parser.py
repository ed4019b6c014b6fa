"""The ``navapp`` argument parser: the subcommand table and the parser built from it."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Collection
from typing import NoReturn

from navapp import __version__
from navapp.cli.arguments import (
    convert_args,
    edit_args,
    generate_args,
    gui_args,
    info_args,
    review_args,
    simulate_args,
    validate_args,
)
from navapp.cli.commands import (
    cmd_convert,
    cmd_edit,
    cmd_generate,
    cmd_gui,
    cmd_info,
    cmd_simulate,
    cmd_validate,
)
from navapp.cli.review_command import cmd_review
from navapp.errors import EXIT_BAD_INPUT

SUBCOMMANDS = ("info", "validate", "convert", "simulate", "review", "generate", "edit", "gui")


class _Parser(argparse.ArgumentParser):
    """argparse that says usage errors in one line and exits 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"navapp: error: {message} (see 'navapp --help')\n")


_INFO_HELP = (
    "Print a roadbook's box table, or a recorded track's figures (points, segments, times, "
    "distance, extent). A file is a roadbook when it is OpenRally GPX, GPX with waypoints or "
    "a route, a KML/KMZ with point placemarks (an organiser's waypoint list; not just its "
    "track's points drawn again) or a CSV waypoint list; it is a track when it is GPX with "
    "only a track, KML/KMZ with only gx:Track/LineString lines, NMEA, TCX, FIT or IGC."
)

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
        info_args,
        cmd_info,
    ),
    "validate": (
        {"help": "check a roadbook; exit 1 when something is wrong"},
        validate_args,
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
        convert_args,
        cmd_convert,
    ),
    "simulate": (
        {"help": "run the navigator over a recorded drive; exit 1 on misses or overspeed"},
        simulate_args,
        cmd_simulate,
    ),
    "review": (
        {
            "help": "review recorded tracks against the roadbook; "
            "exit 1 on misses, speeding, off-route or a track that cannot be reviewed"
        },
        review_args,
        cmd_review,
    ),
    "generate": ({"help": "make a roadbook from a recorded track"}, generate_args, cmd_generate),
    "edit": ({"help": "open the roadbook editor"}, edit_args, cmd_edit),
    "gui": (
        {
            "help": "open the app",
            "description": "Open the app. Without a roadbook: the demo stage with its recorded "
            "drive replaying at 5x.",
        },
        gui_args,
        cmd_gui,
    ),
}


def build_parser(commands: Collection[str] = SUBCOMMANDS) -> argparse.ArgumentParser:
    """The argument parser; the subcommands in ``commands`` get their

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

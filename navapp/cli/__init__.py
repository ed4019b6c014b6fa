"""The ``navapp`` command line. Importing this package never imports Qt.

Exit codes (:mod:`navapp.errors`): 0 ok, 1 findings, 2 bad input or usage (one line:
``navapp: error: ...``), 3 a bug in navapp (its traceback, then one line asking for a report).

The parser (:mod:`navapp.cli.parser`, the arguments in :mod:`navapp.cli.arguments`) gives its
options only to the command being run, and each command (:mod:`navapp.cli.commands`) imports
what it uses inside its function, so ``navapp --help`` loads no numpy and ``navapp info`` no
review, generation or gpxpy (``bench/bench_start.py`` holds the start times to targets). What
the commands print is shaped in :mod:`navapp.cliout`.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from navapp import __version__
from navapp.cli.parser import SUBCOMMANDS, build_parser
from navapp.errors import EXIT_BAD_INPUT, EXIT_BUG, EXIT_OK, NavappError


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

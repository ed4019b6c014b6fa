"""The command line tells bad input (one line, exit 2) from a bug in navapp (traceback, exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp import cli
from navapp.core.model import Roadbook
from navapp.core.review import ReviewError
from navapp.errors import EXIT_BUG, NavappError
from navapp.io import registry
from navapp.io.errors import InputError

DATA = Path(__file__).parents[2] / "data"
EXAMPLE = DATA / "openrally_v1.0.3_example.gpx"


def test_every_error_navapp_raises_on_purpose_is_a_navapp_error() -> None:
    from navapp.core.edit import EditError
    from navapp.core.generate import GenerateError
    from navapp.core.recordings import RecordingError
    from navapp.core.tulip import TulipFormatError

    for error in (InputError, ReviewError, EditError, GenerateError, RecordingError):
        assert issubclass(error, NavappError), error
    assert issubclass(TulipFormatError, NavappError)
    # Still ValueErrors for callers that caught them as such.
    assert issubclass(ReviewError, ValueError)


def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "garbage.gpx"
    bad.write_bytes(b"\x00\x01 not a roadbook")
    assert cli.main(["info", str(bad)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.startswith(f"navapp: error: {bad}")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_bug_prints_its_traceback_and_exits_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_reader(path: str) -> Roadbook:
        raise RuntimeError("injected bug: the reader lost its index")

    monkeypatch.setattr(registry, "read_roadbook", broken_reader)
    monkeypatch.setattr(cli, "read_roadbook", broken_reader, raising=False)
    assert cli.main(["info", str(EXAMPLE)]) == EXIT_BUG == 3
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "RuntimeError: injected bug: the reader lost its index" in err
    assert err.rstrip().splitlines()[-1].startswith("navapp: internal error: this is a bug")

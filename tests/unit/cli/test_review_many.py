"""``navapp review`` of a field of crews: folders and patterns, --jobs, the progress line on a
terminal only, and a bad file among good ones."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from navapp.cli import main
from navapp.cliout.progress import ProgressLine
from navapp.io.registry import write_roadbook
from tests.crew_field import loop_route, stage, write_crews

REPO = Path(__file__).resolve().parents[3]


def _field(tmp_path: Path, crews: int = 3) -> tuple[Path, Path]:
    route = loop_route()
    rb_path = tmp_path / "stage.gpx"
    write_roadbook(stage(route), rb_path)
    write_crews(tmp_path / "crews", route, crews)
    return rb_path, tmp_path / "crews"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_is_rewritten_in_place_and_cleared() -> None:
    out = _Terminal()
    line = ProgressLine(out, "Reviewing crews")
    line.show(1, 2, "crew_1.gpx")
    line.show(2, 2, "crew_2.gpx")
    line.clear()
    assert out.getvalue() == (
        "\r\x1b[KReviewing crews 1/2 — crew_1.gpx\r\x1b[KReviewing crews 2/2 — crew_2.gpx\r\x1b[K"
    )
    quiet = io.StringIO()  # not a terminal: nothing
    line = ProgressLine(quiet, "Reviewing crews")
    line.show(1, 1, "a.gpx")
    line.clear()
    assert quiet.getvalue() == ""


def test_a_folder_of_crews_with_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rb, crews = _field(tmp_path)
    assert main(["review", str(rb), str(crews), "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    assert "review of 3 track(s)" in captured.out and "== comparison" in captured.out
    # Natural order: crew_1, crew_2, crew_3; no progress line off a terminal.
    assert (
        captured.out.index("crew 1") < captured.out.index("crew 2") < captured.out.index("crew 3")
    )
    assert "Reviewing crews" not in captured.err and captured.err == ""
    # A quoted pattern gives the same crews.
    assert main(["review", str(rb), str(crews / "crew_*.gpx"), "-j", "2", "--json"]) == 0
    assert capsys.readouterr().out.count('"track": "crew ') == 3


def test_a_bad_file_among_crews_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rb, crews = _field(tmp_path)
    bad = crews / "crew_0.gpx"
    bad.write_text("<gpx>not finished", "utf-8")
    html = tmp_path / "field.html"
    assert main(["review", str(rb), str(crews), "-j", "2", "--html", str(html)]) == 1
    captured = capsys.readouterr()
    assert "review of 3 track(s)" in captured.out
    warnings = [ln for ln in captured.err.splitlines() if str(bad) in ln]
    assert len(warnings) == 1 and warnings[0].startswith("navapp: warning: ")
    assert "crew 3" in html.read_text("utf-8")
    # Nothing but bad files: an error, one line.
    assert main(["review", str(rb), str(bad), str(tmp_path / "none.gpx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(f"navapp: error: {bad}")


def test_empty_folder_and_pattern_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rb, _crews = _field(tmp_path, 1)
    (tmp_path / "empty").mkdir()
    assert main(["review", str(rb), str(tmp_path / "empty")]) == 2
    assert "no track files in this folder" in capsys.readouterr().err
    assert main(["review", str(rb), str(tmp_path / "x*.gpx")]) == 2
    assert "no file matches this pattern" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
def test_progress_line_on_a_terminal(tmp_path: Path) -> None:
    rb, crews = _field(tmp_path)
    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    proc = subprocess.run(
        [sys.executable, "-m", "navapp", "review", str(rb), str(crews), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    os.close(follower)
    err = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal's other end is closed: all read
            break
        if not chunk:
            break
        err += chunk
    os.close(leader)
    assert proc.returncode == 0
    text = err.decode("utf-8")
    for done in (1, 2, 3):
        assert f"\r\x1b[KReviewing crews {done}/3 — crew_" in text
    assert text.endswith("\r\x1b[K")  # cleared at the end
    assert b"Reviewing" not in proc.stdout


def test_a_field_is_listed_a_crew_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rb, crews = _field(tmp_path, 9)
    html = tmp_path / "field.html"
    assert main(["review", str(rb), str(crews), "-j", "2", "--html", str(html)]) == 0
    out = capsys.readouterr().out
    table = out[out.index("== comparison: crews, the fastest first") :].splitlines()
    assert len(table) == 2 + 9
    # Crew k drives at 40 + 5k km/h: the last one is the fastest, the first the slowest.
    assert table[2].split()[:3] == ["1", "crew", "9"]
    assert table[-1].split()[:3] == ["9", "crew", "1"]
    page = html.read_text("utf-8")
    assert page.count("<tr") > 9 and 'class="standings"' in page and 'class="wide"' in page

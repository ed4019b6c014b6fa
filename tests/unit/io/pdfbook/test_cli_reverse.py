"""``--reverse`` / ``--no-reverse``: the crew says which way a PDF roadbook is read.

A navapp print reads top to bottom by its totals; forced the other way, its rows are numbered
from the bottom of each page. A scan has no totals to say so: it reads top to bottom unless
told otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from navapp.cli import main
from navapp.gui.common.printing import A5_BOXES_PER_PAGE
from navapp.io.registry import read_roadbook
from tests.unit.io.pdfbook import pdfs
from tests.unit.io.pdfbook.conftest import Print

pytestmark = pytest.mark.gui

PER_PAGE = A5_BOXES_PER_PAGE


def _info(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["info", "--json", *args]) == 0
    doc: dict[str, Any] = json.loads(capsys.readouterr().out)
    return doc


def _places(rows: list[dict[str, Any]]) -> list[tuple[int, float]]:
    return [(r["page"], r["top"]) for r in rows]


def test_a_forward_print_forced_reverse_reads_each_page_from_the_bottom(
    prints: dict[str, Print], capsys: pytest.CaptureFixture[str]
) -> None:
    p = prints["demo/a5"]
    source = [round(b.total_km, 2) for b in p.roadbook.boxes]
    auto = _info(capsys, str(p.path))
    forward = _info(capsys, str(p.path), "--no-reverse")
    up = _info(capsys, str(p.path), "--reverse")
    assert auto["pdf"]["reverse"] is False and forward == auto
    assert up["pdf"]["reverse"] is True
    assert [b["total_km"] for b in auto["boxes"]] == pytest.approx(source, abs=0.005)
    down_rows, up_rows = auto["pdf"]["rows"], up["pdf"]["rows"]
    assert len(up_rows) == len(down_rows) == 39
    assert [r["number"] for r in up_rows] == list(range(1, 40))
    # The first row of the roll is the bottom row of page 1, the next one above it.
    page_1 = [r for r in down_rows if r["page"] == 1]
    assert len(page_1) == PER_PAGE
    assert up_rows[0]["page"] == 1 and up_rows[0]["top"] == max(r["top"] for r in page_1)
    assert up_rows[1]["bottom"] <= up_rows[0]["top"] + 0.01
    assert _places(up_rows[:PER_PAGE]) == _places(down_rows[PER_PAGE - 1 :: -1])
    # Pages stay in order: page 2's bottom row comes after page 1's top row.
    assert _places(up_rows[PER_PAGE : 2 * PER_PAGE]) == _places(
        down_rows[2 * PER_PAGE - 1 : PER_PAGE - 1 : -1]
    )
    # Boxes follow the rows: box 1 is the total printed at the bottom of page 1.
    totals = [b["total_km"] for b in up["boxes"]]
    assert totals[:PER_PAGE] == pytest.approx(source[PER_PAGE - 1 :: -1], abs=0.005)
    assert len(totals) == 39
    assert main(["info", str(p.path), "--reverse"]) == 0
    assert "39 boxes  ·  no coordinates  ·  read bottom to top" in capsys.readouterr().out


def test_a_scan_reads_top_down_unless_told_reverse(
    prints: dict[str, Print], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "scan.pdf"
    pdfs.image_only(prints["demo/a5"].path, scan)
    auto = _info(capsys, str(scan))
    up = _info(capsys, str(scan), "--reverse")
    assert auto["pdf"] == _info(capsys, str(scan), "--no-reverse")["pdf"]
    assert not auto["pdf"]["has_text"] and auto["boxes"] == up["boxes"] == []
    assert auto["pdf"]["reverse"] is False and up["pdf"]["reverse"] is True
    down_rows, up_rows = auto["pdf"]["rows"], up["pdf"]["rows"]
    assert len(down_rows) == len(up_rows) == 39
    # Top to bottom by default: page by page, each page's rows downwards.
    assert _places(down_rows) == sorted(_places(down_rows))
    assert _places(up_rows[:PER_PAGE]) == _places(down_rows[PER_PAGE - 1 :: -1])
    assert [r["number"] for r in up_rows] == list(range(1, 40))


def test_convert_and_validate_read_the_direction_given(
    prints: dict[str, Print], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = prints["demo/a5"]
    out = tmp_path / "up.gpx"
    assert main(["convert", str(p.path), str(out), "--reverse"]) == 0
    up = [round(b.total_km, 2) for b in read_roadbook(out).boxes]
    want = [round(b.total_km, 2) for b in p.roadbook.boxes]
    assert up[:PER_PAGE] == want[PER_PAGE - 1 :: -1]
    capsys.readouterr()
    # Read the wrong way up, a speed zone ends before it starts: validation says so.
    assert main(["validate", str(p.path), "--no-reverse"]) == 0
    assert main(["validate", str(p.path), "--reverse"]) == 1
    assert "DZ without its FZ" in capsys.readouterr().out


def test_simulate_takes_the_direction(
    prints: dict[str, Print], capsys: pytest.CaptureFixture[str]
) -> None:
    p = prints["demo/a5"]
    drive = pdfs.DEMO.with_name("demo_drive.gpx")
    assert drive.is_file()
    assert main(["simulate", str(p.path), str(drive), "--json", "--reverse"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["final"] is not None


@pytest.mark.parametrize("option", ["--reverse", "--no-reverse"])
def test_the_direction_is_refused_on_other_roadbooks_in_one_line(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    gpx = str(pdfs.DEMO)
    drive = str(pdfs.DEMO.with_name("demo_drive.gpx"))
    for command in (
        ["info", gpx],
        ["validate", gpx],
        ["convert", gpx, "/nonexistent/out.gpx"],
        ["simulate", gpx, drive],
        ["review", gpx, drive],
        ["gui", gpx],
    ):
        assert main([*command, option]) == 2, command
        err = capsys.readouterr().err
        assert err == f"navapp: error: {gpx}: not a PDF roadbook: {option} does not apply\n"
    assert main(["info", drive, option]) == 2
    assert f"a recorded track, not a roadbook: {option} does not apply" in capsys.readouterr().err
    assert main(["gui", option]) == 2
    assert f"{option} needs a PDF roadbook" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["info", gpx, "--reverse", "--no-reverse"])
    assert usage.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_gui_passes_the_direction_on(
    prints: dict[str, Print], monkeypatch: pytest.MonkeyPatch
) -> None:
    import navapp.gui.shell.app as app

    seen: list[tuple[object, ...]] = []
    monkeypatch.setattr(app, "run_gui", lambda *a, **k: seen.append((*a, k)) or 0)
    path = str(prints["demo/a5"].path)
    assert main(["gui", path, "--reverse"]) == 0
    assert main(["gui", path]) == 0
    assert seen == [
        (path, None, 5.0, (), None, {"reverse": True, "from_last_page": None}),
        (path, None, 5.0, (), None, {"reverse": None, "from_last_page": None}),
    ]
    assert main(["gui", path, "--from-last-page"]) == 0
    assert seen[-1] == (path, None, 5.0, (), None, {"reverse": None, "from_last_page": True})


def test_from_the_last_page_box_1_is_the_foot_of_the_last_page(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    mon = str(data_dir / "rpiroadbook_MonRoadbook.pdf")
    paged = _info(capsys, mon, "--reverse")["pdf"]
    up = _info(capsys, mon, "--from-last-page")["pdf"]
    assert up["reverse"] is True and up["last_page_first"] is True
    assert paged["reverse"] is True and paged["last_page_first"] is False
    # pages from 1 in the JSON: box 1 is the row on the 99th page, box 98 on the 2nd
    assert [r["page"] for r in up["rows"]] == list(range(99, 1, -1))
    assert _info(capsys, mon, "--reverse", "--from-last-page")["pdf"] == up
    assert main(["info", mon, "--from-last-page"]) == 0
    assert "read bottom to top  ·  from the last page" in capsys.readouterr().out


def test_from_the_last_page_is_refused_where_it_cannot_apply(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    gpx = str(pdfs.DEMO)
    drive = str(pdfs.DEMO.with_name("demo_drive.gpx"))
    for command in (["info", gpx], ["convert", gpx, "/nonexistent/out.gpx"], ["gui", gpx]):
        assert main([*command, "--from-last-page"]) == 2, command
        err = capsys.readouterr().err
        assert err == f"navapp: error: {gpx}: not a PDF roadbook: --from-last-page does not apply\n"
    assert main(["info", drive, "--from-last-page"]) == 2
    assert "not a roadbook: --from-last-page does not apply" in capsys.readouterr().err
    assert main(["gui", "--from-last-page"]) == 2
    assert "--from-last-page needs a PDF roadbook" in capsys.readouterr().err
    mon = str(data_dir / "rpiroadbook_MonRoadbook.pdf")
    for command in (["info", mon], ["gui", mon]):
        assert main([*command, "--no-reverse", "--from-last-page"]) == 2
        err = capsys.readouterr().err
        assert "--from-last-page reads bottom to top: not with --no-reverse\n" in err
        assert err.count("\n") == 1

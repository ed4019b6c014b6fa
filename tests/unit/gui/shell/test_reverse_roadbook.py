"""View › Reverse roadbook (bottom to top): the crew says which way a PDF roadbook is read.

The demo stage is printed by navapp (its totals say it reads top to bottom) and rasterised
into a scan (nothing says which way): the rows read each way are known from the print's
layout, page by page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from navapp.core.pdfroll import PdfRoll
from navapp.gui.common.printing import A5_BOXES_PER_PAGE, export_pdf
from navapp.gui.shell.app import open_main_window
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.reverse_action import (
    DISABLED_TIP,
    ENABLED_TIP,
    LAST_PAGE_DISABLED_TIP,
    LAST_PAGE_TIP,
    RESTART_TITLE,
)
from navapp.gui.shell.settings import load_last_page, load_reverse
from navapp.io.registry import read_roadbook
from tests.unit.gui import generated_stage
from tests.unit.gui.drive.test_pdf_roll import dark, rendered
from tests.unit.gui.drive.test_session import FakeGps
from tests.unit.io.pdfbook import pdfs

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

PER_PAGE = A5_BOXES_PER_PAGE


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> dict[str, Path]:
    """The demo stage printed A5, the print as a scan, and the stage's waypoint list."""
    folder = tmp_path_factory.mktemp("reverse")
    demo = read_roadbook(pdfs.DEMO)
    printed = folder / "demo.pdf"
    export_pdf(demo, printed, "a5")
    scan = folder / "scan.pdf"
    pdfs.image_only(printed, scan)
    # A reverse roadbook (box 1 at the bottom of page 1), scanned: nothing says which way.
    upside = folder / "reverse_print.pdf"
    export_pdf(pdfs.reversed_pages(demo, PER_PAGE), upside, "a5")
    reverse_scan = folder / "reverse_scan.pdf"
    pdfs.image_only(upside, reverse_scan)
    rows = ["name;lat;lon"]
    for b in demo.boxes:
        wp = b.waypoint
        if wp is not None and b.lat is not None:
            rows.append(f"{wp.type.label} {wp.name};{b.lat:.8f};{b.lon:.8f}")
    wps = folder / "organiser.csv"
    wps.write_text("\n".join(rows) + "\n")
    return {
        "print": printed,
        "scan": scan,
        "reverse scan": reverse_scan,
        "list": wps,
        "gpx": pdfs.DEMO,
    }


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, data_dir=tmp_path / "data")
    qtbot.addWidget(w)
    return w


def _roll(w: MainWindow) -> PdfRoll:
    rb = w.roadbook()
    assert rb is not None and rb.pdf is not None
    return rb.pdf


def _places(roll: PdfRoll) -> list[tuple[int, float]]:
    return [(r.page, r.top) for r in roll.rows]


def _upwards(down: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Rows read top to bottom, page by page, read bottom to top instead."""
    return [
        p for start in range(0, len(down), PER_PAGE) for p in down[start : start + PER_PAGE][::-1]
    ]


def test_greyed_with_the_reason_unless_a_pdf_roadbook_is_shown(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    w = _window(qtbot, tmp_path)
    action = w.reverse.action
    view = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&View")
    assert action in view.actions() and view.toolTipsVisible() and action.isCheckable()
    assert not action.isEnabled() and action.toolTip() == DISABLED_TIP
    assert w.open_path(books["gpx"])
    assert not action.isEnabled() and not action.isChecked() and action.toolTip() == DISABLED_TIP
    assert w.open_path(books["print"])
    assert action.isEnabled() and not action.isChecked() and action.toolTip() == ENABLED_TIP
    # A roadbook given as an object has no file to read again.
    rb = w.roadbook()
    assert rb is not None
    w.set_roadbook(rb)
    assert not action.isEnabled() and action.toolTip() == DISABLED_TIP
    assert w.open_path(books["gpx"])
    assert not action.isEnabled() and not action.isChecked()


def test_toggling_reads_the_pdf_again_the_other_way_keeping_its_list(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    w = _window(qtbot, tmp_path)
    assert w.open_path(books["print"], str(books["list"]))
    down = _roll(w)
    assert not down.reverse and len(down.rows) == 39
    placed = w.roadbook()
    assert placed is not None and placed.has_coordinates
    session, view = w.session, w.drive_view
    w.reverse.action.trigger()
    up = _roll(w)
    assert up.reverse and w.reverse.action.isChecked()
    # The first row of the roll is the bottom row of page 1; pages stay in order.
    assert _places(up) == _upwards(_places(down))
    assert [r.number for r in up.rows] == list(range(1, 40))
    # The drive starts again on the roll read upwards, shown in the drive view.
    assert w.session is not session and w.drive_view is not view and w.drive_view is not None
    shown_roll = w.drive_view.roll.roll.roll()
    assert shown_roll is not None and shown_roll.reverse and shown_roll.rows == up.rows
    # The organiser's list is still attached.
    rb = w.roadbook()
    assert rb is not None and rb.has_coordinates
    assert w.waypoint_lists.list_path(rb) == str(books["list"])
    assert w.windowTitle().endswith("+ waypoints from organiser.csv — navapp")
    assert "read bottom to top" in w.statusBar().currentMessage()
    assert load_reverse(w._settings, str(books["print"])) is True
    # And back.
    w.reverse.action.trigger()
    again = _roll(w)
    assert not again.reverse and not w.reverse.action.isChecked()
    assert _places(again) == _places(down)
    assert load_reverse(w._settings, str(books["print"])) is False


def test_the_choice_is_remembered_per_file_across_windows(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    w = _window(qtbot, tmp_path)
    assert w.open_path(books["scan"])
    down = _roll(w)
    assert not down.reverse and not down.has_text and len(down.rows) == 39
    w.reverse.action.trigger()
    assert _roll(w).reverse
    w.close()
    # Another start of navapp, the same settings: the scan is read bottom to top again...
    again = _window(qtbot, tmp_path)
    assert again.open_path(books["scan"])
    up = _roll(again)
    assert up.reverse and again.reverse.action.isChecked()
    assert _places(up) == _upwards(_places(down))
    # ... from File › Open recent too; a PDF never set is read as its totals say.
    assert again.open_path(books["print"])
    assert not _roll(again).reverse and not again.reverse.action.isChecked()
    assert load_reverse(again._settings, str(books["print"])) is None
    scan_item = next(a for a in again.recent_menu.actions() if "scan.pdf" in a.text())
    scan_item.trigger()
    assert _roll(again).reverse and again.reverse.action.isChecked()


def test_the_command_line_choice_opens_and_is_remembered(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    w = _window(qtbot, tmp_path)
    open_main_window(str(books["scan"]), window=w, reverse=True)
    assert _roll(w).reverse and w.reverse.action.isChecked()
    assert load_reverse(w._settings, str(books["scan"])) is True
    open_main_window(str(books["scan"]), window=w, reverse=False)
    assert not _roll(w).reverse
    assert load_reverse(w._settings, str(books["scan"])) is False


def test_mid_stage_the_co_driver_is_asked_first(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _window(qtbot, tmp_path)
    assert w.open_path(books["print"])
    asked: list[tuple[str, str]] = []
    answers = [False, True]

    def ask(title: str, question: str) -> bool:
        asked.append((title, question))
        return answers.pop(0)

    monkeypatch.setattr(w, "_ask", ask)
    gps = FakeGps()
    w.start_source(gps)
    gps.send(generated_stage.fixes()[0])
    assert w.session is not None and w.session.stage_started
    shown, session = w.roadbook(), w.session
    w.reverse.action.trigger()
    assert [t for t, _q in asked] == [RESTART_TITLE]
    assert "bottom to top" in asked[0][1]
    # "no": the stage goes on, read as before, and the item says so.
    assert w.roadbook() is shown and w.session is session
    assert not w.reverse.action.isChecked()
    assert load_reverse(w._settings, str(books["print"])) is None
    w.reverse.action.trigger()
    assert len(asked) == 2 and w.session is not session and _roll(w).reverse


def test_a_pdf_gone_since_keeps_the_roll_shown(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(books["print"].read_bytes())
    w = _window(qtbot, tmp_path)
    assert w.open_path(gone)
    shown = w.roadbook()
    gone.unlink()
    w.reverse.action.trigger()
    assert w.roadbook() is shown and not w.reverse.action.isChecked()
    box = w.error_box()
    assert box is not None and str(gone) in box.text()


def test_screenshot_a_reversed_scan(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path], screenshot_dir: Path
) -> None:
    w = _window(qtbot, tmp_path)
    w.show()
    qtbot.waitExposed(w)
    w.resize(1024, 600)
    # Read as it comes, the reverse scan starts at the top of page 1 (with box 7).
    assert w.open_path(books["reverse scan"])
    assert not _roll(w).reverse
    w.reverse.action.trigger()
    assert _roll(w).reverse and w.drive_view is not None
    # The scan's ink is on screen: box 1's row framed near the bottom, box 2 above it.
    image = rendered(qtbot, w.drive_view)
    assert dark(image, 0, 0, image.width(), image.height()) > 0.01
    w.grab().save(str(screenshot_dir / "pdf_roll_reverse_scan.png"))


def test_a_waypoint_list_gone_since_keeps_the_roll_and_the_choice(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    wps = tmp_path / "moved.csv"
    wps.write_bytes(books["list"].read_bytes())
    w = _window(qtbot, tmp_path)
    assert w.open_path(books["print"], str(wps))
    shown = w.roadbook()
    wps.unlink()
    w.reverse.action.trigger()
    box = w.error_box()
    assert box is not None and str(wps) in box.text()
    assert w.roadbook() is shown and not w.reverse.action.isChecked()
    assert load_reverse(w._settings, str(books["print"])) is None


def test_the_scan_warning_is_boxed_once_a_file_then_kept_in_the_status_line(
    qtbot: QtBot, tmp_path: Path, books: dict[str, Path]
) -> None:
    w = _window(qtbot, tmp_path)
    assert w.open_path(books["scan"])
    rb = w.roadbook()
    assert rb is not None and len(rb.warnings) == 1 and "no text layer (a scan)" in rb.warnings[0]
    [warning] = rb.warnings
    box = w.error_box()
    assert box is not None and box.text() == warning
    box.done(0)
    assert w.error_box() is None
    # Read again the other way (and back): the crew has been told, the status line still says it.
    for reverse in (True, False):
        w.reverse.action.trigger()
        assert _roll(w).reverse is reverse
        assert w.error_box() is None
        message = w.statusBar().currentMessage()
        assert (
            warning in message
            and f"read {'bottom to top' if reverse else 'top to bottom'}" in message
        )
    # Opened again from File › Open: told already too.
    assert w.open_path(books["scan"])
    assert w.error_box() is None and warning in w.statusBar().currentMessage()
    # Another scan is another file: its warning is boxed.
    assert w.open_path(books["reverse scan"])
    other = w.error_box()
    assert other is not None and "no text layer (a scan)" in other.text()
    other.done(0)
    # Another start of navapp tells it again.
    again = _window(qtbot, tmp_path)
    assert again.open_path(books["scan"])
    told = again.error_box()
    assert told is not None and told.text() == warning
    told.done(0)


def test_start_from_the_last_page_is_offered_on_a_reverse_pdf_and_remembered(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, books: dict[str, Path]
) -> None:
    # MonRoadbook counts its boxes down the document: box 1 is on page 98, box 98 on page 1.
    mon = str(data_dir / "rpiroadbook_MonRoadbook.pdf")
    w = _window(qtbot, tmp_path)
    item = w.reverse.last_page_action
    view = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&View")
    assert item in view.actions() and item.isCheckable()
    assert not item.isEnabled() and item.toolTip() == LAST_PAGE_DISABLED_TIP
    assert w.open_path(books["gpx"])
    assert not item.isEnabled() and not item.isChecked()
    assert w.open_path(mon)
    assert not _roll(w).reverse and not item.isEnabled()
    w.reverse.action.trigger()
    assert _roll(w).reverse and not _roll(w).last_page_first
    assert item.isEnabled() and not item.isChecked() and item.toolTip() == LAST_PAGE_TIP
    item.trigger()
    roll = _roll(w)
    assert roll.reverse and roll.last_page_first and item.isChecked()
    assert w.reverse.action.isChecked()
    assert [r.page for r in roll.rows] == list(range(98, 0, -1))
    assert "read bottom to top from the last page" in w.statusBar().currentMessage()
    assert w.drive_view is not None
    shown = w.drive_view.roll.roll.roll()
    assert shown is not None and shown.last_page_first
    assert load_reverse(w._settings, mon) is True and load_last_page(w._settings, mon) is True
    w.close()
    # Another start of navapp: the file opens read from its last page again.
    again = _window(qtbot, tmp_path)
    assert again.open_path(mon)
    assert _roll(again).last_page_first and again.reverse.last_page_action.isChecked()
    # Unchecked: page by page, remembered so; Reverse unchecked greys the item out.
    again.reverse.last_page_action.trigger()
    assert _roll(again).reverse and not _roll(again).last_page_first
    assert [r.page for r in _roll(again).rows] == list(range(1, 99))
    assert load_last_page(again._settings, mon) is False
    again.reverse.action.trigger()
    assert not _roll(again).reverse and not again.reverse.last_page_action.isEnabled()
    assert not again.reverse.last_page_action.isChecked()
    assert (
        load_reverse(again._settings, mon) is False and load_last_page(again._settings, mon) is None
    )
    # From the command line.
    open_main_window(mon, window=again, from_last_page=True)
    assert _roll(again).last_page_first and again.reverse.last_page_action.isChecked()
    assert load_last_page(again._settings, mon) is True

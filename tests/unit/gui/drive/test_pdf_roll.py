"""The PDF roll in the drive view: pages rendered into one roll that follows the current box.

The roadbooks are navapp's own prints with their rows placed from the print layout
(:mod:`tests.unit.gui.drive.pdf_rolls`), so where each box is on the roll is known by
construction; the drive is a generated one along a straight line, whose boxes are reached at
known trip totals.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.model import Fix, Roadbook
from navapp.core.navigator import Navigator
from navapp.core.navstate import NavState
from navapp.core.remote import Action
from navapp.gui.common.file_filters import roadbook_filter
from navapp.gui.common.theme import NIGHT
from navapp.gui.drive.pdf_roll import ANCHOR, PREVIOUS_SHARE, PdfRollView, room_before
from navapp.gui.drive.roll_geometry import COLUMN_MARGIN_PT
from navapp.gui.drive.roll_pane import PAUSED_TEXT, SCAN_NOTICE
from navapp.gui.drive.session import DriveSession
from navapp.gui.drive.view import DriveView
from navapp.gui.shell.main_window import MainWindow
from navapp.io.errors import InputError
from tests.builders import drive
from tests.unit.gui.drive.pdf_rolls import printed_roll, scan_roll
from tests.unit.gui.drive.states import demo_roadbook
from tests.unit.gui.drive.test_session import FakeGps
from tests.unit.gui.drive.test_touch import lift, move, press
from tests.unit.gui.generated_stage import ROUTE, long_stage

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

SIZE = QSize(1024, 600)


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Path:
    return tmp_path_factory.mktemp("pdfroll")


@pytest.fixture(scope="module")
def demo_a5(pdf_dir: Path) -> Roadbook:
    return printed_roll(demo_roadbook(), pdf_dir / "demo-a5.pdf", "a5")


@pytest.fixture(scope="module")
def long_a5(pdf_dir: Path) -> Roadbook:
    """41 boxes every 500 m, printed A5 (6 pages), read back without coordinates."""
    return printed_roll(long_stage(), pdf_dir / "long-a5.pdf", "a5")


@pytest.fixture(scope="module")
def long_roll(pdf_dir: Path) -> Roadbook:
    return printed_roll(long_stage(), pdf_dir / "long-roll.pdf", "roll")


@pytest.fixture(scope="module")
def long_reverse(pdf_dir: Path) -> Roadbook:
    return printed_roll(long_stage(), pdf_dir / "long-reverse.pdf", "roll", reverse=True)


@pytest.fixture(scope="module")
def long_scan(pdf_dir: Path) -> Roadbook:
    return scan_roll(long_stage(), pdf_dir, "a5")


def make_view(qtbot: QtBot, rb: Roadbook, size: QSize = SIZE) -> DriveView:
    view = DriveView(rb)
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)
    # the fonts follow the size: let the layout settle on them before measuring
    qtbot.waitUntil(lambda: view.roll.roll.width() > 0)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    return view


def rendered(qtbot: QtBot, view: DriveView) -> QImage:
    """The roll once every tile on screen has arrived."""
    roll = view.roll.roll
    tiles = roll.tiles()
    assert tiles is not None
    for _ in range(10):
        asked = tiles.requests
        image = roll.grab().toImage()  # paints, asking for the tiles it lacks
        if tiles.requests == asked and tiles.pending() == 0:
            return image
        qtbot.waitUntil(lambda: tiles.pending() == 0)
    raise AssertionError("the tiles on screen never all arrived")


def dark(image: QImage, x0: float, y0: float, x1: float, y1: float) -> float:
    """The share of pixels darker than mid-grey in the rectangle (widget pixels)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = rgb.width(), rgb.height()
    a = np.frombuffer(rgb.constBits(), np.uint8).reshape(h, rgb.bytesPerLine())
    px = a[:, : 4 * w].reshape(h, w, 4)[:, :, :3].max(axis=2)
    part = px[max(0, int(y0)) : min(h, int(y1)), max(0, int(x0)) : min(w, int(x1))]
    return float((part < 128).mean()) if part.size else 0.0


def state_at(rb: Roadbook, km: float) -> NavState:
    return Navigator(rb).adjust(km)


def row_of_box(rb: Roadbook, box: int) -> int:
    assert rb.pdf is not None
    return next(i for i, r in enumerate(rb.pdf.rows) if r.box == box)


def assert_at_reading_place(view: DriveView, row: int) -> None:
    """``row`` is framed, whole on screen, and stands where the roll shows the current box: a
    quarter down (a quarter up, reverse), unless an end of the roll stops it short."""
    roll = view.roll.roll
    assert roll.marked_row() == row
    rect, h = roll.row_rect(row), roll.height()
    on_roll = rect.top() + roll.offset()
    pdf = roll.roll()
    assert pdf is not None
    room = room_before(h, rect.height())
    want = on_roll + rect.height() - (h - room) if pdf.reverse else on_roll - room
    want = min(max(0.0, want), max(0.0, roll.roll_height() - h))
    assert roll.offset() == pytest.approx(want, abs=1.0)
    assert rect.top() >= -1.0 and rect.bottom() <= h + 1.0


# -- rendering ------------------------------------------------------------------------------


def test_pages_render_into_pixels_where_the_page_has_ink(qtbot: QtBot, demo_a5: Roadbook) -> None:
    view = make_view(qtbot, demo_a5)
    view.set_state(state_at(demo_a5, 14.0))
    image = rendered(qtbot, view)
    roll = view.roll.roll
    assert demo_a5.pdf is not None
    # box 6 (a row under the framed one): its total's digits are ink
    rect = roll.row_rect(row_of_box(demo_a5, 5))
    column = demo_a5.pdf.distance_column
    assert column is not None
    scale = roll.width() / demo_a5.pdf.pages[0].width
    x1 = column[1] * scale
    assert dark(image, rect.left() + 8, rect.top() + 8, x1 - 8, rect.bottom() - 8) > 0.03
    # the page's left margin (no ink printed there) stays paper white
    assert dark(image, 2, rect.top(), rect.left() - 6, rect.bottom()) == 0.0


def test_the_current_box_row_is_framed_at_the_reading_place(
    qtbot: QtBot, demo_a5: Roadbook
) -> None:
    view = make_view(qtbot, demo_a5)
    view.set_state(state_at(demo_a5, 14.0))
    assert_at_reading_place(view, row_of_box(demo_a5, 4))  # box 5 at 13.72 km
    image = rendered(qtbot, view)
    rect = view.roll.roll.row_rect(row_of_box(demo_a5, 4))
    frame = image.pixelColor(int(rect.center().x()), int(rect.top()) + 2)
    assert frame.green() > 100 and frame.red() < 60  # the accent green


def test_scrolling_over_rendered_pages_renders_nothing_again(
    qtbot: QtBot, long_a5: Roadbook
) -> None:
    view = make_view(qtbot, long_a5)
    view.set_state(state_at(long_a5, 0.0))
    roll = view.roll.roll
    tiles = roll.tiles()
    assert tiles is not None
    # go down a page and back once: every tile of that stretch is made (and prefetched)
    for dy in [40] * 20 + [-40] * 20:
        roll.scroll_by(dy)
        rendered(qtbot, view)
    made = tiles.requests
    assert made > 0
    for _ in range(3):
        for dy in [40] * 20 + [-40] * 20:
            roll.scroll_by(dy)
            roll.repaint()
    assert tiles.requests == made and tiles.pending() == 0


# -- following the trip meter ---------------------------------------------------------------


@pytest.fixture
def driven(
    qtbot: QtBot, tmp_path: Path, long_a5: Roadbook
) -> Iterator[tuple[DriveView, DriveSession, FakeGps, list[Fix]]]:
    session = DriveSession(long_a5, "long-a5.pdf", tmp_path)
    view = make_view(qtbot, long_a5)
    session.state_changed.connect(view.set_state)
    source = FakeGps()
    session.start(source)
    yield view, session, source, drive(ROUTE, 60.0)
    session.stop()


def test_the_roll_follows_the_current_box_as_the_trip_meter_runs(
    driven: tuple[DriveView, DriveSession, FakeGps, list[Fix]], long_a5: Roadbook
) -> None:
    view, session, source, fixes = driven
    seen = set()
    for fix in fixes[:700]:  # 60 km/h, 1 Hz: 11.7 km, 23 boxes of 500 m
        source.send(fix)
        state = session.navigator.state
        seen.add(state.box)
        assert_at_reading_place(view, row_of_box(long_a5, state.box - 1))
        assert view.roll.roll.is_following() and not view.roll.is_paused()
    # the trip meter reached the boxes one after the other (11.6 km: box 24 at 11.5 km)
    assert state.trip.total_km == pytest.approx(11.65, abs=0.1)
    assert seen == set(range(1, 25))


def test_a_hand_scroll_pauses_following_until_resume(
    driven: tuple[DriveView, DriveSession, FakeGps, list[Fix]], long_a5: Roadbook
) -> None:
    view, session, source, fixes = driven
    for fix in fixes[:200]:
        source.send(fix)
    roll = view.roll.roll
    # the wheel, two notches towards the end of the roll
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(roll.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, -240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(roll, wheel)
    assert not roll.is_following() and view.roll.is_paused()
    assert view.roll.paused_badge.text() == PAUSED_TEXT
    held = roll.offset()
    for fix in fixes[200:500]:  # boxes go by; the roll stays where the hand put it
        source.send(fix)
    assert roll.offset() == held
    box = session.navigator.state.box
    assert roll.marked_row() == row_of_box(long_a5, box - 1)  # the frame moves on
    # a mouse drag is a hand scroll too: the paper follows the pointer
    for etype, y in ((QEvent.Type.MouseButtonPress, 300), (QEvent.Type.MouseMove, 200)):
        buttons = Qt.MouseButton.LeftButton
        QApplication.sendEvent(
            roll,
            QMouseEvent(
                etype,
                QPointF(100, y),
                QPointF(roll.mapToGlobal(QPoint(100, y))),
                Qt.MouseButton.LeftButton,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    assert roll.offset() == held + 100
    # resume auto-advance (A) brings the current box back
    assert not view.take_action(Action.RESUME_AUTO)
    session.resume_auto()
    assert roll.is_following() and not view.roll.is_paused()
    assert_at_reading_place(view, row_of_box(long_a5, box - 1))


# -- keys, remote and touch ----------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, long_a5: Roadbook) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    books = {"long.pdf": long_a5}

    def loader(path: str) -> Roadbook:
        if path not in books:
            raise InputError(path, "the PDF is encrypted: a password is needed")
        return books[path]

    w = MainWindow(settings=settings, data_dir=tmp_path / "data", loader=loader)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(1024, 600)
    yield w
    w.close()


def test_box_keys_remote_and_touch_walk_the_roll_by_box(
    qtbot: QtBot, window: MainWindow, long_a5: Roadbook, finger: QPointingDevice
) -> None:
    assert window.open_path("long.pdf")
    session, view = window.session, window.drive_view
    assert session is not None and view is not None
    assert view.roll.isVisible() and not view.boxes.isVisible()
    session.adjust(5.2)  # box 11 at 5.0 km
    assert session.navigator.state.box == 11
    for key, box in ((Qt.Key.Key_Down, 12), (Qt.Key.Key_MediaNext, 13), (Qt.Key.Key_Up, 12)):
        qtbot.keyClick(window, key)
        assert session.navigator.state.box == box and not session.navigator.state.auto_advance
        assert view.roll.is_auto_off()
        assert_at_reading_place(view, row_of_box(long_a5, box - 1))
    # the touch control
    button = view.touch.buttons[Action.NEXT_BOX]
    button.pressed.emit()
    button.released.emit()
    assert session.navigator.state.box == 13
    assert_at_reading_place(view, row_of_box(long_a5, 12))
    # a swipe on the roll, finger up: the next box
    roll = view.roll.roll
    step = view.roll.swipe.step()
    start = QPoint(roll.width() // 2, roll.height() - 20)
    press(finger, roll, start)
    move(finger, roll, start - QPoint(0, step + 5))
    lift(finger, roll, start - QPoint(0, step + 5))
    assert session.navigator.state.box == 14
    assert_at_reading_place(view, row_of_box(long_a5, 13))
    # a box key after a hand scroll shows the current box again
    roll.scroll_by(500)
    assert view.roll.is_paused()
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert session.navigator.state.box == 15 and roll.is_following()
    assert_at_reading_place(view, row_of_box(long_a5, 14))
    qtbot.keyClick(window, "a")
    assert session.navigator.state.box == 11 and session.navigator.state.auto_advance
    assert_at_reading_place(view, row_of_box(long_a5, 10))
    # the app's night mode reaches the roll, and the zoom item of the View menu works
    window.trigger(Action.NIGHT_MODE)
    assert roll.theme() is NIGHT
    assert window.zoom_action.isEnabled()
    window.zoom_action.trigger()
    assert roll.is_zoomed()
    assert_at_reading_place(view, row_of_box(long_a5, 10))


@pytest.fixture(scope="module")
def finger() -> QPointingDevice:
    return QTest.createTouchDevice()


def test_a_bad_pdf_says_why_in_one_line(window: MainWindow) -> None:
    messages: list[str] = []
    window.load_failed.connect(messages.append)
    assert not window.open_path("locked.pdf")
    assert messages == ["locked.pdf: the PDF is encrypted: a password is needed"]
    box = window.error_box()
    assert box is not None and "Traceback" not in box.text()


def test_a_pdf_qt_cannot_open_shows_a_message_not_pages(
    qtbot: QtBot, tmp_path: Path, demo_a5: Roadbook
) -> None:
    assert demo_a5.pdf is not None
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n this is no PDF")
    rb = replace(demo_a5, pdf=replace(demo_a5.pdf, path=str(broken)))
    view = make_view(qtbot, rb)
    assert view.roll_error == "not a readable PDF"
    view.set_state(state_at(rb, 3.0))  # nothing to show, nothing breaks
    assert view.roll.roll.tiles() is None


def test_an_encrypted_pdf_is_refused_with_its_reason(
    qtbot: QtBot, tmp_path: Path, demo_a5: Roadbook
) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    assert demo_a5.pdf is not None
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(demo_a5.pdf.path) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="secret"))
    roll = PdfRollView()
    qtbot.addWidget(roll)
    assert roll.set_roll(replace(demo_a5.pdf, path=str(locked))) == (
        "the PDF is protected by a password"
    )


def test_the_open_dialog_offers_every_roadbook_format(monkeypatch: pytest.MonkeyPatch) -> None:
    import navapp.io.registry as registry

    monkeypatch.setattr(registry, "ROADBOOK_EXTENSIONS", (".gpx", ".pdf"))
    assert roadbook_filter() == (
        "All roadbooks (*.gpx *.GPX *.pdf *.PDF);;OpenRally or plain GPX (*.gpx *.GPX);;"
        "PDF roadbook (*.pdf *.PDF);;All files (*)"
    )


# -- night, zoom, reverse, scans ------------------------------------------------------------


def test_night_inverts_the_pages(qtbot: QtBot, demo_a5: Roadbook) -> None:
    view = make_view(qtbot, demo_a5)
    view.set_state(state_at(demo_a5, 14.0))
    day = rendered(qtbot, view)
    view.set_theme("night")
    night = rendered(qtbot, view)
    roll = view.roll.roll
    rect = roll.row_rect(row_of_box(demo_a5, 5))
    margin = (2, rect.top(), rect.left() - 6, rect.bottom())
    digits = (rect.left() + 8, rect.top() + 8, rect.left() + 100, rect.bottom() - 8)
    assert dark(day, *margin) == 0.0 and dark(night, *margin) == 1.0  # paper: white, black
    # the ink lights up where it was dark: the same share of the digits' box, inverted
    assert 0.05 < dark(day, *digits) == pytest.approx(1.0 - dark(night, *digits), abs=0.02)
    ink = [
        night.pixelColor(x, y)
        for x in range(int(digits[0]), int(digits[2]), 3)
        for y in range(int(digits[1]), int(digits[3]), 3)
    ]
    brightest = max(ink, key=lambda c: c.red())
    tint = NIGHT.drawing_tint
    assert tint is not None and brightest.name() == tint  # amber ink, as the night drawings


def test_zoom_fills_the_width_with_the_distance_column(qtbot: QtBot, demo_a5: Roadbook) -> None:
    view = make_view(qtbot, demo_a5)
    view.set_state(state_at(demo_a5, 14.0))
    roll = view.roll.roll
    row = row_of_box(demo_a5, 4)
    whole = roll.row_rect(row)
    assert demo_a5.pdf is not None and demo_a5.pdf.distance_column is not None
    left, right = demo_a5.pdf.distance_column
    view.roll.zoom_button.pressed.emit()
    assert roll.is_zoomed()
    zoomed = roll.row_rect(row)
    k = roll.width() / (right - left + 2 * COLUMN_MARGIN_PT)
    printed = demo_a5.pdf.rows[row]
    assert zoomed.height() == pytest.approx((printed.bottom - printed.top) * k, abs=0.01)
    assert zoomed.left() == pytest.approx((printed.left - left + COLUMN_MARGIN_PT) * k, abs=0.01)
    assert zoomed.height() > 2.5 * whole.height()
    assert_at_reading_place(view, row)
    image = rendered(qtbot, view)
    assert dark(image, 0, zoomed.top() + 4, roll.width(), zoomed.bottom() - 4) > 0.05
    view.roll.zoom_button.pressed.emit()
    assert not roll.is_zoomed() and roll.row_rect(row).height() == pytest.approx(whole.height())


def test_a_reverse_roadbook_reads_upwards(
    qtbot: QtBot, long_reverse: Roadbook, finger: QPointingDevice
) -> None:
    assert long_reverse.pdf is not None and long_reverse.pdf.reverse
    view = make_view(qtbot, long_reverse)
    view.set_state(state_at(long_reverse, 4.2))  # box 9; box 10 on the same page
    roll = view.roll.roll
    current, nxt = row_of_box(long_reverse, 8), row_of_box(long_reverse, 9)
    assert roll.marked_row() == current
    rect = roll.row_rect(current)
    below = min(ANCHOR * roll.height(), PREVIOUS_SHARE * rect.height())
    assert rect.bottom() == pytest.approx(roll.height() - below, abs=1.0)
    assert roll.row_rect(nxt).bottom() == pytest.approx(rect.top(), abs=1.0)  # next: above
    # box 10 tops page 1; box 11, the bottom of page 2, is the next thing up the roll
    ten, eleven = (
        roll.row_rect(row_of_box(long_reverse, 9)),
        roll.row_rect(row_of_box(long_reverse, 10)),
    )
    assert long_reverse.pdf.rows[row_of_box(long_reverse, 10)].page == 1
    assert 0 < ten.top() - eleven.bottom() < 0.35 * roll.width()  # the margins and the page gap
    # a finger going down brings the next box
    asked: list[Action] = []
    view.action_requested.connect(asked.append)
    step = view.roll.swipe.step()
    start = QPoint(roll.width() // 2, 20)
    press(finger, roll, start)
    move(finger, roll, start + QPoint(0, step + 5))
    lift(finger, roll, start + QPoint(0, step + 5))
    assert asked == [Action.NEXT_BOX]


def test_a_scan_does_not_follow_the_trip_meter(qtbot: QtBot, long_scan: Roadbook) -> None:
    assert long_scan.pdf is not None and not long_scan.pdf.has_text
    view = make_view(qtbot, long_scan)
    pane, roll = view.roll, view.roll.roll
    assert pane.notice.isVisible() and pane.notice.text() == SCAN_NOTICE
    assert not pane.next_label.isVisible() and not pane.is_paused()
    assert not roll.is_following() and roll.marked_row() == 0
    assert_at_reading_place(view, 0)
    start = roll.offset()
    nav = Navigator(long_scan)
    for km in (1.0, 5.0, 9.0):
        view.set_state(nav.adjust(km))
        assert roll.offset() == start and roll.marked_row() == 0
    # box keys walk the rows, and nothing else is done with them
    assert view.take_action(Action.NEXT_BOX) and view.take_action(Action.NEXT_BOX)
    assert roll.marked_row() == 2
    for _ in range(10):
        view.take_action(Action.NEXT_BOX)
    assert_at_reading_place(view, 12)
    assert view.take_action(Action.PREV_BOX)
    assert_at_reading_place(view, 11)
    assert not view.take_action(Action.RESUME_AUTO) and not roll.is_following()
    image = rendered(qtbot, view)  # the scan's pixels are on the roll
    rect = roll.row_rect(11)
    assert dark(image, rect.left() + 8, rect.top() + 8, rect.left() + 120, rect.bottom() - 8) > 0.02


def test_a_roll_print_follows_too(qtbot: QtBot, long_roll: Roadbook) -> None:
    view = make_view(qtbot, long_roll, QSize(1920, 1080))
    nav = Navigator(long_roll)
    for km, box in ((0.2, 1), (4.6, 10), (12.1, 25), (19.9, 40)):
        view.set_state(nav.adjust(km - nav.state.trip.total_km))
        assert nav.state.box == box
        assert_at_reading_place(view, row_of_box(long_roll, box - 1))


# -- screenshots -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "name", "kind"),
    [
        (QSize(1024, 600), "day", "a5"),
        (QSize(1024, 600), "night", "a5"),
        (QSize(1920, 1080), "day", "a5"),
        (QSize(1920, 1080), "night", "a5"),
        (QSize(1024, 600), "day", "zoom"),
        (QSize(1024, 600), "night", "zoom"),
        (QSize(1024, 600), "day", "paused"),
        (QSize(1024, 600), "day", "scan"),
        (QSize(1920, 1080), "night", "scan"),
        (QSize(1024, 600), "day", "roll"),
    ],
)
def test_screenshots(
    qtbot: QtBot,
    screenshot_dir: Path,
    pdf_dir: Path,
    demo_a5: Roadbook,
    long_scan: Roadbook,
    size: QSize,
    name: str,
    kind: str,
) -> None:
    from tests.unit.gui.drive.states import dunes_state

    if kind == "scan":
        rb = long_scan
    elif kind == "roll":
        rb = printed_roll(demo_roadbook(), pdf_dir / "demo-roll.pdf", "roll")
    else:
        rb = demo_a5
    view = make_view(qtbot, rb, size)
    view.set_theme(name)
    view.set_state(dunes_state(), animate=False)
    if kind == "zoom":
        view.roll.toggle_zoom()
    if kind == "paused":
        view.roll.roll.scroll_by(size.height() / 3)
    if kind == "scan":
        for _ in range(3):
            view.take_action(Action.NEXT_BOX)
    QApplication.processEvents()
    rendered(qtbot, view)
    image = view.grab()
    assert image.size() == size
    image.save(str(screenshot_dir / f"pdfroll_{kind}_{name}_{size.width()}x{size.height()}.png"))


def test_masked_practice_covers_the_boxes_to_come(qtbot: QtBot, demo_a5: Roadbook) -> None:
    from navapp.gui.drive.view import DriveOptions

    view = make_view(qtbot, demo_a5)
    view.set_options(DriveOptions(masked=True))
    view.set_state(state_at(demo_a5, 14.0))
    image = rendered(qtbot, view)
    roll = view.roll.roll
    current, nxt = roll.row_rect(row_of_box(demo_a5, 4)), roll.row_rect(row_of_box(demo_a5, 5))
    assert view.roll.next_caption.text() == "MASKED PRACTICE" and view.roll.next_label.text() == ""
    assert dark(image, current.left() + 8, current.top() + 8, 150, current.bottom() - 8) > 0.03
    # box 6's total is gone under the cover (the MASKED word is in the middle, lower down)
    assert dark(image, nxt.left() + 8, nxt.top() + 8, 150, nxt.bottom() - 8) == 0.0
    roll.scroll_by(300)  # nor can a hand scroll peek at it
    image = roll.grab().toImage()
    below_banner = view.roll.paused_badge.height()
    assert dark(image, 0, below_banner, 150, roll.height()) == 0.0


def test_a_real_scan_ruled_in_light_blue_shows_its_rows(
    qtbot: QtBot, data_dir: Path, screenshot_dir: Path
) -> None:
    # RpiRoadbook's MonRoadbook.pdf: image only, one box a strip page, pale blue rules.
    from navapp.io.registry import read_roadbook

    rb = read_roadbook(data_dir / "rpiroadbook_MonRoadbook.pdf")
    assert rb.pdf is not None and len(rb.pdf.rows) == 98
    view = make_view(qtbot, rb)
    roll = view.roll.roll
    assert view.roll.notice.isVisible() and view.roll.notice.text() == SCAN_NOTICE
    # The first row is on page 1 (page 0 is the column-header strip), framed at the reading
    # place: within a pixel of it, as the notice shown with a scan leaves the roll a little
    # lower than when it was placed.
    assert roll.marked_row() == 0
    rect = roll.row_rect(0)
    assert rect.top() == pytest.approx(room_before(roll.height(), rect.height()), abs=2.0)
    for _ in range(3):
        assert view.take_action(Action.NEXT_BOX)
    assert roll.marked_row() == 3
    image = rendered(qtbot, view)
    # the framed row is the whole box, a little of the one before above it: its total,
    # printed large in the distance cell, is on it
    rect = roll.row_rect(3)
    assert rect.top() == pytest.approx(room_before(roll.height(), rect.height()), abs=2.0)
    assert rect.bottom() < roll.height() and rect.height() > 100
    assert (
        dark(image, rect.left(), rect.top(), rect.left() + rect.width() / 4, rect.bottom()) > 0.05
    )
    view.grab().save(str(screenshot_dir / "pdfroll_rpiroadbook_scan_day_1024x600.png"))


def test_a_real_scan_read_from_its_last_page_starts_at_the_foot_of_the_roll(
    qtbot: QtBot, data_dir: Path, screenshot_dir: Path
) -> None:
    # MonRoadbook counts its boxes down the document: box 1 on page 98, box 98 on page 1.
    from navapp.io.pdfbook import read_pdf_roadbook

    rb = read_pdf_roadbook(data_dir / "rpiroadbook_MonRoadbook.pdf", from_last_page=True)
    assert rb.pdf is not None and rb.pdf.last_page_first and rb.pdf.rows[0].page == 98
    view = make_view(qtbot, rb)
    roll = view.roll.roll
    # The document keeps its page order on the roll (page 1 on top), so the roll starts at
    # its foot: the first row is the lowest box row, at the reading place low on the screen.
    assert roll.marked_row() == 0
    first = roll.row_rect(0)
    assert roll.offset() == pytest.approx(roll.roll_height() - roll.height(), abs=1.0)
    assert all(roll.row_rect(i).top() < first.top() for i in range(1, 98))
    below = min(ANCHOR * roll.height(), PREVIOUS_SHARE * first.height())
    assert first.bottom() <= roll.height() - below + 2.0
    # the next box is the one above, on the page before; the last box tops the roll
    assert roll.row_rect(1).bottom() < first.top()
    assert roll.row_rect(97).top() < roll.row_rect(96).top()
    assert view.take_action(Action.NEXT_BOX) and roll.marked_row() == 1
    image = rendered(qtbot, view)
    rect = roll.row_rect(1)
    assert rect.top() >= 0 and rect.bottom() <= roll.height()
    assert (
        dark(image, rect.left(), rect.top(), rect.left() + rect.width() / 4, rect.bottom()) > 0.05
    )
    view.grab().save(str(screenshot_dir / "pdfroll_rpiroadbook_last_page_first_day_1024x600.png"))


def test_a_box_without_a_row_marks_the_row_of_the_last_box_before_it(
    qtbot: QtBot, demo_a5: Roadbook
) -> None:
    assert demo_a5.pdf is not None
    # Rows 2 and 3 made no box (their text said nothing): boxes 2, 3 have no row of their own.
    rows = tuple(replace(r, box=None) if r.box in (2, 3) else r for r in demo_a5.pdf.rows)
    roll = PdfRollView()
    qtbot.addWidget(roll)
    roll.resize(600, 500)
    roll.set_roll(replace(demo_a5.pdf, rows=rows))
    row_of = {r.box: i for i, r in enumerate(rows) if r.box is not None}
    for box, marked in ((1, row_of[1]), (2, row_of[1]), (3, row_of[1]), (4, row_of[4])):
        roll.show_box(box)
        assert roll.marked_row() == marked, box

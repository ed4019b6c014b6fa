"""Every word the car's screens show goes through Qt's translator.

A translator that wraps each text it is asked for in ⟦ ⟧ is installed; the drive view, the
driver's display and the GPS and summary dialogs are built in their usual states and every
text they show (labels, buttons, headers, window titles, tooltips, the captions and banners
they paint) must carry the brackets, unless it is a number, a unit, a rally term or a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from navapp.core.model import Units
from navapp.core.navstate import WaypointStatus
from navapp.core.summary import DriveSummary, Overspeed
from navapp.gps.silence import Feed, FeedStatus
from navapp.gui.drive import DriveOptions, DriveView
from navapp.gui.drive.driver_display import DriverDisplay
from navapp.gui.drive.summary import SummaryDialog
from navapp.gui.drive.touch_button import TouchButton
from navapp.gui.drive.waypoint_list import WaypointList
from navapp.gui.gps.source_dialog import SourceDialog
from tests.unit.gui.drive.states import (
    STAGE_START,
    demo_roadbook,
    dunes_state,
    nav_state,
    neutral,
    village_over_state,
    waypoint,
)
from tests.unit.gui.drive.test_waypoint_list import _mid_stage

# The offscreen platform says so when a window's minimum size changes.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

OPEN, CLOSE = "⟦", "⟧"
# What may show untranslated: numbers, times, units, signs, and the words crews use as they
# are (rally terms, GPS, HDOP). Whatever is left of a text once these are taken out is a word
# that escaped the translator.
_ALLOWED = frozenset(
    {"km", "km/h", "mph", "mi", "m", "s", "T", "M", "N", "C", "GPS", "HDOP"}
    | {"CAP", "DSS", "ASS", "WPM", "WPV", "WPS", "WPE", "WPC", "WPN", "WP", "DZ", "FZ", "DN", "CP"}
)
_WRAPPED = re.compile(re.escape(OPEN) + r".*?" + re.escape(CLOSE), re.DOTALL)


class Brackets(QTranslator):
    """Every text asked for comes back as ``⟦text⟧``: what has no brackets was never asked."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def brackets(qapp: QApplication) -> Iterator[None]:
    translator = Brackets()
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def core_words(*feeds: FeedStatus) -> set[str]:
    """The feed's own indicator and mark: worded by the Qt-free core (navapp.gps), whose
    translation is checked with the core, not here."""
    return {text for f in feeds for text in (f.indicator, f.mark) if text}


def escaped(text: str) -> str:
    """What in ``text`` is neither translated nor a number, unit, rally term or value."""
    rest = _WRAPPED.sub(" ", text)
    words = re.findall(r"[^\W\d_]+(?:/[^\W\d_]+)?", rest)
    return " ".join(w for w in words if w not in _ALLOWED)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text ``root`` and its visible children show or paint."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        name = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            out.append((f"{name} title", w.windowTitle()))
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton) and w.text():
            out.append((name, re.sub(r"<[^>]+>", " ", w.text())))
        if isinstance(w, TouchButton) and w.caption:
            out.append((name, w.caption))
        if isinstance(w, QTabWidget):
            out.extend((name, w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QTableWidget):
            for col in range(w.columnCount()):
                item = w.horizontalHeaderItem(col)
                if item is not None:
                    out.append((f"{name} header", item.text()))
            for row in range(w.rowCount()):
                for col in range(w.columnCount()):
                    cell = w.item(row, col)
                    if cell is not None and cell.text():
                        out.append((f"{name} cell", cell.text()))
        for action in w.actions():
            if action.text():
                out.append((f"{name} action", action.text()))
    return out


def assert_translated(texts: list[tuple[str, str]]) -> None:
    assert texts
    left = [(where, text) for where, text in texts if escaped(text)]
    assert not left, left


def test_escaped_finds_a_bare_word_and_lets_values_pass() -> None:
    assert escaped("TOTAL") == "TOTAL"
    assert escaped("⟦TO BOX 3⟧") == ""
    assert escaped("GPS · ⟦9 sat⟧ · HDOP 0.9 · 1 s") == ""
    assert escaped("DZ 50") == "" and escaped("63 km/h") == "" and escaped("CAP °T") == ""
    assert escaped("⟦LIMIT 50⟧ now") == "now"


def make_view(qtbot: QtBot, options: DriveOptions | None = None) -> DriveView:
    view = DriveView(demo_roadbook(), options)
    view.set_timezone(UTC)
    view.set_stage_start(STAGE_START)
    qtbot.addWidget(view)
    view.resize(QSize(1024, 600))
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.usefixtures("brackets")
def test_the_drive_view_shows_only_translated_words(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    texts: list[tuple[str, str]] = []
    # GPS live, a waypoint ahead
    view.set_feed(FeedStatus(Feed.LIVE, 0.3))
    view.set_state(dunes_state(), animate=False)
    texts += shown_texts(view)
    texts += [("total", view.total.shown_caption()), ("partial", view.partial.shown_caption())]
    # over the limit in a zone, a neutralisation running, the waypoint locked
    rb = demo_roadbook()
    view.set_state(village_over_state(rb), animate=False)
    texts += shown_texts(view)
    zone_and_neutral = nav_state(rb, 18, 39.84, neutral_state=neutral(17))
    view.set_state(zone_and_neutral, animate=False)
    texts += shown_texts(view)
    for status in (WaypointStatus.VALIDATED, WaypointStatus.MISSED, WaypointStatus.OPEN):
        view.set_state(nav_state(rb, 24, 7.47, wp=waypoint(rb, 25, status)), animate=False)
        texts += shown_texts(view)
    # NO GPS: the counters are marked, the map's banner says it (the mark itself is core's)
    view.set_feed(FeedStatus(Feed.NO_GPS, 12.0))
    view.set_state(dunes_state(), animate=False)
    texts += shown_texts(view)
    texts += [("map banner", t) for t in view.map.banner_texts()]
    # the replay paused by the co-driver
    view.set_feed(FeedStatus(Feed.PAUSED))
    texts += shown_texts(view)
    # counting down to the next box, the touch controls locked
    view.set_options(DriveOptions(masked=True))
    view.set_state(dunes_state(), animate=False)
    texts += shown_texts(view)
    view.set_options(DriveOptions(countdown=True))
    view.set_state(dunes_state(), animate=False)
    texts += [*shown_texts(view), ("total", view.total.shown_caption())]
    view.touch.lock()
    texts += [(f"lock label {i}", t) for i, (_r, t) in enumerate(view.touch.screen_lock._labels)]
    texts += [("unlock", view.touch.screen_lock.unlock_button.caption)]
    view.touch.unlock()
    # the map in the roadbook's place, not following the car
    view.set_options(DriveOptions(map_shown=True))
    view.set_feed(FeedStatus(Feed.LIVE, 0.3))
    view.set_state(dunes_state(), animate=False)
    texts += shown_texts(view)
    QTest.mousePress(view.map, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    for x in (340, 380):
        QTest.mouseMove(view.map, QPoint(x, x - 20))
    QTest.mouseRelease(view.map, Qt.MouseButton.LeftButton, pos=QPoint(380, 360))
    assert not view.map.is_following()
    texts += [("map banner", t) for t in view.map.banner_texts()]
    assert any(where.startswith("map banner") for where, _t in texts)
    core = core_words(FeedStatus(Feed.NO_GPS, 12.0), FeedStatus(Feed.PAUSED))
    assert_translated([(where, text) for where, text in texts if text not in core])


@pytest.mark.usefixtures("brackets")
def test_the_drivers_display_shows_only_translated_words(qtbot: QtBot) -> None:
    display = DriverDisplay()
    qtbot.addWidget(display)
    display.resize(1024, 600)
    display.show()
    texts = shown_texts(display)  # nothing yet: NO GPS
    display.set_state(village_over_state())
    texts += shown_texts(display)
    assert_translated(texts)


@pytest.mark.usefixtures("brackets")
def test_the_gps_summary_and_waypoint_windows_show_only_translated_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    dialog = SourceDialog(settings, ports=list)
    qtbot.addWidget(dialog)
    texts = []
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        texts += shown_texts(dialog)
    texts = [(w, t) for w, t in texts if t != "gpsd"]  # the daemon's name
    results = _mid_stage()
    validated = tuple(r for r in results if r.status is WaypointStatus.VALIDATED)
    missed = tuple(r for r in results if r.status is WaypointStatus.MISSED)
    overspeed = Overspeed(box=3, start=1000.0, end=1012.0, max_kmh=63.0)
    drive = DriveSummary(validated, missed, (overspeed,), 123.4, 5400.0)
    summary = SummaryDialog(drive, Units.METRIC)
    qtbot.addWidget(summary)
    texts += shown_texts(summary)
    listing = WaypointList()
    qtbot.addWidget(listing)
    listing.show_results(results, Units.METRIC)
    texts += shown_texts(listing)
    assert_translated(texts)

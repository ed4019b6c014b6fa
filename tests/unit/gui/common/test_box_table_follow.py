"""The roadbook table during a drive: the current box marked and followed, hand scrolls
respected for a grace period, CAPs from the north the crew chose, colours readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.declination import CapReference, NorthReference
from navapp.core.model import Roadbook
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import NavState
from navapp.gui.common.box_table import (
    BoxTableModel,
    BoxTableView,
    Column,
    CurrentRole,
    current_fill,
)
from navapp.gui.common.follow import USER_GRACE_S
from navapp.gui.common.theme import DAY, NIGHT, Theme
from tests.unit.gui import generated_stage
from tests.unit.gui.contrast import contrast_ratio
from tests.unit.gui.drive.test_session import Clock

pytestmark = pytest.mark.gui


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _table(qtbot: QtBot, clock: Clock, roadbook: Roadbook) -> BoxTableView:
    view = BoxTableView(clock=clock)
    qtbot.addWidget(view)
    model = BoxTableModel(view)
    view.setModel(model)
    model.set_roadbook(roadbook)
    view.resize(700, 480)  # the roadbook page of a 1024×600 window
    view.show()
    qtbot.waitExposed(view)
    return view


def _model(view: BoxTableView) -> BoxTableModel:
    model = view.model()
    assert isinstance(model, BoxTableModel)
    return model


def _at_top_or_end(view: BoxTableView, row: int) -> bool:
    """The row heads the view, or the view is scrolled to its end with the row whole."""
    bar = view.verticalScrollBar()
    if view.rowAt(0) == row and view.rowViewportPosition(row) == 0:
        return True
    top = view.rowViewportPosition(row)
    return bar.value() == bar.maximum() and 0 <= top <= view.viewport().height() - view.rowHeight(
        row
    )


def _drive(nav: Navigator, stop_km: float) -> list[NavState]:
    return [nav.update(f) for f in generated_stage.fixes(stop_km)]


def _current_rows(view: BoxTableView) -> list[int]:
    model = _model(view)
    return [r for r in range(model.rowCount()) if model.data(model.index(r, 0), CurrentRole)]


def test_current_row_follows_the_drive(qtbot: QtBot, clock: Clock) -> None:
    rb = generated_stage.long_stage()
    view = _table(qtbot, clock, rb)
    nav = Navigator(rb)
    seen = []
    for state in _drive(nav, 19.9):
        clock.now = state.time
        view.show_state(state)
        row = state.box - 1
        if not seen or seen[-1] != row:
            seen.append(row)
            assert _current_rows(view) == [row]
            assert _at_top_or_end(view, row), (row, view.verticalScrollBar().value())
    # Auto-advance through every box of the 0.5 km grid, in order.
    assert seen == list(range(40))
    # Manual steps back and forth move the mark and the view the same way.
    for delta, row in ((-1, 38), (-5, 33), (3, 36)):
        view.show_state(nav.step_box(delta))
        assert _current_rows(view) == [row]
        assert _at_top_or_end(view, row)


def _wheel(view: BoxTableView, notches: int) -> None:
    """Turn the mouse wheel over the table, as a co-driver scrolling by hand."""
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_a_hand_scroll_is_left_alone_for_the_grace_period(qtbot: QtBot, clock: Clock) -> None:
    rb = generated_stage.long_stage()
    view = _table(qtbot, clock, rb)
    nav = Navigator(rb)
    clock.now = 100.0
    view.show_state(nav.show_box(5))
    assert view.rowAt(0) == 4
    bar = view.verticalScrollBar()
    _wheel(view, 3)  # the co-driver looks ahead
    looked = bar.value()
    assert looked > view.verticalHeader().sectionPosition(4)
    assert view.follower.user_scrolled()
    # The box changes 5 s later (and again just before the grace ends): the view stays.
    for dt, box in ((5.0, 6), (USER_GRACE_S - 0.1, 7)):
        clock.now = 100.0 + dt
        view.show_state(nav.show_box(box))
        assert bar.value() == looked
        assert _current_rows(view) == [box - 1]  # marked all the same
    # After the grace period the next update brings the current box back to the top.
    clock.now = 100.0 + USER_GRACE_S + 0.1
    view.show_state(nav.state)
    assert view.rowAt(0) == 6 and view.rowViewportPosition(6) == 0
    assert not view.follower.user_scrolled()
    # A scroll bar drag counts as a hand scroll too.
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
    clock.now += 1.0
    view.show_state(nav.show_box(9))
    assert view.rowAt(0) != 8


def test_resizing_and_clamping_are_not_hand_scrolls(qtbot: QtBot, clock: Clock) -> None:
    rb = generated_stage.long_stage()
    view = _table(qtbot, clock, rb)
    nav = Navigator(rb)
    view.show_state(nav.show_box(40))  # near the end: the view is at its maximum
    view.resize(700, 900)  # the range shrinks under the value
    qtbot.wait(10)
    assert not view.follower.user_scrolled()
    view.resize(700, 480)  # back: the current box is brought into view again
    qtbot.wait(10)
    assert _at_top_or_end(view, 39)
    view.show_state(nav.show_box(20))
    assert view.rowAt(0) == 19


def _navigate(rb: Roadbook, reference: CapReference) -> NavState:
    nav = Navigator(rb, NavSettings(cap_reference=reference))
    return _drive(nav, 3.2)[-1]


@pytest.mark.parametrize(
    ("reference", "north", "shift"),
    [
        (CapReference(), "T", 0),
        (CapReference(NorthReference.MAGNETIC_FIXED, 12.4), "M", -12),
        (CapReference(NorthReference.MAGNETIC_FIXED, -3.6), "M", 4),
    ],
)
def test_cap_column_follows_the_chosen_north(
    qtbot: QtBot, clock: Clock, reference: CapReference, north: str, shift: int
) -> None:
    rb = generated_stage.long_stage()
    view = _table(qtbot, clock, rb)
    model = _model(view)
    state = _navigate(rb, reference)
    view.show_state(state)
    header = model.headerData(Column.CAP, Qt.Orientation.Horizontal)
    assert header == f"CAP °{north}" and state.north_label == north
    for row, box in enumerate(rb.boxes):
        assert box.cap is not None
        text = model.data(model.index(row, Column.CAP))
        assert text == f"C.{(box.cap + shift) % 360}"
    # The current box's CAP reads exactly as the drive view's (NavState.cap_shown).
    current = model.data(model.index(state.box - 1, Column.CAP))
    assert current == f"C.{state.cap_shown}"


def test_cap_by_the_world_magnetic_model_is_labelled_m(qtbot: QtBot, clock: Clock) -> None:
    rb = generated_stage.long_stage()
    view = _table(qtbot, clock, rb)
    state = _navigate(rb, CapReference(NorthReference.MAGNETIC_WMM))
    assert state.declination_deg is not None  # the generated drive is dated 2026
    view.show_state(state)
    model = _model(view)
    assert model.headerData(Column.CAP, Qt.Orientation.Horizontal) == "CAP °M"
    assert model.data(model.index(state.box - 1, Column.CAP)) == f"C.{state.cap_shown}"
    # Back to true north: printed CAPs, labelled T.
    view.show_state(_navigate(rb, CapReference()))
    assert model.headerData(Column.CAP, Qt.Orientation.Horizontal) == "CAP °T"
    assert model.data(model.index(0, Column.CAP)) == f"C.{rb.boxes[0].cap}"


def test_the_editor_box_list_shows_the_printed_cap_labelled_true() -> None:
    from navapp.gui.editor.box_model import HEADERS, EditorColumn

    assert HEADERS[EditorColumn.CAP] == "CAP °T"


@pytest.mark.parametrize("t", [DAY, NIGHT], ids=lambda t: t.name)
def test_current_row_is_readable(t: Theme) -> None:
    fill = current_fill(t)
    assert fill != t.panel or t.panel_current != t.panel  # it shows against the other rows
    assert contrast_ratio(t.text, fill) >= 4.5
    assert contrast_ratio(t.text_dim, fill) >= 4.5  # the partial distance
    assert contrast_ratio(t.accent_text, t.accent) >= 4.5  # the box number
    # Danger notes are bold 14 pt, large text by WCAG: 3:1.
    assert contrast_ratio(t.danger, fill) >= 3.0


def test_current_row_takes_the_theme(qtbot: QtBot, clock: Clock) -> None:
    rb = generated_stage.long_stage()
    view = _table(qtbot, clock, rb)
    model = _model(view)
    view.show_state(Navigator(rb).show_box(3))
    for t in (NIGHT, DAY):
        view.set_current_colours(t)
        number = model.index(2, Column.NUMBER)
        assert model.data(number, Qt.ItemDataRole.BackgroundRole).name() == t.accent
        assert model.data(number, Qt.ItemDataRole.ForegroundRole).name() == t.accent_text
        cap = model.index(2, Column.CAP)
        assert model.data(cap, Qt.ItemDataRole.BackgroundRole).name() == current_fill(t)
        assert model.data(cap, Qt.ItemDataRole.ForegroundRole).name() == t.text
    # Other rows are left as they were.
    assert model.data(model.index(3, Column.CAP), Qt.ItemDataRole.BackgroundRole) is None

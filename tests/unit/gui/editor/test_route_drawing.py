"""Drawing the route in the editor with the mouse: points added, inserted, dragged, deleted,
each one undo step; boxes on the drawn route; an empty map to start from."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core import edit, geodesy
from navapp.core.model import Roadbook, RouteLine
from navapp.core.tulip import tulip_from_drawing
from navapp.gui.common.night import theme_controller
from navapp.gui.editor import EditorWindow
from navapp.gui.editor.map_pane import MapPane
from navapp.gui.shell.settings import load_editor_view, save_editor_view
from navapp.io.registry import read_roadbook
from tests.unit.gui.editor.co_driver import Ask

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_MOD = Qt.KeyboardModifier.NoModifier
START = (31.0, -4.0)
CORNER = geodesy.forward(*START, 0.0, 2000.0)  # 2 km north
END = geodesy.forward(*CORNER, 90.0, 3000.0)  # then 3 km east
MPP = 10.0  # metres per pixel while drawing: the L is 200 × 300 px


@pytest.fixture
def empty(
    make_window: Callable[[Ask], EditorWindow], ask: Ask, qtbot: QtBot
) -> Iterator[EditorWindow]:
    """A new roadbook, the map centred on the middle of the L by a typed Go to."""
    w = make_window(ask)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    w.new_roadbook()
    middle = geodesy.forward(*CORNER, 135.0, 1000.0)
    assert w.go_to(f"{middle[0]:.6f}, {middle[1]:.6f}")
    w.map.set_view(*w.map.view()[:2], MPP)
    yield w
    ask.answers[:] = ["discard"] * 3


def at(m: MapPane, lat: float, lon: float) -> QPoint:
    p = m.screen_point(lat, lon)
    assert p is not None
    return p.toPoint()


def ll(m: MapPane, p: QPoint) -> tuple[float, float]:
    """Where a click at ``p`` lands, as a route point keeps it."""
    where = m.latlon_at(QPointF(p))
    assert where is not None
    return round(where[0], 8), round(where[1], 8)


def route(w: EditorWindow) -> RouteLine:
    r = w.roadbook().route
    assert r is not None
    return r


def draw_l(w: EditorWindow) -> list[tuple[float, float]]:
    """Click START, CORNER, END in drawing mode; the positions the clicks gave."""
    m = w.map
    w.menus.draw_action.trigger()
    assert m.drawing() and w.menus.draw_action.isChecked()
    clicked = []
    for place in (START, CORNER, END):
        p = at(m, *place)
        QTest.mouseClick(m, LEFT, NO_MOD, p)
        clicked.append(ll(m, p))
    return clicked


def click_at(m: MapPane, pos: QPointF) -> None:
    """A left click at ``pos`` to the fraction of a pixel (QTest clicks whole pixels only)."""
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, LEFT),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, pos, m.mapToGlobal(pos), LEFT, buttons, NO_MOD)
        QApplication.sendEvent(m, event)


def drag(m: MapPane, a: QPoint, b: QPoint) -> None:
    QTest.mousePress(m, LEFT, NO_MOD, a)
    for f in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(
            m, QPoint(round(a.x() + f * (b.x() - a.x())), round(a.y() + f * (b.y() - a.y())))
        )
    QTest.mouseRelease(m, LEFT, NO_MOD, b)


def test_clicks_draw_drag_and_delete_route_points_each_one_undo_step(
    empty: EditorWindow, qtbot: QtBot
) -> None:
    w, m = empty, empty.map
    view = m.view()
    clicked = draw_l(w)
    r = route(w)
    assert list(zip(r.lat.tolist(), r.lon.tolist(), strict=True)) == clicked
    assert w.undo_stack.count() == 3
    assert m.view() == view  # the map never moved while the route grew
    assert at(m, *clicked[0]) == at(m, *START)

    # Drag the corner 100 px east: one step, however many moves the mouse made.
    a = at(m, *clicked[1])
    b = a + QPoint(100, 0)
    drag(m, a, b)
    assert w.undo_stack.count() == 4
    moved = ll(m, b)
    assert (float(route(w).lat[1]), float(route(w).lon[1])) == moved
    assert m.view() == view
    w.undo_stack.undo()
    assert (float(route(w).lat[1]), float(route(w).lon[1])) == clicked[1]  # exactly back
    w.undo_stack.redo()
    assert (float(route(w).lat[1]), float(route(w).lon[1])) == moved

    # A click on the line inserts a point there, between the two it lies between.
    on_line = at(m, *edit.route_geometry(w.roadbook()).point_at(1000.0))
    QTest.mouseClick(m, LEFT, NO_MOD, on_line)
    assert len(route(w)) == 4 and m.route_point() == 1
    assert geodesy.distance_m(float(route(w).lat[1]), float(route(w).lon[1]), *ll(m, on_line)) < (
        2 * MPP
    )

    # Right-click removes a point; Delete removes the picked one.
    before = route(w)
    QTest.mouseClick(m, RIGHT, NO_MOD, at(m, *clicked[2]))
    assert len(route(w)) == 3 and w.undo_stack.count() == 6
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, float(route(w).lat[0]), float(route(w).lon[0])))
    assert m.route_point() == 0 and w.undo_stack.count() == 6  # a click on a point picks it
    QTest.keyClick(m, Qt.Key.Key_Delete)
    assert len(route(w)) == 2 and w.undo_stack.count() == 7
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert route(w) == before
    assert w.undo_stack.undoText() == "Insert route point"

    # Esc during a drag puts the point back and makes no step; Esc again leaves the mode.
    a = at(m, float(route(w).lat[0]), float(route(w).lon[0]))
    QTest.mousePress(m, LEFT, NO_MOD, a)
    QTest.mouseMove(m, a + QPoint(30, 30))
    QTest.keyClick(m, Qt.Key.Key_Escape)
    QTest.mouseRelease(m, LEFT, NO_MOD, a + QPoint(30, 30))
    assert route(w) == before and w.undo_stack.index() == 5
    assert m.drawing()
    QTest.keyClick(m, Qt.Key.Key_Escape)
    assert not m.drawing() and not w.menus.draw_action.isChecked()
    # Out of drawing mode a click on the empty map adds nothing.
    QTest.mouseClick(m, LEFT, NO_MOD, QPoint(40, m.height() - 60))
    assert route(w) == before


def test_box_on_a_drawn_l_route_gets_total_cap_and_tulip(empty: EditorWindow) -> None:
    w, m = empty, empty.map
    p0, p1, p2 = draw_l(w)
    QTest.keyClick(m, Qt.Key.Key_Escape)
    # A click on the route 1 km along the east leg (3 km from the start).
    click = at(m, *geodesy.forward(*p1, geodesy.bearing_deg(*p1, *p2), 1000.0))
    QTest.mouseClick(m, LEFT, NO_MOD, click + QPoint(0, 3))
    assert w.undo_stack.count() == 4 and len(w.roadbook().boxes) == 1
    box = w.roadbook().boxes[0]
    assert box.lat is not None and box.lon is not None
    # The clicks land within a pixel (10 m) of the L: 3 km within 20 m …
    assert box.total_km == pytest.approx(3.0, abs=0.02)
    # … and exactly the geodesic length of the drawn line to the box (1 m).
    along = geodesy.distance_m(*p0, *p1) + geodesy.distance_m(*p1, box.lat, box.lon)
    assert box.total_km == pytest.approx(along / 1000.0, abs=0.001)
    assert box.partial_km == box.total_km
    assert box.cap == round(geodesy.bearing_deg(box.lat, box.lon, *p2)) % 360
    assert abs(box.cap - 90) <= 1
    tulip = tulip_from_drawing(box.tulip)
    assert tulip is not None and tulip.exit.angle_deg == 0.0  # straight on
    # One at the corner: a right turn.
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *p1))
    corner = w.roadbook().boxes[0]
    assert corner.total_km == pytest.approx(geodesy.distance_m(*p0, *p1) / 1000.0, abs=0.001)
    corner_tulip = tulip_from_drawing(corner.tulip)
    assert corner_tulip is not None
    assert corner_tulip.exit.angle_deg == pytest.approx(90.0, abs=2.0)

    # Moving the corner 50 px (500 m) north carries both boxes, totals follow: one step.
    rb = w.roadbook()
    w.menus.draw_action.trigger()
    drag(m, at(m, *p1), at(m, *p1) + QPoint(0, -50))
    after = w.roadbook()
    assert w.undo_stack.count() == 6
    assert after.boxes[0].total_km == pytest.approx(2.5, abs=0.02)
    assert after.boxes[1].total_km == pytest.approx(3.5, abs=0.03)
    w.undo_stack.undo()
    assert w.roadbook() == rb


def test_saving_and_reopening_keeps_the_drawn_route(
    empty: EditorWindow, tmp_path: Path, make_window: Callable[[Ask], EditorWindow], ask: Ask
) -> None:
    clicked = draw_l(empty)
    path = tmp_path / "drawn.gpx"
    assert empty.save_as(path)
    again = read_roadbook(path)
    assert again.route is not None
    assert list(zip(again.route.lat.tolist(), again.route.lon.tolist(), strict=True)) == clicked
    other = make_window(ask)
    assert other.open_path(path)
    assert other.roadbook().route == route(empty)
    assert other.map.geometry_ is not None


def test_go_to_refuses_bad_input_in_one_line_and_the_view_is_kept_for_the_next_empty_map(
    make_window: Callable[[Ask], EditorWindow], ask: Ask, qtbot: QtBot
) -> None:
    w = make_window(ask)
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    m = w.map
    assert m.view_position() is None  # nothing to map, nowhere chosen yet
    # Drawing needs a place: clicks on a map with none add nothing.
    w.menus.draw_action.trigger()
    QTest.mouseClick(m, LEFT, NO_MOD, QPoint(100, 100))
    assert w.roadbook().route is None and w.undo_stack.count() == 0
    for bad in ("", "Marrakech", "95, 10", "31.5"):
        assert not w.go_to(bad)
        message = w.statusBar().currentMessage()
        assert message.startswith("Go to: ") and "\n" not in message
    assert m.view_position() is None
    assert w.go_to("N31 30 W4 15")
    where = m.view_position()
    assert where is not None
    assert where[:2] == pytest.approx((31.5, -4.25), abs=1e-9)
    click_at(m, QPointF(m.width() / 2, m.height() / 2))  # the centre, whatever the parity
    assert route(w).lat.tolist() == pytest.approx([31.5], abs=1e-6)
    # File › New keeps the map where it was; closing keeps it for the next start.
    w.new_roadbook()
    assert m.view_position() == pytest.approx(where)
    ask.answers[:] = ["discard"]
    w.close()
    kept = load_editor_view(w._settings)
    assert kept is not None and kept[:2] == pytest.approx(where[:2], abs=1e-6)
    later = make_window(ask)
    assert later.map.view_position() == pytest.approx(kept, rel=1e-6)


def test_a_kept_view_that_is_not_one_is_ignored(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat)
    assert load_editor_view(s) is None
    for value in (["x", "1", "2"], ["91", "0", "10"], ["1", "2"], "31", ["1", "2", "0"]):
        s.setValue("editor/map_view", value)
        assert load_editor_view(s) is None
    save_editor_view(s, 31.25, -4.5, 12.0)
    assert load_editor_view(s) == (31.25, -4.5, 12.0)


# -- looks -------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["day", "night"])
@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_screenshot_drawing(
    empty: EditorWindow,
    qtbot: QtBot,
    screenshot_dir: Path,
    size: tuple[int, int],
    theme: str,
) -> None:
    w, m = empty, empty.map
    clicked = draw_l(w)
    QTest.keyClick(m, Qt.Key.Key_Escape)
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *clicked[1]))
    w.menus.draw_action.trigger()
    m.set_route_point(1)
    theme_controller().set_theme(theme)
    width, height = size
    for _ in range(3):
        w.resize(width, height)
        qtbot.wait(10)
    m.fit()
    qtbot.wait(10)
    assert m.drawing() and isinstance(w.roadbook(), Roadbook)
    assert np.isfinite(m.view()).all()
    assert w.grab().save(str(screenshot_dir / f"editor_drawing_{width}x{height}_{theme}.png"))
    assert m.grab().save(str(screenshot_dir / f"editor_drawing_map_{width}x{height}_{theme}.png"))
    assert edit.route_geometry(w.roadbook()).length_m > 4000


def test_esc_in_the_table_ends_drawing_too_and_ctrl_d_toggles_it(
    empty: EditorWindow, qtbot: QtBot
) -> None:
    w, m = empty, empty.map
    w.menus.draw_action.trigger()
    assert m.drawing()
    w.activateWindow()
    qtbot.waitUntil(m.hasFocus, timeout=1000)  # the map takes the keys (Esc, Delete)
    w.table.setFocus()
    QTest.keyClick(w.table, Qt.Key.Key_Escape)
    assert not m.drawing() and not w.menus.draw_action.isChecked()
    w.menus.draw_action.trigger()
    assert m.drawing()
    w.menus.draw_action.trigger()  # the same key or button switches it off
    assert not m.drawing()
    assert w.menus.draw_action.shortcut().toString() == "Ctrl+D"


def test_an_empty_map_with_nowhere_chosen_looks_at_the_chosen_map_source(
    make_window: Callable[[Ask], EditorWindow], ask: Ask, qtbot: QtBot, tmp_path: Path
) -> None:
    from navapp.maps.files import open_map_file
    from tests.unit.gui.common.maplayer_helpers import BOX, mbtiles

    w = make_window(ask)
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    assert w.map.view_position() is None and w.map.tile_layer is not None
    w.map.tile_layer.set_source(open_map_file(mbtiles(tmp_path / "erg.mbtiles", range(8, 10))))
    where = w.map.view_position()
    assert where is not None
    centre = ((BOX.south + BOX.north) / 2, (BOX.west + BOX.east) / 2)
    assert where[:2] == pytest.approx(centre, abs=1e-9)
    assert where[2] * w.map.height() >= geodesy.distance_m(BOX.south, 0.0, BOX.north, 0.0) - 1
    # Once there is a place, another map source leaves the view alone.
    w.map.set_view(*w.map.view()[:2], 5.0)
    w.map.tile_layer.set_source(None)
    assert w.map.view_position() == pytest.approx((*where[:2], 5.0), abs=1e-9)


def test_an_undo_during_a_drag_ends_the_drag_without_an_edit(empty: EditorWindow) -> None:
    w, m = empty, empty.map
    clicked = draw_l(w)
    a = at(m, *clicked[1])  # the corner
    QTest.mousePress(m, LEFT, NO_MOD, a)
    QTest.mouseMove(m, a + QPoint(20, 20))
    w.undo_stack.undo()  # Ctrl+Z while the button is down: the end point goes
    assert len(route(w)) == 2
    QTest.mouseRelease(m, LEFT, NO_MOD, a + QPoint(40, 40))
    assert len(route(w)) == 2 and w.undo_stack.index() == 2 and w.undo_stack.count() == 3
    assert (float(route(w).lat[1]), float(route(w).lon[1])) == clicked[1]


def test_a_route_of_one_click_is_kept_across_save_and_reopen(
    empty: EditorWindow, tmp_path: Path, make_window: Callable[[Ask], EditorWindow], ask: Ask
) -> None:
    w, m = empty, empty.map
    w.menus.draw_action.trigger()
    p = at(m, *START)
    QTest.mouseClick(m, LEFT, NO_MOD, p)
    assert len(route(w)) == 1
    path = tmp_path / "started.gpx"
    assert w.save_as(path)
    other = make_window(ask)
    assert other.open_path(path)
    assert other.roadbook().route == route(w)
    # The next click carries on from it.
    other.menus.draw_action.trigger()
    QTest.mouseClick(other.map, LEFT, NO_MOD, QPoint(other.map.width() // 2, 40))
    assert len(route(other)) == 2


def test_a_shift_click_adds_a_point_before_the_start(empty: EditorWindow) -> None:
    w, m = empty, empty.map
    clicked = draw_l(w)
    south = at(m, *START) + QPoint(0, 80)  # 800 m south of the start
    QTest.mouseClick(m, LEFT, Qt.KeyboardModifier.ShiftModifier, south)
    r = route(w)
    assert len(r) == 4 and w.undo_stack.count() == 4
    assert (float(r.lat[0]), float(r.lon[0])) == ll(m, south)
    assert list(zip(r.lat.tolist()[1:], r.lon.tolist()[1:], strict=True)) == clicked
    assert m.route_point() == 0
    assert w.undo_stack.undoText() == "Add route point before the start"
    # A plain click still adds at the end.
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *END) + QPoint(60, 0))
    assert len(route(w)) == 5 and float(route(w).lat[0]) == ll(m, south)[0]
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert list(zip(route(w).lat.tolist(), route(w).lon.tolist(), strict=True)) == clicked


def test_a_click_on_a_box_mark_while_drawing_selects_the_box_and_draws_nothing(
    empty: EditorWindow,
) -> None:
    w, m = empty, empty.map
    _p0, p1, p2 = draw_l(w)
    QTest.keyClick(m, Qt.Key.Key_Escape)
    on_leg = geodesy.forward(*p1, geodesy.bearing_deg(*p1, *p2), 1500.0)
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *on_leg))  # box 1 on the east leg
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *p1))  # box 1 at the corner, the other is 2
    assert len(w.roadbook().boxes) == 2
    w.select_row(-1)
    w.menus.draw_action.trigger()
    steps, before = w.undo_stack.count(), route(w)
    leg_box = w.roadbook().boxes[1]
    assert leg_box.lat is not None and leg_box.lon is not None
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, leg_box.lat, leg_box.lon) + QPoint(3, 2))
    assert w.current_row() == 1 and m.selected() == 1
    assert route(w) == before and w.undo_stack.count() == steps and m.drawing()
    # A box at a route point: the click picks the point (to drag or delete it) and the box.
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *p1))
    assert w.current_row() == 0 and m.route_point() == 1
    assert route(w) == before and w.undo_stack.count() == steps
    # Away from the boxes a click still draws.
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *p2) + QPoint(50, 50))
    assert len(route(w)) == 4 and w.undo_stack.count() == steps + 1


def test_an_undo_during_a_box_drag_ends_the_drag_without_moving_another_box(
    empty: EditorWindow,
) -> None:
    w, m = empty, empty.map
    p0, p1, _p2 = draw_l(w)
    QTest.keyClick(m, Qt.Key.Key_Escape)
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *geodesy.forward(*p1, 90.0, 1500.0)))
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *p1))  # the corner box is row 0, the leg box row 1
    assert len(w.roadbook().boxes) == 2
    a = at(m, *p1)
    QTest.mousePress(m, LEFT, NO_MOD, a)
    QTest.mouseMove(m, a + QPoint(0, 30))
    QTest.mouseMove(m, a + QPoint(0, 60))
    assert m.preview() is not None
    w.undo_stack.undo()  # Ctrl+Z with the button down: the corner box goes, the leg box is row 0
    after_undo, index = w.roadbook(), w.undo_stack.index()
    assert len(after_undo.boxes) == 1 and m.preview() is None
    QTest.mouseRelease(m, LEFT, NO_MOD, a + QPoint(0, 60))
    assert w.roadbook() == after_undo and w.undo_stack.index() == index
    assert m.cursor().shape() != Qt.CursorShape.ClosedHandCursor
    # An undo that leaves the dragged box as it was lets the drag go on.
    QTest.mouseClick(m, LEFT, NO_MOD, at(m, *p1))
    w.update_box(1, notes_text="fork")  # the leg box, row 1
    a = at(m, *p1)
    QTest.mousePress(m, LEFT, NO_MOD, a)
    QTest.mouseMove(m, a + QPoint(0, 30))
    QTest.mouseMove(m, a + QPoint(0, 60))
    w.undo_stack.undo()  # the notes go; the corner box is untouched
    QTest.mouseRelease(m, LEFT, NO_MOD, a + QPoint(0, 60))
    corner = w.roadbook().boxes[0]
    assert corner.total_km == pytest.approx(geodesy.distance_m(*p0, *p1) / 1000 - 0.6, abs=0.02)


def test_a_route_point_edit_on_the_demo_stage_sets_up_no_new_projection(
    window: EditorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = window
    built = [0]
    real = geodesy.LocalProjection.__init__

    def counting(self: geodesy.LocalProjection, lat0: float, lon0: float) -> None:
        built[0] += 1
        real(self, lat0, lon0)

    monkeypatch.setattr(geodesy.LocalProjection, "__init__", counting)
    r = route(w)
    k = len(r) // 2
    here = (float(r.lat[k]), float(r.lon[k]))
    for there in (geodesy.forward(*here, 45.0, 20.0), here):
        assert w.move_route_point(k, *there)
        # The map pane measures on the line the edit built, in the plane it already had.
        assert w.map.geometry_ is route(w).geometry()
    assert w.insert_route_point(*geodesy.forward(*here, 0.0, 1.0))
    assert w.delete_route_point(w.map.route_point())  # the inserted one
    assert built[0] == 0
    assert route(w) == r


def test_the_drawing_hint_says_every_click_where_the_map_has_room(
    empty: EditorWindow, qtbot: QtBot
) -> None:
    w, m = empty, empty.map
    w.menus.draw_action.trigger()
    for size, full in (((1920, 1080), True), ((1024, 600), False)):
        for _ in range(3):
            w.resize(*size)
            qtbot.wait(10)
        hint = m.drawing_hint()
        assert ("Shift+click: add before the start" in hint) is full, (size, m.size())
        assert hint.startswith("Drawing the route") and hint.endswith("Esc: done")

"""The roadbook editor: every edit undoable, findings shown, tulips, generation, map edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from navapp.core import edit
from navapp.core.model import Roadbook, RouteLine, Waypoint, WaypointType
from navapp.core.rules import rule_for
from navapp.gui.editor import EditorWindow
from navapp.gui.editor.box_model import FINDING_BACKGROUND, EditorColumn, FindingsRole
from navapp.io.registry import read_track
from navapp.paths import demo_drive
from tests.unit.gui.editor.co_driver import Ask, type_into

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

DZ_ROW = 16  # box 17 of the demo stage starts the village speed zone


def _check_undo(w: EditorWindow, before: Roadbook, after: Roadbook) -> None:
    """The edit gave ``after``; undo gives ``before`` back exactly; redo ``after`` again."""
    assert w.roadbook() == after
    assert after != before
    assert w.is_modified() and w.isWindowModified()
    w.undo_stack.undo()
    assert w.roadbook() == before
    if w.undo_stack.index() == 0:
        assert not w.is_modified() and not w.isWindowModified()
    w.undo_stack.redo()
    assert w.roadbook() == after
    assert w.is_modified()


# -- every kind of edit: do, undo, redo ---------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "field", "text", "changes"),
    [
        (4, "total", "13.90", {"total_km": 13.9}),
        (4, "cap", "200", {"cap": 200}),
        (4, "cap", "", {"cap": None}),
        (4, "stop", "3", {"stop_s": 3}),
        (4, "neutralization", "600", {"neutralization_s": 600}),
        (DZ_ROW, "speed", "30", {"speed_limit_kmh": 30.0}),
    ],
)
def test_detail_field_edit_is_one_undoable_command(
    window: EditorWindow,
    qtbot: QtBot,
    demo: Roadbook,
    row: int,
    field: str,
    text: str,
    changes: dict[str, Any],
) -> None:
    window.select_row(row)
    type_into(qtbot, getattr(window.detail, field), text)
    assert window.undo_stack.count() == 1
    _check_undo(window, demo, edit.update_box(demo, row + 1, **changes))


def test_unchanged_field_pushes_nothing(window: EditorWindow, qtbot: QtBot) -> None:
    window.select_row(4)
    window.detail.total.editingFinished.emit()
    window.detail.commit()
    assert window.undo_stack.count() == 0
    assert not window.is_modified()
    assert not window.windowTitle().replace("[*]", "").endswith("*")


def test_danger_reset_flags_notes_and_tulip_removal(
    window: EditorWindow, qtbot: QtBot, demo: Roadbook
) -> None:
    d = window.detail
    window.select_row(4)
    d.danger.setCurrentIndex(3)
    d.danger.activated.emit(3)
    _check_undo(window, demo, edit.update_box(demo, 5, danger=3))
    base = window.roadbook()

    d.reset_check.setChecked(True)  # a toggle commits (reset to 0)
    _check_undo(window, base, edit.update_box(base, 5, reset_km=0.0))
    base = window.roadbook()
    type_into(qtbot, d.reset_value, "2.5")
    _check_undo(window, base, edit.update_box(base, 5, reset_km=2.5))
    base = window.roadbook()

    d.flag_checks["fuel"].setChecked(True)
    _check_undo(window, base, edit.update_box(base, 5, flags=("fuel",)))
    base = window.roadbook()

    d.notes.setFocus()
    d.notes.setPlainText("Fork, keep left\nbehind the well")
    window.table.setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: window.undo_stack.count() == 5)
    _check_undo(
        window, base, edit.update_box(base, 5, notes_text="Fork, keep left\nbehind the well")
    )
    base = window.roadbook()

    d.tulip_clear.click()
    _check_undo(window, base, edit.update_box(base, 5, tulip=None))
    assert window.undo_stack.count() == 6


def test_waypoint_type_name_and_radii(window: EditorWindow, qtbot: QtBot, demo: Roadbook) -> None:
    d = window.detail
    window.select_row(4)  # box 5 has no waypoint
    d.wp_type.setCurrentIndex(d.wp_type.findData(WaypointType.WPM))
    d.wp_type.activated.emit(d.wp_type.currentIndex())
    rule = rule_for(WaypointType.WPM)
    wpm = Waypoint(WaypointType.WPM, "", rule.open_m, rule.clear_m)
    _check_undo(window, demo, edit.set_waypoints(demo, 5, (wpm,)))
    # Defaults from the rules table are placeholders, not values.
    assert d.wp_open.text() == "" and "800" in d.wp_open.placeholderText()
    base = window.roadbook()

    type_into(qtbot, d.wp_name, "12")
    wpm = replace(wpm, name="12")
    _check_undo(window, base, edit.set_waypoints(base, 5, (wpm,)))
    base = window.roadbook()

    type_into(qtbot, d.wp_clear, "150")
    wpm = replace(wpm, clear_m=150.0, clear_from_file=True)
    _check_undo(window, base, edit.set_waypoints(base, 5, (wpm,)))
    assert d.wp_clear.text() == "150"
    base = window.roadbook()

    type_into(qtbot, d.wp_clear, "")  # cleared: back to the rules default
    wpm = replace(wpm, clear_m=rule.clear_m, clear_from_file=False)
    _check_undo(window, base, edit.set_waypoints(base, 5, (wpm,)))
    base = window.roadbook()

    d.wp_type.setCurrentIndex(0)
    d.wp_type.activated.emit(0)
    _check_undo(window, base, edit.set_waypoints(base, 5, ()))


def test_insert_delete_and_move(window: EditorWindow, demo: Roadbook) -> None:
    window.select_row(4)
    assert window.insert_box_after()
    after = window.roadbook()
    assert after.boxes[5].total_km == demo.boxes[4].total_km
    assert window.current_row() == 5
    _check_undo(window, demo, edit.insert_box(demo, 6, after.boxes[5]))
    window.undo_stack.undo()

    window.select_row(4)
    assert window.delete_box()
    _check_undo(window, demo, edit.delete_box(demo, 5))
    window.undo_stack.undo()

    window.select_row(4)
    assert window.move_box(None, -1)
    assert window.current_row() == 3
    _check_undo(window, demo, edit.move_box(demo, 5, 4))
    window.undo_stack.undo()

    window.select_row(4)
    assert window.move_box(None, 1)
    _check_undo(window, demo, edit.move_box(demo, 5, 6))


def test_refused_edit_is_one_status_line_and_no_command(
    window: EditorWindow, demo: Roadbook
) -> None:
    window.select_row(0)
    assert not window.move_box(None, -1)  # box 1 cannot move up
    assert window.undo_stack.count() == 0
    assert window.roadbook() == demo
    message = window.statusBar().currentMessage()
    assert "there is no box 0" in message and "\n" not in message

    window.set_roadbook(replace(demo, route=None))
    assert not window.recompute()
    assert "no route line" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_recompute_and_set_route(window: EditorWindow, demo: Roadbook) -> None:
    moved = edit.update_box(demo, 5, total_km=14.5, cap=10)
    window.set_roadbook(moved)
    assert window.recompute()
    _check_undo(window, moved, edit.recompute(moved))

    window.set_roadbook(demo)
    assert window.set_route(None)
    _check_undo(window, demo, edit.set_route(demo, None))
    bare = window.roadbook()
    assert window.set_route_from_file(demo_drive())
    track = read_track(demo_drive())
    _check_undo(window, bare, edit.set_route(bare, RouteLine(track.lat, track.lon)))


def test_bad_route_file_changes_nothing(window: EditorWindow, tmp_path: Path) -> None:
    bad = tmp_path / "route.gpx"
    bad.write_text("<gpx><trk>", "utf-8")
    assert not window.set_route_from_file(bad)
    assert window.undo_stack.count() == 0
    assert str(bad) in window.statusBar().currentMessage()
    box = window.error_box()
    assert box is not None
    box.close()


# -- the table --------------------------------------------------------------------------------


def test_table_shows_edits_and_findings(
    window: EditorWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    model = window.model
    assert model.finding_count() == 0
    window.select_row(9)
    type_into(qtbot, window.detail.total, "1.00")  # box 10 now goes backwards
    idx = model.index(9, EditorColumn.TOTAL)
    assert model.data(idx) == "1.00"
    cell = model.index(9, EditorColumn.FINDINGS)
    text = model.data(cell)
    assert "less than the previous box" in text
    assert text in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) == FINDING_BACKGROUND
    assert model.data(cell, Qt.ItemDataRole.DecorationRole) is not None
    assert [f.code for f in model.data(cell, FindingsRole)] == ["total-decreases"]
    assert model.data(model.index(8, EditorColumn.FINDINGS)) == ""
    assert "1 finding" in window.findings_label.text()
    # Each place the finding shows says how to fix it, in the words of the core checks.
    (finding,) = model.findings(9)
    assert finding.advice and finding.advice in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert finding.advice in model.data(
        model.index(9, EditorColumn.NUMBER), Qt.ItemDataRole.ToolTipRole
    )
    assert window.detail.findings.isVisibleTo(window.detail)
    assert window.detail.findings.text() == f"⚠ {finding.explained}"
    assert window.findings_label.toolTip() == f"Box 10: {finding.explained}"
    window.select_row(8)
    assert not window.detail.findings.isVisibleTo(window.detail)
    window.detail.grab().save(str(screenshot_dir / "editor_detail_no_finding.png"))
    window.select_row(9)
    window.resize(1024, 600)
    window.grab().save(str(screenshot_dir / "editor_finding_explained_1024x600.png"))
    # The partial follows, the next box's too; undo clears the finding.
    assert model.data(model.index(10, EditorColumn.PARTIAL)) == "26.53"
    window.undo_stack.undo()
    assert model.data(model.index(9, EditorColumn.FINDINGS)) == ""
    assert model.finding_count() == 0


def test_table_selection_drives_detail_and_map(window: EditorWindow, qtbot: QtBot) -> None:
    index = window.model.index(12, EditorColumn.NOTES)
    rect = window.table.visualRect(index)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_row() == 12
    assert window.detail.box() == window.roadbook().boxes[12]
    assert window.map.selected() == 12
    assert window.detail.wp_type.currentData() is WaypointType.WPE


# -- tulips ------------------------------------------------------------------------------------


class FakeTulipDialog:
    """Stands in for TulipEditorDialog: accepted at once with a prepared tulip."""

    def __init__(self, result: Any, accepted: bool = True) -> None:
        self.result = result
        self.accepted = accepted

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted if self.accepted else QDialog.DialogCode.Rejected

    def tulip(self) -> Any:
        return self.result


def _a_tulip() -> Any:
    tulip = pytest.importorskip("navapp.core.tulip")
    return tulip.Tulip(
        entry=tulip.RoadType.TRACK,
        exit=tulip.Road(60.0),
        others=(tulip.Road(-45.0, tulip.RoadType.SMALL_TRACK),),
    )


def test_tulip_edit_is_one_command_and_reopens(window: EditorWindow, demo: Roadbook) -> None:
    tulip_mod = pytest.importorskip("navapp.core.tulip")
    new = _a_tulip()
    seen: list[tuple[Any, Any]] = []

    def factory(current: Any, parent: Any, suggestion: Any) -> FakeTulipDialog:
        seen.append((current, suggestion))
        return FakeTulipDialog(new)

    window.tulip_dialog_factory = factory
    window.select_row(4)
    assert window.edit_tulip()
    current, suggestion = seen[0]
    # The demo's tulips are plain SVG: nothing to edit, but the route suggests one.
    assert current == tulip_mod.tulip_from_svg(demo.boxes[4].tulip.text)
    line = edit.route_geometry(demo)
    box = demo.boxes[4]
    c = float(line.locate(np.array([box.lat]), np.array([box.lon])).chainage_m[0])
    assert suggestion == tulip_mod.auto_tulip(line, c)
    after = edit.update_box(demo, 5, tulip=tulip_mod.Tulip.to_drawing(new))
    _check_undo(window, demo, after)
    # Editing again opens the vector tulip just stored; the same result changes nothing.
    count = window.undo_stack.count()
    assert not window.edit_tulip()
    assert seen[1][0] == new
    assert window.undo_stack.count() == count
    # A cancelled dialog pushes nothing.
    window.tulip_dialog_factory = lambda *a: FakeTulipDialog(new, accepted=False)
    count = window.undo_stack.count()
    assert not window.edit_tulip()
    assert window.undo_stack.count() == count


def test_real_tulip_dialog_is_made_with_the_suggestion(window: EditorWindow) -> None:
    pytest.importorskip("navapp.gui.editor.tulip.dialog")
    from navapp.gui.editor.tulip import make_tulip_dialog
    from navapp.gui.editor.tulip.dialog import TulipEditorDialog

    dialog = make_tulip_dialog(_a_tulip(), window, _a_tulip())
    assert isinstance(dialog, TulipEditorDialog)
    assert dialog.tulip() == _a_tulip()
    dialog.deleteLater()


# -- files -------------------------------------------------------------------------------------


def test_save_and_open_round_trip_with_vector_tulip(
    make_window: Callable[[Ask], EditorWindow], window: EditorWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    tulip_mod = pytest.importorskip("navapp.core.tulip")
    new = _a_tulip()
    window.select_row(4)
    assert window.set_tulip(4, new)
    type_into(qtbot, window.detail.cap, "222")
    out = tmp_path / "edited.gpx"
    with qtbot.waitSignal(window.roadbook_saved) as sig:
        assert window.save_as(out)
    assert sig.args == [str(out)]
    assert not window.is_modified() and not window.isWindowModified()
    assert window.path() == str(out)
    assert window.recent.paths()[0] == str(out.resolve())

    again = make_window(Ask())
    assert again.open_path(out)
    rb, edited = again.roadbook(), window.roadbook()
    assert [b.total_km for b in rb.boxes] == [b.total_km for b in edited.boxes]
    assert rb.boxes[4].cap == 222
    assert tulip_mod.tulip_from_svg(rb.boxes[4].tulip.text) == new
    assert rb.route == edited.route


def test_generate_from_track(window: EditorWindow, demo: Roadbook) -> None:
    gen = pytest.importorskip("navapp.core.generate")
    from navapp.gui.editor.files import GenerateOptions

    options = GenerateOptions(heading_change_deg=40.0, max_spacing_km=4.0, min_spacing_m=200.0)
    assert window.generate_from_track(demo_drive(), options)
    settings = gen.GenerateSettings(
        heading_change_deg=40.0, max_spacing_km=4.0, min_spacing_m=200.0
    )
    expected = gen.generate(read_track(demo_drive()), (), settings)
    _check_undo(window, demo, expected)
    assert window.current_row() == 0


SKYTRAQ = Path(__file__).parents[3] / "data" / "gpsbabel_skytraq_two_recordings.gpx"


def test_generate_dialog_offers_the_recordings(qtbot: QtBot, screenshot_dir: Path) -> None:
    from navapp.core.recordings import describe, split_recordings
    from navapp.gui.editor.files import GenerateDialog, GenerateOptions

    recs = split_recordings(read_track(SKYTRAQ))
    dialog = GenerateDialog(GenerateOptions(), None, recs)
    qtbot.addWidget(dialog)
    combo = dialog.recording
    assert combo is not None and dialog.note is not None
    assert "holds 2 recordings" in dialog.note.text()
    assert dialog.note.text().splitlines()[1:] == [describe(r) for r in recs]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        describe(recs[0]) + "  (longest)",
        describe(recs[1]),
    ]
    assert combo.currentIndex() == 0 and dialog.options().segment == 1
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(screenshot_dir / "editor_generate_recordings.png"))
    combo.setCurrentIndex(1)
    assert dialog.options().segment == 2
    # A remembered choice out of this file's range falls back to the longest.
    again = GenerateDialog(GenerateOptions(segment=5), None, recs)
    qtbot.addWidget(again)
    assert again.recording is not None and again.recording.currentIndex() == 0
    # One recording: nothing to choose.
    single = GenerateDialog(GenerateOptions(), None, recs[:1])
    qtbot.addWidget(single)
    assert single.recording is None and single.note is None
    assert single.options().segment is None


def test_generate_from_one_recording(window: EditorWindow, demo: Roadbook) -> None:
    from navapp.core.generate import generate
    from navapp.gui.editor.files import GenerateOptions

    assert window.generate_from_track(SKYTRAQ, GenerateOptions(segment=1))
    expected = generate(read_track(SKYTRAQ), (), segment=1)
    assert window.roadbook().boxes == expected.boxes
    assert window.roadbook().total_km == pytest.approx(2.36, abs=0.01)
    assert "(recording 1 of 2)" in window.statusBar().currentMessage()
    before = window.roadbook()
    assert not window.generate_from_track(SKYTRAQ, GenerateOptions(segment=2))
    assert window.roadbook() == before
    assert "only 71 m long" in window.statusBar().currentMessage()


def test_file_generate_asks_for_the_track_then_the_recording(
    window: EditorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from navapp.core.generate import generate
    from navapp.gui.editor.files import GenerateDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(SKYTRAQ), "Tracks"))
    asked: list[GenerateDialog] = []

    def accept(dialog: GenerateDialog) -> int:
        asked.append(dialog)
        assert dialog.parent() is window
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(GenerateDialog, "exec", accept)
    (entry,) = [a for a in window.menuBar().actions()[0].menu().actions() if "Generate" in a.text()]
    entry.trigger()
    assert len(asked) == 1
    assert window.roadbook().boxes == generate(read_track(SKYTRAQ), (), segment=1).boxes
    assert "(recording 1 of 2)" in window.statusBar().currentMessage()


# -- the map -----------------------------------------------------------------------------------


def _route_point(rb: Roadbook, km: float) -> tuple[float, float]:
    return edit.route_geometry(rb).point_at(km * 1000.0)


def test_click_on_route_inserts_box(window: EditorWindow, qtbot: QtBot, demo: Roadbook) -> None:
    m = window.map
    lat, lon = _route_point(demo, 7.0)  # between boxes 2 (5.47) and 3 (8.77)
    pane_centre = m.screen_point(lat, lon)
    assert pane_centre is not None
    x, y = m.screen_to_world(pane_centre)
    m.set_view(x, y, 5.0)
    p = m.screen_point(lat, lon)
    assert p is not None
    pos = QPoint(round(p.x()) + 2, round(p.y()) + 1)  # a few pixels off the line
    expected_ll = m.latlon_at(QPointF(pos))
    assert expected_ll is not None
    expected, number = edit.insert_on_route(demo, *expected_ll)
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=pos)
    assert number == 3
    assert window.roadbook().boxes[2].total_km == pytest.approx(7.0, abs=0.01)
    # The clicked box gets the automatic tulip the route draws there.
    assert window.roadbook().boxes[2].tulip is not None
    assert window.roadbook().boxes[2].tulip == expected.boxes[2].tulip
    assert window.current_row() == 2
    _check_undo(window, demo, expected)

    # Far from the route: nothing.
    count = window.undo_stack.count()
    qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=pos + QPoint(0, 80))
    assert window.undo_stack.count() == count


def test_drag_box_slides_it_along_route(window: EditorWindow, qtbot: QtBot, demo: Roadbook) -> None:
    m = window.map
    box = demo.boxes[4]  # 13.72 km
    assert box.lat is not None and box.lon is not None
    start = m.screen_point(box.lat, box.lon)
    assert start is not None
    x, y = m.screen_to_world(start)
    m.set_view(x, y, 10.0)
    start = m.screen_point(box.lat, box.lon)
    target = m.screen_point(*_route_point(demo, 14.4))
    assert start is not None and target is not None
    a, b = start.toPoint(), target.toPoint()
    qtbot.mousePress(m, Qt.MouseButton.LeftButton, pos=a)
    assert window.current_row() == 4
    mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    qtbot.mouseMove(m, mid)
    qtbot.mouseMove(m, b)
    assert m.preview() is not None
    assert window.undo_stack.count() == 0  # only a preview while dragging
    ll = m.latlon_at(QPointF(b))
    assert ll is not None
    qtbot.mouseRelease(m, Qt.MouseButton.LeftButton, pos=b)
    assert m.preview() is None
    assert window.undo_stack.count() == 1
    _check_undo(window, demo, edit.slide_box(demo, 5, *ll))
    assert window.roadbook().boxes[4].total_km == pytest.approx(14.4, abs=0.02)


def test_map_pan_zoom_fit(window: EditorWindow, qtbot: QtBot) -> None:
    m = window.map
    m.fit()
    mpp = m.metres_per_pixel()
    m.zoom_at(QPointF(m.width() / 2, m.height() / 2), 2.0)
    assert m.metres_per_pixel() == pytest.approx(mpp / 2)
    m.pan_by(10, 0)
    m.fit()
    assert m.metres_per_pixel() == pytest.approx(mpp)


# -- looks -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_screenshot(
    window: EditorWindow, qtbot: QtBot, screenshot_dir: Path, size: tuple[int, int]
) -> None:
    w, h = size
    for _ in range(3):
        window.resize(w, h)
        qtbot.wait(10)
    window.select_row(16)
    window.map.fit()
    qtbot.wait(10)
    assert window.map.geometry_ is not None
    window.grab().save(str(screenshot_dir / f"editor_{w}x{h}.png"))

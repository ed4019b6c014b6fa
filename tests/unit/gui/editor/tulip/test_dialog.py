"""The tulip editor: canvas mouse and keyboard edits, the dialog's result, rendering, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from navapp.core.model import Drawing
from navapp.core.tulip import (
    PlacedSymbol,
    Road,
    RoadType,
    Tulip,
    TulipText,
    symbol_library,
    symbol_svg,
    tulip_from_svg,
)
from navapp.gui.common.drawing import render_drawing_image
from navapp.gui.editor.tulip.canvas import TulipCanvas
from navapp.gui.editor.tulip.dialog import TulipEditor, TulipEditorDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def rich_tulip() -> Tulip:
    """A right turn, a small track left, a dune crossing straight on, danger2, a well, a text."""
    return Tulip(
        RoadType.TRACK,
        Road(90.0, RoadType.TRACK),
        (Road(-90.0, RoadType.SMALL_TRACK), Road(0.0, RoadType.DUNE_CROSSING)),
        (PlacedSymbol("danger2", 17.0, 17.0, 1.3), PlacedSymbol("well", 80.0, 78.0, 1.1)),
        (TulipText("Piste", 22.0, 96.0, 10.0),),
    )


def dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 100
    )


@pytest.fixture
def editor(qtbot: QtBot) -> TulipEditor:
    w = TulipEditor(Tulip())
    qtbot.addWidget(w)
    w.resize(1000, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


def drag(canvas: TulipCanvas, start: tuple[float, float], end: tuple[float, float]) -> None:
    a, b = canvas.widget_point(*start), canvas.widget_point(*end)
    QTest.mousePress(canvas, LEFT, NO_MOD, a)
    mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    QTest.mouseMove(canvas, mid)
    QTest.mouseMove(canvas, b)
    QTest.mouseRelease(canvas, LEFT, NO_MOD, b)


def click(canvas: TulipCanvas, at: tuple[float, float]) -> None:
    QTest.mouseClick(canvas, LEFT, NO_MOD, canvas.widget_point(*at))


# -- rendering -----------------------------------------------------------------------------------


def test_svg_renders_non_blank_without_svg_warnings(qtbot: QtBot) -> None:
    svg = rich_tulip().to_svg()
    # straight through QtSvg: any element it does not understand would log a warning (fails)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    assert renderer.isValid()
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert dark_pixels(image) > 300
    # and as the app shows box drawings
    shown = render_drawing_image(Drawing(svg), QSize(200, 200))
    assert shown is not None and dark_pixels(shown) > 300


def test_symbol_sheet(qtbot: QtBot, screenshot_dir: Path) -> None:
    lib = symbol_library()
    cell, cols = 110, 6
    rows = (len(lib) + cols - 1) // cols
    sheet = QImage(cols * cell, rows * (cell + 22), QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    for k, (sid, symbol) in enumerate(lib.items()):
        image = render_drawing_image(Drawing(symbol_svg(symbol)), QSize(80, 80))
        assert image is not None and dark_pixels(image) > 20, sid
        x, y = (k % cols) * cell, (k // cols) * (cell + 22)
        painter.drawImage(x + 15, y + 10, image)
        painter.drawText(x, y + 92, cell, 30, Qt.AlignmentFlag.AlignHCenter, sid)
    painter.end()
    sheet.save(str(screenshot_dir / "tulip_symbols.png"))


# -- mouse ---------------------------------------------------------------------------------------


def test_drag_exit_arrow_from_straight_to_right(editor: TulipEditor, qtbot: QtBot) -> None:
    canvas = editor.canvas
    assert canvas.tulip().exit.angle_deg == 0.0
    seen: list[Tulip] = []
    editor.changed.connect(seen.append)
    drag(canvas, canvas.tulip().exit_tip(), (90.0, 51.0))
    assert canvas.tulip().exit.angle_deg == pytest.approx(90.0)  # snapped to 5°
    assert seen and seen[-1] == canvas.tulip()
    assert canvas.selection() == ("exit", 0)


def test_click_ring_adds_road_then_change_type_and_delete(
    editor: TulipEditor, qtbot: QtBot
) -> None:
    canvas = editor.canvas
    with qtbot.waitSignal(editor.changed) as blocker:
        click(canvas, (12.0, 51.0))  # on the ring, to the left
    assert [r.angle_deg for r in canvas.tulip().others] == [-90.0]
    assert blocker.args == [canvas.tulip()]
    assert canvas.selection() == ("other", 0)
    # the type combo acts on the selected road
    combo = editor.type_combo
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData(RoadType.OFF_PISTE))
    combo.activated.emit(combo.currentIndex())
    assert canvas.tulip().others[0].type is RoadType.OFF_PISTE
    # Delete key removes it
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.tulip().others == ()
    assert canvas.selection() is None


def test_entry_type_combo(editor: TulipEditor) -> None:
    combo = editor.entry_combo
    combo.setCurrentIndex(combo.findData(RoadType.TARMAC))
    combo.activated.emit(combo.currentIndex())
    assert editor.tulip().entry is RoadType.TARMAC


def test_place_symbol_from_palette_and_drag_it(editor: TulipEditor, qtbot: QtBot) -> None:
    canvas = editor.canvas
    row = list(symbol_library()).index("well")
    item = editor.symbol_list.item(row)
    editor.symbol_list.setCurrentItem(item)
    editor.symbol_list.itemClicked.emit(item)
    assert canvas.tool() == "symbol"
    click(canvas, (80.0, 80.0))
    placed = canvas.tulip().symbols
    assert len(placed) == 1 and placed[0].symbol_id == "well"
    assert (placed[0].x, placed[0].y) == (
        pytest.approx(80.0, abs=0.5),
        pytest.approx(80.0, abs=0.5),
    )
    assert canvas.tool() == "select" and editor.tool_buttons["select"].isChecked()
    drag(canvas, (80.0, 80.0), (70.0, 20.0))
    s = canvas.tulip().symbols[0]
    assert (s.x, s.y) == (pytest.approx(70.0, abs=0.5), pytest.approx(20.0, abs=0.5))


def test_add_text_with_text_tool(editor: TulipEditor, qtbot: QtBot) -> None:
    canvas = editor.canvas
    editor.tool_buttons["text"].click()
    assert canvas.tool() == "text"
    click(canvas, (25.0, 92.0))
    edit = canvas.text_edit()
    assert edit.isVisible()
    QTest.keyClicks(edit, "km 12 Piste")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.isVisible()
    texts = canvas.tulip().texts
    assert [t.text for t in texts] == ["km 12 Piste"]
    assert texts[0].x == pytest.approx(25.0, abs=0.5)


# -- keyboard ------------------------------------------------------------------------------------


def test_keyboard_only_editing(editor: TulipEditor, qtbot: QtBot) -> None:
    canvas = editor.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert canvas.selection() == ("exit", 0)
    for _ in range(9):
        QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.tulip().exit.angle_deg == 45.0
    QTest.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.tulip().exit.angle_deg == 44.0
    QTest.keyClick(canvas, Qt.Key.Key_Insert)
    assert len(canvas.tulip().others) == 1 and canvas.selection() == ("other", 0)
    # a symbol placed from the palette with Enter, then moved with the arrows
    editor.symbol_list.setFocus()
    editor.symbol_list.setCurrentRow(0)
    QTest.keyClick(editor.symbol_list, Qt.Key.Key_Return)
    assert len(canvas.tulip().symbols) == 1 and canvas.hasFocus()
    x0 = canvas.tulip().symbols[0].x
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.tulip().symbols[0].x == pytest.approx(x0 + 5.0)
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.tulip().symbols[0].scale == pytest.approx(1.1)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert canvas.tulip().symbols == ()


# -- dialog --------------------------------------------------------------------------------------


def test_dialog_returns_edited_tulip_and_cancel_returns_original(qtbot: QtBot) -> None:
    original = Tulip(exit=Road(-45.0))
    dialog = TulipEditorDialog(original)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.editor.canvas
    drag(canvas, canvas.tulip().exit_tip(), (90.0, 50.0))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    result = dialog.tulip()
    assert result is not None and result.exit.angle_deg == 90.0

    cancelled = TulipEditorDialog(original)
    qtbot.addWidget(cancelled)
    cancelled.show()
    qtbot.waitExposed(cancelled)
    c2 = cancelled.editor.canvas
    drag(c2, c2.tulip().exit_tip(), (90.0, 50.0))
    assert c2.tulip() != original
    cancelled.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert cancelled.tulip() == original

    none_dialog = TulipEditorDialog(None)
    qtbot.addWidget(none_dialog)
    none_dialog.reject()
    assert none_dialog.tulip() is None


def test_return_in_text_edit_does_not_close_the_dialog(qtbot: QtBot) -> None:
    dialog = TulipEditorDialog(Tulip())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.editor.canvas
    canvas.begin_text(50.0, 20.0)
    QTest.keyClicks(canvas.text_edit(), "CP 3")
    QTest.keyClick(canvas.text_edit(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert [t.text for t in canvas.tulip().texts] == ["CP 3"]


def test_auto_from_route_keeps_symbols_and_texts(qtbot: QtBot) -> None:
    mine = Tulip(symbols=(PlacedSymbol("well", 80, 80),), texts=(TulipText("x", 20, 90, 10),))
    suggestion = Tulip(exit=Road(60.0), others=(Road(-90.0),))
    dialog = TulipEditorDialog(mine, route_suggestion=suggestion)
    qtbot.addWidget(dialog)
    assert dialog.auto_button is not None
    dialog.auto_button.click()
    t = dialog.editor.tulip()
    assert t.exit.angle_deg == 60.0 and t.others == suggestion.others
    assert t.symbols == mine.symbols and t.texts == mine.texts
    assert TulipEditorDialog(mine).auto_button is None


def test_dialog_screenshot(qtbot: QtBot, screenshot_dir: Path) -> None:
    dialog = TulipEditorDialog(rich_tulip(), route_suggestion=rich_tulip())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.editor.canvas.select(("other", 0))
    dialog.grab().save(str(screenshot_dir / "tulip_editor.png"))
    # the canvas shows the tulip (not a blank square) and the drawing reopens for editing
    assert dark_pixels(dialog.editor.canvas.grab().toImage()) > 500
    assert tulip_from_svg(dialog.tulip().to_svg() if dialog.tulip() else "") == rich_tulip()

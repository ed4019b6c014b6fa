"""The symbol library as the crew sees it: each symbol drawn inside its box, all different,
a tulip using them all, the sheet at print sizes, and the editor's palette by day and night."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from navapp.core.model import Drawing
from navapp.core.tulip import PlacedSymbol, Tulip, symbol_library, symbol_svg
from navapp.core.tulip_symbols import CATEGORIES
from navapp.gui.common.drawing import render_drawing_image
from navapp.gui.common.night import theme_controller
from navapp.gui.editor.tulip.dialog import TulipEditor, TulipEditorDialog
from navapp.gui.editor.tulip.palette import ALL, category_name

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def render(sid: str, px: int) -> QImage:
    """The symbol straight through QtSvg on transparent paper."""
    renderer = QSvgRenderer(QByteArray(symbol_svg(symbol_library()[sid]).encode()))
    assert renderer.isValid(), sid
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def ink(image: QImage) -> list[tuple[int, int]]:
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 40
    ]


@pytest.mark.parametrize("px", [24, 48])
def test_every_symbol_has_ink_and_none_on_the_edge_of_its_box(qtbot: QtBot, px: int) -> None:
    for sid in symbol_library():
        dots = ink(render(sid, px))
        assert len(dots) >= px, sid  # something to see
        edge = [(x, y) for x, y in dots if x in (0, px - 1) or y in (0, px - 1)]
        assert not edge, (sid, edge[:5])


def test_no_two_symbols_look_alike(qtbot: QtBot) -> None:
    images = {sid: render(sid, 32) for sid in symbol_library()}
    masks = {sid: {(x, y) for x, y in ink(image)} for sid, image in images.items()}
    sids = list(masks)
    for i, a in enumerate(sids):
        for b in sids[i + 1 :]:
            differ = len(masks[a] ^ masks[b])
            # more than a sliver apart: a tenth of the smaller symbol's ink at least
            assert differ > 0.1 * min(len(masks[a]), len(masks[b])), (a, b)


def test_tulip_with_every_symbol_renders(qtbot: QtBot) -> None:
    ids = list(symbol_library())
    for start in range(0, len(ids), 40):
        chunk = ids[start : start + 40]
        t = Tulip(
            symbols=tuple(
                PlacedSymbol(sid, 5 + (k % 10) * 10, 10 + (k // 10) * 20)
                for k, sid in enumerate(chunk)
            )
        )
        image = render_drawing_image(t.to_drawing(), QSize(400, 400))
        assert image is not None
        # each symbol's cell of the drawing has ink of its own
        for k in range(len(chunk)):
            cx, cy = (5 + (k % 10) * 10) * 4, (10 + (k // 10) * 20) * 4
            cell = image.copy(QRect(cx - 18, cy - 18, 36, 36))
            dark = sum(
                1
                for y in range(cell.height())
                for x in range(cell.width())
                if cell.pixelColor(x, y).lightness() < 128
            )
            assert dark > 10, chunk[k]


@pytest.mark.parametrize("px", [24, 48])
def test_symbol_sheet_at_print_sizes(qtbot: QtBot, screenshot_dir: Path, px: int) -> None:
    """All symbols with their labels, by category, at the size a tulip prints them."""
    cols, cell_w, cell_h = 10, max(100, px + 52), px + 30
    lib = symbol_library()
    rows: list[tuple[str, list[str]]] = []
    for key in CATEGORIES:
        ids = [s.id for s in lib.values() if s.category == key]
        for start in range(0, len(ids), cols):
            rows.append((key if start == 0 else "", ids[start : start + cols]))
    head = 18
    sheet = QImage(cols * cell_w, len(rows) * (cell_h + head), QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for r, (key, ids) in enumerate(rows):
        y = r * (cell_h + head)
        if key:
            painter.drawText(4, y + 13, category_name(key))
        for c, sid in enumerate(ids):
            image = render_drawing_image(Drawing(symbol_svg(lib[sid])), QSize(px, px))
            assert image is not None
            x = c * cell_w
            painter.drawImage(x + (cell_w - px) // 2, y + head, image)
            painter.drawText(
                QRect(x, y + head + px + 2, cell_w, 14),
                Qt.AlignmentFlag.AlignHCenter,
                lib[sid].label,
            )
    painter.end()
    sheet.save(str(screenshot_dir / f"tulip_symbol_sheet_{px}px.png"))


# -- the palette ---------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot) -> TulipEditor:
    w = TulipEditor(Tulip())
    qtbot.addWidget(w)
    w.resize(1000, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_palette_shows_every_symbol_with_its_label_as_tooltip(editor: TulipEditor) -> None:
    palette = editor.symbol_palette
    lib = symbol_library()
    assert palette.visible_ids() == list(lib)
    for i in range(editor.symbol_list.count()):
        item = editor.symbol_list.item(i)
        symbol = lib[item.data(Qt.ItemDataRole.UserRole)]
        assert item.toolTip() == item.text() == symbol.label
        assert not item.icon().isNull()


def test_palette_filters_by_category_and_by_words(editor: TulipEditor, qtbot: QtBot) -> None:
    palette = editor.symbol_palette
    lib = symbol_library()
    for key in CATEGORIES:
        if key not in palette.category_buttons:
            continue
        qtbot.mouseClick(palette.category_buttons[key], Qt.MouseButton.LeftButton)
        assert palette.category() == key
        assert palette.visible_ids() == [s.id for s in lib.values() if s.category == key]
    palette.set_category(ALL)
    QTest.keyClicks(palette.filter_edit, "dune")
    assert palette.visible_ids() == ["dune", "dune_cordon", "small_dunes"]
    assert palette.empty_label.isHidden()
    palette.filter_edit.clear()
    QTest.keyClicks(palette.filter_edit, "Camel GRASS")
    assert palette.visible_ids() == ["camel_grass"]
    palette.set_category("danger")  # the filter holds within a category too
    assert palette.visible_ids() == []
    assert not palette.empty_label.isHidden()
    palette.filter_edit.clear()
    assert palette.visible_ids() == [s.id for s in lib.values() if s.category == "danger"]
    # the symbol tool with nothing chosen takes the first symbol shown
    palette.set_category("vegetation")
    editor.tool_buttons["symbol"].click()
    assert editor.canvas.tool() == "symbol"
    QTest.mouseClick(
        editor.canvas, Qt.MouseButton.LeftButton, pos=editor.canvas.widget_point(80, 20)
    )
    assert [s.symbol_id for s in editor.canvas.tulip().symbols] == ["tree"]


def icon_ink_lightness(editor: TulipEditor, row: int) -> float:
    """The mean lightness of the opaque ink of a palette icon."""
    pix = editor.symbol_list.item(row).icon().pixmap(QSize(48, 48)).toImage()
    colours = [
        pix.pixelColor(x, y)
        for y in range(pix.height())
        for x in range(pix.width())
        if pix.pixelColor(x, y).alpha() > 200 and pix.pixelColor(x, y).lightness() != 255
    ]
    assert colours
    return sum(c.lightness() for c in colours) / len(colours)


def test_palette_icons_follow_the_theme_while_open(editor: TulipEditor) -> None:
    row = list(symbol_library()).index("well")
    assert icon_ink_lightness(editor, row) < 128
    theme_controller().set_theme("night")
    try:
        assert icon_ink_lightness(editor, row) > 128
    finally:
        theme_controller().set_theme("day")
    assert icon_ink_lightness(editor, row) < 128


@pytest.mark.parametrize("theme", ["day", "night"])
@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_palette_screens(
    qtbot: QtBot, screenshot_dir: Path, theme: str, size: tuple[int, int]
) -> None:
    theme_controller().set_theme(theme)
    try:
        dialog = TulipEditorDialog(Tulip())
        qtbot.addWidget(dialog)
        dialog.resize(*size)
        dialog.show()
        qtbot.waitExposed(dialog)
        palette = dialog.editor.symbol_palette
        # the whole palette lies inside the window: nothing cut off
        top_left = palette.mapTo(dialog, palette.rect().topLeft())
        assert dialog.rect().contains(QRect(top_left, palette.size()))
        assert palette.list.height() > 2 * 98  # rows of symbols to pick from
        bar = palette.list.verticalScrollBar()
        if size[1] <= 600:
            assert bar.maximum() > 0  # the rest scrolls into view
        else:  # a wide screen gives more columns
            qtbot.waitUntil(
                lambda: (
                    palette.list.visualItemRect(palette.list.item(3)).top()
                    == palette.list.visualItemRect(palette.list.item(0)).top()
                )
            )
        palette.list.scrollToItem(palette.list.item(palette.list.count() - 1))
        last = palette.list.visualItemRect(palette.list.item(palette.list.count() - 1))
        assert palette.list.viewport().rect().contains(last.center())
        palette.list.scrollToTop()
        # icons in the theme's ink: dark by day, light at night
        mean = icon_ink_lightness(dialog.editor, 0)
        assert (mean > 128) if theme == "night" else (mean < 128)
        dialog.grab().save(str(screenshot_dir / f"tulip_palette_{size[0]}x{size[1]}_{theme}.png"))
    finally:
        theme_controller().set_theme("day")

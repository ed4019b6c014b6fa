"""Readable at arm's length: the rendered size of every text in the box strip.

At 1024×600 nothing in the strip is drawn below 14 px: not the row texts, not the words inside a
notes drawing once it is scaled into its box. A notes drawing whose words would be smaller gets
more room, or its words are shown as text. Larger views scale the minimum with their fonts.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.core.model import Box, Drawing, Roadbook
from navapp.gui.common.drawing_text import NO_TEXT, default_font_size, drawing_text
from navapp.gui.drive import DriveOptions, DriveView
from navapp.gui.drive.boxes import DrawingCache
from navapp.io.registry import read_roadbook
from tests.builders import roadbook
from tests.unit.gui.drive.states import demo_roadbook, nav_state
from tests.unit.gui.drive.strip_text import ShownText, strip_texts, too_small

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

MIN_PX = 14.0  # at the 1024×600 reference


def _view(
    qtbot: QtBot,
    rb: Roadbook,
    size: QSize,
    options: DriveOptions | None = None,
    touch: bool = True,
) -> DriveView:
    view = DriveView(rb, options)
    view.set_touch_controls(touch)
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _show(view: DriveView, box: int) -> list[ShownText]:
    rb = view.roadbook()
    view.set_state(nav_state(rb, box, rb.boxes[box - 1].total_km + 0.05), animate=False)
    QApplication.processEvents()
    return strip_texts(view)


def _notes_words_shown(view: DriveView, shown: list[ShownText]) -> list[str]:
    """Words of the notes drawings on screen that are neither in a readable picture nor text
    (spacing and case aside: "CP1" in a drawing is the "CP 1" of the waypoint label)."""
    missing = []
    for n, row in enumerate(view.boxes.rows):
        box = row.box()
        if box is None or box.notes is None or row.is_masked():
            continue
        where = f"row {n}"
        pictured = {s.text for s in shown if s.where == where and s.part == "notes drawing"}
        written = "".join(s.text for s in shown if s.where == where and s.part == "text")
        written = "".join(written.split()).casefold()
        for line in drawing_text(box.notes, QSize(512, 256)).lines:
            if line not in pictured and "".join(line.split()).casefold() not in written:
                missing.append(f"{where}: {line}")
    return missing


# -- the words in a drawing ------------------------------------------------------------------


def test_drawing_text_sizes_follow_the_svg(qtbot: QtBot) -> None:
    svg = (
        '<svg viewBox="0 0 100 50">'
        '<text font-size="10">ten</text>'
        '<g transform="scale(2)" font-size="6"><text>twelve <tspan font-size="150%">'
        "eighteen</tspan> again</text></g>"
        '<text style="font-size: 9pt" font-size="40">twelve pt</text>'
        "<text>plain</text><text>   </text></svg>"
    )
    text = drawing_text(Drawing(svg), QSize(200, 200))  # fits at 2 px per unit
    assert text.lines == ("ten", "twelve", "eighteen", "again", "twelve pt", "plain")
    expected = [20.0, 24.0, 36.0, 24.0, 24.0, 2 * default_font_size()]
    assert text.sizes_px == pytest.approx(expected, abs=1e-6)
    assert text.smallest_px == pytest.approx(min(expected), abs=1e-6)
    assert 6.0 < default_font_size() < 20.0
    # raster pictures and broken SVG: no text known, never an error
    assert drawing_text(Drawing("data:image/png;base64,iVBORw0KGgo="), QSize(10, 10)) is NO_TEXT
    assert drawing_text(Drawing("<svg><text>open"), QSize(10, 10)) is NO_TEXT
    assert drawing_text(Drawing("<svg><path d='M0 0L9 9'/></svg>"), QSize(10, 10)) is NO_TEXT


def _dark(image: QImage, outside: QRectF | None = None) -> int:
    """How many pixels of ``image`` carry ink (outside ``outside`` when given)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = rgb.width(), rgb.height()
    pixels = np.frombuffer(rgb.constBits(), np.uint8, count=rgb.bytesPerLine() * h)
    ink = np.any(pixels.reshape(h, -1)[:, : 4 * w].reshape(h, w, 4)[:, :, :3] < 240, axis=2)
    if outside is not None and not outside.isEmpty():
        r = outside.toAlignedRect()
        ink[r.top() : r.bottom() + 1, r.left() : r.right() + 1] = False
    return int(ink.sum())


def test_the_words_and_the_rest_of_a_notes_picture_are_found(qtbot: QtBot) -> None:
    """Covering the words' areas leaves no ink but the icon, inside the rest's box."""
    words = '<text x="4" y="16" font-size="12">Cairn</text><text x="4" y="40">on right</text>'
    icon = '<circle cx="170" cy="50" r="20" fill="none" stroke="#000" stroke-width="3"/>'
    cache = DrawingCache()
    for n, (svg, has_icon) in enumerate(
        [
            (f'<svg viewBox="0 0 200 100">{words}{icon}</svg>', True),
            (f'<svg viewBox="0 0 200 100">{words}</svg>', False),
        ]
    ):
        box = Box(n + 1, 0.0, notes=Drawing(svg))
        picture = cache.get(box, "notes", None)
        text = cache.text(box)
        assert picture is not None and text.lines == ("Cairn", "on right")
        assert len(text.areas) == 2 and _dark(picture) > 0
        covered = picture.copy()
        painter = QPainter(covered)
        for area in text.areas:
            painter.fillRect(area, QColor("white"))
        painter.end()
        assert _dark(covered, outside=text.rest) == 0
        assert (_dark(covered) > 0) is has_icon and text.rest.isEmpty() is not has_icon
        if has_icon:  # the circle: 40 units across, 2.56 px a unit, a margin of 6 px
            assert text.rest.width() == pytest.approx(43 * 2.56 + 12, abs=4)


# -- the strip at 1024×600 -------------------------------------------------------------------


@pytest.mark.parametrize("touch", [True, False], ids=["touch", "keys"])
@pytest.mark.parametrize("ahead", [2, 3])
@pytest.mark.parametrize("theme", ["day", "night"])
def test_no_text_in_the_strip_below_14_px_at_1024x600(
    qtbot: QtBot, ahead: int, theme: str, touch: bool
) -> None:
    """Every box of the demo stage (notes drawings with words, and note text) in turn, with
    the touch controls narrowing the view and without them."""
    rb = demo_roadbook()
    view = _view(qtbot, rb, QSize(1024, 600), DriveOptions(boxes_ahead=ahead), touch)
    assert (view.touch.trip_column.isVisible()) is touch
    view.set_theme(theme)
    # practice modes first: masked rows, distance only
    for options in (DriveOptions(boxes_ahead=ahead, masked=True), DriveOptions(distance_only=True)):
        view.set_options(options)
        assert too_small(_show(view, 24), MIN_PX) == []
    view.set_options(DriveOptions(boxes_ahead=ahead))
    for box in range(1, len(rb.boxes) + 1):
        shown = _show(view, box)
        assert {s.part for s in shown} >= {"label", "text"}
        assert too_small(shown, MIN_PX) == [], f"box {box}"
        assert _notes_words_shown(view, shown) == [], f"box {box}"
        # boxes ahead may lose their last lines; the current box shows all of its text
        assert [s for s in shown if s.where == "row 0" and s.clipped] == [], f"box {box}"
    # the boxes with both a notes drawing and note text show both, the drawing as a picture
    shown = _show(view, 24)
    current = [s for s in shown if s.where == "row 0"]
    assert {"Enter dunes", "Off-piste ⇒ CAP 117"} <= {
        s.text for s in current if s.part == "notes drawing"
    }
    assert any("Enter dunes" in s.text for s in current if s.part == "text")
    # balanced: the current box's CAP and tulip are not smaller than those of the boxes ahead
    cap = {s.where: s.px for s in shown if s.text.startswith("C.")}
    assert cap["row 0"] >= cap["row 1"] >= 0.28 * view.boxes.rows[1].height() - 2
    tulips = [r._tulip_target.height() for r in view.boxes.rows]
    assert tulips[0] >= max(tulips[1:]) - 0.01


@pytest.mark.parametrize(
    ("file", "box"),
    [
        ("openrally_v0.3-DRAFT_example.gpx", 1),  # "Massive Erosion", no size, no viewBox
        ("openrally_v1.0.3_example.gpx", 20),  # "SVG Example"
        ("openrally_v1.0.3_example.gpx", 19),  # a raster note: no words known
        ("openrally_v1.0-cc-DRAFT_example.gpx", 8),
    ],
)
@pytest.mark.parametrize("note", ["", "Keep left of the erosion, deep ruts"])
@pytest.mark.parametrize("touch", [True, False], ids=["touch", "keys"])
def test_real_notes_drawings_are_readable(
    qtbot: QtBot, data_dir: Path, file: str, box: int, note: str, touch: bool
) -> None:
    rb = read_roadbook(data_dir / file)
    boxes = list(rb.boxes)
    boxes[box - 1] = replace(boxes[box - 1], notes_text=note)
    rb = replace(rb, boxes=tuple(boxes))
    view = _view(qtbot, rb, QSize(1024, 600), touch=touch)
    shown = _show(view, box)
    assert too_small(shown, MIN_PX) == []
    assert _notes_words_shown(view, shown) == []
    if note:
        assert any(note.split()[0] in s.text for s in shown if s.where == "row 0")


def test_a_notes_drawing_that_cannot_get_the_room_is_written_out(qtbot: QtBot) -> None:
    """Small words spread over a wide drawing: no row can give it the room, so its words are
    written under the note text, large, and only the rest of the picture (a line) is shown."""
    svg = (
        '<svg viewBox="0 0 1000 500"><path d="M0 250 L1000 250" stroke="#000" stroke-width="8"/>'
        '<text x="10" y="40" font-size="12">Soft sand</text>'
        '<text x="600" y="480" font-size="12">Camel grass</text></svg>'
    )
    rb = roadbook(
        [
            Box(0, 0.0, cap=90),
            Box(0, 1.0, cap=95, notes=Drawing(svg), notes_text="Keep left"),
            Box(0, 2.0, cap=100, notes=Drawing(svg)),
            Box(0, 3.0, cap=100),
        ]
    )
    view = _view(qtbot, rb, QSize(1024, 600))
    shown = _show(view, 2)
    assert too_small(shown, MIN_PX) == []
    assert _notes_words_shown(view, shown) == []
    current, ahead, _ = view.boxes.rows
    assert current.shows_notes_as_text() and ahead.shows_notes_as_text()
    assert current.texts()["notes"] == "Keep left\nSoft sand\nCamel grass"
    assert ahead.texts()["notes"] == "Soft sand\nCamel grass"
    assert not any(s.part == "notes drawing" for s in shown)
    # with drawings hidden (distance-only practice) nothing of the notes shows
    view.set_options(DriveOptions(distance_only=True))
    assert current.texts()["notes"] == "" and not current.shows_notes_as_text()


@pytest.mark.parametrize("touch", [True, False], ids=["touch", "keys"])
def test_the_minimum_scales_with_the_view(qtbot: QtBot, touch: bool) -> None:
    """14 px times the view's scale, never less than 14 px: at 1920×1080 the scale is 1.8 by
    height, less when the touch controls leave the view too little width for that."""
    rb = demo_roadbook()
    view = _view(qtbot, rb, QSize(1920, 1080), touch=touch)
    scale = view.scale()
    assert scale == pytest.approx(1.8, abs=0.01) if not touch else 1.5 < scale <= 1.8
    least = MIN_PX * max(1.0, scale)
    for box in (1, 11, 24, 25, 32):
        shown = _show(view, box)
        assert too_small(shown, least) == [], f"box {box}"
        assert _notes_words_shown(view, shown) == [], f"box {box}"

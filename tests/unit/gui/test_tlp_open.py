"""A Tulip .tlp roadbook opens in the editor (unsaved: Save never writes over it) and drives."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from navapp.gui.common.drawing import render_drawing_image
from navapp.gui.drive import DriveView
from navapp.gui.editor import EditorWindow
from navapp.io.registry import read_roadbook
from tests.unit.gui.drive.states import nav_state

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def test_tlp_opens_in_the_editor_unsaved(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, screenshot_dir: Path
) -> None:
    src = data_dir / "tulip_schema2_documented.tlp"
    before = src.read_bytes()
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *_a: "discard")
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_path(src)
    assert len(w.roadbook().boxes) == 5
    # Another app's file is not the roadbook's file: Save would ask where, never overwrite it.
    assert w.path() == ""
    assert w.grab().save(str(screenshot_dir / "tlp_editor.png"))
    assert src.read_bytes() == before


def test_tlp_drives_and_its_tulips_render(
    qtbot: QtBot, data_dir: Path, screenshot_dir: Path
) -> None:
    rb = read_roadbook(data_dir / "tulip_schema2_documented.tlp")
    view = DriveView(rb)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_state(nav_state(rb, 2, 1.9), animate=False)
    assert view.boxes.rows[0].texts()["total"] == "2.00"
    assert view.boxes.rows[0].texts()["waypoint"] == "WPM 2"
    assert view.grab().save(str(screenshot_dir / "tlp_drive.png"))

    # Every box's tulip renders (vector tulips and the one kept as SVG), side by side.
    cell = 200
    sheet = QImage(cell * len(rb.boxes), cell, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("white"))
    images = []
    for box in rb.boxes:
        assert box.tulip is not None
        image = render_drawing_image(box.tulip, QSize(cell, cell))
        assert image is not None, f"box {box.index}"
        inked = sum(
            1
            for x in range(0, cell, 4)
            for y in range(0, cell, 4)
            if QColor(image.pixel(x, y)).alpha() > 0 and QColor(image.pixel(x, y)).lightness() < 200
        )
        assert inked > 40, f"box {box.index} tulip draws almost nothing"
        images.append(image)
    painter = QPainter(sheet)
    for i, image in enumerate(images):
        painter.drawImage(i * cell, 0, image)
    painter.end()
    assert sheet.save(str(screenshot_dir / "tlp_tulips.png"))

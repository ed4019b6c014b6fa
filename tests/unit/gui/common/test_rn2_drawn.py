"""Tulips read from .rn2 files draw as navapp draws its own: a sheet of Rally Navigator's
geometry (plotted straight from the file) beside navapp's rendering of each box."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook
from navapp.core.tulip import road_point, tulip_from_drawing
from navapp.gui.common.drawing import render_drawing_image
from navapp.io.rn2 import read_rn2
from tests.unit.gui.editor.tulip.test_dialog import dark_pixels
from tests.unit.io.test_rn2 import MINIMAL, _stage_doc

CELL = 200


def _plot_rn2(painter: QPainter, w: dict[str, Any], x0: int, y0: int) -> None:
    """Rally Navigator's elements as straight polylines on its 200×130 canvas."""
    painter.setPen(QPen(QColor("#bbb"), 1))
    painter.drawRect(x0, y0, 200, 130)
    elements = w.get("tulip", {}).get("elements", [])
    track = next((e for e in elements if e["type"] == "Track"), {})
    c = track.get("roadOut", {}).get("start", {"x": 99.5, "y": 84})

    def line(points: list[dict[str, float]], colour: str, width: float, rel: bool = True) -> None:
        painter.setPen(QPen(QColor(colour), width))
        ox, oy = (x0 + c["x"], y0 + c["y"]) if rel else (x0, y0)
        pts = [QPointF(ox + p["x"], oy + p["y"]) for p in points]
        for a, b in itertools.pairwise(pts):
            painter.drawLine(a, b)

    for e in elements:
        if e["type"] == "Line":
            line([{"x": s[1], "y": s[2]} for s in e["path"]], "#6a6", 2, rel=False)
        elif e["type"] == "Road":
            line([e["start"], *e.get("handles", []), e["end"]], "#666", 3)
    for road in ("roadIn", "roadOut"):
        r = track.get(road, {})
        if "end" in r:
            line([{"x": 0, "y": 0}, *r.get("handles", []), r["end"]], "#00c", 4)


def test_rn2_tulips_sheet(qtbot: QtBot, screenshot_dir: Path, tmp_path: Path) -> None:
    stage = tmp_path / "stage.rn2"
    stage.write_text(json.dumps(_stage_doc()), encoding="utf-8")
    rows: list[tuple[dict[str, Any], Roadbook, int]] = []
    for path in (MINIMAL, stage):
        doc = json.loads(path.read_text(encoding="utf-8"))
        shown = [w for w in doc["route"]["waypoints"] if w["show"]]
        rb = read_rn2(path)
        rows += [(w, rb, i) for i, w in enumerate(shown)]
    sheet = QImage(
        2 * CELL + 40, len(rows) * (CELL + 10), QImage.Format.Format_ARGB32_Premultiplied
    )
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    for k, (w, rb, i) in enumerate(rows):
        y = k * (CELL + 10)
        _plot_rn2(painter, w, 0, y + 35)
        box = rb.boxes[i]
        assert box.tulip is not None
        image = render_drawing_image(box.tulip, QSize(CELL, CELL))
        assert image is not None and dark_pixels(image) > 150
        # the exit arrow's tip is inked where the model puts it
        tulip = tulip_from_drawing(box.tulip)
        assert tulip is not None
        tx, ty = road_point(tulip.exit.angle_deg, 40.0 * tulip.exit.length - 2.0)
        tip = image.pixelColor(round(tx * CELL / 100), round(ty * CELL / 100))
        assert tip.lightness() < 100, (k, tulip.exit)
        painter.drawImage(CELL + 40, y, image)
        painter.setPen(QColor("black"))
        painter.drawText(0, y, CELL, 30, Qt.AlignmentFlag.AlignLeft, f"{rb.name} box {box.index}")
    painter.end()
    sheet.save(str(screenshot_dir / "rn2_tulips.png"))


@pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
def test_rn2_tulip_opens_in_the_tulip_editor(
    qtbot: QtBot, screenshot_dir: Path, tmp_path: Path
) -> None:
    from navapp.gui.editor.tulip.dialog import TulipEditorDialog

    stage = tmp_path / "stage.rn2"
    stage.write_text(json.dumps(_stage_doc()), encoding="utf-8")
    tulip = tulip_from_drawing(read_rn2(stage).boxes[1].tulip)
    assert tulip is not None
    dialog = TulipEditorDialog(tulip)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(screenshot_dir / "rn2_tulip_editor.png"))
    assert dark_pixels(dialog.editor.canvas.grab().toImage()) > 300
    # unedited, the editor gives back the very tulip read from the file
    assert dialog.tulip() == tulip

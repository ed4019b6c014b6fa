"""Measure every text the box strip shows, in rendered pixels, as the co-driver sees it.

Header labels are measured from their fonts. A row is painted while its painter records each
``drawText`` (font pixel size times the painter's scale), each ``drawImage`` and each
``fillRect``; the text in a tulip or notes picture is measured as the drawing's font size in the
rendered picture times the scale at which that picture is painted into the row, unless a fill
painted over the picture covers the words.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontInfo, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QWidget

from navapp.gui.common.drawing_text import drawing_text
from navapp.gui.drive import DriveView
from navapp.gui.drive.boxes import NOTES_RENDER, TULIP_RENDER


@dataclass(frozen=True)
class ShownText:
    """One text on screen: where it is, what it is, and its height in pixels."""

    where: str  # "header" or "row N" (N = 0 for the current box)
    part: str  # "label", "text", "tulip drawing" or "notes drawing"
    text: str
    px: float
    clipped: bool = False  # a text cut to its rectangle, not all of it visible


class _RecordingPainter(QPainter):
    texts: ClassVar[list[tuple[str, float, bool]]] = []
    images: ClassVar[list[tuple[QRectF, QImage, QRectF]]] = []
    fills: ClassVar[list[QRectF]] = []

    def drawText(self, *args: Any) -> None:
        text = next((a for a in args if isinstance(a, str)), "")
        font = self.font()
        px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
        t = self.worldTransform()
        scale = math.sqrt(abs(t.m11() * t.m22() - t.m12() * t.m21()))
        clipped = False
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[1], int):
            # a text in a rectangle is cut to it: does all of it fit?
            needed = QFontMetricsF(font).boundingRect(args[0], args[1], text)
            clipped = needed.height() > args[0].height() + 0.5
        if text.strip():
            _RecordingPainter.texts.append((text, px * scale, clipped))
        super().drawText(*args)

    def fillRect(self, *args: Any) -> None:
        if isinstance(args[0], QRectF):
            _RecordingPainter.fills.append(QRectF(args[0]))
        super().fillRect(*args)

    def drawImage(self, *args: Any) -> None:
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[1], QImage):
            _RecordingPainter.images.append((QRectF(args[0]), args[1], QRectF(args[2])))
        super().drawImage(*args)


@contextmanager
def _recording(widget: QWidget) -> Iterator[None]:
    module = sys.modules[type(widget).__module__]
    real = module.QPainter  # type: ignore[attr-defined]
    _RecordingPainter.texts = []
    _RecordingPainter.images = []
    _RecordingPainter.fills = []
    module.QPainter = _RecordingPainter  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module.QPainter = real  # type: ignore[attr-defined]


def strip_texts(view: DriveView) -> list[ShownText]:
    """Every text of ``view``'s box strip as it is painted now."""
    strip = view.boxes
    shown = [
        ShownText("header", "label", label.text(), QFontInfo(label.font()).pixelSize())
        for label in (strip.next_caption, strip.next_label, strip.auto_off_badge)
        if label.isVisible() and label.text().strip()
    ]
    tint = view.theme().drawing_tint
    for n, row in enumerate(strip.rows):
        if not row.isVisible():
            continue
        with _recording(row):
            row.grab()
        where = f"row {n}"
        shown += [ShownText(where, "text", t, px, cut) for t, px, cut in _RecordingPainter.texts]
        box = row.box()
        if box is None:
            continue
        for target, image, source in _RecordingPainter.images:
            for kind, drawing, size in (
                ("tulip", box.tulip, TULIP_RENDER),
                ("notes", box.notes, NOTES_RENDER),
            ):
                cached = strip.drawing_cache.get(box, kind, tint)
                if drawing is None or cached is None or cached.cacheKey() != image.cacheKey():
                    continue
                painted = target.width() / source.width()
                text = drawing_text(drawing, QSize(size))
                # where the words are in the picture as painted (notes pictures are cut)
                placed = strip.drawing_cache.text(box).areas if kind == "notes" else text.areas
                for line, px, area in zip(text.lines, text.sizes_px, placed, strict=True):
                    if not area.intersects(source):
                        continue  # that part of the picture is not painted
                    on_screen = QRectF(
                        target.x() + (area.x() - source.x()) * painted,
                        target.y() + (area.y() - source.y()) * painted,
                        area.width() * painted,
                        area.height() * painted,
                    ).intersected(target)
                    if not any(f.contains(on_screen) for f in _RecordingPainter.fills):
                        shown.append(ShownText(where, f"{kind} drawing", line, px * painted))
    return shown


def too_small(shown: list[ShownText], min_px: float) -> list[ShownText]:
    """The texts below ``min_px`` (a little rounding allowed)."""
    return [s for s in shown if s.px < min_px - 0.01]


def _report() -> None:
    """Print the smallest text of each part of the strip, demo stage and tests/data notes."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from navapp.core.model import Roadbook
    from navapp.io.registry import read_roadbook
    from tests.conftest import DATA
    from tests.unit.gui.drive.states import demo_roadbook, nav_state

    app = QApplication.instance() or QApplication([])

    def smallest(rb: Roadbook, boxes: list[int], size: QSize) -> None:
        view = DriveView(rb)
        view.resize(size)
        view.show()
        low: dict[tuple[str, str], ShownText] = {}
        for b in boxes:
            view.set_state(nav_state(rb, b, rb.boxes[b - 1].total_km + 0.05), animate=False)
            app.processEvents()
            for s in strip_texts(view):
                key = (s.where, s.part)
                if key not in low or s.px < low[key].px:
                    low[key] = replace(s, text=f"box {b}: {s.text[:32]!r}")
        view.close()
        for (where, part), s in sorted(low.items()):
            print(f"  {where:7} {part:14} {s.px:5.1f} px  {s.text}")

    rb = demo_roadbook()
    for size in (QSize(1024, 600), QSize(1920, 1080)):
        print(f"demo stage, every box current, {size.width()}x{size.height()}:")
        smallest(rb, list(range(1, len(rb.boxes) + 1)), size)
    for name, box in (
        ("openrally_v0.3-DRAFT_example.gpx", 1),
        ("openrally_v1.0.3_example.gpx", 20),
        ("openrally_v1.0-cc-DRAFT_example.gpx", 8),
    ):
        rb = read_roadbook(DATA / name)
        boxes = list(rb.boxes)
        boxes[box - 1] = replace(boxes[box - 1], notes_text="Keep left of the erosion, deep ruts")
        print(f"{name} box {box}, with a note text added, 1024x600:")
        smallest(replace(rb, boxes=tuple(boxes)), [box], QSize(1024, 600))


if __name__ == "__main__":
    _report()

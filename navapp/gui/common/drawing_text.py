"""The words a roadbook drawing holds and how big they are drawn.

Notes drawings often carry words ("Hole behind crest", "WPM 2"). Shrunk into a box they become
too small to read at arm's length, so the box strip sizes a notes picture from its smallest
text, or shows those words as text when the picture cannot get that room. Only SVG text is
known; words painted into a raster picture are not.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QTransform
from PySide6.QtSvg import QSvgRenderer

from navapp.core.model import Drawing, DrawingKind
from navapp.gui.common.drawing import MAX_DRAWING_CHARS, quiet_svg_warnings, sanitize_svg
from navapp.io.safexml import safe_parser

_TEXT_ELEMENTS = frozenset({"text", "tspan", "textPath"})
_STYLE_SIZE_RE = re.compile(r"font-size\s*:\s*([^;]+)", re.IGNORECASE)
_SIZE_RE = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:e[-+]?[0-9]+)?)\s*(px|pt|em|%)?\s*$", re.IGNORECASE)
_ID_PREFIX = "navapp-text-"


@dataclass(frozen=True)
class DrawingText:
    """The text lines of a drawing rendered at some size, and the pixel size of each."""

    lines: tuple[str, ...]  # in document order
    sizes_px: tuple[float, ...]  # font pixel size of each line in the rendered picture
    # where each line's text element is drawn in the rendered picture, in its pixels
    areas: tuple[QRectF, ...] = ()
    # the part of the picture that is not words (an icon, a sign; empty: words only), in its
    # pixels; set by whoever renders the picture
    rest: QRectF = field(default_factory=QRectF)

    @property
    def smallest_px(self) -> float | None:
        """The pixel size of the smallest text in the picture (None: no text)."""
        return min(self.sizes_px) if self.sizes_px else None


NO_TEXT = DrawingText((), ())


def drawing_text(drawing: Drawing, size: QSize) -> DrawingText:
    """The text of ``drawing`` as :func:`render_drawing_image` draws it into ``size``.

    Sizes follow the font sizes the SVG gives (inherited, in px, pt, em or %), the scale of the
    groups around each text and the scale that fits the drawing into ``size``. Raster drawings
    and SVG that cannot be read give :data:`NO_TEXT`. Needs a QGuiApplication; never raises.
    """
    if drawing.kind is not DrawingKind.SVG or len(drawing.text) > MAX_DRAWING_CHARS:
        return NO_TEXT
    source = sanitize_svg(drawing.text)
    if source is None:
        return NO_TEXT
    try:
        root = etree.fromstring(source, parser=safe_parser())
    except (etree.XMLSyntaxError, ValueError):
        return NO_TEXT
    found: list[tuple[str, str, float]] = []  # text element id, words, size in drawing units
    for n, (el, words) in enumerate(_text_runs(root)):
        text_el = el if etree.QName(el).localname == "text" else _enclosing_text(el)
        if text_el is None:
            continue
        if not text_el.get("id"):
            text_el.set("id", f"{_ID_PREFIX}{n}")
        found.append((str(text_el.get("id")), words, _font_size(el)))
    if not found:
        return NO_TEXT
    with quiet_svg_warnings():
        renderer = QSvgRenderer(QByteArray(etree.tostring(root)))
        if not renderer.isValid():
            return NO_TEXT
        box = renderer.viewBoxF()
        if box.isEmpty() or size.isEmpty():
            return NO_TEXT
        fit = min(size.width() / box.width(), size.height() / box.height())
        # the drawing's units to the picture's pixels, as the picture is centred in ``size``
        to_px = QTransform.fromTranslate(
            (size.width() - box.width() * fit) / 2, (size.height() - box.height() * fit) / 2
        )
        to_px.scale(fit, fit)
        to_px.translate(-box.x(), -box.y())
        lines, sizes, areas = [], [], []
        for ident, words, units in found:
            m = renderer.transformForElement(ident)
            groups = math.sqrt(abs(m.m11() * m.m22() - m.m12() * m.m21())) or 1.0
            lines.append(words)
            sizes.append(units * groups * fit)
            areas.append((m * to_px).mapRect(renderer.boundsOnElement(ident)))
    return DrawingText(tuple(lines), tuple(sizes), tuple(areas))


def _text_runs(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Each text element's words in document order (words after a child are the parent's)."""
    is_text = isinstance(root.tag, str) and etree.QName(root).localname in _TEXT_ELEMENTS
    words = " ".join((root.text or "").split())
    if is_text and words:
        yield root, words
    for child in root:
        yield from _text_runs(child)
        tail = " ".join((child.tail or "").split())
        if is_text and tail:
            yield root, tail


def _enclosing_text(el: etree._Element) -> etree._Element | None:
    for parent in el.iterancestors():
        if isinstance(parent.tag, str) and etree.QName(parent).localname == "text":
            return parent
    return None


def _font_size(el: etree._Element) -> float:
    """The font size in drawing units that applies to ``el`` (CSS inheritance)."""
    chain = [el, *el.iterancestors()]
    size = default_font_size()
    for node in reversed(chain):  # from the root down
        value = _declared_size(node)
        if value is None:
            continue
        number, unit = value
        unit = unit.lower()
        if unit == "em":
            size *= number
        elif unit == "%":
            size *= number / 100.0
        elif unit == "pt":
            size = number * 4.0 / 3.0
        else:
            size = number
    return size


def _declared_size(node: etree._Element) -> tuple[float, str] | None:
    style = node.get("style") or ""
    m = _STYLE_SIZE_RE.search(style)
    raw = m.group(1) if m else node.get("font-size")
    if raw is None:
        return None
    parsed = _SIZE_RE.match(raw)
    if parsed is None:
        return None
    number = float(parsed.group(1))
    if not math.isfinite(number) or number <= 0:
        return None
    return number, parsed.group(2) or "px"


@functools.cache
def default_font_size() -> float:
    """The font size QtSvg uses when a drawing gives none, measured once from its output."""
    heights = []
    for text in ("<svg><text>Hg</text></svg>", '<svg><text font-size="100">Hg</text></svg>'):
        with quiet_svg_warnings():
            heights.append(QSvgRenderer(QByteArray(text.encode())).viewBoxF().height())
    if heights[1] <= 0 or heights[0] <= 0:
        return 12.0
    return 100.0 * heights[0] / heights[1]

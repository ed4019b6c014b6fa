"""Render roadbook drawings (tulips, notes) to images, whatever the file put in them.

A drawing is a PNG data URL, inline SVG, or "SVG" that only wraps a PNG (not valid SVG). Drawings
come from files of unknown origin, so SVG is cleaned before Qt sees it: no DTDs or entities,
no scripts, no references to anything outside the drawing. Nothing is ever fetched. A drawing
that cannot be rendered gives ``None``; rendering never raises.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from lxml import etree
from PySide6.QtCore import (
    QByteArray,
    QMessageLogContext,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from navapp.core.model import Drawing, DrawingKind
from navapp.io.safexml import safe_parser

# Drawings beyond this are not roadbook art; refusing them bounds parse time and memory.
MAX_DRAWING_CHARS = 8_000_000

# Elements that can run code or pull in other documents; QtSvg ignores most of them, but
# dropping them first keeps the renderer's input to plain drawing.
_DROP_ELEMENTS = frozenset({"script", "foreignobject", "iframe", "object", "embed", "img", "audio"})
_LINK_ATTRS = frozenset({"href", "src"})
_URL_FN_RE = re.compile(r"url\(\s*['\"]?\s*(?!#)[^)]*\)", re.IGNORECASE)
_IMPORT_RE = re.compile(r"@import[^;]*;?", re.IGNORECASE)
# A DOCTYPE that names an outside DTD and declares nothing itself (no internal subset).
_NAMED_DTD_RE = re.compile(r"<!DOCTYPE\s[^\[\]<>]*>", re.IGNORECASE)


def render_drawing(drawing: Drawing, size: QSize) -> QPixmap | None:
    """The drawing as a pixmap of ``size``, or None when it cannot be rendered.

    The picture keeps its aspect ratio and is centred on white. Needs a QGuiApplication.
    """
    image = render_drawing_image(drawing, size)
    return QPixmap.fromImage(image) if image is not None else None


def night_copy(day: QImage, tint: QColor) -> QImage:
    """The drawing in ``tint`` ink on transparent paper: no white rectangle at night.

    The ink's darkness becomes its opacity, so anti-aliased lines stay smooth.
    """
    ink = day.convertToFormat(QImage.Format.Format_Grayscale8)
    ink.invertPixels()
    image = QImage(ink.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(tint)
    image.setAlphaChannel(ink)
    return image


def themed_drawing(drawing: Drawing, size: QSize) -> QPixmap | None:
    """The drawing as :func:`render_drawing` makes it by day; at night in the theme's ink on
    transparent paper (see :func:`night_copy`)."""
    from navapp.gui.common.night import current_theme

    tint = current_theme().drawing_tint
    image = render_drawing_image(drawing, size)
    if image is None:
        return None
    return QPixmap.fromImage(night_copy(image, QColor(tint)) if tint is not None else image)


def render_drawing_image(drawing: Drawing, size: QSize) -> QImage | None:
    """The drawing as a QImage of ``size`` (for printing and off-thread use), or None."""
    if size.isEmpty() or len(drawing.text) > MAX_DRAWING_CHARS:
        return None
    return _render(drawing, size)


def _render(drawing: Drawing, size: QSize) -> QImage | None:
    kind = drawing.kind
    if kind is DrawingKind.SVG:
        image = _render_svg(drawing.text, size)
        if image is not None:
            return image
    # PNG, SVG wrapping a PNG, unrenderable SVG that still carries a picture, or other text
    # holding a data URL: the embedded raster is the best we can show.
    data = drawing.embedded_image()
    if data is None:
        return None
    raster = QImage.fromData(data)
    if raster.isNull():
        return None
    return _paint(size, QSizeF(raster.size()), lambda p, r: p.drawImage(r, raster))


def sanitize_svg(text: str) -> bytes | None:
    """SVG source with scripts and outside references removed, or None if it is not SVG.

    Links are kept only when they point inside the drawing (``#id``) or at an embedded image
    (``data:image/…``).
    """
    head = text[:4096].upper()
    if "<!ENTITY" in head:
        return None
    if "<!DOCTYPE" in head:
        # The usual SVG 1.1 header (Inkscape, Illustrator) only names the W3C DTD: it is
        # dropped, never loaded. A DOCTYPE declaring anything itself ("[…]") is refused.
        named = _NAMED_DTD_RE.search(text[:4096])
        if named is None:
            return None
        text = text[: named.start()] + text[named.end() :]
        if "<!DOCTYPE" in text[:4096].upper():
            return None
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), parser=safe_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or etree.QName(root).localname != "svg":
        return None
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            # comments and processing instructions carry nothing to draw
            _drop(el)
            continue
        if etree.QName(el).localname.lower() in _DROP_ELEMENTS and el is not root:
            _drop(el)
            continue
        for name, value in list(el.attrib.items()):
            local = etree.QName(name).localname.lower()
            # event handlers (code) and links leaving the drawing go
            if local.startswith("on") or (local in _LINK_ATTRS and not _internal_link(value)):
                del el.attrib[name]
            elif "url(" in value.lower():
                el.attrib[name] = _URL_FN_RE.sub("none", value)
        if etree.QName(el).localname == "style" and el.text:
            el.text = _URL_FN_RE.sub("none", _IMPORT_RE.sub("", el.text))
    # A namespace-less <svg> (common in roadbook files) is read by QtSvg as SVG anyway.
    return bytes(etree.tostring(root))


def _drop(el: etree._Element) -> None:
    """Remove an element but keep the text after it (it may belong to a <text>)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _internal_link(value: str) -> bool:
    v = value.strip().lower()
    return v.startswith("#") or v.startswith("data:image/")


def _render_svg(text: str, size: QSize) -> QImage | None:
    source = sanitize_svg(text)
    if source is None:
        return None
    with quiet_svg_warnings():
        renderer = QSvgRenderer(QByteArray(source))
        if not renderer.isValid():
            return None
        box = renderer.viewBoxF()
        if box.isEmpty():
            return None
        return _paint(size, box.size(), lambda p, r: renderer.render(p, r))


def _paint(
    size: QSize, content: QSizeF, draw: Callable[[QPainter, QRectF], object]
) -> QImage | None:
    """A white image of ``size`` with ``draw(painter, rect)`` called on the centred fit."""
    if content.isEmpty():
        return None
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    fitted = content.scaled(QSizeF(size), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(
        (size.width() - fitted.width()) / 2,
        (size.height() - fitted.height()) / 2,
        fitted.width(),
        fitted.height(),
    )
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        draw(painter, target)
    finally:
        painter.end()
    return image


@contextmanager
def quiet_svg_warnings() -> Iterator[None]:
    """Drop QtSvg's complaints about a file's drawing while it is parsed and painted.

    Roadbook files are full of SVG that QtSvg only partly understands; the user cannot act on
    those messages, and a drawing that fails is already shown as missing. Every other message
    still goes to the handler that was installed before.
    """
    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or ""
        if category == "qt.svg" or category.startswith("qt.svg."):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(f"{category}: {message}\n" if category else f"{message}\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)

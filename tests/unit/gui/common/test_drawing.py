"""Rendering tulip and notes drawings: the official example's three encodings and hostile input."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from navapp.core.model import Drawing, DrawingKind
from navapp.gui.common.drawing import render_drawing, render_drawing_image, sanitize_svg

pytestmark = pytest.mark.gui

NS = {"o": "http://www.openrally.org/xmlschemas/GpxExtensions/v1.0.3"}
SIZE = QSize(100, 100)


def example_drawings(data_dir: Path) -> list[Drawing]:
    """The tulip/notes CDATA texts of the official v1.0.3 example, in document order."""
    tree = etree.parse(str(data_dir / "openrally_v1.0.3_example.gpx"))
    return [Drawing(el.text.strip()) for el in tree.xpath("//o:tulip | //o:notes", namespaces=NS)]


def colours(image: QImage) -> set[tuple[int, int, int]]:
    """The distinct RGB colours of an image, sampled on a grid."""
    seen = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            seen.add((c.red(), c.green(), c.blue()))
    return seen


def png_data_url(width: int, height: int, colour: str) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode()


def test_example_drawings_all_render(qtbot: QtBot, data_dir: Path) -> None:
    png, svg_png, svg_circle, svg_text = example_drawings(data_dir)
    assert [d.kind for d in (png, svg_png, svg_circle, svg_text)] == [
        DrawingKind.PNG,
        DrawingKind.SVG_PNG,
        DrawingKind.SVG,
        DrawingKind.SVG,
    ]
    for drawing in (png, svg_png, svg_circle, svg_text):
        pixmap = render_drawing(drawing, SIZE)
        assert pixmap is not None
        assert pixmap.size() == SIZE
        # something was drawn: not a blank white square
        assert len(colours(pixmap.toImage())) > 1


def test_png_and_svg_wrapped_png_give_the_same_picture(qtbot: QtBot, data_dir: Path) -> None:
    png, svg_png, *_ = example_drawings(data_dir)
    a = render_drawing_image(png, SIZE)
    b = render_drawing_image(svg_png, SIZE)
    assert a is not None and b is not None
    assert a == b


def test_svg_circle_is_red_and_centred(qtbot: QtBot, data_dir: Path) -> None:
    circle = example_drawings(data_dir)[2]
    image = render_drawing_image(circle, SIZE)
    assert image is not None
    centre = image.pixelColor(50, 50)
    assert (centre.red(), centre.green(), centre.blue()) == (255, 0, 0)
    # the fit keeps the circle round and leaves white corners
    assert image.pixelColor(1, 1) == QColor("white")


def test_wide_picture_keeps_aspect_ratio_centred_on_white(qtbot: QtBot) -> None:
    image = render_drawing_image(Drawing(png_data_url(200, 50, "#0000ff")), SIZE)
    assert image is not None
    # 200×50 fitted in 100×100 is 100×25, rows 37.5..62.5
    assert image.pixelColor(50, 50) == QColor("#0000ff")
    assert image.pixelColor(50, 10) == QColor("white")
    assert image.pixelColor(50, 90) == QColor("white")


def test_remote_references_are_stripped_and_never_fetched(qtbot: QtBot) -> None:
    text = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' viewBox="0 0 10 10">'
        '<image xlink:href="https://example.invalid/a.png" width="10" height="10"/>'
        '<img src="http://example.invalid/b.png"/>'
        '<use href="file:///etc/passwd"/>'
        '<rect width="10" height="10" fill="url(http://example.invalid/p#g)" onclick="x()"/>'
        '<rect width="5" height="5" fill="#00ff00"/>'
        "<style>@import url(http://example.invalid/s.css); rect { stroke: none }</style>"
        '<script>alert("x")</script>'
        "</svg>"
    )
    drawing = Drawing(text)
    assert drawing.remote_references()
    cleaned = sanitize_svg(text)
    assert cleaned is not None
    for bad in (b"example.invalid", b"file://", b"script", b"onclick", b"<img"):
        assert bad not in cleaned
    image = render_drawing_image(drawing, SIZE)
    assert image is not None
    assert image.pixelColor(10, 10) == QColor("#00ff00")


def test_v03_notes_with_remote_image_still_shows_its_text(qtbot: QtBot) -> None:
    # The v0.3-DRAFT example's notes: an image by URL next to a caption.
    text = (
        '<svg><img src="https://rallynavigator.s3.amazonaws.com/icons/x.png"/>'
        "<text>Massive Erosion</text></svg>"
    )
    image = render_drawing_image(Drawing(text), SIZE)
    assert image is not None
    assert len(colours(image)) > 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "data:image/png;base64,!!!!",
        "data:image/png;base64,aGVsbG8gd29ybGQ=",  # valid base64, not an image
        "<svg",
        "<svg><rect width='0' height='0'/></svg>",
        "<html><body>not svg</body></html>",
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<svg><text>&x;</text></svg>",
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        "<svg><text>&b;</text></svg>",
        "<svg>" + "<g>" * 5000 + "</g>" * 5000 + "</svg>",
        "<svg><rect width='10' height='10' style='fill:url(#missing)'/></svg>",
        "\x00\x01\x02<svg/>",
        "<svg>" + "x" * 9_000_000 + "</svg>",
    ],
)
def test_hostile_input_gives_none_or_an_image_and_never_raises(qtbot: QtBot, text: str) -> None:
    result = render_drawing(Drawing(text), SIZE)
    assert result is None or result.size() == SIZE


def test_empty_size_gives_none(qtbot: QtBot, data_dir: Path) -> None:
    assert render_drawing(example_drawings(data_dir)[0], QSize(0, 0)) is None


def test_sanitizing_keeps_text_around_dropped_parts(qtbot: QtBot) -> None:
    cleaned = sanitize_svg(
        "<svg><text>Deep <!-- c -->ditch<img src='http://x/'/> ahead</text></svg>"
    )
    assert cleaned == b"<svg><text>Deep ditch ahead</text></svg>"

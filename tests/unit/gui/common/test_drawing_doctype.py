"""An SVG tulip with the usual SVG 1.1 DOCTYPE header (as Inkscape writes it) is drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from navapp.core.model import Drawing
from navapp.gui.common.drawing import render_drawing, sanitize_svg
from navapp.io.openrally import read_openrally
from tests.unit.gui.common.test_drawing import colours
from tests.unit.io.test_safexml import SVG_WITH_DOCTYPE, _roadbook

pytestmark = [pytest.mark.gui]


def test_svg_with_a_named_dtd_is_drawn(qtbot: QtBot) -> None:
    rb = read_openrally("svg.gpx", _roadbook(f"<![CDATA[{SVG_WITH_DOCTYPE}]]>"))
    tulip = rb.boxes[0].tulip
    assert tulip is not None
    cleaned = sanitize_svg(tulip.text)
    assert cleaned is not None and b"DOCTYPE" not in cleaned and b"<path" in cleaned
    image = render_drawing(tulip, QSize(100, 100))
    assert image is not None and len(colours(image.toImage())) > 1


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd" [<!ATTLIST svg a CDATA "b">]>',
        '<!DOCTYPE svg PUBLIC "a" "b.dtd"><!DOCTYPE svg PUBLIC "a" "b.dtd">',
    ],
)
def test_svg_declaring_anything_in_its_doctype_is_refused(doctype: str) -> None:
    assert sanitize_svg(f'<?xml version="1.0"?>{doctype}<svg><rect/></svg>') is None
    assert render_drawing(Drawing(f"{doctype}<svg><rect/></svg>"), QSize(50, 50)) is None

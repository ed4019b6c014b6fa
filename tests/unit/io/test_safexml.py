"""Safe XML: a DOCTYPE is refused in the prolog only; bombs and outside files stay refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from navapp.io.errors import InputError
from navapp.io.kml import read_kml_roadbook
from navapp.io.openrally import NS_PREFIX, read_openrally
from navapp.io.safexml import check_prolog, parse_bytes

DATA = Path(__file__).parents[2] / "data"

SVG_WITH_DOCTYPE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"'
    ' "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    '<path d="M50 100 L50 50 L90 10" stroke="black" fill="none"/></svg>'
)


def _roadbook(tulip: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="t"\n'
        f'     xmlns:o="{NS_PREFIX}v1.0.3">\n'
        "<metadata><extensions><o:units>metric</o:units></extensions></metadata>\n"
        '<wpt lat="31.1" lon="-4.0"><extensions><o:distance>0</o:distance>'
        f"<o:tulip>{tulip}</o:tulip></extensions></wpt>\n"
        '<wpt lat="31.2" lon="-4.0"><extensions><o:distance>11.1</o:distance>'
        "</extensions></wpt>\n</gpx>\n"
    ).encode()


def test_real_kml_with_an_html_doctype_in_cdata_reads() -> None:
    # Refused before as "DTDs and entities are not allowed" (line 50, inside CDATA).
    rb = read_kml_roadbook(DATA / "gpsbabel_earth-gc_doctype_in_cdata.kml")
    assert [b.name for b in rb.boxes] == [
        "Points géodésiques du Québec",
        "Oozy rat in a sanitary zoo",
    ]
    assert (rb.boxes[0].lat, rb.boxes[0].lon) == (46.133333, -73.0)


def test_openrally_svg_tulip_with_doctype_in_cdata_reads() -> None:
    rb = read_openrally("svg.gpx", _roadbook(f"<![CDATA[{SVG_WITH_DOCTYPE}]]>"))
    assert len(rb.boxes) == 2
    assert rb.boxes[0].tulip is not None
    assert rb.boxes[0].tulip.text == SVG_WITH_DOCTYPE


def test_doctype_in_a_body_comment_is_text() -> None:
    doc = b'<?xml version="1.0"?>\n<gpx><!-- <!DOCTYPE x [<!ENTITY a "b">]> --></gpx>'
    assert parse_bytes(doc, "c.gpx").getroot().tag == "gpx"


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE gpx SYSTEM "file:///etc/passwd">\n<gpx/>', 2),
        ('\ufeff<?xml version="1.0"?>\n<!-- a -->\n<!doctype gpx>\n<gpx/>', 3),
        ('<!-- x -->\n<?pi y?>\n<!ENTITY a "b">\n<gpx/>', 3),
        ("  \n<!DOCTYPE gpx [<!ENTITY a 'b'>]><gpx>&a;</gpx>", 2),
    ],
)
def test_doctype_in_the_prolog_is_refused(head: str, line: int) -> None:
    for codec in ("utf-8", "utf-16"):
        with pytest.raises(InputError, match="DTDs and entities are not allowed") as err:
            check_prolog(head.encode(codec), "p.gpx")
        assert err.value.line == line


def test_doctype_after_a_prolog_longer_than_the_head_is_still_refused() -> None:
    doc = (
        '<?xml version="1.0"?>\n<!--' + "x" * 70_000 + '-->\n<!DOCTYPE gpx [<!ENTITY a "b">]>'
        "\n<gpx>&a;</gpx>"
    ).encode()
    with pytest.raises(InputError, match="DTDs and entities are not allowed"):
        parse_bytes(doc, "long.gpx")


def test_real_doctype_with_an_entity_bomb_is_refused_fast_even_with_cdata_after_it() -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE gpx [\n <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaa">\n'
        + "".join(
            f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 30}">\n' for i in range(8)
        )
        + "]>\n"
        f'<gpx xmlns="http://www.topografix.com/GPX/1/1"><metadata><desc>&i;</desc>'
        f"</metadata><wpt lat='1' lon='2'><desc><![CDATA[{SVG_WITH_DOCTYPE}]]></desc></wpt></gpx>"
    ).encode()
    start = time.perf_counter()
    with pytest.raises(InputError, match="DTDs and entities are not allowed") as err:
        read_openrally("bomb.gpx", bomb)
    assert time.perf_counter() - start < 1.0
    assert err.value.line == 2


def test_external_entity_in_the_prolog_reads_no_other_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    kml = tmp_path / "x.kml"
    kml.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
        "<kml><Placemark><name>&x;</name><description><![CDATA[<!DOCTYPE html>]]>"
        "</description><Point><coordinates>1,2</coordinates></Point></Placemark></kml>"
    )
    with pytest.raises(InputError, match="not allowed") as err:
        read_kml_roadbook(kml)
    assert "TOP-SECRET" not in str(err.value)

"""Vector tulips: SVG output, the editable metadata round trip, hostile input, auto tulips."""

from __future__ import annotations

import json
import math
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from navapp.core import geodesy
from navapp.core.geodesy import RouteGeometry
from navapp.core.model import Drawing
from navapp.core.tulip import (
    METADATA_ID,
    PlacedSymbol,
    Road,
    RoadType,
    Tulip,
    TulipFormatError,
    TulipText,
    auto_tulip,
    fold_angle,
    symbol_library,
    symbol_svg,
    tulip_from_drawing,
    tulip_from_svg,
)
from navapp.io.registry import read_roadbook
from navapp.paths import demo_roadbook

SVG_NS = "http://www.w3.org/2000/svg"
# SVG Tiny 1.2 elements a tulip may use, so that other rally apps can draw it too.
TINY_ELEMENTS = {"svg", "g", "path", "line", "polyline", "polygon", "circle", "rect", "text"}
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

HOSTILE = "]]> </metadata> <script>x</script> \"quotes\" 'apos' & &amp; é ü 中文 😀 \\ \\u003c"


def sample_tulip() -> Tulip:
    return Tulip(
        RoadType.TRACK,
        Road(90.0, RoadType.TRACK),
        (Road(-90.0, RoadType.SMALL_TRACK), Road(0.0, RoadType.DUNE_CROSSING)),
        (PlacedSymbol("danger2", 20.0, 18.0), PlacedSymbol("well", 82.0, 80.0, 1.2, 30.0)),
        (TulipText("Piste", 20.0, 96.0, 10.0),),
    )


def parse(svg: str) -> etree._Element:
    return etree.fromstring(svg.encode("utf-8"), parser=SAFE_PARSER)


def drawn_elements(root: etree._Element) -> set[str]:
    names = set()
    for el in root.iter():
        if etree.QName(el).localname == "metadata":
            continue
        if el.getparent() is not None and etree.QName(el.getparent()).localname == "metadata":
            continue
        names.add(etree.QName(el).localname)
    return names


# -- SVG output ----------------------------------------------------------------------------------


def test_svg_is_small_tiny_and_self_contained() -> None:
    svg = sample_tulip().to_svg()
    assert svg.startswith(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">'
    )
    assert len(svg.encode("utf-8")) < 4096
    root = parse(svg)
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert drawn_elements(root) <= TINY_ELEMENTS | {"metadata"}
    # no CSS, no filters, no links out of the drawing, nothing that ends the file's CDATA
    for bad in ("class=", "style", "filter", "href", "url(", "]]>", "<!"):
        assert bad not in svg
    assert Drawing(svg).kind.name == "SVG"


def test_svg_draws_entry_dot_junction_and_arrow_at_the_exit() -> None:
    root = parse(Tulip(exit=Road(90.0)).to_svg())
    dot = root.find(f"{{{SVG_NS}}}circle")
    assert dot is not None and (dot.get("cx"), dot.get("cy")) == ("50", "90")
    arrow = root.find(f"{{{SVG_NS}}}polygon")
    assert arrow is not None
    tip = arrow.get("points", "").split()[0]
    assert tip == "90,50"  # 40 units right of the junction


@pytest.mark.parametrize("road_type", list(RoadType))
def test_each_road_type_has_its_own_style(road_type: RoadType) -> None:
    svg = Tulip(road_type, Road(0.0, road_type), (Road(90.0, road_type),)).to_svg()
    parse(svg)
    if road_type is RoadType.TARMAC:
        assert 'stroke="#fff"' in svg  # the white core of the double line
    if road_type is RoadType.OFF_PISTE:
        assert "stroke-dasharray" in svg
    if road_type is RoadType.DUNE_CROSSING:
        assert "rotate(" in svg and "t0 " in svg  # drawn as a wave
    styles = {rt.style(False) for rt in RoadType}
    assert len(styles) == len(RoadType)


def test_unknown_symbol_is_kept_but_not_drawn() -> None:
    t = Tulip(symbols=(PlacedSymbol("not-in-library", 10.0, 10.0),))
    svg = t.to_svg()
    assert "translate(10 10)" not in svg
    assert tulip_from_svg(svg) == t


# -- round trips ---------------------------------------------------------------------------------

angles = st.floats(-720.0, 720.0, allow_nan=False)
coords = st.floats(-50.0, 150.0, allow_nan=False)
roads = st.builds(
    Road,
    angles,
    st.sampled_from(list(RoadType)),
    st.floats(0.25, 1.2, allow_nan=False),
)
texts = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=200,
)
tulips = st.builds(
    Tulip,
    st.sampled_from(list(RoadType)),
    roads,
    st.lists(roads, max_size=6).map(tuple),
    st.lists(
        st.builds(
            PlacedSymbol,
            st.sampled_from([*symbol_library(), "custom_1"]),
            coords,
            coords,
            st.floats(0.1, 8.0, allow_nan=False),
            angles,
        ),
        max_size=5,
    ).map(tuple),
    st.lists(
        st.builds(TulipText, texts, coords, coords, st.floats(2.0, 60.0, allow_nan=False)),
        max_size=3,
    ).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(tulips)
def test_svg_round_trip(tulip: Tulip) -> None:
    svg = tulip.to_svg()
    root = parse(svg)  # always well-formed XML, whatever the texts hold
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert "]]>" not in svg
    assert tulip_from_svg(svg) == tulip
    assert Tulip.from_json(tulip.to_json()) == tulip


def test_hostile_text_round_trips_and_never_breaks_the_svg() -> None:
    t = Tulip(texts=(TulipText(HOSTILE, 50.0, 20.0, 8.0), TulipText("</metadata>", 1, 2, 3)))
    svg = t.to_svg()
    root = parse(svg)
    meta = root.find(f"{{{SVG_NS}}}metadata")
    assert meta is not None and meta.get("id") == METADATA_ID
    assert json.loads(meta.text or "")["texts"][0]["text"] == HOSTILE
    shown = [el.text for el in root.iter(f"{{{SVG_NS}}}text")]
    assert shown == [HOSTILE, "</metadata>"]
    assert svg.count("</metadata>") == 1
    assert "]]>" not in svg
    assert tulip_from_svg(svg) == t
    # inside an OpenRally file's CDATA section too
    wrapped = f"<tulip><![CDATA[{svg}]]></tulip>"
    assert etree.fromstring(wrapped.encode(), parser=SAFE_PARSER).text == svg


def test_metadata_survives_reserialisation_by_another_tool() -> None:
    t = sample_tulip()
    again = etree.tostring(parse(t.to_svg()), encoding="unicode")
    assert tulip_from_svg(again) == t
    assert tulip_from_drawing(Drawing(again)) == t


def test_angles_fold_into_minus_180_to_180() -> None:
    assert Road(-180.0).angle_deg == 180.0
    assert Road(270.0).angle_deg == -90.0
    assert Road(-0.1).angle_deg == -0.1
    assert fold_angle(540.0) == 180.0
    assert fold_angle(-90.0) == -90.0


@pytest.mark.parametrize(
    "bad",
    [
        lambda: Road(math.nan),
        lambda: Road(math.inf),
        lambda: Road(0.0, length=5.0),
        lambda: Road(True),  # type: ignore[arg-type]
        lambda: TulipText("", 1, 1, 10),
        lambda: TulipText("x" * 201, 1, 1, 10),
        lambda: TulipText("a\x00b", 1, 1, 10),
        lambda: PlacedSymbol("../etc", 1, 1),
        lambda: PlacedSymbol("well", 1, 1, scale=0.0),
        lambda: PlacedSymbol("well", 1e6, 1),
    ],
)
def test_values_are_validated(bad: object) -> None:
    with pytest.raises(TulipFormatError):
        bad()  # type: ignore[operator]


BAD_JSON = [
    "",
    "null",
    "[]",
    '{"navapp_tulip": 2}',
    '{"navapp_tulip": 1, "entry": "motorway", "exit": {"angle": 0, "type": "track"}}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": NaN, "type": "track"}}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": 1e999, "type": "track"}}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": "90", "type": "track"}}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": 0, "type": "track"}, "others": {}}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": 0, "type": "track"}, "texts": [1]}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": 0, "type": "track"},'
    ' "texts": [{"text": "' + "x" * 300 + '", "x": 1, "y": 1}]}',
    '{"navapp_tulip": 1, "entry": "track", "exit": {"angle": ' + "9" * 5000 + ', "type": "track"}}',
    "[" * 100_000 + "]" * 100_000,
]


@pytest.mark.parametrize("text", BAD_JSON)
def test_bad_json_raises_format_error(text: str) -> None:
    with pytest.raises(TulipFormatError):
        Tulip.from_json(text)


def _with_metadata(body: str) -> str:
    return f'<svg xmlns="{SVG_NS}"><metadata id="navapp-tulip">{body}</metadata></svg>'


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']><svg xmlns="http://www.w3.org/2000/svg"><metadata id="navapp-tulip">&lol9;</metadata></svg>'
)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "garbage",
        "<svg/>",
        '<svg xmlns="http://www.w3.org/2000/svg"><metadata>{}</metadata></svg>',
        _with_metadata(""),
        _with_metadata("None"),
        _with_metadata("{not json"),
        _with_metadata('{"navapp_tulip": 1}'),
        _with_metadata("<![CDATA[{]]>"),
        BOMB,
        "<metadata id='navapp-tulip'>" * 50_000,
        _with_metadata("[" * 200_000),
        "x" * 3_000_000,
    ],
)
def test_tulip_from_svg_returns_none_quickly_on_anything_else(text: str | None) -> None:
    start = time.perf_counter()
    assert tulip_from_svg(text) is None
    assert time.perf_counter() - start < 1.0


def test_demo_tulips_are_not_navapp_tulips() -> None:
    book = read_roadbook(demo_roadbook())
    drawings = [b.tulip for b in book.boxes if b.tulip is not None]
    assert drawings
    assert all(tulip_from_drawing(d) is None for d in drawings)


# -- symbols -------------------------------------------------------------------------------------

REQUIRED_SYMBOLS = [
    *("danger1", "danger2", "danger3", "water", "dune", "village", "fence", "tree"),
    *("well", "cairn", "fuel", "cap", "stop", "bridge", "ditch", "rocks"),
]


def test_symbol_library_has_the_roadbook_symbols() -> None:
    lib = symbol_library()
    assert set(REQUIRED_SYMBOLS) <= set(lib)
    for sid, symbol in lib.items():
        assert symbol.id == sid and symbol.label
        root = parse(symbol_svg(symbol))
        assert drawn_elements(root) <= TINY_ELEMENTS
        for bad in ("class=", "style=", "filter", "href", "url("):
            assert bad not in symbol.svg
        # drawn inside the 20×20 box: every number in the fragment stays in it
        for el in root.iter():
            for attr in ("cx", "cy", "x", "y"):
                if el.get(attr) is not None:
                    assert 0.0 <= float(el.get(attr, "0")) <= 20.0, (sid, attr)


def test_typical_tulip_with_symbols_stays_small() -> None:
    t = Tulip(
        RoadType.TARMAC,
        Road(60.0, RoadType.TARMAC),
        (Road(-90.0, RoadType.SMALL_TRACK), Road(0.0, RoadType.DUNE_CROSSING)),
        (PlacedSymbol("danger3", 15, 15), PlacedSymbol("cap", 85, 85)),
        (TulipText("C.45", 20, 95, 10),),
    )
    assert len(t.to_svg().encode()) < 4096


# -- auto tulips ---------------------------------------------------------------------------------


def bent_route(turn_deg: float, at_m: float = 1000.0, after_m: float = 1000.0) -> RouteGeometry:
    """A route heading 30° true, turning ``turn_deg`` (positive right) at ``at_m``."""
    lat, lon = [31.0], [-4.0]
    step = 20.0
    for k in range(1, round((at_m + after_m) / step) + 1):
        az = 30.0 if k * step <= at_m else 30.0 + turn_deg
        la, lo = geodesy.forward(lat[-1], lon[-1], az, step)
        lat.append(la)
        lon.append(lo)
    return RouteGeometry(np.array(lat), np.array(lon))


@pytest.mark.parametrize("turn", [60.0, -60.0, 90.0, -135.0, 20.0, 170.0])
def test_auto_tulip_turn_known_by_construction(turn: float) -> None:
    t = auto_tulip(bent_route(turn), 1000.0)
    assert t.exit.angle_deg == pytest.approx(turn, abs=1.0)
    assert t.others == ()


def test_auto_tulip_straight_on_is_straight() -> None:
    t = auto_tulip(bent_route(0.0), 1000.0)
    assert t.exit.angle_deg == 0.0


def test_auto_tulip_branches_relative_to_entry() -> None:
    # arriving on 30°, branches at 300° (left) and 120° (right), exit +60 (90° true)
    t = auto_tulip(bent_route(60.0), 1000.0, branches=[300.0, 120.0, 92.0, 210.0, math.nan])
    assert [r.angle_deg for r in t.others] == [-90.0, 90.0]
    assert all(r.type is RoadType.TRACK for r in t.others)


@pytest.mark.parametrize("chainage", [-50.0, 0.0, 10.0, 1990.0, 2000.0, 5000.0])
def test_auto_tulip_at_route_ends_is_clamped_and_straight(chainage: float) -> None:
    t = auto_tulip(bent_route(60.0), chainage)
    assert t.exit.angle_deg == 0.0


def test_auto_tulip_on_the_demo_route() -> None:
    book = read_roadbook(demo_roadbook())
    assert book.route is not None
    line = RouteGeometry(book.route.lat, book.route.lon)
    boxes = [b for b in book.boxes if b.lat is not None and b.lon is not None]
    assert boxes
    located = line.locate(
        np.array([b.lat for b in boxes], dtype=float), np.array([b.lon for b in boxes], dtype=float)
    )
    turns = [auto_tulip(line, float(c)).exit.angle_deg for c in located.chainage_m]
    assert all(-180.0 < a <= 180.0 for a in turns)
    assert any(abs(a) >= 20.0 for a in turns)  # the demo stage has real turns
    for t in (auto_tulip(line, float(c)) for c in located.chainage_m[:5]):
        assert tulip_from_svg(t.to_svg()) == t

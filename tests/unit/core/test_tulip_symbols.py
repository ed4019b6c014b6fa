"""The symbol library: the lexicon it covers, its house style, the strict index loader."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from navapp.core.model import Box, Roadbook, Units
from navapp.core.tulip import (
    PlacedSymbol,
    Road,
    RoadType,
    Tulip,
    symbol_library,
    symbol_svg,
    tulip_from_drawing,
)
from navapp.core.tulip_symbols import (
    CATEGORIES,
    OTHER,
    STROKE_WIDTH,
    SymbolIndexError,
    load_symbols,
    symbols_by_category,
)
from navapp.io.registry import read_roadbook, write_roadbook
from navapp.paths import resources_dir

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
SHAPES = {"path", "line", "polyline", "polygon", "circle", "rect", "text"}
# Every attribute a symbol's shapes may carry: geometry, black or no ink, and text settings.
GEOMETRY = {"d", "points", "cx", "cy", "r", "x", "y", "x1", "y1", "x2", "y2", "width", "height"}
TEXT_ATTRS = {"font-family", "font-size", "font-weight", "text-anchor"}
INK = {"#000", "none"}

# The lexicon the issue asks for (ids saved tulips already use come first).
LEXICON = [
    *("danger1", "danger2", "danger3", "cap", "stop", "water", "dune", "village", "fence"),
    *("tree", "well", "cairn", "fuel", "bridge", "ditch", "rocks"),
    *("caution", "track", "main_track", "small_track", "road", "tarmac", "motorway"),
    *("under_bridge", "roundabout", "fork", "crossroads", "t_junction"),
    *("sand", "soft_sand", "stones", "ruts", "drop", "step_up", "climb", "descent", "whoops"),
    *("bump", "hole", "wash", "ford", "mud", "salt_flat", "dune_cordon", "crest"),
    *("small_dunes", "fesh_fesh", "house", "ruin", "building", "mosque", "antenna"),
    *("power_line", "pylon", "pipeline", "railway", "wall", "gate", "cattle_grid"),
    *("embankment", "sign", "km_marker", "water_tank", "tent", "cemetery", "marabout"),
    *("trees", "palm_tree", "bush", "forest", "camel_grass", "field"),
    *("keep_left", "keep_right", "keep_straight", "off_track", "no_entry"),
]


def parse(svg: str) -> etree._Element:
    return etree.fromstring(svg.encode("utf-8"), parser=SAFE_PARSER)


def test_library_covers_the_roadbook_lexicon_in_fixed_categories() -> None:
    lib = symbol_library()
    assert len(lib) >= 60
    assert set(LEXICON) <= set(lib)
    assert {s.category for s in lib.values()} <= set(CATEGORIES) - {OTHER}
    raw = json.loads((resources_dir() / "symbols" / "index.json").read_text(encoding="utf-8"))
    ids = [e["id"] for e in raw]
    assert len(ids) == len(set(ids)) == len(lib)
    groups = symbols_by_category()
    assert list(groups) == [k for k in CATEGORIES if k in groups]
    assert sum(len(g) for g in groups.values()) == len(lib)
    for key in ("danger", "roads", "terrain", "landmarks", "vegetation", "navigation"):
        assert len(groups[key]) >= 5, key


def test_labels_are_short_nouns_a_translator_can_take() -> None:
    for symbol in symbol_library().values():
        assert 2 <= len(symbol.label) <= 20, symbol.id
        assert symbol.label == symbol.label.strip() and "{" not in symbol.label


@pytest.mark.parametrize("sid", list(symbol_library()))
def test_symbol_is_plain_svg_in_the_house_style(sid: str) -> None:
    symbol = symbol_library()[sid]
    root = parse(symbol_svg(symbol))  # entities off, no network: well-formed on its own
    (group,) = list(root)
    assert group.get("stroke") == "#000" and group.get("fill") == "none"
    assert group.get("stroke-width") == str(STROKE_WIDTH)
    assert group.get("stroke-linecap") == group.get("stroke-linejoin") == "round"
    shapes = list(group.iter())[1:]
    assert shapes
    for el in shapes:
        name = etree.QName(el).localname
        assert name in SHAPES, (sid, name)
        # one stroke width for all: a shape may only set its ink (black or none)
        for attr, value in el.attrib.items():
            if attr in ("fill", "stroke"):
                assert value in INK, (sid, attr, value)
            else:
                assert attr in GEOMETRY or (name == "text" and attr in TEXT_ATTRS), (sid, attr)
        # every coordinate inside the box
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", " ".join(_coords(el)))]
        assert all(0.0 <= n <= 20.0 for n in numbers), (sid, numbers)


def _coords(el: etree._Element) -> list[str]:
    return [v for k, v in el.attrib.items() if k in GEOMETRY and k not in ("r",)]


def test_loader_reads_an_index_without_categories(tmp_path: Path) -> None:
    (tmp_path / "a.svg").write_text('<path d="M1 1H19"/>', encoding="utf-8")
    (tmp_path / "index.json").write_text(
        json.dumps([{"id": "a", "label": "A line", "file": "a.svg"}]), encoding="utf-8"
    )
    lib = load_symbols(tmp_path)
    assert lib["a"].category == OTHER and lib["a"].label == "A line"


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "a", "label": "A", "file": "a.svg", "category": "spaceships"},
        {"id": "A B", "label": "A", "file": "a.svg"},
        {"id": "a", "label": "", "file": "a.svg"},
        {"id": "a", "label": 3, "file": "a.svg"},
        {"id": "a", "label": "A", "file": "../a.svg"},
        {"id": "a", "label": "A", "file": "missing.svg"},
        {"id": "a", "label": "A"},
        {"id": "a", "label": "A", "file": "a.svg", "category": None},
        "a",
    ],
)
def test_loader_refuses_a_bad_entry(tmp_path: Path, entry: object) -> None:
    (tmp_path / "a.svg").write_text('<path d="M1 1H19"/>', encoding="utf-8")
    (tmp_path / "index.json").write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(SymbolIndexError):
        load_symbols(tmp_path)


def test_loader_refuses_repeated_ids_and_a_broken_index(tmp_path: Path) -> None:
    (tmp_path / "a.svg").write_text('<path d="M1 1H19"/>', encoding="utf-8")
    entry = {"id": "a", "label": "A", "file": "a.svg"}
    (tmp_path / "index.json").write_text(json.dumps([entry, entry]), encoding="utf-8")
    with pytest.raises(SymbolIndexError, match="twice"):
        load_symbols(tmp_path)
    for text in ("{", '{"id": "a"}'):
        (tmp_path / "index.json").write_text(text, encoding="utf-8")
        with pytest.raises(SymbolIndexError):
            load_symbols(tmp_path)


def every_symbol_tulips() -> list[Tulip]:
    """Tulips carrying each library symbol once between them (a tulip holds at most 64)."""
    placed = [
        PlacedSymbol(sid, 5 + (k % 10) * 10, 5 + (k // 10 % 4) * 10 + 50 * (k // 40))
        for k, sid in enumerate(symbol_library())
    ]
    return [
        Tulip(
            RoadType.TRACK,
            Road(45.0, RoadType.TARMAC),
            (Road(-90.0, RoadType.SMALL_TRACK),),
            tuple(placed[k : k + 40]),
        )
        for k in range(0, len(placed), 40)
    ]


def test_tulips_using_every_symbol_round_trip_through_a_saved_roadbook(tmp_path: Path) -> None:
    tulips = every_symbol_tulips()
    assert [s.symbol_id for t in tulips for s in t.symbols] == list(symbol_library())
    boxes = tuple(
        Box(index=i, total_km=float(i), tulip=t.to_drawing()) for i, t in enumerate(tulips)
    )
    book = Roadbook("symbols", Units.METRIC, boxes)
    path = tmp_path / "symbols.gpx"
    write_roadbook(book, path)
    again = read_roadbook(path)
    assert [tulip_from_drawing(b.tulip) for b in again.boxes] == tulips
    # each symbol is drawn (a group per placed symbol, none dropped as unknown)
    for t in tulips:
        assert t.to_svg().count("translate(-10 -10)") == len(t.symbols)

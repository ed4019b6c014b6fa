"""Tulip editor canvases to navapp tulips: road types told from the strokes, angles from the
paths, and what the vector model cannot hold kept as SVG.

Canvas facts from the Tulip editor's code (src/modules/tracks.js): 180×180 px, the entry from
(90, 170) up to the centre (90, 90), tracks straight out of the centre as three cubic
segments; stroke widths 4 (small track), 6 (track), 8 + white 4 (tarmac), dashed 4 (off-piste);
files of 2020 drew 4 (track), 6 (road), 6 + white 4 (main road), dashed [10, 5] (off-piste).
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from navapp.core.model import DrawingKind
from navapp.core.tulip import RoadType, symbol_library, tulip_from_drawing
from navapp.io.tlp_fabric import glyph_name
from navapp.io.tlp_tulip import GLYPH_SYMBOLS, canvas_text, tulip_drawing


def _cmds(end: tuple[float, float], start: tuple[float, float] = (90, 90)) -> list[list[Any]]:
    """A straight three-segment cubic path, as the editor draws a new track."""
    (x0, y0), (x1, y1) = start, end

    def at(t: float) -> list[float]:
        return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]

    out: list[list[Any]] = [["M", x0, y0]]
    for k in range(3):
        out.append(["C", *at((3 * k + 1) / 9), *at((3 * k + 2) / 9), *at((3 * k + 3) / 9)])
    return out


def _path(cmds: list[list[Any]], width: float = 6, dash: list[float] | None = None) -> dict:
    return {
        "type": "path",
        "stroke": "#000",
        "strokeWidth": width,
        "strokeDashArray": dash or [],
        "path": cmds,
    }


def _tulip(exit_end: tuple[float, float], tracks: list[dict] | None = None, **kw: Any) -> dict:
    return {
        "entry": {"paths": [_path(_cmds((90, 90), (90, 170)))]},
        "exit": {"paths": [_path(_cmds(exit_end))]},
        "tracks": tracks or [],
        "glyphs": kw.get("glyphs", []),
    }


def _angle(x: float, y: float) -> float:
    return math.degrees(math.atan2(x - 90, 90 - y))


@pytest.mark.parametrize(
    ("strokes", "expected"),
    [
        ([(4, [])], RoadType.SMALL_TRACK),  # today's small track; 2020's track
        ([(6, [])], RoadType.TRACK),  # today's track; 2020's road
        ([(8, [])], RoadType.TRACK),  # 2016's road
        ([(5, [])], RoadType.SMALL_TRACK),  # 2016's track
        ([(4, [5.2, 5.2])], RoadType.OFF_PISTE),
        ([(4, [10, 5])], RoadType.OFF_PISTE),  # 2020's off-piste
        ([(4, [5.9, 4.3, 13, 4.3])], RoadType.OFF_PISTE),  # low-visibility track
        ([(8, []), (4, [])], RoadType.TARMAC),  # tarmac: casing and core
        ([(10, []), (6, []), (2, [])], RoadType.TARMAC),  # dual carriageway
    ],
)
def test_untyped_tracks_are_told_by_their_strokes(
    strokes: list[tuple[float, list[float]]], expected: RoadType
) -> None:
    track = {"paths": [_path(_cmds((30, 30)), w, d) for w, d in strokes]}
    result = tulip_drawing(_tulip((90, 9), [track]), None, None, old_names=False)
    assert result is not None and result.vector
    t = tulip_from_drawing(result.drawing)
    assert t is not None
    (road,) = t.others
    assert road.type is expected
    assert road.angle_deg == pytest.approx(-45.0)


def test_type_names_old_and_new() -> None:
    res = tulip_drawing(_tulip((171, 90)), "smallTrack", "tarmacRoad", old_names=False)
    assert res is not None
    t = tulip_from_drawing(res.drawing)
    assert t is not None and (t.entry, t.exit.type) == (RoadType.SMALL_TRACK, RoadType.TARMAC)
    # before the rename, "track" was the small one and "road" the track
    res = tulip_drawing(_tulip((171, 90)), "track", "road", old_names=True)
    assert res is not None
    t = tulip_from_drawing(res.drawing)
    assert t is not None and (t.entry, t.exit.type) == (RoadType.SMALL_TRACK, RoadType.TRACK)


@pytest.mark.parametrize("end", [(171, 90), (9, 90), (147, 33), (33, 147), (90, 171)])
def test_exit_angle_and_length_from_the_path_end(end: tuple[float, float]) -> None:
    res = tulip_drawing(_tulip(end), None, None, old_names=False)
    assert res is not None and res.vector
    t = tulip_from_drawing(res.drawing)
    assert t is not None
    assert t.exit.angle_deg == pytest.approx(_angle(*end))
    # 81 px from the centre: 40.5 navapp units, over the 40 of a full-length exit
    assert t.exit.length == pytest.approx(math.dist(end, (90, 90)) * 0.5 / 40)


def test_a_track_drawn_towards_the_junction_is_turned_round() -> None:
    track = {"paths": [_path(_cmds((90, 90), (171, 90)))], "type": "track"}
    res = tulip_drawing(_tulip((90, 9), [track]), None, None, old_names=False)
    assert res is not None and res.vector
    t = tulip_from_drawing(res.drawing)
    assert t is not None and t.others[0].angle_deg == pytest.approx(90.0)


@pytest.mark.parametrize(
    "case",
    [
        # the exit bent into a hook: its control points stray 50 px from its chord
        "bent",
        # a road crossing the canvas without touching the junction
        "passing",
        # the exit written with relative commands
        "relative",
    ],
)
def test_what_the_model_cannot_hold_is_kept_as_svg(case: str) -> None:
    t = _tulip((90, 9))
    if case == "bent":
        t["exit"]["paths"][0]["path"] = [
            ["M", 90, 90],
            ["C", 140, 60, 140, 30, 90, 9],
        ]
    elif case == "passing":
        t["tracks"] = [{"paths": [_path(_cmds((170, 20), (10, 20)))]}]
    else:
        t["exit"]["paths"][0]["path"] = [["M", 90, 90], ["l", 0, -81]]
    res = tulip_drawing(t, None, None, old_names=False)
    assert res is not None and not res.vector
    assert res.drawing.kind is DrawingKind.SVG
    assert tulip_from_drawing(res.drawing) is None
    assert res.drawing.text.count("<path") == 2 + (case == "passing")


def test_moved_and_scaled_paths_land_where_the_editor_shows_them() -> None:
    # a track whose own coordinates were drawn at the top left, moved by fabric to the centre:
    # left/top place its centre, pathOffset is the centre of its own coordinates
    track = {
        "paths": [
            dict(
                _path(_cmds((40, 0), (0, 0))),
                left=110,
                top=90,
                pathOffset={"x": 20, "y": 0},
                originX="center",
                originY="center",
                scaleX=1,
                scaleY=1,
            )
        ],
        "type": "track",
    }
    res = tulip_drawing(_tulip((90, 9), [track]), None, None, old_names=False)
    assert res is not None and res.vector
    t = tulip_from_drawing(res.drawing)
    assert t is not None
    assert t.others[0].angle_deg == pytest.approx(90.0)
    assert t.others[0].length == pytest.approx(40 * 0.5 / 38)


def test_glyph_names_and_notes_text() -> None:
    assert glyph_name("./assets/svg/glyphs/danger-3.svg") == "danger-3"
    assert glyph_name("{user_glyphs_path}/my icon.png") is None  # space: not a file name here
    assert glyph_name("C:\\glyphs\\speed-50.svg") == "speed-50"
    assert glyph_name(42) is None
    canvas = {
        "glyphs": [
            {"type": "TextElement", "text": "second", "left": 90, "top": 120},
            {"type": "textbox", "text": "first\n\nline", "left": 40, "top": 20},
            {"type": "group", "subType": "CAP", "objects": [{"type": "text", "text": "123"}]},
            {
                "type": "group",
                "left": 10,
                "top": 125,
                "objects": [{"type": "i-text", "text": "aside"}],
            },
            # icons: an abbreviation says its letters, others their name, fields nothing
            {"type": "image", "src": "./assets/svg/glyphs/abbr-GV.svg", "left": 150, "top": 118},
            {"type": "image", "src": "./assets/svg/glyphs/cattle-guard-1.svg", "top": 160},
            {"type": "image", "src": "./assets/svg/glyphs/danger-3.svg", "top": 160, "left": 5},
            {"type": "image", "src": "./assets/svg/glyphs/speed-50.svg", "top": 10},
        ]
    }
    # one row for objects whose tops are within 12 px, read left to right
    assert canvas_text(canvas) == "first\nline\naside second GV\n[cattle guard 1]"
    assert canvas_text({"glyphs": "x"}) == "" and canvas_text(None) == ""


def test_unknown_icons_in_a_tulip_are_labelled() -> None:
    glyphs = [
        {"type": "image", "src": "./assets/svg/glyphs/abbr-PP.svg", "left": 150, "top": 30},
        {"type": "image", "src": "./assets/svg/glyphs/pumpjack.svg", "left": 30, "top": 30},
        {"type": "image", "src": "./assets/svg/glyphs/well.svg", "left": 30, "top": 150},
        {"type": "image", "src": "./assets/svg/glyphs/bump.svg", "left": 150, "top": 150},
    ]
    res = tulip_drawing(_tulip((90, 9), glyphs=glyphs), None, None, old_names=False)
    assert res is not None and res.vector
    t = tulip_from_drawing(res.drawing)
    assert t is not None
    assert [(x.text, x.size) for x in t.texts] == [("PP", 9.0), ("pumpjack", 7.0)]
    assert [(s.symbol_id, s.x, s.y) for s in t.symbols] == [
        ("well", 20.0, 80.0),
        ("bump", 80.0, 80.0),
    ]


def test_every_mapped_glyph_names_a_library_symbol() -> None:
    lib = symbol_library()
    assert {sid for sid in GLYPH_SYMBOLS.values() if sid not in lib} == set()
    # the Tulip editor's glyphs for what navapp now draws itself
    for glyph, sid in (("cattle-guard-1", "cattle_grid"), ("camel-grass", "camel_grass")):
        assert GLYPH_SYMBOLS[glyph] == sid

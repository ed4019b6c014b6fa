"""Tulip .tlp roadbooks: what the editor saved becomes boxes, waypoints, tulips and notes.

The expected values are read by hand from the files themselves (their JSON, opened in a text
editor): totals are each instruction's ``kmFromStart`` (less the ``kmFromStart`` of the box
with the ``reset-distance`` glyph, for the boxes after it), CAPs its ``heading`` rounded,
radii its ``notification`` fields, tulip angles the direction from the canvas centre (90, 90)
to the last point of each track's path (0 up, +90 right: atan2(x − 90, 90 − y)).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from navapp.cli import main
from navapp.core import geodesy
from navapp.core.model import DrawingKind, WaypointType
from navapp.core.rules import rule_for
from navapp.core.tulip import RoadType, tulip_from_drawing
from navapp.io import tlp
from navapp.io.errors import InputError
from navapp.io.registry import ROADBOOK_EXTENSIONS, read_roadbook, roadbook_format
from navapp.io.tlp import read_tlp

SCHEMA2 = "tulip_schema2_documented.tlp"
LEGACY = "tulip_legacy_waypoints.tlp"


def _json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _end_angle(path_cmds: list[list[Any]]) -> float:
    x, y = path_cmds[-1][-2], path_cmds[-1][-1]
    return math.degrees(math.atan2(x - 90.0, 90.0 - y))


def _write(tmp_path: Path, data: object, name: str = "x.tlp") -> Path:
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return p


def _point(lat: float, lon: float, km: float | None = None, **extra: Any) -> dict[str, Any]:
    return {"lat": lat, "long": lon, "instruction": km is not None, "kmFromStart": km, **extra}


# -- the current form (schemaVersion 2, "instructions") ------------------------------------


def test_schema2_boxes_totals_caps_and_route(data_dir: Path) -> None:
    path = data_dir / SCHEMA2
    raw = _json(path)["instructions"]
    rb = read_tlp(path)
    assert roadbook_format(path) == "tlp" and ".tlp" in ROADBOOK_EXTENSIONS
    assert read_roadbook(path) == rb
    assert rb.warnings == ()
    assert rb.name == "Erfoud loop"
    assert rb.metadata.description == "Test stage documented structure"
    assert rb.metadata.total_km == pytest.approx(6.20)
    assert rb.metadata.creator == "Tulip 2.0.0"
    # every point of the file is the route; the flagged ones are the boxes
    assert rb.route is not None and len(rb.route) == len(raw) == 7
    flagged = [p for p in raw if p["instruction"]]
    assert len(rb.boxes) == len(flagged) == 5
    assert [(b.lat, b.lon) for b in rb.boxes] == [(p["lat"], p["long"]) for p in flagged]
    # box 3 carries the reset glyph: boxes 4 and 5 count from its kmFromStart
    km = [p["kmFromStart"] for p in flagged]
    expected = [km[0], km[1], km[2], km[3] - km[2], km[4] - km[2]]
    assert [b.total_km for b in rb.boxes] == pytest.approx(expected, abs=0.0005)
    assert [b.total_km for b in rb.boxes] == pytest.approx([0.0, 2.0, 3.5, 0.9, 2.7], abs=0.001)
    assert rb.boxes[2].reset_km == 0.0
    assert [b.partial_km for b in rb.boxes] == pytest.approx([0, 2.0, 1.5, 0.9, 1.8], abs=0.001)
    # CAP: the heading rounded; none where showHeading is false (box 4) nor at the last point,
    # whose heading the editor measures to itself (0)
    assert [b.cap for b in rb.boxes] == [0, 90, 45, None, None]
    assert [round(p["heading"]) % 360 for p in flagged[:3]] == [0, 90, 45]
    assert flagged[3]["showHeading"] is False and flagged[4]["heading"] == 0


def test_schema2_totals_agree_with_the_geodesic_distance(data_dir: Path) -> None:
    raw = _json(data_dir / SCHEMA2)["instructions"]
    lat = np.array([p["lat"] for p in raw])
    lon = np.array([p["long"] for p in raw])
    along = geodesy.cumulative_m(lat, lon) / 1000.0
    file_km = [p["kmFromStart"] for p in raw if p["instruction"]]
    at = [i for i, p in enumerate(raw) if p["instruction"]]
    # the editor measures on a sphere: within 0.5 % of WGS84 here (lat 31°)
    for km, i in zip(file_km, at, strict=True):
        assert km == pytest.approx(along[i], rel=0.005, abs=0.001)


def test_schema2_waypoints_and_radii(data_dir: Path) -> None:
    rb = read_tlp(data_dir / SCHEMA2)
    wps = [[(w.type, w.name, w.open_m, w.clear_m) for w in b.waypoints] for b in rb.boxes]
    assert wps == [
        [(WaypointType.DSS, "1", 1000.0, 200.0)],
        [(WaypointType.WPM, "2", 600.0, 50.0)],  # saved as the strings "600", "50"
        [(WaypointType.DZ, "3", 1000.0, 90.0)],
        [],
        [(WaypointType.ASS, "4", 800.0, 90.0)],  # Tulip's "fss"
    ]
    assert all(w.open_from_file and w.clear_from_file for b in rb.boxes for w in b.waypoints)
    dz = rb.boxes[2]
    assert dz.speed_limit_kmh == 50.0  # its speed-50 glyph
    assert rb.boxes[1].danger == 2  # danger-2 glyph


def test_schema2_tulips_become_vector_tulips(data_dir: Path) -> None:
    raw = [p for p in _json(data_dir / SCHEMA2)["instructions"] if p["instruction"]]
    rb = read_tlp(data_dir / SCHEMA2)
    tulips = [tulip_from_drawing(b.tulip) for b in rb.boxes]
    assert [t is not None for t in tulips] == [True, True, True, False, True]
    t1, t2, t3 = tulips[0], tulips[1], tulips[2]
    assert t1 is not None and t2 is not None and t3 is not None
    # box 2: track in, tarmac out to the right, a small track left and off-piste ahead
    exit_path = raw[1]["tulipJson"]["exit"]["paths"][0]["path"]
    assert _end_angle(exit_path) == pytest.approx(90.0)
    assert t2.entry is RoadType.TRACK
    assert (t2.exit.angle_deg, t2.exit.type) == (pytest.approx(90.0), RoadType.TARMAC)
    others = [(round(r.angle_deg), r.type) for r in t2.others]
    assert others == [(-90, RoadType.SMALL_TRACK), (0, RoadType.OFF_PISTE)]
    for r, track in zip(t2.others, raw[1]["tulipJson"]["tracks"], strict=True):
        assert r.angle_deg == pytest.approx(_end_angle(track["paths"][0]["path"]), abs=0.01)
    # its icons: danger-2 and the cattle grid as navapp's symbols
    assert [s.symbol_id for s in t2.symbols] == ["danger2", "cattle_grid"]
    assert [t.text for t in t2.texts] == []
    # box 3: tarmac both ways, a 45° left fork (the path ends at (33, 33))
    exit3 = raw[2]["tulipJson"]["exit"]["paths"][0]["path"]
    assert exit3[-1][-2:] == [33, 33]
    assert t3.exit.angle_deg == pytest.approx(_end_angle(exit3)) == pytest.approx(-45.0)
    assert (t3.entry, t3.exit.type) == (RoadType.TARMAC, RoadType.TARMAC)
    # box 1: straight on, and the text written on the canvas
    assert t1.exit.angle_deg == 0.0 and [t.text for t in t1.texts] == ["DSS"]


def test_free_hand_drawing_is_kept_as_svg(data_dir: Path) -> None:
    rb = read_tlp(data_dir / SCHEMA2)
    box = rb.boxes[3]
    assert box.tulip is not None and box.tulip.kind is DrawingKind.SVG
    svg = box.tulip.text
    assert svg.startswith("<svg") and 'viewBox="0 0 180 180"' in svg
    assert 'd="M40 60 Q50 50 60 60 Q50 70 40 60 L40 60"' in svg  # the pencil stroke
    assert svg.count("<path") == 4  # the stroke, the tarmac entry's two, the exit
    assert "<circle" in svg and "<polygon" in svg  # entry dot, exit arrow


def test_schema2_notes(data_dir: Path) -> None:
    rb = read_tlp(data_dir / SCHEMA2)
    assert [b.notes_text for b in rb.boxes] == [
        "Start of stage",
        "Tarmac, right\nCareful: cattle grid",  # the CAP glyph's "090" is the CAP itself
        "",
        "Fork, keep left\nof the well",
        "Finish",
    ]


# -- the older form ("waypoints", HTML notes, old track names) ------------------------------


def test_legacy_waypoints_file(data_dir: Path) -> None:
    raw = _json(data_dir / LEGACY)["waypoints"]
    rb = read_tlp(data_dir / LEGACY)
    assert rb.warnings == ()
    assert rb.name == "Legacy Durango"
    assert rb.metadata.description == ""  # the editor's placeholder
    assert rb.route is not None and len(rb.route) == 3
    assert len(rb.boxes) == 2
    assert [b.total_km for b in rb.boxes] == pytest.approx(
        [raw[0]["kmFromStart"], raw[2]["kmFromStart"]], abs=0.0005
    )
    assert rb.boxes[0].cap == round(raw[0]["heading"]) == 200
    # HTML notes: two blocks, an entity, a danger-3 icon (the box's danger) and a main-track
    # icon (said by name) in <img> tags
    assert rb.boxes[0].notes_text == "Left at the & fork\nkeep off [main track]"
    assert rb.boxes[0].danger == 3
    # an old notification (no radii saved): the rules table's radii
    wpm = rb.boxes[1].waypoints[0]
    rule = rule_for(WaypointType.WPM)
    assert (wpm.type, wpm.open_m, wpm.clear_m) == (WaypointType.WPM, rule.open_m, rule.clear_m)
    assert not wpm.open_from_file and not wpm.clear_from_file


def test_legacy_tulip_as_the_editor_serialised_it(data_dir: Path) -> None:
    real = _json(data_dir / "tulip_editor_test_tulip.json")
    rb = read_tlp(data_dir / LEGACY)
    t = tulip_from_drawing(rb.boxes[0].tulip)
    assert t is not None
    # exit path from (90, 90) to (9, 73): atan2(-81, 17) = -78.1°, a sharp left
    assert real["exit"]["path"]["path"][-1][-2:] == [9, 73]
    assert t.exit.angle_deg == pytest.approx(-78.15, abs=0.01)
    # two more tracks, straight on (90, 9) and right (171, 90), 8 px wide: tracks
    assert [round(r.angle_deg) for r in t.others] == [0, 90]
    assert {r.type for r in t.others} == {RoadType.TRACK}
    # the entry and exit were "road" in the old names: today's "track"
    assert (t.entry, t.exit.type) == (RoadType.TRACK, RoadType.TRACK)
    # its buildings glyph (scale 0.3 of 250 px at (30, 140)): navapp's village symbol
    (village,) = t.symbols
    assert (village.symbol_id, village.x, village.y) == ("village", 20.0, 75.0)
    assert village.scale == pytest.approx(250 * 0.3 * 0.5 / 20)


# -- damaged and hostile files ----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("not json at all", "bad JSON"),
        ("[1, 2, 3]", "not an object"),
        ('{"name": "x"}', "no instructions list"),
        ('{"instructions": [{"lat": 1, "long": 2, "instruction": false}]}', "no instructions"),
        ('{"instructions": "nope"}', "no instructions list"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("", "bad JSON"),
    ],
)
def test_bad_files_are_one_line(tmp_path: Path, content: str, says: str) -> None:
    with pytest.raises(InputError) as err:
        read_tlp(_write(tmp_path, content))
    msg = str(err.value)
    assert says in msg and "\n" not in msg and msg.startswith(str(tmp_path))


def test_bad_json_names_its_line(tmp_path: Path) -> None:
    p = _write(tmp_path, '{\n "name": "x",\n "desc": oops\n}')
    with pytest.raises(InputError) as err:
        read_tlp(p)
    assert err.value.line == 3


def test_too_large_a_file_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tlp, "MAX_FILE_BYTES", 1000)
    p = _write(tmp_path, json.dumps({"instructions": [_point(1, 2, 0.0)] * 50}))
    with pytest.raises(InputError, match="too large"):
        read_tlp(p)


def test_file_cut_off_mid_save_keeps_the_points_before_the_cut(
    data_dir: Path, tmp_path: Path
) -> None:
    text = (data_dir / SCHEMA2).read_text("utf-8")
    whole = read_tlp(data_dir / SCHEMA2)
    # cut inside the 7th and last route point (box 5): points 1-6 and boxes 1-4 survive
    cut_at = text.index('"lat"', text.index('"lat"', text.index("Fork, keep left")) + 1)
    p = _write(tmp_path, text[:cut_at])
    rb = read_tlp(p)
    assert rb.name == "Erfoud loop"
    assert len(rb.boxes) == 4
    assert rb.boxes == whole.boxes[:4]
    assert len(rb.warnings) == 1 and "damaged at line" in rb.warnings[0]
    assert "read 6 whole route points" in rb.warnings[0]


def test_damage_before_the_list_keeps_every_route_point(data_dir: Path, tmp_path: Path) -> None:
    text = (data_dir / SCHEMA2).read_text("utf-8")
    broken = text.replace('"desc": "<p>', '"desc": <p>', 1)  # an unquoted string
    rb = read_tlp(_write(tmp_path, broken))
    assert rb.name == "Erfoud loop"
    assert rb.boxes == read_tlp(data_dir / SCHEMA2).boxes
    assert len(rb.warnings) == 1 and "read 7 whole route points" in rb.warnings[0]


def test_unusable_points_and_fields_are_skipped_with_warnings(tmp_path: Path) -> None:
    pts = [
        _point(31.0, -4.0, 0.0, heading=10, notification={"type": "wpx"}),
        {"lat": "north", "long": -4.0, "instruction": True},  # no usable position
        "garbage",
        _point(31.01, -4.0, 1.2),  # 1.11 km along the route: reported, kept as printed
        _point(31.02, -4.0, 0.5),  # goes back: the route distance is used
        _point(31.03, -4.0, None, instruction=True),  # no kmFromStart
    ]
    rb = read_tlp(_write(tmp_path, {"name": "t", "instructions": pts}))
    along = geodesy.cumulative_m(np.array([31.0, 31.01, 31.02, 31.03]), np.full(4, -4.0)) / 1000
    assert [b.total_km for b in rb.boxes] == pytest.approx(
        [0.0, 1.2, along[2], along[3]], abs=0.001
    )
    text = "\n".join(rb.warnings)
    assert "skipped 2 route points" in text
    assert "unknown waypoint type 'wpx'" in text
    assert "box 3: kmFromStart 0.50 goes back" in text
    assert "1 boxes had no kmFromStart" in text
    assert "box 2: kmFromStart 1.20 km but 1.11 km along the route" in text
    assert rb.boxes[0].waypoints == ()
    # CAPs: the file's heading, else the route's
    assert rb.boxes[0].cap == 10 and rb.boxes[1].cap == 0


def test_hostile_canvases_do_not_break_the_box(tmp_path: Path) -> None:
    evil_path = {
        "type": "path",
        "path": [["M", 1e308, "x"], ["Z"]],
        "stroke": "red; background:url(http://x)",
    }
    tulip_json = {
        "entry": {"paths": [evil_path, 7, None]},
        "exit": "nope",
        "tracks": [
            {"paths": [{"type": "path", "path": [["M", 90, 90], ["L", 200, float("nan")]]}]}
        ],
        "glyphs": [
            {"type": "TextElement", "text": "a\x00b<script>", "left": 1e9, "top": -1e9},
            {"type": "group", "objects": [{"type": "group", "objects": [{"type": "image"}]}]},
            {"type": "image", "src": "javascript:alert(1)"},
        ],
    }
    note_json = {"glyphs": [{"type": "i-text", "text": "Keep\u202e right"}, 5, None]}
    pts = [
        _point(31.0, -4.0, 0.0, tulipJson=tulip_json, noteJson=note_json),
        _point(31.01, -4.0, 1.1, tulipJson=[1, 2], noteJson="x", notes={"text": 5}),
    ]
    text = json.dumps({"instructions": pts}).replace("NaN", "null")
    rb = read_tlp(_write(tmp_path, text))
    box = rb.boxes[0]
    assert box.tulip is not None and box.tulip.kind is DrawingKind.SVG
    assert "<script" not in box.tulip.text and "javascript" not in box.tulip.text
    assert "url(" not in box.tulip.text
    assert "ab&lt;script&gt;" in box.tulip.text
    assert box.notes_text == "Keep\u202e right"
    assert rb.boxes[1].tulip is None and rb.boxes[1].notes_text == ""


def test_icons_become_box_fields_as_the_editor_exports_them(tmp_path: Path) -> None:
    def note(*names: str) -> dict[str, Any]:
        return {"glyphs": [{"type": "image", "src": f"./assets/svg/glyphs/{n}.svg"} for n in names]}

    pts = [
        _point(31.0, -4.0, 0.0, noteJson=note("danger-1", "danger-3", "fuel-zone", "police")),
        # a timed stop needs its icon: a stop time left over from a removed icon is not one
        _point(31.01, -4.0, 1.11, stopTimeSec=30, noteJson=note("stop-round", "medical")),
        _point(31.02, -4.0, 2.22, stopTimeSec=45, showCoordinates=True),
    ]
    rb = read_tlp(_write(tmp_path, {"instructions": pts}))
    b1, b2, b3 = rb.boxes
    assert (b1.danger, b1.flags) == (3, ("fuel", "police"))
    assert (b2.stop_s, b2.flags) == (30, ("medical",))
    assert (b3.stop_s, b3.flags) == (None, ("show_coordinates",))
    assert b1.notes_text == b2.notes_text == ""  # the box shows these icons as fields


# -- the CLI ------------------------------------------------------------------------------


def test_cli_info_and_convert(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = data_dir / SCHEMA2
    assert main(["info", str(src), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert len(info["boxes"]) == 5
    out = tmp_path / "out.gpx"
    assert main(["convert", str(src), str(out)]) == 0
    back = read_roadbook(out)
    rb = read_tlp(src)
    assert [b.total_km for b in back.boxes] == [b.total_km for b in rb.boxes]
    assert [b.cap for b in back.boxes] == [b.cap for b in rb.boxes]
    assert [b.waypoints for b in back.boxes] == [b.waypoints for b in rb.boxes]
    assert [tulip_from_drawing(b.tulip) for b in back.boxes] == [
        tulip_from_drawing(b.tulip) for b in rb.boxes
    ]
    assert back.route is not None and rb.route is not None
    assert np.allclose(back.route.lat, rb.route.lat, atol=1e-7)
    assert np.allclose(back.route.lon, rb.route.lon, atol=1e-7)

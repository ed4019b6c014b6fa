"""Rally Navigator .rn2 roadbooks: read, write, read again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from navapp.cli import main
from navapp.core import edit, geodesy
from navapp.core.model import Box, WaypointType
from navapp.core.rules import rule_for
from navapp.core.tulip import EXIT_RADIUS, RoadType, auto_tulip, tulip_from_drawing
from navapp.io import rn2, rn2_write
from navapp.io.errors import InputError
from navapp.io.registry import output_format, read_roadbook, roadbook_format, write_roadbook
from navapp.io.rn2 import read_rn2
from navapp.io.rn2_tulip import SCALE
from navapp.io.rn2_write import to_rn2_document, write_rn2
from tests.builders import straight_route

DATA = Path(__file__).resolve().parents[2] / "data"
ROOT = Path(__file__).resolve().parents[3]
MINIMAL = DATA / "roadbooknavi_minimal.rn2"
DEMO = ROOT / "roadbooks" / "demo_stage.gpx"
EXAMPLE = DATA / "openrally_v1.0.3_example.gpx"

# A route 6 km long at azimuth 60°, a vertex every 100 m (geodesic, so chainages are exact).
ROUTE = straight_route(31.0, -4.0, 60.0, 6000.0, step_m=100.0)
WPM_ID = "69c431e6-c020-442f-94d2-42aaa9f9d55f"
WPC_ID = "76d4219b-966b-4920-a773-fa2981c48437"
DSS_ID = "0a1d95e6-3bef-45ff-b605-4f2bcf7735d9"
SIGN_50 = "53cb2146-c977-41ec-8132-b648cf87fa78"
RESET = "308c7365-bc3f-451b-9e98-531e9015024f"


def _track(
    end_out: dict[str, float] | None, type_in: int = 17, type_out: int = 17
) -> dict[str, Any]:
    out: dict[str, Any] = {"start": {"x": 99.5, "y": 84}, "handles": [], "typeId": type_out}
    if end_out is not None:
        out["end"] = end_out
    return {
        "type": "Track",
        "roadIn": {"end": {"x": 0, "y": 40}, "handles": [], "typeId": type_in},
        "roadOut": out,
    }


def _stage_doc() -> dict[str, Any]:
    """Boxes at vertices 0, 15, 40 and 60 (0, 1.5, 4.0 and 6.0 km), each with its controls
    given another way: by type name, by id, by legacy id, by a second id."""
    wps: list[dict[str, Any]] = [
        {"waypointid": i, "lat": float(la), "lon": float(lo), "ele": 0, "show": False}
        for i, (la, lo) in enumerate(zip(ROUTE.lat, ROUTE.lon, strict=True))
    ]
    wps[0].update(
        show=True,
        showHeading=True,
        waypointIcon={"type": "dss", "options": {}},
        tulip={"elements": [_track({"x": 0, "y": -55})]},
        notes={"elements": [{"type": "Text", "text": "Start line"}]},
    )
    wps[15].update(
        show=True,
        showHeading=False,
        waypointIcon={"id": WPM_ID, "type": "wpm", "options": {"open": 500, "clear": 50}},
        tulip={
            "elements": [
                _track({"x": 40, "y": -40}, 18, 16),
                {"type": "Road", "start": {"x": 0, "y": 0}, "end": {"x": 40, "y": 0}, "typeId": 2},
                {"type": "Text", "text": "245", "cap": True, "x": 165, "y": 46},
                {"type": "Line", "path": [["M", 0, 0], ["L", 10, 10]]},
            ]
        },
        notes={"elements": [{"type": "Text", "text": "Fork, keep left"}]},
    )
    wps[40].update(
        show=True,
        waypointIcon={"legacy_id": 41, "options": {"clear": 60}},
        tulip={"elements": [_track({"x": -50, "y": 0})]},
        notes={
            "elements": [
                {"type": "Icon", "id": SIGN_50},
                {"type": "Icon", "id": WPC_ID, "options": {"clear": 250}},
                {"type": "Icon", "id": RESET},
                {"type": "Icon", "id": "some-other-symbol"},
            ]
        },
    )
    wps[60].update(
        show=True,
        showHeading=False,
        waypointIcon={"id": "ec316c9b-0dcf-4823-ace0-1ed5c570f16f", "type": "finish"},
        tulip={"elements": [_track(None)]},
    )
    return {
        "route": {
            "version": 4,
            "name": "SS2 generated",
            "description": "built by the test",
            "waypoints": wps,
            "settings": {"units": "metric", "showHeadings": True, "defaultTrackType": 4},
        }
    }


def _write_doc(tmp_path: Path, doc: Any, name: str = "stage.rn2") -> Path:
    p = tmp_path / name
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


# -- the description's minimal file ---------------------------------------------------------


def test_minimal_sample() -> None:
    rb = read_rn2(MINIMAL)
    assert rb.name == "Test Route"
    assert rb.metadata.description == "5 turns, created by user@example.com"
    # one waypoint: one box, no line to measure along
    assert len(rb.boxes) == 1 and rb.route is None
    box = rb.boxes[0]
    assert (box.lat, box.lon, box.total_km) == (48.1351, 11.582, 0.0)
    # "showHeading": false and no CAP text element
    assert box.cap is None and box.waypoints == () and box.notes_text == ""
    tulip = tulip_from_drawing(box.tulip)
    assert tulip is not None
    # roadIn ends at (-20, 20) (from the bottom-left), roadOut at (20, -20): a straight line
    # through the centre, so straight on; its handles (-10, 10) and (10, -5) are within 15
    # units of the centre. typeId 17 is a solid track. Reach: hypot(20, 20) scaled.
    assert tulip.entry is RoadType.TRACK and tulip.exit.type is RoadType.TRACK
    assert tulip.exit.angle_deg == pytest.approx(0.0, abs=1e-9)
    assert tulip.exit.length == pytest.approx(28.2843 * SCALE / EXIT_RADIUS, abs=1e-4)
    # the Line (a building outline) and the curved roads are said, not silently dropped
    assert len(rb.warnings) == 1
    assert "1 free line" in rb.warnings[0] and "1 curve shape" in rb.warnings[0]


def test_registry_reads_and_writes_rn2(tmp_path: Path) -> None:
    assert roadbook_format(MINIMAL) == "rn2"
    assert read_roadbook(MINIMAL) == read_rn2(MINIMAL)
    assert output_format(tmp_path / "x.rn2", None, "openrally") == "rn2"
    assert output_format(tmp_path / "x.gpx", "rn2", "openrally") == "rn2"
    out = tmp_path / "x.rn2"
    write_roadbook(read_rn2(MINIMAL), out, "rn2")
    assert read_rn2(out).boxes[0].lat == 48.1351


# -- a generated stage, right answers known by construction ---------------------------------


def test_generated_stage_values(tmp_path: Path) -> None:
    rb = read_rn2(_write_doc(tmp_path, _stage_doc()))
    assert [b.index for b in rb.boxes] == [1, 2, 3, 4]
    # geodesic chainage of vertices 0, 15, 40, 60 spaced 100 m; the third box resets
    assert [b.total_km for b in rb.boxes] == pytest.approx([0.0, 1.5, 4.0, 2.0], abs=1e-6)
    assert [b.partial_km for b in rb.boxes] == pytest.approx([0.0, 1.5, 2.5, 2.0], abs=1e-6)
    assert rb.boxes[2].reset_km == 0.0
    assert rb.route is not None and len(rb.route) == 61
    # CAP: the line's heading (azimuth 60° ± 0.05° along 6 km) where showHeading is true or
    # not given with showHeadings on; the CAP text where there is one; none where turned off
    assert [b.cap for b in rb.boxes] == [60, 245, 60, None]
    dss, wpm, dz, ass = rb.boxes
    assert [w.type for w in dss.waypoints] == [WaypointType.DSS]
    assert not dss.waypoints[0].open_from_file
    assert dss.waypoints[0].open_m == rule_for(WaypointType.DSS).open_m
    w = wpm.waypoints[0]
    assert (w.type, w.open_m, w.clear_m, w.open_from_file) == (WaypointType.WPM, 500, 50, True)
    assert [x.type for x in dz.waypoints] == [WaypointType.DZ, WaypointType.WPC]
    assert dz.waypoints[0].clear_m == 60 and dz.waypoints[1].clear_m == 250
    assert dz.speed_limit_kmh == 50
    assert [x.type for x in ass.waypoints] == [WaypointType.ASS]
    assert (dss.notes_text, wpm.notes_text) == ("Start line", "Fork, keep left")
    t = tulip_from_drawing(wpm.tulip)
    assert t is not None
    assert (t.entry, t.exit.type) == (RoadType.TARMAC, RoadType.SMALL_TRACK)
    assert t.exit.angle_deg == pytest.approx(45.0, abs=1e-9)
    assert [(r.angle_deg, r.type) for r in t.others] == [(90.0, RoadType.OFF_PISTE)]
    assert tulip_from_drawing(dz.tulip).exit.angle_deg == pytest.approx(-90.0)  # type: ignore[union-attr]
    # no roadOut end on the finish: the route's own turn there (none on a straight line)
    assert tulip_from_drawing(ass.tulip).exit.angle_deg == pytest.approx(0.0, abs=0.5)  # type: ignore[union-attr]
    assert "1 free line" in rb.warnings[0] and "1 notes icon" in rb.warnings[0]


def _same_tulip(a: Box, b: Box) -> None:
    ta, tb = tulip_from_drawing(a.tulip), tulip_from_drawing(b.tulip)
    assert ta is not None and tb is not None
    assert (ta.entry, ta.exit.type) == (tb.entry, tb.exit.type)
    assert tb.exit.angle_deg == pytest.approx(ta.exit.angle_deg, abs=0.01)
    assert tb.exit.length == pytest.approx(ta.exit.length, abs=1e-4)
    assert [r.type for r in tb.others] == [r.type for r in ta.others]
    assert [r.angle_deg for r in tb.others] == pytest.approx(
        [r.angle_deg for r in ta.others], abs=0.01
    )


def test_read_write_read_keeps_the_stage(tmp_path: Path) -> None:
    first = read_rn2(_write_doc(tmp_path, _stage_doc()))
    out = tmp_path / "again.rn2"
    lost = write_rn2(first, out)
    assert lost == []
    again = read_rn2(out)
    assert len(again.boxes) == len(first.boxes)
    # positions are written to 8 decimals (about 1 mm): totals within 1 cm
    assert [b.total_km for b in again.boxes] == pytest.approx(
        [b.total_km for b in first.boxes], abs=1e-5
    )
    assert again.route is not None and first.route is not None
    for a, b in zip(first.boxes, again.boxes, strict=True):
        assert (b.lat, b.lon) == pytest.approx((a.lat, a.lon), abs=1e-8)
        assert b.waypoints == a.waypoints
        assert (b.cap, b.speed_limit_kmh, b.reset_km, b.notes_text) == (
            a.cap,
            a.speed_limit_kmh,
            a.reset_km,
            a.notes_text,
        )
        _same_tulip(a, b)


def test_written_file_follows_the_description(tmp_path: Path) -> None:
    first = read_rn2(_write_doc(tmp_path, _stage_doc()))
    doc, _lost = to_rn2_document(first)
    route = doc["route"]
    assert route["version"] == 4 and route["current_style"] == "cross_country"
    for key in ("name", "description", "startlocation", "endlocation", "waypoints", "settings"):
        assert key in route
    wps = route["waypoints"]
    # the route's 61 vertices, 4 of them the boxes that stand on them
    assert len(wps) == 61
    assert [w["waypointid"] for w in wps] == list(range(61))
    assert sum(w["show"] for w in wps) == 4
    for w in wps:
        for key in ("showCoordinates", "showHeading", "showStickMarkOnTulip", "lat", "lon"):
            assert key in w
        assert isinstance(w["tulip"]["elements"], list)
        assert isinstance(w["notes"]["elements"], list)
        assert w["overridenSmartTags"] == {"dataType": "Map", "value": []}
    shown = [w for w in wps if w["show"]]
    for w in shown:
        tracks = [e for e in w["tulip"]["elements"] if e["type"] == "Track"]
        assert len(tracks) == 1 and tracks[0]["roadOut"]["start"] == {"x": 99.5, "y": 84.0}
    assert shown[0]["waypointIcon"]["id"] == DSS_ID
    assert shown[0]["waypointIcon"]["type"] == "dss"
    assert shown[1]["waypointIcon"]["options"] == {"open": 500.0, "clear": 50.0}
    json.dumps(doc, allow_nan=False)


# -- navapp's own roadbooks to .rn2 and back --------------------------------------------------


def test_demo_stage_to_rn2_and_back(tmp_path: Path) -> None:
    original = read_roadbook(DEMO)
    out = tmp_path / "demo.rn2"
    lost = write_rn2(original, out)
    back = read_rn2(out)
    assert len(back.boxes) == len(original.boxes) == 39
    # totals are the geodesic length of the route up to each box (resets respected), as
    # navapp itself measures them: within 1 m of edit.recompute (which rounds to 1 m)
    measured = edit.recompute(original)
    assert [b.total_km for b in back.boxes] == pytest.approx(
        [b.total_km for b in measured.boxes], abs=0.001
    )
    for a, b in zip(original.boxes, back.boxes, strict=True):
        assert b.waypoints == a.waypoints
        assert (b.cap, b.speed_limit_kmh, b.reset_km, b.notes_text) == (
            a.cap,
            a.speed_limit_kmh,
            a.reset_km,
            a.notes_text,
        )
        assert (b.lat, b.lon) == pytest.approx((a.lat, a.lon), abs=1e-8)
    # the demo's tulips are plain SVG, not navapp vector tulips: the route's turn is drawn
    assert original.route is not None
    line = geodesy.RouteGeometry(original.route.lat, original.route.lon)
    chain = line.locate(
        np.array([b.lat for b in original.boxes]), np.array([b.lon for b in original.boxes])
    ).chainage_m
    for c, b in zip(chain.tolist(), back.boxes, strict=True):
        t = tulip_from_drawing(b.tulip)
        assert t is not None
        assert t.exit.angle_deg == pytest.approx(auto_tulip(line, c).exit.angle_deg, abs=0.01)
    # and what the file could not hold is said, in one line
    assert len(lost) == 1
    for what in ("danger", "notes drawing", "tulip drawing", "95.7 km"):
        assert what in lost[0]


def test_navapp_vector_tulips_survive(tmp_path: Path) -> None:
    original = read_roadbook(DEMO)
    assert original.route is not None
    line = geodesy.RouteGeometry(original.route.lat, original.route.lon)
    boxes = list(original.boxes)
    for i, b in enumerate(boxes):
        c = edit.chainage_at(line, b.lat, b.lon)  # type: ignore[arg-type]
        t = auto_tulip(line, c, branches=[(i * 37.0) % 360.0])
        boxes[i] = Box(**{**b.__dict__, "tulip": t.to_drawing()})
    rb = original.__class__(original.name, original.units, tuple(boxes), original.route)
    out = tmp_path / "vector.rn2"
    write_rn2(rb, out)
    back = read_rn2(out)
    for a, b in zip(rb.boxes, back.boxes, strict=True):
        _same_tulip(a, b)


def test_example_without_coordinates_is_refused(tmp_path: Path) -> None:
    # The OpenRally example gives no positions; Rally Navigator places every box on a map.
    with pytest.raises(InputError, match=r"box 1 has no coordinates; \.rn2 needs them"):
        write_rn2(read_roadbook(EXAMPLE), tmp_path / "x.rn2")
    assert not (tmp_path / "x.rn2").exists()


# -- bad input ----------------------------------------------------------------------------------


def _bad(tmp_path: Path, text: str | bytes) -> str:
    p = tmp_path / "bad.rn2"
    p.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(InputError) as err:
        read_rn2(p)
    message = str(err.value)
    assert "\n" not in message and message.startswith(str(p))
    return message


def test_bad_files(tmp_path: Path) -> None:
    assert "bad JSON" in _bad(tmp_path, '{"route": {\n"version": 4,')
    assert ":2:" in _bad(tmp_path, '{"route": {\n"version": 4,')
    assert "bad JSON" in _bad(tmp_path, '{"route": {"version": NaN}}')
    assert "bad JSON" in _bad(tmp_path, "[" * 200_000)
    assert "not UTF-8" in _bad(tmp_path, b'{"route": "\xff\xfe"}')
    assert 'no "route"' in _bad(tmp_path, "[1, 2]")
    assert "version 3; navapp reads version 4" in _bad(tmp_path, '{"route": {"version": 3}}')
    assert "version" in _bad(tmp_path, '{"route": {"version": true}}')
    assert 'no "waypoints"' in _bad(tmp_path, '{"route": {"version": 4}}')
    assert "no waypoints" in _bad(tmp_path, '{"route": {"version": 4, "waypoints": []}}')
    doc = _stage_doc()
    del doc["route"]["waypoints"][3]["lat"]
    assert "waypoint 3 has no valid lat/lon" in _bad(tmp_path, json.dumps(doc))
    doc = _stage_doc()
    doc["route"]["waypoints"][5]["lon"] = 200
    assert "waypoint 5 has no valid lat/lon" in _bad(tmp_path, json.dumps(doc))
    doc = _stage_doc()
    del doc["route"]["waypoints"][2]["show"]
    assert 'waypoint 2 has no "show"' in _bad(tmp_path, json.dumps(doc))
    doc = _stage_doc()
    doc["route"]["waypoints"][7] = "x"
    assert "waypoint 7 is not an object" in _bad(tmp_path, json.dumps(doc))
    doc = _stage_doc()
    doc["route"]["waypoints"][15]["tulip"] = {"elements": [{}] * 1001}
    assert "waypoint 15: bad tulip drawing" in _bad(tmp_path, json.dumps(doc))
    doc = _stage_doc()
    for w in doc["route"]["waypoints"]:
        w["show"] = False
    assert "no roadbook boxes" in _bad(tmp_path, json.dumps(doc))


def test_huge_files_and_counts_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rn2, "MAX_BYTES", 1000)
    assert "larger than" in _bad(tmp_path, json.dumps(_stage_doc()))
    monkeypatch.setattr(rn2, "MAX_BYTES", 64 * 1024 * 1024)
    monkeypatch.setattr(rn2, "MAX_WAYPOINTS", 10)
    assert "more than 10 waypoints" in _bad(tmp_path, json.dumps(_stage_doc()))


def test_damaged_elements_do_not_stop_reading(tmp_path: Path) -> None:
    doc = _stage_doc()
    w = doc["route"]["waypoints"][15]
    w["waypointIcon"] = {"id": 5, "legacy_id": "x", "options": {"open": -3, "clear": "far"}}
    w["tulip"]["elements"] = [7, None, {"type": "Track", "roadIn": [], "roadOut": "x"}]
    w["notes"] = {"elements": [{"type": "Text", "text": 12}]}
    rb = read_rn2(_write_doc(tmp_path, doc))
    box = rb.boxes[1]
    assert box.waypoints == () and box.notes_text == ""
    t = tulip_from_drawing(box.tulip)
    assert t is not None and t.exit.angle_deg == pytest.approx(0.0, abs=0.5)


# -- the command line -------------------------------------------------------------------------


def test_cli_info_and_convert(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stage = _write_doc(tmp_path, _stage_doc())
    assert main(["info", str(stage)]) == 0
    out = capsys.readouterr().out
    assert "SS2 generated" in out and "4 boxes" in out and "WPM" in out
    gpx = tmp_path / "out.gpx"
    assert main(["convert", str(stage), str(gpx)]) == 0
    assert "OpenRally" in capsys.readouterr().out
    assert [b.total_km for b in read_roadbook(gpx).boxes] == pytest.approx(
        [0.0, 1.5, 4.0, 2.0], abs=1e-3
    )
    rn = tmp_path / "demo.rn2"
    assert main(["convert", str(DEMO), str(rn), "--to", "rn2"]) == 0
    captured = capsys.readouterr()
    assert "Rally Navigator .rn2 v4, 39 boxes" in captured.out
    assert "not written to .rn2" in captured.err
    assert len(read_rn2(rn).boxes) == 39


def test_writer_refuses_what_the_reader_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rb = read_rn2(_write_doc(tmp_path, _stage_doc()))
    monkeypatch.setattr(rn2_write, "MAX_WAYPOINTS", 50)
    with pytest.raises(InputError, match=r"61 points; an \.rn2 holds at most 50"):
        write_rn2(rb, tmp_path / "big.rn2")
    monkeypatch.setattr(rn2_write, "MAX_WAYPOINTS", 500_000)
    monkeypatch.setattr(rn2_write, "MAX_BYTES", 2000)
    with pytest.raises(InputError, match="more than the 0 MB navapp reads"):
        write_rn2(rb, tmp_path / "big.rn2")
    assert not (tmp_path / "big.rn2").exists()


def test_an_rn2_written_again_keeps_its_points(tmp_path: Path) -> None:
    # Read back, the route holds each box's own point: writing again must not add it twice.
    first, again = tmp_path / "first.rn2", tmp_path / "again.rn2"
    write_rn2(read_roadbook(DEMO), first)
    write_rn2(read_rn2(first), again)
    points = [json.loads(p.read_text())["route"]["waypoints"] for p in (first, again)]
    assert len(points[1]) == len(points[0])
    assert [w["show"] for w in points[1]] == [w["show"] for w in points[0]]
    assert [(w["lat"], w["lon"]) for w in points[1]] == [(w["lat"], w["lon"]) for w in points[0]]

"""Rally Navigator tulip elements to and from navapp's vector tulip."""

from __future__ import annotations

import math
from typing import Any

import pytest

from navapp.core.tulip import EXIT_RADIUS, OTHER_RADIUS, Road, RoadType, Tulip, TulipText
from navapp.io.rn2_tulip import (
    SCALE,
    WRITE_TYPE_ID,
    road_type,
    tulip_from_rn2,
    tulip_to_rn2,
)

# Written offsets are rounded to 0.001 canvas units: angles come back within 0.01°, lengths
# within 1e-4 of navapp's length scale.
ANGLE_TOL = 0.01
LENGTH_TOL = 1e-4


def _track(
    end_in: tuple[float, float] = (0, 40),
    end_out: tuple[float, float] | None = (0, -55),
    handles_in: list[tuple[float, float]] | None = None,
    handles_out: list[tuple[float, float]] | None = None,
    type_in: int = 17,
    type_out: int = 17,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start": {"x": 99.5, "y": 84},
        "handles": [{"x": x, "y": y} for x, y in handles_out or []],
        "typeId": type_out,
    }
    if end_out is not None:
        out["end"] = {"x": end_out[0], "y": end_out[1]}
    return {
        "type": "Track",
        "roadIn": {
            "end": {"x": end_in[0], "y": end_in[1]},
            "handles": [{"x": x, "y": y} for x, y in handles_in or []],
            "typeId": type_in,
        },
        "roadOut": out,
    }


def _road(start: tuple[float, float], end: tuple[float, float], type_id: int = 4) -> dict[str, Any]:
    return {
        "type": "Road",
        "start": {"x": start[0], "y": start[1]},
        "end": {"x": end[0], "y": end[1]},
        "handles": [],
        "typeId": type_id,
    }


def test_road_type_ids_follow_how_rally_navigator_draws_them() -> None:
    # double lines, solid, dotted / dash-dot, dashed; unknown and bad ids are a solid track
    assert [road_type(t) for t in (8, 10, 12, 18)] == [RoadType.TARMAC] * 4
    assert [road_type(t) for t in (4, 6, 14, 17, 99)] == [RoadType.TRACK] * 5
    assert [road_type(t) for t in (15, 16)] == [RoadType.SMALL_TRACK] * 2
    assert road_type(2) is RoadType.OFF_PISTE
    assert road_type(None) is road_type("18") is road_type(True) is RoadType.TRACK


def test_straight_default_track() -> None:
    read = tulip_from_rn2([_track()])
    assert read.tulip is not None and not read.lost
    # 55 canvas units out, scaled 100/130, over the 40-unit exit radius
    assert read.tulip.exit.angle_deg == pytest.approx(0.0, abs=1e-9)
    assert read.tulip.exit.length == pytest.approx(55 * SCALE / EXIT_RADIUS)
    assert read.tulip.entry is RoadType.TRACK


def test_turn_angles_are_measured_from_the_road_arrived_on() -> None:
    # Arriving from the bottom-left the crew heads up-right; leaving straight up is then a
    # bear left of 45°.
    read = tulip_from_rn2([_track(end_in=(-30, 30), end_out=(0, -50))])
    assert read.tulip is not None
    assert read.tulip.exit.angle_deg == pytest.approx(-45.0, abs=1e-9)
    # an entry from the bottom and an exit to the right: a right turn of 90°
    right = tulip_from_rn2([_track(end_out=(50, 0))]).tulip
    assert right is not None and right.exit.angle_deg == pytest.approx(90.0, abs=1e-9)


def test_direction_is_read_near_the_junction_on_curves() -> None:
    # The exit's first handle 20 units out, to the right; the curve then bends back up. The
    # crew leaves to the right: the handle (>= 15 units out) sets the angle, not the end.
    read = tulip_from_rn2([_track(end_out=(40, -60), handles_out=[(20, 0)])])
    assert read.tulip is not None
    assert read.tulip.exit.angle_deg == pytest.approx(90.0, abs=1e-9)
    assert read.lost == {"curve shape (drawn straight)": 1}
    # a handle closer than 15 units is ignored: the end sets it
    near = tulip_from_rn2([_track(end_out=(30, -30), handles_out=[(10, 0)])]).tulip
    assert near is not None and near.exit.angle_deg == pytest.approx(45.0, abs=1e-9)


def test_other_roads_spokes_crossings_and_roads_away() -> None:
    elements = [
        _road((0, 0), (40, 0), 18),  # a spoke to the right
        _road((-30, 30), (0, 0), 16),  # a spoke to the bottom-left, written from its far end
        _road((-40, 5), (40, 5), 2),  # a road passing 5 units below the centre: two spokes
        _road((-40, 30), (40, 30)),  # a road 30 units away: not at this junction
        {"type": "Line", "path": [["M", 0, 0], ["L", 10, 10]]},
        {"type": "Icon", "id": "x"},
        _track(),
    ]
    read = tulip_from_rn2(elements)
    assert read.tulip is not None
    got = [(round(r.angle_deg, 6), r.type) for r in read.tulip.others]
    assert got == [
        (90.0, RoadType.TARMAC),
        (-135.0, RoadType.SMALL_TRACK),
        (-90.0, RoadType.OFF_PISTE),
        (90.0, RoadType.OFF_PISTE),
    ]
    assert read.tulip.others[0].length == pytest.approx(40 * SCALE / OTHER_RADIUS)
    assert read.lost == {
        "road away from the junction": 1,
        "free line (buildings, rivers, drawings)": 1,
        "icon": 1,
    }


def test_missing_exit_takes_the_route_turn_and_no_track_no_tulip() -> None:
    read = tulip_from_rn2([_track(end_out=None)], route_turn_deg=-70.0)
    assert read.tulip is not None and read.tulip.exit.angle_deg == -70.0
    assert tulip_from_rn2([_road((0, 0), (40, 0))]).tulip is None
    assert tulip_from_rn2([]).tulip is None


def test_hostile_values_are_clamped_not_raised() -> None:
    bad = _track()
    bad["roadOut"]["end"] = {"x": 1e308, "y": "north"}
    bad["roadIn"]["handles"] = ["x", None, {"x": float("nan"), "y": 3}]
    text = {"type": "Text", "text": "\x00\x01" + "A" * 5000, "x": 1e9, "y": -1e9, "fontSize": 1e9}
    read = tulip_from_rn2([bad, text, {"type": 5}])
    assert read.tulip is not None
    assert len(read.tulip.texts) == 1 and len(read.tulip.texts[0].text) == 200


@pytest.mark.parametrize("rtype", list(RoadType))
def test_write_then_read_keeps_angles_lengths_and_types(rtype: RoadType) -> None:
    angles = [a for a in range(-179, 181, 7)]
    for a in angles:
        tulip = Tulip(
            rtype,
            Road(float(a), rtype, 0.8),
            (Road(float(-a) / 2, rtype, 0.5), Road(170.0, RoadType.TRACK, 1.2)),
            texts=(TulipText("Cairn", 70.0, 30.0, 10.0),),
        )
        elements, lost = tulip_to_rn2(tulip, "t")
        back = tulip_from_rn2(elements).tulip
        assert back is not None
        kept = RoadType.OFF_PISTE if rtype is RoadType.DUNE_CROSSING else rtype
        assert back.entry is kept and back.exit.type is kept
        assert back.exit.angle_deg == pytest.approx(a, abs=ANGLE_TOL)
        assert back.exit.length == pytest.approx(0.8, abs=LENGTH_TOL)
        assert [r.angle_deg for r in back.others] == pytest.approx([-a / 2, 170.0], abs=ANGLE_TOL)
        assert [r.length for r in back.others] == pytest.approx([0.5, 1.2], abs=LENGTH_TOL)
        assert back.texts[0].text == "Cairn"
        assert (back.texts[0].x, back.texts[0].y, back.texts[0].size) == pytest.approx(
            (70.0, 30.0, 10.0), abs=1e-3
        )
        assert bool(lost) is (rtype is RoadType.DUNE_CROSSING)


def test_written_elements_follow_the_description() -> None:
    tulip = Tulip(RoadType.TARMAC, Road(90.0, RoadType.SMALL_TRACK, 1.0), (Road(-90.0),))
    elements, _lost = tulip_to_rn2(tulip, "seed")
    track = next(e for e in elements if e["type"] == "Track")
    # the junction absolute, the ends relative to it; y down
    assert track["roadOut"]["start"] == {"x": 99.5, "y": 84.0}
    assert track["roadIn"]["end"] == {"x": 0.0, "y": 40.0}
    assert track["roadOut"]["end"]["x"] == pytest.approx(EXIT_RADIUS / SCALE, abs=1e-3)
    assert track["roadOut"]["end"]["y"] == pytest.approx(0.0, abs=1e-9)
    assert track["roadIn"]["typeId"] == WRITE_TYPE_ID[RoadType.TARMAC] == 18
    assert track["roadOut"]["typeId"] == 16
    road = next(e for e in elements if e["type"] == "Road")
    assert road["start"] == {"x": 0, "y": 0}
    assert road["end"]["x"] == pytest.approx(-OTHER_RADIUS / SCALE, abs=1e-3)
    assert all(isinstance(e["eId"], str) and len(e["eId"]) == 36 for e in elements)
    # the same box gives the same ids each time
    assert tulip_to_rn2(tulip, "seed")[0] == elements
    assert math.isclose(SCALE, 100 / 130)

"""Giving a coordinate-less roadbook the positions of an organiser's waypoint list: generated
stages whose right matches are known by construction."""

from __future__ import annotations

import random

import pytest

from navapp.core import geodesy
from navapp.core.model import Box, WaypointType
from navapp.core.rules import waypoint_from_label
from navapp.core.waypoint_list import (
    KM_TOLERANCE,
    ListedWaypoint,
    WaypointList,
    attach_waypoints,
    label_key,
)
from tests.builders import roadbook, straight_route, waypoint

W = WaypointType
ROUTE = straight_route(24.0, 6.0, 30.0, 60_000.0, step_m=100.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)

# (km, type, number) of a stage's boxes; None type: a plain direction box.
STAGE = [
    (0.0, W.DSS, ""),
    (4.2, None, ""),
    (7.5, W.WPM, "1"),
    (9.0, W.DZ, ""),
    (10.0, W.FZ, ""),
    (15.25, W.WPV, "2"),
    (22.0, None, ""),
    (31.4, W.WPM, "3"),
    (40.0, W.WPE, "4"),
    (47.7, W.WPS, "5"),
    (55.0, W.WPM, "6"),
    (60.0, W.ASS, ""),
]


def _paper_roadbook(names: bool = False):
    """The stage as read from paper: types and numbers, no positions."""
    boxes = [
        Box(
            0,
            km,
            waypoints=(waypoint(t, n),) if t else (),
            name=f"{t.label} {n}".strip() if names and t else "",
        )
        for km, t, n in STAGE
    ]
    return roadbook(boxes, name="SS4")


def _position(km: float) -> tuple[float, float]:
    return LINE.point_at(km * 1000.0)


def _entry(label: str, km: float, with_km: bool = False, line: int = 0) -> ListedWaypoint:
    lat, lon = _position(km)
    wp = waypoint_from_label(None, label)
    return ListedWaypoint(
        label,
        lat,
        lon,
        wp,
        km if with_km else None,
        label.upper().startswith("WP0"),
        f"list.csv:{line}",
    )


def _check_placed(rb, kms: list[float]) -> None:
    """The boxes at these km are at their own place on the route (to 1 mm), the others have
    no position."""
    for b in rb.boxes:
        if any(abs(b.total_km - k) < 1e-9 for k in kms):
            lat, lon = _position(b.total_km)
            assert b.lat == pytest.approx(lat, abs=1e-8) and b.lon == pytest.approx(lon, abs=1e-8)
        else:
            assert not b.has_position, b


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("WPM3", ("WPM", "3")),
        ("WPM 3", ("WPM", "3")),
        ("wpm-03", ("WPM", "3")),
        ("WPM_003", ("WPM", "3")),
        ("DSS", ("DSS", "")),
        ("CP 10", ("CP", "10")),
        ("Puits Tamanrasset", None),
    ],
)
def test_labels_normalise(text: str, key: tuple[str, str] | None) -> None:
    assert label_key(text) == key


def test_by_label_in_another_order_with_extra_and_missing_entries() -> None:
    labelled = [
        ("wpm-06", 55.0),
        ("DSS", 0.0),
        ("WPE 4", 40.0),
        ("WPM01", 7.5),
        ("wps5", 47.7),
        ("ASS", 60.0),
        ("WPV 2", 15.25),
        ("WPM 9", 33.0),  # extra: no such box
        # WPM 3 missing
    ]
    random.Random(4).shuffle(labelled)
    listed = WaypointList(
        "list", tuple(_entry(n, k, line=i + 2) for i, (n, k) in enumerate(labelled))
    )
    rb = attach_waypoints(_paper_roadbook(), listed)
    _check_placed(rb, [0.0, 7.5, 15.25, 40.0, 47.7, 55.0, 60.0])
    line = 2 + [n for n, _k in labelled].index("WPM 9")
    assert rb.warnings == (
        f"list.csv:{line}: waypoint list entry 'WPM 9' matches no box",
        "SS4: box 8 (WPM 3) has no entry in the waypoint list; it stays without coordinates",
    )
    # Everything else about the roadbook is unchanged.
    for before, after in zip(_paper_roadbook().boxes, rb.boxes, strict=True):
        assert (after.total_km, after.waypoints, after.cap) == (
            before.total_km,
            before.waypoints,
            before.cap,
        )


def test_by_km_when_labels_say_nothing() -> None:
    # Generic "WP" labels; the list's km are off by up to 0.2 km (its own measure) and the
    # list is shuffled.
    entries = [
        ("WP01", 7.5 + 0.2),
        ("WP02", 15.25 - 0.15),
        ("WP03", 31.4 + 0.1),
        ("WP04", 40.0),
        ("WP05", 47.7 - 0.2),
        ("WP06", 55.0 + 0.05),
        ("WP07", 22.0),  # at a box with no waypoint: matches nothing
    ]
    random.Random(1).shuffle(entries)
    listed = WaypointList(
        "list",
        tuple(
            ListedWaypoint(n, *_position(round(k)), waypoint_from_label(None, n), k, True, "l")
            for n, k in entries
        ),
    )
    assert KM_TOLERANCE >= 0.2
    rb = attach_waypoints(_paper_roadbook(), listed)
    by_km = {b.total_km: b for b in rb.boxes}
    for name, km in entries:
        if name == "WP07":
            continue
        box = min(by_km.values(), key=lambda b: abs(b.total_km - km))
        assert (box.lat, box.lon) == pytest.approx(_position(round(km)), abs=1e-9), name
    assert "l: waypoint list entry 'WP07' at km 22 matches no box" in rb.warnings
    # DSS and ASS have no entry: said, one line each.
    assert sum("has no entry" in w for w in rb.warnings) == 2


def test_km_beyond_the_tolerance_does_not_match() -> None:
    lat, lon = _position(31.4)
    far = ListedWaypoint("WP", lat, lon, waypoint_from_label(None, "WP"), 31.4 + 0.6, True, "l")
    near = ListedWaypoint("WP", lat, lon, waypoint_from_label(None, "WP"), 31.4 + 0.1, True, "l")
    # Alone in the list, with no labels: order matching would pair it only if counts agreed.
    rb = attach_waypoints(_paper_roadbook(), WaypointList("l", (far,)))
    assert not rb.has_coordinates
    rb = attach_waypoints(_paper_roadbook(), WaypointList("l", (near,)))
    assert [b.index for b in rb.boxes if b.has_position] == [8]


def test_by_order_between_labelled_pairs() -> None:
    # Labels only on DSS, WPM 3 and ASS; the rest in order with generic names.
    names = [("DSS", 0.0), ("WP", 7.5), ("WP", 15.25), ("WPM 3", 31.4)]
    names += [("WP", 40.0), ("WP", 47.7), ("WP", 55.0), ("ASS", 60.0)]
    listed = WaypointList("l", tuple(_entry(n, k) for n, k in names))
    rb = attach_waypoints(_paper_roadbook(), listed)
    _check_placed(rb, [k for _n, k in names])
    assert rb.warnings == ()


def test_order_is_not_guessed_when_counts_differ() -> None:
    # Between DSS and WPM 3 the roadbook has two waypoint boxes and the list three entries:
    # which one is extra cannot be known, so none of them is placed, and each is said.
    names = [("DSS", 0.0), ("WP", 7.5), ("WP", 12.0), ("WP", 15.25), ("WPM 3", 31.4)]
    listed = WaypointList("l", tuple(_entry(n, k, line=i) for i, (n, k) in enumerate(names)))
    rb = attach_waypoints(_paper_roadbook(), listed)
    placed = [b.total_km for b in rb.boxes if b.has_position]
    assert placed == [0.0, 31.4]
    assert sum("matches no box" in w for w in rb.warnings) == 3
    # Boxes 3 and 6 (WPM 1, WPV 2) between them, and those after WPM 3 (WPE, WPS, WPM, ASS).
    assert sum("has no entry" in w for w in rb.warnings) == 6


def test_zone_markers_are_not_missed_aloud_but_placed_when_named() -> None:
    names = [("DSS", 0.0), ("DZ", 9.0), ("ASS", 60.0)]
    listed = WaypointList("l", tuple(_entry(n, k) for n, k in names))
    rb = attach_waypoints(_paper_roadbook(), listed)
    _check_placed(rb, [0.0, 9.0, 60.0])
    missed = [w for w in rb.warnings if "has no entry" in w]
    assert len(missed) == 6 and not any("DZ" in w or "FZ" in w for w in missed)


def test_types_must_agree() -> None:
    # "WPE 1" names a type the box numbered 1 does not have (WPM 1): no match by label, and
    # not by order either (the only gap pairs a WPE entry with a WPM box).
    listed = WaypointList("l", (_entry("WPE 1", 7.5),))
    rb = attach_waypoints(_paper_roadbook(), listed)
    assert not rb.has_coordinates
    assert "list.csv:0: waypoint list entry 'WPE 1' matches no box" in rb.warnings


def test_a_list_in_order_with_one_entry_swapped_for_another() -> None:
    # In stage order, WPM 3 missing and WPM 9 in its place: same type, other number, so
    # order does not pair them.
    names = [("DSS", 0.0), ("WPM 1", 7.5), ("WPV 2", 15.25), ("WPM 9", 31.4), ("WPE 4", 40.0)]
    names += [("WPS 5", 47.7), ("WPM 6", 55.0), ("ASS", 60.0)]
    listed = WaypointList("l", tuple(_entry(n, k, line=i) for i, (n, k) in enumerate(names)))
    rb = attach_waypoints(_paper_roadbook(), listed)
    _check_placed(rb, [0.0, 7.5, 15.25, 40.0, 47.7, 55.0, 60.0])
    assert rb.warnings == (
        "list.csv:3: waypoint list entry 'WPM 9' matches no box",
        "SS4: box 8 (WPM 3) has no entry in the waypoint list; it stays without coordinates",
    )


def test_radii_from_the_list_replace_the_defaults() -> None:
    lat, lon = _position(31.4)
    wp = waypoint_from_label("WPM", "3")
    assert wp is not None
    given = type(wp)(wp.type, wp.name, 90.0, 30.0, open_from_file=True, clear_from_file=True)
    rb = attach_waypoints(
        _paper_roadbook(), WaypointList("l", (ListedWaypoint("3", lat, lon, given),))
    )
    box = rb.boxes[7]
    assert box.has_position and box.waypoint is not None
    assert (box.waypoint.open_m, box.waypoint.clear_m) == (90.0, 30.0)
    assert box.waypoint.open_from_file and box.waypoint.clear_from_file


def test_box_names_match_too() -> None:
    # A PDF roadbook's boxes carry the printed label as their name.
    listed = WaypointList("l", (_entry("wpm-03", 31.4),))
    rb = attach_waypoints(_paper_roadbook(names=True), listed)
    _check_placed(rb, [31.4])


def test_stage_km_undoes_resets() -> None:
    # A reset at box 2 (km 4.2 -> 0): the list's stage km 7.5 is box 3's printed 3.3.
    boxes = list(_paper_roadbook().boxes)
    boxes[1] = Box(0, 4.2, reset_km=0.0)
    boxes[2] = Box(0, 3.3, waypoints=(waypoint(W.WPM, "1"),))
    rb = roadbook(boxes[:3])
    lat, lon = _position(7.5)
    entry = ListedWaypoint("WP", lat, lon, waypoint_from_label(None, "WP"), 7.5, True, "l")
    placed = attach_waypoints(rb, WaypointList("l", (entry,)))
    assert placed.boxes[2].has_position

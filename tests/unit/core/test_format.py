"""One way to write times, distances, CAPs and waypoints: screen, CLI and reports."""

from __future__ import annotations

import math
from datetime import timedelta, timezone

import pytest

from navapp.core import format as fmt
from navapp.core.model import Box, Units, Waypoint, WaypointType

START = 1_767_225_600.0  # 2026-01-01 00:00:00 UTC


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0.0, "0:00:00"),
        (59.6, "0:01:00"),
        (5025.0, "1:23:45"),
        (-65.0, "\u22120:01:05"),
        (360_000.0, "100:00:00"),
        (None, "—"),
        (math.nan, "—"),
        (math.inf, "—"),
    ],
)
def test_hms(seconds: float | None, text: str) -> None:
    assert fmt.hms(seconds) == text


def test_hms_running_clock_counts_whole_seconds_passed() -> None:
    assert fmt.hms(59.9, "down") == "0:00:59"
    assert fmt.hms(59.9) == "0:01:00"
    assert fmt.hms(0.2, "up") == "0:00:01"
    assert fmt.hms(math.nan, "down", unknown="--:--:--") == "--:--:--"


def test_one_minus_sign_for_every_negative_duration() -> None:
    for text in (fmt.hms(-5.0), fmt.mss(-5.0), fmt.gap(-5.0)):
        assert text.startswith(fmt.MINUS) and "-" not in text


def test_penalties_and_gaps() -> None:
    assert fmt.mss(90.0) == "1:30"
    assert fmt.mss(3725.0) == "62:05"  # minutes run past 59
    assert fmt.mss(math.inf) == "EXCLUSION"
    assert fmt.mss(None) == "—"
    assert fmt.penalty(0.0) == "0:00"
    assert fmt.penalty(30.0, excluded=True) == "EXCLUSION"
    assert fmt.gap(65.0) == "+1:05"
    assert fmt.gap(0.4) == "±0:00"
    assert fmt.gap(None) == "—"


def test_short_duration() -> None:
    # The replay's position and length (moved from the GPS source tests).
    assert fmt.short_duration(0) == "0:00"
    assert fmt.short_duration(723) == "12:03"
    assert fmt.short_duration(6133) == "1:42:13"
    assert fmt.short_duration(-3.0) == "0:00"


def test_countdown_rounds_up_and_pads_minutes() -> None:
    assert fmt.countdown(272.6) == "04:33"
    assert fmt.countdown(0.0) == "00:00"
    assert fmt.countdown(-1.0) == "00:00"
    assert fmt.countdown(3600.2) == "1:00:01"


def test_clock() -> None:
    assert fmt.clock(START + 37_425.9) == "10:23:45"  # truncated, as a clock reads
    assert fmt.clock(START, timezone(timedelta(hours=1))) == "01:00:00"
    assert fmt.clock(None) == "—"
    assert fmt.clock(math.nan, unknown="--:--:--") == "--:--:--"


def test_distances_in_the_roadbook_units() -> None:
    assert fmt.distance(12.345, Units.METRIC) == "12.35"
    assert fmt.distance(1.609344, Units.STATUTE) == "1.00"
    assert fmt.distance(1.609344, Units.STATUTE, unit=True) == "1.00 mi"
    assert fmt.distance(95.7, Units.METRIC, unit=True) == "95.70 km"
    assert fmt.number(None) == "—" and fmt.number(2.345, 2) == "2.35"
    assert fmt.waypoint_distance(850.4, Units.METRIC) == "850 m"
    assert fmt.waypoint_distance(1234.0, Units.METRIC) == "1.23 km"
    assert fmt.waypoint_distance(91.44, Units.STATUTE) == "100 yd"
    assert fmt.waypoint_distance(1609.344 * 2, Units.STATUTE) == "2.00 mi"
    assert fmt.waypoint_distance(None, Units.METRIC) == "—"
    assert fmt.speed(87.4, Units.METRIC) == "87 km/h"
    assert fmt.speed(None, Units.METRIC) == "— km/h"


def test_cap_course_and_waypoint_labels() -> None:
    assert fmt.cap(123) == "C.123" and fmt.cap(None) == ""
    assert fmt.course(359.7) == "C.0" and fmt.course(None) == "—"
    box = Box(
        3,
        1.0,
        waypoints=(Waypoint(WaypointType.WPM, "3"), Waypoint(WaypointType.DZ, "ignored")),
        speed_limit_kmh=80.4672,
    )
    assert fmt.waypoint_label(box, Units.METRIC) == "WPM 3, DZ 80"
    assert fmt.waypoint_label(box, Units.STATUTE) == "WPM 3, DZ 50"

"""Known review content for the report tests: a straight leg and a review with one of everything,
its figures chosen by hand."""

from __future__ import annotations

import math
from pathlib import Path

import lxml.html
import numpy as np

from navapp.core.model import Box, Roadbook, Track, WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import (
    Comparison,
    NeutralReview,
    OffRoute,
    Review,
    ReviewSummary,
    Section,
    Stop,
    Violation,
    WaypointOutcome,
    ZoneReview,
)
from navapp.io import report
from tests import builders

START = 1_767_225_600.0  # 2026-01-01 00:00:00 UTC
LAT, LON = 31.0, -4.0
HOSTILE = "<script>alert(1)</script>"


def leg_roadbook(length_m: float = 1000.0, name: str = "SS1 test") -> Roadbook:
    """A straight leg due east from (LAT, LON): DSS at the start, ASS at the end."""
    route = builders.straight_route(LAT, LON, 90.0, length_m, step_m=50.0)
    end_lat, end_lon = float(route.lat[-1]), float(route.lon[-1])
    boxes = [
        Box(0, 0.0, lat=LAT, lon=LON, waypoints=(builders.waypoint(WaypointType.DSS),)),
        Box(
            0,
            length_m / 1000.0,
            lat=end_lat,
            lon=end_lon,
            waypoints=(builders.waypoint(WaypointType.ASS),),
        ),
    ]
    return builders.roadbook(boxes, route, name=name)


def track_along(roadbook: Roadbook, name: str = "Crew A", with_time: bool = True) -> Track:
    """The route driven at 60 km/h, 1 Hz, as a Track."""
    assert roadbook.route is not None
    fixes = builders.drive(roadbook.route, 60.0, start=START)
    time = np.array([f.time for f in fixes]) if with_time else np.full(len(fixes), np.nan)
    return Track(
        time=time,
        lat=np.array([f.lat for f in fixes]),
        lon=np.array([f.lon for f in fixes]),
        ele=np.full(len(fixes), np.nan),
        speed=np.array([f.speed_kmh or 0.0 for f in fixes]) if with_time else None,
        name=name,
    )


def known_review(track: Track, name: str = "Crew A", penalty_s: float = 90.0) -> Review:
    """A review with one of everything, its figures chosen by hand."""
    n = len(track)
    end_lat, end_lon = float(track.lat[-1]), float(track.lon[-1])
    violation = Violation(START + 10, START + 20, 71.5, 10, 20, penalty_s)
    return Review(
        track_name=name,
        waypoints=(
            WaypointOutcome(
                1,
                WaypointType.DSS,
                "",
                WaypointStatus.VALIDATED,
                2.0,
                START,
                0,
                LAT,
                LON,
                1000.0,
                200.0,
            ),
            WaypointOutcome(
                2,
                WaypointType.ASS,
                "Finish & <b>",
                WaypointStatus.MISSED,
                312.0,
                None,
                n - 1,
                end_lat,
                end_lon,
                800.0,
                90.0,
            ),
        ),
        zones=(ZoneReview(1, 2, 50.0, 71.5, START + 5, START + 40, (violation,)),),
        off_route=(OffRoute(START + 30, START + 45, 120.0, 30, 45),),
        sections=(Section(1, 2, 1.0, 1.0234, 60.0, 61.4, 75.25, 0, n - 1),),
        stops=(Stop(START + 50, START + 55, 1, 50, 55),),
        neutralizations=(NeutralReview(1, 2, 300.0, 240.0, 60.0),),
        box_times=(START, START + 60),
        box_index=(0, n - 1),
        summary=ReviewSummary(1.0234, 60.0, 1, 1, 1, penalty_s, math.isinf(penalty_s)),
        notes=("note with <i>markup</i>",),
    )


def leg() -> tuple[Roadbook, Track, Review]:
    rb = leg_roadbook()
    tr = track_along(rb)
    return rb, tr, known_review(tr)


def render(
    rb: Roadbook,
    tracks: list[Track],
    reviews: list[Review],
    tmp_path: Path,
    comparison: Comparison | None = None,
) -> tuple[str, lxml.html.HtmlElement]:
    out = tmp_path / "report.html"
    report.write_html(out, rb, tracks, reviews, comparison)
    text = out.read_text(encoding="utf-8")
    return text, lxml.html.fromstring(text)


def points(attr: str) -> np.ndarray:
    return np.array([[float(v) for v in p.split(",")] for p in attr.split()])

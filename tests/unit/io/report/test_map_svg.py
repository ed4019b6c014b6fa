"""The report map: to scale, north up, segments kept apart, small for a 100-hour log."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import lxml.html
import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.model import Roadbook, Track, Units
from navapp.core.review_model import (
    OffRoute,
    Review,
    ReviewSummary,
    Violation,
    ZoneReview,
)
from navapp.io import report
from tests import builders
from tests.unit.io.report.known import (
    LAT,
    LON,
    START,
    known_review,
    leg_roadbook,
    points,
    render,
    track_along,
)


@pytest.mark.parametrize("azimuth", [90.0, 33.0])
def test_map_is_to_scale(tmp_path: Path, azimuth: float) -> None:
    # A 1 km leg measured in SVG units against the scale bar, in two directions (the map
    # must not stretch one axis).
    route = builders.straight_route(LAT, LON, azimuth, 1000.0, step_m=1000.0)
    rb = Roadbook("leg", Units.METRIC, (), route)
    _, doc = render(rb, [], [], tmp_path)
    leg_units = float(
        np.linalg.norm(
            np.diff(points(doc.xpath("//polyline[@class='route']")[0].get("points")), axis=0),
            axis=1,
        ).sum()
    )
    bar = doc.xpath("//g[@id='scalebar']")[0]
    line = bar.xpath("line")[0]
    bar_km = float(bar.get("data-km"))
    assert bar.xpath("text")[0].text_content() == f"{bar_km:g} km"
    units_per_km = (float(line.get("x2")) - float(line.get("x1"))) / bar_km
    assert leg_units / units_per_km == pytest.approx(1.0, rel=0.02)


def test_map_is_north_up_and_radii_are_to_scale(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    _, doc = render(rb, [tr], [rv], tmp_path)
    bar = doc.xpath("//g[@id='scalebar']")[0]
    line = bar.xpath("line")[0]
    units_per_m = (float(line.get("x2")) - float(line.get("x1"))) / float(bar.get("data-km")) / 1000
    # DSS circle: 200 m clear radius; the missed ASS gets a cross.
    circles = doc.xpath("//g[contains(@class,'wp')]/circle[@class='clear']")
    assert [float(c.get("r")) / units_per_m for c in circles] == pytest.approx(
        [200.0, 90.0], rel=0.01
    )
    assert len(doc.xpath("//g[@class='wp missed']/path[@class='cross']")) == 1
    # Driving east: x grows, y stays; a point north of the start would have a smaller y.
    route = points(doc.xpath("//polyline[@class='route']")[0].get("points"))
    assert route[-1, 0] > route[0, 0] and route[-1, 1] == pytest.approx(route[0, 1], abs=1.0)
    frame_lat, frame_lon = builders.offset(LAT, LON, 0.0, 100.0)
    proj = geodesy.LocalProjection.around(rb.route.lat, rb.route.lon)
    assert proj.to_xy(frame_lat, frame_lon)[1] > proj.to_xy(LAT, LON)[1]


def test_segments_are_not_joined_on_the_map(tmp_path: Path) -> None:
    # The second segment lies 2 km north of the first: a line joining them would be long.
    rb = leg_roadbook()
    tr = track_along(rb)
    lat = tr.lat.copy()
    lat[30:] += 2000.0 / 111_000.0
    tr = replace(tr, lat=lat, segment_starts=np.array([0, 30], dtype=np.int64))
    _, doc = render(rb, [tr], [known_review(tr)], tmp_path)
    bar = doc.xpath("//g[@id='scalebar']")[0]
    line = bar.xpath("line")[0]
    units_per_m = (float(line.get("x2")) - float(line.get("x1"))) / float(bar.get("data-km")) / 1000
    longest = 0.0
    for p in doc.xpath("//path[contains(@class,'speed')] | //path[@class='casing']"):
        for sub in p.get("d").split("M")[1:]:
            xy = np.array(
                [
                    [float(a), float(b)]
                    for a, b in re.findall(r"([\d.]+) ([\d.]+)", sub.replace("L", " "))
                ]
            )
            longest = max(longest, float(np.linalg.norm(np.diff(xy, axis=0), axis=1).max()))
    assert 10.0 < longest / units_per_m < 100.0  # 60 km/h at 1 Hz: 16.7 m steps


def test_big_track_gives_a_small_file(tmp_path: Path) -> None:
    # 100 hours at 1 Hz: a wandering line of 360,000 points, a violation spanning 5,000.
    n = 360_000
    rng = np.random.default_rng(1)
    heading = np.cumsum(rng.normal(0.0, 0.05, n))
    lat = LAT + np.cumsum(np.cos(heading)) * 2e-4
    lon = LON + np.cumsum(np.sin(heading)) * 2e-4
    time = START + np.arange(n, dtype=np.float64)
    speed = 60.0 + 40.0 * np.sin(np.arange(n) / 500.0)
    tr = Track(time, lat, lon, np.full(n, np.nan), speed, name="long")
    v = Violation(time[1000], time[6000], 99.0, 1000, 6000, 60.0)
    rv = Review(
        "long",
        (),
        (ZoneReview(1, 2, 80.0, 99.0, time[900], time[7000], (v,)),),
        (OffRoute(time[9000], time[90000], 500.0, 9000, 90000),),
        (),
        (),
        (),
        (),
        (),
        ReviewSummary(2000.0, float(n), 0, 0, 1, 60.0, False),
        (),
    )
    rb = Roadbook("long", Units.METRIC, ())
    out = tmp_path / "big.html"
    report.write_html(out, rb, [tr], [rv])
    assert out.stat().st_size < 2_000_000
    doc = lxml.html.fromstring(out.read_bytes())
    coords = sum(
        len(re.findall(r"[\d.]+ [\d.]+", p.get("d")))
        for p in doc.xpath("//path[contains(@class,'speed')]")
    )
    assert coords <= 2 * (report.MAX_MAP_SEGMENTS + 1)


def test_decimate_keeps_ends_and_breaks() -> None:
    idx = report.decimate(360_000, 3000, keep=[123_457, 123_456])
    assert idx[0] == 0 and idx[-1] == 359_999 and len(idx) <= 3003
    assert {123_456, 123_457} <= set(idx.tolist())
    assert np.all(np.diff(idx) > 0)
    assert report.decimate(5, 3000).tolist() == [0, 1, 2, 3, 4]
    assert report.decimate(0, 10).tolist() == []


def test_nice_scale_lengths() -> None:
    assert report.nice_scale_km(17.0) == 10.0
    assert report.nice_scale_km(0.3) == 0.2
    assert report.nice_scale_km(5.0) == 5.0

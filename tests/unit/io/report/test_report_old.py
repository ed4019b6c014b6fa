"""The post-stage review reports: a self-contained HTML file and the section table as CSV."""

from __future__ import annotations

import csv
import math
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import lxml.html
import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.model import Box, Roadbook, Track, Units, WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import (
    Comparison,
    NeutralReview,
    OffRoute,
    Review,
    ReviewSummary,
    Section,
    SectionGap,
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


# --------------------------------------------------------------------------- known content


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


@pytest.fixture
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


# --------------------------------------------------------------------------- HTML


def test_html_is_one_page_with_one_map_and_one_profile(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    text, doc = render(rb, [tr], [rv], tmp_path)
    assert text.startswith("<!DOCTYPE html>")
    svgs = doc.xpath("//svg")
    assert [s.get("id") for s in svgs] == ["map", "profile"]
    # Each crew section carries the tables an analyst reads.
    captions = [h.text_content() for h in doc.xpath("//section[@class='crew']/h3")]
    assert captions == [
        "Waypoints",
        "Speed zones",
        "Off route",
        "Stops",
        "Neutralisations",
        "Sections",
    ]
    summary = [td.text_content() for td in doc.xpath("//table[@class='summary']//td")]
    assert summary == ["Crew A", "1.02", "0:01:00", "1 / 1", "1", "1:30"]
    assert "2026-01-01" in doc.xpath("//p[@class='meta']")[0].text_content()


def test_html_refers_to_nothing_outside_itself(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    text, doc = render(rb, [tr], [rv], tmp_path)
    assert set(re.findall(r"https?://[^\s\"'<>]*", text)) == {report.SVG_NS}
    assert not doc.xpath("//link | //script | //img | //iframe | //object | //*[@src]")
    assert "@import" not in text and "url(" not in text


def test_text_from_files_is_escaped(tmp_path: Path) -> None:
    rb = replace(leg_roadbook(), name=f"Stage {HOSTILE}")
    tr = track_along(rb, name=HOSTILE)
    text, doc = render(rb, [tr], [known_review(tr, name=HOSTILE)], tmp_path)
    assert HOSTILE not in text and "<b>" not in text and "<i>markup" not in text
    assert not doc.xpath("//script | //b | //i")
    assert HOSTILE in doc.xpath("//h1")[0].text_content()
    assert HOSTILE in doc.xpath("//table[@class='summary']//td")[0].text_content()
    assert "Finish & <b>" in doc.text_content()


def test_infinite_penalty_reads_exclusion(tmp_path: Path) -> None:
    rb = leg_roadbook()
    tr = track_along(rb)
    _, doc = render(rb, [tr], [known_review(tr, penalty_s=math.inf)], tmp_path)
    summary = [td.text_content() for td in doc.xpath("//table[@class='summary']//td")]
    assert summary[-1] == "EXCLUSION"
    zone_cells = [
        td.text_content()
        for td in doc.xpath("//h3[.='Speed zones']/following-sibling::table[1]//td")
    ]
    assert zone_cells[-1] == "EXCLUSION"


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


def test_violations_and_off_route_are_drawn(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    _, doc = render(rb, [tr], [rv], tmp_path)
    assert len(doc.xpath("//svg[@id='map']//polyline[@class='violation']")) == 1
    assert len(doc.xpath("//svg[@id='map']//polyline[@class='offroute']")) == 1
    assert len(doc.xpath("//svg[@id='profile']//polyline[@class='violation']")) == 1
    zone = doc.xpath("//svg[@id='profile']//g[@class='zone']")
    assert len(zone) == 1 and zone[0].xpath("line[@class='limit']")
    # The speed line stays within the plot for a 60 km/h drive (axis up to 80).
    line = points(doc.xpath("//g[@class='speedline']/polyline")[0].get("points"))
    assert line[:, 1].min() >= report.PROFILE_MARGIN[2] - 0.1


def test_track_without_times_says_so(tmp_path: Path) -> None:
    rb = leg_roadbook()
    tr = track_along(rb, with_time=False)
    rv = replace(
        known_review(tr), zones=(), stops=(), summary=ReviewSummary(1.0, None, 1, 1, 0, 0.0, False)
    )
    text, doc = render(rb, [tr], [rv], tmp_path)
    assert "no times in this track" in doc.xpath("//svg[@id='profile']")[0].text_content()
    summary = [td.text_content() for td in doc.xpath("//table[@class='summary']//td")]
    assert summary[2] == "no times in this track"
    assert text.count("no times in this track") >= 4
    assert doc.xpath("//svg[@id='map']//path[contains(@class,'speed')]")


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


def test_comparison_table_highlights_losses(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    tr_b = replace(tr, name="Crew B")
    rv_b = replace(rv, track_name="Crew B")
    comp = Comparison(
        names=("Crew A", "Crew B"),
        box_elapsed_s=((0.0, 0.0), (60.0, 125.0)),
        sections=(SectionGap(1, 2, (60.0, 125.0), (1.0, 1.1), (0.0, 65.0)),),
        total_gap_s=(0.0, 65.0),
    )
    _, doc = render(rb, [tr, tr_b], [rv, rv_b], tmp_path, comp)
    section = doc.xpath("//section[@id='comparison']")[0]
    losses = [s.text_content() for s in section.xpath(".//span[@class='loss']")]
    assert losses == ["0:02:05 (+1:05)"]
    assert section.xpath(".//tr[@class='total']")[0].text_content() == "Total gap±0:00+1:05"
    assert len(doc.xpath("//g[@class='speedline']")) == 2
    assert len(doc.xpath("//svg")) == 2


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


# --------------------------------------------------------------------------- CSV


def test_csv_round_trips(leg, tmp_path: Path) -> None:
    _, _, rv = leg
    rv = replace(
        rv, sections=(*rv.sections, Section(2, 3, 2.5, None, None, None, None, None, None))
    )
    out = tmp_path / "sections.csv"
    report.write_csv(out, rv)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == [
        "from_box",
        "to_box",
        "partial_km",
        "driven_km",
        "drift_km",
        "time_s",
        "avg_kmh",
        "max_kmh",
    ]
    first = rows[0]
    assert (int(first["from_box"]), int(first["to_box"])) == (1, 2)
    assert float(first["partial_km"]) == pytest.approx(1.0)
    assert float(first["driven_km"]) == pytest.approx(1.0234, abs=5e-4)
    assert float(first["drift_km"]) == pytest.approx(0.0234, abs=5e-4)
    assert float(first["time_s"]) == pytest.approx(60.0)
    assert float(first["avg_kmh"]) == pytest.approx(61.4, abs=0.05)
    assert float(first["max_kmh"]) == pytest.approx(75.25, abs=0.05)
    assert rows[1] == {
        "from_box": "2",
        "to_box": "3",
        "partial_km": "2.5",
        "driven_km": "",
        "drift_km": "",
        "time_s": "",
        "avg_kmh": "",
        "max_kmh": "",
    }


def test_csv_in_statute_units(leg, tmp_path: Path) -> None:
    _, _, rv = leg
    out = tmp_path / "sections.csv"
    report.write_csv(out, rv, Units.STATUTE)
    with out.open(newline="", encoding="utf-8") as fh:
        row = next(csv.DictReader(fh))
    assert float(row["driven_mi"]) == pytest.approx(1.0234 / 1.609344, abs=5e-4)
    assert float(row["avg_mph"]) == pytest.approx(61.4 / 1.609344, abs=0.05)


@pytest.mark.parametrize("which", ["csv", "html"])
def test_crash_mid_write_keeps_the_old_file(leg, tmp_path: Path, monkeypatch, which: str) -> None:
    rb, tr, rv = leg
    out = tmp_path / f"old.{which}"
    out.write_text("old content")

    def boom(*_args: object) -> None:
        raise OSError("disk pulled out")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk pulled out"):
        if which == "csv":
            report.write_csv(out, rv)
        else:
            report.write_html(out, rb, [tr], [rv])
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


# --------------------------------------------------------------------------- the demo


def test_demo_report_end_to_end(tmp_path: Path, screenshot_dir: Path) -> None:
    review_mod = pytest.importorskip("navapp.core.review")
    compare_mod = pytest.importorskip("navapp.core.compare")
    from navapp.io.registry import read_roadbook, read_track
    from navapp.paths import demo_drive, demo_roadbook

    rb = read_roadbook(demo_roadbook())
    tr = read_track(demo_drive())
    rv = review_mod.review(rb, tr)
    # A second crew: the same drive, its clock running 5 % slow, so it loses on every section.
    tr_b = replace(tr, time=tr.time[0] + (tr.time - tr.time[0]) * 1.05, name="Crew B")
    rv_b = review_mod.review(rb, tr_b)
    comp = compare_mod.compare([rv, rv_b])
    text, doc = render(rb, [tr, tr_b], [rv, rv_b], tmp_path, comp)

    assert len(doc.xpath("//svg")) == 2
    assert len(text.encode()) < 2_000_000
    missed = [r.text_content() for r in doc.xpath("//tr[@class='bad']/td[2]")]
    assert missed.count("WPM 7") == 2  # one per crew
    zone_rows = doc.xpath("//h3[.='Speed zones']/following-sibling::table[1]//tr[@class='bad']")
    assert zone_rows and "66" in zone_rows[0].text_content()
    assert len(doc.xpath("//svg[@id='map']//g[@class='wp missed']")) == 1
    assert len(doc.xpath("//svg[@id='profile']//g[@class='zone']")) == 2  # one per crew
    section_rows = doc.xpath("(//table[@class='sections'])[1]/tbody/tr")
    assert len(section_rows) == len(rb.boxes) - 1
    assert doc.xpath("//section[@id='comparison']//span[@class='loss']")

    out = tmp_path / "demo.csv"
    report.write_csv(out, rv)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(rb.boxes) - 1
    driven = sum(float(r["driven_km"]) for r in rows if r["driven_km"])
    assert driven == pytest.approx(sum(s.driven_km or 0.0 for s in rv.sections), abs=0.02)

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        single = tmp_path / "single.html"
        report.write_html(single, rb, [tr], [rv])
        png = screenshot_dir / "review_report.png"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--screenshot={png}",
                "--window-size=1280,2400",
                single.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert png.stat().st_size > 10_000

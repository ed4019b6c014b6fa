"""Plain GPX roadbooks through gpxpy."""

from __future__ import annotations

from pathlib import Path

import gpxpy
import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.model import WaypointType
from navapp.io.errors import InputError
from navapp.io.gpx import read_plain_gpx, to_plain_gpx_bytes
from tests.builders import straight_route

DATA = Path(__file__).parents[2] / "data"


def _gpx(wpts: list[tuple[float, float, str, str]], line: str = "") -> bytes:
    body = "".join(
        f'<wpt lat="{float(la)!r}" lon="{float(lo)!r}"><name>{n}</name><type>{t}</type></wpt>'
        for la, lo, n, t in wpts
    )
    return (
        '<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" '
        f'creator="t">{body}{line}</gpx>'
    ).encode()


def _track(lat: list[float], lon: list[float]) -> str:
    pts = "".join(
        f'<trkpt lat="{float(a)!r}" lon="{float(b)!r}"/>' for a, b in zip(lat, lon, strict=True)
    )
    return f"<trk><name>Stage line</name><trkseg>{pts}</trkseg></trk>"


def test_totals_along_the_track_known_by_construction() -> None:
    route = straight_route(31.0, -4.0, 30.0, 10_000.0, step_m=50.0)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    wpts = []
    for c, off, name in [(0.0, 0.0, "DSS"), (2_500.0, 20.0, "WPM1"), (7_250.0, -15.0, "CP 2")]:
        la, lo = line.point_at(c)
        la, lo = geodesy.forward(la, lo, 120.0 if off > 0 else 300.0, abs(off))
        wpts.append((la, lo, name, ""))
    rb = read_plain_gpx("s.gpx", _gpx(wpts, _track(list(route.lat), list(route.lon))))
    assert rb.name == "Stage line"
    assert [b.total_km for b in rb.boxes] == pytest.approx([0.0, 2.5, 7.25], abs=0.002)
    assert [b.cap for b in rb.boxes] == [30, 30, 30]
    types = [b.waypoint.type if b.waypoint else None for b in rb.boxes]
    assert types == [WaypointType.DSS, WaypointType.WPM, WaypointType.CP]
    assert rb.boxes[1].waypoint is not None and rb.boxes[1].waypoint.name == "1"
    assert rb.route is not None and len(rb.route) == len(route)


def test_without_a_line_totals_are_straight_legs() -> None:
    a = (45.0, 7.0)
    b = geodesy.forward(*a, 90.0, 3_000.0)
    c = geodesy.forward(*b, 0.0, 4_000.0)
    rb = read_plain_gpx("s.gpx", _gpx([(*a, "A", ""), (*b, "B", "WPV"), (*c, "C", "")]))
    assert rb.route is None
    assert [x.total_km for x in rb.boxes] == pytest.approx([0.0, 3.0, 7.0], abs=1e-3)
    assert [x.cap for x in rb.boxes] == [90, 0, None]
    # The <type> says what the point is even when its name does not.
    assert rb.boxes[1].waypoint is not None and rb.boxes[1].waypoint.type is WaypointType.WPV


def test_real_file_with_waypoints_and_track() -> None:
    rb = read_plain_gpx(DATA / "gpxpy_korita-zbevnica.gpx")
    parsed = gpxpy.parse((DATA / "gpxpy_korita-zbevnica.gpx").read_text("utf-8"))
    assert len(rb.boxes) == len(parsed.waypoints) == 2
    n_points = sum(len(s.points) for t in parsed.tracks for s in t.segments)
    assert rb.route is not None and len(rb.route) == n_points
    # Each total is the track distance to the vertex nearest the waypoint, within a step.
    cum = geodesy.cumulative_m(rb.route.lat, rb.route.lon)
    longest_step = float(np.diff(cum).max())
    for box in rb.boxes:
        n = len(rb.route)
        _, d = geodesy.inverse_arrays(
            np.full(n, box.lat), np.full(n, box.lon), rb.route.lat, rb.route.lon
        )
        nearest = int(np.argmin(d))
        assert box.total_km * 1000 == pytest.approx(cum[nearest], abs=longest_step)


@pytest.mark.parametrize("path", sorted(DATA.glob("gpxpy_*.gpx")), ids=lambda p: p.name)
def test_every_sample_gpx_reads(path: Path) -> None:
    rb = read_plain_gpx(path)
    parsed = gpxpy.parse(path.read_bytes().decode("utf-8-sig"))
    assert len(rb.boxes) == len(parsed.waypoints)


def test_written_plain_gpx_reads_back() -> None:
    route = straight_route(-23.5, 133.0, 200.0, 5_000.0)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    wpts = [(*line.point_at(c), n, t) for c, n, t in [(0, "Start", "DSS"), (4000, "3", "WPE")]]
    rb = read_plain_gpx("a.gpx", _gpx(wpts, _track(list(route.lat), list(route.lon))))
    again = read_plain_gpx("b.gpx", to_plain_gpx_bytes(rb))
    assert [b.total_km for b in again.boxes] == pytest.approx([0.0, 4.0], abs=0.002)
    assert [b.waypoint.type for b in again.boxes if b.waypoint] == [
        WaypointType.DSS,
        WaypointType.WPE,
    ]
    assert [b.name for b in again.boxes] == ["Start", "3"]


@pytest.mark.parametrize(
    ("lat", "message"),
    [("95", "latitude out of range"), ("nan", "not a finite number"), ("north", "not a number")],
)
def test_bad_coordinates_name_their_line(lat: str, message: str) -> None:
    data = (
        '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1">\n'
        f'<wpt lat="1" lon="1"/>\n<wpt lat="{lat}" lon="1"/>\n</gpx>'
    ).encode()
    with pytest.raises(InputError, match=message) as err:
        read_plain_gpx("p.gpx", data)
    assert err.value.line == 3


def test_utf16_file(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?><gpx version="1.1"><wpt lat="1" lon="2"><name>Añ</name></wpt></gpx>'
    path = tmp_path / "u16.gpx"
    path.write_bytes(text.encode("utf-16"))
    rb = read_plain_gpx(path)
    assert rb.boxes[0].name == "Añ"


def test_points_at_one_place_have_no_cap() -> None:
    rb = read_plain_gpx(
        "s.gpx", _gpx([(45.0, 7.0, "A", ""), (45.0, 7.0, "B", ""), (45.01, 7.0, "C", "")])
    )
    assert [b.cap for b in rb.boxes] == [None, 0, None]

"""Geodesy: WGS84 distances and route chainage anywhere on Earth."""

from __future__ import annotations

import numpy as np
import pytest

from navapp.core import geodesy
from tests.builders import straight_route

# WGS84 reference values: one degree of longitude on the equator and one degree of latitude
# from the equator (a = 6378137 m, f = 1/298.257223563).
EQUATOR_DEGREE_M = 111319.490793
MERIDIAN_DEGREE_M = 110574.388556


def test_distance_is_ellipsoidal_not_spherical() -> None:
    assert geodesy.distance_m(0, 0, 0, 1) == pytest.approx(EQUATOR_DEGREE_M, abs=0.01)
    assert geodesy.distance_m(0, 0, 1, 0) == pytest.approx(MERIDIAN_DEGREE_M, abs=0.01)


@pytest.mark.parametrize(
    ("lat", "lon", "az"),
    [(31.2, -4.0, 37.0), (-33.9, 151.2, 290.0), (64.1, -21.9, 180.0), (0.0, 0.0, 90.0)],
)
def test_forward_then_inverse_agree(lat: float, lon: float, az: float) -> None:
    lat2, lon2 = geodesy.forward(lat, lon, az, 12_345.678)
    back_az, dist = geodesy.inverse(lat, lon, lat2, lon2)
    assert dist == pytest.approx(12_345.678, abs=1e-6)
    assert back_az == pytest.approx(az % 360, abs=1e-7)


def test_bearing_is_in_0_360() -> None:
    assert 359.99 < geodesy.bearing_deg(0, 0, 1, -0.0001) < 360.0  # just west of north
    assert 0 <= geodesy.bearing_deg(10, 10, 10, 9) < 360


def test_cumulative_matches_step_sum() -> None:
    r = straight_route(45.0, 7.0, 60.0, 5000.0, step_m=50.0)
    cum = geodesy.cumulative_m(r.lat, r.lon)
    assert cum[0] == 0.0
    assert cum[-1] == pytest.approx(5000.0, abs=1e-3)
    assert np.all(np.diff(cum) > 0)


PLACES = [
    pytest.param(31.1, -4.0, 45.0, id="morocco"),
    pytest.param(-33.9, 151.2, 300.0, id="southern-hemisphere"),
    pytest.param(-16.5, 179.95, 90.0, id="across-antimeridian"),
    pytest.param(0.0, -0.02, 90.0, id="across-greenwich-equator"),
    pytest.param(69.5, 25.0, 10.0, id="far-north"),
]


@pytest.mark.parametrize(("lat", "lon", "az"), PLACES)
def test_chainage_and_offset_known_by_construction(lat: float, lon: float, az: float) -> None:
    route = straight_route(lat, lon, az, 20_000.0, step_m=100.0)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    assert line.length_m == pytest.approx(20_000.0, abs=0.01)
    chainages = np.array([0.0, 3_210.0, 9_999.0, 15_000.5, 20_000.0])
    offsets = np.array([0.0, 50.0, 120.0, -80.0, 0.0])  # negative = left of the line
    lats, lons = [], []
    for c, off in zip(chainages, offsets, strict=True):
        la, lo = line.point_at(c)
        heading = line.heading_at(c)
        la, lo = geodesy.forward(la, lo, heading + (90 if off >= 0 else -90), abs(off))
        lats.append(la)
        lons.append(lo)
    located = line.locate(np.array(lats), np.array(lons))
    np.testing.assert_allclose(located.chainage_m, chainages, atol=0.5)
    np.testing.assert_allclose(located.offset_m, np.abs(offsets), atol=0.5)


def test_route_across_antimeridian_has_no_jump() -> None:
    route = straight_route(-16.5, 179.9, 90.0, 30_000.0)
    assert route.lon.min() < -179.0 and route.lon.max() > 179.0
    line = geodesy.RouteGeometry(route.lat, route.lon)
    assert line.length_m == pytest.approx(30_000.0, abs=0.01)
    la, lo = line.point_at(25_000.0)
    assert lo < 0  # past the antimeridian
    assert line.locate(np.array([la]), np.array([lo])).chainage_m[0] == pytest.approx(
        25_000.0, abs=0.5
    )


def test_locate_near_stays_on_the_right_leg_of_an_out_and_back() -> None:
    out = straight_route(31.0, -4.0, 0.0, 5_000.0)
    back_lat = np.concatenate([out.lat, out.lat[-2::-1]])
    back_lon = np.concatenate([out.lon, out.lon[-2::-1] + 1e-6])
    line = geodesy.RouteGeometry(back_lat, back_lon)
    la, lo = line.point_at(2_000.0)
    # The same place lies at 2 km (out) and 8 km (back): the window decides.
    assert line.locate_near(la, lo, around_m=2_100.0).chainage_m[0] == pytest.approx(
        2_000.0, abs=1.0
    )
    assert line.locate_near(la, lo, around_m=7_900.0).chainage_m[0] == pytest.approx(
        8_000.0, abs=1.0
    )


def test_locate_near_matches_locate_on_a_long_line() -> None:
    route = straight_route(24.0, 45.0, 123.0, 200_000.0, step_m=25.0)
    line = geodesy.RouteGeometry(route.lat, route.lon)
    rng = np.random.default_rng(7)
    for c in rng.uniform(0, 200_000.0, 20):
        la, lo = line.point_at(float(c))
        la, lo = geodesy.forward(la, lo, line.heading_at(float(c)) + 90, 30.0)
        near = line.locate_near(la, lo, around_m=float(c) + 300.0)
        full = line.locate(np.array([la]), np.array([lo]))
        assert near.chainage_m[0] == pytest.approx(full.chainage_m[0], abs=0.01)
        assert near.chainage_m[0] == pytest.approx(c, abs=0.5)


def test_route_needs_two_points() -> None:
    with pytest.raises(ValueError, match="two points"):
        geodesy.RouteGeometry(np.array([1.0]), np.array([2.0]))


def test_heading_skips_points_logged_twice() -> None:
    route = straight_route(31.0, -4.0, 45.0, 1_000.0)
    lat = np.concatenate([route.lat, route.lat[-1:]])
    lon = np.concatenate([route.lon, route.lon[-1:]])
    line = geodesy.RouteGeometry(lat, lon)
    assert line.heading_at(line.length_m) == pytest.approx(45.0, abs=0.01)
    assert line.heading_at(0.0) == pytest.approx(45.0, abs=0.01)


@pytest.mark.parametrize(("lat", "lon"), [(31.2, -4.0), (-33.9, 151.2), (0.5, 179.999)])
def test_closest_on_step_sees_a_step_jumping_over_the_point(lat: float, lon: float) -> None:
    # A 400 m step passing 30 m east of the point: neither end is within 150 m of it.
    a_lat, a_lon = geodesy.forward(*geodesy.forward(lat, lon, 90.0, 30.0), 180.0, 200.0)
    b_lat, b_lon = geodesy.forward(*geodesy.forward(lat, lon, 90.0, 30.0), 0.0, 200.0)
    assert geodesy.distance_m(lat, lon, a_lat, a_lon) > 150.0
    assert geodesy.closest_on_step(lat, lon, a_lat, a_lon, b_lat, b_lon) == pytest.approx(
        30.0, abs=0.05
    )
    # A step that stops short is judged at its nearer end; a standing fix at itself.
    assert geodesy.closest_on_step(lat, lon, a_lat, a_lon, a_lat, a_lon) == pytest.approx(
        geodesy.distance_m(lat, lon, a_lat, a_lon), abs=1e-9
    )


def test_closest_on_steps_is_the_scalar_judgement_on_arrays() -> None:
    rng = np.random.default_rng(9)
    lat, lon = 24.3, 54.6
    a_lat = lat + rng.uniform(-0.01, 0.01, 200)
    a_lon = lon + rng.uniform(-0.01, 0.01, 200)
    b_lat = a_lat + rng.uniform(-0.002, 0.002, 200)
    b_lon = a_lon + rng.uniform(-0.002, 0.002, 200)
    b_lat[:5], b_lon[:5] = a_lat[:5], a_lon[:5]  # standing still
    got = geodesy.closest_on_steps(lat, lon, a_lat, a_lon, b_lat, b_lon)
    want = [
        geodesy.closest_on_step(lat, lon, *step)
        for step in zip(a_lat.tolist(), a_lon.tolist(), b_lat.tolist(), b_lon.tolist(), strict=True)
    ]
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-6)
    assert geodesy.closest_on_steps(lat, lon, *(np.zeros(0),) * 4).shape == (0,)

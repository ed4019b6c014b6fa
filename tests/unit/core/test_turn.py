"""Turns measured along the road: known by construction."""

from __future__ import annotations

import numpy as np
import pytest

from navapp.core import geodesy
from navapp.core.turn import route_turns, turn_words


def _route(legs: list[tuple[float, float, float]]) -> geodesy.RouteGeometry:
    pts = [(31.0, -4.0)]
    for az, length, step in legs:
        for _ in range(round(length / step)):
            pts.append(geodesy.forward(*pts[-1], az, step))
    arr = np.array(pts)
    return geodesy.RouteGeometry(arr[:, 0], arr[:, 1])


def test_a_gap_between_points_is_no_turn() -> None:
    line = _route([(20.0, 500.0, 5.0), (20.0, 367.0, 367.0), (20.0, 500.0, 5.0)])
    turns = route_turns(line, line.cum_m)
    assert np.abs(turns.angle_deg).max() < 0.01
    assert turns.exit_deg[:-1] == pytest.approx(20.0, abs=0.01)
    assert {turns.cap(i) for i in range(len(line.cum_m))} == {20}


def test_a_corner_turns_where_it_is_and_only_there() -> None:
    line = _route([(350.0, 500.0, 10.0), (80.0, 500.0, 10.0)])
    turns = route_turns(line, np.array([500.0, 400.0, 600.0, 0.0, 1000.0]))
    assert turns.angle_deg[0] == pytest.approx(90.0, abs=0.1)
    assert turns.entry_deg[0] == pytest.approx(350.0, abs=0.1)
    assert turns.cap(0) == 80
    # 100 m either side, and at the ends of the line: straight
    assert turns.angle_deg[1:] == pytest.approx([0.0] * 4, abs=0.01)


def test_a_route_standing_still_takes_the_line_heading() -> None:
    # 200 m east, then the same point logged 30 times, then 200 m east
    lat, lon = [31.0], [-4.0]
    for _ in range(20):
        la, lo = geodesy.forward(lat[-1], lon[-1], 90.0, 10.0)
        lat.append(la)
        lon.append(lo)
    lat += [lat[-1]] * 30
    lon += [lon[-1]] * 30
    line = geodesy.RouteGeometry(np.array(lat), np.array(lon))
    turns = route_turns(line, np.array([200.0, 100.0]), look_m=0.5)
    assert turns.angle_deg == pytest.approx([0.0, 0.0], abs=0.01)
    assert turns.exit_deg == pytest.approx([90.0, 90.0], abs=0.1)


def test_points_at_are_point_at() -> None:
    line = _route([(350.0, 500.0, 10.0), (80.0, 500.0, 37.0)])
    c = np.array([-5.0, 0.0, 3.3, 499.9, 777.7, 1e6])
    lat, lon = line.points_at(c)
    for i, ci in enumerate(c.tolist()):
        assert (lat[i], lon[i]) == pytest.approx(line.point_at(ci), abs=1e-12)


@pytest.mark.parametrize(
    ("angle", "words"),
    [
        (0.0, "Straight on"),
        (-19.9, "Straight on"),
        (20.0, "Bear right"),
        (-59.0, "Bear left"),
        (90.0, "Turn right"),
        (-120.0, "Sharp left"),
        (164.0, "Sharp right"),
        (-165.0, "U-turn"),
        (180.0, "U-turn"),
    ],
)
def test_turn_words(angle: float, words: str) -> None:
    assert turn_words(angle) == words

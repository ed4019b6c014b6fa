"""Small fields of crews for the many-crews tests: a loop stage and an out-and-back stage,
each crew's drive written as a GPX file, answers known by construction."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from navapp.core import geodesy
from navapp.core.model import Box, Roadbook, RouteLine, Track, WaypointType
from navapp.io.gpxwrite import write_track
from tests.builders import drive, roadbook, straight_route, waypoint

LAT, LON = 24.0, 46.0
LEG_M = 1500.0


def _join(*lines: RouteLine) -> RouteLine:
    lat = np.concatenate([lines[0].lat, *(ln.lat[1:] for ln in lines[1:])])
    lon = np.concatenate([lines[0].lon, *(ln.lon[1:] for ln in lines[1:])])
    return RouteLine(lat, lon)


def loop_route() -> RouteLine:
    """A square of 1.5 km sides, north, east, south, west: it ends where it starts."""
    legs = []
    lat, lon = LAT, LON
    for az in (0.0, 90.0, 180.0, 270.0):
        leg = straight_route(lat, lon, az, LEG_M, 50.0)
        legs.append(leg)
        lat, lon = float(leg.lat[-1]), float(leg.lon[-1])
    return _join(*legs)


def out_and_back_route() -> RouteLine:
    """3 km north, then 1.5 km back the same way."""
    out = straight_route(LAT, LON, 0.0, 2 * LEG_M, 50.0)
    half = len(out.lat) // 2
    back = RouteLine(out.lat[::-1][: half + 1].copy(), out.lon[::-1][: half + 1].copy())
    return _join(out, back)


def stage(route: RouteLine, every_m: float = 1500.0, name: str = "Stage") -> Roadbook:
    """A box every ``every_m`` along ``route``: DSS first, a WPM at each, ASS last."""
    line = geodesy.RouteGeometry(route.lat, route.lon)
    boxes = []
    marks = np.arange(0.0, line.length_m + 1.0, every_m)
    for i, c in enumerate(marks):
        lat, lon = line.point_at(float(c))
        kind = WaypointType.DSS if i == 0 else WaypointType.WPM
        if i == len(marks) - 1:
            kind = WaypointType.ASS
        boxes.append(
            Box(0, round(c / 1000.0, 3), lat=lat, lon=lon, waypoints=(waypoint(kind, str(i)),))
        )
    return roadbook(boxes, route, name)


def crew_track(route: RouteLine, k: int, part: float = 1.0) -> Track:
    """Crew ``k`` drives ``route`` at 40 + 5k km/h at 1 Hz, starting a minute after crew k-1;
    with ``part`` < 1 it stops for good after that share of its drive."""
    fixes = drive(route, 40.0 + 5.0 * k, start=1_767_225_600.0 + 60.0 * k)
    fixes = fixes[: max(round(len(fixes) * part), 1)]
    return Track(
        np.array([f.time for f in fixes]),
        np.array([f.lat for f in fixes]),
        np.array([f.lon for f in fixes]),
        np.full(len(fixes), 500.0),
        np.array([f.speed_kmh for f in fixes], dtype=np.float64),
        np.zeros(1, dtype=np.int64),
        f"crew {k + 1}",
    )


def write_crews(folder: Path, route: RouteLine, crews: int) -> list[Path]:
    """``crews`` crews' GPX files in ``folder``: crew_1.gpx … (all finish the stage)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(crews):
        path = folder / f"crew_{k + 1}.gpx"
        write_track(crew_track(route, k), path)
        paths.append(path)
    return paths

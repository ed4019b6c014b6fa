"""A generated stage whose waypoint results are known by construction, for the GUI tests.

A 20 km straight line east; a DSS, then WPMs every 3 km: WPM 1 40 m beside the line
(validated, closest 40 m), WPM 2 260 m beside it (missed, closest 260 m), WPM 3 and WPM 4
on the line, WPM 5, and the ASS. Driven at 60 km/h to ``stop_km`` (11.7 km by default) it
stands mid-stage: three validated, one missed, WPM 4 open (inside its 800 m), two locked.
"""

from __future__ import annotations

from navapp.core import geodesy
from navapp.core.model import Box, Fix, Roadbook, WaypointType
from tests.builders import drive, offset, roadbook, straight_route, waypoint

ROUTE = straight_route(31.0, -4.0, 90.0, 20_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)
SPEED_KMH = 60.0
# Box (1-based) -> the closest approach the line makes to its waypoint, metres.
SIDE_M = {2: 40.0, 3: 260.0, 4: 0.0, 5: 0.0, 6: 0.0}


def _box(km: float, wtype: WaypointType, name: str = "", side_m: float = 0.0) -> Box:
    lat, lon = LINE.point_at(km * 1000)
    if side_m:
        lat, lon = offset(lat, lon, 0.0, side_m)
    return Box(0, km, lat=lat, lon=lon, waypoints=(waypoint(wtype, name),), cap=90 + int(km))


def stage() -> Roadbook:
    """The roadbook: boxes 1..7 with the waypoints above; CAP 90 + km (all different)."""
    boxes = [_box(0.0, WaypointType.DSS)]
    for i, km in enumerate((3.0, 6.0, 9.0, 12.0, 15.0), start=1):
        boxes.append(_box(km, WaypointType.WPM, str(i), SIDE_M[i + 1]))
    boxes.append(_box(19.0, WaypointType.ASS))
    return roadbook(boxes, ROUTE, name="Generated stage")


def long_stage(every_km: float = 0.5) -> Roadbook:
    """Plain boxes every ``every_km`` along the 20 km line (41 by default), CAP 90 + box
    number: more rows than any screen shows, for following the current box."""
    boxes = []
    for i in range(round(20.0 / every_km) + 1):
        lat, lon = LINE.point_at(i * every_km * 1000)
        boxes.append(Box(0, i * every_km, lat=lat, lon=lon, cap=(90 + i) % 360))
    return roadbook(boxes, ROUTE, name="Generated long stage")


def fixes(stop_km: float = 11.7) -> list[Fix]:
    """The fixes of the drive from the start to ``stop_km`` along the line (1 Hz)."""
    return drive(ROUTE, SPEED_KMH)[: int(stop_km * 1000 / (SPEED_KMH / 3.6)) + 1]

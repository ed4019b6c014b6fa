"""Reading an organiser's separate waypoint list, and a roadbook together with one."""

from __future__ import annotations

from pathlib import Path

from navapp.core.i18n import translate
from navapp.core.model import Roadbook
from navapp.core.waypoint_list import WaypointList, attach_waypoints
from navapp.io.errors import InputError
from navapp.io.registry import read_roadbook, read_roadbook_reading, roadbook_format

# What a waypoint list may be, by extension.
WAYPOINT_LIST_EXTENSIONS = (".kml", ".kmz", ".gpx", ".csv")


def read_waypoint_list(path: str | Path) -> WaypointList:
    """A waypoint list from a CSV, KML/KMZ or GPX file (waypoints, or an OpenRally roadbook
    that has coordinates). The list's km are its boxes' totals only where those follow the
    stage (OpenRally, or a list read along its route), not straight legs between points."""
    ext = Path(path).suffix.lower()
    if ext not in WAYPOINT_LIST_EXTENSIONS:
        raise InputError(
            path,
            translate(
                "WaypointListFile", "unsupported waypoint list '{format}' (navapp reads {items})"
            ).format(format=ext or Path(path).name, items=", ".join(WAYPOINT_LIST_EXTENSIONS)),
        )
    if ext == ".csv":
        from navapp.io.csvwaypoints import read_waypoint_csv

        return read_waypoint_csv(path)
    roadbook = read_roadbook(path)
    along_stage = roadbook.route is not None or roadbook_format(path) == "openrally"
    listed = WaypointList.from_roadbook(roadbook, str(path), along_stage)
    if not listed.entries:
        raise InputError(
            path, translate("WaypointListFile", "no waypoint with coordinates in this list")
        )
    return listed


def read_roadbook_with_waypoints(
    path: str | Path,
    waypoints: str | Path,
    reverse: bool | None = None,
    from_last_page: bool | None = None,
) -> Roadbook:
    """A roadbook whose waypoint boxes take their coordinates (and radii, where given) from
    a separate waypoint list; what did not match is in the roadbook's warnings. ``reverse``
    and ``from_last_page`` are a PDF roadbook's reading order
    (:func:`~navapp.io.registry.read_roadbook_reading`)."""
    roadbook = read_roadbook_reading(path, reverse, from_last_page)
    return attach_waypoints(roadbook, read_waypoint_list(waypoints))

"""Organisers' KML waypoint lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.core import geodesy
from navapp.core.model import WaypointType
from navapp.core.validate import validate
from navapp.io.errors import InputError
from navapp.io.gpxwrite import write_track
from navapp.io.kml import read_kml_roadbook
from tests.builders import straight_route

ROUTE = straight_route(31.0, -4.0, 60.0, 12_000.0, step_m=50.0)
LINE = geodesy.RouteGeometry(ROUTE.lat, ROUTE.lon)


def _kml(placemarks: list[tuple[str, float]], line: bool = False) -> str:
    """Placemarks at chainages (m) along ROUTE, in the given (maybe shuffled) order."""
    marks = []
    for name, c in placemarks:
        lat, lon = LINE.point_at(c)
        marks.append(
            f"<Placemark><name>{name}</name><description>at {c:.0f} m</description>"
            f"<Point><coordinates>{lon:.8f},{lat:.8f},0</coordinates></Point></Placemark>"
        )
    if line:
        coords = " ".join(f"{lo:.8f},{la:.8f}" for la, lo in zip(ROUTE.lat, ROUTE.lon, strict=True))
        marks.append(
            f"<Placemark><name>route</name><LineString><coordinates>{coords}</coordinates></LineString></Placemark>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document><name>SS3 waypoints</name>{''.join(marks)}</Document></kml>"
    )


MARKS = [("DSS", 0.0), ("WP01", 2_500.0), ("WPE3", 7_000.0), ("CP1", 5_000.0), ("ASS", 12_000.0)]


def test_with_a_separate_route_file(tmp_path: Path) -> None:
    (tmp_path / "wps.kml").write_text(_kml(MARKS))
    import numpy as np

    from navapp.core.model import Track

    n = len(ROUTE)
    write_track(
        Track(np.full(n, np.nan), ROUTE.lat, ROUTE.lon, np.full(n, np.nan)), tmp_path / "route.gpx"
    )
    rb = read_kml_roadbook(tmp_path / "wps.kml", tmp_path / "route.gpx")
    assert rb.name == "SS3 waypoints"
    # In order along the route whatever the file's order, totals and CAPs from the route.
    assert [b.name for b in rb.boxes] == ["DSS", "WP01", "CP1", "WPE3", "ASS"]
    assert [b.total_km for b in rb.boxes] == pytest.approx([0.0, 2.5, 5.0, 7.0, 12.0], abs=0.002)
    assert all(b.cap == 60 for b in rb.boxes[:-1])
    types = [b.waypoint.type for b in rb.boxes if b.waypoint]
    assert types == [
        WaypointType.DSS,
        WaypointType.WPV,
        WaypointType.CP,
        WaypointType.WPE,
        WaypointType.ASS,
    ]
    assert rb.boxes[1].waypoint is not None and rb.boxes[1].waypoint.name == "1"
    assert rb.boxes[2].notes_text == "at 5000 m"
    assert validate(rb) == []


def test_route_in_the_same_kml(tmp_path: Path) -> None:
    (tmp_path / "all.kml").write_text(_kml(MARKS, line=True))
    rb = read_kml_roadbook(tmp_path / "all.kml")
    assert rb.route is not None and len(rb.route) == len(ROUTE)
    assert rb.boxes[-1].total_km == pytest.approx(12.0, abs=0.002)


def test_without_a_route_keeps_the_file_order(tmp_path: Path) -> None:
    (tmp_path / "wps.kml").write_text(_kml(MARKS[:3]))
    rb = read_kml_roadbook(tmp_path / "wps.kml")
    assert rb.route is None
    assert [b.total_km for b in rb.boxes] == pytest.approx([0.0, 2.5, 7.0], abs=0.002)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<kml><Document/></kml>", "no placemarks"),
        ("<gpx/>", "not a KML file"),
        (
            "<kml><Placemark><name>X</name><Point><coordinates>abc</coordinates></Point></Placemark></kml>",
            "bad KML coordinates",
        ),
        (
            "<kml><Placemark><Point><coordinates>10,95</coordinates></Point></Placemark></kml>",
            "out of range",
        ),
        ('<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml>&x;</kml>', "not allowed"),
    ],
)
def test_bad_files(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.kml").write_text(text)
    with pytest.raises(InputError, match=message):
        read_kml_roadbook(tmp_path / "bad.kml")


def test_a_point_without_coordinates_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.kml").write_text(
        "<kml><Placemark><name>WP02</name><Point></Point></Placemark></kml>"
    )
    with pytest.raises(InputError, match="placemark 'WP02' has no coordinates"):
        read_kml_roadbook(tmp_path / "a.kml")


def test_a_list_cut_off_keeps_its_whole_placemarks(tmp_path: Path) -> None:
    from navapp.io.registry import read_roadbook

    whole = (
        Path(__file__).parents[2] / "data" / "gpsbabel_earth-gc_doctype_in_cdata.kml"
    ).read_bytes()
    # Cut inside the second placemark: the first one is kept, with a warning naming the line
    # where the data ends.
    cut_at = whole.index(b"Oozy rat")
    path = tmp_path / "cut.kml"
    path.write_bytes(whole[:cut_at])
    rb = read_roadbook(path)
    assert [b.name for b in rb.boxes] == ["Points géodésiques du Québec"]
    line = whole[:cut_at].rstrip().count(b"\n") + 1
    assert rb.warnings == (f"{path}:{line}: the file ends early; read 1 placemarks",)
    # Cut before any whole placemark: refused in one line.
    path.write_bytes(whole[: whole.index(b"Points g")])
    with pytest.raises(InputError) as err:
        read_roadbook(path)
    assert "\n" not in str(err.value)

"""Organisers' CSV waypoint lists: the spellings, delimiters, coordinate forms and encodings
found in the wild, and damaged files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from navapp.core.model import WaypointType
from navapp.io.csvwaypoints import (
    parse_coordinate,
    parse_position,
    read_csv_roadbook,
    read_waypoint_csv,
)
from navapp.io.errors import InputError
from navapp.io.registry import read_roadbook, roadbook_format

# N 23°12.345' = 23 + 12.345/60; E 5°30.5' = 5 + 30.5/60.
LAT = 23 + 12.345 / 60
LON = 5 + 30.5 / 60


@pytest.mark.parametrize(
    ("text", "axis", "value"),
    [
        ("23.20575", "lat", 23.20575),
        ("-4.5", "lon", -4.5),
        ("N 23°12.345'", "lat", LAT),
        ("N23 12.345", "lat", LAT),
        ("23°12.345'N", "lat", LAT),
        ("S 23°12.345'", "lat", -LAT),
        ("E 5°30.5'", "lon", LON),
        ("W5 30.5", "lon", -LON),
        ("O 5°30.5'", "lon", -LON),
        ("23°12'20.7\"N", "lat", 23 + 12 / 60 + 20.7 / 3600),
        ("23 12 20.7 N", "lat", 23 + 12 / 60 + 20.7 / 3600),
        ("N 23° 12′ 20.7″", "lat", 23 + 12 / 60 + 20.7 / 3600),
        ("-23 12.345", "lat", -LAT),
        ("E5.5", "lon", 5.5),
        ("5.5E", "lon", 5.5),
    ],
)
def test_coordinate_forms(text: str, axis: str, value: float) -> None:
    assert parse_coordinate(text, axis) == pytest.approx(value, abs=1e-12)


def test_decimal_comma() -> None:
    assert parse_coordinate("23,5", "lat", decimal_comma=True) == 23.5
    assert parse_coordinate("N 23°12,345'", "lat", decimal_comma=True) == pytest.approx(LAT)


@pytest.mark.parametrize(
    ("text", "axis"),
    [
        ("", "lat"),
        ("abc", "lat"),
        ("91", "lat"),
        ("181", "lon"),
        ("E 23.5", "lat"),  # a longitude letter on a latitude
        ("N 5.5", "lon"),
        ("-S 23.5", "lat"),
        ("23 61.0", "lat"),  # minutes past 60
        ("23 12 60.5", "lat"),
        ("23.5 12", "lat"),  # fractional degrees with minutes
        ("23 12 20 10", "lat"),
        ("23.5 km", "lat"),
    ],
)
def test_bad_coordinates_are_refused(text: str, axis: str) -> None:
    with pytest.raises(ValueError):
        parse_coordinate(text, axis)


def _write(tmp_path: Path, text: str, name: str = "list.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


HEADERS = [
    "name,lat,lon",
    "Name,Latitude,Longitude",
    "ID,LAT,LNG",
    "wp,latitude (deg),long",
    "Waypoint,Latitude [°],Longitude [°]",
]


@pytest.mark.parametrize("header", HEADERS)
def test_header_spellings(tmp_path: Path, header: str) -> None:
    path = _write(tmp_path, f"{header}\nWPM 1,23.1,5.1\nWPE02,23.2,5.2\n")
    listed = read_waypoint_csv(path)
    assert [(e.label, e.lat, e.lon) for e in listed.entries] == [
        ("WPM 1", 23.1, 5.1),
        ("WPE02", 23.2, 5.2),
    ]
    assert [e.where for e in listed.entries] == [f"{path}:2", f"{path}:3"]
    assert listed.warnings == ()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_and_columns_in_any_order(tmp_path: Path, delimiter: str) -> None:
    # With ; or tab, numbers may have a decimal comma.
    dec = "." if delimiter == "," else ","
    rows = [
        ["km", "Type", "Lon", "Lat", "Open radius (m)", "clear", "Name", "Description"],
        [f"12{dec}5", "WPM", f"5{dec}1", f"23{dec}1", "800", "", "3", "puits"],
        ["20", "", f"E 5°30{dec}5'", f"N 23°12{dec}345'", "", "50 m", "wps-04", ""],
    ]
    path = _write(tmp_path, "\n".join(delimiter.join(r) for r in rows) + "\n")
    e1, e2 = read_waypoint_csv(path).entries
    assert (e1.label, e1.lat, e1.lon, e1.km, e1.notes) == ("3", 23.1, 5.1, 12.5, "puits")
    assert e1.waypoint is not None and e1.waypoint.type is WaypointType.WPM
    assert e1.waypoint.open_m == 800 and e1.waypoint.open_from_file
    assert e1.waypoint.clear_m == 200 and not e1.waypoint.clear_from_file
    assert e2.waypoint is not None and e2.waypoint.type is WaypointType.WPS
    assert e2.waypoint.name == "4" and e2.waypoint.clear_m == 50 and e2.waypoint.clear_from_file
    assert (e2.lat, e2.lon) == pytest.approx((LAT, LON), abs=1e-12)


def test_without_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "WP01;N 23°12,345';E 5°30,5'\nWP02;23,3;5,6\n")
    e1, e2 = read_waypoint_csv(path).entries
    assert e1.label == "WP01" and (e1.lat, e1.lon) == pytest.approx((LAT, LON))
    assert e1.generic and e1.waypoint is not None and e1.waypoint.type is WaypointType.WPV
    assert (e2.lat, e2.lon) == (23.3, 5.6)
    # Coordinates first, name after.
    path = _write(tmp_path, "23.1,5.1,DSS\n23.2,5.2,ASS\n", "b.csv")
    assert [e.label for e in read_waypoint_csv(path).entries] == ["DSS", "ASS"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "Nom;Latitude;Longitude\r\nPuits de l'Oued Méniet;N 23°12,345';E 5°30,5'\r\n"
    path = tmp_path / "list.csv"
    path.write_bytes(bom + text.encode(encoding))
    (entry,) = read_waypoint_csv(path).entries
    assert entry.label == "Puits de l'Oued Méniet"
    assert (entry.lat, entry.lon) == pytest.approx((LAT, LON))


def test_bad_lines_are_skipped_and_named(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name,lat,lon\n# a comment\nWPM 1,23.1,5.1\nWPM 2,abc,5.2\n\nWPM 3,23.3,\nWPM 4,23.4,5.4\n",
    )
    listed = read_waypoint_csv(path)
    assert [e.label for e in listed.entries] == ["WPM 1", "WPM 4"]
    assert listed.warnings == (
        f"{path}:4: line skipped: not a coordinate: WPM 2,abc,5.2",
        f"{path}:6: line skipped: empty: WPM 3,23.3,",
    )
    assert all("\n" not in w for w in listed.warnings)


def test_many_bad_lines_are_counted(tmp_path: Path) -> None:
    rows = "".join(f"WP{i},x,5\n" for i in range(30))
    path = _write(tmp_path, f"name,lat,lon\nWP,23,5\n{rows}")
    warnings = read_waypoint_csv(path).warnings
    assert len(warnings) == 11 and warnings[-1] == f"{path}: 20 more lines skipped"


def test_a_file_cut_off_keeps_what_reads(tmp_path: Path) -> None:
    path = _write(tmp_path, "name,lat,lon\nWPM 1,23.1,5.1\nWPM 2,23.2,5.2\nWPM 3,23.")
    listed = read_waypoint_csv(path)
    assert [e.label for e in listed.entries] == ["WPM 1", "WPM 2"]
    assert listed.warnings == (f"{path}:4: line skipped: empty: WPM 3,23.",)
    path = _write(tmp_path, 'name,lat,lon\nWPM 1,23.1,5.1\nWPM 2,23.2,5.2\n"WPM 3,23', "b.csv")
    listed = read_waypoint_csv(path)
    assert [e.label for e in listed.entries] == ["WPM 1", "WPM 2"]
    assert len(listed.warnings) == 1 and listed.warnings[0].startswith(f"{path}:4: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "file is empty"),
        ("name,lat,lon\n", "no waypoints"),
        ("name,lat,lon\nWPM 1,x,y\n", ":2: no line reads as a waypoint; line skipped"),
        ("hello world\nfoo bar\n", ":1: no latitude and longitude columns"),
        ("\x00\x01\x02garbage", "no latitude and longitude columns"),
    ],
)
def test_unusable_files_give_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as err:
        read_waypoint_csv(path)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_as_a_roadbook(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name,lat,lon,km\nWPM 2,23.2,5.0,20\nDSS,23.0,5.0,0\nWPM 1,23.1,5.0,10.5\n",
    )
    assert roadbook_format(path) == "csv"
    rb = read_roadbook(path)
    assert rb == read_csv_roadbook(path)
    # In order of the list's km, totals from them.
    assert [b.name for b in rb.boxes] == ["DSS", "WPM 1", "WPM 2"]
    assert [b.total_km for b in rb.boxes] == [0.0, 10.5, 20.0]
    assert [b.cap for b in rb.boxes] == [0, 0, None]
    assert rb.boxes[1].waypoint is not None and rb.boxes[1].waypoint.type is WaypointType.WPM
    # Without km: file order and straight legs (0.1 degree of latitude is about 11.07 km).
    path = _write(tmp_path, "name,lat,lon\nDSS,23.0,5.0\nWPM 1,23.1,5.0\n", "b.csv")
    rb = read_roadbook(path)
    assert rb.boxes[1].total_km == pytest.approx(11.07, abs=0.01)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("31.52, -4.21", 31.52, -4.21),
        ("  31.52   -4.21 ", 31.52, -4.21),
        ("31.52;-4.21", 31.52, -4.21),
        ("N31 31.2 W4 12.6", 31.52, -4.21),
        ("31°31'12\"N 4°12'36\"W", 31.52, -4.21),
        ("S 23.5, E 15", -23.5, 15.0),
    ],
)
def test_a_typed_position(text: str, lat: float, lon: float) -> None:
    assert parse_position(text) == pytest.approx((lat, lon), abs=1e-9)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "nothing typed"),
        ("31.52", "not a position"),
        ("31.52, -4.21, 7", "not a position"),
        ("95, 10", "latitude '95': out of range"),
        ("10, 200", "longitude '200': out of range"),
        ("E10, N20", "'E' on a latitude"),
        ("Marrakech", "not a position"),
        ("not a place", "not a position"),
    ],
)
def test_a_typed_position_that_is_not_one_says_why_in_one_line(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why) as e:
        parse_position(text)
    assert "\n" not in str(e.value)

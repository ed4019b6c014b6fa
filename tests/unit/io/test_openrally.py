"""OpenRally GPX: the official examples, legacy files, statute units, writing and hostile files."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from navapp.core.model import (
    KNOWN_FLAGS,
    Box,
    Drawing,
    DrawingKind,
    Metadata,
    Roadbook,
    RouteLine,
    Units,
    Waypoint,
    WaypointType,
    number_boxes,
)
from navapp.io.errors import InputError
from navapp.io.openrally import NS_PREFIX, read_openrally, to_openrally_bytes, write_openrally

DATA = Path(__file__).parents[2] / "data"
EXAMPLE = DATA / "openrally_v1.0.3_example.gpx"
SCHEMA = etree.XMLSchema(etree.parse(str(DATA / "schemas" / "openrally-gpx-strict.xsd")))


def _valid(data: bytes) -> bool:
    ok = SCHEMA.validate(etree.fromstring(data))
    assert ok, SCHEMA.error_log
    return bool(ok)


def _doc(wpts: str, units: str = "metric", version: str = "v1.0.3", total: str = "") -> bytes:
    meta_total = f"<o:distance>{total}</o:distance>" if total else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="t"\n'
        f'     xmlns:o="{NS_PREFIX}{version}">\n'
        f"<metadata><extensions><o:units>{units}</o:units>{meta_total}</extensions></metadata>\n"
        f"{wpts}\n</gpx>\n"
    ).encode()


def _wpt(ext: str, lat: str = "31.1", lon: str = "-4.0") -> str:
    return f'<wpt lat="{lat}" lon="{lon}"><extensions>{ext}</extensions></wpt>'


# --- the official v1.0.3 example --------------------------------------------------------------


@pytest.fixture(scope="module")
def example() -> Roadbook:
    return read_openrally(EXAMPLE)


def test_example_boxes_and_metadata(example: Roadbook) -> None:
    assert len(example.boxes) == 21
    assert [b.index for b in example.boxes] == list(range(1, 22))
    assert example.units is Units.METRIC
    assert example.total_km == pytest.approx(33.86)
    assert example.metadata.version == "v1.0.3"
    # Every waypoint of the official example sits at 0,0: no usable coordinates.
    assert not example.has_coordinates
    assert all(b.lat is None and b.lon is None for b in example.boxes)


def test_example_speed_zones_and_controls(example: Roadbook) -> None:
    b = example.boxes
    assert b[1].starts_zone and b[1].speed_limit_kmh == 65
    assert b[2].ends_zone
    assert b[3].danger == 3
    wps = b[3].waypoint
    assert wps is not None and wps.type is WaypointType.WPS
    assert (wps.open_m, wps.clear_m, wps.open_from_file) == (800, 90, True)
    assert b[4].stop_s == 3
    assert b[5].neutralization_s == 900 and "fuel" in b[5].flags
    assert b[5].waypoint_of(WaypointType.DN) is not None
    # A speed written inside <dz>40</dz>.
    assert b[7].speed_limit_kmh == 40 and b[7].starts_zone
    assert {w.type for w in b[9].waypoints} == {WaypointType.DT, WaypointType.DZ}


def test_example_waypoint_types_with_file_radii(example: Roadbook) -> None:
    got = [
        (w.type.value, w.name, w.open_m, w.clear_m)
        for b in example.boxes[11:18]
        for w in b.waypoints
    ]
    assert got == [
        (t, str(i + 1), 1000, 50)
        for i, t in enumerate(["wpm", "wps", "wpc", "wpv", "wpe", "wpn", "wpp"])
    ]


def test_example_drawings(example: Roadbook) -> None:
    png, svg = example.boxes[18], example.boxes[19]
    assert png.tulip is not None and png.tulip.kind is DrawingKind.PNG
    image = png.tulip.embedded_image()
    assert image is not None and image.startswith(b"\x89PNG\r\n\x1a\n")
    assert png.notes is not None and png.notes.kind is DrawingKind.SVG_PNG
    assert png.notes.embedded_image() == image
    assert svg.tulip is not None and svg.tulip.kind is DrawingKind.SVG
    assert "<circle" in (svg.tulip.svg_text() or "")
    assert svg.notes is not None and "SVG Example" in svg.notes.text


def test_example_everything_box(example: Roadbook) -> None:
    b = example.boxes[20]
    assert b.cap == 360
    assert b.reset_km == 0.0 and b.stop_s == 0
    assert b.time_controls == (None, 60)
    assert b.flags == ("show_coordinates",)
    types = [w.type.value for w in b.waypoints]
    assert types == ["wpc", "wpm", "wps", "wpe", "dss", "cp", "ass"]
    wpc = b.waypoints[0]
    # A WPC never opens; its file clear radius wins over the default 300 m.
    assert wpc.open_m is None and wpc.clear_m == 20 and wpc.clear_from_file
    wpe = b.waypoints[3]
    assert wpe.open_m == 1000 and not wpe.open_from_file and wpe.clear_m == 200
    assert b.waypoint is not None and b.waypoint.type is WaypointType.DSS


def test_partials_follow_resets() -> None:
    boxes = number_boxes(
        [
            Box(0, 0.0),
            Box(0, 12.5),
            Box(0, 20.0, reset_km=0.0),
            Box(0, 3.25),
            Box(0, 10.0, reset_km=5.0),
            Box(0, 7.5),
        ]
    )
    assert [b.partial_km for b in boxes] == [0.0, 12.5, 7.5, 3.25, 6.75, 2.5]


def test_example_round_trip_keeps_every_element(example: Roadbook, tmp_path: Path) -> None:
    out = tmp_path / "copy.gpx"
    write_openrally(example, out)
    data = out.read_bytes()
    assert _valid(data)
    again = read_openrally(out)
    assert again == example

    def elements(path: Path) -> list[list[tuple[str, tuple[tuple[str, str], ...]]]]:
        root = etree.parse(str(path)).getroot()
        rows = []
        for wpt in root.iter("{*}wpt"):
            tags = []
            for e in wpt.iter():
                if isinstance(e.tag, str) and e.tag.startswith(f"{{{NS_PREFIX}"):
                    tags.append((etree.QName(e).localname, tuple(sorted(e.attrib.items()))))
            rows.append(sorted(tags))
        return rows

    before, after = elements(EXAMPLE), elements(out)
    assert len(before) == len(after)
    for i, (b, a) in enumerate(zip(before, after, strict=True)):
        missing = [t for t in b if t not in a]
        # The only change: a speed written inside <dz> is written as its own <speed>.
        assert missing == [], f"wpt {i + 1} lost {missing}"
        extra = [t for t in a if t not in b]
        assert extra in ([], [("speed", ())]), f"wpt {i + 1} gained {extra}"


@pytest.mark.parametrize(
    "name", ["openrally_v1.0-cc-DRAFT_example.gpx", "openrally_v0.3-DRAFT_example.gpx"]
)
def test_older_versions_read_and_write_valid_v103(name: str) -> None:
    rb = read_openrally(DATA / name)
    assert rb.boxes and rb.total_km == pytest.approx(33.86)
    assert _valid(to_openrally_bytes(rb))


def test_cc_draft_round_trip_is_exact(tmp_path: Path) -> None:
    rb = read_openrally(DATA / "openrally_v1.0-cc-DRAFT_example.gpx")
    assert rb.metadata.version == "v1.0-Cross-Country-DRAFT"
    write_openrally(rb, tmp_path / "x.gpx")
    assert read_openrally(tmp_path / "x.gpx") == rb


def test_v03_legacy_names(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("navapp tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    rb = read_openrally(DATA / "openrally_v0.3-DRAFT_example.gpx")
    (box,) = rb.boxes
    types = {w.type for w in box.waypoints}
    # waypointmasked, waypointeclipse, waypointsafety, startspecialstage, finishspecialstage,
    # endofzone, checkpoint, neutralization.
    assert {
        WaypointType.WPM,
        WaypointType.WPE,
        WaypointType.WPS,
        WaypointType.DSS,
        WaypointType.ASS,
        WaypointType.FZ,
        WaypointType.CP,
        WaypointType.DN,
    } <= types
    assert box.danger == 3  # onedanger, twodanger, threedanger: the worst
    assert box.reset_km == 0.0  # resettozero
    assert box.stop_s == 0  # stopcontrol
    assert box.notes is not None and box.notes.remote_references()  # kept, never fetched
    assert box.tulip is not None and box.tulip.embedded_image() is not None


def test_v01_namespace_and_statute_units() -> None:
    wpts = _wpt('<o:distance>1</o:distance><o:wpm open="110" clear="100" name="A"/>') + _wpt(
        "<o:distance>2.5</o:distance><o:dz>30</o:dz>"
    )
    for units in ("statute", "statue"):
        rb = read_openrally("x.gpx", _doc(wpts, units, version="v0.1", total="2.5"))
        assert rb.units is Units.STATUTE
        assert rb.boxes[0].total_km == pytest.approx(1.609344)
        assert rb.total_km == pytest.approx(2.5 * 1.609344)
        wp = rb.boxes[0].waypoint
        assert wp is not None and wp.clear_m == pytest.approx(91.44)
        assert rb.boxes[1].speed_limit_kmh == pytest.approx(30 * 1.609344)
        data = to_openrally_bytes(rb)
        assert _valid(data)
        text = data.decode()
        assert "<openrally:units>statue</openrally:units>" in text
        assert "<openrally:distance>2.5</openrally:distance>" in text
        assert 'open="110"' in text and 'clear="100"' in text
        assert "<openrally:speed>30</openrally:speed>" in text
        assert read_openrally("y.gpx", data) == rb


def test_route_line_from_track() -> None:
    doc = _doc(
        _wpt("<o:distance>0</o:distance>")
        + '<trk><trkseg><trkpt lat="31.0" lon="-4.0"/><trkpt lat="31.01" lon="-4.0"/>'
        + '<trkpt lat="31.02" lon="-4.01"/></trkseg></trk>'
    )
    rb = read_openrally("x.gpx", doc)
    assert rb.route is not None
    np.testing.assert_array_equal(rb.route.lat, [31.0, 31.01, 31.02])
    assert rb.boxes[0].lat == 31.1


# --- bad and hostile files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ext", "line", "message"),
    [
        ("<o:distance>-1</o:distance>", 5, "negative distance"),
        ("<o:distance>abc</o:distance>", 5, "distance is not a number"),
        ("<o:distance>NaN</o:distance>", 5, "not a finite number"),
        ("<o:cap>12.5</o:cap><o:distance>1</o:distance>", 5, "whole number"),
        ("<o:wpm/>", 5, "no OpenRally distance"),
        ('<o:distance>1</o:distance><o:wpm open="0"/>', 5, "open radius must be positive"),
        ("<o:distance>1</o:distance><o:speed>-5</o:speed>", 5, "speed limit must be positive"),
    ],
)
def test_bad_values_name_their_line(ext: str, line: int, message: str) -> None:
    with pytest.raises(InputError, match=message) as err:
        read_openrally("bad.gpx", _doc(_wpt(ext)))
    assert err.value.line == line
    assert str(err.value).startswith(f"bad.gpx:{line}: ")


@pytest.mark.parametrize(
    ("lat", "lon", "message"),
    [
        ("91", "0", "latitude out of range"),
        ("10", "-180.5", "longitude out of range"),
        ("nan", "3", "not a finite number"),
        ("x", "3", "latitude is not a number"),
    ],
)
def test_bad_coordinates(lat: str, lon: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as err:
        read_openrally("bad.gpx", _doc(_wpt("<o:distance>1</o:distance>", lat, lon)))
    assert err.value.line == 5


def test_unknown_units() -> None:
    with pytest.raises(InputError, match="unknown units 'furlongs'"):
        read_openrally("u.gpx", _doc(_wpt("<o:distance>1</o:distance>"), units="furlongs"))


def test_truncated_file_names_a_line() -> None:
    data = EXAMPLE.read_bytes()[:3000]
    with pytest.raises(InputError, match="not valid XML") as err:
        read_openrally("cut.gpx", data)
    assert err.value.line is not None and err.value.line > 50


@pytest.mark.parametrize(
    "data", [b"", b"   \n", b"PK\x03\x04\x00\x00binary", b"hello world", b"<gpx><wpt"]
)
def test_not_xml(data: bytes) -> None:
    with pytest.raises(InputError):
        read_openrally("junk.gpx", data)


def test_not_a_gpx() -> None:
    with pytest.raises(InputError, match="not a GPX file"):
        read_openrally("x.gpx", b"<kml><Document/></kml>")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE gpx [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<gpx xmlns="http://www.topografix.com/GPX/1/1"><metadata><desc>&f;</desc></metadata></gpx>
"""


def test_entity_bomb_is_refused_quickly() -> None:
    start = time.perf_counter()
    with pytest.raises(InputError, match="DTDs and entities are not allowed") as err:
        read_openrally("bomb.gpx", BILLION_LAUGHS)
    assert time.perf_counter() - start < 1.0
    assert err.value.line == 2


def test_external_entity_never_reads_another_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<gpx xmlns="http://www.topografix.com/GPX/1/1"><metadata><desc>&x;</desc></metadata></gpx>'
    ).encode()
    with pytest.raises(InputError, match="not allowed") as err:
        read_openrally("xxe.gpx", doc)
    assert "TOP-SECRET" not in str(err.value)


def test_missing_file() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_openrally("/nonexistent/stage.gpx")


# --- hypothesis: writing then reading gives the same roadbook ---------------------------------

_names = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="\x00"
    ),
    max_size=12,
).map(str.strip)
_radius = st.one_of(st.none(), st.integers(1, 5000))


@st.composite
def _waypoints(draw: st.DrawFn) -> tuple[Waypoint, ...]:
    from navapp.core.rules import rule_for

    out = []
    types = draw(
        st.lists(
            st.sampled_from([t for t in WaypointType if t is not WaypointType.DN]),
            max_size=3,
            unique=True,
        )
    )
    for t in types:
        rule = rule_for(t)
        o, c = draw(_radius), draw(_radius)
        out.append(
            Waypoint(
                t,
                draw(_names),
                float(o) if o is not None else rule.open_m,
                float(c) if c is not None else rule.clear_m,
                o is not None,
                c is not None,
            )
        )
    return tuple(out)


@st.composite
def _boxes(draw: st.DrawFn) -> Box:
    has_pos = draw(st.booleans())
    lat = draw(st.floats(-89.9, 89.9).map(lambda v: round(v, 7))) if has_pos else None
    lon = draw(st.floats(-179.9, 179.9).map(lambda v: round(v, 7))) if has_pos else None
    if lat == 0.0 and lon == 0.0:
        lat = 1.0
    wps = draw(_waypoints())
    neutral = draw(st.one_of(st.none(), st.integers(0, 3600)))
    if neutral is not None:
        from navapp.core.rules import rule_for

        dn = rule_for(WaypointType.DN)
        wps = (*wps, Waypoint(WaypointType.DN, "", dn.open_m, dn.clear_m))
    svg = draw(
        st.sampled_from(["", '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0L5 5"/></svg>'])
    )
    return Box(
        index=0,
        total_km=draw(st.integers(0, 100_000).map(lambda v: v / 100)),
        cap=draw(st.one_of(st.none(), st.integers(0, 360))),
        lat=lat,
        lon=lon,
        waypoints=wps,
        speed_limit_kmh=draw(st.one_of(st.none(), st.integers(1, 200).map(float))),
        danger=draw(st.one_of(st.none(), st.integers(1, 3))),
        reset_km=draw(st.one_of(st.none(), st.integers(0, 500).map(lambda v: v / 10))),
        stop_s=draw(st.one_of(st.none(), st.integers(0, 600))),
        neutralization_s=neutral,
        time_controls=tuple(draw(st.lists(st.one_of(st.none(), st.integers(0, 600)), max_size=2))),
        flags=tuple(f for f in KNOWN_FLAGS if draw(st.booleans())),
        tulip=Drawing(svg) if svg else None,
        notes=Drawing("data:image/png;base64,iVBORw0KGgo=") if draw(st.booleans()) else None,
        notes_text=draw(_names),
        name=draw(_names),
    )


@st.composite
def _roadbooks(draw: st.DrawFn) -> Roadbook:
    boxes = draw(st.lists(_boxes(), min_size=0, max_size=6))
    route = None
    if draw(st.booleans()):
        n = draw(st.integers(2, 8))
        lat = np.round(np.linspace(30.0, 30.1, n), 7)
        lon = np.round(np.linspace(-4.0, -3.9, n), 7)
        route = RouteLine(lat, lon)
    return Roadbook(
        name=draw(_names),
        units=Units.METRIC,
        boxes=number_boxes(boxes),
        route=route,
        metadata=Metadata(
            description=draw(_names),
            author=draw(_names),
            total_km=draw(st.one_of(st.none(), st.integers(0, 100000).map(lambda v: v / 100))),
        ),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_roadbooks())
def test_write_then_read_gives_the_same_roadbook(rb: Roadbook) -> None:
    data = to_openrally_bytes(rb)
    assert SCHEMA.validate(etree.fromstring(data)), SCHEMA.error_log
    again = read_openrally("rt.gpx", data)
    expected_name = rb.name or "rt"
    assert again.name == expected_name
    assert again.boxes == rb.boxes
    assert again.route == rb.route
    assert again.metadata == rb.metadata

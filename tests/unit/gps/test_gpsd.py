"""gpsd JSON reports to fixes: TPV and SKY as gpsd sends them, no-fix modes and garbage."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from navapp.gps.gpsd import DEFAULT_HOST, DEFAULT_PORT, WATCH_COMMAND, GpsdParser
from navapp.io.gpxtrack import parse_time

# A session as gpsd 3.25 reports it after ?WATCH (u-blox receiver, Marseille).
VERSION = '{"class":"VERSION","release":"3.25","rev":"3.25","proto_major":3,"proto_minor":15}'
DEVICES = '{"class":"DEVICES","devices":[{"class":"DEVICE","path":"/dev/ttyACM0","driver":"u-blox","activated":"2023-05-07T10:15:30.120Z","flags":1,"native":1,"bps":9600,"parity":"N","stopbits":1,"cycle":1.00}]}'
WATCH = '{"class":"WATCH","enable":true,"json":true,"nmea":false,"raw":0,"scaled":false,"timing":false,"split24":false,"pps":false}'
TPV_MODE1 = (
    '{"class":"TPV","device":"/dev/ttyACM0","mode":1,"time":"2023-05-07T10:15:31.000Z","ept":0.005}'
)
SKY = (
    '{"class":"SKY","device":"/dev/ttyACM0","time":"2023-05-07T10:15:32.000Z","xdop":0.64,'
    '"ydop":0.85,"vdop":1.23,"tdop":1.00,"hdop":1.06,"gdop":1.92,"pdop":1.62,"nSat":4,"uSat":3,'
    '"satellites":[{"PRN":2,"el":45.0,"az":120.0,"ss":38.0,"used":true,"gnssid":0,"svid":2},'
    '{"PRN":5,"el":20.0,"az":300.0,"ss":30.0,"used":true,"gnssid":0,"svid":5},'
    '{"PRN":12,"el":70.0,"az":10.0,"ss":41.0,"used":true,"gnssid":0,"svid":12},'
    '{"PRN":25,"el":5.0,"az":200.0,"ss":0.0,"used":false,"gnssid":0,"svid":25}]}'
)
TPV_3D = (
    '{"class":"TPV","device":"/dev/ttyACM0","status":2,"mode":3,"time":"2023-05-07T10:15:32.000Z",'
    '"ept":0.005,"lat":43.296123456,"lon":5.369912345,"altHAE":82.1,"altMSL":33.4,"alt":33.4,'
    '"epx":3.2,"epy":4.1,"epv":7.5,"track":271.3,"magtrack":272.9,"magvar":1.6,"speed":12.5,'
    '"climb":0.1,"eps":0.6,"epc":2.1}'
)
# gpsd before 3.20: "alt" only, older SKY without uSat.
TPV_OLD = '{"class":"TPV","device":"/dev/pts/1","time":"2005-06-08T10:34:48.283Z","ept":0.005,"lat":46.498293369,"lon":7.567411672,"alt":1343.127,"eph":36.000,"epv":32.321,"track":10.3788,"speed":0.091,"climb":-0.085,"mode":3}'
SKY_OLD = '{"class":"SKY","device":"/dev/pts/1","time":"2005-07-08T11:28:07.114Z","xdop":1.55,"hdop":1.24,"pdop":1.99,"satellites":[{"PRN":23,"el":6,"az":84,"ss":0,"used":false},{"PRN":28,"el":7,"az":160,"ss":0,"used":false},{"PRN":8,"el":66,"az":189,"ss":44,"used":true},{"PRN":29,"el":13,"az":273,"ss":0,"used":false},{"PRN":10,"el":51,"az":304,"ss":29,"used":true},{"PRN":4,"el":15,"az":199,"ss":36,"used":true}]}'
TPV_2D = '{"class":"TPV","device":"/dev/ttyACM0","mode":2,"time":"2023-05-07T10:15:33.000Z","lat":43.2962,"lon":5.3698,"altMSL":30.0,"speed":0.0}'


def test_constants() -> None:
    assert WATCH_COMMAND == '?WATCH={"enable":true,"json":true}\n'
    assert (DEFAULT_HOST, DEFAULT_PORT) == ("localhost", 2947)


def test_session_gives_fixes_with_sky_data_attached() -> None:
    p = GpsdParser()
    fixes = [f for line in (VERSION, DEVICES, WATCH, TPV_MODE1, SKY, TPV_3D) for f in p.feed(line)]
    assert len(fixes) == 2
    nofix, fix = fixes
    assert not nofix.valid
    assert math.isnan(nofix.lat) and math.isnan(nofix.lon)
    assert nofix.time == parse_time("2023-05-07T10:15:31Z")
    assert nofix.hdop is None and nofix.satellites is None  # before any SKY
    assert fix.valid
    assert fix.time == parse_time("2023-05-07T10:15:32Z")
    assert (fix.lat, fix.lon) == (43.296123456, 5.369912345)
    assert fix.ele_m == 33.4  # altMSL
    assert fix.speed_kmh == pytest.approx(45.0)  # 12.5 m/s
    assert fix.course_deg == 271.3
    assert fix.hdop == 1.06 and fix.satellites == 3
    assert p.stats.lines == 6
    assert (p.stats.tpv, p.stats.sky, p.stats.ignored, p.stats.malformed) == (2, 1, 3, 0)
    assert p.stats.no_fix == 1


def test_old_gpsd_reports() -> None:
    p = GpsdParser()
    assert p.feed(SKY_OLD) == []
    (fix,) = p.feed(TPV_OLD + "\r\n")
    assert fix.valid and fix.ele_m == 1343.127
    assert fix.time == pytest.approx(parse_time("2005-06-08T10:34:48.283Z"))
    assert fix.satellites == 3  # counted from "used": true
    assert fix.hdop == 1.24
    assert fix.speed_kmh == pytest.approx(0.091 * 3.6)


def test_2d_fix_has_no_elevation_and_mode_0_is_no_fix() -> None:
    p = GpsdParser()
    (fix,) = p.feed(TPV_2D)
    assert fix.valid and fix.ele_m is None and fix.speed_kmh == 0.0
    (none,) = p.feed('{"class":"TPV","mode":0}')
    assert not none.valid and math.isnan(none.time)
    (missing,) = p.feed('{"class":"TPV","mode":3,"time":"2023-05-07T10:15:33Z"}')
    assert not missing.valid  # a 3D fix claimed without coordinates


def test_dead_reckoning_only_is_not_a_valid_fix() -> None:
    (fix,) = GpsdParser().feed('{"class":"TPV","mode":3,"status":5,"lat":43.0,"lon":5.0}')
    assert not fix.valid


def test_partial_sky_keeps_earlier_values() -> None:
    p = GpsdParser()
    p.feed(SKY)
    p.feed('{"class":"SKY","hdop":2.5}')
    (fix,) = p.feed(TPV_3D)
    assert (fix.hdop, fix.satellites) == (2.5, 3)


@pytest.mark.parametrize(
    "line",
    [
        "garbage",
        '{"class":"TPV","mode":3,"lat":43.1',  # cut short
        "[1, 2, 3]",
        '"TPV"',
        '{"class":"TPV","mode":"3","lat":43.0,"lon":5.0}',
        '{"class":"TPV","mode":3,"lat":"43.0","lon":5.0}',
        '{"class":"TPV","mode":3,"lat":true,"lon":5.0}',
        '{"class":"TPV","mode":3,"lat":91.0,"lon":5.0}',
        '{"class":"TPV","mode":3,"lat":NaN,"lon":5.0}',
        '{"class":"TPV","mode":3,"lat":43.0,"lon":1e999}',
        '{"class":"TPV","mode":3,"lat":43.0,"lon":5.0,"time":"yesterday"}',
        '{"class":"TPV","mode":3,"lat":43.0,"lon":5.0,"time":12}',
        '{"class":"TPV","mode":3,"lat":43.0,"lon":5.0,"speed":[1]}',
        '{"class":"SKY","satellites":{"used":true}}',
        '{"class":"SKY","uSat":2.5}',
        '{"class":"TPV","mode":3,"lat":' + "9" * 400 + ',"lon":5}',
        '{"class":"TPV","mode":3,"lat":' + "9" * 5000 + ',"lon":5}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_garbage_is_counted_not_raised(line: str) -> None:
    p = GpsdParser()
    assert p.feed(line) == []
    assert p.stats.malformed == 1 and p.stats.lines == 1


def test_blank_lines_are_not_counted() -> None:
    p = GpsdParser()
    assert p.feed("") == [] and p.feed("  \r\n") == []
    assert p.stats.lines == 0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_feed_never_raises_on_any_text(text: str) -> None:
    p = GpsdParser()
    p.feed(text)
    s = p.stats
    assert s.lines == s.tpv + s.sky + s.ignored + s.malformed


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["TPV", "SKY"]),
    st.dictionaries(
        st.sampled_from(
            [
                "mode",
                "status",
                "time",
                "lat",
                "lon",
                "alt",
                "altMSL",
                "speed",
                "track",
                "hdop",
                "uSat",
                "satellites",
            ]
        ),
        json_values,
    ),
)
def test_feed_never_raises_on_reports_of_any_shape(kind: str, fields: dict[str, object]) -> None:
    p = GpsdParser()
    for fix in p.feed(json.dumps({"class": kind, **fields})):
        assert fix.valid is False or (-90 <= fix.lat <= 90 and -180 <= fix.lon <= 180)

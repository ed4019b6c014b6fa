"""A live source's link without Qt: lines from bytes, the reconnect policy and its wording."""

from __future__ import annotations

import pytest

from navapp.core.model import Fix
from navapp.gps.gpsd import GpsdParser
from navapp.gps.link import (
    NO_BACKEND,
    RETRY_MS,
    LineBuffer,
    LineFeed,
    Reconnect,
    hdop_from_accuracy,
    no_answer_line,
    retry_text,
)
from navapp.io.nmea import NmeaParser

RMC = "$GPRMC,101500.00,A,4317.766,N,00522.194,E,24.3,271.3,070523,,,A*{:02X}\r\n"


def _nmea(body: str) -> str:
    check = 0
    for c in body[1 : body.index("*")]:
        check ^= ord(c)
    return body.format(check)


def test_line_splitter_drops_endless_lines() -> None:
    lines = LineBuffer()
    assert lines.feed(b"$GPRMC,1") == []
    assert lines.feed(b"23\r\n$GP") == ["$GPRMC,123\r"]
    assert lines.feed(b"x" * 300_000) == []  # no newline in sight: dropped, not kept
    assert lines.feed(b"tail\nok\n") == ["tail", "ok"]


def test_a_cleared_buffer_forgets_the_partial_line() -> None:
    lines = LineBuffer()
    assert lines.feed(b"$GPRMC,half") == []
    lines.clear()
    assert lines.feed(b"whole\n") == ["whole"]


def test_line_feed_turns_gpsd_bytes_cut_anywhere_into_fixes() -> None:
    report = (
        b'{"class":"TPV","mode":3,"time":"2023-05-07T10:15:00.000Z",'
        b'"lat":43.2961,"lon":5.3699,"speed":12.5}\n'
    )
    parser = GpsdParser()
    feed = LineFeed(parser.feed)
    fixes: list[Fix] = []
    for i in range(0, len(report) * 2, 7):  # two reports, cut every 7 bytes
        fixes += feed.feed((report * 2)[i : i + 7])
    assert len(fixes) == 2 and parser.stats.tpv == 2
    assert fixes[0].lat == pytest.approx(43.2961) and fixes[0].speed_kmh == pytest.approx(45.0)


def test_line_feed_hands_nmea_lines_to_the_parser() -> None:
    parser = NmeaParser()
    feed = LineFeed(parser.feed)
    line = _nmea(RMC).encode("ascii")
    feed.feed(line[:20])
    feed.feed(line[20:])
    fixes = feed.feed(line) + parser.flush()  # the epoch ends with the next one or a flush
    assert fixes and all(f.valid for f in fixes)
    assert fixes[0].lat == pytest.approx(43 + 17.766 / 60)


def test_retry_wording() -> None:
    assert RETRY_MS == 2000
    assert retry_text(RETRY_MS) == "2 s" and retry_text(100) == "0.1 s"


def test_a_port_never_opened_retries_and_one_that_was_open_is_gone() -> None:
    policy = Reconnect("serial /dev/ttyUSB0", 100)
    assert (
        policy.port_lost("No such file") == "serial /dev/ttyUSB0: No such file — retrying in 0.1 s"
    )
    assert policy.opened(" at 9600 baud") == "serial /dev/ttyUSB0 at 9600 baud — waiting for data"
    assert policy.port_lost("x") == "serial /dev/ttyUSB0: port gone — reconnecting in 0.1 s"
    assert policy.stopped() == "serial /dev/ttyUSB0 stopped"


def test_a_lost_connection_says_why_and_when_it_tries_again() -> None:
    policy = Reconnect("gpsd 127.0.0.1:2947")
    assert policy.connection_lost("lost") == "gpsd 127.0.0.1:2947 lost — reconnecting in 2 s"
    assert policy.opened() == "gpsd 127.0.0.1:2947 — waiting for data"
    with pytest.raises(ValueError):
        Reconnect("gpsd", 0)


def test_system_position_wording_and_accuracy() -> None:
    line = no_answer_line("system position (geoclue)", 10_000)
    assert line.startswith("system position (geoclue): no answer from the position service in 10 s")
    assert "GPS › Source…" in line
    assert "no backend" in NO_BACKEND
    assert hdop_from_accuracy(10.0) == pytest.approx(2.0)
    assert hdop_from_accuracy(None) is None and hdop_from_accuracy(-1.0) is None

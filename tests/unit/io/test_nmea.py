"""Tests for the NMEA 0183 reader: real receiver logs and generated logs with known answers."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from functools import reduce
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from navapp.core.model import Fix
from navapp.io.errors import InputError
from navapp.io.nmea import KMH_PER_KNOT, NmeaLog, NmeaParser, NmeaStats, read_nmea


def nmea(body: str) -> str:
    """A sentence with its correct checksum."""
    checksum = reduce(lambda acc, ch: acc ^ ord(ch), body, 0)
    return f"${body}*{checksum:02X}"


def rmc(
    time: str,
    date: str = "150624",
    status: str = "A",
    lat: str = "4807.0380",
    lon: str = "01131.0000",
    knots: str = "10.0",
    course: str = "84.4",
    mode: str = "A",
    ns: str = "N",
    ew: str = "E",
) -> str:
    return nmea(f"GPRMC,{time},{status},{lat},{ns},{lon},{ew},{knots},{course},{date},,,{mode}")


def gga(
    time: str,
    quality: int = 1,
    lat: str = "4807.0380",
    lon: str = "01131.0000",
    sats: str = "08",
    hdop: str = "0.9",
    alt: str = "545.4",
    talker: str = "GP",
) -> str:
    return nmea(f"{talker}GGA,{time},{lat},N,{lon},E,{quality},{sats},{hdop},{alt},M,46.9,M,,")


def zda(time: str, day: int, month: int, year: int) -> str:
    return nmea(f"GPZDA,{time},{day:02d},{month:02d},{year},00,00")


def vtg(course: str = "54.7", knots: str = "5.5", kmh: str = "10.2") -> str:
    return nmea(f"GPVTG,{course},T,,M,{knots},N,{kmh},K,A")


def epoch_s(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: float = 0.0) -> float:
    return datetime(y, mo, d, h, mi, tzinfo=UTC).timestamp() + s


def write_log(tmp_path: Path, lines: list[str], name: str = "log.nmea") -> Path:
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="ascii", newline="")
    return path


def parse(lines: list[str]) -> tuple[list[Fix], NmeaStats]:
    parser = NmeaParser()
    fixes = [f for line in lines for f in parser.feed(line)]
    fixes += parser.flush()
    return fixes, parser.stats


def assert_stats_add_up(stats: NmeaStats) -> None:
    assert stats.sentences == stats.used + stats.bad_checksum + stats.malformed + stats.ignored


def assert_track_consistent(log: NmeaLog) -> None:
    t = log.track
    n = len(t)
    for arr in (t.time, t.lat, t.lon, t.ele, t.speed):
        assert arr is not None
        assert arr.dtype == np.float64
        assert arr.shape == (n,)
    assert t.segment_starts.dtype == np.int64
    assert n == sum(f.valid for f in log.fixes)
    if n:
        assert t.segment_starts[0] == 0
    assert_stats_add_up(log.stats)


# --- real logs -------------------------------------------------------------------------------


def test_haicom_southern_eastern_hemisphere(data_dir: Path) -> None:
    log = read_nmea(data_dir / "gpsd_haicom-305N_moving_reversing.log")
    assert_track_consistent(log)
    t = log.track
    assert log.date_known
    assert log.stats.bad_checksum == 0
    assert log.stats.malformed == 0
    # 74 RMC epochs: the first 6 are status V (with a stale position), the rest status A.
    assert len(log.fixes) == 74
    assert log.stats.no_fix == 6
    assert len(t) == 68
    assert list(t.segment_starts) == [0]
    # "Location: 153E 27S"; the receiver moves a few tens of metres.
    assert np.all(t.lat < 0)
    assert np.all(t.lon > 0)
    assert -27.2115 < t.lat.min() < t.lat.max() < -27.2105
    assert 153.0515 < t.lon.min() < t.lon.max() < 153.0525
    # First valid epoch: GGA line 37 and RMC line 42, both 095304.802 on 2007-04-08.
    assert t.time[0] == pytest.approx(epoch_s(2007, 4, 8, 9, 53, 4.802), abs=1e-6)
    assert t.lat[0] == pytest.approx(-(27 + 12.6520 / 60), abs=1e-9)
    assert t.lon[0] == pytest.approx(153 + 3.1397 / 60, abs=1e-9)
    assert t.ele[0] == pytest.approx(3.0)
    first_valid = next(f for f in log.fixes if f.valid)
    assert first_valid.hdop == pytest.approx(17.0)
    assert first_valid.satellites == 0
    assert first_valid.course_deg == pytest.approx(133.96)
    # Fastest RMC speed in the file is 5.19 kn.
    assert t.speed is not None
    assert np.nanmax(t.speed) == pytest.approx(5.19 * KMH_PER_KNOT)
    assert np.all(np.diff(t.time) > 0)


def test_rx210_fix_acquisition(data_dir: Path) -> None:
    log = read_nmea(data_dir / "gpsd_rx210_ublox8_fix_acquisition.log")
    assert_track_consistent(log)
    # RMC 18:40:40 to 18:41:01 are status V, 18:41:02 to 18:41:41 status A.
    assert log.stats.no_fix == 22
    assert len(log.fixes) == 62
    assert len(log.track) == 40
    no_fix_times = {f.time for f in log.fixes if not f.valid}
    assert len(no_fix_times) == 22
    assert not no_fix_times & set(log.track.time.tolist())
    assert all(math.isnan(f.lat) for f in log.fixes if not f.valid)
    assert log.track.time[0] == pytest.approx(epoch_s(2016, 4, 3, 18, 41, 2.0))
    assert log.track.time[-1] == pytest.approx(epoch_s(2016, 4, 3, 18, 41, 41.0))
    # Header: "Langen, Germany, approximate 50-0.147N 008-38.626E".
    assert np.all(np.abs(log.track.lat - (50 + 0.147 / 60)) < 0.001)
    assert np.all(np.abs(log.track.lon - (8 + 38.626 / 60)) < 0.001)
    # $PTFTTXT (proprietary), GSA and GSV are ignored, not errors.
    assert log.stats.ignored == 37
    assert log.stats.malformed == 0
    assert log.fixes[-1].satellites == 6
    assert log.fixes[-1].ele_m == pytest.approx(131.7)


def test_sirfstarv_comment_header_and_talkers(data_dir: Path) -> None:
    path = data_dir / "gpsd_sirfstarv-nmea.log"
    log = read_nmea(path)
    assert_track_consistent(log)
    lines = path.read_text().splitlines()
    comments = sum(line.startswith("#") for line in lines)
    assert comments == 10
    assert log.stats.sentences == len(lines) - comments
    # GPGGA, GLGGA and GNRMC of one second make one fix.
    assert len(log.fixes) == 59
    assert len(log.track) == 59
    assert log.stats.no_fix == 0
    first = log.fixes[0]
    assert first.time == pytest.approx(epoch_s(2019, 2, 5, 2, 9, 35.0))
    assert first.lat == pytest.approx(44 + 4.1351 / 60)
    assert first.lon == pytest.approx(-(121 + 18.8556 / 60))
    assert first.ele_m == pytest.approx(1123.9)  # MSL altitude, not + geoid separation
    assert first.hdop == pytest.approx(0.9)
    # 8 GPS (GPGGA) + 2 GLONASS (GLGGA) satellites, as the two GNGSA lines list.
    assert first.satellites == 10
    assert first.speed_kmh == pytest.approx(0.04 * KMH_PER_KNOT)
    assert first.course_deg == pytest.approx(359.11)
    assert log.fixes[-1].satellites == 16
    assert np.allclose(np.diff(log.track.time), 1.0)


def test_deadreckoning_mode_e_is_not_a_track(data_dir: Path) -> None:
    log = read_nmea(data_dir / "toams69_logs_gps_deadreckoning_E.nmea")
    assert_track_consistent(log)
    # GGA says quality 1 but RMC says mode E (estimated) with 0 satellites: every epoch.
    assert log.stats.sentences == 106
    assert log.stats.used == 106
    assert log.stats.dead_reckoning == 53
    assert len(log.fixes) == 53
    assert len(log.track) == 0
    assert not any(f.valid for f in log.fixes)
    first = log.fixes[0]
    assert first.time == pytest.approx(epoch_s(2008, 11, 15, 13, 58, 47.0))
    assert first.lat == pytest.approx(48 + 22.4728 / 60)
    assert first.lon == pytest.approx(-(4 + 27.3128 / 60))
    assert first.speed_kmh == pytest.approx(5.06 * KMH_PER_KNOT)
    assert first.satellites == 0


# --- generated logs --------------------------------------------------------------------------


def test_checksum_corrupted_sentence_is_skipped(tmp_path: Path) -> None:
    good = rmc("120001")
    bad = good[:-2] + ("01" if good.endswith("00") else "00")
    log = read_nmea(write_log(tmp_path, [rmc("120000"), bad, rmc("120002")]))
    assert log.stats.bad_checksum == 1
    assert log.stats.used == 2
    assert log.track.time.tolist() == [
        epoch_s(2024, 6, 15, 12, 0, 0.0),
        epoch_s(2024, 6, 15, 12, 0, 2.0),
    ]


def test_sentence_without_checksum_is_used_and_counted(tmp_path: Path) -> None:
    plain = rmc("120001").split("*")[0]
    log = read_nmea(write_log(tmp_path, [rmc("120000"), plain, rmc("120002")]))
    assert log.stats.unchecked == 1
    assert log.stats.used == 3
    assert len(log.track) == 3


def test_gga_only_log_dated_by_one_zda(tmp_path: Path) -> None:
    lines = [gga("235958.00"), gga("235959.00"), zda("000000.00", 2, 3, 2024)]
    lines += [gga("000000.00"), gga("000001.00")]
    log = read_nmea(write_log(tmp_path, lines))
    assert log.date_known
    assert len(log.track) == 4
    # The ZDA date counts backwards over midnight for the GGA before it.
    expected = [epoch_s(2024, 3, 2, s=t) for t in (-2.0, -1.0, 0.0, 1.0)]
    assert log.track.time.tolist() == pytest.approx(expected)
    assert list(log.track.segment_starts) == [0]
    assert log.track.speed is not None
    assert np.all(np.isnan(log.track.speed))
    assert log.track.ele.tolist() == pytest.approx([545.4] * 4)


def test_midnight_rollover_advances_date(tmp_path: Path) -> None:
    lines = [rmc("235959.50", date="311223"), gga("235959.50")]
    lines += [gga("000000.50"), gga("000001.50"), rmc("000002.50", date="010124")]
    log = read_nmea(write_log(tmp_path, lines))
    times = log.track.time
    assert times.tolist() == pytest.approx(
        [epoch_s(2024, 1, 1, s=t) for t in (-0.5, 0.5, 1.5, 2.5)], abs=1e-6
    )
    assert list(log.track.segment_starts) == [0]


def test_stream_parser_rollover_without_new_date() -> None:
    fixes, _ = parse([rmc("235959", date="311223"), gga("000001"), gga("000002")])
    assert [f.time for f in fixes] == [epoch_s(2024, 1, 1, s=t) for t in (-1.0, 1.0, 2.0)]


def test_no_date_anywhere_gives_nan_times(tmp_path: Path) -> None:
    lines = [gga("100000"), gga("100001"), gga("100030"), gga("100002")]
    log = read_nmea(write_log(tmp_path, lines))
    assert not log.date_known
    assert len(log.track) == 4
    assert np.all(np.isnan(log.track.time))
    # Segments still follow the time of day: a 29 s gap, then time going back.
    assert list(log.track.segment_starts) == [0, 2, 3]


def test_time_going_back_keeps_order_and_starts_segment(tmp_path: Path) -> None:
    lines = [rmc("100000", lat="4800.0000"), rmc("100001", lat="4801.0000")]
    lines += [rmc("095950", lat="4802.0000"), rmc("095951", lat="4803.0000")]
    log = read_nmea(write_log(tmp_path, lines))
    assert log.track.lat.tolist() == pytest.approx([48.0, 48 + 1 / 60, 48 + 2 / 60, 48 + 3 / 60])
    assert list(log.track.segment_starts) == [0, 2]


def test_gap_of_invalid_fixes_starts_segment(tmp_path: Path) -> None:
    lines = [rmc("100000"), rmc("100001")]
    lines += [rmc(f"1000{s:02d}", status="V") for s in range(2, 20)]
    lines += [rmc("100020"), rmc("100021"), rmc("100031")]
    log = read_nmea(write_log(tmp_path, lines))
    assert log.stats.no_fix == 18
    assert len(log.fixes) == 23
    assert len(log.track) == 5
    # 19 s after the last valid fix (new segment), then exactly 10 s (same segment).
    assert list(log.track.segment_starts) == [0, 2]


def test_knots_conversion_and_vtg_speed() -> None:
    fixes, _ = parse([rmc("120000", knots="10.0"), vtg(kmh="99.0")])
    assert fixes[0].speed_kmh == pytest.approx(18.52)
    fixes, stats = parse([rmc("120000", knots="", course=""), vtg(course="54.7", kmh="10.2")])
    assert fixes[0].speed_kmh == pytest.approx(10.2)
    assert fixes[0].course_deg == pytest.approx(54.7)
    assert stats.used == 2
    # A VTG before any timed sentence has no fix to join.
    _, stats = parse([vtg(), rmc("120000")])
    assert stats.ignored == 1


def test_subsecond_time_kept() -> None:
    fixes, _ = parse([rmc("123519.50", date="230394")])
    assert fixes[0].time == epoch_s(1994, 3, 23, 12, 35, 19.5)


def test_epochs_merge_and_complete_on_next_time() -> None:
    parser = NmeaParser()
    assert parser.feed(gga("120000", sats="07", hdop="1.2", alt="100.5")) == []
    assert parser.feed(rmc("120000", knots="1.0", course="270.0")) == []
    assert parser.feed(nmea("GPGSV,1,1,00")) == []
    done = parser.feed(gga("120001"))
    assert len(done) == 1
    fix = done[0]
    assert fix.time == epoch_s(2024, 6, 15, 12)
    assert (fix.lat, fix.lon) == pytest.approx((48 + 7.038 / 60, 11 + 31 / 60))
    assert fix.speed_kmh == pytest.approx(KMH_PER_KNOT)
    assert (fix.course_deg, fix.ele_m, fix.hdop, fix.satellites) == (270.0, 100.5, 1.2, 7)
    assert fix.valid
    # The stream knows the date from the RMC now, so the GGA-only epoch gets it too.
    pending = parser.flush()
    assert [f.time for f in pending] == [epoch_s(2024, 6, 15, 12, 0, 1.0)]
    assert parser.flush() == []
    assert parser.stats.used == 3
    assert parser.stats.ignored == 1


def test_stream_time_unknown_until_date_seen() -> None:
    fixes, _ = parse([gga("120000"), rmc("120001")])
    assert math.isnan(fixes[0].time)
    assert fixes[1].time == epoch_s(2024, 6, 15, 12, 0, 1.0)


def test_line_noise(tmp_path: Path) -> None:
    lines = [
        "# a comment",
        "",
        "   ",
        "\x00\x17garbage" + rmc("120000"),  # leading garbage before "$"
        "$GPRMC,120001,A,4807.03",  # truncated, no checksum
        rmc("120002")[:-1],  # truncated inside the checksum
        rmc("120003")[:40] + rmc("120004"),  # cut short, next sentence on the same line
        nmea("PGRME,15.0,M,45.0,M,25.0,M"),  # proprietary
        nmea("GPGSV,1,1,00"),  # not a fix sentence
        nmea("XXRMC,120005,A,4807.0380,N,01131.0000,E,1,1,150624,,,A"),  # unknown talker
        "!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26",
        "plain text",
    ]
    log = read_nmea(write_log(tmp_path, lines))
    assert_stats_add_up(log.stats)
    assert [f.time for f in log.fixes] == [
        epoch_s(2024, 6, 15, 12, 0, 0.0),
        epoch_s(2024, 6, 15, 12, 0, 4.0),
    ]
    assert log.stats.used == 2
    assert log.stats.malformed == 4  # two truncated, the cut-short one, "plain text"
    assert log.stats.unchecked == 2  # the two cut before their "*"
    assert log.stats.ignored == 4
    assert log.stats.sentences == 10


@pytest.mark.parametrize(
    ("lat", "ns", "lon", "ew"),
    [
        ("9100.0000", "N", "01131.0000", "E"),  # latitude > 90
        ("4807.0380", "N", "18100.0000", "W"),  # longitude > 180
        ("4875.0000", "N", "01131.0000", "E"),  # 75 minutes
        ("nan", "N", "01131.0000", "E"),
        ("4807.0380", "X", "01131.0000", "E"),
        ("", "", "", ""),  # status A without a position
    ],
)
def test_bad_coordinates_are_skipped_and_counted(lat: str, ns: str, lon: str, ew: str) -> None:
    fixes, stats = parse([rmc("120000", lat=lat, ns=ns, lon=lon, ew=ew), rmc("120001")])
    assert stats.bad_position == 1
    assert [f.valid for f in fixes] == [False, True]
    assert math.isnan(fixes[0].lat)


def test_extreme_valid_coordinates() -> None:
    fixes, stats = parse([rmc("120000", lat="9000.0000", ns="S", lon="18000.0000", ew="W")])
    assert stats.bad_position == 0
    assert (fixes[0].lat, fixes[0].lon) == (-90.0, -180.0)


def test_no_fix_and_estimated_flags() -> None:
    lines = [
        gga("120000", quality=0),
        gga("120001", quality=6),
        rmc("120002", mode="E"),
        rmc("120003", mode="N"),
        rmc("120004", status="V"),
        gga("120005", quality=2),
        rmc("120005", mode="D"),
    ]
    fixes, stats = parse(lines)
    assert [f.valid for f in fixes] == [False, False, False, False, False, True]
    assert stats.no_fix == 3
    assert stats.dead_reckoning == 2


def test_gn_satellite_count_is_not_summed() -> None:
    lines = [gga("120000", sats="12", talker="GN"), gga("120000", sats="08", talker="GP")]
    fixes, _ = parse(lines)
    assert fixes[0].satellites == 12


def test_binary_file_is_refused(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    data = bytes(rng.integers(0, 256, 4096, dtype=np.uint8)) + b"\x00" * 512
    path = tmp_path / "track.log"
    path.write_bytes(data + b"$GPRMC,120000,A,4807.0380,N,01131.0000,E,1,1,150624,,,A\n")
    with pytest.raises(InputError) as err:
        read_nmea(path)
    assert str(err.value) == f"{path}: no NMEA sentences found"


def test_checksummed_sentences_in_binary_stream_are_read(tmp_path: Path) -> None:
    # Receivers that interleave binary protocol frames with NMEA (u-blox UBX) give NUL-heavy
    # files; sentences whose checksum matches are still trusted there.
    frame = b"\xb5\x62\x01\x07" + b"\x00" * 92
    good = f"{rmc('120000')}\r\n{rmc('120001')}\r\n".encode()
    path = tmp_path / "mixed.log"
    path.write_bytes(frame + good + frame)
    log = read_nmea(path)
    assert len(log.track) == 2


@pytest.mark.parametrize("content", [b"", b"hello\nworld\n", b"# only a comment\n"])
def test_text_without_nmea_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="no NMEA sentences found"):
        read_nmea(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_nmea(tmp_path / "absent.nmea")


def test_nmea_without_fix_sentences_is_an_empty_log(tmp_path: Path) -> None:
    log = read_nmea(write_log(tmp_path, [nmea("GPGSV,1,1,00")]))
    assert len(log.track) == 0
    assert log.fixes == ()
    assert list(log.track.segment_starts) == []
    assert log.track.speed is not None


def test_track_name_is_file_stem(tmp_path: Path) -> None:
    log = read_nmea(write_log(tmp_path, [rmc("120000")], name="stage3.txt"))
    assert log.track.name == "stage3"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=20))
def test_feed_never_raises(lines: list[str]) -> None:
    parser = NmeaParser()
    for line in lines:
        parser.feed(line)
    parser.flush()
    assert_stats_add_up(parser.stats)


_SENTENCES = [
    rmc("120000"),
    gga("120000"),
    vtg(),
    zda("120000", 15, 6, 2024),
    rmc("235959.99", date="290224"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SENTENCES),
            st.integers(0, 90),
            st.text(alphabet="0123456789,.*$ANSEWVM-x", max_size=4),
        ),
        max_size=12,
    )
)
def test_feed_never_raises_on_damaged_sentences(edits: list[tuple[str, int, str]]) -> None:
    parser = NmeaParser()
    for sentence, at, insert in edits:
        damaged = sentence[:at] + insert + sentence[at + len(insert) :]
        for fix in parser.feed(damaged):
            assert not fix.valid or (-90 <= fix.lat <= 90 and -180 <= fix.lon <= 180)
    parser.flush()
    assert_stats_add_up(parser.stats)


# --- text encodings ----------------------------------------------------------------------------


def test_real_utf16_log_reads_like_its_ascii_text(tmp_path: Path, data_dir: Path) -> None:
    # Refused before as "no NMEA sentences found".
    utf16_log = data_dir / "gpsbabel_nmea_utf16_dos.nmea"
    raw = utf16_log.read_bytes()
    assert raw.startswith(b"\xff\xfe")
    ascii_copy = tmp_path / "ascii.nmea"
    ascii_copy.write_bytes(raw.decode("utf-16").encode("ascii"))
    got, want = read_nmea(utf16_log), read_nmea(ascii_copy)
    assert len(got.fixes) == len(want.fixes) == 154
    assert got.fixes == want.fixes
    assert got.stats == want.stats
    assert got.stats.bad_checksum == got.stats.malformed == 0
    first = got.fixes[0]
    assert first.time == datetime(2004, 8, 7, 3, 29, 8, 379000, tzinfo=UTC).timestamp()
    assert first.lat == pytest.approx(42 + 31.8291 / 60, abs=1e-9)
    assert first.lon == pytest.approx(-(88 + 7.3033 / 60), abs=1e-9)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8-sig", "utf-16"])
def test_other_encodings_of_the_same_log(tmp_path: Path, codec: str) -> None:
    text = "\r\n".join([rmc("120000"), rmc("120001"), rmc("120002")]) + "\r\n"
    path = tmp_path / "log.nmea"
    path.write_bytes(text.encode(codec))
    log = read_nmea(path)
    assert len(log.track) == 3
    assert log.stats.used == 3 and log.stats.bad_checksum == 0


def test_utf16_text_without_sentences_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes("hello\r\nworld\r\n".encode("utf-16"))
    with pytest.raises(InputError, match="no NMEA sentences found"):
        read_nmea(path)

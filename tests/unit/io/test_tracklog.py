"""The live track log: always a complete GPX file, few writes, nothing lost before a flush."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import IO, Any

import numpy as np
import pytest

from navapp.core.model import Fix
from navapp.io.errors import InputError
from navapp.io.gpxtrack import load_track, parse_time
from navapp.io.tracklog import TrackLog, repair

T0 = parse_time("2024-01-07T08:30:00Z")


class FakeClock:
    """Monotonic seconds that move only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingFile:
    """A file object that counts the calls that reach the operating system."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.writes = 0
        self.flushes = 0

    def write(self, data: bytes) -> int:
        self.writes += 1
        return self.fh.write(data)

    def flush(self) -> None:
        self.flushes += 1
        self.fh.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fh, name)


def counting_opener(files: list[CountingFile]) -> Any:
    def opener(path: Path) -> CountingFile:
        f = CountingFile(open(path, "xb"))  # noqa: SIM115
        files.append(f)
        return f

    return opener


def fix(i: int, hz: float = 10.0, **kw: Any) -> Fix:
    return Fix(T0 + i / hz, 45.0 + i * 1e-5, 6.0 + i * 1e-5, **kw)


def test_new_log_is_a_gpx_document_with_no_points(tmp_path: Path) -> None:
    with TrackLog(tmp_path / "a.gpx") as log:
        text = (tmp_path / "a.gpx").read_text()
        assert text.startswith("<?xml") and text.endswith("</trkseg>\n</trk>\n</gpx>\n")
        assert log.points_written == 0


def test_points_roundtrip_through_load_track(tmp_path: Path) -> None:
    path = tmp_path / "log.gpx"
    fixes = [
        Fix(T0, 45.123456789, -6.5, speed_kmh=36.0, ele_m=512.25),
        Fix(T0 + 0.5, 45.2, -6.4),  # no speed, no ele
        Fix(math.nan, 45.3, -6.3, speed_kmh=0.0),  # no time yet (NMEA before the date)
    ]
    with TrackLog(path, name="Stage 3 <SS>") as log:
        for f in fixes:
            log.append(f)
    track = load_track(path)
    assert track.name == "Stage 3 <SS>"
    assert track.lat.tolist() == [45.123456789, 45.2, 45.3]
    assert track.lon.tolist() == [-6.5, -6.4, -6.3]
    assert track.time[:2].tolist() == [T0, T0 + 0.5] and math.isnan(track.time[2])
    assert track.ele[0] == 512.25 and np.isnan(track.ele[1:]).all()
    assert track.speed is not None
    assert track.speed[0] == pytest.approx(36.0) and math.isnan(track.speed[1])
    assert track.speed[2] == 0.0
    text = path.read_text()
    assert "<time>2024-01-07T08:30:00Z</time>" in text
    assert "<time>2024-01-07T08:30:00.500Z</time>" in text
    assert "<gpxtpx:speed>10</gpxtpx:speed>" in text


def test_invalid_fixes_are_not_logged_and_split_segments(tmp_path: Path) -> None:
    path = tmp_path / "log.gpx"
    with TrackLog(path) as log:
        log.append(fix(0, valid=False))  # no segment break before the first point
        log.append(fix(1))
        log.append(fix(2))
        log.append(fix(3, valid=False))
        log.append(Fix(T0, math.nan, math.nan))
        log.append(fix(5))
        log.new_segment()
        log.append(fix(6))
    track = load_track(path)
    assert len(track) == 4
    assert track.segment_starts.tolist() == [0, 2, 3]


def test_killed_session_keeps_every_point_before_the_last_flush(tmp_path: Path) -> None:
    clock = FakeClock()
    files: list[CountingFile] = []
    path = tmp_path / "log.gpx"
    log = TrackLog(path, clock=clock, opener=counting_opener(files))
    for i in range(35):  # 3.5 s at 10 Hz: three writes due, the last half second buffered
        log.append(fix(i))
        clock.now += 0.1
    written = log.points_written
    assert 0 < written < 35 and log.pending == 35 - written
    # The process dies here: close() is never called, the buffer is lost.
    crashed = path.read_bytes()
    files[0].fh.close()  # only so the test leaks no handle
    (tmp_path / "crashed.gpx").write_bytes(crashed)
    track = load_track(tmp_path / "crashed.gpx")
    assert len(track) == written
    assert track.time.tolist() == [fix(i).time for i in range(written)]


def test_file_at_last_flush_loads_and_later_appends_stay_buffered(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "log.gpx"
    log = TrackLog(path, clock=clock)
    for i in range(20):
        log.append(fix(i))
        clock.now += 0.01
    log.flush()
    at_flush = path.read_bytes()
    for i in range(20, 25):
        log.append(fix(i))
    assert path.read_bytes() == at_flush  # nothing touched the file since the flush
    assert len(load_track(path)) == 20
    log.close()
    assert len(load_track(path)) == 25


def test_write_torn_by_a_crash_is_repaired(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "log.gpx"
    log = TrackLog(path, clock=clock)
    for i in range(20):
        log.append(fix(i))
    log.flush()
    size = path.stat().st_size
    for i in range(20, 30):
        log.append(fix(i))
    log.close()
    whole = path.read_bytes()
    trailer = len(b"</trkseg>\n</trk>\n</gpx>\n")
    # The crash hit anywhere in the write that came after the flush.
    for cut in range(size - trailer, len(whole), 7):
        torn = tmp_path / f"torn{cut}.gpx"
        torn.write_bytes(whole[:cut])
        assert repair(torn)
        assert 20 <= len(load_track(torn)) <= 30
    assert not repair(path)


def test_repair_of_a_log_without_points_and_of_other_files(tmp_path: Path) -> None:
    path = tmp_path / "log.gpx"
    TrackLog(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:-5])
    assert repair(path)
    assert path.read_bytes() == data
    other = tmp_path / "other.txt"
    other.write_text("hello")
    with pytest.raises(InputError, match="not a navapp track log"):
        repair(other)


def test_ten_thousand_fixes_at_10_hz_make_few_writes(tmp_path: Path) -> None:
    clock = FakeClock()
    files: list[CountingFile] = []
    path = tmp_path / "log.gpx"
    fsyncs: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(fd: int) -> None:
        fsyncs.append(fd)
        real_fsync(fd)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("navapp.io.tracklog.os.fsync", counting_fsync)
        with TrackLog(path, clock=clock, opener=counting_opener(files)) as log:
            for i in range(10_000):
                log.append(fix(i))
                clock.now += 0.1
    writes = files[0].writes
    # About one write a second of driving (1000 s) plus the header and the close.
    assert writes <= 1_002, writes
    assert files[0].flushes == writes
    # fsync at most every 5 s of clock time (plus the header and the close).
    assert len(fsyncs) <= 1000 / 5 + 2
    track = load_track(path)
    assert len(track) == 10_000
    assert track.segment_starts.tolist() == [0]


def test_point_count_forces_a_write_without_clock_progress(tmp_path: Path) -> None:
    clock = FakeClock()
    log = TrackLog(tmp_path / "log.gpx", clock=clock, flush_points=50)
    for i in range(120):
        log.append(fix(i))
    assert (log.points_written, log.pending) == (100, 20)
    log.close()


def test_buffer_is_written_during_a_no_fix_period(tmp_path: Path) -> None:
    clock = FakeClock()
    log = TrackLog(tmp_path / "log.gpx", clock=clock)
    log.append(fix(0))
    clock.now += 2.0
    log.append(fix(1, valid=False))
    assert log.points_written == 1
    log.close()


def test_closed_log(tmp_path: Path) -> None:
    log = TrackLog(tmp_path / "log.gpx")
    log.close()
    log.close()
    assert log.closed
    with pytest.raises(ValueError):
        log.append(fix(0))


def test_never_overwrites_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "old.gpx"
    path.write_text("precious")
    with pytest.raises(FileExistsError):
        TrackLog(path)
    assert path.read_text() == "precious"


def test_new_in_names_files_by_start_time(tmp_path: Path) -> None:
    folder = tmp_path / "logs" / "2024"
    a = TrackLog.new_in(folder, T0 + 5.7)
    b = TrackLog.new_in(folder, T0 + 5.2)
    a.close()
    b.close()
    assert a.path == folder / "navapp-20240107-083005.gpx"
    assert b.path == folder / "navapp-20240107-083005-2.gpx"

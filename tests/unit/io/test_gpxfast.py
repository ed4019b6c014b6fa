"""The quick GPX track reader gives exactly what the streaming loader gives, or steps aside."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from navapp.core.model import Track
from navapp.io import gpxtrack
from navapp.io.gpxfast import fast_track
from navapp.io.gpxwrite import write_track
from navapp.paths import demo_drive

DATA = Path(__file__).resolve().parents[2] / "data"


def _streamed(path: Path) -> Track:
    return gpxtrack._track(path, *gpxtrack._read(path))


def _assert_same(a: Track, b: Track) -> None:
    for column in ("time", "lat", "lon", "ele", "speed", "segment_starts", "valid"):
        x, y = getattr(a, column), getattr(b, column)
        if x is None or y is None:
            assert x is None and y is None, column
        else:
            assert x.dtype == y.dtype and np.array_equal(x, y, equal_nan=True), column
    assert a.name == b.name and a.warnings == b.warnings


def _written(
    folder: Path, name: str, t: np.ndarray, ele: np.ndarray, speed: np.ndarray | None
) -> Path:
    """A one-segment track heading south-east from 24 N 46 E, written as navapp writes it."""
    n = t.size
    lat, lon = 24.0 + np.arange(n) * 1e-5, 46.0 - np.arange(n) * 1e-5
    path = folder / f"{name}.gpx"
    write_track(Track(t, lat, lon, ele, speed, np.zeros(1, dtype=np.int64), name), path)
    return path


@pytest.mark.parametrize(
    "path",
    [demo_drive(), *sorted(DATA.glob("*.gpx"))],
    ids=lambda p: Path(p).name,
)
def test_real_files_read_the_same_either_way(path: Path) -> None:
    quick = fast_track(path, Path(path).read_bytes())
    try:
        streamed = _streamed(Path(path))
    except Exception:
        assert quick is None  # what the streaming loader refuses, the quick one leaves to it
        return
    if quick is not None:
        _assert_same(quick, streamed)


def test_gaps_in_elevation_time_and_speed_read_the_same(tmp_path: Path) -> None:
    n = 50
    t = 1.7e9 + np.arange(n) * 0.1
    t[7] = np.nan
    ele = np.full(n, 812.5)
    ele[3] = np.nan
    speed = np.linspace(10.0, 80.0, n)
    speed[9] = np.nan
    path = _written(tmp_path, "crew Ü", t, ele, speed)
    quick = fast_track(path, path.read_bytes())
    assert quick is not None and len(quick) == n
    _assert_same(quick, _streamed(path))
    assert quick.name == "crew Ü" and np.isnan(quick.ele[3]) and np.isnan(quick.speed[9])


@pytest.mark.parametrize(
    "point",
    [
        '<trkpt lat="1" lon="2"><fix>none</fix></trkpt>',  # no position: marked by the loader
        '<trkpt lat="1" lon="2"><!-- a note --></trkpt>',
        '<trkpt lon="2" lat="1"></trkpt>',
        '<trkpt lat="91" lon="2"></trkpt>',  # out of range: the loader names its line
        '<trkpt lat="1" lon="2"><time>2026-01-01T10:00:00+01:00</time></trkpt>',
    ],
)
def test_anything_unusual_is_left_to_the_streaming_loader(tmp_path: Path, point: str) -> None:
    path = tmp_path / "odd.gpx"
    path.write_text(
        '<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
        f'<trkpt lat="1" lon="2"></trkpt>{point}</trkseg></trk></gpx>',
        "utf-8",
    )
    assert fast_track(path, path.read_bytes()) is None


def test_two_segments_are_left_to_the_streaming_loader(tmp_path: Path) -> None:
    point = '<trkpt lat="1" lon="2"></trkpt>'
    path = tmp_path / "two.gpx"
    path.write_text(
        f"<gpx><trk><trkseg>{point}</trkseg><trkseg>{point}</trkseg></trk></gpx>", "utf-8"
    )
    assert fast_track(path, path.read_bytes()) is None
    assert len(gpxtrack.load_track(path)) == 2


def test_a_long_track_is_read_a_chunk_at_a_time_the_same(tmp_path: Path) -> None:
    """More than a few chunks of points, gaps in each column in different chunks, a last
    chunk cut anywhere: exactly the streaming loader's track."""
    n = 40_000  # about 9 MB of GPX, 9 chunks
    t = 1.7e9 + np.arange(n) * 0.1
    ele = 812.5 + np.sin(np.arange(n) / 50.0)
    speed = np.linspace(10.0, 80.0, n)
    t[[7, 20_001]] = np.nan
    ele[[3, 33_333]] = np.nan
    speed[[9, 39_999]] = np.nan
    path = _written(tmp_path, "long", t, ele, speed)
    assert path.stat().st_size > 4 * 1024 * 1024
    quick = fast_track(path, path.read_bytes())
    assert quick is not None and len(quick) == n
    _assert_same(quick, _streamed(path))
    assert np.isnan(quick.time[20_001]) and np.isnan(quick.speed[39_999])


def test_something_else_in_a_later_chunk_is_left_to_the_streaming_loader(tmp_path: Path) -> None:
    n = 20_000
    path = _written(tmp_path, "late note", 1.7e9 + np.arange(n) * 0.1, np.full(n, 800.0), None)
    data = path.read_bytes()
    at = data.rfind(b"</trkpt>", 0, len(data) - 10_000) + len(b"</trkpt>")
    noted = data[:at] + b"<!-- a note -->" + data[at:]
    assert fast_track(path, noted) is None

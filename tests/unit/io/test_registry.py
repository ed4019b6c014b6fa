"""Choosing the reader and writer for a file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from navapp.io.errors import InputError
from navapp.io.registry import output_format, read_roadbook, read_track, roadbook_format
from navapp.paths import demo_drive, demo_roadbook

DATA = Path(__file__).parents[2] / "data"


def test_gpx_roadbooks_are_told_apart_by_content() -> None:
    assert roadbook_format(DATA / "openrally_v1.0.3_example.gpx") == "openrally"
    assert roadbook_format(DATA / "gpxpy_korita-zbevnica.gpx") == "gpx"
    assert len(read_roadbook(DATA / "openrally_v0.3-DRAFT_example.gpx").boxes) == 1
    assert len(read_roadbook(DATA / "gpxpy_korita-zbevnica.gpx").boxes) == 2


def test_tracks_from_gpx_and_nmea() -> None:
    drive = read_track(demo_drive())
    assert len(drive) > 5000 and drive.speed is not None
    log = read_track(DATA / "gpsd_sirfstarv-nmea.log")
    assert len(log) == 59 and np.all(np.isfinite(log.time))


@pytest.mark.parametrize("name", ["stage.kml", "stage", "stage.pdf"])
def test_unknown_extensions(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text("x")
    with pytest.raises(InputError, match="unsupported roadbook format"):
        read_roadbook(tmp_path / name)
    with pytest.raises(InputError, match="unsupported track format"):
        read_track(tmp_path / name)


def test_output_format() -> None:
    assert output_format("out.gpx", None, "openrally") == "gpx"
    assert output_format("out.gpx", None, "gpx") == "openrally"
    assert output_format("out.gpx", "openrally", "openrally") == "openrally"
    with pytest.raises(InputError, match="use --to"):
        output_format("out.xyz", None, "gpx")


def test_demo_stage_is_shipped() -> None:
    rb = read_roadbook(demo_roadbook())
    assert rb.route is not None and len(rb.boxes) >= 30

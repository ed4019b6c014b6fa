"""The review map on screen colours the speed the review judged, on the report's scale."""

from __future__ import annotations

import dataclasses

import lxml.html
import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from navapp.core.model import Roadbook, Track, Units
from navapp.core.review import review
from navapp.core.review_model import Review
from navapp.core.speedscale import SPEED_COLOURS, speed_bucket
from navapp.gui.review import MapCanvas
from navapp.io import report
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook

pytestmark = pytest.mark.gui


def _demo_with_judged_speed(kmh: float, units: Units) -> tuple[Roadbook, Track, Review]:
    """The demo stage whose review judged a steady ``kmh``, while the log says 10 km/h."""
    rb = dataclasses.replace(read_roadbook(demo_roadbook()), units=units)
    tr = read_track(demo_drive())
    tr = dataclasses.replace(tr, speed=np.full(len(tr), 10.0))
    rv = dataclasses.replace(review(rb, tr), speed_kmh=np.full(len(tr), kmh))
    return rb, tr, rv


def _report_buckets(rb: Roadbook, tr: Track, rv: Review) -> set[int]:
    doc = lxml.html.fromstring(report.render_html(rb, [tr], [rv]))
    classes = [
        p.get("class") for p in doc.xpath("//svg[@id='map']//path[contains(@class,'speed')]")
    ]
    return {int(c.split()[1][1:]) for c in classes}  # class="speed b3"


@pytest.mark.parametrize(
    ("kmh", "units", "bucket"),
    [(70.0, Units.METRIC, 3), (35.0, Units.METRIC, 1), (70.0, Units.STATUTE, 2)],
)
def test_map_and_report_colour_the_judged_speed_alike(
    qapp: QApplication, kmh: float, units: Units, bucket: int
) -> None:
    rb, tr, rv = _demo_with_judged_speed(kmh, units)
    canvas = MapCanvas(rb)
    canvas.add_crew(tr, rv)
    level = canvas.crews[0].geometry.levels[0]
    drawn = level.bucket[level.bucket >= 0]
    assert set(drawn.tolist()) == {bucket}
    assert int(speed_bucket(np.array([kmh]), units)[0]) == bucket
    assert _report_buckets(rb, tr, rv) == {bucket}
    assert len(SPEED_COLOURS) == 7

"""The report speed profile: zones, limits and violations drawn."""

from __future__ import annotations

from pathlib import Path

from navapp.io import report
from tests.unit.io.report.known import points, render


def test_violations_and_off_route_are_drawn(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    _, doc = render(rb, [tr], [rv], tmp_path)
    assert len(doc.xpath("//svg[@id='map']//polyline[@class='violation']")) == 1
    assert len(doc.xpath("//svg[@id='map']//polyline[@class='offroute']")) == 1
    assert len(doc.xpath("//svg[@id='profile']//polyline[@class='violation']")) == 1
    zone = doc.xpath("//svg[@id='profile']//g[@class='zone']")
    assert len(zone) == 1 and zone[0].xpath("line[@class='limit']")
    # The speed line stays within the plot for a 60 km/h drive (axis up to 80).
    line = points(doc.xpath("//g[@class='speedline']/polyline")[0].get("points"))
    assert line[:, 1].min() >= report.PROFILE_MARGIN[2] - 0.1

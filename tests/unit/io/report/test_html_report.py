"""The HTML review report: one self-contained, escaped page with its tables."""

from __future__ import annotations

import csv
import math
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from navapp.core.review_model import (
    Comparison,
    ReviewSummary,
    SectionGap,
)
from navapp.io import report
from tests.unit.io.report.known import HOSTILE, known_review, leg_roadbook, render, track_along


def test_html_is_one_page_with_one_map_and_one_profile(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    text, doc = render(rb, [tr], [rv], tmp_path)
    assert text.startswith("<!DOCTYPE html>")
    svgs = doc.xpath("//svg")
    assert [s.get("id") for s in svgs] == ["map", "profile"]
    # Each crew section carries the tables an analyst reads.
    captions = [h.text_content() for h in doc.xpath("//section[@class='crew']/h3")]
    assert captions == [
        "Waypoints",
        "Speed zones",
        "Off route",
        "Stops",
        "Neutralisations",
        "Sections",
    ]
    summary = [td.text_content() for td in doc.xpath("//table[@class='summary']//td")]
    assert summary == ["Crew A", "1.02", "0:01:00", "1 / 1", "1", "1:30"]
    assert "2026-01-01" in doc.xpath("//p[@class='meta']")[0].text_content()


def test_html_refers_to_nothing_outside_itself(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    text, doc = render(rb, [tr], [rv], tmp_path)
    assert set(re.findall(r"https?://[^\s\"'<>]*", text)) == {report.SVG_NS}
    assert not doc.xpath("//link | //script | //img | //iframe | //object | //*[@src]")
    assert "@import" not in text and "url(" not in text


def test_text_from_files_is_escaped(tmp_path: Path) -> None:
    rb = replace(leg_roadbook(), name=f"Stage {HOSTILE}")
    tr = track_along(rb, name=HOSTILE)
    text, doc = render(rb, [tr], [known_review(tr, name=HOSTILE)], tmp_path)
    assert HOSTILE not in text and "<b>" not in text and "<i>markup" not in text
    assert not doc.xpath("//script | //b | //i")
    assert HOSTILE in doc.xpath("//h1")[0].text_content()
    assert HOSTILE in doc.xpath("//table[@class='summary']//td")[0].text_content()
    assert "Finish & <b>" in doc.text_content()


def test_infinite_penalty_reads_exclusion(tmp_path: Path) -> None:
    rb = leg_roadbook()
    tr = track_along(rb)
    _, doc = render(rb, [tr], [known_review(tr, penalty_s=math.inf)], tmp_path)
    summary = [td.text_content() for td in doc.xpath("//table[@class='summary']//td")]
    assert summary[-1] == "EXCLUSION"
    zone_cells = [
        td.text_content()
        for td in doc.xpath("//h3[.='Speed zones']/following-sibling::table[1]//td")
    ]
    assert zone_cells[-1] == "EXCLUSION"


def test_track_without_times_says_so(tmp_path: Path) -> None:
    rb = leg_roadbook()
    tr = track_along(rb, with_time=False)
    rv = replace(
        known_review(tr), zones=(), stops=(), summary=ReviewSummary(1.0, None, 1, 1, 0, 0.0, False)
    )
    text, doc = render(rb, [tr], [rv], tmp_path)
    assert "no times in this track" in doc.xpath("//svg[@id='profile']")[0].text_content()
    summary = [td.text_content() for td in doc.xpath("//table[@class='summary']//td")]
    assert summary[2] == "no times in this track"
    assert text.count("no times in this track") >= 4
    assert doc.xpath("//svg[@id='map']//path[contains(@class,'speed')]")


def test_comparison_table_highlights_losses(leg, tmp_path: Path) -> None:
    rb, tr, rv = leg
    tr_b = replace(tr, name="Crew B")
    rv_b = replace(rv, track_name="Crew B")
    comp = Comparison(
        names=("Crew A", "Crew B"),
        box_elapsed_s=((0.0, 0.0), (60.0, 125.0)),
        sections=(SectionGap(1, 2, (60.0, 125.0), (1.0, 1.1), (0.0, 65.0)),),
        total_gap_s=(0.0, 65.0),
    )
    _, doc = render(rb, [tr, tr_b], [rv, rv_b], tmp_path, comp)
    section = doc.xpath("//section[@id='comparison']")[0]
    losses = [s.text_content() for s in section.xpath(".//span[@class='loss']")]
    assert losses == ["0:02:05 (+1:05)"]
    assert section.xpath(".//tr[@class='total']")[0].text_content() == "Total gap±0:00+1:05"
    assert len(doc.xpath("//g[@class='speedline']")) == 2
    assert len(doc.xpath("//svg")) == 2


@pytest.mark.parametrize("which", ["csv", "html"])
def test_crash_mid_write_keeps_the_old_file(leg, tmp_path: Path, monkeypatch, which: str) -> None:
    rb, tr, rv = leg
    out = tmp_path / f"old.{which}"
    out.write_text("old content")

    def boom(*_args: object) -> None:
        raise OSError("disk pulled out")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk pulled out"):
        if which == "csv":
            report.write_csv(out, rv)
        else:
            report.write_html(out, rb, [tr], [rv])
    assert out.read_text() == "old content"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_demo_report_end_to_end(tmp_path: Path, screenshot_dir: Path) -> None:
    review_mod = pytest.importorskip("navapp.core.review")
    compare_mod = pytest.importorskip("navapp.core.compare")
    from navapp.io.registry import read_roadbook, read_track
    from navapp.paths import demo_drive, demo_roadbook

    rb = read_roadbook(demo_roadbook())
    tr = read_track(demo_drive())
    rv = review_mod.review(rb, tr)
    # A second crew: the same drive, its clock running 5 % slow, so it loses on every section.
    tr_b = replace(tr, time=tr.time[0] + (tr.time - tr.time[0]) * 1.05, name="Crew B")
    rv_b = review_mod.review(rb, tr_b)
    comp = compare_mod.compare([rv, rv_b])
    text, doc = render(rb, [tr, tr_b], [rv, rv_b], tmp_path, comp)

    assert len(doc.xpath("//svg")) == 2
    assert len(text.encode()) < 2_000_000
    missed = [r.text_content() for r in doc.xpath("//tr[@class='bad']/td[2]")]
    assert missed.count("WPM 7") == 2  # one per crew
    zone_rows = doc.xpath("//h3[.='Speed zones']/following-sibling::table[1]//tr[@class='bad']")
    assert zone_rows and "66" in zone_rows[0].text_content()
    assert len(doc.xpath("//svg[@id='map']//g[@class='wp missed']")) == 1
    assert len(doc.xpath("//svg[@id='profile']//g[@class='zone']")) == 2  # one per crew
    section_rows = doc.xpath("(//table[@class='sections'])[1]/tbody/tr")
    assert len(section_rows) == len(rb.boxes) - 1
    assert doc.xpath("//section[@id='comparison']//span[@class='loss']")

    out = tmp_path / "demo.csv"
    report.write_csv(out, rv)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(rb.boxes) - 1
    driven = sum(float(r["driven_km"]) for r in rows if r["driven_km"])
    assert driven == pytest.approx(sum(s.driven_km or 0.0 for s in rv.sections), abs=0.02)

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        single = tmp_path / "single.html"
        report.write_html(single, rb, [tr], [rv])
        png = screenshot_dir / "review_report.png"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--screenshot={png}",
                "--window-size=1280,2400",
                single.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert png.stat().st_size > 10_000

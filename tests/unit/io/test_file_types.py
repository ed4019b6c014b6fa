"""The formats the file dialogs offer come from the registry; saves go to the right writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.core.model import Roadbook
from navapp.io import registry
from navapp.io.file_types import (
    FileType,
    roadbook_file_types,
    save_target,
    track_file_types,
    writer_file_types,
    writes_back_unchanged,
)
from navapp.io.registry import read_roadbook, roadbook_format, write_roadbook
from navapp.paths import demo_roadbook

DATA = Path(__file__).parents[2] / "data"
RN2 = DATA / "roadbooknavi_minimal.rn2"


def _cases(ext: str) -> set[str]:
    return {f"*{ext}", f"*{ext.upper()}"}


def _add_roadbook_format(monkeypatch: pytest.MonkeyPatch, ext: str, fmt: str) -> None:
    """What one new line in the registry's roadbook table does."""

    def reader(path: str | Path) -> Roadbook:
        raise AssertionError("not read here")

    monkeypatch.setitem(registry._OTHER_ROADBOOKS, ext, (fmt, reader))
    monkeypatch.setattr(registry, "ROADBOOK_EXTENSIONS", (".gpx", *registry._OTHER_ROADBOOKS))


def test_roadbooks_list_every_registered_extension_in_both_cases() -> None:
    types = roadbook_file_types()
    assert types[0].label == "All roadbooks"
    assert types[-1] == FileType("All files", ("*",))
    for ext in registry.ROADBOOK_EXTENSIONS:
        assert _cases(ext) <= set(types[0].patterns)
        assert sum(_cases(ext) <= set(t.patterns) for t in types[1:-1]) == 1
    assert FileType("OpenRally or plain GPX", ("*.gpx", "*.GPX")) in types
    assert FileType("Rally Navigator", ("*.rn2", "*.RN2")) in types


def test_a_new_roadbook_format_appears_with_no_change(monkeypatch: pytest.MonkeyPatch) -> None:
    _add_roadbook_format(monkeypatch, ".tlp", "tlp")
    _add_roadbook_format(monkeypatch, ".kml", "kml")
    _add_roadbook_format(monkeypatch, ".kmz", "kml")
    _add_roadbook_format(monkeypatch, ".xyz", "xyzformat")
    types = roadbook_file_types()
    assert {"*.tlp", "*.TLP", "*.kmz", "*.KMZ", "*.xyz", "*.XYZ"} <= set(types[0].patterns)
    assert FileType("Tulip", ("*.tlp", "*.TLP")) in types
    # One format, its extensions together.
    assert FileType("KML waypoint list", ("*.kml", "*.KML", "*.kmz", "*.KMZ")) in types
    # An unnamed format is still offered, named by its extension.
    assert FileType("XYZ files", ("*.xyz", "*.XYZ")) in types


def test_tracks_list_every_registered_extension(monkeypatch: pytest.MonkeyPatch) -> None:
    types = track_file_types()
    assert types[0].label == "All tracks" and types[-1].patterns == ("*",)
    for ext in registry.TRACK_EXTENSIONS:
        assert _cases(ext) <= set(types[0].patterns)
    assert FileType("NMEA log", ("*.nmea", "*.NMEA", "*.log", "*.LOG", "*.txt", "*.TXT")) in types
    assert FileType("IGC flight log", ("*.igc", "*.IGC")) in types
    monkeypatch.setattr(registry, "TRACK_EXTENSIONS", (*registry.TRACK_EXTENSIONS, ".gpz"))
    types = track_file_types("All recorded drives")
    assert types[0].label == "All recorded drives" and "*.GPZ" in types[0].patterns
    assert FileType("GPZ files", ("*.gpz", "*.GPZ")) in types


def test_writers_offered_and_chosen() -> None:
    offered = dict(writer_file_types())
    assert set(offered) == set(registry.WRITERS)
    assert offered["openrally"] == FileType("OpenRally GPX", ("*.gpx", "*.GPX"))
    assert offered["gpx"] == FileType("Plain GPX", ("*.gpx", "*.GPX"))
    assert offered["rn2"] == FileType("Rally Navigator", ("*.rn2", "*.RN2"))
    # The chosen writer, its extension added when missing.
    assert save_target("/r/stage", "rn2") == ("/r/stage.rn2", "rn2")
    assert save_target("/r/stage", "gpx") == ("/r/stage.gpx", "gpx")
    assert save_target("/r/stage.GPX", "gpx") == ("/r/stage.GPX", "gpx")
    assert save_target("/r/stage.v2", "openrally") == ("/r/stage.v2.gpx", "openrally")
    # A typed extension of another writer wins over the chosen entry.
    assert save_target("/r/stage.rn2", "openrally") == ("/r/stage.rn2", "rn2")
    assert save_target("/r/stage.gpx", "rn2") == ("/r/stage.gpx", "openrally")


def test_each_writer_says_what_is_lost(tmp_path: Path) -> None:
    demo = read_roadbook(demo_roadbook())
    assert write_roadbook(demo, tmp_path / "a.gpx", "openrally") == []
    assert roadbook_format(tmp_path / "a.gpx") == "openrally"
    assert read_roadbook(tmp_path / "a.gpx") == demo
    assert write_roadbook(demo, tmp_path / "b.gpx", "gpx") == []
    assert roadbook_format(tmp_path / "b.gpx") == "gpx"
    lost = write_roadbook(demo, tmp_path / "c.rn2", "rn2")
    assert len(lost) == 1 and lost[0].startswith(f"{tmp_path / 'c.rn2'}: not written to .rn2:")
    assert "danger (7 of the boxes)" in lost[0]
    assert len(read_roadbook(tmp_path / "c.rn2").boxes) == len(demo.boxes)


def test_writes_back_unchanged_only_what_navapp_wrote(tmp_path: Path) -> None:
    # Rally Navigator's own file: navapp does not write it back as it is.
    sample = read_roadbook(RN2)
    assert writes_back_unchanged(sample, RN2) is None
    mine = tmp_path / "mine.rn2"
    write_roadbook(sample, mine, "rn2")
    assert writes_back_unchanged(read_roadbook(mine), mine) == "rn2"
    # A setting navapp does not read, changed by another program: no longer the same.
    text = mine.read_text("utf-8")
    assert '"coordFormat":1' in text
    mine.write_text(text.replace('"coordFormat":1', '"coordFormat":2'), "utf-8")
    assert read_roadbook(mine).warnings == ()
    assert writes_back_unchanged(read_roadbook(mine), mine) is None
    # A roadbook a writer refuses, and a file gone, are not "unchanged".
    assert writes_back_unchanged(read_roadbook(DATA / "openrally_v1.0.3_example.gpx"), mine) is None
    assert writes_back_unchanged(sample, tmp_path / "gone.rn2") is None

"""Saving and resuming the trip state."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from navapp.core.navigator import Navigator
from navapp.io.errors import InputError
from navapp.io.registry import read_roadbook, read_track
from navapp.io.session import Session, fingerprint, load_session, save_session
from navapp.paths import demo_drive, demo_roadbook


def _half_driven() -> tuple[Navigator, list]:  # type: ignore[type-arg]
    rb = read_roadbook(demo_roadbook())
    fixes = list(read_track(demo_drive()).fixes())
    nav = Navigator(rb)
    for f in fixes[: len(fixes) // 2]:
        nav.update(f)
    return nav, fixes


def test_round_trip_resumes_the_same_state(tmp_path: Path) -> None:
    nav, _ = _half_driven()
    path = tmp_path / "session.json"
    session = Session(str(demo_roadbook()), fingerprint(nav.roadbook), "log.gpx", nav.snapshot())
    save_session(session, path)
    again = load_session(path)
    assert again == session
    fresh = Navigator(nav.roadbook)
    state = fresh.restore(again.snapshot)
    assert (state.trip.total_km, state.box, state.validated, state.missed) == (
        nav.state.trip.total_km,
        nav.state.box,
        nav.state.validated,
        nav.state.missed,
    )


def test_fingerprint_tells_roadbooks_apart() -> None:
    rb = read_roadbook(demo_roadbook())
    assert fingerprint(rb) == fingerprint(read_roadbook(demo_roadbook()))
    other = rb.__class__(rb.name, rb.units, rb.boxes[:-1], rb.route, rb.metadata)
    assert fingerprint(other) != fingerprint(rb)


@pytest.mark.parametrize(
    "content", [b"", b"{", b'{"format": "x"}', b'{"format": "navapp-session-1"}', b"\xff\xfe"]
)
def test_damaged_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(InputError):
        load_session(path)


def test_a_failed_save_keeps_the_previous_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nav, _ = _half_driven()
    path = tmp_path / "session.json"
    session = Session("a.gpx", "f", "log.gpx", nav.snapshot())
    save_session(session, path)
    before = path.read_bytes()

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        save_session(Session("b.gpx", "g", "log.gpx", nav.snapshot()), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["session.json"]


def test_a_write_error_names_the_users_file(tmp_path: Path) -> None:
    from navapp.io.atomic import atomic_write_bytes

    target = tmp_path / "missing-folder" / "stage.gpx"
    with pytest.raises(OSError) as err:
        atomic_write_bytes(target, b"x")
    assert err.value.filename == str(target)


def test_a_session_with_impossible_values_is_refused(tmp_path: Path) -> None:
    import json

    nav, _ = _half_driven()
    path = tmp_path / "session.json"
    save_session(Session("a.gpx", "f", "log.gpx", nav.snapshot()), path)
    for key, value in (("statuses", ["bogus"]), ("total_km", float("nan"))):
        doc = json.loads(path.read_text())
        doc["snapshot"][key] = value
        bad = tmp_path / f"bad-{key}.json"
        bad.write_text(json.dumps(doc))
        with pytest.raises(InputError, match="damaged session file"):
            load_session(bad)

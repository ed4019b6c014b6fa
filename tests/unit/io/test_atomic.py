"""Atomic saves: the temporaries a killed save leaves are cleared by the next save or open."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from navapp.io import atomic
from navapp.io.atomic import atomic_write_bytes, clear_stale_temps
from navapp.io.openrally import to_openrally_bytes
from navapp.io.registry import read_roadbook, write_roadbook
from navapp.paths import demo_roadbook

REPO = Path(__file__).parents[3]

# Stands in for a save killed before its rename.
STALE = ".stage.gpx.k3x9_q2z.tmp"
# Not this file's temporaries, or not temporaries at all: never touched.
OTHERS = [
    ".stage.gpx.old.abcd1234.tmp",  # a temporary of "stage.gpx.old"
    ".other.gpx.abcd1234.tmp",
    "stage.gpx.abcd1234.tmp",
    ".stage.gpx.abcd12345.tmp",
    ".stage.gpx.ABCD1234.tmp",
    ".stage.gpx.abcd1234.tmp.keep",
]


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def stage(tmp_path: Path) -> Path:
    path = tmp_path / "stage.gpx"
    write_roadbook(read_roadbook(demo_roadbook()), path)
    for name in [STALE, *OTHERS]:
        (tmp_path / name).write_bytes(b"<gpx")
    return path


def test_next_save_clears_only_its_own_stale_temporaries(stage: Path) -> None:
    write_roadbook(read_roadbook(demo_roadbook()), stage.with_name("elsewhere.gpx"))
    assert (stage.parent / STALE).exists()
    atomic_write_bytes(stage, stage.read_bytes())
    assert not (stage.parent / STALE).exists()
    assert all((stage.parent / name).exists() for name in OTHERS)


def test_next_open_clears_them(stage: Path) -> None:
    assert len(read_roadbook(stage).boxes) > 30
    assert not (stage.parent / STALE).exists()
    assert all((stage.parent / name).exists() for name in OTHERS)


def test_a_folder_named_like_a_temporary_is_left(tmp_path: Path) -> None:
    (tmp_path / ".stage.gpx.abcdefgh.tmp").mkdir()
    assert clear_stale_temps(tmp_path / "stage.gpx") == []
    assert (tmp_path / ".stage.gpx.abcdefgh.tmp").is_dir()


# A save in progress in another process: it holds its temporary's lock until told to go on.
HOLDER = """
import sys
from navapp.io.atomic import atomic_writer
with atomic_writer(sys.argv[1]) as fh:
    fh.write(b"new")
    print("writing", flush=True)
    sys.stdin.readline()
"""


@pytest.mark.skipif(atomic.fcntl is None, reason="flock locks are POSIX")
def test_the_temporary_of_a_save_in_progress_is_left(tmp_path: Path) -> None:
    target = tmp_path / "stage.gpx"
    target.write_bytes(b"old")
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(target)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        try:
            assert child.stdout.readline() == "writing\n"
            busy = _temps(tmp_path)
            assert len(busy) == 1
            # Another process saving or opening the same file now leaves it alone.
            assert clear_stale_temps(target) == []
            atomic_write_bytes(target, b"mine")
            assert set(busy) <= set(_temps(tmp_path))
            child.stdin.write("\n")
            child.stdin.flush()
            assert child.wait(timeout=30) == 0
        finally:
            child.kill()
    assert target.read_bytes() == b"new"
    assert _temps(tmp_path) == []


def test_without_locks_age_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "fcntl", None)
    temp = tmp_path / STALE
    temp.write_bytes(b"<gpx")
    written = 1_700_000_000.0
    os.utime(temp, (written, written))
    target = tmp_path / "stage.gpx"
    assert clear_stale_temps(target, now=written + 5.0) == []
    assert clear_stale_temps(target, now=written + atomic.STALE_AFTER_S - 1.0) == []
    assert clear_stale_temps(target, now=written + atomic.STALE_AFTER_S + 1.0) == [temp]
    assert not temp.exists()


# Saves one of two roadbooks after the other, forever, saying when each save starts and when
# it is half written.
SAVER = """
import sys
from navapp.io.atomic import atomic_writer
target, a, b = sys.argv[1:4]
data = [open(a, "rb").read(), open(b, "rb").read()]
i = 0
while True:
    print("start", flush=True)
    new = data[i % 2]
    with atomic_writer(target) as fh:
        fh.write(new[: len(new) // 2])
        print("half", flush=True)
        fh.write(new[len(new) // 2 :])
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_kill_9_mid_save_damages_nothing_and_leaves_nothing(tmp_path: Path) -> None:
    rb = read_roadbook(demo_roadbook())
    versions = [to_openrally_bytes(rb), to_openrally_bytes(replace(rb, name="B"))]
    # Big enough that a kill often lands inside a save.
    versions = [v + b"<!--" + b"x" * 2_000_000 + b"-->\n" for v in versions]
    a, b = tmp_path / "a.bin", tmp_path / "b.bin"
    a.write_bytes(versions[0])
    b.write_bytes(versions[1])
    folder = tmp_path / "stage"
    folder.mkdir()
    target = folder / "stage.gpx"
    target.write_bytes(versions[0])
    rng = np.random.default_rng(8)
    left = 0
    for run in range(30):
        with subprocess.Popen(
            [sys.executable, "-c", SAVER, str(target), str(a), str(b)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stdout is not None
            # Killed at a random line: before a save, or with half of it written.
            for _ in range(int(rng.integers(1, 6))):
                child.stdout.readline()
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        assert target.read_bytes() in versions, f"run {run}: the roadbook is damaged"
        left += len(_temps(folder))
        # The next open (even runs) or save (odd runs) of the roadbook clears what was left.
        if run % 2 == 0:
            read_roadbook(target)
        else:
            atomic_write_bytes(target, versions[0])
        assert _temps(folder) == [], f"run {run}"
    # Half the kills land with half a save written: the clean-up has had work to do.
    assert left >= 5, left

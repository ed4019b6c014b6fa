"""The shipped cue sounds: one short WAV per cue, and the generator reproduces them exactly."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

from navapp.core.cues import Cue
from navapp.paths import resources_dir

ROOT = Path(__file__).resolve().parents[1]
SOUNDS = ROOT / "resources" / "sounds"
GENERATOR = ROOT / "tools" / "make_sounds.py"


def test_every_cue_has_a_short_mono_16_bit_sound_that_the_app_finds():
    assert resources_dir() / "sounds" == SOUNDS
    names = {p.name for p in SOUNDS.glob("*.wav")}
    assert names == {f"{cue.value}.wav" for cue in Cue}
    for cue in Cue:
        with wave.open(str(SOUNDS / f"{cue.value}.wav"), "rb") as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 44_100)
            seconds = w.getnframes() / w.getframerate()
            samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        assert 0.1 <= seconds < 1.0, cue
        # Loud enough to hear in a car, never clipped, and silent at both ends (no click).
        assert 0.8 * 32767 <= np.abs(samples).max() < 32767, cue
        assert abs(int(samples[0])) < 300 and abs(int(samples[-1])) < 300, cue


def test_the_cues_sound_different():
    heard = {(SOUNDS / f"{cue.value}.wav").read_bytes() for cue in Cue}
    assert len(heard) == len(Cue)


def test_generator_reproduces_the_committed_sounds(tmp_path: Path):
    subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for cue in Cue:
        name = f"{cue.value}.wav"
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), name
    assert not list(tmp_path.glob("*.tmp"))

"""Synthesise the cue sounds the co-driver hears (one WAV per cue).

Writes ``<cue>.wav`` for every :class:`navapp.core.cues.Cue` into ``resources/sounds/`` or the
folder given with ``--out``: 16-bit PCM, mono, 44.1 kHz, each shorter than a second. The
sounds are made to be told apart in a noisy car without looking: tones between 500 Hz and
2 kHz (above the engine and tyre rumble, below the hiss) with a few harmonics so a small
tablet speaker still carries them, and a distinct rhythm and direction per cue (rising for good
news, falling for bad, fast and high for urgent). Every note has a short fade in and out, so
nothing clicks.

The output is deterministic (pure arithmetic, no clock, no randomness): a rerun gives
byte-identical files (``tests/test_sound_files.py`` checks this).

Run: ``.venv/bin/python tools/make_sounds.py [--out DIR]`` (or ``make sounds``).
"""

from __future__ import annotations

import argparse
import sys
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    # Run as a plain script from a checkout: the package is not necessarily installed.
    sys.path.insert(0, str(ROOT))

from navapp.core.cues import Cue  # noqa: E402

FloatArray = npt.NDArray[np.float64]

RATE = 44_100  # samples per second
PEAK = 0.85  # of full scale: loud, with headroom so nothing clips
FADE_S = 0.008  # fade in and out of every note: no clicks
# Harmonic amplitudes over the fundamental: a rounder, more carrying tone than a bare sine.
SOFT = (1.0, 0.35, 0.12)
HARSH = (1.0, 0.6, 0.45, 0.3, 0.2)  # buzzy, for bad news and warnings


def _silence(seconds: float) -> FloatArray:
    return np.zeros(round(seconds * RATE), dtype=np.float64)


def _envelope(n: int, decay: float = 0.0) -> FloatArray:
    """Fade in and out of ``FADE_S``; ``decay`` > 0 adds an exponential die-away (per second)."""
    env = np.ones(n, dtype=np.float64)
    fade = min(round(FADE_S * RATE), n // 2)
    if fade > 0:
        ramp = np.linspace(0.0, 1.0, fade, endpoint=False)
        env[:fade] = ramp
        env[n - fade :] = ramp[::-1]
    if decay > 0:
        env *= np.exp(-decay * np.arange(n) / RATE)
    return env


def _note(
    f0: float,
    seconds: float,
    harmonics: tuple[float, ...] = SOFT,
    f1: float | None = None,
    decay: float = 0.0,
) -> FloatArray:
    """One note at ``f0`` Hz, sliding to ``f1`` Hz if given, normalised to a peak of 1."""
    n = round(seconds * RATE)
    freq = np.full(n, f0) if f1 is None else np.geomspace(f0, f1, n)
    phase = 2.0 * np.pi * np.cumsum(freq) / RATE
    wave_ = sum(a * np.sin((k + 1) * phase) for k, a in enumerate(harmonics))
    wave_ = np.asarray(wave_, dtype=np.float64) * _envelope(n, decay)
    return wave_ / np.max(np.abs(wave_))


def _seq(*parts: FloatArray) -> FloatArray:
    return np.concatenate(parts)


def _beeps(freqs: tuple[float, ...], on: float, off: float, **kw: object) -> FloatArray:
    """Short notes one after the other, ``off`` seconds apart."""
    parts: list[FloatArray] = []
    for i, f in enumerate(freqs):
        if i:
            parts.append(_silence(off))
        parts.append(_note(f, on, **kw))  # type: ignore[arg-type]
    return _seq(*parts)


# One recipe per cue. Rising = good news, falling = bad news, high and fast = urgent.
RECIPES: dict[Cue, Callable[[], FloatArray]] = {
    # A single bright chime: the waypoint's arrow is now shown.
    Cue.WP_OPENED: lambda: _note(1318.5, 0.35, decay=9.0),
    # Rising two-tone: validated.
    Cue.WP_VALIDATED: lambda: _beeps((880.0, 1318.5), 0.16, 0.03),
    # Low double buzz: missed.
    Cue.WP_MISSED: lambda: _beeps((196.0, 196.0), 0.2, 0.08, harmonics=HARSH),
    # Three rising steps: into a speed zone.
    Cue.ZONE_ENTER: lambda: _beeps((659.3, 880.0, 1174.7), 0.11, 0.03),
    # Three falling steps: out of it.
    Cue.ZONE_EXIT: lambda: _beeps((1174.7, 880.0, 659.3), 0.11, 0.03),
    # Fast high alternation: over the limit (repeats while over).
    Cue.OVERSPEED: lambda: _beeps((1760.0, 2093.0, 1760.0, 2093.0), 0.07, 0.025, harmonics=HARSH),
    # Three pips and a long tone, like a start clock: the neutralisation time is up.
    Cue.COUNTDOWN_END: lambda: _seq(
        _beeps((1000.0, 1000.0, 1000.0), 0.07, 0.13), _silence(0.13), _note(1500.0, 0.3)
    ),
    # Harsh triple horn: a dangerous box ahead.
    Cue.DANGER_BOX: lambda: _beeps((932.3, 932.3, 932.3), 0.11, 0.05, harmonics=HARSH),
    # Soft double tick: the next box is near.
    Cue.BOX_NEAR: lambda: _beeps((1567.0, 1567.0), 0.06, 0.07, decay=25.0),
    # A long falling slide: the GPS is lost.
    Cue.GPS_LOST: lambda: _note(1200.0, 0.6, harmonics=HARSH, f1=350.0),
    # A short rising slide: the GPS is back.
    Cue.GPS_BACK: lambda: _note(500.0, 0.35, f1=1400.0),
    # A two-note warble: off the route line.
    Cue.OFF_ROUTE: lambda: _beeps((740.0, 987.8, 740.0, 987.8), 0.1, 0.02, harmonics=HARSH),
}


def pcm(samples: FloatArray) -> bytes:
    """Samples in [-1, 1] as 16-bit little-endian PCM at :data:`PEAK` of full scale."""
    ints = np.round(np.clip(samples, -1.0, 1.0) * PEAK * 32767.0).astype("<i2")
    return ints.tobytes()


def write_wav(path: Path, samples: FloatArray) -> None:
    """``samples`` as a 16-bit mono :data:`RATE` WAV file (temp file + rename)."""
    tmp = path.with_suffix(".wav.tmp")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm(samples))
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    """Write one WAV per cue; print each file's length."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "resources" / "sounds", help="output folder"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for cue in Cue:
        samples = RECIPES[cue]()
        write_wav(args.out / f"{cue.value}.wav", samples)
        print(f"{cue.value}.wav  {len(samples) / RATE:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

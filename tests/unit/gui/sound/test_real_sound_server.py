"""The cue player heard through a real PulseAudio server: what the null sink plays is recorded.

The test starts its own PulseAudio (a null sink, a unix socket under tmp_path, nothing else),
records the sink's monitor with ``parec``, and runs the player in a child process that talks to
that server. The recording must hold one burst per cue heard, in order, each about as long as
its WAV and as loud as the WAV's own peak times the volume's gain; a muted cue adds nothing.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import threading
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pytest

from navapp.core.cues import Cue
from navapp.gui.sound.player import gain, sounds_dir

pytestmark = pytest.mark.gui

RATE = 44100
WINDOW = RATE // 100  # 10 ms
# Quieter than this (of full scale) is silence; the cue sounds' own gaps are under 50 ms and
# the player leaves 150 ms between cues, so a quiet stretch of 80 ms or more ends a burst.
SILENCE = 200
BURST_GAP_MS = 80
# How long Qt may take to bring a sound to its volume (see the xfail below).
ONSET_MS = 30
VOLUMES = {Cue.WP_VALIDATED: 100, Cue.OVERSPEED: 60}

# The child: the player on the test's server, every effect loaded, then WP_VALIDATED and
# OVERSPEED, then WP_VALIDATED muted with OVERSPEED again; it prints what it played.
CHILD = """
import sys
from dataclasses import replace
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from navapp.core.cues import Cue, CueEvent
from navapp.gui.shell.settings import SoundSettings
from navapp.gui.sound.player import CuePlayer

app = QApplication([])

def wait(done, timeout_ms):
    loop = QEventLoop()
    poll = QTimer(); poll.timeout.connect(lambda: done() and loop.quit()); poll.start(10)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        sys.exit("timed out; problem: " + player.problem)

base = SoundSettings()
volumes = dict(base.volumes, wp_validated=VW, overspeed=VO)
volumes = {Cue(k) if isinstance(k, str) else k: v for k, v in volumes.items()}
player = CuePlayer(replace(base, volumes=volumes))
wait(lambda: player.has_output and all(e.isLoaded() for e in player._effects.values()), 5000)
assert set(player._effects) == set(Cue), player.problem
player.enqueue([CueEvent(0.0, Cue.WP_VALIDATED), CueEvent(0.0, Cue.OVERSPEED)])
wait(lambda: player.current is None, 5000)
player.set_settings(replace(player.settings, muted_cues=frozenset({Cue.WP_VALIDATED})))
player.enqueue([CueEvent(1.0, Cue.WP_VALIDATED), CueEvent(1.0, Cue.OVERSPEED)])
wait(lambda: player.current is None, 5000)
print(" ".join(f"{p.cue.value}:{p.volume}:{int(p.audible)}" for p in player.history))
"""


def _wav(cue: Cue) -> tuple[int, float]:
    """The WAV's peak sample and its length (s)."""
    with wave.open(str(sounds_dir() / f"{cue.value}.wav"), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        a = np.frombuffer(w.readframes(w.getnframes()), "<i2")
        return int(np.abs(a.astype(np.int32)).max()), w.getnframes() / w.getframerate()


def _bursts(samples: np.ndarray) -> list[Burst]:
    """Each stretch of sound, short inner gaps bridged."""
    n = len(samples) // WINDOW
    env = np.abs(samples[: n * WINDOW].astype(np.int32)).reshape(n, WINDOW).max(axis=1)
    loud = np.flatnonzero(env > SILENCE)
    if len(loud) == 0:
        return []
    breaks = np.flatnonzero(np.diff(loud) * 10 > BURST_GAP_MS)
    starts = np.concatenate(([loud[0]], loud[breaks + 1]))
    ends = np.concatenate((loud[breaks], [loud[-1]]))
    onset = ONSET_MS // 10
    return [
        Burst(
            s / 100, (e + 1) / 100, int(env[s : s + onset].max()), int(env[s + onset : e + 1].max())
        )
        for s, e in zip(starts, ends, strict=True)
    ]


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A PulseAudio of the test's own with a null sink ``navnull``; the env to reach it."""
    tmp_path = tmp_path_factory.mktemp("pulse")
    for tool in ("pulseaudio", "parec", "pactl"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (Debian packages pulseaudio, pulseaudio-utils)")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    sock, log = tmp_path / "pulse.sock", tmp_path / "pulse.log"
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        PULSE_RUNTIME_PATH=str(runtime),
        PULSE_SERVER=f"unix:{sock}",
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with log.open("w") as err:
        server = subprocess.Popen(
            [
                "pulseaudio", "-n", "--daemonize=no", "--system=no", "--exit-idle-time=-1",
                "--disallow-exit", "--disallow-module-loading", "--use-pid-file=no",
                "--disable-shm", "--log-target=stderr",
                "-L", f"module-null-sink sink_name=navnull rate={RATE}",
                "-L", f"module-native-protocol-unix socket={sock} auth-anonymous=1",
            ],
            env=env, stdout=subprocess.DEVNULL, stderr=err,
        )  # fmt: skip
    try:
        # pactl waits for the server itself; a few tries cover the socket not yet made.
        for _ in range(50):
            if server.poll() is not None:
                pytest.fail(f"pulseaudio did not start: {log.read_text()}")
            info = subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5)
            if info.returncode == 0:
                break
        else:
            pytest.fail("pulseaudio never answered on its socket")
        yield env
    finally:
        server.kill()
        server.wait(timeout=5)


@dataclass(frozen=True)
class Burst:
    start: float  # s from the start of the recording
    end: float
    onset_peak: int  # in its first ONSET_MS
    peak: int  # after that


@dataclass(frozen=True)
class Heard:
    said: list[str]  # what the child played, "cue:volume:audible"
    bursts: list[Burst]


def assert_lasts(burst: Burst, length: float, what: object) -> None:
    """``burst`` lasts as long as a sound of ``length`` seconds, give or take a 10 ms window at
    each end; it may be longer by one bridged gap, as on a busy machine the server can run dry
    in the middle of a sound (a sound 60 ms longer than its file was once recorded in CI)."""
    assert length - 0.03 <= burst.end - burst.start <= length + BURST_GAP_MS / 1000 + 0.03, (
        what,
        burst,
        length,
    )


def record_child(env: dict[str, str], code: str) -> tuple[str, list[Burst]]:
    """Run ``code`` in a child Python on the server ``env`` names while its null sink is
    recorded: what the child printed, and the bursts of sound heard."""
    parec = subprocess.Popen(
        ["parec", "-d", "navnull.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
         "--channels=1", "--latency-msec=20"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    recorded = bytearray()
    reader = None
    try:
        assert parec.stdout is not None
        # The monitor's first bytes take up to a second to come: the child starts after them.
        ready, _, _ = select.select([parec.stdout], [], [], 10)
        assert ready, "parec recorded nothing"
        reader = threading.Thread(target=_drain, args=(parec.stdout, recorded))
        reader.start()
        child = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30,
            cwd=Path(__file__).parents[4],
        )  # fmt: skip
    finally:
        parec.terminate()
        parec.wait(timeout=5)
        if reader is not None:
            reader.join(timeout=5)
        if parec.stdout is not None:
            parec.stdout.close()
    assert child.returncode == 0, child.stderr
    samples = np.frombuffer(bytes(recorded[: len(recorded) // 2 * 2]), "<i2")
    bursts = _bursts(samples)
    print(f"recorded {len(samples) / RATE:.2f} s;", bursts)
    return child.stdout, bursts


@pytest.fixture(scope="module")
def heard(pulse: dict[str, str]) -> Heard:
    """The child's cues as the null sink's monitor recorded them."""
    vw, vo = VOLUMES[Cue.WP_VALIDATED], VOLUMES[Cue.OVERSPEED]
    out, bursts = record_child(pulse, CHILD.replace("VW", str(vw)).replace("VO", str(vo)))
    return Heard(out.split(), bursts)


def test_the_cues_are_heard_in_order_as_long_and_loud_as_set_and_a_muted_one_is_silent(
    heard: Heard,
) -> None:
    vw, vo = VOLUMES[Cue.WP_VALIDATED], VOLUMES[Cue.OVERSPEED]
    assert heard.said == [f"wp_validated:{vw}:1", f"overspeed:{vo}:1", f"overspeed:{vo}:1"]
    cues = [Cue.WP_VALIDATED, Cue.OVERSPEED, Cue.OVERSPEED]  # the muted WP_VALIDATED is not
    assert len(heard.bursts) == len(cues)
    for burst, cue in zip(heard.bursts, cues, strict=True):
        wav_peak, length = _wav(cue)
        assert burst.peak == pytest.approx(wav_peak * gain(VOLUMES[cue]), rel=0.05), cue
        assert_lasts(burst, length, cue)
    # Apart and in order: each starts after the one before has ended, with a gap between. The
    # player leaves 150 ms; the server's buffering on a busy machine may eat up to half of it
    # (0.10 s was measured once in CI), and 10 ms windows round it.
    for before, after in zip(heard.bursts, heard.bursts[1:], strict=False):
        assert after.start - before.end >= 0.07


# Not strict: on a busy machine the server may start mixing only after the volume has taken
# hold, so the blip is not heard every run (an unexpected pass was seen under load).
@pytest.mark.xfail(
    strict=False,
    reason="Qt 6.11 QSoundEffect: the first play of an effect starts at full volume for about "
    "20 ms before the volume set before play() takes hold",
)
def test_a_cue_is_not_louder_than_set_when_it_starts(heard: Heard) -> None:
    for burst in heard.bursts:
        assert burst.onset_peak <= burst.peak * 1.05


def _drain(stream: IO[bytes], into: bytearray) -> None:
    """Append what ``stream`` gives to ``into`` until it ends."""
    while chunk := stream.read1(65536):
        into += chunk

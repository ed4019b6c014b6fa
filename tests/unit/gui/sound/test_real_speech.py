"""A spoken box call heard through a real PulseAudio server and a real speech-dispatcher.

The test's own PulseAudio (see ``test_real_sound_server``) records its null sink; the child runs
the cue player with spoken calls on. speech-dispatcher is spawned by the child's first voice,
inside the test's HOME and XDG_RUNTIME_DIR, with a config that sends it to PulseAudio, so its
pulse output follows the test's PULSE_SERVER. The recording must hold the box-near sound, then
the call, then the next cue's sound only once the voice has finished.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import select
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from navapp.core.cues import Cue
from tests.unit.gui.sound.test_real_sound_server import (
    Burst,
    _wav,
    assert_lasts,
    pulse,
    record_child,
)

__all__ = ["pulse"]  # the server fixture, shared with the cue sound test

pytestmark = pytest.mark.gui

CALL = "three hundred metres, left, CAP 120"
# How long espeak-ng may take to say CALL at speechd's default rate (it takes about 2.3 s).
SPEECH_S = (1.2, 5.0)
# espeak-ng's pauses (at a comma, between words) are under this: a longer quiet ends the call.
SPEECH_GAP_S = 0.4

CHILD = f"""
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from navapp.core.cues import Cue, CueEvent
from navapp.gui.shell.settings import SoundSettings
from navapp.gui.sound.player import CuePlayer
from navapp.gui.sound.speech import speech_engine

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

player = CuePlayer(SoundSettings(speak_boxes=True))
wait(lambda: player.has_output and all(e.isLoaded() for e in player._effects.values()), 5000)
assert set(player._effects) == set(Cue), player.problem
print(speech_engine())
player.enqueue([CueEvent(0.0, Cue.BOX_NEAR, 0, {CALL!r}), CueEvent(0.0, Cue.WP_OPENED)])
wait(lambda: player.current is None, 15000)
print(" ".join(f"{{p.cue.value}}:{{int(p.audible)}}:{{p.speech}}" for p in player.history))
"""


@pytest.fixture
def speechd_env(pulse: dict[str, str], tmp_path: Path) -> Iterator[dict[str, str]]:
    """The env of a child whose voice spawns a speech-dispatcher of the test's own on
    ``pulse``; every process of that speech-dispatcher is killed after."""
    for tool in ("speech-dispatcher", "espeak-ng"):
        if shutil.which(tool) is None:
            pytest.skip(
                f"{tool} is not installed (Debian packages speech-dispatcher, "
                "speech-dispatcher-espeak-ng, espeak-ng)"
            )
    home, runtime = tmp_path / "home", tmp_path / "run"
    conf = home / ".config" / "speech-dispatcher"
    conf.mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    # PulseAudio (which follows PULSE_SERVER) and espeak-ng; the modules are the system's.
    (conf / "speechd.conf").write_text('AudioOutputMethod "pulse"\nDefaultModule espeak-ng\n')
    env = dict(
        pulse,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    try:
        yield env
    finally:
        _kill_speechd(runtime)


def _kill_speechd(runtime: Path) -> None:
    """Kill the speech-dispatcher whose pid file is under ``runtime`` and its modules."""
    pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text().split()[0])
    for p in [pid, *_children(pid)]:
        with contextlib.suppress(ProcessLookupError):
            # They are not our children: a pidfd says when each is gone.
            fd = os.pidfd_open(p)
            try:
                os.kill(p, signal.SIGKILL)
                gone, _, _ = select.select([fd], [], [], 5)
                assert gone, f"speech-dispatcher process {p} outlived SIGKILL"
            finally:
                os.close(fd)


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``, and theirs."""
    out: list[int] = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            child = int(stat.parent.name)
            out += [child, *_children(child)]
    return out


def test_a_box_call_is_said_after_its_sound_and_the_next_cue_waits_for_the_voice(
    speechd_env: dict[str, str],
) -> None:
    out, bursts = record_child(speechd_env, CHILD)
    engine, played = out.splitlines()
    assert engine == "speechd"
    assert played == f"box_near:1:{CALL} wp_opened:1:"
    assert len(bursts) >= 3, bursts
    box, said, opened = bursts[0], bursts[1:-1], bursts[-1]
    for burst, cue in ((box, Cue.BOX_NEAR), (opened, Cue.WP_OPENED)):
        assert_lasts(burst, _wav(cue)[1], cue)
    # The call is one stretch of speech: its words and commas leave only short pauses.
    for before, after in itertools.pairwise(said):
        assert after.start - before.end < SPEECH_GAP_S, said
    call = Burst(said[0].start, said[-1].end, 0, max(b.peak for b in said))
    print(f"box {box.start:.2f}-{box.end:.2f} s, call {call.start:.2f}-{call.end:.2f} s "
          f"({call.end - call.start:.2f} s), wp_opened {opened.start:.2f}-{opened.end:.2f} s")  # fmt: skip
    assert call.start - box.end >= 0.1  # the player's gap, then the voice
    assert SPEECH_S[0] <= call.end - call.start <= SPEECH_S[1]
    assert call.peak > 3000  # loud speech, not noise
    assert opened.start - call.end >= 0.05  # only once the voice has finished

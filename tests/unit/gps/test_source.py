"""The one GPS source interface, met by a plain Python source (no Qt needed)."""

from __future__ import annotations

import subprocess
import sys

from navapp.gps.source import FixSource


class Recorded:
    """A replay-like source: not live, held and released."""

    description = "replay test.gpx"
    status = ""
    link = ""
    warnings: tuple[str, ...] = ("cut short",)

    def __init__(self) -> None:
        self.running = False
        self.held = False

    @property
    def live(self) -> bool:
        return False

    @property
    def paused(self) -> bool:
        return self.held

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False

    def toggle_pause(self) -> None:
        self.held = not self.held


def drive(source: FixSource) -> list[str]:
    """What a session does with a source it is given, by the interface only."""
    said = [source.description]
    source.start()
    if not source.live:
        source.toggle_pause()
        said.append("held" if source.paused else "running")
    source.stop()
    return said + list(source.warnings)


def test_a_plain_source_meets_the_interface() -> None:
    src = Recorded()
    assert isinstance(src, FixSource)
    assert drive(src) == ["replay test.gpx", "held", "cut short"]
    assert not src.running


def test_something_without_live_is_not_a_source() -> None:
    class NoLive:
        description = status = link = ""
        paused = False
        warnings = ()

        def start(self) -> None: ...
        def stop(self) -> None: ...
        def toggle_pause(self) -> None: ...

    assert not isinstance(NoLive(), FixSource)


def test_the_qt_free_modules_import_without_qt() -> None:
    code = (
        "import sys, navapp.core.drive_replay, navapp.gps.source, navapp.gps.link, "
        "navapp.gps.replay, navapp.gps.gpsd, navapp.gps.silence; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

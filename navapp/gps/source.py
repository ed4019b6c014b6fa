"""The one interface every GPS source offers, whatever moves its bytes.

A source is started and stopped; it tells what it is (:attr:`FixSource.description`), what it
last said about its port or connection (:attr:`FixSource.link`) and about its fix
(:attr:`FixSource.status`). :attr:`FixSource.live` tells a real GPS (its drive is logged and
saved, it never ends, nobody can hold it) from the replay of a recorded drive (not logged, held
and released by the co-driver, and it ends). The GUI's Qt sources
(:mod:`navapp.gui.gps.sources`) implement it; their signals carry the fixes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

__all__ = ["FixSource"]


@runtime_checkable
class FixSource(Protocol):
    """A source of GPS fixes as the drive session and the main window see it."""

    @property
    def description(self) -> str:
        """What this source is, e.g. ``gpsd localhost:2947`` or ``replay ss3.gpx``."""
        ...

    @property
    def live(self) -> bool:
        """True for a real GPS; False for a replay, which can be held and comes to an end."""
        ...

    @property
    def status(self) -> str:
        """The last status line said (``gpsd localhost:2947 — fix, 8 satellites``)."""
        ...

    @property
    def link(self) -> str:
        """The last line said about the port or connection (the reason when fixes stop)."""
        ...

    @property
    def paused(self) -> bool:
        """Whether the co-driver holds this source (a replay paused or ended); never when live."""
        ...

    @property
    def warnings(self) -> tuple[str, ...]:
        """What the reader of a recorded drive had to say about its file (empty when live)."""
        ...

    def start(self) -> None:
        """Start delivering fixes."""
        ...

    def stop(self) -> None:
        """Stop delivering fixes (a stopped source can be started again)."""
        ...

    def toggle_pause(self) -> None:
        """Hold a running replay, or let a held one go on; a live GPS cannot be held."""
        ...

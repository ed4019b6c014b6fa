"""The navigator's state at any fix of a recorded drive, for replaying a review through the
instruments (the review window's drive view follows its slider with it).

Qt-free: the same replay answers a GUI slider, a command-line tool or a test.
"""

from __future__ import annotations

import math

from navapp.core.model import Fix, Roadbook, Track
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import NavSnapshot, NavState

__all__ = ["SNAPSHOT_EVERY", "DriveReplay"]

SNAPSHOT_EVERY = 300  # fixes between navigator snapshots: a seek replays at most this many


class DriveReplay:
    """The navigator's state at any fix of a track, in bounded time.

    The navigator is run over the track once (lazily, as far as asked), keeping a
    :class:`NavSnapshot` every ``every`` fixes; a seek restores the nearest earlier snapshot
    into a fresh navigator and replays at most ``every`` fixes from there.
    """

    def __init__(
        self,
        roadbook: Roadbook,
        track: Track,
        settings: NavSettings | None = None,
        every: int = SNAPSHOT_EVERY,
    ) -> None:
        self.roadbook = roadbook
        self.track = track
        self.settings = settings
        self.every = every
        self._time = track.time.tolist()
        self._lat = track.lat.tolist()
        self._lon = track.lon.tolist()
        self._ele = track.ele.tolist()
        self._speed = track.speed.tolist() if track.speed is not None else None
        self._base = Navigator(roadbook, settings)
        self._frontier = -1  # fixes 0.._frontier have been fed to the base run
        self.snapshots: list[NavSnapshot] = []  # [k]: state after fix k * every
        self._live: Navigator | None = None
        self._live_index = -1
        self.replayed = 0  # fixes fed by the last state_at (for tests and the benchmark)

    def __len__(self) -> int:
        return len(self._lat)

    @property
    def frontier(self) -> int:
        """The last fix the snapshot run has reached."""
        return self._frontier

    def fix(self, i: int) -> Fix:
        """Fix ``i`` of the track, as :meth:`Track.fixes` makes it."""
        s = self._speed[i] if self._speed is not None else math.nan
        el = self._ele[i]
        return Fix(
            self._time[i],
            self._lat[i],
            self._lon[i],
            speed_kmh=s if s == s else None,
            ele_m=el if el == el else None,
        )

    def extend(self, until: int) -> None:
        """Run the snapshot navigator up to fix ``until``."""
        until = min(until, len(self) - 1)
        nav = self._base
        for i in range(self._frontier + 1, until + 1):
            nav.update(self.fix(i))
            if i % self.every == 0:
                self.snapshots.append(nav.snapshot())
        self._frontier = max(self._frontier, until)

    def done(self) -> bool:
        return self._frontier >= len(self) - 1

    def state_at(self, i: int) -> NavState:
        """The navigator's state right after fix ``i``."""
        i = min(max(i, 0), len(self) - 1)
        self.extend(i)
        k = i // self.every
        start = k * self.every
        live = self._live
        if live is None or not (start <= self._live_index <= i):
            live = Navigator(self.roadbook, self.settings)
            live.restore(self.snapshots[k])
            # The snapshot holds no position: fix ``start`` again anchors the trip meter
            # where the snapshot was taken, adding no distance.
            live.update(self.fix(start))
            self._live, self._live_index = live, start
        self.replayed = i - self._live_index
        for j in range(self._live_index + 1, i + 1):
            live.update(self.fix(j))
        self._live_index = i
        return live.state

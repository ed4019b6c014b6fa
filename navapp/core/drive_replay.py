"""The navigator's state at any fix of a recorded drive, for replaying a review through the
instruments (the review window's drive view follows its slider with it).

Qt-free: the same replay answers a GUI slider, a command-line tool or a test.
"""

from __future__ import annotations

import copy
import math

from navapp.core.model import Fix, Roadbook, Track
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import NavState

__all__ = ["SNAPSHOT_EVERY", "DriveReplay"]

SNAPSHOT_EVERY = 300  # fixes between navigator snapshots: a seek replays at most this many


class DriveReplay:
    """The navigator's state at any fix of a track, in bounded time.

    The navigator is run over the track once (lazily, as far as asked), keeping a copy of it
    every ``every`` fixes; a seek copies the nearest earlier one and replays at most ``every``
    fixes from there. A whole copy, trip meter included, not a crash-recovery snapshot: the
    replay must give exactly the states of the drive, step for step.
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
        self.snapshots: list[Navigator] = []  # [k]: the navigator after fix k * every
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
                self.snapshots.append(self._copy(nav))
        self._frontier = max(self._frontier, until)

    def _copy(self, nav: Navigator) -> Navigator:
        """An independent copy of ``nav`` sharing the roadbook (values never change)."""
        memo: dict[int, object] = {id(self.roadbook): self.roadbook}
        for box in self.roadbook.boxes:
            memo[id(box)] = box
            for wp in box.waypoints:
                memo[id(wp)] = wp
        shared = getattr(nav, "_proj", None)
        if shared is not None:
            memo[id(shared)] = shared  # a projection holds a pyproj transformer: read-only
        return copy.deepcopy(nav, memo)

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
            live = self._copy(self.snapshots[k])
            self._live, self._live_index = live, start
        self.replayed = i - self._live_index
        for j in range(self._live_index + 1, i + 1):
            live.update(self.fix(j))
        self._live_index = i
        return live.state

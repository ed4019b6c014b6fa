"""The turn the route makes at a point, measured along the road around it.

The heading arriving is taken over the last ``look_m`` of route before the point, the heading
leaving over the next ``look_m`` after it, both between positions interpolated along the path:
never from a point to itself or to its immediate neighbour, so a long step between two logged
points (a gap in the recording) reads as the straight road it is. The turn, the CAP (the
heading leaving) and the words for the turn all come from here, so a tulip, its CAP and its
note agree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from navapp.core import geodesy

FloatArray = npt.NDArray[np.float64]

# Each side of the point: longer than GPS scatter, shorter than the road to the next junction.
LOOK_M = 50.0
# A heading between two positions closer than this is noise (a U-turn in the window, a stop).
_MIN_CHORD_M = 1.0


@dataclass(frozen=True)
class RouteTurns:
    """Headings (degrees true) arriving at and leaving each point, and the turn between them
    (degrees, folded into (−180, 180], positive to the right)."""

    entry_deg: FloatArray
    exit_deg: FloatArray
    angle_deg: FloatArray

    def cap(self, i: int) -> int:
        """The CAP printed at point ``i``: the heading leaving it, whole degrees 0–359."""
        return round(float(self.exit_deg[i])) % 360


def fold(deg: FloatArray) -> FloatArray:
    """Angles folded into (−180, 180]."""
    r = np.mod(deg, 360.0)
    return np.where(r > 180.0, r - 360.0, r)


def route_turns(
    line: geodesy.RouteGeometry, chainage_m: FloatArray, look_m: float = LOOK_M
) -> RouteTurns:
    """The turn at each chainage of ``line`` (vectorised).

    Near an end of the line the missing side takes the other side's heading (no turn); where
    neither side has a heading (a route shorter than a metre there) the line's own heading is
    used.
    """
    c = np.clip(np.atleast_1d(np.asarray(chainage_m, dtype=np.float64)), 0.0, line.length_m)
    look = max(float(look_m), 1.0)
    n = c.size
    lat, lon = line.points_at(np.concatenate([c - look, c, c + look]))
    la, lo = lat[:n], lon[:n]
    lh, oh = lat[n : 2 * n], lon[n : 2 * n]
    lb, ob = lat[2 * n :], lon[2 * n :]
    entry, d_in = geodesy.inverse_arrays(la, lo, lh, oh)
    exit_, d_out = geodesy.inverse_arrays(lh, oh, lb, ob)
    has_in, has_out = d_in >= _MIN_CHORD_M, d_out >= _MIN_CHORD_M
    entry = np.where(has_in, entry, exit_)
    exit_ = np.where(has_out, exit_, entry)
    neither = ~has_in & ~has_out
    for i in np.nonzero(neither)[0].tolist():
        entry[i] = exit_[i] = line.heading_at(float(c[i]))
    return RouteTurns(entry, exit_, fold(exit_ - entry))


def turn_words(angle_deg: float) -> str:
    """How a roadbook note says a turn: straight on, bear, turn or sharp, left or right, or a
    U-turn (which has no side worth printing: ±180° are one turn)."""
    a = abs(angle_deg)
    if a >= 165.0:
        return "U-turn"
    side = "right" if angle_deg > 0 else "left"
    if a < 20.0:
        return "Straight on"
    if a < 60.0:
        return f"Bear {side}"
    if a < 120.0:
        return f"Turn {side}"
    return f"Sharp {side}"

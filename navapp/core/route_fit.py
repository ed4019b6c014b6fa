"""Whether a recorded track is a drive of this stage at all: how far it keeps from the route
line and how much of the route it covers.

A track of another stage, of the liaison only, or against the wrong roadbook otherwise shows
as "14 missed" on an empty map. The rule: the track is flagged when its median distance to
the route is more than :data:`FAR_MEDIAN_M`, or when it comes within :data:`NEAR_M` of less
than :data:`MIN_COVERED` of the route's length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from navapp.core.i18n import translate

FloatArray = npt.NDArray[np.float64]

FAR_MEDIAN_M = 1000.0  # median distance from the route beyond which it is not this stage
MIN_COVERED = 0.20  # share of the route a drive of this stage covers at the very least
NEAR_M = 500.0  # a stretch of route counts as covered with the track this close to it
_BIN_M = 100.0  # the route is judged in stretches this long


@dataclass(frozen=True)
class RouteFit:
    """How a track sits on the route: median distance, share covered, and the warning."""

    median_offset_m: float
    covered: float  # 0..1 of the route's length
    warning: str | None  # one plain line when the track does not look like this stage

    @property
    def suspect(self) -> bool:
        return self.warning is not None


def route_fit(chainage_m: FloatArray, offset_m: FloatArray, route_length_m: float) -> RouteFit:
    """Judge a track from each point's chainage along the route and distance off it."""
    offset = np.asarray(offset_m, dtype=np.float64)
    ok = np.isfinite(offset)
    if not ok.any() or not route_length_m > 0:
        return RouteFit(
            float("nan"),
            0.0,
            translate("RouteFit", "the track has no position to compare with the route"),
        )
    median = float(np.median(offset[ok]))
    near = ok & (offset <= NEAR_M)
    bins = max(int(np.ceil(route_length_m / _BIN_M)), 1)
    hit = np.clip((np.asarray(chainage_m)[near] / _BIN_M).astype(np.int64), 0, bins - 1)
    covered = float(np.unique(hit).size) / bins
    far, thin = median > FAR_MEDIAN_M, covered < MIN_COVERED
    km, share = f"{median / 1000:.1f}", f"{covered:.0%}"
    warning = None
    if far and thin:
        warning = translate(
            "RouteFit",
            "Not a drive of this stage? It keeps {km} km from the route (median) "
            "and covers {share} of the route.",
        ).format(km=km, share=share)
    elif far:
        warning = translate(
            "RouteFit", "Not a drive of this stage? It keeps {km} km from the route (median)."
        ).format(km=km)
    elif thin:
        warning = translate(
            "RouteFit", "Not a drive of this stage? It covers {share} of the route."
        ).format(share=share)
    return RouteFit(median, covered, warning)

"""The one speed colour scale of a reviewed drive: the review map on screen and the HTML
report colour the same speed with the same colour, and show the same legend.

The breaks are round figures in the roadbook's speed unit (km/h or mph), so the legend reads
``20–40`` whatever the units. The pure red of violations and the magenta of off-route periods
are kept out of the scale.
"""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt

from navapp.core.model import Units

SPEED_EDGES: tuple[float, ...] = (20.0, 40.0, 60.0, 80.0, 100.0, 120.0)
SPEED_COLOURS: tuple[str, ...] = (
    "#3b4cc0",
    "#2c8fd6",
    "#12a79d",
    "#5e9e0d",
    "#c99700",
    "#ea6a0c",
    "#6b2f12",
)
UNKNOWN_SPEED_COLOUR = "#6b7280"  # a speed not known (a track without times)


def speed_bucket(speed_kmh: npt.ArrayLike, units: Units = Units.METRIC) -> npt.NDArray[np.int64]:
    """The colour of each speed (km/h) as an index into :data:`SPEED_COLOURS`.

    ``len(SPEED_COLOURS)`` for an unknown speed; a speed on a break belongs to the faster colour.
    """
    v = np.asarray(speed_kmh, dtype=np.float64) * units.km_to_display(1.0)
    ok = np.isfinite(v)
    b = np.searchsorted(np.array(SPEED_EDGES), np.where(ok, v, 0.0), side="right")
    return np.where(ok, b, len(SPEED_COLOURS)).astype(np.int64)


def speed_colour(bucket: int) -> str:
    """The colour of a bucket from :func:`speed_bucket` (grey for unknown)."""
    return SPEED_COLOURS[bucket] if 0 <= bucket < len(SPEED_COLOURS) else UNKNOWN_SPEED_COLOUR


def speed_labels() -> list[str]:
    """The legend text of each colour: ``<20``, ``20–40``, … ``≥120``."""
    labels = [f"<{SPEED_EDGES[0]:g}"]
    labels += [f"{a:g}–{b:g}" for a, b in itertools.pairwise(SPEED_EDGES)]
    labels.append(f"≥{SPEED_EDGES[-1]:g}")
    return labels

"""One speed colour scale for the review map on screen and the HTML report."""

from __future__ import annotations

import math

import numpy as np

from navapp.core.model import Units
from navapp.core.speedscale import (
    SPEED_COLOURS,
    SPEED_EDGES,
    UNKNOWN_SPEED_COLOUR,
    speed_bucket,
    speed_colour,
    speed_labels,
)


def test_breaks_and_colours_match_the_legend() -> None:
    assert len(SPEED_COLOURS) == len(SPEED_EDGES) + 1 == len(speed_labels())
    assert speed_labels() == ["<20", "20–40", "40–60", "60–80", "80–100", "100–120", "≥120"]
    assert UNKNOWN_SPEED_COLOUR not in SPEED_COLOURS


def test_a_speed_on_a_break_takes_the_faster_colour() -> None:
    kmh = np.array([0.0, 19.9, 20.0, 59.9, 60.0, 119.9, 120.0, 250.0, math.nan])
    assert speed_bucket(kmh).tolist() == [0, 0, 1, 2, 3, 5, 6, 6, len(SPEED_COLOURS)]
    assert speed_colour(len(SPEED_COLOURS)) == UNKNOWN_SPEED_COLOUR
    assert speed_colour(2) == SPEED_COLOURS[2]


def test_breaks_are_in_the_roadbook_unit() -> None:
    # 40 mph is 64.4 km/h: the statute legend reads 40–60 mph for it.
    assert speed_bucket(np.array([64.4]), Units.STATUTE).tolist() == [2]
    assert speed_bucket(np.array([64.4]), Units.METRIC).tolist() == [3]

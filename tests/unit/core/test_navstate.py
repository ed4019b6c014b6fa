"""The values the navigator derives for its readers."""

from __future__ import annotations

import pytest

from navapp.core.navstate import cap_turn_deg


@pytest.mark.parametrize(
    ("cap", "course", "turn"),
    [
        (10, 350.0, 20.0),
        (350, 10.0, -20.0),
        (117, 128.0, -11.0),
        (180, 0.0, 180.0),  # straight behind: (−180, 180] keeps +180
        (0, 180.0, 180.0),
        (0, 359.6, 0.4),
    ],
)
def test_cap_turn_is_cap_minus_course_folded(cap: int, course: float, turn: float) -> None:
    got = cap_turn_deg(cap, course)
    assert got == pytest.approx(turn, abs=1e-9)


def test_no_cap_turn_without_a_cap_or_a_course() -> None:
    assert cap_turn_deg(None, 120.0) is None
    assert cap_turn_deg(117, None) is None

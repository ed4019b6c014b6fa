"""Numbers read from untrusted JSON."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from navapp.io.errors import InputError
from navapp.io.jsonvalues import json_number
from navapp.io.rn2 import read_rn2

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3.0), (-2.5, -2.5), (0, 0.0), (True, None), (False, None), ("3", None), (None, None)],
)
def test_json_number(value: object, expected: float | None) -> None:
    assert json_number(value) == expected


def test_what_no_float_can_hold_is_no_number() -> None:
    assert json_number(math.inf) is None and json_number(math.nan) is None
    assert json_number(10**400) is None  # float() of it raises OverflowError


def test_an_rn2_position_too_big_for_a_float_is_one_line(tmp_path: Path) -> None:
    doc = json.loads((DATA / "roadbooknavi_minimal.rn2").read_text())
    doc["route"]["waypoints"][0]["lat"] = 10**400
    path = tmp_path / "big.rn2"
    path.write_text(json.dumps(doc))
    with pytest.raises(InputError) as err:
        read_rn2(path)
    assert "\n" not in str(err.value)

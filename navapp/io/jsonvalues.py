"""Values read from untrusted JSON (Rally Navigator and Tulip saves)."""

from __future__ import annotations

import math


def json_number(value: object) -> float | None:
    """``value`` as a finite float when it is a JSON number, else None.

    ``true`` is not a number (a bool is an int in Python), and an integer too big for a float
    is None rather than an OverflowError.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        v = float(value)
    except OverflowError:
        return None
    return v if math.isfinite(v) else None

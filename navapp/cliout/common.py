"""Value shaping shared by the command line's JSON documents and text tables."""

from __future__ import annotations

import math
from datetime import UTC, datetime


def _opt(value: float | None, digits: int) -> float | None:
    return None if value is None or not math.isfinite(value) else round(value, digits)


def iso_time(t: float | None) -> str | None:
    """Epoch seconds as ISO-8601 UTC (milliseconds only when needed), None when unknown."""
    if t is None or not math.isfinite(t):
        return None
    stamp = datetime.fromtimestamp(t, tz=UTC)
    text = stamp.isoformat(timespec="milliseconds" if t % 1 else "seconds")
    return text.replace("+00:00", "Z")

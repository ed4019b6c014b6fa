"""True or magnetic CAP: the World Magnetic Model's declination and the heading shown.

Roadbooks print CAPs from true north unless they say otherwise. A crew steering by a
magnetic compass may want CAP and course shown magnetic instead: ``magnetic = true −
declination`` (declination positive east), with the declination of the World Magnetic Model
(WMM2025, through :mod:`pygeomag`, whose coefficients ship with it) at the crew's
position and date, or a declination the crew types in. The turn to the CAP is the same in
both references, so the navigator keeps it in true terms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from pygeomag import GeoMag
from pygeomag.wmm.wmm_2025 import WMM_2025

from navapp.core.model import Fix

__all__ = [
    "FIXED_RANGE_DEG",
    "CapReference",
    "NorthReference",
    "cap_shown",
    "decimal_year",
    "declination",
    "declination_at_fix",
    "declination_for",
    "north_label",
    "to_shown",
]

#: The declinations a crew may type in (the Earth's reach well inside ±60° where people drive).
FIXED_RANGE_DEG = (-60.0, 60.0)


class NorthReference(Enum):
    """Which north the CAP and course are shown from; values are the stored setting names."""

    TRUE = "true"
    MAGNETIC_WMM = "magnetic_wmm"
    MAGNETIC_FIXED = "magnetic_fixed"


@dataclass(frozen=True)
class CapReference:
    """The crew's choice: true north, magnetic by the WMM, or magnetic by a typed declination
    (``fixed_deg``, positive east)."""

    north: NorthReference = NorthReference.TRUE
    fixed_deg: float = 0.0

    @property
    def magnetic(self) -> bool:
        return self.north is not NorthReference.TRUE


@lru_cache(maxsize=1)
def _model() -> GeoMag:
    # WMM2025 (valid 2025.0–2030.0) as a Python module of the library, not its .COF file:
    # a frozen build then needs no data file collected beside it.
    return GeoMag(coefficients_data=WMM_2025)


def decimal_year(when: dt.datetime) -> float:
    """``when`` (UTC) as a decimal year, the WMM's time scale: 2025-07-02 12:00 ≈ 2025.5."""
    start = dt.datetime(when.year, 1, 1, tzinfo=dt.UTC)
    days = 366 if calendar.isleap(when.year) else 365
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return when.year + (when - start).total_seconds() / (days * 86400.0)


def declination(lat: float, lon: float, year: float, alt_km: float = 0.0) -> float:
    """Magnetic declination in degrees (positive east) by WMM2025 at ``lat``/``lon`` (degrees),
    ``year`` (decimal year, 2025.0–2030.0) and ``alt_km`` above the WGS84 ellipsoid.

    Raises ValueError outside the model's life span or for a position off the globe.
    """
    if not (math.isfinite(lat) and math.isfinite(lon) and -90.0 <= lat <= 90.0):
        raise ValueError(f"no declination at lat {lat}, lon {lon}")
    lon = (lon + 180.0) % 360.0 - 180.0
    start, end = _model().life_span
    if not start <= year < end:
        raise ValueError(f"WMM2025 covers {start:.0f}–{end:.0f}, not {year:.2f}")
    return float(_model().calculate(glat=lat, glon=lon, alt=alt_km, time=year).d)


def declination_for(reference: CapReference, lat: float, lon: float, time_s: float) -> float | None:
    """The declination to subtract for ``reference`` at a fix (``time_s``: Unix seconds, UTC).

    None for true north, and when the WMM cannot say (no time, a date outside WMM2025):
    the screen then shows true values labelled T rather than a guess labelled M.
    """
    if reference.north is NorthReference.TRUE:
        return None
    if reference.north is NorthReference.MAGNETIC_FIXED:
        return reference.fixed_deg
    if not math.isfinite(time_s):
        return None
    try:
        when = dt.datetime.fromtimestamp(time_s, tz=dt.UTC)
        return declination(lat, lon, decimal_year(when))
    except (ValueError, OverflowError, OSError):
        return None


def declination_at_fix(
    reference: CapReference, fix: Fix | None, last_time_s: float | None = None
) -> float | None:
    """:func:`declination_for` at ``fix`` (a fix without a time takes ``last_time_s``).

    Without a fix a typed declination still applies; the WMM's is unknown.
    """
    if fix is None:
        return declination_for(reference, math.nan, math.nan, math.nan)
    time_s = fix.time if math.isfinite(fix.time) else last_time_s
    return declination_for(reference, fix.lat, fix.lon, math.nan if time_s is None else time_s)


def to_shown(true_deg: float | None, declination_deg: float | None) -> float | None:
    """A true CAP or course in the shown reference: ``true − declination`` in [0, 360);
    unchanged when ``declination_deg`` is None (true north)."""
    if true_deg is None or declination_deg is None:
        return true_deg
    return (true_deg - declination_deg) % 360.0


def cap_shown(cap: int | None, declination_deg: float | None) -> int | None:
    """A roadbook CAP (true) as shown: whole degrees 0–359 from the shown north."""
    shown = to_shown(cap, declination_deg)
    return None if shown is None else round(shown) % 360


def north_label(declination_deg: float | None) -> str:
    """``M`` when CAP and course are shown magnetic (a declination applies), ``T`` when true."""
    return "T" if declination_deg is None else "M"

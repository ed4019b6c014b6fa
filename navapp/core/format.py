"""How navapp writes times, distances, CAPs and waypoints, the same on screen, in the CLI and
in the reports.

Durations are ``h:mm:ss`` (``m:ss`` where a short form is wanted); a negative one carries the
typographic minus ``−`` (U+2212), as the trip meter and the CAP turn do. Clock times are
``HH:MM:SS``. Distances are in the roadbook's units (km or mi). ``—`` stands for unknown.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, tzinfo
from typing import Literal

from navapp.core import i18n
from navapp.core.i18n import translate
from navapp.core.model import M_PER_YARD, Box, Units, WaypointType

DASH = "—"  # an unknown value
MINUS = "\u2212"  # the sign of a negative duration, distance or turn

Rounding = Literal["nearest", "down", "up"]


def _whole_seconds(seconds: float, rounding: Rounding) -> int:
    if rounding == "down":
        return math.floor(seconds + 1e-9)
    if rounding == "up":
        return math.ceil(seconds - 1e-9)
    return round(seconds)


def hms(seconds: float | None, rounding: Rounding = "nearest", unknown: str = DASH) -> str:
    """A duration as ``h:mm:ss`` (``−0:01:05`` when negative), ``unknown`` when not known.

    ``rounding="down"`` counts whole seconds passed, as a running stage clock reads.
    """
    if seconds is None or not math.isfinite(seconds):
        return unknown
    sign = MINUS if seconds < 0 else ""
    t = _whole_seconds(abs(seconds), rounding)
    h, rest = divmod(t, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}"


def exclusion() -> str:
    """The word for an excluded crew, as the rules of the user's language say it."""
    return translate(
        "Format",
        "EXCLUSION",
        "a crew put out of the stage; as the rally rules say it (FR: EXCLUSION)",
    )


def mss(seconds: float | None) -> str:
    """A duration as ``m:ss``, minutes running past 59: how penalties and gaps are quoted.

    An infinite penalty is an exclusion.
    """
    if seconds is None or math.isnan(seconds):
        return DASH
    if math.isinf(seconds):
        return exclusion()
    t = round(abs(seconds))
    return f"{MINUS if seconds < 0 else ''}{t // 60}:{t % 60:02d}"


def gap(seconds: float | None) -> str:
    """A time gap with its sign: ``+1:05``, ``−0:12``, ``±0:00`` when level."""
    if seconds is None or not math.isfinite(seconds):
        return DASH
    if round(seconds) == 0:
        return "±0:00"
    return ("+" if seconds > 0 else "") + mss(seconds)


def penalty(seconds: float, excluded: bool = False) -> str:
    """A penalty as ``m:ss``, or ``EXCLUSION``."""
    return exclusion() if excluded or math.isinf(seconds) else mss(seconds)


def short_duration(seconds: float) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` from an hour on (whole seconds passed, never < 0)."""
    t = max(0, _whole_seconds(seconds, "down")) if math.isfinite(seconds) else 0
    return hms(t) if t >= 3600 else f"{t // 60}:{t % 60:02d}"


def countdown(seconds: float) -> str:
    """Time left as ``mm:ss`` (``h:mm:ss`` from an hour), rounded up: 0 only when it is over."""
    t = max(0, _whole_seconds(seconds, "up")) if math.isfinite(seconds) else 0
    return hms(t) if t >= 3600 else f"{t // 60:02d}:{t % 60:02d}"


def clock(epoch_s: float | None, tz: tzinfo | None = UTC, unknown: str = DASH) -> str:
    """The time of day ``HH:MM:SS`` of an epoch time in ``tz`` (None: the computer's zone)."""
    if epoch_s is None or not math.isfinite(epoch_s):
        return unknown
    return datetime.fromtimestamp(epoch_s, tz).strftime("%H:%M:%S")


def number(value: float | None, digits: int = 1, *, sign: bool = False) -> str:
    """A review figure with ``digits`` decimals (``+`` before a positive one with ``sign``),
    ``—`` when unknown, with the decimal point of the user's language (``12,35`` in French).

    Roadbook distances (:func:`distance`) keep the point, as boxes and trip meters print them.
    """
    if value is None or not math.isfinite(value):
        return DASH
    text = f"{round(value, digits) + 0.0:{'+' if sign else ''}.{digits}f}"  # never "-0.00"
    return text.replace(".", i18n.decimal_point()).replace("-", MINUS)


def distance(km: float, units: Units, digits: int = 2, *, unit: bool = False) -> str:
    """A distance in the roadbook's units, as a box prints it: ``12.34`` (``12.34 km``)."""
    text = f"{units.km_to_display(km):.{digits}f}"
    return f"{text} {units.distance_label}" if unit else text


def waypoint_distance(metres: float | None, units: Units) -> str:
    """Distance to a waypoint: ``850 m`` below 1 km, ``1.23 km`` above (yd/mi for statute)."""
    if metres is None:
        return DASH
    if units is Units.METRIC:
        return f"{round(metres)} m" if metres < 1000 else f"{metres / 1000:.2f} km"
    yards = metres / M_PER_YARD
    if yards < 1000:
        return f"{round(yards)} yd"
    return f"{units.km_to_display(metres / 1000):.2f} mi"


def speed(kmh: float | None, units: Units) -> str:
    """A speed in whole km/h or mph with its unit, ``— km/h`` when unknown."""
    if kmh is None:
        return f"{DASH} {units.speed_label}"
    return f"{round(units.km_to_display(kmh))} {units.speed_label}"


def cap(cap_deg: int | None) -> str:
    """A roadbook heading ``C.123``; blank when the box has none."""
    return "" if cap_deg is None else f"C.{cap_deg}"


def course(course_deg: float | None) -> str:
    """A course over ground as whole degrees ``C.123`` (0–359), ``—`` when unknown."""
    return DASH if course_deg is None else f"C.{round(course_deg) % 360}"


def waypoint_label(box: Box, units: Units) -> str:
    """The box's waypoints as printed: ``WPM 3``, ``DSS``, ``DZ 50`` (in the roadbook's units)."""
    parts = []
    for wp in box.waypoints:
        label = wp.type.label
        if wp.type is WaypointType.DZ and box.speed_limit_kmh is not None:
            label += f" {units.km_to_display(box.speed_limit_kmh):.0f}"
        elif wp.name:
            label += f" {wp.name}"
        parts.append(label)
    return ", ".join(parts)

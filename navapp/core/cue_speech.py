"""What a voice says for a box: "three hundred metres, left, CAP 120".

Plain words for a text-to-speech engine, decided in core so the call is the same on every
machine and can be tested: the distance rounded to a figure a co-driver would say, in the
roadbook's units, the turn at the box in the words of a roadbook note, and the CAP in the
reference the screen shows.
"""

from __future__ import annotations

import math

from navapp.core.i18n import QT_TRANSLATE_NOOP, decimal_point, translate
from navapp.core.model import M_PER_YARD, Box, Units
from navapp.core.tulip import tulip_from_drawing
from navapp.core.turn import turn_words

__all__ = ["box_call", "danger_call", "say_distance", "say_number", "spoken_turn", "tulip_turn"]

_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_YARDS_PER_MILE = 1760.0


def say_number(n: int) -> str:
    """A whole number 0–999 999 in British English words: 350 → "three hundred and fifty"."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"no words for {n}")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_ONES[hundreds]} hundred"
        return head + (f" and {say_number(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = f"{say_number(thousands)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + say_number(rest)


# The spoken templates. A voice in the user's language reads digits itself, so numbers are
# spelled out in words only while a template is the English source (no translation for it).
_UNITS = {
    "metres": QT_TRANSLATE_NOOP("CueSpeech", "{number} metres"),
    "kilometre": QT_TRANSLATE_NOOP("CueSpeech", "{number} kilometre"),
    "kilometres": QT_TRANSLATE_NOOP("CueSpeech", "{number} kilometres"),
    "yards": QT_TRANSLATE_NOOP("CueSpeech", "{number} yards"),
    "mile": QT_TRANSLATE_NOOP("CueSpeech", "{number} mile"),
    "miles": QT_TRANSLATE_NOOP("CueSpeech", "{number} miles"),
}
_TURNS = {
    "straight on": QT_TRANSLATE_NOOP("CueSpeech", "straight on"),
    "bear left": QT_TRANSLATE_NOOP("CueSpeech", "bear left"),
    "bear right": QT_TRANSLATE_NOOP("CueSpeech", "bear right"),
    "left": QT_TRANSLATE_NOOP("CueSpeech", "left"),
    "right": QT_TRANSLATE_NOOP("CueSpeech", "right"),
    "sharp left": QT_TRANSLATE_NOOP("CueSpeech", "sharp left"),
    "sharp right": QT_TRANSLATE_NOOP("CueSpeech", "sharp right"),
    "U-turn": QT_TRANSLATE_NOOP("CueSpeech", "U-turn"),
}


def _in_unit(unit: str, whole: int, tenth: int = 0) -> str:
    """``whole``.``tenth`` in ``unit`` as said: words in English, digits for another voice."""
    source = _UNITS[unit]
    template = translate("CueSpeech", source)
    if template == source:
        number = say_number(whole) + (f" point {_ONES[tenth]}" if tenth else "")
    else:
        number = str(whole) + (f"{decimal_point()}{tenth}" if tenth else "")
    return template.format(number=number)


def _say_tenths(value: float, unit: str, unit_plural: str) -> str:
    tenths = round(value * 10)
    whole, tenth = divmod(tenths, 10)
    return _in_unit(unit if tenths == 10 else unit_plural, whole, tenth)


def _round_short(value: float) -> int:
    """Metres or yards as said aloud: to 10 under 100, else to 50."""
    step = 10 if value < 95 else 50
    return int(round(value / step) * step)


def say_distance(metres: float, units: Units) -> str:
    """A distance as a co-driver says it, in the roadbook's units.

    Metric: to 10 m under 100 m, to 50 m under 1 km, then kilometres to a tenth
    ("one point two kilometres"); statute: yards the same way under a mile, then miles.
    """
    if not math.isfinite(metres) or metres < 0:
        raise ValueError(f"no words for a distance of {metres} m")
    if units is Units.METRIC:
        short = _round_short(metres)
        if short < 1000:
            return _in_unit("metres", short)
        return _say_tenths(metres / 1000.0, "kilometre", "kilometres")
    yards = metres / M_PER_YARD
    short = _round_short(yards)
    if short < _YARDS_PER_MILE:
        return _in_unit("yards", short)
    return _say_tenths(yards / _YARDS_PER_MILE, "mile", "miles")


def spoken_turn(angle_deg: float) -> str:
    """The turn as a voice says it: "straight on", "bear left", "left", "sharp right",
    "U-turn" (the thresholds of :func:`navapp.core.turn.turn_words`)."""
    words = turn_words(angle_deg)
    if words.startswith("Turn "):
        words = words[len("Turn ") :]
    key = words if words == "U-turn" else words.lower()
    return translate("CueSpeech", _TURNS[key])


def tulip_turn(box: Box) -> float | None:
    """The turn drawn in the box's tulip (degrees, + right), when navapp drew it; else None."""
    tulip = tulip_from_drawing(box.tulip)
    return None if tulip is None else tulip.exit.angle_deg


def box_call(metres: float, units: Units, turn: str = "", cap: int | None = None) -> str:
    """The spoken call of a box ``metres`` ahead: "three hundred metres, left, CAP 120".

    ``turn`` is :func:`spoken_turn`'s words ("" when unknown), ``cap`` the CAP in the shown
    reference (None when the box has none); the parts that are unknown are left out.
    """
    distance = say_distance(metres, units)
    if turn and cap is not None:
        text = translate("CueSpeech", "{distance}, {turn}, CAP {cap}")
    elif turn:
        text = translate("CueSpeech", "{distance}, {turn}")
    elif cap is not None:
        text = translate("CueSpeech", "{distance}, CAP {cap}")
    else:
        return distance
    return text.format(distance=distance, turn=turn, cap=cap)


def danger_call(level: int) -> str:
    """The spoken warning of a danger box: "danger three" for !!!."""
    source = QT_TRANSLATE_NOOP("CueSpeech", "danger {level}")
    template = translate("CueSpeech", "danger {level}")
    return template.format(level=say_number(level) if template == source else level)

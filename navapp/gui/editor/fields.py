"""What the box detail panel reads from and shows in its fields: numbers typed by a person,
the labels of the notes symbols and danger levels, the rules-table radius defaults."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import WaypointType
from navapp.core.rules import rule_for

# Labels of the notes symbols a box can carry as flags (translated where shown).
FLAG_LABELS = {
    "fuel": QT_TRANSLATE_NOOP("BoxFields", "Fuel"),
    "show_coordinates": QT_TRANSLATE_NOOP("BoxFields", "Show coords"),
    "medical": QT_TRANSLATE_NOOP("BoxFields", "Medical"),
    "helicopter": QT_TRANSLATE_NOOP("BoxFields", "Helicopter"),
    "police": QT_TRANSLATE_NOOP("BoxFields", "Police"),
    "fire": QT_TRANSLATE_NOOP("BoxFields", "Fire"),
    "spectators": QT_TRANSLATE_NOOP("BoxFields", "Spectators"),
    "media": QT_TRANSLATE_NOOP("BoxFields", "Media"),
}


def flag_label(flag: str) -> str:
    """The label of a notes symbol in the user's language (an unknown flag as it is)."""
    label = FLAG_LABELS.get(flag)
    return QCoreApplication.translate("BoxFields", label) if label else flag


def danger_labels() -> list[str]:
    """The danger levels 0-3 as the combo box lists them."""
    return [QCoreApplication.translate("BoxFields", "0 — none"), "1  !", "2  !!", "3  !!!"]


class FieldError(ValueError):
    """A value typed in a field that is not a number of the right kind."""


def parse_float(text: str, what: str) -> float | None:
    """A decimal typed by a person (comma or point), None when blank; ``what`` names the
    field in the error, in the user's language."""
    t = text.strip().replace(",", ".")
    if not t:
        return None
    try:
        value = float(t)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise FieldError(
            QCoreApplication.translate("BoxFields", "{field}: '{text}' is not a number").format(
                field=what, text=text.strip()
            )
        )
    return value


def parse_int(text: str, what: str) -> int | None:
    """A whole number typed by a person, None when blank."""
    t = text.strip()
    if not t:
        return None
    try:
        return int(t)
    except ValueError:
        raise FieldError(
            QCoreApplication.translate(
                "BoxFields", "{field}: '{text}' is not a whole number"
            ).format(field=what, text=t)
        ) from None


def number_text(value: float | None, decimals: int = 3) -> str:
    """A value for a field: blank for None, no trailing zeros."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text or "0"


def radius_placeholder(wtype: WaypointType | None, which: str) -> str:
    """The rules-table default of a radius (``which``: "open" or "clear"), shown greyed in
    an empty field."""
    if wtype is None:
        return ""
    rule = rule_for(wtype)
    value = rule.open_m if which == "open" else rule.clear_m
    if value is None:
        return QCoreApplication.translate("BoxFields", "never opens")
    if math.isinf(value):
        return QCoreApplication.translate("BoxFields", "always open")
    return f"{value:.0f} m"

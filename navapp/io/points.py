"""Reading a GPX point's position, with the file line in every complaint."""

from __future__ import annotations

import math
from pathlib import Path

from lxml import etree

from navapp.core.i18n import translate
from navapp.io.errors import InputError

_NAMES = {"lat": "latitude", "lon": "longitude"}


def point_position(pt: etree._Element, path: str | Path | None) -> tuple[float, float]:
    """The ``lat``/``lon`` attributes of a ``wpt``, ``trkpt`` or ``rtept``, checked."""
    values = []
    for attr, limit in (("lat", 90.0), ("lon", 180.0)):
        raw = pt.get(attr)
        name = _NAMES[attr]
        if raw is None:
            raise InputError(
                path, translate("Points", "point without {name}").format(name=name), pt.sourceline
            )
        try:
            value = float(raw)
        except ValueError:
            raise InputError(
                path,
                translate("Points", "{name} is not a number: {text}").format(
                    name=name, text=f"{raw.strip()!r}"
                ),
                pt.sourceline,
            ) from None
        if not math.isfinite(value):
            raise InputError(
                path,
                translate("Points", "{name} is not a finite number: {text}").format(
                    name=name, text=f"{raw.strip()!r}"
                ),
                pt.sourceline,
            )
        if abs(value) > limit:
            raise InputError(
                path,
                translate("Points", "{name} out of range: {text}").format(
                    name=name, text=raw.strip()
                ),
                pt.sourceline,
            )
        values.append(value)
    return values[0], values[1]

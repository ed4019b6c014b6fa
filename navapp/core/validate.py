"""Roadbook checks: what a co-driver would want fixed before the stage."""

from __future__ import annotations

import math
from dataclasses import dataclass

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.legs import box_legs
from navapp.core.model import Box, Roadbook, WaypointType

# A box farther than this from the route line is probably misplaced.
DEFAULT_MAX_OFFSET_M = 100.0


# Why each finding matters to a crew and how the designer fixes it, by finding code.
# Marked for the translators; translated where they are shown (:attr:`Finding.advice`).
ADVICE: dict[str, str] = {
    "negative-total": QT_TRANSLATE_NOOP(
        "Validate",
        "A trip meter never reads below zero. Type the box's total as the crews' trip meter "
        "shows it there, or put a reset on the box before it.",
    ),
    "total-decreases": QT_TRANSLATE_NOOP(
        "Validate",
        "The crews' trip meter only counts up, so this box would come before the one above it. "
        "Correct its total, move it to its place, or give an earlier box a trip reset.",
    ),
    "cap-range": QT_TRANSLATE_NOOP(
        "Validate",
        "A CAP is a compass heading from 0 to 360°. Type the heading the crews follow.",
    ),
    "danger-range": QT_TRANSLATE_NOOP(
        "Validate",
        "Dangers are marked 1, 2 or 3 (! to !!!). Choose the level in the box's Danger field.",
    ),
    "radius-order": QT_TRANSLATE_NOOP(
        "Validate",
        "A crew must be inside the open radius before it gets close enough to clear, so the "
        "clear radius must be the smaller one. Make it smaller or the open radius larger.",
    ),
    "fz-without-dz": QT_TRANSLATE_NOOP(
        "Validate",
        "An FZ ends a speed zone, but no DZ started one. Give the DZ box its DZ waypoint, "
        "or remove this FZ.",
    ),
    "dz-no-limit": QT_TRANSLATE_NOOP(
        "Validate",
        "A crew entering a speed zone must know its limit. Type it in the box's Speed km/h field.",
    ),
    "dz-without-fz": QT_TRANSLATE_NOOP(
        "Validate",
        "A speed zone that never ends limits the crew until the finish. Add an FZ box where "
        "the zone ends.",
    ),
    "duplicate-name": QT_TRANSLATE_NOOP(
        "Validate",
        "Two waypoints with the same type and name are confused on the trip meter and in the "
        "results. Rename or renumber one of them.",
    ),
    "off-route": QT_TRANSLATE_NOOP(
        "Validate",
        "The box is far from the route line, so it is probably misplaced. Drag it onto the "
        "route on the map, or Recompute totals and CAPs from route.",
    ),
    "no-boxes": QT_TRANSLATE_NOOP(
        "Validate",
        "Click the route on the map, insert a box, or generate the boxes from a track.",
    ),
}


@dataclass(frozen=True)
class Finding:
    """One problem, tied to a box when it concerns one (1-based index)."""

    box: int | None
    code: str
    message: str

    @property
    def advice(self) -> str:
        """Why it matters and how to fix it, in a sentence or two ("" when not known)."""
        advice = ADVICE.get(self.code)
        return translate("Validate", advice) if advice else ""

    @property
    def explained(self) -> str:
        """What is wrong, then why it matters and how to fix it."""
        what = self.message[:1].upper() + self.message[1:]
        return f"{what}. {self.advice}" if self.advice else what

    def __str__(self) -> str:
        where = f"box {self.box}" if self.box is not None else "roadbook"
        return f"{where}: {self.message}"


def _totals(boxes: tuple[Box, ...]) -> list[Finding]:
    out = []
    base: float | None = None
    for b in boxes:
        if b.total_km < 0:
            out.append(
                Finding(
                    b.index,
                    "negative-total",
                    translate("Validate", "negative total {total} km").format(
                        total=f"{b.total_km:.2f}"
                    ),
                )
            )
        if base is not None and b.total_km < base - 1e-9:
            out.append(
                Finding(
                    b.index,
                    "total-decreases",
                    translate(
                        "Validate", "total {total} km is less than the previous box's {previous} km"
                    ).format(total=f"{b.total_km:.2f}", previous=f"{base:.2f}"),
                )
            )
        base = b.reset_km if b.reset_km is not None else b.total_km
    return out


def _box_fields(b: Box) -> list[Finding]:
    out = []
    if b.cap is not None and not 0 <= b.cap <= 360:
        out.append(
            Finding(
                b.index,
                "cap-range",
                translate("Validate", "CAP {cap} is outside 0–360").format(cap=b.cap),
            )
        )
    if b.danger is not None and b.danger not in (1, 2, 3):
        out.append(
            Finding(
                b.index,
                "danger-range",
                translate("Validate", "danger {danger} is not 1, 2 or 3").format(danger=b.danger),
            )
        )
    for wp in b.waypoints:
        o, c = wp.open_m, wp.clear_m
        if o is not None and c is not None and math.isfinite(o) and c >= o:
            label = f"{wp.type.label} {wp.name}".strip()
            out.append(
                Finding(
                    b.index,
                    "radius-order",
                    translate(
                        "Validate",
                        "{waypoint}: clear radius {clear} m is not smaller "
                        "than open radius {open} m",
                    ).format(waypoint=label, clear=f"{c:.0f}", open=f"{o:.0f}"),
                )
            )
    return out


def _zones(boxes: tuple[Box, ...]) -> list[Finding]:
    out = []
    open_zone: Box | None = None
    for b in boxes:
        # A box may end one zone and start the next: the end counts first.
        if b.ends_zone:
            if open_zone is None:
                out.append(
                    Finding(
                        b.index, "fz-without-dz", translate("Validate", "FZ without a DZ before it")
                    )
                )
            open_zone = None
        if b.starts_zone:
            if b.speed_limit_kmh is None:
                out.append(
                    Finding(
                        b.index, "dz-no-limit", translate("Validate", "DZ without a speed limit")
                    )
                )
            if open_zone is not None:
                out.append(
                    Finding(
                        open_zone.index,
                        "dz-without-fz",
                        translate(
                            "Validate", "DZ has no FZ before the next DZ at box {box}"
                        ).format(box=b.index),
                    )
                )
            open_zone = b
    if open_zone is not None:
        out.append(
            Finding(open_zone.index, "dz-without-fz", translate("Validate", "DZ without its FZ"))
        )
    return out


def _names(boxes: tuple[Box, ...]) -> list[Finding]:
    out = []
    seen: dict[tuple[WaypointType, str], int] = {}
    for b in boxes:
        for wp in b.waypoints:
            if not wp.name:
                continue
            key = (wp.type, wp.name)
            if key in seen and seen[key] != b.index:
                out.append(
                    Finding(
                        b.index,
                        "duplicate-name",
                        translate("Validate", "waypoint {type} {name} also at box {box}").format(
                            type=wp.type.label, name=wp.name, box=seen[key]
                        ),
                    )
                )
            else:
                seen.setdefault(key, b.index)
    return out


def _offsets(roadbook: Roadbook, max_offset_m: float) -> list[Finding]:
    return [
        Finding(
            b.index,
            "off-route",
            translate("Validate", "box is {offset} m from the route line").format(
                offset=f"{leg.offset_m:.0f}"
            ),
        )
        for b, leg in zip(roadbook.boxes, box_legs(roadbook), strict=True)
        if leg.offset_m is not None and leg.offset_m > max_offset_m
    ]


def validate(roadbook: Roadbook, max_offset_m: float = DEFAULT_MAX_OFFSET_M) -> list[Finding]:
    """Every finding in box order (roadbook-wide findings first)."""
    boxes = roadbook.boxes
    findings = _totals(boxes) + _zones(boxes) + _names(boxes) + _offsets(roadbook, max_offset_m)
    for b in boxes:
        findings += _box_fields(b)
    if not boxes:
        findings.append(
            Finding(None, "no-boxes", translate("Validate", "the roadbook has no boxes"))
        )
    return sorted(findings, key=lambda f: f.box or 0)

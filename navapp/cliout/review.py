"""``navapp review``: the review of each track, the comparison of several, and their JSON."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from navapp.cliout.common import _opt, iso_time
from navapp.core import format as fmt
from navapp.core.model import Roadbook
from navapp.core.review_model import Comparison, Review
from navapp.core.review_tables import CREW_COLUMNS, standings_table


def review_json(r: Review) -> dict[str, Any]:
    """The ``navapp review --json`` document of one track."""
    return {
        "track": r.track_name,
        "waypoints": [
            {
                "box": w.box,
                "name": w.name,
                "type": w.type.value,
                "status": w.status.value,
                "closest_m": round(w.closest_m, 1),
                "time": iso_time(w.time),
            }
            for w in r.waypoints
        ],
        "speed_zones": [
            {
                "start_box": z.start_box,
                "end_box": z.end_box,
                "limit_kmh": z.limit_kmh,
                "max_kmh": _opt(z.max_kmh, 1),
                "violations": [
                    {
                        "start": iso_time(v.start),
                        "end": iso_time(v.end),
                        "max_kmh": round(v.max_kmh, 1),
                        "penalty_s": _opt(v.penalty_s, 1),
                    }
                    for v in z.violations
                ],
            }
            for z in r.zones
        ],
        "off_route": [
            {"start": iso_time(o.start), "end": iso_time(o.end), "max_m": round(o.max_m, 1)}
            for o in r.off_route
        ],
        "sections": [
            {
                "from_box": sec.from_box,
                "to_box": sec.to_box,
                "partial_km": sec.partial_km,
                "driven_km": _opt(sec.driven_km, 3),
                "drift_km": _opt(sec.drift_km, 3),
                "time_s": _opt(sec.time_s, 1),
                "avg_kmh": _opt(sec.avg_kmh, 1),
                "max_kmh": _opt(sec.max_kmh, 1),
            }
            for sec in r.sections
        ],
        "stops": [
            {"start": iso_time(st.start), "end": iso_time(st.end), "box": st.box} for st in r.stops
        ],
        "neutralizations": [
            {
                "start_box": n.start_box,
                "end_box": n.end_box,
                "required_s": n.required_s,
                "taken_s": _opt(n.taken_s, 1),
                "early_s": round(n.early_s, 1),
            }
            for n in r.neutralizations
        ],
        "summary": {
            "driven_km": round(r.summary.driven_km, 3),
            "elapsed_s": _opt(r.summary.elapsed_s, 1),
            "validated": r.summary.validated,
            "missed": r.summary.missed,
            "violations": r.summary.violations,
            # JSON has no infinity: an exclusion is a null penalty and "excluded": true.
            "penalty_s": _opt(r.summary.penalty_s, 1),
            "excluded": r.summary.excluded,
        },
        "notes": list(r.notes),
    }


def _clock(t: float | None) -> str:
    return fmt.clock(t, unknown="--:--:--")


def review_text(roadbook: Roadbook, r: Review) -> list[str]:
    u = roadbook.units
    sm = r.summary
    penalty = "EXCLUSION" if sm.excluded else fmt.hms(sm.penalty_s)
    lines = [
        f"== {r.track_name or 'track'}: {fmt.distance(sm.driven_km, u, unit=True)} in "
        f"{fmt.hms(sm.elapsed_s)}; {sm.validated} validated, {sm.missed} missed; "
        f"{sm.violations} speeding; penalty {penalty}",
        *(f"   note: {n}" for n in r.notes),
        "waypoints:",
    ]
    for w in r.waypoints:
        when = _clock(w.time) if w.time is not None else ""
        lines.append(
            f"  box {w.box:>3}  {w.label:<10} {w.status.value:<9} closest {w.closest_m:7.1f} m"
            f"  {when}"
        )
    for z in r.zones:
        top = f"max {z.max_kmh:.1f} km/h" if math.isfinite(z.max_kmh) else "not entered"
        lines.append(
            f"speed zone boxes {z.start_box}-{z.end_box}: limit {z.limit_kmh:g}, "
            f"{top}, {len(z.violations)} violation(s)"
        )
        for v in z.violations:
            pen = "EXCLUSION" if math.isinf(v.penalty_s) else f"{v.penalty_s:.0f} s"
            lines.append(
                f"  {_clock(v.start)} to {_clock(v.end)}  max {v.max_kmh:.1f} km/h  penalty {pen}"
            )
    for o in r.off_route:
        lines.append(f"off route {_clock(o.start)} to {_clock(o.end)}  up to {o.max_m:.0f} m")
    for st in r.stops:
        lines.append(f"stopped {_clock(st.start)} to {_clock(st.end)} after box {st.box}")
    for n in r.neutralizations:
        if n.early_s > 0:
            lines.append(f"neutralisation box {n.start_box}: left {n.early_s:.0f} s early")
    lines.append(f"{'section':>9} {'partial':>8} {'driven':>8} {'drift':>7} {'time':>8} {'avg':>6}")
    for sec in r.sections:
        if sec.driven_km is None:
            continue
        drift = sec.drift_km or 0.0
        avg = f"{sec.avg_kmh:6.1f}" if sec.avg_kmh is not None else "     —"
        lines.append(
            f"{sec.from_box:>4}-{sec.to_box:<4} {fmt.distance(sec.partial_km, u):>8}"
            f" {fmt.distance(sec.driven_km, u):>8} {u.km_to_display(drift):+7.2f}"
            f" {fmt.hms(sec.time_s):>8} {avg}"
        )
    return lines


def comparison_text(c: Comparison, reviews: Sequence[Review] = ()) -> list[str]:
    if len(c.names) > CREW_COLUMNS and len(reviews) == len(c.names):
        return standings_text(c, reviews)
    lines = ["== comparison (gap to the fastest crew, per section and at the finish)"]
    lines.append("section    " + "".join(f"{n[:14]:>16}" for n in c.names))
    worst = sorted(
        (g for g in c.sections if all(x is not None for x in g.gaps_s)),
        key=lambda g: -max(x or 0.0 for x in g.gaps_s),
    )[:3]
    for g in c.sections:
        if all(t is None for t in g.times_s):
            continue
        mark = "  <- most time lost" if g in worst and max(x or 0 for x in g.gaps_s) > 0 else ""
        cells = "".join(
            f"{fmt.hms(t):>8} +{fmt.hms(gap) if gap is not None else '—':<7}"
            for t, gap in zip(g.times_s, g.gaps_s, strict=True)
        )
        lines.append(f"{g.from_box:>4}-{g.to_box:<5} {cells}{mark}")
    lines.append("total gap  " + "".join(f"{fmt.hms(t):>16}" for t in c.total_gap_s))
    return lines


def standings_text(c: Comparison, reviews: Sequence[Review]) -> list[str]:
    """A whole field, one crew a line, the fastest first."""
    table = standings_table(c, reviews)
    width = max(len(n) for n in c.names)
    lines = [f"== comparison: {table.title.lower()}"]
    head = table.head
    lines.append(f"{head[0]:>4}  {head[1]:<{width}}  " + "".join(f"{h:>10}" for h in head[2:]))
    for row in table.rows:
        rank, name, *rest = row.cells
        lines.append(f"{rank:>4}  {name:<{width}}  " + "".join(f"{x:>10}" for x in rest))
    return lines

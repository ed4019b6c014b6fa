"""The report's speed profile as one inline SVG: speed against time since the first fix
(distance when no track has times), one line per crew, zones shaded with their limits,
violations in red."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

from navapp.core import format as fmt
from navapp.core import geodesy
from navapp.core.i18n import translate
from navapp.core.model import FloatArray, Units
from navapp.core.review_tables import no_times
from navapp.io.report.crews import (
    MAX_HIGHLIGHT_POINTS,
    MAX_PROFILE_POINTS,
    SVG_NS,
    Crew,
    decimate,
    points,
)

PROFILE_WIDTH = 1000.0
PROFILE_HEIGHT = 330.0
PROFILE_MARGIN = (56.0, 16.0, 20.0, 40.0)  # left, right, top, bottom


@dataclass(frozen=True)
class _Axes:
    """Data to SVG units for the profile plot."""

    x_max: float
    y_max: float

    @property
    def width(self) -> float:
        return PROFILE_WIDTH - PROFILE_MARGIN[0] - PROFILE_MARGIN[1]

    @property
    def height(self) -> float:
        return PROFILE_HEIGHT - PROFILE_MARGIN[2] - PROFILE_MARGIN[3]

    def x(self, v: FloatArray | float) -> FloatArray:
        return np.asarray(PROFILE_MARGIN[0] + np.asarray(v) / self.x_max * self.width)

    def y(self, v: FloatArray | float) -> FloatArray:
        return np.asarray(PROFILE_MARGIN[2] + (1.0 - np.asarray(v) / self.y_max) * self.height)


def _profile_x(crew: Crew, by_time: bool) -> FloatArray:
    """Seconds since the crew's first fix, or km along its track when not ``by_time``."""
    if by_time:
        return crew.track.time - (crew.start or 0.0)
    if len(crew.track) == 0:
        return np.zeros(0)
    return geodesy.cumulative_m(crew.track.lat, crew.track.lon) / 1000.0


def _nice_step(span: float, ticks: int, steps: Sequence[float]) -> float:
    raw = span / max(ticks, 1)
    return next((s for s in steps if s >= raw), steps[-1])


def profile_svg(crews: Sequence[Crew], units: Units) -> str:
    """Speed against time (distance when no track has times), one line per crew."""
    by_time = any(c.has_time for c in crews)
    drawable = [c for c in crews if np.isfinite(c.speed).any() and (c.has_time or not by_time)]
    head = f'<svg id="profile" xmlns="{SVG_NS}" viewBox="0 0 {PROFILE_WIDTH:.0f} '
    if not drawable:
        if crews:
            why = translate("Report", "{no_times}: no speed profile").format(no_times=no_times())
        else:
            why = translate("Report", "no track: no speed profile")
        return head + f'60"><text x="20" y="35">{escape(why)}</text></svg>'
    xs = {c.number: _profile_x(c, by_time) for c in drawable}
    x_max = max(float(np.nanmax(xs[c.number])) for c in drawable) or 1.0
    v_max = max(float(np.nanmax(c.speed)) for c in drawable)
    limits = [units.km_to_display(z.limit_kmh) for c in drawable for z in c.review.zones]
    y_max = max(20.0, math.ceil(max([v_max, *limits]) * 1.05 / 20.0) * 20.0)
    ax = _Axes(x_max, y_max)
    out = [head + f'{PROFILE_HEIGHT:.0f}">']
    if by_time:
        out += _zone_shading(ax, drawable, units)
    out += _profile_grid(ax, by_time, units)
    for c in drawable:
        out.append(_profile_line(ax, c, xs[c.number]))
    missing = [c.name for c in crews if c not in drawable]
    if missing:
        note = translate("Report", "{crews}: {no_times}").format(
            crews=", ".join(missing), no_times=no_times()
        )
        out.append(f'<text class="note" x="{PROFILE_MARGIN[0] + 8}" y="34">{escape(note)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _zone_shading(ax: _Axes, crews: Sequence[Crew], units: Units) -> list[str]:
    """Each zone's time span shaded with its limit drawn across it."""
    out: list[str] = []
    labelled: set[int] = set()
    for c in crews:
        for z in c.review.zones:
            if z.entered is None or z.left is None or c.start is None:
                continue
            x0, x1 = float(ax.x(z.entered - c.start)), float(ax.x(z.left - c.start))
            y = float(ax.y(units.km_to_display(z.limit_kmh)))
            label = f"zone {z.start_box}–{z.end_box or '?'}: {z.limit_kmh:g} km/h ({c.name})"
            limit = units.km_to_display(z.limit_kmh)
            # One limit figure per zone: the crews' shadings overlap.
            figure = (
                ""
                if z.start_box in labelled
                else f'<text x="{x0 + 2:.1f}" y="{y - 4:.1f}">{limit:g}</text>'
            )
            out.append(
                f'<g class="zone"><title>{escape(label)}</title>'
                f'<rect x="{x0:.1f}" y="{PROFILE_MARGIN[2]}" width="{max(x1 - x0, 1.5):.1f}" '
                f'height="{ax.height:.1f}"/>'
                f'<line class="limit" x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}"/>'
                f"{figure}</g>"
            )
            labelled.add(z.start_box)
    return out


def _profile_grid(ax: _Axes, by_time: bool, units: Units) -> list[str]:
    left, top = PROFILE_MARGIN[0], PROFILE_MARGIN[2]
    bottom = top + ax.height
    out = ['<g class="grid">']
    y_step = _nice_step(ax.y_max, 6, (10.0, 20.0, 25.0, 50.0, 100.0))
    for v in np.arange(0.0, ax.y_max + 1e-9, y_step):
        y = float(ax.y(v))
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + ax.width}" y2="{y:.1f}"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{v:g}</text>')
    if by_time:
        steps = (60.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 14400.0, 43200.0)
        x_step = _nice_step(ax.x_max, 10, steps)
    else:
        x_step = _nice_step(ax.x_max, 10, (0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0))
    for v in np.arange(0.0, ax.x_max + 1e-9, x_step):
        x = float(ax.x(v))
        label = fmt.hms(float(v))[:-3] if by_time else f"{v:g}"
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom:.1f}"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle">{label}</text>')
    if by_time:
        x_label = translate("Report", "time since the first fix (h:mm)")
    else:
        x_label = translate("Report", "distance along the track (km)")
    out.append(
        f'<text x="{left + ax.width / 2:.1f}" y="{PROFILE_HEIGHT - 4:.1f}" '
        f'text-anchor="middle">{escape(x_label)}</text>'
        f'<text x="14" y="{top + ax.height / 2:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 14 {top + ax.height / 2:.1f})">{units.speed_label}</text>'
    )
    out.append(
        f'<rect class="frame" x="{left}" y="{top}" width="{ax.width}" height="{ax.height}"/>'
    )
    out.append("</g>")
    return out


def _profile_line(ax: _Axes, crew: Crew, x: FloatArray) -> str:
    """The crew's speed line (bucket maxima, so peaks survive) with violations in red."""
    n = len(crew.track)
    idx = decimate(n, MAX_PROFILE_POINTS)
    with np.errstate(invalid="ignore"):
        peak = np.fmax.reduceat(crew.speed, idx) if len(idx) else crew.speed[:0]
    ok = np.isfinite(peak) & np.isfinite(x[idx])
    px, py = ax.x(x[idx][ok]), ax.y(peak[ok])
    out = [
        f'<g class="speedline"><title>{escape(crew.name)}</title>'
        f'<polyline stroke="{crew.colour}" points="{points(px, py)}"/>'
    ]
    for z in crew.review.zones:
        for v in z.violations:
            a, b = max(v.start_index, 0), min(v.end_index, n - 1)
            sel = np.arange(a, b + 1)
            sel = sel[np.isfinite(crew.speed[sel]) & np.isfinite(x[sel])]
            if len(sel) == 0:
                continue
            sel = sel[decimate(len(sel), MAX_HIGHLIGHT_POINTS)]
            vx, vy = ax.x(x[sel]), ax.y(crew.speed[sel])
            out.append(f'<polyline class="violation" points="{points(vx, vy)}"/>')
    out.append("</g>")
    return "\n".join(out)

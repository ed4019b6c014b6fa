"""The post-stage review as one self-contained HTML file.

The page holds everything inline (the CSS, the map and the speed profile as SVG) and refers to
nothing outside itself, so it can be mailed, archived and printed. It renders the
:class:`~navapp.core.review_model.Review` values as they are; nothing is judged again here.
Every text that comes from a file (stage, crew, waypoint names, notes) is escaped.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from navapp.core import format as fmt
from navapp.core import i18n
from navapp.core.i18n import translate
from navapp.core.model import Roadbook, Track
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import Comparison, Review
from navapp.core.review_tables import (
    LOSSES_HIGHLIGHTED,
    box_time_table,
    no_times,
    section_gap_table,
    section_table,
    standings_table,
)
from navapp.io.atomic import atomic_write_bytes
from navapp.io.report.crews import Crew
from navapp.io.report.map_svg import draw_map
from navapp.io.report.map_tiles import MapLayer
from navapp.io.report.profile_svg import profile_svg
from navapp.paths import resources_dir


@functools.cache
def report_css() -> str:
    """The page's style sheet (``resources/report/report.css``), inlined into every report."""
    return (resources_dir() / "report" / "report.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class RenderedReport:
    """The report's HTML and the warnings it shows (one line each, also for the terminal)."""

    html: str
    warnings: tuple[str, ...]


def write_html(
    path: str | Path,
    roadbook: Roadbook,
    tracks: Sequence[Track],
    reviews: Sequence[Review],
    comparison: Comparison | None = None,
    layer: MapLayer | None = None,
) -> tuple[str, ...]:
    """Write the review of one or more crews' tracks as one self-contained HTML file, its map
    on ``layer`` when given; returns the warnings the report shows.

    ``tracks[i]`` is the track ``reviews[i]`` was made from. The file is replaced atomically.
    """
    rendered = render_report(roadbook, tracks, reviews, comparison, layer)
    atomic_write_bytes(path, rendered.html.encode("utf-8"))
    return rendered.warnings


def render_html(
    roadbook: Roadbook,
    tracks: Sequence[Track],
    reviews: Sequence[Review],
    comparison: Comparison | None = None,
    layer: MapLayer | None = None,
) -> str:
    """The HTML report as text (see :func:`write_html`)."""
    return render_report(roadbook, tracks, reviews, comparison, layer).html


def render_report(
    roadbook: Roadbook,
    tracks: Sequence[Track],
    reviews: Sequence[Review],
    comparison: Comparison | None = None,
    layer: MapLayer | None = None,
) -> RenderedReport:
    """The HTML report and its warnings (see :func:`write_html`)."""
    if len(tracks) != len(reviews):
        raise ValueError(f"{len(tracks)} tracks but {len(reviews)} reviews")
    crews = [
        Crew(t, r, i, roadbook.units) for i, (t, r) in enumerate(zip(tracks, reviews, strict=True))
    ]
    title = roadbook.name or translate("Report", "Stage")
    drawn = draw_map(roadbook, crews, layer)
    warned = "".join(f'<p class="warning">{escape(w)}</p>' for w in drawn.warnings)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{i18n.language()}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(translate('Report', 'Review — {stage}').format(stage=title))}</title>",
        f"<style>\n{report_css()}</style></head><body>",
        _header_html(roadbook, crews),
        f'<section id="map-section"><h2>{escape(translate("Report", "Map"))}</h2>',
        warned,
        drawn.svg,
        "</section>",
        f'<section id="profile-section"><h2>{escape(translate("Report", "Speed profile"))}</h2>',
        profile_svg(crews, roadbook.units),
        "</section>",
    ]
    parts += [_crew_html(c) for c in crews]
    if comparison is not None:
        parts.append(_comparison_html(comparison, reviews))
    parts.append("</body></html>")
    return RenderedReport("\n".join(parts) + "\n", drawn.warnings)


def _table(
    caption: str, head: Sequence[str], rows: Sequence[Sequence[str]], cls: str = "", left: int = 1
) -> str:
    """A table of already-escaped cells (a :class:`_Row` carries a row class).

    The first ``left`` columns hold text and are aligned left; the rest are numbers.
    """
    if not rows:
        return (
            f'<h3>{escape(caption)}</h3><p class="none">{escape(translate("Report", "None."))}</p>'
        )

    def cell(tag: str, i: int, c: str) -> str:
        return f'<{tag} class="text">{c}</{tag}>' if i < left else f"<{tag}>{c}</{tag}>"

    th = "".join(cell("th", i, h) for i, h in enumerate(head))
    body = []
    for r in rows:
        row_cls = r.cls if isinstance(r, _Row) else ""
        attr = f' class="{row_cls}"' if row_cls else ""
        body.append(f"<tr{attr}>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>")
    table_cls = f' class="{cls}"' if cls else ""
    return (
        f"<h3>{escape(caption)}</h3><table{table_cls}><thead><tr>{th}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _escaped(*texts: str) -> list[str]:
    return [escape(t) for t in texts]


def _none(caption: str) -> str:
    """A table's heading with the line saying the track has no times for it."""
    return f'<h3>{escape(caption)}</h3><p class="none">{escape(no_times())}</p>'


class _Row(tuple[str, ...]):
    """Table cells with a CSS class for the row."""

    cls: str

    def __new__(cls, cells: Iterable[str], row_class: str = "") -> _Row:
        row = super().__new__(cls, cells)
        row.cls = row_class
        return row


def _header_html(roadbook: Roadbook, crews: Sequence[Crew]) -> str:
    starts = [c.start for c in crews if c.start is not None]
    date = datetime.fromtimestamp(min(starts), UTC).strftime("%Y-%m-%d") if starts else fmt.DASH
    d = roadbook.units.distance_label
    untimed = escape(no_times())
    rows = []
    for c in crews:
        s = c.review.summary
        elapsed = fmt.hms(s.elapsed_s) if c.has_time else untimed
        rows.append(
            _Row(
                [
                    f'<span class="swatch" style="background:{c.colour}"></span>{escape(c.name)}',
                    fmt.distance(s.driven_km, roadbook.units),
                    elapsed,
                    f"{s.validated} / {s.missed}",
                    str(s.violations),
                    fmt.penalty(s.penalty_s, s.excluded),
                ],
                "bad" if s.excluded else "",
            )
        )
    head = _escaped(
        translate("Report", "Crew"),
        translate("Report", "Driven {unit}").format(unit=d),
        translate("Report", "Elapsed"),
        translate("Report", "Validated / missed"),
        translate("Report", "Violations"),
        translate("Report", "Penalty"),
    )
    meta = translate(
        "Report",
        "Crews: {crews} · Date: {date} · Roadbook {distance}, {boxes} boxes · Clock times are UTC",
    ).format(
        crews=", ".join(c.name for c in crews) or fmt.DASH,
        date=date,
        distance=fmt.distance(roadbook.total_km, roadbook.units, unit=True),
        boxes=len(roadbook.boxes),
    )
    summary = _table(translate("Report", "Summary"), head, rows, "summary")
    return (
        f"<header><h1>{escape(roadbook.name or translate('Report', 'Stage'))}</h1>"
        f'<p class="meta">{escape(meta)}</p></header>'
        f'<section id="summary">{summary}</section>'
    )


def _crew_html(crew: Crew) -> str:
    r = crew.review
    notes = "".join(f"<li>{escape(n)}</li>" for n in r.notes)
    return "\n".join(
        [
            f'<section class="crew"><h2><span class="swatch" style="background:{crew.colour}">'
            f"</span>{escape(crew.name)}</h2>",
            f'<ul class="notes">{notes}</ul>' if notes else "",
            '<p class="notes">'
            + escape(
                translate(
                    "Report", "{no_times}: times, speeds, zones and stops cannot be judged."
                ).format(no_times=no_times())
            )
            + "</p>"
            if not crew.has_time
            else "",
            _waypoint_table(crew),
            _zone_table(crew),
            _off_route_table(crew),
            _stop_table(crew),
            _neutral_table(crew),
            _section_table(crew),
            "</section>",
        ]
    )


def _time_cell(crew: Crew, t: float | None) -> str:
    return fmt.clock(t) if crew.has_time else escape(no_times())


def _waypoint_table(crew: Crew) -> str:
    rows = [
        _Row(
            [
                str(w.box),
                escape(w.label),
                w.status.value,
                fmt.number(w.closest_m, 0),
                _time_cell(crew, w.time),
            ],
            "bad" if w.status is WaypointStatus.MISSED else "",
        )
        for w in crew.review.waypoints
    ]
    head = _escaped(
        translate("Report", "Box"),
        translate("Report", "Waypoint"),
        translate("Report", "Status"),
        translate("Report", "Closest m"),
        translate("Report", "Time"),
    )
    return _table(translate("Report", "Waypoints"), head, rows, left=3)


def _zone_table(crew: Crew) -> str:
    if not crew.has_time:
        return _none(translate("Report", "Speed zones"))
    u = crew.units
    rows: list[_Row] = []
    for z in crew.review.zones:
        zone = [
            f"{z.start_box}–{z.end_box if z.end_box is not None else '?'}",
            fmt.number(u.km_to_display(z.limit_kmh), 0),
            fmt.clock(z.entered),
            fmt.clock(z.left),
            fmt.number(u.km_to_display(z.max_kmh), 1),
        ]
        if not z.violations:
            rows.append(_Row([*zone, "none", "", "", ""]))
        for v in z.violations:
            cells = [
                fmt.clock(v.start),
                fmt.clock(v.end),
                fmt.number(u.km_to_display(v.max_kmh), 1),
            ]
            rows.append(_Row([*zone, *cells, fmt.penalty(v.penalty_s)], "bad"))
    s = u.speed_label
    head = _escaped(
        translate("Report", "Zone"),
        translate("Report", "Limit {unit}").format(unit=s),
        translate("Report", "Entered"),
        translate("Report", "Left"),
        translate("Report", "Zone max {unit}").format(unit=s),
        translate("Report", "Violation start"),
        translate("Report", "End"),
        translate("Report", "Peak {unit}").format(unit=s),
        translate("Report", "Penalty"),
    )
    return _table(translate("Report", "Speed zones"), head, rows)


def _off_route_table(crew: Crew) -> str:
    rows = [
        _Row(
            [
                _time_cell(crew, o.start),
                _time_cell(crew, o.end),
                fmt.hms(o.end - o.start) if o.start is not None and o.end is not None else fmt.DASH,
                fmt.number(o.max_m, 0),
            ]
        )
        for o in crew.review.off_route
    ]
    head = _escaped(
        translate("Report", "Start"),
        translate("Report", "End"),
        translate("Report", "Duration"),
        translate("Report", "Farthest m"),
    )
    return _table(translate("Report", "Off route"), head, rows)


def _stop_table(crew: Crew) -> str:
    if not crew.has_time:
        return _none(translate("Report", "Stops"))
    rows = [
        _Row([fmt.clock(s.start), fmt.clock(s.end), fmt.hms(s.end - s.start), str(s.box)])
        for s in crew.review.stops
    ]
    head = _escaped(
        translate("Report", "Start"),
        translate("Report", "End"),
        translate("Report", "Duration"),
        translate("Report", "After box"),
    )
    return _table(translate("Report", "Stops"), head, rows)


def _neutral_table(crew: Crew) -> str:
    rows = [
        _Row(
            [
                str(n.start_box),
                str(n.end_box) if n.end_box is not None else fmt.DASH,
                fmt.hms(n.required_s),
                fmt.hms(n.taken_s) if crew.has_time else escape(no_times()),
                fmt.mss(n.early_s) if n.early_s > 0 else "on time",
            ],
            "bad" if n.early_s > 0 else "",
        )
        for n in crew.review.neutralizations
    ]
    head = _escaped(
        translate("Report", "DN box"),
        translate("Report", "FN box"),
        translate("Report", "Required"),
        translate("Report", "Taken"),
        translate("Report", "Early by"),
    )
    return _table(translate("Report", "Neutralisations"), head, rows)


def _section_table(crew: Crew) -> str:
    table = section_table(crew.review, crew.units, crew.has_time)
    rows = [_Row(list(r.cells), r.mark) for r in table.rows]
    return _table(table.title, _escaped(*table.head), rows, "sections")


def _comparison_html(comp: Comparison, reviews: Sequence[Review]) -> str:
    names = [escape(n) for n in comp.names]
    standings = standings_table(comp, reviews)
    standing_rows = [_Row([escape(c) for c in r.cells], r.mark) for r in standings.rows]
    boxes = box_time_table(comp)
    box_rows = [_Row(list(r.cells)) for r in boxes.rows]
    gaps = section_gap_table(comp)
    sec_rows = []
    for k, r in enumerate(gaps.rows):
        if r.mark == "total":
            sec_rows.append(_Row(list(r.cells), "total"))
            continue
        cells = [r.cells[0]]
        for c, text in enumerate(r.cells[1:], start=1):
            cls = ' class="loss"' if (k, c) in gaps.losses else ""
            cells.append(f"<span{cls}>{text}</span>")
        sec_rows.append(_Row(cells))
    return (
        f'<section id="comparison"><h2>{escape(translate("Report", "Crew comparison"))}</h2>'
        + _table(standings.title, _escaped(*standings.head), standing_rows, "standings", left=2)
        # A column per crew: a whole field scrolls sideways inside the page.
        + '<div class="wide">'
        + _table(boxes.title, [escape(boxes.head[0]), *names], box_rows)
        + _table(gaps.title, [escape(gaps.head[0]), *names], sec_rows)
        + "</div>"
        + '<p class="hint">'
        + escape(
            translate("Report", "Highlighted: each crew's {count} biggest losses.").format(
                count=LOSSES_HIGHLIGHTED
            )
        )
        + "</p>"
        + "</section>"
    )

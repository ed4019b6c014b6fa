"""Post-stage review reports: one self-contained HTML file, and the section table as CSV.

- :mod:`.html_report` — the page: header, summary and per-crew tables, comparison.
- :mod:`.map_svg` — the map drawing; :mod:`.map_tiles` — its map layer of embedded tiles.
- :mod:`.profile_svg` — the speed profile drawing.
- :mod:`.csv_table` — the section table as CSV.
- :mod:`.crews` — one crew's track and review prepared for drawing, and the decimation.

The style sheet is ``resources/report/report.css``.
"""

from __future__ import annotations

from navapp.io.report.crews import MAX_MAP_SEGMENTS, SVG_NS, Crew, decimate, display_speed
from navapp.io.report.csv_table import section_columns, section_rows, write_csv
from navapp.io.report.html_report import RenderedReport, render_html, render_report, write_html
from navapp.io.report.map_svg import DrawnMap, MapFrame, draw_map, map_frame, map_svg, nice_scale_km
from navapp.io.report.map_tiles import DEFAULT_OPACITY, MAX_REPORT_TILES, MapLayer
from navapp.io.report.profile_svg import PROFILE_MARGIN, profile_svg

__all__ = [
    "DEFAULT_OPACITY",
    "MAX_MAP_SEGMENTS",
    "MAX_REPORT_TILES",
    "PROFILE_MARGIN",
    "SVG_NS",
    "Crew",
    "DrawnMap",
    "MapFrame",
    "MapLayer",
    "RenderedReport",
    "decimate",
    "display_speed",
    "draw_map",
    "map_frame",
    "map_svg",
    "nice_scale_km",
    "profile_svg",
    "render_html",
    "render_report",
    "section_columns",
    "section_rows",
    "write_csv",
    "write_html",
]

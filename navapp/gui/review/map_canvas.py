"""The review map: route, boxes, waypoints, zones and crews' tracks in a local metric plane.

The stage and each track are projected and simplified once, in
:mod:`navapp.core.mapgeometry`; :class:`MapModel` and :class:`TrackGeometry` turn those arrays
into Qt paths, and :class:`MapCanvas` draws metres through one world-to-screen transform,
north up, and never sees latitudes except in ``center_on``.

Tracks of millions of points stay smooth: a frame draws only the segments on screen of the
level whose tolerance is under a pixel, found through the level's
:class:`~navapp.core.mapgeometry.SegmentIndex` and simplified within what is left of the
pixel, as one path per speed colour. Qt strokes wide pens at a cost per vertex, on screen or
not, so what a frame hands the painter grows with what is on screen, never with the whole
track; and a pan by whole pixels draws only what comes into view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QToolButton, QWidget

from navapp.core.mapgeometry import TrackPlane
from navapp.core.model import Roadbook, Track
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import Review
from navapp.core.speedscale import (
    SPEED_COLOURS,
    SPEED_EDGES,
    UNKNOWN_SPEED_COLOUR,
)
from navapp.gui.common.map_view import (
    MetricMapView,
    map_label_fill,
    map_text,
)
from navapp.gui.common.map_view import map_pen as _pen
from navapp.gui.common.night import current_theme, is_night, themed_tool_buttons
from navapp.gui.review import map_marks
from navapp.gui.review.map_geometry import MapModel, TrackGeometry
from navapp.gui.review.map_marks import MISSED_COLOUR

# Outline ("casing") colour of each crew, in the order crews are added.
CREW_COLOURS: tuple[str, ...] = (
    "#102a54",
    "#c2185b",
    "#00796b",
    "#6d4c41",
    "#5e35b1",
    "#455a64",
)
VIOLATION_COLOUR = "#e00000"
OFF_ROUTE_COLOUR = "#b000b5"
ZONE_COLOUR = "#ffb000"
ZONE_BAND_PX = 16.0
ZONE_EDGE = "#8a5200"  # the band's outline, by day
ZONE_EDGE_NIGHT = "#d98e00"  # and at night, on a dimmed map (the night's amber)

PICK_RADIUS_PX = 14.0  # a click this close to a track picks its nearest point


T = TypeVar("T")
# The crews named in the map's legend at most (a field of 100 would push its keys off).
LEGEND_CREWS = 8


def legend_crews(crews: list[T]) -> tuple[list[T], int]:
    """The crews the legend names and how many it only counts: all when they fit, else the
    first few and "+ N more" in the last line (a field of crews keeps the keys on the map)."""
    if len(crews) <= LEGEND_CREWS:
        return crews, 0
    return crews[: LEGEND_CREWS - 1], len(crews) - LEGEND_CREWS + 1


@dataclass(frozen=True)
class _Layer:
    """The drawn layer of what is in metres, and the view transform it was drawn through."""

    key: tuple[object, ...]
    transform: QTransform
    pixmap: QPixmap


def _whole(pixels: float) -> bool:
    """Whether a shift is a whole number of pixels (a drag's always is)."""
    return abs(pixels - round(pixels)) < 1e-6


def _first_axis(geom: TrackGeometry) -> float:
    return float(geom.axis[0]) if len(geom.axis) else 0.0


@dataclass
class Crew:
    """A track on the map with its review and how it is drawn."""

    name: str
    geometry: TrackGeometry
    review: Review | None
    colour: QColor
    visible: bool = True
    violations: list[QPainterPath] = field(default_factory=list)
    off_route: list[QPainterPath] = field(default_factory=list)
    start: float = 0.0  # time origin (track start or DSS): crews are aligned on it


class MapCanvas(MetricMapView):
    """The review map (north up, metres): pan by dragging, zoom with the wheel, Home fits.

    The view is a centre (map metres) and a scale (metres per pixel).
    """

    # The user clicked near a track: the picked point's time on the reference crew's clock.
    time_clicked = Signal(float)
    # (view_changed, from MetricMapView: the centre or scale changed.)

    min_mpp = 0.02

    def __init__(self, roadbook: Roadbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewMap")
        self.model = MapModel(roadbook)
        self.crews: list[Crew] = []
        self._reference = 0
        self._cursor: float | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self.show_legend = True
        # Vertices of the crews' track paths handed to the painter in the last frame.
        self.track_vertices_drawn = 0
        # Each missed waypoint's mark (centre, radius) and its "closest" label, last frame.
        self.missed_labels: list[tuple[QPointF, float, QRectF]] = []
        # The layer of what is drawn in metres, kept for pans; a change of what it shows
        # (crews added, shown, hidden, the reference crew) counts up the generation.
        self._layer: _Layer | None = None
        self._spare: QPixmap | None = None
        self._layer_generation = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._zone_outline: list[QPainterPath] = []
        self._zone_outline_key: tuple[float, int, int] | None = None
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole stage (Home)"))
        self.fit_button.move(8, 8)
        self.fit_button.clicked.connect(self.fit)
        themed_tool_buttons(self.fit_button)  # as the editor's map buttons
        self._small = QFont()
        self._small.setPixelSize(11)
        self._bold = QFont(self._small)
        self._bold.setBold(True)

    # -- crews ------------------------------------------------------------------------------

    def set_time_origin(self, from_dss: bool) -> list[bool]:
        """Count each crew's time from its DSS (True) or from its track's start; the cursor
        aligns the crews on it. Says per crew whether its DSS time was known."""
        known = []
        for c in self.crews:
            dss = c.review.dss_time if c.review is not None else None
            use = from_dss and dss is not None and c.geometry.axis_is_time
            c.start = float(dss) if use and dss is not None else _first_axis(c.geometry)
            known.append(dss is not None)
        self.update()
        return known

    def add_crew(
        self, track: Track, review: Review | None, name: str = "", plane: TrackPlane | None = None
    ) -> int:
        """Overlay a track (and what its review found); returns its crew index. ``plane``: the
        track already laid in this map's plane (by a worker process)."""
        projection = self.model.ensure_projection(track)
        judged = review.speed_kmh if review is not None else None
        geom = TrackGeometry(
            track, projection, judged_kmh=judged, units=self.model.roadbook.units, plane=plane
        )
        colour = QColor(CREW_COLOURS[len(self.crews) % len(CREW_COLOURS)])
        name = name or track.name or self.tr("Crew {number}").format(number=len(self.crews) + 1)
        crew = Crew(name, geom, review, colour)
        crew.start = _first_axis(geom)
        if review is not None:
            for z in review.zones:
                for v in z.violations:
                    crew.violations.append(geom.slice_path(v.start_index, v.end_index))
            for o in review.off_route:
                crew.off_route.append(geom.slice_path(o.start_index, o.end_index))
        self.crews.append(crew)
        self._layer_generation += 1
        if len(self.crews) == 1:
            self.fit()
        self.update()
        return len(self.crews) - 1

    def set_crew_visible(self, index: int, visible: bool) -> None:
        """Show or hide one crew's track."""
        self.crews[index].visible = visible
        self._layer_generation += 1
        self.update()

    def set_reference(self, index: int) -> None:
        """The crew whose clock the cursor follows and whose waypoint results are shown."""
        self._reference = index
        self._layer_generation += 1
        self.update()

    def reference(self) -> int:
        return self._reference

    # -- view -------------------------------------------------------------------------------

    def fit(self) -> None:
        """Show the roadbook and every visible crew."""
        rect = self.model.bounds
        for c in self.crews:
            if c.visible and not c.geometry.bounds.isNull():
                rect = c.geometry.bounds if rect.isNull() else rect.united(c.geometry.bounds)
        if rect.isNull() and not self.model.boxes:
            return
        self.fit_rect(rect, 60, 60)

    def center_on(self, lat: float, lon: float, metres_per_pixel: float | None = None) -> None:
        """Centre the map on a WGS84 position (optionally at a given scale)."""
        x, y = self.model.to_xy(lat, lon)
        self.set_view(x, y, metres_per_pixel or self._mpp)

    def set_cursor_time(self, t: float | None) -> None:
        """Mark where each crew was at ``t`` (reference clock; others aligned on their start)."""
        self._cursor = t
        self.update()

    def cursor_time(self) -> float | None:
        return self._cursor

    def cursor_position(self, crew: int | None = None) -> tuple[float, float] | None:
        """Map metres of a crew's cursor marker (the reference crew by default)."""
        if self._cursor is None or not self.crews:
            return None
        c = self.crews[self._reference if crew is None else crew]
        ref = self.crews[self._reference]
        return c.geometry.position_at(self._cursor - ref.start + c.start)

    def pick(self, pos: QPointF) -> tuple[int, int] | None:
        """(crew, point index) of the visible track point nearest ``pos``, if close enough."""
        wx, wy = self.screen_to_world(pos)
        radius = PICK_RADIUS_PX * self._mpp
        best: tuple[float, int, int] | None = None
        for ci, c in enumerate(self.crews):
            if not c.visible:
                continue
            i = c.geometry.nearest(wx, wy, radius, PICK_RADIUS_PX)
            if i is None:
                continue
            d = math.hypot(c.geometry.x[i] - wx, c.geometry.y[i] - wy)
            if best is None or d < best[0]:
                best = (d, ci, i)
        return None if best is None else (best[1], best[2])

    # -- Qt events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        d = event.position() - self._press
        if self._dragged or abs(d.x()) + abs(d.y()) > 4:
            self._dragged = True
            self._press = event.position()
            self.pan_by(d.x(), d.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self.unsetCursor()
        clicked = not self._dragged
        self._press = None
        if clicked:
            hit = self.pick(event.position())
            if hit is not None:
                ci, i = hit
                c, ref = self.crews[ci], self.crews[self._reference]
                # Another crew's point is shown on the reference crew's clock.
                self.time_clicked.emit(float(c.geometry.axis[i]) - c.start + ref.start)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self.paint_background(p)
        self.paint_tiles(p, self.model.projection)
        statuses = map_marks.waypoint_statuses(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # What is dashed is drawn whole every frame, not on the layer kept for pans: dashes
        # start wherever the painter's clip cuts a line.
        p.setTransform(self.transform())
        map_marks.paint_circles(p, self, statuses, clear_circles=False)
        p.resetTransform()
        p.drawPixmap(QPointF(0, 0), self._world_layer(statuses))
        # Off-route periods go over the colours and violations: they are what one looks for.
        p.setTransform(self.transform())
        self._paint_off_route(p)
        p.resetTransform()
        map_marks.paint_boxes(p, self, statuses, self._small, self._bold)
        map_marks.paint_missed(p, self, self._bold)
        map_marks.paint_cursors(p, self)
        self.paint_scale_bar(p, self._bold)
        if self.show_legend:
            self._paint_legend(p)
        self.paint_attribution(p, self._small)
        p.end()

    def _world_layer(self, statuses: dict[int, WaypointStatus]) -> QPixmap:
        """What is drawn in map metres (route, zones, circles, tracks and their marks) on a
        transparent layer of the widget's size.

        A pan by whole pixels shifts the last layer and draws only the strips it uncovers:
        a drag over a dense track costs what comes into view, not the whole screen again.
        """
        dpr = self.devicePixelRatioF()
        t = self.transform()
        key = (
            (t.m11(), t.m12(), t.m21(), t.m22()),  # the scale and turn: a pan keeps them
            self.width(),
            self.height(),
            dpr,
            id(current_theme()),
            self._layer_generation,
            self._reference,
            tuple(c.visible for c in self.crews),
        )
        w, h = round(self.width() * dpr), round(self.height() * dpr)
        last = self._layer
        shift = None
        if last is not None and last.key == key:
            # Where the last layer's pixels are now, in device pixels.
            dx = (t.dx() - last.transform.dx()) * dpr
            dy = (t.dy() - last.transform.dy()) * dpr
            if _whole(dx) and _whole(dy) and abs(dx) < w and abs(dy) < h:
                shift = (round(dx), round(dy))
                if shift == (0, 0):
                    self.track_vertices_drawn = 0
                    return last.pixmap
        spare = self._spare if self._spare is not None else QPixmap()
        if spare.width() != w or spare.height() != h or spare.devicePixelRatio() != dpr:
            spare = QPixmap(w, h)
            spare.setDevicePixelRatio(dpr)
        spare.fill(Qt.GlobalColor.transparent)
        p = QPainter(spare)
        full = QRectF(0, 0, self.width(), self.height())
        if last is not None and shift is not None:
            sx, sy = shift
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            p.drawPixmap(QPointF(sx / dpr, sy / dpr), last.pixmap)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            # The strips the shift uncovered: a column at one side, a row at the top or bottom.
            # (Strips never overlap: a path drawn twice would darken its antialiased edges.)
            strips = []
            kept = QRectF(full)
            if sx:
                x0 = 0.0 if sx > 0 else self.width() + sx / dpr
                strips.append(QRectF(x0, 0, abs(sx) / dpr, self.height()))
                kept = kept.intersected(full.translated(sx / dpr, 0))
            if sy:
                y0 = 0.0 if sy > 0 else self.height() + sy / dpr
                strips.append(QRectF(kept.left(), y0, kept.width(), abs(sy) / dpr))
            vertices = 0
            for strip in strips:
                p.setClipRect(strip)
                vertices += self._paint_world(p, strip, statuses)
            self.track_vertices_drawn = vertices
        else:
            self.track_vertices_drawn = self._paint_world(p, full, statuses)
        p.end()
        self._spare = last.pixmap if last is not None else None
        self._layer = _Layer(key, t, spare)
        return spare

    def _paint_world(self, p: QPainter, region: QRectF, statuses: dict[int, WaypointStatus]) -> int:
        """Draw what is in map metres over ``region`` (widget pixels); the track vertices
        handed to the painter."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setTransform(self.transform())
        inverse, _ok = self.transform().inverted()
        # Segments are culled against the region plus the widest pen.
        margin = 12 * self._mpp
        cull = inverse.mapRect(region).adjusted(-margin, -margin, margin, margin)
        self._paint_route(p, cull)
        map_marks.paint_circles(p, self, statuses, open_circles=False)
        # Casings of every crew first, then the speed colours: a crossing crew never hides
        # another one's colours, and each crew keeps its own outline.
        frames = [
            (c, c.geometry.level_for(self._mpp).frame(cull, self._mpp))
            for c in self.crews
            if c.visible
        ]
        p.setBrush(Qt.BrushStyle.NoBrush)  # paths are lines: a brush would fill their loops
        for c, f in frames:
            p.setPen(_pen(c.colour, 7.0))
            for path in f.casing:
                p.drawPath(path)
        pens = [_pen(QColor(col), 3.4) for col in (*SPEED_COLOURS, UNKNOWN_SPEED_COLOUR)]
        for _c, f in frames:
            for k, path in f.buckets:
                p.setPen(pens[k])
                p.drawPath(path)
        # Violations go over the colours: they are what one looks for.
        for c in self.crews:
            if c.visible:
                self._paint_violations(p, c)
        p.resetTransform()
        return sum(f.vertices for _c, f in frames)

    def _paint_route(self, p: QPainter, cull: QRectF) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        zone_pen = _pen(QColor(ZONE_COLOUR), ZONE_BAND_PX, alpha=110)
        for z in self.model.zones:
            p.setPen(zone_pen)
            p.drawPath(z.path)
        # A translucent amber band alone vanishes on a sand-coloured map: its outline, in a
        # darker ink, keeps the zone's extent plain on any terrain.
        edge_pen = _pen(QColor(ZONE_EDGE_NIGHT if is_night() else ZONE_EDGE), 1.6, alpha=220)
        p.setPen(edge_pen)
        for outline in self._zone_outlines():
            p.drawPath(outline)
        route = self.model.route_for(self._mpp, cull)
        if route is not None:
            self.paint_route(p, route)

    def _zone_outlines(self) -> list[QPainterPath]:
        """The outlines of the zones' bands at this scale (made again only on a zoom)."""
        key = (self._mpp, id(self.model.zones), len(self.model.zones))
        if self._zone_outline_key != key:
            stroker = QPainterPathStroker()
            stroker.setWidth(ZONE_BAND_PX * self._mpp)
            stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
            stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._zone_outline = [
                stroker.createStroke(z.path).simplified() for z in self.model.zones
            ]
            self._zone_outline_key = key
        return self._zone_outline

    def _paint_violations(self, p: QPainter, c: Crew) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(_pen(QColor(VIOLATION_COLOUR), 6.0, alpha=230))
        for path in c.violations:
            p.drawPath(path)

    def _paint_off_route(self, p: QPainter) -> None:
        """The crews' off-route periods, dashed."""
        pen = _pen(QColor(OFF_ROUTE_COLOUR), 5.0, alpha=220)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for c in self.crews:
            if c.visible:
                for path in c.off_route:
                    p.drawPath(path)

    def _paint_legend(self, p: QPainter) -> None:
        fm = QFontMetricsF(self._small)
        line = fm.height() + 3
        crews, more = legend_crews([c for c in self.crews if c.visible])
        keys = [
            ("band", VIOLATION_COLOUR, self.tr("over the speed limit")),
            ("dash", OFF_ROUTE_COLOUR, self.tr("off route")),
            ("band", ZONE_COLOUR, self.tr("speed zone")),
            ("cross", MISSED_COLOUR, self.tr("missed waypoint")),
        ]
        w = 196.0
        h = 50 + line * (len(crews) + (1 if more else 0) + len(keys)) - 4
        x0, y0 = self.width() - w - 10, 10.0
        p.setPen(QPen(QColor("#9a9080"), 1.0))
        p.setBrush(QColor(255, 255, 255, 225) if not is_night() else map_label_fill())
        p.drawRoundedRect(QRectF(x0, y0, w, h), 5, 5)
        p.setFont(self._bold)
        p.setPen(map_text(QColor("#222222")))
        title = self.tr("Speed ({unit})").format(unit=self.model.roadbook.units.speed_label)
        p.drawText(QPointF(x0 + 8, y0 + 15), title)
        # The report's colour scale as a row of swatches with its breaks under it.
        sw = (w - 16) / len(SPEED_COLOURS)
        for k, col in enumerate(SPEED_COLOURS):
            p.fillRect(QRectF(x0 + 8 + k * sw, y0 + 21, sw, 9), QColor(col))
        p.setFont(self._small)
        for k, edge in enumerate(SPEED_EDGES):
            cx = x0 + 8 + (k + 1) * sw
            p.drawText(QRectF(cx - 15, y0 + 31, 30, 12), Qt.AlignmentFlag.AlignCenter, f"{edge:g}")
        y = y0 + 58
        for c in crews:
            p.setPen(_pen(c.colour, 6.0, cosmetic=False))
            p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            p.setPen(_pen(QColor(SPEED_COLOURS[4]), 2.5, cosmetic=False))
            p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            p.setPen(map_text(QColor("#222222")))
            p.drawText(
                QPointF(x0 + 42, y), fm.elidedText(c.name, Qt.TextElideMode.ElideRight, w - 50)
            )
            y += line
        if more:
            p.setPen(map_text(QColor("#222222")))
            p.drawText(QPointF(x0 + 42, y), self.tr("+ {count} more crews").format(count=more))
            y += line
        for kind, col, text in keys:
            if kind == "band" and col == ZONE_COLOUR:
                # as on the map: the translucent band and its outline
                fill = QColor(ZONE_COLOUR)
                fill.setAlpha(110)
                p.setPen(_pen(QColor(ZONE_EDGE_NIGHT if is_night() else ZONE_EDGE), 1.6))
                p.setBrush(fill)
                p.drawRoundedRect(QRectF(x0 + 10, y - 9, 24, 10), 5, 5)
                p.setBrush(Qt.BrushStyle.NoBrush)
            elif kind == "band":
                # the speeding stretch's own red, not a faded one that matches nothing
                p.setPen(_pen(QColor(col), 6.0, alpha=230, cosmetic=False))
                p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            elif kind == "dash":
                pen = _pen(QColor(col), 5.0, alpha=220, cosmetic=False)
                pen.setStyle(Qt.PenStyle.DashLine)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                p.setPen(pen)
                p.drawLine(QPointF(x0 + 10, y - 4), QPointF(x0 + 34, y - 4))
            else:
                p.setPen(QPen(QColor(col), 2.5))
                p.drawLine(QPointF(x0 + 18, y - 9), QPointF(x0 + 26, y + 1))
                p.drawLine(QPointF(x0 + 18, y + 1), QPointF(x0 + 26, y - 9))
            p.setPen(map_text(QColor("#222222")))
            p.drawText(QPointF(x0 + 42, y), text)
            y += line

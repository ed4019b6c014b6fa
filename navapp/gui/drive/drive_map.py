"""The map in the car: the route, the boxes and the crew's position, for practice and for "lost".

It follows the car: the position arrow stays where it is on the screen and the map moves under
it, north up or course up (course up turns with the GPS course while the car moves and keeps
the last course while it stands). A hand pan stops the following, with a FOLLOW OFF banner,
until the co-driver re-centres (the PDF roll's AUTO OFF rule); a pinch or a zoom key only
changes the scale. A GPS gone silent greys the arrow and says so over the map.

Everything the map draws is projected once when the roadbook is set (the route as prebuilt
paths per simplification level); a fix projects one point, so the work per fix does not grow
with the route.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from navapp.core import geodesy
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook
from navapp.core.navstate import NavState
from navapp.core.remote import Action
from navapp.gps.silence import FeedStatus
from navapp.gui.common.map_layer import TileLayer
from navapp.gui.common.map_view import MAP_BACKGROUND, MetricMapView, map_pen
from navapp.gui.common.theme import DAY, Theme, ui_font
from navapp.gui.drive.map_marks import ARROW_COLOUR as ARROW_COLOUR
from navapp.gui.drive.map_marks import paint_car, paint_north, paint_scale_bar
from navapp.gui.drive.route_paths import RoutePaths
from navapp.gui.drive.touch_button import TOUCH_EVENTS, TouchButton, min_touch_px
from navapp.maps.source import TileSource

#: One zoom step of a key, a touch control or a wheel notch: the scale changes by this factor.
ZOOM_STEP = 1.5
#: The scale a new map opens at: some 2 km across a tablet's map pane.
DEFAULT_MPP = 4.0
#: In course up, the car sits this share of the height below the centre: more road ahead.
AHEAD_SHARE = 0.2
#: Below this speed the course is the receiver's noise: course up keeps the last one.
COURSE_UP_MIN_KMH = 8.0
#: A press that moves less than this is no pan (a finger shakes in a moving car).
PAN_SLOP_PX = 12.0

ROUTE_COLOUR = "#c2187a"  # a strong magenta: reads over beige paper and over map tiles
ROUTE_CASING_DAY = "#ffffff"
ROUTE_CASING_NIGHT = "#1a1a1a"
BOX_COLOUR = "#5a4a2a"
WAYPOINT_COLOUR = "#00796b"

FOLLOW_OFF_TEXT = QT_TRANSLATE_NOOP("DriveMap", "FOLLOW OFF — CENTRE")
NO_POSITION_TEXT = QT_TRANSLATE_NOOP("DriveMap", "No position yet: waiting for a GPS fix")

# The map's own controls: (object name, glyph, caption marked for translation, action).
_CONTROLS = (
    ("mapZoomIn", "+", QT_TRANSLATE_NOOP("DriveMap", "ZOOM"), Action.MAP_ZOOM_IN),
    ("mapZoomOut", "−", QT_TRANSLATE_NOOP("DriveMap", "ZOOM"), Action.MAP_ZOOM_OUT),
    ("mapCourseUp", "N", QT_TRANSLATE_NOOP("DriveMap", "NORTH"), Action.MAP_COURSE_UP),
    ("mapCentre", "", QT_TRANSLATE_NOOP("DriveMap", "CENTRE"), Action.MAP_RECENTRE),
)


class DriveMap(MetricMapView):
    """The car's map of one roadbook; feed it with :meth:`set_state` after every fix.

    Its touch controls and gestures ask for actions through ``action_requested`` (a
    :class:`~navapp.core.remote.Action`), so they go the way of the remote's keys; the
    window answers with :meth:`zoom_by`, :meth:`set_course_up` and :meth:`recentre`.
    """

    # A co-driver action asked for on the map (a navapp.core.remote.Action).
    action_requested = Signal(object)
    # The crew zoomed (a key, a control, a pinch, the wheel): the new metres per pixel.
    zoom_changed = Signal(float)

    min_mpp = 0.25
    max_mpp = 2000.0

    def __init__(self, roadbook: Roadbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driveMap")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        # Keys stay with the window and the remote.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._theme: Theme = DAY
        self._course_up = False
        self._following = True
        self._position: tuple[float, float] | None = None
        self._course: float | None = None  # the last course known (held while standing)
        self._box = 0
        self._masked = False
        self._feed: FeedStatus | None = None
        self._map_status = ("", False)  # the map layer's status line, and whether an error
        self._press: QPointF | None = None  # a mouse or one-finger press, not yet a pan
        self._panning = False
        self._pinch: float | None = None  # the distance between two fingers at the last step
        self._pinched = False  # this touch has pinched: no pan until every finger is up
        self._font = ui_font(16, bold=True)
        self._small = ui_font(13, bold=True)
        self._scale = 1.0
        self.controls: dict[Action, TouchButton] = {}
        for name, glyph, caption, action in _CONTROLS:
            button = TouchButton(name, glyph, self.tr(caption), parent=self)
            button.pressed.connect(lambda a=action: self.action_requested.emit(a))
            self.controls[action] = button
        self._side = min_touch_px(self)
        # The map tiles under the route (the app's map choice; none: the plain paper).
        self.tiles = TileLayer(self)
        self.set_tile_layer(self.tiles)
        self.set_roadbook(roadbook)

    # -- API --------------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook) -> None:
        """Draw ``roadbook`` (projected here, once); the position waits for the next fix."""
        self.model = RoutePaths(roadbook)
        self.projection: geodesy.LocalProjection | None = self.model.projection
        self._position = None
        self._course = None
        self._box = 0
        self._following = True
        start = self._start_point()
        self._cx, self._cy = start if start is not None else (0.0, 0.0)
        self._mpp = DEFAULT_MPP
        self._user_moved = True  # the car's map never fits the stage: it follows the car
        self.update()

    def set_tile_source(self, source: TileSource | None) -> None:
        """Draw ``source``'s tiles under the route (None: none); the map owns it from now."""
        self.tiles.set_source(source)

    def set_state(self, state: NavState) -> None:
        """Take the fix, course and current box of ``state``; one point is projected."""
        self._box = state.box
        fix = state.fix
        usable = fix is not None and fix.valid and state.gps.has_fix
        if fix is not None and usable and math.isfinite(fix.lat) and math.isfinite(fix.lon):
            if self.projection is None:
                # A roadbook without positions (a scanned PDF): the map starts here.
                self.projection = geodesy.LocalProjection(fix.lat, fix.lon)
            x, y = self.projection.to_xy(fix.lat, fix.lon)
            self._position = (float(x), float(y))
        course, speed = state.course_deg, state.speed_kmh
        moving = speed is None or speed >= COURSE_UP_MIN_KMH
        if course is not None and math.isfinite(course) and moving:
            self._course = course % 360.0
        self._follow()
        self.update()

    def set_map_status(self, line: str, error: bool) -> None:
        """The map's one status line (``""``: none), drawn over the map: an error on red,
        a notice ("zoom in to see…") plain."""
        if (line, error) != self._map_status:
            self._map_status = (line, error and bool(line))
            self.update()

    def map_status(self) -> tuple[str, bool]:
        """The map's status line drawn, and whether it is an error."""
        return self._map_status

    def set_feed(self, feed: FeedStatus | None) -> None:
        """How the GPS is doing: while it is not live the position is marked as old."""
        self._feed = feed
        self.update()

    def is_stale(self) -> bool:
        """Whether the position shown is not the car's now (the GPS is not live)."""
        return self._feed is not None and not self._feed.live

    def position(self) -> tuple[float, float] | None:
        """The car's last usable position, in map metres."""
        return self._position

    def course(self) -> float | None:
        """The course the map turns with in course up (the last one known)."""
        return self._course

    def set_course_up(self, on: bool) -> None:
        """Course up (the car's course points up) or north up."""
        self._course_up = on
        button = self.controls[Action.MAP_COURSE_UP]
        # The control shows the way the map is turned now.
        button.glyph, button.caption = ("▲", self.tr("COURSE")) if on else ("N", self.tr("NORTH"))
        button.update()
        self._follow()

    def is_course_up(self) -> bool:
        return self._course_up

    def is_following(self) -> bool:
        """Whether the map follows the car (False after a hand pan, until re-centred)."""
        return self._following

    def recentre(self) -> None:
        """Follow the car again (and put it back where it belongs on the screen)."""
        self._following = True
        self._follow()
        self.update()

    def set_zoom(self, mpp: float) -> None:
        """Show the map at ``mpp`` metres per pixel (within the map's limits), about the car
        while following (a scale kept from an earlier drive view)."""
        if not (math.isfinite(mpp) and mpp > 0):
            return
        self._mpp = min(max(mpp, self.min_mpp), self.max_mpp)
        self._follow()
        self.update()

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor`` (> 1 closer): about the car while following, else the centre."""
        before = self._mpp
        self._zoom_by(factor)
        if self._mpp != before:
            self.zoom_changed.emit(self._mpp)

    def _zoom_by(self, factor: float) -> None:
        if self._following and self._position is not None:
            self._mpp = min(max(self._mpp / factor, self.min_mpp), self.max_mpp)
            self._follow()
            self.update()
            self.view_changed.emit()
        else:
            self.zoom_at(QPointF(self.width() / 2, self.height() / 2), factor)

    def set_masked(self, masked: bool) -> None:
        """Practice "masked": only the current box is drawn."""
        self._masked = masked
        self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for button in self.controls.values():
            button.set_theme(theme)
        self.update()

    def set_scale(self, scale: float, side: int) -> None:
        """Fonts for a drive view ``scale`` times the reference; controls ``side`` px square."""
        self._scale = scale
        self._font = ui_font(18 * scale, bold=True)
        self._small = ui_font(15 * scale, bold=True)
        self._side = side
        for button in self.controls.values():
            button.set_side(side)
        self._place_controls()
        self.update()

    def fit(self) -> None:
        """Home: follow the car again."""
        self.recentre()

    def car_point(self) -> QPointF | None:
        """Where the car is drawn on the screen (None before a fix)."""
        if self._position is None:
            return None
        return self.world_to_screen(*self._position)

    # -- following --------------------------------------------------------------------------

    def _start_point(self) -> tuple[float, float] | None:
        if self.model.route_xy is not None:
            x, y = self.model.route_xy
            return float(x[0]), float(y[0])
        if self.model.boxes:
            _, x0, y0 = self.model.boxes[0]
            return x0, y0
        return None

    def _follow(self) -> None:
        """Turn the map for the mode and, while following, put the car in its place."""
        up = self._course if self._course_up and self._course is not None else 0.0
        self.set_up_bearing(up)
        if not self._following or self._position is None:
            return
        x, y = self._position
        ahead = AHEAD_SHARE * self.height() * self._mpp if self._course_up else 0.0
        b = math.radians(up)
        self._cx, self._cy = x + ahead * math.sin(b), y + ahead * math.cos(b)

    def _stop_following(self) -> None:
        if self._following:
            self._following = False
            self.update()

    # -- Qt events --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_controls()
        self._follow()

    def _place_controls(self) -> None:
        gap = max(6, self._side // 8)
        x = self.width() - self._side - gap
        for i, button in enumerate(self.controls.values()):
            button.move(x, gap + i * (self._side + gap))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._panning = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._drag_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        self._panning = False

    def event(self, event: QEvent) -> bool:
        etype = event.type()
        if etype in TOUCH_EVENTS:
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger pans, two pinch; a lift or a cancel ends the gesture."""
        etype = event.type()
        points = [p for p in event.points() if p.state() != p.State.Released]
        if etype in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel) or not points:
            self._press, self._panning, self._pinch, self._pinched = None, False, None, False
            return
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            dist = math.hypot(a.x() - b.x(), a.y() - b.y())
            if self._pinch is not None and self._pinch > 0 and dist > 0:
                self.zoom_by(dist / self._pinch)
            self._pinch = dist
            self._press = None
            self._pinched = True
            return
        self._pinch = None
        if self._pinched:
            return  # the finger left on the glass after a pinch pans nothing
        pos = points[0].position()
        if self._press is None:
            self._press = pos
            self._panning = False
        else:
            self._drag_to(pos)

    def _drag_to(self, pos: QPointF) -> None:
        if self._press is None:
            return
        dx, dy = pos.x() - self._press.x(), pos.y() - self._press.y()
        if not self._panning and math.hypot(dx, dy) < PAN_SLOP_PX:
            return
        self._panning = True
        self._stop_following()
        self.pan_by(dx, dy)
        self._press = pos

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        t = self._theme
        night = t is not DAY
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(t.map_background if night else MAP_BACKGROUND))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_tiles(p, self.projection)  # (dimmed at night by the layer itself)
        p.setTransform(self.transform())
        self._paint_route(p, night)
        p.resetTransform()
        self._paint_boxes(p)
        at = self.car_point()
        if at is not None:
            paint_car(p, at, self._course, self.up_bearing(), self._side, t, self.is_stale())
        paint_north(p, self._side, self.up_bearing(), t, self._small)
        paint_scale_bar(p, self._mpp, self._scale, self.height(), t, self._small)
        attribution_font = ui_font(12 * self._scale)
        self.paint_attribution(p, attribution_font)
        self._paint_map_status(p, attribution_font)
        self._paint_banners(p)
        p.end()

    def _paint_route(self, p: QPainter, night: bool) -> None:
        # Culled against the view plus the widest pen.
        margin = 12 * self._mpp
        seen = self.visible_rect().adjusted(-margin, -margin, margin, margin)
        pieces = self.model.route_for(self._mpp, seen)
        if not pieces:
            return
        p.setBrush(Qt.BrushStyle.NoBrush)
        # Lines grow with the view, as its fonts do: read at arm's length on any screen.
        width = 5.0 * max(1.0, self._scale)
        casing = QColor(ROUTE_CASING_NIGHT if night else ROUTE_CASING_DAY)
        p.setPen(map_pen(casing, width + 4.0))
        for piece in pieces:
            p.drawPath(piece)
        # The same colour at night: the tiles are dimmed, the route is what the crew looks for.
        p.setPen(map_pen(QColor(ROUTE_COLOUR), width))
        for piece in pieces:
            p.drawPath(piece)

    def _paint_boxes(self, p: QPainter) -> None:
        """Waypoint circles, then every box as a numbered dot: the current one green, the next
        one amber (in screen pixels, so they keep their size at any zoom)."""
        t = self._theme
        visible = self.visible_rect().adjusted(-500, -500, 500, 500)
        current, nxt = self._box, self._box + 1
        for w in self.model.waypoints:
            if self._masked and w.box != current:
                continue
            if w.open_m and visible.contains(w.x, w.y):
                centre = self.world_to_screen(w.x, w.y)
                r = w.open_m / self._mpp
                pen = QPen(QColor(WAYPOINT_COLOUR), 2.0, Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(centre, r, r)
        fm = QFontMetricsF(self._small)
        for index, x, y in self.model.boxes:
            if self._masked and index != current:
                continue
            if not visible.contains(x, y):
                continue
            at = self.world_to_screen(x, y)
            if index == current:
                fill, ink, r = QColor(t.accent), QColor(t.accent_text), fm.height() * 0.95
            elif index == nxt:
                fill, ink, r = QColor(t.warn), QColor(t.warn_text), fm.height() * 0.95
            else:
                fill, ink, r = QColor(BOX_COLOUR), QColor("white"), fm.height() * 0.7
            p.setPen(QPen(QColor("white") if t is DAY else QColor("black"), 2.0))
            p.setBrush(fill)
            p.drawEllipse(at, r, r)
            if index in (current, nxt):
                p.setFont(self._small)
                p.setPen(ink)
                p.drawText(
                    QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r),
                    Qt.AlignmentFlag.AlignCenter,
                    str(index),
                )

    def _paint_map_status(self, p: QPainter, font: QFont) -> None:
        """The map's status line at the bottom right, just above the attribution."""
        line, error = self._map_status
        if not line:
            return
        t = self._theme
        fm = QFontMetricsF(self._small)
        above = (
            QFontMetricsF(font).height() + 8
            if self.tile_layer and self.tile_layer.attribution()
            else 4
        )
        left = 20 + 160 * max(1.0, self._scale)  # clear of the scale bar
        room = max(40.0, self.width() - left - 10)
        text = fm.elidedText(line, Qt.TextElideMode.ElideMiddle, room - 16)
        w, h = fm.horizontalAdvance(text) + 16, fm.height() + 8
        rect = QRectF(self.width() - w - 4, self.height() - above - h, w, h)
        path = QPainterPath()
        path.addRoundedRect(rect, 4, 4)
        fill, ink = (t.danger, t.danger_text) if error else (t.panel, t.text)
        p.fillPath(path, QColor(fill))
        p.setPen(QColor(ink))
        p.setFont(self._small)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def banner_texts(self) -> list[str]:
        """What the banners over the map say now (the GPS first)."""
        return [text for _follow_off, text in self._banners()]

    def _banners(self) -> list[tuple[bool, str]]:
        """(whether it is the follow-off banner, its words) of every banner, the GPS first."""
        out = []
        if self._position is None:
            out.append((False, self.tr(NO_POSITION_TEXT)))
        elif self.is_stale() and self._feed is not None:
            out.append((False, self._feed.indicator or self._feed.mark or self.tr("NO GPS")))
        if not self._following:
            out.append((True, self.tr(FOLLOW_OFF_TEXT)))
        return out

    def _paint_banners(self, p: QPainter) -> None:
        t = self._theme
        fm = QFontMetricsF(self._font)
        y = 10.0
        right = self.width() - self._side - 20
        left = 20 + 2 * max(18.0, self._side * 0.4)
        for follow_off, words in self._banners():
            level = self._feed.level if self._feed is not None else ""
            if follow_off or (self.is_stale() and level == "warn"):
                fill, ink = t.warn, t.warn_text
            elif self.is_stale():
                fill, ink = t.danger, t.danger_text
            else:
                fill, ink = t.panel, t.text
            # a longer language is cut short with "…" rather than run past the controls
            text = fm.elidedText(words, Qt.TextElideMode.ElideRight, right - left - 24)
            w = min(fm.horizontalAdvance(text) + 24, right - left)
            rect = QRectF(left + (right - left - w) / 2, y, w, fm.height() + 12)
            path = QPainterPath()
            path.addRoundedRect(rect, 6, 6)
            p.fillPath(path, QColor(fill))
            p.setPen(QColor(ink))
            p.setFont(self._font)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            y += rect.height() + 6

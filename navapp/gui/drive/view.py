"""The drive view: everything the co-driver reads during a stage, from one NavState at a time.

Left, the instruments: trip total and partial (rolling odometers), course against CAP, the
speed-zone banner and the waypoint panel. Right, the roadbook: distance to the next box, the
current box and those ahead. Along the bottom, clock, stage time, speed and GPS health. At
the edges, the touch controls (:mod:`navapp.gui.drive.touch`): trip − / + and resets left,
boxes, the map and the screen lock right.
View › Map puts the car's map (:mod:`navapp.gui.drive.drive_map`) in the roadbook's place:
the instruments on the left are what the crew reads every second, lost or not (the trip meter,
the CAP, the zone, the waypoint arrow), so they stay; the box strip or PDF roll is what the map
stands in for while the crew looks for the way, and comes back at the same key.
Fonts follow the view's height, so the same layout reads at arm's length on a 1024×600 tablet
and on a 1920×1080 screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import tzinfo

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from navapp.core.model import Roadbook
from navapp.core.navstate import NavState
from navapp.core.remote import Action
from navapp.gps.silence import FeedStatus, shown_state
from navapp.gui.common.map_sources import MapSourceBar
from navapp.gui.common.theme import DAY, Theme, apply_theme
from navapp.gui.drive.banner import ZoneBanner
from navapp.gui.drive.boxes import BoxStrip
from navapp.gui.drive.cap import DEFAULT_THRESHOLD_DEG, CapWidget
from navapp.gui.drive.drive_map import DEFAULT_MPP, DriveMap
from navapp.gui.drive.odometer import OdometerWidget
from navapp.gui.drive.roll_pane import PdfRollPane
from navapp.gui.drive.status import StatusStrip
from navapp.gui.drive.touch import TouchControls
from navapp.gui.drive.waypoint import WaypointPanel

# Fonts are designed for this height (a 1024×600 tablet) and scaled from it.
REFERENCE_HEIGHT = 600
REFERENCE_WIDTH = 1024  # the layout was drawn for a 1024×600 tablet
_MIN_SCALE, _MAX_SCALE = 0.7, 2.6


@dataclass(frozen=True)
class DriveOptions:
    """How the drive view shows the stage (display settings and practice modes)."""

    decimals: int = 2  # digits after the point on the odometers: 1 or 2
    boxes_ahead: int = 2  # boxes shown after the current one: 2 or 3
    countdown: bool = False  # the first odometer counts down to the next box
    masked: bool = False  # practice: only the current box is visible
    no_cap: bool = False  # practice: no course, CAP or turn values
    distance_only: bool = False  # practice: odometers and box totals, no drawings or arrow
    cap_threshold_deg: float = DEFAULT_THRESHOLD_DEG  # turns beyond this are coloured
    map_shown: bool = False  # View › Map: the map in the roadbook's place
    course_up: bool = False  # the map turns with the course (else north up)
    map_mpp: float = DEFAULT_MPP  # the map's scale (metres per pixel), kept for the session

    def __post_init__(self) -> None:
        if self.decimals not in (1, 2):
            raise ValueError(f"decimals must be 1 or 2, not {self.decimals!r}")
        if self.boxes_ahead not in (2, 3):
            raise ValueError(f"boxes_ahead must be 2 or 3, not {self.boxes_ahead!r}")


class DriveView(QWidget):
    """The passenger-seat screen; feed it with :meth:`set_state` after every fix."""

    # A co-driver action asked for on the screen (touch controls, swipes on the box strip).
    action_requested = Signal(object)
    # The crew changed an option on the view itself (the map's zoom): the new DriveOptions.
    options_changed = Signal(object)

    def __init__(
        self,
        roadbook: Roadbook,
        options: DriveOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("driveView")
        self._options = options or DriveOptions()
        self._state: NavState | None = None
        self._feed: FeedStatus | None = None
        self._scale = 0.0
        self._theme: Theme = DAY
        self.roll_error = ""  # why a PDF roadbook's pages cannot be shown ("" when they are)

        self.total = OdometerWidget(self.tr("TOTAL"))
        self.partial = OdometerWidget(self.tr("PARTIAL"))
        self.cap = CapWidget()
        self.banner = ZoneBanner()
        self.waypoint = WaypointPanel()
        self.boxes = BoxStrip()
        # A PDF roadbook's roll takes the box strip's place (see set_roadbook).
        self.roll = PdfRollPane()
        self.roll.hide()
        self.roll.action_requested.connect(self.action_requested)
        # The car's map takes the roadbook's place when View › Map is on (see _apply_options).
        self.map = DriveMap(roadbook)
        self.map.action_requested.connect(self.action_requested)
        self.map.zoom_changed.connect(self._on_map_zoom)
        # The app-wide map choice opened into the map. Its desktop bar (a combo, a slider)
        # is no use with gloves and takes room from the map: hidden in the car, the map is
        # chosen in View › Map source, and the map draws whose it is and the status line.
        self.map_bar = MapSourceBar(self.map.tiles)
        for widget in self.map_bar.findChildren(QWidget):
            # Never focused: a combo holding the focus would take the remote's ↑ ↓.
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.map_bar.setVisible(False)
        self.map_bar.status_shown.connect(self.map.set_map_status)
        self.map.set_map_status(self.map_bar.status_text(), self.map_bar.status_is_error())
        self.map_pane = QWidget()
        pane = QVBoxLayout(self.map_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.setSpacing(2)
        pane.addWidget(self.map_bar)
        pane.addWidget(self.map, 1)
        self.map_pane.hide()
        self.status = StatusStrip()
        self.touch = TouchControls(self, self.boxes)
        self.touch.action_triggered.connect(self.action_requested)

        left = QVBoxLayout()
        left.setSpacing(8)
        # odometers and CAP get fixed heights (see resizeEvent); the waypoint panel takes the
        # rest and gives up room when the zone banner shows, so nothing else moves
        left.addWidget(self.total)
        left.addWidget(self.partial)
        left.addWidget(self.cap)
        left.addWidget(self.banner)
        left.addWidget(self.waypoint, 1)
        self.cap.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.touch.trip_column)
        body.addLayout(left, 40)
        body.addWidget(self.boxes, 60)
        body.addWidget(self.roll, 60)
        body.addWidget(self.map_pane, 60)
        body.addWidget(self.touch.box_column)
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 0)
        root.setSpacing(8)
        root.addLayout(body, 1)
        root.addWidget(self.status)

        self.set_theme("day")
        self.set_roadbook(roadbook)
        self._apply_options()

    # -- API --------------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook) -> None:
        """Drive ``roadbook``; the next state set must belong to it."""
        self._roadbook = roadbook
        self._state = None
        pdf = roadbook.pdf is not None
        self.boxes.set_roadbook(None if pdf else roadbook)
        self._show_pane()
        self.roll_error = self.roll.set_roadbook(roadbook if pdf else None)
        if self.map.model.roadbook is not roadbook:
            self.map.set_roadbook(roadbook)
            self.map.set_zoom(self._options.map_mpp)
        for odo in (self.total, self.partial):
            odo.set_units(roadbook.units)

    def roadbook(self) -> Roadbook:
        return self._roadbook

    def set_state(self, state: NavState, animate: bool = True) -> None:
        """Show ``state``; cheap enough for every fix (texts change only when they differ).

        While the feed set with :meth:`set_feed` is not live, speed, course, turn and waypoint
        distance show ``—`` and the counters carry the feed's mark.
        """
        self._state = state
        if self._feed is not None:
            state = shown_state(state, self._feed)
        o = self._options
        units = state.trip.units
        for odo in (self.total, self.partial):
            odo.set_units(units)
        if o.countdown and state.to_next_km is not None:
            self.total.set_caption(self.tr("TO BOX {number}").format(number=state.box + 1))
            self.total.set_value(state.to_next_km, animate)
        else:
            self.total.set_caption(self.tr("TOTAL"))
            self.total.set_value(state.trip.total_km, animate)
        self.partial.set_value(state.trip.partial_km, animate)
        self.cap.set_state(state)
        self.waypoint.set_state(state)
        self.banner.set_state(state)
        if self._roadbook.pdf is not None:
            self.roll.set_state(state)
        else:
            self.boxes.set_state(state)
        self.map.set_state(state)
        self.status.set_state(state)

    def state(self) -> NavState | None:
        """The last state shown."""
        return self._state

    def take_action(self, action: Action) -> bool:
        """Play a co-driver action on the PDF roll, if one is shown; True when it needs
        nothing more (a box key on a roll without distances walks its rows, not the boxes)."""
        return self._roadbook.pdf is not None and self.roll.take_action(action)

    def set_feed(self, feed: FeedStatus | None) -> None:
        """How the GPS feed is doing (None: not told, everything shown as given).

        When it is lost, paused or ended the GPS indicator says so in colour (``NO GPS 12 s``),
        values that would be stale show ``—`` and the counters are marked as not advancing.
        """
        self._feed = feed
        mark, level = ("", "") if feed is None or feed.live else (feed.mark, feed.level)
        for odo in (self.total, self.partial):
            odo.set_mark(mark, level)
        self.status.set_feed(feed)
        self.map.set_feed(feed)
        if self._state is not None:
            self.set_state(self._state, animate=False)

    def release(self) -> None:
        """Let go of what the view holds open (the map's tiles): it is about to be deleted."""
        self.map_bar.release()

    def feed(self) -> FeedStatus | None:
        return self._feed

    def set_options(self, options: DriveOptions) -> None:
        """Change display settings and practice modes; the last state is shown again."""
        self._options = options
        self._apply_options()

    def options(self) -> DriveOptions:
        return self._options

    def set_theme(self, name: str) -> None:
        """``"day"`` or ``"night"``."""
        self._theme = apply_theme(self, name)
        for odo in (self.total, self.partial):
            odo.set_theme(self._theme)
        self.cap.set_theme(self._theme)
        self.waypoint.set_theme(self._theme)
        self.boxes.set_theme(self._theme)
        self.roll.set_theme(self._theme)
        self.touch.set_theme(self._theme)
        self.map.set_theme(self._theme)
        # A new style sheet re-polishes every child, dropping the fonts sized for this height.
        self._apply_scale(force=True)

    def theme(self) -> Theme:
        return self._theme

    def scale(self) -> float:
        """The fonts' scale: the view's size over the 1024×600 reference, less the controls."""
        return self._scale

    def set_touch_controls(self, shown: bool) -> None:
        """Show the touch controls, or hide them for a keys-only set-up (the fonts follow)."""
        self.touch.set_visible(shown)
        self._apply_scale(force=True)

    def set_stage_start(self, epoch_s: float | None) -> None:
        """When the stage started (epoch seconds), for the stage time in the status strip."""
        self.status.set_stage_start(epoch_s)

    def set_timezone(self, tz: tzinfo | None) -> None:
        """The zone of the clock (None, the default: the computer's local time)."""
        self.status.set_timezone(tz)

    # -- Qt ---------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        # Small on purpose: the fonts follow the size, so whatever size the window is given,
        # the next resize event makes everything fit it. The layout's own minimum would be
        # the one for the current (larger) fonts and keep the window from shrinking.
        return QSize(640, 360)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    def _apply_scale(self, force: bool = False) -> None:
        # Fonts follow the height, but never so big that the width cannot hold them: the
        # width left once the touch controls have theirs.
        by_height = self.height() / REFERENCE_HEIGHT
        by_width = (self.width() - self.touch.width_taken(by_height)) / REFERENCE_WIDTH
        scale = min(_MAX_SCALE, max(_MIN_SCALE, min(by_height, by_width)))
        # fonts change only on a real size change, never on a state update
        if force or abs(scale - self._scale) > 0.02:
            self._scale = scale
            for widget in (self.cap, self.banner, self.waypoint, self.boxes, self.status):
                widget.set_scale(scale)
            self.roll.set_scale(scale)
            self.touch.set_scale(scale)
            self.roll.set_touch(self.touch.side(), self.touch.swipe.step())
            self.map.set_scale(scale, self.touch.side())
            self.total.setFixedHeight(round(140 * scale))
            self.partial.setFixedHeight(round(104 * scale))
            self.cap.setFixedHeight(round(78 * scale))
            self.banner.setFixedHeight(round(54 * scale))

    # -- internals --------------------------------------------------------------------------

    def _on_map_zoom(self, mpp: float) -> None:
        self._options = replace(self._options, map_mpp=mpp)
        self.options_changed.emit(self._options)

    def _show_pane(self) -> None:
        """The map, the PDF roll or the box strip in the roadbook's place."""
        shown = self._options.map_shown
        pdf = self._roadbook.pdf is not None
        self.map_pane.setVisible(shown)
        self.boxes.setVisible(not shown and not pdf)
        self.roll.setVisible(not shown and pdf)

    def _apply_options(self) -> None:
        o = self._options
        for odo in (self.total, self.partial):
            odo.set_decimals(o.decimals)
        self.boxes.set_boxes_ahead(o.boxes_ahead)
        self.boxes.set_countdown(o.countdown)
        self.roll.set_countdown(o.countdown)
        self.boxes.set_masked(o.masked)
        self.roll.set_masked(o.masked)
        self.boxes.set_visibility(drawings=not o.distance_only, cap=not o.no_cap)
        self.cap.set_threshold(o.cap_threshold_deg)
        self.cap.set_values_hidden(o.no_cap)
        self.waypoint.set_arrow_hidden(o.distance_only)
        self.map.set_masked(o.masked)
        self.map.set_course_up(o.course_up)
        if o.map_mpp != self.map.metres_per_pixel():
            self.map.set_zoom(o.map_mpp)
        self._show_pane()
        if self._state is not None:
            self.set_state(self._state, animate=False)

"""The review window: map, profiles, events and a replay of the drive view, for the analyst."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from navapp.core import format as fmt
from navapp.core.drive_replay import DriveReplay
from navapp.core.mapgeometry import TrackPlane
from navapp.core.model import Roadbook, Track
from navapp.core.review_model import Comparison, Review
from navapp.errors import NavappError
from navapp.gui.common.file_drops import FileDrops
from navapp.gui.common.map_sources import map_with_bar
from navapp.gui.common.night import follow_theme, themed_style
from navapp.gui.common.screen import fit_to_screen
from navapp.gui.common.theme import DAY, Theme
from navapp.gui.common.window_drops import drop_on_review
from navapp.gui.drive import DriveView
from navapp.gui.review.crew_files import CrewFiles
from navapp.gui.review.crew_list import CrewList
from navapp.gui.review.crew_loading import CrewLoader, CrewProgress
from navapp.gui.review.events import EventTable
from navapp.gui.review.map_canvas import MapCanvas
from navapp.gui.review.profile import ProfileWidget
from navapp.gui.review.tables import ComparisonPane, SectionsPane

if TYPE_CHECKING:
    from navapp.gui.review.report_export import BackgroundReport

_BACKGROUND_CHUNK = 4000  # fixes run per idle tick while snapshots are still being made
_EAGER_FIXES = 40_000  # tracks up to this long get all their snapshots at once
DRIVE_VIEW_SIZE = (1024, 600)  # the drive view is laid out at this size, then scaled down


def _caption_style(t: Theme) -> str:
    """A caption over a list: dark grey by day, the theme's caption ink at night."""
    return f"font-weight: bold; color: {'#333' if t is DAY else t.caption};"


class _DriveThumbnail(QGraphicsView):
    """The real drive view, laid out at tablet size and scaled to fit this widget."""

    def __init__(self, view: DriveView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDriveThumbnail")
        self._scene = QGraphicsScene(self)
        view.resize(*DRIVE_VIEW_SIZE)
        self._proxy = self._scene.addWidget(view)
        self.setScene(self._scene)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setInteractive(False)
        self.setMinimumSize(160, 90)
        # Up to the tablet's aspect, less when the window is short: a height fixed from a wide
        # window's width would keep the window from shrinking back onto a small screen.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        width = max(320, self.width())
        return QSize(320, round(width * DRIVE_VIEW_SIZE[1] / DRIVE_VIEW_SIZE[0]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != self.width():
            self.updateGeometry()  # the height the tablet's aspect wants follows the width
        self.fitInView(QRectF(0, 0, *DRIVE_VIEW_SIZE), Qt.AspectRatioMode.KeepAspectRatio)


def _warning_style(t: Theme) -> str:
    """The banner over the map: the theme's attention colours, framed."""
    return (
        f"background: {t.warn}; color: {t.warn_text}; border: 1px solid {t.border};"
        " border-radius: 3px; padding: 4px 8px; font-weight: bold;"
    )


def fit_warning(review: Review | None) -> str | None:
    """What the window warns about a crew's track: not judged, or not a drive of this stage."""
    if review is None:
        return None
    return review.fit.warning if review.fit is not None else None


def _swatch(colour: QColor) -> QIcon:
    pm = QPixmap(18, 12)
    pm.fill(colour)
    return QIcon(pm)


class ReviewWindow(CrewFiles):
    """Post-stage review of one or more crews on one roadbook.

    ``crews`` is a list of (track, review) pairs; reviews may be None when the engine could
    not judge a track (it is still drawn). The first crew is the reference: its profile, events
    and drive replay are shown until another is picked in the crew list.
    """

    # A report was written (its path).
    report_written = Signal(str)
    # Something failed (one line: an export, a track that could not be read).
    failed = Signal(str)

    def __init__(
        self,
        roadbook: Roadbook,
        crews: Sequence[tuple[Track, Review | None]],
        comparison: Comparison | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowTitle(
            self.tr("Review — {stage}").format(stage=roadbook.name or self.tr("stage"))
        )
        self.roadbook = roadbook
        self.tracks: list[Track] = []
        self.reviews: list[Review | None] = []
        self.comparison = comparison
        self._replays: dict[int, DriveReplay] = {}
        # The report being written in the background (its map's tiles fetched), if any.
        self.report_job: BackgroundReport | None = None
        self._reference = 0
        # Crews being reviewed in worker processes, and the files waiting for them.
        self.loader: CrewLoader | None = None
        self._queued: list[str] = []
        self._troubles: list[str] = []
        self.crew_progress = CrewProgress()
        self.statusBar().addPermanentWidget(self.crew_progress, 1)

        self.map = MapCanvas(roadbook)
        self.map_box, self.map_bar = map_with_bar(self.map)
        self.profile = ProfileWidget()
        self.events = EventTable()
        self.sections = SectionsPane()
        self.comparison_pane = ComparisonPane()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self.events, self.tr("Events"))
        self.tabs.addTab(self.sections, self.tr("Sections"))
        self.tabs.addTab(self.comparison_pane, self.tr("Crews compared"))
        self.crew_list = CrewList()
        self.drive_view = DriveView(roadbook)
        self.drive_view.set_touch_controls(False)  # a picture of the drive: nothing to press
        self.drive_thumbnail = _DriveThumbnail(self.drive_view)
        follow_theme(self.drive_view, lambda t: self.drive_view.set_theme(t.name))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("reviewTime")
        self.time_label = QLabel("—")
        self.time_label.setMinimumWidth(260)
        self.dss_box = QCheckBox(self.tr("From DSS"))
        self.dss_box.setObjectName("reviewFromDss")
        self.dss_box.setToolTip(
            self.tr("Count each crew's time from its DSS, not its track's start")
        )
        self.from_dss = False
        # Over the map: the reference crew's track does not look like a drive of this stage.
        self.fit_banner = QLabel()
        self.fit_banner.setObjectName("reviewFitWarning")
        self.fit_banner.setWordWrap(True)
        self.fit_banner.hide()
        themed_style(self.fit_banner, _warning_style)

        self._build_layout()
        self._build_menu()
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._snapshot_more)

        self.map.time_clicked.connect(self._on_map_clicked)
        self.profile.time_hovered.connect(self._on_profile_hovered)
        self.profile.time_clicked.connect(self.seek_time)
        self.events.event_activated.connect(self._on_event)
        self.slider.valueChanged.connect(self.seek_index)
        self.crew_list.itemChanged.connect(self._on_crew_item)
        self.crew_list.currentRowChanged.connect(self.set_reference)

        for track, rv in crews:
            self._add(track, rv)
        if self.comparison is None:
            self._compare()  # the same comparison the report would make
        self.comparison_pane.set_comparison(
            self.comparison, reviews=[r for r in self.reviews if r is not None]
        )
        if self.tracks:
            self.crew_list.setCurrentRow(0)
        fit_to_screen(self, (1280, 800))
        # Roadbooks, tracks and map files dropped from the file manager.
        self.file_drops = FileDrops(self, lambda d: drop_on_review(self, d))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_reviewing()
        self.map_bar.release()
        self.drive_view.release()  # the replay's car map holds the same map file open
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The map gets most of the width; the side panel a readable share of it.
        side = min(max(int(self.width() * 0.34), 330), 620)
        self.splitter.setSizes([max(self.width() - side, 200), side])

    # -- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        map_column = QWidget()
        ml = QVBoxLayout(map_column)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(2)
        ml.addWidget(self.fit_banner)
        ml.addWidget(self.map_box, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(map_column)
        left.addWidget(self.profile)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(4)
        for caption, widget, stretch in (
            (self.tr("Crews"), self.crew_list, 0),
            (self.tr("Drive view at the slider time"), self.drive_thumbnail, 0),
        ):
            label = QLabel(caption)
            themed_style(label, _caption_style)
            rl.addWidget(label)
            rl.addWidget(widget, stretch)
        rl.addWidget(self.tabs, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 5)
        main.setStretchFactor(1, 3)
        main.setChildrenCollapsible(False)
        self.splitter = main
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 2, 8, 4)
        bar.addWidget(QLabel(self.tr("Time")))
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.time_label)
        bar.addWidget(self.dss_box)
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.setContentsMargins(4, 4, 4, 0)
        cl.setSpacing(2)
        cl.addWidget(main, 1)
        cl.addLayout(bar)
        self.setCentralWidget(central)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_action = QAction(self.tr("&Open crews' tracks…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.Open)
        self.add_action.triggered.connect(self._ask_add_track)
        self.export_action = QAction(self.tr("&Export report…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._ask_export)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for a in (self.add_action, self.export_action, close):
            file_menu.addAction(a)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        fit = QAction(self.tr("&Fit map"), self)
        fit.setShortcut(QKeySequence("Home"))
        fit.triggered.connect(self.map.fit)
        view_menu.addAction(fit)
        # The legend covers a good part of a small map: off, the terrain under it shows.
        self.legend_action = QAction(self.tr("&Legend"), self)
        self.legend_action.setCheckable(True)
        self.legend_action.setChecked(self.map.show_legend)
        self.legend_action.setShortcut(QKeySequence("L"))
        self.legend_action.toggled.connect(self._show_legend)
        view_menu.addAction(self.legend_action)
        # Crews start minutes apart: counted from each one's DSS, their times line up.
        self.dss_action = QAction(self.tr("Time from each crew's &DSS"), self)
        self.dss_action.setCheckable(True)
        self.dss_action.toggled.connect(self.set_time_from_dss)
        self.dss_action.toggled.connect(self.dss_box.setChecked)
        self.dss_box.toggled.connect(self.dss_action.setChecked)
        view_menu.addAction(self.dss_action)

    def _show_legend(self, shown: bool) -> None:
        self.map.show_legend = shown
        self.map.update()

    # -- crews ---------------------------------------------------------------------------------

    def _add(self, track: Track, review: Review | None, plane: TrackPlane | None = None) -> int:
        name = (review.track_name if review is not None else "") or track.name
        name = name or self.tr("Crew {number}").format(number=len(self.tracks) + 1)
        index = self.map.add_crew(track, review, name, plane)
        self.tracks.append(track)
        self.reviews.append(review)
        item = QListWidgetItem(_swatch(self.map.crews[index].colour), name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.crew_list.addItem(item)
        self._label_crews()
        return index

    def _label_crews(self) -> None:
        """Crew list texts: name, what the review found, time lost to the fastest."""
        gaps = self.comparison.total_gap_s if self.comparison is not None else ()
        self.crew_list.blockSignals(True)
        for i, rv in enumerate(self.reviews):
            item = self.crew_list.item(i)
            parts = [self.map.crews[i].name]
            if rv is None:
                parts.append(self.tr("not judged"))
            else:
                s = rv.summary
                if fit_warning(rv) is not None:
                    parts.append(self.tr("⚠ not this stage?"))  # first: it must not be elided
                parts.append(
                    self.tr("{missed} missed, {speeding} speeding").format(
                        missed=s.missed, speeding=s.violations
                    )
                )
            if i < len(gaps) and gaps[i] is not None:
                g = gaps[i]
                assert g is not None
                parts.append(self.tr("fastest") if g == 0 else f"+{fmt.hms(g)}")
            # The name on its own line, the figures under it: both stay readable.
            item.setText(parts[0] + "\n" + " · ".join(parts[1:]))
            item.setToolTip("\n".join(parts))
        self.crew_list.blockSignals(False)

    def _review(self, track: Track) -> Review | None:
        try:
            from navapp.core.review import review
        except ImportError:
            self._fail(self.tr("the review engine is not available: the track is shown unjudged"))
            return None
        try:
            return review(self.roadbook, track)
        except NavappError as e:
            self._fail(
                self.tr("{track}: {error}").format(track=track.name or self.tr("track"), error=e)
            )
            return None

    def _compare(self) -> None:
        reviews = [r for r in self.reviews if r is not None]
        if len(reviews) < 2 or len(reviews) != len(self.reviews):
            return
        try:
            from navapp.core.compare import compare
        except ImportError:
            return
        # Two or more reviews of this window's one roadbook: compare has nothing to refuse.
        self.comparison = compare(reviews)
        self._label_crews()
        self.comparison_pane.set_comparison(
            self.comparison, reviews=[r for r in self.reviews if r is not None]
        )

    def _on_crew_item(self, item: QListWidgetItem) -> None:
        row = self.crew_list.row(item)
        self.map.set_crew_visible(row, item.checkState() == Qt.CheckState.Checked)

    def set_crew_visible(self, index: int, visible: bool) -> None:
        """Show or hide a crew (as its check box does)."""
        state = Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked
        self.crew_list.item(index).setCheckState(state)

    def set_reference(self, index: int) -> None:
        """Show the profile, events and drive replay of crew ``index``."""
        if not 0 <= index < len(self.tracks):
            return
        self._reference = index
        self.map.set_reference(index)
        crew = self.map.crews[index]
        track, rv = self.tracks[index], self.reviews[index]
        self.profile.set_crew(crew.geometry, rv, crew.name, crew.start)
        self.events.set_review(self.roadbook, track, rv, crew.start)
        self.sections.set_review(rv, self.roadbook.units, track.has_time)
        if crew.geometry.axis_is_time:
            self.drive_view.set_stage_start(crew.start)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(track) - 1, 0))
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self.slider.setPageStep(max(len(track) // 50, 1))
        self._show_fit(crew.name, rv)
        notes = "; ".join(rv.notes) if rv is not None else self.tr("not reviewed")
        self.statusBar().showMessage(
            self.tr("{crew}: {notes}").format(crew=crew.name, notes=notes) if notes else crew.name
        )
        self._idle.start()
        self.seek_index(0)

    def set_time_from_dss(self, on: bool) -> None:
        """Count the profile's, the events' and the slider's times from each crew's DSS (on)
        or from each track's start; the crews are aligned on it on the map."""
        self.from_dss = on
        known = self.map.set_time_origin(on)
        if not self.tracks:
            return
        i = self._reference
        crew, rv = self.map.crews[i], self.reviews[i]
        self.profile.set_crew(crew.geometry, rv, crew.name, crew.start)
        self.events.set_review(self.roadbook, self.tracks[i], rv, crew.start)
        if crew.geometry.axis_is_time:
            self.drive_view.set_stage_start(crew.start)
        self.seek_index(self.slider.value())
        if on and not known[i]:
            self.statusBar().showMessage(
                self.tr("{crew}: no DSS time in this track, counted from its start").format(
                    crew=crew.name
                )
            )

    def _show_fit(self, name: str, rv: Review | None) -> None:
        """The banner over the map: shown while the reference crew's track is suspect."""
        warning = fit_warning(rv)
        if rv is None:
            text = self.tr("{crew}: this track could not be judged against the stage.").format(
                crew=name
            )
        elif warning is not None:
            text = self.tr("{crew}: {warning} {missed} of {count} waypoints missed.").format(
                crew=name, warning=warning, missed=rv.summary.missed, count=len(rv.waypoints)
            )
        else:
            self.fit_banner.hide()
            return
        self.fit_banner.setText("⚠ " + text)
        self.fit_banner.show()

    def replay(self, index: int | None = None) -> DriveReplay:
        """The drive replay of a crew (the reference crew by default)."""
        i = self._reference if index is None else index
        if i not in self._replays:
            self._replays[i] = DriveReplay(self.roadbook, self.tracks[i])
            if len(self.tracks[i]) <= _EAGER_FIXES:
                self._replays[i].extend(len(self.tracks[i]) - 1)
        return self._replays[i]

    def _snapshot_more(self) -> None:
        # Long tracks get their snapshots in idle slices, so the window stays responsive.
        if not self.tracks:
            self._idle.stop()
            return
        r = self.replay()
        if r.done():
            self._idle.stop()
            return
        r.extend(r.frontier + _BACKGROUND_CHUNK)

    # -- time ----------------------------------------------------------------------------------

    def seek_index(self, i: int) -> None:
        """Put the drive view, map and profile at fix ``i`` of the reference crew."""
        if not self.tracks:
            return
        if self.slider.value() != i:
            self.slider.setValue(i)  # comes back here through valueChanged
            return
        crew = self.map.crews[self._reference]
        t = float(crew.geometry.axis[i])
        state = self.replay().state_at(i)
        self.drive_view.set_state(state, animate=False)
        self.map.set_cursor_time(t)
        self.profile.set_cursor_time(t)
        if crew.geometry.axis_is_time:
            text = f"{fmt.hms(t - crew.start)}  ({fmt.clock(t)} UTC)"
        else:
            text = self.tr("{distance} km along the track").format(
                distance=f"{(t - crew.start) / 1000:.2f}"
            )
        self.time_label.setText(
            self.tr("{position}  ·  box {box}").format(position=text, box=state.box)
        )

    def seek_time(self, t: float) -> None:
        """Seek to the reference crew's fix at (or just before) axis value ``t``."""
        if self.tracks and math.isfinite(t):
            self.seek_index(self.map.crews[self._reference].geometry.index_at(t))

    def _on_map_clicked(self, t: float) -> None:
        self.profile.set_cursor_time(t)
        self.seek_time(t)

    def _on_profile_hovered(self, t: float) -> None:
        self.map.set_cursor_time(t)

    def _on_event(self, lat: float, lon: float, t: float) -> None:
        if math.isfinite(lat) and math.isfinite(lon):
            # An event is looked at closely: zoom in unless already close.
            self.map.center_on(lat, lon, min(self.map.metres_per_pixel(), 8.0))
        if math.isfinite(t):
            self.seek_time(t)

    # -- files ---------------------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        line = message.splitlines()[0] if message else self.tr("failed")
        self.statusBar().showMessage(line)
        self.failed.emit(line)

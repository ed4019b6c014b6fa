"""The event table: what happened along one crew's drive, in time order."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from navapp.core import format as fmt
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook, Track, WaypointType
from navapp.core.navstate import WaypointStatus
from navapp.core.review_model import Review
from navapp.gui.common.night import themed_colour

COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewEvents", "Time"),
    QT_TRANSLATE_NOOP("ReviewEvents", "Box"),
    QT_TRANSLATE_NOOP("ReviewEvents", "Kind"),
    QT_TRANSLATE_NOOP("ReviewEvents", "Detail"),
)
# What each event kind (a key compared in code) reads as in the table.
KIND_TEXT = {
    "missed": QT_TRANSLATE_NOOP("ReviewEvents", "missed"),
    "validated": QT_TRANSLATE_NOOP("ReviewEvents", "validated"),
    "speeding": QT_TRANSLATE_NOOP("ReviewEvents", "speeding"),
    "off route": QT_TRANSLATE_NOOP("ReviewEvents", "off route"),
    "stop": QT_TRANSLATE_NOOP("ReviewEvents", "stop"),
    "neutralisation": QT_TRANSLATE_NOOP("ReviewEvents", "neutralisation"),
}
_BAD = QColor("#c40018")
_GOOD = QColor("#0a7a2f")
_WARN = QColor("#9a5b00")


@dataclass(frozen=True)
class ReviewEvent:
    """One row: when (axis value, None when unknown), where, what."""

    time: float | None
    box: int | None
    kind: str  # a key of KIND_TEXT
    detail: str
    lat: float
    lon: float
    severity: str  # "good", "bad", "warn" or ""


def _point(track: Track, i: int) -> tuple[float, float]:
    i = min(max(i, 0), len(track) - 1)
    return float(track.lat[i]), float(track.lon[i])


def _time(track: Track, i: int) -> float | None:
    if not (0 <= i < len(track)):
        return None
    t = float(track.time[i])
    return t if math.isfinite(t) else None


def _dur(a: float | None, b: float | None) -> str:
    return fmt.hms(b - a) if a is not None and b is not None else "?"


def review_events(roadbook: Roadbook, track: Track, review: Review) -> list[ReviewEvent]:
    """Every waypoint, violation, off-route period, stop and neutralisation, sorted by time."""
    out: list[ReviewEvent] = []
    box_index = np.asarray(review.box_index, dtype=np.int64)

    def box_before(i: int) -> int | None:
        # the last box passed at or before track point i
        passed = np.flatnonzero((box_index >= 0) & (box_index <= i))
        return int(passed[-1]) + 1 if len(passed) else None

    for w in review.waypoints:
        if w.type in (WaypointType.DZ, WaypointType.FZ):
            continue
        missed = w.status is WaypointStatus.MISSED
        t = w.time if w.time is not None else _time(track, w.closest_index)
        if w.clear_m is None:
            detail = QCoreApplication.translate(
                "ReviewEvents", "{waypoint}: closest {distance} m"
            ).format(waypoint=w.label, distance=fmt.number(w.closest_m, 0))
        else:
            detail = QCoreApplication.translate(
                "ReviewEvents", "{waypoint}: closest {distance} m (clear {clear} m)"
            ).format(waypoint=w.label, distance=fmt.number(w.closest_m, 0), clear=f"{w.clear_m:g}")
        out.append(
            ReviewEvent(
                t,
                w.box,
                "missed" if missed else "validated",
                detail,
                w.lat,
                w.lon,
                "bad" if missed else "good",
            )
        )
    for z in review.zones:
        for v in z.violations:
            lat, lon = _point(track, v.start_index)
            pen = (
                QCoreApplication.translate("ReviewEvents", "exclusion")
                if math.isinf(v.penalty_s)
                else QCoreApplication.translate("ReviewEvents", "penalty {seconds} s").format(
                    seconds=f"{v.penalty_s:g}"
                )
            )
            detail = QCoreApplication.translate(
                "ReviewEvents", "DZ {limit}: max {speed} km/h for {duration}, {penalty}"
            ).format(
                limit=f"{z.limit_kmh:g}",
                speed=f"{v.max_kmh:.1f}",
                duration=_dur(v.start, v.end),
                penalty=pen,
            )
            out.append(ReviewEvent(v.start, z.start_box, "speeding", detail, lat, lon, "bad"))
    for o in review.off_route:
        lat, lon = _point(track, o.start_index)
        detail = QCoreApplication.translate(
            "ReviewEvents", "up to {distance} m off the route for {duration}"
        ).format(distance=f"{o.max_m:,.0f}", duration=_dur(o.start, o.end))
        out.append(
            ReviewEvent(o.start, box_before(o.start_index), "off route", detail, lat, lon, "warn")
        )
    for s in review.stops:
        lat, lon = _point(track, s.start_index)
        detail = QCoreApplication.translate("ReviewEvents", "stopped {duration}").format(
            duration=_dur(s.start, s.end)
        )
        out.append(ReviewEvent(s.start, s.box, "stop", detail, lat, lon, ""))
    for n in review.neutralizations:
        box = roadbook.boxes[n.start_box - 1] if 0 < n.start_box <= len(roadbook.boxes) else None
        t = review.box_times[n.start_box - 1] if 0 < n.start_box <= len(review.box_times) else None
        lat = box.lat if box is not None and box.lat is not None else math.nan
        lon = box.lon if box is not None and box.lon is not None else math.nan
        if n.taken_s is None:
            detail = QCoreApplication.translate(
                "ReviewEvents", "required {required}, not finished"
            ).format(required=fmt.hms(n.required_s))
        elif n.early_s > 0:
            detail = QCoreApplication.translate(
                "ReviewEvents", "required {required}, took {taken}, left {early} s early"
            ).format(
                required=fmt.hms(n.required_s),
                taken=fmt.hms(n.taken_s),
                early=f"{n.early_s:.0f}",
            )
        else:
            detail = QCoreApplication.translate(
                "ReviewEvents", "required {required}, took {taken}"
            ).format(required=fmt.hms(n.required_s), taken=fmt.hms(n.taken_s))
        sev = "bad" if n.early_s > 0 else ""
        out.append(ReviewEvent(t, n.start_box, "neutralisation", detail, lat, lon, sev))
    # Events without a time go last, in the order they were found.
    out.sort(key=lambda e: (e.time is None, e.time if e.time is not None else 0.0))
    return out


class EventTableModel(QAbstractTableModel):
    """The events of one crew as a read-only table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[ReviewEvent] = []
        self._t0: float | None = None

    def set_events(self, events: list[ReviewEvent], start: float | None) -> None:
        """Show ``events``; times are shown since ``start`` (the crew's first fix)."""
        self.beginResetModel()
        self._events = events
        self._t0 = start
        self.endResetModel()

    def event_at(self, row: int) -> ReviewEvent:
        return self._events[row]

    def events(self) -> list[ReviewEvent]:
        return list(self._events)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ReviewEvents", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        e = self._events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if e.time is None:
                    return "—"
                return fmt.hms(e.time - self._t0) if self._t0 is not None else f"{e.time:.0f}"
            if col == 1:
                return "" if e.box is None else str(e.box)
            if col == 2:
                return QCoreApplication.translate("ReviewEvents", KIND_TEXT.get(e.kind, e.kind))
            return e.detail
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return e.detail
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            colours = {
                "bad": themed_colour(_BAD.name(), "danger"),
                "good": themed_colour(_GOOD.name(), "accent"),
                "warn": themed_colour(_WARN.name(), "warn"),
            }
            return colours.get(e.severity)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EventTable(QTableView):
    """The event table; a click on a row asks for the map to centre there."""

    # A row was clicked: its latitude, longitude and time (NaN when unknown).
    event_activated = Signal(float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewEvents")
        self.events_model = EventTableModel(self)
        self.setModel(self.events_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        header = self.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def set_review(
        self, roadbook: Roadbook, track: Track, review: Review | None, start: float | None
    ) -> None:
        """Show the events of one crew (``start``: its first time, for elapsed times)."""
        events = review_events(roadbook, track, review) if review is not None else []
        self.events_model.set_events(events, start)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        e = self.events_model.event_at(index.row())
        self.event_activated.emit(e.lat, e.lon, math.nan if e.time is None else e.time)

"""Course over ground against the current box's CAP, and the turn between them.

The difference shown is the navigator's ``NavState.cap_diff_deg``: ``CAP − course`` wrapped to
(−180, 180], the turn to make to follow the CAP, positive to the right. Course 350 with CAP 10
shows ``+20°`` (turn 20° right). CAP and course are shown from the north the crew chose
(``NavState.north_label``): the captions say ``°T`` (true, as roadbooks print) or ``°M``
(magnetic); the turn is the same from either.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from navapp.core import format as fmt
from navapp.core.navstate import NavState
from navapp.gui.common.theme import DAY, Theme, reserve_width, set_label_text, set_level, ui_font

# Turns beyond this are coloured: the crew is leaving the CAP (a setting).
DEFAULT_THRESHOLD_DEG = 15.0
NO_VALUE = "—"


def format_turn(diff_deg: float | None) -> str:
    """A turn in whole degrees with its sign: ``+12°``, ``−8°``, ``0°``; ``—`` when unknown."""
    if diff_deg is None:
        return NO_VALUE
    n = round(diff_deg)
    if n == 0:
        return "0°"
    return f"+{n}°" if n > 0 else f"{fmt.MINUS}{-n}°"


class ArrowWidget(QWidget):
    """A big arrow turned ``angle`` degrees clockwise from straight up, inside a ring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._angle: float | None = None
        self._north = False
        self._empty_ring = True  # draw the ring without an arrow (False: draw nothing)
        # paint objects live as long as the widget (PySide6 needs them alive while painting)
        self._arrow = QPolygonF(
            [
                QPointF(0.0, -0.92),
                QPointF(0.55, -0.1),
                QPointF(0.2, -0.1),
                QPointF(0.2, 0.78),
                QPointF(-0.2, 0.78),
                QPointF(-0.2, -0.1),
                QPointF(-0.55, -0.1),
            ]
        )
        self._ring_rect = QRectF(-1.0, -1.0, 2.0, 2.0)
        self._north_rect = QRectF(-0.3, -1.0, 0.6, 0.4)
        self._fill = QBrush(QColor("black"))
        self._ring_pen = QPen(QColor("gray"))
        self._no_pen = QPen(Qt.PenStyle.NoPen)
        self._text_pen = QPen(QColor("gray"))
        self._font = ui_font(10, bold=True)

    def set_angle(self, angle: float | None, north_up: bool = False) -> None:
        """Point the arrow (None: no arrow); ``north_up`` marks an absolute bearing with N."""
        if angle is not None:
            angle = round(angle) % 360
        if angle == self._angle and north_up == self._north:
            return
        self._angle = angle
        self._north = north_up
        self.update()

    def angle(self) -> float | None:
        """The direction drawn, whole degrees clockwise from up, or None (no arrow)."""
        return self._angle

    def set_empty_ring(self, shown: bool) -> None:
        """Whether the ring is drawn (dashed) when there is no arrow."""
        self._empty_ring = shown
        self.update()

    def fill_colour(self) -> QColor:
        return self._fill.color()

    def set_colours(self, fill: QColor, ring: QColor) -> None:
        """The arrow's fill and the ring's colour."""
        self._fill = QBrush(fill)
        self._ring_pen = QPen(ring)
        self._text_pen = QPen(ring)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(80, 80)

    def minimumSizeHint(self) -> QSize:
        return QSize(24, 24)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the N mark is drawn in ring units: its font is a fraction of the ring's size
        side = min(self.width(), self.height())
        self._font = ui_font(max(8.0, 0.16 * side), bold=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        if side <= 4 or (self._angle is None and not self._empty_ring):
            return
        r = side / 2.0 - 2.0
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(self.width() / 2.0, self.height() / 2.0)
            pen = self._ring_pen
            pen.setWidthF(max(1.5, side / 40.0))
            # dashed without an arrow: the place where it will show, nothing pointed at
            pen.setStyle(Qt.PenStyle.SolidLine if self._angle is not None else Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(0.0, 0.0), r, r)
            if self._north:
                p.setPen(self._text_pen)
                p.setFont(self._font)
                p.drawText(
                    QRectF(-0.3 * r, -r + 0.04 * r, 0.6 * r, 0.34 * r),
                    int(Qt.AlignmentFlag.AlignCenter),
                    "N",
                )
            if self._angle is not None:
                p.rotate(self._angle)
                p.scale(r * 0.86, r * 0.86)
                p.setPen(self._no_pen)
                p.setBrush(self._fill)
                p.drawPolygon(self._arrow)
        finally:
            p.end()


class CapWidget(QFrame):
    """COURSE ``C.158`` · CAP ``C.162`` · TURN ``+4°`` with an arrow showing the turn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self._threshold = DEFAULT_THRESHOLD_DEG
        self._hidden = False
        self._theme = DAY
        self._diff: float | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 4, 10, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        self.captions = [
            QLabel(self.tr("COURSE °{north}").format(north="T")),
            QLabel("CAP °T"),  # CAP is the crews' word: it stays in every language
            QLabel(self.tr("TURN")),
        ]
        self._north = "T"
        self.course_label = QLabel(NO_VALUE)
        self.cap_label = QLabel(NO_VALUE)
        self.diff_label = QLabel(NO_VALUE)
        self.arrow = ArrowWidget()
        for col, (caption, value) in enumerate(
            zip(self.captions, (self.course_label, self.cap_label, self.diff_label), strict=True)
        ):
            caption.setProperty("role", "caption")
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, 0, col)
            grid.addWidget(value, 1, col)
            grid.setColumnStretch(col, 3)
        grid.addWidget(self.arrow, 0, 3, 2, 1)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(1, 1)
        self.set_scale(1.0)
        self.set_theme(DAY)

    # -- API --------------------------------------------------------------------------------

    def set_state(self, state: NavState) -> None:
        """Show the state's course, CAP and the navigator's turn between them."""
        self.set_values(
            state.course_shown_deg, state.cap_shown, state.cap_diff_deg, state.north_label
        )

    def set_values(
        self, course_deg: float | None, cap: int | None, diff: float | None, north: str = "T"
    ) -> None:
        """Show a course (None below walking speed), a CAP (None: the box has none), both from
        ``north`` (``T`` true or ``M`` magnetic), and the turn from one to the other
        (``NavState.cap_diff_deg``)."""
        if north != self._north:
            self._north = north
            set_label_text(self.captions[0], self.tr("COURSE °{north}").format(north=north))
            set_label_text(self.captions[1], f"CAP °{north}")
        if self._hidden:
            course_deg = cap = diff = None
        set_label_text(self.course_label, fmt.course(course_deg))
        set_label_text(self.cap_label, fmt.cap(cap) or NO_VALUE)
        self._diff = diff
        set_label_text(self.diff_label, format_turn(diff))
        off_course = diff is not None and abs(diff) > self._threshold
        set_level(self.diff_label, "danger" if off_course else "")
        self.arrow.set_angle(diff)
        self._colour_arrow(off_course)

    def north(self) -> str:
        """``T`` or ``M``: the north CAP and course are shown from."""
        return self._north

    def difference(self) -> float | None:
        """The turn shown, degrees (positive: right)."""
        return self._diff

    def set_threshold(self, degrees: float) -> None:
        """Colour the turn beyond ``degrees``."""
        self._threshold = degrees

    def set_values_hidden(self, hidden: bool) -> None:
        """No-CAP practice: show dashes instead of course, CAP and turn."""
        self._hidden = hidden
        if hidden:
            self.set_values(None, None, None)

    def set_scale(self, scale: float) -> None:
        """Font sizes for a drive view ``scale`` times the 600 px reference height."""
        caption = ui_font(14 * scale, bold=True)
        value = ui_font(34 * scale, bold=True)
        for label in self.captions:
            label.setFont(caption)
        for label, widest in (
            (self.course_label, "C.360"),
            (self.cap_label, "C.360"),
            (self.diff_label, f"{fmt.MINUS}180°"),
        ):
            label.setFont(value)
            reserve_width(label, widest)
        self.arrow.setMinimumWidth(round(44 * scale))

    def set_theme(self, theme: Theme) -> None:
        """Take the arrow colours of ``theme`` (labels follow the style sheet)."""
        self._theme = theme
        self._colour_arrow(self.diff_label.property("level") == "danger", force=True)

    def _colour_arrow(self, off_course: bool, force: bool = False) -> None:
        t = self._theme
        fill = QColor(t.danger if off_course else t.text)
        if force or self.arrow.fill_colour() != fill:
            self.arrow.set_colours(fill, QColor(t.border))

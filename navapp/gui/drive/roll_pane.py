"""The drive view's roadbook side for a PDF roadbook: the distance to the next box over the roll.

It takes the place of the box strip (:mod:`navapp.gui.drive.boxes`) and keeps its header: the
distance to the next box and the AUTO OFF badge. The roll follows the navigator's current box.
A hand scroll (wheel, mouse drag) stops that, like a box chosen by hand stops auto-advance on
the box strip, and a badge says so until resume auto-advance (``A``) or a box key brings the
roll back to the current box; nothing starts following again on a timer, so the page the
co-driver scrolled to stays put while they read it. Previous / next box and a swipe on the
roll walk the navigator's boxes (the roll follows); on a roll without distances (a scan)
they walk the rows, and the header says plainly that the roll does not follow the trip meter.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Roadbook
from navapp.core.navstate import NavState
from navapp.core.remote import Action
from navapp.gui.common.theme import DAY, Theme, reserve_width, set_label_text, ui_font
from navapp.gui.drive.box_row import MIN_TEXT_PX
from navapp.gui.drive.boxes import next_box_header, next_box_labels
from navapp.gui.drive.pdf_roll import PdfRollView
from navapp.gui.drive.swipe import BoxSwipe
from navapp.gui.drive.touch_button import TouchButton

SCAN_NOTICE = QT_TRANSLATE_NOOP(
    "PdfRollPane", "NO READABLE DISTANCES: THE ROLL DOES NOT FOLLOW THE TRIP METER · ▲ ▼ MOVE IT"
)
PAUSED_TEXT = QT_TRANSLATE_NOOP(
    "PdfRollPane", "SCROLLED BY HAND: NOT THE CURRENT BOX · AUTO (A) GOES BACK TO IT"
)
_BOX_KEYS = {Action.NEXT_BOX: 1, Action.PREV_BOX: -1}


class PdfRollPane(QWidget):
    """The distance to the next box and the badges above a :class:`PdfRollView`."""

    # A co-driver action asked for on the roll (a swipe: NEXT_BOX or PREV_BOX).
    action_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roadbook: Roadbook | None = None
        self._countdown = False
        self._theme: Theme = DAY
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        header.setSpacing(12)
        self.next_caption, self.next_label, self.auto_off_badge = next_box_labels()
        self.notice = QLabel(self.tr(SCAN_NOTICE))
        self.notice.setProperty("role", "status")
        self.notice.setProperty("level", "warn")
        self.notice.setWordWrap(True)
        # Over the roll, not in the header: it must be seen where the co-driver looks.
        self.paused_badge = QLabel(self.tr(PAUSED_TEXT))
        self.paused_badge.setProperty("role", "status")
        self.paused_badge.setProperty("level", "warn")
        self.paused_badge.setWordWrap(True)
        self.paused_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for badge in (self.auto_off_badge, self.paused_badge, self.notice):
            badge.setVisible(False)
        self.zoom_button = TouchButton("TouchZoom", "km", self.tr("ZOOM"), parent=self)
        self.zoom_button.pressed.connect(self.toggle_zoom)
        header.addWidget(self.next_caption, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.next_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.notice, 10, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        header.addWidget(self.auto_off_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.zoom_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(header)
        self.roll = PdfRollView(self)
        self.roll.following_changed.connect(self._show_following)
        layout.addWidget(self.roll, 1)
        self.paused_badge.setParent(self.roll)
        self.roll.set_banner(self.paused_badge)
        self.swipe = BoxSwipe(self.roll, 1)
        self.swipe.action_triggered.connect(self._swiped)
        self.set_scale(1.0)

    # -- API --------------------------------------------------------------------------------

    def set_roadbook(self, roadbook: Roadbook | None) -> str:
        """Show ``roadbook``'s PDF roll; the reason it cannot be shown, or ""."""
        self._roadbook = roadbook
        error = self.roll.set_roll(roadbook.pdf if roadbook is not None else None)
        follows = self.roll.follows_trip_meter()
        scan = roadbook is not None and roadbook.pdf is not None and not follows
        self.notice.setVisible(scan)
        self.next_caption.setVisible(not scan)
        self.next_label.setVisible(not scan)
        self.zoom_button.setVisible(self.roll.can_zoom())
        self._show_following(self.roll.is_following())
        return error

    def set_state(self, state: NavState) -> None:
        """Show the distance to the next box and bring the current box's row into view."""
        if self.roll.follows_trip_meter():
            rb = self._roadbook
            count = len(rb.boxes) if rb is not None else 0
            caption, text = next_box_header(state, count, self._countdown)
            if self.roll.is_masked() and not self._countdown:
                # the distance to the next box would give its total away
                caption, text = self.tr("MASKED PRACTICE"), ""
            set_label_text(self.next_caption, caption)
            set_label_text(self.next_label, text)
            auto_off = not state.auto_advance
            if auto_off == self.auto_off_badge.isHidden():
                self.auto_off_badge.setVisible(auto_off)
            # the navigator's box is 1-based; rows name the 0-based box they became
            self.roll.show_box(max(0, state.box - 1))

    def take_action(self, action: Action) -> bool:
        """Play a co-driver action on the roll; True when nothing else is to be done with it.

        Box keys and resume auto-advance bring the roll back to the current box and go on
        to the navigator; on a scan roll the box keys walk the rows and stop here.
        """
        if self._roadbook is None or self._roadbook.pdf is None:
            return False
        if not self.roll.follows_trip_meter():
            if action in _BOX_KEYS:
                self.roll.step(_BOX_KEYS[action])
                return True
            return False
        if action in _BOX_KEYS or action is Action.RESUME_AUTO:
            self.roll.resume()
        return False

    def toggle_zoom(self) -> None:
        """Zoom to the distance column, or back to whole pages."""
        self.roll.set_zoomed(not self.roll.is_zoomed())

    def set_countdown(self, countdown: bool) -> None:
        """Countdown mode: the odometer counts down to the box, so the header shows the total."""
        self._countdown = countdown

    def set_masked(self, masked: bool) -> None:
        """Masked practice: the rows after the current box are covered."""
        self.roll.set_masked(masked)

    def is_auto_off(self) -> bool:
        return not self.auto_off_badge.isHidden()

    def is_paused(self) -> bool:
        """Whether the paused badge shows (the roll scrolled by hand)."""
        return not self.paused_badge.isHidden()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.roll.set_theme(theme)
        self.zoom_button.set_theme(theme)

    def set_scale(self, scale: float) -> None:
        """Font sizes for a drive view ``scale`` times the 600 px reference height."""
        small = float(math.ceil(MIN_TEXT_PX * max(1.0, scale) - 0.01))
        self.next_caption.setFont(ui_font(max(small, 16 * scale), bold=True))
        self.next_label.setFont(ui_font(40 * scale, bold=True))
        reserve_width(self.next_label, "888.88 km")
        for badge in (self.auto_off_badge, self.paused_badge):
            badge.setFont(ui_font(max(small, 20 * scale), bold=True))
        self.roll.set_banner(self.paused_badge)
        self.notice.setFont(ui_font(max(small, 18 * scale), bold=True))
        self.roll.set_scale(scale)

    def set_touch(self, side: int, swipe_step: int) -> None:
        """The touch controls' side (the zoom control takes it) and the swipe's step."""
        self.zoom_button.set_side(side)
        self.swipe.set_step(swipe_step)

    # -- internals --------------------------------------------------------------------------

    def _show_following(self, following: bool) -> None:
        paused = self.roll.follows_trip_meter() and not following
        if paused == self.paused_badge.isHidden():
            self.paused_badge.setVisible(paused)

    def _swiped(self, action: Action) -> None:
        # A reverse roadbook is read upwards: the finger going down brings the next box.
        roll = self.roll.roll()
        if roll is not None and roll.reverse:
            action = Action.PREV_BOX if action is Action.NEXT_BOX else Action.NEXT_BOX
        self.action_requested.emit(action)

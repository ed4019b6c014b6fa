"""The settings dialog: remote and key bindings, trip meter options, sound (stored by
:mod:`navapp.gui.shell.settings`)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from navapp.core.declination import CapReference
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.remote import (
    DEFAULT_HOLD_MS,
    DEFAULT_KEYMAP,
    DEFAULT_REPEAT_MS,
    REPEATING,
    Action,
    KeyBinding,
    KeyMap,
    Press,
)
from navapp.gui.common.map_sources import MapSources
from navapp.gui.common.night import follow_theme, themed_colour
from navapp.gui.common.screen import fit_to_screen
from navapp.gui.shell.cap_reference_box import CapReferenceBox
from navapp.gui.shell.language_page import LanguagePage
from navapp.gui.shell.maps_settings_page import MapsPage
from navapp.gui.shell.remote import key_label, key_name
from navapp.gui.shell.settings import (
    CALIBRATION_RANGE_PCT,
    HOLD_RANGE_MS,
    REPEAT_RANGE_MS,
    STEPS_KM,
    ZONE_TOLERANCE_RANGE_KMH,
    SoundSettings,
    TripSettings,
    load_cap_reference,
    load_keymap,
    load_timing,
    load_touch_controls,
    save_cap_reference,
    save_keymap,
    save_timing,
    save_touch_controls,
)
from navapp.gui.shell.sound_settings_page import SoundPage

#: Base font size of the dialog: readable on a tablet at arm's length in a moving car.
FONT_PT = 14
ROW_PX = 46
ERROR_COLOR = "#b3261e"


# -- Remote & keys ---------------------------------------------------------------------------

ACTIONS: tuple[Action, ...] = tuple(Action)
_COLUMNS = {1: Press.SHORT, 2: Press.HOLD}
_START_CAPTURE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F2}
_CLEAR_KEYS = {Qt.Key.Key_Backspace, Qt.Key.Key_Delete}
CAPTURE_TEXT = QT_TRANSLATE_NOOP("RemotePage", "press a key…")


class RemotePage(QWidget):
    """Actions × (short press, hold) keys; click a cell and press a key to add it there."""

    # The key map shown changed (the new KeyMap).
    keymap_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keymap = DEFAULT_KEYMAP
        self._capture: tuple[Action, Press] | None = None

        self.table = QTableWidget(len(ACTIONS), 3, self)
        # the greyed-out cells take their colour when filled: fill them again on a switch
        follow_theme(self.table, lambda _t: self._refresh())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Short press"), self.tr("Hold")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.installEventFilter(self)

        self.hint = QLabel(
            self.tr(
                "Click a cell (or press Enter on it), then press the key. "
                "Esc cancels, Backspace clears."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(ROW_PX)  # room for two lines, so the table never jumps

        self.hold_ms = QSpinBox(self)
        self.hold_ms.setRange(*HOLD_RANGE_MS)
        self.hold_ms.setSingleStep(50)
        self.hold_ms.setSuffix(" ms")
        self.repeat_ms = QSpinBox(self)
        self.repeat_ms.setRange(*REPEAT_RANGE_MS)
        self.repeat_ms.setSingleStep(10)
        self.repeat_ms.setSuffix(" ms")
        self.defaults_button = QPushButton(self.tr("Restore defaults"), self)
        self.touch_controls = QCheckBox(
            self.tr("Touch controls on the drive screen (off: keys and remote only)"), self
        )
        self.touch_controls.setChecked(True)
        self.defaults_button.clicked.connect(self.restore_defaults)

        timing = QHBoxLayout()
        for text, spin in (
            (self.tr("Hold after"), self.hold_ms),
            (self.tr("Repeat every"), self.repeat_ms),
        ):
            label = QLabel(text, self)
            label.setBuddy(spin)
            timing.addWidget(label)
            timing.addWidget(spin)
            timing.addSpacing(16)
        timing.addStretch(1)
        timing.addWidget(self.defaults_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(timing)
        layout.addWidget(self.touch_controls)

        self.set_timing(DEFAULT_HOLD_MS, DEFAULT_REPEAT_MS)
        self.set_keymap(DEFAULT_KEYMAP)

    # -- state ---------------------------------------------------------------------------

    def keymap(self) -> KeyMap:
        """The key map as edited."""
        return self._keymap

    def set_keymap(self, keymap: KeyMap) -> None:
        """Show ``keymap``."""
        self._capture = None
        self._keymap = keymap
        self._refresh()
        self.keymap_changed.emit(keymap)

    def set_timing(self, hold_ms: int, repeat_ms: int) -> None:
        """Show the hold time and repeat interval (ms)."""
        self.hold_ms.setValue(hold_ms)
        self.repeat_ms.setValue(repeat_ms)

    def restore_defaults(self) -> None:
        """Back to the default keys, hold time and repeat interval."""
        self.set_keymap(DEFAULT_KEYMAP)
        self.set_timing(DEFAULT_HOLD_MS, DEFAULT_REPEAT_MS)
        self._say(self.tr("Default keys restored."))

    def capturing(self) -> tuple[Action, Press] | None:
        """The cell waiting for a key, if any."""
        return self._capture

    def start_capture(self, action: Action, press: Press) -> None:
        """Wait for a key to add to ``action``'s ``press`` cell."""
        self._capture = (action, press)
        self._refresh()
        row, col = ACTIONS.index(action), 1 if press is Press.SHORT else 2
        self.table.setCurrentCell(row, col)
        # The current cell stays (keyboard use) but unselected, so its capture colour shows.
        self.table.clearSelection()
        self.table.scrollTo(self.table.model().index(row, col))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if press is Press.SHORT:
            ask = self.tr("Press the key for “{action}” (short press).")
        else:
            ask = self.tr("Press the key for “{action}” (hold).")
        self._say(ask.format(action=action.label))

    def cancel_capture(self) -> None:
        """Stop waiting for a key; nothing changes."""
        if self._capture is not None:
            self._capture = None
            self._refresh()
            self._say("")

    def bind(self, action: Action, binding: KeyBinding) -> bool:
        """Add ``binding`` to ``action`` unless it conflicts (then say why and return False)."""
        self._capture = None
        if self._keymap.get(binding) is action:
            self._refresh()
            already = self.tr("{key} is already set for “{action}”.")
            self._say(already.format(key=key_label(binding.key), action=action.label))
            return True
        problem = self._keymap.conflict(binding, action, key_label)
        if problem is not None:
            self._refresh()
            self._say(
                self.tr("{problem} Clear it there first.").format(problem=problem), error=True
            )
            return False
        self.set_keymap(self._keymap.with_binding(binding, action))
        self._say(
            self.tr("{key} set for “{action}”.").format(
                key=key_label(binding.key), action=action.label
            )
        )
        return True

    def clear(self, action: Action, press: Press) -> None:
        """Remove every key of ``action``'s ``press`` cell."""
        self._capture = None
        gone = [KeyBinding(k, press) for k in self._keymap.keys_for(action, press)]
        self.set_keymap(self._keymap.without(*gone))
        self._say(self.tr("Cleared “{action}”.").format(action=action.label) if gone else "")

    # -- display -------------------------------------------------------------------------

    def cell_text(self, action: Action, press: Press) -> str:
        """What the cell of ``action`` × ``press`` shows."""
        if self._capture == (action, press):
            return QCoreApplication.translate("RemotePage", CAPTURE_TEXT)
        keys = self._keymap.keys_for(action, press)
        if keys:
            return ",  ".join(key_label(k) for k in keys)
        if press is Press.HOLD and action in REPEATING:
            return self.tr("repeats")
        return ""

    def _refresh(self) -> None:
        grey = self.palette().placeholderText().color()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # Item fonts derive from the table's: an item's own default font is the application's.
        bold, italic = QFont(self.table.font()), QFont(self.table.font())
        bold.setBold(True)
        italic.setItalic(True)
        for row, action in enumerate(ACTIONS):
            name = QTableWidgetItem(action.label)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setFont(bold)
            self.table.setItem(row, 0, name)
            for col, press in _COLUMNS.items():
                item = QTableWidgetItem(self.cell_text(action, press))
                item.setFlags(flags)
                keys = self._keymap.keys_for(action, press)
                item.setToolTip(", ".join(keys))
                if self._capture == (action, press):
                    item.setBackground(QColor("#ffe08a"))
                    item.setForeground(QColor("#000000"))
                elif not keys:
                    item.setForeground(grey)
                    item.setFont(italic)
                self.table.setItem(row, col, item)

    def _say(self, text: str, error: bool = False) -> None:
        # Palette and font rather than a style sheet: a widget's own style sheet drops the
        # dialog's large font.
        self.message.setText(text)
        palette = self.palette()
        if error:
            palette.setColor(QPalette.ColorRole.WindowText, themed_colour(ERROR_COLOR, "danger"))
        self.message.setPalette(palette)
        font = QFont(self.font())
        font.setBold(error)
        self.message.setFont(font)

    # -- input ---------------------------------------------------------------------------

    def _cell_clicked(self, row: int, col: int) -> None:
        if col in _COLUMNS:
            self.start_capture(ACTIONS[row], _COLUMNS[col])
        else:
            self.cancel_capture()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While capturing, every key goes to the capture (Escape and Return included)."""
        etype = event.type()
        if etype == QEvent.Type.FocusOut and self._capture is not None:
            self.cancel_capture()
            return False
        if etype == QEvent.Type.ShortcutOverride and self._capture is not None:
            event.accept()  # no shortcut may steal the key being captured
            return True
        if etype != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if self._capture is None:
            return self._navigation_key(event)
        if event.isAutoRepeat():
            return True
        action, press = self._capture
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_capture()
        elif event.key() in _CLEAR_KEYS:
            self.clear(action, press)
        else:
            name = key_name(event)
            if name is not None:  # None: a lone modifier, wait for the key itself
                self.bind(action, KeyBinding(name, press))
        return True

    def _navigation_key(self, event: QKeyEvent) -> bool:
        col = self.table.currentColumn()
        if col not in _COLUMNS or self.table.currentRow() < 0:
            return False
        action, press = ACTIONS[self.table.currentRow()], _COLUMNS[col]
        if event.key() in _START_CAPTURE_KEYS:
            self.start_capture(action, press)
            return True
        if event.key() in _CLEAR_KEYS:
            self.clear(action, press)
            return True
        return False


# -- Trip meter ------------------------------------------------------------------------------


class TripPage(QWidget):
    """Trip meter and speed zone options."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = QComboBox(self)
        for step in STEPS_KM:
            self.step.addItem(f"{step:.2f} km", step)
        self.calibration = QDoubleSpinBox(self)
        self.calibration.setRange(*CALIBRATION_RANGE_PCT)
        self.calibration.setDecimals(2)
        self.calibration.setSingleStep(0.1)
        self.calibration.setSuffix(" %")
        self.decimals = QComboBox(self)
        self.decimals.addItem(self.tr("Hundredths (12.34)"), 2)
        self.decimals.addItem(self.tr("Tenths (12.3)"), 1)
        self.units = QComboBox(self)
        self.units.addItem(self.tr("Kilometres"), False)
        self.units.addItem(self.tr("Miles"), True)
        self.countdown = QCheckBox(self.tr("Show the distance left to the next box"), self)
        self.reset_on_validation = QCheckBox(
            self.tr("Set the trip to the box distance on validation"), self
        )
        self.zone_tolerance = QSpinBox(self)
        self.zone_tolerance.setRange(*ZONE_TOLERANCE_RANGE_KMH)
        self.zone_tolerance.setSuffix(" km/h")

        note = QLabel(
            self.tr(
                "The correction step is what one press of Trip + or Trip − adds. Calibration "
                "scales the GPS distance: +1.00 % adds 10 m per km."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(24)
        for text, field in (
            (self.tr("Correction step"), self.step),
            (self.tr("Calibration"), self.calibration),
            (self.tr("Decimals"), self.decimals),
            (self.tr("Units"), self.units),
            (self.tr("Countdown"), self.countdown),
            (self.tr("Waypoints"), self.reset_on_validation),
            (self.tr("Speed zone tolerance"), self.zone_tolerance),
        ):
            # As tall as the fields and centred: a bare label sits at the top of its row.
            label = QLabel(text, self)
            label.setMinimumHeight(40)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            form.addRow(label, field)
        for field in (self.step, self.calibration, self.decimals, self.units, self.zone_tolerance):
            field.setMinimumWidth(260)
        self.cap_reference = CapReferenceBox(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.cap_reference)
        layout.addSpacing(12)
        layout.addWidget(note)
        layout.addStretch(1)
        self.set_values(TripSettings())

    def values(self) -> TripSettings:
        """The options as edited."""
        return TripSettings(
            step_km=float(self.step.currentData()),
            calibration_pct=round(self.calibration.value(), 2),
            decimals=int(self.decimals.currentData()),
            miles=bool(self.units.currentData()),
            countdown=self.countdown.isChecked(),
            reset_on_validation=self.reset_on_validation.isChecked(),
            zone_tolerance_kmh=float(self.zone_tolerance.value()),
        )

    def set_values(self, trip: TripSettings) -> None:
        """Show ``trip``."""
        self.step.setCurrentIndex(max(0, self.step.findData(trip.step_km)))
        self.calibration.setValue(trip.calibration_pct)
        self.decimals.setCurrentIndex(max(0, self.decimals.findData(trip.decimals)))
        self.units.setCurrentIndex(1 if trip.miles else 0)
        self.countdown.setChecked(trip.countdown)
        self.reset_on_validation.setChecked(trip.reset_on_validation)
        self.zone_tolerance.setValue(round(trip.zone_tolerance_kmh))


# -- the dialog ------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Settings: "Remote & keys", "Trip meter", "Sound" and "Maps" pages, read from and saved
    to QSettings (the maps through the app's map choice, or ``maps`` when given)."""

    # The settings were saved (the main window re-reads them).
    saved = Signal()

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, maps: MapSources | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(
            "QTabBar::tab { padding: 10px 28px; }"
            # the page shown is marked plainly: at night Qt's own tabs all look alike
            "QTabBar::tab:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            # Qt's style fills the pane with the button colour: a wide brown sheet at night
            "QTabWidget::pane { background: palette(window); border: 1px solid palette(mid); }"
            "QComboBox, QAbstractSpinBox, QPushButton { min-height: 40px; }"
            "QPushButton { padding: 0 18px; }"
            "QCheckBox { min-height: 40px; }"
            "QCheckBox::indicator { width: 24px; height: 24px; }"
        )

        self.remote_page = RemotePage(self)
        self.trip_page = TripPage(self)
        self.sound_page = SoundPage(self)
        self.maps_page = MapsPage(maps, self)
        self.language_page = LanguagePage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.remote_page, self.tr("Remote && keys"))
        self.tabs.addTab(self.trip_page, self.tr("Trip meter"))
        self.tabs.addTab(self.sound_page, self.tr("Sound"))
        self.tabs.addTab(self.maps_page, self.tr("Maps"))
        self.tabs.addTab(self.language_page, self.tr("Language"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # The pages scroll when the screen is too small for them, so Save stays on screen.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidget(self.tabs)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Up and down only: every page fits the width of a 1024×600 screen, yet while the
        # dialog first lays out a stale horizontal bar would flash under the pages. The
        # dialog is never narrower than the widest page, so nothing is cut off at the side.
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.addWidget(self.page_scroll, 1)
        layout.addWidget(self.buttons)

        # Every widget gets the large font itself: item views and dialog buttons take a
        # per-class font from the platform theme instead of inheriting the dialog's.
        font = QFont(self.font())
        font.setPointSize(FONT_PT)
        for widget in (self, *self.findChildren(QWidget)):
            widget.setFont(font)
        self.warnings = self.load()
        self._fit_pages_across()
        fit_to_screen(self, (960, 720))

    def _fit_pages_across(self) -> None:
        """Never narrower than the widest page and the bar beside it (no bar across)."""
        for widget in (self, *self.findChildren(QWidget)):
            widget.ensurePolished()  # the style's fonts and margins count in the widths
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            layout = page.layout() if page is not None else None
            if layout is not None:
                layout.activate()  # a page not shown yet has not measured itself
        self.tabs.updateGeometry()
        bar = self.page_scroll.verticalScrollBar().sizeHint().width()
        self.page_scroll.setMinimumWidth(self.tabs.minimumSizeHint().width() + bar)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_pages_across()
        super().showEvent(event)

    def load(self) -> list[str]:
        """Show the values saved in the settings; warnings about unreadable key bindings."""
        keymap, warnings = load_keymap(self._settings)
        self.remote_page.set_keymap(keymap)
        self.remote_page.set_timing(*load_timing(self._settings))
        self.remote_page.touch_controls.setChecked(load_touch_controls(self._settings))
        self.trip_page.set_values(TripSettings.load(self._settings))
        self.trip_page.cap_reference.set_values(load_cap_reference(self._settings))
        self.sound_page.set_values(SoundSettings.load(self._settings))
        self.maps_page.load()
        self.language_page.load(self._settings)
        if warnings:
            self.remote_page.message.setText("\n".join(warnings))
        return warnings

    def save(self) -> None:
        """Write every value to the settings."""
        save_keymap(self._settings, self.keymap())
        save_timing(self._settings, self.hold_ms(), self.repeat_ms())
        save_touch_controls(self._settings, self.touch_controls())
        self.trip_settings().save(self._settings)
        save_cap_reference(self._settings, self.cap_reference())
        self.sound_settings().save(self._settings)
        self.maps_page.save()
        self.language_page.save(self._settings)
        self._settings.sync()
        self.saved.emit()

    def accept(self) -> None:
        """Save, then close."""
        self.save()
        super().accept()

    def keymap(self) -> KeyMap:
        """The key map as edited."""
        return self.remote_page.keymap()

    def hold_ms(self) -> int:
        """The hold time as edited (ms)."""
        return self.remote_page.hold_ms.value()

    def repeat_ms(self) -> int:
        """The repeat interval as edited (ms)."""
        return self.remote_page.repeat_ms.value()

    def touch_controls(self) -> bool:
        """Whether the drive screen shows its touch controls, as edited."""
        return self.remote_page.touch_controls.isChecked()

    def trip_settings(self) -> TripSettings:
        """The trip meter options as edited."""
        return self.trip_page.values()

    def cap_reference(self) -> CapReference:
        """Which north CAP and course are shown from, as edited."""
        return self.trip_page.cap_reference.values()

    def sound_settings(self) -> SoundSettings:
        """The sound settings as edited."""
        return self.sound_page.values()

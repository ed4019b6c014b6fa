"""Choosing the GPS source: replay file, serial NMEA, gpsd or the system's position service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtPositioning import QGeoPositionInfoSource
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from navapp.gps.replay import MAX_SPEED, MIN_SPEED
from navapp.gui.common.file_filters import drive_filter
from navapp.gui.common.night import themed_style
from navapp.gui.common.screen import fit_to_screen
from navapp.gui.common.theme import DAY
from navapp.gui.gps.sources import BAUD_RATES, QtFixSource, available_ports, make_source
from navapp.gui.shell.settings import KINDS, SourceConfig
from navapp.io.errors import InputError


class SourceDialog(QDialog):
    """A dialog with one tab per source kind; the current tab is the kind chosen.

    It opens on the choice stored in ``settings`` and, on OK, builds the source with
    :func:`~navapp.gui.gps.sources.make_source` (a bad replay file shows its one-line error in
    the dialog instead of closing it), stores the choice and keeps the source for
    :meth:`source`. ``ports`` lists the serial ports (injectable for tests).
    """

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        ports: Callable[[], list[str]] = available_ports,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("GPS source"))
        self._settings = settings
        self._ports = ports
        self._source: QtFixSource | None = None

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

        # Replay a recorded drive.
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("a GPX track, NMEA log, FIT or IGC file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.speed_spin = QSpinBox()
        self.speed_spin.setRange(int(MIN_SPEED), int(MAX_SPEED))
        self.speed_spin.setSuffix("×")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        replay = QWidget()
        form = QFormLayout(replay)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Speed"), self.speed_spin)
        self.tabs.addTab(replay, self.tr("Replay file"))

        # NMEA from a serial port.
        self.port_combo = QComboBox()
        self.port_combo.setEditable(True)  # a port not listed (a pty, a Bluetooth rfcomm)
        self.port_combo.setMinimumContentsLength(16)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_ports)
        self.baud_combo = QComboBox()
        for baud in BAUD_RATES:
            self.baud_combo.addItem(str(baud), baud)
        row = QHBoxLayout()
        row.addWidget(self.port_combo, 1)
        row.addWidget(self.refresh_button)
        serial = QWidget()
        form = QFormLayout(serial)
        form.addRow(self.tr("Port"), row)
        form.addRow(self.tr("Baud rate"), self.baud_combo)
        self.tabs.addTab(serial, self.tr("Serial NMEA"))

        # A gpsd daemon.
        self.host_edit = QLineEdit()
        self.tcp_port_spin = QSpinBox()
        self.tcp_port_spin.setRange(1, 65535)
        gpsd = QWidget()
        form = QFormLayout(gpsd)
        form.addRow(self.tr("Host"), self.host_edit)
        form.addRow(self.tr("Port"), self.tcp_port_spin)
        self.tabs.addTab(gpsd, "gpsd")

        # The operating system's position service.
        backends = QGeoPositionInfoSource.availableSources()
        system = QWidget()
        layout = QVBoxLayout(system)
        text = self.tr("The position service of the operating system (Qt Positioning).")
        text += "\n" + (
            self.tr("Available here: {services}.").format(services=", ".join(backends))
            if backends
            else self.tr("No position service is available on this machine.")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
        self.tabs.addTab(system, self.tr("System position"))

        self.error_label = QLabel()
        themed_style(self.error_label, lambda t: f"color: {'#c62828' if t is DAY else t.danger};")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)
        fit_to_screen(self)

        self.refresh_ports()
        self.set_config(SourceConfig.load(settings))
        self.tabs.currentChanged.connect(self._changed)
        self.path_edit.textChanged.connect(self._changed)
        self.port_combo.currentTextChanged.connect(self._changed)
        self.host_edit.textChanged.connect(self._changed)
        self._changed()

    def refresh_ports(self) -> None:
        """Fill the port list again, keeping the port typed or chosen."""
        current = self.port_combo.currentText()
        self.port_combo.clear()
        self.port_combo.addItems(self._ports())
        self.port_combo.setCurrentText(current)

    def set_config(self, config: SourceConfig) -> None:
        """Show ``config`` in the widgets."""
        self.tabs.setCurrentIndex(KINDS.index(config.kind) if config.kind in KINDS else 0)
        self.path_edit.setText(config.path)
        self.speed_spin.setValue(round(config.speed))
        self.port_combo.setCurrentText(config.port)
        index = self.baud_combo.findData(config.baud)
        if index < 0:  # a rate typed into the settings file by hand
            self.baud_combo.addItem(str(config.baud), config.baud)
            index = self.baud_combo.count() - 1
        self.baud_combo.setCurrentIndex(index)
        self.host_edit.setText(config.host)
        self.tcp_port_spin.setValue(config.tcp_port)

    def config(self) -> SourceConfig:
        """The choice the widgets show."""
        return SourceConfig(
            kind=KINDS[self.tabs.currentIndex()],
            path=self.path_edit.text().strip(),
            speed=float(self.speed_spin.value()),
            port=self.port_combo.currentText().strip(),
            baud=int(self.baud_combo.currentData()),
            host=self.host_edit.text().strip() or SourceConfig.host,
            tcp_port=self.tcp_port_spin.value(),
        )

    def source(self) -> QtFixSource | None:
        """The source built on OK (not started; the caller owns it), None before that."""
        return self._source

    def show_error(self, text: str) -> None:
        """Show a one-line error under the tabs (the full text as a tooltip)."""
        line = text.splitlines()[0] if text else ""
        self.error_label.setText(line)
        self.error_label.setToolTip(text)
        self.error_label.setVisible(bool(line))

    def accept(self) -> None:
        config = self.config()
        try:
            source = make_source(config)
        except InputError as e:
            self.show_error(str(e))
            return
        self._source = source
        config.save(self._settings)
        super().accept()

    def _changed(self) -> None:
        kind = KINDS[self.tabs.currentIndex()]
        ok = True
        if kind == "replay":
            ok = bool(self.path_edit.text().strip())
        elif kind == "serial":
            ok = bool(self.port_combo.currentText().strip())
        elif kind == "gpsd":
            ok = bool(self.host_edit.text().strip())
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)
        self.show_error("")

    def _browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Replay a recorded drive"), start, drive_filter()
        )
        if path:
            self.path_edit.setText(path)

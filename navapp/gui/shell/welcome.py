"""The first-run page: the demo stage, a GPS source and the remote set-up, one large button
each, all reachable by keyboard. Shown once, on the first start with no roadbook asked for, no
recent roadbook and no saved settings; Help › Welcome shows it again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from navapp.gui.common.screen import fit_to_screen
from navapp.gui.shell.settings import load_recent

if TYPE_CHECKING:
    from navapp.gui.shell.main_window import MainWindow

# Set once the page has been shown, so that it is not shown again on its own.
WELCOME_SHOWN_KEY = "welcome/shown"
# Large enough for a gloved finger on a 1024×600 tablet, and to read from the seat.
BUTTON_HEIGHT_PX = 64


def is_first_run(settings: QSettings) -> bool:
    """No recent roadbook, no saved settings, and the page not shown before."""
    return not load_recent(settings) and not settings.allKeys()


class WelcomePage(QDialog):
    """What a newcomer can do first, on ``window``; each button closes the page and does it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setWindowTitle(self.tr("Welcome to navapp"))
        title = QLabel(self.tr("Welcome to navapp"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Follow a rally-raid roadbook with trip meters, CAP and waypoints, fed by a GPS "
                "or a recorded drive. Every action works from the keyboard or a remote. "
                "Help › User guide (F1) tells more."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.demo_button = self._button(
            self.tr("Open the &demo stage\nErg Chebbi practice stage, its recorded drive replaying")
        )
        self.gps_button = self._button(
            self.tr(
                "Choose a &GPS source…\nSerial receiver, gpsd, the system's position or a replay"
            )
        )
        self.remote_button = self._button(
            self.tr("Set up the &remote and keys…\nWhich button does what, hold and repeat times")
        )
        self.open_button = self._button(self.tr("&Open a roadbook…"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        for button in (self.demo_button, self.gps_button, self.remote_button, self.open_button):
            layout.addWidget(button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)  # a taller window keeps the page together at its top
        self.demo_button.clicked.connect(lambda: self._then(self.open_demo))
        self.gps_button.clicked.connect(lambda: self._then(window.choose_source))
        self.remote_button.clicked.connect(lambda: self._then(window.open_settings))
        self.open_button.clicked.connect(lambda: self._then(window.open_dialog))
        self.close_button.clicked.connect(self.reject)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()
        fit_to_screen(self, (640, 520))

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(BUTTON_HEIGHT_PX)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        button.setFont(font)
        button.setAutoDefault(True)  # Enter presses the button with the focus
        return button

    def _then(self, do: object) -> None:
        self.accept()
        assert callable(do)
        do()

    def open_demo(self) -> None:
        """The bundled demo stage, its recorded drive replaying at 5×."""
        from navapp.gui.shell.app import open_main_window

        open_main_window(None, window=self._window)


def open_welcome(window: MainWindow) -> WelcomePage:
    """The page, shown without blocking over ``window``; remembered as shown."""
    page = WelcomePage(window)
    page.finished.connect(page.deleteLater)
    page.show()
    window._settings.setValue(WELCOME_SHOWN_KEY, True)
    return page

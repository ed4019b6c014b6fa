"""Help › User guide: the short guide shipped with navapp, in a window with a search field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from navapp.gui.common.screen import fit_to_screen
from navapp.paths import resources_dir


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (two letters; the default locale's when None):
    resources/help/guide.<language>.html when there is one, else resources/help/guide.html."""
    help_dir = resources_dir() / "help"
    lang = (language if language is not None else QLocale().name())[:2].lower()
    translated = help_dir / f"guide.{lang}.html"
    return translated if lang and translated.is_file() else help_dir / "guide.html"


def guide_html(language: str | None = None) -> str:
    """The guide's HTML, in ``language`` where it is translated (see :func:`guide_path`)."""
    return guide_path(language).read_text("utf-8")


class UserGuide(QDialog):
    """The guide, readable by keyboard (Tab to the text, arrows and Page keys scroll it);
    Ctrl+F goes to the search field, Enter finds the next place, from the top again at the end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("navapp user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # nothing in the guide leaves the app
        self.browser.setHtml(guide_html())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find in the guide"))
        self.search.setClearButtonEnabled(True)
        self.next_button = QPushButton(self.tr("Find &next"), self)
        self.found = QLabel(self)
        close = QPushButton(self.tr("&Close"), self)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.found)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.search.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        fit_to_screen(self, (760, 720))

    def find_next(self) -> bool:
        """Select the next place the search text is in the guide; whether there is one."""
        text = self.search.text().strip()
        if not text:
            self.found.clear()
            return False
        flags = QTextDocument.FindFlag(0)
        hit = self.browser.find(text, flags)
        if not hit:
            # From the top again.
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            hit = self.browser.find(text, flags)
        self.found.setText("" if hit else self.tr("Not found"))
        return hit


def open_user_guide(parent: QWidget) -> UserGuide:
    """The guide, shown without blocking; it deletes itself when closed."""
    guide = UserGuide(parent)
    guide.finished.connect(guide.deleteLater)
    guide.show()
    return guide

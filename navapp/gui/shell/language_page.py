"""The Language page of the settings: the language navapp speaks (the system's unless chosen),
with a sample of how figures, dates and times will read in it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTime
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from navapp.gui.common.language import (
    LANGUAGES,
    SYSTEM,
    chosen_language,
    resolve,
    save_language,
)

# The sample: a review figure, a date and a time of day, as the chosen locale writes them.
_SAMPLE_KM = 1234.56
_SAMPLE_DATE = QDate(2026, 1, 9)
_SAMPLE_TIME = QTime(14, 5, 30)


def sample_text(locale: QLocale) -> str:
    """How a distance, a date and a time read in ``locale``."""
    return "{number} km · {date} · {time}".format(
        number=locale.toString(_SAMPLE_KM, "f", 2),
        date=locale.toString(_SAMPLE_DATE, QLocale.FormatType.LongFormat),
        time=locale.toString(_SAMPLE_TIME, "HH:mm:ss"),
    )


class LanguagePage(QWidget):
    """The language choice, kept on :meth:`save`; it takes effect when navapp starts again."""

    def __init__(self, parent: QWidget | None = None, system: QLocale | None = None) -> None:
        super().__init__(parent)
        self._system = system if system is not None else QLocale.system()
        own, _ = resolve(SYSTEM, self._system)
        self.choice = QComboBox(self)
        self.choice.setObjectName("languageChoice")
        self.choice.addItem(
            self.tr("System language ({language})").format(language=LANGUAGES[own]), SYSTEM
        )
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.sample = QLabel(self)
        self.sample.setObjectName("languageSample")
        note = QLabel(
            self.tr(
                "navapp speaks the chosen language from its next start. Rally terms (CAP, DSS,"
                " ASS, WPM, DZ…) stay as crews use them; trip meters and roadbook boxes keep"
                " the decimal point, as printed roadbooks and trip meters do."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.choice)
        form.addRow(self.tr("Figures and dates"), self.sample)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(self._show_sample)
        self._show_sample()

    def code(self) -> str:
        """The language as chosen (:data:`SYSTEM` for the system's)."""
        value = self.choice.currentData(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, str) else SYSTEM

    def load(self, settings: QSettings) -> None:
        """Show the saved choice."""
        index = self.choice.findData(chosen_language(settings))
        self.choice.setCurrentIndex(max(0, index))

    def save(self, settings: QSettings) -> None:
        """Keep the choice for the next start."""
        save_language(settings, self.code())

    def _show_sample(self) -> None:
        _, locale = resolve(self.code(), self._system)
        self.sample.setText(sample_text(locale))

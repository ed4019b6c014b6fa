"""The language navapp speaks: the system's or the one chosen in the settings.

navapp's translations are Qt message files (``resources/translations/navapp_<code>.qm``,
built from ``translations/navapp_<code>.ts`` as the app is installed). Qt's own
(``qtbase_<code>.qm``, shipped with Qt) translate its standard buttons and dialogs. The core's
messages are routed through the same translators (:mod:`navapp.core.i18n`).

The language is chosen once, as the app starts, before any window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from navapp.core import i18n
from navapp.paths import resources_dir

LANGUAGE_KEY = "language"
SYSTEM = ""  # the setting's value for "the system's language"

# The languages navapp speaks, each named in itself: a crew finds its own in any language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "de": "Deutsch",
    "nl": "Nederlands",
}


@dataclass(frozen=True)
class Language:
    """The language in use (its code) and what went wrong choosing it."""

    code: str
    warning: str = ""


def translations_dir() -> Path:
    """Where the built message files are."""
    return resources_dir() / "translations"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in the settings, or :data:`SYSTEM`."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def save_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` (:data:`SYSTEM` for the system's language) for the next start."""
    settings.setValue(LANGUAGE_KEY, code if code in LANGUAGES else SYSTEM)


def resolve(code: str, system: QLocale | None = None) -> tuple[str, QLocale]:
    """The language and locale for a setting: the system's when it is :data:`SYSTEM` (English
    where navapp does not speak the system's language, its numbers still the system's)."""
    system = system if system is not None else QLocale.system()
    if code == SYSTEM:
        # The languages the user reads, in their order of preference (LANGUAGE, LC_MESSAGES…).
        spoken = [name.replace("_", "-").split("-")[0] for name in system.uiLanguages()]
        own = next((name for name in spoken if name in LANGUAGES), "en")
        return own, system
    if code == system.name().split("_")[0]:
        return code, system  # the system's own country conventions for its language
    return code, QLocale(code)


# Installed translators stay referenced here: Qt does not own them.
_installed: list[QTranslator] = []


def install_language(code: str, system: QLocale | None = None) -> Language:
    """Speak ``code`` (or the system's language) from now on: Qt's and navapp's translators,
    the default locale, and the core's translations and decimal point."""
    app = QCoreApplication.instance()
    language, locale = resolve(code, system)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale)
    warning = ""
    if language != "en" and app is not None:
        ours = QTranslator()
        path = translations_dir() / f"navapp_{language}.qm"
        if ours.load(str(path)):
            _installed.append(ours)
        else:
            name = LANGUAGES[language]
            warning = f"The {name} translation is missing ({path.name}); navapp speaks English."
            language = "en"
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own buttons: its Portuguese is Brazil's, better than English for Portugal.
        names = (f"qtbase_{language}", f"qtbase_{language}_BR")
        if language != "en" and any(qt_own.load(name, qt_dir) for name in names):
            _installed.append(qt_own)
        for translator in _installed:
            app.installTranslator(translator)
    i18n.install(
        QCoreApplication.translate if language != "en" else None,
        locale.decimalPoint() or ".",
        language,
    )
    return Language(language, warning)


def speak_in_worker(code: str, locale_name: str) -> None:
    """In a worker process of the app: translate the core's messages into ``code`` with the
    app's message files, figures as in ``locale_name`` (a :class:`QCoreApplication` is made
    for Qt's translators; no window, no event loop)."""
    if QCoreApplication.instance() is None:
        _worker_app.append(QCoreApplication(["navapp-worker"]))
    install_language(code, QLocale(locale_name))


def worker_language() -> Callable[[], None] | None:
    """What a worker process runs to speak the app's language (None: English, nothing to do)."""
    code = i18n.language()
    return None if code == "en" else partial(speak_in_worker, code, QLocale().name())


_worker_app: list[QCoreApplication] = []

"""navapp in each language it ships: the translation sources are complete and keep what must be
kept (fields, mnemonics, rally terms), and the main windows and dialogs show no English text
that has a translation.

The ``.ts`` sources in the repository are compiled here (the install builds the same files), so
the test checks what is committed, whatever was last installed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import PySide6
import pytest
from lxml import etree
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from navapp.core import i18n
from navapp.core.review import review
from navapp.gui.common import language
from navapp.gui.common.language import install_language
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook
from tests.unit.gui.test_menu_mnemonics import clashes
from tests.unit.gui.visible_texts import visible_texts

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ("fr", "es", "it", "pt", "de", "nl")
# Terms crews use in every language: a translation keeps each one its source has.
RALLY_TERMS = ("CAP", "DSS", "ASS", "WPM", "WPV", "WPS", "WPE", "WPC", "DZ", "FZ", "GPS", "km/h")
_FIELD = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n")
_TAG = re.compile(r"<[^>]+>")


def _messages(code: str) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message of a language's sources."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.parse(str(ROOT / "translations" / f"navapp_{code}.ts"), parser).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            out.append(
                (name, message.findtext("source") or "", text or "", translation.get("type"))
            )
    return out


def test_every_shipped_language_has_its_sources() -> None:
    assert sorted(p.stem for p in (ROOT / "translations").glob("navapp_*.ts")) == sorted(
        f"navapp_{code}" for code in SHIPPED
    )
    counts = {code: len(_messages(code)) for code in SHIPPED}
    assert min(counts.values()) > 500, counts
    assert len(set(counts.values())) == 1, counts  # the same texts in every language


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_is_translated_keeping_fields_mnemonics_and_rally_terms(code: str) -> None:
    problems = []
    for context, source, text, kind in _messages(code):
        where = f"{context}: {source!r} -> {text!r}"
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {where}")
            continue
        if sorted(_FIELD.findall(source)) != sorted(_FIELD.findall(text)):
            problems.append(f"fields differ: {where}")
        if sorted(_TAG.findall(source)) != sorted(_TAG.findall(text)):
            problems.append(f"HTML tags differ: {where}")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            problems.append(f"mnemonic: {where}")
        for term in RALLY_TERMS:
            if re.search(rf"\b{re.escape(term)}\b", source) and term not in text:
                problems.append(f"{term} lost: {where}")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for code in SHIPPED:
        ts = ROOT / "translations" / f"navapp_{code}.ts"
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / f"navapp_{code}.qm")], check=True
        )
    return out


@pytest.fixture
def speak(
    compiled: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Callable[[str], None]]:
    monkeypatch.setattr(language, "translations_dir", lambda: compiled)
    before = QLocale()

    def speak(code: str) -> None:
        assert install_language(code).code == code

    yield speak
    install_language("en")
    QLocale.setDefault(before)


def _untranslated(code: str) -> list[re.Pattern[str]]:
    """Patterns matching an English text (its fields filled) whose translation differs."""
    patterns = []
    for _context, source, text, _kind in _messages(code):
        words = set(re.findall("[A-Za-z]{3,}", _FIELD.sub("", source))) - set(RALLY_TERMS)
        if text and text != source and words:
            plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
            parts = _FIELD.split(plain)
            patterns.append(re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S))
    return patterns


def _windows(qtbot: QtBot, tmp_path: Path) -> Iterator[QWidget]:
    """The main windows and dialogs, each built as a user opens them."""
    from navapp.gui.editor import EditorWindow
    from navapp.gui.editor.stage_dialog import StageDialog
    from navapp.gui.gps.source_dialog import SourceDialog
    from navapp.gui.review import ReviewWindow
    from navapp.gui.shell.main_window import MainWindow
    from navapp.gui.shell.settings_dialog import SettingsDialog
    from navapp.gui.shell.welcome import WelcomePage

    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    roadbook = read_roadbook(demo_roadbook())
    drive = read_track(demo_drive())
    main = MainWindow(settings=settings, data_dir=tmp_path / "data", ask=lambda *a: True)
    qtbot.addWidget(main)
    main.set_roadbook(roadbook, str(demo_roadbook()))
    yield main
    editor = EditorWindow(settings=settings, data_dir=tmp_path / "editor", ask=lambda *a: "discard")
    qtbot.addWidget(editor)
    editor.set_roadbook(roadbook, str(demo_roadbook()))
    yield editor
    review_window = ReviewWindow(roadbook, [(drive, review(roadbook, drive))])
    qtbot.addWidget(review_window)
    yield review_window
    for dialog in (
        SettingsDialog(settings, main),
        SourceDialog(settings, main, ports=lambda: []),
        StageDialog(roadbook, editor),
        WelcomePage(main),
    ):
        qtbot.addWidget(dialog)
        yield dialog


@pytest.mark.parametrize("code", SHIPPED)
def test_no_english_left_in_the_windows_and_dialogs(
    code: str, speak: Callable[[str], None], qtbot: QtBot, tmp_path: Path
) -> None:
    speak(code)
    assert i18n.decimal_point() == ","
    english = _untranslated(code)
    # A word the language shares with English ("Trip", "Roadbook") is a translation too.
    translated = {text.replace("&", "") for _c, _s, text, _k in _messages(code)}
    left: dict[str, str] = {}
    shared_letters: list[str] = []
    for window in _windows(qtbot, tmp_path):
        for text in visible_texts(window):
            if text not in translated and any(p.match(text) for p in english):
                left.setdefault(text, type(window).__name__)
        if isinstance(window, QMainWindow):
            shared_letters += clashes(type(window).__name__, window.menuBar())
    assert not left, "\n".join(f"{where}: {text!r}" for text, where in sorted(left.items()))
    assert not shared_letters, "\n".join(shared_letters)  # Alt+letter opens one thing


def test_the_app_speaks_the_system_language_from_its_installed_translations(
    tmp_path: Path,
) -> None:
    """A German desktop: navapp starts in German with German figures, from the .qm files
    the install built (``make test`` builds them too)."""
    installed = language.translations_dir() / "navapp_de.qm"
    assert installed.is_file(), "translations not built: install navapp (or run make test)"
    script = (
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from navapp.core import i18n\n"
        "from navapp.gui.shell.app import create_application\n"
        "app = create_application(['navapp'])\n"
        "print(QLocale().name(), i18n.decimal_point())\n"
        "print(QCoreApplication.translate('LanguagePage', 'Language'))\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "de_DE.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    locale_line, word = done.stdout.splitlines()[:2]
    assert locale_line == "de_DE ,"
    assert word == "Sprache"


def test_crews_reviewed_in_worker_processes_speak_the_apps_language(tmp_path: Path) -> None:
    """The notes made in the review's worker processes read as the window's (the installed
    French message files, loaded in each worker)."""
    from functools import partial

    from navapp.core.crew_pool import CrewJob, review_crews
    from navapp.core.review import ReviewSettings
    from navapp.gui.common.language import speak_in_worker
    from tests.crew_field import loop_route, stage, write_crews

    assert (language.translations_dir() / "navapp_fr.qm").is_file(), "translations not built"
    route = loop_route()
    (good,) = write_crews(tmp_path, route, 1)
    cut = tmp_path / "cut.gpx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    job = CrewJob(stage(route), ReviewSettings(), read_track)
    english = review_crews(job, [cut], jobs=1)[0].warnings
    french_job = CrewJob(
        stage(route),
        ReviewSettings(),
        read_track,
        worker_setup=partial(speak_in_worker, "fr", "fr_FR"),
    )
    french = review_crews(french_job, [cut, cut], jobs=2)[0].warnings
    assert english and len(french) == len(english) and french != english
    assert i18n.language() == "en"  # the window's process is untouched

"""The language navapp speaks: chosen in the settings or the system's, through Qt's translators,
reaching the core's messages and the figures' decimal point."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from navapp.core import format as fmt
from navapp.core import i18n
from navapp.core.model import Units
from navapp.gui.common import language
from navapp.gui.common.language import LANGUAGES, SYSTEM, install_language, resolve
from navapp.gui.shell.language_page import LanguagePage, sample_text

pytestmark = pytest.mark.gui

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>Validate</name>
<message><source>Box {number} has no tulip</source>
<translation>La case {number} n'a pas de tulipe</translation></message>
</context>
</TS>
"""


@pytest.fixture
def english_after() -> Iterator[None]:
    before = QLocale()
    yield
    install_language("en")
    QLocale.setDefault(before)
    assert i18n.translate("Validate", "Box {number} has no tulip") == "Box {number} has no tulip"


@pytest.fixture
def french_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ts = tmp_path / "navapp_fr.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "navapp_fr.qm")], check=True
    )
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    return tmp_path


def test_the_system_language_is_spoken_where_navapp_speaks_it() -> None:
    assert resolve(SYSTEM, QLocale("fr_CA"))[0] == "fr"
    assert resolve(SYSTEM, QLocale("fr_CA"))[1].name() == "fr_CA"  # its own country's ways
    assert resolve(SYSTEM, QLocale("ja_JP"))[0] == "en"
    assert resolve("de", QLocale("fr_FR")) == ("de", QLocale("de"))
    assert resolve("fr", QLocale("fr_BE"))[1].name() == "fr_BE"


def test_french_reaches_qt_texts_the_core_and_the_decimal_point(
    qapp: object, french_qm: Path, english_after: None
) -> None:
    chosen = install_language("fr")
    assert chosen.code == "fr" and not chosen.warning
    assert QCoreApplication.translate("Validate", "Box {number} has no tulip") == (
        "La case {number} n'a pas de tulipe"
    )
    message = i18n.translate("Validate", "Box {number} has no tulip").format(number=3)
    assert message == "La case 3 n'a pas de tulipe"
    assert fmt.number(12.375, 2) == "12,38" and fmt.number(-0.5, 1, sign=True) == "\u22120,5"
    assert fmt.distance(12.34, Units.METRIC) == "12.34"  # a roadbook figure keeps its point
    assert QLocale().decimalPoint() == ","
    assert i18n.language() == "fr"


def test_a_missing_translation_falls_back_to_english_with_a_warning(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_after: None
) -> None:
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    chosen = install_language("nl")
    assert chosen.code == "en"
    assert "Nederlands" in chosen.warning and "navapp_nl.qm" in chosen.warning
    assert i18n.translate("X", "Open") == "Open"
    assert i18n.decimal_point() == ","  # Dutch figures all the same


def test_the_settings_page_keeps_the_choice_and_shows_the_figures(
    qtbot: object, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = LanguagePage(system=QLocale("es_ES"))
    assert page.choice.itemText(0) == "System language (Español)"
    assert [page.choice.itemData(i) for i in range(1, page.choice.count())] == list(LANGUAGES)
    page.load(settings)
    assert page.code() == SYSTEM
    assert ",56" in page.sample.text()  # Spanish figures
    page.choice.setCurrentIndex(page.choice.findData("en"))
    assert "1,234.56" in page.sample.text() or "1234.56" in page.sample.text()
    page.choice.setCurrentIndex(page.choice.findData("de"))
    assert "Januar" in page.sample.text() and "14:05:30" in page.sample.text()
    page.save(settings)
    assert LanguagePage(system=QLocale("es_ES")).code() == SYSTEM
    again = LanguagePage()
    again.load(settings)
    assert again.code() == "de"
    settings.setValue("language", "klingon")
    again.load(settings)
    assert again.code() == SYSTEM


def test_sample_text_in_french() -> None:
    text = sample_text(QLocale("fr_FR"))
    assert "234,56 km" in text and "janvier 2026" in text

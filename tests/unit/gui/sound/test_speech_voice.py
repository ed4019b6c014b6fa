"""The voice a call is spoken in follows the app's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from navapp.gui.sound.speech import voice_locale


def test_the_voice_speaks_the_apps_language_same_country_first() -> None:
    engine = [QLocale("en_US"), QLocale("fr_CA"), QLocale("fr_FR"), QLocale("de_DE")]
    assert voice_locale(engine, QLocale("fr_FR")) == QLocale("fr_FR")
    assert voice_locale(engine, QLocale("fr_BE")) == QLocale("fr_CA")  # a French voice all the same
    assert voice_locale(engine, QLocale("de_AT")) == QLocale("de_DE")
    assert voice_locale(engine, QLocale("nl_NL")) is None  # the engine's own voice stays
    assert voice_locale([], QLocale("it_IT")) is None

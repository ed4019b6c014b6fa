"""A translator that marks every text it is asked for as ``⟦text⟧``: a text shown without the
marks never went through Qt's translation (or the core's, routed through Qt's here)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from navapp.core import i18n

OPEN, CLOSE = "⟦", "⟧"


class Marking(QTranslator):
    """Every text comes back marked, whatever its context."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[Marking]:
    """The marking translator, installed on the app and behind the core's texts."""
    translator = Marking()
    assert qapp.installTranslator(translator)
    i18n.install(lambda c, s, d=None, n=-1: translator.translate(c, s, d, n))
    try:
        yield translator
    finally:
        i18n.install(None)
        qapp.removeTranslator(translator)

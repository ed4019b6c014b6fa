"""A stand-in co-driver for the editor tests: answers the editor's questions from a queue and
types into its fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot


class Ask:
    """An injected ``ask``: answers from a queue, remembers the questions."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> str:
        self.asked.append((title, text))
        return self.answers.pop(0) if self.answers else "cancel"


def type_into(qtbot: QtBot, field: Any, text: str) -> None:
    """Type like a person: select all, type, Enter."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)

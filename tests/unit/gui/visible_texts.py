"""Every text a user can read in a window or dialog: labels, buttons, menus and their actions,
titles, tabs, group boxes, combo items, placeholders, tooltips, table headers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    """A label's text without HTML tags, mnemonic ampersands or a menu item's keys."""
    text = text.split("\t")[0]
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _action_texts(action: QAction, seen: set[int]) -> Iterator[str]:
    if id(action) in seen:
        return
    seen.add(id(action))
    yield action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield menu.title()
        for sub in menu.actions():
            yield from _action_texts(sub, seen)


def _header_texts(view: QTableView | QTreeView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for section in range(model.columnCount(QModelIndex())):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def raw_texts(root: QWidget) -> Iterator[str]:
    """Every text of ``root`` and the widgets and actions in it."""
    seen: set[int] = set()
    yield root.windowTitle()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from _action_texts(action, seen)
    for widget in (root, *root.findChildren(QWidget)):
        yield widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            yield from (widget.itemText(i) for i in range(min(widget.count(), 40)))
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield widget.tabText(i)
                yield widget.tabToolTip(i)
        elif isinstance(widget, (QTableView, QTreeView)):
            yield from _header_texts(widget)
        for action in widget.actions():
            yield from _action_texts(action, seen)


def visible_texts(root: QWidget) -> set[str]:
    """The distinct non-empty texts of ``root``, plain (no tags, no mnemonics)."""
    return {t for t in (_plain(text) for text in raw_texts(root) if text) if t}

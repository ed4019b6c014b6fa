"""The tulip editor's symbol palette: the library by category, with a filter box.

One icon list holds every symbol in library order; a row of category buttons ("All",
"Dangers", "Roads"…) and the filter box hide the ones not asked for. Labels and category
names are shown in the user's language (contexts "TulipSymbol" and "TulipSymbolCategory");
the filter matches the shown label, the English one and the id.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from navapp.core.model import Drawing
from navapp.core.tulip import Symbol, symbol_library, symbol_svg
from navapp.core.tulip_symbols import CATEGORIES, symbols_by_category
from navapp.gui.common.drawing import themed_drawing
from navapp.gui.common.night import follow_theme, themed_tool_buttons

ALL = "all"
CELL = QSize(100, 98)
ICON = QSize(44, 44)
# Columns of symbols: three on a small screen, up to six where there is room.
MIN_COLUMNS, MAX_COLUMNS = 3, 6
# Buttons per row of the category chooser: three fit the palette's width in any language.
BUTTONS_PER_ROW = 3
_CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1


def symbol_icon(symbol_id: str, size: int = 48) -> QIcon:
    """A palette icon of a library symbol (in the night ink at night)."""
    symbol = symbol_library()[symbol_id]
    pixmap = themed_drawing(Drawing(symbol_svg(symbol)), QSize(size, size))
    return QIcon(pixmap) if pixmap is not None else QIcon()


def symbol_label(symbol: Symbol) -> str:
    """The symbol's label in the user's language."""
    return QCoreApplication.translate("TulipSymbol", symbol.label)


def category_name(key: str) -> str:
    """A category's name in the user's language."""
    return QCoreApplication.translate("TulipSymbolCategory", CATEGORIES[key])


class SymbolPalette(QWidget):
    """The symbol list with its category buttons and filter box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter symbols"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter symbols"))
        self.filter_edit.setMinimumHeight(32)
        self.filter_edit.textChanged.connect(lambda _t: self._apply())

        self.category_buttons: dict[str, QToolButton] = {}
        self._categories = QButtonGroup(self)
        self._categories.setExclusive(True)
        chooser = QWidget()
        grid = QGridLayout(chooser)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(3)
        groups = symbols_by_category()
        keys = [ALL, *groups]
        for n, key in enumerate(keys):
            b = QToolButton()
            b.setText(self.tr("All") if key == ALL else category_name(key))
            b.setCheckable(True)
            b.setObjectName(f"category_{key}")
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.setMinimumHeight(30)
            b.setFont(self.font())  # its own: under a style sheet a button takes no font
            b.clicked.connect(lambda _=False, k=key: self.set_category(k))
            self._categories.addButton(b)
            grid.addWidget(b, n // BUTTONS_PER_ROW, n % BUTTONS_PER_ROW)
            self.category_buttons[key] = b
        themed_tool_buttons(chooser)
        self.category_buttons[ALL].setChecked(True)
        self._category = ALL

        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(ICON)
        self.list.setGridSize(CELL)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Symbols"))
        self.list.setToolTip(self.tr("Click a symbol, then click the drawing; Enter places it"))
        for symbol in symbol_library().values():
            label = symbol_label(symbol)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, symbol.id)
            item.setData(_CATEGORY_ROLE, symbol.category)
            item.setToolTip(label)
            self.list.addItem(item)
        extra = self.list.verticalScrollBar().sizeHint().width() + 8
        self.list.setMinimumWidth(MIN_COLUMNS * CELL.width() + extra)

        self.empty_label = QLabel(self.tr("No symbol matches the filter"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "dim")
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(chooser)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(MIN_COLUMNS * CELL.width() + extra)
        self.setMaximumWidth(MAX_COLUMNS * CELL.width() + extra)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        follow_theme(self, lambda _t: self._paint_icons())

    def category(self) -> str:
        """The category shown: a key of CATEGORIES, or "all"."""
        return self._category

    def set_category(self, key: str) -> None:
        """Show only the symbols of category ``key`` ("all": every one)."""
        if key not in self.category_buttons:
            return
        self._category = key
        self.category_buttons[key].setChecked(True)
        self._apply()

    def visible_ids(self) -> list[str]:
        """The ids of the symbols shown now, in palette order."""
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    def _apply(self) -> None:
        words = self.filter_edit.text().strip().casefold().split()
        lib = symbol_library()
        shown = 0
        for i in range(self.list.count()):
            item = self.list.item(i)
            sid = str(item.data(Qt.ItemDataRole.UserRole))
            in_category = self._category == ALL or item.data(_CATEGORY_ROLE) == self._category
            haystack = " ".join((item.text(), lib[sid].label, sid.replace("_", " "))).casefold()
            show = in_category and all(w in haystack for w in words)
            item.setHidden(not show)
            shown += show
        self.empty_label.setVisible(shown == 0)
        current = self.list.currentItem()
        if current is not None and current.isHidden():
            self.list.setCurrentRow(-1)

    def _paint_icons(self) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setIcon(symbol_icon(str(item.data(Qt.ItemDataRole.UserRole))))

"""The tulip editor around the canvas: tools, road types and the symbol palette.

:class:`TulipEditor` puts the :class:`~navapp.gui.editor.tulip.canvas.TulipCanvas` between its
tools, road type choices and the symbol palette; :class:`TulipEditorDialog` wraps it with
OK/Cancel and, when the route suggests one, "Auto from route".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from navapp.core import tulip_edit
from navapp.core.tulip import Road, RoadType, Tulip, symbol_library
from navapp.gui.common.night import themed_tool_buttons
from navapp.gui.common.screen import fit_to_screen
from navapp.gui.editor.tulip.canvas import Selection, Tool, TulipCanvas
from navapp.gui.editor.tulip.palette import SymbolPalette, symbol_label
from navapp.gui.editor.tulip.palette import symbol_icon as symbol_icon


class TulipEditor(QWidget):
    """The canvas with its tools, road types and symbol palette."""

    # the new Tulip after each edit
    changed = Signal(object)

    def __init__(self, tulip: Tulip | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TulipCanvas(tulip, self)
        self.canvas.changed.connect(self._on_changed)
        self.canvas.selection_changed.connect(self._sync)
        self.canvas.tool_changed.connect(self._on_tool_changed)

        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10.0) * 1.15)
        self.setFont(big)

        # tools
        self._tools = QButtonGroup(self)
        self._tools.setExclusive(True)
        tools_box = QGroupBox(self.tr("Tool"))
        tools_layout = QVBoxLayout(tools_box)
        self.tool_buttons: dict[str, QToolButton] = {}
        for tool, text, tip in (
            (
                "select",
                self.tr("&Select / move"),
                self.tr("Select, drag roads, symbols and texts; click the ring to add a road"),
            ),
            (
                "symbol",
                self.tr("Place s&ymbol"),
                self.tr("Click on the drawing to place the symbol chosen on the right"),
            ),
            (
                "text",
                self.tr("Add te&xt"),
                self.tr("Click on the drawing where the text goes, type, Enter"),
            ),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setMinimumHeight(34)
            b.setFont(big)  # its own: under a style sheet a button takes no font from above
            themed_tool_buttons(b)  # the tool in use plainly pressed
            b.clicked.connect(lambda _=False, t=tool: self._pick_tool(t))
            self._tools.addButton(b)
            tools_layout.addWidget(b)
            self.tool_buttons[tool] = b
        self.tool_buttons["select"].setChecked(True)

        # roads
        roads_box = QGroupBox(self.tr("Roads"))
        form = QVBoxLayout(roads_box)
        self.entry_combo = QComboBox()
        self.type_combo = QComboBox()
        for combo in (self.entry_combo, self.type_combo):
            for rt in RoadType:
                combo.addItem(rt.label, rt)
            combo.setMinimumHeight(32)
        self.entry_combo.setCurrentIndex(self.entry_combo.findData(self.canvas.tulip().entry))
        self.entry_combo.activated.connect(
            lambda _i: self.canvas.set_entry_type(self.entry_combo.currentData())
        )
        self.type_combo.activated.connect(
            lambda _i: self.canvas.set_selected_type(self.type_combo.currentData())
        )
        entry_label = QLabel(self.tr("&Entry road"))
        entry_label.setBuddy(self.entry_combo)
        type_label = QLabel(self.tr("Selected &road"))
        type_label.setBuddy(self.type_combo)
        for w in (entry_label, self.entry_combo, type_label, self.type_combo):
            form.addWidget(w)
        self.add_road_button = QPushButton(self.tr("&Add road"))
        self.add_road_button.setToolTip(
            self.tr("Add a road in the widest gap (Insert or N on the drawing)")
        )
        self.add_road_button.clicked.connect(lambda: self.canvas.add_road())
        self.delete_button = QPushButton(self.tr("&Delete selected"))
        self.delete_button.setToolTip(self.tr("Delete the selected road, symbol or text (Delete)"))
        self.delete_button.clicked.connect(self.canvas.delete_selected)
        form.addWidget(self.add_road_button)
        form.addWidget(self.delete_button)

        self.selection_label = QLabel()
        self.selection_label.setWordWrap(True)
        help_label = QLabel(
            self.tr(
                "Drag the arrow to turn (Shift: free angle, Ctrl: length). "
                "Click the ring to add a road.\n"
                "Keys: PgUp/PgDn select · ←/→ turn or move · ↑/↓ length or move · "
                "Ins add road · Del delete · +/− size · R rotate symbol · F2 edit text"
            )
        )
        help_label.setWordWrap(True)
        help_label.setProperty("role", "dim")

        left = QVBoxLayout()
        left.addWidget(tools_box)
        left.addWidget(roads_box)
        left.addWidget(self.selection_label)
        left.addStretch(1)

        # symbol palette
        self.symbol_palette = SymbolPalette()
        self.symbol_list = self.symbol_palette.list
        self.symbol_list.itemClicked.connect(self._palette_clicked)
        self.symbol_list.itemActivated.connect(self._palette_activated)
        palette_label = QLabel(self.tr("S&ymbols"))
        palette_label.setBuddy(self.symbol_palette.filter_edit)
        right = QVBoxLayout()
        right.addWidget(palette_label)
        right.addWidget(self.symbol_palette, 1)

        centre = QVBoxLayout()
        centre.addWidget(self.canvas, 1)
        centre.addWidget(help_label)

        layout = QHBoxLayout(self)
        left_w = QWidget()
        left_w.setLayout(left)
        left_w.setFixedWidth(230)
        layout.addWidget(left_w)
        # a wide screen gives the palette more columns, a small one keeps the drawing large
        layout.addLayout(centre, 2)
        layout.addLayout(right, 1)
        self._sync(None)

    def tulip(self) -> Tulip:
        """The tulip as edited so far."""
        return self.canvas.tulip()

    def set_tulip(self, tulip: Tulip) -> None:
        """Edit another tulip (emits :attr:`changed`)."""
        self.canvas.set_tulip(tulip)
        self._sync(None)

    def _on_changed(self, tulip: Tulip) -> None:
        self._sync(self.canvas.selection())
        self.changed.emit(tulip)

    def _pick_tool(self, tool: Tool) -> None:
        symbol = self.symbol_list.currentItem()
        sid = symbol.data(Qt.ItemDataRole.UserRole) if symbol is not None else None
        if tool == "symbol" and sid is None:
            shown = self.symbol_palette.visible_ids() or list(symbol_library())
            sid = shown[0]
            self.symbol_list.setCurrentRow(list(symbol_library()).index(sid))
        self.canvas.set_tool(tool, sid)
        if tool == "text":
            self.canvas.setFocus()

    def _on_tool_changed(self, tool: str) -> None:
        self.tool_buttons[tool].setChecked(True)

    def _palette_clicked(self, item: QListWidgetItem) -> None:
        self.canvas.set_tool("symbol", item.data(Qt.ItemDataRole.UserRole))

    def _palette_activated(self, item: QListWidgetItem) -> None:
        # the keyboard's way: place it now, then move it with the arrow keys
        self.canvas.place_symbol(item.data(Qt.ItemDataRole.UserRole))
        self.canvas.set_tool("select")
        self.canvas.setFocus()

    def _sync(self, selection: object) -> None:
        """Make the side panel show the selection."""
        road = self.canvas.selected_road()
        self.type_combo.setEnabled(road is not None)
        if isinstance(road, Road):
            self.type_combo.setCurrentIndex(self.type_combo.findData(road.type))
        elif isinstance(road, RoadType):
            self.type_combo.setCurrentIndex(self.type_combo.findData(road))
        self.entry_combo.setCurrentIndex(self.entry_combo.findData(self.canvas.tulip().entry))
        sel = self.canvas.selection()
        self.delete_button.setEnabled(sel is not None and sel[0] in ("other", "symbol", "text"))
        self.selection_label.setText(self._describe(sel))

    def _describe(self, sel: Selection | None) -> str:
        t = self.canvas.tulip()
        if sel is None:
            return self.tr("Nothing selected")
        kind, i = sel
        if kind == "exit":
            return self.tr("Exit road: {road}, {angle}°").format(
                road=t.exit.type.label, angle=f"{t.exit.angle_deg:+.0f}"
            )
        if kind == "entry":
            return self.tr("Entry road: {road}").format(road=t.entry.label)
        if kind == "other":
            r = t.others[i]
            return self.tr("Road {number}: {road}, {angle}°").format(
                number=i + 1, road=r.type.label, angle=f"{r.angle_deg:+.0f}"
            )
        if kind == "symbol":
            s = t.symbols[i]
            lib = symbol_library()
            name = symbol_label(lib[s.symbol_id]) if s.symbol_id in lib else s.symbol_id
            return self.tr("Symbol: {symbol}").format(symbol=name)
        return self.tr("Text: {text}").format(text=t.texts[i].text)


class TulipEditorDialog(QDialog):
    """The tulip editor with OK/Cancel and, given a suggestion, "Auto from route"."""

    def __init__(
        self,
        tulip: Tulip | None,
        parent: QWidget | None = None,
        route_suggestion: Tulip | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit tulip"))
        self._original = tulip
        self._suggestion = route_suggestion
        start = tulip if tulip is not None else (route_suggestion or Tulip())
        self.editor = TulipEditor(start, self)
        self.auto_button: QPushButton | None = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        row = QHBoxLayout()
        if route_suggestion is not None:
            self.auto_button = QPushButton(self.tr("A&uto from route"))
            self.auto_button.setToolTip(
                self.tr("Draw the roads as the route turns here (symbols and texts are kept)")
            )
            self.auto_button.setAutoDefault(False)
            self.auto_button.clicked.connect(self.apply_suggestion)
            row.addWidget(self.auto_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        fit_to_screen(self, (1080, 700))
        self.editor.canvas.setFocus()

    def apply_suggestion(self) -> None:
        """Take the route's roads, keeping the symbols and texts drawn so far."""
        if self._suggestion is None:
            return
        current = self.editor.tulip()
        self.editor.set_tulip(tulip_edit.with_roads_of(current, self._suggestion))

    def tulip(self) -> Tulip | None:
        """The edited tulip once accepted; the one given (maybe None) otherwise."""
        if self.result() == QDialog.DialogCode.Accepted:
            return self.editor.tulip()
        return self._original

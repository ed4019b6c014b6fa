"""The tulip canvas: a box's junction diagram drawn and edited with the mouse or the keyboard.

:class:`TulipCanvas` shows the tulip exactly as the roadbook will (its SVG rendered through
:func:`navapp.gui.common.drawing.render_drawing_image`) with handles on top, and turns clicks,
drags and keys into edits from :mod:`navapp.core.tulip_edit`. The tools around it are in
:mod:`navapp.gui.editor.tulip.dialog`.

Mouse: drag the exit arrow (or any road) to turn it, snapping to 5° (hold Shift for free angles,
Ctrl to change its length too); click the ring to add a road there; click a road, symbol or text
to select it, drag symbols and texts to move them. Keys on the canvas: Page Up/Down select the
next item, Left/Right turn the selected road (Shift: 1°) or move the selected item, Up/Down move
it, Insert/N adds a road, Delete removes the selection, +/− scale it, R rotates a symbol, F2 or
Enter edits a text, Escape cancels.
"""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from navapp.core import tulip_edit
from navapp.core.model import Drawing
from navapp.core.tulip import (
    EXIT_RADIUS,
    JUNCTION,
    MAX_TEXT_CHARS,
    OTHER_RADIUS,
    Road,
    RoadType,
    Tulip,
    TulipText,
    angle_of,
    road_point,
)
from navapp.core.tulip_edit import DEFAULT_TEXT_SIZE, SNAP_DEG, Item, clamp, snap
from navapp.gui.common.drawing import night_copy, render_drawing_image
from navapp.gui.common.night import current_theme

Tool = Literal["select", "symbol", "text"]
# What is selected: ("exit", 0), ("entry", 0), ("other", i), ("symbol", i), ("text", i).
Selection = Item

# The band around the junction where a click adds a road (drawing units).
RING_INNER, RING_OUTER = 24.0, 50.0
HIT_ROAD = 4.5  # how close to a road's line a click selects it
HIT_TIP = 9.0
SELECT_COLOUR = QColor(30, 136, 229)


def _segment_distance(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    d2 = dx * dx + dy * dy
    t = 0.0 if d2 == 0 else clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / d2, 0.0, 1.0)
    return math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1])


def _text_box(t: TulipText) -> tuple[float, float, float, float]:
    """An estimate of a text's box (x0, y0, x1, y1) in the drawing space."""
    w = max(len(t.text), 1) * t.size * 0.62
    return t.x - w / 2, t.y - t.size * 0.85, t.x + w / 2, t.y + t.size * 0.25


class _InlineEdit(QLineEdit):
    """The small line edit used to type a text on the canvas."""

    # the user pressed Escape
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # QLineEdit passes Return on, which would close the dialog with OK
            event.accept()


class TulipCanvas(QWidget):
    """The drawing area: the rendered tulip with handles, edited by mouse and keys."""

    # the new Tulip after each edit
    changed = Signal(object)
    # the new Selection, or None
    selection_changed = Signal(object)
    # the tool in force after the canvas changed it (e.g. back to "select" after a placement)
    tool_changed = Signal(str)

    def __init__(self, tulip: Tulip | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tulip = tulip if tulip is not None else Tulip()
        self._selection: Selection | None = None
        self._tool: Tool = "select"
        self._symbol_id = "danger1"
        self._drag: tuple[str, int, float, float] | None = None  # kind, index, grab offset
        self._image: QImage | None = None
        self._image_key: tuple[str, int] | None = None
        self._text_at: tuple[float, float, int | None] | None = None  # x, y, text edited
        self._edit = _InlineEdit(self)
        self._edit.setMaxLength(MAX_TEXT_CHARS)
        self._edit.setPlaceholderText(self.tr("Text, Enter to place"))
        self._edit.hide()
        self._edit.editingFinished.connect(self._commit_text)
        self._edit.cancelled.connect(self._cancel_text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Tulip drawing"))

    # -- state -------------------------------------------------------------------------------

    def tulip(self) -> Tulip:
        """The tulip as edited so far."""
        return self._tulip

    def set_tulip(self, tulip: Tulip, emit: bool = True) -> None:
        """Show another tulip (selection cleared); ``emit`` sends :attr:`changed`."""
        self._select(None)
        self._set(tulip, emit)

    def selection(self) -> Selection | None:
        """The selected item, or None."""
        return self._selection

    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool, symbol_id: str | None = None) -> None:
        """Switch tool; with the symbol tool, ``symbol_id`` is what a click places."""
        if symbol_id is not None:
            self._symbol_id = symbol_id
        if tool != self._tool:
            self._tool = tool
            self.tool_changed.emit(tool)
        self.setCursor(
            Qt.CursorShape.ArrowCursor if tool == "select" else Qt.CursorShape.CrossCursor
        )

    def select(self, selection: Selection | None) -> None:
        """Select an item (ignored when it does not exist)."""
        self._select(selection if selection in tulip_edit.items(self._tulip) else None)

    def _select(self, selection: Selection | None) -> None:
        if selection != self._selection:
            self._selection = selection
            self.selection_changed.emit(selection)
            self.update()

    def _set(self, tulip: Tulip, emit: bool = True) -> None:
        if tulip == self._tulip:
            return
        self._tulip = tulip
        self.update()
        if emit:
            self.changed.emit(tulip)

    def selected_road(self) -> Road | RoadType | None:
        """The selected road (the entry as its RoadType), or None."""
        return tulip_edit.road_of(self._tulip, self._selection)

    def _add_and_select(self, new: Tulip, kind: str, index: int) -> None:
        """Show ``new`` and select the item it added (none when the edit changed nothing)."""
        if new is self._tulip:
            return
        self._set(new)
        self._select((kind, index))

    # -- edits (also the keyboard's and the side panel's way in) -----------------------------

    def set_road(self, selection: Selection, road: Road) -> None:
        """Replace the exit or another road."""
        self._set(tulip_edit.set_road(self._tulip, selection, road))

    def set_selected_type(self, road_type: RoadType) -> None:
        """Change the type of the selected road."""
        if self._selection is not None:
            self._set(tulip_edit.set_road_type(self._tulip, self._selection, road_type))

    def set_entry_type(self, road_type: RoadType) -> None:
        """Change the type of the road the crew arrives on."""
        self._set(tulip_edit.set_entry(self._tulip, road_type))

    def add_road(self, angle: float | None = None, road_type: RoadType = RoadType.TRACK) -> None:
        """Add another road at ``angle`` (default: the middle of the widest free gap); select it."""
        new = tulip_edit.add_road(self._tulip, angle, road_type)
        self._add_and_select(new, "other", len(self._tulip.others))

    def delete_selected(self) -> None:
        """Remove the selected road, symbol or text (the entry and exit stay)."""
        if self._selection is None:
            return
        new = tulip_edit.remove(self._tulip, self._selection)
        if new is self._tulip:
            return
        self._select(None)
        self._set(new)

    def place_symbol(self, symbol_id: str, x: float | None = None, y: float | None = None) -> None:
        """Place a library symbol centred at (x, y) (default: a free corner) and select it."""
        new = tulip_edit.place_symbol(self._tulip, symbol_id, x, y)
        self._add_and_select(new, "symbol", len(self._tulip.symbols))

    def add_text(self, text: str, x: float, y: float, size: float = DEFAULT_TEXT_SIZE) -> None:
        """Add a text (ignored when blank) and select it."""
        new = tulip_edit.add_text(self._tulip, text, x, y, size)
        self._add_and_select(new, "text", len(self._tulip.texts))

    def begin_text(self, x: float, y: float, index: int | None = None) -> None:
        """Open the line edit to type a text at (x, y), or to change text ``index``."""
        self._text_at = (x, y, index)
        current = self._tulip.texts[index].text if index is not None else ""
        self._edit.setText(current)
        self._place_edit()
        self._edit.show()
        self._edit.raise_()
        self._edit.setFocus()
        self._edit.selectAll()

    def text_edit(self) -> QLineEdit:
        """The inline line edit (visible while a text is typed)."""
        return self._edit

    def _place_edit(self) -> None:
        if self._text_at is None:
            return
        p = self.widget_point(self._text_at[0], self._text_at[1])
        w = max(180, int(self._side() * 0.45))
        self._edit.setFixedWidth(w)
        x = int(clamp(p.x() - w / 2, 0, max(self.width() - w, 0)))
        y = int(clamp(p.y() - self._edit.sizeHint().height(), 0, self.height() - 30))
        self._edit.move(x, y)

    def _commit_text(self) -> None:
        if self._text_at is None:
            return
        x, y, index = self._text_at
        self._text_at = None
        text = self._edit.text()
        self._edit.hide()
        self.setFocus()
        if index is None:
            self.add_text(text, x, y)
            return
        if not text.split():  # a blank text removes it
            self._select(None)
        self._set(tulip_edit.set_text(self._tulip, index, text))

    def _cancel_text(self) -> None:
        self._text_at = None
        self._edit.hide()
        self.setFocus()

    def turn_selected(self, delta: float) -> None:
        """Turn the selected road by ``delta`` degrees."""
        if self._selection is not None:
            self._set(tulip_edit.turn_road(self._tulip, self._selection, delta))

    def move_selected(self, dx: float, dy: float) -> None:
        """Move the selected symbol or text."""
        if self._selection is not None:
            self._set(tulip_edit.move_by(self._tulip, self._selection, dx, dy))

    def grow_selected(self, factor: float) -> None:
        """Scale the selected symbol, resize the selected text or lengthen the selected road."""
        if self._selection is not None:
            self._set(tulip_edit.grow(self._tulip, self._selection, factor))

    def rotate_selected_symbol(self, delta: float) -> None:
        """Rotate the selected symbol by ``delta`` degrees."""
        if self._selection is not None and self._selection[0] == "symbol":
            self._set(tulip_edit.rotate_symbol(self._tulip, self._selection[1], delta))

    # -- geometry ----------------------------------------------------------------------------

    def _side(self) -> float:
        return float(max(min(self.width(), self.height()) - 16, 10))

    def _origin(self) -> tuple[float, float]:
        side = self._side()
        return (self.width() - side) / 2, (self.height() - side) / 2

    def widget_point(self, x: float, y: float) -> QPoint:
        """The widget pixel of a drawing-space point."""
        p = self._widget_pointf(x, y)
        return QPoint(round(p.x()), round(p.y()))

    def _widget_pointf(self, x: float, y: float) -> QPointF:
        ox, oy = self._origin()
        k = self._side() / 100.0
        return QPointF(ox + x * k, oy + y * k)

    def drawing_point(self, p: QPointF) -> tuple[float, float]:
        """The drawing-space point of a widget position."""
        ox, oy = self._origin()
        k = self._side() / 100.0
        return (p.x() - ox) / k, (p.y() - oy) / k

    def _road_ends(self) -> list[tuple[Selection, tuple[float, float], tuple[float, float]]]:
        t = self._tulip
        ends: list[tuple[Selection, tuple[float, float], tuple[float, float]]] = [
            (("exit", 0), JUNCTION, t.exit_tip()),
            (("entry", 0), JUNCTION, (50.0, 90.0)),
        ]
        for i, r in enumerate(t.others):
            ends.append((("other", i), JUNCTION, road_point(r.angle_deg, OTHER_RADIUS * r.length)))
        return ends

    def hit(self, x: float, y: float) -> Selection | None:
        """The item under a drawing-space point: exit tip, symbols, texts, then roads."""
        t = self._tulip
        tip = t.exit_tip()
        if math.hypot(x - tip[0], y - tip[1]) <= HIT_TIP:
            return ("exit", 0)
        for i in reversed(range(len(t.symbols))):
            s = t.symbols[i]
            half = 10.0 * s.scale
            if abs(x - s.x) <= half and abs(y - s.y) <= half:
                return ("symbol", i)
        for i in reversed(range(len(t.texts))):
            x0, y0, x1, y1 = _text_box(t.texts[i])
            if x0 <= x <= x1 and y0 <= y <= y1:
                return ("text", i)
        if math.hypot(x - JUNCTION[0], y - JUNCTION[1]) < 6.0:
            return None  # every road meets here: no way to tell which one was meant
        best: tuple[float, Selection] | None = None
        for sel, a, b in self._road_ends():
            d = _segment_distance((x, y), a, b)
            if d <= HIT_ROAD and (best is None or d < best[0]):
                best = (d, sel)
        return best[1] if best else None

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus()
        x, y = self.drawing_point(event.position())
        if self._tool == "symbol":
            self.place_symbol(self._symbol_id, x, y)
            self.set_tool("select")
            self._drag = ("symbol", len(self._tulip.symbols) - 1, 0.0, 0.0)
            return
        if self._tool == "text":
            self.begin_text(x, y)
            self.set_tool("select")
            return
        sel = self.hit(x, y)
        if sel is None:
            r = math.hypot(x - JUNCTION[0], y - JUNCTION[1])
            if RING_INNER <= r <= RING_OUTER:
                free = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.add_road(snap(angle_of(x, y), free))
                sel = self._selection
            else:
                self._select(None)
                return
        self._select(sel)
        if sel is not None and sel[0] in ("exit", "other", "symbol", "text"):
            ox, oy = 0.0, 0.0
            if sel[0] == "symbol":
                s = self._tulip.symbols[sel[1]]
                ox, oy = s.x - x, s.y - y
            elif sel[0] == "text":
                tx = self._tulip.texts[sel[1]]
                ox, oy = tx.x - x, tx.y - y
            self._drag = (sel[0], sel[1], ox, oy)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x, y = self.drawing_point(event.position())
        if self._drag is None:
            self._hover(x, y)
            return
        kind, i, ox, oy = self._drag
        mods = event.modifiers()
        if kind in ("exit", "other"):
            r = math.hypot(x - JUNCTION[0], y - JUNCTION[1])
            if r < 4.0:
                return  # too close to the junction for the angle to mean anything
            angle = snap(angle_of(x, y), bool(mods & Qt.KeyboardModifier.ShiftModifier))
            length = None
            if mods & Qt.KeyboardModifier.ControlModifier:
                length = r / (EXIT_RADIUS if kind == "exit" else OTHER_RADIUS)
            self._set(tulip_edit.aim_road(self._tulip, (kind, i), angle, length))
        else:
            self._set(tulip_edit.move_to(self._tulip, (kind, i), x + ox, y + oy))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        x, y = self.drawing_point(event.position())
        sel = self.hit(x, y)
        if sel is not None and sel[0] == "text":
            t = self._tulip.texts[sel[1]]
            self.begin_text(t.x, t.y, sel[1])
            return
        super().mouseDoubleClickEvent(event)

    def _hover(self, x: float, y: float) -> None:
        if self._tool != "select":
            return
        sel = self.hit(x, y)
        r = math.hypot(x - JUNCTION[0], y - JUNCTION[1])
        if sel is not None and sel[0] != "entry":
            shape = Qt.CursorShape.SizeAllCursor
        elif sel is not None:
            shape = Qt.CursorShape.PointingHandCursor
        elif RING_INNER <= r <= RING_OUTER:
            shape = Qt.CursorShape.CrossCursor
        else:
            shape = Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    # -- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        step = 1.0 if shift else SNAP_DEG
        move = 5.0 if shift else 1.0
        kind = self._selection[0] if self._selection else ""
        K = Qt.Key
        if key in (K.Key_PageDown, K.Key_PageUp):
            items = tulip_edit.items(self._tulip)
            k = items.index(self._selection) if self._selection in items else -1
            k = (k + (1 if key == K.Key_PageDown else -1)) % len(items)
            self._select(items[k])
        elif key in (K.Key_Left, K.Key_Right) and kind in ("exit", "other"):
            self.turn_selected(-step if key == K.Key_Left else step)
        elif key in (K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down) and kind in ("symbol", "text"):
            dx = -move if key == K.Key_Left else move if key == K.Key_Right else 0.0
            dy = -move if key == K.Key_Up else move if key == K.Key_Down else 0.0
            self.move_selected(dx, dy)
        elif key in (K.Key_Up, K.Key_Down) and kind in ("exit", "other"):
            self.grow_selected(1.05 if key == K.Key_Up else 1 / 1.05)
        elif key in (K.Key_Insert, K.Key_N):
            self.add_road()
        elif key in (K.Key_Delete, K.Key_Backspace) and kind in ("other", "symbol", "text"):
            self.delete_selected()
        elif key in (K.Key_Plus, K.Key_Equal, K.Key_Minus) and kind:
            self.grow_selected(1 / 1.1 if key == K.Key_Minus else 1.1)
        elif key == K.Key_R and kind == "symbol":
            self.rotate_selected_symbol(-15.0 if shift else 15.0)
        elif key in (K.Key_F2, K.Key_Return, K.Key_Enter) and kind == "text":
            t = self._tulip.texts[self._selection[1] if self._selection else 0]
            self.begin_text(t.x, t.y, self._selection[1] if self._selection else None)
        elif key == K.Key_Escape and (self._selection is not None or self._tool != "select"):
            self.set_tool("select")
            self._select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- painting ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_edit()

    def _rendered(self, side: int) -> QImage | None:
        svg = self._tulip.to_svg()
        key = (svg, side)
        if key != self._image_key:
            self._image = render_drawing_image(Drawing(svg), QSize(side, side))
            self._image_key = key
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        side = self._side()
        ox, oy = self._origin()
        k = side / 100.0
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            square = QRectF(ox, oy, side, side)
            # at night dark paper and the drawing in the night ink, as the roadbook shows it
            tint = current_theme().drawing_tint
            p.fillRect(square, QColor("white") if tint is None else QColor(current_theme().panel))
            # the guides go under the drawing: the ring where roads can be added, 45° ticks
            guide = QColor(205, 205, 205) if tint is None else QColor(current_theme().border)
            p.setPen(QPen(guide, 1.0, Qt.PenStyle.DashLine))
            p.drawEllipse(self._widget_pointf(*JUNCTION), EXIT_RADIUS * k, EXIT_RADIUS * k)
            p.setPen(QPen(QColor(215, 215, 215) if tint is None else guide, 1.0))
            for a in range(0, 360, 45):
                p1 = self._widget_pointf(*road_point(a, EXIT_RADIUS - 2.5))
                p2 = self._widget_pointf(*road_point(a, EXIT_RADIUS + 2.5))
                p.drawLine(p1, p2)
            image = self._rendered(int(side))
            if image is not None and tint is not None:
                p.drawImage(QPointF(ox, oy), night_copy(image, QColor(tint)))
            elif image is not None:
                # multiply keeps the guides visible through the drawing's white background
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                p.drawImage(QPointF(ox, oy), image)
                p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            p.setPen(QPen(QColor(140, 140, 140), 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(square)
            self._paint_selection(p, k)
            # the exit handle: always shown, it is the first thing one drags
            tip = self._widget_pointf(*self._tulip.exit_tip())
            p.setPen(QPen(SELECT_COLOUR, 2.0))
            p.drawEllipse(tip, HIT_TIP * k * 0.8, HIT_TIP * k * 0.8)
            if self.hasFocus():
                p.setPen(QPen(SELECT_COLOUR, 1.0, Qt.PenStyle.DotLine))
                p.drawRect(square.adjusted(2, 2, -2, -2))
        finally:
            p.end()

    def _paint_selection(self, p: QPainter, k: float) -> None:
        if self._selection is None:
            return
        kind, i = self._selection
        halo = QColor(SELECT_COLOUR)
        halo.setAlpha(90)
        t = self._tulip
        if kind in ("exit", "entry", "other"):
            for sel, a, b in self._road_ends():
                if sel == self._selection:
                    pen = QPen(halo, 11.0 * k, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
                    p.setPen(pen)
                    p.drawLine(self._widget_pointf(*a), self._widget_pointf(*b))
            return
        if kind == "symbol":
            s = t.symbols[i]
            half = 10.0 * s.scale
            box = (s.x - half, s.y - half, s.x + half, s.y + half)
        else:
            box = _text_box(t.texts[i])
        p.setPen(QPen(SELECT_COLOUR, 1.5, Qt.PenStyle.DashLine))
        p.setBrush(halo)
        p1, p2 = self._widget_pointf(box[0], box[1]), self._widget_pointf(box[2], box[3])
        p.drawRect(QRectF(p1, p2).adjusted(-3, -3, 3, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)

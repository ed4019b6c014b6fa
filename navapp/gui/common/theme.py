"""Day and night colour themes for the whole app, applied with a QPalette and a style sheet.

Day is the printed page in sunlight: white, black, saturated accents. Night keeps the cabin dark:
black background, amber text and red alarms, nothing brighter than amber (no pure white), so the
co-driver's and driver's eyes stay adapted to the road.

Widgets that change colour with the navigation state do it with a ``level`` property
(``""``, ``"ok"``, ``"warn"``, ``"danger"``, ``"flash"``) matched by the style sheet; use
:func:`set_level`, which re-polishes only when the level actually changes. Roles (``role``
property): ``caption``, ``dim``, ``badge`` (always filled), ``status`` (coloured text when all is
well, filled only for warn/danger: nothing glares while things are fine), ``panel``, ``banner``,
``strip``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QWidget


@dataclass(frozen=True)
class Theme:
    """The colours of one theme, as ``#rrggbb`` strings (QColor is made where it is used)."""

    name: str
    window: str  # background of the whole view
    panel: str  # background of a panel (a box row, a group)
    panel_current: str  # background of the current box
    border: str  # panel outlines
    text: str  # main text
    text_dim: str  # secondary text (partials, leading zeros)
    caption: str  # small captions above values
    accent: str  # "good"/open/current marker
    accent_text: str  # text on an accent background
    warn: str  # attention (amber)
    warn_text: str  # text on a warn background
    danger: str  # alarm (red)
    danger_text: str  # text on a danger background
    highlight: str  # the 300 m highlight of a distance cell
    highlight_text: str
    wheel: str  # odometer wheels (integer part)
    wheel_text: str
    wheel_fraction: str  # odometer wheels after the decimal point
    wheel_fraction_text: str
    drawing_tint: str | None  # night: drawings are inverted and tinted with this colour
    disabled_text: str  # greyed-out text (a menu item, a button that cannot be used now)
    map_background: str  # the paper of the review's and the editor's maps
    map_label: str  # a map's label text and scale bar
    map_label_fill: str  # the box behind a map label, ``#aarrggbb`` (translucent)


DAY = Theme(
    name="day",
    window="#e9e9e9",
    panel="#ffffff",
    panel_current="#ffffff",
    border="#8c8c8c",
    text="#000000",
    text_dim="#4a4a4a",
    caption="#3c3c3c",
    accent="#0a7a2f",
    accent_text="#ffffff",
    warn="#ffc533",  # box_table.HIGHLIGHT: the same amber as the roadbook table
    warn_text="#000000",
    danger="#c40018",
    danger_text="#ffffff",
    highlight="#ffc533",
    highlight_text="#000000",
    wheel="#151515",
    wheel_text="#ffffff",
    wheel_fraction="#b0001a",
    wheel_fraction_text="#ffffff",
    drawing_tint=None,
    disabled_text="#7a7a7a",
    map_background="#f3efe6",
    map_label="#222222",
    map_label_fill="#e1ffffff",
)

NIGHT = Theme(
    name="night",
    window="#000000",
    panel="#0b0906",
    panel_current="#1a1206",
    border="#4a3412",
    text="#ffb340",
    text_dim="#a8742a",
    caption="#b07a30",
    accent="#34a04c",
    accent_text="#000000",
    warn="#d98e00",
    warn_text="#000000",
    danger="#e0301e",
    danger_text="#000000",
    highlight="#7a4f00",
    highlight_text="#ffd27a",
    wheel="#161008",
    wheel_text="#ffb340",
    wheel_fraction="#3a0a06",
    wheel_fraction_text="#ff6a4a",
    drawing_tint="#ffb340",
    disabled_text="#8a6030",
    map_background="#0d0a06",
    map_label="#ffb340",
    map_label_fill="#d8000000",
)

THEMES: dict[str, Theme] = {DAY.name: DAY, NIGHT.name: NIGHT}


def theme(name: str) -> Theme:
    """The theme called ``name`` ("day" or "night"); ValueError for anything else."""
    try:
        return THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}; expected one of {sorted(THEMES)}") from None


def palette(t: Theme) -> QPalette:
    """A palette with the theme's colours, for the widgets the style sheet does not cover."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.panel,
        QPalette.ColorRole.AlternateBase: t.panel_current,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.panel,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.BrightText: t.danger,
        QPalette.ColorRole.Highlight: t.warn,
        QPalette.ColorRole.HighlightedText: t.warn_text,
        QPalette.ColorRole.ToolTipBase: t.panel,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.text_dim,
        QPalette.ColorRole.Mid: t.border,
    }
    if QColor(t.window).lightness() < 128:
        # A dark theme: the bevels, links and accent Qt would take from a light desktop
        # palette would glare (or vanish) on black, so they come from the theme too.
        roles |= {
            # Qt's own style draws outlines darker than the window: none show on black, so
            # buttons, slider handles and scroll bars stand out by their fill instead.
            QPalette.ColorRole.Button: t.border,
            # a selected row or menu item: the highlighter's dark amber, not a bright bar
            QPalette.ColorRole.Highlight: t.highlight,
            QPalette.ColorRole.HighlightedText: t.highlight_text,
            QPalette.ColorRole.Light: t.panel_current,
            QPalette.ColorRole.Midlight: t.panel_current,
            QPalette.ColorRole.Dark: t.window,
            QPalette.ColorRole.Shadow: t.window,
            QPalette.ColorRole.Link: t.warn,
            QPalette.ColorRole.LinkVisited: t.text_dim,
            QPalette.ColorRole.Accent: t.highlight,
        }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    # Greyed-out text still readable, yet plainly weaker than live text.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled_text))
    if QColor(t.window).lightness() < 128:
        # a button that cannot be used now goes flat and dark: its grey text still reads
        pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(t.panel))
    return pal


def stylesheet(t: Theme) -> str:
    """The style sheet of a theme: panels, captions, badges and the ``level`` colours.

    It sets colours only, never fonts: the drive view scales its fonts with the window.
    """
    return f"""
QLabel {{ background: transparent; color: {t.text}; }}
QLabel[role="caption"] {{ color: {t.caption}; }}
QLabel[role="dim"] {{ color: {t.text_dim}; }}
QLabel[level="ok"] {{ color: {t.accent}; }}
QLabel[level="warn"] {{ color: {t.warn}; }}
QLabel[level="danger"] {{ color: {t.danger}; }}
QLabel[role="badge"] {{
    background: {t.warn}; color: {t.warn_text}; border-radius: 6px; padding: 2px 10px;
}}
QLabel[role="badge"][level="danger"] {{ background: {t.danger}; color: {t.danger_text}; }}
QLabel[role="badge"][level="ok"] {{ background: {t.accent}; color: {t.accent_text}; }}
QLabel[role="status"] {{ border-radius: 6px; padding: 2px 10px; }}
QLabel[role="status"][level="ok"] {{ color: {t.accent}; }}
QLabel[role="status"][level="warn"] {{ background: {t.warn}; color: {t.warn_text}; }}
QLabel[role="status"][level="danger"] {{ background: {t.danger}; color: {t.danger_text}; }}
QFrame[role="panel"] {{
    background: {t.panel}; border: 2px solid {t.border}; border-radius: 8px;
}}
QFrame[role="panel"][level="ok"] {{ border-color: {t.accent}; }}
QFrame[role="panel"][level="flash"] {{ background: {t.accent}; border-color: {t.accent}; }}
QFrame[role="panel"][level="flash"] QLabel {{ color: {t.accent_text}; }}
QFrame[role="panel"][level="danger"] {{ border-color: {t.danger}; }}
QFrame[role="banner"] {{
    background: {t.panel}; border: 3px solid {t.warn}; border-radius: 8px;
}}
QFrame[role="banner"][level="danger"] {{ background: {t.danger}; border-color: {t.danger}; }}
QFrame[role="banner"][level="danger"] QLabel {{ color: {t.danger_text}; }}
QFrame[role="banner"][level="ok"] {{ border-color: {t.accent}; }}
QFrame[role="strip"] {{ background: {t.panel}; border-top: 2px solid {t.border}; }}
"""


def tool_button_style(t: Theme) -> str:
    """A style sheet for tool buttons that stay pressed (Draw route, a tulip tool): the one
    checked is filled with the theme's amber, plainly unlike the others by day and at night
    (Qt's own style only darkens it a shade, which on the night's dark brown shows nothing).

    Every state has the same outline and padding, so a button never changes size on a click.
    """
    return f"""
QToolButton {{
    background: palette(button); color: palette(button-text);
    border: 1px solid palette(mid); border-radius: 4px; padding: 3px 8px;
}}
QToolButton:hover {{ border-color: {t.text_dim}; }}
QToolButton:pressed {{ background: palette(mid); }}
QToolButton:checked {{ background: {t.warn}; color: {t.warn_text}; border-color: {t.text}; }}
QToolButton:disabled {{ color: {t.disabled_text}; }}
"""


def apply_theme(widget: QWidget, name: str) -> Theme:
    """Give ``widget`` and its children the theme called ``name``; returns the theme."""
    t = theme(name)
    # Qt's style sheet style remembers the palette a widget had when first polished under a
    # sheet, and puts it back each time the widget is polished again (a new parent does it):
    # a view made by day, set to night, then placed in its window came back light grey.
    # Dropping the sheet first forgets that palette; polished under the new sheet, the
    # widget then keeps this theme's. (The palette goes before the sheet for that reason.)
    widget.setStyleSheet("")
    widget.setPalette(palette(t))
    widget.setStyleSheet(stylesheet(t))
    widget.setAutoFillBackground(True)
    widget.setProperty("theme", t.name)
    return t


def set_level(widget: QWidget, level: str) -> bool:
    """Set the ``level`` style property; re-polish only on change. True when it changed."""
    if (widget.property("level") or "") == level:
        return False
    widget.setProperty("level", level)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # children styled by a descendant rule ("[level=…] QLabel") must be re-polished too
    for child in widget.findChildren(QWidget):
        style.unpolish(child)
        style.polish(child)
    widget.update()
    return True


# Condensed faces first: more digits per centimetre of a 7" screen; any sans will do.
_FAMILIES = ["DejaVu Sans Condensed", "Roboto Condensed", "Arial Narrow", "DejaVu Sans", "Sans"]


def ui_font(pixel_size: float, bold: bool = False) -> QFont:
    """The app's display font at ``pixel_size`` pixels (sizes follow the window, not DPI)."""
    f = QFont()
    f.setFamilies(_FAMILIES)
    f.setPixelSize(max(6, round(pixel_size)))
    f.setBold(bold)
    return f


def set_label_text(label: QLabel, text: str) -> bool:
    """Set a label's text only when it differs (a 10 Hz update must not re-layout for nothing)."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


def reserve_width(label: QLabel, template: str) -> None:
    """Make ``label`` at least as wide as ``template`` in its font.

    A label sized for its widest text never asks for a new layout when its text changes, so
    updating it at 10 Hz moves nothing else on the screen.
    """
    label.setMinimumWidth(round(QFontMetricsF(label.font()).horizontalAdvance(template)) + 4)

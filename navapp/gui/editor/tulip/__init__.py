"""The tulip editor: a box's junction diagram drawn with the mouse or the keyboard.

:mod:`~navapp.gui.editor.tulip.canvas` is the drawing, :mod:`~navapp.gui.editor.tulip.dialog`
the tools around it; the edits themselves are :mod:`navapp.core.tulip_edit`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QWidget


class TulipDialog(Protocol):
    """What the editor needs of a tulip dialog (TulipEditorDialog, or a test's stand-in)."""

    def exec(self) -> int: ...
    def tulip(self) -> Any: ...


# Makes the tulip dialog: (current Tulip | None, parent, route suggestion | None).
TulipDialogFactory = Callable[[Any, QWidget, Any], TulipDialog]


def make_tulip_dialog(tulip: Any, parent: QWidget, suggestion: Any) -> TulipDialog:
    """The tulip editor dialog for ``tulip`` with ``suggestion`` for "Auto from route"."""
    from navapp.gui.editor.tulip.dialog import TulipEditorDialog

    return TulipEditorDialog(tulip, parent, route_suggestion=suggestion)

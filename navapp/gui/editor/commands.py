"""Undo commands of the roadbook editor: every edit is one roadbook before and one after.

Roadbook values are frozen, so a command keeps both whole: undo and redo are exact and never
run the core edit again. The core function runs once, in :func:`make_command`, before the
command exists; a refused edit (:class:`~navapp.core.edit.EditError`) makes no command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from navapp.core.edit import EditError
from navapp.core.model import Roadbook

# Shows a roadbook in the editor and selects a row (-1: keep no selection).
Apply = Callable[[Roadbook, int], None]
# An edit: the roadbook before → the roadbook after, or (after, row to select).
Edit = Callable[[Roadbook], "Roadbook | tuple[Roadbook, int]"]


class RoadbookCommand(QUndoCommand):
    """Replace the editor's roadbook by ``after``; undo puts ``before`` back.

    ``row_before``/``row_after`` are the rows selected before and after, so undo and redo
    show the box they touch.
    """

    def __init__(
        self,
        text: str,
        before: Roadbook,
        after: Roadbook,
        apply: Apply,
        row_before: int = -1,
        row_after: int = -1,
    ) -> None:
        super().__init__(text)
        self.before = before
        self.after = after
        self.row_before = row_before
        self.row_after = row_after
        self._apply = apply

    def redo(self) -> None:
        self._apply(self.after, self.row_after)

    def undo(self) -> None:
        self._apply(self.before, self.row_before)


def make_command(
    text: str, before: Roadbook, edit: Edit, apply: Apply, row_before: int = -1
) -> RoadbookCommand:
    """Run ``edit`` once on ``before`` and wrap the result in a command (not yet pushed).

    Raises :class:`EditError` when the core refuses the edit; nothing is changed then.
    """
    result = edit(before)
    if isinstance(result, tuple):
        after, row_after = result
    else:
        after, row_after = result, row_before
    if not isinstance(after, Roadbook):  # a core function must give a roadbook back
        raise EditError(
            QCoreApplication.translate(
                "RoadbookCommand", "{edit}: the edit gave no roadbook"
            ).format(edit=text)
        )
    return RoadbookCommand(text, before, after, apply, row_before, row_after)

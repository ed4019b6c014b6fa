"""The words printed on roadbook pages that are not the roadbook's own data, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def untitled() -> str:
    """The page header's and the PDF's title for a roadbook without a name."""
    return QCoreApplication.translate("Printing", "Roadbook")


def no_boxes() -> str:
    """The line printed on the page of a roadbook without boxes."""
    return QCoreApplication.translate("Printing", "This roadbook has no boxes.")


def page_of(number: int, pages: int) -> str:
    """The page header's page number (``number`` 1-based)."""
    text = QCoreApplication.translate("Printing", "page {page} / {pages}")
    return text.format(page=number, pages=pages)


def reset_badge(distance: str) -> str:
    """The badge of a box where the trip meter is reset, with the reset distance."""
    return QCoreApplication.translate("Printing", "RESET {distance}").format(distance=distance)

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


def pdf_error(step: str) -> OSError:
    """The error raised when the PDF cannot be made at ``step`` (buffer, start, page, finish)."""
    tr = QCoreApplication.translate
    said = {
        "buffer": tr("Printing", "cannot open a buffer for the PDF"),
        "start": tr("Printing", "cannot start painting the PDF"),
        "page": tr("Printing", "cannot add a page to the PDF"),
        "finish": tr("Printing", "cannot finish the PDF"),
    }
    return OSError(said[step])

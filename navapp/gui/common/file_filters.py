"""File dialog filters ("Name (*.a *.A);;…") for the formats :mod:`navapp.io.file_types` lists."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from navapp.io.file_types import (
    FileType,
    map_file_types,
    roadbook_file_types,
    track_file_types,
    writer_file_types,
)


def entry(file_type: FileType) -> str:
    """One filter entry as Qt shows it: ``Name (*.a *.A)``."""
    return f"{file_type.label} ({' '.join(file_type.patterns)})"


def joined(types: Iterable[FileType]) -> str:
    """The filter string a QFileDialog takes."""
    return ";;".join(entry(t) for t in types)


def roadbook_filter() -> str:
    """Open roadbook: every roadbook format navapp reads."""
    return joined(roadbook_file_types())


def track_filter() -> str:
    """A recorded track or route line: every track format navapp reads."""
    return joined(track_file_types())


def drive_filter() -> str:
    """A recorded drive to replay or review: every track format navapp reads."""
    return joined(
        track_file_types(QCoreApplication.translate("FileFilters", "All recorded drives"))
    )


def map_filter() -> str:
    """An offline map file: MBTiles or PMTiles."""
    return joined(map_file_types())


def save_filters() -> tuple[str, dict[str, str]]:
    """Save roadbook as: the filter string, and the writer each of its entries stands for."""
    writers = writer_file_types()
    by_entry = {entry(t): fmt for fmt, t in writers}
    return joined(t for _fmt, t in writers), by_entry

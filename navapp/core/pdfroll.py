"""A PDF roadbook as a roll of box rows: where each row is on its page, and what its text says.

Positions are PDF points (1/72 in) from the top-left corner of the page, y down, so they do not
depend on the resolution a page is rendered at. Rows are numbered in reading order: top to
bottom, or bottom to top for a reverse roadbook: page by page, or over the whole document from
the bottom of the last page (``last_page_first``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PdfPage:
    """One page's size in points."""

    width: float
    height: float


@dataclass(frozen=True)
class PdfRow:
    """One box row found on a page.

    ``total_km``, ``partial_km`` and ``cap`` are read from the page's text layer, None where
    the page has none (a scan) or the row's text does not say. ``box`` is the index of the box
    the row became in the roadbook read with it, None when the row made no box.
    """

    number: int
    page: int
    top: float
    bottom: float
    left: float
    right: float
    total_km: float | None = None
    partial_km: float | None = None
    cap: int | None = None
    text: str = ""
    box: int | None = None


@dataclass(frozen=True)
class PdfRoll:
    """The rows of a PDF roadbook, in reading order, and the pages they are on.

    ``distance_column`` is the x range, in points, of the column holding the distances (the
    zoom target), when it was found. ``reverse`` rows are read bottom to top: each page in
    turn, or, with ``last_page_first``, the whole document from the bottom of its last page.
    """

    path: str
    pages: tuple[PdfPage, ...]
    rows: tuple[PdfRow, ...]
    distance_column: tuple[float, float] | None = None
    reverse: bool = False
    has_text: bool = False
    last_page_first: bool = False

    @property
    def follows_trip_meter(self) -> bool:
        """Whether every row has a total, so the roll can follow the trip meter by itself."""
        return bool(self.rows) and all(r.total_km is not None for r in self.rows)

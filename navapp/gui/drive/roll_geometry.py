"""Where each page and each box row of a PDF roadbook lies on the roll, in screen pixels.

The pages are stacked top to bottom into one strip fitted to the roll's width, a small gap
between them; a reverse roadbook's are stacked bottom to top (page 1 at the bottom), as each
of its pages is read from the bottom up and the next page goes on above it. One read from
its last page keeps the document's order (page 1 on top): its first row is at the foot of the
roll, the next above it. Zoomed to the
distance column, every page is scaled so that column (and a little around it) fills the width
instead. Positions are pixels from the top-left of the roll; nothing here knows about Qt, so
it is cheap to rebuild on every resize or zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

from navapp.core.pdfroll import PdfPage, PdfRow

# Page break on the roll, in pixels: enough to see where a page ends, not enough to read as a
# missing box.
PAGE_GAP_PX = 6.0
# Room kept on each side of the distance column when zoomed, in points.
COLUMN_MARGIN_PT = 4.0


@dataclass(frozen=True)
class PagePlace:
    """One page on the roll: its top and height, its scale, and the page x at the left edge."""

    top: float
    height: float
    scale: float  # pixels per point
    left_pt: float  # the page x, in points, shown at the roll's left edge

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Rect:
    """A rectangle on the roll, in pixels."""

    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height


class RollGeometry:
    """The pages of a roll ``width`` pixels wide, whole or zoomed to ``column`` (points),
    page 1 at the top, or at the bottom when ``reverse``."""

    def __init__(
        self,
        pages: tuple[PdfPage, ...],
        width: float,
        column: tuple[float, float] | None = None,
        gap: float = PAGE_GAP_PX,
        reverse: bool = False,
    ) -> None:
        self.width = max(1.0, width)
        self.column = column
        places: dict[int, PagePlace] = {}
        y = 0.0
        order = range(len(pages) - 1, -1, -1) if reverse else range(len(pages))
        for i in order:
            page = pages[i]
            if column is not None:
                left = max(0.0, column[0] - COLUMN_MARGIN_PT)
                right = min(page.width, column[1] + COLUMN_MARGIN_PT)
                shown = right - left if right > left else page.width
            else:
                left, shown = 0.0, page.width
            scale = self.width / max(1.0, shown)
            places[i] = PagePlace(y, page.height * scale, scale, left)
            y += page.height * scale + gap
        self.pages = tuple(places[i] for i in range(len(pages)))
        self.height = max(0.0, y - gap) if places else 0.0

    def page_rect(self, page: int) -> Rect:
        """The part of page ``page`` shown on the roll (all of it, or its distance column)."""
        place = self.pages[page]
        return Rect(0.0, place.top, self.width, place.height)

    def rect(self, page: int, left: float, top: float, right: float, bottom: float) -> Rect:
        """A rectangle given in the page's points, on the roll."""
        place = self.pages[page]
        s = place.scale
        x = (left - place.left_pt) * s
        return Rect(x, place.top + top * s, (right - left) * s, (bottom - top) * s)

    def row_rect(self, row: PdfRow) -> Rect:
        """Where ``row`` is on the roll."""
        return self.rect(row.page, row.left, row.top, row.right, row.bottom)

    def pages_between(self, top: float, bottom: float) -> list[int]:
        """The pages with some part between ``top`` and ``bottom`` on the roll."""
        return [i for i, p in enumerate(self.pages) if p.bottom > top and p.top < bottom]

"""A PDF roadbook read into a :class:`Roadbook`: one box per row with a total, and the roll.

Rows are found on the rendered pages (:mod:`navapp.io.pdfbook.rows`) and read from the text
layer where there is one (:mod:`navapp.io.pdfbook.rowtext`). Pages follow each other, so rows
continue from one page to the next; on each page the left column comes first. A reverse
roadbook keeps its pages in order and reads each column bottom to top; one read from the last
page reads the whole document bottom to top, its last page first.

Not box rows: a ruled table head ("Distance | Tulip | Notes") or foot at the top or bottom of
a page's column, a row without a word on a page with text (a chart), and the rows of leading
or trailing pages whose rows are not as high as the roadbook's or stand apart (a cover page).
Where the totals restart and the printed partial says so, without a printed ``RESET`` (Rally
Navigator's section start), the box before the restart resets the trip meter.

Pages are read as a viewer shows them, after their ``/Rotate``; the text of a page turned
upside down (``/Rotate 180``) comes out of PDFium backwards and is not read (its rows are).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from navapp.core.i18n import translate
from navapp.core.model import Box, Metadata, Roadbook, Units, number_boxes
from navapp.core.pdfroll import PdfRoll, PdfRow
from navapp.io.errors import InputError
from navapp.io.pdfbook.document import PdfSource, open_pdf, render_gray, render_scale
from navapp.io.pdfbook.rows import RowBand, find_rows
from navapp.io.pdfbook.rowtext import DISTANCE as _DISTANCE
from navapp.io.pdfbook.rowtext import RowText, lines, read_row
from navapp.io.pdfbook.textlayer import Word, page_words

_MILES = re.compile(r"^(mi|miles?)$", re.I)
_KM = re.compile(r"^(km|kms)$", re.I)
# Room left of the total and right of it in the distance column given to the zoom, points.
_COLUMN_PAD = 4.0
# A row at the head or foot of a page's column this much shorter than most is a table head.
_SHORT_ROW = 0.75
# Rows this close (points) share the rule between them: a heavy reset rule is 2.4 mm.
_RULE_GAP = 7.0
# Printed distances this close are the same (two decimals, rounded).
_SAME_DISTANCE = 0.015
# Box rows of one roadbook are this close to the same height (a share of the usual one).
_SAME_HEIGHT = 0.15


@dataclass(frozen=True)
class _Found:
    page: int
    band: RowBand
    reading: RowText
    page_has_text: bool

    @property
    def height(self) -> float:
        return self.band.bottom - self.band.top


def read_pdf_roadbook(
    path: str | Path, reverse: bool | None = None, from_last_page: bool | None = None
) -> Roadbook:
    """Read a PDF roadbook: its box rows, and what their text layer says.

    ``reverse`` True reads the rows bottom to top (a reverse roadbook), False top to bottom,
    None decides by the totals (a page whose totals fall down the page is read upwards).
    ``from_last_page`` True reads a reverse roadbook from the bottom of its last page up to
    the top of page 1 (and implies ``reverse``), False page by page; None decides by the
    totals (they grow towards page 1), else page by page.
    Every row found is in ``Roadbook.pdf.rows``; a row with a total becomes a box (no
    position). Raises :class:`InputError` for a file that is no readable PDF.
    """
    with open_pdf(path) as source:
        found, has_text, units, header_total = _scan(source)
        pages = source.pages
        title = source.title
        creator = source.creator
    found = _without_covers(_without_table_heads(_without_blank_rows(found)))
    if from_last_page:
        reverse = True
    if reverse is None:
        reverse = _reads_upwards(found)
    if reverse and from_last_page is None:
        # The two orders differ only where a page ends: the one whose totals rise there.
        from_last_page = _rise(found[::-1]) > _rise(_upwards(found))
    last_page_first = bool(reverse and from_last_page)
    if last_page_first:
        found = found[::-1]
    elif reverse:
        found = _upwards(found)
    boxes: list[Box] = []
    rows: list[PdfRow] = []
    previous: RowText | None = None
    for number, item in enumerate(found, start=1):
        r, band = item.reading, item.band
        box_index = None
        if r.total is not None:
            if previous is not None and boxes and boxes[-1].reset_km is None:
                reset = _reset_before(previous, r)
                if reset is not None:
                    boxes[-1] = replace(boxes[-1], reset_km=units.display_to_km(reset))
            box_index = len(boxes)
            boxes.append(_box(r, units))
            previous = r
        rows.append(
            PdfRow(
                number=number,
                page=item.page,
                top=band.top,
                bottom=band.bottom,
                left=band.left,
                right=band.right,
                total_km=units.display_to_km(r.total) if r.total is not None else None,
                partial_km=units.display_to_km(r.partial) if r.partial is not None else None,
                cap=r.cap,
                text=r.text,
                box=box_index,
            )
        )
    roll = PdfRoll(
        path=str(path),
        pages=pages,
        rows=tuple(rows),
        distance_column=_distance_column(found),
        reverse=reverse,
        has_text=has_text,
        last_page_first=last_page_first,
    )
    return Roadbook(
        name=title or Path(path).stem,
        units=units,
        boxes=number_boxes(boxes),
        metadata=Metadata(
            total_km=units.display_to_km(header_total) if header_total is not None else None,
            creator=creator,
        ),
        warnings=_warnings(path, roll, len(boxes)),
        pdf=roll,
    )


def _scan(source: PdfSource) -> tuple[list[_Found], bool, Units, float | None]:
    """Every row of every page, read top to bottom; whether there is text; the units; the
    stage total printed in the header of a navapp print (printed units)."""
    found: list[_Found] = []
    header_total: float | None = None
    has_text = False
    miles = km = 0
    for index, page in enumerate(source.pages):
        scale = render_scale(page)
        bands = find_rows(render_gray(source, index, scale), scale)
        words = page_words(source.document, index)
        has_text = has_text or bool(words)
        miles += sum(1 for w in words if _MILES.match(w.text))
        km += sum(1 for w in words if _KM.match(w.text))
        for band in bands:
            inside = [w for w in words if _inside(w, band)]
            reading = read_row(inside, source.made_by_navapp)
            found.append(_Found(index, band, reading, bool(words)))
        if index == 0 and bands and source.made_by_navapp:
            header_total = _header_total([w for w in words if w.bottom <= bands[0].top])
    units = Units.STATUTE if miles > km else Units.METRIC
    return found, has_text, units, header_total


def _header_total(header: list[Word]) -> float | None:
    """navapp's header: ``STAGE NAME   123.45 km   page 1 / n``."""
    for line in lines(header):
        for number, unit in itertools.pairwise(line):
            if _DISTANCE.match(number.text) and (_KM.match(unit.text) or _MILES.match(unit.text)):
                return float(number.text.replace(",", "."))
    return None


def _inside(word: Word, band: RowBand) -> bool:
    return band.top <= word.y_mid <= band.bottom and band.left <= word.x_mid <= band.right


def _mostly_read(found: list[_Found]) -> bool:
    """Whether most rows have a total: the text layer is one this reader understands."""
    return sum(1 for f in found if f.reading.total is not None) * 2 >= len(found) > 0


def _without_blank_rows(found: list[_Found]) -> list[_Found]:
    """The rows less those without a word on a page with words, when most rows are read: a
    box prints its total; a ruled space with none is a chart or a picture (a cover page).

    A scanned page among printed ones has no words at all: its rows stay.
    """
    if not _mostly_read(found):
        return found
    return [f for f in found if f.reading.text or not f.page_has_text]


def _without_covers(found: list[_Found]) -> list[_Found]:
    """The rows less those of leading and trailing pages that hold no box rows (a cover, a
    back page): pages where no row is as high as the roadbook's rows (within
    :data:`_SAME_HEIGHT`), or whose rows stand apart instead of sharing rules as a table of
    boxes does."""
    if not found:
        return found
    usual = float(np.median([f.height for f in found]))
    pages: dict[int, list[_Found]] = {}
    for f in found:
        pages.setdefault(f.page, []).append(f)
    boxed = [page for page, rows in pages.items() if _holds_boxes(rows, usual)]
    if not boxed:
        return found
    return [f for f in found if boxed[0] <= f.page <= boxed[-1]]


def _holds_boxes(rows: list[_Found], usual: float) -> bool:
    """Whether a page's rows look like box rows: one as high as usual, and, with more than
    one row, two sharing a rule."""
    if not any(abs(f.height - usual) <= _SAME_HEIGHT * usual for f in rows):
        return False
    if len(rows) < 2:
        return True
    return any(
        a.band.column == b.band.column and 0 <= b.band.top - a.band.bottom <= _RULE_GAP
        for a, b in itertools.pairwise(rows)
    )


def _without_table_heads(found: list[_Found]) -> list[_Found]:
    """The rows less a ruled table head or foot: the first or last row of a page's column,
    with no total, whose text has no figure at all ("Distance  Tulip  Notes") or that is
    clearly shorter than the rows of the roadbook.

    A box row always has figures (its total, its number), even where they are not read, and
    box rows are all about as high.
    """
    if not found:
        return found
    usual = float(np.median([f.height for f in found]))
    kept = []
    for i, item in enumerate(found):
        key = (item.page, item.band.column)
        first = i == 0 or (found[i - 1].page, found[i - 1].band.column) != key
        last = i == len(found) - 1 or (found[i + 1].page, found[i + 1].band.column) != key
        text = item.reading.text
        head = item.reading.total is None and (
            (bool(text) and not any(ch.isdigit() for ch in text))
            or item.height < _SHORT_ROW * usual
        )
        if not ((first or last) and head):
            kept.append(item)
    return kept


def _reads_upwards(found: list[_Found]) -> bool:
    """Whether the totals mostly fall from one row to the next down the pages."""
    return _rise(found) < 0


def _rise(found: list[_Found]) -> int:
    """How many more times the totals rise than fall from one row to the next, in the order
    of ``found`` (a fall at a printed reset does not count)."""
    rises = falls = 0
    previous: RowText | None = None
    for item in found:
        r = item.reading
        if r.total is None:
            continue
        if previous is not None and previous.total is not None:
            if r.total > previous.total:
                rises += 1
            elif r.total < previous.total and previous.reset is None and r.reset is None:
                falls += 1
        previous = r
    return rises - falls


def _upwards(found: list[_Found]) -> list[_Found]:
    """The rows in reverse-roadbook order: pages in order, each column bottom to top."""
    out: list[_Found] = []
    start = 0
    for i in range(1, len(found) + 1):
        if i == len(found) or (found[i].page, found[i].band.column) != (
            found[start].page,
            found[start].band.column,
        ):
            out.extend(reversed(found[start:i]))
            start = i
    return out


def _reset_before(previous: RowText, row: RowText) -> float | None:
    """The trip meter value the box before ``row`` resets to, when the printed totals and
    partial say there was a reset but no ``RESET`` is printed (Rally Navigator restarts the
    totals at a section start): the total less the partial, where that is not the previous
    total."""
    if row.total is None or row.partial is None or previous.total is None:
        return None
    start = round(row.total - row.partial, 3)
    if start < 0 or abs(start - previous.total) <= _SAME_DISTANCE:
        return None
    return start


def _box(r: RowText, units: Units) -> Box:
    assert r.total is not None
    return Box(
        index=0,
        total_km=units.display_to_km(r.total),
        cap=r.cap,
        waypoints=r.waypoints,
        speed_limit_kmh=units.display_to_km(r.speed_limit) if r.speed_limit else None,
        danger=r.danger,
        reset_km=units.display_to_km(r.reset) if r.reset is not None else None,
        name=r.label,
    )


def _distance_column(found: list[_Found]) -> tuple[float, float] | None:
    """The x range of the distance column of the first column's rows.

    From the rows' left edge to just right of the totals where the text says; on a scan, to
    the first vertical rule of the rows (a ruled roadbook's distance cell).
    """
    first = [item for item in found if item.band.column == 0]
    totals = [item.reading.distance_x[1] for item in first if item.reading.distance_x]
    if not first:
        return None
    left = min(item.band.left for item in first)
    if totals:
        return (left, max(totals) + _COLUMN_PAD)
    dividers = [item.band.dividers[0] for item in first if item.band.dividers]
    # The same rule in most rows: a divider found in only a few is something drawn there.
    if len(dividers) * 2 < len(first):
        return None
    return (left, float(np.median(dividers)))


def _warnings(path: str | Path, roll: PdfRoll, boxes: int) -> tuple[str, ...]:
    rows = len(roll.rows)
    if not rows:
        return (
            str(
                InputError(
                    path,
                    translate("PdfRoadbook", "no box rows found on the pages: nothing to follow"),
                )
            ),
        )
    if not roll.has_text:
        return (
            str(
                InputError(
                    path,
                    translate(
                        "PdfRoadbook",
                        "no text layer (a scan): {rows} rows found, but the roll "
                        "cannot follow the trip meter; scroll it by hand",
                    ).format(rows=rows),
                )
            ),
        )
    if boxes < rows:
        return (
            str(
                InputError(
                    path,
                    translate(
                        "PdfRoadbook",
                        "{count} of {rows} rows have no distance in the text layer: the "
                        "roll cannot follow the trip meter past them",
                    ).format(count=rows - boxes, rows=rows),
                )
            ),
        )
    return ()

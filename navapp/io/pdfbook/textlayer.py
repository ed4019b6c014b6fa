"""A page's text layer as words with boxes, in points from the top-left (y down).

PDFium gives characters one by one; they are joined into words here: a word ends at a space,
a line break PDFium inserted, a jump back or across more than a character's gap, or a change of
line. A word's ``size`` is the height of its tallest glyph box, so a large printed total and a
small partial under it compare by size whatever the fonts.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A page with more characters than this is not a roadbook page of boxes; only these are read.
MAX_CHARS_PER_PAGE = 20_000


@dataclass(frozen=True)
class Word:
    """One word of a page's text and its box in points (y down)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float

    @property
    def x_mid(self) -> float:
        return (self.left + self.right) / 2

    @property
    def y_mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Open:
    chars: list[str]
    left: float
    top: float
    right: float
    bottom: float
    size: float

    def word(self) -> Word:
        return Word("".join(self.chars), self.left, self.top, self.right, self.bottom, self.size)


def page_words(document: pdfium.PdfDocument, index: int, page_height: float) -> list[Word]:
    """The words of page ``index`` in the order the PDF draws them (empty without text)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
    except pdfium.PdfiumError:
        page.close()
        return []
    try:
        return _words(textpage, page_height)
    finally:
        textpage.close()
        page.close()


def _words(textpage: pdfium.PdfTextPage, page_height: float) -> list[Word]:
    raw = textpage.raw
    count = min(textpage.count_chars(), MAX_CHARS_PER_PAGE)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    words: list[Word] = []
    current: _Open | None = None
    for i in range(max(count, 0)):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        ch = chr(code) if 0 < code < 0x110000 else " "
        blank = ch.isspace() or pdfium_c.FPDFText_IsGenerated(raw, i) == 1
        if blank or not pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top):
            if current is not None:
                words.append(current.word())
                current = None
            continue
        x0, x1 = left.value, right.value
        y0, y1 = page_height - top.value, page_height - bottom.value
        height = max(y1 - y0, 0.0)
        if current is not None and not _continues(current, x0, y0, y1):
            words.append(current.word())
            current = None
        if current is None:
            current = _Open([ch], x0, y0, x1, y1, height)
        else:
            current.chars.append(ch)
            current.left = min(current.left, x0)
            current.right = max(current.right, x1)
            current.top = min(current.top, y0)
            current.bottom = max(current.bottom, y1)
            current.size = max(current.size, height)
    if current is not None:
        words.append(current.word())
    return words


def _continues(word: _Open, x0: float, y0: float, y1: float) -> bool:
    """Whether a glyph at ``x0`` (top ``y0``, bottom ``y1``) goes on with ``word``."""
    em = max(word.size, y1 - y0, 1.0)
    same_line = min(word.bottom, y1) - max(word.top, y0) > -0.1 * em
    return same_line and word.right - 0.3 * em <= x0 <= word.right + 0.35 * em

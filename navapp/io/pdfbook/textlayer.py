"""A page's text layer as words with boxes, in points from the top-left (y down).

PDFium gives characters one by one, in the order the page draws them, each with its box: the
glyph's advance by the font's ascent and descent. They are joined into words here: a word ends
at a space, a line break PDFium inserted, or a glyph that does not touch the one before (more
than a fifth of the font size away, in any direction: text on a page turned by ``/Rotate``
joins as well as upright text). A word's ``size`` is the height of its glyph boxes, about the
font size, so a large printed total and a small partial under it compare by size whatever the
fonts. Boxes are given as the page is shown, after its ``/Rotate``.
"""

from __future__ import annotations

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
    last: tuple[float, float, float, float]

    def word(self) -> Word:
        return Word("".join(self.chars), self.left, self.top, self.right, self.bottom, self.size)


def page_words(document: pdfium.PdfDocument, index: int) -> list[Word]:
    """The words of page ``index`` in the order the PDF draws them (empty without text)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
    except pdfium.PdfiumError:
        page.close()
        return []
    try:
        width = pdfium_c.FPDF_GetPageWidthF(page.raw)
        height = pdfium_c.FPDF_GetPageHeightF(page.raw)
        # The page's own size, before its /Rotate: the space PDFium gives glyph boxes in.
        if page.get_rotation() in (90, 270):
            width, height = height, width
        return _words(textpage, _Shown(page.get_rotation(), width, height))
    finally:
        textpage.close()
        page.close()


@dataclass(frozen=True)
class _Shown:
    """Maps PDF user space (y up, page unturned) to the page as shown (y down, turned)."""

    rotation: int
    width: float
    height: float

    def box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) as shown, of a box from (x0, y0) to (x1, y1)."""
        w, h = self.width, self.height
        if self.rotation == 90:
            return y0, x0, y1, x1
        if self.rotation == 180:
            return w - x1, y0, w - x0, y1
        if self.rotation == 270:
            return h - y1, w - x1, h - y0, w - x0
        return x0, h - y1, x1, h - y0


def _words(textpage: pdfium.PdfTextPage, shown: _Shown) -> list[Word]:
    raw = textpage.raw
    count = min(textpage.count_chars(), MAX_CHARS_PER_PAGE)
    rect = pdfium_c.FS_RECTF()
    words: list[Word] = []
    current: _Open | None = None
    for i in range(max(count, 0)):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        ch = chr(code) if 0 < code < 0x110000 else " "
        blank = ch.isspace() or pdfium_c.FPDFText_IsGenerated(raw, i) == 1
        if blank or not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            if current is not None:
                words.append(current.word())
                current = None
            continue
        glyph = shown.box(rect.left, rect.bottom, rect.right, rect.top)
        x0, y0, x1, y1 = glyph
        height = max(y1 - y0, 0.0)
        if current is not None and not _touches(current, glyph):
            words.append(current.word())
            current = None
        if current is None:
            current = _Open([ch], x0, y0, x1, y1, height, glyph)
        else:
            current.chars.append(ch)
            current.left = min(current.left, x0)
            current.right = max(current.right, x1)
            current.top = min(current.top, y0)
            current.bottom = max(current.bottom, y1)
            current.size = max(current.size, height)
            current.last = glyph
    if current is not None:
        words.append(current.word())
    return words


def _touches(word: _Open, glyph: tuple[float, float, float, float]) -> bool:
    """Whether ``glyph`` is within a fifth of the font size of the word's last glyph."""
    x0, y0, x1, y1 = glyph
    lx0, ly0, lx1, ly1 = word.last
    # Glyph boxes are the font's advance by its ascent and descent: in a word they touch.
    reach = 0.2 * max(word.size, y1 - y0, 1.0)
    return x0 <= lx1 + reach and lx0 <= x1 + reach and y0 <= ly1 + reach and ly0 <= y1 + reach

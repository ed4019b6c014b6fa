"""Opening a PDF roadbook with PDFium: its pages, checked and bounded, and each page as an image.

Everything a hostile or damaged file could make expensive is bounded here: the page count, the
page size and the rendered image size. Failures become one :class:`InputError` line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.core.pdfroll import PdfPage
from navapp.io.errors import InputError
from navapp.io.files import read_bytes

# A stage of 1000 boxes takes 143 A5 pages; nobody carries ten times that into a car.
MAX_PAGES = 2000
# A 200-box print with its tulips is 3.4 MB and a 300 dpi scan of it about 60 MB.
MAX_FILE_BYTES = 500_000_000
# The PDF format's own page limit is 14400 points (200 in); a little over allows UserUnit pages.
MAX_PAGE_POINTS = 15_000.0
MIN_PAGE_POINTS = 36.0
# Rows are found at a modest resolution: a 0.3 mm rule is still a pixel, a page costs little.
ROW_DPI = 72.0
# Whatever the page size, an image for row detection has at most this many pixels.
MAX_RENDER_PIXELS = 4_000_000

GrayImage = npt.NDArray[np.uint8]

_PROTECTED = {
    pdfium_c.FPDF_ERR_PASSWORD: QT_TRANSLATE_NOOP(
        "PdfDocument", "the PDF is protected by a password; save an unprotected copy"
    ),
    pdfium_c.FPDF_ERR_SECURITY: QT_TRANSLATE_NOOP(
        "PdfDocument", "the PDF uses an unsupported protection; save an unprotected copy"
    ),
}


def _load_error(code: int | None, data: bytes) -> str:
    """Why PDFium could not load ``data``, in one line.

    PDFium keeps its last error when a later load fails for a reason it has no code for (a
    page tree with no pages), so a password is only blamed on a file that is encrypted.
    """
    if code in _PROTECTED and b"/Encrypt" in data:
        return translate("PdfDocument", _PROTECTED[code])
    if code in (pdfium_c.FPDF_ERR_FORMAT, pdfium_c.FPDF_ERR_FILE):
        return translate("PdfDocument", "not a readable PDF (damaged)")
    return translate("PdfDocument", "not a readable PDF (damaged, or it has no pages)")


@dataclass(frozen=True)
class PdfSource:
    """An open PDF roadbook: PDFium's document and the size of each page in points."""

    path: str
    document: pdfium.PdfDocument
    pages: tuple[PdfPage, ...]
    title: str = ""
    creator: str = ""

    @property
    def made_by_navapp(self) -> bool:
        """Whether navapp printed this PDF (its layout is then read exactly)."""
        return self.creator.lower() == "navapp"


@contextmanager
def open_pdf(path: str | Path) -> Iterator[PdfSource]:
    """The PDF at ``path``, open for the time of the ``with`` block.

    Raises :class:`InputError` for a file that cannot be read, is not a PDF, is protected by a
    password, has no pages, too many pages, or a page of absurd size.
    """
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0  # read_bytes says what is wrong with the file
    if size > MAX_FILE_BYTES:
        mb, limit = round(size / 1e6), round(MAX_FILE_BYTES / 1e6)
        raise InputError(
            path,
            translate(
                "PdfDocument", "the PDF is {mb} MB; navapp reads PDFs up to {limit} MB"
            ).format(mb=mb, limit=limit),
        )
    data = read_bytes(path)
    if b"%PDF-" not in data[:1024]:
        raise InputError(path, translate("PdfDocument", "not a PDF file (no %PDF header)"))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise InputError(path, _load_error(e.err_code, data)) from None
    try:
        info = _info(document)
        yield PdfSource(
            str(path),
            document,
            _page_sizes(document, path),
            info.get("Title", "").strip(),
            info.get("Creator", "").strip(),
        )
    finally:
        document.close()


def _page_sizes(document: pdfium.PdfDocument, path: str | Path) -> tuple[PdfPage, ...]:
    count = len(document)
    if count == 0:
        raise InputError(path, translate("PdfDocument", "the PDF has no pages"))
    if count > MAX_PAGES:
        raise InputError(
            path,
            translate(
                "PdfDocument", "the PDF has {count} pages; navapp reads up to {limit}"
            ).format(count=count, limit=MAX_PAGES),
        )
    pages = []
    for index in range(count):
        try:
            width, height = document.get_page_size(index)
        except pdfium.PdfiumError:
            raise InputError(
                path,
                translate("PdfDocument", "page {page} cannot be read (damaged PDF)").format(
                    page=index + 1
                ),
            ) from None
        if not (MIN_PAGE_POINTS <= width <= MAX_PAGE_POINTS) or not (
            MIN_PAGE_POINTS <= height <= MAX_PAGE_POINTS
        ):
            raise InputError(
                path,
                translate(
                    "PdfDocument",
                    "page {page} is {width} x {height} points, not a "
                    "page size a roadbook is printed on",
                ).format(page=index + 1, width=f"{width:.0f}", height=f"{height:.0f}"),
            )
        pages.append(PdfPage(float(width), float(height)))
    return tuple(pages)


def _info(document: pdfium.PdfDocument) -> dict[str, str]:
    """The document information (Title, Creator ...); empty when it cannot be read."""
    try:
        return {str(k): str(v) for k, v in document.get_metadata_dict().items()}
    except (pdfium.PdfiumError, UnicodeError, ValueError):
        return {}


def render_scale(page: PdfPage, dpi: float = ROW_DPI) -> float:
    """Pixels per point for rendering ``page`` at ``dpi``, reduced to stay within
    :data:`MAX_RENDER_PIXELS`."""
    scale = dpi / 72.0
    pixels = page.width * page.height * scale * scale
    if pixels > MAX_RENDER_PIXELS:
        scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
    return scale


def render_gray(source: PdfSource, index: int, scale: float) -> GrayImage:
    """Page ``index`` rendered in grey levels (0 black .. 255 white), ``scale`` pixels a point.

    Paths are drawn without anti-aliasing, so a hairline rule comes out as whole dark pixels
    however thin it is; annotations and form fields are drawn as a viewer shows them.
    """
    page = source.document[index]
    try:
        bitmap = page.render(
            scale=scale,
            grayscale=True,
            no_smoothpath=True,
            draw_annots=True,
            may_draw_forms=False,
        )
        image = np.array(bitmap.to_numpy(), dtype=np.uint8, copy=True)
    except pdfium.PdfiumError:
        raise InputError(
            source.path,
            translate("PdfDocument", "page {page} cannot be drawn (damaged PDF)").format(
                page=index + 1
            ),
        ) from None
    finally:
        page.close()
    if image.ndim == 3:
        image = image[:, :, 0]
    return image

"""Opening PDFs: every file navapp cannot read gets one clear line, never a traceback or a hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from navapp.core.pdfroll import PdfPage
from navapp.io.errors import InputError
from navapp.io.pdfbook import document
from navapp.io.pdfbook.document import MAX_PAGES, MAX_RENDER_PIXELS, open_pdf, render_scale
from navapp.io.registry import read_roadbook, roadbook_format
from tests.unit.io.pdfbook import pdfs


def _error(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_roadbook(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


def test_a_pdf_is_a_roadbook_format() -> None:
    assert roadbook_format("stage.PDF") == "pdf"


def test_a_file_that_is_no_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("Stage 3: DSS at km 0, WPM 1 at km 12.3\n")
    assert "not a PDF file" in _error(path)


def test_an_empty_or_missing_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert "not a PDF file" in _error(empty)
    assert "no such file" in _error(tmp_path / "missing.pdf")


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    pdfs.blank_pages(good, 2)
    data = good.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:40])
    assert "not a readable PDF" in _error(cut)


def test_a_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    pdfs.blank_pages(plain, 1)
    locked = tmp_path / "locked.pdf"
    pdfs.encrypted(plain, locked)
    assert "protected by a password; save an unprotected copy" in _error(locked)
    # PDFium's last error outlives the file it was about: the next file is not blamed for it.
    nothing = tmp_path / "nothing.pdf"
    pdfs.blank_pages(nothing, 0)
    assert _error(nothing).endswith("not a readable PDF (damaged, or it has no pages)")


def test_a_pdf_without_pages_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nothing.pdf"
    pdfs.blank_pages(path, 0)
    # PDFium refuses to load a page tree without pages, as it does a damaged one.
    assert _error(path).endswith("no pages)")


def test_too_many_pages_are_refused_before_any_is_drawn(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    pdfs.blank_pages(path, MAX_PAGES + 1, size=(72.0, 72.0))
    assert f"has {MAX_PAGES + 1} pages; navapp reads up to {MAX_PAGES}" in _error(path)


@pytest.mark.parametrize("size", [(100_000.0, 500.0), (10.0, 10.0)])
def test_an_absurd_page_size_is_refused(tmp_path: Path, size: tuple[float, float]) -> None:
    path = tmp_path / "odd.pdf"
    pdfs.blank_pages(path, 1, size=size)
    assert "not a page size a roadbook is printed on" in _error(path)


def test_blank_pages_read_as_no_rows_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    pdfs.blank_pages(path, 3)
    roadbook = read_roadbook(path)
    assert roadbook.boxes == () and roadbook.pdf is not None
    assert roadbook.pdf.rows == () and len(roadbook.pdf.pages) == 3
    assert roadbook.warnings == (f"{path}: no box rows found on the pages: nothing to follow",)


def test_pages_are_sized_in_points(tmp_path: Path) -> None:
    path = tmp_path / "a4.pdf"
    pdfs.blank_pages(path, 2, size=(595.0, 842.0))
    with open_pdf(path) as source:
        assert source.pages == (PdfPage(595.0, 842.0), PdfPage(595.0, 842.0))
        image = document.render_gray(source, 1, render_scale(source.pages[1]))
    assert image.shape == (842, 595) and int(image.min()) == 255


def test_a_big_page_is_drawn_within_the_pixel_budget() -> None:
    scale = render_scale(PdfPage(14_400.0, 14_400.0))
    assert (14_400 * scale) ** 2 == pytest.approx(MAX_RENDER_PIXELS, rel=1e-6)
    assert render_scale(PdfPage(420.0, 595.0)) == 1.0


def test_a_file_too_big_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.pdf"
    pdfs.blank_pages(path, 1)
    with path.open("ab") as fh:
        fh.write(b"%" + b"x" * 2_000_000 + b"\n")
    monkeypatch.setattr(document, "MAX_FILE_BYTES", 1_000_000)
    assert _error(path).endswith("the PDF is 2 MB; navapp reads PDFs up to 1 MB")

"""PDF roadbooks: box rows found on the pages, distances and CAPs read from the text layer.

The one entry point is :func:`read_pdf_roadbook`; the roll it carries (``Roadbook.pdf``) says
where every row is on its page for the drive view to show.
"""

from navapp.io.pdfbook.roadbook import read_pdf_roadbook

__all__ = ["read_pdf_roadbook"]

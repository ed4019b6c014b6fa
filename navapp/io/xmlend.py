"""Where an XML file's data really ends, and how much of a cut-off file is whole.

A GPS logger that loses power leaves a file cut off mid-element, often followed by the NUL
(or erased-flash 0xFF) bytes of a half-written block. :func:`data_end` looks only at the end
of the file, so a reader can give the parser the data up to the last complete element and
keep what is whole.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from typing import BinaryIO

# What a logger leaves after its data when the power goes.
_PADDING = b"\x00\xff"
# How much of the end of the data is searched for the last complete element.
_TAIL_BYTES = 64 * 1024


@dataclass(frozen=True)
class DataEnd:
    """Where to stop feeding the parser.

    ``stop`` is the byte offset to feed up to: the end of the data (padding dropped), or,
    when the root element is never closed, the end of the last complete element. ``whole``
    is False when no complete element was found to stop after, so the parser's last element
    may be cut. ``closed`` says the root element is closed after the last complete element
    (a whole document, or one damaged some other way). ``lines_after`` counts the line
    breaks between ``stop`` and the end of the data, to name the line where a cut-off file
    ends.
    """

    stop: int
    whole: bool
    lines_after: int
    closed: bool = False  # the root element's end tag comes after the last item


def utf16_codec(head: bytes) -> str:
    """The UTF-16 codec of a document starting with ``head``, or "" when it is not UTF-16."""
    if head.startswith(codecs.BOM_UTF16_LE) or head[:2] == b"<\x00":
        return "utf-16-le"
    if head.startswith(codecs.BOM_UTF16_BE) or head[:2] == b"\x00<":
        return "utf-16-be"
    return ""


def _content_end(fh: BinaryIO, size: int) -> int:
    """The offset after the last byte that is not padding."""
    pos = size
    while pos > 0:
        start = max(0, pos - _TAIL_BYTES)
        fh.seek(start)
        kept = fh.read(pos - start).rstrip(_PADDING)
        if kept:
            return start + len(kept)
        pos = start
    return 0


def data_end(
    fh: BinaryIO,
    head: bytes,
    root: str,
    elements: tuple[str, ...],
    tail_bytes: int = _TAIL_BYTES,
) -> DataEnd:
    """Where the parser should stop reading ``fh`` (a document whose root is ``root``).

    ``elements`` are the local names whose end makes a complete item (``trkpt``, ``wpt`` …),
    looked for in the last ``tail_bytes`` of the data. Leaves ``fh`` at an unspecified
    position.
    """
    size = fh.seek(0, os.SEEK_END)
    codec = utf16_codec(head)
    # UTF-16 has NULs in every other byte: nothing there is padding.
    end = size if codec else _content_end(fh, size)
    start = max(0, end - tail_bytes)
    if codec:
        start -= start % 2
        end -= (end - start) % 2
    fh.seek(start)
    text = fh.read(end - start).decode(codec or "latin-1", errors="replace")
    width = 2 if codec else 1
    names = "|".join(re.escape(e) for e in elements)
    prefix = r"(?:[A-Za-z_][\w.-]*:)?"
    last = None
    for match in re.finditer(rf"</{prefix}(?:{names})\s*>|<{prefix}(?:{names})\b[^<>]*/>", text):
        last = match
    after = last.end() if last is not None else 0
    if re.search(rf"</{prefix}{re.escape(root)}\s*>", text[after:]):
        return DataEnd(end, True, 0, closed=True)
    if last is None:
        return DataEnd(end, False, 0)
    return DataEnd(start + after * width, True, text[after:].rstrip().count("\n"))

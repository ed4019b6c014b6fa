"""Safe XML parsing for every XML reader: no entities, no DTDs, no network, no other files."""

from __future__ import annotations

import codecs
import io
from pathlib import Path
from typing import Any

from lxml import etree

from navapp.core.i18n import QT_TRANSLATE_NOOP, translate
from navapp.io.errors import InputError
from navapp.io.xmlend import data_end, utf16_codec

# How much of the start of a document is searched for a DOCTYPE before parsing.
_PROLOG_BYTES = 64 * 1024


def safe_parser(**kwargs: Any) -> etree.XMLParser:
    """An lxml parser that never expands entities, loads a DTD or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        **kwargs,
    )


def decode_head(head: bytes) -> str:
    """The start of an XML document as text, enough to find its markup (UTF-8 or UTF-16)."""
    if head.startswith(codecs.BOM_UTF8):
        return "\ufeff" + head[3:].decode("latin-1")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("latin-1")


_DTD_MESSAGE = QT_TRANSLATE_NOOP("Safexml", "DTDs and entities are not allowed in navapp files")


class EndsEarlyError(InputError):
    """A document cut off mid-element: what comes before the cut may still be read."""


class _Refused(Exception):
    """A DTD or entity declaration found in the prolog, at ``pos``."""

    def __init__(self, pos: int) -> None:
        super().__init__(pos)
        self.pos = pos


def _prolog_end(text: str) -> int | None:
    """Where the root element starts in ``text``; None when the head cannot tell.

    Raises :class:`_Refused` at a ``<!DOCTYPE`` or ``<!ENTITY`` before the root element.
    """
    i = 1 if text.startswith("\ufeff") else 0
    n = len(text)
    while True:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n or text[i] != "<":
            return None
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return None
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return None
            i = end + 3
        elif text.startswith("<!", i):
            if text[i : i + 9].upper() == "<!DOCTYPE" or text[i : i + 8].upper() == "<!ENTITY":
                raise _Refused(i)
            return None
        else:
            return i


def check_prolog(head: bytes, path: str | Path | None) -> None:
    """Refuse a document that declares a DTD or entities (entity bombs, external files).

    Only the prolog counts, the part before the root element: a ``<!DOCTYPE`` quoted in the
    body (an SVG tulip or an HTML balloon in a CDATA section, a comment) is text, not a DTD.
    When the head does not reach the root element (a very long comment) or cannot be
    scanned, any DOCTYPE or ENTITY in it refuses the file; readers check the parsed
    document's DOCTYPE as well.
    """
    text = decode_head(head[:_PROLOG_BYTES])
    try:
        if _prolog_end(text) is not None:
            return
        upper = text.upper()
        found = [p for p in (upper.find("<!DOCTYPE"), upper.find("<!ENTITY")) if p >= 0]
        pos = min(found, default=-1)
    except _Refused as refused:
        pos = refused.pos
    if pos >= 0:
        line = text.count("\n", 0, pos) + 1
        raise InputError(path, translate("Safexml", _DTD_MESSAGE), line)


def mend_cut_off(
    data: bytes, path: str | Path | None, root: str, elements: tuple[str, ...]
) -> tuple[bytes, int] | None:
    """A document cut off mid-element, closed after its last complete item, and the line
    where its data ends; None when it is not cut off (whole, or damaged some other way) or
    holds no complete item.

    ``root`` is the root element's local name, ``elements`` the local names of the items
    (``wpt`` …). The result is a whole UTF-8 document with everything before the cut.
    """
    # A roadbook's last item can be far from the cut (a big tulip image): search it all.
    end = data_end(io.BytesIO(data), data[:4], root, elements, tail_bytes=len(data))
    if end.closed or not end.whole:
        return None
    check_prolog(data, path)
    parser = etree.XMLPullParser(
        events=("start",), resolve_entities=False, no_network=True, load_dtd=False
    )
    try:
        parser.feed(data[: end.stop])
        first = next(iter(parser.read_events()), None)
    except etree.XMLSyntaxError:
        return None
    try:
        parser.close()
    except etree.XMLSyntaxError:
        pass
    else:
        return None
    if first is None:
        return None
    tree = first[1].getroottree()
    codec = utf16_codec(data)
    kept = data[: end.stop]
    lines = kept.decode(codec, errors="replace").count("\n") if codec else kept.count(b"\n")
    mended = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    return bytes(mended), lines + end.lines_after + 1


def _ends_early(data: bytes) -> bool:
    """Whether a document that failed to parse is whole up to where its bytes run out.

    The parser takes every byte and fails only when told the data is over.
    """
    parser = etree.XMLPullParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        # The NUL or 0xFF bytes a lost write leaves behind are not part of the document.
        parser.feed(data if utf16_codec(data) else data.rstrip(b"\x00\xff"))
    except etree.XMLSyntaxError:
        return False
    try:
        parser.close()
    except etree.XMLSyntaxError:
        return True
    return False


def _line_of(err: etree.XMLSyntaxError) -> int | None:
    pos = getattr(err, "position", None)
    if pos:
        return int(pos[0])
    return getattr(err, "lineno", None)


def syntax_error(path: str | Path | None, err: etree.XMLSyntaxError) -> InputError:
    """An :class:`InputError` for an lxml syntax error, keeping its line."""
    msg = str(err.msg if hasattr(err, "msg") and err.msg else err).splitlines()[0]
    msg = msg.split(", line ")[0]
    return InputError(
        path, translate("Safexml", "not valid XML: {reason}").format(reason=msg), _line_of(err)
    )


def parse_bytes(data: bytes, path: str | Path | None) -> etree._ElementTree:
    """Parse a whole document safely; errors become :class:`InputError` with the line."""
    if not data.strip():
        raise InputError(path, translate("Safexml", "file is empty"))
    check_prolog(data, path)
    try:
        root = etree.fromstring(data, parser=safe_parser(remove_blank_text=False))
    except etree.XMLSyntaxError as e:
        if _ends_early(data):
            raise EndsEarlyError(
                path,
                translate(
                    "Safexml",
                    "not valid XML: the file ends early (cut off mid-element, "
                    "as by a copy or save that did not finish)",
                ),
                _line_of(e),
            ) from None
        raise syntax_error(path, e) from None
    if root is None:
        raise InputError(path, translate("Safexml", "file holds no XML document"))
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise InputError(path, translate("Safexml", _DTD_MESSAGE), 1)
    return tree

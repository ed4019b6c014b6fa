"""Safe XML parsing for every XML reader: no entities, no DTDs, no network, no other files."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any

from lxml import etree

from navapp.io.errors import InputError

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


def _decode_head(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("latin-1")


def check_prolog(head: bytes, path: str | Path | None) -> None:
    """Refuse a document that declares a DTD or entities (entity bombs, external files)."""
    text = _decode_head(head[:_PROLOG_BYTES])
    upper = text.upper()
    for token in ("<!DOCTYPE", "<!ENTITY"):
        pos = upper.find(token)
        if pos >= 0:
            line = text.count("\n", 0, pos) + 1
            raise InputError(path, "DTDs and entities are not allowed in navapp files", line)


def _line_of(err: etree.XMLSyntaxError) -> int | None:
    pos = getattr(err, "position", None)
    if pos:
        return int(pos[0])
    return getattr(err, "lineno", None)


def syntax_error(path: str | Path | None, err: etree.XMLSyntaxError) -> InputError:
    """An :class:`InputError` for an lxml syntax error, keeping its line."""
    msg = str(err.msg if hasattr(err, "msg") and err.msg else err).splitlines()[0]
    msg = msg.split(", line ")[0]
    return InputError(path, f"not valid XML: {msg}", _line_of(err))


def parse_bytes(data: bytes, path: str | Path | None) -> etree._ElementTree:
    """Parse a whole document safely; errors become :class:`InputError` with the line."""
    if not data.strip():
        raise InputError(path, "file is empty")
    check_prolog(data, path)
    try:
        root = etree.fromstring(data, parser=safe_parser(remove_blank_text=False))
    except etree.XMLSyntaxError as e:
        raise syntax_error(path, e) from None
    if root is None:
        raise InputError(path, "file holds no XML document")
    tree = root.getroottree()
    if tree.docinfo.doctype:
        raise InputError(path, "DTDs and entities are not allowed in navapp files", 1)
    return tree

"""The tulip symbol library: the roadbook pictograms a tulip or a note can carry.

Each symbol is an SVG fragment drawn in a 20×20 box in the house style (black ink on
transparent, one stroke width, round caps and joins, set by the group :func:`symbol_group`
wraps it in). ``resources/symbols/index.json`` lists them in palette order, each with an
``id`` (what saved tulips refer to: never rename one), a short English ``label`` and the
``category`` it is shown under; an index written before categories existed still loads, its
symbols under "Other".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.paths import resources_dir

SYMBOL_BOX = 20.0
STROKE_WIDTH = 1.6
SYMBOL_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_FILE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}\.svg$")
MAX_LABEL_CHARS = 40
# A symbol is a few shapes; a bigger file is not one of ours.
MAX_SYMBOL_CHARS = 4000

OTHER = "other"
# Category keys in palette order, and the names shown (translated where shown, context
# "TulipSymbolCategory").
CATEGORIES: dict[str, str] = {
    "danger": QT_TRANSLATE_NOOP("TulipSymbolCategory", "Dangers"),
    "roads": QT_TRANSLATE_NOOP("TulipSymbolCategory", "Roads"),
    "terrain": QT_TRANSLATE_NOOP("TulipSymbolCategory", "Terrain"),
    "landmarks": QT_TRANSLATE_NOOP("TulipSymbolCategory", "Landmarks"),
    "vegetation": QT_TRANSLATE_NOOP("TulipSymbolCategory", "Vegetation"),
    "navigation": QT_TRANSLATE_NOOP("TulipSymbolCategory", "Navigation"),
    OTHER: QT_TRANSLATE_NOOP("TulipSymbolCategory", "Other"),
}


class SymbolIndexError(ValueError):
    """The symbol index or one of its files is malformed."""


@dataclass(frozen=True)
class Symbol:
    """A library symbol: an SVG fragment drawn in a 20×20 box, its label and category."""

    id: str
    label: str
    svg: str
    category: str = OTHER


def load_symbols(folder: Path) -> dict[str, Symbol]:
    """The symbols listed by ``folder/index.json``, by id in index order.

    Raises :class:`SymbolIndexError` on any bad entry (missing or unknown fields of the wrong
    kind, an unknown category, a repeated id, a file outside the folder or missing).
    """
    try:
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SymbolIndexError(f"cannot read the symbol index: {exc}") from exc
    if not isinstance(index, list):
        raise SymbolIndexError("the symbol index is a JSON list")
    out: dict[str, Symbol] = {}
    for entry in index:
        symbol = _entry(folder, entry)
        if symbol.id in out:
            raise SymbolIndexError(f"symbol {symbol.id!r} listed twice")
        out[symbol.id] = symbol
    return out


def _entry(folder: Path, entry: object) -> Symbol:
    if not isinstance(entry, dict):
        raise SymbolIndexError(f"bad symbol entry {entry!r}")
    sid, label, name = entry.get("id"), entry.get("label"), entry.get("file")
    category = entry.get("category", OTHER)
    if not isinstance(sid, str) or not SYMBOL_ID_RE.match(sid):
        raise SymbolIndexError(f"bad symbol id in {entry!r}")
    if not isinstance(label, str) or not 1 <= len(label) <= MAX_LABEL_CHARS:
        raise SymbolIndexError(f"symbol {sid!r} needs a label of 1 to {MAX_LABEL_CHARS} characters")
    if not isinstance(name, str) or not _FILE_RE.match(name):
        raise SymbolIndexError(f"symbol {sid!r} has a bad file name {name!r}")
    if not isinstance(category, str) or category not in CATEGORIES:
        raise SymbolIndexError(f"symbol {sid!r} has an unknown category {category!r}")
    try:
        svg = (folder / name).read_text(encoding="utf-8").strip()
    except (OSError, ValueError) as exc:
        raise SymbolIndexError(f"symbol {sid!r}: cannot read {name}: {exc}") from exc
    if not svg or len(svg) > MAX_SYMBOL_CHARS:
        raise SymbolIndexError(f"symbol {sid!r}: {name} is empty or too large")
    return Symbol(sid, label, svg, category)


@lru_cache(maxsize=1)
def symbol_library() -> dict[str, Symbol]:
    """The shipped symbols by id, in palette order (``resources/symbols/index.json``)."""
    return load_symbols(resources_dir() / "symbols")


def symbols_by_category(
    library: dict[str, Symbol] | None = None,
) -> dict[str, list[Symbol]]:
    """The library's symbols grouped by category key, categories in palette order, empty
    ones left out."""
    lib = symbol_library() if library is None else library
    groups: dict[str, list[Symbol]] = {key: [] for key in CATEGORIES}
    for symbol in lib.values():
        groups[symbol.category].append(symbol)
    return {key: symbols for key, symbols in groups.items() if symbols}


def symbol_group(symbol: Symbol, transform: str = "") -> str:
    """The symbol's fragment inside the group that gives it the house style."""
    t = f' transform="{transform}"' if transform else ""
    return (
        f'<g{t} fill="none" stroke="#000" stroke-width="{STROKE_WIDTH}" stroke-linecap="round"'
        f' stroke-linejoin="round">{symbol.svg}</g>'
    )


def symbol_svg(symbol: Symbol) -> str:
    """A symbol alone as a 20×20 SVG document (for palettes and sheets)."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="20" height="20">'
        f"{symbol_group(symbol)}</svg>"
    )

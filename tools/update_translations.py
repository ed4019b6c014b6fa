"""Gather navapp's user-visible texts into the translation sources ``translations/*.ts``.

Runs PySide6's ``lupdate`` over the ``navapp`` package (``self.tr``, ``QCoreApplication.translate``
and the core's ``translate`` / ``QT_TRANSLATE_NOOP`` calls), plus the tulip symbols' labels and
categories from ``resources/symbols/index.json``, which are data rather than code. Texts already
translated keep their translation; texts no longer in the code are dropped.

Run: ``.venv/bin/python tools/update_translations.py`` (or ``make translations``), then
translate the new ``unfinished`` messages (Qt Linguist: ``pyside6-linguist``). The ``.qm`` files
the app loads are built from these as navapp is installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "es", "it", "pt", "de", "nl")
SYMBOL_CONTEXT = "TulipSymbol"
CATEGORY_CONTEXT = "TulipSymbolCategory"


def lupdate() -> str:
    """The path of PySide6's ``lupdate``."""
    return str(Path(PySide6.__file__).parent / "lupdate")


def symbol_texts() -> list[tuple[str, str]]:
    """(context, text) of every symbol label and category in the shipped library."""
    index = json.loads((ROOT / "resources" / "symbols" / "index.json").read_text("utf-8"))
    entries = index if isinstance(index, list) else index.get("symbols", [])
    texts: list[tuple[str, str]] = []
    for entry in entries:
        if isinstance(entry, dict):
            if isinstance(entry.get("label"), str):
                texts.append((SYMBOL_CONTEXT, entry["label"]))
            if isinstance(entry.get("category"), str):
                texts.append((CATEGORY_CONTEXT, entry["category"]))
    return list(dict.fromkeys(texts))


def symbol_source(folder: Path) -> Path:
    """A Python file marking the symbol texts for ``lupdate`` (it reads code, not JSON)."""
    path = folder / "symbol_labels.py"
    lines = [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})" for ctx, text in symbol_texts()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def update(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Refresh ``translations/navapp_<code>.ts`` for each language."""
    out = ROOT / "translations"
    out.mkdir(exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "navapp").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        extra = symbol_source(Path(tmp))
        for code in languages:
            ts = out / f"navapp_{code}.ts"
            subprocess.run(
                [
                    lupdate(),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    code,
                    *sources,
                    str(extra),
                    "-ts",
                    str(ts),
                ],
                check=True,
                cwd=ROOT,
            )
            print(f"{ts.relative_to(ROOT)} updated", file=sys.stderr)


if __name__ == "__main__":
    update(tuple(sys.argv[1:]) or LANGUAGES)

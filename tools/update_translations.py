"""Gather navapp's user-visible texts into the translation sources ``translations/*.ts``.

Runs PySide6's ``lupdate`` over the ``navapp`` package (``self.tr``, ``QCoreApplication.translate``
and the core's ``translate`` / ``QT_TRANSLATE_NOOP`` calls), plus the tulip symbols' labels
from ``resources/symbols/index.json``, which are data rather than code. Texts already
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


def lupdate() -> str:
    """The path of PySide6's ``lupdate``."""
    return str(Path(PySide6.__file__).parent / "lupdate")


def symbol_texts() -> list[tuple[str, str]]:
    """(context, label) of every symbol in the shipped library (their categories' names are
    marked in ``navapp/core/tulip_symbols.py``; the index holds only their keys)."""
    index = json.loads((ROOT / "resources" / "symbols" / "index.json").read_text("utf-8"))
    labels = (e.get("label") for e in index if isinstance(e, dict))
    texts = ((SYMBOL_CONTEXT, label) for label in labels if isinstance(label, str))
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

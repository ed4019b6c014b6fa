"""Session-wide prints: each roadbook is printed once for all the PDF reading tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from navapp.core.model import Roadbook
from navapp.io.registry import read_roadbook
from tests.unit.io.pdfbook import pdfs


@dataclass(frozen=True)
class Print:
    """A roadbook and its print in one layout."""

    roadbook: Roadbook
    path: Path
    layout: str
    pages: int


@pytest.fixture(scope="session")
def print_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("prints")


@pytest.fixture(scope="session")
def prints(print_dir: Path) -> dict[str, Print]:
    """Every sample roadbook and the long generated stage, printed A5 and roll:
    ``prints["demo/a5"]``, ``prints["long/roll"]`` ... (needs Qt)."""
    from navapp.gui.common.printing import export_pdf

    roadbooks = {name: read_roadbook(path) for name, path in pdfs.SOURCES.items()}
    roadbooks["long"] = pdfs.many_boxes(200)
    out: dict[str, Print] = {}
    for name, roadbook in roadbooks.items():
        for layout in ("a5", "roll"):
            path = print_dir / f"{name}_{layout}.pdf"
            pages = export_pdf(roadbook, path, layout)
            out[f"{name}/{layout}"] = Print(roadbook, path, layout, pages)
    return out

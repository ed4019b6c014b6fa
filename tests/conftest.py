"""Test set-up shared by the whole suite: Qt runs offscreen, data files are found by name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
SCREENSHOTS = Path(__file__).parent / "screenshots"


@pytest.fixture
def data_dir() -> Path:
    """The folder of real sample files (see tests/data/SOURCES.md)."""
    return DATA


@pytest.fixture
def screenshot_dir() -> Path:
    """Where GUI tests save PNGs for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS

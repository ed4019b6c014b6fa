"""Fixtures of the report tests."""

from __future__ import annotations

import pytest

from navapp.core.model import Roadbook, Track
from navapp.core.review_model import Review
from tests.unit.io.report import known


@pytest.fixture
def leg() -> tuple[Roadbook, Track, Review]:
    return known.leg()

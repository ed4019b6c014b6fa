"""GUI test set-up: every test starts and ends with the app by day, undimmed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _day_app() -> Iterator[None]:
    """The theme and the dimmer are app-wide: a test leaving night on must not darken the next."""
    yield
    if isinstance(QApplication.instance(), QApplication):
        from navapp.gui.common.dimmer import dimmer
        from navapp.gui.common.night import theme_controller

        dimmer().set_level(0)
        theme_controller().set_theme("day")

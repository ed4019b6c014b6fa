"""GUI test set-up: every test starts and ends with the app by day, undimmed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests.unit.gui.marking import marking as marking  # every text marked as translated


@pytest.fixture(autouse=True)
def _day_app() -> Iterator[None]:
    """The theme and the dimmer are app-wide: a test leaving night on must not darken the next."""
    yield
    if isinstance(QApplication.instance(), QApplication):
        from navapp.gui.common.dimmer import dimmer
        from navapp.gui.common.night import theme_controller

        dimmer().set_level(0)
        theme_controller().set_theme("day")


@pytest.fixture(scope="session")
def _maps_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("maps")


@pytest.fixture(autouse=True)
def _test_map_sources(qapp: QApplication, _maps_dir: Path) -> Iterator[None]:
    """The app-wide map choice of each test is its own, with no map chosen: no test reads the
    user's settings or reaches a tile server it did not start."""
    from navapp.gui.common.map_sources import MapSources, use_map_sources

    ini = _maps_dir / "navapp.ini"
    ini.unlink(missing_ok=True)
    sources = MapSources(
        qapp,
        settings=QSettings(str(ini), QSettings.Format.IniFormat),
        cache_folder=_maps_dir / "tiles",
    )
    use_map_sources(sources)
    yield
    sources.setParent(None)
    sources.deleteLater()

"""Run in a subprocess on a configured offscreen screen: open the settings dialog, the review
window, the editor and the main window, print their frame sizes as JSON and save screenshots.

``python -m tests.unit.gui.common.fit_shots OUT_DIR TAG`` with QT_QPA_PLATFORM set to
``offscreen:configfile=...`` (the screen size) and maybe QT_SCALE_FACTOR.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from navapp.core.review import review
from navapp.gui.common.map_sources import MapSources, use_map_sources
from navapp.gui.common.screen import FRAME_ALLOWANCE
from navapp.gui.editor.window import EditorWindow
from navapp.gui.review import ReviewWindow
from navapp.gui.shell.main_window import MainWindow
from navapp.gui.shell.settings_dialog import SettingsDialog
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook


def main(out: Path, tag: str) -> None:
    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    settings = QSettings(str(tmp / "navapp.ini"), QSettings.Format.IniFormat)
    # The maps read this run's settings, not the user's: no map, no tile server.
    use_map_sources(MapSources(app, settings=settings, cache_folder=tmp / "tiles"))
    roadbook = read_roadbook(demo_roadbook())
    drive = read_track(demo_drive())
    windows: dict[str, QWidget] = {
        "settings": SettingsDialog(settings),
        "review": ReviewWindow(roadbook, [(drive, review(roadbook, drive))]),
        "editor": EditorWindow(settings=settings, data_dir=tmp / "data", ask=lambda *_: "cancel"),
        "main": MainWindow(settings=settings, data_dir=tmp / "data2", ask=lambda *_: False),
    }
    screen = app.primaryScreen().availableGeometry()
    sizes: dict[str, object] = {"screen": [screen.width(), screen.height()]}
    for name, w in windows.items():
        w.show()
        app.processEvents()
        s = w.size()
        sizes[name] = [s.width() + FRAME_ALLOWANCE.width(), s.height() + FRAME_ALLOWANCE.height()]
        if name == "settings":
            assert isinstance(w, SettingsDialog)
            sizes["save_bottom"] = w.buttons.geometry().bottom() + 1
            sizes["settings_inner"] = [s.width(), s.height()]
        w.grab().save(str(out / f"fit_{tag}_{name}.png"))
        w.close()
    print(json.dumps(sizes))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

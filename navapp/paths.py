"""Where navapp finds its shipped resources and demo roadbooks.

An installed wheel carries them inside the package (``navapp/resources``, ``navapp/roadbooks``);
a source checkout or editable install has them at the top of the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"navapp installation is missing its '{name}' folder")


def resources_dir() -> Path:
    """The folder of runtime assets (rules, icons, symbols)."""
    return _find("resources")


def roadbooks_dir() -> Path:
    """The folder of bundled demo roadbooks and tracks."""
    return _find("roadbooks")


def demo_roadbook() -> Path:
    """The bundled demo stage."""
    return roadbooks_dir() / "demo_stage.gpx"


def demo_drive() -> Path:
    """The recorded drive of the demo stage."""
    return roadbooks_dir() / "demo_drive.gpx"


def tile_cache_dir() -> Path:
    """Where tiles fetched from tile servers are kept: the user's cache folder (XDG on Linux,
    the local application data on Windows, Library/Caches on macOS), under ``navapp/tiles``."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "navapp" / "tiles"

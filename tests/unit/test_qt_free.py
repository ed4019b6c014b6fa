"""The core, the readers, the GPS and map rooms' cores and the command line never import Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"


def test_core_io_gps_maps_and_cli_import_and_run_with_pyside6_blocked() -> None:
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
                    raise ImportError("Qt is blocked in this test: " + name)
                return None

        sys.meta_path.insert(0, BlockQt())
        import navapp.core, navapp.io, navapp.gps, navapp.maps, navapp.errors, navapp.cli
        for pkg in (navapp.core, navapp.io, navapp.gps, navapp.maps):
            for mod in pkgutil.iter_modules(pkg.__path__):
                importlib.import_module(pkg.__name__ + "." + mod.name)
        code = navapp.cli.main(["info", {str(DATA / "openrally_v1.0.3_example.gpx")!r}, "--json"])
        assert code == 0, code
        assert not [m for m in sys.modules if m.startswith("PySide6")]
        print("QT-FREE OK")
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "QT-FREE OK" in proc.stdout

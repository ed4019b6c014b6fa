"""Build navapp's translations (``translations/*.ts`` → ``resources/translations/*.qm``) as
the package is built or installed, with the ``lrelease`` that ships with PySide6."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """The path of PySide6's ``lrelease``."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    found = str(bundled) if bundled.is_file() else shutil.which("pyside6-lrelease")
    if not found:
        raise RuntimeError("lrelease not found: PySide6-Essentials is needed to build navapp")
    return found


def build_translations(root: Path) -> list[Path]:
    """Compile every ``translations/navapp_*.ts`` of ``root``; the ``.qm`` files written."""
    out = root / "resources" / "translations"
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted((root / "translations").glob("navapp_*.ts")):
        qm = out / (ts.stem + ".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        build_translations(Path(self.root))


if __name__ == "__main__":
    for path in build_translations(Path(__file__).resolve().parent):
        print(path)

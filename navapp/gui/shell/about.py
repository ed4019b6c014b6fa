"""Help › About navapp: what this program is, its version, its licence, the credits for the
sample data and map files, and the libraries it is built on with their licences."""

from __future__ import annotations

from email.message import Message
from importlib import metadata
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

import navapp
from navapp.paths import resources_dir

LICENCE = "GPL-3.0-or-later"
# The distributions navapp runs on (pyproject.toml's dependencies), as their metadata names them.
LIBRARIES = (
    "PySide6-Essentials",  # Qt 6 and its Python binding
    "shapely",
    "pyproj",
    "gpxpy",
    "lxml",
    "numpy",
    "pygeomag",
    "fitdecode",
    "pypdfium2",
    "mercantile",
    "pmtiles",
)


def version() -> str:
    """navapp's version from the installed package's metadata (else the module's)."""
    try:
        return metadata.version("navapp")
    except metadata.PackageNotFoundError:
        return navapp.__version__


def library_licence(name: str) -> tuple[str, str]:
    """(version, licence) of an installed library, from its package metadata."""
    try:
        # The metadata is an email message; its typed protocol leaves out .get().
        meta = cast(Message, metadata.metadata(name))
    except metadata.PackageNotFoundError:
        return "", QCoreApplication.translate("About", "not installed")
    licence = meta.get("License-Expression") or ""
    if not licence:
        text = (meta.get("License") or "").strip()
        # Some packages put the whole licence text in this field: keep only its first line.
        licence = text.splitlines()[0][:60] if text else ""
    if not licence:
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        licence = (
            classifiers[0].rsplit("::", 1)[-1].strip()
            if classifiers
            else QCoreApplication.translate("About", "see its package")
        )
    return meta.get("Version") or "", licence


def libraries_text() -> str:
    """One line per library: name, version, licence."""
    lines = []
    for name in LIBRARIES:
        ver, licence = library_licence(name)
        lines.append(f"  {name} {ver} — {licence}")
    return "\n".join(lines)


def credits_text() -> str:
    """The credits shipped with navapp (resources/help/credits.txt)."""
    return (resources_dir() / "help" / "credits.txt").read_text("utf-8").rstrip()


def about_text() -> str:
    """The About box's text."""
    return QCoreApplication.translate(
        "About",
        "navapp {version}\n\n"
        "Navigation and roadbook app for rally-raid crews.\n\n"
        "Licence: GNU General Public License, version 3 or later ({licence}).\n\n"
        "Show Details for the credits and the libraries navapp uses.",
    ).format(version=version(), licence=LICENCE)


def details_text() -> str:
    """The About box's details: credits, then libraries."""
    return (
        credits_text()
        + "\n\n"
        + QCoreApplication.translate("About", "Libraries")
        + "\n"
        + libraries_text()
    )


def open_about(parent: QWidget) -> QMessageBox:
    """The About box, shown without blocking; it deletes itself when closed."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About navapp"),
        about_text(),
        parent=parent,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDetailedText(details_text())
    box.finished.connect(box.deleteLater)
    box.open()
    return box

"""What the file dialogs offer: the roadbook, track and output formats the registry knows,
each with a name a co-driver recognises and its file name patterns.

Built from :mod:`navapp.io.registry` at call time, so a format added there appears in every
dialog with no change here; a format without a name below is shown by its extension.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from navapp.core.model import Roadbook
from navapp.errors import NavappError
from navapp.io import registry
from navapp.io.fit import FIT_EXTENSIONS
from navapp.io.igc import IGC_EXTENSIONS
from navapp.io.nmea import FILE_EXTENSIONS as NMEA_EXTENSIONS

# Human names by format name (the registry's names for roadbooks and tracks).
FORMAT_NAMES = {
    "openrally": "OpenRally GPX",
    "gpx": "Plain GPX",
    "rn2": "Rally Navigator",
    "tlp": "Tulip",
    "pdf": "PDF roadbook",
    "kml": "KML waypoint list",
    "csv": "CSV waypoint list",
}
_TRACK_NAMES = {
    "gpx": "GPX track",
    "nmea": "NMEA log",
    "kml": "KML/KMZ track",
    "tcx": "Garmin TCX",
    "fit": "FIT activity",
    "igc": "IGC flight log",
}
# A GPX roadbook is OpenRally or plain: told apart by content, offered as one entry.
_GPX_ROADBOOK_NAME = "OpenRally or plain GPX"


@dataclass(frozen=True)
class FileType:
    """One entry of a file dialog: its name and the file name patterns it shows."""

    label: str
    patterns: tuple[str, ...]


def patterns(extensions: Iterable[str]) -> tuple[str, ...]:
    """``*.ext`` in lower and upper case for each extension, in order, once each (file names
    are case-sensitive on Linux, and cameras and devices write upper case)."""
    out: dict[str, None] = {}
    for ext in extensions:
        out[f"*{ext.lower()}"] = None
        out[f"*{ext.upper()}"] = None
    return tuple(out)


def _by_name(
    extensions: Iterable[str], format_of: dict[str, str], names: dict[str, str]
) -> list[FileType]:
    """One entry per format, its extensions together, in the order the extensions come; an
    extension with no known format or name is its own entry, named after it."""
    groups: dict[str, list[str]] = {}
    for ext in extensions:
        groups.setdefault(format_of.get(ext, ext), []).append(ext)
    out = []
    for fmt, exts in groups.items():
        label = names.get(fmt) or f"{' '.join(e.lstrip('.').upper() for e in exts)} files"
        out.append(FileType(label, patterns(exts)))
    return out


def _with_all(everything: str, entries: list[FileType]) -> list[FileType]:
    every = patterns(p.lstrip("*") for e in entries for p in e.patterns)
    return [FileType(everything, every), *entries, FileType("All files", ("*",))]


def roadbook_file_types() -> list[FileType]:
    """Every roadbook format navapp reads: all of them first, then one entry per format, then
    all files."""
    # The registry's table of other roadbook formats is the one place a format is added.
    format_of = {ext: fmt for ext, (fmt, _reader) in registry._OTHER_ROADBOOKS.items()}
    names = {**FORMAT_NAMES, ".gpx": _GPX_ROADBOOK_NAME}
    return _with_all("All roadbooks", _by_name(registry.ROADBOOK_EXTENSIONS, format_of, names))


def _track_format_of() -> dict[str, str]:
    known: dict[str, str] = {".gpx": "gpx", **registry.XML_TRACK_EXTENSIONS}
    for fmt, exts in (
        ("nmea", NMEA_EXTENSIONS),
        ("fit", FIT_EXTENSIONS),
        ("igc", IGC_EXTENSIONS),
    ):
        known.update(dict.fromkeys(exts, fmt))
    return known


def track_file_types(everything: str = "All tracks") -> list[FileType]:
    """Every recorded track format navapp reads (a drive to replay or review, a route line):
    all of them first, then one entry per format, then all files."""
    return _with_all(
        everything, _by_name(registry.TRACK_EXTENSIONS, _track_format_of(), _TRACK_NAMES)
    )


def map_file_types() -> list[FileType]:
    """Offline map files: MBTiles and PMTiles."""
    from navapp.maps.files import MAP_FILE_EXTENSIONS

    names = {".mbtiles": "MBTiles map", ".pmtiles": "PMTiles map"}
    entries = [FileType(names.get(e, f"{e} map"), patterns([e])) for e in MAP_FILE_EXTENSIONS]
    return _with_all("All map files", entries)


def writer_file_types() -> list[tuple[str, FileType]]:
    """Every format a roadbook can be saved in, as (writer name, entry), OpenRally first."""
    return [
        (fmt, FileType(FORMAT_NAMES.get(fmt, fmt), patterns([ext])))
        for fmt, (_writer, ext) in registry.WRITERS.items()
    ]


def save_target(path: str, chosen: str) -> tuple[str, str]:
    """The file and the writer for a save: the file's extension decides when it names one
    writer's extension other than the chosen writer's (``stage.rn2`` typed with OpenRally
    chosen is an .rn2); otherwise the chosen writer, its extension added when missing."""
    ext = Path(path).suffix.lower()
    own = registry.WRITERS[chosen][1]
    if ext == own:
        return path, chosen
    by_ext = [fmt for fmt, (_w, e) in registry.WRITERS.items() if e == ext]
    if by_ext:
        return path, by_ext[0]
    return path + own, chosen


def writes_back_unchanged(roadbook: Roadbook, path: str | Path) -> str | None:
    """The writer that writes ``roadbook`` back as exactly the bytes of ``path`` it was read
    from, None when none does: then saving over the file could lose what navapp did not read
    (another program's settings, drawings navapp does not keep)."""
    ext = Path(path).suffix.lower()
    writers = [fmt for fmt, (_writer, wext) in registry.WRITERS.items() if wext == ext]
    if not writers:
        return None
    try:
        original = Path(path).read_bytes()
    except OSError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in writers:
            out = Path(tmp) / f"copy{ext}"
            try:
                lost = registry.write_roadbook(roadbook, out, fmt)
            except (NavappError, OSError):  # a writer that refuses it does not write it back
                continue
            if not lost and out.read_bytes() == original:
                return fmt
    return None

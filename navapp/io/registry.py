"""One entry point per job: read a roadbook, read a track, write a roadbook.

Formats are chosen by file extension and, for ``.gpx``, by content (OpenRally or plain).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from navapp.core.model import Fix, Roadbook, Track
from navapp.io.errors import InputError
from navapp.io.files import read_bytes
from navapp.io.gpx import read_plain_gpx, write_plain_gpx
from navapp.io.gpxtrack import load_track, load_waypoints
from navapp.io.nmea import FILE_EXTENSIONS as NMEA_EXTENSIONS
from navapp.io.nmea import read_nmea
from navapp.io.openrally import is_openrally, read_openrally, write_openrally

ROADBOOK_EXTENSIONS = (".gpx",)
TRACK_EXTENSIONS = (".gpx", *NMEA_EXTENSIONS)

# Output formats by name: the writer and the extension it is usually given.
WRITERS: dict[str, tuple[Callable[[Roadbook, str | Path], None], str]] = {
    "openrally": (write_openrally, ".gpx"),
    "gpx": (write_plain_gpx, ".gpx"),
}


def _suffix(path: str | Path) -> str:
    return Path(path).suffix.lower()


def roadbook_format(path: str | Path) -> str:
    """'openrally' or 'gpx' for a roadbook file, judged by extension and content."""
    ext = _suffix(path)
    if ext not in ROADBOOK_EXTENSIONS:
        raise InputError(
            path, f"unsupported roadbook format '{ext or Path(path).name}' (navapp reads .gpx)"
        )
    return "openrally" if is_openrally(read_bytes(path)) else "gpx"


def read_roadbook(path: str | Path) -> Roadbook:
    """Read a roadbook in any supported format; bad input raises :class:`InputError`."""
    ext = _suffix(path)
    if ext not in ROADBOOK_EXTENSIONS:
        raise InputError(
            path, f"unsupported roadbook format '{ext or Path(path).name}' (navapp reads .gpx)"
        )
    data = read_bytes(path)
    if is_openrally(data):
        return read_openrally(path, data)
    return read_plain_gpx(path, data)


def read_track(path: str | Path) -> Track:
    """Read a recorded track (GPX, or an NMEA log) into numpy arrays."""
    ext = _suffix(path)
    if ext == ".gpx":
        return load_track(path)
    if ext in NMEA_EXTENSIONS:
        return read_nmea(path).track
    raise InputError(
        path,
        f"unsupported track format '{ext or Path(path).name}' "
        f"(navapp reads {', '.join(TRACK_EXTENSIONS)})",
    )


def read_fixes(path: str | Path) -> list[Fix]:
    """A recorded drive as GPS reports in order, no-fix reports of NMEA logs included."""
    if _suffix(path) in NMEA_EXTENSIONS:
        return list(read_nmea(path).fixes)
    return list(read_track(path).fixes())


def track_waypoints(path: str | Path) -> list[tuple[float, float, str]]:
    """The named waypoints a track file carries (GPX ``wpt``), as (lat, lon, name)."""
    if _suffix(path) != ".gpx":
        return []
    # The streaming reader: a big recorded track must not go through gpxpy.
    return load_waypoints(path)


def output_format(out: str | Path, to: str | None, source_format: str | None) -> str:
    """The format to write: ``to`` when given, else by extension (.pdf prints); .gpx converts
    across.

    Converting an OpenRally file to ``.gpx`` gives plain GPX, anything else gives OpenRally.
    """
    if to == "pdf" or (to is None and _suffix(out) == ".pdf"):
        return "pdf"
    if to is not None:
        if to not in WRITERS:
            raise InputError(None, f"unknown output format '{to}' (known: {', '.join(WRITERS)})")
        return to
    ext = _suffix(out)
    if ext == ".gpx":
        return "gpx" if source_format == "openrally" else "openrally"
    raise InputError(out, f"cannot tell the output format from '{ext or Path(out).name}'; use --to")


def write_roadbook(roadbook: Roadbook, path: str | Path, fmt: str = "openrally") -> None:
    """Write a roadbook in a named format, atomically."""
    writer, _ext = WRITERS[fmt]
    writer(roadbook, path)

"""One entry point per job: read a roadbook, read a track, write a roadbook.

Roadbook formats are chosen by file extension and, for ``.gpx``, by content (OpenRally or
plain). Tracks are told apart by content, whatever their name (an NMEA log saved as ``.gpx``,
a GPX saved as ``.log``); the extension only decides when the content says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from navapp.core.i18n import translate
from navapp.core.model import Fix, Roadbook, RouteLine, Track
from navapp.io.errors import InputError
from navapp.io.files import open_input, read_bytes
from navapp.io.fit import FIT_EXTENSIONS, is_fit
from navapp.io.igc import IGC_EXTENSIONS, is_igc
from navapp.io.nmea import FILE_EXTENSIONS as NMEA_EXTENSIONS
from navapp.io.nmea import is_nmea, read_nmea
from navapp.io.openrally import is_openrally, read_openrally, write_openrally
from navapp.io.safexml import decode_head, mend_cut_off

ZIP_MAGIC = b"PK\x03\x04"

# Other devices' XML tracks, by the format name track_format gives them.
XML_TRACK_EXTENSIONS = {".kml": "kml", ".kmz": "kml", ".tcx": "tcx"}
TRACK_EXTENSIONS = (
    ".gpx",
    *NMEA_EXTENSIONS,
    *XML_TRACK_EXTENSIONS,
    *FIT_EXTENSIONS,
    *IGC_EXTENSIONS,
)
# The root element's local name, after any declaration and comments.
_ROOT_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_XML_ROOTS = {"kml": "kml", "TrainingCenterDatabase": "tcx"}
# How much of a track file is read to tell GPX from NMEA.
_SNIFF_BYTES = 64 * 1024


def _write_plain_gpx(roadbook: Roadbook, path: str | Path) -> None:
    # The plain GPX module is loaded only when a plain GPX file is read or written.
    from navapp.io.gpx import write_plain_gpx

    write_plain_gpx(roadbook, path)


def _write_rn2(roadbook: Roadbook, path: str | Path) -> list[str]:
    from navapp.io.rn2_write import write_rn2

    return write_rn2(roadbook, path)


# Output formats by name: the writer and the extension it is usually given. A writer returns
# one line for each thing the format could not hold (None when it holds everything).
WRITERS: dict[str, tuple[Callable[[Roadbook, str | Path], list[str] | None], str]] = {
    "openrally": (write_openrally, ".gpx"),
    "gpx": (_write_plain_gpx, ".gpx"),
    "rn2": (_write_rn2, ".rn2"),
}


def _suffix(path: str | Path) -> str:
    return Path(path).suffix.lower()


def _read_rn2(path: str | Path) -> Roadbook:
    from navapp.io.rn2 import read_rn2

    return read_rn2(path)


def _read_tlp(path: str | Path) -> Roadbook:
    from navapp.io.tlp import read_tlp

    return read_tlp(path)


def _read_kml_roadbook(path: str | Path) -> Roadbook:
    from navapp.io.kml import read_kml_roadbook

    return read_kml_roadbook(path)


def _read_csv_roadbook(path: str | Path) -> Roadbook:
    from navapp.io.csvwaypoints import read_csv_roadbook

    return read_csv_roadbook(path)


def _read_pdf(path: str | Path) -> Roadbook:
    # PDFium is loaded only when a PDF roadbook is read.
    from navapp.io.pdfbook import read_pdf_roadbook

    return read_pdf_roadbook(path)


# Roadbook formats other than GPX, by extension: the format name and its reader. Each reader
# is imported only when a file of its format is read.
_OTHER_ROADBOOKS: dict[str, tuple[str, Callable[[str | Path], Roadbook]]] = {
    ".rn2": ("rn2", _read_rn2),
    ".tlp": ("tlp", _read_tlp),
    # Organisers' waypoint lists: one box per waypoint.
    ".kml": ("kml", _read_kml_roadbook),
    ".kmz": ("kml", _read_kml_roadbook),
    ".csv": ("csv", _read_csv_roadbook),
    ".pdf": ("pdf", _read_pdf),
}
ROADBOOK_EXTENSIONS = (".gpx", *_OTHER_ROADBOOKS)


def _check_roadbook_extension(path: str | Path) -> str:
    ext = _suffix(path)
    if ext not in ROADBOOK_EXTENSIONS:
        raise InputError(
            path,
            translate(
                "Registry", "unsupported roadbook format '{format}' (navapp reads {items})"
            ).format(format=ext or Path(path).name, items=", ".join(ROADBOOK_EXTENSIONS)),
        )
    return ext


def roadbook_format(path: str | Path) -> str:
    """The format name of a roadbook file ('openrally', 'gpx', ...), judged by extension and,
    for .gpx, by content."""
    ext = _check_roadbook_extension(path)
    if ext in _OTHER_ROADBOOKS:
        return _OTHER_ROADBOOKS[ext][0]
    return "openrally" if is_openrally(read_bytes(path)) else "gpx"


def read_roadbook(path: str | Path) -> Roadbook:
    """Read a roadbook in any supported format; bad input raises :class:`InputError`.

    A GPX file cut off mid-element (a copy or save that did not finish) is read up to its last
    whole waypoint or route point, with ``FILE:LINE: the file ends early; read N boxes`` in
    the roadbook's ``warnings``.
    """
    ext = _check_roadbook_extension(path)
    if ext in _OTHER_ROADBOOKS:
        return _OTHER_ROADBOOKS[ext][1](path)
    data = read_bytes(path)
    mended = mend_cut_off(data, path, "gpx", ("wpt", "rtept", "trkpt"))
    if mended is not None:
        data = mended[0]
    if is_openrally(data):
        reader = read_openrally
    else:
        from navapp.io.gpx import read_plain_gpx as reader
    roadbook = reader(path, data)
    if mended is None:
        return roadbook
    if roadbook.route is not None:
        message = translate(
            "Registry", "the file ends early; read {boxes} boxes and {points} route points"
        ).format(boxes=len(roadbook.boxes), points=len(roadbook.route))
    else:
        message = translate("Registry", "the file ends early; read {boxes} boxes").format(
            boxes=len(roadbook.boxes)
        )
    cut = InputError(path, message, mended[1])
    return replace(roadbook, warnings=(str(cut),))


def read_roadbook_reading(
    path: str | Path, reverse: bool | None = None, from_last_page: bool | None = None
) -> Roadbook:
    """Read a roadbook as :func:`read_roadbook` does, a PDF one read bottom to top
    (``reverse`` True, a reverse roadbook), top to bottom (False) or as its totals say (None);
    bottom to top from its last page (``from_last_page`` True, implies ``reverse``) or page by
    page (False).

    Only a PDF roadbook has a reading direction to choose: ``reverse`` or ``from_last_page``
    on another format raises :class:`InputError`.
    """
    if reverse is None and from_last_page is None:
        return read_roadbook(path)
    if _check_roadbook_extension(path) != ".pdf":
        raise InputError(
            path,
            translate(
                "Registry", "not a PDF roadbook: only a PDF is read bottom to top or top down"
            ),
        )
    from navapp.io.pdfbook import read_pdf_roadbook

    return read_pdf_roadbook(path, reverse, from_last_page)


_GPX_WAYPOINTS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:wpt|rte)[\s>/]")


def file_kind(path: str | Path) -> str:
    """'roadbook' or 'track': what a file holds, for commands that take either.

    OpenRally GPX, and GPX with waypoints or a route (``wpt``, ``rte``), are roadbooks; a GPX
    with only a track is a track. A KML or KMZ with Point placemarks (other than its track's
    own points drawn again) is a waypoint list, a roadbook; one with only ``gx:Track`` or
    ``LineString`` lines is a track. Other roadbook extensions (.csv, ...) are roadbooks;
    NMEA, TCX, FIT and IGC files are tracks, whatever their name.
    """
    ext = _suffix(path)
    if ext == ".gpx":
        data = read_bytes(path)
        if is_openrally(data) or _GPX_WAYPOINTS.search(data):
            return "roadbook"
        return "track" if track_format(path) != "gpx" or b"trkpt" in data else "roadbook"
    if ext in (".kml", ".kmz"):
        from navapp.io.kml import holds_waypoints

        return "roadbook" if holds_waypoints(path) else "track"
    if ext in _OTHER_ROADBOOKS:
        return "roadbook"
    # Anything else is a track when its content or name says so; else it is refused as a
    # roadbook, whose message lists the formats navapp reads.
    try:
        track_format(path)
    except InputError:
        _check_roadbook_extension(path)
        raise
    return "track"


def track_format(path: str | Path) -> str:
    """'gpx', 'nmea', 'kml' (KML or KMZ), 'tcx', 'fit' or 'igc' for a recorded track: by
    content, else by extension.

    Raises :class:`InputError` for a file that cannot be read, or whose content is neither
    and whose extension names no track format.
    """
    with open_input(path) as fh:
        try:
            head = fh.read(_SNIFF_BYTES)
        except OSError as e:
            raise InputError(
                path, translate("Registry", "cannot read: {reason}").format(reason=e.strerror or e)
            ) from None
    if is_fit(head):
        return "fit"
    text = decode_head(head).lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        root = _ROOT_TAG.search(re.sub(r"<!--.*?-->|<\?.*?\?>", "", text, flags=re.S))
        # An unknown root is left to the reader its extension names (GPX by default).
        known = XML_TRACK_EXTENSIONS.get(_suffix(path), "gpx")
        return _XML_ROOTS.get(root.group(1), known) if root else known
    if head.startswith(ZIP_MAGIC):
        return "kml"
    if is_igc(head):
        return "igc"
    if is_nmea(head):
        return "nmea"
    ext = _suffix(path)
    if ext == ".gpx":
        return "gpx"
    if ext in NMEA_EXTENSIONS:
        return "nmea"
    if ext in XML_TRACK_EXTENSIONS:
        return XML_TRACK_EXTENSIONS[ext]
    if ext in FIT_EXTENSIONS:
        return "fit"
    if ext in IGC_EXTENSIONS:
        return "igc"
    raise InputError(
        path,
        translate(
            "Registry",
            "unsupported track format '{format}': neither GPX nor NMEA (navapp reads GPX, "
            "KML, TCX, FIT and IGC tracks and NMEA logs, usually {items})",
        ).format(format=ext or Path(path).name, items=", ".join(TRACK_EXTENSIONS)),
    )


def read_track(path: str | Path) -> Track:
    """Read a recorded track (GPX, KML/KMZ, TCX, FIT, IGC, or an NMEA log) into numpy arrays.

    What the user must be told about the file is in the track's ``warnings``: a file cut
    off early, or times that cannot be used (all the same: they are dropped).
    """
    from navapp.io.gpxtrack import load_track

    fmt = track_format(path)
    if fmt in _OTHER_READERS:
        track = _OTHER_READERS[fmt](path)
    else:
        track = read_nmea(path).track if fmt == "nmea" else load_track(path)
    return _times_checked(track, path)


def _read_fit(path: str | Path) -> Track:
    # fitdecode is loaded only when a FIT file is read.
    from navapp.io.fit import read_fit

    return read_fit(path)


def _read_igc(path: str | Path) -> Track:
    from navapp.io.igc import read_igc

    return read_igc(path)


def _read_kml(path: str | Path) -> Track:
    from navapp.io.xmltracks import load_kml_track

    return load_kml_track(path)


def _read_tcx(path: str | Path) -> Track:
    from navapp.io.xmltracks import load_tcx_track

    return load_tcx_track(path)


# Track formats read straight into a Track, with no waypoints and no separate drive.
_OTHER_READERS: dict[str, Callable[[str | Path], Track]] = {
    "fit": _read_fit,
    "igc": _read_igc,
    "kml": _read_kml,
    "tcx": _read_tcx,
}


def _times_checked(track: Track, path: str | Path) -> Track:
    """The track without times that cannot be used, with a warning saying so."""
    track, frozen = track.without_frozen_times()
    if frozen is not None:
        track = replace(track, warnings=(*track.warnings, str(InputError(path, frozen))))
    return track


def read_nmea_track(path: str | Path) -> tuple[Track, int]:
    """An NMEA log's track as :func:`read_track` reads it, and how many of its reports had no
    position (no fix, dead reckoning): the track leaves those out."""
    log = read_nmea(path)
    return _times_checked(log.track, path), len(log.fixes) - len(log.track)


def read_route_track(path: str | Path) -> tuple[RouteLine, tuple[str, ...]]:
    """The route line a recorded track file draws, and the track's warnings (see
    :func:`read_track`); :class:`InputError` when it has fewer than two points."""
    track = read_track(path)
    if len(track) < 2:
        raise InputError(path, translate("Registry", "the track has fewer than two points"))
    return RouteLine(track.lat.copy(), track.lon.copy()), track.warnings


@dataclass(frozen=True)
class TrackFile:
    """A recorded track as :func:`read_track` reads it, and the named waypoints its file
    carries (GPX ``wpt``) as (lat, lon, name): what generating a roadbook starts from."""

    track: Track
    waypoints: tuple[tuple[float, float, str], ...] = ()


def read_track_file(path: str | Path) -> TrackFile:
    """The track and the waypoints of a track file, read once (a file cut off early keeps
    its whole waypoints; a FIT course's are its course points; an NMEA log has none)."""
    from navapp.io.gpxtrack import load_track_and_waypoints

    fmt = track_format(path)
    if fmt == "nmea":
        return TrackFile(_times_checked(read_nmea(path).track, path))
    if fmt == "fit":
        # A FIT course's course points are its named waypoints.
        from navapp.io.fit import read_fit_file

        track, points = read_fit_file(path)
        return TrackFile(_times_checked(track, path), tuple(points))
    if fmt in _OTHER_READERS:
        return TrackFile(read_track(path))
    track, waypoints = load_track_and_waypoints(path)
    return TrackFile(_times_checked(track, path), tuple(waypoints))


@dataclass(frozen=True)
class Drive:
    """A recorded drive as GPS reports in order, with what the user must be told about it.

    ``warnings`` are one line each, ``FILE[:LINE]: what`` (see :func:`read_track`).
    """

    fixes: tuple[Fix, ...]
    warnings: tuple[str, ...] = ()


def read_drive(path: str | Path) -> Drive:
    """A recorded drive to replay or simulate: no-fix reports of NMEA and IGC logs included."""
    if track_format(path) == "nmea":
        return Drive(read_nmea(path).fixes)
    track = read_track(path)
    return Drive(tuple(track.fixes()), track.warnings)


def read_fixes(path: str | Path) -> list[Fix]:
    """The fixes of :func:`read_drive`, for callers with nobody to warn (tests, tools)."""
    return list(read_drive(path).fixes)


def track_waypoints(path: str | Path) -> list[tuple[float, float, str]]:
    """The named waypoints a track file carries (GPX ``wpt``, FIT course points), as
    (lat, lon, name)."""
    fmt = track_format(path)
    if fmt == "fit":
        return list(read_track_file(path).waypoints)
    if fmt != "gpx":
        return []
    # The streaming reader: a big recorded track must not go through gpxpy.
    from navapp.io.gpxtrack import load_waypoints

    return load_waypoints(path)


def output_format(out: str | Path, to: str | None, source_format: str | None) -> str:
    """The format to write: ``to`` when given, else by extension (.pdf prints, a writer's
    usual extension names it); .gpx converts across.

    Converting an OpenRally file to ``.gpx`` gives plain GPX, anything else gives OpenRally.
    """
    if to == "pdf" or (to is None and _suffix(out) == ".pdf"):
        return "pdf"
    if to is not None:
        if to not in WRITERS:
            raise InputError(
                None,
                translate("Registry", "unknown output format '{to}' (known: {items})").format(
                    to=to, items=", ".join(WRITERS)
                ),
            )
        return to
    ext = _suffix(out)
    if ext == ".gpx":
        return "gpx" if source_format == "openrally" else "openrally"
    named = [name for name, (_writer, usual) in WRITERS.items() if usual == ext]
    if len(named) == 1:
        return named[0]
    raise InputError(
        out,
        translate("Registry", "cannot tell the output format from '{name}'; use --to").format(
            name=ext or Path(out).name
        ),
    )


def write_roadbook(roadbook: Roadbook, path: str | Path, fmt: str = "openrally") -> list[str]:
    """Write a roadbook in a named format, atomically; one line for each thing the format
    could not hold, for the user to see."""
    writer, _ext = WRITERS[fmt]
    return list(writer(roadbook, path) or [])

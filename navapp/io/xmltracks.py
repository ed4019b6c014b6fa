"""Tracks from other devices' XML files: KML/KMZ (``gx:Track``, ``LineString``) and Garmin TCX.

Both read into the same :class:`Track` arrays as GPX and NMEA. Each ``gx:Track`` or
``LineString`` of a KML, and each ``<Track>`` of a TCX lap or course, is a segment. A KML
placemark with a timed ``gx:Track`` is read from that alone (a ``LineString`` beside it is
usually the same line drawn again). A KMZ is a zip holding the KML as ``doc.kml``.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np
from lxml import etree

from navapp.core.i18n import translate
from navapp.core.model import Track
from navapp.io.errors import InputError
from navapp.io.files import read_bytes
from navapp.io.gpxtrack import MS_TO_KMH, parse_time
from navapp.io.safexml import EndsEarlyError, parse_bytes, safe_parser

# A KMZ's document is refused beyond this size unpacked (a zip bomb unpacks to gigabytes).
KMZ_MAX_BYTES = 256 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"

_EPOCH_US = np.datetime64(0, "us")
_SECOND = np.timedelta64(1, "s")
_Z_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z")


def _local(el: Any) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def _text(el: Any) -> str:
    return (el.text or "").strip() if el is not None else ""


class _Points:
    """Points collected as parsed text and numbers, one segment at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.times: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.ele: list[float] = []
        # Speeds in km/h by point index, for the few formats that record them (TCX).
        self.speed: dict[int, float] = {}
        self.starts: list[int] = []
        self.lines: list[int] = []  # the source line of each time, for error messages

    def start_segment(self) -> None:
        if not self.starts or self.starts[-1] != len(self.lat):
            self.starts.append(len(self.lat))

    def extend(self, other: _Points) -> None:
        """Add ``other``'s points and segments after these."""
        n = len(self.lat)
        self.starts.extend(n + s for s in other.starts if s < len(other.lat))
        self.times += other.times
        self.lat += other.lat
        self.lon += other.lon
        self.ele += other.ele
        self.lines += other.lines

    def add(self, time: str, lat: float, lon: float, ele: float, line: int) -> None:
        self.times.append(time)
        self.lat.append(lat)
        self.lon.append(lon)
        self.ele.append(ele)
        self.lines.append(line)

    def track(self, name: str, warnings: list[str]) -> Track:
        if self.starts and self.starts[-1] == len(self.lat):
            self.starts.pop()
        lat = np.array(self.lat, dtype=np.float64)
        lon = np.array(self.lon, dtype=np.float64)
        bad = np.flatnonzero(~((np.abs(lat) <= 90) & (np.abs(lon) <= 180)))  # NaN is bad too
        if bad.size:
            i = int(bad[0])
            raise InputError(
                self.path,
                translate("Xmltracks", "position out of range: {lat}, {lon}").format(
                    lat=lat[i], lon=lon[i]
                ),
                self.lines[i],
            )
        return Track(
            time=self._seconds(),
            lat=lat,
            lon=lon,
            ele=np.array(self.ele, dtype=np.float64),
            speed=self._speeds(),
            segment_starts=np.array(self.starts or ([0] if self.lat else []), dtype=np.int64),
            name=name,
            warnings=tuple(warnings),
        )

    def _speeds(self) -> np.ndarray[Any, np.dtype[np.float64]] | None:
        if not self.speed:
            return None
        speed = np.full(len(self.lat), math.nan)
        speed[list(self.speed)] = list(self.speed.values())
        return speed

    def _seconds(self) -> np.ndarray[Any, np.dtype[np.float64]]:
        texts = self.times
        seconds = np.full(len(texts), math.nan)
        timed = [i for i, t in enumerate(texts) if t]
        if not timed:
            return seconds
        # The common case, all "...Z": numpy parses them without their Zs in one call.
        if all(_Z_TIME.fullmatch(texts[i]) for i in timed):
            stamps = np.array([texts[i][:-1] for i in timed], dtype="datetime64[us]")
            seconds[timed] = (stamps - _EPOCH_US) / _SECOND
            return seconds
        for i in timed:
            try:
                seconds[i] = parse_time(texts[i])
            except ValueError:
                raise InputError(
                    self.path,
                    translate("Xmltracks", "bad time {text}").format(text=f"{texts[i][:40]!r}"),
                    self.lines[i],
                ) from None
        return seconds


def _number(text: str, path: str | Path, line: int) -> float:
    try:
        return float(text)
    except ValueError:
        raise InputError(
            path, translate("Xmltracks", "bad number {text}").format(text=f"{text[:40]!r}"), line
        ) from None


def _document(data: bytes, path: str | Path) -> tuple[Any, InputError | None]:
    """The root element, and the error saying the file ends early when it had to be mended."""
    try:
        return parse_bytes(data, path).getroot(), None
    except EndsEarlyError as e:
        cut = e
    # What the file holds up to the cut (parse_bytes has refused DTDs already).
    root = etree.fromstring(data, parser=safe_parser(recover=True))
    if root is None:
        raise cut
    _drop_torn_point(root)
    return root, cut


# What the cut tore, by the local name of the innermost element it ended in or its point.
_POINT_ELEMENTS = ("Trackpoint", "coord", "when")


def _drop_torn_point(root: Any) -> None:
    """Remove the point the cut went through: its numbers may be cut short."""
    last = root
    while len(last):
        last = last[-1]
    for el in (last, *last.iterancestors()):
        if _local(el) in _POINT_ELEMENTS and el.getparent() is not None:
            el.getparent().remove(el)
            return
    if _local(last) == "coordinates" and last.text:
        # The last "lon,lat,alt" may be cut short: keep the ones before it.
        kept = last.text.rstrip()
        last.text = kept[: max(kept.rfind(c) for c in " \t\r\n") + 1]


def _cut_warning(path: str | Path, cut: InputError | None, count: int) -> list[str]:
    if cut is None:
        return []
    return [
        str(
            InputError(
                path,
                translate("Xmltracks", "the file ends early; read {count} points").format(
                    count=count
                ),
                cut.line,
            )
        )
    ]


def kml_document(data: bytes, path: str | Path) -> bytes:
    """The KML text of a KML file, or of the ``doc.kml`` (else first ``.kml``) in a KMZ."""
    if not data.startswith(ZIP_MAGIC):
        return data
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            kmls = [
                i for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(".kml")
            ]
            if not kmls:
                raise InputError(path, translate("Xmltracks", "the KMZ holds no .kml document"))
            info = next((i for i in kmls if i.filename.lower() == "doc.kml"), kmls[0])
            if info.file_size > KMZ_MAX_BYTES:
                raise InputError(
                    path,
                    translate("Xmltracks", "the KMZ's {filename} is too large to read").format(
                        filename=info.filename
                    ),
                )
            with zf.open(info) as fh:
                doc = fh.read(KMZ_MAX_BYTES + 1)
    except InputError:
        raise
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        zlib.error,
    ) as e:
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(
            path,
            translate("Xmltracks", "not a readable KMZ (zip) file: {reason}").format(reason=msg),
        ) from None
    if len(doc) > KMZ_MAX_BYTES:
        raise InputError(
            path,
            translate("Xmltracks", "the KMZ's {filename} is too large to read").format(
                filename=info.filename
            ),
        )
    return doc


def load_kml_track(path: str | Path) -> Track:
    """The track of a KML or KMZ file: its ``gx:Track`` elements (with times), else its
    ``LineString`` elements (without). :class:`InputError` when it holds neither."""
    root, cut = _document(kml_document(read_bytes(path), path), path)
    if _local(root) != "kml":
        raise InputError(
            path,
            translate("Xmltracks", "not a KML file (root element <{local}>)").format(
                local=_local(root)
            ),
            root.sourceline,
        )
    placemarks = [
        (pm, list(pm.iter("{*}Track")), list(pm.iter("{*}LineString")))
        for pm in root.iter("{*}Placemark")
    ]
    # The lines of the gx:Tracks, to know a LineString that only draws one of them again.
    drawn = []
    for _pm, tracks, _lines in placemarks:
        if tracks:
            scratch = _Points(path)
            _read_gx_tracks(tracks, scratch, [])
            drawn.append(np.array([scratch.lat, scratch.lon]))
    points = _Points(path)
    warnings: list[str] = []
    name = ""
    for placemark, tracks, lines in placemarks:
        before = len(points.lat)
        if tracks:
            _read_gx_tracks(tracks, points, warnings)
        elif lines:
            line_points = _Points(path)
            for line in lines:
                line_points.start_segment()
                for coords in line.iterchildren("{*}coordinates"):
                    _read_coordinates(coords, line_points)
            if _drawn_again(line_points, drawn):
                continue
            points.extend(line_points)
        if len(points.lat) > before and not name:
            name = _kml_name(placemark)
    if not points.lat and not warnings:
        raise cut or InputError(
            path, translate("Xmltracks", "no track in this KML (no gx:Track or LineString)")
        )
    return points.track(name, _cut_warning(path, cut, len(points.lat)) + warnings)


def _drawn_again(line: _Points, drawn: list[Any]) -> bool:
    """Whether a placemark's lines only draw a gx:Track again (GPSBabel writes each timed
    track as a gx:Track and, in the folder after it, as a "Path" of lines)."""
    here = np.array([line.lat, line.lon])
    return any(d.shape == here.shape and np.allclose(d, here, rtol=0, atol=2e-6) for d in drawn)


def _kml_name(el: Any) -> str:
    """The name of placemark ``el``, else of its document."""
    for up in (el, *el.iterancestors()):
        if _local(up) in ("Placemark", "Document"):
            name = _text(next(up.iterchildren("{*}name"), None))
            if name:
                return name
    return ""


def _read_gx_tracks(tracks: list[Any], points: _Points, warnings: list[str]) -> None:
    path = points.path
    empty = 0
    for track in tracks:
        points.start_segment()
        whens = list(track.iterchildren("{*}when"))
        coords = list(track.iterchildren("{*}coord"))
        if len(whens) != len(coords) and whens:
            warnings.append(
                str(
                    InputError(
                        path,
                        translate(
                            "Xmltracks",
                            "a gx:Track has {count} times for {positions} "
                            "positions; read the first {read}",
                        ).format(
                            count=len(whens),
                            positions=len(coords),
                            read=min(len(whens), len(coords)),
                        ),
                        track.sourceline,
                    )
                )
            )
            coords = coords[: len(whens)]
        for i, coord in enumerate(coords):
            parts = (coord.text or "").split()
            line = coord.sourceline or 0
            if not parts:
                empty += 1  # a time without a place: the receiver had no fix
                continue
            if len(parts) not in (2, 3):
                raise InputError(
                    path,
                    translate("Xmltracks", "bad gx:coord {items}").format(
                        items=f"{' '.join(parts)[:40]!r}"
                    ),
                    line,
                )
            lon, lat = _number(parts[0], path, line), _number(parts[1], path, line)
            ele = _number(parts[2], path, line) if len(parts) == 3 else math.nan
            when = _text(whens[i]) if whens else ""
            points.add(when, lat, lon, ele, line)
    if empty:
        warnings.append(
            str(
                InputError(
                    path,
                    translate(
                        "Xmltracks", "skipped {empty} track points without a position"
                    ).format(empty=empty),
                )
            )
        )


def _read_coordinates(el: Any, points: _Points) -> None:
    """The points of a ``<coordinates>`` element ("lon,lat[,alt] …")."""
    line = el.sourceline or 0
    for token in (el.text or "").split():
        parts = token.split(",")
        if len(parts) not in (2, 3):
            raise InputError(
                points.path,
                translate("Xmltracks", "bad KML coordinates {token}").format(
                    token=f"{token[:40]!r}"
                ),
                line,
            )
        lon, lat = _number(parts[0], points.path, line), _number(parts[1], points.path, line)
        ele = _number(parts[2], points.path, line) if len(parts) == 3 else math.nan
        points.add("", lat, lon, ele, line)


def load_tcx_track(path: str | Path) -> Track:
    """The track of a Garmin TCX file: the trackpoints of every lap (activities) or course,
    each ``<Track>`` a segment, with the speed of Garmin's ActivityExtension when recorded.
    Trackpoints without a position are skipped, with a warning."""
    root, cut = _document(read_bytes(path), path)
    if _local(root) != "TrainingCenterDatabase":
        raise InputError(
            path,
            translate("Xmltracks", "not a TCX file (root element <{local}>)").format(
                local=_local(root)
            ),
            root.sourceline,
        )
    points = _Points(path)
    no_position = 0
    for track in root.iter("{*}Track"):
        points.start_segment()
        for tp in track.iterchildren("{*}Trackpoint"):
            pos = next(tp.iterchildren("{*}Position"), None)
            lat_el = next(pos.iterchildren("{*}LatitudeDegrees"), None) if pos is not None else None
            lon_el = (
                next(pos.iterchildren("{*}LongitudeDegrees"), None) if pos is not None else None
            )
            if lat_el is None or lon_el is None:
                no_position += 1
                continue
            line = tp.sourceline or 0
            ele_text = _text(next(tp.iterchildren("{*}AltitudeMeters"), None))
            # The ActivityExtension's speed, in m/s.
            speed_text = _text(tp.find("{*}Extensions/{*}TPX/{*}Speed"))
            if speed_text:
                points.speed[len(points.lat)] = _number(speed_text, path, line) * MS_TO_KMH
            points.add(
                _text(next(tp.iterchildren("{*}Time"), None)),
                _number(_text(lat_el), path, lat_el.sourceline or line),
                _number(_text(lon_el), path, lon_el.sourceline or line),
                _number(ele_text, path, line) if ele_text else math.nan,
                line,
            )
    warnings = _cut_warning(path, cut, len(points.lat))
    if no_position:
        warnings.append(
            str(
                InputError(
                    path,
                    translate(
                        "Xmltracks", "skipped {no_position} trackpoints without a position"
                    ).format(no_position=no_position),
                )
            )
        )
    if not points.lat and not no_position:
        raise cut or InputError(path, translate("Xmltracks", "no trackpoints in this TCX"))
    first = next(root.iter("{*}Course", "{*}Activity"), None)
    name = "" if first is None else _text(next(first.iterchildren("{*}Name", "{*}Id"), None))
    return points.track(name, warnings)

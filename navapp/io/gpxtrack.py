"""Recorded GPX tracks of any size: a streaming loader into numpy arrays.

:func:`load_track` reads GPX 1.0 and 1.1 (any namespace or none) with lxml's pull parser
(what ``etree.iterparse`` is built on) fed a block at a time, dropping read elements and
keeping only compact columns, so a 2,000,000-point 10 Hz log loads in flat memory.
:mod:`navapp.io.gpxwrite` writes them back. gpxpy stays the tool for GPX structure
(waypoints, routes, metadata); this module is for the points.
"""

from __future__ import annotations

import contextlib
import math
import re
from array import array
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from lxml import etree

from navapp.core.i18n import translate
from navapp.core.model import FloatArray, Track
from navapp.io.errors import InputError
from navapp.io.files import open_input
from navapp.io.safexml import check_prolog, syntax_error
from navapp.io.xmlend import data_end

MS_TO_KMH = 3.6
_HEAD_BYTES = 64 * 1024
# Time strings are parsed by numpy this many at a time, so they never pile up as objects.
_TIME_CHUNK = 8_192

_NAN = math.nan
_EPOCH_US = np.datetime64(0, "us")
_SECOND = np.timedelta64(1, "s")

# The parser settings of navapp.io.safexml (safe_parser), for the pull parser.
_PARSER: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}

# What an element the parser reports is to the loader, by local name.
_NAME, _TRKSEG, _RTE, _WPT, _OTHER_ROLE = range(5)
_ROLES = {"name": _NAME, "trkseg": _TRKSEG, "rte": _RTE, "wpt": _WPT}
_EVENT_TAGS = tuple("{*}" + local for local in ("trkseg", "rte", "trk", "wpt", "name"))
# Bytes given to the parser at a time: the tree holds at most about this much of the file.
_FEED_BYTES = 128 * 1024
# What a point's child element is to the loader, by local name.
_OTHER, _POINT, _ELE, _TIME, _SPEED, _EXTENSIONS, _FIX = range(7)
_CHILD_KINDS = {
    "trkpt": _POINT,
    "rtept": _POINT,
    "ele": _ELE,
    "time": _TIME,
    "speed": _SPEED,
    "extensions": _EXTENSIONS,
    "fix": _FIX,
}

# The usual time form, the only one numpy's datetime64 parser is given (without the Z).
_Z_TIME_RE = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z"
_Z_TIME = re.compile(_Z_TIME_RE)
# A chunk of times of the usual form or "NaT", joined with "\n", plus a last "\n".
_Z_TIMES = re.compile(f"(?:(?:{_Z_TIME_RE}|NaT)\n)*")


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


class _TimeColumn:
    """Point times as epoch seconds, parsed by numpy a chunk at a time.

    The hot loop appends each point's raw ``<time>`` text (``"NaT"`` when it has none) to
    ``pending``; :meth:`flush` turns them into seconds, and is called often enough that the
    strings never pile up.
    """

    def __init__(self, path: str, point_tag: str) -> None:
        self.path = path
        self.point_tag = point_tag
        self.out = array("d")
        self.pending: list[str] = []

    def flush(self) -> None:
        pending = self.pending
        if not pending:
            return
        joined = "\n".join(pending)
        seconds = None
        # The common case, all "...Z": numpy parses the chunk without its Zs in one call.
        if _Z_TIMES.fullmatch(joined + "\n"):
            try:
                stamps = np.array(joined.replace("Z", "").split("\n"), dtype="datetime64[us]")
                seconds = (stamps - _EPOCH_US) / _SECOND
            except ValueError:
                pass
        if seconds is None:
            seconds = self._one_by_one()
        self.out.frombytes(seconds.tobytes())
        pending.clear()

    def _one_by_one(self) -> FloatArray:
        seconds = np.full(len(self.pending), _NAN)
        for i, text in enumerate(self.pending):
            text = text.strip()
            if not text or text == "NaT":
                continue
            try:
                # numpy is only given what it reads right: it also takes "now" and "today",
                # and zone offsets with just a warning.
                if _Z_TIME.fullmatch(text):
                    stamp = np.datetime64(text[:-1], "us")
                    seconds[i] = (stamp - _EPOCH_US) / _SECOND
                else:
                    seconds[i] = parse_time(text)
            except ValueError:
                line = _time_line(self.path, self.point_tag, len(self.out) + i)
                raise InputError(
                    self.path,
                    translate("Gpxtrack", "bad time {text}").format(text=f"{text[:40]!r}"),
                    line,
                ) from None
        return seconds


def _time_line(path: str, point_tag: str, index: int) -> int | None:
    """The line of the ``index``-th point's time, found by reading the file again.

    Only for error messages: the loader keeps no line numbers for the points it has read.
    """
    try:
        with open(path, "rb") as fh:
            context = etree.iterparse(fh, events=("end",), tag=point_tag, **_PARSER)
            for i, (_event, el) in enumerate(context):
                if i == index:
                    for child in el:
                        if _local(child.tag) == "time":
                            return int(child.sourceline)
                    return int(el.sourceline)
                el.clear(keep_tail=False)
    except (etree.XMLSyntaxError, OSError):
        pass
    return None


class _Columns:
    """The points of one kind (track or route) as they are read."""

    def __init__(self, path: str, point_tag: str) -> None:
        self.lat = array("d")
        self.lon = array("d")
        self.ele = array("d")
        self.speed = array("d")
        self.time = _TimeColumn(path, point_tag)
        self.speed_at = array("q")
        self.no_fix_at = array("q")  # points whose <fix> says "none"
        self.segment_starts = array("q")
        self.closed = 0
        self.name = ""

    def __len__(self) -> int:
        return len(self.lat)

    def close_segment(self) -> None:
        """Mark the points read since the last close as one segment, if there are any."""
        n = len(self.lat)
        if n > self.closed:
            self.segment_starts.append(self.closed)
            self.closed = n

    def track(self, warnings: tuple[str, ...] = ()) -> Track:
        self.time.flush()
        self.close_segment()
        speed = None
        if self.speed_at:
            speed = np.full(len(self.lat), _NAN)
            speed[np.frombuffer(self.speed_at, dtype=np.int64)] = self.speed

        valid = None
        if self.no_fix_at:
            valid = np.ones(len(self.lat), dtype=np.bool_)
            valid[np.frombuffer(self.no_fix_at, dtype=np.int64)] = False

        def column(values: array[float]) -> FloatArray:
            # frombuffer shares the array's memory instead of copying it once more.
            return np.frombuffer(values, dtype=np.float64)

        return Track(
            time=column(self.time.out),
            lat=column(self.lat),
            lon=column(self.lon),
            ele=column(self.ele),
            speed=speed,
            segment_starts=np.frombuffer(self.segment_starts, dtype=np.int64),
            name=self.name,
            valid=valid,
            warnings=warnings,
        )


def parse_time(text: str) -> float:
    """Epoch seconds of an ISO-8601 date-time; one without a zone is UTC.

    Raises ValueError for text that is not an ISO-8601 date-time.
    """
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


def _number(element: Any, what: str, path: str) -> float:
    """The element's number, NaN when it is blank; InputError when it is not a number."""
    text = element.text
    if text is None or not text.strip():
        return _NAN
    try:
        return float(text)
    except ValueError:
        raise InputError(
            path,
            translate("Gpxtrack", "{what} {text} is not a number").format(
                what=what, text=f"{text.strip()[:40]!r}"
            ),
            element.sourceline,
        ) from None


def _bad_position(element: Any, path: str) -> InputError:
    lat, lon = element.get("lat"), element.get("lon")
    line = element.sourceline
    if lat is None or lon is None:
        return InputError(
            path,
            translate("Gpxtrack", "<{local}> without lat/lon").format(local=_local(element.tag)),
            line,
        )
    try:
        float(lat)
        float(lon)
    except ValueError:
        return InputError(
            path,
            translate("Gpxtrack", "lat/lon {lat}, {lon} is not a number").format(
                lat=f"{lat[:30]!r}", lon=f"{lon[:30]!r}"
            ),
            line,
        )
    return InputError(
        path,
        translate("Gpxtrack", "lat/lon {lat}, {lon} out of range").format(
            lat=lat[:30], lon=lon[:30]
        ),
        line,
    )


def _check_document(el: Any, path: str) -> None:
    tree = el.getroottree()
    # check_prolog only sees the first 64 KiB; a DOCTYPE can hide behind a long comment.
    if tree.docinfo.doctype:
        raise InputError(
            path, translate("Gpxtrack", "DTDs and entities are not allowed in navapp files"), 1
        )
    root = tree.getroot()
    if _local(root.tag) != "gpx":
        raise InputError(
            path,
            translate("Gpxtrack", "not a GPX file (root element <{local}>)").format(
                local=_local(root.tag)
            ),
            1,
        )


def load_track(path: str | Path) -> Track:
    """The points of a GPX file's tracks (or of its routes when it has no track) as a Track.

    Several tracks and segments are joined in order; ``segment_starts`` marks where each
    non-empty ``<trkseg>`` (each ``<rte>``, for routes) begins. Speed from GPX 1.0 ``<speed>``
    or an extension ``speed`` element (m/s) is stored in km/h. Points whose ``<fix>`` is
    ``none`` are kept, marked False in ``valid``. Raises :class:`InputError`
    (with the line where known) for a file that is missing, not XML, truncated, not GPX, has
    a bad point or time, or has no points at all.

    A file cut off mid-element (a logger that lost power) is read up to its last complete
    point, with the warning ``FILE:LINE: the file ends early; read N points`` in
    ``warnings``; one cut before its first complete point raises :class:`InputError`.
    """
    quick = _quick(path)
    return quick if quick is not None else _track(path, *_read(path))


def _quick(path: str | Path) -> Track | None:
    """The track read the quick way (:mod:`navapp.io.gpxfast`) when the file allows it."""
    from navapp.io.gpxfast import MAX_BYTES, fast_track

    try:
        if Path(path).stat().st_size > MAX_BYTES:
            return None
        with open_input(path) as fh:
            data = fh.read(MAX_BYTES + 1)
    except (InputError, OSError):
        return None  # the streaming loader says what is wrong
    return fast_track(path, data) if len(data) <= MAX_BYTES else None


def load_track_and_waypoints(path: str | Path) -> tuple[Track, list[tuple[float, float, str]]]:
    """:func:`load_track` and :func:`load_waypoints` of one file from one reading of it."""
    reader, root = _read(path)
    return _track(path, reader, root), reader.waypoints


def _track(path: str | Path, reader: _Reader, root: Any) -> Track:
    """The track :func:`load_track` describes, from a file :func:`_read` has read."""
    cols = reader.trk if len(reader.trk) else reader.rte
    if reader.torn is not None:
        if not len(cols):
            raise InputError(
                path,
                translate(
                    "Gpxtrack",
                    "not valid XML: the file ends early, before its first complete point",
                ),
                reader.torn,
            )
        where = InputError(
            path,
            translate("Gpxtrack", "the file ends early; read {count} points").format(
                count=len(cols)
            ),
            reader.torn,
        )
        return cols.track((str(where),))
    if not len(cols):
        _check_document(root, str(path))
        raise InputError(path, translate("Gpxtrack", "no track points"))
    return cols.track()


def load_waypoints(path: str | Path) -> list[tuple[float, float, str]]:
    """The file's ``<wpt>`` as (lat, lon, name), read with the same streaming parser."""
    reader, _root = _read(path)
    return reader.waypoints


def _read(path: str | Path) -> tuple[_Reader, Any]:
    """Parse the whole file; a file that ends before its document does sets ``reader.torn``."""
    where = str(path)
    root: Any = None
    with open_input(path) as fh:
        try:
            head = fh.read(_HEAD_BYTES)
            if not head.strip():
                raise InputError(path, translate("Gpxtrack", "file is empty"))
            check_prolog(head, path)
            end = data_end(fh, head, "gpx", ("trkpt", "rtept", "wpt"))
            if end.stop == 0:
                raise InputError(path, translate("Gpxtrack", "file is empty"))
            fh.seek(0)
            reader = _Reader(where)
            left = end.stop
            while left > 0:
                data = fh.read(min(_FEED_BYTES, left))
                if not data:
                    break
                left -= len(data)
                reader.feed(data)
        except etree.XMLSyntaxError as e:
            raise syntax_error(path, e) from None
        except OSError as e:
            raise InputError(
                path, translate("Gpxtrack", "cannot read: {reason}").format(reason=e.strerror or e)
            ) from None
    try:
        root = reader.close()
    except etree.XMLSyntaxError:
        # Every byte was accepted but the document is still open: the file ends early.
        reader.tear(end.whole, reader.lines + 1 + end.lines_after)
    return reader, root


class _Reader:
    """A pull parser fed the file a block at a time; points are read in batches.

    The parser reports only the few container elements (``trkseg``, ``rte``, ``trk``,
    ``wpt``, ``name``), not every point: after each block, every point of the open segment
    but the last (which may still be incomplete) is read and removed from the tree, so the
    tree never holds more than a block's worth of points.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.trk = _Columns(path, "{*}trkpt")
        self.rte = _Columns(path, "{*}rtept")
        self.parser = etree.XMLPullParser(events=("start", "end"), tag=_EVENT_TAGS, **_PARSER)
        self.roles: dict[object, int] = {}
        self.kinds: dict[object, int] = {}
        self.waypoints: list[tuple[float, float, str]] = []
        self.checked = False
        self.open: Any = None  # the <trkseg> or <rte> being filled
        self.open_cols = self.trk
        self.torn: int | None = None  # the line where a file that ends early ends
        self.lines = 0  # line breaks fed

    def feed(self, data: bytes) -> None:
        self.lines += data.count(b"\n")
        self.parser.feed(data)
        self._events()
        if self.open is not None:
            self._take(self.open, len(self.open) - 1)

    def tear(self, whole: bool, line: int) -> None:
        """The file ended early: keep the points of the segment being read.

        ``whole`` says the data fed ends with a complete element; otherwise the last point
        may be cut and is left out.
        """
        self.torn = line
        with contextlib.suppress(etree.XMLSyntaxError):
            self._events(torn=True)
        container = self.open
        if container is None:
            return
        count = len(container) if whole else len(container) - 1
        self._take(container, count)
        self.open_cols.close_segment()

    def close(self) -> Any:
        root = self.parser.close()
        self._events()
        return root

    def _events(self, *, torn: bool = False) -> None:
        """Handle the parser's events; ``torn`` after a close that found the file ends early."""
        roles = self.roles
        for event, el in self.parser.read_events():
            tag = el.tag
            role = roles.get(tag)
            if role is None:
                role = roles[tag] = _ROLES.get(_local(tag), _OTHER_ROLE)
            if not self.checked:
                _check_document(el, self.path)
                self.checked = True
            if event == "start":
                if role in (_TRKSEG, _RTE):
                    self.open = el
                    self.open_cols = self.trk if role == _TRKSEG else self.rte
                continue
            if torn:
                # lxml 6.2 reports the end of every element still open at the cut; none of
                # them was closed in the file, and the last point in them may be cut.
                continue
            if role == _NAME:
                _take_name(el, self.trk, self.rte)
                continue
            if role in (_TRKSEG, _RTE):
                cols = self.trk if role == _TRKSEG else self.rte
                if el is self.open:
                    self.open = None
                self._take(el, len(el), cols)
                cols.close_segment()
            elif role == _WPT:
                self._take_waypoint(el)
            el.clear(keep_tail=False)
            _drop_before(el)

    def _take_waypoint(self, el: Any) -> None:
        try:
            lat, lon = float(el.get("lat")), float(el.get("lon"))
        except (TypeError, ValueError):
            raise _bad_position(el, self.path) from None
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise _bad_position(el, self.path)
        name = next((c.text or "" for c in el if _local(c.tag) == "name"), "")
        self.waypoints.append((lat, lon, name.strip()))

    def _take(self, container: Any, count: int, cols: _Columns | None = None) -> None:
        """Read the first ``count`` children of ``container`` and remove them from the tree."""
        if count <= 0:
            return
        cols = cols or self.open_cols
        # A route is only used when the file has no track point at all.
        if cols is not self.rte or not len(self.trk):
            _read_points(container, count, cols, self.kinds, self.path)
        # Only now: removing elements that still have Python proxies costs a copy each.
        del container[:count]


def _read_points(
    container: Any, count: int, cols: _Columns, kinds: dict[object, int], path: str
) -> None:
    """Append the points among the first ``count`` children of ``container`` to ``cols``.

    This is the loader's hot loop, so it works on raw lxml calls: the parser picks the point
    elements by tag, and the children's tags are compared with the usual namespaced names
    before the slower look-up by local name.
    """
    nan = _NAN
    lat_add, lon_add, ele_add = cols.lat.append, cols.lon.append, cols.ele.append
    pend = cols.time.pending.append
    stop = container[count] if count < len(container) else None
    ns = container.tag[: -len(_local(container.tag))]
    ele_tag, time_tag = ns + "ele", ns + "time"
    for el in container.iterchildren(cols.time.point_tag):
        if el is stop:
            break
        try:
            lat = float(el.get("lat"))
            lon = float(el.get("lon"))
        except (TypeError, ValueError):
            raise _bad_position(el, path) from None
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise _bad_position(el, path)
        ele = nan
        speed: float | None = None
        time_text = "NaT"
        for child in el:
            ctag = child.tag
            if ctag == time_tag:
                time_text = child.text or "NaT"
                continue
            if ctag == ele_tag:
                kind = _ELE
            else:
                kind = kinds.get(ctag, -1)
                if kind < 0:
                    kind = kinds[ctag] = _CHILD_KINDS.get(_local(ctag), _OTHER)
            if kind == _ELE:
                try:
                    ele = float(child.text)
                except (TypeError, ValueError):
                    ele = _number(child, "elevation", path)
            elif kind == _TIME:
                time_text = child.text or "NaT"
            elif kind == _SPEED:
                speed = _number(child, "speed", path)
            elif kind == _FIX:
                # GPX 1.0 and 1.1 <fix>: none, 2d, 3d, dgps or pps; only "none" is no position.
                if (child.text or "").strip() == "none":
                    cols.no_fix_at.append(len(cols.lat))
            elif kind == _EXTENSIONS and speed is None:
                for node in child.iter("{*}speed"):
                    speed = _number(node, "speed", path)
                    break
        if speed is not None and speed == speed:
            cols.speed_at.append(len(cols.lat))
            cols.speed.append(speed * MS_TO_KMH)
        lat_add(lat)
        lon_add(lon)
        ele_add(ele)
        pend(time_text)
    if len(cols.time.pending) >= _TIME_CHUNK:
        cols.time.flush()


def _drop_before(el: Any) -> None:
    """Remove the elements before ``el`` from its parent (they have been read)."""
    parent = el.getparent()
    if parent is not None:
        del parent[: parent.index(el)]


def _take_name(el: Any, trk: _Columns, rte: _Columns) -> None:
    parent = el.getparent()
    owner = _local(parent.tag) if parent is not None else ""
    if owner == "trk" and not trk.name:
        trk.name = (el.text or "").strip()
    elif owner == "rte" and not rte.name:
        rte.name = (el.text or "").strip()

"""Organisers' waypoint lists as CSV: one waypoint a line, from a spreadsheet or a web page.

What the files in the wild look like, and what is read:

- delimiter ``,``, ``;`` or tab (judged from the first line); with ``;`` or tab a decimal
  comma ("23,456") is read as a decimal point;
- an optional header naming the columns in common spellings (``name``/``id``/``wp``,
  ``lat``/``latitude``, ``lon``/``lng``/``long``/``longitude``, ``type``, ``open radius``,
  ``clear radius``, ``km``, ``description``; case, spaces and a unit in brackets ignored);
  without one, the first two cells that read as coordinates are latitude and longitude and
  the first other cell is the name;
- coordinates in decimal degrees ("23.2058", "-4.5") or degrees with decimal minutes or
  minutes and seconds, hemisphere first or last ("N 23°12.345'", "23 12 20.7 N", "E5.5");
- UTF-8 (with or without BOM), UTF-16 (with BOM, or without from its zero bytes), else
  Windows-1252.

A line that does not read is skipped with a one-line warning naming its line number; a file
with no line that reads raises :class:`InputError`.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from pathlib import Path

from navapp.core.i18n import translate
from navapp.core.model import Roadbook, Waypoint
from navapp.core.rules import waypoint_from_label
from navapp.core.waypoint_list import ListedWaypoint, WaypointList, is_generic_label
from navapp.io.errors import InputError
from navapp.io.files import read_bytes

# Bad lines reported one by one; beyond this, one line counts the rest.
MAX_LINE_WARNINGS = 10

# Column names, normalised (lower case, letters and digits only, a bracketed unit dropped).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "id",
        "wp",
        "wpt",
        "waypoint",
        "waypointname",
        "label",
        "title",
        "ident",
        "nom",
        "point",
        "code",
    ),
    "lat": ("lat", "latitude", "y", "breite"),
    "lon": ("lon", "lng", "long", "longitude", "x", "laenge", "länge"),
    "type": ("type", "kind", "sym", "symbol", "wptype", "waypointtype", "category", "categorie"),
    "open": (
        "open",
        "openradius",
        "radius",
        "openm",
        "radiusopen",
        "validationradius",
        "validation",
        "ropen",
        "rayon",
        "rayonvalidation",
    ),
    "clear": ("clear", "clearradius", "clearm", "radiusclear", "rclear", "closeradius"),
    "km": (
        "km",
        "kms",
        "dist",
        "distance",
        "totalkm",
        "total",
        "kilometer",
        "kilometre",
        "chainage",
        "pk",
    ),
    "notes": ("description", "desc", "notes", "note", "comment", "comments", "remark", "info"),
}
_BY_NAME = {alias: column for column, aliases in _COLUMNS.items() for alias in aliases}

_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)")
# What may stand between the numbers of a DMS coordinate.
_DMS_MARKS = set(" \t°º˚'′’\"″”:")
_HEMISPHERES = {
    "N": ("lat", 1),
    "S": ("lat", -1),
    "E": ("lon", 1),
    "W": ("lon", -1),
    "O": ("lon", -1),
}  # O: ouest, on French organisers' lists


def decode_text(data: bytes) -> str:
    """The file's text: UTF-8 or UTF-16 by BOM or zero bytes, else UTF-8, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without a BOM: ASCII text has its zero bytes on one side.
        odd_zeros = sample[1::2].count(0)
        return data.decode(
            "utf-16-le" if odd_zeros > sample[0::2].count(0) else "utf-16-be", errors="replace"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_coordinate(text: str, axis: str, decimal_comma: bool = False) -> float:
    """One latitude (``axis`` "lat") or longitude ("lon") in degrees, from decimal degrees or
    degrees-minutes(-seconds) with an optional hemisphere letter; ValueError says why not."""
    t = text.strip().upper()
    if decimal_comma:
        t = t.replace(",", ".")
    if not t:
        raise ValueError("empty")
    sign = 1
    letter = re.match(r"^([NSEWO])\s*(.*)$", t) or re.match(r"^(.*?)\s*([NSEWO])$", t)
    if letter is not None:
        hemi, t = (
            (letter.group(1), letter.group(2))
            if t[0] in _HEMISPHERES
            else (letter.group(2), letter.group(1))
        )
        hemi_axis, sign = _HEMISPHERES[hemi]
        if hemi_axis != axis:
            raise ValueError(f"'{hemi}' on a {'latitude' if axis == 'lat' else 'longitude'}")
    numbers = _NUMBER.findall(t)
    rest = _NUMBER.sub(" ", t)
    if not numbers or len(numbers) > 3 or any(c not in _DMS_MARKS for c in rest):
        raise ValueError("not a coordinate")
    negative = numbers[0].startswith("-")
    if negative and sign < 0:
        raise ValueError("both a minus sign and a hemisphere")
    values = [abs(float(n)) for n in numbers]
    if any(n.startswith(("-", "+")) for n in numbers[1:]):
        raise ValueError("sign on minutes or seconds")
    if len(values) > 1 and (values[0] != int(values[0]) or values[1] >= 60):
        raise ValueError("minutes out of range")
    if len(values) > 2 and (values[1] != int(values[1]) or values[2] >= 60):
        raise ValueError("seconds out of range")
    degrees = values[0] + sum(v / 60.0**k for k, v in enumerate(values[1:], 1))
    value = float(-degrees if negative or sign < 0 else degrees)
    limit = 90.0 if axis == "lat" else 180.0
    if not math.isfinite(value) or abs(value) > limit:
        raise ValueError("out of range")
    return value


def parse_position(text: str) -> tuple[float, float]:
    """A position typed as latitude then longitude: "31.52, -4.21", "31.52 -4.21",
    "N31 31.2 W4 12.6", "31°31'12\"N; 4°12'36\"W"; ValueError says why not, in one line."""
    t = " ".join(text.split()).upper()
    example = 'type latitude, longitude (e.g. "31.52, -4.21")'
    if not t:
        raise ValueError(f"nothing typed: {example}")
    if not re.search(r"\d", t):
        raise ValueError(f"{text.strip()!r} is not a position: {example}")
    if ";" in t:
        parts = t.split(";")
    elif t.count(",") == 1:
        parts = t.split(",")
    else:
        # No separator: split after the latitude's hemisphere letter, else at the one space.
        m = re.match(r"^([NS][^EWO]*?)\s*([EWO].*)$", t) or re.match(r"^(.*?[NS])\s*(.+)$", t)
        parts = [m.group(1), m.group(2)] if m is not None else t.split(" ")
    if len(parts) != 2 or not all(p.strip() for p in parts):
        raise ValueError(f"{text.strip()!r} is not a position: {example}")
    out = []
    for part, axis, name in ((parts[0], "lat", "latitude"), (parts[1], "lon", "longitude")):
        try:
            out.append(parse_coordinate(part, axis))
        except ValueError as e:
            raise ValueError(f"{name} {part.strip()!r}: {e}; {example}") from None
    return out[0], out[1]


def _number(text: str, decimal_comma: bool, unit: str) -> float | None:
    """A plain number with an optional unit ("800", "800 m", "12,5 km"); None when empty."""
    t = text.strip().lower()
    if decimal_comma:
        t = t.replace(",", ".")
    t = re.sub(rf"\s*{unit}$", "", t)
    if not t:
        return None
    value = float(t)
    if not math.isfinite(value) or value < 0:
        raise ValueError("not a distance")
    return value


def _column_name(cell: str) -> str | None:
    key = re.sub(r"[\(\[].*?[\)\]]", "", cell.lower())
    key = re.sub(r"[^a-z0-9ä]", "", key)
    return _BY_NAME.get(key)


def _delimiter(first_line: str) -> str:
    for d in ("\t", ";"):
        if d in first_line:
            return d
    return ","


def _header(cells: list[str]) -> dict[str, int] | None:
    """Column -> index when the row is a header naming at least latitude and longitude."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        column = _column_name(cell)
        if column is not None and column not in found:
            found[column] = i
    return found if "lat" in found and "lon" in found else None


def _guessed_columns(cells: list[str], decimal_comma: bool) -> dict[str, int] | None:
    """Columns of a file without a header, from its first data row."""
    for i in range(len(cells) - 1):
        try:
            parse_coordinate(cells[i], "lat", decimal_comma)
            parse_coordinate(cells[i + 1], "lon", decimal_comma)
        except ValueError:
            continue
        columns = {"lat": i, "lon": i + 1}
        others = [k for k, c in enumerate(cells) if k not in (i, i + 1) and c.strip()]
        if others:
            columns["name"] = others[0]
        return columns
    return None


class _Rows:
    """The rows of a CSV text with their line numbers; a row the csv module refuses ends it."""

    def __init__(self, text: str, delimiter: str) -> None:
        self.reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        self.error: tuple[int, str] | None = None

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> tuple[int, list[str]]:
        while True:
            try:
                row = next(self.reader)
            except csv.Error as e:
                self.error = (self.reader.line_num, str(e))
                raise StopIteration from None
            if row and any(c.strip() for c in row) and not row[0].lstrip().startswith("#"):
                return self.reader.line_num, row


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    i = columns.get(name)
    return row[i].strip() if i is not None and i < len(row) else ""


def _entry(
    row: list[str], columns: dict[str, int], decimal_comma: bool, where: str, count: int
) -> ListedWaypoint:
    lat = parse_coordinate(_cell(row, columns, "lat"), "lat", decimal_comma)
    lon = parse_coordinate(_cell(row, columns, "lon"), "lon", decimal_comma)
    label = _cell(row, columns, "name") or f"point {count}"
    kind = _cell(row, columns, "type")
    wp = waypoint_from_label(kind or None, label)
    open_m = _number(_cell(row, columns, "open"), decimal_comma, "m")
    clear_m = _number(_cell(row, columns, "clear"), decimal_comma, "m")
    km = _number(_cell(row, columns, "km"), decimal_comma, "km")
    if wp is not None and (open_m is not None or clear_m is not None):
        wp = Waypoint(
            wp.type,
            wp.name,
            open_m if open_m is not None else wp.open_m,
            clear_m if clear_m is not None else wp.clear_m,
            open_from_file=open_m is not None,
            clear_from_file=clear_m is not None,
        )
    generic = not kind and is_generic_label(label)
    notes = _cell(row, columns, "notes")
    return ListedWaypoint(label, lat, lon, wp, km, generic, where, notes)


def read_waypoint_csv(path: str | Path) -> WaypointList:
    """An organiser's CSV waypoint list (see the module docstring)."""
    text = decode_text(read_bytes(path)).lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise InputError(path, translate("Csvwaypoints", "file is empty"))
    delimiter = _delimiter(first)
    decimal_comma = delimiter != ","
    rows = _Rows(text, delimiter)
    columns: dict[str, int] | None = None
    entries: list[ListedWaypoint] = []
    bad: list[InputError] = []
    for line, row in rows:
        if columns is None:
            columns = _header(row)
            if columns is not None:
                continue
            columns = _guessed_columns(row, decimal_comma)
            if columns is None:
                raise InputError(
                    path,
                    translate(
                        "Csvwaypoints",
                        "no latitude and longitude columns (a header such as "
                        "'name,lat,lon', or coordinates in the first line)",
                    ),
                    line,
                )
        try:
            entries.append(_entry(row, columns, decimal_comma, f"{path}:{line}", len(entries) + 1))
        except ValueError as e:
            bad.append(
                InputError(
                    path,
                    translate("Csvwaypoints", "line skipped: {error}: {line}").format(
                        error=e, line=_shown(row, delimiter)
                    ),
                    line,
                )
            )
    warnings = [str(e) for e in bad[:MAX_LINE_WARNINGS]]
    if len(bad) > MAX_LINE_WARNINGS:
        warnings.append(
            str(
                InputError(
                    path,
                    translate("Csvwaypoints", "{count} more lines skipped").format(
                        count=len(bad) - MAX_LINE_WARNINGS
                    ),
                )
            )
        )
    if rows.error is not None:
        line, what = rows.error
        warnings.append(
            str(
                InputError(
                    path,
                    translate(
                        "Csvwaypoints", "damaged ({what}); read {count} waypoints before it"
                    ).format(what=what, count=len(entries)),
                    line,
                )
            )
        )
    if not entries:
        if bad:
            raise InputError(
                path,
                translate("Csvwaypoints", "no line reads as a waypoint; {message}").format(
                    message=bad[0].message
                ),
                bad[0].line,
            )
        raise InputError(path, translate("Csvwaypoints", "no waypoints"))
    return WaypointList(Path(path).stem, tuple(entries), tuple(warnings))


def _shown(row: list[str], delimiter: str) -> str:
    """A bad line as written, shortened to fit one message line."""
    text = delimiter.join(row).replace("\t", " ")
    return text if len(text) <= 60 else text[:57] + "..."


def read_csv_roadbook(path: str | Path) -> Roadbook:
    """A CSV waypoint list as a roadbook: one box per waypoint, in file order, totals from
    the list's km when every line has one, else straight legs between the points."""
    return read_waypoint_csv(path).to_roadbook()

"""The roadbook and track model: frozen values that every layer shares.

All quantities are held in metric units (km for distances, metres for radii, km/h for speeds,
seconds for times); a roadbook remembers the units it was printed in for display and writing.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from navapp.core.i18n import translate
from navapp.core.pdfroll import PdfRoll

if TYPE_CHECKING:
    from navapp.core.geodesy import RouteGeometry

KM_PER_MILE = 1.609344
M_PER_YARD = 0.9144

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


class Units(Enum):
    """The unit system a roadbook is printed in."""

    METRIC = "metric"
    STATUTE = "statute"

    def km_to_display(self, km: float) -> float:
        """Kilometres as shown to the crew (km or miles)."""
        return km if self is Units.METRIC else km / KM_PER_MILE

    def display_to_km(self, value: float) -> float:
        """A printed distance (km or miles) in kilometres."""
        return value if self is Units.METRIC else value * KM_PER_MILE

    @property
    def distance_label(self) -> str:
        return "km" if self is Units.METRIC else "mi"

    @property
    def speed_label(self) -> str:
        return "km/h" if self is Units.METRIC else "mph"


class WaypointType(Enum):
    """Waypoint and control types; values are the OpenRally element names (lower case)."""

    WPV = "wpv"
    WPM = "wpm"
    WPE = "wpe"
    WPS = "wps"
    WPC = "wpc"
    WPN = "wpn"
    WPP = "wpp"
    DSS = "dss"
    ASS = "ass"
    CP = "cp"
    DZ = "dz"
    FZ = "fz"
    DN = "dn"
    FN = "fn"
    DT = "dt"
    FT = "ft"

    @property
    def label(self) -> str:
        """Upper-case label as printed in a roadbook (WPM, DSS, CP …)."""
        return self.value.upper()


# Which of a box's waypoints stands for the box when only one can be shown: navigation
# waypoints first, then zone markers, then neutralisation/transfer markers.
_PRIMARY_ORDER = {
    t: i
    for i, t in enumerate(
        [
            WaypointType.DSS,
            WaypointType.ASS,
            WaypointType.WPV,
            WaypointType.WPM,
            WaypointType.WPE,
            WaypointType.WPS,
            WaypointType.WPN,
            WaypointType.WPP,
            WaypointType.WPC,
            WaypointType.CP,
            WaypointType.DZ,
            WaypointType.FZ,
            WaypointType.DN,
            WaypointType.FN,
            WaypointType.DT,
            WaypointType.FT,
        ]
    )
}


@dataclass(frozen=True)
class Waypoint:
    """A waypoint or control attached to a box.

    ``open_m``/``clear_m`` are the radii in force (the file's value, else the rules table);
    ``open_from_file``/``clear_from_file`` say whether the file gave them. ``open_m`` is None
    for a waypoint that never opens (WPC) and ``inf`` for one always open (WPV).
    """

    type: WaypointType
    name: str = ""
    open_m: float | None = None
    clear_m: float | None = None
    open_from_file: bool = False
    clear_from_file: bool = False


class DrawingKind(Enum):
    """How a tulip or notes drawing is encoded in the file."""

    PNG = "png"  # a data:image/png;base64 URL
    SVG = "svg"  # inline SVG
    SVG_PNG = "svg_png"  # SVG whose content is an embedded PNG data URL
    OTHER = "other"  # anything else (kept, not rendered)


_DATA_URL_RE = re.compile(r"data:image/(png|jpe?g|gif);base64,([A-Za-z0-9+/=\s]+)")


@dataclass(frozen=True)
class Drawing:
    """A tulip or notes drawing exactly as the file holds it (whitespace trimmed)."""

    text: str

    @property
    def kind(self) -> DrawingKind:
        t = self.text.lstrip()
        if t.startswith("data:image/"):
            return DrawingKind.PNG
        if t.startswith("<svg") or t.startswith("<?xml"):
            if "<text" not in t and _DATA_URL_RE.search(t) and "<path" not in t:
                return DrawingKind.SVG_PNG
            return DrawingKind.SVG
        return DrawingKind.OTHER

    def embedded_image(self) -> bytes | None:
        """The first embedded raster image (PNG/JPEG/GIF data URL) decoded, if any."""
        m = _DATA_URL_RE.search(self.text)
        if not m:
            return None
        try:
            return base64.b64decode(re.sub(r"\s+", "", m.group(2)), validate=True)
        except (binascii.Error, ValueError):
            return None

    def svg_text(self) -> str | None:
        """The SVG source when the drawing is SVG, else None."""
        t = self.text.strip()
        return t if t.startswith("<") else None

    def remote_references(self) -> list[str]:
        """URLs to other places the drawing refers to; navapp never fetches them."""
        return re.findall(r"""(?:href|src)\s*=\s*["'](https?://[^"']+)""", self.text)


# Marker flags a box may carry (OpenRally empty elements), in writing order.
KNOWN_FLAGS = (
    "fuel",
    "show_coordinates",
    "medical",
    "helicopter",
    "police",
    "fire",
    "spectators",
    "media",
)


@dataclass(frozen=True)
class Box:
    """One roadbook instruction (a row of the paper roadbook).

    ``total_km`` is the distance printed in the box (after resets); ``partial_km`` is derived
    from the previous box by :func:`number_boxes`. ``cap`` is the printed heading (0–360).
    """

    index: int
    total_km: float
    partial_km: float = 0.0
    cap: int | None = None
    lat: float | None = None
    lon: float | None = None
    waypoints: tuple[Waypoint, ...] = ()
    speed_limit_kmh: float | None = None
    danger: int | None = None
    reset_km: float | None = None
    stop_s: int | None = None
    neutralization_s: int | None = None
    time_controls: tuple[int | None, ...] = ()
    flags: tuple[str, ...] = ()
    tulip: Drawing | None = None
    notes: Drawing | None = None
    notes_text: str = ""
    name: str = ""
    source_line: int | None = field(default=None, compare=False)

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def waypoint(self) -> Waypoint | None:
        """The waypoint that stands for this box (navigation waypoints before zone markers)."""
        if not self.waypoints:
            return None
        return min(self.waypoints, key=lambda w: _PRIMARY_ORDER[w.type])

    def waypoint_of(self, *types: WaypointType) -> Waypoint | None:
        """The first of this box's waypoints of one of ``types``."""
        for w in self.waypoints:
            if w.type in types:
                return w
        return None

    @property
    def starts_zone(self) -> bool:
        return self.waypoint_of(WaypointType.DZ) is not None

    @property
    def ends_zone(self) -> bool:
        return self.waypoint_of(WaypointType.FZ) is not None

    @property
    def is_reset(self) -> bool:
        return self.reset_km is not None

    @property
    def leaving_km(self) -> float:
        """The trip meter as the crew leaves this box: its reset value, else its total."""
        return self.reset_km if self.reset_km is not None else self.total_km


def number_boxes(boxes: list[Box] | tuple[Box, ...]) -> tuple[Box, ...]:
    """Boxes renumbered 1..n in order with partials derived from the printed totals.

    The partial of a box is its total less the previous box's total, or less the previous
    box's reset value when the previous box resets the trip meter.
    """
    out: list[Box] = []
    base = 0.0
    for i, b in enumerate(boxes):
        partial = b.total_km - base if i else b.total_km
        out.append(replace(b, index=i + 1, partial_km=round(partial, 6)))
        base = b.leaving_km
    return tuple(out)


@dataclass(frozen=True)
class RouteLine:
    """The line the stage follows, as WGS84 coordinates in order (never changed in place:
    an edit makes a new one)."""

    lat: FloatArray
    lon: FloatArray
    _geometry: RouteGeometry | None = field(default=None, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return int(self.lat.shape[0])

    def geometry(self, previous: RouteGeometry | None = None) -> RouteGeometry:
        """The line ready for chainage queries, built once for this line (it needs two points
        or more). ``previous``, the line this one was edited from, lends its projection and
        what the edit left alone: an edit then sets up no new projection."""
        if self._geometry is None:
            from navapp.core.geodesy import RouteGeometry

            object.__setattr__(self, "_geometry", RouteGeometry(self.lat, self.lon, previous))
        assert self._geometry is not None
        return self._geometry

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RouteLine):
            return NotImplemented
        return bool(np.array_equal(self.lat, other.lat) and np.array_equal(self.lon, other.lon))

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Metadata:
    """What a roadbook file says about itself beyond its boxes."""

    description: str = ""
    author: str = ""
    total_km: float | None = None  # the total printed in the file's metadata, if any
    creator: str = field(default="", compare=False)
    version: str = field(default="", compare=False)  # OpenRally namespace read, e.g. "v1.0.3"


@dataclass(frozen=True)
class Roadbook:
    """A stage roadbook: its boxes in order and, when known, the route line.

    ``warnings`` are what the reader had to say about the file, one line each
    (``FILE:LINE: what``), for the user to see: a file cut off early, for one.
    """

    name: str
    units: Units
    boxes: tuple[Box, ...]
    route: RouteLine | None = None
    metadata: Metadata = field(default_factory=Metadata)
    warnings: tuple[str, ...] = field(default=(), compare=False)
    # The pages and rows of a roadbook read from a PDF, which the drive view shows as a roll.
    pdf: PdfRoll | None = field(default=None, compare=False)

    @property
    def total_km(self) -> float:
        """The stage total: the metadata distance, else the last box's total."""
        if self.metadata.total_km is not None:
            return self.metadata.total_km
        return self.boxes[-1].total_km if self.boxes else 0.0

    @property
    def has_coordinates(self) -> bool:
        """Whether the boxes carry usable positions (the official example has none)."""
        return any(b.has_position for b in self.boxes)


@dataclass(frozen=True)
class Fix:
    """One GPS position report.

    ``time`` is seconds since the Unix epoch (UTC) or NaN when unknown. ``valid`` is False for a
    report that must not be used as a position (no fix, dead reckoning, estimated).
    """

    time: float
    lat: float
    lon: float
    speed_kmh: float | None = None
    course_deg: float | None = None
    ele_m: float | None = None
    hdop: float | None = None
    satellites: int | None = None
    valid: bool = True


@dataclass(frozen=True, eq=False)
class Track:
    """A recorded track as numpy arrays of equal length.

    ``time`` is seconds since the epoch (NaN where a point has no time), ``ele`` and ``speed``
    (km/h) are NaN where unknown; ``speed`` is None when the source never gives speed.
    ``segment_starts`` holds the index of the first point of each segment (always starts
    with 0 when the track has points). ``valid`` is False where the receiver itself said the
    point is not a position (GPX ``<fix>none</fix>``); None when every point claims a fix.
    ``warnings`` are what the reader had to say about the file, one line each
    (``FILE:LINE: what``), for the user to see: a file cut off early, for one.
    """

    time: FloatArray
    lat: FloatArray
    lon: FloatArray
    ele: FloatArray
    speed: FloatArray | None = None
    segment_starts: IntArray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    name: str = ""
    valid: BoolArray | None = None
    warnings: tuple[str, ...] = ()

    def __len__(self) -> int:
        return int(self.lat.shape[0])

    @property
    def has_time(self) -> bool:
        return bool(len(self)) and bool(np.isfinite(self.time).any())

    def fixes(self) -> Iterator[Fix]:
        """The points as :class:`Fix` values, in order (to feed a navigator)."""
        speed = self.speed
        valid = self.valid
        for i, (t, la, lo, el) in enumerate(
            zip(
                self.time.tolist(),
                self.lat.tolist(),
                self.lon.tolist(),
                self.ele.tolist(),
                strict=True,
            )
        ):
            s = speed[i] if speed is not None else math.nan
            yield Fix(
                t,
                la,
                lo,
                speed_kmh=float(s) if s == s else None,
                ele_m=el if el == el else None,
                valid=valid is None or bool(valid[i]),
            )

    def frozen_time_note(self) -> str | None:
        """A one-line note when every timed point has the same time, else None.

        A logger whose clock never started (or stood still) stamps every point alike. Such
        times say nothing about speed or duration, and taken at their word they make every
        point after the first a repeat: the drive would measure 0 km.
        """
        timed = self.time[np.isfinite(self.time)]
        if timed.size < 2 or timed.min() != timed.max():
            return None
        if timed.size == len(self):
            text = translate(
                "Track",
                "all {count} points have the same time: "
                "speeds, zones, stops and section times skipped",
            )
        else:
            text = translate(
                "Track",
                "all {count} timed points have the same time: "
                "speeds, zones, stops and section times skipped",
            )
        return text.format(count=timed.size)

    def without_frozen_times(self) -> tuple[Track, str | None]:
        """This track with its times dropped (NaN) when they are all the same, and the note."""
        note = self.frozen_time_note()
        if note is None:
            return self, None
        return replace(self, time=np.full(len(self), np.nan)), note

    @staticmethod
    def empty(name: str = "") -> Track:
        z = np.zeros(0, dtype=np.float64)
        return Track(z, z, z, z, None, np.zeros(0, dtype=np.int64), name)

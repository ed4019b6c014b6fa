"""Organisers' waypoint lists, and giving their coordinates to a roadbook that has none.

A roadbook read from paper (a PDF's text layer) or the official OpenRally example carries
its waypoints' types and labels ("WPM 3") but no positions; the organiser hands the
coordinates out separately, as a KML, GPX or CSV list. :func:`attach_waypoints` gives each
waypoint box the position (and radii, where the list has them) of its entry in the list:

1. by label and number, normalised ("WPM3" == "WPM 3" == "wpm-03"), where both sides have
   that label once only;
2. then by distance, where the list gives a km for the entry: the nearest waypoint box of a
   compatible type within :data:`KM_TOLERANCE` of it (stage km, resets undone);
3. then by order: between two matched pairs, the remaining waypoint boxes and entries are
   paired in order when there are as many of each and their types agree.

Boxes holding only zone or neutralisation markers (DZ, FZ, DN, FN, DT, FT) are placed only
when the list names them (by label or km): organisers' lists seldom carry them.

Whatever is left over is never dropped silently: each unmatched entry and each unmatched
navigation waypoint box gets one line in the roadbook's ``warnings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy as np

from navapp.core.i18n import translate
from navapp.core.legs import straight_legs
from navapp.core.model import Box, Metadata, Roadbook, Units, Waypoint, WaypointType, number_boxes

# How far (km) a list's distance may be from a box's stage distance and still name that box:
# organisers round to 0.01-0.1 km and measure on their own tools.
KM_TOLERANCE = 0.25

# A label: letters, then an optional separator and a number ("WPM 3", "wpm-03", "CP1").
_LABEL = re.compile(r"^\s*([A-Za-z]+)\s*[-_ .#]?\s*(\d+)?\s*$")
# Zone and neutralisation markers: printed in the roadbook, seldom in a waypoint list. Boxes
# with only these are placed when the list names them, never by order, and not missed aloud.
_MARKERS = frozenset(
    {
        WaypointType.DZ,
        WaypointType.FZ,
        WaypointType.DN,
        WaypointType.FN,
        WaypointType.DT,
        WaypointType.FT,
    }
)


def _navigation(box: Box) -> bool:
    """Whether the box holds a waypoint to navigate to (not only zone markers)."""
    return any(w.type not in _MARKERS for w in box.waypoints)


# An organiser's bare "WP01": a waypoint whose type the list does not say.
_GENERIC = re.compile(r"^\s*WP(?![A-Za-z])", re.I)


def is_generic_label(label: str) -> bool:
    """True for a bare "WP" label ("WP01", "wp 3"): a waypoint whose type is not given."""
    return bool(_GENERIC.match(label))


@dataclass(frozen=True)
class ListedWaypoint:
    """One entry of a waypoint list: its label as written, position, waypoint and distance.

    ``waypoint`` is None when the label names no waypoint type. ``km`` is the distance the
    list gives (stage km), None when it gives none. ``generic`` is True for a bare "WP" label
    (type not given). ``where`` is ``FILE:LINE`` (or ``FILE``) for messages.
    """

    label: str
    lat: float
    lon: float
    waypoint: Waypoint | None = None
    km: float | None = None
    generic: bool = False
    where: str = ""
    notes: str = ""


@dataclass(frozen=True)
class WaypointList:
    """An organiser's waypoint list in file order, with what its reader had to say."""

    name: str
    entries: tuple[ListedWaypoint, ...]
    warnings: tuple[str, ...] = ()

    @staticmethod
    def from_roadbook(roadbook: Roadbook, where: str, km_along_stage: bool) -> WaypointList:
        """A roadbook's positioned boxes as a list (a KML or GPX waypoint list read as a
        roadbook). Their totals count as the list's km only when ``km_along_stage`` (the
        totals follow a route, not straight legs between the points)."""
        entries = []
        for b in roadbook.boxes:
            if b.lat is None or b.lon is None:
                continue
            wp = b.waypoint
            label = b.name or (f"{wp.type.label} {wp.name}".strip() if wp else f"box {b.index}")
            entries.append(
                ListedWaypoint(
                    label,
                    b.lat,
                    b.lon,
                    wp,
                    b.total_km if km_along_stage else None,
                    is_generic_label(b.name),
                    f"{where}:{b.source_line}" if b.source_line else where,
                    b.notes_text,
                )
            )
        return WaypointList(roadbook.name, tuple(entries), roadbook.warnings)

    def to_roadbook(self) -> Roadbook:
        """The list as a roadbook of its own: one box per entry, in order of the list's km
        when every entry has one (totals from them), else in file order with straight legs
        between the points."""
        entries = [self.entries[j] for j in _list_order(self.entries)]
        lat = np.array([e.lat for e in entries], dtype=np.float64)
        lon = np.array([e.lon for e in entries], dtype=np.float64)
        totals, caps = straight_legs(lat, lon)
        kms = [e.km for e in entries]
        given = all(k is not None for k in kms) and bool(kms)
        boxes = [
            Box(
                0,
                float(k) if given and k is not None else t,
                cap=c,
                lat=e.lat,
                lon=e.lon,
                waypoints=(e.waypoint,) if e.waypoint else (),
                name=e.label,
                notes_text=e.notes,
            )
            for e, t, c, k in zip(entries, totals, caps, kms, strict=True)
        ]
        return Roadbook(
            self.name, Units.METRIC, number_boxes(boxes), None, Metadata(), self.warnings
        )


def label_key(text: str) -> tuple[str, str] | None:
    """A label normalised for matching: ("WPM", "3") for "WPM3", "WPM 3", "wpm-03"."""
    m = _LABEL.match(text)
    if m is None:
        return None
    digits = m.group(2) or ""
    return m.group(1).upper(), digits.lstrip("0") or digits


def _waypoint_keys(box: Box) -> set[tuple[str, str]]:
    keys = set()
    for wp in box.waypoints:
        number = wp.name.strip().lstrip("0") or wp.name.strip()
        keys.add((wp.type.label, number if number.isdigit() else number.upper()))
    named = label_key(box.name) if box.name else None
    if named is not None:
        keys.add(named)
    return keys


def _entry_key(entry: ListedWaypoint) -> tuple[str, str] | None:
    key = label_key(entry.label)
    wp = entry.waypoint
    if wp is not None and (key is None or key[0] != wp.type.label):
        # A type column beside a label such as "3" or "WP3": the type is the list's.
        number = key[1] if key is not None else (wp.name.strip().lstrip("0") or wp.name.strip())
        return wp.type.label, number
    return key


def _compatible(entry: ListedWaypoint, box: Box) -> bool:
    """Whether the entry may be this box: no type, or one of the box's types; and when both
    give a number for that type, the same number."""
    if entry.waypoint is None or entry.generic:
        return True
    key = _entry_key(entry)
    number = key[1] if key is not None else ""
    for k in _waypoint_keys(box):
        if k[0] == entry.waypoint.type.label and (not number or not k[1] or k[1] == number):
            return True
    return False


def _stage_km(boxes: tuple[Box, ...]) -> np.ndarray:
    """Each box's distance from the start of the stage, trip meter resets undone."""
    return np.cumsum(np.array([b.partial_km for b in boxes], dtype=np.float64))


def _match_labels(boxes: list[Box], entries: tuple[ListedWaypoint, ...]) -> dict[int, int]:
    """Box position -> entry position, for labels found once on each side."""
    box_keys: dict[tuple[str, str], list[int]] = {}
    for i, b in enumerate(boxes):
        for k in _waypoint_keys(b):
            box_keys.setdefault(k, []).append(i)
    entry_keys: dict[tuple[str, str], list[int]] = {}
    for j, e in enumerate(entries):
        key = _entry_key(e)
        if key is not None and not e.generic:
            entry_keys.setdefault(key, []).append(j)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for k, js in entry_keys.items():
        ids = box_keys.get(k, [])
        if len(js) == 1 and len(set(ids)) == 1 and ids[0] not in pairs and js[0] not in used:
            pairs[ids[0]] = js[0]
            used.add(js[0])
    return pairs


def _match_km(
    boxes: list[Box],
    stage_km: np.ndarray,
    entries: tuple[ListedWaypoint, ...],
    pairs: dict[int, int],
) -> None:
    """Add pairs by distance: closest first, each within KM_TOLERANCE, types agreeing."""
    used = set(pairs.values())
    candidates = []
    for j, e in enumerate(entries):
        if j in used or e.km is None:
            continue
        for i, b in enumerate(boxes):
            if i in pairs or not _compatible(e, b):
                continue
            gap = abs(float(stage_km[i]) - e.km)
            if gap <= KM_TOLERANCE:
                candidates.append((gap, i, j))
    for _gap, i, j in sorted(candidates):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)


def _list_order(entries: tuple[ListedWaypoint, ...]) -> list[int]:
    """The entries in stage order: by km when the list gives every one, else file order."""
    if entries and all(e.km is not None for e in entries):
        return sorted(range(len(entries)), key=lambda j: (entries[j].km, j))
    return list(range(len(entries)))


def _match_order(
    boxes: list[Box], entries: tuple[ListedWaypoint, ...], pairs: dict[int, int]
) -> None:
    """Pair the rest in order between matched pairs, where counts and types agree."""
    order = _list_order(entries)
    rank = {j: r for r, j in enumerate(order)}
    anchors = sorted(pairs.items())
    # Matched pairs out of order in the list leave no gaps to fill safely.
    if any(rank[a[1]] > rank[b[1]] for a, b in pairwise(anchors)):
        return
    bounds = [(-1, -1), *((i, rank[j]) for i, j in anchors), (len(boxes), len(entries))]
    used = set(pairs.values())
    for (i0, r0), (i1, r1) in pairwise(bounds):
        gap_boxes = [i for i in range(i0 + 1, i1) if i not in pairs and _navigation(boxes[i])]
        gap_entries = [order[r] for r in range(r0 + 1, r1) if order[r] not in used]
        if not gap_boxes or len(gap_boxes) != len(gap_entries):
            continue
        if all(
            _compatible(entries[j], boxes[i]) for i, j in zip(gap_boxes, gap_entries, strict=True)
        ):
            pairs.update(zip(gap_boxes, gap_entries, strict=True))


def _placed(box: Box, entry: ListedWaypoint) -> Box:
    """The box at the entry's position, with the entry's radii where the list gives them."""
    given = entry.waypoint
    waypoints = box.waypoints
    if given is not None and (given.open_from_file or given.clear_from_file):
        target = box.waypoint_of(given.type) or box.waypoint
        waypoints = tuple(
            replace(
                w,
                open_m=given.open_m if given.open_from_file else w.open_m,
                open_from_file=w.open_from_file or given.open_from_file,
                clear_m=given.clear_m if given.clear_from_file else w.clear_m,
                clear_from_file=w.clear_from_file or given.clear_from_file,
            )
            if w is target
            else w
            for w in waypoints
        )
    return replace(box, lat=entry.lat, lon=entry.lon, waypoints=waypoints)


def _box_label(box: Box) -> str:
    wp = box.waypoint
    label = box.name or (f"{wp.type.label} {wp.name}".strip() if wp else "")
    return f"box {box.index}" + (f" ({label})" if label else "")


def attach_waypoints(roadbook: Roadbook, waypoint_list: WaypointList) -> Roadbook:
    """The roadbook with its waypoint boxes placed at their entries of ``waypoint_list``.

    Matching is by label, then km, then order (see the module docstring). The list's own
    warnings, each entry that matches no box and each waypoint box left without an entry are
    added to the roadbook's ``warnings``, one line each.
    """
    positions = [k for k, b in enumerate(roadbook.boxes) if b.waypoints]
    boxes = [roadbook.boxes[k] for k in positions]
    entries = waypoint_list.entries
    pairs = _match_labels(boxes, entries)
    _match_km(boxes, _stage_km(roadbook.boxes)[positions], entries, pairs)
    _match_order(boxes, entries, pairs)
    placed = list(roadbook.boxes)
    for i, j in pairs.items():
        placed[positions[i]] = _placed(boxes[i], entries[j])
    warnings = [*roadbook.warnings, *waypoint_list.warnings]
    used = set(pairs.values())
    for j, e in enumerate(entries):
        if j not in used:
            if e.km is None:
                text = translate(
                    "WaypointList", "{where}: waypoint list entry '{label}' matches no box"
                )
            else:
                text = translate(
                    "WaypointList",
                    "{where}: waypoint list entry '{label}' at km {km} matches no box",
                )
            km = f"{e.km:g}" if e.km is not None else ""
            warnings.append(text.format(where=e.where, label=e.label, km=km))
    for i, b in enumerate(boxes):
        if i not in pairs and _navigation(b):
            if b.has_position:
                text = translate(
                    "WaypointList",
                    "{roadbook}: {box} has no entry in the waypoint list; "
                    "it keeps its own coordinates",
                )
            else:
                text = translate(
                    "WaypointList",
                    "{roadbook}: {box} has no entry in the waypoint list; "
                    "it stays without coordinates",
                )
            warnings.append(text.format(roadbook=roadbook.name, box=_box_label(b)))
    return replace(roadbook, boxes=tuple(placed), warnings=tuple(warnings))

"""``navapp info`` on a recorded track: its figures as a short table and a JSON document."""

from __future__ import annotations

import math
from typing import Any

from navapp.cliout.common import _opt, iso_time
from navapp.core.track_summary import TrackSummary

# How each track format is named to the user.
FORMAT_LABELS = {
    "gpx": "GPX track",
    "nmea": "NMEA log",
    "kml": "KML/KMZ track",
    "tcx": "TCX track",
    "fit": "FIT track",
    "igc": "IGC log",
}


def _duration(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "unknown"
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def track_json(name: str, fmt: str, s: TrackSummary, warnings: tuple[str, ...]) -> dict[str, Any]:
    """The ``navapp info --json`` document of a track."""
    bounds = None
    if s.bounds is not None:
        south, west, north, east = s.bounds
        bounds = {"south": south, "west": west, "north": north, "east": east}
    return {
        "kind": "track",
        "format": fmt,
        "name": name,
        "points": s.points,
        "segments": s.segments,
        "positions": s.positions,
        "points_without_position": s.without_position,
        "no_fix": s.no_fix,
        "start_time": iso_time(s.start_time),
        "end_time": iso_time(s.end_time),
        "duration_s": _opt(s.duration_s, 3),
        "distance_km": round(s.distance_km, 6),
        "bounds": bounds,
        "has_speed": s.has_speed,
        "has_elevation": s.has_elevation,
        "warnings": list(warnings),
    }


def track_text(name: str, fmt: str, s: TrackSummary) -> str:
    """The ``navapp info`` table of a track."""
    segments = f"{s.segments} segment" + ("" if s.segments == 1 else "s")
    lines = [
        f"{name}  ·  {FORMAT_LABELS.get(fmt, fmt)}  ·  {s.distance_km:.2f} km"
        f"  ·  {s.points} points in {segments}",
        f"{'start':<11} {iso_time(s.start_time) or 'no times'}",
        f"{'end':<11} {iso_time(s.end_time) or 'no times'}",
        f"{'duration':<11} {_duration(s.duration_s)}",
        f"{'distance':<11} {s.distance_km:.3f} km (geodesic, within segments)",
    ]
    if s.bounds is not None:
        south, west, north, east = s.bounds
        lines.append(f"{'bounds':<11} lat {south:.5f} to {north:.5f}, lon {west:.5f} to {east:.5f}")
    missing = f"{s.without_position}"
    if s.no_fix:
        missing += f" ({s.no_fix} marked no fix)"
    lines.append(f"{'no position':<11} {missing}")
    recorded = [
        x
        for x, has in (
            ("position", s.positions > 0),
            ("speed", s.has_speed),
            ("elevation", s.has_elevation),
        )
        if has
    ]
    lines.append(f"{'recorded':<11} {', '.join(recorded) or 'nothing'}")
    return "\n".join(lines)

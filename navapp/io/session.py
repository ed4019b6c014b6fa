"""The trip state saved while driving, so a crash or power cut never loses the stage.

A small JSON file, replaced atomically on every save. It names the roadbook by a fingerprint
of its boxes, so a session is never resumed on another roadbook.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from navapp.core.i18n import translate
from navapp.core.model import Roadbook
from navapp.core.navstate import NavSnapshot, WaypointStatus
from navapp.io.atomic import atomic_write_bytes
from navapp.io.errors import InputError
from navapp.io.files import read_bytes

FORMAT = "navapp-session-1"


@dataclass(frozen=True)
class Session:
    """A saved stage: which roadbook (path and fingerprint), the track log, and the trip."""

    roadbook_path: str
    fingerprint: str
    track_log: str
    snapshot: NavSnapshot


def fingerprint(roadbook: Roadbook) -> str:
    """A short digest of what the navigator depends on: boxes, totals, waypoints."""
    h = hashlib.sha256()
    for b in roadbook.boxes:
        h.update(f"{b.index}|{b.total_km:.6f}|{b.lat}|{b.lon}|{b.reset_km}|".encode())
        for w in b.waypoints:
            h.update(f"{w.type.value}:{w.name}:{w.open_m}:{w.clear_m};".encode())
    return h.hexdigest()[:16]


def _plain(value: Any) -> Any:
    # JSON has no NaN: an unknown time is written as null.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def save_session(session: Session, path: str | Path) -> None:
    """Write the session atomically (a crash mid-save leaves the previous one)."""
    doc = {
        "format": FORMAT,
        "roadbook": session.roadbook_path,
        "fingerprint": session.fingerprint,
        "track_log": session.track_log,
        "snapshot": {k: _plain(v) for k, v in asdict(session.snapshot).items()},
    }
    atomic_write_bytes(path, json.dumps(doc, indent=1).encode("utf-8"))


def load_session(path: str | Path) -> Session:
    """Read a saved session; anything unusable raises :class:`InputError`."""
    try:
        doc = json.loads(read_bytes(path).decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise InputError(path, translate("Session", "not a navapp session file"))
        s = doc["snapshot"]
        snap = NavSnapshot(
            total_km=float(s["total_km"]),
            partial_km=float(s["partial_km"]),
            calibration_pct=float(s["calibration_pct"]),
            box=int(s["box"]),
            auto_advance=bool(s["auto_advance"]),
            statuses=tuple(WaypointStatus(str(x)).value for x in s["statuses"]),
            closest_m=tuple(None if x is None else float(x) for x in s["closest_m"]),
            reached=int(s["reached"]),
            zone_start=None if s["zone_start"] is None else int(s["zone_start"]),
            neutral_start=(
                None
                if s["neutral_start"] is None
                else (int(s["neutral_start"][0]), _float(s["neutral_start"][1]))
            ),
            validated_time=tuple(None if x is None else float(x) for x in s["validated_time"]),
            time=_float(s["time"]),
            # Sessions saved before the waypoint order rule carry none of these.
            driven_m=float(s.get("driven_m", 0.0)),
            order_from_km=float(s.get("order_from_km", 0.0)),
            order_from_driven_m=float(s.get("order_from_driven_m", 0.0)),
        )
        if not all(
            math.isfinite(v)
            for v in (
                snap.total_km,
                snap.partial_km,
                snap.calibration_pct,
                snap.driven_m,
                snap.order_from_km,
                snap.order_from_driven_m,
            )
        ):
            raise InputError(path, translate("Session", "damaged session file"))
        return Session(str(doc["roadbook"]), str(doc["fingerprint"]), str(doc["track_log"]), snap)
    except InputError:
        raise
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError, AttributeError):
        raise InputError(path, translate("Session", "damaged session file")) from None


def _float(value: Any) -> float:
    return math.nan if value is None else float(value)

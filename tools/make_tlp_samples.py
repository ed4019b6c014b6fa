"""Write the Tulip ``.tlp`` test files in tests/data (no real .tlp is published anywhere).

They follow what the Tulip editor's own code writes (storm-factory/tulip: the roadbook
model's ``statefulJSON``, the tulip canvas's ``serialize``, ``tracks.js`` for the track
strokes and the 180×180 canvas, ``notification.js`` for waypoint types and radii, the
``map-model.js`` spherical distances and headings). The legacy file uses the ``waypoints``
list of files saved before the rename, and one tulip exactly as the editor serialised it in
its own test suite (test/waypoint_test.js).

Run: python tools/make_tlp_samples.py
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "tests" / "data"
# The sphere the editor's map library measures on.
R = 6378137.0

TYPES = {
    # name: [(stroke, width, dash)] per stroke, as the editor draws each track type
    "offPiste": [("#000", 4, [5.2, 5.2])],
    "smallTrack": [("#000", 4, [])],
    "track": [("#000", 6, [])],
    "tarmacRoad": [("#000", 8, []), ("#fff", 4, [])],
}


def haversine_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * R * math.asin(math.sqrt(h))


def heading(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    y = math.sin(lo2 - lo1) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    h = math.degrees(math.atan2(y, x))
    return h + 360 if h < 0 else h


def offset(p: tuple[float, float], bearing: float, metres: float) -> tuple[float, float]:
    la, lo = math.radians(p[0]), math.radians(p[1])
    b, d = math.radians(bearing), metres / R
    la2 = math.asin(math.sin(la) * math.cos(d) + math.cos(la) * math.sin(d) * math.cos(b))
    lo2 = lo + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(la), math.cos(d) - math.sin(la) * math.sin(la2)
    )
    return math.degrees(la2), math.degrees(lo2)


def path_cmds(angle: float, origin: tuple[float, float]) -> list[list[Any]]:
    """Three cubic segments straight out of ``origin`` at ``angle`` (0 up, + right), 81 px."""

    def pt(m: float) -> list[float]:
        a = math.radians(angle)
        return [round(m * math.sin(a)) + origin[0], -round(m * math.cos(a)) + origin[1]]

    cmds: list[list[Any]] = [["M", origin[0], origin[1]]]
    for k in range(3):
        c = [v for m in (9 * (3 * k + 1), 9 * (3 * k + 2), 9 * (3 * k + 3)) for v in pt(m)]
        cmds.append(["C", *c])
    return cmds


def fabric_path(cmds: list[list[Any]], stroke: str, width: float, dash: list[float]) -> dict:
    xs = [v for c in cmds for v in c[1::2]]
    ys = [v for c in cmds for v in c[2::2]]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {
        "type": "path",
        "originX": "center",
        "originY": "center",
        "left": cx,
        "top": cy,
        "width": max(xs) - min(xs),
        "height": max(ys) - min(ys),
        "fill": "",
        "stroke": stroke,
        "strokeWidth": width,
        "strokeDashArray": dash,
        "scaleX": 1,
        "scaleY": 1,
        "angle": 0,
        "path": cmds,
        "pathOffset": {"x": cx, "y": cy},
    }


def strokes(cmds: list[list[Any]], ttype: str, main: bool) -> list[dict]:
    out = []
    for stroke, width, dash in TYPES[ttype]:
        colour = "#22F" if main and stroke == "#000" else stroke
        out.append(fabric_path(cmds, colour, width, list(dash)))
    return out


def tulip(
    exit_angle: float, entry_type: str, exit_type: str, tracks=(), glyphs=()
) -> dict[str, Any]:
    entry = path_cmds(0, (90, 170))
    exit_ = path_cmds(exit_angle, (90, 90))
    return {
        "entry": {
            "point": {
                "type": "circle",
                "originX": "center",
                "originY": "center",
                "left": 90,
                "top": 170,
                "radius": 7,
                "fill": "#22F",
                "stroke": "#22F",
                "strokeWidth": 1,
            },
            "paths": strokes(entry, entry_type, True),
        },
        "exitTrackEdited": False,
        "exit": {
            "point": {
                "type": "triangle",
                "originX": "center",
                "originY": "center",
                "left": exit_[3][5],
                "top": exit_[3][6],
                "width": 18,
                "height": 18,
                "angle": exit_angle,
                "fill": "#22F",
                "stroke": "#22F",
                "strokeWidth": 1,
            },
            "paths": strokes(exit_, exit_type, True),
        },
        "tracks": [
            {"paths": strokes(path_cmds(a, (90, 90)), t, False), "type": t, "id": f"track-{i}"}
            for i, (a, t) in enumerate(tracks)
        ],
        "glyphs": list(glyphs),
        "markerAngle": 45,
    }


def image(name: str, left: float, top: float, scale: float = 0.2) -> dict[str, Any]:
    return {
        "type": "image",
        "originX": "center",
        "originY": "center",
        "left": left,
        "top": top,
        "width": 250,
        "height": 250,
        "scaleX": scale,
        "scaleY": scale,
        "angle": 0,
        "src": f"./assets/svg/glyphs/{name}.svg",
        "id": f"glyph-{name}",
    }


def text(words: str, left: float, top: float, size: float = 20) -> dict[str, Any]:
    return {
        "type": "TextElement",
        "originX": "center",
        "originY": "center",
        "left": left,
        "top": top,
        "text": words,
        "fontSize": size,
        "fontFamily": "Lato",
        "fontWeight": "normal",
        "fill": "#000000",
        "scaleX": 1,
        "scaleY": 1,
    }


def notification(ntype: str, open_r: Any, clear_r: Any, **extra: Any) -> dict[str, Any]:
    return {
        "type": ntype,
        "openrallytype": {"fss": "ass", "dsz": "dz", "fsz": "fz", "cp": "checkpoint"}.get(
            ntype, ntype
        ),
        "openRadius": open_r,
        "validationRadius": clear_r,
        "fill": "#008CBA",
        **extra,
    }


def route() -> list[tuple[float, float]]:
    """A stage near Erfoud: north, a right turn, north-east, a left kink, east."""
    p0 = (31.2000, -4.2500)
    legs = [(0.0, 1200), (0.0, 800), (90.0, 1500), (45.0, 900), (45.0, 700), (80.0, 1100)]
    pts = [p0]
    for bearing, metres in legs:
        pts.append(offset(pts[-1], bearing, metres))
    return pts


def schema2() -> dict[str, Any]:
    pts = route()
    km = [0.0]
    for a, b in itertools.pairwise(pts):
        km.append(km[-1] + haversine_m(a, b) / 1000.0)
    heads = [heading(pts[i], pts[min(i + 1, len(pts) - 1)]) for i in range(len(pts))]
    heads[-1] = 0.0  # the editor's heading from the last point to itself

    def rel(i: int) -> float:
        if i in (0, len(pts) - 1):
            return 0.0
        r = heads[i] - heading(pts[i - 1], pts[i])
        return r - 360 if r > 180 else r + 360 if r < -180 else r

    boxes: dict[int, dict[str, Any]] = {
        0: {
            "notification": notification("dss", 1000, 200),
            "tulipJson": tulip(0, "track", "track", glyphs=[text("DSS", 140, 40)]),
            "noteJson": {"glyphs": [text("Start of stage", 90, 40)]},
        },
        2: {
            "notification": notification("wpm", "600", "50"),
            "tulipJson": tulip(
                round(rel(2), 2),
                "track",
                "tarmacRoad",
                tracks=[(-90, "smallTrack"), (0, "offPiste")],
                glyphs=[image("danger-2", 40, 40), image("cattle-guard-1", 150, 150)],
            ),
            "noteJson": {
                "glyphs": [
                    text("Tarmac, right", 90, 30),
                    image("danger-2", 30, 80),
                    {
                        "type": "group",
                        "subType": "CAP",
                        "left": 150,
                        "top": 80,
                        "objects": [{"type": "text", "id": "CAP", "text": "090"}],
                    },
                    text("Careful: cattle grid", 90, 120, 16),
                ]
            },
        },
        3: {
            "notification": notification("dsz", 1000, 90),
            "tulipJson": tulip(round(rel(3), 2), "tarmacRoad", "tarmacRoad"),
            "noteJson": {"glyphs": [image("speed-50", 60, 60), image("reset-distance", 120, 60)]},
        },
        4: {
            "tulipJson": _freehand(tulip(round(rel(4), 2), "tarmacRoad", "track")),
            "noteJson": {"glyphs": [text("Fork, keep left\nof the well", 90, 60)]},
            "showHeading": False,
        },
        6: {
            "notification": notification("fss", 800, 90),
            "tulipJson": tulip(0, "track", "track"),
            "noteJson": {"glyphs": [text("Finish", 90, 60)]},
        },
    }
    instructions = []
    for i, (la, lo) in enumerate(pts):
        b = boxes.get(i)
        prev = max((j for j in boxes if j < i), default=0)
        instructions.append(
            {
                "lat": la,
                "long": lo,
                "instruction": b is not None,
                "kmFromStart": km[i] if b is not None else None,
                "kmFromPrev": km[i] - km[prev] if b is not None else None,
                "heading": heads[i] if b is not None else None,
                "capAvg": None,
                "showHeading": b.get("showHeading", True) if b is not None else None,
                "showCoordinates": False if b is not None else None,
                "stopTimeSec": None,
                "entryTrackType": None,
                "exitTrackType": None,
                "notification": b.get("notification") if b is not None else None,
                "tulipJson": b["tulipJson"] if b is not None else None,
                "noteJson": b["noteJson"] if b is not None else None,
            }
        )
    for i, b in boxes.items():
        ins = instructions[i]
        ins["entryTrackType"] = _type_of(b["tulipJson"]["entry"]["paths"])
        ins["exitTrackType"] = _type_of(b["tulipJson"]["exit"]["paths"])
    return {
        "name": "Erfoud loop",
        "desc": "<p>Test stage <b>documented</b> structure</p>",
        "totalDistance": f"{km[-1]:.2f}",
        "filePath": "/home/user/erfoud.tlp",
        "appVersion": "2.0.0",
        "schemaVersion": 2,
        "customLogo": None,
        "instructions": instructions,
    }


def _type_of(paths: list[dict]) -> str:
    if len(paths) == 2:
        return "tarmacRoad"
    if paths[0]["strokeDashArray"]:
        return "offPiste"
    return "track" if paths[0]["strokeWidth"] == 6 else "smallTrack"


def _freehand(t: dict[str, Any]) -> dict[str, Any]:
    """A pencil stroke (a well drawn by hand) beside the junction, as the editor saves it."""
    cmds = [["M", 40, 60], ["Q", 50, 50, 60, 60], ["Q", 50, 70, 40, 60], ["L", 40, 60]]
    p = fabric_path(cmds, "#000000", 3, [])
    p.update({"strokeLineCap": "round", "strokeLineJoin": "round", "id": "draw_1"})
    t["glyphs"].append(p)
    return t


def legacy() -> dict[str, Any]:
    """A file saved before 'instructions': every point in 'waypoints', notes as HTML, old
    track type names; the first tulip as the editor serialised it in its own test suite."""
    fixture = json.loads((OUT / "tulip_editor_test_tulip.json").read_text("utf-8"))
    p0 = (37.2930963, -107.8818824)
    pts = [p0, offset(p0, 200.0, 300), offset(offset(p0, 200.0, 300), 120.0, 400)]
    km = [0.0, haversine_m(pts[0], pts[1]) / 1000.0]
    km.append(km[1] + haversine_m(pts[1], pts[2]) / 1000.0)
    points = []
    for i, (la, lo) in enumerate(pts):
        wp = i != 1
        points.append(
            {
                "lat": la,
                "long": lo,
                "waypoint": wp,
                "kmFromStart": km[i] if wp else None,
                "kmFromPrev": km[i] if wp else None,
                "heading": heading(pts[i], pts[min(i + 1, 2)])
                if wp and i < 2
                else (0 if wp else None),
                "showHeading": True if wp else None,
                "entryTrackType": "road" if wp else None,
                "exitTrackType": "road" if wp else None,
                "notification": (
                    {"type": "wpm", "bubble": 400, "modifier": 400, "fill": "#008CBA"}
                    if i == 2
                    else None
                ),
                "notes": {
                    "text": (
                        '<div><b>Left</b> at the &amp; fork</div><div><img src="../assets/svg/'
                        'glyphs/danger-3.svg"> keep off <img class="glyph" src="../assets/svg/'
                        'glyphs/main-track.svg" style="width:40px"></div>'
                        if i == 0
                        else "<div>End</div>"
                    )
                    if wp
                    else None
                },
                "tulipJson": fixture if i == 0 else None,
            }
        )
    return {
        "name": "Legacy Durango",
        "desc": "Describe your roadbook",
        "totalDistance": f"{km[-1]:.2f}",
        "filePath": None,
        "waypoints": points,
    }


def main() -> None:
    (OUT / "tulip_schema2_documented.tlp").write_text(
        json.dumps(schema2(), indent=2), encoding="utf-8"
    )
    (OUT / "tulip_legacy_waypoints.tlp").write_text(
        json.dumps(legacy(), indent=2), encoding="utf-8"
    )


if __name__ == "__main__":
    main()

"""The fabric.js objects of a Tulip ``.tlp`` canvas: their transforms, their paths, their
texts, and the canvas drawn again as SVG from them.

Everything here is bounded (objects, path commands, nesting): a canvas is untrusted input.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from navapp.core.tulip import MAX_TEXT_CHARS
from navapp.io.jsonvalues import json_number

# Fabric objects looked at per canvas, and path commands per object: bounds hostile input.
MAX_OBJECTS = 400
MAX_COMMANDS = 5000
MAX_DEPTH = 6
_CMD_ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
_COLOUR_RE = re.compile(r"^(#[0-9A-Fa-f]{3,8}|[a-z]{3,20}|rgba?\([0-9.,\s%]{5,40}\))$")
_GLYPH_NAME_RE = re.compile(r"([A-Za-z0-9][A-Za-z0-9_,.-]{0,80})\.(?:svg|png|jpe?g|gif)\b")


def glyph_name(src: object) -> str | None:
    """The glyph's file name without folder or extension ("danger-3"), or None."""
    if not isinstance(src, str):
        return None
    tail = src.replace("\\", "/").rsplit("/", 1)[-1][:200]
    m = _GLYPH_NAME_RE.match(tail)
    return m.group(1) if m else None


def num(value: object, default: float = 0.0) -> float:
    v = json_number(value)
    return default if v is None else v


@dataclass(frozen=True)
class Affine:
    """x' = a·x + c·y + e, y' = b·x + d·y + f (SVG matrix order)."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 1.0
    e: float = 0.0
    f: float = 0.0

    def apply(self, x: float, y: float) -> tuple[float, float]:
        return self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f

    def then(self, outer: Affine) -> Affine:
        """This transform followed by ``outer``."""
        return Affine(
            outer.a * self.a + outer.c * self.b,
            outer.b * self.a + outer.d * self.b,
            outer.a * self.c + outer.c * self.d,
            outer.b * self.c + outer.d * self.d,
            outer.a * self.e + outer.c * self.f + outer.e,
            outer.b * self.e + outer.d * self.f + outer.f,
        )

    def svg(self) -> str:
        vals = (self.a, self.b, self.c, self.d, self.e, self.f)
        return "matrix(" + " ".join(_f(v) for v in vals) + ")"


def _f(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def object_transform(obj: dict[str, Any], local_offset: tuple[float, float]) -> Affine:
    """Where a fabric object's own coordinates land on its parent: origin, scale, angle, flip.

    ``local_offset`` is the point of the object's own coordinates that sits at its centre
    (a path's ``pathOffset``; 0, 0 for shapes drawn about their centre).
    """
    sx = num(obj.get("scaleX"), 1.0) * (-1.0 if obj.get("flipX") is True else 1.0)
    sy = num(obj.get("scaleY"), 1.0) * (-1.0 if obj.get("flipY") is True else 1.0)
    angle = math.radians(num(obj.get("angle")))
    w, h = num(obj.get("width")) * abs(sx), num(obj.get("height")) * abs(sy)
    left, top = num(obj.get("left")), num(obj.get("top"))
    # The Tulip editor sets every object's origin to its centre; other origins are offset.
    ox, oy = obj.get("originX", "center"), obj.get("originY", "center")
    cx = left + (w / 2 if ox == "left" else -w / 2 if ox == "right" else 0.0)
    cy = top + (h / 2 if oy == "top" else -h / 2 if oy == "bottom" else 0.0)
    cos, sin = math.cos(angle), math.sin(angle)
    local = Affine(sx, 0.0, 0.0, sy, -local_offset[0] * sx, -local_offset[1] * sy)
    return local.then(Affine(cos, sin, -sin, cos, cx, cy))


@dataclass(frozen=True)
class FabricPath:
    """A fabric path: its commands in its own coordinates, placement and stroke."""

    commands: tuple[tuple[str, tuple[float, ...]], ...]
    transform: Affine
    stroke: str
    width: float
    dash: tuple[float, ...]
    fill: str

    @property
    def absolute(self) -> bool:
        return all(c.isupper() for c, _ in self.commands)

    def points(self) -> list[tuple[float, float]]:
        """Every end and control point on the canvas (absolute commands only)."""
        out: list[tuple[float, float]] = []
        for cmd, args in self.commands:
            if cmd in ("H", "V", "A", "Z"):
                continue
            for i in range(0, len(args) - 1, 2):
                out.append(self.transform.apply(args[i], args[i + 1]))
        return out

    def d(self) -> str:
        return " ".join(cmd + " ".join(_f(a) for a in args) for cmd, args in self.commands)


def _colour(value: object, default: str) -> str:
    if isinstance(value, str) and _COLOUR_RE.match(value.strip()):
        return value.strip()
    return default


def parse_path(obj: object) -> FabricPath | None:
    """A fabric path object, or None when it is not one navapp can read."""
    if not isinstance(obj, dict):
        return None
    raw = obj.get("path")
    if not isinstance(raw, list) or not raw or len(raw) > MAX_COMMANDS:
        return None
    commands: list[tuple[str, tuple[float, ...]]] = []
    for seg in raw:
        if not isinstance(seg, list) or not seg or not isinstance(seg[0], str):
            return None
        cmd = seg[0]
        n = _CMD_ARGS.get(cmd.upper())
        args = seg[1:]
        if n is None or len(args) != n:
            return None
        nums = tuple(num(a, math.nan) for a in args)
        if not all(math.isfinite(v) and abs(v) < 1e6 for v in nums):
            return None
        commands.append((cmd, nums))
    offset = obj.get("pathOffset")
    if isinstance(offset, dict):
        local = (num(offset.get("x")), num(offset.get("y")))
        transform = object_transform(obj, local)
    else:
        transform = Affine()
    dash_raw = obj.get("strokeDashArray")
    dash = tuple(max(0.0, num(v)) for v in dash_raw[:8]) if isinstance(dash_raw, list) else ()
    return FabricPath(
        tuple(commands),
        transform,
        _colour(obj.get("stroke"), "#000"),
        max(0.0, min(40.0, num(obj.get("strokeWidth"), 1.0))),
        dash,
        _colour(obj.get("fill"), "none") if obj.get("fill") else "none",
    )


def paths_of(track: object) -> list[FabricPath]:
    """The strokes of one track: ``{"paths": [...]}``, ``{"path": fabric path}`` (older
    files), a fabric path itself, or a fabric group of paths."""
    if not isinstance(track, dict):
        return []
    items: list[object]
    if isinstance(track.get("paths"), list):
        items = list(track["paths"][:8])
    elif isinstance(track.get("path"), dict):
        items = [track["path"]]
    elif track.get("type") == "group" and isinstance(track.get("objects"), list):
        items = list(track["objects"][:8])
    else:
        items = [track]
    out = [p for p in (parse_path(i) for i in items) if p is not None]
    return out


def walk(objects: object, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Fabric objects of a canvas list, groups opened (bounded count and depth)."""
    if not isinstance(objects, list) or depth > MAX_DEPTH:
        return
    for obj in objects[:MAX_OBJECTS]:
        if isinstance(obj, dict):
            yield obj
            if obj.get("type") == "group":
                yield from walk(obj.get("objects"), depth + 1)


TEXT_TYPES = frozenset({"text", "i-text", "itext", "textbox", "textelement"})


def _allowed(ch: str) -> bool:
    o = ord(ch)
    if ch == "\n":
        return True
    return not (o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF))


def clean_text(text: object) -> str:
    """Text made safe for a tulip or notes: controls dropped, length bounded."""
    if not isinstance(text, str):
        return ""
    return "".join(ch for ch in text[: MAX_TEXT_CHARS * 4] if _allowed(ch)).strip()


def texts(obj: dict[str, Any]) -> list[str]:
    if str(obj.get("type", "")).lower() not in TEXT_TYPES:
        return []
    return [line for line in clean_text(obj.get("text")).splitlines() if line.strip()]


def _path_svg(p: FabricPath, extra: Affine | None = None) -> str:
    t = p.transform if extra is None else p.transform.then(extra)
    dash = f' stroke-dasharray="{" ".join(_f(v) for v in p.dash)}"' if any(p.dash) else ""
    return (
        f'<path d="{p.d()}" transform="{t.svg()}" fill="{escape(p.fill)}"'
        f' stroke="{escape(p.stroke)}" stroke-width="{_f(p.width)}"{dash}'
        ' stroke-linecap="round" stroke-linejoin="round"/>'
    )


def _shape_svg(obj: dict[str, Any], parent: Affine, depth: int = 0) -> list[str]:
    """SVG for one fabric object other than a road, placed by ``parent``."""
    if depth > MAX_DEPTH:
        return []
    kind = str(obj.get("type", "")).lower()
    if kind == "path":
        p = parse_path(obj)
        return [_path_svg(p, parent)] if p is not None else []
    t = object_transform(obj, (0.0, 0.0)).then(parent)
    fill = _colour(obj.get("fill"), "#000") if obj.get("fill") else "none"
    stroke = _colour(obj.get("stroke"), "none") if obj.get("stroke") else "none"
    sw = _f(max(0.0, min(40.0, num(obj.get("strokeWidth"), 1.0))))
    paint = f'fill="{escape(fill)}" stroke="{escape(stroke)}" stroke-width="{sw}"'
    w, h = num(obj.get("width")), num(obj.get("height"))
    where = f'transform="{t.svg()}"'
    if kind == "circle":
        r = num(obj.get("radius"), w / 2)
        return [f'<circle cx="0" cy="0" r="{_f(r)}" {where} {paint}/>']
    if kind == "triangle":
        pts = f"{_f(-w / 2)},{_f(h / 2)} 0,{_f(-h / 2)} {_f(w / 2)},{_f(h / 2)}"
        return [f'<polygon points="{pts}" {where} {paint}/>']
    if kind == "rect":
        return [
            f'<rect x="{_f(-w / 2)}" y="{_f(-h / 2)}" width="{_f(w)}" height="{_f(h)}"'
            f" {where} {paint}/>"
        ]
    if kind == "line":
        x1, y1 = num(obj.get("x1")), num(obj.get("y1"))
        x2, y2 = num(obj.get("x2")), num(obj.get("y2"))
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        return [
            f'<line x1="{_f(x1 - mx)}" y1="{_f(y1 - my)}" x2="{_f(x2 - mx)}" y2="{_f(y2 - my)}"'
            f' {where} stroke="{escape(stroke if stroke != "none" else "#000")}"'
            f' stroke-width="{sw}"/>'
        ]
    if kind == "group":
        out: list[str] = []
        for child in walk(obj.get("objects")):
            out.extend(_shape_svg(child, t, depth + 1))
        return out
    if kind == "image":
        name = glyph_name(obj.get("src")) or "icon"
        sw_img = w * abs(num(obj.get("scaleX"), 1.0))
        sh_img = h * abs(num(obj.get("scaleY"), 1.0))
        cx, cy = object_transform(obj, (0.0, 0.0)).then(parent).apply(0.0, 0.0)
        # The glyph's picture is not in the file: its place and name are.
        return [
            f'<rect x="{_f(cx - sw_img / 2)}" y="{_f(cy - sh_img / 2)}" width="{_f(sw_img)}"'
            f' height="{_f(sh_img)}" fill="none" stroke="#888" stroke-width="1"'
            ' stroke-dasharray="3 2"/>',
            f'<text x="{_f(cx)}" y="{_f(cy + 4)}" font-family="sans-serif" font-size="11"'
            f' text-anchor="middle" fill="#000">{escape(name)}</text>',
        ]
    lines = texts(obj)
    if lines:
        size = min(120.0, max(2.0, num(obj.get("fontSize"), 20.0)))
        colour = _colour(obj.get("fill"), "#000")
        weight = ' font-weight="bold"' if obj.get("fontWeight") == "bold" else ""
        top = -(len(lines) - 1) * size * 0.6 + size * 0.35
        return [
            f'<text x="0" y="{_f(top + i * size * 1.2)}" {where} font-family="sans-serif"'
            f' font-size="{_f(size)}"{weight} text-anchor="middle" fill="{escape(colour)}">'
            f"{escape(line)}</text>"
            for i, line in enumerate(lines[:8])
        ]
    return []


def fabric_svg(
    entry_paths: list[FabricPath],
    entry_point: object,
    exit_paths: list[FabricPath],
    exit_point: object,
    tracks: list[Any],
    tulip_json: dict[str, Any],
) -> str:
    """The canvas as SVG: extras below, then the other tracks, then entry and exit on top."""
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 180 180" width="100" height="100">'
    ]
    glyphs = tulip_json.get("glyphs")
    for obj in glyphs[:MAX_OBJECTS] if isinstance(glyphs, list) else ():
        if isinstance(obj, dict):
            parts.extend(_shape_svg(obj, Affine()))
    for track in tracks:
        parts.extend(_path_svg(p) for p in paths_of(track))
    parts.extend(_path_svg(p) for p in entry_paths + exit_paths)
    for point in (entry_point, exit_point):
        if isinstance(point, dict):
            parts.extend(_shape_svg(point, Affine()))
    parts.append("</svg>")
    return "".join(parts)

"""What one box row's text says: TOTAL, PARTIAL, CAP, waypoint labels, danger, reset.

Layouts understood:

- **navapp's own prints** (``Creator: navapp``, see ``navapp/gui/common/printing.py``), read
  exactly: in the distance column the box number and the waypoint labels (``WPM 3, DZ 50``) on
  top, the TOTAL largest with two decimals, the PARTIAL small under it and a ``RESET 0.00``
  badge on a reset box; in the notes column the danger marks (``!!``) and the CAP ``C.123``.
- **other roadbook tools' exports** (Rally Navigator, Tulip and the like), read by what the
  numbers look like: the TOTAL is the largest distance written with one to three decimals
  (``12.34`` or ``12,34``), the leftmost of several as large; the PARTIAL the one just right
  of it on its line about as large (Rally Navigator's TOTAL | PARTIAL cells), else the largest
  smaller one over or under it; the CAP is the largest of ``C.123``, ``CAP 123`` or ``123°``;
  waypoint labels (``WPM 3``, ``WPV``, ``DZ 50``, ``FZ``, ``DSS``, ``ASS``, ``CP 2`` …) anywhere
  in the row. A CAP or a distance drawn as an image, not text, cannot be read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from navapp.core.model import Waypoint
from navapp.core.rules import waypoint_from_label
from navapp.io.pdfbook.textlayer import Word

# A printed distance: 12.34 (one to three decimals, point or comma; a partial may be < 0).
DISTANCE = re.compile(r"^[-\u2212]?\d{1,5}[.,]\d{1,3}$")
_NAVAPP_CAP = re.compile(r"^C\.(\d{1,3})$")
_CAP_PATTERNS = (
    re.compile(r"C\.\s?(\d{1,3})"),
    re.compile(r"CAP\s*[:.]?\s*(\d{1,3})", re.I),
    re.compile(r"(\d{1,3})\s?°"),
)
_LABEL = re.compile(
    r"\b(WP[VMESCNP]|WP(?=\s*\d)|DSS|ASS|CP|DZ|FZ|DN|FN|DT|FT)\b(?:\s*(\d{1,3})\b)?"
)
# A label as one word of another tool's row: "WPM", "WPM3", "DZ".
_LABEL_WORD = re.compile(r"(WP[VMESCNP]|WP(?=\d)|DSS|ASS|CP|DZ|FZ|DN|FN|DT|FT)(\d{1,3})?", re.I)
_RESET = re.compile(r"\bRESET\s+(\d{1,5}[.,]\d{1,3})\b", re.I)
# A smaller distance is a partial when its glyphs are at most this share of the total's.
_SMALLER = 0.9


@dataclass(frozen=True)
class RowText:
    """What a row's text says, distances in the roadbook's printed units (km or miles).

    ``label`` is the waypoint labels as printed (``WPM 3, DZ 50``); ``speed_limit`` is the
    number printed after ``DZ`` (in the printed units); ``distance_x`` is the left and right
    of the total, in points.
    """

    text: str = ""
    total: float | None = None
    partial: float | None = None
    cap: int | None = None
    waypoints: tuple[Waypoint, ...] = ()
    label: str = ""
    speed_limit: float | None = None
    danger: int | None = None
    reset: float | None = None
    distance_x: tuple[float, float] | None = None


def lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines top to bottom, each line left to right."""
    out: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.y_mid, w.left)):
        line = out[-1] if out else None
        if line is not None and abs(word.y_mid - line[0].y_mid) <= 0.5 * max(
            line[0].size, word.size, 1.0
        ):
            line.append(word)
        else:
            out.append([word])
    return [sorted(line, key=lambda w: w.left) for line in out]


def row_text(words: list[Word]) -> str:
    """A row's words as text: a line of the page a line of text."""
    return "\n".join(" ".join(w.text for w in line) for line in lines(words))


def read_row(words: list[Word], navapp: bool) -> RowText:
    """Read one row's words (see the module docstring for the layouts understood)."""
    if not words:
        return RowText()
    text = row_text(words)
    reset_match = _RESET.search(text)
    reset = _number(reset_match.group(1)) if reset_match else None
    badge = _badge_words(words)
    distances = [w for w in words if DISTANCE.match(w.text) and w not in badge]
    total_word = _total(distances)
    partial_word = _partial(distances, total_word) if total_word is not None else None
    label = _label(words, total_word) if navapp else _labels_in(words)
    waypoints, speed = _waypoints(label)
    return RowText(
        text=text,
        total=_number(total_word.text) if total_word else None,
        partial=_number(partial_word.text) if partial_word else None,
        cap=_cap(words, navapp),
        waypoints=waypoints,
        label=label,
        speed_limit=speed,
        danger=_danger(words),
        reset=reset,
        distance_x=(total_word.left, total_word.right) if total_word else None,
    )


def _total(distances: list[Word]) -> Word | None:
    """The biggest distance; of several about as big, the leftmost (then the highest)."""
    if not distances:
        return None
    biggest = max(w.size for w in distances)
    return min(
        (w for w in distances if w.size >= _SMALLER * biggest), key=lambda w: (w.left, w.top)
    )


def _partial(distances: list[Word], total: Word) -> Word | None:
    """The partial: the distance just right of the total on its line, about as big (side by
    side, as Rally Navigator prints them), else the biggest smaller one over or under it."""
    width = total.right - total.left
    # A short total ("0,00") has its partial as far off as a long one.
    reach = max(width, 3 * total.size)
    beside = [
        w
        for w in distances
        if w is not total
        and w.size >= 0.6 * total.size
        and total.x_mid < w.left <= total.right + reach
        and abs(w.y_mid - total.y_mid) <= 0.5 * total.size
    ]
    if beside:
        return min(beside, key=lambda w: w.left)
    smaller = [
        w
        for w in distances
        if w.size <= _SMALLER * total.size
        and w.right >= total.left - width
        and w.left <= total.right + width
    ]
    return max(smaller, key=lambda w: (w.size, -abs(w.top - total.bottom)), default=None)


def _number(text: str) -> float:
    return float(text.replace(",", ".").replace("\u2212", "-"))


def _badge_words(words: list[Word]) -> list[Word]:
    """The distance after a ``RESET`` word: the reset value, not the partial."""
    out = []
    for line in lines(words):
        for before, word in itertools.pairwise(line):
            if before.text.upper() == "RESET":
                out.append(word)
    return out


def _cap(words: list[Word], navapp: bool) -> int | None:
    if navapp:
        caps = [w for w in words if _NAVAPP_CAP.match(w.text)]
        if not caps:
            return None
        m = _NAVAPP_CAP.match(max(caps, key=lambda w: w.size).text)
        return int(m.group(1)) if m else None
    # Other tools: the biggest CAP-looking text in the row, the way the eye reads it; a word
    # alone ("C.123", "123°") or with the next one ("CAP 123").
    best: tuple[float, int] | None = None
    for line in lines(words):
        for i, w in enumerate(line):
            pieces = [(w.text, w.size)]
            if i + 1 < len(line):
                pieces.append((f"{w.text} {line[i + 1].text}", max(w.size, line[i + 1].size)))
            for piece, size in pieces:
                for pattern in _CAP_PATTERNS:
                    m = pattern.fullmatch(piece)
                    if m and int(m.group(1)) <= 360 and (best is None or size > best[0]):
                        best = (size, int(m.group(1)))
    return best[1] if best else None


def _label(words: list[Word], total: Word | None) -> str:
    """navapp: the waypoint labels over the total, right of the box number."""
    if total is None:
        return ""
    # The labels are right-aligned over the total, the box number at the cell's left.
    over = [w for w in words if w.bottom <= total.top + 1 and w.right <= total.right + 2]
    number = min(
        (w for w in words if w.bottom <= total.top + 1 and w.text.isdigit()),
        key=lambda w: w.left,
        default=None,
    )
    over = [w for w in over if w is not number]
    return " ".join(w.text for w in sorted(over, key=lambda w: w.left))


def _labels_in(words: list[Word]) -> str:
    """Other tools: every waypoint label word in the row (``WPM3``, or ``WPM`` with the number
    next to it), in reading order."""
    found = []
    for line in lines(words):
        for i, w in enumerate(line):
            m = _LABEL_WORD.fullmatch(w.text.rstrip(",;:"))
            if not m:
                continue
            number = m.group(2)
            after = line[i + 1] if i + 1 < len(line) else None
            if (
                number is None
                and after is not None
                and after.text.isdigit()
                and len(after.text) <= 3
                and after.left - w.right <= max(w.size, after.size)
            ):
                number = after.text
            found.append(f"{m.group(1).upper()} {number}" if number else m.group(1).upper())
    return ", ".join(found)


def _waypoints(label: str) -> tuple[tuple[Waypoint, ...], float | None]:
    """The waypoints of a printed label and the speed printed after ``DZ``."""
    waypoints: list[Waypoint] = []
    speed: float | None = None
    for part in (p.strip() for p in label.split(",")):
        m = _LABEL.match(part)
        if not m:
            continue
        code, number = m.group(1).upper(), m.group(2)
        if code == "DZ" and number:
            speed = float(number)
            part = "DZ"
        if part.endswith("\u2026"):
            # A label cut short to fit its cell: its type is whole when a name follows it.
            if not number and not re.match(r"^\S+\s+\S", part):
                continue
            part = part.rstrip("\u2026").strip()
        waypoint = waypoint_from_label(part, part)
        if waypoint is not None:
            waypoints.append(waypoint)
    return tuple(waypoints), speed


def _danger(words: list[Word]) -> int | None:
    marks = sum(len(w.text) for w in words if w.text and set(w.text) == {"!"})
    return min(marks, 3) or None

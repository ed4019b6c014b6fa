"""Finding the box rows on a rendered page: pure numpy on a grey image, no text needed.

Two layouts are understood:

- **ruled rows** (navapp's prints, Rally Navigator, Tulip and most roadbook tools): a box is
  the space between two horizontal rules across its column. The columns come from the rules
  drawn whole (long runs of dark pixels, nearly as wide as the widest over the same part of
  the page); rules side by side in two x ranges make two columns of rows (two pages printed
  2-up on a landscape sheet), read left column first. Within a column a rule is a pixel row
  whose long dark segments cover half its width or more: a rule left out under the tulip
  (Rally Navigator) still counts, a tulip's crossing road or a line of text does not.
- **row bands** (no rules): bands of ink separated by blank strips across the whole width.

Rules are ink (grey below :data:`DARK`) or, when paler (a light blue rule, a faint scan), a
line clearly darker than the paper right above and right below it: contrast with its own
background, so a pale rule counts on any paper while a pale filled area (a highlighted cell,
a shaded header) does not, having its own grey on one side at least.

In both, a band much shorter than the tallest row on the page (a header between the page's
top rule and the first box, a title or footer line) is not a row, nor is a ruled space
holding nothing but its column rules (an empty slot of a printed grid).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

# Grey levels below this are ink.
DARK = 160
# A line paler than ink is part of a rule when it is this many grey levels darker than the
# lightest paper within a rule's thickness above it and below it.
LINE_CONTRAST = 32
# A rule is at least this wide, whatever the page.
MIN_RULE_MM = 25.0
# ... and at least this share of the page width.
MIN_RULE_SHARE = 0.25
# A rule drawn whole is nearly as wide as the widest rule it overlaps; such rules give the
# columns of rows.
RULE_WIDTH_SHARE = 0.8
# Within a column, a rule is a pixel row whose dark segments cover this share of its width.
RULE_COVER = 0.5
# Dark runs shorter than this are letters and strokes, not parts of a rule.
MIN_SEGMENT_MM = 8.0
# No rule is thicker than this (a heavy reset rule on the next row's rule is 2.4 mm): ink
# with ink this far above and below it is a filled area, not a rule.
RULE_MAX_MM = 4.0
# A rule is a thin line (not the edge of a filled area) over at least this share of its
# column's width: a photo may lie against part of it.
LINE_COVER = 1 / 3
# A row shorter than this share of the page's tallest row is a header, a footer or a gap.
MIN_ROW_SHARE = 0.45
# No box row is shorter than this.
MIN_ROW_MM = 6.0
# Blank strips that part row bands on a page without rules.
MIN_BAND_GAP_MM = 2.5
# Ink pixels a row needs besides its column rules to be a box and not an empty slot.
MIN_INK_PX = 12

GrayImage = npt.NDArray[np.uint8]
_MM_PER_PT = 25.4 / 72.0


@dataclass(frozen=True)
class RowBand:
    """One row found on a page, in points from the top-left (y down), and its column.

    ``dividers`` are the x of the vertical rules crossing the whole row inside it (the rules
    between a ruled row's distance, tulip and notes cells), left to right.
    """

    top: float
    bottom: float
    left: float
    right: float
    column: int
    dividers: tuple[float, ...] = ()


@dataclass(frozen=True)
class _Rule:
    y0: int  # first dark pixel row
    y1: int  # last dark pixel row
    x0: int
    x1: int  # exclusive

    @property
    def width(self) -> int:
        return self.x1 - self.x0


def find_rows(image: GrayImage, scale: float) -> list[RowBand]:
    """The box rows of one page image (``scale`` pixels a point), in reading order from the
    top: the left column first, each column top to bottom."""
    px_per_mm = scale / _MM_PER_PT
    thickest = max(1, round(RULE_MAX_MM * px_per_mm))
    ink = image < DARK
    dark = ink | _pale_lines(image, ink, thickest, MIN_SEGMENT_MM * px_per_mm)
    if not dark.any():
        return []
    runs = _Runs.of(dark, MIN_SEGMENT_MM * px_per_mm, thickest)
    lines = _Runs.of(_line(dark, thickest), MIN_SEGMENT_MM * px_per_mm, thickest)
    full = _rules(runs, max(MIN_RULE_MM * px_per_mm, MIN_RULE_SHARE * dark.shape[1]))
    bands: list[tuple[int, int, int, int, int]] = []
    for number, column in enumerate(_columns(full)):
        x0 = int(np.median([r.x0 for r in column]))
        x1 = int(np.median([r.x1 for r in column]))
        for (_, above), (below, _) in itertools.pairwise(
            runs.rules_across(lines, x0, x1, dark.shape[0], thickest)
        ):
            top, bottom = above + 1, below
            if _holds_ink(dark[top:bottom, x0:x1]):
                bands.append((top, bottom, x0, x1, number))
    if not bands:
        bands = [(t, b, x0, x1, 0) for t, b, x0, x1 in _ink_bands(dark, px_per_mm)]
    tallest = max((b - t for t, b, *_ in bands), default=0)
    shortest = max(MIN_ROW_SHARE * tallest, MIN_ROW_MM * px_per_mm)
    return [
        RowBand(
            t / scale,
            b / scale,
            x0 / scale,
            x1 / scale,
            col,
            tuple(x / scale for x in _dividers(dark[t:b, x0:x1], x0)),
        )
        for t, b, x0, x1, col in bands
        if b - t >= shortest
    ]


def _pale_lines(
    image: GrayImage, ink: npt.NDArray[np.bool_], reach: int, min_length: float
) -> npt.NDArray[np.bool_]:
    """The pixels of lines paler than ink: at least :data:`LINE_CONTRAST` darker than the
    lightest pixel within ``reach`` on both sides, across the line (above and below a rule,
    left and right of a column rule) or on a slant (where two rules cross), in horizontal or
    vertical runs at least ``min_length`` long (not a letter's smoothed edge, nor the grey
    end of a rule of ink).

    A grey pixel with ink right next to it across the line is left out: it is the ink's own
    fringe (a blurred or smoothed stroke), and the ink alone already gives the rule there.
    """
    h, w = image.shape
    pad = reach + 1
    paper = np.pad(image, pad, constant_values=255)
    inked = np.pad(ink, 1)
    contrast = np.uint8(LINE_CONTRAST)
    line = np.zeros(image.shape, dtype=np.bool_)
    for dy, dx in ((1, 0), (0, 1), (1, 1), (1, -1)):
        # limit[i, j]: the lightest of ``reach`` pixels from (i, j) on along (dy, dx), less
        # the contrast (0 under it: only ink, which is a rule anyway, is that dark).
        lightest = _run_max(paper, reach, dy, dx)
        limit = np.maximum(lightest, contrast) - contrast
        after = limit[pad + dy : pad + dy + h, pad + dx : pad + dx + w]
        before = limit[
            pad - reach * dy : pad - reach * dy + h, pad - reach * dx : pad - reach * dx + w
        ]
        fringe = (
            inked[1 + dy : 1 + dy + h, 1 + dx : 1 + dx + w]
            | inked[1 - dy : 1 - dy + h, 1 - dx : 1 - dx + w]
        )
        line |= (image <= after) & (image <= before) & ~fringe
    return _long_runs(line, min_length, 1) | _long_runs(line, min_length, 0)


def _long_runs(mask: npt.NDArray[np.bool_], min_length: float, axis: int) -> npt.NDArray[np.bool_]:
    """The pixels of ``mask`` in runs at least ``min_length`` long along ``axis`` (1: rows),
    by doubling spans: a few whole-image operations whatever the length."""
    length = math.ceil(min_length)

    def part(start: int | None, stop: int | None) -> tuple[slice, slice]:
        return (slice(start, stop), slice(None)) if axis == 0 else (slice(None), slice(start, stop))

    # whole[i]: the ``length`` pixels from i on are all in the mask.
    whole = mask.copy()
    span = 1
    while span < length:
        step = min(span, length - span)
        whole[part(None, -step)] &= whole[part(step, None)]
        whole[part(-step, None)] = False
        span += step
    # ... and a pixel is in such a run when one starts up to ``length`` - 1 pixels before it.
    span = 1
    while span < length:
        step = min(span, length - span)
        whole[part(step, None)] |= whole[part(None, -step)]
        span += step
    return whole


def _run_max(grey: GrayImage, length: int, dy: int, dx: int) -> GrayImage:
    """Each pixel's lightest of ``length`` pixels from it on along (dy, dx) (those inside the
    image), by doubling spans: a few whole-image maxima whatever the length."""
    out = grey.copy()
    h, w = grey.shape
    span = 1
    while span < length:
        step = min(span, length - span)
        ys, yd = (slice(0, h - step), slice(step, h)) if dy else (slice(None), slice(None))
        if dx > 0:
            xs, xd = slice(0, w - step), slice(step, w)
        elif dx < 0:
            xs, xd = slice(step, w), slice(0, w - step)
        else:
            xs, xd = slice(None), slice(None)
        np.maximum(out[ys, xs], out[yd, xd], out=out[ys, xs])
        span += step
    return out


def _thin(dark: npt.NDArray[np.bool_], reach: int) -> npt.NDArray[np.bool_]:
    """The dark pixels with white ``reach`` pixels above or below them: rules and strokes
    (also a rule with a photo right under it), not the inside of a photo, a shaded cell or a
    filled shape."""
    above = np.zeros_like(dark)
    below = np.zeros_like(dark)
    if reach < dark.shape[0]:
        above[reach:] = dark[:-reach]
        below[:-reach] = dark[reach:]
    return dark & ~(above & below)


def _line(dark: npt.NDArray[np.bool_], thickest: int) -> npt.NDArray[np.bool_]:
    """The dark pixels in vertical runs no longer than ``thickest``: thin lines only, not
    filled areas."""
    return dark & ~_long_runs(dark, thickest + 1, 0)


@dataclass(frozen=True)
class _Runs:
    """The horizontal runs of dark pixels of a page at least a segment long: pixel row,
    first and one-past-last column."""

    ys: npt.NDArray[np.intp]
    x0: npt.NDArray[np.intp]
    x1: npt.NDArray[np.intp]

    @staticmethod
    def of(dark: npt.NDArray[np.bool_], min_length: float, reach: int) -> _Runs:
        """The runs at least ``min_length`` long and mostly thin (see :func:`_thin`)."""
        padded = np.zeros((dark.shape[0], dark.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = dark
        step = np.diff(padded, axis=1)
        # Row-major order: the n-th start and the n-th end of the scan are the same run.
        ys, starts = np.nonzero(step == 1)
        _, ends = np.nonzero(step == -1)
        keep = (ends - starts) >= min_length
        ys, starts, ends = ys[keep], starts[keep], ends[keep]
        # A rule crossed by column rules is thick where they cross it: judged by most of it.
        thin = np.zeros((dark.shape[0], dark.shape[1] + 1), dtype=np.int32)
        np.cumsum(_thin(dark, reach), axis=1, out=thin[:, 1:])
        mostly = 2 * (thin[ys, ends] - thin[ys, starts]) >= ends - starts
        return _Runs(ys[mostly], starts[mostly], ends[mostly])

    def rules_across(
        self, lines: _Runs, x0: int, x1: int, height: int, thickest: int
    ) -> list[tuple[int, int]]:
        """The rules of the column from ``x0`` to ``x1``: pixel rows whose segments cover at
        least half its width, touching ones merged, as (first row, last row) top to bottom.

        Covered, not spanned: many tools leave the rule out under the tulip, or break it at
        each column's rules. Of a band of such rows, the rule is the rows covered nearly as
        much as the most covered one; a band with no rule thinner than ``thickest`` pixels is
        the edge of filled areas (photos, shaded cells) side by side, and so is a rule of which
        less than a third is a line (``lines``: paper right above and below it): a rule with a
        photo under part of it is still mostly a line, the foot of a tall shaded cell level
        with a shaded bar beside it is not.
        """
        cover = self.cover(x0, x1, height)
        rules: list[tuple[int, int]] = []
        lined = lines.cover(x0, x1, height) >= LINE_COVER * (x1 - x0)
        for first, last in _spans(cover >= RULE_COVER * (x1 - x0)):
            band = cover[first : last + 1]
            for a, b in _spans(band >= 0.9 * band.max()):
                if b - a < thickest and lined[first + a : first + b + 1].any():
                    rules.append((first + a, first + b))
        return rules

    def cover(self, x0: int, x1: int, height: int) -> npt.NDArray[np.float64]:
        """How many pixels of the x range from ``x0`` to ``x1`` each pixel row's runs cover."""
        covered = np.clip(np.minimum(self.x1, x1) - np.maximum(self.x0, x0), 0, None)
        return np.bincount(self.ys, weights=covered, minlength=height).astype(np.float64)


def _spans(flags: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """The runs of True in ``flags`` as (first, last) index pairs."""
    step = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    starts = np.flatnonzero(step == 1)
    ends = np.flatnonzero(step == -1) - 1
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _rules(runs: _Runs, min_run: float) -> list[_Rule]:
    """Rules drawn whole: long runs, those on touching pixel rows merged into one, and only
    those nearly as wide as the widest over the same part of the page (not a tulip's road)."""
    long = (runs.x1 - runs.x0) >= min_run
    rules: list[_Rule] = []
    # The rules that reached the previous pixel row: only they can grow into this one.
    growing: list[int] = []
    last_y = -2
    for y, x0, x1 in zip(
        runs.ys[long].tolist(), runs.x0[long].tolist(), runs.x1[long].tolist(), strict=True
    ):
        if y != last_y:
            growing = [i for i in growing if rules[i].y1 == y - 1]
            last_y = y
        for i in growing:
            r = rules[i]
            if r.y1 == y - 1 and x0 < r.x1 and x1 > r.x0:
                rules[i] = _Rule(r.y0, y, min(r.x0, x0), max(r.x1, x1))
                break
        else:
            growing.append(len(rules))
            rules.append(_Rule(y, y, x0, x1))
    if not rules:
        return []
    x0s = np.array([r.x0 for r in rules])
    x1s = np.array([r.x1 for r in rules])
    widths = x1s - x0s
    overlap = (x0s[:, None] < x1s[None, :]) & (x0s[None, :] < x1s[:, None])
    widest = np.where(overlap, widths[None, :], 0).max(axis=1)
    keep = widths >= RULE_WIDTH_SHARE * widest
    return [r for r, k in zip(rules, keep.tolist(), strict=True) if k]


def _columns(rules: list[_Rule]) -> list[list[_Rule]]:
    """Rules grouped by the x range they share, columns left to right, rules top to bottom."""
    columns: list[list[_Rule]] = []
    for rule in sorted(rules, key=lambda r: r.y0):
        for column in columns:
            ref = column[0]
            shared = min(ref.x1, rule.x1) - max(ref.x0, rule.x0)
            if shared >= 0.5 * max(ref.width, rule.width):
                column.append(rule)
                break
        else:
            columns.append([rule])
    return sorted(columns, key=lambda c: float(np.median([r.x0 for r in c])))


def _holds_ink(cell: npt.NDArray[np.bool_]) -> bool:
    """Whether a ruled space holds anything besides the vertical rules crossing it."""
    if cell.shape[0] < 3 or cell.shape[1] < 3:
        return False
    inner = cell[1:-1]
    through = inner.mean(axis=0) >= 0.9
    return int(inner[:, ~through].sum()) >= MIN_INK_PX


def _dividers(cell: npt.NDArray[np.bool_], x0: int) -> list[float]:
    """The x (pixels) of vertical rules through the whole of a row, the row's edges left out."""
    if cell.shape[0] < 3:
        return []
    through = np.flatnonzero(cell[1:-1].mean(axis=0) >= 0.9)
    if through.size == 0:
        return []
    # A rule a few pixels wide is one divider: split where the columns stop touching.
    groups = np.split(through, np.flatnonzero(np.diff(through) > 1) + 1)
    edge = 3
    return [
        x0 + float(g.mean()) + 0.5
        for g in groups
        if g[0] > edge and g[-1] < cell.shape[1] - 1 - edge
    ]


def _ink_bands(dark: npt.NDArray[np.bool_], px_per_mm: float) -> list[tuple[int, int, int, int]]:
    """Bands of ink parted by blank strips across the page, for pages without rules."""
    inked_cols = np.flatnonzero(dark.any(axis=0))
    x0, x1 = int(inked_cols[0]), int(inked_cols[-1]) + 1
    inked = dark.any(axis=1).astype(np.int8)
    step = np.diff(np.concatenate(([0], inked, [0])))
    starts = np.flatnonzero(step == 1)
    ends = np.flatnonzero(step == -1)
    gap = MIN_BAND_GAP_MM * px_per_mm
    bands: list[list[int]] = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        if bands and s - bands[-1][1] < gap:
            bands[-1][1] = e
        else:
            bands.append([s, e])
    return [(s, e, x0, x1) for s, e in bands]

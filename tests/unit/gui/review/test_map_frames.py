"""What a review map frame draws: the same picture as the whole level, and only what is on
screen, so a frame at close zoom costs the same on a short track and on a long one."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from navapp.core.mapgeometry import SegmentIndex
from navapp.core.model import Roadbook, Track
from navapp.core.review import review
from navapp.core.review_model import Review
from navapp.gui.review import MapCanvas, map_geometry
from navapp.io.registry import read_roadbook, read_track
from navapp.paths import demo_drive, demo_roadbook

pytestmark = pytest.mark.gui

SIZE = (960, 600)
# Antialiased edges differ by a level or two where a run of segments is cut off screen.
CHANNEL_TOLERANCE = 4


@pytest.fixture(scope="module")
def roadbook() -> Roadbook:
    return read_roadbook(demo_roadbook())


def _drive(n: int, seed: int = 5) -> Track:
    """A smooth 10 Hz drive near the demo stage with GPS noise and wandering speed."""
    rng = np.random.default_rng(seed)
    heading = np.cumsum(rng.normal(0, 0.01, n))
    kmh = np.clip(60 + np.cumsum(rng.normal(0, 0.4, n)), 5, 150)
    step = kmh / 36.0
    x = np.cumsum(step * np.sin(heading)) + rng.normal(0, 0.4, n)
    y = np.cumsum(step * np.cos(heading)) + rng.normal(0, 0.4, n)
    lat = 31.0 + y / 111_000.0
    lon = -4.0 + x / (111_000.0 * math.cos(math.radians(31.0)))
    return Track(1.7e9 + np.arange(n) * 0.1, lat, lon, np.full(n, np.nan), kmh, name="drive")


def _render(canvas: MapCanvas) -> npt.NDArray[np.int16]:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.render(image)
    bits = np.frombuffer(image.constBits(), dtype=np.uint8)  # type: ignore[call-overload]
    return bits.reshape(SIZE[1], image.bytesPerLine() // 4, 4)[:, : SIZE[0]].astype(np.int16)


def _views(canvas: MapCanvas) -> list[tuple[float, float, float]]:
    """Fit all, then three places on the track at mid and close zoom."""
    g = canvas.crews[0].geometry
    views = [canvas.view()]
    for i in (len(g.x) // 5, len(g.x) // 2, len(g.x) - 50):
        for mpp in (12.0, 1.5, 0.4):
            views.append((float(g.x[i]), float(g.y[i]), mpp))
    return views


def test_a_frame_draws_the_same_picture_as_the_whole_level(
    qapp: QApplication, roadbook: Roadbook, monkeypatch: pytest.MonkeyPatch, screenshot_dir: Path
) -> None:
    canvas = MapCanvas(roadbook)
    canvas.resize(*SIZE)
    canvas.add_crew(_drive(60_000), None)
    canvas.fit()
    views = _views(canvas)
    frames = []
    for v in views:
        canvas.set_view(*v)
        frames.append((_render(canvas), canvas.track_vertices_drawn))
    # The whole level, as the map drew it before frames were cut to the screen.
    monkeypatch.setattr(SegmentIndex, "query", lambda self, *_: np.flatnonzero(self.drawn))
    for k, (v, (picture, vertices)) in enumerate(zip(views, frames, strict=True)):
        canvas.set_view(*v)
        whole = _render(canvas)
        diff = np.abs(picture - whole).max(axis=2)
        assert int(diff.max()) <= CHANNEL_TOLERANCE, (k, v, int(diff.max()))
        assert 0 < vertices <= canvas.track_vertices_drawn
    canvas.grab().save(str(screenshot_dir / "review_map_frame_close.png"))


def _repeated(track: Track, copies: int) -> Track:
    """``track`` and copies of it 60 km further east each, as separate track segments."""
    n = len(track)
    shift = 60_000.0 / (111_000.0 * math.cos(math.radians(31.0)))
    cat = np.concatenate
    return dataclasses.replace(
        track,
        time=cat([track.time + k * n * 0.1 for k in range(copies)]),
        lat=cat([track.lat] * copies),
        lon=cat([track.lon + k * shift for k in range(copies)]),
        ele=cat([track.ele] * copies),
        speed=cat([track.speed] * copies) if track.speed is not None else None,
        segment_starts=np.arange(copies, dtype=np.int64) * n,
    )


def test_close_zoom_draws_what_is_on_screen_whatever_the_track_length(
    qapp: QApplication, roadbook: Roadbook
) -> None:
    short = _drive(20_000)
    drawn = []
    for copies in (1, 4):
        canvas = MapCanvas(roadbook)
        canvas.resize(*SIZE)
        canvas.add_crew(_repeated(short, copies), None)
        g = canvas.crews[0].geometry
        i = 12_000
        canvas.set_view(float(g.x[i]), float(g.y[i]), 1.0)
        _render(canvas)
        level = g.level_for(1.0)
        assert len(level.x) > copies * 5_000  # the level drawn holds the whole track
        drawn.append(canvas.track_vertices_drawn)
    # Four times the track, the same vertices: a frame's work is what is on screen.
    assert drawn[0] == drawn[1]
    # 960 × 600 m of a 60 km/h drive at a pixel a metre: hundreds of vertices, not thousands.
    assert 50 < drawn[0] < 2_000


def _ink(picture: npt.NDArray[np.int16], paper: npt.NDArray[np.int16]) -> npt.NDArray[np.bool_]:
    """Pixels clearly painted over the paper (faint antialiased fringes left out)."""
    return np.asarray(np.abs(picture - paper).max(axis=2) > 96)


def _grown(mask: npt.NDArray[np.bool_], px: int) -> npt.NDArray[np.bool_]:
    """``mask`` grown by ``px`` pixels all round."""
    out = mask.copy()
    h, w = mask.shape
    for dy in range(-px, px + 1):
        for dx in range(-px, px + 1):
            out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] |= mask[
                max(-dy, 0) : h - max(dy, 0), max(-dx, 0) : w - max(dx, 0)
            ]
    return out


def test_a_frame_simplified_to_its_scale_stays_within_a_pixel_of_its_level(
    qapp: QApplication, roadbook: Roadbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    canvas = MapCanvas(roadbook)
    canvas.resize(*SIZE)
    canvas.add_crew(_drive(60_000), None)
    canvas.fit()
    views = _views(canvas)
    simplified = []
    for v in views:
        canvas.set_view(*v)
        simplified.append((_render(canvas), canvas.track_vertices_drawn))
    monkeypatch.setattr(map_geometry, "FRAME_SLACK_PX", math.inf)
    fewer = 0
    for k, (v, (picture, vertices)) in enumerate(zip(views, simplified, strict=True)):
        canvas.set_view(*v)
        level = _render(canvas)
        paper = picture[2, SIZE[0] // 2]
        a, b = _ink(picture, paper), _ink(level, paper)
        # Every painted pixel of one is within a pixel (and its antialiasing) of the other.
        assert not (a & ~_grown(b, 2)).any(), (k, v)
        assert not (b & ~_grown(a, 2)).any(), (k, v)
        assert vertices <= canvas.track_vertices_drawn
        fewer += vertices < canvas.track_vertices_drawn
    # Fit all and the three views at 1.5 m/px, where the level is 0.5 m: a pixel is 1.5 m.
    assert fewer >= 4


def _dragged_and_fresh(
    roadbook: Roadbook,
    track: Track,
    review: Review | None,
    at: int,
    mpp: float,
    up_deg: float = 0.0,
) -> tuple[MapCanvas, MapCanvas]:
    """A canvas looking at point ``at`` of the track, and another with nothing kept from
    before, to draw each view whole."""
    canvas, fresh = MapCanvas(roadbook), MapCanvas(roadbook)
    for c in (canvas, fresh):
        c.resize(*SIZE)
        c.add_crew(track, review)
        c.set_up_bearing(up_deg)
    g = canvas.crews[0].geometry
    canvas.set_view(float(g.x[at]), float(g.y[at]), mpp)
    _render(canvas)
    return canvas, fresh


def _drag(canvas: MapCanvas, fresh: MapCanvas, steps: list[tuple[int, int]]) -> None:
    for dx, dy in steps:
        canvas.pan_by(dx, dy)
        picture, drawn = _render(canvas), canvas.track_vertices_drawn
        fresh.set_view(*canvas.view())
        fresh.set_crew_visible(0, True)  # forget the layer: draw the view whole
        diff = np.abs(picture - _render(fresh)).max(axis=2)
        assert int(diff.max()) <= CHANNEL_TOLERANCE, (dx, dy, int(diff.max()))
        assert drawn < fresh.track_vertices_drawn, (dx, dy)


@pytest.mark.parametrize("up_deg", [0.0, 30.0])
def test_a_drag_draws_what_comes_into_view_and_the_same_picture(
    qapp: QApplication, roadbook: Roadbook, up_deg: float
) -> None:
    canvas, fresh = _dragged_and_fresh(roadbook, _drive(60_000), None, 30_000, 1.5, up_deg)
    assert canvas.track_vertices_drawn > 0
    _drag(canvas, fresh, [(30, 0), (0, -25), (-17, 12), (40, 33), (-300, 0)])
    _render(canvas)  # the same view again (a cursor moved): nothing drawn again
    assert canvas.track_vertices_drawn == 0
    canvas.set_crew_visible(0, False)
    _render(canvas)
    assert canvas.track_vertices_drawn == 0  # hidden: redrawn without the track
    canvas.set_crew_visible(0, True)
    _render(canvas)
    assert canvas.track_vertices_drawn == fresh.track_vertices_drawn


def test_a_drag_over_a_reviews_marks_draws_the_same_picture(
    qapp: QApplication, roadbook: Roadbook
) -> None:
    # The demo drive leaves the route at point 5,265 for 36 s and speeds in a zone: dashed
    # off-route line, violation band and the waypoints' dashed open circles in view.
    drive = read_track(demo_drive())
    rv = review(roadbook, drive)
    assert rv.off_route and any(z.violations for z in rv.zones)
    canvas, fresh = _dragged_and_fresh(roadbook, drive, rv, 5_280, 2.0)
    _drag(canvas, fresh, [(23, 0), (0, 19), (-31, -7), (64, 41)])
    v = rv.zones[[bool(z.violations) for z in rv.zones].index(True)].violations[0]
    g = canvas.crews[0].geometry
    canvas.set_view(float(g.x[v.start_index]), float(g.y[v.start_index]), 2.0)
    _render(canvas)
    _drag(canvas, fresh, [(15, 15), (-40, 8)])

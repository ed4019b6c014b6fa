"""A whole field of crews reviewed at once: each crew's track read and reviewed in a worker
process, on every core of the machine.

The stage (roadbook, settings, the track reader) goes to each worker once, as it starts; a
task is then only a file name, and its answer the crew's review (and its track when the
caller draws it). Workers are started with ``forkserver`` (``spawn`` where there is none),
never a plain fork: the desktop app runs Qt threads that a fork would copy half-way.

Each crew's trouble (a file that cannot be read, a track that cannot be judged, a worker that
died) is one line in its :class:`CrewResult`; the other crews go on. The answers equal those of
:func:`review_crew` run in this process, which is what one job (``jobs=1``) does.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

from navapp.core.geodesy import LocalProjection
from navapp.core.mapgeometry import TrackPlane
from navapp.core.model import Roadbook, Track
from navapp.core.review import ReviewSettings, review
from navapp.core.review_model import Review
from navapp.errors import NavappError

# Reads one track file (module-level, so a worker can be given it by name).
TrackReader = Callable[[str], Track]
# Told after each crew: crews done, crews in all, the file of the crew just done.
Progress = Callable[[int, int, str], None]

# What the workers import before they are forked from the fork server (with the reader's
# module): paid once, not per worker.
_PRELOAD = ["navapp.core.review", "navapp.core.crew_pool"]


@dataclass(frozen=True)
class CrewJob:
    """What every crew is judged against, and what comes back."""

    roadbook: Roadbook
    settings: ReviewSettings
    read: TrackReader
    keep_tracks: bool = True  # send the tracks back (to draw them); else only the reviews
    # The centre (lat, lon) of the map's plane: each track is also laid in it for drawing,
    # in the worker (the heaviest part of adding a crew to the review map).
    plane_centre: tuple[float, float] | None = None
    # Run once in each worker as it starts (picklable): the desktop app's language there, so
    # the notes and warnings made in a worker read as the ones made in the window.
    worker_setup: Callable[[], None] | None = None


@dataclass(frozen=True)
class CrewResult:
    """One crew: its place in the list given, its file, what could be read and judged.

    ``track`` is None when the file could not be read (or when the tracks were not asked
    for); ``review`` None when the track could not be judged; ``error`` then says why, in one
    line starting with the file. ``warnings`` are what the reader had to say about the file.
    """

    index: int
    path: str
    track: Track | None
    review: Review | None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    plane: TrackPlane | None = None  # the track in the map's plane, when asked for

    @property
    def name(self) -> str:
        """The file's name, as the progress line shows it."""
        return Path(self.path).name


def _one_line(path: str, e: BaseException) -> str:
    text = str(e).splitlines()[0] if str(e) else type(e).__name__
    return text if text.startswith(path) else f"{path}: {text}"


def review_crew(job: CrewJob, index: int, path: str) -> CrewResult:
    """Read and review one crew's track in this process (what each worker runs)."""
    try:
        track = job.read(path)
    except (NavappError, OSError, ValueError) as e:
        return CrewResult(index, path, None, None, (), _one_line(path, e))
    if len(track) == 0:
        return CrewResult(
            index, path, None, None, track.warnings, f"{path}: the track has no points"
        )
    rv: Review | None
    error = None
    try:
        rv = review(job.roadbook, track, job.settings)
    except (NavappError, ValueError) as e:
        rv, error = None, _one_line(path, e)
    if not job.keep_tracks:
        # The per-point speeds are for drawing the track; without it they are dead weight.
        if rv is not None:
            rv = replace(rv, speed_kmh=np.zeros(0))
        return CrewResult(index, path, None, rv, track.warnings, error)
    plane = None
    if job.plane_centre is not None:
        plane = TrackPlane(track, _projection(job.plane_centre))
    return CrewResult(index, path, track, rv, track.warnings, error, plane)


@cache
def _projection(centre: tuple[float, float]) -> LocalProjection:
    """The map's plane, made once per process."""
    return LocalProjection(*centre)


# The job of this worker process, set once as it starts.
_worker_job: CrewJob | None = None


def _start_worker(job: CrewJob) -> None:
    global _worker_job
    _worker_job = job
    if job.worker_setup is not None:
        job.worker_setup()


def _review_in_worker(index: int, path: str) -> CrewResult:
    assert _worker_job is not None, "worker started without its job"
    return review_crew(_worker_job, index, path)


def default_jobs() -> int:
    """Worker processes by default: one per core."""
    return max(os.cpu_count() or 1, 1)


def _context(job: CrewJob) -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([*_PRELOAD, job.read.__module__])
        return ctx
    return multiprocessing.get_context("spawn")


class CrewPool:
    """Many crews reviewed in worker processes, polled by the caller.

    :meth:`start` hands every file to the pool; :meth:`poll` (non-blocking, or waiting up to
    ``timeout`` s) returns the crews finished since the last call and tells ``progress``;
    :meth:`cancel` drops the crews not yet started and returns. With ``jobs=1``, or one file,
    the crews are reviewed in this process, one per :meth:`poll`.
    """

    def __init__(
        self,
        job: CrewJob,
        paths: Sequence[str | Path],
        jobs: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.job = job
        self.paths = [str(p) for p in paths]
        self.jobs = max(1, min(jobs or default_jobs(), len(self.paths) or 1))
        self.progress = progress
        self.done = 0
        self.cancelled = False
        self._executor: ProcessPoolExecutor | None = None
        self._pending: dict[Future[CrewResult], tuple[int, str]] = {}
        self._next = 0  # the next file reviewed here, without a pool

    @property
    def total(self) -> int:
        return len(self.paths)

    @property
    def finished(self) -> bool:
        """Every crew done, or the rest cancelled."""
        return self.cancelled or self.done >= self.total

    def start(self) -> None:
        """Start the workers and give them every file (nothing to start with one job)."""
        if self.jobs == 1 or self._executor is not None:
            return
        self._executor = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=_context(self.job),
            initializer=_start_worker,
            initargs=(self.job,),
        )
        for i, path in enumerate(self.paths):
            self._pending[self._executor.submit(_review_in_worker, i, path)] = (i, path)

    def poll(self, timeout: float | None = 0.0) -> list[CrewResult]:
        """The crews finished since the last call (waiting up to ``timeout`` s for one; None:
        until one is done). Each is told to ``progress``."""
        if self.finished:
            return []
        if self._executor is None:
            out = [review_crew(self.job, self._next, self.paths[self._next])]
            self._next += 1
        else:
            ready, _ = wait(self._pending, timeout=timeout, return_when=FIRST_COMPLETED)
            out = [self._result(f) for f in ready]
            out.sort(key=lambda r: r.index)
        for r in out:
            self.done += 1
            if self.progress is not None:
                self.progress(self.done, self.total, r.name)
        if self.done >= self.total:
            self.close(wait=True)
        return out

    def _result(self, future: Future[CrewResult]) -> CrewResult:
        index, path = self._pending.pop(future)
        try:
            return future.result()
        except Exception as e:  # a worker that died, or an answer that could not come back
            return CrewResult(index, path, None, None, (), _one_line(path, e))

    def cancel(self) -> None:
        """Drop the crews not yet started; the ones being reviewed are let finish unread."""
        self.cancelled = True
        self.close()

    def close(self, wait: bool = False) -> None:
        """Stop the workers (waiting for them to exit with ``wait``)."""
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=True)
            self._executor = None
        self._pending.clear()

    def run(self, cancelled: Callable[[], bool] | None = None) -> list[CrewResult]:
        """Review every crew, waiting; the results in the order of the files given (those done
        before ``cancelled`` said so, when it does)."""
        out: list[CrewResult] = []
        self.start()
        try:
            while not self.finished:
                if cancelled is not None and cancelled():
                    self.cancel()
                    break
                out += self.poll(timeout=None if cancelled is None else 0.1)
        finally:
            self.close()
        return sorted(out, key=lambda r: r.index)


def review_crews(
    job: CrewJob,
    paths: Iterable[str | Path],
    jobs: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[CrewResult]:
    """Read and review every crew's track, ``jobs`` at a time (default: one per core), in
    the order given; ``progress`` is told after each crew, ``cancelled`` asked between."""
    return CrewPool(job, list(paths), jobs, progress).run(cancelled)

"""The review window's crews from files: one track read here, many reviewed in worker
processes with a progress bar, the window live meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from navapp.core.crew_pool import CrewResult
from navapp.core.mapgeometry import TrackPlane
from navapp.core.model import Track
from navapp.core.review_model import Review
from navapp.errors import NavappError
from navapp.gui.review.export import ReportExport

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from navapp.gui.drive import DriveView
    from navapp.gui.review.crew_list import CrewList
    from navapp.gui.review.crew_loading import CrewLoader, CrewProgress
    from navapp.gui.review.map_canvas import MapCanvas
    from navapp.gui.review.tables import ComparisonPane


class CrewFiles(ReportExport):
    """Adding crews' tracks to the review window, one or a whole field."""

    map: MapCanvas
    crew_list: CrewList
    comparison_pane: ComparisonPane
    crew_progress: CrewProgress
    drive_view: DriveView
    from_dss: bool
    loader: CrewLoader | None
    _queued: list[str]
    _troubles: list[str]
    failed: SignalInstance

    # ReviewWindow's (as Callable attributes: lupdate loses the class at stub methods).
    _add: Callable[[Track, Review | None, TrackPlane | None], int]
    _compare: Callable[[], None]
    _review: Callable[[Track], Review | None]

    def add_track(self, track: Track, review: Review | None = None) -> int:
        """Overlay another crew (reviewed now when no review is given)."""
        if review is None:
            review = self._review(track)
        index = self._add(track, review, None)
        self._crews_added()
        return index

    def _crews_added(self) -> None:
        self.map.set_time_origin(self.from_dss)
        self._compare()
        if self.crew_list.currentRow() < 0 and self.crew_list.count():
            # The first crew of a window opened empty: every pane shows it at once.
            self.crew_list.setCurrentRow(0)

    def add_track_path(self, path: str | Path) -> bool:
        """Read a GPX/NMEA track, review it and overlay it; errors go to :attr:`failed`."""
        from navapp.io.registry import read_track

        try:
            track = read_track(path)
        except (NavappError, OSError) as e:
            self._fail(str(e))
            return False
        if not len(track):
            self._fail(self.tr("{path}: the track has no points").format(path=path))
            return False
        self.add_track(track)
        if track.warnings:
            # After add_track, whose own status line would hide it.
            self.statusBar().showMessage("; ".join(track.warnings))
        return True

    def add_track_paths(self, paths: Sequence[str | Path], jobs: int | None = None) -> bool:
        """Add crews' tracks: one is read and reviewed at once (True when it was added);
        several in worker processes (``jobs``, default one per core) while the window stays
        live, with a progress bar and Cancel (True: started, or queued behind the crews
        being reviewed)."""
        files = [str(p) for p in paths]
        if self.loader is not None and self.loader.running():
            self._queued += files
            return True
        if len(files) == 1:
            return self.add_track_path(files[0])
        if not files:
            return False
        from navapp.gui.review.crew_loading import CrewLoader

        loader = CrewLoader(
            self.roadbook, files, jobs, plane=self.map.model.projection, parent=self
        )
        loader.crews_ready.connect(self._on_crews_ready)
        loader.finished.connect(self._on_crews_finished)
        self.loader = loader
        self._troubles = []
        # Compared again once the field is in: gaps to a fastest crew still to come are not shown.
        self.comparison = None
        self.crew_progress.follow(loader)
        self.comparison_pane.set_comparison(
            None, self.tr("The crews are compared once every crew is reviewed.")
        )
        loader.start()
        return True

    def reviewing(self) -> bool:
        """Whether crews are being reviewed in the background."""
        return self.loader is not None and self.loader.running()

    def cancel_reviewing(self) -> None:
        """Stop reviewing crews: those already reviewed stay."""
        if self.loader is not None:
            self._queued = []
            self.loader.cancel()

    def _on_crews_ready(self, results: list[CrewResult]) -> None:
        for r in results:
            self._troubles += r.warnings
            if r.error is not None:
                self._troubles.append(r.error)
            if r.track is not None:
                self._add(r.track, r.review, r.plane)
        if self.crew_list.currentRow() < 0 and self.crew_list.count():
            self.crew_list.setCurrentRow(0)

    def _on_crews_finished(self, cancelled: bool) -> None:
        assert self.loader is not None
        total, done = self.loader.total, self.loader.pool.done
        self.loader.deleteLater()
        self.loader = None
        self._crews_added()
        if self.comparison is None:
            # Nothing compared (a crew not judged, or one crew): the pane says what is missing.
            self.comparison_pane.set_comparison(None)
        if cancelled:
            line = self.tr("Cancelled: {done} of {total} crews reviewed").format(
                done=done, total=total
            )
        else:
            line = self.tr("{total} crews reviewed").format(total=total)
        if self._troubles:
            # One line for all the files that had trouble: a field of crews, not a box each.
            line += " — " + "; ".join(self._troubles)
            self.failed.emit(line)
        self.statusBar().showMessage(line)
        if self._queued:
            queued, self._queued = self._queued, []
            self.add_track_paths(queued)

    def _ask_add_track(self) -> None:
        from navapp.gui.common.file_filters import drive_filter

        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Open crews' tracks"), "", drive_filter()
        )
        if paths:
            self.add_track_paths(paths)

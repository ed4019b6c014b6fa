"""Many crews' tracks read and reviewed in worker processes while the review window stays
live: a progress bar with the count and a Cancel button.

The pool (:class:`navapp.core.crew_pool.CrewPool`) is polled from a timer on the GUI thread;
no thread of ours runs, and nothing waits: the window goes on painting and answering.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from navapp.core.crew_pool import CrewJob, CrewPool, CrewResult
from navapp.core.geodesy import LocalProjection
from navapp.core.model import Roadbook
from navapp.core.review import ReviewSettings
from navapp.gui.common.language import worker_language

POLL_MS = 50  # how often the window looks for crews done


class CrewLoader(QObject):
    """Reviews the tracks given in a pool of worker processes and hands back each crew, in
    the order given, as soon as it and those before it are done."""

    # Crews done, crews in all, the file just done.
    progressed = Signal(int, int, str)
    # The next crews in order (a list of CrewResult).
    crews_ready = Signal(list)
    # Everything done, or cancelled (True).
    finished = Signal(bool)

    def __init__(
        self,
        roadbook: Roadbook,
        paths: Sequence[str | Path],
        jobs: int | None = None,
        settings: ReviewSettings | None = None,
        plane: LocalProjection | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``plane``: the map's projection, each track laid in it in the workers."""
        super().__init__(parent)
        from navapp.io.registry import read_track

        centre = (plane.lat0, plane.lon0) if plane is not None else None
        job = CrewJob(
            roadbook,
            settings or ReviewSettings(),
            read_track,
            plane_centre=centre,
            worker_setup=worker_language(),
        )
        self.pool = CrewPool(job, paths, jobs, self.progressed.emit)
        self._held: dict[int, CrewResult] = {}
        self._next = 0  # the index of the next crew handed back
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def total(self) -> int:
        return self.pool.total

    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Start the workers; crews come back through :attr:`crews_ready`."""
        self.pool.start()
        self._timer.start()

    def cancel(self) -> None:
        """Stop: the crews not reviewed yet are dropped, those done are handed back."""
        if not self.running():
            return
        self._timer.stop()
        self.pool.cancel()
        if not self._polling:  # else the poll under way finishes the job
            self._finish(cancelled=True)

    def _poll(self) -> None:
        self._polling = True
        try:
            # A progress slot may cancel from inside this call.
            done = self.pool.poll(0.0)
        finally:
            self._polling = False
        for r in done:
            self._held[r.index] = r
        if not self._timer.isActive():
            self._finish(cancelled=True)
        elif self.pool.finished:
            self._timer.stop()
            self._finish(cancelled=False)
        else:
            self._hand_back(everything=False)

    def _finish(self, cancelled: bool) -> None:
        self._hand_back(everything=True)
        self.finished.emit(cancelled)

    def _hand_back(self, everything: bool) -> None:
        ready = []
        while self._next in self._held:
            ready.append(self._held.pop(self._next))
            self._next += 1
        if everything:
            ready += [self._held.pop(i) for i in sorted(self._held)]
        if ready:
            self.crews_ready.emit(ready)


class CrewProgress(QWidget):
    """``Reviewing crews 37/100 — crew_37.gpx``, a bar, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCrewProgress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName("reviewCrewProgressBar")
        self.bar.setTextVisible(True)
        self.bar.setMinimumWidth(120)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("reviewCrewCancel")
        self.cancel_button.setToolTip(
            self.tr("Stop reviewing: the crews already reviewed stay in the window")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def follow(self, loader: CrewLoader) -> None:
        """Show ``loader``'s progress until it finishes; Cancel cancels it."""
        self.bar.setRange(0, loader.total)
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("%v of %m"))
        self.label.setText(self.tr("Reviewing crews…"))
        loader.progressed.connect(self._on_progress)
        loader.finished.connect(self.hide)
        self.cancel_button.clicked.connect(loader.cancel)
        self.show()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Reviewing crews {done}/{total} — {name}").format(
                done=done, total=total, name=name
            )
        )

"""One drive: a GPS source feeding the navigator, with its track log and crash-safe state."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from navapp.core.cues import CueEvent, CueOptions, CuePlanner
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.core.model import Fix, Roadbook
from navapp.core.navigator import Navigator, NavSettings
from navapp.core.navstate import EventType, NavState
from navapp.core.summary import DriveSummary, OverspeedLog, summarize
from navapp.errors import NavappError
from navapp.gps.silence import SILENCE_S, Feed, FeedStatus, SilenceWatch
from navapp.gps.stage_time import StageTime
from navapp.gui.gps.sources import QtFixSource
from navapp.io.errors import InputError
from navapp.io.session import Session, fingerprint, load_session, save_session
from navapp.io.tracklog import TrackLog, repair

SESSION_FILE = "session.json"
# How often the silence is measured: the indicator turns red at most this late after the rule.
HEARTBEAT_MS = 250
# The status line with no source running.
NO_SOURCE = QT_TRANSLATE_NOOP("DriveSession", "GPS: none — GPS › Source…")


def no_source_text() -> str:
    """:data:`NO_SOURCE` in the user's language, for where it is shown."""
    return QCoreApplication.translate("DriveSession", NO_SOURCE)


# The feed states in which no cue sounds: no source, a replay paused or ended.
_HELD = frozenset({Feed.NONE, Feed.PAUSED, Feed.ENDED})
# Saved this often while driving, and at once after any event that changes the stage.
AUTOSAVE_MS = 5000
_SAVE_ON = frozenset(
    {EventType.BOX, EventType.WP_VALIDATED, EventType.WP_MISSED, EventType.TRIP_RESET}
)


class DriveSession(QObject):
    """Feeds fixes from a source to a navigator and tells the view; commands go through here."""

    # The navigator's new state (a NavState), after a fix or a co-driver command.
    state_changed = Signal(object)
    # The GPS feed's one-line status for the status bar (keeps the reason while lost).
    status_changed = Signal(str)
    # The feed's state (a navapp.gps.silence.FeedStatus), whenever what it shows changes.
    feed_changed = Signal(object)
    # The drive is over (replay finished, or the ASS validated): a DriveSummary.
    finished = Signal(object)
    # Cues for the co-driver to hear, as the planner decided them (a non-empty list of CueEvent).
    cues = Signal(object)
    # Nothing may sound now (a replay paused or ended, the source stopped): cues waiting go.
    hush = Signal()

    def __init__(
        self,
        roadbook: Roadbook,
        roadbook_path: str,
        data_dir: Path,
        settings: NavSettings | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        silence_s: float = SILENCE_S,
        cue_options: CueOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.roadbook = roadbook
        self.roadbook_path = roadbook_path
        self.data_dir = data_dir
        self.navigator = Navigator(roadbook, settings)
        self.cue_planner = CuePlanner(roadbook, cue_options)
        self.source: QtFixSource | None = None
        self.track_log: TrackLog | None = None
        # What the summary needs, gathered as the drive goes: nothing is kept per fix.
        self._overspeeds = OverspeedLog()
        self._first_time = math.nan
        self._done = False
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        # A GPS that goes quiet sends nothing to say so: a heartbeat measures the silence.
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._check_silence)
        self._clock = clock
        self.watch = SilenceWatch(clock, silence_s)
        self.stage_time = StageTime()
        self._shown: tuple[Feed, str, str] | None = None
        self._feed = self.watch.status()

    # --- source --------------------------------------------------------------------------------

    @property
    def live(self) -> bool:
        """Whether the fixes come from a real GPS (then the drive is logged and saved)."""
        return self.source is not None and self.source.live

    @property
    def feed(self) -> FeedStatus:
        """The feed as last published."""
        return self._feed

    @property
    def stage_started(self) -> bool:
        """Whether the stage has had a usable fix (its stage time runs)."""
        return self.stage_time.started

    def start(self, source: QtFixSource) -> None:
        """Start following ``source``; a live source also starts the track log and autosave."""
        self._release()
        self.source = source
        source.fix_received.connect(self.on_fix)
        source.link_changed.connect(self._on_link)
        source.finished.connect(self._replay_finished)
        if source.live:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.track_log = TrackLog.new_in(self.data_dir / "tracks", time.time())
            self._autosave.start()
        self.watch.start(source.description, replay=not source.live)
        self._heartbeat.start()
        source.start()
        self._check_silence()

    def switch(self, source: QtFixSource) -> None:
        """Go on with this stage from another source: the trip, box and waypoints stay, the
        first fix of ``source`` is a fresh position (no jump counted) and the stage time goes
        on from where it was."""
        snapshot = self.navigator.snapshot()
        self.stage_time.keep_across_source_change()
        self._release()
        # Restored before the new source starts: a replay delivers its first fix at once.
        self._publish(self.navigator.restore(snapshot))
        self.start(source)

    def stop(self) -> None:
        """Stop the source, close the track log and forget the saved state (a clean stop)."""
        running = self.source is not None
        self._release()
        if running:
            self._check_silence()

    def _release(self) -> None:
        if self.source is not None:
            self.source.fix_received.disconnect(self.on_fix)
            self.source.link_changed.disconnect(self._on_link)
            self.source.finished.disconnect(self._replay_finished)
            self.source.stop()
            self.source = None
        self._autosave.stop()
        self._heartbeat.stop()
        self.watch.stop()
        if self.track_log is not None:
            self.track_log.close()
            self.track_log = None
            self.session_path.unlink(missing_ok=True)

    def on_fix(self, fix: Fix) -> None:
        """One fix from the source."""
        self.watch.on_fix(fix)
        if fix.valid:
            self.stage_time.on_fix(fix.time, self._clock())
        if self.track_log is not None:
            self.track_log.append(fix)
        state = self.navigator.update(fix)
        if math.isnan(self._first_time) and math.isfinite(fix.time):
            self._first_time = fix.time
        self._check_silence()
        self._publish(state, measured=True)
        if state.finished and not self._done:
            self.end()

    def _on_link(self, _text: str) -> None:
        if self.source is not None:
            self.watch.on_link(self.source.link)
            self.watch.set_paused(self.source.paused)
        self._check_silence()

    def _replay_finished(self) -> None:
        self.watch.set_ended()
        self._check_silence()
        self.end()

    # --- co-driver commands --------------------------------------------------------------------

    def adjust(self, delta_km: float) -> None:
        self._publish(self.navigator.adjust(delta_km))

    def reset_partial(self) -> None:
        self._publish(self.navigator.reset_partial())

    def set_total_to_box(self) -> None:
        self._publish(self.navigator.set_total_to_box())

    def step_box(self, delta: int) -> None:
        self._publish(self.navigator.step_box(delta))

    def resume_auto(self) -> None:
        self._publish(self.navigator.resume_auto())

    def set_calibration(self, pct: float) -> None:
        self._publish(self.navigator.set_calibration(pct))

    # --- end, summary, crash recovery ----------------------------------------------------------

    def end(self) -> None:
        """The drive is over: waypoints never reached are missed; the summary goes out."""
        if self._done:
            return
        self._done = True
        self._publish(self.navigator.finish())
        self.finished.emit(self.summary())

    def summary(self) -> DriveSummary:
        state = self.navigator.state
        elapsed = state.time - self._first_time if math.isfinite(self._first_time) else 0.0
        return summarize(
            self._overspeeds.periods,
            self.navigator.waypoint_results(),
            state.trip.total_km,
            elapsed if math.isfinite(elapsed) else 0.0,
        )

    @property
    def session_path(self) -> Path:
        return self.data_dir / SESSION_FILE

    def _check_silence(self) -> None:
        """Measure the feed now; tell the view and the status bar when what they show changes,
        and the cue planner always (a GPS lost is heard while no fix arrives)."""
        feed = self.watch.status()
        if feed.feed in _HELD and self._feed.feed not in _HELD:
            self.hush.emit()
        self._feed = feed
        last = self.navigator.state.time
        self._say(
            self.cue_planner.update_feed(
                last + (feed.silent_s or 0.0), feed.live, paused=feed.feed in _HELD
            )
        )
        line = feed.line if feed.feed is not Feed.NONE else self.tr(NO_SOURCE)
        shown = (feed.feed, feed.indicator, line)
        if shown == self._shown:
            return
        old = self._shown
        self._shown = shown
        if old is None or old[2] != line:
            self.status_changed.emit(line)
        self.feed_changed.emit(feed)

    def _say(self, cues: list[CueEvent]) -> None:
        if cues:
            self.cues.emit(cues)

    def save(self) -> None:
        """Save the trip state atomically (live drives only), and flush the track log."""
        if not self.live:
            return
        if self.track_log is not None:
            self.track_log.flush()
        log = str(self.track_log.path) if self.track_log is not None else ""
        session = Session(
            self.roadbook_path, fingerprint(self.roadbook), log, self.navigator.snapshot()
        )
        save_session(session, self.session_path)

    def saved_session(self) -> Session | None:
        """A session left by a crash on this roadbook, if any (unreadable ones are ignored)."""
        if not self.session_path.exists():
            return None
        try:
            session = load_session(self.session_path)
        except InputError:  # a damaged file must never stop the app from starting
            return None
        return session if session.fingerprint == fingerprint(self.roadbook) else None

    def resume(self, session: Session) -> None:
        """Continue the stage from a saved session; its track log is mended if a crash tore it."""
        if session.track_log:
            try:
                repair(session.track_log)
            except (NavappError, OSError) as e:
                self.status_changed.emit(
                    self.tr("track log of the stopped stage not mended: {error}").format(error=e)
                )
        self._publish(self.navigator.restore(session.snapshot))

    def _publish(self, state: NavState, measured: bool = False) -> None:
        self._overspeeds.add(state, measured)
        self.state_changed.emit(state)
        feed = self._feed
        self._say(self.cue_planner.update(state, feed.live, paused=feed.feed in _HELD))
        if self.live and any(e.type in _SAVE_ON for e in state.events):
            self.save()

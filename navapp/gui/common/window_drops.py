"""What each window does with dropped files.

Main window: a roadbook opens; one track is replayed on the roadbook shown (mid-stage the
usual keep-or-new-stage question comes first); several tracks open the review. Editor: a
roadbook opens (after the unsaved-changes question). Review: tracks are added as crews.
Everywhere: a map file is added to the maps and chosen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from navapp.gui.common.file_drops import add_maps, say
from navapp.io.dropped import Dropped

if TYPE_CHECKING:
    from navapp.gui.editor.window import EditorWindow
    from navapp.gui.review.window import ReviewWindow
    from navapp.gui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDrops", text)


def _names(paths: tuple[str, ...]) -> str:
    return ", ".join(Path(p).name for p in paths)


def _maps(d: Dropped, done: list[str], refused: list[str]) -> None:
    added, bad = add_maps(d.maps)
    if added:
        done.append(_tr("Map: ") + added[-1])
    refused.extend(bad)


def drop_on_main(w: MainWindow, d: Dropped) -> None:
    """A drop on the main window."""
    done: list[str] = []
    refused = list(d.refused)
    _maps(d, done, refused)
    if len(d.roadbooks) > 1:
        refused.append(_tr("one roadbook at a time: ") + _names(d.roadbooks[1:]))
    opened = bool(d.roadbooks) and w.open_path(d.roadbooks[0])
    if opened:
        done.append(_tr("Opened ") + Path(d.roadbooks[0]).name)
    if d.tracks and w.roadbook() is None:
        refused.append(_names(d.tracks) + _tr(": open a roadbook first, then drop its drives"))
    elif len(d.tracks) == 1:
        if w.replay(d.tracks[0]):
            done.append(_tr("Replaying ") + Path(d.tracks[0]).name)
    elif d.tracks:
        w.open_review(list(d.tracks))
        done.append(_tr("Reviewing ") + _names(d.tracks))
    say(w, done, refused)


def drop_on_editor(w: EditorWindow, d: Dropped) -> None:
    """A drop on the roadbook editor."""
    done: list[str] = []
    refused = list(d.refused)
    _maps(d, done, refused)
    if d.tracks:
        refused.append(_names(d.tracks) + _tr(": a drive, not a roadbook"))
    if len(d.roadbooks) > 1:
        refused.append(_tr("one roadbook at a time: ") + _names(d.roadbooks[1:]))
    if d.roadbooks and w.maybe_save() and w.open_path(d.roadbooks[0]):
        done.append(_tr("Opened ") + Path(d.roadbooks[0]).name)
    if done or refused:
        say(w, done, refused)


def drop_on_review(w: ReviewWindow, d: Dropped) -> None:
    """A drop on the review window."""
    done: list[str] = []
    refused = list(d.refused)
    _maps(d, done, refused)
    if d.roadbooks:
        refused.append(
            _names(d.roadbooks) + _tr(": a roadbook; drop it on the main window to review on it")
        )
    if len(d.tracks) > 1 and w.add_track_paths(d.tracks):
        done.append(_tr("Reviewing ") + _names(d.tracks))
    elif d.tracks and w.add_track_paths(d.tracks):
        done.append(_tr("Added ") + _names(d.tracks))
    if done or refused:
        say(w, done, refused)

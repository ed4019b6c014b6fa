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


def _names(paths: tuple[str, ...]) -> str:
    return ", ".join(Path(p).name for p in paths)


def _one_at_a_time(d: Dropped) -> str:
    text = QCoreApplication.translate("FileDrops", "one roadbook at a time: {files}")
    return text.format(files=_names(d.roadbooks[1:]))


def _opened(d: Dropped) -> str:
    return QCoreApplication.translate("FileDrops", "Opened {file}").format(
        file=Path(d.roadbooks[0]).name
    )


def _maps(d: Dropped, done: list[str], refused: list[str]) -> None:
    added, bad = add_maps(d.maps)
    if added:
        done.append(QCoreApplication.translate("FileDrops", "Map: {map}").format(map=added[-1]))
    refused.extend(bad)


def drop_on_main(w: MainWindow, d: Dropped) -> None:
    """A drop on the main window."""
    done: list[str] = []
    refused = list(d.refused)
    _maps(d, done, refused)
    if len(d.roadbooks) > 1:
        refused.append(_one_at_a_time(d))
    opened = bool(d.roadbooks) and w.open_path(d.roadbooks[0])
    if opened:
        done.append(_opened(d))
    if d.tracks and w.roadbook() is None:
        first = QCoreApplication.translate(
            "FileDrops", "{files}: open a roadbook first, then drop its drives"
        )
        refused.append(first.format(files=_names(d.tracks)))
    elif len(d.tracks) == 1:
        if w.replay(d.tracks[0]):
            done.append(
                QCoreApplication.translate("FileDrops", "Replaying {file}").format(
                    file=Path(d.tracks[0]).name
                )
            )
    elif d.tracks:
        w.open_review(list(d.tracks))
        done.append(
            QCoreApplication.translate("FileDrops", "Reviewing {files}").format(
                files=_names(d.tracks)
            )
        )
    say(w, done, refused)


def drop_on_editor(w: EditorWindow, d: Dropped) -> None:
    """A drop on the roadbook editor."""
    done: list[str] = []
    refused = list(d.refused)
    _maps(d, done, refused)
    if d.tracks:
        refused.append(
            QCoreApplication.translate("FileDrops", "{files}: a drive, not a roadbook").format(
                files=_names(d.tracks)
            )
        )
    if len(d.roadbooks) > 1:
        refused.append(_one_at_a_time(d))
    if d.roadbooks and w.maybe_save() and w.open_path(d.roadbooks[0]):
        done.append(_opened(d))
    if done or refused:
        say(w, done, refused)


def drop_on_review(w: ReviewWindow, d: Dropped) -> None:
    """A drop on the review window."""
    done: list[str] = []
    refused = list(d.refused)
    _maps(d, done, refused)
    if d.roadbooks:
        on_main = QCoreApplication.translate(
            "FileDrops", "{files}: a roadbook; drop it on the main window to review on it"
        )
        refused.append(on_main.format(files=_names(d.roadbooks)))
    if len(d.tracks) > 1 and w.add_track_paths(d.tracks):
        done.append(
            QCoreApplication.translate("FileDrops", "Reviewing {files}").format(
                files=_names(d.tracks)
            )
        )
    elif d.tracks and w.add_track_paths(d.tracks):
        done.append(
            QCoreApplication.translate("FileDrops", "Added {files}").format(files=_names(d.tracks))
        )
    if done or refused:
        say(w, done, refused)

"""The editor's document: edits as undoable commands, unsaved state, saving and autosave."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from navapp.core import edit
from navapp.core.edit import EditError
from navapp.core.model import Box, Roadbook, Units, number_boxes
from navapp.gui.editor.document import EditorDocument
from navapp.io.registry import read_roadbook

pytestmark = pytest.mark.gui


def two_boxes() -> Roadbook:
    return Roadbook("", Units.METRIC, number_boxes([Box(0, 0.0), Box(0, 2.5)]))


@pytest.fixture
def doc(qtbot: QtBot, tmp_path: Path) -> EditorDocument:
    document = EditorDocument(tmp_path / "data")
    document.autosave_timer.stop()  # the tests write the autosave themselves
    return document


def test_an_edit_is_one_command_and_undo_puts_the_roadbook_back(doc: EditorDocument) -> None:
    shown: list[tuple[Roadbook, int]] = []
    doc.applied.connect(lambda rb, row: shown.append((rb, row)))
    doc.load(two_boxes(), "")
    assert not doc.is_modified() and shown[-1] == (two_boxes(), 0)
    assert doc.run("Delete box 2", lambda rb: (edit.delete_box(rb, 2), 0), 1)
    assert len(doc.roadbook().boxes) == 1 and doc.is_modified()
    assert doc.undo_stack.count() == 1 and shown[-1][1] == 0
    doc.undo_stack.undo()
    assert doc.roadbook() == two_boxes() and not doc.is_modified() and shown[-1][1] == 1
    # an edit that changes nothing pushes nothing; a refused one raises and pushes nothing
    assert not doc.run("Nothing", lambda rb: rb, 0)
    with pytest.raises(EditError):
        doc.run("Delete box 9", lambda rb: edit.delete_box(rb, 9), 0)
    assert doc.undo_stack.count() == 1


def test_load_unsaved_then_save_names_it_after_the_file(
    doc: EditorDocument, tmp_path: Path
) -> None:
    changes: list[None] = []
    doc.state_changed.connect(lambda: changes.append(None))
    doc.load(two_boxes(), "", modified=True)
    assert doc.is_modified() and doc.path() == "" and changes
    assert doc.autosave_now() and doc.autosave.path.is_file()
    path = str(tmp_path / "Stage 3.gpx")
    doc.save_as(path)
    assert not doc.is_modified() and doc.path() == path
    assert not doc.autosave.path.exists()  # a clean save drops the autosave
    assert read_roadbook(path).name == "Stage 3"
    assert not doc.autosave_now()  # nothing unsaved


def test_autosave_failure_is_reported_not_raised(doc: EditorDocument, tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be", "utf-8")
    reasons: list[str] = []
    doc.autosave_failed.connect(reasons.append)
    doc.load(two_boxes(), "", modified=True)
    assert not doc.autosave_now()
    assert len(reasons) == 1 and reasons[0]


def test_recovery_question_names_the_file(doc: EditorDocument, tmp_path: Path) -> None:
    assert doc.recovery_question() is None
    doc.load(two_boxes(), str(tmp_path / "dakar.gpx"), modified=True)
    assert doc.autosave_now()
    offer = doc.recovery_question()
    assert offer is not None and offer[0] == "dakar.gpx"
    assert offer[1].startswith("Unsaved changes to dakar.gpx were kept at ")

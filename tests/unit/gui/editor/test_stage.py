"""Stage properties: the name, units and description, edited, undone, saved and printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from navapp.core.model import Roadbook, Units
from navapp.gui.editor import EditorWindow
from navapp.io.registry import read_roadbook

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _pdf_title(path: Path) -> str:
    """The /Title of a PDF Qt wrote (a UTF-16 string, in hex or literal form)."""
    data = path.read_bytes()
    found = re.search(rb"/Title\s*<([0-9A-Fa-f]+)>", data)
    if found:
        return bytes.fromhex(found.group(1).decode()).decode("utf-16")
    found = re.search(rb"/Title\s*\((.*?)\)", data, re.S)
    assert found, "the PDF has no title"
    raw = found.group(1)
    return raw.decode("utf-16") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")


def test_stage_properties_are_one_undo_step_each(window: EditorWindow, demo: Roadbook) -> None:
    before = window.undo_stack.count()
    assert window.set_stage("Stage 3 Erfoud", Units.STATUTE, "Dunes after km 40")
    rb = window.roadbook()
    assert (rb.name, rb.units, rb.metadata.description) == (
        "Stage 3 Erfoud",
        Units.STATUTE,
        "Dunes after km 40",
    )
    assert rb.boxes == demo.boxes  # the same kilometres, only printed in miles
    assert window.undo_stack.count() == before + 1
    assert window.windowTitle().startswith("Stage 3 Erfoud[*]")
    assert window.isWindowModified()
    # The same values again change nothing and push nothing.
    assert not window.set_stage("Stage 3 Erfoud", Units.STATUTE, "Dunes after km 40")
    assert window.undo_stack.count() == before + 1
    window.undo_stack.undo()
    assert window.roadbook() == demo
    assert window.windowTitle().startswith(f"{demo.name}[*]")
    # A blank name is refused with a status line, and nothing is pushed.
    assert not window.set_stage("   ")
    assert window.undo_stack.count() == before + 1 and window.undo_stack.index() == before
    assert "needs a name" in window.statusBar().currentMessage()


def test_stage_properties_are_saved_read_back_and_printed(
    window: EditorWindow, tmp_path: Path
) -> None:
    window.set_stage("Etape 5 Tidjikja", Units.STATUTE, "Camel grass, then soft sand")
    out = tmp_path / "stage.gpx"
    assert window.save_as(out)
    back = read_roadbook(out)
    assert back.name == "Etape 5 Tidjikja"
    assert back.units is Units.STATUTE
    assert back.metadata.description == "Camel grass, then soft sand"
    # Miles in the file, the same kilometres read back (to the file's 3 decimals, in miles).
    for x, y in zip(back.boxes, window.roadbook().boxes, strict=True):
        assert abs(x.total_km - y.total_km) < 0.002
    pdf = tmp_path / "stage.pdf"
    assert window.export_pdf(pdf, "a5")
    assert _pdf_title(pdf) == "Etape 5 Tidjikja"


def test_new_roadbook_named_in_the_dialog_goes_into_the_pdf(
    window: EditorWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.new_roadbook()
    dialog = window.menus.stage_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.name_edit.text() == "Untitled roadbook"
    dialog.name_edit.setText("Prologue Riyadh")
    dialog.units_combo.setCurrentIndex(1)
    dialog.description_edit.setPlainText("Short and fast")
    dialog.buttons.accepted.emit()
    rb = window.roadbook()
    assert (rb.name, rb.units, rb.metadata.description) == (
        "Prologue Riyadh",
        Units.STATUTE,
        "Short and fast",
    )
    assert window.undo_stack.count() == 1
    pdf = tmp_path / "prologue.pdf"
    assert window.export_pdf(pdf, "roll")
    assert _pdf_title(pdf) == "Prologue Riyadh"


def test_dialog_keeps_a_blank_name_to_be_typed(window: EditorWindow, qtbot: QtBot) -> None:
    before = window.roadbook()
    dialog = window.menus.stage_dialog()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("  ")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog) and "needs a name" in dialog.error_label.text()
    assert window.roadbook() == before
    dialog.reject()


def test_stage_dialog_screenshot_at_1024x600(
    window: EditorWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    window.resize(1024, 600)
    window.set_stage(description="Dunes after km 40; camel grass in the oued at km 62.")
    dialog = window.menus.stage_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 600
    window.grab().save(str(screenshot_dir / "editor_stage_window_1024x600.png"))
    dialog.grab().save(str(screenshot_dir / "editor_stage_dialog.png"))
    dialog.reject()

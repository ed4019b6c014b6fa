"""The CAP widget shows CAP and course from the north the crew chose, labelled °T or °M."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from navapp.gui.drive import CapWidget
from tests.unit.gui.drive.states import dunes_state
from tests.unit.gui.drive.test_view import layout_fits, make_view

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$"),
]


def test_true_north_by_default(qtbot: QtBot) -> None:
    w = CapWidget()
    qtbot.addWidget(w)
    state = dunes_state()
    w.set_state(state)
    assert state.cap is not None and state.course_deg is not None
    assert w.north() == "T"
    assert [c.text() for c in w.captions[:2]] == ["COURSE °T", "CAP °T"]
    assert w.cap_label.text() == f"C.{state.cap}"
    assert w.course_label.text() == f"C.{round(state.course_deg)}"


def test_magnetic_shows_m_and_the_converted_values(qtbot: QtBot) -> None:
    w = CapWidget()
    qtbot.addWidget(w)
    true_state = dunes_state()
    assert true_state.cap is not None and true_state.course_deg is not None
    state = replace(true_state, declination_deg=2.4)  # 2.4° east
    w.set_state(state)
    assert w.north() == "M"
    assert [c.text() for c in w.captions[:2]] == ["COURSE °M", "CAP °M"]
    assert w.cap_label.text() == f"C.{round(true_state.cap - 2.4) % 360}"
    assert w.course_label.text() == f"C.{round(true_state.course_deg - 2.4) % 360}"
    # the turn is the same from either north
    assert w.difference() == true_state.cap_diff_deg
    w.set_state(true_state)
    assert w.captions[1].text() == "CAP °T" and w.cap_label.text() == f"C.{true_state.cap}"


def test_magnetic_wraps_through_north(qtbot: QtBot) -> None:
    w = CapWidget()
    qtbot.addWidget(w)
    state = replace(dunes_state(), cap=3, course_deg=1.0, cap_diff_deg=2.0, declination_deg=5.0)
    w.set_state(state)
    assert w.cap_label.text() == "C.358"
    assert w.course_label.text() == "C.356"
    assert w.diff_label.text() == "+2°"


def test_screenshot_drive_view_magnetic(qtbot: QtBot, screenshot_dir: Path) -> None:
    view = make_view(qtbot, QSize(1024, 600))
    view.set_state(replace(dunes_state(), declination_deg=-1.6), animate=False)
    QApplication.processEvents()
    layout_fits(view)
    assert view.cap.captions[1].text() == "CAP °M"
    image = view.grab()
    assert image.size() == QSize(1024, 600)
    image.save(str(screenshot_dir / "drive_magnetic_1024x600.png"))
    view.cap.grab().save(str(screenshot_dir / "drive_cap_magnetic_1024x600.png"))

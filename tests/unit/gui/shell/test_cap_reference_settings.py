"""The true or magnetic CAP setting: stored, read back, shown and edited in the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from navapp.core.declination import CapReference, NorthReference
from navapp.gui.shell.settings import (
    CAP_DECLINATION_KEY,
    CAP_NORTH_KEY,
    load_cap_reference,
    save_cap_reference,
)
from navapp.gui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)


def again(settings: QSettings) -> QSettings:
    settings.sync()
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


def test_true_north_when_nothing_is_saved(settings: QSettings) -> None:
    assert load_cap_reference(settings) == CapReference(NorthReference.TRUE, 0.0)


@pytest.mark.parametrize(
    "reference",
    [
        CapReference(NorthReference.TRUE, 0.0),
        CapReference(NorthReference.MAGNETIC_WMM, 0.0),
        CapReference(NorthReference.MAGNETIC_FIXED, -3.5),
        CapReference(NorthReference.MAGNETIC_FIXED, 12.0),
    ],
)
def test_round_trip(settings: QSettings, reference: CapReference) -> None:
    save_cap_reference(settings, reference)
    assert load_cap_reference(again(settings)) == reference


@pytest.mark.parametrize(
    ("north", "decl", "expected"),
    [
        ("sideways", "2.0", CapReference(NorthReference.TRUE, 2.0)),
        ("magnetic_fixed", "lots", CapReference(NorthReference.TRUE, 0.0)),
        ("magnetic_fixed", "95", CapReference(NorthReference.TRUE, 0.0)),
        ("magnetic_fixed", "nan", CapReference(NorthReference.TRUE, 0.0)),
        ("magnetic_wmm", "junk", CapReference(NorthReference.MAGNETIC_WMM, 0.0)),
    ],
)
def test_unreadable_values_fall_back_to_true_north(
    settings: QSettings, north: str, decl: str, expected: CapReference
) -> None:
    settings.setValue(CAP_NORTH_KEY, north)
    settings.setValue(CAP_DECLINATION_KEY, decl)
    assert load_cap_reference(again(settings)) == expected


def test_dialog_shows_and_saves_the_choice(qtbot: QtBot, settings: QSettings) -> None:
    save_cap_reference(settings, CapReference(NorthReference.MAGNETIC_FIXED, -4.5))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    box = dialog.trip_page.cap_reference
    assert box.fixed.isChecked() and box.declination.value() == -4.5
    assert box.declination.isEnabled()
    box.wmm.setChecked(True)
    assert not box.declination.isEnabled()
    dialog.save()
    assert load_cap_reference(again(settings)) == CapReference(NorthReference.MAGNETIC_WMM, -4.5)
    box.true_north.setChecked(True)
    dialog.save()
    assert load_cap_reference(again(settings)).north is NorthReference.TRUE

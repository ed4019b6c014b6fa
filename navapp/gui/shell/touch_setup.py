"""The drive view's touch controls as the settings want them, their actions carried out by the
main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

from navapp.core.remote import Action
from navapp.gui.drive.view import DriveView
from navapp.gui.shell.settings import load_timing, load_touch_controls


def apply_touch_settings(view: DriveView, settings: QSettings) -> None:
    """Show or hide the touch controls and give Trip − / + the remote's hold and repeat."""
    view.set_touch_controls(load_touch_controls(settings))
    view.touch.set_timing(*load_timing(settings))


def connect_touch(view: DriveView, trigger: Callable[[Action], None], settings: QSettings) -> None:
    """Carry out with ``trigger`` what is asked on ``view``'s screen, set up from ``settings``."""
    view.action_requested.connect(trigger)
    apply_touch_settings(view, settings)

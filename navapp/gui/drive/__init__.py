"""The drive view: thin widgets that render :class:`~navapp.core.navstate.NavState` values."""

from navapp.gui.drive.banner import ZoneBanner
from navapp.gui.drive.box_row import BoxRow
from navapp.gui.drive.boxes import BoxStrip
from navapp.gui.drive.cap import ArrowWidget, CapWidget
from navapp.gui.drive.odometer import OdometerWidget
from navapp.gui.drive.status import StatusStrip
from navapp.gui.drive.view import DriveOptions, DriveView
from navapp.gui.drive.waypoint import WaypointPanel

__all__ = [
    "ArrowWidget",
    "BoxRow",
    "BoxStrip",
    "CapWidget",
    "DriveOptions",
    "DriveView",
    "OdometerWidget",
    "StatusStrip",
    "WaypointPanel",
    "ZoneBanner",
]

"""The review view: post-stage analysis of crews' tracks against a roadbook."""

from navapp.gui.review.events import EventTable, EventTableModel, ReviewEvent, review_events
from navapp.gui.review.map_canvas import MapCanvas
from navapp.gui.review.map_geometry import MapModel, TrackGeometry
from navapp.gui.review.profile import ProfileWidget
from navapp.gui.review.window import ReviewWindow

__all__ = [
    "EventTable",
    "EventTableModel",
    "MapCanvas",
    "MapModel",
    "ProfileWidget",
    "ReviewEvent",
    "ReviewWindow",
    "TrackGeometry",
    "review_events",
]

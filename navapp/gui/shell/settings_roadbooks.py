"""What navapp keeps of the recent roadbooks: the list, their waypoint lists, their PDF readings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

__all__ = [
    "MAX_RECENT",
    "RECENT_KEY",
    "REVERSE_PDFS_KEY",
    "WAYPOINT_LISTS_KEY",
    "load_last_page",
    "load_recent",
    "load_reverse",
    "load_waypoint_list",
    "remember_recent",
    "remember_reverse",
    "remember_waypoint_list",
]


def _string_list(value: object) -> list[str]:
    # The ini format gives a one-element list back as a plain string and an empty one as None.
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


# -- recent roadbooks ------------------------------------------------------------------------

RECENT_KEY = "recent_files"
MAX_RECENT = 8


def load_recent(settings: QSettings) -> list[str]:
    """Recently opened roadbooks, newest first."""
    value = settings.value(RECENT_KEY, [])
    return _string_list(value or [])[:MAX_RECENT]


def remember_recent(settings: QSettings, path: str) -> None:
    """Put ``path`` (made absolute) first in the recent roadbooks."""
    path = str(Path(path).resolve())
    recent = [p for p in load_recent(settings) if p != path]
    recent.insert(0, path)
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])


# The waypoint list each recent roadbook was last shown with: roadbook, list, roadbook, ...
WAYPOINT_LISTS_KEY = "waypoint_lists"


def _waypoint_lists(settings: QSettings) -> dict[str, str]:
    flat = _string_list(settings.value(WAYPOINT_LISTS_KEY, []))
    return dict(zip(flat[0::2], flat[1::2], strict=False))


def load_waypoint_list(settings: QSettings, roadbook_path: str) -> str | None:
    """The waypoint list ``roadbook_path`` was last shown with, if any."""
    return _waypoint_lists(settings).get(str(Path(roadbook_path).resolve()))


def remember_waypoint_list(settings: QSettings, roadbook_path: str, list_path: str | None) -> None:
    """Remember (or, with None, forget) the waypoint list ``roadbook_path`` is shown with;
    only the recent roadbooks' lists are kept."""
    lists = _waypoint_lists(settings)
    key = str(Path(roadbook_path).resolve())
    lists.pop(key, None)
    if list_path is not None:
        lists[key] = str(Path(list_path).resolve())
    recent = set(load_recent(settings)) | {key}
    flat = [p for rb, wl in lists.items() if rb in recent for p in (rb, wl)]
    if flat:
        settings.setValue(WAYPOINT_LISTS_KEY, flat)
    else:
        settings.remove(WAYPOINT_LISTS_KEY)


# How the crew chose to read each recent PDF roadbook: roadbook, "reverse" or "forward", ...;
# a reverse one said to be read page by page or from its last page says so. A PDF not listed
# is read as its totals say.
REVERSE_PDFS_KEY = "pdf_reading"
_Reading = tuple[bool, bool | None]  # reverse, from the last page (None: as its totals say)
_READINGS: dict[str, _Reading] = {
    "reverse": (True, None),
    "forward": (False, None),
    "reverse-by-page": (True, False),
    "last-page": (True, True),
}
_WORDS = {reading: word for word, reading in _READINGS.items()}


def _readings(settings: QSettings) -> dict[str, _Reading]:
    flat = _string_list(settings.value(REVERSE_PDFS_KEY, []))
    pairs = zip(flat[0::2], flat[1::2], strict=False)
    return {path: _READINGS[word] for path, word in pairs if word in _READINGS}


def load_reverse(settings: QSettings, roadbook_path: str) -> bool | None:
    """Whether the crew chose to read the PDF ``roadbook_path`` bottom to top (True), top to
    bottom (False), or never chose (None: as its totals say)."""
    reading = _readings(settings).get(str(Path(roadbook_path).resolve()))
    return reading[0] if reading is not None else None


def load_last_page(settings: QSettings, roadbook_path: str) -> bool | None:
    """Whether the crew chose to read the reverse PDF ``roadbook_path`` from its last page
    (True), page by page (False), or never chose (None: as its totals say)."""
    reading = _readings(settings).get(str(Path(roadbook_path).resolve()))
    return reading[1] if reading is not None else None


def remember_reverse(
    settings: QSettings, roadbook_path: str, reverse: bool, from_last_page: bool | None = None
) -> None:
    """Remember which way the crew reads the PDF ``roadbook_path`` (and, reverse, whether from
    its last page); only the recent roadbooks' choices are kept."""
    readings = _readings(settings)
    key = str(Path(roadbook_path).resolve())
    readings[key] = (reverse, from_last_page if reverse else None)
    recent = set(load_recent(settings)) | {key}
    flat = [p for rb, on in readings.items() if rb in recent for p in (rb, _WORDS[on])]
    settings.setValue(REVERSE_PDFS_KEY, flat)

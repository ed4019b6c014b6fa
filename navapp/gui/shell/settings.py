"""Every setting navapp keeps between runs, with its QSettings key, type and default.

This is the one place that reads and writes QSettings: the trip meter options
(:class:`TripSettings`), the cue sounds (:class:`SoundSettings`), the remote's key map and
timing, the GPS source chosen (:class:`SourceConfig`), the maps (:class:`MapSettings`) and the
recent roadbooks. Stored values are untrusted (an ini file edited by hand, an older version):
a missing, unreadable or out-of-range value gets its default.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from navapp.core.cues import Cue, CueOptions
from navapp.core.declination import FIXED_RANGE_DEG, CapReference, NorthReference
from navapp.core.remote import DEFAULT_HOLD_MS, DEFAULT_KEYMAP, DEFAULT_REPEAT_MS, KeyMap
from navapp.gui.common.dimmer import clamp_level
from navapp.gui.shell.settings_gps import KINDS, SourceConfig
from navapp.gui.shell.settings_roadbooks import (
    MAX_RECENT,
    RECENT_KEY,
    REVERSE_PDFS_KEY,
    WAYPOINT_LISTS_KEY,
    _string_list,
    load_last_page,
    load_recent,
    load_reverse,
    load_waypoint_list,
    remember_recent,
    remember_reverse,
    remember_waypoint_list,
)
from navapp.maps.catalog import MapSpec, specs_from_dicts

__all__ = [
    "CALIBRATION_RANGE_PCT",
    "CAP_DECLINATION_KEY",
    "CAP_NORTH_KEY",
    "DIMMER_KEY",
    "EDITOR_MAP_SHARE_KEY",
    "EDITOR_VIEW_KEY",
    "HOLD_MS_KEY",
    "HOLD_RANGE_MS",
    "KEYMAP_KEY",
    "KINDS",
    "MAPS_ADDED_KEY",
    "MAPS_CACHE_MB_KEY",
    "MAPS_CACHE_RANGE_MB",
    "MAPS_CHOSEN_KEY",
    "MAPS_OFFLINE_KEY",
    "MAPS_OPACITY_KEY",
    "MAX_RECENT",
    "RECENT_KEY",
    "REPEAT_MS_KEY",
    "REPEAT_RANGE_MS",
    "REVERSE_PDFS_KEY",
    "SOUND_MUTED_KEY",
    "SOUND_SPEAK_KEY",
    "STEPS_KM",
    "THEME_KEY",
    "TOUCH_CONTROLS_KEY",
    "TRIP_CALIBRATION_KEY",
    "TRIP_COUNTDOWN_KEY",
    "TRIP_DECIMALS_KEY",
    "TRIP_MILES_KEY",
    "TRIP_RESET_ON_VALIDATION_KEY",
    "TRIP_STEP_KEY",
    "WAYPOINT_LISTS_KEY",
    "ZONE_TOLERANCE_KEY",
    "ZONE_TOLERANCE_RANGE_KMH",
    "MapSettings",
    "SoundSettings",
    "SourceConfig",
    "TripSettings",
    "load_cap_reference",
    "load_dimmer",
    "load_editor_map_share",
    "load_editor_view",
    "load_keymap",
    "load_last_page",
    "load_recent",
    "load_reverse",
    "load_theme",
    "load_timing",
    "load_touch_controls",
    "load_waypoint_list",
    "remember_recent",
    "remember_reverse",
    "remember_waypoint_list",
    "save_cap_reference",
    "save_dimmer",
    "save_editor_map_share",
    "save_editor_view",
    "save_keymap",
    "save_theme",
    "save_timing",
    "save_touch_controls",
]

# -- reading stored values -------------------------------------------------------------------


def _float(value: object, default: float) -> float:
    try:
        return float(str(value))
    except ValueError:
        return default


def _bool(value: object, default: bool) -> bool:
    # Ini files give "true"/"false" strings back; native backends give bools.
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default


def _int_in(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(str(settings.value(key, default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


# -- trip meter ------------------------------------------------------------------------------

TRIP_STEP_KEY = "trip/step_km"
TRIP_CALIBRATION_KEY = "trip/calibration_pct"
TRIP_DECIMALS_KEY = "trip/decimals"
TRIP_MILES_KEY = "trip/miles"
TRIP_COUNTDOWN_KEY = "trip/countdown"
TRIP_RESET_ON_VALIDATION_KEY = "trip/reset_on_validation"
ZONE_TOLERANCE_KEY = "trip/zone_tolerance_kmh"

STEPS_KM = (0.01, 0.1)
CALIBRATION_RANGE_PCT = (-20.0, 20.0)
ZONE_TOLERANCE_RANGE_KMH = (0, 30)


@dataclass(frozen=True)
class TripSettings:
    """Trip meter and speed zone options, as the main window and the drive view use them."""

    step_km: float = 0.01
    calibration_pct: float = 0.0
    decimals: int = 2
    miles: bool = False
    countdown: bool = False
    reset_on_validation: bool = True
    zone_tolerance_kmh: float = 0.0

    @classmethod
    def load(cls, settings: QSettings) -> TripSettings:
        """The values saved in ``settings``; a missing or out-of-range value gets its default."""
        d = cls()
        step = _float(settings.value(TRIP_STEP_KEY, d.step_km), d.step_km)
        step = next((s for s in STEPS_KM if abs(s - step) < 1e-9), d.step_km)
        cal = _float(settings.value(TRIP_CALIBRATION_KEY, d.calibration_pct), d.calibration_pct)
        low, high = CALIBRATION_RANGE_PCT
        cal = round(cal, 2) if low <= cal <= high else d.calibration_pct
        decimals = int(_float(settings.value(TRIP_DECIMALS_KEY, d.decimals), d.decimals))
        tol = _float(settings.value(ZONE_TOLERANCE_KEY, d.zone_tolerance_kmh), -1.0)
        tlow, thigh = ZONE_TOLERANCE_RANGE_KMH
        return cls(
            step_km=step,
            calibration_pct=cal,
            decimals=decimals if decimals in (1, 2) else d.decimals,
            miles=_bool(settings.value(TRIP_MILES_KEY, d.miles), d.miles),
            countdown=_bool(settings.value(TRIP_COUNTDOWN_KEY, d.countdown), d.countdown),
            reset_on_validation=_bool(
                settings.value(TRIP_RESET_ON_VALIDATION_KEY, d.reset_on_validation),
                d.reset_on_validation,
            ),
            zone_tolerance_kmh=tol if tlow <= tol <= thigh else d.zone_tolerance_kmh,
        )

    def save(self, settings: QSettings) -> None:
        """Write every value to ``settings``."""
        settings.setValue(TRIP_STEP_KEY, self.step_km)
        settings.setValue(TRIP_CALIBRATION_KEY, self.calibration_pct)
        settings.setValue(TRIP_DECIMALS_KEY, self.decimals)
        settings.setValue(TRIP_MILES_KEY, self.miles)
        settings.setValue(TRIP_COUNTDOWN_KEY, self.countdown)
        settings.setValue(TRIP_RESET_ON_VALIDATION_KEY, self.reset_on_validation)
        settings.setValue(ZONE_TOLERANCE_KEY, self.zone_tolerance_kmh)


# -- sound -----------------------------------------------------------------------------------

SOUND_MUTED_KEY = "sound/muted"
SOUND_SPEAK_KEY = "sound/speak_boxes"
SOUND_BOX_NEAR_KEY = "sound/box_near_m"
SOUND_OFF_ROUTE_KEY = "sound/off_route_m"
SOUND_OVERSPEED_REPEAT_KEY = "sound/overspeed_repeat_s"
SOUND_DANGER_LEVEL_KEY = "sound/danger_level"
#: The ranges the settings dialog offers, also used to reject odd saved values.
VOLUME_RANGE = (0, 100)
BOX_NEAR_RANGE_M = (50, 2000)
OFF_ROUTE_RANGE_M = (20, 2000)
OVERSPEED_REPEAT_RANGE_S = (1, 30)
DANGER_LEVELS = (1, 2, 3)
DEFAULT_VOLUME = 80


def sound_key(cue: Cue, what: str) -> str:
    """The key of one cue's own setting: ``sound/<cue>/volume`` or ``sound/<cue>/muted``."""
    return f"sound/{cue.value}/{what}"


def _default_volumes() -> dict[Cue, int]:
    return dict.fromkeys(Cue, DEFAULT_VOLUME)


@dataclass(frozen=True)
class SoundSettings:
    """What the co-driver hears: a master mute, each cue's volume (0–100) and mute, spoken box
    calls, and the distances and repeat time the cue planner works with."""

    muted: bool = False
    speak_boxes: bool = False
    volumes: dict[Cue, int] = field(default_factory=_default_volumes)
    muted_cues: frozenset[Cue] = frozenset()
    box_near_m: int = 300
    off_route_m: int = 150
    overspeed_repeat_s: int = 3
    danger_level: int = 3

    def cue_options(self) -> CueOptions:
        """What the cue planner needs of these settings."""
        return CueOptions(
            box_near_m=float(self.box_near_m),
            off_route_m=float(self.off_route_m),
            overspeed_repeat_s=float(self.overspeed_repeat_s),
            danger_level=self.danger_level,
            speak_boxes=self.speak_boxes,
        )

    def volume(self, cue: Cue) -> int:
        """``cue``'s volume, 0–100."""
        return self.volumes.get(cue, DEFAULT_VOLUME)

    def audible(self, cue: Cue) -> bool:
        """Whether ``cue`` sounds at all: not muted, by itself or by the master mute, and not at
        volume 0."""
        return not self.muted and cue not in self.muted_cues and self.volume(cue) > 0

    @classmethod
    def load(cls, settings: QSettings) -> SoundSettings:
        """The values saved in ``settings``; a missing or out-of-range value gets its default."""
        d = cls()
        volumes = {
            cue: _int_in(settings, sound_key(cue, "volume"), DEFAULT_VOLUME, *VOLUME_RANGE)
            for cue in Cue
        }
        muted_cues = frozenset(
            cue for cue in Cue if _bool(settings.value(sound_key(cue, "muted"), False), False)
        )
        level = _int_in(settings, SOUND_DANGER_LEVEL_KEY, d.danger_level, 1, 3)
        return cls(
            muted=_bool(settings.value(SOUND_MUTED_KEY, d.muted), d.muted),
            speak_boxes=_bool(settings.value(SOUND_SPEAK_KEY, d.speak_boxes), d.speak_boxes),
            volumes=volumes,
            muted_cues=muted_cues,
            box_near_m=_int_in(settings, SOUND_BOX_NEAR_KEY, d.box_near_m, *BOX_NEAR_RANGE_M),
            off_route_m=_int_in(settings, SOUND_OFF_ROUTE_KEY, d.off_route_m, *OFF_ROUTE_RANGE_M),
            overspeed_repeat_s=_int_in(
                settings,
                SOUND_OVERSPEED_REPEAT_KEY,
                d.overspeed_repeat_s,
                *OVERSPEED_REPEAT_RANGE_S,
            ),
            danger_level=level,
        )

    def save(self, settings: QSettings) -> None:
        """Write every value to ``settings``."""
        settings.setValue(SOUND_MUTED_KEY, self.muted)
        settings.setValue(SOUND_SPEAK_KEY, self.speak_boxes)
        for cue in Cue:
            settings.setValue(sound_key(cue, "volume"), self.volume(cue))
            settings.setValue(sound_key(cue, "muted"), cue in self.muted_cues)
        settings.setValue(SOUND_BOX_NEAR_KEY, self.box_near_m)
        settings.setValue(SOUND_OFF_ROUTE_KEY, self.off_route_m)
        settings.setValue(SOUND_OVERSPEED_REPEAT_KEY, self.overspeed_repeat_s)
        settings.setValue(SOUND_DANGER_LEVEL_KEY, self.danger_level)


# -- true or magnetic CAP ---------------------------------------------------------------------

CAP_NORTH_KEY = "cap/north"
CAP_DECLINATION_KEY = "cap/declination_deg"


def load_cap_reference(settings: QSettings) -> CapReference:
    """Which north CAP and course are shown from; true north when missing or unreadable."""
    d = CapReference()
    try:
        north = NorthReference(str(settings.value(CAP_NORTH_KEY, d.north.value)))
    except ValueError:
        north = d.north
    fixed = _float(settings.value(CAP_DECLINATION_KEY, d.fixed_deg), math.nan)
    low, high = FIXED_RANGE_DEG
    if not low <= fixed <= high:
        fixed = d.fixed_deg
        if north is NorthReference.MAGNETIC_FIXED:
            north = d.north  # a typed declination that cannot be read is not guessed
    return CapReference(north, round(fixed, 1))


def save_cap_reference(settings: QSettings, reference: CapReference) -> None:
    """Store ``reference``."""
    settings.setValue(CAP_NORTH_KEY, reference.north.value)
    settings.setValue(CAP_DECLINATION_KEY, reference.fixed_deg)


# -- remote and keys -------------------------------------------------------------------------

KEYMAP_KEY = "remote/keymap"
HOLD_MS_KEY = "remote/hold_ms"
REPEAT_MS_KEY = "remote/repeat_ms"
#: The ranges the settings dialog offers, also used to reject odd saved values.
HOLD_RANGE_MS = (200, 2000)
REPEAT_RANGE_MS = (50, 1000)


def load_keymap(settings: QSettings) -> tuple[KeyMap, list[str]]:
    """The key map saved in ``settings`` (the defaults if none) and warnings about bad entries."""
    if not settings.contains(KEYMAP_KEY):
        return DEFAULT_KEYMAP, []
    return KeyMap.from_strings(_string_list(settings.value(KEYMAP_KEY)))


def save_keymap(settings: QSettings, keymap: KeyMap) -> None:
    """Save ``keymap`` in ``settings`` under :data:`KEYMAP_KEY`."""
    settings.setValue(KEYMAP_KEY, keymap.to_strings())


def load_timing(settings: QSettings) -> tuple[int, int]:
    """The hold time and repeat interval saved in ``settings`` (ms), defaults if absent or bad."""
    return (
        _int_in(settings, HOLD_MS_KEY, DEFAULT_HOLD_MS, *HOLD_RANGE_MS),
        _int_in(settings, REPEAT_MS_KEY, DEFAULT_REPEAT_MS, *REPEAT_RANGE_MS),
    )


def save_timing(settings: QSettings, hold_ms: int, repeat_ms: int) -> None:
    """Save the hold time and the repeat interval (ms)."""
    settings.setValue(HOLD_MS_KEY, hold_ms)
    settings.setValue(REPEAT_MS_KEY, repeat_ms)


# -- night mode and dimmer ------------------------------------------------------------------

THEME_KEY = "view/theme"
DIMMER_KEY = "view/dimmer_pct"


def load_theme(settings: QSettings) -> str:
    """ "day" or "night", as last chosen; day when missing or unreadable."""
    name = str(settings.value(THEME_KEY, "day"))
    return name if name in ("day", "night") else "day"


def save_theme(settings: QSettings, name: str) -> None:
    """Remember the theme called ``name``."""
    settings.setValue(THEME_KEY, name)


def load_dimmer(settings: QSettings) -> int:
    """The night dimmer level in percent (0 when missing; clamped to what the dimmer takes)."""
    return clamp_level(_float(settings.value(DIMMER_KEY, 0), 0.0))


def save_dimmer(settings: QSettings, pct: int) -> None:
    """Remember the night dimmer level (percent)."""
    settings.setValue(DIMMER_KEY, pct)


# -- touch screen ----------------------------------------------------------------------------

TOUCH_CONTROLS_KEY = "touch/controls"


def load_touch_controls(settings: QSettings) -> bool:
    """Whether the drive view shows its touch controls (yes unless set up for keys only)."""
    return _bool(settings.value(TOUCH_CONTROLS_KEY, True), True)


def save_touch_controls(settings: QSettings, shown: bool) -> None:
    """Save whether the drive view shows its touch controls."""
    settings.setValue(TOUCH_CONTROLS_KEY, shown)


# -- the editor's map -------------------------------------------------------------------------

EDITOR_VIEW_KEY = "editor/map_view"


def load_editor_view(settings: QSettings) -> tuple[float, float, float] | None:
    """Where the editor's map looked last (latitude, longitude, metres per pixel); None when
    not kept or not a place."""
    value = settings.value(EDITOR_VIEW_KEY, None)
    if not isinstance(value, (list, tuple)) or len(value) != 3:
        return None
    lat, lon, mpp = (_float(v, math.nan) for v in value)
    if not (abs(lat) <= 90.0 and abs(lon) <= 180.0 and 0.01 <= mpp <= 100_000.0):
        return None  # NaN fails these too
    return lat, lon, mpp


def save_editor_view(settings: QSettings, lat: float, lon: float, mpp: float) -> None:
    """Keep where the editor's map looks, for the next empty map."""
    settings.setValue(EDITOR_VIEW_KEY, [f"{lat:.7f}", f"{lon:.7f}", f"{mpp:.4g}"])


EDITOR_MAP_SHARE_KEY = "editor/map_share"
#: The least and most of the table-and-map column the editor's map may take.
MAP_SHARE_RANGE = (0.1, 0.9)


def load_editor_map_share(settings: QSettings, arrangement: str) -> float | None:
    """The part of the table-and-map column the designer gave the editor's map last, with the
    table ``"above"`` or ``"beside"`` it; None when not kept or not a fraction in range."""
    share = _float(settings.value(f"{EDITOR_MAP_SHARE_KEY}/{arrangement}", math.nan), math.nan)
    lo, hi = MAP_SHARE_RANGE
    return share if lo <= share <= hi else None  # NaN fails this too


def save_editor_map_share(settings: QSettings, arrangement: str, share: float) -> None:
    """Keep the part of the table-and-map column the designer gave the map."""
    lo, hi = MAP_SHARE_RANGE
    settings.setValue(f"{EDITOR_MAP_SHARE_KEY}/{arrangement}", f"{min(hi, max(lo, share)):.3f}")


# -- maps ------------------------------------------------------------------------------------

MAPS_ADDED_KEY = "maps/added"  # the maps the user added, as JSON (a list of MapSpec dicts)
MAPS_CHOSEN_KEY = "maps/chosen"  # the chosen map's key ("" for no map)
MAPS_OFFLINE_KEY = "maps/offline"
MAPS_CACHE_MB_KEY = "maps/cache_mb"
MAPS_OPACITY_KEY = "maps/opacity_pct"
MAPS_CACHE_RANGE_MB = (10, 20_000)
_MAX_MAPS_JSON = 200_000


@dataclass(frozen=True)
class MapSettings:
    """The maps the user added, the one chosen (by its key; "" for none), the offline switch,
    the tile cache's size limit and the map's opacity (percent)."""

    added: tuple[MapSpec, ...] = ()
    chosen: str = ""
    offline: bool = False
    cache_mb: int = 500
    opacity_pct: int = 80

    @classmethod
    def load(cls, settings: QSettings) -> tuple[MapSettings, list[str]]:
        """The stored maps, and why each unreadable entry was dropped."""
        d = cls()
        reasons: list[str] = []
        raw = settings.value(MAPS_ADDED_KEY, "")
        items: object = []
        if raw:
            try:
                if len(str(raw)) > _MAX_MAPS_JSON:
                    raise ValueError("too long")
                items = json.loads(str(raw))
            except ValueError:
                reasons.append("the list of added maps could not be read")
        if not isinstance(items, list):
            reasons.append("the list of added maps is not a list")
            items = []
        added, dropped = specs_from_dicts(items)
        reasons.extend(dropped)
        low, high = MAPS_CACHE_RANGE_MB
        chosen = settings.value(MAPS_CHOSEN_KEY, "")
        return cls(
            added=tuple(added),
            chosen=chosen if isinstance(chosen, str) and chosen.isprintable() else "",
            offline=_bool(settings.value(MAPS_OFFLINE_KEY, d.offline), d.offline),
            cache_mb=_int_in(settings, MAPS_CACHE_MB_KEY, d.cache_mb, low, high),
            opacity_pct=_int_in(settings, MAPS_OPACITY_KEY, d.opacity_pct, 0, 100),
        ), reasons

    def save(self, settings: QSettings) -> None:
        """Write every value to ``settings``."""
        settings.setValue(MAPS_ADDED_KEY, json.dumps([s.to_dict() for s in self.added]))
        settings.setValue(MAPS_CHOSEN_KEY, self.chosen)
        settings.setValue(MAPS_OFFLINE_KEY, self.offline)
        settings.setValue(MAPS_CACHE_MB_KEY, self.cache_mb)
        settings.setValue(MAPS_OPACITY_KEY, self.opacity_pct)

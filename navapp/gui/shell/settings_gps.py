"""The GPS source the user chose, as kept in QSettings."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from navapp.gps.gpsd import DEFAULT_HOST, DEFAULT_PORT
from navapp.gps.replay import MAX_SPEED, MIN_SPEED

__all__ = ["KINDS", "SourceConfig"]


KINDS = ("replay", "serial", "gpsd", "system")


@dataclass
class SourceConfig:
    """The GPS source chosen by the user, as stored in QSettings (group ``gps``).

    ``kind`` is one of :data:`KINDS`; ``path`` and ``speed`` are for replay, ``port`` and
    ``baud`` for serial, ``host`` and ``tcp_port`` for gpsd.
    """

    kind: str = "replay"
    path: str = ""
    speed: float = 1.0
    port: str = ""
    baud: int = 4800
    host: str = DEFAULT_HOST
    tcp_port: int = DEFAULT_PORT

    GROUP = "gps"

    @classmethod
    def load(cls, settings: QSettings) -> SourceConfig:
        """The stored choice; missing or unreadable values take their defaults."""
        default = cls()
        values: dict[str, object] = {}
        settings.beginGroup(cls.GROUP)
        try:
            for f in fields(cls):
                fallback = getattr(default, f.name)
                raw = settings.value(f.name, fallback)
                try:
                    # Ini files give back every value as a string.
                    value = type(fallback)(raw)
                except (TypeError, ValueError):
                    value = fallback
                if isinstance(value, float) and not math.isfinite(value):
                    value = fallback
                values[f.name] = value
        finally:
            settings.endGroup()
        config = cls(**values)  # type: ignore[arg-type]
        if config.kind not in KINDS:
            config.kind = default.kind
        config.speed = min(MAX_SPEED, max(MIN_SPEED, config.speed))
        if config.baud <= 0:
            config.baud = default.baud
        if not 0 < config.tcp_port < 65536:
            config.tcp_port = default.tcp_port
        return config

    def save(self, settings: QSettings) -> None:
        """Store this choice."""
        settings.beginGroup(self.GROUP)
        try:
            for f in fields(self):
                settings.setValue(f.name, getattr(self, f.name))
        finally:
            settings.endGroup()

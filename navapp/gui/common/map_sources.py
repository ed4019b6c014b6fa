"""The app-wide choice of map, and the bar over each map view that changes it.

:class:`MapSources` holds what the settings keep about maps (the known tile servers, the ones
and the map files the user added, the map chosen, the offline switch, the tile cache's folder
and size limit, the opacity) and says when any of it changes. Every map view (review, editor,
car) has a :class:`MapSourceBar` that follows it: choosing a map in one window shows it in
all of them, each with its own opened source.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.gui.common.file_filters import map_filter
from navapp.gui.common.map_layer import TileLayer
from navapp.gui.common.map_view import MetricMapView
from navapp.gui.common.night import _held, app_held
from navapp.gui.shell.settings import MAPS_CACHE_RANGE_MB, MapSettings
from navapp.maps.cache import CacheError
from navapp.maps.catalog import MapSpec, cache_for, file_spec, known_specs, open_spec
from navapp.maps.source import MapSourceError, TileSource
from navapp.paths import tile_cache_dir

__all__ = [
    "MapSourceBar",
    "MapSources",
    "map_sources",
    "map_with_bar",
    "no_map_text",
    "use_map_sources",
]

NO_MAP = QT_TRANSLATE_NOOP("MapSourceBar", "No map")
ADD_FILE = QT_TRANSLATE_NOOP("MapSourceBar", "Add map file…")  # also the item's data


def no_map_text() -> str:
    """ "No map", in the user's language."""
    return QCoreApplication.translate("MapSourceBar", NO_MAP)


class MapSources(QObject):
    """The maps to choose from and the choice, kept in ``settings`` (the app's QSettings
    when None); tiles fetched from servers are cached in ``cache_folder`` (the user's cache
    folder when None). ``changed`` fires on any change but the opacity, which has its own."""

    changed = Signal()
    opacity_changed = Signal(float)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: QSettings | None = None,
        cache_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._cache_folder = cache_folder if cache_folder is not None else tile_cache_dir()
        self._state, self._dropped = MapSettings.load(self._settings)

    # -- the maps ----------------------------------------------------------------------------

    def specs(self) -> list[MapSpec]:
        """Every map to choose from: the known tile servers, then the ones the user added."""
        known = list(known_specs())
        keys = {s.key for s in known}
        return known + [s for s in self._state.added if s.key not in keys]

    def added(self) -> list[MapSpec]:
        """The tile servers and map files the user added."""
        return list(self._state.added)

    def dropped(self) -> list[str]:
        """Why each saved map that could not be read back was dropped."""
        return list(self._dropped)

    def chosen(self) -> MapSpec | None:
        """The map shown under the route, or None for none."""
        return next((s for s in self.specs() if s.key == self._state.chosen), None)

    def choose(self, spec: MapSpec | None) -> None:
        """Show ``spec`` (None: no map) in every map view."""
        self._update(chosen=spec.key if spec is not None else "")

    def add(self, spec: MapSpec) -> None:
        """Add a tile server or a map file (replacing one with the same file or address)."""
        if any(s.key == spec.key for s in known_specs()):
            return
        added = (*(s for s in self._state.added if s.key != spec.key), spec)
        self._update(added=added)

    def add_file(self, path: str | Path) -> MapSpec:
        """Add the map file at ``path`` and choose it; a
        :class:`~navapp.maps.source.MapSourceError` says why it cannot be used."""
        spec = file_spec(path)
        self.add(spec)
        self.choose(spec)
        return spec

    def remove(self, spec: MapSpec) -> None:
        """Forget a map the user added (no map is then shown if it was the chosen one)."""
        added = tuple(s for s in self._state.added if s.key != spec.key)
        chosen = "" if self._state.chosen == spec.key else self._state.chosen
        self._update(added=added, chosen=chosen)

    # -- the switches ------------------------------------------------------------------------

    def offline(self) -> bool:
        """Whether tile servers are left alone (only their cached tiles are shown)."""
        return self._state.offline

    def set_offline(self, offline: bool) -> None:
        self._update(offline=bool(offline))

    def opacity(self) -> float:
        """How opaque the map is drawn, 0 to 1."""
        return self._state.opacity_pct / 100.0

    def set_opacity(self, opacity: float) -> None:
        pct = round(min(1.0, max(0.0, opacity)) * 100)
        if pct != self._state.opacity_pct:
            self._state = _replace(self._state, opacity_pct=pct)
            self._state.save(self._settings)
            self.opacity_changed.emit(pct / 100.0)

    # -- the tile cache ----------------------------------------------------------------------

    def cache_folder(self) -> Path:
        return self._cache_folder

    def cache_limit_mb(self) -> int:
        return self._state.cache_mb

    def set_cache_limit_mb(self, mb: int) -> None:
        """Keep at most ``mb`` megabytes of fetched tiles (within the range the settings take);
        the oldest past it are dropped at once."""
        low, high = MAPS_CACHE_RANGE_MB
        mb = min(high, max(low, int(mb)))
        if mb != self._state.cache_mb:
            self._update(cache_mb=mb)
            with contextlib.suppress(CacheError):  # said when a tile server is opened
                cache_for(self._cache_folder, mb)

    def cache_size_bytes(self) -> int:
        """The bytes of tiles in the cache now (0 when the cache folder cannot be used)."""
        try:
            return cache_for(self._cache_folder, self._state.cache_mb).size_bytes
        except CacheError:
            return 0

    def clear_cache(self) -> None:
        """Drop every cached tile."""
        try:
            cache_for(self._cache_folder, self._state.cache_mb).clear()
        except CacheError:
            return
        self.changed.emit()

    def open(self, spec: MapSpec) -> TileSource:
        """``spec`` opened with these settings (cache, offline); a
        :class:`~navapp.maps.source.MapSourceError` says why not, in one line."""
        return open_spec(spec, self._cache_folder, self._state.cache_mb, self._state.offline)

    def _update(self, **changes: object) -> None:
        state = _replace(self._state, **changes)
        if state != self._state:
            self._state = state
            state.save(self._settings)
            self.changed.emit()


def _replace(state: MapSettings, **changes: object) -> MapSettings:
    from dataclasses import replace

    return replace(state, **changes)  # type: ignore[arg-type]


def map_sources() -> MapSources:
    """The app's map choice (made on first use from the app's settings)."""
    return app_held(MapSources)


def use_map_sources(sources: MapSources) -> None:
    """Make ``sources`` the app's map choice (a test's, with its own settings and cache)."""
    app = QApplication.instance()
    if sources.parent() is None and app is not None:
        sources.setParent(app)
    _held[MapSources] = sources


# The status line's colour for an error (a notice is in the bar's own text colour).
ERROR_COLOUR = "#b03020"


class MapSourceBar(QWidget):
    """Over a map view: the map picker (no map, each map, add a map file), the opacity, the
    offline switch, whose map it is, and one status line for what went wrong.

    The bar opens the chosen map into ``layer`` whenever the app-wide choice changes (hidden
    too: the car's map keeps it hidden and draws ``status_shown``'s line itself).
    """

    # The status line shown (the whole of it) and whether it is an error.
    status_shown = Signal(str, bool)

    def __init__(
        self, layer: TileLayer, sources: MapSources | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapSourceBar")
        self.layer = layer
        self.sources = sources if sources is not None else map_sources()
        self._open_key: str | None = None
        self._released = False
        self._status_text = ""
        self._status_error = False

        self.combo = QComboBox(self)
        self.combo.setObjectName("mapSourceCombo")
        self.combo.setToolTip(self.tr("The map under the route"))
        # A long map name must not widen the window: the list shows it whole.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setObjectName("mapOpacity")
        self.opacity.setRange(0, 100)
        self.opacity.setFixedWidth(90)
        self.opacity.setToolTip(self.tr("How strongly the map shows under the route"))
        self.offline = QCheckBox(self.tr("Offline"), self)
        self.offline.setObjectName("mapOffline")
        self.offline.setToolTip(self.tr("Show only map files and tiles already cached: no network"))
        self.attribution = QLabel(self)
        self.attribution.setObjectName("mapAttribution")
        self.attribution.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._attribution_text = ""
        self.status = QLabel(self)
        self.status.setObjectName("mapStatus")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(self.tr("Map"), self))
        row.addWidget(self.combo)
        row.addWidget(self.opacity)
        row.addWidget(self.offline)
        row.addWidget(self.attribution, 1)
        row.addWidget(self.status, 2)

        self.combo.activated.connect(self._on_pick)
        self.opacity.valueChanged.connect(lambda v: self.sources.set_opacity(v / 100.0))
        self.offline.toggled.connect(self.sources.set_offline)
        self.sources.changed.connect(self._follow)
        self.sources.opacity_changed.connect(self._follow_opacity)
        self.layer.status.connect(self.show_status)
        self._follow()
        self._follow_opacity(self.sources.opacity())

    def status_text(self) -> str:
        """The whole status line (the label may show it shortened)."""
        return self._status_text

    def status_is_error(self) -> bool:
        """Whether the status line says something went wrong (red), not a notice (plain)."""
        return self._status_error

    def show_status(self, line: str, error: bool | None = None) -> None:
        """Show one line, an error in red or a notice plain ("" clears it); ``error`` None:
        a notice when it is the layer's notice, else an error."""
        if error is None:
            error = not (line == self.layer.status_line() and self.layer.status_is_notice())
        self._status_text = line
        self._status_error = error and bool(line)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if self._status_error else "")
        self._elide_status()
        self.status_shown.emit(line, self._status_error)

    def add_map_file(self, path: str | Path) -> bool:
        """Add and show the map file at ``path``; False (and why on the status line) when it
        cannot be used."""
        try:
            self.sources.add_file(path)
        except MapSourceError as e:
            self.show_status(str(e))
            self._fill_combo()
            return False
        return True

    def release(self) -> None:
        """Close the map opened (its window closes); it is opened again if the bar is shown,
        and not before (a choice made in another window meanwhile leaves it closed)."""
        self.layer.close()
        self._open_key = None
        self._released = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._open_key is None:
            self._released = False
            self._follow()

    def _on_pick(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == ADD_FILE:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a map file"), "", map_filter())
            if path:
                self.add_map_file(path)
            else:
                self._fill_combo()  # back to the map shown
            return
        self.sources.choose(next((s for s in self.sources.specs() if s.key == data), None))

    def _follow(self) -> None:
        """Show the app-wide choice: the combo, the switches, and the map opened."""
        self._fill_combo()
        self.offline.blockSignals(True)
        self.offline.setChecked(self.sources.offline())
        self.offline.blockSignals(False)
        spec = self.sources.chosen()
        key = spec.key if spec is not None else ""
        if self.layer.offline() != self.sources.offline():
            self.layer.set_offline(self.sources.offline())
        if key != self._open_key and not self._released:
            self._open_key = key
            source = None
            if spec is not None:
                try:
                    source = self.sources.open(spec)
                except MapSourceError as e:
                    self.layer.set_source(None)
                    self.show_status(str(e))
                    self._show_attribution()
                    return
            # Another map: the last one's trouble (or a file that failed to open) is over;
            # the new map's own lines come from its layer.
            self.show_status("")
            self.layer.set_source(source)
            if self._status_text and not self.layer.status_line():
                self.show_status("")  # the last map's trouble is not this one's
        self._show_attribution()

    def _fill_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(no_map_text(), "")
        for spec in self.sources.specs():
            self.combo.addItem(spec.name, spec.key)
            self.combo.setItemData(
                self.combo.count() - 1, _tooltip(spec), Qt.ItemDataRole.ToolTipRole
            )
        self.combo.addItem(self.tr("Add map file…"), ADD_FILE)
        chosen = self.sources.chosen()
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen.key if chosen else "")))
        self.combo.blockSignals(False)

    def _follow_opacity(self, opacity: float) -> None:
        self.opacity.blockSignals(True)
        self.opacity.setValue(round(opacity * 100))
        self.opacity.blockSignals(False)
        self.layer.set_opacity(opacity)

    def attribution_text(self) -> str:
        """Whose map it is, whole (the label may show it shortened; the map's corner too)."""
        return self._attribution_text

    def _show_attribution(self) -> None:
        self._attribution_text = self.layer.attribution()
        self.attribution.setVisible(bool(self._attribution_text))
        self._elide(self.attribution, self._attribution_text)

    def _elide_status(self) -> None:
        self._elide(self.status, self._status_text)

    @staticmethod
    def _elide(label: QLabel, text: str) -> None:
        metrics = QFontMetrics(label.font())
        width = max(40, label.width())
        label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        label.setToolTip(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_status()
        self._elide(self.attribution, self._attribution_text)


def map_with_bar(
    view: MetricMapView, sources: MapSources | None = None
) -> tuple[QWidget, MapSourceBar]:
    """``view`` with a map layer under its drawing and a :class:`MapSourceBar` above it: the
    widget to lay out in its place, and the bar."""
    layer = TileLayer(view)
    view.set_tile_layer(layer)
    box = QWidget()
    box.setObjectName("mapWithBar")
    bar = MapSourceBar(layer, sources, box)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(bar)
    column.addWidget(view, 1)
    return box, bar


def _tooltip(spec: MapSpec) -> str:
    where = str(spec.path) if spec.kind == "file" else spec.template or ""
    return f"{where}\n{spec.attribution}" if spec.attribution else where

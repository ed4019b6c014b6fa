"""The Maps page of the settings: the maps to choose from (add a tile server or a map file,
remove one), the offline switch, and the tile cache's size limit with its size and a "Clear
cache" button. Kept by :class:`~navapp.gui.common.map_sources.MapSources`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from navapp.gui.common.file_filters import map_filter
from navapp.gui.common.map_sources import MapSources, map_sources
from navapp.gui.shell.settings import MAPS_CACHE_RANGE_MB
from navapp.maps.catalog import MapSpec, MapSpecError, file_spec, known_specs, server_spec
from navapp.maps.source import MapSourceError
from navapp.maps.tiles import MAX_ZOOM, MIN_ZOOM

_KEY = Qt.ItemDataRole.UserRole


def _size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 100 * 1024 else f"{n / 1024:.0f} kB"


class MapsPage(QWidget):
    """The maps and the tile cache, edited here and kept on :meth:`save` (the cache is
    cleared at once: it is not a setting)."""

    def __init__(self, sources: MapSources | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources = sources if sources is not None else map_sources()
        self._added: list[MapSpec] = []

        self.maps = QListWidget(self)
        self.maps.setObjectName("mapsList")
        self.maps.setMinimumHeight(100)
        self.maps.setMaximumHeight(170)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.add_file = QPushButton(self.tr("Add map file…"), self)
        self.add_file.setToolTip(self.tr("An offline map: MBTiles or PMTiles with raster tiles"))

        self.server_name = QLineEdit(self)
        self.server_name.setPlaceholderText(self.tr("e.g. Topo at home"))
        self.server_url = QLineEdit(self)
        self.server_url.setPlaceholderText("https://tiles.example.org/{z}/{x}/{y}.png")
        self.server_attribution = QLineEdit(self)
        self.server_attribution.setPlaceholderText(self.tr("© whose map it is, as the server asks"))
        self.server_max_zoom = QSpinBox(self)
        self.server_max_zoom.setRange(MIN_ZOOM, MAX_ZOOM)
        self.server_max_zoom.setValue(18)
        self.add_server = QPushButton(self.tr("Add tile server"), self)

        self.offline = QCheckBox(
            self.tr("Offline: never fetch tiles (map files and cached tiles only)"), self
        )
        self.cache_mb = QSpinBox(self)
        self.cache_mb.setRange(*MAPS_CACHE_RANGE_MB)
        self.cache_mb.setSuffix(" MB")
        self.cache_size = QLabel(self)
        self.clear_cache = QPushButton(self.tr("Clear cache"), self)
        self.message = QLabel(self)
        self.message.setObjectName("mapsMessage")
        self.message.setStyleSheet("color: #b03020;")
        self.message.setWordWrap(True)

        list_box = QGroupBox(self.tr("Maps to choose from"), self)
        lb = QVBoxLayout(list_box)
        lb.addWidget(self.maps)
        row = QHBoxLayout()
        row.addWidget(self.add_file)
        row.addWidget(self.remove)
        row.addStretch(1)
        lb.addLayout(row)
        server_box = QGroupBox(self.tr("Add a tile server"), self)
        form = QFormLayout(server_box)
        form.addRow(self.tr("Name"), self.server_name)
        form.addRow(self.tr("Address"), self.server_url)
        form.addRow(self.tr("Attribution"), self.server_attribution)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.server_max_zoom)
        zoom_row.addStretch(1)
        zoom_row.addWidget(self.add_server)
        form.addRow(self.tr("Max zoom"), zoom_row)
        cache_box = QGroupBox(self.tr("Network and cache"), self)
        cb = QFormLayout(cache_box)
        cb.addRow(self.offline)
        size_row = QHBoxLayout()
        size_row.addWidget(self.cache_size)
        size_row.addStretch(1)
        size_row.addWidget(self.clear_cache)
        cb.addRow(self.tr("Keep at most"), self.cache_mb)
        cb.addRow(self.tr("Cached now"), size_row)
        page = QVBoxLayout(self)
        page.addWidget(self.message)
        page.addWidget(list_box)
        page.addWidget(server_box)
        page.addWidget(cache_box)
        page.addStretch(1)

        self.add_file.clicked.connect(self._ask_file)
        self.add_server.clicked.connect(self.add_server_from_fields)
        self.remove.clicked.connect(self.remove_selected)
        self.clear_cache.clicked.connect(self._clear_cache)
        self.maps.currentItemChanged.connect(lambda *_: self._enable())

    # -- load and save -----------------------------------------------------------------------

    def load(self) -> None:
        """Show the maps and the switches as kept now."""
        self._added = self.sources.added()
        self.offline.setChecked(self.sources.offline())
        self.cache_mb.setValue(self.sources.cache_limit_mb())
        dropped = self.sources.dropped()
        self.say(self.tr("Dropped a saved map: {map}").format(map=dropped[0]) if dropped else "")
        self._fill()
        self._show_cache_size()

    def save(self) -> None:
        """Keep the maps and switches as edited (every map view follows)."""
        keep = {s.key for s in self._added}
        for spec in self.sources.added():
            if spec.key not in keep:
                self.sources.remove(spec)
        for spec in self._added:
            self.sources.add(spec)
        self.sources.set_offline(self.offline.isChecked())
        self.sources.set_cache_limit_mb(self.cache_mb.value())

    def added(self) -> list[MapSpec]:
        """The maps the user added, as edited."""
        return list(self._added)

    # -- editing -----------------------------------------------------------------------------

    def say(self, line: str) -> None:
        """One line of what went wrong ("" clears it)."""
        self.message.setText(line)
        self.message.setVisible(bool(line))

    def add_map_file(self, path: str | Path) -> bool:
        """Add the map file at ``path``; False, and why, when it cannot be used."""
        try:
            spec = file_spec(path)
        except MapSourceError as e:
            self.say(str(e))
            return False
        self._add(spec)
        return True

    def add_server_from_fields(self) -> bool:
        """Add the tile server described in the fields; False, and what to change, when the
        address, the name or the attribution will not do."""
        try:
            spec = server_spec(
                self.server_name.text(),
                self.server_url.text(),
                self.server_attribution.text(),
                self.server_max_zoom.value(),
            )
        except MapSpecError as e:
            self.say(str(e))
            return False
        if any(s.key == spec.key for s in known_specs()):
            self.say(self.tr("{map}: navapp already lists this server").format(map=spec.name))
            return False
        self._add(spec)
        for field in (self.server_name, self.server_url, self.server_attribution):
            field.clear()
        return True

    def remove_selected(self) -> None:
        """Forget the selected map (the known servers stay)."""
        item = self.maps.currentItem()
        if item is None:
            return
        key = item.data(_KEY)
        self._added = [s for s in self._added if s.key != key]
        self._fill()

    def _add(self, spec: MapSpec) -> None:
        self._added = [s for s in self._added if s.key != spec.key] + [spec]
        self.say("")
        self._fill(select=spec.key)

    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a map file"), "", map_filter())
        if path:
            self.add_map_file(path)

    def _clear_cache(self) -> None:
        self.sources.clear_cache()
        self._show_cache_size()

    def _show_cache_size(self) -> None:
        self.cache_size.setText(_size_text(self.sources.cache_size_bytes()))

    def _fill(self, select: str | None = None) -> None:
        self.maps.clear()
        for spec in known_specs():
            item = QListWidgetItem(self.tr("{map}  (tile server, built in)").format(map=spec.name))
            item.setData(_KEY, "")
            item.setToolTip(f"{spec.template}\n{spec.attribution}")
            self.maps.addItem(item)
        for spec in self._added:
            kind = (
                self.tr("{map}  (map file)")
                if spec.kind == "file"
                else self.tr("{map}  (tile server)")
            )
            item = QListWidgetItem(kind.format(map=spec.name))
            item.setData(_KEY, spec.key)
            where = str(spec.path) if spec.kind == "file" else spec.template
            item.setToolTip(f"{where}\n{spec.attribution}")
            self.maps.addItem(item)
            if spec.key == select:
                self.maps.setCurrentItem(item)
        self._enable()

    def _enable(self) -> None:
        item = self.maps.currentItem()
        self.remove.setEnabled(item is not None and bool(item.data(_KEY)))

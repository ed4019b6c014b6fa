"""Opening an offline map file, MBTiles or PMTiles, by what it holds rather than its name."""

from __future__ import annotations

from pathlib import Path

from navapp.core.i18n import translate
from navapp.maps import MAP_FILE_EXTENSIONS
from navapp.maps.mbtiles import MBTilesSource
from navapp.maps.pmtiles import PMTilesSource
from navapp.maps.source import MapSourceError, open_map

__all__ = ["MAP_FILE_EXTENSIONS", "open_map_file"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_PMTILES_MAGIC = b"PMTiles"


def open_map_file(path: str | Path) -> MBTilesSource | PMTilesSource:
    """The map source of the file at ``path``, or a :class:`MapSourceError` saying why not."""
    p = Path(path)
    with open_map(p) as fh:
        try:
            head = fh.read(len(_SQLITE_MAGIC))
        except OSError as e:
            raise MapSourceError(
                p, translate("Files", "cannot read: {reason}").format(reason=e.strerror or e)
            ) from None
    if head.startswith(_PMTILES_MAGIC):
        return PMTilesSource(p)
    if head.startswith(_SQLITE_MAGIC):
        return MBTilesSource(p)
    raise MapSourceError(p, translate("Files", "not a map file navapp reads (MBTiles or PMTiles)"))

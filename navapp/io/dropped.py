"""Files dropped on a window, sorted into roadbooks, tracks and map files, with the ones that
cannot be used and why (one line each)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from navapp.errors import NavappError
from navapp.io.registry import file_kind
from navapp.maps import MAP_FILE_EXTENSIONS


@dataclass(frozen=True)
class Dropped:
    """What a drop holds, in the order dropped."""

    roadbooks: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()
    maps: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()  # "name: why", one line each


def sort_dropped(paths: Iterable[str | Path]) -> Dropped:
    """Sort ``paths`` by what they hold: a map file by its extension, a roadbook or a track by
    :func:`~navapp.io.registry.file_kind` (content, not only the name)."""
    roadbooks: list[str] = []
    tracks: list[str] = []
    maps: list[str] = []
    refused: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            refused.append(f"{path.name or path}: not a file")
            continue
        if path.suffix.lower() in MAP_FILE_EXTENSIONS:
            maps.append(str(path))
            continue
        try:
            kind = file_kind(path)
        except (NavappError, OSError, ValueError) as e:
            refused.append(one_line(path, e))
            continue
        (roadbooks if kind == "roadbook" else tracks).append(str(path))
    return Dropped(tuple(roadbooks), tuple(tracks), tuple(maps), tuple(refused))


def one_line(path: str | Path, error: Exception) -> str:
    """Why ``path`` was refused, on one line that names the file (not its whole folder)."""
    name = Path(path).name
    text = (str(error).strip().splitlines() or [type(error).__name__])[0]
    text = text.replace(str(path), name)
    return text if name in text else f"{name}: {text}"

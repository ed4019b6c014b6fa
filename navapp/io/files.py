"""Opening input files, with every failure turned into one :class:`InputError` line."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from navapp.core.i18n import translate
from navapp.io.atomic import clear_stale_temps
from navapp.io.errors import InputError


def open_input(path: str | Path) -> BinaryIO:
    """Open a file for binary reading, or raise an :class:`InputError` saying why not.

    Temporaries that a save of this file left when it was killed are cleared on the way.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(path, translate("Files", "is a folder, not a file"))
        fh = p.open("rb")
    except FileNotFoundError:
        raise InputError(path, translate("Files", "no such file")) from None
    except PermissionError:
        raise InputError(path, translate("Files", "permission denied")) from None
    except OSError as e:
        raise InputError(
            path, translate("Files", "cannot read: {reason}").format(reason=e.strerror or e)
        ) from None
    # What a save of this file killed outright (power loss) left beside it goes now.
    clear_stale_temps(p)
    return fh


def read_bytes(path: str | Path) -> bytes:
    """A whole file's bytes, or an :class:`InputError` saying why it cannot be read."""
    with open_input(path) as fh:
        try:
            return fh.read()
        except OSError as e:
            raise InputError(
                path, translate("Files", "cannot read: {reason}").format(reason=e.strerror or e)
            ) from None

"""Saving that never loses data: write a temporary file beside the target, then rename.

The temporary file is ``.NAME.XXXXXXXX.tmp`` beside ``NAME``. A save killed outright (power
loss, ``kill -9``) cannot remove it; :func:`clear_stale_temps`, run by the next save or open
of the same file, does. It tells a stale temporary from the one of a save in progress by a
lock: a save holds an exclusive ``flock`` on its temporary until the rename, and the kernel
drops that lock when the process dies, however it dies. Where there are no ``flock`` locks
(Windows), a temporary untouched for :data:`STALE_AFTER_S` is taken as stale: a save writes
its temporary without pause and takes well under that.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# Without locks: a temporary this old (seconds since its last write) belongs to no live save.
STALE_AFTER_S = 60.0
# Attempts at a fresh temporary name (a clash, or one removed under us as stale).
_ATTEMPTS = 8


def _temp_pattern(name: str) -> re.Pattern[str]:
    # Exactly the names this module makes (and tempfile.mkstemp made before it): never
    # another file's, nor the temporaries of "NAME.old".
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _lock(fd: int, wait: bool) -> bool:
    """Take the exclusive lock of a temporary; False when another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _new_temp(target: Path) -> tuple[int, str]:
    """A new temporary beside ``target``, created and locked."""
    folder = _folder(target)
    for _ in range(_ATTEMPTS):
        tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(
                tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
        except FileExistsError:
            continue
        _lock(fd, wait=True)
        if os.fstat(fd).st_nlink:
            return fd, str(tmp)
        # Another process's clean-up took it for stale in the instant before the lock.
        os.close(fd)
    raise FileExistsError(f"no free temporary name beside {target}")


def clear_stale_temps(path: str | Path, now: float | None = None) -> list[Path]:
    """Remove the temporaries of ``path`` that no save is writing any more; return them.

    Nothing else is touched: other files' temporaries, a save in progress (its temporary is
    locked, or without locks younger than :data:`STALE_AFTER_S`), a folder that cannot be
    listed or written. ``now`` (epoch seconds) is for tests of the lock-free rule.
    """
    target = Path(path)
    pattern = _temp_pattern(target.name)
    removed: list[Path] = []
    try:
        candidates = [e for e in os.scandir(_folder(target)) if pattern.fullmatch(e.name)]
    except OSError:
        return removed
    for entry in candidates:
        with contextlib.suppress(OSError):
            if _remove_if_stale(Path(entry.path), now):
                removed.append(Path(entry.path))
    return removed


def _remove_if_stale(tmp: Path, now: float | None) -> bool:
    fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    try:
        if fcntl is None:
            clock = time.time() if now is None else now
            if clock - os.fstat(fd).st_mtime < STALE_AFTER_S:
                return False
        elif not _lock(fd, wait=False):
            return False  # a save in progress
        # Still the file we locked: a save may have renamed it to its target meanwhile.
        if os.stat(tmp, follow_symlinks=False).st_ino != os.fstat(fd).st_ino:
            return False
        os.unlink(tmp)
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file handle whose content replaces ``path`` only when the block succeeds.

    A crash or an exception mid-write leaves the old file as it was and no stray temporary;
    a process killed mid-write leaves one that the next save or open clears.
    """
    target = Path(path)
    clear_stale_temps(target)
    try:
        fd, tmp = _new_temp(target)
    except OSError as e:
        # Name the file the user asked for, not the temporary one.
        raise OSError(e.errno, e.strerror, str(target)) from None
    # The lock goes with the open file: a second descriptor keeps it until after the rename.
    lock_fd = os.dup(fd)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            # Keep the permissions the user gave the file being replaced.
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        os.close(lock_fd)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""
    with atomic_writer(path) as fh:
        fh.write(data)

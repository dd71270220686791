"""Write a file atomically: a temporary file in the same folder, fsync, then rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.storage.errors import StorageError


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Call ``write(tmp_path)``, then replace ``target`` with it; on any error leave it as it was."""
    folder = target.resolve().parent
    if not folder.is_dir():
        raise StorageError(f"{target}: the folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomically(target: Path, text: str) -> None:
    write_atomically(target, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))

"""Storage errors: one family, each message one line a user can act on, never a password."""

from __future__ import annotations


class StorageError(Exception):
    """A database problem to show as one line (names the file or the redacted URL)."""


class DatabaseLocked(StorageError):
    """The database is open in another InnoCite window or held by another program."""


class DatabaseCorrupt(StorageError):
    """The database file fails SQLite's checks or is not a database at all."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of InnoCite than this one."""


class ConflictError(StorageError):
    """Someone else saved the same record since it was read (optimistic version check)."""

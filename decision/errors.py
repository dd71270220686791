"""One family of typed engine errors whose messages name the place at fault."""

from __future__ import annotations


class DecisionError(Exception):
    """Base class of every error the engine raises on purpose.

    The message is one line meant for a user; ``alternative``, ``criterion``,
    ``row`` and ``field`` name the place so a GUI can highlight it.
    """

    def __init__(
        self,
        message: str,
        *,
        alternative: str | None = None,
        criterion: str | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.alternative = alternative
        self.criterion = criterion
        self.row = row
        self.field = field

    def __str__(self) -> str:
        return self.message


class InputError(DecisionError):
    """The data given to the engine is invalid (missing, non-numeric, duplicated ...)."""


class MethodError(DecisionError):
    """The data is valid in general but the chosen method cannot handle it."""


class AHPError(DecisionError):
    """A pairwise comparison matrix or judgment is invalid."""


def place(alternative: str | None = None, criterion: str | None = None) -> str:
    """Return a human phrase such as "alternative 'a2', criterion 'cost'"."""
    parts = []
    if alternative is not None:
        parts.append(f"alternative '{alternative}'")
    if criterion is not None:
        parts.append(f"criterion '{criterion}'")
    return ", ".join(parts)

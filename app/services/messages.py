"""Exceptions turned into one readable line for the status bar or a message box."""

from __future__ import annotations


def user_message(exc: BaseException) -> str:
    """Our own errors say what is wrong; anything else is named without a traceback."""
    from app.storage.errors import StorageError
    from decision.errors import DecisionError

    text = " ".join(str(exc).split())
    if isinstance(exc, DecisionError | StorageError):
        return text
    if not text:
        return type(exc).__name__
    from app.i18n import tr

    return tr("Unexpected error ({kind}): {text}").format(kind=type(exc).__name__, text=text)

"""Alembic environment: migrates the connection InnoCite passes in, never a URL of its own."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from app.storage.models import Base
from app.storage.schema import MIGRATION_OPTIONS

target_metadata = Base.metadata


def run_migrations_online(connection: Connection) -> None:
    """Run the migrations on ``connection``; inside its transaction when it has one."""
    context.configure(connection=connection, target_metadata=target_metadata, **MIGRATION_OPTIONS)
    # A caller that began a transaction owns it (app.storage.schema does: one transaction
    # for the whole upgrade); otherwise Alembic opens one here.
    with context.begin_transaction():
        context.run_migrations()


def _connection() -> Connection:
    given = context.config.attributes.get("connection")
    if not isinstance(given, Connection):
        raise RuntimeError(
            "InnoCite migrations run from code: pass a Connection in "
            "config.attributes['connection'] (see app.storage.schema)"
        )
    return given


if context.is_offline_mode():
    raise RuntimeError("InnoCite migrations do not support offline (--sql) mode")
run_migrations_online(_connection())

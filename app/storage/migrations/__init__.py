"""Alembic migrations of the projects database, run from code by ``app.storage.schema``."""

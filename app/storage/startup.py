"""Open the projects database for the app or the CLI: schema up to date, demo on a new default."""

from __future__ import annotations

import os

from app.storage.database import ENV_URL, Database, open_database, resolve_url, sqlite_file
from app.storage.repository import ProjectRepository
from app.storage.schema import ensure_schema


def open_projects(
    url: str | None = None, language: str = "en"
) -> tuple[Database, ProjectRepository]:
    """The database on ``url`` (default: the user's) and its repository; the caller closes it.

    A default database created now starts with the Koper demo project, its names and
    descriptions in ``language`` (``en``, ``sl``, ``de``, ``it``, ``fr``).
    """
    path = sqlite_file(resolve_url(url))
    is_new_default = (
        url is None and os.environ.get(ENV_URL) is None and path is not None and not path.exists()
    )
    db = open_database(url)
    try:
        ensure_schema(db)
        repo = ProjectRepository(db.session)
        if is_new_default and not repo.list_projects():
            from app.storage.demo import seed_demo

            seed_demo(repo, language=language)
    except BaseException:
        db.close()
        raise
    return db, repo

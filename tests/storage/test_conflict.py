"""Two users on one project: a stale write is refused with a clear message, never overwritten.

On PostgreSQL the two users are two separate ``open_database`` connections (two laptops on
one server). A SQLite file is single-user (the instance lock refuses a second app), so
there the second user is a second engine on the same file, as a second process would be.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest
from sqlalchemy.orm import sessionmaker

from app.storage.database import Database, create_engine_for, open_database, resolve_url
from app.storage.document import ScenarioRecord
from app.storage.errors import StorageError
from app.storage.repository import ProjectRepository, StaleProjectError
from app.storage.schema import ensure_schema
from tests.storage.test_repository import tree_problem


@pytest.fixture
def two_users(db_url: str) -> Iterator[tuple[ProjectRepository, ProjectRepository]]:
    first = open_database(db_url)
    ensure_schema(first)
    if first.is_sqlite:
        engine = create_engine_for(resolve_url(db_url))
        second_sessions = sessionmaker(bind=engine)
        closers = [engine.dispose]
    else:
        second: Database = open_database(db_url)
        second_sessions = second.session  # type: ignore[assignment]
        closers = [second.close]
    try:
        yield ProjectRepository(first.session), ProjectRepository(second_sessions)
    finally:
        for close in closers:
            close()
        first.close()


def test_stale_value_write_is_refused_and_the_first_write_kept(
    two_users: tuple[ProjectRepository, ProjectRepository],
) -> None:
    ana, marko = two_users
    project = ana.save_problem(tree_problem()).id
    seen_by_ana = ana.summary(project).version
    seen_by_marko = marko.summary(project).version
    assert seen_by_ana == seen_by_marko
    ana.update_value(project, "voucher", "risk", 4.0, expected_version=seen_by_ana, who="Ana")
    with pytest.raises(StaleProjectError) as caught:
        marko.update_value(
            project, "voucher", "risk", 1.0, expected_version=seen_by_marko, who="Marko"
        )
    message = str(caught.value)
    assert "changed by someone else" in message and "reload" in message and "\n" not in message
    problem = marko.load_problem(project)
    assert problem.matrix[0, problem.leaf_ids.index("risk")] == 4.0
    assert [e.who for e in marko.audit_log(project) if e.action == "update value"] == ["Ana"]
    # after reloading, Marko's write goes through
    marko.update_value(
        project,
        "voucher",
        "risk",
        1.0,
        expected_version=marko.summary(project).version,
        who="Marko",
    )
    assert ana.load_problem(project).matrix[0, problem.leaf_ids.index("risk")] == 1.0


def test_stale_scenario_write_is_refused(
    two_users: tuple[ProjectRepository, ProjectRepository],
) -> None:
    ana, marko = two_users
    project = ana.save_problem(tree_problem()).id
    version = ana.summary(project).version
    ana.save_scenario(
        project, ScenarioRecord("Ana's", weights={"risk": 1.0}), expected_version=version
    )
    with pytest.raises(StaleProjectError):
        marko.save_scenario(project, ScenarioRecord("Marko's"), expected_version=version)
    assert [s.name for s in ana.list_scenarios(project)] == ["Ana's"]


def test_simultaneous_writers_with_the_same_version_one_wins(
    two_users: tuple[ProjectRepository, ProjectRepository],
) -> None:
    """Both check the version at the same moment; the database's version check decides."""
    ana, marko = two_users
    project = ana.save_problem(tree_problem()).id
    version = ana.summary(project).version
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def write(repo: ProjectRepository, who: str, value: float) -> None:
        start.wait()
        try:
            outcome[who] = repo.update_value(
                project, "incubator", "cofin", value, expected_version=version, who=who
            )
        except StaleProjectError as exc:
            outcome[who] = exc

    threads = [
        threading.Thread(target=write, args=(ana, "Ana", 11.0)),
        threading.Thread(target=write, args=(marko, "Marko", 22.0)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    winners = [who for who, result in outcome.items() if isinstance(result, int)]
    losers = [who for who, result in outcome.items() if isinstance(result, StaleProjectError)]
    assert len(winners) == 1 and len(losers) == 1, outcome
    expected = 11.0 if winners == ["Ana"] else 22.0
    problem = ana.load_problem(project)
    assert problem.matrix[1, problem.leaf_ids.index("cofin")] == expected
    assert ana.summary(project).version == version + 1
    assert [e.who for e in ana.audit_log(project) if e.action == "update value"] == winners
    assert np.isfinite(problem.matrix).all()


def test_credentials_never_appear_in_messages() -> None:
    """A server that cannot be reached: the message shows the URL without its password."""
    url = "postgresql+psycopg://innocite:s3cret-pass@127.0.0.1:1/projects"
    with pytest.raises(StorageError) as caught:
        open_database(url)
    message = str(caught.value)
    assert "s3cret-pass" not in message and "127.0.0.1:1" in message

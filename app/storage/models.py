"""SQLAlchemy 2 schema of a project: criteria tree, alternatives, values, judgments, snapshots, audit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode (table copy on SQLite) find and alter them.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 200
KEY_LENGTH = 200


def utcnow() -> datetime:
    """Timestamps are stored in UTC (SQLite gives them back without a zone)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    question: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Optimistic concurrency: every ORM UPDATE of the row checks and bumps it.
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version_id}  # noqa: RUF012


class Criterion(Base):
    """A criterion or a group; ``key`` is the engine's criterion id."""

    __tablename__ = "criterion"
    __table_args__ = (
        UniqueConstraint("project_id", "key"),
        CheckConstraint("direction IN ('benefit', 'cost')", name="direction"),
        CheckConstraint(
            "preference_function IS NULL OR preference_function IN "
            "('usual', 'u-shape', 'v-shape', 'level', 'linear')",
            name="preference_function",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), index=True
    )
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    direction: Mapped[str] = mapped_column(String(16), default="benefit")
    unit: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    local_weight: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    preference_function: Mapped[str | None] = mapped_column(String(16))
    preference_q: Mapped[float | None] = mapped_column(Float)
    preference_p: Mapped[float | None] = mapped_column(Float)


class Alternative(Base):
    __tablename__ = "alternative"
    __table_args__ = (UniqueConstraint("project_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")  # JSON list of strings
    cost: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer)


class Performance(Base):
    """One cell of the matrix; a missing value is a NULL (or no row)."""

    __tablename__ = "performance"

    alternative_id: Mapped[int] = mapped_column(
        ForeignKey("alternative.id", ondelete="CASCADE"), primary_key=True
    )
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(Text)


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")


class Judgment(Base):
    """``a`` is ``value`` times as important/preferred as ``b`` at one node, per participant.

    ``node_id`` is the group whose children are compared (NULL: the top level) for kind
    'criteria', or the leaf criterion under which alternatives are compared.
    """

    __tablename__ = "judgment"
    __table_args__ = (
        UniqueConstraint("participant_id", "kind", "node_id", "item_a", "item_b"),
        # NULLs are distinct in a unique constraint, so the top level needs its own index.
        Index(
            "uq_judgment_top_level",
            "participant_id",
            "kind",
            "item_a",
            "item_b",
            unique=True,
            sqlite_where=text("node_id IS NULL"),
            postgresql_where=text("node_id IS NULL"),
        ),
        CheckConstraint("value > 0", name="value_positive"),
        CheckConstraint("kind IN ('criteria', 'alternatives')", name="kind"),
        CheckConstraint("kind = 'criteria' OR node_id IS NOT NULL", name="alternatives_node"),
        CheckConstraint("item_a <> item_b", name="distinct_items"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    node_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    item_a: Mapped[str] = mapped_column(String(KEY_LENGTH))
    item_b: Mapped[str] = mapped_column(String(KEY_LENGTH))
    value: Mapped[float] = mapped_column(Float)


class Scenario(Base):
    """A named weight set: the method, its parameters and weights as JSON text."""

    __tablename__ = "scenario"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    method: Mapped[str] = mapped_column(String(64))
    parameters: Mapped[str] = mapped_column(Text, default="{}")
    weights: Mapped[str] = mapped_column(Text, default="{}")
    # Added in revision 0002.
    weights_source: Mapped[str] = mapped_column(
        String(32), default="direct", server_default="direct"
    )
    description: Mapped[str] = mapped_column(Text, default="", server_default="")


class ResultSnapshot(Base):
    """A ranking as it was computed, so a memo can be regenerated exactly."""

    __tablename__ = "result_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    input_hash: Mapped[str] = mapped_column(String(128))
    method: Mapped[str] = mapped_column(String(64))
    conventions: Mapped[str] = mapped_column(Text)  # JSON
    ranking: Mapped[str] = mapped_column(Text)  # JSON


class AuditLog(Base):
    """Who changed what, old → new; rows outlive their project (project_id set NULL)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    who: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(Text, default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class Memo(Base):
    """A decision memo as a snapshot of everything it prints (JSON), so it regenerates exactly.

    Added in revision 0003.
    """

    __tablename__ = "memo"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH), default="")
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of app.memo.snapshot.MemoSnapshot


class BenchmarkSet(Base):
    """A benchmarking data set (towns x indicators) in the engine's JSON file format, with
    the page's settings (JSON). Not tied to a project. Added in revision 0004."""

    __tablename__ = "benchmark_set"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    data: Mapped[str] = mapped_column(Text)  # JSON: the `innocite composite` file format
    settings: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the page's choices
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Optimistic concurrency: every ORM UPDATE of the row checks and bumps it.
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version_id}  # noqa: RUF012


class ToolDataset(Base):
    """A data set of one of the planning tools (DEMATEL, A'WOT, retail, Huff, network) as
    JSON, unique by (kind, name). Not tied to a project. Added in revision 0005."""

    __tablename__ = "tool_dataset"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # "dematel", "awot", "retail", ...
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    data: Mapped[str] = mapped_column(Text)  # JSON object: the tool's own file format
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Optimistic concurrency: every ORM UPDATE of the row checks and bumps it.
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__: dict[str, Any] = {"version_id_col": version_id}  # noqa: RUF012

"""Initial schema: projects, criteria tree, alternatives, values, judgments, snapshots, audit.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 04:50:28.706614
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the tables of app.storage.models as of revision 0001 (parents first)."""
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("name", name=op.f("uq_project_name")),
    )
    op.create_table(
        "alternative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_alternative_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alternative")),
        sa.UniqueConstraint("project_id", "key", name=op.f("uq_alternative_project_id_key")),
    )
    op.create_index(op.f("ix_alternative_project_id"), "alternative", ["project_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_audit_log_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_project_id"), "audit_log", ["project_id"], unique=False)

    op.create_table(
        "criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("local_weight", sa.Float(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("preference_function", sa.String(length=16), nullable=True),
        sa.Column("preference_q", sa.Float(), nullable=True),
        sa.Column("preference_p", sa.Float(), nullable=True),
        sa.CheckConstraint("direction IN ('benefit', 'cost')", name=op.f("ck_criterion_direction")),
        sa.CheckConstraint(
            "preference_function IS NULL OR preference_function IN ('usual', 'u-shape', 'v-shape', 'level', 'linear')",
            name=op.f("ck_criterion_preference_function"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["criterion.id"],
            name=op.f("fk_criterion_parent_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_criterion_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("project_id", "key", name=op.f("uq_criterion_project_id_key")),
    )
    op.create_index(op.f("ix_criterion_parent_id"), "criterion", ["parent_id"], unique=False)
    op.create_index(op.f("ix_criterion_project_id"), "criterion", ["project_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_participant_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("project_id", "name", name=op.f("uq_participant_project_id_name")),
    )
    op.create_index(op.f("ix_participant_project_id"), "participant", ["project_id"], unique=False)

    op.create_table(
        "result_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("input_hash", sa.String(length=128), nullable=False),
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("conventions", sa.Text(), nullable=False),
        sa.Column("ranking", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_result_snapshot_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_snapshot")),
    )
    op.create_index(
        op.f("ix_result_snapshot_project_id"), "result_snapshot", ["project_id"], unique=False
    )

    op.create_table(
        "scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("parameters", sa.Text(), nullable=False),
        sa.Column("weights", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_scenario_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario")),
        sa.UniqueConstraint("project_id", "name", name=op.f("uq_scenario_project_id_name")),
    )
    op.create_index(op.f("ix_scenario_project_id"), "scenario", ["project_id"], unique=False)

    op.create_table(
        "judgment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("item_a", sa.String(length=200), nullable=False),
        sa.Column("item_b", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.CheckConstraint(
            "kind = 'criteria' OR node_id IS NOT NULL", name=op.f("ck_judgment_alternatives_node")
        ),
        sa.CheckConstraint("kind IN ('criteria', 'alternatives')", name=op.f("ck_judgment_kind")),
        sa.CheckConstraint("item_a <> item_b", name=op.f("ck_judgment_distinct_items")),
        sa.CheckConstraint("value > 0", name=op.f("ck_judgment_value_positive")),
        sa.ForeignKeyConstraint(
            ["node_id"],
            ["criterion.id"],
            name=op.f("fk_judgment_node_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_judgment_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_judgment_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judgment")),
        sa.UniqueConstraint(
            "participant_id",
            "kind",
            "node_id",
            "item_a",
            "item_b",
            name=op.f("uq_judgment_participant_id_kind_node_id_item_a_item_b"),
        ),
    )
    op.create_index(
        op.f("ix_judgment_participant_id"), "judgment", ["participant_id"], unique=False
    )
    op.create_index(op.f("ix_judgment_project_id"), "judgment", ["project_id"], unique=False)
    op.create_index(
        "uq_judgment_top_level",
        "judgment",
        ["participant_id", "kind", "item_a", "item_b"],
        unique=True,
        sqlite_where=sa.text("node_id IS NULL"),
        postgresql_where=sa.text("node_id IS NULL"),
    )

    op.create_table(
        "performance",
        sa.Column("alternative_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["alternative_id"],
            ["alternative.id"],
            name=op.f("fk_performance_alternative_id_alternative"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_performance_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("alternative_id", "criterion_id", name=op.f("pk_performance")),
    )
    op.create_index(
        op.f("ix_performance_criterion_id"), "performance", ["criterion_id"], unique=False
    )


def downgrade() -> None:
    """Drop every table (their indexes and constraints go with them), children first."""
    op.drop_table("performance")
    op.drop_table("judgment")
    op.drop_table("scenario")
    op.drop_table("result_snapshot")
    op.drop_table("participant")
    op.drop_table("criterion")
    op.drop_table("audit_log")
    op.drop_table("alternative")
    op.drop_table("project")

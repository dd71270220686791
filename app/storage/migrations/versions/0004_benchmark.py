"""Benchmarking data sets (towns x indicators) stored next to the projects.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 09:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A new table only: existing rows are not touched."""
    op.create_table(
        "benchmark_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benchmark_set")),
        sa.UniqueConstraint("name", name=op.f("uq_benchmark_set_name")),
    )


def downgrade() -> None:
    op.drop_table("benchmark_set")

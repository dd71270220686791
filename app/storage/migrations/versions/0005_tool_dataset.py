"""Data sets of the planning tools (DEMATEL, A'WOT, retail, Huff, network) by kind and name.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 09:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A new table only: existing rows are not touched."""
    op.create_table(
        "tool_dataset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tool_dataset")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_tool_dataset_kind_name")),
    )


def downgrade() -> None:
    op.drop_table("tool_dataset")

"""Scenarios record how their weights were obtained and carry a description.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 05:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Two NOT NULL columns with server defaults, so existing scenarios get 'direct' and ''."""
    with op.batch_alter_table("scenario") as batch:
        batch.add_column(
            sa.Column(
                "weights_source", sa.String(length=32), nullable=False, server_default="direct"
            )
        )
        batch.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("scenario") as batch:
        batch.drop_column("description")
        batch.drop_column("weights_source")

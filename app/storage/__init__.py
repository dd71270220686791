"""Project storage: SQLAlchemy models, repositories, migrations and backups, without Qt."""

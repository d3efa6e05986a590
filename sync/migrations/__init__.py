"""Alembic migrations shared by desk registers and the central store."""

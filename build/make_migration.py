"""Write a new Alembic revision by comparing the models with the newest migration.

Usage (from the project root): python build/make_migration.py "what changed" 0003
Review the generated file before committing: autogenerate misses renames and data moves.
"""

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sync.migrate import MIGRATIONS_DIR

message, rev_id = sys.argv[1], sys.argv[2]
scratch = Path(tempfile.mkdtemp()) / "scratch.sqlite3"
engine = create_engine(f"sqlite:///{scratch}")
config = Config()
config.set_main_option("script_location", str(MIGRATIONS_DIR))
with engine.begin() as connection:
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
with engine.begin() as connection:
    config.attributes["connection"] = connection
    command.revision(config, message=message, autogenerate=True, rev_id=rev_id)

"""The first run: bind the desk to the office (or start offline) and create its coordinator."""

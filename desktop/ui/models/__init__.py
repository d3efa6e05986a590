"""Thin Qt table models shared by the desk's lists: they hold ids and fetch rows lazily."""

"""Sync always in sight: the status line, automatic rounds, and conflicts for coordinators."""

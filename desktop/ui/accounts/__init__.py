"""Coordinators manage the desk's accounts."""

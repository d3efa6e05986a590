"""Richieste: family and housing requests, opened and closed once with an outcome."""

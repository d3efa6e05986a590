"""Consulenze: the list of this desk's consultations, recording one, notes and follow-ups."""

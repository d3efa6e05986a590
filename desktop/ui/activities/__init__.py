"""Attività: the calendar and list of group activities, who is enrolled, head counts, hiring
outcomes and attendance per session."""

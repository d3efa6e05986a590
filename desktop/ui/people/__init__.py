"""Persone: the people list, the person card, the person form, merge and GDPR export."""

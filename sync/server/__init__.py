"""The central store and its HTTP endpoint (FastAPI), at the district office."""

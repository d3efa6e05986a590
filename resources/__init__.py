"""Data files: icons, translations, notice texts, reference data (no code)."""

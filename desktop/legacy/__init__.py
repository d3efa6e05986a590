"""The legacy spreadsheets' CSV format: import into a desk register and export back out."""

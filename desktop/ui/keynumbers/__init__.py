"""Numeri chiave: this café's key numbers for a period, grouped as the public report groups
them, with a chart per group, drill-down to the records and export to PDF and CSV."""

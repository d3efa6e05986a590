"""The list machinery every casework screen shares: a filter bar, a sortable lazy table and a
CSV export of exactly what is shown.

A screen describes its list with a ``ListSource`` (one query for the ordered ids of the rows
that pass the filters, one for the rows of a page of ids) and its ``SortableColumn``s, then
puts a ``ListPanel`` on screen. Sorting and filtering run in the database, on the runner, so a
list of 100,000 rows costs one id query and one page read.
"""

"""The list machinery every casework screen shares: a filter bar, a sortable lazy table and a
CSV export of exactly what is shown.

A screen describes its list with a ``ListSource`` (one query for the ordered ids of the rows
that pass the filters, one for the rows of a page of ids, and optionally pages of those ids
with their count) and its ``SortableColumn``s, then puts a ``ListPanel`` on screen. Sorting
and filtering run in the database, on the runner. A source built with ``queries.QueryList``
reads pages: a list of 100,000 rows opens after one page of ids, a count and one page of
rows (with an index that serves its filters and default order, a few milliseconds), and
reads further ids only as it is scrolled.
"""

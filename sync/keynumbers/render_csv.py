"""The key numbers as CSV: one row per indicator, its Italian label, the total, then one
column per site of the report (for a spreadsheet at the district office)."""

import csv
import io

from sync.keynumbers.definitions import INDICATORS
from sync.keynumbers.figures import KeyNumbers


def render_csv(numbers: KeyNumbers) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "label_it", "total", *numbers.sites])
    for indicator in INDICATORS:
        writer.writerow([indicator.id, indicator.label_it, numbers.indicators[indicator.id],
                         *(numbers.by_site[site][indicator.id] for site in numbers.sites)])
    return buffer.getvalue()

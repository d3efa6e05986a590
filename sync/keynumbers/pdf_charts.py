"""The report's charts, drawn with reportlab.graphics from figures already aggregated."""

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from sync.keynumbers.figures import ChartData
from sync.keynumbers.pdf_style import (
    BOLD,
    INK,
    MONTH_ABBREVIATIONS_IT,
    MUTED,
    REGULAR,
    RULE,
    SERIES,
    SITE_COLOURS,
    number_it,
    short_site_name,
)
from sync.vocabulary import REQUEST_KINDS, REQUEST_STATES, THEMES, label

MAX_MONTH_LABELS = 12


def _month_label(year_month: str) -> str:
    year, month = year_month.split("-")
    return f"{MONTH_ABBREVIATIONS_IT[int(month) - 1]} {year[2:]}"


def _months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _style_axes(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
        axis.labels.fillColor = INK
        axis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.labelTextFormat = lambda value: number_it(int(value))
    chart.valueAxis.forceZero = True


def _legend(drawing: Drawing, x: float, y: float, pairs) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 95
    legend.dx = legend.dy = 7
    legend.colorNamePairs = list(pairs)
    drawing.add(legend)


def _empty(drawing: Drawing, message: str = "Nessun dato nel periodo") -> Drawing:
    drawing.add(String(drawing.width / 2, drawing.height / 2, message, fontName=REGULAR,
                       fontSize=9, fillColor=MUTED, textAnchor="middle"))
    return drawing


def accesses_per_month(charts: ChartData, sites, start, end, width, height) -> Drawing:
    """Stacked bars: one per month of the period, one colour per café."""
    drawing = Drawing(width, height)
    months = _months_between(f"{start:%Y-%m}", f"{end:%Y-%m}")
    series = [[charts.accesses_by_month.get(site, {}).get(month, 0) for month in months]
              for site in sites]
    if not any(map(any, series)):
        return _empty(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 34, width - 44, height - 52
    chart.data = series
    chart.categoryAxis.style = "stacked"
    step = max(1, -(-len(months) // MAX_MONTH_LABELS))
    chart.categoryAxis.categoryNames = [
        _month_label(month) if index % step == 0 else "" for index, month in enumerate(months)]
    chart.categoryAxis.labels.angle = 0 if len(months) <= MAX_MONTH_LABELS else 30
    chart.categoryAxis.labels.boxAnchor = "n" if len(months) <= MAX_MONTH_LABELS else "ne"
    chart.barSpacing = 0
    chart.groupSpacing = 2
    for index, site in enumerate(sites):
        chart.bars[index].fillColor = SITE_COLOURS.get(site, SERIES[index % len(SERIES)])
        chart.bars[index].strokeColor = None
    _style_axes(chart)
    drawing.add(chart)
    _legend(drawing, 34, height - 6, ((SITE_COLOURS.get(site, SERIES[0]), short_site_name(site))
                                      for site in sites))
    return drawing


def _horizontal_bars(drawing: Drawing, names: list[str], values: list[int], colour,
                     left: float = 110) -> Drawing:
    if not any(values):
        return _empty(drawing)
    chart = HorizontalBarChart()
    chart.x, chart.y = left, 10
    chart.width, chart.height = drawing.width - left - 30, drawing.height - 20
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda value: number_it(int(value))
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _style_axes(chart)
    chart.categoryAxis.labels.fontSize = 8
    drawing.add(chart)
    return drawing


def accesses_per_cafe(by_site: dict[str, dict[str, int]], width, height) -> Drawing:
    sites = list(by_site)
    return _horizontal_bars(Drawing(width, height), [short_site_name(s) for s in sites],
                            [by_site[site]["accesses"] for site in sites], SERIES[2])


def access_themes(charts: ChartData, width, height) -> Drawing:
    ranked = sorted(((charts.access_themes.get(term.code, 0), term.it) for term in THEMES),
                    key=lambda pair: -pair[0])
    return _horizontal_bars(Drawing(width, height), [name for _, name in ranked],
                            [count for count, _ in ranked], SERIES[1], left=70)


def request_outcomes(charts: ChartData, width, height) -> Drawing:
    """One stacked bar per kind of request, split by where the requests stand now."""
    drawing = Drawing(width, height)
    kinds = [term.code for term in REQUEST_KINDS]
    states = [term.code for term in REQUEST_STATES]
    data = [[charts.request_states.get(kind, {}).get(state, 0) for kind in kinds]
            for state in states]
    if not any(map(any, data)):
        return _empty(drawing)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 70, 26, width - 90, height - 40
    chart.data = data
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [term.it.split(" (")[0] for term in REQUEST_KINDS]
    colours = (SERIES[6], SERIES[4], SERIES[5], SERIES[3])
    for index in range(len(states)):
        chart.bars[index].fillColor = colours[index]
        chart.bars[index].strokeColor = None
    _style_axes(chart)
    chart.categoryAxis.labels.fontSize = 8
    drawing.add(chart)
    _legend(drawing, 70, 8, ((colours[index], label(REQUEST_STATES, state))
                             for index, state in enumerate(states)))
    return drawing

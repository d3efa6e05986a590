"""The key numbers as a PDF a funder would be glad to receive, in Italian.

Page 1 is laid out like the public "I numeri chiave" page: the project's title, the period
and the cafés, then each group's big number with its sentence. Then the charts (accesses per
month and per café, themes, request outcomes), the per-café table, and last the period, the
cafés, the production date and every definition, so the figures can be checked.
"""

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from sync.keynumbers import pdf_charts
from sync.keynumbers.definitions import (
    GROUPS,
    INDICATOR_BY_ID,
    SCOPE_RULE_IT,
    caption,
    indicators_in,
)
from sync.keynumbers.figures import KeyNumbers
from sync.keynumbers.pdf_style import (
    ACCENT,
    BOLD,
    INK,
    MUTED,
    PAPER,
    REGULAR,
    RULE,
    day_it,
    number_it,
    period_it,
    register_fonts,
    short_site_name,
    site_name,
    sites_it,
    style,
)

PROJECT = "#Oltreiperimetri"
TITLE = "I numeri chiave"
MOTTO = "Luoghi, professioni, cittadini e legami nati oltre i perimetri del welfare"
MARGIN = 18 * mm
FRAME_PADDING = 6
WIDTH = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING


def render_pdf(numbers: KeyNumbers) -> bytes:
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{PROJECT} – {TITLE}", author="OP Desk",
        subject=period_it(numbers.start, numbers.end))
    story = _front_page(numbers)
    if numbers.charts is not None:
        story += [PageBreak(), *_charts(numbers)]
    story += [PageBreak(), *_per_cafe_table(numbers), *_definitions(numbers)]
    footer = f"{PROJECT} · {TITLE} · {period_it(numbers.start, numbers.end)}"

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN * 0.6, footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN * 0.6, f"pagina {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _formatted(values: dict[str, int]) -> dict[str, str]:
    return {key: number_it(value, INDICATOR_BY_ID[key].percent) for key, value in values.items()}


def _front_page(numbers: KeyNumbers) -> list:
    header = Table(
        [[Paragraph(PROJECT, style("project", 13, bold=True, colour=ACCENT))],
         [Paragraph(TITLE, style("title", 30, bold=True, leading=36))],
         [Paragraph(MOTTO, style("motto", 9.5, colour=MUTED))],
         [Paragraph(f"{period_it(numbers.start, numbers.end).capitalize()} · "
                    f"{sites_it(numbers.sites)}", style("scope", 10.5, bold=True))]],
        colWidths=[WIDTH])
    header.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PAPER),
        ("LEFTPADDING", (0, 0), (-1, -1), 14), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, 0), 14), ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
        ("LINEBELOW", (0, -1), (-1, -1), 3, ACCENT),
    ]))
    values = _formatted(numbers.indicators)
    cells = [_group_card(group, values) for group in GROUPS]
    grid = Table([cells[index:index + 2] for index in range(0, len(cells), 2)],
                 colWidths=[WIDTH / 2] * 2)
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.6, RULE),
    ]))
    source = (f"Dati del registro OP Desk degli #OP Cafè, prodotti il "
              f"{day_it(numbers.generated_at.date())}. Definizioni e dettaglio per caffè nelle "
              f"pagine seguenti.")
    return [header, Spacer(1, 8 * mm), grid, Spacer(1, 8 * mm),
            Paragraph(source, style("source", 8, colour=MUTED))]


def _group_card(group, values: dict[str, str]) -> list:
    return [
        Paragraph(group.it.upper(), style("group", 7.5, bold=True, colour=MUTED)),
        Paragraph(values[group.headline], style("big", 34, bold=True, colour=ACCENT,
                                                leading=42)),
        Paragraph(caption(group, {key: f"<b>{text}</b>" for key, text in values.items()}),
                  style("caption", 10, leading=13.5)),
    ]


def _section(title: str, note: str | None = None) -> list:
    parts = [Paragraph(title, style("section", 15, bold=True, space_after=2))]
    if note:
        parts.append(Paragraph(note, style("note", 8.5, colour=MUTED, space_after=6)))
    return parts


def _titled(title: str, drawing) -> list:
    return [Paragraph(title, style("chart", 10.5, bold=True, space_after=4)), drawing,
            Spacer(1, 6 * mm)]


def _chart_block(title: str, drawing) -> KeepTogether:
    return KeepTogether(_titled(title, drawing))


def _charts(numbers: KeyNumbers) -> list:
    charts = numbers.charts
    half = WIDTH / 2 - 4 * mm
    side_by_side = Table(
        [[_titled("Accessi per caffè", pdf_charts.accesses_per_cafe(numbers.by_site, half, 120)),
          _titled("Temi degli accessi", pdf_charts.access_themes(charts, half, 120))]],
        colWidths=[WIDTH / 2] * 2)
    side_by_side.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [
        *_section("Andamento", "Accessi e richieste del periodo, per caffè e per tema."),
        _chart_block("Accessi per mese", pdf_charts.accesses_per_month(
            charts, numbers.sites, numbers.start, numbers.end, WIDTH, 210)),
        side_by_side,
        _chart_block("Esito delle richieste aperte nel periodo (stato attuale)",
                     pdf_charts.request_outcomes(charts, WIDTH, 120)),
    ]


def _per_cafe_table(numbers: KeyNumbers) -> list:
    cell = style("cell", 8, leading=10)
    heading = style("heading", 8, bold=True, leading=10, right=True)
    header = [Paragraph("Indicatore", style("heading_left", 8, bold=True)),
              *(Paragraph(name, heading)
                for name in ("Totale", *(short_site_name(site).replace(" ", "<br/>")
                                         for site in numbers.sites)))]
    rows, group_rows = [header], []
    for group in GROUPS:
        group_rows.append(len(rows))
        rows.append([group.it, "", *("" for _ in numbers.sites)])
        for indicator in indicators_in(group.code):
            rows.append([Paragraph(indicator.label_it, cell),
                         number_it(numbers.indicators[indicator.id], indicator.percent),
                         *(number_it(numbers.by_site[site][indicator.id], indicator.percent)
                           for site in numbers.sites)])
    number_width = min(22 * mm, (WIDTH * 0.55) / (len(numbers.sites) + 1))
    widths = [WIDTH - number_width * (len(numbers.sites) + 1)] + \
        [number_width] * (len(numbers.sites) + 1)
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8),
        ("FONT", (0, 0), (-1, 0), BOLD, 8), ("FONT", (1, 1), (1, -1), BOLD, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (1, 0), (-1, -1), 2), ("RIGHTPADDING", (1, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ]
    for row in group_rows:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), PAPER),
                     ("FONT", (0, row), (-1, row), BOLD, 8.5),
                     ("TEXTCOLOR", (0, row), (-1, row), ACCENT)]
    table.setStyle(TableStyle(commands))
    note = ("Le persone distinte sono contate una volta per caffè e una volta nel totale: chi "
            "partecipa in due caffè conta in entrambi, ma una sola volta nel totale.")
    return [*_section("Per caffè", note), table]


def _definitions(numbers: KeyNumbers) -> list:
    sites = ", ".join(site_name(site) for site in numbers.sites)
    facts = [
        ("Periodo", period_it(numbers.start, numbers.end) + " (estremi compresi)"),
        ("Caffè", sites),
        ("Prodotto il", f"{day_it(numbers.generated_at.date())} alle "
                        f"{numbers.generated_at:%H:%M}"),
        ("Versione delle definizioni", numbers.definitions_version),
    ]
    label_style, text_style = style("fact", 8.5, bold=True), style("fact_text", 8.5)
    fact_table = Table([[Paragraph(name, label_style), Paragraph(text, text_style)]
                        for name, text in facts], colWidths=[45 * mm, WIDTH - 45 * mm])
    fact_table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fact_table.hAlign = "LEFT"
    story = [CondPageBreak(60 * mm), Spacer(1, 8 * mm),
             *_section("Come sono calcolati questi numeri", SCOPE_RULE_IT), fact_table,
             Spacer(1, 4 * mm)]
    term, rule = style("term", 8.5, bold=True), style("rule", 8, colour=INK, space_after=5)
    for group in GROUPS:
        story.append(Paragraph(group.it, style("defgroup", 9.5, bold=True, colour=ACCENT,
                                               space_after=2)))
        for indicator in indicators_in(group.code):
            story += [Paragraph(indicator.label_it, term), Paragraph(indicator.rule_it, rule)]
    return story

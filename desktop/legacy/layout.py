"""The legacy CSV format of the contract, declared once for import and export alike.

Each file maps to one register table; each column says what it holds (its kind), whether a
value is required, which register column it fills, and which file a reference points to.
Columns whose value is optional may also be missing from the header altogether.
"""

from dataclasses import dataclass

from sync.vocabulary import (
    ACTIVITY_KIND_CODES,
    OUTCOME_CODES,
    REQUEST_KIND_CODES,
    REQUEST_STATE_CODES,
    THEME_CODES,
)

TEXT, DATE, DATETIME, COUNT, THEMES, CHOICE, TAX_CODE, REFERENCE = (
    "text", "date", "datetime", "count", "themes", "choice", "tax_code", "reference")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    target: str
    required: bool = False
    choices: frozenset[str] = frozenset()
    refers_to: str = ""
    minimum: int = 0


@dataclass(frozen=True)
class LegacyFile:
    name: str
    table: str
    columns: tuple[Column, ...]

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".csv")

    @property
    def has_rif(self) -> bool:
        return self.columns[0].name == "rif"

    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def references(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.kind == REFERENCE)


def _rif() -> Column:
    return Column("rif", TEXT, "rif", required=True)


def _person(required: bool = False) -> Column:
    return Column("rif_persona", REFERENCE, "person_id", required, refers_to="persone.csv")


FILES: tuple[LegacyFile, ...] = (
    LegacyFile("persone.csv", "people", (
        _rif(),
        # Names may be empty: that is how an erased person is exported, and it still counts.
        Column("nome", TEXT, "given_name"),
        Column("cognome", TEXT, "family_name"),
        Column("codice_fiscale", TAX_CODE, "tax_code"),
        Column("data_nascita", DATE, "birth_date"),
        Column("comune", TEXT, "municipality"),
        Column("telefono", TEXT, "phone"),
        Column("email", TEXT, "email"),
        Column("data_consenso", DATE, "consent_date"),
    )),
    LegacyFile("alloggi.csv", "homes", (
        _rif(),
        Column("descrizione", TEXT, "description", required=True),
        Column("comune", TEXT, "municipality"),
        Column("posti", COUNT, "places", required=True),
        Column("disponibile_dal", DATE, "available_from"),
        Column("disponibile_al", DATE, "available_to"),
    )),
    LegacyFile("attivita.csv", "activities", (
        _rif(),
        Column("tipo", CHOICE, "kind", required=True, choices=ACTIVITY_KIND_CODES),
        Column("titolo", TEXT, "title", required=True),
        Column("data_inizio", DATE, "starts_on", required=True),
        Column("data_fine", DATE, "ends_on"),
        Column("partecipanti", COUNT, "head_count"),
    )),
    LegacyFile("accessi.csv", "accesses", (
        _rif(),
        _person(),
        Column("data_ora", DATETIME, "occurred_at", required=True),
        Column("temi", THEMES, "themes"),
        Column("note", TEXT, "notes"),
    )),
    LegacyFile("consulenze.csv", "consultations", (
        _rif(),
        _person(),
        Column("data_ora", DATETIME, "occurred_at", required=True),
        Column("tema", CHOICE, "theme", required=True, choices=THEME_CODES),
        Column("note", TEXT, "notes"),
    )),
    LegacyFile("richieste.csv", "requests", (
        _rif(),
        _person(),
        Column("tipo", CHOICE, "kind", required=True, choices=REQUEST_KIND_CODES),
        Column("data_apertura", DATE, "opened_on", required=True),
        Column("stato", CHOICE, "state", required=True, choices=REQUEST_STATE_CODES),
        Column("data_chiusura", DATE, "closed_on"),
        Column("note", TEXT, "notes"),
    )),
    LegacyFile("ospitalita.csv", "stays", (
        _rif(),
        Column("rif_alloggio", REFERENCE, "home_id", required=True, refers_to="alloggi.csv"),
        Column("rif_richiesta", REFERENCE, "request_id", refers_to="richieste.csv"),
        _person(),
        Column("ospiti", COUNT, "guests", required=True, minimum=1),
        Column("dal", DATE, "start_on", required=True),
        Column("al", DATE, "end_on"),
    )),
    LegacyFile("partecipazioni.csv", "participations", (
        Column("rif_attivita", REFERENCE, "activity_id", required=True,
               refers_to="attivita.csv"),
        _person(required=True),
        Column("esito", CHOICE, "outcome", choices=OUTCOME_CODES),
    )),
)
"""Parents before children: the order of validation, loading and the summary."""

FILE_BY_NAME = {legacy.name: legacy for legacy in FILES}

DATE_RANGES = {"alloggi.csv": ("disponibile_dal", "disponibile_al"),
               "attivita.csv": ("data_inizio", "data_fine"),
               "richieste.csv": ("data_apertura", "data_chiusura"),
               "ospitalita.csv": ("dal", "al")}
"""(first, last) date pairs where the last, when given, may not come before the first."""

NOUNS = {"persone.csv": ("person", "people"), "alloggi.csv": ("home", "homes"),
         "attivita.csv": ("activity", "activities"), "accessi.csv": ("access", "accesses"),
         "consulenze.csv": ("consultation", "consultations"),
         "richieste.csv": ("request", "requests"), "ospitalita.csv": ("stay", "stays"),
         "partecipazioni.csv": ("participation", "participations")}


def counted(name: str, count: int) -> str:
    """``"1 person"``, ``"30,000 people"``: the wording of the summaries."""
    singular, plural = NOUNS[name]
    return f"{count:,} {singular if count == 1 else plural}"

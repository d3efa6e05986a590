"""The controlled vocabularies of the contract, with their wording for people.

Codes are what the register, the wire and the legacy CSV files carry; labels are what a
volunteer or a funder reads. Both languages sit next to each other so that every renderer
(window, PDF, CSV) says the same thing.
"""

import json
from dataclasses import dataclass
from functools import cache

from sync.paths import resources_dir


@dataclass(frozen=True)
class Term:
    code: str
    it: str
    en: str

    def label(self, language: str = "it") -> str:
        return self.it if language == "it" else self.en


def _codes(terms: tuple[Term, ...]) -> frozenset[str]:
    return frozenset(term.code for term in terms)


THEMES = (
    Term("lavoro", "Lavoro", "Work"),
    Term("risparmio", "Risparmio", "Savings"),
    Term("casa", "Casa", "Housing"),
    Term("famiglia", "Famiglia", "Family"),
    Term("debito", "Debito", "Debt"),
    Term("cura", "Cura", "Care"),
    Term("altro", "Altro", "Other"),
)
THEME_CODES = _codes(THEMES)

REQUEST_KINDS = (
    Term("famiglia", "Famiglia", "Family"),
    Term("casa", "Casa (soluzione abitativa transitoria)", "Transitional housing"),
)
REQUEST_KIND_CODES = _codes(REQUEST_KINDS)

REQUEST_STATES = (
    Term("aperta", "Aperta", "Open"),
    Term("soddisfatta", "Soddisfatta", "Satisfied"),
    Term("non_soddisfatta", "Non soddisfatta", "Not satisfied"),
    Term("ritirata", "Ritirata", "Withdrawn"),
)
REQUEST_STATE_CODES = _codes(REQUEST_STATES)
OPEN_STATE = "aperta"

ACTIVITY_KINDS = (
    Term("evento", "Evento", "Event"),
    Term("laboratorio_socialita", "Laboratorio di socialità", "Sociality lab"),
    Term("laboratorio_comunita", "Laboratorio di comunità", "Community lab"),
    Term("gruppo_orientamento", "Gruppo di orientamento al lavoro", "Job orientation group"),
    Term("formazione_borsa_lavoro", "Formazione e borsa lavoro", "Training and work grant"),
    Term("educazione_finanziaria", "Educazione e pianificazione finanziaria",
         "Financial education and planning"),
    Term("scuola", "Incontro nelle scuole", "School session"),
)
ACTIVITY_KIND_CODES = _codes(ACTIVITY_KINDS)

OUTCOMES = (Term("assunto", "Assunto", "Hired"),)
OUTCOME_CODES = _codes(OUTCOMES)

ROLES = (
    Term("volunteer", "Volontario/a", "Volunteer"),
    Term("operator", "Operatore/operatrice", "Operator"),
    Term("coordinator", "Coordinatore/coordinatrice", "Coordinator"),
)
ROLE_CODES = _codes(ROLES)


@dataclass(frozen=True)
class Site:
    code: str
    prefix: str
    name: str
    municipality: str


@cache
def sites() -> dict[str, Site]:
    """The four OP Cafè, by code (reference data owned by the office)."""
    raw = json.loads((resources_dir() / "reference" / "sites.json").read_text("utf-8"))
    return {entry["code"]: Site(**entry) for entry in raw}


@cache
def municipalities() -> tuple[str, ...]:
    """The ten municipalities of the Rhodense district."""
    path = resources_dir() / "reference" / "municipalities.json"
    return tuple(json.loads(path.read_text("utf-8")))


def label(terms: tuple[Term, ...], code: str, language: str = "it") -> str:
    """The label of ``code`` in ``terms``, or the code itself when it is unknown."""
    for term in terms:
        if term.code == code:
            return term.label(language)
    return code

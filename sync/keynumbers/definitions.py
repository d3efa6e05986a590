"""The one definition of each key number: id, the public report's wording, group, rule.

The ids are the contract's (JSON keys, CSV rows, ``--drill``); the wording follows the
public "I numeri chiave" page of #Oltreiperimetri, grouped as it groups them. ``rule_it`` /
``rule_en`` state exactly what is counted, and are printed at the end of every PDF, so a
funder reading a figure can tell how it was obtained. Bump ``DEFINITIONS_VERSION`` whenever
a rule changes: frozen reports keep the version they were computed with.
"""

from dataclasses import dataclass

DEFINITIONS_VERSION = "2026.1"


@dataclass(frozen=True)
class Group:
    """A block of the public page: its headline number and the sentence under it.

    The captions are the public page's sentences with ``{indicator_id}`` placeholders, so the
    report reads like the page the funders already know.
    """

    code: str
    it: str
    en: str
    headline: str
    caption_it: str
    caption_en: str


@dataclass(frozen=True)
class Indicator:
    id: str
    group: str
    label_it: str
    label_en: str
    rule_it: str
    rule_en: str
    percent: bool = False

    def label(self, language: str = "it") -> str:
        return self.label_it if language == "it" else self.label_en


GROUPS = (
    Group("accessi", "Accessi", "Accesses", "accesses",
          "accessi agli #OP Cafè per consulenze", "accesses to the OP Cafè for advice"),
    Group("lavoro", "Lavoro", "Work", "work_consultations",
          "consulenze individuali sul tema del lavoro con {orientation_group_participants} "
          "partecipanti ai gruppi di orientamento e {training_participants} partecipanti "
          "impegnati in formazione e borsa lavoro ({training_hired} poi assunti)",
          "individual consultations on work, with {orientation_group_participants} people in "
          "orientation groups and {training_participants} in training and work grants "
          "({training_hired} hired afterwards)"),
    Group("famiglia", "Famiglia", "Family", "family_requests",
          "richieste per la famiglia ({family_requests_satisfied_pct} soddisfatte)",
          "family requests ({family_requests_satisfied_pct} satisfied)"),
    Group("risparmio", "Risparmio", "Savings", "savings_consultations",
          "consulenze individuali sul tema del risparmio con {financial_education_participants} "
          "partecipanti ai percorsi di educazione e pianificazione finanziaria "
          "({school_students} ragazzi partecipanti nelle scuole)",
          "individual consultations on savings, with {financial_education_participants} people "
          "in financial education and planning courses ({school_students} students reached "
          "in schools)"),
    Group("casa", "Casa", "Housing", "housing_requests",
          "richieste di soluzioni abitative transitorie, {housing_units} case a disposizione "
          "del progetto e {housing_guests} persone ospitate",
          "requests for transitional housing, {housing_units} homes at the project's disposal "
          "and {housing_guests} people hosted"),
    Group("eventi", "Eventi", "Events", "events",
          "eventi e {event_participants} cittadini partecipanti",
          "events and {event_participants} citizens taking part"),
    Group("socialita", "Laboratori di socialità", "Sociality labs", "sociality_labs",
          "laboratori di socialità con {sociality_lab_participants} partecipanti",
          "sociality labs with {sociality_lab_participants} participants"),
    Group("comunita", "Laboratori di comunità", "Community labs", "community_labs",
          "laboratori di comunità con {community_lab_users} fruitori dei servizi",
          "community labs with {community_lab_users} users of their services"),
)


_DISTINCT_IT = ("persone distinte (una persona unita a un'altra conta come quella in cui è "
                "stata unita)")
_DISTINCT_EN = "distinct people (a merged person counts as the person it was merged into)"

INDICATORS = (
    Indicator("accesses", "accessi",
              "accessi agli #OP Cafè per consulenze", "accesses to the OP Cafè for advice",
              "Accessi registrati allo sportello con data e ora nel periodo, anonimi compresi.",
              "Accesses recorded at the desk dated within the period, anonymous ones included."),
    Indicator("work_consultations", "lavoro",
              "consulenze individuali sul tema del lavoro",
              "individual consultations on work",
              "Consulenze individuali con tema 'lavoro' e data nel periodo.",
              "Individual consultations with theme 'lavoro' dated within the period."),
    Indicator("orientation_group_participants", "lavoro",
              "partecipanti ai gruppi di orientamento",
              "participants in job orientation groups",
              f"Iscritti ai gruppi di orientamento iniziati nel periodo: {_DISTINCT_IT}.",
              f"People enrolled in orientation groups started in the period: {_DISTINCT_EN}."),
    Indicator("training_participants", "lavoro",
              "partecipanti impegnati in formazione e borsa lavoro",
              "participants in training and work grants",
              f"Iscritti a formazione e borsa lavoro iniziate nel periodo: {_DISTINCT_IT}.",
              f"People enrolled in training / work grants started in the period: "
              f"{_DISTINCT_EN}."),
    Indicator("training_hired", "lavoro",
              "poi assunti", "hired afterwards",
              "Tra i partecipanti a formazione e borsa lavoro, le persone distinte con esito "
              "'assunto'.",
              "Of the training / work-grant participants, distinct people with outcome "
              "'assunto'."),
    Indicator("family_requests", "famiglia",
              "richieste per la famiglia", "family requests",
              "Richieste di tipo 'famiglia' aperte nel periodo.",
              "Requests of kind 'famiglia' opened within the period."),
    Indicator("family_requests_satisfied_pct", "famiglia",
              "% di richieste per la famiglia soddisfatte", "% of family requests satisfied",
              "Quota delle richieste per la famiglia aperte nel periodo che risultano "
              "'soddisfatte', in percentuale arrotondata all'intero (0,5 per eccesso); 0 se "
              "non ne è stata aperta nessuna.",
              "Share of the family requests opened in the period that are 'soddisfatta', as a "
              "percentage rounded half up to a whole number; 0 when none was opened.",
              percent=True),
    Indicator("savings_consultations", "risparmio",
              "consulenze individuali sul tema del risparmio",
              "individual consultations on savings",
              "Consulenze individuali con tema 'risparmio' e data nel periodo.",
              "Individual consultations with theme 'risparmio' dated within the period."),
    Indicator("financial_education_participants", "risparmio",
              "partecipanti ai percorsi di educazione e pianificazione finanziaria",
              "participants in financial education and planning courses",
              f"Iscritti nominativi ai percorsi iniziati nel periodo ({_DISTINCT_IT}); per i "
              "percorsi senza iscritti nominativi si somma il numero di partecipanti "
              "registrato.",
              f"Named participants in courses started in the period ({_DISTINCT_EN}); for "
              "courses with no named participant, their recorded head count is added."),
    Indicator("school_students", "risparmio",
              "ragazzi partecipanti nelle scuole", "students reached in schools",
              "Somma dei partecipanti degli incontri nelle scuole iniziati nel periodo.",
              "Sum of the head counts of school sessions started in the period."),
    Indicator("housing_requests", "casa",
              "richieste di soluzioni abitative transitorie",
              "requests for transitional housing",
              "Richieste di tipo 'casa' aperte nel periodo.",
              "Requests of kind 'casa' opened within the period."),
    Indicator("housing_units", "casa",
              "case a disposizione del progetto", "homes at the project's disposal",
              "Alloggi la cui disponibilità (dal / al, estremi vuoti = aperti) si sovrappone "
              "al periodo.",
              "Homes whose availability (from / to, an empty end is open) overlaps the "
              "period."),
    Indicator("housing_guests", "casa",
              "persone ospitate", "people hosted",
              "Somma degli ospiti delle ospitalità iniziate nel periodo.",
              "Sum of the guests of the stays that started in the period."),
    Indicator("events", "eventi",
              "eventi", "events",
              "Eventi iniziati nel periodo.", "Events started in the period."),
    Indicator("event_participants", "eventi",
              "cittadini partecipanti", "citizens taking part",
              "Somma dei partecipanti agli eventi iniziati nel periodo (vuoto = 0).",
              "Sum of the head counts of events started in the period (empty = 0)."),
    Indicator("sociality_labs", "socialita",
              "laboratori di socialità", "sociality labs",
              "Laboratori di socialità iniziati nel periodo.",
              "Sociality labs started in the period."),
    Indicator("sociality_lab_participants", "socialita",
              "partecipanti", "participants",
              "Somma dei partecipanti ai laboratori di socialità iniziati nel periodo.",
              "Sum of the head counts of sociality labs started in the period."),
    Indicator("community_labs", "comunita",
              "laboratori di comunità", "community labs",
              "Laboratori di comunità iniziati nel periodo.",
              "Community labs started in the period."),
    Indicator("community_lab_users", "comunita",
              "fruitori dei servizi", "users of their services",
              "Somma dei partecipanti ai laboratori di comunità iniziati nel periodo.",
              "Sum of the head counts of community labs started in the period."),
)

INDICATOR_IDS = tuple(indicator.id for indicator in INDICATORS)
INDICATOR_BY_ID = {indicator.id: indicator for indicator in INDICATORS}

SCOPE_RULE_IT = ("Ogni elemento conta nel periodo quando la sua data cade tra il primo e "
                 "l'ultimo giorno compresi; i record cancellati non contano mai. Ogni record è "
                 "attribuito al caffè che l'ha registrato (anche alloggi, attività e "
                 "ospitalità, che sono condivisi).")
SCOPE_RULE_EN = ("An item counts when its date falls between the first and the last day "
                 "included; deleted records never count. Every record is attributed to the café "
                 "that registered it (homes, activities and stays too, which are shared).")


def indicators_in(group: str) -> tuple[Indicator, ...]:
    return tuple(indicator for indicator in INDICATORS if indicator.group == group)


def caption(group: Group, values: dict[str, str], language: str = "it") -> str:
    """The group's sentence with its numbers filled in (already formatted as text)."""
    return (group.caption_it if language == "it" else group.caption_en).format(**values)

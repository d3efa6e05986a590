"""The few words the receipt prints besides the notice, in Italian and English.

The PDF is made without Qt, so these sit here rather than in a ``.ts`` catalogue; the theme
names come from ``sync.vocabulary`` so the receipt says what the window says.
"""

LABELS = {
    "title": ("Ricevuta di accesso", "Intake receipt"),
    "number": ("Ricevuta n.", "Receipt no."),
    "duplicate": ("COPIA", "DUPLICATE"),
    "when": ("Data e ora", "Date and time"),
    "person": ("Persona", "Visitor"),
    "anonymous": ("accesso anonimo", "anonymous visit"),
    "themes": ("Temi", "Themes"),
    "no_themes": ("nessuno indicato", "none given"),
    "volunteer": ("Accolto/a da", "Welcomed by"),
    "next": ("Prossimo appuntamento", "Next appointment"),
    "project": ("#Oltreiperimetri · Ambito del Rhodense", "#Oltreiperimetri · Rhodense district"),
    "date": ("Data", "Date"),
    "notice_version": ("Informativa versione {version}", "Notice version {version}"),
    "at": ("{date} alle {time}", "{date} at {time}"),
}


def label(key: str, language: str, **values: str) -> str:
    italian, english = LABELS[key]
    text = italian if language == "it" else english
    return text.format(**values) if values else text

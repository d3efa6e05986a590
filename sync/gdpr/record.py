"""The record of processing activities (GDPR art. 30), generated from the schema.

The categories of data are read from the tables themselves, so the record cannot drift from
what the register really stores: a new column shows up in the next record, and a table
nobody described is listed as such (``UNDESCRIBED``) instead of being left out.
"""

from datetime import date

from sync.gdpr.consents import PURPOSES
from sync.schema import REPLICATED_MODELS, SERVER_OWNED
from sync.schema.base import Replicated

BOOKKEEPING = {name for name in vars(Replicated) if not name.startswith("_")} | SERVER_OWNED

PURPOSE_BY_TABLE = {
    "accounts": "chi lavora agli sportelli (volontari, operatori, coordinatori): controllo "
                "degli accessi",
    "people": "identificare la persona accolta allo sportello e ricontattarla (consensi: "
              "registro, ricontatto)",
    "consents": "prova del consenso per finalità e versione dell'informativa (art. 7)",
    "homes": "alloggi a disposizione del progetto per l'ospitalità temporanea (nessun dato "
             "personale)",
    "activities": "attività di gruppo, corsi ed eventi del progetto",
    "accesses": "ogni accoglienza allo sportello e i suoi temi: accompagnamento e numeri chiave",
    "consultations": "consulenze individuali (lavoro, risparmio, casa, famiglia, debito)",
    "requests": "richieste per la famiglia e per la casa, e il loro esito",
    "stays": "ospitalità temporanee: chi, quanti ospiti, quando",
    "participations": "chi ha partecipato a un'attività e con quale esito (assunto)",
    "activity_sessions": "gli incontri di un corso",
    "attendances": "chi era presente a ogni incontro di un corso",
    "receipts": "le ricevute di accesso consegnate alla persona",
    "audit_log": "responsabilizzazione: chi ha esportato, cancellato o letto note sensibili",
    "conflicts": "versioni precedenti di record modificati da due sportelli insieme, da "
                 "rivedere",
}
UNDESCRIBED = "NON ANCORA DESCRITTA: completare questa finalità prima dell'archiviazione"

HEADER = """# Registro delle attività di trattamento (art. 30 GDPR) — OP Desk

Titolare: Ufficio di Piano dell'Ambito Rhodense (Rho), progetto #Oltreiperimetri.
Generato il {today} dallo schema del registro (versione del programma {version}).

- **Finalità**: accoglienza e accompagnamento delle persone agli sportelli OP Cafè
  (Lainate, Pregnana Milanese, Rho, Settimo Milanese); rendicontazione ai finanziatori con
  numeri aggregati.
- **Base giuridica**: consenso per finalità (tabella `consents`), art. 6.1.a; per le note
  sensibili art. 9.2.a.
- **Finalità di consenso**: {purposes}.
- **Interessati**: persone accolte agli sportelli; volontari e operatori.
- **Destinatari**: volontari e operatori dello sportello del proprio sito; coordinatori;
  l'Ufficio di Piano. Nessun trasferimento fuori dall'UE.
- **Conservazione**: le persone senza attività da N anni (default 5) vengono anonimizzate
  da `op-sync retention --years N`; i conteggi restano.
- **Misure di sicurezza**: registro dello sportello e backup cifrati (SQLCipher, chiave nel
  portachiavi del sistema o in un file 0600 fuori dalla cartella dati); password argon2id;
  TLS 1.2+ verso l'ufficio; note sensibili solo per operatori e coordinatori, con registro
  degli accessi; cancellazione (art. 17) propagata a tutti gli sportelli.

## Categorie di dati, per tabella
"""


def processing_record(version: str, today: date | None = None) -> str:
    """The art. 30 record as Markdown."""
    purposes = "; ".join(f"`{code}` ({text})" for code, text in PURPOSES.items())
    parts = [HEADER.format(today=(today or date.today()).isoformat(), version=version,
                           purposes=purposes)]
    for model in REPLICATED_MODELS:
        table = model.__table__
        fields = [column.name for column in table.columns if column.name not in BOOKKEEPING]
        scope = ("condivisa con tutti gli sportelli" if model.__replication_scope__ == "shared"
                 else "resta allo sportello del proprio sito e all'ufficio")
        parts.append(f"\n### `{table.name}`\n\n"
                     f"- Finalità: {PURPOSE_BY_TABLE.get(table.name, UNDESCRIBED)}\n"
                     f"- Circolazione: {scope}\n"
                     f"- Dati: {', '.join(f'`{name}`' for name in fields)}\n")
    return "".join(parts)

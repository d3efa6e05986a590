"""Synthetic legacy CSV folders: realistic, deterministic for a seed, as large as asked.

``write_legacy_folder`` writes the eight files of the contract's legacy import format with
Italian names (accents and apostrophes included), valid codici fiscali (check character
computed), some people without a tax code, anonymous accesses, every theme, request kind and
state, homes with availabilities, stays, all seven activity kinds with head counts, and named
participations including people hired (``assunto``). The same arguments always give the same
bytes, so tests and benchmarks can compare runs.

As a script: ``python -m tests.datagen FOLDER --people 30000 --accesses 100000``.
"""

import argparse
import csv
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from stdnum.it import codicefiscale

from sync.vocabulary import ACTIVITY_KINDS, REQUEST_STATES, THEMES, municipalities, sites

COLUMNS = {
    "persone.csv": ("rif", "nome", "cognome", "codice_fiscale", "data_nascita", "comune",
                    "telefono", "email", "data_consenso"),
    "accessi.csv": ("rif", "rif_persona", "data_ora", "temi", "note"),
    "consulenze.csv": ("rif", "rif_persona", "data_ora", "tema", "note"),
    "richieste.csv": ("rif", "rif_persona", "tipo", "data_apertura", "stato", "data_chiusura",
                      "note"),
    "alloggi.csv": ("rif", "descrizione", "comune", "posti", "disponibile_dal", "disponibile_al"),
    "ospitalita.csv": ("rif", "rif_alloggio", "rif_richiesta", "rif_persona", "ospiti", "dal",
                       "al"),
    "attivita.csv": ("rif", "tipo", "titolo", "data_inizio", "data_fine", "partecipanti"),
    "partecipazioni.csv": ("rif_attivita", "rif_persona", "esito"),
}
"""The contract's files and columns, in order (a test-side copy: the importer has its own)."""

MALE_NAMES = ("Luca", "Marco", "Giuseppe", "Niccolò", "Nicolò", "Andrea", "Mattia", "Francesco",
              "Gabriele", "Lorenzo", "Salvatore", "Antonio", "Youssef", "Ionuț", "Mohamed",
              "Gianluca", "Pietro", "Davide", "Raffaele", "Thomas")
FEMALE_NAMES = ("Giulia", "Chiara", "Francesca", "Maria Grazia", "Sofia", "Aurora", "Noemi",
                "Zoë", "Federica", "Anna", "Fatima", "Andreea", "Martina", "Elena", "Rosalìa",
                "Alessia", "Beatrice", "Giorgia", "Irene", "Ilaria")
SURNAMES = ("Rossi", "Colombo", "Brambilla", "Galbiati", "Fumagalli", "Cantù", "Mazzà",
            "Bonfà", "Zanè", "Dell'Orto", "D'Angelo", "De Luca", "Lo Bianco", "Ferrari",
            "Esposito", "Russo", "Sala", "Villa", "Pirovano", "Caccia", "Nicolì", "Parisi",
            "El Amrani", "Popescu", "Mariani", "Riva", "Gatti", "Bianchi", "Conti", "Romano")
BIRTH_PLACES = ("H264", "H264", "F205", "F205", "E421", "H501", "F839", "G273",
                "A662", "Z129", "Z330")
"""Belfiore codes: Rho, Milano, Lainate, Roma, Napoli, Palermo, Bari,
Romania, Morocco."""
MONTH_LETTERS = "ABCDEHLMPRST"
NOTE_SNIPPETS = ("", "", "", "richiede appuntamento", "accompagnata dalla figlia",
                 'dice "tornerà giovedì", da richiamare', "bollette arretrate, affitto",
                 "segnalato dai servizi sociali", "CV da aggiornare; colloquio il 12",
                 "prima volta allo sportello\nparla poco italiano")
THEME_WEIGHTS = {"lavoro": 40, "risparmio": 18, "casa": 14, "famiglia": 12, "debito": 8,
                 "cura": 5, "altro": 3}
HEAD_COUNT_KINDS = {"evento": (20, 160), "laboratorio_socialita": (6, 25),
                    "laboratorio_comunita": (5, 30), "scuola": (15, 120)}
NAMED_KINDS = ("gruppo_orientamento", "formazione_borsa_lavoro", "educazione_finanziaria")
TITLES = {"evento": "Festa di quartiere", "laboratorio_socialita": "Laboratorio di cucina",
          "laboratorio_comunita": "Orto condiviso", "gruppo_orientamento": "Gruppo lavoro",
          "formazione_borsa_lavoro": "Corso di magazzino e borsa lavoro",
          "educazione_finanziaria": "Bilancio familiare", "scuola": "Incontro in classe"}


@dataclass(frozen=True)
class _Person:
    rif: str
    given: str
    family: str
    female: bool
    birth: date


def _letters(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.upper() if ch.isalpha())


def _name_part(text: str, *, given: bool) -> str:
    letters = _letters(text)
    consonants = [c for c in letters if c not in "AEIOU"]
    vowels = [c for c in letters if c in "AEIOU"]
    if given and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return ("".join(consonants + vowels) + "XXX")[:3]


def tax_code(given: str, family: str, birth: date, female: bool, place: str) -> str:
    """A valid codice fiscale for these details (check character computed)."""
    day = birth.day + (40 if female else 0)
    body = (f"{_name_part(family, given=False)}{_name_part(given, given=True)}"
            f"{birth.year % 100:02d}{MONTH_LETTERS[birth.month - 1]}{day:02d}{place}")
    return body + codicefiscale.calc_check_digit(body)


class _Generator:
    def __init__(self, seed: int, site: str, start: date, end: date) -> None:
        self.rng = random.Random(seed)
        self.start, self.end = start, end
        self.home_town = sites()[site].municipality
        self.towns = [*municipalities(), "Milano"]

    def day(self, start: date | None = None, end: date | None = None) -> date:
        start, end = start or self.start, end or self.end
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def desk_time(self) -> str:
        day = self.day()
        while day.weekday() == 6:  # desks are closed on Sunday
            day -= timedelta(days=1)
        if day < self.start:
            day = self.start
        moment = datetime.combine(day, time(9)) + timedelta(minutes=15 * self.rng.randint(0, 38))
        return moment.strftime("%Y-%m-%dT%H:%M")

    def town(self) -> str:
        return self.home_town if self.rng.random() < 0.5 else self.rng.choice(self.towns)

    def note(self) -> str:
        return self.rng.choice(NOTE_SNIPPETS)

    def themes(self, count: int) -> list[str]:
        codes, weights = zip(*THEME_WEIGHTS.items(), strict=True)
        chosen = set(self.rng.choices(codes, weights, k=count))
        return [term.code for term in THEMES if term.code in chosen]

    def person(self, index: int) -> tuple[_Person, dict]:
        rng = self.rng
        female = rng.random() < 0.55
        given = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        family = rng.choice(SURNAMES)
        birth = date(rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28))
        person = _Person(f"P{index:06d}", given, family, female, birth)
        has_code = rng.random() > 0.1
        ascii_name = f"{_letters(given)}.{_letters(family)}".lower()
        row = {
            "rif": person.rif, "nome": given, "cognome": family,
            "codice_fiscale": tax_code(given, family, birth, female, rng.choice(BIRTH_PLACES))
            if has_code else "",
            "data_nascita": birth.isoformat() if has_code or rng.random() < 0.5 else "",
            "comune": self.town() if rng.random() < 0.95 else "",
            "telefono": f"+39 3{rng.randint(20, 99)} {rng.randint(1000000, 9999999)}"
            if rng.random() < 0.8 else "",
            "email": f"{ascii_name}{index}@example.it" if rng.random() < 0.4 else "",
            "data_consenso": self.day().isoformat() if rng.random() < 0.9 else "",
        }
        return person, row


def _write(folder: Path, name: str, rows: list[dict], bom: bool) -> None:
    with (folder / name).open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS[name], lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def write_legacy_folder(folder: Path, *, people: int = 200, accesses: int = 1000, seed: int = 1,
                        site: str = "rho", start: date = date(2024, 1, 1),
                        end: date = date(2024, 12, 31), consultations: int | None = None,
                        requests: int | None = None, homes: int | None = None,
                        activities: int | None = None, bom: bool = False) -> dict[str, int]:
    """Write the eight legacy files into ``folder``; return the number of rows per file.

    Unset counts scale with ``people`` and ``accesses``; every vocabulary value appears as
    long as there are at least 8 requests and 14 activities (the defaults guarantee it).
    """
    if people < 1:
        raise ValueError("a legacy folder needs at least one person")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gen = _Generator(seed, site, start, end)
    rng = gen.rng
    everyone, person_rows = [], []
    for index in range(1, people + 1):
        person, row = gen.person(index)
        everyone.append(person)
        person_rows.append(row)
    regulars = everyone[: max(1, people // 5)]  # a fifth of the people come back often

    def someone() -> _Person:
        return rng.choice(regulars) if rng.random() < 0.5 else rng.choice(everyone)

    access_rows = [{
        "rif": f"A{index:07d}",
        "rif_persona": "" if rng.random() < 0.15 else someone().rif,
        "data_ora": gen.desk_time(),
        "temi": ";".join(gen.themes(rng.choice((1, 1, 1, 2, 2, 3)))),
        "note": gen.note(),
    } for index in range(1, accesses + 1)]
    consultation_count = accesses // 2 if consultations is None else consultations
    consultation_rows = [{
        "rif": f"C{index:07d}", "rif_persona": someone().rif, "data_ora": gen.desk_time(),
        "tema": gen.themes(1)[0] if index > len(THEMES) else THEMES[index - 1].code,
        "note": gen.note(),
    } for index in range(1, consultation_count + 1)]

    request_rows, stay_rows = [], []
    home_count = homes if homes is not None else min(40, max(4, people // 500))
    home_rows = []
    for index in range(1, home_count + 1):
        available_from = gen.day(start - timedelta(days=365), end)
        home_rows.append({
            "rif": f"H{index:04d}", "comune": gen.town(), "posti": str(rng.randint(2, 6)),
            "descrizione": f"Appartamento {rng.choice(('bilocale', 'trilocale'))}, "
                           f"via {rng.choice(SURNAMES)} {rng.randint(1, 80)}",
            "disponibile_dal": available_from.isoformat(),
            "disponibile_al": "" if rng.random() < 0.4
            else (available_from + timedelta(days=rng.randint(90, 900))).isoformat(),
        })
    kinds_states = [(kind, state.code) for kind in ("famiglia", "casa") for state in REQUEST_STATES]
    request_count = requests if requests is not None else max(8, people // 10)
    for index in range(1, request_count + 1):
        kind, state = (kinds_states[index - 1] if index <= len(kinds_states)
                       else (rng.choice(("famiglia", "casa")), rng.choice(kinds_states)[1]))
        opened = gen.day()
        closed = "" if state == "aperta" else gen.day(opened, end).isoformat()
        person = someone()
        request_rows.append({"rif": f"R{index:06d}", "rif_persona": person.rif, "tipo": kind,
                             "data_apertura": opened.isoformat(), "stato": state,
                             "data_chiusura": closed, "note": gen.note()})
        if kind == "casa" and state in ("soddisfatta", "aperta") and home_rows:
            stay_start = gen.day(opened, end)
            stay_rows.append({
                "rif": f"S{len(stay_rows) + 1:06d}", "rif_alloggio": rng.choice(home_rows)["rif"],
                "rif_richiesta": f"R{index:06d}", "rif_persona": person.rif,
                "ospiti": str(rng.randint(1, 5)), "dal": stay_start.isoformat(),
                "al": "" if rng.random() < 0.3
                else (stay_start + timedelta(days=rng.randint(30, 240))).isoformat(),
            })

    activity_rows, participation_rows = [], []
    activity_count = activities if activities is not None else max(14, people // 100)
    for index in range(1, activity_count + 1):
        kind = ACTIVITY_KINDS[(index - 1) % len(ACTIVITY_KINDS)].code
        starts = gen.day()
        lasts = kind in NAMED_KINDS or rng.random() < 0.2
        head_count = ""
        if kind in HEAD_COUNT_KINDS:
            head_count = str(rng.randint(*HEAD_COUNT_KINDS[kind]))
        rif = f"T{index:05d}"
        activity_rows.append({
            "rif": rif, "tipo": kind, "titolo": f"{TITLES[kind]} n. {index}",
            "data_inizio": starts.isoformat(), "partecipanti": head_count,
            "data_fine": (starts + timedelta(days=rng.randint(7, 90))).isoformat() if lasts else "",
        })
        if kind in NAMED_KINDS:
            for person in rng.sample(everyone, min(len(everyone), rng.randint(3, 12))):
                hired = kind == "formazione_borsa_lavoro" and rng.random() < 0.35
                participation_rows.append({"rif_attivita": rif, "rif_persona": person.rif,
                                           "esito": "assunto" if hired else ""})

    files = {"persone.csv": person_rows, "accessi.csv": access_rows,
             "consulenze.csv": consultation_rows, "richieste.csv": request_rows,
             "alloggi.csv": home_rows, "ospitalita.csv": stay_rows,
             "attivita.csv": activity_rows, "partecipazioni.csv": participation_rows}
    for name, rows in files.items():
        _write(folder, name, rows, bom)
    return {name: len(rows) for name, rows in files.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.datagen", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--accesses", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--site", default="rho", choices=sorted(sites()))
    parser.add_argument("--from", dest="start", type=date.fromisoformat, default=date(2024, 1, 1))
    parser.add_argument("--to", dest="end", type=date.fromisoformat, default=date(2024, 12, 31))
    parser.add_argument("--bom", action="store_true", help="start each file with a UTF-8 BOM")
    args = parser.parse_args(argv)
    counts = write_legacy_folder(args.folder, people=args.people, accesses=args.accesses,
                                 seed=args.seed, site=args.site, start=args.start,
                                 end=args.end, bom=args.bom)
    for name, count in counts.items():
        print(f"{name:20} {count:>9,}")


if __name__ == "__main__":
    main()

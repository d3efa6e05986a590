"""Person search over 100,000 people: median and p95 per query kind.

Run: ``python -m tests.benchmarks.search [N]``. Builds a throwaway desk register with N
people (default 100,000) with Italian and immigrant names as met at the desks, codici
fiscali, phones and a few accesses each, through the bulk Core path an import uses (so the
index triggers pay their cost there), then times ``search_people`` for each kind of query.
Wall-clock and CPU time are both shown: on a shared, loaded machine the wall-clock p95
includes waiting for a core.
"""

import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from stdnum.it import codicefiscale

from desktop.services.desk import create_desk
from desktop.services.search import search_people
from desktop.services.search_index import fold
from sync.ids import new_id
from sync.schema import Access, Person


def _names(words: str) -> tuple[str, ...]:
    """Names from a space-separated list; ``_`` stands for a space inside a name."""
    return tuple(word.replace("_", " ") for word in words.split())


SURNAMES = _names(
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
    "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
    "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra "
    "Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco "
    "Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina "
    "Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone "
    "Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino "
    "Fiore De_Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri "
    "Costantini Milani Pagano Ruggiero Sorrentino D'Amico Orlando Damico Negri Colò Fabbrò "
    "Hossain Rahman El_Amrani Benali Popescu Ionescu Mohamed Diallo Kaur Singh Zhang Chen "
    "Hu Da_Silva Gómez Pérez Rodríguez Nguyen Kovač Bajrami Hoxha"
)
GIVEN = _names(
    "Marco Giuseppe Giovanni Antonio Luca Francesco Andrea Alessandro Matteo Lorenzo Davide "
    "Paolo Stefano Roberto Simone Federico Riccardo Nicolò Niccolò Gabriele Mattia Emanuele "
    "Salvatore Mario Luigi Vincenzo Michele Fabio Daniele Pietro Maria Anna Giulia Francesca "
    "Sara Chiara Laura Valentina Alessia Martina Elena Paola Silvia Giorgia Federica Roberta "
    "Sofia Aurora Alice Ginevra Beatrice Caterina Lucia Rosa Angela Teresa Carla Patrizia "
    "Rossella Marta Noemi Ilaria Fatima Mohamed Ahmed Youssef Amina Khadija Ion Elena Andrei "
    "Mihai Olena Svitlana Wei Jin Mei Ana José Juan María Luz Mamadou Aminata Priya Arjun "
    "Gurpreet Rohan Ayşe Zoë Chloé Noè Nicolás Joël Jérôme"
)
TOWNS = ("H264", "E514", "G964", "I690", "F205", "C986", "A744", "F874", "G421", "L664")
MONTHS = "ABCDEHLMPRST"
KINDS = ("surname prefix", "surname + name", "name, no accent", "tax code prefix",
         "phone digits", "two letters")


def _letters(name: str, given: bool) -> str:
    plain = fold(name).upper()
    consonants = [c for c in plain if c.isalpha() and c not in "AEIOU"]
    vowels = [c for c in plain if c in "AEIOU"]
    if given and len(consonants) > 3:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return "".join(consonants + vowels + ["X"] * 3)[:3]


def _person(rng: random.Random) -> dict:
    family = rng.choice(SURNAMES)
    given = rng.choice(GIVEN)
    born = datetime(1940, 1, 1) + timedelta(days=rng.randrange(365 * 65))
    day = born.day + (40 if rng.random() < 0.5 else 0)
    stem = (f"{_letters(family, False)}{_letters(given, True)}{born:%y}"
            f"{MONTHS[born.month - 1]}{day:02d}{rng.choice(TOWNS)}")
    with_phone = rng.random() < 0.7
    return {
        "id": new_id(), "site": "rho", "hlc": "0", "deleted": False,
        "family_name": family, "given_name": given,
        "tax_code": stem + codicefiscale.calc_check_digit(stem) if rng.random() < 0.8 else None,
        "birth_date": born.date(), "municipality": rng.choice(("Rho", "Lainate", "Pero")),
        "phone": (f"3{rng.randrange(20, 99)} {rng.randrange(10**6, 10**7)}"
                  if with_phone else None),
        "merged_into": None,
    }


def _accesses(rng: random.Random, people: list[dict]) -> list[dict]:
    start = datetime(2025, 1, 1, 9)
    return [{"id": new_id(), "site": "rho", "hlc": "0", "deleted": False,
             "person_id": person["id"], "themes": "lavoro",
             "occurred_at": start + timedelta(minutes=rng.randrange(600 * 24 * 60))}
            for person in people if rng.random() < 0.6 for _ in range(rng.randrange(1, 4))]


def _query(kind: str, person: dict) -> str:
    family, given = person["family_name"], person["given_name"]
    if kind == "surname prefix":
        return family[:4]
    if kind == "surname + name":
        return f"{family[:4].lower()} {given[:3].lower()}"
    if kind == "name, no accent":
        return fold(given)
    if kind == "tax code prefix":
        return (person["tax_code"] or "")[:6]
    if kind == "phone digits":
        return (person["phone"] or "").replace(" ", "")[:7]
    return family[:2]


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main(count: int = 100_000, samples: int = 300) -> None:
    rng = random.Random(20260302)
    people = [_person(rng) for _ in range(count)]
    accesses = _accesses(rng, people)
    with tempfile.TemporaryDirectory() as folder:
        desk = create_desk(Path(folder) / "desk", "rho")
        began = time.perf_counter()
        with desk.raw_writing() as connection:
            connection.execute(insert(Person), people)
            connection.execute(insert(Access), accesses)
        loaded = time.perf_counter() - began
        print(f"{count:,} people and {len(accesses):,} accesses loaded (index kept by "
              f"triggers) in {loaded:.1f} s")
        print(f"{'query kind':<18} {'n people':>9} {'queries':>8} {'median ms':>10} "
              f"{'p95 ms':>8} {'p95 cpu ms':>12} {'avg hits':>9}")
        for kind in KINDS:
            queries = [q for q in (_query(kind, rng.choice(people)) for _ in range(samples)) if q]
            timings, cpu_timings, hits = [], [], 0
            for query in queries:
                began, began_cpu = time.perf_counter(), time.process_time()
                hits += len(search_people(desk, query))
                timings.append((time.perf_counter() - began) * 1000)
                cpu_timings.append((time.process_time() - began_cpu) * 1000)
            print(f"{kind:<18} {count:>9,} {len(queries):>8} "
                  f"{statistics.median(timings):>10.2f} {_p95(timings):>8.2f} "
                  f"{_p95(cpu_timings):>12.2f} {hits / len(queries):>9.1f}")
        desk.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)

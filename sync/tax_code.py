"""The Italian codice fiscale, checked with python-stdnum (checksum, omocodia, dates).

``check_tax_code`` never raises on odd input: it returns what it found, with a reason a
volunteer can read when the code is not valid.
"""

from dataclasses import dataclass
from datetime import date

from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.it import codicefiscale

_REASONS = (
    (InvalidLength, "il codice fiscale deve avere 16 caratteri",
     "a tax code has 16 characters"),
    (InvalidChecksum, "l'ultimo carattere (controllo) non torna: forse un errore di battitura",
     "the last (check) character does not match: probably a typo"),
    (InvalidComponent, "la data di nascita nel codice non esiste",
     "the birth date inside the code does not exist"),
    (InvalidFormat, "il codice contiene lettere o cifre fuori posto",
     "the code has letters or digits in the wrong places"),
)


@dataclass(frozen=True)
class TaxCodeCheck:
    code: str
    valid: bool
    reason_it: str = ""
    reason_en: str = ""
    birth_date: date | None = None
    sex: str | None = None

    def reason(self, language: str = "it") -> str:
        return self.reason_it if language == "it" else self.reason_en


def normalise_tax_code(raw: str) -> str:
    return codicefiscale.compact(raw or "")


def check_tax_code(raw: str) -> TaxCodeCheck:
    """Validate ``raw`` (spaces and case forgiven) and derive birth date and sex."""
    code = normalise_tax_code(raw)
    if len(code) != 16:  # stdnum also accepts the 11-digit numbers of companies
        return TaxCodeCheck(code, False, *_REASONS[0][1:])
    try:
        code = codicefiscale.validate(code)
    except ValidationError as error:
        for kind, reason_it, reason_en in _REASONS:
            if isinstance(error, kind):
                return TaxCodeCheck(code, False, reason_it, reason_en)
        return TaxCodeCheck(code, False, "codice fiscale non valido", "invalid tax code")
    try:
        birth, sex = codicefiscale.get_birth_date(code), codicefiscale.get_gender(code)
    except ValidationError:
        birth, sex = None, None
    return TaxCodeCheck(code, True, birth_date=birth, sex=sex)

"""Sample receipts anyone can look at: ``python -m desktop.receipts.samples OUTDIR``.

Builds a throw-away register (never the desk's own), registers one access with accents in the
names, and writes the receipt on every paper as PDF, plus a duplicate and an English one;
with poppler's ``pdftoppm`` installed each PDF also becomes a PNG.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from desktop.receipts.content import prepare_receipt
from desktop.receipts.layout import PAPERS
from desktop.receipts.pdf import receipt_pdf
from desktop.services.desk import create_desk
from sync.schema import Access, Account, Person

PNG_DPI = "110"


def write_samples(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        register = create_desk(Path(scratch), "rho")
        try:
            content = prepare_receipt(register, _sample_access(register))
        finally:
            register.close()
    documents = {f"receipt-{paper}": receipt_pdf(content, paper, "it") for paper in PAPERS}
    documents["receipt-80mm-copia"] = receipt_pdf(content.as_duplicate(), "80mm", "it")
    documents["receipt-a5-english"] = receipt_pdf(content, "a5", "en")
    written = []
    for name, document in documents.items():
        path = out_dir / f"{name}.pdf"
        path.write_bytes(document)
        written.append(path)
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", PNG_DPI, "-png", "-singlefile", str(path),
                            str(path.with_suffix(""))], check=True)
            written.append(path.with_suffix(".png"))
    return written


def _sample_access(register) -> str:
    with register.writing() as session:
        volunteer = Account(username="giulia", display_name="Giulia Bassi", role="volunteer",
                            secret_hash="-", created_at=datetime(2026, 1, 7))
        person = Person(given_name="Niccolò", family_name="Mazzà")
        session.add_all([volunteer, person])
        session.flush()
        access = Access(person_id=person.id, occurred_at=datetime(2026, 3, 12, 10, 42),
                        themes="lavoro;debito", created_by=volunteer.id,
                        next_appointment=datetime(2026, 3, 19, 15, 0))
        session.add(access)
    return access.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.receipts.samples",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR")
    args = parser.parse_args(argv)
    for path in write_samples(args.out_dir):
        print(path)
    if not shutil.which("pdftoppm"):
        print("No PNGs: install poppler-utils (pdftoppm) to get images too.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

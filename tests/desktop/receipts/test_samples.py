"""``python -m desktop.receipts.samples OUTDIR``: sample receipts anyone can open."""

import shutil

from desktop.receipts.samples import main
from tests.desktop.receipts.pdf_text import pdf_text


def test_samples_command_writes_every_paper_a_duplicate_and_an_english_one(tmp_path, capsys):
    assert main([str(tmp_path / "samples")]) == 0
    pdfs = sorted(path.name for path in (tmp_path / "samples").glob("*.pdf"))
    assert pdfs == ["receipt-80mm-copia.pdf", "receipt-80mm.pdf", "receipt-a4.pdf",
                    "receipt-a5-english.pdf", "receipt-a5.pdf"]
    assert "COPIA" in pdf_text((tmp_path / "samples" / "receipt-80mm-copia.pdf").read_bytes())
    assert "Intake receipt" in pdf_text(
        (tmp_path / "samples" / "receipt-a5-english.pdf").read_bytes())
    if shutil.which("pdftoppm"):
        assert len(list((tmp_path / "samples").glob("*.png"))) == 5
    assert "receipt-a4.pdf" in capsys.readouterr().out

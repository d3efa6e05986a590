"""``op-desk receipt``: the contract's command, its output and its failures."""

import pytest
from reportlab.lib.units import mm

from desktop.cli import main
from sync.schema import Receipt
from tests.desktop.receipts.pdf_text import pdf_pages, pdf_text


def test_receipt_command_writes_the_pdf_and_a_second_run_is_a_duplicate(
        register, access, data_dir, tmp_path, capsys):
    out = tmp_path / "ricevuta.pdf"
    args = ["--data-dir", str(data_dir), "receipt", access.id, "--paper", "80mm", "--out",
            str(out)]
    assert main(args) == 0
    first = pdf_text(out.read_bytes())
    assert "Niccolò Mazzà" in first and "COPIA" not in first
    assert float(pdf_pages(out.read_bytes())[0].mediabox.width) == pytest.approx(80 * mm)
    assert "Wrote receipt RHO-" in capsys.readouterr().out
    assert main([*args, "--language", "en"]) == 0
    assert "DUPLICATE" in pdf_text(out.read_bytes())
    assert "duplicate of receipt" in capsys.readouterr().out


def test_receipt_command_defaults_to_a4_named_after_the_number(
        register, access, data_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(data_dir), "receipt", access.id]) == 0
    written, = tmp_path.glob("RHO-*.pdf")
    assert written.stem in pdf_text(written.read_bytes())
    assert float(pdf_pages(written.read_bytes())[0].mediabox.height) == pytest.approx(841.89,
                                                                                       abs=0.01)


@pytest.mark.parametrize(("extra", "status", "sentence"), [
    (["nope"], 1, "There is no access 'nope'"),
    (["ACCESS", "--paper", "letter"], 2, "Unknown paper 'letter'"),
    (["ACCESS", "--out", "missing/folder/r.pdf"], 1, "Could not write"),
])
def test_receipt_command_fails_in_one_sentence_and_hands_out_nothing(
        register, access, data_dir, tmp_path, capsys, extra, status, sentence):
    extra = [access.id if word == "ACCESS" else word for word in extra]
    if extra[-1].startswith("missing"):
        extra[-1] = str(tmp_path / extra[-1])
    assert main(["--data-dir", str(data_dir), "receipt", *extra]) == status
    error = capsys.readouterr().err.strip()
    assert error.startswith(sentence) and "Traceback" not in error
    assert len(error.splitlines()) == 1
    assert list(tmp_path.rglob("*.pdf")) == []
    with register.reading() as session:
        assert all(receipt.copies == 0 for receipt in session.query(Receipt))

"""A folder with bad rows is refused as a whole, every problem named by file and line."""

import pytest

from desktop.legacy.importing import import_folder
from sync.errors import InvalidInput
from tests.desktop.legacy.conftest import TYPO_CODE, snapshot, write_csv


def test_bad_folder_is_refused_with_every_problem_and_the_register_unchanged(desk, bad_folder):
    before = snapshot(desk)
    with pytest.raises(InvalidInput) as refused:
        import_folder(desk, bad_folder)
    problems = refused.value.problems
    assert [problem.split(": ", 1)[0] for problem in problems] == [
        "persone.csv:3", "accessi.csv:5", "consulenze.csv:2", "richieste.csv:2"]
    assert f"codice_fiscale '{TYPO_CODE}' is not valid: the last (check) character" in problems[0]
    assert "unknown theme 'lavoretto' in temi" in problems[1]
    assert "rif_persona 'P99' matches no row of persone.csv and no person" in problems[2]
    assert "data_apertura '2024-02-30' is not a date (YYYY-MM-DD)" in problems[3]
    assert "Nothing was imported: 4 problems in 4 rows" in str(refused.value)
    assert snapshot(desk) == before


def test_every_kind_of_value_is_checked(desk, tmp_path):
    folder = tmp_path / "odd"
    write_csv(folder, "alloggi.csv", [
        ["rif", "descrizione", "comune", "posti", "disponibile_dal", "disponibile_al"],
        ["H1", "Bilocale", "Rho", "-2", "2024-01-01", "2023-12-31"],
        ["H1", "", "Rho", "tre", "", ""],
    ])
    write_csv(folder, "attivita.csv", [
        ["rif", "tipo", "titolo", "data_inizio", "data_fine", "partecipanti"],
        ["T1", "festa", "Festa", "2024-13-01", "", "12"],
    ])
    write_csv(folder, "accessi.csv", [
        ["rif", "rif_persona", "data_ora", "temi", "note"],
        ["A1", "", "2024-02-01 10:00", "", ""],
        ["A2", "", "2024-02-01T10:00", "", "a", "b"],
    ])
    write_csv(folder, "partecipazioni.csv", [
        ["rif_attivita", "rif_persona", "esito"],
        ["T1", "P1", "licenziato"],
    ])
    with pytest.raises(InvalidInput) as refused:
        import_folder(desk, folder)
    found = "\n".join(refused.value.problems)
    for expected in (
        "alloggi.csv:2: posti '-2' is not a whole number (0 or more)",
        "alloggi.csv:2: disponibile_al comes before disponibile_dal",
        "alloggi.csv:3: rif 'H1' is already used on line 2",
        "alloggi.csv:3: descrizione is empty",
        "alloggi.csv:3: posti 'tre' is not a whole number",
        "attivita.csv:2: tipo 'festa' is not one of: educazione_finanziaria, evento,",
        "attivita.csv:2: data_inizio '2024-13-01' is not a date",
        "accessi.csv:2: data_ora '2024-02-01 10:00' is not a date and time (YYYY-MM-DDTHH:MM)",
        "accessi.csv:3: 6 values where the header has 5 columns",
        "partecipazioni.csv:2: esito 'licenziato' is not one of: assunto",
        "partecipazioni.csv:2: rif_persona 'P1' matches no row of persone.csv",
    ):
        assert expected in found


def test_missing_required_column_and_semicolon_files_are_explained(desk, tmp_path):
    folder = tmp_path / "semicolons"
    write_csv(folder, "persone.csv", [["rif;nome;cognome"], ["P1;Anna;Sala"]])
    with pytest.raises(InvalidInput) as refused:
        import_folder(desk, folder)
    assert refused.value.problems == [
        "persone.csv:1: missing column rif: the file looks separated by ';', "
        "save it as comma-separated CSV"]


def test_a_file_that_is_not_utf8_is_refused_at_its_line(desk, tmp_path):
    folder = tmp_path / "latin1"
    folder.mkdir()
    (folder / "persone.csv").write_bytes(
        "rif,nome,cognome\nP1,Anna,Sala\nP2,Niccolò,Cantù\n".encode("cp1252"))
    with pytest.raises(InvalidInput) as refused:
        import_folder(desk, folder)
    assert refused.value.problems == [
        "persone.csv:3: the file is not UTF-8 text: save it again as 'CSV UTF-8'"]


def test_an_empty_or_missing_folder_says_what_was_expected(desk, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InvalidInput, match=r"no legacy files .* expected one or more of "
                                            r"persone.csv"):
        import_folder(desk, tmp_path / "empty")
    with pytest.raises(InvalidInput, match="does not exist"):
        import_folder(desk, tmp_path / "nowhere")


def test_a_quote_that_never_closes_is_reported_not_swallowed(desk, tmp_path):
    folder = tmp_path / "quotes"
    folder.mkdir()
    (folder / "accessi.csv").write_text(
        'rif,rif_persona,data_ora,temi,note\n'
        'A1,,2024-02-01T10:00,lavoro,ok\n'
        'A2,,2024-02-01T10:00,lavoro,"non chiusa\n'
        'A3,,2024-02-01T10:00,lavoro,persa\n', encoding="utf-8")
    with pytest.raises(InvalidInput) as refused:
        import_folder(desk, folder)
    assert refused.value.problems[0].startswith(
        "accessi.csv:3: the double quotes of a value do not pair up")

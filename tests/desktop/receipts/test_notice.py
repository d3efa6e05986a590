"""The notice files: complete, versioned, and refused with a clear reason when broken."""

import pytest

from desktop.receipts.notice import REQUIRED_SECTIONS, current_notice, notice_file, parse_notice
from sync.errors import InvalidInput


@pytest.mark.parametrize("language", ["it", "en"])
def test_shipped_notices_have_every_required_section_and_a_version(language):
    notice = current_notice(language)
    assert {s.key for s in notice.sections} >= set(REQUIRED_SECTIONS)
    assert notice.version
    assert "Garante" in " ".join(notice.section("rights").paragraphs)


def test_italian_and_english_notices_share_their_version():
    assert current_notice("it").version == current_notice("en").version


def test_a_notice_missing_an_art_13_element_is_refused_naming_it():
    text = notice_file("it").read_text("utf-8")
    start = text.index("== retention")
    broken = text[:start] + text[text.index("== rights"):]
    with pytest.raises(InvalidInput) as refused:
        parse_notice(broken, "it", "privacy.it.txt")
    assert "privacy.it.txt" in str(refused.value)
    assert refused.value.problems == ["privacy.it.txt: the section 'retention' is missing."]


def test_comments_are_not_printed_and_blank_lines_split_paragraphs():
    body = "\n".join(f"== {key}: H\ntext" for key in REQUIRED_SECTIONS)
    notice = parse_notice("# a note for the office\nversion: 9\ntitle: T\n" + body
                          + "\nmore\n\nsecond", "en", "x")
    assert notice.section("signature").paragraphs == ("text more", "second")
    assert notice.version == "9"


def test_unknown_language_is_refused():
    with pytest.raises(InvalidInput, match="'de'"):
        current_notice("de")

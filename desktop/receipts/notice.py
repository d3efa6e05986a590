"""The privacy notice printed on every receipt, read from ``resources/notice/``.

The office edits the texts without touching code (the format is explained at the top of each
file). Loading refuses a text that lacks any element art. 13 GDPR requires, so an edit can
never silently print a receipt with, say, no retention period.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sync.errors import InvalidInput
from sync.paths import resources_dir

LANGUAGES = ("it", "en")

ART_13_ELEMENTS = ("controller", "purposes", "recipients", "retention", "rights", "provision")
"""Controller and contact, purposes and legal basis, recipients, retention period, rights
(complaint to the Garante included), whether giving data is required."""

REQUIRED_SECTIONS = (*ART_13_ELEMENTS, "consent", "signature")

SECTION_MARK = "=="


@dataclass(frozen=True)
class NoticeSection:
    key: str
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    version: str
    language: str
    title: str
    sections: tuple[NoticeSection, ...]

    def section(self, key: str) -> NoticeSection:
        return next(section for section in self.sections if section.key == key)

    @property
    def body(self) -> tuple[NoticeSection, ...]:
        """The sections printed as the notice proper (consent and signature come apart)."""
        return tuple(s for s in self.sections if s.key not in ("consent", "signature"))


def notice_dir() -> Path:
    return resources_dir() / "notice"


def notice_file(language: str) -> Path:
    return notice_dir() / f"privacy.{language}.txt"


@cache
def current_notice(language: str = "it") -> Notice:
    """The notice in ``language`` (cached: the files change only with a new install)."""
    if language not in LANGUAGES:
        raise InvalidInput(f"There is no privacy notice in '{language}': use "
                           f"{' or '.join(LANGUAGES)}.")
    path = notice_file(language)
    try:
        text = path.read_text("utf-8")
    except OSError as error:
        raise InvalidInput(f"The privacy notice {path} cannot be read ({error.strerror}): "
                           "reinstall OP Desk or restore the file.") from error
    return parse_notice(text, language, path.name)


def parse_notice(text: str, language: str, source: str) -> Notice:
    """Parse the notice format; any problem is reported with the file's name and line."""
    header: dict[str, str] = {}
    sections: list[tuple[str, str, list[str]]] = []
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line.startswith(SECTION_MARK):
            key, _, heading = line[len(SECTION_MARK):].partition(":")
            if not heading.strip():
                problems.append(f"{source}, line {number}: write '== key: Heading'.")
            sections.append((key.strip(), heading.strip(), [""]))
        elif sections:
            lines = sections[-1][2]
            if not line:
                lines.append("")
            else:
                lines[-1] = f"{lines[-1]} {line}".strip()
        elif line:
            key, colon, value = line.partition(":")
            if not colon:
                problems.append(f"{source}, line {number}: expected 'name: value' before "
                                "the first section.")
            header[key.strip()] = value.strip()
    found = [key for key, _, _ in sections]
    problems += [f"{source}: the section '{key}' is missing." for key in REQUIRED_SECTIONS
                 if key not in found]
    problems += [f"{source}: '{name}:' is missing." for name in ("version", "title")
                 if not header.get(name)]
    if problems:
        raise InvalidInput(f"The privacy notice {source} is incomplete: fix it as listed "
                           "and print again.", problems)
    return Notice(
        version=header["version"], language=language, title=header["title"],
        sections=tuple(NoticeSection(key, heading, tuple(p for p in paragraphs if p))
                       for key, heading, paragraphs in sections),
    )

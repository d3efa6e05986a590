"""Reading a receipt PDF back, the way a person (or a scanner) would see its words."""

import io
import re

from pypdf import PdfReader


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(document: bytes) -> list:
    return PdfReader(io.BytesIO(document)).pages


def pdf_text(document: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in pdf_pages(document)))

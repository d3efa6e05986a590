"""The key numbers as JSON: the contract's shape plus ``definitions_version``,
``generated_at`` and (for PDF-ready figures) ``charts``.

``canonical_json`` is the one byte-exact form a frozen report's checksum is taken over.
"""

import hashlib
import json

from sync.keynumbers.figures import KeyNumbers


def render_json(numbers: KeyNumbers, extra: dict | None = None) -> str:
    return json.dumps(numbers.as_dict() | (extra or {}), ensure_ascii=False, indent=2) + "\n"


def canonical_json(shape: dict) -> str:
    """Sorted keys, no spaces, UTF-8 text: the same figures always give the same string."""
    return json.dumps(shape, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def checksum(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

"""How the office merges a pushed row version into the one it holds.

Versions are named by their clock stamps. A desk sends each row with ``base_hlc``, the version
it last exchanged with the office. If that is what the office holds, the desk edited the
current version and the new one simply follows it. Otherwise two desks edited the same row
without seeing each other's change: the greater stamp wins (stamps compare as fixed-width
text, the node name breaking ties, so every replica picks the same winner), and the loser is
kept as a conflict row — never silently dropped. The rule is idempotent: a version the office
already holds is a no-op, so a batch delivered twice changes nothing the second time.
"""

import uuid
from dataclasses import dataclass
from enum import Enum

_CONFLICT_NAMESPACE = uuid.UUID("7d9c5bc0-0f4e-4d55-9a9f-5d2f0e8b3a61")


class Loser(Enum):
    NONE = "none"
    INCOMING = "incoming"
    STORED = "stored"


@dataclass(frozen=True)
class Decision:
    write: bool
    """Store the incoming version."""
    loser: Loser
    """Which version, if any, must be kept as a conflict."""


SAME = Decision(write=False, loser=Loser.NONE)
FOLLOWS = Decision(write=True, loser=Loser.NONE)


def decide(stored_hlc: str | None, incoming_hlc: str, base_hlc: str | None) -> Decision:
    """What to do with an incoming version, given the one stored (None: no row yet)."""
    if stored_hlc is None:
        return FOLLOWS
    if stored_hlc == incoming_hlc:
        return SAME
    if base_hlc == stored_hlc and incoming_hlc > stored_hlc:
        return FOLLOWS
    if incoming_hlc > stored_hlc:
        return Decision(write=True, loser=Loser.STORED)
    return Decision(write=False, loser=Loser.INCOMING)


def conflict_id(table: str, row_id: str, loser_hlc: str) -> str:
    """A conflict's id follows from what lost, so recording the same loss twice is a no-op."""
    return str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{table}/{row_id}/{loser_hlc}"))


def editing_site(stamp: str, fallback: str) -> str:
    """The site whose desk issued ``stamp`` (desk nodes are named ``site.xxxxxx``)."""
    node = stamp.split("-", 2)[-1]
    site, dot, _ = node.partition(".")
    return site if dot else fallback

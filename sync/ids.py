"""Row ids made where the row is born.

UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Two desks never share an id,
and ids sort roughly by creation time, which keeps B-tree inserts local. Python 3.11 has no
``uuid.uuid7``, and the format is small enough to own.
"""

import os
import time
import uuid


def new_id() -> str:
    """A fresh UUIDv7 as its canonical 36-character string."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= (rand >> 68) << 64 & (0xFFF << 64)  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    return str(uuid.UUID(int=value))

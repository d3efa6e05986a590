"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()``; a desk left open all
day aborts with "bool_dealloc". pyproject.toml excludes that release; this test catches any
other release with the same fault before a volunteer does.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_leaves_reference_counts_alone(qapp):
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(500):
        emitter.changed.emit(value)
    assert len(received) == 500
    assert abs(sys.getrefcount(True) - before) < 50

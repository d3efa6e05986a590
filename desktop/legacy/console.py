"""A progress line on the console for long imports and exports.

It rewrites one line on stderr (``storing: 45%``) and only when asked or when stderr is a
terminal, so scripts and logs stay clean.
"""

import sys
from typing import TextIO


class ConsoleProgress:
    """A ``progress(phase, done, total)`` callback that prints whole percents per phase."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._shown: tuple[str, int] | None = None

    def __call__(self, phase: str, done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        if self._shown == (phase, percent):
            return
        if self._shown and self._shown[0] != phase:
            self.stream.write("\n")
        self._shown = (phase, percent)
        self.stream.write(f"\r{phase}: {percent}%")
        self.stream.flush()

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = None


def console_progress(asked: bool, stream: TextIO | None = None) -> ConsoleProgress | None:
    """A progress line when asked (``--progress``) or when ``stream`` (default: the current
    ``sys.stderr``) is a terminal."""
    stream = stream or sys.stderr
    return ConsoleProgress(stream) if asked or stream.isatty() else None

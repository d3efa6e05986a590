"""Greedy line breaking of mixed regular/bold text, measured with the embedded font."""

from desktop.receipts.fonts import text_width

Run = tuple[str, str]
"""(text, style): a piece of a paragraph in one style."""


def wrap_runs(runs: list[Run], size: float, width: float) -> list[list[Run]]:
    """Lines of (text, style) segments, each line no wider than ``width``.

    Words break at spaces; a single word wider than the line (a long e-mail address) is cut
    where it must, so nothing is ever printed past the paper's edge.
    """
    space = text_width(" ", "regular", size)
    lines: list[list[Run]] = []
    words: list[Run] = []
    used = 0.0
    for word, style in _words(runs, size, width):
        needed = text_width(word, style, size)
        if words and used + space + needed > width:
            lines.append(_merge(words))
            words, used = [], 0.0
        used += needed + (space if words else 0.0)
        words.append((word, style))
    if words:
        lines.append(_merge(words))
    return lines


def segment_offsets(line: list[Run], size: float) -> list[tuple[float, str, str]]:
    """(x offset, text, style) of each segment of a wrapped line."""
    space = text_width(" ", "regular", size)
    placed, x = [], 0.0
    for text, style in line:
        placed.append((x, text, style))
        x += text_width(text, style, size) + space
    return placed


def _words(runs: list[Run], size: float, width: float) -> list[Run]:
    words = []
    for text, style in runs:
        for word in text.split():
            words.extend((piece, style) for piece in _cut(word, style, size, width))
    return words


def _cut(word: str, style: str, size: float, width: float) -> list[str]:
    if text_width(word, style, size) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, style, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def _merge(words: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for word, style in words:
        if merged and merged[-1][1] == style:
            merged[-1] = (f"{merged[-1][0]} {word}", style)
        else:
            merged.append((word, style))
    return merged

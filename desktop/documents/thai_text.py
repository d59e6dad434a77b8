"""Thai line breaking: segment with pythainlp (newmm), fill lines by measured width.

reportlab breaks only at spaces and cuts long Thai runs mid-word, so we break lines
ourselves. The dictionary takes about a second to load: it is loaded on first use only.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@functools.cache
def _tokenizer() -> Callable[[str], list[str]]:
    from pythainlp.tokenize import word_tokenize

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)


@functools.lru_cache(maxsize=4096)
def _segment_cached(text: str) -> tuple[str, ...]:
    return tuple(_tokenizer()(text))


LONG_TEXT = 1000  # pythainlp re-joins numbers with a regex that is quadratic in a run's length


def _pieces(text: str) -> list[str]:
    """A long text cut at spaces (or, in a run that long without one, between clusters)."""
    pieces = []
    while len(text) > LONG_TEXT:
        cut = text.rfind(" ", 0, LONG_TEXT)
        if cut <= 0:
            cut = LONG_TEXT
            while cut > 1 and (unicodedata.category(text[cut]) == "Mn" or text[cut] == "\u0e33"):
                cut -= 1
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def segment(text: str) -> list[str]:
    """Words and spaces, in order; joined they give the text back exactly."""
    if not text:
        return []
    if len(text) > LONG_TEXT:  # linear in the text's length: a 10,000-character cell is quick
        return [token for piece in _pieces(text) for token in segment(piece)]
    tokens = list(_segment_cached(text))
    assert "".join(tokens) == text
    return tokens


def clusters(word: str) -> list[str]:
    """Grapheme clusters (a base with its marks): the smallest safe pieces of an over-long word."""
    pieces: list[str] = []
    for char in word:
        if pieces and (unicodedata.category(char) == "Mn" or char == "\u0e33"):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


@dataclass(frozen=True)
class Token:
    text: str
    bold: bool

    @property
    def is_space(self) -> bool:
        return self.text.isspace()


Measure = Callable[[str, bool], float]


def tokens_of(runs: Iterable[tuple[str, bool]]) -> list[Token]:
    out: list[Token] = []
    for text, bold in runs:
        for part in text.split("\n"):
            out.extend(Token(word, bold) for word in segment(part))
            out.append(Token("\n", bold))
        out.pop()
    return out


def fill_lines(tokens: list[Token], widths: list[float], measure: Measure) -> list[list[Token]]:
    """Greedy fill: a line takes words while they fit; breaks fall only between words.

    widths[i] is the room on line i (the last value repeats). A word wider than a whole
    line is split between grapheme clusters (never inside a cluster).
    """
    lines: list[list[Token]] = [[]]
    used = 0.0

    def room() -> float:
        return widths[min(len(lines) - 1, len(widths) - 1)]

    def new_line() -> None:
        nonlocal used
        while lines[-1] and lines[-1][-1].is_space:
            lines[-1].pop()
        lines.append([])
        used = 0.0

    for token in tokens:
        if token.text == "\n":
            new_line()
            continue
        if token.is_space and not lines[-1]:
            continue  # no space at the start of a line
        width = measure(token.text, token.bold)
        if used + width <= room() or (token.is_space and used + width <= room() + width):
            lines[-1].append(token)
            used += width
            continue
        if lines[-1]:
            new_line()
            if token.is_space:
                continue
        if width <= room():
            lines[-1].append(token)
            used += width
            continue
        piece = ""
        for cluster in clusters(token.text):  # graceful fallback for a word longer than a line
            if piece and measure(piece + cluster, token.bold) > room():
                lines[-1].append(Token(piece, token.bold))
                new_line()
                piece = ""
            piece += cluster
        lines[-1].append(Token(piece, token.bold))
        used = measure(piece, token.bold)
    while lines[-1] and lines[-1][-1].is_space:
        lines[-1].pop()
    return lines

"""Raw text -> paragraph units, without rewriting a single character.

A *unit* is a run of non-blank lines that belong together: units are
separated by blank lines, and also by indentation, because old wire copy
(1980s Reuters, many press-release feeds) marks each new paragraph with
leading spaces and no blank line. LF, CRLF and CR line endings are matched,
never normalised, so every offset points into the caller's string.
A byte-order mark (U+FEFF) opening a line is skipped like indentation (a
file read without ``encoding="utf-8-sig"``, or files joined together): it
stays in the text, outside every unit, and never counts as indentation; so
are a zero-width space (U+200B) and a word joiner (U+2060) left by a
scraped page.
"""

from __future__ import annotations

import itertools
import re

import attrs

from newsparse.model import Span

__all__ = ["Line", "Unit", "split_lines", "split_units", "strip_span", "unit_spans"]

# A line: its indentation (whitespace but a line break), the rest of it,
# then its break (or the end of a text that does not end with one). The
# look-ahead keeps the end of the text from making an empty last line.
_LINE = re.compile(
    r"(?!\Z)([\ufeff\u200b-\u200f\u2060]*[^\S\r\n]*)([^\r\n]*)(?:\r\n|\r|\n|\Z)"
)
_BOM = "\ufeff"
# a byte-order mark, or the zero-width marks that scraped pages leave where a
# line starts (a run of them): the zero-width space, non-joiner and joiner,
# the left-to-right and right-to-left marks, the word joiner; skipped like
# indentation
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"
_ANY_INVISIBLE = re.compile("[\ufeff\u200b-\u200f\u2060]")


@attrs.frozen
class Line:
    """One line: ``span`` excludes the line break; ``indent`` counts the
    leading whitespace characters."""

    span: Span
    indent: int
    blank: bool


@attrs.frozen
class Unit:
    """A paragraph candidate: its trimmed span and its non-blank lines."""

    span: Span
    lines: tuple[Line, ...]


def strip_span(text: str, start: int, end: int) -> Span:
    """The span ``[start, end)`` without leading and trailing whitespace
    (and a byte-order mark before it)."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` with its offsets (line breaks excluded)."""
    lines: list[Line] = []
    for m in _LINE.finditer(text):
        start = m.start()
        body, end = m.span(2)  # the break excluded; the rest starts with no space
        while start < end and text[start] in _INVISIBLE:
            start += 1  # a byte-order mark: no part of the line
        lines.append(Line(Span(start, end), body - start, body == end))
    return lines


def unit_spans(text: str) -> list[Span]:
    """``[unit.span for unit in split_units(text)]``, with no ``Line`` and no
    ``Unit`` built: the parse reads only the units' spans (~3x faster;
    tests/test_shortcuts.py compares)."""
    spans: list[Span] = []
    block: list[tuple[int, int, int]] = []  # (start, text start, end) of non-blank lines
    # (most texts have no invisible mark: no test per line; an ASCII text,
    # which ``str.isascii`` tells at once, has none)
    bom = not text.isascii() and _ANY_INVISIBLE.search(text) is not None
    for m in _LINE.finditer(text):
        body, end = m.span(2)
        if body < end:
            start = m.start()
            while bom and text[start] in _INVISIBLE:
                start += 1
            block.append((start, body, end))
        elif block:  # a blank line ends the block
            _block_spans(text, block, spans)
            block = []
    if block:
        _block_spans(text, block, spans)
    return spans


def _block_spans(text: str, block: list[tuple[int, int, int]], spans: list[Span]) -> None:
    """The unit spans of a block of non-blank lines, cut as ``_split_by_indent``
    cuts it: each line's text starts at its first non-space character, and
    the unit ends after the last one of its last line."""
    firsts = [0]  # the lines that open a unit
    if len(block) > 1:
        flags = [
            body - start >= 2 or (body == start + 1 and text[start] == "\t")
            for start, body, _ in block
        ]
        if not all(flags) and any(flags[1:]):
            firsts += [
                i
                for i in range(1, len(block))
                if flags[i] and not _wrapped(text, block[i - 1][2], block[i][1])
            ]
    firsts.append(len(block))
    for first, after in itertools.pairwise(firsts):
        _, body, end = block[after - 1]
        spans.append(Span(block[first][1], body + len(text[body:end].rstrip())))


# where a line ends mid-clause: a letter, a digit or a comma
_MID_CLAUSE_END = frozenset(",")


def _wrapped(text: str, prev_end: int, body: int) -> bool:
    """Whether an indented line whose text starts at ``body`` goes on the
    line that ends at ``prev_end``: a hard wrap with a hanging indent (a
    wrapped bullet), not a new paragraph. The line opens in lower case and
    the line before ends mid-clause, with no point, colon or mark."""
    if not text[body].islower():
        return False
    at = prev_end - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and (text[at].isalnum() or text[at] in _MID_CLAUSE_END)


def _indented(line: Line, text: str) -> bool:
    if line.indent >= 2:
        return True
    return line.indent == 1 and text[line.span.start] == "\t"


def split_units(text: str, lines: list[Line] | None = None) -> list[Unit]:
    """Group non-blank lines into units (paragraph candidates)."""
    if lines is None:
        lines = split_lines(text)
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                groups.append(current)
                current = []
            continue
        current.append(line)
    if current:
        groups.append(current)

    units: list[Unit] = []
    for group in groups:
        for piece in _split_by_indent(group, text):
            span = strip_span(text, piece[0].span.start, piece[-1].span.end)
            units.append(Unit(span, tuple(piece)))
    return units


def _split_by_indent(group: list[Line], text: str) -> list[list[Line]]:
    """Within a blank-line block, an indented line after a line of lesser
    indentation, or any indented line when the block mixes indented and
    flush lines, opens a new paragraph."""
    flags = [_indented(line, text) for line in group]
    if all(flags) or not any(flags[1:]):
        return [group]
    pieces: list[list[Line]] = [[group[0]]]
    for line, indented in zip(group[1:], flags[1:], strict=False):
        if indented and not _wrapped(text, pieces[-1][-1].span.end, line.span.start + line.indent):
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return pieces

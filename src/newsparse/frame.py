"""The frame of a story: metadata, headline, bylines, captions, the
dateline, body paragraphs and trailer lines.

Every unit from ``segment.py`` becomes one or more non-overlapping
:class:`~newsparse.model.Block` objects, so no non-blank character of the
input is ever lost: what is not recognised becomes body text.
"""

from __future__ import annotations

import datetime as dt
import re

from newsparse._state import ParseState
from newsparse.captions import split_caption
from newsparse.dateline import MONTHS, match_dateline
from newsparse.model import Block, BlockKind, Caption, Paragraph, Span, Trailer
from newsparse.segment import strip_span

__all__ = ["frame_stage", "parse_published"]

#: ``date 2024-11-11``, ``Date: 2024-11-11``, ``Published: Nov. 11, 2024``,
#: or a bare ISO / written date alone at the top of the story.
_METADATA = re.compile(
    r"(?:(?:[Dd]ate|DATE|[Pp]ublished|PUBLISHED|[Pp]osted)[ \t]*:?[ \t]*)?"
    r"(?P<date>(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>\d{1,2}),[ \t]*(?P<year>\d{4}))"
)
_BYLINE = re.compile(r"By[ \t\u00a0]+(?=[^\W\d_])")
_TRAILER = re.compile(
    r"""(?P<reporting>\(?(?:[Rr]eporting|[Aa]dditional\ reporting|[Ww]riting|[Ee]diting)\ by\b)
      | (?P<assistance>-{1,2}[ \t]*With\ assistance\ from\b)
      | (?P<contact>To\ contact\ the\ (?:reporters?|editors?)\b)
      | (?P<copyright>(?:©|\(c\)|Copyright)[ \t]*\d{4})
      | (?P<signoff>(?:Reuter|REUTER)$)
    """,
    re.VERBOSE,
)
_MAX_HEADLINE_WORDS = 25


def parse_published(text: str, start: int, end: int) -> tuple[dt.date, int] | None:
    """A metadata date at ``text[start:end]``: the date and where it ends."""
    m = _METADATA.match(text, start, end)
    if m is None:
        return None
    try:
        if m.group("iso"):
            value = dt.date.fromisoformat(m.group("iso"))
        else:
            month = MONTHS.get(m.group("month").lower())
            if month is None:
                return None
            value = dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None
    # the date must stand alone or be followed by a space
    if m.end() < end and not text[m.end()].isspace():
        return None
    return value, m.end()


def frame_stage(state: ParseState) -> None:
    """Classify every unit into blocks and fill the frame fields."""
    in_body = False
    for index, unit in enumerate(state.units):
        start, end = unit.span.start, unit.span.end
        if not in_body:
            body_start = _header(state, start, end, is_last=index == len(state.units) - 1)
            if body_start is None:
                continue
            start = body_start
            in_body = True
            dateline = match_dateline(state.text, start, end, state.anchor_date, state.warnings)
            if dateline is not None:
                state.dateline = dateline
                state.blocks.append(Block(BlockKind.DATELINE, dateline.text, dateline.span))
                start = strip_span(state.text, dateline.span.end, end).start
                if start >= end:
                    continue
        _body_unit(state, start, end)


def _header(state: ParseState, start: int, end: int, *, is_last: bool) -> int | None:
    """Consume header material at the start of a unit. Returns where the body
    begins in this unit, or ``None`` when the whole unit was header."""
    text = state.text
    if not state.blocks or all(b.kind is BlockKind.METADATA for b in state.blocks):
        found = parse_published(text, start, end)
        if found is not None and state.published is None:
            state.published, date_end = found
            span = Span(start, date_end)
            state.blocks.append(Block(BlockKind.METADATA, text[start:date_end], span))
            start = strip_span(text, date_end, end).start
            if start >= end:
                return None
    caption = split_caption(text, start, end)
    if caption is not None:
        _add_caption(state, caption)
        return None
    if match_dateline(text, start, end, None, []) is not None:
        return start
    line_end = _line_end(text, start, end)
    if _BYLINE.match(text, start, line_end):
        _add_byline(state, start, line_end)
        rest = strip_span(text, line_end, end).start
        return None if rest >= end else _header(state, rest, end, is_last=is_last)
    if (
        state.headline is None
        and not state.bylines
        and not is_last
        and len(text[start:line_end].split()) <= _MAX_HEADLINE_WORDS
    ):
        span = Span(start, line_end)
        state.headline = text[start:line_end]
        state.blocks.append(Block(BlockKind.HEADLINE, state.headline, span))
        rest = strip_span(text, line_end, end).start
        return None if rest >= end else _header(state, rest, end, is_last=is_last)
    return start


def _line_end(text: str, start: int, end: int) -> int:
    for i in range(start, end):
        if text[i] in "\r\n":
            return strip_span(text, start, i).end
    return end


def _add_caption(state: ParseState, caption: Caption) -> None:
    state.captions.append(caption)
    if caption.span.end > caption.span.start:
        state.blocks.append(Block(BlockKind.CAPTION, caption.text, caption.span))
    if caption.credit is not None:
        credit = caption.credit
        state.blocks.append(Block(BlockKind.CAPTION, credit.text, credit.span))


def _add_byline(state: ParseState, start: int, end: int) -> None:
    text = state.text
    state.blocks.append(Block(BlockKind.BYLINE, text[start:end], Span(start, end)))
    names = re.sub(r"^By\s+", "", text[start:end])
    for name in re.split(r",?\s+and\s+|\s*,\s*", names):
        if name.strip():
            state.bylines.append(name.strip())


def _body_unit(state: ParseState, start: int, end: int) -> None:
    text = state.text
    caption = split_caption(text, start, end)
    if caption is not None:
        _add_caption(state, caption)
        return
    m = _TRAILER.match(text, start, end)
    if m is not None:
        kind = m.lastgroup or "other"
        span = Span(start, end)
        state.trailers.append(Trailer(kind, text[start:end], span))
        state.blocks.append(Block(BlockKind.TRAILER, text[start:end], span))
        return
    span = Span(start, end)
    state.paragraphs.append(Paragraph(text[start:end], span))
    state.blocks.append(Block(BlockKind.BODY, text[start:end], span))

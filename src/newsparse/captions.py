"""Photo captions and their credit lines.

A caption is a unit that carries a photo credit (``Photographer: Al
Drago/Bloomberg``, ``(AP Photo/Evan Vucci)``, ``REUTERS/Kevin Lamarque`` ...).
The caption text excludes the credit; see ``docs/frame.md`` for every form.
"""

from __future__ import annotations

import re

from newsparse.lexicon.agencies import canonical_agency
from newsparse.model import Caption, Credit
from newsparse.segment import strip_span

__all__ = ["find_credit", "parse_caption", "split_caption"]

_NAME = r"[^\W\d_][^\n/()]{0,60}?"
_CREDITS = [
    # Photographer: Al Drago/Bloomberg
    re.compile(
        rf"(?:Photographer|Photograph|Photo|Credit)s?:[ \u00a0]*(?P<photographer>{_NAME})[ \u00a0]*/[ \u00a0]*(?P<agency>[^\W\d_][^\n/()]{{0,40}}?)[ \u00a0]*$"
    ),
    # (AP Photo/Evan Vucci)
    re.compile(
        rf"\((?P<agency>AP|[A-Z][A-Za-z]+) Photo[ \u00a0]*/[ \u00a0]*(?P<photographer>{_NAME})(?:,[ \u00a0]*File)?\)[ \u00a0]*$"
    ),
]


def find_credit(text: str, start: int, end: int) -> Credit | None:
    """The credit at the end of ``text[start:end]``, if there is one."""
    for pattern in _CREDITS:
        for m in pattern.finditer(text, start, end):
            # the credit must end the unit (after trailing space)
            if strip_span(text, m.end(), end).start != end and text[m.end() : end].strip():
                continue
            span = strip_span(text, m.start(), m.end())
            agency_raw = m.group("agency").strip()
            return Credit(
                text=text[span.start : span.end],
                span=span,
                photographer=m.group("photographer").strip(),
                agency=canonical_agency(agency_raw) or agency_raw,
            )
    return None


def split_caption(text: str, start: int, end: int) -> Caption | None:
    """``text[start:end]`` as a caption when it ends with a credit."""
    credit = find_credit(text, start, end)
    if credit is None:
        return None
    body = strip_span(text, start, credit.span.start)
    return Caption(text=text[body.start : body.end], span=body, credit=credit)


def parse_caption(text: str) -> Caption:
    """Parse a caption given on its own (a credit is optional).

    >>> parse_caption("A man waves. Photographer: Ann Lee/Bloomberg").credit.photographer
    'Ann Lee'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_caption() expects str, got {type(text).__name__}")
    caption = split_caption(text, 0, len(text))
    if caption is not None:
        return caption
    body = strip_span(text, 0, len(text))
    return Caption(text=text[body.start : body.end], span=body)

"""Helper for writing gold files by hand: turn annotated substrings into spans.

Usage from a small script: ``span(text, "the letter", after="forms,")`` finds
the first occurrence of the substring (optionally after an anchor) and returns
``{"text", "start", "end"}``. It is an authoring aid, not part of the package.
"""

from __future__ import annotations

from typing import Any


def span(text: str, sub: str, after: str | None = None, nth: int = 1) -> dict[str, Any]:
    pos = 0
    if after is not None:
        a = text.find(after)
        if a < 0:
            raise ValueError(f"anchor not found: {after!r}")
        pos = a + len(after)
    for _ in range(nth):
        start = text.find(sub, pos)
        if start < 0:
            raise ValueError(f"not found: {sub!r} after {after!r}")
        pos = start + 1
    return {"text": sub, "start": start, "end": start + len(sub)}

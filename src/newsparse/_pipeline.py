"""The ordered list of stages and the one place the frozen Article is built.

Data flow: input -> ``segment`` (unit spans) -> ``frame`` (metadata,
headline, bylines, captions, dateline, paragraphs, trailers) -> ``quotes``
(attributions with speaker mentions and cues) -> ``sources`` (mentions merged
into sources, quotes pointed at them) -> :class:`~newsparse.model.Article`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import threading
from collections.abc import Callable, Iterator, Sequence

from newsparse import quotes, sources
from newsparse._state import ParseState
from newsparse._tokens import HTML_TAG
from newsparse.errors import InputDecodeError, ParseError
from newsparse.frame import frame_stage
from newsparse.model import Article, Span
from newsparse.quotemarks import ENTITY_MARKS, SINGLE_ENTITY_MARKS
from newsparse.segment import unit_spans

__all__ = ["STAGES", "coerce_text", "parse_article"]

Stage = Callable[[ParseState], None]


# an HTML character reference left in scraped copy: &amp;, &#8217;, &#x2019;
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def segment_stage(state: ParseState) -> None:
    state.units = unit_spans(state.text)
    if "&" in state.text:
        _warn_entities(state)
    if "<" in state.text:
        _warn_tags(state)


def _warn_tags(state: ParseState) -> None:
    """One warning for the HTML tags left in the text: markup, read as no
    word of a speaker or a name, but never removed."""
    _warn_first(
        state, list(HTML_TAG.finditer(state.text)), "HTML tag", "left in the text, not removed"
    )


def _warn_entities(state: ParseState) -> None:
    """One warning for the HTML entities the parse reads as written (all
    but the quotation marks, which ``quotemarks`` reads as marks): the text
    is never rewritten, and an entity's ``;`` can end a clause
    (``Marks &amp; Spencer``)."""
    found = [
        m
        for m in _ENTITY.finditer(state.text)
        if m.group().lower() not in ENTITY_MARKS and m.group().lower() not in SINGLE_ENTITY_MARKS
    ]
    _warn_first(state, found, "HTML entity", "read as written, not decoded")


def _warn_first(state: ParseState, found: list[re.Match[str]], what: str, done: str) -> None:
    """One warning naming the first of the ``found`` pieces of markup and
    counting the rest."""
    if found:
        first = found[0]
        more = f" and {len(found) - 1} more" if len(found) > 1 else ""
        state.warn(f"{what} {first.group()}{more} {done}", Span(first.start(), first.end()))


#: The pipeline, in order. Each stage reads and adds to the shared state.
STAGES: Sequence[Stage] = (
    segment_stage,
    frame_stage,
    quotes.quote_stage,
    sources.source_stage,
)


def coerce_text(text: object) -> str:
    """``str`` as is; UTF-8 ``bytes`` decoded (BOM stripped); else TypeError."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        try:
            return data[skip:].decode("utf-8")
        except UnicodeDecodeError as error:
            # offsets into the bytes the caller gave, BOM included
            shifted = UnicodeDecodeError(
                "utf-8", data, error.start + skip, error.end + skip, error.reason
            )
            raise InputDecodeError(shifted) from None
    raise TypeError(f"parse_article() expects str or bytes, got {type(text).__name__}")


# The stages build many small objects and no reference cycles; on a long
# input the cyclic collector's passes over them grow with their number and
# make the parse superlinear (bench/bench_scaling.py: 1.5x per character at
# 4 MB with it, 1.2x without). Over this size it is paused for the parse.
_PAUSE_GC_FROM = 100_000
_gc_lock = threading.Lock()
_gc_pausers = 0
_gc_was_enabled = False


@contextlib.contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector while parsing a long input, and
    restore it after, also when several threads parse at once."""
    global _gc_pausers, _gc_was_enabled
    if not pause:
        yield
        return
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled:
                gc.enable()


def parse_article(
    text: str | bytes,
    reference_date: dt.date | None = None,
    *,
    strict: bool = False,
) -> Article:
    """Parse one wire-style article into an :class:`Article`.

    ``reference_date`` resolves year-less dates; without it the article's own
    published date is used. Never raises on a ``str``; with ``strict=True``
    any warning becomes a :class:`~newsparse.errors.ParseError`.

    >>> parse_article("PARIS (AFP) - It rained, officials said.").dateline.agency
    'AFP'
    """
    text = coerce_text(text)
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date, got {type(reference_date).__name__}"
        )
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    state = ParseState(text=text, reference_date=reference_date)
    with _collector_paused(len(text) >= _PAUSE_GC_FROM):
        for stage in STAGES:
            try:
                stage(state)
            except Exception as error:  # the promise: never raise on a string
                # A bug must not cost the user the article: keep what earlier
                # stages found and say what failed (tests and fuzzing hunt these).
                state.warn(f"internal error in {stage.__name__}: {type(error).__name__}: {error}")
    if strict and state.warnings:
        raise ParseError("; ".join(state.warnings))
    return Article(
        published=state.published.isoformat() if state.published else None,
        headline=state.headline,
        bylines=tuple(state.bylines),
        dateline=state.dateline,
        captions=tuple(state.captions),
        paragraphs=tuple(state.paragraphs),
        quotes=tuple(state.quotes),
        sources=tuple(state.sources),
        warnings=tuple(state.warnings),
        trailers=tuple(state.trailers),
        blocks=tuple(sorted(state.blocks, key=lambda b: b.span.start)),
        text=text,
    )

"""Invariants every parse must satisfy, whatever the input.

Shared by the property tests, the bad-input table and the regression table,
so that a case found by one is checked by the same rules in the others.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import newsparse
from newsparse import Article


def span_nodes(tree: Any) -> list[dict[str, Any]]:
    """Every ``{"text", "start", "end"}`` node of a ``to_dict()`` tree."""
    found: list[dict[str, Any]] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def assert_spans_slice_back(text: str, article: Article) -> None:
    """Every element's text is exactly ``text[start:end]`` and lies in it."""
    for node in span_nodes(article.to_dict()):
        start, end = node["start"], node["end"]
        assert 0 <= start <= end <= len(text), node
        assert text[start:end] == node["text"], node


def assert_quotes_and_sources_consistent(article: Article) -> None:
    quotes = article.quotes
    sources = article.sources
    starts = [q.span.start for q in quotes]
    assert starts == sorted(starts), "quotes are not ordered by the start of their content"
    for before, after in itertools.pairwise(quotes):
        assert not before.span.overlaps(after.span), f"quotes overlap: {before} / {after}"
    for quote in quotes:
        assert quote.text.strip(), f"empty quote content: {quote}"
        # every content holds a word: marks around a space or a comma are no utterance
        assert any(ch.isalnum() for ch in quote.text), f"quote content has no word: {quote}"
        if quote.kind is newsparse.QuoteKind.INDIRECT:
            # a reported clause: never opens on punctuation
            assert quote.text[0] not in ".,;:!?)]}", (
                f"indirect content opens on punctuation: {quote}"
            )
        for part in (quote.speaker, quote.cue):
            if part is None or not part.span.overlaps(quote.span):
                continue
            # only a parenthetical attribution sits inside its own content
            # ("The museum, Ortiz said, would open"): indirect, strictly inside
            assert quote.kind is newsparse.QuoteKind.INDIRECT, (
                f"speaker/cue inside content: {quote}"
            )
            assert quote.span.start < part.span.start and part.span.end < quote.span.end, quote
        if quote.source is not None:
            assert 0 <= quote.source < len(sources), f"source index out of range: {quote}"
            if quote.speaker is not None:
                assert quote.speaker in sources[quote.source].mentions, (
                    f"the speaker mention is not among its source's mentions: {quote}"
                )
    used = {q.source for q in quotes if q.source is not None}
    for index, source in enumerate(sources):
        assert index in used, f"source {index} ({source.name!r}) is the source of no quote"
        assert source.mentions, f"source without mentions: {source}"
        spans = [m.span for m in source.mentions]
        assert spans == sorted(spans), f"mentions out of order: {source}"
        assert len(set(spans)) == len(spans), f"the same mention twice: {source}"
    firsts = [s.mentions[0].span.start for s in sources if s.mentions]
    assert firsts == sorted(firsts), "sources are not ordered by their first mention"


def _blank(ch: str) -> bool:
    # a byte-order mark is skipped like a space (docs/frame.md)
    return ch.isspace() or ch in "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"


def assert_blocks_cover_text(text: str, article: Article) -> None:
    """Blocks never overlap and every non-blank character is in one."""
    previous_end = 0
    covered = 0
    for block in article.blocks:
        assert block.span.start >= previous_end, f"blocks overlap or are unordered at {block}"
        previous_end = block.span.end
        covered += sum(1 for ch in text[block.span.start : block.span.end] if not _blank(ch))
    non_blank = sum(1 for ch in text if not _blank(ch))
    assert covered == non_blank, "some non-blank characters are in no block"


def assert_round_trips(article: Article) -> None:
    as_dict = article.to_dict()
    assert Article.from_dict(as_dict) == article
    assert Article.from_dict(json.loads(json.dumps(as_dict))) == article


def assert_invariants(text: str, article: Article) -> None:
    """Everything that must hold for any parse of any text."""
    assert_spans_slice_back(text, article)
    assert_quotes_and_sources_consistent(article)
    assert_blocks_cover_text(text, article)
    assert_round_trips(article)
    assert all(isinstance(w, str) and w for w in article.warnings)


def parse_and_check(text: str, **kwargs: Any) -> Article:
    """Parse ``text`` and assert every invariant; returns the article."""
    article = newsparse.parse_article(text, **kwargs)
    assert_invariants(text, article)
    return article

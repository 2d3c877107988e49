"""Properties over generated articles whose truth is known (``strategies.py``).

Each test checks one part of the parse, so a failure shrinks to the smallest
article that shows that part wrong: the dateline, the published date, the
header, the captions, the paragraphs, the warnings, each quote's content,
kind and source, each quote's speaker and cue, the sources, and that the
paragraphs without attribution hold no quote.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

import newsparse
from invariants import assert_invariants
from strategies import (
    ExpectedArticle,
    ExpectedDateline,
    Spanned,
    articles,
    captions,
    datelines,
)

#: articles are costly to draw: a third of the profile's examples per test
SOME = max(10, settings.default.max_examples // 3)

Generated = tuple[str, ExpectedArticle]


def _parse(generated: Generated) -> newsparse.Article:
    text, expected = generated
    return newsparse.parse_article(text, reference_date=expected.reference_date)


def _spanned(m: newsparse.Mention | None) -> tuple[str, int, int] | None:
    return None if m is None else (m.text, m.span.start, m.span.end)


def _as_tuple(s: Spanned | None) -> tuple[str, int, int] | None:
    return None if s is None else s.as_tuple()


def _dateline_fields(d: newsparse.Dateline | None) -> Any:
    if d is None:
        return None
    return (d.text, d.span.start, d.span.end, d.location, d.date, d.agency)


def _expected_dateline_fields(d: ExpectedDateline) -> Any:
    return (d.text, d.start, d.end, d.location, d.date, d.agency)


# ---------------------------------------------------------------------------
# The frame
# ---------------------------------------------------------------------------


@settings(max_examples=settings.default.max_examples)
@given(datelines())
def test_parse_dateline_recovers_every_wire_form(generated: tuple[str, ExpectedDateline]) -> None:
    text, expected = generated
    dateline = newsparse.parse_dateline(text, expected.reference_date)
    assert _dateline_fields(dateline) == _expected_dateline_fields(expected)


@settings(max_examples=settings.default.max_examples)
@given(captions())
def test_parse_caption_recovers_every_credit_form(generated: tuple[str, Any]) -> None:
    text, expected = generated
    caption = newsparse.parse_caption(text)
    assert (caption.text, caption.span.start, caption.span.end) == (
        expected.text,
        expected.start,
        expected.end,
    )
    assert caption.credit is not None, "no credit found"
    credit = caption.credit
    assert (credit.text, credit.span.start, credit.span.end) == expected.credit.as_tuple()
    assert (credit.photographer, credit.agency) == (expected.photographer, expected.agency)


@settings(max_examples=SOME)
@given(articles())
def test_article_dateline(generated: Generated) -> None:
    article = _parse(generated)
    assert _dateline_fields(article.dateline) == _expected_dateline_fields(generated[1].dateline)


@settings(max_examples=SOME)
@given(articles())
def test_article_published_date(generated: Generated) -> None:
    """From the metadata line, else from a dateline that carries a year."""
    assert _parse(generated).published == generated[1].published


@settings(max_examples=SOME)
@given(articles())
def test_article_headline_and_bylines(generated: Generated) -> None:
    article = _parse(generated)
    expected = generated[1]
    assert (article.headline, article.bylines) == (expected.headline, expected.bylines)


@settings(max_examples=SOME)
@given(articles())
def test_article_captions_and_credits(generated: Generated) -> None:
    article = _parse(generated)
    got = [
        (
            c.text,
            c.span.start,
            c.span.end,
            None if c.credit is None else (c.credit.text, c.credit.span.start, c.credit.span.end),
            None if c.credit is None else c.credit.photographer,
            None if c.credit is None else c.credit.agency,
        )
        for c in article.captions
    ]
    want = [
        (c.text, c.start, c.end, c.credit.as_tuple(), c.photographer, c.agency)
        for c in generated[1].captions
    ]
    assert got == want


@settings(max_examples=SOME)
@given(articles())
def test_article_paragraphs(generated: Generated) -> None:
    article = _parse(generated)
    got = [(p.text, p.span.start, p.span.end) for p in article.paragraphs]
    assert got == [p.as_tuple() for p in generated[1].paragraphs]


@settings(max_examples=SOME)
@given(articles())
def test_article_warns_only_about_an_unresolvable_date(generated: Generated) -> None:
    """A clean article gives no warning, except that a year-less dateline
    date with no reference date must be reported."""
    article = _parse(generated)
    if generated[1].dateline.warns:
        assert article.warnings, "a year-less date with no reference date gave no warning"
        assert article.dateline is not None and article.dateline.date is None
    else:
        assert article.warnings == ()


# ---------------------------------------------------------------------------
# Quotes and sources
# ---------------------------------------------------------------------------


@settings(max_examples=SOME)
@given(articles())
def test_article_quotes_content_kind_and_source(generated: Generated) -> None:
    article = _parse(generated)
    got = [
        (
            q.text,
            q.span.start,
            q.span.end,
            q.kind.value,
            None if q.source is None else article.sources[q.source].name,
        )
        for q in article.quotes
    ]
    want = [
        (q.content.text, q.content.start, q.content.end, q.kind, q.source)
        for q in generated[1].quotes
    ]
    assert got == want


@settings(max_examples=SOME)
@given(articles())
def test_article_quotes_speaker_and_cue(generated: Generated) -> None:
    article = _parse(generated)
    got = [(q.text, _spanned(q.speaker), _spanned(q.cue)) for q in article.quotes]
    want = [(q.content.text, q.speaker.as_tuple(), _as_tuple(q.cue)) for q in generated[1].quotes]
    assert got == want


@settings(max_examples=SOME)
@given(articles())
def test_article_sources(generated: Generated) -> None:
    """Names without titles, kind, title, and every speaker mention."""
    article = _parse(generated)
    got = [
        (s.name, s.kind.value, s.title, [_spanned(m) for m in s.mentions]) for s in article.sources
    ]
    want = [
        (s.name, s.kind, s.title, [m.as_tuple() for m in s.mentions]) for s in generated[1].sources
    ]
    assert got == want


@settings(max_examples=SOME)
@given(articles())
def test_no_quote_in_noise(generated: Generated) -> None:
    """Header, captions, noise paragraphs and trailers hold no quote, speaker
    or cue."""
    _text, expected = generated
    article = _parse(generated)
    for quote in article.quotes:
        for part in (quote, quote.speaker, quote.cue):
            if part is None:
                continue
            for noise in expected.noise:
                assert not (part.span.start < noise.end and noise.start < part.span.end), (
                    f"{part.text!r} found in {noise.text!r}"
                )


@settings(max_examples=SOME)
@given(articles())
def test_generated_articles_obey_the_invariants(generated: Generated) -> None:
    assert_invariants(generated[0], _parse(generated))

"""Invariants on any text: never raises, spans slice back, quotes do not
overlap, every source index is valid, every mention points into the text,
blocks cover every non-blank character, and the result round-trips.

Inputs: any Unicode text, text biased toward news punctuation
(``strategies.news_text``), generated articles cut and spliced at random
(near-valid copy, where the attribution rules do the most work), and any
bytes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from invariants import parse_and_check
from strategies import articles, news_text

#: generated articles are costly to draw
SOME = max(10, settings.default.max_examples // 3)


@given(st.text())
def test_any_unicode_text(text: str) -> None:
    parse_and_check(text)


@given(news_text())
def test_text_biased_toward_news_punctuation(text: str) -> None:
    article = parse_and_check(text)
    assert not [w for w in article.warnings if w.startswith("internal error")]


@given(news_text(), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_line_ending(text: str, ending: str) -> None:
    parse_and_check(text.replace("\n", ending))


@given(news_text(), st.none() | st.dates(dt.date(1, 1, 2), dt.date(9999, 12, 30)))
def test_any_reference_date(text: str, reference: dt.date | None) -> None:
    article = parse_and_check(text, reference_date=reference)
    if article.dateline is not None and article.dateline.date is not None:
        dt.date.fromisoformat(article.dateline.date)
    if article.published is not None:
        dt.date.fromisoformat(article.published)


@given(news_text())
def test_strict_mode_raises_parse_error_exactly_when_there_are_warnings(text: str) -> None:
    lenient = newsparse.parse_article(text)
    if lenient.warnings:
        with pytest.raises(newsparse.ParseError):
            newsparse.parse_article(text, strict=True)
    else:
        assert newsparse.parse_article(text, strict=True) == lenient


@given(news_text())
def test_the_same_text_gives_the_same_result(text: str) -> None:
    first = newsparse.parse_article(text)
    second = newsparse.parse_article(text)
    assert first == second
    assert first.to_dict() == second.to_dict()


@st.composite
def spliced_articles(draw: st.DrawFn) -> str:
    """A generated article with stretches cut, repeated or replaced by news
    tokens: copy that is almost right, the hardest case for the rules."""
    text, _ = draw(articles())
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 80)))
        action = draw(st.sampled_from(("cut", "repeat", "replace")))
        if action == "cut":
            text = text[:start] + text[end:]
        elif action == "repeat":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + draw(news_text(max_tokens=6)) + text[end:]
    return text


@settings(max_examples=SOME)
@given(spliced_articles())
def test_spliced_articles(text: str) -> None:
    article = parse_and_check(text)
    assert not [w for w in article.warnings if w.startswith("internal error")]


@given(st.binary(max_size=200))
def test_any_bytes_parse_or_fail_with_a_decode_error_at_the_right_offset(data: bytes) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        with pytest.raises(newsparse.InputDecodeError) as raised:
            newsparse.parse_article(data)
        # the offset is into the bytes as given (a leading BOM included)
        assert f"offset {error.start}" in str(raised.value)
        assert raised.value.start == error.start
    else:
        text = data.decode("utf-8-sig")
        assert newsparse.parse_article(data) == newsparse.parse_article(text)

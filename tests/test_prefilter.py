"""The sentence prefilter of ``quotes.find_attributions`` changes nothing.

A sentence without a quotation and without any word in
``_frames.FRAME_TRIGGERS`` is skipped untokenized. These tests parse with the
skip on and off and require the same Article, over generated articles, random
news text and every seed; and they check the premise directly: every token
that is a trigger word is seen by ``sentence_may_frame``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from corpus import all_texts, read_text
from newsparse import quotes
from newsparse._frames import (
    _LETTER_RUN,
    _TRIGGER_RUNS,
    _TRIGGER_SEARCH,
    FRAME_TRIGGERS,
    sentence_may_frame,
)
from newsparse._tokens import _tokenize
from newsparse.model import Span
from strategies import ExpectedArticle, articles, news_text

#: articles are costly to draw: a third of the profile's examples
SOME = max(10, settings.default.max_examples // 3)

Generated = tuple[str, ExpectedArticle]


@contextlib.contextmanager
def _prefilter(on: bool) -> Iterator[None]:
    saved = quotes.PREFILTER
    quotes.PREFILTER = on
    try:
        yield
    finally:
        quotes.PREFILTER = saved


def _both(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    with _prefilter(True):
        on = newsparse.parse_article(text).to_dict()
    with _prefilter(False):
        off = newsparse.parse_article(text).to_dict()
    return on, off


@settings(max_examples=SOME)
@given(articles())
def test_same_article_generated(generated: Generated) -> None:
    on, off = _both(generated[0])
    assert on == off


@given(news_text(max_tokens=120))
def test_same_article_news_text(text: str) -> None:
    on, off = _both(text)
    assert on == off


@pytest.mark.parametrize("name", all_texts())
def test_same_article_seed(name: str) -> None:
    on, off = _both(read_text(name))
    assert on == off


# the corners of the letter-run argument: digits, underscores, apostrophes,
# hyphens, a "1,000" token glued to a word, a Kelvin sign that lower-cases to k
CORNERS = [
    "1,000said",
    "1,000Said the",
    "_said_",
    "x_said",
    "said_",
    "he'said",
    "-said-",
    "U.S.said",
    "Sen.said",
    "42%said",
    "\u212aeeps said",
    "SAID",
    "ﬁnds said",
]


@pytest.mark.parametrize("text", CORNERS)
def test_trigger_tokens_are_seen_corners(text: str) -> None:
    _assert_triggers_seen(text)


@given(st.one_of(news_text(max_tokens=60), st.text(max_size=60)))
def test_trigger_tokens_are_seen(text: str) -> None:
    _assert_triggers_seen(text)


def _assert_triggers_seen(text: str) -> None:
    """Every token equal to a trigger word makes ``sentence_may_frame`` true."""
    sentence = Span(0, len(text))
    words = _tokenize(text, sentence, []).words
    if not FRAME_TRIGGERS.isdisjoint(words):
        assert sentence_may_frame(text, sentence), words


def test_every_trigger_is_a_run_of_letters() -> None:
    """A trigger without a letter would never be looked for; one with a space
    ("point out") is no token and is rightly left out."""
    for word in FRAME_TRIGGERS:
        if " " in word:
            continue
        assert re.fullmatch(r"[^\W\d_]+", word), word
        assert word in _TRIGGER_RUNS


def _runs_hold_a_trigger(text: str) -> bool:
    """The plain form of the prefilter: a letter run that is a trigger."""
    return not _TRIGGER_RUNS.isdisjoint(_LETTER_RUN.findall(text.lower()))


def _search_finds_a_trigger(text: str) -> bool:
    return _TRIGGER_SEARCH.search(text.lower()) is not None


@given(st.one_of(news_text(max_tokens=60), st.text(max_size=60)))
def test_trigger_search_is_the_letter_runs(text: str) -> None:
    """The one search (a trie of the triggers between non-letters) says
    what the list of letter runs says."""
    assert _search_finds_a_trigger(text) == _runs_hold_a_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        *CORNERS,
        *("add", "added", "adds", "addendum", "readd", "noted", "notedly", "saidsaid", ""),
        *sorted(_TRIGGER_RUNS),
    ],
)
def test_trigger_search_is_the_letter_runs_corners(text: str) -> None:
    assert _search_finds_a_trigger(text) == _runs_hold_a_trigger(text)
    for variant in (f"x{text}", f"{text}x", f" {text}.", f"1{text}2"):
        assert _search_finds_a_trigger(variant) == _runs_hold_a_trigger(variant)


@pytest.mark.parametrize("name", all_texts())
def test_trigger_search_is_the_letter_runs_seed(name: str) -> None:
    text = read_text(name)
    for line in text.splitlines():
        assert _search_finds_a_trigger(line) == _runs_hold_a_trigger(line)

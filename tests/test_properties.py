"""Invariants on any text: never raises, spans slice back, quotes do not
overlap, every source index is valid, every mention points into the text,
blocks cover every non-blank character, and the result round-trips."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from invariants import parse_and_check
from strategies import news_text


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


@given(st.binary(max_size=200))
def test_any_bytes_parse_or_fail_with_a_decode_error(data: bytes) -> None:
    import newsparse

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            newsparse.parse_article(data)
        except newsparse.InputDecodeError as error:
            assert "offset" in str(error)
        else:
            raise AssertionError("invalid UTF-8 was accepted")
    else:
        assert newsparse.parse_article(data) == newsparse.parse_article(text)

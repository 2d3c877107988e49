"""Spans are sacred: every element of every corpus article slices back."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse
from corpus import all_texts, read_text


def span_elements(d: Any) -> list[dict[str, Any]]:
    """Every ``{"text", "start", "end"}`` node in a ``to_dict()`` tree."""
    found: list[dict[str, Any]] = []
    stack = [d]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                found.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


@pytest.mark.parametrize("name", all_texts())
def test_every_element_slices_back(name: str) -> None:
    text = read_text(name)
    elements = span_elements(newsparse.parse_article(text).to_dict())
    assert elements, "the parse found nothing at all"
    for element in elements:
        assert text[element["start"] : element["end"]] == element["text"], element


@pytest.mark.parametrize("name", all_texts())
def test_blocks_cover_every_non_blank_character(name: str) -> None:
    text = read_text(name)
    article = newsparse.parse_article(text)
    covered = [False] * len(text)
    for block in article.blocks:
        for i in range(block.span.start, block.span.end):
            assert not covered[i], f"blocks overlap at {i}"
            covered[i] = True
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not lost, f"characters in no block: {lost[:10]}"

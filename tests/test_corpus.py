"""Every seed article with a gold file, compared field by field.

Gold files hold the SPEC's JSON shape, or the subset of it they assert: only
the top-level keys present in the gold file are compared. Known gaps are
listed in ``tests/corpus_known_gaps.txt`` and run as ``xfail(strict=True)``,
so a fix is noticed.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from typing import Any

import pytest

import newsparse
from corpus import corpus_names, known_gaps, read_gold, read_text

FIELDS = ("published", "headline", "bylines", "dateline", "captions", "quotes", "sources")


@cache
def _parsed(name: str) -> dict[str, Any]:
    return newsparse.parse_article(read_text(name)).to_dict()


def _restrict(expected: Any, actual: Any) -> Any:
    """``actual`` cut down to the keys that ``expected`` asserts."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {k: _restrict(v, actual.get(k, "<missing>")) for k, v in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list):
        out = [_restrict(e, a) for e, a in zip(expected, actual, strict=False)]
        return out + actual[len(expected) :]
    return actual


def _diff(expected: Any, actual: Any) -> str:
    a = json.dumps(expected, indent=1, ensure_ascii=False, sort_keys=True).splitlines()
    b = json.dumps(actual, indent=1, ensure_ascii=False, sort_keys=True).splitlines()
    return "\n".join(difflib.unified_diff(a, b, "gold", "parsed", lineterm="", n=2))


def _cases() -> list[Any]:
    gaps = known_gaps()
    cases = []
    for name in corpus_names():
        gold = read_gold(name)
        for field in FIELDS:
            if field not in gold:
                continue
            marks = []
            if (name, field) in gaps:
                marks.append(pytest.mark.xfail(strict=True, reason="listed in corpus_known_gaps"))
            cases.append(pytest.param(name, field, id=f"{name}:{field}", marks=marks))
    return cases


@pytest.mark.parametrize(("name", "field"), _cases())
def test_field_matches_gold(name: str, field: str) -> None:
    expected = read_gold(name)[field]
    actual = _restrict(expected, _parsed(name)[field])
    assert actual == expected, f"{name} {field} differs from gold:\n{_diff(expected, actual)}"


@pytest.mark.parametrize("name", corpus_names())
def test_gold_spans_slice_back(name: str) -> None:
    """The gold files themselves obey the span rule (catches authoring slips)."""
    text = read_text(name)
    gold = read_gold(name)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                assert text[node["start"] : node["end"]] == node["text"], node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(gold)

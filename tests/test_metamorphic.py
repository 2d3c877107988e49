"""Metamorphic properties over every corpus article (and generated ones).

Each test changes an article in a way that must not change what it says —
line endings, quotation-mark style, a person's name, an extra paragraph
without attribution, non-breaking spaces — and checks that the parse of the
changed text is the parse of the original with its offsets mapped and its
strings changed the same way. The whole ``to_dict()`` is compared, so the
relations mean something even where the parser finds no quote yet.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from corpus import SEEDS, all_texts, read_gold, read_text
from invariants import assert_invariants
from strategies import articles, noise_paragraphs, person_names

NAMES = all_texts()
#: examples per (relation, article): the corpus multiplies them
FEW = max(3, settings.default.max_examples // 30)

PosMap = Callable[[int], int]


@cache
def parsed(name: str) -> dict[str, Any]:
    return newsparse.parse_article(read_text(name)).to_dict()


def has_gold(name: str) -> bool:
    return (SEEDS / f"{name}.gold.json").exists()


# ---------------------------------------------------------------------------
# Mapping a parse onto a transformed text
# ---------------------------------------------------------------------------

_AT = re.compile(r"\(at (\d+)-(\d+)\)")


def remap(tree: Any, pos: PosMap, fix: Callable[[str], str]) -> Any:
    """``tree`` (a ``to_dict()``) with every offset mapped by ``pos`` and every
    string changed by ``fix``, as the parse of the transformed text must be."""
    if isinstance(tree, dict):
        out = {key: remap(value, pos, fix) for key, value in tree.items()}
        if {"text", "start", "end"} <= tree.keys():
            out["start"], out["end"] = pos(tree["start"]), pos(tree["end"])
        if "warnings" in tree:
            out["warnings"] = [
                _AT.sub(lambda m: f"(at {pos(int(m[1]))}-{pos(int(m[2]))})", fix(w))
                for w in tree["warnings"]
            ]
        return out
    if isinstance(tree, list):
        return [remap(value, pos, fix) for value in tree]
    if isinstance(tree, str):
        return fix(tree)
    return tree


def same(_: str) -> str:
    return _


def identity(i: int) -> int:
    return i


class Edits:
    """A text rewritten by replacing some stretches; maps old offsets to new."""

    def __init__(self, text: str, edits: Sequence[tuple[int, int, str]]) -> None:
        self.old = text
        self.edits = sorted(edits)
        pieces: list[str] = []
        self._anchors: list[
            tuple[int, int, int, int]
        ] = []  # old start, old end, new start, new len
        cursor = 0
        shift = 0
        for start, end, new in self.edits:
            assert start >= cursor, "overlapping edits"
            pieces.append(text[cursor:start])
            self._anchors.append((start, end, start + shift, len(new)))
            pieces.append(new)
            shift += len(new) - (end - start)
            cursor = end
        pieces.append(text[cursor:])
        self.new = "".join(pieces)

    def pos(self, i: int) -> int:
        shift = 0
        for start, end, new_start, new_len in self._anchors:
            if i <= start:
                break
            if i < end:  # inside a replaced stretch: clamp into its replacement
                return new_start + min(i - start, new_len)
            shift = new_start + new_len - end
        return i + shift


# ---------------------------------------------------------------------------
# LF / CRLF / CR
# ---------------------------------------------------------------------------

_NEWLINE = re.compile(r"\r\n|\r|\n")
_ESCAPED_NEWLINE = re.compile(r"\\r\\n|\\r|\\n")
ENDINGS = {"LF": "\n", "CRLF": "\r\n", "CR": "\r"}


def with_line_endings(text: str, ending: str) -> Edits:
    return Edits(text, [(m.start(), m.end(), ending) for m in _NEWLINE.finditer(text)])


def newline_fix(ending: str) -> Callable[[str], str]:
    escaped = ending.replace("\r", "\\r").replace("\n", "\\n")

    def fix(s: str) -> str:
        s = _NEWLINE.sub(ending, s)
        return _ESCAPED_NEWLINE.sub(lambda _: escaped, s)

    return fix


@pytest.mark.parametrize("ending", sorted(ENDINGS))
@pytest.mark.parametrize("name", NAMES)
def test_line_endings_give_the_same_parse(name: str, ending: str) -> None:
    text = read_text(name)
    edits = with_line_endings(text, ENDINGS[ending])
    result = newsparse.parse_article(edits.new)
    assert_invariants(edits.new, result)
    expected = remap(parsed(name), edits.pos, newline_fix(ENDINGS[ending]))
    assert result.to_dict() == expected


# ---------------------------------------------------------------------------
# Straight <-> curly double quotation marks
# ---------------------------------------------------------------------------

_OPENING_CONTEXT = set(" \t\r\n\u00a0([{—–-/")


def to_straight(text: str) -> str:
    """“ and ” become ": same length, so offsets do not move."""
    return text.replace("“", '"').replace("”", '"')


def to_curly(text: str) -> str:
    """ " becomes “ after a space, a line break, a bracket or a dash (or at the
    start), else ”."""
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("“" if i == 0 or text[i - 1] in _OPENING_CONTEXT else "”")
        else:
            out.append(ch)
    return "".join(out)


def plain_marks(s: str) -> str:
    return to_straight(s)


def _quotes_and_speakers(d: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            plain_marks(q["text"]),
            q["start"],
            q["kind"],
            None if q["speaker"] is None else plain_marks(q["speaker"]["text"]),
            None if q["cue"] is None else q["cue"]["text"],
            q["source"],
        )
        for q in d["quotes"]
    ]


def _double_marks(text: str) -> int:
    return sum(text.count(ch) for ch in '"“”')


@pytest.mark.parametrize("name", NAMES)
def test_straight_and_curly_double_quotes_give_the_same_parse(name: str) -> None:
    text = read_text(name)
    if not _double_marks(text):
        pytest.skip("the article has no double quotation mark")
    original = parsed(name)
    for variant in (to_straight(text), to_curly(to_straight(text))):
        result = newsparse.parse_article(variant)
        assert_invariants(variant, result)
        got = result.to_dict()
        assert _quotes_and_speakers(got) == _quotes_and_speakers(original)
        assert remap(got, identity, plain_marks) == remap(original, identity, plain_marks)


# ---------------------------------------------------------------------------
# Renaming a person
# ---------------------------------------------------------------------------


def person_names_of(name: str) -> list[str]:
    """Person sources of the gold file (names without titles), else those
    the parser found."""
    if has_gold(name):
        found = [s["name"] for s in read_gold(name).get("sources", []) if s["kind"] == "person"]
    else:
        found = [s["name"] for s in parsed(name)["sources"] if s["kind"] == "person"]
    return sorted(set(found))


def _word_re(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def rename_plan(old: str, new: str) -> dict[str, str]:
    """The full name, and each of its words, to their new forms: a consistent
    renaming whether the surname comes last (Ana Ruiz) or first (Huang Lixia)."""
    plan = {old: new}
    old_words, new_words = old.split(), new.split()
    if len(old_words) > 1:
        plan.update(zip(old_words, new_words, strict=True))
    return plan


def rename(text: str, plan: dict[str, str]) -> tuple[Edits, Callable[[str], str]]:
    pattern = _word_re(list(plan))
    edits = Edits(text, [(m.start(), m.end(), plan[m[0]]) for m in pattern.finditer(text)])

    def fix(s: str) -> str:
        return pattern.sub(lambda m: plan[m[0]], s)

    return edits, fix


@st.composite
def _renaming(draw: st.DrawFn, name: str) -> tuple[str, str]:
    text = read_text(name)
    old = draw(st.sampled_from(person_names_of(name)))
    lowered = text.lower()
    new = draw(
        person_names(len(old.split())).filter(
            lambda n: all(w.lower() not in lowered for w in n.split())
        )
    )
    return old, new


@pytest.mark.parametrize("name", NAMES)
def test_renaming_a_person_changes_only_the_name(name: str) -> None:
    if not person_names_of(name):
        pytest.skip("no person source, in the parse or in the gold file")
    text = read_text(name)

    @settings(max_examples=FEW)
    @given(_renaming(name))
    def check(renaming: tuple[str, str]) -> None:
        old, new = renaming
        edits, fix = rename(text, rename_plan(old, new))
        assert edits.new != text, f"{old!r} does not occur in the text"
        result = newsparse.parse_article(edits.new)
        assert_invariants(edits.new, result)
        got = result.to_dict()
        assert got == remap(parsed(name), edits.pos, fix)
        if any(s["name"] == old for s in parsed(name)["sources"]):
            assert any(s["name"] == new for s in got["sources"])
            assert not any(s["name"] == old for s in got["sources"])

    check()


# ---------------------------------------------------------------------------
# Inserting a paragraph without attribution
# ---------------------------------------------------------------------------

_BLANK_AFTER = re.compile(r"[ \t\u00a0]*(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)|\s*\Z")
_INDENTED_AFTER = re.compile(r"(\r\n|\r|\n)([ \t]{2,}|\t)(?=\S)")
_MARKS = "\"'“”‘’«»„"


def _line_ending_of(text: str) -> str:
    m = _NEWLINE.search(text)
    return m[0] if m else "\n"


def insertion_points(name: str) -> list[tuple[int, str]]:
    """Ends of body paragraphs where a new paragraph changes nothing else,
    with what goes before the new paragraph there: a blank line, or (in old
    wire copy that marks paragraphs by indentation) a line break and the
    next paragraph's indentation. Never inside a quote (of the parse or the
    gold file), nor before a paragraph that opens with a quotation mark (it
    may continue the speaker of the one before)."""
    text = read_text(name)
    quotes = [(q["start"], q["end"]) for q in parsed(name)["quotes"]]
    if has_gold(name):
        quotes += [(q["start"], q["end"]) for q in read_gold(name).get("quotes", [])]
    blank = _line_ending_of(text) * 2
    points = []
    for paragraph in parsed(name)["paragraphs"]:
        end = paragraph["end"]
        if any(start < end < stop for start, stop in quotes):
            continue
        if text[end:].lstrip()[:1] in tuple(_MARKS):
            continue
        indented = _INDENTED_AFTER.match(text, end)
        if indented:
            points.append((end, indented[0]))
        elif _BLANK_AFTER.match(text, end):
            points.append((end, blank))
    return points


@st.composite
def _noise_foreign_to(draw: st.DrawFn, lowered: str) -> tuple[str, Any]:
    """A noise paragraph whose invented names do not occur in the article."""
    words = draw(
        st.lists(
            person_names(1).filter(lambda w: w.lower() not in lowered),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    return draw(noise_paragraphs(words))


@pytest.mark.parametrize("name", NAMES)
def test_inserting_a_paragraph_without_attribution_changes_nothing_else(name: str) -> None:
    points = insertion_points(name)
    if not points:
        pytest.skip("no paragraph end to insert after")
    text = read_text(name)
    lowered = text.lower()

    @settings(max_examples=FEW)
    @given(st.sampled_from(points), _noise_foreign_to(lowered))
    def check(where: tuple[int, str], noise: tuple[str, Any]) -> None:
        point, before = where
        paragraph, _ = noise
        insert = before + paragraph
        edits = Edits(text, [(point, point, insert)])
        result = newsparse.parse_article(edits.new)
        assert_invariants(edits.new, result)
        got = result.to_dict()
        expected = remap(parsed(name), lambda i: i if i <= point else i + len(insert), same)
        new_start = point + len(before)
        new_paragraph = {"text": paragraph, "start": new_start, "end": new_start + len(paragraph)}
        expected["paragraphs"] = sorted(
            [*expected["paragraphs"], new_paragraph], key=lambda p: p["start"]
        )
        expected["blocks"] = sorted(
            [*expected["blocks"], {"kind": "body", **new_paragraph}], key=lambda b: b["start"]
        )
        assert got == expected

    check()


# ---------------------------------------------------------------------------
# Non-breaking spaces
# ---------------------------------------------------------------------------


def nbsp_for_spaces(text: str, chosen: Callable[[int], bool]) -> str:
    return "".join("\u00a0" if ch == " " and chosen(i) else ch for i, ch in enumerate(text))


def plain_spaces(s: str) -> str:
    return s.replace("\u00a0", " ")


def _assert_same_modulo_nbsp(name: str, variant: str) -> None:
    result = newsparse.parse_article(variant)
    assert_invariants(variant, result)
    assert remap(result.to_dict(), identity, plain_spaces) == remap(
        parsed(name), identity, plain_spaces
    )


@pytest.mark.parametrize("name", NAMES)
def test_non_breaking_spaces_for_all_spaces_give_the_same_parse(name: str) -> None:
    text = read_text(name)
    _assert_same_modulo_nbsp(name, nbsp_for_spaces(text, lambda _: True))


@pytest.mark.parametrize("name", NAMES)
def test_non_breaking_spaces_for_some_spaces_give_the_same_parse(name: str) -> None:
    text = read_text(name)

    @settings(max_examples=FEW)
    @given(st.randoms(use_true_random=False), st.floats(0.05, 0.95))
    def check(rnd: Any, share: float) -> None:
        _assert_same_modulo_nbsp(name, nbsp_for_spaces(text, lambda _: rnd.random() < share))

    check()


# ---------------------------------------------------------------------------
# Round trips, pickling, another process
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_dict_json_and_pickle_round_trips(name: str) -> None:
    article = newsparse.parse_article(read_text(name))
    assert newsparse.Article.from_dict(article.to_dict()) == article
    assert newsparse.Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    again = pickle.loads(pickle.dumps(article))
    assert again == article
    assert again.to_dict() == article.to_dict()
    assert again.text == article.text


_CHILD = """
import json, sys
import newsparse
out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as handle:
        out[path] = newsparse.parse_article(handle.read()).to_dict()
sys.stdout.write(json.dumps(out, ensure_ascii=True))
"""


@cache
def parsed_elsewhere(hash_seed: str) -> dict[str, Any]:
    """Every corpus article parsed in a fresh interpreter (own hash seed)."""
    paths = [str(SEEDS / f"{name}.txt") for name in NAMES]
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, *paths],
        capture_output=True,
        check=False,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")
    result: dict[str, Any] = json.loads(run.stdout)
    return {name: result[str(SEEDS / f"{name}.txt")] for name in NAMES}


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
@pytest.mark.parametrize("name", NAMES)
def test_another_process_gives_the_same_result(name: str, hash_seed: str) -> None:
    here = json.loads(json.dumps(parsed(name)))
    assert parsed_elsewhere(hash_seed)[name] == here


# ---------------------------------------------------------------------------
# The same relations over generated articles (known quotes)
# ---------------------------------------------------------------------------


@settings(max_examples=max(10, settings.default.max_examples // 6))
@given(articles(), st.sampled_from(sorted(ENDINGS)), st.booleans())
def test_generated_articles_keep_their_parse_under_the_same_changes(
    article: tuple[str, Any], ending: str, all_nbsp: bool
) -> None:
    text, expected = article
    ref = expected.reference_date
    original = newsparse.parse_article(text, reference_date=ref).to_dict()

    edits = with_line_endings(text, ENDINGS[ending])
    got = newsparse.parse_article(edits.new, reference_date=ref).to_dict()
    assert got == remap(original, edits.pos, newline_fix(ENDINGS[ending]))

    for variant in (to_straight(text), to_curly(to_straight(text))):
        got = newsparse.parse_article(variant, reference_date=ref).to_dict()
        assert remap(got, identity, plain_marks) == remap(original, identity, plain_marks)

    variant = nbsp_for_spaces(text, lambda i: all_nbsp or i % 3 == 0)
    got = newsparse.parse_article(variant, reference_date=ref).to_dict()
    assert remap(got, identity, plain_spaces) == remap(original, identity, plain_spaces)

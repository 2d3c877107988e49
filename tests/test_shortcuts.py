"""Each speed shortcut finds exactly what the plain form it stands for finds.

- the tokenizer's plain-word shortcut and its faster word form: the tokens
  of the forms alone, and each token's kind from its first character;
- ``frame._search_lines``: the search of a pattern that opens with a
  look-behind for a line break;
- ``frame._trailer_start``'s prechecks: what the tail patterns need, and
  the trailer patterns without the ``contributed`` form where it is not;
  the sign-off words' places, found once per text;
- ``segment.split_lines``: the indentation and blankness ``strip_span`` gives;
- ``segment.unit_spans``: the spans of ``split_units``' units;
- ``sentences._END``: the sentence ends of its forms alone, and of its
  first form alone where no quotation opens a line;
- a caption shape's ``ending``: the credits of the shape without it;
- ``captions._STRICT_NEEDLES``: found where the plain alternation of the
  strict shapes' needles is;
- ``frame._dateline_at``: the dateline read once without an anchor gives
  the frame stage what reading it again gives, its warnings included;
- ``_content._CONTEXT_TAIL``: its comma-led forms and the rest searched
  apart find the plain alternation's first match;
- ``sources._titled_elsewhere``'s prechecks: the answers of its two title
  patterns.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from corpus import all_texts, read_text
from newsparse import captions, frame, sources
from newsparse._tokens import _TOKEN, _TOKEN_FORMS, _Tokens, _words
from newsparse.segment import split_lines, split_units, strip_span, unit_spans
from newsparse.sentences import _END, _END_FORMS, _POINT_END, _QUOTED_LINE
from strategies import news_text

_FORMS_ONLY = re.compile(_TOKEN_FORMS)

CORNERS = [
    "Sen. Ruiz and Gov. Lee, U.S. a.m. N.C. John F. Kennedy",
    "1,409 people, 3.5% and 42% of 1,000said; rock'n'roll co-op AT&T",
    "Calif.said x_y _said said_ it’s -- — ― – ... U.S.A. approx.",
    "SEN. RUIZ sen.ruiz Jan.5 Jan. 5 abcdefghijklm. ab.",
    "AT&amp;T Berg &amp; Sons Mayor&nbsp;Luis Ortega &mdash; who &#8211; R&D &#38;",
]


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def _assert_same(text: str, start: int = 0, end: int | None = None) -> None:
    stop = len(text) if end is None else end
    assert _spans(_TOKEN, text, start, stop) == _spans(_FORMS_ONLY, text, start, stop)
    # the kind read from the punctuation group is the kind of the first character
    toks = _Tokens()
    _words(text, start, stop, toks)
    assert toks.kinds == ["w" if word[0].isalnum() else "p" for word in toks.words]


@pytest.mark.parametrize("text", CORNERS)
def test_same_tokens_corners(text: str) -> None:
    _assert_same(text)


@pytest.mark.parametrize("name", all_texts())
def test_same_tokens_seed(name: str) -> None:
    _assert_same(read_text(name))


@given(st.one_of(news_text(), st.text()), st.data())
def test_same_tokens_random(text: str, data: st.DataObject) -> None:
    # a sentence is tokenized as a slice of the text: bounds matter to \b
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _assert_same(text, start, end)


# line breaks, horizontal spaces and the words trailers are made of
_TRAILER_BITS = st.sampled_from(
    [
        "\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        "\u00a0",
        "x",
        ".",
        "(",
        ")",
        "-",
        "©",
        "2024",
        "Reporting by",
        "(Editing by",
        "With assistance from",
        "Li Wei contributed to this report",
        "To contact the reporter",
        "Copyright",
        "REUTER",
        "Reuters...",
        "^M",
        "More",
        "MORE",
        "more",
        "More stories like this",
        "Our Standards:",
        "said.",
    ]
)
_TRAILER_TEXT = st.lists(_TRAILER_BITS, max_size=30).map("".join)


@given(_TRAILER_TEXT, st.data())
def test_search_lines_is_the_search(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pattern, breaks in (
        (frame._TRAILER_LINE, frame._TRAILER_LINE_BREAK),
        (frame._MORE, frame._MORE_BREAK),
    ):
        found = frame._search_lines(pattern, breaks, text, start, end)
        expected = pattern.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())
    if text.find("contributed", start, end) < 0:
        # without the word, the patterns without its form find the same
        for full, short in (
            (frame._TRAILER, frame._TRAILER_UNCONTRIBUTED),
            (frame._TRAILER_LINE, frame._TRAILER_LINE_UNCONTRIBUTED),
            (frame._TRAILER_LINE_BREAK, frame._TRAILER_LINE_BREAK_UNCONTRIBUTED),
        ):
            for method in (re.Pattern.match, re.Pattern.search):
                found = method(short, text, start, end)
                expected = method(full, text, start, end)
                assert (found and found.span()) == (expected and expected.span())


# the runs the trailer forms read with possessive quantifiers: e-mail
# addresses, newsletter pitches, link hubs, lines with and without them
_POSSESSIVE_BITS = st.sampled_from(
    [
        "ana.vu+news@example.net",
        "ana@",
        "@",
        "a-b.c",
        "Stay informed: ",
        "Sign up for our newsletter",
        "SIGN up for alerts",
        "Subscribe to the newsletter",
        "subscribe",
        "AP NFL: https://apnews.com/hub/nfl",
        "More AP sports:",
        " https://x.y",
        "Oops. ",
        "!",
        ": ",
        "Ben’s O'Neil-Ray",
        "(END)",
        "abc",
        " ",
        "\u00a0",
        "\t",
        "\n",
        "\r\n",
    ]
)
_POSSESSIVE_TEXT = st.lists(st.one_of(_TRAILER_BITS, _POSSESSIVE_BITS), max_size=30).map("".join)


def _without_possessives(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its possessive quantifiers made greedy again (the
    trailer forms had none before they were added)."""
    plain = pattern.pattern.replace("}+", "}").replace("*+", "*").replace("++", "+")
    return re.compile(plain, pattern.flags)


@given(_POSSESSIVE_TEXT, st.data())
def test_possessive_trailer_runs_match_the_greedy_ones(text: str, data: st.DataObject) -> None:
    """A run made possessive is followed by a character it cannot take (an
    ``@`` after an address's name, a point or colon after a pitch's lead, a
    space or colon after a hub label's word), so giving characters back never
    let the greedy form match elsewhere: the same matches, only faster."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for pattern in (
        frame._TRAILER,
        frame._TRAILER_LINE,
        frame._TRAILER_LINE_BREAK,
        frame._TRAILER_UNCONTRIBUTED,
        frame._TRAILER_LINE_UNCONTRIBUTED,
        frame._TRAILER_LINE_BREAK_UNCONTRIBUTED,
        frame._ONE_LINE,
    ):
        plain = _without_possessives(pattern)
        assert plain.pattern != pattern.pattern
        for method in (re.Pattern.match, re.Pattern.search):
            found = method(pattern, text, start, end)
            expected = method(plain, text, start, end)
            assert (found and found.regs) == (expected and expected.regs)


@given(_TRAILER_TEXT, st.data())
def test_line_trailer_at_start_is_the_trailer(text: str, data: st.DataObject) -> None:
    """Where no space opens the text, the line patterns match at its start
    what the trailer patterns match there (``_trailer_start`` tries the
    latter only)."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if start == end or text[start] in " \t\u00a0\r\n":
        return
    for trailer, line in (
        (frame._TRAILER, frame._TRAILER_LINE),
        (frame._TRAILER_UNCONTRIBUTED, frame._TRAILER_LINE_UNCONTRIBUTED),
    ):
        found = line.match(text, start, end)
        if found is not None:
            expected = trailer.match(text, start, end)
            assert expected is not None and expected.span() == found.span()


@given(_TRAILER_TEXT, st.data())
def test_tail_trailers_need_their_word(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if frame._SIGNOFF_AFTER_TEXT.search(text, start, end) is not None:
        assert frame._REUTER.search(text, start, end) is not None
    if frame._INLINE_REPORTING.search(text, start, end) is not None:
        assert text.find("(", start, end) >= 0


_SIGNOFF_TEXT = st.lists(
    st.sampled_from(
        [
            "reuter",
            "REUTER",
            "Reuters",
            "reuteReuter",
            "enditem",
            "EndItem",
            "ENDİTEM",
            "endıtem",
            "x",
            " ",
            "\n",
            "é",
        ]
    ),
    max_size=12,
).map("".join)


@given(_SIGNOFF_TEXT, st.data())
def test_signoff_places_are_the_searches(text: str, data: st.DataObject) -> None:
    """The sign-off words' places, found once per text (in the lower-cased
    text when it is ASCII), say what the tail's searches say."""
    reuter, enditem = frame._signoff_places(text)
    assert reuter == frame._starts(frame._REUTER, text)
    assert enditem == frame._starts(frame._ENDITEM, text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert frame._lies_in(reuter, 6, start, end) == bool(frame._REUTER.search(text, start, end))
    assert frame._lies_in(enditem, 7, start, end) == bool(frame._ENDITEM.search(text, start, end))


@given(st.one_of(news_text(), st.text(alphabet=st.sampled_from(" \t\u00a0\u2028\x0b\x1c\r\nab"))))
def test_split_lines_indent_is_strip_span(text: str) -> None:
    """``split_lines`` finds the lines of a plain line pattern and counts
    their indentation as ``strip_span`` does."""
    plain = [m.span() for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+", text)]
    lines = split_lines(text)
    assert [line.span.start for line in lines] == [start for start, _ in plain]
    assert [line.span.end for line in lines] == [
        len(text[a:b].rstrip("\r\n")) + a for a, b in plain
    ]
    for line in lines:
        body = strip_span(text, line.span.start, line.span.end)
        assert line.indent == body.start - line.span.start
        assert line.blank == (body.start == body.end)


_UNIT_TEXT = st.lists(
    st.sampled_from([" ", "  ", "\t", "\u00a0", "\x0b", "\n", "\r", "\r\n", "a", "b c"])
)


@given(st.one_of(news_text(), st.text(), _UNIT_TEXT.map("".join)))
def test_unit_spans_are_split_units(text: str) -> None:
    assert unit_spans(text) == [unit.span for unit in split_units(text)]


@pytest.mark.parametrize("name", all_texts())
def test_unit_spans_seed(name: str) -> None:
    text = read_text(name)
    assert unit_spans(text) == [unit.span for unit in split_units(text)]


_END_BITS = st.sampled_from(
    "\n|\r\n| |\t|\u00a0|.|!|?|...|\"|“|”|’|'|(|)|A|b|7|U.S.|Mr.|said".split("|")
)


@given(st.one_of(st.lists(_END_BITS, max_size=30).map("".join), st.text()), st.data())
def test_sentence_end_guard(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    forms = re.compile(_END_FORMS)
    assert _spans(_END, text, start, end) == _spans(forms, text, start, end)
    # without a line break and a quotation mark after it, the first form alone
    if _QUOTED_LINE.search(text, start, end) is None:
        assert _spans(_POINT_END, text, start, end) == _spans(forms, text, start, end)


_NEEDLE_PLAIN = re.compile(
    "|".join(re.escape(n) for shape in captions._STRICT_SHAPES for n in shape.needles)
)


@given(st.one_of(_TRAILER_TEXT, st.text(), news_text()).map(str.lower), st.data())
def test_strict_needles_are_the_needles(text: str, data: st.DataObject) -> None:
    """The grouped needle pattern is found where the plain alternation is."""
    start = data.draw(st.integers(0, len(text)))
    for needle in ("photo credit", "picture", " via ", "(c)", "©", "|", " for "):
        for probe in (text, text[:start] + needle + text[start:]):
            found = captions._STRICT_NEEDLES.search(probe, start)
            assert (found is None) == (_NEEDLE_PLAIN.search(probe, start) is None)


# the pieces credits ending a caption are made of
_CREDIT_BITS = st.sampled_from(
    " |\t|\u00a0|/|(|)|.|,|Jane|Doe|The|New|York|Times|for|For|Inc|File|file|REUTERS|"
    "AP|Photo|Getty|Images|via|de|said|x|7|’s|-|©".split("|")
)
_CREDIT_TEXT = st.lists(_CREDIT_BITS, max_size=30).map("".join)


@given(st.one_of(_CREDIT_TEXT, news_text()), st.booleans())
def test_credit_ending_is_a_precheck(text: str, strict: bool) -> None:
    """A shape's ``ending`` only turns away texts its pattern finds no
    credit in: every shape reads the same credit without it."""
    end = len(text)
    lowered = captions._folded(text[max(0, end - captions._TAIL) : end])
    for shape in captions._SHAPES:
        if shape.ending is None:
            continue
        plain = attrs.evolve(shape, ending=None)
        assert captions._try_shape(shape, text, 0, end, lowered, strict=strict) == (
            captions._try_shape(plain, text, 0, end, lowered, strict=strict)
        )
        # the precheck is sound for the pattern itself, not only for the credit
        if shape.pattern.search(text) is not None:
            assert shape.ending.search(text) is not None


DATELINES = [
    "PARIS, Feb 26 (Reuters) - It rained, officials said.",
    "PARIS, Fbe 26 (Reuters) - A misspelt month.",
    "PARIS, Feb 31 (Reuters) - No such day.",
    "BRUSSELS, Tuesday (AFP) - A weekday with nothing to resolve it.",
    "ROME, 3/4/2025 (ANSA) - An ambiguous date.",
    "(ANSA) - ROME, NOV 11 - A lead form.",
    "Storm Hits Coast\n\nPORTLAND, Ore., Nov 11 (AP) - It rained.",
    "Published Nov 10, 2024\n\nPARIS, Nov 11 (Reuters) - A published date.",
    "NEW DELHI: The colon form opens the story.",
]


@pytest.mark.parametrize("text", DATELINES)
@pytest.mark.parametrize("reference", [None, dt.date(2025, 11, 12)])
def test_remembered_dateline_is_the_dateline(text: str, reference: dt.date | None) -> None:
    """The frame stage's dateline and warnings, its look-ahead remembered or
    not: the same as a stage that reads every unit afresh."""
    remembered = newsparse.parse_article(text, reference)
    calls: list[object] = []

    def afresh(*args: object) -> object:
        calls.append(args)
        return frame.match_dateline(*args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            frame, "_dateline_at", lambda state, start, end: afresh(state.text, start, end)
        )
        fresh = newsparse.parse_article(text, reference)
    assert calls
    assert remembered.dateline == fresh.dateline
    assert remembered.warnings == fresh.warnings


_TICKER_BITS = st.sampled_from(
    " |  |\t|\n|\u00a0|(|)|TSLY|.N|NYSE|: |6501.T|Halden Pike|Tessaly Steel|said|,|x".split("|")
)


@given(st.lists(_TICKER_BITS, max_size=30).map("".join))
def test_ticker_paren_search_is_the_ticker_search(text: str) -> None:
    """``_ticker_names`` finds each ticker from its parenthesis and walks
    back over the whitespace: the starts ``_TICKER``'s own search gives."""
    expected = [m.start() for m in sources._TICKER.finditer(text)]
    found = []
    for m in sources._TICKER_PAREN.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        found.append(start)
    assert found == expected


_RUN_BITS = st.sampled_from(
    [
        *"Ana Ruiz Harbor Point Partners of and Inc. U.S. J. said Pettigrew's".split(),
        *[" ", "  ", "\u00a0", "\n", "\r\n", "\t", "\u2028", ", "],
    ]
)


@given(st.lists(_RUN_BITS, max_size=40).map("".join))
def test_name_index_words_are_the_word_spans(text: str) -> None:
    """The name index splits a run into words with ``str.split`` when one
    whitespace character stands between them: the words and offsets
    ``_WORD_SPAN`` finds."""
    names = sources._NameIndex(text)
    names._build()
    for run in names.runs:
        start, end = run[0][1], run[-1][2]
        expected = [
            (w.group(), w.start(), w.end()) for w in sources._WORD_SPAN.finditer(text, start, end)
        ]
        assert run == expected


@given(st.one_of(_CREDIT_TEXT, news_text()), st.data())
def test_strict_shape_may_end_is_a_precheck(text: str, data: st.DataObject) -> None:
    """Where ``_strict_shape_may_end`` turns a paragraph away, every strict
    shape's own tests find no credit in it."""
    start = data.draw(st.integers(0, len(text)))
    end = len(text)
    lowered = captions._folded(text[max(start, end - captions._TAIL) : end])
    if not captions._strict_shape_may_end(text, end, lowered):
        for shape in captions._STRICT_SHAPES:
            assert captions._try_shape(shape, text, start, end, lowered, strict=True) is None


# ``_content._CONTEXT_TAIL``: the comma-led alternatives and the rest
# searched apart give the plain alternation's first match
_TAIL_PIECES = [
    ", after the vote",
    ", a day after the drills ended",
    " -- 44 percent to 34 percent",
    " — a number the CBO disputes",
    ", a claim Democrats dispute",
    ", with the three liberal justices dissenting",
    ", which the university denied",
    " — as was true for others",
    ", in a statement on Monday.",
    ", and the union has already sued",
    "the plan would work",
    ", said Ruiz",
    " — ",
    ", ",
]


@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=6), st.integers(0, 40))
def test_context_tail_split_search(pieces: list[str], cut: int) -> None:
    from newsparse._content import _CONTEXT_TAIL, _CONTEXT_TAIL_PLAIN

    text = "He said the plan would work" + "".join(pieces)
    for start, end in ((0, len(text)), (min(cut, len(text)), len(text)), (0, len(text) - cut)):
        end = max(start, end)
        plain = _CONTEXT_TAIL_PLAIN.search(text, start, end)
        split = _CONTEXT_TAIL.search(text, start, end)
        assert (plain is None) == (split is None)
        if plain is not None and split is not None:
            assert plain.span() == split.span()


def test_context_tail_split_search_corpus() -> None:
    from newsparse._content import _CONTEXT_TAIL, _CONTEXT_TAIL_PLAIN

    assert _CONTEXT_TAIL.comma is not None and _CONTEXT_TAIL.rest is not None
    for name in all_texts()[:400]:
        text = read_text(name)
        for start in range(0, len(text), 97):
            end = min(len(text), start + 400)
            plain = _CONTEXT_TAIL_PLAIN.search(text, start, end)
            split = _CONTEXT_TAIL.search(text, start, end)
            assert (None if plain is None else plain.span()) == (
                None if split is None else split.span()
            )


def _plain_titled_elsewhere(text: str, word: str, start: int) -> bool:
    """``sources._titled_elsewhere`` as written before its prechecks."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    for found in re.compile(rf"\b([A-Z][\w.]*)[ \u00a0]+{word}\b").finditer(text, 0, start):
        title = found.group(1).lower()
        if title in sources._HONOURS or (
            (title in sources.TITLE_WORDS or title in sources.ROLE_HEADS)
            and title not in sources._FIELD_TITLE_WORDS
        ):
            return True
    return any(
        found.group(1).lower() in sources._CLERIC_COURTESIES
        for found in re.compile(rf"\b([A-Z][a-z]+)[ \u00a0]+{word}\b").finditer(text, start)
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Prince Edmund spoke. Edmund added that", "Edmund"),
        ("Prince\u00a0Edmund spoke. Edmund added that", "Edmund"),
        ("Edmund Hale spoke. Edmund added that", "Edmund"),
        ("Chief Minister Siddaramaiah spoke. Siddaramaiah said", "Siddaramaiah"),
        ("Fazl said on Friday. Later Maulana Fazl said", "Fazl"),
        ("Fazl said on Friday. Later Maulana\u00a0Fazl said", "Fazl"),
        ("Fazl said on Friday. Later MAULANA Fazl said", "Fazl"),
        ("Fazl said on Friday. xMaulana Fazl said", "Fazl"),
        ("Rodando said. Rodando, which makes apps", "Rodando"),
        ("Queen Adela. Queen Adelaide said Adela", "Adela"),
    ],
)
def test_titled_elsewhere_prechecks(text: str, word: str) -> None:
    """The prechecks (the word after a space before the mention, a courtesy
    written after it) change no answer of the title patterns."""
    for start in range(len(text) + 1):
        assert sources._titled_elsewhere(text, word, start) == _plain_titled_elsewhere(
            text, word, start
        )


@pytest.mark.parametrize("name", all_texts()[::5])
def test_titled_elsewhere_prechecks_corpus(name: str) -> None:
    """On every fifth seed: its first 40 capitalised words, from every 37th offset."""
    text = read_text(name)
    words = sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))[:40]
    for word in words:
        for start in range(0, len(text) + 1, 37):
            assert sources._titled_elsewhere(text, word, start) == _plain_titled_elsewhere(
                text, word, start
            )

"""Sentence tokens: the one view of a sentence every attribution rule reads.

A sentence becomes parallel lists (offsets, lower-cased words, kinds) in
which every quotation is one opaque token, so frames can look around a
quotation without looking into it. Also the small word classes the rule
modules share.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

import attrs

from newsparse.model import Span
from newsparse.quotemarks import QuoteSpan
from newsparse.sentences import ABBREVIATIONS, WORDS_WHEN_LOWER

# "No." and "Nos." abbreviate only before a number ("No. 5"); "would vote
# no." ends on a word and a full stop
_NUMBER_SIGNS = frozenset({"no", "nos"})
# upper-case acronyms that spell an abbreviation: the Securities and
# Exchange Commission is "the SEC." at a sentence end
_ACRONYMS_NOT_ABBREVIATIONS = frozenset({"SEC"})
# any case, and the ones that are words in lower case ("very ill.") only
# capitalised ("Ill.") or in capitals ("ILL.")
_ABBREVIATION = (
    "(?i:"
    + "|".join(sorted(ABBREVIATIONS - _NUMBER_SIGNS - WORDS_WHEN_LOWER, key=len, reverse=True))
    + ")|"
    + "|".join(
        sorted(
            {form for w in WORDS_WHEN_LOWER for form in (w.capitalize(), w.upper())}
            # "settled with the SEC.": the agency's acronym, not "Sec."
            - _ACRONYMS_NOT_ABBREVIATIONS,
            key=len,
            reverse=True,
        )
    )
)

# an all-capitals word and its point not followed by more capitals or a
# number (company suffixes keep their own rule: "ACME CORP. Chief ...")
_CAPS_ACRONYM_END = (
    r"(?!(?:INC|CORP|LTD|BROS|ETC)\.)[A-Z]{3,}\.(?![ \u00a0]+(?:[A-Z0-9]{2}|[A-Z]\.|\d))"
)


# An ampersand inside a word (``AT&T``), also written as its entity
# (``AT&amp;T``); never the ``&`` that opens another entity (``Mayor&nbsp;Luis``
# is two words)
_AMP = r"(?:&(?:amp|#0*38);|&(?!#?[A-Za-z0-9]{1,8};))"
# zero-width marks a scraped page leaves inside a word (``Ru\u200biz``):
# they join its letters, and break no name
_ZW = "\u200b\u200c\u200d\u2060"

# The token forms, tried in order at each position.
_TOKEN_FORMS = (
    r"&#?[A-Za-z0-9]{1,8};"  # an HTML entity left in scraped text: "&amp;" is one word
    r"|\d+(?::\d+)+"  # a clock time or a score: "9:15", "5:4" (no colon to split on)
    r"|\d+(?:[.,]\d+)*%"  # 42%, 3.5%
    r"|\d{1,3}(?:,\d{3})+"  # 1,409
    r"|(?:[^\W\d_]\.){2,}"  # U.S., a.m., N.C.
    # Sen., Jan., Calif.; the look-ahead (letters, then a point) spares the
    # long alternation at every other word: the tokenizer runs 3x faster
    # (an all-capitals word of three letters or more is an acronym that can
    # end a sentence: "settled with the SEC.", "at 5 p.m. EST."; it is an
    # abbreviation only in a line of capitals: "GEN. ANA RUIZ", "SEC. 4")
    rf"|\b(?=[^\W\d_]{{1,12}}\.)(?!{_CAPS_ACRONYM_END})(?:{_ABBREVIATION})\.(?!\w)"
    r"|\b[A-Z]\.(?=[ \u00a0][A-Z])"  # John F. Kennedy
    r"|\b[Nn]os?\.(?=[ \u00a0]?\d)"  # No. 5
    rf"|[^\W_](?:(?:[\w’'\-{_ZW}]|{_AMP})*[^\W_])?"
    r"|--|[,;:()\[\]—–―.!?-]"
)

# A plain word, tried before the forms: it starts with a letter and its
# letters are not followed by a point. Every form before the last word form
# starts with a digit or with letters and a point, so where this matches
# none of them could, and it takes what the word form would: the same
# tokens (tests/test_shortcuts.py compares), with most words spared the
# attempts at numbers and abbreviations (tokenizing ~35% faster). The
# letters are matched once: the look-ahead after them fails on a letter
# too, so a backtrack to fewer letters cannot get past it.
_PLAIN_WORD = r"[^\W\d_]+(?![^\W\d_]|\.)" + rf"[^\W_]*(?:(?:[_’'\-{_ZW}]|{_AMP})+[^\W_]+)*"

# The word form of ``_TOKEN_FORMS`` written so that a word is read once
# (alphanumeric runs joined by runs of the joining marks, the longest such
# prefix, as the greedy form with its one-character backtrack finds): one
# search ~10% faster. The punctuation form is a group of its own, so a
# token's kind is the match's ``lastindex`` (``[^\W_]`` lower-cases to an
# alphanumeric first character for every code point, which the kind test
# of ``_TOKEN_FORMS`` read).
_WORD_FORM = rf"[^\W_](?:(?:[\w’'\-{_ZW}]|{_AMP})*[^\W_])?"
_PUNCT_FORM = r"--|[,;:()\[\]—–―.!?-]"
assert _TOKEN_FORMS.endswith(f"|{_WORD_FORM}|{_PUNCT_FORM}")
_FAST_FORMS = _TOKEN_FORMS[: -len(f"{_WORD_FORM}|{_PUNCT_FORM}")] + (
    rf"[^\W_]+(?:(?:[_’'\-{_ZW}]|{_AMP})+[^\W_]+)*|({_PUNCT_FORM})"
)

# Every token starts with a word character or one of the punctuation marks
# above; the look-ahead turns the search away from a space (or a quotation
# mark, a dollar sign...) in one test instead of one attempt per form
# (tokenizing ~15% faster again). A new form starting elsewhere must widen it.
_TOKEN_FIRST = r"(?=[\w,;:()\[\]—–―.!?&-])"

_TOKEN = re.compile(f"{_TOKEN_FIRST}(?:{_PLAIN_WORD}|{_FAST_FORMS})")

# a token's kind by the match's ``lastindex``: 1 for the punctuation group
_KIND_OF_GROUP = {None: "w", 1: "p"}.__getitem__
_LAST_INDEX = operator.attrgetter("lastindex")


_PREPOSITIONS = frozenset({"of", "for", "with", "at", "in", "from", "on", "to"})
# where a group lives or works: "residents across the region say"
_PLACE_PREPOSITIONS = frozenset("across around throughout near along".split())


_NAME_LINKS = frozenset({"of", "for", "de", "van", "von", "al", "bin", "da", "del", "la", "le"})


_SUBORDINATORS = frozenset(
    """because as while when after before since although though but and whereas
    if unless until so citing noting""".split()
)


_DASHES = frozenset({"―", "—", "–", "--", "-"})


@attrs.define
class _Tokens:
    """A sentence as tokens; quotations are single tokens of kind ``q``."""

    starts: list[int] = attrs.field(factory=list)
    ends: list[int] = attrs.field(factory=list)
    words: list[str] = attrs.field(factory=list)  # lower-cased text
    kinds: list[str] = attrs.field(factory=list)  # w (word), p (punct), q (quote)
    quote_ids: list[int] = attrs.field(factory=list)

    def __len__(self) -> int:
        return len(self.words)


def _tokenize(text: str, sentence: Span, quotes: Sequence[tuple[int, QuoteSpan]]) -> _Tokens:
    toks = _Tokens()
    pos = sentence.start
    for qid, quote in quotes:
        q_start = max(quote.open, sentence.start)
        q_end = min(quote.end, sentence.end)
        if q_end <= pos:
            continue
        _words(text, pos, q_start, toks)
        toks.starts.append(q_start)
        toks.ends.append(q_end)
        toks.words.append("\u201c")
        toks.kinds.append("q")
        toks.quote_ids.append(qid)
        pos = q_end
    _words(text, pos, sentence.end, toks)
    if (toks.words and "-" in toks.words[0]) or (len(toks.words) > 1 and "-" in toks.words[1]):
        _split_sport_slug(text, toks)
    return toks


# Reuters sports headlines open with the sport and a hyphen, glued to the
# first word: "Soccer-Okonkwo says ...", "Motor racing-Stelvio wins ..."
_SPORT_SLUG = re.compile(
    r"(?:Soccer|Tennis|Golf|Cricket|Rugby|Athletics|Cycling|racing|Olympics|Boxing|"
    r"Basketball|Baseball|Swimming|skiing|Skiing|Football|Hockey|hockey|Sailing|Rowing|"
    r"NFL|NBA|NHL|MLB|MMA|Formula One|F1)-(?=[A-Z])"
)


def _split_sport_slug(text: str, toks: _Tokens) -> None:
    """Split ``Soccer-Okonkwo`` at the start of a sentence into the slug, a
    dash and the name: the slug is headline furniture, never part of a name."""
    for i in range(min(2, len(toks.words))):
        if toks.kinds[i] != "w":
            return
        m = _SPORT_SLUG.match(text, toks.starts[i], toks.ends[i])
        if m is None or m.end() >= toks.ends[i]:
            continue
        dash = m.end() - 1
        end = toks.ends[i]
        toks.ends[i] = dash
        toks.words[i] = text[toks.starts[i] : dash].lower()
        toks.starts[i + 1 : i + 1] = [dash, dash + 1]
        toks.ends[i + 1 : i + 1] = [dash + 1, end]
        toks.words[i + 1 : i + 1] = ["-", text[dash + 1 : end].lower()]
        toks.kinds[i + 1 : i + 1] = ["p", "w"]
        toks.quote_ids[i + 1 : i + 1] = [-1, -1]
        return


def _words(text: str, start: int, end: int, toks: _Tokens) -> None:
    """Append the tokens of ``text[start:end]``; abbreviations (``Sen.``,
    ``U.S.``, initials) keep their point."""
    if start >= end:
        return
    found = list(_TOKEN.finditer(text, start, end))
    # the unbound methods, mapped, run without a Python frame per token
    toks.starts.extend(map(re.Match.start, found))
    toks.ends.extend(map(re.Match.end, found))
    toks.words.extend(map(str.lower, map(re.Match.group, found)))
    toks.kinds.extend(map(_KIND_OF_GROUP, map(_LAST_INDEX, found)))
    toks.quote_ids.extend([-1] * len(found))
    if text.find("&", start, end) != -1:
        _read_entities(len(toks.words) - len(found), toks)
    if text.find("<", start, end) != -1:
        _drop_tags(text, start, end, len(toks.words) - len(found), toks)
    if text.find("new tab", start, end) != -1:
        _drop_link_residue(len(toks.words) - len(found), toks)
    if text.find("WHO", start, end) != -1:  # no copy of the stretch on the hot path
        _keep_acronyms(text, len(toks.words) - len(found), toks)
    if text.find(" _ ", start, end) != -1:
        _read_underscore_dashes(text, start, end, len(toks.words) - len(found), toks)


# AP's ASCII copy (the 1980s and 1990s wires) wrote the dash as a spaced
# underscore: ``halted crossings Thursday _ the first time in a decade _ a
# spokeswoman said``; read as the dash it stands for
_UNDERSCORE_DASH = re.compile(r"(?<= )_(?= )")


def _read_underscore_dashes(text: str, start: int, end: int, first: int, toks: _Tokens) -> None:
    """Insert a dash token for each spaced underscore in ``text[start:end]``
    among the tokens from ``first`` on."""
    for m in _UNDERSCORE_DASH.finditer(text, start, end):
        i = bisect.bisect_left(toks.starts, m.start(), first)
        toks.starts.insert(i, m.start())
        toks.ends.insert(i, m.end())
        toks.words.insert(i, "—")
        toks.kinds.insert(i, "p")
        toks.quote_ids.insert(i, -1)


# HTML entities left in scraped copy, read as the characters they name:
# ``&amp;`` and ``&nbsp;`` are no tokens (as ``&`` and a space are none),
# ``&mdash;`` and ``&ndash;`` are dashes
_ENTITY_DASHES = {"&mdash;": "—", "&#8212;": "—", "&ndash;": "–", "&#8211;": "–"}
# single quotation marks as entities are no tokens, as ‘ and ’ standing
# alone are none: marks, never a word (nor a speaker)
_ENTITY_GAPS = frozenset(
    {
        "&amp;",
        "&#38;",
        "&nbsp;",
        "&#160;",
        "&lsquo;",
        "&#8216;",
        "&#x2018;",
        "&rsquo;",
        "&#8217;",
        "&#x2019;",
    }
)


def _read_entities(first: int, toks: _Tokens) -> None:
    """The entity tokens from ``first`` on, read as what they name."""
    for i in range(len(toks.words) - 1, first - 1, -1):
        word = toks.words[i]
        if word[:1] != "&":
            continue
        if word in _ENTITY_GAPS:
            for column in (toks.starts, toks.ends, toks.words, toks.kinds, toks.quote_ids):
                del column[i]
        elif word in _ENTITY_DASHES:
            toks.words[i] = _ENTITY_DASHES[word]
            toks.kinds[i] = "p"


# an HTML tag left in scraped copy (``<p>``, ``</b>``, ``<br/>``, ``<a href=...>``):
# markup, no word. Only the elements of article markup, in lower case as
# scrapers leave them: a Reuters ticker in angle brackets (``Zentrix Corp
# <ZTRX>``, 1987's ``<U>``, ``<DD>``, ``<Strong Point Inc>``) is part of the name
HTML_TAG = re.compile(
    r"</?(?:p|br|b|i|u|em|strong|a|span|div|font|small|sup|sub|cite|q|abbr|time|img|hr"
    r"|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|picture|source|caption"
    r"|table|thead|tbody|tr|td|th|section|article|header|footer|nav|aside|main"
    r"|iframe|script|style|center)(?![A-Za-z0-9])(?:\s[^<>\r\n]{0,300})?/?>"
)
_TAG = HTML_TAG


def _drop_tags(text: str, start: int, end: int, first: int, toks: _Tokens) -> None:
    """Drop the tokens inside HTML tags from ``first`` on."""
    tags = [m.span() for m in _TAG.finditer(text, start, end)]
    if not tags:
        return
    keep = [
        i
        for i in range(len(toks.words))
        if i < first or not any(a <= toks.starts[i] and toks.ends[i] <= b for a, b in tags)
    ]
    if len(keep) == len(toks.words):
        return
    toks.starts[:] = [toks.starts[i] for i in keep]
    toks.ends[:] = [toks.ends[i] for i in keep]
    toks.words[:] = [toks.words[i] for i in keep]
    toks.kinds[:] = [toks.kinds[i] for i in keep]
    toks.quote_ids[:] = [toks.quote_ids[i] for i in keep]


# the link text a scrape of reuters.com leaves after every hyperlink:
# ``Zentrix Inc (ZTRX.O), opens new tab said``
_LINK_RESIDUE = [",", "opens", "new", "tab"]


def _drop_link_residue(first: int, toks: _Tokens) -> None:
    """Drop each ``, opens new tab`` from ``first`` on: web furniture, no
    word of the sentence."""
    i = len(toks.words) - len(_LINK_RESIDUE)
    while i >= first:
        if toks.words[i : i + len(_LINK_RESIDUE)] == _LINK_RESIDUE:
            for column in (toks.starts, toks.ends, toks.words, toks.kinds, toks.quote_ids):
                del column[i : i + len(_LINK_RESIDUE)]
        i -= 1


def _keep_acronyms(text: str, first: int, toks: _Tokens) -> None:
    """``the WHO said``: the World Health Organization's initials are a name,
    not the relative pronoun, unless the words around are in capitals too
    (an all-caps headline: ``WHO WILL PAY?``)."""
    for i in range(first, len(toks.words)):
        if toks.words[i] != "who" or text[toks.starts[i] : toks.ends[i]] != "WHO":
            continue
        neighbours = [
            text[toks.starts[k] : toks.ends[k]]
            for k in (i - 1, i + 1)
            if first <= k < len(toks.words) and toks.kinds[k] == "w"
        ]
        if not any(len(w) > 1 and w.isupper() for w in neighbours):
            toks.words[i] = "WHO"  # no lexicon holds it: it reads as a name


def _without_contraction(word: str) -> str:
    """``who’s`` -> ``who``, ``he's`` -> ``he``: the word before an apostrophe."""
    return word.split("’")[0].split("'")[0]


def _capitalized(text: str, toks: _Tokens, i: int) -> bool:
    ch = text[toks.starts[i]]
    return ch.isupper()


def _span(toks: _Tokens, first: int, last: int) -> Span:
    return Span(toks.starts[first], toks.ends[last])


def _token_at(toks: _Tokens, pos: int) -> int:
    """The first token starting at or after ``pos``."""
    return bisect.bisect_left(toks.starts, pos)

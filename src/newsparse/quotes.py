"""Attributions: direct, partial and indirect quotes with speaker and cue.

The stage works paragraph by paragraph (captions included):

1. ``quotemarks.find_quotes`` pairs the quotation marks, across paragraphs
   for AP-style quotes that run over several.
2. ``sentences.split_sentences`` cuts each paragraph into sentences, never
   inside a quotation.
3. Each sentence becomes a token list in which every quotation is one opaque
   token; *frames* are found around cue words: ``SPEAKER CUE (that) CONTENT``,
   ``CONTENT, SPEAKER CUE``, ``CONTENT, CUE SPEAKER``, ``according to
   SPEAKER, CONTENT`` and ``CONTENT, according to SPEAKER``, plus participle
   continuations (``, adding that CONTENT``).
4. A frame's content that is one quotation gives a *direct* quote; content
   holding quotations among other words gives *partial* quotes (the
   fragments); content without quotations gives an *indirect* quote.
5. Quotations no frame claimed are attributed from their paragraph (a
   sentence of pure quotation next to an attribution) or from the previous
   paragraph (a paragraph of pure quotation); a scare-quoted word with no
   cue and no speaker is not a quote.

Speaker resolution into sources happens in ``sources.py``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from newsparse._state import ParseState
from newsparse.lexicon.cues import (
    BELIEF_FORMS,
    CUE_FORMS,
    INTENT_FORMS,
    LISTENER_VERBS,
    PARTICIPLE_CUES,
    SPEECH_ACT_FORMS,
    SPEECH_FORMS,
    STANCE_ADJECTIVES,
    STANCE_VERB_FORMS,
    THAT_ONLY_LEMMAS,
)
from newsparse.lexicon.sources import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    ORGANIZATION_HEADS,
    ROLE_HEADS,
)
from newsparse.lexicon.words import (
    ADVERBS_BEFORE_CUE,
    AUXILIARIES,
    CLAUSE_STOPS,
    CONNECTIVES,
    DETERMINERS,
    ED_ADJECTIVES,
    OBJECT_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
)
from newsparse.model import BlockKind, Mention, Quote, QuoteKind, Span
from newsparse.quotemarks import QuoteSpan, find_quotes
from newsparse.sentences import ABBREVIATIONS, split_sentences

__all__ = ["Attribution", "find_attributions", "quote_stage"]

_ABBREVIATION = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+"  # 1,409
    r"|(?:[^\W\d_]\.){2,}"  # U.S., a.m., N.C.
    rf"|\b(?i:{_ABBREVIATION})\.(?!\w)"  # Sen., Jan., Calif.
    r"|\b[A-Z]\.(?=[ \u00a0][A-Z])"  # John F. Kennedy
    r"|[^\W_](?:[\w’'&\-]*[^\W_])?"
    r"|--|[,;:()\[\]—–―.!?-]"
)
_MAX_SPEAKER_TOKENS = 9
_MAX_APPOSITIVE_TOKENS = 30
_MIN_CONTENT_WORDS = 2

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_TIME = (
    rf"(?:(?:on|late|early|earlier|later)\s+)?{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|(?:on\s+)?{_MONTH}\s+\d{{1,2}}"
    r"|(?:late\s+|earlier\s+|early\s+)?(?:last|this|next)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)"
    r"|yesterday|today|tonight|recently|earlier|later|again|previously|repeatedly|publicly|privately"
)
_PROPER = r"[A-Z][\w.’'\-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.’'\-]*){0,5}"
_VENUE = (
    r"(?:in|during|at|on|via|through)\s+(?:a|an|the|his|her|their|its)?\s*"
    r"(?:[\w\-]+\s+){0,3}?(?:statement|interview|tweet|email|e-mail|letter|speech|"
    r"conference|briefing|rally|remarks|post|op-ed|filing|report|memo|video|broadcast|"
    r"appearance|hearing|session|meeting|address|call|message|note|release|podcast|debate)"
    rf"(?:\s+(?:on|with|to|at)\s+(?:the\s+)?{_PROPER})?"
    r"|on\s+(?:Twitter|X|Facebook|Instagram|Truth\s+Social|television|TV|radio)"
    r"|to\s+(?:reporters|journalists|the\s+press|lawmakers)"
    rf"|(?:with|to)\s+(?:the\s+)?{_PROPER}"
)
_AFTER_CUE = re.compile(
    rf"(?:,?\s+(?:{_TIME}|{_VENUE})){{0,4}}(?:\s*,)?(?:\s+(?:that|whether|if)\b)?",
)
_CUE_PHRASE = re.compile(r"\s+in\s+(?:a\s+statement|an\s+interview)\b")
_CONTEXT_TAIL = re.compile(
    r",\s+(?:after|amid|following|ahead\s+of|days\s+after|hours\s+after)\b"
    r"|,\s+(?:and|but|while|whereas)\s+(?:he|she|they|we|I)\b"
)
_CONNECTIVE = re.compile(
    r"(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in CONNECTIVES) + r")\b,?\s+",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset({"of", "for", "with", "at", "in", "from", "on", "to"})
_OPENERS = frozenset(
    [
        "during",
        "in",
        "on",
        "at",
        "after",
        "before",
        "while",
        "when",
        "as",
        "since",
        "following",
        "despite",
        "amid",
        "last",
        "earlier",
        "later",
        "this",
        "speaking",
        "asked",
        "addressing",
        "although",
        "though",
        "if",
        "for",
        "with",
        "without",
        "by",
        "from",
        "meanwhile",
        "still",
        "however",
        "but",
        "and",
        "yet",
        "so",
    ]
)
_NAME_LINKS = frozenset({"of", "for", "de", "van", "von", "al", "bin", "da", "del", "la", "le"})
_SUBORDINATORS = frozenset(
    """because as while when after before since although though but and whereas
    if unless until so citing noting""".split()
)
_PHRASE_OPENERS = frozenset(
    """at in on during outside inside after before with to from before near
    last this earlier late early""".split()
)
_PLURAL_SUBJECTS = frozenset(
    """they we i you who people police will would could may might should must
    can did do does not also to""".split()
)
_CONTEXT_OPENERS = frozenset({"after", "amid", "following", "ahead", "as", "and", "but"})
_NOUN_LIKE_CUES = frozenset(
    """claims reports notes states answers estimates comments posts promises
    charges forecasts tweets demands shows reads counters""".split()
)
_NOT_A_SPEECH_ACT = frozenset({"a", "an", "off", "in", "up", "back", "out", "over", "around"})
_NOUN_CUES = frozenset(
    """claim claims statement statements assertion assertions argument arguments
    warning warnings suggestion promise pledge insistence contention
    accusation accusations allegation allegations belief view fear fears hope
    hopes concern concerns remark remarks comment comments message
    announcement prediction admission denial vow""".split()
)
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_WH_WORDS = frozenset({"what", "how", "whom", "whatever", "why"})
_DASHES = frozenset({"―", "—", "–", "--", "-"})
_PP_HEADS = (
    ANONYMOUS_HEADS
    | GROUP_HEADS
    | DOCUMENT_HEADS
    | ROLE_HEADS
    | frozenset({"familiar", "close", "knowledgeable", "briefed", "spokesperson", "head", "member"})
)
_ANONYMITY_CLAUSE = frozenset(
    [
        "identified",
        "named",
        "anonymity",
        "authorized",
        "authorised",
        "publicly",
        "record",
        "discuss",
        "speak",
    ]
)


@attrs.frozen
class Attribution:
    """One attribution found in the text, before sources are resolved."""

    content: Span
    kind: QuoteKind
    speaker: Span | None
    cue: Span | None
    governed: bool = False  # the speaker span is the governing one of an earlier quote


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


@attrs.define
class _Frame:
    speaker: tuple[int, int] | None  # token range, inclusive
    speaker_span: Span | None
    cue: Span
    content: Span | None
    content_tokens: tuple[int, int] | None  # token range of the content, inclusive
    cue_index: int
    weak: bool = False  # an intention or stance complement, not a speech cue


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
    return toks


def _words(text: str, start: int, end: int, toks: _Tokens) -> None:
    """Append the tokens of ``text[start:end]``; abbreviations (``Sen.``,
    ``U.S.``, initials) keep their point."""
    if start >= end:
        return
    found = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    toks.starts.extend([f[0] for f in found])
    toks.ends.extend([f[1] for f in found])
    words = [f[2].lower() for f in found]
    toks.words.extend(words)
    toks.kinds.extend(["w" if w[0].isalnum() else "p" for w in words])
    toks.quote_ids.extend([-1] * len(found))


def _capitalized(text: str, toks: _Tokens, i: int) -> bool:
    ch = text[toks.starts[i]]
    return ch.isupper()


def _speaker_left(text: str, toks: _Tokens, j: int, floor: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending at token ``j`` (scanning left, not past
    ``floor``), or ``None``."""
    if j < floor or (toks.kinds[j] != "w" and toks.words[j] != ")"):
        return None
    word = toks.words[j]
    if word in RELATIVE_PRONOUNS or word in SUBJECT_PRONOUNS:
        return (j, j)
    noun_use = j > floor and (  # "the report said", "the IMF report stated"
        toks.words[j - 1] in DETERMINERS
        or (j + 1 < len(toks) and toks.words[j + 1] in CUE_FORMS)
        or (toks.kinds[j - 1] == "w" and _capitalized(text, toks, j - 1) and j - 1 > 0)
    )
    if word in CLAUSE_STOPS or word in DETERMINERS or (word in CUE_FORMS and not noun_use):
        return None
    # a restrictive anonymity clause: "an official who asked not to be named said"
    end = j
    k = j
    for back in range(j, max(floor, j - 14) - 1, -1):
        if toks.kinds[back] != "w":
            break
        if toks.words[back] == "who":
            clause = toks.words[back + 1 : j + 1]
            if any(w in _ANONYMITY_CLAUSE for w in clause):
                k = back - 1
            break
    if k < floor:
        return None
    start = k + 1
    i = k
    while i >= floor and end - i < _MAX_SPEAKER_TOKENS + 6:
        kind = toks.kinds[i]
        word = toks.words[i]
        if word == ")":
            # a party-and-state tag: Rep. Jane Doe (D-Wis.)
            opening = i - 1
            while opening >= floor and i - opening <= 5 and toks.words[opening] != "(":
                opening -= 1
            if opening >= floor and toks.words[opening] == "(" and opening > floor:
                i = opening - 1
                continue
            break
        if kind != "w":
            break
        if word == "and" and i - 1 >= floor and i + 1 <= k:
            if _capitalized(text, toks, i - 1) and _capitalized(text, toks, i + 1):
                start = i
                i -= 1
                continue
            break
        if i > floor and _capitalized(text, toks, i) and toks.words[i - 1] not in {".", "!", "?"}:
            start = i  # "Theresa May", "Will Ortiz": a capitalised word is a name here
            i -= 1
            continue
        if word in CLAUSE_STOPS or (
            word in CUE_FORMS
            and i != j
            and not _capitalized(text, toks, i)
            and _inflected_or_after_plural(toks, i)
        ):
            break
        # "a spokesperson for the ministry", "people familiar with": a
        # prepositional phrase stays only after a source-like head
        if (
            word in _PREPOSITIONS
            and i != k
            and (i - 1 < floor or toks.words[i - 1] not in _PP_HEADS)
            and not (
                word in {"of", "for"}
                and _capitalized(text, toks, i - 1)
                and (
                    _capitalized(text, toks, i + 1)
                    or (
                        toks.words[i + 1] == "the"
                        and i + 2 <= k
                        and _capitalized(text, toks, i + 2)
                    )
                )
            )
        ):
            break  # "Association of Arena Operators" keeps its "of"
        if word == "the" and i > floor and _capitalized(text, toks, i) and i != k:
            start = i
            break  # "... centers The S.E.C. said": a new phrase starts here
        if word in SUBJECT_PRONOUNS or word in RELATIVE_PRONOUNS:
            break
        if (
            word.endswith("ed")
            and not _capitalized(text, toks, i)
            and word not in ED_ADJECTIVES
            and i != k
        ):
            break
        start = i
        i -= 1
    if start > k:
        return None
    # trim a long phrase to its last determiner or capitalised run
    if k - start + 1 > _MAX_SPEAKER_TOKENS:
        for s in range(k - _MAX_SPEAKER_TOKENS + 1, k + 1):
            if toks.words[s] in DETERMINERS or _capitalized(text, toks, s):
                start = s
                break
        else:
            return None
    # the phrase must hold a noun-like word: not only determiners/adverbs
    if all(toks.words[s] in DETERMINERS for s in range(start, k + 1)):
        return None
    # a leading preposition or adverb is not part of the speaker
    while start <= k and toks.words[start] in {"of", "for", "with", "at", "in", "on", "from"}:
        start += 1
    return (start, end) if start <= end else None


def _speaker_right(text: str, toks: _Tokens, i: int) -> tuple[int, int] | None:
    """The speaker noun phrase starting at token ``i`` (inverted frames)."""
    n = len(toks)
    if i >= n or toks.kinds[i] != "w":
        return None
    if toks.words[i] in CLAUSE_STOPS or toks.words[i] in OBJECT_PRONOUNS - SUBJECT_PRONOUNS:
        return None
    end = i
    k = i
    while (
        k < n
        and k - i < _MAX_SPEAKER_TOKENS + 5
        and (toks.kinds[k] == "w" or (toks.words[k] == "(" and k > i))
    ):
        if toks.words[k] == "(":
            close = k + 1
            while close < n and close - k <= 6 and toks.words[close] != ")":
                close += 1
            if close >= n or toks.words[close] != ")":
                break
            k = close + 1  # "Deputy Commissioner of Police (Outer North) Meenakshi Rawat"
            continue
        word = toks.words[k]
        if k > i and (word in CLAUSE_STOPS or word in {"in", "on", "at", "during", "to"}):
            break  # "said Smith in a statement": stop before a venue or time phrase
        if (
            k > i
            and _capitalized(text, toks, k - 1)
            and not _capitalized(text, toks, k)
            and word not in _NAME_LINKS
            and toks.words[i] not in DETERMINERS
        ):
            break
        end = k
        k += 1
    return (i, end)


def _span(toks: _Tokens, first: int, last: int) -> Span:
    return Span(toks.starts[first], toks.ends[last])


# ----------------------------------------------------------------- content


def _clause_like(toks: _Tokens, i: int, stop: int) -> bool:
    """Whether tokens from ``i`` look like a reported clause."""
    if i > stop:
        return False
    first = toks.words[i]
    if toks.kinds[i] == "q":
        return True
    if first in SUBJECT_PRONOUNS or first in {"there", "this", "that", "these", "those"}:
        return True
    for k in range(i, min(stop + 1, i + 10)):
        if toks.kinds[k] != "w":
            if toks.words[k] in {",", ";", ":"}:
                return False
            continue
        if toks.words[k] in AUXILIARIES:
            return k > i
    return False


def _plain_clause(toks: _Tokens, i: int, stop: int) -> bool:
    """A clause whose subject is short and plain: ``it will``, ``the United
    States was``: a pronoun, or an auxiliary within the first four words."""
    if i > stop or toks.kinds[i] != "w" or toks.words[i] in CLAUSE_STOPS:
        return False  # "asked not to be identified" reports nothing
    if toks.words[i] in SUBJECT_PRONOUNS and i + 1 <= stop and toks.words[i + 1] in AUXILIARIES:
        return True
    return any(toks.words[k] in AUXILIARIES for k in range(i + 1, min(stop + 1, i + 5))) and all(
        toks.kinds[k] == "w" for k in range(i, min(stop + 1, i + 4))
    )


def _skip_listener(text: str, toks: _Tokens, i: int, stop: int) -> int:
    """After ``told``: skip the listener (``reporters``, ``The Associated
    Press``, ``the newspaper``, ``him``)."""
    if i > stop or toks.kinds[i] != "w":
        return i
    word = toks.words[i]
    if word in OBJECT_PRONOUNS and word not in {"it"}:
        return i + 1
    if _capitalized(text, toks, i):
        k = i
        while (
            k <= stop
            and toks.kinds[k] == "w"
            and (_capitalized(text, toks, k) or toks.words[k] in {"of", "and", "for"})
        ):
            k += 1
        return k
    if word in DETERMINERS:
        k = i + 1
        while k <= stop and k < i + 3 and toks.kinds[k] == "w":
            if toks.words[k] in SUBJECT_PRONOUNS:
                break  # "told the crowd she had ..."
            if _capitalized(text, toks, k) or toks.words[k] not in CLAUSE_STOPS:
                k += 1
                if k <= stop and toks.words[k] in AUXILIARIES:
                    return i  # "told the plan was ..." is not a listener
            else:
                break
        return k
    if (
        word not in CLAUSE_STOPS
        and word not in AUXILIARIES
        and (word.endswith("s") or word in {"parliament", "congress", "police", "staff"})
    ):
        return i + 1  # "warned investors", "told parliament"; not "warned last week"
    return i


def _content_start(text: str, start: int, end: int) -> int:
    """Drop opening connectives (``Still,``) and space from content."""
    while True:
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        m = _CONNECTIVE.match(text, start, end)
        if m is None or m.end() >= end:
            return start
        start = m.end()


def _content_end(text: str, start: int, end: int) -> int:
    """Drop final punctuation and space."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        end -= 1
    return end


def _token_at(toks: _Tokens, pos: int) -> int:
    """The first token starting at or after ``pos``."""
    return bisect.bisect_left(toks.starts, pos)


def _forward_content(
    text: str, toks: _Tokens, cue_index: int, cue_end: int, lemma: str | None, sentence: Span
) -> tuple[Span, tuple[int, int]] | None:
    """Content after the cue: ``said (on Monday) (that) CONTENT``."""
    n = len(toks)
    k = cue_index + 1
    if lemma in LISTENER_VERBS:
        k = _skip_listener(text, toks, k, n - 1)
    pos = toks.ends[k - 1] if k > cue_index + 1 else cue_end
    m = _AFTER_CUE.match(text, pos, sentence.end)
    has_that = False
    if m is not None and m.end() > pos:
        has_that = m.group().rstrip().endswith(("that", "whether", "if"))
        pos = m.end()
    k = _token_at(toks, pos)
    if not has_that:
        jump = _that_after_phrase(toks, k)
        if jump is not None:
            k, has_that = jump, True
    while k < n and toks.words[k] in {":", ","}:
        k += 1
    if k >= n:
        return None
    if toks.kinds[k] == "q" and not has_that:
        last = k
        # "X said: “...”" — the quotation and what trails it in the sentence
        end_k = n - 1
        return _span(toks, k, last), (k, _last_content_token(toks, k, end_k))
    if lemma in THAT_ONLY_LEMMAS and not has_that and not _plain_clause(toks, k, n - 1):
        return None  # "announced a merger" is an act; "announced it will ..." reports
    if (
        not has_that
        and lemma not in ("say", "tell", "add", "write")
        and not _clause_like(toks, k, n - 1)
    ):
        return None
    last = _last_content_token(toks, k, n - 1)
    if last < k:
        return None
    start = toks.starts[k]
    end = toks.ends[last]
    tail = _CONTEXT_TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start()
    return Span(start, end), (k, last)


def _comma_before(text: str, toks: _Tokens, c: int) -> bool:
    """A comma before token ``c``, or a quotation ending in one: ``“...,” adding``."""
    if toks.words[c - 1] == ",":
        return True
    if toks.kinds[c - 1] != "q":
        return False
    inner = text[toks.starts[c - 1] : toks.ends[c - 1]].rstrip("”\"’'")
    return inner.endswith(",")


def _that_after_phrase(toks: _Tokens, k: int) -> int | None:
    """``told reporters outside the terminal that ...``: a prepositional or
    time phrase between the cue and ``that`` (no verb, no comma in between)."""
    n = len(toks)
    if k >= n or toks.words[k] not in _PHRASE_OPENERS:
        return None
    for j in range(k + 1, min(n, k + 12)):
        word = toks.words[j]
        if word == "that":
            return j + 1
        if toks.kinds[j] != "w" or word in AUXILIARIES or word in CUE_FORMS:
            return None
    return None


def _last_content_token(toks: _Tokens, k: int, stop: int) -> int:
    """The last token of forward content: before ``, adding ...`` or the end."""
    last = stop
    for j in range(k, stop + 1):
        if (
            j + 1 <= stop
            and (
                toks.words[j + 1] in PARTICIPLE_CUES
                or (
                    toks.words[j] == ","
                    and toks.words[j + 1].endswith("ing")
                    and toks.words[j + 1] not in {"including", "according", "during", "excluding"}
                    and j > k
                )
            )
            and (toks.words[j] == "," or toks.kinds[j] == "q")
        ):
            last = j - 1 if toks.words[j] == "," else j
            break
        if toks.words[j] in {";"}:
            last = j - 1
            break
    while last >= k and toks.kinds[last] == "p":
        last -= 1
    return last


# ------------------------------------------------------------------ frames


def _frames(text: str, toks: _Tokens, sentence: Span) -> list[_Frame]:
    frames: list[_Frame] = []
    n = len(toks)
    consumed_until = -1
    for c in range(n):
        if toks.kinds[c] != "w" or c <= consumed_until:
            continue
        word = toks.words[c]
        if c == 0 and word in SPEECH_FORMS and n > 2:
            frame = _initial_cue_frame(text, toks)
            if frame is not None:
                frames.append(frame)
                consumed_until = frame.speaker[1] if frame.speaker else c
                continue
        if word == "according" and c + 1 < n and toks.words[c + 1] == "to":
            frame = _according_to(text, toks, c, sentence)
            if frame is not None:
                frames.append(frame)
                consumed_until = c + 1
            continue
        if _capitalized(text, toks, c) and c > 0:
            continue  # "Said" inside a name or title
        if word in CUE_FORMS and _verb_use(text, toks, c):
            frame = _verb_frame(text, toks, c, sentence, frames)
        elif c + 1 < n and toks.words[c + 1] == "to" and word in INTENT_FORMS:
            frame = _complement_frame(text, toks, c, sentence, infinitive=True)
        elif c + 1 < n and toks.words[c + 1] == "that" and _stance_word(toks, c):
            frame = _complement_frame(text, toks, c, sentence, infinitive=False)
        elif word in SPEECH_ACT_FORMS:
            frame = _speech_act_frame(text, toks, c)
        elif word == "that" and c >= 2 and toks.words[c - 1] in _NOUN_CUES:
            frame = _nominal_frame(text, toks, c)
        else:
            continue
        if frame is not None:
            frames.append(frame)
            if frame.speaker is not None and frame.speaker[1] > c:
                consumed_until = frame.speaker[1]
    if "q" in toks.kinds:
        frames.extend(_dash_frames(text, toks))
        if not frames:
            colon = _colon_quote_frame(text, toks)
            if colon is not None:
                frames.append(colon)
    strong = [f for f in frames if not f.weak]
    frames = [
        f
        for f in frames
        if not f.weak
        or not any(
            g.content is not None
            and (
                g.content.start <= toks.starts[f.cue_index] < g.content.end
                or (f.content is not None and f.content.start <= g.cue.start < f.content.end)
            )
            for g in strong
        )
    ]
    for first, second in itertools.pairwise(frames):
        _stop_before(text, toks, first, second)
    return frames


def _stop_before(text: str, toks: _Tokens, frame: _Frame, nxt: _Frame) -> None:
    """``A said X, while B said Y``: X ends before B."""
    if frame.content is None or frame.content_tokens is None or nxt.speaker is None:
        return
    if frame.cue_index >= nxt.speaker[0] or not (
        frame.content.start < toks.starts[nxt.speaker[0]] < frame.content.end
    ):
        return
    last = nxt.speaker[0] - 1
    while last >= frame.content_tokens[0] and (
        toks.kinds[last] == "p"
        or toks.words[last] in {"and", "but", "while", "whereas", "which", "that", "who"}
    ):
        last -= 1
    if last < frame.content_tokens[0]:
        return
    frame.content = Span(
        frame.content.start, _content_end(text, frame.content.start, toks.ends[last])
    )
    frame.content_tokens = (frame.content_tokens[0], last)


def _verb_use(text: str, toks: _Tokens, c: int) -> bool:
    """Whether a cue word is used as a verb here: not after a determiner
    (``a note``), and a bare form (``state``, ``report``, ``fear``) only after
    a plural or a pronoun subject (``critics fear``, ``they say``)."""
    if c == 0:
        return True
    before = toks.words[c - 1]
    if before in DETERMINERS:
        return False
    word = toks.words[c]
    if (
        word in _NOUN_LIKE_CUES
        and c + 2 < len(toks)
        and toks.words[c + 1].endswith("s")
        and not _capitalized(text, toks, c + 1)
        and toks.words[c + 2] in AUXILIARIES
    ):
        return False  # "which claims teams can use": a compound noun, not a cue
    if (
        before in ADVERBS_BEFORE_CUE
        or toks.kinds[c - 1] != "w"
        or _inflected_or_after_plural(toks, c)
    ):
        return True
    # "Hotel owners in the city centre fear": the head before the preposition
    for k in range(c - 2, max(-1, c - 8), -1):
        if toks.kinds[k] != "w":
            break
        if toks.words[k] in _PREPOSITIONS and k >= 1:
            head = toks.words[k - 1]
            return head.endswith("s") or head in {"people", "police"}
    return False


def _inflected_or_after_plural(toks: _Tokens, c: int) -> bool:
    """An inflected cue (``said``), or a bare one after a plural or pronoun."""
    word = toks.words[c]
    if word != (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word)):
        return True
    if c == 0:
        return True
    before = toks.words[c - 1]
    return before in _PLURAL_SUBJECTS or (before.endswith("s") and not before.endswith("ss"))


def _headline_frames(text: str, toks: _Tokens) -> list[_Frame]:
    """Headline conventions: ``Ruiz: Levy will stay`` (speaker, colon, what
    was said) and title case ``Levy Will Stay, Ruiz Says``."""
    n = len(toks)
    last = n - 1
    while last >= 0 and toks.kinds[last] == "p":
        last -= 1
    if last < 2:
        return []
    colon = next((k for k in range(1, min(n, 6)) if toks.words[k] == ":"), None)
    if (
        colon is not None
        and colon + 1 <= last
        and all(toks.kinds[k] == "w" and _capitalized(text, toks, k) for k in range(colon))
    ):
        speaker = (0, colon - 1)
        start = toks.starts[colon + 1]
        content = Span(start, _content_end(text, start, toks.ends[last]))
        if colon + 1 <= last:
            return [
                _Frame(
                    speaker,
                    _span(toks, *speaker),
                    Span(toks.starts[colon], toks.ends[colon]),
                    content,
                    (colon + 1, last),
                    colon,
                )
            ]
    if toks.words[last] in SPEECH_FORMS and _capitalized(text, toks, last):
        comma = last - 1
        while comma > 0 and toks.words[comma] != "," and last - comma <= _MAX_SPEAKER_TOKENS:
            comma -= 1
        if comma > 1 and toks.words[comma] == "," and comma + 1 < last:
            speaker = (comma + 1, last - 1)
            content = Span(toks.starts[0], _content_end(text, toks.starts[0], toks.ends[comma - 1]))
            cue = Span(toks.starts[last], toks.ends[last])
            return [_Frame(speaker, _span(toks, *speaker), cue, content, (0, comma - 1), last)]
    return []


def _initial_cue_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``Said Ellis: “...”`` — a cue opening the sentence, then the speaker."""
    speaker = _speaker_right(text, toks, 1)
    if speaker is None:
        return None
    k = speaker[1] + 1
    while k < len(toks) and toks.words[k] in {",", ":"}:
        k += 1
    if k >= len(toks) or toks.kinds[k] != "q":
        return None
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[0], toks.ends[0]),
        Span(toks.starts[k], toks.ends[k]),
        (k, k),
        0,
    )


def _dash_frames(text: str, toks: _Tokens) -> list[_Frame]:
    """``“...” ― Jane Doe``: a quotation signed with a dash and a name."""
    frames: list[_Frame] = []
    n = len(toks)
    for k in range(n - 2):
        if toks.kinds[k] != "q" or toks.words[k + 1] not in _DASHES:
            continue
        first = k + 2
        last = first
        while (
            last + 1 < n
            and toks.kinds[last + 1] == "w"
            and _capitalized(text, toks, last + 1)
            and last + 1 - first < 5
        ):
            last += 1
        if toks.kinds[first] != "w" or not _capitalized(text, toks, first):
            continue
        if last + 1 < n and toks.kinds[last + 1] == "w":
            continue  # the dash opens a sentence, not a signature
        cue = Span(toks.starts[k + 1], toks.ends[k + 1])
        frames.append(
            _Frame(
                (first, last),
                _span(toks, first, last),
                cue,
                Span(toks.starts[k], toks.ends[k]),
                (k, k),
                k + 1,
            )
        )
    return frames


def _stance_word(toks: _Tokens, c: int) -> bool:
    """A verb or stance adjective taking a ``that`` clause: ``is hoping
    that``, ``concluded that``, ``were frustrated that``."""
    word = toks.words[c]
    if word in STANCE_ADJECTIVES:
        return c > 0 and toks.words[c - 1] in AUXILIARIES | ADVERBS_BEFORE_CUE
    return word in STANCE_VERB_FORMS


def _complement_frame(
    text: str, toks: _Tokens, c: int, sentence: Span, *, infinitive: bool
) -> _Frame | None:
    """``SPEAKER wants to ...`` / ``SPEAKER is hoping that ...``: the speaker
    on the left (auxiliaries and adverbs skipped), the content from ``to`` or
    after ``that`` to the end of the clause."""
    speaker = _subject_before(text, toks, c)
    if speaker is None:
        return None
    first = c + 1 if infinitive else c + 2
    if first >= len(toks):
        return None
    if infinitive and toks.words[first + 1 : first + 2] == ["comment"]:
        return None
    last = _last_content_token(toks, first, len(toks) - 1)
    if last - first + 1 < _MIN_CONTENT_WORDS:
        return None
    start = toks.starts[first]
    end = toks.ends[last]
    tail = _CONTEXT_TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start()
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[c], toks.ends[c]),
        Span(start, end),
        (first, last),
        c,
        weak=True,
    )


def _skip_back(text: str, toks: _Tokens, j: int) -> int:
    """The first token at or before ``j`` that is not an adverb or auxiliary
    standing between a speaker and its verb (``has also said``, ``is telling``);
    a capitalised one inside the sentence is a name (``Theresa May said``)."""
    while (
        j >= 0
        and toks.kinds[j] == "w"
        and (toks.words[j] in ADVERBS_BEFORE_CUE or toks.words[j] in AUXILIARIES)
        and not (j > 0 and _capitalized(text, toks, j))
    ):
        j -= 1
    return j


def _subject_before(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """A source-like speaker phrase ending right before the verb at ``c``."""
    j = _skip_back(text, toks, c - 1)
    if j < 0:
        return None
    speaker = _speaker_left(text, toks, j, 0)
    if speaker is None or not _source_like(text, toks, speaker):
        return None
    return speaker


def _nominal_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``Trump's claim that ...``, ``her warning that ...``: a possessor and a
    speech noun before ``that``; the possessor speaks."""
    owner = c - 2
    word = toks.words[owner]
    if word in _POSSESSIVE_PRONOUNS:
        speaker = (owner, owner)
    elif word.endswith(("'s", "’s")) and _capitalized(text, toks, owner):
        first = owner
        while first > 0 and toks.kinds[first - 1] == "w" and _capitalized(text, toks, first - 1):
            first -= 1
        speaker = (first, owner)
    else:
        return None
    start_k = c + 1
    last = _last_content_token(toks, start_k, len(toks) - 1)
    if last - start_k + 1 < 3:
        return None
    start = toks.starts[start_k]
    span = _span(toks, *speaker)
    if word not in _POSSESSIVE_PRONOUNS:
        span = Span(span.start, span.end - 2)  # the name without its "'s"
    return _Frame(
        speaker,
        span,
        Span(toks.starts[c - 1], toks.ends[c - 1]),
        Span(start, _content_end(text, start, toks.ends[last])),
        (start_k, last),
        c - 1,
        weak=True,
    )


def _speech_act_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``Ortiz called the plan a disaster``, ``accused the mayor of lying``,
    ``urged voters to stay home``: a speech act whose object carries what was
    said. The speaker must open its clause (``a group called X`` names, it
    does not report), and the content runs to the end of the clause."""
    speaker = _subject_before(text, toks, c)
    if speaker is None:
        return None
    opener = speaker[0] - 1
    if opener >= 0 and toks.kinds[opener] == "w" and toks.words[opener] not in {"and", "but"}:
        return None  # the phrase is not the subject of its clause
    first = c + 1
    n = len(toks)
    if first >= n or toks.kinds[first] == "p":
        return None
    if toks.words[first] in _NOT_A_SPEECH_ACT:
        return None  # "called a strike", "called off the talks": acts, not speech
    last = _last_content_token(toks, first, n - 1)
    for k in range(first, last + 1):
        if toks.words[k] in {",", ";"} and k > first + 1:
            last = k - 1  # the clause ends at the next comma
            break
    while last >= first and toks.kinds[last] == "p":
        last -= 1
    if last - first + 1 < _MIN_CONTENT_WORDS:
        return None
    start = toks.starts[first]
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[c], toks.ends[c]),
        Span(start, _content_end(text, start, toks.ends[last])),
        (first, last),
        c,
        weak=True,
    )


def _source_like(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """Whether a phrase can be a source: a pronoun for a person or group, a
    capitalised name, or a phrase headed by a source noun."""
    first, last = speaker
    head = toks.words[last]
    for k in range(first + 1, last + 1):
        if toks.words[k] in _PREPOSITIONS or toks.words[k] in RELATIVE_PRONOUNS:
            head, last = toks.words[k - 1], k - 1  # "Hotel owners in the city centre"
            break
    if first == last and head in {"it", "this", "that", "which"}:
        return False
    if head in SUBJECT_PRONOUNS or head in RELATIVE_PRONOUNS:
        return True
    if _capitalized(text, toks, last):
        return True
    return head in _PP_HEADS or head in DOCUMENT_HEADS or head in ORGANIZATION_HEADS


def _malformed_speaker(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """A phrase that cannot be a speaker: it opens with a participle or a
    focus word (``including``, ``even``), or ends with a preposition."""
    first, last = speaker
    opener = toks.words[first]
    if (opener.endswith("ing") and not _capitalized(text, toks, first)) or opener in {
        "having",
        "being",
        "speaking",
        "asked",
    }:
        return True  # "Having ...", "including ...": a participle, not a speaker
    head = toks.words[last]
    if head.endswith(("'s", "’s")) or head.isdigit():
        return True  # "Oz's", "18": a possessive or a number heads nothing
    return opener in {"including", "even", "only", "just"} or head in _PREPOSITIONS


def _sentence_subject(text: str, toks: _Tokens, limit: int) -> tuple[int, int] | None:
    """The subject at the head of the sentence (after an opening phrase set
    off by a comma): ``Smith``, ``The ministry``, ``Central European leaders``."""
    first = 0
    if toks.words[0] in _OPENERS:
        for k in range(min(limit, 14)):
            if toks.words[k] == ",":
                first = k + 1
                break
    k = first
    named = False
    while k < limit and toks.kinds[k] == "w" and k - first < _MAX_SPEAKER_TOKENS:
        word = toks.words[k]
        if _capitalized(text, toks, k):
            named = True
        elif named and word not in _NAME_LINKS and toks.words[first] not in DETERMINERS:
            break  # "Hillary Clinton spoke out ...": the name ends the subject
        if (
            word in AUXILIARIES
            or word in CUE_FORMS
            or word in CLAUSE_STOPS
            or (word in ADVERBS_BEFORE_CUE and k > first)
        ):
            break
        if word.endswith("ed") and not _capitalized(text, toks, k) and word not in ED_ADJECTIVES:
            break
        k += 1
    if k == first:
        return None
    speaker = (first, k - 1)
    return speaker if _source_like(text, toks, speaker) else None


def _colon_quote_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``She then addressed the supporters: “...”``: a quotation after a colon
    that ends the sentence belongs to the sentence's subject."""
    n = len(toks)
    last = n - 1
    while last >= 0 and toks.kinds[last] == "p":
        last -= 1
    if last < 2 or toks.kinds[last] != "q" or toks.words[last - 1] != ":":
        return None
    subject = _sentence_subject(text, toks, last - 1)
    if subject is None:
        return None
    return _Frame(
        subject,
        _span(toks, *subject),
        Span(toks.starts[last - 1], toks.ends[last - 1]),
        Span(toks.starts[last], toks.ends[last]),
        (last, last),
        last - 1,
        weak=True,
    )


def _clause_subject(text: str, toks: _Tokens, j: int) -> tuple[int, int] | None:
    """The subject of the clause that ``and``/``but`` at ``j`` continues: the
    first phrase after the clause's start (a comma or subordinator)."""
    start = j - 1
    while (
        start > 0
        and toks.kinds[start - 1] != "p"
        and toks.words[start - 1]
        not in {"when", "while", "as", "after", "before", "because", "if", "since", "although"}
    ):
        start -= 1
    if start >= j:
        return None
    speaker = _speaker_right(text, toks, start)
    if speaker is None or speaker[1] >= j:
        return None
    return speaker if _source_like(text, toks, speaker) else None


def _cue_span(text: str, toks: _Tokens, c: int) -> Span:
    """The cue: the verb, or a fixed phrase (``said in a statement``, ``was
    quoted as saying``)."""
    start, end = toks.starts[c], toks.ends[c]
    m = _CUE_PHRASE.match(text, end)
    if m is not None:
        end = m.end()
    if (
        toks.words[c] == "saying"
        and c >= 3
        and toks.words[c - 1] == "as"
        and toks.words[c - 2] == "quoted"
        and toks.words[c - 3] in {"was", "were", "is", "been"}
    ):
        start = toks.starts[c - 3]
    return Span(start, end)


def _according_to(text: str, toks: _Tokens, c: int, sentence: Span) -> _Frame | None:
    n = len(toks)
    speaker = _speaker_right(text, toks, c + 2)
    if speaker is None:
        return None
    # extend over a lower-case tail: "according to people familiar with the matter"
    k = speaker[1] + 1
    while k < n and toks.kinds[k] == "w" and toks.words[k] not in CLAUSE_STOPS:
        k += 1
    speaker = (speaker[0], k - 1)
    cue = Span(toks.starts[c], toks.ends[c + 1])
    speaker_span = _span(toks, *speaker)
    if c > 0 and (toks.words[c - 1] == "," or toks.kinds[c - 1] == "q"):
        first = 0
        last = c - 1 if toks.kinds[c - 1] == "q" else c - 2
        if last < first:
            return None
        start = _content_start(text, toks.starts[first], toks.ends[last])
        content = Span(start, _content_end(text, start, toks.ends[last]))
        return _Frame(speaker, speaker_span, cue, content, (first, last), c)
    after = speaker[1] + 1
    if after < n and toks.words[after] == ",":
        first = after + 1
        last = _last_content_token(toks, first, n - 1)
        if last < first:
            return None
        start = toks.starts[first]
        content = Span(start, _content_end(text, start, toks.ends[last]))
        return _Frame(speaker, speaker_span, cue, content, (first, last), c)
    return None


def _verb_frame(
    text: str, toks: _Tokens, c: int, sentence: Span, frames: list[_Frame]
) -> _Frame | None:
    word = toks.words[c]
    lemma = SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word)
    belief = word in BELIEF_FORMS and word not in SPEECH_FORMS
    cue = _cue_span(text, toks, c)
    len(toks)

    # participle continuation: ", adding that ...", the speaker governing it
    if word in PARTICIPLE_CUES and c > 0 and _comma_before(text, toks, c):
        governing = frames[-1].speaker if frames else _sentence_subject(text, toks, c)
        if governing is None:
            return None
        found = _forward_content(text, toks, c, cue.end, lemma, sentence)
        if found is None:
            return None
        content, rng = found
        return _Frame(governing, _span(toks, *governing), cue, content, rng, c)

    # the speaker on the left, skipping adverbs and auxiliaries
    j = c - 1
    if toks.words[c] == "saying" and cue.start < toks.starts[c]:
        j = _token_at(toks, cue.start) - 1
    j = _skip_back(text, toks, j)
    speaker: tuple[int, int] | None = None
    appositive = False
    if j >= 1 and toks.words[j] in _DASHES:
        opening = j - 1
        while (
            opening > 0
            and j - opening <= _MAX_APPOSITIVE_TOKENS
            and toks.words[opening] not in _DASHES
        ):
            opening -= 1
        if toks.words[opening] in _DASHES and opening > 0:
            j = opening - 1  # "Kall -- co-editor of a book on debates -- said"
    if j >= 0 and toks.words[j] == ",":
        opens_with_quote = bool(toks.kinds) and toks.kinds[0] == "q"
        speaker = (_after_quote_speaker(text, toks, j) if opens_with_quote else None) or (
            _appositive_speaker(text, toks, j)
        )
        appositive = speaker is not None
    elif j >= 0:
        speaker = _between_quote_and_cue(text, toks, j) or _speaker_left(text, toks, j, 0)
    if speaker is None and j >= 0 and toks.words[j] == ",":
        speaker = _after_quote_speaker(text, toks, j)
    if speaker is None and j >= 1 and toks.words[j] in {"and", "but"}:
        # "Smith met the board and said ...": the subject of the first verb
        speaker = (
            frames[-1].speaker
            if frames
            else _clause_subject(text, toks, j) or _sentence_subject(text, toks, j)
        )
    if speaker is not None and (
        _malformed_speaker(text, toks, speaker)
        or (word == lemma and not _source_like(text, toks, speaker))
    ):
        return None  # "the checks would add costs", "including Friday's said"
    if speaker is not None and speaker[0] > 0 and toks.words[speaker[0] - 1] in _WH_WORDS:
        return None  # "what we expect from Trump", "how experts say": not a report
    if speaker is not None:
        speaker_span = _span(toks, *speaker)
        if appositive:
            speaker_span = _span(toks, speaker[0], speaker[1])
        # content after the cue
        found = _forward_content(text, toks, c, cue.end, lemma, sentence)
        relative = speaker[0] - 1
        if (
            found is not None
            and relative >= 1
            and toks.words[relative] in {"which", "that"}
            and toks.words[relative - 1] == ","
        ):
            # ", which he said were at his side": the relative clause, whole
            found = (Span(toks.starts[relative], found[0].end), (relative, found[1][1]))
        before = speaker[0] - 1
        if before >= 1 and toks.words[before] == "as" and toks.words[before - 1] == ",":
            before -= 1  # "..., as police have said."
        trailing = before >= 0 and (toks.words[before] == "," or toks.kinds[before] == "q")
        q_before = before if before >= 0 and toks.kinds[before] == "q" else before - 1
        after_quote = (
            q_before >= 0
            and toks.kinds[q_before] == "q"
            and all(toks.kinds[t] == "p" for t in range(q_before))
        )
        if (
            trailing
            and not belief
            and (after_quote or _ends_sentence(text, toks, c, cue, sentence))
        ):
            last = before - 1 if toks.words[before] == "," else before
            if last >= 0:
                start = _content_start(text, toks.starts[0], toks.ends[last])
                content = Span(start, _content_end(text, start, toks.ends[last]))
                right = None if after_quote else _parenthetical_rest(text, toks, c, cue, sentence)
                if right is not None:
                    # "The museum, Mr. Obama said, would make ...": the clause
                    # around the attribution, from the segment it interrupts
                    first = last
                    while first > 0 and toks.words[first - 1] not in {",", ";", ":"}:
                        first -= 1
                    whole_start = _content_start(text, toks.starts[first], toks.ends[last])
                    whole = Span(whole_start, right[0].end)
                    return _Frame(speaker, speaker_span, cue, whole, (first, right[1][1]), c)
                if content.end > content.start:
                    return _Frame(speaker, speaker_span, cue, content, (0, last), c)
        if found is not None:
            content, rng = found
            return _Frame(speaker, speaker_span, cue, content, rng, c)
        return None
    if belief:
        return None
    # inverted: "..., said Smith." / "“...,” said the official."
    if c > 0 and (toks.words[c - 1] == "," or toks.kinds[c - 1] == "q"):
        inverted = _speaker_right(text, toks, c + 1)
        if inverted is None:
            return None
        after = inverted[1] + 1
        if (
            after < len(toks)
            and toks.kinds[after] == "w"
            and (toks.words[after] in AUXILIARIES or toks.words[after] in CUE_FORMS)
        ):
            return None  # "..., said the nomination will ...": a clause follows, not a speaker
        last = c - 2 if toks.words[c - 1] == "," else c - 1
        if last < 0:
            return None
        start = _content_start(text, toks.starts[0], toks.ends[last])
        content = Span(start, _content_end(text, start, toks.ends[last]))
        return _Frame(inverted, _span(toks, *inverted), cue, content, (0, last), c)
    return None


def _between_quote_and_cue(text: str, toks: _Tokens, j: int) -> tuple[int, int] | None:
    """``“...,” a narrator in the ad asks``: every word between a quotation
    and its cue is the speaker."""
    k = j
    while k >= 0 and j - k < _MAX_SPEAKER_TOKENS and toks.kinds[k] == "w":
        k -= 1
    if k < 0 or k == j:
        return None
    if toks.kinds[k] == "q" or (toks.words[k] == "," and k > 0 and toks.kinds[k - 1] == "q"):
        if toks.words[k + 1] in CLAUSE_STOPS:
            return None
        if any(toks.words[t] in CUE_FORMS for t in range(k + 1, j + 1)):
            return None  # "... wrote in a note": the phrase holds another cue
        return (k + 1, j)
    return None


def _after_quote_speaker(text: str, toks: _Tokens, comma: int) -> tuple[int, int] | None:
    """``“...,” Scott Ruiz, the attorney general of Utah, one of ..., said``:
    the speaker is the name right after the quotation."""
    k = comma
    while k >= 0 and comma - k <= 30 and toks.kinds[k] != "q":
        k -= 1
    if k < 0 or toks.kinds[k] != "q":
        return None
    first = k + 1
    if first < len(toks) and toks.words[first] == ",":
        first += 1
    stop = first
    while stop < comma and toks.words[stop] != ",":
        stop += 1
    if stop == first or stop - first > _MAX_SPEAKER_TOKENS:
        return None
    return (first, stop - 1)


def _appositive_speaker(text: str, toks: _Tokens, comma: int) -> tuple[int, int] | None:
    """``Ruiz, the finance minister, said`` / ``an official, who asked not to
    be named, said``: the speaker before the first comma."""
    for _ in range(3):  # up to three stacked appositives
        k = comma - 1
        while k >= 0 and toks.words[k] != "," and comma - k <= _MAX_APPOSITIVE_TOKENS:
            if toks.kinds[k] == "q":
                return None
            k -= 1
        if k < 1 or toks.words[k] != "," or k + 1 >= comma:
            return None
        opener = toks.words[k + 1]
        if opener in _SUBORDINATORS or opener in {"or", "then", "so"}:
            return None  # ", and the meeting deteriorated, said": a clause, not an appositive
        inner = range(k + 1, comma)
        if 2 <= len(inner) <= 4 and all(
            toks.kinds[t] == "w" and (_capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS)
            for t in inner
        ):
            return (k + 1, comma - 1)  # "One of the report's authors, Ari Fleischer, said"
        speaker = _speaker_left(text, toks, k - 1, 0)
        if speaker is None:
            return None
        first = toks.words[speaker[0]]
        if first[:1].isdigit() or first in RELATIVE_PRONOUNS:
            comma = k  # an age or a relative clause: look further left
            continue
        return speaker
    return None


def _parenthetical_rest(
    text: str, toks: _Tokens, c: int, cue: Span, sentence: Span
) -> tuple[Span, tuple[int, int]] | None:
    """``The plan, she said, would fail``: the words after the attribution."""
    pos = cue.end
    if SPEECH_FORMS.get(toks.words[c]) in LISTENER_VERBS:
        k = _skip_listener(text, toks, c + 1, len(toks) - 1)
        if k > c + 1:
            pos = toks.ends[k - 1]  # "..., Bazi told reporters."
    m = _AFTER_CUE.match(text, pos, sentence.end)
    if m is not None:
        pos = m.end()
    k = _token_at(toks, pos)
    while k < len(toks) and toks.words[k] == ",":
        k += 1
    if k >= len(toks) or toks.words[k] in _CONTEXT_OPENERS or toks.words[k] in PARTICIPLE_CUES:
        return None  # ", after ...", ", adding ...": not part of what was said
    last = _last_content_token(toks, k, len(toks) - 1)
    if last < k + 1:
        return None  # a single word is no clause
    start = toks.starts[k]
    return Span(start, _content_end(text, start, toks.ends[last])), (k, last)


def _ends_sentence(text: str, toks: _Tokens, c: int, cue: Span, sentence: Span) -> bool:
    """Whether nothing but time/venue phrases, a listener or a participle
    continuation follows the cue."""
    pos = cue.end
    if toks.words[c] in {"told", "tells", "tell", "telling"}:
        k = _skip_listener(text, toks, c + 1, len(toks) - 1)
        if k > c + 1:
            pos = toks.ends[k - 1]
    m = _AFTER_CUE.match(text, pos, sentence.end)
    comma = False
    if m is not None:
        if m.group().rstrip().endswith(("that", "whether", "if")):
            return False
        comma = m.group().rstrip().endswith(",")
        pos = m.end()
    rest = text[pos : sentence.end].strip()
    if not rest or all(ch in '.!?”"’)' for ch in rest):
        return True
    comma = comma or rest[0] in ",;—–"
    if comma:
        rest = rest[1:].lstrip()
    if rest[:1] in ("“", '"', "‘", "'"):
        return True  # a split quote continues: “A,” she said, “B.”
    nxt = _TOKEN.match(rest)
    if nxt is None:
        return True
    # ", adding that ...", ", because ...", ", as ...": writer's context follows;
    # after a bare comma, the attribution sits inside the sentence
    return nxt.group().lower() in PARTICIPLE_CUES or comma


# ------------------------------------------------------------------- stage


def find_attributions(
    text: str,
    regions: Sequence[Span],
    warnings: list[str],
    headlines: frozenset[Span] = frozenset(),
) -> list[Attribution]:
    """Every attribution in ``regions`` (paragraphs and captions, in order);
    ``headlines`` are the regions that are headlines, read with their own
    conventions as well (``Ruiz: Levy stays``, ``Levy Will Stay, Ruiz Says``)."""
    quotes = find_quotes(text, regions, warnings)
    claimed: dict[int, Attribution] = {}
    results: list[Attribution] = []
    last_governing: tuple[Span, Span | None] | None = None
    pending: list[tuple[int, _Frame | None, tuple[Span, Span | None] | None]] = []
    qi = 0
    for region in regions:
        # quotations never overlap one another, so both ends are sorted
        while qi < len(quotes) and quotes[qi].end <= region.start:
            qi += 1
        region_quotes: list[tuple[int, QuoteSpan]] = []
        k = qi
        while k < len(quotes) and quotes[k].open < region.end:
            region_quotes.append((k, quotes[k]))
            k += 1
        opaque = [Span(q.open, q.content.end) for _, q in region_quotes]
        sentences = split_sentences(text, region, opaque)
        para_frames: list[tuple[int, _Frame]] = []
        orphans: list[tuple[int, int]] = []  # (sentence index, quote id)
        ri = 0
        for s_index, sentence in enumerate(sentences):
            while ri < len(region_quotes) and region_quotes[ri][1].end <= sentence.start:
                ri += 1
            inside = []
            rk = ri
            while rk < len(region_quotes) and region_quotes[rk][1].open < sentence.end:
                inside.append(region_quotes[rk])
                rk += 1
            toks = _tokenize(text, sentence, inside)
            frames = _frames(text, toks, sentence)
            if region in headlines and not frames:
                frames = _headline_frames(text, toks)
            covered: set[int] = set()
            for frame in frames:
                para_frames.append((s_index, frame))
                covered |= _emit(text, toks, frame, quotes, claimed, results)
            # split quotes: “A,” she said, “B.” — a quotation after the frame
            for frame in frames:
                covered |= _split_tail(text, toks, frame, quotes, claimed, results)
            # a sentence of pure quotation: one quotation, nothing else but punctuation
            if toks.kinds.count("w") == 0 and toks.kinds.count("q") == 1:
                qid = toks.quote_ids[toks.kinds.index("q")]
                if qid not in covered:
                    orphans.append((s_index, qid))
        nearest = _nearest_frames(para_frames, len(sentences))
        for s_index, qid in orphans:
            quote = quotes[qid]
            if qid in claimed or quote.open < region.start:
                continue
            near = nearest[s_index]
            governing = last_governing if _region_is_quotation(text, region, quote) else None
            # a quotation running on into later paragraphs waits for their
            # attribution ("...,” Benning said.) before falling back to these
            pending.append((qid, near, governing))
        still: list[tuple[int, _Frame | None, tuple[Span, Span | None] | None]] = []
        for qid, near, governing in pending:
            if qid in claimed:
                continue
            if quotes[qid].end > region.end:
                still.append((qid, near, governing))
                continue
            att = _orphan_attribution(text, quotes[qid], near, governing)
            if att is not None:
                claimed[qid] = att
                results.append(att)
        pending = still
        for _, frame in reversed(para_frames):
            if frame.speaker_span is not None:
                last_governing = (frame.speaker_span, frame.cue)
                break
    results.sort(key=lambda a: (a.content.start, a.content.end))
    return _dedupe(results)


def _orphan_attribution(
    text: str,
    quote: QuoteSpan,
    near: _Frame | None,
    governing: tuple[Span, Span | None] | None,
) -> Attribution | None:
    """A quotation no frame claimed: the attribution of its paragraph, else
    the previous paragraph's speaker (a paragraph of pure quotation), else
    a direct quote of unknown speaker when it is a real utterance."""
    if near is not None and near.speaker_span is not None:
        return Attribution(quote.content, QuoteKind.DIRECT, near.speaker_span, near.cue)
    if governing is not None:
        return Attribution(quote.content, QuoteKind.DIRECT, governing[0], None, governed=True)
    if len(text[quote.content.start : quote.content.end].split()) >= 4:
        return Attribution(quote.content, QuoteKind.DIRECT, None, None)
    return None


def _dedupe(results: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    for att in results:
        if out and out[-1].content.overlaps(att.content):
            continue
        if att.content.end <= att.content.start:
            continue
        out.append(att)
    return out


def _region_is_quotation(text: str, region: Span, quote: QuoteSpan) -> bool:
    """A paragraph that is pure quotation (it opens with the mark)."""
    return quote.open == region.start


def _nearest_frames(frames: list[tuple[int, _Frame]], count: int) -> list[_Frame | None]:
    """For each sentence, the attribution of the paragraph it leans on: the
    last one in an earlier sentence, else the first one in a later sentence."""
    with_speaker = [(s, f) for s, f in frames if f.speaker_span is not None]
    nearest: list[_Frame | None] = [None] * count
    last: _Frame | None = None
    k = 0
    for s_index in range(count):
        nearest[s_index] = last
        while k < len(with_speaker) and with_speaker[k][0] <= s_index:
            last = with_speaker[k][1]
            k += 1
    following: _Frame | None = None
    k = len(with_speaker) - 1
    for s_index in range(count - 1, -1, -1):
        if nearest[s_index] is None:
            nearest[s_index] = following
        while k >= 0 and with_speaker[k][0] >= s_index:
            following = with_speaker[k][1]
            k -= 1
    return nearest


def _emit(
    text: str,
    toks: _Tokens,
    frame: _Frame,
    quotes: list[QuoteSpan],
    claimed: dict[int, Attribution],
    results: list[Attribution],
) -> set[int]:
    """Turn one frame into quotes; return the quotation ids it covered."""
    if frame.content is None or frame.content_tokens is None:
        return set()
    first, last = frame.content_tokens
    q_tokens = [k for k in range(first, last + 1) if toks.kinds[k] == "q"]
    word_tokens = [k for k in range(first, last + 1) if toks.kinds[k] == "w"]
    covered: set[int] = set()
    if q_tokens:
        # one quotation and nothing else: direct; quotations among words: partial
        kind = QuoteKind.DIRECT if not word_tokens and len(q_tokens) == 1 else QuoteKind.PARTIAL
        for k in q_tokens:
            qid = toks.quote_ids[k]
            covered.add(qid)
            _claim(qid, kind, frame, quotes, claimed, results)
        return covered
    content = frame.content
    if len(text[content.start : content.end].split()) < _MIN_CONTENT_WORDS:
        return covered
    results.append(Attribution(content, QuoteKind.INDIRECT, frame.speaker_span, frame.cue))
    return covered


def _claim(
    qid: int,
    kind: QuoteKind,
    frame: _Frame,
    quotes: list[QuoteSpan],
    claimed: dict[int, Attribution],
    results: list[Attribution],
) -> None:
    """Attribute quotation ``qid`` to ``frame`` unless an earlier frame did."""
    if qid not in claimed:
        att = Attribution(quotes[qid].content, kind, frame.speaker_span, frame.cue)
        claimed[qid] = att
        results.append(att)


def _split_tail(
    text: str,
    toks: _Tokens,
    frame: _Frame,
    quotes: list[QuoteSpan],
    claimed: dict[int, Attribution],
    results: list[Attribution],
) -> set[int]:
    """``“A,” she said, “B.”``: the quotation right after a trailing frame."""
    if frame.speaker is None or frame.content_tokens is None:
        return set()
    after = max(frame.cue_index, frame.speaker[1]) + 1
    n = len(toks)
    while after < n and toks.kinds[after] == "w" and toks.words[after] not in {","}:
        after += 1  # time phrase after the cue
    if after < n and toks.words[after] in {",", ":"}:
        after += 1
    if after < n and toks.kinds[after] == "q" and frame.content_tokens[1] < frame.cue_index:
        qid = toks.quote_ids[after]
        _claim(qid, QuoteKind.DIRECT, frame, quotes, claimed, results)
        return {qid}
    return set()


def quote_stage(state: ParseState) -> None:
    """Find every attribution in the headline, captions and body paragraphs."""
    regions = sorted(
        [c.span for c in state.captions if c.span.end > c.span.start]
        + [p.span for p in state.paragraphs]
        + [b.span for b in state.blocks if b.kind is BlockKind.HEADLINE],
        key=lambda s: s.start,
    )
    if not regions:
        return
    text = state.text
    headlines = frozenset(b.span for b in state.blocks if b.kind is BlockKind.HEADLINE)
    for att in find_attributions(text, regions, state.warnings, headlines):
        content = att.content
        state.quotes.append(
            Quote(
                text=text[content.start : content.end],
                span=content,
                kind=att.kind,
                speaker=None
                if att.speaker is None
                else Mention(text[att.speaker.start : att.speaker.end], att.speaker),
                cue=None
                if att.cue is None
                else Mention(text[att.cue.start : att.cue.end], att.cue),
            )
        )

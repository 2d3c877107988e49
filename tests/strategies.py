"""Hypothesis strategies that compose wire articles whose truth is known.

Every composite strategy here returns ``(text, expected)``: the text a wire
would send, and what a correct parse must find in it, with exact offsets.
All names, places and sentences are invented from syllables and small
phrase tables written for these tests; none comes from real copy.

The language is deliberately plain wire English, one attribution frame per
sentence, so that a rule-based parser that follows ``SPEC.md`` and
``docs/annotation.md`` must get every element right:

- ``datelines()``: every wire's dateline form with random places, dates and
  the reference date that resolves a year-less date;
- ``captions()``: a scene caption with each credit form and random names;
- ``quote_paragraphs()``: one person's quotes in every frame (speaker before
  / after / inverted, ``according to``, split, multi-paragraph, partial,
  indirect with and without ``that``, participle cues) with random names,
  titles and cue inflections;
- ``noise_paragraphs()``: sentences with no attribution at all;
- ``articles()``: all of it put together, with pronoun and surname
  re-mentions, continuation paragraphs, and quotes of parties that are no
  named person (officials, analysts, a report, an organisation).

``news_text()`` is different: random text biased toward news punctuation,
for invariants that must hold on any input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from hypothesis import strategies as st

from newsparse.lexicon.agencies import AGENCY_ALIASES
from newsparse.lexicon.cues import QUOTED_ACT_FORMS
from newsparse.lexicon.sources import TITLE_WORDS

__all__ = [
    "CURLY",
    "RESERVED_WORDS",
    "STRAIGHT",
    "ExpectedArticle",
    "ExpectedCaption",
    "ExpectedDateline",
    "ExpectedQuote",
    "ExpectedSource",
    "ParagraphTruth",
    "Party",
    "Person",
    "QuoteStyle",
    "Spanned",
    "articles",
    "captions",
    "datelines",
    "invented_words",
    "news_text",
    "noise_paragraphs",
    "parties",
    "person_names",
    "persons",
    "quote_paragraphs",
]

# ---------------------------------------------------------------------------
# Expected results
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Spanned:
    """A piece of the text: ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int

    def shift(self, offset: int) -> Spanned:
        return Spanned(self.text, self.start + offset, self.end + offset)

    def as_tuple(self) -> tuple[str, int, int]:
        return (self.text, self.start, self.end)


@dataclass(frozen=True)
class ExpectedQuote:
    """One attribution; ``source`` is the full name of the person."""

    content: Spanned
    kind: str
    speaker: Spanned
    cue: Spanned | None
    source: str

    def shift(self, offset: int) -> ExpectedQuote:
        return replace(
            self,
            content=self.content.shift(offset),
            speaker=self.speaker.shift(offset),
            cue=None if self.cue is None else self.cue.shift(offset),
        )


@dataclass(frozen=True)
class ExpectedSource:
    name: str
    kind: str
    title: str | None
    mentions: tuple[Spanned, ...]


@dataclass(frozen=True)
class ExpectedDateline:
    """``reference_date`` is what to pass to the parser (``None``: nothing);
    ``warns``: a year-less date with no anchor must produce a warning."""

    text: str
    start: int
    end: int
    location: str | None
    date: str | None
    agency: str | None
    reference_date: dt.date | None = None
    warns: bool = False

    def shift(self, offset: int) -> ExpectedDateline:
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True)
class ExpectedCaption:
    """A caption unit: ``text`` excludes the credit."""

    text: str
    start: int
    end: int
    credit: Spanned
    photographer: str
    agency: str

    def shift(self, offset: int) -> ExpectedCaption:
        return replace(
            self, start=self.start + offset, end=self.end + offset, credit=self.credit.shift(offset)
        )


@dataclass(frozen=True)
class ParagraphTruth:
    """What one generated paragraph (or run of paragraphs) holds: its quotes,
    and the stretches that must hold no attribution at all."""

    quotes: tuple[ExpectedQuote, ...] = ()
    noise: tuple[Spanned, ...] = ()

    def shift(self, offset: int) -> ParagraphTruth:
        return ParagraphTruth(
            tuple(q.shift(offset) for q in self.quotes), tuple(n.shift(offset) for n in self.noise)
        )


@dataclass(frozen=True)
class ExpectedArticle:
    """The truth of a generated article. Pass ``reference_date`` to the
    parser; ``noise`` lists stretches (header, captions, noise paragraphs,
    trailers) in which no quote, speaker or cue may be found."""

    reference_date: dt.date | None
    published: str | None
    headline: str | None
    bylines: tuple[str, ...]
    dateline: ExpectedDateline
    captions: tuple[ExpectedCaption, ...]
    quotes: tuple[ExpectedQuote, ...]
    sources: tuple[ExpectedSource, ...]
    noise: tuple[Spanned, ...]
    paragraphs: tuple[Spanned, ...]


# ---------------------------------------------------------------------------
# Vocabulary: invented names from syllables, plain phrase tables
# ---------------------------------------------------------------------------

#: Words the invented names must never be: they mean something to a parser
#: (months, weekdays, pronouns, titles, cue verbs, agencies, determiners).
RESERVED_WORDS: frozenset[str] = frozenset(
    """
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
    wednesday thursday friday saturday sunday he she it they we you i him her
    them his hers its their our the a an this that these those one some
    mayor minister governor senator sen rep president general chief judge
    master mister madam pastor doctor sister rector justice premier king queen
    lord lady sir dame officer director secretary spokesman spokeswoman
    spokesperson official officials source sources critics analysts residents
    say says said tell tells told add adds added note notes noted warn warns
    warned write writes wrote state states stated explain explains explained
    according report reports reported claim claims claimed believe fear hope
    think expect argue argued insist insisted confirm denied deny tweet
    posted post vote voted ap afp upi reuters reuter bloomberg xinhua kyodo
    yonhap tass sipa epa efe ansa dpa getty anadolu interfax photo photographer
    file reporting editing writing by with and or but still however also
    group bank ministry council court party union city state
    taken token broken spoken woken zero market basket dozen frozen kernel
    like
    """.split()
)
# every one-word agency alias (``Zuma``, ``Kuna``) and quoted speech act
# (``Rebuke``) the package knows, so a lexicon entry added later is covered
RESERVED_WORDS |= {alias for alias in AGENCY_ALIASES if " " not in alias}
RESERVED_WORDS |= QUOTED_ACT_FORMS
# the package's title words, and the honours read before a name (``Datuk``,
# ``Tun``): an invented first name must not be one (found by the explore
# profile: "Datuk Kaba" is the person Kaba with the honour Datuk)
RESERVED_WORDS |= {w for w in TITLE_WORDS if " " not in w}
RESERVED_WORDS |= frozenset("datuk dato datin tun toh tan puan sri seri sheikh".split())

_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st")
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "i", "a", "e", "o", "é", "á", "ö")
_CODAS = ("", "", "n", "r", "l", "s", "k")


@st.composite
def invented_words(draw: st.DrawFn, min_syllables: int = 2, max_syllables: int = 3) -> str:
    """A capitalised made-up word (``Kovalin``, ``Zeráma``): open syllables,
    a consonant at most at the end, an accented vowel now and then."""
    count = draw(st.integers(min_syllables, max_syllables))
    word = "".join(
        draw(st.sampled_from(_ONSETS)) + draw(st.sampled_from(_VOWELS if i else _VOWELS[:12]))
        for i in range(count)
    )
    return (word + draw(st.sampled_from(_CODAS))).capitalize()


def _acceptable(word: str) -> bool:
    return ("k" in word.lower() or "z" in word.lower()) and word.lower() not in RESERVED_WORDS


def _words() -> st.SearchStrategy[str]:
    return invented_words().filter(_acceptable)


def person_names(words: int = 2) -> st.SearchStrategy[str]:
    """A full name of ``words`` capitalised invented words."""
    return st.lists(_words(), min_size=words, max_size=words, unique=True).map(" ".join)


@dataclass(frozen=True)
class QuoteStyle:
    """The marks an article is typed with: curly or straight."""

    open: str
    close: str
    open_single: str
    close_single: str
    apostrophe: str


CURLY = QuoteStyle("“", "”", "‘", "’", "’")
STRAIGHT = QuoteStyle('"', '"', "'", "'", "'")

#: Titles written before a name (``Finance Minister Ana Ruiz``).
_TITLES_BEFORE = (
    "Mayor",
    "Finance Minister",
    "Health Minister",
    "Interior Minister",
    "Prime Minister",
    "Governor",
    "Sen.",
    "Police Chief",
)
#: Titles in an appositive (``Ruiz, the finance minister, said``).
_TITLES_APPOSITIVE = ("finance minister", "health minister", "police chief", "mayor of {place}")

_DIRECT_SUBJECTS = ("We", "Our teams", "Our engineers", "Local families", "The workers")
_DIRECT_VERBS = (
    "will rebuild",
    "must protect",
    "cannot ignore",
    "are ready to fund",
    "have already repaired",
    "need",
    "will reopen",
    "don’t want to delay",
)
_OBJECTS = (
    "the harbour wall",
    "the northern bridge",
    "every school in the district",
    "the water supply",
    "the old rail line",
    "the small farms",
    "the river clinics",
    "the flood defences",
)
_DIRECT_TAILS = ("", " before the winter", " this year", " within two months", " as fast as we can")
_NESTED = (
    "we heard the word {o}enough{c} from every family",
    "the sign on the gate reads {o}closed{c}",
)

_INDIRECT_SUBJECTS = (
    "the city",
    "the government",
    "the new budget",
    "the regional council",
    "the port authority",
    "the district’s engineers",
)
_INDIRECT_VERBS = (
    "would rebuild",
    "needed",
    "could not afford",
    "planned to repair",
    "had enough money for",
    "would soon reopen",
    "wanted to protect",
)
_FRAGMENTS = (
    "a clear step forward",
    "the worst flood in decades",
    "too costly for small farms",
    "long overdue",
    "a promise to every family",
    "a test for the whole region",
)
_TOPICS = ("plan", "budget", "new law", "rail project", "decision")
_TIME_PHRASES = ("on Monday", "on Tuesday", "last week", "on Friday")


@dataclass(frozen=True)
class _Cue:
    """How a cue is written: ``before`` + ``cue`` (the span) + ``after``."""

    cue: str
    before: str = ""
    after: str = ""
    past: bool = True

    @property
    def written(self) -> str:
        return f"{self.before}{self.cue}{self.after}"


_SAID = _Cue("said")
_SAYS = _Cue("says", past=False)
_ADDED = _Cue("added")
_ADDS = _Cue("adds", past=False)
_EXPLAINED = _Cue("explained")
_NOTED = _Cue("noted")
_NOTES = _Cue("notes", past=False)
_WARNED = _Cue("warned")
_WARNS = _Cue("warns", past=False)
_WROTE = _Cue("wrote")
_STATED = _Cue("stated")
_TOLD = _Cue("told", after=" reporters")
_TELLS = _Cue("tells", after=" reporters", past=False)
_STATEMENT = _Cue("said in a statement", past=False)
_INTERVIEW = _Cue("said in an interview", past=False)
_HAS_SAID = _Cue("said", before="has ", past=False)

_AFTER_CUES = (
    _SAID,
    _SAYS,
    _ADDED,
    _ADDS,
    _EXPLAINED,
    _NOTED,
    _WARNED,
    _TOLD,
    _STATEMENT,
    _INTERVIEW,
    _WROTE,
    _STATED,
)
_INVERTED_CUES = (_SAID, _SAYS, _ADDED, _ADDS, _EXPLAINED, _NOTED)
_BEFORE_CUES = (_SAID, _SAYS, _TOLD, _TELLS, _ADDED, _WROTE, _STATEMENT, _EXPLAINED, _WARNED)
_THAT_CUES = (
    _SAID,
    _SAYS,
    _TOLD,
    _WARNED,
    _WARNS,
    _NOTED,
    _NOTES,
    _EXPLAINED,
    _WROTE,
    _ADDED,
    _STATED,
    _HAS_SAID,
    _STATEMENT,
)
_BARE_CUES = (_SAID, _SAYS, _TOLD)
_CUE_AFTER_CUES = (_SAID, _SAYS, _ADDED, _NOTED, _WARNED, _TOLD, _STATEMENT, _EXPLAINED, _WROTE)
_PARTIAL_CUES = (_SAID, _SAYS, _WROTE, _WARNED, _NOTED)
_SPLIT_CUES = (_SAID, _SAYS, _ADDED, _EXPLAINED)
_PARTICIPLES = ("adding", "noting", "warning")


# ---------------------------------------------------------------------------
# Writing text while recording offsets
# ---------------------------------------------------------------------------


class _Writer:
    """Appends pieces of text and returns the span of each."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0

    def add(self, piece: str) -> Spanned:
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return Spanned(piece, start, self._length)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._length


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def _direct_sentence(draw: st.DrawFn, style: QuoteStyle) -> str:
    """A first-person sentence without final punctuation or commas."""
    if draw(st.integers(0, 9)) == 0:
        text = _cap(draw(st.sampled_from(_NESTED)))
        text = text.format(o=style.open_single, c=style.close_single)
    else:
        text = (
            draw(st.sampled_from(_DIRECT_SUBJECTS))
            + " "
            + draw(st.sampled_from(_DIRECT_VERBS))
            + " "
            + draw(st.sampled_from(_OBJECTS))
            + draw(st.sampled_from(_DIRECT_TAILS))
        )
    return text.replace("’", style.apostrophe) if style is STRAIGHT else text


@st.composite
def _direct_content(draw: st.DrawFn, style: QuoteStyle) -> str:
    """One or two sentences; the last has no final punctuation."""
    first = draw(_direct_sentence(style))
    if draw(st.booleans()):
        return f"{first}. {draw(_direct_sentence(style))}"
    return first


@st.composite
def _clause(draw: st.DrawFn, style: QuoteStyle) -> str:
    """A lower-case reported clause: no comma, no ``that``, no pronoun."""
    text = (
        draw(st.sampled_from(_INDIRECT_SUBJECTS))
        + " "
        + draw(st.sampled_from(_INDIRECT_VERBS))
        + " "
        + draw(st.sampled_from(_OBJECTS))
    )
    return text.replace("’", style.apostrophe)


# ---------------------------------------------------------------------------
# People and how they are mentioned
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """A named speaker. ``style``: how the first mention gives the title:
    ``plain`` (none), ``before`` (``Mayor Ana Ruiz``) or ``appositive``
    (``Ana Ruiz, the mayor,``)."""

    first: str
    last: str
    pronoun: str
    style: str
    title: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@st.composite
def persons(
    draw: st.DrawFn, names: Sequence[str] | None = None, places: Sequence[str] = ()
) -> Person:
    """A person; ``names`` (two unique words) when the caller keeps names
    unique across an article."""
    first, last = names if names is not None else draw(person_names()).split()
    style = draw(st.sampled_from(("plain", "before", "appositive")))
    title: str | None = None
    if style == "before":
        title = draw(st.sampled_from(_TITLES_BEFORE))
    elif style == "appositive":
        title = draw(st.sampled_from(_TITLES_APPOSITIVE))
        if "{place}" in title:
            if not places:
                title = "finance minister"
            else:
                title = title.format(place=draw(st.sampled_from(places)))
    return Person(first, last, draw(st.sampled_from(("he", "she"))), style, title)


# how a person is mentioned at a cue; PARTY: a speaker that is no named person
INTRO, SURNAME, PRONOUN, PARTY = "intro", "surname", "pronoun", "party"


@dataclass(frozen=True)
class Party:
    """An unnamed or non-person speaker, mentioned once: ``phrase`` as
    written mid-sentence, its ``kind`` (SPEC source kinds) and its head noun
    (two parties of an article never share one, or they would merge)."""

    phrase: str
    kind: str
    head: str

    def name(self, written: str) -> str:
        """Organisations drop a leading ``the``; anonymous, group and
        document sources are named by their first mention as written."""
        if self.kind == "organization" and written.lower().startswith("the "):
            return written[4:]
        return written


#: (phrase, kind, head); ``{org}`` is an invented name
_PARTIES = (
    ("officials", "anonymous", "officials"),
    ("senior government officials", "anonymous", "officials"),
    ("people familiar with the matter", "anonymous", "people"),
    ("two people briefed on the talks", "anonymous", "people"),
    ("a spokesperson who asked not to be identified", "anonymous", "spokesperson"),
    ("analysts", "group", "analysts"),
    ("residents", "group", "residents"),
    ("opposition lawmakers", "group", "lawmakers"),
    ("the report", "document", "report"),
    ("the letter", "document", "letter"),
    ("the filing", "document", "filing"),
    ("the {org} Group", "organization", "group"),
)


@st.composite
def parties(draw: st.DrawFn, org: str, count: int) -> list[Party]:
    """``count`` parties with distinct head nouns."""
    rows = draw(
        st.lists(
            st.sampled_from(_PARTIES), min_size=count, max_size=count, unique_by=lambda r: r[2]
        )
    )
    return [Party(phrase.format(org=org), kind, head) for phrase, kind, head in rows]


#: cue forms that need a singular subject (a party may be plural)
_SINGULAR_ONLY = frozenset({"says", "adds", "notes", "warns", "tells"})


class _Speaker:
    """Writes one mention of a person (or of a party) into a writer."""

    def __init__(self, person: Person | Party, form: str) -> None:
        self.person = person
        self.form = PARTY if isinstance(person, Party) else form

    def cues(self, choices: Sequence[_Cue]) -> st.SearchStrategy[_Cue]:
        """The cue forms this speaker can take (plural parties: no ``says``)."""
        if self.form != PARTY:
            return st.sampled_from(choices)
        return st.sampled_from([c for c in choices if c.cue not in _SINGULAR_ONLY and not c.before])

    def source_name(self, speaker: Spanned) -> str:
        if isinstance(self.person, Party):
            return self.person.name(speaker.text)
        return self.person.name

    @property
    def appositive(self) -> bool:
        person = self.person
        return self.form == INTRO and isinstance(person, Person) and person.style == "appositive"

    def write(
        self, out: _Writer, *, sentence_start: bool = False, before_cue: bool = True
    ) -> Spanned:
        person = self.person
        if isinstance(person, Party):
            return out.add(_cap(person.phrase) if sentence_start else person.phrase)
        if self.form == PRONOUN:
            return out.add(_cap(person.pronoun) if sentence_start else person.pronoun)
        if self.form == SURNAME:
            return out.add(person.last)
        if person.style == "before":
            return out.add(f"{person.title} {person.name}")
        span = out.add(person.name)
        if person.style == "appositive":
            # the appositive is outside the span; frames that use it put the cue next
            assert before_cue, "appositive intro only directly before a cue"
            out.add(f", the {person.title},")
        return span


def _write_cue(out: _Writer, cue: _Cue, *, time_phrase: str = "") -> Spanned:
    out.add(cue.before)
    span = out.add(cue.cue)
    out.add(cue.after)
    if time_phrase:
        out.add(f" {time_phrase}")
    return span


# ---------------------------------------------------------------------------
# Quote frames: each writes one paragraph (or a run of them) and returns quotes
# ---------------------------------------------------------------------------

Frame = Callable[[st.DrawFn, _Writer, _Speaker, QuoteStyle], list[ExpectedQuote]]


def _quote(
    content: Spanned, kind: str, speaker: Spanned, cue: Spanned | None, source: str
) -> ExpectedQuote:
    return ExpectedQuote(content, kind, speaker, cue, source)


def _frame_after(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """“We will act,” Ruiz said."""
    out.add(style.open)
    content = out.add(draw(_direct_content(style)) + ",")
    out.add(style.close + " ")
    speaker = sp.write(out)
    out.add(" ")
    cue = _write_cue(out, draw(sp.cues(_AFTER_CUES)))
    out.add(".")
    return [_quote(content, "direct", speaker, cue, sp.source_name(speaker))]


def _frame_inverted(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """“We will act,” said Finance Minister Ana Ruiz."""
    out.add(style.open)
    content = out.add(draw(_direct_content(style)) + ",")
    out.add(style.close + " ")
    cue = _write_cue(out, draw(sp.cues(_INVERTED_CUES)))
    out.add(" ")
    speaker = sp.write(out, before_cue=False)
    out.add(".")
    return [_quote(content, "direct", speaker, cue, sp.source_name(speaker))]


def _frame_before(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """Ruiz said: “We will act.”"""
    speaker = sp.write(out, sentence_start=True)
    out.add(" ")
    cue = _write_cue(out, draw(sp.cues(_BEFORE_CUES)))
    out.add(draw(st.sampled_from((": ", ", "))) + style.open)
    content = out.add(draw(_direct_content(style)) + ".")
    out.add(style.close)
    return [_quote(content, "direct", speaker, cue, sp.source_name(speaker))]


def _frame_split(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """“A,” she said, “b.”  or  “A,” she said. “B.”"""
    out.add(style.open)
    first = out.add(draw(_direct_content(style)) + ",")
    out.add(style.close + " ")
    speaker = sp.write(out)
    out.add(" ")
    cue = _write_cue(out, draw(sp.cues(_SPLIT_CUES)))
    second_text = draw(_direct_sentence(style)) + "."
    if draw(st.booleans()):
        out.add(", " + style.open)
        if not second_text.startswith("We "):
            second_text = second_text[:1].lower() + second_text[1:]
    else:
        out.add(". " + style.open)
    second = out.add(second_text)
    out.add(style.close)
    return [
        _quote(first, "direct", speaker, cue, sp.source_name(speaker)),
        _quote(second, "direct", speaker, cue, sp.source_name(speaker)),
    ]


def _frame_multi(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """A quote over several paragraphs: each opens with a mark, only the last
    closes. Optionally preceded by a one-paragraph quote in the same sentence
    frame (“A,” Ruiz said. “B. / “C.”)."""
    quotes: list[ExpectedQuote] = []
    if draw(st.booleans()):
        speaker = sp.write(out, sentence_start=True)
        out.add(" ")
        cue = _write_cue(out, draw(sp.cues(_BEFORE_CUES)))
        out.add(": " + style.open)
    else:
        out.add(style.open)
        first = out.add(draw(_direct_content(style)) + ",")
        out.add(style.close + " ")
        speaker = sp.write(out)
        out.add(" ")
        cue = _write_cue(out, draw(sp.cues(_SPLIT_CUES)))
        out.add(". " + style.open)
        quotes.append(_quote(first, "direct", speaker, cue, sp.source_name(speaker)))
    start = len(out)
    out.add(draw(_direct_content(style)) + ".")
    for _ in range(draw(st.integers(1, 2))):
        out.add("\n\n" + style.open + draw(_direct_content(style)) + ".")
    end = len(out)
    out.add(style.close)
    content = Spanned(out.text[start:end], start, end)
    quotes.append(_quote(content, "direct", speaker, cue, sp.source_name(speaker)))
    return quotes


def _frame_according(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """The city needed nurses, according to Ruiz. / According to Ruiz, the city ..."""
    clause = draw(_clause(style))
    if draw(st.booleans()):
        content = out.add(_cap(clause))
        out.add(", ")
        cue = out.add("according to")
        out.add(" ")
        speaker = sp.write(out, before_cue=False)
        out.add(".")
    else:
        cue = out.add("According to")
        out.add(" ")
        speaker = sp.write(out, before_cue=False)
        out.add(", ")
        content = out.add(clause)
        out.add(".")
    return [_quote(content, "indirect", speaker, cue, sp.source_name(speaker))]


def _frame_partial(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """Ruiz said the plan was “a clear step forward.”"""
    speaker = sp.write(out, sentence_start=True)
    out.add(" ")
    cue = _write_cue(out, draw(sp.cues(_PARTIAL_CUES)))
    topic = draw(st.sampled_from(_TOPICS))
    fragment = draw(st.sampled_from(_FRAGMENTS))
    if draw(st.booleans()):
        out.add(f" the {topic} was {style.open}")
        content = out.add(fragment + ".")
        out.add(style.close)
    else:
        out.add(f" that the {topic} would be {style.open}")
        content = out.add(fragment)
        out.add(f"{style.close} for the region.")
    return [_quote(content, "partial", speaker, cue, sp.source_name(speaker))]


def _frame_that(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """Ruiz said on Monday that the city needed ... / Ruiz said the city ..."""
    speaker = sp.write(out, sentence_start=True)
    out.add(" ")
    if draw(st.booleans()):
        cue_form = draw(sp.cues(_THAT_CUES))
        time_phrase = (
            draw(st.sampled_from(("", *_TIME_PHRASES)))
            if cue_form.past and not cue_form.before
            else ""
        )
        cue = _write_cue(out, cue_form, time_phrase=time_phrase)
        out.add(" that ")
    else:
        cue = _write_cue(out, draw(sp.cues(_BARE_CUES)))
        out.add(" ")
    content = out.add(draw(_clause(style)))
    out.add(".")
    return [_quote(content, "indirect", speaker, cue, sp.source_name(speaker))]


def _frame_cue_after(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """The city needed nurses, Ruiz said."""
    content = out.add(_cap(draw(_clause(style))))
    out.add(", ")
    speaker = sp.write(out)
    out.add(" ")
    cue = _write_cue(out, draw(sp.cues(_CUE_AFTER_CUES)))
    out.add(".")
    return [_quote(content, "indirect", speaker, cue, sp.source_name(speaker))]


def _frame_participle(
    draw: st.DrawFn, out: _Writer, sp: _Speaker, style: QuoteStyle
) -> list[ExpectedQuote]:
    """The city needed nurses, Ruiz said, adding that the port ..."""
    first = out.add(_cap(draw(_clause(style))))
    out.add(", ")
    speaker = sp.write(out)
    out.add(" ")
    cue = _write_cue(out, draw(sp.cues((_SAID, _SAYS))))
    out.add(", ")
    participle = out.add(draw(st.sampled_from(_PARTICIPLES)))
    out.add(" that ")
    second = out.add(draw(_clause(style)))
    out.add(".")
    return [
        _quote(first, "indirect", speaker, cue, sp.source_name(speaker)),
        _quote(second, "indirect", speaker, participle, sp.source_name(speaker)),
    ]


#: frame name -> (writer, mention forms it allows)
FRAMES: dict[str, tuple[Frame, frozenset[str]]] = {
    "after": (_frame_after, frozenset({INTRO, SURNAME, PRONOUN, PARTY})),
    "inverted": (_frame_inverted, frozenset({INTRO, SURNAME})),
    "before": (_frame_before, frozenset({INTRO, SURNAME, PRONOUN})),
    "split": (_frame_split, frozenset({INTRO, SURNAME, PRONOUN})),
    "multi": (_frame_multi, frozenset({INTRO, SURNAME, PRONOUN})),
    "according": (_frame_according, frozenset({INTRO, SURNAME, PARTY})),
    "partial": (_frame_partial, frozenset({INTRO, SURNAME, PRONOUN, PARTY})),
    "that": (_frame_that, frozenset({INTRO, SURNAME, PRONOUN, PARTY})),
    "cue_after": (_frame_cue_after, frozenset({INTRO, SURNAME, PRONOUN, PARTY})),
    "participle": (_frame_participle, frozenset({INTRO, SURNAME, PRONOUN, PARTY})),
}
#: frames whose speaker is not directly followed by the cue (no appositive)
_NO_APPOSITIVE = frozenset({"inverted", "according"})
#: frames after which a paragraph of pure quotation may continue the speaker
_DIRECT_FRAMES = frozenset({"after", "inverted", "before", "split"})


def _frames_for(sp: _Speaker) -> list[str]:
    return [
        name
        for name, (_, forms) in FRAMES.items()
        if sp.form in forms and not (sp.appositive and name in _NO_APPOSITIVE)
    ]


@st.composite
def _quote_paragraph_for(
    draw: st.DrawFn, sp: _Speaker, style: QuoteStyle, frame: str | None = None
) -> tuple[str, ParagraphTruth, str]:
    name = frame if frame is not None else draw(st.sampled_from(_frames_for(sp)))
    out = _Writer()
    quotes = FRAMES[name][0](draw, out, sp, style)
    return out.text, ParagraphTruth(tuple(quotes)), name


@st.composite
def quote_paragraphs(
    draw: st.DrawFn, style: QuoteStyle | None = None
) -> tuple[str, ParagraphTruth]:
    """One paragraph of quotes by a newly introduced person, in any frame."""
    style = style or draw(st.sampled_from((CURLY, STRAIGHT)))
    place = draw(_words())
    person = draw(persons(places=(place,)).filter(lambda p: place not in p.name))
    text, truth, _ = draw(_quote_paragraph_for(_Speaker(person, INTRO), style))
    return text, truth


# ---------------------------------------------------------------------------
# Noise: paragraphs with no attribution
# ---------------------------------------------------------------------------

_NOISE_TEMPLATES = (
    "The {place} council approved a budget of {n} million euros for {obj}.",
    "Heavy rain closed {n} roads in the {place} region overnight.",
    "Work on {obj} began in {month} {year}.",
    "Prices for fresh fish rose {n} percent in the third quarter.",
    "The {org} Group employs about {n} people in {place}.",
    "About {n} visitors crossed the {place} border each day in {year}.",
    "The district, known locally as the {o}{word} Quarter{c}, has {n} schools.",
    "Ferries to {place} will run every {n} minutes from {month}.",
    "The {org} plant in {place} opened in {year} and closed in {year2}.",
)
_MONTH_NAMES = ("January", "March", "April", "June", "August", "October", "December")


@st.composite
def _noise_sentence(draw: st.DrawFn, words: Sequence[str], style: QuoteStyle) -> str:
    template = draw(st.sampled_from(_NOISE_TEMPLATES))
    year = draw(st.integers(1950, 2030))
    return template.format(
        place=draw(st.sampled_from(words)),
        org=draw(st.sampled_from(words)),
        word=draw(st.sampled_from(words)),
        n=draw(st.integers(2, 900)),
        obj=draw(st.sampled_from(_OBJECTS)),
        month=draw(st.sampled_from(_MONTH_NAMES)),
        year=year,
        year2=year + draw(st.integers(1, 40)),
        o=style.open,
        c=style.close,
    )


@st.composite
def noise_paragraphs(
    draw: st.DrawFn, words: Sequence[str] | None = None, style: QuoteStyle | None = None
) -> tuple[str, ParagraphTruth]:
    """One to three sentences about places and numbers: no cue, no speaker,
    at most a scare-quoted name, so no quote at all."""
    style = style or draw(st.sampled_from((CURLY, STRAIGHT)))
    if not words:
        words = draw(st.lists(_words(), min_size=1, max_size=3, unique=True))
    count = draw(st.integers(1, 3))
    text = " ".join(draw(_noise_sentence(words, style)) for _ in range(count))
    return text, ParagraphTruth(noise=(Spanned(text, 0, len(text)),))


# ---------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------

_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_REUTERS_MONTHS = (
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)

#: wire -> (form, month style, whether the form carries a date / a year)
_WIRES: dict[str, tuple[str, tuple[str, ...], bool, bool]] = {
    "AP": ("{loc} (AP) — ", _AP_MONTHS, False, False),
    "Reuters": ("{loc}, {date} (Reuters) - ", _REUTERS_MONTHS, True, False),
    "AFP": ("{loc} (AFP) - ", _AP_MONTHS, False, False),
    "Xinhua": ("{loc}, {date} (Xinhua) -- ", _AP_MONTHS, True, False),
    "UPI": ("{loc}, {date} (UPI) -- ", _AP_MONTHS, True, False),
    "Bloomberg": ("(Bloomberg) -- ", _AP_MONTHS, False, False),
    "PR Newswire": ("{loc}, {date}, {year} /PRNewswire/ -- ", _AP_MONTHS, True, True),
    "Business Wire": ("{loc}--(BUSINESS WIRE)--", _AP_MONTHS, False, False),
    "GlobeNewswire": ("{loc}, {date}, {year} (GLOBE NEWSWIRE) -- ", _AP_MONTHS, True, True),
    "": ("{loc}, {date} - ", _REUTERS_MONTHS, True, False),
}


@dataclass(frozen=True)
class _DatelineDraw:
    text: str
    location: str | None
    agency: str | None
    written_date: dt.date | None  # the date the dateline states
    has_year: bool


@st.composite
def _dateline_draw(draw: st.DrawFn, words: Sequence[str] | None = None) -> _DatelineDraw:
    wire = draw(st.sampled_from(sorted(_WIRES)))
    form, months, dated, has_year = _WIRES[wire]
    if not words:
        words = draw(st.lists(_words(), min_size=2, max_size=2, unique=True))
    city = " ".join(
        w.upper()
        for w in draw(st.lists(st.sampled_from(words), min_size=1, max_size=2, unique=True))
    )
    location = city
    if wire == "AP" and draw(st.booleans()):
        location = f"{city}, {draw(st.sampled_from(words))}"
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
    text = form.format(loc=location, date=f"{months[day.month - 1]} {day.day}", year=day.year)
    return _DatelineDraw(
        text=text,
        location=location if "{loc}" in form else None,
        agency=wire or None,
        written_date=day if dated else None,
        has_year=has_year,
    )


def _expected_dateline(d: _DatelineDraw, anchor: dt.date | None) -> ExpectedDateline:
    date: str | None = None
    warns = False
    if d.written_date is not None:
        if d.has_year or anchor is not None:
            date = d.written_date.isoformat()
        else:
            warns = True
    return ExpectedDateline(d.text, 0, len(d.text), d.location, date, d.agency, anchor, warns)


def _anchor_for(draw: st.DrawFn, d: _DatelineDraw) -> dt.date:
    """A reference date a few days after the dateline's own date."""
    base = d.written_date or draw(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
    return base + dt.timedelta(days=draw(st.integers(0, 5)))


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, ExpectedDateline]:
    """A dateline of any wire; ``expected.reference_date`` is the anchor to
    pass (``None`` half of the time: a year-less date must then warn)."""
    d = draw(_dateline_draw())
    anchor = _anchor_for(draw, d) if draw(st.booleans()) else None
    return d.text, _expected_dateline(d, anchor)


# ---------------------------------------------------------------------------
# Captions
# ---------------------------------------------------------------------------

_SCENES = (
    "Boats rest in the harbour of {place} after a storm.",
    "Workers repair {obj} in {place}.",
    "A crowd gathers outside the {org} Group offices in {place}.",
    "Snow covers the main square of {place} on a winter morning.",
    "Trucks wait at the border crossing near {place}.",
)
#: credit form -> (template, agency); ``{name}`` is the photographer as written
_CREDITS: dict[str, tuple[str, str]] = {
    "bloomberg": ("Photographer: {name}/Bloomberg", "Bloomberg"),
    "ap": ("(AP Photo/{name})", "AP"),
    "ap_file": ("(AP Photo/{name}, File)", "AP"),
    "reuters": ("REUTERS/{name}", "Reuters"),
    "getty": ("(Photo by {name}/Getty Images)", "Getty Images"),
    "afp": ("AFP PHOTO / {name}", "AFP"),
}


@st.composite
def captions(
    draw: st.DrawFn, words: Sequence[str] | None = None, photographer: str | None = None
) -> tuple[str, ExpectedCaption]:
    """A scene caption followed by a credit of any form."""
    if not words:
        words = draw(st.lists(_words(), min_size=2, max_size=3, unique=True))
    if photographer is None:
        photographer = draw(person_names())
    form = draw(st.sampled_from(sorted(_CREDITS)))
    template, agency = _CREDITS[form]
    scene = draw(st.sampled_from(_SCENES)).format(
        place=draw(st.sampled_from(words)),
        org=draw(st.sampled_from(words)),
        obj=draw(st.sampled_from(_OBJECTS)),
    )
    scene = _cap(scene)
    if form == "ap_file":
        scene = "FILE - " + scene
    written = photographer.upper() if form == "afp" else photographer
    credit_text = template.format(name=written)
    text = f"{scene} {credit_text}"
    credit = Spanned(credit_text, len(scene) + 1, len(text))
    return text, ExpectedCaption(scene, 0, len(scene), credit, written, agency)


# ---------------------------------------------------------------------------
# Whole articles
# ---------------------------------------------------------------------------


@dataclass
class _Plan:
    """One body item: a person's quote paragraph, a continuation, or noise."""

    kind: str  # "quote", "continuation", "noise"
    person: Person | Party | None = None
    form: str = INTRO
    frame: str | None = None
    sticky: bool = False  # must directly follow the item before it


@st.composite
def _body_plan(
    draw: st.DrawFn, people: Sequence[Person], others: Sequence[Party] = ()
) -> list[_Plan]:
    """Persons one after another: an introduction, then re-mentions by
    pronoun (right after the same person) or surname, continuation
    paragraphs, later surname call-backs; parties (officials, analysts, a
    report, an organisation) and noise in between."""
    items: list[_Plan] = []
    for person in people:
        items.append(_Plan("quote", person, INTRO))
        for _ in range(draw(st.integers(0, 2))):
            choice = draw(st.sampled_from(("pronoun", "surname", "continuation")))
            if choice == "pronoun":
                items.append(_Plan("quote", person, PRONOUN, sticky=True))
            elif choice == "surname":
                items.append(_Plan("quote", person, SURNAME))
            else:
                items.append(_Plan("continuation", person, sticky=True))
    for _ in range(draw(st.integers(0, 2))):
        items.append(_Plan("quote", draw(st.sampled_from(list(people))), SURNAME))
    for party in others:
        free = [i for i in range(len(items) + 1) if i == len(items) or not items[i].sticky]
        items.insert(draw(st.sampled_from(free)), _Plan("quote", party, PARTY))
    # noise goes before any item that need not stick to the one before it
    planned: list[_Plan] = []
    for index, item in enumerate(items):
        may_precede = index == 0 or not item.sticky
        if may_precede and draw(st.integers(0, 2)) == 0:
            planned.append(_Plan("noise"))
        planned.append(item)
    if draw(st.booleans()):
        planned.append(_Plan("noise"))
    return planned


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, ExpectedArticle]:
    """A whole wire story with a known parse (see the module docstring)."""
    style = draw(st.sampled_from((CURLY, STRAIGHT)))
    n_people = draw(st.integers(1, 3))
    # every capitalised invented word of the article is distinct
    pool = draw(
        st.lists(_words(), min_size=2 * n_people + 10, max_size=2 * n_people + 10, unique=True)
    )
    names, places = pool[: 2 * n_people], pool[2 * n_people :]
    people = [
        draw(persons((names[2 * i], names[2 * i + 1]), places=places[:3])) for i in range(n_people)
    ]
    photographers = [f"{places[3]} {places[4]}", f"{places[5]} {places[6]}"]
    bylines = [f"{places[7]} {places[8]}"]
    others = draw(parties(places[9], draw(st.integers(0, 2))))
    kinds: dict[str, tuple[str, str | None]] = {p.name: ("person", p.title) for p in people}

    out = _Writer()
    noise: list[Spanned] = []
    quotes: list[ExpectedQuote] = []
    captions_found: list[ExpectedCaption] = []

    def put(text: str) -> int:
        if len(out):
            out.add("\n\n")
        return out.add(text).start

    # header: metadata line, headline, byline, captions
    d = draw(_dateline_draw(places[:3]))
    mode = draw(st.sampled_from(("reference", "metadata", "none")))
    anchor = _anchor_for(draw, d) if mode != "none" else None
    published: str | None = None
    if mode == "metadata":
        assert anchor is not None
        form = draw(st.sampled_from(("date {iso}", "Published: {iso}")))
        at = put(form.format(iso=anchor.isoformat()))
        noise.append(Spanned(out.text[at:], at, len(out)))
        published = anchor.isoformat()
    elif d.has_year and d.written_date is not None:
        published = d.written_date.isoformat()
    headline: str | None = None
    if draw(st.booleans()):
        headline = f"{places[0]} council backs new plan for {draw(st.sampled_from(_OBJECTS))}"
        at = put(headline)
        noise.append(Spanned(headline, at, len(out)))
    byline_names: tuple[str, ...] = ()
    if draw(st.booleans()):
        byline_names = tuple(bylines if draw(st.booleans()) else [*bylines, photographers[1]])
        at = put("By " + " and ".join(byline_names))
        noise.append(Spanned(out.text[at:], at, len(out)))
    for photographer in photographers[: draw(st.integers(0, 2))]:
        text, caption = draw(captions(places[:3], photographer))
        at = put(text)
        captions_found.append(caption.shift(at))
        noise.append(Spanned(text, at, len(out)))

    # body
    plan = draw(_body_plan(people, others))
    last_frame: dict[str, str] = {}
    last_speaker: dict[str, Spanned] = {}
    paragraphs: list[Spanned] = []
    dateline: ExpectedDateline | None = None
    for index, item in enumerate(plan):
        if len(out):
            out.add("\n\n")
        if index == 0:
            dateline_span = out.add(d.text)
            dateline = replace(
                _expected_dateline(d, anchor), start=dateline_span.start, end=dateline_span.end
            )
            noise.append(dateline_span)
        at = len(out)
        if item.kind == "noise":
            text, truth = draw(noise_paragraphs(places[:3], style))
        elif item.kind == "continuation":
            assert isinstance(item.person, Person)
            if last_frame.get(item.person.name) not in _DIRECT_FRAMES:
                # nothing to continue: write an ordinary surname paragraph instead
                item = _Plan("quote", item.person, SURNAME)
            else:
                local = _Writer()
                local.add(style.open)
                content = local.add(draw(_direct_content(style)) + ".")
                local.add(style.close)
                governing = last_speaker[item.person.name]
                quote = ExpectedQuote(
                    content.shift(at), "direct", governing, None, item.person.name
                )
                text, truth = local.text, ParagraphTruth()
                quotes.append(quote)
                paragraphs.append(out.add(text))
                last_frame[item.person.name] = "continuation"
                continue
        if item.kind == "quote" and isinstance(item.person, Party):
            text, truth, _ = draw(_quote_paragraph_for(_Speaker(item.person, PARTY), style))
            for quote in truth.quotes:
                kinds[quote.source] = (item.person.kind, None)
        elif item.kind == "quote":
            assert isinstance(item.person, Person)
            text, truth, frame = draw(_quote_paragraph_for(_Speaker(item.person, item.form), style))
            last_frame[item.person.name] = frame
            for quote in truth.quotes:
                last_speaker[item.person.name] = quote.speaker.shift(at)
        out.add(text)
        paragraphs.extend(_paragraphs_of(text, at))
        shifted = truth.shift(at)
        quotes.extend(shifted.quotes)
        noise.extend(shifted.noise)
    assert dateline is not None

    if draw(st.booleans()):
        trailer = f"(Reporting by {photographers[0]}; Editing by {bylines[0]})"
        at = put(trailer)
        noise.append(Spanned(trailer, at, len(out)))

    text = out.text
    quotes.sort(key=lambda q: q.content.start)
    return text, ExpectedArticle(
        reference_date=anchor if mode == "reference" else None,
        published=published,
        headline=headline,
        bylines=byline_names,
        dateline=dateline,
        captions=tuple(captions_found),
        quotes=tuple(quotes),
        sources=_sources_of(quotes, kinds),
        noise=tuple(noise),
        paragraphs=tuple(paragraphs),
    )


def _paragraphs_of(text: str, offset: int) -> list[Spanned]:
    found = []
    start = 0
    for piece in text.split("\n\n"):
        found.append(Spanned(piece, offset + start, offset + start + len(piece)))
        start += len(piece) + 2
    return found


def _sources_of(
    quotes: Sequence[ExpectedQuote], kinds: dict[str, tuple[str, str | None]]
) -> tuple[ExpectedSource, ...]:
    mentions: dict[str, dict[tuple[int, int], Spanned]] = {}
    for quote in quotes:
        mentions.setdefault(quote.source, {})[(quote.speaker.start, quote.speaker.end)] = (
            quote.speaker
        )
    sources = []
    for name, found in mentions.items():
        kind, title = kinds[name]
        ordered = tuple(found[key] for key in sorted(found))
        sources.append(ExpectedSource(name, kind, title, ordered))
    sources.sort(key=lambda s: s.mentions[0].start)
    return tuple(sources)


# ---------------------------------------------------------------------------
# Text biased toward news punctuation (for invariants on any input)
# ---------------------------------------------------------------------------

_NEWS_TOKENS = (
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "-",
    "--",
    "—",
    "–",
    " - ",
    " -- ",
    " — ",
    "(",
    ")",
    "[",
    "]",
    "/",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\n\r\n",
    "  ",
    "\t",
    "\u00a0",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "...",
    "…",
    " ",
    " ",
    " ",
    " ",
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "according to",
    "said that",
    "adding that",
    "he",
    "she",
    "they",
    "He",
    "She",
    "They",
    "it",
    "the official",
    "officials",
    "critics",
    "Mr.",
    "Sen.",
    "Dr.",
    "Finance Minister",
    "the minister",
    "a spokesperson",
    "(AP)",
    "(Reuters)",
    "(AFP)",
    "(Bloomberg)",
    "(Xinhua)",
    "(UPI)",
    "/PRNewswire/",
    "(BUSINESS WIRE)",
    "Reuters",
    "AP",
    "Bloomberg",
    "Reuter",
    "Photographer:",
    "(AP Photo/",
    "REUTERS/",
    "(Photo by ",
    "/Getty Images)",
    "AFP PHOTO / ",
    "By ",
    "(Reporting by ",
    "date 2024-11-11",
    "Nov. 11",
    "Feb 26",
    "2024",
    "Jan.",
    "Dec 31",
    "LONDON",
    "WASHINGTON",
    "PARIS,",
    "Kovalin",
    "Zerama",
    "Ana",
    "Tukzo",
    "Brazenka",
    "FILE - ",
    "that",
    "who asked not to be identified",
    "declined to comment",
)


@st.composite
def news_text(draw: st.DrawFn, max_tokens: int = 80) -> str:
    """Random text made of news punctuation, cue words, capitalised words,
    agency markers and line breaks, with some arbitrary characters mixed in."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(_NEWS_TOKENS),
                st.sampled_from(_NEWS_TOKENS),
                st.sampled_from(_NEWS_TOKENS),
                st.text(max_size=3),
                invented_words(1, 2),
            ),
            max_size=max_tokens,
        )
    )
    return "".join(pieces)

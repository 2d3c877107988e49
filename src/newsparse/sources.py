"""Sources: speaker mentions merged into the distinct sources behind them.

Each speaker mention is read as one of: a *name* (``US President Joe
Biden``: title ``US President``, name ``Joe Biden``; or an organisation or
outlet), a *pronoun* (``he``, ``they``, ``it``; the relative ``who``), or a
*description* (``senior government officials``, ``the letter``,
``critics``) whose head noun gives its kind. Mentions are then resolved in
text order (see ``docs/sources.md``):

- a surname or full name joins the person with that surname;
- ``he``/``she`` join the nearest earlier person (a person named just before
  in the text becomes a source when no speaker fits; a place or body after
  ``at``/``in``/``to`` ... or ending in ``Heights``, ``General`` ... is no
  person);
- ``they`` the nearest earlier plural: a group, plural anonymous source or
  organisation; ``it`` the nearest earlier organisation or document;
- ``who`` the phrase it relates to (``Smith, who said ...``);
- a description joins an earlier source of the same kind with the same head
  noun (``senior government officials`` ... ``one official`` ... ``the
  official``); a role noun (``the minister``) joins the one person holding
  that title; an organisation's trade (``the airline``, ``the company``)
  joins the organisation in play.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from newsparse._state import ParseState
from newsparse.lexicon.agencies import canonical_agency, is_wire_agency
from newsparse.lexicon.cues import CUE_FORMS
from newsparse.lexicon.places import (
    COMPASS_WORDS,
    COUNTRIES,
    MULTIWORD_COUNTRIES,
    REGION_ABBREVIATIONS,
)
from newsparse.lexicon.sources import (
    ANONYMITY_MARKERS,
    ANONYMOUS_HEADS,
    BODY_METONYMS,
    BODY_SHORT_FORMS,
    BUSINESS_NAME_WORDS,
    CLUB_NAME_ENDS,
    CLUB_NAME_OPENERS,
    COMPANY_DESCRIPTION_NOUNS,
    COMPOUND_INDUSTRY_ENDS,
    CORPORATE_SUFFIXES,
    DESCRIPTION_NOUNS,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    HONORIFIC_TITLES,
    INDUSTRY_NAME_WORDS,
    LEGAL_FORMS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEMBER_PLURALS,
    NATION_BODY_WORDS,
    NATION_NAME_ENDS,
    NEWS_VERBS,
    ORGANIZATION_HEADS,
    ORGANIZATION_ROLE_NOUNS,
    ORGANIZATION_SUFFIXES,
    ORGANIZATION_WORDS,
    PARTY_MEMBER_NOUNS,
    PLACE_WORDS,
    PRIVY_WORDS,
    REGION_NAME_ENDS,
    ROLE_HEADS,
    SEAT_METONYMS,
    STAFF_BODIES,
    TITLE_COMPLEMENT_WORDS,
    TITLE_ROLE_NOUNS,
    TITLE_WORDS,
)
from newsparse.lexicon.words import (
    AUXILIARIES,
    DETERMINERS,
    ED_ADJECTIVES,
    SHARE_WORDS,
    is_partitive_head,
    is_past_verb,
)
from newsparse.model import BlockKind, Mention, Quote, QuoteKind, Source, SourceKind, Span
from newsparse.sentences import ABBREVIATIONS

__all__ = ["source_stage"]

_WORD = re.compile(r"[^\W_][\w’'.\-]*")
_HONORIFICS = frozenset(
    {
        "mr.",
        "mrs.",
        "ms.",
        "miss",
        "mr",
        "mrs",
        "ms",
        "dr.",
        "dr",
        "shri",
        "smt.",
        "smt",
        "shrimati",
    }
)
_NAME_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "al", "bin", "el", "la", "le", "ibn", "bint", "del"}
    # the Portuguese contracted particles: "Marina dos Santos"
    | {"dos", "das"}
)
_SUFFIXES = frozenset({"jr.", "sr.", "ii", "iii", "iv", "jr", "sr"})
_HE_SHE = frozenset({"he", "she", "him", "her", "i"})
_GENDERED = {
    "he": "he",
    "him": "he",
    "his": "he",
    "mr.": "he",
    "mr": "he",
    "she": "she",
    "her": "she",
    "mrs.": "she",
    "mrs": "she",
    "ms.": "she",
    "ms": "she",
    "miss": "she",
    # Indian English honorifics: "Shri" (Mr), "Smt." (Mrs)
    "shri": "he",
    "smt.": "she",
    "smt": "she",
    "shrimati": "she",
}
_THEY = frozenset({"they", "them", "we"})
# the pronouns a source may be read as
_PRONOUNS = _HE_SHE | _THEY | {"it"}
_NOT_NAME = DETERMINERS | frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "but",
        "and",
        "if",
        "when",
        "while",
        "after",
        "before",
        "as",
        "by",
        "from",
        "with",
        "to",
        "of",
        "still",
        "however",
        "meanwhile",
        "also",
        "said",
        "says",
        "then",
        "yet",
        "so",
        "because",
        "though",
        "although",
        "since",
        "during",
    ]
)
_APPOSITIVE = re.compile(
    # (up to 170 characters: "director of the University of Minnesota's
    # Center for Infectious Disease Research and Policy", Xinhua's "a member
    # of the Political Bureau of the ... Central Committee and director of
    # the Office of the Central Foreign Affairs Commission")
    r",\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?P<title>[^,.;:\"“”()\d]{2,170}?)\s*"
    # a colon before the quotation closes a release's speaker-first
    # appositive: "Dev Khatri, CEO of Brixel: “...”"
    r"(?:,|\.|;|$|:(?=\s*(?:[\"“]|$)))"
)
# "Jim Ross, a machinist who has worked at the plant for 20 years, said":
# the role before a relative clause, whatever the clause holds (a number)
_APPOSITIVE_WHO = re.compile(
    r",\s+(?:the|a|an|his|her|its|their|our)\s+(?P<title>[^,.;:\"“”()\d]{2,60}?)\s+who\s"
)
# "Delacroix, chief executive since 2019, said": the role without the time
# it has been held
_APPOSITIVE_SINCE = re.compile(
    r",\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?P<title>[^,.;:\"“”()\d]{2,90}?)"
    r"\s+(?:since|until)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s*(?:,|\.|;|$)"
)
# ", Ph.D.," / ", M.D.," / ", CFA," after a name: an academic or professional degree,
# no role; the appositive after it is read instead
_DEGREE = re.compile(
    r",\s+(?:Ph\.\s?D|M\.\s?D|J\.\s?D|D\.\s?O|R\.\s?N|M\.\s?B\.\s?A|M\.\s?P\.\s?H|D\.\s?Phil"
    r"|Ed\.\s?D|Pharm\.\s?D|PhD|MD|MBA|MPH|DPhil|DVM|RN|CPA|Esq"
    # professional charters of finance and mining releases: ", CFA,",
    # ", P.Geo.,", ", P.Eng.,"
    r"|CFA|CFP|CAIA|FCPA|P\.\s?Geo|P\.\s?Eng"
    # a generational suffix set off by commas: ", Jr., CEO of ..."
    r"|Jr|Sr|III)\.?(?=,)"
)
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s+[A-Z]?[a-z]|,|['’]s\b)")
# a doctorate's points before the noun it qualifies ("a Ph.D. candidate")
_DEGREE_IN_ROLE = re.compile(r"\b(?:Ph|Ed|Psy|Pharm)\.[ ]?D\.(?=[ \u00a0]+[a-z])")
# "(D-Ore.)", "(D-Millbrook Falls)"; a company's tickers on two exchanges,
# "(TSXV: SLC) (OTCQB: SLCRF)", go together
_PAREN_TAG = re.compile(r"(?:\s*\([^()]{1,24}\))+\s*$")
_WHICH = re.compile(r",?\s+which\s")
# ", 58," / ", the finance minister," / ", a spokeswoman for ...": what a
# person's appositive looks like
_AGE_APPOSITIVE = re.compile(r",\s+\d{1,3}(?:,|[.;]?\s*$|[.;]\s)")
_AGE = re.compile(r"\d{1,3}-year-old")
_AGE_ADJECTIVE = re.compile(r"(?<=\s)\d{1,3}-year-old(?=\s+[a-z])")
# an appositive after a name opened by a capitalised owner ("Ferro, Denver's
# leading scorer,")
_OWNER_APPOSITIVE = re.compile(r",\s+[A-Z][\w.]{0,30}(?:'s|’s)\s+([^,;.]{1,60})")
# a bare role heading a body, set off after a name (", head of the CGIL,"):
# a person's appositive, as wire copy drops the article
_BARE_HEAD_OF = re.compile(
    r",\s+(?:head|leader|chief|president|chairman|chairwoman|secretary-general|founder)"
    r"\s+of\s+(?:the\s+)?[A-Z]"
)
# (a point may close an initial inside it: "the U.N. spokesman")
_ARTICLE_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|his|her|its|their|our)\s+((?:[^,;.]|(?<=\b[A-Z])\.){1,80})"
)
#: Sources are merged within the most recent ones only: articles name far
#: fewer, and the bound keeps the stage linear on any input.
_WINDOW = 64

# organisation names tried for a short mention: the fuller name is written
# early, and a bound keeps many same-word names linear
_MAX_FULLER_CANDIDATES = 64
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
_LEADING_THE = re.compile(r"(?i:the)\s+")
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
_GENERIC_ORGS = frozenset(
    {"company", "firm", "group", "organization", "organisation", "business", "pac"}
)
_COMMON_HEADS = (
    GROUP_HEADS | ANONYMOUS_HEADS | DOCUMENT_HEADS | MEDIA_HEADS | ORGANIZATION_HEADS | ROLE_HEADS
)


@attrs.define
class _Entity:
    kind: SourceKind
    name: str
    key: str  # surname for persons, head noun for descriptions, normalised name otherwise
    title: str | None = None
    plural: bool = False
    mentions: dict[int, Mention] = attrs.field(factory=dict)  # by start offset
    last: int = -1
    name_span: Span | None = None
    gender: str | None = None  # "he" or "she", once a mention tells
    # what the text around the mentions tells (``_read_around``): the
    # mentions not read yet, the ages written after the name ("Ana Ruiz,
    # 31,") and the roles set off beside it ("His niece, Mara Colby,")
    unread: list[Mention] = attrs.field(factory=list)
    ages: set[int] = attrs.field(factory=set)
    roles: list[tuple[str, str]] = attrs.field(factory=list)  # (role, phrase)
    # the genders of the ``he``/``she`` joined: never both in one source
    pronouns: set[str] = attrs.field(factory=set)

    def add(self, mention: Mention) -> None:
        named = self.name_span
        if (
            named is not None
            and mention.span.start < named.start
            and named.end <= mention.span.end
            and named.start in self.mentions
        ):
            # "Rasa Petrauskiene", taken from the story for an earlier
            # mention, inside the speaker mention "Opposition leader Rasa
            # Petrauskiene": one mention
            del self.mentions[named.start]
            if self.last == named.start:
                self.last = max(self.mentions, default=-1)
        if mention.span.start not in self.mentions:
            self.mentions[mention.span.start] = mention
            self.unread.append(mention)
            if mention.text.lower() in ("he", "she"):
                self.pronouns.add(mention.text.lower())
        self.last = max(self.last, mention.span.start)
        if self.kind is SourceKind.PERSON and len(mention.text.split()) > 1:
            # "Mr. Voigt", "Ms. Rourke": the honorific is the writer's word,
            # surer than any pronoun taken for the person
            self.gender = _gender(mention.text) or self.gender

    def learn_gender(self, mention: Mention, text: str, names: _NameIndex) -> None:
        """A ``he``/``she`` tells this person's gender when the last name
        written before it, in the same paragraph, is this person's, no
        pronoun between: a pronoun taken from further off may be wrong, and
        would mislead the rest."""
        gender = _gender(mention.text)
        if gender is None or self.gender is not None or self.kind is not SourceKind.PERSON:
            return
        if 0 <= self.last < mention.span.start:
            last = self.mentions[self.last]  # mentions come in text order: no scan
        else:
            earlier = [m for k, m in self.mentions.items() if k < mention.span.start]
            if not earlier:
                return
            last = max(earlier, key=lambda m: m.span.start)
        if _gender(last.text) is not None or "\n" in text[last.span.end : mention.span.start]:
            return
        named = names.name_before(mention.span.start, frozenset({self.key}))
        if named is not None and named[1].overlaps(last.span):
            self.gender = gender


def _gender(mention: str) -> str | None:
    """``he``/``she`` as a mention tells it: the pronoun itself, or an
    honorific (``Mr. Voigt``, ``Ms. Rourke``)."""
    words = mention.lower().split()
    if len(words) == 1:
        return _GENDERED.get(words[0])
    # an honorific before a name; not a possessive ("his wife")
    return _GENDERED.get(words[0]) if words and words[0] in _HONORIFICS else None


@attrs.frozen
class _Reading:
    """What one speaker mention says about its source."""

    form: str  # name | pronoun | relative | description
    kind: SourceKind
    key: str
    name: str
    title: str | None
    plural: bool
    name_span: Span | None


def source_stage(state: ParseState) -> None:
    """Merge speaker mentions into sources and point every quote at one."""
    text = state.text
    speakers = sorted(
        {(q.speaker.span.start, q.speaker.span.end) for q in state.quotes if q.speaker},
    )
    if not speakers:
        state.sources = []  # no one speaks: no source, and no index of names to build
        return
    entities: list[_Entity] = []
    names = _NameIndex(_without_trailers(text, state))
    names.headlines = [b.span for b in state.blocks if b.kind is BlockKind.HEADLINE]
    names.set_reports(
        (
            Span(q.cue.span.end, q.span.end)
            if q.cue is not None and q.cue.span.end <= q.span.start
            else q.span,
            q.speaker.span.start,
        )
        for q in state.quotes
        if q.kind is QuoteKind.INDIRECT and q.speaker is not None
    )
    by_span: dict[tuple[int, int], _Entity] = {}
    reporting = {
        (q.speaker.span.start, q.speaker.span.end)
        for q in state.quotes
        if q.speaker and q.cue and q.cue.text.lower() in {"reported", "reports", "reporting"}
    }
    for start, end in speakers:
        mention = Mention(text[start:end], Span(start, end))
        entity = _resolve(text, mention, entities, names)
        if (
            entity is not None
            and (start, end) in reporting
            and entity.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON)
            and entity.title is None
            and len(entity.mentions) == 0
            and not _company_name(entity.name)
            and not _research_body(entity.name)
            # "Redfin reported. Rents have fallen, the company said": a body
            # the text then calls a company or a firm is no outlet
            and _COMPANY_AFTER.search(text, end, end + 300) is None
        ):
            entity.kind = SourceKind.MEDIA  # "El Observador de Madrid reported"
            entity.name = _drop_the(entity.name)
        if entity is not None:
            entity.learn_gender(mention, text, names)
            entity.add(mention)
            by_span[(start, end)] = entity
    joined = _join_headline_titles(entities, names)
    joined.update(_join_delayed_roles(entities))
    if joined:
        by_span = {k: joined.get(id(e), e) for k, e in by_span.items()}
    ordered = sorted((e for e in entities if e.mentions), key=lambda e: min(e.mentions))
    index = {id(e): i for i, e in enumerate(ordered)}
    state.sources = [
        Source(
            name=e.name,
            kind=_source_kind(e),
            title=e.title,
            mentions=tuple(e.mentions[k] for k in sorted(e.mentions)),
        )
        for e in ordered
    ]
    for i, quote in enumerate(state.quotes):
        if quote.speaker is None:
            continue
        entity = by_span.get((quote.speaker.span.start, quote.speaker.span.end))
        if entity is not None:
            # ``attrs.evolve`` without its look-up of the fields by name
            state.quotes[i] = Quote(
                quote.text, quote.span, quote.kind, quote.speaker, quote.cue, index[id(entity)]
            )


def _join_headline_titles(entities: list[_Entity], names: _NameIndex) -> dict[int, _Entity]:
    """``Sheriff: Deputy acted within policy`` over ``Sheriff Ana Ruiz
    said``, ``Coach says Hawks ...`` over ``Hawks coach Lenny Abara``: a
    headline speaker that is a title alone joins the one person of the story
    holding it. The headline comes first, so this is done once all are
    resolved; the merged sources by ``id`` of the source they joined."""
    joined: dict[int, _Entity] = {}
    if not names.headlines:
        return joined
    titled = [
        e
        for e in entities
        if e.kind is SourceKind.PERSON
        and e.title
        and not all(names.in_headline(k) for k in e.mentions)
    ]
    if not titled:
        return joined
    for entity in _untitled_people(entities):
        if not all(names.in_headline(k) for k in entity.mentions):
            continue
        words = _drop_the(entity.name).split()
        all_lower = all(w.islower() for w in words)
        if not 1 <= len(words) <= 3 or (
            not all_lower
            and (
                not all(w[:1].isupper() for w in words[:-1])
                or not (words[-1][:1].isupper() or len(words) > 1)
            )
        ):
            # a title as headlines write it: "Sheriff", "Police Chief", "Kelby
            # chief", and in sentence case "mayor says", "police chief says"
            continue
        role = words[-1].lower()
        if role not in _ROLE_NOUNS and role not in TITLE_WORDS:
            continue
        spelt = _SPELT_TITLES.get(role)
        holders = [
            e
            for e in titled
            if e.title
            and (
                _holds(e.title, role, words[:-1])
                # "Zentrix CEO says" over "Zentrix Chief Executive Dana Holt"
                or (spelt is not None and _holds(e.title, spelt[1], [*words[:-1], spelt[0]]))
            )
        ]
        if len(holders) == 1:
            _join_into(entity, holders[0], joined)
    return joined


def _untitled_people(entities: list[_Entity]) -> Iterator[_Entity]:
    """The person and anonymous sources with mentions and no title: the
    role-only references the joiners look to join to a titled person."""
    for entity in entities:
        if (
            entity.kind in (SourceKind.PERSON, SourceKind.ANONYMOUS)
            and not entity.title
            and entity.mentions
        ):
            yield entity


def _join_into(entity: _Entity, holder: _Entity, joined: dict[int, _Entity]) -> None:
    """Move ``entity``'s mentions to ``holder`` and record the join."""
    for mention in entity.mentions.values():
        holder.add(mention)
    entity.mentions = {}
    joined[id(entity)] = holder


# a place's possessive before a role in lower case, as a lede names someone
# whose name the next paragraph gives: "Argentina's economy minister"
_PLACE_ROLE = re.compile(
    r"(?:(?:[A-Z][\w\-]*[ \u00a0]+){0,2}[A-Z][\w\-]*"
    r"|[Tt]he[ \u00a0]+(?:city|state|county|town|village|district))[’']s[ \u00a0]+"
    r"((?:[a-z][\w\-]*[ \u00a0]+){0,2}[a-z][\w\-]*)"
)
# a US state's "top election(s) official" is its secretary of state (AP
# style names the office after the role in the lede)
_ELECTION_OFFICIAL = ("top", "election", "official")


# AP and Reuters' court lede, which names the judge in the next paragraph:
# "A federal judge", "A U.S. judge in Manhattan", "A Delaware judge", "A
# state appeals court judge"
_COURT_LEDE = re.compile(
    r"[Aa][ \u00a0]+(?:(?:federal|state|U\.S\.|US|appeals|appellate|district|circuit|county"
    r"|superior|bankruptcy|trial|court|[A-Z][a-z]+)[ \u00a0]+){0,4}judge"
    r"(?:[ \u00a0]+in[ \u00a0]+(?:[A-Z][\w.]*[ \u00a0]*){1,3})?"
)


def _join_delayed_roles(entities: list[_Entity]) -> dict[int, _Entity]:
    """``Argentina's economy minister said ...`` over ``Economy Minister
    Luis Caputti told ...`` a paragraph later: the wire's delayed
    identification names the role first and the person after; the role
    with a place's possessive joins the one person written later whose
    title holds all its words. The person comes later, so this is done once
    all are resolved; the merged sources by ``id`` of the source they
    joined."""
    joined: dict[int, _Entity] = {}
    titled = [e for e in entities if e.kind is SourceKind.PERSON and e.title and e.mentions]
    if not titled:
        return joined
    for entity in _untitled_people(entities):
        if entity.plural:
            continue
        found = _PLACE_ROLE.fullmatch(entity.name)
        if found is None and _COURT_LEDE.fullmatch(entity.name):
            # "A federal judge in Texas ruled ..." over "U.S. District Judge
            # Reed Connell wrote": the court lede's judge, named next
            first = min(entity.mentions)
            judges = [
                e
                for e in titled
                if e.title and min(e.mentions) > first and "judge" in e.title.lower().split()
            ]
            if len(judges) == 1:
                _join_into(entity, judges[0], joined)
            continue
        if found is None:
            continue
        words = found.group(1).split()
        first = min(entity.mentions)
        if tuple(w.replace("elections", "election") for w in words) == _ELECTION_OFFICIAL:
            # "Georgia's top election official said ... Secretary of State
            # Paul Renner told reporters": the state's secretary of state
            holders = [
                e
                for e in titled
                if e.title
                and min(e.mentions) > first
                and "secretary of state" in e.title.lower()
            ]
            if len(holders) == 1:
                _join_into(entity, holders[0], joined)
            continue
        if words[-1] not in _ROLE_NOUNS and words[-1] not in TITLE_WORDS:
            continue
        holders = [
            e
            for e in titled
            if e.title
            and min(e.mentions) > first
            and _holds(e.title, words[-1], [])
            and all(w in e.title.lower().split() for w in words[:-1] if w != "top")
        ]
        if not holders:
            # "The city's police commissioner said ... Commissioner Alan
            # Reddick said": a title that is the bare role holds it
            holders = [
                e
                for e in titled
                if e.title and min(e.mentions) > first and e.title.lower() == words[-1]
            ]
        if len(holders) == 1:
            _join_into(entity, holders[0], joined)
    return joined


# a chief's title headlines abbreviate, as the body spells it: its
# modifier and its head ("CEO": "Chief Executive (Officer)")
_SPELT_TITLES = {
    "ceo": ("chief", "executive"),
    "cfo": ("chief", "financial"),
    "coo": ("chief", "operating"),
    "cto": ("chief", "technology"),
}


def _span_order(span: Span) -> tuple[int, int]:
    return (span.start, span.end)


def _without_trailers(text: str, state: ParseState) -> str:
    """``text`` with its trailers (credits, a press release's ``About X``
    header), its captions' photo credits, its bylines and its dateline
    blanked out, offsets kept: they name no one who speaks, so the name
    index must not read ``About Veltrona`` as a fuller name, nor ``PORT
    ELLIS``, ``REUTERS/Ben Curtis`` or ``By Ruth Amone`` as the person a
    later ``she`` means. The line breaks between blocks become ``\r``: a
    single line break joins the words of a wrapped name (``Corbin\nHale``),
    but not a headline's last word to the next block's first."""
    blanks = [(t.span, " ") for t in state.trailers]
    blanks += [(c.credit.span, " ") for c in state.captions if c.credit is not None]
    blanks += [(b.span, " ") for b in state.blocks if b.kind is BlockKind.BYLINE]
    if state.dateline is not None:
        blanks.append((state.dateline.span, " "))
    # by the offsets: attrs' generated ``Span.__lt__`` builds two tuples per
    # comparison (this sort was 6% of the stage under the profiler)
    blocks = sorted((b.span for b in state.blocks), key=_span_order)
    for before, after in itertools.pairwise(blocks):
        if before.end < after.start and "\n" in text[before.end : after.start]:
            blanks.append((Span(before.end, after.start), "\r"))
    if not blanks:
        return text
    pieces: list[str] = []
    at = 0
    for span, fill in sorted(blanks, key=lambda b: b[0].start):
        if span.start < at:
            continue
        pieces += [text[at : span.start], fill * (span.end - span.start)]
        at = span.end
    pieces.append(text[at:])
    return "".join(pieces)


# ------------------------------------------------------------- resolution


# "the PAC", "The super PAC": a political action committee's re-mention
_THE_PAC = re.compile(r"[Tt]he\s+(?:super\s+)?PAC")


# ``The`` and an office capitalised: "The Secretary-General", "The President"
_HOLY_FATHER = re.compile(r"[Tt]he[ \u00a0]+Holy[ \u00a0]+Father")
# a peer's rank alone after "the" ("the duchess", "The Earl")
_THE_PEER_RANK = re.compile(
    r"[Tt]he[ \u00a0]+(duke|duchess|earl|countess|marquess|marchioness|prince|princess"
    r"|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Prince|Princess)"
)
_THE_CAPITAL_ROLE = re.compile(r"[Tt]he[ \u00a0]+((?:Secretary-General|[A-Z][a-z]+))")


def _resolve(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    reading = _read(text, mention, names)
    if reading.form == "pronoun":
        return _antecedent(text, mention, reading, entities, names)
    if reading.form == "relative":
        return _relative_antecedent(text, mention, entities, names)
    recent = entities[-_WINDOW:]
    if reading.kind is SourceKind.ORGANIZATION and reading.form == "name":
        single = mention.text.strip()
        if " " not in single and single[:1].isupper() and not single.isupper():
            for entity in reversed(entities):
                if entity.kind is SourceKind.PERSON and entity.name == single:
                    # "Chief Minister Siddaramaiah said ... Siddaramaiah
                    # said", "Prince Edmund ... Edmund added": a mononym or
                    # a royal's given name, already a person's whole name,
                    # is that person written again, never a body
                    return entity
    if (
        reading.kind is SourceKind.MEDIA
        and reading.key == "paper"
        and not any(
            e.kind is SourceKind.MEDIA
            or (e.name.lower().rsplit(None, 1) or [""])[-1] in _NEWSPAPER_WORDS
            for e in recent
        )
        and _science_copy(text, names)
    ):
        # "The paper estimates ...": in a story about a study, the study's
        # paper (a document), not a newspaper; the study in play, if any
        for entity in reversed(recent):
            if entity.kind is SourceKind.DOCUMENT and entity.key in {"study", "paper"}:
                return entity
        reading = _Reading(
            "description", SourceKind.DOCUMENT, "paper", mention.text, None, False, None
        )
    if (
        reading.kind is SourceKind.ORGANIZATION
        and reading.form == "description"
        and reading.key == "team"
        and _science_copy(text, names)
    ):
        # "The team wrote", "the research team": in a story about a study,
        # the researchers, an unnamed collective (a group), as "the
        # researchers" are; a sports team stays a body
        reading = attrs.evolve(reading, kind=SourceKind.GROUP)
    epithet = _epithet(mention.text)
    if (
        epithet is not None
        and epithet.head in _PERFORMER_NOUNS
        and any(span.end <= mention.span.start for span, _ in names.job_holders(epithet.head))
    ):
        # someone written with the noun ("Corinne Vale, a country singer,"):
        # the job's holders decide (_job_written_with), not who is in play
        epithet = None
    if epithet is not None:
        # "the 19-year-old", "the Brazilian": the person in play, whatever
        # kind the words alone read as
        found = _epithet_antecedent(text, mention, epithet, reading, entities, names)
        if found is not None:
            return found
        if epithet.demonym:
            # no one in play: an unnamed person, never a body ("Brazilian")
            reading = _Reading(
                "description", SourceKind.ANONYMOUS, epithet.head, mention.text, None, False, None
            )
    if reading.form == "name" and _DEFINED_COMPANY.fullmatch(mention.text.strip()):
        # a press release's defined term, "(the "Company")" ... "The Company
        # said": the company, as "the company" is
        reading = _Reading(
            "description", SourceKind.ORGANIZATION, "company", mention.text, None, False, None
        )
    if reading.kind is SourceKind.ORGANIZATION and reading.form == "name":
        defined = _defined_term_holder(text, mention)
        if defined is not None:
            # 'Northgate Bancorp, Inc. (the "Bank") ... The Bank said': a
            # press release's defined term stands for the name it follows
            name, span = defined
            key = _organization(name).key
            for entity in reversed(entities):
                if entity.kind is SourceKind.ORGANIZATION and entity.key == key:
                    return entity
            entity = _new(attrs.evolve(_organization(name), name_span=span))
            entity.add(Mention(text[span.start : span.end], span))
            entities.append(entity)
            return entity
    if reading.kind is SourceKind.ANONYMOUS and (
        _THE_SOURCES.fullmatch(mention.text.strip())
        # "..., one of the sources said": one of that same group speaks
        or _ONE_OF_THE_SOURCES.fullmatch(mention.text.strip())
    ):
        # "three people familiar with the matter told Reuters ... the
        # sources said": Reuters' deal copy alternates the two nouns for
        # the one unnamed group (and "two sources ... the people said")
        # (the tabloids' "A royal source said ... The insider added": an
        # insider is a source by another word, as a person is)
        plural = mention.text.strip().lower().endswith(("sources", "people", "insiders"))
        for entity in reversed(recent):
            if (
                entity.kind is SourceKind.ANONYMOUS
                and entity.key in {"person", "source", "insider"}
                and entity.plural == plural
                and mention.span.start - 1500 <= entity.last < mention.span.start
            ):
                return entity
    pair = _pair_antecedent(text, mention, entities, names)
    if pair is not None:
        return pair  # "Ana Ruiz and Tom Vance ... The couple said"
    if _THE_PAC.fullmatch(mention.text.strip()):
        # "Forward Nevada, a Democratic super PAC, said ... The PAC said":
        # the political action committee named before, as "the group" is
        return _trade_antecedent(text, mention, "pac", entities, names)
    if _ONE_OF_THEM.fullmatch(mention.text.strip()):
        # "One of them, a senior administration official, said": one of the
        # people "they" would take
        people = [
            e
            for e in recent
            if e.plural
            and e.kind in (SourceKind.ANONYMOUS, SourceKind.GROUP)
            and mention.span.start - 600 <= e.last < mention.span.start
        ]
        if people:
            return max(people, key=lambda e: e.last)
    party = _party_member(mention.text, reading, recent, text)
    if party is not None:
        return party  # "The Oregon Democrat" after "Sen. Carla Benning, D-Ore.,"
    if _HOLY_FATHER.fullmatch(mention.text.strip()):
        # "Pope Ansel IV spoke Sunday. “...,” the Holy Father said": the
        # Vatican's style for the pope, as "the pontiff" is
        holders = [
            e
            for e in recent
            if e.kind is SourceKind.PERSON
            and e.title
            and e.last < mention.span.start
            and e.title.lower().split()[-1] == "pope"
        ]
        if len(holders) == 1:
            return holders[0]
        titled = names.titled_name_before(mention.span.start, "pontiff", [], frozenset())
        if not holders and titled is not None:
            count = len(entities)
            holder = _resolve(text, titled, entities, names)
            if holder is not None and holder.kind is SourceKind.PERSON:
                holder.add(titled)
                return holder
            del entities[count:]
    bare_rank = _THE_PEER_RANK.fullmatch(mention.text.strip())
    if bare_rank is not None:
        rank = bare_rank.group(1).lower()
        peers = [
            e
            for e in recent
            if e.kind is SourceKind.PERSON
            and e.last < mention.span.start
            and e.name.lower().startswith(rank + " of ")
        ]
        if len(peers) == 1:
            # "The Duchess of Halbury said ... The duchess added": the bare
            # rank is a title-only reference to its one holder in play
            return peers[0]
    capital_role = _THE_CAPITAL_ROLE.fullmatch(mention.text.strip())
    if capital_role is not None:
        role = capital_role.group(1).lower()
        holders = [
            e
            for e in recent
            if e.kind is SourceKind.PERSON
            and e.title
            and e.last < mention.span.start
            # the office is the title's head ("Commission President": no
            # "The Commission")
            and e.title.lower().split()[-1] == role
        ]
        if len(holders) == 1:
            # "Secretary-General Amina Osei said ... The Secretary-General
            # called": the office capitalised, as U.N. releases and Xinhua
            # write it, is its one holder in play
            return holders[0]
    if reading.form == "name":
        political = _political_antecedent(text, mention, reading, entities, names)
        if political is not None:
            return political  # "the Indiana Republican" after "Sen. Harlan Breck"
    if reading.form == "name":
        owned = _OWNED_SURNAME.search(mention.text.strip())
        if owned is not None:
            # "the Fed's Voss", "the BOJ's Akiyama": the body's person in play
            # whose surname it is
            for entity in reversed(recent):
                if (
                    entity.kind is SourceKind.PERSON
                    and " " in entity.name
                    and entity.name.split()[-1] == owned.group(1)
                ):
                    return entity
            if names.fullest_name(owned.group(1).lower()) is not None:
                # the person named in full before, who has not spoken yet
                reading = _Reading(
                    "name",
                    SourceKind.PERSON,
                    owned.group(1).lower(),
                    owned.group(1),
                    None,
                    False,
                    None,
                )
        by_acronym = _acronym_antecedent(text, mention, reading, entities, names)
        if by_acronym is not None:
            return by_acronym
        by_short_form = _short_form_antecedent(text, mention, reading, entities, names)
        if by_short_form is not None:
            return by_short_form  # "the Fed": the Federal Reserve
        by_outlet = _outlet_antecedent(reading, recent)
        if by_outlet is not None:
            return by_outlet  # "the Wall Street Journal reported. The Journal said"
        by_paper = _newspaper_written_before(mention, reading, entities, names)
        if by_paper is not None:
            return by_paper  # "X told The Boston Globe ..., the newspaper reported"
        one_name = _THE_ONE_NAME.fullmatch(mention.text.strip())
        if one_name is not None and reading.kind is SourceKind.ORGANIZATION:
            body = _body_by_last_word(text, mention, one_name.group(1).lower(), entities, names)
            if body is not None:
                return body  # "The European Commission fined ... The Commission said"
        reading = _capitals_surname(mention, names) or reading
        word = mention.text.strip()
        if (
            reading.kind is SourceKind.ORGANIZATION
            and _name_word(word)
            and not word.isupper()
            and names.owner_name(word)
        ):
            # "Pettigrew said" after "Harold Pettigrew's workshop": a person
            reading = _Reading("name", SourceKind.PERSON, word.lower(), word, None, False, None)
        honorific = _gender(mention.text)
        bare = _without_suffix(reading.name) if reading.kind is SourceKind.ORGANIZATION else ""
        for entity in reversed(recent):
            if (
                entity.kind is reading.kind
                and (
                    entity.key == reading.key
                    # "Veltrona Therapeutics, Inc." ... "Veltrona Therapeutics"
                    or (bare != "" and _without_suffix(entity.name) == bare)
                    # "the U.S. Coast Guard" ... "The Coast Guard", "The
                    # Palestinian Red Crescent" ... "The Red Crescent": the
                    # body with its country dropped
                    or (" " in bare and _without_country(entity.name) == bare)
                    # "Russia's Defense Ministry" ... "the Russian Defense
                    # Ministry": a country's possessive and its demonym
                    or (bare != "" and _same_national_body(entity.name, reading.name))
                )
                and (
                    reading.kind is not SourceKind.PERSON
                    or (
                        _same_name(entity.name, reading.name)
                        and not _honorific_clash(entity, honorific)
                        and not _style_clash(entity, mention.text)
                        and not _other_generation(entity, mention.text)
                    )
                )
            ):
                _improve(entity, reading, text)
                return entity
        if (
            reading.kind is SourceKind.PERSON
            and " " not in reading.name
            and mention.text.strip() == reading.name
            and not any(e.kind is SourceKind.PERSON and e.key == reading.key for e in recent)
            and names.fullest_name(reading.key) is None
        ):
            for entity in reversed(recent):
                if entity.kind is SourceKind.ORGANIZATION and entity.name == reading.name:
                    # "Detroit-based Harlow said ... Harlow said": the lone
                    # word is the body of that one-word name in play
                    return entity
        if reading.kind is SourceKind.PERSON and " " not in reading.name:
            for entity in reversed(recent):
                if (
                    entity.kind is SourceKind.PERSON
                    and (
                        reading.name in entity.name.split()
                        # "Zubaidi" after "Khalid al-Zubaidi": without its article
                        or _ARTICLE_PARTICLE.sub("", entity.name.split()[-1].lower())
                        == reading.name.lower()
                    )
                    and not _honorific_clash(entity, honorific)
                    and not _style_clash(entity, mention.text)
                    and not _other_generation(entity, mention.text)
                ):
                    return entity
        if reading.kind is SourceKind.ORGANIZATION and " " not in mention.text.strip():
            # "Al-Harbi" after "Faisal al-Harbi": a lone word is a body only
            # when no person in play has it for a surname
            for entity in reversed(recent):
                if (
                    entity.kind is SourceKind.PERSON
                    and (
                        entity.key == reading.key
                        # "Burhan" after "Abdel Fattah al-Burhan": the
                        # surname without its article
                        or _ARTICLE_PARTICLE.sub("", entity.name.split()[-1].lower()) == reading.key
                    )
                    and " " in entity.name
                ):
                    return entity
        if reading.kind is SourceKind.PERSON and " " in reading.name:
            # "Ahmad Zahid" after "Ahmad Zahid Hamidi": a Malay (patronymic)
            # name is shortened to its given names, the first words of the
            # full name written before
            given = reading.name.split()
            for entity in reversed(recent):
                full = entity.name.split()
                if (
                    entity.kind is SourceKind.PERSON
                    and len(full) > len(given)
                    and full[: len(given)] == given
                    and not _honorific_clash(entity, honorific)
                    and not _style_clash(entity, mention.text)
                    and not _other_generation(entity, mention.text)
                ):
                    return entity
            surname = (
                names.surname_after(tuple(given)) if reading.name == mention.text.strip() else None
            )
            fullest = names.fullest_name(surname.lower()) if surname is not None else None
            if fullest is not None and fullest[0].split()[: len(given)] == given:
                # the full name written before, though not as a speaker
                reading = attrs.evolve(
                    reading,
                    name=fullest[0],
                    key=fullest[0].split()[-1].lower(),
                    name_span=fullest[1],
                    title=reading.title or fullest[2],
                )
                entity = _new(reading)
                if not fullest[1].overlaps(mention.span):
                    entity.add(Mention(text[fullest[1].start : fullest[1].end], fullest[1]))
                entities.append(entity)
                return entity
        if reading.kind is SourceKind.PERSON:
            # not "Darnell Whitcomb" of "Darnell Whitcomb Sr." for "Darnell
            # Whitcomb Jr.": a suffixed name is its own fullest
            fuller = None if _generation(mention.text) else names.fullest_name(reading.key)
            honorific = _gender(mention.text)
            if fuller is not None and any(
                e.kind is SourceKind.PERSON
                and e.name == fuller[0]
                and _honorific_clash(e, honorific)
                for e in recent
            ):
                # "His wife, Ms. Breck," after "Senator Harlan Breck ... Mr.
                # Breck": the full name is the husband's, not hers
                fuller = None
            styled = _style_gender(mention.text)
            if (
                fuller is not None
                and styled is not None
                and _style_gender(text[fuller[1].start : fuller[1].end]) not in (None, styled)
            ):
                # "Lady Bramwell" after "Sir Keir Bramwell", "Mrs Bramwell"
                # after "Mr Keir Bramwell": his wife, not the man named in full
                fuller = None
            if (
                fuller is not None
                and (
                    _same_name(fuller[0], reading.name)
                    # "Sánchez" of "Pedro Sánchez Pérez": the first of two surnames
                    or (" " not in reading.name and reading.name in fuller[0].split()[1:])
                )
            ):
                title = reading.title or fuller[2]
                if (
                    reading.title
                    and fuller[2]
                    and reading.title.split()[0].lower() in PARTY_MEMBER_NOUNS
                    # "Republican state Sen. Clint Moody", "Republican
                    # People's Party (CHP) leader Ozgur Ozelik": the office
                    # is already inside, with its party or body
                    and fuller[2] not in reading.title
                ):
                    # "Sheriff Wade Corliss ... Corliss, a Republican in his
                    # third term, said": a party's member is a description;
                    # the office written before the full name is the title
                    title = fuller[2]
                reading = attrs.evolve(reading, name=fuller[0], name_span=fuller[1], title=title)
            elif fuller is None and " " not in reading.name:
                family = names.family_name_first(reading.name)
                if family is not None:
                    # "Chinese President Xi Jinping met ... Xi told": the
                    # titled name written before, family name first
                    key = family[0].split()[-1].lower()
                    for entity in reversed(recent):
                        if entity.kind is SourceKind.PERSON and entity.name == family[0]:
                            return entity
                    reading = attrs.evolve(
                        reading,
                        name=family[0],
                        key=key,
                        name_span=family[1],
                        title=reading.title or family[2],
                    )
        entity = _new(reading)
        if reading.name_span is not None and not reading.name_span.overlaps(mention.span):
            entity.add(
                Mention(text[reading.name_span.start : reading.name_span.end], reading.name_span)
            )
        entities.append(entity)
        return entity
    # a description
    if _ANOTHER.match(mention.text.strip()):
        # "Another source said", "A second source", "other people familiar
        # with the matter": someone other than the sources in play, never a
        # re-mention of one
        entity = _new(reading)
        entities.append(entity)
        return entity
    if _DISTRICT.fullmatch(mention.text.strip()):
        return _district_antecedent(text, mention, entities, names)
    plural_trade = _THE_COMPANIES.fullmatch(mention.text.strip())
    if plural_trade is not None and _stem(plural_trade.group(1).lower()) in (
        _TRADE_NOUNS | _GENERIC_ORGS
    ):
        for entity in reversed(recent):
            if entity.kind is SourceKind.GROUP and _bodies_together(entity.name):
                return entity  # "Orsova Corp. and Kelby AG said ... The companies said"
            if entity.kind in (SourceKind.GROUP, SourceKind.ORGANIZATION) and _TWO_NAMES.fullmatch(
                entity.name
            ):
                return entity  # "Rell and Sefton said in a joint statement ... The companies"
    if _THE_PANEL.fullmatch(mention.text.strip()):
        for entity in reversed(recent):
            if entity.kind is SourceKind.ORGANIZATION and _panel_body(entity.name):
                return entity  # "The House Oversight Committee said ... The panel said"
    if _THE_CENTRAL_BANK.fullmatch(mention.text.strip()):
        bank = _central_bank_antecedent(text, mention, entities, names)
        if bank is not None:
            return bank  # "The Federal Reserve said ... The central bank said"
    if _THE_WORLD_BODY.fullmatch(mention.text.strip()):
        world = _world_body_antecedent(text, mention, entities, names)
        if world is not None:
            return world  # "The United Nations said ... The world body said"
    if _OWNED_AGENCY.fullmatch(mention.text.strip()):
        # "The U.N. health agency", "the space agency": the wire's second
        # reference for the agency in play, as "the agency" is
        return _trade_antecedent(text, mention, "agency", entities, names)
    named_head = _THE_ONE_NOUN.fullmatch(mention.text.strip()) or _THE_PLACED_NOUN.fullmatch(
        mention.text.strip()
    )
    if named_head is not None and named_head.group(1) not in _ROLE_NOUNS:
        body = _body_by_last_word(text, mention, named_head.group(1), entities, names)
        if body is not None:
            return body  # "The Ohio State Highway Patrol ... The patrol said"
    if _THE_TEAM.fullmatch(mention.text.strip()):
        team = _team_antecedent(text, mention, entities, names)
        if team is not None:
            return team  # "The Mountain Rams placed Mosley on injured reserve. The team said"
    if reading.kind is SourceKind.ORGANIZATION and _THE_MAKER_OF.match(mention.text.strip()):
        # "Kaltern Motors Co. cut its forecast. The maker of Corvid sedans
        # said": Bloomberg's description of the company in play by what it
        # makes
        return _trade_antecedent(text, mention, "maker", entities, names)
    if reading.kind is SourceKind.ORGANIZATION and reading.key in _BAND_NOUNS:
        band = _band_written_before(text, mention, reading.key, entities, names)
        if band is not None:
            return band  # "the rock band Static Saints ... the band said"
    trade = _trade_noun(mention.text)
    if trade is not None and trade not in {"company", "firm"}:  # those: below
        # "The fund said", "the Tulsa-based lender": the organisation in play
        return _trade_antecedent(text, mention, trade, entities, names)
    lower = mention.text.lower().split()
    if (reading.key in ROLE_HEADS and reading.kind is SourceKind.PERSON) or (
        # "the diplomat", "the council member", "the Democrat": a definite
        # noun for one person's job refers back to its holder too
        lower[0] == "the"
        and not reading.plural
        and reading.key in _ROLE_NOUNS
        and reading.kind in (SourceKind.PERSON, SourceKind.ANONYMOUS)
    ):
        if reading.kind is SourceKind.ANONYMOUS:
            for entity in reversed(recent):
                if entity.kind is SourceKind.ANONYMOUS and entity.key == reading.key:
                    return entity  # "senior officials said ... the official added"
        if len(lower) == 2 and lower[0] == "the":
            intro = _indefinite_role_opening_before(text, mention, names, reading.key)
            if intro is not None:
                # "Spokesperson Majed Ansar said ... An Israeli official
                # confirmed the extension. “...,” the official said": the
                # unnamed holder of the noun opening the sentence before,
                # though not yet a speaker, is the nearest antecedent
                count = len(entities)
                holder = _resolve(text, intro, entities, names)
                if (
                    holder is not None
                    and holder.kind is SourceKind.ANONYMOUS
                    and holder.key == reading.key
                ):
                    holder.add(intro)
                    return holder
                del entities[count:]
        modifiers = mention.text.split()[1:-1] if lower[0] == "the" else []
        of_title = _of_title(lower, reading.key)
        if of_title is not None:
            modifiers = mention.text.split()[1 : lower.index("of") - 1]
        holders = [
            e
            for e in recent
            if e.kind is SourceKind.PERSON
            and (e.title or reading.key in PARTY_MEMBER_NOUNS)
            and _holds(e.title or "", reading.key, modifiers, _affiliation(e, text))
            # "the secretary of state": the complement is the holder's title's
            and (of_title is None or of_title in " ".join((e.title or "").lower().split()))
        ]
        if not holders and reading.key in _CLASS_TITLES and lower[0] == "the":
            # "the diplomat" after "Deputy Foreign Minister Sergei Volodin",
            # "the Kremlin official" after "Kremlin Spokesman Dmitry Voronin"
            holders = [
                e
                for e in recent
                if e.kind is SourceKind.PERSON
                and e.title
                and any(_holds(e.title, title, modifiers) for title in _CLASS_TITLES[reading.key])
            ]
        if (
            not holders
            and lower[0] == "the"
            and modifiers
            and all(m.strip(".,").lower() in _STATE_QUALIFIERS for m in modifiers)
        ):
            # "Premier Tom Hallard said ... The NSW Premier said": the state
            # the story is set in qualifies the office its one holder was
            # titled with, no place written (not "Florida Gov." for "the
            # Ohio governor")
            holders = [
                e
                for e in recent
                if e.kind is SourceKind.PERSON
                and e.title
                and not e.plural
                and _holds(e.title, reading.key, [])
                and not any(w.strip(".,").lower() in _STATE_QUALIFIERS for w in e.title.split())
                and not any(w[:1].isupper() and w.lower() != reading.key for w in e.title.split())
            ]
        # not "the president of Judicial Watch", unless the title holds it
        short = len(mention.text.split()) <= 3 or (of_title is not None and bool(holders))
        if len(holders) == 1 and short:
            return holders[0]
        if (
            not holders
            and lower[0] == "the"
            and "former" in lower[1:-1]
            and of_title is None
            and len(lower) <= 5
        ):
            # "Senior Congress leader P Chidambaram said ... The former
            # finance minister said": an office held before is no word of
            # the present title of a party's leader or a legislator; the one
            # such person in play held it
            people = [
                e
                for e in recent
                if e.kind is SourceKind.PERSON
                and e.title
                and e.title.lower().split()[-1].strip(".,") in _HOLDERS_OF_PAST_OFFICES
                and not e.plural
                and not e.key.startswith(("pronoun:", "writer:"))
            ]
            if len(people) == 1 and not reading.plural:
                return people[0]
        for entity in reversed(recent):
            if entity.kind is SourceKind.ANONYMOUS and entity.key == reading.key:
                return entity  # "a federal judge said ... The judge added"
        titled = (
            names.titled_name_before(
                mention.span.start,
                reading.key,
                modifiers,
                frozenset(e.key for e in recent if e.kind is SourceKind.PERSON),
            )
            if not holders and short and mention.text.split()[0].lower() == "the"
            else None
        )
        if (
            titled is None
            and not holders
            and short
            and reading.key in _CLASS_TITLES
            # "the opposition leader": a side no class title holds
            and not any(m.strip(".,").lower() in _SIDE_MODIFIERS for m in modifiers)
        ):
            # "Secretary of State Alden Marsh spoke ... The top diplomat
            # said": the one holder of a title of the class named in passing
            surnames = frozenset(e.key for e in recent if e.kind is SourceKind.PERSON)
            classed = {
                (m.span.start, m.span.end): m
                for t in _CLASS_TITLES[reading.key]
                if (m := names.titled_name_before(mention.span.start, t, [], surnames)) is not None
            }
            if len(classed) == 1 and lower[0] == "the":
                titled = next(iter(classed.values()))
        if titled is not None:
            # "Mayor Renee Castellanos ordered a review. The mayor said":
            # the holder of the title named in passing
            holder = _resolve(text, titled, entities, names)
            if holder is not None and holder.kind is SourceKind.PERSON:
                holder.add(titled)
                return holder
    holder = _role_written_with(text, mention, reading, recent, names)
    if holder is not None:
        return holder  # "His granddaughter, Lacey Vidal, said ... his granddaughter said"
    holder = _job_written_with(text, mention, reading, recent, entities, names)
    if holder is not None:
        return holder  # "Talia Brennock, a pop singer, ... the singer said"
    holder = _described_speaker(text, mention, reading, recent)
    if holder is not None:
        return holder  # "One of them, a senior administration official, ... The official"
    holder = _political_antecedent(text, mention, reading, entities, names)
    if holder is not None:
        return holder  # "The former Ohio governor" after "Republican nominee Harlan Voigt"
    holder = _owned_role_antecedent(mention, recent)
    if holder is not None:
        return holder  # "Russia's top diplomat" after "Russian Foreign Minister Ivan Petrov"
    holder = _gendered_antecedent(text, mention, reading, entities, names)
    if holder is not None:
        return holder  # "One mother, who asked not to be named, said ... the woman said"
    if reading.kind is SourceKind.ORGANIZATION and reading.key in {"company", "firm"}:
        incorporated = [
            e
            for e in recent
            if e.kind is SourceKind.ORGANIZATION
            and e.name.split()
            and e.name.split()[-1].lower() in CORPORATE_SUFFIXES
        ]
        if len(incorporated) == 1:
            return incorporated[0]  # "the company": the one incorporated name in play
        written = None if incorporated else names.incorporated_before(mention.span.start)
        if (
            written is None
            and not incorporated
            and not any(e.kind is SourceKind.ORGANIZATION for e in recent)
        ):
            # "Sefton Labs Inc. is nearing a sale to Rell Corp. ... The
            # company said": of several written, the one the story opens on
            written = names.subject_incorporated(mention.span.start)
        if (
            written is None
            and not incorporated
            and not any(e.kind is SourceKind.ORGANIZATION for e in recent)
        ):
            # "Tessaly Inc. Chief Executive Officer Mark Oduya said ... The
            # company said": the incorporated name in a title in play
            written = _company_in_title(recent)
        if written is not None:
            # "Acme Inc. will build ... The company said": the one incorporated
            # name written so far, though it has not spoken
            name, span = written
            for entity in reversed(recent):
                if entity.kind is SourceKind.ORGANIZATION and entity.key == name.lower():
                    return entity
            entity = _new(attrs.evolve(_organization(name), name_span=span))
            entity.add(Mention(text[span.start : span.end], span))
            entities.append(entity)
            return entity
        company = (
            None
            if incorporated or not _THE_COMPANY.fullmatch(mention.text.strip())
            else names.company_before(mention.span.start)
        )
        # "The National Highway Traffic Safety Administration said ... The
        # company said": a government body is never "the company"
        spoken = [
            e for e in recent if e.kind is SourceKind.ORGANIZATION and not _agency_named(e.name)
        ]
        if company is not None:
            # "Corvanta Biosciences today released ... the company said": the
            # one company name written so far, incorporated or not, when no
            # other organisation has spoken
            name, span = company
            key = _organization(name).key
            for entity in reversed(spoken):
                if entity.key == key:
                    return entity
        if company is not None and not spoken:
            name, span = company
            entity = _new(attrs.evolve(_organization(name), name_span=span))
            entity.add(Mention(text[span.start : span.end], span))
            entities.append(entity)
            return entity
        if company is None and not spoken and _THE_KIND_OF_COMPANY.fullmatch(mention.text.strip()):
            # (and "the social media company": its trade before the noun)
            lone = _lone_company_before(text, mention, entities, names)
            if lone is not None:
                return lone  # "Chirpline is cutting 10% of its staff, the company said"
            listed = _listed_company_before(text, mention.span.start)
            if listed is not None:
                # "Shares of Zentrix (ZTRX.O) fell 5% after the company
                # said": the one name written with a stock ticker
                entity = _new(attrs.evolve(_organization(listed[0]), name_span=listed[1]))
                entity.add(Mention(text[listed[1].start : listed[1].end], listed[1]))
                entities.append(entity)
                return entity
    share = _share(reading.key) and reading.kind is not SourceKind.ORGANIZATION
    one_of = _one_of_group(mention.text, recent)
    if one_of is not None:
        return one_of  # "Three donors said ... One of them said ... the donor said"
    for entity in reversed(recent):
        if (
            share
            and entity.key == reading.key
            and _drop_the(entity.name).lower() != _drop_the(mention.text.strip()).lower()
        ):
            continue  # "48 percent said ...; 44 percent said ...": two sets of people
        if (
            reading.kind is SourceKind.ORGANIZATION
            and entity.kind is SourceKind.ORGANIZATION
            and _same_national_body(entity.name, mention.text.strip())
        ):
            return entity  # "Israel's military said ... The Israeli military said"
        if _owned_apart(mention.text, entity.name) or _owners_apart(mention.text, entity):
            continue  # "The Voigt campaign said ... The Rourke campaign said": two bodies
        if _role_owner_apart(mention.text, mention.span.start, entity, recent, names):
            continue  # "The Pruitt campaign said ... The vice president's campaign said"
        if (
            reading.kind is SourceKind.ORGANIZATION
            and reading.key in {"company", "firm"}
            and _agency_named(entity.name)
        ):
            continue  # "The Federal Aviation Administration said ... the company said"
        if (
            reading.kind is SourceKind.GROUP
            and entity.kind is SourceKind.GROUP
            and _groups_of_other_bodies(mention.text, entity.name)
        ):
            continue  # "Goldvane Bank analysts ... Analysts at Harlow Capital": two groups
        if entity.kind is reading.kind and entity.key == reading.key:
            if _narrower(mention.text, reading, entity):
                continue
            described = _drop_the(mention.text.strip())
            if (
                reading.kind is SourceKind.ORGANIZATION
                and " " not in entity.name
                and len(described) > len(entity.name)
                and described.lower().endswith(" " + entity.name.lower())
            ):
                # "..., military says" (a headline) over "the Israeli
                # military said": the most informative mention names it
                entity.name = described
            return entity
        if (
            reading.kind is SourceKind.ORGANIZATION
            and entity.kind is SourceKind.ORGANIZATION
            and (
                _name_holds(entity.name, mention.text, reading.key)
                # (not "a trade group": an indefinite body is a new one;
                # not "The council's opposition group": the owner's body)
                or (
                    reading.key in _GENERIC_ORGS
                    and not _INDEFINITE_BODY.match(mention.text)
                    and not _OWNED_BODY.match(mention.text.strip())
                )
                or _role_noun_alone(mention.text.lower().split())
                or (reading.key == "party" and _party_body(entity.name, mention.text))
            )
        ):
            return entity
    entity = _new(reading)
    entities.append(entity)
    return entity


def _company_in_title(recent: list[_Entity]) -> tuple[str, Span] | None:
    """The incorporated name that opens the title of the person last in
    play (``Tessaly Inc.`` in ``Tessaly Inc. Chief Executive Officer Mark
    Oduya``), with its span in the mention; None when there is none."""
    for entity in reversed(recent):
        if entity.kind is not SourceKind.PERSON or not entity.title:
            continue
        words = entity.title.split()
        at = next(
            (
                i
                for i, w in enumerate(words)
                if i
                and (
                    w.lower() in CORPORATE_SUFFIXES or w.lower().rstrip(".,") in CORPORATE_SUFFIXES
                )
            ),
            None,
        )
        if at is None or at == len(words) - 1:
            return None
        owner = " ".join(words[: at + 1]).rstrip(",")
        for written in entity.mentions.values():
            found = written.text.find(owner)
            if found >= 0:
                start = written.span.start + found
                return owner, Span(start, start + len(owner))
        return None
    return None


def _one_of_group(raw: str, recent: list[_Entity]) -> _Entity | None:
    """``the donor`` after ``Three Republican donors said ... One of them
    said``: the group of that plural head that one of them already spoke
    for, when it is the last such group in play; None otherwise."""
    words = raw.strip().split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return None
    if not words[1].islower():
        return None
    plural = words[1] + "s"
    for entity in reversed(recent):
        if entity.kind is not SourceKind.GROUP and entity.kind is not SourceKind.ANONYMOUS:
            continue
        if entity.name.lower().split()[-1:] != [plural]:
            continue
        if any(m.text.lower().startswith("one of") for m in entity.mentions.values()):
            return entity
        return None
    return None


# a body named by its owner's possessive: "The council's opposition group",
# "Marlow's investor group"
# (the owner described before: "The Liberal Democrat-run council's
# opposition group")
_OWNED_BODY = re.compile(r"(?:[Tt]he[ \u00a0]+)?(?:[\w.\-]+[ \u00a0]+){0,3}[\w.\-]+[’']s[ \u00a0]")


# a party's governing committee (AP: the DNC, the RNC, "the state party")
_PARTY_COMMITTEE = re.compile(r"\b(?:Democratic|Republican)\b.*\bCommittee\b")


def _party_body(name: str, raw: str) -> bool:
    """Whether ``the party`` (``The state party``) can stand for the body
    ``name``: a party (``Republican Party of Texas``) or a party's national
    or state committee (``Democratic National Committee``), when every
    modifier is ``state``, ``national`` or a word of the name (not ``the
    opposition party`` for the ruling one)."""
    words = name.lower().split()
    if "party" not in words and _PARTY_COMMITTEE.search(name) is None:
        return False
    lower = [w.strip(",") for w in raw.lower().split()]
    if not lower or lower[0] != "the" or lower[-1] != "party":
        return False
    return all(w in {"state", "national"} or w in words for w in lower[1:-1])


# an indefinite article opening a description: someone new to the story
_INDEFINITE_BODY = re.compile(r"[ \u00a0]*[Aa]n?[ \u00a0]")


def _without_suffix(name: str) -> str:
    """An organisation's name in lower case without its corporate suffix and
    the comma before it (``Veltrona Therapeutics, Inc.`` -> ``veltrona
    therapeutics``)."""
    words = name.lower().replace(",", " ").split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


# a body's possessive before a lone capitalised word: ``the Fed's Voss``
_OWNED_SURNAME = re.compile(
    r"^[Tt]he[ \u00a0]+[^ \u00a0]+(?:[ \u00a0]+[^ \u00a0]+){0,3}?[’']s[ \u00a0]+([A-Z][a-z\-]+)$"
)
# the Arabic article before a surname, left off on second reference
_ARTICLE_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar)-(?=\w)")
# a determiner that sets someone apart from the sources in play: ``another
# source``, ``a second source``, ``other people with knowledge of ...``
_ANOTHER = re.compile(
    r"(?:[Aa]nother|[Aa][ \u00a0]+(?:second|third|fourth|fifth|different)"
    r"|(?:[Oo]ne[ \u00a0]+)?[Oo]ther)[ \u00a0]+[a-z]"
)


def _proper_modifiers(raw: str) -> set[str]:
    """The capitalised words before the last word of a description, without
    a leading determiner and a possessive ``'s`` (``Voigt`` in ``The Voigt
    campaign`` and ``Voigt's campaign``), when all of them are."""
    words = raw.split()[:-1]
    if words and words[0].lower() in {"the", "a", "an", "his", "her", "its", "their"}:
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return set()  # "One of the officials", "Senior harbour officials"
    return {re.sub(r"[’']s$", "", w.strip(",")).lower() for w in words}


def _owned_apart(raw: str, name: str) -> bool:
    """Whether a description and a source's name both carry a proper name
    before the head and share none (``The Rourke campaign`` is not the
    ``Voigt campaign``): a modifier that names a person or body must match
    before a description joins."""
    mine = _proper_modifiers(raw)
    if not mine:
        return False
    theirs = _proper_modifiers(name if " " in name else "")
    return bool(theirs) and not (mine & theirs)


# ``the`` + a role's possessive + the body's noun: "The vice president's
# campaign", "the governor's office"
_ROLE_OWNED = re.compile(r"[Tt]he[ \u00a0]+((?:[a-z]+[ \u00a0]+)?[a-z]+)[’']s[ \u00a0]+[a-z]+")


def _role_owner_apart(
    raw: str, pos: int, entity: _Entity, recent: list[_Entity], names: _NameIndex
) -> bool:
    """Whether a body owned by a role (``The vice president's campaign``) is
    not a body written with a proper owner (``The Pruitt campaign``): two
    owners, unless a person in play of that name holds the role (``Vice
    President Ana Pruitt``)."""
    owned = _ROLE_OWNED.fullmatch(raw.strip())
    if owned is None:
        return False
    theirs = _proper_modifiers(entity.name if " " in entity.name else "")
    if not theirs:
        return False
    role = owned.group(1).split()
    if role[-1] not in _ROLE_NOUNS:
        return False
    if role[-1] in re.findall(r"[a-z]+", entity.name.lower().replace("’", "'")):
        # "The Lee County Sheriff's Office said ... The sheriff's office
        # said": the role is the body's own name, no second owner
        return False
    if any(
        e.kind is SourceKind.PERSON
        and e.key in theirs
        and e.title is not None
        and _holds(e.title, role[-1], role[:-1])
        for e in recent
    ):
        return False
    titled = names.titled_name_before(pos, role[-1], role[:-1], frozenset())
    return titled is None or titled.text.split()[-1].lower() not in theirs


_OWNER_GENDER = {"his": "he", "her": "she"}


def _owners_apart(raw: str, entity: _Entity) -> bool:
    """Whether a description owned by ``his`` or ``her`` and a source
    written with the other possessive have two owners (``his campaign said
    ... Her campaign said``: a man's and a woman's campaign)."""
    words = raw.split()
    mine = _OWNER_GENDER.get(words[0].lower()) if len(words) > 1 else None
    if mine is None:
        return False
    for written in entity.mentions.values():
        first = written.text.split()
        theirs = _OWNER_GENDER.get(first[0].lower()) if len(first) > 1 else None
        if theirs is not None and theirs != mine:
            return True
    return False


# the counts that open a new group of unnamed people: "two people familiar"
_COUNTED_FEW = frozenset("two three four five six seven eight nine ten several".split())


def _narrower(raw: str, reading: _Reading, entity: _Entity) -> bool:
    """Whether a description with the head noun of an unnamed source names
    other people than it: an indefinite person with a modifier of its own
    after a plural (``officials said`` ... ``A fisheries ministry official
    said``: someone new, not ``one official``), or one side of a group named
    with ``and`` (``police and unions`` ... ``the unions``)."""
    if entity.kind not in (SourceKind.ANONYMOUS, SourceKind.GROUP):
        return False
    lower = raw.lower().split()
    if " and " not in raw and re.search(r" (?:and|&) ", entity.name):
        return True
    named = entity.name.split()
    if (
        len(lower) == 1
        and raw.strip()[:1].isupper()
        and len(named) > 1
        and all(w[:1].isupper() for w in named)
        and named[-1].lower() == lower[0]
    ):
        return True  # "Senate Democrats said ... Democrats have accused": all of them
    if (
        entity.kind is SourceKind.ANONYMOUS
        and not entity.plural
        and lower[0] in _COUNTED_FEW
        and len(lower) > 1
    ):
        # "a person with knowledge of the deal told the AP ... according to
        # two people familiar with the request": a count names others
        return True
    written = entity.name.lower().split()
    # the words before a complement ("A senior official | of the ministry"):
    # a modifier there sets the person apart as well
    cut = next(
        (i for i, w in enumerate(lower) if w in {"of", "who", "with", "for", "at", "in"}),
        len(lower),
    )
    if (
        entity.kind is SourceKind.ANONYMOUS
        and lower[0] in {"a", "an"}
        and written[:1] in (["a"], ["an"])
        and not entity.plural
        and not reading.plural
        and len(lower) > 2
        and any(w not in written for w in lower[1:])
    ):
        # "a Japanese government source said ... according to a source
        # familiar with bilateral relations": an indefinite is someone new
        return True
    return (
        cut > 2
        and lower[0] in {"a", "an"}
        and entity.plural
        and not reading.plural
        # not "senior officials" ... "a senior official"
        and any(w not in written for w in lower[1 : cut - 1])
    )


# the last word of a newspaper's name
_NEWSPAPER_WORDS = frozenset(
    """gazette times post journal herald tribune news chronicle observer daily
    courier telegraph inquirer star sun mail express guardian independent
    record register standard""".split()
)
# words of a story about research: its "paper" is a study, not a newspaper
_SCIENCE_WORDS = re.compile(
    r"\b(?:study|studies|journal|researchers|scientists|peer-reviewed|published in)\b"
)


def _science_copy(text: str, names: _NameIndex) -> bool:
    """Whether the story is about research (a study, a journal,
    researchers), read once per article."""
    if ("science",) not in names.memo:
        names.memo[("science",)] = _SCIENCE_WORDS.search(text) is not None
    found: bool = names.memo[("science",)]
    return found


# Sports copy's short references to the person just named or quoted (AP and
# Reuters style: "the 19-year-old", "the Brazilian", "the Norwegian
# striker"): ``the``, up to three modifiers and one of these nouns.
_AGE_EPITHET = re.compile(r"(\d{1,3})-year-old")
_AGE_NOUNS = frozenset("teenager teen youngster veteran rookie newcomer debutant".split())
_POSITION_NOUNS = frozenset(
    """striker forward midfielder defender goalkeeper keeper goalie winger
    fullback full-back centre-back center-back playmaker skipper quarterback
    linebacker cornerback tailback pitcher shortstop outfielder infielder
    slugger batsman batter bowler all-rounder spinner paceman seamer fly-half
    scrum-half flanker sprinter swimmer cyclist golfer runner marathoner
    jockey boxer wrestler skier snowboarder skater gymnast rower climber
    player champion titleholder seed qualifier wildcard finalist""".split()
)
# other nouns of sports copy's short references to the athlete just named
# ("the Brazilian star", "the left-hander", "the Ineos rider", "the new
# signing", "the world number one")
_PLAYER_EPITHETS = frozenset(
    """star superstar rider driver signing left-hander right-hander southpaw
    number-one""".split()
)

# a player's position or epithet: one set, not a union built per test
_POSITION_OR_EPITHET = _POSITION_NOUNS | _PLAYER_EPITHETS
# business copy's short references to the magnate just named ("Kova CEO
# Rafe Dunstan said ... The billionaire said", "the tech mogul"), and the
# trades written before them
_WEALTH_EPITHETS = frozenset(
    "billionaire tycoon mogul magnate entrepreneur businessman businesswoman".split()
)
_WEALTH_MODIFIERS = frozenset(
    """tech media real-estate property shipping oil mining steel software
    internet crypto retail fashion self-made serial""".split()
)
# entertainment copy's short references to the performer just named (AP
# Entertainment: "the singer", "the Swedish filmmaker", "the pop star",
# "the 29-year-old actress")
_PERFORMER_NOUNS = frozenset(
    """singer singer-songwriter songwriter actor actress filmmaker rapper
    comedian comedienne musician frontman frontwoman crooner pianist
    guitarist drummer""".split()
)
# their genre and craft modifiers ("the pop star", "the country singer")
_PERFORMER_MODIFIERS = frozenset(
    """pop rock country rap hip-hop jazz folk soul indie punk opera gospel
    acclaimed award-winning longtime""".split()
)
# nationality adjectives before such a noun ("the Swedish filmmaker")
_DEMONYM_ADJECTIVES = frozenset(
    """swedish british french english irish scottish welsh dutch danish
    finnish polish spanish turkish""".split()
)
_NUMBER_ONE = re.compile(r"[ \u00a0]+(?:number|[Nn]o\.?)[ \u00a0]+(?:one|1)$")
# nationalities and demonyms for one person, capitalised in the text (not
# "the French", "the Chinese": a people or its government)
_DEMONYMS = frozenset(
    """american argentine argentinian australian austrian belgian bolivian
    brazilian briton bulgarian cameroonian canadian chilean colombian croat
    croatian czech dane ecuadorian egyptian estonian ethiopian finn german
    ghanaian greek hungarian icelander indian iranian israeli italian ivorian
    jamaican kenyan korean latvian lithuanian mexican moroccan zealander
    nigerian norwegian pakistani paraguayan peruvian pole romanian russian
    scot serb serbian slovak slovenian african spaniard swede tunisian turk
    ukrainian uruguayan venezuelan zimbabwean kiwi aussie algerian albanian
    armenian bosnian cypriot filipino cuban haitian texan californian
    floridian catalan basque palestinian syrian lebanese iraqi afghan
    sudanese yemeni jordanian saudi libyan somali chinese japanese swiss
    portuguese maltese taiwanese singaporean malaysian
    vietnamese thai indonesian burmese bangladeshi nepali congolese
    rwandan ugandan senegalese malian sudanese gazan kurdish""".split()
    # the states' and counties' people of Australian and Irish sports copy
    # ("the Queenslander", "the Victorian", "the Corkman", "the Kerryman")
    + """queenslander victorian tasmanian territorian sandgroper corkman
    corkwoman kerryman kerrywoman dubliner""".split()
    # and the Irish counties' people written as one word ("the Clareman",
    # "the Mayowoman", "the Tipperaryman")
    + [
        f"{county}{sex}"
        for county in """antrim armagh carlow cavan clare derry donegal
        fermanagh galway kildare kilkenny laois leitrim limerick longford louth
        mayo meath monaghan offaly roscommon sligo tipperary tyrone waterford
        westmeath wexford wicklow""".split()
        for sex in ("man", "woman")
    ]
)
_GENDERED_DEMONYMS = {
    **{f"{people}man": "he" for people in "welsh french english scots irish dutch".split()},
    **{f"{people}woman": "she" for people in "welsh french english scots irish dutch".split()},
    "filipina": "she",
}
# nouns for a person that tell the person's gender: an unnamed person so
# described ("his granddaughter") is one a later "she" may take
_NOUN_GENDER = {
    **{
        w: "he"
        for w in """man boy husband father son grandson grandfather brother nephew
        uncle widower fiance boyfriend spokesman chairman congressman businessman
        councilman sportsman stepson stepfather dad frontman""".split()
    },
    **{
        w: "she"
        for w in """woman girl wife mother daughter granddaughter grandmother
        sister niece aunt widow fiancee girlfriend spokeswoman chairwoman
        congresswoman businesswoman councilwoman sportswoman stepdaughter
        stepmother mom mum actress frontwoman comedienne""".split()
    },
    **_GENDERED_DEMONYMS,
}
_EPITHET_MODIFIERS = frozenset(
    """veteran former young experienced defending reigning world olympic
    seeded unseeded top second third fourth fifth sixth seventh eighth teenage
    new injured left-handed right-handed star in-form""".split()
)


@attrs.frozen
class _Epithet:
    """``the 27-year-old Norwegian striker``: what a short reference says."""

    head: str  # the noun, lower-cased
    gender: str | None  # "he"/"she" when the noun tells (``the Welshman``)
    age: int | None
    demonym: bool  # a nationality noun: a person, never a body


def _epithet(raw: str) -> _Epithet | None:
    """``the`` + up to three modifiers + an age, nationality or playing
    position noun (``the 19-year-old``, ``the teenager``, ``the Brazilian``,
    ``the Liverpool striker``); not a possessive (``the 19-year-old's
    coach``), not after ``a`` (``a 19-year-old``: someone new)."""
    # "the world number one", "the world No. 1": a ranking, one noun
    words = _NUMBER_ONE.sub(" number-one", raw).split()
    if not 2 <= len(words) <= 5 or words[0].lower() != "the":
        return None
    head = words[-1].strip(",")
    low = head.lower()
    age_match = _AGE_EPITHET.fullmatch(low)
    gendered = _GENDERED_DEMONYMS.get(low)
    demonym = head[:1].isupper() and (low in _DEMONYMS or gendered is not None)
    if (
        len(words) == 3
        and low in {"man", "woman"}
        and words[1][:1].isupper()
        and words[1].isalpha()
        and words[1].lower() not in _NOT_NAME
    ):
        # "the Kerry man", "the Clare woman", "the Dromid man": Irish and
        # British sports copy's short reference by the county or the town,
        # written apart, as "the Kerryman" is written together
        return _Epithet(low, _NOUN_GENDER.get(low), None, True)
    performer = low in _PERFORMER_NOUNS or (low == "star" and len(words) > 2)
    if not (
        age_match
        or low in _AGE_NOUNS
        or demonym
        or performer
        or low in _POSITION_OR_EPITHET
        or low in _WEALTH_EPITHETS
    ):
        return None
    if not demonym and not head.islower():
        return None  # "the Veteran Affairs ...": a name's word
    age = int(age_match.group(1)) if age_match else None
    capitals = 0
    for word in words[1:-1]:
        w = word.lower()
        m = _AGE_EPITHET.fullmatch(w)
        if m is not None:
            age = int(m.group(1))
        elif w.endswith(("-seeded", "-time", "-ranked")) or w in _EPITHET_MODIFIERS:
            pass
        elif word[:1].isupper() and (w in _DEMONYMS or w in {"south", "new", "north"}):
            gendered = gendered or _GENDERED_DEMONYMS.get(w)
        elif performer and (
            w in _PERFORMER_MODIFIERS
            or w.endswith(("-winning", "-nominated"))
            or (word[:1].isupper() and w in _DEMONYM_ADJECTIVES)
        ):
            pass  # "the pop star", "the Grammy-winning singer", "the Swedish filmmaker"
        elif low in _WEALTH_EPITHETS and (
            w in _WEALTH_MODIFIERS or (word[:1].isupper() and w in _DEMONYM_ADJECTIVES)
        ):
            pass  # "the tech mogul", "the Swedish billionaire"
        elif word[:1].isupper() and low in _POSITION_OR_EPITHET and capitals < 2:
            capitals += 1  # "the Liverpool striker", "the Real Madrid midfielder"
        else:
            return None
    return _Epithet(low, gendered or _NOUN_GENDER.get(low), age, demonym)


# a name written with its country: "Lucia Ferrer of Spain", "Spain's
# Lucia Ferrer"
_NAME_OF_COUNTRY = re.compile(
    r"([A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){1,2})[ \u00a0]+of[ \u00a0]+([A-Z][a-z]+)\b"
    r"|\b([A-Z][a-z]+)[’']s[ \u00a0]+([A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){1,2})"
)


def _country_marked_name(text: str, pos: int, demonym: str) -> tuple[str, Span] | None:
    """The one name written with a country in the 400 characters before
    ``pos`` whose country the demonym stands for (their first three letters
    agree: ``Spaniard``, ``Spain``); None when there is none or two."""
    found: dict[str, tuple[str, Span]] = {}
    for m in _NAME_OF_COUNTRY.finditer(text, max(0, pos - 400), pos):
        country = m.group(2) or m.group(3)
        at = 1 if m.group(1) else 4
        if country[:3].lower() == demonym[:3] and len(demonym) > 3:
            found.setdefault(m.group(at), (m.group(at), Span(m.start(at), m.end(at))))
    return next(iter(found.values())) if len(found) == 1 else None


def _epithet_antecedent(
    text: str,
    mention: Mention,
    epithet: _Epithet,
    reading: _Reading,
    entities: list[_Entity],
    names: _NameIndex,
) -> _Entity | None:
    """The most recent person in play that the short reference fits: not
    of the other gender (``the Welshman``), not of another age written
    after the name (``Ana Ruiz, 31,``); an unnamed person of the same noun
    said earlier (``a 19-year-old said ... the 19-year-old added``) when
    more recent; a person named in passing, as for ``he``/``she``. A person
    last mentioned further back than ``_EPITHET_REACH`` is out of play (the
    epithet may be for someone named long before, or no one). None when no
    person is in play."""
    pos = mention.span.start
    recent = entities[-_WINDOW:]
    other = {"he": "she", "she": "he"}.get(epithet.gender or "")
    for entity in recent:
        _read_around(entity, text, names)
    candidates = [
        e
        for e in recent
        if e.kind is SourceKind.PERSON
        and pos - _EPITHET_REACH <= e.last < pos
        and e.key not in _COMMON_HEADS
        and (other is None or e.gender != other)
        and _age_fits(e, epithet.age)
        # "the striker" is no "Coach Rena Boyd": a position skips a person
        # titled with another role
        and not (
            epithet.head in _POSITION_NOUNS | _PERFORMER_NOUNS
            and e.title is not None
            and epithet.head not in e.title.lower()
            and _title_head(e.title) in _ROLE_NOUNS | TITLE_WORDS
        )
    ]
    unnamed = [
        e
        for e in recent
        if e.kind is SourceKind.ANONYMOUS
        and not e.plural
        and e.key == reading.key
        and pos - _EPITHET_REACH <= e.last < pos
    ]
    if epithet.demonym:
        # "Lucia Ferrer of Spain beat Anya Kovalenko. ... the Spaniard said":
        # the one person written with the epithet's country
        marked = _country_marked_name(text, pos, epithet.head)
        if marked is not None:
            found = _person_named(text, marked, other, entities, names)
            if found is not None:
                return found
    # a name inside the quotation (“What if Donald Trump ...?” the
    # 43-year-old asked) is seldom the speaker's own
    if epithet.age is not None:
        # "Ivo Santos, 34, scored twice. Petr Hlavac, 22, ...": the person
        # written with that very age, not the one named last
        aged = _aged_name_before(text, pos, epithet.age)
        if aged is not None and not (
            candidates and aged[1].start <= max(e.last for e in candidates)
        ):
            found = _person_named(text, aged, other, entities, names)
            if found is not None:
                return found
    # "Reality TV star Jodie Marsh-Kelly has been diagnosed ... The star
    # said": the person written right after the epithet's own noun (the
    # capitalised words before that noun are the title's, no person), among
    # the last three names since the last candidate spoke
    floor = max(pos - _EPITHET_REACH, max((e.last for e in candidates), default=-1) + 1)
    titled = names.name_before(pos, frozenset())
    for _ in range(3):
        if titled is None or titled[1].start < floor:
            break
        if not _in_quotation(text, titled[1].start) and text[
            max(0, titled[1].start - 40) : titled[1].start
        ].rstrip(" \u00a0").lower().endswith(" " + epithet.head):
            found = _person_named(text, titled, other, entities, names)
            if found is not None and _age_fits(found, epithet.age):
                return found
            break
        titled = names.name_before(titled[1].start, frozenset())
    count = len(entities)
    named = _person_named_before(
        text, mention, other, candidates + unnamed, entities, names, unquoted=True
    )
    if named is not None:
        _read_around(named, text, names)
        if _age_fits(named, epithet.age):
            return named
        if len(entities) > count and entities[-1] is named:
            entities.pop()  # a person of another age, not in play
    best = max(candidates, key=lambda e: e.last) if candidates else None
    if unnamed and (best is None or unnamed[-1].last > best.last):
        return unnamed[-1]
    return best


# the nouns of political copy's second references to a politician ("the
# former Ohio governor", "the Democratic nominee", "the Indiana Republican",
# "the Treasury chief")
_POLITICAL_HEADS = frozenset(
    """governor senator nominee candidate lawmaker congressman congresswoman
    legislator republican democrat independent chief hopeful incumbent
    challenger front-runner frontrunner president leader mayor minister
    premier chancellor diplomat envoy boss""".split()
)
_PARTY_HEADS = frozenset({"republican", "democrat", "independent"})
# AFP's and AP's labels for a politician just named: "The centrist told
# reporters", "The 48-year-old conservative", "the former banker", "the
# veteran diplomat"
_IDEOLOGY_HEADS = frozenset(
    """centrist conservative nationalist leftist rightist liberal socialist
    populist moderate progressive reformist hardliner hard-liner""".split()
)
_CAREER_HEADS = frozenset(
    """banker diplomat lawyer economist general journalist activist
    businessman businesswoman technocrat""".split()
)
_CAREER_MODIFIERS = frozenset({"former", "veteran", "onetime", "longtime", "ex-"})
_ALL_PARTY_WORDS = frozenset({"republican", "gop", "democrat", "democratic", "independent"})
# modifiers of such a reference that say nothing of who is meant by
# themselves
_BARE_POLITICAL_MODIFIERS = frozenset(
    {"former", "longtime", "veteran", "outgoing", "incoming", "prime", "foreign", "top", "senior"}
)
# modifiers that narrow it without a capital
_POLITICAL_MODIFIERS = frozenset(
    {
        "presidential",
        "vice",
        "gubernatorial",
        "senate",
        "house",
        "congressional",
        "white",
        "union",
    }
)


def _political_epithet(raw: str) -> _Epithet | None:
    """``the former Ohio governor``, ``the Democratic nominee``, ``the
    Indiana Republican``, ``The 68-year-old former governor``, ``The Treasury
    chief``: ``the``, up to four modifiers of which one at least narrows it
    (a capitalised word, an age, ``presidential``, ``two-term``) and a
    politician's noun; ``the Republican`` alone."""
    words = raw.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the":
        return None
    head = words[-1].strip(",")
    low = head.lower()
    if low not in _POLITICAL_HEADS and low not in _IDEOLOGY_HEADS and low not in _CAREER_HEADS:
        return None
    career = low in _CAREER_HEADS and (
        low not in _POLITICAL_HEADS or any(w.lower() in _CAREER_MODIFIERS for w in words[1:-1])
    )
    if low in _CAREER_HEADS and low not in _POLITICAL_HEADS and not career:
        return None  # "the former banker", "the veteran diplomat"; not "the banker"
    # but "the top Iranian diplomat": a political head keeps its own reading
    if head[:1].isupper() != (low in {"republican", "democrat"}) and low != "independent":
        return None  # "the Republican", "the independent"; not "the Governor ..."
    if not head[:1].isupper() and not head.islower():
        return None
    age = None
    narrows = (
        low in _PARTY_HEADS
        or low in _IDEOLOGY_HEADS
        or (career and head == words[-1] and len(words) <= 4)
    )
    for word in words[1:-1]:
        w = word.lower()
        m = _AGE_EPITHET.fullmatch(w)
        if m is not None:
            age = int(m.group(1))
            narrows = True
        elif (
            w.endswith("-term")
            or w in _POLITICAL_MODIFIERS
            or (word[:1].isupper() and word.replace("-", "").replace(".", "").isalpha())
        ):
            narrows = True
        elif w not in _BARE_POLITICAL_MODIFIERS:
            return None
    if low == "boss" and not any(
        w.lower() == "union" or (len(w) > 1 and w.isupper()) for w in words[1:-1]
    ):
        return None  # "the RMT boss", "the union boss"; not football's "the City boss"
    return _Epithet(low, None, age, False) if narrows else None


def _political_antecedent(
    text: str, mention: Mention, reading: _Reading, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """A politician's second reference that no title matched (``the former
    Ohio governor`` after ``Republican nominee Harlan Voigt``): the person
    in play, as a sports-copy epithet is (``_epithet_antecedent``); None
    when the words are no such reference or no person is in play."""
    epithet = _political_epithet(mention.text.strip())
    if epithet is None:
        return None
    parties = {
        party
        for word in mention.text.lower().split()
        for party in _PARTY_WORDS.get(word.strip(".,"), ())
        if word.strip(".,") not in {"d", "r", "i"}
    }
    if parties:
        # "the Democratic nominee": the one person in play of that party,
        # never one of another
        members = [
            e
            for e in entities[-_WINDOW:]
            if e.kind is SourceKind.PERSON
            and e.last < mention.span.start
            and parties & _affiliation(e, text)
        ]
        if len(members) == 1:
            return members[0]
    count = len(entities)
    found = _epithet_antecedent(text, mention, epithet, reading, entities, names)
    if found is None or found.kind is not SourceKind.PERSON:
        return None
    if _other_nation(mention.text, found.title):
        return None  # "the Israeli prime minister" is no "U.S. Secretary of State"
    if not parties or not _other_party(found, parties, text, names):
        return found
    # "the Democratic nominee" is not the Republican named last: the
    # person in play before of no other party, if any
    del entities[count:]
    pos = mention.span.start
    others = [
        e
        for e in entities[-_WINDOW:]
        if e.kind is SourceKind.PERSON
        and e is not found
        and pos - 2 * _EPITHET_REACH <= e.last < pos
        and _source_kind(e) is SourceKind.PERSON
        and not _other_party(e, parties, text, names)
    ]
    return max(others, key=lambda e: e.last) if others else None


def _nations(words: str) -> set[str]:
    """The nationalities written in ``words`` (``Norwegian``, ``U.S.``)."""
    return {
        w.lower().strip(",")
        for w in words.split()
        if w[:1].isupper()
        and (w.lower().strip(",") in _DEMONYMS or w.lower().strip(",") in _NATION_ADJECTIVES)
    }


def _other_nation(epithet: str, title: str | None) -> bool:
    """Whether an epithet's nationality (``the Israeli prime minister``)
    differs from the one the person's title gives (``U.S. Secretary of
    State``)."""
    if not title:
        return False
    said, titled = _nations(epithet), _nations(title)
    return bool(said and titled and not said & titled)


def _other_party(entity: _Entity, parties: set[str], text: str, names: _NameIndex) -> bool:
    """Whether the story gives ``entity`` a party and none of ``parties``
    (from the title, a party tag, or the title written with the fullest
    name: a caption's ``Republican presidential nominee Harlan Voigt``)."""
    known = set(_affiliation(entity, text) & _ALL_PARTY_WORDS)
    fuller = names.fullest_name(entity.key)
    spans = [m.span for m in itertools.islice(entity.mentions.values(), 6)]
    if fuller is not None:
        spans.append(fuller[1])
    for span in spans:
        # the words written before the name: "Republican presidential
        # nominee Harlan Voigt" though the title kept only "nominee"
        before = text[max(0, span.start - 40) : span.end].split()[-6:]
        for word in before:
            if word[:1].isupper():
                known.update(_PARTY_WORDS.get(word.strip(".,").lower(), ()))
    return bool(known) and not parties & known


# a country's or a body's possessive before a role: "Russia's top
# diplomat", "NATO's secretary-general", "Ostland's foreign minister"
_OWNED_ROLE = re.compile(
    r"((?:[A-Z][\w.\-]*[ \u00a0]+){0,2}[A-Z][\w.\-]*)[’']s[ \u00a0]+"
    r"((?:[a-z][\w\-]*[ \u00a0]+){0,2}[a-z][\w\-]*)"
)
# what a country's "top diplomat" is titled
_DIPLOMAT_TITLES = (
    "foreign minister",
    "foreign secretary",
    "secretary of state",
    "foreign affairs",
)


def _owned_role_antecedent(mention: Mention, recent: list[_Entity]) -> _Entity | None:
    """``Russia's top diplomat`` after ``Russian Foreign Minister Ivan
    Petrov``, ``NATO's secretary-general`` after ``NATO Secretary-General
    Lars Eriksen``: the person in play (said within ``_EPITHET_REACH``)
    whose title names the owner (``Russia``: ``Russian``) and holds the role
    (a top diplomat is a foreign minister); None when there is none or
    two."""
    found = _OWNED_ROLE.fullmatch(mention.text.strip())
    if found is None:
        return None
    owner = found.group(1).lower()
    stem = owner[: max(4, len(owner) - 1)]
    role = found.group(2).lower().split()
    head = role[-1]
    pos = mention.span.start
    holders = []
    for entity in recent:
        if entity.kind is not SourceKind.PERSON or not entity.title:
            continue
        if not pos - _EPITHET_REACH <= entity.last < pos:
            continue
        title = entity.title.lower()
        if not any(w.startswith(stem) for w in title.split()):
            continue
        if head == "diplomat":
            held = any(t in title for t in _DIPLOMAT_TITLES)
        else:
            held = all(w in title.split() for w in role if w not in {"top", "chief"}) or (
                head == "chief" and role[:-1] in ([], ["top"])
            )
        if held:
            holders.append(entity)
    return holders[0] if len(holders) == 1 else None


# ``the woman``, ``the mother of four``: a definite noun that tells only a
# person's gender (and children), AP's second reference for the one in play
_GENDERED_REFERENCE = re.compile(
    r"[Tt]he[ \u00a0]+(man|woman|mother|father)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?"
)


def _gendered_antecedent(
    text: str, mention: Mention, reading: _Reading, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``the woman`` after ``One mother, who asked not to be named, said``;
    ``the mother of four`` after ``Amal Nasser fled with her children``: the
    unnamed person of that gender in play, else the person in play not of
    the other gender (as a sports-copy epithet); None otherwise."""
    m = _GENDERED_REFERENCE.fullmatch(mention.text.strip())
    if m is None:
        return None
    gender = _NOUN_GENDER[m.group(1)]
    pos = mention.span.start
    for entity in reversed(entities[-_WINDOW:]):
        if (
            entity.kind is SourceKind.ANONYMOUS
            and not entity.plural
            and pos - _EPITHET_REACH <= entity.last < pos
            and _NOUN_GENDER.get(entity.key) == gender
        ):
            return entity
    epithet = _Epithet(m.group(1), gender, None, False)
    count = len(entities)
    found = _epithet_antecedent(text, mention, epithet, reading, entities, names)
    # "the woman" takes a named person only of that gender as the story
    # tells it; "the mother of four" says enough by itself
    if (
        found is not None
        and found.kind is SourceKind.PERSON
        and (found.gender == gender or " of " in mention.text)
    ):
        return found
    del entities[count:]  # (a person named in passing, not taken)
    return None


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split()
    )
} | {
    w: 20 + 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
# an age written with a name: "Ivo Santos, 34," or "34-year-old Ivo Santos",
# "Thirty-four-year-old Ivo Santos"
_AGED_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w’'\-]*\.?[ \u00a0]+){0,3}[A-Z][\w’'\-]*),[ \u00a0]+(?P<age>\d{1,3}),"
    r"|(?<![\w\-])(?P<words>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old[ \u00a0]+"
    r"(?P<after>(?:[A-Z][\w’'\-]*\.?[ \u00a0]+){0,3}[A-Z][\w’'\-]*)"
)


def _age_number(word: str) -> int | None:
    """34 for ``34``, ``thirty-four``, ``Thirty-four``; None otherwise."""
    if word.isdigit():
        return int(word)
    total = 0
    for part in word.lower().split("-"):
        if part not in _NUMBER_WORDS:
            return None
        total += _NUMBER_WORDS[part]
    return total


def _aged_name_before(text: str, pos: int, age: int) -> tuple[str, Span] | None:
    """The last name written with ``age`` within ``_EPITHET_REACH`` * 4
    characters before ``pos`` (``Ivo Santos, 34,``; ``Thirty-four-year-old
    Ivo Santos``), outside quotations."""
    found = None
    for m in _AGED_NAME.finditer(text, max(0, pos - 4 * _EPITHET_REACH), pos):
        group = "name" if m.group("name") else "after"
        number = m.group("age") if group == "name" else m.group("words")
        if _age_number(number) != age or _in_quotation(text, m.start(group)):
            continue
        name = m.group(group)
        start = m.start(group)
        first = name.split()[0]
        if len(name.split()) > 1 and first.lower() in _NOT_NAME:
            start += len(first) + 1  # "The ...": a sentence's opening word
            name = name[len(first) + 1 :]
        found = (name, Span(start, start + len(name)))
    return found


def _age_fits(entity: _Entity, age: int | None) -> bool:
    """Whether no age other than ``age`` is written after the person's
    mentions (``Ana Ruiz, 31,``), as ``_read_around`` found them."""
    return age is None or not entity.ages - {age}


_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
#: how far back (characters) a person mentioned last is still in play for
#: an epithet: about a paragraph, as far as a pronoun looks for a name
_EPITHET_REACH = 400


# a role set off before a name, after a possessive or ``the`` ("His
# granddaughter, | Lacey Vidal"), or after it ("Lacey Vidal|, his
# granddaughter,")
_ROLE_SET_BEFORE = re.compile(
    r"(?<![\w’'\-])(?P<phrase>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[\w\-]+[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?P<role>[\w\-]+)),\s+\Z"
)
_ROLE_SET_AFTER = re.compile(
    r",\s+(?P<phrase>(?:his|her|their|the|[\w\-]+[’']s)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?P<role>[\w\-]+))\s*[,.]"
)
_ROLE_OWNERS = frozenset({"the", "his", "her", "their"})


def _role_written_with(
    text: str, mention: Mention, reading: _Reading, recent: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``his granddaughter``, ``the granddaughter``, ``Hale's lawyer``: the
    one person in play whose title holds the noun, or with the noun set off
    right before or after a mention of the name (``His granddaughter, Lacey
    Vidal, said``; ``Lacey Vidal, his granddaughter, said``), when the
    reading gave that person no title."""
    words = mention.text.split()
    lower = [w.lower() for w in words]
    if (
        reading.form != "description"
        or reading.plural
        or reading.kind not in (SourceKind.PERSON, SourceKind.ANONYMOUS)
        or not 2 <= len(words) <= 4
        or not (lower[0] in _ROLE_OWNERS or any(w.endswith(("'s", "’s")) for w in lower[:-1]))
        or not words[-1].isalpha()
        or not words[-1].islower()
    ):
        return None
    role = lower[-1]
    if role not in _ROLE_NOUNS and role not in _NOUN_GENDER and role not in ANONYMOUS_HEADS:
        return None
    # "Grayson's spokeswoman" is not "Murphy's spokeswoman": a named owner
    # must be in the title or the phrase too
    modifiers = (
        words[1:-1] if lower[0] in _ROLE_OWNERS else [w for w in words if w.endswith(("'s", "’s"))]
    )
    holders: list[_Entity] = []
    for entity in recent:
        if entity.kind is not SourceKind.PERSON or entity.last >= mention.span.start:
            continue
        _read_around(entity, text, names)
        if (entity.title and _holds(entity.title, role, modifiers)) or any(
            written == role and _holds(phrase, role, modifiers) for written, phrase in entity.roles
        ):
            holders.append(entity)
    return holders[0] if len(holders) == 1 else None


# ``the`` and up to two modifiers before a lower-case noun: "the singer",
# "the retired welder"
_DEFINITE_NOUN = re.compile(r"[Tt]he(?:[ \u00a0]+[\w\-]+){0,2}?[ \u00a0]+([a-z][a-z\-]+)")


def _job_written_with(
    text: str,
    mention: Mention,
    reading: _Reading,
    recent: list[_Entity],
    entities: list[_Entity],
    names: _NameIndex,
) -> _Entity | None:
    """``the singer`` after ``Talia Brennock, a pop singer,`` or ``Pop
    singer Talia Brennock``: a definite noun joins the one person the story
    wrote that noun beside, set off after the name with an article or right
    before it (``_NameIndex.job_holders``), with every modifier, though the
    reading made it no title and the person has not spoken; an unnamed
    person of that noun who spoke (``a singer said ... the singer added``)
    is taken instead."""
    m = _DEFINITE_NOUN.fullmatch(mention.text.strip())
    if (
        m is None
        or reading.form != "description"
        or reading.plural
        or reading.kind not in (SourceKind.PERSON, SourceKind.ANONYMOUS)
        or m.group(1) != reading.key
    ):
        return None
    noun = m.group(1)
    if any(e.kind is SourceKind.ANONYMOUS and e.key == noun for e in recent):
        return None  # an unnamed one spoke
    # every modifier is written with the noun: "the jazz singer" is not
    # "Corinne Vale, a country singer"
    modifiers = {w.lower() for w in mention.text.split()[1:-1]}
    # ("the Riverside boss": football's boss is the manager or coach)
    jobs = ("manager", "coach") if noun == "boss" else (noun,)
    titled = [
        e
        for e in recent
        if e.kind is SourceKind.PERSON
        and e.title
        and _title_head(e.title) in jobs
        and modifiers <= set(e.title.lower().split())
        and _holds(
            e.title, _title_head(e.title), mention.text.split()[1:-1]
        )  # not "Prime Minister"
    ]
    if titled:
        return titled[0] if len(titled) == 1 else None  # the titles decide
    written = [
        (span, phrase)
        for job in jobs
        for span, phrase in names.job_holders(job)
        if span.end <= mention.span.start
        and modifiers <= set(phrase.lower().split())
        and _holds(phrase, job, mention.text.split()[1:-1])
    ]
    if not written or len({text[s.start : s.end].split()[-1] for s, _ in written}) != 1:
        return None  # no one, or several people, written with the noun
    return _join_written(text, written[-1][0], SourceKind.PERSON, entities, names)


def _band_written_before(
    text: str, mention: Mention, noun: str, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``the band`` after ``the rock band Static Saints``: the one band the
    story named right after that noun, a body, with that mention added."""
    found = {
        text[span.start : span.end]: span
        for span, _phrase in names.job_holders(noun)
        if span.end <= mention.span.start
        and text[max(0, span.start - len(noun) - 1) : span.start].lower() == noun + " "
    }
    if len(found) != 1:
        return None
    span = next(iter(found.values()))
    start = span.start - len(noun) - 1
    entity = _resolve(text, Mention(text[start : span.end], Span(start, span.end)), entities, names)
    if entity is None or entity.kind is not SourceKind.ORGANIZATION:
        return None
    entity.add(Mention(text[span.start : span.end], span))
    return entity


def _join_written(
    text: str, span: Span, kind: SourceKind, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """The source of the name written at ``span`` when it reads as a name of
    ``kind``, with that mention added to it (a holder named in passing, a
    company named before it spoke)."""
    named = Mention(text[span.start : span.end], span)
    reading = _read(text, named, names)
    if reading.form != "name" or reading.kind is not kind:
        return None
    entity = _resolve(text, named, entities, names)
    if entity is None or entity.kind is not kind:
        return None
    entity.add(named)
    return entity


def _title_head(title: str) -> str:
    """The noun a title ends on before any complement: ``singer`` for
    ``pop singer``, ``historian`` for ``historian at the Cape Ann Society``;
    ``president`` for ``Local president`` (not ``local``)."""
    words: list[str] = []
    for word in title.lower().split():
        if word in _TITLE_COMPLEMENTS:
            break
        words.append(word.strip(".,"))
    return words[-1] if words else ""


_TITLE_COMPLEMENTS = frozenset("of for at in with from on to and who".split())


# an acronym written alone, after ``the`` or not: ``The CDC``, ``IEA``
# (the New York Times dots its initialisms: "the F.B.I.", "the G.O.P.")
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6}|(?:[A-Z]\.){2,6}|[A-Z]{1,2}&[A-Z]{1,2})")


def _initials(name: str) -> set[str]:
    """The acronyms a body's name spells: the capitals opening its
    significant words (``Food and Drug Administration``: FDA), with or
    without a leading dotted place (``U.S. Food and Drug ...``)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    spelt = {"".join(w[0] for w in words)}
    if len(words) > 2 and "." in words[0].rstrip("."):
        spelt.add("".join(w[0] for w in words[1:]))  # "U.S. Food and Drug Administration"
        # "U.S. Geological Survey": USGS, the dotted place's letters kept
        spelt.add(words[0].replace(".", "") + "".join(w[0] for w in words[1:]))
    if " of " in name:
        # wire acronyms of central banks and departments keep the O of
        # "of": BOE, BOJ, PBOC (People's Bank of China), DOJ
        spelt.add(
            "".join(
                w[0].upper() for w in name.replace("-", " ").split() if w[:1].isupper() or w == "of"
            )
        )
    raw = name.split()
    if "&" in raw[1:-1]:
        # "Harlan & Ridley Co.": H&R (P&G, J&J, M&S), the two names around
        # the ampersand
        at = raw.index("&")
        if raw[at - 1][:1].isupper() and raw[at + 1][:1].isupper():
            spelt.add(f"{raw[at - 1][0]}&{raw[at + 1][0]}")
    return spelt


# a country's dotted abbreviation opening a body's name ("U.S. Coast Guard")
_DOTTED_PLACE = frozenset({"u.s.", "u.k.", "u.n.", "e.u."})


def _without_country(name: str) -> str:
    """A body's name without the country or nationality that opens it,
    lower-cased, without its suffix (``coast guard`` for ``U.S. Coast
    Guard``, ``red crescent`` for ``Palestinian Red Crescent``); "" when
    none opens it."""
    words = name.split()
    if len(words) < 3 or not words[1][:1].isupper():
        return ""
    first = words[0].lower()
    if first in _DOTTED_PLACE or first in _DEMONYMS or first in _NATION_ADJECTIVES:
        return _without_suffix(" ".join(words[1:]))
    return ""


def _national_body(name: str) -> tuple[str, bool, str] | None:
    """A body's name opened by a country's possessive or its demonym: the
    country or demonym lower-cased, whether it is the possessive, and the
    rest lower-cased (``("russia", True, "defense ministry")`` for
    ``Russia's Defense Ministry``); None otherwise."""
    words = _drop_the(name).split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    first = words[0]
    possessive = first[-2:] in ("'s", "’s")
    country = first[:-2] if possessive else first
    if not possessive and country.lower() not in _DEMONYM_OR_NATION:
        return None
    if len(country) < 4 or not country.isalpha():
        return None
    return country.lower(), possessive, " ".join(words[1:]).lower()


def _same_national_body(one: str, other: str) -> bool:
    """Whether two names are one country's body, once written with the
    country's possessive and once with its demonym (``Israel's Health
    Ministry``, ``the Israeli Health Ministry``): the demonym opens on the
    country's name less its last two letters (``Leban-ese``, ``Russi-an``)."""
    mine, theirs = _national_body(one), _national_body(other)
    if mine is None or theirs is None or mine[1] == theirs[1] or mine[2] != theirs[2]:
        return False
    country, demonym = (mine[0], theirs[0]) if mine[1] else (theirs[0], mine[0])
    if demonym.startswith("austral") != country.startswith("austral"):
        return False  # "Austria's" is not "Australian"
    return demonym.startswith(country[: max(3, len(country) - 2)])


# one word in capitals: an all-caps headline's speaker ("PETRAUSKIENE: ...")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z’'\-]+")


def _capitals_surname(mention: Mention, names: _NameIndex) -> _Reading | None:
    """``PETRAUSKIENE: 'WE WILL NOT GIVE UP'`` over a story naming
    ``Rasa Petrauskiene``: a word in capitals is the surname the story
    writes after a first name, read case-insensitively (an acronym no
    body spells)."""
    word = mention.text.strip()
    if not _CAPITALS_WORD.fullmatch(word):
        return None
    surname = word.capitalize()
    if not names.after_a_name_in_body(surname):
        return None
    fuller = names.fullest_name(surname)
    if fuller is None or len(fuller[0].split()) < 2:
        return None
    return _Reading("name", SourceKind.PERSON, surname.lower(), surname, None, False, None)


def _abbreviates(acronym: str, capitals: str) -> bool:
    """Whether ``acronym`` can stand for a name with these word capitals:
    it opens on the first and takes the rest in order (``CDC`` for
    ``Centers for Disease Control and Prevention``; not ``AROS`` for
    ``Reclaim Our Schools``, a name cut short)."""
    if not acronym or not capitals or acronym[0] != capitals[0]:
        return False
    rest = iter(capitals[1:])
    return all(letter in rest for letter in acronym[1:])


# AP's gloss of a body's acronym after its name: ", known by its French
# initials MSF", ", known as the IFRC"
_KNOWN_BY = re.compile(
    r",?[ \u00a0]+(?:better[ \u00a0]+)?known[ \u00a0]+(?:by[ \u00a0]+its[ \u00a0]+"
    r"(?:[A-Z][a-z]+[ \u00a0]+)?(?:initials|acronym|abbreviation)|as)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?([A-Z][A-Z.&]{1,9})\b"
)


def _acronym_antecedent(
    text: str, mention: Mention, reading: _Reading, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``The Centers for Disease Control and Prevention (CDC) said ... The
    CDC said``: an acronym joins the body it was defined for in parentheses,
    else the organisation whose capitals spell it exactly (``International
    Energy Agency`` ... ``the IEA``), spoken or written before; and a full
    name joins a body that spoke by its acronym first."""
    recent = entities[-_WINDOW:]
    if reading.kind is SourceKind.MEDIA:
        # "The Ministry of Trade and Industry (MTI) said ... MTI said": an
        # acronym the story defined in brackets is that body's, though an
        # outlet abroad is known by the same letters
        m = _ACRONYM.fullmatch(mention.text.strip())
        if m is None:
            return None
        if names.acronym_defined(m.group(1).replace(".", ""), mention.span.start) is None:
            return None
    elif reading.kind not in (SourceKind.ORGANIZATION, SourceKind.PERSON):
        return None
    m = _ACRONYM.fullmatch(mention.text.strip())
    if m is None:
        if reading.kind is not SourceKind.ORGANIZATION:
            return None
        # the full name after its acronym: the body takes the full name
        spelt = _initials(reading.name)
        defined = _DEFINED_ACRONYM.search(mention.text)
        if defined is not None:
            spelt.add(defined.group(1))
        for entity in reversed(recent):
            if entity.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON) and (
                entity.name.replace(".", "") in spelt and _ACRONYM.fullmatch(entity.name)
            ):
                # ("IRS said" read as a person's name: the body's acronym)
                entity.name, entity.key = _new(reading).name, reading.key
                entity.kind, entity.title = SourceKind.ORGANIZATION, None
                return entity
        return None
    acronym = m.group(1).replace(".", "")
    defined_name = names.acronym_defined(acronym, mention.span.start)
    key = _drop_the(defined_name[0]).lower() if defined_name is not None else None
    for entity in reversed(recent):
        if entity.kind is SourceKind.ORGANIZATION and (
            entity.key == key
            or acronym in _initials(entity.name)
            # ("South Korea's Ministry of Foreign Affairs (MOFA)"): the body
            # named with its country's possessive before the spelt name
            or (key is not None and entity.key.endswith(("'s " + key, "’s " + key)))
        ):
            return entity
    for entity in reversed(recent):
        if entity.kind is SourceKind.ORGANIZATION and any(
            (gloss := _KNOWN_BY.match(text, m.span.end)) is not None
            and gloss.group(1).replace(".", "") == acronym
            for m in entity.mentions.values()
        ):
            # "Doctors Without Borders, known by its French initials MSF,
            # said ... MSF said": the acronym the story glossed the body with
            return entity
    written = defined_name or names.initialled_before(acronym, mention.span.start)
    if written is None:
        return None
    # the full name written before, though it has not spoken
    name, span = written
    entity = _new(attrs.evolve(_organization(name), name_span=span))
    entity.add(Mention(text[span.start : span.end], span))
    entities.append(entity)
    return entity


def _short_form_antecedent(
    text: str, mention: Mention, reading: _Reading, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``The Federal Reserve held rates. The Fed said``: a body's
    conventional short form (``BODY_SHORT_FORMS``) joins the body in play by
    its full name, else the full name written before; and a full name joins
    a body that spoke by its short form first, which then takes the full
    name."""
    if reading.kind is not SourceKind.ORGANIZATION:
        return None
    recent = entities[-_WINDOW:]
    fulls = BODY_SHORT_FORMS.get(reading.key)
    if fulls is None:
        short = _SHORT_FORM_OF.get(reading.key)
        for entity in reversed(recent if short is not None else ()):
            if entity.kind is SourceKind.ORGANIZATION and entity.key == short:
                entity.name, entity.key = reading.name, reading.key
                return entity
        return None
    keys = {full.lower() for full in fulls}
    for entity in reversed(recent):
        if entity.kind is SourceKind.ORGANIZATION and entity.key in keys:
            return entity
    memo = ("short form", reading.key)
    if memo not in names.memo:
        pattern = "|".join(re.escape(full) for full in sorted(fulls, key=len, reverse=True))
        # not "Federal Reserve Bank of Cleveland": another body
        written = re.compile(rf"\b(?:{pattern})\b(?![ \u00a0]+[A-Z])")
        names.memo[memo] = [m.span() for m in written.finditer(text)]
    spans: list[tuple[int, int]] = names.memo[memo]
    # the last one ending before the mention (the spans are in order and
    # do not overlap, so their ends are sorted too)
    at = bisect.bisect_right(spans, (mention.span.start, mention.span.start)) - 1
    while at >= 0 and spans[at][1] > mention.span.start:
        at -= 1
    if at < 0:
        return None
    span = Span(*spans[at])
    name = text[span.start : span.end]
    for entity in reversed(recent):
        if entity.kind is SourceKind.ORGANIZATION and entity.key == name.lower():
            return entity
    entity = _new(attrs.evolve(_organization(name), name_span=span))
    entity.add(Mention(name, span))
    entities.append(entity)
    return entity


def _newspaper_written_before(
    mention: Mention, reading: _Reading, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``Commissioner Lyle Grant told The Boston Globe that ..., the
    newspaper reported``: with no outlet in play, ``the newspaper`` is the
    last newspaper written before it as a listener or a place of a quote,
    its name ending on a newspaper's word (``Globe``, ``Times``, ``Post``)."""
    if reading.kind is not SourceKind.MEDIA or reading.key not in {"newspaper", "paper"}:
        return None
    if any(e.kind is SourceKind.MEDIA for e in entities[-_WINDOW:]):
        return None
    found = [
        written
        for word in _NEWSPAPER_WORDS | {"globe"}
        if (written := names.trade_name_before(word, mention.span.start)) is not None
        and mention.span.start - written[1].end < 400
    ]
    if not found:
        return None
    name, span = max(found, key=lambda w: w[1].start)
    entity = _new(_Reading("name", SourceKind.MEDIA, name.lower(), name, None, False, span))
    entity.add(Mention(name, span))
    entities.append(entity)
    return entity


def _outlet_antecedent(reading: _Reading, recent: list[_Entity]) -> _Entity | None:
    """``the Wall Street Journal reported. The Journal said``: an outlet's
    short re-mention (the last word of its name, ``the Journal``, ``the
    Post``; its initials, ``the FT``) or its kind (``the newspaper``, ``the
    broadcaster``) joins the outlet in play, as ``the airline`` joins an
    airline."""
    if reading.kind is not SourceKind.MEDIA and (
        # ("The Ledger", a word no list holds, read as a body's name)
        reading.kind is not SourceKind.ORGANIZATION or " " in reading.key
    ):
        return None
    generic = reading.kind is SourceKind.MEDIA and reading.key in MEDIA_HEADS
    for entity in reversed(recent):
        if (
            entity.kind is SourceKind.MEDIA
            and entity.key == reading.key
            and reading.kind is SourceKind.ORGANIZATION
        ):
            return entity  # "Tasnim said" after "the Tasnim news agency"
        if entity.kind is not SourceKind.MEDIA or entity.key == reading.key:
            continue
        words = entity.key.split()
        if generic or (
            len(words) >= 2
            and (words[-1] == reading.key or reading.key.upper() in _initials(entity.name))
        ):
            return entity
    return None


_SHORT_FORM_OF = {
    full.lower(): short for short, fulls in BODY_SHORT_FORMS.items() for full in fulls
}


# trades an organisation is called by after ``the``, besides the lexicon's
# ORGANIZATION_ROLE_NOUNS (business-wire usage: "the fund", "the brokerage")
_TRADE_NOUNS = ORGANIZATION_ROLE_NOUNS | frozenset(
    """fund brokerage startup refiner brewer grocer reinsurer shipper
    shipbuilder planemaker steelmaker truckmaker toymaker railway railroad
    chain studio streamer label biotech monitor watchdog alliance bloc
    regulator exchange""".split()
)
# trades only a government body is called by: "the regulator", "the
# watchdog" (Reuters' and Bloomberg's second reference for the agency in
# play, never a company)
_AGENCY_TRADES = frozenset({"agency", "regulator", "watchdog"})
# what PTI, IANS and ANI call a government agency again by its remit, as
# "the agency" (``The Election Commission said ... The poll panel said``,
# ``The Enforcement Directorate ... the probe agency``): the agency in play
_AGENCY_EPITHETS = frozenset(
    """poll panel|poll body|election body|election watchdog|probe agency|central
    probe agency|investigating agency|investigation agency|investigative
    agency|central agency|anti-graft agency|anti-graft body|anti-corruption
    agency|anti-corruption body|anti-terror agency|anti-terror probe agency
    """.replace("\n    ", " ").strip().split("|")
)
# a trade written in two words is one trade, not a modifier and a trade
# (``the central bank`` is a body of its own; ``the hedge fund`` is a fund)
_TRADE_COMPOUNDS = frozenset(
    """hedge fund|investment fund|activist fund|investment bank|asset
    manager|fund manager|money manager|wealth manager|investment
    manager|activist investor|streaming service|military alliance|defense
    alliance|defence alliance|transatlantic alliance|western alliance|western
    military alliance|trade bloc|regional bloc""".replace("\n    ", " ").split("|")
)
# modifiers that place or own a company but name no other body: "the
# Tulsa-based lender", "the state-owned lender", "the Paris-listed firm"
# a body's size, which names no other body: "the 27-nation bloc", "the
# 32-member alliance"
_MEMBERSHIP = re.compile(r"\d{1,3}-(?:member|nation|country|state|seat)")
# nationality adjectives that place a company (``the Swiss drugmaker``),
# besides the demonyms that also name one person (``American``, ``German``)
_NATION_ADJECTIVES = frozenset(
    """swiss danish french british dutch english irish welsh scottish swedish
    finnish norwegian polish spanish portuguese turkish u.s. us u.k. uk
    european asian taiwanese singaporean malaysian qatari emirati south""".split()
)

# a demonym or a nation's adjective: one set, not a union built per test
_DEMONYM_OR_NATION = _DEMONYMS | _NATION_ADJECTIVES
_LOCATING_MODIFIERS = (
    "-based",
    "-owned",
    "-run",
    "-listed",
    "-headquartered",
    "-controlled",
    # "the Microsoft-backed startup": its backer, named as its owner is
    "-backed",
)
# ``the`` + an owner of an agency (a government, the UN) and the field it
# works in, or either alone, + ``agency``: an epithet for the agency in play
_AGENCY_OWNERS = r"(?:U\.N\.|UN|U\.S\.|US|EU|E\.U\.|federal|state|government|national)"
_AGENCY_FIELDS = (
    r"(?:health|space|weather|food|drug|nuclear|atomic|refugee|environmental|environment"
    r"|climate|aid|relief|migration|labor|labour|trade|statistics|meteorological|disaster"
    r"|children's|children’s|wildlife|energy|anti-doping|doping)"
)
_OWNED_AGENCY = re.compile(
    rf"[Tt]he[ \u00a0]+(?:{_AGENCY_OWNERS}(?:[ \u00a0]+{_AGENCY_FIELDS})?|{_AGENCY_FIELDS})"
    r"[ \u00a0]+(?:agency|watchdog)"
)


def _name_holds(name: str, raw: str, head: str) -> bool:
    """Whether an organisation's ``name`` holds the description ``raw``
    headed by ``head``: the head and every modifier before it (``the
    ministry`` and ``the foreign ministry`` in ``Foreign Ministry``; ``the
    central bank`` is not ``Dunmore Bank Corp``)."""
    words = name.lower().split()
    if head not in words:
        return False
    lower = [w.strip(",") for w in raw.lower().split()]
    at = next((i for i, w in enumerate(lower) if _stem(w) == head or w == head), len(lower))
    return all(
        w in words for w in lower[:at] if w not in _NOT_NAME and not w.endswith(_LOCATING_MODIFIERS)
    )


def _trade_noun(raw: str) -> str | None:
    """The trade an organisation is called by in ``raw``, when ``raw`` is
    ``the`` + a trade (``the fund``, ``the hedge fund``, ``the brokerage``),
    with only modifiers that place or own it (``the Tulsa-based lender``;
    ``Oklahoma-based lender`` when a speaker span lost its ``the``)."""
    words = raw.split()
    lower = [w.lower().strip(",") for w in words]
    placed = {
        i
        for i, w in enumerate(lower)
        if w.endswith(_LOCATING_MODIFIERS) or _MEMBERSHIP.fullmatch(w)
    }
    if len(words) >= 3 and lower[0] == "the":
        # "the Swiss drugmaker", "the Japanese automaker", "the U.S.
        # lender": a nationality places the company as "-based" does
        placed |= {
            i
            for i, w in enumerate(lower[1:-1], 1)
            if words[i][:1].isupper() and (w in _DEMONYMS or w in _NATION_ADJECTIVES)
        }
    for i in sorted(placed):
        while i > 0 and words[i - 1][:1].isupper() and lower[i - 1] != "the":
            i -= 1  # "North Carolina-based": the place's words before
            placed.add(i)
    located = [w for i, w in enumerate(lower) if i not in placed]
    if len(located) == len(lower):
        if not lower or lower[0] != "the":
            return None
        located = located[1:]
    elif located and located[0] == "the":
        located = located[1:]
    phrase = " ".join(located)
    if phrase in _AGENCY_EPITHETS:
        return "agency"  # "the poll panel", "the probe agency": the agency in play
    if phrase in _TRADE_COMPOUNDS:
        return located[-1]
    if len(located) == 1 and located[0] in _TRADE_NOUNS:
        return located[0]
    ranked = _RANKED_TRADE.fullmatch(phrase)
    if ranked is not None:
        # "the world's largest copper producer", "the nation's biggest
        # lender": Reuters' second reference for the company by its rank
        located = ranked.group(1).split()
    if len(located) == 2 and located[1] in _PRODUCT_TRADES and located[0] not in _NOT_NAME:
        return located[1]  # "the iPhone maker", "the snack maker": a product and a trade
    if (
        len(located) == 3
        and located[2] in _PRODUCT_TRADES
        and all(w.isalpha() and w not in _NOT_NAME for w in located[:2])
    ):
        return located[2]  # "the medical device maker", "the social media platform"
    if len(located) == 1 and located[0] in _TRADE_OR_PRODUCT:
        return located[0]
    return None


# a company named by the trade in what it makes (``the iPhone maker``, ``the
# copper producer``): the trade after one product word
_PRODUCT_TRADES = frozenset(
    """maker producer manufacturer developer supplier provider distributor
    designer publisher giant platform chain insurer label monitor watchdog""".split()
)

# a trade or a product's trade: one set, not a union built per test
_TRADE_OR_PRODUCT = _TRADE_NOUNS | _PRODUCT_TRADES
# a rank before a trade: ``world's largest``, ``country's second-biggest``,
# ``largest``, then up to two modifiers and the trade itself
_RANKED_TRADE = re.compile(
    r"(?:[\w.\-]+[’']s[ ]+)?(?:no\.[ ]+\d|top|(?:[a-z]+-)?[a-z]+est)[ ]+((?:[\w.\-]+[ ]+)?[a-z\-]+)"
)


def _last_end(entity: _Entity) -> int:
    """Where the entity's last mention ends (-1 with none)."""
    return entity.mentions[max(entity.mentions)].span.end if entity.mentions else -1


def _agency_name_before(mention: Mention, names: _NameIndex) -> tuple[str, Span] | None:
    """The last name written before ``mention`` that ends on a word for a
    government agency (``Administration``, ``Agency``, ``Bureau``, ...)."""
    bodies = [
        found
        for word in ("agency", *_AGENCY_NAME_ENDS)
        if (found := names.trade_name_before(word, mention.span.start)) is not None
    ]
    return max(bodies, key=lambda found: found[1].start, default=None)


def _trade_antecedent(
    text: str, mention: Mention, trade: str, entities: list[_Entity], names: _NameIndex
) -> _Entity:
    """``the airline``, ``the fund``: the organisation whose name holds the
    trade, else the most recent one; with none spoken, the name written
    before that holds the trade (``Dunmore Bank Corp reported ... The bank
    said``), else the one incorporated name written before."""
    orgs = [e for e in entities[-_WINDOW:] if e.kind is SourceKind.ORGANIZATION]
    agency = trade in _AGENCY_TRADES
    if trade == "exchange":
        # "Cocoa futures rose, the exchange said" after "the agency said": an
        # exchange is only a body whose name holds the word, else the
        # company that opens the sentence ("Vantlo's token plunged after the
        # exchange said")
        orgs = [e for e in orgs if "exchange" in e.name.lower().split()]
    if agency:
        # "the U.N. nuclear watchdog" never stands for "the Swiss drugmaker":
        # a company is no agency
        orgs = [e for e in orgs if not _company_named(e.name)]
    written = None
    if orgs:
        holding = [e for e in orgs if trade in e.name.lower().split()]
        if holding or not agency:
            return (holding or orgs)[-1]
        written = _agency_name_before(mention, names)
        if written is None or written[1].start < _last_end(orgs[-1]):
            return orgs[-1]
        # "Halvorsen Motors said ... according to documents posted by the
        # National Highway Traffic Safety Administration. ..., the agency
        # said": the agency named since the body in play last spoke
    written = written or names.trade_name_before(trade, mention.span.start)
    if written is None and agency:
        # "The Food and Drug Administration approved ... the agency said":
        # a government body's name ends on another word for an agency
        written = _agency_name_before(mention, names)
    if written is None and agency and not orgs:
        # "The EIA expects prices to rise, the agency said": a body's
        # acronym after "The" opening the sentence is the agency
        acronym = _acronym_opening(text, mention, names)
        if acronym is not None:
            joined = _join_written(text, acronym, SourceKind.ORGANIZATION, entities, names)
            if joined is not None:
                return joined
    written = written or names.incorporated_before(mention.span.start)
    if written is not None and _airport_for_carrier(written[0], trade):
        written = None
    if written is not None:
        named = Mention(text[written[1].start : written[1].end], written[1])
        reading = _read(text, named, names)
        if reading.form == "name" and reading.kind is SourceKind.ORGANIZATION:
            entity = _resolve(text, named, entities, names)
            if entity is not None and entity.kind is SourceKind.ORGANIZATION:
                entity.add(named)
                return entity
    if trade in _GENERIC_ORGS and written is None:
        # "the group said" after "the National Fraternal Order of Deputies":
        # a generic noun takes the organisation named last, though it has
        # not spoken
        body = names.organization_before(mention.span.start)
        for _ in range(3):
            if body is None or trade != "group" or not _seat_of_government(body[0]):
                break
            # "The White House ... , the group said": a government is no
            # group; the body named before it may be
            body = names.organization_before(body[1].start)
        if body is not None and trade == "group" and _seat_of_government(body[0]):
            body = None
        if body is not None:
            joined = _join_written(text, body[1], SourceKind.ORGANIZATION, entities, names)
            if joined is not None:
                return joined
    if written is None and (trade.endswith("maker") or trade in _COMPANY_TRADE_NOUNS):
        # "Novartis AG's gene therapy met its goal, the drugmaker said": a
        # company's trade takes the one company name written before, as
        # "the company" does
        company = names.company_before(mention.span.start)
        if company is not None and _airport_for_carrier(company[0], trade):
            company = None  # "Frankfurt Airport ... Lufthansa ..., the airline said"
        if company is not None:
            joined = _join_written(text, company[1], SourceKind.ORGANIZATION, entities, names)
            if joined is not None:
                return joined
    lone = _lone_company_before(text, mention, entities, names)
    if lone is not None:
        return lone  # "Vidora canceled the series. The studio said"
    entity = _new(
        _Reading("description", SourceKind.ORGANIZATION, trade, mention.text, None, False, None)
    )
    entities.append(entity)
    return entity


def _acronym_opening(text: str, mention: Mention, names: _NameIndex) -> Span | None:
    """The span of a capital acronym after ``The`` opening the mention's
    sentence (``The EIA expects ..., the agency said``), else the sentence
    before in its paragraph (``The SEC fined the firm. The firm admitted
    wrongdoing, the regulator said``)."""
    pos = mention.span.start
    base = pos - 400 if pos > 400 else 0
    sentence = _sentence_before(names, base, pos - base)
    if sentence is None or not sentence[1]:
        return None
    start, words = sentence
    if words[0].start() < pos and "\n" not in text[start:pos]:
        own = _acronym_subject(words)
        if own is not None:
            return own
    if start <= base or "\n" in text[start - 2 : start]:
        return None
    sentence = _sentence_before(names, base, start - base)
    if sentence is None or not sentence[1]:
        return None
    start, words = sentence
    if "\n" in text[start:pos]:
        return None
    return _acronym_subject(words)


def _acronym_subject(words: list[re.Match[str]]) -> Span | None:
    """The span of ``The`` and a capital acronym opening a sentence of
    ``words`` as its subject, a verb after it (``The SEC fined``, ``The FAA
    ordered``); None for a role (``The CFO resigned``) or a modifier (``The
    GOP nominee``)."""
    # (a bare acronym, "ICE did not respond": its verb an auxiliary, a cue
    # or a past form, not a plural noun it qualifies, "ICE agents")
    bare = len(words) >= 2 and words[0].group() != "The"
    if len(words) < (2 if bare else 3) or not (bare or words[0].group() == "The"):
        return None
    at = 0 if bare else 1
    acronym, verb = words[at].group(), words[at + 1].group()
    if not (2 < len(acronym) < 7 and acronym.isalpha() and acronym.isupper()):
        return None
    low = acronym.lower()
    if low in ROLE_HEADS or low in TITLE_WORDS or low in TITLE_ROLE_NOUNS:
        return None  # "The CFO resigned": a role, no body
    if not (
        verb.isalpha()
        and verb.islower()
        and (
            verb in AUXILIARIES
            or verb in CUE_FORMS
            or is_past_verb(verb)
            or (verb.endswith("s") and not bare)
        )
    ):
        return None  # "The GOP nominee spoke": the acronym qualifies a noun
    return Span(words[0].start(), words[at].end())


def _airport_for_carrier(name: str, trade: str) -> bool:
    """An airport's name (``Frankfurt Airport``) is no airline's or
    carrier's: ``the airline`` never stands for it."""
    return trade in {"airline", "carrier"} and name.split()[-1].lower() in {"airport", "airports"}


# a company described by what it makes: "The maker of Corvid sedans"
_THE_MAKER_OF = re.compile(r"[Tt]he[ \u00a0]+(?:maker|manufacturer|producer)[ \u00a0]+of[ \u00a0]")
# sports copy's second reference for the team or club in play
_THE_TEAM = re.compile(r"[Tt]he[ \u00a0]+(?:team|club|franchise|side)")
# a team's name written before: ``The`` and capitalised words ending on a
# plural nickname (``The Mountain Rams``), or words ending on a club word
# (``Lakeport United``, ``Ashford Town``)
_CLUB_WORDS = (
    "United|City|Town|Rovers|Athletic|Wanderers|Albion|Rangers|Hotspur|County|FC|AFC|CF|SC"
)
_CLUB_NAMES = frozenset(_CLUB_WORDS.split("|"))
_TEAM_WRITTEN = re.compile(
    r"\b[Tt]he[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]){0,2}[A-Z][a-z]+[^s\W]s\b"
    r"|\b(?:[A-Z][a-z]+[ \u00a0]){1,2}(?:" + _CLUB_WORDS + r")\b"
)


def _team_like(name: str) -> bool:
    """Whether an organisation's name may be a sports team's: no word of a
    public body, a league or a company (``NFL``, ``Premier League``, ``Orvel
    Inc.`` are no team) and no acronym."""
    words = [w.strip(".,") for w in name.split()]
    return bool(words) and not any(
        (w.lower() in ORGANIZATION_WORDS or w.isupper()) and w not in _CLUB_NAMES for w in words
    )


def _team_antecedent(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``the team``, ``the club``, ``the franchise``, ``the side``: the team
    that spoke last (within about two paragraphs), else the team named just
    before (``The Mountain Rams placed Mosley on injured reserve. The team
    said``); None when no team is in play."""
    pos = mention.span.start
    for entity in reversed(entities[-_WINDOW:]):
        if (
            entity.kind is SourceKind.ORGANIZATION
            and pos - 1500 <= entity.last < pos
            and _team_like(entity.name)
        ):
            return entity
    last = None
    for found in _TEAM_WRITTEN.finditer(text, max(0, pos - 400), pos):
        last = found
    if last is None:
        return None
    span = Span(last.start(), last.end())
    if not _team_like(_drop_the(last.group())):
        return None
    return _join_written(text, span, SourceKind.ORGANIZATION, entities, names)


# the trades of a company (not of a public body: "the agency", "the bloc")
_COMPANY_TRADE_NOUNS = frozenset(
    """lender insurer reinsurer retailer miner conglomerate producer
    manufacturer supplier airline carrier brewer refiner grocer biotech
    brokerage""".split()
)


# seats of executive power that stand for a government (never ``the group``)
_EXECUTIVE_SEATS = frozenset(
    "white house|kremlin|pentagon|élysée|elysee|state department|downing street".split("|")
)


def _seat_of_government(name: str) -> bool:
    """Whether a body's name is a government's seat (``the White House``,
    ``the Kremlin``, ``Downing Street``, a capital): a government, which
    ``the group`` never stands for."""
    lower = _drop_the(name).lower().strip()
    return lower in _EXECUTIVE_SEATS or lower in SEAT_METONYMS or lower in BODY_METONYMS


# ``the central bank``: the wire's second reference for the central bank in play
_THE_CENTRAL_BANK = re.compile(r"[Tt]he[ \u00a0]+central[ \u00a0]+bank")
# a central bank's name as wire copy writes it (not ``Bank of America``: a
# lender)
_CENTRAL_BANK_NAME = re.compile(
    r"\b(?:Federal[ \u00a0]Reserve|Reserve[ \u00a0]Bank[ \u00a0]of(?:[ \u00a0][A-Z][a-z]+){1,2}"
    r"|(?:[A-Z][a-z]+[ \u00a0])?Central[ \u00a0]Bank(?:[ \u00a0]of(?:[ \u00a0][A-Z][a-z]+){1,2})?"
    r"|Bank[ \u00a0]of[ \u00a0](?!America\b)[A-Z][a-z]+|Bundesbank|Banxico|Riksbank"
    r"|Norges[ \u00a0]Bank|Fed|ECB|BOJ|BOE|PBOC|RBI|RBA|SNB)\b"
)


def _central_bank_antecedent(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``The Federal Reserve said ... The central bank also said``: the
    central bank in play, else the one whose name was written last before
    (within about two paragraphs); None when no central bank is named."""
    return _body_in_play_or_written(
        text,
        mention,
        entities,
        names,
        _CENTRAL_BANK_NAME,
        lambda name: _CENTRAL_BANK_NAME.search(name) is not None,
    )


def _body_in_play_or_written(
    text: str,
    mention: Mention,
    entities: list[_Entity],
    names: _NameIndex,
    written: re.Pattern[str],
    in_play: Callable[[str], bool],
) -> _Entity | None:
    """The organisation in play whose name passes ``in_play``, else the one
    ``written`` matched last before the mention (within about two
    paragraphs); None when neither is found."""
    for entity in reversed(entities[-_WINDOW:]):
        if entity.kind is SourceKind.ORGANIZATION and in_play(entity.name):
            return entity
    pos = mention.span.start
    last = None
    for found in written.finditer(text, max(0, pos - 2000), pos):
        last = found
    if last is None:
        return None
    named = Mention(last.group(), Span(last.start(), last.end()))
    return _named_body(text, named, entities, names)


# "the world body", "the 193-member world body": AP and Reuters' second
# reference for the United Nations
_THE_WORLD_BODY = re.compile(
    r"[Tt]he[ \u00a0]+(?:\d{1,3}-(?:member|nation|country)[ \u00a0]+)?world[ \u00a0]+body"
)
_UN_NAME = re.compile(r"\b(?:United[ \u00a0]Nations|U\.N\.|UN)(?![ \u00a0]*[A-Z])")


def _world_body_antecedent(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``the world body``: the United Nations in play, else the one written
    last before (within about two paragraphs); None when it is not named."""
    return _body_in_play_or_written(
        text,
        mention,
        entities,
        names,
        _UN_NAME,
        lambda name: _UN_NAME.fullmatch(_drop_the(name)) is not None,
    )


# nouns wire copy alternates for one body: "the Israeli army" ... "the military"
_ONE_BODY_NOUNS = {
    "military": ("military", "army"),
    "army": ("army", "military"),
    # British wires: a police force is "the force", a council "the
    # authority" ("Staffordshire Police said ... The force said")
    "force": ("force", "police", "constabulary"),
    # AP: "Chicago police said ... The department said": the police
    # department, named by its city and "police"
    "department": ("department", "police"),
    "authority": ("authority", "council"),
}
# ``The`` and one capitalised word: "The Commission", "The Patrol"
_THE_ONE_NAME = re.compile(r"[Tt]he[ \u00a0]+([A-Z][a-z]{3,})")
# ``the`` and one lower-case noun: "the patrol", "the department"
# (after a count of members, ``the 15-member council``, or ``local``, ``the
# local authority``: the body's size and level name no other body)
_THE_ONE_NOUN = re.compile(
    r"[Tt]he[ \u00a0]+(?:(?:\d{1,3}-(?:member|nation|country|state|seat)|local)[ \u00a0]+)?"
    r"([a-z]{3,})"
)
# ``the`` + a place's ``-based`` + one noun: the body in play placed
# ("the Wiesbaden-based office")
_THE_PLACED_NOUN = re.compile(
    r"[Tt]he[ \u00a0]+(?:[A-Z][\w.’']*[ \u00a0]+){0,2}[A-Z][\w.’']*-(?:based|headquartered)"
    r"[ \u00a0]+([a-z]{3,})"
)


# a government body's name that opens on its noun: "Department for
# Education", "Ministry of Defence", "Department of Health and Human Services"
_HEAD_OF_NAME_NOUNS = frozenset({"department", "ministry"})
_HEAD_OF_NAME = re.compile(
    r"\b(Department|Ministry)[ \u00a0]+(?:of|for)[ \u00a0]+[A-Z][\w’'\-]*"
    r"(?:(?:[ \u00a0]+(?:and|of|the|for))?[ \u00a0]+[A-Z][\w’'\-]*){0,5}"
)


# adjectives of a jurisdiction that open a body's name as they open a title
_JURISDICTION_WORDS = frozenset({"federal", "national", "u.s.", "state", "european"})


def _body_by_last_word(
    text: str, mention: Mention, noun: str, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``the patrol`` after ``The Ohio State Highway Patrol``, ``the
    department`` after ``The Dayton Police Department``: the organisation in
    play whose name ends on the noun, else the last such name written before
    (though it has not spoken); None when there is none."""
    nouns = _ONE_BODY_NOUNS.get(noun, (noun,))
    # of several such bodies, the one written last ("Rourke's campaign said
    # ..., while Voigt's campaign accused ... The Rourke campaign said ... The
    # campaign also said": Rourke's)
    ranked = max(
        (
            (entity.last if entity.last < mention.span.start else -1, order, entity)
            for order, entity in enumerate(entities[-_WINDOW:])
            if entity.kind is SourceKind.ORGANIZATION
            and " " in entity.name
            and (
                entity.name.split()[-1].lower() in nouns
                # "the academy" after "The Academy of Motion Picture Arts and
                # Sciences", "the guild" after "The Writers Guild of America":
                # the name's head before its "of"
                or (
                    " of " in entity.name
                    and entity.name.split(" of ", 1)[0].split()[-1].lower() in nouns
                )
            )
        ),
        key=lambda row: row[:2],
        default=None,
    )
    if ranked is not None:
        return ranked[2]
    written = max(
        (
            found
            for word in nouns
            if (found := names.trade_name_before(word, mention.span.start)) is not None
        ),
        key=lambda found: found[1].start,
        default=None,
    )
    if written is None and noun in _HEAD_OF_NAME_NOUNS:
        # "A spokeswoman for the Department for Education said ... The
        # department added": a body's name opening on the noun before its
        # "of"/"for", written in the 1,500 characters before
        heads = list(
            _HEAD_OF_NAME.finditer(text, max(0, mention.span.start - 1500), mention.span.start)
        )
        heads = [m for m in heads if m.group(1).lower() == noun]
        if heads:
            last = heads[-1]
            named = Mention(last.group(), Span(last.start(), last.end()))
            if _read(text, named, names).kind is SourceKind.ORGANIZATION:
                # (read as the noun's description: "Department" heads it)
                return _named_body(text, named, entities, names)
    if written is None or noun == "police":
        return None  # ("the police": people, whatever name was written)
    first = written[0].split()[0].lower().rstrip(".")
    if (
        (first in TITLE_WORDS or first in _ROLE_NOUNS)
        and first not in PARTY_MEMBER_NOUNS
        # "The General Assembly", "General Council": a body's adjective
        and not (first == "general" and " of " not in written[0])
        # "The Federal Trade Commission", "the National Transportation Safety
        # Board": a jurisdiction's adjective opening a body's name that ends
        # on the noun, no title ("Federal Judge" ends on no body's noun)
        and not (first in _JURISDICTION_WORDS and written[0].split()[-1].lower() in nouns)
    ):
        # "Deputy Commissioner of Police": a title, no body ("Republican
        # National Committee": a party's adjective, a body)
        return None
    named = Mention(text[written[1].start : written[1].end], written[1])
    reading = _read(text, named, names)
    if reading.form != "name" or reading.kind is not SourceKind.ORGANIZATION:
        return None
    return _named_body(text, named, entities, names)


def _named_body(
    text: str, named: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """The organisation a body's name written before (though it has not
    spoken) resolves to, with the name as a mention of it; None, and no
    entity left behind, when the name reads as anything else."""
    count = len(entities)
    body = _resolve(text, named, entities, names)
    if body is None or body.kind is not SourceKind.ORGANIZATION:
        del entities[count:]
        return None
    body.add(named)
    return body


# the last word of a government agency's name, besides ``Agency``
_AGENCY_NAME_ENDS = (
    "administration",
    "commission",
    "service",
    "bureau",
    "authority",
    "organization",
)


_PLURAL_AGREEMENT = frozenset({"were", "are", "have"})


# what a company's possessive opens: "Marlow's board", "Rell's shares"
_COMPANY_PARTS = frozenset(
    """board shares stock profit profits revenue revenues sales gross net
    earnings directors management executives bid offer margin margins
    quarterly annual chief ceo cfo chairman chairwoman founder
    co-founder token""".split()
)


# the last word of a government body's name: "the company" never stands
# for it (a regulator speaks in recall and enforcement copy beside the company)
_AGENCY_LAST_WORDS = frozenset(
    """administration agency authority board bureau commission department
    ministry directorate inspectorate regulator""".split()
)


def _agency_named(name: str) -> bool:
    """Whether an organisation's name ends on a government body's word
    (``National Highway Traffic Safety Administration``, ``Federal Trade
    Commission``)."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _AGENCY_LAST_WORDS


def _lone_company_before(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``Chirpline is cutting 10% of its staff, the company said``,
    ``Vidora canceled the series. The studio said``: with no organisation
    in play and none written in full, a lone capitalised word that opens the
    mention's sentence (or the sentence before, when the mention opens its
    own) and is followed by a verb or a ticker, the name of no person the
    story writes in full (the company named without a suffix in a lede)."""
    pos = mention.span.start
    base = pos - 400 if pos > 400 else 0
    sentence = _sentence_before(names, base, pos - base)
    if sentence is None or not sentence[1]:
        return None
    start, words = sentence
    for _ in range(3):
        if not (
            start - 2 > base
            and names.text[start - 1] == "\n"
            and names.text[start - 2] not in '\n\r.!?”"'
            and words[0].group()[:1].islower()
        ):
            break
        # "Chirpline is cutting 10% of its\nstaff, the company said": a
        # hard wrap inside the sentence, which opens on the line before
        wrapped = _sentence_before(names, base, start - 1 - base)
        if wrapped is None or not wrapped[1]:
            break
        start, words = wrapped
    # (a line break inside a hard-wrapped paragraph is no break)
    blank = names.text.rfind("\n\n", start, pos)
    line = max(blank + 1 if blank >= 0 else -1, names.text.rfind("\r", start, pos))
    if line >= 0:
        # a headline or a paragraph with no closing stop before the
        # mention's paragraph ("Outlook cut" over "The company said"): the
        # sentence opens at its paragraph
        start = line + 1
        words = (
            list(_WORD_SPAN.finditer(names.text, start, pos))[:6]
            or [m for m in _WORD_SPAN.finditer(names.text, pos, pos + 80)][:1]
        )
    # ('"Safety is our priority," the company said': a quotation opening
    # the mention's sentence names no subject of it either)
    if words[0].start() >= pos or text[start : start + 1] in {'"', "“"}:
        if start <= base or "\n" in text[start - 2 : start]:
            return None  # a paragraph's first sentence: nothing before it here
        sentence = _sentence_before(names, base, start - base)
        if sentence is None or not sentence[1]:
            return None
        start, words = sentence
    if (
        len(words) > 2
        and words[0].group() == "The"
        and any(_public_word(w.group()) and w.group()[:1].isupper() for w in words[1:])
        and start > base
        and "\n" not in text[start - 2 : start]
    ):
        # "Kestrel is recalling 4,000 pickups. The National Highway Traffic
        # Safety Administration said ... The company said": the sentence a
        # public body opens names no company; the company is the one that
        # opens the sentence before it
        sentence = _sentence_before(names, base, start - base)
        if sentence is None or not sentence[1]:
            return None
        words = sentence[1]
    if words:
        # "Crypto lender Ferro filed for bankruptcy, the company said",
        # "Shares of Arclight fell 5% after the company said": the name after
        # the trade written before it, or after the stock's "Shares of"
        lead = _COMPANY_DESCRIPTOR.match(names.text, words[0].start()) or _SHARES_OF.match(
            names.text, words[0].start()
        )
        if lead is not None and lead.end() < pos:
            words = list(itertools.islice(_WORD_SPAN.finditer(names.text, lead.end(), pos), 6))
    if len(words) < 2:
        return None
    size = 1
    while size < 3 and size + 1 < len(words) and words[size].group()[:1].isupper():
        size += 1  # "Duke Energy reported ...": a name of two or three words
    if size > 1:
        return _company_opening(text, words, size, entities, names)
    word, after = words[0].group(), words[1].group()
    if word.endswith(",") and after in ("the", "a", "an"):
        # "Quillon, the AI coding startup, has raised $50 million ..., the
        # company said": the company's trade set off after its name; the
        # verb after the appositive is the company's
        for j in range(2, len(words) - 1):
            head = words[j].group()
            if head.endswith(","):
                if head[:-1].lower() in _TRADE_NOUNS:
                    word, after = word[:-1], words[j + 1].group()
                break
    owned = word[-2:] in ("'s", "’s") and after.rstrip(",") in _COMPANY_PARTS
    if owned:
        # "Marlow's board rejected the proposal, the company said": the
        # company owning its board, shares or results
        word, after = word[:-2], "has"
    if not (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 2
        and not word.isupper()
        and word.lower() not in _NOT_NAME
        and word.lower() not in _COMMON_HEADS
        and word.lower() not in _INDEFINITE_PRONOUNS
        and word.lower() not in _MARKET_NOUNS
        and word.lower() not in _LEDE_MODIFIERS
        and not word.endswith(("ing", "ly"))
        # "Crossings were halted. The operator said": a plural noun that
        # takes a plural verb; wires give a company a singular one
        and not (word.endswith("s") and after in _PLURAL_AGREEMENT)
        # "Gasoline prices will average $3.40, the agency said": a plural
        # head of prices or stocks after the word is the noun it qualifies,
        # not a company's verb (unless an object follows: "Vidora prices
        # its shares")
        and not (after in _PRICE_HEADS and not _object_after(words))
        # "Job cuts rose 50%, the firm said", "Holiday sales rose": a
        # plural noun the capitalised word qualifies, before the verb, is
        # the subject's head; no company named "Job" does "cuts" (but
        # "Zentrix shares fell": a company's shares, profits or earnings)
        and not (
            after.endswith("s")
            and after not in AUXILIARIES
            and (after == "sales" or after not in _COMPANY_PARTS)
            and len(words) > 2
            and words[2].group().islower()
            and (
                words[2].group() in AUXILIARIES
                or words[2].group() in _PLURAL_AGREEMENT
                or is_past_verb(words[2].group())
            )
        )
        and (
            after.startswith("(")
            or after in AUXILIARIES
            or after in CUE_FORMS
            or after in _PRESENT_AND_PAST
            or is_past_verb(after)
            or (after.endswith(("es", "ed")) and after.isalpha() and after.islower())
        )
        and names.fullest_name(word.lower()) is None
    ):
        return None
    span = Span(words[0].start(), words[0].start() + len(word))
    named = Mention(word, span)
    reading = _read(text, named, names)
    if reading.form != "name" or reading.kind not in (SourceKind.ORGANIZATION, SourceKind.PERSON):
        return None  # (a lone word may read as a person's surname; no person is written so)
    for known in reversed(entities[-_WINDOW:]):
        if known.name == word:
            # "Zentrix said ... the company said": a one-word name read as a
            # surname is the company "the company" stands for
            known.kind, known.key = SourceKind.ORGANIZATION, _organization(word).key
            return known
    entity = _new(_organization(word))
    entity.add(named)
    entities.append(entity)
    return entity


def _company_opening(
    text: str, words: list[re.Match[str]], size: int, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """The company named by the first ``size`` capitalised words of a
    sentence before a verb (``Duke Energy reported ...``), when they read as
    an organisation's name; for ``_lone_company_before``."""
    after = words[size].group()
    if not (
        after in AUXILIARIES
        or after in CUE_FORMS
        or after in _PRESENT_AND_PAST
        or is_past_verb(after)
        or (after.endswith(("es", "ed")) and after.isalpha() and after.islower())
    ):
        return None
    if words[0].group().lower() in _NOT_NAME or not all(
        w.group().replace("&", "").replace("-", "").isalpha() for w in words[:size]
    ):
        return None
    span = Span(words[0].start(), words[size - 1].end())
    named = Mention(text[span.start : span.end], span)
    return (
        _join_written(text, span, SourceKind.ORGANIZATION, entities, names)
        if (_read(text, named, names).form == "name")
        else None
    )


# words that open a sentence as its subject but name no one
_INDEFINITE_PRONOUNS = frozenset(
    "nobody everybody everyone someone somebody anyone anybody nothing something everything"
    " none".split()
)
# the nouns a business story's sentence opens on that name no company
# ("Demand had slowed, the company said"; "Shares closed at $42")
# common nouns that open a business lede qualifying the market noun after
# them ("Holiday sales rose 4%", "Job cuts rose 50%", "Grocery prices fell"):
# no company's one-word name
_LEDE_MODIFIERS = frozenset(
    """holiday job jobs grocery retail home housing factory consumer business
    auto car rent mortgage travel airfare gas fuel food energy store online
    summer winter spring autumn christmas thanksgiving weekly monthly""".split()
)
_MARKET_NOUNS = frozenset(
    """demand sales shares stocks stock prices revenue revenues profit profits
    earnings inflation growth output production exports imports orders
    spending costs rates yields bonds oil gold trading volume unemployment
    employment payrolls wages income losses margins deliveries bookings
    traffic subscribers users customers investors analysts""".split()
)
# plural heads of prices and stocks a commodity or a market word qualifies
# ("Gasoline prices", "Mortgage rates", "Cocoa futures")
_PRICE_HEADS = frozenset(
    "prices rates futures supplies inventories stockpiles reserves fares values wages".split()
)
# what opens a verb's object: "Vidora prices its shares"
_OBJECT_OPENERS = frozenset("the a an its their his her this these".split())


def _object_after(words: list[re.Match[str]]) -> bool:
    """Whether the third word opens an object (the second is a verb)."""
    return len(words) > 2 and (
        words[2].group().lower() in _OBJECT_OPENERS or words[2].group()[:1].isdigit()
    )


# verbs of a company's lede that are the same in the present and the past
_PRESENT_AND_PAST = frozenset("cut cuts set sets put puts shut shuts quit quits hit hits".split())


# ``the companies``, ``both banks``, ``the two firms``: bodies named together
_THE_COMPANIES = re.compile(r"(?:[Tt]he|[Bb]oth)(?:[ \u00a0]+two)?[ \u00a0]+([a-z]+s)")


# two names joined by "and", each of one or two capitalised words: "Rell
# and Sefton", "Orvane Mining and Tarn Gold"
_TWO_NAMES = re.compile(
    r"[A-Z][\w.\-]*(?:[ \u00a0][A-Z][\w.\-]*)?[ \u00a0]and[ \u00a0][A-Z][\w.\-]*"
    r"(?:[ \u00a0][A-Z][\w.\-]*)?"
)


def _bodies_together(name: str) -> bool:
    """Whether ``name`` names two bodies together (``Orsova Steel Corp. and
    Kelby Metals AG``)."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w in {"and", "&"}), None)
    return (
        at is not None
        and 2 <= at < len(words) - 2
        and _body_name_end(words[at - 1])
        and _body_name_end(words[-1])
    )


# ``the panel``: the committee, commission, court or board just named
_THE_PANEL = re.compile(r"[Tt]he[ \u00a0\n]+panel")
_PANEL_BODIES = frozenset(
    "committee subcommittee commission panel court tribunal board council jury".split()
)


def _panel_body(name: str) -> bool:
    """Whether a body's name ends in a word for a panel, or holds one before
    its ``of``/``on`` (``Committee on Ways and Means``)."""
    words = name.lower().split()
    at = next((i for i, w in enumerate(words) if w in {"of", "on", "for"}), len(words))
    return bool(words) and (words[-1] in _PANEL_BODIES or words[at - 1] in _PANEL_BODIES)


# a press release's defined term: ``The Company``, ``the Company``
_DEFINED_COMPANY = re.compile(r"[Tt]he[ \u00a0\n]+[\"“]?Company[\"”]?")
# ``the company``, ``the firm`` and no more ("one research firm" is someone new)
_THE_COMPANY = re.compile(r"[Tt]he[ \u00a0\n]+(?:company|firm)")
# "the company" with up to two lower-case words of its trade before the noun
_THE_KIND_OF_COMPANY = re.compile(
    r"[Tt]he(?:[ \u00a0\n]+[a-z][a-z\-]*){0,2}[ \u00a0\n]+(?:company|firm)"
)
# ``the district``, ``the school district``: a school (or water, fire ...)
# district, a body
_DISTRICT = re.compile(r"[Tt]he[ \u00a0]+(?:school[ \u00a0]+)?district")
# the last word of a district's name: ``Kettleman Unified School District``,
# ``Kettleman Unified``, ``Denver Public Schools``
_DISTRICT_NAME_WORDS = ("district", "unified", "schools")


def _district_antecedent(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity:
    """``the district``: an organisation, the last district named before it
    (a name ending in ``District``, ``Unified`` or ``Schools``), spoken or
    not, else the last one in play whose name holds one of those words, else
    a body of its own. A district's name that spoke and was read as a
    person's (``Kettleman Unified said``) is the body."""
    written: tuple[str, Span] | None = None
    for word in _DISTRICT_NAME_WORDS:
        found = names.trade_name_before(word, mention.span.start)
        if found is not None and (written is None or found[1].start > written[1].start):
            written = found
    if written is not None:
        name, span = written
        reading = _organization(name)
        for entity in reversed(entities[-_WINDOW:]):
            if entity.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON) and (
                entity.key == reading.key or entity.name.lower() == reading.key
            ):
                entity.kind, entity.title = SourceKind.ORGANIZATION, None
                entity.key = reading.key
                return entity
        entity = _new(attrs.evolve(reading, name_span=span))
        entity.add(Mention(text[span.start : span.end], span))
        entities.append(entity)
        return entity
    for entity in reversed(entities[-_WINDOW:]):
        if entity.kind is SourceKind.ORGANIZATION and any(
            w in _DISTRICT_NAME_WORDS for w in entity.name.lower().split()
        ):
            return entity
    reading = _Reading(
        "description", SourceKind.ORGANIZATION, "district", mention.text, None, False, None
    )
    entity = _new(reading)
    entities.append(entity)
    return entity


# honours written between an office and a person's name, after which one
# word is the person's name in full ("Prime Minister Sheikh Hasina")
_HONOURS_BEFORE_A_NAME = frozenset("sheikh sheikha begum maulana sir dame".split())


# the present titles of a politician whom copy names again by an office
# held before ("Congress leader X ... the former finance minister")
_HOLDERS_OF_PAST_OFFICES = frozenset(
    "leader member lawmaker legislator politician mp mla veteran stalwart".split()
)


# titles written by their initials (``PM``, ``FM``, ``CEO``)
_INITIAL_TITLES = frozenset({"pm", "cm", "fm", "mp", "mla", "ceo", "cfo", "coo"})


# the US titles of a public prosecutor: "District Attorney", "U.S.
# Attorney", "State's Attorney", "Circuit Attorney", "County Attorney"
_PROSECUTOR_TITLE = re.compile(
    r"(?i)\b(?:district|u\.s\.|us|united states|state['’]s|circuit|county|commonwealth['’]s)"
    r"[ \u00a0]+attorney\b(?![ \u00a0]*['’]s)"
)


# a word that makes the role after it another office: a Prime Minister is
# "the prime minister" (or "the premier"), not "the minister"
_OTHER_OFFICE = frozenset({"prime", "vice"})


def _holds(
    title: str, role: str, modifiers: list[str], affiliation: frozenset[str] = frozenset()
) -> bool:
    """Whether a person with ``title`` is ``the`` + ``modifiers`` + ``role``:
    the role is a word of the title or what its abbreviation stands for
    (``Sen.``: senator, lawmaker; ``Rep.``: congresswoman), and so is every
    modifier that names a rank or a body (``the council member`` holds
    ``City Council member``, not ``Board member``; ``the vice president``
    is no ``US President``, ``the Ohio governor`` no ``Florida Gov.``; ``the
    two-term president`` is any president)."""
    words: set[str] = set(affiliation)
    for word in title.lower().split():
        stripped = word.strip(".,")
        words.add(stripped)
        if stripped.startswith("(") and stripped.endswith(")"):
            # "Station House Officer (SHO)": the title's abbreviation in
            # brackets is the role noun written again ("The SHO said")
            words.add(stripped[1:-1])
        words |= TITLE_ROLE_NOUNS.get(word.rstrip(","), frozenset())
        words |= TITLE_ROLE_NOUNS.get(stripped, frozenset())
    if role == "prosecutor" and _PROSECUTOR_TITLE.search(title):
        words.add(role)  # "District Attorney Kim Ostrow ... The prosecutor said"
    if role in _INITIAL_TITLES:
        # "FM" for "Foreign Minister", "CEO" for "Chief Executive Officer":
        # an abbreviated title stands for the title's words by their initials
        initials = "".join(w[0] for w in title.lower().split() if w[0].isalpha())
        if role in initials:
            words.add(role)
    if role not in words:
        return False
    tokens = [w.strip(".,") for w in title.lower().split()]
    if (
        role in tokens
        and tokens.index(role) > 0
        and tokens[tokens.index(role) - 1] in _OTHER_OFFICE
        and tokens[tokens.index(role) - 1] not in (m.lower() for m in modifiers)
    ):
        return False  # "the minister" is no Prime Minister, "the president" no Vice President
    return all(
        m.lower() in words
        for m in (w.strip(".,") for w in modifiers)
        if m[:1].isupper()
        or m in TITLE_WORDS
        or m in ORGANIZATION_WORDS
        or m in ROLE_HEADS
        or m in _SIDE_MODIFIERS
    )


# lower-case modifiers that name a side or a rank the holder must have:
# "the opposition leader" is no "French President", "the deputy mayor" no
# "Mayor", "the rival candidate" no candidate of the story's own side
_SIDE_MODIFIERS = frozenset({"opposition", "deputy", "vice", "assistant", "rival"})


# AP's party-and-state tag after a politician's name: "Sen. Carla Benning,
# D-Ore., said", "Rep. Dale Ostrow (R-Texas)"
_PARTY_TAG = re.compile(
    r"[ \u00a0]*[,(][ \u00a0]*([DRI])-([A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?)[,)]"
)
_PARTY_WORDS = {
    "d": ("democrat", "democratic"),
    "r": ("republican", "gop"),
    "i": ("independent",),
    "democratic": ("democrat", "democratic"),
    "democrat": ("democrat", "democratic"),
    "republican": ("republican", "gop"),
    "gop": ("republican", "gop"),
}
# AP's state abbreviations in a party tag, and the states it writes whole
_AP_STATES = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california",
    "colo.": "colorado", "conn.": "connecticut", "del.": "delaware", "fla.": "florida",
    "ga.": "georgia", "ill.": "illinois", "ind.": "indiana", "kan.": "kansas",
    "ky.": "kentucky", "la.": "louisiana", "md.": "maryland", "mass.": "massachusetts",
    "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire",
    "n.j.": "new jersey", "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina",
    "n.d.": "north dakota", "okla.": "oklahoma", "ore.": "oregon", "pa.": "pennsylvania",
    "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "vt.": "vermont", "va.": "virginia", "wash.": "washington",
    "w.va.": "west virginia", "wis.": "wisconsin", "wyo.": "wyoming",
}  # fmt: skip
# the states of the United States, lower case, as ``of`` + a state closes a
# politician's name (``Sen. Farid Haddad of Illinois``)
_US_STATES = frozenset(_AP_STATES.values()) | {
    "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah",
}  # fmt: skip
# the states and provinces that qualify an office ("the NSW Premier", "the
# Ohio governor", "the Victorian premier")
_STATE_QUALIFIERS = _US_STATES | frozenset(
    """nsw victorian queensland tasmanian wa sa nt act ontario quebec alberta
    b.c. manitoba saskatchewan""".split()
)
_OF_PLACE = re.compile(r"[ \u00a0]+of[ \u00a0]+([A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)\b")


def _affiliation(entity: _Entity, text: str) -> frozenset[str]:
    """A politician's party and state as the story writes them beside the
    name, lower case: from the title (``Democratic Sen.``, ``GOP
    nominee``), AP's tag after the name (``, D-Ore.,``) or ``of`` + a place
    closing the mention (``Joan Pike of Maine``); read from the person's
    first mentions only."""
    words: set[str] = set()
    for word in (entity.title or "").lower().split():
        words.update(_PARTY_WORDS.get(word.strip(".,"), ()))
    for mention in itertools.islice(entity.mentions.values(), 6):
        if len(mention.text.split()) < 2:
            continue
        tag = _PARTY_TAG.match(text, mention.span.end)
        if tag is not None:
            words.update(_PARTY_WORDS[tag.group(1).lower()])
            state = tag.group(2).lower()
            words.update(_AP_STATES.get(state, state.rstrip(".")).split())
        place = _OF_PLACE.search(mention.text)
        if place is not None:
            words.update(place.group(1).lower().split())
        for word in mention.text.lower().split()[:3]:
            words.update(_PARTY_WORDS.get(word.strip(".,"), ()))
    return frozenset(words)


def _party_member(raw: str, reading: _Reading, recent: list[_Entity], text: str) -> _Entity | None:
    """``The Oregon Democrat``, ``The Texas Republican``: ``the``, a place
    and a party's member read as a capitalised name; the one person in
    play whose party and state (``_affiliation``) it fits, else None."""
    lower = raw.lower().split()
    if reading.form != "name" or len(lower) < 3 or lower[0] != "the":
        return None
    if lower[-1] not in PARTY_MEMBER_NOUNS:
        return None
    modifiers = raw.split()[1:-1]
    holders = [
        e
        for e in recent
        if e.kind is SourceKind.PERSON
        and _holds(e.title or "", lower[-1], modifiers, _affiliation(e, text))
    ]
    return holders[0] if len(holders) == 1 else None


# a class noun wire copy re-mentions a title holder by (TASS, Xinhua):
# the titles it covers
_CLASS_TITLES = {
    "diplomat": ("ambassador", "envoy", "minister", "secretary"),
    "leader": ("president", "premier", "chancellor", "king"),
    "official": ("spokesman", "spokeswoman", "spokesperson", "minister", "secretary"),
    # football's "boss" is the manager or coach (PA, Reuters)
    "boss": ("manager", "coach"),
}


def _of_title(lower: list[str], key: str) -> str | None:
    """``secretary of state`` for ``the secretary of state``, ``chief of
    staff`` for ``the former chief of staff``: the role and its complement
    after ``the`` and any modifiers, or None."""
    if lower[0] != "the" or "of" not in lower[2:]:
        return None
    at = lower.index("of")
    if lower[at - 1] != key or at + 1 >= len(lower) or len(lower) - at > 3:
        return None
    return " ".join(lower[at - 1 :])


# the re-mentions of people named together: "the couple", "the pair",
# "the two", "both men", "all three"
_PAIR_PHRASE = re.compile(
    r"(?i:the[ \u00a0]+(?:couple|pair|duo|trio|two|three|four)(?:[ \u00a0]+(?:men|women))?"
    r"|both(?:[ \u00a0]+(?:men|women))?|all[ \u00a0]+(?:three|four))"
)
# people named together: "Ana Ruiz and Tom Vance", "Maria and Luis Ortega"
_NAMED_PAIR = re.compile(
    r"(?<![\w’'\-])((?:[A-Z][\w’'\-]*\.?[ \u00a0]+){0,3}[A-Z][\w’'\-]*"
    r",?[ \u00a0]+and[ \u00a0]+(?:[A-Z][\w’'\-]*\.?[ \u00a0]+){0,3}[A-Z][\w’'\-]*)"
)
# a sentence's opening words before people named together
_PAIR_OPENERS = frozenset(
    "the but and so then yet now as when while after before if since though although".split()
)
# "the Ortegas", "the Reids": a family by its surname
_FAMILY = re.compile(r"[Tt]he[ \u00a0]+([A-Z][a-z’'\-]+)s")


def _named_pair_before(text: str, pos: int, floor: int, names: _NameIndex) -> Mention | None:
    """The last two or more people named together (``Ana Ruiz and Tom
    Vance``) between ``floor`` and ``pos`` (at most 400 characters back),
    outside quotations."""
    found = None
    for m in _NAMED_PAIR.finditer(text, max(floor, pos - 400, 0), pos):
        words = m.group(1).split()
        while len(words) > 3 and words[0].lower() in _PAIR_OPENERS:
            words = words[1:]  # "But | Ana Ruiz and Tom Vance"
        raw = " ".join(words)
        start = m.end(1) - len(m.group(1)) + m.group(1).index(words[0])
        opened = names.text[max(0, m.start(1) - 40) : m.start(1)].rstrip(" \u00a0")
        last = opened.split()[-1] if opened.split() else ""
        if opened and not (
            opened[-1] in "!?\n\r"
            or (opened[-1] == "." and _ends_sentence(last) and last.lower() not in _HONORIFICS)
            or last in ("But", "And")
        ):
            continue  # not the subject: "wrote with Daron Acemoglu and Brendan Price"
        reading = _coordinated(raw, raw.replace(",", "").split(), names)
        if (
            reading is not None
            and reading.kind is SourceKind.GROUP
            and not _in_quotation(text, start)
        ):
            found = Mention(text[start : m.end(1)], Span(start, m.end(1)))
    return found


def _pair_antecedent(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``The couple``, ``the pair``, ``the two``, ``both men`` and ``the
    Ortegas``: the people named together last (a group), or, with no pair
    named, a group of their own (they are identified, not withheld)."""
    raw = mention.text.strip()
    family = _FAMILY.fullmatch(raw)
    if family is None and not _PAIR_PHRASE.fullmatch(raw):
        return None
    recent = entities[-_WINDOW:]
    if family is not None:
        # "The Okafor family said ... the Okafors said": the family by its
        # surname's plural
        surname = family.group(1).lower()
        for entity in reversed(recent):
            words = _drop_the(entity.name).lower().split()
            if entity.kind is SourceKind.GROUP and words == [surname, "family"]:
                return entity
    if family is not None and names.fullest_name(family.group(1).lower()) is None:
        return None  # "the Giants": no person of that surname
    spoken = max((e.last for e in recent if e.kind is not SourceKind.GROUP), default=-1)
    pair = _named_pair_before(text, mention.span.start, spoken + 1, names)
    if pair is not None and (
        family is None
        # "Kevin and Maria Tran listed the house. The Trans said": the pair
        # that shares the family's surname
        or pair.text.split()[-1].lower().strip(".,") == family.group(1).lower()
    ):
        group = _resolve(text, pair, entities, names)
        if group is not None:
            group.add(pair)
            return group
    for entity in reversed(recent):
        if entity.kind is SourceKind.GROUP and entity.last >= spoken:
            return entity  # "Ana Ruiz and Tom Vance said ... The two added"
    entity = _Entity(
        kind=SourceKind.GROUP,
        name=_drop_the(raw) if family is not None else raw,
        key=raw.lower(),
        plural=True,
    )
    entities.append(entity)
    return entity


# a partitive of "them": "One of them", "two of them", "Some of them"
_ONE_OF_THEM = re.compile(
    r"(?i:one|two|three|some|several|many|most|each|either|neither|none|both|all)"
    r"[ \u00a0]+of[ \u00a0]+them"
)


def _described_speaker(
    text: str, mention: Mention, reading: _Reading, recent: list[_Entity]
) -> _Entity | None:
    """``the official`` after ``One of them, a senior administration
    official, said``: the one source in play a mention of which is set off
    by an appositive ending in the noun (its last three mentions read)."""
    lower = mention.text.lower().split()
    if len(lower) != 2 or lower[0] != "the" or reading.plural or lower[1] not in _ROLE_NOUNS:
        return None
    found = []
    for entity in recent:
        for key in itertools.islice(reversed(entity.mentions), 3):  # the latest
            written = entity.mentions[key]
            if written.span.end > mention.span.start:
                continue
            appositive = _ARTICLE_APPOSITIVE.match(text, written.span.end)
            phrase = appositive.group(1).lower().split() if appositive is not None else []
            if phrase[-1:] == [lower[1]] and not _TITLE_COMPLEMENTS.intersection(phrase):
                found.append(entity)
                break
    return found[0] if len(found) == 1 else None


# the British styles that tell a gender, as an honorific does: "Sir Keir
# Bramwell" is a man, "Lady Bramwell" (his wife) a woman
_STYLE_GENDERS = {
    "sir": "he",
    "lord": "he",
    "baron": "he",
    "lady": "she",
    "dame": "she",
    "baroness": "she",
}


def _style_gender(written: str) -> str | None:
    """``he``/``she`` as the honorific or the style opening ``written``
    tells it (``Mrs. Ortega``, ``Sir Keir Bramwell``, ``Lady Bramwell``)."""
    words = written.lower().split()
    if not words:
        return None
    if words[0] in _HONORIFICS:
        return _GENDERED.get(words[0])
    return _STYLE_GENDERS.get(words[0])


def _style_clash(entity: _Entity, written: str) -> bool:
    """Whether ``written`` (``Lady Bramwell``, ``Mrs Bramwell``) is styled
    for the other gender than every styled mention of ``entity`` (``Sir
    Keir Bramwell``, ``Mr Bramwell``): a man's wife shares his surname."""
    mine = _style_gender(written)
    if mine is None:
        return False
    theirs = {_style_gender(m.text) for m in entity.mentions.values()} - {None}
    return bool(theirs) and mine not in theirs


def _honorific_clash(entity: _Entity, titled: str | None) -> bool:
    """Whether a mention whose honorific tells ``titled`` (``Mr. Ortega``)
    cannot be ``entity``, a person known to be of the other gender
    (``Mrs. Ortega``)."""
    return titled is not None and entity.gender is not None and entity.gender != titled


def _generation(name: str) -> str | None:
    """The generational suffix closing a person's name (``Jr.``, ``Sr.``,
    ``III``), lower case without its point."""
    words = name.lower().replace(",", " ").split()
    last = words[-1].rstrip(".") if len(words) > 1 else ""
    return last if last + "." in _SUFFIXES or last in _SUFFIXES else None


def _other_generation(entity: _Entity, raw: str) -> bool:
    """Whether a name with a generational suffix (``Whitcomb Jr.``) is
    another person than ``entity``, written only with another suffix
    (``Darnell Whitcomb Sr.``): father and son share a name."""
    mine = _generation(raw)
    if mine is None:
        return False
    theirs = {_generation(m.text) for m in entity.mentions.values()} - {None}
    return bool(theirs) and mine not in theirs


_NOT_SECOND_SURNAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight "
    "january february march april may june july august september october "
    "november december".split()
)


def _second_surname(word: str) -> str:
    """``word`` (a run's last word, right after a surname) when it can be a
    second surname (``Pérez`` of ``Pedro Sánchez Pérez``), else ``""``: a
    capitalised name word, not a weekday, month, verb, body's or place's
    word, title, suffix or nationality (``Lena Ortiz Monday``, ``Ortiz
    Says``, ``Ortiz Foundation``, ``Sen. Ortiz D-Ore.``)."""
    word = word.rstrip(".,;:")
    lower = word.lower()
    if (
        len(word) < 2
        or not word[0].isupper()
        or not word[1:].replace("-", "").replace("'", "").islower()
        or not word.replace("-", "").replace("'", "").isalpha()
        or lower in _NOT_SECOND_SURNAME
        or lower in NEWS_VERBS
        or lower in ORGANIZATION_WORDS
        or lower in PLACE_WORDS
        or lower in TITLE_WORDS
        or lower in _SUFFIXES
        or lower in _DEMONYMS
        or lower in CORPORATE_SUFFIXES
    ):
        return ""
    return word


def _same_name(one: str, other: str) -> bool:
    """Whether two person names can be one person's: the shorter ends the
    longer, or both share first and last word (``Biden`` / ``Joe Biden``,
    ``Donald J. Trump`` / ``Donald Trump``; not ``Cal Fire`` / ``Birch
    Fire``, ``Ana Ruiz`` / ``Luis Ruiz``)."""
    a, b = (
        [w for w in name.lower().replace("-", " ").split() if w not in _SUFFIXES]
        for name in (one, other)
    )
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short or long_[len(long_) - len(short) :] == short:
        return True
    return short[0] == long_[0] and short[-1] == long_[-1]


def _new(reading: _Reading) -> _Entity:
    name = " ".join(reading.name.split())
    if reading.kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA):
        name = _drop_the(name)
    return _Entity(
        kind=reading.kind,
        name=name,
        key=reading.key,
        title=reading.title,
        plural=reading.plural,
        name_span=reading.name_span,
    )


def _source_kind(entity: _Entity) -> SourceKind:
    """The kind a source is given: a person no name was found for (``her
    lawyer``, ``the mayor``, ``his granddaughter``, a headline's ``Sheriff``)
    is an unnamed person, ``anonymous`` (SPEC: a ``person`` is a named
    individual). Merging still treats it as one person, so that ``she``
    and ``the mayor`` may take it."""
    if entity.kind is not SourceKind.PERSON:
        return entity.kind
    words = entity.name.split()
    if not words or (len(words) == 1 and words[0].lower() in _HE_SHE):
        return entity.kind  # a pronoun that took no one
    first = words[0].lower()
    if (
        first in _NOT_NAME
        or first in _POSSESSIVES
        # a lower-case head, but not a name's particle ("de Vries", "al-Harbi")
        or not (_name_word(words[0]) or first in _NAME_PARTICLES)
    ):
        return SourceKind.ANONYMOUS  # "her lawyer", "The mayor", "the Democrat"
    if all(w.lower() in TITLE_WORDS or w.lower() in ROLE_HEADS for w in words):
        return SourceKind.ANONYMOUS  # "Sheriff", "Police Chief": a title alone
    if len(words) > 1 and words[-1].islower() and words[-1] in _ROLE_TITLE_WORDS:
        return SourceKind.ANONYMOUS  # "Kelby chief": a body's role, no one named
    return entity.kind


def _improve(entity: _Entity, reading: _Reading, text: str) -> None:
    """A later, fuller mention improves the name and title."""
    if len(reading.name) > len(entity.name) and reading.name.endswith(entity.name.split()[-1]):
        entity.name = reading.name
    if entity.title is None and reading.title:
        entity.title = reading.title
    elif (
        entity.title
        and reading.title
        and len(reading.title) > len(entity.title)
        and reading.title.endswith(" " + entity.title)
    ):
        # "Fed's Harlow" took "Cleveland President", cut at "of": the title
        # as written with the full name ("Federal Reserve Bank of Cleveland
        # President")
        entity.title = reading.title


def _antecedent(
    text: str, mention: Mention, reading: _Reading, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    word = reading.key
    if word == "i" and not _in_quotation(text, mention.span.start):
        # an op-ed's or a column's "I think ..." outside quotation marks: the
        # writer, never a person the story names
        for known in reversed(entities[-_WINDOW:]):
            if known.key == "writer:i":
                return known
        writer = _Entity(kind=SourceKind.PERSON, name=mention.text, key="writer:i")
        entities.append(writer)
        return writer
    if word in _HE_SHE:
        wanted = {SourceKind.PERSON}
    elif word in _THEY:
        wanted = {SourceKind.GROUP, SourceKind.ANONYMOUS, SourceKind.ORGANIZATION, SourceKind.MEDIA}
    else:  # it
        wanted = {SourceKind.ORGANIZATION, SourceKind.DOCUMENT, SourceKind.MEDIA}
    pos = mention.span.start
    candidates = [e for e in entities[-_WINDOW:] if e.kind in wanted and e.last < pos]
    if word in _HE_SHE:
        # "I asked the mayor what she would do. She said ...": the writer's
        # "I" is never a "he" or a "she" (who the writer asked is)
        candidates = [e for e in candidates if e.key != "writer:i"]
    if word == "it":
        # "..., according to data compiled by Bloomberg. ..., it said": data
        # (figures, statistics) are plural and issue nothing; never "it"
        candidates = [e for e in candidates if not _plural_document(e)]
    if word in _THEY:
        latest = max(candidates, key=lambda e: e.last) if candidates else None
        if (
            word == "they"
            and latest is not None
            and not latest.plural
            and latest.kind is SourceKind.ANONYMOUS
            and latest.key == "spokesperson"
            and pos - latest.last <= 400
        ):
            # "A Department for Transport spokesperson said: ... They added":
            # British copy's singular "they" for the spokesperson who just
            # spoke, not an older body
            return latest
        plural = [e for e in candidates if e.plural or e.kind is SourceKind.ORGANIZATION]
        candidates = plural or candidates
        opening = _plural_opening_before(text, mention, names)
        if (
            opening is not None
            and word == "they"
            and text[max(0, pos - 3) : pos].rstrip().endswith(",")
            and _SENTENCE_BREAK.search(text, opening.span.end, pos) is None
            and any(
                e.plural
                and "\n" not in text[e.last : opening.span.start]
                and opening.span.start - e.last <= 300
                for e in candidates
            )
        ):
            # "..., the companies said. The boards of both companies have
            # approved the deal, they said.": the plural that just spoke
            # goes on speaking; the plural opening the pronoun's own report
            # is its content, no antecedent
            opening = None
        if opening is not None and (
            not candidates or opening.span.start > max(e.last for e in candidates)
        ):
            # "Democrats criticized the plan. They said ...": the plural that
            # opens the sentence before, though it has not spoken
            entity = _resolve(text, opening, entities, names)
            if entity is not None:
                entity.add(opening)
                return entity
        if word == "they" and opening is None:
            role = _role_opening_before(text, mention, names)
            if (
                role is not None
                and not (candidates and role.span.start <= max(e.last for e in candidates))
                and _ANONYMITY.search(text, role.span.end, pos) is not None
            ):
                # "The aide, who was granted anonymity to describe the
                # talks, ... They said": AP's singular "they"
                # for the unnamed official of the anonymity sentence before
                count = len(entities)
                holder = _resolve(text, role, entities, names)
                if (
                    holder is not None
                    and holder.kind in (SourceKind.ANONYMOUS, SourceKind.PERSON)
                    and not holder.plural
                ):
                    holder.add(role)
                    return holder
                del entities[count:]
        if word == "they":
            # "Ana Ruiz and Tom Vance run the food bank. “...,” they said":
            # people named together since the last plural source spoke
            floor = max((e.last for e in candidates), default=-1) + 1
            pair = _named_pair_before(text, pos, floor, names)
            if pair is not None:
                entity = _resolve(text, pair, entities, names)
                if entity is not None:
                    entity.add(pair)
                    return entity
    if word in {"it", "they"} and mention.text[:1].isupper():
        paper = _document_object_before(text, mention, word == "they")
        if paper is not None and (
            not candidates or paper.span.start > max(e.last for e in candidates)
        ):
            # "The committee released the emails Monday. They show that ...",
            # "The Post obtained the memo. It says ...": a pronoun before a
            # document's verb is the document the sentence before named
            entity = _resolve(text, paper, entities, names)
            if entity is not None and entity.kind is SourceKind.DOCUMENT:
                entity.add(paper)
                return entity
    if word == "it":
        opening = _body_opening_before(text, mention, names)
        if opening is not None and (
            not candidates or opening.span.start > max(e.last for e in candidates)
        ):
            # "The Voss campaign did not respond. It has said ...": the body
            # that opens the sentence before, though it has not spoken
            entity = _resolve(text, opening, entities, names)
            if entity is not None and entity.kind in (SourceKind.ORGANIZATION, SourceKind.DOCUMENT):
                if entity not in candidates:
                    entity.add(opening)  # (a body that spoke keeps its mentions)
                return entity
        body = _body_named_before(text, mention, candidates, entities, names)
        if body is not None:
            return body
        shares = None if candidates else _shares_opening(text, mention, names)
        if shares is not None:
            # "Shares of Helmcrest, which ..., fell 4% after it said": the
            # company whose stock opens the pronoun's own sentence
            stock = _join_written(text, shares, SourceKind.ORGANIZATION, entities, names)
            if stock is not None:
                return stock
    if word in _HE_SHE:
        other = {"he": "she", "she": "he"}.get(_GENDERED.get(word, ""))
        if other is not None:
            for entity in entities[-_WINDOW:]:
                _read_around(entity, text, names)
            # "she said ... he told reporters": not the person a she was used for
            # ("she said ... he said", neither named: two people)
            candidates = [
                e
                for e in candidates
                if e.gender != other and not (other in e.pronouns and e.name.lower() in _HE_SHE)
            ]
            # "..., his granddaughter said. ... she said": an unnamed person
            # whose noun tells the pronoun's gender, introduced as someone
            # new (not "The billionaire businessman", a known person's epithet)
            candidates += [
                e
                for e in entities[-_WINDOW:]
                if e.kind is SourceKind.ANONYMOUS
                and not e.plural
                and e.last < pos
                and _NOUN_GENDER.get(e.key) == _GENDERED[word]
                and e.name.split()[0].lower() != "the"
            ]
            # "A senior official said ... “...,” he said": the unnamed person
            # introduced last, of a noun of no gender (official, source),
            # when no one has spoken since
            candidates += [
                e
                for e in entities[-_WINDOW:]
                if e.kind is SourceKind.ANONYMOUS
                and not e.plural
                and e.last < pos
                and e not in candidates
                and e.key not in _NOUN_GENDER
                and e.name.split()[0].lower() in _INDEFINITE_ONE
                # "X, a judge ruled, rejecting his argument that Y": a
                # possessive in the newcomer's own sentence is someone else's
                and not (
                    mention.text.strip().lower() in _POSSESSIVES
                    and _SENTENCE_BREAK.search(text, e.last, pos) is None
                )
            ]
        kin = _kin_first_name(text, pos, _GENDERED.get(word), candidates, entities)
        if kin is not None:
            return kin  # "His wife, June, watched. “...,” she said."
        relative = _gendered_opening_before(text, mention, _GENDERED.get(word), names)
        if relative is not None and not (
            candidates and relative.span.start <= max(e.last for e in candidates)
        ):
            # "Cole's mother testified for an hour. “...,” she said": the
            # unnamed person whose noun tells the gender, opening the
            # sentence before
            count = len(entities)
            holder = _resolve(text, relative, entities, names)
            if holder is not None and holder.kind in (SourceKind.ANONYMOUS, SourceKind.PERSON):
                holder.add(relative)
                return holder
            del entities[count:]
        role = _role_opening_before(text, mention, names)
        if role is not None and all(
            # (one named later in the role's own sentence is no rival: "The
            # president, asked by a reporter whether ..., smiled")
            e.last < role.span.start or not _SUBJECT_BREAK.search(text, role.span.end, e.last)
            for e in candidates
        ):
            # "The senator did not respond. She told a crowd ...": the person
            # the role that opens the sentence before stands for, though it
            # has not spoken
            count = len(entities)
            holder = _resolve(text, role, entities, names)
            if (
                holder is not None
                and (
                    _source_kind(holder) is SourceKind.PERSON  # a named one
                    # "The minister announced measures that he said ...":
                    # the subject of the pronoun's own sentence
                    or (
                        holder.kind is SourceKind.PERSON
                        and not holder.plural
                        and _relative_sentence(text, mention, names) is not None
                    )
                    # "A Rell spokesman declined to comment on what he
                    # called ...": the unnamed subject whose noun tells the
                    # pronoun's gender
                    or (
                        holder.kind is SourceKind.ANONYMOUS
                        and not holder.plural
                        and _NOUN_GENDER.get(holder.key) == _GENDERED.get(word)
                        and _relative_sentence(text, mention, names) is not None
                    )
                )
                and holder.gender != other
                and not holder.key.startswith("pronoun:")
            ):
                holder.add(role)
                return holder
            del entities[count:]
        named = _person_named_before(
            text, mention, other, candidates, entities, names, unquoted=True
        )
        if named is not None:
            return named
        if not candidates and word in {"he", "she"}:
            # "Marla Henshaw thinks the nominee can win, she said", "Pruitt
            # appeared on CNN, where he said": with no one in play, the name
            # opening the pronoun's own sentence, never a source named "she"
            opener = _name_opening_sentence(text, mention, names)
            if opener is not None:
                count = len(entities)
                found = _person_named(text, opener, other, entities, names)
                if found is not None:
                    return found
                del entities[count:]
                lone_name = opener[0]
                if (
                    " " not in lone_name
                    and lone_name.isalpha()
                    and not lone_name.isupper()
                    and lone_name.lower() not in ORGANIZATION_WORDS
                    and lone_name.lower() not in INDUSTRY_NAME_WORDS
                    and lone_name.lower() not in BUSINESS_NAME_WORDS
                    and lone_name.lower() not in _US_STATES
                    and names.fullest_name(lone_name.lower()) is None
                    and _read(text, Mention(lone_name, opener[1]), names).form == "name"
                    # "Ruiz asked Hale whether ... He said", "“...,” Linden
                    # said. Harlow had been in talks ..., she said": a lone
                    # word that spoke last is the person (below), never a
                    # second source beside it; but a name opening a
                    # sentence of its own between them is the one the
                    # sentence-opening pronoun takes ("“...,” Vale said.
                    # Brannick had 21 points. He said ...": Brannick)
                    and (
                        _lone_word_body_before(entities, pos) is None
                        or _SENTENCE_END_BEFORE.search(text, opener[1].end, pos) is not None
                    )
                ):
                    # "Pruitt appeared on CNN, where he said": a lone
                    # surname the pronoun stands for is a person, as a lone
                    # word that spoke is (_lone_word_body_before)
                    for known in reversed(entities[-_WINDOW:]):
                        if (
                            known.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON)
                            and known.name == lone_name
                            and all(m.text == lone_name for m in known.mentions.values())
                        ):
                            # "Pruitt insisted ..., and he argued": the
                            # lone surname already read as a body is that
                            # person, not a second source of the same name
                            known.kind = SourceKind.PERSON
                            return known
                    person = _Entity(
                        kind=SourceKind.PERSON, name=lone_name, key=lone_name.lower()
                    )
                    person.add(Mention(lone_name, opener[1]))
                    entities.append(person)
                    return person
            lone = _lone_word_body_before(entities, pos)
            if lone is not None:
                # "Lamont, appearing on ..., said ... “...,” he told host
                # ...": a lone surname read as a body is the person the
                # pronoun stands for, when no person is in play
                lone.kind = SourceKind.PERSON
                return lone
            peer = _peer_body_before(entities, pos, _GENDERED.get(word))
            if peer is not None:
                # "The Duke of Halbury said ... He added": a peer styled by
                # the title and the territory alone, read as a body, is the
                # person the pronoun stands for
                peer.kind = SourceKind.PERSON
                return peer
    if candidates:
        return max(candidates, key=lambda e: e.last)
    entity = _Entity(
        # "it" is a body or a thing, never a group
        kind=SourceKind.PERSON
        if word in _HE_SHE
        else SourceKind.GROUP
        if word in _THEY
        else SourceKind.ORGANIZATION,
        name=mention.text,
        key=f"pronoun:{pos}",
        plural=word in _THEY,
    )
    entities.append(entity)
    return entity


# AP's reason an official is not named: "spoke on condition of anonymity"
_ANONYMITY = re.compile(r"\b(?:condition of anonymity|anonymously|not authorized to)\b")

# a sentence's end just before a pronoun opening the next sentence
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"'”’]?[ \u00a0]+\Z")


def _name_opening_sentence(
    text: str, mention: Mention, names: _NameIndex
) -> tuple[str, Span] | None:
    """The capitalised name (one to three words) that opens the mention's
    own sentence before a lower-case verb (``Marla Henshaw thinks ...``,
    ``Pruitt appeared ...``), when the mention is not its first word."""
    pos = mention.span.start
    base = pos - 400 if pos > 400 else 0
    sentence = _sentence_before(names, base, pos - base)
    if sentence is None or not sentence[1]:
        return None
    start, words = sentence
    if words[0].start() >= pos or "\n" in text[start:pos]:
        return None
    size = 0
    while size < min(3, len(words) - 1) and words[size].group()[:1].isupper():
        if not words[size].group().replace("-", "").replace("’", "").replace("'", "").isalpha():
            return None
        size += 1
    if size == 0 or words[0].group().lower() in _NOT_NAME:
        return None
    verb = words[size].group()
    if not (verb.isalpha() and verb.islower() and verb not in _NOT_NAME):
        return None
    if not (verb in AUXILIARIES or verb in CUE_FORMS or is_past_verb(verb) or verb.endswith("s")):
        return None
    span = Span(words[0].start(), words[size - 1].end())
    if span.end > pos:
        return None
    return text[span.start : span.end], span


# the heads of a document that is plural or a mass of numbers, never "it"
_PLURAL_DOCUMENT_HEADS = frozenset(
    {"data", "figures", "statistics", "numbers", "estimates", "calculations", "records"}
)


def _plural_document(entity: _Entity) -> bool:
    """A document source headed by a plural of numbers (``data compiled by
    Bloomberg``, ``Labor Department figures``)."""
    if entity.kind is not SourceKind.DOCUMENT:
        return False
    words = entity.name.lower().split()
    if words and words[0] in {"the", "official", "new", "preliminary", "latest"}:
        words = words[1:]
    heads = _PLURAL_DOCUMENT_HEADS
    return bool(words) and (words[0] in heads or words[-1] in heads)


# a peer or a royal styled by the title and the territory alone ("The Duke
# of Halbury", "the Countess of Wexford"), with the gender the title tells
_PEER_STYLE = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?(?P<title>Duke|Duchess|Earl|Countess|Marquess|Marchioness"
    r"|Viscount|Viscountess|Prince|Princess)[ \u00a0]+of[ \u00a0]+[A-Z][\w’'\-]*"
    r"(?:[ \u00a0]+[A-Z][\w’'\-]*){0,2}"
)
_PEER_GENDERS = {
    "duke": "he",
    "earl": "he",
    "marquess": "he",
    "viscount": "he",
    "prince": "he",
    "duchess": "she",
    "countess": "she",
    "marchioness": "she",
    "viscountess": "she",
    "princess": "she",
}


def _peer_body_before(entities: list[_Entity], pos: int, gender: str | None) -> _Entity | None:
    """The source styled as a peer (``The Duke of Halbury``) but read as a
    body that spoke last in the 600 characters before ``pos``, when its
    title tells ``gender``."""
    for entity in reversed(entities[-_WINDOW:]):
        if entity.last >= pos or entity.last < pos - 600:
            continue
        styled = _PEER_STYLE.fullmatch(entity.name)
        if (
            entity.kind is SourceKind.ORGANIZATION
            and styled is not None
            and _PEER_GENDERS[styled.group("title").lower()] == gender
        ):
            return entity
        return None  # another source spoke last
    return None


def _lone_word_body_before(entities: list[_Entity], pos: int) -> _Entity | None:
    """The organisation written only as one capitalised word (a surname
    alone reads as a body) that spoke in the 600 characters before
    ``pos``: the last such, when it is a name no body's word ends."""
    for entity in reversed(entities[-_WINDOW:]):
        if entity.last >= pos or entity.last < pos - 600:
            continue
        name = entity.name
        if (
            entity.kind is SourceKind.ORGANIZATION
            and " " not in name
            and name.isalpha()
            and name[:1].isupper()
            and not name.isupper()
            and name.lower() not in ORGANIZATION_WORDS
            and name.lower() not in INDUSTRY_NAME_WORDS
            and name.lower() not in BUSINESS_NAME_WORDS
            and not _country([name])
            and all(m.text == name for m in entity.mentions.values())
        ):
            return entity
        return None  # another source spoke last
    return None


# the determiners that introduce one unnamed person
_INDEFINITE_ONE = frozenset({"a", "an", "one"})
# words before a capitalised "One" that make no company's name ("That One",
# "The Chosen One")
_ONE_NOT_COMPANY = frozenset(
    "that which another other chosen only big little last next first".split()
)

# the end of a sentence between two positions
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s")
# a kin noun and a first name alone set off after it: "His wife, June,"
_KIN_FIRST_NAME = re.compile(
    r"(?<![\w’'\-])(?:[Hh]is|[Hh]er|[Tt]heir)[ \u00a0]+(?P<role>[a-z]+),[ \u00a0]+"
    r"(?P<name>[A-Z][a-z’'\-]+),"
)


def _kin_first_name(
    text: str,
    pos: int,
    gender: str | None,
    candidates: list[_Entity],
    entities: list[_Entity],
) -> _Entity | None:
    """The relative set off by a first name alone (``His wife, June,``) in
    the 400 characters before a ``he``/``she`` of the kin noun's gender,
    after the last candidate's mention: a person of that name, in play or
    new."""
    if gender is None:
        return None
    floor = max([pos - 400, *(e.last for e in candidates)])
    found = None
    for m in _KIN_FIRST_NAME.finditer(text, max(0, floor), pos):
        if _KIN_GENDER.get(m.group("role")) == gender and not _in_quotation(text, m.start()):
            found = m
    if found is None:
        return None
    name, span = found.group("name"), Span(found.start("name"), found.end("name"))
    for entity in reversed(entities[-_WINDOW:]):
        if entity.kind is SourceKind.PERSON and entity.name == name:
            return entity
    entity = _Entity(
        kind=SourceKind.PERSON,
        name=name,
        key=name.lower(),
        title=found.group("role"),
        gender=gender,
    )
    entity.add(Mention(name, span))
    entities.append(entity)
    return entity


# what follows a speaker before a name that stands between no one: an
# aside set off by commas ("Johnston, who toured the area with") or "said
# of" ("Fulton said of")
# the rest of a speaker's sentence up to a name in its participle tail:
# "said she would name a Republican, rejecting " (no sentence end, no quotation)
# an article, lower-case words and a role noun "of" a quoted work's title
# ('The star of "Copper Lane"')
_ROLE_OF_WORK = re.compile(
    r"(?:[Tt]he|[Aa]n?)(?:[ \u00a0]+[a-z0-9][\w-]*){1,3}[ \u00a0]+of[ \u00a0]+"
    r"[\"\u201c][A-Z][^\"\u201c\u201d]{0,60}[\"\u201d]"
)
# a possessive determiner right before a name ("her Silver Lake studio")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)[ \u00a0]+$")
_TAIL_AFTER_SPEAKER = re.compile(
    r"[ \u00a0]+(?:said|says|told)[ \u00a0][^.!?;\"“”\n]*,"
    r"[ \u00a0]+[a-z]+ing[ \u00a0][^.!?;,\"“”\n]*$"
)
_ASIDE_AFTER_SPEAKER = re.compile(
    # ("said Lisa Farrow, a strategist who advised Ms. Whitfield's
    # campaign": the relative clause of the speaker's appositive role, an
    # honorific's point inside)
    r",[ \u00a0]+(?:(?:a|an|the)[ \u00a0][^.!?;,\"“”]*?[ \u00a0])?(?:who|whose)[ \u00a0]"
    r"(?:[^.!?;,\"“”]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.)*$"
    r"|[ \u00a0]+(?:said|says)[ \u00a0]+of[ \u00a0]+$"
)


# "Achterberg, a former": an appositive of the speaker before a name that
# modifies its noun ("a former Rio Tinto executive")
_APPOSITIVE_AFTER_SPEAKER = re.compile(r",[ \u00a0]+(?:a|an)[ \u00a0][^.!?;,\"“”]*$")
_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z]")
# a name, then the relative pronoun the pronoun's clause opens on ("Sen.
# Chuck Summers, who | he said")
_WHO_THEN_PRONOUN = re.compile(r",?[ \u00a0]+(?:who|whom)[ \u00a0]+\Z")
# "said Jenna Marsh, an analyst with Tollgate Research.": the body the
# speaker's appositive role is at, the object of its preposition
_ROLE_AT_AFTER_SPEAKER = re.compile(
    r",[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?[a-z][^.!?;,\"“”]*[ \u00a0]"
    r"(?:(?:at|with|for|from)[ \u00a0]+(?:the[ \u00a0]+)?|of[ \u00a0]+the[ \u00a0]+)$"
)  # (not "a friend of Ana Ruiz", a person)


# a work's genre noun right before its title ("ITV drama Harbour Lights",
# "the film Silver Coast")
_WORK_BEFORE = re.compile(
    r"\b(?:drama|series|sitcom|soap|film|movie|musical|album|novel|documentary"
    r"|programme|podcast)[ \u00a0]+$"
)


def _person_named_before(
    text: str,
    mention: Mention,
    other: str | None,
    candidates: list[_Entity],
    entities: list[_Entity],
    names: _NameIndex,
    unquoted: bool = False,
) -> _Entity | None:
    """The person named last before ``mention`` when no candidate has
    spoken since (``His neighbour Ana Ruiz moved in. “...,” she said``): the
    person in play with that surname, else a new source; None when no name
    fits (of the ``other`` gender: ``Ms. Rourke`` for ``he``; inside a
    quotation when ``unquoted``)."""
    pos = mention.span.start
    surnames = frozenset(e.key for e in candidates if e.key not in _COMMON_HEADS)
    named = names.name_before(pos, surnames)
    for _ in range(3):
        if named is None or not (
            _POSSESSIVE_BEFORE.search(text, max(0, named[1].start - 8), named[1].start)
            # ("appeared on Fox News' \"Hannity,\" where he said": an outlet
            # is no person a pronoun takes)
            or _unowned(named[0].rstrip("'’")).lower() in MEDIA_NAMES
            or named[0].rstrip("'’").lower() in MEDIA_NAMES
            # ("who starred in ITV drama Harbour Lights": a work's title
            # after its genre noun is no person)
            or _WORK_BEFORE.search(text, max(0, named[1].start - 16), named[1].start)
        ):
            break
        # "at her Silver Lake studio", "in his Music Row office": a name
        # after a possessive modifies the noun after it and is no person
        named = names.name_before(named[1].start, surnames)
    if named is not None and _WHO_THEN_PRONOUN.match(text, named[1].end, pos) is not None:
        # "The Kentucky Republican attacked Sen. Chuck Summers, who he said
        # had ...": the relative's antecedent is never the pronoun inside
        # its clause; the one named before it may be
        named = names.name_before(named[1].start, surnames)
    if named is not None and pos in names.report_speakers(named[1].start):
        # "Lisa Grant was a nurse, he said": a name in the pronoun's own
        # content, written before it, is what was said, not who said it
        named = names.name_before(named[1].start, surnames)
    if named is not None and candidates:
        latest = max(candidates, key=lambda e: e.last)
        said = latest.mentions.get(latest.last)
        if (
            said is not None
            and said.span.end <= named[1].start
            and (
                _ASIDE_AFTER_SPEAKER.match(text, said.span.end, named[1].start)
                or (
                    _APPOSITIVE_AFTER_SPEAKER.match(text, said.span.end, named[1].start)
                    and _NOUN_AFTER.match(text, named[1].end)
                )
                or _ROLE_AT_AFTER_SPEAKER.match(text, said.span.end, named[1].start)
            )
        ):
            # "Mayor Mike Johnston, who toured the area with Gov. Jared
            # Polis, said", "Fulton said of Capt. Ryan Kowalski": a name in
            # the speaker's aside or the object of "said of" stands
            # between no one
            return None
        if (
            said is not None
            and said.span.end <= named[1].start
            and _TAIL_AFTER_SPEAKER.match(text, said.span.end, named[1].start)
        ):
            # "Delia Rourke said she would ..., rejecting Harlan Voigt's
            # criticism. “...,” she said": a name in the participle tail of
            # the speaker's own sentence stands between no one
            return None
    if named is not None and any(
        speaker in e.mentions
        for speaker in names.report_speakers(named[1].start)
        for e in candidates
    ):
        # "Greer said Wade Colter planned it", "Lind told Gov. Paul Ekdahl
        # that ...": a name inside the report of a person the pronoun may
        # take, or its listener, stands between no one
        return None
    for _ in range(3):
        if not (unquoted and named is not None and _in_quotation(text, named[1].start)):
            break
        # '"This would take North Carolina backward," the Democrat said': a
        # name quoted is no one in play; the one named before it may be
        named = names.name_before(named[1].start, surnames)
    if named is None or (candidates and named[1].start <= max(e.last for e in candidates)):
        return None
    if unquoted and _in_quotation(text, named[1].start):
        return None
    subject = (
        None
        if _ARTICLE_APPOSITIVE.match(text, named[1].end) or _AGE_AFTER.match(text, named[1].end)
        else names.subject_before(named[1], surnames)
    )  # not "..., courtesy of Wes Nakagiri, a delegate": a person introduced
    if subject is not None and not (
        candidates and subject[1].start <= max(e.last for e in candidates)
    ):
        # "Ms. Harlan met with Gov. Tom Bixby. She said": the subject of
        # the sentence before outranks its object, unless of the other
        # gender
        known = {id(e) for e in entities[-_WINDOW:]}
        found = _person_named(text, subject, other, entities, names)
        if found is not None and (id(found) not in known or found in candidates):
            return found  # not one in play whom the caller ruled out ("Coach Boyd")
    found = _person_named(text, named, other, entities, names)
    if (
        found is None
        and other is not None
        and _named_gender(text, named[1], named[0].split()[-1].lower(), names) == other
    ):
        # "Sgt. Amy Colter spoke. Darnell Whitcomb was booked on his third
        # arrest. “...,” she said": the name before the man's
        before = names.name_before(named[1].start, surnames)
        if (
            before is not None
            and not (candidates and before[1].start <= max(e.last for e in candidates))
            and not (unquoted and _in_quotation(text, before[1].start))
        ):
            return _person_named(text, before, other, entities, names)
    return found


def _person_named(
    text: str,
    named: tuple[str, Span],
    other: str | None,
    entities: list[_Entity],
    names: _NameIndex,
) -> _Entity | None:
    """The person ``_person_named_before`` found written at ``named``: the
    one in play with that name, else a new source; None when it is no
    person's name or one of the ``other`` gender."""
    written = Mention(text[named[1].start : named[1].end], named[1])
    reading_named = _read(text, written, names)
    if (
        reading_named.form != "name"
        or reading_named.kind is not SourceKind.PERSON
        or (other is not None and _gender(written.text) == other)  # "Ms. Rourke"
        # "Darnell Whitcomb was booked on his third arrest": a man
        or (
            other is not None
            and _named_gender(text, written.span, reading_named.key, names) == other
        )
    ):
        return None
    titled = _gender(written.text)  # "Mr. Trump": surer than a pronoun
    known = next(
        (
            e
            for e in reversed(entities[-_WINDOW:])
            if e.kind is SourceKind.PERSON
            and e.key == reading_named.key
            # "Her husband, Luis Ortega," after "Maria Ortega", "Mr. Ortega"
            # after "Mrs. Ortega": kin sharing a surname, not one person
            and _same_name(e.name, reading_named.name)
            and not _honorific_clash(e, titled)
        ),
        None,
    )
    if known is not None:
        if other is None or known.gender != other or titled not in (None, other):
            if titled is not None:
                known.gender = titled
            return known
        return None
    fuller = names.fullest_name(reading_named.key)
    if fuller is not None and fuller[0].split()[0].lower().endswith("-year-old"):
        fuller = None  # "Thirty-four-year-old Ivo Santos": the age is no name
    if fuller is not None and any(
        e.kind is SourceKind.PERSON and e.name == fuller[0] and _honorific_clash(e, titled)
        for e in entities[-_WINDOW:]
    ):
        fuller = None  # "His wife, Ms. Breck," after "Mr. Breck": his full name is no hers
    if fuller is not None and _same_name(fuller[0], reading_named.name):
        # "Mrs. Clinton" after "Hillary Clinton" in passing
        reading_named = attrs.evolve(
            reading_named, name=fuller[0], title=reading_named.title or fuller[2]
        )
    entity = _new(reading_named)
    entity.add(written)
    entities.append(entity)
    return entity


# a possessive that tells a man: "his", "himself"; or a woman: "herself"
_OWN_POSSESSIVE = re.compile(r"(?<![\w’'])(his|himself|herself)(?![\w’'])|[.!?;:“”\"]")
# a capitalised word inside a clause: another name may own the possessive
_CAPITAL_INSIDE = re.compile(r"(?<=[ \u00a0(])[A-Z][a-z]")


def _own_possessive(text: str, span: Span) -> str | None:
    """``he``/``she`` when the clause ``span`` (a name) opens tells its
    gender by a possessive before any other name, quotation or sentence end
    (``Darnell Whitcomb was booked into jail on his third arrest``); None
    otherwise (``Colter arrested Whitcomb at his home``: Whitcomb's)."""
    end = min(span.end + 200, len(text))
    m = _OWN_POSSESSIVE.search(text, span.end, end)
    if m is None or m.group(1) is None:
        return None
    if _CAPITAL_INSIDE.search(text, span.end, m.start()):
        return None  # another name between: its possessive, perhaps
    return "she" if m.group(1) == "herself" else "he"


def _named_gender(text: str, span: Span, key: str, names: _NameIndex) -> str | None:
    """``_own_possessive`` at the name written at ``span``, else at the
    fullest form of the name written before (``officers arrested Darnell
    Whitcomb, 34, at his home. Whitcomb was booked ...``)."""
    found = _own_possessive(text, span)
    if found is None:
        fuller = names.fullest_name(key)
        if fuller is not None and fuller[1].end <= span.start:
            found = _own_possessive(text, fuller[1])
    return found


def _read_around(entity: _Entity, text: str, names: _NameIndex) -> None:
    """What the text around a person's new mentions tells, each mention
    read once: an age written after the name (``Ana Ruiz, 31,``), a role
    set off beside it (``His niece, Mara Colby,``: ``_ROLE_SET_BEFORE``),
    and the gender, not only from the pronouns that speak (``Harold Penrose
    died Saturday. He was 93.``: ``_gender_after``)."""
    if entity.kind is not SourceKind.PERSON:
        entity.unread.clear()
        return
    while entity.unread:
        written = entity.unread.pop()
        if len(written.text.split()) < 2 and written.text.lower() in _HE_SHE:
            continue  # a pronoun: no name
        start, end = written.span.start, written.span.end
        age = _AGE_AFTER.match(text, end)
        if age is not None:
            entity.ages.add(int(age.group(1)))
        if len(written.text.split()) >= 2:  # a name, not a surname alone
            before = _ROLE_SET_BEFORE.search(text, max(0, start - 60), start)
            after = _ROLE_SET_AFTER.match(text, end, end + 60)
            entity.roles += [
                (m.group("role").lower(), m.group("phrase")) for m in (before, after) if m
            ]
            if entity.gender is None:
                entity.gender = _kin_gender(text, start, before, after)
        if entity.gender is None:
            entity.gender = _gender_after(text, written, entity.key, names)


# nouns of kin (and ``man``, ``woman``) that tell the gender of the person
# they are set beside: "her husband, Darnell Hobbs"
_KIN_GENDER = {
    w: g
    for w, g in _NOUN_GENDER.items()
    if w
    in frozenset(
        """man boy husband father son grandson grandfather brother nephew uncle
        widower fiance boyfriend stepson stepfather dad woman girl wife mother
        daughter granddaughter grandmother sister niece aunt widow fiancee
        girlfriend stepdaughter stepmother mom mum""".split()
    )
}
# a kin noun after a possessive right before a name, with no comma: "her
# husband Darnell Hobbs", "Ana Ruiz's son Tomas Ruiz"
_KIN_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:[Hh]is|[Hh]er|[Tt]heir|[\w\-]+[’']s)[ \u00a0]+(?P<role>[a-z]+)[ \u00a0]+\Z"
)


def _kin_gender(
    text: str, start: int, before: re.Match[str] | None, after: re.Match[str] | None
) -> str | None:
    """``he``/``she`` from a kin noun set off beside a name (``her husband,
    Darnell Hobbs``; ``Darnell Hobbs, her husband,``; ``her husband Darnell
    Hobbs``); not from a role after the name that opens someone else's
    (``Marisol Enriquez, her husband, Darnell Hobbs``: the husband is Hobbs)."""
    plain = before or _KIN_BEFORE.search(text, max(0, start - 40), start)
    genders = set()
    if plain is not None:
        genders.add(_KIN_GENDER.get(plain.group("role").lower()))
    if after is not None and not text[after.end() : after.end() + 40].lstrip()[:1].isupper():
        genders.add(_KIN_GENDER.get(after.group("role").lower()))
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


_QUOTATION_REACH = 3_000  # the farthest back a quotation's opening mark is sought


def _in_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened in its paragraph."""
    floor = max(0, pos - _QUOTATION_REACH)  # a paragraph of one huge line stays cheap
    paragraph = max(text.rfind("\n", floor, pos) + 1, floor)
    before = text[paragraph:pos]
    return (
        before.count("“") > before.count("”")
        or before.count('"') % 2 == 1
        or before.count("''") % 2 == 1  # ''...'': the marks of some archives
    )


# a sentence's end and a subject pronoun opening the next one
_PRONOUN_OPENS_NEXT = re.compile(r"[.!?][”\"’]?[ \u00a0]+(He|She)\b")


def _gender_after(text: str, written: Mention, key: str, names: _NameIndex) -> str | None:
    """``he``/``she`` when ``written`` (a name, not a pronoun) opens its
    sentence and the next sentence, in the paragraph, opens on ``He`` or
    ``She`` with no other name and no cue written between (a report's
    pronoun may be anyone's)."""
    if not written.text[:1].isupper() or written.text.lower() in _PRONOUNS:
        return None
    start, end = written.span.start, written.span.end
    prefix = names.text[max(0, start - 40) : start]
    opened = prefix.rstrip()
    if opened and opened[-1] not in ".!?\n" and "\n" not in prefix[len(opened) :]:
        return None  # not its sentence's subject: "told Penrose"
    stop = text.find("\n", end, end + 400)
    m = _PRONOUN_OPENS_NEXT.search(text, end, stop if stop >= 0 else min(end + 400, len(text)))
    if m is None:
        return None
    at = m.start(1)
    if _in_quotation(text, at):
        return None  # the pronoun of a quotation
    if any(w in CUE_FORMS for w in _LOWER_WORD.findall(text, end, at)):
        return None  # "Comey said the statements were wrong. She did ...": his report
    named = names.name_before(at, frozenset({key}))
    if named is None or not named[1].overlaps(written.span):
        return None
    return "he" if m.group(1) == "He" else "she"


def _body_named_before(
    text: str,
    mention: Mention,
    candidates: list[_Entity],
    entities: list[_Entity],
    names: _NameIndex,
) -> _Entity | None:
    """``Orvel Corp reported revenue of $2 billion. It said ...``: for
    ``it``, an organisation named before it, though it has not spoken, when
    no organisation, document or outlet has spoken before (``it`` refers to
    things as well: one that spoke is the surer antecedent)."""
    if candidates:
        return None
    written = names.organization_before(mention.span.start)
    if written is None:
        return None
    return _join_written(text, written[1], SourceKind.ORGANIZATION, entities, names)


# the last word of a programme's, a policy's or a cause's name, and the
# first word of a base's or a place's: never a person the pronoun takes
_PROGRAM_WORDS = frozenset(
    "security parenthood advantage medicare medicaid care act reform".split()
)
_PLACE_OPENERS = frozenset("fort camp mount lake cape".split())

# a sentence's end, a quotation mark or a clause's semicolon between two
# names: the first is not the second's sentence's subject
_SUBJECT_BREAK = re.compile(r"[.!?;][”\"’]?\s|[\"“”]")


# the verbs a document speaks by ("They show", "It says")
_DOCUMENT_SPEAKS = re.compile(
    r"[ \u00a0]+(?:also[ \u00a0]+)?(?:show|shows|says|states|indicate|indicates"
    r"|reveal|reveals|reads)\b"
)
# "the emails", "the leaked memo": a definite document in the sentence
# before, as an object (the heads checked against DOCUMENT_HEADS)
_DEFINITE_PAPER = re.compile(r"\b[Tt]he[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){0,2}?([a-z]+)\b")


def _document_object_before(text: str, mention: Mention, plural: bool) -> Mention | None:
    """``The committee released the emails Monday. They show that ...``: a
    ``They``/``It`` opening its sentence before a document's verb, and the
    last definite document (``the emails``, ``the memo``) written in the
    sentence before it, in its paragraph; its number agreeing."""
    pos = mention.span.start
    if _DOCUMENT_SPEAKS.match(text, mention.span.end) is None:
        return None
    before = text[max(0, pos - 300) : pos]
    if "\n" in before.rstrip():
        before = before[before.rstrip().rindex("\n") + 1 :]
    stripped = before.rstrip()
    if not stripped or stripped[-1] not in ".!?":
        return None
    offset = pos - len(before)
    found = None
    for m in _DEFINITE_PAPER.finditer(before):
        head = m.group(1)
        if head in DOCUMENT_HEADS and _looks_plural(head) == plural:
            found = m
    if found is None:
        return None
    span = Span(offset + found.start(), offset + found.end())
    return Mention(text[span.start : span.end], span)


def _body_opening_before(text: str, mention: Mention, names: _NameIndex) -> Mention | None:
    """``The Voss campaign did not respond to a request for comment. It has
    said ...``: for an ``It`` opening its sentence, the body that opens the
    sentence before it in its paragraph: ``the``, capitalised words and a
    body's noun (``ORGANIZATION_HEADS``)."""
    pos = mention.span.start
    base = pos - 400 if pos > 400 else 0
    if not mention.text[:1].isupper():
        relative = _RELATIVE_BEFORE.search(text, max(0, pos - 8), pos) is not None
        if not relative and _COMMA_BEFORE.search(text, max(0, pos - 3), pos) is None:
            return None
        # "The government unveiled a plan that it said would ...": in a
        # relative clause, the body that opens the pronoun's own sentence;
        # "Kenya's central bank held its rate at 10%, it said": a postposed
        # "it said" (Reuters) is that body too (a body, not a document: "The
        # plan will stand, it said" is no plan speaking)
        sentence = _sentence_before(names, base, pos - base)
        if sentence is None or "\n" in text[sentence[0] : pos]:
            return None
        body = _opening_body(text, sentence[1], names)
        if (
            body is not None
            and not relative
            and body.text.split()[-1] not in ORGANIZATION_HEADS
            and not body.text.split()[-1].isupper()  # "The CMA has opened ..., it said"
        ):
            return None
        return body
    before = text[base:pos].rstrip()
    if not before or before[-1] not in ".!?":
        return None  # not the sentence's first word
    sentence = _sentence_before(names, base, len(before))
    if (
        sentence is not None
        and sentence[0] - 2 > base
        and _INITIALS_BEFORE.search(text, base, sentence[0])
    ):
        # "... in U.S. District Court": no sentence ends after "U.S."
        sentence = _sentence_before(names, base, sentence[0] - 2 - base)
        if sentence is not None:
            opening = _WORD_SPAN.finditer(names.text, sentence[0], base + len(before))
            sentence = (sentence[0], list(itertools.islice(opening, 6)))
    if sentence is None or "\n" in text[sentence[0] : pos]:
        return None  # (or a sentence of another paragraph)
    return _opening_body(text, sentence[1], names)


# ``that`` or ``which`` right before a pronoun: a relative clause
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)[ \u00a0]+\Z")
# a comma right before a pronoun: "..., it said"
_COMMA_BEFORE = re.compile(r",[ \u00a0]+\Z")


def _opening_body(text: str, words: list[re.Match[str]], names: _NameIndex) -> Mention | None:
    """The body opening a sentence of ``words``: ``the``, capitalised words
    and a body's noun (``ORGANIZATION_HEADS``) or a document's; for
    ``_body_opening_before``."""
    if (
        len(words) < 2
        or (
            words[0].group() not in {"The", "the"}
            # "Kenya's central bank", "Turkey's state statistics agency": a
            # place's possessive opens the body as "the" does
            and not (words[0].group()[:1].isupper() and _possessive(words[0].group()))
        )
    ):
        return None
    acronym = _acronym_subject(words)
    if acronym is not None:
        # "The SEC fined the firm. It said ...", "The CMA has opened an
        # investigation, it said": an agency's acronym is a body
        phrase = Mention(text[acronym.start : acronym.end], acronym)
        return phrase if _read(text, phrase, names).kind is SourceKind.ORGANIZATION else None
    modifiers = 0
    for word in words[1:5]:
        w = word.group()
        if w[:1].isupper() and (w.isalpha() or _INITIALS.fullmatch(w)):
            continue  # "The Voss campaign", "The U.N. refugee agency"
        if (
            w not in ORGANIZATION_HEADS
            and w not in DOCUMENT_HEADS
            and modifiers < 2
            and w.isalpha()
            and w.islower()
            and w not in _NOT_NAME
            and w not in AUXILIARIES
            and w not in CUE_FORMS
            and not is_past_verb(w)
        ):
            modifiers += 1  # "The U.N. refugee agency", "The state health department"
            continue
        if w not in ORGANIZATION_HEADS and w not in DOCUMENT_HEADS:
            return None
        span = Span(words[0].start(), word.end())
        phrase = Mention(text[span.start : span.end], span)
        reading = _read(text, phrase, names)
        # "The lawsuit was filed Monday. It alleges ...": a document too
        return phrase if reading.kind in (SourceKind.ORGANIZATION, SourceKind.DOCUMENT) else None
    return None


# initials written as one word: "U.N.", "U.S."
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# initials closing the text before a sentence's start ("U.S. ", "U.N. ")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}[ \u00a0]+\Z")
# where a sentence ends: its point, a closing quotation mark, then space
_SENTENCE_END = re.compile(r"[.!?][”\"’]?\s+|\n\s*")


def _abbreviation_inside(body: str, end: re.Match[str]) -> bool:
    """A point after a corporate suffix or a title's abbreviation with a
    lower-case word after it (``Orvel Inc. analysts``, ``Gov. candidates``)
    ends no sentence."""
    after = end.end()
    if after >= len(body) or not body[after].islower() or body[end.start()] != ".":
        return False
    word = body[max(0, end.start() - 12) : end.start()].rsplit(None, 1)[-1:]
    low = word[0].lower() if word else ""
    return low in CORPORATE_SUFFIXES or low in ABBREVIATIONS


def _sentence_before(
    names: _NameIndex, base: int, length: int
) -> tuple[int, list[re.Match[str]]] | None:
    """The start and first six words of the last sentence in the name
    index's text from ``base`` over ``length`` characters (the dateline is
    blanked there, so the sentence after it opens at the story's first
    word); None when no sentence starts in that window."""
    body = names.text
    ends = list(_SENTENCE_END.finditer(body, base, base + length - 1))
    while ends and _abbreviation_inside(body, ends[-1]):
        ends.pop()  # "Goldman Sachs Group Inc. analysts cut ...": no end
    if not ends and base > 0:
        return None
    start = ends[-1].end() if ends else base
    return start, list(_WORD_SPAN.finditer(body, start, base + length))[:6]


# a quotation that opens a sentence and ends before its cue ('"...," they')
_QUOTATION_ENDS = (",”", ',"', "?”", '?"', "!”", '!"')
# the body a plural works at: " at Peel Hunt", " from Orvane Capital"
_BODY_AFTER_PLURAL = re.compile(r"[ \u00a0]+(?:at|from|with)(?:[ \u00a0]+[A-Z][\w&’'.\-]*){1,4}")


# the body a group works at, written before its noun ("Goldvane Bank
# analysts") or after it ("analysts at Harlow Capital")
_GROUP_BODY_BEFORE = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?((?:[A-Z][\w&’'.\-]*[ \u00a0]+){1,4})[a-z][a-z\-]*s"
)
_GROUP_BODY_AFTER = re.compile(r"[ \u00a0](?:at|from|with)[ \u00a0]+([A-Z][\w&’'.\-]*)")


# the staff a firm's note is written by ("Goldvane Bank analysts")
_FIRM_STAFF = frozenset("analysts economists strategists traders researchers brokers".split())
# words that open a sentence with a capital but name no body ("Some analysts",
# "The researchers": the article, never a body called "The")
_GROUP_QUANTIFIERS = frozenset(
    """the some many most other several few both all these those such more
    two three four five senior top independent""".split()
)


def _group_body(name: str) -> str | None:
    """The first word of the body a plural group is written with (``Goldvane``
    for ``Goldvane Bank analysts`` and ``analysts at Goldvane``), lower-cased;
    None when the group is written with no body."""
    words = name.lower().split()
    if not any(w in _FIRM_STAFF for w in words):
        return None
    m = _GROUP_BODY_BEFORE.fullmatch(name.strip())
    if m is not None:
        first = m.group(1).split()[0].lower()
        return None if first in _GROUP_QUANTIFIERS else first
    m = _GROUP_BODY_AFTER.search(name)
    return m.group(1).lower() if m is not None else None


def _groups_of_other_bodies(one: str, other: str) -> bool:
    """Whether two plural groups are written with two different bodies
    (sources.md: a group joins with the body it works at)."""
    a, b = _group_body(one), _group_body(other)
    return a is not None and b is not None and a != b


# a relative pronoun right before a subject pronoun: "rules that they said
# ...", "three men who they said ..."
_RELATIVE_BEFORE_PERSONAL = re.compile(r"\b(?:that|which|who|whom|what)[ \u00a0]+\Z")


def _relative_sentence(
    text: str, mention: Mention, names: _NameIndex
) -> tuple[int, list[re.Match[str]]] | None:
    """For a lower-case pronoun heading a relative clause (``The minister
    announced measures that he said would ...``), the start and first words
    of the pronoun's own sentence, whose subject it stands for; else None."""
    pos = mention.span.start
    if mention.text[:1].isupper() or (
        _RELATIVE_BEFORE_PERSONAL.search(text, max(0, pos - 8), pos) is None
    ):
        return None
    base = pos - 400 if pos > 400 else 0
    sentence = _sentence_before(names, base, pos - base)
    if sentence is None or "\n" in text[sentence[0] : pos]:
        return None
    return sentence


# the company whose stock opens a sentence: "Shares of Helmcrest Inc"
_SHARES_OPENING = re.compile(
    r"(?:Shares|Stock)[ \u00a0]+of[ \u00a0]+([A-Z][\w&.\-]*(?:[ \u00a0]+[A-Z][\w&.\-]*){0,3})"
)


def _shares_opening(text: str, mention: Mention, names: _NameIndex) -> Span | None:
    """For a lower-case ``it`` inside a sentence opening on ``Shares of X``,
    the span of ``X`` (its capitalised words); else None."""
    pos = mention.span.start
    if mention.text[:1].isupper():
        return None
    base = pos - 400 if pos > 400 else 0
    sentence = _sentence_before(names, base, pos - base)
    if sentence is None or "\n" in text[sentence[0] : pos]:
        return None
    m = _SHARES_OPENING.match(text, sentence[0], pos)
    if m is None:
        return None
    name = m.group(1).rstrip(".,")
    return Span(m.start(1), m.start(1) + len(name))


def _sentence_start_of(text: str, mention: Mention) -> tuple[int, int] | None:
    """Where the sentence of a pronoun starts, for looking at the sentence
    before: the pronoun itself when capitalised, else the quotation that
    opens its sentence (``'"...," they wrote'``); with the start of the
    400 characters looked back over. None when a lower-case pronoun does not
    follow a quotation within its line."""
    pos = mention.span.start
    base = pos - 400 if pos > 400 else 0
    if not mention.text[:1].isupper():
        ended = text[base:pos].rstrip()
        if not ended.endswith(_QUOTATION_ENDS):
            return None
        close = base + len(ended) - 1
        opening = max(text.rfind("“", base, close), text.rfind('"', base, close))
        if opening < 0 or "\n" in text[opening:close]:
            return None
        pos = opening
    return base, pos


def _opening_sentence_before(
    text: str, mention: Mention, names: _NameIndex, stops: str, *, same_paragraph: bool
) -> tuple[int, list[re.Match[str]]] | None:
    """For a mention opening its sentence (the text before it ends on one of
    ``stops``; with ``same_paragraph``, something must stand before it), the
    start and first words of the sentence before it, else None."""
    found = _sentence_start_of(text, mention)
    if found is None:
        return None
    base, pos = found
    before = text[base:pos].rstrip()
    if (same_paragraph and not before) or (before and before[-1] not in stops):
        return None  # not the sentence's first word
    sentence = _sentence_before(names, base, len(before))
    if sentence is not None and same_paragraph and "\n" in text[sentence[0] : pos].strip():
        return None  # (a sentence of another paragraph)
    return sentence


# a phrase fronted before a sentence's pronoun: "In their sentencing memo,"
_FRONTED = re.compile(
    r"(?:In|On|Through|With|During|At|Under|Via)[ \u00a0][^.!?;:\"“”\n]{1,80},[ \u00a0]*"
)


def _own_or_fronted_sentence(
    text: str, mention: Mention, names: _NameIndex
) -> tuple[int, list[re.Match[str]]] | None:
    """For a lower-case ``they``: the sentence before its own when only a
    fronted phrase stands before it (``Prosecutors asked for 21 years. In
    their sentencing memo, they wrote``), or its own sentence when ``they``
    closes the report it speaks (``Researchers tracked 8,000 adults ...,
    they reported``); None otherwise."""
    pos = mention.span.start
    base = pos - 400 if pos > 400 else 0
    own = _sentence_before(names, base, pos - base)
    if own is None or not own[1]:
        return None
    start = own[0]
    if _FRONTED.fullmatch(text, start, pos):
        return _sentence_before(names, base, start - base) if start > base else None
    if text[start:pos].rstrip().endswith(",") and pos in names.report_speakers(own[1][0].start()):
        return own
    return None


def _gendered_opening_before(
    text: str, mention: Mention, gender: str | None, names: _NameIndex
) -> Mention | None:
    """For a ``he``/``she`` opening its sentence (or the cue after a
    quotation that does), an owner's or ``the`` + a noun that tells that
    gender opening the sentence before (``Cole's mother``, ``The victim's
    widow``), then no name; else None."""
    if gender is None:
        return None
    sentence = _opening_sentence_before(text, mention, names, '.!?\n”"’', same_paragraph=False)
    if sentence is None or len(sentence[1]) < 3:
        return None
    words = sentence[1]
    first = words[0].group()
    if not (first == "The" or (first[:1].isupper() and first.endswith(("'s", "’s")))):
        return None
    for i in (1, 2):
        w = words[i].group()
        if first == "The" and i == 1 and w.endswith(("'s", "’s")):
            continue  # "The victim's widow"
        if _NOUN_GENDER.get(w) == gender or (
            # "The singer thanked fans. “...,” she wrote": a performer's
            # noun tells no gender and none other
            first == "The" and i == 1 and w in _PERFORMER_NOUNS and w not in _NOUN_GENDER
        ):
            after = words[i + 1].group() if i + 1 < len(words) else ""
            if after[:1].isupper() or after.startswith(","):
                return None  # "Cole's mother, Ana Ruiz,": a name follows
            span = Span(words[0].start(), words[i].end())
            return Mention(text[span.start : span.end], span)
        return None
    return None


def _plural_opening_before(text: str, mention: Mention, names: _NameIndex) -> Mention | None:
    """``Democrats criticized the proposal. They said ...``: for a ``They``
    opening its sentence, the plural group or unnamed people opening the
    sentence before it (its determiner, modifiers and head, up to five
    words)."""
    sentence = _relative_sentence(text, mention, names)
    relative = sentence is not None
    if sentence is None:
        sentence = _opening_sentence_before(text, mention, names, '.!?\n”"’', same_paragraph=False)
    if sentence is None:
        sentence = _own_or_fronted_sentence(text, mention, names)
    if sentence is None:
        return None
    words = sentence[1]
    for i, word in enumerate(words[:5]):
        w = word.group().lower()
        following = words[i + 1].group() if i + 1 < len(words) else ""
        if (
            word.group()[:1].isupper()
            and following.isalpha()
            and following.islower()
            and following.endswith("s")
            and _speaking_plural(following)
        ):
            continue  # "Goldman Sachs analysts": a name before the plural
        if word.group()[:1].isupper() and (
            w in CORPORATE_SUFFIXES or (following[:1].isupper() and following.isalpha())
        ):
            continue  # "Goldman Sachs Group Inc. analysts": a name's word or suffix
        if (
            w.endswith("s")
            and len(w) > 3
            and w.isalpha()
            and w not in CUE_FORMS
            and w not in AUXILIARIES
            and w not in _NOT_PLURAL_HEAD
        ) or w in {"people", "police"}:
            if (
                i
                and words[i - 1].group()[:1].isupper()
                and (words[i - 1].group().lower() in ORGANIZATION_WORDS)
                # ("Goldman Sachs Group Inc. analysts": a suffix's point
                # closes the name, and its people follow)
                and not words[i - 1].group().endswith(".")
            ):
                return None  # "The Baza Group employs ...": a body and its verb
            if not _speaking_plural(w):
                return None  # "Ferries to Baza will run ...": things never speak
            span = Span(words[0].start(), word.end())
            works_at = _BODY_AFTER_PLURAL.match(text, span.end)
            if works_at is not None:
                span = Span(span.start, works_at.end())  # "Analysts at Peel Hunt"
            phrase = Mention(text[span.start : span.end], span)
            reading = _read(text, phrase, names)
            if (
                reading.form == "description"
                and reading.plural
                and reading.kind in (SourceKind.GROUP, SourceKind.ANONYMOUS)
            ) or (relative and w == "police" and reading.kind is SourceKind.ORGANIZATION):
                # ("The police arrested three men who they said ...": the
                # police, a body, opens the pronoun's own sentence)
                return phrase
            return None
        if i and (w in _NUMBER_WORDS or w.isdigit()):
            continue  # "The two Republican commissioners dissented": a count
        if not (w in _RELATIVE_DETERMINERS or w.isalpha()) or (
            i
            and (
                w in _NOT_NAME
                or w in _NOT_MODIFIERS
                or w in AUXILIARIES
                or w in CUE_FORMS
                or is_past_verb(w)
                or w.endswith(("ing", "ly"))
            )
        ):
            return None
    return None


def _party_epithet_heading(
    text: str, sentence: tuple[int, list[re.Match[str]]], names: _NameIndex
) -> Mention | None:
    """``The Kentucky Republican attacked Sen. Chuck Summers, who he said
    had ...``: for a pronoun heading a relative clause, the party epithet
    (``The``, one to three capitalised modifiers, ``Republican``/``Democrat``/
    ``Independent``, then a lower-case verb) opening its sentence, looking
    past the points of up to two titles' abbreviations (``Sen.``)."""
    start, words = sentence
    for _ in range(3):
        if words and words[0].group() == "The":
            for i in range(2, min(len(words) - 1, 5)):
                if (
                    words[i].group().lower() in _PARTY_HEADS
                    and words[i + 1].group()[:1].islower()
                    and _political_epithet(text[words[0].start() : words[i].end()])
                    is not None
                ):
                    span = Span(words[0].start(), words[i].end())
                    return Mention(text[span.start : span.end], span)
            return None
        before = text[max(0, start - 8) : start].split()
        if not before or not before[-1].endswith(".") or (
            before[-1][:-1].lower() not in ABBREVIATIONS
        ):
            return None
        start = text.rfind(before[-1], 0, start)
        base = max(0, start - 400)
        found = _sentence_before(names, base, start - base)
        if found is None:
            return None
        start, words = found
    return None


def _role_opening_before(text: str, mention: Mention, names: _NameIndex) -> Mention | None:
    """``The senator did not respond. She told ...``, ``The president,
    asked ..., smiled. “...,” she said``: for a ``he``/``she`` opening its
    sentence (or the cue after a quotation that does), the definite role
    noun of one person that opens the sentence before it in its paragraph
    (``the``, up to two modifiers and the noun, then no name)."""
    relative = _relative_sentence(text, mention, names)
    sentence = relative or _opening_sentence_before(
        text, mention, names, ".!?", same_paragraph=True
    )
    if sentence is None:
        return None
    words = sentence[1]
    # ("A Rell spokesman declined to comment on what he called ...": an
    # unnamed person heading the pronoun's own sentence, the body's name
    # before the noun)
    indefinite = relative is not None and words[0].group() in ("A", "An")
    if relative is not None and not indefinite:
        party = _party_epithet_heading(text, relative, names)
        if party is not None:
            return party
    if len(words) < 3 or (words[0].group() != "The" and not indefinite):
        return None
    for i, word in enumerate(words[1:4], start=1):
        w = word.group()
        if not w.rstrip(",").isalpha() or not (w.islower() or (indefinite and i == 1)):
            return None
        if w.rstrip(",") in _ROLE_NOUNS:
            after = words[i + 1].group() if i + 1 < len(words) else ""
            if after[:1].isupper():
                return None  # "The senator Delia Rourke": a name follows
            span = Span(words[0].start(), word.start() + len(w.rstrip(",")))
            return Mention(text[span.start : span.end], span)
        if w.endswith(","):
            return None
    return None


def _indefinite_role_opening_before(
    text: str, mention: Mention, names: _NameIndex, key: str
) -> Mention | None:
    """``An Israeli official confirmed the extension. “...,” the official
    said``: for ``the <noun>`` opening its sentence (or the cue after a
    quotation that does), ``A``/``An``, up to two modifiers and the same
    noun opening the sentence before it in its paragraph, then a lower-case
    word (no name, no appositive)."""
    sentence = _opening_sentence_before(text, mention, names, ".!?", same_paragraph=True)
    if sentence is None:
        return None
    words = sentence[1]
    if len(words) < 3 or words[0].group() not in ("A", "An"):
        return None
    for i, word in enumerate(words[1:4], start=1):
        w = word.group()
        if not w.replace("-", "").isalpha():
            return None
        if w == key:
            after = words[i + 1].group() if i + 1 < len(words) else ""
            if not after.isalpha() or not after.islower() or after in {"of", "with", "for", "at"}:
                return None
            if text[word.end() : word.end() + 1] in ",;:":
                return None
            span = Span(words[0].start(), word.end())
            return Mention(text[span.start : span.end], span)
    return None


def _speaking_plural(word: str) -> bool:
    """Whether a plural head can be people or bodies that speak (``They``
    takes ``Democrats``, ``analysts``, ``companies``), not things
    (``Ferries``, ``prices``)."""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return (
        word in GROUP_HEADS
        or word in ANONYMOUS_HEADS
        or word in MEMBER_PLURALS
        or word in {"people", "police"}
        or singular in GROUP_HEADS
        or singular in ANONYMOUS_HEADS
        or singular in ORGANIZATION_HEADS
        # a plural for people ("organizers", "analysts"), but not "-ies"
        # (ferries) nor "-ards" (boards, cards): those are things as often
        or (
            word.endswith(_PLURAL_AGENT_ENDINGS)
            and not word.endswith(("ies", "ards"))
            and len(word) > 5
        )
    )


# the verbs of title-case headlines between two names ("Harwell Rips Ortiz
# Over ...", "Voss Slams Pike"): no part of either name
_HEADLINE_VERBS = frozenset(
    """rips slams blasts torches knocks hits urges warns vows backs defends
    praises accuses denies rejects mocks scolds trashes skewers lashes
    says tells asks""".split()
)
# lower-case words inside a capitalised name ("Association for the Visually
# Impaired", "Bram de Vries")
# AP's party tag closing the text before a relative pronoun (", D-N.Y." /
# " (R-Utah)")
_PARTY_TAG_AT_END = re.compile(
    r"(?:,[ \u00a0]*|[ \u00a0]*\()[DRI]-[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?\)?\Z"
)
_NAME_LINK_WORDS = _NAME_PARTICLES | frozenset("the of for and at on in to du del y e".split())


def _relative_antecedent(
    text: str, mention: Mention, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """``Smith, who said ...``: the phrase before the relative pronoun."""
    base = max(0, mention.span.start - 120)
    before = text[base : mention.span.start].rstrip()
    if before.endswith(","):
        before = before[:-1].rstrip()
    aged = _AGE_OR_HOMETOWN_AT_END.search(before)
    if aged is not None and mention.text.lower() == "who":
        # "said Maria Lujan, 34, who said", "Rosa Vila, 52, of Yakima, who":
        # AP's age and hometown after a name are no antecedent; the name is
        before = before[: aged.start()]
    if "-" in before[-16:] and mention.text.lower() == "who":
        tagged = _PARTY_TAG_AT_END.search(before, max(0, len(before) - 30))
        if tagged is not None:
            # "Sen. Carl Danner, D-N.Y., who called it": AP's party tag
            # after a name is no antecedent; the name is
            before = before[: tagged.start()]
    placed = _NAME_OF_PLACE_AT_END.search(before)
    if placed is not None and mention.text.lower() == "who":
        # "Mayor Ann Roth of Aurora, Colorado, who", "Dana Pike of Tulsa,
        # who": the place (and its state) after "of" is no antecedent; the
        # name before it is (a place is "which", a person "who")
        before = before[: placed.start(1)]
    # "Smith, who", else past a role set off after the name: "Smith, a
    # grower, who" / "Smith, a grower who"
    m = _RELATIVE_NAME.search(before) or _NAME_THEN_ROLE_AT_END.search(before)
    if (
        m is not None
        and mention.text.lower() == "who"
        and _ROLE_ARTICLE_AT_END.search(before, max(0, m.start(1) - 4), m.start(1))
    ):
        # "Ray Tanner, a Republican who": a capitalised role after "a" (a
        # party, a nationality) is no name; the name before the role is
        m = _NAME_THEN_ROLE_AT_END.search(before) or m
    if (
        m is not None
        and mention.text.lower() == "who"
        and _PLACE_LINK_AT_END.search(before, max(0, m.start(1) - 12), m.start(1))
    ):
        # "Margaret Osei, 64, a retired nurse from Kettering, who said": the
        # name after "from" is a place; the person before the role is meant
        m = _NAME_THEN_ROLE_AT_END.search(before) or m
    if m is not None and mention.text.lower() == "which":
        phrase_end = base + len(before)
        for spoken in reversed(entities[-_WINDOW:]):
            if any(
                earlier.span.end == phrase_end and earlier.span.start < base + m.start(1)
                for earlier in spoken.mentions.values()
            ):
                return spoken  # "according to a report by Moody's, which said": the speaker
        body = _RELATIVE_BODY_NAME.search(before)
        if body is not None and body.group(1).split()[-1].lower() in ORGANIZATION_WORDS:
            m = body  # "the Securities and Exchange Commission, which": never cut at "and"
        document = _DOCUMENT_BEFORE_NAME.match(before, 0, m.start(1))
        if document is not None and document.group(2) in DOCUMENT_HEADS:
            # "the annual report filed with the SEC, which states": the document
            start, end = base + document.start(1), base + m.end(1)
            return _resolve_written(text, start, end, entities, names)
    if m is None:
        phrase_end = base + len(before)
        for spoken in reversed(entities[-_WINDOW:]):
            if any(earlier.span.end == phrase_end for earlier in spoken.mentions.values()):
                return spoken  # "said one former aide, who said": the speaker just named
        phrase = _common_phrase(before)
        if phrase is None or not _relative_head(phrase[1], phrase[2], mention.text.lower()):
            return None
        start, end = base + phrase[0], phrase_end
    else:
        start, end = base + m.start(1), base + m.end(1)
    return _resolve_written(text, start, end, entities, names)


# a name's age and hometown set off at the end ("Ana Ruiz, 34", "Ana Ruiz,
# 52, of Yakima", "Ana Ruiz, of Yakima, Wash."), the name's last word before
_AGE_OR_HOMETOWN_AT_END = re.compile(
    r"(?<=[A-Za-z.])(?:,\s*\d{1,3})?(?:,\s*of\s+[A-Z][\w.'’\-]*(?:,?\s+[A-Z][\w.'’\-]*){0,3})?$"
)


# a capitalised name, then "of" a place and maybe its state set off ("Ann
# Roth of Aurora, Colorado", "Ted Mills of Boone County, Iowa", "Dana Pike
# of Tulsa")
_NAME_OF_PLACE_AT_END = re.compile(
    r"[A-Z][a-z][\w’'\-]*[ \u00a0]+[A-Z][a-z][\w’'\-]*"
    r"([ \u00a0]+of[ \u00a0]+[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){0,2}"
    r"(?:,[ \u00a0]*[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*)?)?)$"
)


def _resolve_written(
    text: str, start: int, end: int, entities: list[_Entity], names: _NameIndex
) -> _Entity | None:
    """The source of the phrase written at ``start:end`` (a mention added)."""
    named = Mention(text[start:end], Span(start, end))
    entity = _resolve(text, named, entities, names)
    if entity is not None:
        entity.add(named)
    return entity


# "residents who", "30 percent who": the lower-case words before a relative
# (a possessive modifier is one of them: "the victim's sister")
_LOWER_WORDS_AT_END = re.compile(r"(?<![\w’'\-])(?:[\w][\w\-,.%’']*\s+){0,4}[a-z\d][\w\-.%]*$")
# words ending in -s that are no plural noun for people
_NOT_PLURAL_HEAD = frozenset(
    """this these those his hers its ours yours theirs was has is does us
    always perhaps unless plus thus whereas news series""".split()
)


def _common_phrase(before: str) -> tuple[int, str, str] | None:
    """The common noun phrase ending ``before`` (``residents``, ``an
    architect``, ``some security experts``, ``30 percent``): where it
    opens, its head and its determiner; up to three modifiers are taken,
    none past a preposition, a verb or an adverb (``The council heard from
    | residents``, ``echoing | security experts``)."""
    m = _LOWER_WORDS_AT_END.search(before)
    if m is None:
        return None
    words = list(_WORD_SPAN.finditer(before, m.start(), m.end()))
    head = words[-1].group()
    start, det = words[-1].start(), ""
    if len(words) >= 3 and words[-2].group() == "in" and _share(head):
        words = words[:-2]  # "four in 10 who": the share is one phrase
        start = words[-1].start()
    for word in reversed(words[:-1]):
        w = word.group().lower()
        if w in _RELATIVE_DETERMINERS:
            start, det = word.start(), w
            break
        if (
            not word.group()[:1].islower()  # "Democratic activists": a name's word
            or w.endswith((",", "ing", "ly"))
            or w in _NOT_NAME
            or w in _NOT_MODIFIERS
            or w in AUXILIARIES
            or w in CUE_FORMS
            or is_past_verb(w)
        ):
            break
        start = word.start()
    return start, head, det


_RELATIVE_DETERMINERS = frozenset(
    "the a an one some many most several few all other his her their its our".split()
)
# words that end a noun's modifiers before it
_NOT_MODIFIERS = frozenset(
    """or nor than not who which that among between against about over under
    like at in into to from near across toward towards through around within""".split()
)


def _relative_head(head: str, det: str, relative: str) -> bool:
    """Whether the common noun before ``who`` names people (a head noun for
    people, a poll share, a plural, not a verb: ``nobody knows who``; a
    singular after ``a``/``an``/``one``: ``an architect who``), and the one
    before ``which`` a document or a body (``the report, which said``)."""
    if relative == "which":
        return head in DOCUMENT_HEADS or head in ORGANIZATION_HEADS or head in MEDIA_HEADS
    if head in DOCUMENT_HEADS or head in MEDIA_HEADS or head in ORGANIZATION_HEADS:
        return False
    if head in ANONYMOUS_HEADS or head in GROUP_HEADS or head in ROLE_HEADS or _share(head):
        return True
    if head in CUE_FORMS or head in _NOT_PLURAL_HEAD or head in AUXILIARIES or head in _NOT_NAME:
        return False
    if head.endswith("s") and len(head) > 3 and head.isalpha():
        return True
    return det in {"a", "an", "one"}


# ---------------------------------------------------------------- reading


# a stock ticker in angle brackets closing a company's name (1980s Reuters)
_ANGLE_TICKER = re.compile(r"(?<=\S)[ \u00a0]*<([A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,3})?)>\Z")


# a press release's defined terms in parentheses closing a name: ("Orinoco"
# or the "Company"), ("Orinoco", "we" or "us")
_DEFINED_TERMS = re.compile(
    r"(?<=\S)[ \u00a0]*\((?:[^()\"“”]{0,12}[\"“][^()\"“”]{1,40}[\"”]){2,4}[^()\"“”]{0,4}\)\Z"
)


# a ticker or a quoted defined term closing either company of a joint
# subject: 'Harlan Corp. (NYSE: HRL) ("Harlan") and ...'
_JOINT_TAG = re.compile(
    r"[ \u00a0]*\((?:[A-Z][A-Za-z ]{1,20}:[ \u00a0]*[A-Z0-9][A-Z0-9.\-]{0,9}"
    # (a Reuters RIC: "Arclight (ARC.O) and Pellam (PLM.N)")
    r"|[A-Z0-9]{1,6}\.[A-Z]{1,3}"
    # (AP-style party tags: "Sen. Gil Ruston (R-Utah) and Sen. Mara Quill
    # (D-Nev.)")
    r"|[DRI]-[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*)?"
    r"|[\"“][^()\"“”]{1,40}[\"”])\)(?=[ \u00a0]+and[ \u00a0]|\Z)"
)


# the last word of a named survey, report or index ("Global Wealth Report")
_NAMED_DOCUMENT_HEADS = frozenset({"Report", "Survey", "Index", "Barometer", "Outlook", "Book"})


# the suffixes of a company's name that are written in lower case
_LOWER_CORPORATE_SUFFIXES = frozenset({"plc", "ltd", "ltd.", "llc", "inc", "inc.", "gmbh"})


# "The Bank", "the Partnership": a capitalised noun after "the", as a
# press release re-mentions the term it defined
_THE_TERM = re.compile(r"[Tt]he[ \u00a0]+([A-Z][a-z]{2,20})")


# the trade nouns wire copy writes before a company's name ("German
# carmaker Voss AG", "U.S. drugmaker Kelvin Pharmaceuticals Inc")
_DESCRIPTOR_TRADES = (
    "carmaker|automaker|drugmaker|chipmaker|steelmaker|planemaker|shoemaker|toymaker"
    "|miner|lender|insurer|retailer|brewer|airline|carrier|conglomerate|supplier"
    "|producer|utility|trader|exporter|importer|refiner"
)
# Reuters' "<nationality> <trade> <Name>", "<City>-based <Name>", "London-listed"
_COMPANY_DESCRIPTOR = re.compile(
    r"(?:(?:[A-Z][\w.]*[ \u00a0]){0,2}(?:" + _DESCRIPTOR_TRADES + r")"
    r"|(?:[A-Z][\w.]*[ \u00a0]){0,2}[A-Z][\w.]*-(?:based|listed|headquartered)"
    r"(?:[ \u00a0](?:" + _DESCRIPTOR_TRADES + r"))?"
    r"|(?:Carmaker|Automaker|Drugmaker|Chipmaker|Miner|Lender|Insurer|Retailer)"
    # "Buyout firm", "Private equity firm", "Chinese EV maker", "Oil major",
    # "US chip giant": up to two capitalised words (a nationality, or the
    # word opening the sentence), lower-case modifiers, then the trade's noun
    r"|(?:[A-Z][\w.\-]*[ \u00a0]){0,2}(?:[a-z][\w\-]*[ \u00a0]){0,3}"
    r"(?:firm|maker|giant|major|group|company|chain|startup|start-up|platform|provider"
    r"|developer|operator|conglomerate|manufacturer))[ \u00a0]+(?=[A-Z])"
)
# the stock of a company before its name: "Shares of Helmcrest Inc"
_SHARES_OF = re.compile(r"(?:Shares|Stock|shares|stock)[ \u00a0]+of[ \u00a0]+(?=[A-Z])")
# the short re-mention of an unnamed source or group of sources
_THE_SOURCES = re.compile(r"[Tt]he[ \u00a0]+(?:sources?|people|person|insiders?)")
# one of the group the sources or people named: "one of the sources said"
_ONE_OF_THE_SOURCES = re.compile(
    r"(?i:one|two|another|each|both)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:sources|people)"
)


def _defined_term_holder(text: str, mention: Mention) -> tuple[str, Span] | None:
    """The name a press release defined ``the "Term"`` for, when ``mention``
    is ``The Term`` (``Northgate Bancorp, Inc. (the "Bank")`` ... ``The
    Bank said``); "company" and "firm" have their own rule."""
    term = _THE_TERM.fullmatch(mention.text.strip())
    if term is None or term.group(1).lower() in {"company", "firm"}:
        return None
    word = term.group(1)
    end = mention.span.start
    at = max(text.rfind(f'the "{word}"', 0, end), text.rfind(f"the “{word}”", 0, end))
    if at < 0:
        return None
    paren = text.rfind("(", 0, at)
    if paren < 0 or ")" in text[paren:at]:
        return None
    found = _NAME_BEFORE_TERM.search(text, max(0, paren - 200), paren)
    if found is None:
        return None
    return found.group(1), Span(found.start(1), found.end(1))


# wire copy's epithets for the European Commission (Reuters, AFP)
_EU_EXECUTIVE = re.compile(
    r"[Tt]he[ \u00a0]+(?:EU|E\.U\.|European[ \u00a0]+Union"
    r"|(?:EU|European[ \u00a0]+Union|bloc)['’]s)"
    r"[ \u00a0]+executive(?:[ \u00a0]+(?:arm|body|branch))?"
)


def _example_link(lower: list[str]) -> int:
    """Where ``such as``, ``including`` or ``like`` introduces named examples
    in a mention's lower-case words, when a name follows it; else -1."""
    for i, w in enumerate(lower[1:-1], start=1):
        if w in {"including", "like"} or (
            w == "such" and lower[i + 1] == "as" and i + 2 < len(lower)
        ):
            return i
    return -1


# a post on a platform closing a mention: "Posts on Facebook", "Ashby's
# post on X", "posts on Instagram and TikTok", "Posts on social media"
_POST_ON = re.compile(
    r"\b[Pp]ost(s?) on (?:social media|[A-Z][\w.]*(?:,? (?:and|or) [A-Z][\w.]*)?)\Z"
)


# a peer and the territorial designation of the peerage ("Lord Ashworth of
# Kendal", "Baroness Fenwick of Ashby"), closing the mention
_TERRITORIAL_PEER = re.compile(
    r"\b(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess)[ \u00a0]+([A-Z][\w’'\-]+)"
    r"(?:[ \u00a0]+[A-Z][\w’'\-]+)?"
    r"([ \u00a0]+of[ \u00a0]+[A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+)?)\Z"
)


# title words that name a field or a body a role is of ("Home Secretary",
# "Energy Minister", "Treasury Secretary"), never a title alone
_FIELD_TITLE_WORDS = frozenset(
    """central city council county defence defense economic economy education
    energy environment federal finance foreign health home house interior
    labor labour national presidential regional trade transport treasury
    white""".split()
)


# a company's trade closing the words before a name ("Electronics retailer",
# "Discount chain", "Chinese EV maker"): never a person's title
_TRADE_TITLE = re.compile(
    r"(?:^|[ \u00a0])(?:carmaker|automaker|drugmaker|chipmaker|steelmaker|planemaker"
    r"|toymaker|lender|insurer|retailer|airline|conglomerate|refiner|firm|chain|giant"
    r"|startup|start-up|manufacturer|company|e-tailer|grocer|bank)\Z",
    re.IGNORECASE,
)


# a name of one or two capitalised words closing on "'s" ("Kohl's",
# "Trader Vic's")
_BRAND_POSSESSIVE = re.compile(r"(?:[A-Z][\w&\-]*[ \u00a0]+)?[A-Z][a-z][\w\-]*['’]s")


# a noun owned by a possessive speaker before the colon of a quotation
# ("'s response:", "'s reply was:")
_OWNED_NOUN_COLON = re.compile(r"[ \u00a0]+[a-z]+(?:[ \u00a0]+(?:was|is|has been))?[ \u00a0]*:")


# the South Asian honorific written after a name ("Rajnath Singh Ji", "Madani
# Sahib"), closing the mention after a capitalised name word
_POSTPOSED_HONORIFIC = re.compile(
    r"(?<=[a-z])[ \u00a0]+(Ji|Sahib|Saheb|MP|MEP|MSP|MLA|MPP|TD|QC|KC|SC|SAN|OBE|MBE|CBE|KBE|DBE)\Z"
)


# a later "the company said" / "The firm added" after a body that reported
_COMPANY_AFTER = re.compile(
    r"\b[Tt]he[ \u00a0]+(?:company|firm|brokerage|retailer|automaker|lender)[ \u00a0]+"
    r"(?:also[ \u00a0]+)?(?:said|says|added|reported|noted|estimated)\b"
)


# a peer or royal named by the title and the place of the peerage alone ("The
# Duke of Halbury", "the Princess of Wexford", "The Earl of Dunmere"): a
# person, as a peerage's style is how the holder is named (SPEC person = a
# named individual)
_PEERAGE_STYLE = re.compile(
    r"(?:[Tt]he[ \u00a0]+)?((?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Marchioness)"
    r"[ \u00a0]+of[ \u00a0]+[A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+)?)"
)


# a site by its address: "poweroutage.us", "www.flightaware.com"
_WEB_ADDRESS = re.compile(
    r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|us|io|info|edu)"
)


def _read(text: str, mention: Mention, names: _NameIndex) -> _Reading:
    reading = _read_mention(text, mention, names)
    if (
        reading.kind in (SourceKind.ORGANIZATION, SourceKind.GROUP)
        and reading.form == "description"
        and text.startswith(",", mention.span.end)
    ):
        named = _BODY_NAME_APPOSITIVE.match(text, mention.span.end)
        if (
            named is not None
            and named.group("name").lower() not in _CALENDAR
            # ("The Organization of the Petroleum Exporting Countries and its
            # allies, known as OPEC+,": bodies together, named as one)
            and (reading.kind is SourceKind.ORGANIZATION or named.group("known"))
        ):
            # "Britain's biggest union, Unite, said", "The group, known as
            # OPEC+, said": the body's name set off after its description
            # names it (SPEC: organisations by name)
            return _organization(named.group("name"))
    if (
        reading.kind is SourceKind.ANONYMOUS
        and reading.form == "description"
        and reading.key in _BUSINESS_TRADES
        and text.startswith(",", mention.span.end)
        and (named := _BODY_NAME_APPOSITIVE.match(text, mention.span.end)) is not None
        and not named.group("known")
        and len(body := named.group("name").split()) >= 2
    ):
        inner = _read_mention(
            text, Mention(named.group("name"), Span(named.start("name"), named.end("name"))), names
        )
        if inner.kind is SourceKind.ORGANIZATION:
            # "The contractor, Crestline Health, said": a trade that a person
            # or a firm may ply, set off before a body's name, is the firm
            # ("The contractor, Dave Mills," stays the person, his title)
            return _organization(" ".join(body))
    if (
        reading.kind is SourceKind.ORGANIZATION
        and " and " in mention.text
        and (apposed := _ARTICLE_APPOSITIVE.match(text, mention.span.end)) is not None
    ):
        head = apposed.group(1).split()[-1].lower()
        if head in MEMBER_PLURALS or head in _APPOSED_PEOPLE:
            # "Marsh and Mehra, the commission's two Republicans, said": two
            # lone surnames set off as people are a group of two people, no
            # body named as written
            raw = " ".join(mention.text.split())
            return _Reading("description", SourceKind.GROUP, raw.lower(), raw, None, True, None)
    if (
        reading.kind is SourceKind.PERSON
        and reading.title
        and reading.title.split()[-1].lower() in {"and", "&"}
    ):
        # "Air Canada and WestJet said", "Canadian National Railway and
        # Canadian Pacific Kansas City said": two named speakers together
        # are a group named as written; no title ends on "and"
        raw = " ".join(mention.text.split())
        return _Reading("description", SourceKind.GROUP, raw.lower(), raw, None, True, None)
    return reading


# trades a person or a firm may ply, before a body's name set off after them
# ("The contractor, Crestline Health,")
_BUSINESS_TRADES = frozenset("contractor subcontractor vendor supplier developer landlord".split())


# plural heads of an appositive that names people, not bodies ("the
# commission's two commissioners", "the panel's members")
_APPOSED_PEOPLE = frozenset(
    "commissioners members lawmakers senators judges justices founders owners partners".split()
)


# a body's name set off after its description: ", Unite,", ", the Boston
# Teachers Union,", ", known as OPEC+,"
_BODY_NAME_APPOSITIVE = re.compile(
    r",[ \u00a0]+(?P<known>known[ \u00a0]+as[ \u00a0]+)?(?:the[ \u00a0]+)?"
    r"(?P<name>[A-Z][\w&’'\-]*\+?(?:[ \u00a0]+(?:of|for|and|&|[A-Z][\w&’'\-]*\+?)){0,6}),"
)


# a sovereign's or a prelate's style: the title, the given name (and a
# regnal number), then "of" and the realm or see ("King Felipe of Spain",
# "Patriarch Gennady of Moscow and All Russia", "Bishop Anselm of Dunmore")
_STYLED_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<title>(?:(?:Ecumenical|Grand|Crown)\s+)?(?:King|Queen|Prince|Princess"
    r"|Patriarch|Archbishop|Bishop|Emir|Sultan|Catholicos))\s+"
    r"(?P<name>[A-Z][a-z’'\-]+(?:\s+[IVX]+)?)\s+of\s+(?P<see>(?:the\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+(?:and|of|the|[A-Z][\w’'\-]*)){0,5})"
)


def _styled_of(mention: Mention) -> _Reading | None:
    """``Patriarch Gennady of Moscow and All Russia`` -> the person
    ``Gennady``, titled ``Patriarch``: a sovereign or a prelate is styled by
    the given name and the realm or see, which is no surname."""
    m = _STYLED_OF.fullmatch(mention.text)
    if m is None or any(
        w.lower() in ORGANIZATION_WORDS for w in m.group("see").split() if w[:1].isupper()
    ):
        return None
    name = m.group("name")
    return _Reading(
        "name", SourceKind.PERSON, name.split()[0].lower(), name, m.group("title"), False, None
    )


def _read_mention(text: str, mention: Mention, names: _NameIndex) -> _Reading:
    if mention.text[:1] in "TKQPABESCGt" and " of " in mention.text:
        styled = _styled_of(mention)
        if styled is not None:
            return styled
    if mention.text.startswith("@") and len(mention.text) > 1 and " " not in mention.text:
        # "@MayorVidal wrote": a social handle reads as the name after its
        # sign, and is named as written
        handle = Mention(mention.text[1:], Span(mention.span.start + 1, mention.span.end))
        reading = _read(text, handle, names)
        named = reading.name_span
        return attrs.evolve(
            reading,
            name="@" + reading.name,
            name_span=None if named is None else Span(named.start - 1, named.end),
        )
    if "&amp;" in mention.text:
        # "Berg &amp; Sons": scraped copy's escaped ampersand reads as "&"
        mention = attrs.evolve(mention, text=mention.text.replace("&amp;", "&"))
    if "&nbsp;" in mention.text:
        # "Mayor&nbsp;Luis Ortega": scraped copy's escaped no-break space is
        # a space between the words
        mention = attrs.evolve(mention, text=mention.text.replace("&nbsp;", " "))
    if "." in mention.text and _WEB_ADDRESS.fullmatch(mention.text):
        # "according to poweroutage.us": a site by its address, written in
        # lower case, is the body that runs it, as "PowerOutage.us" is; no
        # unnamed person or group
        raw_address = mention.text
        return _Reading(
            "name", SourceKind.ORGANIZATION, raw_address.lower(), raw_address, None, False, None
        )
    if mention.text.endswith(">") and (tag := _ANGLE_TICKER.search(mention.text)) is not None:
        # "Zentrix Corp <ZTRX>": the Reuters archive's ticker in angle
        # brackets, read as the parenthesised one, which is no part of the name
        mention = attrs.evolve(mention, text=f"{mention.text[: tag.start()]} ({tag.group(1)})")
    if mention.text.endswith(")") and (term := _DEFINED_TERMS.search(mention.text)) is not None:
        # 'Orinoco Therapeutics, Inc. ("Orinoco" or the "Company")': a press
        # release's defined terms are no part of the name
        mention = attrs.evolve(mention, text=mention.text[: term.start()])
    if ") and " in mention.text:
        # 'Harlan Corp. (NYSE: HRL) ("Harlan") and Ridgefield Inc.': the
        # first company's tags in a joint subject are no part of the names
        joint = mention.text
        for _ in range(3):
            joint = _JOINT_TAG.sub("", joint)
        if joint != mention.text:
            together = _read(text, Mention(joint, mention.span), names)
            if together.kind is SourceKind.ORGANIZATION and " and " in joint:
                # "Arclight (ARC.O) and Pellam (PLM.N) said": each side's
                # ticker marks a listed company, so two bodies speak
                # together, a group (annotation.md), not one body
                return _Reading(
                    "description", SourceKind.GROUP, joint.lower(), joint, None, True, None
                )
            return attrs.evolve(together, name_span=None)
    raw = mention.text
    if raw.endswith("party") and (tagged := _ACRONYM_THEN_PARTY.search(raw)) is not None:
        # "The opposition Orange Democratic Movement (ODM) party": the party
        # is the name before its acronym; the trailing noun says what it is
        party_name = Mention(raw[: tagged.start() + len(tagged.group(1))], mention.span)
        return attrs.evolve(_read(text, party_name, names), name_span=None)
    if (
        _BRAND_POSSESSIVE.fullmatch(raw) is not None
        and raw.split()[0].lower() not in _HE_SHE
        and raw.split()[0].lower() not in _NOT_NAME
        # "Vantor's response: “...”", "Ruiz's reply was:": the possessive
        # owns the noun before the colon and is the person (without the mark)
        and _OWNED_NOUN_COLON.match(text, mention.span.end) is None
    ):
        # "Kohl's said", "Macy's said Tuesday", "Trader Vic's said": a
        # possessive that speaks owns no noun; it is a store's name as
        # written, as "McDonald's" is, not a person "Kohl"
        return _organization(raw)
    if (
        (postposed := _POSTPOSED_HONORIFIC.search(raw)) is not None
        and len(raw.split()) >= 3 - (postposed.group(1) == "Sahib")
    ):
        # "Rajnath Singh Ji", "Madani Sahib": the South Asian honorific
        # after a name is a courtesy as "Shri" before it is, no part of it;
        # so are the British post-nominals ("Amira Khan MP", "Sir Tom Hale
        # KC", "Ada Bell OBE")
        honoured = Mention(raw[: postposed.start()], mention.span)
        reading = _read(text, honoured, names)
        if reading.kind is SourceKind.PERSON and reading.form == "name":
            return attrs.evolve(reading, name_span=None)
    if (
        " of " in raw
        and (style := _PEERAGE_STYLE.fullmatch(raw)) is not None
        and not _public_word(raw.split()[-1])
        and not _company_name(raw)
    ):
        peerage = style.group(1)
        return _Reading("name", SourceKind.PERSON, peerage.lower(), peerage, None, False, None)
    if " of " in raw and (peer := _TERRITORIAL_PEER.search(raw)) is not None:
        word = peer.group(1).lower()
        if word not in TITLE_WORDS and word not in ROLE_HEADS:
            # "Lord Ashworth of Kendal", "Baroness Fenwick of Ashby": a peer's
            # territorial designation is no body the peer belongs to; the
            # peer reads as "Lord Ashworth", a person
            peer_text = raw[: peer.start(2)].rstrip()
            reading = _read(text, Mention(peer_text, mention.span), names)
            return attrs.evolve(reading, name_span=None)
    position = _PLAYER_POSITION_BEFORE.match(raw)
    if position is not None:
        played = raw[position.end() :].split()
        if (
            len(played) == 2
            and all(_name_word(w) and w.lower().strip(".,") not in _NO_SURNAME for w in played)
            and not any(_holds_title(w.lower()) for w in played)
        ):
            # "Center Marcus Webb", "Hall of Famer Gary Marsh": a player's
            # position or honour before a full name is the title, as
            # "Guard Jay Ross" is; no body named "Center"
            played_start = mention.span.start + position.end()
            played_mention = Mention(raw[position.end() :], Span(played_start, mention.span.end))
            player = _read(text, played_mention, names)
            if player.kind is SourceKind.PERSON and player.form == "name":
                position_title = position.group().strip()
                if player.title:
                    position_title = f"{position_title} {player.title}"
                return attrs.evolve(player, title=position_title, name_span=None)
    shares = _SHARES_OF.match(raw)
    if shares is not None:
        # "Shares of Helmcrest Inc fell 4% after it said": the company, whose
        # stock the subject is
        rest = Span(mention.span.start + shares.end(), mention.span.end)
        company = _read(text, Mention(raw[shares.end() :], rest), names)
        if company.kind is SourceKind.ORGANIZATION and company.form == "name":
            return attrs.evolve(company, name_span=company.name_span or rest)
    if " on " in raw and (post := _POST_ON.search(raw)) is not None:
        # "Posts on Facebook claim", "Ashby's Nov. 12 post on X said": a
        # social-media post is a document named as written, never a person
        # named after the platform; "the post" joins it
        plural = post.group(1) == "s"
        return _Reading(
            "description", SourceKind.DOCUMENT, "post" + post.group(1), raw, None, plural, None
        )
    words = raw.split()
    lower = [w.lower().strip(",") for w in words]
    if len(words) == 1 and lower[0] in _POSSESSIVES:
        lower = [_POSSESSIVES[lower[0]]]  # "her warning that ...": she
    if (
        len(words) >= 3
        and lower[-2:] == ["and", "others"]
        and all(_name_word(w) or w.lower() in _NAME_PARTICLES for w in words[:-2])
    ):
        # "Doyle and others": a named person and more people, a group
        return _Reading("description", SourceKind.GROUP, " ".join(lower), raw, None, True, None)
    example = _example_link(lower)
    if (
        example > 0
        and _speaking_plural(lower[example - 1])
        and all(
            _name_word(w) or w.lower() in _NAME_PARTICLES or w == "and"
            for w in words[example + (2 if lower[example] == "such" else 1) :]
        )
    ):
        # "Rivals such as Bram Osei", "Lawmakers including Ana Ruiz": a
        # plural led by named examples, a group (the names are no title's)
        return _Reading("description", SourceKind.GROUP, " ".join(lower), raw, None, True, None)
    if len(words) == 1 and lower[0] in _PRONOUNS:
        return _Reading("pronoun", SourceKind.PERSON, lower[0], raw, None, lower[0] in _THEY, None)
    if (
        len(lower) >= 4
        and (lower[0] in {"the", "a", "its", "their"} or lower[0].endswith("'s"))
        and any(
            w in {"chapter", "branch", "affiliate"} and lower[i + 1] == "of"
            for i, w in enumerate(lower[1:-1], 1)
        )
    ):
        # "The local chapter of the union", "The Ohio State chapter of the
        # union": a body's local unit is itself a body (the speaker as
        # written), no unnamed person
        return attrs.evolve(_describe(raw, lower), kind=SourceKind.ORGANIZATION)
    if _ROLE_OF_WORK.fullmatch(raw) is not None:
        # 'The star of "Copper Lane"', 'the 34-year-old star of "Dune
        # Road"': an unnamed person described by a role in a quoted work, as
        # "The star of the show" is; the work's capitals name no body
        return _describe(raw, lower)
    if len(words) == 1 and lower[0] in SHARE_WORDS:
        # "Half say", "Two-thirds said": a poll share capitalised only by the
        # sentence's start, a group, never a name
        return _describe(raw, lower)
    if (
        len(words) == 2
        and lower[0] == "the"
        and words[1][:1].isupper()
        and words[1].endswith("s")
        and words[1][1:].islower()
        and len(words[1]) >= 4
        and (stem := words[1][:-1])
        and (
            f"{stem} family" in text
            or f"{stem} family" in text.replace("\u00a0", " ")
            or names.in_person_name(stem)
        )
    ):
        # "the Okafors said" after "The Okafor family" or "Ada Okafor": a
        # family by its surname's plural is the family, a group (not a body
        # named "Okafors")
        return _Reading("description", SourceKind.GROUP, "family", raw, None, True, None)
    if len(words) == 1 and _CAMEL_BRAND.fullmatch(raw) is not None:
        # "eBay said", "xAI said", "iRobot", "eToro": a brand written with a
        # lower-case first letter and a capital after it is a company's name,
        # never a common noun
        return _organization(raw)
    if words and words[-1] == "WHO" and len(words) <= 2 and lower[0] in {"the", "who"}:
        return _organization(raw)  # "the WHO": the World Health Organization, no relative
    if len(words) == 2 and " ".join(lower) in BODY_METONYMS:
        return _organization(raw)  # "No 10 said": Downing Street, not a count
    if _EU_EXECUTIVE.fullmatch(raw) is not None:
        # "The EU executive", "the bloc's executive arm": wire copy's epithet
        # for the European Commission, a body (not an unnamed executive)
        name = _drop_the(raw)
        return _Reading("name", SourceKind.ORGANIZATION, "eu executive", name, None, False, None)
    untagged = _PAREN_TAG.sub("", raw).split() if raw.endswith(")") else words
    if (
        len(untagged) >= 2
        and untagged[-1].lower() == "conference"
        and untagged[-2].endswith(("s'", "s’"))
        and untagged[-2][:-2].islower()
    ):
        # "The Italian bishops' conference", "the U.S. mayors' conference":
        # a standing body of its members, named for them, an organisation
        return _organization(raw)
    if len(words) >= 4 and any(
        " ".join(pair) in STAFF_BODIES for pair in itertools.pairwise(words)
    ):
        # "The General Staff of Ukraine's armed forces": the army's command,
        # named with its army, a body (as "Ukraine's General Staff" is)
        return _organization(raw)
    if (len(words) == 1 and lower[0] in {"who", "which"}) or (
        len(words) == 3 and lower[1:] == ["of", "whom"]  # "many of whom"
    ):
        return _Reading("relative", SourceKind.PERSON, lower[0], raw, None, False, None)
    member_at = next((i for i, w in enumerate(lower[:3]) if w in MEMBER_PLURALS), None)
    if (
        member_at is not None
        and member_at + 2 < len(lower)
        and lower[member_at + 1] in _MEMBERS_PLACED
        and all(w.islower() for w in words[1:member_at])
    ):
        # "Some Democrats on Capitol Hill", "Republicans outside
        # Washington", "Democrats outside the campaign": a party's members
        # placed by where they sit, a group; the place is no name
        return _describe(raw, lower[: member_at + 1])
    if len(lower) == 2 and lower[0] == "the" and lower[1] in PARTY_MEMBER_NOUNS:
        # "the Democrat": a party's member, not the party
        return _Reading("description", SourceKind.PERSON, lower[1], raw, None, False, None)
    if (
        3 <= len(lower) <= 6
        and lower[0] == "the"
        and _possessive(words[1])
        and lower[-1] in PARTY_MEMBER_NOUNS
        and words[-1][:1].isupper()
    ):
        # "the Senate's top Democrat", "the chamber's No. 2 Republican": a
        # party's member by rank in a body, one person's role (joining its
        # holder as "the Democrat" does), never the body
        return _Reading("description", SourceKind.PERSON, lower[-1], raw, None, False, None)
    if (
        2 <= len(words) <= 5
        and (lower[0] == "the" or (words[0][:1].isupper() and _possessive(words[0])))
        and lower[-1] in ROLE_HEADS
        and lower[-1] in TITLE_WORDS
        and all(w[:1].isupper() or w in {"of", "for", "and", "the"} for w in words[1:])
        and not any(w in ORGANIZATION_WORDS for w in lower)
        # ("the Washington Examiner": an outlet's masthead, no office)
        and " ".join(lower) not in MEDIA_NAMES
    ):
        # "The Chancellor", "The Home Secretary", "Scotland's First
        # Minister": a British office capitalised as its holder's re-mention
        # reads as the office written in lower case (a role, joining its one
        # holder)
        # ("Scotland's First Minister": the owner keeps its capital)
        office = " ".join([words[0] if lower[0] != "the" else "the", *lower[1:]])
        reading = _read(text, attrs.evolve(mention, text=office), names)
        if reading.name.lower() == raw.lower():
            reading = attrs.evolve(reading, name=raw)
        return reading
    if (
        len(lower) >= 2
        and lower[0] in {"a", "an", "one", "another"}
        and (lower[-1] in PARTY_MEMBER_NOUNS or lower[-1] == "conservative")
        # ("one House Democrat", "a Texas Republican": a chamber or a place
        # before the party noun, no title)
        and len(words) <= 5
        and not any(w.lower() in ROLE_HEADS or w.endswith(".") for w in words[1:-1])
    ):
        # "A senior Tory", "a Democrat": an unnamed member of the party; the
        # party noun is no surname
        return _Reading("description", SourceKind.ANONYMOUS, lower[-1], raw, None, False, None)
    cited = raw.find(" citing ")
    if cited > 0:
        # "according to a report in the Journal citing three people briefed
        # on the talks": the report speaks; its own sources are no part of it
        reading = _read(text, attrs.evolve(mention, text=raw[:cited]), names)
        if reading.kind is SourceKind.DOCUMENT:
            return reading
    joined = " ".join(lower)
    if _ANONYMITY.search(joined) or (
        words[-1].islower()
        and _ANONYMITY_ASIDE.match(text, mention.span.end, mention.span.end + 80) is not None
    ):
        # "people familiar with the matter"; "Several Democratic lawmakers,
        # speaking on the condition of anonymity ..., said": the aside set
        # off by commas withholds who they are, as the restrictive "who
        # spoke on condition of anonymity" does
        head = _head(lower)
        return _Reading(
            "description",
            SourceKind.ANONYMOUS,
            _stem(head),
            raw,
            None,
            head.endswith("s") or head == "people",
            None,
        )
    agency = _wire_agency(words, lower)
    if agency is not None and not _party_acronym(text, _drop_the(raw)):
        # "KCNA", "the official KCNA news agency", "Yonhap news agency": the
        # wire, by its canonical name
        return _Reading("name", SourceKind.MEDIA, agency.lower(), agency, None, False, None)
    stripped = " ".join([w for w in lower if w != "the"])
    if raw == "People" and not _opens_sentence(text, mention.span.start):
        # ", People reported", "according to People": the magazine; "People
        # said" opening a sentence stays the plural
        return _Reading("name", SourceKind.MEDIA, "people", raw, None, False, None)
    if (
        (joined in MEDIA_NAMES or stripped in MEDIA_NAMES)
        and agency is None
        and not _party_acronym(text, _drop_the(raw))
    ) and not (
        # "the post said": a lower-case noun (a social-media post) is no
        # outlet's name (The Post)
        all(w.islower() for w in words[1:]) and lower[-1] in DOCUMENT_HEADS and lower[0] == "the"
    ):
        name = _drop_the(raw)
        return _Reading("name", SourceKind.MEDIA, stripped, name, None, False, None)
    masthead = _drop_the(raw).split()
    if (
        2 <= len(masthead) <= 4
        and masthead[0] in {"Daily", "Sunday", "Evening"}
        and all(w[:1].isupper() or w in {"on", "of"} for w in masthead)
        and not _public_word(masthead[-1])
    ):
        # "the Daily Mail", "The Sunday Courier", "the Evening Standard": a
        # newspaper's masthead names its day or its edition (SPEC media)
        name = " ".join(masthead)
        return _Reading("name", SourceKind.MEDIA, name.lower(), name, None, False, None)
    outlet_words = _owned_outlet(words)
    if outlet_words is not None:
        # "Russia's RIA Novosti", "Qatar's Al Jazeera", "Israel's Army
        # Radio", "Hamas' Al-Aqsa TV", "Israel's Channel 12": a place's or a
        # movement's outlet, by its own name; the owner is no title
        outlet = " ".join(outlet_words)
        return _Reading("name", SourceKind.MEDIA, outlet.lower(), outlet, None, False, None)
    if (
        3 <= len(words) <= 6
        and lower[0] == "the"
        and _possessive(words[-2])
        and all(w[:1].isupper() for w in words[1:])
        and not _possessive(words[-1])
        and words[-1].lower().strip(".,") not in ORGANIZATION_WORDS
    ):
        # "the Fed's Voss", "the Bank of Japan's Akiyama": a body's person by
        # surname, read as without the article ("Fed's Voss")
        return _read(text, attrs.evolve(mention, text=" ".join(words[1:])), names)
    if (
        len(words) >= 3
        and _possessive(words[0])
        and _unowned(lower[0]) in MEDIA_NAMES
        and lower[1] in {"this", "the", "a"}
    ):
        # "ABC's This Week", "CBS's The Early Show": a network's programme,
        # written as a venue; the network, no person named Week
        outlet = _unowned(words[0])
        return _Reading("name", SourceKind.MEDIA, outlet.lower(), outlet, None, False, None)
    cut = next(
        (
            i
            for i, w in enumerate(lower)
            if i > 0
            and (
                w in _RESTRICTIVE_OPENERS
                # "Firefighters battling a wildfire west of Denver"
                # (but "a securities filing": a record's noun in -ing)
                or (
                    w.endswith("ing")
                    and words[i].islower()
                    and lower[i - 1].endswith("s")
                    # ("a news briefing": "news" is no plural of people)
                    and lower[i - 1] != "news"
                    # ("Pruitt's running mate", "the bank's lending arm": an
                    # owner's possessive, no plural head before a participle)
                    and not _possessive(words[i - 1])
                    and w not in DOCUMENT_HEADS
                )
                # "A woman injured in the blast in Dover", "a man charged with"
                or (w.endswith("ed") and words[i].islower() and lower[i - 1] in _PERSON_HEADS)
            )
        ),
        None,
    )
    if cut is not None and (
        words[cut - 1].islower()
        or lower[cut - 1] in _COMMON_HEADS
        or (cut == 1 and lower[0].endswith("s"))  # capitalised only as the sentence opens
    ):
        # "Economists polled by Reuters", "people who attended the Harbour
        # Fair": the head before the modifier is a common noun, and it decides
        if cut >= 2 and lower[cut - 1].endswith("ed") and lower[cut - 2] in DOCUMENT_HEADS:
            cut -= 1  # "documents posted by regulators": the record, not its participle
        elif cut >= 3 and lower[cut - 1].endswith("ly") and lower[cut - 2] in DOCUMENT_HEADS:
            cut -= 1  # "a plan jointly issued by": the record, not its adverb
        return _describe(raw, lower[:cut])
    # (the tag's pattern needs a closing parenthesis: most mentions have none)
    bare = _PAREN_TAG.sub("", raw).split() if ")" in raw else list(words)
    last = bare[-1] if bare else raw
    if (
        len(lower) >= 2
        and lower[-1].strip(".,") in _CALENDAR
        and words[-2].islower()
        and lower[-2] in DOCUMENT_HEADS
    ):
        # "according to studio estimates Sunday": a record, then the day it
        # came out; the record heads the phrase
        reading = _describe(raw, lower[:-1])
        return attrs.evolve(reading, name=raw)
    defined = _DEFINED_ACRONYM.search(raw)
    if (
        defined is not None
        and raw.rstrip().endswith(")")
        and len(bare) >= 2
        and any(
            _abbreviates(defined.group(1).replace("&", ""), spelt)
            for spelt in _initials(" ".join(bare))
        )
    ):
        # "Inter-Services Public Relations (ISPR)": a name the story
        # abbreviates is a body's, never a person's
        if words[0].islower() and lower[0] != "the":
            # "data from the Malaysian Palm Oil Board (MPOB)", "an official
            # at the Sugar Mills Association (SMA)": a record or a person of
            # the body heads the phrase, read as without the acronym
            plain = _read(text, attrs.evolve(mention, text=raw[: defined.start()].rstrip()), names)
            if plain.kind not in (SourceKind.ORGANIZATION, SourceKind.PERSON):
                return attrs.evolve(plain, name=raw)
        return _organization(raw)
    # ("Omar Said": a surname that is a cue word, after a first name)
    said_surname = (
        # ("Michael Every", "Thomas More": a surname that is a quantifier)
        last in {"Said", "Says", "Every", "More", "Most", "Few"}
        and len(bare) >= 2
        and bare[-2][:1].isupper()
        and bare[-2].isalpha()
        and bare[-2].lower() not in _NOT_NAME
    )
    if (
        len(bare) >= 2
        and last in _LOWER_CORPORATE_SUFFIXES
        and all(w[:1].isupper() for w in bare[:-1])
    ):
        # "Halvern plc (LSE: HLV)": a capitalised name and the company's
        # suffix written in lower case, as British companies write "plc"
        return _organization(raw)
    if (
        len(bare) >= 3
        and last in _NAMED_DOCUMENT_HEADS
        and bare[-2].lower() not in {"geological", "ordnance"}  # bodies: "Geological Survey"
        and all(w[:1].isupper() or w.isdigit() or w in {"and", "of", "on"} for w in bare[1:])
        and (bare[0][:1].isupper() or bare[0].lower() in {"the", "its", "their", "his", "her"})
        and (
            # three capitalised words of its own (not "The Drudge Report", an outlet)
            sum(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in bare)
            >= 3 + (bare[0] == "The")
            # "The Fed's Beige Book", "the Labor Department's Job Openings and
            # Labor Turnover Survey": a body's possessive before the name
            # marks the body's own document
            or any(w.endswith(("'s", "’s")) for w in bare[:-2])
        )
    ):
        # "Kestrel's 2026 Global Wealth Report", "The Global Payments Index":
        # a named survey, report or index is a document, named as written
        return _Reading("name", SourceKind.DOCUMENT, raw.lower(), raw, None, False, None)
    if (
        len(bare) >= 3
        and bare[-2] in {"Local", "Lodge", "District"}
        and last.isdigit()
        and all(w[:1].isupper() for w in bare[:-1])
    ):
        # "Transport Workers Union Local 100", "Teamsters Local 727": a
        # union's numbered local is a body by name, no count of people
        return _organization(raw)
    if (
        last == "One"
        and len(bare) >= 2
        and bare[-2][:1].isupper()
        and bare[-2].isalpha()
        and bare[-2].lower() not in _NOT_NAME
        and bare[-2].lower() not in _ONE_NOT_COMPANY
    ):
        # "Hydro One said", "Capital One said": a capitalised "One" closing
        # a capitalised name is a company's name (the quote layer reads it
        # so, wh16b #26), never "one" as a determiner or a pronoun
        return _organization(raw)
    if (
        not _name_word(last)
        or (last.lower() in _NOT_NAME and not said_surname)
        # (but a surname that is also a noun, "Baker" after "Bake Baker")
        or (len(bare) == 1 and last.lower() in _COMMON_HEADS and not names.in_longer_name(last))
        # "House Democrats", "Tory MPs": a party's or a house's members
        or last.lower().strip(",.") in MEMBER_PLURALS
        # "the Labour MP", "the MP": a role's abbreviation in capitals
        or (
            len(bare) >= 2
            and lower[0] in DETERMINERS
            and last.isupper()
            and last.lower() in ROLE_HEADS
        )
    ):
        # a common noun heads the phrase: "Insurance analysts", "the ministry"
        return _describe(raw, lower)
    if _campaign_name(bare):
        # "Citizens for Fair Play", "Parents for Safe Schools", "Students for
        # Justice in Palestine": a campaign's name, a body
        return _organization(raw)
    head = _head(lower)
    role_after_of = _role_after_of(lower)
    if (
        head in _COMMON_HEADS
        and (lower[0] == head or _common_head_written(words, lower, head))
        and not role_after_of
        # but "Secretary of State Dana Pryce": a title of its own before a full name
        and not (head in TITLE_WORDS and len(_split_name(bare)[1]) >= 2)
        # nor "Member for Warringah Ana Ruiz", "Member of Parliament Ana
        # Ruiz": Australian and British copy's capitalised title for a
        # legislator, a seat or the house after it, then a full name
        and not (
            head == "member"
            and (
                words[0] == "Member"
                # "Labor member for Bass Ana Ruiz": a party's member
                or (words[0][:1].isupper() and lower[1] == "member")
            )
            and len(lower) >= lower.index("member") + 4
            and lower[lower.index("member") + 1] in {"for", "of"}
            and all(w[:1].isupper() for w in words[lower.index("member") + 2 :])
            and len(_split_name(bare)[1]) >= 2
        )
        # nor "Head of the National Disaster Mitigation Agency Suharyanto": a
        # title whose complement closes on a body, then a one-word name
        and not (lower[0] == head and len(bare) >= 4 and _mononym_after_body(bare))
        # and "Baker" after "Bake Baker": a surname that is also a noun
        and not (len(bare) == 1 and names.in_longer_name(last))
    ):
        return _describe(raw, lower)  # "Residents of Gabriola Island", "Brokers in Salvador"
    # ("Troopers with the Ohio State Highway Patrol", "Agents at the FBI":
    # a body one works with or at, as a place one is from)
    place_at = next(
        (
            i
            for i, w in enumerate(lower)
            # ("Coaches around the league", "Residents across the region")
            if w in {"in", "from", "with", "at", "around", "across", "throughout"}
        ),
        0,
    )
    if (
        place_at >= 1
        and lower[place_at - 1] == head
        and not role_after_of
        and all(w.islower() for w in words[1:place_at])
        and (
            place_at > 1
            or words[0].islower()
            or (_looks_plural(words[0]) and not names.in_longer_name(words[0]))
        )
    ):
        # "Concertgoers in Tulsa", "A volunteer from Dayton": a lower-case
        # noun (capitalised only as the sentence opens) and a place is a
        # description, whatever the noun
        return _describe(raw, lower)
    if (
        place_at >= 2
        and lower[0] in _INDEFINITE_ONE | {"another"}
        and lower[place_at - 1] == head
        and words[place_at - 1].islower()
        and (head in _PERSON_HEADS or _job_noun(head))
        and not role_after_of
    ):
        # "A GOP strategist in Iowa", "a Democratic lobbyist from Denver":
        # an unnamed person's lower-case noun, whatever capitalised
        # modifiers stand before it, then a place; a description
        return _describe(raw, lower)
    if (
        len(lower) >= 3
        and (lower[0] in _ENTOURAGE or lower[0] in _OPPONENTS)
        and lower[1] in {"to", "of", "for"}
        and (
            lower[2] != "the"
            # "Allies of the Prime Minister", "Critics of the Home
            # Secretary": an office after "the" (not "Friends of the Earth")
            or (lower[-1] in ROLE_HEADS and lower[-1] in TITLE_WORDS)
        )
        and (lower[0] in _ENTOURAGE or lower[2] == "the")
    ):
        # "Aides to Mr. Voss", "Friends of Dana Harlan": the people around a
        # person speak, not the person; the plural heads the phrase
        return _describe(raw, lower[:1])
    if lower[0] in DETERMINERS and head in DOCUMENT_HEADS and head in words:
        # "A Marquette Law School poll in Wisconsin": a lower-case document
        # noun after a body's name heads the phrase, whatever place follows
        return _describe(raw, lower)
    if (
        len(lower) >= 5
        and lower[0] in {"a", "an", "one", "the"}
        and lower[1] in _PAST_MODIFIERS
        and (lower[2] in _PERSON_HEADS or lower[2] in _HELPERS)
        and lower[3] == "to"
        and words[2].islower()
    ):
        # "A former assistant to actor Dorian Faye": a former aide, unnamed,
        # not the principal named after "to"
        return _describe(raw, lower[:3])
    if (
        len(lower) >= 5
        and lower[0] in {"a", "an", "one", "the"}
        and words[1][:1].isupper()
        and lower[2] in _MEMBER_ABBREVIATIONS
        and lower[3] == "for"
    ):
        # "The Tory MP for Northfleet", "a Labour MSP for Fife": a party's
        # member for a seat, the role (joining its one holder), not a person
        # named after the seat
        return _describe(raw, lower)
    if (
        len(lower) >= 4
        and lower[0] in {"a", "an", "one", "the"}
        and (lower[1] == head or lower[2] == "to")
        and lower[1] in _PERSON_HEADS
        and lower[2] in {"for", "of", "at", "with", "from", "in", "on", "to"}
        # "A spokeswoman for Speaker Tom Garrity", "An aide to Sen. Wes
        # Pardee": a lower-case noun for one person before the principal's
        # title and name; the aide speaks, anonymous
        and (not role_after_of or words[1].islower())
        # but "The Minister for Housing Darragh Quillan", "the Member for
        # Carrabee Ana Ruiz": a capitalised title after "the", its
        # portfolio or seat, then the holder's full name (British and Irish
        # copy)
        and not _the_title_then_name(words, lower)
    ):
        # "A spokesperson for Calder": a person's noun and the body it works
        # for, as "a spokesperson for the ministry" is; not a name
        return _describe(raw, lower if lower[2] != "to" else lower[:2])
    if (
        len(bare) <= 4
        and (
            last.lower().strip(",.") in _COMMON_HEADS
            # "Fire Chief Says ...": a title-case headline's role
            or (
                last.lower().strip(",.") in TITLE_WORDS
                and last.lower().strip(",.") in ROLE_HEADS
                and all(w[:1].isupper() for w in bare)
            )
        )
        and _headline_noun(text, mention.span, last, names)
    ):
        # "..., Large Study Finds", "Doctors Say ...": a title-case headline
        # capitalises every word, and its common noun heads a description
        return _describe(raw, lower)
    if "and" in bare and _nation_body(bare):
        # "Fire and Rescue NSW", "Fire and Emergency NZ": one service named
        # for its state or country, no two bodies joined
        return _organization(raw)
    if len(bare) >= 2 and last in _POLICE_FORCE_ACRONYMS and all(w[:1].isupper() for w in bare):
        # "Nova Scotia RCMP said", "Ottawa OPP": a province's or a
        # region's division of a national police force, a body
        return _organization(raw)
    coordinated = _coordinated(raw, bare, names)
    if coordinated is not None:
        return coordinated
    if _country(bare):
        return _organization(raw)  # "North Korea said", "Sri Lanka": a government
    if " ".join(bare).lower() in BODY_METONYMS:
        return _organization(raw)  # "Downing Street said", "Scotland Yard": a body
    seat = " ".join(bare).lower()
    if seat.startswith("the "):
        seat = seat[4:]
    if seat in SEAT_METONYMS and not (len(bare) == 1 and names.in_longer_name(last)):
        # "Paris said", "Brussels warned", "La Moncloa said": a government
        # by its capital or its seat (but "Lima" after "Rosa Lima": her surname)
        return _organization(raw)
    if len(bare) >= 2 and " ".join(bare[-2:]) in STAFF_BODIES:
        # "Ukraine's General Staff": the army's command, no person named Staff
        return _organization(raw)
    affiliated = _person_of_body(text, mention, bare)
    if affiliated is not None:
        return affiliated  # "Arsen Tavo of the Koravian Institute"
    at = lower.index(head) + 1 if head in lower else len(lower)
    if head in ORGANIZATION_HEADS and at < len(lower) and lower[at] in {"in", "at"}:
        return _organization(raw)  # "The U.S. Embassy in Kyiv": a body in a place
    if (
        last.lower().strip(".,") in ORGANIZATION_WORDS
        # "Iran's Revolutionary Guard", "the National Guard", "Coast Guard":
        # a capitalised Guard closing a name of two words or more is an
        # armed service (a lower-case "prison guard" is a person)
        # ("The Border Patrol's El Paso Sector": a patrol's sector, a body)
        or (
            # ("The Tigray People's Liberation Front", "the Polisario Front")
            last.rstrip(".,") in {"Guard", "Sector", "Front"}
            and len(bare) >= 2
            and bare[-2][:1].isupper()
        )
        or last.lower().endswith(ORGANIZATION_SUFFIXES)
        # "Genmab A/S", "Merck KGaA", "Volvo AB": a legal form as written
        or (len(bare) >= 2 and last.rstrip(",") in LEGAL_FORMS)
    ):
        return _organization(raw)
    if (
        len(bare) == 1
        and last.lower() in NATION_NAME_ENDS
        and last.lower() not in {"london", "uk", "u.k."}
        and not names.in_person_name(last)
        and not _person_appositive(text, mention.span.end)
    ):
        # "Wales said in a statement", "Scotland said": a nation's team or
        # government, as "England said" is (a surname only where the story
        # writes a person's full name with it, "Jimmy Wales")
        return _organization(raw)
    if _nation_body(bare):
        # "NHS England said", "Transport for London", "Public Health
        # Scotland", "Skylink UK": a British body or a company's unit named
        # for its nation, no person surnamed after the place
        return _organization(raw)
    if _club_name(bare):
        # "Riverside United said", "Real Castora said", "World Rugby said":
        # a club's or a sport's governing body's name, no person's
        return _organization(raw)
    opened = bool(_link_before(text, mention.span.start))
    if (
        head in ORGANIZATION_WORDS
        and not role_after_of
        # but "Member of the | Political Bureau of ... Committee Cai
        # Jianmin": a title's complement, then the holder's full name
        and not (opened and len(_split_name(bare, opened=True)[1]) >= 2)
    ):
        # "The Bureau of Labor Statistics", "the Office for National
        # Statistics": a body's name, whatever title-like words it holds
        return _organization(raw)
    if len(bare) >= 2 and last[:1].isupper() and last.lower() in BUSINESS_NAME_WORDS:
        return _organization(raw)  # "Meridian Records", "Orrin Books": a label, a publisher
    ticker = _TICKER.search(raw)
    if ticker is not None and ticker.end() < len(raw):
        held, holder = _split_name(raw[ticker.end() :].split())
        if len(holder) >= 2 and held and _holds_title(held[-1].lower()):
            # "Nvalo (NVLO.O) CEO Jensen Marr": the listed company, then its
            # officer's title, then the officer
            return _person(text, mention)
    if (
        ticker is not None
        or _TICKER.match(text, mention.span.end)
        or " ".join(bare).lower() in _ticker_names(names)
    ):
        # "Tessaly Steel (TSLY.N)", "(NYSE: TSLY)": a listed company, and
        # its name written again without the ticker
        return _company(raw, bare, names)
    if (
        len(bare) >= 2
        and last[:1].isupper()
        and (last.lower() in INDUSTRY_NAME_WORDS or _coined_industry_name(last))
        and not any(_holds_title(w.lower()) for w in bare[:-1])
        and not _person_appositive(text, mention.span.end)
    ):
        # "Tessaly Steel", "Brennick Oil": a company by its industry
        return _company(raw, bare, names)
    if (
        2 <= len(bare) <= 4
        and bare[0] in {"Air", "Transport", "Statistics"}
        and all(w[:1].isupper() for w in bare[1:])
        # "Transport Minister X", "Air Vice-Marshal X": a title, then a person
        and not any(_holds_title(w.lower()) or "-" in w for w in bare[1:])
        and not _person_appositive(text, mention.span.end)
    ):
        # "Air France", "Transport Focus", "Statistics Canada": a carrier's,
        # a transport body's or a statistics office's name opens on its trade
        return _company(raw, bare, names)
    if (
        len(bare) >= 2
        and last.lower() in _REGION_NAME_ENDS
        and all(w[:1].isupper() for w in bare)  # not "Farid Haddad of Illinois"
        and not any(_holds_title(w.lower()) or w.lower() in _HONORIFICS for w in bare[:-1])
        and not _person_appositive(text, mention.span.end)
    ):
        # "Entergy Mississippi", "Ameren Missouri", "Norfolk Southern": a
        # brand and the state or region its unit serves (utilities,
        # railways); no person's surname
        return _company(raw, bare, names)
    if (
        len(bare) >= 2
        and bare[0].lower().endswith(("-based", "-listed", "-headquartered"))
        and all(w[:1].isupper() for w in bare[1:])
    ):
        # "Detroit-based Harlow said": only a body is placed by where it is
        # based or listed; the descriptor is no part of its name
        return _organization(raw)
    traded = _trade_before_name(bare)
    if traded is not None:
        # "Drugmaker Heliox", "Biotech firm Calyxo", "the national weather
        # service DWV": a body's trade before its name is no title
        return _Reading("name", SourceKind.ORGANIZATION, traded.lower(), traded, None, False, None)
    outlet_at = next(
        (
            i
            for i, w in enumerate(bare[:-2])
            if w.islower() and w in _OUTLET_DESCRIPTORS and bare[i + 1][:1].isupper()
        ),
        -1,
    )
    if outlet_at >= 0 and any(w in _OUTLET_PARTICLES for w in bare[outlet_at + 2 : -1]):
        masthead = bare[outlet_at + 1 :]
        if all(w[:1].isupper() or w in _OUTLET_PARTICLES for w in masthead):
            # "Italian daily Corriere della Sera", "sports daily Gazzetta
            # dello Sport": a masthead after the noun for an outlet keeps its
            # lower-case particles; the outlet, never a person "Sera"
            outlet = " ".join(masthead)
            return _Reading("name", SourceKind.MEDIA, outlet.lower(), outlet, None, False, None)
    if (
        2 <= len(bare) <= 3
        and bare[-1].lower() in COUNTRIES
        and bare[-2] in _STATE_DESCRIPTORS
        and all((w.islower() or w.isupper()) and w.isalpha() for w in bare[:-2])
        and not _person_appositive(text, mention.span.end)
    ):
        # "mediator Qatar said", "neighbouring Poland", "ally Japan": a state
        # after a lower-case descriptor speaks as its government, a body;
        # the descriptor is no person's title
        return _organization(bare[-1])
    title, _name = _split_name(bare, opened=opened)
    if _name and title and title[-1] in _SERVICE_NOUNS and all(w.islower() for w in title):
        # "flight-tracking site FlightAware", "ride-hailing app Zoomly": a web
        # service named after the noun for what it is, a body; no title
        service = " ".join(_name)
        return _Reading(
            "name", SourceKind.ORGANIZATION, service.lower(), service, None, False, None
        )
    if (
        _name
        and title
        and all(w.islower() for w in title)
        and " ".join(_name).lower() in MEDIA_NAMES
    ):
        # "a day after HuffPost": lower-case words before an outlet's name
        # are no title of a person named after it; the outlet
        outlet = " ".join(_name)
        return _Reading("name", SourceKind.MEDIA, outlet.lower(), outlet, None, False, None)
    if _name and title and title[-1].islower() and _outlet_noun(title):
        # "German newspaper Tagesblick", "broadcaster Nordic Newsline": an
        # outlet's name after the noun for what it is; no title
        outlet = " ".join(_name)
        return _Reading("name", SourceKind.MEDIA, outlet.lower(), outlet, None, False, None)
    if (
        len(_name) == 1
        and title
        and title[-1].islower()
        and title[-1] in ORGANIZATION_HEADS
        and title[-1] not in ROLE_HEADS
    ):
        # "The UN peacekeeping mission MONUSCO", "the rebel alliance M23": a
        # body's noun before its name; the body, no title
        return _organization(_name[0])
    band_at = max((i for i, w in enumerate(bare[:-1]) if w in _BAND_NOUNS), default=-1)
    if band_at >= 0 and all(w[:1].isupper() for w in bare[band_at + 1 :]):
        # "The rock band Static Saints", "Boy band Five Avenue": a band by
        # its name after the noun for what it is; a body, no person's title
        return _organization(" ".join(bare[band_at + 1 :]))
    if (
        len(_name) == 1
        and len(_name[0]) >= 2
        and _name[0].isupper()
        and len(title) >= 2
        and title[-1] in {"owner", "parent"}
        and title[0][:1].isupper()
    ):
        # "British Airways owner IAG", "Heathrow owner FGP": the company that
        # owns another, by its acronym; no person's title
        return _organization(_name[0])
    if _name and title and title[-1] in _GROUP_BODY_NOUNS:
        # "Residents' group Save Avonside", "Campaign group Clean Rivers
        # Now": a body named after the noun for what it is; no person
        return _organization(" ".join(_name))
    titled = (
        any(w.lower() in TITLE_WORDS or w.lower() in ROLE_HEADS for w in title)
        # "Member of the Political Bureau of the ... Committee Ma Deming":
        # a title's complement before a full name
        or ((opened or _complement_link(title) is not None) and len(_name) >= 2)
        # "Head of the National Disaster Mitigation Agency (BNPB)
        # Suharyanto": a complement closing on a body's name, then a mononym
        or (len(_name) == 1 and _closes_on_body(title))
        # "Tidewater Capital's Alicia Moreno": a body's person
        or (bool(title) and _possessive(title[-1]) and len(_name) >= 2)
        or (bool(title) and title[-1].lower() in _PERSON_NOUNS)
        or (
            # "Halden University oceanographer Mira Sandvik": a lower-case role
            # right before a full name
            bool(title)
            and title[-1].isalpha()
            and title[-1].islower()
            and title[-1] not in _NAME_LINK_WORDS
            and len(_name) >= 2
        )
    )
    titled = titled and not _body_title(title)
    if (
        len(_name) == 1
        and len(title) == 2
        and title[1] in {"rival", "rivals", "competitor", "peer"}
        and title[0][:1].isupper()
        and not _possessive(title[0])
        and not names.in_person_name(_name[0])
        and not _person_appositive(text, mention.span.end)
    ):
        # "Nvidia rival Corvex", "Tesla competitor Lumo": a brand's rival by
        # one word never written in a person's full name is a company (a
        # person's rival is named in full: "Trump rival Nikki Haley")
        return _organization(_name[0])
    if (
        titled
        and len(_name) == 1
        and _name[0].lower() in _MOVEMENT_HEADS
        and title[0].lower() == "the"
        and all(w[:1].isupper() or w in {"opposition", "ruling", "governing"} for w in title[1:])
    ):
        # "The Orange Democratic Movement said": a party's capitalised name
        # ending in its body noun; "Democratic" is the party's word, no
        # title of a person named Movement
        titled = False
    if titled and len(_name) == 1 and title[-1].lower() == "of":
        # "A panel of the 2nd U.S. Circuit Court of | Appeals": one word
        # right after "of" is the object of the body's name, no person named
        # Appeals (a title ends in its own word, "Secretary of State")
        titled = False
    if (
        titled
        and len(_name) == 1
        and any(w in _BODY_LINKS for w in lower)
        and _body_appositive(text, mention.span.end)
    ):
        # "the National Fraternal Order of Deputies, a union representing
        # ...": a body's name with "of" and an appositive only a body takes
        # (not a person named Deputies)
        titled = False
    fuller = None if titled else names.fuller_organization(bare)
    if fuller is not None and len(bare) == 1:
        person = names.fullest_name(bare[0].lower())
        if person is not None and not person[1].overlaps(fuller[1]):
            fuller = None  # "Kessel" after "Marcus Kessel founded Kessel Capital"
    if fuller is not None:
        return attrs.evolve(_organization(fuller[0]), name_span=fuller[1])
    if (
        not titled
        and len(words) >= 3
        and lower[0] == "the"
        and lower[-1] in PARTY_MEMBER_NOUNS
        and all(w[:1].isupper() for w in words[1:])
    ):
        # "the Indiana Republican", "The New York Democrat": a place and a
        # party's member, one person (joined by the party-member rule when
        # a holder is in play), never the party
        return _Reading("name", SourceKind.PERSON, stripped, _drop_the(raw), None, False, None)
    if not titled and (
        words[0].lower() == "the"
        or any(w in _BODY_LINKS for w in lower)
        or any(w.strip(".,") in ORGANIZATION_WORDS for w in lower)
        or _followed_by_which(text, mention.span.end)
    ):
        return _organization(raw)
    if not titled and _body_appositive(text, mention.span.end):
        # "IG Metall, the country's largest union,": an appositive that only
        # a body takes
        return _organization(raw)
    if (
        not titled
        and len(bare) == 2
        and _possessive(bare[0])
        and bare[0][:1].isupper()
        and _name_word(last)
        and not names.after_a_first_name(last)
        and not _person_appositive(text, mention.span.end)
    ):
        # "Japan's Toyota", "Yemen's Houthis": a place's one-word company or
        # movement; a person would be named in full on first reference
        return _organization(last)
    if (
        not titled
        and len(bare) == 1
        and last.lower().endswith(_PLURAL_AGENT_ENDINGS)
        and not last.isupper()  # "ICS": an acronym
        and not _INNER_CAPITAL.search(last)  # "TotalEnergies": a brand
        and not names.in_longer_name(last)
        and not _person_appositive(text, mention.span.end)
    ):
        # "Firefighters said", "Reporters said": a plural of people opening
        # the sentence, capitalised only there
        return _describe(raw, lower)
    if not titled and len(bare) == 1 and _kin_set_before(text, mention.span.start):
        # "said her son, Paul.", "His daughter, Jenny, said": a relative is
        # named by a first name alone after the kin noun; a person, titled
        # by the kin noun
        return _person(text, mention)
    if (
        not titled
        and len(bare) == 1
        and not _looks_plural(last)
        # ("who gave only her first name, Fatima,": a person's given name)
        and _FIRST_NAME_BEFORE.search(text, max(0, mention.span.start - 24), mention.span.start)
        is None
        # (a word written only before a title or after an owner or a link
        # is no surname: "Quarrix Chief Executive Sundar Vell", "Shares of
        # Brightloop")
        and not names.in_person_name(last)
        and not _person_appositive(text, mention.span.end)
        and not _named_after_body_tag(text, last)
        and not _SAID_SHE.match(text, mention.span.end, mention.span.end + 60)
        and not _titled_elsewhere(text, last, mention.span.start)
    ):
        # wire style names a person in full on first reference: a single
        # capitalised word with no fuller name anywhere in the story names
        # a body ("Rodando, whose app ..."), not a person
        return _organization(raw)
    if _BODY_AND_ITS.match(raw):
        # "Pfizer and its partner BioNTech said": ``its`` is a body's, so
        # two bodies speak, as in "Moderna and Merck said" (never a person
        # titled "Pfizer and its partner")
        return _organization(raw)
    return _person(text, mention)


# the last words of a broadcaster's capitalised name ("Army Radio", "Al-Aqsa
# TV", "Kan Television")
_BROADCAST_NAME_ENDS = frozenset({"Radio", "TV", "Television"})


def _the_title_then_name(words: list[str], lower: list[str]) -> bool:
    """``The Minister for Housing | Darragh Quillan``: ``the``, a
    capitalised title word, ``for``/``of``, its complement, then a full name
    of capitalised name words (no body's word)."""
    if not (
        len(words) >= 5
        and lower[0] == "the"
        and words[1][:1].isupper()
        and (lower[1] in TITLE_WORDS or lower[1] == "member")
        and lower[2] in {"for", "of"}
    ):
        return False
    title, name = _split_name(words[1:])
    return (
        len(title) >= 3
        and len(name) >= 2
        and all(w[:1].isupper() and w.lower().strip(".,") not in ORGANIZATION_WORDS for w in name)
    )


def _coined_industry_name(word: str) -> bool:
    """``Skyways``, ``Agrifoods``, ``Biolabs``: a capitalised word that is,
    or closes on, an industry word a company's name closes on."""
    low = word.lower().rstrip(".,")
    return low.endswith(COMPOUND_INDUSTRY_ENDS) and any(
        low == end or (low.endswith(end) and len(low) >= len(end) + 3)
        for end in COMPOUND_INDUSTRY_ENDS
    )


# the media words a broadcaster's name may open on ("Channel One", "TV Rain",
# "Radio Zamaneh"), and the words after them that name no broadcaster
# ("the Channel Islands", "Channel Tunnel")
_BROADCAST_NAME_OPENERS = frozenset({"Channel", "TV", "Radio"})
_NOT_BROADCAST_NAME_ENDS = frozenset({"islands", "tunnel", "crossing", "port", "ports"})


def _owned_outlet(words: list[str]) -> list[str] | None:
    """``Russia's | RIA Novosti``, ``Israel's | Army Radio``, ``Army Radio``,
    ``Channel 12``: the words of a news outlet's own name, after an owner's
    capitalised possessive if any; None when the words name no outlet."""
    desk = len(words) >= 3 and words[-1] == "news"
    if desk:
        # "Israeli Channel 12 news", "Israel's N12 news": the outlet's news
        # desk is the outlet
        words = words[:-1]
    owned = len(words) >= 2 and words[0][:1].isupper() and _possessive(words[0])
    # ("Israeli Channel 12": a demonym before the outlet, as an owner is)
    owned = owned or (
        len(words) >= 2
        and (words[0].lower() in _DEMONYMS or words[0].lower() in _DEMONYM_ADJECTIVES)
    )
    rest = words[1:] if owned else words
    if not rest or len(rest) > 4 or not all(w[:1].isupper() or w.isdigit() for w in rest):
        return None
    if rest is not words and " ".join(rest).lower() in MEDIA_NAMES:
        return rest
    if len(rest) >= 2 and rest[-1] in _BROADCAST_NAME_ENDS and rest[0] not in {"Radio", "TV"}:
        return rest
    if len(rest) == 2 and rest[0] == "Channel" and rest[1].isdigit():
        return rest
    if (
        2 <= len(rest) <= 3
        and rest[0] in _BROADCAST_NAME_OPENERS
        and all(w[:1].isupper() and w.isalpha() for w in rest[1:])
        and rest[-1].lower() not in _NOT_BROADCAST_NAME_ENDS
    ):
        # "Channel One", "Channel Nine", "TV Rain", "Radio Zamaneh": a
        # broadcaster named by the medium, then its own name or number
        return rest
    if desk and rest is not words and len(rest) <= 2:
        return rest  # "Israel's N12 news": an owner's outlet by its news desk
    return None


# a product in capitals with a plural "s" ("SUVs", "EVs", "ATVs", "MRIs")
_PRODUCT_PLURAL = re.compile(r"[A-Z]{2,5}s[,.]?")


# a brand in lower camel case ("eBay", "xAI", "iRobot", "eToro")
_CAMEL_BRAND = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+")


# the links that place a party's members ("Democrats on Capitol Hill")
_MEMBERS_PLACED = frozenset({"on", "in", "outside", "inside", "across", "from", "at"})


# a named body and ``its`` + the other: "Pfizer and its German partner BioNTech"
_BODY_AND_ITS = re.compile(
    r"[A-Z][\w&.\-]*(?:[ \u00a0]+[A-Z][\w&.\-]*){0,3}[ \u00a0]+and[ \u00a0]+its[ \u00a0]"
)


# the small words a campaign's capitalised name may hold
_CAMPAIGN_LINKS = frozenset("of in the and for to on at".split())


def _campaign_name(bare: list[str]) -> bool:
    """``Citizens for Fair Play``, ``Parents Against Toxic Tailings``: a
    capitalised plural of people, ``for`` or ``against``, then two or more
    words capitalised as a name is a campaign's name (Taxpayers for Common
    Sense, Mothers Against Drunk Driving), never a description of people."""
    if len(bare) < 4 or bare[1].lower() not in {"for", "against"}:
        return False
    if not (bare[0][:1].isupper() and bare[0].lower().endswith("s")):
        return False
    rest = bare[2:]
    return (
        rest[0][:1].isupper()
        and rest[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _CAMPAIGN_LINKS for w in rest)
    )


# the national and provincial police forces of Canada, which copy names
# after a province or region ("Nova Scotia RCMP", "Kingston OPP")
_POLICE_FORCE_ACRONYMS = frozenset({"RCMP", "OPP", "SQ"})


def _nation_body(bare: list[str]) -> bool:
    """``NHS England``, ``Transport for London``, ``Public Health Scotland``,
    ``Skylink UK``: a name of two words or more closing on a British nation,
    ``London`` or ``UK``, whose other words are acronyms, links or a body's
    words (any capitalised words before ``UK``, which is no one's surname);
    not with a title's word (``Mayor of London``, ``Minister for Wales``) or
    an outlet's name (``BBC Scotland``)."""
    if len(bare) < 2 or bare[-1].lower().strip(",") not in _PLACE_NAME_ENDS:
        return False
    before = [w.strip(",") for w in bare[:-1]]
    low = [w.lower() for w in before]
    if any(
        w in ROLE_HEADS
        or w in _HONORIFICS
        or w in MEDIA_NAMES
        or _possessive(w)
        or (w in TITLE_WORDS and w not in NATION_BODY_WORDS and w not in ORGANIZATION_WORDS)
        for w in low
    ):
        return False
    if bare[-1].strip(",") in {"UK", "U.K."}:
        return all(w[:1].isupper() or w.isdigit() for w in before)
    return all(
        (w.isupper() and len(w) >= 2)
        or lw in {"for", "of", "and"}
        or lw in NATION_BODY_WORDS
        or lw in ORGANIZATION_WORDS
        or lw in INDUSTRY_NAME_WORDS
        for w, lw in zip(before, low, strict=True)
    ) and any(w[:1].isupper() for w in before)


# a player's position or honour that reads as a body's word before a name
# ("Center Marcus Webb", "Centre Tom Reid", "Hall of Famer Gary Marsh")
_PLAYER_POSITION_BEFORE = re.compile(r"(?:Center|Centre|Hall[ \u00a0]+of[ \u00a0]+Famer)[ \u00a0]+")


def _club_name(bare: list[str]) -> bool:
    """``Riverside United``, ``Kelso Rovers``, ``Real Castora``, ``World
    Rugby``: two or three capitalised words that close or open on a club's
    word (or open on ``World``, as the sports' governing bodies are named),
    with no title, honorific or possessive among them."""
    if not 2 <= len(bare) <= 3 or not all(w[:1].isupper() for w in bare):
        return False
    low = [w.lower().strip(".,") for w in bare]
    if any(_possessive(w) for w in low):
        return False
    if low[-1] in CLUB_NAME_ENDS:
        rest = low[:-1]
    elif low[0] in CLUB_NAME_OPENERS or low[0] == "world":
        rest = low[1:]
    else:
        return False
    # ("City Councilman Ana Ruiz": a title's word; "Sir Alan Town": a person)
    return not any(w in TITLE_WORDS or w in ROLE_HEADS or w in _HONORIFICS for w in rest)


# a given name written as such before the word ("gave only her first name,
# Fatima", "identified only by his first name, Ahmed")
_FIRST_NAME_BEFORE = re.compile(r"\b(?:first|given)[ \u00a0]+name,?[ \u00a0]+\Z")


# the abbreviations for a member of a parliament or an assembly, which a
# seat follows after "for" ("MP for Northfleet", "MSP for Fife")
_MEMBER_ABBREVIATIONS = frozenset({"mp", "msp", "mla", "mpp", "td", "ms"})


# the people around a person, who speak for or about them ("Aides to Mr.
# Voss", "Allies of Dana Harlan", "Lawyers for Ana Ruiz")
_ENTOURAGE = frozenset(
    """aides allies advisers advisors friends associates confidants lawyers
    attorneys relatives supporters backers""".split()
)


# the people against an office's holder ("Critics of the Home Secretary",
# "Opponents of the Chancellor")
_OPPONENTS = frozenset({"critics", "opponents", "rivals", "detractors"})


# a stock ticker in parentheses: "(TSLY.N)", "(6501.T)", "(NYSE: TSLY)"
_TICKER = re.compile(
    r"\s*\((?:[A-Z][A-Za-z ]{1,20}:\s*[A-Z0-9][A-Z0-9.\-]{0,9}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)"
)
# the same from its parenthesis: a search of the whole story skips to each
# ``(`` in C, where ``_TICKER``'s opening ``\s*`` is tried at every character
_TICKER_PAREN = re.compile(_TICKER.pattern.removeprefix(r"\s*"))
assert _TICKER_PAREN.pattern.startswith(r"\(")


# the last words of an organisation's name that a shorter mention of it
# stands for ("Tessaly" after "Tessaly Steel", "Harbor Point" after "Harbor
# Point Partners")
_FULLER_NAME_WORDS = ORGANIZATION_WORDS | INDUSTRY_NAME_WORDS


def _trade_before_name(bare: list[str]) -> str | None:
    """The name after a body's trade written before it (``Drugmaker |
    Heliox``, ``Biotech firm | Calyxo``, ``the national weather service |
    DWV``), else None: the trade and the words before it in lower case (the
    first may open the sentence), then capitalised words without a title
    word; one word only after a trade a person may hold too (``Grid
    operator Transvarn``, not ``crane operator Ana Ruiz``)."""
    at = next(
        (
            k
            for k in range(len(bare) - 2, -1, -1)
            if bare[k].lower() in _TRADES_BEFORE_NAME
            # "state grain buyer Mostakbal Misr", "wheat importer X": a
            # commodity's buyer named in a tender is a body
            or (
                k >= 1
                and bare[k].lower() in _TENDER_TRADES
                and bare[k - 1].lower() in _TENDER_GOODS
            )
        ),
        None,
    )
    if at is None or not all(w.islower() for w in bare[1:at]):
        return None
    if _outlet_noun([w.lower() for w in bare[: at + 1]]):
        return None  # "news agency Tarskpress": an outlet, read as media
    name = bare[at + 1 :]
    if not all(
        _name_word(w) and w.lower() not in TITLE_WORDS and w.lower() not in ROLE_HEADS for w in name
    ):
        return None
    if len(name) > 1 and bare[at].lower() not in _COMPANY_TRADES | _TENDER_TRADES:
        return None
    return " ".join(name)


# trades only a company has, and those a person may have too (``operator``,
# ``producer``) or a public body (``service``)
def _company_named(name: str) -> bool:
    """Whether an organisation's name marks a company: a legal suffix or a
    company's trade as its last word (``Rell Corp``, ``Swiss drugmaker``)."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in CORPORATE_SUFFIXES or last in _COMPANY_TRADES or last in _COMPANY_TRADE_NOUNS


_COMPANY_TRADES = frozenset(
    """company firm carmaker automaker chipmaker drugmaker insurer lender
    airline conglomerate consortium""".split()
)
# ("Tech giant Norvia", "ChatGPT maker Quillon", "data provider PitchBook",
# "AI startup Lumen": trade epithets only a company takes before one name)
_TRADES_BEFORE_NAME = (
    _COMPANY_TRADES | ORGANIZATION_ROLE_NOUNS | {"service", "giant", "maker", "provider", "startup"}
)
# the buyers of a commodity's tenders ("state grain buyer", "wheat
# importer"), bodies only after the commodity (or "state") is written
_TENDER_TRADES = frozenset({"buyer", "importer", "purchaser"})
_TENDER_GOODS = frozenset("state grain wheat rice sugar oil gas fuel lng".split())


# the last words of a company unit's name after its brand: a US state (not
# one that is also a common surname: Washington, Montana) or a region's
# adjective ("Entergy Mississippi", "Norfolk Southern", "Orvane Pacific")
_REGION_NAME_ENDS = (_US_STATES - {"washington", "montana"}) | frozenset(
    "southern northern eastern western pacific atlantic".split()
)


def _company(raw: str, bare: list[str], names: _NameIndex) -> _Reading:
    """A company's name, or the fuller one the story writes (``Tessaly
    Steel`` after ``Tessaly Steel Corp.``)."""
    fuller = names.fuller_organization(bare)
    if fuller is not None:
        return attrs.evolve(_organization(fuller[0]), name_span=fuller[1])
    return _organization(raw)


def _listed_company_before(text: str, pos: int) -> tuple[str, Span] | None:
    """The name written with a stock ticker after it (``Zentrix (ZTRX.O)``)
    in the 400 characters before ``pos``, when it is the only one there."""
    base = max(0, pos - 400)
    found = [
        before
        for m in _TICKER.finditer(text, base, pos)
        if (before := _RELATIVE_NAME.search(text, max(base, m.start() - 80), m.start())) is not None
    ]
    if len({f.group(1) for f in found}) != 1:
        return None
    name = found[-1].group(1)
    words = name.split()
    while len(words) > 1 and (words[0].lower() in _NOT_NAME or _looks_plural(words[0])):
        words = words[1:]  # "Shares of | Zentrix": the plural and its "of" go
        if words and words[0] == "of":
            words = words[1:]
    if not words:
        return None
    start = found[-1].end(1) - len(" ".join(words))
    return " ".join(words), Span(start, found[-1].end(1))


def _ticker_names(names: _NameIndex) -> frozenset[str]:
    """The names the story writes with a stock ticker after them
    (``Halden Pike (HLDP.N)``), lower-cased; found once per article."""
    if ("tickers",) not in names.memo:
        found = set()
        text = names.text
        for m in _TICKER_PAREN.finditer(text):
            # where ``_TICKER`` (``\s*`` then the parenthesis) starts: the
            # whitespace run before the parenthesis (a match ends on ``)``, so
            # the run never reaches back into the last one)
            start = m.start()
            while start > 0 and text[start - 1].isspace():
                start -= 1
            before = _RELATIVE_NAME.search(text, max(0, start - 80), start)
            if before is not None:
                found.add(_drop_the(before.group(1)).lower())
        names.memo[("tickers",)] = frozenset(found)
    written: frozenset[str] = names.memo[("tickers",)]
    return written


# the nouns for a web service written before its name ("flight-tracking
# site FlightAware", "ride-hailing app Zoomly", "social media platform X")
_SERVICE_NOUNS = frozenset({"site", "app", "platform", "tracker"})


# the words for a state's part in a story written before its name
# ("mediator Qatar", "neighbouring Poland", "US ally Japan")
_STATE_DESCRIPTORS = frozenset(
    """mediator co-mediator ally neighbouring neighboring neighbour neighbor
    host co-host rival guarantor creditor donor exporter importer producer""".split()
)
# the lower-case nouns for an outlet before its masthead, and the particles
# of a Romance masthead ("Corriere della Sera", "Gazzetta dello Sport")
_OUTLET_DESCRIPTORS = frozenset("daily newspaper paper weekly magazine tabloid broadsheet".split())
_OUTLET_PARTICLES = frozenset("della dello delle del di de do da dos du des la le el".split())


def _outlet_noun(title: list[str]) -> bool:
    """Whether ``title`` ends on a lower-case noun for a news outlet
    (``newspaper``, ``broadcaster``, ``business daily``, ``news website``,
    ``weekly``, ``news agency``)."""
    last = title[-1]
    if last in MEDIA_HEADS or last == "weekly":
        return True
    return last == "agency" and len(title) > 1 and title[-2].lower() in {"news", "press"}


# a party's members after its acronym ("PTI chairman", "PTI workers", "ANI
# lawmakers"): the acronym names a party, not a news agency
_PARTY_MEMBERS = (
    r"(?:['’]s[ \u00a0]+)?(?:chairman|chairperson|founder|leaders?|workers|supporters|"
    r"lawmakers|legislators|activists|cadres|candidates?|MNAs?|MPAs?|MLAs?|ticket)\b"
)


def _party_acronym(text: str, name: str) -> bool:
    """Whether an agency's short capital alias (``PTI``) is written in the
    text before a party's members (``PTI chairman Gohar Ali``, ``PTI
    workers``): the party of that acronym, an organisation, not the wire."""
    if not (name.isupper() and 2 < len(name) <= 4 and name.isalpha()):
        return False
    return re.search(rf"\b{name}[ \u00a0]*{_PARTY_MEMBERS}", text) is not None


def _wire_agency(words: list[str], lower: list[str]) -> str | None:
    """A news agency of ``lexicon/agencies.py`` as a speaker: its name
    (``KCNA``, ``Yonhap News Agency``; a short alias only in capitals, so
    ``Pa`` is no ``PA``), or a description of a news agency or an outlet
    that holds it (``the official KCNA news agency``, ``state news agency
    Xinhua``, ``the official Korean Central News Agency``)."""
    bare = [w.rstrip(",") for w in words]
    while bare and bare[0].lower() == "the":
        bare = bare[1:]
    if bare and bare[0][:1].isupper() and _agency_name(" ".join(bare)):
        return canonical_agency(" ".join(bare))
    # ("North Korea's state media KCNA": the state's media, then the wire)
    outlet = (
        not MEDIA_HEADS.isdisjoint(lower)
        or "media" in lower
        or (
            "agency" in lower
            and any(
                w == "agency" and i and lower[i - 1] in {"news", "press"}
                for i, w in enumerate(lower)
            )
        )
    )
    if not outlet:
        return None
    while bare and bare[0].islower():
        bare = bare[1:]  # "official | Korean Central News Agency"
    if bare and _agency_name(" ".join(bare)):
        return canonical_agency(" ".join(bare))
    found = next((w for w in bare if w[:1].isupper() and _agency_name(w)), None)
    return canonical_agency(found) if found else None


def _agency_name(name: str) -> bool:
    """A wire agency's name as written: a short alias in capitals only."""
    return is_wire_agency(name) and (len(name) > 4 or name.isupper())


_ROLE_OR_TITLE_WORDS = ROLE_HEADS | TITLE_WORDS


# AP's state abbreviation after a town closing a mention ("of Scranton, Pa.")
_STATE_AFTER = re.compile(r",[ \u00a0]+([A-Z][a-z]{0,4}\.(?:[A-Z][a-z]?\.)?)")


def _person_of_body(text: str, mention: Mention, bare: list[str]) -> _Reading | None:
    """``Arsen Tavo of the Koravian Institute``, ``Dr. Tomas Eriksen of
    Boston General Hospital``: a person's full name (two capitalised words
    or more, none of them a body's, a place's or a role's) and the body the
    person speaks for after ``of``. The name is the person's; the body is
    the title when no role is written."""
    at = next((i for i, w in enumerate(bare) if w in {"of", "from"}), None)
    # "Jane Smith from the University of Leeds": AFP's and British copy's
    # affiliation, read as "of" is; "from Leeds", a hometown, is no title
    hometown = (
        at is not None
        and bare[at] == "from"
        and not any(w.lower().strip(".,") in ORGANIZATION_WORDS for w in bare[at + 1 :])
    )
    if at is None or at < 2 or at == len(bare) - 1:
        return None
    name = _split_name(bare[:at])[1]
    after = [w.lower() for w in bare[at + 1 :]]
    if any(w in {"and", "&"} for w in bare[:at]) or (
        "and" in after and "of" in after[after.index("and") :]
    ):
        return None  # "Ana Ruiz of Ohio and Tom Cole of Utah": two people
    if len(name) < 2 or any(
        not _name_word(w)
        or w.isupper()
        or (
            w.lower().strip(".,") in _NOT_PERSON_NAME_WORDS
            # "Ellen Baker of the Urban Institute", "Tom Porter of ...": a
            # capitalised trade noun closing a full name is an occupational
            # surname, as no body's or role's word is
            and not (i == len(name) - 1 and w.lower().strip(".,") in _SURNAME_TRADES)
        )
        or w.endswith(("'s", "’s", "'", "’"))
        # "Joint Chiefs of Staff", "Daughters of ...": a role's plural
        # names a body, not a person
        or (w.lower().endswith("s") and _stem(w.lower()) in _ROLE_OR_TITLE_WORDS)
        for i, w in enumerate(name)
    ):
        return None
    reading = _person(text, Mention(" ".join(bare[:at]), mention.span))
    if reading.form != "name" or reading.title is not None or hometown:
        return reading
    place = " ".join(w.strip(",") for w in after)
    state = _STATE_AFTER.match(text, mention.span.end, mention.span.end + 16)
    if (
        place in _US_STATES
        or place in COUNTRIES
        or place in MULTIWORD_COUNTRIES
        or (state is not None and state.group(1).lower() in _AP_STATES)
    ):
        # "said Jim Koenig of Ohio", "Jim Koenig of Scranton, Pa.": AP's
        # hometown, a place, is no title (SPEC: descriptions are no titles)
        return reading
    body = " ".join(_drop_the(" ".join(bare[at + 1 :])).split())
    return attrs.evolve(reading, title=body)


def _common_head_written(words: list[str], lower: list[str], head: str) -> bool:
    """``Health officials in Georgia``, ``a poll for state broadcaster
    TVP``: the head before the first preposition is written in lower case,
    and so is every word between it and the phrase's first word: a common
    noun with its modifiers, whatever names its complement holds."""
    at = next((i for i, w in enumerate(lower) if w.strip(",.’'") == head), None)
    if at is None or at == 0 or at == len(lower) - 1 or not words[at].islower():
        return False
    # ("The Republican senator from Kentucky": a party's adjective is
    # capitalised in a common noun's modifiers)
    return all(w.islower() or (w.lower() in _PARTY_WORDS and len(w) > 1) for w in words[1:at])


# heads a past participle modifies in an unnamed person's description
_PERSON_HEADS = ANONYMOUS_HEADS | ROLE_HEADS

# words that open a restrictive modifier after a speaker's head noun
# a lower-case particle joined to the capitalised rest of a name
# the lower-case Arabic article before a surname ("al-Sisi", "el-Baz"), which
# wire copy drops on second reference
_ARTICLE_OPENINGS = frozenset({"al", "el"})
_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|d|l)[\-’'][^\W\d_]")
# a noun for one person right before a name makes a title of the words
# before it ("union negotiator Bram de Vries", "bank executive Ana Ruiz")
_PERSON_NOUNS = frozenset(w for w in ANONYMOUS_HEADS if not w.endswith("s")) - {
    "some",
    "many",
    "most",
    "few",
    "people",
    "person",
}
# nouns for people that head a description with the body they serve
# ("a spokesperson for Calder"); organisation words name bodies of their
# own ("the Department of Harbours")
_PERSON_HEADS = (ANONYMOUS_HEADS | GROUP_HEADS | ROLE_HEADS) - (
    ORGANIZATION_HEADS | ORGANIZATION_WORDS
)
# singular nouns for a person's job: an appositive makes a title of them
# ("Sara Lund, a diplomat in Geneva,"), and "the diplomat" refers back to
# the one holder; descriptions are no titles ("a resident of Kelso")
_OCCUPATION_NOUNS = _PERSON_NOUNS - DESCRIPTION_NOUNS
_ROLE_NOUNS = ROLE_HEADS | _OCCUPATION_NOUNS | PARTY_MEMBER_NOUNS
_RESTRICTIVE_OPENERS = PRIVY_WORDS | frozenset(
    """who whose polled surveyed interviewed questioned released reviewed seen
    obtained published filed issued prepared compiled written sent drafted
    by conducted commissioned lodged submitted headed chaired led like unsealed
    leaked held""".split()
)


_HELPERS = frozenset("assistant aide adviser advisor staffer employee nanny bodyguard".split())
_PAST_MODIFIERS = frozenset("former longtime onetime personal senior top".split())

_KIN_APPOSITIVE = frozenset(
    """husband wife partner son daughter brother sister mother father fiance
    fiancee""".split()
)


def _opens_longer_name(names: _NameIndex, word: str) -> bool:
    """Whether ``word`` is written somewhere with a capitalised word right
    after it (``Harlan`` in ``Harlan Corp.``; not in ``Harlan and ...``)."""
    if not names.in_longer_name(word):  # (builds the index)
        return False
    for run_id, position in names.by_word.get(word, ()):
        run = names.runs[run_id]
        if position + 1 < len(run) and run[position + 1][0][:1].isupper():
            return True
    return False


def _coordinated(raw: str, bare: list[str], names: _NameIndex) -> _Reading | None:
    """``Ms. Ortiz and Mr. Voss``, ``Ana Ortiz and Karl Voss``: people named
    together speak as a group; two lone words that name no one (``Ortiz and
    Voss``, written nowhere in full) are a body, as one lone word is."""
    low = [w.lower() for w in bare]
    at = next((i for i, w in enumerate(low) if w in {"and", "&"}), None)
    if at is None or not 0 < at < len(bare) - 1:
        return None
    if low[at] == "&" and any(_possessive(w) for w in bare[at + 1 : -1]):
        # "Halvorsen & Co.'s Mira Blanc": a firm's name holds the ampersand,
        # and its person follows the possessive; no two speakers
        return None
    sides = bare[:at], bare[at + 1 :]
    if (
        len(sides[1]) >= 3
        and sides[1][0].lower() in {"her", "his"}
        and sides[1][1].endswith(",")
        and sides[1][1][:-1].lower() in _KIN_APPOSITIVE
    ):
        # "Marla Quenby and her husband, Tobin Quenby": the kin noun sets off
        # the second person's name; a couple, as "Marla and Tobin Quenby"
        sides = sides[0], sides[1][2:]
        if len(sides[1]) == 1 and _person_like(sides[0], names) and _name_word(sides[1][0]):
            # "Marla Quenby and her husband, Tobin": a relative by first name
            key = " ".join(low)
            return _Reading("description", SourceKind.GROUP, key, raw, None, True, None)
    # "Halvern Toys and the CPSC", "Egypt and the United States": the second
    # body's article (a name written with "the") is no part of either name
    the_body = len(sides[1]) >= 2 and sides[1][0] == "the"
    if the_body:
        sides = sides[0], sides[1][1:]
    if any(_country(side) for side in sides) and all(
        _country(side) or len(side) == 1 for side in sides
    ):
        return _organization(raw)  # "Japan and South Korea": governments together
    if not all(_name_word(w) or w.lower() in _NAME_PARTICLES for side in sides for w in side):
        return None
    if _and_in_title(sides, names):
        return None  # "Health and Human Services Secretary Dana Rowe": one person
    if (
        low[at] == "&"
        and not any(w.lower() in _HONORIFICS for w in bare)
        and not all(_person_like(side, names) for side in sides)
    ):
        # "Florida Power & Light", "Harlow Steel & Wire": an ampersand joins
        # the words of a firm's name, never a title to a person's
        return _organization(raw)
    if (
        all(_person_like(side, names) for side in sides)
        or all(
            # "Orsova Steel Corp. and Kelby Metals AG": two bodies speaking
            # together, a group as two people are
            # (not "The U.S. Securities | and Exchange Commission", "Japan's
            # Fire | and Disaster Management Agency": one body's name, whose
            # first side holds no name of its own before the body's word)
            len(
                [
                    w
                    for w in side
                    if w.lower() not in _NOT_NAME
                    and w.lower() not in _OWNER_PLACES
                    and not _possessive(w)
                ]
            )
            >= 2
            and _body_name_end(side[-1])
            for side in sides
        )
        or (
            # "The CPSC and Halvern Toys", "Kestrel Motors Co. and NHTSA": a
            # body's acronym and a body's name of two or more words speak
            # together, a group as two bodies written in full are
            any(_body_acronym(side) for side in sides)
            and all(_body_acronym(side) or len(side) >= 2 for side in sides)
            and not all(_body_acronym(side) for side in sides)
        )
        or (
            # "Rosa and Tomas Delgadez": a first name, then a full name that
            # gives both their surname (AP's form for a couple)
            len(sides[0]) == 1 and len(sides[1]) >= 2 and _person_like(sides[1], names)
        )
    ):
        key = " ".join(low)
        return _Reading("description", SourceKind.GROUP, key, raw, None, True, None)
    if all(len(side) == 1 and _opens_longer_name(names, side[0]) for side in sides):
        # "Harlan and Ridgefield caution readers" after "Harlan Corp." and
        # "Ridgefield Chemicals, Inc.": two bodies written in full before,
        # each by its short name, speak together as a group
        key = " ".join(low)
        return _Reading("description", SourceKind.GROUP, key, raw, None, True, None)
    if all(len(side) == 1 for side in sides):
        return _organization(raw)
    if the_body:
        # two bodies named together speak as a group (annotation.md,
        # 2026-11-29), as "Orsova Steel Corp. and Kelby Metals AG" do
        key = " ".join(low)
        return _Reading("description", SourceKind.GROUP, key, raw, None, True, None)
    return None


def _body_acronym(side: list[str]) -> bool:
    """Whether ``side`` is one body's acronym (``CPSC``, ``NHTSA``): three to
    six capital letters, no initials with points, after ``the`` if any."""
    if len(side) == 2 and side[0] in {"The", "the"}:
        side = side[1:]
    return len(side) == 1 and 3 <= len(side[0]) <= 6 and side[0].isalpha() and side[0].isupper()


# the country abbreviations written before a body's name ("U.S. Securities
# and Exchange Commission", "UK Health Security Agency")
_OWNER_PLACES = frozenset({"u.s.", "us", "u.k.", "uk", "eu", "e.u.", "u.n.", "un"})


def _and_in_title(sides: tuple[list[str], list[str]], names: _NameIndex) -> bool:
    """``Health and Human Services | Secretary Dana Rowe``, ``Procter & Gamble
    | CFO Ana Ruiz``, ``President and | CEO Jane Orr``: the ``and`` joins the
    words of a body's name or of a compound title, and the one person after
    the title speaks. The left side names no one (no honorific, no full
    name, no surname written in full elsewhere) or ends in a title word."""
    left, right = sides
    title, name = _split_name(right)
    if len(name) < 2 or not any(_holds_title(w.lower().strip(".,")) for w in title):
        return False
    if left[-1].lower().strip(".,") in _TITLE_OR_ROLE:
        return True  # "Chairman and Chief Executive Officer Ravi Tann"
    # but "Ms. Ortiz and Finance Minister Karl Voss": two people
    return not (any(w.lower() in _HONORIFICS for w in left) or _person_like(left, names))


def _body_name_end(word: str) -> bool:
    """Whether ``word`` ends a company's or a body's name (``Corp.``,
    ``AG``, ``Bank``)."""
    w = word.lower()
    return (
        w in CORPORATE_SUFFIXES
        or w.rstrip(".,") in CORPORATE_SUFFIXES
        or (w.rstrip(".,") in ORGANIZATION_WORDS)
    )


def _after_partitive(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``Shares of | Orvel Inc.``, ``Units of | Harlow Ltd``: a plural noun
    and ``of`` opening a run (capitalised as the sentence opens) are no part
    of the company's name."""
    if len(words) > 2 and words[1][0] == "of" and _looks_plural(words[0][0]):
        return words[2:]
    return words


# a capital inside a word after lower-case letters: a brand written as one
# word ("TotalEnergies", "ConocoPhillips", "BlackRock")
_INNER_CAPITAL = re.compile(r"[a-z]{2}[A-Z][a-z]")


def _looks_plural(word: str) -> bool:
    """``Firefighters``, ``Israelis``: a word ending in ``s`` that may be a
    plural; not a singular name's ``-us``, ``-os``, ``-as`` or ``-ss``
    (``Airbus``, ``Helios``, ``Atlas``, ``Congress``, ``Stellantis``), but ``Latinos``,
    ``Sandinistas``, ``Guerrillas`` are plurals."""
    low = word.lower().rstrip(".,")
    if not low.endswith("s"):
        return False
    if len(word) >= 3 and word.rstrip(".,").isupper():
        return False  # "HHS", "CMS", "IRS": an acronym, no plural
    if _INNER_CAPITAL.search(word):
        return False  # "TotalEnergies", "ConocoPhillips": a brand, no plural
    if low.endswith(("inos", "anos", "istas", "llas")):
        return True
    # ("Stellantis", "Novartis": a brand's Latinate "-ntis"/"-rtis"; the
    # demonyms' plurals end otherwise: "Kuwaitis", "Emiratis")
    return not low.endswith(("us", "os", "as", "ss", "ntis", "rtis"))


# prepositions that join the words of a body's name, never a person's
# ("Department of Harbours", "Doctors Without Borders", "Mothers Against
# Drunk Driving", "Médecins Sans Frontières")
_BODY_LINKS = frozenset({"of", "for", "without", "against", "sans"})


# a country or a level of government written before a body's name
_BODY_MODIFIERS = frozenset(
    """u.s. us uk u.k. eu un u.n. federal national state central regional
    district county city white home house senate""".split()
)


def _closes_on_body(title: list[str]) -> bool:
    """Whether a title opens a complement (``Head of the``) that closes on a
    body's word (``... Mitigation Agency``, ``... Agency (BNPB)``): Antara's
    and Bernama's title before a one-word name."""
    words = [w for w in title if not (w.startswith("(") and w.endswith(")"))]
    return (
        len(words) >= 3
        and _complement_link(words) is not None
        and words[-1].lower().strip(",") in ORGANIZATION_WORDS
    )


def _mononym_after_body(bare: list[str]) -> bool:
    """Whether a mention is a title closing on a body (``_closes_on_body``)
    and one name word after it."""
    title, name = _split_name(bare)
    return len(name) == 1 and _closes_on_body(title)


# the cue after a lone name, then "she"/"he" opening what was said ("Galvez
# said she would", "Galvez said, but added that she would"): a person's
_SAID_SHE = re.compile(
    r"[ \u00a0]+(?:said|says|added)(?:,?[ \u00a0]+but[ \u00a0]+added)?"
    r"(?:[ \u00a0]+that)?[ \u00a0]+(?:she|he)[ \u00a0]"
)
# a party's acronym in brackets, then the noun "party"
_ACRONYM_THEN_PARTY = re.compile(r"( \([A-Z][A-Za-z+]{1,9}\))[ \u00a0]+party$")
# the last word of a party's or a campaign's capitalised name
_MOVEMENT_HEADS = frozenset({"movement", "front", "alliance", "coalition", "congress", "league"})


def _body_title(title: list[str]) -> bool:
    """``The U.S. | Coast Guard``, ``The U.S. Centers for Disease Control
    and | Prevention``: capitalised words after a leading ``the`` that hold no
    person's role, only a country or a level of government, open a body's
    name, not a person's title (``The Rev. Al Bell`` is a person)."""
    if len(title) < 2 or title[0].lower() != "the":
        return False
    for word in title[1:]:
        low = word.lower().strip(",")
        if low in _NAME_LINK_WORDS:
            continue
        if not word[:1].isupper() or low in _HONORIFICS or _possessive(low):
            return False  # "The Hawks' Milo Brandt": a body's person
        if low not in _BODY_MODIFIERS and (
            low in TITLE_WORDS or low in ROLE_HEADS or low in _PERSON_NOUNS
        ):
            return False
    return True


_SMALL_WORDS = frozenset(
    "a an the of in on at to for and or but nor by with as from up off via".split()
)


def _headline_noun(text: str, span: Span, last: str, names: _NameIndex) -> bool:
    """Whether ``span`` lies in a short line with every word but the small
    ones capitalised, a title-case headline (``Tea Cuts Risk, Large Study
    Finds``) whose capitals tell no names, and ``last`` is written after
    no other capitalised word outside it (``Ana Baker Says`` over a story
    about Mayor Ana Baker). Lines past 200 characters are paragraphs and are not scanned."""
    newline = text.rfind("\n", max(0, span.start - 200), span.start)
    if newline < 0 and span.start > 200:
        return False
    end = text.find("\n", span.end, span.end + 200)
    if end < 0:
        if len(text) - span.end > 200:
            return False
        end = len(text)
    words = [w for w in text[newline + 1 : end].split() if w[:1].isalpha()]
    if len(words) < 3 or not all(
        w[:1].isupper() for w in words if w.lower().strip(",.:;") not in _SMALL_WORDS
    ):
        return False
    if last.lower().strip(",.") in TITLE_WORDS and last.lower().strip(",.") in ROLE_HEADS:
        # "Fire Chief Says ...": a title's word, written before the holder's
        # name in the story, names no one by itself
        return True
    names._build()
    for run_id, position in names.by_word.get(last.strip(",."), ())[:_MAX_FULLER_CANDIDATES]:
        start = names.runs[run_id][position][1]
        if position > 0 and not newline < start < end:
            return False  # written after a first name outside the headline
    return True


def _country(words: list[str]) -> bool:
    """``North Korea``, ``Saudi Arabia``, ``The United States``: a country
    written in two or more words, which speaks as its government."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if " ".join(w.lower().rstrip(",") for w in words) in MULTIWORD_COUNTRIES:
        return True
    return (
        len(words) == 2
        and words[0].lower() in COMPASS_WORDS
        and _name_word(words[1])
        and words[1].lower() not in _COMMON_HEADS  # "New Survey", "New Data"
        and not _looks_plural(words[1])  # "New Yorkers", "South Koreans"
    )


# the endings of plural nouns for people: firefighters, inspectors,
# journalists, paramedics, militants, residents, relatives, detainees
_PLURAL_AGENT_ENDINGS = (
    "mates",  # "Teammates said", "Classmates"
    "ers",
    "ors",
    "ists",
    "ians",
    "ants",
    "ents",
    "ics",
    "ives",
    "ees",
    "ards",
    "ies",
)


# a body's name closing on its acronym in parentheses, right before a word:
# "Head of the National Disaster Mitigation Agency (BNPB) | Suharyanto"
_BODY_TAG_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+\([A-Z][A-Za-z]{1,9}\)[ \u00a0]+\Z")


def _named_after_body_tag(text: str, word: str) -> bool:
    """Whether ``word`` is written somewhere right after a body's name and
    its acronym in parentheses (``... Mitigation Agency (BNPB) Suharyanto``):
    Antara's and Bernama's title before a one-word name, which names a
    person, so that a later lone ``Suharyanto`` is that person."""
    at = text.find(") " + word)
    while at >= 0:
        end = at + 2
        after = end + len(word)
        if after >= len(text) or not (text[after].isalnum() or text[after] in "-'’"):
            m = _BODY_TAG_BEFORE.search(text, max(0, at - 60), end)
            if m is not None and m.group(1).lower() in ORGANIZATION_WORDS:
                return True
        at = text.find(") " + word, at + 1)
    return False


def _person_like(words: list[str], names: _NameIndex) -> bool:
    """``Ms. Ortiz``, ``Sen. Ana Ruiz``, ``Ana Ruiz``, or a lone surname written
    in full elsewhere: one side of ``X and Y`` that names a person."""
    title, name = _split_name(words)
    if not name or any(w.lower().strip(".,") in ORGANIZATION_WORDS for w in name):
        return False
    if (title and title[-1].lower() in _HONORIFICS) or len(name) >= 2:
        return True
    # "Sen. Cruz" after "Ted Cruz"; not "Deputy Industry and Trade Minister"
    return names.after_a_name_word(name[0])


def _role_after_of(lower: list[str]) -> bool:
    """``Department of Labor Secretary Ana Ruiz``: a person's role after the
    ``of``/``for`` of a body's name makes the phrase a titled person."""
    at = next((i for i, w in enumerate(lower) if i and w in {"of", "for"}), None)
    if at is None:
        return False
    rest = [w.strip(",") for w in lower[at + 1 :]]
    # a role before a possessive owns the body ("a spokeswoman for the U.S.
    # Attorney's Office in Boston", "the attorney general's office"): no
    # holder's role
    owner = max((k for k, w in enumerate(rest) if w.endswith(("'s", "’s"))), default=-1)
    return any(w in ROLE_HEADS or (w.endswith(".") and w in TITLE_WORDS) for w in rest[owner + 1 :])


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, or a lower-case particle joined to a
    capitalised word (``al-Harbi``, ``d’Amato``, ``bin-Salem``)."""
    return word[:1].isupper() or _PARTICLE_PREFIX.match(word) is not None


# a kin noun after a possessive, set off by a comma right before a name:
# "her son, Paul", "His daughter, Jenny,"
_KIN_SET_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:[Hh]is|[Hh]er|[Tt]heir|[\w\-]+[’']s)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?P<role>[a-z]+),[ \u00a0]+\Z"
)


def _kin_set_before(text: str, start: int) -> bool:
    """A kin noun set off before the name at ``start``: ``her son, Paul``."""
    m = _KIN_SET_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group("role") in _KIN_GENDER


def _person_appositive(text: str, end: int) -> bool:
    """``Ruiz, the finance minister,`` / ``Ruiz, 58,``: an appositive that
    only a person takes."""
    if _AGE_APPOSITIVE.match(text, end) or _BARE_HEAD_OF.match(text, end):
        return True
    m = _ARTICLE_APPOSITIVE.match(text, end)
    owned = m is None and (m := _OWNER_APPOSITIVE.match(text, end)) is not None
    if m is None:
        return False
    words = m.group(1).lower().split()
    if owned:
        # "Ferro, Denver's leading scorer,": only a player's noun after a
        # team's possessive ("Ferro, Denver's" alone may be a list)
        return _head(words) in _POSITION_OR_PLAYER
    # ("the largest U.S. automaker": a dotted initialism places, names no role)
    if any(
        (w in ROLE_HEADS or w in TITLE_WORDS) and not _DOTTED_INITIALS.fullmatch(w) for w in words
    ):
        return True
    # "Mariam, a 34-year-old teacher", "Omid, an engineer in Herat": an age,
    # or a noun for one person heading the appositive
    head = _head(words)
    return bool(_AGE.search(m.group(1))) or (
        (head in _PERSON_NOUNS and head != "member")
        or _job_noun(_written_head(m.group(1)))
        # "Ocampo, a two-time All-Star,", "Ferro, a forward,": a player's
        # position or honour is one person's, as before a name
        or head in _POSITION_NOUNS
        or head in _PLAYER_NOUNS
    )


# a player's honour, rank or class after a name ("a two-time All-Star", "the
# reigning MVP", "a first-round pick", "the league's leading scorer")
_PLAYER_NOUNS = frozenset(
    """all-star mvp scorer reliever closer starter catcher defenseman
    receiver sophomore freshman junior senior pick draftee""".split()
)

# a player's position or noun: one set, not a union built per test
_POSITION_OR_PLAYER = _POSITION_NOUNS | _PLAYER_NOUNS


def _body_appositive(text: str, end: int) -> bool:
    """``IG Metall, the country's largest union,``: an appositive headed by
    a body's noun (union, company, party), which no person takes."""
    m = _ARTICLE_APPOSITIVE.match(text, end)
    if m is None:
        return False
    words = m.group(1).lower().split()
    # ("a union representing 90,000 officers": the head before its participle)
    cut = next((i for i, w in enumerate(words) if i and w.endswith("ing")), len(words))
    head = _head(words[:cut])
    if head == "regulator" and any(w in {"top", "chief", "senior", "former"} for w in words):
        return False  # "Peter Marks, the FDA's top vaccine regulator,": a person
    if head == "regulator" and len(words) >= 2 and not any(_possessive(w) for w in words):
        # "Ofgem, the energy regulator,", "Tarvex, the aviation regulator,":
        # a field's regulator with no owner is the body (the field word,
        # "energy", is no person's title here)
        return True
    return (
        head in ORGANIZATION_HEADS
        and head not in ROLE_HEADS
        # ("a Democratic super PAC": a party's adjective is no title)
        and not any(
            (w in ROLE_HEADS or w in TITLE_WORDS)
            and w not in _PARTY_ADJECTIVES
            # ("the state agricultural market agency": the level of
            # government before a body's noun, as in "state Sen.")
            and w != "state"
            and not _DOTTED_INITIALS.fullmatch(w)
            for w in words
        )
    )


# a dotted initialism of a country or a body ("u.s.", "u.n.", "u.k."), lower case
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.){2,}")


# a party's adjective before a body's noun in an appositive
_PARTY_ADJECTIVES = frozenset({"democratic", "republican"})


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a paragraph, a
    quotation or the text after a dateline's dash."""
    before = text[max(0, start - 4) : start].rstrip()
    return not before or before[-1] in ".!?\"“”‘’'—–-:\n"


def _followed_by_which(text: str, end: int) -> bool:
    """``Rodando, which represents drivers, said``: ``which`` is for things."""
    return _WHICH.match(text, end) is not None


def _titled_elsewhere(text: str, word: str, start: int) -> bool:
    """Whether ``word`` is written before ``start`` right after a capitalised
    title (``Prince Edmund``, ``Queen Adela``, ``Karnataka Chief Minister
    Siddaramaiah``): a royal's or a mononymous person's name, so that the
    word alone later (``Edmund added``) is that person, not a body."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    # (every match has a space or a no-break space right before the word, so
    # a story with neither before ``start`` needs no pattern compiled for it)
    if text.find(" " + word, 0, start) >= 0 or text.find("\u00a0" + word, 0, start) >= 0:
        for found in _titled_word(word).finditer(text, 0, start):
            title = found.group(1).lower()
            if title in _HONOURS or (
                (title in TITLE_WORDS or title in ROLE_HEADS) and title not in _FIELD_TITLE_WORDS
            ):
                return True
    # "Fazl said ... Maulana Fazl also said": a cleric's courtesy is no first
    # name, but it names a person wherever it is written, before or after
    # (``[A-Z][a-z]+`` lower-cases to a courtesy only when written
    # ``Maulana``: a story without one after ``start`` compiles no pattern)
    if all(text.find(courtesy, start) < 0 for courtesy in _CLERIC_COURTESIES_WRITTEN):
        return False
    return any(
        found.group(1).lower() in _CLERIC_COURTESIES
        for found in re.compile(rf"\b([A-Z][a-z]+)[ \u00a0]+{word}\b").finditer(text, start)
    )


@functools.lru_cache(maxsize=512)
def _titled_word(word: str) -> re.Pattern[str]:
    """``word`` after a capitalised word and spaces (``Prince Edmund``);
    kept per word, as ``re``'s own cache is too small for the parser's
    patterns (a story asks about the same word several times)."""
    return re.compile(rf"\b([A-Z][\w.]*)[ \u00a0]+{word}\b")


# the South Asian clerics' courtesies before a name ("Maulana Fazl")
_CLERIC_COURTESIES = frozenset({"maulana", "maulvi", "allama"})
# as ``[A-Z][a-z]+`` writes them
_CLERIC_COURTESIES_WRITTEN = tuple(sorted(c.capitalize() for c in _CLERIC_COURTESIES))


def _organization(raw: str) -> _Reading:
    name = " ".join(_drop_the(_PAREN_TAG.sub("", raw) if ")" in raw else raw).split())
    described = _COMPANY_DESCRIPTOR.match(name)
    if described is not None and described.end() < len(name):
        # "German carmaker Voss AG", "Detroit-based Harlow Motors": the
        # writer's descriptor, like a title before a person, is no part of
        # the name
        name = name[described.end() :]
    words = name.split()
    owner = next((i for i, w in enumerate(words[:2]) if _possessive(w)), -1)
    if (
        owner >= 0
        and len(words) - owner >= 3
        # ("The Tigray People's Liberation Front", "the Kurdistan Workers'
        # Party": a people's or workers' possessive is the name's own word)
        and _unowned(words[owner]).lower() not in _NAME_OWN_POSSESSORS
        and (
            words[-1].lower() in CORPORATE_SUFFIXES
            # "Banda's United Party for National Development", "Chamba's
            # Citizens Coalition for Change": the leader's possessive before
            # a party's name is no part of it
            or any(w.lower() in _PARTY_NAME_WORDS for w in words[owner + 1 :])
        )
        and all(w[:1].isupper() or w in _NAME_LINKS for w in words)
    ):
        # "Japan's Tamura Electric Co", "South Korea's Hanbit Motor Co": the
        # place the writer gives before an incorporated name is no part of it
        words = words[owner + 1 :]
        name = " ".join(words)
    lead = 0
    while lead < len(words) - 1 and (
        # (but "10th U.S. Circuit Court of Appeals": an ordinal is the name's)
        (
            words[lead].islower()
            and words[lead] not in _NAME_PARTICLES
            and not words[lead][:1].isdigit()
        )
        or words[lead].lower().endswith(_DESCRIBING_ENDINGS)
    ):
        lead += 1
    if lead and words[lead][:1].isupper():
        # "the nonpartisan Congressional Budget Office", "the Republican-led
        # House Judiciary Committee": a describing word before a body's name
        # is no part of the name (SPEC: descriptions are not names)
        name = " ".join(words[lead:])
    return _Reading("name", SourceKind.ORGANIZATION, name.lower(), name, None, False, None)


# the words of a party's or a movement's name, and the links inside a name
_PARTY_NAME_WORDS = frozenset("party movement coalition front alliance congress".split())
_NAME_LINKS = frozenset("of for and the".split())
_NAME_OWN_POSSESSORS = frozenset("people peoples workers women".split())


# the endings of a hyphenated describing word before a body's name
# ("Republican-led", "left-leaning", "state-backed", "Kremlin-controlled")
_DESCRIBING_ENDINGS = ("-led", "-leaning", "-backed", "-controlled", "-run", "-aligned")


# a body's written answer to a document ("The agency's response", "The
# county's reply to the lawsuit", "The firm's rebuttal"): a document
_WRITTEN_ANSWERS = frozenset(
    "response responses reply replies answer answers rebuttal rebuttals".split()
)

# the plural counts that open "dozens of emails", "hundreds of residents"
_COUNT_NOUNS = frozenset("dozens hundreds thousands scores".split())


def _describe(raw: str, lower: list[str]) -> _Reading:
    if "and" in lower[1:-1]:
        at = lower.index("and", 1)
        if _head(lower[at + 1 :]) in DOCUMENT_HEADS:
            people = _describe(raw, lower[:at])
            if people.kind in (SourceKind.ANONYMOUS, SourceKind.GROUP):
                # "according to three former employees and internal
                # documents": unnamed people who speak with the records
                # they hold are those people (withheld, or a group: "analysts
                # and records"), whatever the records are
                return attrs.evolve(people, plural=True)
    # "One of the officials": the officials head it, and one of them speaks
    one = len(lower) > 2 and lower[1] == "of" and lower[0] in {"one", "each", "either"}
    if len(lower) > 2 and lower[1] == "of" and (
        is_partitive_head(lower[0]) or lower[0] in _COUNT_NOUNS
    ):
        # ("dozens of emails", "hundreds of pages of records": the counted
        # noun heads it, a document as the emails are)
        lower = lower[2:]
    head = _head(lower)
    if _named_plural(raw.split(), lower):
        # "Group of 20 leaders", "Bank of England officials": a body's name
        # with its own "of" before a plural of people; the people head it
        head = lower[-1]
    if head == "guard" and "coast" in lower[:-1]:
        head = "coastguard"  # "the coast guard": the one body, written in two words
    stem = _stem(head)
    # ("boss", "witness": a singular in -ss)
    plural = (
        (head.endswith("s") and not head.endswith("ss")) or head in {"people", "police"}
    ) and not one
    if (
        head == "operator"
        and lower.index(head) >= 1
        and lower[lower.index(head) - 1] in _OPERATED_MACHINES
    ):
        # "A drone operator said his unit ...": one who works a machine is a
        # person; a pipeline's or a network's operator is a company
        kind = SourceKind.ANONYMOUS if lower[0] in {"a", "an", "one"} else SourceKind.PERSON
        return _Reading("description", kind, head, raw, None, False, None)
    at = lower.index("group") if head == "group" else -1
    if (
        at > 0
        and lower[0] in {"a", "an", "another"}
        and at + 2 < len(lower)
        and lower[at + 1] == "of"
        and (_looks_plural(lower[-1]) or lower[-1] in GROUP_HEADS)
        and raw.split()[at].islower()
    ):
        # "A bipartisan group of senators", "a group of residents": people
        # who speak together, unnamed, a group, not a body (the Group of Seven
        # keeps its capital)
        return _Reading("description", SourceKind.GROUP, _stem(lower[-1]), raw, None, True, None)
    if _two_described(lower):
        # "Residents and the army said", "the mayor and the police chief":
        # two described speakers joined by "and" speak as a group, as two
        # named people do
        return _Reading("description", SourceKind.GROUP, _stem(head), raw, None, True, None)
    if _company_description(raw, lower, head):
        # "the maker of Dunmore crackers": a company named by what it does
        return _Reading("description", SourceKind.ORGANIZATION, head, raw, None, False, None)
    if _news_agency(lower, head) and (outlet := _agency_own_name(raw.split(), lower)):
        # "Iran's semi-official Tasnim news agency", "the judiciary's Mizan
        # news agency": the agency by its own name; the owner's and the
        # describing words before it are no part of it
        return _Reading("name", SourceKind.MEDIA, outlet.lower(), outlet, None, False, None)
    if (
        head in DOCUMENT_HEADS
        or (head in _WRITTEN_ANSWERS and lower[0] == "the" and _possessive(lower[1]))
        or head == "investigation"
        # "according to a company-compiled consensus": analysts' consensus
        # estimate, data as "the LSEG consensus estimate" is
        or (head == "consensus" and head == lower[-1])
        # "according to indicative prices compiled by Bloomberg": quoted
        # prices gathered by a desk are data, as "data compiled by" is
        or (head == "prices" and " compiled by " in raw)
    ):
        # ("The agency's response, included at the end of the report, says",
        # "The county's reply to the lawsuit says": a body's written answer
        # to an audit or a suit is a text that speaks; a
        # named person's "Dervin's response:" is the person; "an Associated
        # Press investigation found": a newsroom's findings, as its review)
        kind = SourceKind.DOCUMENT
    elif head == "website" and (
        lower[0] in _POSSESSIVES or any(_possessive(w) for w in lower[: lower.index(head)])
    ):
        # "according to its website", "the company's website": a body's own
        # site is a text that speaks for it, no news outlet
        kind = SourceKind.DOCUMENT
    elif _role_noun_alone(lower):
        # "The airline said", "the agency": an organisation named by its trade
        return _Reading("description", SourceKind.ORGANIZATION, head, raw, None, False, None)
    elif head in MEDIA_HEADS or _news_agency(lower, head):
        kind = SourceKind.MEDIA
        masthead = _masthead_before_noun(raw.split(), lower, head)
        if masthead is not None:
            # "Der Spiegel magazine reported", "the Tagesblick newspaper": the
            # outlet by its masthead; the trailing noun says what it is, as a
            # leading one does ("German newspaper Tagesblick")
            return _Reading("name", kind, masthead.lower(), masthead, None, False, None)
    elif (
        not plural
        and lower[0] == "the"
        and (head in _BODY_EPITHETS or head in _DEFINITE_TRADES)
        and head == lower[-1]
    ):
        # "the Swiss drugmaker", "The Japanese automaker", "The U.N. nuclear
        # watchdog", "the 27-nation bloc", "The Premier League side": a body
        # named by its trade or its wire epithet, whatever places or
        # describes it, is an organisation (never a withheld person)
        kind = SourceKind.ORGANIZATION
    elif (
        not plural
        and head == lower[-1]
        and head in _RANKED_TRADES
        and (lower[0] == "the" or _possessive(lower[0]))
        and any(w in _RANKS or w.endswith(("-biggest", "-largest")) for w in lower[1:-1])
    ):
        # "Russia's biggest oil producer", "the country's main farm lobby",
        # "Britain's largest union": a body described by its rank in its
        # trade, as wire copy writes companies (never a withheld person)
        kind = SourceKind.ORGANIZATION
    elif head == "police" or (
        (head in ORGANIZATION_HEADS or head in ORGANIZATION_WORDS) and not plural
    ):
        kind = SourceKind.ORGANIZATION
    elif head in ANONYMOUS_HEADS and not (plural and head in GROUP_HEADS):
        kind = SourceKind.ANONYMOUS  # "one exporter"; but "traders" are a group
    elif one:
        kind = SourceKind.ANONYMOUS  # "one of the drivers": a person left unnamed
    elif head in GROUP_HEADS or plural or _share(head):
        kind = SourceKind.GROUP  # "critics"; a poll share, "42%", "4 in 10"
    elif (
        head in ROLE_HEADS
        and lower[0] not in {"a", "an", "one"}
        # ("Kuzma's chief of staff": a person's aide, left unnamed, as
        # "Kuzma's spokesman" is; no office held by one named holder)
        and not (_possessive(lower[0]) and " ".join(lower[1:4]) == "chief of staff")
    ):
        # "the minister" refers back to a holder; "a lawyer for Harlow" is
        # a person left unnamed: anonymous
        return _Reading("description", SourceKind.PERSON, head, raw, None, False, None)
    else:
        kind = SourceKind.ANONYMOUS
    if kind is SourceKind.DOCUMENT and stem == "suit":
        stem = "lawsuit"  # "The lawsuit alleges ... The suit also says": one document
    return _Reading("description", kind, stem, raw, None, plural, None)


# lower-case nouns for a campaigning body written right before its name
# ("Residents' group Save Avonside", "pressure group Clean Rivers Now")
_GROUP_BODY_NOUNS = frozenset({"group", "campaign", "charity", "coalition", "movement"})
# lower-case nouns for a band written right before its name ("the rock band
# Static Saints", "Boy band Five Avenue", "the folk duo Marrow Hill")
_BAND_NOUNS = frozenset({"band", "duo", "trio", "quartet"})


# the wire epithets of a body ("the U.N. nuclear watchdog", "the 27-nation
# bloc", "the world body", "the governing body", "the EU's Copernicus climate
# monitor", "the Britain-based war monitor") and a sports club's nouns
# ("the Premier League side", "the franchise")
_BODY_EPITHETS = frozenset({"watchdog", "bloc", "body", "side", "franchise", "palace", "monitor"})
# the trades only a company has, after "the" and any describing words ("the
# Swiss drugmaker", "the German carmaker", "the Dutch bank"); not "miner" or
# "producer", which a person may be
# the trades a body is ranked in ("the world's largest oil producer") and
# the ranks
_RANKED_TRADES = frozenset(
    """company firm airline carrier lender bank carmaker automaker insurer
    retailer utility chipmaker drugmaker conglomerate manufacturer supplier
    steelmaker planemaker producer exporter importer miner refiner lobby
    union""".split()
)
_RANKS = frozenset("biggest largest leading main top".split())
_DEFINITE_TRADES = frozenset(
    """company firm airline carrier lender bank carmaker automaker insurer
    retailer consortium utility chipmaker drugmaker conglomerate manufacturer
    supplier steelmaker planemaker""".split()
)


def _named_plural(words: list[str], lower: list[str]) -> bool:
    """``Group of 20 leaders``, ``Bank of England officials``: a capitalised
    name holding ``of`` (with numbers and links), then a lower-case plural
    of people."""
    return (
        len(words) == len(lower) >= 4
        and words[-1].islower()
        and lower[-1].endswith("s")
        and (lower[-1] in GROUP_HEADS or lower[-1] in ANONYMOUS_HEADS)
        and words[0][:1].isupper()
        and "of" in lower[1:-2]
        and all(
            w[:1].isupper() or w[:1].isdigit() or w in {"of", "and", "for", "the"}
            for w in words[:-1]
        )
    )


# machines a person works ("a drone operator", "the crane operator")
_OPERATED_MACHINES = frozenset(
    "drone crane radio machine camera forklift tank sound switchboard equipment".split()
)
_OWNING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def _two_described(lower: list[str]) -> bool:
    """``residents and the army``, ``the mayor and the police chief``,
    ``residents and rescuers``: ``and`` joins two phrases, the second
    opening on its own determiner or both plurals of people (``the ministry
    of health and welfare``, ``the chairman and chief executive``: one)."""
    at = next((i for i, w in enumerate(lower) if w == "and"), 0)
    if not 0 < at < len(lower) - 1:
        return False
    left, right = lower[:at], lower[at + 1 :]
    if right[0] in _OWNING_DETERMINERS and len(right) >= 2:
        return True
    return left[-1] in GROUP_HEADS and right[-1] in GROUP_HEADS and len(left) == len(right) == 1


def _company_description(raw: str, lower: list[str], head: str) -> bool:
    """``the maker of Dunmore crackers``, ``the operator of the pipeline``,
    ``the owner of the Harbor Inn``: ``the``, a noun for what a company does
    (``COMPANY_DESCRIPTION_NOUNS``) and ``of``; a noun that a person may
    hold too (``owner``, ``parent``) only with a capitalised name after
    ``of`` (not ``the owner of the dog``)."""
    if lower[0] != "the" or head not in COMPANY_DESCRIPTION_NOUNS:
        return False
    at = lower.index(head) if head in lower else len(lower)
    if at + 2 >= len(lower) or lower[at + 1] != "of":
        return False
    if not COMPANY_DESCRIPTION_NOUNS[head]:
        return True
    after = raw.split()[at + 2 :]
    return any(w[:1].isupper() and w.lower() not in _NOT_NAME for w in after)


def _news_agency(lower: list[str], head: str) -> bool:
    """``the state news agency``, ``a press agency``: an outlet; any other
    agency (``the civil defence agency``) is a public body."""
    at = lower.index(head) if head in lower else 0
    return head == "agency" and at > 0 and lower[at - 1] in {"news", "press"}


def _agency_own_name(words: list[str], lower: list[str]) -> str:
    """``Tasnim`` of ``Iran's semi-official Tasnim news agency``: the
    capitalised words right before ``news agency`` (no owner's possessive,
    no article), or ``""``."""
    at = lower.index("news") if "news" in lower else -1
    if at < 1 or len(words) != len(lower):
        return ""
    first = at
    while (
        first > 0
        and words[first - 1][:1].isupper()
        and not _possessive(words[first - 1])
        and lower[first - 1] != "the"
    ):
        first -= 1
    return " ".join(words[first:at]) if first < at else ""


def _role_noun_alone(lower: list[str]) -> bool:
    """``the airline``, ``the lender``: an organisation's trade after ``the``,
    with nothing else (``the central bank`` names a body of its own)."""
    return len(lower) == 2 and lower[0] == "the" and lower[1] in ORGANIZATION_ROLE_NOUNS


def _share(head: str) -> bool:
    """A poll share heads the phrase: ``42%``, ``4 in 10``, ``24 percent``."""
    return head.endswith("%") or head.isdigit() or head in SHARE_WORDS


# irregular participles that tell how a record came out: "a decree read on
# state television", "a letter written to the board", "a memo seen by"
_RECORD_PARTICIPLES = frozenset(
    "read written seen shown sent given made broadcast aired sworn".split()
)


_TITLE_OR_ROLE = TITLE_WORDS | ROLE_HEADS

# a nation's or a region's last name word: one set, not a union built per test
_PLACE_NAME_ENDS = NATION_NAME_ENDS | REGION_NAME_ENDS
# the words that end a description's head: a preposition, a relative
# clause, or how a record came out
_HEAD_BREAKS = frozenset(
    {
        "of",
        "for",
        "at",
        "with",
        "from",
        "to",  # "a message to families", "An aide to the mayor"
        "in",
        "on",
        # a place the people are spread over: "Coaches around the league",
        # "Residents across the region"
        "around",
        "across",
        "throughout",
        "who",
        "familiar",
        "close",
        "that",
        "briefed",
        "knowledgeable",
        # a record and how it came out: "data available from the
        # police", "a poll conducted by", "documents obtained by"
        "by",
        "available",
        "released",
        "compiled",
        "obtained",
        "published",
        "conducted",
        "reviewed",
        "commissioned",
    }
)


_NO_MASTHEAD_OPENERS = frozenset(
    "this that these those our its their his her my your a an one another each every".split()
)


def _masthead_before_noun(words: list[str], lower: list[str], head: str) -> str | None:
    """``Der Spiegel magazine`` -> ``Der Spiegel``: the capitalised words of
    a description closing on an outlet's noun (up to two lower-case words
    before it: ``the Nikkei business daily``), after an optional ``the``."""
    if lower[-1] != head or head not in _OUTLET_DESCRIPTORS or len(words) > 6:
        return None
    start = 1 if lower[0] == "the" else 0
    if lower[start] in _NO_MASTHEAD_OPENERS:
        # "This newspaper has argued", "Our magazine": a determiner capitalised
        # at the sentence's start is no masthead
        return None
    end = len(words) - 1
    while end > start and words[end - 1].islower() and len(words) - end <= 2:
        end -= 1
    name = words[start:end]
    if not name or not all(w[:1].isupper() and not _possessive(w) for w in name):
        return None
    return " ".join(name)


def _head(lower: list[str]) -> str:
    """The head noun: the last word before a preposition or relative clause."""
    if "of" in lower[1:-2]:
        at = lower.index("of", 1)
        if (
            lower[at - 1] in _TITLE_OR_ROLE
            and _possessive(lower[at + 1])
            and lower[at + 2] not in _HEAD_BREAKS
        ):
            # "the secretary of state's office", "the chief of staff's aide":
            # an office written with its "of" owns what follows it
            return _head(lower[at + 2 :])
    head = lower[-1]
    for i, word in enumerate(lower):
        if i and word in _HEAD_BREAKS:
            head = lower[i - 1]
            if (
                i >= 2
                and (head.endswith("ed") or head in _RECORD_PARTICIPLES)
                and lower[i - 2] in DOCUMENT_HEADS
            ):
                # "a study presented at", "a calculation based on", "documents
                # posted by": the record before its participle heads it
                head = lower[i - 2]
            elif (
                i >= 3
                and (head.endswith("ed") or head in _RECORD_PARTICIPLES)
                and lower[i - 2].endswith("ly")
                and lower[i - 3] in DOCUMENT_HEADS
            ):
                # "a plan jointly issued by", "a notice publicly released
                # by": an adverb between the record and its participle
                head = lower[i - 3]
            break
    if (
        head != lower[-1]
        and lower[-1].strip(",.") in _SPOKES_NOUNS
        and (head in ORGANIZATION_HEADS or head in ORGANIZATION_WORDS)
    ):
        # "A Department for Transport spokesman": the body's name, with its
        # own "for"/"of", stands before the person's noun, which heads it
        head = lower[-1]
    return head.strip(",.’'")


_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})


def _stem(word: str) -> str:
    if word in {"people", "person"}:
        return "person"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _drop_the(name: str) -> str:
    """``the Ministry`` -> ``Ministry`` (any space after ``the``)."""
    m = _LEADING_THE.match(name)
    return name[m.end() :] if m else name


# the trades of artists who go by one name ("Singer Solenne", "Rapper Vex")
_MONONYM_TRADES = frozenset(
    """singer rapper actor actress comedian model designer songwriter dj
    drummer guitarist""".split()
)


# a role ending on a lower-case title word, then "and", right before a
# titled name ("Labour Party leader and | Prime Minister Jonas Stoere")
_TITLE_AND_BEFORE = re.compile(
    r"(?<![\w’'\-])((?:[A-Z][\w’'\-]*[ \u00a0]+){1,4}([a-z][a-z\-]+))[ \u00a0]+and[ \u00a0]+\Z"
)


def _hyphenated_trade(word: str) -> bool:
    """``singer-songwriter``, ``rapper-turned-actor``, ``co-star``: an
    artist's trade joined to another or shared, written as one word before
    a name, is a title as the trade alone is."""
    parts = [p for p in word.split("-") if p not in {"turned", "co"}]
    return (
        "-" in word
        and bool(parts)
        and all(p in _MONONYM_TRADES or p in {"star", "host", "author"} for p in parts)
    )


def _person(text: str, mention: Mention) -> _Reading:
    """Split ``US President Joe Biden`` into title and name."""
    raw = _PAREN_TAG.sub("", mention.text) if ")" in mention.text else mention.text
    tokens = raw.split()
    located = _located_at(tokens)
    if located:
        # "U.S. District Judge Jed Rakoff in Manhattan": where the titled
        # person sits is a restrictive modifier, no part of the name (Reuters'
        # form for a federal judge)
        tokens = tokens[: -located - 1]
    # "Chairman of the | National People's Congress Standing Committee Hu
    # Ping": a mention written after a title's opened complement
    opened = bool(_link_before(text, mention.span.start))
    title_words, run = _split_name(tokens, opened=opened)
    if (
        len(title_words) == 1
        and len(run) == 1
        and title_words[0].lower() in _GIVEN_NAME_TITLES
        and _role_before(text, mention.span.start) is not None
    ):
        # "Kolb's spokesman, Dean Fisk, said": a role set off before the
        # name titles it; "Dean" is the given name
        title_words, run = [], [title_words[0], *run]
    if (
        not title_words
        and len(run) >= 2
        and (run[0].lower() in _MONONYM_TRADES or _hyphenated_trade(run[0].lower()))
        and not run[1].endswith(".")
    ):
        # "Singer Solenne said", "Model Ana Ruiz": an artist's trade,
        # capitalised as the sentence opens, before a (stage) name
        title_words, run = [run[0]], run[1:]
    if not run:
        head = tokens[-1].lower()
        return _Reading(
            "description",
            SourceKind.PERSON if head in ROLE_HEADS else SourceKind.ANONYMOUS,
            head,
            mention.text,
            None,
            False,
            None,
        )
    title_tokens = [
        w for w in title_words if w.lower() not in _HONORIFICS and w.lower() not in NEWS_VERBS
    ]
    if (
        title_tokens
        and title_tokens[0].lower() in {"the", "its", "their", "our"}
        and len(title_tokens) > 1
    ):
        # "The Rev. Al Bell", "Its leader Keiko Ishida": the article or the
        # possessive determiner is no title's
        title_tokens = title_tokens[1:]
    while (
        title_tokens
        and title_tokens[0].lower() in _STYLES
        # ("Royal author Penny Marchbank": "Royal" is a style only in "His
        # Royal Highness"; before a job it says what the job covers)
        and not (
            title_tokens[0].lower() == "royal"
            and len(title_tokens) > 1
            and title_tokens[1].lower() not in _STYLES
        )
    ):
        title_tokens = title_tokens[1:]  # "His Highness Sheikh": a style is no title
    owner_title = bool(title_tokens) and _possessive(title_tokens[-1])
    if title_tokens and _possessive(title_tokens[-1]):
        # "Bloomberg Economics' Anna Wong": the body the person speaks for,
        # without its possessive mark, is the title; before a surname alone
        # ("Fed's Vance" in a headline) the title written with the full name
        # is the better one
        title_tokens[-1] = _without_possessive(title_tokens[-1])
        if len(run) < 2:
            title_tokens = []
        elif not any(
            w.lower().rstrip(".") in _ROLE_OR_TITLE_WORDS for w in title_tokens
        ) and _appositive_title(text, mention.span.end):
            # "The Heritage Foundation's Lara Mintz, a former Senate aide,":
            # the role set off after the name says what the person speaks
            # as; the body alone is the title only without one
            title_tokens = []
    if title_tokens and _AGE.fullmatch(title_tokens[0]):
        title_tokens = title_tokens[1:]  # "54-year-old Maria Lopez": ages are no titles (SPEC)
    if title_tokens and (
        title_tokens[-1].lower() in _DESCRIPTION_OR_LABEL
        or _COUNTED_KIN.fullmatch(title_tokens[-1].lower())
    ):
        title_tokens = []  # "Witness Rosa Alvarez": a description is no title (SPEC)
    honour_at = len(title_tokens)
    while honour_at > 0 and title_tokens[honour_at - 1].lower() in _MALAY_HONOURS:
        honour_at -= 1
    while (
        honour_at >= 2
        and title_tokens[honour_at - 1].lower() in _COURTESIES
        and title_tokens[honour_at - 2].lower().rstrip(".") in _TITLE_OR_ROLE
        and (
            title_tokens[honour_at - 2].lower() not in _TITLE_MODIFIERS | _COURTESIES
            # "JUI-F chief Maulana Fazal Qadri": a cleric's courtesy makes no
            # compound title, as "Grand Ayatollah" is one
            or title_tokens[honour_at - 1].lower() in {"maulana", "maulvi", "allama"}
        )
        # "Finance Chief Ruth Allard": after a field, not a role, "Chief" is the role
        and (
            title_tokens[honour_at - 1].lower() != "chief"
            or title_tokens[honour_at - 2].lower().rstrip(".") in ROLE_HEADS
        )
        # "First lady Claire Whitmore", "Former first lady": one title, as
        # "Crown Prince" is
        and not (
            title_tokens[honour_at - 1].lower() == "lady"
            and title_tokens[honour_at - 2].lower() in {"first", "second"}
        )
    ):
        # "Saudi Energy Minister Prince Faisal", "Senate President Chief
        # Godswill Akpabio": an honour between the role and the name is no
        # part of the role ("Crown Prince" is one title)
        honour_at -= 1
    if 0 < honour_at < len(title_tokens):
        # "Human Resources Minister Datuk Seri Hamzah Rashidi": a Malay
        # honour between the role and the name is no part of the role
        title_tokens = title_tokens[:honour_at]
    elif honour_at == 0 and title_tokens:
        # "MACC deputy chief commissioner Datuk Seri Azmi Kamaruddin
        # confirmed": honours alone in the mention; the lower-case role
        # written before them is the title
        title_tokens = _role_written_before(text, mention.span.start) or title_tokens
    title = " ".join(title_tokens) or None
    if title and title.lower() in _NOT_NAME:
        title = None
    if (
        title
        and title_words == title_tokens
        and text[mention.span.start - 5 : mention.span.start] == " and "
    ):
        joined = _TITLE_AND_BEFORE.search(text, max(0, mention.span.start - 80), mention.span.start)
        if joined is not None and joined.group(2).lower() in _TITLE_OR_ROLE:
            # "Labour Party leader and Prime Minister Jonas Stoere": two
            # roles joined by "and" before the name are one title (SPEC:
            # as written)
            title = f"{joined.group(1)} and {title}"
    if title and opened and title_words == title_tokens:
        # "met Secretary of State Helen Rowe": the mention opens on the
        # title's complement; the title is written whole (SPEC: as written)
        title = f"{_opened_title_before(text, mention.span.start)} {title}".strip()
    if title is None:
        title = (
            _appositive_title(text, mention.span.end)
            # "Vance's former bandmate, guitarist Theo Marsh,": the
            # lower-case role right before the name, the nearest
            or " ".join(_role_written_before(text, mention.span.start))
            # "Her estranged husband, producer Devin Shaw,": else the role
            # set off before it
            or _role_before(text, mention.span.start)
            or None
        )
    elif all(
        w.lower() in _COURTESIES or w.lower() in {"prof.", "prof", "professor"}
        for w in title_tokens
    ) or all(w.lower() in _RANK_OR_CLERGY for w in title_tokens) or _clergy_style(
        title_tokens
    ):
        # "Sheikh Hamdan bin Rashid, President of the Federation,": an
        # honour before the name, and the role set off after it; "the
        # study's senior author, Prof. Ana Ruiz": the role set before it
        # ("Professor" spelled out, as AFP and British copy write it, the same)
        set_off = _appositive_title(text, mention.span.end)
        if (
            set_off is not None
            and not all(w.lower() in _COURTESIES for w in title_tokens)
            and _SET_OFF_OF.match(text, mention.span.end)
        ):
            # "Detective Sergeant Ruth Penn, of Avon and Somerset Police,":
            # a body set off after the name is no role; a rank or
            # ``Professor`` keeps the title, as without the commas (only an
            # honour, "Dr. Eric Topol, of Scripps Research,", yields to it)
            set_off = None
        title = set_off or _role_before(text, mention.span.start) or title
    while len(run) >= 3 and not title_tokens and run[0].lower() in _DEMONYMS:
        # "said Palestinian Mahmoud Ali, 45": a nationality is a description,
        # no part of the name and no title
        run = run[1:]
    if _possessive(run[-1]):
        # "Sen. Harlan Breck's response:": the person, without the mark
        run = [*run[:-1], _without_possessive(run[-1])]
    surname_index = len(run) - 1
    while surname_index > 0 and run[surname_index].lower() in _SUFFIXES:
        surname_index -= 1
    key = run[surname_index].lower().strip(".,")
    if (
        len(title_tokens) == 1
        and title == title_tokens[0]
        and title[:1].isupper()
        and title.lower() in _FIELD_TITLE_WORDS
        # "Labor's Jo Castellan", "Labour's Ginny Andrews": a party owning
        # the person before a full name is the title, as "Fianna Fáil's" is
        and not (owner_title and len(run) >= 2)
        # "County Judge-Executive Jolene Marsh said": a role word after the
        # field's word makes the title, and the name is a person's
        and not any(
            part.lower().strip(".,") in ROLE_HEADS for word in run[:-1] for part in word.split("-")
        )
    ):
        # "Home Depot said", "Energy Vantage said": a field's word makes a
        # title only with the role after it ("Home Secretary", "Energy
        # Minister"); alone before a name it opens a company's name
        return _organization(f"{title} {' '.join(run)}")
    if title_tokens and title == " ".join(title_tokens) and _TRADE_TITLE.search(title):
        # "Electronics retailer Tarbell Buy", "Discount chain Penny General":
        # a company's trade before the name marks a company, as "German
        # carmaker Voss AG" does; no person holds the title "retailer"
        return _organization(f"{title} {' '.join(run)}")
    return _Reading("name", SourceKind.PERSON, key, " ".join(run), title, False, None)


def _located_at(tokens: list[str]) -> int:
    """``Judge Jed Rakoff in Manhattan``: the count of the capitalised place
    words after a titled full name and ``in``, or 0."""
    if "in" not in tokens[3:-1]:
        return 0
    k = len(tokens) - 1 - tokens[::-1].index("in")
    place = tokens[k + 1 :]
    before = tokens[:k]
    if not (
        1 <= len(place) <= 3
        and all(_name_word(w) for w in place)
        and all(_name_word(w) for w in before[-2:])
    ):
        return 0
    title, name = _split_name(before)
    if len(name) < 2 or not title or not any(_holds_title(w.lower()) for w in title):
        return 0
    return len(place)


def _split_name(
    tokens: list[str], before: str = "", *, opened: bool = False
) -> tuple[list[str], list[str]]:
    """``Board Chair Ellen Marchetti`` -> (``Board Chair``, ``Ellen Marchetti``):
    up to four capitalised words from the right (particles, which do not
    count, and suffixes kept: ``Khalid bin Saad Al Harbouri``), stopping at a
    title or role word."""
    i = len(tokens)
    complement = _complement_link(tokens)
    if complement is None and opened:
        complement = -1
    particles = 0  # the particles taken: "bin", "Al", "de", "la"
    seat = (
        complement is not None
        and 1 <= complement <= len(tokens) - 4
        and tokens[complement].lower() == "for"
        and tokens[complement - 1].lower().rstrip(".") in {"mp", "msp", "mla", "td", "mep"}
    )
    if (
        complement is not None
        and complement == len(tokens) - 2
        and complement >= 1
        and tokens[complement].lower() in {"for", "of"}
        and tokens[complement - 1].lower().rstrip(".") in {"mp", "msp", "mla", "td", "mep"}
    ):
        # "Labour MP for | Halesworth", "the Tory MP for Northfleet": the
        # seat after a legislator's title is its complement, no name
        return tokens, []
    while i > 0 and len(tokens) - i - particles < 4:
        word = tokens[i - 1]
        low = word.lower()
        left = tokens[i - 2].lower() if i >= 2 else before.lower()
        if (
            i == len(tokens) - 1
            and low in _GIVEN_NAME_TITLES
            and word[:1].isupper()
            and left.rstrip(".") in _TITLE_OR_ROLE
            and left.rstrip(".") not in _TITLE_MODIFIERS
            and left.rstrip(".") not in _GIVEN_NAME_TITLES
        ):
            # "Prosecutor | Dean Albright", "coach | Deacon Tucker": a title
            # does not stack a second bare title word before a lone surname;
            # that word is the given name
            i -= 1
            continue
        if (
            i == len(tokens) - 1
            and word == "Col"
            and (left in TITLE_WORDS or left in ROLE_HEADS)
        ):
            # "Police Commissioner Col Blanche-Ward": after a title, "Col"
            # with no point is the Australian given name (the rank is
            # written "Col." or "Colonel" and opens the title)
            i -= 1
            continue
        if (
            i == len(tokens) - 1
            and low == "dean"
            and word[:1].isupper()
            # ("Premier of Queensland | Dean Callaway": after a title's
            # complement, no second title)
            and (i < 2 or tokens[i - 2].islower() or (complement or -1) >= 0)
            and left not in _TITLE_MODIFIERS
        ):
            # "Dean Narramore said", "senior meteorologist | Dean Narramore":
            # before a lone surname, opening the run or after a lower-case
            # role, "Dean" is the common given name (a dean is written with
            # the full name: "Dean Ana Harlow of the law school")
            i -= 1
            continue
        if i < len(tokens) and (
            low in TITLE_WORDS
            or low in ROLE_HEADS
            or low in _NOT_NAME
            or _hyphened_title(low)
            # "Metropolitan Onufriy Sadovsky": the Orthodox rank before a
            # name ("The Metropolitan Museum of Art" is a body's name)
            or (low == "metropolitan" and "of" not in tokens)
        ):
            break
        if i < len(tokens) and (
            low in _PAIRED_HONORIFICS.get(left, ()) or low in _MALAY_HONORIFICS
        ):
            break  # "Tan Sri | Rahim Yusof", "Datuk Seri | Hamzah", "Tun | Daim": honours
        if len(tokens) - i >= 2 and (
            low in _PERSON_NOUNS
            or low in DESCRIPTION_NOUNS
            # "Goalkeeper Petr Hlavek", "Rookie Dan Kerr": a player's position
            or low in _POSITION_NOUNS
            or low == "rookie"
            # "Broadcaster Nadia Osei", "Pensioner Ken Lowe", "Father-of-three
            # Kyle Marsden", "54-year-old Maria Lopez": a British label, an
            # age or a count of children written before a name
            or low in _LABEL_NOUNS
            or _COUNTED_KIN.fullmatch(low) is not None
            or _AGE.fullmatch(low) is not None
            # "Epidemiologist Carla Moss", "Co-author Hana Bright": a job
            # by its ending, or a title after ``co-``/``vice-``
            or _job_noun(low)
            or (
                low.startswith(("co-", "vice-"))
                and low.split("-", 1)[1] in _TITLE_OR_ROLE
            )
        ):
            break  # "Firefighter Tomas Brill", "Witness Rosa Alvarez": a noun for one person
        if i < len(tokens) and low in NEWS_VERBS:
            break  # "Appointed | Dorian Valeck": a verb opening a sentence or a bullet
        if i < len(tokens) and low == "class":
            break  # "Sgt. 1st Class | Ana Ruiz", "Petty Officer First Class": a rank's class
        if i < len(tokens) and low == "charge" and left == "in":
            break  # "FBI Special Agent in Charge | Dee Lamar": the title's "in Charge"
        if i < len(tokens) and left in {"of", "for", "at"}:
            break
        if (
            complement is not None
            and complement < i - 1 < len(tokens) - 1
            and _ends_complement(tokens, i, left, first=i - 2 == complement)
            # ("Labour MP for Bolton North | Amy Pickles": a seat of a
            # legislator's is no place a lone surname follows; British copy
            # names the member in full, first name and surname)
            and not (seat and len(tokens) - i < 2)
        ):
            break  # "Ambassador to the United States | Bo Lindqvar"
        if low in ORGANIZATION_WORDS and (
            len(tokens) - i >= 2
            # "Head of the National Disaster Mitigation Agency | Suharyanto":
            # a title's complement closes on the body's name; a mononym
            # (Indonesian names often are one word) follows
            or (i < len(tokens) and complement is not None and complement >= 0)
        ):
            break  # "CPC Central Committee | Ma Deming": a body's name before the name
        if word.endswith(")"):
            break  # a parenthetical tag belongs to the title: "Police (Outer North)"
        if (
            i < len(tokens)
            and _possessive(word)
            and not any(t.lower() in TITLE_WORDS or t.lower() in ROLE_HEADS for t in tokens[i:])
        ):
            break  # "Bloomberg Economics' | Anna Wong": the body before the name
        if _name_word(word) or low in _NAME_PARTICLES or low in _SUFFIXES:
            particles += low in _NAME_PARTICLES
            i -= 1
            continue
        break
    return tokens[:i], tokens[i:]


def _hyphened_title(low: str) -> bool:
    """``Gov.-elect``, ``Rep.-elect``, ``Ex-Sen.``, ``ex-president``: a title
    word with ``-elect`` after it or ``ex-`` before it (AP style) is a title
    written before the name, no part of it."""
    if low.endswith("-elect"):
        base = low[:-6]
    elif low.startswith("ex-"):
        base = low[3:]
    else:
        return False
    return base in TITLE_WORDS or base in ROLE_HEADS or f"{base}." in TITLE_WORDS


# the ranks of police, military and clergy written before a name ("Sgt. Mike
# Torres, a spokesman for the sheriff's office,", "Rear Adm. Ana Ruiz"): the
# role set off with the name says what the person speaks as, and is the title
_RANK_WORDS = frozenset(
    """sgt. sgt sergeant officer trooper deputy cpl. cpl corporal det. det
    detective lt. lt lieutenant capt. capt captain col. col colonel maj. maj
    major gen. gen general adm. adm admiral rear vice petty pvt. pfc. spc.
    ens. cmdr. cmdr commander brig. staff master rev. rev father const.
    const constable insp. insp inspector supt. supt class 1st 2nd 3rd first
    second third""".split()
)


# the clergy's ranks before a name ("Cardinal", "Monsignor", "Sister"): as a
# police or military rank, the role set off with the name says what the
# person speaks as ("The Vatican's secretary of state, Cardinal Pietro
# Bassani," -> "Vatican's secretary of state")
_CLERGY_RANKS = frozenset(
    """cardinal monsignor msgr. sister brother bishop archbishop imam rabbi
    pastor deacon archdeacon vicar fr. metropolitan patriarch mufti mother
    superior venerable grand ecumenical rt. very""".split()
)

# a rank or a cleric's rank: one set, not a union built per test
_RANK_OR_CLERGY = _RANK_WORDS | _CLERGY_RANKS


# the labels British and Commonwealth copy writes before a name, capitalised
# as a title is ("Broadcaster Nadia Osei", "Headteacher Ruth Ames"): no part
# of the name; the job is the title, the description none (SPEC)
_LABEL_NOUNS = frozenset(
    """broadcaster presenter campaigner footballer cricketer entrepreneur
    businessman businesswoman headteacher headmaster headmistress pensioner
    retiree grandfather grandmother""".split()
    # and the squad's places of AP sports copy ("Backup Tyler Brisco",
    # "Freshman Jalen Price", "Substitute Noah Kimber")
    + """backup freshman sophomore junior substitute newcomer veteran promoter mvp""".split()
    # the broadcast roles ("Host Dan Treadwell", "Anchor Rob Lyle"), the
    # Hong Kong and Taiwan "Legislator", and the trades and labels of
    # Australian and New Zealand copy ("Grazier Bec Thornton", "Publican",
    # "Kaumātua", "Sydneysider")
    + """host anchor podcaster streamer newscaster legislator grazier publican
    tradie kaumātua sydneysider aucklander melburnian garda""".split()
    # the trades and campaign roles of US political web copy, capitalised
    # opening a sentence ("Reporter Dana Vollmer", "Commentator", "Activist",
    # "Challenger Dale Kimbrough", "Billionaire")
    + """reporter commentator correspondent pundit activist influencer
    challenger incumbent donor billionaire""".split()
)
# descriptions, no titles: "Pensioner Ken Lowe", "a 71-year-old retiree"
_LABEL_DESCRIPTIONS = frozenset(
    {"pensioner", "retiree", "sydneysider", "aucklander", "melburnian", "billionaire"}
)

# a description or a label: one set, not a union built per test
_DESCRIPTION_OR_LABEL = DESCRIPTION_NOUNS | _LABEL_DESCRIPTIONS
# a parent by the number of children, hyphenated: "Father-of-three"
_COUNTED_KIN = re.compile(
    r"(?:mother|father|mum|dad|parent|grandmother|grandfather)-of-"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
)


# the styles of address before a name and its title ("His Highness",
# "Her Excellency"), and the honours that are no role, so that a role set
# off after the name is the title
_STYLES = frozenset("his her highness excellency majesty royal holiness eminence h.e. h.h.".split())
_HONOURS = frozenset(
    """sheikh sheikha prince princess sir dame lord lady tan puan sri seri
    datuk dato dato' dato’ datin tun toh baroness baron viscount viscountess
    countess earl""".split()
)
# the honours and courtesies before a name that are no role ("Sheikh",
# "Alhaji", "Hon.", "Chief", "Ayatollah")
_COURTESIES = _HONOURS | HONORIFIC_TITLES
# the Malay honours before a name: a word of its own (``Datuk``, ``Tun``),
# or ``Sri``/``Seri`` after the word it pairs with (``Tan Sri``, ``Datuk
# Seri``, ``Puan Sri``; ``Tan`` alone is a surname, ``Sri`` a first name)
_MALAY_HONORIFICS = frozenset({"datuk", "dato", "dato'", "dato’", "datin", "tun", "toh"})
# title words that are also given names ("Dean Albright", "Major Tucker")
_GIVEN_NAME_TITLES = frozenset({"dean", "deacon", "major", "bishop", "prince", "marshal"})
# words that make a compound title with the next title word ("Assistant
# Dean", "Field Marshal", "Crown Prince", "Drum Major", "Auxiliary Bishop")
_TITLE_MODIFIERS = frozenset(
    """assistant associate deputy vice acting interim field crown drum
    auxiliary chief grand senior former lord state provost fire sergeant sgt
    sgt. staff command""".split()
)

# the second words of compound Malay honours ("Datuk Wira", "Datuk Paduka",
# "Datuk Amar", "Datuk Patinggi", "Datin Paduka")
_MALAY_SECOND_HONOURS = frozenset({"wira", "paduka", "amar", "patinggi"})
# every word of a Malay honour, as written between a role and a name
_MALAY_HONOURS = _MALAY_HONORIFICS | _MALAY_SECOND_HONOURS | {"tan", "puan", "sri", "seri"}

_PAIRED_HONORIFICS = (
    {left: frozenset({"sri", "seri"}) for left in ("tan", "puan")}
    | {left: frozenset({"sri", "seri"}) | _MALAY_SECOND_HONOURS for left in _MALAY_HONORIFICS}
    | {
        # "Det Con Sunil Rao": PA's undotted detective constable; "Con" is a
        # rank only after "Det" (alone it is a given name: "Con Houlihan")
        "det": frozenset({"con", "const"}),
        "det.": frozenset({"con", "con.", "const."}),
    }
)


# the prepositions that open a title's complement ("Ambassador to China",
# "Minister for Road Transport", "Special Envoy on Arctic Issues"), and the
# words that link its capitalised words ("to the United States", "Ports and
# Shipping")
_COMPLEMENT_LINKS = frozenset({"of", "for", "to", "on"})
_COMPLEMENT_JOINS = _COMPLEMENT_LINKS | {"at", "the", "and", "&"}


def _holds_title(low: str) -> bool:
    """A title or role word, or ``Member`` (``Member of Parliament``), that
    a complement may follow."""
    return low in TITLE_WORDS or low in ROLE_HEADS or low == "member"


def _complement_link(tokens: list[str]) -> int | None:
    """The index of the last preposition that opens a title's complement
    (after a title or role word: ``Minister of State for | External Affairs``,
    ``Member of the Political Bureau``), or None."""
    link = None
    titled = False
    for k, word in enumerate(tokens):
        low = word.lower()
        if _holds_title(low):
            titled = True
        elif titled and low in _COMPLEMENT_LINKS:
            link = k
    return link


# a title word and the preposition that opens its complement, right before
# a run of capitalised words ("Ambassador to | Japan Tomas Errazu",
# "Envoy on the | Arctic ...")
_TITLE_LINK_BEFORE = re.compile(
    r"([A-Z][\w’'\-]*\.?)[ \u00a0]+(to|on|of|for)(?:[ \u00a0]+the)?[ \u00a0]+\Z"
)


# the same with the title word in lower case, as AP and Australian copy write
# a title set before its seat ("Liberal senator for | Tasmania Ana Ruiz")
_ANY_TITLE_LINK_BEFORE = re.compile(
    r"([A-Za-z][\w’'\-]*\.?)[ \u00a0]+(to|on|of|for)(?:[ \u00a0]+the)?[ \u00a0]+\Z"
)


def _link_before(text: str, start: int) -> str:
    """The preposition of a title's complement written right before
    ``start`` (``Ambassador to | Japan``, ``senator for | Tasmania``), or
    ``""``."""
    m = _ANY_TITLE_LINK_BEFORE.search(text, max(0, start - 48), start)
    if m is None or not _holds_title(m.group(1).lower()):
        # "Superintendent of Police (SP) of | Gazipur Rakib Hasan",
        # "Officer-in-Charge (OC) of | Mirpur Police Station Mohammad Selim":
        # a title's abbreviation in parentheses, then its place or body
        tagged = _TITLE_TAG_LINK_BEFORE.search(text, max(0, start - 48), start)
        return "" if tagged is None else tagged.group(1)
    return m.group(2)


# a title's capitalised abbreviation in parentheses before the link of its
# complement ("(SP) of", "(OC) of", "(Independent Charge) for")
_TITLE_TAG_LINK_BEFORE = re.compile(
    r"[A-Za-z][ \u00a0]+\([A-Z][A-Za-z\-]*(?:[ \u00a0][A-Z][A-Za-z\-]*){0,2}\)"
    r"[ \u00a0]+(of|for)[ \u00a0]+\Z"
)


# the words of a title that may stand before its head ("US | Secretary of",
# "Deputy | Minister of")
_TITLE_OPENING_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'.\-]*)[ \u00a0]+){1,3}\Z")


def _opened_title_before(text: str, start: int) -> str:
    """``Lyng met US Secretary of | State Helen Rowe``: the title's head and
    its link written before a mention that opens on the complement (``US
    Secretary of``), with the national or title words before the head; or
    ``""``."""
    m = _TITLE_LINK_BEFORE.search(text, max(0, start - 48), start)
    if m is None or not _holds_title(m.group(1).lower()):
        return ""
    at = m.start()
    opening = _TITLE_OPENING_BEFORE.search(text, max(0, at - 40), at)
    if opening is not None:
        words = opening.group().split()
        keep = 0
        for word in reversed(words):
            low = word.lower()
            if not (low in TITLE_WORDS or low.rstrip(".") in _DEMONYMS or word.isupper()):
                break
            keep += 1
        if keep:
            return " ".join([*words[len(words) - keep :], *text[at:start].split()])
    return " ".join(text[at:start].split())


def _ends_complement(tokens: list[str], i: int, left: str, *, first: bool) -> bool:
    """Whether ``tokens[i - 1]``, after a title's complement opened, is the
    complement's last word rather than the holder's name: the word right
    after a link (``to | China``, ``the | United``), after a compass word
    (``South | Korea``), ending a country (``Sri Lanka``), or, once two words
    of the name are taken, a portfolio's or a place's common noun (``Home
    Affairs``, ``Standing Committee``: ``TITLE_COMPLEMENT_WORDS``)."""
    word = tokens[i - 1].lower().strip(",")
    if first or left in _COMPLEMENT_JOINS or left in COMPASS_WORDS:
        return True
    if f"{left} {word}" in MULTIWORD_COUNTRIES:
        return True
    return len(tokens) - i >= 2 and (
        word in TITLE_COMPLEMENT_WORDS
        or word in ORGANIZATION_WORDS
        or word in PLACE_WORDS
        or word in TITLE_WORDS
    )


_BROADCAST_ROLES = frozenset("host co-host anchor co-anchor presenter".split())


def _role_written_before(text: str, start: int) -> list[str]:
    """The title written before the name at ``start``: a lower-case role
    noun, as ``_read`` takes one before a speaker's name (``manager``, a
    job by its ending), and up to three capitalised words of its body
    before it (``Castleford manager | Ian Moy``)."""
    if start < 2 or text[start - 1] not in " \u00a0\n":
        return []
    chunk = text[max(0, start - 80) : start]
    words = chunk.split()
    if start > 80:
        words = words[1:]  # the first may be cut
    paragraph = _PARAGRAPH_BREAK.split(chunk)
    if len(paragraph) > 1:
        # "Trump Rips Incumbent | Democratic strategist Ana Ruiz": a title
        # never crosses a headline's or a paragraph's end
        words = paragraph[-1].split()
    if not words or not _LOWER_ROLE.fullmatch(words[-1]):
        return []
    noun = words[-1]
    gap = text[text.rfind(noun, 0, start) + len(noun) : start]
    if len(gap) > 3 or gap.count("\n") > 1:
        return []  # a headline's last word, a blanked dateline between: no title
    if noun in DESCRIPTION_NOUNS or (
        noun not in _ROLE_NOUNS
        and noun not in TITLE_WORDS
        and not _job_noun(noun)
        # "Radio host Sam Okafor interviewed", "told host Marla Brighton": a
        # broadcast role before the name titles it
        and noun not in _BROADCAST_ROLES
    ):
        return []  # "resident Ana Ruiz": a description is no title
    body: list[str] = []
    taken = 0
    for word in reversed(words[-9:-1]):
        if word in _TITLE_BODY_LINKS and body and body[0][:1].isupper():
            # "Confederation of British Industry | director general": a
            # link inside the body's capitalised name (dropped below if
            # nothing capitalised comes before it)
            body.insert(0, word)
            continue
        taken += 1
        if taken > 4:
            break
        if word in _OFFICE_ADJECTIVES and all(w in _OFFICE_ADJECTIVES for w in body):
            body.insert(0, word)  # "Democratic | presidential | candidate"
            continue
        if word in _LOWER_RANKS and all(w in _LOWER_RANKS for w in body):
            body.insert(0, word)  # "MACC | deputy chief | commissioner"
            continue
        if word in _ROLE_DESKS and not body:
            body.insert(0, word)  # "White House | press | secretary"
            continue
        general = noun == "general" and not body and word in _GENERAL_HEADS
        if (word in _PORTFOLIOS or general) and all(
            w in _PORTFOLIOS or w in _GENERAL_HEADS for w in body
        ):
            # "shadow home | secretary", "CBI director | general": the
            # portfolio or the office of a British title in lower case
            body.insert(0, word)
            continue
        if not word[:1].isupper() or word[-1] in '.,;:!?)”"' or word.lower() in _NOT_NAME:
            break
        body.insert(0, word)
    while body and body[0] in _TITLE_BODY_LINKS:
        body.pop(0)
    if not body and len(words) >= 2 and words[-2] in _ROLE_JURISDICTIONS:
        body = [words[-2]]  # "by state epidemiologist Helena Ruiz": the office's level
    elif not body and len(words) >= 2 and noun == "lady" and words[-2] in {"first", "second"}:
        body = [words[-2]]  # "drew first lady Claire Whitmore": one title
    elif not body and len(words) >= 2 and noun in _LAWYERS and words[-2] in _LAW_FIELDS:
        body = [words[-2]]  # "by defense attorney Brian Steele": the side or the field
    return [*body, noun]


# the links inside a body's capitalised name ("Bank of England", "Department
# for Transport"; not "and", which joins two people as often: "met Ian Moy
# and Leeds coach Tim Hale")
_TITLE_BODY_LINKS = frozenset({"of", "for"})


# a lawyer's side or field written before the noun ("defense attorney",
# "immigration lawyer"): part of the title as written
_LAWYERS = frozenset({"attorney", "lawyer", "counsel", "barrister", "solicitor"})
_LAW_FIELDS = frozenset(
    """defense defence trial criminal civil immigration family divorce estate
    appellate employment""".split()
)


_PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t\u00a0]*\r?\n|\r(?!\n)")
# the lower-case level of an office written before its role noun ("state
# epidemiologist", "county assessor", "federal prosecutor")
_ROLE_JURISDICTIONS = frozenset("state county city federal provincial municipal".split())
# a lower-case word before a capitalised title that belongs to it ("former
# President", "state Sen.", "acting Secretary")
_LEVEL_BEFORE = re.compile(
    r"(?<![\w\-])(former|state|acting|interim|outgoing|county|city|federal)[ \u00a0]+$"
)
# the lower-case words between a party or body and a role noun before a
# name ("Democratic presidential candidate", "Republican vice presidential
# nominee")
# lower-case ranks before a role noun ("deputy chief commissioner")
_LOWER_RANKS = frozenset(
    "deputy chief assistant associate senior acting interim vice principal executive".split()
)
# the portfolios British copy writes in lower case before a minister's or a
# shadow's role ("shadow home secretary", "foreign secretary"), and the
# offices that "general" follows ("director general", "attorney general")
_PORTFOLIOS = frozenset(
    """shadow home foreign health justice defence defense business education
    environment transport culture""".split()
)
# the desk a lower-case role works at, written right before it ("White House
# press secretary", "campaign communications director")
_ROLE_DESKS = frozenset("press communications".split())
_GENERAL_HEADS = frozenset(
    "director secretary attorney solicitor inspector governor surgeon".split()
)
_OFFICE_ADJECTIVES = frozenset(
    """presidential vice gubernatorial congressional mayoral senatorial
    parliamentary legislative""".split()
)


def _ends_sentence(word: str) -> bool:
    """Whether a capitalised ``word`` with a point ends a sentence: not an
    initial (``J.``), a dotted abbreviation (``U.S.``) nor a title's or
    suffix's abbreviation (``Dr.``, ``Jr.``)."""
    if not word.endswith("."):
        return False
    bare = word[:-1]
    return len(word) > 5 or (
        len(bare) > 1 and "." not in bare and bare.lower() not in ABBREVIATIONS
    )


def _possessive(word: str) -> bool:
    """``Tidewater's``, ``Economics'``: a word in the possessive."""
    return word.endswith(("'s", "’s", "s'", "s’")) and len(word) > 2


def _without_possessive(word: str) -> str:
    """``Tidewater's`` -> ``Tidewater``, ``Economics'`` -> ``Economics``."""
    return word[:-2] if word.endswith(("'s", "’s")) else word[:-1]


def _unowned(word: str) -> str:
    """``word`` without a possessive mark when it has one."""
    return _without_possessive(word) if _possessive(word) else word


# a body's acronym in brackets right after a capitalised word: "(CPC)", "(PP)"
# (one digit may be in it: "Copernicus Climate Change Service (C3S)")
# a firm named by its partners, a comma between them and "&" before the last
_PARTNERS_COMMA = re.compile(r"[A-Z][a-z]+(?:,[ \u00a0][A-Z][a-z]+){1,3}[ \u00a0]&[ \u00a0][A-Z]")
# the dot of a company's web name in a role ("Realtor.com", "Cars.com")
_DOT_COM = re.compile(r"(?<=[A-Za-z])\.(?=(?:com|org|net|io)\b)")
_BRACKETED_ACRONYM = re.compile(
    r"(?<=[A-Za-z] )\(([A-Z](?:[A-Z&]{1,7}|[A-Z&]{0,3}[0-9][A-Z&]{1,3})(?:-[A-Z]{1,3})?)\)"
    # a party's bracketed wing glued to its acronym ("CPI(M)", "NCP(SP)")
    r"|(?<=[A-Z]{2})\(([A-Z]{1,3})\)(?!\w)"
)


def _appositive_title(text: str, end: int) -> str | None:
    """``Ruiz, the finance minister, said``: the role set off by commas."""
    if text.startswith((", ", " ("), end) and text[end + 3 : end + 4] == "-":
        tag = _PARTY_TAG.match(text, end, end + 30)
        if tag is not None:
            # "Ana Solis, D-Calif., a co-chair of the campaign, said": AP's
            # party tag, then the role set off after it
            after = tag.end() if tag.group().endswith(")") else tag.end() - 1
            if text.startswith(",", after):
                end = after
    if not text.startswith(",", end):
        # every pattern below (degree, age, appositive) opens on the comma,
        # and the masks never write one: most names (``Ruiz said``) stop here
        return None
    while (degree := _DEGREE.match(text, end, end + 24)) is not None:
        end = degree.end()  # "Helena Sorbo, Ph.D., President of Corvanta", "M.D., Ph.D.,"
    age = _AGE_BEFORE_ROLE.match(text, end, end + 8)
    if age is not None:
        end = age.end()  # "Al Tubb, 52, a machinist": the age, then the role
    window = text[end : end + 200]
    paragraph_end = _PARAGRAPH_BREAK.search(window)
    if paragraph_end is not None:
        # "— Anurag Rana, BI senior analyst | Click here for the research.":
        # a role never runs past its paragraph (a signature's line ends it)
        window = window[: paragraph_end.start()]
    # "a spokeswoman for the U.S. Embassy": a dotted abbreviation's points
    # end no appositive (same length, so the spans hold)
    masked = _DOTTED.sub(lambda d: d.group().replace(".", "\x1f"), window)
    # nor does the comma of a firm named by its partners ("Challenger, Gray &
    # Christmas", "Skadden, Arps, Slate")
    masked = _PARTNERS_COMMA.sub(lambda c: c.group().replace(",", "\x1f"), masked)
    # nor does a web name's dot ("chief economist at Realtor.com")
    masked = _DOT_COM.sub("\x1f", masked)
    # nor do a degree's inside a role ("a Ph.D. candidate at Stanford")
    masked = _DEGREE_IN_ROLE.sub(lambda d: d.group().replace(".", "\x1f"), masked)
    # nor does a title's abbreviation before a name ("a former aide to Sen.
    # Ruth Colby")
    masked = _TITLE_POINT.sub(
        lambda t: t.group(1) + ("\x1f" if f"{t.group(1).lower()}." in TITLE_WORDS else "."), masked
    )
    # nor does a place's "St." / "Mt." / "Ft." after a preposition ("rector
    # of St. Patrick's Cathedral", "pastor at Mt. Zion Church")
    masked = _PLACE_POINT.sub(lambda p: p.group()[:-1] + "\x1f", masked)
    # nor does a given name's initial in a body's name after "the" ("a
    # research fellow at the S. Rajaratnam School of International Studies")
    masked = _INITIAL_IN_BODY.sub(lambda p: p.group()[:-1] + "\x1f", masked)
    # a number in a body's name is no age ("president of Carpenters Local 12")
    masked = _NUMBERED_NAME.sub(
        lambda n: (
            n.group(1)
            + (n.group(2) if n.group(1).strip().lower() in _CALENDAR else "#" * len(n.group(2)))
        ),
        masked,
    )
    # a stock ticker after a company's name ("chief executive of Kelby
    # Metals (KLBG.DE)") ends no appositive; the title stops before it
    masked = _TICKER.sub(lambda t: " " * len(t.group()), masked)
    # a body's acronym in brackets after its name ("member of the ... Communist
    # Party of China (CPC) Central Committee", "leader of the People's Party
    # (PP)") ends no appositive; the title keeps it as written
    # (its digit, "(C3S)", is no age: masked too)
    masked = _BRACKETED_ACRONYM.sub(lambda b: "_" + "A" * (len(b.group()) - 2) + "_", masked)
    # an age before the role ("a 34-year-old teacher") is no title (SPEC:
    # ages are not titles); the role after it is
    masked = _AGE_ADJECTIVE.sub(lambda a: " " * len(a.group()), masked)
    # nor does a work's title in quotation marks, its comma inside the
    # closing mark as AP writes it ("the star of "Glass Orchard," said"): the
    # mark and the comma swap, and the role keeps the title
    masked = _QUOTED_WORK.sub(lambda q: "\x1e" + q.group(1) + "\x1e,", masked)
    # (and with the comma outside the closing mark, as British and some
    # wire copy write it: "the host of CNN's "Morning Line", said")
    masked = _QUOTED_WORK_OUTSIDE.sub(lambda q: "\x1e" + q.group(1) + "\x1e,", masked)
    # nor does a scraped "&amp;" end it ("an analyst at M&amp;G Investments")
    masked = masked.replace("&amp;", "&\x1famp")
    body = _OF_BODY.match(masked, 0, 100) if age is None else None
    if body is not None and any(
        w.lower() in _OF_BODY_WORDS or (w.isupper() and len(w) > 1)
        for w in body.group("title").split()
    ):
        # "Dr. Eric Topol, of Scripps Research, said": the body the person
        # speaks for, set off by commas, as without them (the title); a
        # place alone ("Ana Ruiz, of Tulsa,") is AP's hometown, no title
        return " ".join(window[body.start("title") : body.end("title")].split())
    m = (
        _WHO_IS_ROLE.match(masked, 0, 130)
        or _APPOSITIVE.match(masked, 0, 195)
        or _APPOSITIVE_SINCE.match(masked)
        or _APPOSITIVE_WHO.match(masked)
    )
    if m is None:
        return None
    title = " ".join(window[m.start("title") : m.end("title")].split()).replace("&amp;", "&")
    if title.count("“") > title.count("”") or title.count('"') % 2:
        # ("the star of "Glass Orchard,"": the closing mark after the comma)
        title = title.rstrip(",") + ("”" if "“" in title else '"')
    if (
        window[m.end("title") : m.end("title") + 1] == "."
        and title.split()[-1].lower() + "." in CORPORATE_SUFFIXES
    ):
        title += "."  # "an analyst at Acme Inc.": the suffix keeps its point
    title_end = m.end("title")
    if title.isupper() and title.lower() in TITLE_WORDS:
        # "Ida Brannock, SVP, Global Sales at Trelby": an executive's
        # abbreviation, then the area it heads after a comma
        area = _APPOSITIVE.match(masked, m.end("title"), 130)
        if area is not None and _role_part(window[area.start("title") : area.end("title")]):
            title += ", " + " ".join(window[area.start("title") : area.end("title")].split())
    elif m.re is _APPOSITIVE and _press_release_role(title):
        # "Leo Marsh, President, Chief Executive Officer and Director of
        # Pinecrest", "Co-Founder and CEO, Pinecrest Labs", "Vice President,
        # Investor Relations": a release's signature, capitalised parts of
        # one role set off by commas, up to its employer
        at = title_end
        for _ in range(3):
            if " of " in title or " at " in title:
                break
            part = _APPOSITIVE.match(masked, at, 130)
            if part is None or not _role_part(window[part.start("title") : part.end("title")]):
                break
            title += ", " + " ".join(window[part.start("title") : part.end("title")].split())
            at = part.end("title")
        title_end = at
    elif m.re is _APPOSITIVE and len(title.split()) <= 3 and title.islower():
        # "Dorian Pike, chairman, president and chief executive officer of
        # Rell,": a list of the roles one person holds, its last joined by
        # "and", is one title (SPEC: as written)
        part = _APPOSITIVE.match(masked, title_end, 130)
        if part is not None:
            rest = " ".join(window[part.start("title") : part.end("title")].split())
            words = rest.split()
            if (
                "and" in words[1:-1]
                and not masked[title_end : part.start("title")].strip(", \t\n")
                and words[0].lower() in _ROLE_TITLE_WORDS
                and _role_title(rest) is not None
            ):
                title += ", " + rest
                title_end = part.end("title")
    if (
        title_end != m.end("title")
        and window[title_end : title_end + 1] == "."
        and title.split()[-1].lower() + "." in CORPORATE_SUFFIXES
    ):
        # "Chief Executive Officer, Acme Bio, Inc. “...”": the signature's
        # last part, a company's suffix, keeps its point at a sentence's end
        title += "."
    suffix = _COMMA_SUFFIX.match(window, title_end)
    if suffix is not None and not title.endswith("."):
        title += suffix.group()  # "chief executive officer of Arcwell, Inc."
    title = _without_place(title.split(" who ", 1)[0])
    if title.startswith("also ") and len(title) > 5:
        # "Wang Yi, also Chinese foreign minister, said": the adverb joins
        # a second office to the one already given; it is no part of it
        title = title[5:]
    if age is not None and title.startswith("of "):
        return None  # "Bob Lane, 68, of Graves County": AP's age and hometown, no role
    if age is not None and title.split()[0] in {"at", "in", "on", "near", "outside", "inside"}:
        return None  # "Darnell Whitcomb, 34, at his home": where he was, no role
    first = title.split()[0].lower() if title else ""
    bare = not masked[m.start() : m.start("title")].strip(", \t\n")  # no article
    if bare and first.endswith("ing") and first not in TITLE_WORDS:
        return None  # ", citing data from ...": a participle clause, not a role
    if bare and (is_past_verb(first) or first in CUE_FORMS):
        # "Mr Chidi Aroh, gave the assurance while briefing journalists": a
        # predicate after the name's closing comma, never a role
        return None
    if first in {"through", "via"}:
        # "Pelk, through a spokesman, declined to comment": the channel the
        # answer came by (AP: a statement through a lawyer), no role of his
        return None
    parts = title.split()
    if (
        len(parts) >= 3
        and parts[1].endswith("ing")
        and parts[1] not in TITLE_WORDS
        and (parts[0] in _ROLE_TITLE_WORDS or parts[0] in _PLAYER_NOUNS)
    ):
        # "Amira Saleh, a junior studying political science,": the role,
        # then a participle phrase that describes its holder
        title = parts[0]
    return _role_title(_without_generic_owner(title))


# a work's title in quotation marks closed after its comma, inside a role
_QUOTED_WORK = re.compile(r"[\"“]([A-Z][^\"“”,]{0,60}),[\"”]")
_QUOTED_WORK_OUTSIDE = re.compile(r"[\"“]([A-Z][^\"“”,]{0,60})[\"”],")


# the opening of a body set off after a name (", of Scripps Research,")
_SET_OFF_OF = re.compile(r",[ \u00a0]+of[ \u00a0]")
# a body set off after a name: ", of Scripps Research,", ", of the Mayo Clinic."
_OF_BODY = re.compile(
    r",[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<title>[A-Z][\w’'&\-]*(?:[ \u00a0]+(?:of|for|and|&|the|[A-Z][\w’'&\-]*)){0,6})"
    r"[ \u00a0]*(?:,|\.|;|$)"
)
_OF_BODY_WORDS = ORGANIZATION_WORDS | {"research", "clinic", "laboratory", "lab"}


# a company's suffix after a comma closing a title: ", Inc.", ", Ltd."
_COMMA_SUFFIX = re.compile(
    r",[ \u00a0](?:Inc|Ltd|LLC|Corp|Co|L\.P|plc|PLC|AG|SA|N\.V)\.?(?=[,.;\s]|\Z)"
)


def _press_release_role(title: str) -> bool:
    """A capitalised role with no employer (``President``, ``Co-Founder and
    CEO``, ``Vice President``, ``General Manager``)."""
    words = title.split()
    return (
        0 < len(words) <= 6
        and all(w[:1].isupper() or w in {"and", "&", "of"} for w in words)
        and (words[-1].lower() in TITLE_WORDS or words[-1].isupper())
    )


def _role_part(part: str) -> bool:
    """The next comma-set part of a release's signature: capitalised, no
    day or month (``Friday``), no lower-case clause (``in a statement``)."""
    words = part.split()
    return (
        0 < len(words) <= 8
        and words[0][:1].isupper()
        and words[0].lower() not in _CALENDAR
        and all(w[:1].isupper() or w in {"and", "&", "of", "for", "the", "at"} for w in words)
    )


def _without_place(title: str) -> str:
    """``metals analyst at Corwell Securities in Singapore`` -> ``metals
    analyst at Corwell Securities``: the city after the employer tells where
    the person works, no part of the role. Only after ``at`` and a
    capitalised employer, and only a capitalised place of up to three
    words."""
    words = title.split()
    if "in" not in words[2:]:
        return title
    k = len(words) - 1 - words[::-1].index("in")
    place = words[k + 1 :]
    if not 1 <= len(place) <= 3 or not all(w[:1].isupper() for w in place):
        return title
    # (also "with the National Weather Service in Paducah": `with`, and the
    # employer's article)
    at = next((i for i in range(k - 1, 0, -1) if words[i] in {"at", "with"}), None)
    if at is not None and at + 2 < k and words[at + 1] == "the":
        at += 1
    if at is None or at + 1 >= k or not words[at + 1][:1].isupper():
        return title
    if not all(w[:1].isupper() or w in {"of", "and", "&", "the"} for w in words[at + 1 : k]):
        return title
    return " ".join(words[:k])


# the role in a relative clause set off after a name, Xinhua's appositive
# (", who is also deputy head of the commission,")
_WHO_IS_ROLE = re.compile(
    r",\s+who\s+is\s+(?:also\s+|now\s+|currently\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?P<title>[^,.;:\"“”()\d]{2,90}?)\s*(?:,|\.|;|$)"
)
# an age set off after a name, before a role (", 52, a machinist")
_AGE_BEFORE_ROLE = re.compile(r",[ \u00a0]+\d{1,3}(?=,)")
# a number after a capitalised word of a name ("Local 12", "District 9")
_NUMBERED_NAME = re.compile(r"\b([A-Z][a-z]{1,12}[ \u00a0])(\d{1,5})\b")
# a capitalised abbreviation's point before a capitalised word ("Sen. Ross")
_TITLE_POINT = re.compile(r"\b([A-Z][a-z]{1,4})\.(?=[ \u00a0]+[A-Z])")
# a place's "St." / "Mt." / "Ft." after a preposition ("rector of St. Anne's")
_INITIAL_IN_BODY = re.compile(r"\b(?:the|at|of)[ \u00a0]+[A-Z]\.(?=[ \u00a0]+[A-Z][a-z])")
_PLACE_POINT = re.compile(
    r"\b(?:of|in|at|for|to|from|near)[ \u00a0]+(?:St|Ste|Mt|Ft)\.(?=[ \u00a0]+[A-Z])"
)


# a comma, then one lower-case job word right before a name
_JOB_AFTER_COMMA = re.compile(r",([ \u00a0]+)[a-z][a-z\-]{2,20}[ \u00a0]+\Z")


def _clergy_style(words: list[str]) -> bool:
    """``Right Rev.``, ``Very Rev.``, ``Most Rev.``: a clergy's style with its
    qualifier, no role (the role set off before the name is the title)."""
    return (
        len(words) == 2
        and words[0].lower() in {"right", "rt.", "very", "most"}
        and words[1].lower() in {"rev.", "rev", "reverend"}
    )


def _role_before(text: str, start: int) -> str | None:
    """``a spokeswoman, Ana Ruiz, said`` / ``“...,” the firm's chief, Dana
    Holt, said``: the role set before the name, ending in a comma."""
    at = max(0, start - 100)
    window = text[at:start]
    trimmed = window.rstrip()
    if len(trimmed) == len(window) or not trimmed.endswith(","):
        # every match ends in a comma and space right before the name: most
        # names have none, and the search would try every position for nothing
        job = _JOB_AFTER_COMMA.search(window)
        if job is not None and job.start() > 0:
            # "Her estranged husband, producer Devin Shaw,": a lower-case
            # job before the name, the role set off before it
            return _role_before(text, at + job.start() + 1 + len(job.group(1)))
        return None
    while (m := _ROLE_BEFORE.search(text, at, start)) is not None:
        title = " ".join(m.group("title").split())  # "A\nspokeswoman": a wrap
        first, _, rest = title.partition(" ")
        if first in _OPENING_CONJUNCTIONS and rest:
            # "But Labour's shadow home secretary, Tom Reddish, said": the
            # sentence's conjunction is no part of the role
            title = rest
            first, _, rest = title.partition(" ")
        adverbial = _ADVERBIAL_OWNER.search(title) or _VERB_OWNER.search(title)
        if adverbial is not None:
            # "Arclight's shares fell 4% after its chief financial officer,
            # Lena Brauer, said": a clause's subordinator, then the role on
            # its possessive determiner; the clause is no part of the role
            title = title[adverbial.start(1) :]
            first, _, rest = title.partition(" ")
        joined = _AND_OWNER.search(title)
        if joined is not None:
            # "Secretary of State Helen Rowe and her Chinese counterpart, Wang
            # Jun,": the role is the last conjunct's; the first is another
            # person
            title = title[joined.start(1) :]
            first, _, rest = title.partition(" ")
        # the article or the possessive determiner goes, as in the appositive
        # after a name ("the finance minister"; "Its chief executive"; "The
        # company's chief financial officer": the company in play's)
        found = _role_title(
            _without_generic_owner(rest if first.lower() in _ROLE_DETERMINERS else title)
        )
        if found is not None and found.split()[-1].lower() in _NAME_NOUNS:
            # "identified only by her first name, Rosa,": the name the
            # speaker gave, no role
            return None
        if found is not None:
            return found
        # "The border closed - the interior minister, Piet Vos, said": a
        # clause before a later opening is no role
        at = m.start() + 1
    return None


# the nouns for a name itself, set before the name it introduces ("her
# first name, Rosa,"), never a role
_NAME_NOUNS = frozenset({"name", "names", "surname", "nickname"})


# "... after its chief financial officer": a subordinator opening an
# adverbial clause, then a role on a possessive determiner
_ADVERBIAL_OWNER = re.compile(
    r"\b(?:after|before|when|as|because|since|while|until|once)\s+((?:its|his|her|their)\s)"
)
# "One of the ads features his mother": a clause's verb, then the role on a
# possessive determiner; the clause is no part of the role
_VERB_OWNER = re.compile(r"\b[a-z]+(?:s|ed)\s+((?:its|his|her|their)\s)")
# "... and her Chinese counterpart": the last conjunct of a role set before
# a name, on a possessive determiner
_AND_OWNER = re.compile(r"\band\s+((?:his|her|their|its)\s)")
# the generic nouns for the company in play, whose possessive before a role
# is a determiner, as "its" is ("the company's CEO")
_GENERIC_OWNERS = frozenset(
    f"{noun}{mark}s" for noun in ("company", "firm", "group") for mark in "'’"
)
# the generic nouns for the person in play, whose possessive before a
# lawyer's role is a determiner, as "his" is ("The man's barrister, X,",
# "the accused's solicitor, X,"; wh16b #10)
_GENERIC_CLIENTS = frozenset(
    f"{noun}{mark}s"
    for noun in ("man", "woman", "accused", "defendant", "teenager", "boy", "girl")
    for mark in "'’"
)


def _without_generic_owner(title: str) -> str:
    """``company's chief financial officer`` -> ``chief financial officer``;
    ``man's barrister`` -> ``barrister``."""
    first, _, rest = title.partition(" ")
    if rest and first.lower() in _GENERIC_CLIENTS and rest.split()[-1].lower() in _LAWYERS:
        return rest
    return rest if rest and first.lower() in _GENERIC_OWNERS else title


# a conjunction opening a sentence before a role set off before a name
_OPENING_CONJUNCTIONS = frozenset({"But", "And", "Yet", "So", "Still", "Meanwhile"})


# a broadcast's roles ("The host, Kristen Vale, said"; "Vale, the anchor,")
# and one person's towards another ("His Moroccan counterpart, Abdel Laft,")
_BROADCAST_ROLES = frozenset(
    "host co-host anchor co-anchor presenter commentator correspondent".split()
)
_ROLE_TITLE_WORDS = (
    ROLE_HEADS
    | TITLE_WORDS
    | _OCCUPATION_NOUNS
    | _BROADCAST_ROLES
    | {"counterpart"}
    # a scholar's place ("a doctoral student at Stanford", "a Ph.D. candidate",
    # "a postdoctoral fellow"), and an official who regulates ("the FDA's top
    # vaccine regulator"): set off after a name, a role
    | {"student", "postdoc", "regulator"}
    # a cabin crew's job ("Jim Ross, a flight attendant,"), and a show's or
    # a film's lead ("Ana Gil, the star of "Glass Orchard,"")
    | {"attendant", "star"}
    # the clergy's and religious orders' roles ("the abbot, Anselm Grey,",
    # "Tom Hale, a missionary in Peru,")
    | {"monk", "preacher", "pontiff", "missionary", "friar", "abbot", "abbess", "reverend"}
)


# what makes a student a scholar's role: the school, or the degree sought
_SCHOLARS_PLACE = re.compile(
    r"\b(?:at|of|in)\s|\b(?:doctoral|graduate|postgraduate|Ph\.?D\.?|medical|law|nursing)\b"
)


# "one of the study's authors", "one of its founders": a holder of a role
# among several
_ONE_OF_HOLDERS = re.compile(r"[Oo]ne\s+of\s+(?:the|its|his|her|their|our|[\w\-]+[’']s)\s")
# a word that makes a role set off in commas a clause
_CLAUSE_WORDS = AUXILIARIES | {"who", "whose", "which", "that", "said", "says", "told", "wrote"}


# a parent by the number of children: "mother of three", "father of 2"
_KIN_OF_COUNT = re.compile(
    r"\b(?:mother|father|parent|grandmother|grandfather|grandparent)s?\s+of\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)


# a record or a distinction set off with a name: "the first Latina to chair
# the committee", "the only senator to vote no", "the youngest person ever to"
_FIRST_TO = re.compile(
    r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:first|only|last|youngest|oldest)\s+"
    r"(?:[\w’'\-]+\s+){1,3}?(?:ever\s+)?to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]"
)


def _role_title(title: str) -> str | None:
    """``title`` when it names a role, not a clause."""
    words = {w.lower().strip(".,") for w in title.split()}
    lower_words = {w.strip(".") for w in title.split() if w.islower()}
    role_words = {
        # "a co-author of the study", "a vice-chair of the panel": a role
        # shared or seconded; "one of the study's authors": one of the
        # holders of a role
        w.split("-", 1)[1] if w.startswith(("co-", "vice-")) else w
        for w in words
    }
    if _ONE_OF_HOLDERS.match(title):
        role_words.add(_stem(title.split()[-1].lower().strip(".,")))
    if (
        not role_words & _ROLE_TITLE_WORDS
        and not _job_noun(_written_head(title))
        # "a two-time All-Star", "a veteran outfielder": a player's position
        # or honour heads it; "the WHO's technical lead": a project's lead
        and _written_head(title).lower() not in _POSITION_OR_PLAYER
        and title.split()[-1] != "lead"
        # "Pruitt's running mate, Ann Kessler,": a ticket's second place
        and "running mate" not in title.lower()
    ):
        return None
    if _KIN_OF_COUNT.search(title.lower()):
        return None  # "a mother of three": a description, no title (SPEC)
    if _FIRST_TO.match(title) is not None:
        # "the first Latina to chair the committee", "the only senator to
        # vote no": a record or a distinction describes the person (SPEC:
        # descriptions are no titles)
        return None
    if _written_head(title).lower() == "student" and not _SCHOLARS_PLACE.search(title):
        # "Lea, a 24-year-old student who lives across the street,": a
        # student with no school and no degree describes a witness (SPEC:
        # descriptions are no titles); "a doctoral student at Stanford" is a
        # scholar's place
        return None
    if _written_head(title).lower() == "appointee":
        # "Ruiz, an appointee of President Joe Biden,": who appointed the
        # judge describes her (SPEC: descriptions are no titles), and the
        # president's name is no part of her role
        return None
    # (a clause's word is written in lower case: "an adviser to the WHO")
    if lower_words & _CLAUSE_WORDS or any(
        # (a capitalised word is a name's: "Amalgamated Transit Union")
        w.endswith("ed") and w not in ED_ADJECTIVES and w in lower_words
        for w in words - _attributive_participles(title)
    ):
        return None  # ", the city would rebuild ...": a clause, not a role
    return title


# the determiners after which a participle modifies a noun ("the detained
# student"), not a verb of a clause
_PARTICIPLE_DETERMINERS = frozenset("the a an its his her their our".split())


_FIELD_PREPOSITIONS = frozenset("of for in".split())


def _attributive_participles(title: str) -> set[str]:
    """The ``-ed`` words of ``title`` that modify a noun, no verb: a
    hyphenated compound (``separatist-installed``, ``Moscow-backed``) or one
    right after a determiner (``a lawyer for the detained student``, ``the
    occupied part``), lower-cased."""
    found: set[str] = set()
    prev = ""
    for raw in title.split():
        w = raw.lower().strip(".,")
        if w.endswith("ed") and ("-" in w or prev in _PARTICIPLE_DETERMINERS):
            found.add(w)
        elif w.endswith("ed") and prev in _FIELD_PREPOSITIONS:
            # "head of fixed income", "head of leveraged finance", "a
            # strategist for structured credit": the field a desk covers,
            # its participle right after the preposition (no clause's verb)
            found.add(w)
        prev = w
    return found


def _written_head(phrase: str) -> str:
    """The head noun of ``phrase`` (see ``_head``) as it is written."""
    words = [w.strip(",.’'") for w in phrase.split()]
    head = _head([w.lower() for w in words])
    return next((w for w in words if w.lower() == head), head)


# an article or a modifier of time before a name that modifies a job ("a
# former | Rio Tinto | executive"), and the job's noun after it
_ARTICLE_BEFORE_MODIFIER = re.compile(
    r"(?<![\w’'\-])(?:a|an|the|former|onetime|longtime|ex-)[ \u00a0]*\Z"
)
_NOUN_AFTER_MODIFIER = re.compile(r"[ \u00a0]+([a-z][a-z\-]+)\b")


def _modifies_a_job(text: str, start: int, end: int) -> bool:
    """``a former Rio Tinto executive``, ``an ex-Goldman Sachs banker``: the
    capitalised words between an article (or ``former``) and a noun for a
    job name the body the job is at, no person."""
    after = _NOUN_AFTER_MODIFIER.match(text, end)
    if after is None:
        return False
    noun = after.group(1)
    if not (noun in ROLE_HEADS or noun in _PERSON_NOUNS or _job_noun(noun)):
        return False
    return _ARTICLE_BEFORE_MODIFIER.search(text, max(0, start - 12), start) is not None


def _job_noun(word: str) -> bool:
    """A noun for a job by its ending, beyond the listed occupations: a
    specialist of a field (``virologist``, ``epidemiologist``,
    ``strategist``, ``specialist``), ``-ician`` (``statistician``),
    ``-ographer`` (``demographer``), or a ``fellow`` of an institute, in
    lower case; not a belief, a stance or a pastime (``activist``,
    ``nationalist``, ``tourist``; a capitalised ``Baptist`` or ``Marxist``
    comes from a name: a creed)."""
    if not word.islower():
        return False
    if word == "fellow":
        return True
    if word.endswith(("ician", "ographer")):
        return True
    return word.endswith("ist") and len(word) > 6 and word not in _NOT_JOB_NOUNS


# "-ist" words that name a belief, a stance or a pastime, not a job
_NOT_JOB_NOUNS = frozenset(
    """activist tourist cyclist motorist extremist separatist nationalist
    loyalist leftist rightist communist socialist islamist terrorist finalist
    royalist populist atheist optimist pessimist idealist realist moralist
    hobbyist fascist marxist zionist unionist feminist environmentalist
    secularist globalist jihadist supremacist centrist revisionist
    protectionist isolationist nativist pacifist anarchist narcissist
    misogynist sexist chauvinist humanist perfectionist modernist minimalist
    traditionalist insist persist consist""".split()
)


_ROLE_DETERMINERS = frozenset("a an the its his her their our".split())
# a role opening on an article or a possessive, right before a name and its comma
_ROLE_BEFORE = re.compile(
    # set off on both sides: after a comma or a closing quotation mark, or
    # opening the sentence ("A spokeswoman, Ana Ruiz, said"), the text's
    # first too
    # (a point's space may be doubled or non-breaking: "members.  A spokeswoman")
    r"(?:^|(?<=, )|(?<=” )|(?<=\" )|(?<=\n)|(?<=\.\s)|(?<=\.\s\s)|(?<=— )|(?<=– )|(?<=- )"
    r"|(?<=ccording to )"
    # after a verb's preposition: "will report to Kestrel's Chief
    # Investment Officer, David Lowe", "was named by its chairman, ..."
    r"|(?<= to )|(?<= by )"
    # after a clause join: ", and a spokesman, Eli Carden, said"
    r"|(?<=, and )|(?<=, but )"
    # after an inverted cue: "said one resident, Ana Lind"
    r"|(?<=said )|(?<=says )|(?<=asked )|(?<=added )|(?<=wrote )|(?<=told ))"
    r"(?P<title>(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur"
    r"|(?:(?:Mr|Mrs|Ms|Dr)\.\s)?[\w\-]+[’']s"
    # a company's name of two to five words in the possessive ("Orsova Steel
    # Corp.'s chief executive, Karl Brenner,"), a long-titled politician's
    # ("Senate Minority Leader Rob Kestler's spokeswoman, Ilse Marrow,")
    r"|(?:[A-Z][\w\-.&]*\s){1,4}[A-Z][\w\-.]*[’']s"
    # AP's bare apostrophe after an -s ("Voss’ campaign spokesman, Brent
    # Callow,"), and a capitalised role opening the sentence with its body
    # ("Spokesperson for the Ministry of Foreign Affairs, Rolliansyah
    # Soemirat,")
    r"|(?:[A-Z][\w\-.&]*\s){0,3}[A-Z][\w\-]*s[’'](?=\s)|[A-Z][a-z]+(?=\s(?:for|of)\s)"
    # a party's or a body's word before a capitalised role with its seat
    # ("Labour MP for Halesworth, Rachel Dunmore,")
    r"|[A-Z][a-z]+(?=\s[A-Z][A-Za-z]+\s(?:for|of)\s))"
    # an honorific's point inside ("a spokeswoman for Mr. Voss"), and a
    # dotted abbreviation's ("The G.O.P. nominee")
    r"\s(?:[^,.;:“”\"()]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\b[A-Z])\.(?=[A-Z]\.)"
    r"|(?<=\.[A-Z])\.){1,80}?),\s+\Z"
)


#: Capital letters of the Latin, Greek and Cyrillic scripts (``Çelik``,
#: ``Émond``, ``Øyvind``), for the character classes below: ``re`` has no
#: class for upper case beyond ASCII.
_UPPER = "".join(c for c in map(chr, range(0x530)) if c.isupper())
# the name before a defined term's parenthesis, with its tickers: "Northgate
# Bancorp, Inc. (NYSE: NGB) (", "Gulfmark Energy Partners, L.P. ("
_NAME_BEFORE_TERM = re.compile(
    rf"((?:[{_UPPER}][\w’'.\-&]*,?[ \u00a0]+){{0,5}}[{_UPPER}][\w’'.\-]*)"
    r"[ \u00a0]*(?:\([^()]{0,40}\)[ \u00a0]*){0,3}\Z"
)
#: A run of capitalised words, with the lower-case links names and
#: organisation names use inside them (``Association of Arena Operators``);
#: a dotted abbreviation (``U.S.``) is one word of it; a single line break
#: (a hard wrap: ``Corbin\nHale``) joins words as a space does.
_GAP = r"(?:[ \u00a0]+(?:\r?\n[ \u00a0]*)?|\r?\n[ \u00a0]*)"
#: Each word opens on its capital outside the alternation (``U.S.``, a word,
#: ``J.``: the forms in that order), so a search skips in C to a capital.
_CAPITAL_WORD = rf"[{_UPPER}](?:\.(?:[{_UPPER}]\.)+|[\w’'\-]*\.?|\.)"
_CAPITAL_RUN = re.compile(
    _CAPITAL_WORD
    # ("Ursel von der Lahn", "Anke van den Berg", "Luis de la Fuente": a
    # surname's two particles)
    + rf"(?:{_GAP}(?:(?:von{_GAP}der|van{_GAP}de[nr]?|de{_GAP}la|de{_GAP}los"
    + rf"|of|for|and|de|da|dos|das|van|von|der|al|bin|la|le|&){_GAP})?"
    # "Abdel Fattah al-Sisi": the lower-case Arabic article joined to a surname
    + rf"(?:[ae]l[\-‑])?{_CAPITAL_WORD})*"
)
_WORD_SPAN = re.compile(r"\S+")
# a lower-case role noun written before a name (``manager``, ``co-founder``)
_LOWER_ROLE = re.compile(r"[a-z][a-z\-]+")
# an acronym defined in parentheses after a name: "(CDC)"
_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
# the capitalised name before ``, who``
_RELATIVE_NAME = re.compile(rf"((?:[{_UPPER}][\w’'.\-]*[ \u00a0]+){{0,4}}[{_UPPER}][\w’'.\-]*)$")
# "Smith, a grower, who": the name before a role set off after it
# a body's name with its lower-case links ("Securities and Exchange Commission")
_RELATIVE_BODY_NAME = re.compile(
    rf"((?:[{_UPPER}][\w’'.\-]*[ \u00a0]+(?:(?:and|of|for|&)[ \u00a0]+)?){{1,5}}"
    rf"[{_UPPER}][\w’'.\-]*)$"
)
# a document filed with / compiled by a body named next ("the annual report
# filed with | the SEC"): the document's head
_DOCUMENT_BEFORE_NAME = re.compile(
    r"(?s:.*)\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){0,3}?([a-z]+)"
    r"[ \u00a0]+[a-z]+ed[ \u00a0]+(?:by|with|to)[ \u00a0]+(?:the[ \u00a0]+)?)\Z"
)
_NAME_THEN_ROLE_AT_END = re.compile(
    rf"((?:[{_UPPER}][\w’'.\-]*[ \u00a0]+){{0,4}}[{_UPPER}][\w’'.\-]*)"
    # (an age between: "Margaret Osei, 64, a retired nurse")
    r"(?:,[ \u00a0]+\d{1,3})?,\s+(?:[Aa]n?|[Tt]he)\s[^,;:“”\"()]{1,60}$"
)
# an indefinite article closing the text before a capitalised role ("a
# Republican", "an Australian")
_ROLE_ARTICLE_AT_END = re.compile(r"(?<![\w’'])[Aa]n?[ \u00a0]+\Z")
# a preposition of place closing the text before a name
_PLACE_LINK_AT_END = re.compile(r"(?<![\w’'])(?:from|in|of|at|near|outside)[ \u00a0]+\Z")
# any of the markers inside a phrase, in one search
# ", speaking on (the) condition of anonymity" / ", who spoke on ..." set
# off after the speaker
# (after the cue too: "delegates said, asking not to be identified")
_ANONYMITY_ASIDE = re.compile(
    r"(?:[ \u00a0]+(?:said|say|says|told[ \u00a0]+(?:Reuters|Bloomberg|AFP|reporters)))?"
    r",\s+(?:speaking|who\s+spoke|who\s+asked|asking|requesting)\s+"
    r"(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|not\s+to\s+be\s+(?:named|identified))"
)
_ANONYMITY = re.compile("|".join(map(re.escape, ANONYMITY_MARKERS)))
_CALENDAR = frozenset(
    """january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday""".split()
)
_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# a day's number after a month ("March 7", "Sept. 28")
_DAY_AFTER = re.compile(r"\.?[ \u00a0]+\d{1,2}\b")
_LINKS = frozenset(
    {
        "of",
        "for",
        "and",
        "de",
        "da",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "al",
        "bin",
        "la",
        "le",
        "&",
    }
)
# prepositions after which a capitalised name is a place or a body
# (``a nurse at Dunmore General``, ``moved to Dunmore Heights``)
# words before "from" that make the name after it someone heard: "heard
# from Sam Ortiz", "testimony from Detective Ana Ruiz"
_HEARD_FROM = frozenset({"heard", "hear", "hears", "testimony", "testified"})
_PLACE_PREPOSITIONS = frozenset(
    """at in into to from near outside inside across toward towards through
    around throughout within""".split()
)
# (an article capitalised as its sentence opens, "A Stratonet spokesperson",
# "The Stratonet app", is no first name before the company's name)
_NOT_FIRST_NAME = _LINKS | TITLE_WORDS | ROLE_HEADS | frozenset({"a", "an", "the", "another"})
# the particles of a surname (``von der Lahn``, ``van der Berg``) and
# Vietnamese ``Van`` between a family name and a given name
_SURNAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "dos", "das", "la", "le"})
# lower-case nouns after a capitalised name that make it a body's name
# ("her Green Dawn party", "the Open Roads campaign"), never a person's
_BODY_NOUNS_AFTER = frozenset(
    """party parties movement coalition alliance bloc front faction caucus
    union association foundation institute group council committee league
    federation network campaign government administration""".split()
)
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
# words that open a sentence before a name in the possessive ("Despite
# Rubio's", "Why Obama's"), never a first name
_OPENING_WORDS = frozenset(
    """despite under outside inside once why how what where unlike like
    besides beyond against without within among amid about through toward
    towards until upon across behind below above near over past per
    throughout unless whether whose even only just perhaps maybe""".split()
)
# words that end a body's name in a title-case line: a cue, an owner
_NOT_IN_A_BODY_NAME = CUE_FORMS | {"his", "her", "their", "its", "our", "my", "your"}
# the word sets the name index tests together, joined once
_NOT_NAME_OR_AUXILIARY = _NOT_NAME | AUXILIARIES | {"neither"}
_NOT_NAME_OR_HONORIFIC = _NOT_NAME | _HONORIFICS
_LINK_OR_NOT_NAME = _LINKS | _NOT_NAME
_ORGANIZATION_OR_PLACE = ORGANIZATION_WORDS | PLACE_WORDS
_NO_SURNAME = _NOT_NAME | MEDIA_NAMES | ORGANIZATION_WORDS | PLACE_WORDS
# a job noun set off after a name: the name's comma, an article and up to
# three modifiers before the noun ("Talia Brennock, a pop singer")
_ARTICLE_BEFORE_JOB = re.compile(
    r",[ \u00a0]+(?P<phrase>(?:[Aa]n?|[Tt]he)[ \u00a0]+(?:[\w’'\-]+[ \u00a0]+){0,3}?)\Z"
)
# a sentence opening on an -ing participle and its preposition, right before
# a run of capitalised words ("Speaking on | Loose Women, the presenter,")
_LEADING_PARTICIPLE = re.compile(
    r"(?:\A|[.!?\n\r][\"”’']?[ \u00a0]+|[\n\r])[A-Z][a-z]{2,}ing"
    r"[ \u00a0]+(?:on|to|at|in|with)[ \u00a0]+\Z"
)
# and what may follow the noun then: a point, or a word that ends the role
# ("a historian at ...", "a singer who ...")
_WORD_AFTER_JOB = re.compile(
    r"[ \u00a0]*[,.;:)—–]|[ \u00a0]*\Z|[ \u00a0]+(?:at|for|in|of|from|with|who|whose|and|on|since"
    r"|near|by|based)\b"
)
# up to two words before a job noun that is right before a name
_MODIFIERS_BEFORE = re.compile(r"(?<![\w’'\-])(?:[\w’'\-]+[ \u00a0]+){1,2}\Z")
# a job noun right before a name: one space
_GAP_BEFORE_NAME = re.compile(r"[ \u00a0]")
# the trade nouns that are common English surnames ("Ellen Baker", "Ruth
# Fisher"), none of them a body's, a place's or a title's word
_SURNAME_TRADES = frozenset(
    """baker butcher carpenter cook farmer fisher fowler gardener hunter mason
    miller porter potter shepherd shoemaker singer skinner slater smith
    spencer tanner taylor thatcher turner walker weaver webster""".split()
) - ORGANIZATION_WORDS - PLACE_WORDS - TITLE_WORDS
# words of a body's, a place's or a role's name, never of a person's
_NOT_PERSON_NAME_WORDS = (
    ORGANIZATION_WORDS
    | PLACE_WORDS
    | TITLE_WORDS
    | _COMMON_HEADS
    | _NOT_NAME
    | _HONORIFICS
    # ("The Tucson Sector of the Border Patrol": a service's unit)
    | frozenset({"sector", "front"})
)
# (the letter before the look-behind, so that a search skips to a letter in C)
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'\-][a-z])[a-z’'\-]*")
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+\Z")
# a surname and the point that ends its sentence (not "Jr.", "F.")
_NAME_WITH_POINT = re.compile(r"[A-Z][a-z’'\-]*[a-z]{2}\.")
# a person's post over a body, and a verb for running one: the name after
# them is the body's ("director of Save Young Lives", "who runs Bright
# Futures"), not a person's
_HEADS_A_BODY = frozenset(
    """director head founder co-founder president chairman chairwoman chair
    chief leader manager coordinator spokesman spokeswoman spokesperson
    executive dean principal rector secretary-general""".split()
)
_RUNS_A_BODY = frozenset("runs leads heads founded directs chairs".split())


# the capitalised title forms a role noun is written in before a name, as
# the name index keys them ("Sen" for "the senator", "Rep" for "the
# congresswoman")
_TITLE_FORMS: dict[str, list[str]] = {
    role: sorted(
        {form.rstrip(".").capitalize() for form, roles in TITLE_ROLE_NOUNS.items() if role in roles}
    )
    for role in frozenset().union(*TITLE_ROLE_NOUNS.values())
}


# the words ending a company's name that name its business (from
# ``ORGANIZATION_WORDS``): ``Corvanta Biosciences``, ``Kestrel Motors``; not a
# bank, a fund or a group (a trade of its own, or a body of any kind)
_COMPANY_NAME_WORDS = frozenset(
    """aerospace airlines airways analytics automotive bancorp biologics
    bioscience biosciences biotech biotherapeutics brands chemicals
    communications diagnostics digital dynamics electric energy enterprises
    entertainment financial foods healthcare holdings industries innovations
    insurance interactive investments laboratories labs logistics media
    metals minerals mining motors networks partners pharma pharmaceuticals
    properties realty resources robotics securities semiconductor
    semiconductors shipping software solutions studios systems technologies
    telecom therapeutics utilities ventures capital""".split()
) | (INDUSTRY_NAME_WORDS - CORPORATE_SUFFIXES)


def _research_body(name: str) -> bool:
    """A public body's or a research centre's name (``National Snow and Ice
    Data Center``, ``Pew Research Center``, ``the Met Office``): one that
    ``reported`` findings is no outlet, unless it names itself one (``Tasnim
    News Agency``, ``Press Association``). A place after ``in`` closing the
    name (``National Snow and Ice Data Center in Boulder``) is no part of
    what the body is."""
    words = name.split()
    if "in" in words[2:-1]:
        at = len(words) - 1 - words[::-1].index("in")
        if all(w[:1].isupper() for w in words[at + 1 :]):
            words = words[:at]
    words = [w.lower() for w in words]
    return (
        len(words) >= 2
        and (
            _public_word(words[-1])
            # "National Association of Realtors", "Bureau of Labor
            # Statistics": a body's word before "of" heads the name
            or any(_public_word(w) and n == "of" for w, n in itertools.pairwise(words))
        )
        and not any(w in {"news", "press", "media", "broadcasting"} for w in words)
    )


def _company_name(name: str) -> bool:
    """A name ending on a company's suffix or on a trade no news outlet
    carries (``Veltrona Therapeutics, Inc.``, ``Garvey Materials``): a
    company that ``reported that ...`` is no outlet."""
    words = name.split()
    last = words[-1].lower().strip(",.") if len(words) >= 2 else ""
    return (
        last in CORPORATE_SUFFIXES
        or last.rstrip(".") + "." in CORPORATE_SUFFIXES
        or (last in _COMPANY_NAME_WORDS and last not in _OUTLET_TRADES)
    )


# trades a news outlet's name may end on ("Tarvik Media", "Orrin Communications")
_OUTLET_TRADES = frozenset(
    "media networks communications entertainment studios interactive digital".split()
)


# a funding round's agent before a name: "a round led by", "backed by"
_BACKER_BEFORE = re.compile(r"\b(?:co-)?(?:led|backed|funded)[ \u00a0]+by[ \u00a0]+\Z")


def _public_word(word: str) -> bool:
    """A word of a public body's, a school's or a charity's name, not a
    company's (``Department``, ``University``, ``Foundation``)."""
    return word.lower().rstrip(",.’'") in _PUBLIC_NAME_WORDS


_PUBLIC_NAME_WORDS = frozenset(
    """administration agency army assembly association authority board bureau
    cabinet campaign center centers centre centres chamber church club
    coalition college command commission committee congress consulate council
    court department directorate division embassy federation fire force forces
    forum foundation government hospital house inspectorate institute
    institutes institution kremlin league ministry mission navy observatory
    office organisation organization parliament party pentagon police reserve
    school secretariat senate service society team treasury tribunal union
    unit university watch alliance cooperative cooperativa exchange""".split()
)


def _company_parts(
    run: list[tuple[str, int, int]],
) -> list[tuple[list[tuple[str, int, int]], bool]]:
    """A run of capitalised words cut into the names it writes, each with
    whether it is the unit of an owner named before it: after each
    possessive (``UAL Inc's | United Airlines``), and at each ``and`` when
    every side is a company's name (``Velquist Therapeutics and Orlan
    Pharmaceuticals``; not ``American Telephone and Telegraph Co``)."""
    owned: list[tuple[list[tuple[str, int, int]], bool]] = [([], False)]
    for word in run:
        owned[-1][0].append(word)
        if _possessive(word[0].rstrip(",")):
            owned.append(([], True))
    parts: list[tuple[list[tuple[str, int, int]], bool]] = []
    for words, unit in owned:
        if not words:
            continue
        sides: list[list[tuple[str, int, int]]] = [[]]
        for word in words:
            if word[0] == "and":
                sides.append([])
            else:
                sides[-1].append(word)
        if len(sides) > 1 and all(_company_end(side) is not None for side in sides):
            parts += [(side, unit) for side in sides]
        else:
            parts.append((words, unit))
    return parts


def _company_end(words: list[tuple[str, int, int]]) -> int | None:
    """Where a company's name ends in ``words`` (two or more, after any
    opening ``The``): after a corporate suffix (``Orvel Inc.``) or a word
    of a company's business (``Corvanta Biosciences``), a possessive's
    ``'s`` left out; None for other names."""
    if len(words) < 2:
        return None
    last = words[-1][0].rstrip(",")
    if _possessive(last):
        last = _without_possessive(last)  # "Orvel Inc.'s"
    if last.lower() not in CORPORATE_SUFFIXES:
        last = last.rstrip(".")  # "Orvel Inc." keeps its point
        if last.lower() not in _COMPANY_NAME_WORDS:
            return None
    return words[-1][1] + len(last)


# no position opens a fuller organisation name (a run with no organisation word)
_NO_POSITIONS: frozenset[int] = frozenset()


def _sentence_runs(words: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """A run of capitalised words cut after a word whose point ends a
    sentence (``on Monday. | Zentrix said``, ``in Berlin. | Zentrix``): a
    word of four letters or more in lower case after its capital, no title's,
    suffix's or state's abbreviation (``Gov.``, ``Corp.``, ``Calif.``)."""
    if not any(w[0].endswith(".") for w in words[:-1]):
        return [words]  # most runs: no point inside, nothing to cut
    runs = [[words[0]]]
    for previous, word in itertools.pairwise(words):
        low = previous[0].lower()
        if (
            low.endswith(".")
            and len(low) >= 5
            and low[:-1].isalpha()
            and previous[0][1:-1].islower()
            and previous[0] not in REGION_ABBREVIATIONS
            and low not in TITLE_WORDS
            and low not in CORPORATE_SUFFIXES
            and low not in _HONORIFICS
        ):
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


@functools.lru_cache(maxsize=1024)
def _job_noun_pattern(noun: str) -> re.Pattern[str]:
    """The job noun as a word, in lower case or capitalised; compiled once
    per noun (``re``'s own cache is too small for the parser's patterns)."""
    # the noun's two forms first (a search skips to their first letters in
    # C), then the look-behind for a word character before them, past the
    # noun: ``(?<![\w’'\-])`` first was tried at every character of the story
    return re.compile(
        rf"(?:{noun}|{noun.capitalize()})(?<![\w’'\-][\s\S]{{{len(noun)}}})(?![\w’'\-])"
    )


# a web name written whole ("Carvendo.com"): its stem is the company's short form
_WEB_NAME = re.compile(r"(?<![\w.\-])([A-Za-z][\w\-]*)\.(?:com|org|net|io)\b")


# the capitalised words of a title before "in Charge" ("FBI Special Agent in ")
_IN_CHARGE_BEFORE = re.compile(
    r"(?<![\w.])((?:[A-Z][\w.]*[ \u00a0]){0,3}(?:Agent|Officer))[ \u00a0]in[ \u00a0]$"
)


@attrs.define
class _NameIndex:
    """Every run of capitalised words in the article, indexed by word: built
    once per parse, on the first look-up, so that name look-ups never rescan
    the text (and an article without speakers never pays for it)."""

    text: str
    runs: list[list[tuple[str, int, int]]] = attrs.field(factory=list)
    by_word: dict[str, list[tuple[int, int]]] = attrs.field(factory=dict)
    org_by_word: dict[str, list[tuple[int, int]]] = attrs.field(factory=dict)
    starts: list[int] = attrs.field(factory=list)
    # the names that end a run in the possessive, by their last word without
    # the ``'s``: ``Pettigrew`` for ``Harold Pettigrew's``
    owners: dict[str, list[tuple[int, int]]] = attrs.field(factory=dict)
    built: bool = False
    # answers already given: each distinct name is looked up once per article
    memo: dict[tuple[str, ...], Any] = attrs.field(factory=dict)
    # the headlines' spans: their title-case words name no one a pronoun takes
    headlines: list[Span] = attrs.field(factory=list)
    # the words written with capitals inside, by their lower case
    # (``pellerin-ward``: ``Pellerin-Ward``), made on the first need
    lower_forms: dict[str, str] = attrs.field(factory=dict)

    # the listeners and contents of the indirect reports, in order, each
    # with its speaker's start
    reports: list[tuple[int, int, int]] = attrs.field(factory=list)

    def set_reports(self, reports: Iterable[tuple[Span, int]]) -> None:
        """Keep the report spans and their speakers' starts."""
        self.reports = sorted((span.start, span.end, speaker) for span, speaker in reports)

    def report_speakers(self, pos: int) -> list[int]:
        """The starts of the speakers of the indirect reports whose
        listener or content holds ``pos`` (reports nest a few deep)."""
        i = bisect.bisect_right(self.reports, (pos, len(self.text) + 1, 0))
        return [r[2] for r in self.reports[max(0, i - 8) : i] if r[0] <= pos < r[1]]

    def in_report(self, pos: int) -> bool:
        """Whether ``pos`` lies in an indirect report's listener or content."""
        return bool(self.report_speakers(pos))

    def subject_before(
        self, named: Span, surnames: frozenset[str] = frozenset()
    ) -> tuple[str, Span] | None:
        """The name opening the sentence that ``named`` (a later name) is
        written in, outside any report: ``Ms. Harlan`` for ``Tom Bixby`` in
        ``Ms. Harlan met with Gov. Tom Bixby.``; None when there is none."""
        subject = self.name_before(named.start, surnames)
        if subject is None or self.in_report(subject[1].start):
            return None
        between = self.text[subject[1].end : named.start]
        if "\n" in between or "\r" in between or _SUBJECT_BREAK.search(between):
            return None
        opened = self.text[max(0, subject[1].start - 40) : subject[1].start].rstrip(" \u00a0")
        if opened and opened[-1] not in ".!?\n\r":
            return None
        return subject

    def in_headline(self, pos: int) -> bool:
        """Whether ``pos`` lies in a headline (``Drug Helps Heart
        Patients``)."""
        return any(h.start <= pos < h.end for h in self.headlines)

    def _build(self) -> None:
        if self.built:
            return
        self.built = True
        text = self.text
        runs, starts, by_word = self.runs, self.starts, self.by_word
        # bound once: the loop below runs for every capitalised word
        add_run, add_start = runs.append, starts.append
        for m in _CAPITAL_RUN.finditer(text):
            run_text = m.group()
            start = m.start()
            if " " not in run_text and "\u00a0" not in run_text and "\n" not in run_text:
                # most runs are one word (no space can be inside one); a
                # word with no word after it starts no fuller organisation
                # name, so only its own entry is made
                key = run_text.rstrip(".,")
                found = by_word.get(key)
                if found is None:
                    by_word[key] = [(len(runs), 0)]
                else:
                    found.append((len(runs), 0))
                add_run([(run_text, start, start + len(run_text))])
                add_start(start)
                continue
            end = start + len(run_text)
            split = run_text.split()  # ``\S+`` runs: ``str.split`` splits on ``\s``
            if len(run_text) == sum(map(len, split)) + len(split) - 1:
                # one whitespace character between words (most runs): the
                # offsets add up, with no match object per word
                spans = []
                at = start
                for w in split:
                    spans.append((w, at, at + len(w)))
                    at += len(w) + 1
            else:
                spans = [
                    (w.group(), w.start(), w.end()) for w in _WORD_SPAN.finditer(text, start, end)
                ]
            if (
                spans[0][0].lower() in _AP_STATES
                and len(spans) > 1
                and text[max(0, start - 2) : start] == ", "
            ):
                # "near Mayfield, Ky. Tillman said": the state closes the
                # place (and its point the sentence); no name opens on it
                self._add_run(spans[:1])
                spans = spans[1:]
            # (no point in the run: no word ends a sentence, one run; a
            # brand's plural, below, needs a second capital in its word)
            for words in _sentence_runs(spans) if "." in run_text else (spans,):
                cut = None
                for i in range(1, len(words)):
                    w = words[i][0]
                    if w[1:2].isupper() and _PRODUCT_PLURAL.fullmatch(w):
                        cut = i
                        break
                if cut is not None:
                    # "some Kestrel SUVs", "Harlow EVs": a brand before its
                    # products in capitals and a plural "s" is no person's
                    # first name and surname; the brand stands alone
                    self._add_run(words[:cut])
                    self._add_run(words[cut:])
                    continue
                self._add_run(words)

    def _add_run(self, words: list[tuple[str, int, int]]) -> None:
        """Index one run of capitalised words."""
        entry = self.by_word.setdefault
        by_word = self.by_word
        run_id = len(self.runs)
        self.runs.append(words)
        self.starts.append(words[0][1])
        org_at = [
            i
            for i, (w, _, _) in enumerate(words)
            # ("Arkwell Pharma's weight-loss drug": the possessive's name too;
            # only a word with an apostrophe can be one)
            if (_unowned(w) if "'" in w or "’" in w else w).lower().strip(".,")
            in _FULLER_NAME_WORDS
        ]
        last = len(words) - 1
        if not org_at and not last:
            # a one-word run with no organisation word: its own entry only
            entry(words[0][0].rstrip(".,"), []).append((run_id, 0))
            return
        # the positions with an organisation word close after (at most
        # seven words on): the starts of a fuller name
        org_starts = {p for o in org_at for p in range(o - 7, o)} if org_at else _NO_POSITIONS
        for position, (word, _, _) in enumerate(words):
            key = word.rstrip(".,")
            # (a look-up before an insertion: most keys are there already,
            # and ``setdefault`` builds an empty list for every call)
            found = by_word.get(key)
            if found is None:
                by_word[key] = [(run_id, position)]
            else:
                found.append((run_id, position))
            if position and key[:2] in _ARTICLE_OPENINGS and key[2:3] in "-‑" and len(key) > 3:
                # "Abdel Fattah al-Sisi" ... "Sisi said": wire style drops the
                # Arabic article on second reference; the surname is indexed
                # without it as well
                entry(key[3:], []).append((run_id, position))
            if (
                last
                and position
                and key[-1] == "s"
                and _possessive(key)
                # not "Eli Lilly's Alzheimer's drug": a possessive before
                # another names what is owned, no body's name
                and (position == last or not _possessive(words[position + 1][0].rstrip(".,")))
            ):
                # "Harold Pettigrew's workshop": a name in the possessive
                # (not "GM's Cadillac unit", a name after an owner's), also
                # before a body's name ("Markus Feldmann's Social Democrats")
                self.owners.setdefault(key[:-2], []).append((run_id, position))
            if position in org_starts:
                self.org_by_word.setdefault(key, []).append((run_id, position))

    def in_longer_name(self, word: str) -> bool:
        """Whether ``word`` is written somewhere as part of a longer
        capitalised name (``Huang`` in ``Huang Lixia``, ``Ortiz`` in ``Lena
        Ortiz``)."""
        key = ("longer", word)
        if key not in self.memo:
            self._build()
            self.memo[key] = any(
                len(self.runs[run_id]) > 1 for run_id, _ in self.by_word.get(word, ())
            )
        found: bool = self.memo[key]
        return found

    def after_a_first_name(self, word: str) -> bool:
        """Whether ``word`` is written somewhere after a capitalised word that
        is no possessive (``Ortiz`` in ``Lena Ortiz``; not ``Toyota`` in
        ``Japan's Toyota``)."""
        key = ("first", word)
        if key not in self.memo:
            self._build()
            self.memo[key] = any(
                position > 0
                and not _possessive(self.runs[run_id][position - 1][0])
                and self.runs[run_id][position - 1][0].lower() not in _NOT_FIRST_NAME
                for run_id, position in self.by_word.get(word, ())
            )
        found: bool = self.memo[key]
        return found

    def in_person_name(self, word: str) -> bool:
        """Whether ``word`` is written somewhere with a name word after or
        before it (``Ortiz`` in ``Lena Ortiz``, ``Huang`` in ``Huang
        Lixia``); not before a title (``Quarrix Chief Executive ...``) nor
        after an owner or a link (``Japan's Toyota``, ``Shares of
        Brightloop``)."""
        key = ("person", word)
        if key not in self.memo:
            self._build()
            found_any = False
            for run_id, position in self.by_word.get(word, ()):
                run = self.runs[run_id]
                if position > 0:
                    before = run[position - 1][0]
                    if not _possessive(before) and self._after_first_name(run, position):
                        found_any = True
                        break
                if position + 1 < len(run):
                    after = run[position + 1][0].lower().strip(".,")
                    if (
                        after not in TITLE_WORDS
                        and after not in ROLE_HEADS
                        and after not in _LINKS
                        # "Ford F-150 sales", "Toyota RAV4": a model's number
                        # after a maker is no surname
                        and not any(c.isdigit() for c in after)
                        # "in Beijing, China March 7, 2024": Reuters' caption
                        # date after the place, no surname
                        and not (
                            (after in _CALENDAR or after in _MONTH_SHORT)
                            and _DAY_AFTER.match(self.text, run[position + 1][2]) is not None
                        )
                    ):
                        found_any = True
                        break
            self.memo[key] = found_any
        found: bool = self.memo[key]
        return found

    def surname_after(self, given: tuple[str, ...]) -> str | None:
        """The one word that closes a run right after the words ``given``
        (``Hamidi`` after ``Ahmad Zahid`` in ``Deputy Prime Minister Ahmad
        Zahid Hamidi said``): the rest of a Malay (patronymic) name that
        later copy shortens to its given names; None when there is none or
        several, or the word is a body's, a suffix or ends a sentence."""
        key = ("surname after", *given)
        if key not in self.memo:
            self._build()
            found: set[str] = set()
            size = len(given)
            for run_id, position in self.by_word.get(given[0], ()):
                run = self.runs[run_id]
                if (
                    position + size + 1 != len(run)
                    or tuple(w for w, _, _ in run[position : position + size]) != given
                ):
                    continue
                word = run[-1][0]
                low = word.lower().strip(".,")
                if (
                    _name_word(word)
                    and not _ends_sentence(word)
                    and low not in ORGANIZATION_WORDS
                    and low not in _SUFFIXES
                    and low not in _NOT_NAME_OR_AUXILIARY
                ):
                    found.add(word)
            self.memo[key] = found.pop() if len(found) == 1 else None
        surname: str | None = self.memo[key]
        return surname

    @staticmethod
    def _after_first_name(run: list[tuple[str, int, int]], position: int) -> bool:
        """Whether the word at ``position`` of ``run`` follows a first name
        (``Lena | Ortiz``), or a middle name or particle after one
        (``Nguyen Van | Trong``)."""
        before = run[position - 1][0].lower()
        if before not in _NOT_FIRST_NAME:
            return True
        return (
            before in _SURNAME_PARTICLES
            and position >= 2
            and run[position - 2][0][:1].isupper()
            and run[position - 2][0].lower() not in _NOT_FIRST_NAME
        )

    def after_a_name_word(self, word: str) -> bool:
        """Whether ``word`` is written somewhere right after a first name
        (``Ortiz`` in ``Lena Ortiz``; not in ``Ortiz and Voss``, ``Deputy
        Industry``)."""
        key = ("after", word)
        if key not in self.memo:
            self._build()
            self.memo[key] = any(
                position > 0 and self._after_first_name(self.runs[run_id], position)
                for run_id, position in self.by_word.get(word, ())
            )
        found: bool = self.memo[key]
        return found

    def fullest_name(self, surname: str) -> tuple[str, Span, str | None] | None:
        """The longest ``First Surname`` written in the text, the span of that
        mention (title included) and the title written before the name."""
        key = ("fullest", surname)
        if key not in self.memo:
            self.memo[key] = self._fullest_name(surname)
        found: tuple[str, Span, str | None] | None = self.memo[key]
        return found

    def owner_name(self, surname: str) -> bool:
        """Whether the story writes ``surname`` in full only in the
        possessive (``Harold Pettigrew's workshop``): a person's name, not
        a body's, though no fuller name is written otherwise."""
        key = ("owner", surname)
        if key not in self.memo:
            self._build()
            # only a name written in the possessive can be one; most
            # surnames never are, and then neither full look-up is run
            self.memo[key] = (
                surname.capitalize() in self.owners
                and self._fullest_name(surname, owners=False) is None
                and self.fullest_name(surname) is not None
            )
        found: bool = self.memo[key]
        return found

    def _written_form(self, surname: str) -> str:
        """``surname`` as the text writes it: capitalised, or with the
        capitals inside it (``Pellerin-Ward``, ``McTavish``, ``O'Brien``)."""
        self._build()
        form = surname.capitalize()
        if form in self.by_word or form in self.owners:
            return form
        if not self.lower_forms:
            for written in (*self.by_word, *self.owners):
                self.lower_forms.setdefault(written.lower(), written)
        return self.lower_forms.get(surname.lower(), form)

    def _portfolio_list_before(self, run_id: int) -> bool:
        """``Minister for Housing, | Local Government and Heritage Ana
        Ruiz``: the run opens after a comma that closes a run holding a
        title's complement, so it goes on listing the portfolios (Irish and
        Indian copy name a ministry by all its portfolios)."""
        # ("Minister for Children, Equality, Disability, | Integration and
        # Youth Ana Ruiz": back over up to five listed portfolios)
        for back in range(run_id - 1, max(-1, run_id - 6), -1):
            prev, run = self.runs[back], self.runs[back + 1]
            end = prev[-1][2]
            if not prev[-1][0].endswith(",") and self.text[end : end + 1] != ",":
                return False
            if not 0 < run[0][1] - end <= 2:
                return False
            if _complement_link([w.rstrip(",") for w, _, _ in prev]) is not None:
                return True
        return False

    def _fullest_name(
        self, surname: str, owners: bool = True
    ) -> tuple[str, Span, str | None] | None:
        self._build()
        best: tuple[str, Span, str | None] | None = None
        # a name written only in the possessive (``Harold Pettigrew's
        # workshop``) counts when the story never writes it otherwise
        possessive: tuple[str, Span, str | None] | None = None
        form = self._written_form(surname)
        written = [(r, p, False) for r, p in self.by_word.get(form, ())]
        if owners:
            written += [(r, p, True) for r, p in self.owners.get(form, ())]
        for run_id, position, owner in written:
            run = self.runs[run_id]
            first = position
            particles = 0  # (a surname's particles do not count to the five words)
            while first > 0 and position - first < 5 + particles:
                word = run[first - 1][0]
                if (
                    word == "of"
                    and first >= 2
                    and run[first - 2][0].lower() in ORGANIZATION_WORDS
                    and run[first - 2][0][:1].isupper()
                ):
                    # "Bank of | Japan Governor Kenji Akiyama": a body's name
                    # with "of" opens the title
                    first -= 2
                    continue
                if (
                    word == "of"
                    and first >= 2
                    and run[first - 2][0][:1].isupper()
                    and run[first - 2][0].lower() in TITLE_WORDS
                ):
                    # "Arizona Secretary of | State Renata Castellanos",
                    # "Minister of | Finance Ana Ruiz": the office with its
                    # complement opens the title ("of" counts to no five words)
                    first -= 2
                    particles += 1
                    continue
                if word.lower() in _SURNAME_PARTICLES and first == 1 and word[:1].isupper():
                    first -= 1  # "Von der Lahn": the surname's particles open it
                    particles += 1
                    continue
                if (
                    word.lower() in _SURNAME_PARTICLES
                    and first >= 2
                    and (
                        run[first - 2][0].lower() in _SURNAME_PARTICLES
                        or (
                            run[first - 2][0][:1].isupper()
                            and run[first - 2][0].isalpha()
                            and run[first - 2][0].lower() not in _NOT_FIRST_NAME
                        )
                    )
                ):
                    # "Ursel von der | Lahn", "Nguyen Van | Trong": a
                    # surname's particle or a middle name after a given name
                    first -= 1
                    particles += 1
                    continue
                if word.lower() in _LINKS or _ends_sentence(word) or word.lower() in NEWS_VERBS:
                    # "of Commerce | Sheng", "Wednesday. | Garnier", "Marr. | Marr",
                    # "- Appointed | Dorian Valeck as ..."
                    break
                if word.lower() in _HEADLINE_VERBS and self.in_headline(run[first - 1][1]):
                    break  # "Harwell Rips | Ortiz Over ...": a title-case headline's verb
                first -= 1
            if first == position:
                continue  # the surname alone ("Ruiz said"): no fuller name
            if (
                position + 1 < len(run)
                and run[position + 1][0].lower().strip(".,") in ORGANIZATION_WORDS
            ):
                continue  # "Kessel Ridge Capital": a body's name, no person's
            before = run[first - 1][0] if first > 0 else ""
            if (
                first == 0
                and run[0][0] == "Charge"
                and self.text[max(0, run[0][1] - 3) : run[0][1]] == "in "
            ):
                # "Special Agent in | Charge Dee Lamar": the run opens on the
                # end of the FBI's title, no given name
                before = "in"
            at_word = run[position][0].rstrip(".,")
            # "al-Sisi" found by "Sisi": the surname as written, article and all
            written_as = form
            if at_word[3:] == form and at_word[:2] in _ARTICLE_OPENINGS:
                written_as = at_word
            tokens = [w for w, _, _ in run[first:position]] + [written_as]
            # "Minister for Ports and | Shipping Harish Rao", "Ambassador to
            # | Japan Tomas Errazu": a title's complement opened before
            opened = (
                _complement_link([w for w, _, _ in run[:first]]) is not None
                or bool(_link_before(self.text, run[0][1]))
                or self._portfolio_list_before(run_id)
            )
            title, name = _split_name(tokens, before, opened=opened)
            if (
                not title
                and len(name) >= 2
                and (name[0].lower() in _MONONYM_TRADES or _hyphenated_trade(name[0].lower()))
            ):
                title = [name.pop(0)]  # "Singer Solenne": the trade, then the name
            while title and title[0].lower() in _NOT_NAME:
                title.pop(0)
            while len(name) > 2 and (
                name[0].lower() in _NOT_NAME_OR_AUXILIARY
                # "Palestinian Mahmoud Ali": a nationality, a description
                or (not title and name[0].lower() in _DEMONYMS)
            ):
                name.pop(0)  # "Does Bernie Sanders ...?", "Neither John Kasich nor"
            if len(name) < 2:
                continue
            if any(
                w.lower().strip(".,") in ORGANIZATION_WORDS
                # "Detroit-based Harlow": a body placed where it is based
                or w.lower().endswith(("-based", "-listed", "-headquartered"))
                for w in name[:-1]
            ):
                continue  # "... Mitigation Agency Suharyanto": a body's name, then a mononym
            start = run[position + 1 - len(name) - len(title)][1]
            title_clean = [
                w
                for i, w in enumerate(title)
                # ("Bank of Japan Governor": the body's "of" stays)
                if w.lower() not in _NOT_NAME_OR_HONORIFIC or (w == "of" and 0 < i < len(title) - 1)
            ]
            if title_clean and _AGE.fullmatch(title_clean[0]):
                title_clean = title_clean[1:]  # "54-year-old Maria Lopez": no title
            if title_clean and (
                title_clean[-1].lower() in _DESCRIPTION_OR_LABEL
                or _COUNTED_KIN.fullmatch(title_clean[-1].lower())
            ):
                title_clean = []  # "Witness Rosa Alvarez": a description is no title
            if title_clean and _possessive(title_clean[-1]):
                title_clean[-1] = _without_possessive(title_clean[-1])  # "CNN's | Jake Tapper"
            if owner and not self._owner_words(name):
                continue
            if title_clean and first == 0 and start == run[0][1]:
                level = _LEVEL_BEFORE.search(self.text, max(0, start - 14), start)
                if level is not None:
                    # "by former President Ned Callister", "state Sen. Kyle
                    # Brannock": the lower-case word before the capitalised
                    # title is part of it, as it is before a speaker
                    title_clean.insert(0, level.group(1))
                    start = level.start(1)
            if before == "in" and title_clean == ["Charge"]:
                held = _IN_CHARGE_BEFORE.search(self.text, max(0, start - 60), start)
                if held is not None:
                    # "flanked by FBI Special Agent in Charge Dee Lamar": the
                    # title is written whole
                    title_clean = [*held.group(1).split(), "in", "Charge"]
            if (
                title_clean
                and len(title_clean) == len(title)
                and start == run[first][1]
                and _link_before(self.text, start)
            ):
                # "met Secretary of | State Helen Rowe": the name opens on the
                # title's complement; the title is written whole
                title_clean = [*_opened_title_before(self.text, start).split(), *title_clean]
            if not title and position + 1 == len(name):
                # "Castleford manager Ian Moy was furious": the run stops at
                # the lower-case role before it, which titles the name too
                title_clean = _role_written_before(self.text, start)
            elif (
                title_clean
                and start == run[0][1]
                and all(w.lower() in _MALAY_HONOURS for w in title_clean)
            ):
                # "MACC deputy chief commissioner Datuk Seri Azmi Kamaruddin":
                # honours are no title (as before a speaker); the role before
                # them is
                title_clean = _role_written_before(self.text, start) or title_clean
            full = " ".join(name)
            suffix = run[position + 1][0] if position + 1 < len(run) else ""
            second = _second_surname(suffix) if position + 2 == len(run) and not owner else ""
            if second:
                # "Prime Minister Pedro Sánchez Pérez ... Sánchez said": the
                # Spanish and Portuguese second (mother's) surname, dropped on
                # later references, is the full name's (the run's last word)
                full += " " + second
            if suffix.lower().rstrip(",") in _SUFFIXES:
                # "Mayor Jeffrey Mims Jr.": the suffix is the name's
                full += " " + suffix.rstrip(",")
            found = possessive if owner else best
            if found is None or len(full) > len(found[0]):
                # without a sentence's point
                end = run[position][1] + len(surname) + len(written_as) - len(form)
                if second:
                    end = run[position + 1][1] + len(second)
                if suffix.lower().rstrip(",") in _SUFFIXES:
                    end = run[position + 1][1] + len(suffix.rstrip(","))
                if not title_clean and not owner:
                    # "Helena Ruiz, the state epidemiologist, visited ...":
                    # the role set off after the full name titles it too
                    # ("report to Kestrel's Chief Investment Officer, David
                    # Lowe": else the role set off before it)
                    role = _role_before(self.text, start) or ""
                    if role.split()[-1:] and role.split()[-1].lower() in _KIN_APPOSITIVE:
                        role = ""  # "to her husband, Ken Amano": kin is no title
                    title_clean = (_appositive_title(self.text, end) or role).split()
                found = (full, Span(start, end), " ".join(title_clean) or None)
                if owner:
                    possessive = found
                else:
                    best = found
        return best or possessive

    def family_name_first(self, word: str) -> tuple[str, Span, str | None] | None:
        """``Xi`` after ``Chinese President Xi Jinping``, ``Prabowo`` after
        ``President Prabowo Subianto``: the titled two-word name written
        before whose first word is ``word`` (a family name written first, or
        a given name a person goes by), as ``fullest_name`` gives it."""
        key = ("family first", word)
        if key not in self.memo:
            self._build()
            found: tuple[str, Span, str | None] | None = None
            untitled: dict[str, tuple[str, Span, str | None]] = {}
            for run_id, position in self.by_word.get(word, ()):
                run = self.runs[run_id]
                if position + 2 != len(run):
                    continue  # the word and one more ending the run
                last = run[-1][0].rstrip(".,")
                if not last[:1].isupper() or not last.replace("-", "").isalpha():
                    continue
                full = self._fullest_name(last.lower())
                if full is not None and full[2] and full[0].split()[0] == word:
                    found = full
                    break
                if full is not None and full[0].split() == [word, last]:
                    untitled.setdefault(full[0], full)
            if found is None and len(untitled) == 1:
                # "Rowe met Wang Jun on Friday. Wang said": the one two-word
                # name written before that opens on the word, untitled
                found = next(iter(untitled.values()))
            self.memo[key] = found
        written: tuple[str, Span, str | None] | None = self.memo[key]
        return written

    def _lower_words(self) -> frozenset[str]:
        """Every word the story writes in lower case; read on first use."""
        if ("lower",) not in self.memo:
            self.memo[("lower",)] = frozenset(_LOWER_WORD.findall(self.text))
        lower: frozenset[str] = self.memo[("lower",)]
        return lower

    def _owner_words(self, name: list[str]) -> bool:
        """Whether ``name``, written in the possessive, is a person's: two to
        four words, none a body's, a place's or a title's, none ending a
        sentence, the first no word of a sentence's opening (``Despite
        Rubio's``, ``Under Manila's``: a word the story also writes in
        lower case)."""
        words = [w.rstrip(".,") for w in name[:-1]] + [name[-1]]
        return (
            2 <= len(name) <= 4
            and name[0].lower() not in _OPENING_WORDS
            and name[0].lower() not in self._lower_words()
            and not any(w.lower() in _NOT_PERSON_NAME_WORDS or w.lower() in _LINKS for w in words)
            and not any(w.endswith(".") and len(w) > 2 for w in name[:-1])
        )

    def fuller_organization(self, tokens: list[str]) -> tuple[str, Span] | None:
        """``Harbor Point`` after ``Harbor Point Partners``: the mention starts
        a fuller organisation name written elsewhere in the text."""
        if not 1 <= len(tokens) <= 4:
            return None
        key = ("fuller", *tokens)
        if key not in self.memo:
            self.memo[key] = self._fuller_organization(tokens)
        found: tuple[str, Span] | None = self.memo[key]
        return found

    def _fuller_organization(self, tokens: list[str]) -> tuple[str, Span] | None:
        self._build()
        for run_id, position in self.org_by_word.get(tokens[0], ())[:_MAX_FULLER_CANDIDATES]:
            spans = self.runs[run_id]
            run = [w for w, _, _ in spans]
            if run[position : position + len(tokens)] != tokens:
                continue
            if any(
                w.lower() not in _NOT_NAME
                and not w.lower().endswith(_LOCATING_MODIFIERS)  # "Osaka-based"
                and not _possessive(w)  # "Japan's"
                for w in run[:position]
            ):
                continue  # "Ridge" in "Kessel Ridge Capital": no "Ridge Capital"
            tail = run[position + len(tokens) : position + len(tokens) + 3]
            # a headline in title case: "Voss Says His Health Plan ...": a
            # cue or an owner ends the name
            cut = next(
                (i for i, w in enumerate(tail) if w.lower() in _NOT_IN_A_BODY_NAME),
                len(tail),
            )
            tail = tail[:cut]
            for k in range(len(tail), 0, -1):
                if _unowned(tail[k - 1]).lower().strip(".,") in _FULLER_NAME_WORDS:
                    last = spans[position + len(tokens) + k - 1]
                    words = [*tokens, *tail[:k]]
                    end = last[2]
                    if _possessive(words[-1]):
                        owned = _without_possessive(words[-1])
                        end -= len(words[-1]) - len(owned)
                        words[-1] = owned  # "Arkwell Pharma's": the name, without the mark
                    if words[-1].endswith(".") and words[-1].lower() not in CORPORATE_SUFFIXES:
                        # "a drug made by Arkwell Therapeutics.": the
                        # sentence's point is no part of the name
                        words[-1] = words[-1][:-1]
                        end -= 1
                    return " ".join(words), Span(spans[position][1], end)
        if len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0].isalpha():
            # "Edmunds said" after "according to Edmunds.com": the web name
            # without its domain is the same company's short form
            if ("web",) not in self.memo:
                webs: dict[str, tuple[str, Span]] = {}
                for web in _WEB_NAME.finditer(self.text):
                    webs.setdefault(web.group(1), (web.group(), Span(web.start(), web.end())))
                self.memo[("web",)] = webs
            known: dict[str, tuple[str, Span]] = self.memo[("web",)]
            return known.get(tokens[0])
        return None

    def incorporated_before(self, pos: int) -> tuple[str, Span] | None:
        """The one incorporated name (``Acme Inc.``, ``Harbour Lines Ltd``)
        written before ``pos``, at its first mention; None when there are
        none or several."""
        if ("incorporated",) not in self.memo:
            self._build()
            found: list[tuple[str, Span]] = []
            previous: list[tuple[str, int, int]] = []
            for run in self.runs:
                words = run
                while words and (
                    words[0][0].lower() in _NOT_NAME
                    or words[0][0].lower().endswith(_LOCATING_MODIFIERS)  # "Cupertino-based"
                ):
                    words = words[1:]
                words = _after_partitive(words)  # "Shares of | Orvel Inc."
                of = next((i for i, w in enumerate(words) if w[0] in ("of", "at")), 0)
                if of and all(
                    w[0].lower().strip(".,") in TITLE_WORDS or w[0].lower() in ROLE_HEADS
                    for w in words[:of]
                ):
                    words = words[of + 1 :]  # "CEO of | Nordale Inc.": the title is no name
                if len(words) >= 2 and words[-1][0].rstrip(",").lower() in CORPORATE_SUFFIXES:
                    found.append((" ".join(w[0] for w in words), Span(words[0][1], words[-1][2])))
                elif (
                    len(words) == 1
                    and words[0][0].lower() in CORPORATE_SUFFIXES
                    and previous
                    and self.text[previous[-1][2] : words[0][1]] == ", "
                ):
                    # "Veltrona Therapeutics, Inc.": the suffix after a comma
                    start, end = previous[0][1], words[0][2]
                    if found and found[-1][1].start == start:
                        found.pop()  # "Tessaly Holdings Co., Ltd.": one name, not two
                    found.append((self.text[start:end], Span(start, end)))
                previous = words
            self.memo[("incorporated",)] = found
        written: list[tuple[str, Span]] = self.memo[("incorporated",)]
        first: dict[str, tuple[str, Span]] = {}
        for name, span in written:
            if span.end > pos:
                break
            first.setdefault(name.lower(), (name, span))
            if len(first) > 1:
                return None  # several: none is "the" company
        return next(iter(first.values())) if len(first) == 1 else None

    def subject_incorporated(self, pos: int) -> tuple[str, Span] | None:
        """The story's first incorporated name when it opens the story's
        first sentence (``Sefton Labs Inc. is nearing a sale to Rell Corp.``):
        the subject company of a deal story; None otherwise."""
        self.incorporated_before(pos)  # builds the memo
        written: list[tuple[str, Span]] = self.memo[("incorporated",)]
        if not written or written[0][1].end > pos:
            return None
        name, span = written[0]
        before = self.text[: span.start].rstrip()
        if before.endswith(("The", "the")):
            before = before[:-3].rstrip()
        if before and (before[-1] not in "-—–\n\r" or "." in before[-200:]):
            return None
        return name, span

    def company_before(self, pos: int) -> tuple[str, Span] | None:
        """The one company name written before ``pos``, at its first
        mention: two or more capitalised words ending in a word of a
        company's name or a corporate suffix (``Corvanta Biosciences``,
        ``Kestrel Motors``, ``Orvel Inc.``), with no word of a public body's,
        a school's or a charity's name (``Department of Health``); None when
        there are none or several."""
        if ("companies",) not in self.memo:
            self._build()
            found: list[tuple[str, Span, bool]] = []
            for run in self.runs:
                if len(run) < 2 or any(_public_word(w[0]) for w in run):
                    continue  # "Department of Health and Human Resources"
                for words, unit in _company_parts(run):
                    while words and words[0][0].lower() in _NOT_NAME:
                        words = words[1:]
                    words = _after_partitive(words)
                    end = _company_end(words)
                    named = end is not None
                    if end is None and unit and words:
                        # "Jaguar PLC's Jaguar Cars Inc U.S. subsidiary": an
                        # owner's unit, another name "the company" may mean,
                        # though not one to take
                        end = words[-1][1] + len(words[-1][0].rstrip(",.’'"))
                    if end is not None and _BACKER_BEFORE.search(
                        self.text, max(0, words[0][1] - 24), words[0][1]
                    ):
                        # "Quillon raised $50 million in a round led by
                        # Harbor Ventures, the company said": the investor
                        # leading a round is no subject of the story
                        continue
                    if end is not None:
                        start = words[0][1]
                        found.append((self.text[start:end], Span(start, end), named))
            # the first name, and where a second one is written: one look-up
            # per mention, whatever the number of names
            first = next(((n, s) for n, s, named in found if named), None)
            other = next(
                (
                    span.end
                    for name, span, _ in found
                    if first is not None and _drop_the(name).lower() != _drop_the(first[0]).lower()
                ),
                len(self.text) + 1,
            )
            self.memo[("companies",)] = (first, other)
        written: tuple[tuple[str, Span] | None, int] = self.memo[("companies",)]
        company, second = written
        if company is None or company[1].end > pos or second <= pos:
            return None  # none, or several: none is "the" company
        return company

    def trade_name_before(self, trade: str, pos: int) -> tuple[str, Span] | None:
        """The last name written before ``pos`` that holds ``trade``
        capitalised and ends with it or a corporate suffix after it
        (``Dunmore Bank Corp``, ``Harrow Fund``; not ``World Bank President
        Jim Yong Kim``), its leading ``The`` dropped."""
        self._build()
        word = trade.capitalize()
        places = self.by_word.get(word, [])
        # "The European Medicines Agency's committee": the body owning it
        owned = self.by_word.get(word + "'s", []) + self.by_word.get(word + "’s", [])
        if owned:
            places = sorted(places + owned)
        for run_id, position in reversed(places):
            run = self.runs[run_id]
            if run[position][2] > pos:
                continue
            if not all(
                w.lower().rstrip(".,") in CORPORATE_SUFFIXES or w.lower() in CORPORATE_SUFFIXES
                for w, _, _ in run[position + 1 :]
            ):
                continue
            words = run
            while words and words[0][0].lower() in _NOT_NAME:
                words = words[1:]
            if len(words) < 2 or words[-1][2] > pos:
                continue
            end = words[-1][2]
            if words[-1][0].endswith(",") or (
                words[-1][0].endswith(".") and words[-1][0].lower() not in CORPORATE_SUFFIXES
            ):
                end -= 1
            elif words[-1][0].endswith(("'s", "’s")):
                end -= 2  # "Kettleman School District's board": the body
            return self.text[words[0][1] : end], Span(words[0][1], end)
        return None

    def acronym_defined(self, acronym: str, pos: int) -> tuple[str, Span] | None:
        """The last name written before ``pos`` with ``acronym`` in
        parentheses right after it (``the Centers for Disease Control and
        Prevention (CDC)``), its leading ``The`` dropped."""
        if ("acronyms",) not in self.memo:
            self._build()
            defined: dict[str, list[tuple[str, Span]]] = {}
            for m in _DEFINED_ACRONYM.finditer(self.text):
                i = bisect.bisect_left(self.starts, m.start()) - 1
                if i < 0 or self.text[self.runs[i][-1][2] : m.start()].strip():
                    continue
                words = self.runs[i]
                while words and words[0][0].lower() in _NOT_NAME:
                    words = words[1:]
                capitals = "".join(
                    w[0][0].upper() for w in words if w[0][:1].isupper() or w[0] == "of"
                )  # (the O of "of": "Bank of England (BOE)")
                owned = next(
                    (j for j in range(len(words) - 2, -1, -1) if _possessive(words[j][0])), None
                )
                if owned is not None and not _abbreviates(m.group(1), capitals):
                    # "South Korea's Ministry of Foreign Affairs (MOFA)": the
                    # acronym spells the body's name after its country's
                    words = words[owned + 1 :]
                    capitals = "".join(
                        w[0][0].upper() for w in words if w[0][:1].isupper() or w[0] == "of"
                    )
                if len(words) >= 2 and _abbreviates(m.group(1), capitals):
                    span = Span(words[0][1], words[-1][2])
                    defined.setdefault(m.group(1), []).append(
                        (self.text[span.start : span.end], span)
                    )
            self.memo[("acronyms",)] = defined
        found: dict[str, list[tuple[str, Span]]] = self.memo[("acronyms",)]
        before = [d for d in found.get(acronym, ()) if d[1].end <= pos]
        return before[-1] if before else None

    def initialled_before(self, acronym: str, pos: int) -> tuple[str, Span] | None:
        """The last organisation name written before ``pos`` whose capitals
        spell ``acronym`` exactly (``Food and Drug Administration``: FDA):
        two or more significant words, one of them an organisation word."""
        if ("initials",) not in self.memo:
            self._build()
            spelt: dict[str, list[tuple[str, Span]]] = {}
            for words in self.runs:
                while words and words[0][0].lower() in _NOT_NAME:
                    words = words[1:]
                if len(words) < 2 or not any(
                    w.lower().strip(".,") in ORGANIZATION_WORDS for w, _, _ in words
                ):
                    continue
                span = Span(words[0][1], words[-1][2])
                name = self.text[span.start : span.end].rstrip(".,")
                span = Span(span.start, span.start + len(name))
                if sum(1 for w in name.split() if w[:1].isupper()) < 2:
                    continue
                for initials in _initials(name):
                    spelt.setdefault(initials, []).append((name, span))
            self.memo[("initials",)] = spelt
        found: dict[str, list[tuple[str, Span]]] = self.memo[("initials",)]
        before = [d for d in found.get(acronym, ()) if d[1].end <= pos]
        return before[-1] if before else None

    def titled_name_before(
        self, pos: int, role: str, modifiers: list[str], surnames: frozenset[str]
    ) -> Mention | None:
        """The last name written before ``pos`` with ``role`` capitalised in
        the title before it (``Mayor Renee Castellanos``, ``Harbour Minister
        Ana Ruiz`` for ``minister``, ``President Obama`` when Obama, one of
        ``surnames``, has spoken), title included; a body's officer (``World Bank President
        Jim Yong Kim``) is no one's ``the president``."""
        self._build()
        written = sorted(
            found for form in _TITLE_FORMS.get(role, ()) for found in self.by_word.get(form, ())
        )
        written += self.by_word.get(role.capitalize(), [])
        for run_id, position in sorted(written, reverse=True):
            run = self.runs[run_id]
            if run[position][2] > pos:
                continue
            first = position
            while first > 0 and run[first - 1][0].lower() not in _LINK_OR_NOT_NAME:
                first -= 1  # "Harbour Minister": the title's words before the role
            last = position + 1
            while last < len(run) and not (
                run[last - 1][0].endswith(".")
                and len(run[last - 1][0]) > 3
                and run[last - 1][0].lower() not in TITLE_WORDS
            ):
                last += 1  # "... Renee Castellanos. The": a sentence ends
            for at in range(position + 2, last):
                if run[at][0] != "of":
                    continue
                # "Archbishop Paolo Venturi of Milan", "Sen. Mark Doyle of
                # Ohio": the place after the name is no part of it
                cut_title, cut_name = _split_name([w for w, _, _ in run[first:at]])
                if cut_name and len(cut_title) > position - first:
                    last = at
                break
            tokens = [w for w, _, _ in run[first:last]]
            title, name = _split_name(tokens)
            if len(title) <= position - first or not name or run[last - 1][2] > pos:
                continue  # the role is not in the title, or no name follows
            if not _holds(" ".join(title), role, modifiers):
                continue  # "the Ohio governor" is not "Florida Gov. Jeb Bush"
            if any(w.lower().strip(".,") in ORGANIZATION_WORDS for w in title) or any(
                w.lower().strip(".,") in _ORGANIZATION_OR_PLACE for w in name
            ):
                continue
            if (
                len(name) == 1
                and name[0].lower().strip(".,") not in surnames
                # "Prime Minister Sheikh Amina": an honour between the office
                # and the one name, which then names the person in full
                and not (
                    len(title) > position - first + 1
                    and title[-1].lower().strip(".,") in _HONOURS_BEFORE_A_NAME
                )
            ):
                return None  # "President Obama": only a person who has spoken
            end = run[last - 1][2]
            if run[last - 1][0].endswith(".") and run[last - 1][0].lower() not in _SUFFIXES:
                end -= 1  # "... Mayor Renee Castellanos.": the sentence's point
            span = Span(run[first][1], end)
            return Mention(self.text[span.start : span.end], span)
        return None

    def name_before(
        self, pos: int, surnames: frozenset[str] = frozenset()
    ) -> tuple[str, Span] | None:
        """The last person-like name within the 400 characters before
        ``pos``: two or more capitalised words, or a known person's surname
        alone as the subject of its sentence (``Brenner paused.``), and in
        neither case a place or a body (``at Dunmore General``)."""
        self._build()
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            run = self.runs[i]
            if run[-1][2] < pos - 400:
                return None
            if self.in_headline(run[0][1]):
                i -= 1
                continue  # "Drug Helps Heart Patients": title case, no names
            words = [w for w in run if w[2] <= pos]
            for cut, word in enumerate(words[:-1]):
                if (
                    word[0].endswith(".")
                    and len(word[0]) > 3
                    and word[0].lower() not in TITLE_WORDS  # "Sen. Harlan Voigt"
                ):
                    words = words[cut + 1 :]  # "from March. Heavy rain": a sentence ends
            before = ""
            while words and words[0][0].lower() in _NOT_NAME:
                before = words[0][0]
                words = words[1:]
            lowered = [w[0].lower().rstrip(".,") for w in words]
            if "of" in lowered[2:-1] and (
                " ".join(lowered[lowered.index("of") + 1 :]) in _US_STATES
            ):
                # "Sen. Farid Haddad of Illinois": the name, not its state
                words = words[: lowered.index("of")]
            if (
                (len(words) >= 2 or (words and self._lone_surname(words[0], surnames)))
                and not any(w[0].lower() in _LINKS for w in words)
                and words[-1][0] != "I"  # "What I don't think": a pronoun
                and not any(w[0].rstrip(".").lower() in _CALENDAR for w in words)
                and not self._quoted_or_place(words[0][1], words[-1][2])
                and not self._place_or_body(words, before)
                and not _modifies_a_job(self.text, words[0][1], words[-1][2])
            ):
                name, end = " ".join(w[0] for w in words), words[-1][2]
                if name.endswith(("'s", "’s")):
                    name, end = name[:-2], end - 2  # "Ms. Ortiz's campaign": the person
                if name.endswith(".") and _ends_sentence(words[-1][0]):
                    name, end = name[:-1], end - 1  # "praised Nora Feld.": not the stop
                return name, Span(words[0][1], end)
            i -= 1
        return None

    def job_holders(self, noun: str) -> list[tuple[Span, str]]:
        """The people the text writes ``noun`` beside, in text order: the
        span of each name and the phrase holding the noun. The noun is set
        off after the name, after an article (``Talia Brennock, a pop
        singer,``; ``Harold Pettigrew, the retired welder who``), or written
        right before the name (``Pop singer Talia Brennock``, ``Singer Talia
        Brennock``); the name is two or more capitalised words, none a
        body's, a place's or a title's."""
        key = ("jobs", noun)
        if key not in self.memo:
            self.memo[key] = self._job_holders(noun)
        found: list[tuple[Span, str]] = self.memo[key]
        return found

    def _job_holders(self, noun: str) -> list[tuple[Span, str]]:
        self._build()
        text = self.text
        found: list[tuple[Span, str]] = []
        pattern = _job_noun_pattern(noun)
        for m in pattern.finditer(text):
            start, end = m.span()
            after = _WORD_AFTER_JOB.match(text, end)
            before = _ARTICLE_BEFORE_JOB.search(text, max(0, start - 60), start)
            if before is not None and m.group()[0].islower() and after is not None:
                # "Talia Brennock, a pop singer,": the run ending at the comma
                i = bisect.bisect_right(self.starts, before.start()) - 1
                if (
                    i >= 0
                    and self.runs[i][-1][2] == before.start()
                    # "Speaking on Loose Women, the presenter, 52, said": the
                    # words close a leading participle phrase, no name
                    and _LEADING_PARTICIPLE.search(
                        text, max(0, self.runs[i][0][1] - 40), self.runs[i][0][1]
                    )
                    is None
                ):
                    name = self._person_words(self.runs[i], at_end=True)
                    if name is not None:
                        found.append((name, text[before.start("phrase") : end]))
                continue
            gap = _GAP_BEFORE_NAME.match(text, end)
            if gap is None:
                continue
            i = bisect.bisect_left(self.starts, gap.end())
            if i < len(self.starts) and self.starts[i] == gap.end() and m.group()[0].islower():
                run = self.runs[i]  # "pop singer | Talia Brennock"
            else:
                # "Singer Talia Brennock": the noun opens the name's run
                i = bisect.bisect_right(self.starts, start) - 1
                if i < 0:
                    continue
                run = self.runs[i]
                at = next((k for k, w in enumerate(run) if w[1] == start), None)
                if at is None or at + 1 >= len(run) or run[at + 1][1] != gap.end():
                    continue
                run = run[at + 1 :]
            name = self._person_words(run)
            if name is not None:
                # with the modifiers before it: "country singer Corinne Vale"
                modified = _MODIFIERS_BEFORE.search(text, max(0, start - 40), start)
                found.append((name, text[modified.start() if modified else start : end]))
        return found

    def _person_words(self, run: list[tuple[str, int, int]], at_end: bool = False) -> Span | None:
        """The span of the person's name a run of capitalised words writes:
        two to four words, to the first that ends a sentence (from the last
        that ends one ``at_end``: ``the Trump Taj Mahal. Roffman``), without
        a possessive's ``'s``; a surname alone when the story writes it
        after a first name; None for a body's, a place's or a title's
        words."""
        words: list[tuple[str, int, int]] = []
        for word in run:
            if at_end and words and words[-1][0].endswith(".") and len(words[-1][0]) > 3:
                words = []  # "... the Trump Taj Mahal. | Roffman, a ...": a sentence ends
            words.append(word)
            if not at_end and word[0].endswith(".") and len(word[0]) > 3:
                break  # "... Talia Brennock. The": a sentence ends
        while words and words[0][0].lower() in _NOT_NAME:
            words = words[1:]
        bare = [w[0].rstrip(".") for w in words]
        if bare and _possessive(bare[-1]):
            bare[-1] = _without_possessive(bare[-1])
        if len(bare) == 1 and self._surname_in_passing(bare[0]):
            return Span(words[0][1], words[0][1] + len(bare[0]))  # "Roffman, a ..."
        if not 2 <= len(bare) <= 4 or any(
            w.lower() in _NOT_PERSON_NAME_WORDS or w.lower() in _LINKS or not w[:1].isupper()
            for w in bare
        ):
            return None
        start = words[0][1]
        return Span(start, words[-1][1] + len(bare[-1]))

    def organization_before(self, pos: int) -> tuple[str, Span] | None:
        """The last organisation name within the 400 characters before
        ``pos``: two or more capitalised words ending in a corporate suffix
        or an organisation word (``Orvel Corp``, ``Dunmore Bank``), or
        opening on an organisation word with ``of``/``for`` (``Ministry of
        Harbours``), outside a quotation."""
        self._build()
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            run = self.runs[i]
            i -= 1
            if run[-1][2] < pos - 400:
                return None
            words = [w for w in run if w[2] <= pos]
            while words and words[0][0].lower() in _NOT_NAME:
                words = words[1:]
            if len(words) < 2:
                continue
            lower = [w[0].lower().rstrip(".,’'") for w in words]
            last = words[-1][0].lower().rstrip(",’'")
            if not (
                last in CORPORATE_SUFFIXES
                or last.rstrip(".") in CORPORATE_SUFFIXES
                or lower[-1] in ORGANIZATION_WORDS
                or (lower[0] in ORGANIZATION_WORDS and lower[1] in {"of", "for"})
                # "Ukraine's General Staff": an army's command
                or " ".join(w[0].rstrip(".,") for w in words[-2:]) in STAFF_BODIES
                # "the National Fraternal Order of Deputies, a union ...":
                # an appositive only a body takes
                or (words[-1][2] < pos and _body_appositive(self.text, words[-1][2]))
            ):
                continue
            if self.text[max(0, words[0][1] - 3) : words[0][1]].lower() in {" a ", "an "}:
                continue  # "a Supreme Court case": a modifier, no body that acts
            paragraph = self.text.rfind("\n", 0, words[0][1]) + 1
            opened = self.text[paragraph : words[0][1]]
            if (
                opened.count("“") > opened.count("”")
                or opened.count('"') % 2
                or opened.count("''") % 2
            ):
                continue  # a name inside a quotation
            end = words[-1][2]
            if words[-1][0].endswith((",", "’", "'")):
                end -= 1
            return self.text[words[0][1] : end], Span(words[0][1], end)
        return None

    def _lone_surname(self, word: tuple[str, int, int], surnames: frozenset[str]) -> bool:
        """``Brenner paused.``: a known person's surname alone, or one
        written in full elsewhere in the story (``Valdes, speaking at an
        event,`` after ``President Ignacio Valdes``) outside a quotation,
        opening its clause (not ``told Brenner``, not ``Brenner’s
        daughter``)."""
        key = word[0].rstrip(".,")
        # the text before first: it is cheap, and most words fail it (``in
        # Tokyo``), sparing the look-up of a fuller name
        # after a sentence or a clause, a closing quotation mark included
        before = self.text[max(0, word[1] - 4) : word[1]].rstrip().rstrip('"”’')
        if before and before[-1] not in ".!?,;:":
            return False
        if key.lower() not in surnames:
            if before and before[-1] not in ".!?":
                return False  # "Columbus, Ohio,": a name in passing opens a sentence
            if not self._surname_in_passing(key):
                return False
        # outside a quotation ("“... Cruz is responding with humor,” he adds)
        # (the index's text marks a break between blocks with "\r": a
        # quotation running over paragraphs leaves an opening mark on each)
        paragraph = max(self.text.rfind("\n", 0, word[1]), self.text.rfind("\r", 0, word[1])) + 1
        opened = self.text[paragraph : word[1]]
        return opened.count("“") <= opened.count("”") and opened.count('"') % 2 == 0

    def _surname_in_passing(self, word: str) -> bool:
        """``Valdes, speaking at an event,`` after ``President Ignacio
        Valdes``: a word written in full after a first name, and never in
        lower case (not ``There``, ``Unity``, ``Yes`` opening a sentence)."""
        key = ("passing", word)
        if key not in self.memo:
            fuller = self.fullest_name(word) if self.after_a_name_in_body(word) else None
            self.memo[key] = (
                fuller is not None
                and len(fuller[0].split()) >= 2
                and word.lower() not in _NO_SURNAME
                and word.lower() not in self._lower_words()
            )
        found: bool = self.memo[key]
        return found

    def after_a_name_in_body(self, word: str) -> bool:
        """``after_a_name_word`` outside the headlines: ``Deaths`` after
        ``Vaccine Cuts Flu Deaths`` is no surname."""
        if not self.headlines:
            return self.after_a_name_word(word)
        key = ("after in body", word)
        if key not in self.memo:
            self._build()
            self.memo[key] = any(
                position > 0
                and self._after_first_name(self.runs[run_id], position)
                and not self.in_headline(self.runs[run_id][position][1])
                for run_id, position in self.by_word.get(word, ())
            )
        found: bool = self.memo[key]
        return found

    def _place_or_body(self, words: list[tuple[str, int, int]], before: str) -> bool:
        """``at Dunmore General``, ``moved to Dunmore Heights``, ``attend
        Linden Elementary``, ``her Green Dawn party``: a name after a
        preposition of place, ending in a place or organisation word, or
        followed by a lower-case noun for a body, is a place or a body, not
        a person."""
        last = words[-1][0].lower().rstrip(".,’'")
        if last in PLACE_WORDS or last in ORGANIZATION_WORDS:
            return True
        if last in _PROGRAM_WORDS or words[0][0].lower() in _PLACE_OPENERS:
            return True  # "Social Security", "Planned Parenthood", "Fort Bragg"
        after = _WORD_AFTER.match(self.text, words[-1][2])
        if (
            after is not None
            and after.group(1) in _BODY_NOUNS_AFTER
            and not words[-1][0].endswith(("'s", "’s", "s'", "s’"))  # "Ms. Ruiz's party"
        ):
            return True  # "her Civic Renewal party": a body's name
        if not before:
            m = _WORD_BEFORE.search(self.text, max(0, words[0][1] - 24), words[0][1])
            before = m.group(1) if m else ""
            if before.lower() in _RUNS_A_BODY:
                return True  # "who runs Bright Futures": the body a person runs
            if m is not None and before == "of":
                role = _WORD_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
                if role is not None and role.group(1).lower() in _HEADS_A_BODY:
                    return True  # "director of Save Young Lives": the body
            if m is not None and before == "from":
                heard = _WORD_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
                if heard is not None and heard.group(1).lower() in _HEARD_FROM:
                    # "Jurors heard from Sam Ortiz", "testimony from": the
                    # witness heard, a person
                    return False
        return before.lower() in _PLACE_PREPOSITIONS

    def _quoted_or_place(self, start: int, end: int) -> bool:
        """A name in quotation marks (``the “Babak Quarter”``) or after
        ``the`` (``the Rose Garden``) names a thing or place, not a person."""
        before = self.text[max(0, start - 4) : start]
        after = self.text[end : end + 2]
        closing = after[:1] in _QUOTE_MARKS and after[1:2] != "s"  # not "Ruiz’s"
        return (bool(before) and before[-1] in _QUOTE_MARKS) or closing or before.lower() == "the "

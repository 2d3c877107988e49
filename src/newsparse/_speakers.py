"""Speaker phrases: who is named at a cue.

Scanning left from a cue (``six Democratic senators said``), right from an
inverted cue (``said Ana Ruiz``), over appositives (``Ruiz, the finance
minister, said``) and restrictive anonymity clauses (``an official who asked
not to be named said``). See ``docs/quotes.md``.
"""

from __future__ import annotations

import re

from newsparse._tokens import (
    _DASHES,
    _NAME_LINKS,
    _PLACE_PREPOSITIONS,
    _PREPOSITIONS,
    _SUBORDINATORS,
    _capitalized,
    _Tokens,
    _without_contraction,
)
from newsparse.lexicon.cues import (
    BELIEF_FORMS,
    CUE_FORMS,
    SPEECH_FORMS,
    THAT_ONLY_LEMMAS,
    lemma_of,
)
from newsparse.lexicon.places import REGION_ABBREVIATIONS, US_STATES
from newsparse.lexicon.sources import (
    ANONYMOUS_HEADS,
    CORPORATE_SUFFIXES,
    DOCUMENT_HEADS,
    GROUP_HEADS,
    MEDIA_HEADS,
    ORGANIZATION_HEADS,
    ORGANIZATION_ROLE_NOUNS,
    ORGANIZATION_WORDS,
    PRIVY_WORDS,
    ROLE_HEADS,
    TITLE_WORDS,
)
from newsparse.lexicon.words import (
    ADVERBS_BEFORE_CUE,
    AUXILIARIES,
    CLAUSE_STOPS,
    COORDINATORS,
    DETERMINERS,
    ED_ADJECTIVES,
    IRREGULAR_PLURALS,
    LY_NOUNS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PAST_OR_PARTICIPLE,
    QUANTIFIER_SUBJECTS,
    RELATIVE_PRONOUNS,
    SHARE_WORDS,
    SUBJECT_PRONOUNS,
    is_number,
    is_partitive_head,
    is_past_verb,
    looks_plural,
)

_MAX_SPEAKER_TOKENS = 9


_MAX_APPOSITIVE_TOKENS = 30


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
        "over",
        "outside",
        # sentence adverbs and moments set off by a comma: "Instead, the
        # senator ...", "Of course, ...", "Late last month, ...", "Shortly
        # after the vote, ...", "Like Corker, Menendez ...", "Sunday
        # morning, Clinton ...", "Reached by phone, Bennett ..."
        "instead",
        "likewise",
        "similarly",
        "separately",
        "indeed",
        "of",
        "late",
        "early",
        "shortly",
        "like",
        "unlike",
        "well",
        "ever",
        "reached",
        "contacted",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "still",
        "however",
        "but",
        "and",
        "yet",
        "so",
        # "Here in Dover, Voss ...", "Then, after the vote, ...", "Now, ..."
        "here",
        "then",
        "now",
        "instead",
        "across",
        "throughout",
    ]
)


_PP_HEADS = (
    ANONYMOUS_HEADS
    | GROUP_HEADS
    | DOCUMENT_HEADS
    | ROLE_HEADS
    | PRIVY_WORDS
    # "a spokesperson for", "head of", "people with knowledge of the matter"
    | frozenset({"spokesperson", "head", "member", "knowledge"})
    # celebrity copy: "a rep for the singer", "the star of the show"
    | frozenset({"rep", "reps", "star"})
    # a company by what it does: "the maker of Harbor cereals", "the owner of"
    | frozenset(
        """maker owner operator developer publisher manufacturer supplier
        distributor parent unit subsidiary provider producer builder""".split()
    )
    # quantities of people: "a wide array of economists", "a handful of aides"
    | frozenset(
        """array number handful couple host range variety lot bunch dozens
        hundreds thousands chorus coalition""".split()
    )
    # bodies made of people: "the board of directors", "a bench of Justices",
    # "a group of bondholders", "the committee of creditors"
    | frozenset("board bench group committee panel consortium syndicate".split())
    # social-media posts by where they ran: "posts on Facebook", "a post on X"
    | frozenset({"post", "posts"})
)


# heads whose author follows with "by": "a review by the Ledger", "an
# analysis by the budget office"
_BY_HEADS = DOCUMENT_HEADS | frozenset({"count", "tally", "investigation", "reporting"})

# heads a past participle can modify inside a speaker phrase
_PARTICIPLE_HEADS = DOCUMENT_HEADS | ANONYMOUS_HEADS | GROUP_HEADS

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
        # "who gave only her first name", "who asked that his name not be
        # used", "who declined to give her surname"
        "name",
        "names",
        "surname",
    ]
)


_SHARE_MODIFIERS = frozenset(
    "about nearly almost roughly around only just some over under fewer more than".split()
)


def _one_of_them(toks: _Tokens, j: int, floor: int) -> bool:
    """``One says China has the most, while another says ...``: a bare
    ``one`` opening a clause is one of a set named before, as ``another``
    is, when ``another`` or ``the other`` follows in the sentence and the cue
    comes right after ``one``; ``no one``, ``One would think`` stay out."""
    if not (j == floor or toks.kinds[j - 1] != "w" or toks.words[j - 1] in COORDINATORS):
        return False
    if j + 1 >= len(toks) or toks.words[j + 1] not in CUE_FORMS:
        return False
    for t in range(j + 2, min(len(toks), j + 60)):
        if toks.words[t] == ".":
            return False
        if toks.words[t] == "another" or (toks.words[t] == "other" and toks.words[t - 1] == "the"):
            return True
    return False


def _share_speaker(text: str, toks: _Tokens, j: int, floor: int) -> tuple[int, int] | None:
    """A poll share speaking: ``About 4 in 10``, ``42%``, ``Only 24
    percent``, ``One in five``."""
    if j < floor or toks.kinds[j] != "w":
        return None
    if (
        j - 2 >= floor
        and toks.words[j - 1] == "in"
        and is_number(toks.words[j])
        and is_number(toks.words[j - 2])
    ):
        start = j - 2
    elif (
        j - 3 >= floor
        and toks.words[j - 2 : j] == ["out", "of"]
        and is_number(toks.words[j])
        and is_number(toks.words[j - 3])
    ):
        start = j - 3  # "nine out of 10"
    elif toks.words[j] == "percent" and j - 1 >= floor and is_number(toks.words[j - 1]):
        start = j - 1
    elif toks.words[j].endswith("%"):
        start = j
    else:
        return None
    while start - 1 >= floor and toks.words[start - 1] in _SHARE_MODIFIERS:
        start -= 1
    return (start, j)


# numbers that stand for people named before: "The two said"
_COUNTED = frozenset("two three four five six both".split())


# what a contact relative clause is about, before the name that speaks in
# it ("a decision Mayor Halvorsen called “overdue”", "a step Gov. Lowe said
# was long due"): never a word of the speaker
_THING_NOUNS = frozenset(
    """decision step move plan proposal deal measure bill idea policy change
    approach strategy effort law rule action remark comment claim phrase
    term word label description outcome result verdict ruling choice""".split()
)


def _document_by_before(toks: _Tokens, i: int, floor: int) -> bool:
    """Whether a document's ``by`` phrase stands just before token ``i``
    (``A review by the Ledger | published Monday``)."""
    for t in range(i - 1, max(floor, i - 7), -1):
        if toks.words[t] == "by":
            return t - 1 >= floor and toks.words[t - 1] in _BY_HEADS
        if toks.kinds[t] != "w":
            return False
    return False


def _name_in_appositive(text: str, toks: _Tokens, first: int, last: int) -> tuple[int, int] | None:
    """The name in an appositive set off after a role: a name with its body
    after ``of`` (``Ana Ruiz of the Civil Liberties Union``), or a lower-case
    role before a name (``widow Margaret Fenn``)."""
    words = toks.words
    if last - first > 9:
        return None
    of = next((t for t in range(first + 2, last) if words[t] == "of"), None)
    if (
        of is not None
        and 2 <= of - first <= 3
        and words[of + 1] == "the"
        and all(
            toks.kinds[t] == "w" and _capitalized(text, toks, t) and not _title_word(words[t])
            for t in range(first, of)
        )
    ):
        # "Nora Blake of the Boston firm Blake & Ruiz": a name, then its
        # body described after "of the"
        return (first, of - 1)
    if any(toks.kinds[t] != "w" for t in range(first, last + 1)):
        return None
    if of is not None and 2 <= of - first <= 4 and not _capitalized_role_of(toks, first, last):
        body = of + 2 if words[of + 1] == "the" else of + 1
        if all(_capitalized(text, toks, t) for t in range(first, of)) and all(
            _capitalized(text, toks, t) or words[t] in _NAME_LINKS for t in range(body, last + 1)
        ):
            return (first, of - 1)
    if (
        not _capitalized(text, toks, first)
        and (
            words[first] in ROLE_HEADS
            or words[first] in _JOB_NOUNS
            # "guitarist Theo Marsh", "drummer Ty Bell": an agent noun
            or (words[first].endswith(_AGENT_ENDINGS) and words[first] not in _NOT_AGENT_WORDS)
        )
        and 2 <= last - first <= 3
        and all(_capitalized(text, toks, t) for t in range(first + 1, last + 1))
    ):
        return (first + 1, last)
    # "former federal prosecutor Nora Blake", "Assistant Federal Public
    # Defender Nora Blake", "former Treasury official Vera Holt": a title
    # written before the name, which the speaker keeps
    role = next((t for t in range(last - 2, first - 1, -1) if _appositive_role(words[t])), None)
    if (
        role is not None
        and 2 <= last - role <= 3
        and all(_capitalized(text, toks, t) for t in range(role + 1, last + 1))
        and not any(
            words[t] in ROLE_HEADS or _title_word(words[t].rstrip("."))
            for t in range(role + 1, last + 1)
        )
        and not any(
            words[t] in _PREPOSITIONS
            or words[t] in DETERMINERS
            or words[t] in _CLAUSE_NOT_ROLE
            or words[t].endswith(("'s", "’s"))
            for t in range(first, role + 1)
        )
        and (not _capitalized(text, toks, first) or _title_word(words[first]))
        # "including Gov. Chris Christie": an example, not a role
        and not any(
            words[t].endswith("ing") or words[t] in _NOT_ROLE_OPENERS for t in range(first, role)
        )
        # "The memo, written by pollster Priya Natarajan,": an agent after a
        # participle, not a role held by the speaker
        and not (is_past_verb(words[first]) or words[first] in _IRREGULAR_PARTICIPLES)
    ):
        return (first, last)
    return None


# "who was appointed by President Donald Trump", "written by Justice Amy
# Barrett": a relative clause or a passive agent names a second person, not
# the speaker's role
_CLAUSE_NOT_ROLE = frozenset("by who whom whose which that".split())

_NOT_ROLE_OPENERS = frozenset("like such especially notably among and or plus even also".split())


def _appositive_role(word: str) -> bool:
    """A word that ends a role before a name (``prosecutor``, ``official``,
    ``Defender``)."""
    return (
        word in ROLE_HEADS
        or word in _JOB_NOUNS
        or _title_word(word.rstrip("."))
        or (word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENT_WORDS)
    )


def _for_a_body_before(toks: _Tokens, i: int, floor: int) -> bool:
    """Whether ``for``/``of``/``at`` after a speaker's head stands a few words
    before token ``i`` (``a spokesman for the FBI | in Chicago``)."""
    for t in range(i - 2, max(floor, i - 6) - 1, -1):
        if toks.words[t] in {"for", "of", "at"}:
            return t - 1 >= floor and toks.words[t - 1] in _PP_HEADS
        if toks.kinds[t] != "w":
            return False
    return False


_AGENT_ENDINGS = ("ist", "er", "or", "ian", "ant", "man", "woman", "blower")
_NOT_AGENT_WORDS = frozenset(
    """number letter order matter center paper water border sector factor
    error corner quarter power layer chapter computer monitor other
    manner dinner summer winter""".split()
)


def _indefinite_agent_before(text: str, toks: _Tokens, i: int, floor: int) -> bool:
    """Whether the ``in``/``at``/``from`` at ``i`` follows one unnamed person
    (``A GOP strategist in Iowa``, ``a whistleblower at the Pentagon``,
    ``A Ukrainian commander in the Donetsk region``): a lower-case agent noun
    after ``a``/``an``/``one``/``another`` and at most three modifiers."""
    if toks.words[i] not in {"in", "at", "from"} or i - 2 < floor:
        return False
    head = toks.words[i - 1]
    if (
        toks.kinds[i - 1] != "w"
        or _capitalized(text, toks, i - 1)
        or head in _NOT_AGENT_WORDS
        or not (head in _PP_HEADS or head in _JOB_NOUNS or head.endswith(_AGENT_ENDINGS))
    ):
        return False
    for t in range(i - 2, max(floor, i - 6) - 1, -1):
        word = toks.words[t]
        if word in {"a", "an", "one", "another"}:
            return True
        if (
            toks.kinds[t] != "w"
            or word in CLAUSE_STOPS
            or word in CUE_FORMS
            or word in DETERMINERS
            or word in _PREPOSITIONS
        ):
            return False
    return False


def _object_after(text: str, toks: _Tokens, i: int, k: int) -> bool:
    """Whether the ``-ed`` word at ``i`` inside a speaker phrase ending at
    ``k`` is followed by a bare noun phrase (an object: ``The official cited
    internal data``), not by a preposition or a time (``officials involved
    in the talks``, ``a filing lodged Thursday``)."""
    nxt = toks.words[i + 1]
    return (
        toks.kinds[i + 1] == "w"
        and not _capitalized(text, toks, i + 1)
        and nxt not in _PREPOSITIONS
        and nxt not in _PLACE_PREPOSITIONS
        and nxt not in CLAUSE_STOPS
        and nxt not in _TIME_POINTS
        and nxt not in _TIME_PARTS
        and nxt not in {"last", "this", "next", "earlier", "late", "early", "not"}
        and nxt not in {"about", "over", "against", "into", "across", "through", "around"}
        and i + 1 <= k
    )


def _people_after_opening_capital(text: str, toks: _Tokens, i: int, k: int) -> int | None:
    """``Voting rights groups``, ``Gun control advocates`` opening a
    sentence: the first word's capital is the sentence's, and the lower-case
    words after it run to a plural of people; the index of that plural."""
    if k - 1 != i or i != 0:
        return None
    for t in range(k, min(len(toks), k + 3)):
        word = toks.words[t]
        if (
            toks.kinds[t] != "w"
            or _capitalized(text, toks, t)
            or word in CLAUSE_STOPS
            or word in AUXILIARIES
            or word in CUE_FORMS
            or is_past_verb(word)
        ):
            return None
        if looks_plural(word) and (
            word in GROUP_HEADS or word[:-1] in _PP_HEADS or _agent_plural(word)
        ):
            return t
    return None


_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)


# a count shared by coordinated modifiers: "One current and one former official"
_STANDING_ADJECTIVES = frozenset("current former retired serving active sitting".split())
_SMALL_COUNTS = frozenset("one two three four five a an".split())


# how a newsroom came to hold a document: "... and reviewed by Reuters"
_REVIEWED = frozenset("reviewed viewed examined provided verified".split())


def _joined_document_participles(toks: _Tokens, i: int, k: int, floor: int) -> bool:
    """Whether ``and`` at ``i`` joins two participle phrases of one document
    (``A complaint filed with the SEC and reviewed by Reuters alleges``): the
    document speaks, with both phrases."""
    return (
        toks.words[i] == "and"
        and i + 1 < k
        and (toks.words[i + 1] in RESTRICTIVE_PARTICIPLES or toks.words[i + 1] in _REVIEWED)
        and any(
            toks.words[t] in RESTRICTIVE_PARTICIPLES and toks.words[t - 1] in DOCUMENT_HEADS
            for t in range(i - 1, max(floor, i - 9), -1)
        )
    )


def _in_charge(toks: _Tokens, i: int, k: int) -> bool:
    """Whether ``in`` at ``i`` is inside the FBI's title ``Special Agent in
    Charge`` (``FBI Special Agent in Charge Dee Lamar said``)."""
    return (
        toks.words[i] == "in"
        and i + 1 < k
        and i >= 1
        and toks.words[i - 1] in {"agent", "agents", "officer"}
        and toks.words[i + 1] == "charge"
    )


# a party's written answer to another's document: "The county's reply to the
# lawsuit says", "The company's response to the audit said"
_RESPONSE_NOUNS = frozenset("reply response answer rebuttal".split())


def _response_to(toks: _Tokens, i: int, floor: int) -> bool:
    """Whether ``to`` at ``i`` follows an owner's reply (``The county's reply
    to the lawsuit``): the reply speaks, not the document it answers."""
    return (
        toks.words[i] == "to"
        and i - 2 >= floor
        and toks.words[i - 1] in _RESPONSE_NOUNS
        and toks.words[i - 2].endswith(("'s", "’s", "s'"))
    )


def _document_participle_before(toks: _Tokens, i: int, floor: int) -> bool:
    """Whether the preposition at ``i`` follows a participle after a
    document head (``A letter sent to parents``, ``A notice posted on the
    door``): the phrase is restrictive, the document speaks. A day may stand
    between the participle and the preposition (``A poll released (on)
    Thursday by the institute``)."""
    if i - 3 >= floor and toks.words[i - 1] in _DAY_WORDS:
        i -= 2 if toks.words[i - 2] == "on" and i - 4 >= floor else 1
    return (
        i - 2 >= floor
        and (toks.words[i - 1] in RESTRICTIVE_PARTICIPLES or toks.words[i - 1] == "read")
        and toks.words[i - 2] in DOCUMENT_HEADS
    )


def _relative_before(toks: _Tokens, k: int) -> int | None:
    """The comma before a relative clause (``, who had backed ...``) that
    runs up to the comma at ``k``, else None."""
    for t in range(k - 1, max(0, k - 25), -1):
        if toks.kinds[t] != "w":
            if toks.words[t] == "," and toks.words[t + 1] in {"who", "whose"}:
                return t
            return None
    return None


_PROXY_OPENERS = (
    ["represented", "by"],
    ["who", "was", "represented", "by"],
    ["who", "spoke", "through"],
    ["speaking", "through"],
)


def _proxy_before(toks: _Tokens, k: int) -> int | None:
    """The comma before ``, represented by ...`` / ``, who spoke through
    ...`` (the wire's event copy: a stand-in reads the speech) running up to
    the comma at ``k``, else None."""
    for t in range(k - 1, max(0, k - 25), -1):
        if toks.kinds[t] != "w":
            if toks.words[t] == "," and any(
                toks.words[t + 1 : t + 1 + len(o)] == o for o in _PROXY_OPENERS
            ):
                return t
            return None
    return None


# the people around a named person: "Voss and his allies"
_ENTOURAGE = frozenset(
    """allies supporters aides advisers advisors backers lawyers attorneys
    associates followers""".split()
)


def _definite_open(text: str, toks: _Tokens, t: int, floor: int) -> int:
    """Where the phrase headed by the noun at ``t`` opens: on its ``the``, also
    past one lower-case modifier (``The foreign ministry``), else at ``t``."""
    if t - 1 >= floor and toks.words[t - 1] == "the":
        return t - 1
    if (
        t - 2 >= floor
        and toks.words[t - 2] == "the"
        and toks.kinds[t - 1] == "w"
        and not _capitalized(text, toks, t - 1)
        and toks.words[t - 1] not in AUXILIARIES
        and toks.words[t - 1] not in CUE_FORMS
        and not is_past_verb(toks.words[t - 1])
    ):
        return t - 2
    return t


def _body_and_named_body(text: str, toks: _Tokens, i: int, k: int, floor: int) -> bool:
    """``The Vickery campaign and the RNC said``, ``the Monetary Authority of
    Singapore and the Ministry of Trade and Industry said``: two definite
    bodies joined by ``and the`` are one joint speaker (both issued the
    statement), not the second body alone. Each side opens with ``the`` and
    is a capitalised name (``of``/``and``/``for`` inside) or ends on a body
    noun (``the trade ministry``); the first ``the`` opens its clause."""
    if not (i + 2 <= k <= i + 7 and toks.words[i + 1] == "the" and i - 2 >= floor):
        return False
    right = range(i + 2, k + 1)
    if not all(toks.kinds[t] == "w" for t in right):
        return False
    named_right = _capitalized(text, toks, i + 2) and all(
        _capitalized(text, toks, t) or toks.words[t] in _BODY_LINKS for t in right
    )
    if not (named_right or (toks.words[k] in ORGANIZATION_HEADS and k - i <= 4)):
        return False
    left = i - 1
    if not (
        _capitalized(text, toks, left)
        or (toks.words[left] in ORGANIZATION_HEADS and not _capitalized(text, toks, left))
    ):
        return False
    t = left - 1
    while t > floor and left - t <= 6 and toks.words[t] != "the":
        if toks.kinds[t] != "w" or not (
            _capitalized(text, toks, t) or toks.words[t] in _BODY_LINKS or t == left - 1
        ):
            return False
        t -= 1
    return toks.words[t] == "the" and _opens_phrase(toks, t, floor)


_BODY_LINKS = frozenset({"of", "for", "and", "&"})


def _opens_phrase(toks: _Tokens, t: int, floor: int) -> bool:
    """Whether token ``t`` opens its sentence or follows punctuation."""
    return t == floor or (t > floor and toks.kinds[t - 1] != "w")


def _source_noun(word: str) -> bool:
    """A lower-case noun that can speak on each side of ``and``: people
    (``residents``, ``a security source``) or a body (``the army``)."""
    return (
        word in _PP_HEADS
        or word in ORGANIZATION_HEADS
        or word in _COLLECTIVE_HEADS
        or (word not in _NOT_AGENTS and _agent_plural(word))
    )


def _count_before(toks: _Tokens, start: int, floor: int) -> int:
    """``more than a dozen party officials``, ``About 4 in 10 adults``: the
    words of a count before the phrase belong to it."""
    if (
        start - 2 >= floor
        and toks.words[start - 1] == "than"
        and toks.words[start - 2] in {"more", "fewer", "less"}
    ):
        start -= 2
    elif (
        start - 2 >= floor
        and toks.words[start - 1] == "in"
        and is_number(toks.words[start - 2])
        and is_number(toks.words[start])
    ):
        start -= 2  # "4 in 10 adults"
    if start - 1 >= floor and toks.words[start - 1] in _ROUGHLY:
        start -= 1
    return start


_ROUGHLY = frozenset("about nearly roughly almost around some only just".split())


def _contact_clause_subject(text: str, toks: _Tokens, start: int, k: int) -> int | None:
    """``a market analysts expect to top $100 billion``: a singular
    determiner cannot open a plural head, so a relative clause with no
    ``that`` starts inside the phrase; its subject is the plural at ``k``."""
    if not looks_plural(toks.words[k]) or _capitalized(text, toks, k):
        return None
    for t in range(k - 1, start - 1, -1):
        word = toks.words[t]
        if word in _PREPOSITIONS or word in {"by", "about"} or _capitalized(text, toks, t):
            return None  # "a review of records", "a text to supporters"
        if t == k - 1:
            continue
        if word in {"a", "an", "another", "each", "every"}:
            return k if toks.words[t + 1] not in _COUNT_NOUNS else None
    return None


# what a singular determiner can open before a plural: "a few analysts"
_COUNT_NOUNS = frozenset(
    "few handful lot couple number dozen majority host range group bunch".split()
)


# words after which a quotation is a name: "the call sign “Shaman”",
# "nicknamed “Bull”", "known as “the Doctor”"
_NAMING_WORDS = frozenset("sign nicknamed dubbed alias nickname callsign".split())


_SUBORDINATORS_BEFORE_SUBJECT = frozenset({"though", "although", "while", "whereas"})
_JOINS_BEFORE_THE_OTHER = frozenset({"and", "but", "while", "whereas", "yet", "though"})


_AGE_WORDS = frozenset({"ages", "aged", "age"})


def _before_age_range(toks: _Tokens, j: int, floor: int) -> int | None:
    """The plural noun before an age range ending at ``j`` (``under 30``,
    ``over 65``, ``ages 18 to 29``, ``65 and older``, ``younger than 45``),
    else None."""
    if j - 2 < floor or toks.kinds[j] != "w":
        return None
    w = toks.words
    if w[j].isdigit():
        if w[j - 1] in {"under", "over"}:
            k = j - 2
        elif w[j - 1] == "than" and j - 3 >= floor and w[j - 2] in {"younger", "older"}:
            k = j - 3
        elif (
            w[j - 1] in {"to", "-", "through"}
            and j - 4 >= floor
            and w[j - 2].isdigit()
            and w[j - 3] in _AGE_WORDS
        ):
            k = j - 4
        elif w[j - 1].isdigit() and w[j - 2] in _AGE_WORDS and j - 3 >= floor:
            k = j - 3  # "ages 18-29" read as two numbers
        else:
            return None
    elif w[j] in {"older", "younger"} and j - 3 >= floor and w[j - 1] in {"and", "or"}:
        if not w[j - 2].isdigit():
            return None
        k = j - 3
    else:
        return None
    return k if k >= floor and toks.kinds[k] == "w" and looks_plural(w[k]) else None


# words that qualify a title before it ("Senior Judge", "Presiding Judge")
_RANK_MODIFIERS = frozenset({"senior", "presiding", "interim", "junior"})
# abbreviated titles written with "-elect": "Gov.-elect", "Sen.-elect"
_ELECT_TITLES = frozenset("gov sen rep lt atty gen pres".split()) | TITLE_WORDS


def _quoted_title(text: str, toks: _Tokens, q: int) -> bool:
    """Whether the quotation token ``q`` is a short title in title case
    (``“Copper Lane”``): every word capitalised, at most six words."""
    words = text[toks.starts[q] : toks.ends[q]].strip("\"“”‘’' ,.").split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


# the roles a work's title follows with "of": "the star of “Copper Lane”"
_WORK_ROLES = frozenset(
    "star stars creator creators director host author producer writer showrunner".split()
)


# words opening a birth or former name in parentheses: "(born Maria Dell)"
_BIRTH_NAME_WORDS = frozenset({"born", "née", "nee", "formerly"})


_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _name_follows(text: str, toks: _Tokens, i: int, k: int) -> bool:
    """Whether a capitalised name (or ``the`` + one) follows token ``i``,
    within the phrase ending at ``k``."""
    if _capitalized(text, toks, i + 1):
        return True
    if toks.words[i + 1] != "the" or i + 2 > k:
        return False
    # "of the 9th U.S. Circuit": a court's ordinal before its name
    n = i + 3 if _ORDINAL.fullmatch(toks.words[i + 2]) and i + 3 <= k else i + 2
    return _capitalized(text, toks, n)


# what opens the document phrase of "The ministry in a statement said"
_IN_DOCUMENT_OPENERS = frozenset({"a", "an", "its", "their", "his", "her"})


def _in_a_document(text: str, toks: _Tokens, j: int, floor: int) -> tuple[int, int] | None:
    """``The ministry in a statement said``, ``The Supreme Court in its order
    said``: Indian English puts ``in a statement`` between the speaker and the
    cue (``said in a statement`` elsewhere); the body before ``in`` speaks,
    the document is only the cue's venue."""
    if toks.words[j] not in DOCUMENT_HEADS or toks.kinds[j] != "w":
        return None
    opener = next(
        (
            t
            for t in range(j - 1, max(floor, j - 3) - 1, -1)
            if toks.words[t] in _IN_DOCUMENT_OPENERS
        ),
        None,
    )
    if (
        opener is None
        or opener - 2 < floor
        or toks.words[opener - 1] != "in"
        or (toks.kinds[opener - 2] != "w" and toks.words[opener - 2] != ")")
        or not all(toks.kinds[t] == "w" for t in range(opener + 1, j))
    ):
        return None
    inner = _speaker_left(text, toks, opener - 2, floor)
    if inner is None or toks.words[inner[1]] in DOCUMENT_HEADS:
        return None
    return inner


# the unnamed co-writers of a named analyst: "Kit Jukes and colleagues wrote"
_TEAM_NOUNS = frozenset("colleagues team co-authors coauthors co-workers".split())


def _speaker_left(text: str, toks: _Tokens, j: int, floor: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending at token ``j`` (scanning left, not past
    ``floor``), or ``None``."""
    inside = _in_a_document(text, toks, j, floor)
    if inside is not None:
        return inside
    if toks.words[j] == ")" and j - 3 >= floor:
        opening = next(
            (t for t in range(j - 1, max(floor, j - 7) - 1, -1) if toks.words[t] == "("), None
        )
        if (
            opening is not None
            and opening > floor
            and _capitalized(text, toks, opening - 1)
            and (
                # "Mori (24-3) said", "Petr Hasek (35) said": a record or a
                # jersey number after the name
                (
                    j - 5 <= opening < j - 1
                    and all(
                        toks.words[t][:1].isdigit() or toks.words[t] in {"-", ","}
                        for t in range(opening + 1, j)
                    )
                )
                # "Mara Dell (born Maria Dellacroce) said": a birth or former name
                # (but "Louis Ng (Nee Soon GRC)": a capitalised place, his seat)
                or (
                    toks.words[opening + 1] in _BIRTH_NAME_WORDS
                    and not _capitalized(text, toks, opening + 1)
                )
            )
        ):
            return _speaker_left(text, toks, opening - 1, floor)  # no part of the speaker
    if toks.words[j] == ")" and j - 8 >= floor:
        # "Sen. Carl Moody (a Vermont Democrat so boyish he has been
        # mistaken for an intern) says": a long description in parentheses
        # after a name, opening on an article, is no part of the speaker (a
        # short one stays, as a party tag does)
        opening = next(
            (t for t in range(j - 1, max(floor, j - 25) - 1, -1) if toks.words[t] in {"(", ")"}),
            None,
        )
        if (
            opening is not None
            and opening > floor
            and j - opening > 6
            and toks.words[opening] == "("
            and toks.words[opening + 1] in {"a", "an"}
            and _capitalized(text, toks, opening - 1)
        ):
            return _speaker_left(text, toks, opening - 1, floor)
    if (
        toks.kinds[j] == "q"
        and j - 2 >= floor
        and toks.words[j - 1] in _WORK_LINKS
        and toks.kinds[j - 2] == "w"
        and _WORK_TITLE.fullmatch(text, toks.starts[j], toks.ends[j]) is not None
    ):
        # "The star of “Copper Lane” said": a role tied to a work's title
        role = _speaker_left_phrase(text, toks, j - 2, floor)
        if role is not None and role[1] == j - 2:
            return (role[0], j)
    noun = _before_age_range(toks, j, floor)
    if noun is not None:
        # "Voters under 30", "Voters ages 18 to 29", "Voters 65 and older":
        # a poll group with its age range
        group = _speaker_left_phrase(text, toks, noun, floor)
        if group is not None and group[1] == noun:
            return (group[0], j)
    span = _speaker_left_phrase(text, toks, j, floor)
    if (
        span is not None
        and toks.words[span[0]] == "elect"
        and span[0] - 2 >= floor
        and toks.words[span[0] - 1] == "-"
        and toks.ends[span[0] - 2] == toks.starts[span[0] - 1]
        and toks.ends[span[0] - 1] == toks.starts[span[0]]
        and toks.words[span[0] - 2].rstrip(".") in _ELECT_TITLES
    ):
        # "Nevada Gov.-elect Marisol Teague": the hyphen splits the title
        title = _speaker_left_phrase(text, toks, span[0] - 2, floor)
        span = (title[0] if title is not None else span[0] - 2, span[1])
    if (
        span is not None
        and span[0] == 1
        and floor == 0
        and toks.words[0] == "that"
        and text[toks.starts[0]] == "T"
        and not _capitalized(text, toks, 1)
    ):
        # "That official said ...": the demonstrative opening the sentence
        # points back, and the speaker is the mention as written
        span = (0, span[1])
    if (
        span is not None
        and span[0] - 2 >= floor
        and toks.words[span[0] - 1] == "and"
        and toks.words[span[1]] in _TEAM_NOUNS
        and span[1] - span[0] <= 1
        and (span[0] == span[1] or toks.words[span[0]] in {"his", "her", "their"})
        and toks.kinds[span[0] - 2] == "w"
        and _capitalized(text, toks, span[0] - 2)
    ):
        # "Societe Generale SA strategist Kit Jukes and colleagues wrote":
        # the named author and the team write together, one group as written
        lead = _speaker_left(text, toks, span[0] - 2, floor)
        if lead is not None and lead[1] == span[0] - 2:
            span = (lead[0], span[1])
    if (
        span is not None
        and span[1] - span[0] + 1 >= _MAX_SPEAKER_TOKENS
        and span[0] - 1 >= floor
        and toks.words[span[0] - 1] in TITLE_WORDS
        and _capitalized(text, toks, span[0] - 1)
        and _capitalized(text, toks, span[0])
    ):
        # "Senior Judge Raul Montalvo of the U.S. District Court in Chicago
        # said": the phrase reached its length cap inside a titled name; the
        # title written before the name goes with it (the body is cut below)
        t = span[0] - 1
        while (
            t - 1 >= floor
            and span[0] - t < 3
            and (toks.words[t - 1] in TITLE_WORDS or toks.words[t - 1] in _RANK_MODIFIERS)
            and _capitalized(text, toks, t - 1)
        ):
            t -= 1
        span = (t, span[1])
    if (
        span is not None
        and span[0] - 2 >= floor
        and toks.words[span[0] - 1] == "."
        and toks.words[span[0] - 2].startswith("ex-")
        and toks.words[span[0] - 2][3:] in _ELECT_TITLES
        and toks.ends[span[0] - 2] == toks.starts[span[0] - 1]
    ):
        # "Ex-Sen. Rhea Quist": a former office abbreviated after "ex-" is
        # the title written before the name (AP style), in the span
        span = (span[0] - 2, span[1])
    case = _case_name_before(text, toks, span, floor)
    if case is not None:
        return case
    if span is not None and span[1] - span[0] >= 4:
        span = _cut_person_body(text, toks, span)
    if (
        span is not None
        and span[0] - 3 >= floor
        and toks.words[span[0]] == "the"
        and toks.words[span[0] - 1] in _AFFILIATION_LINKS
        and _named_person_before(text, toks, span[0] - 2, floor)
    ):
        # "Lt. Steve Hart of the state police said", "Jane Smith from the
        # University of Leeds said": the body places the person, who speaks
        named = _speaker_left_phrase(text, toks, span[0] - 2, floor)
        if named is not None and named[1] == span[0] - 2:
            return named
    if span is None or span[0] - 4 < floor or toks.words[span[0] - 1] != ",":
        return span

    # "The Ministry of Trade, Industry and Energy said": a body's name lists
    # its fields after "of" with commas and a last "and"; the list is one
    # name, not an appositive
    def written(t: int) -> str:
        return text[toks.starts[t] : toks.ends[t]]

    words = [written(t) for t in range(span[0], span[1] + 1)]
    if "and" not in words or not all(
        # ("Food and Rural Affairs (Defra)": the body's acronym after it)
        w in {"and", "(", ")"} or w[:1].isupper()
        for w in words
    ):
        return span
    k = span[0]
    while k - 2 >= floor and toks.words[k - 1] == "," and written(k - 2)[:1].isupper():
        k -= 2
    if (
        k - 2 < floor
        or toks.words[k - 1] not in {"of", "for"}
        or toks.words[k - 2] not in _FIELD_BODIES
    ):
        return span
    body = _speaker_left_phrase(text, toks, k - 2, floor)
    return (body[0], span[1]) if body is not None else span


_AFFILIATION_LINKS = frozenset({"of", "with", "from"})

# the endings of a web address that names a source: "PowerOutage.us"
_DOMAIN_ENDINGS = frozenset("com org net gov us io co uk info edu au nz sg ca hk ie za".split())

# a company's tie to another: "Pfizer and its partner BioNTech"
_CORPORATE_TIES = frozenset("partner unit subsidiary parent affiliate".split())

# adverbs before a verb after an article's noun: "the company also states"
_NOT_NOUN_MODIFIERS = frozenset(
    "also then now never still just again later too often already once even".split()
)


def _named_person_before(text: str, toks: _Tokens, t: int, floor: int) -> bool:
    """Whether token ``t`` ends a person's name: two capitalised words, or a
    title word and a capitalised word (``Jane Smith``, ``Lt. Hart``), and
    not a body or a group (``Members``, ``The Ministry``)."""
    if t - 1 < floor or toks.kinds[t] != "w" or toks.kinds[t - 1] != "w":
        return False
    if not _capitalized(text, toks, t) or toks.words[t] in DETERMINERS:
        return False
    last = toks.words[t]
    if last in ORGANIZATION_HEADS or last in _PP_HEADS or last in _PLACED_BODIES:
        return False
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "’s")):
        return False  # "Democrats", "Members": a group
    before = toks.words[t - 1]
    return before not in DETERMINERS and (
        _capitalized(text, toks, t - 1) or _title_word(before.rstrip("."))
    )


def _case_name_before(
    text: str, toks: _Tokens, span: tuple[int, int] | None, floor: int
) -> tuple[int, int] | None:
    """``The justices in Loper Bright Enterprises v. Raimondo said``: a case
    name (``A v. B``) after ``in`` is no speaker; the phrase before ``in``
    speaks (``The court's opinion in Smith v. Jones said``)."""
    if span is None or span[0] - 2 < floor:
        return None
    v = span[0] - 1
    if toks.words[v] == ".":
        v -= 1
    if toks.words[v] not in {"v", "vs"} or text[toks.starts[v]] != "v":
        return None
    t = v - 1
    while t > floor and v - t <= 6 and toks.kinds[t] == "w" and _capitalized(text, toks, t):
        t -= 1
    if t == v - 1 or toks.words[t] != "in" or t - 1 < floor:
        return None
    return _speaker_left(text, toks, t - 1, floor)


def _cut_person_body(text: str, toks: _Tokens, span: tuple[int, int]) -> tuple[int, int]:
    """``Lt. Col. Steve Hart of the state police``, ``Steve Hart of the FBI's
    Dallas field office``: a person's name, then ``of``/``with``/``from the``
    and a body written in lower case or with a possessive: the person is the
    speaker (a capitalised body, ``of the Dallas Police Department``, stays)."""
    for t in range(span[0] + 2, min(span[1] - 1, span[0] + 6) + 1):
        if toks.words[t] in _AFFILIATION_LINKS and toks.words[t + 1] == "the":
            body = range(t + 2, span[1] + 1)
            if (
                _named_person_before(text, toks, t - 1, span[0])
                and all(
                    _capitalized(text, toks, u)
                    or toks.words[u] in TITLE_WORDS
                    or toks.words[u].rstrip(".") in TITLE_WORDS
                    for u in range(span[0], t)
                )
                and any(
                    (
                        not _capitalized(text, toks, u)
                        and toks.words[u] not in _BODY_LINKS
                        and toks.words[u] not in _NAME_LINKS
                        and toks.words[u] != "the"
                        # "of the U.S. District Court in Chicago": the
                        # capitalised body's city
                        and not (
                            toks.words[u] == "in"
                            and u + 1 <= span[1]
                            and _capitalized(text, toks, u + 1)
                            and _capitalized(text, toks, u - 1)
                        )
                    )
                    or toks.words[u].endswith(("'s", "’s"))
                    for u in body
                )
            ):
                return (span[0], t - 1)
            return span
    return span


def _abbreviated_title_before(text: str, toks: _Tokens, close: int, floor: int) -> bool:
    """Whether the ``)`` at ``close`` ends a title's abbreviation after the
    title: ``Superintendent of Police (SP)``, ``Officer-in-Charge (OC)``,
    ``Minister of State (Independent Charge)``."""
    if toks.words[close] != ")" or close - 3 < floor:
        return False
    opening = next(
        (t for t in range(close - 1, max(floor, close - 4) - 1, -1) if toks.words[t] == "("),
        None,
    )
    if opening is None or opening == close - 1 or opening - 1 < floor:
        return False
    inside = range(opening + 1, close)
    return (
        all(toks.kinds[t] == "w" and _capitalized(text, toks, t) for t in inside)
        and toks.kinds[opening - 1] == "w"
        and _capitalized(text, toks, opening - 1)
    )


def _tagged_company_before(text: str, toks: _Tokens, close: int, floor: int) -> bool:
    """Whether the ``)`` at ``close`` ends one or two parenthesised tags (a
    ticker ``(NYSE: HRL)``, a defined term ``("Harlan")``) after a
    capitalised name (press-release style)."""
    for _ in range(2):
        opening = close - 1
        while opening >= floor and close - opening <= 5 and toks.words[opening] != "(":
            opening -= 1
        if opening - 1 < floor or toks.words[opening] != "(":
            return False
        inside = range(opening + 1, close)
        if not inside or not all(
            toks.kinds[t] == "q" or toks.words[t] in {":", ".", "-"} or _capitalized(text, toks, t)
            for t in inside
        ):
            return False
        close = opening - 1
        if toks.words[close] != ")":
            return toks.kinds[close] == "w" and _capitalized(text, toks, close)
    return False


# a body whose name lists its fields ("Ministry of Health, Labour and Welfare")
# ("Department for Environment, Food and Rural Affairs", "Bureau of Alcohol,
# Tobacco, Firearms and Explosives")
_FIELD_BODIES = frozenset(
    {"ministry", "department", "minister", "secretary", "committee", "bureau", "office"}
)


# prepositions after which "her" is the object pronoun, not a determiner
_HER_OBJECT_PREPOSITIONS = frozenset("to with for around near about from by behind beside".split())


# determiners that are surnames too ("Michael Every", "Tom Little")
_SURNAME_DETERMINERS = frozenset({"every", "little", "more", "much", "few"})


def _speaker_left_phrase(text: str, toks: _Tokens, j: int, floor: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending at token ``j``, as written."""
    if (
        j - 1 >= floor
        and toks.kinds[j] == "q"
        and toks.words[j - 1] in _NAMING_WORDS
        and toks.ends[j] - toks.starts[j] <= 40
    ):
        # "A drone operator who goes by the call sign “Shaman” said": a quoted
        # name inside the speaker phrase, not a quotation
        if (
            toks.words[j - 1] in {"nicknamed", "dubbed"}
            and j - 3 >= floor
            and toks.words[j - 2] == ","
            and toks.kinds[j - 3] == "w"
            and _capitalized(text, toks, j - 3)
        ):
            # "Dobson, nicknamed “The Hammer,” told reporters": the aside
            # names the person before it, who speaks
            return _speaker_left(text, toks, j - 3, floor)
        named = _speaker_left(text, toks, j - 1, floor)
        return (named[0], j) if named is not None else None
    if (
        j - 2 >= floor
        and toks.kinds[j] == "q"
        and toks.words[j - 1] == "of"
        and toks.words[j - 2] in _WORK_ROLES
        and _quoted_title(text, toks, j)
    ):
        # "The star of “Copper Lane” said": a work's title after its role
        # ends the speaker phrase, not a quotation
        role = _speaker_left(text, toks, j - 2, floor)
        # (not an appositive: "Vanse, author of “The Quiet Agency,” said")
        if role is not None and (role[0] == 0 or toks.words[role[0] - 1] != ","):
            return (role[0], j)
    if j < floor or (toks.kinds[j] != "w" and toks.words[j] != ")"):
        return None
    if text[toks.ends[j] : toks.ends[j] + 1] == ">":
        # "Zentrix Inc <ZTRX.O> said": a ticker in angle brackets after the
        # company (Reuters archive style), the company and its ticker speak
        opening = text.rfind("<", max(0, toks.starts[j] - 12), toks.starts[j] + 1)
        if opening >= 0 and not any(ch.isspace() for ch in text[opening : toks.ends[j]]):
            before = j
            while before >= floor and toks.starts[before] > opening:
                before -= 1
            company = _speaker_left(text, toks, before, floor) if before >= floor else None
            if company is not None:
                return (company[0], j)
    if j - 4 >= floor and toks.words[j - 3 : j + 1] == [",", "opens", "new", "tab"]:
        # "Zentrix Inc (ZTRX.O), opens new tab said": a scraped link's label
        # is web furniture; the linked name before it speaks
        return _speaker_left(text, toks, j - 4, floor)
    share = _share_speaker(text, toks, j, floor)
    if share is not None:
        return share
    word = toks.words[j]
    if (
        word in _DOMAIN_ENDINGS
        and j - 2 >= floor
        and toks.words[j - 1] == "."
        and toks.kinds[j - 2] == "w"
        and toks.ends[j - 2] == toks.starts[j - 1]
        and toks.ends[j - 1] == toks.starts[j]
    ):
        if (
            toks.words[j - 2] in _DOMAIN_ENDINGS
            and j - 4 >= floor
            and toks.words[j - 3] == "."
            and toks.kinds[j - 4] == "w"
            and toks.ends[j - 4] == toks.starts[j - 3]
            and toks.ends[j - 3] == toks.starts[j - 2]
        ):
            return (j - 4, j)  # "News.com.au reported": a country's second-level domain
        return (j - 2, j)  # "PowerOutage.us said": a web address is one name
    if (
        word in {"it", "them"}
        and j - 3 >= floor
        and toks.words[j - 2] == "that"
        and _restrictive_that(text, toks, j - 2, j, floor)
    ):
        # "..., the company that operates it said": the body and its clause
        body = _speaker_left_phrase(text, toks, j - 3, floor)
        if body is not None:
            return (body[0], j)
    if word in RELATIVE_PRONOUNS or word in SUBJECT_PRONOUNS:
        return (j, j)
    if (
        word == "whom"
        and j - 2 >= floor
        and toks.words[j - 1] == "of"
        and (toks.words[j - 2] in _WHOM_COUNTS or is_number(toks.words[j - 2]))
    ):
        return (j - 2, j)  # "residents, many of whom say ...": the residents, counted
    if word == "that" and j > floor and toks.kinds[j - 1] == "w":
        # "a letter that says ...", "a message that said, “...”": the relative
        # pronoun stands for the document or speaker before it
        head = toks.words[j - 1]
        if head in DOCUMENT_HEADS or head in _PP_HEADS:
            return _speaker_left(text, toks, j - 1, floor)
        return None
    if (
        word == "others"
        and j - 2 >= floor
        and toks.words[j - 1] == "and"
        and toks.kinds[j - 2] == "w"
        and text[toks.starts[j - 2]].isupper()
    ):
        named = _speaker_left(text, toks, j - 2, floor)
        if named is not None:
            return (named[0], j)  # "Doyle and others said"
    if word in QUANTIFIER_SUBJECTS and (
        j == floor
        or toks.kinds[j - 1] != "w"
        or toks.words[j - 1] in COORDINATORS
        or toks.words[j - 1] in _SUBORDINATORS_BEFORE_SUBJECT
    ):
        # "Some say", "..., many believe", "But few believe", "..., though
        # some have argued that"
        return (j, j)
    if word == "another" and (
        j == floor or toks.kinds[j - 1] != "w" or toks.words[j - 1] in COORDINATORS
    ):
        return (j, j)  # "One strategist said ... Another said ...": one more of them
    if word == "another" and j - 1 >= floor and toks.words[j - 1] in {"while", "whereas"}:
        return (j, j)  # "One says ..., while another says ...": the second of them
    if word == "one" and _one_of_them(toks, j, floor):
        return (j, j)  # "One says ..., while another says ...": one of those counted
    if (
        word == "other"
        and j - 1 >= floor
        and j + 1 < len(toks)
        and toks.words[j + 1] in CUE_FORMS  # "the other said", not "the other was ensuring"
        and toks.words[j - 1] == "the"
        and (
            j - 1 == floor
            or toks.kinds[j - 2] != "w"
            or toks.words[j - 2] in _JOINS_BEFORE_THE_OTHER
        )
    ):
        return (j - 1, j)  # "One source said ..., while the other said ...": the second
    if word.isdigit() and j > floor and toks.words[j - 1] in {"no", "number"}:
        return (j - 1, j)  # "No 10 said": Downing Street by its number
    if word in _COUNTED and j > floor and toks.words[j - 1] in {"the", "all"}:
        return (j - 1, j)  # "The two said", "all three said": people counted before
    if (
        (word in _COUNTED or word == "one")
        and j - 2 >= floor
        and toks.words[j - 2 : j] == ["all", "but"]
    ):
        return (j - 2, j)  # "All but two said": the rest of those counted before
    noun_use = j > floor and (  # "the report said", "the IMF report stated"
        toks.words[j - 1] in DETERMINERS
        or toks.words[j - 1] in {"of", "for"}  # "The head of state also said"
        or toks.words[j - 1].endswith(("'s", "’s"))  # "the bank's thinking"
        or (j + 1 < len(toks) and toks.words[j + 1] in CUE_FORMS)
        or (toks.kinds[j - 1] == "w" and _capitalized(text, toks, j - 1) and j - 1 > 0)
        # "A diplomat from a member state, who ..., said": a compound noun
        # after an article, no verb (but "the company also states")
        or (
            j - 2 >= floor
            and toks.words[j - 2] in {"a", "an", "the"}
            and toks.kinds[j - 1] == "w"
            and toks.words[j - 1] not in AUXILIARIES
            and toks.words[j - 1] not in CUE_FORMS
            and not toks.words[j - 1].endswith("ly")
            and toks.words[j - 1] not in _NOT_NOUN_MODIFIERS
        )
        # "Harlow's annual report, released Tuesday, said": a document noun
        # after an owner or a determiner and one modifier
        or (
            word in DOCUMENT_HEADS
            and j - 2 >= floor
            and toks.kinds[j - 1] == "w"
            and (toks.words[j - 2] in DETERMINERS or toks.words[j - 2].endswith(("'s", "’s")))
        )
    )
    # "a mother of three"
    of_number = (is_number(word) and j >= 1 and toks.words[j - 1] == "of") or (
        # "Hydro One said", "Capital One said": a capitalised "One" ending a
        # company's name after another capitalised word
        word == "one"
        and j > floor
        and toks.kinds[j - 1] == "w"
        and _capitalized(text, toks, j)
        and _capitalized(text, toks, j - 1)
    )
    surname_modal = (  # "Theresa May said", "Ana Will said": a surname, no modal
        word in _MODAL_NAMES
        and j > floor
        and toks.kinds[j - 1] == "w"
        and _capitalized(text, toks, j)
        and _capitalized(text, toks, j - 1)
    )
    if (
        (word in CLAUSE_STOPS and not surname_modal)
        or (
            word in DETERMINERS
            and not of_number
            # "a source close to her said": the object pronoun after a
            # preposition ends the speaker's phrase, no determiner
            and not (
                word == "her" and j - 1 > floor and toks.words[j - 1] in _HER_OBJECT_PREPOSITIONS
            )
            # "Michael Every wrote", "Every said": a surname spelled as a determiner
            and not (word in _SURNAME_DETERMINERS and _capitalized(text, toks, j))
        )
        or (word in CUE_FORMS and not noun_use)
    ):
        return None
    # a restrictive anonymity clause: "an official who asked not to be named said"
    end = j
    k = j
    for back in range(j, max(floor, j - 14) - 1, -1):
        if toks.kinds[back] != "w":
            break
        if toks.words[back] == "who":
            if _anonymity_clause(toks, back, j) or _restrictive_who(toks, back, j):
                k = back - 1
            break
        if toks.words[back] == "that" and _restrictive_that(text, toks, back, j, floor):
            k = back - 1  # "The company that operates the mine said"
            break
        if toks.words[back] == "whose":
            if _restrictive_whose(toks, back, j):
                k = back - 1  # "Growers whose crops failed say": the owners speak
            break
    if k < floor:
        return None
    start = k + 1
    i = k
    tagged = 0  # tokens of a parenthetical tag, which do not count towards the length
    joint = False  # two definite bodies joined by "and the"
    while i >= floor and end - i < _MAX_SPEAKER_TOKENS + 6 + tagged:
        kind = toks.kinds[i]
        word = toks.words[i]
        if word == ")":
            # a party-and-state tag: Rep. Jane Doe (D-Wis.)
            opening = i - 1
            while opening >= floor and i - opening <= 9 and toks.words[opening] != "(":
                opening -= 1
            if (
                opening >= floor
                and toks.words[opening] == "("
                and opening > floor
                and (
                    i - opening <= 6
                    # "MP Jo Barr (Leeds—Grenville—Thousand Islands)": a
                    # Canadian riding, its places joined by dashes
                    or all(
                        toks.words[t] in _DASHES or _capitalized(text, toks, t)
                        for t in range(opening + 1, i)
                    )
                )
            ):
                tagged += i - opening + 1
                i = opening - 1
                continue
            break
        if (
            word == "."
            and i - 1 >= floor
            and i < end
            and toks.ends[i - 1] == toks.starts[i]
            and _ex_title(toks.words[i - 1])
        ):
            start = i - 1  # "Ex-Sen. Rhea Quist said": a former title's point
            i -= 2
            continue
        if kind != "w":
            break
        if (
            i < end
            and "\n" in text[toks.ends[i] : toks.starts[i + 1]]
            and (_stamp_line(text, i, toks) or _heading_line(text, i, toks))
        ):
            break  # "4:12 PM EST\nGov. Delia Frontera said": a liveblog entry's stamp
        if (
            i < end
            and toks.words[i + 1] in {"the", "a", "an"}
            and text[toks.starts[i + 1]].isupper()
            and "\n" in text[toks.ends[i] : toks.starts[i + 1]]
        ):
            # "... appointed Chancellor in September\nThe Chancellor has said":
            # a line with no stop (a caption, a standfirst) ends before an
            # article opening the next line
            start = i + 1
            break
        if (
            word == "point"
            and i - 2 >= floor
            and toks.words[i - 1] in {"one", "another", "some"}
            and toks.words[i - 2] == "at"
        ):
            break  # "At one point Voss said": a moment before the name, no title
        if _joined_document_participles(toks, i, k, floor):
            start = i  # "A complaint filed with the SEC and reviewed by Reuters"
            i -= 1
            continue
        if word == "and" and i - 1 >= floor and i + 1 <= k:
            left = toks.words[i - 1]
            if (
                (_capitalized(text, toks, i - 1) and _capitalized(text, toks, i + 1))
                # "Harlan Corp. (NYSE: HRL) and Ridgefield Inc. (NASDAQ: RDG)
                # announced": a company with its ticker, then another
                or (
                    left == ")"
                    and _capitalized(text, toks, i + 1)
                    and _tagged_company_before(text, toks, i - 1, floor)
                )
                # "Halvern Toys and the CPSC said", "Qatar, Egypt and the
                # United States said": two named bodies, the second with "the"
                or (
                    toks.words[i + 1] == "the"
                    and i + 2 <= k
                    and _capitalized(text, toks, i - 1)
                    and all(_capitalized(text, toks, t) for t in range(i + 2, k + 1))
                    and _names_open_clause(text, toks, i - 1, floor)
                )
                # "Federal regulators and the company said": people and a
                # body, the whole clause opening, speak together
                or (
                    toks.words[i + 1] == "the"
                    and i + 2 <= k <= i + 3
                    and toks.words[k] in ORGANIZATION_HEADS
                    and not _capitalized(text, toks, k)
                    and (_agent_plural(left) or left in GROUP_HEADS)
                    and i - floor <= 3
                    and all(toks.kinds[t] == "w" for t in range(floor, i))
                )
                # "Doyle and others", "Ruiz and other Democrats": one speaker
                or (
                    toks.words[i + 1] in {"others", "other"}
                    and (_capitalized(text, toks, i - 1) or text[toks.starts[i - 1]].isupper())
                )
                # "Pfizer and its partner BioNTech", "Roche and its U.S. unit
                # Genentech": two companies, the second by its tie to the first
                or (
                    toks.words[i + 1] == "its"
                    and _capitalized(text, toks, i - 1)
                    and _capitalized(text, toks, k)
                    and 3 <= k - i <= 5
                    and any(toks.words[t] in _CORPORATE_TIES for t in range(i + 2, k))
                )
                # "Harlan Voss and his allies": the person and the people
                # around him, one speaker
                or (
                    toks.words[i + 1] in {"his", "her", "their"}
                    and i + 2 == k
                    and toks.words[k] in _ENTOURAGE
                    and _capitalized(text, toks, i - 1)
                )
                or (
                    # people on both sides: "economists and port officials", not
                    # "demanded deeper cuts and Democrats warned"
                    _pp_head(text, toks, i - 1, floor)
                    and _pp_head(text, toks, k, floor)
                    and (left in _PP_HEADS or left in IRREGULAR_PLURALS or _agent_plural(left))
                )
            ):
                start = i  # "Lee and Ortiz", "economists and port officials"
                i -= 1
                continue
            if (
                left == ")"
                and _capitalized(text, toks, i + 1)
                and _tagged_name_before(text, toks, i - 1, floor)
            ):
                start = i  # "Harlan Corp. (NYSE: HRL) and Ridgefield Inc. (NASDAQ: RDG)"
                i -= 1
                continue
            if (
                left in TITLE_WORDS
                and not _capitalized(text, toks, i - 1)
                and i + 2 <= k
                and _capitalized(text, toks, i + 1)
                and toks.words[i + 1] in TITLE_WORDS
                and _capitalized(text, toks, k)
                and i - 2 >= floor
                and _capitalized(text, toks, i - 2)
            ):
                # "Labour Party leader and Prime Minister Jonas Stoere": two
                # titles written before one name
                start = i
                i -= 1
                continue
            if _inside_pp_object(toks, i, floor):
                start = i  # "The maker of Harbor biscuits and Tundra bars"
                i -= 1
                continue
            if i + 2 <= k and toks.words[i + 2] == "by" and _polled_by(toks, i + 2, floor):
                start = i  # "A memo sent to staff and seen by Reuters": two participles
                i -= 1
                continue
            if (
                _source_noun(left)
                and _source_noun(toks.words[k])
                and (toks.words[i + 1] in DETERMINERS or toks.words[i - 2 : i - 1] == ["the"])
                # the first noun opens the phrase, it is no verb's object
                # ("hired workers and the union said": the union alone)
                and _opens_phrase(toks, _definite_open(text, toks, i - 1, floor), floor)
                and all(
                    toks.words[t] in DETERMINERS or not _capitalized(text, toks, t)
                    for t in range(i + 1, k + 1)
                )
            ):
                start = i  # "residents and the army said", "The army and residents said"
                i -= 1
                continue
            if _body_and_named_body(text, toks, i, k, floor):
                joint = True
                start = i  # "The Vickery campaign and the RNC said": two bodies
                i -= 1
                continue
            break
        if i > floor and _capitalized(text, toks, i) and toks.words[i - 1] not in {".", "!", "?"}:
            start = i  # "Theresa May", "Will Ortiz": a capitalised word is a name here
            i -= 1
            if (
                i - 1 >= floor
                and toks.words[i] in _THING_NOUNS
                and toks.words[i - 1] in DETERMINERS
                and not _capitalized(text, toks, i)
            ):
                break  # "a decision Mayor Rita Halvorsen called “overdue”": the object
            continue
        if (
            word == "by"
            and i - 2 >= floor
            and toks.words[i - 1] in _LED_BY
            and _capitalized(text, toks, i - 2)
            and i + 1 <= k
            and _capitalized(text, toks, i + 1)
        ):
            # "Economists at Brightwater Capital led by Tom Hayes": the people
            # the leader heads, with their firm (not the leader alone)
            led = _speaker_left(text, toks, i - 2, floor)
            if led is not None and led[0] < i - 2 and _pp_head(text, toks, led[0], floor):
                start = led[0]
            break
        if (
            word == "by"
            and i - 3 >= floor
            and toks.words[i - 1] in _LED_BY
            and (toks.words[i - 2] in ORGANIZATION_HEADS or toks.words[i - 2] in _COLLECTIVE_HEADS)
            and not _capitalized(text, toks, i - 2)
            and (
                (toks.words[i - 3] in {"a", "an", "the"} and _opens_phrase(toks, i - 3, floor))
                # "A two-member bench headed by ...": one lower-case modifier
                or (
                    i - 4 >= floor
                    and toks.words[i - 4] in {"a", "an", "the"}
                    and toks.kinds[i - 3] == "w"
                    and not _capitalized(text, toks, i - 3)
                    and "-" in toks.words[i - 3]
                    and _opens_phrase(toks, i - 4, floor)
                )
            )
            and i + 1 <= k
            and _capitalized(text, toks, i + 1)
        ):
            # "A bench headed by Chief Justice Sanjiv Mehra said": the body
            # speaks, its leader restricts it (SPEC: restrictive modifiers)
            start = i - 3 if toks.words[i - 3] in {"a", "an", "the"} else i - 4
            break
        if (
            (word in PAST_ONLY or word in _IRREGULAR_PARTICIPLES)
            and i != k
            and not _capitalized(text, toks, i)
            and toks.words[i + 1] in _OBJECT_OPENERS
            # not a contact clause: "a letter the campaign sent the DNC"
            and not any(toks.words[t] in DOCUMENT_HEADS for t in range(max(floor, i - 5), i))
        ):
            break  # "The district sent a message to families saying": a verb and its object
        if (
            word in CLAUSE_STOPS
            and not _in_charge(toks, i, k)
            and not _joined_document_participles(toks, i, k, floor)
            and not (
                word == "to"
                and (
                    _pp_head(text, toks, i - 1, floor)
                    or toks.words[i - 1] in _JOB_NOUNS
                    or _response_to(toks, i, floor)
                    # "The U.S. Mission to the United Nations"
                    or (
                        toks.words[i - 1] in {"mission", "delegation", "embassy"}
                        and _capitalized(text, toks, i - 1)
                    )
                )
            )
            # "A letter sent to parents said": a document's participle phrase
            and not _document_participle_before(toks, i, floor)
            # "Critics such as Ortiz say": examples of a plural subject
            and not (
                word == "as"
                and i - 2 >= floor
                and toks.words[i - 1] == "such"
                and looks_plural(toks.words[i - 2])
            )
            # "May Chen said": a first name opening the sentence, not a modal
            and not (
                i == floor
                and i < k
                and _modal_first_name(text, toks, i)
                and end + 1 < len(toks)
                and lemma_of(toks.words[end + 1]) not in {None, toks.words[end + 1]}
            )
            # "Experts not involved in the study": a negated participle
            and not (
                word == "not"
                and i + 1 <= k
                and toks.words[i + 1].endswith("ed")
                and i - 1 >= floor
                and looks_plural(toks.words[i - 1])
            )
            and not (word == "by" and i > floor and toks.words[i - 1] in _BY_HEADS)
            # "A complaint filed with the SEC and reviewed by Reuters alleges"
            and not (
                word == "by"
                and i - 2 > floor
                and _joined_document_participles(toks, i - 2, k, floor)
            )
            # a ranking: "the fourth-largest U.S. lender by assets"
            and not (word == "by" and i + 1 <= k and toks.words[i + 1] in _RANKED_BY)
            and not (word == "by" and _polled_by(toks, i, floor))
        ) or (
            word in CUE_FORMS
            and i != j
            and not _capitalized(text, toks, i)
            and _inflected_or_after_plural(toks, i)
            and not _document_participle_before(toks, i + 1, floor)
            and not (i + 1 <= k and _response_to(toks, i + 1, floor))
            # "A news report released Tuesday said": a noun its participle
            # restricts, no verb after a plural
            and not (i + 1 < j and toks.words[i + 1] in RESTRICTIVE_PARTICIPLES)
            # "North Korea's state media KCNA", "state television": an adjective
            and not (word == "state" and toks.words[i + 1] in _STATE_RUN)
            # "Algeria's state energy company Sonatrach", "the state grain
            # buyer": after an owner or an article, a noun's modifier
            and not (
                word == "state"
                and i - 1 >= floor
                and toks.kinds[i + 1] == "w"
                and (toks.words[i - 1].endswith(("'s", "’s")) or toks.words[i - 1] in {"the", "a"})
            )
            # "Several posts on Facebook": a plural quantifier takes no verb in -s
            and not (
                word.endswith("s") and i - 1 >= floor and toks.words[i - 1] in PLURAL_QUANTIFIERS
            )
        ):
            break
        placed = None if _in_charge(toks, i, k) else _placed_name(text, toks, i, k, floor)
        if placed == "body":
            start = i  # "The National Hurricane Center in Miami": a body in its city
            i -= 1
            continue
        if placed == "person":
            # "U.S. District Judge Jed Rakoff in Manhattan said": the court's
            # city after a person's name places the court, not the speaker
            return _speaker_left(text, toks, i - 1, floor)
        # "a spokesperson for the ministry", "people familiar with": a
        # prepositional phrase stays only after a source-like head
        if (
            (word in _PREPOSITIONS or word in _PLACE_PREPOSITIONS)
            and i != k
            and not _pp_head(text, toks, i - 1, floor)
            and not (word == "to" and toks.words[i - 1] in _JOB_NOUNS)  # "assistant to"
            and not _response_to(toks, i, floor)  # "The county's reply to the lawsuit"
            and not _in_charge(toks, i, k)  # "Special Agent in Charge Dee Lamar"
            # "The local chapter of the union said": a body's local unit with
            # the body written as a common noun
            and not (
                word == "of"
                and toks.words[i - 1] in _LOCAL_UNITS
                and all(
                    toks.kinds[t] == "w" and not _capitalized(text, toks, t)
                    for t in range(i + 1, k + 1)
                )
            )
            and not _document_participle_before(toks, i, floor)
            and not (word == "of" and _partitive(toks, i - 1, floor))
            # "officials in the occupied part of the Zaporizhzhia region": a
            # part of a place inside the place phrase
            and not (
                word == "of"
                and toks.words[i - 1] in {"part", "parts"}
                and _part_of_a_place(toks, i - 1, floor)
            )
            # "analysts in Ohio and around the region": a second place
            and not (toks.words[i - 1] == "and" and _inside_pp_object(toks, i - 1, floor))
            # "A volunteer from Dayton", "one fan in Ohio": a person by a place
            and not (
                word in {"from", "in"}
                and i - 2 >= floor
                and toks.words[i - 2] in {"a", "an", "one", "another"}
                and toks.kinds[i - 1] == "w"
                and not _capitalized(text, toks, i - 1)
                and all(_capitalized(text, toks, t) for t in range(i + 1, k + 1))
            )
            # "The U.S. Embassy in Kyiv", "the ministry in Kyiv": a body in a place
            and not (
                word in {"in", "at"}
                and i - 1 >= floor
                and toks.words[i - 1] in ORGANIZATION_HEADS
                and _capitalized(text, toks, i + 1)
            )
            # "A spokesman for the FBI in Chicago": the body's office in a place
            # (and "a spokeswoman for the UN mission in Haiti")
            and not (
                word == "in"
                and i - 1 >= floor
                and (
                    _capitalized(text, toks, i - 1)
                    or (toks.words[i - 1] in _COLLECTIVE_OR_BODY_HEADS)
                )
                and _capitalized(text, toks, i + 1)
                and _for_a_body_before(toks, i, floor)
            )
            # "A GOP strategist in Iowa", "a whistleblower at the Pentagon":
            # one unnamed person by a place or a workplace
            and not _indefinite_agent_before(text, toks, i, floor)
            # "The U.S. Mission to the United Nations": a mission to a body
            and not (
                word == "to"
                and toks.words[i - 1] in {"mission", "delegation", "embassy"}
                and _name_follows(text, toks, i, k)
            )
            # "The U.N. agency for Palestinian refugees", "the ministry for
            # emergency situations": a body named by whom or what it serves
            and not (
                word == "for"
                and toks.words[i - 1] in ORGANIZATION_HEADS
                and not _capitalized(text, toks, i - 1)
                and k - i <= 3
                and all(
                    toks.kinds[t] == "w"
                    and toks.words[t] not in DETERMINERS
                    and toks.words[t] not in _SPAN_UNITS
                    and toks.words[t] not in {"part", "now", "decades"}
                    for t in range(i + 1, k + 1)
                )
            )
            # "The campaign of Harlan Voigt", "the government of Ruritania":
            # a body named by whom it belongs to
            and not (
                word == "of"
                and toks.words[i - 1] in ORGANIZATION_HEADS
                and not _capitalized(text, toks, i - 1)
                and _capitalized(text, toks, i + 1)
            )
            and not (
                word in {"of", "for", "on"}
                and _capitalized(text, toks, i - 1)
                and _name_follows(text, toks, i, k)
            )
            # "Superintendent of Police (SP) of Gazipur Rakib Hasan": a title,
            # its abbreviation in parentheses, and its place or body
            and not (
                word in {"of", "for"}
                and _abbreviated_title_before(text, toks, i - 1, floor)
                and _capitalized(text, toks, k)
            )
        ):
            break  # "Association of Arena Operators" keeps its "of"
        if word == "the" and i > floor and _capitalized(text, toks, i) and i != k:
            start = i
            break  # "... centers The S.E.C. said": a new phrase starts here
        if word in SUBJECT_PRONOUNS or word in RELATIVE_PRONOUNS:
            break
        if word in {"what", "how"} and i != k:
            break  # "That's what Sen. Harlan Breck said": the wh-word opens a clause
        if word in {"even", "just"} and i != k:
            break  # "Even Berg said", "even critics say": a focus word, not the speaker
        if (
            word.endswith("ed")
            and i != k
            and i - 2 >= floor
            and toks.words[i - 1] == "-"
            and toks.ends[i - 1] == toks.starts[i]
            and toks.ends[i - 2] == toks.starts[i - 1]
            and toks.kinds[i - 2] == "w"
        ):
            start = i - 2  # "The U.S.-backed Syrian Democratic Forces": one adjective
            i -= 3
            continue
        if (
            word.endswith("ed")
            and not _capitalized(text, toks, i)
            and word not in ED_ADJECTIVES
            and "-" not in word  # "The army-aligned government's": an adjective
            and i != k
            and not (
                i > floor
                and toks.words[i - 1] in _PARTICIPLE_HEADS
                # "officials involved", "a court filing lodged Thursday", not
                # "The official cited internal data": a verb and its object
                and not _object_after(text, toks, i, k)
            )
            # "A review by the Ledger published Monday": the document's date
            and not (word in RESTRICTIVE_PARTICIPLES and _document_by_before(toks, i, floor))
            # "A complaint filed with the SEC and reviewed by Reuters alleges"
            and not (i - 1 > floor and _joined_document_participles(toks, i - 1, k, floor))
            # "officials in the occupied part of ...": an adjective after
            # "the" before a place's part
            and not (
                i + 1 <= k
                and toks.words[i + 1] in {"part", "parts"}
                and i > floor
                and toks.words[i - 1] == "the"
            )
        ):
            break  # "a court document filed Thursday", "officials involved" go on
        start = i
        i -= 1
    if start > k:
        return None
    # trim a long phrase to its last determiner or capitalised run (but "A
    # report by the Army Corps of Engineers released in June": a document,
    # its author and its date are one phrase)
    if (
        k - start + 1 - tagged > _MAX_SPEAKER_TOKENS
        and not (
            k - start + 1 - tagged <= _MAX_SPEAKER_TOKENS + 5
            and toks.words[start] in DETERMINERS
            and start + 2 <= k
            and toks.words[start + 1] in DOCUMENT_HEADS
            and (
                toks.words[start + 2] == "by"
                # "A letter sent to suppliers and seen by the Marlowe Courier"
                or (
                    (
                        toks.words[start + 2] in _IRREGULAR_PARTICIPLES
                        or is_past_verb(toks.words[start + 2])
                    )
                    and "by" in toks.words[start + 3 : k + 1]
                )
            )
        )
        # "A whistleblower complaint filed with the Securities and Exchange
        # Commission and reviewed by Reuters": one modifier before the document
        and not (
            k - start + 1 - tagged <= _MAX_SPEAKER_TOKENS + 6
            and toks.words[start] in DETERMINERS
            and start + 3 <= k
            and toks.kinds[start + 1] == "w"
            and toks.words[start + 2] in DOCUMENT_HEADS
            and any(
                _joined_document_participles(toks, t, k, floor) for t in range(start + 4, k)
            )
        )
        and not _body_of_a_name(text, toks, start, k - tagged)
        and not _long_proper_name(text, toks, start, k - tagged)
        # "Union Minister of State (Independent Charge) for Labour and
        # Employment Ramesh Babu Chowdhury": a long capitalised title with
        # its bracketed part, then the name, opening the clause
        and not (
            tagged > 0
            and k - start + 1 - tagged <= _MAX_SPEAKER_TOKENS + 6
            and (start == floor or toks.kinds[start - 1] != "w")
            and all(
                toks.words[t] in {"(", ")", "of", "and", "for", "the"}
                or (toks.kinds[t] == "w" and _capitalized(text, toks, t))
                for t in range(start, k + 1)
            )
        )
        and not _titled_pair(text, toks, start, k - tagged, floor)
        and not _titled_name_of_a_body(text, toks, start, k - tagged, floor)
        # "Russian-installed officials in the occupied part of the
        # Zaporizhzhia region": people placed in a part of a place
        and not (
            k - start + 1 - tagged <= _MAX_SPEAKER_TOKENS + 3
            and any(
                toks.words[t] in {"part", "parts"}
                and toks.words[t + 1] == "of"
                and _part_of_a_place(toks, t, start)
                for t in range(start + 2, k)
            )
        )
        and not _experts_at_a_name(text, toks, start, k - tagged)
        # "the Monetary Authority of Singapore and the Ministry of Trade and
        # Industry": two bodies' full names
        and not (joint and k - start + 1 - tagged <= _MAX_SPEAKER_TOKENS + 6)
        # "the Australian Bureau of Agricultural and Resource Economics and
        # Sciences": one body's long full name after its article
        and not (
            k - start + 1 - tagged <= _MAX_SPEAKER_TOKENS + 6
            and toks.words[start] == "the"
            and start + 1 <= k
            and toks.words[k] not in _NAME_LINKS
            and all(
                _capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS | {"and"}
                for t in range(start + 1, k + 1)
            )
        )
    ):
        for s in range(k - tagged - _MAX_SPEAKER_TOKENS + 1, k + 1):
            if toks.words[s] in DETERMINERS or _capitalized(text, toks, s):
                start = s
                break
        else:
            return None
    # the phrase must hold a noun-like word: not only determiners/adverbs
    if (
        k == end
        and all(toks.words[s] in DETERMINERS for s in range(start, k + 1))
        # but "Every said": the surname of a person named before
        and not (start == k and toks.words[k] == "every" and _capitalized(text, toks, k))
    ):
        return None  # ("those who know him" holds its clause: k < end)
    contact = _contact_clause_subject(text, toks, start, k)
    if contact is not None:
        start = contact  # "into a market analysts expect to top ...": the analysts
    elif toks.words[start] in {"a", "an", "the"}:
        # "a move the agency said would ...", "the day the mayor said": a
        # second article after a noun opens a relative clause with no
        # "that"; its subject speaks
        for t in range(start + 2, k + 1):
            # ("a change its sponsor said was needed": a possessive opens
            # the clause's subject as an article does)
            if toks.words[t] in {"the", "a", "an", "its", "his", "their"} and (
                toks.kinds[t - 1] == "w"
                and toks.words[t - 1] not in DETERMINERS
                and toks.words[t - 1] not in _PREPOSITIONS
                and toks.words[t - 1] not in {"of", "by", "about", "and", "or"}
                and toks.words[t - 1] not in _RELATIVE_BREAKERS
                and not any(toks.words[u] in RESTRICTIVE_PARTICIPLES for u in range(start, t))
                and not _capitalized(text, toks, t - 1)
                and not toks.words[t - 1].endswith(("'s", "’s", "ly"))
                and all(toks.kinds[u] == "w" for u in range(start, t))
            ):
                start = t
                break
    # a leading preposition or adverb is not part of the speaker
    while start <= k and toks.words[start] in {"of", "for", "with", "at", "in", "on", "from"}:
        start += 1
    start = _count_before(toks, start, floor)
    if start - 1 > floor and toks.words[start - 1] in _PREPOSITIONS:
        start = _participle_head(text, toks, start, floor)
    elif (
        start - 2 > floor
        and toks.words[start - 1].endswith("ing")
        and toks.words[start - 2] in _PREPOSITIONS
    ):
        # "A man accused of killing his wife told police": the gerund's
        # object is no speaker; the head the participle modifies is
        start = _participle_head(text, toks, start - 1, floor)
    elif (
        start - 1 > floor
        and start < k
        and toks.words[start] in {"over", "after"}
        and toks.words[start - 1].endswith("ed")
    ):
        # "A woman charged over the crash told officers"
        over_start = _participle_head(text, toks, start + 1, floor)
        start = min(over_start, start)
    if (
        start - 3 >= floor
        and toks.words[start - 1] == "and"
        and toks.words[start - 2] in _STANDING_ADJECTIVES
        and toks.words[start - 3] in _SMALL_COUNTS
        and toks.words[start] in _SMALL_COUNTS
    ):
        # "One current and one former official said": two counts share the head
        start -= 3
    # "the Charlotte, North Carolina-based lender": a city, then its state
    # before "-based", is one place
    based = next(
        (t for t in range(start, min(end, start + 3) + 1) if toks.words[t].endswith("-based")),
        None,
    )
    if (
        based is not None
        and start - 2 >= floor
        and toks.words[start - 1] == ","
        and all(_capitalized(text, toks, t) for t in range(start, based + 1))
        and toks.kinds[start - 2] == "w"
        and _capitalized(text, toks, start - 2)
    ):
        city = start - 2
        while city - 1 >= floor and start - city < 4 and _capitalized(text, toks, city - 1):
            city -= 1
        if city - 1 >= floor and toks.words[city - 1] in DETERMINERS:
            city -= 1
        if toks.words[city] in DETERMINERS or city == floor:
            start = city
    # "Marla Quint, Dale Huck and Rita Salas said": a list of full names
    while (
        start - 3 >= floor
        and toks.words[start - 1] == ","
        and "and" in toks.words[start : end + 1]
        and _capitalized(text, toks, start)
        and _capitalized(text, toks, start - 2)
        and _capitalized(text, toks, start - 3)
        and (start - 4 < floor or not _capitalized(text, toks, start - 4) or start - 4 == 0)
        and (start - 4 < floor or toks.words[start - 4] not in _PREPOSITIONS)
        and toks.words[start - 2] not in _TIME_POINTS
        and toks.words[start - 2] not in _MONTHS
    ):
        start -= 3
    start = _surname_list(text, toks, start, end, floor)
    if (
        (start == k or toks.words[start + 1] == "(")  # "Acme, Inc. (NYSE: ACH)"
        and toks.words[start] in CORPORATE_SUFFIXES
        and start - 2 >= floor
        and toks.words[start - 1] == ","
        and _capitalized(text, toks, start - 2)
    ):
        name = _speaker_left(text, toks, start - 2, floor)  # "Brightwell Analytics, Inc."
        if name is not None:
            start = name[0]
    return (start, end) if start <= end else None


_PLACED_BODIES = frozenset(
    # courts sit in a city: "the 9th U.S. Circuit Court of Appeals in San
    # Francisco", "the 5th Circuit in New Orleans"
    {"center", "centre", "survey", "observatory", "laboratory", "circuit", "appeals"}
)


def _names_open_clause(text: str, toks: _Tokens, j: int, floor: int) -> bool:
    """Whether the capitalised words ending at ``j`` open the clause or follow
    a comma (``Qatar, Egypt``), and are no time or place phrase (``rose in
    March``, ``In Boston``, ``talks stalled Friday``)."""
    t = j
    while (
        t >= floor
        and toks.kinds[t] == "w"
        and (_capitalized(text, toks, t) or toks.words[t] in {"of", "&"})
    ):
        t -= 1
    lead = toks.words[t + 1]
    if (
        lead in _PREPOSITIONS
        or lead in _LEAD_WORDS
        or lead in _MONTHS
        or lead in _TIME_POINTS
    ):
        return False  # "In Boston, Voss and ...", "On Friday, Qatar and ..."
    # at the clause's start, or after a comma (a list's, "Qatar, Egypt and
    # the ...", or an opening phrase's, "On Friday, Qatar and the ...")
    return t < floor or toks.words[t] == ","


def _placed_name(text: str, toks: _Tokens, i: int, k: int, floor: int) -> str | None:
    """``"body"`` when token ``i`` is ``in`` between a capitalised body's name
    and its city that ends the speaker (``The National Hurricane Center in
    Miami``), ``"person"`` when a person's name stands before it (``Judge
    Jed Rakoff in Manhattan``), else ``None``."""
    if (
        toks.words[i] != "in"
        or not 1 <= k - i <= 3
        or i - 2 < floor
        or toks.kinds[i - 1] != "w"
        or not _capitalized(text, toks, i - 1)
        or not all(
            toks.kinds[t] == "w" and _capitalized(text, toks, t) for t in range(i + 1, k + 1)
        )
        or toks.words[i + 1] in _MONTHS
        or toks.words[i + 1] == "the"
    ):
        return None
    head = toks.words[i - 1]
    if (
        head in ORGANIZATION_HEADS
        or head in _PLACED_BODIES
        or (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "'s", "’s")))
    ):
        return "body"
    if toks.kinds[i - 2] == "w" and (
        _capitalized(text, toks, i - 2) or _title_word(toks.words[i - 2])
    ):
        return "person"
    return None


def _surname_list(text: str, toks: _Tokens, start: int, end: int, floor: int) -> int:
    """``Kerr, Voss and Ruiz said``: a list of surnames on second reference
    (AP: last name only after the first mention) that opens its clause is one
    speaker; the speaker ``Voss and Ruiz`` grows to the whole list. The new
    start, or ``start``."""
    if not (
        (end - start == 2 or _and_the_name(text, toks, start, end))
        and toks.words[start + 1] == "and"
        and _capitalized(text, toks, start)
        and _capitalized(text, toks, end)
    ):
        return start
    first = start
    while (
        first - 2 >= floor
        and toks.words[first - 1] == ","
        and toks.kinds[first - 2] == "w"
        and _capitalized(text, toks, first - 2)
        and first - start < 8
    ):
        first -= 2
    if first == start:
        return start
    # the list opens a clause: nothing, a sentence stop, a quotation mark or
    # a dash before its first name, never a word ("In Boston, Voss and Ruiz")
    if first - 1 >= floor and (toks.kinds[first - 1] == "w" or toks.words[first - 1] == ","):
        return start
    lead = toks.words[first]
    if (
        lead in _LEAD_WORDS
        or lead.endswith("ly")
        or lead in _TIME_POINTS
        or lead in _MONTHS
        or lead in DETERMINERS
    ):
        first += 2  # "Meanwhile, Voss and Ruiz said": an opening word, no name
    return first if first < start else start


def _and_the_name(text: str, toks: _Tokens, start: int, end: int) -> bool:
    """``Egypt and the United States``: a name, ``and the``, then a name of
    up to four capitalised words (the last of a list of bodies)."""
    return (
        3 <= end - start <= 6
        and toks.words[start + 2] == "the"
        and all(_capitalized(text, toks, t) for t in range(start + 3, end + 1))
    )


# words that open a sentence before a comma and are no surname
_LEAD_WORDS = frozenset(
    """meanwhile however still instead moreover furthermore also now then
    later earlier today yesterday overall afterward afterwards nonetheless
    nevertheless indeed separately additionally rather otherwise again
    first second third finally last here there together similarly likewise
    elsewhere initially ultimately yes no well so but and yet""".split()
)


_KIN_NOUNS = frozenset(
    """husband wife partner son daughter brother sister mother father fiance
    fiancee""".split()
)


def _named_kin_pair(text: str, toks: _Tokens, start: int, end: int, floor: int) -> int:
    """``Marla Quenby and her husband, Tobin Quenby, said``: a named person
    and a relative named in an appositive speak together; the speaker is the
    pair (as ``Marla Quenby and Tobin Quenby``), not the relative alone. The
    new start, or ``start``."""
    if not (
        start - 5 >= floor
        and toks.words[start - 1] == ","
        and toks.words[start - 2] in _KIN_NOUNS
        and toks.words[start - 3] in {"her", "his"}
        and toks.words[start - 4] == "and"
        and toks.kinds[start - 5] == "w"
        and _capitalized(text, toks, start - 5)
        and end + 1 < len(toks)
        and toks.words[end + 1] == ","
        and all(_capitalized(text, toks, t) for t in range(start, end + 1))
    ):
        return start
    first = start - 5
    while first - 1 >= floor and start - 5 - first < 3 and _capitalized(text, toks, first - 1):
        first -= 1
    before = toks.words[first - 1] if first > floor else ""
    if (
        before
        and toks.kinds[first - 1] == "w"
        and before not in DETERMINERS
        and before not in COORDINATORS
        and before not in CLAUSE_STOPS
    ):
        return start  # "... met Marla Quenby and her husband, ...": an object
    return first


def _titled_name_of_a_body(text: str, toks: _Tokens, start: int, k: int, floor: int) -> bool:
    """``Senior Judge Raul Montalvo of the U.S. District Court in Chicago``:
    a title, a name, then ``of the`` and a capitalised body (and its city
    after ``in``), opening the clause, is one phrase up to four words past
    the cap."""
    if k - start + 1 > _MAX_SPEAKER_TOKENS + 6:
        return False
    if start > floor and toks.kinds[start - 1] == "w":
        return False
    if not any(_title_word(toks.words[t]) for t in range(start, min(k, start + 3) + 1)):
        return False
    of = next((t for t in range(start + 2, k) if toks.words[t] == "of"), None)
    if of is None or not all(_capitalized(text, toks, t) for t in range(start, of)):
        return False
    return _capitalized(text, toks, k) and all(
        toks.kinds[t] == "w"
        and (
            _capitalized(text, toks, t)
            or toks.words[t] in {"of", "the", "in", "for", "and"}
            # "of the 9th U.S. Circuit Court of Appeals": a court's ordinal
            or _ORDINAL.fullmatch(toks.words[t]) is not None
        )
        for t in range(of, k + 1)
    )


def _titled_pair(text: str, toks: _Tokens, start: int, k: int, floor: int) -> bool:
    """``Quillon Chief Executive Dana Verhoek and Chief Financial Officer Lena
    Brauer``: two capitalised titled names joined by one ``and``, opening
    the clause, are one speaker, however long (up to five words past the
    cap)."""
    if k - start + 1 > _MAX_SPEAKER_TOKENS + 5:
        return False
    if start > floor and toks.kinds[start - 1] == "w":
        return False
    ands = [t for t in range(start, k + 1) if toks.words[t] == "and"]
    if len(ands) != 1 or not start + 2 <= ands[0] <= k - 2:
        return False
    sides = (range(start, ands[0]), range(ands[0] + 1, k + 1))
    return all(
        all(toks.kinds[t] == "w" and _capitalized(text, toks, t) for t in side)
        and any(_title_word(toks.words[t]) for t in side)
        for side in sides
    )


def _long_proper_name(text: str, toks: _Tokens, start: int, k: int) -> bool:
    """``the Australian Bureau of Agricultural and Resource Economics and
    Sciences``: an article and one capitalised name, its words joined only
    by ``of``, ``and``, ``for``, ``the``, is one phrase, however long."""
    if k - start + 1 > _MAX_SPEAKER_TOKENS + 5 or toks.words[start] not in DETERMINERS:
        return False
    if not (_capitalized(text, toks, start + 1) and _capitalized(text, toks, k)):
        return False
    return all(
        toks.kinds[t] == "w"
        and (_capitalized(text, toks, t) or toks.words[t] in {"of", "and", "for", "the", "&"})
        for t in range(start + 1, k + 1)
    )


def _body_of_a_name(text: str, toks: _Tokens, start: int, k: int) -> bool:
    """``A three-judge panel of the 2nd U.S. Circuit Court of Appeals``: a
    body (``panel``, ``board``, ``committee``) of one named institution is
    one phrase, however long the name; the long-phrase trim keeps it whole."""
    if k - start + 1 > _MAX_SPEAKER_TOKENS + 5 or toks.words[start] not in DETERMINERS:
        return False
    for h in range(start + 1, min(start + 5, k - 2)):
        if toks.words[h] in _COLLECTIVE_BODIES and toks.words[h + 1] == "of":
            body = h + 2 + (toks.words[h + 2] == "the")
            return body <= k and all(
                _capitalized(text, toks, t)
                or toks.words[t] in _NAME_LINKS
                or toks.words[t][:1].isdigit()
                # "A bench of Justices R K Mehra and S P Nair": the members named
                or (
                    toks.words[t] == "and"
                    and body < t < k
                    and _capitalized(text, toks, t - 1)
                    and _capitalized(text, toks, t + 1)
                )
                for t in range(body, k + 1)
            )
        if toks.kinds[h] != "w" and toks.words[h] != "-":
            return False
    return False


# verbs of memory before a speech gerund: "recalled telling", "remembers saying"
_MEMORY_VERBS = frozenset("recalled recalls remembered remembers recounted recounts".split())


def _experts_at_a_name(text: str, toks: _Tokens, start: int, k: int) -> bool:
    """``Economists at the nonpartisan Committee for a Responsible Federal
    Budget``: experts at one named body are one phrase, however long the
    name (and one describing word before it); the long-phrase trim keeps it
    whole."""
    if (
        k - start + 1 > _MAX_SPEAKER_TOKENS + 5
        or toks.words[start] not in _EXPERT_NOUNS
        or toks.words[start + 1] not in {"at", "from", "with"}
    ):
        return False
    body = start + 2 + (toks.words[start + 2] == "the")
    if body < k and not _capitalized(text, toks, body) and toks.words[body] not in DETERMINERS:
        body += 1  # "the nonpartisan Committee ...": one describing word
    return (
        body <= k
        and _capitalized(text, toks, body)
        and all(
            _capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS or toks.words[t] == "a"
            for t in range(body, k + 1)
        )
    )


_COLLECTIVE_BODIES = frozenset("board bench committee panel".split())


# counts before "of whom" that make a speaker: "many of whom", "two of whom"
_WHOM_COUNTS = QUANTIFIER_SUBJECTS | frozenset({"one", "none", "each", "half", "any", "dozens"})

# what a ranking is by: "the largest lender by assets"
_RANKED_BY = frozenset(
    "assets revenue revenues sales volume value capitalization capacity output deposits".split()
)

# heads of a reduced relative that names the people asked: "those polled"
_SURVEYED_HEADS = _PARTICIPLE_HEADS | frozenset({"those"})


def _anonymity_clause(toks: _Tokens, who: int, last: int) -> bool:
    """Whether ``who ... last`` withholds a name (``who asked not to be
    identified``) and holds no finite cue after its marker: in "A
    spokesperson who asked not to be identified said the city wanted ...",
    the clause ends before the main verb ``said``."""
    marker = next((t for t in range(who + 1, last + 1) if toks.words[t] in _ANONYMITY_CLAUSE), None)
    if marker is None:
        return False
    return not any(
        toks.words[t] in CUE_FORMS
        and toks.words[t - 1] != "to"
        and toks.words[t - 1] not in SUBJECT_PRONOUNS
        # "for fear of deportation": a noun, no verb
        and toks.words[t - 1] not in {"for", "of", "her", "his", "their", "a", "the"}
        for t in range(marker + 1, last + 1)
    )


def _anonymity_clause_speaker(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """``An aide who was not authorized to comment publicly said``, ``A
    person who asked not to be named because she feared reprisals said``:
    a relative clause that withholds the speaker's name belongs to the
    speaker, whatever verbs it holds, up to the cue at ``c``."""
    if c < 2 or toks.words[c - 1] in SUBJECT_PRONOUNS:
        return None  # "because she feared": the verb of a clause inside the clause
    k = c - 1
    while k >= 1 and toks.kinds[k] == "w" and c - k <= 24 and toks.words[k] != "who":
        k -= 1
    if (
        k >= 5
        and toks.words[k] == ","
        and toks.words[k - 2] == ","
        and toks.kinds[k - 1] == "w"
        and _capitalized(text, toks, k - 1)
        and toks.words[k - 3] in {"name", "names"}
        and toks.words[k - 4] in {"first", "given", "last"}
        and "who" in toks.words[max(0, k - 12) : k - 4]
    ):
        # "A woman who gave only her first name, Lucia, for fear of
        # deportation said": the name given speaks
        return (k - 1, k - 1)
    if k < 1 or toks.words[k] != "who" or toks.kinds[k - 1] != "w":
        return None
    if not _anonymity_clause(toks, k, c - 1):
        return None
    head = _speaker_left(text, toks, k - 1, 0)
    if head is None or toks.words[head[1]] in SUBJECT_PRONOUNS:
        return None
    return (head[0], c - 1)


def _restrictive_that(text: str, toks: _Tokens, that: int, j: int, floor: int) -> bool:
    """``The company that operates the mine said``: a body's noun after an
    article, then ``that`` and a verb with its object: a restrictive clause
    that stays in the speaker (the clause's object is no speaker)."""
    if that - 2 < floor or that + 2 > j or toks.kinds[that - 1] != "w":
        return False
    head = toks.words[that - 1]
    if _capitalized(text, toks, that - 1) or not (head in ORGANIZATION_HEADS or head in _PP_HEADS):
        return False
    if (
        toks.words[that - 2] not in DETERMINERS
        and toks.kinds[that - 2] == "w"
        and not (that - 3 >= floor and toks.words[that - 3] in DETERMINERS)
    ):
        return False  # "The mining company that ...": one modifier at most
    verb = toks.words[that + 1]
    if (
        toks.kinds[that + 1] != "w"
        or _capitalized(text, toks, that + 1)
        or verb in DETERMINERS
        or verb in SUBJECT_PRONOUNS
        or not (verb.endswith("s") or is_past_verb(verb))
    ):
        return False  # "a report that the company said": a complement clause
    return not any(
        toks.words[t] in CUE_FORMS and lemma_of(toks.words[t]) not in THAT_ONLY_LEMMAS
        for t in range(that + 1, j + 1)
    )


def _restrictive_who(toks: _Tokens, who: int, j: int) -> bool:
    """``People who attended the meeting said``: a relative clause with no
    comma before it restricts the noun before it, and the speaker is both.
    A noun must stand right before ``who`` (not a pronoun, an article or a
    clause word), and the clause must hold no other cue."""
    if who < 1 or toks.kinds[who - 1] != "w":
        return False
    head = toks.words[who - 1]
    if head in SUBJECT_PRONOUNS or head in CLAUSE_STOPS or head in {"a", "an", "the"}:
        return False  # but "those who know him", "many who voted"
    after = toks.words[who + 1] if who + 1 <= j else ""
    if after in SUBJECT_PRONOUNS or after in DETERMINERS or after in _PP_HEADS:
        return False  # "a man who police said fired": "who" is what was said about
    # (a cue that needs "that" to report is a plain verb here: "A woman who
    # answered the phone at the union hall said")
    return not any(
        toks.words[t] in CUE_FORMS and lemma_of(toks.words[t]) not in THAT_ONLY_LEMMAS
        for t in range(who + 1, j + 1)
    )


def _restrictive_whose(toks: _Tokens, whose: int, j: int) -> bool:
    """``Growers whose crops failed say``: a ``whose`` clause with no comma
    before it restricts the noun before it, and the speaker is both. As for
    ``who``, a noun stands right before it and the clause holds no other cue
    (the word after ``whose`` is the thing owned, never a subject)."""
    if whose < 1 or whose + 1 > j or toks.kinds[whose - 1] != "w":
        return False
    head = toks.words[whose - 1]
    if head in SUBJECT_PRONOUNS or head in CLAUSE_STOPS or head in {"a", "an", "the"}:
        return False
    return not any(
        toks.words[t] in CUE_FORMS and lemma_of(toks.words[t]) not in THAT_ONLY_LEMMAS
        for t in range(whose + 1, j + 1)
    )


def _tagged_name_before(text: str, toks: _Tokens, close: int, floor: int) -> bool:
    """Whether the ``)`` at ``close`` ends a press release's tag (an
    exchange ticker, a quoted defined term) right after a capitalised name,
    several tags standing in a row: ``Harlan Corp. (NYSE: HRL) ("Harlan")``."""
    for _ in range(3):
        opening = next(
            (t for t in range(close - 1, max(floor, close - 6) - 1, -1) if toks.words[t] == "("),
            None,
        )
        if opening is None or opening <= floor:
            return False
        inside = range(opening + 1, close)
        if not any(toks.words[t] == ":" or toks.kinds[t] == "q" for t in inside):
            return False  # a party tag "(D-Ohio)": AP's pairs are handled apart
        if toks.words[opening - 1] != ")":
            return _capitalized(text, toks, opening - 1)
        close = opening - 1
    return False


def _polled_by(toks: _Tokens, i: int, floor: int) -> bool:
    """``economists polled by Reuters``, ``analysts surveyed by the bank``:
    ``by`` after a participle that follows a source-like head, or after a
    second participle joined by ``and`` (``A memo sent to staff and seen by
    Reuters``)."""
    if i - 2 < floor or not (
        is_past_verb(toks.words[i - 1]) or toks.words[i - 1] in _IRREGULAR_PARTICIPLES
    ):
        return False
    if toks.words[i - 2] in _PARTICIPLE_HEADS:
        return True
    if toks.words[i - 2] != "and":
        return False
    return any(
        toks.words[t] in _PARTICIPLE_HEADS
        and (is_past_verb(toks.words[t + 1]) or toks.words[t + 1] in _IRREGULAR_PARTICIPLES)
        and all(toks.kinds[u] == "w" for u in range(t, i - 2))
        for t in range(max(floor, i - 8), i - 3)
    )


# "a draft seen by Reuters", "a memo written by aides"
_IRREGULAR_PARTICIPLES = frozenset("seen written drawn given shown sent made".split())


_NOT_A_SUBJECT = frozenset("despite without after before while since upon by via now then".split())


_NOT_PLURAL = frozenset(
    "is was has does his its this us as yes thus plus less always perhaps news".split()
)


def _partitive(toks: _Tokens, h: int, floor: int) -> bool:
    """``One of the officials``, ``each of the mayors``, ``two of them``: a
    count or quantifier before ``of`` heads the speaker phrase."""
    if h < floor:
        return False
    word = toks.words[h]
    # "47% of voters", "38.5% of those surveyed": a share written with its sign
    return is_partitive_head(word) or (
        len(word) > 1 and word.endswith("%") and word[:-1].replace(".", "", 1).isdigit()
    )


# a body's local unit: "the local chapter of the union", "the Paris branch
# of the bank"
_LOCAL_UNITS = frozenset({"chapter", "chapters", "branch", "affiliate"})


def _pp_head(text: str, toks: _Tokens, h: int, floor: int) -> bool:
    """Whether token ``h`` can head a speaker phrase that goes on with a
    prepositional phrase: a source-like noun (``a spokesperson for``,
    ``people familiar with``) or a lower-case plural (``analysts at``)."""
    if h < floor or toks.kinds[h] != "w":
        return False
    head = toks.words[h]
    return (
        head in _PP_HEADS
        or head in SHARE_WORDS
        or (head.endswith("ed") and h > floor and toks.words[h - 1] in _PARTICIPLE_HEADS)
        # "Experts not involved in the study": a negated participle after a plural
        or (
            head.endswith("ed")
            and h - 1 > floor
            and toks.words[h - 1] == "not"
            and (toks.words[h - 2] in _PARTICIPLE_HEADS or looks_plural(toks.words[h - 2]))
        )
        or (
            len(head) > 3
            and head.endswith("s")
            and not head.endswith(("ss", "'s", "’s"))
            and head not in _NOT_PLURAL
            and (h == 0 or not _capitalized(text, toks, h))
        )
    )


_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _joined_sources_to_the_end(text: str, toks: _Tokens, i: int, k: int) -> int | None:
    """``according to three former employees and internal documents.``: a
    second source phrase (people or records, in lower case) after ``and``
    that closes the sentence or clause joins the first, as written; the
    index of its last token, else None (``according to police and the
    suspect fled``: a new clause)."""
    if toks.kinds[k + 1] != "w" or _capitalized(text, toks, k + 1):
        return None
    if not any(
        _source_noun(toks.words[t]) or toks.words[t] in DOCUMENT_HEADS for t in range(i, k)
    ):
        return None
    second = _speaker_right(text, toks, k + 1)
    if second is None:
        return None
    after = second[1] + 1
    if after < len(toks) and toks.kinds[after] != "p":
        return None
    if toks.words[k + 1] in DETERMINERS and toks.words[k + 1] not in {"a", "an"}:
        return None  # "according to police and the suspect": left to the rule for articles
    if not any(
        _source_noun(toks.words[t]) or toks.words[t] in DOCUMENT_HEADS
        for t in range(k + 1, min(second[1], k + 4) + 1)
    ):
        return None
    return second[1]


def _speaker_right(text: str, toks: _Tokens, i: int) -> tuple[int, int] | None:
    """The speaker noun phrase starting at token ``i`` (inverted frames)."""
    n = len(toks)
    if i >= n or toks.kinds[i] != "w":
        return None
    if (toks.words[i] in CLAUSE_STOPS and not _modal_first_name(text, toks, i)) or (
        toks.words[i] in OBJECT_PRONOUNS - SUBJECT_PRONOUNS
        # "said her lawyer": "her" is possessive before a noun
        and not (
            toks.words[i] == "her"
            and i + 1 < n
            and toks.kinds[i + 1] == "w"
            and toks.words[i + 1] not in CLAUSE_STOPS
        )
    ):
        return None
    end = i
    k = i
    while (
        k < n
        and k - i < _MAX_SPEAKER_TOKENS + 5
        and (
            toks.kinds[k] == "w"
            or (toks.words[k] == "(" and k > i)
            # "said Ex-Sen. Rhea Quist": a former title's point
            or (
                toks.words[k] == "."
                and k > i
                and k + 1 < n
                and toks.kinds[k + 1] == "w"
                and toks.ends[k - 1] == toks.starts[k]
                and _ex_title(toks.words[k - 1])
            )
        )
    ):
        if toks.words[k] == ".":
            k += 1
            continue
        if toks.words[k] == "(":
            close = k + 1
            while close < n and close - k <= 6 and toks.words[close] != ")":
                close += 1
            if close >= n or toks.words[close] != ")":
                break
            k = close + 1  # "Deputy Commissioner of Police (Outer North) Meenakshi Rawat"
            continue
        word = toks.words[k]
        if word == "of" and k > i and k + 1 < n and toks.words[k + 1] in _POSSESSIVES:
            break  # "Said Pruitt of his goalie: ...": the topic, not the name
        if (
            word == "and"
            and k > i
            and k + 1 < n
            and _capitalized(text, toks, k - 1)
            and _capitalized(text, toks, k + 1)
        ):
            end = k  # "the Department of Labor and Economic Opportunity"
            k += 1
            continue
        if word == "and" and k > i and k + 1 < n and _capitalized(text, toks, k - 1):
            if toks.words[k + 1] == "others":
                end = k + 1  # "said Doyle and others"
                break
            if (
                toks.words[k + 1] == "other"
                and k + 2 < n
                and toks.kinds[k + 2] == "w"
                and looks_plural(toks.words[k + 2])
            ):
                end = k + 2  # "said Ruiz and other Democrats"
                break
        if (
            word == "and"
            and k > i
            and k + 2 < n
            and toks.words[k + 1] in {"a", "an", "the"}
            and _source_noun(toks.words[k - 1])
            and not _capitalized(text, toks, k - 1)
            and toks.kinds[k + 2] == "w"
            and not _capitalized(text, toks, k + 2)
        ):
            # "according to a security source and a relative of one of the
            # men": two sources, one speaker; the second must head a phrase
            second = _speaker_right(text, toks, k + 1)
            if second is not None and any(
                _source_noun(toks.words[t]) for t in range(k + 2, min(second[1], k + 4) + 1)
            ):
                end = second[1]
                break
        if word == "and" and k > i and k + 1 < n:
            joined = _joined_sources_to_the_end(text, toks, i, k)
            if joined is not None:
                end = joined  # "according to three former employees and internal documents"
                break
        if (
            word == "and"
            and k > i
            and k + 2 < n
            and toks.kinds[k + 1] == "w"
            and not _capitalized(text, toks, k - 1)
            and not _capitalized(text, toks, k + 1)
            and (_source_noun(toks.words[k - 1]) or toks.words[k - 1] in _JOB_NOUNS)
            and (_source_noun(toks.words[k + 1]) or toks.words[k + 1] in _JOB_NOUNS)
            and _capitalized(text, toks, k + 2)
        ):
            end = k  # "said lobbyist and strategist Carl Bloom": two roles, one name
            k += 1
            continue
        if (
            word == "to"
            and k > i
            and k + 2 < n
            and toks.words[k - 1] in ORGANIZATION_HEADS
            and _capitalized(text, toks, k - 1)
            and _capitalized(text, toks, k + 1)
            and _capitalized(text, toks, k + 2)
        ):
            # "The Committee to Protect Journalists said ... and called": a
            # body named for its aim goes on past its "to"
            end = k
            k += 1
            continue
        if k > i and (
            word in CLAUSE_STOPS or word in {"in", "on", "at", "during", "to", "who", "whose"}
        ):
            if word == "by" and _polled_by(toks, k, i):
                end = k
                k += 1
                continue  # "said economists polled by Reuters"
            if _inverted_phrase_goes_on(text, toks, i, k) or (
                word == "than" and toks.words[k - 1] in {"more", "fewer", "less"}
            ):
                end = k  # (and "according to more than a dozen officials")
                k += 1
                continue
            break  # "said Smith in a statement": stop before a venue or time phrase
        if (
            k > i
            and _capitalized(text, toks, k - 1)
            and not _capitalized(text, toks, k)
            and word not in _NAME_LINKS
            and not _particle_surname(text, toks, k)  # "said Ahmed al-Mismari"
            and word not in PRIVY_WORDS  # "said one Democrat familiar with ..."
            and toks.words[i] not in DETERMINERS
            and not toks.words[k - 1].endswith(("'s", "’s"))  # "said Hale's lawyer"
        ):
            if (
                looks_plural(word)
                and (word[:-1] in _PP_HEADS or _agent_plural(word) or word in GROUP_HEADS)
                and (k + 1 >= n or not _capitalized(text, toks, k + 1))
            ):
                end = k  # "Federal Reserve officials held ... and signaled": its people
                break
            name = _name_after_role(text, toks, k)
            if name is None:
                people = _people_after_opening_capital(text, toks, i, k)
                if people is not None:
                    end = people  # "Voting rights groups welcomed ... but said"
                break
            k = end = name  # "said Harvard economist Harold Pinsky"
            continue
        end = k
        k += 1
    if end + 1 < n and toks.kinds[end + 1] == "q" and toks.words[end] in _NAMING_WORDS:
        end += 1  # "said a drone operator with the call sign “Shaman”": the name
    if end - i >= 4:
        return _cut_person_body(text, toks, (i, end))
    return (i, end)


_SURNAME_PARTICLES = ("al-", "el-", "al\u2011", "el\u2011")


_MODAL_NAMES = frozenset({"will", "may", "can"})


def _modal_first_name(text: str, toks: _Tokens, i: int) -> bool:
    """Whether the capitalised ``Will``/``May``/``Can`` at ``i`` is a first
    name: another capitalised word follows (``said Will Dunmore``)."""
    return (
        toks.words[i] in _MODAL_NAMES
        and _capitalized(text, toks, i)
        and i + 1 < len(toks)
        and toks.kinds[i + 1] == "w"
        and _capitalized(text, toks, i + 1)
    )


def _particle_surname(text: str, toks: _Tokens, k: int) -> bool:
    """Whether token ``k`` is an Arabic surname with its lower-case article
    (``al-Mismari``, ``el-Sayed``): part of the name before it."""
    word = toks.words[k]
    start = toks.starts[k] + 3
    return word.startswith(_SURNAME_PARTICLES) and start < toks.ends[k] and text[start].isupper()


# prepositions and conjunctions that take the article after them as their
# own object, so no that-less relative opens there ("a statement issued
# after the talks said", "a report released during the summit said")
_RELATIVE_BREAKERS = frozenset(
    """after before during since until till following amid despite over under
    against across through throughout without within between among like than
    into onto upon toward towards behind beyond near around along via per as
    but nor""".split()
)


# participles that make a restrictive phrase of what follows: "a bench
# headed by ...", "a statement issued after the talks"
RESTRICTIVE_PARTICIPLES = frozenset(
    """headed led chaired issued released published signed adopted posted
    sent filed seen obtained shared tweeted texted""".split()
)


def _inverted_phrase_goes_on(text: str, toks: _Tokens, i: int, k: int) -> bool:
    """Whether an inverted speaker goes on past the preposition at ``k``:
    after a restrictive participle (``said a joint statement issued after the
    talks``, ``said a bench headed by Chief Justice ...``), and inside a
    title's complement before a name (``said Lumarian Ambassador to China
    Pedro Alcaraz``)."""
    before = toks.words[k - 1]
    if k - 1 > i and before in RESTRICTIVE_PARTICIPLES and toks.words[k] in _PARTICIPLE_PREPS:
        return True
    if k - 1 > i and before in _SENT_TO and toks.words[k] == "to":
        return True  # "according to a letter sent to parents": its addressees
    if k - 1 > i and before in PRIVY_WORDS and toks.words[k] in {"to", "on"}:
        return True  # "said a person close to the campaign": the adjective's phrase
    if (
        (before in _MARKET_STAFF or before in _EXPERT_NOUNS)
        and toks.words[k] in {"at", "with", "from"}
        and k + 1 < len(toks)
        and toks.kinds[k + 1] == "w"
        and _capitalized(text, toks, k + 1)
    ):
        return True  # "said analysts at Bernstein": the firm is restrictive
    if (
        before in _MARKET_STAFF
        and toks.words[k] in {"at", "with"}
        and _workplace_after(toks, k + 1)
    ):
        return True  # "said a dealer at a European trading house"
    if (
        before in _MARKET_STAFF
        and k - 1 > i
        and toks.words[k - 2] in {"a", "an", "one", "another"}
        and toks.words[k] == "in"
        and k + 1 < len(toks)
        and toks.kinds[k + 1] == "w"
        and _capitalized(text, toks, k + 1)
        and toks.words[k + 1] not in DETERMINERS
        and toks.words[k + 1] not in _MONTHS  # "said a trader in May"
    ):
        return True  # "said a trader in Singapore": the desk's city restricts
    return (
        toks.words[k] in {"to", "for", "on"}
        and before in TITLE_WORDS
        and _capitalized(text, toks, k - 1)
        and k + 1 < len(toks)
        and (_capitalized(text, toks, k + 1) or toks.words[k + 1] == "the")
    )


# participles of a document's delivery, restricted by its addressees
_SENT_TO = frozenset(
    "sent addressed mailed emailed delivered submitted distributed circulated".split()
)


# market and research experts whose firm follows with "at" (Reuters and
# Bloomberg markets copy: "said economists at Capital Economics")
_EXPERT_NOUNS = frozenset(
    """analyst analysts economist economists strategist strategists researcher
    researchers scientist scientists expert experts""".split()
)


# the workplace nouns of commodity and market desks ("a dealer at a
# European trading house", "a broker with a Mumbai-based firm")
_WORKPLACES = frozenset(
    "house firm bank brokerage company fund exporter importer mill refinery trader".split()
)


def _workplace_after(toks: _Tokens, t: int) -> bool:
    """Whether ``a``/``an``/``one`` at ``t`` opens a short indefinite
    phrase ending in a workplace noun (``a European trading house``)."""
    if t >= len(toks) or toks.words[t] not in {"a", "an", "one"}:
        return False
    for u in range(t + 1, min(t + 5, len(toks))):
        if toks.kinds[u] != "w":
            return False
        if toks.words[u] in _WORKPLACES:
            return u + 1 >= len(toks) or toks.kinds[u + 1] != "w"
    return False


_PARTICIPLE_PREPS = frozenset({"by", "after", "on", "at", "in", "during", "following"})
# the market staff a firm's name after "at" restricts ("said analysts at
# Bernstein", "said economists at Brenner Bank", "said a strategist at X")
_MARKET_STAFF = frozenset(
    """analyst analysts economist economists strategist strategists
    researchers trader traders dealer dealers broker brokers""".split()
)


def _participle_head(text: str, toks: _Tokens, start: int, floor: int) -> int:
    """``Firefighters battling a wildfire west of Denver said``, ``A man
    charged with arson in a Phoenix fire told``: a phrase ending after a
    preposition belongs to a head modified by a participle further left (a
    plural before ``-ing``, a person noun before ``-ed``); the start of that
    head, else ``start``."""
    for t in range(start - 2, max(floor, start - 10), -1):
        word = toks.words[t]
        if toks.kinds[t] != "w":
            return start
        before = toks.words[t - 1]
        if (
            word.endswith("ing")
            and word not in CUE_FORMS
            and (
                looks_plural(before)
                # "A hospital spokesman speaking on condition of anonymity
                # said", "Another aide speaking to the Ledger said": one person
                or before in ANONYMOUS_HEADS
                or before in ROLE_HEADS
            )
        ) or (
            # "A man charged with arson in a Phoenix fire", "a mayor accused of"
            word.endswith("ed") and (before in ANONYMOUS_HEADS or before in ROLE_HEADS)
        ):
            head = _speaker_left(text, toks, t - 1, floor)
            return head[0] if head is not None else start
        if (
            word in AUXILIARIES
            or word in SUBJECT_PRONOUNS
            or word in CUE_FORMS
            or word in COORDINATORS
        ):
            return start
    return start


_LED_BY = frozenset({"led", "headed", "chaired"})


def _name_after_role(text: str, toks: _Tokens, k: int) -> int | None:
    """``Harvard economist Harold Pinsky``, ``Colorado state Sen. Lee``: after
    a capitalised word, up to three lower-case role words and then a name
    go on with the speaker; the index of the name's first word, else None."""
    t = k
    while (
        t < len(toks)
        and t - k < 3
        and toks.kinds[t] == "w"
        and not _capitalized(text, toks, t)
        and toks.words[t] not in CLAUSE_STOPS
        and (toks.words[t] not in CUE_FORMS or toks.words[t] == "state")  # "state Sen."
        and not toks.words[t].endswith(("ing", "ly", "ed"))
    ):
        t += 1
    if t == k or t >= len(toks) or toks.kinds[t] != "w" or not _capitalized(text, toks, t):
        return None
    return t


def _closes_coordinated_appositive(toks: _Tokens, comma: int) -> bool:
    """``Ruiz, a Democrat, and Hale, a Republican,``: the comma closes a
    short appositive (``, a/an/the ...,``) of the last of coordinated
    subjects (an ``and`` before it), so a floating quantifier after it
    (``both``, ``each``) is no subject of its own."""
    if comma < 1 or toks.words[comma] != ",":
        return False
    for p in range(comma - 2, max(0, comma - 7), -1):
        if toks.kinds[p] != "w" and toks.words[p] != ",":
            return False
        if toks.words[p] == ",":
            return toks.words[p + 1] in {"a", "an", "the"} and "and" in toks.words[
                max(0, p - 12) : p
            ]
    return False


def _skip_back(text: str, toks: _Tokens, j: int) -> int:
    """The first token at or before ``j`` that is not an adverb, auxiliary or
    time phrase standing between a speaker and its verb (``has also said``,
    ``is telling``, ``a panel in 2001 found``, ``the court on Monday ruled``);
    a capitalised one inside the sentence is a name (``Theresa May said``)."""
    while True:
        while (
            j >= 0
            and toks.kinds[j] == "w"
            and (
                toks.words[j] in ADVERBS_BEFORE_CUE
                or toks.words[j] in AUXILIARIES
                or toks.words[j] in {"not", "never"}
                or toks.words[j].endswith(("n't", "n’t"))
                # any manner adverb: "whom he affectionately calls", "Lee
                # bluntly said" (not a noun in -ly: "the family", "the elderly")
                or (
                    toks.words[j].endswith("ly")
                    and len(toks.words[j]) > 5
                    and toks.words[j] not in LY_NOUNS
                    and j > 0
                    and toks.words[j - 1] not in DETERMINERS
                    and not toks.words[j - 1].endswith(("'s", "’s"))
                )
                # a floating quantifier: "Ortiz and Lee both said", "the two
                # leaders each said"
                or (
                    toks.words[j] in {"both", "each", "all"}
                    and j > 0
                    and (
                        (
                            toks.kinds[j - 1] == "w"
                            and toks.words[j - 1] not in DETERMINERS
                            and toks.words[j - 1] not in CLAUSE_STOPS
                        )
                        # "Ruiz, a Democrat, and Hale, a Republican, both said"
                        or _closes_coordinated_appositive(toks, j - 1)
                    )
                )
            )
            and not (j > 0 and _capitalized(text, toks, j))
        ):
            j -= 1
        if j >= 2 and toks.words[j] == "particular" and toks.words[j - 1] == "in":
            j -= 2  # "House Democrats in particular fear": a focus adverbial
            continue
        if (
            j >= 1
            and toks.words[j] in _MEMORY_VERBS
            and j + 1 < len(toks)
            and toks.words[j + 1].endswith("ing")
        ):
            j -= 1  # "Voss recalled telling the senator": the one who told
            continue
        # "Mr Ahmed Musa on Thursday in Lagos said": a place after the day
        # (the wire's "on DAY in PLACE") is where it was said, no speaker
        p = j
        while p > j - 3 and p > 0 and toks.kinds[p] == "w" and _capitalized(text, toks, p):
            p -= 1
        if p < j and p >= 2 and toks.words[p] in {"in", "at"}:
            before = _before_time_phrase(toks, p - 1)
            if before != p - 1 and before >= 0 and not toks.words[before].endswith("ed"):
                j = before
                continue
        before = _before_time_phrase(toks, j)
        if before == j or before < 0 or toks.words[before].endswith("ed"):
            return j  # "a filing lodged Thursday says": the time is the participle's
        j = before


_TIME_POINTS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday
    today tonight""".split()
)
_TIME_PARTS = frozenset("night morning afternoon evening".split())
_TIME_SPANS = frozenset("week month year weekend".split())
_MONTHS = frozenset(
    """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def _before_time_phrase(toks: _Tokens, j: int) -> int:
    """The token before a time phrase ending at ``j`` (``on Monday``, ``in
    2001``, ``last week``, ``Tuesday night``, ``on March 3``), else ``j``."""
    if j < 1 or toks.kinds[j] != "w":
        return j
    word = toks.words[j]
    k = j
    if word in _TIME_POINTS or (len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}):
        if toks.words[j - 1] in {"from", "of"}:
            return j  # "a study from 2011 noted": the noun's date, no time of saying
        k = j - 1
        if k >= 0 and toks.words[k] in {"early", "late", "earlier", "later"}:
            k -= 1  # "early Friday", "late Tuesday"
    elif word in _TIME_PARTS and toks.words[j - 1] in _TIME_POINTS:
        k = j - 2

    elif word in _TIME_SPANS and toks.words[j - 1] in {"last", "this", "next"}:
        k = j - 2
        if k >= 0 and toks.words[k] in {"earlier", "later", "late", "early"}:
            k -= 1
    elif word.isdigit() and len(word) <= 2 and toks.words[j - 1].rstrip(".") in _MONTHS:
        k = j - 2
    elif word in _SPAN_UNITS:
        return _before_span(toks, j)
    elif word == "past" and j >= 2 and toks.words[j - 1] == "the" and toks.words[j - 2] == "in":
        return j - 3  # "have in the past said"
    elif word == "ago" and j >= 2 and toks.words[j - 1] in _SPAN_UNITS:
        k = j - 2
        if toks.words[k].isdigit() or toks.words[k] in _SPAN_COUNTS or toks.words[k] in {"a", "an"}:
            k -= 1
            if k >= 1 and toks.words[k] == "than" and toks.words[k - 1] in {"less", "more"}:
                k -= 2  # "less than two weeks ago"
            return k
        return j
    elif (
        word == "point"
        and j >= 2
        and toks.words[j - 1] in {"one", "another", "some", "that", "this"}
        and toks.words[j - 2] == "at"
    ):
        return j - 3  # "Carl Ewing at one point said": a moment, no speaker
    elif (
        word in {"time", "moment"}
        and j >= 2
        and toks.words[j - 1] in {"the", "that"}
        and toks.words[j - 2] == "at"
    ):
        return j - 3  # "Dorn at the time said": a moment, no speaker
    if k < j and k >= 0 and toks.words[k] in {"on", "in", "since"}:
        k -= 1
    return k


# "over the past two weeks", "in the last three years", "during the previous
# month": a stretch of time, never a speaker
_SPAN_UNITS = frozenset("days weeks months years decades hours week month year decade".split())
_SPAN_EDGES = frozenset("past last previous next coming".split())
_SPAN_PREPOSITIONS = frozenset("over in during for within throughout".split())
_SPAN_COUNTS = NUMBER_WORDS | {"few", "several"}


def _before_span(toks: _Tokens, j: int) -> int:
    """The token before ``over the past two weeks`` ending at ``j``, else ``j``."""
    k = j - 1
    if k >= 0 and (toks.words[k].isdigit() or toks.words[k] in _SPAN_COUNTS):
        k -= 1
    if k < 2 or toks.words[k] not in _SPAN_EDGES or toks.words[k - 1] != "the":
        return j
    if toks.words[k - 2] not in _SPAN_PREPOSITIONS:
        return j
    return k - 3


def _subject_before(
    text: str, toks: _Tokens, c: int, *, plural_ok: bool = False
) -> tuple[int, int] | None:
    """A source-like speaker phrase ending right before the verb at ``c``
    (with ``plural_ok``, people named by a plural count too: ``The
    plaintiffs accused ...``)."""
    j = _skip_back(text, toks, c - 1)
    if j < 0:
        return None
    speaker = _speaker_left(text, toks, j, 0)
    if speaker is None or not (
        _source_like(text, toks, speaker)
        or (
            plural_ok
            and speaker[1] > speaker[0]
            and toks.words[speaker[0]] == "the"
            and toks.words[speaker[1]] not in _NOT_PLURAL
            and looks_plural(toks.words[speaker[1]])
        )
    ):
        return None
    return speaker


# jobs wire copy names people by, beyond the lexicon's role nouns: "the
# publicist, Dana Holm,", "As the principal pointed out"
_JOB_NOUNS = frozenset(
    """producer editor curator historian teacher principal pastor chaplain nurse
    aide assistant chef strategist researcher scientist engineer coworker
    mentor successor predecessor counsel"""
    # people news copy names by their trade, standing or part in the story:
    # "The businessman praised Kerr, saying ...", "the incumbent said"
    """ businessman businesswoman billionaire mogul tycoon magnate entrepreneur
    front-runner frontrunner incumbent challenger politician activist anchor
    student veteran victim survivor investor celebrity novelist columnist
    commentator pundit blogger reporter defendant suspect colonel monarch
    cleric scholar player quarterback rival rivals competitor competitors"""
    # people in the plural whose ending _agent_plural does not catch:
    # "Local elders fear ...", "Some clergy believe ...", "Colleagues think ..."
    """ elders neighbors neighbours clergy bishops priests imams rabbis pastors
    skeptics sceptics generals surgeons entrepreneurs staff partisans moderates
    rebels youths friends colleagues classmates coaches athletes celebrities
    actors alumni relatives""".split()
)

_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives")
# plural nouns in those endings that name things, not people
_NOT_AGENTS = frozenset(
    """numbers letters orders matters centers centres papers waters borders
    sectors factors errors markets towers corners quarters headquarters
    powers layers chapters figures measures computers monitors incidents
    documents comments statements arguments payments governments elements
    segments investments agreements developments improvements requirements
    settlements departments apartments amendments instruments incentives
    initiatives objectives alternatives archives narratives perspectives
    directives motives""".split()
)

# collective nouns that speak as one: "the opposition", "the junta"
_COLLECTIVE_HEADS = frozenset(
    """opposition junta delegation regime bloc cartel kingdom republic palace
    mission secretariat tribunal prosecution defense defence crew squad mob
    crowd navy watchdog startup""".split()
)

# a collective's or a body's head: one set, not a union built per test
_COLLECTIVE_OR_BODY_HEADS = _COLLECTIVE_HEADS | ORGANIZATION_HEADS


_CONTRACTED_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def _source_like(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """Whether a phrase can be a source: a pronoun for a person or group, a
    capitalised name, or a phrase headed by a source noun."""
    first, last = speaker
    if toks.words[last] == ")":
        # "Sen. Ted Moss (R-Texas)": a party tag after the name; the name decides
        opening = next(
            (t for t in range(last - 1, max(first, last - 5), -1) if toks.words[t] == "("), None
        )
        if opening is not None and opening > first:
            return _source_like(text, toks, (first, opening - 1))
    if _share_speaker(text, toks, last, first) == speaker or toks.words[last] == "whom":
        return True  # "42% say", "many of whom say"
    head = toks.words[last]
    for k in range(first + 1, last + 1):
        if toks.words[k] == "of" and _partitive(toks, k - 1, first):
            continue  # "one of the aides": the aides are the head
        if (
            toks.words[k] in _PREPOSITIONS
            or toks.words[k] in _PLACE_PREPOSITIONS
            or toks.words[k] in RELATIVE_PRONOUNS
            or toks.words[k] == "whose"  # "Growers whose crops failed"
        ):
            head, last = toks.words[k - 1], k - 1  # "Hotel owners in the city centre"
            break
    if first == last and head in {"it", "this", "that", "which"}:
        return False
    if head.isdigit() and first + 1 == last and toks.words[first] in {"no", "number"}:
        return _capitalized(text, toks, first)  # "No 10 said"
    if head in SHARE_WORDS or head.endswith("%"):
        return True  # "52 percent of registered voters", "a majority of riders"
    if head in SUBJECT_PRONOUNS or head in RELATIVE_PRONOUNS or head in QUANTIFIER_SUBJECTS:
        return True
    if first == last and _without_contraction(head) in _CONTRACTED_SUBJECTS:
        return True  # "He's claiming ...", "They're saying ...": the pronoun speaks
    if head == "other" and last == first + 1 and toks.words[first] == "the":
        return True  # "One source said ..., while the other said ...": the second of two
    if _capitalized(text, toks, last):
        return True
    if last > first and is_past_verb(head) and toks.words[last - 1] in _SURVEYED_HEADS:
        return True  # "those surveyed say", "voters polled say"
    if (
        toks.words[first] in QUANTIFIER_SUBJECTS
        and head.endswith("s")
        and not head.endswith(("ss", "'s", "’s"))
        and len(head) > 3
    ):
        return True  # "Many backers say", "Some residents fear": people, counted
    return (
        head in _PP_HEADS
        or head in DOCUMENT_HEADS
        or head in ORGANIZATION_HEADS
        or head in ORGANIZATION_ROLE_NOUNS  # "The carmaker said"
        or head in MEDIA_HEADS  # "The newspaper accused ..."
        or head in _COLLECTIVE_HEADS  # "The opposition accused ..."
        or head in _JOB_NOUNS  # "As the principal pointed out"
        or head in {"plaintiff", "plaintiffs"}  # a party to a suit, as "defendants"
        # a role written with a hyphen: "The secretary-general urged ...",
        # "the president-elect", "the commander-in-chief"
        or _hyphenated_role(head)
        # people named by a plural agent noun: "executives", "employees",
        # "organizers", "physicians", "participants"
        or _agent_plural(head)
        # a person named by the age (British and celebrity copy's second
        # reference): "The 27-year-old took to Instagram, writing: ..."
        # (definite only: "if a 21-year-old wanted to ..." is hypothetical)
        or (toks.words[first] == "the" and _AGE_NOUN.fullmatch(head) is not None)
    )


_AGE_NOUN = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-olds?")


def _hyphenated_role(head: str) -> bool:
    """``secretary-general``, ``president-elect``, ``commander-in-chief``: a
    role noun and the parts of a compound title, joined by hyphens."""
    parts = head.split("-")
    return (
        len(parts) > 1
        and parts[0] in ROLE_HEADS
        and all(part in _COMPOUND_TITLE_PARTS for part in parts[1:])
    )


def _inside_pp_object(toks: _Tokens, i: int, floor: int) -> bool:
    """Whether the ``and`` at ``i`` joins the objects of a preposition after
    a source head (``the maker of Harbor biscuits and Tundra bars``), or two
    places of a plural head (``analysts in Ohio and around the region``)."""
    place_follows = i + 1 < len(toks) and toks.words[i + 1] in _PLACE_WORDS
    for t in range(i - 1, max(floor, i - 5), -1):
        if toks.kinds[t] != "w":
            return False
        if toks.words[t] in {"of", "for"}:
            return t - 1 >= floor and toks.words[t - 1] in _PP_HEADS
        if place_follows and toks.words[t] in _PLACE_WORDS:
            head = toks.words[t - 1] if t - 1 >= floor else ""
            return head in _PP_HEADS or _agent_plural(head) or head in IRREGULAR_PLURALS
    return False


def _part_of_a_place(toks: _Tokens, part: int, floor: int) -> bool:
    """Whether ``part`` (``part``/``parts``) is the object of a place
    preposition after people (``officials in the occupied part``,
    ``residents of eastern parts``), up to three words before it."""
    for t in range(part - 1, max(floor, part - 4) - 1, -1):
        if toks.kinds[t] != "w":
            return False
        if toks.words[t] in _PLACE_WORDS or toks.words[t] == "of":
            head = toks.words[t - 1] if t - 1 >= floor else ""
            return head in _PP_HEADS or _agent_plural(head) or head in IRREGULAR_PLURALS
    return False


# the prepositions of a place a group lives or works in
_PLACE_WORDS = _PLACE_PREPOSITIONS | {"in", "from"}


def _agent_plural(word: str) -> bool:
    """A plural agent noun (``organizers``, ``physicians``), not a thing in
    the same ending (``numbers``, ``documents``)."""
    return word.endswith(_AGENT_PLURALS) and len(word) > 6 and word not in _NOT_AGENTS


# -ing words that make a role, not a participle: "defending champion Ana
# Ruiz", "the outgoing mayor", "acting director"
_ING_ADJECTIVES = frozenset(
    """defending reigning leading founding visiting outgoing incoming acting
    managing presiding sitting ruling governing retiring winning losing
    returning starting running neighbouring neighboring""".split()
)


# cue forms that cannot be nouns after a possessive ("Editor's note"): a
# capitalised name in 's before one is a company's ("Moody's said")
_PAST_CUES = frozenset(
    form for form in CUE_FORMS if form.endswith("ed") or form in {"said", "told", "wrote"}
)


# "has spent the year saying no", "had been busy": a verb after its
# auxiliary opens a verb phrase, never a mention
_SPENT_VERBS = frozenset({"spent", "passed", "wasted", "devoted"})
_SPENT_AUXILIARIES = frozenset({"has", "have", "had", "having", "was", "were", "is", "are"})


# a capitalised word numbering a branch of a union or a body ("Local 100",
# "District 9", "Lodge 12"): the number ends its name
# (and a broadcaster by its number: "Israel's Channel 12 reported that ...")
_NUMBERED_BODY_WORDS = frozenset(
    "local district lodge chapter division branch council channel".split()
)


def _malformed_speaker(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """A phrase that cannot be a speaker: it opens with a participle or a
    focus word (``including``, ``even``), or ends with a preposition."""
    first, last = speaker
    if _share_speaker(text, toks, last, first) == speaker:
        return False  # "Only 24 percent", "42%"
    if first < last and toks.words[first] in _SHARE_MODIFIERS and is_number(toks.words[first + 1]):
        return False  # "Only 52 percent of registered voters"
    opener = toks.words[first]
    if first == last and opener in _TIME_POINTS:
        return True  # "On Monday said": a day is nobody
    gerund_modifier = (  # "restructuring lawyers say": a noun modifier, not a participle
        last == first + 1
        and toks.words[last].endswith("s")
        and toks.words[last] not in _NOT_PLURAL
        and opener not in {"including", "excluding", "following", "regarding", "concerning"}
    )
    if (
        opener.endswith("ing")
        and not _capitalized(text, toks, first)
        and not gerund_modifier
        and opener not in _ING_ADJECTIVES
    ) or opener in {
        "having",
        "being",
        "speaking",
        "asked",
    }:
        return True  # "Having ...", "including ...": a participle, not a speaker
    if (
        first < last
        and first > 0
        and opener in _SPENT_VERBS
        and toks.words[first - 1] in _SPENT_AUXILIARIES
    ):
        return True  # "has spent most of the past year saying no": a verb phrase
    if (
        first == last
        and not _capitalized(text, toks, first)
        and (
            opener in _NOT_A_SUBJECT
            or opener.endswith(("ed", "ing"))
            or opener in CUE_FORMS
            or opener in {"heard", "seen", "known", "shown", "written", "given", "taken"}
        )
    ):
        return True  # "despite admitting", "can be heard yelling": no one speaks
    head = toks.words[last]
    if head.isdigit() and first + 1 == last and toks.words[first] in {"no", "number"}:
        return False  # "No 10 said": Downing Street by its number
    if (
        head.isdigit()
        and last - first >= 2
        and toks.words[last - 1] == "local"
        and _capitalized(text, toks, last - 1)
    ):
        return False  # "Transport Workers Union Local 100 said": a union local
    if _before_age_range(toks, last, first) is not None:
        return False  # "Voters under 30": a poll group by its ages
    if (
        head.isdigit()
        and len(head) == 4
        and last - first >= 2
        and toks.words[last - 1] in {"from", "of"}
        and toks.words[last - 2] in DOCUMENT_HEADS
    ):
        return False  # "A report from 2019 found": the record by its year
    if first == last and _without_contraction(head) in _CONTRACTED_SUBJECTS:
        return False  # "He's claiming": a pronoun and its auxiliary, no possessive
    if (
        head.isdigit()
        and last - 1 >= first
        and toks.words[last - 1] in _NUMBERED_BODY_WORDS
        and _capitalized(text, toks, last - 1)
    ):
        return False  # "Transport Workers Union Local 100 said": a union local by number
    if head.isdigit() or (
        head.endswith(("'s", "’s"))
        # but "Moody's said", "McDonald's said": a company's name ends so
        and not (
            _capitalized(text, toks, last)
            and last + 1 < len(toks)
            and toks.words[last + 1] in _PAST_CUES
            and len(head) > 4
        )
    ):
        return True  # "Oz's", "18": a possessive or a number heads nothing
    return (
        opener in {"including", "even", "only", "just"}
        or head in _PREPOSITIONS
        or head in _PLACE_PREPOSITIONS
    )


_MAX_OPENING_PHRASE = 28  # tokens of an opening phrase before the subject


# the words that close a leading span of time: "Hours later", "Two days ago"
_TIME_LEAD_ENDS = frozenset({"later", "earlier", "ago"})


def _time_lead(toks: _Tokens, limit: int) -> int | None:
    """The token after a sentence-initial span of time (``Hours later,``,
    ``A few minutes later``, ``Two weeks earlier``), its comma skipped;
    ``None`` when the sentence does not open so."""
    for m in range(1, min(limit - 1, 5)):
        if toks.words[m] in _TIME_LEAD_ENDS:
            if not all(
                toks.words[t] in _TIME_LEADS or is_number(toks.words[t]) for t in range(m)
            ):
                return None
            after = m + 1 + (toks.words[m + 1] == ",")
            return after if after < limit and toks.kinds[after] == "w" else None
        if toks.kinds[m] != "w":
            return None
    return None


def _dated_lead(toks: _Tokens, limit: int) -> int | None:
    """The token after an opening date with no comma (``On September 27
    they ...``, ``In March 2015 the board ...``), when a word follows;
    else ``None``."""
    if limit < 4 or toks.words[0] not in {"on", "in"} or toks.words[1].rstrip(".") not in _MONTHS:
        return None
    k = 2
    while k < limit and k < 5 and (toks.words[k].isdigit() or toks.words[k] == ","):
        k += 1
    if k == 2 or k >= limit or toks.kinds[k] != "w":
        return None
    return k


def _past_opening_tail(text: str, toks: _Tokens, k: int, limit: int) -> int:
    """The subject's first token after the comma at ``k - 1`` that closes an
    opening phrase, past the rest of that phrase set off by more commas: a
    state after its town (``In Ames, Iowa, on Sunday, Lee ...``) and a day
    (``At a rally on Friday, in Ohio, ...``)."""
    while k < limit:
        close = next((t for t in range(k, min(limit, k + 4)) if toks.words[t] == ","), None)
        if close is None or close == k or close + 1 >= limit:
            return k
        part = toks.words[k:close]
        state = _capitalized(text, toks, k - 2) and (
            " ".join(part) in US_STATES
            or text[toks.starts[k] : toks.ends[close - 1]] in REGION_ABBREVIATIONS
        )
        day = part[0] in {"on", "last", "this", "early", "late"} and any(
            w in _TIME_POINTS or w in _TIME_PARTS for w in part[1:]
        )
        if not (state or day):
            return k
        k = close + 1
    return k


def _sentence_subject(text: str, toks: _Tokens, limit: int) -> tuple[int, int] | None:
    """The subject at the head of the sentence (after an opening phrase set
    off by a comma): ``Smith``, ``The ministry``, ``Central European leaders``."""
    first = 0
    opening_participle = (
        toks.words[0].endswith("ing") and toks.words[0] not in CUE_FORMS
    ) or (
        # "Chastened by the analyses, Dorn ...", "Buoyed by the win, ...":
        # a past participle and its preposition open the sentence
        toks.words[0].endswith("ed")
        and limit > 2
        and toks.words[1] in {"by", "with", "about", "over", "after", "at"}
    )
    if (
        limit > 4
        and toks.words[:3] in (["at", "one", "point"], ["at", "another", "point"])
        and toks.kinds[3] == "w"
    ):
        first = 3  # "At one point Voss mocked his rival, saying ...": a moment, no comma
    elif (lead := _time_lead(toks, limit)) is not None:
        first = lead  # "Hours later, Voss ...", "A few minutes later they ..."
    elif (dated := _dated_lead(toks, limit)) is not None:
        first = dated  # "On September 27 they published ...": no comma after the date
    elif (
        toks.words[0] in _OPENERS
        or opening_participle
        # "Back in 2019, Voss ...": a moment recalled
        or (toks.words[0] == "back" and limit > 1 and toks.words[1] in {"in", "on", "when", "then"})
    ):  # "Speaking at a rally, Lee ..."
        # a long venue ("in written answers submitted to the committee ahead
        # of the hearing and obtained by The Post,") runs past a dozen words;
        # so far out, the comma must leave a subject before the cue
        for k in range(min(limit, _MAX_OPENING_PHRASE)):
            if (
                k > 0
                and toks.kinds[k] == "q"
                and k + 1 < limit
                and toks.kinds[k + 1] == "w"
                and text[toks.starts[k] : toks.ends[k]].rstrip("\"”’'").endswith(",")
            ):
                # "In an interview with “Morning Ohio,” Ada Voss ...": American
                # style sets the opening phrase's comma inside the marks
                first = k + 1
                break
            if toks.words[k] == "," and (k < 14 or k + 2 < limit):
                first = _past_opening_tail(text, toks, k + 1, limit)
                if first > k + 1:
                    # "In Ames, Iowa, a voice rose:": no source past the state,
                    # the words after the first comma as before
                    return _subject_at(text, toks, limit, first) or _subject_at(
                        text, toks, limit, k + 1
                    )
                if toks.words[0].endswith("ed") and toks.words[0] not in _OPENERS:
                    # "Chastened by the analyses, as well as complaints, Dorn
                    # revised ...": a participle's phrase may hold a comma;
                    # the first subject after one, else the old reading
                    return next(
                        (
                            found
                            for t in range(k, min(limit, _MAX_OPENING_PHRASE))
                            if toks.words[t] == ","
                            and (found := _subject_at(text, toks, limit, t + 1)) is not None
                        ),
                        None,
                    ) or _subject_at(text, toks, limit, 0)
                break
    return _subject_at(text, toks, limit, first)


def _subject_at(text: str, toks: _Tokens, limit: int, first: int) -> tuple[int, int] | None:
    """The subject of :func:`_sentence_subject` from its first token ``first``."""
    if first == 0 and toks.words[0] in {"but", "and", "yet"} and limit > 2 and toks.kinds[1] == "w":
        first = 1  # "But the court overruled and said ...": the subject after the link
    if first == 0:
        # "SINGAPORE: Mr Wong said on Friday (Nov 28): “...”": a dateline
        # in capitals before a colon (CNA style) is no subject
        colon = next((t for t in range(1, min(limit, 4)) if toks.words[t] == ":"), None)
        if (
            colon is not None
            and colon + 1 < limit
            and toks.kinds[colon + 1] == "w"
            and all(
                toks.kinds[t] == "w"
                and len(toks.words[t]) > 1
                and text[toks.starts[t] : toks.ends[t]].isupper()
                for t in range(colon)
            )
        ):
            first = colon + 1
    k = first
    named = False
    owned = False  # inside the noun phrase after a possessive name
    owner = first
    tagged = 0  # the tokens of a body's acronym tag, "(CHP)", not counted
    while k < limit and toks.kinds[k] == "w" and k - first - tagged < _MAX_SPEAKER_TOKENS:
        word = toks.words[k]
        if (
            named
            and k + 4 < limit
            and toks.words[k + 1] == "("
            and toks.kinds[k + 2] == "w"
            and toks.words[k + 3] == ")"
            and toks.kinds[k + 4] == "w"
            and _capitalized(text, toks, k)
            and len(toks.words[k + 2]) >= 2
            and text[toks.starts[k + 2] : toks.ends[k + 2]].isupper()
            # not "Gov. Rick Scott (R) blasted": a verb after the tag
            and toks.words[k + 4] not in AUXILIARIES
            and toks.words[k + 4] not in CUE_FORMS
            and toks.words[k + 4] not in PAST_ONLY
            and not toks.words[k + 4].endswith("ed")
        ):
            # "New Democracy (ND) leader Kyriakos Mitsos conceded ...": a
            # body's acronym inside the title before the name
            k += 4
            tagged += 3
            continue
        if (
            not owned
            and k > first
            and named
            and toks.words[k - 1].endswith(("'s", "’s"))
            and not _capitalized(text, toks, k)
        ):
            owned, owner = True, k - 1
        if (
            k > first
            and word in {"on", "last", "this", "earlier"}
            and k + 1 < limit
            and (toks.words[k + 1] in _TIME_POINTS)
        ):
            break  # "The NFL on Tuesday suspended ...": the day is no part of it
        if (
            word in {"at", "of", "for", "with"}
            and k > first
            and toks.words[k - 1] in _PP_HEADS
            and k + 1 < limit
            and _capitalized(text, toks, k + 1)
        ):
            k += 1  # "Analysts at Goldman Sachs cut ...": the body they work for
            continue
        if (
            word == "to"
            and k > first
            and (toks.words[k - 1] in _PP_HEADS or toks.words[k - 1] in _JOB_NOUNS)
            and not _capitalized(text, toks, k - 1)
            and any(_capitalized(text, toks, t) for t in range(k + 1, min(limit, k + 3)))
            and all(toks.kinds[t] == "w" for t in range(k + 1, min(limit, k + 3)))
        ):
            k += 1  # "A former assistant to actor Dorian Faye has sued ...": whose
            continue

        if (
            word == "and"
            and named
            and k + 1 < limit
            and toks.kinds[k + 1] == "w"
            and _capitalized(text, toks, k - 1)
            and _capitalized(text, toks, k + 1)
        ):
            # "The Securities and Exchange Commission sued ..., saying": an
            # "and" between capitalised words goes on with the name
            k += 1
            continue
        if (
            word in {"first", "second"}
            and k + 2 < limit
            and toks.words[k + 1] in {"lady", "gentleman"}
            and _capitalized(text, toks, k + 2)
        ):
            k += 2  # "Former first lady Claire Whitmore": a title, no adverb
            continue
        if _capitalized(text, toks, k):
            named = True
        elif (
            named
            and word not in _NAME_LINKS
            and toks.words[first] not in DETERMINERS
            and word not in _PP_HEADS  # "Goldman Sachs analysts cut ..."
            and not _title_before_name(text, toks, k, limit)
            # "Garrity's office fired back", "Japan's central bank ended": a
            # possessive name is a determiner of the noun phrase after it
            and not (
                (owned or toks.words[k - 1].endswith(("'s", "’s")))
                and word not in AUXILIARIES
                and word not in CUE_FORMS
                and not is_past_verb(word)
            )
        ):
            break  # "Hillary Clinton spoke out ...": the name ends the subject
        if (
            word in AUXILIARIES
            or (
                word in CUE_FORMS
                and not (k > first and named and _capitalized(text, toks, k))
                # "The state weather service": a noun after the article
                and not (k > first and toks.words[k - 1] in DETERMINERS)
                # "Benue state governor Hyacinth Alia": a title's qualifier
                and not (word == "state" and k + 1 < limit and toks.words[k + 1] in TITLE_WORDS)
            )
            or word in CLAUSE_STOPS
            or (word in ADVERBS_BEFORE_CUE and k > first)
            # "The businessman began by talking ..., saying": an irregular past
            # ends the subject as an "-ed" verb does
            or (word in PAST_ONLY and k > first and not _capitalized(text, toks, k))
            # "The Food and Drug Administration sent a letter ..., saying": an
            # irregular past right after the name is its verb, as "-ed" is
            or (
                word in PAST_OR_PARTICIPLE
                and k > first
                and named
                and _capitalized(text, toks, k - 1)
                and not _capitalized(text, toks, k)
            )
            # "The airline cut its forecast, citing ...", "The company sold its
            # stake": an irregular past before its object's possessive is the verb
            or (
                (word in PAST_OR_PARTICIPLE or word in _INVARIABLE_PASTS)
                and k > first
                and k + 1 < limit
                and toks.words[k + 1] in _OBJECT_POSSESSIVES
                and not _capitalized(text, toks, k)
            )
        ):
            break  # (but "The United States", "Reports Inc.": a capital inside a name)
        if word.endswith("ed") and not _capitalized(text, toks, k) and word not in ED_ADJECTIVES:
            break
        k += 1
    if k - 1 > first and toks.words[k - 1] in {"who", "whose", "which", "that"}:
        # "The family of a Black man who died ... sued ..., alleging": the
        # relative clause's verb ended the scan; the noun before it speaks
        k -= 1
    if k == first:
        return None
    speaker = (first, k - 1)
    if (
        k < limit
        and toks.words[k] == ","
        and (
            not _capitalized(text, toks, k - 1)
            # "The U.N. special envoy for Syria, Geir Olsby,": a role ending
            # on the place or body it serves
            or (
                toks.words[first] in {"the", "a", "an"}
                and any(not _capitalized(text, toks, t) for t in range(first + 1, k))
            )
        )
    ):
        # "The ECB's chief economist, Pieter Van Aalst, struck a cautious
        # tone, saying ...": a role before the name, the name speaks
        close = next((t for t in range(k + 2, min(limit, k + 8)) if toks.words[t] == ","), None)
        if close is not None:
            inner = range(k + 1, close)
            if 2 <= len(inner) <= 5 and all(
                toks.kinds[t] == "w"
                and (_capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS)
                for t in inner
            ):
                return (k + 1, close - 1)
            in_apposition = _name_in_appositive(text, toks, k + 1, close - 1)
            if in_apposition is not None:
                return in_apposition
    if owned and not _source_like(text, toks, speaker):
        speaker = (first, owner)  # "Clinton's response was:": the owner speaks
    return speaker if _source_like(text, toks, speaker) else None


# irregular verbs whose past is their base form ("The airline cut its forecast")
_INVARIABLE_PASTS = frozenset("cut set put hit shut split quit let spread".split())
# the possessive that opens the verb's object: "cut its forecast"
_OBJECT_POSSESSIVES = frozenset("its their his her our".split())


# a columnist's imperative lead-in: "Consider the words of X:", "Listen to
# X:", "Take X, ...:" -- the verb has no subject; the one named after it speaks
_IMPERATIVE_LEADS = frozenset("consider listen take recall remember hear heed".split())


def _imperative_lead(text: str, toks: _Tokens, limit: int) -> tuple[int, int] | None:
    """``Consider the words of Ivo Stern, the chief executive:``: the name
    after a sentence-initial imperative (up to its comma), else ``(-1, -1)``
    when the sentence opens so but names no one; ``None`` when it does not."""
    if limit < 2 or toks.words[0] not in _IMPERATIVE_LEADS or toks.kinds[1] != "w":
        return None
    if not _capitalized(text, toks, 0):
        return None
    k = next(
        (
            t
            for t in range(1, min(limit, 8))
            if toks.kinds[t] == "w" and _capitalized(text, toks, t)
        ),
        None,
    )
    if k is None or any(toks.kinds[t] != "w" for t in range(1, k)):
        return (-1, -1)
    end = k
    while (
        end + 1 < limit
        and toks.kinds[end + 1] == "w"
        and (_capitalized(text, toks, end + 1) or toks.words[end + 1] in _NAME_LINKS)
    ):
        end += 1
    while end > k and toks.words[end] in _NAME_LINKS:
        end -= 1
    return (k, end)


# what opens an object noun phrase after a verb
_OBJECT_OPENERS = frozenset({"its", "his", "her", "their", "the", "a", "an", "our"})


def _title_before_name(text: str, toks: _Tokens, k: int, limit: int) -> bool:
    """``Republican presidential nominee Gerald Voss``: lower-case words of a
    title between a capitalised modifier and the name it stands before."""
    for t in range(k, min(limit, k + 3)):
        word = toks.words[t]
        if (
            toks.kinds[t] != "w"
            or word in AUXILIARIES
            # "Benue state governor Hyacinth Alia": "state" before a title
            or (
                word in CUE_FORMS
                and not (word == "state" and t + 1 < limit and toks.words[t + 1] in TITLE_WORDS)
            )
            or is_past_verb(word)
            # a verb in -s ("Frank quotes former adviser X"), unless a title
            or (word.endswith("s") and word not in TITLE_WORDS and not _capitalized(text, toks, t))
        ):
            return False
        if _capitalized(text, toks, t):
            before = toks.words[t - 1]
            return before in TITLE_WORDS or before in ROLE_HEADS or before in _EPITHETS
    return False


# wire epithets written before a name like a title: "Republican White
# House hopeful Harlan Voigt", "Democratic front-runner Ana Ruiz"
# what "state" qualifies as an adjective: "state media", "state television"
_STATE_RUN = frozenset(
    "media television tv radio broadcaster news newspaper agency outlet press".split()
)

_EPITHETS = frozenset("hopeful frontrunner front-runner contender challenger incumbent".split())


# report verbs whose past or present has no "-ed": the verb opening a clause
_IRREGULAR_REPORT_VERBS = frozenset({"said", "says", "told", "tells"})


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
    if (
        is_past_verb(toks.words[start]) or toks.words[start] in _IRREGULAR_REPORT_VERBS
    ) and not _capitalized(text, toks, start):
        # "Greer, speaking in Marietta, thanked his wife and said": the
        # clause after an aside opens with its verb; its subject is before
        # (also "The envoy, Geir Olsby, told the council ... and warned")
        return None
    if start > 0 and toks.words[start - 1] == "," and _clause_aside(text, toks, start):
        # "Ryanair said it would cancel 300 flights, affecting 50,000
        # passengers, and called on": a participle clause has no subject
        return None
    speaker = _speaker_right(text, toks, start)
    if speaker is None or speaker[1] >= j:
        return None
    for k in range(speaker[0] + 1, speaker[1] + 1):
        word = toks.words[k]
        if not _capitalized(text, toks, k) and (
            word in ADVERBS_BEFORE_CUE
            or word in AUXILIARIES
            or is_past_verb(word)
            # "The forum said it welcomed the deal and urged": the first
            # cue, then its report's pronoun subject
            or (word in CUE_FORMS and k + 1 <= speaker[1] and toks.words[k + 1] in SUBJECT_PRONOUNS)
            # "The carmaker cut its forecast and": a word before an object's
            # determiner is the verb
            or (
                k + 1 <= speaker[1]
                and toks.words[k + 1] in _OBJECT_OPENERS
                and word not in _PREPOSITIONS
                and word not in CLAUSE_STOPS
                and word not in DETERMINERS
            )
        ):
            speaker = (speaker[0], k - 1)  # "The nominee (also) outlined his plan and"
            break
    return speaker if _source_like(text, toks, speaker) else None


# the words of a time span before "after"/"before": "a day after", "days
# after", "hours before", "a week after", "just hours after"
_TIME_LEADS = frozenset(
    """a an one just only barely about some several few day days hour hours week
    weeks month months year years minutes moments shortly soon long""".split()
)


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
        if any(toks.words[t] in {"what", "how"} for t in range(k + 1, j)):
            return None  # "“...” That's what Sen. Breck said": a wh-clause, read on the left
        after = next(
            (t for t in range(k + 1, j) if toks.words[t] in {"after", "before", "since"}), None
        )
        if after is not None and all(
            toks.words[t] in _TIME_LEADS or is_number(toks.words[t]) for t in range(k + 1, after)
        ):
            # "“...,” a day after HuffPost reported": a time clause; its
            # subject after the subordinator speaks
            return (after + 1, j) if after < j else None
        if toks.words[j] in CLAUSE_STOPS or (
            toks.words[k + 1].endswith("ed") and not _capitalized(text, toks, k + 1)
        ):
            return None  # "“Forum” sponsored by NBC News and said": a clause, no speaker
        if (
            toks.kinds[k] == "q"
            and k >= 1
            and toks.words[k - 1] in {"the", "a", "an"}
            and j - k <= 2
            and not _capitalized(text, toks, k + 1)
            and _quoted_title(text, toks, k)
        ):
            return (k - 1, j)  # "the “Copper Lane” star said": the title modifies the head
        if toks.words[j] in DOCUMENT_HEADS:
            venue = next(
                (
                    t
                    for t in range(j - 2, max(k + 1, j - 4), -1)
                    if toks.words[t] == "in" and toks.words[t + 1] in _IN_DOCUMENT_OPENERS
                ),
                None,
            )
            if venue is not None:
                return (k + 1, venue - 1)  # "“...,” the party in a statement said"
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
    name_end = comma
    inner_comma = next((t for t in range(stop + 1, comma) if toks.words[t] == ","), None)
    if inner_comma is not None and (
        is_number(toks.words[inner_comma + 1]) or toks.words[inner_comma + 1] == "of"
    ):
        name_end = inner_comma  # "“...,” his aunt, Dora Lee, 62, said": an age after the name
    name = range(stop + 1, name_end)
    if (
        (
            toks.words[first] in DETERMINERS
            # "“...,” Mr. Voss’s running mate, Gov. Lena Pike, said", and AP's
            # bare apostrophe: "“...,” Sallis' attorney, Ken Ostrow, said"
            or any(
                toks.words[t].endswith(("'s", "’s"))
                or text[toks.ends[t] : toks.ends[t] + 1] in "'’"
                for t in range(first, stop)
            )
        )
        and 2 <= len(name) <= 5
        and all(_capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS for t in name)
        and _capitalized(text, toks, name_end - 1)
    ):
        return (stop + 1, name_end - 1)  # "“...,” the firm's chief, Dana Holt, said": the name
    return (first, stop - 1)


# one-word and fixed asides between a speaker and the cue: "Murphy, though,
# said", "Lee, for her part, said", "Ortiz, in turn, said"
_ASIDES = frozenset(
    """though however too also meanwhile instead likewise still nonetheless
    moreover furthermore indeed in turn for his her its their part""".split()
)


# a party-and-state tag set off by commas: "Sen. Lana Kirk, R-S.C., said"
# AP style: "R-Texas", "D-Calif.", "R-Grand Rapids"
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12}){0,2}")


def _phrase_aside(toks: _Tokens, first: int, last: int) -> bool:
    """``Sexton, after previous rallies, wrote``: a short time or place phrase
    with no verb in it sets nothing about the speaker apart."""
    if toks.words[first] not in {"after", "before", "since", "during", "in", "at", "on"}:
        return False
    return last - first < 6 and all(
        toks.kinds[t] == "w"
        and toks.words[t] not in AUXILIARIES
        and toks.words[t] not in PAST_ONLY
        and not toks.words[t].endswith("ed")
        and toks.words[t] not in CUE_FORMS
        for t in range(first, last + 1)
    )


# a verb of intention in the present, then "to": a clause's predicate
_INTENTION_VERBS = frozenset(
    """plans intends expects wants hopes aims seeks needs tries vows threatens
    refuses declines agrees promises""".split()
)


def _finite_outside_relative(toks: _Tokens, first: int, last: int) -> bool:
    """An auxiliary before any relative pronoun: the words between two
    commas make a clause, not an appositive (``the mayor, who was elected``
    is one; ``the work would move`` is none)."""
    if (
        first + 1 <= last
        and toks.words[first] in _INTENTION_VERBS
        and toks.words[first + 1] == "to"
    ):
        # "The Commission, the bloc's executive arm, plans to announce the
        # fine, said the people": a predicate, never an appositive
        return True
    for t in range(first, last + 1):
        word = _without_contraction(toks.words[t])  # "who’s running"
        # ("Parents, many of whom had taken the day off, said": a partitive
        # relative)
        if word in RELATIVE_PRONOUNS or word in {"that", "whose", "whom"}:
            return False
        if word in AUXILIARIES and word not in {"’s", "'s"} and not _month_may(toks, t):
            return True
    return False


# words before the month May: "published in May", "last May", "since May"
_BEFORE_A_MONTH = frozenset("in on since until by from last next early late mid of through".split())


def _month_may(toks: _Tokens, t: int) -> bool:
    """``may`` as the month: after ``in``/``last``/``since``... or before a
    day's number (``May 3``), never the modal (``the work may move``)."""
    return toks.words[t] == "may" and (
        (t > 0 and toks.words[t - 1] in _BEFORE_A_MONTH)
        or (t + 1 < len(toks) and is_number(toks.words[t + 1]))
    )


# subordinators that open a clause set off between a subject and its cue
_ASIDE_SUBORDINATORS = frozenset(
    "after before since when while although though despite because once".split()
)


_QUESTION_ASIDE_NEXT = frozenset(
    """about on by for during at in later again repeatedly whether why what
    how if when who which where""".split()
)


def _programme_venue(toks: _Tokens, first: int, comma: int) -> bool:
    """``in an interview with “Face the Nation,”``, ``during an appearance
    on “Today,”``: an interview's venue whose last token is the programme's
    quoted title (its comma inside the marks)."""
    return (
        comma - first <= 7
        and toks.words[first] in {"in", "during"}
        and toks.kinds[comma - 1] == "q"
        and toks.words[comma - 2] in {"with", "on"}
        and toks.words[comma - 3] in {"interview", "interviews", "appearance"}
        and all(toks.kinds[t] == "w" for t in range(first, comma - 1))
    )


def _clause_aside(text: str, toks: _Tokens, first: int) -> bool:
    """Whether the words from ``first`` to the next comma are a participle
    clause (``citing a report``, ``speaking on condition of anonymity``) or a
    subordinate clause (``after the storm hit``): asides about the subject."""
    word = toks.words[first]
    if word in _ASIDE_SUBORDINATORS:
        return True
    if (
        word in {"asked", "pressed", "questioned"}
        and first + 1 < len(toks)
        and toks.words[first + 1] in _QUESTION_ASIDE_NEXT
    ):
        return True  # "Colter, asked whether he would run, said": a question put to him
    return (
        word.endswith("ing")
        and len(word) > 5
        and not _capitalized(text, toks, first)
        and word not in CUE_FORMS
        and word not in {"including", "excluding", "according"}
    )


# academic and professional letters set off after a name
_DEGREES = re.compile(
    r",[ \u00a0]*(?:Ph\.?D|M\.?D|MBA|J\.?D|Esq|CPA|R\.?N|D\.?D\.?S)\.?[ \u00a0]*\Z"
)


def _after_degree(text: str, toks: _Tokens, comma: int) -> bool:
    """Whether the comma at ``comma`` closes a degree set off after a name
    (``Marta Quill, Ph.D.,``)."""
    start = toks.starts[comma]
    return _DEGREES.search(text, max(0, start - 12), start) is not None


def _titled_role(toks: _Tokens, start: int, stop: int) -> bool:
    """Whether ``toks[start:stop]`` is an appositive role holding a quoted
    title or nickname: ``host of the podcast “Pier Talk,”``, ``author of
    “Salt,”``, ``known as “The Hammer,”``, ``nicknamed “Jinks,”``,
    ``titled “Breathing Easier,”``."""
    first_q = next((t for t in range(start, stop) if toks.kinds[t] == "q"), None)
    if first_q is None or first_q == start:
        return False
    if any(toks.kinds[t] == "q" for t in range(first_q + 1, stop)):
        return False
    words = toks.words[start:first_q]
    # "The report, titled “Breathing Easier,” found": a text and its title
    if words[0] in {"known", "nicknamed", "dubbed", "better", "titled", "entitled", "headlined"}:
        return True
    if words[0] in {"a", "an", "the"}:
        words = words[1:]
    # "the singer behind “Paper Moon,”", "a judge on “The Voice,”": a role
    # tied to a work by its preposition
    return (
        2 <= len(words) <= 5
        and any(w in _WORK_LINKS for w in words[1:])
        # "the host of CNN's “Morning Line,”": a network's possessive
        and all(w.removesuffix("'s").removesuffix("’s").rstrip("'’").isalpha() for w in words)
    )


_WORK_LINKS = frozenset({"of", "behind", "on", "from", "in", "for"})
# a work's title in marks, no punctuation inside: "“Copper Lane”"
_WORK_TITLE = re.compile(
    r"[\"“‘'](?:[A-Z0-9][\w’'\-]*|of|the|and|in|on|for|at|to|a)"
    r"(?: (?:[A-Z0-9][\w’'\-]*|of|the|and|in|on|for|at|to|a)){0,5}[\"”’']"
)


_COMPOUND_TITLE_PARTS = frozenset({"general", "elect", "in", "chief", "at", "large"})
# offices written "Ruler of Dubai", "Custodian of the Two Holy Mosques"
_OFFICES_OF = frozenset({"ruler", "custodian"})


def _title_word(word: str) -> bool:
    """A title word, or a hyphenated compound of them (``comptroller-general``),
    or any office in ``-general`` (the Commonwealth's ``registrar-general``,
    ``auditor-general``, ``accountant-general``)."""
    if word in TITLE_WORDS or word in _OFFICES_OF:
        return True
    parts = word.split("-")
    return (len(parts) == 2 and parts[0].isalpha() and parts[1] == "general") or (
        len(parts) > 1
        and parts[0] in TITLE_WORDS
        and all(p in TITLE_WORDS or p in _COMPOUND_TITLE_PARTS for p in parts[1:])
    )


# a tag in brackets after a name: Nigerian legislature copy's party and state
# ("PDP-Rivers", "APC-Kano"), a retired officer or judge ("rtd", "retd")
_NAME_TAG = re.compile(r"[A-Z]{2,5}-[A-Z][a-z]{2,15}|rtd|retd|Rtd|Retd")


# styles written after "the": "the Rev.", "the Rt. Rev.", "the Very Rev.",
# "the Most Rev.", "the Hon." (AP and Commonwealth style)
_THE_STYLES = frozenset(
    {"rev.", "rev", "reverend", "hon.", "honourable", "honorable", "venerable"}
)
_STYLE_QUALIFIERS = frozenset({"rt.", "rt", "right", "very", "most"})


def _the_style(toks: _Tokens, t: int) -> bool:
    """Whether a clergy or honorific style opens at token ``t`` (after "the")."""
    if t < len(toks.words) and toks.words[t] in _STYLE_QUALIFIERS:
        t += 1
    return t < len(toks.words) and toks.words[t] in _THE_STYLES


# the rank words that open a capitalised role: "Senior Vice President"
_RANK_WORDS = frozenset("senior junior deputy assistant associate managing general".split())


def _capitalized_role_of(toks: _Tokens, first: int, end: int) -> bool:
    """``Chief Executive Officer of Acme``, ``Senior Vice President of
    Sales``: a run of title words ending on one, then ``of`` and the body,
    with no name after the body's first word run (a role, not a name)."""
    t = first
    while t <= end and (_title_word(toks.words[t]) or toks.words[t] in _RANK_WORDS):
        t += 1
    return (
        first < t < end
        and _title_word(toks.words[t - 1])
        and toks.words[t] == "of"
        and end - t <= 4
    )


def _titled_name_after_role(text: str, toks: _Tokens, k: int, end: int) -> bool:
    """``The state's top election official, Secretary of State Alexi Vance,``:
    after a lower-case role, an appositive ``TITLE of PLACE`` runs on into
    a name (three capitalised words after its last link)."""
    if k < 1 or _capitalized(text, toks, k - 1) or toks.kinds[k - 1] != "w":
        return False
    last_link = max(t for t in range(k + 1, end + 1) if toks.words[t] in _NAME_LINKS)
    return end - last_link >= 3




# the region after a town in British copy: "Croydon, south London"
_COMPASS_REGIONS = frozenset(
    """north south east west north-east south-east north-west south-west
    northern southern eastern western central mid""".split()
)


# sentence adverbs set off by a comma at a sentence's start ("Also, the
# commissioner, Mr Ada Voss, said"); never a speaker's name
_SENTENCE_ADVERBS = frozenset(
    "also meanwhile moreover furthermore additionally besides however instead "
    "separately similarly likewise nonetheless nevertheless consequently "
    "accordingly therefore thus hence again finally lastly next otherwise "
    "elsewhere indeed overall subsequently specifically notably importantly "
    "reacting responding speaking commenting continuing concluding explaining "
    "addressing briefing adding earlier later".split()
)


def _named_head_of_long_aside(
    text: str, toks: _Tokens, comma: int
) -> tuple[int, int] | None:
    """``Ada Voss, who lost her seat in Tula, Ore., in 2019, said`` / ``Ada
    Voss, facing a challenge in Ohio, a swing state, said``: a name opening
    the sentence, then a relative or participle clause that holds commas of
    its own and runs to the cue's comma; the name, else None."""
    first = next((t for t in range(min(comma, 7)) if toks.words[t] == ","), None)
    if first is None or first < 1 or first + 2 >= comma:
        return None
    if not any(toks.words[t] == "," for t in range(first + 2, comma)):
        return None  # one aside: the stacked-appositive reading handles it
    opener = toks.words[first + 1]
    participle = (
        opener.endswith("ing")
        and opener not in CUE_FORMS
        and not _capitalized(text, toks, first + 1)
    )
    if opener not in {"who", "whose", "the", "a", "an"} and not participle:
        return None
    if opener in {"the", "a", "an"}:
        cuts = [first, *(t for t in range(first + 1, comma) if toks.words[t] == ","), comma]
        if any(
            _finite_outside_relative(toks, cuts[i] + 1, cuts[i + 1] - 1)
            for i in range(len(cuts) - 1)
        ):
            return None  # "The Commission, the bloc's arm, plans to ..., said the people"
    if opener in {"who", "whose"} or participle:
        cuts = [first, *(t for t in range(first + 1, comma) if toks.words[t] == ","), comma]
        # the aside's own verb came before its second comma ("who serves";
        # not "whose hometown, Miami, is projected to ...")
        own_verb = (
            participle
            or (opener == "who" and cuts[1] - first > 2)
            or any(
                toks.words[t] in AUXILIARIES or is_past_verb(toks.words[t])
                for t in range(first + 2, cuts[1])
            )
        )
        if own_verb and any(
            _finite_outside_relative(toks, cuts[i] + 1, cuts[i + 1] - 1)
            for i in range(1, len(cuts) - 1)
        ):
            # "Gideon Harrow, who serves in the division, is expected to
            # face questions, said two aides": the name's own predicate
            return None
    head = 1 if toks.words[0] in {"but", "and", "yet", "so"} else 0  # "But Ada Voss, ..."
    if first == head + 1 and (
        toks.words[head] in _OPENERS
        or toks.words[head] in _SENTENCE_ADVERBS
    ):
        # "Also, the Commissioner for Works, Engr. Gregory Nnaji, disclosed",
        # "Reacting, the spokesman of the party, Mr Felix Morka, said": a
        # sentence adverb or participle set off by a comma is no name
        return None
    if head >= first or not all(
        toks.kinds[t] == "w" and (_capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS)
        for t in range(head, first)
    ):
        return None
    if any(
        toks.words[t] == "," and toks.words[t + 1] in {"and", "but", "or"}
        for t in range(first + 2, comma)
    ):
        return None  # ", and ...": a second clause, not the aside
    if any(toks.kinds[t] == "q" for t in range(first + 1, comma)):
        return None
    return (head, first - 1)


#: title words that are also common surnames: "Kolb's spokesman, David
#: Pope, said" names a person; "The airline, Kessling Regional, said" (a
#: title word closing a company's name) does not
_SURNAME_TITLES = frozenset(
    "pope king bishop dean judge sheriff marshal major abbott provost chancellor".split()
)


def _appositive_speaker(text: str, toks: _Tokens, comma: int) -> tuple[int, int] | None:
    """``Ruiz, the finance minister, said`` / ``an official, who asked not to
    be named, said``: the speaker before the first comma."""
    named = _named_head_of_long_aside(text, toks, comma)
    if named is not None:
        return named
    for _ in range(3):  # up to three stacked appositives
        k = comma - 1
        quoted = False
        while k >= 0 and toks.words[k] != "," and comma - k <= _MAX_APPOSITIVE_TOKENS:
            quoted = quoted or toks.kinds[k] == "q"
            k -= 1
        if k < 1 or toks.words[k] != "," or k + 1 >= comma:
            return None
        opener = toks.words[k + 1]
        inner = range(k + 1, comma)
        words_inside = [t for t in inner if toks.kinds[t] == "w"]
        if (
            len(words_inside) == 1
            and _capitalized(text, toks, words_inside[0])
            and _capitalized(text, toks, k - 1)
            and toks.words[k - 2 : k - 1] != [","]
            and any(toks.words[t] == "," for t in range(max(0, k - 8), k - 1))
            and not _PARTY_TAG.fullmatch(text, toks.starts[k + 1], toks.ends[comma - 1])
        ):
            comma = k  # "a supporter from Jackson, Miss., said": the state goes with its city
            continue
        if (
            2 <= len(inner) <= 3
            and all(toks.kinds[t] == "w" and _capitalized(text, toks, t) for t in inner)
            and " & " in text[toks.ends[k + 1] : toks.starts[comma - 1]]
            and toks.kinds[k - 1] == "w"
            and _capitalized(text, toks, k - 1)
        ):
            # "senior vice president of Challenger, Gray & Christmas, said": a
            # firm named for its partners holds a comma; it goes with the one before
            comma = k
            continue
        if (
            len(words_inside) == 2
            and len(inner) == 2
            and toks.words[k + 1] in _COMPASS_REGIONS
            and _capitalized(text, toks, k + 2)
            and _capitalized(text, toks, k - 1)
            and any(toks.words[t] in {"from", "of"} for t in range(max(0, k - 5), k - 1))
        ):
            # "Kevin Olds, from Croydon, south London, said": PA's region after
            # the town goes with it, as a state with its city
            comma = k
            continue
        identified = _identified_as(text, toks, k, comma)
        if identified is not None:
            return identified
        if _clause_aside(text, toks, k + 1):
            # "Ortiz, citing “safety,” said", "Ortiz, after the storm hit,
            # said": a participle or subordinate clause about the subject
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and _opens_clause(toks, before[0]):
                return before
            if before is not None and not (
                before[0] >= 2
                and toks.words[before[0] - 1] == ","
                and (
                    toks.words[before[0]] in {"a", "an"}
                    # (", Tula, Ore., attending": a city's state)
                    or (
                        before[0] == before[1]
                        and _capitalized(text, toks, before[0])
                        and "." in text[toks.starts[before[0]] : toks.ends[before[0]] + 1]
                    )
                )
            ):
                return None
            # "Ruiz, D-Ore., appearing on radio, said": one more to the left;
            # "Dana Moor, a Voss supporter from Tula, attending ..., said": past
            # the appositive set off before the participle clause
            comma = k
            continue
        if (
            not quoted
            and k + 3 < comma
            and opener in _WHOM_COUNTS
            and toks.words[k + 2] == "of"
            and toks.words[k + 3] in {"whom", "which"}
        ):
            # "Parents, many of whom had taken the day off, said": a relative
            # clause on part of the speakers; the plural before it speaks
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and _opens_clause(toks, before[0]):
                return before
            return None
        if quoted and opener in {"who", "whose", "whom"} and k >= 1:
            # "Vance, whose album “Glass Harbor” topped the charts, said", "Moore,
            # whom Hale called “a radical,” said": a relative clause holding a
            # title or another's words; the name before it speaks
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and _opens_clause(toks, before[0]):
                return before
            return None
        if quoted and _titled_role(toks, k + 1, comma):
            # "Kim Lade, host of the podcast “Pier Talk,” said", "Dobson,
            # known as “The Hammer,” said": a role or nickname holding a
            # title; the name before it speaks
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and all(toks.kinds[t] != "w" for t in range(before[0])):
                return before
            return None
        if quoted and _programme_venue(toks, k + 1, comma):
            # "Harwell, in an interview with “Face the Nation,” said": the
            # venue holds a programme's title; the name before it speaks
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and _opens_clause(toks, before[0]):
                return before
            return None
        if quoted:
            return None
        if (
            (len(inner) <= 3 and all(toks.words[t] in _ASIDES for t in inner))
            or _PARTY_TAG.fullmatch(text, toks.starts[k + 1], toks.ends[comma - 1])
            or _phrase_aside(toks, k + 1, comma - 1)
            # "Sunil Rao, of Surrey Police, said": the body the person is from
            or (
                toks.words[k + 1] in {"of", "from"}
                and len(inner) >= 2
                and all(
                    _capitalized(text, toks, t) or toks.words[t] in _NAME_LINKS for t in inner[1:]
                )
            )
        ):
            # "Murphy, though, said", "Lee, for her part, said": the name, or
            # another appositive, before the aside
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and (before[0] == 0 or toks.words[before[0] - 1] != ","):
                return _tagged_pair(text, toks, before)

            comma = k
            continue
        if opener == "and" and toks.words[k + 2] in {"who", "whose"} and k >= 1:
            # "A police officer who helps with evacuations, and who asked that
            # his name not be used, said": a second relative clause on the
            # same speaker; the first part speaks
            before = _speaker_left(text, toks, k - 1, 0)
            if before is not None and _opens_clause(toks, before[0]):
                return before
            return None
        then_role = opener == "then" and (
            is_number(toks.words[k + 2]) or toks.words[k + 2] in DETERMINERS
        )  # "Berg, then 38, said", "Lee, then a senator, said"
        if (
            (opener in _SUBORDINATORS and opener not in {"citing", "noting"})
            or opener in {"or", "so"}
            or (opener == "then" and not then_role)
        ):
            return None  # ", and the meeting deteriorated, said": a clause, not an appositive
        if _finite_outside_relative(toks, k + 1, comma - 1):
            return None  # ", some of the work would move to other offices, said": a clause
        if _after_degree(text, toks, k):
            comma = k  # "Marta Quill, Ph.D., President of Televance, said": past the degree
            continue
        if (
            len(words_inside) == len(inner) == 1
            and _capitalized(text, toks, k + 1)
            and toks.words[k - 1] in ROLE_HEADS
            and not _capitalized(text, toks, k - 1)
            and any(
                toks.words[t] in _POSSESSIVES
                or toks.words[t] in DETERMINERS
                # "Lamont's son, Mark, said": a named person's kin
                or (t == k - 2 and toks.words[t].endswith(("'s", "’s")))
                for t in range(max(0, k - 4), k - 1)
            )
        ):
            # "His daughter, Jenny, said": the name ("Ana Bell and her
            # husband, Tobin, said": the pair)
            return (_named_kin_pair(text, toks, k + 1, k + 1, 0), k + 1)
        if (
            len(words_inside) == len(inner) == 1
            and _capitalized(text, toks, k + 1)
            and k >= 3
            and toks.words[k - 1] in {"name", "names"}
            and toks.words[k - 2] in {"first", "given", "last"}
        ):
            # "The owner, who gave only her first name, Linda, said": the
            # name given speaks
            return (k + 1, k + 1)
        named_body = _named_body_in_apposition(text, toks, k, comma)
        if named_body is not None:
            return named_body
        name_end = comma - 1
        if (
            comma - k >= 5
            and toks.words[comma - 1] == ")"
            and toks.words[comma - 3] == "("
            and toks.kinds[comma - 2] == "w"
            and (
                toks.words[comma - 2].upper() == text[toks.starts[comma - 2] : toks.ends[comma - 2]]
                # "Hon. Kingsley Chinda (PDP-Rivers)", "Justice Ada Obi (rtd)":
                # a party-and-state tag, a retired judge or officer
                or _NAME_TAG.fullmatch(text, toks.starts[comma - 2], toks.ends[comma - 2])
                is not None
            )
        ):
            name_end = comma - 4  # "Inter-Services Public Relations (ISPR)": its acronym
        if (
            2 <= name_end - k <= 5
            and all(
                toks.kinds[t] == "w"
                and (
                    _capitalized(text, toks, t)
                    or toks.words[t] in _NAME_LINKS
                    # "The spokesman, Ali al-Ahmadi,": a surname's article
                    or (t > k + 1 and _particle_surname(text, toks, t))
                    # "Her opponent, state Sen. Kyle Brannock,": a title's qualifier
                    or (
                        t == k + 1
                        and toks.words[t] in {"state", "former", "then"}
                        and toks.words[t + 1] in TITLE_WORDS
                    )
                    # "Her pastor, the Rev. Marcus Bell,": AP writes the
                    # clergy's style with "the" ("the Rt. Rev.", "the Very Rev.")
                    or (t == k + 1 and toks.words[t] == "the" and _the_style(toks, t + 1))
                )
                for t in range(k + 1, name_end + 1)
            )
            # not a role: "Dunmore's CFO", "Dunmore CEO", "CEO of Dunmore" (but
            # "Indiana Gov. Mike Pence" is a name after its title)
            and not any(toks.words[t].endswith(("'s", "’s")) for t in inner)
            and (
                toks.words[comma - 1] not in TITLE_WORDS
                # "Kolb's spokesman, David Pope, said": a given name, then a
                # surname spelled as a title, after a lower-case role
                or (
                    name_end - k == 2
                    and toks.words[comma - 1] in _SURNAME_TITLES
                    and not _title_word(toks.words[k + 1])
                    and toks.words[k - 1].isalpha()
                    and not _capitalized(text, toks, k - 1)
                )
            )
            # "Rachel Dunmore, Labour MP for Halesworth, said": a role with
            # its seat, not a name
            and not any(
                _title_word(toks.words[t]) and toks.words[t + 1] == "for" and name_end - t <= 3
                for t in range(k + 1, name_end)
            )
            and not (
                _title_word(toks.words[k + 1])
                and toks.words[k + 2] in _NAME_LINKS
                and not _titled_name_after_role(text, toks, k, name_end)
            )
            # "Jane Roe, Chief Executive Officer of Acme, said": a press
            # release's capitalised role after a name, no name of its own
            and not (
                _capitalized(text, toks, k - 1)
                and _capitalized_role_of(toks, k + 1, name_end)
            )
        ):
            if (
                k >= 3
                and toks.words[k - 2] == ","
                and _capitalized(text, toks, k - 1)
                and _title_word(toks.words[k - 1])
            ):
                # "Mr Tunde Bakare, Chairman, Lagos Chamber of Commerce,
                # said": a bare title, then the body it heads, is one role
                before = _speaker_left(text, toks, k - 3, 0)
                if before is not None and _opens_clause(toks, before[0]):
                    return before
            proxy = _proxy_before(toks, k)
            if proxy is not None:
                # "Gov. Ada Obi, represented by his deputy, Mr Yusuf Bala,
                # said": the one represented speaks through the name
                before = _speaker_left(text, toks, proxy - 1, 0)
                if before is not None and _opens_clause(toks, before[0]):
                    return before
                comma = proxy
                continue
            inside = _relative_before(toks, k)
            if inside is not None and not _capitalized(text, toks, k - 1):
                # "Quist, who had backed Voigt's main rival in the primary, Sen.
                # Jared Pell, said": the name is the rival's, inside the clause
                before = _speaker_left(text, toks, inside - 1, 0)
                if before is not None and _opens_clause(toks, before[0]):
                    return before
            kin = _kin_of_someone(text, toks, k)
            if kin is not None:
                return kin
            # "One of the report's authors, Ari Fleischer, said" ("Ana Bell and
            # her husband, Tobin Bell, said": the pair)
            return (_named_kin_pair(text, toks, k + 1, comma - 1, 0), comma - 1)
        named = _name_in_appositive(text, toks, k + 1, comma - 1)
        if named is not None:
            # "Their attorney, Ana Ruiz of the Liberties Union, said", "One
            # victim, widow Margaret Fenn, said": the name inside
            return named
        speaker = _speaker_left(text, toks, k - 1, 0)
        if speaker is None:
            comma = k  # "Kirk, R-S.C., a long-shot candidate, said": one more to the left
            continue
        if (
            speaker[0] >= 3
            and toks.words[speaker[0] - 1] in {"which", "who"}
            and toks.words[speaker[0] - 2] == ","
        ):
            # "The union, which represents teachers, counselors and nurses,
            # said": a relative clause holding a list; the noun before it speaks
            before = _speaker_left(text, toks, speaker[0] - 3, 0)
            if before is not None and _opens_clause(toks, before[0]):
                return before
        if (
            opener in {"who", "whose"}
            and speaker[0] >= 3
            and toks.words[speaker[0] - 1] == ","
            and speaker[1] - speaker[0] <= 2
            and all(_capitalized(text, toks, t) for t in range(speaker[0], speaker[1] + 1))
            and _capitalized(text, toks, speaker[0] - 2)
        ):
            # "Sheriff Ted Mills of Boone County, Iowa, whose office runs the
            # jail, said": the state goes with its county (AP: a place, then
            # its state set off by commas); the titled name before speaks
            placed = _speaker_left(text, toks, speaker[0] - 2, 0)
            if (
                placed is not None
                and _opens_clause(toks, placed[0])
                and any(toks.words[t] in {"of", "in", "from"} for t in range(placed[0], placed[1]))
            ):
                return placed
        first = toks.words[speaker[0]]
        if (
            first[:1].isdigit()
            or first in RELATIVE_PRONOUNS
            or _PARTY_TAG.fullmatch(text, toks.starts[speaker[0]], toks.ends[speaker[1]])
        ):
            # an age, a relative clause or a party tag ("Farnham, R-Texas, a
            # member of ..., said"): look further left
            comma = k
            continue
        if (
            speaker[0] >= 2
            and toks.words[speaker[0] - 1] == ","
            and (first in {"a", "an"} or not _capitalized(text, toks, speaker[0]))
            and toks.kinds[speaker[0] - 2] == "w"
            and _capitalized(text, toks, speaker[0] - 2)
            and toks.words[speaker[0] - 2] not in DETERMINERS
            # "Posting on Instagram, the star, 52, said": the name before
            # closes a leading participle phrase; the role is the subject
            and not _leading_participle_phrase(toks, speaker[0] - 1)
        ):
            # "Dr. Lisa Patel, a pediatrician at Stanford, who was not involved
            # in the research, said", "Mark Feldman, chief medical officer at
            # Brightline, a telehealth company in Denver, said": the role is a
            # first appositive on the name before it, which speaks
            comma = k
            continue
        if (
            speaker[0] >= 2
            and toks.words[speaker[0] - 1] == ","
            and toks.words[k + 1] in TITLE_WORDS
            and all(toks.words[t] in TITLE_WORDS for t in range(speaker[0], speaker[1] + 1))
        ):
            # "Harjit Dhanoa, President, CEO and Director of Silvercrest,
            # said": a list of titles set off by commas (press-release
            # signature) is one appositive; the name before it speaks
            comma = k
            continue
        if speaker[0] >= 2 and toks.words[speaker[0] - 1] == ",":
            # "The parents of the slain teen, Ava Lin, 16, said": the kin
            kin = _kin_of_someone(text, toks, speaker[0] - 1)
            if kin is not None:
                return kin
        pair = _appositive_pair(text, toks, speaker)
        if pair is not None:
            return pair
        return speaker
    return None


# the last words of an armed body's name, besides ORGANIZATION_WORDS
_ARMED_BODY_ENDS = frozenset({"brigades", "brigade", "battalion", "regiment", "corps"})


def _named_body_in_apposition(
    text: str, toks: _Tokens, k: int, comma: int
) -> tuple[int, int] | None:
    """``The House GOP's campaign arm, the National Republican Congressional
    Committee, said``: a lower-case description, then ``the`` and a body's
    capitalised name set off by commas: the named body speaks (the
    description is its gloss), as a person's name does after a role."""
    last = comma - 1
    if not (
        k >= 2
        and toks.words[k + 1] == "the"
        and 2 <= last - (k + 1) <= 7
        and toks.kinds[k - 1] == "w"
        and not _capitalized(text, toks, k - 1)
        and _capitalized(text, toks, last)
        and (toks.words[last] in ORGANIZATION_WORDS or toks.words[last] in _ARMED_BODY_ENDS)
        and all(
            toks.kinds[t] == "w"
            and (_capitalized(text, toks, t) or toks.words[t] in {"of", "for", "and", "&"})
            for t in range(k + 2, comma)
        )
    ):
        return None
    before = _speaker_left(text, toks, k - 1, 0)
    if before is None or not _opens_clause(toks, before[0]):
        return None
    return (k + 1, last)


def _identified_as(text: str, toks: _Tokens, k: int, comma: int) -> tuple[int, int] | None:
    """``The officer, identified by the department as Sgt. Paul Kerrigan,
    said``: a participle that names the one before it (``identified``,
    ``named``), then ``as`` and a capitalised name closing the aside: the
    name speaks (the identity is given)."""
    if toks.words[k + 1] not in {"identified", "named", "later"}:
        return None
    as_at = next((t for t in range(k + 2, comma) if toks.words[t] == "as"), None)
    if as_at is None or as_at + 2 > comma - 1 or as_at - k > 8:
        return None
    if not all(
        toks.kinds[t] == "w" and _capitalized(text, toks, t) for t in range(as_at + 1, comma)
    ):
        return None
    if toks.words[k + 1] == "later" and toks.words[k + 2] != "identified":
        return None
    return (as_at + 1, comma - 1)


def _appositive_pair(
    text: str, toks: _Tokens, second: tuple[int, int]
) -> tuple[int, int] | None:
    """``Sam Whitcomb, Arclight's chief executive, and Lena Brauer, its
    finance chief, said``: two names, each with its role set off by commas,
    joined by ``, and``, opening the clause, are one speaker from the first
    name to the second."""
    a = second[0] - 1
    if a < 4 or toks.words[a] != "and" or toks.words[a - 1] != ",":
        return None
    if not all(_capitalized(text, toks, t) for t in range(second[0], second[1] + 1)):
        return None
    c = a - 2
    while c >= 1 and toks.words[c] != "," and a - c <= 10:
        if toks.kinds[c] != "w":
            return None
        c -= 1
    if c < 1 or toks.words[c] != "," or c + 1 >= a - 1:
        return None
    if _finite_outside_relative(toks, c + 1, a - 2):
        return None
    first = _speaker_left(text, toks, c - 1, 0)
    if (
        first is None
        or first[1] != c - 1
        or not _opens_clause(toks, first[0])
        or not all(_capitalized(text, toks, t) for t in range(first[0], first[1] + 1))
    ):
        return None
    return (first[0], second[1])


_CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "yet", "still", "meanwhile", "however"})


def _leading_participle_phrase(toks: _Tokens, comma: int) -> bool:
    """Whether the sentence opens on an ``-ing`` participle phrase that the
    comma at ``comma`` closes: ``Posting on Instagram,``, ``Speaking on
    Loose Women,``."""
    first = next((t for t in range(comma) if toks.kinds[t] != "p"), None)
    return (
        first is not None
        and comma - first <= 8
        and toks.words[first].endswith("ing")
        and len(toks.words[first]) > 5
        and toks.words[first + 1 : first + 2] in (["on"], ["to"], ["at"], ["in"], ["with"])
        and all(toks.words[t] != "," for t in range(first, comma))
    )


def _opens_clause(toks: _Tokens, start: int) -> bool:
    """Whether only punctuation, or one conjunction opening the sentence
    (``But Ortiz, citing safety, said``), stands before token ``start``."""
    words = [t for t in range(start) if toks.kinds[t] != "p"]
    return not words or (words == [0] and toks.words[0] in _CLAUSE_CONJUNCTIONS)


# kin who speak together: the name after them is the one they are kin of
_KIN_GROUPS = frozenset(
    "family families parents relatives siblings children grandparents loved".split()
)


def _kin_of_someone(text: str, toks: _Tokens, comma: int) -> tuple[int, int] | None:
    """``The family of the victim, Casey Goodson Jr., said``: a family or
    parents *of* someone, then a name set off by commas: the name is the one
    after ``of``, and the kin speak (``The mother of the victim, Tamala
    Payne,`` names the mother and is left alone)."""
    before = _speaker_left(text, toks, comma - 1, 0)
    if before is None or not _opens_clause(toks, before[0]):
        return None
    words = toks.words[before[0] : comma]
    of = next((i for i, w in enumerate(words) if w == "of"), None)
    if of is None or of == 0 or words[of - 1] not in _KIN_GROUPS:
        return None
    if any(toks.words[t] in _KIN_GROUPS for t in range(before[0] + of + 1, comma)):
        return None  # "the parents of the family, Ana Bell, ...": unclear
    return before


def _tagged_pair(text: str, toks: _Tokens, second: tuple[int, int]) -> tuple[int, int]:
    """``Sens. Ana Kirk, R-Ohio, and Dale Moss, D-Md., said``: two names, each
    with its party tag (AP style), are one speaker; the span runs from the
    first name to the second."""
    a = second[0] - 1
    if a < 4 or toks.words[a] != "and" or toks.words[a - 1] != ",":
        return second
    k = a - 2
    while k >= 0 and toks.words[k] != "," and a - 1 - k <= _MAX_TAG_TOKENS:
        k -= 1
    if (
        k < 1
        or toks.words[k] != ","
        or not _PARTY_TAG.fullmatch(text, toks.starts[k + 1], toks.ends[a - 2])
    ):
        return second
    first = _speaker_left(text, toks, k - 1, 0)
    if first is None or not _capitalized(text, toks, k - 1):
        return second
    return (first[0], second[1])


_MAX_TAG_TOKENS = 6  # "R-Grand Rapids", "D-N.M.": a party tag's tokens


# a liveblog entry's time stamp on its own line: "4:12 PM EST", "Nov. 27,
# 2026, 3:55 p.m. ET"
_STAMP = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? (?:\d{4},? )?)?\d{1,2}:\d{2}"
    r"(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?[ \t]*"
)


def _ex_title(word: str) -> bool:
    """``ex-sen`` (of ``Ex-Sen.``), ``ex-gov``: a former holder's title whose
    point the tokenizer splits off."""
    if not word.startswith(("ex-", "ex\u2011")):
        return False
    rest = word[3:]
    return rest + "." in TITLE_WORDS


def _heading_line(text: str, i: int, toks: _Tokens) -> bool:
    """Whether token ``i`` ends a paragraph (a blank line follows) or a short
    line with no closing point, a live page's entry headline (``Russia
    pounds Kharkiv\nKharkiv Mayor Ihor Terekhov said``): a speaker never
    runs across it (a hard-wrapped line runs to its full width)."""
    gap = text[toks.ends[i] : toks.starts[i + 1]]
    if gap.count("\n") >= 2:
        return True
    line = text.rfind("\n", 0, toks.starts[i]) + 1
    return toks.ends[i] - line <= 45 and toks.kinds[i] == "w"


def _stamp_line(text: str, i: int, toks: _Tokens) -> bool:
    """Whether token ``i`` ends a line that is only a time stamp."""
    line = text.rfind("\n", 0, toks.starts[i]) + 1
    return toks.ends[i] - line <= 40 and _STAMP.fullmatch(text, line, toks.ends[i]) is not None


_PLURAL_SUBJECTS = (
    frozenset(
        """they we i you who whom will would could may might should must
    can did do does not also to""".split()
    )
    | IRREGULAR_PLURALS
    | frozenset(  # a bare form after a negated auxiliary: "don't think", "won't say"
        f"{aux}n{apostrophe}t"
        for aux in ("do", "did", "does", "wo", "would", "ca", "could", "should", "must")
        for apostrophe in ("'", "’")
    )
    # police forces that CP and Irish style make plural, as "police":
    # "Nova Scotia RCMP say", "OPP say", "Gardaí say"
    | frozenset({"rcmp", "opp", "gardaí", "gardai"})
)


# quantifiers that take a plural verb: a cue form in -s after one is a noun
PLURAL_QUANTIFIERS = frozenset("several many few both".split())


def _inflected_or_after_plural(toks: _Tokens, c: int) -> bool:
    """An inflected cue (``said``), or a bare one after a plural or pronoun."""
    word = toks.words[c]
    if word != (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word)):
        return True
    if c == 0:
        return True
    before = toks.words[c - 1]
    return before in _PLURAL_SUBJECTS or (before.endswith("s") and not before.endswith("ss"))

"""Attribution frames around cue words (see ``docs/quotes.md``).

Each builder returns a ``_Frame``: speaker and content token ranges and
the cue span. ``_frames`` runs them over one sentence in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import compress, count
from typing import Any

import attrs

from newsparse._content import (
    _ASIDE_DASHES,
    _CONTEXT_TAIL,
    _CUE_PHRASE,
    _FIRST_LETTER,
    _MIN_CONTENT_WORDS,
    _PHRASE_OPENERS,
    _QUESTION_WORDS,
    _before_a_second_past_verb,
    _before_main_predicate,
    _before_the_cue_s_second_verb,
    _comma_before,
    _content_end,
    _content_start,
    _ends_sentence,
    _forward_content,
    _last_content_token,
    _parenthetical_rest,
    _plain_clause,
    _semicolon_series,
    _that_after_phrase,
    _trimmed_span,
    _without_trailing_time,
    _without_venue,
    _writers_clause_after_object,
)
from newsparse._speakers import (
    _ANONYMITY_CLAUSE,
    _JOB_NOUNS,
    _MAX_APPOSITIVE_TOKENS,
    _MAX_SPEAKER_TOKENS,
    _MONTHS,
    _NAMING_WORDS,
    _SURNAME_DETERMINERS,
    _THING_NOUNS,
    PLURAL_QUANTIFIERS,
    RESTRICTIVE_PARTICIPLES,
    _after_quote_speaker,
    _anonymity_clause_speaker,
    _appositive_speaker,
    _before_time_phrase,
    _between_quote_and_cue,
    _clause_subject,
    _closes_coordinated_appositive,
    _imperative_lead,
    _inflected_or_after_plural,
    _malformed_speaker,
    _polled_by,
    _sentence_subject,
    _skip_back,
    _source_like,
    _speaker_left,
    _speaker_right,
    _subject_before,
    _the_style,
)
from newsparse._tokens import (
    _DASHES,
    _NAME_LINKS,
    _PLACE_PREPOSITIONS,
    _PREPOSITIONS,
    _capitalized,
    _span,
    _token_at,
    _Tokens,
    _without_contraction,
)
from newsparse.lexicon.cues import (
    BARE_PHRASES,
    BELIEF_FORMS,
    CUE_FORMS,
    INTENT_FORMS,
    LISTENER_VERBS,
    NEW_OBJECT_ACT_FORMS,
    OBJECT_ACT_FORMS,
    PARTICIPLE_CUES,
    PHRASE_CUES,
    PREPOSITIONAL_ACT_FORMS,
    PROGRESSIVE_ACT_FORMS,
    QUOTED_ACT_FORMS,
    REQUEST_FORMS,
    SPEECH_ACT_FORMS,
    SPEECH_FORMS,
    STANCE_ADJECTIVES,
    STANCE_OBJECT_FORMS,
    STANCE_VERB_FORMS,
    THAT_ONLY_LEMMAS,
    lemma_of,
)
from newsparse.lexicon.sources import DOCUMENT_HEADS, ROLE_HEADS, TITLE_WORDS
from newsparse.lexicon.words import (
    ADVERBS_BEFORE_CUE,
    AUXILIARIES,
    CLAUSE_STOPS,
    COORDINATORS,
    DETERMINERS,
    IRREGULAR_PLURALS,
    LY_NOUNS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PAST_OR_PARTICIPLE,
    QUANTIFIER_SUBJECTS,
    RELATIVE_PRONOUNS,
    SHARE_WORDS,
    SUBJECT_PRONOUNS,
    is_number,
    is_past_verb,
    looks_plural,
)
from newsparse.model import Span

_NOUN_LIKE_CUES = frozenset(
    """claims reports notes states answers estimates comments posts promises
    charges forecasts tweets demands shows reads counters""".split()
)


_NOT_A_SPEECH_ACT = frozenset(
    {"a", "an", "off", "in", "into", "up", "back", "out", "over", "around"}
)


# verbs of warning and speaking whose topic after "of"/"against"/"about"
# may carry the speaker's quoted words: "warned of a “life-threatening”
# surge", "spoke of “a new dawn”" (without a quotation, a topic: no quote)
_QUOTED_TOPIC_VERBS = frozenset(
    """warn warns warned warning caution cautions cautioned cautioning
    speak speaks spoke spoken talk talks talked""".split()
)
_QUOTED_TOPIC_PREPOSITIONS = frozenset({"of", "against", "about"})


# bare cue forms that are as often nouns ("the state", "a report", "fear")
_NOUN_LIKE_BARE = frozenset(
    """claim report note state answer estimate comment post promise charge
    forecast tweet demand show read counter fear hope concern release
    reply respond warn""".split()
)


_PLURAL_DETERMINERS = frozenset({"those", "these", "both", "many", "several", "some", "all"})


_NOUN_CUES = frozenset(
    """claim claims statement statements assertion assertions argument arguments
    warning warnings suggestion promise pledge insistence contention
    accusation accusations allegation allegations belief view fear fears hope
    hopes concern concerns remark remarks comment comments message
    announcement prediction admission denial vow""".split()
)


# verbs whose clause is already a report: "..., according to" after them
# names where the report comes from, not a speaker
_REPORTING_VERBS = frozenset(
    "said says told tells reported reports wrote writes added adds asked announced".split()
)


# "told allies he ...", "asked aides to ...": a report with a listener object
_LISTENER_REPORTS = frozenset("told tells asked asks".split())
# "the reports", "many reports": the noun
_REPORT_NOUN_AFTER = frozenset(
    "the a some many several more fewer of those these their its".split()
)


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)

# participles of a request after a comma: the sentence's subject asks
_REQUEST_PARTICIPLES = frozenset(
    "urging calling asking encouraging imploring begging pressing".split()
)
_CALL_FORMS = SPEECH_ACT_FORMS | frozenset({"calling"})  # "called on X to", "calling on X to"

_TIME_WORDS = _WEEKDAYS | frozenset(
    "on last this next week month year night morning afternoon evening".split()
)


# intentions stated in words: "vowed", "promises", "pledged", "threatened"
_SPOKEN_INTENTS = frozenset(
    """vowed vows promised promises pledged pledges threatened threatens
    refused refuses agreed agrees offered offers""".split()
)


_VOTE_SCORE = re.compile(r"\d{1,3}-\d{1,3}")  # "ruled 5-4 that", "voted 2-1"


# what opens the venue of a spoken intention: "vowed at a rally to ...",
# "pledged in a speech to ...", "promised during the debate to ..."
_VENUE_PREPOSITIONS = frozenset({"at", "in", "during"})
# the most words of such a venue ("at a packed Las Vegas rally")
_MAX_VENUE_TOKENS = 7


def _to_after_venue(toks: _Tokens, c: int) -> int | None:
    """``vowed at a rally to ...``, ``pledged in a speech on Monday to``: the
    ``to`` after a venue phrase (a preposition, a determiner and a few words,
    perhaps a time) that follows the verb at ``c``; ``None`` when the phrase
    holds a verb or punctuation, or ``to`` opens a noun phrase."""
    for k in range(c + 3, min(len(toks) - 1, c + 2 + _MAX_VENUE_TOKENS)):
        word = toks.words[k]
        if word == "to":
            return None if _to_a_noun(toks, k) else k
        if (
            toks.kinds[k] != "w"
            or word in CUE_FORMS
            or word in AUXILIARIES
            or word in {"that", "which", "who", "and", "but"}
            or is_past_verb(word)
        ):
            return None
    return None


def _to_after_time(toks: _Tokens, c: int) -> int | None:
    """``vowed Monday to ...``, ``promised on Friday to ...``: the ``to``
    after a short time phrase that follows the verb."""
    if (
        c + 2 < len(toks)
        and toks.words[c] in _SPOKEN_INTENTS
        and toks.words[c + 1] in _VENUE_PREPOSITIONS
        and toks.words[c + 2] in {"a", "an", "the", "his", "her", "their", "its"}
    ):
        return _to_after_venue(toks, c)
    if (
        c + 1 >= len(toks)
        or toks.words[c + 1] not in _TIME_WORDS
        or toks.words[c] not in _SPOKEN_INTENTS
    ):
        return None  # ("voted Tuesday to give ...": a vote, no words)
    venue = next(
        (
            t
            for t in range(c + 2, min(len(toks) - 2, c + 4))
            if toks.words[t] in _VENUE_PREPOSITIONS
        ),
        None,
    )
    if (
        venue is not None
        and all(toks.words[t] in _TIME_WORDS for t in range(c + 1, venue))
        and any(toks.words[t] in _WEEKDAYS for t in range(c + 1, venue))
        and toks.words[venue + 1] in {"a", "an", "the", "his", "her", "their", "its"}
    ):
        return _to_after_venue(toks, venue - 1)  # "vowed Tuesday at a town hall to cut ..."
    for k in range(c + 2, min(len(toks) - 1, c + 5)):
        if toks.words[k] == "to":
            return (
                k
                # "agreed Tuesday to a four-year contract": a noun phrase
                if not _to_a_noun(toks, k)
                and any(
                    toks.words[t] in _WEEKDAYS or toks.words[t] in {"week", "month", "year"}
                    for t in range(c + 1, k)
                )
                else None
            )
        if toks.words[k] not in _TIME_WORDS:
            return None
    return None


# a goal (run, try) added to a score, in game stories: "added a third as
# Castlebrook won 3-0", "added a fourth in stoppage time"
_SCORE_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth".split())
_AFTER_A_SCORE = frozenset("as in on with from before after late when".split())


# time nouns after "that" as a determiner: "decided that day to ..."
_THAT_TIME_NOUNS = frozenset(
    "day night week weekend month year morning afternoon evening time season".split()
)


# verbs that need "that" in front of what was decided, but close a sentence
# as any cue does: "The evidence stays out, the judge ruled."
_CLOSING_STANCE = frozenset("ruled concluded determined decided".split())

# the roles set off before or after a name: the lexicon's titles and the
# jobs wire copy names people by ("the publicist, Dana Holm,")
# clergy and the everyday roles of obituary and odd-news copy, set before
# an appositive name: "“...,” the archbishop, John Doyle, said", "the
# neighbor, Jane Doe, said"
_APPOSITIVE_ROLES = frozenset(
    """archbishop cardinal priest imam rabbi nun monk deacon vicar preacher
    pontiff reverend missionary friar abbot archdeacon rector curate mufti
    farmer neighbor neighbour homeowner fisherman diver firefighter driver""".split()
)
_ROLE_NOUNS = ROLE_HEADS | _JOB_NOUNS | {"mate"} | _APPOSITIVE_ROLES  # "running mate"

# a reduced passive: "a man accused of arson", "described by neighbors as quiet"
_PASSIVE_ACTS = frozenset({"accused", "charged", "described"})
_PASSIVE_ACT_AFTER = frozenset({"of", "with", "by", "as", "in"})

_PASSIVE_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "’s", "'s"})


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "yet", "although", "though"})


# a speaker the reader already knows: a pronoun or a definite noun phrase
_SOURCE_IN_PLAY = frozenset("it he she they the its his her their".split())

# bare plurals that speak for a case in crime and disaster copy
_CRIME_SPEAKERS = frozenset(
    """police officials authorities investigators prosecutors witnesses
    residents troopers deputies officers firefighters rescuers""".split()
)

# bare plurals that judge a plan in policy copy: "which critics said would ..."
_POLICY_SPEAKERS = frozenset(
    """critics opponents supporters proponents advocates economists analysts experts
    lawmakers""".split()
)

_MAX_CLAUSE_TOKENS = 14  # a restrictive relative clause inside a speaker
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DOMAIN_ENDINGS = frozenset("com org net gov us io co uk info edu".split())
_MAX_ANONYMITY_TOKENS = 30  # a clause that withholds the speaker's name
_WITHHELD = frozenset("anonymity authorized authorised identified named".split())


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


_WH_WORDS = frozenset({"what", "how", "whom", "whatever", "why"})


# Every word ``_frames`` tests at the position ``c`` it scans, which is the
# only way a sentence without quotations gets a frame: the speech forms (a
# sentence-initial "Said Ellis:" too), "according" (to), the first words of
# PHRASE_CUES, "asked"/"pressed", intentions, cue verbs, stance adjectives
# and verbs before "that", requests, speech acts (plain, quoted,
# progressive) and the nouns before "that" (``_NOUN_CUES``, at ``c - 1``).
# ``sentence_may_frame`` skips the tokenizer for a sentence holding none of
# them, and ``_frames`` itself visits only their positions (``_SCAN_WORDS``).
# the heads of a poll that opens a sentence as its source ("In the latest
# Kell University poll, ...", "In a survey of 900 pilots, ..."); they also
# bring the sentence to ``_frames``
_POLL_HEADS = frozenset({"poll", "polls", "survey", "surveys"})

# ANY NEW WORD ``_frames`` TESTS MUST JOIN THIS SET, or the sentences
# carrying it lose their frames (tests/test_prefilter.py compares the
# attributions with the prefilter on and off).
FRAME_TRIGGERS: frozenset[str] = (
    frozenset(SPEECH_FORMS)
    | {"according", "asked", "pressed", "per", "speaking"}
    | frozenset(PHRASE_CUES)
    | INTENT_FORMS
    | CUE_FORMS
    | STANCE_ADJECTIVES
    | STANCE_VERB_FORMS
    | REQUEST_FORMS
    | SPEECH_ACT_FORMS
    | QUOTED_ACT_FORMS
    | PROGRESSIVE_ACT_FORMS
    | frozenset(PREPOSITIONAL_ACT_FORMS)
    | _NOUN_CUES
    | _QUOTED_TOPIC_VERBS
    | STANCE_OBJECT_FORMS
    | _POLL_HEADS
)

# Runs of letters. A token is a run of word characters that starts and ends
# with a letter or digit (``_tokens._TOKEN``); one that equals a trigger word
# (all letters) is therefore a whole run of letters: before it stands a
# non-letter (at worst a digit ending a ``1,000`` token) and after it a
# non-letter, never a letter the token left out. Digits split runs so that
# "1,000said" still shows "said".
_LETTER_RUN = re.compile(r"[^\W\d_]+")

# what the scan in ``_frames`` stops at: "that" is tested after a noun cue
_SCAN_WORDS: frozenset[str] = FRAME_TRIGGERS | {"that"}

# The triggers as letter runs: "point out" (a cue form with a space) is no
# token at all, so it cannot trigger and is left out.
_TRIGGER_RUNS: frozenset[str] = frozenset(
    run for word in FRAME_TRIGGERS if " " not in word for run in _LETTER_RUN.findall(word)
)


def _trie_pattern(words: frozenset[str]) -> str:
    """One alternation for ``words`` written as a trie (``add(?:ed|ing|s)?``),
    so that the engine follows one branch per character instead of trying
    every word in turn. No repetition: each attempt reads at most the
    longest word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and "" not in node:
            return alternatives[0]  # one way on: "accordin" -> "g"
        group = "(?:" + "|".join(alternatives) + ")"
        return group + "?" if "" in node else group

    return branch(trie)


# A trigger written as a whole run of letters: what ``_LETTER_RUN`` finds
# in the lower-cased sentence and ``_TRIGGER_RUNS`` holds, found in one
# search, with no list of the sentence's words (2x faster over the corpus;
# tests/test_prefilter.py compares the two forms)
_TRIGGER_SEARCH = re.compile(r"(?<![^\W\d_])" + _trie_pattern(_TRIGGER_RUNS) + r"(?![^\W\d_])")


def sentence_may_frame(text: str, sentence: Span) -> bool:
    """False only when ``sentence`` holds no word that can start a frame:
    tokenizing it and running ``_frames`` would find nothing (a sentence
    with a quotation must be read in full whatever this says)."""
    return _TRIGGER_SEARCH.search(text[sentence.start : sentence.end].lower()) is not None


@attrs.define
class _Frame:
    speaker: tuple[int, int] | None  # token range, inclusive
    speaker_span: Span | None
    cue: Span
    content: Span | None
    content_tokens: tuple[int, int] | None  # token range of the content, inclusive
    cue_index: int
    weak: bool = False  # an intention or stance complement, not a speech cue


# the clause joins before "the other said" (one of two people counted before)
_BEFORE_THE_OTHER = frozenset({",", ";", "while", "whereas", "and", "but"})


def _the_other_spoke(toks: _Tokens, c: int) -> bool:
    """``..., while the other said ...``: ``the other`` before a past speech
    verb, after a clause join, is the second of two people counted before,
    a speaker (not ``the other reports``)."""
    return (
        c >= 3
        and toks.words[c - 1] == "other"
        and toks.words[c - 2] == "the"
        and toks.words[c - 3] in _BEFORE_THE_OTHER
        # a past form: "said", "told", "argued" (not "the other claims")
        and SPEECH_FORMS.get(toks.words[c], toks.words[c]) != toks.words[c]
        and not toks.words[c].endswith("s")
    )


def _frames(text: str, toks: _Tokens, sentence: Span) -> list[_Frame]:
    frames: list[_Frame] = []
    n = len(toks)
    consumed_until = -1
    # only a trigger word (or the "that" after a noun cue) reaches a builder
    # below; every other word falls through every test to the final continue
    # (the membership tests mapped in C, no Python frame per token)
    if n > 4 and toks.words[0] in {"in", "to"}:
        words_of = _words_of_frame(text, toks)
        if words_of is not None:
            return [words_of]  # "In the words of one resident, “...”"
        if toks.words[0] == "in":
            poll = _in_poll_frame(text, toks)
            if poll is not None:
                frames.append(poll)  # "In a Harbor Radio poll released Monday, ..."
                consumed_until = poll.speaker[1] if poll.speaker else 0
    if n > 3 and (toks.words[0] in _ECHO_OPENERS or toks.kinds[0] == "q"):
        echo = _echo_frame(text, toks)
        if echo is not None:
            return [echo]  # "That's what Breck said on Tuesday.": the quotation before
    candidates = list(compress(count(), map(_SCAN_WORDS.__contains__, toks.words)))
    for c in candidates:
        if toks.kinds[c] != "w" or c <= consumed_until:
            continue
        word = toks.words[c]
        if c == 0 and word in SPEECH_FORMS and n > 2:
            frame = _initial_cue_frame(text, toks)
            if frame is not None:
                frames.append(frame)
                consumed_until = frame.speaker[1] if frame.speaker else c
                continue
            frame = _leading_participle_frame(text, toks)
            if frame is not None:
                # "Noting that ..., Xi said ...": the main clause's own
                # frame is still to be found after the comma
                frames.append(frame)
                consumed_until = 1
                continue
        if word == "learned" and c + 2 < n and toks.words[c + 1] == "from":
            frame = _learned_from(text, toks, c)
            if frame is not None:
                frames.append(frame)
                consumed_until = frame.speaker[1] if frame.speaker else c + 1
                continue
        if word == "according" and c + 1 < n and toks.words[c + 1] == "to":
            frame = _according_to(text, toks, c, sentence)
            if frame is not None:
                frames.append(frame)
                consumed_until = c + 1
            continue
        if (
            word == "per"
            and c >= 1
            and c + 1 < n
            and toks.words[c - 1] == "as"
            # opening the sentence or after a comma: "done as per the rules"
            # is "in keeping with", no report
            and (
                toks.words[c - 2 : c - 1] == [","]
                or all(toks.kinds[t] == "p" for t in range(c - 1))
            )
        ):
            # "As per officials, ...", "..., as per the police.": South Asian
            # English's "according to", framed the same way
            frame = _according_to(text, toks, c - 1, sentence)
            if (
                frame is not None
                and c >= 2
                and frame.speaker is not None
                and any(toks.kinds[t] != "p" for t in range(frame.speaker[1] + 1, n))
            ):
                frame = None  # "The accused, as per the police, fled": only a closing one
            if frame is not None:
                frames.append(frame)
                consumed_until = c
            continue
        if word == "per":
            frame = _per_frame(text, toks, c)
            if frame is not None:
                frames.append(frame)
                consumed_until = n - 1
            continue
        if word in PHRASE_CUES:
            frame = _phrase_frame(text, toks, c, sentence, frames)
            if frame is not None:
                frames.append(frame)
                consumed_until = frame.cue_index
                continue
        if (
            word == "asked"
            and 0 < c < n - 2
            and toks.words[c - 1] in _PASSIVE_BE
            and toks.words[c + 1] in {",", ":"}
            and toks.kinds[c + 2] == "q"
            and (c + 3 >= n or toks.kinds[c + 3] == "p")
        ):
            # "Voss was asked, “Would you have told her?”": the question put
            # to the subject, its asker not written (as "The jury was told")
            cue = _cue_span(text, toks, c)
            frames.append(_Frame(None, None, cue, _span(toks, c + 2, c + 2), (c + 2, c + 2), c))
            consumed_until = c + 2
            continue
        if word in {"asked", "pressed"}:
            frame = _when_asked_frame(text, toks, c)
            if frame is not None:
                frames.append(frame)
                consumed_until = frame.content_tokens[1] if frame.content_tokens else c
                continue
            if _asked_aside(toks, c):
                continue  # "Grant, asked about the report, said ...": the topic of a question
        if _capitalized(text, toks, c) and c > 0:
            continue  # "Said" inside a name or title
        if c > 0 and toks.words[c - 1] == "worth" and word in _WRITERS_ASIDE_VERBS:
            continue  # "It is worth noting that ...": the writer's own aside, no source
        if _object_noun(toks, c):
            continue  # "traded blame", "dismissed claims": the verb's object
        if (
            word in _PASSIVE_ACTS
            and c + 1 < n
            and toks.words[c + 1] in _PASSIVE_ACT_AFTER
            and not any(
                w in SUBJECT_PRONOUNS or w in _WH_WORDS or w in {"which", "whom", "that"}
                for w in toks.words[max(0, c - 5) : c]
            )
        ):
            continue  # "A man accused of killing ...", "charged with": a passive, no act
        if word in _REQUEST_PARTICIPLES and c >= 2 and _comma_before(text, toks, c):
            # "welcomed the talks, urging both sides to show restraint"
            frame = _request_frame(text, toks, c)
            if frame is not None:
                frames.append(frame)
                consumed_until = frame.content_tokens[1] if frame.content_tokens else c
                continue
        if word == "expected" and c >= 2:
            frame = _expected_frame(text, toks, c)
            if frame is not None:
                frames.append(frame)
                consumed_until = c
                continue
        if word in INTENT_FORMS and (
            (
                c + 1 < n
                and toks.words[c + 1] == "to"
                and not _to_a_noun(toks, c + 1)
                # "The order, which Orvia agreed to, requires ...": a
                # stranded preposition, no infinitive
                and (c + 2 >= n or toks.kinds[c + 2] != "p")
            )
            or (c + 2 < n and toks.words[c + 1] == "not" and toks.words[c + 2] == "to")
            # a time phrase before "to": "vowed Monday to ...", "on Friday"
            or _to_after_time(toks, c) is not None
        ):
            if c > 0 and toks.words[c - 1] in _PASSIVE_BE and word.endswith("ed"):
                continue  # "is expected to be ratified": nobody's intention
            frame = _complement_frame(
                text,
                toks,
                c,
                sentence,
                infinitive=True,
                frames=frames,
                first=_to_after_time(toks, c),
            )
        elif word in CUE_FORMS and _verb_use(text, toks, c):
            if _said_this(toks, c):
                continue
            frame = _verb_frame(text, toks, c, sentence, frames)
            if frame is None and word in SPEECH_ACT_FORMS:
                frame = _speech_act_frame(text, toks, c, quoted=False)  # "urged restraint"
            if frame is None and word in REQUEST_FORMS:
                frame = _request_frame(text, toks, c)  # "warned them to stay away"
            if frame is None and word in QUOTED_ACT_FORMS:
                # "remembered him as “a gentle soul”": a quoted act
                frame = _speech_act_frame(text, toks, c, quoted=True)
            if (
                frame is None
                and (word in OBJECT_ACT_FORMS or word in PREPOSITIONAL_ACT_FORMS)
                and _object_act(text, toks, c)
            ):
                frame = _speech_act_frame(text, toks, c, quoted=False)  # "questioned the count"
            if frame is None and word in _QUOTED_TOPIC_VERBS:
                frame = _quoted_topic_frame(text, toks, c)  # "warned of a “grave” risk"
            elif (
                frame is not None
                and word in REQUEST_FORMS
                and frame.content_tokens is not None
                and frame.content_tokens[0] > c + 1
                and toks.words[frame.content_tokens[0]] in {"to", "not", "never"}
            ):
                # "warned consumers not to buy ...": a request, its listener
                # part of the content as for "urged"
                frame = _request_frame(text, toks, c) or frame
        elif (
            word in _CLOSING_STANCE
            and c >= 2
            and _ends_sentence(text, toks, c, _cue_span(text, toks, c), sentence)
        ):
            frame = _verb_frame(text, toks, c, sentence, frames)  # "..., the judge ruled."
        elif (
            c + 1 < n
            and toks.words[c + 1] == "that"
            and _stance_word(toks, c)
            # "decided that day to ...", "held that week": "that" a determiner
            and not (c + 2 < n and toks.words[c + 2] in _THAT_TIME_NOUNS)
        ):
            frame = _complement_frame(text, toks, c, sentence, infinitive=False)
        elif (
            word == "heard"
            and c >= 2
            and toks.words[c - 1] in _HEARING_BODIES
            and _plain_clause(toks, c + 1, n - 1)
        ):
            # "The court heard the man had 40 prior convictions.": the
            # court-copy formula with "that" dropped, as "heard that"
            frame = _complement_frame(text, toks, c, sentence, infinitive=False, first=c + 1)
        elif (
            c + 2 < n
            and toks.words[c + 2] == "that"
            and toks.words[c + 1] in _WEEKDAYS
            and (_stance_word(toks, c) or word in CUE_FORMS)
        ):
            # AP style drops "on": "ruled Monday that ...", "said Friday that ..."
            frame = _complement_frame(text, toks, c, sentence, infinitive=False, first=c + 3)
        elif (
            c + 2 < n
            and _VOTE_SCORE.fullmatch(toks.words[c + 1]) is not None
            and (_stance_word(toks, c) or word in CUE_FORMS)
        ):
            # "ruled 2-1 that ...", "ruled 6-3 on Friday that ...": the vote
            # score of a court or board before "that"
            after_that = c + 3 if toks.words[c + 2] == "that" else _that_after_phrase(toks, c + 2)
            if after_that is None:
                continue
            frame = _complement_frame(text, toks, c, sentence, infinitive=False, first=after_that)
        elif c + 1 < n and toks.words[c + 1] in _PHRASE_OPENERS and _stance_word(toks, c):
            # "ruled on Tuesday that ...": a time or place phrase before "that"
            after_that = _that_after_phrase(toks, c + 1)
            if after_that is None:
                continue
            frame = _complement_frame(text, toks, c, sentence, infinitive=False, first=after_that)
        elif word in _CALL_FORMS and _dated_call_for(toks, c) is not None:
            # "called Wednesday for an inquiry", "called on Friday for X":
            # the wire's day of the call before what was called for
            frame = _speech_act_frame(text, toks, c, quoted=False, first=_dated_call_for(toks, c))
        elif (word in REQUEST_FORMS and word not in SPEECH_ACT_FORMS) or (
            # "called on X to", and the progressive "is calling on X to"
            word in _CALL_FORMS and c + 1 < n and toks.words[c + 1] == "on"
        ):
            frame = _request_frame(text, toks, c)  # "encouraged them to", "called on X to"
        elif (
            word in PREPOSITIONAL_ACT_FORMS
            and c + 1 < n
            and _act_preposition(word, toks.words[c + 1])
            and (
                not word.endswith("ing")
                or (
                    c > 0
                    and (
                        toks.words[c - 1] in AUXILIARIES
                        or _comma_before(text, toks, c)
                        or _with_subject(text, toks, c)
                        or (toks.words[c - 1] == "by" and c >= 3)
                    )
                )
            )
        ):
            # "pointed to the figures", not "pointed to the sky"
            frame = (
                _speech_act_frame(text, toks, c, quoted=False)
                if _object_act(text, toks, c)
                else None
            )
            if frame is None and word in _QUOTED_TOPIC_VERBS:
                frame = _quoted_topic_frame(text, toks, c)  # "spoke of “a new dawn”"
        elif (
            word in SPEECH_ACT_FORMS
            or word in QUOTED_ACT_FORMS
            or (
                c > 0
                and word in PROGRESSIVE_ACT_FORMS
                # "is calling for", and ", calling him “a stiff”"
                and (
                    toks.words[c - 1] in AUXILIARIES
                    or _comma_before(text, toks, c)
                    or _with_subject(text, toks, c)
                    # "responded by accusing Rourke of ...": the means, a speech act
                    or (toks.words[c - 1] == "by" and c >= 3)
                    # "released a statement calling Kolb “a fraud”": the document's act
                    or (toks.words[c - 1] in DOCUMENT_HEADS and "q" in toks.kinds[c + 1 :])
                )
            )
            # "Citing health reasons, Hale resigned": a fronted participle
            or (c == 0 and word in PROGRESSIVE_ACT_FORMS and word in OBJECT_ACT_FORMS)
        ):
            if _colon_sentence_after(text, toks, c):
                continue  # "blasted the council: “They failed.”": the colon frame's
            quoted = word in QUOTED_ACT_FORMS or word.endswith("ing")
            if word == "calling" and c + 1 < n and toks.words[c + 1] == "for":
                quoted = False  # "is calling for a recount": a request, as "called for"
            if (
                quoted
                and word not in QUOTED_ACT_FORMS
                and _claim_object(toks, c)
                and not _idiom_call(toks, c)
            ):
                # ", accusing Lutz of bias", ", describing the plan as a
                # gamble", ", calling Vail a liar": the object and its claim
                # carry what was said, as the finite verb's do
                quoted = False
            frame = _speech_act_frame(text, toks, c, quoted=quoted)
        elif word in STANCE_OBJECT_FORMS and _stance_object(text, toks, c):
            frame = _stance_object_frame(text, toks, c)  # "opposed the levy"
        elif word == "that" and c >= 2 and toks.words[c - 1] in _NOUN_CUES:
            frame = _nominal_frame(text, toks, c)
        elif word in _QUOTED_TOPIC_VERBS:
            frame = _quoted_topic_frame(text, toks, c)  # "spoke of “a new dawn”"
        else:
            continue
        if frame is not None:
            if (
                word == "heard"
                and frame.speaker is not None
                and toks.words[frame.speaker[1]] in _HEARING_BODIES
            ):
                # "Southwark Crown Court heard that ...": the court listened;
                # who said it is not written (a quote with no speaker)
                frame.speaker, frame.speaker_span = None, None
            frames.append(frame)
            if frame.speaker is not None and frame.speaker[1] > c:
                consumed_until = frame.speaker[1]
    if frames and frames[0].speaker is None and frames[0].content is None:
        _lead_participle_speaker(text, toks, frames)
    if "q" in toks.kinds:
        frames.extend(_dash_frames(text, toks))
        if not frames:
            colon = _colon_quote_frame(text, toks)
            if colon is not None:
                frames.append(colon)
    if len(frames) > 1:
        # "A person who asked not to be named because she feared reprisals
        # said ...": a frame inside another's speaker phrase describes that
        # speaker; it reports nothing of its own
        frames = _not_nested(
            frames,
            lambda g, f: (
                g.speaker_span is not None
                and f.speaker_span is not None
                and g.speaker_span.start <= toks.starts[f.cue_index] < g.speaker_span.end
                and g.speaker_span.start <= f.speaker_span.start
            ),
        )
    for frame in frames:
        if frame.speaker_span is not None:
            frame.speaker_span = _closing_marks(text, frame.speaker_span)
            if frame.speaker is not None and frame.speaker[0] == frame.speaker[1]:
                frame.speaker_span = _without_contraction_span(text, frame.speaker_span)
    if len(frames) < 2:
        return frames
    frames = _joined_expectations(text, toks, frames)
    # "Doctors have complained, saying the rules are unclear": a content that
    # opens on another frame's cue is that frame's report, not this one's
    cues = {f.cue_index for f in frames}
    frames = [
        f
        for f in frames
        if f.content_tokens is None
        or f.content_tokens[0] == f.cue_index
        or f.content_tokens[0] not in cues
    ]  # most sentences: no other frame to weigh this one against
    # "Hundreds protested on Saturday, local media reported.": a content that
    # opens on the speaker of a closing attribution whose own content holds
    # this cue is that attribution, not words reported here
    frames = [
        f
        for f in frames
        if f.content_tokens is None
        or not any(
            g is not f
            and g.speaker is not None
            and g.speaker[0] == f.content_tokens[0]
            and g.cue_index > f.cue_index
            and g.content_tokens is not None
            and g.content_tokens[0] <= f.cue_index <= g.content_tokens[1]
            for g in frames
        )
    ]
    strong = [f for f in frames if not f.weak]
    if len(frames) > 1:
        # "They point to a 2019 interview in which she called for a ban": a
        # report in a relative clause inside a judged object has its own
        # speaker and keeps it, as "in which she said ..." does
        frames = [
            f
            for f in frames
            if not f.weak
            or f.content is None
            or not any(
                g is not f
                and g.speaker is not None
                and g.speaker[0] >= 2
                and toks.words[g.speaker[0] - 1] in {"which", "whom"}
                and toks.words[g.speaker[0] - 2] in _PREPOSITIONS
                and f.content.start <= toks.starts[g.speaker[0] - 2]
                and toks.ends[g.cue_index] <= f.content.end
                for g in frames
            )
        ]
    frames = [
        f
        for f in frames
        if not f.weak
        or _relative_naming(toks, f)  # ", which Pettigrew calls “X”,": its own words
        or _contrast_subject(toks, f)  # "..., while Pirelli called it “a bargain”"
        or not any(
            g.content is not None
            and (
                g.content.start <= toks.starts[f.cue_index] < g.content.end
                or (
                    f.content is not None
                    and f.content.start <= g.cue.start < f.content.end
                    # "Ruiz cited a study showing that ...": the judged object
                    # is the inner speaker; both report
                    and not (
                        f.content_tokens is not None
                        and g.speaker is not None
                        and g.speaker[0] == f.content_tokens[0]
                        and toks.words[f.cue_index] in OBJECT_ACT_FORMS
                        # ("cited a pilot as saying ...": the pilot's words)
                        and toks.words[g.cue_index - 1] != "as"
                    )
                )
            )
            for g in strong
        )
    ]
    for i, first in enumerate(frames):
        for later in frames[i + 1 : i + 4]:  # "A said X, and when asked Y, he said Z"
            _stop_before(text, toks, first, later)
    for frame in frames:
        _sync_tokens(toks, frame, frames)
    return frames


def _sync_tokens(toks: _Tokens, frame: _Frame, frames: list[_Frame]) -> None:
    """``Pruitt said the count was rigged, and Kessler said it was “clean.”``:
    a content cut before the next clause's speaker keeps its tokens in step,
    so a quotation in the later clause stays that clause's speaker's."""
    if frame.content is None or frame.content_tokens is None:
        return
    first, last = frame.content_tokens
    end = frame.content.end
    if toks.ends[last] <= end or frame.cue_index > first:
        return  # (a closing "..., the Times reported" holds the clauses before)
    new_last = last
    while new_last >= first and toks.ends[new_last] > end:
        new_last -= 1
    if new_last < first or not any(
        other is not frame
        and other.speaker is not None
        and new_last < other.speaker[0] < other.cue_index <= last
        # the later clause reports forward: "and Kessler said it was ..."
        and other.content_tokens is not None
        and other.content_tokens[0] > other.cue_index
        # a coordinated clause with a new speaker of its own ("but she
        # knows that ..." goes on with the same speaker)
        and toks.words[other.speaker[0] - 1] in {"and", "but", "while", "whereas"}
        and toks.words[other.speaker[0]] not in SUBJECT_PRONOUNS
        for other in frames
    ):
        return  # only when another frame's speaker and cue lie in the cut tail
    frame.content_tokens = (first, new_last)


def _joined_expectations(text: str, toks: _Tokens, frames: list[_Frame]) -> list[_Frame]:
    """``The utility said it had restored power and expected to finish by
    Friday``: an expectation joined by ``and`` right after a report, with no
    subject of its own, goes on with the reported clause (its subject the
    report's); it is no attribution of its own."""
    out: list[_Frame] = []
    for f in frames:
        prev = out[-1] if out else None
        c = f.cue_index
        if (
            prev is not None
            and prev.content is not None
            and prev.content_tokens is not None
            and f.content is not None
            and f.content_tokens is not None
            and toks.words[c] in BELIEF_FORMS
            and toks.words[c] not in SPEECH_FORMS
            and c >= 2
            and toks.words[c - 1] == "and"
            # ("and suspected that ...": a clause of its own is its own report)
            and toks.words[f.content_tokens[0]] == "to"
            and prev.content_tokens[1] == c - 2
            and prev.cue_index < prev.content_tokens[0]
            and SPEECH_FORMS.get(toks.words[prev.cue_index]) in {"say", "tell"}
            and f.speaker == prev.speaker
        ):
            prev.content = Span(prev.content.start, f.content.end)
            prev.content_tokens = (prev.content_tokens[0], f.content_tokens[1])
            continue
        out.append(f)
    return out


# dashes left as HTML entities in scraped copy: "Ortega &mdash; who ... &mdash; said"
_DASH_ENTITIES = frozenset({"&mdash;", "&ndash;", "&#8212;", "&#8211;"})


def _closing_marks(text: str, span: Span) -> Span:
    """A speaker ends after the marks of its last word that no token holds:
    the ``>`` of a Reuters ticker (``Zentrix Corp <ZTRX>``) and the ``+`` of
    ``OPEC+``."""
    end = span.end
    after = text[end : end + 1]
    if after == ">" and "<" in text[span.start : end]:
        return Span(span.start, end + 1)
    if after == "+" and not text[end + 1 : end + 2].isalnum():
        return Span(span.start, end + 1)
    return span


_ECHO_OPENERS = frozenset({"that's", "that’s", "that", "so"})
_ECHO_PARTICIPLES = frozenset({"speaking", "talking", "writing", "testifying"})


def _echo_frame(text: str, toks: _Tokens) -> _Frame | None:
    """A sentence that names the speaker of the quotation just before it:
    ``That's what Sen. Harlan Breck said on Tuesday.``, ``That's how Breck
    described the deal.``, ``So said Dale Voss.``, ``That was Dale Voss on
    Wednesday, speaking to reporters.`` A frame with no content of its own;
    the quotation before takes its speaker and cue."""
    o = 1 if toks.kinds[0] == "q" else 0  # "“It's a betrayal.” That's what ..."
    n = len(toks)
    if o + 3 >= n:
        return None
    first, second = toks.words[o], toks.words[o + 1]
    if first == "that" and second in {"is", "was"} and toks.words[o + 2] in {"what", "how"}:
        # "That is how Tomas Berg describes the flood.": "that's" spelled out
        o += 1
        first, second = "that's", toks.words[o + 1]
        if o + 3 >= n:
            return None
    if first in {"that's", "that’s"} and second in {"what", "how"}:
        speaker = _speaker_right(text, toks, o + 2)
        if speaker is None or speaker[1] + 1 >= n:
            return None
        c = speaker[1] + 1
        word = toks.words[c]
        if not (
            word in CUE_FORMS
            or word in SPEECH_ACT_FORMS
            or word in QUOTED_ACT_FORMS
            or word in PHRASE_CUES
        ):
            return None
    elif first == "so" and second in SPEECH_FORMS:
        speaker = _speaker_right(text, toks, o + 2)
        c = o + 1
    elif first == "that" and second == "was":
        speaker = _speaker_right(text, toks, o + 2)
        c = next(
            (
                k
                for k in range(o + 3, n)
                if toks.words[k] in _ECHO_PARTICIPLES and toks.words[k - 1] == ","
            ),
            -1,
        )
        if c < 0 or speaker is None or not _capitalized(text, toks, speaker[1]):
            return None  # "That was the plan.": no speaker named
    else:
        return None
    if speaker is None or not _source_like(text, toks, speaker):
        return None
    cue = _cue_span(text, toks, c)
    if toks.kinds[0] == "q":  # the quotation in the same sentence is what was said
        return _Frame(speaker, _span(toks, *speaker), cue, _span(toks, 0, 0), (0, 0), c)
    return _Frame(speaker, _span(toks, *speaker), cue, None, None, c)


def _contrast_subject(toks: _Tokens, frame: _Frame) -> bool:
    """``A said the price was “full,” while B called it “a bargain.”``: a
    speech act whose subject opens a contrast clause (``, while`` /
    ``, whereas``) is a second speaker's act, not part of the first report."""
    if frame.speaker is None or frame.speaker[1] + 1 != frame.cue_index:
        return False
    k = frame.speaker[0] - 1
    return (
        k >= 2
        and toks.words[k] in {"while", "whereas"}
        and (toks.words[k - 1] == "," or toks.kinds[k - 1] == "q")
    )


def _relative_naming(toks: _Tokens, frame: _Frame) -> bool:
    """``, which Pettigrew calls “the Sawdust Navy,”``: a speech act in a
    relative clause whose object is a quotation names something in the
    speaker's own words, whatever report it sits in."""
    if frame.speaker is None or frame.content_tokens is None or frame.speaker[0] < 2:
        return False
    first, last = frame.content_tokens
    return (
        toks.words[frame.speaker[0] - 1] in {"which", "whom"}
        and toks.words[frame.speaker[0] - 2] == ","
        and "q" in toks.kinds[first : last + 1]
    )


def _not_nested(frames: Sequence[_Frame], inside: Callable[[_Frame, _Frame], bool]) -> list[_Frame]:
    """The frames that lie ``inside`` no other frame."""
    return [f for f in frames if not any(g is not f and inside(g, f) for g in frames)]


# what someone refuses to do when refusing to speak
_SILENCE_VERBS = frozenset(
    "comment speak talk say answer discuss elaborate respond reply testify".split()
)

_ASKED_OPENERS = frozenset({"when", "after", "once", "if", "before", "while"})
# the words a reported question opens with ("when" opens a clause of time)
_ASKED_QUESTIONS = (_QUESTION_WORDS - {"when"}) | {"whether", "if"}
# what stands before "asked" in "when (he was) asked whether ..."
_BEFORE_A_QUESTION = _ASKED_OPENERS | _PASSIVE_BE


def _coordinated_subject(
    text: str, toks: _Tokens, j: int, frames: Sequence[_Frame]
) -> tuple[int, int] | None:
    """The speaker of a verb joined by ``and``/``but`` at ``j`` (``met the
    crews and said``, ``outlined a plan and vowed to``): the last frame's
    speaker, else the subject of the clause or of the sentence. A ``, who``
    after the last frame's cue opens a relative clause whose verbs are the
    relative's (``told Ann Greer, who answered her door and said ...``)."""
    if frames and not any(
        toks.words[k] in {"who", "which"} and toks.words[k - 1] == ","
        for k in range(frames[-1].cue_index + 1, j)
    ):
        return frames[-1].speaker
    return _clause_subject(text, toks, j) or _sentence_subject(text, toks, j)


def _clause_goes_on(text: str, toks: _Tokens, q: int) -> bool:
    """``The bill, Voss said, “is dead on arrival.”``: a quotation opening in
    lower case after a subject goes on with the interrupted clause (not
    after a phrase that sets the scene: ``In a statement``, ``Holding``)."""
    first = toks.words[0]
    if toks.kinds[0] != "w" or first in _SCENE_OPENERS or first.endswith("ing"):
        return False
    letter = _FIRST_LETTER.match(text, toks.starts[q], toks.ends[q])
    return letter is not None and letter.group(1).islower()


# "a charge Kigali denies", "an accusation the ministry rejects"
_FACT_CHECK_NOUNS = frozenset(
    "charge charges claim claims accusation accusations allegation allegations assertion".split()
)


# a programme's host after its title: "“Meet the Press” host Kristen Welker"
_HOST_WORDS = frozenset("host co-host cohost anchor moderator presenter".split())


# a programme's title as written: capitalised words, numbers and small words
_PROGRAMME_WORD = re.compile(r"(?:[A-Z0-9][\w’'\-]*|of|the|and|&|in|on|for|at|to|a)\Z")


def _show_listener_end(text: str, toks: _Tokens, c: int) -> bool:
    """``The bill is dead, Ruiz told “Face the Nation.”`` (also ``said on``):
    a programme's title in quotation marks closing the sentence right after
    the cue is the listener or the venue, so the cue still ends the
    attribution and the content is the clause before it."""
    k = c + 1
    if toks.words[c] not in {"told", "tells"}:
        if not (toks.words[c] in {"said", "says"} and k < len(toks) and toks.words[k] == "on"):
            return False
        k += 1
    if k >= len(toks) or toks.kinds[k] != "q":
        return False
    if any(toks.kinds[t] != "p" for t in range(k + 1, len(toks))):
        return False
    return _programme_title(text, toks, k, closing=True)


def _programme_title(text: str, toks: _Tokens, k: int, closing: bool = False) -> bool:
    """The quotation token ``k`` holds a programme's title: one to five
    capitalised or small words (a closing period or comma only when it ends
    the sentence, ``closing``)."""
    inside = text[toks.starts[k] + 1 : toks.ends[k] - 1].strip()
    if closing:
        inside = inside.rstrip(".,")
    words = inside.split()
    return (
        1 <= len(words) <= 5
        and words[0][:1].isupper()
        and all(_PROGRAMME_WORD.match(w) for w in words)
    )


# prepositions that open a short scene-setting phrase before a subject:
# "At one point, protesters interrupted", "On Tuesday, the senator said"
_SCENE_PREPOSITIONS = frozenset(
    "at on in during after before by since until over amid within later earlier".split()
)


def _scene_phrase(toks: _Tokens, first: int, last: int) -> bool:
    """``At one point, protesters in the room interrupted, chanting ...``: a
    short prepositional phrase of time or place before the subject sets the
    scene; it is not what was said (a clause has a verb and more words)."""
    return (
        first == 0
        and 1 <= last - first <= 3
        and toks.words[first] in _SCENE_PREPOSITIONS
        and all(toks.kinds[t] == "w" for t in range(first, last + 1))
    )


def _trailing_frame(
    text: str,
    toks: _Tokens,
    c: int,
    cue: Span,
    speaker: tuple[int, int],
    speaker_span: Span,
    sentence: Span,
) -> _Frame | None:
    """``..., the official said.`` (the content before the speaker) and ``The
    museum, Mr. Obama said, would open`` (the clause around the attribution):
    ``c`` is the last token of the cue."""
    before = speaker[0] - 1
    if (
        before >= 3
        and toks.words[before] == "and"
        and toks.words[before - 2] == ","
        and speaker[0] < speaker[1]
        and toks.kinds[before - 1] == "w"
        and toks.words[before - 1].isalpha()
        and not _capitalized(text, toks, before - 1)
        # ("state" the level of government, no verb: "state and local")
        and (toks.words[before - 1] not in CUE_FORMS or toks.words[before - 1] == "state")
        and toks.words[before - 1] not in DETERMINERS
        and not is_past_verb(toks.words[before - 1])
        and toks.words[speaker[0]] not in DETERMINERS
        and not _capitalized(text, toks, speaker[0])
    ):
        # "..., state and local officials said.", "..., campaign and
        # corporate records show.": two modifiers joined before one head
        speaker = (before - 1, speaker[1])
        speaker_span = _span(toks, *speaker)
        before = speaker[0] - 1
    if (
        before >= 1
        and toks.words[before] in {"that", "this"}
        and (toks.words[before - 1] == "," or toks.kinds[before - 1] == "q")
        and speaker[1] == c - 1
        and toks.kinds[speaker[0]] == "w"
        and not _capitalized(text, toks, speaker[0])
        and toks.words[speaker[0]] not in DETERMINERS
    ):
        # "..., that aide said.", "..., this official said": a demonstrative
        # opens the trailing speaker as an article does
        speaker = (before, speaker[1])
        speaker_span = _span(toks, *speaker)
        before = speaker[0] - 1
    if (
        before >= 2
        and toks.words[before] == ","
        and toks.words[before - 1].isdigit()
        and toks.words[before - 2].rstrip(".") in _MONTHS
        and len(toks.words[speaker[0]]) == 4
        and toks.words[speaker[0]].isdigit()
    ):
        # "... - November 28, 2026 Hadley manager Gary Pell reacts": the comma
        # of a full date (a Reuters picture caption), not one that closes a
        # reported clause; the year opens no speaker
        return None
    if (
        toks.words[speaker[0]] in {"a", "an"}
        and speaker[0] + 1 <= speaker[1]
        and toks.words[speaker[0] + 1] in _FACT_CHECK_NOUNS
    ):
        # "..., a charge Kigali denies": the writer's fact-check, its noun the
        # object of the verb; what comes before is the first report's
        return None
    if (
        before >= 2
        and toks.kinds[before] == "q"
        and toks.words[before - 1] in {"the", "a", "an"}
        and toks.kinds[before - 2] == "q"
        and speaker[0] == before + 1
        and not _capitalized(text, toks, speaker[0])
        and _programme_title(text, toks, before)
    ):
        # '“It's over,” the “Copper Lane” star said': a work's title inside
        # the speaker; the quotation before the article is what was said
        speaker = (before - 1, speaker[1])
        speaker_span = _span(toks, *speaker)
        before -= 2
    close = before - 1 if before >= 1 and toks.words[before] == "," else before
    if (
        close >= 3
        and toks.words[close] == ")"
        and toks.words[close - 2] == "("
        and toks.kinds[close - 1] == "q"
        and toks.kinds[close - 3] == "q"
    ):
        # '“La France ne pliera pas,” (“France will not bend”) the minister
        # said': a translation in parentheses after the words said; the
        # quotation before it is the utterance
        before = close - 3
    elif close >= 3 and toks.words[close] == ")" and speaker[0] == close + 1:
        # '“Hindi kami susuko,” (We will not give up) Duterte said': the
        # translation unquoted (Inquirer, Rappler, PNA style)
        opening = next(
            (t for t in range(close - 1, max(0, close - 16), -1) if toks.words[t] == "("),
            None,
        )
        if (
            opening is not None
            and opening >= 1
            and opening + 1 < close
            and toks.kinds[opening - 1] == "q"
            and all(toks.kinds[t] == "w" for t in range(opening + 1, close))
            and _capitalized(text, toks, opening + 1)
        ):
            before = opening - 1
    after = c + 1 if c + 1 < len(toks) and toks.words[c + 1] not in {",", ":"} else c + 2
    quotation_follows = after < len(toks) and toks.kinds[after] == "q"
    show = _show_listener_end(text, toks, c)
    if show:
        quotation_follows = False  # "..., Ruiz told “Face the Nation.”": the show listened
    if (
        before >= 1
        and toks.words[before] == "as"
        and (
            toks.words[before - 1] == ","
            # "“...,” as Quist put it.": the comma inside the marks
            or (toks.kinds[before - 1] == "q" and _comma_before(text, toks, before))
        )
    ):
        before -= 1  # "..., as police have said."
    # (a dash sets an attribution off too: "The pier closed — Ortiz said — after ...")
    trailing = before >= 0 and (
        toks.words[before] == ","
        or toks.kinds[before] == "q"
        or (before >= 1 and toks.words[before] in {"—", "–", "--"})
    )
    q_before = before if before >= 0 and toks.kinds[before] == "q" else before - 1
    # "“A,” Pruitt said, “B,” he added.": the second half has a cue of its own
    second_half = (
        q_before >= 2
        and toks.kinds[q_before] == "q"
        and (
            (toks.words[q_before - 1] == "," and toks.words[q_before - 2] in CUE_FORMS)
            # "The claim: “Crime is up,” Voss said.": a label, then the utterance
            # 'Hale said he was busy: “...,” he wrote.': after a colon, the
            # quotation is an utterance of its own
            or toks.words[q_before - 1] == ":"
        )
    )
    after_quote = (
        q_before >= 0
        and toks.kinds[q_before] == "q"
        and (
            all(toks.kinds[t] == "p" for t in range(q_before))
            or second_half
            # "Critics (“A giveaway,” Quill wrote) grew louder": a parenthesis
            # opens the attribution as a sentence would
            or (q_before >= 1 and toks.words[q_before - 1] == "(")
        )
    )
    if not trailing or not (show or after_quote or _ends_sentence(text, toks, c, cue, sentence)):
        return None
    if (
        after_quote
        and q_before + 1 < len(toks)
        and (
            toks.words[q_before + 1] in _HOST_WORDS
            # "“Copper Lane” creator Nia Holt said ...", "“Dune Road” star Ana
            # Gil said": a work's title modifies the role before the name
            or (
                toks.kinds[q_before + 1] == "w"
                and not _capitalized(text, toks, q_before + 1)
                and toks.words[q_before + 1] not in DETERMINERS
                and speaker[1] > q_before + 1
                and _capitalized(text, toks, speaker[1])
            )
        )
        and speaker[0] == q_before + 1
        and _programme_title(text, toks, q_before)
    ):
        return None  # "“Meet the Press” host Kristen Welker asked whether ...": a title
    if quotation_follows and not after_quote and not _clause_goes_on(text, toks, after):
        # "In a statement, Ortiz said, “...”", "Holding a book, Beck said, “...”":
        # the quotation is what was said, the words before set the scene
        return None
    last = before - 1 if toks.words[before] in {",", "—", "–", "--"} else before
    last = _before_role_appositive(text, toks, last)
    # inside a parenthesis, what was said starts after it opens
    first = (
        q_before
        if after_quote and q_before >= 1 and (second_half or toks.words[q_before - 1] == "(")
        else 0
    )
    if first == 0:
        first = _after_a_reported_dash(toks, last)
    if last < first:
        return None
    named = _capitalized(text, toks, speaker[0]) and toks.words[speaker[0]] not in SUBJECT_PRONOUNS
    if _role_phrase(toks, first, last, named) and (
        after_quote
        or named
        or first > 0
        or _parenthetical_rest(text, toks, c, cue, sentence) is None
    ):
        # "Her supervisor, Ray Olin, agreed.": the role, nothing said; but
        # "The governor, her aides said, will campaign in Georgia": the
        # role is the subject of the clause the attribution interrupts
        return None
    if (
        first == 0
        and last - first <= 2
        and toks.words[first] in {"her", "his", "their", "its", "our", "my"}
        and all(
            toks.kinds[t] == "w"
            and toks.words[t] not in AUXILIARIES
            and toks.words[t] not in CUE_FORMS
            and not is_past_verb(toks.words[t])
            for t in range(first, last + 1)
        )
        and all(toks.kinds[t] == "p" for t in range(c + 1, len(toks)))
    ):
        # "Her opponent, Xochitl Galvez, conceded.": a possessive role set
        # before the name, whatever its noun, and nothing after the cue
        return None
    if (
        not after_quote
        and toks.words[speaker[0]] in {"its", "their"}
        and any(toks.words[t] in _SPOKES_NOUNS for t in range(speaker[0], speaker[1] + 1))
        and any(toks.words[t] in {"said", "says"} for t in range(first + 1, last))
    ):
        # "The party said on Tuesday it would boycott parliament, its
        # spokesman told Reuters": the body's own voice confirms the body's
        # report, which stays the quote (the spokesman is not a second speaker
        # whose words hold "The party said")
        return None
    if not after_quote and toks.words[first] in {"asked", "pressed"} and first == 0:
        return None  # "Asked about that, Callister laughed.": the question's topic
    content = _trimmed_span(text, toks, first, last)
    right = None if after_quote else _parenthetical_rest(text, toks, c, cue, sentence)
    if right is not None:
        # "The museum, Mr. Obama said, would make ...": the clause around the
        # attribution, from the segment it interrupts
        first = last
        # (a dash opens a segment too: "... — no different, he said, from ...")
        while first > 0 and toks.words[first - 1] not in {",", ";", ":", "—", "–", "--"}:
            first -= 1
        whole_start = _content_start(text, toks.starts[first], toks.ends[last])
        if toks.words[last] in _INTERRUPTED_SUBORDINATORS:
            # "The senator skipped the vote because, aides said, she was ill":
            # the interrupted clause is the subordinate one; the main clause
            # before it is the writer's
            return _Frame(speaker, speaker_span, cue, right[0], right[1], c)
        if _content_start(text, toks.starts[first], len(text)) >= toks.ends[last]:
            # "In particular, Hale wrote, Ortiz can ...", "But, the chief
            # added, it is not ...": only a connective before the attribution,
            # which the content drops; what was said is the clause after it
            return _Frame(speaker, speaker_span, cue, right[0], right[1], c)
        whole = Span(whole_start, right[0].end)
        return _Frame(speaker, speaker_span, cue, whole, (first, right[1][1]), c)
    if not after_quote and _scene_phrase(toks, first, last):
        return None  # "At one point, protesters interrupted, ...": when, not what
    if content.end > content.start and not _adverbial_lead(toks, last):
        return _Frame(speaker, speaker_span, cue, content, (first, last), c)
    return None


def _phrase_frame(
    text: str, toks: _Tokens, c: int, sentence: Span, frames: Sequence[_Frame]
) -> _Frame | None:
    """``Ortiz pointed out that ...``, ``made it clear that ...``, ``expressed
    concern that ...``: a cue of several words, its speaker on the left as
    for a verb, its content after the phrase."""
    lemma, completions = PHRASE_CUES[toks.words[c]]
    n = len(toks)
    e = c + 1
    if lemma == "make clear" and e < n and toks.words[e] == "it":
        e += 1
    argued = (
        lemma == "make clear"
        and e + 1 < n
        and toks.words[e] == "the"
        and toks.words[e + 1] in {"case", "argument"}
    )
    if argued:
        e += 1  # "made the case that", "made the argument that"
    elif lemma == "make clear" and e < n and toks.words[e] != "clear":
        return None  # "made a case", "a strong argument": no report
    if (
        lemma in {"express", "voice"}
        and e + 1 < n
        and toks.words[e] in {"the", "his", "her", "their", "its"}
    ):
        e += 1  # "expressed the hope that", "voiced their concern that"
    if e >= n or toks.words[e] not in completions:
        return None
    content_from = e  # the token the content follows
    if argued and e + 3 < n and toks.words[e + 1] == "to":
        # "made the case to reporters that ...": the listener before "that"
        content_from = next(
            (k - 1 for k in range(e + 2, min(n, e + 7)) if toks.words[k] == "that"), e
        )
    if lemma not in BARE_PHRASES and (
        content_from + 1 >= n or toks.words[content_from + 1] != "that"
    ):
        return None  # "raised questions about", "made clear progress": no report
    j = _skip_back(text, toks, c - 1)
    if (
        j >= 3
        and toks.words[j] == "to"
        and toks.words[j - 1] in {"quick", "eager", "careful", "keen"}
    ):
        j = _skip_back(text, toks, j - 2)  # "was quick to point out"
    speaker: tuple[int, int] | None = None
    if toks.words[c].endswith("ing") and j >= 1 and toks.words[j] == "," and frames:
        # "said trade grew, pointing out that ...": the report's speaker goes on
        speaker = frames[-1].speaker
    elif j >= 1 and toks.words[j] == ",":
        speaker = _appositive_speaker(text, toks, j)
    elif j >= 1 and toks.words[j] in {"and", "but"}:
        speaker = _coordinated_subject(text, toks, j, frames)
    elif j >= 0:
        speaker = _speaker_left(text, toks, j, 0)
    if (
        speaker is None
        or _malformed_speaker(text, toks, speaker)
        or not _source_like(text, toks, speaker)
    ):
        return None
    cue = Span(toks.starts[c], toks.ends[e])
    speaker_span = _span(toks, *speaker)
    trailing = _trailing_frame(text, toks, e, cue, speaker, speaker_span, sentence)
    if trailing is not None:
        return trailing  # "The ferry, Ortiz pointed out, was late."
    as_opened = _opens_with_as(toks, speaker[0])
    if lemma == "put it" and not as_opened:
        # "His wife put it differently: “...”", "Ortiz put it bluntly: “...”":
        # a manner adverb, a colon and a quotation report it
        k = e + 1
        if k < n and (toks.words[k].endswith("ly") or toks.words[k] in _PUT_IT_MANNERS):
            k += 1
        if not (k + 1 < n and toks.words[k] == ":" and toks.kinds[k + 1] == "q"):
            return None  # "put it on the table": only "As Harlan put it, ..." reports
        content_from = k - 1
    if (
        lemma not in {"point out", "put it"}
        and lemma in BARE_PHRASES
        and (e + 1 >= n or (toks.words[e + 1] not in {"that", ":"} and toks.kinds[e + 1] != "q"))
        # "A reporter shot back, “Will you ...?”": a quotation after its comma
        and not (e + 2 < n and toks.words[e + 1] == "," and toks.kinds[e + 2] == "q")
    ):
        return None  # "hit back, calling it ...": a comeback reports what follows only so
    found = _forward_content(text, toks, content_from, toks.ends[content_from], "say", sentence)
    if (found is None or lemma == "put it") and as_opened:
        found = _as_reported(toks, e)  # "As the principal pointed out, ..."
    if found is None:
        return None
    content, rng = found
    return _Frame(speaker, speaker_span, cue, content, rng, e)


_PUT_IT_MANNERS = frozenset({"differently", "best", "simply", "well", "succinctly", "thus"})


# an AP party tag, as tokenized: "d-colo.", "r-texas", "i-vt."
_PARTY_TAG = re.compile(r"[rdi]-[a-z][a-z. ]{1,14}")


def _when_asked_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``When asked (by a reporter) whether the pier would reopen, Ortiz
    said ...``: the question is reported speech of whoever asked it, named
    after ``by`` or left unnamed (speaker null); the one asked is not its
    speaker."""
    j = c - 1
    passive = j >= 1 and toks.words[j] in _PASSIVE_BE
    if passive:
        j -= 1
        if toks.words[j] in SUBJECT_PRONOUNS and j >= 1:
            j -= 1
    if j >= 0 and toks.words[j] not in _ASKED_OPENERS and not passive and not _asked_aside(toks, c):
        # at the sentence start, "Asked whether ..., Ortiz said" opens it;
        # "Ortiz was asked by a caller why ...": the one asked is no speaker
        # (nor is "Colter, asked whether ..., said", an aside: unnamed asker)
        return None
    n = len(toks)
    q = c + 1
    if toks.words[c] == "pressed" and q < n and toks.words[q] in {"on", "about"}:
        q += 1  # "when pressed on why ..."
    if q < n and toks.words[q].endswith("ly") and toks.words[q] not in _ASKED_QUESTIONS:
        q += 1  # "Asked specifically what ..."
    if q + 1 < n and toks.words[q] in {"on", "in", "at", "during"}:
        # "Asked on Harbour Radio who leads ...": the venue of the question
        venue = next(
            (k for k in range(q + 1, min(n, q + 6)) if toks.words[k] in _ASKED_QUESTIONS), None
        )
        if venue is not None and all(toks.kinds[k] == "w" for k in range(q, venue)):
            q = venue
    speaker: tuple[int, int] | None = None
    if q < n and toks.words[q] == "by":
        end = next(
            (k for k in range(q + 1, min(n, q + 12)) if toks.words[k] in _ASKED_QUESTIONS), None
        )
        name_end = end - 1 if end is not None else None
        if end is not None and end - q >= 5 and toks.words[end - 1] == ",":
            # "asked by Rep. Tom Hale, D-Colo., whether ...": the AP party
            # tag after the asker is no part of the name
            comma = next((k for k in range(q + 1, end) if toks.words[k] == ","), end)
            if _PARTY_TAG.fullmatch("".join(toks.words[comma + 1 : end - 1])) is not None:
                name_end = comma - 1
        if (
            end is None
            or name_end is None
            or name_end < q + 1
            or any(toks.kinds[k] != "w" for k in range(q + 1, name_end + 1))
        ):
            return None
        speaker, q = (q + 1, name_end), end
    if q >= n or toks.words[q] not in _ASKED_QUESTIONS:
        return None
    last = q
    while last + 1 < n and toks.words[last + 1] not in {",", ";", ":"}:
        last += 1
        if toks.kinds[last] == "q" and _comma_before(text, toks, last + 1):
            break  # "Asked whether Ortiz “has the integrity to serve,” 75 percent ..."
    while last > q and toks.kinds[last] == "p":
        last -= 1
    if last - q + 1 < 3:
        return None
    content = Span(toks.starts[q], _content_end(text, toks.starts[q], toks.ends[last]))
    return _Frame(
        speaker,
        None if speaker is None else _span(toks, *speaker),
        Span(toks.starts[c], toks.ends[c]),
        content,
        (q, last),
        c,
    )


# what opens the rest of a question aside: "Colter, asked whether ..., said"
_ASIDE_QUESTION_OPENERS = _ASKED_QUESTIONS | frozenset(
    {"about", "on", "by", "for", "during", "at", "in", "later", "again", "repeatedly"}
)


def _asked_aside(toks: _Tokens, c: int) -> bool:
    """``Colter, asked whether he would run, said ...``: a passive question
    set off between a subject and its verb."""
    if not (
        c >= 2
        and c + 1 < len(toks)
        and toks.words[c - 1] == ","
        and toks.kinds[c - 2] == "w"
        and toks.words[c + 1] in _ASIDE_QUESTION_OPENERS
    ):
        return False
    # "The moderator, Kristen Welker, asked whether ...": after an appositive
    # closed by its comma, with no cue after a later comma, "asked" is the
    # sentence's verb
    n = len(toks)
    return "," not in toks.words[: c - 1] or any(
        toks.words[t] == "," and toks.words[t + 1] in CUE_FORMS for t in range(c + 2, n - 1)
    )


def _stop_before(text: str, toks: _Tokens, frame: _Frame, nxt: _Frame) -> None:
    """``A said X, while B said Y``: X ends before B; ``A said X, and when
    asked whether Y, ...``: X ends before the question."""
    if frame.content is None or frame.content_tokens is None:
        return
    gerund = (
        nxt.speaker == frame.speaker and nxt.cue_index >= 1 and _gerund_lead(toks, nxt.cue_index)
    )
    if gerund:
        # "vowed to ..., while conceding that ...": the first report ends
        # before the preposition
        anchor = nxt.cue_index - (2 if toks.words[nxt.cue_index - 1] == "from" else 1)
    elif nxt.speaker is not None:
        anchor = nxt.speaker[0]
        if (
            toks.words[frame.cue_index] == "according"
            and anchor == frame.content_tokens[0] < frame.cue_index < nxt.cue_index
        ):
            # "Pruitt, according to one aide, told donors that ...": the
            # phrase vouches for the whole clause it interrupts, its
            # subject's report inside
            return
        if anchor <= frame.cue_index < nxt.cue_index and toks.words[nxt.cue_index - 1] == ",":
            # "Berg, who said X, said Y": the relative clause's report ends
            # before the main clause's cue
            anchor = nxt.cue_index
    elif nxt.content_tokens is not None and nxt.cue_index >= 1:
        anchor = nxt.cue_index  # a question with no asker: "when asked whether"
        while anchor > 0 and toks.words[anchor - 1] in _BEFORE_A_QUESTION:
            anchor -= 1
    else:
        return
    if frame.cue_index >= anchor or not (
        frame.content.start < toks.starts[anchor] < frame.content.end
    ):
        return
    last = anchor - 1
    if (
        toks.words[last] == "with"
        and last >= 1
        and toks.words[last - 1] == ","
        and toks.words[nxt.cue_index].endswith("ing")
        and nxt.speaker != frame.speaker
    ):
        # "Qantas said it would cut jobs, with Alan Joyce saying ...": an
        # absolute phrase gives its own speaker; the first report ends before
        last -= 1
    elif toks.kinds[last] == "w" and toks.words[last] not in _CLAUSE_JOINS and not gerund:
        return  # "notes that the board announced ...": speech reported inside the content
    lead = frame.content_tokens[0]
    if (
        frame.cue_index < lead
        and toks.words[lead] in _LEADING_SUBORDINATORS
        and toks.words[last] == ","
        and "," not in toks.words[lead:last]
    ):
        return  # "According to her, after a scan, she insisted ...": a lead phrase, then the report
    if (
        frame.speaker is not None
        and frame.content_tokens[0] < frame.speaker[0] <= last
        and all(toks.kinds[t] != "w" for t in range(frame.cue_index + 1, anchor))
    ):
        # "X, Bake said, he said: ...": the content ran through its own
        # speaker and cue into the next attribution; it ends before them (but
        # "X, they said, is safe, and most expect ...": the interrupted
        # clause goes on after the cue and ends before the next one)
        last = frame.speaker[0] - 1
    if toks.words[last] == ",":
        # "..., while in the Kharkiv region, Gov. Ruiz said ...": a place or
        # time phrase set off after the contrast join leads the next report
        k = last - 1
        while k > frame.content_tokens[0] + 1 and toks.kinds[k] == "w" and last - k <= 8:
            if toks.words[k] in {"while", "whereas"}:
                break
            k -= 1
        if (
            toks.words[k] in {"while", "whereas"}
            and toks.words[k - 1] == ","
            and k + 2 < last
            and toks.words[k + 1] in _SET_OFF_LEADS
        ):
            last = k - 1
    while last >= frame.content_tokens[0] and (
        toks.kinds[last] == "p"
        or toks.words[last] in {"and", "but", "while", "whereas", "which", "that", "who", "as"}
    ):
        last -= 1
    if last < frame.content_tokens[0]:
        return
    frame.content = Span(
        frame.content.start, _content_end(text, frame.content.start, toks.ends[last])
    )
    frame.content_tokens = (frame.content_tokens[0], last)


# the prepositions opening a place or time phrase set off after ", while"
# before the next report's speaker ("while in the Kharkiv region, Gov. ...")
_SET_OFF_LEADS = frozenset({"in", "on", "at", "near", "across", "along", "outside", "inside"})


# participles that place a document ("a video posted Tuesday", "a message
# shared on X"): after a determiner and the document they are no cue
_POSTED_PARTICIPLES = frozenset({"posted", "shared", "tweeted", "texted"})


# what one declares by declaring it (an act, not a report): "declared
# victory after the polls closed", "declared a state of emergency"
_DECLARED_ACTS = frozenset(
    """victory defeat war bankruptcy independence emergency holiday truce
    ceasefire cease-fire mistrial moratorium curfew disaster draw""".split()
)


def _declared_act(toks: _Tokens, c: int) -> bool:
    k = c + 1
    if k < len(toks) and toks.words[k] in {"a", "an"}:
        k += 1
    if k + 1 < len(toks) and toks.words[k] == "state" and toks.words[k + 1] == "of":
        return True  # "declared a state of emergency", "a state of siege"
    if k >= len(toks) or toks.words[k] not in _DECLARED_ACTS:
        return False
    # "declared victory in the race": not "declared war is coming" (a verb after it)
    return not (k + 1 < len(toks) and toks.words[k + 1] in AUXILIARIES)


def _closing_named_forecast(text: str, toks: _Tokens, c: int) -> bool:
    """``..., the Agriculture Department forecast (on Thursday).``: the past
    of ``forecast`` closing a sentence after a named body set off by a comma
    from the clause it reports (a noun ``forecast`` takes an article or a
    verb after it)."""
    n = len(toks)
    if c < 3 or not _capitalized(text, toks, c - 1):
        return False
    closes = c + 1 >= n or toks.kinds[c + 1] == "p" or toks.words[c + 1] in _WEEKDAYS
    dated = c + 2 < n and toks.words[c + 1] == "on" and toks.words[c + 2] in _WEEKDAYS
    if not (closes or dated):
        return False
    t = c - 1
    while (
        t > 0
        and toks.kinds[t] == "w"
        and (_capitalized(text, toks, t) or toks.words[t] in {"the", "of", "and"})
    ):
        t -= 1
    return t >= 2 and toks.words[t] == "," and t < c - 1 and toks.kinds[t - 1] == "w"


# prepositions after which "her" is the object pronoun, not a determiner
_OBJECT_PREPOSITIONS = frozenset("to with for around near about from by behind beside".split())


# "The Sun can exclusively reveal": the tabloid's voice on its own scoop
_SCOOP_ADVERBS = frozenset({"exclusively", "today", "now", "also"})


# what qualifies a post as a noun: "online posts", "social media posts",
# "blog posts", "recent tweets"
_POST_MODIFIERS = frozenset(
    """online media blog forum internet web facebook twitter instagram
    recent earlier later previous several many multiple social""".split()
)


def _verb_use(text: str, toks: _Tokens, c: int) -> bool:
    """Whether a cue word is used as a verb here: not after a determiner
    (``a note``), and a bare form (``state``, ``report``, ``fear``) only after
    a plural or a pronoun subject (``critics fear``, ``they say``)."""
    word = toks.words[c]
    if c + 1 < len(toks) and toks.words[c + 1] == "not":
        return False  # "asked not to be identified": part of the speaker, no cue
    if word == "forecast" and _closing_named_forecast(text, toks, c):
        return True  # "Farm income will fall, the Agriculture Department forecast."
    if (
        word == "pleaded"
        and c + 1 < len(toks)
        and toks.words[c + 1] in {"guilty", "innocent", "no"}
    ):
        return False  # "pleaded guilty to fraud": a plea in court, no report
    after = toks.words[c + 1] if c + 1 < len(toks) else ""
    if word == "saying" and after in {"goes", "went"}:
        return False  # "as the old saying goes": a proverb, a noun
    if word in {"posts", "tweets"} and c >= 1 and toks.words[c - 1] in _POST_MODIFIERS:
        return False  # "a series of online posts": the noun, its kind before it
    if word == "pledged" and after in {"delegate", "delegates"}:
        return False  # "400 pledged delegates": election copy's adjective, no pledge
    if (
        word == "alleged"
        and c >= 1
        and toks.words[c - 1] in {"and", "or"}
        and c + 1 < len(toks)
        and toks.kinds[c + 1] == "w"
        and not _capitalized(text, toks, c + 1)
        and after not in DETERMINERS
        and after not in SUBJECT_PRONOUNS
        and after not in {"that", "in", "to", "on", "at"}
    ):
        return False  # "bribery and alleged kickbacks": the adjective of a listed noun
    if word == "reveal" and c >= 1 and (
        toks.words[c - 1] == "can"
        or (c >= 2 and toks.words[c - 2] == "can" and toks.words[c - 1] in _SCOOP_ADVERBS)
    ):
        return False  # "..., The Sun can reveal.": the paper's own scoop, no source's words
    if word == "concluding" and after in {"as", "when"}:
        return False  # "conducted for eight days, concluding as polls closed": it ended
    if word.startswith("declar") and _declared_act(toks, c):
        return False  # "declared victory", "declared a state of emergency": an act
    if _went_on(toks, c) or (toks.words[c - 1 : c] == ["to"] and word in _PURPOSE_SPEECH):
        return True  # "went on to say that ...", "took to social media to say"
    if _stance_subject_end(toks, c) is not None:
        return True  # "went on to say that ...", "took to social media to say"
    if (
        word in {"states", "rules"}
        and (c + 1 >= len(toks) or toks.words[c + 1] not in {"that", ":"})
        # "the affidavit states", not "Clean Air Act rules could ..."
        and not (
            c >= 1
            and toks.words[c - 1] in DOCUMENT_HEADS
            and not _capitalized(text, toks, c - 1)
            and (c + 1 >= len(toks) or toks.words[c + 1] not in AUXILIARIES)
        )
    ):
        return False  # "battleground states", "Clean Air Act rules": nouns unless "states that"
    if c == 0:
        return True
    before = toks.words[c - 1]
    if toks.kinds[c - 1] == "w" and text[toks.ends[c - 1] : toks.ends[c - 1] + 1] in {"'", "’"}:
        return False  # "beating analysts' estimates": a noun after a plural possessive
    if word == "read" and before in DOCUMENT_HEADS:
        return True  # "“...,” the statement read.": the past of a document's words
    if word == "read" and before == "it" and c >= 2 and toks.kinds[c - 2] == "q":
        return True  # "“...,” it read.": the same, the document named before
    if (
        word in _POSTED_PARTICIPLES
        and before in DOCUMENT_HEADS
        and c >= 2
        and toks.words[c - 2] in DETERMINERS
        and c + 1 < len(toks)
        and toks.kinds[c + 1] == "w"
        and toks.words[c + 1] not in {"that", "whether"}
    ):
        return False  # "in a video posted Tuesday, in which she said": the venue's participle
    if before in _PASSIVE_BE and c + 1 < len(toks) and toks.words[c + 1] == "to":
        return False  # "advisers are said to be urging": hearsay with no speaker
    if before in _PASSIVE_BE and word.endswith("ed") and word in BELIEF_FORMS:
        return False  # "The vote is expected Thursday": a passive belief, nobody's
    if (
        before in _PASSIVE_BE
        and word.endswith("ed")
        and SPEECH_FORMS.get(word) in THAT_ONLY_LEMMAS
        and SPEECH_FORMS.get(word) != "promise"
        and "that" not in toks.words[c + 1 :]
    ):
        return False  # "A deal could be announced next week": an act to come, nobody speaks
    if (
        before in {"was", "were", "been", "being", "be", "is", "are"}
        and word.endswith("ed")
        and c + 1 < len(toks)
        and toks.words[c + 1] in {",", "."}
    ):
        return False  # "The claims were argued, the judge wrote": a passive, nobody speaks
    if (
        before in {"be", "been", "being"}
        and word.endswith("ed")
        and lemma_of(word) in THAT_ONLY_LEMMAS
        and (c + 1 >= len(toks) or toks.words[c + 1] != "that")
    ):
        return False  # "A deal could be announced next week": a passive act, nobody speaks
    if (
        word.endswith("ed")
        and word not in {"asked", "quoted"}
        and c + 1 < len(toks)
        and toks.words[c + 1] in DETERMINERS
        and (
            before in _PASSIVE_BE
            or (c >= 2 and before.endswith("ly") and toks.words[c - 2] in _PASSIVE_BE)
        )
    ):
        return False  # "was (officially) declared the winner": a passive, nobody speaks
    if word in _ING_NOUNS and (
        before in DETERMINERS
        or (c >= 2 and toks.words[c - 2] in DETERMINERS and toks.kinds[c - 1] == "w")
    ):
        return False  # "issued a flood warning": a noun, not "warning that"
    if word == "told" and before == "all" and c + 1 < len(toks) and toks.words[c + 1] == ",":
        return False  # "All told, the group raised $4 million"
    if before == "without" or (
        c >= 2
        and toks.words[c - 2] in DETERMINERS
        and (
            (before.endswith("ly") and before not in LY_NOUNS)
            # "the approving comments", not "the ruling said"
            or (before.endswith("ing") and (word in _NOUN_LIKE_CUES or word in _NOUN_LIKE_BARE))
        )
    ):
        return False  # "goes without saying", "a highly anticipated treaty": no cue
    if word in _NOUN_LIKE_BARE and c + 1 < len(toks) and toks.words[c + 1] in {"and", "or", "-"}:
        return False  # "state and local leaders": a compound modifier
    if (
        before in AUXILIARIES
        and word.endswith("s")
        and word != (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word))
    ):
        return False  # "he had doubts", "it is claims": a plural noun after a verb
    if word in _NOUN_LIKE_BARE and before in {",", ";", ":"} and not _after_subject_aside(toks, c):
        return False  # "On Tuesday, state health officials ...": a noun, no inverted cue
    if (
        word.endswith("ing")
        and toks.kinds[c - 1] == "w"
        and before not in AUXILIARIES
        and before not in ADVERBS_BEFORE_CUE
        and before not in _BEFORE_A_PARTICIPLE
        and (
            word not in SPEECH_FORMS
            or (word == "reading" and c + 1 < len(toks) and toks.kinds[c + 1] == "w")
        )
    ):
        # "anyone expecting ...", "people reading this article": a modifier;
        # but "emails saying", "a hat reading “...”" report what was said
        return False
    if c >= 3 and toks.words[c - 2] == "in" and is_number(before):
        return word not in _NOUN_LIKE_BARE  # "One in five say"
    if (
        before in PLURAL_QUANTIFIERS
        and word.endswith("s")
        and not word.endswith("ss")
        and word != (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word))
    ):
        return False  # "Several posts on Facebook say": a plural subject takes no verb in -s
    if before in QUANTIFIER_SUBJECTS and (
        c == 1 or toks.kinds[c - 2] != "w" or toks.words[c - 2] in COORDINATORS
    ):
        # "Some say", "But few believe", "Many fear the levy will ..."; not
        # "some hope of a deal"
        return word not in _NOUN_LIKE_BARE or (
            c + 1 < len(toks)
            and (
                toks.words[c + 1] in DETERMINERS
                or toks.words[c + 1] in SUBJECT_PRONOUNS
                or toks.words[c + 1] == "that"
                or _capitalized(text, toks, c + 1)
            )
        )  # "Many fear the levy will ...", "Many fear Lee will ...", not "most state parties"
    if (
        before in {"both", "each", "all"}
        and c >= 2
        and (
            (toks.kinds[c - 2] == "w" and toks.words[c - 2] not in DETERMINERS)
            or _closes_coordinated_appositive(toks, c - 2)
        )
        and word.endswith(("ed", "id", "ld", "te"))  # "said", "told", "wrote", "argued"
    ):
        return True  # a floating quantifier: "Ortiz and Lee both said"
    if (
        before in DETERMINERS
        and _capitalized(text, toks, c - 1)
        and word != (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word))
        and (
            (c >= 2 and toks.kinds[c - 2] == "w" and _capitalized(text, toks, c - 2))
            or (c == 1 and before in _SURNAME_DETERMINERS)
        )
    ):
        return True  # "Michael Every wrote", "Every said": a surname spelled as a determiner
    if (
        before in DETERMINERS
        and not (
            (
                is_number(before)
                or before == "another"  # "Another said": one more person
                or (before == "other" and c >= 2 and toks.words[c - 2] == "the")  # "the other said"
            )
            and word != (SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word))
        )
        and not _the_other_spoke(toks, c)
        # "a source close to her said": after a preposition "her" is the
        # object pronoun ending the speaker's phrase, no determiner
        and not (before == "her" and c >= 2 and toks.words[c - 2] in _OBJECT_PREPOSITIONS)
    ):
        return False  # "a note", "the report"; but "a mother of three replied"
    if (word in _NOUN_LIKE_CUES or word in _NOUN_LIKE_BARE) and _noun_context(text, toks, c):
        return False  # "his previous comments", "of Republican claims", "a report from"
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
        or _compiled_by(toks, c)
        or _filed_subject(text, toks, c) is not None  # "records filed on Sunday show."
    ):
        return True
    if _plural_with_participle(text, toks, c):
        return True
    # a plural subject further left: "Hotel owners in the city centre fear",
    # "Those close to him say", "Mr. Harlan and Mr. Voss say"
    nouny = word in _NOUN_LIKE_BARE
    for k in range(c - 1, max(0, c - 12), -1):
        if toks.kinds[k] != "w":
            break
        if toks.words[k] in {"who", "whose"}:
            head = toks.words[k - 1]
            if toks.kinds[k - 1] == "w" and (head in {"those", "people"} or looks_plural(head)):
                return True  # "Supporters who have heard ... say", "Growers whose crops failed say"
            break
    for k in range(c - 1, max(-1, c - 10), -1):
        if toks.kinds[k] != "w":
            break
        w = toks.words[k]
        if _plural_before_like(text, toks, k):
            return True
        if w in CLAUSE_STOPS and w not in {"and", "to"}:
            break
        if (
            w.endswith("%")
            or w in SHARE_WORDS
            or (is_number(w) and k >= 1 and toks.words[k - 1] == "in")
            or (is_number(w) and k >= 2 and toks.words[k - 2 : k] == ["out", "of"])
        ):
            return (
                True  # "42% say", "4 in 10 say", "nine out of 10 say", "a majority of voters say"
            )
        if k >= 1 and (
            w in _PREPOSITIONS
            or w in _PLACE_PREPOSITIONS
            or (w == "to" and toks.words[k - 1] in _CLOSE_TO)
        ):
            head = toks.words[k - 1]
            if head in _CLOSE_TO and k >= 2:
                head = toks.words[k - 2]  # "sources close to", "people familiar with"
            if (
                head in {"people", "police"}
                or head == "data"  # "Data from the survey show": records, plural
                or (head.endswith("s") and not head.endswith("ss"))
                # "Few on either side think", "Many in the party say"
                or (head in QUANTIFIER_SUBJECTS and head != "all")
            ):
                return True
        if nouny:
            continue
        if w in _PLURAL_DETERMINERS and k < c - 1:
            return True
        if (
            w == "and"
            and k >= 1
            and k < c - 1
            and _capitalized(text, toks, k - 1)
            and _capitalized(text, toks, k + 1)
        ):
            return True  # coordinated names
    return False


# what moves in a market story and never speaks: "Shares fell after ..."
_MARKET_SUBJECTS = frozenset(
    """shares stock stocks bonds notes prices yields futures index currency
    dollar euro yen pound peso rupee won yuan franc bitcoin""".split()
)

# irregular past forms of a market mover's act: "after Jefferies cut its rating"
_IRREGULAR_ACTS = frozenset("cut set put kept held made gave took".split())


def _after_clause_actor(text: str, toks: _Tokens, lead: int) -> tuple[int, int] | None:
    """``Shares fell after Jefferies analyst Harlan Smith cut his rating,
    saying ...``: the subject of the ``after`` clause that the participle
    follows (a subject, then its past verb, no comma before the participle's
    own), else None."""
    if lead < 6 or toks.words[lead - 1] != ",":
        return None
    a = next((t for t in range(1, lead - 3) if toks.words[t] == "after"), None)
    if a is None or any(toks.kinds[t] != "w" for t in range(a + 1, lead - 1)):
        return None
    subject = _speaker_right(text, toks, a + 1)
    if subject is None or subject[0] != a + 1 or subject[1] + 1 >= lead - 1:
        return None
    verb = toks.words[subject[1] + 1]
    if not (is_past_verb(verb) or verb in PAST_ONLY or verb in _IRREGULAR_ACTS):
        return None
    return subject


def _plural_with_participle(text: str, toks: _Tokens, c: int) -> bool:
    """``Democrats trying to regain the Senate in November say``: a plural
    opening the clause, with an ``-ing`` participle phrase after it and no
    comma before the bare cue, is its subject."""
    for k in range(c - 2, max(0, c - 16), -1):
        if toks.kinds[k] != "w":
            return False
        word = toks.words[k]
        if not (word.endswith("ing") and len(word) > 5) or word in CUE_FORMS:
            continue
        h = k - 1
        head = toks.words[h]
        # "Republican activists clamoring to ...": up to two modifiers before
        # the plural (no verb among them)
        t = h - 1
        while (
            t >= 0
            and h - t <= 2
            and toks.kinds[t] == "w"
            and toks.words[t] not in COORDINATORS
            and toks.words[t] not in CUE_FORMS
            and toks.words[t] not in AUXILIARIES
            and not toks.words[t].endswith("ed")
        ):
            t -= 1
        return (
            (t < 0 or toks.kinds[t] != "w" or toks.words[t] in COORDINATORS)
            and toks.kinds[h] == "w"
            and len(head) > 3
            and head.endswith("s")
            and not head.endswith(("ss", "'s", "’s"))
            and looks_plural(head)
        )
    return False


def _plural_before_like(text: str, toks: _Tokens, k: int) -> bool:
    """``Critics like Huffman say``, ``Rivals such as Ortiz say``: ``like`` or
    ``such as`` after a lower-case plural gives examples of the plural
    subject, which agrees with the bare cue."""
    w = toks.words[k]
    if w == "as" and k >= 1 and toks.words[k - 1] == "such":
        k -= 1
    elif w != "like":
        return False
    h = k - 1
    if h < 0 or toks.kinds[h] != "w" or (_capitalized(text, toks, h) and h > 0):
        return False
    head = toks.words[h]
    return head in {"people", "those"} or (
        len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "'s", "’s"))
    )


# words after which an -ing cue form still reports: "began by saying",
# "while insisting", "and adding"
def _after_subject_aside(toks: _Tokens, c: int) -> bool:
    """``Democrats, for their part, hope the standoff will ...``: a bare cue
    after an aside set off by commas right after the sentence's one-word
    subject, a clause after it (a determiner, pronoun or ``that``)."""
    if c + 1 >= len(toks) or toks.words[c - 1] != ",":
        return False
    nxt = toks.words[c + 1]
    if not (nxt in DETERMINERS or nxt in SUBJECT_PRONOUNS or nxt == "that"):
        return False
    if (
        c >= 5
        and toks.words[2] == ","
        and toks.words[0] in DETERMINERS
        and toks.kinds[1] == "w"
        and toks.words[1] in DOCUMENT_HEADS
    ):
        # "The emails, released Monday, show that ...", "The records, which
        # cover 2019 to 2023, show that ...": a document and its article
        return c - 4 <= 6 and all(toks.kinds[k] == "w" for k in range(3, c - 1))
    return (
        c >= 4
        and toks.words[1] == ","
        and toks.kinds[0] == "w"
        and c - 2 <= 5
        and all(toks.kinds[k] == "w" for k in range(2, c - 1))
    )


_BEFORE_A_PARTICIPLE = frozenset(
    "by and but while after before when without also then even not".split()
)


# adjectives that take a prepositional phrase after a speaker's head noun
# (``sources close to the campaign``, ``people familiar with the talks``)
_CLOSE_TO = frozenset(
    "close familiar knowledgeable privy loyal allied aligned sympathetic friendly opposed".split()
)

# bare cues that, right after a plural noun, can only be its verb
_AGREEING_CUES = frozenset(
    """say argue believe think insist contend maintain predict suspect worry
    acknowledge concede agree allege assert suggest testify complain""".split()
)


_LEADING_SUBORDINATORS = frozenset(
    "as when while after before since because although though if unless until once".split()
)


def _adverbial_lead(toks: _Tokens, last: int) -> bool:
    """``As a phone rang, the announcer said, “...”``: an unquoted clause
    opening with a subordinator sets the scene; it is not what was said."""
    first = next((k for k in range(last + 1) if toks.kinds[k] != "p"), None)
    if (
        first is not None
        and toks.words[first] == "according"
        and toks.words[first + 1 : first + 2] == ["to"]
        and "," not in toks.words[first : last + 1]
    ):
        return True  # "According to an affidavit, Whitcomb told officers, “...”": its own frame
    return (
        first is not None
        and toks.words[first] in _LEADING_SUBORDINATORS
        and "q" not in toks.kinds[first : last + 1]
        and "," not in toks.words[first : last + 1]  # "If X, Y, the official added": Y is said
        # "As many as 900 posts were vacant, ...": a quantity, no subordinator
        and toks.words[first + 1 : first + 3] not in (["many", "as"], ["much", "as"])
    )


def _within_leading_clause(
    text: str,
    toks: _Tokens,
    speaker: tuple[int, int],
    c: int,
    found: tuple[Span, tuple[int, int]],
) -> tuple[Span, tuple[int, int]]:
    """``Although in March she said the sale was a mistake, she defended it
    on Monday``: an attribution inside an opening subordinate clause reports
    only up to the comma that closes the clause; the main clause after it is
    the writer's."""
    first = next((k for k in range(speaker[0]) if toks.kinds[k] != "p"), None)
    if (
        first is None
        or toks.words[first] not in _LEADING_SUBORDINATORS
        or "," in toks.words[first : speaker[0]]
    ):
        return found
    (start_k, last) = found[1]
    if "," in toks.words[c:start_k]:
        return found  # "As the Ledger reported, even if ...": the clause closed at the cue
    comma = next((k for k in range(start_k + 2, last) if toks.words[k] == ","), None)
    if comma is None or "q" in toks.kinds[start_k : last + 1]:
        return found
    if last - comma < 3 and not (
        # "When the moderator asked Tolliver whether ..., he paused.": a
        # pronoun and its verb are a main clause too
        last - comma == 2 and toks.words[comma + 1] in SUBJECT_PRONOUNS
    ):
        return found
    content = found[0]
    end = _content_end(text, content.start, toks.ends[comma - 1])
    return Span(content.start, end), (start_k, comma - 1)


def _role_noun(word: str) -> bool:
    """A role noun, also a compound of one written with a hyphen
    (``director-general``, ``comptroller-general``, ``secretary-general``)."""
    if word in _ROLE_NOUNS:
        return True
    return "-" in word and any(part in _ROLE_NOUNS for part in word.split("-"))


# the voice of a body: "its spokesman", "their spokeswoman"
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())


def _before_role_appositive(text: str, toks: _Tokens, last: int) -> int:
    """``..., a spokeswoman, Ana Ruiz, said``: the role set before the name
    belongs to the speaker, so the content ends before it (also when the
    content is a quotation whose comma sits inside the marks: ``“...,” the
    firm's chief, Dana Holt, said``)."""
    comma = last
    while comma >= 0 and toks.words[comma] != "," and last - comma <= 7:
        if toks.kinds[comma] == "q" and comma < last and _comma_before(text, toks, comma + 1):
            break
        if toks.kinds[comma] != "w" or toks.words[comma] in AUXILIARIES:
            return last
        comma -= 1
    if comma < 0 or comma == last:
        return last
    quoted = toks.kinds[comma] == "q"
    if not quoted and (comma < 1 or toks.words[comma] != ","):
        return last
    opener = toks.words[comma + 1]
    words = toks.words[comma + 1 : last + 1]
    if (
        opener in _ROLE_OPENERS
        or opener.endswith(("'s", "’s"))
        # "Mr. Voss’s running mate", "California Rep. Duncan Hunter’s chief
        # of staff": a named owner, titles and all
        or (
            any(w.endswith(("'s", "’s")) for w in words[1:5])
            and _capitalized(text, toks, comma + 1)
        )
        # AP's bare apostrophe: "Sallis' attorney"
        or text[toks.ends[comma + 1] : toks.ends[comma + 1] + 1] in {"'", "’"}
    ):
        if any(w in CUE_FORMS for w in words) or not any(
            _role_noun(toks.words[t])
            # a role before a name is someone else's title: "..., a thriller
            # from director Tomas Brandt, Netflix announced" (but "a
            # spokeswoman for Mayor Ana Ruiz" keeps "spokeswoman")
            and not (t < last and _capitalized(text, toks, t + 1))
            for t in range(comma + 1, last + 1)
        ):
            return last  # "..., the harbour flooded, Ruiz said": a clause, not a role
        return comma if quoted else comma - 1
    return last


def _role_phrase(toks: _Tokens, first: int, last: int, named: bool = False) -> bool:
    """Whether ``first..last`` is only a role set before a name (``Her
    supervisor``, ``The firm's chief``): an owner, a role noun, no verb."""
    words = toks.words[first : last + 1]
    return (
        0 < len(words) <= 5
        and (words[0] in _ROLE_OPENERS or words[0].endswith(("'s", "’s")))
        and (
            any(w in _ROLE_NOUNS for w in words)
            # "Her opponent, Xochitl Galvez, conceded.": a possessive and a
            # noun or two set before the name say who, not what
            or (
                named
                and words[0] in _POSSESSIVE_OPENERS
                and 2 <= len(words) <= 3
                and all(w.isalpha() and w.islower() for w in words[1:])
            )
        )
        and all(toks.kinds[k] == "w" for k in range(first, last + 1))
        and not any(w in AUXILIARIES or w in CUE_FORMS or is_past_verb(w) for w in words)
        # "A man shot his neighbor, police said": a second article or
        # possessive after a word that is no preposition opens an object,
        # so the words are a clause (an irregular past the lexicon misses),
        # not a role ("the head of the agency" stays one)
        and not any(
            words[k] in _ROLE_OPENERS and words[k - 1] not in _ROLE_LINKS
            for k in range(1, len(words))
        )
    )


# the prepositions inside a role phrase: "the chief of staff to the mayor"
_ROLE_LINKS = frozenset("of for at to with in on from by".split())
_ROLE_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
_POSSESSIVE_OPENERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


# nouns that gather documents: "a new batch of emails showed"
_COLLECTION_NOUNS = frozenset(
    """batch series set trove cache collection handful pair stack sample number bundle raft
    wake release publication light""".split()
)


def _document_head(toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """A speaker headed by a document noun (``Records``, ``A new poll``,
    ``FEC filings from 2008``): the head before any prepositional phrase."""
    first, last = speaker
    for k in range(first, last + 1):
        if toks.words[k] in DOCUMENT_HEADS and (
            k == last
            or toks.words[k + 1] in _PREPOSITIONS
            # "a survey out this week": just published, its day after it
            or toks.words[k + 1] in {"by", "last", "this", "out"}
            or toks.words[k + 1].endswith("ed")
        ):
            return True  # "New polls released Sunday", "a review by the Ledger"
    return False


# "That's how", "This is how": a clause pointing back at words just quoted
_POINTING_BACK = frozenset({"that's", "that’s", "this", "that", "here's", "here’s"})


def _what_frame(
    text: str, toks: _Tokens, c: int, speaker: tuple[int, int], cue: Span
) -> _Frame | None:
    """``what she called “a fantasy”``, ``what the senators said was a
    mistake``, ``how experts say it would work``: the whole wh-clause is the
    report (PolNeAR), its speaker and cue inside it."""
    wh = speaker[0] - 1
    if toks.words[wh] not in {"what", "how"}:
        return None
    n = len(toks)
    if wh >= 1 and toks.words[wh - 1] in {"that's", "that’s"}:
        # "“...” That's what Sen. Harlan Breck said on Tuesday.": the
        # quotation before is what was said; the clause reports nothing new
        q = wh - 2
        if q >= 0 and toks.kinds[q] == "q":
            quoted = Span(toks.starts[q], toks.ends[q])
            return _Frame(speaker, _span(toks, *speaker), cue, quoted, (q, q), c)
        return None
    first = c + 1
    if (
        toks.words[wh] == "how"
        and not _POINTING_BACK.isdisjoint(toks.words[max(0, wh - 2) : wh])
        and first < n
        and toks.words[first] in DETERMINERS
    ):
        # "“It's a betrayal.” That's how Breck described the deal": the words
        # pointed back to are what was said, not the clause naming them
        return None
    if first >= n or toks.kinds[first] == "p":
        return None  # "what Lee said." alone reports nothing we can point at
    last = _last_content_token(toks, first, n - 1)
    for k in range(first + 1, last):
        if toks.words[k] in {"and", "or", "but"} and toks.words[k + 1] in _WH_WORDS:
            last = k - 1  # "what Ortiz says ... and how experts say ...": two reports
            break
    while last > first and toks.kinds[last] == "p":
        last -= 1
    if last < first:
        return None
    start = toks.starts[wh]
    if (
        wh >= 1
        and toks.words[wh - 1] in OBJECT_ACT_FORMS
        and toks.words[speaker[0]] in SUBJECT_PRONOUNS
        and _object_act(text, toks, wh - 1)
    ):
        # "Dr. Moss condemned what she called “a flood of lies”": the
        # judging act's subject and verb report the naming clause whole
        outer = _speech_act_frame(text, toks, wh - 1, quoted=False, for_wh=True)
        if outer is not None and outer.speaker is not None:
            speaker, cue, c = outer.speaker, outer.cue, wh - 1
    return _Frame(
        speaker,
        _span(toks, *speaker),
        cue,
        Span(start, _content_end(text, start, toks.ends[last])),
        (wh, last),
        c,
    )


def _inverted_tail(text: str, toks: _Tokens, c: int) -> bool:
    """``..., said Dan Gerst, director of the Center.``: after the cue comes
    a name (with an appositive) that ends the sentence, not a clause, so the
    words before the cue are what was said."""
    n = len(toks)
    if (SPEECH_FORMS.get(toks.words[c]) or "") in LISTENER_VERBS:
        return False  # "..., Park told Yonhap News Agency.": the name is the listener
    speaker = _speaker_right(text, toks, c + 1)
    if (
        speaker is None
        or not (
            _capitalized(text, toks, speaker[0])
            # "..., said the bureau's director, Jim Coe.": a role set before
            # the name, the name closing the speaker
            or (
                toks.words[speaker[0]] in {"the", "a", "an"}
                and speaker[1] + 2 < len(toks)
                and toks.words[speaker[1] + 1] == ","
                and _capitalized(text, toks, speaker[1] + 2)
            )
            # "..., said spokeswoman Ann Lowe.": a lower-case title written
            # before the name (AP style), the name closing the speaker
            or (
                speaker[1] > speaker[0]
                and (toks.words[speaker[0]] in TITLE_WORDS or toks.words[speaker[0]] in ROLE_HEADS)
                and _capitalized(text, toks, speaker[0] + 1)
                and _capitalized(text, toks, speaker[1])
            )
        )
        or _before_time_phrase(toks, speaker[1]) < speaker[0]
    ):
        return False  # "..., Ortiz, the minister, said Tuesday.": a day is no speaker
    if _inverted_rest(text, toks, speaker[1]) is not None:
        return True  # "The contrast, said Doyle, would be clear": the clause goes on
    after = speaker[1] + 1
    # ("..., said the bureau's director, Jim Coe, on Monday.": a role, its
    # name and a time, each set off by commas)
    groups = 3 if toks.words[speaker[0]] in {"the", "a", "an"} else 1
    while groups and after < n and toks.words[after] == ",":
        groups -= 1
        after += 1
        while after < n and toks.kinds[after] == "w":
            word = toks.words[after]
            if word in AUXILIARIES or word in PAST_ONLY or word in SPEECH_FORMS:
                return False
            after += 1
    return after >= n or toks.words[after] in {".", "!", "?"}


# belief verbs that take an object and an infinitive as what is believed
_EXPECTING = frozenset({"expect", "predict", "forecast", "believe"})


def _object_infinitive(toks: _Tokens, c: int) -> tuple[Span, tuple[int, int]] | None:
    """``expect the bank to raise rates``: the object and its infinitive, from
    the object to the end of the clause."""
    n = len(toks)
    for k in range(c + 2, min(n - 1, c + 8)):
        word = toks.words[k]
        if word == "to" and toks.kinds[k + 1] == "w" and toks.words[k + 1] not in DETERMINERS:
            found = _to_clause_end(toks, c + 1)
            return found if found is not None and found[1][1] > k else None
        if toks.kinds[k] != "w" or word in AUXILIARIES or word in CUE_FORMS or word in CLAUSE_STOPS:
            return None
    return None


# adverbs between "as" and a passive cue: "as first reported by"
_AS_BY_ADVERBS = frozenset("first previously earlier originally also initially".split())


def _as_reported_by(text: str, toks: _Tokens, c: int, cue: Span) -> _Frame | None:
    """``As (first) reported by the Ledger, ...`` and ``..., as reported by
    the Ledger.``: a passive cue in an ``as`` clause, its agent the speaker,
    the clause it is set against what was reported."""
    n = len(toks)
    a = c - 1
    if a >= 0 and toks.words[a] in _AS_BY_ADVERBS:
        a -= 1
    if a < 0 or toks.words[a] != "as":
        return None
    speaker = _speaker_right(text, toks, c + 2)
    if speaker is None or not _source_like(text, toks, speaker):
        return None
    speaker_span = _span(toks, *speaker)
    after = speaker[1] + 1
    if a >= 2 and toks.words[a - 1] == ",":
        # "..., as reported by the Ledger (on Monday)."
        rest = next((k for k in range(after, n) if toks.kinds[k] != "w"), n)
        if rest - after > 3 or any(toks.kinds[k] != "p" for k in range(rest, n)):
            return None
        last = a - 2
        content = _trimmed_span(text, toks, 0, last)
        return _Frame(speaker, speaker_span, cue, content, (0, last), c)
    if a == 0 or (a == 1 and toks.words[0] in _OPENING_CONNECTIVES):
        comma = next((k for k in range(after, min(n, after + 4)) if toks.kinds[k] != "w"), None)
        if comma is None or toks.words[comma] != ",":
            return None
        found = _to_clause_end(toks, comma + 1)
        if found is None:
            return None
        return _Frame(speaker, speaker_span, cue, found[0], found[1], c)
    return None


def _opens_with_as(toks: _Tokens, first: int) -> bool:
    """Whether the speaker at ``first`` follows a sentence-opening ``as``
    (``As the Ledger reported``, ``But as the auditor noted``)."""
    return (
        first >= 1
        and toks.words[first - 1] == "as"
        and (first == 1 or (first == 2 and toks.words[0] in _OPENING_CONNECTIVES))
    )


def _as_reported(toks: _Tokens, c: int) -> tuple[Span, tuple[int, int]] | None:
    """``As the Ledger reported (on Monday), ...``: the sentence after the
    comma is what was reported, whatever its shape."""
    comma = next((k for k in range(c + 1, min(len(toks), c + 6)) if toks.kinds[k] != "w"), None)
    if comma is None or toks.words[comma] not in {",", ":"}:
        return None  # (a colon too: "As Quist put it: “...”")
    return _to_clause_end(toks, comma + 1)


def _shown(text: str, toks: _Tokens, c: int) -> tuple[Span, tuple[int, int]] | None:
    """What a document shows, to the end of its clause: ``a poll shows Ruiz
    leading``, ``video shows him with his hands raised``; not the writer's
    tail (``..., with the Ledger's average showing ...``)."""
    first = c + 1
    if first >= len(toks) or toks.kinds[first] != "w" or toks.words[first] in CLAUSE_STOPS:
        return None
    found = _to_clause_end(toks, first)
    if found is None:
        return None
    tail = _CONTEXT_TAIL.search(text, found[0].start, found[0].end)
    if tail is None:
        return found
    last = found[1][1]
    while last > first and toks.ends[last] > tail.start():
        last -= 1
    return Span(found[0].start, toks.ends[last]), (first, last)


def _to_clause_end(toks: _Tokens, first: int) -> tuple[Span, tuple[int, int]] | None:
    """The content from token ``first`` to the end of its clause, when it
    holds enough words."""
    last = _last_content_token(toks, first, len(toks) - 1)
    if last - first + 1 < _MIN_CONTENT_WORDS and toks.kinds[first] != "q":
        return None  # (a quotation is words enough: "As Lee put it, “...”")
    return Span(toks.starts[first], toks.ends[last]), (first, last)


# prepositions of comparison and position: the cue word after one is its
# object, a noun (earnings copy: "below estimates", "above forecasts",
# "versus estimates"; not "amid reports that ...", a report of its own)
_NOUN_AFTER = frozenset("""below above under versus vs vs. beyond than""".split())


# prepositions before a modified "charges"/"claims" noun: "to U.S. charges that"
_NOUN_CLAIM_PREPOSITIONS = frozenset("to over on against of from with about amid despite".split())


# words before a clause-final cue form that make it a noun: "made further
# demands.", "faces new charges.", "rejected their claims."
_NOUN_ONLY_MODIFIERS = frozenset(
    """further new fresh more repeated earlier such these those many several
    his their its our my your the""".split()
)


# what marks "claims" as the noun of the weekly jobless-claims report
_CLAIM_MODIFIERS = frozenset({"new", "initial", "jobless", "continuing", "weekly"})


def _noun_context(text: str, toks: _Tokens, c: int) -> bool:
    """Whether a cue word that doubles as a noun (``comments``, ``report``)
    is the noun here: owned (``his previous comments``, ``Trump's claims``),
    after ``of`` (``a series of reports``), or followed by a preposition
    only a noun takes or by the end of the clause (``a report from``, ``the
    Times report,``)."""
    word = toks.words[c]
    if c > 0 and toks.words[c - 1] in _NOUN_AFTER:
        return True  # "Revenue was $18.2 billion, below estimates, the company said"
    if c + 1 >= len(toks) or toks.kinds[c + 1] == "p":
        # "the Times report,"; but "the letter reads.", "new filings show."
        before = toks.words[c - 1] if c > 0 else ""
        if _filed_subject(text, toks, c) is not None:
            return False  # "..., records filed on Sunday show.": the papers' verb
        if before in SUBJECT_PRONOUNS and c >= 2 and toks.kinds[c - 2] == "q":
            # "“The pier is closed,” it reads.": a pronoun after a quotation
            # is the verb's subject
            return False
        if before in _NOUN_ONLY_MODIFIERS:
            return True  # "..., the board made further demands.": a modified noun
        plural = (
            len(before) > 3 and before.endswith("s") and not before.endswith("ss")
        ) or before in IRREGULAR_PLURALS  # "new filings show.", "government data show."
        return (
            word in _NOUN_LIKE_BARE
            and not (plural and toks.kinds[c - 1] == "w")
            and not _compiled_by(toks, c)
        )
    if toks.words[c + 1] in {"from", "of", "by", "about", "over"}:
        return True
    if word == "claims" and (
        toks.words[c + 1] == "for" or (c > 0 and toks.words[c - 1] in _CLAIM_MODIFIERS)
    ):
        return True  # "filing new claims for unemployment benefits": the noun
    if (
        word in {"charges", "claims", "allegations"}
        and toks.words[c + 1] == "that"
        and c >= 2
        and toks.kinds[c - 1] == "w"
        and (
            # "a settlement resolving claims that ...": a participle's object
            (toks.words[c - 1].endswith("ing") and len(toks.words[c - 1]) > 5)
            # "pleaded not guilty to U.S. charges that ...": after a
            # preposition and one modifier
            or toks.words[c - 2] in _NOUN_CLAIM_PREPOSITIONS
        )
    ):
        return True
    if word.endswith("s") and word in _NOUN_LIKE_CUES:
        before = toks.words[c - 1] if c > 0 else ""
        if is_number(before):
            return True  # "Twenty-seven states led by ...", "two reports"
        if toks.words[c + 1] == "that" and c + 2 < len(toks) and toks.words[c + 2] in AUXILIARIES:
            return True  # "Clean Air Act rules that could ...": a relative clause
    if (
        word in {"comments", "estimates", "forecasts", "charges"}
        and c + 2 < len(toks)
        and (_capitalized(text, toks, c + 1) or toks.words[c + 1] in SUBJECT_PRONOUNS)
        and toks.words[c + 2] in AUXILIARIES
    ):
        return True  # "derogatory comments Trump had made": the noun a clause describes
    for k in range(c - 1, max(-1, c - 4), -1):
        if toks.kinds[k] != "w":
            return False
        word = toks.words[k]
        if (
            word in _POSSESSIVE_PRONOUNS
            or word in {"my", "our", "your"}
            or (word == "of" and k >= c - 2)  # not "Polling of union voters shows"
            or word.endswith(("'s", "’s"))
        ):
            # "The FTC's complaint claims the company ...": the possessive
            # owns the document, and the document's verb opens a clause
            # ("Harlow's proxy statement shows that ...": one modifier between)
            return not (
                k in {c - 2, c - 3}
                and word.endswith(("'s", "’s"))
                and toks.words[c - 1] in DOCUMENT_HEADS
                and (
                    toks.words[c + 1] in DETERMINERS
                    or toks.words[c + 1] in SUBJECT_PRONOUNS
                    or toks.words[c + 1] == "that"
                )
            )
        if _capitalized(text, toks, k) or word in AUXILIARIES:
            return False
    return False


# "quoted X as saying", "cited X as saying": the outlet passes the words on
_QUOTED_AS = frozenset({"quoted", "cited"})


def _active_quoted_as(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """``Xinhua quoted Defense Minister Zhao Peng as saying ...``: the one
    quoted is the speaker, the outlet only passes the words on."""
    if toks.words[c] != "saying" or c < 3 or toks.words[c - 1] != "as":
        return None
    quoted = next(
        (k for k in range(c - 3, max(-1, c - 12), -1) if toks.words[k] in _QUOTED_AS),
        None,
    )
    if quoted is None or toks.words[quoted + 1] == "by":
        return None
    if quoted >= 1 and toks.words[quoted - 1] in _PASSIVE_BE:
        return None  # "was quoted as saying": the subject speaks
    last = c - 2
    if toks.words[last] == "," and last > quoted + 2:
        # "quoted Li Ming, a rescue official, as saying": the name before the
        # appositive is the one quoted
        last = next((k for k in range(quoted + 1, c - 2) if toks.words[k] == ","), last) - 1
    if any(toks.kinds[k] != "w" for k in range(quoted + 1, last + 1)):
        return None
    speaker = (quoted + 1, last)
    if speaker[0] == last and toks.words[last] in {"him", "her", "them"}:
        return speaker  # "the agency quoted him as saying": the one named before
    return speaker if _source_like(text, toks, speaker) else None


# a plea in quotation marks: "pleaded “no contest” to the charges"
_QUOTED_PLEA = re.compile(
    r"[\"“‘']\s*(?i:no contest|nolo contendere|not guilty|guilty)\W*[\"”’']"
)


def _quoted_as_trailing(
    text: str, toks: _Tokens, c: int, cue: Span, quoted: tuple[int, int], sentence: Span
) -> _Frame | None:
    """``“...,” Xinhua quoted Li Ming as saying.``, ``The fire is out, TASS
    quoted the ministry as saying.``: the words come first; the outlet's
    phrase bounds them as a trailing speaker would, and the one quoted
    speaks."""
    verb = quoted[0] - 1
    while verb > 0 and toks.words[verb] not in _QUOTED_AS:
        verb -= 1
    j = _skip_back(text, toks, verb - 1)
    outlet = _speaker_left(text, toks, j, 0) if j >= 0 else None
    if outlet is None:
        return None
    frame = _trailing_frame(text, toks, c, cue, outlet, _span(toks, *outlet), sentence)
    if frame is None:
        return None
    frame.speaker, frame.speaker_span = quoted, _span(toks, *quoted)
    return frame


def _with_subject(text: str, toks: _Tokens, c: int) -> bool:
    """``..., with Foreign Minister Anika Dorn calling the plan “a trap”``:
    a participle whose own subject, a name, follows ``with``."""
    k = c - 1
    while k > 0 and c - k <= 6 and _capitalized(text, toks, k):
        k -= 1
    return k < c - 1 and toks.words[k] == "with"


def _compiled_by(toks: _Tokens, c: int) -> bool:
    """``data compiled by Bloomberg show``, ``economists polled by Reuters
    expect``: the cue agrees with the head before a participle and its
    ``by`` phrase, not with the name right before it."""
    for k in range(c - 1, max(0, c - 6), -1):
        if toks.kinds[k] != "w":
            return False
        if toks.words[k] == "by":
            return _polled_by(toks, k, 0)
    return False


def _plural_head(toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """``Towing crews say``: a plural noun agreeing with a bare cue."""
    head = toks.words[speaker[1]]
    if head in IRREGULAR_PLURALS:
        return True
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "'s", "’s"))


# a headline's "Name camp: ...", "Ortiz aides: ...": a lower-case noun
# after the name still names who speaks
_HEADLINE_SPEAKER_NOUNS = frozenset(
    """camp campaign aides aide allies spokesman spokeswoman spokesperson
    officials official lawyer lawyers adviser advisers supporters critics team
    family police authorities prosecutors sheriff investigators witnesses
    experts analysts doctors""".split()
)

# a one-word label before a headline's colon is a kicker, not a speaker
# ("Poll:" and "Report:" stay speakers: the poll or report says it)
_HEADLINE_KICKERS = frozenset(
    """exclusive analysis update updated factbox fact explainer watch breaking
    opinion editorial review interview live timeline video photos correction
    corrected refile urgent special insight commentary column feature preview
    recap quiz podcast letters obituary""".split()
)


def _named_in_story(text: str, toks: _Tokens, speaker_end: int) -> bool:
    """Whether a headline's speaker before the colon is someone the story
    names again (``Ortiz: ...`` and Ortiz in the body) or a source noun
    (``Poll:``, ``Ortiz camp:``); a column title (``Delegate Update:``,
    ``The Ninth Circle:``) is neither."""
    word = toks.words[speaker_end]
    if word in _HEADLINE_SPEAKER_NOUNS or word in {"poll", "report", "survey", "study"}:
        return True
    written = text[toks.starts[speaker_end] : toks.ends[speaker_end]]
    later = toks.ends[-1] if toks.ends else 0
    if text.find(written, later, later + 20_000) < 0:
        return False  # not written there at all: no pattern to compile
    named = re.compile(r"\b" + re.escape(written) + r"\b")
    return named.search(text, later, later + 20_000) is not None


def _common_noun_in_story(text: str, toks: _Tokens, speaker_end: int) -> bool:
    """``Former Ortiz Pollster Says ...`` and ``the pollster`` in the body: a
    title-case headline capitalises a common noun the story writes in lower
    case (only for a ``Says`` headline, never a colon's column title)."""
    word = toks.words[speaker_end]
    if len(word) < 3 or not word.isalpha():
        return False
    later = toks.ends[-1] if toks.ends else 0
    if text.find(word, later, later + 20_000) < 0:
        return False  # not written there at all: no pattern to compile
    named = re.compile(r"\b" + re.escape(word) + r"\b")
    return named.search(text, later, later + 20_000) is not None


def _headline_colon_frame(text: str, toks: _Tokens, frame: _Frame) -> _Frame | None:
    """A headline's ``SPEAKER: “...”`` frame read as a body sentence: kept
    when the story names the speaker again (``MARSH:`` and Lena Marsh in
    the body). In title case the words before a colon are often a clause
    (``Challenger Rips Incumbent: 'He Got Rich'``): the speaker is then the
    words at its head the story names again (``Trump Addresses Munich
    Attack: '...'`` -> ``Trump``), else there is none."""
    if frame.speaker is None or text[frame.cue.start : frame.cue.end] != ":":
        return frame
    first, last = frame.speaker
    if _named_again(text, toks, last):
        return frame
    end = first - 1
    while end < last and _named_again(text, toks, end + 1):
        end += 1
    if end < first:
        return None
    frame.speaker = (first, end)
    frame.speaker_span = _span(toks, first, end)
    return frame


def _named_again(text: str, toks: _Tokens, k: int) -> bool:
    """``_named_in_story`` for a capitalised word, also written in capitals
    (``MARSH`` and Marsh in the body)."""
    if not _capitalized(text, toks, k):
        return False
    if _named_in_story(text, toks, k):
        return True
    written = text[toks.starts[k] : toks.ends[k]]
    if not written.isupper() or len(written) < 2:
        return False
    later = toks.ends[-1]
    if text.find(written.title(), later, later + 20_000) < 0:
        return False  # not written there at all: no pattern to compile
    named = re.compile(r"\b" + re.escape(written.title()) + r"\b")
    return named.search(text, later, later + 20_000) is not None


def _headline_frames(text: str, toks: _Tokens) -> list[_Frame]:
    """Headline conventions: ``Ruiz: Levy will stay`` (speaker, colon, what
    was said) and title case ``Levy Will Stay, Ruiz Says``."""
    n = len(toks)
    last = n - 1
    while last >= 0 and toks.kinds[last] == "p":
        last -= 1
    if last < 2:
        return []
    colon = next((k for k in range(1, min(n, 7)) if toks.words[k] == ":"), None)
    speaker_end = -1
    if colon is not None:
        # "Ortiz to port workers: ...": the listener is not the speaker
        to = next((k for k in range(1, colon) if toks.words[k] == "to"), None)
        speaker_end = colon - 1 if to is None else to - 1
    if (
        colon is not None
        and colon + 1 <= last
        and speaker_end >= 0
        and all(
            toks.kinds[k] == "w"
            and (
                _capitalized(text, toks, k)
                or (k == speaker_end and k > 0 and toks.words[k] in _HEADLINE_SPEAKER_NOUNS)
            )
            for k in range(speaker_end + 1)
        )
        and not (speaker_end == 0 and toks.words[0] in _HEADLINE_KICKERS)
        and toks.words[: speaker_end + 1] != ["the", "latest"]  # AP's "The Latest: ..."
        and _named_in_story(text, toks, speaker_end)
    ):
        speaker = (0, speaker_end)
        content = _trimmed_span(text, toks, colon + 1, last)
        if (
            colon + 1 <= last
            and content.end > content.start
            and (text[content.start].isalnum() or toks.kinds[colon + 1] == "q")
        ):
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
    says = _headline_says(text, toks, last)
    if says is not None:
        return _headline_second_act(text, toks, says, last)
    trailing = _trailing_colon_speaker(text, toks, last)
    if trailing is not None:
        return [trailing]
    if toks.words[last] in SPEECH_FORMS and _capitalized(text, toks, last):
        comma = last - 1
        while comma > 0 and toks.words[comma] != "," and last - comma <= _MAX_SPEAKER_TOKENS:
            comma -= 1
        if comma > 1 and toks.words[comma] == "," and comma + 1 < last:
            speaker = (comma + 1, last - 1)
            content = Span(toks.starts[0], _content_end(text, toks.starts[0], toks.ends[comma - 1]))
            cue = Span(toks.starts[last], toks.ends[last])
            return [_Frame(speaker, _span(toks, *speaker), cue, content, (0, comma - 1), last)]
        if (
            toks.kinds[0] == "q"
            and 1 < last <= _MAX_SPEAKER_TOKENS
            and text[toks.ends[0] - 2 : toks.ends[0] - 1] in {",", "?", "!"}
            and all(toks.kinds[k] == "w" and _capitalized(text, toks, k) for k in range(1, last))
            and _named_again(text, toks, last - 1)
        ):
            # "'We Will Not Back Down,' Breck Says": the quotation first, its
            # comma inside the marks, then the speaker named in the story
            speaker = (1, last - 1)
            cue = Span(toks.starts[last], toks.ends[last])
            return [_Frame(speaker, _span(toks, *speaker), cue, _span(toks, 0, 0), (0, 0), last)]
    return []


def _headline_second_act(text: str, toks: _Tokens, says: _Frame, last: int) -> list[_Frame]:
    """``Breck Says He Won't Back Down, Calls Achebe 'Reckless'``: a second
    title-case verb after a comma is the same speaker's next act; the first
    report ends at the comma, and the act (a speech act or a cue) governs
    what follows it."""
    if says.content_tokens is None or says.speaker is None:
        return [says]
    first = says.content_tokens[0]
    for k in range(first + 1, last - 1):
        if toks.words[k] != ",":
            continue
        verb = toks.words[k + 1]
        if not (
            _capitalized(text, toks, k + 1)
            and (verb in SPEECH_ACT_FORMS or verb in QUOTED_ACT_FORMS or verb in CUE_FORMS)
            and verb.endswith("s")
        ):
            continue
        head = _trimmed_span(text, toks, first, k - 1)
        if head.end <= head.start:
            return [says]
        says.content, says.content_tokens = head, (first, k - 1)
        act = _Frame(
            says.speaker,
            says.speaker_span,
            Span(toks.starts[k + 1], toks.ends[k + 1]),
            _trimmed_span(text, toks, k + 2, last),
            (k + 2, last),
            k + 1,
            weak=verb in SPEECH_ACT_FORMS or verb in QUOTED_ACT_FORMS,
        )
        return [says, act]
    return [says]


def _trailing_colon_speaker(text: str, toks: _Tokens, last: int) -> _Frame | None:
    """``Modi to visit Lumaria next week: MEA``, ``N. Korea fires missile:
    JCS``: the Indian and Korean desks' headline names its source after a
    final colon (up to three capitalised words or an acronym), when the
    story names that source again."""
    colon = next((k for k in range(last - 1, max(2, last - 4), -1) if toks.words[k] == ":"), None)
    if colon is None or colon < 3 or toks.kinds[colon + 1] != "w":
        return None
    if not all(
        toks.kinds[k] == "w" and _capitalized(text, toks, k) for k in range(colon + 1, last + 1)
    ) or not _named_in_story(text, toks, last):
        return None
    speaker = (colon + 1, last)
    content = _trimmed_span(text, toks, 0, colon - 1)
    if content.end <= content.start:
        return None
    cue = Span(toks.starts[colon], toks.ends[colon])
    return _Frame(speaker, _span(toks, *speaker), cue, content, (0, colon - 1), colon)


# acts: with a noun phrase after them a headline's ``Reports``, ``Posts``
# and ``Announces`` (every cue that needs ``that`` or a clause in the body)
# name what was done (``Acme Reports Third Quarter Results``, ``Veltrona
# Announces Positive Results``), not what was said: the SPEC's "announced +
# a noun phrase is not a quote". ``Poll Shows Bump For Ortiz`` stays a
# document's report
_HEADLINE_ACT_LEMMAS = THAT_ONLY_LEMMAS - {"show", "find"}


def _headline_says(text: str, toks: _Tokens, last: int) -> _Frame | None:
    """Title case ``Harbor Chief Says Pier Is Unsafe``: a capitalised
    speaker, a present-tense (or ``Said``) cue, then what was said, when the
    story names the speaker again."""
    for c in range(1, min(last - 1, _MAX_SPEAKER_TOKENS + 1)):
        word = toks.words[c]
        if toks.kinds[c] != "w" or not (
            _capitalized(text, toks, c) or toks.words[c] in {"of", "and", "the", "for"}
        ):
            return None
        cue = word in CUE_FORMS and (word.endswith("s") or word in {"said", "told"})
        if cue and _capitalized(text, toks, c) and _capitalized(text, toks, c + 1):
            if not _capitalized(text, toks, 0) or not (
                _named_in_story(text, toks, c - 1)
                # ("Battleground States To ...": "states" after a noun is one)
                or (word not in {"states", "rules"} and _common_noun_in_story(text, toks, c - 1))
            ):
                return None
            if (
                lemma_of(word) in _HEADLINE_ACT_LEMMAS
                and toks.words[c + 1] != "that"
                and not _plain_clause(toks, c + 1, last)
            ):
                # ``Acme Reports Third Quarter Results``: an act with a noun
                # phrase, as ``announced a merger`` in the body
                return None
            content = _trimmed_span(text, toks, c + 1, last)
            cue_span = Span(toks.starts[c], toks.ends[c])
            return _Frame((0, c - 1), _span(toks, 0, c - 1), cue_span, content, (c + 1, last), c)
    return None


def _initial_cue_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``Said Ellis: “...”`` — a cue opening the sentence, then the speaker."""
    speaker = _speaker_right(text, toks, 1)
    if speaker is None:
        return None
    k = speaker[1] + 1
    if k < len(toks) and toks.words[k] == "of":
        # "Said Pruitt of his goalie: “...”": past the topic to the colon
        k = next((t for t in range(k + 1, min(len(toks), k + 7)) if toks.words[t] == ":"), k)
    after_name = k
    while k < len(toks) and toks.words[k] in {",", ":"}:
        k += 1
    if k >= len(toks) or toks.kinds[k] != "q":
        return None
    if k == after_name:
        first = _FIRST_LETTER.match(text, toks.starts[k], toks.ends[k])
        if first is not None and first.group(1).islower():
            # PolitiFact's claim line "Says Gov. Mara Delacroix “cut school
            # funding.”": the name runs on into the quotation as its subject;
            # it is what the claim is about, the claimant is signed below
            return None
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[0], toks.ends[0]),
        Span(toks.starts[k], toks.ends[k]),
        (k, k),
        0,
    )


def _leading_participle_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``Noting that this year marks the 50th anniversary, Xi said ...``,
    ``Stressing that ..., the minister urged ...``: a participle cue opening
    the sentence reports a clause of the main clause's subject (a further
    report of the same speaker, as ``, noting that ...`` after the cue).
    The frame is a placeholder: ``_lead_participle_speaker`` gives it the
    speaker of the frame that opens after its comma, and its content."""
    n = len(toks)
    if n < 6 or not toks.words[0].endswith("ing") or toks.words[1] != "that":
        return None
    if "," not in toks.words[3:]:
        return None
    return _Frame(None, None, Span(toks.starts[0], toks.ends[0]), None, None, 0)


def _lead_participle_speaker(text: str, toks: _Tokens, frames: list[_Frame]) -> None:
    """Give the placeholder of ``_leading_participle_frame`` (the first
    frame) the speaker of the first later frame whose speaker opens right
    after a comma, its content the words from after ``that`` to that comma;
    with none, drop it."""
    lead = frames[0]
    for other in frames[1:]:
        if other.speaker is None:
            continue
        comma = other.speaker[0] - 1
        if (
            comma > 2
            and toks.words[comma] == ","
            and "q" not in toks.kinds[2:comma]
            and _source_like(text, toks, other.speaker)
        ):
            lead.speaker, lead.speaker_span = other.speaker, other.speaker_span
            lead.content = Span(toks.starts[2], toks.ends[comma - 1])
            lead.content_tokens = (2, comma - 1)
            return
    frames.pop(0)


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


def _signature_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``— Anna Wong and Eliza Winger, economists.`` opening its own
    paragraph under a quotation (Bloomberg's ``What Bloomberg Economics
    Says`` box): the dash signs the quotation above; names joined by
    ``and`` sign together. No content of its own."""
    n = len(toks)
    if n < 2 or toks.words[0] not in _DASHES:
        return None
    last = 0
    while (
        last + 1 < n
        and toks.kinds[last + 1] == "w"
        and (
            _capitalized(text, toks, last + 1)
            or (
                toks.words[last + 1] == "and"
                and last + 2 < n
                and _capitalized(text, toks, last + 2)
                and last > 0
            )
        )
        and last < 8
    ):
        last += 1
    if last == 0 or (last + 1 < n and toks.words[last + 1] not in {",", ".", ";"}):
        return None  # "— and then the ferry left": a dash opening a sentence
    cue = Span(toks.starts[0], toks.ends[0])
    return _Frame((1, last), _span(toks, 1, last), cue, None, None, 0)


_BEFORE_STANCE_WORD = AUXILIARIES | ADVERBS_BEFORE_CUE


def _stance_word(toks: _Tokens, c: int) -> bool:
    """A verb or stance adjective taking a ``that`` clause: ``is hoping
    that``, ``concluded that``, ``were frustrated that``."""
    word = toks.words[c]
    if word in STANCE_ADJECTIVES:
        if c < 1:
            return False
        before = toks.words[c - 1]
        if c >= 2 and before.endswith("ly") and before not in LY_NOUNS:
            before = toks.words[c - 2]  # "are increasingly concerned that"
        return before in _BEFORE_STANCE_WORD or before in _LINKING_VERBS
    return word in STANCE_VERB_FORMS


# verbs that link a subject to a stance: "have grown confident that"
_LINKING_VERBS = frozenset(
    "grown grew become became remain remains remained seem seems seemed".split()
)


_FINITE_BE = frozenset({"is", "are", "was", "were"})
_EXPECTED_ADVERBS = frozenset({"not", "widely", "also", "still", "now", "generally", "largely"})
# words that end the subject of "... is expected to" on its left
_EXPECTED_SUBJECT_STOPS = frozenset(
    """and but or nor while whereas where when though although because as if
    since so once after before until unless""".split()
)


def _expected_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``The board is expected to vote on Friday``: a forecast nobody is
    named for; the content is the whole clause, its subject included (a
    relative ``who``/``which``/``that`` opens it), and it has no speaker."""
    n = len(toks)
    if c + 2 >= n or toks.words[c + 1] != "to" or toks.kinds[c + 2] != "w":
        return None
    b = c - 1
    if toks.words[b] in _EXPECTED_ADVERBS:
        b -= 1
    if b < 1 or toks.words[b] not in _FINITE_BE:
        return None
    start = b
    t = b - 1
    while t >= 0 and b - t <= 14 and toks.kinds[t] == "w":
        word = toks.words[t]
        if word in _EXPECTED_SUBJECT_STOPS or word in CUE_FORMS:
            break
        start = t
        if word in {"who", "which", "that"}:
            break
        t -= 1
    if start == b or (t >= 0 and b - t > 14):
        return None
    if toks.words[start] == "it" and start == b - 1:
        return None  # "It is expected to rain": no subject of its own
    last = _last_content_token(toks, c + 2, n - 1)
    last = _before_a_second_past_verb(text, toks, c + 2, last)
    # the forecast ends at its first comma or dash: "The board, which is
    # expected to meet Friday, declined", "is expected to sign the bill,
    # clearing the way for ...": the writer's context after it
    for t in range(c + 2, last + 1):
        if toks.kinds[t] != "w" and toks.words[t] in {",", ";", "—", "--", "-", "–"}:
            last = t - 1
            break
    if last - (c + 2) + 1 < _MIN_CONTENT_WORDS:
        return None
    end = toks.ends[last]
    tail = _CONTEXT_TAIL.search(text, toks.starts[c + 1], end)
    if tail is not None:
        end = tail.start()
    return _Frame(
        None,
        None,
        Span(toks.starts[b], toks.ends[c]),
        Span(toks.starts[start], end),
        (start, last),
        c,
        weak=True,
    )


def _complement_frame(
    text: str,
    toks: _Tokens,
    c: int,
    sentence: Span,
    *,
    infinitive: bool,
    frames: Sequence[_Frame] = (),
    first: int | None = None,
) -> _Frame | None:
    """``SPEAKER wants to ...`` / ``SPEAKER is hoping that ...``: the speaker
    on the left (auxiliaries and adverbs skipped), the content from ``to`` or
    after ``that`` to the end of the clause. ``..., promising to ...`` and
    ``outlined a plan and vowed to ...`` take the subject of the sentence;
    ``Lee, the port chief, vowed`` the name before the appositive."""
    left = c
    if toks.words[c] in STANCE_ADJECTIVES:
        # "have grown increasingly confident that": past the linking verb
        if left >= 2 and toks.words[left - 1].endswith("ly"):
            left -= 1
        if left >= 2 and toks.words[left - 1] in _LINKING_VERBS:
            left -= 1
    speaker = _tagged_subject_before(text, toks, left)
    j = _skip_back(text, toks, left - 1)
    if speaker is None and j >= 1 and toks.words[j] == ",":
        if toks.words[c].endswith("ing") and j == c - 1:
            speaker = frames[-1].speaker if frames else _sentence_subject(text, toks, c)
        else:
            speaker = _appositive_speaker(text, toks, j)
    elif speaker is None and j >= 1 and toks.words[j] in {"and", "but"}:
        speaker = _coordinated_subject(text, toks, j, frames)
    # "The inquest heard that ...": the body listened; who said it is not
    # written (a quote with no speaker, as for "Southwark Crown Court heard")
    hearing = (
        speaker is None
        and toks.words[c] == "heard"
        and not infinitive
        and j >= 1
        and toks.words[j] in _HEARING_BODIES
        and toks.words[j - 1] in {"the", "an", "a"}
    )
    if not hearing and (speaker is None or _malformed_speaker(text, toks, speaker)):
        return None
    if (
        speaker is not None
        and toks.words[c] in {"held", "holds"}
        and not _holding_speaker(text, toks, speaker, sentence)
    ):
        return None  # "the conventional wisdom in Washington held that": a belief
    if infinitive and speaker is not None and toks.words[speaker[0]] == "you":
        return None  # "if you want to understand ...": anyone, nobody in the story
    if first is None:
        first = c + 1 if infinitive else c + 2
    if first >= len(toks):
        return None
    if infinitive and toks.words[first + 1 : first + 2] == ["comment"]:
        return None
    if (
        infinitive
        and SPEECH_FORMS.get(toks.words[c]) is None
        and toks.words[c].startswith("refus")
        and first + 1 < len(toks)
        and toks.words[first + 1] in _SILENCE_VERBS
    ):
        return None  # "refused to speak to reporters": like "declined to comment", no quote
    last = _last_content_token(toks, first, len(toks) - 1)
    if infinitive:
        last = _before_a_second_past_verb(text, toks, first, last)
        last = _before_a_writers_gloss(toks, first, last)
    if last - first + 1 < _MIN_CONTENT_WORDS and toks.kinds[first] != "q":
        return None  # (a quotation is words enough: "As Lee put it, “...”")
    start = toks.starts[first]
    end = toks.ends[last]
    tail = _CONTEXT_TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start()
    return _Frame(
        speaker,
        None if speaker is None else _span(toks, *speaker),
        Span(toks.starts[c], toks.ends[c]),
        Span(start, end),
        (first, last),
        c,
        weak=True,
    )


# a contrast the writer adds after an intention: ", though it cost him
# the title", ", while ...", ", even as ..."
_CONTRAST_OPENERS = frozenset({"though", "although", "while", "whereas"})
_EVEN_CONTRASTS = frozenset({"though", "as", "if", "when", "while"})


def _before_a_writers_gloss(toks: _Tokens, first: int, last: int) -> int:
    """``vowed to repeal the levy, a tax that ...``, ``refused to sign the
    deal, though it cost him ...``, ``vowed to do better, the party has done
    the opposite``: an infinitive of intention ends at a comma that opens a
    contrast or a last noun phrase or clause on an article (the writer's
    gloss or main clause), unless that is a short list (``, the farms and
    the river``)."""
    words = toks.words
    if words[first] != "to" and words[first : first + 2] != ["not", "to"]:
        return last
    for t in range(first + 2, last - 1):
        if words[t] != "," or toks.kinds[t + 1] != "w":
            continue
        nxt = words[t + 1]
        if nxt in _CONTRAST_OPENERS or (nxt == "even" and words[t + 2] in _EVEN_CONTRASTS):
            return t - 1
        if nxt in {"a", "an", "the"}:
            rest = words[t + 1 : last + 1]
            if "," in rest or any(k in rest for k in ("(", ";", ":")):
                return last  # the clause goes on: not its last phrase
            if len(rest) <= 12 and ("and" in rest or "or" in rest):
                return last  # ", the farms and the river": a list goes on
            return t - 1
    return last


def _after_a_reported_dash(toks: _Tokens, last: int) -> int:
    """``Christie said that was natural — no different, he said, from ...``:
    a trailing attribution after a dash covers the words after the dash
    when a report of its own stands before it; else the sentence's start."""
    for t in range(last, 0, -1):
        if toks.words[t] in _ASIDE_DASHES:
            if any(
                toks.words[u] in CUE_FORMS
                and not toks.words[u].endswith("ing")
                and toks.kinds[u - 1] == "w"
                # "in the state", "Her answer": a noun after a determiner, no report
                and toks.words[u - 1] not in DETERMINERS
                and u < t - 2
                for u in range(1, t)
            ):
                return t + 1
            return 0
    return 0


# a subject pronoun with its auxiliary in one token: "He's claiming",
# "They're saying"; the speaker is the pronoun alone
_PRONOUN_CONTRACTION = re.compile(r"(?i)(he|she|they|we|it|i|you)(?:['’](?:s|re|m|ve|d|ll))\Z")


def _without_contraction_span(text: str, span: Span) -> Span:
    """``He's`` -> ``He``: a contracted auxiliary is no part of the speaker."""
    m = _PRONOUN_CONTRACTION.match(text, span.start, span.end)
    return Span(span.start, span.start + len(m.group(1))) if m is not None else span


def _nominal_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``Trump's claim that ...``, ``her warning that ...``: a possessor and a
    speech noun before ``that``; the possessor speaks."""
    owner = c - 2
    word = toks.words[owner]
    if (
        owner >= 1
        and toks.kinds[owner] == "w"
        and word.replace("-", "").isalpha()
        and not _capitalized(text, toks, owner)
        and word not in DETERMINERS
        and (
            toks.words[owner - 1] in _POSSESSIVE_PRONOUNS
            or toks.words[owner - 1].endswith(("'s", "’s"))
        )
    ):
        # "his false claim that ...", "Voigt's baseless claims that": one
        # adjective between the possessor and the speech noun
        owner -= 1
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
    if all(toks.kinds[t] == "p" or toks.words[t] in {"but", "and"} for t in range(speaker[0])):
        last = _before_main_predicate(toks, start_k, last)  # "... crime doubled is false."
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


_PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})


def _claim_object(toks: _Tokens, c: int) -> bool:
    """A speech act whose object states a claim: ``accused Voss of lying``,
    ``described the plan as reckless``, ``called it a smear`` (an object,
    then a second noun phrase), not ``called the mayor``."""
    word = toks.words[c]
    ahead = toks.words[c + 1 : c + 7]
    if word.startswith("accus"):
        return "of" in ahead
    if word.startswith(("describ", "dismiss", "label", "brand", "characteri")):
        return "as" in ahead
    if word in {"call", "calls", "called", "calling"}:
        # "and called himself pro-choice": a self-description
        return any(w in {"a", "an"} for w in toks.words[c + 2 : c + 5]) or (
            c + 1 < len(toks) and toks.words[c + 1] in _REFLEXIVES
        )
    return False


# words that open no noun phrase: a judgement with nothing judged after it
_NO_OBJECT_OPENERS = frozenset(
    {"and", "or", "but", "too", "as", "over", "about", "by", "during", "well", "hard"}
    # "Shots echoed through the valley": a sound, no object
    | {"through", "throughout", "across", "around", "along", "into", "off", "out", "up", "down"}
)


# what is acknowledged with a gesture, not granted in words: "acknowledged
# the crowd", "acknowledged the applause", "acknowledged receipt of"
_GESTURE_OBJECTS = frozenset(
    """crowd crowds applause cheers ovation fans spectators wave waves
    greeting greetings receipt""".split()
)


_NOTED_FORMS = frozenset("noted notes noting acknowledged acknowledges acknowledging".split())


def _noted_object(toks: _Tokens, c: int) -> bool:
    """``noted the drop in orders``, ``acknowledged the risks``: a noun
    phrase right after the verb; not ``noted recently in a column`` nor
    ``noted this week`` (an adverb or a time, no object), nor ``noted
    that`` (the clause is another frame's), nor ``acknowledged the crowd``
    (a gesture)."""
    if c + 1 >= len(toks) or toks.kinds[c + 1] != "w":
        return False
    first = toks.words[c + 1]
    if first == "that" or first in _TIME_WORDS or first in {"this", "last", "next"}:
        return False
    if first.endswith("ly") and first not in {"early"}:
        return False
    return not any(w in _GESTURE_OBJECTS for w in toks.words[c + 1 : c + 4])


def _object_act(text: str, toks: _Tokens, c: int) -> bool:
    """``Voss criticized the levy``, ``praised the crews for ...``: a speech
    act of judgement that reports its object with no quotation (decided
    2026-11-30); not ``a bill that cited the survey passed`` (the relative
    clause ends where no comma shows it), not ``rejected the “pier levy”
    bill`` (a quoted name in a vote's object), and not ``rejected Ortiz's
    claim that ...`` (the claim is the attribution)."""
    word = toks.words[c]
    if c >= 1 and toks.words[c - 1] in {"that", "which"}:
        return False
    if word in _NOTED_FORMS and not _noted_object(toks, c):
        return False
    if word in PREPOSITIONAL_ACT_FORMS:
        return (
            c + 2 < len(toks)
            and _act_preposition(word, toks.words[c + 1])
            and toks.kinds[c + 2] != "p"
            # "the judge Ruiz was referring to is Hale": a stranded preposition
            and toks.words[c + 2] not in _FINITE_AFTER
            # "pointed to the sky", "pointed to the defendant": a gesture
            and not (
                word.startswith("point")
                and any(w in _POINTED_AT for w in toks.words[c + 2 : c + 5])
            )
            # "spoke about an hour", "talked about 20 minutes": a length of time
            and not (
                toks.words[c + 1] == "about"
                and (
                    toks.words[c + 2][:1].isdigit()
                    or toks.words[c + 2] in _APPROXIMATE_COUNTS
                    or any(w in _SPAN_UNITS for w in toks.words[c + 3 : c + 5])
                )
            )
        )
    if word not in OBJECT_ACT_FORMS:
        return False
    ahead = toks.words[c + 1 : c + 6]
    if word == "recalling" and (
        not _comma_before(text, toks, c)
        or any(w[:1].isdigit() or w in _RECALLED_GOODS for w in ahead[:4])
        # "recalling him from a training camp", "recalling the envoy to Rome": summoned back
        or (ahead[:1] in (["him"], ["her"], ["them"]) and ahead[1:2] in (["from"], ["to"]))
    ):
        return False  # "is recalling 50,000 cars", "the recalling of": a product recall
    if any(
        w in _NOUN_CUES and ahead[i + 1 : i + 2] == ["that"] and not _bare_claim(ahead, i)
        for i, w in enumerate(ahead)
    ):
        return False
    head = ahead[:4]
    for stem, objects in _ACT_OBJECTS.items():
        if word.startswith(stem) and (
            any(w in objects for w in head)
            # "questioned him for hours", "cited them for speeding" (not "her":
            # "questioned her record")
            or (stem in {"quest", "cit"} and head[:1] in (["him"], ["them"]))
        ):
            return False
    if word.startswith("cit") and any(
        w in _CITED_PEOPLE and text[toks.ends[k] : toks.ends[k] + 1] not in ("'", "’")
        for k, w in enumerate(head, start=c + 1)
    ):
        return False  # "Citing three diplomats, the paper reported": its sources
    if word.startswith("endors") and not _endorsed_candidate(text, toks, c):
        return False  # "endorsed the merger": a vote or an approval, not a campaign's word
    if word.startswith("quest") and c + 1 < len(toks) and _PERSON_QUESTIONED.match(
        text, toks.starts[c + 1]
    ):
        return False  # "Sen. Ruiz questioned former CEO Mark Hale": a hearing
    if _act_reading(toks, c, word, ahead):
        return False
    if word.startswith("voic") and not any(
        w in PHRASE_CUES[word][1] or w in _VOICED_STANCES for w in ahead[:4]
    ):
        return False  # "voiced the character": an actor's part, no attitude
    if word.startswith("express") and any(
        w == "as" and toks.words[k + 2] in _MEASURE_TERMS
        for k, w in enumerate(toks.words[c + 1 : c + 8], start=c + 1)
        if k + 2 < len(toks)
    ):
        return False  # "expressed costs as a share of sales": a figure stated in terms
    return not (word.startswith("reject") and "q" in toks.kinds[c + 1 : c + 8])


def _stance_object(text: str, toks: _Tokens, c: int) -> bool:
    """``Voss opposed the levy``, ``has long opposed a cap on fares``, ``,
    opposing the plan``: a stance verb whose object is the position taken
    (decided 2026-11-30, fourth session); not the adjective or the reduced
    relative (``opposed to``, ``the plan, opposed by ...``), not ``opposing
    fans`` (no finite verb), and not armed men faced (``opposed the
    rebels``)."""
    n = len(toks)
    if toks.words[c] not in STANCE_OBJECT_FORMS or c < 1 or c + 1 >= n:
        return False
    before, after = toks.words[c - 1], toks.words[c + 1]
    if toks.words[c] == "oppose" and (before == "to" or before in AUXILIARIES):
        return False  # "to oppose", "will oppose": an intention, read as one
    if before in {"that", "which"} or toks.kinds[c + 1] != "w":
        return False  # "a group that opposed ...": a relative clause of a thing
    if (
        toks.words[c].endswith("ing")
        and before not in AUXILIARIES
        and not _comma_before(text, toks, c)
    ):
        return False  # "opposing fans", "the opposing side": no finite verb
    if (
        after in _PREPOSITIONS
        or after in _NO_OBJECT_OPENERS
        or after in _STANCE_NO_OBJECT
        or after[:1].isdigit()
    ):
        return False  # "opposed by", "opposed to", "opposed each other", "opposed 3"
    return not any(w in _STANCE_ACT_OBJECTS for w in toks.words[c + 1 : c + 5])


def _stance_object_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """The frame of ``Voss opposed the levy``: the content is the object
    noun phrase (``opposed the levy when it came to a vote`` -> ``the
    levy``); none for a speaker described inside another's attribution
    (``said Ana Holm, who opposes the plan``: the relative describes her),
    a vote or a ruling (``The board opposed the deal 7-2``, ``Shareholders
    opposed the merger``), a tally (``15 percent opposed the plan``), a
    contest (``opposed Ruiz in the runoff``: ran against him) or a negation
    (``has never opposed``, as ``has never said``)."""
    frame = _speech_act_frame(text, toks, c, quoted=False)
    if frame is None or frame.speaker is None or frame.content_tokens is None:
        return None
    words = toks.words
    first, clause_end = frame.content_tokens
    s0, s1 = frame.speaker
    if (
        words[s1] in _STANCE_BODIES
        or any(w in _TALLY_WORDS for w in words[s0 : s1 + 1])
        or any(
            w in _TALLY_WORDS or _VOTE_SCORE.fullmatch(w) is not None
            for w in words[first : clause_end + 1]
        )
    ):
        return None
    if words[s0] in {"who", "whom"} and any(
        w in SPEECH_FORMS for w in (*words[:s0], *words[clause_end + 1 :])
    ):
        return None
    if any(
        words[k] in _CONTESTS and "in" in words[max(first, k - 4) : k]
        for k in range(first + 1, clause_end + 1)
    ):
        return None  # "opposed Ruiz in the runoff", "in the final": ran, played against
    if any(w in {"not", "never"} or w.endswith(("n't", "n’t")) for w in words[s1 + 1 : c]):
        return None  # "has never opposed the levy": as "has never said", no quote
    last = clause_end
    for k in range(first + 1, clause_end + 1):
        if words[k] in _STANCE_OBJECT_STOPS:
            last = k - 1
            break
    while last > first and toks.kinds[last] == "p":
        last -= 1
    frame.content_tokens = (first, last)
    assert frame.content is not None
    frame.content = Span(frame.content.start, max(frame.content.start, toks.ends[last]))
    return frame


# bodies that vote: what they reject, oppose or endorse is a vote, an act
# on the record (each verb adds its own bodies below)
_VOTERS = frozenset(
    """senate house parliament assembly legislature council committee
    shareholders stockholders voters delegates""".split()
)
# bodies whose stance is a vote or a ruling: "The board opposed the deal",
# "Shareholders opposed the merger", "the court"
_STANCE_BODIES = _VOTERS | frozenset(
    """congress councils committees board boards directors electorate jury
    court courts tribunal panel""".split()
)

# contests in which to oppose someone is to run or play against them
_CONTESTS = frozenset(
    """race races election elections primary primaries runoff run-off contest
    final finals match bout game derby""".split()
)

# a tally, a vote or a poll counted: "15 percent opposed the plan", "by a
# wide margin", "by nine points"
_TALLY_WORDS = frozenset({"percent", "cent", "%", "points", "digits", "margin", "votes", "poll"})

# words that end the object of a stance verb: a clause of the writer's
# ("when it came to a vote", "because it fell short"), a second predicate
# or a dash's aside
_STANCE_OBJECT_STOPS = frozenset(
    """when because as after before while if since until though although
    whereas during throughout despite but — – --""".split()
)

# what follows a stance verb and opens no object ("opposed each other"), or
# opens a clause ("policies she opposed that critics say ...": the object
# stands before the verb, its relative clause after)
_STANCE_NO_OBJECT = frozenset(
    "up down away off out back into each one itself that which who whom whether".split()
)

# objects that make a stance verb an act in wire copy: armed men faced or
# armed ("villagers opposed the soldiers at the gate", "supports the
# rebels with arms"), a market or an economy held up ("demand supported
# prices", "the rate cut supported the recovery", "supports 2,000 jobs")
_STANCE_ACT_OBJECTS = frozenset(
    """rebels rebel militia militias fighters insurgents guerrillas separatists
    troops forces army soldiers police prices price recovery growth economy
    economies currency dollar euro yen shares stocks equities bonds markets
    market jobs demand earnings profits""".split()
)


def _fronted_participle_subject(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """``Citing health reasons, Hale resigned.``, ``Praising the crews, Gov.
    Ann Ruiz said ...``: a participle of judgement opening the sentence
    belongs to the subject right after its phrase's comma (Reuters and AP
    front ``Citing`` as they write ``Hale, citing ..., resigned``)."""
    comma = next(
        (k for k in range(c + 2, min(len(toks), c + 14)) if toks.words[k] in {",", ";", ":"}),
        None,
    )
    if comma is None or toks.words[comma] != "," or "q" in toks.kinds[c + 1 : comma]:
        return None
    subject = _sentence_subject(text, toks, len(toks))
    return subject if subject is not None and subject[0] == comma + 1 else None


def _possessive_company(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """``Moody's``, ``McDonald's`` as the whole subject, a verb in the past
    right after it: a company whose name ends in 's, not a possessive."""
    after = toks.words[speaker[1] + 1] if speaker[1] + 1 < len(toks) else ""
    return (
        speaker[0] == speaker[1]
        and _capitalized(text, toks, speaker[0])
        and len(toks.words[speaker[0]]) > 4
        and (is_past_verb(after) or after in _IRREGULAR_ACTS)
    )


def _one_word_object(text: str, toks: _Tokens, k: int) -> bool:
    """A name (``praised Ruiz``) or a plural of people or things
    (``criticized prosecutors``) standing alone as a judgement's object."""
    word = toks.words[k]
    if toks.kinds[k] != "w" or word in _NOT_A_SPEECH_ACT or word in _NO_OBJECT_OPENERS:
        return False
    if word in OBJECT_PRONOUNS or word in _REFLEXIVES:
        return False
    if k + 2 < len(toks) and toks.words[k + 1] == "," and _capitalized(text, toks, k + 2):
        return False  # "criticized Tulsa, Okla., police officer ...": cut at a place's comma
    return _capitalized(text, toks, k) or (
        len(word) > 4 and looks_plural(word) and not word.endswith("ss")
    )


_PORTRAYAL_FORMS = frozenset(
    "portray portrays portrayed portraying cast casts casting framed".split()
)
# what is cast, not portrayed: "cast a ballot", "cast doubt on", "cast a
# shadow", "cast a spell"
_CAST_OBJECTS = frozenset(
    "ballot ballots vote votes doubt doubts shadow shadows spell net eye eyes glance light".split()
)


def _portrayed_as(toks: _Tokens, c: int) -> bool:
    """``cast himself as an outsider``, ``portrayed the developer as a
    bully``: an object, then ``as`` (not ``so as``, ``such as``) in the
    clause; the object of a casting not a vote, a doubt or a spell."""
    for k in range(c + 1, min(len(toks), c + 12)):
        word = toks.words[k]
        if word in _CAST_OBJECTS:
            return False
        if word == "as" and k > c + 1:
            return toks.words[k - 1] not in {"so", "such", "well", "just"}
        if toks.kinds[k] != "w":
            return False
    return False


def _bare_claim(ahead: list[str], i: int) -> bool:
    """``rejected claims that ...``, ``denounced the accusations that ...``:
    a claim of nobody named, right after the verb, is what the subject
    judged (not ``rejected Ortiz's claim that ...``, whose claim is Ortiz's
    attribution)."""
    return i == 0 or (i == 1 and ahead[0] in {"the", "any", "all", "such"})


def _act_reading(toks: _Tokens, c: int, word: str, ahead: list[str]) -> bool:
    """Acts that a judgement verb names with other objects than those of
    ``_ACT_OBJECTS``: a vote (``Voters rejected the levy by a wide
    margin``, ``Parliament rejected the deal``), a hearing
    (``questioned her about ...``, ``questioned the nominee for four
    hours``), a ticket (``cited the airline for 14 violations``), a
    contest (``blasted the Knicks 121-90``, ``slammed a two-run homer``,
    ``defended their home court``), ``hails from`` (origin) and ``hailed a
    cab``."""
    first = ahead[:1]
    if word.startswith("reject"):
        k = c - 1
        while k > 0 and (toks.words[k] in _AUXILIARIES or toks.words[k].endswith("ly")):
            k -= 1
        if k >= 0 and toks.words[k] in _VOTING_BODIES and toks.words[k - 1 : k] != ["white"]:
            return True  # "Shareholders rejected the pay package"
        return _vote_tally(toks, c)
    if word.startswith(("blast", "slam")):
        return (first != [] and first[0] in _CONTEST_PREPOSITIONS) or _vote_tally(toks, c)
    if word.startswith("hail"):
        return first == ["from"]  # "hails from Oklahoma"
    if word.startswith(("rip", "hammer", "knock")):
        # "ripped away", "hammered out a deal", "knocked it out of the park"
        return any(w in _ACT_PARTICLES for w in ahead[:3])
    if word.startswith("defend"):
        return any(w in {"home", "unbeaten", "undefeated"} for w in ahead[:3])
    if word.startswith("quest"):
        for i, w in enumerate(ahead[:5]):
            if w == "about" and i and ahead[i - 1] in _QUESTIONED_PERSONS:
                return True  # "questioned her about her whereabouts"
            if w == "for" and ahead[i + 1 : i + 2] and (
                ahead[i + 1] in _DURATION_OPENERS or ahead[i + 1][:1].isdigit()
            ):
                return True  # "questioned the nominee for nearly four hours"
        return False
    if word.startswith("cit"):
        wider = toks.words[c + 1 : c + 8]
        for i, w in enumerate(wider[:6]):
            if w == "for" and wider[i + 1 : i + 2]:
                nxt = wider[i + 1]
                return (
                    nxt[:1].isdigit()
                    or nxt.startswith("violat")
                    or nxt in {"speeding", "failing", "failure", "reckless", "careless"}
                )
    return False


def _vote_tally(toks: _Tokens, c: int) -> bool:
    """``31-17``, ``by 230 votes``, ``by a 2-1 margin``, ``on a party-line
    vote`` in the clause after the verb (not ``the 5-4 ruling``)."""
    for k in range(c + 2, min(len(toks), c + 14)):
        w = toks.words[k]
        if w in {",", ";", ":", "and", "but"} or toks.kinds[k] == "q":
            return False
        if w in {"votes", "margin"} or (w == "vote" and "on" in toks.words[k - 4 : k]):
            return True
        if _TALLY.match(w) and toks.words[k - 1] not in _TALLY_DETERMINERS:
            return True
    return False


_TALLY = re.compile(r"\d+-(?:to-)?\d+$")
_TALLY_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "by"})
_AUXILIARIES = frozenset({"has", "have", "had", "also", "again", "quickly", "then"})
#: bodies whose rejection is a vote (not ``the White House``); a judge's or
#: a court's ``rejected a request`` stays a report (PolNeAR annotates it)
_VOTING_BODIES = _VOTERS | frozenset({"lawmakers", "legislators", "members"})
_CONTEST_PREPOSITIONS = frozenset({"past", "through", "into", "home"})
_ACT_PARTICLES = frozenset("away off out up apart down over home open back".split())
_QUESTIONED_PERSONS = frozenset(
    """her him them me us nominee nominees chair chairman chairwoman detective
    detectives officer officers witness witnesses defendant defendants suspect
    suspects agent agents""".split()
)
_DURATION_OPENERS = frozenset(
    """nearly more about almost over hours hour an two three four five six seven
    eight nine ten several""".split()
)


def _reduced_relative(text: str, toks: _Tokens, speaker: tuple[int, int], c: int) -> bool:
    """``Patients referred to specialists waited 20 weeks``, ``Cases referred
    to the tribunal rose``: a bare plural noun, a past participle on it and
    the clause's own verb after the object; no one speaks."""
    head = toks.words[speaker[1]]
    if (
        speaker[0] != speaker[1]
        or head in SUBJECT_PRONOUNS
        or (speaker[0] > 0 and _capitalized(text, toks, speaker[0]))
        or not head.endswith("s")
    ):
        return False
    for k in range(c + 3, len(toks)):
        word = toks.words[k]
        if word in {",", ";", ":", "that", "who", "which", "as"}:
            return False
        if word in _FINITE_AFTER or is_past_verb(word) or word in PAST_ONLY:
            return True
    return False


_FINITE_AFTER = frozenset("is are was were has have had will would can could may".split())


_CONTENT_DASHES = frozenset({"-", "--", "—", "–", "―"})

# whom a campaign endorsement names: "endorsed him", "endorsed a candidate"
_ENDORSED_PEOPLE = frozenset(
    """him her them anyone anybody nobody either neither candidate candidates
    nominee""".split()
)
# bodies whose endorsement is a vote: "The board endorsed Ruiz as chief"
_ENDORSING_BODIES = _VOTERS | frozenset(
    """board boards investors committees councils panel cabinet court members
    commission regulators""".split()
)


def _endorsed_candidate(text: str, toks: _Tokens, c: int) -> bool:
    """``endorsed Holt``, ``endorsed him``, ``has not endorsed a candidate``:
    a campaign endorsement names a person; ``endorsed the merger``,
    ``endorsed the budget 7-2`` are approvals or votes."""
    k = c + 1
    if k < len(toks) and toks.words[k] in {"a", "an", "the", "any", "another"}:
        k += 1
    if k >= len(toks) or toks.kinds[k] != "w":
        return False
    return toks.words[k] in _ENDORSED_PEOPLE or (
        toks.words[k - 1] not in {"a", "an", "the", "any", "another"}
        and _capitalized(text, toks, k)
    )


# what a gesture points to: "pointed to the sky", "the witness pointed to
# the defendant"
_POINTED_AT = frozenset(
    """sky skies ceiling door doors exit floor ground wall window windows map
    screen crowd audience stage defendant defendants accused""".split()
)

# heads of measures and signs, which show but do not speak: "Futures
# pointed to a higher open", "The data point to a slowdown", "All signs
# point to a deal"
_MEASURE_HEADS = frozenset(
    """data figures numbers statistics stats indicators indices index trends
    results readings signs sign evidence futures prices price markets market
    shares stocks bonds yields curve gauge gauges""".split()
)

# a named person as the object, not a possessive ("questioned Hale on
# Tuesday", not "questioned Hale's figures")
_PERSON_QUESTIONED = re.compile(
    r"(?:former\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*(?![\w'’-])(?!\s+[A-Z])"
)


def _clause_between(toks: _Tokens, start: int, stop: int) -> bool:
    """Whether an inverted attribution (``, said X``) or a second clause
    of the subject's own (``fell after the company cut ...``, before any
    cue) stands between ``start`` and ``stop``."""
    cue_seen = False
    for t in range(start, stop):
        word = toks.words[t]
        if word in CUE_FORMS:
            if toks.words[t - 1] == ",":
                return True  # ", said Ana Holm, founder of ..., citing"
            cue_seen = True  # "Analysts said the port ..., citing": a report
        elif word in _SECOND_CLAUSE_OPENERS and not cue_seen:
            return True
    return False


#: Words that open a second clause between a sentence's subject and a
#: participle of judgement (``fell after the company cut ..., citing``)
_SECOND_CLAUSE_OPENERS = frozenset(
    "after when as because while since before although though".split()
)

#: Objects that make a judgement verb an act, not a report, by its stem:
#: a court's or a vote's ("rejected the appeal", "the Senate rejected the
#: bill"), a contest's or an army's ("defended her title", "defended the
#: town"), a police interview or ticket ("questioned the suspect", "cited
#: the driver for speeding")
_ACT_OBJECTS: dict[str, frozenset[str]] = {
    "reject": frozenset(
        """appeal appeals bill bills measure measures motion motions petition
        petitions amendment amendments bid bids application applications lawsuit
        lawsuits suit case cases plea pleas nomination nominations verdict
        referendum""".split()
    ),
    "defend": frozenset(
        """title titles crown championship belt lead town city border borders
        capital territory base bases goal net champion champions ranking
        rankings""".split()
    ),
    # a contest's ("slammed a two-run homer") and "slammed the brakes on"
    "blast": frozenset("homer homers run runs goal goals brakes".split()),
    "slam": frozenset("homer homers run runs goal goals brakes".split()),
    "hail": frozenset("cab cabs taxi taxis".split()),
    "trash": frozenset("room rooms hotel house home car cars place office apartment".split()),
    "quest": frozenset(
        """suspect suspects driver drivers man men woman women motorist
        motorists witness witnesses teen teens teenager teenagers boy boys girl
        girls passenger passengers detainee detainees""".split()
    ),
}
# "Reuters reported, citing sources familiar with ...": whom a report rests
# on is its source, not what was said
_ACT_OBJECTS["cit"] = _ACT_OBJECTS["quest"] | frozenset(
    """sources source officials unnamed anonymous people person insiders familiar
    police witnesses residents authorities outlets""".split()
)
# more people a report rests on ("Citing three diplomats, the paper
# reported"), but not as a possessive ("cited the analysts' forecasts")
_CITED_PEOPLE = frozenset(
    """diplomats diplomat aides aide executives analysts experts investigators
    negotiators advisers advisors staffers employees spokesman spokeswoman
    spokesperson spokespeople""".split()
)


def _after_inverted_cue(toks: _Tokens, c: int) -> bool:
    """``..., a judge ruled on Tuesday, rejecting ...``: the participle
    follows an aside that holds a cue (an inverted attribution), whose
    speaker, not the sentence's subject, did the act."""
    if c < 2 or toks.words[c - 1] != ",":
        return False
    for k in range(c - 2, max(-1, c - 10), -1):
        word = toks.words[k]
        if word == ",":
            return any(
                toks.words[t] in CUE_FORMS or toks.words[t] in STANCE_VERB_FORMS
                for t in range(k + 1, c - 1)
            )
    return False


def _inverted_cue_speaker(
    text: str, toks: _Tokens, c: int, subject_end: int
) -> tuple[int, int] | None:
    """The speaker of ``“...,” Zentrix said [in a statement], referring ...``
    when a quotation stands between the sentence's subject (ending at
    ``subject_end``) and the participle at ``c``; else None."""
    if c < 4 or toks.words[c - 1] != ",":
        return None
    for k in range(c - 2, max(subject_end + 2, c - 7), -1):
        if toks.kinds[k] != "w" or toks.words[k] == ",":
            return None
        if toks.words[k] in CUE_FORMS and toks.kinds[k - 1] == "w":
            between = toks.words[k + 1 : c - 1]
            if between and (
                (between[0] not in {"in", "on", "at"} and toks.words[k] not in {"told", "tells"})
                or not all(w.isalpha() for w in between)
            ):
                return None  # only a forum, a time or a listener: "in a statement"
            speaker = _speaker_left(text, toks, k - 1, 0)
            if (
                speaker is None
                or speaker[0] <= subject_end + 1
                or toks.kinds[speaker[0] - 1] != "q"
                or "q" not in toks.kinds[subject_end + 1 : speaker[0]]
            ):
                return None
            return speaker
    return None


def _as_before_quotation(toks: _Tokens, c: int) -> bool:
    """``rejected the accusations as “baseless”``: ``as`` between the verb
    and the first quotation after it, within its clause."""
    for k in range(c + 1, min(len(toks), c + 12)):
        if toks.kinds[k] == "q":
            return False
        if toks.words[k] == "as":
            return k + 1 < len(toks) and "q" in toks.kinds[k + 1 : k + 5]
        if toks.words[k] in {",", ";", ":"}:
            return False
    return False


def _called_event(toks: _Tokens, c: int) -> bool:
    """``called a boycott``, ``called another day of strikes``, ``called two
    more strikes for May``: the object is an event called, with no second
    noun phrase after it (not ``called the strike a betrayal``)."""
    words = toks.words
    if words[c + 1 : c + 3] == ["time", "on"]:
        return True  # "called time on their romance": ended it (British idiom)
    for k in range(c + 1, min(len(toks), c + 8)):
        if (words[k] in _CALLED_EVENTS or words[k][:-1] in _CALLED_EVENTS) and words[k - 1] not in {
            "to",
            "upon",
            "on",
            "for",
        }:
            return not any(w in {"a", "an"} for w in words[k + 1 :])
        if toks.kinds[k] != "w" or words[k] in {"to", "upon", "on", "for"}:
            return False  # "called on the board to ...", "called for": requests
    return False


_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
# the day or an adverb between "called" and "for": "called Wednesday for",
# "called on Friday for", "called again for"
_BEFORE_CALL_FOR = _WEEKDAYS | frozenset(
    """on today yesterday again also repeatedly publicly instead previously
    recently already""".split()
)


def _dated_call_for(toks: _Tokens, c: int) -> int | None:
    """``called Wednesday for an inquiry``: the index of ``for`` after one
    or two words of time or manner (one of them a weekday or an adverb, not
    ``on`` alone: ``called on X to`` is a request frame's), else None."""
    words = toks.words
    for k in (c + 2, c + 3):
        if k >= len(toks) or words[k] != "for":
            continue
        between = words[c + 1 : k]
        if all(w in _BEFORE_CALL_FOR for w in between) and between != ["on"]:
            return k
    return None


# what is summoned by a call for it: "called for an ambulance", "called for
# backup"
_SUMMONED = frozenset(
    """ambulance ambulances help backup stretcher medic medics paramedics
    doctor taxi cab reinforcements""".split()
)
# "calling it a day", "calling it a night", "calling it a career": an end
_CALL_IT_ENDS = frozenset("day night career season week".split())


def _idiom_call(toks: _Tokens, c: int) -> bool:
    """``calling it a day``: stopping, not naming."""
    words = toks.words[c + 1 : c + 4]
    return len(words) == 3 and words[0] == "it" and words[1] == "a" and words[2] in _CALL_IT_ENDS


_SELF_DESCRIBING = frozenset(
    "call calls called calling describe describes described describing".split()
)
# what follows a reflexive that is no self-description: "called himself in
# sick", "described herself to police as ..." stays a description
_AFTER_A_REFLEXIVE_ACT = frozenset("in out up off back into over down on".split())


def _self_description(text: str, toks: _Tokens, c: int) -> bool:
    """``calls himself a democratic socialist``, ``described herself as a
    moderate``, ``called themselves very conservative``: the speaker's own
    account of what they are (a judgement, as ``called the plan a
    disaster``); not a name (``a group that calls itself Harbor Watch``,
    ``a man calling himself Tom Reyes``) and not ``described itself in a
    filing``: describe needs ``as``, call a complement that is no bare
    name."""
    word = toks.words[c]
    if word not in _SELF_DESCRIBING or c + 2 >= len(toks):
        return False
    k = c + 2
    nxt = toks.words[k]
    if word.startswith("describ"):
        return nxt == "as"
    if nxt == "as":
        k += 1
        if k >= len(toks):
            return False
        nxt = toks.words[k]
    if toks.kinds[k] == "q":
        return True  # "calls himself “a fighter”"
    # "calls itself Harbor Watch": a name
    return not (
        toks.kinds[k] != "w" or nxt in _AFTER_A_REFLEXIVE_ACT or _capitalized(text, toks, k)
    )


# what one calls by calling it: "called a strike", "called for a recount"
# is a request, but "called a boycott" an act; and a race called for its
# winner, AP's race call ("AP called the race at 1:15 a.m."); a witness
# called to the stand ("called two witnesses", "called X as a witness")
_CALLED_EVENTS = frozenset(
    """boycott strike meeting election vote halt truce ceasefire cease-fire
    referendum recess session summit rally protest timeout conference
    walkout race contest runoff primary witness witnesses""".split()
)


def _past_form(word: str) -> bool:
    return is_past_verb(word) or word in PAST_ONLY or word in OBJECT_ACT_FORMS


def _object_of_first_verb(toks: _Tokens, span: tuple[int, int]) -> bool:
    """Whether ``span``, found as the subject before ``and`` + a second
    verb, holds a past verb or follows one in its clause within ten words
    (no comma or relative between): the first verb's object, not the
    subject both verbs share."""
    if any(_past_form(toks.words[k]) for k in range(span[0], span[1] + 1)):
        return True
    for k in range(span[0] - 1, max(-1, span[0] - 11), -1):
        word = toks.words[k]
        if word in {",", ";", ":", "that", "who", "which"} or toks.kinds[k] != "w":
            return False
        if _past_form(word):
            return True
    return False


def _speech_act_frame(
    text: str,
    toks: _Tokens,
    c: int,
    *,
    quoted: bool,
    first: int | None = None,
    for_wh: bool = False,
) -> _Frame | None:
    """``Ortiz called the plan a disaster``, ``accused the mayor of lying``,
    ``urged voters to stay home``: a speech act whose object carries what was
    said. The speaker must open its clause (``a group called X`` names, it
    does not report), and the content runs to the end of the clause."""
    be = c - 2 if c >= 2 and toks.words[c - 1].endswith("ly") else c - 1
    if be >= 0 and toks.words[be] in _PASSIVE_BE and not toks.words[c].endswith("ing"):
        return None  # "the plan was called Plan B", "is widely described as": a name
    after = toks.words[c + 1] if c + 1 < len(toks) else ""
    # "criticized the levy", "opposed the levy": report
    object_act = _object_act(text, toks, c) or _stance_object(text, toks, c)
    if (
        toks.words[c].startswith("dismiss")
        and not object_act
        and "q" not in toks.kinds[c + 1 :]
        and "as" not in toks.words[c + 1 : c + 9]
    ):
        return None  # "dismissed the criticism": a topic; "dismissed it as a stunt" reports
    if (
        toks.words[c].startswith("blam")
        and "q" not in toks.kinds[c + 1 :]
        and not any(w in {"as", "for", "on"} for w in toks.words[c + 1 :])
    ):
        # "The board blamed the bolts.": the object alone names a cause;
        # "blamed X for Y", "blamed it on Y" report (PolNeAR counts
        # "described the scene", so that stays)
        return None
    if (
        toks.words[c].startswith(("reject", "remember"))
        and not object_act
        and not _as_before_quotation(toks, c)
    ):
        return None  # "rejected the “skinny repeal” bill": a vote; "rejected X as “...”" reports
    if toks.words[c].startswith("hail") and after == "from":
        return None  # "hails from Oklahoma": where one comes from
    if toks.words[c] in _PORTRAYAL_FORMS and not _portrayed_as(toks, c):
        return None  # "cast a ballot", "framed the photo": no portrayal
    if (
        after in _REFLEXIVES
        and toks.words[c] not in _PORTRAYAL_FORMS
        and not _self_description(text, toks, c)
    ) or (
        toks.words[c] in {"call", "calls", "called", "calling"}
        and "q" not in toks.kinds[c + 1 :]
        and _called_event(toks, c)
    ):
        return None  # "a group that calls itself X", "called a boycott": a name, an act
    speaker = _tagged_subject_before(text, toks, c, plural_ok=True)
    if (
        speaker is not None
        and toks.words[c].endswith("ing")
        and _skip_back(text, toks, c - 1) == speaker[1]
    ):
        # "The pair issued a joint statement calling the talks “a start”":
        # the ones who issued it
        speaker = _issuer(text, toks, speaker) or speaker
    j = _skip_back(text, toks, c - 1)
    if (
        speaker is None
        and j >= 0
        and toks.words[j] == "it"
        and (
            quoted
            or j == 0
            # ", which it called “unjustified”": the relative names its words
            or (j >= 1 and toks.words[j - 1] in {"which", "whom"} and "q" in toks.kinds[c + 1 :])
        )
    ):
        # "what it calls “the biggest attack”": an organisation's words; "It
        # urged directors to act" after "The letter said ...": the subject
        speaker = (j, j)
    participle = speaker is None and c >= 2 and toks.words[c].endswith("ing")
    if participle and (_comma_before(text, toks, c) or (c >= 3 and toks.words[c - 1] == "by")):
        # "Lee went after Vance, calling him “a stiff”", "Voigt responded by
        # accusing Rourke of ...": the sentence's subject
        speaker = _sentence_subject(text, toks, c)
        if object_act and _after_inverted_cue(toks, c):
            # "The carrier must face the suit, a judge ruled, rejecting its
            # bid": the sentence's subject did not reject it
            return None
        if (
            object_act
            and speaker is not None
            and (
                _clause_between(toks, speaker[1] + 1, c)
                # "Mexico's central bank cut its rate, citing ...": a subject
                # cut at its possessive is no speaker; but "Moody's cut the
                # outlook, citing ...": a company's name in 's before its verb
                or (
                    toks.words[speaker[1]].endswith(("'s", "’s"))
                    and not _possessive_company(text, toks, speaker)
                )
            )
        ):
            # "Shares of Brixel fell after the software maker cut its
            # forecast, citing ...", "Prices will stay firm, said X, a
            # founder of Y, citing ...": another clause's subject or an
            # inverted speaker stands between; the act is not the subject's
            return None
        if (
            speaker is None
            and c >= 4
            and toks.words[c - 1] == ","
            and toks.words[c - 2] in CUE_FORMS
            and toks.kinds[c - 3] == "w"
            and any(toks.kinds[t] == "q" for t in range(c - 3))
        ):
            # '“We oppose this,” Mao said, urging Washington to “stop ...”':
            # after a quotation the speaker of the cue before the comma
            speaker = _speaker_left(text, toks, c - 3, 0)
            if speaker is not None and toks.kinds[speaker[0] - 1 : speaker[0]] != ["q"]:
                speaker = None
        elif speaker is not None:
            # 'The ruling “sets a precedent,” Zentrix said in a statement,
            # referring to ...': the subject before the quotation is the
            # quoted clause's; the participle is the inverted cue's speaker's
            inverted = _inverted_cue_speaker(text, toks, c, speaker[1])
            if inverted is not None:
                speaker = inverted
    elif speaker is None and c == 0 and object_act and toks.words[c].endswith("ing"):
        speaker = _fronted_participle_subject(text, toks, c)
    elif speaker is None and j >= 1 and toks.words[j] == ",":
        # "Moore, an adviser, called", "Osk, the finance minister, has accused"
        speaker = _appositive_speaker(text, toks, j)
        if speaker is not None and not _source_like(text, toks, speaker):
            speaker = None
    elif (
        speaker is None
        and c >= 2
        and toks.words[c - 1] in {"and", "but"}
        # words of the speaker, not only a topic; or a request: "toured the
        # area and urged residents to leave"; or a claim in the act's object
        # ("said the ad was false and accused Voss of lying")
        and (
            "q" in toks.kinds[c + 1 :]
            or first is not None
            or object_act
            or _claim_object(toks, c)
            # "criticized the deals and called for tariffs": a request
            or (toks.words[c] in _CALL_FORMS and toks.words[c + 1 : c + 2] == ["for"])
        )
    ):
        # "Lee took the stage and called the system “rotten”"
        speaker = _clause_subject(text, toks, c - 1)
        if speaker is not None and _object_of_first_verb(toks, speaker):
            # "Ruiz has criticized pacts such as the Harbour Trade Accord
            # and called for new port fees": the first verb's object (or a
            # span across it) is no subject; the sentence's subject calls
            speaker = _sentence_subject(text, toks, c - 1) or speaker
        if (
            speaker is not None
            and speaker[0] >= 1
            and toks.words[speaker[0] - 1] == ","
            and toks.words[speaker[0]].endswith("ing")
        ):
            # "said it would cancel 300 flights, affecting 50,000 passengers,
            # and called on ...": the writer's participle phrase is no subject
            speaker = None
        speaker = speaker or _sentence_subject(text, toks, c - 1)
        if speaker is not None and speaker[1] + 2 < c and toks.words[speaker[1] + 1] == "(":
            # "Mr Jamus Lim (Sengkang GRC) said ..., but urged ...": the
            # bracket after the name is part of the mention as before "said"
            close = next(
                (t for t in range(speaker[1] + 2, min(c, speaker[1] + 9)) if toks.words[t] == ")"),
                None,
            )
            if close is not None and _speaker_left(text, toks, close, 0) == (speaker[0], close):
                speaker = (speaker[0], close)
    if speaker is None:
        return None
    if (
        toks.words[c].startswith("endors")
        and toks.words[speaker[0]] in {"who", "whom"}
        and any(w in SPEECH_FORMS for w in toks.words[: speaker[0]])
    ):
        # '"...," said Rep. Ana Holm, who has endorsed Pruitt': the relative
        # describes the speaker just quoted, as "who opposes" does
        return None
    if toks.words[c].startswith(("endors", "rebuk")) and any(
        w in _ENDORSING_BODIES for w in toks.words[speaker[0] : speaker[1] + 1]
    ):
        # "The board endorsed Ruiz as chief executive", "Voters rebuked the
        # governor": a vote
        return None
    if (toks.words[c] in PREPOSITIONAL_ACT_FORMS or toks.words[c] in NEW_OBJECT_ACT_FORMS) and (
        not _source_like(text, toks, speaker)
        # "Oil prices rose, pointing to ...": the subject may have been cut
        # before a head read as a verb
        or any(w in _MEASURE_HEADS for w in toks.words[speaker[0] : speaker[1] + 2])
    ):
        return None  # "Futures pointed to a higher open", "All signs point to": no source
    if (
        toks.words[c] in PREPOSITIONAL_ACT_FORMS
        and toks.words[c].endswith("ed")
        and _reduced_relative(text, toks, speaker, c)
    ):
        return None  # "Patients referred to specialists waited ...": a participle
    opener = speaker[0] - 1
    if opener >= 0 and toks.words[opener] in {"what", "how"}:
        return _what_frame(text, toks, c, speaker, Span(toks.starts[c], toks.ends[c]))
    if (
        opener >= 1
        and speaker[1] + 1 == c
        and (is_past_verb(toks.words[opener]) or toks.words[opener] in PAST_ONLY)
        and "and" in toks.words[speaker[0] : speaker[1]]
    ):
        # "Investors cheered the results and analysts praised the cost cuts":
        # the object of the first clause is no part of the second's subject
        a = max(t for t in range(speaker[0], speaker[1]) if toks.words[t] == "and")
        second = (a + 1, speaker[1])
        if _source_like(text, toks, second):
            speaker, opener = second, a
    relative_quote = (  # ", which he called “a cartel”": the pronoun's own words
        opener >= 0
        and (
            toks.words[opener] in {"which", "whom"}
            # "a decision Mayor Halvorsen called “overdue”": no "which" written
            or (toks.words[opener] in _THING_NOUNS and _capitalized(text, toks, speaker[0]))
        )
        # "which he called", "which Ana Holm called", "which the mayor called"
        and (toks.words[speaker[0]] in SUBJECT_PRONOUNS or _source_like(text, toks, speaker))
        and "q" in toks.kinds[c + 1 :]
    )
    if (
        opener >= 0
        and toks.kinds[opener] == "w"
        and toks.words[opener] not in {"and", "but"}
        and toks.words[opener] not in _LEADING_SUBORDINATORS
        # "a home where her father referred to ...": a clause of its own
        and not (toks.words[opener] == "where" and toks.words[c] in PREPOSITIONAL_ACT_FORMS)
        and not (toks.words[opener] == "with" and toks.words[c].endswith("ing"))
        # "released a statement calling Kolb “a fraud”": the document speaks
        and not (toks.words[c].endswith("ing") and toks.words[c - 1] in DOCUMENT_HEADS)
        and speaker[1] + 1 == c  # not when the subject was found further left
        and not relative_quote
        # "In an interview with a radio network he blasted ...": a subject pronoun
        # is the subject of its clause whatever stands before it
        and not (speaker[0] == speaker[1] and toks.words[speaker[0]] in _PERSONAL_SUBJECTS)
    ):
        return None  # the phrase is not the subject of its clause ("a group called X")
    if (
        toks.words[speaker[0]] in {"a", "an"}
        and toks.words[c] in {"called", "dubbed", "named", "labeled", "labelled"}
        and "q" not in toks.kinds[c + 1 :]
    ):
        return None  # ", a group called the Harbour Five,": a name, not a speech act
    request = first is not None
    first = c + 1 if first is None else first
    if object_act and toks.words[c] in PREPOSITIONAL_ACT_FORMS:
        first = c + 2  # "pointed to the figures": the object after "to"
    if object_act and toks.words[c].startswith(("express", "voic")):
        first = _expressed_topic(toks, c)
    n = len(toks)
    if first >= n or toks.kinds[first] == "p":
        return None
    if (
        toks.words[first] in _NOT_A_SPEECH_ACT
        and not request
        # "cited a survey", "praised a decision": a judgement's object may be
        # indefinite ("slammed into a wall" stays no report)
        and not (object_act and toks.words[first] in {"a", "an"})
        # but "called a proposal “cruel”": an indefinite object, then the
        # speaker's quoted words about it
        and not (
            toks.words[first] in {"a", "an"}
            and first + 2 < n
            and _quoted_after_indefinite(toks, first)
        )
    ):
        return None  # "called a strike", "called off the talks": acts, not speech
    if (
        object_act
        and not for_wh
        and toks.words[first] == "what"
        and first + 2 < n
        and toks.words[first + 1] in SUBJECT_PRONOUNS
        and (toks.words[first + 2] in CUE_FORMS or toks.words[first + 2] in SPEECH_ACT_FORMS)
    ):
        return None  # "condemned what she called ...": the wh-clause's frame reports it
    last = _last_content_token(toks, first, n - 1)
    # "has asked leaders to disavow Voss and has repeatedly called him ...":
    # the cue's own next act ends what was asked
    last = _before_the_cue_s_second_verb(toks, c, first, last)
    aside_end = -1
    for k in range(first, last + 1):
        if k <= aside_end:
            continue
        if (
            object_act
            and toks.words[k] == ","
            and first < k < last - 1
            and toks.words[k + 1] in {"and", "but"}
            and is_past_verb(toks.words[k + 2])
        ):
            last = k - 1  # "praised the plan, and won 77 percent": the next act
            break
        if (
            object_act
            and toks.words[k] in _CONTENT_DASHES
            and first < k < last
            and toks.kinds[k + 1] != "q"  # "his record—“the longest ...”": his words
            # a dash set off by a space, or a long one; not a hyphen ("a ‘D-’")
            and (
                text[toks.starts[k] - 1].isspace()
                or text[toks.ends[k] : toks.ends[k] + 1].isspace()
                or toks.words[k] in {"—", "―", "--"}
            )
        ):
            # "thanked Ruiz for backing the bill - a plan to ...": the dash
            # opens the writer's gloss
            last = k - 1
            break
        if toks.words[k] == "," and k > first and _list_to_the_end(toks, k, last):
            break  # "called for cooperation in energy, the digital economy and farming"
        if toks.words[k] == "," and k > first:
            # "accused Hale, who ran the fund, of lying": the aside, then "of";
            # "accused her challenger, former Speaker Ron Tuttle, of ..."
            aside_end = _aside_before_complement(toks, c, k, last)
            if aside_end < 0:
                aside_end = _object_appositive(toks, c, k, last)
            if aside_end > k:
                continue
            if toks.words[k - 1] == "as" and k + 1 <= last and toks.kinds[k + 1] == "q":
                # "described Hale as, “a little reckless, and late”": the
                # quotation after "as," is the judgement, commas and all
                aside_end = next(
                    (t for t in range(k + 2, last + 1) if toks.kinds[t] == "q"), last
                )
                continue
        if toks.words[k] in {",", ";"} and k > first:
            last = k - 1  # the clause ends at the next comma
            break
        if (
            toks.words[k] in {"and", "but"}
            and k > first
            and k < last
            and (
                toks.words[k + 1] in PARTICIPLE_CUES
                or toks.words[k + 1] in CUE_FORMS
                # "chides the ferry board and praises the pilots": a second judgement
                or toks.words[k + 1] in OBJECT_ACT_FORMS
            )
        ):
            last = k - 1  # "calling it “unfair” and asserting that ...": the next act
            break
        if (
            object_act
            and toks.words[k] in {"and", "but"}
            and first < k < last
            and (
                is_past_verb(toks.words[k + 1])
                or toks.words[k + 1] in PAST_ONLY
                # "referred to the levy but was careful not to ...": the next act
                or toks.words[k + 1] in _FINITE_AFTER
            )
        ):
            last = k - 1  # "praised the crews but stopped short of ...": the next act
            break
        if (
            object_act
            and toks.words[k] in {"and", "but"}
            and first < k < last - 2
            and toks.words[first] not in _WH_WORDS
            and toks.words[k + 1] in _CLAUSE_SUBJECT_OPENERS
            and any(
                toks.words[t] in _FINITE_AFTER or toks.words[t] in {"did", "does", "do"}
                for t in range(k + 2, min(last, k + 5) + 1)
            )
            and all(toks.kinds[t] == "w" for t in range(k + 1, min(last, k + 5) + 1))
        ):
            # "talked about Zika and his campaign did not respond": a second
            # clause with its own subject and verb, the writer's
            last = k - 1
            break
        if (
            toks.words[k] == "and"
            and first < k < last
            and speaker[0] >= 1
            and toks.words[speaker[0] - 1] == "with"
            and _second_absolute(text, toks, k, last)
        ):
            # "with Sen. Obi defending his votes and challenger Dale Kim
            # struggling to ...": the writer's second absolute phrase
            last = k - 1
            break
        if (
            object_act
            and k > first
            and _writers_clause_after_object(toks, k, last)
            and "q" not in toks.kinds[first:k]
        ):
            last = k - 1  # "praised the ruling while Republicans condemned it"
            break
        if toks.kinds[k] == "q" and k + 1 <= last and _comma_before(text, toks, k + 1):
            last = k  # "calls Ortiz a “sociopath,” said ...": the comma inside the marks
            break
    if object_act and toks.words[c].startswith(("express", "voic")):
        # "expressed misgivings about Ruiz because of ...": the writer's reason
        last = next(
            (k - 1 for k in range(first + 1, last + 1) if toks.words[k] in _STANCE_OBJECT_STOPS),
            last,
        )
    if object_act and toks.words[c].startswith("discuss"):
        # "discussed the levy with the mayor": the partner in the talk is no
        # part of what was talked about, as the listener of "told" is not
        last = next((k - 1 for k in range(first + 1, last + 1) if toks.words[k] == "with"), last)
    while last >= first and toks.kinds[last] == "p":
        last -= 1
    if not request and toks.words[c] in _PHONE_CALL_FORMS and _phoned(text, toks, first, last):
        return None  # "Holt called Quint to congratulate her": a telephone call
    if (
        last - first + 1 < _MIN_CONTENT_WORDS
        and toks.kinds[first] != "q"
        and toks.words[c] not in STANCE_OBJECT_FORMS  # "Voss opposes abortion"
        # "Park criticized prosecutors", "praised Ruiz": a judgement's object
        # of one word, a name or a plural, is what was judged
        and not (object_act and last == first and _one_word_object(text, toks, first))
    ):
        return None  # but "which he called “a cartel”": the quotation alone
    if (
        object_act
        and toks.words[c] not in SPEECH_ACT_FORMS
        and "q" not in toks.kinds[first : last + 1]
        and (toks.words[first] in _PREPOSITIONS or toks.words[first] in _NO_OBJECT_OPENERS)
    ):
        return None  # "criticized on social media", "rejected too": no object
    if quoted and not object_act and "q" not in toks.kinds[first : last + 1]:
        return None  # "criticized the plan": a topic, no words of the speaker
    if toks.words[first] == "for" and toks.words[c] in _CALL_FORMS and first < last:
        first += 1  # "called for more buses": what was called for
        head = first + 1 if toks.words[first] in {"a", "an", "the", "more"} else first
        if toks.words[head] in _SUMMONED and (toks.words[head] != "help" or head == last):
            # ("called for help for flood victims" asks for aid)
            return None  # "called for an ambulance": someone summoned, no request stated
    start = toks.starts[first]
    end = _without_venue(text, start, _content_end(text, start, toks.ends[last]))
    if object_act and "q" not in toks.kinds[first : last + 1]:
        # "slammed the budget on Wednesday": the time of the act, not its object
        end = _without_trailing_time(text, start, end)
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[c], toks.ends[c]),
        Span(start, end),
        (first, last),
        c,
        weak=True,
    )


# "spoke about an hour", "talked about half a minute": "about" a count
_APPROXIMATE_COUNTS = frozenset(
    "a an one two three four five six seven eight nine ten twenty thirty forty fifty half".split()
)
_SPAN_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years".split()
)

# what a maker recalls: ", recalling 8,000 vehicles"
_RECALLED_GOODS = frozenset(
    """cars vehicles trucks products units models devices batches lots
    packages tons pounds drugs toys""".split()
)

# speech forms whose topic may follow "of" as well: "spoke of a new dawn",
# ", speaking of the convention"
_OF_TOPIC_FORMS = frozenset({"spoke", "speaks", "speaking"})


def _act_preposition(word: str, after: str) -> bool:
    """Whether ``after`` is the preposition that opens the object of the
    prepositional act ``word`` (``pointed to``, ``spoke about`` / ``of``)."""
    return after == PREPOSITIONAL_ACT_FORMS[word] or (after == "of" and word in _OF_TOPIC_FORMS)


# what opens the subject of a second clause after "and": "and his campaign
# did not respond", "and the board has ..."
_CLAUSE_SUBJECT_OPENERS = frozenset(
    "his her their its the he she they it we i".split()
)

# where a feeling is voiced, not its topic: "anger at the meeting"
_GATHERINGS = frozenset(
    "meeting meetings conference rally hearing summit session briefing forum gathering".split()
)

# stances one voices besides the feelings of the phrase: "voiced support for"
_VOICED_STANCES = frozenset("support opposition objections objection sympathy".split())

# what a figure is expressed as: "expressed costs as a share of sales"
_MEASURE_TERMS = frozenset(
    "share percentage proportion ratio multiple fraction percent rate".split()
)

# prepositions that open the topic of a feeling: "concern about", "outrage
# over", "dismay at", "discomfort with"
_FEELING_PREPOSITIONS = frozenset({"about", "over", "at", "with", "for", "in", "toward", "towards"})


def _expressed_topic(toks: _Tokens, c: int) -> int:
    """Where the content of ``expressed`` starts: after the feeling and its
    preposition when the feeling is one that makes a cue phrase with the
    verb (``expressed concern about the levy`` -> ``the levy``, as
    ``expressed concern that ...`` reports the clause), else the object
    itself (``expressed support for the plan``)."""
    feelings = PHRASE_CUES[toks.words[c]][1]
    for k in range(c + 1, min(len(toks) - 2, c + 5)):
        if toks.words[k] in feelings and toks.words[k + 1] in _FEELING_PREPOSITIONS:
            if any(w in _GATHERINGS for w in toks.words[k + 2 : k + 4]):
                break  # "voiced their anger at the meeting": where, not what about
            return k + 2
        if toks.kinds[k] != "w":
            break
    return c + 1


# what a speech act's object takes after it: "accused X of ...", "urged X to
# ...", "praised X for ..."
_ACT_COMPLEMENTS = {"accus": "of", "urg": "to", "prais": "for", "criticiz": "for", "blam": "for"}


def _object_appositive(toks: _Tokens, c: int, comma: int, last: int) -> int:
    """``accused her challenger, former Speaker Ron Tuttle, of wanting
    ...``: the comma, a few words after the act ``c``, opens an appositive
    to its object, a short noun phrase closed by a second comma and the
    act's own complement; the closing comma's index, else -1."""
    if comma - c > _MAX_OBJECT_BEFORE_APPOSITIVE:
        return -1
    want = next((p for stem, p in _ACT_COMPLEMENTS.items() if toks.words[c].startswith(stem)), "")
    if not want:
        return -1
    for k in range(comma + 1, min(last, comma + 9)):
        word = toks.words[k]
        if word == ",":
            return k if k > comma + 1 and toks.words[k + 1] == want else -1
        if toks.kinds[k] != "w" or word in CUE_FORMS or is_past_verb(word):
            return -1
    return -1


_MAX_OBJECT_BEFORE_APPOSITIVE = 6


# particles and prepositions that never open or close a speaker's noun phrase
_PREDICATE_PARTICLES = frozenset("out up back off on in at upon down over much by".split())
# prepositions before a gerund ("right in saying"): another frame reads those
_BEFORE_A_GERUND = frozenset("on in at upon by".split())


# adverbs that open a count of people: "nearly two-thirds", "roughly half"
_COUNT_ADVERBS = frozenset("nearly roughly approximately".split())


def _no_noun_phrase(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """The words found left of a bare participle are a predicate's tail, not
    a speaker: ``out the debate``, ``back a response``, ``boos upon``,
    ``reasonably campaign``, ``Vell sent an email``."""
    first, last = speaker
    words = toks.words[first : last + 1]
    if words[-1] in _BEFORE_A_GERUND:
        return False  # "right in saying", "upon saying": a gerund, read elsewhere
    if words[-1] in _PREDICATE_PARTICLES:
        return True
    if not _capitalized(text, toks, first) and (
        words[0] in _PREDICATE_PARTICLES
        # (not "nearly two-thirds saying", "roughly half saying": a count)
        or (words[0].endswith("ly") and words[0] not in _COUNT_ADVERBS)
    ):
        return True
    return any(
        (is_past_verb(w) or w in PAST_ONLY) and not _capitalized(text, toks, first + i + 1)
        for i, w in enumerate(words[1:])
    )


# objects of a telephone call, and what follows a call but never a naming's
# second noun phrase: "called her to ...", "called Quint shortly after ..."
_CALLED_PERSONS = frozenset({"him", "her", "them", "me", "us", "you"})
_PHONE_CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
_AFTER_A_CALL = frozenset(
    """to shortly after before on at in from and last this early late later
    yesterday today tonight minutes hours moments days""".split()
) | _WEEKDAYS


def _phoned(text: str, toks: _Tokens, first: int, last: int) -> bool:
    """``called Quint``, ``called him to wish him luck``, ``called Mara Quint
    shortly after the vote``: a person called on the telephone, no naming
    (``called Quint a liar``, ``called him reckless``) and no request
    (``called on``, ``called for``); only a name or an object pronoun, then
    the clause's end, a purpose, a time or a place."""
    if "q" in toks.kinds[first : last + 1]:
        return False
    k = first
    if toks.words[k] in _CALLED_PERSONS:
        k += 1
    elif (
        toks.words[k] in _CALL_DETERMINERS or looks_plural(toks.words[k])
    ) and not _capitalized(text, toks, k):
        # "Police called the driver", "called reporters to her office": one
        # noun, then nothing that names it (not "called the move reckless")
        k += 1 if toks.words[k] not in _CALL_DETERMINERS else 2
        if k - 1 > last or toks.kinds[k - 1] != "w" or _capitalized(text, toks, k - 1):
            return False
    else:
        while (
            k <= last
            and toks.kinds[k] == "w"
            and _capitalized(text, toks, k)
            and not toks.words[k].endswith(("'s", "’s"))
        ):
            k += 1
        if k == first:
            return False
    return k > last or toks.words[k] in _AFTER_A_CALL


_CALL_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})


#: the complements that follow the object of a verb of judgement or
#: accusation (``accused X of``, ``praised X for``, ``described X as``)
_JUDGEMENT_COMPLEMENTS = frozenset({"of", "for", "as"})
#: words that open an aside set off by commas inside an object: a
#: non-restrictive relative (``, who ...,``) or an appositive (``, the
#: mayor,``, ``, Ana Holm,``)
_ASIDE_OPENERS = frozenset({"who", "whose", "which", "whom"})


def _aside_before_complement(toks: _Tokens, c: int, comma: int, last: int) -> int:
    """The closing comma of an aside inside the object of the cue at ``c``
    when the cue's complement follows it (``accused Hale, who ran the fund,
    of lying``, ``praised Ruiz, the harbour master, for ...``), else -1: the
    aside is the writer's, the object and its complement the report."""
    word = toks.words[c]
    if not word.startswith(_COMPLEMENT_STEMS) or comma + 2 > last:
        return -1
    opener = toks.words[comma + 1]
    relative = opener in _ASIDE_OPENERS
    for t in range(comma + 1, min(last, comma + 16)):
        w = toks.words[t]
        if w in {";", ":", "(", ")", "—", "–", "--"} or toks.kinds[t] == "q":
            return -1
        if w != ",":
            if not relative and (w in CUE_FORMS or w in AUXILIARIES or w in SUBJECT_PRONOUNS):
                return -1  # an appositive holds no verb
            continue
        after = toks.words[t + 1] if t + 1 <= last else ""
        if after not in _JUDGEMENT_COMPLEMENTS or t == comma + 1:
            return -1
        if after == "as" and t + 2 <= last and toks.words[t + 2] in {"well", "much", "many"}:
            return -1  # ", as well as ...": a list goes on
        if after == "for" and word.startswith("call"):
            return -1  # "called the mayor, who was away, for comment": a telephone call
        if after == "as" and _clause_after_as(toks, t + 2, last):
            return -1  # "thanked the crews, who ..., as the water receded": a time clause
        return t
    return -1


def _clause_after_as(toks: _Tokens, i: int, last: int) -> bool:
    """Whether ``as`` before ``i`` opens a clause (``as the water
    receded``, ``as talks resumed``): a verb comes within a few words,
    before any relative pronoun or punctuation."""
    for t in range(i, min(last + 1, i + 5)):
        w = toks.words[t]
        if toks.kinds[t] != "w" or w in _ASIDE_OPENERS or w == "that":
            return False
        if w in AUXILIARIES or is_past_verb(w) or w in SUBJECT_PRONOUNS:
            return True
    return False


#: the verbs whose object takes an ``of``/``for``/``as`` complement
_COMPLEMENT_STEMS = (
    "accus",
    "prais",
    "criticiz",
    "criticis",
    "blam",
    "describ",
    "characteriz",
    "characteris",
    "defend",
    "hail",
    "laud",
    "condemn",
    "denounc",
    "applaud",
    "thank",
    "credit",
    "fault",
    "slam",
    "blast",
    "lambast",
    "mock",
    "assail",
    "decr",
    "dismiss",
    "reject",
    "label",
    "brand",
    "call",
)


def _list_to_the_end(toks: _Tokens, comma: int, last: int) -> bool:
    """Whether the words from ``comma`` to ``last`` close a list of nouns
    (``, the digital economy and agriculture``): short, with ``and``/``or``
    before its last item, and no verb, pronoun or quotation."""
    if last - comma > 12 or last - comma < 2:
        return False
    conjunction = False
    for t in range(comma + 1, last + 1):
        w = toks.words[t]
        if toks.kinds[t] == "q" or w in {";", ":", "(", "—", "–", "--"}:
            return False
        if w in AUXILIARIES or w in SUBJECT_PRONOUNS or w in PARTICIPLE_CUES or w in CUE_FORMS:
            return False
        if (w.endswith("ing") or is_past_verb(w)) and not _list_item_modifier(toks, t, comma, last):
            return False
        if w in {"and", "or"}:
            conjunction = t < last
    return conjunction


def _list_item_modifier(toks: _Tokens, t: int, comma: int, last: int) -> bool:
    """Whether the ``-ing`` or ``-ed`` word at ``t`` is part of a list item's
    noun phrase, not a verb: an adjective opening the item before its noun
    (``, exposed wiring and broken pipes``) or a noun in ``-ing`` closing it
    after its modifier (``, exposed wiring and ...``)."""
    before = toks.words[t - 1]
    after = toks.words[t + 1] if t + 1 <= last else ","
    if t == comma + 1 or before in {"and", "or"}:
        return (
            t + 1 <= last
            and toks.kinds[t + 1] == "w"
            and after not in DETERMINERS
            and after not in _PREPOSITIONS
            and after not in SUBJECT_PRONOUNS
            and after not in OBJECT_PRONOUNS
            and after not in {"and", "or", "that", "to"}
        )
    return (
        toks.words[t].endswith("ing")
        and after in {"and", "or", ",", "."}
        and toks.kinds[t - 1] == "w"
        and before not in {"and", "or"}
    )


# a subordinator right before an attribution set off by commas: the clause
# it opens is the one the attribution interrupts
_INTERRUPTED_SUBORDINATORS = frozenset(
    "because since although though where whereas unless until after before".split()
)


_MAX_TAG_TOKENS = 8  # "(D-N.M.)", "(R-Ky.)", "(I-Vt.)": a party tag's tokens


def _tagged_subject_before(
    text: str, toks: _Tokens, c: int, *, plural_ok: bool = False
) -> tuple[int, int] | None:
    """The subject right before the verb at ``c``; after a name the
    parenthesised party tag of Hill and Politico copy (``Rep. Marisol
    Quintana (D-N.M.) called ...``) is part of the mention, as it is
    before ``said``."""
    speaker = _subject_before(text, toks, c, plural_ok=plural_ok)
    if speaker is not None or c < 3:
        return speaker
    # "Sen. Tom Harwell (R-Ky.) on Sunday accused ...": a time phrase
    # between the tag and the verb
    close = c - 1 if toks.words[c - 1] == ")" else _skip_back(text, toks, c - 1)
    if close < 2 or toks.words[close] != ")":
        return None
    opening = next(
        (
            k
            for k in range(close - 1, max(0, close - 1 - _MAX_TAG_TOKENS), -1)
            if toks.words[k] == "("
        ),
        None,
    )
    if opening is None or opening < 1 or not _capitalized(text, toks, opening - 1):
        return None
    named = _subject_before(text, toks, opening, plural_ok=plural_ok)
    return None if named is None else (named[0], close)


def _request_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``urged the board to resign``, ``called on voters to stay home``: a
    request, its content the listener and the infinitive (PARC), found only
    when a short object is followed by ``to`` and a word."""
    n = len(toks)
    first = c + 1
    if first < n and toks.words[first] == "on" and toks.words[c] in _CALL_FORMS:
        first += 1  # "called on the board to"
    to = next(
        (k for k in range(first + 1, min(n - 1, first + 8)) if toks.words[k] in {"to", ",", ";"}),
        None,
    )
    if (
        to is None
        or toks.words[to] != "to"
        or toks.kinds[to + 1] == "p"
        or toks.words[first] in CLAUSE_STOPS
        or toks.words[first] in _NOT_A_LISTENER  # "warned against cuts to the crew"
        or any(toks.kinds[k] != "w" for k in range(first, to))
    ):
        return None
    return _speech_act_frame(text, toks, c, quoted=False, first=first)


def _quoted_topic_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``warned of “a summer of discontent”``, ``warned of a
    “life-threatening” storm surge``, ``spoke of “unimaginable loss”``: the
    quotation within three words of the preposition is the speaker's words
    inside the topic, a partial quote (as ``praised the “bravery”``)."""
    n = len(toks)
    if c + 2 >= n or toks.words[c + 1] not in _QUOTED_TOPIC_PREPOSITIONS:
        return None
    q = next((k for k in range(c + 2, min(n, c + 6)) if toks.kinds[k] != "w"), None)
    if q is None or toks.kinds[q] != "q":
        return None
    frame = _speech_act_frame(text, toks, c, quoted=True)
    if frame is not None or toks.words[c].endswith("ing"):
        return frame
    # "The hurricane center warned of ...": a subject opening the sentence
    # that is no source noun, as any subject of "warned that" may be
    j = _skip_back(text, toks, c - 1)
    speaker = _speaker_left(text, toks, j, 0) if j >= 0 and toks.kinds[j] == "w" else None
    if speaker is None or speaker[0] != 0 or _malformed_speaker(text, toks, speaker):
        return None
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[c], toks.ends[c]),
        Span(toks.starts[c + 1], toks.ends[q]),
        (c + 1, q),
        c,
        weak=True,
    )


# words that open a topic, not the one asked: "warned against cuts to ..."
_NOT_A_LISTENER = frozenset("against about over of for in into at from".split())


#: what follows a ``said this`` that only refers back: the occasion or the end
_AFTER_SAID_THIS = frozenset(
    {"while", "when", "as", "at", "in", "on", "during", "after", "before", "to", "."}
    | {",", ";", "and", "but", "for", "through", "via", "from", "ahead", "earlier"}
)


def _said_this(toks: _Tokens, c: int) -> bool:
    """``He said this while addressing a rally``, ``said this in a
    letter``: ``this`` points back to the words already reported (PTI, IANS
    and ANI close a report so); the cue reports nothing new. ``said this is
    wrong`` (``this`` the subject of a clause) is a report."""
    n = len(toks)
    return (
        c + 2 < n
        and toks.words[c + 1] in {"this", "these", "so"}
        and toks.words[c + 2] in _AFTER_SAID_THIS
    )


# a preposition between an indefinite object and a quotation: "called a
# strike over “unfair” pay" quotes no words about the strike
_OBJECT_PREPOSITIONS = frozenset(
    {"over", "of", "for", "to", "on", "in", "with", "about", "against", "at", "by", "from"}
)


def _quoted_after_indefinite(toks: _Tokens, first: int) -> bool:
    """``called a (Republican) proposal “cruel”``: after ``a``/``an`` one to
    three words, no preposition among them, and then a quotation."""
    n = len(toks)
    for k in range(first + 2, min(n, first + 5)):
        if toks.kinds[k] == "q":
            return True
        if toks.kinds[k] != "w" or toks.words[k] in _OBJECT_PREPOSITIONS:
            return False
    return False


def _words_of_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``In the words of one resident, “Nobody is listening.”``, ``To quote
    the mayor, “...”``: a fixed phrase opening the sentence is the cue (as
    ``according to`` is), the noun phrase up to the comma the speaker, and
    the quotation after the comma, running to the sentence's end, what was
    said."""
    n = len(toks)
    if toks.words[:4] == ["in", "the", "words", "of"]:
        cue_end = 3
    elif toks.words[:2] == ["to", "quote"]:
        cue_end = 1
    else:
        return None
    comma = next(
        (k for k in range(cue_end + 2, min(n, cue_end + 10)) if toks.words[k] == ","), None
    )
    if comma is None or comma + 1 >= n or toks.kinds[comma + 1] != "q":
        return None
    if any(toks.kinds[k] != "w" for k in range(cue_end + 1, comma)):
        return None
    last = n - 1
    while last > comma + 1 and toks.kinds[last] == "p":
        last -= 1
    if last != comma + 1:
        return None  # only the quotation after the comma
    speaker = (cue_end + 1, comma - 1)
    return _Frame(
        speaker,
        _span(toks, *speaker),
        Span(toks.starts[0], toks.ends[cue_end]),
        Span(toks.starts[comma + 1], toks.ends[last]),
        (comma + 1, last),
        cue_end,
    )



def _in_poll_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``In a Harbor Radio poll released Monday, 52 percent of riders backed
    the levy.``: a poll or survey opening the sentence after ``In`` reports
    the clause after its comma, as ``According to the poll, ...`` does (the
    poll stories of every wire; PolNeAR marks ``In`` as the cue). The poll
    phrase up to the comma (words only, at most twelve) is the speaker; a
    clause of fewer than three words, or a poll that is no head of its
    phrase (``In the poll's margin of error ...``), reports nothing."""
    n = len(toks)
    comma = next((k for k in range(2, min(n, 14)) if toks.words[k] == ","), None)
    if comma is None or comma + 3 >= n:
        return None
    head = next((k for k in range(1, comma) if toks.words[k] in _POLL_HEADS), None)
    if head is None or any(
        toks.kinds[k] != "w" and toks.words[k] not in {"-", "/", "&", "'s", "’s"}
        for k in range(1, comma)
    ):
        return None
    if any(toks.words[k] in CLAUSE_STOPS for k in range(1, comma)):
        return None  # "In a poll that ...", "In polls and interviews, ...": a clause
    if head + 1 < comma and toks.words[head + 1] not in _FINDING_LINKS | _FINDING_PARTICIPLES:
        return None  # "In the poll numbers, ...", "In the survey area, ...": a compound
    first = comma + 1
    last = _last_content_token(toks, first, n - 1)
    if last - first < 2 or "q" in toks.kinds[first : first + 1]:
        return None
    if any(toks.words[k] in SPEECH_FORMS for k in range(first, last + 1)):
        return None  # "In a survey of 900 pilots, most said ...": their own report
    return _opening_cue_frame(text, toks, (1, comma - 1), first, last)


def _opening_cue_frame(
    text: str, toks: _Tokens, speaker: tuple[int, int], first: int, last: int
) -> _Frame | None:
    """The frame of a cue word opening the sentence (``Per ...,``, ``In a
    poll ...,``): the source phrase ``speaker``, then the clause from
    ``first`` to ``last`` after its comma as the content."""
    start = _content_start(text, toks.starts[first], toks.ends[last])
    if start >= toks.ends[last]:
        return None
    content = Span(start, _content_end(text, start, toks.ends[last]))
    cue = Span(toks.starts[0], toks.ends[0])
    return _Frame(speaker, _span(toks, *speaker), cue, content, (first, last), 0)


def _colon_sentence_after(text: str, toks: _Tokens, c: int) -> bool:
    """Whether the sentence ends, after the act at ``c``, on a colon and a
    quotation that opens on a capital: ``Petrov blasted the council: “They
    have failed this town.”`` quotes a whole utterance (direct, the colon its
    cue), not the act's object, when the act quotes nothing before it."""
    last = len(toks) - 1
    while last > c and toks.kinds[last] == "p":
        last -= 1
    if last < c + 2 or toks.kinds[last] != "q" or toks.words[last - 1] != ":":
        return False
    if "q" in toks.kinds[c + 1 : last]:
        return False  # "described the move as a “breach,” ...: “...”": its own quote
    inner = text[toks.starts[last] + 1 : toks.ends[last]].lstrip("“‘'\" [.…")
    return inner[:1].isupper()


def _colon_quote_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``She then addressed the supporters: “...”``: a quotation after a colon
    that ends the sentence belongs to the sentence's subject."""
    n = len(toks)
    last = n - 1
    while last >= 0 and toks.kinds[last] == "p":
        last -= 1
    if last < 2 or toks.kinds[last] != "q" or toks.words[last - 1] != ":":
        return None
    subject = (
        _labelled_speaker(text, toks, last - 1)
        or _imperative_lead(text, toks, last - 1)
        or _sentence_subject(text, toks, last - 1)
    )
    if subject is None or subject[0] < 0:
        return None
    colon = last - 1
    c = _verb_before_colon(toks, subject[1] + 1, colon)
    if c is None:
        cue, c = Span(toks.starts[colon], toks.ends[colon]), colon
    elif toks.words[c] in {"went", "goes"}:
        cue = Span(toks.starts[c], toks.ends[c + 1])  # "He went on: “...”"
    else:
        cue = _cue_span(text, toks, c)
    return _Frame(
        subject,
        _span(toks, *subject),
        cue,
        Span(toks.starts[last], toks.ends[last]),
        (last, last),
        c,
        weak=True,
    )


def _verb_before_colon(toks: _Tokens, first: int, colon: int) -> int | None:
    """The speech verb between a subject and the colon before its
    quotation (``tweeted after the game:``, ``said outside court:``,
    ``wrote to an associate:``), or ``went on`` right before the colon: the
    cue (SPEC "Cue span"), as for a colon ending its paragraph. Not a noun
    after a determiner (``offered a warning:``), not after a negation."""
    if colon - 2 >= first and toks.words[colon - 2 : colon] in (["went", "on"], ["goes", "on"]):
        return colon - 2
    for k in range(first, colon):
        word = toks.words[k]
        if word in {"not", "never"} or word.endswith(("n't", "n’t")):
            return None
        if word in SPEECH_FORMS and k > 0 and toks.words[k - 1] not in DETERMINERS:
            return k
    return None


# a press release's label before the one quoted: "Quote from Ana Ruiz, CEO
# of Acme:", "Supporting quote from ...:", "Comment from ...:"
_QUOTE_LABELS = (["quote", "from"], ["quotes", "from"], ["comment", "from"])


def _labelled_speaker(text: str, toks: _Tokens, colon: int) -> tuple[int, int] | None:
    """``Quote from Dev Khatri, CEO of Brixel:``: the label is no speaker;
    the name after ``from`` (up to its appositive) is the one quoted."""
    at = 1 if toks.words[:1] == ["supporting"] else 0
    if toks.words[at : at + 2] not in _QUOTE_LABELS or not _capitalized(text, toks, 0):
        return None
    name = at + 2
    end = next((k for k in range(name, colon) if toks.words[k] == ","), colon)
    if end <= name or not _capitalized(text, toks, name):
        return None
    return _speaker_left(text, toks, end - 1, name)


def _subject_after_aside(
    text: str, toks: _Tokens, subject: tuple[int, int], last: int
) -> tuple[int, int]:
    """``In the email, sent Feb. 2 to six managers, Lyle wrote:``: when a
    phrase set off by commas stands between the subject found and the speech
    verb, the noun phrase right before the verb, after the last comma, is
    the clause's subject and speaks."""
    c = next(
        (
            k
            for k in range(subject[1] + 1, last)
            if toks.words[k] in SPEECH_FORMS and toks.words[k - 1] not in DETERMINERS
        ),
        None,
    )
    if (
        c is None
        or c - 1 <= subject[1]
        or toks.words[subject[1] + 1] == ","  # "The mayor, a Democrat, said:"
        or "," not in toks.words[subject[1] + 1 : c]
    ):
        return subject
    near = _speaker_left(text, toks, c - 1, subject[1] + 1)
    if (
        near is None
        or near[1] != c - 1
        or toks.words[near[0] - 1] != ","
        or toks.words[near[0]] in {"a", "an"}
        or not _source_like(text, toks, near)
    ):
        return subject
    return near


def _colon_lead_in(text: str, toks: _Tokens) -> _Frame | None:
    """``Voigt told the crowd:`` ending its paragraph, the quotation in the
    next one (a block quotation): the sentence's subject speaks, the cue
    the speech verb before the colon, else the colon itself (``Kralicek
    offered a warning:``). The frame has no content of its own."""
    last = len(toks) - 1
    if last < 2 or toks.words[last] != ":" or "q" in toks.kinds:
        return None
    subject = (
        _labelled_speaker(text, toks, last)
        or _imperative_lead(text, toks, last)
        or _sentence_subject(text, toks, last)
    )
    if subject is None or subject[0] < 0 or not _source_like(text, toks, subject):
        return None
    subject = _subject_after_aside(text, toks, subject, last)
    c = next(
        (
            k
            for k in range(subject[1] + 1, last)
            # not a noun: "offered a warning:"
            if toks.words[k] in SPEECH_FORMS and toks.words[k - 1] not in DETERMINERS
        ),
        None,
    )
    if c is not None and any(
        toks.words[k] in {"not", "never"} or toks.words[k].endswith(("n't", "n’t"))
        for k in range(subject[1] + 1, c)
    ):
        return None  # "Ruiz did not say:": a denial
    cue = _cue_span(text, toks, c) if c is not None else Span(toks.starts[last], toks.ends[last])
    return _Frame(subject, _span(toks, *subject), cue, None, None, last if c is None else c)


def _cue_span(text: str, toks: _Tokens, c: int) -> Span:
    """The cue: the verb, or a fixed phrase (``said in a statement``, ``was
    quoted as saying``)."""
    start, end = toks.starts[c], toks.ends[c]
    m = _CUE_PHRASE.match(text, end)
    if m is not None:
        end = m.end()
    if toks.words[c] == "saying" and c >= 3 and toks.words[c - 1] == "as":
        # "was quoted as saying", "was quoted by the Ledger as saying"
        quoted = c - 2
        if toks.words[quoted] not in _QUOTED_AS:
            quoted = next(
                (
                    q
                    for q in range(c - 3, max(0, c - 9), -1)
                    if toks.words[q] in _QUOTED_AS and toks.words[q + 1] == "by"
                ),
                -1,
            )
        if (
            quoted >= 1
            and all(toks.kinds[t] == "w" for t in range(quoted, c))
            and (toks.words[quoted - 1] in {"was", "were", "is", "been"})
        ):
            start = toks.starts[quoted - 1]
    return Span(start, end)


# words that open a scene-setting phrase, not a clause: "At the heart of
# the dispute, according to ..., was", "In addition, according to ..., ..."
_SCENE_OPENERS = frozenset(
    """at in on over under among by for from during after before with within
    without since until beyond besides despite notably also still however
    meanwhile instead moreover furthermore additionally overall about around
    shortly sometime earlier later last next behind inside outside across
    amid throughout beneath toward towards privately publicly""".split()
)


# time nouns that a determiner or a count turns into a time phrase:
# "the next morning", "that night", "two days later"
_TIME_PHRASE_NOUNS = frozenset(
    """day days night nights week weeks weekend month months year years
    morning afternoon evening hour hours minute minutes decade season""".split()
)
# what makes a time noun a point in time before it: "the next day", "that night"
_TIME_PHRASE_DETERMINERS = frozenset(
    "next following previous same that this last early late".split()
)
# what closes a time phrase after its count: "two days later", "a week ago"
_TIME_PHRASE_TAILS = frozenset("later earlier ago afterward afterwards before".split())


def _time_phrase(toks: _Tokens, first: int, last: int) -> bool:
    """Whether the words ``first`` to ``last`` are a time phrase that opens
    the sentence (``The next morning``, ``That night``, ``Two days later``):
    a scene-setting phrase, not the subject of the report after it."""
    if last - first > 4 or last < first:
        return False
    words = toks.words[first : last + 1]
    if any(toks.kinds[t] != "w" for t in range(first, last + 1)):
        return False
    if words[-1] in _TIME_PHRASE_TAILS:
        return len(words) >= 3 and words[-2] in _TIME_PHRASE_NOUNS
    if words[-1] not in _TIME_PHRASE_NOUNS or len(words) < 2:
        return False
    return words[-2] in _TIME_PHRASE_DETERMINERS or (
        len(words) == 3 and words[-2] == "same" and words[0] == "the"
    )


# what opens a scene-setting segment before a cue: a time or place phrase,
# or a clause of time ("as the parade passed")
_TIME_CLAUSE_OPENERS = frozenset({"as", "when", "while"})
_ARTICLES_AND_POSSESSIVES = frozenset("the a an his her their its this that".split())
_SCENE_SEGMENT_OPENERS = _SCENE_OPENERS | _WEEKDAYS


def _scene_only(toks: _Tokens, first: int, last: int) -> bool:
    """Whether the words ``first`` to ``last`` only set the scene: every
    segment between commas opens on a time or place word, a time phrase or
    a clause of time (``Friday morning, as the parade passed``), or is a
    noun phrase with no verb glossing the one before (``On Friday, the
    third day of his tour``); the first segment never the gloss."""
    words = toks.words
    start = first
    segments = 0
    for t in range(first, last + 2):
        if t <= last and words[t] != ",":
            continue
        if t > start:
            end = t - 1
            opener = words[start]
            verbless = not _plain_clause(toks, start, end) and not any(
                words[k] in AUXILIARIES or is_past_verb(words[k]) or toks.kinds[k] != "w"
                for k in range(start, end + 1)
            )
            # a clause of time holds its verb ("as the parade passed"); a
            # phrase holds none ("At least 14 people have died" is a clause)
            scene = (
                opener in _TIME_CLAUSE_OPENERS
                # "as the parade passed", not "As many as 640 berths were idle"
                and (opener != "as" or words[start + 1] in _ARTICLES_AND_POSSESSIVES)
            ) or (
                verbless
                and (
                    opener in _SCENE_SEGMENT_OPENERS
                    or _time_phrase(toks, start, min(end, start + 4))
                )
            )
            gloss = segments > 0 and opener in DETERMINERS and end - start <= 6 and verbless
            if not (scene or gloss):
                return False
            segments += 1
        start = t + 1
    return segments > 0


# words that can open a sentence before ", according to X, ..."
_OPENING_CONNECTIVES = frozenset(
    "but and so yet still however also meanwhile instead now then".split()
)


_FIGURE_OPENERS = frozenset("a an its their record net".split())


def _figure_reported(toks: _Tokens, verb: int, last: int) -> bool:
    """Whether ``reported``/``announced`` at ``verb`` takes a figure as its
    object (``reported revenue of $4 billion``, ``announced a loss``, ``reported
    record sales``), not a clause."""
    if toks.words[verb] not in {"reported", "reports", "announced"} or verb + 1 > last:
        return False
    nxt = toks.words[verb + 1]
    return toks.kinds[verb + 1] == "w" and (
        nxt in _FIGURE_OPENERS
        or is_number(nxt)
        or (verb + 2 <= last and toks.words[verb + 2] == "of" and nxt.islower())
    )


def _tail_end(toks: _Tokens, k: int) -> int:
    """Past the words from ``k`` up to a clause stop or punctuation: the
    lower-case tail of a source after ``according to`` or ``per``."""
    n = len(toks)
    while k < n and toks.kinds[k] == "w" and toks.words[k] not in CLAUSE_STOPS:
        k += 1
    return k


def _last_conjunct(toks: _Tokens, first: int, last: int) -> int:
    """``Lee praised the plan, and she won 77 percent of the vote, according
    to exit polls``: a closing source vouches for the last conjunct, the one
    its figures belong to; the first token of that conjunct, else ``first``."""
    for k in range(last - 2, first + 2, -1):
        if toks.words[k] != "," or toks.kinds[k + 1] != "w":
            continue
        nxt = toks.words[k + 1]
        if nxt == "and" and (
            (toks.words[k + 2] in SUBJECT_PRONOUNS and k + 3 <= last and toks.kinds[k + 3] == "w")
            or is_past_verb(toks.words[k + 2])
        ):
            return k + 2
    return first


# participles that give a name with "as": "known as OPEC+"
_NAMING_PARTICIPLES = frozenset("known dubbed styled nicknamed".split())


_REPORT_DASHES = _ASIDE_DASHES | {"-", "―"}


# what opens the words after ", according to X," when they cannot be the report
# it vouches for: a relative clause or a contrast ("..., where three precincts
# ran out of ballots", "..., but its backers plan a late push")
_NO_REPORT_AFTER_SOURCE = frozenset(
    "where which who whom whose but although though whereas".split()
)


def _learned_from(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``China will launch the probe next year, Xinhua learned from the
    China National Space Administration on Friday.``: Xinhua's sourcing
    formula; the body it learned from vouches for the clause before the
    comma (the outlet itself is no source of its own story, SPEC)."""
    n = len(toks)
    o = c - 1
    while o > 0 and c - o <= 3 and toks.kinds[o] == "w" and _capitalized(text, toks, o):
        o -= 1
    if o < 3 or o == c - 1 or toks.words[o] != ",":
        return None
    speaker = _speaker_right(text, toks, c + 2)
    if speaker is None or speaker[0] != c + 2:
        return None
    if speaker[1] > speaker[0] and toks.words[speaker[1]] in _WEEKDAYS:
        speaker = (speaker[0], speaker[1] - 1)  # "from local authorities Friday"
    t = speaker[1] + 1
    if t + 1 < n and toks.words[t] == "on" and toks.words[t + 1] in _WEEKDAYS:
        t += 2  # "... on Friday."
    elif t < n and toks.words[t] in _WEEKDAYS:
        t += 1
    if any(toks.kinds[u] == "w" for u in range(t, n)):
        return None
    if any(toks.kinds[u] == "q" for u in range(o)):
        return None
    cue = Span(toks.starts[c], toks.ends[c + 1])
    content = _trimmed_span(text, toks, 0, o - 1)
    return _Frame(speaker, _span(toks, *speaker), cue, content, (0, o - 1), c)


def _according_to(text: str, toks: _Tokens, c: int, sentence: Span) -> _Frame | None:
    n = len(toks)
    speaker = _speaker_right(text, toks, c + 2)
    if (
        speaker is None
        and c + 3 < n
        and toks.words[c + 2] in {"him", "her", "them"}
        and toks.words[c + 3] in {",", ".", ";"}
    ):
        # "According to him, exports rose.": Asian wires open a paragraph so,
        # the pronoun pointing back to the speaker of the one before
        speaker = (c + 2, c + 2)
    if (
        speaker is None
        and c + 3 < n
        and toks.words[c + 2] == "us"
        and text[toks.starts[c + 2]] == "U"
        and toks.kinds[c + 3] == "w"
        and _capitalized(text, toks, c + 3)
    ):
        # "according to Us Weekly": a magazine's name opening on "Us", no pronoun
        end = c + 3
        while end + 1 < n and toks.kinds[end + 1] == "w" and _capitalized(text, toks, end + 1):
            end += 1
        speaker = (c + 2, end)
    if speaker is None:
        return None
    # extend over a lower-case tail: "according to people familiar with the matter"
    k = _tail_end(toks, speaker[1] + 1)
    if (
        k + 2 < n
        and toks.words[k] == "to"
        and any(w in DOCUMENT_HEADS for w in toks.words[speaker[0] : k])
    ):
        # "according to a letter to investors seen by Bloomberg News", "a memo
        # to staff": the text's addressees restrict it (SPEC speaker span)
        a = k + 2 if toks.words[k + 1] in {"its", "the", "their", "his", "her"} else k + 1
        if (
            a < n
            and toks.kinds[a] == "w"
            and not _capitalized(text, toks, a)
            and (looks_plural(toks.words[a]) or toks.words[a] == "staff")
        ):
            if a + 1 >= n or toks.kinds[a + 1] != "w":
                k = a + 1
            elif (
                a + 2 < n
                and toks.words[a + 1] in _GLOSS_PARTICIPLES
                and toks.words[a + 2] == "by"
            ):
                k = a + 2
    if (
        k + 1 < n
        and toks.words[k] == "by"
        and (
            any(w in DOCUMENT_HEADS for w in toks.words[speaker[0] : k])
            # "according to indicative prices compiled by Bloomberg"
            or (k - 1 > speaker[0] and toks.words[k - 1] in _GLOSS_PARTICIPLES)
        )
    ):
        # "according to a survey by the union, ...", "data released Monday
        # by the federation": its author goes with it
        k = next((t for t in range(k + 1, n) if toks.kinds[t] != "w"), n)
    speaker = (speaker[0], k - 1)
    cite = next(
        (t for t in range(speaker[0] + 1, k) if toks.words[t] in {"citing", "quoting"}), None
    )
    if cite is not None and any(w in DOCUMENT_HEADS for w in toks.words[speaker[0] : cite]):
        # "according to a report in the Journal citing three people ...":
        # the report's own sourcing is no part of its name
        speaker = (speaker[0], cite - 1)
        k = cite
    who = next(
        (w for w in range(speaker[0] + 1, min(k, n - 1) + 1) if toks.words[w] == "who"), None
    )
    if who is not None:
        # a restrictive clause up to the comma is part of the speaker:
        # "according to a spokesperson who asked not to be identified, ..."
        k = who
        stop = k + 1
        while stop < n and stop - k <= _MAX_ANONYMITY_TOKENS and toks.kinds[stop] == "w":
            stop += 1
        # AP's anonymity clause runs long: "a law enforcement official who was
        # not authorized to discuss the investigation publicly and spoke to
        # The Associated Press on condition of anonymity"
        withheld = any(toks.words[t] in _WITHHELD for t in range(k + 1, stop))
        limit = _MAX_ANONYMITY_TOKENS if withheld else _MAX_CLAUSE_TOKENS
        if (stop == n or toks.words[stop] in {",", ".", ";"}) and stop - k <= limit:
            speaker = (speaker[0], stop - 1)
        elif speaker[1] >= who > speaker[0]:
            speaker = (speaker[0], who - 1)  # never a speaker ending on "who"
    last = speaker[1]
    if (
        last + 2 < n
        and toks.words[last + 1] == "."
        and toks.words[last + 2] in _DOMAIN_ENDINGS
        and toks.ends[last] == toks.starts[last + 1]
        and toks.ends[last + 1] == toks.starts[last + 2]
    ):
        # "according to PowerOutage.us", "FlightAware.com": a web address
        # is one name, its dot no sentence end
        last = last + 2
        speaker = (speaker[0], last)
    if (
        toks.words[last] in _WEEKDAYS
        and last - 1 > speaker[0]
        # an announcement with its article ("studio estimates Sunday", a
        # record, is named with its day: sources.md)
        and toks.words[speaker[0]] in {"a", "an", "the"}
        and toks.words[last - 1 if toks.words[last - 1] != "on" else last - 2] in DOCUMENT_HEADS
    ):
        # "according to a statement Monday", "a statement on Monday": the day
        # dates the cue, not the document (but "a filing lodged Thursday")
        speaker = (speaker[0], last - 2 if toks.words[last - 1] == "on" else last - 1)
    named = _closing_name(text, toks, speaker, opening=c == 0)
    if named is not None:
        speaker = named  # "according to the port's spokeswoman, Ana Ruiz."
    cue = Span(toks.starts[c], toks.ends[c + 1])
    speaker_span = _span(toks, *speaker)
    closing_dash = (
        c > 1
        and toks.words[c - 1] in _REPORT_DASHES
        and toks.kinds[c - 2] == "w"
        # "... is unsound -- or plain wrong -- according to the journal":
        # the dash closes an aside, and the attribution closes the sentence
        and sum(toks.words[k] in _REPORT_DASHES for k in range(c - 1)) == 1
        and all(toks.kinds[t] != "w" for t in range(_tail_end(toks, speaker[1] + 1), n))
    )
    if c > 0 and (toks.words[c - 1] == "," or toks.kinds[c - 1] == "q" or closing_dash):
        first = 0
        last = c - 1 if toks.kinds[c - 1] == "q" else c - 2
        if last < first:
            return None
        # a report inside a clause that only sets the time ("Officers went
        # in after a caller reported shots, according to police") is not it
        subordinate = next(
            (
                k
                for k in range(first + 2, last + 1)
                if toks.words[k] in _LEADING_SUBORDINATORS
                # "The group, known as OPEC+, said ...": a name, no clause
                and not (toks.words[k] == "as" and toks.words[k - 1] in _NAMING_PARTICIPLES)
            ),
            last + 1,
        )
        reporting = next(
            (
                k
                for k in range(first + 1, subordinate)
                if toks.words[k] in _REPORTING_VERBS
                and toks.words[k - 1] not in _PASSIVE_BE
                # "Voss wrote to the fund's chief, threatening a lawsuit,
                # according to a copy of the letter": writing to someone is
                # the act the record vouches for, no report of its own
                and not (toks.words[k] in {"wrote", "writes"} and toks.words[k + 1] == "to")
                # "Users filed 30,000 reports, according to Downdetector":
                # after a number or a determiner "reports" is the noun
                and not (
                    toks.words[k] == "reports"
                    and (
                        toks.words[k - 1][:1].isdigit()
                        or toks.words[k - 1] in _REPORT_NOUN_AFTER
                    )
                )
                and not _owned_participle(text, toks, k)
                and not _participle_aside(toks, k, last)
            ),
            None,
        )
        if (
            toks.words[last] == "that"
            or (
                reporting is not None
                # but "The company reported revenue of $4 billion, according
                # to FactSet": a figure announced, no speech (SPEC: announced
                # + a noun phrase is no quote); the closing source stands
                and not _figure_reported(toks, reporting, last)
                # but "Breck told colleagues that he would not vote for it,
                # according to two people in the room": a report of a report,
                # the outer one holding the inner (SPEC nesting)
                and not (
                    "that" in toks.words[reporting + 1 : last - 1]
                    and (_people_heard(toks, speaker) or _capitalized(text, toks, speaker[1]))
                )
                # "The president said the tariffs would take effect Monday,
                # according to a White House official": the same nesting
                # with the report's "that" left out, vouched for by a witness
                and not (
                    toks.words[reporting] in {"said", "says", "told"}
                    and _bare_clause_after(text, toks, reporting, last)
                    and (
                        _people_heard(toks, speaker)
                        or toks.words[speaker[1]] in _WITNESS_HEADS
                        or toks.words[speaker[1]] in {"officials", "sources", "aides"}
                    )
                )
                # "Keel has told allies he expects to lead, according to two
                # people who have spoken with him", "Pruitt asked aides to cut
                # the ad, according to two people in the room": the same
                # report of a report, its listener object before the clause
                and not (
                    toks.words[reporting] in _LISTENER_REPORTS
                    and reporting + 3 <= last
                    and toks.kinds[reporting + 1] == "w"
                    and not _capitalized(text, toks, reporting + 1)
                    and _people_heard(toks, speaker)
                )
            )
        ):
            # "The AP reported that, according to ...", "O'Malley said at a
            # rally, according to the Sun": the source of a report, not speech
            return None
        after = _past_role_appositive(toks, speaker[1] + 1)
        opener_only = (
            last - first < 2
            and all(toks.words[k] in _OPENING_CONNECTIVES for k in range(first, last + 1))
        ) or (
            # "The bill stalled after, according to two aides, leaders refused
            # ...": the source vouches for the clause its subordinator opens,
            # not for the writer's main clause before it
            last > first and toks.words[last] in _LEADING_SUBORDINATORS | {"where", "whereas"}
        )  # "But, according to the poll, 46 percent ...": the report is after
        subject_only = (  # "The pier, according to Lee, was never safe": one clause
            not opener_only
            # "Behind the scenes, according to two aides, negotiators have ...":
            # a phrase that sets the scene is no subject
            and toks.words[first] not in _SCENE_OPENERS
            # "Two days later, according to police, ...": nor a time phrase
            and not _time_phrase(toks, first, last)
            and not (first == last and toks.words[first].endswith("ly"))
            and after + 2 < n
            and toks.words[after] == ","
            and toks.kinds[first] == "w"
            and not any(
                toks.words[k] in AUXILIARIES
                or toks.words[k] in CUE_FORMS
                or is_past_verb(toks.words[k])
                or toks.kinds[k] != "w"
                for k in range(first, last + 1)
            )
            and toks.kinds[after + 1] == "w"
            and toks.words[after + 1] not in DETERMINERS
            and toks.words[after + 1] not in SUBJECT_PRONOUNS
            # "The shot costs $1,000 a month, according to the drugmaker, and
            # insurers may balk": a whole clause before, the writer's after
            and toks.words[after + 1] not in {"and", "but", "yet", "or"}
            and not _capitalized(text, toks, after + 1)
            # the clause goes on with its verb, not with the writer's phrase
            # ("..., according to a memo, in a move to save costs")
            and toks.words[after + 1] not in _SCENE_OPENERS
        )
        if subject_only:
            whole = _last_content_token(toks, after + 1, n - 1)
            if whole > after:
                content = _trimmed_span(text, toks, first, whole)
                return _Frame(speaker, speaker_span, cue, content, (first, whole), c)
        if opener_only:
            scene_start, inverted = first, False
        elif not (
            (toks.words[first] in _SCENE_OPENERS or _time_phrase(toks, first, last))
            and after + 3 < n
            and toks.words[after] == ","
            # "On the east side, turnout hit 61 percent, according to the
            # clerk, where three precincts ran out": a relative or contrast
            # clause after the source is the writer's; the report is before
            and toks.words[after + 1] not in _NO_REPORT_AFTER_SOURCE
            and not any(
                toks.words[k] in AUXILIARIES or is_past_verb(toks.words[k])
                for k in range(first + 1, last + 1)
            )
        ):
            # "The tax did not hurt: London was the hub, according to one
            # index": the report is the clause after a colon or semicolon
            first = next(
                (
                    k + 1
                    for k in range(last - 1, first, -1)
                    if toks.words[k] == ":"
                    or (toks.words[k] == ";" and not _semicolon_series(toks, first, last))
                ),
                first,
            )
            dashes = [k for k in range(first + 1, last) if toks.words[k] in _REPORT_DASHES]
            if (
                len(dashes) == 1
                and not closing_dash
                and dashes[0] + 1 < last
                and toks.ends[dashes[0] - 1] < toks.starts[dashes[0]]
                and toks.ends[dashes[0]] < toks.starts[dashes[0] + 1]
                # "-- 64% to 27%", "-- 34, to be exact": the writer's figure
                # glossing the clause, which stays the report
                and not any(
                    toks.words[k][:1].isdigit() or toks.words[k] == "$"
                    for k in range(dashes[0] + 1, min(dashes[0] + 4, last + 1))
                )
                and toks.words[dashes[0] + 1] != "who"
            ):
                # "The treatise explains why the other side is wrong -- which
                # it often is, according to Scott": one dash opens the aside
                # the source vouches for, the writer's clause before it
                first = dashes[0] + 1
            first = _last_conjunct(toks, first, last)
            content = _trimmed_span(text, toks, first, last)
            return _Frame(speaker, speaker_span, cue, content, (first, last), c)
        # "By next spring, according to the port authority, the deficit
        # will rise": a scene-setting phrase before, the report after; but
        # "At the heart of it, according to X, was a decision": one inverted
        # clause around the attribution
        else:
            inverted = after + 1 < n and toks.words[after + 1] in AUXILIARIES
            scene_start = first
    else:
        after = speaker[1] + 1
        if _capitalized(text, toks, speaker[1]) or (
            after + 1 < n
            and (
                toks.words[after + 1] in {"who", "which"}
                or (
                    toks.words[speaker[1]] in DOCUMENT_HEADS
                    and toks.words[after + 1] in _DOCUMENT_PARTICIPLES
                )
            )
        ):
            # "According to Ruiz, a spokeswoman, ...", "According to police, who ..."
            after = _past_role_appositive(toks, after)
        after = _past_source_gloss(toks, after)
        if after < n and toks.words[after] in _SPEAKER_TAIL_LINKS:
            # "According to exit polls conducted by X for the AP and television
            # networks, ...": a long source runs on to its comma
            comma = _noun_run_to_comma(toks, after)
            if comma is not None:
                speaker = (speaker[0], comma - 1)
                speaker_span = _span(toks, *speaker)
                after = comma
        inverted = False
        scene_start = 0
        end = after
        if end + 1 < n and toks.words[end] == "by" and toks.words[end - 1] in DOCUMENT_HEADS:
            end = next((t for t in range(end + 1, n) if toks.kinds[t] != "w"), n)
        if c >= 3 and all(toks.kinds[t] == "p" for t in range(end, n)):
            # "Lee leads by 271 delegates according to a count by the Ledger.":
            # no comma, but the phrase closes the sentence
            speaker = (speaker[0], end - 1)
            last = c - 1
            if any(toks.kinds[t] != "w" for t in range(last + 1)) or not _source_like(
                text, toks, speaker
            ):
                return None  # "The ferry runs according to the timetable."
            speaker_span = _span(toks, *speaker)
            content = _trimmed_span(text, toks, 0, last)
            return _Frame(speaker, speaker_span, cue, content, (0, last), c)
        if (
            c >= 4
            and end + 2 < n
            and toks.words[end] == ","
            and toks.words[end + 1] in _NO_REPORT_AFTER_SOURCE
            and toks.kinds[c - 1] == "w"
            and _source_like(text, toks, (speaker[0], end - 1))
        ):
            # "The levy trails by nine points according to a survey by the
            # Gazette, but its backers plan a push": no comma before the
            # phrase, the clause after its comma the writer's; the report
            # is before it
            speaker = (speaker[0], end - 1)
            speaker_span = _span(toks, *speaker)
            first = next(
                (t + 1 for t in range(c - 1, 0, -1) if toks.words[t] in {",", ";", ":"}), 0
            )
            if c - first < 3:
                return None
            content = _trimmed_span(text, toks, first, c - 1)
            return _Frame(speaker, speaker_span, cue, content, (first, c - 1), c)
        if (
            c >= 3
            and end + 1 < n
            and toks.words[end] == ","
            and toks.words[end + 1] in _NO_REPORT_AFTER_SOURCE
        ):
            return None  # "The ferry runs according to the timetable, but ...": no report after
    if after < n and toks.words[after] == ",":
        first = after + 1
        last = _last_content_token(toks, first, n - 1)
        if last < first:
            return None
        start = (
            toks.starts[scene_start]
            if inverted
            # "according to X,, who ...": no report opens on a stray comma
            else _content_start(text, toks.starts[first], toks.ends[last])
        )
        if start >= toks.ends[last]:
            return None
        content = Span(start, _content_end(text, start, toks.ends[last]))
        return _Frame(
            speaker, speaker_span, cue, content, (scene_start if inverted else first, last), c
        )
    return None


def _per_frame(text: str, toks: _Tokens, c: int) -> _Frame | None:
    """``The man was shot twice, per police.``, ``..., per two sources
    familiar with the whip count.``: the web and TV desks' ``according
    to``, closing the sentence after a comma (never ``$5 per hour``)."""
    n = len(toks)
    if c == 0 and n > 4:
        return _opening_per_frame(text, toks)
    if c < 2 or toks.words[c - 1] != "," or c + 1 >= n:
        return None
    speaker = _speaker_right(text, toks, c + 1)
    if speaker is None:
        return None
    k = _tail_end(toks, speaker[1] + 1)
    if any(toks.kinds[t] != "p" or toks.words[t] == "," for t in range(k, n)):
        return None  # the phrase must close the sentence
    speaker = (speaker[0], k - 1)
    if not _per_source(text, toks, speaker):
        return None
    last = c - 2
    first = next((t + 1 for t in range(last - 1, 0, -1) if toks.words[t] in {":", ";"}), 0)
    if last < first:
        return None
    cue = Span(toks.starts[c], toks.ends[c])
    content = _trimmed_span(text, toks, first, last)
    return _Frame(speaker, _span(toks, *speaker), cue, content, (first, last), c)


def _per_source(text: str, toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """Whether the words after ``per`` are a source: ``per police``, ``per
    officials``, ``per Reuters``; not a rate (``$5, per person``) or
    ``Per capita``, a lone lower-case word that is no plural."""
    return _source_like(text, toks, speaker) and not (
        speaker[0] == speaker[1]
        and not _capitalized(text, toks, speaker[0])
        and not looks_plural(toks.words[speaker[0]])
    )


def _opening_per_frame(text: str, toks: _Tokens) -> _Frame | None:
    """``Per two people familiar with the talks, the deal includes ...``:
    ``per`` opening the sentence as ``According to`` does; the source runs
    to its comma and the report is the clause after it (never ``Per capita,
    ...``: a lone lower-case word that is no plural is no source)."""
    n = len(toks)
    speaker = _speaker_right(text, toks, 1)
    if speaker is None:
        return None
    comma = next((t for t in range(speaker[1] + 1, n) if toks.words[t] == ","), None)
    if comma is None or comma - 1 - speaker[0] > 12 or not all(
        toks.kinds[t] == "w" for t in range(speaker[0], comma)
    ):
        return None
    speaker = (speaker[0], comma - 1)
    if not _per_source(text, toks, speaker):
        return None
    first = comma + 1
    last = _last_content_token(toks, first, n - 1)
    if last - first < 2:
        return None
    return _opening_cue_frame(text, toks, speaker, first, last)


_WITNESS_HEADS = frozenset({"person", "source", "official", "aide", "witness"})


def _bare_clause_after(text: str, toks: _Tokens, verb: int, last: int) -> bool:
    """``said the tariffs would take effect``: a clause with no ``that``
    right after the reporting verb (a subject opening it, a finite verb
    inside, no comma), the report of a report."""
    first = verb + 1
    if first + 2 > last or toks.kinds[first] != "w":
        return False
    word = toks.words[first]
    if not (
        word in {"the", "a", "an", "its", "his", "her", "their"}
        or word in SUBJECT_PRONOUNS
        or _capitalized(text, toks, first)
    ):
        return False
    return all(toks.kinds[t] == "w" for t in range(first, last + 1)) and any(
        toks.words[t] in AUXILIARIES for t in range(first + 1, last + 1)
    )


_OFFICIAL_RECORDS = frozenset(
    """website websites site page account accounts channel statement statements
    figures data tally toll count record records transcript readout document
    documents gazette""".split()
)


def _people_heard(toks: _Tokens, speaker: tuple[int, int]) -> bool:
    """``two people in the room``, ``sources familiar with the talks``, ``a
    person briefed on the call``: people who heard someone speak (the
    scoop's report of a report), not an account or a record."""
    head = toks.words[speaker[0] : min(speaker[1], speaker[0] + 2) + 1]
    if any(
        word in _WITNESS_HEADS and nxt in _OFFICIAL_RECORDS
        for word, nxt in zip(head, toks.words[speaker[0] + 1 : speaker[1] + 1], strict=False)
    ):
        # "according to his official website", "an official tally": the
        # witness word is an adjective of a record, no one who heard it
        return False
    return any(
        word in _WITNESS_HEADS
        or word == "people"
        or (looks_plural(word) and word not in _THING_NOUNS and word not in DOCUMENT_HEADS)
        for word in head
    )


# words that carry a long source on to its comma after "According to X"
_SPEAKER_TAIL_LINKS = frozenset("and or of for in from at with by on".split())


def _noun_run_to_comma(toks: _Tokens, first: int) -> int | None:
    """The comma closing a run of at most 12 words from ``first`` that holds
    no verb, pronoun or quotation, or None."""
    for k in range(first, min(first + 12, len(toks))):
        word = toks.words[k]
        if word == ",":
            return k if k > first + 1 else None
        if (
            toks.kinds[k] != "w"
            or word in AUXILIARIES
            or word in SUBJECT_PRONOUNS
            or word in CUE_FORMS
            or is_past_verb(word)
        ):
            return None
    return None


def _second_absolute_subject(toks: _Tokens, name: int) -> bool:
    """``..., with Voss calling it “A” and the campaign's chair, Rita Bose,
    saying ...``: the name at ``name`` is set off after a role that opens
    on ``and`` inside an absolute ``, with`` phrase: the second subject of
    that phrase, which speaks its own participle."""
    if toks.words[name - 1] != ",":
        return False
    a = name - 2
    while a >= 0 and name - a <= 10 and toks.kinds[a] == "w" and toks.words[a] != "and":
        a -= 1
    if a < 2 or toks.words[a] != "and" or a == name - 2:
        return False
    return any(
        toks.words[t] == "with" and toks.words[t - 1] == "," for t in range(max(1, a - 20), a)
    )


def _closing_description(toks: _Tokens, tail: int) -> int:
    """Past ``, a Democrat from New Haven.`` at ``tail`` when such a
    description (``a``/``an``, no verb) closes the sentence, else ``tail``."""
    n = len(toks)
    if not (tail + 2 < n and toks.words[tail] == "," and toks.words[tail + 1] in {"a", "an"}):
        return tail
    t = tail + 2
    while (
        t < n
        and toks.kinds[t] == "w"
        and toks.words[t] not in AUXILIARIES
        and toks.words[t] not in CUE_FORMS
        and toks.words[t] not in RELATIVE_PRONOUNS
        and not is_past_verb(toks.words[t])
    ):
        t += 1
    return t if all(toks.kinds[u] == "p" for u in range(t, n)) else tail


def _closing_name(
    text: str, toks: _Tokens, role: tuple[int, int], *, opening: bool
) -> tuple[int, int] | None:
    """``according to the port's spokeswoman, Ana Ruiz.``: a lower-case role
    followed by a name that closes the sentence (or, when the attribution
    opens it, the name set off by commas); the name is the speaker (the
    role becomes its title)."""
    n = len(toks)
    comma = role[1] + 1
    if (
        comma < n
        and toks.words[comma] in {"to", "for", "at"}
        and toks.words[role[1]] in ROLE_HEADS | TITLE_WORDS
    ):
        # "said Japan's ambassador to the U.N., Kenji Yamada.": the role's
        # complement runs to the comma before the name
        t = comma + 1
        while (
            t < n
            and t - comma <= 6
            and toks.kinds[t] == "w"
            and (_capitalized(text, toks, t) or toks.words[t] in {"the", "of", "and"})
        ):
            t += 1
        if t < n and toks.words[t] == "," and t > comma + 1:
            comma = t
    # "said the church's pastor, the Rev. Marcus Bell.": AP writes the
    # clergy's style with "the" before the name
    styled = (
        comma + 3 < n
        and toks.words[comma] == ","
        and toks.words[comma + 1] == "the"
        and _the_style(toks, comma + 2)
        and _capitalized(text, toks, comma + 2)
    )
    if (
        _capitalized(text, toks, role[1])
        or comma + 1 >= n
        or toks.words[comma] != ","
        or not (styled or _capitalized(text, toks, comma + 1))
    ):
        return None
    end = comma + 2 if styled else comma + 1
    while end + 1 < n and toks.kinds[end + 1] == "w" and _capitalized(text, toks, end + 1):
        end += 1
    if end == comma + 1 and not (
        # "said her son, Paul.": a relative by first name, closing the sentence
        toks.words[role[1]] in ROLE_HEADS and all(toks.kinds[t] == "p" for t in range(end + 1, n))
    ):
        return None  # one capitalised word may open a clause
    if (
        opening
        and end + 2 < n
        and toks.words[end + 1] == ","
        # not "According to the complaint, Garrett Vollmer, 51, told ...": a
        # document's words, then the report's own subject with its age
        and not (toks.words[role[1]] in DOCUMENT_HEADS and is_number(toks.words[end + 2]))
    ):
        return (comma + 1, end)  # "According to the port's spokeswoman, Ana Ruiz, the ..."
    tail = end + 1
    if tail + 1 < n and toks.words[tail] == "of":
        # "said the study's senior author, Dr. Liang Wei of Sunfield
        # University.": the body the name is from
        body = tail + 2 if toks.words[tail + 1] == "the" else tail + 1
        if body < n and toks.kinds[body] == "w" and _capitalized(text, toks, body):
            tail = body
            while (
                tail < n
                and toks.kinds[tail] == "w"
                and (_capitalized(text, toks, tail) or toks.words[tail] in _NAME_LINKS)
            ):
                tail += 1
    # "said the panel's chairman, State Senator Marta Ruiz, a Democrat from
    # New Haven.": a description of the name closes the sentence
    tail = _closing_description(toks, tail)
    if (
        tail + 1 < n
        and toks.words[tail] == ","
        and (is_number(toks.words[tail + 1]) or toks.words[tail + 1] == "of")
    ):
        # "said his aunt, Dora Lee, 62, of Tulsa.": an age or a hometown
        tail += 2
        while tail < n and toks.kinds[tail] == "w":
            tail += 1
        if tail + 1 < n and toks.words[tail] == "," and toks.words[tail + 1] == "of":
            tail += 2
            while tail < n and toks.kinds[tail] == "w":
                tail += 1
        # "said her father, Ramon Esparza, 58, a landscaper.": the age, then
        # a description
        tail = _closing_description(toks, tail)
    if (
        tail + 1 < n
        and toks.words[tail] == ","
        and toks.words[tail + 1] in {"in", "on", "at", "during", "after", "before"}
        and not opening
    ):
        # "said the family's attorney, Rachel Okonjo, in an interview.": the
        # cue's venue or time after the name closes the sentence
        t = tail + 2
        while t < n and toks.kinds[t] == "w" and toks.words[t] not in CUE_FORMS:
            t += 1
        if all(toks.kinds[u] == "p" for u in range(t, n)):
            tail = t
    if not all(toks.kinds[t] == "p" for t in range(tail, n)):
        return None
    return (comma + 1, end)


def _before_main_verb(
    text: str, toks: _Tokens, found: tuple[Span, tuple[int, int]]
) -> tuple[Span, tuple[int, int]]:
    """``Calder, who said the vote would go ahead, arrived on Monday``: the
    report of a relative clause set off by commas ends at the comma before
    the main clause's verb."""
    content, (first, last) = found
    inner = 0  # clauses opened by ", which" inside the report
    for t in range(first + 1, last):
        nxt = toks.words[t + 1]
        if toks.words[t] == "," and nxt in {"which", "who", "whose"}:
            inner += 1
            continue
        if toks.words[t] == "," and inner:
            inner -= 1  # "the vote, which was delayed, would go ahead"
            continue
        if (
            toks.words[t] == ","
            and toks.kinds[t + 1] == "w"
            and not _capitalized(text, toks, t + 1)
            and (
                is_past_verb(nxt)
                or nxt in AUXILIARIES
                or nxt in PAST_OR_PARTICIPLE
                or _present_predicate(toks, t + 1, last)
            )
        ):
            end = _content_end(text, content.start, toks.ends[t - 1])
            return Span(content.start, end), (first, t - 1)
    return found


# after ", which he has repeated": a listener or a place, no verb of a report
_RELATIVE_OBJECT_FOLLOWERS = frozenset("to with at in on for by from and or".split())

# adverbs that may open the main predicate after a relative clause
_PREDICATE_ADVERBS = frozenset("now still also later then often rarely never".split())


def _present_predicate(toks: _Tokens, k: int, last: int) -> bool:
    """``..., who said his house was destroyed, now sleeps in a tent``: a
    present ``-s`` verb (after an adverb, or before a preposition or a
    determiner) opens the main clause's predicate."""
    adverb = toks.words[k] in _PREDICATE_ADVERBS
    if adverb:
        k += 1
    if k >= last:
        return False
    word = toks.words[k]
    if not (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s", "ous"))
        and toks.kinds[k] == "w"
    ):
        return False
    if adverb or word in AUXILIARIES:
        return True
    nxt = toks.words[k + 1]
    return (nxt in DETERMINERS or nxt in {"in", "on", "at", "with", "from", "to"}) and (
        "," not in toks.words[k + 1 : last + 1]  # "the strikes, attacks on X, were": an appositive
    )


# the participle of a gloss on a survey or a report: "According to the poll,
# conducted by Edison Research, ..."
_GLOSS_PARTICIPLES = frozenset(
    """conducted released published commissioned issued compiled carried taken
    prepared funded sponsored based"""
    # a leaked text: "According to the draft, seen by Reuters, ..."
    """ seen obtained reviewed""".split()
)


def _past_source_gloss(toks: _Tokens, after: int) -> int:
    """``According to the exit poll, conducted by Edison Research, ...``,
    ``According to AP VoteCast, a survey of more than 3,000 voters, ...``:
    the comma closing the writer's gloss on the source (a participle phrase,
    or a noun phrase headed by a document noun), else ``after``."""
    n = len(toks)
    if not (after + 2 < n and toks.words[after] == ","):
        return after
    word = toks.words[after + 1]
    # "According to the draft, a copy of which was seen by Reuters, ...": the
    # leak's relative clause, its verb no clause of the report
    copy_of_which = toks.words[after + 1 : after + 5] == ["a", "copy", "of", "which"]
    if not (
        copy_of_which
        or word in _GLOSS_PARTICIPLES
        or (
            word in {"a", "an"}
            and toks.words[after + 2] in DOCUMENT_HEADS
            and toks.words[after + 3 : after + 4] in (["of"], ["by"])
        )
    ):
        return after
    for k in range(after + 2, min(n, after + 16)):
        if toks.kinds[k] != "w" and toks.words[k] != ",":
            return after
        if (toks.words[k] in AUXILIARIES or toks.words[k] in CUE_FORMS) and not (
            copy_of_which and toks.words[k] in {"was", "were", "has", "been"}
        ):
            return after  # "According to a survey, a poll found ...": a clause
        if toks.words[k] == "," and not (
            k + 1 < n and toks.words[k + 1][:1].isdigit() and toks.starts[k + 1] == toks.ends[k]
        ):
            return k if k + 1 < n and toks.kinds[k + 1] == "w" else after
    return after


# what a document's participle appositive opens on: "According to the
# complaint, filed Monday in federal court, ..."
_DOCUMENT_PARTICIPLES = frozenset(
    """filed dated released issued published obtained seen reviewed unsealed posted
    submitted signed""".split()
)


# courtesy titles written without a stop (Nigerian and British style)
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "engr", "barr", "alhaji"})


def _past_role_appositive(toks: _Tokens, after: int) -> int:
    """``according to Lena Dorsey, a former envoy, ...``: the comma closing a
    role set off after the name (a determiner, then a source-like noun
    phrase), else ``after`` itself."""
    n = len(toks)
    if (
        after + 1 < n
        and toks.words[after] == ","
        and (
            toks.words[after + 1] in {"who", "which"}
            # "According to the complaint, filed Monday in federal court, ..."
            or toks.words[after + 1] in _DOCUMENT_PARTICIPLES
        )
    ):
        # "According to police, who arrived within minutes, the man fled"
        close = next((k for k in range(after + 2, min(n, after + 16)) if toks.kinds[k] != "w"), n)
        return close if close < n and toks.words[close] == "," else after
    if (
        after + 1 < n
        and toks.words[after] == ","
        and toks.words[after + 1] not in DETERMINERS
        and toks.words[after + 1] not in SUBJECT_PRONOUNS
    ):
        # "according to Alicia Moreno, chief economist at Tidewater, ...": a
        # role with no article, holding a role noun and no verb
        close = next((k for k in range(after + 1, min(n, after + 9)) if toks.kinds[k] != "w"), n)
        words = toks.words[after + 1 : close]
        if (
            close < n
            and toks.words[close] == ","
            and any(w in _ROLE_NOUNS for w in words)
            and not looks_plural(words[0])
            and not any(w in AUXILIARIES or w in CUE_FORMS or is_past_verb(w) for w in words)
        ):
            return close
        if (
            close < n
            and toks.words[close] == ","
            and 3 <= len(words) <= 5
            and words[0] in _COURTESY_TITLES
            and close + 1 < n
            and toks.kinds[close + 1] == "w"
        ):
            # "According to the statement signed by the Director of Press, Mr
            # Bolaji Ogunbiyi, the meeting ...": the name set off after a role
            return close
        return after
    if not (after + 1 < n and toks.words[after] == "," and toks.words[after + 1] in DETERMINERS):
        return after
    close = next((k for k in range(after + 2, min(n, after + 9)) if toks.kinds[k] != "w"), n)
    if (
        close < n
        and toks.words[close] == ","
        and toks.words[close - 1] not in DOCUMENT_HEADS  # "a deal, if signed, ..."
    ):
        return close
    return after


_FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})

# a speaker phrase holding one of these names nobody who spoke
_NOBODY = frozenset({"neither", "nor", "nobody", "none"})


# what a caption's picture is: "This image from video ... shows", "A still
# from a video shows": the picture shows, nobody reports
_PICTURE_NOUNS = frozenset(
    "image images photo photos photograph picture pictures still stills frame grab screenshot"
    " screengrab".split()
)


# "We're told the man was shot" (TV copy): a passive whose teller is unnamed
_BE_CONTRACTIONS = frozenset({"we're", "we’re", "they're", "they’re", "i'm", "i’m"})


# nouns in -s that take a verb in -s: "the news says", "politics says"
_NOT_PLURAL_HEADS = frozenset("news politics series species economics physics analysis".split())

# speech verbs after "worth": "It is worth noting that ...", "worth
# mentioning", "worth repeating": the writer speaking, no source
_WRITERS_ASIDE_VERBS = frozenset({"noting", "mentioning", "repeating", "stressing", "saying"})

# verbs of putting a text out, and the texts: "issued a statement saying"
_ISSUING_VERBS = frozenset(
    """issued released sent posted published tweeted wrote penned put placed ran
    aired filed started launched circulated emailed planted carried""".split()
)
_ISSUED_TEXTS = frozenset(
    """statement statements tweet tweets letter memo message post op-ed email
    e-mail release video article articles editorial note ad ads advertisement
    advertisements petition lawsuit complaint""".split()
)
# what opens the text's noun phrase: "a statement", "a joint statement",
# "full-page ads" (no determiner before a plural)
_ISSUED_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _issuer(text: str, toks: _Tokens, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """``McConnell issued a statement saying ...``, ``She also sent a tweet
    saying ...``, ``The pair issued a joint statement describing ...``: a
    text put out by a source, its participle the issuer's words (PolNeAR
    credits the issuer); the issuer's span, else None."""
    last = speaker[1]
    if (
        toks.words[last] not in _ISSUED_TEXTS
        and last - 2 >= 0
        and toks.words[last - 1] in {"to", "on"}
        and toks.words[last - 2] in _ISSUED_TEXTS
    ):
        last -= 2  # "wrote a letter to Zucker asking", "a message on X reading"
    if toks.words[last] not in _ISSUED_TEXTS:
        return None
    # up to two lower-case modifiers between the determiner and the text
    # ("a joint statement", "a two-page letter"), none before a plural
    verb = last - 1
    while (
        verb > max(0, last - 3)
        and toks.words[verb] not in _ISSUED_DETERMINERS
        and toks.words[verb] not in _ISSUING_VERBS
        and toks.kinds[verb] == "w"
        and not _capitalized(text, toks, verb)
    ):
        verb -= 1
    if toks.words[verb] in _ISSUED_DETERMINERS:
        verb -= 1
    elif not toks.words[last].endswith("s"):
        return None  # "a statement" needs its article
    if verb >= 1 and toks.words[verb] == "out":
        verb -= 1  # "put out a statement"
    if verb < 1 or toks.words[verb] not in _ISSUING_VERBS:
        return None
    issuer = _subject_before(text, toks, verb)
    if issuer is None and toks.words[verb - 1] in {",", ")"}:
        # "Sen. Ada Voss (R-Ore.) issued", "Kim Lade, the director, released",
        # "Mr. Dorn, who ..., issued": the subject heading the sentence
        issuer = _sentence_subject(text, toks, verb)
    return issuer


# participles of sending a text out: after the text's noun they describe it
# ("a message posted Friday", "a statement released Monday"), never speak
_SENT_OUT = frozenset(
    "posted published released issued tweeted shared circulated distributed".split()
)

# what follows "read" when a text was read out, not when it says: "a
# statement read on state television" (but "The statement read: ...")
_READ_OUT_PREPOSITIONS = frozenset("on by at aloud out over before to during in".split())

# owners before a participle used as an adjective: "his stated goal"
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


# conjunctions opening a clause that another clause completes
_SUBORDINATORS_OF_A_REPORT = frozenset(
    "while although though because if when whereas since unless once after before".split()
)
# what may stand before "after"/"before": "Days after he said ...", "Shortly before"
_TIME_BEFORE_SUBORDINATOR = frozenset(
    "days weeks months years hours minutes moments shortly soon just only long".split()
)


def _subordinate_close(text: str, toks: _Tokens, subject: int, rng: tuple[int, int]) -> int | None:
    """In ``while Hale said he'd call a vote, it's not clear ...`` or
    ``Ruiz, though she said X, stopped short ...``, the report sits in a
    subordinate clause: the last content token before the comma where the
    main clause takes over, else None."""
    opener = subject - 1
    if opener < 0 or toks.words[opener] not in _SUBORDINATORS_OF_A_REPORT:
        return None
    if opener > 0 and toks.words[opener - 1] not in {",", "and", "but"} and not (
        toks.words[opener] in {"after", "before"}
        and toks.words[opener - 1] in _TIME_BEFORE_SUBORDINATOR
        and (opener == 1 or toks.words[opener - 2] in {",", "a", "two", "three", "several"})
    ):
        return None
    set_off = opener > 0 and toks.words[opener - 1] == ","
    first, last = rng
    for k in range(first + 1, last):
        if toks.words[k] not in _CLAUSE_CLOSERS:
            continue
        nxt = toks.words[k + 1]
        if toks.words[k] != ",":
            # "When Hale noted that ... ― as was true ... ― Voss boasted": a
            # dash closing an aside, then a name with its verb
            if (
                not set_off
                and k + 2 <= last
                and _capitalized(text, toks, k + 1)
                and (is_past_verb(toks.words[k + 2]) or toks.words[k + 2] in CUE_FORMS)
            ):
                return k - 1
            continue
        if set_off and (nxt in AUXILIARIES or nxt in PAST_ONLY or is_past_verb(nxt)):
            return k - 1  # "Ruiz, though she said ..., stopped short"
        if not set_off and (
            (nxt in SUBJECT_PRONOUNS and k + 2 <= last and toks.kinds[k + 2] == "w")
            or nxt in {"it's", "it’s", "there's", "there’s"}
            # "Days after he announced that ..., U.S. forces bombed ...": a
            # named subject and its verb in the past
            or (
                _capitalized(text, toks, k + 1)
                and any(
                    is_past_verb(toks.words[t]) and not _capitalized(text, toks, t)
                    for t in range(k + 2, min(last + 1, k + 5))
                )
                and all(toks.kinds[t] == "w" for t in range(k + 1, min(last + 1, k + 5)))
            )
        ):
            return k - 1  # "While he said ..., it is unlikely"
    return None


_CLAUSE_CLOSERS = frozenset({",", "—", "―", "–", "--"})


def _participle_aside(toks: _Tokens, c: int, last: int) -> bool:
    """``The deal, announced Tuesday, values ...``: a participle set off by
    commas after a noun describes the noun (a reduced relative); it reports
    nothing, so a closing ``according to`` still names the report's source."""
    if not (
        c >= 2
        and toks.words[c].endswith("ed")
        and toks.words[c - 1] == ","
        and toks.kinds[c - 2] == "w"
    ):
        return False
    return any(toks.words[k] == "," for k in range(c + 2, min(last, c + 6)))


def _owned_participle(text: str, toks: _Tokens, c: int) -> bool:
    """``Ruiz's reported donations``, ``his stated goal``: a participle in
    ``-ed`` between an owner and a lower-case noun is an adjective."""
    return (
        toks.words[c].endswith("ed")
        and c > 0
        and (
            toks.words[c - 1] in _POSSESSIVE_DETERMINERS or toks.words[c - 1].endswith(("'s", "’s"))
        )
        and c + 1 < len(toks)
        and toks.kinds[c + 1] == "w"
        and toks.words[c + 1] not in CLAUSE_STOPS
        and toks.words[c + 1] not in {"that", "to", "on", "in", "by", "about"}
        and not _capitalized(text, toks, c + 1)
    )


# what a caption is written under: "a photo captioned “Home”"
_CAPTIONED_THINGS = frozenset(
    "photo photos picture pictures image images video videos post posts clip selfie shot".split()
)


# manner verbs whose participle, set off after a cue, says how it was said
_MANNER_PARTICIPLE_LEMMAS = frozenset("laugh chuckle sob scoff mutter fume joke".split())


# adverbs between a comma and a participle cue: ", even suggesting ..."
_PARTICIPLE_ADVERBS = frozenset("even also again later further repeatedly once".split())


# a survey's heads that show or find: "A poll from Kell University released
# Wednesday found ...", "The rolling average of polls shows ..."
_FINDING_HEADS = frozenset(
    """poll polls survey surveys study studies analysis average review audit tally
    census""".split()
)
# what may follow such a head before its verb: prepositions opening who ran
# it, where and of whom, the participles dating it, and where/when words
_FINDING_LINKS = frozenset("of by from for in on at among across with".split())
_FINDING_PARTICIPLES = frozenset(
    """released published conducted commissioned compiled taken done carried issued
    sponsored funded there""".split()
)
_FINDING_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday
    last this week month year earlier""".split()
)


def _finding_subject(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """The sentence's subject when it is a poll or study whose modifiers
    (who ran it, of whom, when it came out) run up to its ``show``/``find``
    at ``c``: ``A Harbor Radio poll of Lumaria released on Tuesday showed
    ...`` -> the whole phrase. ``None`` when a clause word, a comma or a
    quotation stands between, or no such head opens the sentence."""
    k = 1 if toks.words and toks.words[0] in {"but", "and", "yet", "so"} else 0
    if c - k > 24:
        return None
    head = next(
        (h for h in range(k, min(c, k + 6)) if toks.words[h] in _FINDING_HEADS), None
    )
    if head is None or head + 1 >= c:
        return None  # no head, or the head right before the verb (read already)
    for t in range(k, head):
        if toks.kinds[t] != "w" or toks.words[t] in CLAUSE_STOPS or toks.words[t] in CUE_FORMS:
            return None
    if toks.words[head + 1] not in _FINDING_LINKS | _FINDING_PARTICIPLES | _FINDING_TIME:
        return None  # "A poll suggests ...", "The survey results show": read elsewhere
    for t in range(head + 1, c):
        w = toks.words[t]
        if toks.kinds[t] != "w" and w not in {"-", "/", "&"}:
            return None
        if w in _FINDING_PARTICIPLES or w in _FINDING_TIME or w in _FINDING_LINKS:
            continue  # ("by" is a clause stop elsewhere: "said by ...")
        if w == "and" and _capitalized(text, toks, t - 1) and _capitalized(text, toks, t + 1):
            continue  # "by the Kell Herald and Channel 4"
        if w in CLAUSE_STOPS or w in CUE_FORMS or w in {"which", "who", "whose"}:
            return None
        if w.endswith("ed") and not _capitalized(text, toks, t):
            return None  # "A poll of voters ended ...": a verb of its own
    end = c - 1
    while end > head and toks.words[end] in _FINDING_TIME:
        end -= 1
    if end < c - 1 and toks.words[end] not in _FINDING_PARTICIPLES:
        # "A Reuters/Ipsos poll this month found": the time is the verb's,
        # not the poll's name ("released Wednesday" keeps its date)
        return None if end == head else (k, end)
    return (k, c - 1)


# where and when a filed paper came out, between its participle and its
# verb: "records filed on Sunday night show", "documents released Monday in
# Kell revealed"
_FILED_PARTICIPLES = frozenset("filed released obtained published issued reviewed seen".split())
_FILED_TIME_WORDS = frozenset("night morning afternoon evening late the".split())


def _filed_subject(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """A closing attribution's papers with the participle that dates them
    (``..., records filed on Sunday show.``): the phrase after the last
    comma, a plural or document head, its participle, then only time,
    place and preposition words up to the cue at ``c``, which ends the
    sentence. ``None`` otherwise."""
    if c + 1 < len(toks) and toks.words[c + 1] not in {".", "!", "?"}:
        return None
    part = next(
        (
            t
            for t in range(c - 1, max(0, c - 7), -1)
            if toks.kinds[t] == "w" and toks.words[t] in _FILED_PARTICIPLES
        ),
        None,
    )
    if part is None or part < 2:
        return None
    for t in range(part + 1, c):
        w = toks.words[t]
        if toks.kinds[t] != "w":
            return None
        if not (
            w in _FINDING_TIME
            or w in _FINDING_LINKS
            or w in _FILED_TIME_WORDS
            or _capitalized(text, toks, t)
            or is_number(w)
        ):
            return None
    head = part - 1
    if toks.words[head] not in DOCUMENT_HEADS and not (
        toks.words[head].endswith("s") and not toks.words[head].endswith("ss")
    ):
        return None
    start = head
    while (
        start - 1 >= 0
        and toks.kinds[start - 1] == "w"
        and toks.words[start - 1] not in CLAUSE_STOPS
    ):
        start -= 1
    if start == 0 or toks.words[start - 1] != "," or head - start > 4:
        return None
    return (start, c - 1)


def _verb_frame(
    text: str, toks: _Tokens, c: int, sentence: Span, frames: list[_Frame]
) -> _Frame | None:
    word = toks.words[c]
    lemma = SPEECH_FORMS.get(word) or BELIEF_FORMS.get(word)
    belief = word in BELIEF_FORMS and word not in SPEECH_FORMS
    cue = _cue_span(text, toks, c)

    if _owned_participle(text, toks, c):
        return None  # "Ruiz's reported contributions", "his stated goal": an adjective
    if word == "captioned" and c > 0 and (
        toks.words[c - 1] in _CAPTIONED_THINGS or toks.words[c - 1] in AUXILIARIES
    ):
        return None  # "a photo captioned “Home”", "was captioned": the picture's text
    if (
        word.endswith("ing")
        and lemma in _MANNER_PARTICIPLE_LEMMAS
        and 2 <= c < len(toks) - 2
        and toks.words[c - 1] == ","
        and toks.words[c - 2] in CUE_FORMS
        and toks.words[c + 1] == ","
        and toks.kinds[c + 2] == "q"
    ):
        # "“Honestly,” Gil says, laughing, “I have no idea.”": the manner of
        # the saying between the halves of a split quote, no cue of its own
        return None
    if (
        c > 0
        and toks.words[c - 1] in DOCUMENT_HEADS
        and (
            word in _SENT_OUT
            or (
                word == "read" and c + 1 < len(toks) and toks.words[c + 1] in _READ_OUT_PREPOSITIONS
            )
        )
    ):
        # "In a Facebook message posted Friday, Cruz said", "In a statement
        # read on state television, the junta said": what was put out
        return None
    if c + 2 < len(toks) and toks.words[c + 1] == "by":
        as_by = _as_reported_by(text, toks, c, cue)
        if as_by is not None:
            return as_by  # "As first reported by Politico, ...", "..., as reported by X."
    if (
        word == "pleaded"
        and c + 1 < len(toks)
        and toks.kinds[c + 1] == "q"
        and _QUOTED_PLEA.match(text, toks.starts[c + 1]) is not None
    ):
        return None  # "pleaded “no contest”": a plea entered, a court's term in marks
    quoted = _active_quoted_as(text, toks, c)
    if quoted is not None:
        found = _forward_content(text, toks, c, cue.end, lemma, sentence)
        if found is None:
            return _quoted_as_trailing(text, toks, c, cue, quoted, sentence)
        return _Frame(quoted, _span(toks, *quoted), cue, found[0], found[1], c)

    if (
        lemma == "add"
        and c + 2 < len(toks)
        and toks.words[c + 1] == "to"
        and toks.words[c + 2] not in {"reporters", "journalists"}
        # but "“...,” Ruiz added to People.": a quotation's listener
        and not ("q" in toks.kinds[:c] and _capitalized(text, toks, c + 2))
    ):
        return None  # "adds to pressure on retailers": it grows, nobody speaks
    if (
        lemma == "add"
        and c + 3 < len(toks)
        and toks.words[c + 1] in {"a", "the"}
        and toks.words[c + 2] in _SCORE_ORDINALS
        and (toks.kinds[c + 3] != "w" or toks.words[c + 3] in _AFTER_A_SCORE)
    ):
        return None  # "Kimber added a third as Castlebrook won": a goal scored
    if (
        word == "told"
        and c > 0
        and (toks.words[c - 1] in _PASSIVE_BE or toks.words[c - 1] in _BE_CONTRACTIONS)
    ):
        if c + 1 >= len(toks) or toks.words[c + 1] in {"by", "to", "about", "of", "in"}:
            return None  # "a story told by the Caller": a passive with its agent
        # "The jury was told that ...": the ones told are no speaker, and who
        # told them is not written (a quote with no speaker)
        found = _forward_content(text, toks, c, cue.end, "say", sentence)
        if found is None:
            return None
        return _Frame(None, None, cue, found[0], found[1], c)
    purpose = None if _went_on(toks, c) else _purpose_subject(text, toks, c)
    if purpose is not None:
        # "took to social media to say ...", "went on Fox News to argue that"
        found = _forward_content(text, toks, c, cue.end, lemma, sentence)
        if found is None:
            return None
        return _Frame(purpose, _span(toks, *purpose), cue, found[0], found[1], c)
    # "went on to say that ...", "..., going on to say that ...": one cue
    went_on = _went_on(toks, c)
    if went_on:
        cue = Span(toks.starts[c - 3], cue.end)
    lead = c - 3 if went_on else c  # the participle's token
    # participle continuation: ", adding that ...", the speaker governing it
    if (
        (word in PARTICIPLE_CUES or (went_on and toks.words[lead] == "going"))
        and lead > 0
        and (
            _comma_before(text, toks, lead)
            or _spaced_dash_before(text, toks, lead)
            or toks.words[lead - 1] == "by"
            or (toks.words[lead - 1] == "and" and bool(frames))  # "calling it X and asserting"
            # ", even suggesting he was sabotaged", ", also saying ...": an
            # adverb between the comma and the participle
            or (
                toks.words[lead - 1] in _PARTICIPLE_ADVERBS
                and lead >= 2
                and _comma_before(text, toks, lead - 1)
            )
            # "said he was proud, before adding: “...”"
            or (
                toks.words[lead - 1] in {"before", "then"}
                and lead >= 2
                and toks.words[lead - 2] == ","
                and bool(frames)
            )
        )
    ):
        # ", adding that ...", "began by saying ...": the clause's speaker
        # (not a frame nested in another's content: "Holm said she believes
        # X, adding that Y" is Holm adding)
        outer = _not_nested(
            frames,
            lambda g, f: (
                g.content is not None
                and g.content.start <= toks.starts[f.cue_index] < g.content.end
            ),
        )
        governing = (
            (outer or frames)[-1].speaker
            if frames
            else _sentence_subject(text, toks, lead) or _it_subject(toks, lead)
        )
        if not frames:
            acted = _after_clause_actor(text, toks, lead)
            if acted is not None and (
                governing is None or toks.words[governing[1]] in _MARKET_SUBJECTS
            ):
                # "Shares fell after analyst Harlan Smith cut his rating,
                # saying ...": a price does not speak; the one whose act
                # moved it, in the clause the participle follows, does
                governing = acted
        if toks.words[lead - 1] == ",":
            # "..., with Landini, head of the CGIL, saying ...": the absolute
            # phrase's name, set off by its appositive, speaks
            named = _appositive_speaker(text, toks, lead - 1)
            if (
                named is not None
                and named[0] >= 2
                and (
                    (toks.words[named[0] - 1] == "with" and toks.words[named[0] - 2] == ",")
                    or _second_absolute_subject(toks, named[0])
                )
                and _capitalized(text, toks, named[0])
            ):
                governing = named
        if governing is None:
            return None
        found = _forward_content(text, toks, c, cue.end, lemma, sentence)
        if found is None:
            return None
        content, rng = found
        if governing[1] + 2 == lead and toks.words[lead - 1] == ",":
            # "Ortiz, saying the pier was safe, urged calm": an aside between
            # the subject and its verb ends at its closing comma
            comma = next((k for k in range(rng[0] + 1, rng[1]) if toks.words[k] == ","), None)
            if comma is not None:
                rng = (rng[0], comma - 1)
                content = Span(
                    content.start, _content_end(text, content.start, toks.ends[comma - 1])
                )
        return _Frame(governing, _span(toks, *governing), cue, content, rng, c)

    if word in PARTICIPLE_CUES and c > 0 and _gerund_lead(toks, c):
        return _gerund_frame(text, toks, c, cue, lemma, sentence, frames)

    # the speaker on the left, skipping adverbs and auxiliaries
    j = lead - 1
    if toks.words[c] == "saying" and cue.start < toks.starts[c]:
        j = _token_at(toks, cue.start) - 1
    j = _skip_back(text, toks, j)
    if (
        j >= 0
        and j == lead - 1
        and word.endswith("s")
        and not word.endswith("ss")
        and SPEECH_FORMS.get(word, word) != word
        and j >= 2
        and toks.words[j - 1] in {"and", "or"}
        and looks_plural(toks.words[j])
        and toks.words[j] not in _NOT_PLURAL_HEADS
        and not _capitalized(text, toks, j)
    ):
        # "the spate of shootings and protests demands that": a plural joined
        # to an object is no subject of a verb in -s
        return None
    negation = (
        next(
            (
                k
                for k in range(j + 1, c)
                if toks.words[k] in {"not", "never"} or toks.words[k].endswith(("n't", "n’t"))
            ),
            None,
        )
        if j + 1 < c  # most speakers stand right before the cue: nothing between
        else None
    )
    if negation is not None:
        if not belief:
            return None  # "has never said", "wouldn't say": a denial of speech, no quote
        # "Democrats don't think ...": a belief all the same; the cue keeps
        # its negation so that the quote does not read as its opposite
        cue = Span(toks.starts[negation], cue.end)
    speaker: tuple[int, int] | None = None
    appositive = False
    coordinated = False
    if j >= 1 and (toks.words[j] in _DASHES or toks.words[j] in _DASH_ENTITIES):
        opening = j - 1
        while (
            opening > 0
            and j - opening <= _MAX_APPOSITIVE_TOKENS
            and toks.words[opening] not in _DASHES
            and toks.words[opening] not in _DASH_ENTITIES
        ):
            opening -= 1
        if (
            toks.words[opening] in _DASHES or toks.words[opening] in _DASH_ENTITIES
        ) and opening > 0:
            j = opening - 1  # "Kall -- co-editor of a book on debates -- said"
            # "Dickey, the chief executive of Ora Media -- the company that
            # owns it -- told": the dashes set off a gloss on an appositive
            glossed = _appositive_speaker(text, toks, opening)
            if (
                glossed is not None
                and glossed[1] + 2 < opening
                and toks.words[glossed[1] + 1] == ","
                and toks.words[glossed[1] + 2] in {"the", "a", "an", "its", "his", "her"}
                and _capitalized(text, toks, glossed[1])
            ):
                speaker, appositive = glossed, True
    if (
        j >= 2
        and toks.words[j] == ","
        and toks.words[j - 1] == ")"
        and "," not in toks.words[:j]
        # "1.5 billion euros ($1.6 billion), said the people": a currency
        # conversion, no party tag; the attribution is inverted
        and not _amount_in_parentheses(toks, j - 1)
    ):
        j -= 1  # "Sen. Lana Kirk (D-R.I.), said": a stray comma after the party tag
    inverted_tail = j >= 0 and toks.words[j] == "," and _inverted_tail(text, toks, c)
    if speaker is not None:
        pass
    elif j >= 0 and toks.words[j] == "," and not inverted_tail:
        opens_with_quote = bool(toks.kinds) and toks.kinds[0] == "q"
        speaker = (_after_quote_speaker(text, toks, j) if opens_with_quote else None) or (
            _appositive_speaker(text, toks, j)
        )
        appositive = speaker is not None
    elif j >= 0:
        speaker = (
            _anonymity_clause_speaker(text, toks, c)
            or _between_quote_and_cue(text, toks, j)
            or _speaker_left(text, toks, j, 0)
        )
        if speaker is not None and word in PARTICIPLE_CUES and not word.startswith("show"):
            # "McConnell issued a statement saying ...": the one who issued
            # it (but "released an ad showing ...": what the ad shows)
            speaker = _issuer(text, toks, speaker) or speaker
        if (
            speaker is not None
            and word.endswith("ing")
            and _cited_before(toks, speaker[0])
        ):
            # "Ruiz cited a study showing that ...", "cited forecasts from the
            # OBR showing ...": the document is what was cited; the citing
            # act reports it whole
            return None
        if speaker is not None and word.endswith("ing"):
            # "The ad closes with Renfrow saying, “...”": the one after
            # "with" speaks; the clause before it is the writer's
            speaker = _after_with(text, toks, speaker)
        if (
            speaker is not None
            and word in PARTICIPLE_CUES
            and word.endswith("ing")
            and _no_noun_phrase(text, toks, speaker)
        ):
            # "Vell started out the debate saying ...", "... fired back a
            # reply saying ...": words of the predicate, no speaker; the
            # clause's subject speaks
            speaker = _sentence_subject(text, toks, lead) or speaker
    if lemma in {"show", "reveal", "say"} and not word.endswith("ing") and j >= 1:
        filed = _filed_subject(text, toks, c)
        if filed is not None and (speaker is None or speaker[0] > filed[0]):
            # "..., disclosures filed on Sunday night revealed.": the papers
            # with their date, not the date alone
            speaker = filed
    if lemma in {"show", "find"} and not word.endswith("ing") and j >= 0 and toks.words[j] != ",":
        finding = _finding_subject(text, toks, c)
        if finding is not None and (speaker is None or speaker != finding):
            # "A poll from Kell University released Wednesday found ...": the
            # poll with all its modifiers, not the last of them
            speaker = finding
    if speaker is None and j >= 0 and toks.words[j] == "," and not inverted_tail:
        speaker = _after_quote_speaker(text, toks, j)
    if speaker is None and j >= 2 and toks.kinds[j] == "q" and _comma_before(text, toks, j + 1):
        # "Humphrey, who calls Ortiz a “sociopath,” said": a relative clause
        # ending in a quotation sets the name off
        who = next(
            (
                k
                for k in range(j - 1, max(0, j - _MAX_APPOSITIVE_TOKENS) - 1, -1)
                if toks.words[k] in {"who", "whose"} and toks.words[k - 1] == ","
            ),
            None,
        )
        if who is not None and who >= 2:
            speaker = _speaker_left(text, toks, who - 2, 0)
            appositive = speaker is not None
        else:
            # "Ortiz, citing “safety,” said": a participle clause ending in one
            speaker = _appositive_speaker(text, toks, j + 1)
            appositive = speaker is not None
    if speaker is None and (
        (j >= 1 and toks.words[j] in {"and", "but"})
        or (j >= 1 and toks.words[j] == "," and toks.words[j + 1] == "then")
    ):
        # "Smith met the board and said ...": the subject of the first verb
        speaker = _coordinated_subject(text, toks, j, frames)
        coordinated = speaker is not None
    if speaker is not None and (
        _malformed_speaker(text, toks, speaker)
        or (
            word == lemma
            and not _source_like(text, toks, speaker)
            and not (word in _AGREEING_CUES and speaker[1] == c - 1 and _plural_head(toks, speaker))
            # "“...,” it read.": the past of "read", the pronoun a document's
            and not (word == "read" and _verb_use(text, toks, c) and toks.words[c - 1] == "it")
            # "Democrats trying to regain the Senate say": the plural before the participle
            and not (
                word in _AGREEING_CUES
                and _plural_with_participle(text, toks, c)
                # ("Republican activists clamoring ...": a modifier may come first)
                and any(
                    _plural_head(toks, (t, t))
                    for t in range(speaker[0], min(speaker[1], speaker[0] + 2) + 1)
                )
            )
        )
    ):
        return None  # "the checks would add costs", "including Friday's said"
    if (
        speaker is not None
        and not belief
        # "None of the officials": the words of the speaker and two before
        and not _NOBODY.isdisjoint(toks.words[max(0, speaker[0] - 2) : speaker[1] + 1])
    ):
        return None  # "Neither Lind nor Berg would say whether ...": nobody said it
    if (
        word in PARTICIPLE_CUES
        and speaker is not None
        and speaker[0] >= 3
        and toks.words[speaker[0] - 2 : speaker[0]] == ["out", "to"]
    ):
        # "An alert went out to students saying ...": the ones it went out to
        # are listeners; what went out speaks
        verb = speaker[0] - 3
        sent = _sentence_subject(text, toks, verb)
        if sent is None and 1 <= verb <= 4 and toks.words[0] in {"a", "an", "the"}:
            sent = (0, verb - 1)  # "An alert went out": an article and its noun
        if (
            sent is not None
            and sent[1] < verb
            and all(toks.kinds[t] == "w" for t in range(sent[0], sent[1] + 1))
        ):
            speaker = sent
    if (
        lemma == "show"
        and speaker is not None
        and speaker[0] >= 2
        and toks.words[speaker[0] - 1] in {"from", "of"}
        and toks.words[speaker[0] - 2] in _PICTURE_NOUNS
    ):
        return None  # "This image from video provided by X shows ...": a picture, no report
    if speaker is not None and speaker[0] > 0 and toks.words[speaker[0] - 1] in _WH_WORDS:
        # "what she said was a mistake", "how experts say it would work": the
        # wh-clause is the report; "what we expect from Trump" is none
        return None if belief else _what_frame(text, toks, c, speaker, cue)
    if speaker is not None:
        speaker_span = _span(toks, *speaker)
        if appositive:
            speaker_span = _span(toks, speaker[0], speaker[1])
        # content after the cue
        found = _forward_content(text, toks, c, cue.end, lemma, sentence)
        if found is not None and _said_nothing(toks, found[1][0]):
            return None  # "Whitcomb said nothing in court": nothing is reported
        if (
            found is None
            and lemma in {"show", "find"}
            and _document_head(toks, speaker)
            # "Any reading of the deal would show ...": the object of ``of``
            # is no subject (but "a batch of emails released Monday showed")
            and not (
                speaker[0] > 1
                and toks.words[speaker[0] - 1] == "of"
                and toks.words[speaker[0] - 2] not in _COLLECTION_NOUNS
            )
        ):
            # "Records show the firm paid no tax", "A survey found most
            # residents back the levy"
            found = _shown(text, toks, c)
            if found is not None and speaker[1] > speaker[0] and toks.words[speaker[1]] == "out":
                speaker = (speaker[0], speaker[1] - 1)  # "A survey out this week shows"
                speaker_span = _span(toks, *speaker)
        if found is None and lemma in _EXPECTING:
            found = _object_infinitive(toks, c)  # "Analysts expect the bank to cut rates"
            if found is not None and (
                tail := _CONTEXT_TAIL.search(text, found[0].start, found[0].end)
            ):
                # "expect Voss to win -- 44 percent to 34": the writer's tail
                found = (Span(found[0].start, tail.start()), found[1])
        if found is None and _opens_with_as(toks, speaker[0]):
            found = _as_reported(toks, c)  # "As the Ledger reported, even if ..."
        relative = speaker[0] - 1
        if (
            relative >= 1
            and toks.words[relative] in {"which", "that"}
            and toks.words[relative - 1] == ","
            and c + 1 < len(toks)
            and toks.kinds[c + 1] == "w"
            # the relative pronoun is the subject of what was said, so a verb
            # follows ("which he said were ..."); ", which he has repeated to
            # anyone who will listen, is that ...": the pronoun is the object
            and toks.words[c + 1] not in _RELATIVE_OBJECT_FOLLOWERS
        ):
            # ", which he said were at his side", ", which state media claimed
            # now allows ...": the relative clause, whole
            last = (
                found[1][1]
                if found is not None
                else _last_content_token(toks, c + 1, len(toks) - 1)
            )
            comma = next((k for k in range(c + 1, last) if toks.words[k] == ","), None)
            if comma is not None:
                last = comma - 1  # ", which he said were at his side, were found"
            end = (
                found[0].end
                if found is not None and comma is None
                else _content_end(text, cue.end, toks.ends[last])
            )
            if last > c and (
                toks.words[speaker[0]] in _SOURCE_IN_PLAY
                # "The car, which police said was stolen, crashed": the
                # crime-copy plurals, as "who troopers said" (not "which
                # state media claimed now allows ...": a new source's words)
                or (speaker[0] == speaker[1] and toks.words[speaker[0]] in _CRIME_SPEAKERS)
                # "The House passed the bill, which critics said would gut
                # local control": the bare plurals of policy copy likewise
                # (not inside another's report: "protested the system, which
                # advocates say disadvantages schools")
                or (
                    speaker[0] == speaker[1]
                    and toks.words[speaker[0]] in _POLICY_SPEAKERS
                    and not any(toks.words[t] in CUE_FORMS for t in range(relative))
                )
            ):
                # "..., which it said would open in 2028", "..., which the
                # court said was final": a source in play says the rest after
                # the cue, as for "who troopers said had been speeding"
                found = (Span(toks.starts[c + 1], end), (c + 1, last))
            elif last > c:
                found = (Span(toks.starts[relative], end), (relative, last))
        if found is not None and relative >= 1 and (
            toks.words[relative] in {"who", "whom"}
            # "The truck that police said caused the crash was carrying fuel":
            # a restrictive "that" on the sentence's subject, its report
            # opening on a verb
            or (
                toks.words[relative] == "that"
                and 2 <= relative <= 4
                and toks.words[0] in DETERMINERS
                and all(toks.kinds[t] == "w" for t in range(relative))
                and speaker[0] == speaker[1]
                and toks.words[speaker[0]] in _CRIME_SPEAKERS
                and _verb_first(toks, found[1][0], c)
            )
        ):
            # "A man who police said fired at officers was killed": the
            # report is the rest of the relative clause
            found = _relative_report(text, toks, found)
        elif found is not None and _verb_first(toks, found[1][0], c):
            # "A man police say fired at officers was arrested": a reduced
            # relative; the speaker is the source after the man
            inner = _reduced_relative_speaker(text, toks, speaker)
            if inner is not None:
                speaker = inner
                speaker_span = _span(toks, *speaker)
                found = _relative_report(text, toks, found)
        if found is not None and lemma == "tell" and _listener_relative(toks, found[1][0]):
            # "told Ann Greer, who answered her door": about the listener, no
            # report after the cue; a quotation before it may still be hers
            # ("“...,” Ruiz told Cole, who wept.")
            found = None
        if found is not None:
            found = _within_leading_clause(text, toks, speaker, c, found)
        if (
            found is not None
            and (
                (
                    toks.words[speaker[1]] in {"who", "whom", "which"}  # "who", "many of whom"
                    and speaker[0] >= 1
                    and toks.words[speaker[0] - 1] == ","
                )
                # ", whose campaign said ..., declined": the same relative clause
                or (speaker[0] >= 2 and toks.words[speaker[0] - 2 : speaker[0]] == [",", "whose"])
            )
        ):
            found = _before_main_verb(text, toks, found)
        if not belief or (
            toks.words[speaker[1]] not in _FIRST_SECOND_PERSON
            and toks.words[speaker[0]] not in RELATIVE_PRONOUNS
            and _source_like(text, toks, speaker)
        ):
            # "The tax, critics think, will fail" too; the writer's own "I
            # think" in a column is no attribution
            carried = (
                found is not None
                and toks.words[found[1][0]] == "by"
                and text[cue.start : cue.end].endswith("as saying")
            )
            if carried and found is not None:
                # "..., Khamenei was quoted as saying by state media.": the
                # carrier closes the attribution; the content is before it
                end = found[1][1]
                trailing_frame = _trailing_frame(
                    text,
                    toks,
                    end,
                    Span(cue.start, toks.ends[end]),
                    speaker,
                    speaker_span,
                    sentence,
                )
                if trailing_frame is not None:
                    trailing_frame.cue, trailing_frame.cue_index = cue, c
            elif found is not None and (
                coordinated
                or (
                    speaker[1] < c - 2
                    and toks.words[c - 1] in {"and", "but"}
                    and any(toks.words[t] in CUE_FORMS for t in range(speaker[1] + 1, c - 1))
                )
            ):
                # "“A,” Galvez said, but added that she would ...": the second
                # verb reports its own clause; the quotation before is the
                # first verb's
                trailing_frame = None
            else:
                trailing_frame = _trailing_frame(
                    text, toks, c, cue, speaker, speaker_span, sentence
                )
            if (
                trailing_frame is not None
                and trailing_frame.content is not None
                and toks.words[speaker[0]] in {"who", "whom"}
                and trailing_frame.content.start <= cue.start < trailing_frame.content.end
            ):
                # "Dan Rourke, who is advising Pruitt, said ...": a content
                # never holds its own cue; the relative clause describes
                # its antecedent and reports nothing
                return None
            if (
                trailing_frame is not None
                and trailing_frame.content_tokens is not None
                and _scene_only(toks, *trailing_frame.content_tokens)
                and c + 1 < len(toks)
                and toks.kinds[c + 1] == "w"
                # "In the spring, Ruiz said as she left, “...”": the
                # quotation after is hers, read by the frame
                and "q" not in toks.kinds[c + 1 :]
            ):
                # "Friday morning, as the parade passed, Radio Keel reported
                # six drones ...", "On Friday, the third day of his tour,
                # Holt told a joke": a scene set before the cue, whose words
                # go on after it, is not what was said
                return None
            if trailing_frame is not None:
                return trailing_frame
        if found is not None:
            content, rng = found
            closing = _subordinate_close(text, toks, speaker[0], rng)
            if closing is not None:
                # "while Hale said he'd call a vote, it's not clear ...": the
                # report ends with the clause it is subordinate to
                rng = (rng[0], closing)
                end = _content_end(text, content.start, toks.ends[closing])
                tail = _CONTEXT_TAIL.search(text, content.start, end)
                content = Span(content.start, end if tail is None else tail.start())
            return _Frame(speaker, speaker_span, cue, content, rng, c)
        return None
    if belief:
        return None
    # inverted: "..., said Smith." / "“...,” said the official."
    if c > 0 and (toks.words[c - 1] == "," or toks.kinds[c - 1] == "q"):
        inverted = _speaker_right(text, toks, c + 1)
        if (
            inverted is None
            and toks.kinds[c - 1] == "q"
            and c + 2 < len(toks)
            and toks.words[c + 1] in {"another", "one"}
            and toks.kinds[c + 2] == "p"
            and toks.words[c + 2] in {".", ","}
        ):
            # "“...,” said another.": one more of the people just quoted (as
            # "“...,” another said." is); "“...,” read one.": one of the
            # signs just named
            inverted = (c + 1, c + 1)
        if (
            inverted is None
            or _before_time_phrase(toks, inverted[1]) < inverted[0]
            or _malformed_speaker(text, toks, inverted)
            or (
                inverted[0] == inverted[1]
                and toks.words[inverted[0]] not in {"another", "one"}
                and not _source_like(text, toks, inverted)
            )
            # "The endorsement, announced at a news conference, comes": a
            # participle with its place; a preposition opens no speaker
            or toks.words[inverted[0]] in _PREPOSITIONS
        ):
            return None  # "...,said said": a cue is nobody; "..., urged calm": an object
        if (
            toks.words[c] in _OBJECT_VERBS
            and toks.words[c - 1] == ","
            and (c < 2 or toks.kinds[c - 2] != "q")
        ):
            # "Howard Stern, in 2013, questioned Santo's statements": a verb
            # that takes its object is inverted only after a quotation
            return None
        after = inverted[1] + 1
        if (
            after < len(toks)
            and toks.kinds[after] == "w"
            and (toks.words[after] in AUXILIARIES or toks.words[after] in CUE_FORMS)
        ):
            return None  # "..., said the nomination will ...": a clause follows, not a speaker
        if (
            after + 1 < len(toks)
            and toks.words[after] == "to"
            and toks.kinds[after + 1] == "w"
            and not _capitalized(text, toks, after + 1)
            and toks.words[after + 1] not in DETERMINERS
            and not looks_plural(toks.words[after + 1])  # "said X to reporters": a listener
        ):
            return None  # "Friday, Texas, ..., asked a federal judge to block ...": a request
        restrictive = _restrictive_clause_end(toks, after)
        if _without_contraction(toks.words[inverted[0]]) in SUBJECT_PRONOUNS or any(
            not _capitalized(text, toks, k)
            and is_past_verb(toks.words[k])
            and not _polled_by(toks, k + 1, inverted[0])
            # "said a retired teacher", "said one unaligned strategist": an adjective
            and not (toks.words[k - 1] in DETERMINERS or is_number(toks.words[k - 1]))
            # "said a bench headed by ...": a restrictive participle
            and not (k + 1 <= inverted[1] and toks.words[k] in RESTRICTIVE_PARTICIPLES)
            for k in range(inverted[0] + 1, inverted[1] + 1)
        ):
            return None  # "..., said he's with ...", "said the mayor failed to": a clause
        last = c - 2 if toks.words[c - 1] == "," else c - 1
        if last < 0:
            return None
        if restrictive is not None:
            inverted = (inverted[0], restrictive)  # "said an engineer who built it"
        else:
            inverted = _closing_name(text, toks, inverted, opening=False) or inverted
        content = _trimmed_span(text, toks, 0, last)
        rest = _inverted_rest(text, toks, inverted[1])
        if rest is not None and last > 0 and toks.words[c - 1] == ",":
            # "The contrast, said Doyle, would be clear": the clause the
            # attribution interrupts, whole
            end = _content_end(text, content.start, toks.ends[rest])
            return _Frame(
                inverted, _span(toks, *inverted), cue, Span(content.start, end), (0, rest), c
            )
        return _Frame(inverted, _span(toks, *inverted), cue, content, (0, last), c)
    return None


# verbs of judging that take an object noun phrase: after a plain comma
# they are the verb of the clause, never an inverted cue ("said" / "added" /
# "wrote" / "asked" invert; "..., questioned X" has X as its object)
_OBJECT_VERBS = frozenset(
    """questioned criticized criticised denied praised rejected condemned disputed
    challenged attacked blamed defended applauded hailed lauded welcomed dismissed
    slammed blasted thanked""".split()
)


# the longest appositive set off after an inverted speaker
_MAX_INVERTED_APPOSITIVE = 24


def _inverted_rest(text: str, toks: _Tokens, end: int) -> int | None:
    """``The contrast with Voss, said Doyle, would be clear``, ``Any reading
    of it, said Ada Kerr, an expert on trade, would show ...``: after an
    inverted speaker (and its appositive) set off by commas, the interrupted
    clause goes on with its verb; the last token of that rest, else None."""
    n = len(toks)
    k = end + 1
    if k >= n or toks.words[k] != ",":
        return None
    if k + 1 < n and toks.words[k + 1] in {"a", "an", "the"}:
        stop = min(n, k + 2 + _MAX_INVERTED_APPOSITIVE)
        k = next((t for t in range(k + 2, stop) if toks.kinds[t] != "w"), n)
        if k >= n or toks.words[k] != ",":
            return None
    verb = k + 1
    if verb >= n or toks.kinds[verb] != "w" or _capitalized(text, toks, verb):
        return None
    if toks.words[verb] not in AUXILIARIES and toks.words[verb] not in PAST_ONLY:
        return None
    last = _last_content_token(toks, verb, n - 1)
    return last if last > verb else None


def _said_nothing(toks: _Tokens, k: int) -> bool:
    """``said nothing in court``, ``said little during the hearing``: the
    object tells that nothing (or little) was said; but ``said nothing has
    changed`` reports a clause."""
    if toks.words[k] not in {"nothing", "little"}:
        return False
    nxt = toks.words[k + 1] if k + 1 < len(toks) else "."
    return not (nxt in AUXILIARIES or nxt in PAST_ONLY or is_past_verb(nxt))


def _it_subject(toks: _Tokens, lead: int) -> tuple[int, int] | None:
    """``(Meanwhile,) it attacked Crane, saying ...``: ``it`` before a verb in
    the past is the body named before, which the sources stage resolves."""
    first = 2 if len(toks) > 2 and toks.words[1] == "," else 0
    if (
        first + 1 < lead
        and toks.words[first] == "it"
        and is_past_verb(toks.words[first + 1])
        and toks.words[first + 1] not in _PASSIVE_BE
        and toks.words[first + 1] not in {"seemed", "appeared", "remained", "became"}
    ):
        return (first, first)
    return None


def _to_a_noun(toks: _Tokens, to: int) -> bool:
    """``agreed to a plea deal``, ``agreed to terms``: ``to`` opens a noun
    phrase, not an infinitive."""
    if to + 1 >= len(toks):
        return False
    nxt = toks.words[to + 1]
    return (
        nxt in DETERMINERS
        or is_number(nxt)
        or (nxt.endswith("s") and not nxt.endswith(("ss", "us")) and len(nxt) > 3)
    )


# bare cue forms that are never a noun, so never the object of a verb
_NEVER_NOUN_CUES = frozenset(
    "say says think thinks believe believes argue argues insist insists contend contends".split()
)


def _relative_clause_before(toks: _Tokens, c: int) -> bool:
    """``Mayors whose budgets were cut say``, ``People who voted say``: a
    relative pronoun a few words before the cue, with only words between,
    after a noun: the clause's last verb is not the cue's verb."""
    for k in range(c - 2, max(0, c - 9), -1):
        if toks.kinds[k] != "w":
            return False
        if toks.words[k] in {"who", "whose"}:
            return toks.kinds[k - 1] == "w" and toks.words[k - 1] not in CLAUSE_STOPS
    return False


def _object_noun(toks: _Tokens, c: int) -> bool:
    """A cue word that is the object of a verb in the past before it
    (``traded blame``, ``dismissed claims``), not a verb of its own."""
    word = toks.words[c]
    before = toks.words[c - 1] if c > 0 else ""
    if word in _NEVER_NOUN_CUES and _relative_clause_before(toks, c):
        return False  # "Growers whose crops failed say": the relative clause ends, the verb follows
    return (
        c > 0
        and is_past_verb(before)
        and before not in _SURVEYED
        and not word.endswith(("ed", "ing"))
        and word not in PAST_ONLY
        and word not in {"said", "told", "wrote", "read", "thought", "felt"}
    )


# verbs of a step taken in order to speak: "took to social media to say"
_PURPOSE_VERBS = frozenset(
    """took takes went goes used uses appeared appears came comes turned
    turns returned returns rose rises stood stands""".split()
)


def _purpose_subject(text: str, toks: _Tokens, c: int) -> tuple[int, int] | None:
    """``Voss took to social media to say ...``, ``used his speech to argue
    that ...``: a speech verb in an infinitive of purpose speaks for the
    subject of the verb the purpose belongs to."""
    stance = _stance_subject_end(toks, c)
    if stance is not None:
        # "Greenvale is pleased to announce that ...": the stance only
        # colours the report; its subject speaks
        speaker = _speaker_left(text, toks, _skip_back(text, toks, stance), 0)
        if speaker is None or not _source_like(text, toks, speaker):
            return None
        return speaker
    if c < 3 or toks.words[c - 1] != "to" or toks.words[c] not in _PURPOSE_SPEECH:
        return None
    for k in range(c - 2, max(0, c - 9), -1):
        word = toks.words[k]
        if _place_adverb(toks, k):
            continue  # "stood at a rally here to say": where, not a new clause
        if toks.kinds[k] != "w" or (word in CLAUSE_STOPS and word != "to") or word in CUE_FORMS:
            return None
        if word in _PURPOSE_VERBS:
            speaker = _speaker_left(text, toks, _skip_back(text, toks, k - 1), 0)
            if speaker is None or not _source_like(text, toks, speaker):
                return None
            return speaker
    return None


def _listener_relative(toks: _Tokens, first: int) -> bool:
    """``told Ann Greer, who answered her door ...``: a relative clause set
    off after the listener describes the listener; it is no report."""
    return (
        first >= 2
        and toks.words[first] in {"who", "whom", "which"}
        and toks.words[first - 1] == ","
        and toks.kinds[first - 2] == "w"
    )


def _place_adverb(toks: _Tokens, k: int) -> bool:
    """``here`` / ``there`` closing a place phrase (``at a rally here``), not
    opening a clause (``there was``, ``here is``)."""
    return (
        toks.words[k] in {"here", "there"}
        and k >= 1
        and toks.kinds[k - 1] == "w"
        and toks.words[k + 1] not in AUXILIARIES
    )


def _stance_subject_end(toks: _Tokens, c: int) -> int | None:
    """``X is pleased to announce that ...``, ``X is proud to report that``,
    ``X wishes to announce that``, ``X would like to announce that``: the
    press-release lede, where a stance before an infinitive of speech only
    colours the report. The token that ends the subject, or ``None``; the
    report must go on with ``that`` or a colon."""
    if (
        c < 3
        or toks.words[c] not in _STANCE_SPEECH
        or toks.words[c - 1] != "to"
        or c + 1 >= len(toks)
        or toks.words[c + 1] not in {"that", ":"}
    ):
        return None
    k = c - 2
    word = toks.words[k]
    if word in {"wishes", "wish"}:
        return k - 1
    if word == "like" and toks.words[k - 1] in {"would", "’d", "'d"} and k >= 2:
        return k - 2
    if word not in _STANCE_ADJECTIVES:
        return None
    k -= 1
    if toks.words[k] in {"very", "extremely", "particularly", "especially", "so", "most"}:
        k -= 1
    if k >= 1 and toks.words[k] in {"is", "are", "was", "were", "am"}:
        return k - 1
    return None


_STANCE_SPEECH = frozenset("announce report say confirm state share".split())
_STANCE_ADJECTIVES = frozenset(
    "pleased proud happy delighted excited thrilled glad honored honoured".split()
)


_PURPOSE_SPEECH = frozenset(
    "say argue declare announce insist warn explain claim accuse urge".split()
)


# -ing cue forms that are nouns after a determiner: "a flood warning"
_ING_NOUNS = frozenset("warning warnings ruling finding briefing hearing filing reading".split())

# bodies that hear evidence: "the court heard that ...", "the inquest heard"
# who hands down a holding ("The appeals court held that ..."): a bench, a
# judge or a body that rules; a belief ("conventional wisdom holds that") is none
_HOLDING_HEADS = frozenset(
    "court courts judge judges justice justices panel tribunal majority bench ruling"
    " opinion decision magistrate magistrates arbitrator commission board regulator".split()
)


def _holding_speaker(text: str, toks: _Tokens, speaker: tuple[int, int], sentence: Span) -> bool:
    """The subject of ``held that`` is a court, a judge or a named person
    standing as a subject (no preposition before it, not a lone opening word
    such as ``Tradition``)."""
    first, last = speaker
    if first >= 1 and toks.words[first - 1] in {"in", "of", "at", "on", "from", "among", "by"}:
        return False  # "the conventional wisdom in Washington held": not its subject
    if toks.words[last] in _HOLDING_HEADS or toks.words[first] in {"judge", "justice"}:
        return True
    opens = toks.starts[first] <= sentence.start
    return text[toks.starts[last]].isupper() and not (first == last and opens)


_HEARING_BODIES = frozenset("court jury jurors inquest tribunal hearing magistrates".split())

_GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})
# participles that make their noun the ones asked: "those surveyed say"
_SURVEYED = frozenset("surveyed polled asked interviewed questioned sampled".split())


def _went_on(toks: _Tokens, c: int) -> bool:
    """``went on to say``: the cue at ``c`` after a form of "go on to"."""
    return (
        c >= 3
        and toks.words[c - 1] == "to"
        and toks.words[c - 2] == "on"
        and toks.words[c - 3] in _GO_FORMS
    )


# prepositions that take a speech participle whose speaker is the clause's
# subject: "was criticized for saying ...", "After saying ..., she ..."
_GERUND_PREPOSITIONS = frozenset({"after", "for", "before", "despite", "while", "since"})


def _spaced_dash_before(text: str, toks: _Tokens, lead: int) -> bool:
    """``flipped his pick on the spot - saying he was rooting for Denver``: a
    dash set off by spaces (or an em dash) stands for the comma before a
    participle cue, as wire copy types it; a hyphen inside a word does not."""
    if lead < 3:
        return False
    dash = toks.words[lead - 1]
    if dash in {"—", "--"}:
        return True
    return (
        dash in {"-", "–"}
        and toks.ends[lead - 1] < toks.starts[lead]
        and (toks.ends[lead - 2] < toks.starts[lead - 1])
    )


# the citing act whose object a document is: "cited a study showing ..."
_CITE_FORMS = frozenset({"cite", "cites", "cited", "citing"})


def _cited_before(toks: _Tokens, first: int) -> bool:
    """A citing verb right before ``first``, or before a short object and
    its ``from``/``by``/``of`` (``cited forecasts from``), words only."""
    for k in range(first - 1, max(-1, first - 5), -1):
        if toks.kinds[k] != "w":
            return False
        if toks.words[k] in _CITE_FORMS:
            return k == first - 1 or toks.words[first - 1] in {"from", "by", "of"}
    return False


def _second_absolute(text: str, toks: _Tokens, k: int, last: int) -> bool:
    """After ``and`` at ``k``: a short noun phrase ending in a capitalised
    name, then a participle (``and challenger Dale Kim struggling``)."""
    for t in range(k + 2, min(last + 1, k + 7)):
        if toks.kinds[t] != "w":
            return False
        if toks.words[t].endswith("ing") and len(toks.words[t]) > 4:
            return _capitalized(text, toks, t - 1)
    return False


# verbs of an ad's or a speech's order before "with": "closes with X saying"
_ORDER_VERBS = frozenset(
    """opens open opened closes close closed ends end ended begins begin began
    starts start started""".split()
)


def _after_with(text: str, toks: _Tokens, speaker: tuple[int, int]) -> tuple[int, int]:
    """``The ad closes with Renfrow``: the speaker found left of a
    participle keeps only the name after ``closes with`` / ``ends with``."""
    first, last = speaker
    for t in range(last - 1, first + 1, -1):
        if toks.words[t] == "with":
            if toks.words[t - 1] in _ORDER_VERBS and (
                _capitalized(text, toks, t + 1) or toks.words[t + 1] in DETERMINERS
            ):
                return (t + 1, last)
            break
    return speaker


def _aside_closed_before(toks: _Tokens, comma: int, lead: int) -> bool:
    """``Kimbrough, asked by a moderator whether ..., paused before
    saying``: the aside the comma after the subject opens closes before the
    participle's preposition, and a verb of its own (words only) follows."""
    if toks.words[comma] != ",":
        return False
    close = next((k for k in range(lead - 1, comma, -1) if toks.kinds[k] != "w"), comma)
    return close > comma + 1 and toks.words[close] == "," and close + 1 < lead


def _gerund_lead(toks: _Tokens, c: int) -> bool:
    """Whether the participle cue at ``c`` is a preposition's object
    (``for saying``, ``aside from saying``)."""
    before = toks.words[c - 1]
    return before in _GERUND_PREPOSITIONS or (
        before == "from" and c >= 2 and toks.words[c - 2] in {"aside", "apart"}
    )


def _gerund_frame(
    text: str,
    toks: _Tokens,
    c: int,
    cue: Span,
    lemma: str | None,
    sentence: Span,
    frames: list[_Frame],
) -> _Frame | None:
    """``He was mocked for saying the dam was safe`` and ``After saying the
    dam was safe, she left``: the participle's speaker is the subject of the
    clause it modifies, before it or, for a leading phrase, after its comma."""
    if lemma == "add" and (c + 1 >= len(toks) or toks.words[c + 1] not in {"that", ":"}):
        return None  # "while adding new routes": a gain, nothing said
    found = _forward_content(text, toks, c, cue.end, lemma, sentence)
    if found is None:
        return None
    content, rng = found
    lead = c - 1 if toks.words[c - 1] != "from" else c - 2
    if lead == 0 or (lead == 1 and toks.words[0] in {"but", "and", "yet", "so"}):
        # a leading phrase: its content ends at the comma before the subject
        # (the content may stop at the comma itself: "..., she ordered")
        top = min(len(toks) - 1, rng[1] + 2)
        comma = next(
            (
                k
                for k in range(top, rng[0], -1)
                if toks.words[k] == ","
                # "After saying it was “so swollen I could not walk,” she"
                or (toks.kinds[k] == "q" and text[toks.ends[k] - 2] == ",")
            ),
            None,
        )
        if comma is None:
            return None
        last = comma - 1 if toks.words[comma] == "," else comma
        speaker = _speaker_right(text, toks, comma + 1)
        if speaker is not None:
            # the subject ends before its verb: "she ordered a second inspection"
            verb = next(
                (
                    k
                    for k in range(speaker[0] + 1, speaker[1] + 1)
                    if not _capitalized(text, toks, k)
                    and (
                        toks.words[k] in AUXILIARIES
                        or toks.words[k] in CUE_FORMS
                        or toks.words[k] in PAST_OR_PARTICIPLE
                        or is_past_verb(toks.words[k])
                    )
                ),
                None,
            )
            if verb is not None:
                speaker = (speaker[0], verb - 1)
        if speaker is None or not _source_like(text, toks, speaker):
            return None
        rng = (rng[0], last)
        content = Span(content.start, _content_end(text, content.start, toks.ends[last]))
    else:
        if toks.words[lead] == "for" and not _passive_before(toks, lead):
            return None  # "blamed the network for reporting ...": the network reported
        prior = frames[-1].speaker if frames else None
        if prior is not None and prior[0] >= 1 and toks.words[prior[0] - 1] == "by":
            # "Kimbrough, asked by a moderator whether ..., paused before
            # saying": a passive's agent is no subject of the main clause
            prior = None
        speaker = prior or _sentence_subject(text, toks, lead)
        if (
            speaker is None
            or speaker[1] + 1 >= lead
            or (
                toks.kinds[speaker[1] + 1] != "w"
                and not _aside_closed_before(toks, speaker[1] + 1, lead)
            )
        ):
            # a verb must follow the subject: not "Now arguing ...", nor an
            # aside ("Ryan, despite admitting ..., said")
            return None
    if content.end <= content.start or toks.words[rng[0]] in _GREETINGS:
        return None
    # after another report it adds to it ("vowed to ..., while conceding
    # that ..."): weak, so that neither drops the other
    return _Frame(speaker, _span(toks, *speaker), cue, content, rng, c, weak=bool(frames))


# what "saying" takes that reports nothing: "after saying goodbye"
_GREETINGS = frozenset({"goodbye", "hello", "thanks", "grace", "sorry", "farewell"})


def _passive_before(toks: _Tokens, lead: int) -> bool:
    """``was criticized (at a hearing) for``, ``apologized for``: the subject
    is the one who spoke, not an object of the verb."""
    for k in range(lead - 1, max(-1, lead - 8), -1):
        word = toks.words[k]
        if toks.kinds[k] != "w":
            return False
        if word.startswith("apologi"):
            return True
        if word.endswith("ed") and k >= 1 and toks.words[k - 1] in _PASSIVE_BE:
            return True
    return False


def _verb_first(toks: _Tokens, first: int, c: int) -> bool:
    """Whether the report right after the cue opens with a finite verb (no
    subject of its own: ``police say fired at officers``)."""
    if first != c + 1 or toks.kinds[first] != "w":
        return False
    word = toks.words[first]
    return (
        word in PAST_ONLY
        or word in {"was", "were", "had", "has", "is", "are"}
        or (
            is_past_verb(word) and first + 1 < len(toks) and toks.words[first + 1] not in {",", "."}
        )
    )


def _reduced_relative_speaker(
    text: str, toks: _Tokens, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """``A man police say ...``, ``The gun federal prosecutors say ...``: the
    source after a determiner and its noun."""
    first, last = speaker
    if toks.words[first] not in {"a", "an", "the"} or last - first < 2:
        return None
    inner = (first + 2, last)
    return inner if _source_like(text, toks, inner) else None


def _relative_report(
    text: str, toks: _Tokens, found: tuple[Span, tuple[int, int]]
) -> tuple[Span, tuple[int, int]]:
    """The report inside a relative clause ends at the comma that closes it
    or before the main clause's verb (``who police said fired at officers
    was killed``: ``fired at officers``)."""
    content, (first, last) = found
    for t in range(first + 1, last + 1):
        word = toks.words[t]
        before = toks.words[t - 1]
        if word == "," or (
            toks.kinds[t - 1] == "w"
            and before not in AUXILIARIES
            and before not in COORDINATORS
            and before not in {"not", "never", "also", "or"}
            and (word in {"was", "were", "is", "are", "will"} or word in PAST_ONLY)
        ):
            if t - 1 < first:
                break
            end = _content_end(text, content.start, toks.ends[t - 1])
            return Span(content.start, end), (first, t - 1)
    return found


# the words before an `as` that gives a name: "gave his name only as Ali"
_AS_NAME_BEFORE = frozenset("only name names surname himself herself themselves identified".split())


def _restrictive_clause_end(toks: _Tokens, k: int) -> int | None:
    """``said a senior engineer who has worked on the bridge``: a relative
    clause with no comma before it restricts the speaker and belongs to its
    span (SPEC); the index of its last word, before a comma or the end."""
    n = len(toks)
    if k >= n or toks.words[k] not in {"who", "whose"}:
        return None
    last = k
    while last + 1 < n and toks.kinds[last + 1] == "w" and last - k < _MAX_APPOSITIVE_TOKENS:
        if (
            toks.words[last + 1] in {"because", "since", "as"}
            and any(toks.words[t] in _ANONYMITY_CLAUSE for t in range(k + 1, last + 1))
            # "who identified herself only as Marie", "who gave his name
            # as Ali": that `as` gives the name, no reason
            and not (toks.words[last + 1] == "as" and toks.words[last] in _AS_NAME_BEFORE)
        ):
            # "who asked not to be named because he invests in AI": the
            # reason for anonymity is the writer's, no part of the speaker
            break
        last += 1
    if (
        last > k
        and last + 1 < n
        and toks.kinds[last + 1] == "q"
        and toks.words[last] in _NAMING_WORDS
    ):
        last += 1  # "who goes by the call sign “Bison.”": the name in marks
    return last if last > k else None


def _amount_in_parentheses(toks: _Tokens, close: int) -> bool:
    """Whether the parentheses closing at ``close`` hold an amount (a figure
    or a currency sign: ``($1.6 billion)``, ``(1,330 GMT)``), not a tag."""
    t = close - 1
    while t >= 0 and close - t <= 8 and toks.words[t] != "(":
        word = toks.words[t]
        if word[:1].isdigit() or word[:1] in "$€£¥":
            return True
        t -= 1
    return False

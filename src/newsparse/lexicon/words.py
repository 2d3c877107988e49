"""Closed-class English words the attribution rules lean on.

These are the function words of English grammars (determiners, pronouns,
auxiliaries, subordinators) plus the small sets of adverbs and connectives
that wire copy places between a speaker and a cue (``also said``) or at the
head of reported speech (``Still,``). Everything is lower-case.
"""

from __future__ import annotations

__all__ = [
    "ADVERBS_BEFORE_CUE",
    "AUXILIARIES",
    "CLAUSE_STOPS",
    "CONNECTIVES",
    "COORDINATORS",
    "DETERMINERS",
    "ED_ADJECTIVES",
    "IRREGULAR_PLURALS",
    "LY_NOUNS",
    "NUMBER_WORDS",
    "OBJECT_PRONOUNS",
    "PAST_ONLY",
    "PAST_OR_PARTICIPLE",
    "QUANTIFIER_SUBJECTS",
    "RELATIVE_PRONOUNS",
    "SHARE_WORDS",
    "SUBJECT_PRONOUNS",
    "is_number",
    "is_partitive_head",
    "is_past_verb",
    "looks_plural",
]

DETERMINERS: frozenset[str] = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "many",
        "most",
        "several",
        "few",
        "other",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozens",
        "hundreds",
        "thousands",
        "both",
        "all",
        "each",
        "every",
        "any",
        "such",
        "more",
        "fewer",
        "no",
    ]
)

SUBJECT_PRONOUNS: frozenset[str] = frozenset(["he", "she", "they", "it", "we", "i", "you"])
OBJECT_PRONOUNS: frozenset[str] = frozenset(["him", "her", "them", "me", "us", "you", "it"])
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which"})

#: Irregular past tenses that are never participles (``came``, not
#: ``come``): after a subject they make a clause, ``the email came hours
#: after``, where ``-ed`` forms may be participles (``a loss caused by``).
PAST_ONLY: frozenset[str] = frozenset(
    """came went took gave wrote rose fell grew drew began ran won ate saw knew
    threw flew drove rode spoke broke chose froze stole woke wore swore tore
    forgot became overtook undertook withdrew hid shook sank shrank swam""".split()
)

#: Irregular past forms that are participles too (so not in PAST_ONLY):
#: after a subject they are its verb (``the man fled``).
PAST_OR_PARTICIPLE: frozenset[str] = frozenset(
    """met held led fled sent spent stood sat fought brought bought kept lost
    made paid built sought taught caught struck left sold lent dealt hung
    spun swept dug slid fed bled""".split()
)

#: Nouns that end like an adverb: ``the family said``, ``the daily said``.
LY_NOUNS: frozenset[str] = frozenset(
    """family ally assembly daily weekly monthly quarterly biweekly rally
    supply monopoly oligopoly bully""".split()
)

AUXILIARIES: frozenset[str] = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "'s",
        "’s",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "doesn't",
        "didn't",
        "hasn't",
        "haven't",
        "hadn't",
        "cannot",
        "shouldn't",
        "mustn't",
    ]
)

#: Words that end a speaker noun phrase when scanning left from a cue.
CLAUSE_STOPS: frozenset[str] = (
    frozenset(
        [
            "that",
            "and",
            "or",
            "but",
            "because",
            "while",
            "when",
            "whenever",
            "if",
            "as",
            "after",
            "before",
            "since",
            "although",
            "though",
            "so",
            "than",
            "where",
            "whether",
            "until",
            "unless",
            "not",
            "to",
            "by",
            "nor",
            "yet",
            "what",
            "how",
            "why",
            "whom",
            "whose",
            "then",
            "there",
            "here",
        ]
    )
    | AUXILIARIES
)

#: Quantifiers that stand alone as a plural subject: ``Some say``,
#: ``Many believe``, ``Both argue``.
QUANTIFIER_SUBJECTS: frozenset[str] = frozenset(
    ["some", "many", "most", "several", "few", "both", "all", "others"]
)

#: Number words, for poll shares (``One in five say``) and counts.
NUMBER_WORDS: frozenset[str] = frozenset(
    """one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty sixty seventy eighty ninety hundred""".split()
)

#: A share of the people asked: ``42% say``, ``24 percent said``, ``a
#: majority of riders``.
SHARE_WORDS: frozenset[str] = frozenset(
    """percent per cent majority majorities minority half third thirds
    quarter quarters fifth fifths plurality"""
    # the hyphenated fractions of poll copy: "Two-thirds say", "About
    # three-quarters, 74 percent, said"
    """ one-half one-third two-thirds one-quarter three-quarters one-fourth
    three-fourths one-fifth two-fifths three-fifths four-fifths""".split()
)


def is_partitive_head(word: str) -> bool:
    """A count or quantifier that heads ``X of the officials``: ``one``,
    ``two``, ``each``, ``many``."""
    return is_number(word) or word in QUANTIFIER_SUBJECTS or word in {"each", "any", "either"}


def looks_plural(word: str) -> bool:
    """A lower-case plural noun by its form: ``lawmakers``, ``women``."""
    return word in IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
    )


def is_number(word: str) -> bool:
    """A numeral or number word: ``4``, ``five``, ``twenty-seven``."""
    return (
        word.isdigit()
        or word.split("-")[0] in NUMBER_WORDS
        or (word[:1].isdigit() and word.replace(",", "").replace(".", "").isdigit())  # "150,000"
    )


#: Words that may stand between a speaker and the cue: ``has also said``.
ADVERBS_BEFORE_CUE: frozenset[str] = frozenset(
    [
        "also",
        "alike",
        "previously",
        "later",
        "earlier",
        "then",
        "recently",
        "once",
        "again",
        "repeatedly",
        "publicly",
        # a degree word before a manner adverb: "almost universally
        # condemned", "nearly unanimously rejected" (pol19a)
        "almost",
        "nearly",
        "now",
        # "Voss keeps saying", "critics kept insisting": a verb of going on
        "keeps",
        "kept",
        "keep",
        # the place of the dateline: "Officials here said" (not "there":
        # "there is added concern" is no subject)
        "here",
        "privately",
        "separately",
        "too",
        "still",
        "reportedly",
        "apparently",
        "allegedly",
        "evidently",
        "has",
        "have",
        "had",
        "had",
        "further",
        "flatly",
        "firmly",
        "simply",
        "just",
        "frequently",
        "often",
        "even",
        "actually",
        "initially",
        "first",
        "subsequently",
        "already",
        "long",
        "since",
        "originally",
        "similarly",
        "likewise",
        "would",
        "will",
        "could",
        "might",
        "may",
        "can",
        "did",
        "does",
        "do",
        "has've",
        "'ve",
        "'d",
        "’ve",
        "’d",
        "quickly",
        "always",
        "never",
        "sometimes",
        "usually",
        "angrily",
        "bluntly",
        "openly",
        "personally",
        "immediately",
        "specifically",
        # a count of times: "Carl Ewing twice said"
        "twice",
        "thrice",
    ]
)

#: Opening connectives dropped from indirect content (SPEC: ``Still,``).
CONNECTIVES: tuple[str, ...] = (
    "in addition",
    "for instance",
    "for example",
    "at the same time",
    "on the other hand",
    "in particular",
    "by contrast",
    "in contrast",
    "however",
    "still",
    "meanwhile",
    "moreover",
    "furthermore",
    "also",
    "instead",
    "nonetheless",
    "nevertheless",
    "indeed",
    "separately",
    "additionally",
    "rather",
    "otherwise",
    "besides",
    "likewise",
    "similarly",
    "but",
    "and",
    "yet",
    "so",
)

#: ``-ed`` words that are adjectives inside a speaker phrase
#: (``unnamed officials``, ``elected leaders``).
ED_ADJECTIVES: frozenset[str] = frozenset(
    [
        "briefed",
        "involved",
        "unnamed",
        "elected",
        "retired",
        "registered",
        "armed",
        "concerned",
        "informed",
        "alleged",
        "so-called",
        "detailed",
        "experienced",
        "unidentified",
        "named",
        "appointed",
        "qualified",
        "organized",
        "organised",
        "united",
        "talented",
        "skilled",
        "licensed",
        "certified",
        "trusted",
        "respected",
        "renowned",
        "celebrated",
        "noted",
        "embattled",
        "estranged",
        "beleaguered",
        "disgruntled",
        "unaffiliated",
        "undecided",
        "interested",
        "advanced",
    ]
)


def _with_curly_apostrophes(words: frozenset[str]) -> frozenset[str]:
    """Every word spelled with a straight apostrophe, also with a curly one."""
    return words | frozenset(w.replace("'", "\u2019") for w in words if "'" in w)


AUXILIARIES = _with_curly_apostrophes(AUXILIARIES)
CLAUSE_STOPS = _with_curly_apostrophes(CLAUSE_STOPS | AUXILIARIES)
ADVERBS_BEFORE_CUE = _with_curly_apostrophes(ADVERBS_BEFORE_CUE)


#: Coordinators that can open a sentence before its subject (``But few
#: believe``, ``and some warn``).
COORDINATORS: frozenset[str] = frozenset({"but", "and", "yet", "so"})


#: Plurals that do not end in ``-s`` and take a bare verb (``women say``).
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {"people", "police", "women", "men", "children", "data", "media"}
    # compounds of children and people: "his grandchildren say were ..."
    | {"grandchildren", "schoolchildren", "stepchildren", "townspeople", "tradespeople"}
)


def is_past_verb(word: str) -> bool:
    """A lower-cased word that reads as a verb in the past (``outlined``,
    ``came``), not an adjective in ``-ed`` (``embattled``)."""
    return word in PAST_ONLY or (
        word.endswith("ed") and word not in ED_ADJECTIVES and "-" not in word
    )  # "well-connected", "so-called": compounds are adjectives

"""Attribution cues: the verbs and phrases that report speech or belief.

Sources: the reporting verbs of the PARC 3.0 and PolNeAR annotation
guidelines (speech, writing, belief and intention verbs), the AP Stylebook
entry on "said", and the verbs wire copy actually uses. There is no
lemmatizer: every inflected form is listed, generated once at import from the
lemma table below by the regular English rules plus the explicit irregular
forms, into immutable ``Mapping``/``frozenset`` constants.

``SPEECH`` verbs take a reported clause (``said that ...``) or frame a quote.
``BELIEF`` verbs (``fear``, ``expect``) attribute too, as PolNeAR counts them,
but only in the ``SUBJECT VERB (that) CLAUSE`` frame: they do not frame
quotes after the fact (``..., critics fear.`` is rare and ambiguous).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "BARE_PHRASES",
    "BELIEF_FORMS",
    "CUE_FORMS",
    "INTENT_FORMS",
    "LISTENER_VERBS",
    "NEW_OBJECT_ACT_FORMS",
    "NEW_OBJECT_ACT_LEMMAS",
    "PARTICIPLE_CUES",
    "PHRASE_CUES",
    "PREPOSITIONAL_ACT_FORMS",
    "PROGRESSIVE_ACT_FORMS",
    "QUOTED_ACT_FORMS",
    "REQUEST_FORMS",
    "SPEECH_ACT_FORMS",
    "SPEECH_FORMS",
    "STANCE_ADJECTIVES",
    "THAT_ONLY_LEMMAS",
    "lemma_of",
]

#: Celebrity and entertainment copy's speech verbs (``“...,” Vance shared.``,
#: ``confessed that``, ``teased``, ``deadpanned``, ``raved``, ``texted``),
#: which report a clause only with ``that``.
_CELEBRITY_LEMMAS: tuple[str, ...] = (
    "share",
    "confess",
    "tease",
    "deadpan",
    "rave",
    "text",
    "caption",
)

#: Verbs of the manner of speaking, and of questioning and remembering:
#: ``“...,” Ruiz laughed``, ``muttered that ...``, ``questioned whether``.
#: Speech verbs that take a clause only with ``that`` (or a question word).
_MANNER_LEMMAS: tuple[str, ...] = (
    "laugh",
    "mutter",
    "chuckle",
    "scoff",
    "fume",
    "sob",
    "marvel",
    "question",
    "remember",
)

#: Debate and hearing copy's verbs of breaking in and pleading: ``“Let me
#: finish,” Tolliver interrupted``, ``protested that ...``.
_DEBATE_LEMMAS: tuple[str, ...] = ("interrupt", "protest", "plead")

#: Verbs of the pulpit and of the hearing room, and the cockpit's radio:
#: ``“Love is a verb,” Bell preached``, ``“Let us pray,” the priest intoned``,
#: ``“That is false,” Hale thundered``, ``“Mayday,” the pilot radioed``.
#: Only with ``that`` or a quotation: ``preached the gospel``, ``prayed the
#: rosary`` report no words. (``railed`` is left out: ``railed against the
#: provisions that ...`` and ``railing against ...`` are the writer's.)
_PULPIT_LEMMAS: tuple[str, ...] = (
    "preach",
    "pray",
    "intone",
    "implore",
    "exhort",
    "thunder",
    "bellow",
    "needle",
    "radio",
)

#: Cue verbs of copy translated from Spanish, Italian and Portuguese wires
#: (EFE, ANSA, Europa Press): ``“...,” the minister highlighted``,
#: ``regretted that ...``. With a noun phrase they report no words
#: (``highlighted the need``), so only with ``that`` or a quotation.
_TRANSLATED_LEMMAS: tuple[str, ...] = ("highlight", "regret", "deplore", "opine")

#: Australian political and business copy's "indicated": ``Mr Hallard
#: flagged the budget would return to surplus``, ``foreshadowed that stamp
#: duty would change``. Past and participle only (``the flags``, ``flags
#: fly``), and only with ``that`` or a clause (``flagged concerns`` is an act).
_SIGNAL_LEMMAS: tuple[str, ...] = ("flag", "foreshadow")

#: Speech and writing verbs (lemmas).
SPEECH_LEMMAS: tuple[str, ...] = (
    "exclaim",
    "bark",
    "react",
    "snap",
    "gush",
    "sigh",
    "interject",
    "continue",
    "comment",
    "read",
    "chant",
    "sing",
    "say",
    "tell",
    "add",
    "write",
    "warn",
    "argue",
    "claim",
    "note",
    "explain",
    "insist",
    "acknowledge",
    "announce",
    "state",
    "reply",
    "tweet",
    "post",
    "testify",
    "confirm",
    "deny",
    "predict",
    "report",
    "declare",
    "contend",
    "assert",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "recall",
    "admit",
    "concede",
    "reveal",
    "disclose",
    "allege",
    "observe",
    "remark",
    "respond",
    "answer",
    "conclude",
    "complain",
    "caution",
    "promise",
    "pledge",
    "vow",
    "boast",
    "joke",
    "quip",
    "lament",
    "estimate",
    "forecast",
    "indicate",
    "mention",
    "repeat",
    "reiterate",
    "counter",
    "retort",
    "agree",
    "suggest",
    "told",
    "charge",
    "point out",
    "ask",
    "speculate",
    "signal",
    "hint",
    "assure",
    "inform",
    "advise",
    "recount",
    "concur",
    "find",
    "show",
    "muse",
    "wonder",
    "clarify",
    "elaborate",
    "underline",
    "underscore",
    "affirm",
    "reaffirm",
    "proclaim",
    "grumble",
    "shout",
    "scream",
    "yell",
    "whisper",
    "urge",
    "demand",
    *_CELEBRITY_LEMMAS,
    *_MANNER_LEMMAS,
    *_DEBATE_LEMMAS,
    *_PULPIT_LEMMAS,
    *_TRANSLATED_LEMMAS,
    *_SIGNAL_LEMMAS,
)

#: Belief, expectation and intention verbs (lemmas).
BELIEF_LEMMAS: tuple[str, ...] = (
    "believe",
    "think",
    "fear",
    "expect",
    "hope",
    "feel",
    "worry",
    "doubt",
    "suspect",
    "reckon",
    "anticipate",
)

#: Cues that take a reported clause only when ``that`` (or ``whether``/``if``)
#: introduces it: with a bare noun phrase they report an act, not speech
#: (``announced a merger``, ``found the body``, ``denied the charges``).
THAT_ONLY_LEMMAS: frozenset[str] = frozenset(
    {
        "exclaim",
        "bark",
        "react",
        "snap",
        "gush",
        "sigh",
        "interject",
        "continue",
        "comment",
        "read",
        "chant",
        "sing",
        "announce",
        "deny",
        "find",
        "show",
        "promise",
        "pledge",
        "vow",
        "estimate",
        "forecast",
        "indicate",
        "signal",
        "hint",
        "urge",
        "demand",
        "ask",
        "inform",
        "advise",
        "assure",
        "reveal",
        "confirm",
        "report",
        "post",
        "answer",
        "respond",
        "reply",
        "repeat",
        "counter",
        "agree",
        "recall",
        "mention",
        "charge",
        "wonder",
        "muse",
        "shout",
        "scream",
        "yell",
        "whisper",
        "proclaim",
        "clarify",
        "elaborate",
        "underline",
        "underscore",
        "grumble",
        "joke",
        "quip",
        *_MANNER_LEMMAS,
        "lament",
        "boast",
        "complain",
        "caution",
        "testify",
        "recount",
        "concur",
        "speculate",
        "observe",
        "remark",
        "disclose",
        "allege",
        "concede",
        "admit",
        "tweet",
        "predict",
        "suggest",
        *_CELEBRITY_LEMMAS,
        *_DEBATE_LEMMAS,
        *_PULPIT_LEMMAS,
        *_TRANSLATED_LEMMAS,
        *_SIGNAL_LEMMAS,
    }
)

_IRREGULAR: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "say": ("say", "says", "said", "saying"),
        "tell": ("tell", "tells", "told", "telling"),
        "told": ("told",),
        "write": ("write", "writes", "wrote", "written", "writing"),
        "think": ("think", "thinks", "thought", "thinking"),
        "feel": ("feel", "feels", "felt", "feeling"),
        "know": ("know", "knows", "knew", "known", "knowing"),
        "understand": ("understand", "understands", "understood", "understanding"),
        "find": ("find", "finds", "found", "finding"),
        "show": ("show", "shows", "showed", "shown", "showing"),
        "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
        "point out": ("point out", "points out", "pointed out", "pointing out"),
        "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
        "read": ("read", "reads", "reading"),
        "sing": ("sing", "sings", "sang", "sung", "singing"),
        # the past only: "shares" and "text" are nouns of the trade, and so
        # are "protests", "regrets", "pleas"; "highlights how ..." and
        # "highlighting how ..." are the writer's, said of events and results
        "protest": ("protested",),
        # "caption" and "captions" are the picture's text; "captioned it" the act
        "caption": ("captioned",),
        "regret": ("regretted",),
        "flag": ("flagged",),  # "flagging" is mostly "tiring": "flagging the longer it went on"
        "foreshadow": ("foreshadowed", "foreshadowing"),
        "plead": ("pleaded",),
        "highlight": ("highlighted",),
        # "a second term", "on good terms": nouns; only the past is a cue
        "term": ("termed",),
        "interrupt": ("interrupted",),
        "share": ("shared",),
        "text": ("texted",),
        # "radios" is a noun; "radioed"/"radioing" the act
        "radio": ("radioed", "radioing"),
        # portrayals, only with "as" (see _frames): "cast himself as an
        # outsider"; "frames" and "paints" are mostly nouns
        "cast": ("cast", "casts", "casting"),
        "frame": ("framed",),
    }
)


def _inflect(lemma: str) -> tuple[str, ...]:
    """Regular English inflections of a verb lemma."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    vowels = "aeiou"
    if lemma.endswith("ee"):
        return (lemma, lemma + "s", lemma + "d", lemma + "ing")
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return (lemma, lemma + "s", lemma + "d", stem + "ing")
    if lemma.endswith("y") and lemma[-2] not in vowels:
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    past = lemma + "ed"
    gerund = lemma + "ing"
    # consonant doubling for short stressed verbs in this list
    if lemma in {
        "admit",
        "quip",
        "concur",
        "snap",
        "beg",
        "dub",
        "slam",
        "sob",
        "deadpan",
        "clap",
        "rip",
    }:
        doubled = lemma + lemma[-1]
        past, gerund = doubled + "ed", doubled + "ing"
    if lemma.endswith("el") or lemma.endswith("al"):
        # British copy doubles the l: "labelled", "signalling"
        return (lemma, third, past, gerund, lemma + "led", lemma + "ling")
    return (lemma, third, past, gerund)


def _forms(lemmas: tuple[str, ...]) -> Mapping[str, str]:
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in _inflect(lemma):
            table.setdefault(form, "tell" if lemma == "told" else lemma)
    return MappingProxyType(table)


#: form -> lemma for speech verbs, e.g. ``"said" -> "say"``.
SPEECH_FORMS: Mapping[str, str] = _forms(SPEECH_LEMMAS)
#: form -> lemma for belief verbs, e.g. ``"fears" -> "fear"``.
BELIEF_FORMS: Mapping[str, str] = _forms(BELIEF_LEMMAS)
#: every cue form.
CUE_FORMS: frozenset[str] = frozenset(SPEECH_FORMS) | frozenset(BELIEF_FORMS)

#: Verbs whose object is the listener: ``told reporters (that) ...``.
LISTENER_VERBS: frozenset[str] = frozenset(
    {
        "tell",
        "inform",
        "assure",
        "warn",
        "advise",
        "remind",
        "promise",
        "ask",
        "urge",
        "caution",
        # "texted a reporter that he misspoke"
        "text",
    }
)

#: ``-ing`` forms that open a further quote of the same speaker:
#: ``..., the officials said, adding that ...``.
PARTICIPLE_CUES: frozenset[str] = frozenset(
    form for form in CUE_FORMS if form.endswith("ing") and " " not in form
)


#: Intention verbs whose ``to`` infinitive states what a source wants or
#: plans (PolNeAR annotates these): ``wants to``, ``vowed to``.
INTENT_FORMS: frozenset[str] = frozenset(
    form
    for lemma in (
        "want",
        "plan",
        "intend",
        "hope",
        "vow",
        "promise",
        "pledge",
        "seek",
        "aim",
        "threaten",
        "refuse",
        "propose",
        "expect",
        "urge",
        "offer",
        "demand",
        "prefer",
        "wish",
        "push",
        "fight",
        "press",
        "agree",
        "decide",
    )
    for form in _inflect(lemma)
) | frozenset({"sought", "fought"})

#: Stance adjectives that take a ``that`` clause after a form of *be*.
STANCE_ADJECTIVES: frozenset[str] = frozenset(
    [
        "confident",
        "convinced",
        "sure",
        "certain",
        "worried",
        "concerned",
        "hopeful",
        "optimistic",
        "pessimistic",
        "adamant",
        "clear",
        "aware",
        "afraid",
        "frustrated",
        "angry",
        "upset",
        "skeptical",
        "sceptical",
        "doubtful",
        "insistent",
        "unhappy",
        "pleased",
        "happy",
        "disappointed",
        "surprised",
        "shocked",
        "alarmed",
        "troubled",
        "satisfied",
        "determined",
    ]
)

#: Verbs outside the cue list that take a ``that`` clause stating what a
#: source knows, decides or wants (PARC/PolNeAR count these attributions):
#: ``concluded that``, ``learned that``, ``is hoping that``.
STANCE_VERB_FORMS: frozenset[str] = frozenset(
    form
    for lemma in (
        "learn",
        "conclude",
        "decide",
        "determine",
        "rule",
        "discover",
        "prove",
        "imply",
        "recommend",
        "ensure",
        "guarantee",
        "stipulate",
        "specify",
        "mandate",
        "decree",
        "confess",
        "brag",
        "calculate",
        "project",
        "suppose",
        "assume",
        "presume",
        "recognize",
        "recognise",
        "realize",
        "realise",
        "understand",
        "know",
        "hope",
        "fear",
        "worry",
        "believe",
        "feel",
        "think",
        "expect",
        "doubt",
        "suspect",
        "insist",
        "warn",
        "signal",
        "hint",
        "indicate",
        "demand",
        "urge",
        "propose",
        "suggest",
        "agree",
        "acknowledge",
        "accept",
        "argue",
        "maintain",
        "contend",
        "complain",
        "boast",
        "joke",
        "vow",
        "promise",
        "pledge",
        "swear",
        "threaten",
        "predict",
        "estimate",
        "forecast",
        "reckon",
        "speculate",
        "wonder",
        "question",
        "dispute",
        "deny",
        "reject",
        "remind",
        "notice",
        "observe",
        "see",
        "hear",
        "read",
        "say",
    )
    for form in _inflect(lemma)
) | frozenset(
    # "held"/"holds": a court's holding ("The court held that the agency ...")
    {"swore", "sworn", "heard", "read", "saw", "seen", "held", "holds"}
)


#: Speech acts whose object carries what was said: ``called the plan a
#: disaster``, ``accused the mayor of lying``, ``urged voters to stay home``,
#: ``described the talks as productive``. PolNeAR and PARC count them; verbs
#: whose object is only a topic (``criticized the plan``) and ``announced``
#: (SPEC) are not here.
_SPEECH_ACT_LEMMAS: tuple[str, ...] = (
    "call",
    "describe",
    "accuse",
    "label",
    "brand",
    "dismiss",
    "blame",
    "urge",
    "characterize",
    "characterise",
    # portrayals, reports only with "as" after the object (see _frames):
    # "cast her rival as offering a narrow message", "portrayed him as
    # a generous executive"
    "portray",
    "cast",
    "frame",
    "deride",
    "hail",
    # Indian English: "termed the package (as) an eyewash"
    "term",
)


def _act_forms(lemmas: tuple[str, ...], *, progressive: bool) -> frozenset[str]:
    """The inflected forms of ``lemmas``: only the ``-ing`` ones, or all others."""
    return frozenset(
        form for lemma in lemmas for form in _inflect(lemma) if form.endswith("ing") == progressive
    )


SPEECH_ACT_FORMS: frozenset[str] = _act_forms(_SPEECH_ACT_LEMMAS, progressive=False)


#: Verbs of praise and attack that report speech only when they carry the
#: speaker's own quoted words: ``criticized the tax as a “crazy scheme”``,
#: ``blasted the press for being “dishonest”``. Without a quotation their
#: object is a topic (``criticized the plan``), not a quote.
_QUOTED_ACT_LEMMAS: tuple[str, ...] = (
    "criticize",
    "criticise",
    "blast",
    "slam",
    "dub",
    "praise",
    "denounce",
    "condemn",
    "mock",
    "ridicule",
    "lambaste",
    "decry",
    "assail",
    "pound",
    "tout",
    "defend",
    "applaud",
    "commend",
    "scold",
    "rebuke",
    "chide",
    "taunt",
    # the attack register of campaign copy ("ripped the decision as
    # “lawless”"), each attested in PolNeAR; their acts ("ripped away",
    # "hammered out", "knocked down", "trashed the room") are narrowed in
    # _frames
    "rip",
    "trash",
    "hammer",
    "knock",
    "excoriate",
    # "rejected the accusations as “baseless”": only with "as" (see _frames)
    "reject",
    # obituary copy: "Friends remembered him as “the funniest man in any
    # room”", "eulogized her as “a reporter's reporter”"
    "remember",
    "eulogize",
    "eulogise",
)
#: Object acts added on 2026-11-30 (fourth session), which report only
#: with a source as their subject
NEW_OBJECT_ACT_LEMMAS: tuple[str, ...] = (
    "echo",
    "thank",
    "liken",
    "endorse",
    "lament",
    "rebuke",
    # reproach: "chided the prosecutors for the late filing"
    "chastise",
    "insult",
    "chide",
    "scold",
    "belittle",
    "castigate",
    "berate",
    # "reiterated his support for the plan", "congratulated the winner"
    "reiterate",
    "congratulate",
    # "noted the drop in orders", "acknowledged the risks": what is noted
    # or granted (not "recall", whose object is an act in wire copy)
    "note",
    "acknowledge",
    # "never mentioned the rival by name" (pol19a); "mentioned that" a cue already
    "mention",
    # "discussed the budget with the mayor": the object, not the partner (pol19a)
    "discuss",
    # "expressed support for the plan": an attitude put in words (pol19a)
    "express",
    # "voiced concern about the cuts", "voiced support for": only with a
    # feeling or a stance as its object (see _frames; "voiced the character")
    "voice",
)


QUOTED_ACT_FORMS: frozenset[str] = _act_forms(
    (*_QUOTED_ACT_LEMMAS, "cite", "laud", *NEW_OBJECT_ACT_LEMMAS), progressive=False
) - {"thanks", "echoes", "credits", "echo", "thank", "credit", "liken"}


#: Speech acts of judgement whose object noun phrase is what they judge,
#: attributions in PARC and PolNeAR even with no quoted words:
#: ``Voss criticized the levy``, ``praised the crews for ...``, ``defended
#: the plan as ...``, ``cited a survey``, ``questioned the count``. The
#: content is the object to the end of its clause. Decided 2026-11-30
#: (third session, reversing "a topic, not a quote"); acts that are no
#: speech (``supported``, ``backed``, ``opposed``, ``endorsed``) stay out.
_OBJECT_ACT_LEMMAS: tuple[str, ...] = (
    "criticize",
    "criticise",
    "praise",
    "defend",
    "cite",
    "condemn",
    "denounce",
    "blast",
    "slam",
    "lambaste",
    "mock",
    "tout",
    "laud",
    "applaud",
    "hail",
    "decry",
    "assail",
    "rip",
    "trash",
    "hammer",
    "knock",
    "excoriate",
    # disputes: "questioned the count", "rejected the offer"; not "dismissed"
    # nor "recalled" + a noun phrase, whose first sense in wire copy is an act
    # ("dismissed the lawsuit", "recalled 50,000 cars")
    "question",
    "reject",
    # fourth session (2026-11-30): "echoed the criticism", "thanked the crews
    # for ...", "credited the coach with ...", "likened the levy to a toll";
    # their subject must be a source ("The sell-off echoed the 2008 crash")
    *NEW_OBJECT_ACT_LEMMAS,
)
#: their inflected forms, the participle too (``, citing a survey``); not
#: the bare lemma (``to defend``, ``did not question``: no subject of its
#: own; ``praise from``: a noun) nor ``questions`` (mostly a noun)
OBJECT_ACT_FORMS: frozenset[str] = frozenset(
    form
    for lemma in _OBJECT_ACT_LEMMAS
    for form in _inflect(lemma)
    # nouns: "questions", "thanks (to)", "echoes (of)", "tax credits"
    if form != lemma and form not in {"questions", "thanks", "echoes", "credits"}
)
# ", recalling the first flood" (pol19a): only the participle after a comma
# (see _frames); the finite "recalled" + a noun phrase is a product recall
OBJECT_ACT_FORMS |= {"recalling"}
#: the forms of the fourth session's lemmas, whose subject must be a source
NEW_OBJECT_ACT_FORMS: frozenset[str] = frozenset(
    form for form in OBJECT_ACT_FORMS for lemma in NEW_OBJECT_ACT_LEMMAS if form.startswith(lemma)
) | {"recalling"}


#: Speech acts whose object follows a preposition, read as the verbs of
#: judgement above (decided 2026-11-30, fourth session): ``Ruiz pointed to
#: the jobs figures``, ``..., Holt said, referring to the harbour board``.
#: The content is the object after the preposition; the
#: subject must be a source (not ``Futures pointed to a higher open``).
PREPOSITIONAL_ACT_FORMS: Mapping[str, str] = {
    **{form: "to" for form in ("point", "points", "pointed", "pointing")},
    # refer doubles its r: "referred", "referring"
    **{form: "to" for form in ("refer", "refers", "referred", "referring")},
    # "warned against the plan": warned's own clause or infinitive stays its cue's
    **{form: "against" for form in ("warn", "warns", "warned", "warning")},
    # "spoke about the levy", "talked about the budget": the topic of the
    # talk (pol19a); not "talks" (mostly a noun: "talks about a merger")
    **{form: "about" for form in ("spoke", "speaks", "speaking", "talked", "talking")},
    # "apologized for the delays"
    **{
        form: "for"
        for stem in ("apologiz", "apologis")
        for form in (stem + "e", stem + "es", stem + "ed", stem + "ing")
    },
}


#: Stance verbs whose noun-phrase object is the position taken: ``Voss
#: opposes the levy``, ``the senator opposed the pier plan``. A family of
#: its own (decided 2026-11-30, fourth session), apart from the judgements
#: above: the finite forms and the progressive after an auxiliary or a
#: comma, never the bare lemma nor a passive. ``oppose`` and ``support``;
#: ``back`` (mostly money in business copy) was measured and left out
#: (docs/annotation.md).
STANCE_OBJECT_FORMS: frozenset[str] = frozenset(
    form for lemma in ("oppose", "support") for form in _inflect(lemma)
)


#: Cue phrases of several words, by the form of their verb: ``pointed out
#: (that)``, ``made (it) clear that``, ``expressed concern that``, ``raised
#: doubts that``, ``voiced hope that``. The value lists the words that may
#: follow the verb (``it`` may come first for ``make``); all but ``point out``
#: need ``that`` after them.
_PHRASE_VERBS: dict[str, tuple[str, frozenset[str]]] = {
    "point": ("point out", frozenset({"out"})),
    # "made it clear that", "made the case (to donors) that"
    "make": ("make clear", frozenset({"clear", "case", "argument"})),
    "express": (
        "express",
        frozenset(
            """concern concerns hope hopes confidence doubt doubts fear fears
            frustration optimism skepticism scepticism worry worries regret
            disappointment misgivings reservations outrage dismay alarm anger
            discomfort unease""".split()
        ),
    ),
}
_PHRASE_VERBS["voice"] = ("voice", _PHRASE_VERBS["express"][1])
# comebacks: "“You're wrong,” Harlan shot back." (no "that" needed)
_PHRASE_VERBS["fire"] = ("fire back", frozenset({"back"}))
_PHRASE_VERBS["hit"] = ("hit back", frozenset({"back"}))
_PHRASE_VERBS["shoot"] = ("shoot back", frozenset({"back"}))
_PHRASE_VERBS["clap"] = ("clap back", frozenset({"back"}))
# hearing copy: "“That is not true,” Hale pushed back."
_PHRASE_VERBS["push"] = ("push back", frozenset({"back"}))
# debate copy: "“Not true,” Brandt cut in." / "Ruiz chimed in: “...”"
_PHRASE_VERBS["chime"] = ("chime in", frozenset({"in"}))
_PHRASE_VERBS["cut"] = ("cut in", frozenset({"in"}))
# "As Harlan put it, “...”": only after "as"
_PHRASE_VERBS["put"] = ("put it", frozenset({"it"}))
_PHRASE_VERBS["raise"] = (
    "raise",
    frozenset("concern concerns doubt doubts fears questions alarm".split()),
)

#: form -> (lemma of the phrase, words that complete it)
PHRASE_CUES: dict[str, tuple[str, frozenset[str]]] = {
    form: value
    for verb, value in _PHRASE_VERBS.items()
    if verb != "make"
    for form in _inflect(verb)
} | {form: _PHRASE_VERBS["make"] for form in ("make", "makes", "made", "making")}
PHRASE_CUES.update(
    {"shot": _PHRASE_VERBS["shoot"], "hit": _PHRASE_VERBS["hit"], "hitting": _PHRASE_VERBS["hit"]}
)
PHRASE_CUES["putting"] = _PHRASE_VERBS["put"]
PHRASE_CUES.update({"cut": _PHRASE_VERBS["cut"], "cutting": _PHRASE_VERBS["cut"]})
for _wrong in ("shooted", "hited", "hitted", "hiting", "puted", "puting", "cuted", "cuting"):
    PHRASE_CUES.pop(_wrong, None)

#: phrase cues that need no ``that``: ``pointed out``, ``shot back``
BARE_PHRASES: frozenset[str] = frozenset(
    {
        "point out",
        "fire back",
        "hit back",
        "shoot back",
        "clap back",
        "push back",
        "put it",
        "chime in",
        "cut in",
    }
)


#: Requests whose object and infinitive carry what was asked: ``encouraged
#: voters to stay home``, ``warned residents to keep away``, ``called on the
#: board to resign``. Only with the infinitive: ``encouraged a fast`` and
#: ``warned of delays`` report no words.
_REQUEST_LEMMAS: tuple[str, ...] = (
    "encourage",
    "implore",
    "beg",
    "challenge",
    "advise",
    "exhort",
    "warn",
    "tell",
    "urge",
    "call",
    "ask",
    "remind",
    "instruct",
)
REQUEST_FORMS: frozenset[str] = _act_forms(_REQUEST_LEMMAS, progressive=False)


#: Progressive forms after an auxiliary (``is calling the plan “a
#: disaster”``): they report speech only with a quotation in their object.
PROGRESSIVE_ACT_FORMS: frozenset[str] = _act_forms(
    (*_SPEECH_ACT_LEMMAS, *_QUOTED_ACT_LEMMAS, *_OBJECT_ACT_LEMMAS), progressive=True
)


def lemma_of(form: str) -> str | None:
    """The lemma of a cue form, or ``None`` when it is not a cue.

    >>> lemma_of("said"), lemma_of("fears"), lemma_of("table")
    ('say', 'fear', None)
    """
    lower = form.lower()
    return SPEECH_FORMS.get(lower) or BELIEF_FORMS.get(lower)

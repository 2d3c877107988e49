"""Reported content: where what was said begins and ends.

After a cue: listeners (``told reporters``), time and venue phrases,
``that``; before a trailing attribution: the clause up to its comma; and the
trims the SPEC asks for (connectives, final punctuation, writer's context).
"""

from __future__ import annotations

import re

from newsparse._tokens import _PREPOSITIONS, _TOKEN, _capitalized, _span, _token_at, _Tokens
from newsparse.lexicon.cues import (
    CUE_FORMS,
    INTENT_FORMS,
    LISTENER_VERBS,
    PARTICIPLE_CUES,
    PHRASE_CUES,
    PROGRESSIVE_ACT_FORMS,
    QUOTED_ACT_FORMS,
    SPEECH_ACT_FORMS,
    SPEECH_FORMS,
    THAT_ONLY_LEMMAS,
)
from newsparse.lexicon.sources import DOCUMENT_HEADS
from newsparse.lexicon.words import (
    AUXILIARIES,
    CLAUSE_STOPS,
    CONNECTIVES,
    COORDINATORS,
    DETERMINERS,
    ED_ADJECTIVES,
    LY_NOUNS,
    OBJECT_PRONOUNS,
    PAST_ONLY,
    PAST_OR_PARTICIPLE,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    is_number,
    is_past_verb,
    looks_plural,
)
from newsparse.model import Span

_MIN_CONTENT_WORDS = 2


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"


_TIME = (
    rf"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?{_WEEKDAY}"
    r"(?:\s+(?:night|morning|afternoon|evening))?"
    # Straits Times / CNA house style: "said on Friday (Nov 28)", "(28 Nov)"
    rf"(?:\s+\((?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\))?"
    # ... or after a venue that took the weekday: "in a statement on Friday (Nov 28)"
    rf"|\((?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\)"
    rf"|(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:in|since|last|early|late)\s+{_MONTH}(?:\s+(?:19|20)\d\d)?"
    r"|(?:in|since)\s+(?:19|20)\d\d"
    r"|(?:late\s+|earlier\s+|early\s+)?(?:last|this|next)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)"
    r"|yesterday|today|tonight|recently|earlier|later|again|previously|repeatedly|publicly|privately"
    r"|afterwards?"
    # "said a day earlier", "said two weeks later", "said at the time"
    r"|(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?|hours?)"
    r"\s+(?:earlier|later|ago|before)"
    r"|at\s+the\s+time"
    # how long the saying has gone on: "has said for years that", "for the
    # past two months", "for decades"
    r"|for\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?:a\s+few|several|many|two|three|four|five|six"
    r"|\d+)\s+)?(?:years|months|weeks|decades|days)\b"
    # business copy: "said after the market closed"
    r"|(?:after|before)\s+(?:the\s+)?markets?\s+(?:closed|close|opened|open)"
    # the occasion before a quotation set off by a comma: "told a press
    # conference after the vote, “...”", "said during the debate, “...”"
    r"|(?:after|before|during|following)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?=,\s*[\"“‘])"
    # ... or before "that", the report: "told reporters shortly before
    # Tuesday's vote that ...", "said after the hearing that ..."
    r"|(?:(?:just|shortly|right|soon|hours|minutes|days)\s+)?(?:after|before|during|following)\s+"
    r"(?:the|a|an|his|her|their|its|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"[a-z][\w\-]*(?=\s+that\s)"
)


_PROPER = r"[A-Z][\w.’'\-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.’'\-]*){0,5}"


# "told People magazine", "in an interview with Harbor radio", "in a filing
# to the Hong Kong stock exchange"
_MEDIA_TAIL = (
    r"(?:\s+(?:magazine|newspaper|daily|weekly|radio|television|network|podcast"
    r"|stock\s+exchange|exchange|bourse|floor))?"
)

# the words before a venue noun modify it ("in a brief written statement"):
# never a determiner or "that", which open the report ("said at a rally that
# the letter was fake", "said in a statement the ruling was wrong")
_MODIFIER = (
    r"(?!(?:that|the|a|an|this|these|those|his|her|its|their|which|who)\b(?!\.))"
    # "in its 11 a.m. advisory", "in a Nov. 12 note"
    r"(?:[\w\-’']+|[ap]\.m\.|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)\s+"
    # a report's acronym in its title: "in its monthly World Agricultural
    # Supply and Demand Estimates (WASDE) report"
    r"(?:\([A-Z][A-Z0-9+\-]{1,9}\)\s+)?"
)

# a participle that goes on describing the venue: "in a note dated Monday",
# "in a statement released Tuesday", "in a memo sent to staff"; also in a
# relative clause ("in an interview that aired Sunday")
_VENUE_PARTICIPLE = (
    # (or its writer's: "in a note that she sent to clients that ...")
    r"(?:\s+(?:that\s+(?:(?:he|she|they|it|we)\s+(?=(?:sent|wrote|posted|shared|e-?mailed"
    r"|circulated|distributed|filed|issued|released)\s+(?:to|on|in|via|last|this|earlier)\b)"
    r"|was\s+|were\s+)?)?(?:dated|released|issued|published|posted|sent|wrote"
    r"|distributed|circulated|filed|e-?mailed|addressed|shared|read|broadcast|aired|televised"
    r"|streamed|carried|recorded|taped|made\s+public)\b(?:\s+online\b"
    # "in a communique read on national television"
    r"|\s+on\s+(?:national|state|state-run|public|local)\s+(?:television|TV|radio)"
    # "in a video posted to social media"
    r"|\s+(?:on|to)\s+social\s+media\b)?"
    # the channel: "in remarks published Sunday by La Stampa", "in comments
    # carried by state news agencies"
    rf"(?:\s+(?:{_TIME}))?(?:\s+by\s+(?:the\s+)?(?:(?:daily|newspaper|weekly|state|state-run"
    r"|official|public|local|news|agency|agencies|media|television|TV|broadcaster)\s+){0,3}"
    rf"(?:{_PROPER}(?:\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|television|TV)\b)?"
    r"|(?:agenc(?:y|ies)|media|television|TV|radio|press|outlets?|broadcasters?)\b"
    # the speaker's own staff: "in a video statement released by his office"
    r"|(?:his|her|their|its)\s+(?:press\s+)?(?:office|campaign|spokes(?:man|woman|person)"
    r"|lawyers?|attorneys?|team|ministry|family)\b))?)?"
)

# a show's title after "on": "said on “Face the Nation,”", "on CBS’ “Face the
# Nation”", "on the “Pod Save the Republic” podcast"
_SHOW_TITLE = (
    r"on\s+(?:the\s+)?(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}['’]s?\s+)?"
    r"(?:[“\"][A-Z][^“”\"]{0,60}[”\"]"
    # archive copy doubles the apostrophe for a quotation mark: "on NBC's
    # ''Meet the Press''"
    r"|''[A-Z](?:(?!'')[^“”\"]){0,60}'')"
    r"(?:\s+(?:podcast|show|program|programme))?"
)

# a programme title after a possessive: "on Bloomberg Television's “Surveillance.”"
_PROGRAMME_TITLE = r"(?:(?<=['’]s)\s+(?:[“\"][^“”\"]{1,60}[”\"]|''(?:(?!'')[^“”\"]){1,60}''))?"


_VENUE = (
    r"(?:in|during|at|on|via|through)\s+(?:a|an|the|his|her|their|its)?\s*"
    rf"(?:{_MODIFIER}){{0,7}}(?:statement|interview|tweet|email|e-mail|letter|speech|"
    r"conference|briefing|rally|remarks|post|op-ed|filing|report|memo|video|broadcast|"
    r"appearance|hearing|session|meeting|address|call|message|note|release|podcast|debate|"
    r"website|site|page|account|channel|feed|blog|bulletin|update|newsletter|column|"
    # "said on the Telegram messaging app", "wrote on the messaging app
    # Telegram", "on the social platform X": the app's name may end the sentence
    r"app(?:\s+[A-Z][\w.]*(?=\s*[,.;!?]|$))?|platform\s+[A-Z][\w.]*(?=\s*[,.;!?]|$)|"
    r"announcement|commentary|court|ruling|lawsuit|complaint|opinion|decision|chamber|House|Senate|"
    # court papers and research: "said in court documents", "wrote in a paper"
    r"documents|papers|records|affidavit|motion|indictment|petition|transcript|testimony|"
    r"presentation|webcast|paper|study|article|essay|editorial|book|memoir|notice|document|"
    # a parliamentary answer: "said in a written reply in the Lok Sabha"
    r"reply|answer|response|"
    # junta and government copy: "said in a communique read on national television"
    r"communiqu[eé]|decree|declaration|proclamation|"
    # the pulpit and the funeral: "said in his homily", "in a eulogy"
    r"sermon|homily|eulogy|benediction|invocation|tribute|"
    # weather and agency copy: "said in its latest advisory", "in a forecast discussion"
    r"advisory|discussion|forecast|outlook|assessment|summary|alert|warning|guidance|"
    # the show, the floor and the trail of political copy: "said on his radio
    # show", "said on the Senate floor", "on the campaign trail", "in a readout"
    r"show(?!\s+of\b)|program(?!\s+of\b)|programme(?!\s+of\b)|floor|trail|platform|readout"
    # "said in a readout of the call": what the readout is of
    r"(?:\s+of\s+(?:the|their|its|a|an)\s+(?:[a-z]+\s+)?"
    r"(?:call|meeting|talks|conversation|discussion|exchange|summit))?"
    r"|comments"
    # a regulator's or a court's order: "the commission said in its order"
    # (not "in order to", "in the order of")
    # (right after the determiner: not "on the president's executive orders")
    r"|(?:(?<=\sits\s)|(?<=\sthe\s)|(?<=\sa\s)|(?<=\san\s)|(?<=\sher\s)|(?<=\shis\s)"
    r"|(?<=\stheir\s)|(?<=\scourt\s)|(?<=\swritten\s))order(?!\s+(?:to|of)\b)"
    # a named report, capitalised as a title: "in its Drilling Productivity
    # Report", "in its Short-Term Energy Outlook", "in its Crop Progress Survey"
    r"|(?<=[\w)]\s)(?:Report|Outlook|Survey|Bulletin|Review|Statement)"
    # the room beside a meeting: "said on the sidelines of the conference"
    r"|sidelines(?:\s+of\s+(?:(?:the|a|an|this|its|their)\s+)?(?:[\w\-’'.]+\s+){0,5}?"
    r"(?:conference|summit|meetings?|forum|talks|gathering|assembly|congress|convention|event"
    r"|session|week|show|expo|fair|Conference|Summit|Meetings?|Forum|Week|Congress|Assembly"
    r"|Convention|Expo|Show))?"
    r")\b"
    # the writer's ranking of the remarks: "in his strongest remarks yet",
    # "in her most direct comments so far" (to the sentence's end)
    r"(?:\s+(?:yet|so\s+far|to\s+date)(?=\s*[,.;!?]|\s*$))?"
    + _VENUE_PARTICIPLE
    # "... to the board", "... to clients", "... to Parliament"
    + rf"(?:\s+(?:on|with|to|at|for)\s+(?!{_MONTH}\s+\d)(?:(?:the\s+)?{_PROPER}{_MEDIA_TAIL}"
    r"|(?:(?:the|its|his|her|their)\s+)?(?!(?:its|his|this|was|is|has|does)\b)"
    r"(?:[a-z]+s|staff|parliament|congress)\b"
    r"(?!\s+of\b)"
    # "in a post on the department's Facebook page", "on the sheriff's
    # office's X account": a body's own page
    r"|(?:the\s+)?(?:[a-z]+\s+)?(?:[a-z]+['’]s\s+){1,2}(?:[A-Z][\w.]*\s+)?(?:official\s+)?"
    r"(?:page|account|website|site|channel|feed|handle)\b"
    # "at a news conference at the emergency operations center", "at the
    # state Capitol", "at the county emergency operations center": up to four words
    r"|(?:the|its|his|her|their)\s+(?:(?:official|own|verified|personal)\s+)?"
    # (never through "that" or a verb: "to the board that was seen by ...")
    r"(?:(?!(?:that|which|who|whom|was|were|is|are|has|had|have|the|a|an)\b)[a-z]+\s+){0,3}"
    r"(?!(?:that|which|who|whom|was|were|is|are|has|had|have|the|a|an)\b)"
    r"(?:[a-z]+|[A-Z][a-z]+(?=\s*[,.;!?]|$))\b"
    # ("that" opens the report, unless the leaked text's "that was seen by")
    r"(?!\s+(?:that(?!\s+(?:was|were|has\s+been|had\s+been)\s+(?:seen|obtained|reviewed)\b)"
    r"|of)\b))"
    + _PROGRAMME_TITLE
    + r")?"
    # a leaked text: "in a memo seen by Reuters", "in a memo to staff seen by ..."
    # (also "in a letter that was seen by Bloomberg News")
    + r"(?:\s+(?:that\s+(?:was|were|has\s+been|had\s+been)\s+)?(?:seen|obtained|reviewed)"
    + rf"\s+by\s+(?:the\s+)?{_PROPER})?"
    # a website by its address: "said on portmere.gov"
    r"|(?:on|at|via)\s+(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gov|com|org|net|edu|int|io)\b(?!\.\s)"
    r"|(?:on|via)\s+(?:Twitter|X|Facebook|Instagram|Telegram|Truth\s+Social|television|TV|radio"
    r"|social\s+media"
    # "said on state television", "announced on national TV"
    r"|(?:national|state|state-run|state-owned|public|local)\s+(?:television|TV|radio)\b)"
    # a journal: "wrote in the journal Circulation", "reported in The Lancet"
    rf"|in\s+(?:the\s+|The\s+)?(?:journal\s+{_PROPER}"
    rf"|(?:[A-Z][\w\-]*\s+){{0,4}}(?:Journal|Lancet|Review|Proceedings)\b(?:\s+of\s+{_PROPER})?)"
    # "wrote for the majority", "wrote for the court"
    r"|for\s+(?:the\s+)?(?:majority|minority|court|panel|board)\b"
    # "said via a spokesman", "through her lawyer"
    r"|(?:via|through)\s+(?:a|an|her|his|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:spokes(?:man|woman|person)|lawyer|attorney|representative|aide|interpreter|translator)"
    # the writer's fact-check: "said without evidence that ..."
    r"|without\s+(?:(?:offering|providing|giving|citing|presenting)\s+)?(?:any\s+)?"
    r"(?:evidence|proof)"
    r"|(?:by|over\s+the)\s+(?:tele)?phone|by\s+(?:e-?mail|text(?:\s+message)?)"
    # the carrier of a quotation: "was quoted as saying by state media",
    # "... by the Tasnim news agency", "quoted as saying by Interfax"
    r"|by\s+(?:the\s+)?(?:(?:state|state-run|state-owned|official|local)\s+)?(?:media"
    r"|television|TV|news\s+agenc(?:y|ies)|broadcaster|press)\b"
    rf"|(?<=saying )by\s+(?:the\s+)?{_PROPER}(?:\s+(?:news\s+agency|newspaper|daily"
    r"|broadcaster|agency|television|TV))?"
    r"|to\s+(?:reporters|journalists|the\s+press|lawmakers)"
    rf"|{_SHOW_TITLE}"
    # "told AFP on condition of anonymity": how the source spoke
    r"|on\s+(?:the\s+)?condition\s+(?:of\s+anonymity"
    r"|that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified))"
    # and the reason the wire gives for it: "... because he was not authorized
    # to discuss the talks", "... to speak freely about the deal"
    r"(?:,?\s+(?:(?:because|as|since)\s+(?:he|she|they|the\s+[\w-]+)\s+(?:was|were|is|are"
    r"|had|has)\s+not\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared)\s+to"
    r"|to)\s+(?:speak|discuss|comment|talk|brief|describe)\b[^,.;:!?“”\"]{0,80})?"
    rf"|(?:with|to)\s+(?:the\s+)?{_PROPER}{_MEDIA_TAIL}"
)


# the dateline's city right after the cue: "said here on Friday", "told
# reporters here" (not "said here is the plan": a subject)
_HERE = r"here\b(?!\s+(?:is|are|was|were|to)\b)(?![’']s)"


# "said in an interview that aired Sunday that ...": the venue's relative
# clause, after a cue phrase
_AIRED = (
    r"that\s+(?:was\s+|were\s+)?(?:aired|broadcast|published|posted|released|televised"
    r"|streamed|recorded|taped)\b"
)


_AFTER_CUE = re.compile(
    rf"(?:,?\s+(?:{_TIME}|{_VENUE}|{_HERE}|{_AIRED})){{0,4}}(?:\s*,)?"
    # "that" opens the clause, unless it is its subject ("say that won't be true")
    r"(?:\s+(?:that(?!\s+(?:is|was|isn't|wasn't|won't|will|would|could|can|may|might|has|had)\b)"
    r"(?![’']s\b)|whether|if)\b)?",
)


# the venue of the saying, after what was said: "called for more buses in a
# statement on Thursday", "blamed the council on Twitter before the vote"
_TRAILING_VENUE = re.compile(
    rf",?\s+(?:{_VENUE})(?:,?\s+(?:{_TIME}"
    r"|(?:before|after|during)\s+(?:the|a|an|his|her|their|its)\s+[a-z]+))?[\s.,;]*"
)


def _without_venue(text: str, start: int, end: int) -> int:
    """The end of content before a trailing venue phrase, else ``end``."""
    for m in _TRAILING_VENUE.finditer(text, max(start, end - 160), end):
        if m.end() == end and m.start() > start:
            if _TO_A_PLACE.match(m.group()):
                continue  # "urged voters to send her to the White House": where, not whom
            return m.start()
    return end


# a time phrase closing a judgement's object: "slammed the budget on
# Wednesday", "praised the crews Tuesday night", "criticized the plan again"
_TRAILING_TIME = re.compile(
    rf"\s+(?:{_TIME}"
    # ... or the forum of the act: "defended the plans in parliament",
    # "questioned her credibility in closing arguments"
    r"|(?:in|before)\s+(?:parliament|Parliament|Congress|court|the\s+(?:House|Senate|Commons"
    r"|chamber|legislature|Legislature|Assembly|Dail|Knesset|Bundestag))"
    r"|in\s+(?:his|her|their|its|the)?\s*(?:closing\s+arguments?|opening\s+statements?))[\s.,;]*"
)


def _without_trailing_time(text: str, start: int, end: int) -> int:
    """The end of content before a time phrase (or a forum: ``in
    parliament``) that closes it, attached to the cue (SPEC "Content
    bounds"), else ``end``."""
    for m in _TRAILING_TIME.finditer(text, max(start, end - 48), end):
        if m.end() == end and m.start() > start:
            if _DATED_PARTICIPLE.search(text, max(start, m.start() - 16), m.start()):
                return end  # "the jobs figures released on Friday": the figures' date
            if _CLAUSE_IN_OBJECT.search(text, start + 1, m.start()):
                return end  # "a study showing growth would pick up next year": the clause's time
            return m.start()
    return end


# a clause of its own inside a judgement's object, whose verb a closing time
# phrase belongs to (late closure): "cited forecasts showing growth would pick
# up next year", "praised the plan to build the bridge next year", "criticized
# prosecutors who withheld evidence last year" (not "to the law", "to lawmakers")
_CLAUSE_IN_OBJECT = re.compile(
    r"\b(?:that|which|who|whom|showing|suggesting|indicating|finding|saying|estimating"
    r"|would|will|could|should|might|must|can|may)\s"
    r"|\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|them|him|me|us"
    r"|be|have)\b)[a-z]+(?<![^s]s)\s"
)


# a participle whose date the time phrase is: "the figures released on
# Friday", "the report published last week"
_DATED_PARTICIPLE = re.compile(
    r"\b(?:released|published|issued|filed|posted|unveiled|announced|delivered|given|made"
    r"|held|signed|passed|introduced|proposed|aired|broadcast)$"
)


# words that open the writer's clause after a judgement's object: "praised
# the ruling while Republicans condemned it", "cited rising costs as it
# raised rates"
_OBJECT_CLAUSE_OPENERS = frozenset({"as", "after", "before", "when", "although", "though"})


def _writers_clause_after_object(toks: _Tokens, k: int, last: int) -> bool:
    """Whether token ``k``, inside a judgement's object, opens the writer's
    clause of circumstance rather than more of what was judged: ``while`` /
    ``whereas`` + anything, ``as`` / ``after`` / ``when`` + a subject
    pronoun (or, but for ``as``, a clause), or a time distance (``a day
    after ...``)."""
    word = toks.words[k]
    if toks.kinds[k] != "w" or k >= last:
        return False
    if word in {"while", "whereas"}:
        return True
    if word in _OBJECT_CLAUSE_OPENERS:
        return toks.words[k + 1] in SUBJECT_PRONOUNS or (
            word != "as" and _clause_like(toks, k + 1, last)
        )
    return _time_distance(toks, k)


# "to" + a name after the content is a destination, not a listener (but "to
# reporters" is one)
_TO_A_PLACE = re.compile(r"\s+to\s+(?!reporters|journalists|the\s+press|lawmakers)")


# the fixed phrase of the cue span, with the one adjective wire copy puts
# inside it: "said in an emailed statement", "in a joint statement", "in a
# telephone interview"
_CUE_PHRASE = re.compile(
    r"\s+in\s+(?:a|an)\s+(?:(?:emailed|e-mailed|written|joint|brief|short|separate|prepared"
    r"|televised|telephone|phone|video|exclusive|radio|television|TV)\s+)?"
    r"(?:statement|interview)\b"
)


_REBUTTAL = (
    r"(?:,|\s[-–—])\s+a\s+(?:claim|charge|accusation|allegation|suggestion|characteri[sz]ation)"
    r"\s+(?:that\s+|which\s+)?(?:[\w’'.-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?"
    r"(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects|reject|dismissed"
    r"|dismisses|dismiss|contested|contests|contest)\b"
)
_REBUTTAL_TAIL = re.compile(_REBUTTAL)
_CONTEXT_TAIL_PLAIN = re.compile(
    r",\s+(?:after|amid|following|ahead\s+of|compared\s+(?:with|to)"
    # the writer's time distance: "..., a day after the drills ended", "two
    # weeks before the vote", "days after", "hours after"
    r"|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|just"
    r"|only|barely|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)"
    # "..., ending a months-long review": the writer's account of what followed
    r"|ending\s+(?:a|an|the|its|his|her|their|weeks|months|years|decades)"
    r"|even\s+as|even\s+though|one\s+that|throwing|meaning\s+that|as\s+(?:has|have|did|does|do)"
    # a result the writer adds: "..., sending shares down 4%", "..., prompting a recall"
    r"|contradicting|prompting|sparking|triggering|fuell?ing|angering|sending|echoing|defying"
    # "..., easing concerns about demand", "..., more than doubling its value"
    r"|(?:easing|allaying|calming|soothing|assuaging|stoking|fanning|reviving|heightening)"
    r"\s+(?:concerns|fears|worries|doubts|speculation|jitters)"
    r"|(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?(?:doubling|tripling|quadrupling|halving)"
    # what a cut does to the travellers: "..., affecting 50,000 passengers"
    r"|affecting|stranding|disrupting"
    r"|creating|drawing|earning|putting\s+(?:them|him|her|it)\b"
    r"|marking|capping|deepening|setting\s+up|(?:paving|clearing)\s+the\s+way"
    # the Sunday-show lede: "..., breaking with GOP leaders", "..., signaling a
    # rift", "..., becoming the first Republican to do so", "..., dealing a blow"
    r"|breaking\s+(?:with|ranks)|signall?ing|reversing|dealing\s+(?:a|another)\s+blow"
    r"|becoming\s+the\s+(?:first|latest|second|third|only)"
    r"|joining\s+(?:a|an|other|two|three|four|several|many|fellow|\d+)\b"
    r"|putting\s+(?:(?:new|more|further|added|fresh)\s+)?pressure)\b"
    # "..., with the Heat now on a five-game streak", "..., with Justice Ruiz
    # writing for the majority": the writer's absolute phrase
    r"|,\s+with\s+(?:the\s+)?(?:(?:conservative|liberal|chief|fellow|senior)\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
    r"(?:showing|putting|giving|leading|writing|now|still|already)\b"
    # the writer's backdrop: "..., as fighting raged in the east", "..., as
    # the crisis deepened"
    r"|,\s+as\s+(?:the\s+)?(?:[a-z’'-]+\s+){0,2}?(?:raged|rages|continued|continues|mounted"
    r"|mounts|intensified|intensifies|escalated|escalates|loomed|looms|deepened|deepens"
    r"|spread|spreads|dragged\s+on|drags\s+on|wore\s+on|wears\s+on)\b"
    # a second speaker's words in the writer's absolute phrase: "..., with
    # leader Yoshi Noda saying the government had lost its mandate", "...,
    # with Landini, head of the CGIL, saying ..."
    r"|,\s+with\s+(?:[\w.’'-]+\s+){1,5}?(?:,[^,;:“”\"]{1,60},\s+)?"
    r"(?:saying|adding|arguing|warning|noting|insisting|telling|claiming|describing|calling)\b"
    # the writer's gloss with its own attribution: "..., a move party insiders
    # said had split the party", "..., a move that analysts say could ..."
    r"|,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:move|plan|proposal|policy|measure|step|change)\s+"
    r"(?:that\s+|which\s+)?(?:[\w’'.-]+\s+){1,4}?"
    r"(?:said|says|say|warned|warn|warns|argued|argue|argues|feared|fear|fears|predicted"
    r"|predict|predicts|contend|contends|contended)\b"
    # the writer's note of a denial: "..., which the university denied",
    # "..., a claim which police have disputed"
    r"|,\s+which\s+(?:[\w’'.-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny"
    r"|disputed|disputes|dispute|rejected|rejects|reject|contested|contests|contest)\b"
    # the writer's note of a rebuttal: "... - a claim Labour dismissed as
    # “nonsense”", "..., a charge the company denies"
    rf"|{_REBUTTAL}"
    # the writer's contrast with a rival: "..., something Renfrow has
    # refused to do", "..., something his predecessor never did"
    r"|,\s+something\s+(?:[\w’'.-]+\s+){1,4}?(?:(?:has|have|had)\s+)?(?:long\s+|so\s+far\s+)?"
    r"(?:refused|declined|failed|resisted|balked|never\s+(?:did|done))\b"
    # AP's fact-check appositive: "..., a claim rejected by courts", "..., a
    # figure disputed by independent analysts", "..., a false claim"
    r"|,\s+(?:a|an)\s+(?:(?:false|baseless|unfounded|unsupported|debunked|bogus|disputed)\s+"
    r"(?:claim|assertion|charge|allegation)\b|(?:claim|assertion|charge|accusation|allegation"
    r"|figure|number|estimate|statistic)\s+(?:(?:widely|repeatedly|since|roundly)\s+)?"
    r"(?:rejected|disputed|denied|contested|debunked|refuted|dismissed|contradicted"
    r"|unsupported|not\s+supported)\s+by\b)"
    # a rival count: "..., while police put the number at 30,000"
    r"|,\s+(?:while|but|whereas)\s+(?:[\w’'.-]+\s+){1,4}?(?:put|puts|estimated|estimates"
    r"|gave|gives)\s+(?:the|a|its|their)\s+(?:[a-z]+\s+)?(?:number|figure|toll|count"
    r"|turnout|tally|crowd|attendance)\b"
    # the body's own voice confirming its report: "The party said it would
    # boycott parliament, its spokesman told Reuters."
    r"|,\s+(?:its|their)\s+(?:[a-z]+\s+)?spokes(?:man|woman|person)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}(?:said|says|told|tells|added|confirmed)\b"
    # the court's split: "..., with the three liberal justices dissenting"
    r"|,\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:justices?|judges?|members?)\s+"
    r"(?:dissenting|concurring)\b"
    r"|,\s+especially\s+(?:given|since|as|when|after|because|with)\b"
    # the writer's gloss on a figure: "..., a key measure of a retailer's
    # health", "..., a closely watched gauge of ..."
    r"|,\s+(?:a|an|the)\s+(?:(?:key|closely|widely|important|crucial|broad|common)\s+)?"
    r"(?:watched\s+)?(?:measure|gauge|indicator|barometer|yardstick)\s+of\b"
    # the writer's backdrop on the speaker: "..., as he faced calls to quit"
    r"|,\s+as\s+(?:he|she|they)\s+(?:faced|faces|came\s+under|comes\s+under)\b"
    # the writer's gloss on a word: "..., the latter a reference to ..."
    r"|,\s+the\s+(?:latter|former)\s+(?:a|an)\s"
    # the venue set off at the end: "..., in comments carried by state media."
    rf"|,\s+(?:{_VENUE})(?:,?\s+(?:{_TIME}))?(?=[\s.!?”\"’)]*$)"
    # the outlet's own sourcing formula at the end: "..., Kyodo News learned
    # Friday.", "..., The Ledger has learned."
    r"|,\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:has\s+|have\s+)?learned"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+)?(?=[\s.!?”\"’)]*$)"
    # the carrier of the words: "..., quoted by public television TVE"
    r"|,\s+(?:as\s+)?(?:quoted|cited)\s+by\b"
    r"|,\s+(?:and|but|while|whereas|though|although)\s+(?:he|she|they|we|I)\b"
    # a dash before the writer's figure or aside: "... -- 44 percent to 34
    # percent" (not an aside closed by a second dash: "half — 55 percent —
    # of voters"), "... ― as was true for ..."
    r"|\s+(?:--|—|―|–)\s*(?:\d[\d,.]*\s*(?:%|percent\b)(?![^—―–]{0,12}(?:--|—|―|–))"
    r"|as\s+(?:was|is|has|had)\b)"
    # "..., although it may take days to know": the writer's caveat
    r"|,\s+(?:though|although)\s+it\s+(?:may|might|could|would|will|is|was|remains|remained)\b"
    # "..., and the union has already sued": a new subject with its own verb
    r"|,\s+(?:and|but|while|whereas)\s+(?:the|a|an|[A-Z][\w.’'\-]*)\s[^,;:“”\"]{0,50}?"
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|should|may|might|must)\b"
    # markets copy's other house: "..., while Barclays kept its forecast
    # unchanged": a named body, its own past verb and its own object, the
    # writer's contrast (not a poll's parallel "while Republicans favored X")
    r"|,\s+(?:while|whereas)\s+[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}\s+"
    r"(?:[a-z]{2,}ed|kept|left|held|cut|set|put|saw|took|made|gave|stood|sold|bought|won"
    r"|lost|rose|fell|grew|shrank)\s+(?:its|their)\b"
    # "..., when there are recordings of her saying the opposite": the
    # writer's rebuttal
    r"|,\s+when\s+there\s+(?:is|are|was|were)\b"
    # "..., but instant polls are not a measure of ...": the writer's correction
    r"|,\s+but\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+(?:are|were)\s+not\b"
    # "..., and the miners' union also stepped in": another subject's act
    r"|,\s+and\s+(?:the|a|an|[A-Z][\w.’'\-]*)\s[^,;:“”\"]{0,50}?\balso\s+[a-z]{3,}ed\b"
    # "..., but some Democrats are less sure": a wider set's own view
    r"|,\s+(?:but|while|whereas|though|although)\s+(?:some|many|most|several|other|few)\s+"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+s\s+(?:are|were|have|had|remain|remained|say|said|argue"
    r"|argued|warn|warned|worry|worried|fear|feared|believe|believed|disagree|disagreed|doubt"
    r"|doubted)\b"
    # "..., and a spokesman, Eli Carden, said ...": a second attribution
    r"|,\s+(?:and|but|while|whereas)\s+(?:a|an|the|his|her|its|their)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+)?,\s+[A-Z][^,;:“”\"]{0,40},\s+(?:said|says|told|wrote|[a-z]{3,}ed)\b"
    # "..., though opposition groups dismissed the plan": the writer's other side
    r"|,\s+(?:though|although)\s+(?:the\s+|some\s+|many\s+|most\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:[a-z]+s)\s+(?:have\s+|had\s+)?(?:dismissed|rejected|disputed|denied|criticized"
    r"|questioned|called|said|say|argued|argue|warned|warn|show|showed|shown|estimate"
    r"|estimated|found|indicate|indicated|suggest|suggested|put|project|projected)\b"
    # "..., though Republicans have won the state in the last three
    # elections": the writer's record of a party or a side
    r"|,\s+(?:though|although)\s+(?:the\s+)?[A-Z][a-z]+s\s+(?:have|has|had)\s+(?:also\s+)?"
    r"(?:won|lost|held|carried|controlled|dominated)\b"
    # "..., though the CBO estimates $1.2 trillion": a named body's other figure
    r"|,\s+(?:though|although)\s+(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}"
    r"\s+(?:estimates|estimated|puts|put|shows|showed|found|projects|projected|data\s+shows?"
    r"|figures\s+show|records\s+show)\b"
    # "..., but for the crews, it is a worry": a new clause after a phrase
    r"|,\s+(?:and|but)\s+(?:for|to|among|in|at)\s[^,;:“”\"]{1,40},\s+(?:he|she|it|they|we|I)\b"
    # poll copy: "..., while about 4 in 10 want ...": the writer's other figure
    r"|,\s+while\s+(?:(?:about|nearly|almost|only|just|roughly|some)\s+)?"
    r"(?:\d|half\b|most\b|a\s+(?:majority|third|quarter)\b)"
    # the writer's fact-check: "..., without offering evidence", "..., a claim
    # Democrats dispute", "..., a figure that could not be independently verified"
    r"|,\s+without\s+(?:(?:offering|providing|giving|citing|presenting|showing)\s+)?"
    r"(?:any\s+)?(?:evidence|proof)\b"
    # "..., without elaborating", "..., without giving details/a date"
    r"|,\s+without\s+(?:elaborating|explaining|specifying|(?:giving|providing|offering)\s+"
    r"(?:any\s+|further\s+|more\s+)?(?:details|a\s+date|a\s+time(?:frame|line|table)|a\s+reason"
    r"|reasons|specifics|figures)|saying\s+(?:how|why|when|where|what|who|which))\b"
    r"|,\s+(?:though|although)\s+(?:independent\s+)?(?:analysts|experts|fact-checkers"
    r"|economists|researchers|studies|records)\s+(?:have|has|had)\s+(?:found|shown|said)\b"
    # (also "..., a number for which there is no evidence", "..., an assertion not
    # supported by ...", "... — a number the CBO disputes")
    r"|(?:,|\s+[—–])\s+(?:a|an)\s+(?:claim|assertion|allegation|accusation|contention|figure"
    r"|number|statistic)\s+"
    r"(?:that|which|for\s+which|not\s|unsupported\b|[A-Z]|[a-z]+s\s"
    r"|[a-z]+\s+[a-z]+s\s+(?:have|has|had|dispute|disputes|disputed|reject|rejects|rejected"
    r"|deny|denies|denied|say|said)\b"
    r"|(?:the|his|her|their|its|many|most|some|few|several|other|independent)\b)"
    # the writer's gloss on what was said: "..., a sign of how ...", "..., a
    # prediction echoed by ...", "..., an overture aimed at ...", "..., a nod to ..."
    r"|,\s+(?:a|an|the\s+(?:latest|clearest|strongest|newest))\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:sign|signal|indication|reminder|reflection|measure|move|step|prediction|overture"
    r"|gesture|rebuke|reversal|shift|departure|setback|blow|boost|concession|acknowledge?ment"
    r"|admission|nod|escalation|retreat|turnaround|jab|swipe|dig|reference|allusion)s?"
    r"\s+(?:of|that|to|from|aimed|echoed|likely|seen|designed|meant|intended|which|toward|towards"
    r"|how|at|widely|sure|certain|expected)\b"
    # the writer's reason for the news: "..., as the device maker looks to expand"
    r"|,\s+as\s+(?:the|it|its)\s+(?:[\w’'-]+\s+){0,3}?(?:looks|seeks|tries|aims|moves"
    r"|battles|struggles|pushes|races|prepares|grapples|scrambles)\s+(?:to|with|for)\b"
    # "..., as the software maker shifts its focus to AI", "..., as it pivots to ..."
    r"|,\s+as\s+(?:the|it|its)\s+(?:[\w’'-]+\s+){0,3}?(?:shifts|pivots|refocuses|redirects)"
    r"\s+(?:its|their|to|toward|towards|away)\b"
    # the writer's comparison with the market's forecast: "..., topping the
    # average analyst estimate", "..., in line with estimates"
    r"|,\s+(?:topping|beating|exceeding|surpassing|missing|trailing|falling\s+short\s+of"
    r"|(?:roughly\s+|largely\s+)?in\s+line\s+with|short\s+of|ahead\s+of|below|above)"
    r"\s+(?:the\s+)?(?:[\w’'$.%-]+\s+){0,4}?"
    r"(?:estimates?|forecasts?|expectations|consensus|projections?"
    r"|(?:analysts|economists|investors)\s+(?:had\s+)?(?:expected|forecast|projected|estimated))\b"
)


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|`` (none
    inside a group or a character class, nor escaped)."""
    alternatives: list[str] = []
    depth = 0
    in_class = False
    begin = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" first in the class (or after "^") is a literal
            i += 1 if pattern[i + 1 : i + 2] == "]" else 2 if pattern[i + 1 : i + 3] == "^]" else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[begin:i])
            begin = i + 1
        i += 1
    alternatives.append(pattern[begin:])
    return alternatives


class _CommaSplitSearch:
    """``pattern.search`` for a top-level alternation whose alternatives
    mostly open on a comma, as two searches: the comma-led alternatives
    (their common ``,`` lets the search skip to commas in C) and the rest
    (in order). The plain pattern, opening on an alternation with no common
    first character, entered the pattern at every character and tried each
    alternative there. The leftmost match of the two is the plain search's
    (at the start of the earlier one no alternative of the other matches);
    when both start at one place the plain pattern decides the order.
    ``tests/test_shortcuts.py`` compares it with the plain search."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.plain = pattern
        alternatives = _top_level_alternatives(pattern.pattern)
        comma = [a for a in alternatives if a.startswith(",")]
        rest = [a for a in alternatives if not a.startswith(",")]
        self.comma = re.compile("|".join(comma), pattern.flags) if comma else None
        self.rest = re.compile("|".join(rest), pattern.flags) if rest else None

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``pattern.search``."""
        if self.comma is None or self.rest is None:
            return self.plain.search(text, pos, endpos)
        found = self.comma.search(text, pos, endpos)
        other = self.rest.search(text, pos, endpos)
        if other is None:
            return found
        if found is None or other.start() < found.start():
            return other
        if other.start() == found.start():
            return self.plain.search(text, pos, endpos)
        return found


_CONTEXT_TAIL = _CommaSplitSearch(_CONTEXT_TAIL_PLAIN)


# a clause set off after what was said that tells the reader more about a
# noun in it (AP: a nonessential clause): "..., which is conducting its own
# probe", "..., who also held a rally"; with a modal it carries the claim on
# ("..., which could allow him to ...")
_RELATIVE_TAIL = re.compile(r",\s+(?:which|who)\s(?!(?:could|would|might|may|will|can)\b)")
# the fewest words of content before such a clause
_MIN_WORDS_BEFORE_RELATIVE = 4
# what opens an object relative clause ("which she was doing"): the speaker's
_OBJECT_RELATIVE_OPENERS = frozenset("he she they we i it you the a an his her their its".split())
# what may follow a comma inside such a clause and still leave it the writer's
_RELATIVE_LIST_WORDS = frozenset({"and", "or", "but", "including", "as"})


# ", when ..." set off after a date: the writer's gloss on the date ("could
# change their mind before April 26, when voters head to the polls")
_WHEN_TAIL = re.compile(r",\s+when\s")
_DATE_BEFORE = re.compile(rf"(?:\b{_MONTH}\s+\d{{1,2}}|\b{_WEEKDAY}|\b(?:19|20)\d\d)\Z")


def _writers_relative(text: str, pos: int, end: int) -> bool:
    """Whether the relative clause from ``pos`` to ``end`` is the writer's
    addition: it opens on its verb (not an object relative, ``which she was
    doing``) and runs to the end of the content (no comma before a further
    clause, as in ``counties, which include X, voters have been ...``)."""
    words = text[pos:end].split()
    if not words or words[0].lower() in _OBJECT_RELATIVE_OPENERS:
        return False
    for m in _COMMA_WORD.finditer(text, pos, end):
        word = m.group(1)
        if word[:1].islower() and not word.endswith("ing") and word not in _RELATIVE_LIST_WORDS:
            return False
    return True


_COMMA_WORD = re.compile(r",\s+([\w’'-]+)")


_CONNECTIVE = re.compile(
    r"(?:" + "|".join(r"\s+".join(map(re.escape, c.split())) for c in CONNECTIVES) + r")\b,?\s+",
    re.IGNORECASE,
)


_PHRASE_OPENERS = frozenset(
    """at in on during outside inside after before with to from before near
    last this earlier late early"""
    # sports copy's time of the saying: "said ahead of Saturday's game that",
    # "said following the win that", "said postgame that"
    """ ahead following postgame pregame postmatch""".split()
)

# after a speech verb (not a stance word: "skeptical of X that ..."), also
# "said of the plan that ...", "said through an interpreter that ..."
_CUE_PHRASE_OPENERS = _PHRASE_OPENERS | frozenset({"of", "via", "through", "without"})


_CONTEXT_OPENERS = frozenset(
    {"after", "amid", "following", "ahead", "as"}
    # the writer's comparison or gloss after a closing attribution: "..., the
    # company said, compared with ...", "..., down from ...", "..., without
    # giving details", "..., blaming the weather"
    | frozenset(
        """compared down up below above beating missing topping versus without
        blaming revising attributing crediting""".split()
    )
)


# words after an object pronoun that end the phrase: "feel it yet", "said it too"
_AFTER_AN_OBJECT = frozenset(
    "yet too either now anymore again much well all back up out off here there".split()
)


# an object that denies the words, no reported clause: "has said no such
# thing", "said nothing of the kind" (PolNeAR keeps "said the same thing")
_NO_REPORT_OBJECT = re.compile(r"(?:no\s+such\s+thing|nothing\s+of\s+the\s+(?:kind|sort))\b")


def _clause_like(toks: _Tokens, i: int, stop: int) -> bool:
    """Whether tokens from ``i`` look like a reported clause."""
    if i > stop:
        return False
    first = toks.words[i]
    if toks.kinds[i] == "q":
        return True
    if first in {"it", "this", "that", "these", "those"} and (
        i + 1 > stop
        or toks.kinds[i + 1] == "p"
        or (
            toks.kinds[i + 1] == "w"
            and toks.words[i + 1] in _AFTER_AN_OBJECT
            # (the adverb closes the content: "it now expects ..." is a clause)
            and (i + 2 > stop or toks.kinds[i + 2] != "w")
        )
    ):
        return False  # "Voters don't feel it yet": an object, no clause
    if first in SUBJECT_PRONOUNS or first in {"there", "this", "that", "these", "those"}:
        return True
    if _contracted_subject(toks, i, stop):
        return True  # "claims he's worth $10 billion"
    # "warns of counterfeit drugs sold online": after a topic's preposition a
    # past form describes the topic's noun; only an auxiliary makes a clause
    # ("warned of the implications a Trump presidency would have")
    topic = first in {"of", "against"}
    for k in range(i, min(stop + 1, i + 10)):
        if toks.kinds[k] != "w":
            if toks.words[k] == "," and k > i and _verb_after_relative(toks, k, stop):
                return True  # "argued the plan, which has lost two votes, was doomed"
            if toks.words[k] in {",", ";", ":"}:
                return k > i and _age_then_verb(toks, k, stop)
            continue
        if toks.words[k] in AUXILIARIES or (
            k > i
            and not topic
            and (toks.words[k] in PAST_ONLY or toks.words[k] in PAST_OR_PARTICIPLE)
        ):
            return k > i
        if topic:
            continue
        if k > i and _finite_past(toks, k, stop):
            return True  # "alleges the company defrauded investors"
        if k == i + 2 and _finite_present(toks, k, stop):
            return True  # "argue the map violates the law"
        if k in (i + 2, i + 3) and _plural_present(toks, i, k, stop):
            return True  # "believe the (changing) suburbs give them a shot"
    # "argued Hale's proposal to pay down the debt by printing money would
    # trigger inflation": a long subject, then its auxiliary
    return _late_auxiliary(toks, i, stop, 10, 14)


_QUOTED_VERB = re.compile(r"[\"“‘']\s*([a-z]+)\b")


def _quoted_predicate(text: str, toks: _Tokens, i: int, stop: int) -> bool:
    """``insisting the bill “protects children.”``: a short subject opening
    on a determiner, then a quotation whose first word is a verb (``-s``,
    ``-ed``, an auxiliary): the clause's predicate is inside the marks."""
    if toks.words[i] not in DETERMINERS:
        return False
    for q in range(i + 1, min(stop + 1, i + 5)):
        if toks.kinds[q] == "q":
            m = _QUOTED_VERB.match(text, toks.starts[q])
            if m is None:
                return False
            word = m.group(1)
            return (
                word in AUXILIARIES
                or word in PAST_ONLY
                or is_past_verb(word)
                or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")))
            )
        if toks.kinds[q] != "w" or toks.words[q] in CLAUSE_STOPS:
            return False
    return False


# the most tokens of a nonessential relative clause set off inside a subject
_MAX_RELATIVE_IN_SUBJECT = 25


def _verb_after_relative(toks: _Tokens, comma: int, stop: int) -> bool:
    """Whether a nonessential relative clause opens at ``comma`` (``, which``
    / ``, who``) and the subject's verb follows its closing comma (``the
    plan, which has lost two votes, was doomed``, ``the board, which ...,
    is “out of touch”``): the subject and the clause, a reported clause."""
    if comma + 1 > stop or toks.words[comma + 1] not in {"which", "who"}:
        return False
    for t in range(comma + 2, min(stop, comma + _MAX_RELATIVE_IN_SUBJECT)):
        if toks.words[t] == ",":
            word = toks.words[t + 1]
            return toks.kinds[t + 1] == "w" and (
                word in AUXILIARIES
                or word in PAST_ONLY
                or (is_past_verb(word) and word not in PAST_OR_PARTICIPLE)
            )
        if toks.kinds[t] != "w":
            return False
    return False


def _age_then_verb(toks: _Tokens, comma: int, stop: int) -> bool:
    """``the man, 34, stabbed the woman``: the subject's age set off by
    commas (AP style), then the clause's past or auxiliary verb."""
    v = comma + 3
    if v > stop or toks.words[comma] != "," or toks.words[comma + 2] != ",":
        return False
    age, verb = toks.words[comma + 1], toks.words[v]
    return (
        age.isdigit()
        and len(age) <= 3
        and toks.kinds[v] == "w"
        and (
            verb in AUXILIARIES
            or verb in PAST_ONLY
            or verb in PAST_OR_PARTICIPLE
            or (verb.endswith("ed") and verb not in ED_ADJECTIVES)
        )
    )


def _plural_present(toks: _Tokens, i: int, k: int, stop: int) -> bool:
    """A bare plural present verb after a determiner and a plural noun, with
    its object after it (``the suburbs give them a shot``, ``the voters want
    a change``): the noun's plural ``-s`` rules out a compound's head."""
    word = toks.words[k]
    before = toks.words[k - 1]
    return (
        k + 1 <= stop
        and toks.words[i] in DETERMINERS
        and all(toks.kinds[t] == "w" for t in range(i, k + 2))
        and all(toks.words[t] not in DETERMINERS for t in range(i + 1, k))
        and looks_plural(before)
        and len(word) > 2
        and word.isalpha()
        and not word.endswith(("s", "ed", "ing", "ly", "en"))
        and word not in CLAUSE_STOPS
        and word not in _PREPOSITIONS
        and (toks.words[k + 1] in DETERMINERS or toks.words[k + 1] in _OBJECT_AFTER_VERB)
    )


_OBJECT_AFTER_VERB = frozenset({"them", "him", "us", "me"})


def _finite_present(toks: _Tokens, k: int, stop: int) -> bool:
    """A present ``-s`` verb after a determiner and a noun and before an
    object's determiner (``the map violates the law``, ``the state remains a
    toss-up``); a noun between two determiners cannot be a compound's head."""
    word = toks.words[k]
    return (
        k + 1 <= stop
        and len(word) > 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s", "ous", "ways", "wards"))
        and word not in CLAUSE_STOPS
        and toks.words[k - 2] in DETERMINERS
        and toks.kinds[k - 1] == "w"
        and toks.words[k - 1] not in DETERMINERS
        and not toks.words[k - 1].endswith(("'s", "’s"))
        # (the possessives among them); "the suburb gives them a shot"
        and (
            toks.words[k + 1] in DETERMINERS
            or toks.words[k + 1] in _OBJECT_AFTER_VERB
            # "the nominee trails by double digits", "the mood favors
            # challengers": a preposition or a plural object after the verb
            or toks.words[k + 1] in _PRESENT_VERB_PREPOSITIONS
            # "the shift comes too late", "the deal falls apart": an adverb
            # only a verb takes, then the clause's end
            or (
                toks.words[k + 1] in _VERB_ADVERBS
                and (k + 2 > stop or toks.kinds[k + 2] != "w" or toks.words[k + 2] in _VERB_ADVERBS)
            )
            # "the system gives too much power to ...", "the plan costs more
            # than ...": a quantity only an object or a verb's degree takes
            or (
                toks.words[k + 1] in _QUANTITY_AFTER_VERB
                and k + 2 <= stop
                and toks.words[k + 2] in _QUANTITY_FOLLOWERS
            )
            or (
                toks.kinds[k + 1] == "w"
                and looks_plural(toks.words[k + 1])
                and (k + 2 > stop or toks.kinds[k + 2] != "w" or toks.words[k + 2] in CLAUSE_STOPS)
            )
        )
    )


_QUANTITY_AFTER_VERB = frozenset({"too", "far", "much", "more", "less"})
_QUANTITY_FOLLOWERS = frozenset({"much", "many", "little", "few", "more", "less", "than"})
_VERB_ADVERBS = frozenset(
    "too apart away back late early soon again badly well off short".split()
)
_PRESENT_VERB_PREPOSITIONS = frozenset("by in on at with for over among against from into".split())


_NAMING_PARTICIPLES = frozenset(
    "entitled titled called named dubbed labeled labelled headlined captioned".split()
)

# what follows a participle modifying a noun: "a deal valued at", "claims
# filed against him", "a plan backed by", "the fund created in 2001"
_AFTER_A_PARTICIPLE = _PREPOSITIONS | frozenset(
    """against by over under into after before near about as through during
    since and or but that which who last this next earlier yesterday today
    recently monday tuesday wednesday thursday friday saturday sunday""".split()
)


# past verbs that take an infinitive: "the hospital failed to monitor"
_BEFORE_AN_INFINITIVE = frozenset(
    """failed refused tried agreed decided wanted planned declined attempted
    continued started threatened vowed pledged helped""".split()
)


def _finite_past(toks: _Tokens, k: int, stop: int) -> bool:
    """A regular past form after a noun and before its object (``the company
    defrauded investors``), not a participle modifying a noun (``the newly
    created fund``, ``a deal valued at``, ``claims filed against him``)."""
    word = toks.words[k]
    before = toks.words[k - 1]
    return (
        # "alleges the company paid kickbacks": an irregular past that is
        # also the participle counts after a determiner and one noun
        (
            word.endswith("ed")
            or (word in PAST_OR_PARTICIPLE and k >= 2 and toks.words[k - 2] in DETERMINERS)
        )
        and word not in ED_ADJECTIVES
        and word not in _NAMING_PARTICIPLES  # "a memoir entitled ..."
        and (
            k + 1 > stop
            # "claimed the governor lied.": a clause can end on its verb
            or toks.words[k + 1] in {".", ";", "!", "?"}
            or (toks.kinds[k + 1] == "w" and toks.words[k + 1] not in _AFTER_A_PARTICIPLE)
            # "alleges the hospital failed to monitor ...": a verb before "to"
            or (toks.words[k + 1] == "to" and word in _BEFORE_AN_INFINITIVE)
            # "believe the fire started in the kitchen": after "the" and a
            # noun, with no other verb in the clause, the past form is its verb
            or _sole_verb_after_subject(toks, k, stop)
        )
        and toks.kinds[k - 1] == "w"
        and before not in DETERMINERS
        and before not in RELATIVE_PRONOUNS  # "the raid that killed ...": not the main verb
        and before != "that"
        and not before.endswith("ly")
        and before not in AUXILIARIES
    )


_DEFINITE_SUBJECTS = frozenset({"the", "his", "her", "their", "its"})


def _sole_verb_after_subject(toks: _Tokens, k: int, stop: int) -> bool:
    """``the fire started in the kitchen``, ``the man died Tuesday``: a
    past form after a definite subject of one noun, followed by no agent
    (``by``) and by no other verb up to the clause's end, can only be the
    clause's verb (``the fund created in 2001 was`` has its verb later; a text noun
    is published: ``denied the report published last week``)."""
    if (
        k < 2
        or toks.words[k - 2] not in _DEFINITE_SUBJECTS
        or toks.words[k + 1] == "by"
        # "denied the report published last week": a text is published
        or toks.words[k - 1] in DOCUMENT_HEADS
    ):
        return False
    for t in range(k + 1, min(stop + 1, k + 12)):
        word = toks.words[t]
        if toks.kinds[t] != "w":
            if word in {",", ";", ":"}:
                return False
            continue
        if word in AUXILIARIES or word in PAST_ONLY or word in CLAUSE_STOPS:
            return False
        if word.endswith("ed") and t > k + 1 and toks.words[t - 1] not in DETERMINERS:
            return False
    return True


_INDEFINITE_OPENERS = frozenset({"a", "an", "another", "every", "each", "some"})
_INDEFINITE_PRONOUNS = frozenset(
    "someone something anyone anything everything nothing somebody anybody".split()
)


# a subject pronoun with its verb contracted onto it: "claims he's worth",
# "admitted they'd erred", "suggests it'll pass": a clause, never an object
_CONTRACTED_SUBJECT = re.compile(r"(?:he|she|they|we|i|it|you|there)['’](?:s|re|ll|d|ve|m)")


# cues whose "it" may be an object with its state after it: "found it
# abandoned", "showed it rising"
_OBJECT_COMPLEMENT_CUES = frozenset(
    "find finds found finding show shows showed shown showing".split()
)

# what ends a perfect that describes a noun: "remarks he'd made about women"
_AFTER_A_PERFECT = frozenset("about over during against into onto by as".split())


def _contracted_subject(toks: _Tokens, i: int, stop: int) -> bool:
    """Whether the word at ``i`` is a subject pronoun with its verb
    contracted on, opening a clause: not ``the remarks he'd made about
    women``, where a perfect with no object after it is a relative clause
    describing the noun before."""
    word = toks.words[i]
    if _CONTRACTED_SUBJECT.fullmatch(word) is None or i + 1 > stop:
        return False
    if word.endswith(("'d", "’d", "'ve", "’ve")) and toks.kinds[i + 1] == "w":
        verb = toks.words[i + 1]
        if verb.endswith("ed") or verb in PAST_OR_PARTICIPLE:
            after = i + 2
            return (
                after <= stop
                and toks.kinds[after] == "w"
                and toks.words[after] not in _PREPOSITIONS
                and toks.words[after] not in _AFTER_A_PERFECT
                and toks.words[after] not in CLAUSE_STOPS
            )
    return True


def _it_and_its_verb(toks: _Tokens, i: int, stop: int) -> bool:
    """``it`` followed by a finite verb (``admitted it made a mistake``,
    ``confirmed it plans to ...``): after a bare pronoun a past or a present
    in ``-s`` is the clause's verb, no participle or noun; ``denied it
    outright`` and ``repeated it twice`` are objects."""
    if toks.words[i] != "it" or i + 2 > stop or toks.kinds[i + 1] != "w":
        return False
    verb, nxt = toks.words[i + 1], toks.words[i + 2]
    if verb in CLAUSE_STOPS or verb in _PREPOSITIONS or verb in _AFTER_AN_OBJECT:
        return False
    if toks.kinds[i + 2] != "w":
        return False
    if i >= 1 and toks.words[i - 1] in _OBJECT_COMPLEMENT_CUES and not verb.endswith("s"):
        # "Police found it abandoned near the port": the object and its
        # state (but "has shown it knows how": a present is a verb)
        return False
    if verb in PAST_ONLY:
        return True  # "conceded it took too long"
    if verb.endswith("ed") or verb in PAST_OR_PARTICIPLE:
        # a past with its object ("admitted it made a mistake", "confirmed it
        # signed the striker"), not a participle ("declared it closed for")
        return verb not in ED_ADJECTIVES and (
            nxt in _CLAUSE_OBJECT_OPENERS or is_number(nxt) or nxt[:1] in {"$", "€", "£"}
        )
    return len(verb) > 4 and verb.endswith("s") and not verb.endswith(("ss", "us", "ly"))


# finite auxiliaries and modals that make a long subject's clause: "suggests
# any further deals to cut tariffs should be gradual"
_FINITE_AUXILIARIES = frozenset(
    """would could should will can may might must is are was were has have had
    does do did""".split()
) | frozenset(
    w + suffix
    for w in ("would", "could", "should", "does", "did", "is", "are", "was", "were", "has", "have")
    for suffix in ("n't", "n’t")
) | frozenset({"won't", "won’t", "can't", "can’t"})
# words that open a clause of their own inside a long object
_LONG_SUBJECT_BREAKS = frozenset(
    """that which who whom whose when where while because if and or but as than
    whether since after before until unless although though what how why""".split()
)


def _late_auxiliary(toks: _Tokens, i: int, stop: int, lo: int, hi: int) -> bool:
    """A finite auxiliary ``lo`` to ``hi`` tokens after ``i`` with only
    words between, no clause word, no comma: the verb of a reported clause
    whose subject is a long noun phrase (``argued Hale's proposal to pay
    down the debt by printing money would trigger inflation``). An
    auxiliary right after ``to`` is an infinitive (``a plan to have ...``)."""
    first = toks.words[i] if i <= stop else ""
    if (
        i > stop
        or toks.kinds[i] != "w"
        or first in CLAUSE_STOPS
        or first in _PREPOSITIONS
        or first in {"about", "against", "by", "as"}
        # "For networks that own their old shows, the allure ... is": after
        # a comma the words are no object of the cue
        or (i >= 1 and toks.kinds[i - 1] != "w")
        # "Britain's emotionally charged uprising ... is": an adjective
        or (i >= 2 and toks.words[i - 1].endswith("ed") and toks.words[i - 2].endswith("ly"))
    ):
        return False
    for t in range(i + 1, min(stop, i + hi) + 1):
        if toks.kinds[t] != "w":
            return False
        w = toks.words[t]
        if w in _FINITE_AUXILIARIES and toks.words[t - 1] != "to":
            return t - i >= lo
        # "some of the tweets she was directed to post": a relative clause
        # with no "that" inside the object
        if w in _LONG_SUBJECT_BREAKS or w in SUBJECT_PRONOUNS:
            return False
    return False


def _plain_clause(toks: _Tokens, i: int, stop: int) -> bool:
    """A clause whose subject is short and plain: ``it will``, ``the United
    States was``: a pronoun, or an auxiliary within the first four words."""
    if i > stop or toks.kinds[i] != "w" or toks.words[i] in CLAUSE_STOPS:
        return False  # "asked not to be identified" reports nothing
    if _contracted_subject(toks, i, stop) or _it_and_its_verb(toks, i, stop):
        return True  # "admitted it made a mistake", "suggested they'd erred"
    if toks.words[i] in SUBJECT_PRONOUNS and i + 1 <= stop and toks.words[i + 1] in AUXILIARIES:
        return True
    if toks.words[i] in {"he", "she", "they", "we", "i"} and i + 1 <= stop:
        return True  # "announced she and her husband expect ...": a subject, never an object
    for k in range(i + 1, min(stop + 1, i + 5)):
        if toks.kinds[k] != "w" and _age_then_verb(toks, k, stop):
            return True  # "allege the man, 34, stabbed ...": the age set off, then the verb
        if toks.kinds[k] != "w" or (
            toks.words[k] in SUBJECT_PRONOUNS
            and (
                (k == i + 2 and toks.words[i] in _INDEFINITE_OPENERS)
                or (k == i + 1 and toks.words[i] in _INDEFINITE_PRONOUNS)
            )
        ):
            # "repeated a line he has used", "found someone he would like":
            # a relative clause with no "that", describing the object
            return False
        if (
            toks.words[k] in AUXILIARIES
            or toks.words[k] in PAST_ONLY
            or _finite_past(toks, k, stop)  # "alleges the company defrauded investors"
        ) and toks.words[k - 1] not in COORDINATORS:
            # (not "announced the results and thanked voters": the subject's next verb)
            # "found a rifle investigators say was used": the verb belongs to
            # a report reduced inside the object, not to a clause
            return toks.words[k - 1] not in _EMBEDDED_REPORT_CUES
    # "suggests any further deals to cut tariffs should be gradual": a long
    # subject, then its auxiliary
    return _late_auxiliary(toks, i, stop, 5, 12)


_EMBEDDED_REPORT_CUES = frozenset({"say", "said", "believe", "believed", "allege", "alleged"})

# cues whose "there was/were" is what a count or search turned up ("found
# there had been 3,210 victims"), the writer's fact: only with "that"
_COUNT_LEMMAS = frozenset({"find", "show"})

# what may follow an existential "there" as its verb: "admitted there was"
_EXISTENTIAL_VERBS = frozenset(
    """is was were are will would could might may should has have had
    remains remained seems seemed appears appeared""".split()
)
# irregular pasts that are also base forms or nouns: only with an object
_BARE_PASTS = frozenset("shot hit cut set put beat hurt quit spread cost let".split())
# the object that opens after a clause's verb
_CLAUSE_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my"})


def _bare_clause(
    text: str, toks: _Tokens, i: int, stop: int, *, existential: bool = True
) -> bool:
    """A clause with no ``that`` that ``_plain_clause`` leaves out: an
    existential ``there`` and its verb (``admitted there was more to do``),
    or a subject of one noun, bare or after ``the``/a possessive, then a
    present verb in ``-s`` or a past like ``shot``/``cut``, then its object:
    an article or possessive, a pronoun, a number, or one bare noun before a
    preposition or the end (``suggests exercise boosts memory in older
    adults``, ``allege the man shot the clerk``). ``announced job cuts in
    Ohio`` (no object after ``cuts``) stays an act."""
    if i + 1 > stop or toks.kinds[i] != "w":
        return False
    first = toks.words[i]
    if first == "there":
        return existential and toks.words[i + 1] in _EXISTENTIAL_VERBS
    k = i + 2 if first in _DEFINITE_SUBJECTS else i + 1
    if k + 1 > stop or toks.kinds[k - 1] != "w" or toks.kinds[k] != "w":
        return False
    noun, verb = toks.words[k - 1], toks.words[k]
    if text[toks.starts[k]].isupper():
        return False  # "shows President Taras Kovalenko in Kyiv": a name, no verb
    if (
        noun in CLAUSE_STOPS
        or noun in DETERMINERS
        or noun in _PREPOSITIONS
        or noun in SUBJECT_PRONOUNS
        or noun.endswith("ly")
        or is_number(noun)
    ):
        return False
    present = (
        len(verb) > 3
        and not looks_plural(noun)  # "gives Democrats a lift": no subject and its verb
        and verb.endswith("s")
        and not verb.endswith(("ss", "us", "is", "'s", "’s"))
        and verb not in CLAUSE_STOPS
    )
    if not (present or verb in _BARE_PASTS):
        return False
    nxt = toks.words[k + 1]
    if toks.kinds[k + 1] != "w" or nxt == "to":
        return False  # "asking federal prosecutors to charge": a noun and its infinitive
    if nxt in _CLAUSE_OBJECT_OPENERS or nxt in OBJECT_PRONOUNS or is_number(nxt):
        return True
    # one bare noun, then a preposition or the clause's end: "boosts memory in"
    after = toks.words[k + 2] if k + 2 <= stop else "."
    return (
        nxt.isalpha()
        and nxt not in CLAUSE_STOPS
        and nxt not in _PREPOSITIONS
        and nxt not in _AFTER_A_PARTICIPLE
        and (after in _PREPOSITIONS_AND_BY or toks.kinds[k + 2] == "p" if k + 2 <= stop else True)
    )


def _relative_with_report(toks: _Tokens, k: int) -> bool:
    """``told stories that his grandchildren say were “mostly true”``: a
    ``that`` after the object opens a relative clause when a report inside it
    has no subject of its own (``say were``); the object is a thing told, no
    listener, and the report is the inner one."""
    n = len(toks)
    if k >= n or toks.words[k] != "that":
        return False
    for t in range(k + 2, min(n - 1, k + 6)):
        if toks.kinds[t] != "w":
            return False
        if toks.words[t] in _EMBEDDED_REPORT_CUES or toks.words[t] == "says":
            nxt = toks.words[t + 1]
            return nxt in {"was", "were", "is", "are", "had", "has", "will"} or nxt in PAST_ONLY
    return False


# a show's name in quotation marks: title case, no sentence inside
_SHOW_NAME = re.compile(
    r"[“\"](?:[A-Z0-9][\w’'\-]*|of|the|and|in|on|for|at|to|a)"
    # "Fox & Friends": the ampersand of a show's name
    r"(?:\s+(?:[A-Z0-9][\w’'\-]*|of|the|and|&|in|on|for|at|to|a)){0,5}[”\"]"
)

# the lower-case role of a listener named next: "told podcast host Rick
# Sorensen that", "told moderator Kristen Welker that"
_LISTENER_ROLES = frozenset(
    "podcast radio talk show television tv cable news host hosts anchor anchors moderator"
    " commentator interviewer correspondent reporter columnist conservative liberal"
    # an outlet by what it is: "told broadcaster NTV that", "told daily Sabah that"
    " broadcaster newspaper daily channel station network magazine outlet".split()
)


# a body's head before "of" in its name: "the House of Commons", "the Bank of
# England" (not "the Friends of Abe will ...": no body)
_BODY_BEFORE_OF = frozenset(
    """house chamber assembly parliament council congress court committee bank
    ministry department board union league federation association academy
    institute university college""".split()
)


# plural listeners joined to another by "and": "told reporters and residents"
_LISTENER_PLURALS = frozenset(
    """reporters journalists residents supporters officials lawmakers voters
    students workers families members donors investors analysts viewers
    listeners mourners protesters""".split()
)


_TELL_FORMS = frozenset({"told", "tell", "tells", "telling"})

# listeners with no article that do not end in -s: "told parliament", "told people",
# "told court the victim ..." (Australian and Canadian court copy)
_BARE_LISTENERS = frozenset({"parliament", "congress", "police", "staff", "people", "court"})

# a news site named by its address: "told news.com.au", "told Stuff.co.nz"
_WEB_LISTENER = re.compile(r"[A-Za-z][\w-]*(?:\.(?:com|net|org|co|au|nz|uk|ie|ca)){1,3}\b")

# a radio or TV station's call sign opening with its channel or frequency:
# "told 2GB", "told 3AW", "told 11Alive News", "told 13WMAZ"
_STATION_CALL = re.compile(r"\d{1,4}[A-Z][A-Za-z]*")

# a finite verb right after a name run: the name's last word is a clause's
# subject ("told CNN Republicans would block the bill")
_CLAUSE_AUXILIARIES = frozenset(
    "would will could can should might may must had has have was were is are".split()
)

# the gathering a speaker told, after two modifiers: "told a regular news briefing"
_LISTENER_EVENTS = frozenset(
    "briefing conference meeting session hearing gathering rally audience forum summit".split()
)


# what a denial names before its clause: "denied allegations that ..."
_DENIED_NOUNS = frozenset(
    """allegations allegation accusations accusation claims claim reports
    suggestions suggestion charges rumors rumours""".split()
)


# the small words inside a foreign outlet's name: "Corriere della Sera",
# "Bild am Sonntag", "Le Journal du Dimanche"
_NAME_PARTICLES = frozenset("della delle dei del de di da du des am im van von der".split())


# the state a casualty count reports: "reported two civilians wounded"
_CASUALTY_WORDS = frozenset("killed wounded injured hurt dead missing".split())


# who put on the gathering a speaker told: "told a conference in Paris
# organized by the OECD", "told an event hosted by the Atlantic Council"
_EVENT_HOSTS = frozenset(
    "organized organised hosted sponsored convened arranged run co-hosted".split()
)


def _past_event_tail(text: str, toks: _Tokens, k: int, stop: int) -> int:
    """After a gathering told (``told a conference``): its place (``in
    Paris``) and its host (``organized by the OECD``) belong to the
    listener, not to the report."""
    t = k
    if (
        t + 1 <= stop
        and toks.words[t] in {"in", "at"}
        and toks.kinds[t + 1] == "w"
        and _capitalized(text, toks, t + 1)
        and toks.words[t + 1] not in SUBJECT_PRONOUNS
    ):
        t += 1
        while t <= stop and t < k + 6 and toks.kinds[t] == "w" and _capitalized(text, toks, t):
            t += 1  # "in Paris", "at the Hoover Institution" is left to the venue
    if t + 1 <= stop and toks.words[t] in _EVENT_HOSTS and toks.words[t + 1] == "by":
        h = t + 2
        if h <= stop and toks.words[h] == "the":
            h += 1
        start = h
        while (
            h <= stop
            and h < start + 8
            and toks.kinds[h] == "w"
            and (
                _capitalized(text, toks, h)
                or (
                    toks.words[h] in {"of", "for", "and"}
                    and h + 1 <= stop
                    and _capitalized(text, toks, h + 1)
                )
            )
        ):
            h += 1
        if h > start:
            return _past_acronym(text, toks, h, stop)
        return k
    if t > k and (t > stop or toks.words[t] in {",", ".", ";"}):
        return t  # "told a conference in Paris."
    return k


def _skip_listener(text: str, toks: _Tokens, i: int, stop: int) -> int:
    """After ``told``: skip the listener (``reporters``, ``The Associated
    Press``, ``the newspaper``, ``him``)."""
    if (
        i < stop
        and toks.kinds[i] == "q"
        and toks.kinds[i + 1] == "w"
        and _SHOW_NAME.fullmatch(text, toks.starts[i], toks.ends[i])
    ):
        return i + 1  # "told “Fox News Sunday” the bill was dead": the show listened
    if i > stop or toks.kinds[i] != "w":
        return i
    if (
        i + 2 <= stop
        and toks.words[i + 1] == "."
        and toks.ends[i] == toks.starts[i + 1]
        and i >= 1
        and toks.words[i - 1] in _TELL_FORMS
    ):
        web = _WEB_LISTENER.match(text, toks.starts[i])
        if web is not None:
            k = i  # "told news.com.au the deal ...": a news site by its address
            while k <= stop and toks.ends[k] <= web.end():
                k += 1
            return k
    word = toks.words[i]
    k = i
    while k <= stop and k < i + 3 and toks.words[k] in _LISTENER_ROLES:
        k += 1
    if k > i and k <= stop and _capitalized(text, toks, k):
        m = k  # "told podcast host Rick Sorensen that ...": a role, then the name
        while m <= stop and m < k + 4 and toks.kinds[m] == "w" and _capitalized(text, toks, m):
            m += 1
        if m <= stop and toks.words[m] == "that":
            return m
        if (
            m > k
            and m <= stop
            and i >= 1
            and toks.words[i - 1] in _TELL_FORMS
            and toks.kinds[m] == "w"
            and (toks.words[m] in SUBJECT_PRONOUNS or toks.words[m] in DETERMINERS)
        ):
            return m  # "told moderator Lia Chen the deal was dead": the clause's subject
        if (
            m + 2 <= stop
            and toks.words[m] == "on"
            and toks.kinds[m + 1] == "q"
            and toks.words[m + 2] == "that"
            and _SHOW_NAME.fullmatch(text, toks.starts[m + 1], toks.ends[m + 1])
        ):
            return m + 2  # "told host Jimmy Vance on “Late Night” that": the show too
    possessive_her = (
        word == "her"
        and i + 1 <= stop
        and toks.kinds[i + 1] == "w"
        and not _capitalized(text, toks, i + 1)
        and toks.words[i + 1] not in DETERMINERS
        and toks.words[i + 1] not in CLAUSE_STOPS
        and toks.words[i + 1] not in SUBJECT_PRONOUNS
        and toks.words[i + 1] not in OBJECT_PRONOUNS
    )  # "told her aides", not "told her the pier was shut"
    if word in OBJECT_PRONOUNS and word not in {"it"} and not possessive_her:
        return i + 1
    if (
        word in _OUTLET_KINDS
        and i + 2 <= stop
        and toks.kinds[i + 1] == "w"
        and _capitalized(text, toks, i + 1)
        and toks.words[i + 1] not in SUBJECT_PRONOUNS
    ):
        k = i + 1  # "told broadcaster ZDF his party ...", "told daily Sabah the plan ..."
        while k <= stop and k < i + 4 and toks.kinds[k] == "w" and _capitalized(text, toks, k):
            k += 1
        if k <= stop and toks.kinds[k] == "w" and not _capitalized(text, toks, k):
            return k
    if word in _LOWER_CASE_OUTLETS:
        k = i + 1  # "told dpa", "told dpa news agency"
        while k <= stop and k < i + 3 and toks.words[k] in _MEDIA_NOUNS:
            k += 1
        return k
    if _STATION_CALL.fullmatch(text, toks.starts[i], toks.ends[i]) and (
        i >= 1 and toks.words[i - 1] in _TELL_FORMS
    ):
        k = i + 1  # a station's call sign: "told 2GB the ...", "told 11Alive News that"
        while k <= stop and toks.kinds[k] == "w" and _capitalized(text, toks, k):
            k += 1
        return k
    if (
        word.isdigit()
        and len(word) <= 2
        and i + 3 <= stop
        and toks.words[i + 1] == "."
        and toks.words[i + 2].isdigit()
        and (toks.words[i + 3] in DETERMINERS or toks.words[i + 3] in SUBJECT_PRONOUNS)
        and toks.words[i - 1] in _TELL_FORMS
    ):
        return i + 3  # a programme named by its time: "told 7.30 the Government ..."
    if (
        word.isdigit()
        and len(word) <= 4
        and i + 1 <= stop
        and toks.kinds[i + 1] == "w"
        and _capitalized(text, toks, i + 1)
        and toks.words[i + 1] not in SUBJECT_PRONOUNS
    ):
        k = i + 1  # a station's name: "told 2 News", "told 13 Investigates"
        while k <= stop and toks.kinds[k] == "w" and _capitalized(text, toks, k):
            k += 1
        return k
    # "told" always takes a listener ("warned inflation hurts the poor" has none)
    told = i >= 1 and toks.words[i - 1] in _TELL_FORMS
    if (
        told
        and not _capitalized(text, toks, i)
        and word not in SUBJECT_PRONOUNS
        and word not in OBJECT_PRONOUNS
        and word not in CLAUSE_STOPS
        and word not in AUXILIARIES
        and word not in DETERMINERS
        and word not in _PREPOSITIONS
        and not word.endswith("ly")
        and not (word.endswith("s") and not word.endswith(("'s", "’s")))
    ):
        if _compound_listener(text, toks, i + 1, stop) > i + 1:
            return i + 2  # "told lottery officials he ...", "told sheriff's deputies he ..."
        if (
            i + 1 <= stop
            and toks.kinds[i + 1] == "w"
            and not _capitalized(text, toks, i + 1)
            and not toks.words[i + 1].endswith("s")
            and toks.words[i + 1] not in CLAUSE_STOPS
            and toks.words[i + 1] not in DETERMINERS
            and toks.words[i + 1] not in _PREPOSITIONS
            and toks.words[i + 1] not in SUBJECT_PRONOUNS
            and toks.words[i + 1] not in OBJECT_PRONOUNS
            and _compound_listener(text, toks, i + 2, stop) > i + 2
        ):
            return i + 3  # "told city council members the plan ..."
    if _capitalized(text, toks, i):
        k = _capitalized_listener(text, toks, i, stop)
        if (
            told
            and k - 1 > i
            and k <= stop
            and toks.words[k] in _CLAUSE_AUXILIARIES
            and toks.kinds[k - 1] == "w"
            and _capitalized(text, toks, k - 1)
        ):
            return k - 1  # "told CNN Republicans would block ...": the clause's subject
        # "told Vatican diplomats the church ...": the plural the name modifies
        return _compound_listener(text, toks, k, stop) if told else k
    if word in DETERMINERS or possessive_her:
        k = i + 1
        while k <= stop and k < i + 3 and toks.kinds[k] == "w":
            if k > i + 1 and toks.words[k] in DETERMINERS:
                break  # "told the judge his client was ...", "told the panel this was ..."
            if k > i + 1 and toks.words[k] == "i":
                break  # "told my husband I was going ...": the subject of the report
            if _capitalized(text, toks, k) or toks.words[k] in _LOWER_CASE_OUTLETS:
                while (
                    k <= stop
                    and toks.kinds[k] == "w"
                    and (
                        _capitalized(text, toks, k)
                        or toks.words[k] in _LOWER_CASE_OUTLETS
                        # "told the News Agency of Nigeria (NAN)": the name goes on
                        or (
                            toks.words[k] in {"of", "for"}
                            and k + 1 <= stop
                            and _capitalized(text, toks, k + 1)
                            and _past_acronym(text, toks, k + 2, stop) > k + 2
                        )
                        # "told the House of Commons the plan was ...": a body's name
                        or (
                            toks.words[k] == "of"
                            and toks.words[k - 1] in _BODY_BEFORE_OF
                            and k + 1 <= stop
                            and toks.kinds[k + 1] == "w"
                            and _capitalized(text, toks, k + 1)
                            and toks.words[k + 1] not in SUBJECT_PRONOUNS
                        )
                    )
                ):
                    k += 1  # "told the New York Daily News": the whole name
                if _past_acronym(text, toks, k, stop) > k:
                    return _past_acronym(text, toks, k, stop)
                if (
                    k <= stop
                    and toks.kinds[k] == "w"
                    and toks.words[k] not in CLAUSE_STOPS
                    and toks.words[k] not in _PREPOSITIONS
                    and toks.words[k] not in SUBJECT_PRONOUNS
                    and toks.words[k] not in DETERMINERS
                    and not toks.words[k].endswith("ly")
                    and k + 1 <= stop
                    and toks.words[k + 1] not in AUXILIARIES
                ):
                    k += 1  # "told a Senate panel on Wednesday": the noun the name modifies
                return _agency_name(text, toks, _past_title(toks, k, stop), stop)
            if toks.words[k] in SUBJECT_PRONOUNS or toks.words[k] in _PREPOSITIONS:
                break  # "told the crowd she had ...", "told the court in a filing"
            if _capitalized(text, toks, k) or toks.words[k] not in CLAUSE_STOPS:
                k += 1
                if k <= stop and toks.words[k] in AUXILIARIES:
                    return i  # "told the plan was ..." is not a listener
            else:
                break
        if (
            k == i + 3
            and k <= stop
            and toks.words[k] in _LISTENER_EVENTS
            and (k + 1 > stop or toks.words[k + 1] not in AUXILIARIES)
        ):
            # "told a regular news briefing the Commission was ...", "...,
            # Mao Ling told a regular news briefing on Friday."
            k += 1
        if k - 1 > i and toks.words[k - 1] in _LISTENER_EVENTS:
            k = _past_event_tail(text, toks, k, stop)
        elif (
            k - 2 > i
            and toks.words[k - 1] in _EVENT_HOSTS
            and toks.words[k - 2] in _LISTENER_EVENTS
        ):
            k = max(k, _past_event_tail(text, toks, k - 1, stop))  # "a conference hosted by"
        return _past_title(toks, k, stop)
    if (
        # "told television station KUSA", "told radio station KOA"
        (word in _MEDIA_MODIFIERS or word in {"television", "tv", "radio", "cable"})
        and i + 1 <= stop
        and (toks.words[i + 1] in _MEDIA_NOUNS or looks_plural(toks.words[i + 1]))
    ):
        k = i + 1  # "told state television", "told local media", "told state lawmakers"
        while (
            k <= stop
            and k < i + 4
            and (toks.words[k] in _MEDIA_NOUNS or looks_plural(toks.words[k]))
        ):
            k += 1  # "warned state elections officials"
        while k <= stop and toks.kinds[k] == "w" and _capitalized(text, toks, k):
            k += 1  # "told state broadcaster IRIB"
        return k
    if (
        word not in CLAUSE_STOPS
        and word not in AUXILIARIES
        and (word.endswith("s") or word in _BARE_LISTENERS)
    ):
        if (
            i + 2 <= stop
            and toks.words[i + 1] == "and"
            and toks.kinds[i + 2] == "w"
            and toks.words[i + 2] in _LISTENER_PLURALS
        ):
            return i + 3  # "told reporters and residents gathered at a church"
        if word == "people" and (
            i + 1 > stop
            or not (
                toks.words[i + 1] in SUBJECT_PRONOUNS
                or toks.words[i + 1] in DETERMINERS
                or toks.words[i + 1] in {"that", "close"}
            )
        ):
            return i  # "urged people to seek shelter", "tell people, 'We ...'"
        return i + 1  # "warned investors", "told parliament"; not "warned last week"
    if (
        word == "question"
        and i + 1 <= stop
        and toks.words[i + 1] == "time"
        and i >= 1
        and toks.words[i - 1] in _TELL_FORMS
    ):
        return i + 2  # "told question time the plan ...": the chamber's sitting
    return i


def _compound_listener(text: str, toks: _Tokens, k: int, stop: int) -> int:
    """``told Vatican diplomats the church ...``, ``told lottery officials he
    ...``: a lower-case plural right after a listener's modifier is the
    listener's head when a report's subject (a pronoun, a determiner or
    ``that``) follows it; past it, else ``k``."""
    if (
        k + 1 <= stop
        and toks.kinds[k] == "w"
        and toks.kinds[k + 1] == "w"
        and not _capitalized(text, toks, k)
        and looks_plural(toks.words[k])
        and toks.words[k] not in CLAUSE_STOPS
        and (
            toks.words[k + 1] in SUBJECT_PRONOUNS
            or toks.words[k + 1] in DETERMINERS
            # "that he plans", not the relative "promised tax cuts that would"
            or (
                toks.words[k + 1] == "that"
                and k + 2 <= stop
                and (toks.words[k + 2] in SUBJECT_PRONOUNS or toks.words[k + 2] in DETERMINERS)
            )
        )
    ):
        return k + 1
    return k


def _capitalized_listener(text: str, toks: _Tokens, i: int, stop: int) -> int:
    """``told The Harbour Times``, ``told BBC Radio 4``: past a capitalised
    listener's name (and what the outlet is, its acronym or programme)."""
    k = i
    while (
        k <= stop
        and toks.kinds[k] == "w"
        and (
            _capitalized(text, toks, k)
            or toks.words[k] in {"of", "and", "for"}
            # "told Corriere della Sera", "told Bild am Sonntag": a
            # particle inside the outlet's name
            or (
                k > i
                and toks.words[k] in _NAME_PARTICLES
                and k + 1 <= stop
                and toks.kinds[k + 1] == "w"
                and _capitalized(text, toks, k + 1)
            )
            # "told BBC Radio 4:", "told Channel 4 News"
            or (k > i and toks.words[k].isdigit() and len(toks.words[k]) <= 2)
        )
    ):
        k += 1
    if (
        k - 1 > i
        and k + 1 <= stop
        and toks.words[k] == "."
        and toks.words[k - 1].isdigit()
        and toks.words[k + 1].isdigit()
        and toks.ends[k - 1] == toks.starts[k]
        and toks.ends[k] == toks.starts[k + 1]
    ):
        # "told KTAR News 92.3 FM": the frequency's whole part ran with the
        # name; a sentence's full stop after "told KHOU 11." is no decimal point
        k -= 1
    if (
        k > i
        and k + 2 <= stop
        and toks.words[k].isdigit()
        and len(toks.words[k]) <= 3
        and toks.words[k + 1] == "."
        and toks.words[k + 2].isdigit()
        and len(toks.words[k + 2]) <= 2
        and toks.ends[k] == toks.starts[k + 1]
        and toks.ends[k + 1] == toks.starts[k + 2]
    ):
        # a radio station's frequency: "told KTAR 92.3 FM", "told WTOP 103.5 FM
        # that"; a programme by its time: "told ABC's 7.30 program the ..."
        k += 3
        if k <= stop and toks.words[k] in {"fm", "am", "program", "programme", "show"}:
            k += 1
    m = k
    while m <= stop and m < k + 3 and toks.words[m] in _MEDIA_WORDS:
        m += 1  # "told German news agency dpa", "told Turkish state broadcaster TRT"
    if m > k and _agency_name(text, toks, m, stop) > m:
        return _agency_name(text, toks, m, stop)
    return _past_title(toks, _past_acronym(text, toks, k, stop), stop)


# "told state television", "told local media": a listener with no article
_MEDIA_MODIFIERS = frozenset(
    "state state-run state-owned local national public regional foreign official".split()
)
_MEDIA_NOUNS = frozenset(
    """television tv media radio broadcaster broadcasters news newspaper newspapers
    agency channel channels outlets press reporters journalists"""
    # "told local radio station KOA", "told TV station WXYZ"
    """ station stations""".split()
)
_MEDIA_WORDS = _MEDIA_NOUNS | _MEDIA_MODIFIERS


def _past_acronym(text: str, toks: _Tokens, k: int, stop: int) -> int:
    """``told Kenya Broadcasting Corporation (KBC) that``: the listener's
    acronym in parentheses after its name ends the listener, else ``k``."""
    if (
        k + 2 <= stop
        and toks.words[k] == "("
        and toks.kinds[k + 1] == "w"
        and toks.words[k + 2] == ")"
        and len(toks.words[k + 1]) > 1
        and text[toks.starts[k + 1] : toks.ends[k + 1]].isupper()
    ):
        return k + 3
    return k


def _past_title(toks: _Tokens, k: int, stop: int) -> int:
    """``told MSNBC's “Morning Joe” that``: a quoted programme or paper
    title ends the listener when ``that`` follows it."""
    if (
        k < stop
        and toks.kinds[k] == "q"
        and (toks.words[k + 1] == "that" or toks.words[k - 1].endswith(("'s", "’s")))
    ):
        return k + 1  # "MSNBC's “Morning Joe” on Friday that"
    if k <= stop and toks.words[k] in _MEDIA_TAILS:
        return k + 1  # "told NBC's Today show", "told the Harbour Times newspaper"
    return k


# lower-case words that end a programme's or paper's name as a listener
_MEDIA_TAILS = frozenset(
    """show program programme newspaper paper magazine network channel station podcast
    agency"""
    # "told ARD television his party ...", "told France Inter radio she ...",
    # "told Il Messaggero daily the coalition ...": what the outlet is, after its name
    """ daily weekly tabloid radio television tv broadcaster""".split()
)

# lower-case particles inside a paper's name: "Corriere della Sera", "Bild
# am Sonntag", "Journal du Dimanche"
_NAME_PARTICLES = frozenset("della del di de du des la le am im der".split())

# what an outlet is, written before its name: "told broadcaster ZDF"
_OUTLET_KINDS = frozenset("broadcaster newspaper daily weekly tabloid channel magazine".split())

# news agencies that write their name in lower case: "told dpa"
_LOWER_CASE_OUTLETS = frozenset({"dpa"})


def _agency_name(text: str, toks: _Tokens, k: int, stop: int) -> int:
    """``told the German news agency dpa``, ``told state broadcaster IRIB``:
    the outlet's name after the noun that says what it is (a lower-case
    agency or an acronym), else ``k``."""
    if (
        k <= stop
        and toks.words[k - 1] in _MEDIA_NOUNS
        and toks.kinds[k] == "w"
        and (
            toks.words[k] in _LOWER_CASE_OUTLETS
            or (len(toks.words[k]) > 1 and text[toks.starts[k] : toks.ends[k]].isupper())
        )
    ):
        return k + 1
    return k


# a list item opening on its own line: "- ", "• ", "* "
_BULLET_LINE = re.compile(r"\n[ \t]*[-•*–][ \t]+(?=\S)")


# also a tabloid's kicker on its scoop: "EXCLUSIVE: Tara Quill has split ..."
_READER_LEAD_IN = re.compile(r"(?:Consider(?:\s+this)?|EXCLUSIVE|Exclusive|REVEALED):\s+")


def _content_start(text: str, start: int, end: int) -> int:
    """Drop opening connectives (``Still,``) and space from content."""
    if text.find("\n", start, end) != -1:
        # "KEY POINTS\n- The pier will close, the authority said": the
        # heading over a bullet is a lead-in; the item is what was said
        items = [m.end() for m in _BULLET_LINE.finditer(text, start, end)]
        if items:
            start = items[-1]
        lead = _LEAD_IN_LINE.search(text, start, end)
        if lead is not None:
            # "Here's the latest:\nDrone attack hits Odesa port\nA Russian
            # drone hit ..., the governor said": a live page's lead-in line
            # and the entry's headline under it (no final stop) are no report
            start = lead.end()
    while True:
        while start < end and (text[start].isspace() or text[start] in ",;:—–-.!?)]}”»"):
            start += 1  # ".The ferry is late, said Ortiz": no report opens on a stop
        m = _CONNECTIVE.match(text, start, end)
        if m is None:
            # "Consider this: the typical homeowner now spends ...": the
            # writer's imperative to the reader leads the report in
            m = _READER_LEAD_IN.match(text, start, end)
        if m is None and (start == 0 or text[start - 1] == "\n"):
            # a live page's entry stamp: "12:05 GMT - The toll has risen ..."
            m = _ENTRY_STAMP.match(text, start, end)
        if m is None and (start == 0 or text[start - 1] == "\n"):
            # a wire dateline the dateline reader did not take: "LOS ANGELES
            # (Variety) — Ava Kline is done, her rep said" (a dateline is
            # never what was said)
            m = _DATELINE_OPENER.match(text, start, end)
        if m is None or m.end() >= end:
            return start
        start = m.end()


# a live page's lead-in line ("Here's the latest:", "The latest:") and an
# entry headline with no final stop on the line under it
_LEAD_IN_LINE = re.compile(
    r"(?:Here[’']s\s+(?:the\s+)?latest|The\s+latest|Latest\s+developments|What\s+to\s+know)"
    r":[ \t]*\n(?:[ \t]*[A-Z][^\n.!?:;“”\"]{0,80}[^\n.!?:;,“”\"\s][ \t]*\n(?=[ \t]*[A-Z“\"]))?"
)


# an upper-case place, an optional state or country, the outlet in
# parentheses and a dash: "LOS ANGELES (Variety) — ", "PARIS, France (AFP) - "
_DATELINE_OPENER = re.compile(
    r"[A-Z][A-Z.’'\-]+(?:[ /][A-Z][A-Z.’'\-]+){0,3}(?:,[ \t]+[A-Z][\w.]+(?:[ \t][A-Z][\w.]+)?)?"
    r"[ \t]+\([A-Z][\w.!’' ]{0,30}\)[ \t]*(?:[-–—]|--)[ \t]*(?=[A-Z“\"])"
)


# the time stamp that opens an entry of a live page (Reuters, AFP, UPI):
# "12:05 GMT - ", "1205 GMT: ", "10:45 a.m.: ", "10:45 a.m. — "
_ENTRY_STAMP = re.compile(
    r"\d{1,2}:?\d{2}[ \t]*(?:GMT|UTC|[A-Z]{2,4}T|[ap]\.m\.|[AP]M)?[ \t]*(?:[-–—:]|--)[ \t]+"
    r"(?=[A-Z“\"])"
)


def _trimmed_span(text: str, toks: _Tokens, first: int, last: int) -> Span:
    """Tokens ``first`` to ``last`` as content: opening connectives and
    space dropped at the start, final punctuation at the end."""
    start = _content_start(text, toks.starts[first], toks.ends[last])
    end = toks.ends[last]
    gloss = _GLOSS_TAIL.search(text, max(start, end - 140), end)
    if gloss is not None and gloss.start() > start:
        end = gloss.start()  # "..., a key measure of a retailer's health, the company said"
    return Span(start, _content_end(text, start, end))


# the writer's gloss on a figure closing the content before the attribution
_GLOSS_TAIL = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:key|closely|widely|important|crucial|broad|common)\s+)?"
    r"(?:watched\s+)?(?:measure|gauge|indicator|barometer|yardstick)\s+of\s[^,;:“”\"]{1,80}\Z"
)


# an agency's sign-off left on the last line after the final stop (frame.md
# lists these trailers alone on a line): VNA's `` – VNA``, Bernama's ``--
# BERNAMA``, IANS's ``--IANS``, Kyodo's ``==Kyodo``, Xinhua's ``Enditem``,
# even glued (``regions.Enditem``)
_SIGN_OFF = re.compile(
    r"(?<=[.!?”\"’'])[ \t]*(?:(?:[–—]|-{1,2}|\.-)[ \t]*(?:VNA|BERNAMA|Bernama|IANS"
    # South African Government News Agency: "... the plan. - SAnews.gov.za"
    r"|SAnews(?:\.gov\.za)?)"
    r"|==[ \t]*Kyodo|Enditem)[ \t]*\Z"
)


def _without_sign_off(text: str, start: int, end: int) -> int:
    """``end`` moved before an agency's sign-off closing the content."""
    m = _SIGN_OFF.search(text, max(start, end - 24), end)
    return m.start() if m is not None and m.start() > start else end


def _content_end(text: str, start: int, end: int) -> int:
    """Drop final punctuation and space."""
    end = _without_sign_off(text, start, end)
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        if (
            text[end - 1] == "."
            and end < len(text)
            and text[end] in ",;:"
            and end - 2 >= start
            and text[end - 2].isalpha()
        ):
            break  # "rose 2.8% in Sept., the department said": the abbreviation's point
        end -= 1
    m = _DANGLING_SUBORDINATOR.search(text, max(start, end - 12), end)
    if m is not None and m.start() > start:
        # "... higher because, they said, workers ...": the clause the
        # subordinator opens went to the attribution inside it
        return _content_end(text, start, m.start())
    return end


# a content never ends on a subordinator that opens nothing
_DANGLING_SUBORDINATOR = re.compile(r"(?<![\w’'-])(?:because|where|whereas|although|unless)\Z")


_ASIDE_DASHES = frozenset({"—", "–", "--"})

# "asked that her name not be used", "asked that his full name not be published",
# "asked that only her first name be used", "asked that her last name be
# withheld", "asked that she be identified only by her first name"
_NAME_WITHHELD = re.compile(
    r"\s+(?:that\s+)?(?:only\s+)?(?:(?:his|her|their|its|the)\s+(?:\w+\s+)?names?\s+"
    r"(?:not\s+be\b|be\s+(?:withheld|omitted|used|published|printed|given)\b)"
    r"|(?:he|she|they)\s+(?:not\s+)?be\s+(?:identified|named)\b)"
)


def _past_dash_aside(toks: _Tokens, k: int, pos: int) -> int:
    """The end of an aside between dashes opening at ``k`` when ``that``
    follows it (``— without offering evidence — that``), else ``pos``."""
    n = len(toks)
    close = next(
        (t for t in range(k + 1, min(n - 1, k + 16)) if toks.words[t] == toks.words[k]),
        None,
    )
    if close is not None and toks.words[close + 1] == "that":
        return toks.ends[close]
    return pos


def _in_as_aside(toks: _Tokens, cue_index: int, k: int) -> bool:
    """``, as this page has said for years, that ...``: the cue of an aside
    set off by commas inside another report; what follows the aside's
    closing comma and ``that`` is the outer report, not the aside's."""
    n = len(toks)
    opener = next(
        (t for t in range(cue_index - 1, max(-1, cue_index - 9), -1) if toks.kinds[t] != "w"),
        None,
    )
    if opener is None or toks.words[opener] != "," or toks.words[opener + 1] != "as":
        return False
    close = next((t for t in range(k, min(n - 1, k + 6)) if toks.kinds[t] != "w"), None)
    return close is not None and toks.words[close] == "," and toks.words[close + 1] == "that"


#: celebrity-copy cues whose bare object is a thing shared or sent, never a
#: clause: only ``that`` (or a quotation) makes them report
_STRICT_THAT_LEMMAS = frozenset({"share", "text", "tease", "rave"})


#: report verbs whose gerund complement is a reported clause
_GERUND_REPORTS = frozenset({"report", "admit", "recall", "deny", "acknowledge", "describe"})
#: gerunds of what a witness lived through (not "reported rising sales"),
#: and a filer's money ("the campaign reported raising $18 million")
_EXPERIENCE_GERUNDS = frozenset(
    """hearing seeing being having feeling smelling losing taking stealing
    watching receiving getting raising earning paying""".split()
)


# what follows "said this" when it points back at words already reported:
# the place, time or occasion of the saying, or the sentence end
_BACK_REFERENCE_FOLLOWERS = _PREPOSITIONS | frozenset(
    {"while", "when", "after", "before", "during", "as", ",", ".", ";", "—", "–", "--"}
)


# the second verb of Indian English's doubled cue: "He said and added that ..."
_DOUBLED_CUES = frozenset({"added", "stated", "informed", "maintained", "asserted", "claimed"})


# a radio station's frequency after its call sign: "KTAR 92.3 FM", "WAMU
# 88.5", "KFI 640 AM" (the tokenizer splits the decimal)
_FREQUENCY = re.compile(r"(?:\s+\d{2,4})?\.\d(?:\s+[AF]M\b)?|(?:\s+\d{2,4})?\s+[AF]M\b")


def _forward_content(
    text: str, toks: _Tokens, cue_index: int, cue_end: int, lemma: str | None, sentence: Span
) -> tuple[Span, tuple[int, int]] | None:
    """Content after the cue: ``said (on Monday) (that) CONTENT``."""
    n = len(toks)
    k = cue_index + 1
    if lemma in LISTENER_VERBS:
        k = _skip_listener(text, toks, k, n - 1)
        if cue_index + 1 < k < n:
            freq = _FREQUENCY.match(text, toks.ends[k - 1])
            if freq is not None:
                # "told KTAR 92.3 FM the search ...": the station's frequency
                k = _token_at(toks, freq.end())
        if k > cue_index + 1 and _relative_with_report(toks, k):
            return None  # "told stories that his grandchildren say were true"
    if lemma == "ask" and _NAME_WITHHELD.match(text, toks.ends[cue_index], sentence.end):
        return None  # "who asked that her name not be used": anonymity, not speech
    # a clause with no "that" is read only after a finite cue: "for
    # suggesting Trump uses ..." (a gerund) reads as the act it is
    bare_ok = not toks.words[cue_index].endswith("ing")
    existential = lemma not in _COUNT_LEMMAS
    if lemma == "ask" and k < n:
        asked = _asked(toks, cue_index + 1, k)
        if asked is not None:
            return asked if asked[0].end > asked[0].start else None
    pos = toks.ends[k - 1] if k > cue_index + 1 else cue_end
    if (
        pos == cue_end
        and cue_end > toks.ends[cue_index]
        and _PARTICIPLE_AFTER_PHRASE.match(text, cue_end)
        and _CUE_PHRASE.match(text, toks.ends[cue_index])
    ):
        # "said in a statement carried by state broadcaster TRT that ...": the
        # venue of the cue phrase goes on past the phrase
        pos = toks.ends[cue_index]
    if (
        k + 1 < n
        and (toks.words[k].endswith("ly") or toks.words[k] == "aloud")
        and toks.words[k + 1] in {"that", "whether", "if"}
    ):
        pos = toks.ends[k]  # "complain bitterly that ...", "wondered aloud whether"
    if k < n and toks.words[k] in _ASIDE_DASHES:
        # "said — without offering evidence — that ...": an aside between dashes
        pos = _past_dash_aside(toks, k, pos)
    m = _AFTER_CUE.match(text, pos, sentence.end)
    if m is not None and m.end() > pos and not m.group().rstrip().endswith("that"):
        # "said Monday — without offering any evidence — that ...": after a time
        dash = _token_at(toks, m.end())
        if dash < n and toks.words[dash] in _ASIDE_DASHES:
            after = _past_dash_aside(toks, dash, pos)
            if after > pos:
                pos = after
                m = _AFTER_CUE.match(text, pos, sentence.end)
    has_that = False
    if m is not None and m.end() > pos:
        opener = m.group().rstrip()
        has_that = opener.endswith(("that", "whether", "if"))
        pos = m.end()
        if opener.endswith(("whether", "if")):
            # a reported question keeps its question word: "wondered whether ..."
            pos -= 7 if opener.endswith("whether") else 2
    k = _token_at(toks, pos)
    if k < n and toks.words[k] in {"of", "with"} and not has_that:
        # "said of Kessler: “...”": the topic, then the words after the colon;
        # "adding with a smile: “...”": the manner, then the words
        colon = next((t for t in range(k + 1, min(n - 1, k + 7)) if toks.words[t] == ":"), None)
        if colon is not None and toks.kinds[colon + 1] == "q":
            k = colon + 1
    if not has_that and _in_as_aside(toks, cue_index, k):
        return None  # "We believe, as this page has said for years, that ...": the aside's cue
    if (
        not has_that
        and k + 1 < n
        and k == cue_index + 1
        and toks.words[k] == "and"
        and toks.words[k + 1] in _DOUBLED_CUES
    ):
        return None  # "He said and added that ...": the second cue carries the content
    if (
        not has_that
        and k < n
        and toks.words[k] in {"this", "so"}
        and (k + 1 >= n or toks.words[k + 1] in _BACK_REFERENCE_FOLLOWERS)
    ):
        return None  # "He said this while addressing a rally": the words told before
    if not has_that and k < n and toks.words[k - 1] == "," and k - 1 > cue_index:
        # "We believe, as this page has argued for months, that ...": an
        # aside set off by commas between the cue and "that"
        close = next(
            (t for t in range(k + 1, min(n - 1, k + 16)) if toks.words[t] in {",", ";", ":"}),
            None,
        )
        if (
            close is not None
            and toks.words[close] == ","
            and toks.words[close + 1] == "that"
            and all(toks.kinds[t] == "w" for t in range(k, close))
        ):
            k, has_that = close + 2, True
    if not has_that:
        jump = _that_after_phrase(
            toks, k, after_listener=k > cue_index + 1, after_cue=lemma in _TOPIC_CUES, text=text
        )
        if jump is not None:
            k, has_that = jump, True
    if not has_that and lemma == "deny":
        # "has denied allegations that he stole the money": the denial's
        # noun, then what is denied
        a = k + 1 if k < n and toks.words[k] in {"the", "any", "all"} else k
        if a + 1 < n and toks.words[a] in _DENIED_NOUNS and toks.words[a + 1] == "that":
            k, has_that = a + 2, True
    while k < n and toks.words[k] in {":", ","}:
        k += 1
    if k + 1 < n and toks.words[k] in _ASIDE_DASHES and toks.kinds[k + 1] == "w":
        close = next(
            (t for t in range(k + 2, min(n - 1, k + 16)) if toks.words[t] == toks.words[k]),
            None,
        )
        if close is not None and toks.kinds[close + 1] == "w":
            # "said (that) — despite the vote — the plan would go ahead": the
            # aside opens what was said, the clause goes on after it
            k += 1
    if k + 1 < n and toks.words[k] == "according" and toks.words[k + 1] == "to":
        # "reported that, according to an analysis, ...": the source of the
        # report is not what was reported; with no clause after it, nothing is
        comma = next((t for t in range(k + 2, min(n, k + 16)) if toks.words[t] == ","), None)
        if comma is None:
            return None
        k = comma + 1
    if k >= n or toks.kinds[k] == "p":
        return None  # "Ruiz said. ok": a sentence end, not a reported clause
    if not has_that and (
        (lemma == "say" and toks.words[k] == "to")  # "said during a speech to be a delegate"
        # "declared a state of emergency", "declared a ceasefire": an act
        or (lemma == "declare" and toks.words[k] in {"a", "an"})
        or (lemma == "tell" and toks.words[k] == "of" and k == cue_index + 1)  # "told of ..."
        or (
            lemma == "add"
            and (is_number(toks.words[k]) or toks.words[k] in _ABOUT_A_NUMBER)
            and k == cue_index + 1
        )  # "the U.S. added around 292,000 jobs"
    ):
        return None
    if (
        not has_that
        and toks.words[k] == "about"
        and (
            k + 1 >= n
            or not (
                is_number(toks.words[k + 1])
                or toks.words[k + 1][:1].isdigit()
                or toks.words[k + 1] in {"half", "a", "one", "twice", "as"}
            )
        )
    ):
        return None  # "things the mayor has said about the harbor": a topic, not a report
    if not has_that:
        after_phrase = _clause_after_phrase(toks, k)
        if after_phrase is not None:
            k, has_that = after_phrase, True
    if not has_that:
        quoted = _quotation_after_phrase(toks, k)
        if quoted is not None:
            k = quoted  # "told reporters in Dover, “...”", "replied evenly, “...”"
    if (
        not has_that
        and (
            toks.words[k] in _PLACE_AND_TIME_WORDS
            or _IN_A_PLACE.match(text, toks.starts[k], sentence.end)
        )
        # but "said at least 300 people came": a count opens the report
        and not (k + 1 < n and toks.words[k] == "at" and toks.words[k + 1] in {"least", "most"})
    ):
        return None  # "said from his office in Orlando", "said at the time", "in Paris"
    if (
        toks.kinds[k] == "q"
        and not has_that
        # but "said “The Long Quiet” earned $48 million": the quotation is
        # the subject of the reported clause, which goes on with its verb
        and not (
            k + 1 < n
            and toks.kinds[k + 1] == "w"
            and (
                toks.words[k + 1] in AUXILIARIES
                or toks.words[k + 1] in PAST_ONLY
                or is_past_verb(toks.words[k + 1])
            )
        )
    ):
        last = k
        # "X said: “...”" — the quotation and what trails it in the sentence
        end_k = n - 1
        return _span(toks, k, last), (k, _last_content_token(toks, k, end_k))
    if lemma in _STRICT_THAT_LEMMAS and not has_that:
        return None  # "shared the notes with his biographer": an act, no report
    if not has_that and (
        _NO_REPORT_OBJECT.match(text, toks.starts[k])
        or (
            toks.words[k] == "it"
            and (
                k + 1 >= n
                or toks.kinds[k + 1] == "p"
                or (
                    toks.words[k + 1] in _AFTER_AN_OBJECT
                    # ("said it now expects ...": the adverb opens a clause)
                    and (k + 2 >= n or toks.kinds[k + 2] != "w")
                )
            )
        )
    ):
        return None  # "he said it again", "has said no such thing": an object, no clause
    gerund = (
        not has_that
        and lemma in _GERUND_REPORTS
        and k == cue_index + 1
        and toks.words[k] in _EXPERIENCE_GERUNDS
        and k + 1 < n
        and toks.kinds[k + 1] == "w"
        # "the money he reported receiving in 2015": the object went before
        and toks.words[k + 1] not in _PREPOSITIONS
    )
    if gerund:
        # "Neighbors reported hearing gunshots", "He admitted taking the
        # money": the gerund clause is what was reported
        last = _last_content_token(toks, k, n - 1)
        return (_span(toks, k, last), (k, last)) if last > k else None
    if (
        not has_that
        and lemma == "report"
        and k == cue_index + 1
        and is_number(toks.words[k])
        and any(toks.words[t] in _CASUALTY_WORDS for t in range(k + 1, min(n, k + 5)))
    ):
        # "Local officials reported two civilians wounded in the shelling":
        # a casualty count with its participle is the reported clause
        last = _last_content_token(toks, k, n - 1)
        return (_span(toks, k, last), (k, last)) if last > k + 1 else None
    if (
        lemma in THAT_ONLY_LEMMAS
        and not has_that
        and not _plain_clause(toks, k, n - 1)
        and not _quoted_predicate(text, toks, k, n - 1)
        and not (bare_ok and _bare_clause(text, toks, k, n - 1, existential=existential))
        # "questioned why the board waited": a reported question ("asked
        # what kind of person ...", "wondered who ...")
        and not (toks.words[k] in {"why", "how"} and k + 2 < n)
        and not (toks.words[k] in _ASKED_WORDS and lemma in _QUESTION_LEMMAS and k + 2 < n)
    ):
        return None  # "announced a merger" is an act; "announced it will ..." reports
    if (
        toks.words[k] == "by"
        and k + 1 < n
        and toks.words[k + 1].endswith("ing")
        and "," not in toks.words[k + 2 :]
    ):
        # "concluded by scolding reporters": how it ended, nothing said (but
        # "say by imposing rules, the city is ...": a clause after the phrase)
        return None
    if (
        not has_that
        and lemma not in ("say", "tell")
        # "he added, “...”", "added: ...": after a comma or colon the words follow
        and not (lemma == "add" and toks.words[cue_index + 1 : cue_index + 2] in ([","], [":"]))
        and not _clause_like(toks, k, n - 1)
        and not _quoted_predicate(text, toks, k, n - 1)
        and not (bare_ok and _bare_clause(text, toks, k, n - 1, existential=existential))
        and not (toks.words[k] in {"how", "why", "what", "whether"} and k + 2 < n)
    ):
        return None  # but "explained how he built it", "revealed what she paid" report
    last = _last_content_token(toks, k, n - 1)
    if _name_appositive_before(text, toks, k, last):
        # "she heard her neighbor, Curtis Webb, yelling for help": the
        # participle goes with the object the name stands beside
        last = _last_content_token(toks, last + 3, n - 1)
    closing = _closing_parenthesis(toks, cue_index, k, last)
    if closing is not None:
        last = closing - 1  # "(... Quill wrote in the Ledger) grew louder": not past it
        while last >= k and toks.kinds[last] == "p":
            last -= 1
    if last < k or (
        last == k + 1
        and toks.words[k] in SUBJECT_PRONOUNS
        and toks.words[last] in CUE_FORMS
        # but "Berg said he agreed.": right after the cue it is what was said
        and toks.words[k - 1] == ","
    ):
        return None  # "Those discussions are continuing, he said.": an attribution, no content
    start = toks.starts[k]
    end = toks.ends[last]
    if _without_sign_off(text, start, end) < end:
        end = _content_end(text, start, end)  # "... businesses. – VNA"
    tail = _CONTEXT_TAIL.search(text, start, end)
    if tail is not None:
        end = tail.start()
        cut = _token_at(toks, end)
        if (
            k < cut <= last
            and _REBUTTAL_TAIL.match(text, tail.start()) is not None
            and any(toks.kinds[t] == "q" for t in range(cut, last + 1))
        ):
            # "... - a claim Labour dismissed as “nonsense”": a quotation in
            # the writer's tail is no part of this report
            last = cut - 1
    rel = _RELATIVE_TAIL.search(text, start, end)
    if (
        rel is not None
        and len(text[start : rel.start()].split()) >= _MIN_WORDS_BEFORE_RELATIVE
        and _writers_relative(text, rel.end(), end)
    ):
        end = rel.start()  # "..., which is conducting its own probe": the writer's
    when = _WHEN_TAIL.search(text, start, end)
    if (
        when is not None
        and len(text[start : when.start()].split()) >= _MIN_WORDS_BEFORE_RELATIVE
        and _DATE_BEFORE.search(text, max(start, when.start() - 20), when.start())
        and _writers_relative(text, when.end(), end)
    ):
        end = when.start()  # "before April 26, when voters head to the polls"
    last = _before_name_appositive(text, toks, k, last)
    last = _before_subject_predicate(toks, cue_index, k, last)
    last = _before_aside_close(toks, cue_index, k, last)
    last = _before_a_second_past_verb(text, toks, k, last)
    last = _before_the_cue_s_second_verb(toks, cue_index, k, last)
    end = min(end, toks.ends[last])
    return Span(start, end), (k, last)


def _before_the_cue_s_second_verb(toks: _Tokens, cue_index: int, k: int, last: int) -> int:
    """``Hale has said she wants a safe zone and has expressed support for
    ...``: after a cue in the perfect, ``and`` + the same auxiliary + a
    participle is the subject's next act, not part of what was said."""
    aux = toks.words[cue_index - 1] if cue_index >= 1 else ""
    if aux not in {"has", "have", "had"}:
        return last
    for t in range(k + 2, last - 1):
        if (
            toks.words[t] == "and"
            and toks.words[t + 1] == aux
            and (
                toks.words[t + 2].endswith(("ed", "en"))
                or toks.words[t + 2] in _ADVERB_THEN_PARTICIPLE
            )
        ):
            while t > k and toks.kinds[t - 1] == "p":
                t -= 1
            return t - 1
    return last


# "and has repeatedly/also/long characterized him as ...": an adverb first
_ADVERB_THEN_PARTICIPLE = frozenset("repeatedly also long since often recently publicly".split())


# infinitives whose participles may follow "and" inside the content: "to be
# tried and convicted", "to have won and kept"
_PARTICIPLE_INFINITIVES = frozenset({"be", "have", "get", "become", "remain", "stay", "feel"})
# a finite verb after "and"/"but" cannot go on with an infinitive ("urged him
# to stay, but was overruled")
_FINITE_AUXILIARIES = frozenset(
    "was were is are had has did does will would could can should may might must".split()
)
_OBJECT_OPENERS = DETERMINERS | OBJECT_PRONOUNS | frozenset({"his", "their", "its", "for", "to"})


def _before_a_second_past_verb(text: str, toks: _Tokens, k: int, last: int) -> int:
    """``Hale has vowed to keep the clinic open and celebrated the ruling``:
    an infinitive cannot go on with a past tense, so ``and`` + a verb in the
    past with its object is the subject's next act, the writer's news, not
    part of what was vowed."""
    words = toks.words
    if words[k] != "to" or k + 1 > last:
        return last
    if words[k - 1].endswith("ing"):
        for t in range(k + 2, last - 1):
            if (
                words[t] == "and"
                and words[t + 1].endswith("ing")
                and (words[t + 1] in CUE_FORMS or words[t + 1] in PROGRESSIVE_ACT_FORMS)
            ):
                # "promising to “finish what we started” and warning that
                # ...": the participle's next speech act, not the promise
                while toks.kinds[t - 1] == "p":
                    t -= 1
                return t - 1
    participles = words[k + 1] in _PARTICIPLE_INFINITIVES
    if toks.kinds[k + 1] != "w" or words[k + 1] in DETERMINERS or _capitalized(text, toks, k + 1):
        return last  # "to the voters", "to Hale": no infinitive
    for t in range(k + 2, last - 1):
        if words[t] not in {"and", "but"} or toks.kinds[t + 1] != "w":
            continue
        if words[t + 1] in _FINITE_AUXILIARIES or (
            words[t] == "and"
            and not participles
            and (words[t + 1] in PAST_ONLY or words[t + 1].endswith("ed"))
            # an object after it: a verb, not an adjective ("and celebrated the ruling")
            and (words[t + 2] in _OBJECT_OPENERS or _capitalized(text, toks, t + 2))
        ):
            while toks.kinds[t - 1] == "p":
                t -= 1  # "to calm his supporters, and took ...": no comma kept
            return t - 1
    return last


# a question reported by a verb of asking: "questioned what kind of person ..."
_ASKED_WORDS = frozenset({"what", "who", "whom", "which", "whether", "if", "when", "where"})
_QUESTION_LEMMAS = frozenset({"question", "ask", "wonder"})

_REPORTING_PARTICIPLES = frozenset("adding saying noting telling writing stating".split())


def _name_appositive_before(text: str, toks: _Tokens, k: int, last: int) -> bool:
    """Whether content cut at ``last`` before ``, <-ing>`` ends on a name set
    off by commas after a lower-case noun (``her neighbor, Curtis Webb,``)."""
    n = len(toks)
    if not (
        last + 3 < n
        and toks.words[last + 1] == ","
        and toks.words[last + 2].endswith("ing")
        and toks.kinds[last + 2] == "w"
        and toks.words[last + 2] not in _ASIDE_PARTICIPLES
    ):
        return False
    if toks.words[last + 2] in PARTICIPLE_CUES and (
        toks.words[last + 2] in _REPORTING_PARTICIPLES
        or toks.words[last + 3] in {"that", ":", ","}
        or toks.kinds[last + 3] == "q"
    ):
        return False  # ", adding that ...": the speaker's next report
    p = last
    while p > k and toks.kinds[p] == "w" and _capitalized(text, toks, p) and last - p < 4:
        p -= 1
    return (
        p < last
        and p > k
        and toks.words[p] == ","
        and toks.kinds[p - 1] == "w"
        and not _capitalized(text, toks, p - 1)
        and toks.words[p - 1] not in _ANY_CUE
    )


def _before_name_appositive(text: str, toks: _Tokens, k: int, last: int) -> int:
    """``... did not support Mr. Lee, the presumed favourite``: a closing
    appositive that describes the name before it is the writer's gloss, not
    what was said; the content ends at the name."""
    for j in range(last - 1, k, -1):
        if toks.words[j] != ",":
            continue
        if not (
            toks.words[j + 1] in {"the", "a", "an"}
            and (_capitalized(text, toks, j - 1) or toks.words[j - 1] == ")")
        ):
            return last
        for t in range(j + 2, last + 1):
            word = toks.words[t]
            if word in RELATIVE_PRONOUNS:
                break
            if toks.kinds[t] != "w" or word in AUXILIARIES or word in PAST_ONLY:
                return last
        return j - 1
    return last


_QUESTION_WORDS = frozenset({"how", "what", "why", "who", "when", "where", "which", "whom"})


def _asked(toks: _Tokens, listener: int, k: int) -> tuple[Span, tuple[int, int]] | None:
    """``asked Ortiz how she felt`` (a reported question, from its
    question word) and ``asked the network to donate`` (a request, from the
    listener): what was asked."""
    n = len(toks)
    if toks.words[k] not in _QUESTION_WORDS and toks.words[k] not in {"whether", "if", "to"}:
        # "asked the former attorney general whether ...": the rest of a long listener
        for j in range(k, min(n - 2, k + 4)):
            if toks.words[j] in {"whether", "if"}:
                k = j
                break
            if toks.kinds[j] != "w" or toks.words[j] in AUXILIARIES or toks.words[j] in CUE_FORMS:
                break
    if toks.words[k] in _QUESTION_WORDS or (toks.words[k] in {"whether", "if"} and k + 2 < n):
        first = k  # "asked Ortiz how ...", "asked the mayor if ...", "asked how ..."
    elif toks.words[k] == "to" and k + 1 < n and toks.kinds[k + 1] == "w" and k > listener:
        first = listener
    else:
        return None
    last = _last_content_token(toks, first, n - 1)
    if last - first + 1 < _MIN_CONTENT_WORDS:
        return None
    return Span(toks.starts[first], toks.ends[last]), (first, last)


def _comma_before(text: str, toks: _Tokens, c: int) -> bool:
    """A comma before token ``c``, or a quotation ending in one: ``“...,” adding``."""
    if toks.words[c - 1] == ",":
        return True
    if toks.kinds[c - 1] != "q":
        return False
    inner = text[toks.starts[c - 1] : toks.ends[c - 1]].rstrip("”\"’'")
    return inner.endswith(",")


def _that_after_phrase(
    toks: _Tokens,
    k: int,
    *,
    after_listener: bool = False,
    after_cue: bool = False,
    text: str | None = None,
) -> int | None:
    """``told reporters outside the terminal that ...``: a prepositional or
    time phrase between the cue and ``that`` (no verb, no comma in between);
    after a listener, the rest of its name too (``told The Harbour Times
    weekly of Port Ellis that ...``)."""
    n = len(toks)
    carried = (  # "said in a statement carried by the state news agency that ..."
        k + 1 < n and is_past_verb(toks.words[k]) and toks.words[k + 1] in _PREPOSITIONS_AND_BY
    )
    openers = _CUE_PHRASE_OPENERS if after_cue else _PHRASE_OPENERS
    # poll copy: "say by a 2-to-1 margin that ...", "say by wide margins that"
    margin = after_cue and k < n and toks.words[k] == "by"
    # Xinhua's occasion: "said when meeting with Igor Petrov that ..."
    occasion = (
        k + 1 < n
        and toks.words[k] == "when"
        and (toks.words[k + 1] == "asked" or toks.words[k + 1].endswith("ing"))
    )
    if k >= n or (
        toks.words[k] not in openers
        and not after_listener
        and not carried
        and not margin
        and not occasion
    ):
        return None
    # "said on the sidelines of a meeting of G20 foreign ministers in Rio de
    # Janeiro that ...": the diplomatic venue runs longer than other phrases
    reach = 16 if toks.words[k + 1 : k + 3] == ["the", "sidelines"] else 12
    for j in range(k + 1, min(n, k + reach)):
        word = toks.words[j]
        if toks.kinds[j] == "q" and j + 1 < n and toks.words[j + 1] == "that":
            return j + 2  # "said on the show “Morning Joe” that ...": a programme's title
        if word == "that":
            if (
                j + 1 < n
                and (toks.words[j + 1] in AUXILIARIES or is_past_verb(toks.words[j + 1]))
                # but "said on Fox that Manfred should go": a name, no verb
                and not (text is not None and _capitalized(text, toks, j + 1))
            ):
                return None  # "said at the rally that followed the vote": a relative clause
            if margin and not any(w.startswith("margin") for w in toks.words[k + 1 : j]):
                return None  # "say by taxing fuel that ...": only a margin
            return j + 1
        if word == ",":
            if margin:
                return None
            continue  # "said at a stop in Dover, Delaware, that ..."
        if word in {"where", "when"} and toks.words[j - 1] == ",":
            # "said on CNN, where he is a contributor, that ...": a clause on
            # the venue or the time, set off by commas before "that"
            for t in range(j + 1, min(n - 1, j + 16)):
                if toks.words[t] == "," and toks.words[t + 1] == "that":
                    return t + 2
                if toks.kinds[t] != "w":
                    return None
            return None
        if (
            word == "."
            and j + 1 < n
            and toks.words[j - 1].isdigit()
            and toks.words[j + 1].isdigit()
            and toks.ends[j - 1] == toks.starts[j] == toks.ends[j] - 1
            and toks.ends[j] == toks.starts[j + 1]
        ):
            continue  # "said on WAMU 88.5 that ...": a station's frequency
        if (
            toks.kinds[j] != "w"
            or word in AUXILIARIES
            # "the state", "with state regulators": a noun after a determiner or a preposition
            or (
                word in CUE_FORMS
                and toks.words[j - 1] not in DETERMINERS
                and toks.words[j - 1] not in {"with", "for", "of", "from"}
                # "said when asked about the dispute that ...": the occasion's own verb
                and not (occasion and j == k + 1)
            )
            or word in RELATIVE_PRONOUNS
            or word in _SAYING_CLAUSES
        ):
            return None
    return None


# every word that can report: a speech or belief verb, or a speech act
_ANY_CUE = CUE_FORMS | QUOTED_ACT_FORMS | SPEECH_ACT_FORMS

_PREPOSITIONS_AND_BY = _PREPOSITIONS | {"by"}

# speech verbs that take "of" a topic or "through" a go-between before "that"
_TOPIC_CUES = frozenset({"say", "tell", "write", "add", "state", "note"})

# words that put a number after "added": "added about 200 jobs", an amount
_ABOUT_A_NUMBER = frozenset({"around", "about", "nearly", "some", "roughly", "almost", "another"})


def _closing_parenthesis(toks: _Tokens, cue_index: int, k: int, last: int) -> int | None:
    """The index of a ``)`` in the content that closes a ``(`` opened before
    the cue: the attribution sits inside a parenthesis and so does its report."""
    if "(" not in toks.words[:cue_index]:
        return None  # the common case, settled by one scan in C
    depth = 0
    for t in range(cue_index - 1, -1, -1):
        if toks.words[t] == ")":
            depth += 1
        elif toks.words[t] == "(":
            if depth == 0:
                return next((j for j in range(k, last + 1) if toks.words[j] == ")"), None)
            depth -= 1
    return None


def _clause_after_phrase(toks: _Tokens, k: int) -> int | None:
    """``said after the vote he would resign``: a short time or place phrase
    after the cue, then a clause opening on a subject pronoun and its verb;
    the index of that pronoun."""
    n = len(toks)
    if k >= n or toks.words[k] not in _PHRASE_OPENERS:
        return None
    for j in range(k + 1, min(n - 1, k + 7)):
        word = toks.words[j]
        if word in {"he", "she", "they", "we", "i"}:
            verb = toks.words[j + 1]
            if verb in AUXILIARIES or is_past_verb(verb) or verb in CUE_FORMS:
                return j
            return None
        if (
            word == "the"
            and j > k + 1
            and j + 3 < n
            and (
                toks.words[j + 2] in AUXILIARIES
                or (toks.words[j + 3] in AUXILIARIES and toks.words[j + 2] not in CLAUSE_STOPS)
            )
        ):
            return j  # "told a briefing in Oslo the bank would ..."
        if toks.kinds[j] != "w" or word in AUXILIARIES or word in CUE_FORMS:
            return None
    return None


# participles that start an attribution of their own, not a cue form:
# "..., citing a report", "..., referring to the port"
_SOURCE_PARTICIPLES = frozenset({"citing", "referring", "quoting"})

# participles after a trailing attribution that say how the speaker spoke:
# "..., an official said, speaking on condition of anonymity"
_ASIDE_PARTICIPLES = _SOURCE_PARTICIPLES | frozenset(
    {"speaking", "declining", "requesting", "asking", "giving", "pointing"}
)


# evidence participles go on describing the reported clause, not a new
# saying: "said the figures were dramatic, showing the ferry losing money"
_EVIDENCE_PARTICIPLES = frozenset({"showing", "finding", "indicating", "signaling", "reading"})


def _phrase_cue_follows(toks: _Tokens, i: int, stop: int) -> bool:
    """A cue of several words starts at ``i`` (``pointing out``, ``expressed
    (the) hope that``)."""
    entry = PHRASE_CUES.get(toks.words[i])
    if entry is None:
        return False
    e = i + 1
    if e <= stop and toks.words[e] in {"the", "his", "her", "their", "its"}:
        e += 1
    return e <= stop and toks.words[e] in entry[1]


# the tokens that can end forward content: every test below starts at one
_CONTENT_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "whereas", "—", "–", "--"})


# what follows a bare yes or no that is no longer the answer: "said yes,
# over and over", "said yes while 48 percent disagreed"
_AFTER_AN_ANSWER = frozenset({",", "while", "when", "until", "as", "and", "but", "whereas"})


def _bare_answer(toks: _Tokens, k: int, stop: int) -> int:
    """The last token of a bare ``yes`` or ``no`` answer opening the content
    at ``k`` (``said yes, yes, yes, over and over``: the answer is the
    words; ``72 percent said yes while ...``: the writer goes on), else -1;
    ``said no to the merger`` and ``said no one ...`` go on as before."""
    words = toks.words
    if words[k] not in {"yes", "no"}:
        return -1
    j = k
    while j + 2 <= stop and words[j + 1] == "," and words[j + 2] in {"yes", "no"}:
        j += 2
    if j + 1 > stop or words[j + 1] not in _AFTER_AN_ANSWER:
        return -1
    if words[j + 1] == "," and j + 2 <= stop and toks.kinds[j + 2] == "q":
        # said yes, "of course.": the quotation after the comma is the
        # answer's own words, not the writer's
        return -1
    return j


def _last_content_token(toks: _Tokens, k: int, stop: int) -> int:
    """The last token of forward content: before ``, adding ...`` or the end."""
    answer = _bare_answer(toks, k, stop)
    if answer >= 0:
        return answer
    last = stop
    words, kinds = toks.words, toks.kinds
    for j in range(k, stop + 1):
        if words[j] not in _CONTENT_BREAKS and kinds[j] != "q":
            continue  # most tokens: no test below can hold
        if (
            j + 1 <= stop
            and toks.words[j + 1] not in _EVIDENCE_PARTICIPLES
            and (
                toks.words[j + 1] in PARTICIPLE_CUES
                or (
                    toks.words[j] == ","
                    and toks.words[j + 1].endswith("ing")
                    and (
                        toks.words[j + 1] in CUE_FORMS
                        or toks.words[j + 1] in _SOURCE_PARTICIPLES
                        # ", calling it “reckless”": the speaker's next act
                        or toks.words[j + 1] in PROGRESSIVE_ACT_FORMS
                        # ", pointing out that ...", ", expressing the hope that"
                        or _phrase_cue_follows(toks, j + 1, stop)
                        # ", threatening to shut the port": the subject's stated
                        # intention, a further report like ", vowing to ..."
                        or (
                            toks.words[j + 1] in INTENT_FORMS
                            and j + 2 <= stop
                            and toks.words[j + 2] == "to"
                        )
                    )
                    and j > k
                )
            )
            and (toks.words[j] == "," or toks.kinds[j] == "q")
        ):
            last = j - 1 if toks.words[j] == "," else j
            break
        if (
            toks.words[j] == ","
            and j > k
            and j + 2 <= stop
            and toks.words[j + 1] == "according"
            and toks.words[j + 2] == "to"
        ):
            last = j - 1  # "told her that X, according to an account": the account is no content
            break
        if (
            toks.words[j] in {"while", "whereas"}
            and j > k + 1
            and toks.words[j - 1] == ","
            and _other_speaker_clause(toks, j + 1, stop)
        ):
            last = j - 2  # "..., while Voigt's campaign accused Democrats of ...": a second report
            break
        if (
            toks.words[j] == ":"
            and j > k + 1
            and j + 3 <= stop
            and toks.kinds[j + 1] == "q"
            and (toks.words[j + 2] in CUE_FORMS or toks.words[j + 3] in CUE_FORMS)
        ):
            last = j - 1  # 'said he was busy: “...,” he wrote.': the quotation has its own cue
            break
        if toks.words[j] in _ASIDE_DASHES and j > k + 1 and _attributed_aside(toks, j, stop):
            last = j - 1  # "said it was natural — no different, he said, from ...": re-attributed
            break
        if (toks.words[j] in {";"} and not _semicolon_series(toks, j, stop)) or (
            toks.words[j] == ","
            and j > k
            and j + 2 <= stop
            and toks.words[j + 1] in {"before", "then"}
            and toks.words[j + 2] in PARTICIPLE_CUES
        ):
            last = j - 1  # "said he was proud, before adding: ...": the next report
            break
        if (
            toks.words[j] == ","
            and j > k
            and j + 3 <= stop
            and toks.words[j + 1] in {"which", "who", "whom"}
            and toks.words[j + 2] in SUBJECT_PRONOUNS
            and toks.words[j + 3] in _ANY_CUE
        ):
            last = j - 1  # ", which he called “a cartel”": an attribution of its own
            break
        if (
            j > k
            and toks.words[j] in {"and", "but"}
            and j + 1 <= stop
            and (
                (
                    toks.words[j + 1] in CUE_FORMS
                    and toks.words[j + 1] != SPEECH_FORMS.get(toks.words[j + 1], "")
                    and toks.words[j + 1] not in PARTICIPLE_CUES
                    # "shootings and protests demands ...": a noun, the verb after it
                    and not (
                        j + 2 <= stop
                        and (toks.words[j + 2] in CUE_FORMS or toks.words[j + 2] in AUXILIARIES)
                    )
                    # "keeps spending flat and adds $4 billion": an amount, no speech
                    and not (j + 2 <= stop and toks.words[j + 2][:1] in _AMOUNT_OPENERS)
                )
                # "... and expressed hope that ...": a cue of several words
                or (toks.words[j + 1].endswith("ed") and _phrase_cue_follows(toks, j + 1, stop))
                or _leaves(toks, j + 1, stop)  # "..., and hung up.", "and then walked away"
                or (  # "... and did not rule out cuts", "... and declined to say"
                    toks.words[j + 1] in _NEXT_ACT_OPENERS
                    or (
                        toks.words[j + 1] in {"did", "does", "would"}
                        and j + 2 <= stop
                        and toks.words[j + 2] == "not"
                    )
                )
                or (  # "... and accused its authors of ...", "... and called the cuts"
                    toks.words[j + 1].endswith("ed")
                    and (
                        toks.words[j + 1] in SPEECH_ACT_FORMS
                        or toks.words[j + 1] in QUOTED_ACT_FORMS
                    )
                )
                or (  # "... and she accused ...": the speaker goes on
                    toks.words[j + 1] in {"he", "she", "they"}
                    and j + 2 <= stop
                    and (
                        toks.words[j + 2].endswith("ed")
                        or (
                            toks.words[j + 2] in CUE_FORMS
                            and toks.words[j + 2] != SPEECH_FORMS.get(toks.words[j + 2], "")
                        )
                    )
                )
                or _other_speaker_clause(toks, j + 1, stop)
                or (  # "..., but offered no proof": the speaker's next act
                    toks.words[j - 1] == ","
                    and toks.words[j + 1].endswith("ed")
                    and len(toks.words[j + 1]) > 4
                )
            )
        ):
            last = j - 1  # "said he would act and warned against ...": the speaker's next act
            break
    while last >= k and toks.kinds[last] == "p":
        if toks.words[last] == ")" and "(" in toks.words[k:last]:
            break  # "dumped 30 centimeters (12 inches)": the parenthesis closes in the report
        last -= 1
    return last


# what opens a phrase between a cue and its quotation: "asked at the school,
# “...”", "replied evenly, “...”", "acknowledged, however, “...”"
_PHRASE_BEFORE_QUOTE = frozenset(
    """however then later again also once too back aloud today yesterday tonight
    last this""".split()
)
# the most words such phrases hold, commas included
_MAX_PHRASE_BEFORE_QUOTE = 12


def _quotation_after_phrase(toks: _Tokens, k: int) -> int | None:
    """The quotation after a place, time or manner phrase set off by a comma
    after the cue (``told reporters in Tulsa on Friday, “...”``, ``announced
    on her page, in capital letters, “...”``): its token, else ``None``. The
    phrase holds no verb, so the quotation is what the cue reports."""
    n = len(toks)
    if k >= n or toks.kinds[k] != "w":
        return None
    first = toks.words[k]
    if not (
        first in _PREPOSITIONS
        or first in _PHRASE_BEFORE_QUOTE
        or (first.endswith("ly") and first not in LY_NOUNS)
    ):
        return None
    for t in range(k + 1, min(n - 1, k + _MAX_PHRASE_BEFORE_QUOTE)):
        word = toks.words[t]
        if word == "," and toks.kinds[t + 1] == "q":
            return t + 1
        if toks.kinds[t] != "w" and word != ",":
            return None
        if (
            word in CUE_FORMS
            or word in AUXILIARIES
            or word in PAST_ONLY
            or is_past_verb(word)
            or word in {"that", "who", "which", "and", "but"}
        ):
            return None  # a clause of its own, not a phrase
    return None


def _semicolon_series(toks: _Tokens, j: int, stop: int) -> bool:
    """Whether the semicolon at ``j`` separates the items of one series that
    closes on ``; and`` / ``; or`` (AP: semicolons between items that hold
    commas, ``... on rezoning; helped marshal protesters; and put together
    ...``), not two clauses: the series is one report."""
    return any(
        toks.words[t] == ";" and toks.words[t + 1] in {"and", "or"} for t in range(j, stop)
    )


def _attributed_aside(toks: _Tokens, dash: int, stop: int) -> bool:
    """Whether the words after ``dash`` carry an attribution of their own set
    off by commas (``— no different, he said, from ...``)."""
    for t in range(dash + 1, min(stop, dash + 12) - 2):
        if (
            toks.words[t] == ","
            and toks.words[t + 2] in CUE_FORMS
            and toks.words[t + 3] == ","
            and toks.words[t + 1] in SUBJECT_PRONOUNS
        ):
            return True
    return False


def _before_subject_predicate(toks: _Tokens, cue_index: int, k: int, last: int) -> int:
    """``Voters who said inflation was their top concern broke for Lyle``:
    the cue in a restrictive relative clause on the sentence's subject; the
    report ends before the main clause's verb (a second verb in the past
    after the clause's own) or at the comma that closes the subject."""
    if not (2 <= cue_index <= 6 and toks.words[cue_index - 1] == "who"):
        return last
    if toks.kinds[cue_index - 2] != "w" or any(toks.kinds[t] != "w" for t in range(cue_index - 1)):
        return last
    own_verb = False
    for t in range(k + 1, last + 1):
        w = toks.words[t]
        if w == "," and own_verb:
            return t - 1 if t - 1 > k else last  # "Of those who said X was Y, 70% voted"
        if toks.kinds[t] != "w" or w in _SUBORDINATORS:
            return last  # "... would be scared if the candidate won": a clause of its own
        if w in _COORDINATING:
            own_verb = False  # "the vote was rigged and the count was late": a new conjunct
            continue
        if (
            own_verb
            and w in {"is", "are", "was", "were"}
            and toks.words[t - 1] not in AUXILIARIES | SUBJECT_PRONOUNS | _COORDINATING
            and toks.words[t - 1] not in {"that", "who", "which", "what", "to", "there"}
        ):
            return t - 1  # "who said the prison should be closed were irritated"
        if own_verb and (w in PAST_ONLY or (is_past_verb(w) and w not in PAST_OR_PARTICIPLE)):
            prev = toks.words[t - 1]
            if not (
                prev in _COORDINATING or prev in AUXILIARIES or prev in {"that", "who", "which"}
            ):
                return t - 1  # "... was their top concern broke for Lyle"
        if w in AUXILIARIES or w in PAST_ONLY or is_past_verb(w):
            own_verb = True
    return last


_COORDINATING = frozenset({"and", "or", "but", "nor"})
_SUBORDINATORS = frozenset(
    "if when because after before while since although though unless until whether".split()
)


# what opens a nonessential clause set off after the sentence's subject
_ASIDE_OPENERS = frozenset({"who", "though", "although", "while"})
# adverbs between an aside's closing comma and the main verb it gives back to
_PREDICATE_ADVERBS = frozenset(
    "never also still later then ultimately eventually notably nonetheless nevertheless".split()
)


# the auxiliaries that open the subject's own verb after the aside
_PREDICATE_AUXILIARIES = frozenset(
    "has had have is was are were did does will would could can".split()
)


def _before_aside_close(toks: _Tokens, cue_index: int, k: int, last: int) -> int:
    """``Ines Marlow, who chairs the board and said she would fight the levy,
    later voted for it``, ``The union chief, though she said workers deserved
    a raise, declined to ...``: the cue in a nonessential clause set off after the sentence's
    subject (AP); the report ends at the comma that closes the clause, where
    the subject's own verb (in the past, or after an auxiliary) comes back."""
    aside = next((t for t in range(cue_index - 1, 0, -1) if toks.kinds[t] != "w"), None)
    if (
        aside is None
        or toks.words[aside] != ","
        or toks.words[aside + 1] not in _ASIDE_OPENERS
        or any(toks.kinds[t] != "w" for t in range(aside))
    ):
        return last
    for t in range(k + 2, last):
        if toks.words[t] != ",":
            if toks.kinds[t] != "w":
                return last  # a quotation or a dash: no plain clause to close
            continue
        v = t + 1
        if toks.words[v] in _PREDICATE_ADVERBS or (
            toks.words[v].endswith("ly") and toks.words[v] not in LY_NOUNS
        ):
            v += 1
        if v <= last and (
            is_past_verb(toks.words[v])
            or toks.words[v] in PAST_OR_PARTICIPLE
            or toks.words[v] in _PREDICATE_AUXILIARIES
        ):
            return t - 1
        return last  # the first comma inside the report: no clause closes there
    return last


def _before_main_predicate(toks: _Tokens, k: int, last: int) -> int:
    """``Mr. Voss's claim that crime doubled is false``: when the speech noun
    and its ``that`` clause are the sentence's subject, the clause ends before
    the main verb (a copula near the end, once the clause has a verb of its
    own); the fact-checker's verdict is the writer's, not what was said."""
    for t in range(last, k + 1, -1):
        if toks.words[t] not in {"is", "was", "are", "were"}:
            continue
        if last - t > 6 or toks.words[t - 1] in AUXILIARIES or toks.kinds[t - 1] != "w":
            return last
        if any(
            is_past_verb(w) or w in PAST_ONLY or w in PAST_OR_PARTICIPLE or w in AUXILIARIES
            for w in toks.words[k + 1 : t]
        ):
            return t - 1
        return last
    return last


# what opens an amount: "adds $4 billion", "added 3.5%"
_AMOUNT_OPENERS = frozenset("$€£¥0123456789")

# after "and", the speaker leaving the exchange: "..., and hung up."
_LEAVING_ACTS: dict[str, tuple[str, ...]] = {
    "hung": ("up",),
    "walked": ("away", "out", "off"),
    "stormed": ("out", "off"),
}



def _leaves(toks: _Tokens, k: int, stop: int) -> bool:
    """Whether the words at ``k`` tell the speaker leaving the exchange
    (``hung up``, ``then walked away``): the writer's next act, no content."""
    if toks.words[k] == "then":
        k += 1
    return k + 1 <= stop and toks.words[k + 1] in _LEAVING_ACTS.get(toks.words[k], ())


# after "and", the speaker's own next act, not more of the report
_NEXT_ACT_OPENERS = frozenset("declined didn't didn’t doesn't doesn’t wouldn't wouldn’t".split())


def _other_speaker_clause(toks: _Tokens, k: int, stop: int) -> bool:
    """``said the case was mishandled and Democrats accused the mayor ...``:
    after ``and``, a new subject (a plural, or a determiner and its noun; up
    to three words) with a speech verb in the past opens another
    attribution, not more content."""
    for t in range(k + 1, min(stop, k + 3) + 1):
        word = toks.words[t]
        if word in CUE_FORMS or word in SPEECH_ACT_FORMS or word in QUOTED_ACT_FORMS:
            if not word.endswith("ed") and word not in PAST_ONLY and word not in SPEECH_FORMS:
                return False
            if SPEECH_FORMS.get(word) == word:
                return False  # a bare form ("say") may still be part of the clause
            if (
                word.endswith("s")
                and not word.endswith("ss")
                and t - 1 >= k
                and looks_plural(toks.words[t - 1])
            ):
                return False  # "shootings and protests demands that": no agreement, no subject
            return all(
                toks.words[s] in {"the", "their", "his", "her"}
                or (toks.words[s].endswith("s") and len(toks.words[s]) > 3)
                # "while the other said": one more of the people counted
                or (s > k and toks.words[s] in {"other", "second"})
                # "Voigt's campaign accused": the head after a possessive
                or (s > k and toks.words[s - 1].endswith(("'s", "’s")))
                # "and his campaign called it an outlier": a determiner and
                # its noun right before the verb
                or (s == t - 1 and s > k and toks.words[s - 1] in {"the", "their", "his", "her"})
                for s in range(k, t)
            )
        if toks.kinds[t] != "w" or word in AUXILIARIES or word in CLAUSE_STOPS:
            return False
    return False


def _parenthetical_rest(
    text: str, toks: _Tokens, c: int, cue: Span, sentence: Span
) -> tuple[Span, tuple[int, int]] | None:
    """``The plan, she said, would fail``: the words after the attribution."""
    pos = _cue_verb_end(text, toks, c, cue)
    if SPEECH_FORMS.get(toks.words[c]) in LISTENER_VERBS:
        k = _skip_listener(text, toks, c + 1, len(toks) - 1)
        if k > c + 1:
            pos = toks.ends[k - 1]  # "..., Bazi told reporters."
            if _TRAVELING_WITH.match(text, pos, sentence.end):
                return None  # "..., Otero told reporters traveling with the president."
    m = _AFTER_CUE.match(text, pos, sentence.end)
    if m is not None:
        if m.group().rstrip().endswith("that") and _venue_relative(text, toks, c, m, sentence):
            return None  # "..., the ministry said, in a statement that surprised traders."
        pos = m.end()
    k = _token_at(toks, pos)
    if k < len(toks) and (
        toks.words[k] in _PLACE_AND_TIME_WORDS
        or _IN_A_PLACE.match(text, toks.starts[k], sentence.end)
    ):
        # "The museum, Ortiz said in Paris, would open": past the place
        k = next((t for t in range(k, len(toks)) if toks.words[t] == ","), len(toks))
        if k < len(toks) and _PLACE_TAIL.match(text, toks.ends[k], sentence.end):
            return None  # "said at an event in San Jose, California, on Tuesday."
    while k < len(toks) and toks.words[k] in {",", "—", "–", "--"}:
        k += 1
    if (
        k >= len(toks)
        or toks.words[k] in _CONTEXT_OPENERS
        or toks.words[k] in PARTICIPLE_CUES
        or (toks.words[k] == "when" and _WHEN_DOING.match(text, toks.starts[k], sentence.end))
        or (toks.words[k] == "going" and toks.words[k + 1 : k + 3] == ["on", "to"])
    ):
        return None  # ", after ...", ", adding ...", ", going on to say": not what was said
    if (
        toks.words[k] in {"and", "but"}
        and k + 1 < len(toks)
        and (is_past_verb(toks.words[k + 1]) or toks.words[k + 1] in PAST_ONLY)
    ):
        return None  # "..., Ferrer said, and urged anyone ...": the speaker's next act
    if toks.words[k] in {"quoted", "cited"} and toks.words[k + 1 : k + 2] == ["by"]:
        return None  # "..., the ministry said, quoted by public television": the carrier
    if toks.words[k] in {"which", "who", "whose"} and toks.words[k - 1] == ",":
        # "..., the SEC said in its complaint, which was filed Tuesday": a
        # relative clause on the venue or the speaker continues no clause
        return None
    if toks.words[k] in {"though", "although"} and _THOUGH_CLAUSE.match(
        text, toks.ends[k], sentence.end
    ):
        return None  # "..., an aide said, though he did not say how many": the writer's
    j = c - 1
    while j > 0 and toks.words[j] != ",":
        j -= 1
    if (
        toks.words[k] in {"and", "but", "yet"}
        and toks.words[k - 1] == ","
        and sum(1 for t in range(j) if toks.kinds[t] == "w") >= 4
        and (
            (
                toks.words[k + 1 : k + 2] == ["there"]
                and toks.words[k + 2 : k + 3] in (["was"], ["were"], ["have"], ["has"], ["had"])
            )
            or (toks.words[k] == "and" and _TOLL_AFTER_AND.match(text, toks.ends[k], sentence.end))
            # "Her son wanted a console, she said, but she bought him a bike":
            # the speaker's own next act, told by the writer (the same pronoun)
            or (
                toks.words[k + 1 : k + 2] in (["he"], ["she"], ["they"], ["we"], ["i"])
                and toks.words[c - 1] == toks.words[k + 1]
            )
        )
    ):
        # "The toll climbed to 1,214, AFAD said, and 5,600 were hurt", "...,
        # officials said, but a ceasefire remained elusive": a whole clause
        # before the attribution, and the writer's next one after it (an
        # interrupted clause breaks before it is whole: "His lead, aides said,
        # is ...")
        return None
    copula = j > 0 and toks.words[j - 1] in _COPULAS
    # "It was, he said, one of the bitterest failures": the rest completes a copula
    if not copula and _writers_participle(toks, k):
        return None  # "..., the commission said, ending two decades of rule": the writer's
    if (not copula and _writers_appositive(toks, k)) or toks.words[k] == "according":
        # "..., two officials said, a move likely to anger Beijing.", "...,
        # Ortiz said, according to a transcript": not the rest of a clause
        return None
    if (
        toks.words[k] in _ASIDE_PARTICIPLES
        or (toks.words[k] == "on" and k + 1 < len(toks) and toks.words[k + 1] == "condition")
        # "said in a statement posted on its site": no comma, the venue goes on
        or (
            toks.words[k - 1] != ","
            and _PARTICIPLE_PHRASE.match(text, toks.starts[k], sentence.end)
        )
    ):
        return None  # ", speaking on condition of anonymity": about the speaker
    last = _last_content_token(toks, k, len(toks) - 1)
    if last == k and toks.kinds[k] == "q" and c >= 3 and toks.kinds[0] == "w":
        # "The bill, Voss said, “is dead on arrival.”": a quotation going on
        # in lower case is the rest of the interrupted clause
        letter = _FIRST_LETTER.match(text, toks.starts[k], toks.ends[k])
        if letter is None or not letter.group(1).islower():
            return None
    elif last < k + 1:
        return None  # a single word is no clause
    start = toks.starts[k]
    end = _content_end(text, start, toks.ends[last])
    tail = _CONTEXT_TAIL.search(text, start, end)
    if tail is not None and tail.start() > start:
        # "..., he said, have involved public courses, the latter a reference
        # to ...": the writer's tails leave the rest as any content
        end = tail.start()
        last = max(k, _token_at(toks, end) - 1)
    return Span(start, end), (k, last)


# a clause of its own after "though": a subject, then a verb ("though he did
# not say", "though several conservatives said"), not "though difficult,"
# a second count after a closing attribution: "..., AFAD said, and more than
# 5,600 people were injured", "..., officials said, and 17 were missing"
_TOLL_AFTER_AND = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|nearly|about|some|another)\s+)?\d[\d,.]*\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:were|was|are|is|had\s+been|have\s+been)\s+"
    r"(?:injured|hurt|wounded|killed|missing|dead|hospitali[sz]ed|displaced|evacuated|rescued"
    r"|arrested|detained|unaccounted)\b"
)
_THOUGH_CLAUSE = re.compile(
    r"\s+(?:(?:he|she|they|it|we|I|there)\b|(?:the|a|an|some|many|most|several|other|few"
    r"|his|her|their|its|[A-Z][\w’'.-]*)\s+(?:[\w’'-]+\s+){0,3}?(?:is|are|was|were|has|have"
    r"|had|did|does|do|will|would|could|can|said|say|says|remain|remains|remained)\b)"
)


# the first letter inside a quotation token
_FIRST_LETTER = re.compile(r"[^\w]*(\w)")

_COPULAS = frozenset("is was are were be been being become became remain remains".split())

# "the latest sign", "the first such case": the writer sums up the news
_SUMMING_UP = frozenset(
    "latest first second third biggest largest most strongest clearest sharpest".split()
)


# nouns that take the writer's reading of the news as a clause: "the latest
# sign (that) ...", "in a signal ...", "the clearest indication yet ..."
_SIGN_NOUNS = frozenset(
    "sign signs signal indication indicator evidence example illustration reminder".split()
)


# what the news brings about, in the writer's words after an attribution
_CONSEQUENCE_PARTICIPLES = frozenset(
    """marking capping extending deepening highlighting underscoring sending
    prompting sparking triggering fueling fuelling raising"""
    # the disaster and outbreak lede: "..., the ministry said, bringing the
    # toll to 40", "..., closing schools", "..., forcing hundreds to flee"
    """ bringing taking pushing lifting closing forcing straining leaving
    killing injuring displacing stranding disrupting knocking cutting causing
    damaging shutting halting delaying"""
    # what the news does to a plan or a market: "..., data showed on
    # Wednesday, complicating the bank's plans", "..., threatening to shut"
    """ complicating reinforcing bolstering strengthening weakening
    undercutting undermining overshadowing compounding worsening
    heightening intensifying escalating exacerbating clouding threatening
    dampening denting boosting easing"""
    # the political lede: "..., two sources said, setting up a clash with
    # hardliners", "..., paving the way for a vote", "..., putting pressure on"
    """ setting paving clearing putting""".split()
)


# nouns in -est that are no superlative: "the rest", "the interest"
_EST_NOUNS = frozenset(
    """rest west interest request contest protest forest guest test quest chest
    nest arrest harvest conquest behest manifest honest modest earnest midwest
    suggest digest invest attest detest crest priest pest vest zest fest jest
    southwest northwest unrest""".split()
)

# words in -ing that are no participle: "during", "nothing", "morning"
_ING_NOUNS = frozenset(
    """during nothing something anything everything morning evening thing
    things king ring wing sing spring string swing sting bring ceiling""".split()
)

_DEGREE_ADVERBS = frozenset(
    "well far slightly sharply just roughly much nearly still only barely".split()
)

_TIME_UNITS = frozenset(
    """minute minutes hour hours day days week weeks month months year years
    decade decades""".split()
)
_TIME_COUNTS = frozenset(
    """a an one two three four five six seven eight nine ten several few just
    only barely less more than some about nearly almost mere""".split()
)


def _summing_up(word: str) -> bool:
    """``latest``, ``smallest``, ``deadliest``: the writer ranks the news."""
    return (
        word in _SUMMING_UP
        or word in {"worst", "best", "least"}
        or (len(word) > 4 and word.endswith("est") and word not in _EST_NOUNS)
    )


def _time_distance(toks: _Tokens, k: int) -> bool:
    """``days after ...``, ``a week before ...``, ``two months into ...``:
    the writer places the news in time against another event."""
    t = k
    while (
        t < len(toks)
        and t < k + 3
        and (toks.words[t] in _TIME_COUNTS or toks.words[t][:1].isdigit())
    ):
        t += 1
    return (
        t + 1 < len(toks)
        and toks.words[t] in _TIME_UNITS
        and toks.words[t + 1] in {"after", "before", "since", "into", "ahead"}
    )


def _absolute_phrase(toks: _Tokens, k: int) -> bool:
    """``her voice breaking``, ``his hands shaking``: a possessive, a noun
    and a participle with no quotation, the writer's picture of the
    speaker; ``..., aides said, their spending will rise`` goes on with a
    verb of its own instead."""
    if toks.words[k] not in {"his", "her", "their", "its"}:
        return False
    for t in (k + 2, k + 3):
        if t >= len(toks):
            return False
        word = toks.words[t]
        if len(word) > 4 and word.endswith("ing") and word not in _ING_NOUNS:
            return all(
                toks.kinds[u] == "w" and toks.words[u] not in AUXILIARIES for u in range(k + 1, t)
            ) and not any(toks.kinds[u] == "q" for u in range(t, len(toks)))
        if toks.kinds[t] != "w" or word in AUXILIARIES:
            return False
    return False


# participles that go on with the list or the speaker's own act: "...,
# including speeches and meetings", "..., she said, referencing the scheme"
_LIST_OR_SPEECH_PARTICIPLES = frozenset(
    """including excluding referencing referring praising criticizing criticising
    blaming citing pointing urging calling describing quoting mocking slamming
    accusing questioning arguing invoking echoing""".split()
)


# past participles of cause in results copy, before "by" or "down"
_CAUSE_PARTICIPLES = frozenset(
    """helped hurt driven weighed boosted buoyed fueled fuelled dragged lifted
    pressured hampered spurred supported underpinned offset dented squeezed""".split()
)


# a clause of its own inside the participle's phrase: its verb is no main verb
_SUBORDINATE_OPENERS = frozenset(
    """that whether which who because since if when after before although
    though unless until while""".split()
)


def _writers_participle(toks: _Tokens, k: int) -> bool:
    """``..., results showed, riding a wave of anger``: after a comma, a
    clause opening on a present participle is the writer's adjunct to the
    news (AP: a participial phrase), never the rest of an interrupted
    clause, which goes on with a finite verb."""
    word = toks.words[k]
    if toks.words[k - 1] != "," or toks.kinds[k] != "w" or k + 1 >= len(toks):
        return False
    nxt = toks.words[k + 1]
    if word == "with":
        # "..., the AP said, with thousands of ballots still to be counted":
        # an absolute phrase, with no finite verb of its own
        pass
    elif (
        (word in _CAUSE_PARTICIPLES and nxt in {"by", "down"})
        or (word == "thanks" and nxt == "to")
        or (word == "among" and nxt in {"them", "those"})
    ):
        # the Reuters results lede's cause: "Profit rose 22%, the company
        # said, helped by strong chip prices", "..., thanks to ...", and the
        # writer's count: "..., officials said, among them three women"
        pass
    elif not (
        len(word) > 5
        and word.endswith("ing")
        and word not in _ING_NOUNS
        and word not in _EST_NOUNS
        and word not in _LIST_OR_SPEECH_PARTICIPLES
        and SPEECH_FORMS.get(word) is None
        and toks.kinds[k + 1] == "w"
    ):
        return False
    for t in range(k + 1, len(toks)):
        w = toks.words[t]
        if w in _SUBORDINATE_OPENERS and "to" not in toks.words[max(k, t - 2) : t]:
            # "..., rejecting his argument that the claims were ...": its own
            # clause (but "..., breaking with Yellen, to argue that ...": the
            # infinitive's report goes on the interrupted clause)
            break
        finite = w in AUXILIARIES and w not in {"be", "been", "being"}
        if (finite and toks.words[t - 1] != "to") or w in PAST_ONLY:
            return False  # "The plan, she said, involving three agencies, would fail"
    return True


def _writers_appositive(toks: _Tokens, k: int) -> bool:
    """A noun phrase after a closing attribution sums up the news in the
    writer's words (``..., officials said, a move likely to anger Beijing``,
    ``in a blow to ...``, ``the latest sign that ...``); the rest of an
    interrupted clause goes on with its verb instead."""
    word = toks.words[k]
    nxt = toks.words[k + 1] if k + 1 < len(toks) else ""
    if word in _CONSEQUENCE_PARTICIPLES or (word == "in" and nxt == "what"):
        # "..., the company said on Monday, marking its third round of cuts",
        # "..., in what would be the biggest deal this year"
        return True
    if _time_distance(toks, k) or _absolute_phrase(toks, k):
        # "..., the military said, days after Kim vowed to ...", "..., she
        # told the court, her voice breaking"
        return True
    if word in _DEGREE_ADVERBS and nxt in _CONTEXT_OPENERS:
        return True  # "..., the department said, well below the forecast"
    if word == "in" and nxt == "one":
        k += 1  # "..., in one of the deadliest attacks this year"
        word, nxt = "one", toks.words[k + 1] if k + 1 < len(toks) else ""
    if (
        word == "one"
        and nxt == "of"
        and toks.words[k + 2 : k + 3] == ["the"]
        and k + 3 < len(toks)
        and _summing_up(toks.words[k + 3])
    ):
        k += 2  # "one of the deadliest ...": read as "the deadliest ..."
        word, nxt = "the", toks.words[k + 1]
    if not (
        word in {"a", "an"}
        or (word == "in" and nxt in {"a", "an", "what"})
        or (
            word == "in"
            and nxt in {"the", "its", "his", "her", "their"}
            and k + 2 < len(toks)
            and _summing_up(toks.words[k + 2])
        )
        or (word == "the" and _summing_up(nxt))
    ):
        return False
    if word in {"a", "an"} and nxt == "move":
        return True  # "..., a spokesperson said, a move analysts said could ..."
    if any(w in _SIGN_NOUNS for w in toks.words[k + 1 : k + 4]):
        # "..., Reynard said, the latest sign the government is courting
        # investors", "..., in a sign talks had stalled": the sign's own
        # clause (with "that" left out) is the writer's, not the speaker's
        return True
    for t in range(k + 1, len(toks)):
        w = toks.words[t]
        if w in RELATIVE_PRONOUNS or w == "that":
            return True  # "a move that will anger ..."
        if w in AUXILIARIES or w in PAST_ONLY:
            return False  # "During his years in office, he said, a majority have come to ..."
    return True


# a past participle and its preposition after a venue: "posted on its website"
_PARTICIPLE_PHRASE = re.compile(r"[a-z]{3,}ed\s+(?:on|in|by|at|to|from|with)\b")

_SAYING_CLAUSES = frozenset({"as", "while", "before", "after", "because", "since", "until"})

# prepositions that open the place or time of the saying, never a report
# ("in", "on" and "about" also open reports: "said in fact", "said on the
# other hand", "said about 20 people ..."; "in" counts before a place name)
_PLACE_AND_TIME_WORDS = frozenset(
    "at from during outside inside near after before while aboard".split()
)
# "in Oslo", "in Oslo on Tuesday", "in New York last week"
_IN_A_PLACE = re.compile(
    rf"(?:in|on)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s*){{1,4}}(?:,?\s*(?:{_TIME}))?(?=[,.;!?]|$)"
)


# the rest of the place and the day after it, to the sentence end: "...
# in San Jose, California, on Tuesday.", "... in Vienna, Austria."
_PLACE_TAIL = re.compile(
    rf"\s*(?:(?:[A-Z][\w.’'\-]*\s*){{1,3}}(?:,?\s*(?:{_TIME}))?|{_TIME})"
    r"\s*[.!?]?[\s”\"’)]*$"
)


# the venue's participle right after a cue phrase: "said in a statement
# carried by ...", "in a statement released Tuesday"
_PARTICIPLE_AFTER_PHRASE = re.compile(
    r"\s+(?:dated|released|issued|published|posted|sent|distributed|circulated|e-?mailed"
    r"|read|broadcast|aired|televised|carried)\b"
)


def _cue_verb_end(text: str, toks: _Tokens, c: int, cue: Span) -> int:
    """Where the words after the cue verb begin: after the verb itself when
    the cue span holds a fixed phrase (``said in a statement released
    Tuesday``: the phrase and the rest of its venue are read as one)."""
    if cue.end > toks.ends[c] and _CUE_PHRASE.match(text, toks.ends[c]) is not None:
        return toks.ends[c]
    return cue.end


# the pool after a listener: "told reporters traveling with the president"
_TRAVELING_WITH = re.compile(
    r"\s+(?:travell?ing\s+with|accompanying)\s+[^,;:“”\"]{1,60}[.!?]?[\s”\"’)]*$"
)


_THAT_AHEAD = re.compile(r"\bthat\b")
_COMMA_WITH = re.compile(r"\s*,\s*with\b")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]|--")


# cues whose addressee may follow bare: "Kennedy wrote Linick", "she
# emailed Ortiz"
_ADDRESSED_CUES = frozenset({"write", "email", "text", "message"})
_ADDRESSEE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}[.!?]*")


def _venue_relative(text: str, toks: _Tokens, c: int, m: re.Match[str], sentence: Span) -> bool:
    """``..., the agency said on Wednesday, in a report that surprised
    traders.``: after a comma, ``that`` and a past verb open the venue's
    relative clause, which runs to the sentence end; no report follows."""
    if "," not in m.group() or toks.words[c] not in {"said", "says"}:
        return False
    after = _TOKEN.match(text, m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0))
    return (
        after is not None
        and (is_past_verb(after.group()) or after.group() in PAST_ONLY)
        and _TAIL_TO_END.match(text, after.end(), sentence.end) is not None
    )


# the rest of a short clause to the sentence end: "surprised traders."
_TAIL_TO_END = re.compile(r"(?:\s+[\w’'\-,]+){0,8}?\s*[.!?]?[\s”\"’)]*$")


# the occasion of the saying in Xinhua's diplomatic copy: "said when meeting
# with ...", "said when addressing the forum", "said when asked about ..."
_WHEN_DOING = re.compile(r"when\s+(?:asked|[a-z]{3,}ing)\b(?!\s+(?:is|are|was|were|will|would)\b)")


def _ends_sentence(text: str, toks: _Tokens, c: int, cue: Span, sentence: Span) -> bool:
    """Whether nothing but time/venue phrases, a listener or a participle
    continuation follows the cue."""
    if c > 0 and toks.words[c - 1] in RELATIVE_PRONOUNS:
        return False  # "Weber, who told Kasich, is no fan ...": a relative clause
    pos = _cue_verb_end(text, toks, c, cue)
    lemma = SPEECH_FORMS.get(toks.words[c])
    if lemma in LISTENER_VERBS and (
        # "“Is that fair?” Harlan asked voters at a rally.": a listener, then the place
        lemma != "ask" or toks.kinds[0] == "q"
    ):
        k = _skip_listener(text, toks, c + 1, len(toks) - 1)
        if k > c + 1:
            pos = toks.ends[k - 1]  # "..., Kumar informed the Lok Sabha on Friday."
            if _TRAVELING_WITH.match(text, pos, sentence.end):
                return True  # "..., Otero told reporters traveling with the president."
    m = _AFTER_CUE.match(text, pos, sentence.end)
    comma = False
    if m is not None:
        if m.group().rstrip().endswith(("that", "whether", "if")):
            # "..., the ministry said, in a statement that surprised traders.":
            # the venue's relative clause, set off by a comma, closes the sentence
            return _venue_relative(text, toks, c, m, sentence)
        comma = m.group().rstrip().endswith(",")
        if _COMMA_WITH.match(m.group()):
            # "..., diplomats said, with Russia and China opposed.": the
            # writer's absolute phrase, not a venue "with" a name
            return True
        pos = m.end()
    rest = text[pos : sentence.end].strip()
    if not rest or rest[0] in ".!?" or all(ch in '.!?”"’)' for ch in rest):
        return True
    if lemma in _ADDRESSED_CUES and _ADDRESSEE.fullmatch(rest):
        return True  # "..., Kennedy wrote Linick.": the one written to
    double_dash = rest.startswith("--")
    comma = comma or rest[0] in ",;—–―" or double_dash
    if comma:
        # ("... reported on Tuesday -- a development that ...": two hyphens
        # set the writer's words off as a dash does)
        rest = rest[2 if double_dash else 1 :].lstrip()
    if rest[:1] in ("“", '"', "‘", "'"):
        return True  # a split quote continues: “A,” she said, “B.”
    nxt = _TOKEN.match(rest)
    if nxt is None:
        return True
    # ", adding that ...", ", because ...", ", as ...": writer's context follows;
    # after a bare comma, the attribution sits inside the sentence; "told his
    # aides as he wrote the speech": a clause about the saying, not said
    word = nxt.group().lower()
    if not comma and _THAT_AHEAD.search(_CLAUSE_BREAK.split(rest, 1)[0]):
        return False  # "said at an event in Fort Dane that ...": the report follows
    if not comma and (word in _PLACE_AND_TIME_WORDS or _IN_A_PLACE.match(rest)):
        return True  # "said Tuesday in Paris, noting ...", "said from his office."
    if not comma and _PARTICIPLE_PHRASE.match(rest):
        return True  # "said in a statement posted on its website."
    if word == "when" and _WHEN_DOING.match(rest):
        return True  # "..., Wang Bo said when meeting with ...": the occasion (Xinhua)
    return word in PARTICIPLE_CUES or comma or word in _SAYING_CLAUSES

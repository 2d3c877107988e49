"""Sentence boundaries inside a paragraph, never inside a quotation.

A boundary is a ``.``, ``!`` or ``?`` (with any closing marks after it)
followed by space and a capital, digit or opening mark — unless the word
before the point is a known abbreviation (``Mr.``, ``Sen.``, ``Jan.``,
``U.S.``, a single initial). The abbreviation list follows the AP Stylebook's
titles, months and state abbreviations.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

from newsparse.lexicon.cues import SPEECH_FORMS
from newsparse.model import Span

__all__ = ["ABBREVIATIONS", "MAX_SENTENCE", "WORDS_WHEN_LOWER", "split_sentences"]

#: The longest stretch read as one sentence (characters). Real sentences are
#: far shorter; longer runs without a full stop are cut (see ``_cap_length``).
MAX_SENTENCE = 1_000

#: Lower-cased words that take a point without ending a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles (AP style)
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "cpl",
        "pvt",
        "jr",
        "sr",
        "st",
        "prof",
        "rev",
        "hon",
        "pres",
        "supt",
        "det",
        "insp",
        # Canadian Press's constable (``Const. Ana Ruiz``, ``Det. Const.``)
        "const",
        # Indian honorifics (``Union Minister Smt. Annapurna Devi``)
        "smt",
        "shri",
        "atty",
        "dist",
        "asst",
        "pfc",
        "spc",
        "brig",
        "messrs",
        "mt",
        "ft",
        "msgr",
        "fr",
        "sec",
        "treas",
        "amb",
        "gens",
        # Nigerian and Ghanaian house styles (NAN, Punch, GNA): ``Engr.``
        # (engineer), ``Barr.`` (barrister), ``Comr.`` (comrade), ``Pharm.``
        # (pharmacist), ``Arc.`` (architect), ``Alh.`` (Alhaji), ``Rt. Hon.``
        "engr",
        "barr",
        "comr",
        "pharm",
        "arc",
        "alh",
        "rt",
        # months
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        # days
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        # US states (AP)
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "vt",
        "va",
        "wash",
        "wis",
        "wyo",
        # companies and misc
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "dept",
        "est",
        "fig",
        "vol",
        "ave",
        "blvd",
        "rd",
        # AP's road and address abbreviations before a number: ``Hwy. 20``,
        # ``Rte. 9``, ``Apt. 4`` (``Pkwy.`` as ``Blvd.``)
        "hwy",
        "rte",
        "pkwy",
        "apt",
        "univ",
        "assn",
        "ph",
        "al",
    }
)

# quotation marks written as HTML entities in scraped copy (quotemarks.py):
# closing, and opening (``&quot;`` either way)
_CLOSE_ENTITY = r"&(?:quot|rdquo|rsquo|#34|#39|#8221|#8217);"
_OPEN_ENTITY = r"&(?:quot|ldquo|lsquo|#34|#39|#8220|#8216);"
# (with the low-high „ and guillemets « » of German, French and Nordic copy)
_OPENER = rf"''|``|[\"“‘'(\[\x93\x91„«»]|{_OPEN_ENTITY}"
_POINT_FORM = (  # a point, then a capital (``\x93``, ``\x94``: cp1252 marks left as C1)
    rf"[.!?]+(?:[\"”’')\]\x94\x92“»«]|{_CLOSE_ENTITY})*"
    # up to two openers (``("We``, ``"[But]``), or an opener and an
    # ellipsis (``"... Some``): a follow-on quotation starts a sentence
    rf"(?=\s+(?:(?:{_OPENER}){{1,2}}(?:\.\.\.|…)[ \u00a0]?|(?:{_OPENER}){{0,2}})[A-Z0-9])"
)
_LINE_FORM = (  # a line break, then a quotation
    rf"(?<=[^\s.!?])[ \t\u00a0]*(?=\r?\n[ \t]*(?:[\"“]|{_OPEN_ENTITY}))"
)
# a bullet that opens a line of a list (Bloomberg's ``Here's what analysts
# say`` lists, a press release's highlights): ``- ``, ``• ``, ``* ``
_BULLET = r"[-•*–·▪][ \t\u00a0]"
_BULLET_FORM = (  # a line break, then a bullet
    rf"(?<=\S)[ \t\u00a0]*(?=\r?\n[ \t]*{_BULLET})"
)
_END_FORMS = f"{_POINT_FORM}|{_LINE_FORM}|{_BULLET_FORM}"
# Each form starts at a point or at a space or line break: the look-ahead
# turns the search away from any other character in one test, instead of
# after the second form's look-behind (the search ~2x faster; the same
# matches, tests/test_shortcuts.py).
_END = re.compile(rf"(?=[.!? \t\u00a0\r\n])(?:{_END_FORMS})")
# Most paragraphs hold no line break followed by a quotation mark, which
# the second form needs inside the region; there the first form alone finds
# the same ends (tests/test_shortcuts.py), and its search skips to the
# points in C: the pattern opens with a character class, not a look-ahead,
# and not ``[.!?]+`` either (a search cannot skip ahead to a repetition:
# ``[.!?][.!?]*``, the same form, makes the search another 1.7x faster).
assert _POINT_FORM.startswith("[.!?]+")
_POINT_END = re.compile("[.!?][.!?]*" + _POINT_FORM.removeprefix("[.!?]+"))
_QUOTED_LINE = re.compile(rf"\n[ \t]*(?:[\"“]|{_OPEN_ENTITY}|{_BULLET})")
_BULLET_LINE = re.compile(rf"\r?\n[ \t]*{_BULLET}")
_BULLET_AT = re.compile(rf"[ \t]*{_BULLET}")
_QUOTE_AFTER = re.compile(rf"\s+(?:''|``|[\"“\x93]|{_OPEN_ENTITY})")
# “Why now?” Ortiz asked. / “We won!” the mayor said.: an attribution right
# after a closing mark keeps the quotation in its sentence
# the speech verbs of the cue lexicon, but not their -ing forms
_SPEECH_VERBS = "|".join(
    sorted((f for f in SPEECH_FORMS if not f.endswith("ing")), key=len, reverse=True)
)
_DENYING = r"(?i:not|never|did|does|do|didn['’]t|doesn['’]t|don['’]t|declined|refused|to)"
_ATTRIBUTION_AFTER = re.compile(
    # (not a denial: "She did not elaborate.", "He declined to comment.")
    rf"\s+(?:(?!{_DENYING}\b)[\w.'’\-]+\s+){{0,6}}?"
    # (not a passive report of its own: "No deaths have been reported, police said.")
    r"(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bwas\s)(?<!\bwere\s)"
    rf"(?i:{_SPEECH_VERBS})\b"
    # (not a clause of its own after a time or a venue: "Jones said Tuesday
    # that ...", "Ames said in a note that ..." opens a new sentence)
    r"(?![^.,;:!?\n\"“”]{0,60}?\bthat\b)"
    # and nothing of its own after it: "Russia insisted that ..." is a new sentence
    # (not a colon: "“B.” She added: “C.”" introduces C)
    r"(?=\s*(?:[.,;!?]|$)|\s+(?:at|in|on|during|after|before|to|of|from|as|with|while|"
    r"when|then|later|again|afterward|quietly|softly|loudly|aloud|angrily|today|"
    r"yesterday|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    # a listener, then the end or a place or time: "asked voters at a rally"
    r"|\s+(?:him|her|them|us|me|[a-z]+s|(?:the|a)\s+\w+)"
    r"(?:\s*[.,;!?]|\s+(?:at|in|on|during|after|before|outside)\b)"
    # "“Why now?” asked Lena Ortiz.": a name closes the sentence
    r"|\s+(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*\s*[,;:!?.])"
)
# words that open a sentence and cannot go on a name after an initial or a
# dotted abbreviation ("the U.S. House" goes on, "the U.S. He said" does not)
_OPENER_AFTER = re.compile(
    r"\s+(?:He|She|It|They|We|I|The|This|These|Those|But|His|Its|Their|Our|There)\b(?![.’'\-])"
)
_DIGIT_AFTER = re.compile(r"\s*\d")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# the last word of a line, and the first letter of the quotation on the next
# a site's name with its top-level domain (``Realtor.com``, ``Dawn.com``):
# no abbreviation, so a point after it ends the sentence
_DOMAIN_NAME = re.compile(r"[A-Za-z]{2,}\.(?:com|org|net|gov|edu|io|info|biz|tv|ai|co\.uk|co\.in)")
_LAST_WORD = re.compile(r"(\w)[\w'’\-]*$")
_MARK_THEN_LETTER = re.compile(rf"\s*(?:''|``|[\"“\x93]|{_OPEN_ENTITY})(\w)")
# a company suffix ends its name, and the sentence too when a clause opens
# after it: "at Acme Corp. The company said", "Harbour Ltd. A spokesman
# said" end there; "Acme Corp. Chief Executive Jane Doe said" goes on (a
# title or a name after the suffix is no clause opener)
# abbreviations that also end sentences (``Acme Corp. The company said``,
# ``on Elm St. The chief said``, ``Tom Reyes Jr. Police said``, ``she would
# vote no. Her aide said``): a clause opener after them ends the sentence
_COMPANY_SUFFIXES = frozenset({"inc", "corp", "co", "ltd", "bros", "st", "jr", "sr", "no", "etc"})
_CLAUSE_AFTER_COMPANY = re.compile(
    r"\s+(?:He|She|It|They|We|I|The|This|These|Those|But|His|Her|Its|Their|Our|There|A|An"
    r"|Police|Officials|Authorities)"
    r"\b(?![.’'\-])"
)


# the zone after a clock time: "p.m. New York time", "a.m. EDT", "p.m. GMT"
# and AP's day or date after it ("about 11 p.m. Sunday", "at 6 a.m. Sept. 28",
# "at 2 a.m. Jan. 5"), Reuters' conversion in brackets ("2 a.m. (0000 GMT)"),
# and a zone written as a word ("8 p.m. Eastern near Cancun"): the clause goes
# on ("at 9 p.m. Sunday's game" is a possessive: a new sentence may open there)
_ZONE_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+\s+){1,3}time\b|[A-Z]{1,4}T\b(?![&.’'\-])|UTC\b"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?![’'\-])"
    r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d|(?:March|April|May|June|July)\s+\d"
    r"|\(\d{3,4}\s+(?:GMT|UTC|[A-Z]{2,4}T)\)"
    r"|(?:Eastern|Central|Mountain|Pacific)\b(?!\s+[A-Z])(?![’'\-]))"
)
# AP's state abbreviations, after a city and its comma ("Mayfield, Ky.")
_STATES = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich
    minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo""".split()
)
_CAPS_AFTER = re.compile(r"[ \u00a0]+(?:[A-Z0-9]{2}|[A-Z]\.|\d)")
_DIGIT_AFTER = re.compile(r"[ \u00a0]?\d")
_CITY_BEFORE = re.compile(r"[A-Z][\w.’'\-]*,\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")


# an outlet whose name holds an exclamation mark: "E! News", "Yahoo! Finance"
_BANG_NAME_TAIL = re.compile(
    r"[ \u00a0]+(?:News|Online|Entertainment|Finance|Sports|Life|Style|Movies|Music)\b"
)


def _bang_name(text: str, stop: int, floor: int) -> bool:
    """Whether the ``!`` at ``stop`` is part of an outlet's name (``E!
    News``), not a sentence end."""
    for name in ("E", "Yahoo"):
        at = stop - len(name)
        if (
            at >= floor
            and text.startswith(name, at)
            and (at == floor or not text[at - 1].isalnum())
            and _BANG_NAME_TAIL.match(text, stop + 1) is not None
        ):
            return True
    return False


# a web name closing a sentence: "Realtor.com", "Booking.com", "Dawn.com"
def _is_abbreviation(text: str, stop: int, floor: int) -> bool:
    """Whether the point at ``stop`` ends an abbreviation, not a sentence."""
    if text[stop] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(floor, stop - 12), stop)
    if m is None:
        return False
    word = m.group(1)
    if _DOMAIN_NAME.fullmatch(word):
        return False  # a web address ends its sentence: "according to Realtor.com. Prices fell"
    if "." in word or (len(word) == 1 and word.isupper()):
        # U.S., U.N., a.m.; an initial: John F. Kennedy. Both can end a
        # sentence: "in the U.S. He said", "at 3 p.m. The", "Plan B. It"
        if word.lower().endswith(("a.m", "p.m")):
            # "at 4:15 p.m. New York time", "at 9 a.m. EDT": the zone goes on
            return _ZONE_AFTER.match(text, stop + 1, stop + 40) is not None
        return _OPENER_AFTER.match(text, stop + 1, stop + 12) is None
    lowered = word.lower()
    if len(word) > 2 and word.isupper() and lowered not in _COMPANY_SUFFIXES:
        # an acronym ends its sentence ("settled with the SEC. Its shares",
        # "at 5 p.m. EST. The"): only in a line of capitals ("ST. LOUIS",
        # "GEN. ANA RUIZ") is the word an abbreviation
        return _CAPS_AFTER.match(text, stop + 1, stop + 12) is not None
    if word == "no":
        # "No. 5" abbreviates number; a lower-case "no" is the word: "she
        # would vote no. Lindqvist did too"
        return _DIGIT_AFTER.match(text, stop + 1, stop + 4) is not None
    if (
        word == "v"
        and text[max(floor, m.start(1) - 2) : m.start(1)].strip()[-1:].isalpha()
        and _CAPITAL_AFTER.match(text, stop + 1, stop + 4) is not None
    ):
        return True  # a case name: "Roe v. Wade", "Loper Bright Enterprises v. Raimondo"
    if (
        lowered in _STATES
        and word[:1].isupper()
        and _CITY_BEFORE.search(text, max(floor, m.start(1) - 40), m.start(1)) is not None
        and _CAPITAL_AFTER.match(text, stop + 1, stop + 4) is not None
    ):
        # "near Mayfield, Ky. Tillman said": a place closes the sentence
        return False
    if lowered in _COMPANY_SUFFIXES:
        return _CLAUSE_AFTER_COMPANY.match(text, stop + 1, stop + 12) is None
    if lowered == "sun" and text[max(floor, m.start(1) - 4) : m.start(1)].lower() == "the ":
        return False  # "a source told The Sun. A palace ...": the newspaper, no Sunday
    if word[:1].islower() and lowered in WORDS_WHEN_LOWER:
        return False  # "the patients were very ill.", "glaciers lost mass.": no state
    if lowered == "arc":
        # "Arc. Olumide Bello" (architect), but "Joan of Arc. The film":
        # a clause opener after it ends the sentence
        return _OPENER_AFTER.match(text, stop + 1, stop + 12) is None
    if lowered == "al" and text[max(floor, m.start(1) - 3) : m.start(1)] == "et ":
        # "by Hollis et al. The new study said": a sentence ends there too
        return _OPENER_AFTER.match(text, stop + 1, stop + 12) is None
    return lowered in ABBREVIATIONS


# abbreviations that are English words in lower case: AP writes the state
# (``Ill.``, ``Mass.``, ``Wash.``) and the day or month with a capital
WORDS_WHEN_LOWER = frozenset(
    "ill mass wash miss ore sun sat wed mar fig sec col del ind pa la mo arc apt".split()
)


def _is_hard_wrap(text: str, stop: int, boundary: int, floor: int) -> bool:
    """Whether the line break at ``stop`` (before an opening mark) wraps a
    sentence instead of ending it: the line ends mid-clause (a comma, colon
    or semicolon, or a lower-case word: ``said the cut was\n"bigger``), or the
    quotation goes on in lower case. A line that ends in a name or a number
    (``— Ana Ruiz\n“Next``) still ends its sentence."""
    before = text[stop - 1]
    if before in ",:;":
        return True
    m = _LAST_WORD.search(text, max(floor, stop - 40), stop)
    if m is not None and m.group(1).islower():
        return True
    after = _MARK_THEN_LETTER.match(text, boundary, boundary + 12)
    return after is not None and after.group(1).islower()


def _in_list(text: str, stop: int, floor: int) -> bool:
    """Whether the line that ends at ``stop``, over a line opening with a
    bullet, is a list's item too (it opens with a bullet) or the list's
    lead-in (it ends with a colon): each item is a sentence of its own."""
    line_start = max(floor, text.rfind("\n", floor, stop) + 1)
    return text[stop - 1] == ":" or _BULLET_AT.match(text, line_start, stop) is not None


def _opens_sentence(text: str, start: int, quote_start: int) -> bool:
    """Whether only space, an opening parenthesis or a dash stands between
    the sentence start and the quotation."""
    return quote_start - start < 4 and not text[start:quote_start].strip(" \t\n(—–-")


# the sort key of the quotations, with no Python frame per quotation
_START_OF = operator.attrgetter("start")


def split_sentences(text: str, region: Span, opaque: Sequence[Span] = ()) -> list[Span]:
    """Sentence spans of ``text[region]``; no boundary falls inside ``opaque``
    spans (quotations), though one may follow a closing mark."""
    sentences: list[Span] = []
    start = region.start
    region_end = region.end
    quotes = sorted(opaque, key=_START_OF)
    n_quotes = len(quotes)
    qi = 0
    longest = 0  # the longest sentence so far, to know when to cut
    ends = _END if _QUOTED_LINE.search(text, start, region_end) else _POINT_END
    for m in ends.finditer(text, start, region_end):
        stop, boundary = m.span()
        while qi < n_quotes and quotes[qi].end <= stop:
            qi += 1
        # past the loop, a quotation ``qi`` ends after ``stop``: the end is
        # inside it when it starts at or before ``stop``
        if qi < n_quotes and quotes[qi].start <= stop:
            if boundary <= quotes[qi].end:
                continue  # inside a quotation (a point that ends it, “We will.” She, counts)
            if _opens_sentence(text, start, quotes[qi].start) and _ATTRIBUTION_AFTER.match(
                text, boundary, min(region_end, boundary + 120)
            ):
                # “Why now?” Ortiz asked.: the attribution follows; but not
                # after a quotation inside a sentence of its own ("She wore a
                # shirt reading “No Cuts.” Parents yelled at the board.")
                continue
        if (
            text[stop] == "."
            and _is_abbreviation(text, stop, region.start)
            and not _QUOTE_AFTER.match(text, boundary, region_end)
        ):
            continue  # an abbreviation, unless a quotation opens after it: "S.C. “It ..."
        if text[stop] == "!" and _bang_name(text, stop, region.start):
            continue  # "told E! News that ...", "Yahoo! Finance": the name's mark
        bullet = text[stop] not in ".!?" and _BULLET_LINE.match(text, boundary) is not None
        if bullet and not _in_list(text, stop, region.start):
            continue  # a dash that opens a wrapped line is no bullet
        if (
            not bullet
            and text[stop] not in ".!?"
            and _is_hard_wrap(text, stop, boundary, region.start)
        ):
            continue  # a hard-wrapped line: said the cut was\n"bigger than ..."
        if boundary <= start:
            continue
        sentences.append(Span(start, boundary))
        longest = max(longest, boundary - start)
        start = boundary
        while start < region_end and text[start].isspace():
            start += 1
    if start < region_end:
        sentences.append(Span(start, region_end))
        longest = max(longest, region_end - start)
    if text.find("\n", region.start, region_end) >= 0:
        sentences = _split_heading_lines(text, sentences, quotes)
    if longest > MAX_SENTENCE:
        return _cap_length(text, sentences, quotes)
    return sentences


# an AP live page's lead-in alone at a line's end, after a dateline's dash
# or at the line's start: ``KYIV (AP) — Here's the latest:``, ``The latest:``
_LIVE_LEAD_IN = re.compile(
    r"(?:^|[—–]|--|\s-)\s*(?:Here(?:['’]s|\s+is)\s+(?:the\s+latest|what\s+(?:to|we)\s+know)"
    r"|The\s+latest|What\s+to\s+know|What\s+we\s+know)[ \t]*:[ \t]*$",
    re.MULTILINE,
)
# AP's headline that gives a claim to a name before a colon, opening a
# paragraph on a line of its own (``Ruiz: Harbor must pay``)
_NAME_COLON_HEADLINE = re.compile(
    r"[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){0,2}:[ \t]+[A-Z0-9][^\n:]{0,60}$"
)
# a line that opens a new sentence with an article or a subject pronoun
# (``The Chancellor has said``): after a line with no point that ends on a
# name or a number (a standfirst, a caption, a headline), the break ends
# the sentence; a hard wrap never puts ``The``/``She`` after a name
_OPENER_LINE = re.compile(r"(?:The|He|She|They|We|It|His|Her|Their|Its)[ \t]+[A-Za-z]")
# a heading's last word is no function word: a hard wrap often ends on one
_WRAP_WORDS = frozenset(
    "a an the of to and or in for on at by with from as that said says told".split()
)
_CLOSED_LINE = ".!?:\"”’')"


def _heading_breaks(text: str, start: int, end: int) -> list[int]:
    """The line breaks in ``text[start:end]`` that end a sentence with no
    point: after a live page's lead-in (``Here's the latest:``), and after an
    entry's headline, a short line with no closing point that opens after
    a line that closed its sentence (or after the lead-in), over a line at
    least twice as long that opens with a capital or a digit (``Russia
    pounds Kharkiv`` / ``Kharkiv Mayor Ihor Terekhov said ...``); so does
    a first line that is a name, a colon and a claim (``Ruiz: Harbor must
    pay``). A hard wrap fills its line, so no wrapped line is that short."""
    breaks: list[int] = []
    line_start = start
    after_close = False  # the line before closed its sentence
    first = True
    while True:
        nl = text.find("\n", line_start, end)
        if nl < 0:
            return breaks
        line = text[line_start:nl].rstrip()
        nxt = nl + 1
        while nxt < end and text[nxt] in " \t\r":
            nxt += 1
        next_end = text.find("\n", nxt, end)
        next_len = (end if next_end < 0 else next_end) - nxt
        # (the cheap tests first: most lines are a hard wrap's, long and
        # ending on a word or a point)
        lead_in = bool(line) and line[-1] == ":" and _LIVE_LEAD_IN.search(line) is not None
        if lead_in:
            breaks.append(line_start + len(line))
        elif line and line[-1].isalnum() and nxt < end and (first or after_close):
            last = line.rsplit(None, 1)[-1]
            if last.lower() not in _WRAP_WORDS and (
                # a name or number ending a line over a line that opens a
                # sentence ("... Mara Quint" / "The Chancellor said ...")
                (
                    (last[:1].isupper() or last.isdigit())
                    and _OPENER_LINE.match(text, nxt, end) is not None
                )
                # an entry's headline over a line twice as long
                or (
                    0 < len(line) * 2 <= next_len
                    and (text[nxt].isupper() or text[nxt].isdigit())
                    and (after_close or _NAME_COLON_HEADLINE.match(line) is not None)
                )
            ):
                breaks.append(line_start + len(line))
        # the next line opens after a closed line, a lead-in or a heading
        after_close = (
            lead_in
            or (bool(line) and line[-1] in _CLOSED_LINE)
            or (bool(breaks) and breaks[-1] == line_start + len(line))
        )
        line_start = nl + 1
        first = False


def _split_heading_lines(text: str, sentences: list[Span], quotes: Sequence[Span]) -> list[Span]:
    """``sentences`` cut after the heading lines inside them (``_heading_breaks``),
    never inside a quotation."""
    out: list[Span] = []
    for sentence in sentences:
        pos = sentence.start
        for cut in _heading_breaks(text, sentence.start, sentence.end):
            if cut <= pos or any(q.start < cut < q.end for q in quotes):
                continue
            out.append(Span(pos, cut))
            pos = _past_space(text, cut, sentence.end)
        if pos < sentence.end:
            out.append(Span(pos, sentence.end))
    return out


def _past_space(text: str, pos: int, end: int) -> int:
    """The first position from ``pos`` that holds no white space, or ``end``."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _cap_length(text: str, sentences: list[Span], quotes: Sequence[Span]) -> list[Span]:
    """Cut run-on "sentences" (a page with no full stops, adversarial input)
    into pieces of at most ``MAX_SENTENCE`` characters, at the last comma,
    semicolon or space, never inside a quotation. Attribution rules look at
    most one sentence at a time, so this keeps the whole parse linear."""
    starts = [q.start for q in quotes]
    out: list[Span] = []
    for sentence in sentences:
        pos = sentence.start
        while sentence.end - pos > MAX_SENTENCE:
            limit = pos + MAX_SENTENCE
            cut = max(text.rfind(sep, pos + 1, limit) for sep in (", ", "; ", " "))
            cut = limit if cut <= pos else cut + 1
            i = bisect.bisect_right(starts, cut) - 1
            if i >= 0 and quotes[i].start < cut < quotes[i].end:
                # never inside a quotation: cut before it, or after it when it opens the piece
                cut = quotes[i].start if quotes[i].start > pos else quotes[i].end
            cut = min(cut, sentence.end)
            out.append(Span(pos, cut))
            pos = _past_space(text, cut, sentence.end)
        if pos < sentence.end:
            out.append(Span(pos, sentence.end))
    return out

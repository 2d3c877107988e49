"""Wire datelines: ``LONDON, Nov 11 (Reuters) - `` and friends.

A dateline is the prefix of the first body paragraph that says where (and
sometimes when and by which wire) the story was filed. Its span runs from the
first character to the end of the separator after it, trailing spaces
included (``(Bloomberg) -- ``). The forms follow the wires' own style guides
and are listed, with an example each, in ``docs/frame.md``:

- agency first: ``(Bloomberg) -- ``, ``(ANSA) - ROME, NOV 11 - ``;
- date first, no place (UPI): ``Aug. 14 (UPI) -- ``, ``Aug. 14, 2025 (UPI) -- ``;
- place, optional date, agency marker, separator: ``WASHINGTON (AP) — ``,
  ``LONDON, Nov 11 (Reuters) - ``, ``NEW YORK, Nov. 11, 2024 /PRNewswire/ --
  ``, ``SAN JOSE, Calif.--(BUSINESS WIRE)--``, ``MOSCOW, Nov. 11. /TASS/. ``;
- no agency marker (1980s Reuters copy, newspapers): ``SALVADOR, Feb 26 - ``,
  ``BAGUIO, Philippines - ``, ``WASHINGTON — ``.

Year-less dates are resolved against an explicit anchor (the caller's
reference date or the article's published date), never against the clock.
An impossible date (``March 119``) or a misspelt month (``Narch 2``) keeps
the dateline but leaves ``date`` null and says so in a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from newsparse.lexicon.agencies import (
    AGENCY_ALIASES,
    canonical_agency,
    dateline_agency,
    is_wire_agency,
)
from newsparse.lexicon.credits import NAME_PARTICLES, NEWSPAPER_WORDS
from newsparse.model import Dateline, Span

__all__ = [
    "MONTHS",
    "MONTH_PATTERN",
    "WEEKDAYS",
    "Warn",
    "match_dateline",
    "month_number",
    "parse_dateline",
    "resolve_month_day",
    "resolve_weekday",
]

#: Called with a message and the span it is about.
Warn = Callable[[str, Span], None]


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    names = (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    )
    for number, aliases in enumerate(names, start=1):
        for alias in aliases:
            table[alias] = number
    return table


#: Month names and the abbreviations wire copy uses (AP: Jan., Feb., Aug.,
#: Sept., Oct., Nov., Dec.; Reuters: no points), lower-cased.
MONTHS: Mapping[str, int] = MappingProxyType(_month_table())

#: Weekday names and AP abbreviations, lower-cased, Monday = 0.
WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            (
                ("monday", "mon"),
                ("tuesday", "tue", "tues"),
                ("wednesday", "wed"),
                ("thursday", "thu", "thur", "thurs"),
                ("friday", "fri"),
                ("saturday", "sat"),
                ("sunday", "sun"),
            )
        )
        for name in names
    }
)

#: A month name or abbreviation in any letter case, without its point.
MONTH_PATTERN = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    r"(?![^\W\d_])"
)

# a space, and the HTML entities for a space and a dash left in scraped
# copy (``LONDON&nbsp;(Reuters)``, ``WASHINGTON (AP) &mdash; ``)
_S = r"(?:[ \t\u00a0]|&nbsp;|&\#160;)"  # ``\#``: no comment in a verbose pattern
_DASH = r"(?:-{1,3}|[\u2012-\u2015\u2212]|&[mn]dash;|&\#821[12];|&\#x201[34];)"
# a word of a place name: letters, inner points, apostrophes; a hyphen or a
# slash only between letters (WINSTON-SALEM, DALLAS/FORT WORTH), so that
# ``Calif.--(BUSINESS WIRE)`` stops before the dashes
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.]|[\-/](?=[^\W\d_])){0,24}(?![^\W\d_])"
#: A weekday name or AP abbreviation in any letter case, without its point.
#: The look-ahead for the first letters (``ſ`` is an ``s`` to ``(?i:)``)
#: turns most words away at one test, not one per alternative.
_WEEKDAY = (
    r"(?=[MTWFSmtwfsſ])(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![^\W\d_])"
)
# a word of a place after its first: never a weekday (``BRUSSELS, Tuesday
# (AFP)``: the day is the date, not a region)
_MORE_WORD = rf"(?!{_WEEKDAY}){_WORD}"
_REGION = rf"{_MORE_WORD}(?:{_S}{_MORE_WORD}){{0,3}}"
_MONTHISH = r"[^\W\d_]{3,9}(?![^\W\d_])\.?"

_LEAD = re.compile(
    rf"""
    (?:\((?P<paren>[^()\r\n]{{1,40}})\)|/(?P<slash>[^/\r\n]{{1,40}})/)
    (?P<sep>{_S}*{_DASH}{_S}*|{_S}*:{_S}*)
    """,
    re.VERBOSE,
)

# a capitalised code before a dash that is no month: ``Nov 11 AAP - ``
# names the agency; ``2 MARCH - `` is a date
_WIRE_CODES = "|".join(
    sorted(
        (
            alias.upper()
            for alias in AGENCY_ALIASES
            if alias.isalpha()
            and alias.isascii()
            and len(alias) <= 5
            and is_wire_agency(alias.upper())
        ),
        key=len,
        reverse=True,
    )
)
_CODE_BEFORE_DASH = rf"(?=[A-Z])(?:{_WIRE_CODES})(?![^\W\d_]){_S}*{_DASH}"
_CODE_AFTER_PLACE = re.compile(rf"(?P<place>.+?){_S}{{1,2}}(?P<code>{_WIRE_CODES})")

# an ordinal day, ``28th November`` (WAM, Bernama): the suffix is no part
# of the day
_ORDINAL = r"(?:(?<=1)st|(?<=2)nd|(?<=3)rd|th)?"
# a press release's date after its wire marker, with its own separator:
# ``CHICAGO (PRWEB) November 28, 2026 -- ``, ``NEW YORK--(BUSINESS
# WIRE)--Nov. 28, 2026--``, ``NEW YORK, NY / ACCESSWIRE / November 28, 2026 /
# ``; always with its year
_POST_DATE = rf"""
    (?:
        (?P<pmonth>{MONTH_PATTERN}\.?){_S}{{1,2}}(?P<pday>\d{{1,2}}){_ORDINAL},?{_S}{{1,2}}
        (?P<pyear>(?:19|20)\d\d)(?!\d)
        (?P<psep>{_S}*(?:{_DASH}|/){_S}*)
    )?
    """

# Newsfile's marker holds the release's date after a dash: ``Vancouver,
# British Columbia--(Newsfile Corp. - November 28, 2026) - ``
_MARKER_DATE = re.compile(
    rf"(?P<wire>[^()\r\n]+?){_S}+{_DASH}{_S}+(?P<pmonth>{MONTH_PATTERN}\.?){_S}{{1,2}}"
    rf"(?P<pday>\d{{1,2}}){_ORDINAL},?{_S}{{1,2}}(?P<pyear>(?:19|20)\d\d)"
)

# where a ship or a plane a dateline is written aboard is headed or lies
_ROUTE = rf"(?:en{_S}route{_S}to|off{_S}the{_S}coast{_S}of)"

_PLACE_DATE = rf"""
    \*{{0,6}}                             # a wire priority marker, ``****LONDON``
    (?P<location>
        (?P<city>{_WORD}(?:{_S}{{1,2}}(?:&{_S}{{1,2}})?{_MORE_WORD}){{0,5}})  # ``BOSTON & NEW YORK``
        (?:{_S}\((?P<pregion>{_REGION})\)(?={_S}*[(\[]))?  # AFP: ``Kherson (Ukraine) (AFP) - ``
        (?:{_S}\[(?P<bracket>[^\]\r\n]{{1,40}})\])?   # ANI: ``Bhopal (Madhya Pradesh) [India]``
        (?:{_S}?,{_S}{{0,2}}(?P<region>(?!{_ROUTE}){_REGION}(?:,{_S}{_REGION}){{0,2}}))?
        (?:,{_S}(?P<route>{_ROUTE}{_S}{_REGION}))?   # ``ABOARD AIR FORCE ONE, en route to Tokyo``
    )
    (?:
        (?P<pre>{_S}?,?{_S}*(?:{_DASH}{_S}*)?)
        (?:
            (?:(?P<wday>{_WEEKDAY})\.?,?{_S}{{1,2}})?   # ``Tuesday 11 November 2025``
            (?:
                (?P<month>{_MONTHISH}){_S}{{1,2}}(?P<day>\d[\dO]{{0,2}}){_ORDINAL}(?![\w])
              | (?P<dday>\d{{1,2}}){_ORDINAL}{_S}(?P<dmonth>(?!{_CODE_BEFORE_DASH}){_MONTHISH})
            )
            (?:,?{_S}?(?P<year>(?:19|20)\d\d)(?!\d))?
          | (?P<weekday>{_WEEKDAY})\.?                   # ``BRUSSELS, Tuesday (AFP)``
          | (?P<iso>(?:19|20)\d\d-\d\d-\d\d)(?![\d\-])          # ``2025-11-11``
          | (?P<numeric>\d{{1,2}}(?:/\d{{1,2}}/|\.\d{{1,2}}\.)(?:19|20)\d\d)(?![\d.\-/]\d)  # ``11/11/2025``
        )
    )?
    """
_DATELINE = re.compile(
    _PLACE_DATE
    + rf"""
    (?:
        (?:
            (?:{_S}*(?:{_DASH}{_S}*)?|(?P<wrap>{_S}*(?:\r\n|\r|\n){_S}*))  # a hard-wrapped line
            \((?P<paren>[^()\r\n]{{1,40}})\)
          | {_S}*\.?{_S}*/{_S}?(?P<slash>[A-Za-z][^/\r\n]{{0,39}})/
          | {_S}?,{_S}*(?P<signoff>(?i:reuters?))(?![^\W\d_])
          | {_S}{{1,2}}(?P<bare>[A-Z]{{2,5}})(?![^\W\d_])   # AAP: ``SYDNEY, Nov 11 AAP - ``
        )
        (?P<sep>{_S}*(?:[.:]{_S}*)?(?:{_DASH}{_S}*|(?<=[ \t\u00a0])_{_S}+)?)  # AP's 1990s ``(AP) _ ``
        {_POST_DATE}
      | (?P<dash>,?{_S}*(?:{_DASH}|:(?={_S})){_S}*)      # no agency: a dash, or a colon after a date
    )
    """,
    re.VERBOSE,
)
# the Indian press's colon form, ``NEW DELHI: ``: a place in capitals, a
# colon, and a story opening on a capital
_CAPS_WORD = r"[A-Z](?:[A-Z]|['’.]|-(?=[A-Z])){1,24}(?![^\W\d_])"
_COLON_FORM = re.compile(
    rf"\*{{0,6}}(?P<location>{_CAPS_WORD}(?:{_S}{_CAPS_WORD}){{0,3}}){_S}?:{_S}+(?=[A-Z])"
)
# the same in title case (``Mumbai: ``, ``New Delhi: ``; the Times of
# India's and Hindustan Times' house style): one to three capitalised words
_TITLE_WORD = r"[A-Z][a-z]{2,24}(?![^\W\d_])"
_TITLE_COLON_FORM = re.compile(
    rf"(?P<location>{_TITLE_WORD}(?:{_S}{_TITLE_WORD}){{0,2}}):{_S}+(?=[A-Z])"
)
# a speaker label in title case (``Holt: Good evening``) opening a line
_TITLE_SPEAKER_LINE = re.compile(
    r"^[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}:[ \t]", re.MULTILINE
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?:\s|$)")
# words that label a note, a picture or an explainer, never a place
_TITLE_COLON_LABELS = frozenset(
    {
        "pictured", "explained", "revealed", "inset", "above", "below", "left", "right",
        "top", "bottom", "file", "image", "images", "representational", "exclusive",
        "watch", "opinion", "analysis", "editorial", "comment", "letters", "question",
        "answer", "q", "a", "note", "notes", "update", "updates", "correction", "source",
        "agencies", "inputs", "edited", "reporting", "report", "story", "posted",
        "published", "updated", "written", "read", "also", "more",
    }
)  # fmt: skip
# a speaker label of a transcript or interview opening a later line
# (``HOLT: Good evening``): the colon form there is no dateline
_SPEAKER_LINE = re.compile(r"^[ \t]*[A-Z][A-Z.'’\- ]{1,30}:[ \t]", re.MULTILINE)
# labels in capitals before a colon, which open kickers and notes, not stories
_COLON_LABELS = frozenset(
    {
        "also", "advisory", "alert", "background", "breaking", "caption", "chart",
        "context", "credit", "disclaimer", "disclosure", "excerpt", "fact", "graphic",
        "highlights", "how", "interview", "latest", "listen", "map", "more", "photo",
        "poll", "quote", "read", "related", "review", "see", "source", "sources",
        "spoiler", "summary", "table", "tags", "topics", "transcript", "trigger",
        "warning", "what", "when", "where", "who", "why", "ps", "nb", "pps", "byline",
        # newspaper sections set as kickers
        "politics", "business", "sports", "sport", "world", "health", "science",
        "tech", "technology", "entertainment", "markets", "economy", "news", "local",
        "national", "nation", "culture", "lifestyle", "travel", "weather", "crime",
        "education", "environment", "climate", "money", "finance", "arts", "media",
        "books", "music", "film", "movies", "tv", "food", "style", "us", "u.s",
        "asia", "europe", "africa", "americas", "election", "elections", "courts",
        # the labels of a fact-check item (AP Fact Check's ``CLAIM:`` and
        # ``THE FACTS:``, ``VERDICT:``, ``RATING:``)
        "claim", "claims", "facts", "verdict", "rating", "ruling", "assessment",
        # the British tabloids' story labels (``REVEALED: ``, ``PICTURED: ``)
        "revealed", "pictured", "explained", "confirmed",
    }
)  # fmt: skip

# UPI's date-only form: ``Aug. 14 (UPI) -- ``, ``Aug. 14, 2025 (UPI) -- ``;
# no place, so the marker must be a known wire and a dash must follow
_DATE_FIRST = re.compile(
    rf"""
    (?P<month>{MONTH_PATTERN})\.?{_S}{{1,2}}(?P<day>\d{{1,2}})(?!\w)
    (?:,?{_S}?(?P<year>(?:19|20)\d\d)(?!\d))?
    {_S}*(?:\((?P<paren>[^()\r\n]{{1,40}})\)|/(?P<slash>[A-Za-z][^/\r\n]{{0,39}})/)
    (?P<sep>{_S}*{_DASH}{_S}*)
    """,
    re.VERBOSE,
)
# the same without agency markers, for ``MONTREAL, Feb 26 - (Acme Inc) said``
_PLAIN_DATELINE = re.compile(
    _PLACE_DATE + rf"(?P<dash>,?{_S}*(?:{_DASH}|:(?={_S})){_S}*)", re.VERBOSE
)

# first words that open ordinary sentences, never a dateline place
# ("Last month, ..." / "On Tuesday, March 3 - ...")
_NOT_A_PLACE = frozenset(
    {
        # prepositions, articles and time words
        "a", "after", "an", "and", "as", "at", "before", "but", "by", "during",
        "early", "for", "from", "in", "last", "late", "next", "of", "on", "since",
        "so", "then", "this", "through", "today", "tomorrow", "until", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        # story labels that precede a dash
        "update", "updated", "breaking", "exclusive", "corrected", "correction",
        "urgent", "flash", "alert", "watch", "live", "video", "photos", "analysis",
        "opinion", "editorial", "refile", "rpt", "brief", "newsalert", "factbox",
        "explainer", "file", "note", "editor's", "editor’s", "editors", "editors'",
        "editors’",
    }
)  # fmt: skip
# words of ordinary sentences that no place name ends with, even in copy
# that lower-cases a place's last word (``Buenos aires``, ``Mexico city``)
_SENTENCE_WORDS = _NOT_A_PLACE | frozenset(
    {
        "said", "says", "say", "told", "tells", "reported", "reports", "wrote",
        "added", "announced", "is", "are", "was", "were", "be", "been", "will",
        "would", "could", "should", "can", "may", "might", "must", "has", "have",
        "had", "did", "does", "do", "not", "met", "meets", "rose", "fell", "began",
        "ended", "opened", "closed", "agreed", "voted", "expects", "expected",
        "plans", "planned", "it", "he", "she", "they", "we", "who", "which",
        "that", "with", "to", "or", "its", "their", "his", "her",
    }
)  # fmt: skip
# the head of an AP feed's slug line (``BC-US--``, ``AP-FIN-``)
_SLUG_HEAD = re.compile(r"(?:BC|AP)-[A-Za-z]{1,4}")
# Getty Images caption style, ``WASHINGTON, DC - NOVEMBER 07: ...``
_GETTY_CAPTION = re.compile(rf"{MONTH_PATTERN}\.?{_S}\d{{1,2}}:")
# a marker that is not in the agency lexicon still counts when it names
# itself as a news outlet
# a US broadcast station's call letters in a local TV dateline (``(KZZT)``,
# ``(WQRX-TV)``); bodies with such initials are no station
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|CD|LD))?")
_NOT_CALL_SIGNS = frozenset({"WHO", "WTO", "WFP", "WWF", "WEF", "KGB", "WADA", "WMO", "WIPO"})
# an unlisted outlet's marker: one to three capitalised words
_OUTLET_MARKER = re.compile(r"[A-Z][A-Za-z&'’.\-]{1,24}(?:[ \u00a0][A-Z][A-Za-z&'’.\-]{0,24}){0,2}")
# a sentence's end inside a place: a lower-case letter, a full stop, the end
_SENTENCE_STOP = re.compile(r"[a-z]{2}\.\Z")
_NEWSY = re.compile(
    r"(?i:\b(?:news|newswire|wire|press|presse|agency|ag[eê]ncia|agence|tv|radio|times|post)\b)"
)
# a newspaper's own marker names it by its last word (``(Portmere Herald)``)
_PAPER_MARKER = re.compile(
    rf"(?:[A-Z][\w'’.&\-]*\s)+(?i:{'|'.join(NEWSPAPER_WORDS)})"
)


def month_number(name: str) -> int | None:
    """The month of a name or abbreviation in any case, or ``None``.

    >>> month_number("Sept."), month_number("MARCH"), month_number("Narch")
    (9, 3, None)
    """
    return MONTHS.get(name.lower().rstrip("."))


def _near_month(name: str) -> bool:
    """A misspelt month: one edit away from a month name (``Narch``,
    ``Marchg``, ``Mach``) or a longer prefix of one (``Marc``)."""
    word = name.lower().rstrip(".")
    for month in MONTHS:
        if len(month) >= 4 and len(word) >= 3 and month.startswith(word):
            return True
        if len(month) >= 4 and _one_edit(word, month):
            return True
    return False


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def resolve_month_day(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    """The date of ``month``/``day`` nearest to ``anchor``, never more than a
    few days after it; ``None`` without an anchor or for impossible dates.

    >>> resolve_month_day(12, 31, dt.date(2025, 1, 1))
    datetime.date(2024, 12, 31)
    >>> resolve_month_day(2, 30, dt.date(2025, 1, 1)) is None
    True
    """
    if anchor is None:
        return None
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate - anchor).days > 7:
            continue
        if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
            best = candidate
    return best


def resolve_weekday(weekday: int, anchor: dt.date | None) -> dt.date | None:
    """The last ``weekday`` (Monday = 0) on or before ``anchor``: wire copy
    uses a bare day name for the past week.

    >>> resolve_weekday(3, dt.date(2024, 11, 11))
    datetime.date(2024, 11, 7)
    """
    if anchor is None:
        return None
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _agency_of(marker: str) -> str | None:
    """The agency a dateline marker names, or ``None`` when it names none."""
    marker = marker.strip()
    if canonical_agency(marker) is not None:
        return dateline_agency(marker)
    known = dateline_agency(marker)
    if known is not None:
        return known
    if "/" in marker and marker.count("/") == 1:
        # a joint marker of papers running two wires (``(AP/Reuters)``,
        # ``(VNS/VNA)``) names the first known wire; the other part is a
        # wire too or a code in capitals
        parts = [part.strip() for part in marker.split("/")]
        wires = [dateline_agency(part) for part in parts]
        if any(wires) and all(
            wire is not None or re.fullmatch(r"[A-Z]{2,5}", part)
            for wire, part in zip(wires, parts, strict=True)
        ):
            return next(wire for wire in wires if wire is not None)
    if marker.lower().startswith("prnewswire-"):
        return "PR Newswire"  # a PR Newswire service: ``/PRNewswire-HISPANIC PR WIRE/``
    if _NEWSY.search(marker) and marker[:1].isupper() and ":" not in marker:
        return " ".join(marker.split())
    if _PAPER_MARKER.fullmatch(marker):
        return " ".join(marker.split())  # a newspaper's own marker: ``PORTMERE, Maine (Portmere Herald) — ``
    if _CALL_SIGN.fullmatch(marker) and marker not in _NOT_CALL_SIGNS:
        return marker  # a US station's call letters: ``WICHITA, Kan. (KZZT) — ``
    return None


def _lead_form(
    text: str, start: int, end: int, anchor: dt.date | None, warn: Warn | None
) -> Dateline | None:
    """``(Bloomberg) -- `` and ``(ANSA) - ROME, NOV 11 - ``."""
    m = _LEAD.match(text, start, end)
    if m is None:
        return None
    agency = _agency_of(m.group("paren") or m.group("slash"))
    if agency is None:
        return None
    dateline = Dateline(text=m.group(0), span=Span(m.start(), m.end()), agency=agency)
    rest = _place_form(text, m.end(), end, anchor, warn)
    # ANSA's ``(ANSA) - ROME, MAR 4 - ``: the place in capitals after the
    # marker is the dateline's whether its date resolves or not
    if rest is not None and rest.agency is None and (rest.date is not None or _capitals_place(rest)):
        span = Span(m.start(), rest.span.end)
        return Dateline(
            text=text[span.start : span.end],
            span=span,
            location=rest.location,
            date=rest.date,
            agency=agency,
            city=rest.city,
            region=rest.region,
        )
    return dateline


def _capitals_place(dateline: Dateline) -> bool:
    """A dateline's place written in capitals (``ROME``), no sentence's."""
    city = dateline.city or ""
    return city.isupper() and len(city) >= 3


def _place_form(
    text: str, start: int, end: int, anchor: dt.date | None, warn: Warn | None
) -> Dateline | None:
    m = _DATELINE.match(text, start, end)
    if m is None:
        return None
    marker = m.group("paren") or m.group("slash") or m.group("signoff") or m.group("bare")
    post_month = m.groupdict().get("pmonth")
    post_day, post_year = m.groupdict().get("pday"), m.groupdict().get("pyear")
    dated = _MARKER_DATE.fullmatch(marker) if m.group("paren") and not post_month else None
    if dated is not None and _agency_of(dated.group("wire")) is not None:
        marker = dated.group("wire")
        post_month, post_day, post_year = dated.group("pmonth", "pday", "pyear")
    agency = _agency_of(marker) if marker else None
    if agency is None and m.group("paren") and _unlisted_wire(m):
        agency = " ".join(m.group("paren").split())
    if m.group("bare") and not (m.group("day") or m.group("dday")):
        agency = None  # a bare agency code only after a date
    if marker and agency is None:
        # ``MONTREAL, Feb 26 - (Acme Inc) said``: the parentheses are the story's
        m = _PLAIN_DATELINE.match(text, start, end)
        if m is None:
            return None
    city = m.group("city")
    if m.groupdict().get("route") is not None and city.split()[0].lower() != "aboard":
        return None  # only a dateline written aboard a plane or a ship
    if m.groupdict().get("wrap") is not None and (agency is None or not city.isupper()):
        # ``PORTMERE, Maine\n(AP) — ``: a dateline wrapped over a line break
        # only with its place in capitals and a wire's marker, never a
        # headline over an agency-first line
        return None
    if _SLUG_HEAD.fullmatch(city):
        return None  # an AP slug's head, ``BC-US--Port-Strike``: no place
    region = m.group("region") if m.group("region") is not None else m.group("pregion")
    first_word = city.split()[0]
    month_name = m.group("month") or m.group("dmonth")
    if m.group("location").islower():
        # copy lower-cased whole (``washington, nov 11 (reuters) - ``): only
        # with a date and a known wire's parenthesised marker, and no
        # sentence word in the place
        if not (month_name and m.group("paren") and agency and _lower_place(m.group("location"))):
            return None
    elif not _capitalised_place(city, first_word, region):
        return None
    if m.group("pregion") is not None and canonical_agency(m.group("pregion")) is not None:
        return None  # two markers, no region
    if canonical_agency(city) is not None and region is None and (marker or not month_name):
        # ``The Associated Press (AP) - ...`` and ``REUTERS - `` name no place;
        # a dated ``ZUMA, Jan 1 - `` does, and so does a town with its region
        # (``SPA, Belgium (AP) - ``): a town can share an agency's name
        return None

    month = month_number(month_name) if month_name else None
    # a misspelt month only after the comma that announces a date
    if month_name and month is None and ("," not in m.group("pre") or not _near_month(month_name)):
        return None

    after = text[m.end()] if m.end() < end else "\n"
    if agency is None:
        if not _plain_dateline(m, city, first_word, after):
            return None
        if _GETTY_CAPTION.match(text, m.end(), end):
            return None
    elif not post_month and not _marker_separated(m, city, after):
        return None

    location: str | None = m.group("location")
    if (
        month_name
        and region is None
        and m.group("bracket") is None
        and city.rstrip(".").lower() in WEEKDAYS
    ):
        # HealthDay's ``FRIDAY, Nov. 29, 2024 (HealthDay News) -- ``: the
        # day of the week before the date names no place
        location = city = None
    elif agency is None and region is None and m.group("bracket") is None:
        # ``SYDNEY AAP - ``: a wire's code after the place, with no parentheses
        coded = _CODE_AFTER_PLACE.fullmatch(city)
        if coded is not None and coded.group("place").isupper():
            location = city = coded.group("place")
            agency = canonical_agency(coded.group("code"))
    where = Span(m.start("location"), m.end())
    day_text = m.group("day") or m.group("dday")
    if m.group("weekday"):
        date_text = _resolve_weekday_name(m.group("weekday"), where, anchor, warn)
    elif m.group("iso") or m.group("numeric"):
        date_text = _numeric_date(m.group("iso"), m.group("numeric"), where, warn)
    elif post_month and not month_name:
        date_text = _resolve(
            post_month,
            post_day or "",
            post_year,
            month_number(post_month),
            where,
            anchor,
            warn,
        )
    else:
        date_text = _resolve(month_name, day_text, m.group("year"), month, where, anchor, warn)
    return Dateline(
        text=m.group(0),
        span=Span(m.start(), m.end()),
        location=location,
        date=date_text,
        agency=agency,
        city=city,
        region=region if region is not None else m.group("bracket"),
    )


def _unlisted_wire(m: re.Match[str]) -> bool:
    """An outlet's marker not in the lexicon in the full wire shape, ``CITY,
    Mon. D (Outlet) -- ``: a place in capitals, a written date, one to
    three capitalised words in the parentheses and a dash after them
    (``ASTANA, Nov. 28 (Kazinform) -- ``)."""
    city = m.group("city")
    return (
        bool(m.group("month") or m.group("dmonth"))
        and month_number(m.group("month") or m.group("dmonth")) is not None
        and city.isupper()
        and sum(c.isalpha() for c in city) >= 3
        and re.search(_DASH, m.group("sep")) is not None
        and _OUTLET_MARKER.fullmatch(m.group("paren")) is not None
    )


def _capitalised_place(city: str, first_word: str, region: str | None) -> bool:
    """A place with its first word and region capitalised, its words those
    of a place (``_place_words``)."""
    if not first_word[:1].isupper() or (region is not None and not region[:1].isupper()):
        return False
    return _place_words(city) and (region is None or _place_words(region))


def _lower_place(place: str) -> bool:
    """Whether a lower-cased place reads as one (``new york``, ``rio de
    janeiro``): no word of an ordinary sentence, no particle first or last."""
    for part in place.split(","):
        words = part.split()
        if not words or words[0] in NAME_PARTICLES or words[-1] in NAME_PARTICLES:
            return False
        if any(word.strip(".") in _SENTENCE_WORDS for word in words):
            return False
    return True


def _place_words(place: str) -> bool:
    """Whether the words of a place (or of one of its comma-separated
    parts) can name a place: capitalised, with lower-case particles inside
    (``Rio de Janeiro``, ``Trinidad and Tobago``) and, as the last word
    only, one lower-cased word that is not a sentence word (``Buenos aires``,
    ``Mexico city``, but not ``Ministers met``, ``Talks on``)."""
    for part in place.split(","):
        words = part.split()
        for i, word in enumerate(words):
            if not word[:1].islower():
                continue
            lowered = word.lower()
            last = i == len(words) - 1
            if lowered in NAME_PARTICLES or lowered == "and":
                if last:
                    return False  # a place never ends with a particle
            elif not last or i == 0 or lowered.strip(".") in _SENTENCE_WORDS:
                return False
    return True


def _marker_separated(m: re.Match[str], city: str, after: str) -> bool:
    """The checks for a dateline with an agency marker. A sign-off agency in
    the dateline (``ROME, March 12, Reuter - ``) needs a date and a dash:
    ``The levy would stay, Reuters reported`` is a sentence. A marker with
    no separator after it (``New Delhi, Nov 11 (PTI) ``) needs a date, a
    place in capitals or the end of the line: ``Acme told Reuters (Reuters)
    it would ...`` is a sentence."""
    sep = m.group("sep")
    has_date = bool(
        m.group("month")
        or m.group("dmonth")
        or m.group("weekday")
        or m.group("iso")
        or m.group("numeric")
    )
    dashed = re.search(_DASH, sep) is not None
    if m.group("signoff") or m.group("bare"):
        return has_date and dashed
    if dashed or ":" in sep or "." in sep:
        return True
    if not sep and not after.isspace():
        return False
    capitals = city.isupper() and sum(c.isalpha() for c in city) >= 3
    if has_date or capitals:
        return True
    # a marker ending its line after a place in mixed case: not after a
    # sentence end (``Const. Amy Lee. (Global News)`` is a caption's)
    return after in "\r\n" and not _SENTENCE_STOP.search(city)


def _plain_dateline(m: re.Match[str], city: str, first_word: str, after: str) -> bool:
    """The checks for a dateline with no agency marker (``SALVADOR, Feb 26 -
    ``): a dash set off by spaces (``--`` and long dashes may touch the
    story), a place that does not open an ordinary sentence, and a date
    unless the place is in capitals (``WASHINGTON — ``)."""
    dash = m.group("dash")
    if dash is None:
        return False
    has_date = bool(m.group("month") or m.group("dmonth") or m.group("iso") or m.group("numeric"))
    if dash.strip(", \t\u00a0") == ":":
        # the South Asian press's ``KATHMANDU, Nov 29: `` / ``Islamabad, Nov
        # 29: ``: a colon only after a place, a comma and a written date,
        # before a story opening on a capital
        return (
            bool(m.group("month") or m.group("dmonth"))
            and "," in m.group("pre")
            and after.isupper()
            and first_word.strip(".").lower() not in _NOT_A_PLACE
            and city.rstrip(".").lower() not in WEEKDAYS
        )
    if dash.strip(", \t\u00a0") == "-":
        # a lone hyphen must not join two words: spaced on both sides, or,
        # after a date, on one side or at the end of the line
        spaced_before = dash[:1] in " \t\u00a0,"
        spaced_after = dash[-1:].isspace() or after.isspace()
        if not (spaced_before and spaced_after) and not (
            has_date and (spaced_before or spaced_after)
        ):
            return False
    if first_word.strip(".").lower() in _NOT_A_PLACE:
        return False
    return has_date or (city.isupper() and sum(c.isalpha() for c in city) >= 3)


def _date_form(
    text: str, start: int, end: int, anchor: dt.date | None, warn: Warn | None
) -> Dateline | None:
    """UPI's ``Aug. 14 (UPI) -- `` and ``Aug. 14, 2025 (UPI) -- ``: a date,
    a known wire's marker and a dash; ``location`` is null."""
    m = _DATE_FIRST.match(text, start, end)
    if m is None:
        return None
    marker = (m.group("paren") or m.group("slash")).strip()
    agency = dateline_agency(marker)
    if agency is None:
        return None
    where = Span(m.start(), m.end())
    month = month_number(m.group("month"))
    date_text = _resolve(
        m.group("month"), m.group("day"), m.group("year"), month, where, anchor, warn
    )
    return Dateline(text=m.group(0), span=where, date=date_text, agency=agency)


def _numeric_date(
    iso: str | None, numeric: str | None, where: Span, warn: Warn | None
) -> str | None:
    """A date in figures: ISO ``2025-11-11``, or ``11/11/2025`` (``.`` too)
    when day and month cannot be swapped (equal, or one above 12); an
    ambiguous (``3/4/2025``) or impossible one is left null with a warning."""
    if iso:
        parts = [int(p) for p in iso.split("-")]
        candidates = {(parts[0], parts[1], parts[2])}
    else:
        assert numeric is not None
        first, second, year = (int(p) for p in re.split(r"[./]", numeric))
        candidates = {(year, second, first), (year, first, second)}
    dates = set()
    for year, month, day in candidates:
        try:
            dates.add(dt.date(year, month, day))
        except ValueError:
            continue
    if len(dates) == 1:
        return dates.pop().isoformat()
    if warn:
        problem = "is ambiguous (day or month first)" if dates else "is not a valid date"
        warn(f"dateline date {iso or numeric} {problem}; date left unknown", where)
    return None


def _resolve_weekday_name(
    name: str, where: Span, anchor: dt.date | None, warn: Warn | None
) -> str | None:
    """The date a weekday-only dateline (``BRUSSELS, Tuesday (AFP) - ``)
    means: that day on or before the anchor; without one, ``None`` and a
    warning."""
    resolved = resolve_weekday(WEEKDAYS[name.lower()], anchor)
    if resolved is None:
        if warn:
            warn(f"dateline day {name} has no reference date to resolve it", where)
        return None
    return resolved.isoformat()


def _resolve(
    month_name: str | None,
    day_text: str,
    year: str | None,
    month: int | None,
    where: Span,
    anchor: dt.date | None,
    warn: Warn | None,
) -> str | None:
    """The date a dateline writes at ``where``, resolved, or ``None`` (with
    a warning when it is misspelt, impossible or cannot be resolved)."""
    if not month_name:
        return None
    if month is None or not day_text.isdigit():
        if warn:
            warn(f"dateline date {month_name} {day_text!s} is misspelt; date left unknown", where)
        return None
    day = int(day_text)
    resolved: dt.date | None = None
    if year:
        try:
            resolved = dt.date(int(year), month, day)
        except ValueError:
            resolved = None
    elif anchor is not None:
        resolved = resolve_month_day(month, day, anchor)
    elif 1 <= day <= 31:
        if warn:
            warn("dateline date has no year and no reference date to resolve it", where)
        return None
    if resolved is None:
        if warn:
            warn(f"dateline date {month_name} {day_text} is not a valid date", where)
        return None
    return resolved.isoformat()


def match_dateline(
    text: str,
    start: int,
    end: int,
    anchor: dt.date | None = None,
    warn: Warn | None = None,
) -> Dateline | None:
    """The dateline at ``text[start:]`` (not reaching past ``end``), if any.

    ``anchor`` resolves a year-less date; ``warn(message, span)`` hears
    about dates that could not be resolved.
    """
    if start >= end:
        return None
    first = text[start]
    if first in "(/":
        return _lead_form(text, start, end, anchor, warn)
    if not first.isalpha() and first != "*":
        return None
    found = _place_form(text, start, end, anchor, warn)
    if found is None and first.isalpha():
        found = _date_form(text, start, end, anchor, warn)
    if found is None:
        found = _colon_form(text, start, end)
    return found


def _sentence_case(text: str, start: int, end: int) -> bool:
    """Whether the words after ``start`` read as a sentence: after its first
    word, most of the next seven are in lower case."""
    words = text[start : min(end, start + 200)].split()[1:8]
    if len(words) >= 3 and sum(w[:1].islower() for w in words) * 2 > len(words):
        return True
    # a lede opening on a long title and name (``Manpower Minister Jo Tan
    # said the ...``): four lower-case words that title case would
    # capitalise, among the first sixteen
    more = text[start : min(end, start + 300)].split()[1:16]
    if sum(w[:1].islower() and w not in _TITLE_CASE_SMALL for w in more) >= 4:
        return True
    # a short lede whose cue is in lower case (``Jo Tan said on Friday (Nov
    # 28): "..."``): title case would write ``Said``
    return any(w in _LOWER_CUES for w in more[:6])


# the reporting verbs a sentence writes in lower case
_LOWER_CUES = frozenset({"said", "says", "told", "added", "announced"})


# the short words a headline in title case leaves in lower case
_TITLE_CASE_SMALL = frozenset(
    "a an the of in on at to for by and or but nor with from as into via vs vs. per".split()
)


def _colon_form(text: str, start: int, end: int) -> Dateline | None:
    """``NEW DELHI: `` (Indian press): a place in capitals of three letters
    or more, no story label (``UPDATE:``, ``WATCH:``), and no transcript
    around it (``HOLT: Good evening``, with more speaker lines after)."""
    m = _COLON_FORM.match(text, start, end)
    if m is None:
        return _title_colon_form(text, start, end)
    location = m.group("location")
    words = [w.strip(".").lower() for w in location.split()]
    if sum(c.isalpha() for c in location) < 3 or any(
        w in _NOT_A_PLACE or w in _COLON_LABELS or w in _SENTENCE_WORDS for w in words
    ):
        return None
    if canonical_agency(location) is not None:
        return None  # ``AP:`` / ``REUTERS:`` credit a source, not a place
    if not _sentence_case(text, m.end(), end):
        return None  # ``BOOM: Trump Just Fired ...``: a kicker before a headline
    if _SPEAKER_LINE.search(text, max(0, start - 3000), start) or _SPEAKER_LINE.search(
        text, end, min(len(text), end + 3000)
    ):
        return None
    return _place_only(m, location)


def _place_only(m: re.Match[str], location: str) -> Dateline:
    """A dateline of a place and its colon, with no date and no agency."""
    return Dateline(
        text=m.group(0), span=Span(m.start(), m.end()), location=location, city=location
    )


def _title_colon_form(text: str, start: int, end: int) -> Dateline | None:
    """``Mumbai: `` (the Indian press in title case): a place of one to
    three capitalised words, no label (``Pictured:``, ``Explained:``), a
    story in sentence case that ends a sentence on its line (a headline
    ``Shinde: State will get projects`` ends on none) and, as the text's
    first paragraph over more, runs to fifteen words or more, and no
    speaker label opening any other line."""
    m = _TITLE_COLON_FORM.match(text, start, end)
    if m is None:
        return None
    location = m.group("location")
    words = [w.lower() for w in location.split()]
    if any(
        w in _NOT_A_PLACE or w in _COLON_LABELS or w in _SENTENCE_WORDS or w in _TITLE_COLON_LABELS
        for w in words
    ) or month_number(words[0]) is not None:
        return None
    if canonical_agency(location) is not None or dateline_agency(location) is not None:
        return None
    line_end = text.find("\n", m.end(), end)
    line = text[m.end() : end if line_end < 0 else line_end].rstrip()
    if not _SENTENCE_END.search(line):
        return None  # a headline's ``Name: quote``
    if not text[:start].strip() and text[end:].strip() and len(line.split()) < 15:
        # the text's first paragraph over more: a short one is a headline
        # (``Trump: My plans aren't set in stone.``), a dateline's lede longer
        return None
    if not _sentence_case(text, m.end(), end):
        return None
    before = 0
    for after, window in enumerate(
        ((max(0, start - 3000), start), (m.end(), min(len(text), end + 3000)))
    ):
        for label in _TITLE_SPEAKER_LINE.finditer(text, *window):
            label_words = label.group(0).strip(" \t:").lower().split()
            if any(
                w in _COLON_LABELS or w in _TITLE_COLON_LABELS or w in _NOT_A_PLACE
                for w in label_words
            ):
                continue
            stop = text.find("\n", label.end())
            said = _SENTENCE_END.search(text, label.end(), len(text) if stop < 0 else stop)
            before += 1
            if after or before > 1 or said:
                # a transcript's speaker labels (``Holt: Good evening``); one
                # line before is a headline's ``Shinde: State will ...``
                return None
    return _place_only(m, location)


def parse_dateline(text: str, reference_date: dt.date | None = None) -> Dateline | None:
    """Parse a dateline given on its own (or the start of a story).

    ``reference_date`` resolves a year-less date; without it such a date is
    left null.

    >>> parse_dateline("LONDON (Reuters) - ").agency
    'Reuters'
    >>> d = parse_dateline("BOCA RATON, Fla., Nov. 11 (AP) — ", dt.date(2024, 11, 12))
    >>> d.city, d.region, d.date
    ('BOCA RATON', 'Fla.', '2024-11-11')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_dateline() expects str, got {type(text).__name__}")
    start = len(text) - len(text.lstrip("\ufeff").lstrip())  # a byte-order mark too
    return match_dateline(text, start, len(text), reference_date)

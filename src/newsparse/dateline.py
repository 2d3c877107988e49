"""Wire datelines: ``LONDON, Nov 11 (Reuters) - `` and friends.

A dateline is the prefix of the first body paragraph that says where (and
sometimes when and by which wire) the story was filed. The forms follow the
wires' own style guides; see ``docs/frame.md``.
"""

from __future__ import annotations

import datetime as dt
import re

from newsparse.lexicon.agencies import canonical_agency
from newsparse.model import Dateline, Span

__all__ = ["MONTHS", "match_dateline", "parse_dateline", "resolve_month_day"]

#: Month names and the abbreviations wire copy uses (AP: Jan., Feb., Aug.,
#: Sept., Oct., Nov., Dec.; Reuters: no points), lower-cased.
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
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
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_MONTH_RE = r"(?:[Jj]an(?:uary)?|[Ff][Ee]b(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)"
_DASH = r"(?:-{1,3}|–|—)"
_WORD = r"[^\W\d_][^\W\d_'’.\-]*\.?"
_LOCATION = rf"(?P<location>(?P<city>{_WORD}(?:[ \-]{_WORD}){{0,4}})(?:,[ \u00a0](?P<region>{_WORD}(?:[ .]{_WORD}){{0,3}}))?)"
_DATE = rf"(?P<month>{_MONTH_RE})\.?[ \u00a0]+(?P<day>\d{{1,3}})(?:,[ \u00a0]*(?P<year>\d{{4}}))?"


def _agency(tag: str) -> str:
    return rf"(?:\((?P<agency{tag}>[^()\n]{{1,40}})\)|/(?P<slash{tag}>[A-Za-z][A-Za-z .]{{1,30}})/)"


_DATELINE = re.compile(
    rf"""
    (?:
        {_agency("1")}[ \u00a0]*{_DASH}[ \u00a0]*                       # (Bloomberg) --
      | {_LOCATION}
        (?:,[ \u00a0]*{_DATE})?
        (?:[ \u00a0]*{_DASH}?[ \u00a0]*{_agency("2")}[ \u00a0]*{_DASH}[ \u00a0]*  # (AP) —
          | [ \u00a0]+{_DASH}[ \u00a0]+                                 # SALVADOR, Feb 26 -
        )
    )
    """,
    re.VERBOSE,
)


def resolve_month_day(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    """The date of ``month``/``day`` nearest to ``anchor``, never more than a
    few days after it; ``None`` without an anchor or for impossible dates.

    >>> resolve_month_day(12, 31, dt.date(2025, 1, 1))
    datetime.date(2024, 12, 31)
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


def match_dateline(
    text: str, start: int, end: int, anchor: dt.date | None, warnings: list[str]
) -> Dateline | None:
    """The dateline at ``text[start:]`` (not reaching past ``end``), if any."""
    m = _DATELINE.match(text, start, end)
    if m is None:
        return None
    groups = m.groupdict()
    agency_raw = next(
        (groups[g] for g in ("agency1", "slash1", "agency2", "slash2") if groups.get(g)), None
    )
    agency = canonical_agency(agency_raw) if agency_raw else None
    if agency_raw and agency is None:
        return None
    location = groups.get("location")
    if location is not None and not location[:1].isupper():
        return None
    date_text: str | None = None
    month_name = groups.get("month")
    if month_name:
        month = MONTHS.get(month_name.lower().rstrip("."), 0)
        day = int(groups["day"])
        year = groups.get("year")
        resolved: dt.date | None = None
        if year:
            try:
                resolved = dt.date(int(year), month, day)
            except ValueError:
                resolved = None
        else:
            resolved = resolve_month_day(month, day, anchor)
            if resolved is None and anchor is None:
                warnings.append("dateline date has no year and no reference date to resolve it")
        if resolved is None and (year or anchor is not None):
            warnings.append(f"dateline date {m.group(0).strip()!r} is not a valid date")
        date_text = resolved.isoformat() if resolved else None
    return Dateline(
        text=m.group(0),
        span=Span(m.start(), m.end()),
        location=location,
        date=date_text,
        agency=agency,
        city=groups.get("city"),
        region=groups.get("region"),
    )


def parse_dateline(text: str, reference_date: dt.date | None = None) -> Dateline | None:
    """Parse a dateline given on its own.

    >>> parse_dateline("LONDON (Reuters) - ").agency
    'Reuters'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_dateline() expects str, got {type(text).__name__}")
    return match_dateline(text, 0, len(text), reference_date, [])

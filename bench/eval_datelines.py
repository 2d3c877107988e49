"""Dateline accuracy on real 1987 Reuters copy (not a test).

    python bench/eval_datelines.py ../shared/eval/reuters21578/dev.jsonl [--misses N]

Each record's ``text`` (dateline, body and, usually, the ``Reuter`` sign-off)
goes through ``newsparse.parse_article`` with the record's own wire time as
``reference_date``, so year-less datelines (``SALVADOR, Feb 26 - ``) resolve
to 1987. The script prints, for the records the gold does not flag:

- location exact match: ``Dateline.location`` equals the gold ``location``;
- date exact match: ``Dateline.date`` equals 1987-MM-DD of the gold
  ``month_day``;
- city and region exact match (the gold's split of the location), and the
  agency read from the dateline marker or, failing that, the sign-off trailer.

Records the gold flags (``date_typo``, ``not_a_dateline``, ``no_date`` ...:
the original data's noise, about 0.4%) are left out of the accuracy and
reported apart, per flag: for them the right answer is the gold location and
*no* date when the date is misspelt or missing (``March 119`` must give a
warning, not a wrong date). The data is read from the path given, never
copied.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import newsparse
from newsparse.dateline import month_number
from newsparse.lexicon.agencies import canonical_agency

TARGET = 0.995
_NO_DATE_FLAGS = {"date_typo", "no_date", "not_a_dateline"}


def _reference(record: dict[str, Any]) -> dt.date:
    """The wire time of the record (``26-FEB-1987 15:01:01.79``)."""
    day = record["date"].split()[0]
    return dt.datetime.strptime(day.title(), "%d-%b-%Y").date()


def _gold_date(month_day: str | None) -> str | None:
    if not month_day:
        return None
    first, second = month_day.split()[:2]
    if first.isdigit():
        first, second = second, first
    month = month_number(first)
    if month is None or not second.isdigit():
        return None
    try:
        return dt.date(1987, month, int(second)).isoformat()
    except ValueError:
        return None


def _agency(article: newsparse.Article) -> str | None:
    if article.dateline is not None and article.dateline.agency:
        return article.dateline.agency
    for trailer in article.trailers:
        if trailer.kind == "signoff":
            return canonical_agency(trailer.text.strip(" .^M"))
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="reuters21578 JSON Lines file")
    parser.add_argument("--misses", type=int, default=15, help="how many commonest misses to show")
    args = parser.parse_args(argv)

    n = loc_ok = date_ok = city_ok = region_ok = agency_ok = 0
    loc_misses: Counter[tuple[str, str]] = Counter()
    date_misses: Counter[tuple[str, str]] = Counter()
    flagged: Counter[str] = Counter()
    flagged_ok: Counter[str] = Counter()
    chars = 0
    started = time.perf_counter()
    with args.path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold = record["gold"]
            text = record["text"]
            chars += len(text)
            article = newsparse.parse_article(text, reference_date=_reference(record))
            dateline = article.dateline
            location = dateline.location if dateline else None
            date = dateline.date if dateline else None
            if gold["flags"]:
                for flag in gold["flags"]:
                    flagged[flag] += 1
                    want_date = None if flag in _NO_DATE_FLAGS else _gold_date(gold["month_day"])
                    flagged_ok[flag] += location == gold["location"] and date == want_date
                continue
            n += 1
            loc_ok += location == gold["location"]
            city_ok += (dateline.city if dateline else None) == gold["city"]
            region_ok += (dateline.region if dateline else None) == gold["region"]
            agency_ok += _agency(article) == gold["agency"]
            want = _gold_date(gold["month_day"])
            date_ok += date == want
            if location != gold["location"]:
                loc_misses[(str(gold["location"]), str(location))] += 1
            if date != want:
                date_misses[(f"{gold['month_day']} -> {want}", str(date))] += 1
    elapsed = time.perf_counter() - started

    print(f"clean records (no gold flag): {n}")
    for label, ok in (("location", loc_ok), ("date", date_ok)):
        verdict = "meets" if ok / n >= TARGET else "below"
        print(f"  {label:9} exact match: {ok}/{n} = {ok / n:.2%} ({verdict} {TARGET:.1%})")
    print(f"  city      exact match: {city_ok}/{n} = {city_ok / n:.2%}")
    print(f"  region    exact match: {region_ok}/{n} = {region_ok / n:.2%}")
    print(f"  agency (marker, else sign-off): {agency_ok}/{n} = {agency_ok / n:.2%}")
    print("flagged records, left out above (right = gold location, and no date if none):")
    for flag, count in sorted(flagged.items()):
        print(f"  {flag:28} {flagged_ok[flag]}/{count}")
    print(f"speed: {n + sum(flagged.values())} articles, {chars / elapsed / 1e6:.2f} M chars/s")
    if args.misses:
        print("commonest location misses (gold -> parsed):")
        for (want, got), count in loc_misses.most_common(args.misses):
            print(f"  {count:4}  {want!r} -> {got!r}")
        print("commonest date misses (gold -> parsed):")
        for (want, got), count in date_misses.most_common(args.misses):
            print(f"  {count:4}  {want} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Gold for seeds/003_reuters_music_venues.txt (Reuters dated, metadata line, straight quotes).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/003.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "003_reuters_music_venues"
with open(ROOT / "seeds" / f"{NAME}.txt", encoding="utf-8", newline="") as fh:
    T = fh.read()

OPEN, CLOSE = "“‘\"'«„", "”’\"'»“"


def at(sub, ctx=None):
    """Span of ``sub`` inside ``ctx``, a context string occurring exactly once."""
    ctx = sub if ctx is None else ctx
    assert T.count(ctx) == 1, f"context occurs {T.count(ctx)} times: {ctx!r}"
    target = T.index(ctx) + ctx.index(sub)
    nth = sum(1 for i in range(target) if T.startswith(sub, i)) + 1
    s = span(T, sub, nth=nth)
    assert s["start"] == target and T[s["start"] : s["end"]] == sub
    return s


def q(kind, content, speaker, cue, source, c=None, s=None, k=None):
    cs = at(content, c)
    if kind in ("direct", "partial"):
        assert T[cs["start"] - 1] in OPEN and T[cs["end"]] in CLOSE, content
    else:
        assert content == content.strip() and content[-1] not in ".,;:", content
        assert not content.startswith("that "), content
    return {**cs, "kind": kind, "speaker": at(speaker, s) if speaker else None,
            "cue": at(cue, k) if cue else None, "source": source}


def src(name, kind, title, *extra):
    return {"name": name, "kind": kind, "title": title, "extra": list(extra)}


def build(quotes, sources):
    quotes = sorted(quotes, key=lambda x: x["start"])
    out = []
    for i, s in enumerate(sources):
        ms = {}
        for qq in quotes:
            if qq["source"] == i and qq["speaker"]:
                ms[qq["speaker"]["start"], qq["speaker"]["end"]] = qq["speaker"]
        for e in s["extra"]:
            ms[e["start"], e["end"]] = e
        assert ms, s["name"]
        out.append({"name": s["name"], "kind": s["kind"], "title": s["title"],
                    "mentions": [ms[key] for key in sorted(ms)]})
    firsts = [o["mentions"][0]["start"] for o in out]
    assert firsts == sorted(firsts), "sources must be ordered by first mention"
    return quotes, out


def caption(text, credit, photographer, agency, date, place):
    return {**at(text), "credit": {**at(credit), "photographer": photographer, "agency": agency},
            "date": date, "place": place}


def check(node):
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys():
            assert T[node["start"] : node["end"]] == node["text"], node
        for v in node.values():
            check(v)
    elif isinstance(node, list):
        for v in node:
            check(v)


def write(gold):
    check(gold)
    with open(ROOT / "seeds" / f"{NAME}.gold.json", "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(NAME, "ok:", len(gold["quotes"]), "quotes,", len(gold["sources"]), "sources,",
          len(T.split()), "words")


# ---------------------------------------------------------------- annotation
TRUST, QUAYLE, ASHCOMBE, ARENAS = range(4)

quotes = [
    q("indirect", "Small music venues in Britain closed at the fastest pace since the '90s over the past year",
      "the Grassroots Stages Trust", "said", TRUST, k="Trust said"),
    q("indirect", "rising energy bills, bar workers' wages and business rates were the main causes",
      "It", "said", TRUST, s="It said rising", k="It said rising"),
    q("direct", "We're losing the rooms where every band in this country learned its trade,",
      "Harriet Quayle", "said", QUAYLE, k="said Harriet"),
    q("direct", "If you don't protect the bottom rung, there is no ladder.",
      "Harriet Quayle", "said", QUAYLE, k="said Harriet"),
    q("direct", "Venues that got through the pandemic are now shutting because a pint and a ticket cost more "
      "than people can afford. That's the real crisis.",
      "Harriet Quayle", None, QUAYLE),
    q("partial", "looking closely", "Culture Minister Daniel Ashcombe", "told", ASHCOMBE),
    q("indirect", "a voluntary fund should be given until next summer to show results",
      "The minister", "said", ASHCOMBE, k="has said a voluntary"),
    q("indirect", "a levy would fall on fans rather than promoters",
      "The Association of Arena Operators", "said in a statement", ARENAS),
    q("indirect", "Its members don't set ticket prices", "it", "said", ARENAS,
      s="prices, it said", k="prices, it said"),
]

sources = [
    src("Grassroots Stages Trust", "organization", None),
    src("Harriet Quayle", "person", "trust's chief executive"),
    src("Daniel Ashcombe", "person", "Culture Minister"),
    src("Association of Arena Operators", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-12",
    "headline": None,
    "bylines": [],
    "dateline": {**at("LONDON, Nov 11 (Reuters) - "), "location": "LONDON", "date": "2024-11-11", "agency": "Reuters",
                 "city": "LONDON", "region": None},
    "captions": [caption(
        "Fans watch a band play at a pub venue in Bradford, Britain, November 8, 2024.",
        "REUTERS/Owen Sandler", "Owen Sandler", "Reuters", "2024-11-08", "Bradford, Britain")],
    "quotes": quotes,
    "sources": sources,
})

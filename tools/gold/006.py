"""Gold for seeds/006_afp_rail_strike.txt (AFP, told AFP, media source).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/006.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "006_afp_rail_strike"
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
MINISTRY, GARNIER, UNION, BENALI, LEMONDE, ROUX = range(6)

quotes = [
    q("indirect", "Only two in five regional trains were running in Normandy and Brittany",
      "the Ministry of Transport", "according to", MINISTRY),
    q("indirect", "the reform would go ahead in January as planned",
      "Transport Minister Hélène Garnier", "said", GARNIER, k="Garnier said on Thursday"),
    q("direct", "Passengers in the regions deserve better trains, and competition will give them better trains,",
      "Garnier", "said", GARNIER, s="trains,” Garnier said", k="trains,” Garnier said"),
    q("indirect", "it would extend the walkout through Sunday unless talks resumed",
      "The Independent Rail Drivers’ Union", "said", UNION, k="strike, said"),
    q("indirect", "more than 70 percent of drivers had stopped work", "It", "said", UNION,
      s="It said more", k="It said more"),
    q("direct", "We are not against competition. We are against putting one driver alone on a train with 400 passengers,",
      "union spokesman Karim Benali", "told", BENALI, k="Benali told"),
    q("indirect", "The government is preparing to offer drivers a bonus for working on privately run lines",
      "Le Monde", "reported", LEMONDE),
    q("direct", "I left home at six this morning and I’m still not at work,", "Amélie Roux", "told", ROUX,
      k="Roux told"),
    q("indirect", "she would miss most of her shift at a hospital in Bayeux", "Amélie Roux", "adding", ROUX),
]

sources = [
    src("Ministry of Transport", "organization", None),
    src("Hélène Garnier", "person", "Transport Minister"),
    src("Independent Rail Drivers’ Union", "organization", None),
    src("Karim Benali", "person", "union spokesman"),
    src("Le Monde", "media", None),
    src("Amélie Roux", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("PARIS (AFP) - "), "location": "PARIS", "date": None, "agency": "AFP",
                 "city": "PARIS", "region": None},
    "captions": [caption(
        "Striking train drivers gather outside Saint-Lazare station in Paris on November 7, 2024.",
        "Julien Maréchal/AFP via Getty Images", "Julien Maréchal", "AFP", "2024-11-07", "Paris")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/004_reuters_freight_rates.txt (Reuters undated, split quote, according to both orders).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/004.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "004_reuters_freight_rates"
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
FORUM, MENDES, ALLIANCE, ECONOMISTS, OKORO = range(5)

quotes = [
    q("indirect", "British importers face a 30% jump in container shipping costs from January",
      "the UK Importers’ Forum", "according to", FORUM),
    q("indirect", "smaller firms will be hit hardest because they lack long-term contracts with carriers",
      "the forum", "According to", FORUM, s="According to the forum"),
    q("indirect", "the increase came at the worst possible time for retailers stocking up for the spring",
      "Carla Mendes", "said", MENDES, k="general, said"),
    q("direct", "Some of our members have already cancelled orders,", "she", "said", MENDES,
      s="orders,” she said", k="orders,” she said"),
    q("direct", "and others are asking suppliers to split shipments.", "she", "said", MENDES,
      s="orders,” she said", k="orders,” she said"),
    q("indirect", "the new rates reflected higher fuel and insurance costs on longer routes around southern Africa",
      "The Meridian Freight Alliance", "said in a statement", ALLIANCE),
    q("indirect", "rates had fallen by more than half since their peak in 2021",
      "It", "said", ALLIANCE, s="It said rates", k="It said rates"),
    q("indirect", "the extra costs will push up shop prices by the spring",
      "Some economists", "fear", ECONOMISTS),
    q("indirect", "freight made up only a small share of the final price of most goods",
      "Castlebridge Securities analyst James Okoro", "said", OKORO, k="Okoro said"),
    q("direct", "It’s painful for importers, but shoppers may barely notice,", "he", "said", OKORO,
      s="notice,” he said", k="notice,” he said"),
    q("indirect", "it would ask ministers to cut port charges for small importers",
      "The forum", "said", FORUM, s="The forum said", k="The forum said"),
]

sources = [
    src("UK Importers’ Forum", "organization", None),
    src("Carla Mendes", "person", "forum’s director general"),
    src("Meridian Freight Alliance", "organization", None),
    src("Some economists", "group", None),
    src("James Okoro", "person", "Castlebridge Securities analyst"),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("LONDON (Reuters) - "), "location": "LONDON", "date": None, "agency": "Reuters",
                 "city": "LONDON", "region": None},
    "captions": [caption(
        "A container ship is unloaded in Felixstowe, Britain, March 3, 2023.",
        "REUTERS/Gareth Mboya/File Photo", "Gareth Mboya", "Reuters", "2023-03-03", "Felixstowe, Britain")],
    "quotes": quotes,
    "sources": sources,
})

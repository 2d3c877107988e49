"""Gold for seeds/010_prn_harborlight_launch.txt (PR Newswire release, executive quotes).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/010.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "010_prn_harborlight_launch"
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
RAMAN, TORRES, VASQUEZ = range(3)

quotes = [
    q("direct", "For years, insurers have waited weeks for adjusters to reach flooded neighborhoods before they could tell policyholders anything,",
      "Priya Raman", "said", RAMAN, k="said Priya"),
    q("direct", "Tideline gives them a first estimate before the water has gone down.",
      "Priya Raman", "said", RAMAN, k="said Priya"),
    q("indirect", "the platform had been tested on 11 storms since 2021 and matched final adjuster estimates within 8 percent on average",
      "Michael Torres", "said", TORRES, k="officer, said"),
    q("direct", "During the worst week of the season, we knew which 4,000 of our policyholders needed help first, "
      "and we had money in their accounts before our adjusters could even get on the roads,",
      "Elena Vasquez", "said", VASQUEZ, k="said Elena"),
    q("indirect", "Harborlight would add coverage for wildfire and hail damage in 2025", "Raman", "said", RAMAN,
      s="Raman said Harborlight", k="Raman said Harborlight"),
]

sources = [
    src("Priya Raman", "person", "chief executive officer of Harborlight Analytics"),
    src("Michael Torres", "person", "Harborlight's chief technology officer"),
    src("Elena Vasquez", "person", "vice president of claims at Pinecrest Mutual Insurance"),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("NEW YORK, Nov. 11, 2024 /PRNewswire/ -- "), "location": "NEW YORK", "date": "2024-11-11",
                 "agency": "PR Newswire", "city": "NEW YORK", "region": None},
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

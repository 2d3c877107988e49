"""Gold for seeds/012_gnw_northgate_lithium.txt (GlobeNewswire, CRLF line endings, noting/warning that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/012.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "012_gnw_northgate_lithium"
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
LECLAIR, ARSENAULT = range(2)

assert "\r\n" in T and "\n" not in T.replace("\r\n", ""), "the article must keep CRLF line endings"

quotes = [
    q("direct", "These results confirm that Kestrel Lake hosts a large, continuous spodumene system,",
      "Martin Leclair", "said", LECLAIR, s="said Martin Leclair, President", k="said Martin Leclair, President"),
    q("indirect", "mineralization remains open at depth and along strike to the east",
      "Martin Leclair", "noting", LECLAIR, s="said Martin Leclair, President"),
    q("indirect", "the Company plans to begin a 12,000-metre follow-up program in January and to publish a maiden "
      "mineral resource estimate in the second half of 2025",
      "Leclair", "said", LECLAIR, s="Leclair said the Company", k="Leclair said the Company"),
    q("indirect", "permitting remains the main risk to the project schedule",
      "He", "said", LECLAIR, s="He said permitting", k="He said permitting"),
    q("indirect", "a backlog of applications at the provincial level could push first production into 2029",
      "He", "warning", LECLAIR, s="He said permitting"),
    q("direct", "Every hole we drilled in the eastern zone hit pegmatite,",
      "Sophie Arsenault", "said", ARSENAULT, k="said Sophie"),
    q("direct", "We have not found the edges of this system yet.",
      "Sophie Arsenault", "said", ARSENAULT, k="said Sophie"),
]

sources = [
    src("Martin Leclair", "person", "President and Chief Executive Officer of Northgate"),
    src("Sophie Arsenault", "person", "Vice President of Exploration"),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("TORONTO, Nov. 11, 2024 (GLOBE NEWSWIRE) -- "), "location": "TORONTO", "date": "2024-11-11",
                 "agency": "GlobeNewswire", "city": "TORONTO", "region": None},
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

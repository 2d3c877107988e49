"""Gold for seeds/009_upi_transit_rescue.txt (UPI, Date: metadata, inverted said Mayor frame).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/009.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "009_upi_transit_rescue"
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
WHITFORD, OCHOA, NAVARRO, LAWMAKERS, HARWICK = range(5)

quotes = [
    q("direct", "If we don't fix this now, we'll be talking about which bus routes to cancel next summer, not which ones to add,",
      "Mayor Denise Whitford", "said", WHITFORD, k="said Mayor"),
    q("indirect", "a vote could come as early as the January session", "State Sen. Raymond Ochoa", "said", OCHOA,
      k="committee, said"),
    q("indirect", "the plan would merge the boards of the three transit agencies into a single regional authority",
      "Ochoa", "said", OCHOA, s="Ochoa said the plan", k="Ochoa said the plan"),
    q("indirect", "a merger would mean little without more frequent service", "Teresa Navarro", "said", NAVARRO,
      k="Alliance, said"),
    q("indirect", "weekend bus ridership had recovered to 92% of pre-pandemic levels", "She", "said", NAVARRO,
      s="She said weekend", k="She said weekend"),
    q("indirect", "the new authority would hand Chicago appointees a majority on its board",
      "Some suburban lawmakers", "fear", LAWMAKERS),
    q("direct", "I'm not voting for a bailout that gives my district less say than it has today,",
      "state Rep. Glen Harwick", "said", HARWICK, k="said state Rep."),
    q("direct", "Show me the seats at the table first. Then we can talk about the money.",
      "state Rep. Glen Harwick", None, HARWICK),
    q("indirect", "the mayors would travel to Springfield next month to press their case", "Whitford", "said", WHITFORD,
      s="Whitford said the mayors", k="Whitford said the mayors"),
]

sources = [
    src("Denise Whitford", "person", "Mayor"),
    src("Raymond Ochoa", "person", "State Sen."),
    src("Teresa Navarro", "person", "executive director of the Riders First Alliance"),
    src("Some suburban lawmakers", "group", None),
    src("Glen Harwick", "person", "state Rep."),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("CHICAGO, Nov. 11 (UPI) -- "), "location": "CHICAGO", "date": "2024-11-11", "agency": "UPI",
                 "city": "CHICAGO", "region": None},
    "captions": [caption(
        "Commuters board a train at an elevated station in Chicago on November 4, 2024.",
        "(Photo by Marcus Delaney/Getty Images)", "Marcus Delaney", "Getty Images", "2024-11-04", "Chicago")],
    "quotes": quotes,
    "sources": sources,
})

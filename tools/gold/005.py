"""Gold for seeds/005_bloomberg_turbine_talks.txt (Bloomberg, anonymous sources, trailers).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/005.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "005_bloomberg_turbine_talks"
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
PEOPLE, BREKKE, SOLHEIM, ANALYSTS = range(4)

quotes = [
    q("indirect", "Nordvind Energi A/S is in advanced talks to buy rival turbine maker Halden Power Systems ASA for about $4.2 billion",
      "people familiar with the matter", "according to", PEOPLE),
    q("indirect", "A deal could be announced as soon as next week", "the people", "said", PEOPLE,
      s="week, the people said", k="week, the people said"),
    q("indirect", "Terms could still change and the talks may yet collapse", "they", "said", PEOPLE,
      s="collapse, they said", k="collapse, they said"),
    q("partial", "open to bolt-on deals", "Nordvind Chief Executive Officer Lars Brekke", "said in an interview", BREKKE),
    q("direct", "Scale is everything in this business right now,", "Fjordline Markets analyst Ingrid Solheim", "wrote", SOLHEIM),
    q("direct", "Whoever has the biggest order book gets the best prices on steel and the best slots at the ports. "
      "Halden on its own was always going to struggle to compete.",
      "Fjordline Markets analyst Ingrid Solheim", None, SOLHEIM),
    q("indirect", "any deal would face a lengthy antitrust review in Brussels", "Analysts", "expect", ANALYSTS,
      s="Analysts expect"),
    q("indirect", "Its largest shareholder has been pushing for a sale since the spring", "the people", "said", PEOPLE,
      s="spring, the people said", k="spring, the people said"),
]

sources = [
    src("people familiar with the matter", "anonymous", None),
    src("Lars Brekke", "person", "Nordvind Chief Executive Officer"),
    src("Ingrid Solheim", "person", "Fjordline Markets analyst"),
    src("Analysts", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-08",
    "headline": None,
    "bylines": [],
    "dateline": {**at("(Bloomberg) -- "), "location": None, "date": None, "agency": "Bloomberg",
                 "city": None, "region": None},
    "captions": [caption(
        "Workers inspect turbine blades at a wind farm in Esbjerg, Denmark, on Wednesday, Nov. 6, 2024.",
        "Photographer: Freja Lindqvist/Bloomberg", "Freja Lindqvist", "Bloomberg", "2024-11-06", "Esbjerg, Denmark")],
    "quotes": quotes,
    "sources": sources,
})

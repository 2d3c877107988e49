"""Gold for seeds/011_bw_veltrix_packaging.txt (Business Wire, headline, Credit: caption, X told Y that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/011.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "011_bw_veltrix_packaging"
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
MENON, CHU = range(2)

quotes = [
    q("direct", "Advanced packaging is where the next decade of chip performance will come from,",
      "Rajiv Menon", "said", MENON, k="said Rajiv"),
    q("direct", "We wanted that capability here, next to the engineers who design our products.",
      "Rajiv Menon", "said", MENON, k="said Rajiv"),
    q("indirect", "the company had hired 310 people for the line and planned to hire 150 more by next summer",
      "Menon", "told", MENON, s="Menon told", k="Menon told"),
    q("indirect", "the project would bring hundreds of skilled manufacturing jobs back to the county",
      "County Supervisor Lorraine Chu", "told", CHU, k="Chu told"),
]

sources = [
    src("Rajiv Menon", "person", "president and chief executive officer of Veltrix"),
    src("Lorraine Chu", "person", "County Supervisor"),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Veltrix Semiconductor Opens $400 Million Advanced Packaging Line in San Jose",
    "bylines": [],
    "dateline": {**at("SAN JOSE, Calif.--(BUSINESS WIRE)--"), "location": "SAN JOSE, Calif.", "date": None,
                 "agency": "Business Wire", "city": "SAN JOSE", "region": "Calif."},
    "captions": [caption(
        "Technicians calibrate equipment on the new advanced packaging line in San Jose, Calif., on Nov. 6, 2024.",
        "Credit: Dana Okonkwo/Veltrix Semiconductor", "Dana Okonkwo", "Veltrix Semiconductor", "2024-11-06",
        "San Jose, Calif.")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/002_ap_condo_seawall.txt (AP with state, FILE caption, multi-paragraph quote).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/002.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "002_ap_condo_seawall"
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
BENNING, OKAFOR, DRAY, LIU, ANALYSTS = range(5)

quotes = [
    q("indirect", "the board had put off the repairs for as long as it could",
      "Gloria Benning", "said", BENNING, k="association, said"),
    q("direct", "We paid for three engineering reports, and every one of them came back with the same answer. "
      "The wall is failing, and the water is already getting under the parking deck.\n\n"
      "“I’ve lived here since the ’90s. I know what this means for people on fixed incomes. "
      "But if we wait, the bill only gets bigger,",
      "Benning", "said", BENNING, s="bigger,” Benning said", k="bigger,” Benning said"),
    q("direct", "I did the math three times, and it comes out the same way. Either I empty my savings or I leave.",
      "Okafor", "said", OKAFOR, s="Okafor said:", k="Okafor said:"),
    q("indirect", "the association had not given them the 30 days’ notice required by its own bylaws",
      "Attorney Mitchell Dray", "said", DRAY, k="owners, said"),
    q("indirect", "he would ask a judge to pause the deadline",
      "Attorney Mitchell Dray", "adding", DRAY),
    q("indirect", "the city had no power to extend a deadline set by a private association",
      "City Building Official Karen Liu", "said", LIU, k="Liu said"),
    q("indirect", "inspectors would return to the property in January to check whether temporary shoring under the garage was still holding",
      "She", "said", LIU, s="She said inspectors", k="She said inspectors"),
    q("indirect", "premiums for older waterfront buildings will rise again next year",
      "Insurance analysts", "expect", ANALYSTS),
    q("indirect", "the board would meet Thursday night to hear from owners one last time before the vote",
      "Benning", "said", BENNING, s="Benning said the board", k="Benning said the board"),
    q("direct", "Nobody here wanted this,", "she", "said", BENNING, s="this,” she said", k="this,” she said"),
]

sources = [
    src("Gloria Benning", "person", "president of the condominium association"),
    src("Samuel Okafor", "person", None, at("Samuel Okafor")),
    src("Mitchell Dray", "person", "Attorney"),
    src("Karen Liu", "person", "City Building Official"),
    src("Insurance analysts", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("BOCA RATON, Fla. (AP) — "), "location": "BOCA RATON, Fla.", "date": None, "agency": "AP",
                 "city": "BOCA RATON", "region": "Fla."},
    "captions": [caption(
        "FILE - A pickup truck drives through a flooded street in Boca Raton, Fla., on Oct. 10, 2024.",
        "(AP Photo/Rebecca Solano, File)", "Rebecca Solano", "AP", "2024-10-10", "Boca Raton, Fla.")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/007_afp_kenya_drought.txt (AFP title-case dateline, document sources).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/007.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "007_afp_kenya_drought"
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
REPORT, EKAI, STATEMENT, GALGALO, WAMBUI, FORECASTERS = range(6)

quotes = [
    q("indirect", "Nearly one in three boreholes in northern Kenya has dried up since June", "a report", "said", REPORT,
      k="a report said"),
    q("indirect", "Rainfall during the October-to-December short rains has so far been less than half the seasonal average",
      "the report", "said", REPORT, s="average, the report said", k="average, the report said"),
    q("indirect", "At least 600,000 herders now walk more than 15 kilometres a day to reach water", "it", "said", REPORT,
      s="water, it said", k="water, it said"),
    q("direct", "The animals are dying first, and the people will follow if nothing changes,",
      "Turkana county water officer Joseph Ekai", "told", EKAI),
    q("indirect", "livestock deaths in the county had passed 40,000 since August",
      "A statement from the Turkana county government", "said", STATEMENT, k="government said"),
    q("indirect", "Families had begun moving toward the Ugandan border in search of pasture",
      "the statement", "according to", STATEMENT, s="according to the statement"),
    q("direct", "We walked for four days to reach this well, and now it is almost dry too,", "Ali Galgalo", "said", GALGALO,
      k="said Ali"),
    q("indirect", "the government response had come too late for many families", "Grace Wambui", "said", WAMBUI,
      k="Kenya, said"),
    q("indirect", "the charity would drill 30 new boreholes before March", "She", "said", WAMBUI,
      s="She said the charity", k="She said the charity"),
    q("indirect", "the March-to-May long rains could also fail", "Forecasters", "fear", FORECASTERS),
]

sources = [
    src("a report", "document", None),
    src("Joseph Ekai", "person", "Turkana county water officer"),
    src("A statement from the Turkana county government", "document", None),
    src("Ali Galgalo", "person", None),
    src("Grace Wambui", "person", None),
    src("Forecasters", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("Nairobi (AFP) - "), "location": "Nairobi", "date": None, "agency": "AFP",
                 "city": "Nairobi", "region": None},
    "captions": [caption(
        "Herders lead cattle to a borehole in Marsabit, Kenya, on November 5, 2024.",
        "AFP PHOTO / LUIS OTIENO", "LUIS OTIENO", "AFP", "2024-11-05", "Marsabit, Kenya")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/001_ap_lead_pipes.txt (AP, headline + byline + caption).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/001.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "001_ap_lead_pipes"
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
MARCHETTI, WHITLOCK, ALLIANCE, GREER = range(4)

quotes = [
    q("partial", "simply cannot find enough trained crews",
      "Board Chair Ellen Marchetti", "said", MARCHETTI, k="Marchetti said the extension"),
    q("direct", "Nobody on this board wants a child drinking from a lead pipe one day longer than necessary,",
      "Marchetti", "said", MARCHETTI, s="necessary,” Marchetti said", k="necessary,” Marchetti said"),
    q("direct", "But a deadline that nobody can meet doesn’t protect anyone.",
      "Marchetti", "said", MARCHETTI, s="necessary,” Marchetti said", k="necessary,” Marchetti said"),
    q("partial", "handed the utilities a three-year hall pass.",
      "Aaron Whitlock", "said", WHITLOCK, k="Coalition, said"),
    q("direct", "Every year of delay is another class of kindergartners exposed,",
      "he", "said in an interview", WHITLOCK, s="he said in an interview"),
    q("direct", "The science on this hasn’t changed since the ’70s.",
      "he", "said in an interview", WHITLOCK, s="he said in an interview"),
    q("indirect", "the extension would let cities spread the cost over more budget years without sharp rate increases",
      "the American Municipal Water Alliance", "said", ALLIANCE, k="Alliance said"),
    q("indirect", "he would introduce a bill to restore the 2031 deadline",
      "Rep. Tomás Greer", "said", GREER, k="Greer said he"),
    q("indirect", "lawmakers from both parties had already signed on",
      "Greer", "said", GREER, s="Greer said lawmakers", k="Greer said lawmakers"),
    q("indirect", "a committee vote could come early next year",
      "Greer", "adding", GREER, s="Greer said lawmakers"),
    q("indirect", "the board would review each city’s progress every 18 months",
      "Marchetti", "said", MARCHETTI, s="Marchetti said the board", k="Marchetti said the board"),
    q("indirect", "cities that fall behind could lose access to low-interest federal loans",
      "She", "said", MARCHETTI, s="She said cities", k="She said cities"),
]

sources = [
    src("Ellen Marchetti", "person", "Board Chair"),
    src("Aaron Whitlock", "person", "director of the Clean Taps Coalition"),
    src("American Municipal Water Alliance", "organization", None),
    src("Tomás Greer", "person", "Rep."),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Federal board gives older cities three more years to replace lead water pipes",
    "bylines": ["Marisol Ventura", "Derek Haldane"],
    "dateline": {**at("WASHINGTON (AP) — "), "location": "WASHINGTON", "date": None, "agency": "AP",
                 "city": "WASHINGTON", "region": None},
    "captions": [caption(
        "Members of the Federal Water Infrastructure Board listen to testimony during a hearing in Washington, Tuesday, Nov. 12, 2024.",
        "(AP Photo/Lena Kowalczyk)", "Lena Kowalczyk", "AP", "2024-11-12", "Washington")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/008_xinhua_cold_chain.txt (Xinhua, organisation source, officials adding that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/008.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "008_xinhua_cold_chain"
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
MINISTRY, SHENG, OFFICIALS, HUANG = range(4)

quotes = [
    q("indirect", "China built 1,260 cold-storage facilities in rural counties in the first 10 months of 2024",
      "the Ministry of Commerce", "said in a statement", MINISTRY),
    q("indirect", "The new facilities have added 3.8 million tonnes of storage capacity for fruit, vegetables and aquatic products",
      "the ministry", "said", MINISTRY, s="products, the ministry said", k="products, the ministry said"),
    q("direct", "Cold-chain logistics is the bridge between small farms and big markets,",
      "Vice Minister of Commerce Sheng Wenhao", "said", SHENG, k="Wenhao said"),
    q("indirect", "the ministry would extend subsidies for county-level cold storage to the end of 2027",
      "He", "said", SHENG, s="He said the ministry", k="He said the ministry"),
    q("indirect", "more than half of the new facilities were built in central and western provinces",
      "Ministry officials", "told", OFFICIALS),
    q("indirect", "Losses of fresh produce between farm and market have fallen to about 15 percent from nearly 25 percent in 2020",
      "the officials", "said", OFFICIALS, k="the officials said"),
    q("indirect", "the goal is to bring the rate below 10 percent by 2027", "the officials", "adding", OFFICIALS),
    q("direct", "Before, we had to sell everything within three days of picking. Now we can wait for a better price,",
      "Huang Lixia", "said", HUANG, k="said Huang"),
    q("indirect", "her cooperative sold last winter's harvest in February at prices about 30 percent higher than at picking time",
      "Huang", "said", HUANG, s="Huang said her", k="Huang said her"),
    q("indirect", "More than 70 percent of China's counties now have at least one public cold-storage facility",
      "the ministry", "according to", MINISTRY, s="according to the ministry"),
]

sources = [
    src("Ministry of Commerce", "organization", None),
    src("Sheng Wenhao", "person", "Vice Minister of Commerce"),
    src("Ministry officials", "anonymous", None),
    src("Huang Lixia", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("BEIJING, Nov. 11 (Xinhua) -- "), "location": "BEIJING", "date": "2024-11-11", "agency": "Xinhua",
                 "city": "BEIJING", "region": None},
    "captions": [caption(
        "Workers sort navel oranges at a cold-storage center in Ganzhou, east China's Jiangxi Province, Nov. 9, 2024.",
        "(Xinhua/Zhou Ming)", "Zhou Ming", "Xinhua", "2024-11-09", "Ganzhou, east China's Jiangxi Province")],
    "quotes": quotes,
    "sources": sources,
})

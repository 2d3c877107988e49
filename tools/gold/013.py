"""Gold for seeds/013_cp_ferry_strike.txt (CP: caption credit, split and inverted quotes, title-only re-mention).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/013.py``; ``--show``
prints every quote with its speaker and cue in context, and every cue-like
word that is not a cue in the gold, for review.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldspan import span  # noqa: E402

NAME = "013_cp_ferry_strike"
with open(ROOT / "seeds" / f"{NAME}.txt", encoding="utf-8", newline="") as fh:
    T = fh.read()

OPEN, CLOSE = "“‘\"'«„", "”’\"'»“"
CUE_WORDS = (r"\b(?:said|says|say|told|tell|added|adding|according to|wrote|reported|fear|fears|expect"
             r"|expects|believe|believes|hope|hopes|think|thinks|alleged|arguing|quoted|declined|noted"
             r"|warned|stated|claimed|confirmed|estimated|announced|asked|insisted|described)\b")


def _pattern(sub):
    # a space in an annotation also matches a line break + indent (hard-wrapped copy)
    body = r"\s+".join(re.escape(part) for part in sub.split(" "))
    if sub[:1].isalnum():
        body = r"(?<!\w)" + body
    if sub[-1:].isalnum():
        body += r"(?!\w)"
    return re.compile(body)


def at(sub, ctx=None):
    """Span of ``sub`` inside ``ctx``, a context string occurring exactly once."""
    ctx = sub if ctx is None else ctx
    hits = list(_pattern(ctx).finditer(T))
    assert len(hits) == 1, f"context occurs {len(hits)} times: {ctx!r}"
    m = _pattern(sub).search(T, hits[0].start(), hits[0].end())
    assert m, f"{sub!r} not in {ctx!r}"
    text = m.group(0)
    nth = sum(1 for i in range(m.start()) if T.startswith(text, i)) + 1
    s = span(T, text, nth=nth)
    assert s["start"] == m.start() and T[s["start"] : s["end"]] == text
    return s


def _overlap(a, b):
    return a is not None and b is not None and a["start"] < b["end"] and b["start"] < a["end"]


def q(kind, content, speaker, cue, source, c=None, s=None, k=None):
    cs = at(content, c)
    text = cs["text"]
    assert text == text.strip() and text, content
    if kind in ("direct", "partial"):
        assert T[cs["start"] - 1] in OPEN and T[cs["end"]] in CLOSE, content
    else:
        assert kind == "indirect" and text[-1] not in ".,;:", content
        assert not text.startswith("that "), content
    sp = at(speaker, s) if speaker else None
    cu = at(cue, k) if cue else None
    assert not _overlap(cs, sp) and not _overlap(cs, cu) and not _overlap(sp, cu), content
    return {**cs, "kind": kind, "speaker": sp, "cue": cu, "source": source}


def src(name, kind, title, *extra):
    return {"name": name, "kind": kind, "title": title, "extra": list(extra)}


def build(quotes, sources):
    quotes = sorted(quotes, key=lambda x: x["start"])
    assert len({(x["start"], x["end"]) for x in quotes}) == len(quotes), "duplicate quote"
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
    assert all(0 <= qq["source"] < len(out) for qq in quotes)
    firsts = [o["mentions"][0]["start"] for o in out]
    assert firsts == sorted(firsts), "sources must be ordered by first mention"
    return quotes, out


def caption(text, credit, photographer, agency, date, place, ctx=None):
    return {**at(text, ctx), "credit": {**at(credit, ctx), "photographer": photographer,
                                        "agency": agency},
            "date": date, "place": place}


def dateline(text, location, date, agency, city, region):
    return {**at(text), "location": location, "date": date, "agency": agency,
            "city": city, "region": region}


def check(node):
    if isinstance(node, dict):
        if {"text", "start", "end"} <= node.keys():
            assert T[node["start"] : node["end"]] == node["text"], node
        for v in node.values():
            check(v)
    elif isinstance(node, list):
        for v in node:
            check(v)


def show(gold):
    flat = lambda a, b: T[max(a, 0) : b].replace("\n", "⏎")  # noqa: E731
    for i, x in enumerate(gold["quotes"]):
        name = gold["sources"][x["source"]]["name"]
        print(f"[{i}] {x['kind']:8} -> {name}")
        print(f"     C: {flat(x['start'], x['end'])}")
        for key in ("speaker", "cue"):
            y = x[key]
            if y:
                print(f"     {key[:2]}: {y['text']!r}  …{flat(y['start'] - 30, y['start'])}"
                      f"[{y['text']}]{flat(y['end'], y['end'] + 30)}…")
            else:
                print(f"     {key[:2]}: None")
    for s in gold["sources"]:
        print("SRC", s["name"], "|", s["kind"], "|", s["title"], "|", [m["text"] for m in s["mentions"]])
    cues = {(x["cue"]["start"]) for x in gold["quotes"] if x["cue"]}
    for m in re.finditer(CUE_WORDS, T, re.I):
        if m.start() not in cues:
            print("not a cue:", f"…{flat(m.start() - 50, m.start())}[{m.group(0)}]{flat(m.end(), m.end() + 30)}…")


def write(gold):
    check(gold)
    with open(ROOT / "seeds" / f"{NAME}.gold.json", "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if "--show" in sys.argv:
        show(gold)
    print(NAME, "ok:", len(gold["quotes"]), "quotes,", len(gold["sources"]), "sources,",
          len(T.split()), "words")


# ---------------------------------------------------------------- annotation
ALLIANCE, OKAFOR, FERRY, FAIRBANKS, MARSH, THIBODEAU, RESIDENTS, SANDHU = range(8)

quotes = [
    q("indirect", "the strike would continue until the ferry operator came back to the bargaining table with a better wage offer",
      "The Marine Crew Alliance", "said", ALLIANCE, k="routes, said"),
    q("direct", "Our members have been working without a contract for 14 months,",
      "alliance president Teresa Okafor", "said", OKAFOR, k="said alliance"),
    q("direct", "Nobody takes this step lightly.",
      "alliance president Teresa Okafor", "said", OKAFOR, k="said alliance"),
    q("indirect", "the company had offered raises below the rate of inflation for three years running",
      "Okafor", "told", OKAFOR, s="Okafor told", k="Okafor told"),
    q("indirect", "it had asked the B.C. Labour Relations Board to designate more sailings as an essential service",
      "Pacific Narrows Ferry Corp.", "said", FERRY, k="Corp. said"),
    q("indirect", "38 of the usual 112 daily sailings would run on Thursday",
      "It", "added", FERRY, s="It added", k="It added"),
    q("indirect", "the province would not stand by while island communities ran short of food and medicine",
      "Transportation Minister Leona Fairbanks", "said", FAIRBANKS, k="Fairbanks said the province"),
    q("direct", "I am asking both sides to get back to the table tonight, not next week.",
      "Fairbanks", "said", FAIRBANKS, s="Fairbanks said:", k="Fairbanks said:"),
    q("partial", "not something we are considering at this stage.",
      "She", "said", FAIRBANKS, s="She said back", k="She said back"),
    q("indirect", "a mediator had been named and would meet both parties on Friday",
      "The minister", "added", FAIRBANKS, k="minister added"),
    q("indirect", "about 200 commuters had missed work on the mainland because of the cancellations",
      "Wendy Marsh", "said", MARSH, k="Island, said"),
    # pure-quote sentence: shares the attribution of the other sentence in its paragraph
    q("direct", "I've got 300 kilos of fresh fish in a cooler truck and nowhere to take it.",
      "Marcel Thibodeau", "said", THIBODEAU, k="a.m., said"),
    q("indirect", "the load was meant for restaurants in Nanaimo",
      "Marcel Thibodeau", "said", THIBODEAU, k="a.m., said"),
    q("indirect", "a long strike could empty grocery shelves before the end of the month",
      "Residents of Gabriola Island", "fear", RESIDENTS, k="Island fear"),
    q("indirect", "she had already begun rationing some prescriptions at her pharmacy in the island's main village",
      "Priya Sandhu", "said", SANDHU, k="Sandhu said"),
    q("indirect", "about 60 per cent of its members live on the islands they serve",
      "the alliance", "According to", ALLIANCE, s="According to the alliance"),
]

sources = [
    src("Marine Crew Alliance", "organization", None),
    src("Teresa Okafor", "person", "alliance president"),
    src("Pacific Narrows Ferry Corp.", "organization", None),
    src("Leona Fairbanks", "person", "Transportation Minister"),
    src("Wendy Marsh", "person", "mayor of Bowen Island"),
    src("Marcel Thibodeau", "person", None),
    src("Residents of Gabriola Island", "group", None),
    src("Priya Sandhu", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-10-17",
    "headline": None,
    "bylines": [],
    "dateline": dateline("VANCOUVER (CP) - ", "VANCOUVER", None, "CP", "VANCOUVER", None),
    "captions": [caption(
        "Passengers wait to board one of the few sailings still running at the Horseshoe Bay ferry terminal in West Vancouver, B.C., on Wednesday, Oct. 16, 2024.",
        "(Darryl Haynes/The Canadian Press)", "Darryl Haynes", "CP", "2024-10-16", "West Vancouver, B.C.")],
    "quotes": quotes,
    "sources": sources,
})

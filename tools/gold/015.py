"""Gold for seeds/015_reuters_compo_bid.txt (old Reuters with a US state in the dateline, REUTER sign-off on the last line).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/015.py``; ``--show``
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

NAME = "015_reuters_compo_bid"
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
COMPO, HARBOR, ASHBY, ANALYSTS, ARB = range(5)

quotes = [
    q("indirect", "its board rejected as inadequate an unsolicited offer of 42 dlrs a share from Harbor Point Partners, a New York investment group, and would explore other ways to raise shareholder value",
      "Compo Industries Inc", "said", COMPO, k="Industries Inc said"),
    q("indirect", "the offer, which values Compo at about 310 mln dlrs, did not reflect the earnings potential of its new aluminum casting plant in Bridgeport",
      "The company", "said", COMPO, s="The company said the offer", k="The company said the offer"),
    q("direct", "We believe the offer substantially undervalues Compo and its prospects,",
      "chairman Richard T. Ashby", "said", ASHBY, k="Ashby said"),
    q("indirect", "first quarter earnings would rise sharply from the 4.1 mln dlrs, or 55 cts a share, earned a year earlier",
      "He", "said", ASHBY, s="He said first", k="He said first"),
    q("indirect", "it was considering a proxy fight to replace the board at the annual meeting",
      "Harbor Point", "said", HARBOR, s="Harbor Point, which owns", k="shares, said"),
    q("indirect", "the offer was well below the 45 to 50 dlrs a share that Compo could fetch in an auction among industrial buyers",
      "Analysts", "said", ANALYSTS, k="Analysts said"),
    q("indirect", "Harbor Point would probably return with a higher bid before the meeting",
      "An arbitrageur who spoke on condition of anonymity", "said", ARB, k="anonymity said"),
    q("indirect", "it had set May 14 as the date of its annual meeting in Westport",
      "The company", "said", COMPO, s="The company also said", k="also said"),
]

sources = [
    src("Compo Industries Inc", "organization", None),
    # name from the fuller mention inside Compo's own statement
    src("Harbor Point Partners", "organization", None, at("Harbor Point Partners")),
    src("Richard T. Ashby", "person", "chairman"),
    src("Analysts", "group", None),
    src("An arbitrageur who spoke on condition of anonymity", "anonymous", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "COMPO INDUSTRIES <CMPO> REJECTS HARBOR POINT BID",
    "bylines": [],
    "dateline": dateline("WESTPORT, Conn., March 26 - ", "WESTPORT, Conn.", None, None, "WESTPORT", "Conn."),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/020_efe_taxi_protest.txt (EFE: EFE/Name credit, media source, partial quote + adding that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/020.py``; ``--show``
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

NAME = "020_efe_taxi_protest"
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
HERRERO, VIDAL, OBSERVADOR, RODANDO, HOTELS, POLICE = range(6)

quotes = [
    q("indirect", "drivers would return to the streets every Thursday until the plan was withdrawn",
      "Julián Herrero", "told", HERRERO, k="platform, told"),
    q("direct", "The region wants to flood the city with cars that pay none of the costs we pay,",
      "Herrero", "said", HERRERO, s="Herrero said", k="Herrero said"),
    # split quote: the second sentence shares the first one's speaker and cue
    q("direct", "We have mortgaged our homes to buy these licences.",
      "Herrero", "said", HERRERO, s="Herrero said", k="Herrero said"),
    q("partial", "disproportionate,",
      "Madrid regional Transport Minister Elena Vidal", "said", VIDAL, k="Vidal said the blockade"),
    q("indirect", "her department had offered to meet the drivers’ representatives next week",
      "Madrid regional Transport Minister Elena Vidal", "adding", VIDAL, k="disproportionate,” adding"),
    q("indirect", "the new licences were needed because demand for rides had grown by 40 percent since 2019 while the number of taxis had stayed the same",
      "Vidal", "said", VIDAL, s="Vidal said the new", k="Vidal said the new"),
    q("indirect", "the regional government had already drafted the decree and planned to approve it before the summer",
      "El Observador de Madrid", "reported", OBSERVADOR),
    q("indirect", "more licences would cut waiting times for passengers in the outer districts",
      "Rodando", "said in a statement", RODANDO),
    q("indirect", "further blockades could put off visitors ahead of the Easter holidays",
      "Hotel owners in the city centre", "fear", HOTELS, k="centre fear"),
    q("indirect", "about 1,800 taxis took part in the protest",
      "Police", "said", POLICE, s="Police said", k="Police said"),
]

sources = [
    src("Julián Herrero", "person", "spokesman for the platform"),
    src("Elena Vidal", "person", "Madrid regional Transport Minister"),
    src("El Observador de Madrid", "media", None),
    src("Rodando", "organization", None),
    src("Hotel owners in the city centre", "group", None),
    src("Police", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2025-02-14",
    "headline": None,
    "bylines": [],
    "dateline": dateline("MADRID (EFE) - ", "MADRID", None, "EFE", "MADRID", None),
    "captions": [caption(
        "Taxis block a lane of the Paseo de la Castellana during a protest in Madrid, Spain, on Feb. 13, 2025.",
        "EFE/Lucía Montero", "Lucía Montero", "EFE", "2025-02-13", "Madrid, Spain")],
    "quotes": quotes,
    "sources": sources,
})

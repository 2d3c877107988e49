"""Gold for seeds/014_reuters_sisal_drought.txt (old Reuters: indented paragraphs, hard-wrapped lines, Reuter sign-off, no quotation marks).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/014.py``; ``--show``
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

NAME = "014_reuters_sisal_drought"
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
COOP, METEO, ATLANTICA, MOURA, BROKERS, EXPORTER, GOVT = range(7)

quotes = [
    q("indirect", "Brazilian sisal fibre exports are expected to fall by about 15 pct this year after a prolonged drought in the Bahia interior cut yields on most plantations",
      "Cooperativa Sertaneja de Sisal", "said", COOP, k="de Sisal said"),
    q("indirect", "the 1987 crop would probably total about 128,000 tonnes, against 151,000 tonnes in 1986",
      "It", "said", COOP, s="It said the 1987", k="It said the 1987"),
    q("indirect", "Rainfall in the main producing municipalities of Valente, Santaluz and Conceicao do Coite was less than a third of the normal level between October and January",
      "the state meteorological service", "according to", METEO, k="according to the state meteorological"),
    q("indirect", "it had cut its February loadings of baler twine by 20 pct",
      "Atlantica Fibras SA", "said", ATLANTICA, k="Fibras SA said"),
    q("indirect", "some March contracts with European buyers might have to be postponed",
      "The company", "said", ATLANTICA, k="company said"),
    q("indirect", "there is little fibre left in Salvador warehouses to cover the shortfall and growers have no reason to sell before prices rise",
      "Joao Batista Moura", "said", MOURA, k="cooperative, said"),
    q("indirect", "the cooperative had asked its members to replant about 4,000 hectares of exhausted fields once the rains return",
      "Moura", "said", MOURA, s="Moura said the", k="Moura said the"),
    q("indirect", "prices for grade three fibre will rise to about 600 dlrs a tonne fob by April, from around 520 dlrs now",
      "Brokers in Salvador", "expect", BROKERS, k="Salvador expect"),
    q("indirect", "Mexican and Chinese suppliers could win back part of the European twine market if Brazilian shipments stay low through the middle of the year",
      "one exporter who asked not to be named", "said", EXPORTER, k="be named said"),
    q("indirect", "it would ask federal authorities for emergency credit lines for drought-hit sisal growers",
      "The Bahia state government", "said", GOVT, k="government said"),
    q("indirect", "Sisal is the main source of income for about 600,000 people in the semi-arid region",
      "the state government", "according to", GOVT, s="according to the state government",
      k="according to the state government"),
]

sources = [
    src("Cooperativa Sertaneja de Sisal", "organization", None),
    src("state meteorological service", "organization", None),
    src("Atlantica Fibras SA", "organization", None),
    src("Joao Batista Moura", "person", "director of the cooperative"),
    src("Brokers in Salvador", "group", None),
    src("one exporter who asked not to be named", "anonymous", None),
    src("Bahia state government", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": dateline("SALVADOR, Feb 26 - ", "SALVADOR", None, None, "SALVADOR", None),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/021_ansa_cinema_ruling.txt (ANSA: Outlet-via-AP credit, FILE caption, document source, quoted film title).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/021.py``; ``--show``
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

NAME = "021_ansa_cinema_ruling"
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
RULING, FERRANTE, CITY_HALL, RICCI, ASSOCIATIONS = range(5)

quotes = [
    q("partial", "generic and unverified",
      "the ruling", "said", RULING, s="the ruling said.\n\nCity", k="the ruling said.\n\nCity"),
    q("indirect", "City inspectors never tested the building’s fire doors or sprinkler system before ordering it closed",
      "the ruling", "according to", RULING, s="according to the ruling", k="according to the ruling"),
    q("indirect", "the owners had spent 180,000 euros on safety work in 2022, including new emergency exits on the side street",
      "It", "said", RULING, s="It said the owners", k="It said the owners"),
    q("direct", "We never stopped believing we would open these doors again,",
      "Giulia Ferrante", "told", FERRANTE, k="told ANSA"),
    q("indirect", "the cinema would reopen in time for a summer festival of Italian classics",
      "She", "said", FERRANTE, s="She said", k="She said"),
    q("indirect", "it would study the ruling before deciding whether to appeal to the Council of State",
      "Rome city hall", "said in a statement", CITY_HALL),
    q("partial", "as long as it is safe for the public.",
      "Marco Ricci", "said", RICCI, k="councillor, said"),
    q("indirect", "the closure had hurt bars and restaurants on the surrounding streets",
      "Several neighbourhood associations", "said", ASSOCIATIONS, k="associations said"),
    q("indirect", "The city must also pay the owners’ legal costs of about 12,000 euros",
      "the ruling", "said", RULING, s="euros, the ruling said", k="euros, the ruling said"),
]

sources = [
    src("the ruling", "document", None),
    src("Giulia Ferrante", "person", None),
    src("Rome city hall", "organization", None),
    src("Marco Ricci", "person", "city’s culture councillor"),
    src("Several neighbourhood associations", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Rome court orders reopening of Trastevere’s Cinema Aurora",
    "bylines": [],
    "dateline": dateline("ROME (ANSA) - ", "ROME", None, "ANSA", "ROME", None),
    "captions": [caption(
        "FILE - People queue outside the Cinema Aurora in Rome, Italy, on June 21, 2019.",
        "(Stefano Rinaldi/La Voce del Rione via AP)", "Stefano Rinaldi", "AP", "2019-06-21", "Rome, Italy")],
    "quotes": quotes,
    "sources": sources,
})

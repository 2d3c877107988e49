"""Shared helpers of the gold-file generators in ``tools/gold/``.

Each generator annotates its article with substrings; these helpers turn
them into spans, check every span slices back, order quotes and sources as
``docs/annotation.md`` says, and write ``seeds/NAME.gold.json``. Two
flavours, as the two sets of generators were written: ``plain`` (001-012)
and ``wrapped`` (013-024: a space in an annotation also matches a line
break, for hard-wrapped copy; ``--show`` prints a review).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from goldspan import span

ROOT = Path(__file__).resolve().parent.parent


def plain(NAME: str) -> Any:
    """The helpers bound to ``seeds/NAME.txt``."""
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
    return SimpleNamespace(T=T, OPEN=OPEN, CLOSE=CLOSE, at=at, q=q, src=src, build=build, caption=caption, check=check, write=write)


def wrapped(NAME: str) -> Any:
    """The helpers bound to ``seeds/NAME.txt``."""
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
    return SimpleNamespace(T=T, OPEN=OPEN, CLOSE=CLOSE, CUE_WORDS=CUE_WORDS, _pattern=_pattern, at=at, _overlap=_overlap, q=q, src=src, build=build, caption=caption, dateline=dateline, check=check, show=show, write=write)


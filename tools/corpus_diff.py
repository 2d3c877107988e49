"""Show where the parse of corpus articles differs from gold, quote by quote.

usage: python tools/corpus_diff.py [NAME ...]   (default: every gold article)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import newsparse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def key(q: dict) -> tuple:
    return (q["start"], q["end"])


def brief(q: dict | None) -> str:
    if q is None:
        return "-"
    spk = q["speaker"]["text"] if q.get("speaker") else None
    cue = q["cue"]["text"] if q.get("cue") else None
    return f"{q['kind'][:3]} spk={spk!r} cue={cue!r} src={q.get('source')} | {q['text'][:70]!r}"


def main(names: list[str]) -> None:
    golds = sorted(SEEDS.glob("*.gold.json"))
    for path in golds:
        name = path.name[: -len(".gold.json")]
        if names and not any(n in name for n in names):
            continue
        text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
        with open(SEEDS / f"{name}.txt", encoding="utf-8", newline="") as handle:
            text = handle.read()
        gold = json.loads(path.read_text(encoding="utf-8"))
        got = newsparse.parse_article(text).to_dict()
        print(f"=== {name}")
        for field in ("published", "headline", "bylines", "dateline", "captions"):
            if (
                field in gold
                and gold[field]
                != {k: v for k, v in (got[field] or {}).items() if k in (gold[field] or {})}
                if isinstance(gold[field], dict)
                else gold.get(field) != got.get(field)
            ):
                print(f"  {field}: gold={json.dumps(gold[field], ensure_ascii=False)[:200]}")
                print(
                    f"  {' ' * len(field)}  got={json.dumps(got[field], ensure_ascii=False)[:200]}"
                )
        gq = {key(q): q for q in gold.get("quotes", [])}
        pq = {key(q): q for q in got["quotes"]}
        for k in sorted(set(gq) | set(pq)):
            g, p = gq.get(k), pq.get(k)
            gs, ps = brief(g), brief(p)
            if g and p:
                gsrc = gold["sources"][g["source"]]["name"] if g.get("source") is not None else None
                psrc = got["sources"][p["source"]]["name"] if p.get("source") is not None else None
                same = {kk: g.get(kk) for kk in ("kind", "speaker", "cue")} == {
                    kk: p.get(kk) for kk in ("kind", "speaker", "cue")
                }
                if same and gsrc == psrc:
                    continue
                print(f"  ~ gold {gs} [{gsrc}]\n    got  {ps} [{psrc}]")
            elif g:
                print(f"  - gold {gs}")
            else:
                print(f"  + got  {ps}")
        gsrc = [(s["name"], s["kind"], s["title"]) for s in gold.get("sources", [])]
        psrc = [(s["name"], s["kind"], s["title"]) for s in got["sources"]]
        if gsrc != psrc:
            print(f"  sources gold={gsrc}\n          got ={psrc}")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Quote-attribution accuracy on PolNeAR-style gold (not a test).

usage: python bench/eval_quotes.py GOLD.jsonl [GOLD2.jsonl ...] [--scorer PATH]
                                   [--limit N] [--misses FILE]

Scores with the reference scorer (``score_quotes.py`` next to the data, or
``--scorer``), so the numbers are the ones the held-out check uses, and adds
a per-element table: quotes (overlap P/R/F1), speakers and cues (accuracy on
matched quotes), who-said-what recall, recall by gold kind, recall on the
attributions the SPEC counts (speech and belief cues), and speed.
``--misses FILE`` writes the unmatched gold and predicted quotes for error
analysis (keep that file out of the repository: it holds third-party text).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import newsparse


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(records: list[dict[str, Any]]) -> tuple[dict[str, list[dict[str, Any]]], float]:
    preds: dict[str, list[dict[str, Any]]] = {}
    seconds = 0.0
    for record in records:
        t0 = time.perf_counter()
        article = newsparse.parse_article(record["text"])
        seconds += time.perf_counter() - t0
        rows = []
        for q in article.quotes:
            rows.append(
                {
                    "start": q.span.start,
                    "end": q.span.end,
                    "kind": q.kind.value,
                    "speaker_start": q.speaker.span.start if q.speaker else None,
                    "speaker_end": q.speaker.span.end if q.speaker else None,
                    "cue_start": q.cue.span.start if q.cue else None,
                    "cue_end": q.cue.span.end if q.cue else None,
                }
            )
        preds[record["id"]] = rows
    return preds, seconds


def write_misses(
    scorer: ModuleType, records: list[dict[str, Any]], preds: dict[str, Any], path: Path
) -> None:
    """Unmatched gold (FN) and predictions (FP), per article, for analysis."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            text = record["text"]
            gold = record["quotes"]
            pred = preds.get(record["id"], [])
            gsets = [scorer.charset(text, g["fragments"]) for g in gold]
            psets = [scorer.charset(text, [(p["start"], p["end"])]) for p in pred]
            hit_g: set[int] = set()
            hit_p: set[int] = set()
            for i, ps in enumerate(psets):
                for j, gs in enumerate(gsets):
                    inter = len(ps & gs)
                    if inter and (
                        inter / len(ps | gs) >= 0.5
                        or (pred[i]["kind"] == "partial" and inter / len(ps) >= 0.9)
                    ):
                        hit_g.add(j)
                        hit_p.add(i)
            for j, g in enumerate(gold):
                if j not in hit_g:
                    row = {
                        "id": record["id"],
                        "type": "FN",
                        "kind": g.get("kind"),
                        "cue": g.get("cue"),
                        "speaker": g.get("speaker"),
                        "text": g["text"],
                    }
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            for i, p in enumerate(pred):
                if i not in hit_p:
                    row = {
                        "id": record["id"],
                        "type": "FP",
                        "kind": p["kind"],
                        "text": text[p["start"] : p["end"]],
                        "speaker": text[p["speaker_start"] : p["speaker_end"]]
                        if p["speaker_start"] is not None
                        else None,
                    }
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def in_scope(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with only the gold attributions the SPEC counts as
    quotes: a cue that is a speech or belief verb of newsparse's lexicon, or
    ``according to`` (PolNeAR also annotates ``endorsed X``, polls that
    ``show``, noun-phrase topics)."""
    from newsparse.lexicon.cues import CUE_FORMS

    def speech(quote: dict[str, Any]) -> bool:
        words = (quote.get("cue") or "").lower().replace("’", "'").split()
        return "according" in words or any(w.strip(".,:;") in CUE_FORMS for w in words)

    return [dict(r, quotes=[q for q in r["quotes"] if speech(q)]) for r in records]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--scorer", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", type=Path, default=None)
    args = parser.parse_args(argv)
    for gold_path in args.gold:
        scorer_path = args.scorer or gold_path.resolve().parent.parent / "score_quotes.py"
        scorer = load_scorer(scorer_path)
        with gold_path.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        if args.limit:
            records = records[: args.limit]
        preds, seconds = predict(records)
        result = scorer.score(records, preds)
        chars = sum(len(r["text"]) for r in records)
        print(f"== {gold_path} ({result['articles']} articles, {result['gold']} gold quotes)")
        print(f"{'element':<22}{'P':>7}{'R':>7}{'F1':>7}")
        print(
            f"{'quotes (overlap)':<22}{result['overlap_P']:>7.3f}{result['overlap_R']:>7.3f}"
            f"{result['overlap_F1']:>7.3f}"
        )
        print(f"{'quotes (exact)':<22}{'':>7}{'':>7}{result['exact_F1']:>7.3f}")
        print(f"speaker accuracy      {result['speaker_acc']}")
        print(f"cue accuracy          {result['cue_acc']}")
        print(f"who-said-what recall  {result['who_said_what_recall']}")
        print(f"recall by kind        {result['recall_by_kind']}")
        scoped = in_scope(records)
        scoped_result = scorer.score(scoped, preds)
        print(
            f"in-scope recall       {scoped_result['overlap_R']:.3f} "
            f"({scoped_result['gold']} gold attributions whose cue is a speech or belief "
            "verb or 'according to')"
        )
        print(f"speed                 {chars / seconds:,.0f} chars/s" if seconds else "")
        if args.misses:
            write_misses(scorer, records, preds, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

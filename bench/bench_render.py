"""Speed of ``newsparse.render_html`` on a 1 MB article (not a test).

    python bench/bench_render.py [--size BYTES] [--repeat N]

The article is the seed repeated until it reaches ``--size`` characters, its
gold quotes, sources and mentions shifted into every copy (dense, overlapping
marks: shared speakers, mentions inside quotes), plus a warning per copy. It
prints the median render time of ``--repeat`` runs, and the same for the
parser's own result of that text. The issue's target: well under a second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import newsparse
from newsparse import Article
from newsparse.render import render_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = "000_62e877fef2e00704"


def _shift(node: Any, by: int) -> Any:
    if isinstance(node, dict):
        out = {k: _shift(v, by) for k, v in node.items()}
        if {"text", "start", "end"} <= node.keys():
            out["start"], out["end"] = node["start"] + by, node["end"] + by
        return out
    if isinstance(node, list):
        return [_shift(v, by) for v in node]
    return node


def big_gold_article(size: int) -> Article:
    """The seed's gold, copied into every repetition of its text."""
    with open(SEEDS / f"{SEED}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read() + "\n\n"
    gold = json.loads((SEEDS / f"{SEED}.gold.json").read_text(encoding="utf-8"))
    copies = max(1, size // len(text))
    quotes: list[Any] = []
    sources: list[Any] = []
    warnings: list[str] = []
    for n in range(copies):
        by = n * len(text)
        base = len(sources)
        for q in gold["quotes"]:
            q = _shift(q, by)
            q["source"] = None if q["source"] is None else q["source"] + base
            quotes.append(q)
        sources.extend(_shift(gold["sources"], by))
        warnings.append(f"bench warning (at {by + 100}-{by + 700})")
    return Article.from_dict(
        {"quotes": quotes, "sources": sources, "warnings": warnings, "text": text * copies}
    )


def median_seconds(article: Article, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        render_html(article)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters (1 MB)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    gold = big_gold_article(args.size)
    seconds = median_seconds(gold, args.repeat)
    page = render_html(gold)
    print(
        f"gold marks:   {len(gold.text):,} chars, {len(gold.quotes):,} quotes, "
        f"{len(gold.sources):,} sources -> {len(page):,} chars of HTML in {seconds * 1000:.0f} ms"
    )
    started = time.perf_counter()
    parsed = newsparse.parse_article(gold.text)
    parse_seconds = time.perf_counter() - started
    seconds = median_seconds(parsed, args.repeat)
    print(
        f"parsed marks: {len(parsed.quotes):,} quotes, {len(parsed.sources):,} sources, "
        f"{len(parsed.blocks):,} blocks -> rendered in {seconds * 1000:.0f} ms "
        f"(parse took {parse_seconds * 1000:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

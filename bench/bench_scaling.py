#!/usr/bin/env python3
"""Linear time, measured (not a test).

usage: python bench/bench_scaling.py [--sizes 20000,200000,1000000,4000000] [--check]

Times ``parse_article`` on ordinary copy (the seed article repeated) and on
adversarial runs built to make a careless parser backtrack or go quadratic:
open quotation marks, long capitalised runs, ``he said, she said that``
chains, apostrophes, dashes, stacked appositives, and many distinct
speakers. Prints microseconds per character at each size and the ratio of
the per-character time at the largest size to the smallest; a linear parser
keeps that ratio near 1 (target < 1.5). ``--check`` exits 1 when a ratio is
over 1.5.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_62e877fef2e00704.txt"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _speakers(size: int) -> str:
    """Distinct invented speakers, each quoted and re-mentioned."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        a, b = f"Ka{i % 997:03d}ro", f"Ve{i // 997:03d}na"
        part = f"{a} {b} said the plan {i} would fail. He added that it was late. "
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


CASES: dict[str, Callable[[int], str]] = {
    "ordinary copy": _repeat(SEED.read_text(encoding="utf-8") + "\n\n"),
    "open quotation marks": _repeat("“ "),
    "capitalised run": _repeat("Ana Bo Cy Dee Eve Fox "),
    "he said, she said that": _repeat("he said, she said that "),
    "apostrophes": _repeat("rock 'n' roll '90s don't workers' "),
    "dashes": _repeat("A — B -- C – D - "),
    "appositives": _repeat("Smith, the minister, "),
    "distinct speakers": _speakers,
}


def per_char(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        newsparse.parse_article(text)
        best = min(best, time.perf_counter() - start)
    return best / len(text) * 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="20000,200000,1000000,4000000")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    head = "".join(f"{s // 1000:>9,}K" for s in sizes)
    print(f"{'input':<26}{head}   ratio  (µs per character)")
    worst = 0.0
    for name, build in CASES.items():
        times = [per_char(build(size), args.repeats if size < 2_000_000 else 1) for size in sizes]
        ratio = times[-1] / times[0]
        worst = max(worst, ratio)
        cells = "".join(f"{t:>10.2f}" for t in times)
        print(f"{name:<26}{cells}   {ratio:5.2f}")
    print(f"worst ratio {worst:.2f} (target < 1.5)")
    return 1 if args.check and worst >= 1.5 else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Linear time, measured (not a test).

usage: python bench/bench_scaling.py [--sizes 20000,200000,1000000,4000000]
                                    [--kind KIND ...] [--budget 1.5] [--no-gc] [--check]

Times ``parse_article`` on ordinary copy (the seed article repeated) and on
adversarial runs built to make a careless parser backtrack or go quadratic:
open quotation marks, long capitalised runs, ``he said, she said that``
chains, apostrophes, dashes, stacked appositives, and many distinct
speakers. Prints microseconds per character at each size and the ratio of
the per-character time at the largest size to the smallest; a linear parser
keeps that ratio near 1 (target < 1.5). ``--check`` exits 1 when a ratio is
over 1.5. Each size is timed as often as fits in ``--budget`` seconds and
the best run kept; on a busy machine, compare with ``--no-gc`` before
blaming an algorithm (the cyclic collector's cost grows with the number of
live objects).
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


def best_seconds(text: str, budget: float, *, collect: bool = True, runs: int = 3) -> float:
    """The best of as many parses as fit in ``budget`` seconds (at least
    ``runs``): small inputs are timed many times, so their noise does not pass
    for a slope. ``collect=False`` times with the cyclic GC off, to tell an
    algorithm that grows from the collector's own cost on many objects."""
    best = float("inf")
    spent = 0.0
    done = 0
    while spent < budget or done < runs:
        gc.collect()
        if not collect:
            gc.disable()
        try:
            start = time.perf_counter()
            newsparse.parse_article(text)
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
        best = min(best, elapsed)
        spent += elapsed
        done += 1
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", default="20000,200000,1000000,4000000")
    parser.add_argument("--budget", type=float, default=1.5, help="seconds of repeats per size")
    parser.add_argument(
        "--kind", action="append", default=[], choices=list(CASES), help="only this input (repeat)"
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="at least this many runs per size (best kept)"
    )
    parser.add_argument("--no-gc", action="store_true", help="time with the cyclic GC off")
    parser.add_argument("--check", action="store_true", help="exit 1 if a ratio is >= 1.5")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = args.kind or list(CASES)
    print(f"{'input':<26}{'size':>11}{'seconds':>10}{'µs/char':>10}")
    ratios: dict[str, float] = {}
    for name in kinds:
        per_char: list[float] = []
        for size in sizes:
            text = CASES[name](size)
            seconds = best_seconds(text, args.budget, collect=not args.no_gc, runs=args.runs)
            per_char.append(seconds / len(text) * 1e6)
            print(f"{name:<26}{len(text):>11,}{seconds:>10.3f}{per_char[-1]:>10.2f}")
        ratios[name] = per_char[-1] / per_char[0]
    print(f"\nper-character time, {sizes[-1]:,} vs {sizes[0]:,} characters (target < 1.5):")
    for name, ratio in ratios.items():
        print(f"  {name:<26}{ratio:6.2f}{'  <-- over target' if ratio >= 1.5 else ''}")
    worst = max(ratios.values())
    print(f"worst ratio {worst:.2f}")
    return 1 if args.check and worst >= 1.5 else 0


if __name__ == "__main__":
    sys.exit(main())

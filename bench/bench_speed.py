"""Speed of newsparse against the floor and against textacy (not a test).

    python bench/bench_speed.py                      # the default texts below
    python bench/bench_speed.py PATH.jsonl DIR ...   # JSON Lines (``text``) or dirs of .txt

Over the same texts, in one run, it prints chars/s and articles/s for

- ``newsparse.parse_article``;
- the *floor*: one compiled regular-expression scan for quotation marks plus
  ``str.splitlines``, the least any Python parser of these texts must do;
- ``parse_many`` with two worker processes;
- textacy's ``direct_quotations`` on spaCy, when its separate virtual
  environment exists (``--textacy-python``; see ``docs/performance.md``),
  with the model's load time reported apart;

then the ratios, the import time of ``newsparse`` and the peak memory while
streaming 10,000 articles. The evaluation data is read from the paths given,
never copied. ``--profile`` prints the hottest functions under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import itertools
import json
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = (
    ROOT.parent / "shared" / "eval" / "polnear" / "dev.jsonl",
    ROOT.parent / "shared" / "eval" / "reuters21578" / "dev.jsonl",
    ROOT / "seeds",
)
DEFAULT_TEXTACY_PYTHON = Path("/tmp/textacy-venv/bin/python")
T = TypeVar("T")

#: The floor's one pattern: every quotation mark the SPEC lists.
QUOTE_MARKS = re.compile("[\"'“”‘’«»„]")


# -- texts ------------------------------------------------------------------


def iter_jsonl_texts(path: Path, field: str = "text") -> Iterator[str]:
    """The ``field`` of every record of a JSON Lines file, read lazily."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)[field]


def load_texts(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """``(label, text)`` for every article under ``paths``, in a stable order."""
    texts: list[tuple[str, str]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.glob("*.txt")):
                with open(file, encoding="utf-8", newline="") as handle:
                    texts.append((path.name, handle.read()))
        else:
            label = path.parent.name or path.stem
            texts.extend((label, text) for text in iter_jsonl_texts(path))
    return texts


def sample_evenly(items: Sequence[T], count: int) -> list[T]:
    """``count`` items spread evenly over ``items`` (all of them if fewer)."""
    if count <= 0 or count >= len(items):
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


# -- timing -----------------------------------------------------------------


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def floor_scan(texts: Sequence[str]) -> int:
    """The least any parser must do: find the quotation marks, split lines."""
    findall = QUOTE_MARKS.findall
    found = 0
    for text in texts:
        found += len(findall(text)) + len(text.splitlines())
    return found


def run_newsparse(texts: Sequence[str]) -> None:
    from newsparse import parse_article

    for text in texts:
        parse_article(text)


def run_parse_many(texts: Sequence[str], workers: int) -> None:
    from newsparse import parse_many

    for _ in parse_many(texts, workers=workers):
        pass


def rate(chars: int, articles: int, seconds: float) -> str:
    return (
        f"{chars / seconds:>13,.0f} chars/s {articles / seconds:>10,.1f} articles/s"
        f"  ({seconds:.3f} s)"
    )


# -- import time and memory, each in a fresh interpreter ----------------------


def _interpreter_ms(code: str, env: dict[str, str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def import_time(repeat: int = 15) -> dict[str, Any]:
    """Wall-clock cost of ``import newsparse`` (interpreter start subtracted),
    best of ``repeat``: with bytecode cached, as after ``pip install``, and
    with none (``PYTHONDONTWRITEBYTECODE``, as on this team's machines for an
    editable install); plus the modules with the most self time."""
    warm = dict(os.environ)
    warm.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as cache:
        warm["PYTHONPYCACHEPREFIX"] = cache  # keeps .pyc files out of the tree
        subprocess.run([sys.executable, "-c", "import newsparse"], env=warm, check=True)
        base = _interpreter_ms("pass", warm, repeat)
        cached = _interpreter_ms("import newsparse", warm, repeat) - base
        # the parser loads on first use: what a one-shot command pays in all
        first = _interpreter_ms(_FIRST_PARSE, warm, repeat) - base
        attrs_ms = _interpreter_ms("import attrs", warm, repeat) - base
        profile = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import newsparse"],
            env=warm,
            capture_output=True,
            text=True,
            check=True,
        )
    cold = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    uncached = _interpreter_ms("import newsparse", cold, repeat) - _interpreter_ms(
        "pass", cold, repeat
    )
    rows: list[tuple[int, str]] = []
    for line in profile.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), parts[2].strip()))
    slowest = sorted(rows, reverse=True)[:6]
    return {
        "cached_ms": cached,
        "uncached_ms": uncached,
        "first_parse_ms": first,
        "attrs_ms": attrs_ms,
        "slowest": slowest,
    }


_FIRST_PARSE = (
    "import newsparse; newsparse.parse_article('PARIS (AFP) - Rain fell, officials said.')"
)


def _rss_kib() -> int:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def stream_memory_child(path: Path, count: int, workers: int) -> dict[str, Any]:
    """Stream ``count`` articles (cycling over ``path``) through ``parse_many``
    and JSON, noting resident memory as it goes; run in a fresh interpreter."""
    from newsparse import parse_many

    checkpoints = {count // 10, count // 4, count // 2, 3 * count // 4, count}
    texts = itertools.islice(_cycle(path), count)
    seen: dict[str, Any] = {"count": count, "workers": workers, "rss_kib": {}}
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for done, article in enumerate(parse_many(texts, workers=workers), start=1):
            sink.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            if done in checkpoints:
                seen["rss_kib"][done] = _rss_kib()
    seen["max_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return seen


def _cycle(path: Path) -> Iterator[str]:
    while True:
        yield from iter_jsonl_texts(path)


def stream_memory(path: Path, count: int, workers: int) -> dict[str, Any]:
    run = subprocess.run(
        [
            sys.executable,
            __file__,
            "--stream-child",
            str(path),
            "--stream-count",
            str(count),
            "--workers",
            str(workers),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(run.stdout)
    return result


# -- textacy ----------------------------------------------------------------


def run_textacy(python: Path, paths: Sequence[Path], sample: int) -> dict[str, Any] | str:
    """textacy's numbers, or why there are none."""
    if not python.exists():
        return f"not installed (no {python}; see docs/performance.md)"
    worker = Path(__file__).resolve().parent / "textacy_worker.py"
    command = [str(python), str(worker), "--sample", str(sample), *map(str, paths)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return f"failed: {last}"
    result: dict[str, Any] = json.loads(run.stdout)
    return result


# -- main ---------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_PATHS))
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--workers", type=int, default=2, help="parse_many processes")
    parser.add_argument("--textacy-python", type=Path, default=DEFAULT_TEXTACY_PYTHON)
    parser.add_argument(
        "--textacy-sample",
        type=int,
        default=500,
        help="articles spread evenly over the texts for textacy (0: all; ~7 min)",
    )
    parser.add_argument("--no-textacy", action="store_true")
    parser.add_argument("--stream-count", type=int, default=10_000)
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile parse_article")
    parser.add_argument("--stream-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.stream_child:
        print(json.dumps(stream_memory_child(args.stream_child, args.stream_count, args.workers)))
        return 0

    labelled = load_texts(args.paths)
    texts = [text for _, text in labelled]
    chars, articles = sum(map(len, texts)), len(texts)
    counts = {
        label: sum(1 for _ in group) for label, group in itertools.groupby(labelled, lambda p: p[0])
    }
    print(f"texts: {articles:,} articles, {chars:,} chars ({counts})")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run_newsparse, texts)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0

    imports = import_time()
    detail = ", ".join(f"{name} {us / 1000:.1f}" for us, name in imports["slowest"])
    print(
        f"import newsparse: {imports['cached_ms']:.0f} ms with bytecode cached,"
        f" {imports['uncached_ms']:.0f} ms without (target < 100 ms);"
        f" attrs alone {imports['attrs_ms']:.0f} ms"
    )
    print(
        f"import newsparse and parse one article: {imports['first_parse_ms']:.0f} ms"
        " (the parser loads on first use)"
    )
    print(f"  most self time, ms: {detail}")

    run_newsparse(texts[:50])  # warm caches (regex compilation, lazy imports)
    ours = best_of(args.repeat, lambda: run_newsparse(texts))
    floor = best_of(args.repeat, lambda: floor_scan(texts))
    many = best_of(1, lambda: run_parse_many(texts, args.workers))
    print(f"newsparse parse_article     {rate(chars, articles, ours)}")
    print(f"floor (regex + splitlines)  {rate(chars, articles, floor)}")
    print(f"parse_many workers={args.workers:<2}      {rate(chars, articles, many)}")

    textacy: dict[str, Any] | str = "skipped (--no-textacy)"
    if not args.no_textacy:
        textacy = run_textacy(args.textacy_python, args.paths, args.textacy_sample)
    if isinstance(textacy, str):
        print(f"textacy: {textacy}")
    else:
        t_chars, t_articles, t_seconds = (
            textacy["chars"],
            textacy["articles"],
            textacy["parse_seconds"],
        )
        print(f"textacy direct_quotations   {rate(t_chars, t_articles, t_seconds)}")
        print(
            f"  textacy {textacy['versions']['textacy']}, spaCy {textacy['versions']['spacy']},"
            f" pipeline {'+'.join(textacy['pipeline'])}; model load {textacy['load_seconds']:.2f} s"
            f" (not in the rate); {t_articles:,} articles"
            f"{' (sample)' if t_articles < articles else ''}; {textacy['quotes']} quotes;"
            f" raised on {textacy['failed']} articles (odd number of quotation marks)"
        )

    ours_rate = chars / ours
    print("ratios:")
    print(
        f"  floor / newsparse      {ours and (chars / floor) / ours_rate:8.1f}x"
        " (how far newsparse is from the floor)"
    )
    if not isinstance(textacy, str):
        textacy_rate = textacy["chars"] / textacy["parse_seconds"]
        verdict = "meets" if ours_rate >= 100 * textacy_rate else "MISSES"
        print(
            f"  newsparse / textacy    {ours_rate / textacy_rate:8.1f}x"
            f" ({verdict} the target of 100x)"
        )

    if not args.no_memory:
        # the largest JSON Lines file, so that cycling over it repeats least
        jsonl_files = [p for p in args.paths if p.suffix == ".jsonl"]
        stream_source = max(jsonl_files, key=lambda p: p.stat().st_size, default=None)
        if stream_source is None:
            print("memory: skipped (no JSON Lines file to stream)")
        else:
            for workers in (1, args.workers):
                seen = stream_memory(stream_source, args.stream_count, workers)
                marks = ", ".join(
                    f"{int(n):,}: {kib / 1024:.1f}" for n, kib in seen["rss_kib"].items()
                )
                print(
                    f"memory streaming {seen['count']:,} articles (workers={workers}):"
                    f" RSS MiB after {marks}; peak {seen['max_rss_kib'] / 1024:.1f} MiB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

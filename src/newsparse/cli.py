"""The ``newsparse`` command: parse files and print the SPEC's JSON.

``newsparse FILE...`` prints one JSON object for one file and JSON Lines for
several (or with ``--jsonl``); ``-`` reads standard input. Problems with the
input (a missing file, a directory, bytes that are not UTF-8) print one line
on stderr and exit with status 2 — never a traceback.

Batch mode (see ``docs/scale.md``) streams a corpus in constant memory:
``newsparse --jsonl IN.jsonl --text-field text [--id-field id] -j N -o OUT.jsonl``
or ``newsparse DIR -o OUT.jsonl`` for directories of ``.txt`` files. It is on
when the input is a JSON Lines file or a directory, or when ``-o`` or ``-j`` is
given. Output is JSON Lines in input order; a bad record is reported as
``newsparse: WHERE: REASON; skipped`` and the batch goes on; a progress line
shows on stderr when it is a terminal, and a summary line ends the run. Exit
status: 0, 1 when any record was skipped, 2 when the batch could not start.

HTML view (``docs/view.md``): ``newsparse FILE --html [-o view.html]`` writes
one self-contained page showing who said what; ``newsparse FILE... --html-dir
DIR`` or ``newsparse --jsonl IN.jsonl --html-dir DIR`` writes one page per
article plus ``DIR/index.html``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from typing import IO

from newsparse import batch, render
from newsparse._pipeline import parse_article
from newsparse.errors import InputDecodeError

__all__ = ["build_parser", "main"]

EXIT_INPUT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse wire-style news articles into datelines, captions, quotes and sources.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="article files or directories of .txt; - for stdin"
    )
    parser.add_argument(
        "--jsonl",
        nargs="?",
        const=True,
        metavar="IN.jsonl",
        help="read articles from a JSON Lines file (- for stdin); bare: print JSON Lines",
    )
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    _add_batch_arguments(parser)
    _add_html_arguments(parser)
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.html or args.html_dir is not None:
        return run_html(parser, args)
    if _batch_mode(parser, args):
        return run_batch(args)
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


# -- batch mode ---------------------------------------------------------------

EXIT_SKIPPED = 1
EXIT_INTERRUPTED = 130
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def _add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("batch mode (docs/scale.md)")
    group.add_argument("--text-field", metavar="NAME", help="field holding the text (text)")
    group.add_argument("--id-field", metavar="NAME", help='copy this field to each output "id"')
    group.add_argument(
        "-j", "--workers", type=int, metavar="N", help="worker processes (0: one per core)"
    )
    group.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here, not to stdout")
    group.add_argument(
        "--chunksize", type=int, default=batch.DEFAULT_CHUNKSIZE, help=argparse.SUPPRESS
    )


def _batch_mode(parser: argparse.ArgumentParser, args: argparse.Namespace) -> bool:
    """Settle what ``--jsonl`` means and whether this is a batch run.

    ``--jsonl IN`` names a JSON Lines input when IN ends in ``.jsonl`` or
    ``.ndjson`` (optionally ``.gz``) or ``--text-field``/``--id-field`` is
    given; otherwise, as before batch mode existed, ``--jsonl`` only asks for
    JSON Lines output and IN is the first article file.
    """
    args.jsonl_input = None
    if isinstance(args.jsonl, str):
        value = args.jsonl
        if value.lower().endswith(_JSONL_SUFFIXES) or args.text_field or args.id_field:
            args.jsonl_input = value
        else:
            args.files.insert(0, value)
        args.jsonl = True
    if args.jsonl_input is not None and args.files:
        parser.error("give --jsonl IN.jsonl or FILE/DIR arguments, not both")
    if args.jsonl_input is None and not args.files:
        parser.error("nothing to parse: give FILE..., a directory, or --jsonl IN.jsonl")
    if args.jsonl_input is None and (args.text_field or args.id_field):
        parser.error("--text-field and --id-field go with --jsonl IN.jsonl")
    if args.workers is not None and args.workers < 0:
        parser.error("-j/--workers must be 0 (one per core) or more")
    if args.chunksize < 1:
        parser.error("--chunksize must be 1 or more")
    return (
        args.jsonl_input is not None
        or args.output is not None
        or args.workers is not None
        or any(path != "-" and os.path.isdir(path) for path in args.files)
    )


class _Progress:
    """A count and rate on stderr, redrawn at most ten times a second, only
    when stderr is a terminal that the output does not also go to."""

    def __init__(self, stream: IO[str], *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.drawn = False

    def update(self, done: int, skipped: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.drawn_at < 0.1:
            return
        self.drawn_at = now
        rate = done / max(now - self.started, 1e-9)
        line = f"newsparse: {done:,} articles, {rate:,.0f}/s"
        if skipped:
            line += f", {skipped:,} skipped"
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False

    def say(self, message: str) -> None:
        self.clear()
        print(message, file=self.stream, flush=True)


def _input_error(where: str, reason: str) -> int:
    print(f"newsparse: {where}: {reason}", file=sys.stderr)
    return EXIT_INPUT_ERROR


def _records(
    args: argparse.Namespace, jsonl: IO[bytes] | None
) -> Iterator[batch.Record | batch.BadRecord]:
    if jsonl is not None:
        yield from batch.iter_jsonl(
            jsonl, args.jsonl_input, text_field=args.text_field or "text", id_field=args.id_field
        )
        return
    for path in args.files:
        if path != "-" and os.path.isdir(path):
            yield from batch.iter_directory(path)
        else:
            yield batch.read_text_file(path, stdin=sys.stdin.buffer)


def _has_txt(directory: str) -> bool:
    """Whether a directory holds any ``.txt`` file (stops at the first)."""
    return next(batch.iter_directory(directory), None) is not None


def run_batch(args: argparse.Namespace) -> int:
    """Stream every record to JSON Lines; see the module docstring."""
    for path in args.files:
        if path != "-" and os.path.isdir(path) and not _has_txt(path):
            return _input_error(path, "is a directory with no .txt files")
    with contextlib.ExitStack() as stack:
        jsonl: IO[bytes] | None = None
        out: IO[str] = sys.stdout
        try:
            if args.jsonl_input == "-":
                jsonl = sys.stdin.buffer
            elif args.jsonl_input is not None:
                jsonl = stack.enter_context(batch.open_binary(args.jsonl_input))
        except OSError as error:
            return _input_error(args.jsonl_input, str(error.strerror or error))
        try:
            if args.output not in (None, "-"):
                out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
        except OSError as error:
            return _input_error(args.output, str(error.strerror or error))
        return _stream(args, _records(args, jsonl), out)


def _stream(
    args: argparse.Namespace, records: Iterator[batch.Record | batch.BadRecord], out: IO[str]
) -> int:
    workers = (os.cpu_count() or 1) if args.workers == 0 else args.workers
    to_terminal = out is sys.stdout and out.isatty()
    progress = _Progress(sys.stderr, enabled=sys.stderr.isatty() and not to_terminal)
    done = skipped = 0
    in_flight: deque[str] = deque()  # where each record in flight came from

    def good(records: Iterator[batch.Record | batch.BadRecord]) -> Iterator[tuple[object, str]]:
        nonlocal skipped
        for record in records:
            if isinstance(record, batch.BadRecord):
                skipped += 1
                progress.say(f"newsparse: {record.where}: {record.reason}; skipped")
                continue
            in_flight.append(record.where)
            yield record.key, record.text

    results = batch.map_ordered(
        batch.article_json, good(records), workers=workers, chunksize=args.chunksize
    )
    try:
        for ok, line in results:
            where = in_flight.popleft()
            if ok:
                out.write(line + "\n")
                done += 1
            else:
                skipped += 1
                progress.say(f"newsparse: {where}: {line}; skipped")
            progress.update(done, skipped)
        out.flush()
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SKIPPED
    except KeyboardInterrupt:
        progress.say(f"newsparse: interrupted after {done:,} articles")
        return EXIT_INTERRUPTED
    progress.clear()
    seconds = max(time.monotonic() - progress.started, 1e-9)
    print(
        f"newsparse: {done:,} articles in {seconds:.1f} s ({done / seconds:,.0f}/s), "
        + (f"{skipped:,} skipped" if skipped else "none skipped"),
        file=sys.stderr,
    )
    return EXIT_SKIPPED if skipped else 0


# -- HTML view (docs/view.md) -------------------------------------------------


def _add_html_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("HTML view (docs/view.md)")
    group.add_argument(
        "--html", action="store_true", help="write one FILE as an HTML page (to -o or stdout)"
    )
    group.add_argument(
        "--html-dir", metavar="DIR", help="write a page per article and DIR/index.html"
    )


def run_html(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """``--html``: one page; ``--html-dir``: a page per record and an index."""
    if args.html and args.html_dir is not None:
        parser.error("give --html or --html-dir, not both")
    _batch_mode(parser, args)  # settles what --jsonl names; the output is ours
    if args.html:
        if args.jsonl_input is not None or len(args.files) != 1 or os.path.isdir(args.files[0]):
            parser.error("--html renders one FILE; use --html-dir DIR for several")
        return _write_html_page(args.files[0], args.output)
    if args.output is not None:
        parser.error("-o goes with --html; --html-dir writes DIR/index.html")
    return _write_html_dir(args)


def _write_html_page(path: str, output: str | None) -> int:
    record = batch.read_text_file(path, stdin=sys.stdin.buffer)
    if isinstance(record, batch.BadRecord):
        return _input_error(record.where, record.reason)
    page = render.render_html(parse_article(record.text), title=os.path.basename(path))
    if output in (None, "-"):
        sys.stdout.buffer.write(page.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(page)
    except OSError as error:
        return _input_error(output, str(error.strerror or error))
    return 0


def _write_html_dir(args: argparse.Namespace) -> int:
    for path in args.files:
        if path != "-" and os.path.isdir(path) and next(batch.iter_directory(path), None) is None:
            return _input_error(path, "is a directory with no .txt files")
    workers = (os.cpu_count() or 1) if args.workers == 0 else args.workers
    names: deque[str] = deque()  # one per record in flight, in input order
    skipped = 0

    def texts(records: Iterator[batch.Record | batch.BadRecord]) -> Iterator[str]:
        nonlocal skipped
        for record in records:
            if isinstance(record, batch.BadRecord):
                skipped += 1
                print(f"newsparse: {record.where}: {record.reason}; skipped", file=sys.stderr)
                continue
            names.append(record.where if record.key is None else str(record.key))
            yield record.text

    with contextlib.ExitStack() as stack:
        jsonl: IO[bytes] | None = None
        try:
            if args.jsonl_input == "-":
                jsonl = sys.stdin.buffer
            elif args.jsonl_input is not None:
                jsonl = stack.enter_context(batch.open_binary(args.jsonl_input))
        except OSError as error:
            return _input_error(args.jsonl_input, str(error.strerror or error))
        articles = batch.parse_many(texts(_records(args, jsonl)), workers=workers)
        try:
            index = render.write_html_dir(((names.popleft(), a) for a in articles), args.html_dir)
        except OSError as error:
            return _input_error(args.html_dir, str(error.strerror or error))
    print(f"newsparse: wrote {index}", file=sys.stderr)
    return EXIT_SKIPPED if skipped else 0

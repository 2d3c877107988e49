"""Many articles at once: :func:`parse_many` and the record readers of the
batch command line.

``parse_many`` streams: it pulls texts from its input only as far as a small
window ahead of what it has yielded, so a corpus of any size runs in constant
memory. With ``workers > 1`` the window is spread over worker processes in
chunks and the results still come back in input order. Corpora beyond one
machine go through Dask instead (``docs/scale.md``): no scheduler is
reinvented here.

The readers turn JSON Lines files and directories of ``.txt`` files into
:class:`Record` objects, and anything unusable into a :class:`BadRecord` that
says where it was and why, so one bad record never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from newsparse._pipeline import coerce_text, parse_article
from newsparse.errors import InputDecodeError
from newsparse.model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "BadRecord",
    "Record",
    "article_json",
    "iter_directory",
    "iter_jsonl",
    "map_ordered",
    "open_binary",
    "parse_many",
    "read_text_file",
]

T = TypeVar("T")
R = TypeVar("R")

#: Texts sent to a worker process at a time: large enough that the cost of
#: sending a chunk (~0.1 ms) is small against parsing it, small enough that
#: the window of chunks in flight stays a few hundred articles.
DEFAULT_CHUNKSIZE = 32

#: Chunks in flight per worker: one being parsed, one waiting, so no worker
#: idles while the parent writes results.
_CHUNKS_PER_WORKER = 2


def parse_many(
    texts: Iterable[str | bytes],
    reference_date: dt.date | None = None,
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[Article]:
    """Parse every text, yielding :class:`Article` objects in input order.

    ``workers=None`` or ``1`` parses in this process; ``workers > 1`` uses that
    many worker processes, ``chunksize`` texts at a time. Either way the input
    is read lazily (at most ``2 * workers * chunksize`` texts ahead), so
    ``texts`` may be a generator over a corpus larger than memory. Each result
    equals ``parse_article(text, reference_date)``; a text that is neither
    ``str`` nor ``bytes`` raises ``TypeError`` after the articles before it
    were yielded, as the loop over ``parse_article`` would.

    >>> [a.paragraphs[0].text for a in parse_many(["Rain fell.", "Sun shone."])]
    ['Rain fell.', 'Sun shone.']
    """
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date, got {type(reference_date).__name__}"
        )
    parse: Callable[[str], Article] = parse_article
    if reference_date is not None:
        parse = functools.partial(parse_article, reference_date=reference_date)
    # decoding happens here, so a bad input raises in this process, in order
    strings = (coerce_text(text) for text in texts)
    return map_ordered(parse, strings, workers=workers, chunksize=chunksize)


def map_ordered(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[R]:
    """``map(func, items)`` lazily, on ``workers`` processes when ``workers > 1``.

    Results come in input order; ``func`` and the items must pickle. An
    exception, from ``func`` or from the input itself, is raised where the
    serial loop would raise it: after every result before it.
    """
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be None or a positive int, got {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    if workers is None or workers == 1:
        return map(func, items)
    return _map_on_processes(func, iter(items), workers, chunksize)


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> tuple[list[R], Exception | None]:
    """Runs in a worker: the results up to the first exception, and that."""
    results: list[R] = []
    try:
        for item in chunk:
            results.append(func(item))
    except Exception as error:
        return results, error
    return results, None


def _map_on_processes(
    func: Callable[[T], R], items: Iterator[T], workers: int, chunksize: int
) -> Iterator[R]:
    # imported here: ``import newsparse`` stays fast for the in-process case
    from concurrent.futures import ProcessPoolExecutor

    window = workers * _CHUNKS_PER_WORKER
    pending: deque[Future[tuple[list[R], Exception | None]]] = deque()
    input_error: Exception | None = None
    exhausted = False
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk: list[T] = []
                try:
                    for item in items:
                        chunk.append(item)
                        if len(chunk) == chunksize:
                            break
                    else:
                        exhausted = True
                except Exception as error:  # raised by the input: re-raise in order
                    input_error, exhausted = error, True
                if chunk:
                    pending.append(pool.submit(_run_chunk, func, chunk))
            if not pending:
                break
            results, failure = pending.popleft().result()
            yield from results
            if failure is not None:
                raise failure
        if input_error is not None:
            raise input_error
    finally:
        # also runs when the caller stops early: no orphan work, no orphan processes
        pool.shutdown(wait=True, cancel_futures=True)


# -- records for the batch command line --------------------------------------


class Record(NamedTuple):
    """One article to parse: ``key`` links the result to its input (a JSON
    Lines record's id, a file's path; ``None`` when there is nothing to link),
    ``where`` names it in messages."""

    key: object
    text: str
    where: str


class BadRecord(NamedTuple):
    """An input that cannot be parsed: ``where`` (``FILE:LINE`` or a path)
    and ``reason`` are printed as ``newsparse: WHERE: REASON``."""

    where: str
    reason: str


_JSON_TYPES = {
    type(None): "null",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    list: "an array",
    dict: "an object",
}


def open_binary(path: str) -> IO[bytes]:
    """Open a file for :func:`iter_jsonl`: ``.gz`` files through gzip."""
    if path.endswith(".gz"):
        import gzip

        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


def iter_jsonl(
    stream: IO[bytes], name: str, *, text_field: str = "text", id_field: str | None = None
) -> Iterator[Record | BadRecord]:
    """Every line of a JSON Lines stream as a :class:`Record`, or a
    :class:`BadRecord` at ``NAME:LINE`` (1-based) saying what is wrong.

    Blank lines are skipped. Lines are read one at a time, never all at once.
    """
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        yield _jsonl_record(raw, f"{name}:{number}", text_field, id_field)


def _jsonl_record(
    raw: bytes, where: str, text_field: str, id_field: str | None
) -> Record | BadRecord:
    try:
        value: Any = json.loads(raw)
    except UnicodeDecodeError as error:
        return BadRecord(where, f"not valid UTF-8 ({error.reason} at byte {error.start})")
    except json.JSONDecodeError as error:
        return BadRecord(where, f"not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(value, dict):
        return BadRecord(where, f"not a JSON object but {_JSON_TYPES.get(type(value), 'text')}")
    if text_field not in value:
        return BadRecord(where, f"no {text_field!r} field")
    text = value[text_field]
    if not isinstance(text, str):
        return BadRecord(where, f"{text_field!r} is {_JSON_TYPES[type(text)]}, not text")
    key: object = None
    if id_field is not None:
        if id_field not in value:
            return BadRecord(where, f"no {id_field!r} field")
        key = value[id_field]
    return Record(key, text, where)


def iter_directory(directory: str) -> Iterator[Record | BadRecord]:
    """Every ``.txt`` file under ``directory`` (recursively, in sorted order),
    keyed by its path relative to ``directory`` with ``/`` separators.

    Files are listed one directory at a time, so a huge tree streams too.
    """
    for path in _walk_sorted(directory):
        key = os.path.relpath(path, directory).replace(os.sep, "/")
        yield read_text_file(path, key=key)


def _walk_sorted(directory: str) -> Iterator[str]:
    with os.scandir(directory) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir():
            yield from _walk_sorted(entry.path)
        elif entry.name.endswith(".txt") and entry.is_file():
            yield entry.path


def read_text_file(
    path: str, *, key: object = None, stdin: IO[bytes] | None = None
) -> Record | BadRecord:
    """One article file (``-`` reads ``stdin``) as a :class:`Record`, or a
    :class:`BadRecord` when it cannot be read or is not UTF-8."""
    try:
        if path == "-" and stdin is not None:
            data = stdin.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
        return Record(key, coerce_text(data), path)
    except IsADirectoryError:
        return BadRecord(path, "is a directory")
    except InputDecodeError as error:
        return BadRecord(path, str(error))
    except OSError as error:
        return BadRecord(path, str(error.strerror or error))


def article_json(
    item: tuple[object, str], *, indent: int | None = None, reference_date: dt.date | None = None
) -> tuple[bool, str]:
    """Runs in a worker: ``(key, text)`` -> the article as one JSON text,
    with ``"id": key`` first unless ``key`` is ``None``.

    Returns ``(True, json)`` or, should the parse itself fail (a bug: parsing
    a ``str`` never raises by contract), ``(False, message)`` so that a batch
    can report the record and go on.

    >>> article_json(("a1", "PARIS (AFP) - Rain."))[1][:12]
    '{"id": "a1",'
    """
    key, text = item
    try:
        d = parse_article(text, reference_date).to_dict()
    except Exception as error:
        return False, f"internal error {type(error).__name__}: {error}"
    if key is not None:
        d = {"id": key, **d}
    return True, json.dumps(d, ensure_ascii=False, indent=indent)

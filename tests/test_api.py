"""The public face: input types, errors, the command line."""

from __future__ import annotations

import ast
import datetime as dt
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from corpus import SEEDS

SEED = SEEDS / "000_62e877fef2e00704.txt"


@pytest.mark.parametrize("bad", [123, 1.5, None, ["text"], {"text": "x"}, object()])
def test_non_string_input_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        newsparse.parse_article(bad)  # type: ignore[arg-type]


def test_bytes_are_decoded_and_bom_stripped() -> None:
    text = "PARIS (AFP) - Rain is coming, officials said."
    a = newsparse.parse_article(text)
    assert newsparse.parse_article(text.encode()) == a
    assert newsparse.parse_article(b"\xef\xbb\xbf" + text.encode()) == a


def test_invalid_utf8_names_the_offset() -> None:
    with pytest.raises(newsparse.InputDecodeError, match="offset 3") as info:
        newsparse.parse_article(b"abc\xff def")
    assert isinstance(info.value, UnicodeDecodeError)


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_article("x", reference_date="2024-01-01")  # type: ignore[arg-type]
    assert newsparse.parse_article("x", reference_date=dt.date(2024, 1, 1)).paragraphs


def test_round_trip_and_pickle() -> None:
    article = newsparse.parse_article(SEED.read_text(encoding="utf-8"))
    assert newsparse.Article.from_dict(article.to_dict()) == article
    assert newsparse.Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert pickle.loads(pickle.dumps(article)) == article


def test_article_is_frozen() -> None:
    article = newsparse.parse_article("PARIS (AFP) - Rain.")
    with pytest.raises(AttributeError):
        article.headline = "x"  # type: ignore[misc]


def test_strict_mode_turns_warnings_into_errors() -> None:
    text = "LONDON, Nov 11 (Reuters) - Rain."  # year-less date, no reference
    assert newsparse.parse_article(text).warnings
    with pytest.raises(newsparse.ParseError):
        newsparse.parse_article(text, strict=True)


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args], input=stdin, capture_output=True, check=False
    )


def test_cli_prints_spec_json_for_the_seed() -> None:
    run = _cli(str(SEED))
    assert run.returncode == 0, run.stderr
    d = json.loads(run.stdout)
    keys = {"published", "headline", "bylines", "dateline", "captions", "paragraphs"}
    assert keys | {"quotes", "sources", "warnings"} <= d.keys()
    assert d["published"] == "2024-11-11"
    assert d["dateline"]["agency"] == "Bloomberg"
    credit = d["captions"][0]["credit"]
    assert (credit["photographer"], credit["agency"]) == ("Al Drago", "Bloomberg")


def test_cli_several_files_give_json_lines_and_stdin_works() -> None:
    run = _cli(str(SEED), "-", stdin=SEED.read_bytes())
    assert run.returncode == 0, run.stderr
    lines = run.stdout.decode().splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == json.loads(lines[1])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "No such file"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "bad.txt", (d / "bad.txt").write_bytes(b"ok \xfe"))[0], "offset 3"),
    ],
    ids=["missing", "directory", "undecodable"],
)
def test_cli_input_errors_are_one_line_and_exit_2(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    run = _cli(str(make(tmp_path)))
    assert run.returncode == 2
    err = run.stderr.decode()
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_long_inputs_leave_the_garbage_collector_as_they_found_it() -> None:
    """A long input pauses the cyclic collector during the parse (for linear
    time); afterwards it is on again if it was on, and stays off if the
    caller had turned it off, also with several threads parsing at once."""
    import gc
    import threading

    long_text = "PORT ELLIS (AP) — Ortiz said the pier would stay open.\n\n" * 3_000
    assert len(long_text) > 100_000
    assert gc.isenabled()
    article = newsparse.parse_article(long_text)
    assert len(article.quotes) == 3_000
    assert gc.isenabled()
    threads = [
        threading.Thread(target=newsparse.parse_article, args=(long_text,)) for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
    gc.disable()
    try:
        newsparse.parse_article(long_text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_import_loads_the_model_only_and_the_parser_on_first_use() -> None:
    """``import newsparse`` leaves the rule modules unloaded; the first use
    of ``parse_article`` (attribute or ``from`` import) loads them."""
    code = (
        "import sys, newsparse\n"
        "before = {m for m in sys.modules if m.startswith('newsparse.')}\n"
        "from newsparse import parse_dateline\n"
        "quotes = newsparse.parse_article('PARIS (AFP) - Rain fell, officials said.').quotes\n"
        "after = {m for m in sys.modules if m.startswith('newsparse.')}\n"
        "print(sorted(before)); print(len(quotes)); print('newsparse._pipeline' in after)\n"
        "print(parse_dateline('LONDON (Reuters) - ').agency)\n"
        "print(all(name in dir(newsparse) for name in newsparse.__all__))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    loaded = ast.literal_eval(out[0])  # a list printed by the child
    assert "newsparse._pipeline" not in loaded and "newsparse.quotes" not in loaded
    assert "newsparse.model" in loaded
    assert out[1:] == ["1", "True", "Reuters", "True"]

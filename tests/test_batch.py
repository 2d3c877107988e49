"""Many articles at once: ``parse_many`` and the batch command line.

Speed is measured in ``bench/bench_speed.py``, never here.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import multiprocessing
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from corpus import SEEDS
from newsparse import cli
from newsparse.batch import map_ordered

SEED = SEEDS / "000_62e877fef2e00704.txt"

# Articles written for these tests, in several wire styles; ``i`` varies them.
_TEMPLATES = (
    "LONDON, Nov {day} (Reuters) - Freight rates rose {i} points on Tuesday, "
    "brokers said.\n\n“We expect more of the same,” said analyst Ann Lee.\n",
    "WASHINGTON (AP) — The council voted {i} to 2 to rebuild the pier, officials said.\n\n"
    "“It is long overdue,” Mayor Tom Reyes told reporters. He added that work starts soon.\n",
    "Harbour repairs number {i}\n\nBy Jane Doe\n\n(Bloomberg) -- Dock workers returned "
    "on day {day}, according to the union.\n",
    "PARIS (AFP) - Rain is coming, forecasters said of region {i}.",
    "A crane lifts a beam at pier {i}. Photographer: Al Drago/Bloomberg\n\n"
    "SALVADOR, Feb {day} - Cocoa arrivals were {i} bags, exporters said.\n",
)


def make_text(i: int) -> str:
    return _TEMPLATES[i % len(_TEMPLATES)].format(i=i, day=1 + i % 28)


def texts(n: int) -> list[str]:
    return [make_text(i) for i in range(n)]


# -- parse_many ----------------------------------------------------------------


def test_parse_many_in_process_equals_parse_article() -> None:
    inputs = [*texts(20), SEED.read_text(encoding="utf-8")]
    got = list(newsparse.parse_many(inputs))
    assert got == [newsparse.parse_article(t) for t in inputs]
    assert [a.text for a in got] == inputs


@pytest.mark.parametrize("chunksize", [1, 3, 64])
def test_parse_many_on_processes_keeps_input_order(chunksize: int) -> None:
    inputs = texts(50)
    got = list(newsparse.parse_many(inputs, workers=2, chunksize=chunksize))
    assert got == [newsparse.parse_article(t) for t in inputs]
    assert [a.text for a in got] == inputs  # the input text comes back too


def test_parse_many_accepts_bytes_and_passes_the_reference_date() -> None:
    text = "LONDON, Dec 31 (Reuters) - Rates fell, brokers said."
    reference = dt.date(2025, 1, 1)
    expected = newsparse.parse_article(text, reference_date=reference)
    for workers in (None, 2):
        got = list(newsparse.parse_many([text.encode()], reference, workers=workers))
        assert got == [expected]


class Counting:
    """An input that counts how far it has been read."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.pulled = 0

    def __iter__(self) -> Iterator[str]:
        for i in range(self.n):
            self.pulled += 1
            yield make_text(i)


def test_parse_many_in_process_reads_one_text_per_article() -> None:
    source = Counting(1000)
    articles = newsparse.parse_many(source)
    assert source.pulled == 0  # nothing is read before it is asked for
    next(articles)
    assert source.pulled == 1


def test_parse_many_on_processes_reads_a_bounded_window_ahead() -> None:
    source = Counting(10_000)
    articles = newsparse.parse_many(source, workers=2, chunksize=4)
    for _ in range(10):
        next(articles)
    # two chunks per worker in flight, plus the chunk being refilled
    assert source.pulled <= 2 * 2 * 4 + 4 + 10
    articles.close()  # type: ignore[attr-defined]


def test_stopping_early_leaves_no_worker_process() -> None:
    articles = newsparse.parse_many(texts(500), workers=2, chunksize=2)
    next(articles)
    assert multiprocessing.active_children()
    articles.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("workers", [None, 2])
def test_a_bad_input_raises_after_the_articles_before_it(workers: int | None) -> None:
    inputs: list[object] = [*texts(7), 42, make_text(8)]
    got = []
    with pytest.raises(TypeError, match="int"):
        for article in newsparse.parse_many(inputs, workers=workers, chunksize=3):  # type: ignore[arg-type]
            got.append(article)
    assert [a.text for a in got] == texts(7)


def _fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x * 10


def test_map_ordered_raises_a_worker_error_in_order() -> None:
    got = []
    with pytest.raises(ValueError, match="three"):
        for value in map_ordered(_fail_on_three, range(6), workers=2, chunksize=2):
            got.append(value)
    assert got == [0, 10, 20]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"workers": 0}, "workers"), ({"workers": -2}, "workers"), ({"chunksize": 0}, "chunksize")],
)
def test_parse_many_rejects_bad_settings(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        newsparse.parse_many(["x"], **kwargs)  # type: ignore[arg-type]


def test_parse_many_rejects_a_reference_that_is_not_a_date() -> None:
    with pytest.raises(TypeError, match="str"):
        newsparse.parse_many(["x"], "2024-01-01")  # type: ignore[arg-type]


# -- the batch command line ------------------------------------------------------


def write_jsonl(path: Path, n: int, bad: dict[int, bytes]) -> list[int]:
    """``n`` good records with ids 0..n-1, with ``bad`` lines inserted at the
    given 1-based line numbers; returns the good ids in file order."""
    good = iter(range(n))
    lines: list[bytes] = []
    while len(lines) < n + len(bad):
        number = len(lines) + 1
        if number in bad:
            lines.append(bad[number])
        else:
            i = next(good)
            lines.append(json.dumps({"id": i, "text": make_text(i), "extra": [1, 2]}).encode())
    path.write_bytes(b"\n".join(lines) + b"\n")
    return list(range(n))


BAD_LINES = {
    3: b'{"id": "no-text"}',
    5: b"{not json",
    8: b'{"id": "number", "text": 17}',
    9: b'["a", "list"]',
    12: b'{"id": "latin-1", "text": "caf\xe9"}',
    13: b"   ",  # blank: not a record, not an error
    15: b'{"text": "no id here"}',
}
BAD_REASONS = {
    3: "no 'text' field",
    5: "not valid JSON",
    8: "'text' is a number, not text",
    9: "not a JSON object but an array",
    12: "not valid UTF-8",
    15: "no 'id' field",
}


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_jsonl_batch_of_ten_thousand_with_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    ids = write_jsonl(source, 10_000, BAD_LINES)
    out_path = tmp_path / "out.jsonl"
    status, out, err = run_cli(
        ["--jsonl", str(source), "--text-field", "text", "--id-field", "id", "-o", str(out_path)],
        capsys,
    )
    assert status == cli.EXIT_SKIPPED
    assert out == ""
    records = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids
    assert records[0] == {"id": 0, **newsparse.parse_article(make_text(0)).to_dict()}
    lines = err.splitlines()
    for number, reason in BAD_REASONS.items():
        assert any(f"in.jsonl:{number}: {reason}" in line for line in lines), (number, lines)
    assert sum("skipped" in line for line in lines) == len(BAD_REASONS) + 1
    assert "10,000 articles" in lines[-1]
    assert "6 skipped" in lines[-1]
    assert "\r" not in err  # no progress bar when stderr is not a terminal

    # the same output, byte for byte, on two worker processes
    parallel = tmp_path / "parallel.jsonl"
    status, _, _ = run_cli(
        ["--jsonl", str(source), "--id-field", "id", "-j", "2", "-o", str(parallel)], capsys
    )
    assert status == cli.EXIT_SKIPPED
    assert parallel.read_bytes() == out_path.read_bytes()


def test_cli_clean_batch_exits_zero_and_streams_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        for i in range(30):
            handle.write(json.dumps({"body": make_text(i)}) + "\n")
    status, out, err = run_cli(["--jsonl", str(source), "--text-field", "body", "-j", "2"], capsys)
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records == [newsparse.parse_article(make_text(i)).to_dict() for i in range(30)]
    assert "id" not in records[0]
    assert err.splitlines() == [err.strip()]
    assert "30 articles" in err and "none skipped" in err


def test_cli_jsonl_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "".join(json.dumps({"id": f"a{i}", "text": make_text(i)}) + "\n" for i in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    status, out, _ = run_cli(["--jsonl", "-", "--id-field", "id"], capsys)
    assert status == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a0", "a1", "a2"]


def test_cli_directory_of_txt_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(make_text(2), encoding="utf-8")
    (tmp_path / "a.txt").write_text(make_text(0), encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"caf\xe9")  # not UTF-8
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    crlf = make_text(1).replace("\n", "\r\n")
    (tmp_path / "b" / "1.txt").write_bytes(crlf.encode())
    out_path = tmp_path / "out.jsonl"
    status, _, err = run_cli([str(tmp_path), "-o", str(out_path)], capsys)
    assert status == cli.EXIT_SKIPPED
    records = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a.txt", "b/1.txt", "b/2.txt"]
    # offsets point into the file as it is, CRLF and all
    assert records[1] == {"id": "b/1.txt", **newsparse.parse_article(crlf).to_dict()}
    assert "c.txt: input is not valid UTF-8" in err
    assert "3 articles" in err.splitlines()[-1]


def test_cli_empty_directory_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "readme.md").write_text("x", encoding="utf-8")
    status, out, err = run_cli([str(tmp_path)], capsys)
    assert status == cli.EXIT_INPUT_ERROR
    assert out == ""
    assert err.strip() == f"newsparse: {tmp_path}: is a directory with no .txt files"


@pytest.mark.parametrize("args", [["--jsonl", "{missing}"], ["-o", "{dir}/no/such/out.jsonl"]])
def test_cli_batch_that_cannot_start_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    argv = [a.format(missing=tmp_path / "missing.jsonl", dir=tmp_path) for a in args]
    if "-o" in argv:
        argv.insert(0, str(SEED))
    status, out, err = run_cli(argv, capsys)
    assert status == cli.EXIT_INPUT_ERROR
    assert out == ""
    assert "No such file or directory" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [["--jsonl", str(SEED)], [str(SEED), "--jsonl"], ["--jsonl", str(SEED), str(SEED)]],
    ids=["flag-before", "flag-after", "flag-before-two"],
)
def test_cli_bare_jsonl_flag_still_means_json_lines_output(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run_cli(argv, capsys)
    assert status == 0, err
    lines = out.splitlines()
    assert len(lines) == argv.count(str(SEED))
    assert json.loads(lines[0]) == newsparse.parse_article(SEED.read_bytes()).to_dict()
    assert err == ""  # not a batch run: no summary


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "nothing to parse"),
        (["--jsonl", "a.jsonl", "b.txt"], "not both"),
        (["b.txt", "--text-field", "body"], "go with --jsonl"),
        (["b.txt", "-j", "-1"], "workers"),
    ],
)
def test_cli_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    assert message in capsys.readouterr().err


def test_cli_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, 50, {})
    controller, terminal = pty.openpty()
    try:
        run = subprocess.run(
            [sys.executable, "-m", "newsparse", "--jsonl", str(source), "-o", os.devnull],
            stderr=terminal,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal side is closed: all read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert run.returncode == 0
    screen = shown.decode()
    assert "\rnewsparse: " in screen and "/s" in screen  # the progress line: count and rate
    assert screen.rstrip().endswith("none skipped")  # then the summary

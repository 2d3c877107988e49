"""Bad input, one table row per case: a clear error or a parse, never a crash."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath

import pytest

import newsparse
from invariants import parse_and_check

SEED_SENTENCE = "“We will act,” the minister said on Monday.\n\n"


@pytest.mark.parametrize(
    "bad",
    [
        123,
        4.5,
        None,
        True,
        ["text"],
        {"text": "x"},
        object(),
        dt.date(2024, 1, 1),
        PurePosixPath("story.txt"),
        io.StringIO("PARIS (AFP) - Rain."),
    ],
    ids=["int", "float", "None", "bool", "list", "dict", "object", "date", "path", "file"],
)
def test_non_string_types_raise_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        newsparse.parse_article(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Ortiz said the ferry runs.", "Ortiz said the ferry runs."),
        (b"\xef\xbb\xbf" + b"Ortiz said the ferry runs.", "Ortiz said the ferry runs."),
        ("“Café,” Zoë said.".encode(), "“Café,” Zoë said."),
        (bytearray(b"Ortiz said the ferry runs."), "Ortiz said the ferry runs."),
        (b"\xef\xbb\xbf\xef\xbb\xbfOrtiz said.", "\ufeffOrtiz said."),
    ],
    ids=["utf8", "utf8-bom", "utf8-accents", "bytearray", "only-the-first-bom-stripped"],
)
def test_bytes_are_decoded(data: bytes, expected: str) -> None:
    assert newsparse.parse_article(data) == newsparse.parse_article(expected)


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (b"ok \xff bad", 3),
        (b"\xc3", 0),
        (b"abc\xe2\x80", 3),
        (b"caf\xc3\xa9 \x80", 6),
        (b"\xed\xa0\x80 surrogate", 0),
        (b"\xc0\xaf overlong", 0),
        # the offset is into the bytes as given: a leading BOM counts
        (b"\xef\xbb\xbfok \xff", 6),
        (b"\xef\xbb\xbf\xff", 3),
    ],
    ids=[
        "invalid-byte",
        "truncated-2",
        "truncated-3",
        "lone-continuation",
        "encoded-surrogate",
        "overlong",
        "after-bom",
        "right-after-bom",
    ],
)
def test_invalid_utf8_names_the_byte_offset(data: bytes, offset: int) -> None:
    with pytest.raises(newsparse.InputDecodeError, match=f"offset {offset}\\b") as raised:
        newsparse.parse_article(data)
    assert isinstance(raised.value, UnicodeDecodeError)
    assert raised.value.start == offset


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\t \r\n \u00a0",
        "\x00\x01\x02 said \x07",
        "Ortiz\u200b said\u200b the\u200b ferry\u200b runs.",
        "“🚢 is late,” Ortiz said 🙃.",
        "قال الوزير إن العبارة ستعمل. “نعم،” قال.",
        "“" * 500,
        "”" * 500,
        "\"'‘’«»„" * 200,
        "''" * 300,
        "\ud800 lone surrogate said",
        "PARIS (AFP) -\x0bRain\x0cfell\x1c,\x1d officials\x1e said\x85 \u2028 \u2029 again.",
        "PARIS (AFP) - \u202e“We will act,”\u202c Ana Ruiz \u2066said\u2069.",
        "\ufeff\ufeffPARIS (AFP) - Rain\ufeff fell.",
    ],
    ids=[
        "empty",
        "space",
        "newlines",
        "whitespace-mix",
        "control-chars",
        "zero-width",
        "emoji",
        "right-to-left",
        "only-open-marks",
        "only-close-marks",
        "all-marks",
        "typewriter-marks",
        "lone-surrogate",
        "line-and-paragraph-separators",
        "bidi-controls",
        "bom-characters",
    ],
)
def test_odd_text_parses_with_every_invariant(text: str) -> None:
    article = parse_and_check(text)
    assert not [w for w in article.warnings if w.startswith("internal error")]


_ODD = {
    "zero-width-space": "\u200b",
    "zero-width-joiner": "\u200d",
    "bom-character": "\ufeff",
    "emoji": "🚢🙃",
    "flag-emoji": "🇫🇷",
    "right-to-left-mark": "\u200f",
    "right-to-left-override": "\u202e",
    "arabic": "مرحبا بكم",
    "hebrew": "שלום",
    "next-line": "\x85",
    "line-separator": "\u2028",
    "bell": "\x07",
}
_NOT_LETTERS = {k: v for k, v in _ODD.items() if not any(ch.isalpha() for ch in v)}


@pytest.mark.parametrize("odd", list(_ODD.values()), ids=list(_ODD))
def test_odd_characters_inside_an_article_keep_its_frame_and_quote(odd: str) -> None:
    text = f"PARIS (AFP) - “We will act {odd},” Ana Ruiz said. {odd}\n\nThe port opened in 1990."
    article = parse_and_check(text)
    assert article.dateline is not None and article.dateline.agency == "AFP"
    assert len(article.paragraphs) == 2
    found = [
        (q.text, q.kind.value, q.speaker and q.speaker.text, q.cue and q.cue.text)
        for q in article.quotes
    ]
    assert found == [(f"We will act {odd},", "direct", "Ana Ruiz", "said")]


@pytest.mark.parametrize("odd", list(_NOT_LETTERS.values()), ids=list(_NOT_LETTERS))
def test_characters_that_are_no_words_do_not_change_a_quote_before_them(odd: str) -> None:
    text = f"PARIS (AFP) - {odd} “We will act,” Ana Ruiz said. {odd}"
    article = parse_and_check(text)
    found = [(q.text, q.kind.value, q.speaker and q.speaker.text) for q in article.quotes]
    assert found == [("We will act,", "direct", "Ana Ruiz")]


@pytest.mark.parametrize(
    "text",
    ["\"'‘’«»„‹›" * 300, "“" * 2000, "”“" * 1000, "'" * 3000, "« » „ “ ” ‘ ’\n\n" * 200],
    ids=["all-marks", "openers", "pairs", "apostrophes", "spaced-paragraphs"],
)
def test_a_text_of_only_quotation_marks_has_no_quote(text: str) -> None:
    """No word, no cue, no speaker: nothing is attributed (SPEC: a quoted
    stretch with no cue and no speaker is not a quote)."""
    article = parse_and_check(text)
    assert article.quotes == ()
    assert article.sources == ()


def test_empty_text_gives_an_empty_article() -> None:
    article = parse_and_check("")
    assert (article.quotes, article.sources, article.paragraphs, article.blocks) == ((), (), (), ())


def test_only_quotation_marks_warn_instead_of_failing() -> None:
    article = parse_and_check("“ “ “ “")
    assert any("unclosed quotation mark" in w for w in article.warnings)


# Large inputs run in a subprocess with a generous timeout: a guard against a
# blow-up, not a speed test (speed is measured in bench/).
_LARGE = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from invariants import assert_spans_slice_back
    import newsparse
    text = {build}
    article = newsparse.parse_article(text)
    assert_spans_slice_back(text, article)
    assert not [w for w in article.warnings if w.startswith("internal error")]
    print(len(article.paragraphs), len(article.quotes))
    """
)


@pytest.mark.parametrize(
    ("build", "paragraphs"),
    [
        ("(" + repr(SEED_SENTENCE) + " * 240_000)[:10_000_000]", 200_000),
        ("'\\n\\n'.join(f'Line {i} ends here.' for i in range(100_000))", 100_000),
    ],
    ids=["10-MB-article", "100k-one-line-paragraphs"],
)
def test_large_inputs_finish(build: str, paragraphs: int) -> None:
    import pathlib

    code = _LARGE.format(tests=str(pathlib.Path(__file__).parent), build=build)
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=240, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    found = int(run.stdout.split()[0])
    assert found >= paragraphs * 0.99


# Adversarial runs of a few hundred KB (the inputs of bench/bench_scaling.py):
# a regular expression that backtracks catastrophically, or a quadratic
# loop, turns these into minutes. A guard against a blow-up with a generous
# timeout, not a speed test.
_ADVERSARIAL = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [{tests!r}, {bench!r}]
    from bench_scaling import CASES
    from invariants import assert_spans_slice_back
    import newsparse
    text = CASES[{kind!r}]({size})
    article = newsparse.parse_article(text)
    assert_spans_slice_back(text, article)
    print(len(text))
    """
)
_BENCH = Path(__file__).resolve().parent.parent / "bench"


def _adversarial_kinds() -> list[str]:
    sys.path.insert(0, str(_BENCH))
    try:
        from bench_scaling import CASES
    finally:
        sys.path.remove(str(_BENCH))
    return list(CASES)


@pytest.mark.parametrize("kind", _adversarial_kinds())
def test_adversarial_input_of_300_kb_finishes(kind: str) -> None:
    size = 300_000
    code = _ADVERSARIAL.format(
        tests=str(Path(__file__).parent), bench=str(_BENCH), kind=kind, size=size
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout.split()[0]) == size

"""Bad input, one table row per case: a clear error or a parse, never a crash."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

import newsparse
from invariants import parse_and_check

SEED_SENTENCE = "“We will act,” the minister said on Monday.\n\n"


@pytest.mark.parametrize(
    "bad",
    [123, 4.5, None, ["text"], {"text": "x"}, object(), dt.date(2024, 1, 1)],
    ids=["int", "float", "None", "list", "dict", "object", "date"],
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
    ],
    ids=["utf8", "utf8-bom", "utf8-accents"],
)
def test_bytes_are_decoded(data: bytes, expected: str) -> None:
    assert newsparse.parse_article(data) == newsparse.parse_article(expected)


@pytest.mark.parametrize(
    ("data", "offset"),
    [(b"ok \xff bad", 3), (b"\xc3", 0), (b"abc\xe2\x80", 3)],
    ids=["invalid-byte", "truncated-2", "truncated-3"],
)
def test_invalid_utf8_names_the_byte_offset(data: bytes, offset: int) -> None:
    with pytest.raises(newsparse.InputDecodeError, match=f"offset {offset}"):
        newsparse.parse_article(data)


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
    ],
)
def test_odd_text_parses_with_every_invariant(text: str) -> None:
    article = parse_and_check(text)
    assert not [w for w in article.warnings if w.startswith("internal error")]


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

"""The HTML view in a real browser: headless Chromium loads each page, and
its serialised DOM (``--dump-dom``) must show every quote and source of the
gold file tied to the right source; a screenshot of the seed's view is kept in
the test's temporary folder.

Skipped, with the reason, only when Chromium is not installed; ``.ci/run``
installs the Debian packages ``chromium`` and ``chromium-driver``.

Two kinds of page per article: the *gold view* renders the gold file itself
(checks the renderer alone, always strict); the *parsed view* renders what
``parse_article`` returns, so it fails where the parser misses gold — as
``xfail(strict=True)`` while ``tests/corpus_known_gaps.txt`` lists the
article's quotes or sources, so a fix is noticed.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

import newsparse
from corpus import corpus_names, known_gaps, read_gold, read_text
from newsparse.render import render_html
from test_render import HOSTILE, SEED, gold_article, with_attribution
from viewdom import View

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium chromium-driver)"
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
TIMEOUT = 90


def chromium(page: Path, profile: Path, *args: str) -> str:
    """Chromium's standard output; bytes decoded without newline translation,
    so a CR in the DOM stays a CR."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        timeout=TIMEOUT,
        check=True,
    )
    return result.stdout.decode("utf-8")


def browser_view(html: str, tmp_path: Path, name: str) -> View:
    """The page as Chromium builds it, read back from its DOM dump."""
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    dumped = chromium(page, tmp_path / f"profile-{name}", "--dump-dom")
    assert "</html>" in dumped, "chromium printed no DOM"
    return View(dumped)


def _others() -> list[object]:
    """The first two corpus articles with gold besides the seed."""
    names = [n for n in corpus_names() if n != SEED][:2]
    if not names:
        return [pytest.param(None, marks=pytest.mark.skip(reason="no gold file besides the seed"))]
    return names


def _parsed_cases() -> list[object]:
    gaps = known_gaps()
    cases: list[object] = []
    for name in [SEED, *[n for n in _others() if isinstance(n, str)]]:
        gap = sorted(f for f in ("quotes", "sources") if (name, f) in gaps)
        marks = (
            [pytest.mark.xfail(strict=True, reason=f"corpus_known_gaps lists {', '.join(gap)}")]
            if gap
            else []
        )
        cases.append(pytest.param(name, id=name, marks=marks))
    return cases


@pytest.mark.parametrize("name", [SEED, *_others()])
def test_gold_view_in_browser(name: str, tmp_path: Path) -> None:
    article = gold_article(name)
    view = browser_view(render_html(article, title=name), tmp_path, "gold")
    assert view.text == article.text
    assert view.problems_against(read_gold(name)) == []


@pytest.mark.parametrize("name", _parsed_cases())
def test_parsed_view_in_browser(name: str, tmp_path: Path) -> None:
    article = newsparse.parse_article(read_text(name))
    view = browser_view(render_html(article, title=name), tmp_path, "parsed")
    assert view.text == article.text
    problems = view.problems_against(read_gold(name))
    assert not problems, "the parsed view misses gold:\n" + "\n".join(problems)


def test_parsed_view_shows_what_was_parsed(tmp_path: Path) -> None:
    """Whatever the parser found today is shown, each quote with its source."""
    article = newsparse.parse_article(read_text(SEED))
    view = browser_view(render_html(article), tmp_path, "seed")
    assert view.problems_against(article.to_dict()) == []
    labels = {el.attrs["data-label"] for el in view.marks if "data-label" in el.attrs}
    assert {"metadata", "caption", "credit", "dateline · Bloomberg"} <= labels


def test_hostile_text_in_browser(tmp_path: Path) -> None:
    article = with_attribution(HOSTILE)
    view = browser_view(render_html(article), tmp_path, "hostile")
    assert view.text == HOSTILE  # CRLF, tags, ampersands and </style> come back as text
    assert not [el for el in view.root.iter() if el.tag in ("script", "b", "i")]
    assert [el.tag for el in view.root.iter() if el.tag == "style"] == ["style"]
    assert view.source_name("0") == '<i>"Spox" & </style>'


def test_screenshot_of_the_seed(tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(render_html(gold_article(SEED), title=SEED), encoding="utf-8")
    shot = tmp_path / "seed.png"
    chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000, "the screenshot is nearly blank"

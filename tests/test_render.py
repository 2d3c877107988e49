"""The HTML view (``newsparse.render``), read back with the standard library.

The same checks run in a real browser in ``test_browser.py``; here they run
on the page as written, fast and everywhere.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from corpus import corpus_names, read_gold, read_text
from newsparse import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Mention,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Trailer,
)
from newsparse.render import anonymous_share, render_html, write_html_dir
from viewdom import View

SEED = "000_62e877fef2e00704"
HOSTILE = (
    "<script>alert('x')</script> & \"quoted\" </style></div><!-- &amp; -->\r\n"
    "\r\n"
    "PARIS (AFP) - The tag <b>bold</b> & </style> stay text, a spokesperson said.\r\n"
)


def gold_article(name: str) -> Article:
    """The gold file as an ``Article`` over its text, with the parser's blocks
    (gold files hold no blocks): what a perfect parser would return."""
    text = read_text(name)
    d = newsparse.parse_article(text).to_dict(include_text=True)
    d.update(read_gold(name))
    return Article.from_dict(d)


def mention(text: str, needle: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Mention(needle, Span(start, start + len(needle)))


def with_attribution(text: str) -> Article:
    """The parse of ``text`` plus one quote by a source with a hostile name."""
    article = newsparse.parse_article(text)
    speaker = mention(text, "a spokesperson")
    cue = mention(text, "said")
    content = mention(text, "The tag <b>bold</b> & </style> stay text")
    quote = Quote(content.text, content.span, QuoteKind.INDIRECT, speaker, cue, source=0)
    source = Source('<i>"Spox" & </style>', SourceKind.ANONYMOUS, "</title>", (speaker,))
    return attrs.evolve(
        article, quotes=(quote,), sources=(source,), warnings=("odd <thing> (at 0-8)",)
    )


# -- text and escaping ------------------------------------------------------------


def test_hostile_text_is_escaped_and_shown_exactly() -> None:
    article = with_attribution(HOSTILE)
    page = render_html(article)
    assert "<script" not in page.lower()
    assert page.count("</style>") == 1  # only the one closing the stylesheet
    assert "<b>" not in page and "<i>" not in page
    view = View(page)
    assert view.text == HOSTILE
    assert view.source_name("0") == '<i>"Spox" & </style>'
    titles = [el.attrs["title"] for el in view.marked("q")]
    assert titles and all('<i>"Spox" & </style>' in t for t in titles)
    assert 'title="quote 0: indirect' in page  # attribute values stay in their quotes


@pytest.mark.parametrize(
    "text",
    [
        "\nleading newline kept",
        "CR\ronly\rlines\r",
        "tabs\tand\u00a0no-break\u2028spaces",
        "emoji 🙂 and combining e\u0301",
        "",
    ],
    ids=["leading-newline", "cr", "spaces", "astral", "empty"],
)
def test_text_content_is_the_input(text: str) -> None:
    assert View(render_html(newsparse.parse_article(text))).text == text


def test_characters_html_cannot_carry_become_replacement_one_for_one() -> None:
    text = "a\x00b\ud800c said the official."
    view = View(render_html(newsparse.parse_article(text)))
    assert view.text == "a\ufffdb\ufffdc said the official."


def test_cr_is_written_as_a_reference_so_browsers_keep_it() -> None:
    page = render_html(newsparse.parse_article("one\r\ntwo"))
    assert "one&#13;\ntwo" in page
    assert "\r" not in page


def test_page_is_self_contained() -> None:
    page = render_html(gold_article(SEED))
    assert not re.search(r"<script|<link|<img|<iframe|src=|url\(", page, re.IGNORECASE)
    assert "default-src 'none'" in page  # the CSP forbids any request


# -- marks -----------------------------------------------------------------------------


def test_gold_seed_is_shown_as_gold() -> None:
    article = gold_article(SEED)
    view = View(render_html(article))
    assert view.text == article.text
    assert view.problems_against(read_gold(SEED)) == []


@pytest.mark.parametrize("name", corpus_names())
def test_every_gold_file_is_shown_as_gold(name: str) -> None:
    view = View(render_html(gold_article(name)))
    assert view.problems_against(read_gold(name)) == []


def test_checker_notices_a_wrong_source() -> None:
    article = gold_article(SEED)
    wrong = tuple(
        attrs.evolve(q, source=(q.source or 0) + 1 if q.source != 4 else 0) for q in article.quotes
    )
    problems = View(render_html(attrs.evolve(article, quotes=wrong))).problems_against(
        read_gold(SEED)
    )
    assert len([p for p in problems if "shown with source" in p]) == len(wrong)


def test_checker_notices_a_shifted_quote() -> None:
    article = gold_article(SEED)
    first = article.quotes[0]
    moved = attrs.evolve(first, span=Span(first.span.start + 1, first.span.end))
    problems = View(
        render_html(attrs.evolve(article, quotes=(moved, *article.quotes[1:])))
    ).problems_against(read_gold(SEED))
    assert len(problems) == 1 and "gold quote 0" in problems[0]


def test_each_source_has_its_colour() -> None:
    article = gold_article(SEED)
    page = render_html(article)
    rules = re.findall(r'\[data-source="(\d+)"\]\{--bg:(hsl\([^)]*\))', page)
    assert [int(i) for i, _ in rules] == list(range(len(article.sources)))
    assert len({colour for _, colour in rules}) == len(rules)


def test_kinds_are_told_apart_by_border_style() -> None:
    page = render_html(gold_article(SEED))
    assert ".q-partial{border-style:dashed}" in page
    assert ".q-indirect{border-style:dotted}" in page
    kinds = {el.attrs["data-kind"] for el in View(page).marked("q") if "data-quote" in el.attrs}
    assert kinds == {"indirect", "partial"}


def test_hover_says_kind_speaker_cue_and_source() -> None:
    view = View(render_html(gold_article(SEED)))
    first = view.by_id["q10"]
    assert first.attrs["title"].splitlines() == [
        "quote 10: partial",
        "speaker: six Democratic senators",
        "cue: wrote",
        "source: six Democratic senators (group)",
    ]


def test_shared_speaker_is_one_link_to_both_quotes() -> None:
    view = View(render_html(gold_article(SEED)))
    shared = [m for m in view.marked("spk") if (m.start, m.end) == (1688, 1701)]
    assert len(shared) == 1
    assert shared[0].attrs["data-quotes"] == "8 9"
    assert shared[0].tag == "a" and shared[0].attrs["href"] == "#q8"


def crossing_article() -> Article:
    """Marks that cross, nest, share ends and are empty, on purpose."""
    text = "Alpha beta gamma delta epsilon zeta eta theta, she said."
    she, said = mention(text, "she"), mention(text, "said")
    quotes = (
        Quote(text[0:16], Span(0, 16), QuoteKind.DIRECT, she, said, 0),
        Quote(text[6:30], Span(6, 30), QuoteKind.PARTIAL, she, said, 0),
        Quote(text[11:16], Span(11, 16), QuoteKind.INDIRECT, None, None, None),
        Quote("", Span(30, 30), QuoteKind.DIRECT, mention(text, "sh"), mention(text, "e s"), 7),
    )
    sources = (Source("She", SourceKind.PERSON, None, (she, mention(text, "beta gamma"))),)
    return attrs.evolve(
        newsparse.parse_article(text),
        quotes=quotes,
        sources=sources,
        warnings=("first (at 3-20)", "second (at 20-20)", "no place", "outside (at 5-999)"),
    )


def test_crossing_and_empty_marks_still_nest() -> None:
    article = crossing_article()
    view = View(render_html(article))  # raises if any closing tag is out of order
    assert view.text == article.text
    ranges = view.quote_ranges()  # fragments contiguous, id on the first
    assert {k: (s, e) for k, (s, e, _) in ranges.items()} == {
        "0": (0, 16),
        "1": (6, 30),
        "2": (11, 16),
        "3": (30, 30),
    }
    assert ranges["3"][2].attrs["data-source"] == ""  # out-of-range source shown as none


def test_a_link_is_never_nested_in_a_link() -> None:
    view = View(render_html(crossing_article()))
    for element in view.marks:
        if element.tag == "a":
            parent = element.parent
            while parent is not None:
                assert parent.tag != "a"
                parent = parent.parent


def test_warnings_link_to_where_they_point() -> None:
    view = View(render_html(crossing_article()))
    warnings = view.ranges("data-warning")
    assert {k: (s, e) for k, (s, e, _) in warnings.items()} == {"0": (3, 20), "1": (20, 20)}
    assert view.by_id["w0"] is warnings["0"][2]
    assert "w2" not in view.by_id and "w3" not in view.by_id
    items = [
        el
        for el in view.root.iter()
        if el.tag == "li" and el.parent and "warnings" in el.parent.classes()
    ]
    hrefs = [next((a.attrs["href"] for a in li.iter() if a.tag == "a"), None) for li in items]
    assert hrefs == ["#w0", "#w1", None, None]


def test_span_past_the_text_is_an_error() -> None:
    article = Article.from_dict(newsparse.parse_article(read_text(SEED)).to_dict())
    with pytest.raises(ValueError, match=r"Article\.text"):
        render_html(article)


# -- frame labels and tables ------------------------------------------------------------


def labels(view: View) -> dict[str, str]:
    return {el.attrs["data-label"]: el.text() for el in view.marks if "data-label" in el.attrs}


def test_seed_frame_is_labelled() -> None:
    article = newsparse.parse_article(read_text(SEED))
    found = labels(View(render_html(article)))
    assert found["metadata"] == "date 2024-11-11"
    assert found["caption"] == article.captions[0].text
    assert found["credit"] == "Photographer: Al Drago/Bloomberg"
    assert found["dateline · Bloomberg"] == "(Bloomberg) -- "


def framed_article() -> Article:
    """A frame of every kind, built by hand: the renderer alone is under test."""
    text = (
        "Rain Falls on Paris\n\nBy Jane Doe and John Roe\n\n"
        "PARIS (AFP) - It rained, officials said.\n\n(Reporting by Ann Lee; Editing by Bo Chan)\n"
    )

    def block(kind: BlockKind, needle: str) -> Block:
        return Block(kind, needle, mention(text, needle).span)

    blocks = (
        block(BlockKind.HEADLINE, "Rain Falls on Paris"),
        block(BlockKind.BYLINE, "By Jane Doe and John Roe"),
        block(BlockKind.DATELINE, "PARIS (AFP) - "),
        block(BlockKind.BODY, "It rained, officials said."),
        block(BlockKind.TRAILER, "(Reporting by Ann Lee; Editing by Bo Chan)"),
    )
    trailer = blocks[-1]
    return Article(
        headline="Rain Falls on Paris",
        bylines=("Jane Doe", "John Roe"),
        dateline=Dateline(blocks[2].text, blocks[2].span, location="PARIS", agency="AFP"),
        trailers=(Trailer("reporting", trailer.text, trailer.span, ("Ann Lee", "Bo Chan")),),
        blocks=blocks,
        text=text,
    )


def test_headline_byline_dateline_and_trailer_are_labelled() -> None:
    view = View(render_html(framed_article()))
    found = labels(view)
    assert found == {
        "headline": "Rain Falls on Paris",
        "byline": "By Jane Doe and John Roe",
        "dateline · AFP": "PARIS (AFP) - ",
        "trailer · reporting": "(Reporting by Ann Lee; Editing by Bo Chan)",
    }
    trailer = next(m for m in view.marks if m.attrs.get("data-label") == "trailer · reporting")
    assert trailer.attrs["title"] == "trailer (reporting): Ann Lee, Bo Chan"
    assert view.root.iter()[0].text().count("Rain Falls on Paris") >= 2  # <title> and <h1>


def test_sources_table_counts_and_flags() -> None:
    view = View(render_html(gold_article(SEED)))
    rows = {
        el.attrs["id"]: el for el in view.root.iter() if el.attrs.get("id", "").startswith("src")
    }
    counts = {
        k: next(c.text() for c in row.iter() if "count" in c.classes()) for k, row in rows.items()
    }
    assert counts == {"src0": "1", "src1": "8", "src2": "1", "src3": "1", "src4": "1", "src5": "1"}
    assert [k for k, row in rows.items() if "data-anonymous" in row.attrs] == ["src1"]
    title = next(c.text() for c in rows["src0"].iter() if "title" in c.classes())
    assert title == "US President"
    mention_links = [a.attrs["href"] for a in rows["src1"].iter() if a.tag == "a"]
    assert mention_links == [f"#s1m{k}" for k in range(7)]
    assert all(href[1:] in view.by_id for href in mention_links)


def test_anonymous_share() -> None:
    article = gold_article(SEED)
    assert anonymous_share(article) == pytest.approx(8 / 13)
    assert anonymous_share(attrs.evolve(article, quotes=())) is None
    assert "62% of quotes from anonymous sources" in render_html(article)


# -- batches ---------------------------------------------------------------------------


def test_write_html_dir_pages_and_index(tmp_path: Path) -> None:
    seed = gold_article(SEED)
    other = with_attribution(HOSTILE)
    empty = newsparse.parse_article("No quotes here.")
    records = [("a/b", seed), ("a_b", other), ("index", empty), ("", empty)]
    index = write_html_dir(iter(records), tmp_path / "out")
    assert index == tmp_path / "out" / "index.html"
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["a_b-2.html", "a_b.html", "index-2.html", "index.html", "record.html"]
    view = View(index.read_text(encoding="utf-8"))
    rows = [el for el in view.root.iter() if el.tag == "tr" and "data-quotes" in el.attrs]
    got = [
        (
            next(a.attrs["href"] for a in r.iter() if a.tag == "a"),
            r.attrs["data-quotes"],
            r.attrs["data-sources"],
            next(c.text() for c in r.iter() if "share" in c.classes()),
        )
        for r in rows
    ]
    assert got == [
        ("a_b.html", "13", "6", "62%"),
        ("a_b-2.html", "1", "1", "100%"),
        ("index-2.html", "0", "0", "—"),
        ("record.html", "0", "0", "—"),
    ]
    assert "14 quotes" in index.read_text(encoding="utf-8")
    assert "64% of quotes from anonymous sources" in index.read_text(encoding="utf-8")
    page = View((tmp_path / "out" / "a_b-2.html").read_text(encoding="utf-8"))
    assert page.text == HOSTILE


# -- command line ----------------------------------------------------------------------


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_cli_html_writes_the_page(tmp_path: Path) -> None:
    from corpus import SEEDS

    out = tmp_path / "seed.html"
    result = run_cli(str(SEEDS / f"{SEED}.txt"), "--html", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    view = View(out.read_text(encoding="utf-8"))
    assert view.text == read_text(SEED)
    assert "dateline · Bloomberg" in labels(view)


def test_cli_html_to_stdout() -> None:
    from corpus import SEEDS

    result = run_cli(str(SEEDS / f"{SEED}.txt"), "--html")
    assert result.returncode == 0, result.stderr
    assert View(result.stdout).text == read_text(SEED)


def test_cli_html_dir_from_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(HOSTILE, encoding="utf-8", newline="")
    (tmp_path / "two.txt").write_text("LIMA (AP) - Sun, he said.", encoding="utf-8")
    result = run_cli("one.txt", "two.txt", "--html-dir", "pages", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "pages").iterdir())
    assert names == ["index.html", "one.txt.html", "two.txt.html"]
    assert View((tmp_path / "pages" / "one.txt.html").read_text(encoding="utf-8")).text == HOSTILE


def test_cli_html_dir_from_jsonl(tmp_path: Path) -> None:
    import json

    lines = [
        json.dumps({"id": "seed/0", "text": read_text(SEED)}),
        json.dumps({"id": "hostile", "text": HOSTILE}),
        json.dumps({"id": "no text"}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("--jsonl", "in.jsonl", "--id-field", "id", "--html-dir", "out", cwd=tmp_path)
    assert result.returncode == 1  # one record skipped
    assert "in.jsonl:3: no 'text' field; skipped" in result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["hostile.html", "index.html", "seed_0.html"]
    assert View((tmp_path / "out" / "hostile.html").read_text(encoding="utf-8")).text == HOSTILE
    index = View((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    links = [a.attrs["href"] for a in index.root.iter() if a.tag == "a"]
    assert links == ["seed_0.html", "hostile.html"]


def test_cli_html_needs_one_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = run_cli("a.txt", "a.txt", "--html", cwd=tmp_path)
    assert result.returncode == 2
    assert "--html-dir" in result.stderr


# -- any marks, any text -------------------------------------------------------------


@st.composite
def marked_articles(draw: st.DrawFn) -> Article:
    """Text with markup characters and random, freely overlapping marks."""
    text = draw(st.text(st.sampled_from("ab <>&\"'\r\n\x00/é🙂"), max_size=60))
    n = len(text)

    def span() -> Span:
        start = draw(st.integers(0, n))
        return Span(start, draw(st.integers(start, n)))

    def piece() -> Mention:
        s = span()
        return Mention(text[s.start : s.end], s)

    sources = tuple(
        Source(
            draw(st.text(max_size=5)),
            draw(st.sampled_from(SourceKind)),
            None,
            tuple(piece() for _ in range(draw(st.integers(0, 3)))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    quotes = []
    for _ in range(draw(st.integers(0, 6))):
        s = span()
        quotes.append(
            Quote(
                text[s.start : s.end],
                s,
                draw(st.sampled_from(QuoteKind)),
                draw(st.none() | st.builds(piece)),
                draw(st.none() | st.builds(piece)),
                draw(st.none() | st.integers(-1, len(sources))),
            )
        )
    warnings = tuple(f"w (at {s.start}-{s.end})" for s in (span() for _ in range(2)))
    return Article(quotes=tuple(quotes), sources=sources, warnings=warnings, text=text)


@given(marked_articles())
def test_any_marks_nest_and_keep_the_text(article: Article) -> None:
    view = View(render_html(article))  # closing tags out of order would raise
    expected = article.text.replace("\x00", "\ufffd")
    assert view.text == expected
    ranges = view.quote_ranges()
    for i, quote in enumerate(article.quotes):
        start, end, first = ranges[str(i)]
        assert (start, end) == (quote.span.start, quote.span.end)
        assert first.attrs["data-kind"] == quote.kind.value
    assert all(el.tag != "a" or not _inside_link(el) for el in view.marks)


def _inside_link(element: Any) -> bool:
    parent = element.parent
    while parent is not None:
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False

"""The frame of a story: metadata, headline, bylines, captions in every
place, trailers and sign-offs (articles invented for these tables)."""

# ruff: noqa: E501  (one table row per line reads best)

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.frame import byline_names, parse_published, trailer_names

PUBLISHED = [
    ("date 2024-11-11", "2024-11-11"),
    ("Date: 2024-11-11", "2024-11-11"),
    ("DATE: 2024-11-11", "2024-11-11"),
    ("Published: Nov. 11, 2024", "2024-11-11"),
    ("Posted on November 11, 2024", "2024-11-11"),
    ("Updated: Nov. 11, 2024 10:30 a.m. ET", "2024-11-11"),
    ("2024-11-11T09:30:00Z", "2024-11-11"),
    ("2024-11-11 09:30", "2024-11-11"),
    ("Nov. 11, 2024", "2024-11-11"),
    ("11 November 2024", "2024-11-11"),
    # a time or a weekday before the date (regression rows)
    ("Published 10:42 AM EST, Tue Nov 12, 2024", "2024-11-12"),
    ("Updated 3:15 p.m. ET, Nov. 11, 2024", "2024-11-11"),
    ("Tuesday, Nov. 12, 2024", "2024-11-12"),
    ("Posted: Tue, 12 November 2024 08:05", "2024-11-12"),
    # a US web page's slashed date, month first before a US time zone
    ("10/14/2016 06:40 AM EDT", "2016-10-14"),
    ("10/04/2016 06:40 PM CDT", "2016-10-04"),
    ("14/10/2016 06:40", "2016-10-14"),
    # a web page's "Last updated" label; a slashed date is day first before a UK zone
    ("Last Updated: 04/07/2024 16:12 BST", "2024-07-04"),
    ("Last modified on Nov. 11, 2024", "2024-11-11"),    # Al Jazeera's web stamp, ``On`` capitalised (2026-11-29 evening, round 3)
    ("Published On 11 Nov 2024", "2024-11-11"),
    # ``at`` before the time, ``on`` before the date (2026-11-30)
    ("Updated at 10:15 p.m. ET on Monday, Nov. 11, 2024", "2024-11-11"),
    ("Posted at 10:15 p.m. on Nov. 11, 2024", "2024-11-11"),
    # The Hindu's dashed label and IST stamp (wh15c #22)
    ("Updated - November 11, 2024 10:15 pm IST", "2024-11-11"),
]


@pytest.mark.parametrize(("line", "expected"), PUBLISHED)
def test_published_forms(line: str, expected: str) -> None:
    text = f"{line}\n\nPARIS (AFP) - Trains stopped on Monday."
    article = newsparse.parse_article(text)
    assert article.published == expected
    metadata = [b for b in article.blocks if b.kind is newsparse.BlockKind.METADATA]
    assert [b.text for b in metadata] == [line]


@pytest.mark.parametrize("line", ["date 2024-02-30", "Nov. 11, 20245", "2024-11-11x", "10/04/2016", "02/30/2016 06:40 AM EDT"])
def test_not_a_published_date(line: str) -> None:
    assert parse_published(line, 0, len(line)) is None


def test_metadata_run_into_a_caption() -> None:
    text = (
        "date 2024-11-11 Farmers plant rice in a field in Hanoi, Vietnam, on Friday, "
        "Nov. 8, 2024. Photographer: Quan Le/Bloomberg\n\n"
        "(Bloomberg) -- Vietnam's rice exports rose last month, traders said.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published == "2024-11-11"
    (caption,) = article.captions
    assert caption.text.startswith("Farmers plant rice") and caption.text.endswith("2024.")
    assert caption.credit is not None and caption.credit.photographer == "Quan Le"
    assert (caption.date, caption.place) == ("2024-11-08", "Hanoi, Vietnam")
    assert article.dateline is not None and article.dateline.text == "(Bloomberg) -- "
    assert article.paragraphs[0].text.startswith("Vietnam's rice")


BYLINES = [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By JANE DOE Associated Press", ["JANE DOE"]),
    ("By JANE DOE Associated Press Writer", ["JANE DOE"]),
    ("By JANE DOE, AP Business Writer", ["JANE DOE"]),
    ("By Jane Doe, Reuters", ["Jane Doe"]),
    ("By Jane Doe | Bloomberg", ["Jane Doe"]),
    ("By Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
    ("By Jane Doe and John Roe, Bloomberg News", ["Jane Doe", "John Roe"]),
    ("BY ANA LIMA", ["ANA LIMA"]),
    ("By Ana Reuter", ["Ana Reuter"]),
    ("by Marisol Quintero", ["Marisol Quintero"]),
    ("by Xinhua writers Wang Jun, Liu Fang", ["Wang Jun", "Liu Fang"]),
    # an outlet after a slash or a comma, a co-author after ``with`` (2026-11-29 late)
    ("By Noor Halvik / Harbor Tribune", ["Noor Halvik"]),
    ("By Noor Halvik, Quarry Valley Examiner", ["Noor Halvik"]),
    ("By Noor Halvik, Waterloo-Cedar Falls Courier", ["Noor Halvik"]),
    ("By NOOR HALVIK, Special to The New York Times", ["NOOR HALVIK"]),
    ("By Noor Halvik, The Daily Ledger", ["Noor Halvik"]),
    ("By Noor HALVIK with Teo BRANDT in Beirut", ["Noor HALVIK", "Teo BRANDT"]),
    ("By Noor Halvik | The Associated Press", ["Noor Halvik"]),
    # handles in parentheses and an ``&nbsp;`` entity (2026-11-29 evening)
    ("By Noor Halvik (@nhalvik) and Teo Brandt (@tbrandt)", ["Noor Halvik", "Teo Brandt"]),
    ("By Noor Halvik&nbsp;and Teo Brandt", ["Noor Halvik", "Teo Brandt"]),
    # a known outlet after the comma: Politico's, The Hill's, Roll Call's (2026-11-30, second session)
    ("By Noor Halvik, Politico", ["Noor Halvik"]),
    ("By Noor Halvik and Teo Brandt, The Hill", ["Noor Halvik", "Teo Brandt"]),
    ("By Noor Halvik, CQ-Roll Call", ["Noor Halvik"]),
]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_byline_names(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


# regression: a web byline carries the publication date after a bar, or
# on the line under it; the byline keeps its names
@pytest.mark.parametrize(
    "byline",
    [
        "By Maya Lindqvist | Published 10:42 AM EST, Tue Nov 12, 2024",
        "By Maya Lindqvist\nPublished 10:42 AM EST, Tue Nov 12, 2024",
        "By Maya Lindqvist — Updated Nov. 12, 2024 10:42 a.m. ET",
    ],
)
def test_date_in_the_byline_is_published(byline: str) -> None:
    text = f"Harbour votes on lanes\n\n{byline}\n\nSEATTLE (AP) — The council voted, aides said.\n"
    article = newsparse.parse_article(text)
    assert article.published == "2024-11-12"
    assert (article.headline, article.bylines) == ("Harbour votes on lanes", ("Maya Lindqvist",))
    assert [p.text for p in article.paragraphs] == ["The council voted, aides said."]
    kinds = [b.kind.value for b in article.blocks]
    assert kinds[:2] == ["headline", "byline"] and "body" not in kinds[:-1]


def test_headline_byline_and_affiliation_line() -> None:
    text = (
        "Harbor city votes to rebuild its old pier\n"
        "By MARTA QUINN\nAssociated Press\n\n"
        "PORTLAND, Maine (AP) — The council voted on Monday to rebuild the pier.\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline == "Harbor city votes to rebuild its old pier"
    assert article.bylines == ("MARTA QUINN",)
    (byline,) = [b for b in article.blocks if b.kind is newsparse.BlockKind.BYLINE]
    assert byline.text == "By MARTA QUINN\nAssociated Press"
    assert article.dateline is not None and article.dateline.location == "PORTLAND, Maine"


# an affiliation line under the byline joins it, the dateline under it is
# read (2026-11-29 late)
@pytest.mark.parametrize(
    "under",
    ["Special to The New York Times", "nhalvik@example.com", "Courier staff writer", "The Quarry Valley Courier"],
)
def test_affiliation_lines_under_the_byline(under: str) -> None:
    for gap in ("\n", "\n\n"):
        text = f"Quarry town votes to close pit\n\nBy NOOR HALVIK\n{under}{gap}BRAMWELL, Ore. — The council voted, officials said.\n"
        article = newsparse.parse_article(text)
        assert article.bylines == ("NOOR HALVIK",)
        (byline,) = [b for b in article.blocks if b.kind is newsparse.BlockKind.BYLINE]
        assert byline.text == f"By NOOR HALVIK\n{under}"
        assert article.dateline is not None and article.dateline.location == "BRAMWELL, Ore."
        assert [p.text for p in article.paragraphs] == ["The council voted, officials said."]


# an op-ed's author line under the byline is furniture; the dateline under
# it is read (2026-11-29 evening, round 3)
@pytest.mark.parametrize(
    "bio",
    ["Ms. Halvik is a contributing opinion writer.", "Halvik is a senior fellow at the Quarry Institute."],
)
def test_author_line_under_the_byline(bio: str) -> None:
    for gap in ("\n", "\n\n"):
        text = f"By Noor Halvik\n{bio}{gap}BRAMWELL — Every mayor promised to fix the pit, the council said.\n"
        article = newsparse.parse_article(text)
        assert article.bylines == ("Noor Halvik",)
        assert article.dateline is not None and article.dateline.location == "BRAMWELL"
        assert [p.text for p in article.paragraphs] == ["Every mayor promised to fix the pit, the council said."]
        assert [q.text for q in article.quotes] == ["Every mayor promised to fix the pit"]


# Anadolu's web layout: a stamped byline line and the place alone on its
# line (2026-11-29 evening, round 3)
def test_anadolu_web_byline_and_place_line() -> None:
    text = (
        "Quarry town votes to close pit\n\nNoor Halvik  |10.11.2024 - Update : 11.11.2024\n\n"
        "BRAMWELL\n\nThe council voted on Sunday to close the pit, officials said.\n"
    )
    article = newsparse.parse_article(text)
    assert article.bylines == ("Noor Halvik",)
    assert article.published == "2024-11-10"
    assert article.dateline is not None and article.dateline.location == "BRAMWELL"
    assert [p.text for p in article.paragraphs] == ["The council voted on Sunday to close the pit, officials said."]


def test_byline_with_an_outlet_after_a_bar_is_no_caption() -> None:
    text = "Quarry town votes to close pit\n\nBy Noor Halvik | The Associated Press\n\nBRAMWELL, Ore. (AP) — The council voted.\n"
    article = newsparse.parse_article(text)
    assert (article.bylines, article.captions) == (("Noor Halvik",), ())


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Monday to rebuild the pier, officials said.",
        "The council voted.\n\nIt will cost $12 million, the mayor said.",
    ],
)
def test_no_headline_in_plain_prose(text: str) -> None:
    article = newsparse.parse_article(text)
    assert article.headline is None
    assert article.paragraphs[0].text.startswith("The council voted")


# text, headline, first body paragraph starts with (regression rows: a first
# sentence ending with a full stop, a hard-wrapped first paragraph)
HEADLINES = [
    ("The council met on Tuesday to debate the harbour budget.\n\nMembers argued for hours, the clerk said.", None, "The council met on Tuesday"),
    ("She called the plan \u201ca costly mistake.\u201d\n\nThe council met on Tuesday.", None, "She called the plan"),
    ("Harbour Council Backs New Pier Budget.\n\nThe council met on Tuesday.", "Harbour Council Backs New Pier Budget.", "The council met on Tuesday."),
    ("Council backs pier budget.\n\nPORTLAND, Maine (AP) \u2014 The council met on Tuesday.", "Council backs pier budget.", "The council met on Tuesday."),
    ("Council backs pier budget.\n\nPORTLAND \u2014 The council met on Tuesday.", "Council backs pier budget.", "The council met on Tuesday."),
    ("Mayor: \u2018We will rebuild the pier.\u2019\n\nThe council met on Tuesday.", "Mayor: \u2018We will rebuild the pier.\u2019", "The council met on Tuesday."),
    ("Council backs pier budget\n\nThe council met on Tuesday.", "Council backs pier budget", "The council met on Tuesday."),
    ("Pier to be rebuilt\nThe council voted on Monday to rebuild the old pier at a cost of $12 million.\n\nIt opens in May.", "Pier to be rebuilt", "The council voted on Monday"),
    ("ACME ANVIL CORP <ANV> SAID IT EXPECTED TO REPORT\nhigher profits for the fourth quarter, citing strong\nsales.\n    The company gave no figures.", None, "ACME ANVIL CORP"),
    ("Acme Anvil Corp said on Monday it expected to report\nFourth quarter profits above the year-ago level of\n12 mln dlrs.\n    The company gave no figures.", None, "Acme Anvil Corp said"),
    # regression: a title-case headline with ``for`` read as a ``Name for Outlet`` credit
    ("Acme Launches App for Nurses\n\nNEW YORK, Nov. 11, 2025 /PRNewswire/ -- Acme Corp. said it would ship the app.\n\nIt is free.", "Acme Launches App for Nurses", "Acme Corp. said"),
    ("Acme Launches App for Nurses\nNEW YORK, Nov. 11, 2025 /PRNewswire/ -- Acme Corp. said it would ship the app.\n\nIt is free.", "Acme Launches App for Nurses", "Acme Corp. said"),
]


@pytest.mark.parametrize(("text", "headline", "body"), HEADLINES)
def test_headline_or_first_sentence(text: str, headline: str | None, body: str) -> None:
    for variant in (text, text.replace(" ", "\u00a0")):
        article = newsparse.parse_article(variant)
        got = None if article.headline is None else article.headline.replace("\u00a0", " ")
        assert got == headline
        assert article.paragraphs[0].text.replace("\u00a0", " ").startswith(body)


# regression: a Reuters kicker before the headline is a story label (a
# metadata block), neither the headline's text nor a quote's
@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("EXCLUSIVE-", "Ferry talks stall as Ankara balks, sources say"),
        ("UPDATE 2-", "Ferry talks stall as Ankara balks, sources say"),
        ("RPT-INSIGHT-", "Ferry talks stall as Ankara balks, sources say"),
        ("CORRECTED-", "Ferry talks stall as Ankara balks, sources say"),
        ("ANALYSIS-", "Ferry talks stall as Ankara balks, sources say"),
        ("FACTBOX-", "What the ferry talks cover"),
        ("UPDATE 1-EXCLUSIVE-", "Ferry talks stall as Ankara balks, sources say"),
        ("REFILE-", "Ferry talks stall as Ankara balks, sources say"),
        # a desk's column name in capitals (2026-11-29 evening)
        ("GLOBAL MARKETS-", "Ferry talks stall as Ankara balks, sources say"),
        ("MIDEAST STOCKS-", "Ferry talks stall as Ankara balks, sources say"),
        ("BUZZ-", "Ferry talks stall as Ankara balks, sources say"),
        # Reuters' sports slugs, in sentence case (2026-11-30)
        ("Soccer-", "Ferry talks stall as Ankara balks, sources say"),
        ("Motor racing-", "Ferry talks stall as Ankara balks, sources say"),
        ("Tennis-", "Halvik says she is fit for the final"),
    ],
)
def test_reuters_kicker_is_a_story_label(kicker: str, headline: str) -> None:
    text = f"{kicker}{headline}\n\nISTANBUL, Nov 11 (Reuters) - Ferry talks stalled, officials said.\n"
    article = newsparse.parse_article(text, reference_date=dt.date(2024, 11, 12))
    assert article.headline == headline
    assert [(b.kind.value, b.text) for b in article.blocks[:2]] == [("metadata", kicker), ("headline", headline)]
    assert not any(q.text.startswith(kicker) for q in article.quotes)
    if headline.endswith("sources say"):
        assert article.quotes[0].text == "Ferry talks stall as Ankara balks"


# a label and a colon (``Exclusive:``, Xinhua's ``Interview:``), Yonhap's desk
# tags (``(LEAD)``, ``(2nd LD)``) and Bloomberg's ``-- Update`` are story
# labels too, out of the headline and its quotes (2026-11-29 night)
@pytest.mark.parametrize(
    ("line", "labels", "headline"),
    [
        ("Exclusive: Ferry talks stall, sources say", ["Exclusive:"], "Ferry talks stall, sources say"),
        ("Interview: Ferry talks at their best, says envoy", ["Interview:"], "Ferry talks at their best, says envoy"),
        ("Roundup: Ferry talks stall, say analysts", ["Roundup:"], "Ferry talks stall, say analysts"),
        ("(LEAD) Ferry talks stall, officials say", ["(LEAD)"], "Ferry talks stall, officials say"),
        ("(2nd LD) Ferry talks stall, officials say", ["(2nd LD)"], "Ferry talks stall, officials say"),
        ("(News Focus) Ferry talks stall, experts say", ["(News Focus)"], "Ferry talks stall, experts say"),
        ("Harbor Line Says Ferry Talks Stall -- Update", ["-- Update"], "Harbor Line Says Ferry Talks Stall"),
        # a web site's label before a dash, a video label (2026-11-29 late)
        ("Exclusive — Ferry talks stall, sources say", ["Exclusive —"], "Ferry talks stall, sources say"),
        ("EXCLUSIVE — Ferry talks stall, sources say", ["EXCLUSIVE —"], "Ferry talks stall, sources say"),
        ("WATCH: Ferry talks stall, sources say", ["WATCH:"], "Ferry talks stall, sources say"),
        ("Video: Ferry talks stall, sources say", ["Video:"], "Ferry talks stall, sources say"),
    ],
)
def test_labels_around_the_headline(line: str, labels: list[str], headline: str) -> None:
    text = f"{line}\n\nISTANBUL, Nov 11 (Yonhap) -- (LEAD) Ferry talks stalled, officials said.\n"
    article = newsparse.parse_article(text, reference_date=dt.date(2024, 11, 12))
    assert article.headline == headline
    metadata = [b.text for b in article.blocks if b.kind.value == "metadata"]
    assert metadata == [*labels, "(LEAD)"]
    assert article.paragraphs[0].text == "Ferry talks stalled, officials said."
    quotes = [q.text for q in article.quotes]
    assert "Ferry talks stalled" in quotes
    assert not any(label in quote for quote in quotes for label in labels)
    if ", " in headline:
        assert quotes[0] == headline.split(",")[0]


@pytest.mark.parametrize("headline", ["UK-EU ferry talks stall", "COVID-19 cases rise in port", "UPDATE-minded voters cheer", "Football-mad port cheers"])
def test_capitals_and_a_hyphen_are_no_kicker(headline: str) -> None:
    article = newsparse.parse_article(f"{headline}\n\nISTANBUL (Reuters) - Talks stalled.\n")
    assert article.headline == headline


def test_non_breaking_spaces_keep_the_header() -> None:
    # regression: with non-breaking spaces the caption above the dateline
    # lost its ``Name for Outlet`` credit and became the headline
    text = (
        "Shop reopens\n\n"
        "Volunteers stack books in a shop in Dayton on Nov. 2, 2024. Rosa Vidal for The New York Times\n\n"
        "DAYTON, Ohio \u2014 A bookshop reopened on Saturday, its owner said.\n\n"
        "A ferry docks beside the pier. REUTERS/Lena Pohl/File Photo\n\n"
        "Sales rose.\n\n(Additional reporting by Ann Poe)\n"
    )
    nbsp = text.replace(" ", "\u00a0")
    article = newsparse.parse_article(nbsp, reference_date=dt.date(2024, 11, 12))
    plain = newsparse.parse_article(text, reference_date=dt.date(2024, 11, 12))
    assert article.headline == "Shop\u00a0reopens"
    assert [c.credit.photographer if c.credit else None for c in article.captions] == [
        "Rosa\u00a0Vidal",
        "Lena\u00a0Pohl",
    ]
    assert [c.place for c in article.captions] == ["Dayton", None]
    assert article.dateline is not None and article.dateline.location == "DAYTON,\u00a0Ohio"
    assert [t.names for t in article.trailers] == [("Ann\u00a0Poe",)]
    assert [(b.kind, b.span) for b in article.blocks] == [(b.kind, b.span) for b in plain.blocks]


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_byline_names_with_non_breaking_spaces(line: str, names: list[str]) -> None:
    got = byline_names(line.replace(" ", "\u00a0"))
    assert [n.replace("\u00a0", " ") for n in got] == names


def test_subheading_before_a_dateline() -> None:
    text = (
        "Pier to be rebuilt\n\nThe vote was close and the cost is high.\n\n"
        "PORTLAND, Maine (AP) — The council voted on Monday.\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline == "Pier to be rebuilt"
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert [p.text for p in article.paragraphs] == ["The council voted on Monday."]


# a date line right under the headline, with no blank line, is a metadata
# block and dates the story; the byline and dateline under it stay (2026-11-29 night)
@pytest.mark.parametrize(
    "date_line",
    ["Updated: November 8, 2024", "2024-11-08T14:05:11Z", "Published 9:12 AM EST, Fri Nov 8, 2024", "Updated - November 8, 2024 10:15 pm IST"],
)
@pytest.mark.parametrize("byline", ["", "By Nadia Fenwick\n"])
def test_date_line_under_the_headline(date_line: str, byline: str) -> None:
    text = f"Tin Slides to Three-Week Low\n{date_line}\n{byline}(Bloomberg) -- Tin fell, traders said.\n\nIt rose later."
    article = newsparse.parse_article(text)
    assert article.headline == "Tin Slides to Three-Week Low"
    assert article.published == "2024-11-08"
    assert article.dateline is not None and article.dateline.agency == "Bloomberg"
    assert list(article.bylines) == (["Nadia Fenwick"] if byline else [])
    assert [p.text for p in article.paragraphs] == ["Tin fell, traders said.", "It rose later."]


# a web timestamp line: the times and labelled dates after a separator are
# the same metadata block (2026-11-29 late)
@pytest.mark.parametrize(
    "line",
    [
        "June 3, 2025 / 4:12 PM / Updated 2 hours ago",
        "Posted: Jun 3, 2025 / 04:12 PM CDT",
        "Published June 3, 2025 11:02am EDT | Updated June 3, 2025 4:12pm EDT",
        "Published: 16:12 BST, 3 June 2025 | Updated: 18:40 BST, 3 June 2025",
        "Tue 3 Jun 2025 16.12 BST",
        "Jun 3 2025 - 4:12 PM",
    ],
)
def test_web_timestamp_line_is_one_metadata_block(line: str) -> None:
    text = f"{line}\nQuarry town votes to close pit\n\nBRAMWELL, Ore. (AP) — The council voted, officials said.\n"
    article = newsparse.parse_article(text)
    assert (article.published, article.headline) == ("2025-06-03", "Quarry town votes to close pit")
    metadata = [b.text for b in article.blocks if b.kind is newsparse.BlockKind.METADATA]
    assert metadata == [line]


# a relative time or read time under the byline is header furniture; a date
# line closing the headline's unit dates the story (2026-11-29 late)
@pytest.mark.parametrize("furniture", ["Updated 2 hours ago", "5 min read", "3 min read"])
def test_relative_time_under_the_byline(furniture: str) -> None:
    text = f"Quarry town votes to close pit\nBy Noor Halvik\n{furniture}\nBRAMWELL, Ore. (AP) — The council voted, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert [p.text for p in article.paragraphs] == ["The council voted, officials said."]


@pytest.mark.parametrize("date_line", ["Published Nov. 12, 2025", "Nov. 12, 2025, 6:14 p.m. ET"])
def test_date_line_closing_the_headline_unit(date_line: str) -> None:
    text = f"Senate Leaders Weigh Stopgap Bill\n{date_line}\n\nSen. Harlan Vosk said Tuesday the talks were over.\n"
    article = newsparse.parse_article(text)
    assert (article.headline, article.published) == ("Senate Leaders Weigh Stopgap Bill", "2025-11-12")
    assert [p.text for p in article.paragraphs] == ["Sen. Harlan Vosk said Tuesday the talks were over."]


# one line per paragraph: a dek under the headline, a byline without ``By``
# over its outlet, a section label or breadcrumb over the headline (2026-11-29 late)
@pytest.mark.parametrize(
    ("top", "blocks", "bylines"),
    [
        ("Quarry town votes to close pit\nVellacott says the town needs the land for homes\nBy Noor Halvik", ["headline", "headline", "byline"], ("Noor Halvik",)),
        ("Quarry town votes to close pit\nNoor Halvik\nReuters", ["headline", "byline"], ("Noor Halvik",)),
        ("World News\nQuarry town votes to close pit\nBy Noor Halvik", ["metadata", "headline", "byline"], ("Noor Halvik",)),
        ("Home > News > World\nQuarry town votes to close pit\nBy Noor Halvik", ["metadata", "headline", "byline"], ("Noor Halvik",)),
        ("World News\n\nQuarry town votes to close pit\n\nBy Noor Halvik", ["metadata", "headline", "byline"], ("Noor Halvik",)),
    ],
)
def test_one_line_per_paragraph_header(top: str, blocks: list[str], bylines: tuple[str, ...]) -> None:
    text = f"{top}\nBRAMWELL, Ore. (Reuters) - The council voted, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.headline == "Quarry town votes to close pit"
    assert [b.kind.value for b in article.blocks][: len(blocks) + 1] == [*blocks, "dateline"]
    assert article.bylines == bylines
    assert [p.text for p in article.paragraphs] == ["The council voted, officials said."]


# a dek right over the ``By`` line, the dateline in a unit of its own; a
# printed page's number or running head over the headline (2026-11-29 evening)
@pytest.mark.parametrize(
    ("top", "blocks"),
    [
        ("Quarry town votes to close pit\nVellacott says the town needs the land for homes\nBy Noor Halvik", ["headline", "headline", "byline"]),
        ("Quarry town votes to close pit\nRepairs will take until 2028\nBy Noor Halvik", ["headline", "headline", "byline"]),
        ("Page A3\n\nQuarry town votes to close pit\n\nBy Noor Halvik", ["metadata", "headline", "byline"]),
        ("THE BRAMWELL COURIER      November 27, 2026\n      Page A3\n\nQuarry town votes to close pit\n\nBy Noor Halvik", ["metadata", "metadata", "headline", "byline"]),
    ],
)
def test_dek_and_page_head_over_the_byline(top: str, blocks: list[str]) -> None:
    text = f"{top}\n\nBRAMWELL, Ore. (AP) — The council voted, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.headline == "Quarry town votes to close pit"
    assert [b.kind.value for b in article.blocks][: len(blocks) + 1] == [*blocks, "dateline"]
    assert article.bylines == ("Noor Halvik",)
    assert [p.text for p in article.paragraphs] == ["The council voted, officials said."]
    assert all("Noor" not in q.text for q in article.quotes)


# AP feed copy: a slug line and an ``Eds:`` note to editors are story labels,
# never the dateline or the headline, wherever they stand in the header;
# the headline, the byline and the dateline stay (2026-11-29 evening)
@pytest.mark.parametrize(
    ("top", "blocks"),
    [
        ("BC-US--Quarry-Vote,1st Ld-Writethru\nQuarry town votes to close pit", ["metadata", "headline"]),
        ("BC-Quarry-Vote\n\nQuarry town votes to close pit", ["metadata", "headline"]),
        ("AP-US-Quarry-Vote\nQuarry town votes to close pit", ["metadata", "headline"]),
        ("Quarry town votes to close pit\nEds: UPDATES with vote, details. With AP Photos.", ["headline", "metadata"]),
        ("Eds: Embargoed until 12:01 a.m. EST.\nQuarry town votes to close pit", ["metadata", "headline"]),
        ("Quarry town votes to close pit\nEds: Embargoed until 12:01 a.m. EST.\nBy NOOR HALVIK\nAP Business Writer", ["headline", "metadata", "byline"]),
    ],
)
def test_ap_slug_and_eds_note_are_story_labels(top: str, blocks: list[str]) -> None:
    text = f"{top}\n\nBRAMWELL, Ore. (AP) — The council voted, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.headline == "Quarry town votes to close pit"
    assert [b.kind.value for b in article.blocks][: len(blocks) + 1] == [*blocks, "dateline"]
    assert article.dateline is not None and article.dateline.location == "BRAMWELL, Ore."
    assert article.bylines == (("NOOR HALVIK",) if "byline" in blocks else ())
    assert not article.captions
    assert [p.text for p in article.paragraphs] == ["The council voted, officials said."]


# regression: an editor's note above the story is a story label, not a
# dateline and not the headline; the byline and the dateline under it stay
@pytest.mark.parametrize(
    "note",
    [
        "EDITOR'S NOTE — This story contains graphic details.",
        "Editor’s note: This story was updated to correct\nthe name of the judge.",
        "EDITORS NOTE -- This story contains graphic details.",
        # AP's note to editors (2026-11-29 evening)
        "Eds: UPDATES with comment from warden, details. With AP Photos.",
    ],
)
def test_editors_note_is_a_story_label(note: str) -> None:
    text = (
        f"{note}\n\nJailer Convicted\n\nBy KARA ROE and DAN POE\nAssociated Press\n\n"
        "ATLANTA (AP) — A jury convicted a former jailer on Friday, prosecutors said.\n\n"
        "The sentencing is set for May.\n"
    )
    for variant in (text, text.replace(" ", " ")):
        article = newsparse.parse_article(variant)
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.agency) == ("ATLANTA", "AP")
        assert article.headline is not None and article.headline.replace(" ", " ") == "Jailer Convicted"
        assert [b.replace(" ", " ") for b in article.bylines] == ["KARA ROE", "DAN POE"]
        assert article.paragraphs[0].text.replace("\u00a0", " ").startswith("A jury convicted")
        assert not any("jailer" in q.speaker.text for q in article.quotes if q.speaker)
    bare = newsparse.parse_article(text.replace("Jailer Convicted\n\n", ""))
    assert bare.headline is None
    assert bare.dateline is not None and bare.dateline.location == "ATLANTA"


TRAILERS = [
    (
        "(Reporting by Jane Doe in London and John Roe in Singapore; Editing by Ann Poe)",
        "reporting",
        ["Jane Doe", "John Roe", "Ann Poe"],
    ),
    (
        "(Additional reporting by Li Wei; Writing by Sam Hale; Editing by Ana Lima and Tom Roe)",
        "reporting",
        ["Li Wei", "Sam Hale", "Ana Lima", "Tom Roe"],
    ),
    ("Reporting by Jane Doe; Editing by Ann Poe", "reporting", ["Jane Doe", "Ann Poe"]),
    ("--With assistance from Tom Hale and Rita Ng.", "assistance", ["Tom Hale", "Rita Ng"]),
    ("— With assistance from Tom Hale.", "assistance", ["Tom Hale"]),
    ("Marta Quinn in Boston contributed to this report.", "assistance", ["Marta Quinn"]),
    (
        "Associated Press writers Marta Quinn in Boston and Eli Ward contributed to this report.",
        "assistance",
        ["Marta Quinn", "Eli Ward"],
    ),
    # a state or country after the city is a place, not a name (regression rows)
    (
        "Associated Press writer Ben Alvarado in Harrisburg, Pennsylvania, contributed to this report.",
        "assistance",
        ["Ben Alvarado"],
    ),
    (
        "Associated Press writers Ben Alvarado in Harrisburg, Pennsylvania, and Dana Cole in Trenton, New Jersey, contributed to this report.",
        "assistance",
        ["Ben Alvarado", "Dana Cole"],
    ),
    (
        "Associated Press writers Ben Alvarado in Dover, Del., Dana Cole in Kyiv, Ukraine, and Eli Ward contributed to this report.",
        "assistance",
        ["Ben Alvarado", "Dana Cole", "Eli Ward"],
    ),
    (
        "Associated Press writers Marta Quinn in London, Eli Ward in Paris and Rita Ng contributed to this report.",
        "assistance",
        ["Marta Quinn", "Eli Ward", "Rita Ng"],
    ),
    (
        "(Reporting by Jane Doe in Seoul, South Korea, and John Roe; Editing by Ann Poe)",
        "reporting",
        ["Jane Doe", "John Roe", "Ann Poe"],
    ),
    (
        "To contact the reporter on this story:\nAna Vu in Hanoi at avu@example.net",
        "contact",
        ["Ana Vu"],
    ),
    (
        "To contact the editors responsible for this story:\n"
        "Sam Poe at spoe@example.net, Kim Lo at klo@example.net",
        "contact",
        ["Sam Poe", "Kim Lo"],
    ),
    ("©2024 Bloomberg L.P.", "copyright", []),
    ("Copyright 2024 The Associated Press. All rights reserved.", "copyright", []),
    ("Reuter", "signoff", []),
    ("REUTER", "signoff", []),
    # wire and web boilerplate (regression rows)
    ("Enditem", "signoff", []),
    ("ENDITEM", "signoff", []),
    ("This report by The Canadian Press was first published March 7, 2025.", "other", []),
    ("SOURCE Veltrona Therapeutics, Inc.", "other", []),
    ("Media Contact:\nDana Okafor\ndokafor@example.net", "contact", ["Dana Okafor"]),
    ("MEDIA CONTACTS:\nDana Okafor, 555-0100, dokafor@example.net", "contact", ["Dana Okafor"]),
    ("CONTACT: Dana Okafor, dokafor@example.net", "contact", ["Dana Okafor"]),
    ("___", "other", []),
    ("Advertisement", "other", []),
    ("ADVERTISEMENT", "other", []),
    ("Story continues below advertisement", "other", []),
    ("Related: Ferry fares rise for a third year", "other", []),
    ("RELATED COVERAGE\nFerry fares rise for a third year\nUnions plan a second strike", "other", []),
    ("Read more: Ferry fares rise for a third year", "other", []),
    ("Sign up for our daily newsletter", "other", []),
    ("Sign up for breaking news alerts here.", "other", []),
    # sign-offs and web furniture of the Asian and European wires (2026-11-29 night)
    ("(END)", "signoff", []),
    ("==Kyodo", "signoff", []),
    ("bur-tk/lmo", "signoff", []),
    ("PTI KRV HLT", "signoff", []),
    ("-- BERNAMA", "signoff", []),
    # VNA's en dash sign-off (2026-11-29 evening, round 2)
    ("– VNA", "signoff", []),
    # SAnews's sign-off (2026-11-29 evening, round 3)
    ("- SAnews.gov.za", "signoff", []),
    ("(end) rs.hq", "signoff", []),
    ("dpa xy mk n2 ts", "signoff", []),
    ("*Writing by Selin Arikan", "reporting", ["Selin Arikan"]),
    ("Editor: Zhou Ping", "reporting", ["Zhou Ping"]),
    ("(Xinhua reporters Wen Lu and Gao Rui contributed to the story)", "assistance", ["Wen Lu", "Gao Rui"]),
    ("© dpa-infocom, dpa:241108-930-654321/1", "copyright", []),
    ("Anadolu Agency website contains only a portion of the news stories offered to subscribers.", "other", []),
    ("(This story has not been edited by The Ledger and is auto-generated from PTI)", "other", []),
    ("(Only the headline of this report may have been reworked by the Ledger staff; the rest of the content is auto-generated from a syndicated feed.)", "other", []),
    # AP beat writers, AP hub links, AAP's desk sign-off (2026-11-29 night)
    ("AP Sports Writer Noor Halvik in Tulsa contributed to this report.", "assistance", ["Noor Halvik"]),
    ("AP Pro Football Writer Noor Halvik contributed to this report.", "assistance", ["Noor Halvik"]),
    ("AP Hockey Writers Noor Halvik and Teo Brandt contributed to this report.", "assistance", ["Noor Halvik", "Teo Brandt"]),
    ("Associated Press writers Noor Halvik and Teo Brandt contributed.", "assistance", ["Noor Halvik", "Teo Brandt"]),
    ("AP curling: https://apnews.com/hub/curling", "other", []),
    ("More AP NHL: https://apnews.com/hub/nhl and https://example.com/AP_NHL", "other", []),
    ("AAP kp/tw", "signoff", []),
    ("The Associated Press contributed to this report.", "assistance", []),
    ("AP Writer Noor Halvik in Tulsa and Associated Press writer Teo Brandt contributed to this report.", "assistance", ["Noor Halvik", "Teo Brandt"]),
    # end-of-story notes, boilerplate and credits (2026-11-29 late)
    ("This story has been corrected to show the pier closed on Friday, not Thursday.", "other", []),
    ("CORRECTION: An earlier version of this story misspelled the harbor master's name.", "other", []),
    ("The Associated Press' climate coverage receives financial support from several private foundations. AP is solely responsible for all content.", "other", []),
    ("The Associated Press Health and Science Department receives support from the Dorrance Institute. The AP is solely responsible for all content.", "other", []),
    ("The Associated Press receives support from the Halvern Trust for coverage of rivers and water policy.", "other", []),
    ("Follow AP's coverage of the harbor strike at https://apnews.com/hub/harbor-strike", "other", []),
    ("Follow Noor Halvik on X at https://x.com/nhalvik", "other", []),
    ("View original content to download multimedia:https://www.prnewswire.com/news-releases/veltrona-301.html", "other", []),
    ("A photo accompanying this announcement is available at https://www.globenewswire.com/NewsRoom/AttachmentNg/abc", "other", []),
    ("Stay with KZZY 7 for updates.", "other", []),
    ("Write to Noor Halvik at noor.halvik@example.com", "contact", ["Noor Halvik"]),
    ("Noor Halvik can be reached at nhalvik@example.com.", "contact", ["Noor Halvik"]),
    ("Associated Press writers Noor Halvik in Des Moines and Teo Brandt in\nChicago contributed to this report.", "assistance", ["Noor Halvik", "Teo Brandt"]),
    ("Associated Press writer Noor Halvik in Des Moines contributed to this\nreport.", "assistance", ["Noor Halvik"]),
    ("--With assistance from Noor Halvik and Teo\nBrandt.", "assistance", ["Noor Halvik", "Teo Brandt"]),
    ("-- Staff writer Noor Halvik contributed to this report.", "assistance", ["Noor Halvik"]),
    ("Staff writers Noor Halvik and Teo Brandt contributed.", "assistance", ["Noor Halvik", "Teo Brandt"]),
    ("Sewell reported from Tulsa. Associated Press writer Noor Halvik in Dallas contributed.", "assistance", ["Noor Halvik"]),
    (">> Mayor says city will help storm victims", "other", []),
    ("► Mayor says city will help storm victims", "other", []),
    ("MORE | Mayor says city will help storm victims", "other", []),
    ("LINK: Mayor says city will help storm victims", "other", []),
    ("PREVIOUS COVERAGE: Mayor says city will help storm victims", "other", []),
    ("Click here to read more.", "other", []),
    ("[Read more: Mayor says city will help storm victims]", "other", []),
    ("— Related: Mayor says city will help storm victims", "other", []),
    ("(Story continues below)", "other", []),
    ("Share this article", "other", []),
    # ad slots and scroll prompts, newsletter pitches, link-list headings,
    # end-of-story markers (2026-11-29 evening)
    ("Story Continues Below", "other", []),
    ("Continue reading below", "other", []),
    ("SCROLL TO CONTINUE WITH CONTENT", "other", []),
    ("Sponsored Content", "other", []),
    ("Stay informed: Sign up for our free Harbour Briefing newsletter.", "other", []),
    ("Want more stories like this? Sign up for alerts.", "other", []),
    ("Get the latest news delivered to your inbox. Subscribe to our newsletter.", "other", []),
    ("You may also like:\nMayor says city will help storm victims", "other", []),
    ("MORE STORIES\nMayor says city will help storm victims\nCouncil says budget will pass", "other", []),
    ("Further reading:\nMayor says city will help storm victims", "other", []),
    ("###", "signoff", []),
    ("-30-", "signoff", []),
    ("END", "signoff", []),
    ("AP-WF-11-27-26 1542EST", "signoff", []),
    ("ALL RIGHTS RESERVED © Copyright ANSA", "copyright", []),
    # Focus Taiwan's byline and sign-off, CBC's files credit (wh16a #21, wh16b #20)
    ("(By Dara Venn)", "reporting", ["Dara Venn"]),
    ("Enditem/ASG", "signoff", []),
    ("— With files from The Canadian Press", "assistance", []),
    # Reuters' newsletter link; Bloomberg's end note on a corrected version (wh17a #12, #13)
    ("Sign up here.", "other", []),
    ("The Harbour Briefing newsletter brings you the day's top stories. Sign up here.", "other", []),
    ("(A previous version of this story corrected the spelling of Dara Venn's name.)", "other", []),
    ("A previous version of this story misstated the harbour's depth.", "other", []),
    # Reuters' topic links and Bloomberg's story links in syndicated copy
    ("Suggested Topics:\nBusiness\nMarkets", "other", []),
    ("Most Read from Bloomberg\nHarbour Town Rents Soar\nQuorix Bets on Robots", "other", []),
    # The New York Times' and USA TODAY's reporting credits (wh20a #8, #9)
    ("Dara K. Venn contributed reporting from Tarvell, N.H.", "assistance", ["Dara K. Venn"]),
    ("Dara Venn and Ivo Tarrant contributed reporting.", "assistance", ["Dara Venn", "Ivo Tarrant"]),
    ("Noor Halvik contributed research.", "assistance", ["Noor Halvik"]),
    ("Contributing: Teo Brandt", "assistance", ["Teo Brandt"]),
    ("Contributing: Teo Brandt, USA TODAY; The Associated Press", "assistance", ["Teo Brandt"]),
]


@pytest.mark.parametrize(("line", "kind", "names"), TRAILERS, ids=[t[0][:40] for t in TRAILERS])
def test_trailers(line: str, kind: str, names: list[str]) -> None:
    text = f"PARIS (AFP) - Trains stopped, unions said.\n\n{line}\n"
    article = newsparse.parse_article(text)
    (trailer,) = article.trailers
    assert (trailer.kind, trailer.text, list(trailer.names)) == (kind, line, names)
    assert [p.text for p in article.paragraphs] == ["Trains stopped, unions said."]
    assert trailer_names(kind, line) == names


# regression: a press release's ``About X`` section header is boilerplate
# (a trailer of kind ``other``), not body text; the section under it stays
@pytest.mark.parametrize(
    "header",
    ["About Veltrona", "About Veltrona Therapeutics, Inc.", "ABOUT VELTRONA", "About the Company", "About Bank of Harbour Town:", "Conference Call", "Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements", "Conference Call and Webcast Information:", "Safe Harbor Statement"],
)
def test_about_section_header_is_boilerplate(header: str) -> None:
    text = (
        "BOSTON, Nov. 11, 2025 /PRNewswire/ -- The trial is enrolled, Veltrona said.\n\n"
        f"{header}\n\nVeltrona is developing therapies.\n"
    )
    for variant in (text, text.replace(" ", "\u00a0")):
        article = newsparse.parse_article(variant)
        assert [(t.kind, t.text.replace("\u00a0", " ")) for t in article.trailers] == [("other", header)]
        assert [p.text.replace("\u00a0", " ") for p in article.paragraphs] == [
            "The trial is enrolled, Veltrona said.",
            "Veltrona is developing therapies.",
        ]


@pytest.mark.parametrize(
    "line", ["About 200 people came.", "About Veltrona, little is known.", "About half of them left", "Conference calls ran late.", "Forward-looking statements carry risks, Veltrona said."]
)
def test_about_in_a_sentence_is_body(line: str) -> None:
    article = newsparse.parse_article(f"BOSTON (AP) \u2014 Rain fell.\n\n{line}\n\nIt cleared.\n")
    assert article.trailers == ()
    assert line in [p.text for p in article.paragraphs]


# regression: web clutter between paragraphs is boilerplate (a trailer of
# kind ``other``), the story around it stays body text
def test_web_clutter_between_paragraphs() -> None:
    text = (
        "SEATTLE (AP) \u2014 The council voted for bike lanes, aides said.\n\n"
        "Advertisement\n\n"
        "\u201cWe will build them,\u201d said Theo Lund.\n\n"
        "Related: Ferry fares rise for a third year\n\n"
        "Shop owners said parking would suffer.\n\n"
        "Sign up for our daily newsletter\n\n"
        "___\n\n"
        "Associated Press writer Ana Vu in Tacoma, Washington, contributed to this report.\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The council voted for bike lanes, aides said.",
        "\u201cWe will build them,\u201d said Theo Lund.",
        "Shop owners said parking would suffer.",
    ]
    assert [t.kind for t in article.trailers] == ["other"] * 4 + ["assistance"]
    assert article.trailers[-1].names == ("Ana Vu",)
    assert [q.text for q in article.quotes] == [
        "The council voted for bike lanes",
        "We will build them,",
        "parking would suffer",
    ]


# a heading in capitals over a bulleted list, no colon (2026-11-29 evening, round 2)
@pytest.mark.parametrize("heading", ["KEY POINTS", "WHAT WE KNOW"])
def test_a_heading_over_a_bulleted_list(heading: str) -> None:
    text = f"SEATTLE (AP) \u2014 The council met Tuesday.\n\n{heading}\n- The ferry will stop for a year, the council said.\n"
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["The council met Tuesday.", heading, "- The ferry will stop for a year, the council said."]
    assert [q.text for q in article.quotes] == ["The ferry will stop for a year"]


# a printed page's number alone between paragraphs is furniture (2026-11-29 evening, round 2)
@pytest.mark.parametrize("number", ["3", "- 14 -", "Page 7", "B2"])
def test_a_page_number_between_paragraphs(number: str) -> None:
    text = f"SEATTLE (AP) \u2014 \u201cWe will build it,\u201d Theo Lund said. \u201cIt will take a year.\n\n        {number}\n\n\u201cThe pier comes first.\u201d\n"
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["\u201cWe will build it,\u201d Theo Lund said. \u201cIt will take a year.", "\u201cThe pier comes first.\u201d"]
    assert [b.text for b in article.blocks if b.kind.value == "metadata"] == [number]
    assert not any("unclosed" in w for w in article.warnings)


# a press release's deck points: a block per line (2026-11-29 evening, round 2)
@pytest.mark.parametrize(
    ("deck", "blocks"),
    [
        ("Vardo to have sales of $7.4 billion\nTalks began in 2025", ["Vardo to have sales of $7.4 billion", "Talks began in 2025"]),
        # a subheading wrapped over two lines stays one block
        ("Vardo to have sales of $7.4 billion in\nthe first year", ["Vardo to have sales of $7.4 billion in\nthe first year"]),
    ],
)
def test_deck_points_over_the_dateline(deck: str, blocks: list[str]) -> None:
    text = f"Brisco to Buy Vardo Foods\n\n{deck}\n\nTULSA, Nov. 28, 2026 /PRNewswire/ -- Brisco Corp. said it would buy Vardo.\n"
    article = newsparse.parse_article(text)
    assert [b.text for b in article.blocks if b.kind.value == "headline"] == ["Brisco to Buy Vardo Foods", *blocks]


# regression: a one-line header or ad slot with the story on the next line
# of the same unit: the line is the trailer, the rest stays body text
@pytest.mark.parametrize("line", ["About Veltrona", "Advertisement", "___", "Related: Ferry fares rise", "Story Continues Below", "Sign up for our Harbour Briefing newsletter."])
def test_one_line_boilerplate_over_the_story(line: str) -> None:
    text = f"BOSTON (AP) \u2014 Rain fell.\n\n{line}\nVeltrona builds kettles, Ana Lund said.\n"
    article = newsparse.parse_article(text)
    assert [(t.kind, t.text) for t in article.trailers] == [("other", line)]
    assert [p.text for p in article.paragraphs] == ["Rain fell.", "Veltrona builds kettles, Ana Lund said."]


# a link list's heading over a line that opens with a quotation mark: no
# link title; the quote and its speaker stay (2026-11-29 evening)
@pytest.mark.parametrize("line", ["RELATED STORIES", "You may also like:", "Story Continues Below", "Continue reading below"])
def test_furniture_over_a_quote_keeps_the_quote(line: str) -> None:
    text = f"BOSTON (AP) \u2014 \"We will reopen soon,\" said Ana Lund.\n\n{line}\n\"We hope by Friday,\" she said.\n"
    article = newsparse.parse_article(text)
    assert [(t.kind, t.text) for t in article.trailers] == [("other", line)]
    assert [q.text for q in article.quotes] == ["We will reopen soon,", "We hope by Friday,"]
    assert [s.name for s in article.sources] == ["Ana Lund"]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement spending rose 5%, analysts said.",
        "Related coverage of the strike drew criticism, unions said.",
        "Sign up for the draft closes on Friday, officials said.",
        "Sign up here for the harbour race, organisers said.",
        "Most read the report before the vote, aides said.",
        "Suggested topics for the summit include trade, officials said.",
        "Further reading of the law was delayed, aides said.",
        "Latest news from the port was grim, Ana Lund said.",
        "Source code for the app was leaked, Acme said.",
        "This report by the ministry was first published in May.",
    ],
)
def test_clutter_words_in_a_sentence_are_body(line: str) -> None:
    article = newsparse.parse_article(f"BOSTON (AP) \u2014 Rain fell.\n\n{line}\n\nIt cleared.\n")
    assert article.trailers == ()
    assert line in [p.text for p in article.paragraphs]


def test_canadian_press_publication_line_sets_published() -> None:
    body = "HALIFAX \u2014 Nurses rejected the deal, the union said.\n\n"
    line = "This report by The Canadian Press was first published March 7, 2025."
    article = newsparse.parse_article(f"{body}{line}\n")
    assert article.published == "2025-03-07"
    assert [(t.kind, t.text) for t in article.trailers] == [("other", line)]
    # a metadata line, or a dateline with a year, comes first
    assert newsparse.parse_article(f"date 2025-03-08\n\n{body}{line}\n").published == "2025-03-08"


def test_press_release_contact_and_source_lines() -> None:
    text = (
        "BOSTON, Nov. 11, 2025 /PRNewswire/ -- The trial is enrolled, Veltrona said.\n\n"
        "About Veltrona\n\nVeltrona builds kettles.\n\n"
        "Media Contact:\nDana Okafor\ndokafor@example.net\n\n"
        "SOURCE Veltrona Therapeutics, Inc.\n"
    )
    article = newsparse.parse_article(text)
    assert [(t.kind, t.names) for t in article.trailers] == [
        ("other", ()),
        ("contact", ("Dana Okafor",)),
        ("other", ()),
    ]
    assert [p.text for p in article.paragraphs] == [
        "The trial is enrolled, Veltrona said.",
        "Veltrona builds kettles.",
    ]


def test_trailers_in_one_unit_are_split() -> None:
    text = (
        "(Bloomberg) -- Rates rose.\n\n"
        "To contact the reporter on this story:\nAna Vu in Hanoi at avu@example.net\n"
        "To contact the editors responsible for this story:\nSam Poe at spoe@example.net\n"
    )
    kinds = [(t.kind, t.names) for t in newsparse.parse_article(text).trailers]
    assert kinds == [("contact", ("Ana Vu",)), ("contact", ("Sam Poe",))]


def test_inline_reporting_credit_is_split_from_the_last_paragraph() -> None:
    text = "LONDON (Reuters) - Rates rose, brokers said. (Reporting by Jane Doe; Editing by Ann)"
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Rates rose, brokers said."]
    assert article.trailers[0].names == ("Jane Doe", "Ann")


def test_wire_signoffs_over_two_lines_and_after_the_text() -> None:
    # IANS, Yonhap's e-mail line, KUNA's inline ``(end)`` and Xinhua's credit (2026-11-29 night)
    cases = [
        ("--IANS\nkrv/hlt", [("signoff", "--IANS"), ("signoff", "krv/hlt")]),
        ("mpark@yna.co.kr\n(END)", [("contact", "mpark@yna.co.kr"), ("signoff", "(END)")]),
    ]
    for ending, expected in cases:
        article = newsparse.parse_article(f"SEOUL (Yonhap) -- Trains stopped, unions said.\n\n{ending}\n")
        assert [(t.kind, t.text) for t in article.trailers] == expected
        assert [p.text for p in article.paragraphs] == ["Trains stopped, unions said."]
    for ending, kind in [(" (end) rs.hq", "signoff"), (" (Xinhua reporters Wen Lu and Gao Rui contributed to the story)", "assistance"), (" Enditem", "signoff"), (" – VNA", "signoff"), (" -- BERNAMA", "signoff"), (" - SAnews.gov.za", "signoff"), (" – SAnews", "signoff")]:
        article = newsparse.parse_article("KUWAIT (KUNA) -- Trains stopped, unions said." + ending)
        assert [p.text for p in article.paragraphs] == ["Trains stopped, unions said."]
        assert [(t.kind, t.text) for t in article.trailers] == [(kind, ending.strip())]
    # a slash pair of words and a line that opens on an agency stay body text
    for line in ["and/or", "PTI said the bridge would reopen."]:
        article = newsparse.parse_article(f"PARIS (AFP) - Trains stopped.\n\n{line}")
        assert article.trailers == () and article.paragraphs[-1].text == line


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_business_wire_contacts_block(gap: str) -> None:
    # ``Contacts`` and its ``Investors:`` / ``Media:`` labels are contact trailers (2026-11-29 night)
    text = (
        "TULSA--(BUSINESS WIRE)--Nov. 8, 2024--Brindle Foods Inc. reported results.\n\n"
        f"Contacts{gap}Investors:\nNoor Haddad, +1 918-555-0142, ir@brindle.example{gap}"
        "Media:\nPiet Lang\npress@brindle.example\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Brindle Foods Inc. reported results."]
    assert [(t.kind, t.names) for t in article.trailers] == [
        ("contact", ()),
        ("contact", ("Noor Haddad",)),
        ("contact", ("Piet Lang",)),
    ]
    # a label that opens a sentence stays body text
    article = newsparse.parse_article("TULSA (AP) - Ships docked.\n\nMedia: The port said it would reopen.")
    assert article.trailers == ()


@pytest.mark.parametrize(
    ("ending", "signoff"),
    [
        ("said.\n Reuter\n", "Reuter"),
        ("said.\n REUTER\n", "REUTER"),
        ("said.\nREUTER...\n", "REUTER..."),
        ("said.\n    Lead 3.1 (2.7).        REUTER\n", "REUTER"),
        ("said. REUTER", "REUTER"),
    ],
)
def test_old_reuters_signoff(ending: str, signoff: str) -> None:
    text = "LIMA, March 3 - Peru raised copper output, the ministry " + ending
    article = newsparse.parse_article(text, reference_date=dt.date(1987, 3, 3))
    assert article.dateline is not None and article.dateline.date == "1987-03-03"
    (trailer,) = article.trailers
    assert (trailer.kind, trailer.text) == ("signoff", signoff)
    assert all("REUTER" not in p.text.upper() for p in article.paragraphs)


def test_told_reuters_is_not_a_signoff() -> None:
    text = "LIMA, March 3 - Output rose, an official told Reuters."
    assert newsparse.parse_article(text).trailers == ()


def test_continuation_marker_on_the_last_line() -> None:
    text = "LIMA, March 3 - Output rose.\n    Zinc output fell.\n More\n"
    article = newsparse.parse_article(text)
    assert [(t.kind, t.text) for t in article.trailers] == [("other", "More")]


def test_caption_between_paragraphs_and_above_the_dateline() -> None:
    text = (
        "Crews repair the pier in Portland, Maine. (AP Photo/Ivo Brandt)\n"
        "PORTLAND, Maine (AP) — The council voted on Monday.\n\n"
        "A ferry docks beside the pier. REUTERS/Lena Pohl/File Photo\n\n"
        "Work starts in spring.\n"
    )
    article = newsparse.parse_article(text)
    assert [c.credit.agency for c in article.captions if c.credit] == ["AP", "Reuters"]
    assert article.captions[0].place == "Portland, Maine"
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert [p.text for p in article.paragraphs] == [
        "The council voted on Monday.",
        "Work starts in spring.",
    ]


# wh13e #1: a Bloomberg credit ending a line inside a unit with no blank
# lines was read as wrapped over the next line, a paragraph under it
@pytest.mark.parametrize(
    "caption",
    [
        "Tanks stand at the Vellmoor terminal. Photographer: Ines Gatward/Bloomberg\n",
        "Photographer: Ines Gatward/Bloomberg\n",
    ],
)
def test_credit_line_does_not_wrap_into_the_paragraph_under_it(caption: str) -> None:
    text = "(Bloomberg) -- Freight rates rose.\n" + caption + "Rates gained 2%, brokers said.\n"
    article = newsparse.parse_article(text)
    credits = [c.credit for c in article.captions if c.credit]
    assert [(c.text, c.agency) for c in credits] == [
        ("Photographer: Ines Gatward/Bloomberg", "Bloomberg")
    ]
    assert article.paragraphs[-1].text == "Rates gained 2%, brokers said."
    assert [q.text for q in article.quotes] == ["Rates gained 2%"]


# wh14e #7 (2026-11-30, second session): Bloomberg's exports set the credit
# line over the caption's text; the text was lost
def test_credit_line_over_its_caption_text() -> None:
    text = (
        "Photographer: Ines Gatward/Bloomberg\n"
        "Dora Lenz testifies in Washington on Sept. 24, 2025.\n\n"
        "(Bloomberg) -- The Harbor Commission fined the firm, the agency said.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit.photographer if c.credit else None) for c in article.captions] == [
        ("Dora Lenz testifies in Washington on Sept. 24, 2025.", "Ines Gatward")
    ]
    assert article.dateline is not None and article.dateline.agency == "Bloomberg"
    assert [p.text for p in article.paragraphs] == [
        "The Harbor Commission fined the firm, the agency said."
    ]


# regression: two captions on consecutive lines of one unit were one
# caption whose text held the first credit
@pytest.mark.parametrize(
    "template",
    [
        "Harbour Pier Reopens\n\n{captions}\n\n(Bloomberg) -- The pier reopened, officials said.\n",
        "(Bloomberg) -- The pier reopened, officials said.\n\n{captions}\n\nWork starts in spring.\n",
        "{captions}\n(Bloomberg) -- The pier reopened, officials said.\n",
    ],
)
def test_captions_on_consecutive_lines(template: str) -> None:
    captions = (
        "Cranes lift a beam in Baltimore. Photographer: Eli Rand/Bloomberg\n"
        "Protesters gather outside the Capitol. Photographer: Tia Cross/Bloomberg"
    )
    text = template.format(captions=captions)
    for variant in (text, text.replace(" ", "\u00a0")):
        article = newsparse.parse_article(variant)
        got = [
            (c.text.replace("\u00a0", " "), c.credit.photographer.replace("\u00a0", " "))
            for c in article.captions
            if c.credit and c.credit.photographer
        ]
        assert got == [
            ("Cranes lift a beam in Baltimore.", "Eli Rand"),
            ("Protesters gather outside the Capitol.", "Tia Cross"),
        ]
        assert article.dateline is not None and article.dateline.agency == "Bloomberg"
        assert article.paragraphs[0].text.replace("\u00a0", " ") == "The pier reopened, officials said."


def test_getty_style_caption_is_not_a_dateline() -> None:
    text = (
        "WASHINGTON, DC - NOVEMBER 07: Senators arrive for a vote. "
        "(Photo by Jo Park/Getty Images)\n\n(Bloomberg) -- Senators voted.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions[0].text.startswith("WASHINGTON, DC")
    assert article.dateline is not None and article.dateline.agency == "Bloomberg"


ARTICLES = [
    "Harbor city votes\nBy Ann Poe\n\nPORTLAND, Maine (AP) — Yes.\n\n(Reporting by Ann Poe)\n",
    "date 2024-11-11 A man waves. Photographer: Ann Lee/Bloomberg\r\n\r\n(Bloomberg) -- Hi.\r\n",
    "SALVADOR, Feb 26 - Rain fell.\n    More rain is due.\n Reuter\n",
    "\n\n  \t\n",
    "(AP Photo/Eli Ward)",
    "By \nBy\n(Reporting by",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_blocks_cover_the_text_without_overlap(text: str) -> None:
    article = newsparse.parse_article(text)
    covered = [False] * len(text)
    for block in article.blocks:
        assert text[block.span.start : block.span.end] == block.text
        for i in range(block.span.start, block.span.end):
            assert not covered[i]
            covered[i] = True
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


_PIECES = st.sampled_from(
    [
        "WASHINGTON (AP) — ", "(Bloomberg) -- ", "LIMA, March 3 - ", "By Ann Poe",
        "(AP Photo/Eli Ward)", "REUTERS/Ann Lee", "Photographer: ", "©2024 ", "Reuter",
        "(Reporting by ", "date 2024-11-11 ", "\n", "\n\n", "    ", "Nov. 7, 2024",
        " in Oslo, Norway, on Thursday", ", ", "/", "(", ")", "—", "Text. ", "via Getty Images",
    ]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=12), max_size=30).map("".join))
def test_any_text_parses_and_every_span_slices_back(text: str) -> None:
    article = newsparse.parse_article(text, reference_date=dt.date(2024, 11, 12))
    for block in article.blocks:
        assert text[block.span.start : block.span.end] == block.text
    for caption in article.captions:
        assert text[caption.span.start : caption.span.end] == caption.text
        if caption.credit is not None:
            c = caption.credit
            assert text[c.span.start : c.span.end] == c.text
    for trailer in article.trailers:
        assert text[trailer.span.start : trailer.span.end] == trailer.text
    if article.dateline is not None:
        d = article.dateline
        assert text[d.span.start : d.span.end] == d.text


# regression: with one line per paragraph and no blank line (a scraped
# page), a caption line swallowed the headline and byline above it, and
# after the lead the dateline and the lead too
@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "Quarry town votes to close pit\n"
            "By TOMAS VELLACOTT Associated Press\n"
            "Trucks leave the quarry in Bramwell, Ore., May 2, 2025. (AP Photo/Ines Gatward)\n"
            "BRAMWELL, Ore. (AP) — Voters chose to close the pit on Tuesday, the clerk said.\n",
            "Trucks leave the quarry in Bramwell, Ore., May 2, 2025.",
        ),
        (
            "Quarry town votes to close pit\n"
            "By Tomas Vellacott\n"
            "BRAMWELL, Nov 6 (Reuters) - Voters chose to close the pit on Tuesday, the clerk said.\n"
            "Mayor Edda Rusk speaks in Bramwell, November 6, 2025. REUTERS/Ines Gatward\n"
            "The vote ends a long dispute, the clerk said.\n",
            "Mayor Edda Rusk speaks in Bramwell, November 6, 2025.",
        ),
        (
            "Quarry Town Votes to Close Its Pit\n"
            "Trucks leave the quarry in Bramwell. Photographer: Ines Gatward/Bloomberg\n"
            "By Tomas Vellacott\n"
            "(Bloomberg) -- Voters chose to close the pit on Tuesday, the clerk said.\n",
            "Trucks leave the quarry in Bramwell.",
        ),
    ],
)
def test_scraped_header_lines_are_read_on_their_own(text: str, caption: str) -> None:
    article = newsparse.parse_article(text, reference_date=dt.date(2025, 11, 12))
    assert article.headline is not None and article.headline.startswith("Quarry")
    assert [c.text for c in article.captions] == [caption]
    assert article.dateline is not None
    assert article.bylines[0].lower() == "tomas vellacott"
    assert article.paragraphs[0].text == "Voters chose to close the pit on Tuesday, the clerk said."


def test_caption_wrapped_over_lines_stays_one_caption() -> None:
    text = (
        "BRAMWELL, Ore. (AP) — Voters chose to close the pit on Tuesday.\n"
        "Trucks leave the quarry in Bramwell, Ore., on\n"
        "May 2, 2025. (AP Photo/Ines Gatward)\n"
        "The vote ends a long dispute.\n"
    )
    article = newsparse.parse_article(text)
    assert [c.text for c in article.captions] == [
        "Trucks leave the quarry in Bramwell, Ore., on\nMay 2, 2025."
    ]
    assert [p.text for p in article.paragraphs] == [
        "Voters chose to close the pit on Tuesday.",
        "The vote ends a long dispute.",
    ]


def test_lower_case_byline() -> None:
    text = "Herders clash with rangers\n\nby Marisol Quintero\n\nTALVERA (AFP) - Herders clashed with rangers, officials said.\n"
    article = newsparse.parse_article(text)
    assert (article.headline, article.bylines) == ("Herders clash with rangers", ("Marisol Quintero",))
    wrapped = "Shares of the firm were bought\nby Ivo Brandt and Lena Pohl, the filing showed.\n"
    assert newsparse.parse_article(wrapped).bylines == ()


# regression: Bloomberg's contact block with a blank line after each line
def test_contact_block_split_by_blank_lines() -> None:
    text = (
        "(Bloomberg) -- Orvane Air ordered 40 jets, the company said.\n\n"
        "To contact the reporter on this story:\n\n"
        "Nadia Brekke in Oslo at nbrekke7@example.net\n\n"
        "To contact the editors responsible for this story:\n\n"
        "Teo Marsh at tmarsh@example.net\n"
        "Ola Lind\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Orvane Air ordered 40 jets, the company said."]
    assert [(t.kind, t.names) for t in article.trailers] == [
        ("contact", ("Nadia Brekke",)),
        ("contact", ("Teo Marsh",)),
    ]


# regression: an editor's note on what an update changed is no body text
@pytest.mark.parametrize(
    "text",
    [
        "(Bloomberg) -- Orvane will report on Friday.\n\nIts shares rose.\n\n(Updates with shares in second paragraph.)\n",
        "(Bloomberg) -- Orvane will report on Friday.\nIts shares rose.\n(Adds analyst comment in third paragraph.)\n",
        "Orvane shares rise\n(Adds analyst comment in paragraph 3)\nBy Nadia Brekke\nOSLO, Nov 6 (Reuters) - Orvane will report on Friday.\n\nIts shares rose.\n",
    ],
)
def test_version_note_is_no_body_text(text: str) -> None:
    article = newsparse.parse_article(text, reference_date=dt.date(2025, 11, 12))
    body = [p.text.replace("\n", " ") for p in article.paragraphs]
    assert " ".join(body) == "Orvane will report on Friday. Its shares rose."
    assert article.headline in (None, "Orvane shares rise")
    assert article.bylines in ((), ("Nadia Brekke",))


# regression: Politico's timestamp line under the byline was a paragraph
def test_timestamp_line_under_the_byline() -> None:
    text = "Tovar allies fret over the Midwest\n\nBy Ida Crane\n\n10/14/2016 06:40 AM EDT\n\nTop aides are anxious, two of them said.\n"
    article = newsparse.parse_article(text)
    assert article.published == "2016-10-14"
    assert [p.text for p in article.paragraphs] == ["Top aides are anxious, two of them said."]


# regression: GlobeNewswire's image list after the release stayed body text
def test_press_release_image_list_is_boilerplate() -> None:
    text = (
        "OTTAWA, Nov. 04, 2025 (GLOBE NEWSWIRE) -- Velmora Labs Inc. today reported results.\n\n"
        "Related Images\n\nImage 1: Velmora Labs greenhouse\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ["Velmora Labs Inc. today reported results."]
    assert [t.kind for t in article.trailers] == ["other", "other"]


# regression: ``For further information, please contact:`` and the contact
# lines under it, a blank line between, were body text
def test_further_information_contact_block() -> None:
    text = (
        "OTTAWA, Nov. 04, 2025 (GLOBE NEWSWIRE) -- Velmora Labs Inc. today reported results.\n\n"
        "For further information, please contact:\n\n"
        "Rhea Tamsin, Chief Executive Officer\nrtamsin@example.net\n+1 613-555-0142\n\n"
        "Forward-Looking Statements\n\nThis release contains forward-looking statements.\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "Velmora Labs Inc. today reported results.",
        "This release contains forward-looking statements.",
    ]
    assert [(t.kind, t.names) for t in article.trailers] == [("contact", ("Rhea Tamsin",)), ("other", ())]


# regression (2026-11-29 evening): the Newsfile and CNW sign-off under ``ON
# BEHALF OF THE BOARD OF DIRECTORS`` (a quoted signature, the name, the role)
# was body text, and the quoted signature a direct quote
def test_board_signoff_block() -> None:
    text = (
        "Kelowna, BC--(Newsfile Corp. - November 4, 2025) - Tarn Cobalt Corp. reported assays.\n\n"
        'Ivo Marek, CEO of Tarn, stated: "The vein keeps growing."\n\n'
        "ON BEHALF OF THE BOARD OF DIRECTORS\n\n"
        '"Ivo Marek"\n\n'
        "Ivo Marek\nPresident, CEO and Director\n"
    )
    article = newsparse.parse_article(text)
    assert [q.text for q in article.quotes] == ["The vein keeps growing."]
    assert [t.kind for t in article.trailers] == ["other"]
    assert article.trailers[0].text.endswith("President, CEO and Director")


# AAP's web byline: the name over the agency in parentheses, no dateline
# (2026-11-30: the two lines were the first body paragraph)
@pytest.mark.parametrize("agency", ["(Australian Associated Press)", "(AAP)"])
def test_aap_byline_with_the_agency_in_parentheses(agency: str) -> None:
    text = f"Floods cut Tarvik off\n\nNoor Halvik\n{agency}\n\nHundreds of people have fled their homes, the mayor says.\n"
    article = newsparse.parse_article(text)
    assert article.bylines == ("Noor Halvik",)
    assert [b.kind.value for b in article.blocks] == ["headline", "byline", "body"]
    assert [p.text for p in article.paragraphs] == ["Hundreds of people have fled their homes, the mayor says."]


# a version label glued to the dateline is a story label (2026-11-30: the
# dateline was lost and the label ran into the first quote)
@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("UPDATED:", "UPDATED: TARVIK (UPI) -- Four people were hurt, officials said."),
        ("UPDATE 2-", "UPDATE 2-TARVIK, Nov 11 (Reuters) - Four people were hurt, officials said."),
    ],
)
def test_version_label_before_the_dateline(label: str, line: str) -> None:
    article = newsparse.parse_article(f"{line}\n")
    assert article.dateline is not None and article.dateline.location == "TARVIK"
    first = article.blocks[0]
    assert (first.kind.value, first.text) == ("metadata", label)
    assert article.quotes[0].text == "Four people were hurt"


# a live page's entry opens on its time stamp: a story label, not the
# entry's first words (2026-11-30: the stamp was in the quote's content)
@pytest.mark.parametrize("stamp", ["12:05 GMT -", "1205 GMT:", "10:45 a.m.:", "10:45 a.m. —"])
def test_live_update_time_stamp_is_a_story_label(stamp: str) -> None:
    text = f"TARVIK (Reuters) - Floods hit the port, officials said.\n\n{stamp} The toll has risen to 12, regional authorities said.\n"
    article = newsparse.parse_article(text)
    assert (newsparse.BlockKind.METADATA, stamp) in [(b.kind, b.text) for b in article.blocks]
    assert [q.text for q in article.quotes] == ["Floods hit the port", "The toll has risen to 12"]


def test_a_year_and_a_colon_open_a_paragraph() -> None:
    text = "TARVIK (Reuters) - Floods hit the port, officials said.\n\n2024: The toll rose to 12, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.paragraphs[-1].text.startswith("2024: ")


# a syndicated page's author line without ``By`` over its date line, all in
# one unit with the dateline (2026-11-30: the dateline was lost)
@pytest.mark.parametrize(
    ("names", "bylines"),
    [("Noor Halvik", ("Noor Halvik",)), ("Noor Halvik and Dov Ekberg", ("Noor Halvik", "Dov Ekberg"))],
)
def test_author_line_over_a_date_line(names: str, bylines: tuple[str, ...]) -> None:
    text = f"Tarvik Cuts Jobs as Demand Slows\n{names}\nTue, March 4, 2025 at 9:14 AM EST\n(Bloomberg) -- Tarvik Ferries said it would cut 50 jobs.\n"
    article = newsparse.parse_article(text)
    assert article.bylines == bylines
    assert article.published == "2025-03-04"
    assert article.dateline is not None and article.dateline.agency == "Bloomberg"
    assert [b.kind.value for b in article.blocks] == ["headline", "byline", "metadata", "dateline", "body"]


# the South Asian papers' unsigned credit under the headline is header
# furniture, no byline; the dateline under it is read (wh15c #21)
@pytest.mark.parametrize("unsigned", ["Our Staff Reporter", "Our Correspondent", "Web Desk"])
@pytest.mark.parametrize("published", ["", "Published November 8, 2024\n"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_unsigned_staff_line_under_the_headline(unsigned: str, published: str, gap: str) -> None:
    text = f"Govt to close Tarvik bridge{gap}{unsigned}\n{published}\nTARVIK: Minister Ravi Lekh said the bridge would close."
    article = newsparse.parse_article(text)
    assert article.headline == "Govt to close Tarvik bridge"
    assert article.dateline is not None and article.dateline.location == "TARVIK"
    assert list(article.bylines) == []
    assert article.published == ("2024-11-08" if published else None)


# CNBC's ``KEY POINTS`` over its bulleted summary is no headline (wh15b #18)
def test_key_points_heading_is_no_headline() -> None:
    text = "KEY POINTS\n- Velto said it would recall 5,000 kettles.\n\nVelto Corp said Friday it would recall 5,000 kettles."
    assert newsparse.parse_article(text).headline is None


# a tabloid's story label in capitals opening the lede is a metadata block,
# no part of the first sentence's content (wh15a #23)
@pytest.mark.parametrize("top", ["", "Quill splits from fiance\n\n", "LONDON (Reuters) - "])
@pytest.mark.parametrize("label", ["EXCLUSIVE: ", "REVEALED: "])
def test_lede_story_label_is_metadata(top: str, label: str) -> None:
    text = f"{top}{label}Tara Quill has split from her fiance, a source said."
    article = newsparse.parse_article(text)
    assert label.strip() in [b.text for b in article.blocks if b.kind.value == "metadata"]
    assert [q.text for q in article.quotes] == ["Tara Quill has split from her fiance"]


# a nonprofit newsroom's partnership note over the dateline is front matter
# (wh16c #11)
@pytest.mark.parametrize(
    "note",
    [
        "This article was produced in partnership with the Tarvell Courier.",
        "This story was co-published with the Tarvell Courier.",
        "This article was produced for ProPublica's Local Reporting Network in partnership with the Tarvell Courier.",
    ],
)
def test_a_partnership_note_over_the_dateline(note: str) -> None:
    text = f"By Kira Mendel, ProPublica\n\n{note}\n\nPORTMERE, Ohio — For years, the agency lied, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.dateline is not None and article.dateline.location == "PORTMERE, Ohio"
    assert [p.text for p in article.paragraphs] == ["For years, the agency lied, officials said."]
    assert [text[q.span.start : q.span.end] for q in article.quotes] == ["For years, the agency lied"]

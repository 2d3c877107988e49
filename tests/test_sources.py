"""Sources: kinds, names, titles and merging of mentions (invented examples)."""

from __future__ import annotations

import pytest

import newsparse

PREFIX = "PORT ELLIS (AP) — The council met on Tuesday to debate the harbour budget.\n\n"

Src = tuple[str, str, str | None]

SOURCES: list[tuple[str, str, list[Src]]] = [
    (
        "title-split",
        "Finance Minister Ana Ruiz said the levy would stay.",
        [("Ana Ruiz", "person", "Finance Minister")],
    ),
    (
        "appositive-title",
        "Ruiz, the finance minister, said the levy would stay.",
        [("Ruiz", "person", "finance minister")],
    ),
    (
        "role-before-the-name",
        "The levy will stay, a spokeswoman, Ana Ruiz, said.",
        [("Ana Ruiz", "person", "spokeswoman")],
    ),
    (
        "role-before-the-name-after-a-quotation",
        "“The levy stays,” the port's chief engineer, Ana Ruiz, said.",
        [("Ana Ruiz", "person", "port's chief engineer")],
    ),
    (
        "polled-by-a-named-agency-is-a-group",
        "Economists polled by the Ledger said rates would fall.",
        [("Economists polled by the Ledger", "group", None)],
    ),
    (
        "restrictive-who-clause-is-no-name",
        "The pier will close, people who attended the Harbour Fair said.",
        [("people who attended the Harbour Fair", "anonymous", None)],
    ),
    (
        "age-is-not-a-title",
        "Ana Ruiz, 62, said the levy would stay.",
        [("Ana Ruiz", "person", None)],
    ),
    (
        # a press release's ``About X`` header is boilerplate, not a fuller name
        "about-section-header-is-no-name",
        "The trial is enrolled, Veltrona said.\n\n"
        "About Veltrona\n\nVeltrona is developing therapies.",
        [("Veltrona", "organization", None)],
    ),
    (
        "organization-drops-the",
        "The Department of Harbours said the levy would stay.",
        [("Department of Harbours", "organization", None)],
    ),
    (
        "anonymous",
        "People familiar with the talks said the levy would stay.",
        [("People familiar with the talks", "anonymous", None)],
    ),
    (
        "anonymous-clause",
        "An official who asked not to be named said the levy would stay.",
        [("An official who asked not to be named", "anonymous", None)],
    ),
    (
        "group",
        "Six opposition senators said the levy would stay.",
        [("Six opposition senators", "group", None)],
    ),
    (
        "document",
        "The levy would stay, the report said.",
        [("the report", "document", None)],
    ),
    (
        "media",
        "The levy would stay, The Harbour Gazette reported.",
        [("Harbour Gazette", "media", None)],
    ),
    (
        "known-media",
        "The levy would stay, Reuters reported.",
        [("Reuters", "media", None)],
    ),
    (
        "lone-word-is-a-body",
        "Ferrolink, whose boats serve the outer islands, said fares would rise.",
        [("Ferrolink", "organization", None)],
    ),
    (
        "lone-word-with-a-role-is-a-person",
        "Ruiz, a spokeswoman for the port, said fares would rise.",
        [("Ruiz", "person", "spokeswoman for the port")],
    ),
    (
        "surname-first-name-written-in-full-elsewhere",
        "Chen Weiran said the pier would reopen. Chen said fares would rise.",
        [("Chen Weiran", "person", None)],
    ),
    (
        "poll-share-is-a-group",
        "About 4 in 10 say the levy should stay.",
        [("About 4 in 10", "group", None)],
    ),
    (
        "one-of-a-group-is-an-unnamed-person",
        "One of the ferry drivers said the crossing was icy.",
        [("One of the ferry drivers", "anonymous", None)],
    ),
    (
        "a-count-of-a-group-stays-a-group",
        "Two of the mayors said the crossing was icy.",
        [("Two of the mayors", "group", None)],
    ),
    (
        "compound-body-name",
        "Hafenbetriebe said the pier would reopen. Insel Verkehrsbetriebe said fares would rise.",
        [("Hafenbetriebe", "organization", None), ("Insel Verkehrsbetriebe", "organization", None)],
    ),
]


def _sources(text: str) -> list[Src]:
    article = newsparse.parse_article(PREFIX + text)
    return [(s.name, s.kind.value, s.title) for s in article.sources]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in SOURCES], ids=[n for n, _, _ in SOURCES]
)
def test_source_reading(text: str, expected: list[Src]) -> None:
    assert _sources(text) == expected


def test_the_company_is_the_incorporated_name_in_play() -> None:
    """``the company`` after a bid story names the incorporated subject, not
    the investment group mentioned last."""
    text = (
        "Marlow Ferries Inc said it rejected an offer from Quay Street Partners.\n\n"
        "Quay Street Partners said it would raise its bid.\n\n"
        "The company said the offer was too low."
    )
    article = newsparse.parse_article(PREFIX + text)
    last = article.quotes[-1]
    assert last.source is not None
    assert article.sources[last.source].name == "Marlow Ferries Inc"


def _source_names(text: str) -> list[str | None]:
    article = newsparse.parse_article(PREFIX + text)
    return [
        article.sources[q.source].name if q.source is not None else None for q in article.quotes
    ]


def test_surname_and_pronoun_join_the_full_name() -> None:
    text = (
        "Harbour Minister Ana Ruiz said the levy would stay.\n\n"
        "Ruiz said the ferry would run late. She added that fares would not rise."
    )
    assert _source_names(text) == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]
    article = newsparse.parse_article(PREFIX + text)
    assert len(article.sources) == 1
    assert [m.text for m in article.sources[0].mentions] == [
        "Harbour Minister Ana Ruiz",
        "Ruiz",
        "She",
    ]


def test_definite_re_mentions_join_the_anonymous_officials() -> None:
    text = (
        "The levy will stay, according to senior harbour officials.\n\n"
        "The officials said fares would not rise. One official said the ferry would run late, "
        "and the official added that crews had agreed."
    )
    names = _source_names(text)
    assert names == ["senior harbour officials"] * len(names)
    assert len(names) == 4


def test_one_of_the_officials_joins_the_officials() -> None:
    """``one of the officials`` is headed by ``officials``: it joins them, and
    ``the official`` after it joins too."""
    text = (
        "Senior harbour officials said the levy would stay.\n\n"
        "One of the officials said fares would not rise. The official said crews had agreed."
    )
    names = _source_names(text)
    assert names == ["Senior harbour officials"] * 3


def test_they_and_it_resolve_by_kind() -> None:
    text = (
        "The Ferry Workers Union said crews would strike. It said talks had failed.\n\n"
        "Critics fear the strike will last. They said the harbour would close."
    )
    assert _source_names(text) == [
        "Ferry Workers Union",
        "Ferry Workers Union",
        "Critics",
        "Critics",
    ]


def test_title_only_reference_joins_the_one_holder() -> None:
    text = (
        "Harbour Minister Ana Ruiz said the levy would stay.\n\n"
        "The minister said fares would not rise."
    )
    assert _source_names(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_every_quote_points_at_a_valid_source() -> None:
    text = (
        "Harbour Minister Ana Ruiz said the levy would stay, adding that fares would not rise.\n\n"
        "“We will keep the boats running,” Ruiz said. Critics fear the levy will drain budgets."
    )
    article = newsparse.parse_article(PREFIX + text)
    assert article.quotes
    for quote in article.quotes:
        assert quote.source is not None
        source = article.sources[quote.source]
        assert quote.speaker is not None
        assert any(m.span == quote.speaker.span for m in source.mentions)

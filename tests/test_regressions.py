"""Every failure Hypothesis or fuzzing ever found, kept here forever.

Each row: the input that failed, and what must now hold. All text is
generated or invented (no third-party copy).
"""

from __future__ import annotations

import pytest

import newsparse
from invariants import parse_and_check

Row = tuple[str, str, list[tuple[str, str | None]]]

# (id, text, expected quotes as (content, speaker))
QUOTE_CASES: list[Row] = [
    (
        # the listener after "told" was taken as the rest of a parenthetical
        "told-listener-not-content",
        "BAZO, Jan 1 - “We heard the word ‘enough’ from every family,” Babak Baza said.\n\n"
        "The Bazo council approved a budget of 2 million euros for the harbour wall.\n\n"
        "The city would rebuild the harbour wall, Baze Bazi told reporters.",
        [
            ("We heard the word ‘enough’ from every family,", "Babak Baza"),
            ("The city would rebuild the harbour wall", "Baze Bazi"),
        ],
    ),
    (
        # "last week" after a listener verb was read as the listener
        "time-phrase-not-listener",
        "BAZA, Jan 1 - The Baza council approved a budget for the harbour wall.\n\n"
        "Badak Baka warned last week that the city would rebuild the harbour wall.",
        [("the city would rebuild the harbour wall", "Badak Baka")],
    ),
]

QUOTE_CASES += [
    (
        # a headline's "Police:" was no speaker although the story quotes police
        "headline-police-colon",
        "Police: Man set fire to his own barn\n\n"
        "ELMORE, Ohio (AP) — A man set fire to his barn on Sunday, police said.",
        [
            ("Man set fire to his own barn", "Police"),
            ("A man set fire to his barn on Sunday", "police"),
        ],
    ),
]

QUOTE_CASES += [
    (
        # a word before a quotation made it partial and the stretch after
        # "said" (". ok", not a sentence to the splitter) an indirect quote
        "no-indirect-quote-from-a-sentence-end",
        "PARIS (AFP) - ok “We will act,” Ana Ruiz said. ok",
        [("We will act,", "Ana Ruiz")],
    ),
    (
        # the same with words in a script that has no capitals
        "no-indirect-quote-from-a-sentence-end-rtl",
        "PARIS (AFP) - مرحبا “We will act,” Ana Ruiz said. مرحبا",
        [("We will act,", "Ana Ruiz")],
    ),
]

QUOTE_CASES += [
    (
        # generated articles: a restrictive participle after the head noun
        # is part of the speaker span (docs/annotation.md, "Speaker span")
        "speaker-with-participle-modifier",
        "BADAK, Jan 1 - Two people briefed on the talks said the plan was “a clear step forward.”",
        [("a clear step forward.", "Two people briefed on the talks")],
    ),
    (
        # generated articles: "asked" inside the restrictive relative clause
        # was taken for the cue
        "speaker-with-asked-not-to-be-identified",
        "BADAK, Jan 1 - “We heard the word ‘enough’ from every family,” a spokesperson "
        "who asked not to be identified said.",
        [
            (
                "We heard the word ‘enough’ from every family,",
                "a spokesperson who asked not to be identified",
            )
        ],
    ),
]

QUOTE_CASES += [
    (
        # generated articles: "according to" a speaker with a relative clause
        # lost the quote (or cut the speaker after "asked")
        "according-to-speaker-with-relative-clause",
        "BADAK, Jan 1 - According to a spokesperson who asked not to be identified, "
        "the city would rebuild the harbour wall.",
        [
            (
                "the city would rebuild the harbour wall",
                "a spokesperson who asked not to be identified",
            )
        ],
    ),
]

# (id, text): inputs that once broke an invariant of ``invariants.py``
INVARIANT_CASES: list[tuple[str, str]] = [
    (
        # explore profile, test_any_reference_date: marks around a space
        # gave a direct quote with blank content
        "marks-around-nothing",
        "said thatsaid“ ”",
    ),
    ("marks-around-punctuation", "“ ,” Ortiz said."),
    (
        # explore profile, spliced articles: a quotation cut at its start
        # left a trailing content opening on "?"
        "spliced-content-opening-on-a-question-mark",
        "BAZI, Jan. 1, 2000 /PRNewswire/ ?‘enough’ from every family,” Babak Babek said.\n\n"
        "“We heard the word ‘enough’ from every family,” Baka Baza said.",
    ),
    (
        # explore profile, news-like noise: an inverted frame read the second
        # "said" as its speaker and its content opened on a full stop
        "content-opening-on-a-stop",
        ".who asked not to be identified,said”said",
    ),
    (
        # spliced article: a second attribution right after the first
        # ("..., Bake said, he said: ...") made the content run through the
        # first speaker and cue, to the end of "said"
        "content-runs-through-its-own-cue",
        "BAZA, Jan 1 - The council would rebuild the school, Baka Bake said, "
        "he said: “We will act.”",
    ),
    (
        # spliced article: "..., Kabra said, athat the city ..." read as a
        # parenthetical attribution (speaker and cue inside the content)
        "spliced-parenthetical",
        "BRAKRAL, June 27 (Reuters) - Work on the harbour wall began in January 1950.\n\n"
        "Bekra Kabra, the finance minister, said on Monday that the regional council "
        "could not afford every school in the district.\n\n"
        "The district’s engineers would rebuild every school in the district, Kabra said, "
        "athat the city would rebuild the harbour wall.\n\n"
        "“We heard the word ‘enough’ from every family,” Kabra said.",
    ),
]

# (id, text, expected (source name, title) pairs)
SOURCE_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        # explore profile, 2026-11-29 evening: a headline's last word
        # ("district") across the blanked dateline was read as a role set
        # before the first speaker's name
        "headline-word-is-no-role-before-the-name",
        "Baza council backs new plan for every school in the district\n\n"
        "BAZA, Jan 1 - Babak Baka said: “We heard the word ‘enough’ from every family.”",
        [("Babak Baka", None)],
    ),
    (
        # ", the city would rebuild ..." was read as an appositive title
        "clause-is-not-a-title",
        "BAKA, Jan 1 - “We heard the word ‘enough’ from every family,” Babak Babek said.\n\n"
        "The Baka council approved a budget of 2 million euros for the harbour wall.\n\n"
        "According to Babek, the city needed the harbour wall.",
        [("Babak Babek", None)],
    ),
    (
        # explore profile, 2026-11-29: "... in the district, Babek said" read
        # "district" as a role set before the name (it ends the content)
        "content-end-is-no-role-before-the-name",
        "BADAK, Jan 1 - The Badak council approved a budget for the harbour wall.\n\n"
        "The regional council could not afford every school in the district, Babak Babek said.",
        [("Babak Babek", None)],
    ),
    (
        # explore profile, 2026-11-29 afternoon: once occupations became
        # anonymous heads, "Baker said" after "Bake Baker said" was the
        # unnamed "Baker", not the person's surname
        "surname-that-is-an-occupation",
        "BAZA, Jan 1 - The Baza council approved a budget for the harbour wall.\n\n"
        "“We heard the word ‘enough’ from every family,” Bake Baker said.\n\n"
        "“We heard the word ‘enough’ from every family,” Baker said.",
        [("Bake Baker", None)],
    ),
    (
        # business wires, 2026-11-29 night: a headline's possessive speaker cut the
        # body's title at "of"; "the Fed" and "the BOE" stayed bodies of their own
        "central-bank-short-forms-and-a-headline-possessive",
        "Fed's Dolan Says Cuts Can Wait\n\n"
        "(Bloomberg) -- Federal Reserve Bank of Tulsa President Arlo Dolan said rates will "
        "hold. The Federal Reserve meets next week. The Fed said prices are sticky. The Bank "
        "of England held rates, and the BOE said wages are rising.",
        [
            ("Arlo Dolan", "Federal Reserve Bank of Tulsa President"),
            ("Federal Reserve", None),
            ("Bank of England", None),
        ],
    ),
    (
        # wh6a 2026-11-29 night: a headline's "FM" never joined the body's Foreign
        # Minister (an abbreviated title stands for the title's initials)
        "headline-abbreviated-title-joins-the-holder",
        "Tarnish FM says talks ready to resume\n\n"
        "BAZA, Jan 1 - Tarnish Foreign Minister Olek Barzan said the talks were ready.",
        [("Olek Barzan", "Tarnish Foreign Minister")],
    ),
    (
        # wh7g 2026-11-29 night: a release headline's company and verb ("Names",
        # "Appoints") went into the person's title or name
        "release-headline-verb-is-no-part-of-the-name",
        "Brask Marine Appoints Ola Tennfjord as Chief Risk Officer\n\n"
        "OSLO, Oct. 2, 2025 /PRNewswire/ -- Brask Marine today named a new risk chief.\n\n"
        "“I am delighted to join,” said Tennfjord.",
        [("Ola Tennfjord", None)],
    ),
    (
        # wh7f 2026-11-29 night: a role set before the name lost its title when it
        # opened the text
        "role-before-the-name-at-the-start-of-the-text",
        "The college's rector, Ylva Sandqvist, said fees would be frozen.",
        [("Ylva Sandqvist", "college's rector")],
    ),
    (
        # wh8i #8, 2026-11-29 night: a role word before a possessive body
        # ("Attorney's Office") made the place after "in" a person's name
        "spokeswoman-for-an-office-in-a-place-is-anonymous",
        "A spokeswoman for the U.S. Attorney's Office in Varnholt said the case was closed.",
        [("A spokeswoman for the U.S. Attorney's Office in Varnholt", None)],
    ),
]

QUOTE_CASES += [
    (
        # CI, generated articles: a dated place spelt like a photo agency was
        # no dateline, so the first quote's content began with "ZUMA, Jan 1 - "
        "dated-place-named-like-an-agency",
        "ZUMA, Jan 1 - The city would rebuild the harbour wall, according to people "
        "familiar with the matter.\n\n"
        "“We heard the word ‘enough’ from every family,” Kraba Bababak said.",
        [
            ("The city would rebuild the harbour wall", "people familiar with the matter"),
            ("We heard the word ‘enough’ from every family,", "Kraba Bababak"),
        ],
    ),
    (
        # bug hunt 2026-11-29 night (agency copy): the dateline's city after the
        # cue and a venue with its participle are no content
        "here-and-a-dated-note-after-the-cue",
        "KESTRA, Jan 2 - The new quay will open in June, Harbour Minister Lio Chen told "
        "reporters here.\n\n"
        "Freight rates could ease, the analysts wrote in a note dated Monday.",
        [
            ("The new quay will open in June", "Harbour Minister Lio Chen"),
            ("Freight rates could ease", "the analysts"),
        ],
    ),
    (
        # bug hunt 2026-11-29 night: a phrase between the cue and "that", and a
        # listener before a clause opening on a possessive
        "phrase-before-that-and-listener-before-a-possessive",
        "KESTRA, Jan 2 - Captain Mara Odili said through an interpreter that the crew was safe.\n\n"
        "Her lawyer told the court her ship had been cleared.",
        [
            ("the crew was safe", "Captain Mara Odili"),
            ("her ship had been cleared", "Her lawyer"),
        ],
    ),
]

QUOTE_CASES += [
    (
        # 2026-11-29 night (C14): bullet lines in one block were one sentence, so
        # the second item gave no quote (or the next bullet was a cue)
        "bullet-lines-are-sentences",
        "(Bloomberg) -- Here is what analysts say:\n"
        "- “Steady quarter,” Halvard analyst Ines Moro wrote.\n"
        "- Costs look high, Brisk Capital analyst Teo Lamb said.",
        [
            ("Steady quarter,", "Halvard analyst Ines Moro"),
            ("Costs look high", "Brisk Capital analyst Teo Lamb"),
        ],
    ),
    (
        # a dash that opens a hard-wrapped line of a paragraph is no bullet
        "wrapped-dash-is-no-bullet",
        "OSLO, Jan 1 - Lena Holt said the pier would close in May\n- a month early.",
        [("the pier would close in May\n- a month early", "Lena Holt")],
    ),
    (
        # 2026-11-29 night (F4, F5): a consequence participle or a place with its
        # country and a day after a closing cue pulled the attribution in
        "closing-cue-then-participle-or-place",
        "KOLDA, Jan 1 - Floods cut the coast road, the county said, stranding"
        " 40 trucks. The bridge is safe, Ines Varga said in Kolda, Norway, on Monday.",
        [("Floods cut the coast road", "the county"), ("The bridge is safe", "Ines Varga")],
    ),
    (
        # 2026-11-29 night (E1): the report in ", whose N said ...," ran on into
        # the main clause
        "whose-clause-report-ends-at-its-comma",
        "Mr. Tamm, whose aides said the tape was doctored, declined to comment.",
        [("the tape was doctored", "aides")],
    ),
    (
        # a title-case headline clause before a colon is no speaker's name
        "title-case-headline-clause-before-a-colon",
        "Rival Slams Harbour Chief: 'He Sank the Ferry Deal'\n\n"
        "Vosk Rips Tamm: 'He Lied to the Council'\n\n"
        "KELSO (AP) — Councillor Ana Vosk said the deal was dead.",
        [
            ("He Lied to the Council", "Vosk"),
            ("the deal was dead", "Councillor Ana Vosk"),
        ],
    ),
    (
        # title case with the quotation first, its comma inside the marks
        "title-case-headline-quotation-then-speaker-says",
        "‘The Ferry Will Sail,’ Vosk Says\n\nKELSO (AP) — Councillor Ana Vosk said the"
        " ferry would sail.",
        [("The Ferry Will Sail,", "Vosk"), ("the ferry would sail", "Councillor Ana Vosk")],
    ),
    (
        # an indented line going on in lower case after a line ending
        # mid-clause is a hard wrap, not a new paragraph (2026-11-29 late)
        "indented-lower-case-line-is-a-hard-wrap",
        "(Bloomberg) -- Tin fell.\n\n- Supply worries will move to Varsk, where strikes"
        " shut roads\n"
        "  to two smelters, Ilse Brandt said.",
        [
            (
                "Supply worries will move to Varsk, where strikes shut roads\n  to two smelters",
                "Ilse Brandt",
            )
        ],
    ),
    (
        # web furniture between the paragraphs of a quote: the content never
        # holds it, the rest is a quotation of its own (2026-11-29 late)
        "furniture-inside-a-multi-paragraph-quote",
        "KELSO (AP) — “We will fix the pier,” Mayor Ana Vosk said. “We will fix the ferry.\n\n"
        "Advertisement\n\n“And we will do it this year.”",
        [
            ("We will fix the pier,", "Mayor Ana Vosk"),
            ("We will fix the ferry.", "Mayor Ana Vosk"),
            ("And we will do it this year.", "Mayor Ana Vosk"),
        ],
    ),
    (
        # a quotation going on in lower case after an ad slot (2026-11-29 late)
        "quote-goes-on-in-lower-case-after-furniture",
        "KELSO (AP) — “We need them,” Vosk said. “The town is\n\nADVERTISEMENT\n\n"
        "growing fast.”",
        [("We need them,", "Vosk"), ("The town is", "Vosk"), ("growing fast.", "Vosk")],
    ),
    (
        # a zero-width space inside a name joins its letters (2026-11-29 evening, round 2)
        "zero-width-space-inside-a-name",
        "KELSO (AP) — “We had no choice,” said Ana Vo\u200bsk.",
        [("We had no choice,", "Ana Vo\u200bsk")],
    ),
    (
        # an agency acronym ends its sentence: "SEC." is no "Sec." (2026-11-30, second session)
        "acronym-at-a-sentence-end",
        "KELSO (AP) — The mill said it had settled with the SEC. Its shares rose 4%.\n\n"
        "Dunmore Freight said it would cooperate with the SEC.",
        [
            ("it had settled with the SEC", "The mill"),
            ("it would cooperate with the SEC", "Dunmore Freight"),
        ],
    ),
    (
        # a lower-case "no." is the word, not "No. 5" (2026-11-30, second session)
        "vote-no-at-a-sentence-end",
        "KELSO (AP) — Ana Vosk said she would vote no. Ivo Strand did too.",
        [("she would vote no", "Ana Vosk")],
    ),
    (
        # a live page's lead-in and an entry's headline are no content (2026-11-30, second session)
        "live-page-lead-in-and-entry-headline",
        "KELSO (AP) — Here's the latest:\nFerry strike hits Kelso port\n"
        "A drone hit the ferry terminal in Kelso overnight, the harbour master said.",
        [("A drone hit the ferry terminal in Kelso overnight", "the harbour master")],
    ),
    (
        # an entry's headline glued to the next line's speaker (2026-11-30, second session)
        "live-page-headline-over-a-speaker",
        "KELSO (AP) — The latest:\nStorm pounds Kelso\n"
        "Kelso Mayor Ana Vosk said five people were hurt.",
        [("five people were hurt", "Kelso Mayor Ana Vosk")],
    ),
    (
        # an entry's "X says ..." headline keeps its report to its line (2026-11-30, second session)
        "live-page-headline-with-a-cue",
        "KELSO (AP) — Here's the latest:\nVosk says talks are possible\n"
        "Kelso Mayor Ana Vosk said Friday that talks with the union were possible.",
        [
            ("talks are possible", "Vosk"),
            ("talks with the union were possible", "Kelso Mayor Ana Vosk"),
        ],
    ),
    (
        # a name-colon headline on the dateline's line (2026-11-30, second session)
        "name-colon-headline-over-a-speaker",
        "KELSO (AP) — Vosk: Harbor must pay\n"
        "Kelso Mayor Ana Vosk said the harbor board must pay for the repairs.",
        [("the harbor board must pay for the repairs", "Kelso Mayor Ana Vosk")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in QUOTE_CASES], ids=[i for i, _, _ in QUOTE_CASES]
)
def test_quote_regression(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = parse_and_check(text, reference_date=None)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in article.quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in SOURCE_CASES], ids=[i for i, _, _ in SOURCE_CASES]
)
def test_source_regression(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = parse_and_check(text)
    assert [(s.name, s.title) for s in article.sources] == expected


@pytest.mark.parametrize(
    "text", [t for _, t in INVARIANT_CASES], ids=[i for i, _ in INVARIANT_CASES]
)
def test_invariant_regression(text: str) -> None:
    parse_and_check(text)


def test_pronoun_does_not_take_a_quoted_place_name() -> None:
    """An inserted noise paragraph naming the “Babak Quarter” stole a later
    ``he`` from the person quoted before it."""
    text = (
        "PORT ELLIS (AP) — Ana Ruiz said the levy would stay.\n\n"
        "The district, known locally as the “Babak Quarter”, has 2 schools.\n\n"
        "He said fares would not rise."
    )
    article = parse_and_check(text)
    names = [article.sources[q.source].name for q in article.quotes if q.source is not None]
    assert names == ["Ana Ruiz", "Ana Ruiz"]


def test_headline_colon_needs_content_after_it() -> None:
    """Fuzzing: a headline ending in a colon built an empty span and raised."""
    text = "Ä WASHINGTON Photographer:!\n \u00a0Jan. \n Photographer:date ― he"
    article = parse_and_check(text)
    assert not [w for w in article.warnings if w.startswith("internal error")]


def test_names_across_a_sentence_end_are_not_one_name() -> None:
    """``from March. Heavy rain`` is not a person called ``March. Heavy``."""
    text = (
        "PORT ELLIS (AP) — Gloria Benning said the board would vote.\n\n"
        "Ferries will run every 2 minutes from March. Heavy rain closed 2 roads.\n\n"
        "She said owners would be told first."
    )
    article = newsparse.parse_article(text)
    assert [s.name for s in article.sources] == ["Gloria Benning"]


def test_a_body_and_its_verb_are_no_plural_antecedent() -> None:
    """Explore profile, 2026-11-29 afternoon: an inserted paragraph "The Baza
    Group employs about 2 people in Baza." was read as the plural "The Baza
    Group employs", and the next paragraph's "They" joined it."""
    text = (
        "BAZA, Jan 1 - Harbour officials said the wall would be rebuilt.\n\n"
        "The Baza Group employs about 2 people in Baza.\n\n"
        "They said the work would start in May."
    )
    article = newsparse.parse_article(text)
    assert all("employs" not in s.name for s in article.sources)
    assert article.quotes[-1].source == article.quotes[0].source


def test_a_title_does_not_cross_the_headline() -> None:
    """Hunt wh9b, 2026-11-29 (late): a dateline-less lede opening on "role
    Name" took the headline's last words into the title."""
    text = (
        "Brisk Rips Incumbent\n\n"
        "Democratic strategist Tova Brisk is hammering the senator.\n\n"
        '"He got rich," Brisk said.'
    )
    article = newsparse.parse_article(text)
    assert [(s.name, s.title) for s in article.sources] == [("Tova Brisk", "Democratic strategist")]


def test_an_escaped_ampersand_reads_as_one() -> None:
    """Hunt wh9g, 2026-11-29 (late): scraped ``&amp;`` split a company's name
    into a person and broke an appositive title."""
    text = (
        "NEW YORK (Reuters) - The plant will close, Vell &amp; Sons said. "
        '"It is bad," said Ana Quist, an analyst at M&amp;G Investments.'
    )
    article = newsparse.parse_article(text)
    assert [(s.name, s.kind.value, s.title) for s in article.sources] == [
        ("Vell & Sons", "organization", None),
        ("Ana Quist", "person", "analyst at M&G Investments"),
    ]


def test_a_network_s_programme_is_no_person() -> None:
    """Hunt wh9a, 2026-11-29 (late): ``ABC's This Week`` was a person named
    ``Week`` and took the next paragraph's ``he``."""
    text = (
        "WASHINGTON (UPI) -- Sen. Theo Larke, appearing on ABC's This Week, said the plan "
        'was wrong.\n\n"It\'s a yes or no," he told host Martha Kincaid.'
    )
    article = newsparse.parse_article(text)
    assert all(s.name != "Week" for s in article.sources)


def test_html_entities_in_datelines_names_and_asides() -> None:
    """Scraped copy, 2026-11-29 (late): ``&mdash;`` and ``&nbsp;`` are the dash
    and the space they name in a dateline and between words, ``&amp;`` the
    ampersand inside a name."""
    article = newsparse.parse_article("TARVOS (AP) &mdash; The depot will close, the company said.")
    assert article.dateline is not None and article.dateline.agency == "AP"
    assert article.quotes[0].text == "The depot will close"
    article = newsparse.parse_article(
        "TARVOS&nbsp;(Reuters)&nbsp;-&nbsp;The depot will close, the company said."
    )
    assert article.dateline is not None and article.dateline.location == "TARVOS"
    article = newsparse.parse_article("TARVOS (Reuters) - QX&amp;V said it would cut jobs.")
    assert [q.speaker.text for q in article.quotes if q.speaker] == ["QX&amp;V"]
    article = newsparse.parse_article(
        "TARVOS (Reuters) - Mayor Ilse Vantor &mdash; who faces re-election in May &mdash; "
        "said the roads would be fixed."
    )
    assert [q.speaker.text for q in article.quotes if q.speaker] == ["Mayor Ilse Vantor"]
    article = newsparse.parse_article(
        'TARVOS (Reuters) - "We will fix the roads," said Mayor&nbsp;Ilse Vantor.'
    )
    assert [q.speaker.text for q in article.quotes if q.speaker] == ["Mayor&nbsp;Ilse Vantor"]


def test_link_residue_after_a_linked_name() -> None:
    """Scraped reuters.com copy, 2026-11-29 (late): ``, opens new tab`` after a
    linked name is web furniture, never the speaker."""
    for text in (
        "TARVOS (Reuters) - Quarvex Inc (QVX.O), opens new tab said it would cut jobs.",
        "TARVOS (Reuters) - Jobs will go, Quarvex Inc (QVX.O), opens new tab said on Tuesday.",
    ):
        article = newsparse.parse_article(text)
        assert [q.speaker.text for q in article.quotes if q.speaker] == ["Quarvex Inc (QVX.O)"]


def test_html_tags_are_markup() -> None:
    """Scraped copy, 2026-11-29 (late): an HTML tag is no word of a speaker or
    a name, tags opening a unit do not hide its dateline, and a warning says
    the tags were left in."""
    text = (
        "Depot to close\n\n<p>TARVOS (Reuters) - The depot will close, the company said.</p>\n\n"
        '<p>Unions said the cuts were "unacceptable."</p>\n\n'
        '<p>"We are ready," said <b>Gen. Orrin Vale</b>, the commander.</p>'
    )
    article = newsparse.parse_article(text)
    assert article.dateline is not None and article.dateline.agency == "Reuters"
    speakers = [q.speaker.text for q in article.quotes if q.speaker]
    assert speakers == ["the company", "Unions", "Gen. Orrin Vale"]
    assert any(w.startswith("HTML tag <p>") for w in article.warnings)


def test_zero_width_space_before_the_dateline() -> None:
    """Scraped copy, 2026-11-29 (late): a zero-width space (or a word joiner)
    where a line starts is skipped like a byte order mark."""
    for mark in ("\u200b", "\u2060"):
        text = f"{mark}TARVOS (Reuters) - A strike spread on Tuesday, the union said."
        article = parse_and_check(text)
        assert article.dateline is not None and article.dateline.location == "TARVOS"
        assert article.quotes[0].text == "A strike spread on Tuesday"


def test_a_run_of_zero_width_marks_before_the_dateline() -> None:
    """Scraped copy, 2026-11-29 (evening): a run of zero-width marks where a
    line starts (two spaces, a non-joiner, a left-to-right mark) is skipped
    like one."""
    for marks in ("\u200b\u200b", "\u200c", "\u200e", "\u2060\u200e"):
        text = f"{marks}TARVOS (Reuters) - A strike spread on Tuesday, the union said."
        article = parse_and_check(text)
        assert article.dateline is not None and article.dateline.location == "TARVOS"
        assert article.quotes[0].text == "A strike spread on Tuesday"


def test_single_mark_entities_are_never_a_speaker() -> None:
    """Scraped UK copy, 2026-11-29 (late): ``&lsquo;``/``&rsquo;`` are marks,
    not words: neither a speaker nor a source is ever named ``&rsquo;``."""
    text = "TARVOS (Reuters) - &lsquo;We will fix the roads,&rsquo; said Mayor Ilse Vantor."
    article = newsparse.parse_article(text)
    assert not any(q.speaker and "&" in q.speaker.text for q in article.quotes)
    assert not any("&" in s.name for s in article.sources)


def test_a_ticker_in_angle_brackets_is_no_html_tag() -> None:
    """Merge of the late fixes, 2026-11-29: the scraped-tag rule took Reuters
    tickers (``<ZTRX>``, 1987's ``<U>``) for HTML, cut them from the speaker
    and warned; only lower-case article markup is a tag."""
    article = newsparse.parse_article(
        "TARVOS, March 3 - Quell Corp <U> said it would close a plant. Vey Inc <QV.O> said"
        " it had no plans."
    )
    assert [q.speaker.text for q in article.quotes if q.speaker] == [
        "Quell Corp <U>",
        "Vey Inc <QV.O>",
    ]
    assert not any("HTML" in w for w in article.warnings)
    article = newsparse.parse_article("<p>TARVOS (Reuters) - The depot will close, it said.</p>")
    assert any("HTML tag <p>" in w for w in article.warnings)


def test_an_indented_line_in_lower_case_after_a_mid_clause_line_is_a_hard_wrap() -> None:
    """Round 2 of the late hunt (wh9g #22): a wrapped bullet's hanging indent
    (``- ... blocked roads\\n  to two mines, X said.``) goes on the line above;
    an indented line that opens a sentence still opens a paragraph."""
    text = (
        "(Bloomberg) -- Tin fell.\n\n"
        "- Supply worries will move to Varnia, where strikes have shut roads\n"
        "  to two smelters, Dorrit Vale said.\n"
        "  Traders expect a rebound, Vale added.\n"
    )
    article = parse_and_check(text)
    assert [q.text for q in article.quotes] == [
        "Supply worries will move to Varnia, where strikes have shut roads\n  to two smelters",
        "Traders expect a rebound",
    ]
    assert len(article.paragraphs) == 3


def test_block_level_tags_inside_a_unit_end_a_paragraph() -> None:
    """Round 2 of the late hunt (wh9g #3): scraped copy with one tag per line
    and no blank lines (``<h1>...</h1>\\n<p>By ...</p>\\n<p>DATELINE ...``),
    ``<br><br>`` between sentences and a ``<figcaption>``: each block-level
    tag ends a paragraph as a blank line would, and is a metadata block."""
    article = parse_and_check(
        "<h1>Depot to close</h1>\n<p>By Ilse Vantor</p>\n"
        "<p>TARVOS (Reuters) - The depot will close, the company said.<br><br>"
        '"We regret it," said Chief Executive Orrin Vale.</p>\n'
        "<figcaption>Workers at the depot on Monday. REUTERS/Ana Brill</figcaption>"
    )
    assert article.headline == "Depot to close"
    assert article.bylines == ("Ilse Vantor",)
    assert article.dateline is not None and article.dateline.location == "TARVOS"
    found = [(q.kind.value, q.text, q.speaker.text if q.speaker else None) for q in article.quotes]
    assert found == [
        ("indirect", "The depot will close", "the company"),
        ("direct", "We regret it,", "Chief Executive Orrin Vale"),
    ]
    assert [c.credit.photographer for c in article.captions if c.credit] == ["Ana Brill"]
    assert all("<" not in p.text for p in article.paragraphs)
def test_a_caption_inside_a_quote_draws_no_warning() -> None:
    # a caption between the paragraphs of a quote reads as an ad slot does
    article = parse_and_check(
        "KELSO (AP) — “We will fix the pier,” Mayor Ana Vosk said. “We will fix the ferry.\n\n"
        "Ana Vosk speaks in Kelso. (AP Photo/Jo Park)\n\n“And we will do it this year.”"
    )
    assert article.warnings == ()
    assert [q.text for q in article.quotes] == [
        "We will fix the pier,",
        "We will fix the ferry.",
        "And we will do it this year.",
    ]


def test_according_to_before_a_doubled_comma_opens_no_report_on_it() -> None:
    """Explore profile, 2026-11-29 (late): ``according to X,, who ...`` gave
    an indirect content opening on the second comma; the content after an
    opening ``According to X,`` is trimmed like every other (punctuation and
    connectives dropped)."""
    article = newsparse.parse_article("according to\u201dPARIS,,who asked not to be identified")
    assert [q.text for q in article.quotes] == ["who asked not to be identified"]
    article = newsparse.parse_article("According to the port, however, nine ferries will go.")
    assert [q.text for q in article.quotes] == ["nine ferries will go"]


def test_it_never_stands_for_data_that_spoke_by_according_to() -> None:
    """Regression review (rv2), wh10d s24: once ``according to data compiled
    by Bloomberg`` was read, the next ``it said in a statement`` took the
    data; data and figures are plural and issue nothing, so ``it`` is the
    company in play."""
    article = newsparse.parse_article(
        "(Bloomberg) -- Tessaly Motors Inc. agreed to buy Brenmar Cells for $2 billion.\n\n"
        "The deal, announced Tuesday, values Brenmar at 14 times its earnings, according to"
        " data compiled by Bloomberg. Tessaly will pay in cash, it said in a statement."
    )
    found = {
        q.text: article.sources[q.source].name if q.source is not None else None
        for q in article.quotes
    }
    assert found["Tessaly will pay in cash"] == "Tessaly Motors Inc."


def test_indirect_content_after_a_stray_stop_and_dash_opens_on_its_words() -> None:
    """Dev profile, 2026-11-29 (evening): a spliced paragraph (``said in a
    statement.`` then a new line opening `` - enough' from ...``) gave an
    indirect quote whose content opened on the stop; what was said starts
    at its first word."""
    text = (
        "The council planned to repair the bridge, Tova Brenn said in a statement.\n"
        " - enough\u2019 from every family,\u201d he said."
    )
    article = parse_and_check(text)
    assert all(q.text[:1].isalnum() for q in article.quotes if q.kind.value == "indirect")


def test_round_three_regressions_found_by_diffing_the_hunters_corpora() -> None:
    """Evening review of fix round 3 against the hunters' earlier corpora:
    ``said it now expects ...`` lost its quote (an adverb after ``it`` was
    read as closing an object), ``In a statement read on state television,
    the junta said`` gave the statement as speaker, and ``Finance Chief Ruth
    Allard`` lost ``Chief`` from her title (a courtesy only after a role)."""
    article = newsparse.parse_article(
        "The carrier said it now expects adjusted earnings of $6.10 a share."
    )
    assert [q.text for q in article.quotes] == [
        "it now expects adjusted earnings of $6.10 a share"
    ]
    article = newsparse.parse_article(
        "In a statement read on state television, the junta said it had expelled the envoy."
    )
    assert [(q.speaker.text if q.speaker else None) for q in article.quotes] == ["the junta"]
    article = newsparse.parse_article("Finance Chief Ruth Allard said demand was soft.")
    assert [(s.name, s.title) for s in article.sources] == [("Ruth Allard", "Finance Chief")]


def test_a_dash_before_an_attribution_of_its_own_ends_the_first_report() -> None:
    """``X said A — B, he said, from ...``: the aside after the dash has its
    own attribution, so the first report is ``A`` alone (before, the trailing
    ``he said`` took the whole sentence, the first report included)."""
    text = (
        "Mayor Quill said the feud was a normal part of a campaign — no different, "
        "she said, from Ortiz calling the levy a scam before endorsing it."
    )
    article = newsparse.parse_article(text)
    first = article.quotes[0]
    assert (first.text, first.cue.text if first.cue else None) == (
        "the feud was a normal part of a campaign",
        "said",
    )
    assert all("Quill said" not in q.text for q in article.quotes)


def test_a_paragraph_without_marks_after_a_colon_lead_in_is_what_was_said() -> None:
    """``The governor added:`` closing a paragraph, then a paragraph with no
    quotation marks (a block quotation scraped without its layout): the
    paragraph is what was said; a heading or a list item after it is not."""
    text = (
        "Those comments are a disgrace, he said.\n\nThe governor added:\n\n"
        "It is what the council always does. It promises a lot, and the ferry runs late.\n\n"
        "The vote is Tuesday.\n"
    )
    article = newsparse.parse_article(text)
    block = [q for q in article.quotes if q.cue is not None and q.cue.text == "added"]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in block] == [
        (
            "It is what the council always does. It promises a lot, and the ferry runs late",
            "The governor",
        )
    ]
    article = newsparse.parse_article(
        "The governor added:\n\nThe Faces Of The Pier Fight.\n\nThe vote is Tuesday.\n"
    )
    assert article.quotes == ()


def test_a_caption_date_after_a_country_makes_no_surname() -> None:
    """Hunt wh12f #9, 2026-11-30: Reuters' caption ``in Beijing, China March
    7, 2024.`` read ``China March`` as a person's name, so the body's ``China
    said`` was a person, not the government."""
    text = (
        "Wang Jun speaks in Beijing, China March 7, 2024. REUTERS/Tingshu Wang\n\n"
        "BEIJING (Reuters) - China said it would respond."
    )
    article = newsparse.parse_article(text)
    assert [(s.name, s.kind.value) for s in article.sources] == [("China", "organization")]


def test_a_cue_word_used_as_a_noun_before_a_dash_is_no_report() -> None:
    """Review r13old (wh10f s20): ``in the state`` read ``state`` as a report
    before the dash, so the trailing ``a spokeswoman said`` kept only the
    aside between the dashes and lost the news it reports."""
    text = (
        "Tarn Ferries, the biggest ferry operator in the state, halted crossings "
        "Thursday — the first time in a decade — a spokeswoman said."
    )
    article = newsparse.parse_article(text)
    assert [q.text for q in article.quotes] == [
        "Tarn Ferries, the biggest ferry operator in the state, halted crossings "
        "Thursday — the first time in a decade"
    ]


def test_the_noun_joins_the_body_of_that_noun_written_last() -> None:
    """Review r13old (wh9a a9): with two campaigns in play, ``The campaign
    also said`` took the one created last (Hale's, which spoke first) rather
    than the one written last (``The Marrow campaign said``)."""
    text = (
        "Ilse Marrow's campaign said it would hire lawyers, while Tobin Hale's campaign "
        "accused rivals of trying to \"steal\" the vote.\n\n"
        "The Marrow campaign said the lawyers were ready.\n\n"
        "The campaign also said it had raised $85 million."
    )
    article = newsparse.parse_article(text)
    last = article.quotes[-1]
    assert last.text == "it had raised $85 million"
    assert last.source is not None
    assert article.sources[last.source].name == "Ilse Marrow's campaign"
def test_a_possessive_in_an_unnamed_newcomer_s_sentence_is_someone_else_s() -> None:
    """Review r13ab, 2026-11-30: once ``X, a judge ruled on Tuesday,
    rejecting his argument that Y`` split into two reports, ``his`` (the
    defendant, whose argument the judge rejects) was resolved to ``a
    judge``, the unnamed newcomer of its own sentence."""
    text = (
        "The former mill owner must face the suit, a judge ruled on Tuesday, rejecting his"
        " argument that the claims were stale."
    )
    article = newsparse.parse_article(text)
    owners = {
        q.text: article.sources[q.source].name if q.source is not None else None
        for q in article.quotes
    }
    assert owners.get("The former mill owner must face the suit") == "a judge"
    assert owners.get("the claims were stale") != "a judge"


def test_the_airline_never_stands_for_an_airport() -> None:
    """``the airline`` after a caption naming an airport and a lede naming
    the carrier is the carrier (an airport's name is now a body's)."""
    text = (
        "Passengers wait at Terminal 2 of Norvik Airport during a strike. REUTERS/Kai Vole\n"
        "NORVIK, March 8 (Reuters) - Skyvane cancelled nearly all flights on Thursday,"
        " the airline said."
    )
    article = newsparse.parse_article(text)
    assert [(s.name, s.kind.value) for s in article.sources][:1] == [("Skyvane", "organization")]


def test_an_outlet_named_as_a_venue_is_no_pronouns_person() -> None:
    """``appeared on Fox News' "Nightline," where he said``: the network is
    no person, so ``he`` never makes a person source of it."""
    text = (
        'WASHINGTON (AP) — Harrowgate appeared on Fox News\' "Nightline," where he said'
        " the vote was lost."
    )
    article = newsparse.parse_article(text)
    assert not any(s.name == "Fox News" and s.kind.value == "person" for s in article.sources)


def test_a_lede_with_an_irregular_past_before_a_role_noun_keeps_its_report() -> None:
    """``A farmer shot his neighbor, deputies said.``: an article or a
    possessive opening an object makes the words a clause, never a role set
    before a name (``neighbor`` is an appositive role)."""
    text = "TARNBY, Iowa (AP) — A farmer shot his neighbor, deputies said."
    article = newsparse.parse_article(text)
    assert [(q.kind.value, q.text) for q in article.quotes] == [
        ("indirect", "A farmer shot his neighbor")
    ]


def test_an_as_that_gives_the_name_stays_in_the_speaker() -> None:
    """``said a resident who gave his name only as Tamir``: the `as` after a
    naming clause gives the name, no reason for anonymity to cut off."""
    text = "KASSEL (Reuters) - The roof gave way, said a resident who gave his name only as Tamir."
    article = newsparse.parse_article(text)
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == [
        "a resident who gave his name only as Tamir"
    ]


def test_a_point_after_a_web_address_ends_the_sentence() -> None:
    """``according to Homefinder.com. Prices fell ..., Hale said.``: a site's
    name is no abbreviation, so the next sentence's report is read (wh15b #1)."""
    text = "Rents rose, according to Homefinder.com. Prices fell last month, Tova Hale said."
    article = newsparse.parse_article(text)
    assert ("Tova Hale", "Prices fell last month") in [
        (q.speaker.text if q.speaker else None, q.text) for q in article.quotes
    ]


def test_an_unpointed_line_over_a_line_opening_on_the_ends_its_sentence() -> None:
    """A standfirst or caption line with no point ends at its line break
    when the next line opens on ``The`` (wh15a #10)."""
    text = (
        "Rachel Vell was appointed Chancellor in September\n"
        'The Chancellor has said she will "not flinch".'
    )
    article = newsparse.parse_article(text)
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == ["The Chancellor"]


def test_a_name_opening_its_own_sentence_takes_the_pronoun_after_a_lone_speaker() -> None:
    """``“...,” Dorn said. Pekka had 18 points. He said ...``: the name
    opening the sentence between the lone speaker and the sentence-opening
    pronoun takes it (regression review r16, wh12a snip18)."""
    text = '"We ran hard," Dorn said. Pekka had 18 points. He said the team was tired.'
    article = newsparse.parse_article(text)
    last = article.quotes[-1]
    assert last.source is not None
    assert article.sources[last.source].name == "Pekka"
    assert article.sources[last.source].kind.value == "person"


def test_a_field_word_before_a_role_and_a_full_name_keeps_a_person() -> None:
    """``County Judge-Executive Tess Orlan said``: the field word opens a
    title with a role word after it, never a company's name (regression
    review r16, wh9e s2)."""
    article = newsparse.parse_article("County Judge-Executive Tess Orlan said the bridge was safe.")
    assert [s.kind.value for s in article.sources] == ["person"]

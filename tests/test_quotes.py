"""Attribution frames, one table row per frame (all examples invented).

Each row: the paragraph text and the quotes expected from it, as
``(kind, content, speaker, cue)``; ``None`` where the field must be null.
The paragraph follows a dateline paragraph, as in wire copy, so that the
frame stage reads it as body text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse

PREFIX = "PORT ELLIS (AP) — The council met on Tuesday to debate the harbour budget.\n\n"

Row = tuple[str, str, str | None, str | None]

FRAMES: list[tuple[str, str, list[Row]]] = [
    (
        "said-that",
        "Mayor Lena Ortiz said that the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Mayor Lena Ortiz", "said")],
    ),
    (
        "said-bare",
        "Ortiz said the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Ortiz", "said")],
    ),
    (
        "said-time-that",
        "Ortiz said on Monday that the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Ortiz", "said")],
    ),
    (
        "trailing",
        "The ferry will run until midnight, the mayor said.",
        [("indirect", "The ferry will run until midnight", "the mayor", "said")],
    ),
    (
        "inverted",
        "The ferry will run until midnight, said Lena Ortiz.",
        [("indirect", "The ferry will run until midnight", "Lena Ortiz", "said")],
    ),
    (
        "direct-trailing",
        "“We will keep the boats running,” Ortiz said.",
        [("direct", "We will keep the boats running,", "Ortiz", "said")],
    ),
    (
        "direct-inverted",
        "“We will keep the boats running,” said Ortiz.",
        [("direct", "We will keep the boats running,", "Ortiz", "said")],
    ),
    (
        "direct-colon",
        "Ortiz said: “We will keep the boats running.”",
        [("direct", "We will keep the boats running.", "Ortiz", "said")],
    ),
    (
        "split-comma",
        "“We will keep the boats running,” Ortiz said, “and we will pay for it.”",
        [
            ("direct", "We will keep the boats running,", "Ortiz", "said"),
            ("direct", "and we will pay for it.", "Ortiz", "said"),
        ],
    ),
    (
        "split-sentence",
        "“We will keep the boats running,” Ortiz said. “The budget allows it.”",
        [
            ("direct", "We will keep the boats running,", "Ortiz", "said"),
            ("direct", "The budget allows it.", "Ortiz", "said"),
        ],
    ),
    (
        "according-to-after",
        "The ferry will run until midnight, according to the harbour authority.",
        [
            (
                "indirect",
                "The ferry will run until midnight",
                "the harbour authority",
                "according to",
            )
        ],
    ),
    (
        "according-to-before",
        "According to the harbour authority, the ferry will run until midnight.",
        [
            (
                "indirect",
                "the ferry will run until midnight",
                "the harbour authority",
                "According to",
            )
        ],
    ),
    (
        "adding-that",
        "The ferry will run until midnight, officials said, adding that fares would not rise.",
        [
            ("indirect", "The ferry will run until midnight", "officials", "said"),
            ("indirect", "fares would not rise", "officials", "adding"),
        ],
    ),
    (
        "told-listener",
        "Ortiz told reporters that the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Ortiz", "told")],
    ),
    (
        "told-listener-bare",
        "Ortiz told The Harbour Gazette the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Ortiz", "told")],
    ),
    (
        "in-a-statement",
        "In a statement, the ministry said the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "the ministry", "said")],
    ),
    (
        "said-in-a-statement",
        "The ministry said in a statement that the ferry would run until midnight.",
        [
            (
                "indirect",
                "the ferry would run until midnight",
                "The ministry",
                "said in a statement",
            )
        ],
    ),
    (
        "quoted-as-saying",
        "Ortiz was quoted as saying the ferry would run until midnight.",
        [
            (
                "indirect",
                "the ferry would run until midnight",
                "Ortiz",
                "was quoted as saying",
            )
        ],
    ),
    (
        "appositive",
        "Ortiz, the harbour minister, said the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Ortiz", "said")],
    ),
    (
        "anonymity-clause",
        "An official who asked not to be named said the ferry would run until midnight.",
        [
            (
                "indirect",
                "the ferry would run until midnight",
                "An official who asked not to be named",
                "said",
            )
        ],
    ),
    (
        "partial",
        "Ortiz said the cuts were “simply not on the table” this year.",
        [("partial", "simply not on the table", "Ortiz", "said")],
    ),
    (
        "belief",
        "Critics fear the late ferry will drain the harbour budget.",
        [("indirect", "the late ferry will drain the harbour budget", "Critics", "fear")],
    ),
    (
        "connective-dropped",
        "Still, the officials said there are good reasons to keep the ferry.",
        [("indirect", "there are good reasons to keep the ferry", "the officials", "said")],
    ),
    (
        "straight-quotes",
        '"We will keep the boats running," Ortiz said.',
        [("direct", "We will keep the boats running,", "Ortiz", "said")],
    ),
    (
        "typewriter-quotes",
        "''We will keep the boats running,'' Ortiz said.",
        [("direct", "We will keep the boats running,", "Ortiz", "said")],
    ),
    (
        "nominal",
        "The council rejected Ortiz's claim that the ferry would run until midnight.",
        [("indirect", "the ferry would run until midnight", "Ortiz", "claim")],
    ),
    (
        "speech-act",
        "Ortiz called the late ferry a lifeline for night workers.",
        [("indirect", "the late ferry a lifeline for night workers", "Ortiz", "called")],
    ),
    (
        "coordinated-names-say",
        "But Ms. Ortiz and Mr. Voss say the ferry needs a second crew.",
        [("indirect", "the ferry needs a second crew", "Ms. Ortiz and Mr. Voss", "say")],
    ),
    (
        "those-close-to-say",
        "Those close to the mayor say the ferry will keep running.",
        [("indirect", "the ferry will keep running", "Those close to the mayor", "say")],
    ),
    (
        "plural-head-with-pp-say",
        "Skippers at the northern pier say the night ferry is always full.",
        [("indirect", "the night ferry is always full", "Skippers at the northern pier", "say")],
    ),
    (
        "told-programme-title",
        "Ortiz told the station's “Harbour Hour” that the ferry would stay.",
        [("indirect", "the ferry would stay", "Ortiz", "told")],
    ),
    (
        "said-and-next-act",
        "Ortiz said the ferry would stay and warned against cuts to the crew.",
        [
            ("indirect", "the ferry would stay", "Ortiz", "said"),
            ("indirect", "cuts to the crew", "Ortiz", "warned"),  # warned against: fourth session
        ],
    ),
    (
        "said-but-noted",
        "Ortiz said the ferry would stay but noted that fares could rise.",
        [
            ("indirect", "the ferry would stay", "Ortiz", "said"),
            ("indirect", "fares could rise", "Ortiz", "noted"),
        ],
    ),
    (
        "quoted-act",
        "Ortiz criticized the budget as a “slow leak” in the harbour fund.",
        [("partial", "slow leak", "Ortiz", "criticized")],
    ),
    (
        "progressive-speech-act",
        "Ortiz is calling the budget “a slow leak.”",
        [("partial", "a slow leak.", "Ortiz", "calling")],
    ),
    (
        "intent-with-quotation",
        "Ortiz vowed to fine “anyone who dumps oil in the harbour.”",
        [("partial", "anyone who dumps oil in the harbour.", "Ortiz", "vowed")],
    ),
    (
        "according-to-relative-clause-at-end",
        "The ferry will stay, according to a clerk who asked not to be named.",
        [
            (
                "indirect",
                "The ferry will stay",
                "a clerk who asked not to be named",
                "according to",
            )
        ],
    ),
    (
        "quantifier-subject",
        "Many say the ferry will keep running.",
        [("indirect", "the ferry will keep running", "Many", "say")],
    ),
    (
        "quantifier-subject-trailing",
        "The ferry will keep running, some say.",
        [("indirect", "The ferry will keep running", "some", "say")],
    ),
    (
        "gerund-modifier-subject",
        "Towing crews say the north pier is unsafe.",
        [("indirect", "the north pier is unsafe", "Towing crews", "say")],
    ),
    (
        "reported-speech-inside-content",
        "Ortiz noted that the Board of Harbours announced on Friday that the pier had reopened.",
        [
            (
                "indirect",
                "the Board of Harbours announced on Friday that the pier had reopened",
                "Ortiz",
                "noted",
            )
        ],
    ),
    (
        "comma-but-next-act",
        "Ortiz claimed the pier had been sold, but offered no proof.",
        [("indirect", "the pier had been sold", "Ortiz", "claimed")],
    ),
    (
        "scene-setting-clause-then-quotation",
        "As the horn sounded, the captain said, “We are leaving now.”",
        [("direct", "We are leaving now.", "the captain", "said")],
    ),
    (
        "listener-with-possessive-title",
        "Ortiz told KXTV’s “Morning Show” on Friday that the pier had reopened.",
        [("indirect", "the pier had reopened", "Ortiz", "told")],
    ),
    (
        "role-appositive-before-name",
        "The pier will reopen, a spokeswoman, Ana Ruiz, said on Monday.",
        [("indirect", "The pier will reopen", "Ana Ruiz", "said")],
    ),
    (
        "trailing-after-a-clause-with-the",
        "When the ferry came, the harbour flooded, Ruiz said.",
        [("indirect", "When the ferry came, the harbour flooded", "Ruiz", "said")],
    ),
    (
        "and-she-goes-on",
        "Ortiz said thieves broke into the office and she accused Lee of helping them.",
        [
            ("indirect", "thieves broke into the office", "Ortiz", "said"),
            ("indirect", "Lee of helping them", "she", "accused"),
        ],
    ),
    (
        "possessed-plural-noun-is-no-cue",
        "Ortiz said the judges were biased, given his earlier comments.",
        [("indirect", "the judges were biased, given his earlier comments", "Ortiz", "said")],
    ),
    (
        "asked-question",
        "A reporter asked Ortiz how long the pier would stay shut.",
        [("indirect", "how long the pier would stay shut", "A reporter", "asked")],
    ),
    (
        "asked-request",
        "Ortiz asked the council to fund a second ferry.",
        [("indirect", "the council to fund a second ferry", "Ortiz", "asked")],
    ),
    (
        "document-verb-at-sentence-end",
        "“We see hope,” the letter reads.",
        [("direct", "We see hope,", "the letter", "reads")],
    ),
    (
        "now-before-the-cue",
        "Ortiz and Lee are now saying the pier should stay shut.",
        [("indirect", "the pier should stay shut", "Ortiz and Lee", "saying")],
    ),
    (
        "poll-share-in",
        "About 4 in 10 say the ferry runs late.",
        [("indirect", "the ferry runs late", "About 4 in 10", "say")],
    ),
    (
        "poll-share-percent-sign",
        "In the survey, 42% say the ferry runs late.",
        [("indirect", "the ferry runs late", "42%", "say")],
    ),
    (
        "poll-share-percent-word",
        "Only 24 percent said the ferry runs on time.",
        [("indirect", "the ferry runs on time", "Only 24 percent", "said")],
    ),
    (
        "that-as-subject",
        "One in five say that won't happen.",
        [("indirect", "that won't happen", "One in five", "say")],
    ),
    (
        "question-then-named-speaker",
        "“Why now?” Ortiz asked at the meeting.",
        [("direct", "Why now?", "Ortiz", "asked")],
    ),
    (
        "exclamation-then-titled-speaker",
        "“We won!” Sen. Ana Lee said at the dock.",
        [("direct", "We won!", "Sen. Ana Lee", "said")],
    ),
    (
        "report-sourced-by-according-to",
        "The Gazette reported that, according to a study of her calendar, "
        "most meetings were with donors.",
        [("indirect", "most meetings were with donors", "The Gazette", "reported")],
    ),
    (
        "document-shows",
        "Harbour records show the firm paid no berth fees for a decade.",
        [("indirect", "the firm paid no berth fees for a decade", "Harbour records", "show")],
    ),
    (
        "poll-shows-small-clause",
        "A new poll shows Ortiz leading by five points.",
        [("indirect", "Ortiz leading by five points", "A new poll", "shows")],
    ),
    (
        "announced-pronoun-clause",
        "Ortiz announced she and her crew would sail at dawn.",
        [("indirect", "she and her crew would sail at dawn", "Ortiz", "announced")],
    ),
    (
        "quotation-then-next-sentence-with-its-own-cue",
        "Lee branded the pier “a hazard to every sailor.” Ortiz insisted that it stay open.",
        [
            ("partial", "a hazard to every sailor.", "Lee", "branded"),
            ("indirect", "it stay open", "Ortiz", "insisted"),
        ],
    ),
    (
        "poll-share-with-its-group",
        "Only 52 percent of riders agreed that the ferry was “safe enough.”",
        [("partial", "safe enough.", "Only 52 percent of riders", "agreed")],
    ),
    (
        "negated-belief-keeps-its-negation",
        "Skippers don’t think the pier can reopen this year.",
        [("indirect", "the pier can reopen this year", "Skippers", "don’t think")],
    ),
    (
        "listener-with-a-long-name",
        "Ortiz told The Harbour Times weekly of Port Ellis late on Monday that she had voted.",
        [("indirect", "she had voted", "Ortiz", "told")],
    ),
    (
        "bare-cue-after-close-to",
        "Sources close to the harbour board say the ferry will stay.",
        [("indirect", "the ferry will stay", "Sources close to the harbour board", "say")],
    ),
    (
        "abbreviation-ends-a-sentence",
        "Ortiz says the ferry is the best in the U.S. He says fares will fall.",
        [
            ("indirect", "the ferry is the best in the U.S.", "Ortiz", "says"),
            ("indirect", "fares will fall", "He", "says"),
        ],
    ),
    (
        # a company suffix ends a sentence before a clause-opening determiner
        # or pronoun, not before the rest of a name or title
        "company-suffix-ends-a-sentence",
        "Sales rose 4% at Acme Corp. The company said demand was strong.",
        [("indirect", "demand was strong", "The company", "said")],
    ),
    (
        "company-suffix-before-an-article",
        "The pier was sold to Harbour Holdings Ltd. A spokesman said the deal had closed.",
        [("indirect", "the deal had closed", "A spokesman", "said")],
    ),
    (
        "company-suffix-before-a-pronoun",
        "Ortiz buys fuel from Harbour Oil Inc. She said prices would fall.",
        [("indirect", "prices would fall", "She", "said")],
    ),
    (
        "company-suffix-inside-a-speaker",
        "Acme Corp. Chief Executive Jane Doe said margins would widen.",
        [("indirect", "margins would widen", "Acme Corp. Chief Executive Jane Doe", "said")],
    ),
    (
        "compared-with-is-the-writers",
        "Most riders say the ferry is late, compared with 20 percent last year.",
        [("indirect", "the ferry is late", "Most riders", "say")],
    ),
    (
        "document-with-participle-and-time",
        "A court filing lodged Thursday says that the pier was never inspected.",
        [("indirect", "the pier was never inspected", "A court filing lodged Thursday", "says")],
    ),
    (
        "document-with-author",
        "A review by the Harbour Times shows most of the crossings ran late.",
        [("indirect", "most of the crossings ran late", "A review by the Harbour Times", "shows")],
    ),
    (
        "documents-show-at-the-end",
        "The operator lent the board 2 million euros last month, new filings show.",
        [
            (
                "indirect",
                "The operator lent the board 2 million euros last month",
                "new filings",
                "show",
            )
        ],
    ),
    (
        "poll-released-on-a-day",
        "New polls released Sunday showed Ortiz taking a lead in the race.",
        [("indirect", "Ortiz taking a lead in the race", "New polls released Sunday", "showed")],
    ),
    (
        "polling-of-a-group-shows",
        "Polling of dock workers shows that the mayor remains popular.",
        [("indirect", "the mayor remains popular", "Polling of dock workers", "shows")],
    ),
    (
        "according-to-after-a-scene-phrase",
        "In addition, according to the port authority, nine ferries will be replaced.",
        [("indirect", "nine ferries will be replaced", "the port authority", "according to")],
    ),
    (
        "according-to-with-a-role",
        "At the heart of the row, according to Lena Dorsey, a former pilot, was a budget cut.",
        [
            (
                "indirect",
                "At the heart of the row, according to Lena Dorsey, a former pilot,"
                " was a budget cut",
                "Lena Dorsey",
                "according to",
            )
        ],
    ),
    (
        "when-asked-a-question",
        "When asked whether the pier would reopen, Ortiz said: “Not this year.”",
        [
            ("indirect", "whether the pier would reopen", None, "asked"),
            ("direct", "Not this year.", "Ortiz", "said"),
        ],
    ),
    (
        "when-asked-by-someone",
        "When asked by a reporter whether fares would rise, Ortiz said, “No.”",
        [
            ("indirect", "whether fares would rise", "a reporter", "asked"),
            ("direct", "No.", "Ortiz", "said"),
        ],
    ),
    (
        "request-with-infinitive",
        "Ortiz encouraged riders to buy their tickets early.",
        [("indirect", "riders to buy their tickets early", "Ortiz", "encouraged")],
    ),
    (
        "called-on-someone-to",
        "Ortiz called on the board to resign over the ferry delays.",
        [("indirect", "the board to resign over the ferry delays", "Ortiz", "called")],
    ),
    (
        "urged-after-a-cue-verb-fails",
        "Lee urged the council to keep the night ferry.",
        [("indirect", "the council to keep the night ferry", "Lee", "urged")],
    ),
    (
        "speech-act-after-a-subordinator",
        "Though she called the fare rise “outrageous,” Ortiz voted for it.",
        [("partial", "outrageous,", "she", "called")],
    ),
    (
        "speech-act-after-an-appositive",
        "Mina Lorre, an adviser to the mayor, called the vote “a wake-up call” for the port.",
        [("partial", "a wake-up call", "Mina Lorre", "called")],
    ),
    (
        "participle-clause-stays-in-the-content",
        "Ortiz said fares would rise 5 percent, bringing a crossing to 4 euros.",
        [
            (
                "indirect",
                "fares would rise 5 percent, bringing a crossing to 4 euros",
                "Ortiz",
                "said",
            )
        ],
    ),
    (
        "intent-participle-after-a-comma",
        "Ortiz revised her plan, promising to focus the savings on riders.",
        [("indirect", "to focus the savings on riders", "Ortiz", "promising")],
    ),
    (
        "intent-after-and",
        "The mayor outlined her plan and vowed to reopen the pier.",
        [("indirect", "to reopen the pier", "The mayor", "vowed")],
    ),
    (
        "intent-negated-after-an-appositive",
        "Lee, the port chief, vowed not to repeat that mistake.",
        [("indirect", "not to repeat that mistake", "Lee", "vowed")],
    ),
    (
        "agreed-to",
        "The operator agreed to clean up the old berths and reopen the pier.",
        [("indirect", "to clean up the old berths and reopen the pier", "The operator", "agreed")],
    ),
    (
        "time-phrase-between-speaker-and-cue",
        "An arbitration panel in 2001 found the port was in breach of the lease.",
        [("indirect", "the port was in breach of the lease", "An arbitration panel", "found")],
    ),
    (
        "weekday-between-speaker-and-cue",
        "Ortiz on Tuesday night said the pier would close.",
        [("indirect", "the pier would close", "Ortiz", "said")],
    ),
    (
        "as-the-paper-reported",
        "As the Harbour Times reported, even if the vote splits, the mayor needs 55 percent.",
        [
            (
                "indirect",
                "even if the vote splits, the mayor needs 55 percent",
                "the Harbour Times",
                "reported",
            )
        ],
    ),
    (
        "reported-clause-with-irregular-past",
        "The Harbour Times reported the memo came hours after the vote.",
        [("indirect", "the memo came hours after the vote", "The Harbour Times", "reported")],
    ),
    (
        "citing-parenthetical-before-the-cue",
        "The Ledger, citing internal memos, reported that the ferry fund is empty.",
        [
            ("indirect", "internal memos", "The Ledger", "citing"),
            ("indirect", "the ferry fund is empty", "The Ledger", "reported"),
        ],
    ),
    (
        "aside-between-name-and-cue",
        "Murphy, though, said he's with the harbour board.",
        [("indirect", "he's with the harbour board", "Murphy", "said")],
    ),
    (
        "age-appositive-with-then",
        "Mr. Berg, then 38, said he was told to find an older deputy.",
        [("indirect", "he was told to find an older deputy", "Mr. Berg", "said")],
    ),
    (
        "party-tag-and-role",
        "Sen. Lana Kirk, R-S.C., a long-shot candidate, said the mayor is overselling the port.",
        [("indirect", "the mayor is overselling the port", "Sen. Lana Kirk", "said")],
    ),
    (
        "participle-appositive-is-no-inverted-speaker",
        "Sen. Dana Ruiz, D-Ore., appearing on radio after the vote, said the mayor failed to act.",
        [("indirect", "the mayor failed to act", "Sen. Dana Ruiz", "said")],
    ),
    (
        "even-is-no-part-of-the-speaker",
        "Even Berg, a loyal Ortiz supporter, said the fare would rise.",
        [("indirect", "the fare would rise", "Berg", "said")],
    ),
    (
        "relative-clause-with-a-quotation",
        "Lee, who calls the plan a “fantasy,” said she would vote against it.",
        [
            ("partial", "fantasy,", "who", "calls"),
            ("indirect", "she would vote against it", "Lee", "said"),
        ],
    ),
    (
        "inverted-speaker-with-appositive-after-a-long-clause",
        "Even as the race moves north, a region she hoped to carry, the vote will be close,"
        " said Dan Gerst, director of the Harbour Institute.",
        [
            (
                "indirect",
                "Even as the race moves north, a region she hoped to carry, the vote will be close",
                "Dan Gerst",
                "said",
            )
        ],
    ),
    (
        "attribution-inside-a-coordinated-report",
        "The top fifth paid 69 percent, the agency said in a report, and the rest paid 31 percent.",
        [
            (
                "indirect",
                "The top fifth paid 69 percent, the agency said in a report,"
                " and the rest paid 31 percent",
                "the agency",
                "said",
            )
        ],
    ),
    (
        "what-they-said-was",
        "The crews left early, in what many pilots said was a protest against the rota.",
        [
            (
                "indirect",
                "what many pilots said was a protest against the rota",
                "many pilots",
                "said",
            )
        ],
    ),
    (
        "what-she-called",
        # since judgements report (2026-11-30), the judging subject and verb
        # report the wh-clause (fourth session), as PolNeAR marks it
        "Ortiz criticized what she called the reckless timetable of the night ferry.",
        [
            (
                "indirect",
                "what she called the reckless timetable of the night ferry",
                "Ortiz",
                "criticized",
            )
        ],
    ),
    (
        "two-wh-reports",
        "The report compared what Ortiz says the plan costs and how critics say it works.",
        [
            ("indirect", "what Ortiz says the plan costs", "Ortiz", "says"),
            ("indirect", "how critics say it works", "critics", "say"),
        ],
    ),
    (
        "called-for-drops-its-venue",
        "Kera Blair, head of the dockers' union, called for more night ferries in a statement.",
        [("indirect", "more night ferries", "Kera Blair", "called")],
    ),
    (
        "called-on-with-a-quotation",
        "Lee called on the board to “stop the delays now” and publish the rota.",
        [("partial", "stop the delays now", "Lee", "called")],
    ),
    (
        "polling-averages-show",
        "Polling averages show Ortiz with a lead of about two points.",
        [("indirect", "Ortiz with a lead of about two points", "Polling averages", "show")],
    ),
    (
        "states-that",
        "The charter states that the mayor must live in the port.",
        [("indirect", "the mayor must live in the port", "The charter", "states")],
    ),
    (
        "content-stops-before-according-to",
        "The mayor told her that the pier would stay shut, according to an account she gave.",
        [("indirect", "the pier would stay shut", "The mayor", "told")],
    ),
    (
        "began-by-saying",
        "Ortiz began by saying the night ferry would run all winter.",
        [("indirect", "the night ferry would run all winter", "Ortiz", "saying")],
    ),
    (
        "explained-how",
        "Ortiz explained how the crews rebuilt the pier in six weeks.",
        [("indirect", "how the crews rebuilt the pier in six weeks", "Ortiz", "explained")],
    ),
    (
        "phrase-aside-before-the-cue",
        "Sexton, after two late sailings, wrote that the rota had to change.",
        [("indirect", "the rota had to change", "Sexton", "wrote")],
    ),
    (
        "irregular-plural-with-a-bare-cue",
        "Even though the pier is open, the women say the crossing is too rough.",
        [("indirect", "the crossing is too rough", "the women", "say")],
    ),
    (
        "even-as-is-the-writers",
        "Ryan has long said he will back the nominee, even as he criticizes the ferry plan.",
        [
            ("indirect", "he will back the nominee", "Ryan", "said"),
            ("indirect", "the ferry plan", "he", "criticizes"),
        ],
    ),
    (
        "report-then-a-question-then-an-answer",
        "Lee said he had not seen the fight on the pier, and when asked whether he"
        " backed the crews, he said he did.",
        [
            ("indirect", "he had not seen the fight on the pier", "Lee", "said"),
            ("indirect", "whether he backed the crews", None, "asked"),
            ("indirect", "he did", "he", "said"),
        ],
    ),
    (
        "pointed-out-that",
        "Ortiz pointed out that the night ferry was late again.",
        [("indirect", "the night ferry was late again", "Ortiz", "pointed out")],
    ),
    (
        "made-it-clear-that",
        "Lee made it clear that the pier would stay shut.",
        [("indirect", "the pier would stay shut", "Lee", "made it clear")],
    ),
    (
        "expressed-concern-that",
        "Dock workers expressed concern that the rota would change.",
        [("indirect", "the rota would change", "Dock workers", "expressed concern")],
    ),
    (
        "quick-to-point-out",
        "Ortiz was quick to point out that fares had not risen.",
        [("indirect", "fares had not risen", "Ortiz", "point out")],
    ),
    (
        "phrase-cue-in-a-parenthetical",
        "The ferry, Ortiz pointed out, was late.",
        [("indirect", "The ferry, Ortiz pointed out, was late", "Ortiz", "pointed out")],
    ),
    (
        "month-and-year-after-the-cue",
        "The port “has changed for the better,” Ortiz said in June 2012.",
        [("partial", "has changed for the better,", "Ortiz", "said")],
    ),
    (
        "relative-clause-with-a-claim",
        "The board met about the test, which state media claimed now allows larger ships.",
        [
            (
                "indirect",
                "which state media claimed now allows larger ships",
                "state media",
                "claimed",
            )
        ],
    ),
    (
        "relative-clause-ends-at-its-comma",
        "The ropes, which Lee said were on the pier, were found.",
        [("indirect", "which Lee said were on the pier", "Lee", "said")],
    ),
    (
        "when-pressed-on",
        "Ortiz said the rota was fair, and when pressed on why it changed, she said it had to.",
        [
            ("indirect", "the rota was fair", "Ortiz", "said"),
            ("indirect", "why it changed", None, "pressed"),
            ("indirect", "it had to", "she", "said"),
        ],
    ),
    (
        "a-new-subject-after-and-is-the-writers",
        "Dock crews say the rules are too strict, and the union has already sued the port.",
        [("indirect", "the rules are too strict", "Dock crews", "say")],
    ),
    (
        "quantity-of-people-as-speaker",
        "Cutting fares too soon, a wide array of skippers say, emptied the fund.",
        [
            (
                "indirect",
                "Cutting fares too soon, a wide array of skippers say, emptied the fund",
                "a wide array of skippers",
                "say",
            )
        ],
    ),
    (
        "progressive-act-with-a-role-speaker",
        "The mayor's doctor is calling her “fit for another term.”",
        [("partial", "fit for another term.", "The mayor's doctor", "calling")],
    ),
    (
        "asked-at-the-sentence-start",
        "Asked on Harbour Radio who leads the council, Ortiz said: “The voters.”",
        [
            ("indirect", "who leads the council", None, "Asked"),
            ("direct", "The voters.", "Ortiz", "said"),
        ],
    ),
    (
        "asked-someone-if",
        "The Ledger asked the mayor if she had been preparing for the job.",
        [("indirect", "if she had been preparing for the job", "The Ledger", "asked")],
    ),
    (
        "asked-how-with-no-listener",
        "Lee also asked how it is fair to add a billion to the budget.",
        [("indirect", "how it is fair to add a billion to the budget", "Lee", "asked")],
    ),
    (
        "a-reply-after-a-question-keeps-its-quotation",
        "She said the crews were not paid, and when pressed on why they waited, the mother"
        " of three replied, “We wrote to the board twice.”",
        [
            ("indirect", "the crews were not paid", "She", "said"),
            ("indirect", "why they waited", None, "pressed"),
            ("direct", "We wrote to the board twice.", "the mother of three", "replied"),
        ],
    ),
    (
        "citing-starts-its-own-attribution",
        "Analysts said the port drew new trade, citing its deep berths.",
        [
            ("indirect", "the port drew new trade", "Analysts", "said"),
            ("indirect", "its deep berths", "Analysts", "citing"),
        ],
    ),
    (
        "closing-gloss-on-a-name-is-the-writers",
        "Lee said he did not support Mr. Ortiz, the presumed favourite.",
        [("indirect", "he did not support Mr. Ortiz", "Lee", "said")],
    ),
    (
        "appositive-inside-the-content-stays",
        "Lee said the ferry, a new boat, was late.",
        [("indirect", "the ferry, a new boat, was late", "Lee", "said")],
    ),
    (
        "a-day-after-the-cue-is-no-inverted-speaker",
        "The ferry will run, Ortiz, the finance minister, said Tuesday.",
        [("indirect", "The ferry will run", "Ortiz", "said")],
    ),
    (
        "listener-then-a-clause-about-the-saying",
        "The vote is not about me, Ortiz told her aides as she wrote the speech.",
        [("indirect", "The vote is not about me", "Ortiz", "told")],
    ),
    (
        "listener-is-a-programme",
        "“It will be a fair fight,” Lee told the Harbour Times podcast when asked about the race.",
        [("direct", "It will be a fair fight,", "Lee", "told")],
    ),
    (
        "venue-with-a-possessive",
        "“We will see,” Ortiz told reporters during Tuesday’s conference call.",
        [("direct", "We will see,", "Ortiz", "told")],
    ),
    (
        "scene-before-a-quotation-is-no-content",
        "In a statement on Thursday, spokesman Jon Fergus said, “We will appeal.”",
        [("direct", "We will appeal.", "spokesman Jon Fergus", "said")],
    ),
    (
        "place-of-the-saying-is-no-content",
        "Three of the five board members backed Ortiz, Garcia said at the time.",
        [("indirect", "Three of the five board members backed Ortiz", "Garcia", "said")],
    ),
    (
        "place-name-after-the-cue",
        "The fares are too high, Hollande said Tuesday in Paris, noting the rise.",
        [("indirect", "The fares are too high", "Hollande", "said")],
    ),
    (
        "parenthetical-with-a-place",
        "The museum, Ortiz said in Paris, would open in May.",
        [("indirect", "The museum, Ortiz said in Paris, would open in May", "Ortiz", "said")],
    ),
    (
        "inverted-after-a-quotation-in-the-content",
        "Ortiz should build “bridges” to Mr. Lee, said Dan Axel, a former adviser.",
        [("partial", "bridges", "Dan Axel", "said")],
    ),
    (
        "told-a-named-listener-is-not-inverted",
        "“We support the goal,” Park Ji-ho, head of the union, told Harbour Radio.",
        [("direct", "We support the goal,", "Park Ji-ho", "told")],
    ),
    (
        "content-never-opens-on-a-stop",
        ".The ferry is late, said Lena Ortiz.",
        [("indirect", "The ferry is late", "Lena Ortiz", "said")],
    ),
    (
        "time-phrase-after-the-cue-then-a-clause",
        "Vance said after the vote he would not accept the post.",
        [("indirect", "he would not accept the post", "Vance", "said")],
    ),
    (
        "place-with-commas-after-the-cue-then-that",
        "Vance says at a stop in Dover, Delaware, that the levy will fail.",
        [("indirect", "the levy will fail", "Vance", "says")],
    ),
    (
        "inverted-speaker-with-a-restrictive-relative-clause",
        "“The bridge is late,” said a senior engineer who has worked on the pier.",
        [("direct", "The bridge is late,", "a senior engineer who has worked on the pier", "said")],
    ),
    (
        "a-clause-between-commas-is-no-appositive",
        "Even if the agency closed, its staff would move, said Tamsin Roe, who was elected.",
        [
            (
                "indirect",
                "Even if the agency closed, its staff would move",
                "Tamsin Roe",
                "said",
            )
        ],
    ),
    (
        "report-inside-an-opening-clause-ends-at-its-comma",
        "Although in March she said the sale was a mistake, at the hearing she defended it.",
        [("indirect", "the sale was a mistake", "she", "said")],
    ),
    (
        "polled-by-after-the-head",
        "Rates will fall next month, economists polled by the Ledger said.",
        [("indirect", "Rates will fall next month", "economists polled by the Ledger", "said")],
    ),
    (
        "restrictive-who-clause-in-the-speaker",
        "People who attended the meeting said the mayor left early.",
        [("indirect", "the mayor left early", "People who attended the meeting", "said")],
    ),
    (
        "those-surveyed",
        "By a wide margin, those surveyed say the port should stay open.",
        [("indirect", "the port should stay open", "those surveyed", "say")],
    ),
    (
        "a-document-that-says",
        "The site showed a message that said, “The page cannot be found.”",
        [("direct", "The page cannot be found.", "a message", "said")],
    ),
    (
        "and-another-speaker-ends-the-content",
        "Ortiz said the pier was safe and the engineers said it was not.",
        [
            ("indirect", "the pier was safe", "Ortiz", "said"),
            ("indirect", "it was not", "the engineers", "said"),
        ],
    ),
    (
        "according-to-after-a-passive-report-verb",
        "The deal is likely to be announced Monday, according to people familiar with it.",
        [
            (
                "indirect",
                "The deal is likely to be announced Monday",
                "people familiar with it",
                "according to",
            )
        ],
    ),
    (
        "people-with-knowledge-of-the-matter",
        "The board will back the plan, two people with knowledge of the matter said.",
        [
            (
                "indirect",
                "The board will back the plan",
                "two people with knowledge of the matter",
                "said",
            )
        ],
    ),
    (
        "speaking-on-condition-of-anonymity-after-the-cue",
        "The port is weighing options, an official said, speaking on condition of anonymity.",
        [("indirect", "The port is weighing options", "an official", "said")],
    ),
    (
        "according-to-closing-the-sentence-without-a-comma",
        "Lee leads Vance by 271 delegates according to a count by the Ledger.",
        [
            (
                "indirect",
                "Lee leads Vance by 271 delegates",
                "a count by the Ledger",
                "according to",
            )
        ],
    ),
    (
        "listener-then-a-venue-closing-a-trailing-frame",
        "The state did what 40 states do, he told the court in his filing.",
        [("indirect", "The state did what 40 states do", "he", "told")],
    ),
    (
        "inverted-speaker-familiar-with",
        "“The mood is grim,” said one well-connected Democrat familiar with the talks.",
        [
            (
                "direct",
                "The mood is grim,",
                "one well-connected Democrat familiar with the talks",
                "said",
            )
        ],
    ),
    (
        "participle-aside-ending-in-a-quotation",
        "Ortiz, citing “the magic of the harbor,” said the pier could be saved.",
        [
            ("partial", "the magic of the harbor,", "Ortiz", "citing"),
            ("indirect", "the pier could be saved", "Ortiz", "said"),
        ],
    ),
    (
        "subordinate-clause-aside",
        "Ortiz, after the storm broke in March, initially said that there was no danger.",
        [("indirect", "there was no danger", "Ortiz", "said")],
    ),
    (
        "participle-aside-with-a-clause-inside",
        "Officials, speaking because they were not allowed to talk, said the pier was shut.",
        [("indirect", "the pier was shut", "Officials", "said")],
    ),
    (
        "stray-comma-after-a-party-tag",
        "Sen. Lana Kirk (D-R.I.), said on Tuesday that she had not read the plan.",
        [("indirect", "she had not read the plan", "Sen. Lana Kirk (D-R.I.)", "said")],
    ),
    (
        "participle-aside-content-ends-at-its-comma",
        "Ortiz, saying the pier was safe, urged calm.",
        [("indirect", "the pier was safe", "Ortiz", "saying")],
    ),
    (
        "quantifier-subject-after-but",
        "But few believe the pier can ever be rebuilt.",
        [("indirect", "the pier can ever be rebuilt", "few", "believe")],
    ),
    (
        "quantifier-subject-with-a-noun-like-cue",
        "Many fear the levy will raise rents.",
        [("indirect", "the levy will raise rents", "Many", "fear")],
    ),
    (
        "coordinated-plural-speakers",
        "Critics and supporters alike say the vote was close.",
        [("indirect", "the vote was close", "Critics and supporters", "say")],
    ),
    (
        "venue-with-a-lower-case-addressee",
        "The pier will close, she said in a video message to the convention.",
        [("indirect", "The pier will close", "she", "said")],
    ),
    (
        "on-condition-of-anonymity-after-a-trailing-cue",
        "He could not find a buyer, he said, on condition of anonymity.",
        [("indirect", "He could not find a buyer", "he", "said")],
    ),
    (
        "question-then-speaker-and-a-weekday",
        "“Was the pier ever safe?” Ortiz said Friday. “Nobody can tell me.”",
        [
            ("direct", "Was the pier ever safe?", "Ortiz", "said"),
            ("direct", "Nobody can tell me.", "Ortiz", "said"),
        ],
    ),
    (
        "question-then-inverted-named-speaker",
        "“Why now?” asked Lena Ortiz. “We waited for years.”",
        [
            ("direct", "Why now?", "Lena Ortiz", "asked"),
            ("direct", "We waited for years.", "Lena Ortiz", "asked"),
        ],
    ),
    (
        "long-name-with-a-party-tag",
        "“It cost us,” Senate Minority Leader Harry M. Reid (D-Nev.) said.",
        [("direct", "It cost us,", "Senate Minority Leader Harry M. Reid (D-Nev.)", "said")],
    ),
    (
        "inverted-speaker-with-a-past-form-adjective",
        "The pier is safe, said one unaligned harbour engineer.",
        [("indirect", "The pier is safe", "one unaligned harbour engineer", "said")],
    ),
    (
        "role-then-name-after-a-quotation",
        "“The levy stays,” the port's chief engineer, Ana Ruiz, said.",
        [("direct", "The levy stays,", "Ana Ruiz", "said")],
    ),
    (
        "venue-carried-by-then-that",
        "The ministry said in a statement carried by the state radio that two died.",
        [("indirect", "two died", "The ministry", "said in a statement")],
    ),
    (
        "asked-a-long-listener-whether",
        "Tanden asked the former attorney general whether he had read the file.",
        [("indirect", "whether he had read the file", "Tanden", "asked")],
    ),
    (
        "passive-question-with-its-asker",
        "Ortiz was asked by a caller why young men were leaving the town.",
        [("indirect", "why young men were leaving the town", "a caller", "asked")],
    ),
    (
        "passive-question-without-an-asker",
        "Ortiz was asked whether she would run again.",
        [("indirect", "whether she would run again", None, "asked")],
    ),
    (
        "ads-that-ask",
        "The ads ask the candidates to make clean energy part of their plans.",
        [
            (
                "indirect",
                "the candidates to make clean energy part of their plans",
                "The ads",
                "ask",
            )
        ],
    ),
    (
        "participle-speech-act-after-a-comma",
        "Speaking at a rally, Lee went after Vance, calling him “a total stiff.”",
        [("partial", "a total stiff.", "Lee", "calling")],
    ),
    (
        "speech-act-after-and",
        "Lee took the stage at the Grand Hotel and called the levy “rotten to the core.”",
        [("partial", "rotten to the core.", "Lee", "called")],
    ),
    (
        "participle-speech-act-then-and-a-participle-cue",
        "Lee hit back, calling it “unfair” and asserting that the rules were clear.",
        [
            ("partial", "unfair", "Lee", "calling"),
            ("indirect", "the rules were clear", "Lee", "asserting"),
        ],
    ),
    (
        "stance-verb-with-a-time-phrase-before-that",
        "A federal judge ruled on Tuesday that the levy was unlawful.",
        [("indirect", "the levy was unlawful", "A federal judge", "ruled")],
    ),
    (
        "expect-an-object-to",
        "Analysts expect the port to raise its fees next month.",
        [("indirect", "the port to raise its fees next month", "Analysts", "expect")],
    ),
    (
        "listener-and-a-place-then-a-clause",
        "Holt told a briefing in Oslo the bank would keep rates on hold.",
        [("indirect", "the bank would keep rates on hold", "Holt", "told")],
    ),
    (
        "said-by-phone-that",
        "Holt said by phone that the bank would keep rates on hold.",
        [("indirect", "the bank would keep rates on hold", "Holt", "said")],
    ),
    (
        "share-out-of-ten",
        "Nearly seven out of 10 say the harbour fees are too high.",
        [("indirect", "the harbour fees are too high", "Nearly seven out of 10", "say")],
    ),
    (
        "quantified-plural-speaker-with-an-adverb",
        "Many skippers privately say that the pier is unsafe.",
        [("indirect", "the pier is unsafe", "Many skippers", "say")],
    ),
    (
        "programme-title-before-that",
        "Lee said on the show “Harbour Hour” that the pier was unsafe.",
        [("indirect", "the pier was unsafe", "Lee", "said")],
    ),
    (
        "relative-clause-with-its-own-attribution",
        "Lee said she backed the bill, which she called “a lifeline.”",
        [
            ("indirect", "she backed the bill", "Lee", "said"),
            ("partial", "a lifeline.", "she", "called"),
        ],
    ),
    (
        "as-told-to-a-long-listener",
        "As Lee told the New York Harbour News, tax relief is given for jobs.",
        [("indirect", "tax relief is given for jobs", "Lee", "told")],
    ),
    (
        "noun-saying-a-clause",
        "There were calls saying shots had been fired inside the centre.",
        [("indirect", "shots had been fired inside the centre", "calls", "saying")],
    ),
    (
        "manner-adverb-before-that",
        "Skippers complain bitterly that the fees are too high.",
        [("indirect", "the fees are too high", "Skippers", "complain")],
    ),
    (
        "listener-a-named-panel",
        "Lee told a Senate panel Wednesday that the war would be long.",
        [("indirect", "the war would be long", "Lee", "told")],
    ),
    (
        "according-to-after-an-opening-connective",
        "But, according to the poll, 46 percent of voters remain undecided.",
        [("indirect", "46 percent of voters remain undecided", "the poll", "according to")],
    ),
    (
        "according-to-between-subject-and-verb",
        "The pier, according to Lee, was never safe.",
        [("indirect", "The pier, according to Lee, was never safe", "Lee", "according to")],
    ),
    (
        "according-to-after-a-colon",
        "The tax did not hurt: Oslo was the top hub, according to one index.",
        [("indirect", "Oslo was the top hub", "one index", "according to")],
    ),
    (
        "quotation-and-attribution-inside-a-parenthesis",
        "Critics (“This is a giveaway,” Mara Quill wrote in the Ledger) grew louder.",
        [("direct", "This is a giveaway,", "Mara Quill", "wrote")],
    ),
    (
        "report-inside-a-parenthesis-ends-with-it",
        "Critics (Quill wrote in the Ledger that it was a giveaway) grew louder.",
        [("indirect", "it was a giveaway", "Quill", "wrote")],
    ),
    (
        "venue-with-a-participle-closing-a-trailing-frame",
        "The strike will go on, the union said in a statement posted on its website.",
        [("indirect", "The strike will go on", "the union", "said in a statement")],
    ),
    (
        "parenthetical-cue-then-a-past-verb",
        "The museum, Ortiz said, opened in May.",
        [("indirect", "The museum, Ortiz said, opened in May", "Ortiz", "said")],
    ),
    (
        "that-then-a-quotation-is-partial",
        "The minister warned that “time is running out.”",
        [("partial", "time is running out.", "The minister", "warned")],
    ),
    (
        "listener-then-of-a-day-then-a-quotation",
        "Lee told his radio audience of Monday, “The campaign has sent orders.”",
        # a whole utterance after the phrase's comma: direct (SPEC), 2026-11-30
        [("direct", "The campaign has sent orders.", "Lee", "told")],
    ),
    (
        "inverted-speaker-adviser-to-a-name",
        "“His facts are 20 years old,” said a longtime adviser to Lee, who asked not to be named.",
        [("direct", "His facts are 20 years old,", "a longtime adviser", "said")],
    ),
    (
        "said-about-half",
        "The budget office said about half of the gap came from tax cuts.",
        [("indirect", "about half of the gap came from tax cuts", "The budget office", "said")],
    ),
    (
        "city-and-state-inside-an-appositive",
        "Sandra Inman, a supporter from Jackson, Miss., said she could not back Lee.",
        [("indirect", "she could not back Lee", "Sandra Inman", "said")],
    ),
    (
        "contracted-relative-in-an-appositive",
        "Okafor, who’s hoping to be a delegate, added that the pier must stay open.",
        [("indirect", "the pier must stay open", "Okafor", "added")],
    ),
    (
        "colon-after-a-document-cue-stays-direct",
        "The statement read: “We are proud of her.”",
        [("direct", "We are proud of her.", "The statement", "read")],
    ),
    (
        "quoted-by-an-outlet-as-saying",
        "Ortiz was quoted by the Ledger as saying the pier was safe.",
        [("indirect", "the pier was safe", "Ortiz", "was quoted by the Ledger as saying")],
    ),
    (
        "a-result-participle-is-the-writers",
        "Novak Freight said quarterly profit fell 12%, sending its shares down 4% by noon.",
        [("indirect", "quarterly profit fell 12%", "Novak Freight", "said")],
    ),
    (
        "contradicting-is-the-writers",
        "Ortiz said the pier was safe, contradicting an earlier notice from the harbour board.",
        [("indirect", "the pier was safe", "Ortiz", "said")],
    ),
    (
        "one-of-them-is-the-speaker",
        "One of the harbour pilots said the channel was too shallow.",
        [("indirect", "the channel was too shallow", "One of the harbour pilots", "said")],
    ),
    (
        "one-of-them-in-an-aside",
        "The channel, as one of the pilots pointed out, silts up every spring.",
        [
            (
                "indirect",
                "The channel, as one of the pilots pointed out, silts up every spring",
                "one of the pilots",
                "pointed out",
            )
        ],
    ),
    (
        "a-relative-report-ends-before-the-main-cue",
        "Berg, who said he usually sails with the Greens, said one skipper he trusts is Ortiz.",
        [
            ("indirect", "he usually sails with the Greens", "who", "said"),
            ("indirect", "one skipper he trusts is Ortiz", "Berg", "said"),
        ],
    ),
    (
        "an-evidence-participle-goes-on-with-the-report",
        "Ross said the tallies were grim, showing the ferry losing money on every crossing.",
        [
            (
                "indirect",
                "the tallies were grim, showing the ferry losing money on every crossing",
                "Ross",
                "said",
            )
        ],
    ),
    (
        "place-and-day-after-a-trailing-cue",
        "The port would grow, Kari Nygaard said in Tromsø on Tuesday.",
        [("indirect", "The port would grow", "Kari Nygaard", "said")],
    ),
    (
        "writers-summing-up-after-a-trailing-cue",
        "The port is drafting new fees, two officials said on Monday, a move likely to anger"
        " ferry crews.",
        [("indirect", "The port is drafting new fees", "two officials", "said")],
    ),
    (
        "in-a-move-after-a-trailing-cue",
        "The port is drafting new fees, two officials said, in a move that could anger crews.",
        [("indirect", "The port is drafting new fees", "two officials", "said")],
    ),
    (
        "an-interrupted-clause-may-go-on-with-a-subject",
        "During her years at the pier, Ortiz said, a majority of skippers have come to trust"
        " the ferry.",
        [
            (
                "indirect",
                "During her years at the pier, Ortiz said, a majority of skippers have come to"
                " trust the ferry",
                "Ortiz",
                "said",
            )
        ],
    ),
    (
        "inverted-speaker-with-a-body-and-role-before-the-name",
        "“The tide came fast,” said Halden University oceanographer Mira Sandvik.",
        [
            (
                "direct",
                "The tide came fast,",
                "Halden University oceanographer Mira Sandvik",
                "said",
            )
        ],
    ),
    (
        "inverted-speaker-with-a-state-legislator",
        "“The tide came fast,” said Oregon state Sen. Mira Sandvik, a Democrat.",
        [("direct", "The tide came fast,", "Oregon state Sen. Mira Sandvik", "said")],
    ),
    (
        "a-body-in-a-place-speaks",
        "The Norwegian Embassy in Lusaka said it would stay open.",
        [("indirect", "it would stay open", "The Norwegian Embassy in Lusaka", "said")],
    ),
    (
        "a-company-name-with-a-comma-before-its-suffix",
        "Brightwell Analytics, Inc. said it will open an office in Tromsø.",
        [("indirect", "it will open an office in Tromsø", "Brightwell Analytics, Inc.", "said")],
    ),
    (
        "a-company-name-with-its-ticker",
        "Kestrel Holdings, Inc. (NASDAQ: KSTL) said it will open an office in Tromsø.",
        [
            (
                "indirect",
                "it will open an office in Tromsø",
                "Kestrel Holdings, Inc. (NASDAQ: KSTL)",
                "said",
            )
        ],
    ),
    (
        "coordinated-verbs-after-a-company-name",
        "Dutch shipbuilder Vollmer Werft NV cut its forecast and said it would cut jobs.",
        [("indirect", "it would cut jobs", "Dutch shipbuilder Vollmer Werft NV", "said")],
    ),
    (
        "told-state-television",
        "Minister Reza Tavakoli told state television that the ferry talks would resume.",
        [("indirect", "the ferry talks would resume", "Minister Reza Tavakoli", "told")],
    ),
    (
        "told-state-media-after-the-report",
        "The ferry talks will resume, Reza Tavakoli told state media.",
        [("indirect", "The ferry talks will resume", "Reza Tavakoli", "told")],
    ),
    (
        "told-local-lawmakers",
        "Ortiz told state lawmakers the ferry talks would resume.",
        [("indirect", "the ferry talks would resume", "Ortiz", "told")],
    ),
    (
        "according-to-a-name-and-its-role-then-the-report",
        "According to Ana Ruiz, a spokeswoman for the port, the talks failed.",
        [("indirect", "the talks failed", "Ana Ruiz", "According to")],
    ),
    (
        "according-to-a-name-then-a-report-with-an-aside",
        "According to Ruiz, a deal, if signed, would end the strike.",
        [("indirect", "a deal, if signed, would end the strike", "Ruiz", "According to")],
    ),
    (
        "according-to-a-role-then-the-name-closing",
        "The jail was safe, according to the port's spokeswoman, Ana Ruiz.",
        [("indirect", "The jail was safe", "Ana Ruiz", "according to")],
    ),
    (
        "according-to-a-role-then-the-name-opening",
        "According to the port's spokeswoman, Ana Ruiz, the jail was safe.",
        [("indirect", "the jail was safe", "Ana Ruiz", "According to")],
    ),
    (
        "split-quote-after-an-inverted-speaker-and-an-appositive",
        "“It's time,” said Saul Brenner, 80, “and my knees agree.”",
        [
            ("direct", "It's time,", "Saul Brenner", "said"),
            ("direct", "and my knees agree.", "Saul Brenner", "said"),
        ],
    ),
    (
        "a-programme-title-after-the-cue-is-no-split-quote",
        "“We will sail,” Hale said on Harbour TV’s “Morning Tide.”",
        [("direct", "We will sail,", "Hale", "said")],
    ),
    (
        "which-a-named-speaker-called",
        "The plan includes a 10% fare cut, which Ana Holm called “long overdue.”",
        [("partial", "long overdue.", "Ana Holm", "called")],
    ),
    (
        "adding-after-a-nested-belief-is-the-main-speakers",
        "Ana Holm said she believes the levy will pass, adding that the vote is close.",
        [
            ("indirect", "she believes the levy will pass", "Ana Holm", "said"),
            ("indirect", "the vote is close", "Ana Holm", "adding"),
        ],
    ),
    (
        "a-plural-head-with-an-ing-modifier-ending-in-a-place",
        "Firefighters battling a blaze west of Halden said they had made progress.",
        [
            (
                "indirect",
                "they had made progress",
                "Firefighters battling a blaze west of Halden",
                "said",
            )
        ],
    ),
    (
        "a-that-only-cue-with-a-plain-past-clause",
        "The lawsuit alleges the harbour board misled investors.",
        [("indirect", "the harbour board misled investors", "The lawsuit", "alleges")],
    ),
    (
        "a-participle-phrase-after-a-that-only-cue-is-no-clause",
        "The firm denied the report published last week.",
        [],
    ),
    (
        "a-named-work-after-a-writing-cue-is-no-clause",
        "Berg wrote a memoir of her years at the Harbour Office entitled Low Tide.",
        [],
    ),
    (
        "on-condition-of-anonymity-after-a-listener",
        "The toll is expected to rise, a local official told AFP on condition of anonymity.",
        [("indirect", "The toll is expected to rise", "a local official", "told")],
    ),
    (
        "on-condition-that-he-not-be-named",
        "A local official said on condition that he not be named that the toll would rise.",
        [("indirect", "the toll would rise", "A local official", "said")],
    ),
    (
        "but-with-a-new-subject-and-did",
        "Cook said Berg stopped the crossings, but Cook did not say when.",
        [("indirect", "Berg stopped the crossings", "Cook", "said")],
    ),
    (
        "but-for-a-group-then-a-new-clause",
        "Ortiz says the ferry is safe, but for the crews, it is a daily worry.",
        [("indirect", "the ferry is safe", "Ortiz", "says")],
    ),
    (
        "while-and-the-writers-other-poll-figure",
        "About half say they want an outsider, while about 4 in 10 want a veteran.",
        [("indirect", "they want an outsider", "About half", "say")],
    ),
    (
        "an-aside-between-dashes-before-that",
        "Ortiz said — without offering evidence — that the vote was rigged.",
        [("indirect", "the vote was rigged", "Ortiz", "said")],
    ),
    (
        "an-aside-between-double-hyphens-before-that",
        "Ortiz said -- on the radio, as it happens -- that the ferry raised $4 million.",
        [("indirect", "the ferry raised $4 million", "Ortiz", "said")],
    ),
    (
        "a-pronoun-subject-after-an-uncommaed-opening-phrase",
        "In an interview with a radio station she blasted the board for being “utterly lost.”",
        [("partial", "utterly lost.", "she", "blasted")],
    ),
    (
        "a-denial-after-a-quotation-starts-its-own-sentence",
        "“The talks have stalled,” Ortiz said. “We need a new approach.” She did not elaborate.",
        [
            ("direct", "The talks have stalled,", "Ortiz", "said"),
            ("direct", "We need a new approach.", "Ortiz", "said"),
        ],
    ),
    (
        "according-to-after-a-closing-attribution",
        "The talks have stalled, Ortiz said, according to a transcript from her office.",
        [("indirect", "The talks have stalled", "Ortiz", "said")],
    ),
    (
        "a-trade-noun-subject-of-coordinated-verbs",
        "The carmaker cut its forecast and said it would close a plant.",
        [("indirect", "it would close a plant", "The carmaker", "said")],
    ),
    (
        "a-note-to-clients",
        "The stock is cheap, analysts at Brill & Co said in a note to clients.",
        [("indirect", "The stock is cheap", "analysts at Brill & Co", "said")],
    ),
    (
        "on-its-website",
        "At least 14 people have died, the ministry said on its website.",
        [("indirect", "At least 14 people have died", "the ministry", "said")],
    ),
    (
        "late-on-a-weekday",
        "At least 14 people have died, the ministry said late on Tuesday.",
        [("indirect", "At least 14 people have died", "the ministry", "said")],
    ),
    (
        "in-its-weekly-bulletin",
        "At least 14 people have died, the ministry said in its weekly bulletin.",
        [("indirect", "At least 14 people have died", "the ministry", "said")],
    ),
    (
        "via-a-spokesman",
        "At least 14 people have died, the ministry said via a spokesman.",
        [("indirect", "At least 14 people have died", "the ministry", "said")],
    ),
    (
        "on-social-media",
        "At least 14 people have died, the ministry said on social media.",
        [("indirect", "At least 14 people have died", "the ministry", "said")],
    ),
    (
        "an-anonymity-clause-with-a-cue-inside",
        "An aide who was not authorized to comment publicly said the crews were tired.",
        [
            (
                "indirect",
                "the crews were tired",
                "An aide who was not authorized to comment publicly",
                "said",
            )
        ],
    ),
    (
        "an-anonymity-clause-with-a-belief-inside",
        "A person who asked not to be named because she feared reprisals said the crews were"
        " tired.",
        [
            (
                "indirect",
                "the crews were tired",
                "A person who asked not to be named because she feared reprisals",
                "said",
            )
        ],
    ),
    (
        "a-restrictive-clause-with-a-plain-verb",
        "A woman who answered the phone at the union hall said the crews were tired.",
        [
            (
                "indirect",
                "the crews were tired",
                "A woman who answered the phone at the union hall",
                "said",
            )
        ],
    ),
    (
        "a-person-noun-with-a-past-participle",
        "A man charged with arson in a Halden fire told police he was asleep.",
        [("indirect", "he was asleep", "A man charged with arson in a Halden fire", "told")],
    ),
    (
        "accused-of-is-no-speech-act-before-the-cue",
        "A former mayor accused of taking bribes told jurors on Wednesday that he never saw"
        " the money.",
        [("indirect", "he never saw the money", "A former mayor accused of taking bribes", "told")],
    ),
    (
        "said-and-accused-is-the-speakers-next-act",
        "Sen. Delia Rourke said the bill shortchanged her state and accused its authors of"
        " writing it “behind closed doors.”",
        [
            ("indirect", "the bill shortchanged her state", "Sen. Delia Rourke", "said"),
            ("partial", "behind closed doors.", "Sen. Delia Rourke", "accused"),
        ],
    ),
    (
        "an-ap-party-tag-then-a-role",
        "Rep. Lydia Farnham, R-Texas, a member of the Harbour Caucus, said the plan fell short.",
        [("indirect", "the plan fell short", "Rep. Lydia Farnham", "said")],
    ),
    (
        "an-ap-party-tag-with-a-two-word-town",
        "Rep. Tom Hale, R-Grand Rapids, said he will introduce a bill.",
        [("indirect", "he will introduce a bill", "Rep. Tom Hale", "said")],
    ),
    (
        "according-to-a-body-with-and-in-its-name",
        "The strike was the longest, according to the Department of Ports and Coastal Trade.",
        [
            (
                "indirect",
                "The strike was the longest",
                "the Department of Ports and Coastal Trade",
                "according to",
            )
        ],
    ),
    (
        "a-cue-form-after-a-possessive-is-a-noun",
        "People familiar with the bank's thinking have said it has studied a bid.",
        [("indirect", "it has studied a bid", "People familiar with the bank's thinking", "said")],
    ),
    (
        "a-quotation-closing-its-own-sentence-is-no-attributions-object",
        "She wore a shirt with the words “No Cuts.” Several parents yelled at the board.",
        [],
    ),
    (
        "an-anonymity-clause-ends-before-the-main-verb",
        "A spokesperson who asked not to be identified said the city wanted a new wall.",
        [
            (
                "indirect",
                "the city wanted a new wall",
                "A spokesperson who asked not to be identified",
                "said",
            )
        ],
    ),
    (
        "and-did-not-is-the-speakers-next-act",
        "Solheim said the firm would idle four ships and did not rule out job cuts, though she"
        " declined to say how many.",
        [("indirect", "the firm would idle four ships", "Solheim", "said")],
    ),
    (
        "and-did-without-not-goes-on-with-the-report",
        "Solheim said the firm did well and did even better in May.",
        [("indirect", "the firm did well and did even better in May", "Solheim", "said")],
    ),
    (
        "inverted-role-then-the-name",
        "“We lost everything,” said the town's mayor, Ana Lind.",
        [("direct", "We lost everything,", "Ana Lind", "said")],
    ),
    (
        "asked-that-her-name-not-be-used-is-no-quote",
        "“We lost everything,” said the mayor, who asked that her name not be used.",
        [("direct", "We lost everything,", "the mayor", "said")],
    ),
    (
        "a-document-finds-a-plain-clause",
        "A survey by the Harbour Institute found most residents back the levy.",
        [
            (
                "indirect",
                "most residents back the levy",
                "A survey by the Harbour Institute",
                "found",
            )
        ],
    ),
    (
        "a-person-finding-a-thing-is-no-report",
        "Police found the stolen skiff in a boatyard.",
        [],
    ),
    (
        "wondered-aloud-whether",
        "Ortiz wondered aloud whether the ferry would ever return.",
        [("indirect", "whether the ferry would ever return", "Ortiz", "wondered")],
    ),
    (
        "a-cue-with-a-colon-after-a-quotation-introduces-the-next",
        "“The ferry will return,” Lena Ortiz said. “And fares will hold.” She added: “We promise.”",
        [
            ("direct", "The ferry will return,", "Lena Ortiz", "said"),
            ("direct", "And fares will hold.", "Lena Ortiz", "said"),
            ("direct", "We promise.", "She", "added"),
        ],
    ),
    (
        "a-floating-quantifier-before-the-cue",
        "Ortiz and Lee both said the talks had stalled.",
        [("indirect", "the talks had stalled", "Ortiz and Lee", "said")],
    ),
    (
        "each-after-a-plural-subject",
        "The two skippers each said they wanted a deal.",
        [("indirect", "they wanted a deal", "The two skippers", "said")],
    ),
    (
        "in-the-latest-sign-after-a-closing-attribution",
        "Helmsgate will cut 300 jobs, the company said on Monday, in the latest sign of strain.",
        [("indirect", "Helmsgate will cut 300 jobs", "the company", "said")],
    ),
    (
        "in-what-would-be-after-a-closing-attribution",
        "Helmsgate is near a deal, two people familiar with the talks said, in what would be"
        " a record.",
        [("indirect", "Helmsgate is near a deal", "two people familiar with the talks", "said")],
    ),
    (
        "marking-after-a-closing-attribution",
        "Helmsgate will cut 300 jobs, the company said, marking its third round of cuts.",
        [("indirect", "Helmsgate will cut 300 jobs", "the company", "said")],
    ),
    (
        "said-in-court",
        "The law is valid, Helen Marsh said in court.",
        [("indirect", "The law is valid", "Helen Marsh", "said")],
    ),
    (
        "wrote-for-the-majority",
        "The law is valid, Judge Helen Marsh wrote for the majority.",
        [("indirect", "The law is valid", "Judge Helen Marsh", "wrote")],
    ),
    (
        "abbreviations-that-end-sentences",
        "The fire began in a shed on Elm St. The fire chief said no one was hurt.",
        [("indirect", "no one was hurt", "The fire chief", "said")],
    ),
    (
        "a-junior-then-police",
        "The skipper was named as Tom Reyes Jr. Police said he fled.",
        [("indirect", "he fled", "Police", "said")],
    ),
    (
        "a-relative-report-ends-before-the-main-verb",
        "Prime Minister Ewan Calder, who said the vote would go ahead, arrived on Monday.",
        [("indirect", "the vote would go ahead", "who", "said")],
    ),
    (
        "a-relative-report-with-a-which-clause-inside",
        "Calder, who said the vote, which was delayed, would go ahead, arrived on Monday.",
        [("indirect", "the vote, which was delayed, would go ahead", "who", "said")],
    ),
    (
        "according-to-a-source-and-its-relative-clause",
        "According to police, who arrived within minutes, the skipper fled on foot.",
        [("indirect", "the skipper fled on foot", "police", "According to")],
    ),
    (
        "a-list-of-three-full-names",
        "Marla Quint, Dale Huck and Rita Salas said the plan would fail.",
        [("indirect", "the plan would fail", "Marla Quint, Dale Huck and Rita Salas", "said")],
    ),
    (
        "a-place-before-two-names-is-no-third",
        "In New Dover, Dale Huck and Rita Salas said the plan would fail.",
        [("indirect", "the plan would fail", "Dale Huck and Rita Salas", "said")],
    ),
    (
        "the-family-is-a-speaker",
        "The fire started in the kitchen, the Okafor family said.",
        [("indirect", "The fire started in the kitchen", "the Okafor family", "said")],
    ),
    (
        "her-family-opens-an-obituary-report",
        "Her family said she died of heart failure.",
        [("indirect", "she died of heart failure", "Her family", "said")],
    ),
    (
        "lawyers-for-the-family",
        "The twins watched the footage on Friday, lawyers for the family said.",
        [("indirect", "The twins watched the footage on Friday", "lawyers for the family", "said")],
    ),
    (
        "an-ally-is-no-adverb",
        "The ally said the pact would hold.",
        [("indirect", "the pact would hold", "The ally", "said")],
    ),
    (
        "many-of-whom-speak-for-their-antecedent",
        "The bakers, many of whom say the levy ruined them, marched on Tuesday.",
        [("indirect", "the levy ruined them", "many of whom", "say")],
    ),
    (
        "two-of-whom-with-an-irregular-main-verb",
        "The plant hired 40 welders, two of whom said they had quit rivals.",
        [("indirect", "they had quit rivals", "two of whom", "said")],
    ),
    (
        "a-relative-report-before-an-irregular-past",
        "Calder, who said the vote would go ahead, met reporters on Monday.",
        [("indirect", "the vote would go ahead", "who", "said")],
    ),
    (
        "a-group-across-a-region",
        "Growers across the valley say the frost came early.",
        [("indirect", "the frost came early", "Growers across the valley", "say")],
    ),
    (
        "a-split-quote-joined-by-but",
        "“I like the mayor,” Voss said, but “on water, she has it wrong.”",
        [
            ("direct", "I like the mayor,", "Voss", "said"),
            ("direct", "on water, she has it wrong.", "Voss", "said"),
        ],
    ),
    (
        "a-title-after-and-is-no-split-quote",
        "“We will go,” she said, and “Frozen” was the film they chose.",
        [("direct", "We will go,", "she", "said")],
    ),
    (
        "court-documents-are-a-venue",
        "Hale poses a danger, prosecutors said in court papers.",
        [("indirect", "Hale poses a danger", "prosecutors", "said")],
    ),
    (
        "an-affidavit-is-a-venue",
        "The driver fled on foot, detectives wrote in an affidavit.",
        [("indirect", "The driver fled on foot", "detectives", "wrote")],
    ),
    (
        "a-memo-seen-by-a-wire",
        "Orbel will cut 300 jobs, the company said in a memo seen by Reuters.",
        [("indirect", "Orbel will cut 300 jobs", "the company", "said")],
    ),
    (
        "a-journal-is-a-venue",
        "The pill cut strokes by a fifth, researchers wrote in the journal Stroke Care.",
        [("indirect", "The pill cut strokes by a fifth", "researchers", "wrote")],
    ),
    (
        "a-comparison-after-a-closing-attribution-is-the-writers",
        "Profit rose 12%, the company said, compared with 5% a year earlier.",
        [("indirect", "Profit rose 12%", "the company", "said")],
    ),
    (
        "without-giving-details-is-the-writers",
        "The vote was put off, the ministry said, without giving details.",
        [("indirect", "The vote was put off", "the ministry", "said")],
    ),
    (
        "said-her-lawyer",
        "“She will appeal,” said her lawyer.",
        [("direct", "She will appeal,", "her lawyer", "said")],
    ),
    (
        "according-to-her-coach",
        "He was fearless, according to her coach.",
        [("indirect", "He was fearless", "her coach", "according to")],
    ),
    (
        "a-possessive-role-before-the-name",
        "Ames died Tuesday in Elmira, her son, Carl Ames, said.",
        [("indirect", "Ames died Tuesday in Elmira", "Carl Ames", "said")],
    ),
    (
        "a-named-possessive-role-after-a-quotation",
        "“He will appeal,” Hale's lawyer, Grant Totten, said.",
        [("direct", "He will appeal,", "Grant Totten", "said")],
    ),
    (
        "said-a-named-possessive-role",
        "He will appeal, said Hale's lawyer.",
        [("indirect", "He will appeal", "Hale's lawyer", "said")],
    ),
    (
        "according-to-with-a-lead-phrase-then-a-report",
        "According to her notes, after the scan, she insisted that he stay.",
        [
            (
                "indirect",
                "after the scan, she insisted that he stay",
                "her notes",
                "According to",
            )
        ],
    ),
    (
        "who-police-said-is-a-report-inside-a-relative",
        "A man who police said fired at deputies was killed Sunday.",
        [("indirect", "fired at deputies", "police", "said")],
    ),
    (
        "a-relative-report-ends-at-its-comma",
        "The driver, who troopers said had been speeding, lost control of the van.",
        [("indirect", "had been speeding", "troopers", "said")],
    ),
    (
        "a-reduced-relative-report",
        "A man police say stole a tractor was arrested Sunday.",
        [("indirect", "stole a tractor", "police", "say")],
    ),
    (
        "a-reduced-passive-is-no-speech-act",
        "A woman accused of poisoning her landlord was sentenced Friday.",
        [],
    ),
    (
        "the-united-states-as-the-subject-of-a-participle",
        "The United States raised its bid on Saturday, vowing to stay the main lender.",
        [("indirect", "to stay the main lender", "The United States", "vowing")],
    ),
    (
        "an-ing-role-before-a-name",
        "“I felt slow,” said defending champion Ana Rusk.",
        [("direct", "I felt slow,", "defending champion Ana Rusk", "said")],
    ),
    (
        "ruled-closes-a-sentence",
        "The tapes can be shown to jurors, Judge Mara Velt ruled.",
        [("indirect", "The tapes can be shown to jurors", "Judge Mara Velt", "ruled")],
    ),
    (
        "ruled-a-weekday-that",
        "A judge ruled Monday that the tapes can be shown.",
        [("indirect", "the tapes can be shown", "A judge", "ruled")],
    ),
    (
        "the-affidavit-states",
        "The driver fled on foot, the affidavit states.",
        [("indirect", "The driver fled on foot", "the affidavit", "states")],
    ),
    (
        "a-document-states-a-clause-with-an-irregular-verb",
        "An arrest affidavit states the driver fled.",
        [("indirect", "the driver fled", "An arrest affidavit", "states")],
    ),
    (
        "added-a-number-with-a-thousands-comma-is-no-quote",
        "The region added 150,000 jobs in May.",
        [],
    ),
    (
        "according-to-after-a-time-clause-with-its-own-report",
        "Deputies went in after a neighbor reported smoke, according to a sheriff's statement.",
        [
            (
                "indirect",
                "Deputies went in after a neighbor reported smoke",
                "a sheriff's statement",
                "according to",
            )
        ],
    ),
    (
        "government-data-show",
        "Exports fell 4%, government data show.",
        [("indirect", "Exports fell 4%", "government data", "show")],
    ),
    (
        "data-compiled-by-an-agency-show",
        "Exports fell 4%, data compiled by Bloomberg show.",
        [("indirect", "Exports fell 4%", "data compiled by Bloomberg", "show")],
    ),
    (
        "the-who-in-capitals-is-a-body",
        "The outbreak is over, the WHO said.",
        [("indirect", "The outbreak is over", "the WHO", "said")],
    ),
    (
        "an-agency-quoted-someone-as-saying",
        "Xinhua quoted Trade Minister Liu Fen as saying that exports would recover.",
        [("indirect", "exports would recover", "Trade Minister Liu Fen", "saying")],
    ),
    (
        "announced-a-noun-phrase-and-a-second-verb-is-no-quote",
        "The governor announced the results and thanked the poll workers.",
        # "announced the results" stays no quote; "thanked" + its object
        # reports since the fourth 2026-11-30 session
        [("indirect", "the poll workers", "The governor", "thanked")],
    ),
    (
        "declared-a-state-of-emergency-is-an-act",
        "The mayor declared a state of emergency on Sunday.",
        [],
    ),
    (
        "a-request-after-and",
        "Gov. Lana Pike toured the levee and urged residents to leave.",
        [("indirect", "residents to leave", "Gov. Lana Pike", "urged")],
    ),
    (
        "a-request-participle-after-a-comma",
        "The envoy welcomed the truce, urging both sides to hold fire.",
        [("indirect", "both sides to hold fire", "The envoy", "urging")],
    ),
    (
        "calling-on-after-a-comma",
        "The envoy welcomed the truce, calling on both sides to hold fire.",
        [("indirect", "both sides to hold fire", "The envoy", "calling")],
    ),
    (
        "a-collective-noun-accuses",
        "The opposition accused the council of rigging the count.",
        [("indirect", "the council of rigging the count", "The opposition", "accused")],
    ),
    (
        "plural-people-accuse",
        "The plaintiffs accused the landlord of ignoring the leaks.",
        [("indirect", "the landlord of ignoring the leaks", "The plaintiffs", "accused")],
    ),
    (
        "a-parenthesis-closing-in-the-report-stays",
        "Forecasters said the storm dropped 30 centimeters (12 inches).",
        [("indirect", "the storm dropped 30 centimeters (12 inches)", "Forecasters", "said")],
    ),
    (
        "an-intention-after-a-weekday",
        "The party leader vowed Monday to fight the result in court.",
        [("indirect", "to fight the result in court", "The party leader", "vowed")],
    ),
    (
        "a-text-message-to-reporters-is-a-venue",
        "The ministry said in a text message to reporters that it was studying the launch.",
        [("indirect", "it was studying the launch", "The ministry", "said")],
    ),
    (
        "a-firm-and-its-analysts-as-the-subject-of-a-participle",
        "Hollis Bank analysts cut their forecast, saying demand was weak.",
        [("indirect", "demand was weak", "Hollis Bank analysts", "saying")],
    ),
    (
        "analysts-at-a-firm-as-the-subject-of-a-participle",
        "Analysts at Hollis Bank cut their forecast, saying demand was weak.",
        [("indirect", "demand was weak", "Analysts at Hollis Bank", "saying")],
    ),
    (
        "a-company-ranked-by-assets",
        "The fifth-largest U.S. lender by assets said profit rose.",
        [("indirect", "profit rose", "The fifth-largest U.S. lender by assets", "said")],
    ),
    (
        "a-company-by-what-it-makes",
        "Profit rose, the maker of Dunmore crackers said.",
        [("indirect", "Profit rose", "the maker of Dunmore crackers", "said")],
    ),
    (
        "a-body-with-an-acronym-appositive-and-two-verbs",
        "The state flood service, RVS, issued an alert and warned that rivers could rise.",
        [("indirect", "rivers could rise", "The state flood service", "warned")],
    ),
    (
        "a-split-quote-joined-by-a-dash",
        "“We are ready,” Dorn said -- “but not at any price.”",
        [
            ("direct", "We are ready,", "Dorn", "said"),
            ("direct", "but not at any price.", "Dorn", "said"),
        ],
    ),
    (
        "the-statement-read",
        "“We will not bend,” the statement read.",
        [("direct", "We will not bend,", "the statement", "read")],
    ),
    (
        "an-appositive-then-has-then-a-speech-act",
        "Osk, the finance minister, has accused him of lying.",
        [("indirect", "him of lying", "Osk", "accused")],
    ),
    (
        "with-a-named-subject-and-a-participle",
        "The talks ended, with Foreign Minister Ana Dorn calling the offer “a trap.”",
        [("partial", "a trap.", "Foreign Minister Ana Dorn", "calling")],
    ),
    (
        "said-of-someone-then-a-colon",
        "Pruitt said of Kessler: “He is a special player.”",
        [("direct", "He is a special player.", "Pruitt", "said")],
    ),
    (
        "said-name-of-his-player-colon",
        "Said Pruitt of his goalie: “He was unreal tonight.”",
        [("direct", "He was unreal tonight.", "Pruitt", "Said")],
    ),
    (
        "before-adding-a-quotation",
        "Greer said he was proud, before adding: “They gave everything tonight.”",
        [
            ("indirect", "he was proud", "Greer", "said"),
            ("direct", "They gave everything tonight.", "Greer", "adding"),
        ],
    ),
    (
        "a-closing-attribution-then-the-speakers-next-act",
        "The search goes on, Ferrer said, and urged witnesses to call police.",
        [
            ("indirect", "The search goes on", "Ferrer", "said"),
            ("indirect", "witnesses to call police", "Ferrer", "urged"),
        ],
    ),
    (
        "a-passive-before-a-closing-attribution-is-no-cue",
        "The claims were argued, the judge wrote.",
        [("indirect", "The claims were argued", "the judge", "wrote")],
    ),
    (
        "according-to-a-name-and-a-role-without-an-article",
        "According to Ada Moreno, chief economist at Tidewater, rates will hold.",
        [("indirect", "rates will hold", "Ada Moreno", "According to")],
    ),
    (
        "according-to-then-the-writers-gloss",
        "Orbel will cut 500 jobs, according to a memo, in a move to save costs.",
        [("indirect", "Orbel will cut 500 jobs", "a memo", "according to")],
    ),
    (
        "a-named-act-then-rules-is-a-noun",
        "Clean Water Act rules could close two mills.",
        [],
    ),
    (
        "said-at-least-a-count",
        "The mayor said at least 300 people came to the meeting.",
        [("indirect", "at least 300 people came to the meeting", "The mayor", "said")],
    ),
    (
        "a-title-in-a-report-is-no-partial-quote",
        "Ferris said Harrow wrote “Rain on the Tin Roof” in one afternoon.",
        [("indirect", "Harrow wrote “Rain on the Tin Roof” in one afternoon", "Ferris", "said")],
    ),
    (
        "a-job-before-the-name-after-a-quotation",
        "“We are heartbroken,” the publicist, Dana Holm, said.",
        [("direct", "We are heartbroken,", "Dana Holm", "said")],
    ),
    (
        "a-statement-to-a-magazine",
        "“We are heartbroken,” Dana Holm said in a statement to People magazine.",
        [("direct", "We are heartbroken,", "Dana Holm", "said in a statement")],
    ),
    (
        "a-person-from-a-place",
        "A volunteer from Dayton said the shelter was full.",
        [("indirect", "the shelter was full", "A volunteer from Dayton", "said")],
    ),
    (
        "according-to-a-survey-by-its-author",
        "According to a survey by the union, 78 percent of teachers favored it.",
        [
            (
                "indirect",
                "78 percent of teachers favored it",
                "a survey by the union",
                "According to",
            )
        ],
    ),
    (
        "a-role-then-a-name-then-a-bare-cue-reports-nothing",
        "Her supervisor, Ray Olin, agreed.",
        [],
    ),
    (
        "but-as-the-auditor-noted",
        "But as the auditor noted, the branch stays open late.",
        [("indirect", "the branch stays open late", "the auditor", "noted")],
    ),
    (
        "as-a-job-noun-pointed-out",
        "As the principal pointed out, the school has no gym.",
        [("indirect", "the school has no gym", "the principal", "pointed out")],
    ),
    (
        "an-attribution-set-off-by-dashes",
        "The pier closed — harbor master Lena Ortiz said Monday — after a storm.",
        [("indirect", "The pier closed", "harbor master Lena Ortiz", "said")],
    ),
    (
        "voted-to-is-an-act",
        "The council voted to close the north pier.",
        [],
    ),
    (
        "a-manner-adverb-between-the-subject-and-the-act",
        "He coaches the boys, whom he fondly calls “my crew,” on Saturdays.",
        [("partial", "my crew,", "he", "calls")],
    ),
    (
        "a-manner-adverb-is-not-part-of-the-speaker",
        "Lee bluntly said the plan had failed.",
        [("indirect", "the plan had failed", "Lee", "said")],
    ),
    (
        "a-share-said-yes",
        "When polled, 46 percent of residents said yes.",
        [("indirect", "yes", "46 percent of residents", "said")],
    ),
    (
        "plural-agent-nouns-speak",
        "Organizers say the march will go ahead.",
        [("indirect", "the march will go ahead", "Organizers", "say")],
    ),
    (
        "a-plural-thing-in-ers-is-no-speaker",
        "The orders say nothing.",
        [],
    ),
    (
        "a-thing-and-a-party-is-no-coordinated-speaker",
        "Republicans demanded deeper cuts and Democrats warned that a shutdown would hurt.",
        [("indirect", "a shutdown would hurt", "Democrats", "warned")],
    ),
    (
        "and-adds-an-amount-goes-on-with-the-report",
        "According to the budget office, the bill keeps spending flat and adds $4 billion"
        " for relief.",
        [
            (
                "indirect",
                "the bill keeps spending flat and adds $4 billion for relief",
                "the budget office",
                "According to",
            )
        ],
    ),
    (
        "no-with-a-full-stop-ends-the-sentence",
        "Lee said the plan would fail and added that he would vote no.",
        [
            ("indirect", "the plan would fail", "Lee", "said"),
            ("indirect", "he would vote no", "Lee", "added"),
        ],
    ),
    (
        "two-objects-of-a-maker",
        "The maker of Harbor biscuits and Tundra bars said profit fell.",
        [("indirect", "profit fell", "The maker of Harbor biscuits and Tundra bars", "said")],
    ),
    (
        "an-html-entity-is-one-word",
        "Tom Bell said Berg &amp; Sons would close 20 stores.",
        [("indirect", "Berg &amp; Sons would close 20 stores", "Tom Bell", "said")],
    ),
    (
        "a-district-attorney-abbreviated",
        "The case will go to trial, Dist. Atty. Ana Ruiz said.",
        [("indirect", "The case will go to trial", "Dist. Atty. Ana Ruiz", "said")],
    ),
    (
        "a-relative-naming-inside-an-according-to-report",
        "The club, which Pettigrew calls “the Sawdust Navy,” has 40 members, according to"
        " the youth council.",
        [("partial", "the Sawdust Navy,", "Pettigrew", "calls")],
    ),
    (
        "according-to-data-released-on-a-day-by-its-author",
        "According to data released Wednesday by the harbor board, traffic rose 4 percent.",
        [
            (
                "indirect",
                "traffic rose 4 percent",
                "data released Wednesday by the harbor board",
                "According to",
            )
        ],
    ),
    (
        "attributing-after-a-closing-attribution-is-the-writers",
        "Revenue reached 412 billion yuan, the federation said, attributing the rise to demand.",
        [("indirect", "Revenue reached 412 billion yuan", "the federation", "said")],
    ),
    (
        "a-degree-then-a-role-after-the-name",
        "Marta Quill, Ph.D., President of Televance, said the trial worked.",
        [("indirect", "the trial worked", "Marta Quill", "said")],
    ),
    (
        "a-plural-head-in-two-places",
        "Grain buyers in Tulsa and across the plains say the harvest came in late.",
        [
            (
                "indirect",
                "the harvest came in late",
                "Grain buyers in Tulsa and across the plains",
                "say",
            )
        ],
    ),
    (
        "for-saying-after-a-passive-is-the-subjects",
        "Orla Vint was mocked for claiming that the ferry would never sink.",
        [("indirect", "the ferry would never sink", "Orla Vint", "claiming")],
    ),
    (
        "for-saying-after-an-object-is-not-the-subjects",
        "Dale Ruck blamed the station for reporting that the mill had closed.",
        [("indirect", "the station for reporting that the mill had closed", "Dale Ruck", "blamed")],
    ),
    (
        "a-leading-after-saying-speaks-for-the-subject",
        "After saying the bridge was sound, she ordered a second inspection.",
        [("indirect", "the bridge was sound", "she", "saying")],
    ),
    (
        "a-leading-after-saying-with-a-quotation",
        "After saying her ankle was “too sore to bear weight,” the coach left the field.",
        [("partial", "too sore to bear weight,", "the coach", "saying")],
    ),
    (
        "aside-from-saying-after-the-clause",
        "Mayor Ines Holt would not name a successor, aside from saying she wants a planner.",
        [("indirect", "she wants a planner", "Mayor Ines Holt", "saying")],
    ),
    (
        "while-conceding-after-an-intention-keeps-both",
        "The trustees vowed to reopen the library, while conceding that money is short.",
        [
            ("indirect", "to reopen the library", "The trustees", "vowed"),
            ("indirect", "money is short", "The trustees", "conceding"),
        ],
    ),
    (
        "while-adding-a-noun-phrase-is-no-report",
        "The league kept its six clubs while adding new franchises in Boise and Fargo.",
        [],
    ),
    (
        "saying-goodbye-is-no-report",
        "Olsen shook hands with each guest before saying goodbye to the last of them.",
        [],
    ),
    (
        "went-on-to-say-is-one-cue",
        "Councilor Ben Oduya went on to say that the depot will close in March.",
        [("indirect", "the depot will close in March", "Councilor Ben Oduya", "went on to say")],
    ),
    (
        "going-on-to-say-after-a-closing-attribution",
        "The fee is unfair, Oduya said, going on to say that riders have paid enough.",
        [
            ("indirect", "The fee is unfair", "Oduya", "said"),
            ("indirect", "riders have paid enough", "Oduya", "going on to say"),
        ],
    ),
    (
        "went-on-to-do-is-no-cue",
        "The choir went on to record two albums in Lisbon.",
        [],
    ),
    (
        "it-before-a-verb-speaks-through-a-participle",
        "Meanwhile, it criticized the council, saying the budget ignores rural roads.",
        [
            ("indirect", "the council", "it", "criticized"),
            ("indirect", "the budget ignores rural roads", "it", "saying"),
        ],
    ),
    (
        "claimed-a-clause-ending-on-its-verb",
        "Rep. Tomas Brill claimed the treasurer lied.",
        [("indirect", "the treasurer lied", "Rep. Tomas Brill", "claimed")],
    ),
    (
        "alleges-a-clause-ending-on-its-verb",
        "The complaint alleges the warden lied.",
        [("indirect", "the warden lied", "The complaint", "alleges")],
    ),
    (
        "argue-a-clause-with-a-present-verb",
        "Tenant groups argue the ordinance violates the charter.",
        [("indirect", "the ordinance violates the charter", "Tenant groups", "argue")],
    ),
    (
        "fear-a-clause-with-cannot",
        "Ranchers fear the dam cannot hold.",
        [("indirect", "the dam cannot hold", "Ranchers", "fear")],
    ),
    (
        "an-asked-aside-between-subject-and-cue",
        "Brill, asked whether he would stand again, said he had not decided.",
        [
            ("indirect", "whether he would stand again", None, "asked"),
            ("indirect", "he had not decided", "Brill", "said"),
        ],
    ),
    (
        "an-asked-about-aside-is-no-quote",
        "Press secretary Dana Oyelaran, asked about the audit, said the mayor was calm.",
        [("indirect", "the mayor was calm", "Press secretary Dana Oyelaran", "said")],
    ),
    (
        "calling-after-a-report-is-a-report-of-its-own",
        "The council said it would block the tower, calling it “an eyesore.”",
        [
            ("indirect", "it would block the tower", "The council", "said"),
            ("partial", "an eyesore.", "The council", "calling"),
        ],
    ),
    (
        "a-passive-with-a-noun-phrase-is-no-cue",
        "Veldt was officially declared the winner and the count closed.",
        [],
    ),
    (
        "always-before-the-cue-is-skipped",
        "I always hoped the pier would reopen before I retired.",
        [("indirect", "the pier would reopen before I retired", "I", "hoped")],
    ),
    (
        "added-a-noun-phrase-is-an-act",
        "The carrier added three routes to its winter map.",
        [],
    ),
    (
        "concluded-by-a-participle-is-no-report",
        "Brill concluded by thanking the volunteers who cannot be named.",
        # "concluded" reports nothing; "by thanking" + its object does since
        # the fourth 2026-11-30 session
        [("indirect", "the volunteers who cannot be named", "Brill", "thanking")],
    ),
    (
        "a-possessive-plural-before-a-cue-word-is-a-noun",
        "Revenue rose 9%, beating economists' forecasts.",
        [],
    ),
    (
        "a-company-name-in-s-speaks",
        "The outlook is negative, Pindar's said.",
        [("indirect", "The outlook is negative", "Pindar's", "said")],
    ),
    (
        "an-acronym-role-appositive-is-not-the-speaker",
        "Lio Marsh, CFO of Dunmore, said orders held up.",
        [("indirect", "orders held up", "Lio Marsh", "said")],
    ),
    (
        "adds-to-is-growth-not-speech",
        "The recall adds to pressure on the carmaker.",
        [],
    ),
    (
        "manner-verbs-of-speech",
        "“Nobody warned us about the water until it reached the porch,” Ines Calder laughed.",
        [
            (
                "direct",
                "Nobody warned us about the water until it reached the porch,",
                "Ines Calder",
                "laughed",
            )
        ],
    ),
    (
        "shot-back-is-one-cue",
        "“That is false,” Brill shot back.",
        [("direct", "That is false,", "Brill", "shot back")],
    ),
    (
        "a-second-half-with-its-own-cue-is-direct",
        "“We stopped waiting,” Ada Pruell said, “and we stopped hoping,” she added.",
        [
            ("direct", "We stopped waiting,", "Ada Pruell", "said"),
            ("direct", "and we stopped hoping,", "she", "added"),
        ],
    ),
    (
        "a-cue-word-as-the-object-of-a-verb",
        "Both parties traded blame for the closure.",
        [],
    ),
    (
        "termed-with-a-quotation",
        "Okoro termed the offer a “cruel joke”.",
        [("partial", "cruel joke", "Okoro", "termed")],
    ),
    (
        "questioned-why-is-a-reported-question",
        "Farmers questioned why the board had waited so long.",
        [("indirect", "why the board had waited so long", "Farmers", "questioned")],
    ),
    (
        "said-here-is-the-dateline-city",
        "Mayor Tan Keat said here on Friday that the ferry terminal will add 400 jobs.",
        [("indirect", "the ferry terminal will add 400 jobs", "Mayor Tan Keat", "said")],
    ),
    (
        "told-reporters-here-closes-an-attribution",
        "The ferry terminal will add 400 jobs, Tan Keat told reporters here.",
        [("indirect", "The ferry terminal will add 400 jobs", "Tan Keat", "told")],
    ),
    (
        "lower-case-dpa-is-a-listener",
        "The ferry talks will resume in March, a port spokeswoman told dpa.",
        [("indirect", "The ferry talks will resume in March", "a port spokeswoman", "told")],
    ),
    (
        "agency-name-after-its-description",
        "The ferry talks will resume in March, Grete Lund told German news agency dpa.",
        [("indirect", "The ferry talks will resume in March", "Grete Lund", "told")],
    ),
    (
        "dpa-news-agency-as-a-listener",
        "The ferry talks will resume in March, Grete Lund told the dpa news agency.",
        [("indirect", "The ferry talks will resume in March", "Grete Lund", "told")],
    ),
    (
        "written-reply-is-a-venue",
        "Minister Anil Varma said in a written reply in the Rajya Sabha that 640 ferry berths "
        "were idle.",
        [("indirect", "640 ferry berths were idle", "Minister Anil Varma", "said")],
    ),
    (
        "informed-the-house-closes-an-attribution",
        "As many as 640 ferry berths were idle, Minister Anil Varma informed the Rajya Sabha "
        "on Thursday.",
        [("indirect", "As many as 640 ferry berths were idle", "Minister Anil Varma", "informed")],
    ),
    (
        "said-without-evidence-that",
        "Councilor Reid Amsel said without evidence that the harbour vote was rigged.",
        [("indirect", "the harbour vote was rigged", "Councilor Reid Amsel", "said")],
    ),
    (
        "without-offering-evidence-is-the-writers",
        "Councilor Reid Amsel said the harbour vote was rigged, without offering evidence.",
        [("indirect", "the harbour vote was rigged", "Councilor Reid Amsel", "said")],
    ),
    (
        "a-claim-others-dispute-is-the-writers",
        "Amsel said the levy would cut fares for families, a claim the union disputes.",
        [("indirect", "the levy would cut fares for families", "Amsel", "said")],
    ),
    (
        "a-figure-not-verified-is-the-writers",
        "Amsel said the protest drew 5,000 people, a figure that could not be independently "
        "verified.",
        [("indirect", "the protest drew 5,000 people", "Amsel", "said")],
    ),
    (
        "venue-then-that-then-a-document-noun",
        "Amsel said at a rally that the memo was forged.",
        [("indirect", "the memo was forged", "Amsel", "said")],
    ),
    (
        "wrote-on-twitter-that-the-ruling",
        "Gov. Ines Pardo wrote on Twitter that the ruling was a win for riders.",
        [("indirect", "the ruling was a win for riders", "Gov. Ines Pardo", "wrote")],
    ),
    (
        "venue-dated-after-a-trailing-cue",
        "Ferry fares could rise again, the analysts wrote in a note dated Monday.",
        [("indirect", "Ferry fares could rise again", "the analysts", "wrote")],
    ),
    (
        "venue-released-after-a-trailing-cue",
        "Harbourline will cut 200 jobs, the operator said in a statement released Tuesday.",
        [("indirect", "Harbourline will cut 200 jobs", "the operator", "said in a statement")],
    ),
    (
        "venue-sent-to-staff",
        "Harbourline will cut 200 jobs, Ida Voss said in a memo sent to staff.",
        [("indirect", "Harbourline will cut 200 jobs", "Ida Voss", "said")],
    ),
    (
        "venue-to-staff-seen-by",
        "Harbourline will cut 200 jobs, it said in a memo to staff seen by the Port Ellis Ledger.",
        [("indirect", "Harbourline will cut 200 jobs", "it", "said")],
    ),
    (
        "filing-to-a-stock-exchange",
        "Harbourline will cut 200 jobs, the operator said in a filing to the Singapore stock "
        "exchange.",
        [("indirect", "Harbourline will cut 200 jobs", "the operator", "said")],
    ),
    (
        "emailed-statement-is-the-cue-phrase",
        "The operator is weighing a sale, Harbourline said in an emailed statement.",
        [
            (
                "indirect",
                "The operator is weighing a sale",
                "Harbourline",
                "said in an emailed statement",
            )
        ],
    ),
    (
        "joint-statement-is-the-cue-phrase",
        "The operator is weighing a sale, Harbourline said in a joint statement with Bayrail.",
        [
            (
                "indirect",
                "The operator is weighing a sale",
                "Harbourline",
                "said in a joint statement",
            )
        ],
    ),
    (
        "programme-title-after-a-trailing-venue",
        "Bookings stayed strong, Harbourline CEO Ida Voss said in an interview on Harbor "
        'Radio\'s "Dockside."',
        [
            (
                "indirect",
                "Bookings stayed strong",
                "Harbourline CEO Ida Voss",
                "said in an interview",
            )
        ],
    ),
    (
        "topping-estimates-is-the-writers",
        "Harbourline said net income rose 9%, topping the average analyst estimate.",
        [("indirect", "net income rose 9%", "Harbourline", "said")],
    ),
    (
        "in-line-with-estimates-is-the-writers",
        "Harbourline said net income rose 9%, in line with estimates.",
        [("indirect", "net income rose 9%", "Harbourline", "said")],
    ),
    (
        "said-afterward-that",
        "Pilot Ivo Rask said afterward that his shoulder felt fine.",
        [("indirect", "his shoulder felt fine", "Pilot Ivo Rask", "said")],
    ),
    (
        "said-through-an-interpreter-that",
        "Mayor Oksana Dovzhenko said through an interpreter that the city would rebuild every "
        "pier.",
        [("indirect", "the city would rebuild every pier", "Mayor Oksana Dovzhenko", "said")],
    ),
    (
        "said-via-a-team-spokesman-that",
        "Pilot Ivo Rask said via a team spokesman that his shoulder felt fine.",
        [("indirect", "his shoulder felt fine", "Pilot Ivo Rask", "said")],
    ),
    (
        "said-of-the-plan-that",
        "Sen. Vera Holm said of the ferry plan that it was dead on arrival.",
        [("indirect", "it was dead on arrival", "Sen. Vera Holm", "said")],
    ),
    (
        "told-the-judge-his-client",
        "Lawyer Amos Pell told the judge his client was innocent.",
        [("indirect", "his client was innocent", "Lawyer Amos Pell", "told")],
    ),
    (
        "told-the-panel-this-was",
        "Lawyer Amos Pell told the panel this was a setup.",
        [("indirect", "this was a setup", "Lawyer Amos Pell", "told")],
    ),
    (
        "though-analysts-have-found-otherwise-is-the-writers",
        "Amsel said the levy would cut fares, though independent analysts have found otherwise.",
        [("indirect", "the levy would cut fares", "Amsel", "said")],
    ),
    (
        "venue-posted-online",
        "The levy is unfair, Amsel said in remarks posted online.",
        [("indirect", "The levy is unfair", "Amsel", "said")],
    ),
    (
        "british-double-nested-in-single",
        "'The skipper told me, \"Stay ashore\",' said Mira Lund.",
        [("direct", 'The skipper told me, "Stay ashore",', "Mira Lund", "said")],
    ),
    (
        "british-curly-double-nested-in-single",
        "‘We heard the pier was “closed for good”,’ Mira Lund said.",
        [("direct", "We heard the pier was “closed for good”,", "Mira Lund", "said")],
    ),
    (
        "the-two-speak-for-a-pair",
        "The two said the pantry had run dry.",
        [("indirect", "the pantry had run dry", "The two", "said")],
    ),
    (
        "a-body-of-people-keeps-its-of-phrase",
        "The deal is fair, the board of directors said.",
        [("indirect", "The deal is fair", "the board of directors", "said")],
    ),
    (
        "calls-itself-names-no-one",
        "The collective calls itself Harbor Watch.",
        [],
    ),
    (
        "called-a-boycott-is-an-act",
        "A coalition of pastors called a boycott of the hearing.",
        [],
    ),
    (
        "expressed-the-hope-that",
        "Minister Lo Fen expressed the hope that both ports will reopen.",
        [("indirect", "both ports will reopen", "Minister Lo Fen", "expressed the hope")],
    ),
    (
        "said-then-and-expressed-hope-that",
        "Lo Fen said the talks went well and expressed hope that trade will grow.",
        [
            ("indirect", "the talks went well", "Lo Fen", "said"),
            ("indirect", "trade will grow", "Lo Fen", "expressed hope"),
        ],
    ),
    (
        "said-then-pointing-out-that",
        "Lo Fen said trade grew, pointing out that exports rose 6 percent.",
        [
            ("indirect", "trade grew", "Lo Fen", "said"),
            ("indirect", "exports rose 6 percent", "Lo Fen", "pointing out"),
        ],
    ),
    (
        "of-state-before-an-adverb-and-the-cue",
        "The head of state also said the harvest was late.",
        [("indirect", "the harvest was late", "The head of state", "said")],
    ),
    (
        "inverted-document-with-a-participle-phrase",
        "Both sides back the truce, said a joint statement issued after the talks.",
        [
            (
                "indirect",
                "Both sides back the truce",
                "a joint statement issued after the talks",
                "said",
            )
        ],
    ),
    (
        "inverted-title-with-a-complement",
        "The talks will resume, said Tarnish Ambassador to Norway Ilse Marrow.",
        [
            (
                "indirect",
                "The talks will resume",
                "Tarnish Ambassador to Norway Ilse Marrow",
                "said",
            )
        ],
    ),
    (
        "inverted-name-then-a-plural-listener",
        "The talks will resume, said Ambassador Ilse Marrow to reporters.",
        [("indirect", "The talks will resume", "Ambassador Ilse Marrow", "said")],
    ),
    (
        "and-accused-after-a-report",
        "Ostrow said the flyer was false and accused Pell of lying about the vote.",
        [
            ("indirect", "the flyer was false", "Ostrow", "said"),
            ("indirect", "Pell of lying about the vote", "Ostrow", "accused"),
        ],
    ),
    (
        "and-called-with-one-object-is-an-act",
        "Ostrow toured the mill and called the mayor.",
        [],
    ),
    (
        "an-infinitive-of-purpose",
        "Pell took to social media to say the count was rigged.",
        [("indirect", "the count was rigged", "Pell", "say")],
    ),
    (
        "a-question-then-asked-and-a-bare-listener",
        "“Is that fair?” Ostrow asked voters at a rally in Erie.",
        [("direct", "Is that fair?", "Ostrow", "asked")],
    ),
    (
        "called-more-days-of-strikes-is-an-act",
        "The dockers have called another day of strikes for May 3.",
        [],
    ),
    (
        "a-contact-clause-has-its-own-subject",
        "Output rose as the firm races rivals into a market analysts expect to double.",
        [("indirect", "to double", "analysts", "expect")],
    ),
    (
        "a-title-before-a-name-in-the-subject-of-a-participle",
        "Republican presidential nominee Dale Voss blasted the panel, saying it was biased.",
        [
            ("indirect", "the panel", "Republican presidential nominee Dale Voss", "blasted"),
            ("indirect", "it was biased", "Republican presidential nominee Dale Voss", "saying"),
        ],
    ),
    (
        "another-speaks-for-one-more",
        "One grower said the frost was late. Another said the crop would recover.",
        [
            ("indirect", "the frost was late", "One grower", "said"),
            ("indirect", "the crop would recover", "Another", "said"),
        ],
    ),
    (
        "experts-not-involved-in-the-study",
        "Experts not involved in the study said the sample was small.",
        [("indirect", "the sample was small", "Experts not involved in the study", "said")],
    ),
    (
        "more-than-a-count-belongs-to-the-speaker",
        "The bill is dead, according to more than a dozen party aides.",
        [("indirect", "The bill is dead", "more than a dozen party aides", "according to")],
    ),
    (
        "a-poll-share-with-its-noun",
        "About 4 in 10 parents say the fees are too high.",
        [("indirect", "the fees are too high", "About 4 in 10 parents", "say")],
    ),
    (
        "as-x-put-it-with-a-quotation",
        "As Mayor Ines Holt put it, “We are not a museum.”",
        [("direct", "We are not a museum.", "Mayor Ines Holt", "put it")],
    ),
    (
        "put-it-without-as-is-no-cue",
        "Holt put it on the agenda for May.",
        [],
    ),
    (
        "a-label-before-a-whole-quotation",
        "The claim: “Rents fell 40 percent,” Voss said at a rally.",
        [("direct", "Rents fell 40 percent,", "Voss", "said")],
    ),
    (
        "dismissed-a-noun-phrase-is-an-act",
        "Colter dismissed the criticism.",
        [],
    ),
    (
        "a-relative-clause-with-no-that-after-an-indefinite-object",
        "Voss repeated a line he has used at several rallies.",
        [],
    ),
    (
        "a-warning-after-a-determiner-is-a-noun",
        "The weather service issued a flood warning and said the river would crest Friday.",
        [("indirect", "the river would crest Friday", "The weather service", "said")],
    ),
    (
        "a-role-with-an-honorific-owner-then-a-titled-name",
        "“We will win,” Mr. Voss’s running mate, Gov. Lena Pike, said.",
        [("direct", "We will win,", "Gov. Lena Pike", "said")],
    ),
    (
        "a-role-then-a-titled-name-with-a-state",
        "Mrs. Harlan's running mate, Sen. Tim Kaler of Virginia, said the plan works.",
        [("indirect", "the plan works", "Sen. Tim Kaler of Virginia", "said")],
    ),
    (
        "a-venue-then-that-is-a-forward-report",
        "Before the mayor spoke, Governor Lisa Crane said at a rally in Fort Dane that"
        " the dam held.",
        [("indirect", "the dam held", "Governor Lisa Crane", "said")],
    ),
    (
        "a-role-owned-by-a-titled-name-after-a-quotation",
        "“Positions will soften,” California Rep. Dana Hull’s chief of staff, Joe Kasper, said.",
        [("direct", "Positions will soften,", "Joe Kasper", "said")],
    ),
    (
        "a-passive-belief-is-nobodys",
        "The vote is expected Thursday, according to two aides, who spoke on condition of"
        " anonymity.",
        [("indirect", "The vote is expected Thursday", "two aides", "according to")],
    ),
    (
        "consequence-participle-after-closing-cue",
        "Hail fell over the valley, the forecast office said, closing roads in two districts.",
        [("indirect", "Hail fell over the valley", "the forecast office", "said")],
    ),
    (
        "toll-participle-after-closing-cue",
        "The fever killed 9 people, the health board said, bringing the toll this month to 31.",
        [("indirect", "The fever killed 9 people", "the health board", "said")],
    ),
    (
        "gerund-subject-after-cue-is-the-rest",
        "Though the merger went smoothly, she said, replacing the board would be harder.",
        [
            (
                "indirect",
                "Though the merger went smoothly, she said, replacing the board would be harder",
                "she",
                "said",
            )
        ],
    ),
    (
        "whose-relative-clause-report-ends-at-its-comma",
        "Mr. Brandt, whose office said the memo was forged, declined further comment.",
        [("indirect", "the memo was forged", "office", "said")],
    ),
    (
        "which-relative-clause-report-ends-at-its-comma",
        "The Pell campaign, which said the count was flawed, asked for a review.",
        [("indirect", "the count was flawed", "which", "said")],
    ),
    (
        "place-with-country-and-day-after-closing-cue",
        "The pump is quieter, Odile Marsh said at a fair in Linz, Austria, on Friday.",
        [("indirect", "The pump is quieter", "Odile Marsh", "said")],
    ),
    (
        "advisory-venue-after-closing-cue",
        "The front will stall Sunday, the coastal weather service said in its latest advisory.",
        [("indirect", "The front will stall Sunday", "the coastal weather service", "said")],
    ),
    (
        "clock-time-venue-after-closing-cue",
        "Fog will linger until noon, the weather office said in its 5 a.m. forecast.",
        [("indirect", "Fog will linger until noon", "the weather office", "said")],
    ),
    (
        "dash-aside-after-a-time-word",
        "Ms. Kettle said Friday — without offering any proof — that the count was rigged.",
        [("indirect", "the count was rigged", "Ms. Kettle", "said")],
    ),
    (
        "poll-margin-before-that",
        "Dock workers say by a 3-to-1 margin that the new shifts are unfair.",
        [("indirect", "the new shifts are unfair", "Dock workers", "say")],
    ),
    (
        "comma-aside-before-that",
        "We believe, as this column has said for years, that the ferry levy is too high.",
        [("indirect", "the ferry levy is too high", "We", "believe")],
    ),
    (
        "speech-noun-subject-ends-before-the-verdict",
        "Ms. Orla Fenn's statement that she never met the broker was not accurate.",
        [("indirect", "she never met the broker", "Ms. Orla Fenn", "statement")],
    ),
    (
        "a-document-with-its-author-and-date",
        "A review by the Harbor Ledger published Monday found that fares rose.",
        [("indirect", "fares rose", "A review by the Harbor Ledger published Monday", "found")],
    ),
    (
        "a-contact-relative-after-a-thing-noun",
        "The council backed the levy, a decision Mayor Rita Halvorsen called “overdue.”",
        [("partial", "overdue.", "Mayor Rita Halvorsen", "called")],
    ),
    (
        "a-name-then-its-body-after-of",
        "Officers are searching the woods, Sunil Rao, of Harrowby Police, said.",
        [("indirect", "Officers are searching the woods", "Sunil Rao", "said")],
    ),
    (
        "a-day-after-the-subject-of-a-participle",
        "The league on Tuesday suspended Moss for two games, saying he broke the rules.",
        [("indirect", "he broke the rules", "The league", "saying")],
    ),
    (
        "running-back-before-a-name",
        "“We had to run,” running back Jalen Moss said.",
        [("direct", "We had to run,", "running back Jalen Moss", "said")],
    ),
    (
        "a-passive-told-has-no-speaker",
        "The jury was told that the van was stolen.",
        [("indirect", "the van was stolen", None, "told")],
    ),
    (
        "agreed-to-a-noun-phrase-is-no-intention",
        "Sallis agreed to a plea deal.",
        [],
    ),
    (
        "alleges-a-verb-before-an-infinitive",
        "The lawsuit alleges the clinic failed to monitor the patient.",
        [("indirect", "the clinic failed to monitor the patient", "The lawsuit", "alleges")],
    ),
    (
        "a-station-with-a-number-is-the-listener",
        "Asked about the delay, she told Harbour Radio 4: “We are doing all we can.”",
        [("direct", "We are doing all we can.", "she", "told")],
    ),
    (
        "inverted-role-then-a-name-with-an-age",
        "“He was a gentle soul,” said his aunt, Dora Lee, 62, of Tulsa.",
        [("direct", "He was a gentle soul,", "Dora Lee", "said")],
    ),
    (
        "closing-role-then-a-name-with-an-age",
        "“It hurts,” his aunt, Dora Lee, 62, said.",
        [("direct", "It hurts,", "Dora Lee", "said")],
    ),
    (
        "a-listener-with-a-complement-before-a-colon",
        "Ms Lye told MPs on the Home Affairs Committee: ‘We acted fast.’",
        [("direct", "We acted fast.", "Ms Lye", "told")],
    ),
    (
        "a-bare-apostrophe-owner-before-a-name",
        "“It was fair,” Sallis' attorney, Ken Ostrow, said.",
        [("direct", "It was fair,", "Ken Ostrow", "said")],
    ),
    (
        "a-name-with-its-body-in-an-appositive",
        "Their attorney, Ana Ruiz of the Civil Liberties Union, said the law is unfair.",
        [("indirect", "the law is unfair", "Ana Ruiz", "said")],
    ),
    (
        "a-role-noun-then-a-name-in-an-appositive",
        "One victim, widow Margaret Fenn, said she forgave him.",
        [("indirect", "she forgave him", "Margaret Fenn", "said")],
    ),
    (
        "a-court-heard-names-no-speaker",
        "Southwark Crown Court heard that the van was stolen.",
        [("indirect", "the van was stolen", None, "heard")],
    ),
    (
        "no-10-speaks",
        "No 10 said the talks would resume.",
        [("indirect", "the talks would resume", "No 10", "said")],
    ),
    (
        "a-body-office-in-a-place",
        "A spokesman for the FBI in Chicago said the inquiry continues.",
        [("indirect", "the inquiry continues", "A spokesman for the FBI in Chicago", "said")],
    ),
    (
        "british-two-doubles-nested-in-single",
        '\'We heard the pier was "closed" and the crew "sent home",\' said Mira Lund.',
        [
            (
                "direct",
                'We heard the pier was "closed" and the crew "sent home",',
                "Mira Lund",
                "said",
            )
        ],
    ),
    (
        "a-lower-case-word-like-a-state-ends-a-sentence",
        "Lund said many of the crew were very ill. The port said it had no beds.",
        [
            ("indirect", "many of the crew were very ill", "Lund", "said"),
            ("indirect", "it had no beds", "The port", "said"),
        ],
    ),
    (
        "et-al-then-a-sentence",
        "The first survey was done by Hollis et al. The new study found that the effect"
        " was smaller.",
        [("indirect", "the effect was smaller", "The new study", "found")],
    ),
    (
        "according-to-a-long-source-running-on-to-its-comma",
        "According to early returns of exit polls run by Harlow Research for the Lumaria"
        " Post and two networks, most voters in Tarn were under 40.",
        [
            (
                "indirect",
                "most voters in Tarn were under 40",
                "early returns of exit polls run by Harlow Research for the Lumaria Post and two"
                " networks",
                "According to",
            )
        ],
    ),
    (
        "a-clock-time-before-according-to-sets-the-scene",
        "About 9:40 p.m., according to a port timeline, the crew left the quay.",
        [("indirect", "the crew left the quay", "a port timeline", "according to")],
    ),
    (
        "a-clock-time-is-one-token-not-a-colon",
        "The ferry left at 10:15, the harbor master said.",
        [("indirect", "The ferry left at 10:15", "the harbor master", "said")],
    ),
    (
        "a-belief-set-off-inside-the-clause",
        "The new levy, many economists think, will fail within a year.",
        [
            (
                "indirect",
                "The new levy, many economists think, will fail within a year",
                "many economists",
                "think",
            )
        ],
    ),
    (
        "a-belief-closing-the-sentence",
        "The toll will rise again, aid groups fear.",
        [("indirect", "The toll will rise again", "aid groups", "fear")],
    ),
    (
        "the-writer-s-own-belief-and-a-feeling-are-no-attribution",
        "It is, I think, a mistake. The crews should be very, very worried.",
        [],
    ),
    (
        "an-interrupted-clause-goes-on-before-the-next-report",
        "His lead, aides said, is not going anywhere, and most donors expect him to win.",
        [
            ("indirect", "His lead, aides said, is not going anywhere", "aides", "said"),
            ("indirect", "him to win", "most donors", "expect"),
        ],
    ),
    (
        "all-but-a-count-speaks",
        "All but two said the levy should go to a vote next month.",
        [("indirect", "the levy should go to a vote next month", "All but two", "said")],
    ),
    (
        "a-quantifier-with-a-phrase-before-a-bare-belief",
        "Few on either side think the levy will pass.",
        [("indirect", "the levy will pass", "Few on either side", "think")],
    ),
    (
        "a-plural-with-a-restrictive-clause-before-a-bare-cue",
        "Skippers who have fished the bay for decades say the stocks are gone.",
        [
            (
                "indirect",
                "the stocks are gone",
                "Skippers who have fished the bay for decades",
                "say",
            )
        ],
    ),
    (
        "a-connective-before-a-parenthetical-is-dropped",
        "In particular, Hale wrote, Ortiz can challenge the governor on roads. But, the"
        " former chief added, it is not the way to win.",
        [
            ("indirect", "Ortiz can challenge the governor on roads", "Hale", "wrote"),
            ("indirect", "it is not the way to win", "the former chief", "added"),
        ],
    ),
    (
        "added-to-an-outlet-after-a-quotation",
        "“It drew more than her show,” Ruiz added to People. “That makes me feel good.”",
        [
            ("direct", "It drew more than her show,", "Ruiz", "added"),
            ("direct", "That makes me feel good.", "Ruiz", "added"),
        ],
    ),
    (
        "inverted-speaker-keeps-close-to",
        "“We are nervous,” said a Tallis strategist close to the campaign.",
        [("direct", "We are nervous,", "a Tallis strategist close to the campaign", "said")],
    ),
    (
        "according-to-a-source-close-to",
        "The mayor was caught off guard, according to a source close to the council.",
        [
            (
                "indirect",
                "The mayor was caught off guard",
                "a source close to the council",
                "according to",
            )
        ],
    ),
    (
        "one-unnamed-person-in-a-place",
        "A Harbor Party strategist in Lumaria said the race was tightening.",
        [
            (
                "indirect",
                "the race was tightening",
                "A Harbor Party strategist in Lumaria",
                "said",
            )
        ],
    ),
    (
        "one-unnamed-person-at-a-workplace",
        "A whistleblower at the Ferry Authority said the contracts were rigged.",
        [
            (
                "indirect",
                "the contracts were rigged",
                "A whistleblower at the Ferry Authority",
                "said",
            )
        ],
    ),
    (
        "spokeswoman-for-a-mission-in-a-place",
        "A spokeswoman for the relief mission in Dorvania said the convoy had arrived.",
        [
            (
                "indirect",
                "the convoy had arrived",
                "A spokeswoman for the relief mission in Dorvania",
                "said",
            )
        ],
    ),
    (
        "inverted-arabic-name-keeps-its-article",
        "“The port is under control,” said Karim al-Dabbagh, spokesman for the navy.",
        [("direct", "The port is under control,", "Karim al-Dabbagh", "said")],
    ),
    (
        "inverted-name-with-el-article",
        "“We are ready,” said Col. Yusuf el-Marzouki.",
        [("direct", "We are ready,", "Col. Yusuf el-Marzouki", "said")],
    ),
    (
        "inverted-first-name-will",
        "“We are still searching,” said Will Dunmore.",
        [("direct", "We are still searching,", "Will Dunmore", "said")],
    ),
    (
        "first-name-may-opening-the-sentence",
        "May Tolliver said the search would go on.",
        [("indirect", "the search would go on", "May Tolliver", "said")],
    ),
    (
        "inverted-role-then-titled-name-and-its-description",
        "“We cannot afford it,” said the panel's chairman, State Senator Rhea Quist,"
        " a Democrat from Alder Bay.",
        [("direct", "We cannot afford it,", "State Senator Rhea Quist", "said")],
    ),
    (
        "inverted-role-then-name-of-a-body",
        "“Doctors should review these medicines,” said the study's senior author,"
        " Dr. Ines Varga of Tallis University.",
        [("direct", "Doctors should review these medicines,", "Dr. Ines Varga", "said")],
    ),
    (
        "role-then-agent-noun-and-name",
        "Vance's former bandmate, guitarist Theo Quill, said on his podcast that he was"
        " not surprised.",
        [("indirect", "he was not surprised", "Theo Quill", "said")],
    ),
    (
        "possessive-name-and-body-before-a-participle",
        "Garrow's office fired back, saying the memo was a fake.",
        [("indirect", "the memo was a fake", "Garrow's office", "saying")],
    ),
    (
        "role-and-name-before-a-non-speech-verb-and-participle",
        "The bank's chief economist, Pieter Van Aalst, struck a cautious tone, saying"
        " rates must stay high.",
        [("indirect", "rates must stay high", "Pieter Van Aalst", "saying")],
    ),
    (
        "body-and-its-people-before-a-coordinated-cue",
        "Tallis Reserve officials held rates steady and signaled they are in no hurry.",
        [("indirect", "they are in no hurry", "Tallis Reserve officials", "signaled")],
    ),
    (
        "people-at-a-firm-led-by-a-name",
        "Economists at Brightwater Capital led by Tom Haverly wrote that rates would fall.",
        [
            (
                "indirect",
                "rates would fall",
                "Economists at Brightwater Capital led by Tom Haverly",
                "wrote",
            )
        ],
    ),
    (
        "a-participle-after-a-closing-attribution-is-the-writers",
        "Ferry fares rose 4% in May, port data showed on Friday, complicating the"
        " council's budget.",
        [("indirect", "Ferry fares rose 4% in May", "port data", "showed")],
    ),
    (
        "a-superlative-after-a-closing-attribution-is-the-writers",
        "Landings grew by 300 tons, the harbor board said, the smallest gain since 2019.",
        [("indirect", "Landings grew by 300 tons", "the harbor board", "said")],
    ),
    (
        "a-time-distance-after-a-closing-attribution-is-the-writers",
        "Tarsk troops took the ridge, the ministry said, days after Velm pulled back.",
        [("indirect", "Tarsk troops took the ridge", "the ministry", "said")],
    ),
    (
        "in-one-of-the-after-a-closing-attribution-is-the-writers",
        "A flood cut the coast road, officials said on Sunday, in one of the worst storms"
        " in years.",
        [("indirect", "A flood cut the coast road", "officials", "said")],
    ),
    (
        "a-degree-adverb-before-a-comparison-is-the-writers",
        "Landings fell to 900 tons, the board said Friday, well below the 1,200 tons"
        " skippers had expected.",
        [("indirect", "Landings fell to 900 tons", "the board", "said")],
    ),
    (
        "an-absolute-phrase-after-an-appositive-speaker-keeps-the-quote-direct",
        "“He fixed every boat on the pier,” Tomas’s sister, Ana Berg, told the court, her"
        " voice breaking.",
        [("direct", "He fixed every boat on the pier,", "Ana Berg", "told")],
    ),
    (
        "the-writers-gloss-after-forward-content",
        "Mayor Lena Ortiz said Thursday she would not ride the ferry with Dale Quill, a sign"
        " of how some council members are keeping their distance from him.",
        [
            (
                "indirect",
                "she would not ride the ferry with Dale Quill",
                "Mayor Lena Ortiz",
                "said",
            )
        ],
    ),
    (
        "city-comma-state-based-company",
        "Net income rose 14%, the Corvale, North Dorvania-based lender said.",
        [("indirect", "Net income rose 14%", "the Corvale, North Dorvania-based lender", "said")],
    ),
    (
        "people-and-a-body-coordinated-closing",
        "Rebels seized the town of Marvo, residents and the army said.",
        [("indirect", "Rebels seized the town of Marvo", "residents and the army", "said")],
    ),
    (
        "a-body-and-people-coordinated-opening",
        "The army and residents said rebels had seized the town.",
        [("indirect", "rebels had seized the town", "The army and residents", "said")],
    ),
    (
        "according-to-two-coordinated-sources",
        "The junta arrested two generals, according to a security source and a relative"
        " of one of the men.",
        [
            (
                "indirect",
                "The junta arrested two generals",
                "a security source and a relative of one of the men",
                "according to",
            )
        ],
    ),
    (
        "a-past-verb-and-a-preposition-after-a-definite-subject-is-a-clause",
        "Inspectors believe the blaze started in the boiler room. Deputies confirmed the"
        " driver died Sunday.",
        [
            ("indirect", "the blaze started in the boiler room", "Inspectors", "believe"),
            ("indirect", "the driver died Sunday", "Deputies", "confirmed"),
        ],
    ),
    (
        "a-colon-ending-a-paragraph-introduces-the-quotation-below",
        "Harbour Master Ines Calder told the crews:\n\n“Nobody sails until the fog lifts.”"
        "\n\nThe pilot boat chief offered a warning:\n\n“The sandbar has moved again.”",
        [
            ("direct", "Nobody sails until the fog lifts.", "Harbour Master Ines Calder", "told"),
            ("direct", "The sandbar has moved again.", "The pilot boat chief", ":"),
        ],
    ),
    (
        "a-party-tag-after-the-name-before-a-speech-act",
        "Rep. Tobias Wendt (D-Ore.) called the audit “a whitewash.” Sen. Alma Rusk (R-Kan.)"
        " urged colleagues to reject the plan.",
        [
            ("partial", "a whitewash.", "Rep. Tobias Wendt (D-Ore.)", "called"),
            ("indirect", "colleagues to reject the plan", "Sen. Alma Rusk (R-Kan.)", "urged"),
        ],
    ),
    (
        "per-closing-the-sentence-is-according-to",
        "The levy will pass, per two aides familiar with the count. Fares cost $4, per rider.",
        [("indirect", "The levy will pass", "two aides familiar with the count", "per")],
    ),
    (
        "a-report-of-a-that-report-by-according-to-is-the-outer-quote",
        "Mayor Dina Vos told aides on Friday that she would veto the levy, according to two"
        " people at the meeting.",
        [
            (
                "indirect",
                "Mayor Dina Vos told aides on Friday that she would veto the levy",
                "two people at the meeting",
                "according to",
            )
        ],
    ),
    (
        "the-writers-reason-after-forward-content",
        "Harbor Lines said on Tuesday it would buy Quill Marine for $40 million, as the"
        " ferry operator looks to expand along the coast.",
        [
            (
                "indirect",
                "it would buy Quill Marine for $40 million",
                "Harbor Lines",
                "said",
            )
        ],
    ),
    (
        "object-and-a-body-is-not-one-speaker",
        "The company hired workers and the union said it would strike.",
        [("indirect", "it would strike", "the union", "said")],
    ),
    (
        "scraped-link-label-is-no-speaker",
        "Zentrix Inc (ZTRX.O), opens new tab said it would cut 300 jobs.",
        [("indirect", "it would cut 300 jobs", "Zentrix Inc (ZTRX.O)", "said")],
    ),
    (
        "scraped-link-label-after-a-closing-name",
        "The bank will cut 300 jobs, Halvard Group, opens new tab said on Monday.",
        [("indirect", "The bank will cut 300 jobs", "Halvard Group", "said")],
    ),
    (
        "document-with-a-participle-phrase",
        "A letter sent to parents said counselors would be available.",
        [("indirect", "counselors would be available", "A letter sent to parents", "said")],
    ),
    (
        "document-with-a-posted-participle-phrase",
        "A notice posted on the door said the store was closed.",
        [("indirect", "the store was closed", "A notice posted on the door", "said")],
    ),
    (
        "inverted-relative-by-first-name",
        "“She never took a sick day,” said her son, Tobin.",
        [("direct", "She never took a sick day,", "Tobin", "said")],
    ),
    (
        "relative-by-first-name-in-apposition",
        "His daughter, Marisol, said he never took a sick day.",
        [("indirect", "he never took a sick day", "Marisol", "said")],
    ),
    (
        "verb-and-object-before-a-participle-are-no-speaker",
        # since the 2026-11-30 object-act reading the citing act reports the
        # data whole (fourth session), no speaker of its own
        "The official cited internal data showing the Harbor Party gaining ground.",
        [
            (
                "indirect",
                "internal data showing the Harbor Party gaining ground",
                "The official",
                "cited",
            )
        ],
    ),
    (
        "decree-read-on-television",
        "The junta dissolved all political parties, a decree read on state television said.",
        [
            (
                "indirect",
                "The junta dissolved all political parties",
                "a decree read on state television",
                "said",
            )
        ],
    ),
    (
        "a-clock-time-before-a-zone-ends-no-sentence",
        "The ferry left at 4:15 p.m. Harbor time, the port said.",
        [("indirect", "The ferry left at 4:15 p.m. Harbor time", "the port", "said")],
    ),
    (
        "an-abbreviated-month-inside-a-venue",
        "Fares will rise twice next year, Ana Berg wrote in a Nov. 12 note.",
        [("indirect", "Fares will rise twice next year", "Ana Berg", "wrote")],
    ),
    (
        "an-abbreviations-point-stays-before-a-comma",
        "Landings rose 3% in Sept., the harbor board said.",
        [("indirect", "Landings rose 3% in Sept.", "the harbor board", "said")],
    ),
    (
        "a-state-abbreviation-after-a-city-ends-the-sentence",
        "The storm hit near Dunmore, Ky. Tillman said crews were still searching.",
        [("indirect", "crews were still searching", "Tillman", "said")],
    ),
    (
        "a-copula-before-a-parenthetical-keeps-its-complement",
        "It was, Ortiz said, one of the hardest winters on the pier.",
        [
            (
                "indirect",
                "It was, Ortiz said, one of the hardest winters on the pier",
                "Ortiz",
                "said",
            )
        ],
    ),
    (
        "made-the-case-to-a-listener-that",
        "Ortiz made the case to donors that the ferry must run at night. Lee made a case for calm.",
        [("indirect", "the ferry must run at night", "Ortiz", "made the case")],
    ),
    (
        "a-stance-adjective-after-an-adverb-or-a-linking-verb",
        "Harbour engineers are increasingly concerned that the channel is silting up. The pilots"
        " have grown quietly confident that the levy will pass.",
        [
            ("indirect", "the channel is silting up", "Harbour engineers", "concerned"),
            ("indirect", "the levy will pass", "The pilots", "confident"),
        ],
    ),
    (
        "a-bare-noun-like-cue-after-an-aside-set-off-by-commas",
        "Fishermen, for their part, fear the quota will be cut again.",
        [("indirect", "the quota will be cut again", "Fishermen", "fear")],
    ),
    (
        "a-two-word-title-in-a-report-is-no-partial-quote",
        "“Harbour Lights” drew 2 million viewers in its first week, the network said.",
        [
            (
                "indirect",
                "“Harbour Lights” drew 2 million viewers in its first week",
                "the network",
                "said",
            )
        ],
    ),
    (
        "hyphenated-participle-adjectives-stay-in-the-speaker",
        "The U.N.-backed Coastal Defence Forces said they had taken the port.",
        [
            (
                "indirect",
                "they had taken the port",
                "The U.N.-backed Coastal Defence Forces",
                "said",
            )
        ],
    ),
    (
        "a-dash-signature-in-its-own-paragraph-signs-the-quotation-above",
        "“We expect the harbour board to cut fees in May.”\n\n— Ada Brill and Tomas Ek,"
        " economists. Click here for full analysis",
        [
            (
                "direct",
                "We expect the harbour board to cut fees in May.",
                "Ada Brill and Tomas Ek",
                "—",
            )
        ],
    ),
    (
        "a-scene-phrase-before-a-mid-sentence-according-to",
        "Behind the scenes, according to two harbor aides, the crews have narrowed their"
        " differences.",
        [
            (
                "indirect",
                "the crews have narrowed their differences",
                "two harbor aides",
                "according to",
            )
        ],
    ),
    (
        "lower-case-hyphenated-adjective-stays-in-the-speaker",
        "The army-aligned government's Foreign Ministry said the talks had failed.",
        [
            (
                "indirect",
                "the talks had failed",
                "The army-aligned government's Foreign Ministry",
                "said",
            )
        ],
    ),
    (
        "quoted-as-saying-by-the-carrier",
        "Tarsk will not bargain under pressure, Velm was quoted as saying by state media.",
        [
            (
                "indirect",
                "Tarsk will not bargain under pressure",
                "Velm",
                "was quoted as saying",
            )
        ],
    ),
    (
        "role-then-state-title-and-name",
        "Her opponent, state Sen. Kyle Brandt, said she was wrong.",
        [("indirect", "she was wrong", "state Sen. Kyle Brandt", "said")],
    ),
    (
        "role-then-body-name-with-its-acronym",
        "The navy's media wing, Coastal Public Relations (CPR), said the crew was safe.",
        [("indirect", "the crew was safe", "Coastal Public Relations (CPR)", "said")],
    ),
    (
        "epithet-before-a-name-governs-a-participle",
        "Harbor Party White House hopeful Harlan Voight made a pitch on Friday, promising"
        " to cut fares.",
        [
            (
                "indirect",
                "to cut fares",
                "Harbor Party White House hopeful Harlan Voight",
                "promising",
            )
        ],
    ),
    (
        "sentence-capital-before-lower-case-people-coordinated",
        "Voting rights groups welcomed the ruling but said they remained concerned.",
        [("indirect", "they remained concerned", "Voting rights groups", "said")],
    ),
    (
        "state-media-and-its-name",
        "Dorvania's state media KTNA reported on Tuesday that the leader had toured a factory.",
        [
            (
                "indirect",
                "the leader had toured a factory",
                "Dorvania's state media KTNA",
                "reported",
            )
        ],
    ),
    (
        "state-title-before-a-name-governs-a-coordinated-request",
        "Corvale state governor Hyacinth Obi described the killings as “barbaric” and"
        " urged residents to remain calm.",
        [
            ("partial", "barbaric", "Corvale state governor Hyacinth Obi", "described"),
            (
                "indirect",
                "residents to remain calm",
                "Corvale state governor Hyacinth Obi",
                "urged",
            ),
        ],
    ),
    (
        "verb-and-object-before-a-document-participle",
        "The district sent a message to families saying classes were canceled.",
        [("indirect", "classes were canceled", "a message to families", "saying")],
    ),
    (
        "assistant-to-a-named-person",
        "A former assistant to actor Dorian Fay said he withheld her wages.",
        [("indirect", "he withheld her wages", "A former assistant to actor Dorian Fay", "said")],
    ),
    (
        "relative-clause-holding-a-quoted-title",
        "Vanna, whose album “Glass Harbor” topped the charts last year, said she would tour again.",
        [("indirect", "she would tour again", "Vanna", "said")],
    ),
    (
        "quoted-call-sign-inside-the-speaker",
        "A drone operator with the call sign “Owl” said his unit had pulled back.",
        [
            (
                "indirect",
                "his unit had pulled back",
                "A drone operator with the call sign “Owl”",
                "said",
            )
        ],
    ),
    (
        "a-relative-report-ends-before-a-present-predicate",
        "Tomas Berg, who said his boat was destroyed, now sleeps on the pier.",
        [("indirect", "his boat was destroyed", "who", "said")],
    ),
    (
        "an-interrupted-clause-going-on-in-a-quotation-is-partial",
        "The levy, Mr. Quill said in an interview on Tuesday, “is dead on arrival.”",
        [("partial", "is dead on arrival.", "Mr. Quill", "said in an interview")],
    ),
    (
        "an-interrupted-clause-going-on-in-a-quotation-after-a-comma-is-partial",
        "The levy, Mr. Quill said, “is dead on arrival.”",
        [("partial", "is dead on arrival.", "Mr. Quill", "said")],
    ),
    (
        "according-to-opening-the-sentence-is-no-content-of-a-later-cue",
        "According to an arrest affidavit, Tomas Berg told officers, “I did what I had to do.”",
        # the quotation is the inner speaker's (2026-11-29 late, wh9e #14)
        [("direct", "I did what I had to do.", "Tomas Berg", "told")],
    ),
    (
        "content-stops-before-and-a-role-a-name-said",
        "The ferry board has said the fares would not rise, and a spokesman, Eli Carden, said"
        " Wednesday that Quill was wrong.",
        [
            ("indirect", "the fares would not rise", "The ferry board", "said"),
            ("indirect", "Quill was wrong", "Eli Carden", "said"),
        ],
    ),
    (
        "a-communique-read-on-national-television-is-a-venue",
        "The junta said in a communique read on national television that the attack had"
        " been repelled.",
        [("indirect", "the attack had been repelled", "The junta", "said")],
    ),
    (
        "a-station-with-a-number-is-a-listener",
        "Neighbors told 2 News they heard at least five shots.",
        [("indirect", "they heard at least five shots", "Neighbors", "told")],
    ),
    (
        "a-first-person-subject-after-a-possessive-listener",
        "I told my husband I was going to open a bakery.",
        [("indirect", "I was going to open a bakery", "I", "told")],
    ),
    (
        "though-and-a-new-subject-is-the-writers-other-side",
        "The council said it would hold the vote in December, though harbor groups dismissed"
        " the plan as a sham.",
        [
            ("indirect", "it would hold the vote in December", "The council", "said"),
            ("indirect", "the plan as a sham", "harbor groups", "dismissed"),
        ],
    ),
    (
        "a-request-keeps-its-destination",
        "Ortiz urged voters to send her to the State House.",
        [("indirect", "voters to send her to the State House", "Ortiz", "urged")],
    ),
    (
        "a-short-title-opening-a-report-is-no-partial-quote",
        "“Night Ferry” earned $4 million in its opening weekend, the studio said.",
        [
            (
                "indirect",
                "“Night Ferry” earned $4 million in its opening weekend",
                "the studio",
                "said",
            )
        ],
    ),
    (
        "two-relative-clauses-joined-by-and-who",
        "A ferry worker who helps with evacuations, and who asked that his name not be"
        " used, said drones hunt cars on the road.",
        [
            (
                "indirect",
                "drones hunt cars on the road",
                "A ferry worker who helps with evacuations",
                "said",
            )
        ],
    ),
    (
        "a-one-word-title-after-a-works-noun-is-no-partial-quote",
        "Lena Ortiz's new single, “Salt,” debuted at No. 1, the label said.",
        [("indirect", "Lena Ortiz's new single, “Salt,” debuted at No. 1", "the label", "said")],
    ),
    (
        "a-participle-after-a-name-appositive-in-the-object-stays-content",
        "Berg said she heard her neighbor, Curtis Webb, yelling for help.",
        [
            (
                "indirect",
                "she heard her neighbor, Curtis Webb, yelling for help",
                "Berg",
                "said",
            )
        ],
    ),
    (
        "company-with-an-angle-bracket-ticker",
        "Zentrix Corp <ZTRX> said it would cut 300 jobs.",
        [("indirect", "it would cut 300 jobs", "Zentrix Corp <ZTRX>", "said")],
    ),
    (
        "company-with-an-angle-bracket-ticker-and-exchange",
        "Zentrix Inc <ZTRX.O> said it would cut 300 jobs.",
        [("indirect", "it would cut 300 jobs", "Zentrix Inc <ZTRX.O>", "said")],
    ),
    (
        "body-name-ending-in-a-plus",
        "Output will rise in January, ODEX+ said on Sunday.",
        [("indirect", "Output will rise in January", "ODEX+", "said")],
    ),
    (
        "dash-entities-around-an-aside",
        "Mayor Luis Orteva &mdash; who faces re-election in May &mdash; said the roads"
        " would be fixed.",
        [("indirect", "the roads would be fixed", "Mayor Luis Orteva", "said")],
    ),
    (
        "thats-what-after-a-quotation",
        "“It's a betrayal.” That's what Sen. Harlan Brecken said on Tuesday.",
        [("direct", "It's a betrayal.", "Sen. Harlan Brecken", "said")],
    ),
    (
        "appositive-name-inside-a-relative-clause",
        "Quiston, who had backed the mayor's main rival in the primary, Sen. Jared Pellow,"
        " said she had spoken with the mayor.",
        [("indirect", "she had spoken with the mayor", "Quiston", "said")],
    ),
    (
        "a-passive-announcement-before-a-closing-attribution-is-no-second-quote",
        "A ferry deal could be announced next week, one of the sources added.",
        [("indirect", "A ferry deal could be announced next week", "one of the sources", "added")],
    ),
    (
        "content-stops-before-while-and-a-possessive-subject-with-a-cue",
        "Ortiz's office said on Tuesday it would hire 20 pilots, while Quill's office accused"
        " the council of “wasting” the money.",
        [
            ("indirect", "it would hire 20 pilots", "Ortiz's office", "said"),
            ("partial", "wasting", "Quill's office", "accused"),
        ],
    ),
    (
        "a-charge-x-denies-is-the-writers-fact-check",
        "Ortiz has accused Velm of backing the smugglers, a charge Tarsk denies.",
        [("indirect", "Velm of backing the smugglers", "Ortiz", "accused")],
    ),
    (
        "a-warning-not-to-keeps-its-listener",
        "The port authority on Tuesday warned skippers not to buy fuel from unlicensed dealers.",
        [
            (
                "indirect",
                "skippers not to buy fuel from unlicensed dealers",
                "The port authority",
                "warned",
            )
        ],
    ),
    (
        "said-nothing-and-an-asked-topic-report-nothing",
        "Asked about the levy, Ortiz laughed. Lee said nothing at the hearing. Berg said"
        " little had changed.",
        [("indirect", "little had changed", "Berg", "said")],
    ),
    (
        "a-passive-act-and-a-participle-with-its-place-have-no-speaker",
        "A merger could be announced next week, one of the bankers added. The pact, announced"
        " at a news conference in Kelso, comes as the port struggles.",
        [("indirect", "A merger could be announced next week", "one of the bankers", "added")],
    ),
    (
        "a-programme-after-a-broadcaster-possessive-is-no-speech-act-quote",
        "Mayor Lena Ortiz defended the budget on KPTV's “Harbour Week,” saying it would"
        " “keep the boats running.”",
        [("partial", "keep the boats running.", "Mayor Lena Ortiz", "saying")],
    ),
    (
        "cited-as-saying-and-a-carrier-after-as-saying",
        "The Kelso Courier cited a pilot as saying the channel was closed. The ferry will"
        " stop, a port official was cited as saying by the Courier.",
        [
            ("indirect", "the channel was closed", "a pilot", "saying"),
            ("indirect", "The ferry will stop", "a port official", "was cited as saying"),
        ],
    ),
    (
        "a-sentence-naming-the-speaker-of-the-quotation-before-it",
        "“The pier is finished.” That's what Mayor Lena Ortiz said on Friday.\n\n“We are"
        " not done.”\n\nSo said Councillor Ana Vosk.\n\n“Nobody sails.”\n\nThat was"
        " Harbour Master Ines Calder on Monday, speaking to reporters.",
        [
            ("direct", "The pier is finished.", "Mayor Lena Ortiz", "said"),
            ("direct", "We are not done.", "Councillor Ana Vosk", "said"),
            ("direct", "Nobody sails.", "Harbour Master Ines Calder", "speaking"),
        ],
    ),
    (
        "an-adjective-between-the-possessor-and-the-speech-noun",
        "Lena Ortiz repeated her false claim that the ferry had never been late.",
        [("indirect", "the ferry had never been late", "her", "claim")],
    ),
    (
        "a-quoted-speech-act-after-by-takes-the-sentence-subject",
        "Mayor Lena Ortiz responded by calling the audit “a hatchet job.” The city saved money"
        " by calling the bonds early.",
        [("partial", "a hatchet job.", "Mayor Lena Ortiz", "calling")],
    ),
    (
        "backtick-opening-marks",
        "``We will not accept this,'' said Senator Ilse Vantor. ``The numbers do not add up.''",
        [
            ("direct", "We will not accept this,", "Senator Ilse Vantor", "said"),
            ("direct", "The numbers do not add up.", "Senator Ilse Vantor", "said"),
        ],
    ),
    (
        "cp1252-marks-left-as-c1-controls",
        "\x93We will fix the roads,\x94 said Mayor Ilse Vantor. \x93It will take a year.\x94",
        [
            ("direct", "We will fix the roads,", "Mayor Ilse Vantor", "said"),
            ("direct", "It will take a year.", "Mayor Ilse Vantor", "said"),
        ],
    ),
    (
        "single-mark-entities-read-like-curly-single-marks",
        "&lsquo;We will fix the roads,&rsquo; said Mayor Ilse Vantor. Vantor&#8217;s aides"
        " called it &#8216;a start&#8217;.",
        [
            ("direct", "We will fix the roads,", "Mayor Ilse Vantor", "said"),
            ("partial", "a start", "Vantor&#8217;s aides", "called"),
        ],
    ),
    (
        # the quotation inside an "according to" report is the inner
        # speaker's whole utterance (2026-11-29 late)
        "according-to-document-then-speaker-and-quotation",
        "According to a police affidavit, Orla Fenwick told officers, “I did what I had to do.”",
        [("direct", "I did what I had to do.", "Orla Fenwick", "told")],
    ),
    (
        # "the other" after a clause join, before a past speech verb: the
        # second of two people counted before (2026-11-29 late)
        "while-the-other-said-is-a-second-attribution",
        "One aide said no deal had been struck, while the other said a deal would come soon.",
        [
            ("indirect", "no deal had been struck", "One aide", "said"),
            ("indirect", "a deal would come soon", "the other", "said"),
        ],
    ),
    (
        # ", threatening to ..." after leading-cue content: the subject's
        # stated intention, not more content (2026-11-29 late)
        "leading-cue-content-stops-before-threatening-to",
        "The dockers' union said the strike would go on, threatening to shut the harbour.",
        [
            ("indirect", "the strike would go on", "The dockers' union", "said"),
            ("indirect", "to shut the harbour", "The dockers' union", "threatening"),
        ],
    ),
    (
        # a quoted title right after the cue, then a verb: the subject of
        # the reported clause, not the whole content (2026-11-29 late)
        "quoted-title-after-the-cue-is-the-subject-of-the-report",
        "The studio said “The Quiet Harbour” earned $48 million in its opening weekend.",
        [
            (
                "indirect",
                "“The Quiet Harbour” earned $48 million in its opening weekend",
                "The studio",
                "said",
            )
        ],
    ),
    (
        "belief-with-a-bare-plural-present-clause",
        "Pellmore strategists believe the shifting suburbs give them an opening.",
        [
            (
                "indirect",
                "the shifting suburbs give them an opening",
                "Pellmore strategists",
                "believe",
            )
        ],
    ),
    (
        "belief-with-a-present-verb-and-an-object-pronoun",
        "Organizers think the festival gives them a stage.",
        [("indirect", "the festival gives them a stage", "Organizers", "think")],
    ),
    (
        "entertainment-cues-shared-and-deadpanned",
        "\u201cI am grateful for every minute of it,\u201d Corla Wyeth shared."
        " \u201cNot bad for a Tuesday,\u201d her co-star deadpanned.",
        [
            ("direct", "I am grateful for every minute of it,", "Corla Wyeth", "shared"),
            ("direct", "Not bad for a Tuesday,", "her co-star", "deadpanned"),
        ],
    ),
    (
        "shared-takes-a-clause-only-with-that",
        "Corla Wyeth shared that she was expecting. The notes she shared with her agent were lost.",
        [("indirect", "she was expecting", "Corla Wyeth", "shared")],
    ),
    (
        "clapped-back-is-a-comeback-cue",
        "\u201cRead the script first,\u201d Wyeth clapped back.",
        [("direct", "Read the script first,", "Wyeth", "clapped back")],
    ),
    (
        "plaintiffs-with-a-relative-clause-before-a-present-cue",
        "The plaintiffs, who live in Dunmere, say the app recorded them.",
        [("indirect", "the app recorded them", "The plaintiffs", "say")],
    ),
    (
        "possessive-document-before-a-claims-verb",
        "The Trade Board's complaint claims the company hid fees from renters.",
        [
            (
                "indirect",
                "the company hid fees from renters",
                "The Trade Board's complaint",
                "claims",
            )
        ],
    ),
    (
        "vote-score-between-ruled-and-that",
        "The Vell Supreme Court ruled 5-4 on Friday that the levy was lawful.",
        [("indirect", "the levy was lawful", "The Vell Supreme Court", "ruled")],
    ),
    (
        "the-other-of-two-sources-after-while",
        "One aide said the vote was off, while the other said it would come on Friday.",
        [
            ("indirect", "the vote was off", "One aide", "said"),
            ("indirect", "it would come on Friday", "the other", "said"),
        ],
    ),
    (
        "report-verb-with-an-experience-gerund",
        "Tenants on Vell Street reported hearing three shots. Marl admitted taking the keys.",
        [
            ("indirect", "hearing three shots", "Tenants on Vell Street", "reported"),
            ("indirect", "taking the keys", "Marl", "admitted"),
        ],
    ),
    (
        "report-verb-with-a-gerund-adjective-reports-nothing",
        "Quillon Foods reported rising sales and falling costs.",
        [],
    ),
    (
        "a-picture-from-video-shows-nothing-reported",
        "This image from video provided by Kestrel TV shows flooding in Dunmere on Monday.",
        [],
    ),
    (
        "we-are-told-is-a-passive-with-no-speaker",
        "We\u2019re told the driver was taken to Vell General.",
        [("indirect", "the driver was taken to Vell General", None, "told")],
    ),
    (
        "spent-the-year-saying-names-no-speaker",
        "Corla Wyeth has spent most of the past year saying no.",
        [],
    ),
    (
        "document-participle-with-a-day-before-by",
        "A poll released Thursday by the Marrow Institute showed Quist with 47% support.",
        [
            (
                "indirect",
                "Quist with 47% support",
                "A poll released Thursday by the Marrow Institute",
                "showed",
            )
        ],
    ),
    (
        # ", which it called “...”": the organisation's words (2026-11-29 late)
        "which-it-called-a-quotation",
        "Dorvan Foods said it would appeal the fine, which it called “unjust and absurd”.",
        [
            ("indirect", "it would appeal the fine", "Dorvan Foods", "said"),
            ("partial", "unjust and absurd", "it", "called"),
        ],
    ),
    (
        "which-it-called-after-a-report",
        "Dorvane Rail said it would appeal the fine, which it called \u201cplainly unfair.\u201d",
        [
            ("indirect", "it would appeal the fine", "Dorvane Rail", "said"),
            ("partial", "plainly unfair.", "it", "called"),
        ],
    ),
    (
        "document-participle-speech-act-with-a-quotation",
        "The Quist campaign released a statement calling Marl \u201ca fraud.\u201d",
        [("partial", "a fraud.", "The Quist campaign", "calling")],
    ),
    (
        "a-document-participle-posted-is-no-cue",
        "Ines Marl opened her campaign in a video posted Tuesday, in which she said Quist had"
        " \u201cforgotten the harbor.\u201d A video posted online showed the rally.",
        [("partial", "forgotten the harbor.", "she", "said")],
    ),
    (
        "long-opening-venue-before-a-participle-cue",
        "But in written answers sent to the panel ahead of the hearing and obtained by the Vell"
        " Ledger, Marl defended the deal, writing that \u201cthe numbers did not support it.\u201d",
        [
            ("indirect", "the deal", "Marl", "defended"),
            ("partial", "the numbers did not support it.", "Marl", "writing"),
        ],
    ),
    (
        "bare-quantifier-subject-after-though",
        "The Vell central bank held rates, though some have argued that the economy needs support.",
        [("indirect", "the economy needs support", "some", "argued")],
    ),
    (
        "act-verb-object-with-a-reduced-report-inside",
        "Deputies found a knife investigators say was used in the robbery.",
        [("indirect", "was used in the robbery", "investigators", "say")],
    ),
    (
        "what-went-out-to-listeners-saying-speaks",
        "An alert went out to students saying the east gate was closed.",
        [("indirect", "the east gate was closed", "An alert", "saying")],
    ),
    (
        "a-document-shared-on-a-page-keeps-its-participle",
        "A post shared on the Vell police Facebook page said the bridge was closed.",
        [
            (
                "indirect",
                "the bridge was closed",
                "A post shared on the Vell police Facebook page",
                "said",
            )
        ],
    ),
    (
        "a-panel-of-a-long-court-name-is-one-speaker",
        "A three-judge panel of the 4th U.S. Circuit Court of Appeals ruled that the county "
        "had broken the law.",
        [
            (
                "indirect",
                "the county had broken the law",
                "A three-judge panel of the 4th U.S. Circuit Court of Appeals",
                "ruled",
            )
        ],
    ),
    (
        "a-body-of-a-named-owner-is-one-speaker",
        "The campaign of Dorrit Vance said on Friday it had raised $12 million.",
        [("indirect", "it had raised $12 million", "The campaign of Dorrit Vance", "said")],
    ),
    (
        "a-named-person-and-a-relative-set-off-by-name-speak-together",
        "Ilsa Varro and her husband, Denton Varro, said the water rose in minutes.",
        [
            (
                "indirect",
                "the water rose in minutes",
                "Ilsa Varro and her husband, Denton Varro",
                "said",
            )
        ],
    ),
    (
        "a-figure-reported-keeps-the-closing-according-to",
        "Tallin Foods reported revenue of $2.1 billion, according to Marketsight.",
        [
            (
                "indirect",
                "Tallin Foods reported revenue of $2.1 billion",
                "Marketsight",
                "according to",
            )
        ],
    ),
    (
        "a-helper-to-a-named-principal-opens-the-participle-s-subject",
        "A former assistant to singer Rovan Tell has sued him, alleging she was not paid.",
        [
            (
                "indirect",
                "she was not paid",
                "A former assistant to singer Rovan Tell",
                "alleging",
            )
        ],
    ),
    (
        "a-thing-told-with-a-relative-report-gives-the-inner-report",
        'He told stories that his grandchildren say were "mostly true."',
        [("partial", "mostly true.", "his grandchildren", "say")],
    ),
    (
        "a-stretch-of-time-before-the-verb-is-no-part-of-the-speaker",
        "Councillors over the past two weeks have said the levy is dead.",
        [("indirect", "the levy is dead", "Councillors", "said")],
    ),
    (
        "an-absolute-with-phrase-after-a-poll-is-the-writer-s",
        "Polling averages show Voss with a narrow lead, with the Tallin Ledger showing her up 3.",
        [("indirect", "Voss with a narrow lead", "Polling averages", "show")],
    ),
    (
        "especially-given-after-a-report-is-the-writer-s-reason",
        "Hale said the bill could pass, especially given that two senators are undecided.",
        [("indirect", "the bill could pass", "Hale", "said")],
    ),
    (
        "an-inverted-attribution-interrupting-a-clause-keeps-its-rest",
        "The contrast with Voss, said Doyle, would be clear by spring.",
        [
            (
                "indirect",
                "The contrast with Voss, said Doyle, would be clear by spring",
                "Doyle",
                "said",
            )
        ],
    ),
    (
        "an-inverted-attribution-with-an-appositive-interrupting-a-clause",
        "Any fair reading of the pact, said Ada Kerr, a trade lawyer, would show a retreat.",
        [
            (
                "indirect",
                "Any fair reading of the pact, said Ada Kerr, a trade lawyer, would show a retreat",
                "Ada Kerr",
                "said",
            )
        ],
    ),
    (
        "a-name-and-others-is-one-speaker",
        "Doyle and others said the levy would fail.",
        [("indirect", "the levy would fail", "Doyle and others", "said")],
    ),
    (
        "an-inverted-name-and-other-plural-is-one-speaker",
        "The levy would fail, said Doyle and other analysts.",
        [("indirect", "The levy would fail", "Doyle and other analysts", "said")],
    ),
    (
        "the-object-of-of-before-show-is-no-document-speaker",
        "Any reading of the pact would show a retreat.",
        [],
    ),
    (
        "a-participle-after-an-owner-is-an-adjective-not-a-cue",
        "Nearly 60 percent of Ruiz's reported donations came from women, according to Fundtrack.",
        [
            (
                "indirect",
                "Nearly 60 percent of Ruiz's reported donations came from women",
                "Fundtrack",
                "according to",
            )
        ],
    ),
    (
        "a-report-in-a-while-clause-ends-where-the-main-clause-starts",
        "The levy matters, and while Hale said he'd call a vote, it's not clear when.",
        [("indirect", "he'd call a vote", "Hale", "said")],
    ),
    (
        "a-report-in-a-set-off-though-clause-ends-before-the-main-verb",
        "The mayor, though she said the levy was fair, voted against it.",
        [("indirect", "the levy was fair", "she", "said")],
    ),
    (
        "a-day-earlier-between-the-cue-and-the-quotation",
        'He also stated a day earlier, "If Kerr gains, we will have a fight."',
        [("direct", "If Kerr gains, we will have a fight.", "He", "stated")],
    ),
    (
        "at-the-time-between-the-cue-and-the-quotation",
        'Voss said at the time, "We are not leaving."',
        [("direct", "We are not leaving.", "Voss", "said")],
    ),
    (
        "a-closing-source-vouches-for-the-last-conjunct",
        "Ruiz has praised the plan, and won 77 percent of the farm vote, according to exit polls.",
        [
            ("indirect", "the plan", "Ruiz", "praised"),
            ("indirect", "won 77 percent of the farm vote", "exit polls", "according to"),
        ],
    ),
    (
        "as-reported-by-opens-the-sentence",
        "As first reported by the Harbor Ledger, the campaign will cut its staff.",
        [("indirect", "the campaign will cut its staff", "the Harbor Ledger", "reported")],
    ),
    (
        "as-reported-by-closes-the-sentence",
        "The campaign will cut its staff, as reported by the Harbor Ledger.",
        [("indirect", "The campaign will cut its staff", "the Harbor Ledger", "reported")],
    ),
    (
        "a-person-named-by-standing-governs-a-saying-participle",
        "The businessman praised Kerr, saying he was a stronger leader than Orrin.",
        [
            # (a one-word object of a judgement reports, as "praised the
            # crews, saying ..." does: 2026-11-30, fourth session)
            ("indirect", "Kerr", "The businessman", "praised"),
            (
                "indirect",
                "he was a stronger leader than Orrin",
                "The businessman",
                "saying",
            )
        ],
    ),
    (
        "a-nonessential-relative-clause-after-a-report-is-the-writer-s",
        "Hale said he expects Ruiz to recover from the flu, which forced her to cancel two trips.",
        [("indirect", "he expects Ruiz to recover from the flu", "Hale", "said")],
    ),
    (
        "a-relative-clause-with-a-modal-carries-the-report-on",
        "The Ledger wrote that Voss claimed a loss in 1995, which could have let him avoid taxes.",
        [
            (
                "indirect",
                "Voss claimed a loss in 1995, which could have let him avoid taxes",
                "The Ledger",
                "wrote",
            )
        ],
    ),
    (
        "examples-like-or-such-as-after-a-plural-subject",
        "Critics like Bram Osei say the levy would help Talcott.",
        [("indirect", "the levy would help Talcott", "Critics like Bram Osei", "say")],
    ),
    (
        "examples-such-as-after-a-plural-subject",
        "Rivals such as Bram Osei say the levy would fail.",
        [("indirect", "the levy would fail", "Rivals such as Bram Osei", "say")],
    ),
    (
        "one-and-another-open-two-reports",
        "One says Brill Harbor has the most, while another says Tarn Vale has twice as many.",
        [
            ("indirect", "Brill Harbor has the most", "One", "says"),
            ("indirect", "Tarn Vale has twice as many", "another", "says"),
        ],
    ),
    (
        "a-generic-one-with-a-modal-reports-nothing",
        "One would think the ferry runs at night.",
        [],
    ),
    (
        "spaced-dash-before-a-participle-cue",
        "Pell Ortiz changed his vote on the spot - saying he now backed the levy.",
        [("indirect", "he now backed the levy", "Pell Ortiz", "saying")],
    ),
    (
        "plural-subject-with-a-participle-phrase-before-a-bare-say",
        "Growers trying to win back the Tarn Valley in June say they have a new plan.",
        [
            (
                "indirect",
                "they have a new plan",
                "Growers trying to win back the Tarn Valley in June",
                "say",
            )
        ],
    ),
    (
        "an-object-relative-clause-after-a-report-is-the-speaker-s",
        "Hale said Ruiz was heading to the studio, which she was doing when police came.",
        [
            (
                "indirect",
                "Ruiz was heading to the studio, which she was doing when police came",
                "Hale",
                "said",
            )
        ],
    ),
    (
        "two-names-each-with-a-party-tag-are-one-speaker",
        "Sens. Orla Brenning, R-Ohio, and Tade Mokwe, D-Md., said the deal was a good start.",
        [
            (
                "indirect",
                "the deal was a good start",
                "Sens. Orla Brenning, R-Ohio, and Tade Mokwe",
                "said",
            )
        ],
    ),
    (
        "debate-cues-interrupted-and-cut-in-close-a-quote",
        "“Let me finish,” Tolliver interrupted. “Not true,” Brandt cut in.",
        [
            ("direct", "Let me finish,", "Tolliver", "interrupted"),
            ("direct", "Not true,", "Brandt", "cut in"),
        ],
    ),
    (
        "debate-cues-chimed-in-protested-pleaded",
        "“Wait,” Orla chimed in. “That is unfair,” Dace protested. “Please,” Ilse pleaded.",
        [
            ("direct", "Wait,", "Orla", "chimed in"),
            ("direct", "That is unfair,", "Dace", "protested"),
            ("direct", "Please,", "Ilse", "pleaded"),
        ],
    ),
    (
        "translated-cues-highlighted-and-regretted",
        '"The valley will not be sold," the minister highlighted. '
        "The mayor regretted that the ferry would stop.",
        [
            ("direct", "The valley will not be sold,", "the minister", "highlighted"),
            ("indirect", "the ferry would stop", "The mayor", "regretted"),
        ],
    ),
    (
        "a-plea-in-court-and-a-noun-protest-are-no-cues",
        "Lars Brede, who pleaded guilty to fraud in May, left. The protests spread.",
        [],
    ),
    (
        "according-to-a-pronoun-opens-a-report",
        "Minister Tomas Arvid said the port was ready. According to him, exports rose.",
        [
            ("indirect", "the port was ready", "Minister Tomas Arvid", "said"),
            ("indirect", "exports rose", "him", "According to"),
        ],
    ),
    (
        "a-report-closed-by-according-to-her",
        "Exports rose by a third, according to her.",
        [("indirect", "Exports rose by a third", "her", "according to")],
    ),
    (
        "doubled-curly-singles-are-double-marks",
        "‘‘The pier is shut. Repairs will follow,’’ Varma told reporters here. "
        "Varma said the board would ‘‘not tolerate’’ delays.",
        [
            ("direct", "The pier is shut. Repairs will follow,", "Varma", "told"),
            ("partial", "not tolerate", "Varma", "said"),
        ],
    ),
    (
        "a-whole-sentence-after-an-act-and-a-colon-is-direct",
        'Orsolya Varga blasted the council on social media: "They have failed this town."',
        [("direct", "They have failed this town.", "Orsolya Varga", ":")],
    ),
    (
        "an-act-with-its-own-quote-before-a-colon-stays-partial",
        'Varga described the move as a "breach of trust," adding: "Nobody was told."',
        [
            ("partial", "breach of trust,", "Varga", "described"),
            ("direct", "Nobody was told.", "Varga", "adding"),
        ],
    ),
    (
        "said-this-pointing-back-reports-nothing-new",
        "Minister Arjun Vale said the canal would open. He said this while addressing "
        "a rally in Korvi. She said this is wrong.",
        [
            ("indirect", "the canal would open", "Minister Arjun Vale", "said"),
            ("indirect", "this is wrong", "She", "said"),
        ],
    ),
    (
        "a-quoted-title-in-the-speakers-role-appositive",
        'Kim Ladro, host of the podcast "Pier Talk," said the episode drew a crowd. '
        '"It is a hatchet job," Vanse, author of "The Quiet Agency," said Tuesday.',
        [
            ("indirect", "the episode drew a crowd", "Kim Ladro", "said"),
            ("direct", "It is a hatchet job,", "Vanse", "said"),
        ],
    ),
    (
        "a-quoted-nickname-after-known-as-in-the-appositive",
        'Dobrin, known as "The Hammer," said he would fight again.',
        [("indirect", "he would fight again", "Dobrin", "said")],
    ),
    (
        "a-programme-title-after-told-is-the-listener",
        "“The levy is dead,” Orla Rusk told “60 Minutes” in an interview aired Sunday. "
        "“We will hold firm,” she told “Harbor Hour.”",
        [
            ("direct", "The levy is dead,", "Orla Rusk", "told"),
            ("direct", "We will hold firm,", "she", "told"),
        ],
    ),
    (
        "a-programme-title-after-said-on-is-the-venue-not-a-quote",
        "The levy is dead, Orla Rusk said on “Harbor Hour.”",
        [("indirect", "The levy is dead", "Orla Rusk", "said")],
    ),
    (
        "a-follow-on-quotation-opening-on-a-bracket-or-ellipsis",
        '"We take this seriously," Vanse said. "[But] the findings are wrong." '
        '"... Nobody asked us," Vanse said.',
        [
            ("direct", "We take this seriously,", "Vanse", "said"),
            ("direct", "[But] the findings are wrong.", "Vanse", "said"),
            ("direct", "... Nobody asked us,", "Vanse", "said"),
        ],
    ),
    (
        "a-parenthesised-follow-up-quotation-is-its-own-sentence",
        'The mayor said the pool would reopen in June. ("We owe the kids that," he added.)',
        [
            ("indirect", "the pool would reopen in June", "The mayor", "said"),
            ("direct", "We owe the kids that,", "he", "added"),
        ],
    ),
    (
        "in-the-words-of-and-to-quote-open-a-quotation",
        'In the words of one resident, "Nobody is listening." '
        "To quote the mayor, “The bridge is finished.”",
        [
            ("direct", "Nobody is listening.", "one resident", "In the words of"),
            ("direct", "The bridge is finished.", "the mayor", "To quote"),
        ],
    ),
    (
        "termed-x-as-y-is-a-speech-act",
        "Opposition leader Sunita Kaleb termed the package as an eyewash. "
        "Her second term ends in May.",
        [("indirect", "the package as an eyewash", "Opposition leader Sunita Kaleb", "termed")],
    ),
    (
        "a-comeback-phrase-then-a-comma-and-a-quotation",
        "Brandt shot back, “You are wrong.” Orla chimed in, “So are you.”",
        [
            ("direct", "You are wrong.", "Brandt", "shot back"),
            ("direct", "So are you.", "Orla", "chimed in"),
        ],
    ),
    (
        "called-an-indefinite-object-and-a-quotation-is-partial",
        "Petra Koss called a Republican proposal “cruel.” The union called a strike over "
        "“unfair” pay.",
        [("partial", "cruel.", "Petra Koss", "called")],
    ),
    (
        "a-straight-mark-opening-a-paragraph-before-a-stray-space-opens",
        '" We will rebuild," Petrov said.',
        [("direct", " We will rebuild,", "Petrov", "said")],
    ),
    (
        "a-cue-noun-after-a-preposition-of-comparison-is-the-noun",
        "Sales were $4.1 billion, below estimates, the retailer said. Margins rose, above"
        " forecasts.",
        [("indirect", "Sales were $4.1 billion, below estimates", "the retailer", "said")],
    ),
    (
        "an-inverted-analysts-at-a-firm-keeps-the-firm",
        "The outlook is cautious, said economists at Marlow Bank.",
        [("indirect", "The outlook is cautious", "economists at Marlow Bank", "said")],
    ),
    (
        "purpose-infinitive-after-a-place-adverb",
        "Dara Quill stood at a Voss rally here to say she would back the levy.",
        [("indirect", "she would back the levy", "Dara Quill", "say")],
    ),
    (
        "told-a-listener-and-a-relative-clause-reports-nothing",
        "Pell told Maren Osk, who opened her door at noon and said she would vote for Dorr.",
        [("indirect", "she would vote for Dorr", "who", "said")],
    ),
    (
        "a-verb-with-its-object-after-a-comma-is-no-inverted-cue",
        "Dane Varga, in 2013, questioned Marlo's statements.",
        [("indirect", "Marlo's statements", "Dane Varga", "questioned")],
    ),
    (
        "an-inverted-expert-plural-keeps-its-firm-after-at",
        "The guidance is cautious, said analysts at Pellworth Securities.",
        [("indirect", "The guidance is cautious", "analysts at Pellworth Securities", "said")],
    ),
    (
        "twice-between-the-speaker-and-the-cue-is-skipped",
        "Dorn Pallet twice said the levy was dead.",
        [("indirect", "the levy was dead", "Dorn Pallet", "said")],
    ),
    (
        "at-one-point-is-no-speaker",
        "Dorn Pallet at one point said the levy was dead. At one point Ilse Varn said it"
        " would pass.",
        [
            ("indirect", "the levy was dead", "Dorn Pallet", "said"),
            ("indirect", "it would pass", "Ilse Varn", "said"),
        ],
    ),
    (
        "a-liveblog-stamp-line-is-no-part-of-the-speaker",
        "Harbour vote: live updates\n\n4:12 PM EST\nGov. Delia Fronter said she would wait.",
        [("indirect", "she would wait", "Gov. Delia Fronter", "said")],
    ),
    (
        "a-social-handle-speaker-keeps-its-sign",
        "“The pier will reopen,” @MayorVidor wrote on X.",
        [("direct", "The pier will reopen,", "@MayorVidor", "wrote")],
    ),
    (
        "in-particular-before-the-cue-is-no-part-of-the-speaker",
        "Harbour Democrats in particular fear the levy could hurt them.",
        [("indirect", "the levy could hurt them", "Harbour Democrats", "fear")],
    ),
    (
        "two-definite-bodies-with-a-modifier-are-one-speaker",
        "The harbour ministry and the fisheries ministry said the two sides would meet.",
        [
            (
                "indirect",
                "the two sides would meet",
                "The harbour ministry and the fisheries ministry",
                "said",
            )
        ],
    ),
    (
        "a-name-and-his-allies-is-one-speaker",
        "Orvin Tasch and his allies have claimed that the count was rigged.",
        [("indirect", "the count was rigged", "Orvin Tasch and his allies", "claimed")],
    ),
    (
        "experts-at-a-long-body-name-are-one-speaker",
        "Economists at the nonpartisan Committee for a Responsible Harbour Budget said the cost"
        " would be higher.",
        [
            (
                "indirect",
                "the cost would be higher",
                "Economists at the nonpartisan Committee for a Responsible Harbour Budget",
                "said",
            )
        ],
    ),
    (
        "a-bench-of-two-named-justices-is-one-speaker",
        "A bench of Justices T R Varma and K L Dosan said the lower court had erred.",
        [
            (
                "indirect",
                "the lower court had erred",
                "A bench of Justices T R Varma and K L Dosan",
                "said",
            )
        ],
    ),
    (
        "a-memory-verb-before-a-speech-gerund-is-no-part-of-the-speaker",
        "Dalla Venn recalled telling the senator: “Get out of my office.”",
        [("direct", "Get out of my office.", "Dalla Venn", "telling")],
    ),
    (
        "asked-after-a-closed-appositive-is-the-verb-not-an-aside",
        "The moderator, Krista Welling, asked whether she would filibuster it.",
        [("indirect", "whether she would filibuster it", "Krista Welling", "asked")],
    ),
    (
        "a-show-title-after-the-closing-cue-is-the-venue",
        "The levy is dead, Tamsin Orrell said on Harbor TV’s “Coastal Week.”",
        [("indirect", "The levy is dead", "Tamsin Orrell", "said")],
    ),
    (
        "a-show-title-after-the-leading-cue-is-the-venue",
        "Tamsin Orrell said on the “Quay Talk” podcast on Sunday that the levy was dead.",
        [("indirect", "the levy was dead", "Tamsin Orrell", "said")],
    ),
    (
        "a-show-title-after-told-is-the-listener",
        "Tamsin Orrell told “Coastal Week” the levy was dead.",
        [("indirect", "the levy was dead", "Tamsin Orrell", "told")],
    ),
    (
        "a-listener-with-a-lower-case-role-before-the-name",
        "Tamsin Orrell told radio host Bram Kettle that the levy was dead.",
        [("indirect", "the levy was dead", "Tamsin Orrell", "told")],
    ),
    (
        "the-floor-the-show-and-the-trail-are-venues",
        "The levy is dead, Bram Kettle said on the Assembly floor. The port is safe, Ada Venn"
        " said on her radio show. The tax is fair, Orrell said on the campaign trail.",
        [
            ("indirect", "The levy is dead", "Bram Kettle", "said"),
            ("indirect", "The port is safe", "Ada Venn", "said"),
            ("indirect", "The tax is fair", "Orrell", "said"),
        ],
    ),
    (
        "a-venue-with-a-relative-clause-that-aired",
        "Ada Venn said in an interview that aired Sunday that the levy was dead.",
        [("indirect", "the levy was dead", "Ada Venn", "said in an interview")],
    ),
    (
        "a-readout-and-a-video-posted-to-social-media-are-venues",
        "The envoy spoke with the mayor on Tuesday, the ministry said in a readout. The levy is"
        " dead, Ada Venn said in a video posted to social media.",
        [
            ("indirect", "The envoy spoke with the mayor on Tuesday", "the ministry", "said"),
            ("indirect", "The levy is dead", "Ada Venn", "said"),
        ],
    ),
    (
        "remarks-published-by-a-paper-are-the-channel",
        "The port will not close, the minister said in remarks published Sunday by Il Faro.",
        [("indirect", "The port will not close", "the minister", "said")],
    ),
    (
        "the-pool-aboard-a-plane-or-traveling-with-the-leader",
        "The levy is dead, Bram Kettle told reporters aboard the royal jet. The port is safe,"
        " Kettle told reporters traveling with the governor. The tax is fair, Kettle told"
        " reporters in the Blue Room.",
        [
            ("indirect", "The levy is dead", "Bram Kettle", "told"),
            ("indirect", "The port is safe", "Kettle", "told"),
            ("indirect", "The tax is fair", "Kettle", "told"),
        ],
    ),
    (
        "setting-up-and-paving-the-way-after-a-closing-attribution",
        "Mayor Ida Kell will put the levy to a vote Friday, two aides said, setting up a clash"
        " with the council. The port will reopen, officials told the Ledger, paving the way"
        " for a vote.",
        [
            ("indirect", "Mayor Ida Kell will put the levy to a vote Friday", "two aides", "said"),
            ("indirect", "The port will reopen", "officials", "told"),
        ],
    ),
    (
        "setting-up-after-a-leading-cue",
        "Kell said she would put the levy to a vote Friday, setting up a clash with the council.",
        [("indirect", "she would put the levy to a vote Friday", "Kell", "said")],
    ),
    (
        "a-though-clause-after-a-closing-attribution-is-the-writers",
        "Kell has the votes, an aide said, though he did not say how many.",
        [("indirect", "Kell has the votes", "an aide", "said")],
    ),
    (
        "a-though-phrase-inside-the-clause-is-kept",
        "The talks, Kell said, though difficult, were useful.",
        [("indirect", "The talks, Kell said, though difficult, were useful", "Kell", "said")],
    ),
    (
        "but-some-plural-with-a-verb-after-a-report-is-the-writers",
        "Aides to the mayor say they are confident, but some councillors are less sure.",
        [("indirect", "they are confident", "Aides to the mayor", "say")],
    ),
    (
        "a-relative-report-by-a-source-in-play-is-the-rest-after-the-cue",
        "The council is building a pier, which it said would open in May. The levy, which"
        " the court said was lawful, takes effect Monday.",
        [
            ("indirect", "would open in May", "it", "said"),
            ("indirect", "was lawful", "the court", "said"),
        ],
    ),
    (
        "a-venue-set-off-by-a-comma-at-the-end-is-not-content",
        "The Senate said the levy was unlawful, in comments carried by state radio.",
        [("indirect", "the levy was unlawful", "The Senate", "said")],
    ),
    (
        "quoted-by-a-carrier-after-a-closing-attribution",
        "Spain will not send ships, the navy said, quoted by public radio RNX.",
        [("indirect", "Spain will not send ships", "the navy", "said")],
    ),
    (
        "the-writers-tails-leave-an-interrupted-clause",
        "Most of the closures, Kell said, have hit small piers, the latter a reference to"
        " docks that charge fees.",
        [
            (
                "indirect",
                "Most of the closures, Kell said, have hit small piers",
                "Kell",
                "said",
            )
        ],
    ),
    (
        "while-a-role-and-a-name-then-any-cue-ends-the-first-report",
        "Ida Kell argued that the levy had failed, while her rival, Bram Ott, contended that"
        " the port did worse.",
        [
            ("indirect", "the levy had failed", "Ida Kell", "argued"),
            ("indirect", "the port did worse", "Bram Ott", "contended"),
        ],
    ),
    (
        "a-pronoun-and-its-verb-close-a-leading-when-clause",
        "When the host asked Ott whether he would back the levy, he paused.",
        [("indirect", "whether he would back the levy", "the host", "asked")],
    ),
    (
        "said-this-or-so-pointing-back-is-no-new-report",
        "Minister Ravi Kondal said the dam would help farmers. He said this while addressing a"
        " rally in Belur. He said so at a fair. He said this was the best plan.",
        [
            ("indirect", "the dam would help farmers", "Minister Ravi Kondal", "said"),
            ("indirect", "this was the best plan", "He", "said"),
        ],
    ),
    (
        "a-speech-act-object-that-is-a-list-runs-to-its-end",
        "The mayor called for more buses, new bike lanes and wider sidewalks. Ida Kell called"
        " for more ferries, saying the bridge was full.",
        [
            ("indirect", "more buses, new bike lanes and wider sidewalks", "The mayor", "called"),
            ("indirect", "more ferries", "Ida Kell", "called"),
            ("indirect", "the bridge was full", "Ida Kell", "saying"),
        ],
    ),
    (
        "an-attribution-right-after-a-subordinator-interrupts-its-clause",
        "The mayor skipped the vote because, aides said, she was ill.",
        [("indirect", "she was ill", "aides", "said")],
    ),
    (
        "an-outer-report-never-ends-on-a-dangling-subordinator",
        "Engineers said the cost would be higher because, they said, crews would need more steel.",
        [
            ("indirect", "the cost would be higher", "Engineers", "said"),
            ("indirect", "crews would need more steel", "they", "said"),
        ],
    ),
    (
        "a-website-by-its-address-is-a-venue",
        "The pier will reopen, Mayor Ana Vidal said on portmere.gov.",
        [("indirect", "The pier will reopen", "Mayor Ana Vidal", "said")],
    ),
    (
        "cautioned-takes-a-listener",
        "The fund cautioned savers that returns may vary.",
        [("indirect", "returns may vary", "The fund", "cautioned")],
    ),
    (
        "an-adverb-between-the-comma-and-a-participle-cue",
        "The nominee complained about his microphone, even suggesting he was sabotaged.",
        [("indirect", "he was sabotaged", "The nominee", "suggesting")],
    ),
    (
        "a-verb-of-asking-reports-a-what-question",
        "At a rally, Ruiz questioned what kind of person sends angry posts at 3 a.m.",
        [
            (
                "indirect",
                "what kind of person sends angry posts at 3 a.m.",
                "Ruiz",
                "questioned",
            )
        ],
    ),
    (
        "a-text-posted-in-an-opening-phrase-is-no-speaker",
        "In a Facebook message posted Friday, Kerr said he had real doubts about Voss.",
        [("indirect", "he had real doubts about Voss", "Kerr", "said")],
    ),
    (
        "a-plural-joined-to-an-object-is-no-subject-of-a-verb-in-s",
        "Ryan said the spate of shootings and protests demands that voters listen more.",
        [
            (
                "indirect",
                "the spate of shootings and protests demands that voters listen more",
                "Ryan",
                "said",
            )
        ],
    ),
    (
        "early-friday-before-a-participle-is-no-speaker",
        "Voss sent a series of posts early Friday saying that Kerr had shown bad judgment.",
        [("indirect", "Kerr had shown bad judgment", "a series of posts", "saying")],
    ),
    (
        "a-statement-issued-by-a-source-gives-the-issuer-as-speaker",
        "Senate leader Mara Kell issued a statement saying that the vote should wait.",
        [("indirect", "the vote should wait", "Senate leader Mara Kell", "saying")],
    ),
    (
        "a-pronoun-and-a-cue-after-a-cue-are-no-content",
        "Those talks are continuing, he said.",
        [("indirect", "Those talks are continuing", "he", "said")],
    ),
    (
        "dashes-glossing-an-appositive-leave-the-name-the-speaker",
        "Jon Dacey, the chief executive of Ora Media -- the firm that makes the show -- told"
        " me that the network was fair.",
        [("indirect", "the network was fair", "Jon Dacey", "told")],
    ),
    (
        "according-to-after-a-subordinator",
        "The ferry sailed late after, according to two deckhands, the crew refused to load cargo.",
        [("indirect", "the crew refused to load cargo", "two deckhands", "according to")],
    ),
    (
        "vna-sign-off-not-content",
        "HANOI, Nov. 29 (VNA) -- Minister Dao Van Khoa said that the port would expand. – VNA",
        [("indirect", "the port would expand", "Minister Dao Van Khoa", "said")],
    ),
    (
        "glued-enditem-not-content",
        "BEIJING, Nov. 29 (Xinhua) -- Liang said buyers came from 40 regions.Enditem",
        [("indirect", "buyers came from 40 regions", "Liang", "said")],
    ),
    (
        "and-his-campaign-called-is-a-second-report",
        "Dora Pellin wrote on X that the count was rigged, and her campaign called it a sham.",
        [
            ("indirect", "the count was rigged", "Dora Pellin", "wrote"),
            ("indirect", "it a sham", "her campaign", "called"),
        ],
    ),
    (
        "ap-underscore-dash-before-attribution",
        "Tarn Ferries halted sailings Monday _ the first time in years _ a spokesman said.",
        [
            (
                "indirect",
                "Tarn Ferries halted sailings Monday _ the first time in years",
                "a spokesman",
                "said",
            )
        ],
    ),
    (
        "when-gloss-after-a-date-is-the-writers",
        "Most voters said they could still switch before March 14, when ballots go out.",
        [("indirect", "they could still switch before March 14", "Most voters", "said")],
    ),
    (
        "venue-with-where-clause-before-that",
        "Orlick said on KTVX, where she is a regular guest, that the levy should go.",
        [("indirect", "the levy should go", "Orlick", "said")],
    ),
    (
        "name-in-ed-after-venue-that",
        "Orlick said on KTVX that Winifred should resign.",
        [("indirect", "Winifred should resign", "Orlick", "said")],
    ),
    (
        "heading-over-a-bullet-is-no-content",
        "HIGHLIGHTS\n- The ferry will stop for a month, the operator said.",
        [("indirect", "The ferry will stop for a month", "the operator", "said")],
    ),
    (
        "surname-list-opening-the-sentence",
        "Brake, Ostrow and Kimura said the tender was flawed.",
        [("indirect", "the tender was flawed", "Brake, Ostrow and Kimura", "said")],
    ),
    (
        "body-and-named-body-one-speaker",
        "The Orlick campaign and the DSCC said the ads would run through May.",
        [("indirect", "the ads would run through May", "The Orlick campaign and the DSCC", "said")],
    ),
    (
        "title-list-appositive-before-colon-cue",
        "Odile Brannt, President, CEO and Director of Pellmark Mining, stated: "
        '"The drill results are strong."',
        [("direct", "The drill results are strong.", "Odile Brannt", "stated")],
    ),
    (
        "pleased-to-announce-lede",
        "Tarnwell Minerals is pleased to announce that it has closed its purchase of Ostra.",
        [("indirect", "it has closed its purchase of Ostra", "Tarnwell Minerals", "announce")],
    ),
    (
        "at-one-point-no-comma-before-participle-cue",
        "At one point Brisco mocked the plan, saying it would not survive a week.",
        [("indirect", "it would not survive a week", "Brisco", "saying")],
    ),
    (
        "body-headed-by-leader-keeps-the-body",
        "A bench headed by Justice Oram Pellew said the transfer order was illegal.",
        [
            (
                "indirect",
                "the transfer order was illegal",
                "A bench headed by Justice Oram Pellew",
                "said",
            )
        ],
    ),
    (
        "two-named-bodies-inverted-after-comma",
        "Exports fell in May, the Corvane Monetary Board and the Ministry of Ports said.",
        [
            (
                "indirect",
                "Exports fell in May",
                "the Corvane Monetary Board and the Ministry of Ports",
                "said",
            )
        ],
    ),
    (
        "nicknamed-aside-before-cue-name-speaks",
        'Brenner, nicknamed "The Anvil," told reporters he would fight again.',
        [("indirect", "he would fight again", "Brenner", "told")],
    ),
    (
        "two-companies-with-tickers-one-subject",
        "Palder Corp. (NYSE: PLD) and Ostrow Foods Inc. (NASDAQ: OSTF) announced "
        "that they have agreed to merge.",
        [
            (
                "indirect",
                "they have agreed to merge",
                "Palder Corp. (NYSE: PLD) and Ostrow Foods Inc. (NASDAQ: OSTF)",
                "announced",
            )
        ],
    ),
    (
        "rock-n-roll-inside-single-marks-stays-in-the-quote",
        "‘It was rock ’n’ roll, start to finish,’ said Dale Omberg.",
        [("direct", "It was rock ’n’ roll, start to finish,", "Dale Omberg", "said")],
    ),
    (
        "a-single-quote-opening-on-an-elided-word",
        "‘’Twas a long night,’ said baker Nell Varty.",
        [("direct", "’Twas a long night,", "baker Nell Varty", "said")],
    ),
    (
        "possessive-s-closes-a-single-quoted-name",
        "The ‘Brass Baron’s’ mill is shut. ‘He ran it well,’ said weaver Tam Rusk.",
        [("direct", "He ran it well,", "weaver Tam Rusk", "said")],
    ),
    (
        "plural-possessive-before-the-closing-single-mark",
        "‘I learnt it at my uncles’,’ Omberg said.",
        [("direct", "I learnt it at my uncles’,", "Omberg", "said")],
    ),
    (
        "low-high-quote-after-a-full-stop-starts-a-sentence",
        "„We hold firm,“ Jens Altmark said. „There is no reason to wait.“",
        [
            ("direct", "We hold firm,", "Jens Altmark", "said"),
            ("direct", "There is no reason to wait.", "Jens Altmark", "said"),
        ],
    ),
    (
        "guillemet-quote-after-a-full-stop-starts-a-sentence",
        "The vote was close. «There is no other way,» Odile Marchet added.",
        [("direct", "There is no other way,", "Odile Marchet", "added")],
    ),
    (
        "put-it-with-a-manner-adverb-and-a-colon-reports",
        'Her brother, Ivo, put it bluntly: "We were robbed."',
        [("direct", "We were robbed.", "Ivo", "put it")],
    ),
    (
        "put-it-differently-in-parentheses-after-a-quote",
        '"We lost the barn," Sela Munk said. (Her son put it differently: "We kept the farm.")',
        [
            ("direct", "We lost the barn,", "Sela Munk", "said"),
            ("direct", "We kept the farm.", "Her son", "put it"),
        ],
    ),
    (
        "split-quote-past-an-aside-between-dashes",
        '"The ferry," Ilse Varga said — and here she stopped — "will not sail."',
        [
            ("direct", "The ferry,", "Ilse Varga", "said"),
            ("direct", "will not sail.", "Ilse Varga", "said"),
        ],
    ),
    (
        "a-term-after-known-as-is-no-partial",
        'Minister Aldo Fenn said the state would lift the levy, known locally as the "tarra."',
        [
            (
                "indirect",
                'the state would lift the levy, known locally as the "tarra."',
                "Minister Aldo Fenn",
                "said",
            )
        ],
    ),
    (
        "a-term-after-referred-to-as-is-no-partial",
        'Harbour chief Oda Lenk said the crews sold what is referred to as "grey fish."',
        [
            (
                "indirect",
                'the crews sold what is referred to as "grey fish."',
                "Harbour chief Oda Lenk",
                "said",
            )
        ],
    ),
    (
        "triple-nested-quotation-is-one-quote",
        '"He told me, \'She kept saying "not yet," and then she left,\'" Osk Bran said.',
        [
            (
                "direct",
                "He told me, 'She kept saying \"not yet,\" and then she left,'",
                "Osk Bran",
                "said",
            )
        ],
    ),
    (
        "a-two-digit-year-after-an-apostrophe-opens-no-quote",
        "Rep. Ilka Vorn said in ‘08 that the fund was ‘safe’.",
        [("partial", "safe", "Rep. Ilka Vorn", "said")],
    ),
    (
        "asked-on-a-programme-quotes-no-title",
        "Asked on “Harbour Hour” whether he would run, Teo Lamb said he was “still deciding.”",
        [("partial", "still deciding.", "Teo Lamb", "said")],
    ),
    (
        "that-is-how-x-describes-names-the-quote-before",
        '"The water took the barn first." That is how Oren Telk describes the night.',
        [("direct", "The water took the barn first.", "Oren Telk", "describes")],
    ),
    (
        "a-cue-after-a-modal-inside-a-report-is-no-report",
        'Vorland would react "firmly", ministry spokeswoman Edda Kraal told reporters.',
        [("partial", "firmly", "ministry spokeswoman Edda Kraal", "told")],
    ),
    (
        "is-calling-on-x-to-is-a-request",
        "Corliss Partners is calling on Tandem Foods to sell its dairy unit.",
        [("indirect", "Tandem Foods to sell its dairy unit", "Corliss Partners", "calling")],
    ),
    (
        "the-foundation-makes-a-request",
        "The foundation called on landlords to cap rents.",
        [("indirect", "landlords to cap rents", "The foundation", "called")],
    ),
    (
        "a-participle-aside-leaves-according-to-standing",
        "The merger, announced Monday, values Pelham Yards at $3 billion, according to data"
        " compiled by Marlowe Analytics.",
        [
            (
                "indirect",
                "The merger, announced Monday, values Pelham Yards at $3 billion",
                "data compiled by Marlowe Analytics",
                "according to",
            )
        ],
    ),
    (
        "an-owned-document-with-a-modifier-before-a-participle-aside",
        "Tandem Group's annual report, released Monday, said the firm faces new risks.",
        [("indirect", "the firm faces new risks", "Tandem Group's annual report", "said")],
    ),
    (
        "an-owned-document-with-a-modifier-shows",
        "Pelham Group's proxy statement shows that bonuses rose 9%.",
        [("indirect", "bonuses rose 9%", "Pelham Group's proxy statement", "shows")],
    ),
    (
        "a-document-with-two-participles-joined-by-and",
        "A letter sent to suppliers and seen by the Marlowe Courier said Tandem Group would"
        " delay payments.",
        [
            (
                "indirect",
                "Tandem Group would delay payments",
                "A letter sent to suppliers and seen by the Marlowe Courier",
                "said",
            )
        ],
    ),
    (
        "a-release-quote-label-is-no-speaker",
        'Quote from Lina Ostrova, CEO of Tandem Group:\n"We grew in every region."',
        [("direct", "We grew in every region.", "Lina Ostrova", ":")],
    ),
    (
        "a-joint-subject-with-tickers-is-one-speaker",
        "Tandem Group Inc. (NYSE: TDG) and Pelham Yards, Inc. (NASDAQ: PLYD) said they will merge.",
        [
            (
                "indirect",
                "they will merge",
                "Tandem Group Inc. (NYSE: TDG) and Pelham Yards, Inc. (NASDAQ: PLYD)",
                "said",
            )
        ],
    ),
    (
        "a-quotation-the-speaker-will-say-according-to-excerpts-is-the-speaker-s",
        '"This vote is about freedom," Rourke will say, according to excerpts released by'
        " her campaign.",
        [("direct", "This vote is about freedom,", "Rourke", "say")],
    ),
    (
        "a-pronoun-and-a-cue-right-after-the-cue-are-content",
        "Mira Holt said the vote went well. Her Danish counterpart Anders Lyng said he agreed.",
        [
            ("indirect", "the vote went well", "Mira Holt", "said"),
            ("indirect", "he agreed", "Her Danish counterpart Anders Lyng", "said"),
        ],
    ),
    (
        "plural-possessive-and-closing-single-mark-written-as-a-pair",
        "Omberg said the levy was ‘a theft from the growers’’.",
        [("partial", "a theft from the growers’", "Omberg", "said")],
    ),
    (
        "plural-possessive-and-closing-straight-single-mark-as-a-pair",
        "Omberg said the levy was 'a theft from the growers''.",
        [("partial", "a theft from the growers'", "Omberg", "said")],
    ),
    (
        "scene-phrase-before-a-bare-subject-and-cue",
        "At one point, hecklers in the gallery interrupted, chanting \u201cNo more delays\u201d"
        " before guards led them out.",
        [("partial", "No more delays", "hecklers in the gallery", "chanting")],
    ),
    (
        "venue-readout-of-the-call-after-a-trailing-cue",
        "The premier spoke with the Arvelan chancellor on Friday, the cabinet office said in a"
        " readout of the call.",
        [
            (
                "indirect",
                "The premier spoke with the Arvelan chancellor on Friday",
                "the cabinet office",
                "said",
            )
        ],
    ),
    (
        "programme-title-listener-after-a-trailing-told",
        "The levy is finished, Gov. Ilse Marrow told \u201cCapitol Weekend.\u201d",
        [("indirect", "The levy is finished", "Gov. Ilse Marrow", "told")],
    ),
    (
        "programme-title-before-its-host-and-a-forward-clause",
        "\u201cCapitol Weekend\u201d host Dara Venn asked whether the governor would veto it.",
        [("indirect", "whether the governor would veto it", "host Dara Venn", "asked")],
    ),
    (
        "in-the-past-before-the-verb-is-no-speaker",
        "Voss's close friends have in the past said he was staying quiet.",
        [("indirect", "he was staying quiet", "Voss's close friends", "said")],
    ),
    (
        "less-than-two-weeks-ago-before-the-verb-is-no-speaker",
        "The ministry less than two weeks ago said the files were secret.",
        [("indirect", "the files were secret", "The ministry", "said")],
    ),
    (
        "a-belief-without-that-before-a-present-verb-and-its-object",
        "Analysts believe the mood favors challengers. Aides think the nominee trails by 9.",
        [
            ("indirect", "the mood favors challengers", "Analysts", "believe"),
            ("indirect", "the nominee trails by 9", "Aides", "think"),
        ],
    ),
    (
        "an-object-pronoun-and-an-adverb-are-no-reported-clause",
        "The economy is fine, he insisted. Voters just don't feel it yet.",
        [("indirect", "The economy is fine", "he", "insisted")],
    ),
    (
        "nigerian-professional-abbreviations-end-no-sentence",
        "The engineer, Engr. Obi Kalu, said the bridge was safe. "
        "The counsel, Barr. Ada Eze, said the bail was granted.",
        [
            ("indirect", "the bridge was safe", "Engr. Obi Kalu", "said"),
            ("indirect", "the bail was granted", "Barr. Ada Eze", "said"),
        ],
    ),
    (
        "a-hyphenated-role-before-the-name-is-no-content",
        "“We have counted 40 cases,” the Director-General, Dr Ola Bamidele, said.",
        [("direct", "We have counted 40 cases,", "Dr Ola Bamidele", "said")],
    ),
    (
        "a-race-called-for-its-winner-is-no-report",
        "Ortega Radio called the race at 1:15 a.m. Wednesday. "
        "Greer called the race a disgrace to the state.",
        [("indirect", "the race a disgrace to the state", "Greer", "called")],
    ),
    (
        "a-quotation-after-said-comma-goes-on-over-a-line-that-opens-with-a-mark",
        'Nadia Korsh said, "The plan reflects our aims.\n"It doubles the solar fleet by 2031."',
        [
            (
                "direct",
                'The plan reflects our aims.\n"It doubles the solar fleet by 2031.',
                "Nadia Korsh",
                "said",
            )
        ],
    ),
    (
        "a-saying-that-goes-is-a-proverb-no-cue",
        "Budgets, as the old saying goes, are moral documents.",
        [],
    ),
    (
        "concluding-as-polls-closed-is-no-report",
        "The poll of 2,410 voters in Tessaly ran for six days, concluding as polls closed.",
        [],
    ),
    (
        "an-object-with-no-clause-is-no-report",
        "Velko has said no such thing. He said it again on Tuesday. "
        "Pardo said much the same in 2016.",
        [],
    ),
    (
        "a-quoted-noun-phrase-after-a-preposition-is-partial",
        "Dunmore warned against “a fragment of a plan.”",
        [("partial", "a fragment of a plan.", "Dunmore", "warned")],
    ),
    (
        "as-x-once-put-it-after-a-quotation",
        "“Nobody went broke betting on gridlock,” as Senator Ada Quelle once put it.",
        [
            (
                "direct",
                "Nobody went broke betting on gridlock,",
                "Senator Ada Quelle",
                "put it",
            )
        ],
    ),
    (
        "as-x-put-it-colon-quotation",
        "As Tamsin Orrel put it: “We are out of road.”",
        [("direct", "We are out of road.", "Tamsin Orrel", "put it")],
    ),
    (
        "told-and-an-audience-alone-is-no-indirect-quote",
        "“We won!” Brannock told jubilant supporters.",
        [("direct", "We won!", "Brannock", "told")],
    ),
    (
        "an-imperative-lead-in-is-no-speaker-the-one-named-after-it-speaks",
        "Consider the words of Oren Vale, head of Tallow Mills: “We cut wages because we could.”",
        [("direct", "We cut wages because we could.", "Oren Vale", ":")],
    ),
    (
        "a-place-after-the-day-is-no-speaker",
        "Mr Obi Danjuma on Friday in Kaduna said the depot would reopen in May.",
        [("indirect", "the depot would reopen in May", "Mr Obi Danjuma", "said")],
    ),
    (
        "a-hyphenated-title-appositive-without-the-is-no-speaker",
        "Tolu Ebere, Registrar-General of Companies, said 400 firms were struck off.",
        [("indirect", "400 firms were struck off", "Tolu Ebere", "said")],
    ),
    (
        "a-politifact-claim-line-names-what-the-claim-is-about-not-the-speaker",
        "Says Mayor Edda Krall “doubled the parking fines.”",
        [],
    ),
    (
        "a-name-with-a-lower-case-al-after-a-role-speaks",
        "The port's spokesman, Hadi al-Rumaithi, said the berths were full.",
        [("indirect", "the berths were full", "Hadi al-Rumaithi", "said")],
    ),
    (
        "ruler-of-a-place-is-a-role-appositive",
        "Sheikh Tamer bin Khalid Al Noor, Ruler of Wadi Saffa, said the port would grow.",
        [("indirect", "the port would grow", "Sheikh Tamer bin Khalid Al Noor", "said")],
    ),
    (
        "a-bracketed-party-and-state-tag-ends-an-appositive-name",
        "The Deputy Whip, Hon. Ebi Tonye (PDP-Bayelsa), said the motion failed.",
        [("indirect", "the motion failed", "Hon. Ebi Tonye (PDP-Bayelsa)", "said")],
    ),
    (
        "the-one-represented-speaks-not-the-stand-in",
        "Gov. Tunde Ajala, represented by his deputy, Mrs Kemi Odu, said the bridge would open.",
        [("indirect", "the bridge would open", "Gov. Tunde Ajala", "said")],
    ),
    (
        "a-bare-title-then-its-body-is-one-role-appositive",
        "Mrs Ifeoma Dike, Chairman, Enugu Traders Union, said stalls would reopen.",
        [("indirect", "stalls would reopen", "Mrs Ifeoma Dike", "said")],
    ),
    (
        "an-elect-title-after-a-hyphen-stays-whole",
        "Ohio Gov.-elect Dana Whitcomb said she would keep the cabinet.",
        [("indirect", "she would keep the cabinet", "Ohio Gov.-elect Dana Whitcomb", "said")],
    ),
    (
        "a-share-with-a-percent-sign-heads-the-speaker",
        "Some 44% of renters said the levy was unfair.",
        [("indirect", "the levy was unfair", "Some 44% of renters", "said")],
    ),
    (
        "a-title-of-place-then-a-name-after-a-role-speaks",
        "The state's top election officer, Secretary of State Mona Otero, said the count was done.",
        [("indirect", "the count was done", "Secretary of State Mona Otero", "said")],
    ),
    (
        "a-verb-after-an-aside-is-no-speaker-of-the-second-verb",
        "Voss, speaking in Tarrow, thanked his wife and said the race was over.",
        [
            ("indirect", "his wife", "Voss", "thanked"),  # thanked: fourth session
            ("indirect", "the race was over", "Voss", "said"),
        ],
    ),
    (
        "a-cue-form-in-s-after-a-plural-quantifier-is-a-noun",
        "Several posts on Threadly say that the mayor closed the pier.",
        [("indirect", "the mayor closed the pier", "Several posts on Threadly", "say")],
    ),
    (
        "a-poll-group-with-an-age-range-speaks",
        "Renters under 35 said the levy was unfair. Renters ages 35 to 49 said it was fair.",
        [
            ("indirect", "the levy was unfair", "Renters under 35", "said"),
            ("indirect", "it was fair", "Renters ages 35 to 49", "said"),
        ],
    ),
    (
        "fact-check-tail-number-dash-and-though-named-body",
        "Rusk said 9 million ballots were forged, a figure for which there is no evidence. "
        "Rusk said the wall would cost $8 billion — a number the Budget Office disputes. "
        "Rusk said the debt had halved, though the Treasury estimates it grew. "
        "Rusk said he won by 12 points, though county records show a 3-point win.",
        [
            ("indirect", "9 million ballots were forged", "Rusk", "said"),
            ("indirect", "the wall would cost $8 billion", "Rusk", "said"),
            ("indirect", "the debt had halved", "Rusk", "said"),
            ("indirect", "it grew", "the Treasury", "estimates"),
            ("indirect", "he won by 12 points", "Rusk", "said"),
            ("indirect", "a 3-point win", "county records", "show"),
        ],
    ),
    (
        "duration-phrase-between-the-cue-and-that",
        "Okafor has said for years that the port was sinking. "
        "The Ledger has argued for the past two decades that rents are too high.",
        [
            ("indirect", "the port was sinking", "Okafor", "said"),
            ("indirect", "rents are too high", "The Ledger", "argued"),
        ],
    ),
    (
        "listener-with-its-acronym-or-an-outlet-noun-before-that",
        "Ndu Okoro told the Press Agency of Zamora (PAZ) that fares had doubled. "
        "Ama Kell told Lakeland Broadcasting Service (LBS) that the bridge fell. "
        "Eren Tas told broadcaster KTV that the court was independent.",
        [
            ("indirect", "fares had doubled", "Ndu Okoro", "told"),
            ("indirect", "the bridge fell", "Ama Kell", "told"),
            ("indirect", "the court was independent", "Eren Tas", "told"),
        ],
    ),
    (
        "without-elaborating-or-giving-a-date-is-the-writers",
        "The palace said Queen Ilse would visit Varno, without elaborating. "
        "The ministry said the border would reopen, without giving a date.",
        [
            ("indirect", "Queen Ilse would visit Varno", "The palace", "said"),
            ("indirect", "the border would reopen", "The ministry", "said"),
        ],
    ),
    (
        "writers-participle-or-with-phrase-after-a-closing-attribution",
        "Varga won the runoff, the commission said, ending a decade of army rule. "
        "The count was too close to call, the Ledger said, with thousands of ballots still out.",
        [
            ("indirect", "Varga won the runoff", "the commission", "said"),
            ("indirect", "The count was too close to call", "the Ledger", "said"),
        ],
    ),
    (
        "venue-carried-by-an-outlet-and-on-state-television",
        "The ministry said in a statement carried by state broadcaster KRT that the curfew "
        "was lifted. The convoy was hit twice, the Guards said in a statement carried by the "
        "Varsan news agency. Dobre won the vote, Ilie Marc said on state television.",
        [
            ("indirect", "the curfew was lifted", "The ministry", "said in a statement"),
            ("indirect", "The convoy was hit twice", "the Guards", "said in a statement"),
            ("indirect", "Dobre won the vote", "Ilie Marc", "said"),
        ],
    ),
    (
        "sanews-sign-off-is-no-content",
        "The minister said the clinic would open in May. - SAnews.gov.za",
        [("indirect", "the clinic would open in May", "The minister", "said")],
    ),
    (
        "according-to-a-source-then-the-writers-gloss-on-it",
        "According to the exit poll, conducted by Harlow Research, 35% of voters named prices. "
        "According to the Varn Survey, a study of more than 2,000 renters, rents doubled.",
        [
            ("indirect", "35% of voters named prices", "the exit poll", "According to"),
            ("indirect", "rents doubled", "the Varn Survey", "According to"),
        ],
    ),
    (
        "it-again-and-no-such-thing-are-no-reported-clause",
        "Pell has said the levy paid for itself. On Friday, he said it again. "
        "Oduya has said no such thing.",
        [("indirect", "the levy paid for itself", "Pell", "said")],
    ),
    (
        "according-to-a-role-then-the-name-set-off-with-mr",
        "According to the statement signed by the Head of Media, Mr Tunde Okafor, "
        "the rally was postponed.",
        [
            (
                "indirect",
                "the rally was postponed",
                "the statement signed by the Head of Media",
                "According to",
            )
        ],
    ),
    (
        "cue-in-a-restrictive-relative-on-the-subject-ends-before-its-predicate",
        "Voters who said rents were their top worry broke for Idris. "
        "Of those who said crime was rising, 60% backed Stroud.",
        [
            ("indirect", "rents were their top worry", "who", "said"),
            ("indirect", "crime was rising", "who", "said"),
        ],
    ),
    (
        "even-though-one-that-throwing-meaning-that-are-the-writer-s-tails",
        "Marlow said the toll is meant to fund the ferry, even though few riders pay it. "
        "Ostrander said the board faces a hard choice on dredging, one that will shape "
        "the budget. Vell declared that she will vote against the levy, throwing the "
        "council's plans into doubt. Ostrander has vowed to block the harbor pick, Ana Pell, "
        "meaning that the court will stay short-handed.",
        [
            ("indirect", "the toll is meant to fund the ferry", "Marlow", "said"),
            ("indirect", "the board faces a hard choice on dredging", "Ostrander", "said"),
            ("indirect", "she will vote against the levy", "Vell", "declared"),
            ("indirect", "to block the harbor pick, Ana Pell", "Ostrander", "vowed"),
        ],
    ),
    (
        "an-infinitive-does-not-go-on-with-a-past-verb-and-its-object",
        "Galloway has vowed to keep the ferry running and praised the court's decision on Monday.",
        [
            ("indirect", "to keep the ferry running", "Galloway", "vowed"),
            ("indirect", "the court's decision", "Galloway", "praised"),
        ],
    ),
    (
        "an-infinitive-does-not-go-on-with-a-finite-verb-after-but",
        "Hale vowed to stay in the race, but was forced out in March.",
        [("indirect", "to stay in the race", "Hale", "vowed")],
    ),
    (
        "here-between-the-subject-and-the-verb-is-the-dateline-s-place",
        "Union organizers here said they had been knocking on doors since June.",
        [("indirect", "they had been knocking on doors since June", "Union organizers", "said")],
    ),
    (
        "the-reason-for-anonymity-after-a-closing-attribution-is-no-content",
        "The deal had no backers left, a banker said, on condition of anonymity to speak freely. "
        "The talks failed, an official said on condition of anonymity because he was not "
        "authorized to discuss them.",
        [
            ("indirect", "The deal had no backers left", "a banker", "said"),
            ("indirect", "The talks failed", "an official", "said"),
        ],
    ),
    (
        "a-quotation-after-a-colon-with-its-own-cue-ends-the-report-before-it",
        "But Ortiz said she was too swamped to dig up the files: “I have a lot going on. "
        "Good luck,” she wrote.",
        [
            ("indirect", "she was too swamped to dig up the files", "Ortiz", "said"),
            ("direct", "I have a lot going on. Good luck,", "she", "wrote"),
        ],
    ),
    (
        "a-record-named-with-its-year-speaks",
        "As an earlier Tarrow survey from 2011 noted, the median fare was low. "
        "A report from 2019 found the pier was unsafe.",
        [
            ("indirect", "the median fare was low", "an earlier Tarrow survey from 2011", "noted"),
            ("indirect", "the pier was unsafe", "A report from 2019", "found"),
        ],
    ),
    (
        "a-sentence-opening-but-keeps-the-subject-of-a-coordinated-cue",
        "But the appeals panel overruled and said Tarrow County already offered more "
        "polling sites.",
        [
            (
                "indirect",
                "Tarrow County already offered more polling sites",
                "the appeals panel",
                "said",
            )
        ],
    ),
    (
        "according-to-a-copy-of-a-letter-vouches-for-writing-to-someone",
        "Ruiz wrote to the port's director, threatening to pull funding, according to a copy of "
        "the email.",
        [
            (
                "indirect",
                "Ruiz wrote to the port's director, threatening to pull funding",
                "a copy of the email",
                "according to",
            )
        ],
    ),
    (
        "a-modified-plural-with-a-participle-phrase-agrees-with-a-bare-cue",
        "But dock workers campaigning to stop the sale of the pier say "
        "they are winning converts.",
        [
            (
                "indirect",
                "they are winning converts",
                "dock workers campaigning to stop the sale of the pier",
                "say",
            )
        ],
    ),
    (
        "although-it-may-after-a-report-is-the-writer-s-caveat",
        "The latest quake, the agency said, was the strongest this year, although it may "
        "take days to map the damage.",
        [
            (
                "indirect",
                "The latest quake, the agency said, was the strongest this year",
                "the agency",
                "said",
            )
        ],
    ),
    (
        "a-dash-before-the-writer-s-figure-ends-the-content",
        "Fans expect the Rams to win the final -- 61 percent to 30 percent. Hale noted that "
        "the levy was never paid ― as was true for three years. Hale said only half — 55 "
        "percent — of riders paid.",
        [
            ("indirect", "the Rams to win the final", "Fans", "expect"),
            ("indirect", "the levy was never paid", "Hale", "noted"),
            ("indirect", "only half — 55 percent — of riders paid", "Hale", "said"),
        ],
    ),
    (
        "a-report-in-a-when-clause-ends-at-the-dash-before-the-main-clause",
        "When Hale noted that Voss had skipped the hearings ― as was true for months ― Voss "
        "replied, “I was busy building.”",
        [
            ("indirect", "Voss had skipped the hearings", "Hale", "noted"),
            ("direct", "I was busy building.", "Voss", "replied"),
        ],
    ),
    (
        "two-hyphens-after-a-closing-attribution-set-off-the-writer-s-words",
        "Three years of falling fares will end this summer, the transit board said "
        "on Tuesday -- a change that will anger commuters.",
        [
            (
                "indirect",
                "Three years of falling fares will end this summer",
                "the transit board",
                "said",
            )
        ],
    ),
    (
        "an-irregular-past-ends-the-sentence-subject-of-a-participle-cue",
        "The mayor began by talking about the flooding, saying that the seawall is now "
        "older than the harbor. This year, she rose to the defense of Dana Holt, saying Holt "
        "should keep her post.",
        [
            # "began by talking about X" reports X (pol19a)
            ("indirect", "the flooding", "The mayor", "talking"),
            ("indirect", "the seawall is now older than the harbor", "The mayor", "saying"),
            ("indirect", "Holt should keep her post", "she", "saying"),
        ],
    ),
    (
        "a-bare-addressee-after-wrote-ends-a-closing-attribution",
        "There is no need to move the archive, Ortiz wrote Bellamy.",
        [("indirect", "There is no need to move the archive", "Ortiz", "wrote")],
    ),
    (
        "a-body-in-its-city-speaks-a-person-in-a-city-is-the-name",
        "The Coastal Storm Center in Port Avery said the storm could strengthen. "
        "U.S. District Judge Mara Tolland in Brookhaven said the bank must face the suit. "
        "The claims failed, U.S. District Judge Ines Garrow in Brookhaven said.",
        [
            (
                "indirect",
                "the storm could strengthen",
                "The Coastal Storm Center in Port Avery",
                "said",
            ),
            ("indirect", "the bank must face the suit", "U.S. District Judge Mara Tolland", "said"),
            ("indirect", "The claims failed", "U.S. District Judge Ines Garrow", "said"),
        ],
    ),
    (
        "a-person-of-with-from-a-body-speaks-not-the-body",
        "Lt. Dario Venn of the state police said the trooper was hurt. "
        "Ola Brandt with the sheriff's office said the driver fled. "
        "Judge Ana Quell of the 5th U.S. Circuit Court of Appeals wrote that the law was valid. "
        "Tessa Lind from the University of Marrow said the data were robust.",
        [
            ("indirect", "the trooper was hurt", "Lt. Dario Venn", "said"),
            ("indirect", "the driver fled", "Ola Brandt", "said"),
            ("indirect", "the law was valid", "Judge Ana Quell", "wrote"),
            ("indirect", "the data were robust", "Tessa Lind", "said"),
        ],
    ),
    (
        "a-second-appositive-or-who-clause-leaves-the-name-the-speaker",
        "Dr. Lena Oswin, a pediatrician at Harlow Clinic, who was not involved in the "
        "research, said the numbers were low. Dr. Piet Ravel, chief medical officer at "
        "Brightmoor Health, a telehealth company in Dunmore, said demand had tripled. "
        "But Ines Tarrow, acting director of Fairway Action, which organized the letter, "
        "said the plan was late.",
        [
            ("indirect", "the numbers were low", "Dr. Lena Oswin", "said"),
            ("indirect", "demand had tripled", "Dr. Piet Ravel", "said"),
            ("indirect", "the plan was late", "Ines Tarrow", "said"),
        ],
    ),
    (
        "a-role-before-an-appositive-with-a-titled-name-gives-the-name",
        "His lawyer, former federal prosecutor Nora Vell, said he was innocent. "
        "The defendant's lawyer, Assistant Federal Public Defender Ines Quist, argued that "
        "her client was entrapped. Marsh's attorney, Tobin Rake of the Ashford firm Rake & "
        "Lyle, said the case was weak. Rell's executive chairman, former Treasury official "
        "Vera Holm, said the board backed the deal.",
        [
            ("indirect", "he was innocent", "former federal prosecutor Nora Vell", "said"),
            (
                "indirect",
                "her client was entrapped",
                "Assistant Federal Public Defender Ines Quist",
                "argued",
            ),
            ("indirect", "the case was weak", "Tobin Rake", "said"),
            ("indirect", "the board backed the deal", "former Treasury official Vera Holm", "said"),
        ],
    ),
    (
        "an-example-after-including-is-no-appositive-name",
        "Harbor officials, including Gov. Lita Brand, are hoping they will win the case.",
        [("indirect", "they will win the case", "Harbor officials", "hoping")],
    ),
    (
        "kin-of-someone-then-a-name-the-kin-speak",
        "The family of the victim, Tobin Harlow Jr., has said the deputy fired first. "
        "The parents of the slain teen, Mira Voss, 16, said they want answers. "
        "The mother of the victim, Dana Pell, said she was heartbroken.",
        [
            ("indirect", "the deputy fired first", "The family of the victim", "said"),
            ("indirect", "they want answers", "The parents of the slain teen", "said"),
            ("indirect", "she was heartbroken", "Dana Pell", "said"),
        ],
    ),
    (
        "a-case-name-after-in-is-no-speaker",
        "The justices in Harlow Freight Lines v. Maddox said courts should not defer to "
        "agencies. The court's opinion in Pell v. Ostrander said the search was unlawful.",
        [
            ("indirect", "courts should not defer to agencies", "The justices", "said"),
            ("indirect", "the search was unlawful", "The court's opinion", "said"),
        ],
    ),
    (
        "a-currency-conversion-before-an-inverted-attribution-is-no-party-tag",
        "A deal could value the unit at 1.5 billion euros ($1.6 billion), said the people. "
        "The firm manages 12 billion pounds ($15 billion), said Marta Quell, its chief "
        "executive.",
        [
            (
                "indirect",
                "A deal could value the unit at 1.5 billion euros ($1.6 billion)",
                "the people",
                "said",
            ),
            (
                "indirect",
                "The firm manages 12 billion pounds ($15 billion)",
                "Marta Quell",
                "said",
            ),
        ],
    ),
    (
        "a-role-with-its-complement-then-a-closing-name-gives-the-name",
        "\u201cThis is a dark day,\u201d said Ostland's ambassador to the U.N., Kenji Ibara. "
        "\u201cWe will reply,\u201d said the Vell ambassador to the United Nations, Marisa "
        "Quint. \u201cThe verdict sends a message,\u201d said the family's attorney, Rachel "
        "Okafor, in an interview.",
        [
            ("direct", "This is a dark day,", "Kenji Ibara", "said"),
            ("direct", "We will reply,", "Marisa Quint", "said"),
            ("direct", "The verdict sends a message,", "Rachel Okafor", "said"),
        ],
    ),
    (
        "a-compound-noun-ending-in-a-cue-word-after-an-article-is-a-noun",
        "A diplomat from a member state, who spoke on condition of anonymity, said some "
        "members opposed a tougher line. An envoy from a member state, who asked not to be "
        "named, said the members were split.",
        [
            (
                "indirect",
                "some members opposed a tougher line",
                "A diplomat from a member state",
                "said",
            ),
            ("indirect", "the members were split", "An envoy from a member state", "said"),
        ],
    ),
    (
        "a-body-with-a-restrictive-that-clause-speaks-with-it",
        "The company that operates the mine said it was inspected last month. The airline "
        "that operated the flight said all 60 passengers were safe. The dam was inspected "
        "in May, the agency that manages it said.",
        [
            (
                "indirect",
                "it was inspected last month",
                "The company that operates the mine",
                "said",
            ),
            (
                "indirect",
                "all 60 passengers were safe",
                "The airline that operated the flight",
                "said",
            ),
            ("indirect", "The dam was inspected in May", "the agency that manages it", "said"),
        ],
    ),
    (
        "a-body-named-by-what-it-serves-after-for-speaks-whole",
        "The U.N. agency for Dorvanian refugees said 30 of its staff had been killed. "
        "The federal agency for disaster relief said 30 homes were destroyed. 30 homes "
        "were destroyed, the U.N. agency for migrants said.",
        [
            (
                "indirect",
                "30 of its staff had been killed",
                "The U.N. agency for Dorvanian refugees",
                "said",
            ),
            (
                "indirect",
                "30 homes were destroyed",
                "The federal agency for disaster relief",
                "said",
            ),
            ("indirect", "30 homes were destroyed", "the U.N. agency for migrants", "said"),
        ],
    ),
    (
        "a-long-anonymity-clause-after-according-to-stays-in-the-speaker",
        "The suspect was 29, according to a law enforcement official who was not "
        "authorized to discuss the case publicly and spoke to The Ledger on condition of "
        "anonymity.",
        [
            (
                "indirect",
                "The suspect was 29",
                "a law enforcement official who was not authorized to discuss the case "
                "publicly and spoke to The Ledger on condition of anonymity",
                "according to",
            ),
        ],
    ),
    (
        "a-company-and-its-partner-speak-together",
        "Harlow Pharma and its partner Veltrix said the shot was safe. Corvane and its U.S. "
        "unit Ostell said the drug failed.",
        [
            ("indirect", "the shot was safe", "Harlow Pharma and its partner Veltrix", "said"),
            ("indirect", "the drug failed", "Corvane and its U.S. unit Ostell", "said"),
        ],
    ),
    (
        "a-reuters-sport-slug-is-no-part-of-the-headline-speaker",
        "Tennis-Korvath says she is ready for the final\n\n"
        "PARIS, Nov 29 (Reuters) - Anya Korvath said she was ready.",
        [
            ("indirect", "she is ready for the final", "Korvath", "says"),
            ("indirect", "she was ready", "Anya Korvath", "said"),
        ],
    ),
    (
        "a-day-after-an-according-to-document-and-a-web-address-speaker",
        "Rell Corp. agreed to buy Sefton Labs, according to a statement Monday. Ostell "
        "agreed to buy Vantor, according to a statement on Tuesday. More than 200,000 "
        "customers were without power, according to GridWatch.us. GridWatch.us said the "
        "outages were spreading.",
        [
            ("indirect", "Rell Corp. agreed to buy Sefton Labs", "a statement", "according to"),
            ("indirect", "Ostell agreed to buy Vantor", "a statement", "according to"),
            (
                "indirect",
                "More than 200,000 customers were without power",
                "GridWatch.us",
                "according to",
            ),
            ("indirect", "the outages were spreading", "GridWatch.us", "said"),
        ],
    ),
    (
        "a-person-of-a-lower-case-or-possessive-body-in-any-position",
        "\u201cHe was a hero,\u201d said Lt. Col. Dario Venn of the state police. Ola Brandt "
        "of the FBI's Harlow field office said the driver fled.",
        [
            ("direct", "He was a hero,", "Lt. Col. Dario Venn", "said"),
            ("indirect", "the driver fled", "Ola Brandt", "said"),
        ],
    ),
    (
        "a-record-a-seat-and-a-mission-in-the-speaker",
        "Kenji Moro (24-3) said through a translator that he had no complaints. Rachel "
        "Dunwell, Labour MP for Halesby, said the closures were wrong. The Ostland Mission "
        "to the United Nations said the draft was flawed.",
        [
            ("indirect", "he had no complaints", "Kenji Moro", "said"),
            ("indirect", "the closures were wrong", "Rachel Dunwell", "said"),
            (
                "indirect",
                "the draft was flawed",
                "The Ostland Mission to the United Nations",
                "said",
            ),
        ],
    ),
    (
        "a-weekday-after-p-m-goes-on-the-clause",
        "Deputies were called about 11 p.m. Sunday to a house on Alder Lane, the sheriff said.",
        [
            (
                "indirect",
                "Deputies were called about 11 p.m. Sunday to a house on Alder Lane",
                "the sheriff",
                "said",
            )
        ],
    ),
    (
        "a-date-or-a-bracketed-gmt-after-a-m-goes-on-the-clause",
        "The ferry sank at 6 a.m. Sept. 28 near Dunmore, the coast guard said. "
        "The blaze broke out after 2 a.m. (0000 GMT) on the top floor, a spokeswoman said.",
        [
            (
                "indirect",
                "The ferry sank at 6 a.m. Sept. 28 near Dunmore",
                "the coast guard",
                "said",
            ),
            (
                "indirect",
                "The blaze broke out after 2 a.m. (0000 GMT) on the top floor",
                "a spokeswoman",
                "said",
            ),
        ],
    ),
    (
        "hwy-before-a-number-goes-on-the-clause",
        "The truck overturned on Hwy. 12 near Orland, troopers said.",
        [("indirect", "The truck overturned on Hwy. 12 near Orland", "troopers", "said")],
    ),
    (
        "but-there-were-no-reports-after-a-closing-attribution-is-the-writers",
        "A magnitude 5.9 earthquake shook the coast of Velmora early Friday, the geological"
        " survey said, but there were no immediate reports of damage.",
        [
            (
                "indirect",
                "A magnitude 5.9 earthquake shook the coast of Velmora early Friday",
                "the geological survey",
                "said",
            )
        ],
    ),
    (
        "and-a-second-count-after-a-closing-attribution-is-the-writers",
        "The death toll rose to 42, provincial officials said, and 17 were missing.",
        [("indirect", "The death toll rose to 42", "provincial officials", "said")],
    ),
    (
        "a-cause-participle-after-a-closing-attribution-is-the-writers",
        "Quarterly profit at Dorsal Chemicals rose 18%, the company said on Friday, driven by"
        " strong fertiliser sales. Sales climbed 4%, it said, thanks to higher prices. Nine"
        " bodies were recovered from the river, rescuers said, among them two children.",
        [
            ("indirect", "Quarterly profit at Dorsal Chemicals rose 18%", "the company", "said"),
            ("indirect", "Sales climbed 4%", "it", "said"),
            ("indirect", "Nine bodies were recovered from the river", "rescuers", "said"),
        ],
    ),
    (
        "a-writers-participle-keeps-a-that-clause-of-its-own",
        "The carrier must face the lawsuit, a judge ruled on Tuesday, rejecting the company's"
        " bid to have the case dismissed because the claims were stale.",
        [("indirect", "The carrier must face the lawsuit", "a judge", "ruled")],
    ),
    (
        "a-day-after-is-the-writers-time-distance",
        "Norvania said Sunday it had launched a new rocket, a day after Ostland ended its drills.",
        [("indirect", "it had launched a new rocket", "Norvania", "said")],
    ),
    (
        "ending-a-review-is-the-writers",
        "Tarrow Corp. said Tuesday that its board approved the sale, ending a months-long review.",
        [("indirect", "its board approved the sale", "Tarrow Corp.", "said")],
    ),
    (
        "with-a-name-now-or-writing-is-the-writers",
        "Osei said he felt great, with the Falcons now on a five-game winning streak. The court"
        " ruled 6-3 that the levy was valid, with Justice Mara Quill writing for the majority.",
        [
            ("indirect", "he felt great", "Osei", "said"),
            ("indirect", "the levy was valid", "The court", "ruled"),
        ],
    ),
    (
        "ahead-of-following-postgame-before-that-are-the-time-of-the-saying",
        "Brandt said ahead of Saturday's derby that Kell would start. Ilves said following"
        " the win that the title race was open. Marsh said postgame that Dunn would have a scan.",
        [
            ("indirect", "Kell would start", "Brandt", "said"),
            ("indirect", "the title race was open", "Ilves", "said"),
            ("indirect", "Dunn would have a scan", "Marsh", "said"),
        ],
    ),
    (
        "a-long-venue-before-that-or-with-state-regulators",
        "Vessel said on the sidelines of a meeting of Baltic transport ministers in Port Ellis"
        " that the ferry would run. Corran Power said in a filing with state regulators that"
        " it was reviewing its lines.",
        [
            ("indirect", "the ferry would run", "Vessel", "said"),
            ("indirect", "it was reviewing its lines", "Corran Power", "said"),
        ],
    ),
    (
        "a-messaging-app-after-a-closing-attribution-is-the-venue",
        "Two people were killed, Gov. Ilya Marchenko said on the Telegram messaging app. Three"
        " homes burned, Marchenko wrote on the messaging app Telegram.",
        [
            ("indirect", "Two people were killed", "Gov. Ilya Marchenko", "said"),
            ("indirect", "Three homes burned", "Marchenko", "wrote"),
        ],
    ),
    (
        "two-venues-or-a-bodys-page-after-a-closing-attribution",
        "The toll rose to 35, Sheriff Ada Crane said at a news conference at the emergency"
        " operations center. Two died, the chief said during a briefing at the fire station."
        " A road closed, the chief said in a post on the department's Facebook page.",
        [
            ("indirect", "The toll rose to 35", "Sheriff Ada Crane", "said"),
            ("indirect", "Two died", "the chief", "said"),
            ("indirect", "A road closed", "the chief", "said"),
        ],
    ),
    (
        "a-station-or-the-house-of-commons-listened",
        "Two people died, the mayor told local radio station KVLM. Mr Tessier told the House"
        " of Commons the plan was working.",
        [
            ("indirect", "Two people died", "the mayor", "told"),
            ("indirect", "the plan was working", "Mr Tessier", "told"),
        ],
    ),
    (
        "which-police-said-is-the-rest-after-the-cue",
        "The van, which police said was stolen, hit a fence. The barn, which residents said"
        " had burned before, gave way. The truck that police said caused the crash was"
        " carrying grain.",
        [
            ("indirect", "was stolen", "police", "said"),
            ("indirect", "had burned before", "residents", "said"),
            ("indirect", "caused the crash", "police", "said"),
        ],
    ),
    (
        "a-letter-that-was-seen-by-or-a-note-she-sent-is-the-venue",
        "Orlen should explore a sale, Tamsin Ward wrote in a letter that was seen by the"
        " Ledger. Ward said in a note that she sent to clients that the stock was cheap.",
        [
            ("indirect", "Orlen should explore a sale", "Tamsin Ward", "wrote"),
            ("indirect", "the stock was cheap", "Ward", "said"),
        ],
    ),
    (
        "with-a-name-and-a-participle-after-a-closing-attribution",
        "The draft remains deadlocked, diplomats said, with Norvania and Ostland opposed.",
        [("indirect", "The draft remains deadlocked", "diplomats", "said")],
    ),
    (
        "according-to-then-and-a-clause-is-no-interrupted-subject",
        "The pill costs about $900 a month, according to the drugmaker, and insurers may balk.",
        [("indirect", "The pill costs about $900 a month", "the drugmaker", "according to")],
    ),
    (
        "according-to-a-draft-seen-by-is-the-sources-gloss",
        "According to the draft, seen by the Ledger, members will pledge 2% of output."
        " According to the communique, a copy of which was seen by the Ledger, members will"
        " meet again.",
        [
            ("indirect", "members will pledge 2% of output", "the draft", "According to"),
            ("indirect", "members will meet again", "the communique", "According to"),
        ],
    ),
    (
        "a-live-pages-entry-stamp-is-no-content",
        "The floods killed 40 people, officials said.\n\n12:05 GMT - The toll has risen to 52,"
        " according to regional authorities.\n\n10:45 a.m.: The river burst its banks,"
        " the mayor said.",
        [
            ("indirect", "The floods killed 40 people", "officials", "said"),
            ("indirect", "The toll has risen to 52", "regional authorities", "according to"),
            ("indirect", "The river burst its banks", "the mayor", "said"),
        ],
    ),
    (
        "two-plural-listeners-joined-by-and",
        "Two people died, the mayor told reporters and residents gathered at a chapel. The"
        " mayor told reporters and residents the shelter would open.",
        [
            ("indirect", "Two people died", "the mayor", "told"),
            ("indirect", "the shelter would open", "The mayor", "told"),
        ],
    ),
    (
        "a-courts-split-with-dissenting-or-an-adjective-before-the-justice",
        "The court ruled 6-3 that the levy was valid, with the three liberal justices"
        " dissenting. The court ruled 5-4 that the map was fair, with conservative Justice"
        " Ada Quill writing for the majority.",
        [
            ("indirect", "the levy was valid", "The court", "ruled"),
            ("indirect", "the map was fair", "The court", "ruled"),
        ],
    ),
    (
        "denied-allegations-that-reports-the-clause",
        "Halvard has denied allegations that he took the money.",
        [("indirect", "he took the money", "Halvard", "denied")],
    ),
    (
        "as-fighting-raged-is-the-writers-backdrop",
        "The ministry said it had not received a proposal, as fighting raged in the north.",
        [("indirect", "it had not received a proposal", "The ministry", "said")],
    ),
    (
        "quotation-in-the-topic-of-warned-of-and-spoke-of-is-partial",
        "The ferry union warned of a “long winter” on the crossing. "
        "Ortiz spoke of “a new chapter” for the pier.",
        [
            ("partial", "long winter", "The ferry union", "warned"),
            ("partial", "a new chapter", "Ortiz", "spoke"),
        ],
    ),
    (
        "speech-verb-before-a-same-line-colon-is-the-cue",
        "Ortiz tweeted after the vote: “Best crew on the coast.” "
        "Pell said outside the hall: “We will appeal.” "
        "She went on: “The pier is ours.”",
        [
            ("direct", "Best crew on the coast.", "Ortiz", "tweeted"),
            ("direct", "We will appeal.", "Pell", "said"),
            ("direct", "The pier is ours.", "She", "went on"),
        ],
    ),
    (
        "that-less-clause-after-a-that-only-cue-with-a-present-verb-or-there",
        "A new survey suggests sailing lowers stress in commuters. "
        "Prosecutors allege the skipper hit the pier. "
        "Ortiz admitted there was more to do.",
        [
            ("indirect", "sailing lowers stress in commuters", "A new survey", "suggests"),
            ("indirect", "the skipper hit the pier", "Prosecutors", "allege"),
            ("indirect", "there was more to do", "Ortiz", "admitted"),
        ],
    ),
    (
        "a-court-held-that-and-an-inquest-heard-that",
        "The appeals court held that the levy was lawful. "
        "The inquest heard that the skipper had slept for two hours.",
        [
            ("indirect", "the levy was lawful", "The appeals court", "held"),
            ("indirect", "the skipper had slept for two hours", None, "heard"),
        ],
    ),
    (
        "the-month-may-and-a-quoted-title-in-a-document-s-appositive",
        "The audit, published in May, found that the ferry lost money. "
        "The review, titled “Low Tide,” found that the pier was unsafe.",
        [
            ("indirect", "the ferry lost money", "The audit", "found"),
            ("indirect", "the pier was unsafe", "The review", "found"),
        ],
    ),
    (
        "rejected-as-a-quotation-and-a-hyphenated-role-urged",
        "The ministry rejected the claims as “baseless.” "
        "The secretary-general urged both crews to return to port.",
        [
            ("partial", "baseless.", "The ministry", "rejected"),
            ("indirect", "both crews to return to port", "The secretary-general", "urged"),
        ],
    ),
    (
        "colon-after-a-programme-with-of-the-is-a-whole-utterance",
        "Ortiz told Voice of the Coast: “We were brilliant. We deserved it.”",
        [("direct", "We were brilliant. We deserved it.", "Ortiz", "told")],
    ),
    (
        "quoted-as-saying-after-the-words-or-with-an-appositive",
        "“The pier is safe,” the Coast Herald quoted Ana Pell as saying. "
        "The Gazette quoted Tom Kell, a harbour pilot, as saying the fog had lifted.",
        [
            ("direct", "The pier is safe,", "Ana Pell", "saying"),
            ("indirect", "the fog had lifted", "Tom Kell", "saying"),
        ],
    ),
    (
        "told-a-listener-who-after-a-quotation-keeps-the-quotation",
        "“You have let the town down,” Judge Ana Pell told Kell, who wept.",
        [("direct", "You have let the town down,", "Judge Ana Pell", "told")],
    ),
    (
        "participle-cue-opening-the-sentence-reports-for-the-main-subject",
        "Noting that the pier turns 100 this year, Ortiz said the town would celebrate.",
        [
            ("indirect", "the pier turns 100 this year", "Ortiz", "Noting"),
            ("indirect", "the town would celebrate", "Ortiz", "said"),
        ],
    ),
    (
        "a-manner-phrase-between-the-cue-and-its-colon",
        "“I am fine,” Kell told reporters, before adding with a grin: “Mostly.”",
        [
            ("direct", "I am fine,", "Kell", "told"),
            ("direct", "Mostly.", "Kell", "adding"),
        ],
    ),
    (
        "a-verb-then-a-participle-cue-the-participle-reports",
        "Ferry crews have complained, saying the timetable is unclear.",
        [("indirect", "the timetable is unclear", "Ferry crews", "saying")],
    ),
    (
        "a-speech-act-after-while-is-the-second-speaker-s",
        "Ana Pell said the fare was “steep,” while Tom Kell called it “a bargain.”",
        [
            ("partial", "steep,", "Ana Pell", "said"),
            ("partial", "a bargain.", "Tom Kell", "called"),
        ],
    ),
    (
        "held-that-after-a-belief-is-no-holding",
        "For years the conventional wisdom in Kelmont held that the pact was permanent. "
        "Tradition holds that the mayor speaks first.",
        [],
    ),
    (
        "a-participle-s-agent-with-a-role-is-no-speaker",
        "The memo, written by pollster Ines Darrow, said Kell led among independents.",
        [("indirect", "Kell led among independents", "The memo", "said")],
    ),
    (
        "a-letter-to-the-board-that-was-seen-by-is-the-venue",
        "Kelso should explore a sale, Ines Darrow wrote in a letter to the board that was "
        "seen by Bloomberg News.",
        [("indirect", "Kelso should explore a sale", "Ines Darrow", "wrote")],
    ),
    (
        "a-venue-never-runs-across-that-into-the-content",
        "Reps. Ana Pell and Tom Kell wrote in a letter to the governor that the program "
        "should be extended.",
        [
            (
                "indirect",
                "the program should be extended",
                "Reps. Ana Pell and Tom Kell",
                "wrote",
            )
        ],
    ),
    (
        "an-inverted-role-and-name-after-an-aside-are-the-speaker",
        "The agency found no ties, aside from the two men knowing each other, said the "
        "bureau's director, Lena Marsh, on Monday.",
        [
            (
                "indirect",
                "The agency found no ties, aside from the two men knowing each other",
                "Lena Marsh",
                "said",
            )
        ],
    ),
    (
        "two-roles-joined-by-and-before-a-name-are-one-speaker",
        "The firm lobbied for the guild on fares, said lobbyist and strategist Omar Tell.",
        [
            (
                "indirect",
                "The firm lobbied for the guild on fares",
                "lobbyist and strategist Omar Tell",
                "said",
            )
        ],
    ),
    (
        "a-participle-aside-after-an-appositive-keeps-the-name",
        "Ada Rusk, a Marrow supporter from Kelso, Ore., attending the county convention, "
        "said she could not back Hale.",
        [("indirect", "she could not back Hale", "Ada Rusk", "said")],
    ),
    (
        "a-long-description-in-parentheses-after-a-name-is-skipped",
        "Sen. Omar Tell (a Kelso Democrat so boyish he has been mistaken for an intern) "
        "says he was unfocused.",
        [("indirect", "he was unfocused", "Sen. Omar Tell", "says")],
    ),
    (
        "a-relative-clause-naming-an-appointer-is-not-a-role-before-the-speaker",
        "Judge Lina Moss, who was appointed by President Carl Hume, wrote that the rule was void.",
        [("indirect", "the rule was void", "Judge Lina Moss", "wrote")],
    ),
    (
        "a-passive-agent-in-an-appositive-is-not-the-speaker",
        "The court's 5-4 decision, written by Justice Omar Vey, held that the levy was void.",
        [("indirect", "the levy was void", "The court's 5-4 decision", "held")],
    ),
    (
        "the-comma-of-a-full-date-in-a-picture-caption-closes-no-reported-clause",
        "Rugby Union - Six Nations - Corvale v Tressan - Corvale Park - March 3, 2026 "
        "Corvale coach Ada Fenn reacts",
        [],
    ),
    (
        "a-quoted-plea-inside-a-report-leaves-the-report-indirect",
        "Vesk pleaded “no contest” to the charges, the magistrate said.",
        [("indirect", "Vesk pleaded “no contest” to the charges", "the magistrate", "said")],
    ),
    (
        "a-four-word-place-after-a-venue-ends-a-closing-attribution",
        "The toll rose to 12, Sheriff Ada Brill said at a briefing at the county"
        " emergency operations center.",
        [("indirect", "The toll rose to 12", "Sheriff Ada Brill", "said")],
    ),
    (
        "a-venue-s-place-never-runs-through-that",
        "Reps. Ida Marsh and Tom Quill wrote in a letter to the governor that the ferry"
        " should run.",
        [("indirect", "the ferry should run", "Reps. Ida Marsh and Tom Quill", "wrote")],
    ),
    (
        "a-capitalised-word-after-a-that-only-cue-is-no-verb",
        "The Korvian Presidential Press Service shows President Taras Brandt in Velmar.",
        [],
    ),
    (
        "a-caption-showing-a-named-leader-is-no-report",
        "A photo released by the Velmar Press Office shows Premier Nicolas Varo at the summit.",
        [],
    ),
    (
        "a-second-act-after-told-the-listener-is-the-named-subject-s",
        "The U.N. envoy for Velmar, Ivo Brandt, told the council that the talks were "
        "“stalled” and warned of a “grave escalation.”",
        [
            ("partial", "stalled", "Ivo Brandt", "told"),
            ("partial", "grave escalation.", "Ivo Brandt", "warned"),
        ],
    ),
    (
        "a-role-then-name-subject-told-then-called",
        "The envoy, Ivo Brandt, told the council that the talks were stalled and called "
        "the siege “a disgrace.”",
        [
            ("indirect", "the talks were stalled", "Ivo Brandt", "told"),
            ("partial", "a disgrace.", "Ivo Brandt", "called"),
        ],
    ),
    (
        "creating-or-drawing-after-a-report-is-the-writer-s-consequence",
        "Hale said the pier would close, creating a rift with the council.",
        [("indirect", "the pier would close", "Hale", "said")],
    ),
    (
        "and-the-cue-s-own-auxiliary-with-a-participle-is-the-speaker-s-next-act",
        "Hale has said she wants a new ferry and has expressed support for higher fares. "
        "Ruiz has asked board members to censure Voss and has repeatedly called him reckless.",
        [
            ("indirect", "she wants a new ferry", "Hale", "said"),
            ("indirect", "board members to censure Voss", "Ruiz", "asked"),
        ],
    ),
    (
        "a-report-in-an-after-clause-ends-where-a-named-subject-takes-over",
        "Weeks after Hale declared that the strike would end before spring, Mayor Ruiz "
        "closed the port.",
        [("indirect", "the strike would end before spring", "Hale", "declared")],
    ),
    (
        "and-another-subject-also-acting-in-the-past-is-the-writer-s",
        "The city agreed to lend the theater $2 million, and a local foundation also chipped in.",
        [("indirect", "to lend the theater $2 million", "The city", "agreed")],
    ),
    (
        "but-a-plural-that-is-not-after-a-report-is-the-writer-s-correction",
        "Online surveys showed the coach won the press duel, but online surveys are not a "
        "measure of anything.",
        [("indirect", "the coach won the press duel", "Online surveys", "showed")],
    ),
    (
        "when-there-are-after-a-report-is-the-writer-s-rebuttal",
        "Voss keeps saying she opposed the toll, when there are minutes of her voting for it.",
        [("indirect", "she opposed the toll", "Voss", "saying")],
    ),
    (
        "a-dash-aside-opening-the-reported-clause-is-part-of-it",
        "Marlow said that — despite the vote — the plan would go ahead. Ruiz said — "
        "despite the storm — the pier would reopen.",
        [
            ("indirect", "despite the vote — the plan would go ahead", "Marlow", "said"),
            ("indirect", "despite the storm — the pier would reopen", "Ruiz", "said"),
        ],
    ),
    (
        "a-pronoun-contracted-with-its-auxiliary-speaks-without-it",
        "He's claiming that the ferry schedule is a disaster. They're saying the tender "
        "was rigged.",
        [
            ("indirect", "the ferry schedule is a disaster", "He", "claiming"),
            ("indirect", "the tender was rigged", "They", "saying"),
        ],
    ),
    (
        "a-passive-report-after-a-closed-quotation-is-a-new-sentence",
        "“We are ready,” Dunn said. “The tide will rise.”\n"
        "No injuries have been reported, the coast guard said.",
        [
            ("direct", "We are ready,", "Dunn", "said"),
            ("direct", "The tide will rise.", "Dunn", "said"),
            ("indirect", "No injuries have been reported", "the coast guard", "said"),
        ],
    ),
    (
        "a-cue-with-a-time-then-that-after-a-closed-quotation-is-a-new-sentence",
        "“It is tight,” Dunn said. “Very tight.”\nMarsh said in a note on Tuesday that she "
        "disagreed.",
        [
            ("direct", "It is tight,", "Dunn", "said"),
            ("direct", "Very tight.", "Dunn", "said"),
            ("indirect", "she disagreed", "Marsh", "said"),
        ],
    ),
    (
        "a-closed-quotation-ending-its-line-never-takes-the-next-line-s-attribution",
        "Dunn spoke on Monday. “The tide will rise tonight.”\n"
        "Two piers may close, officials said.",
        [
            ("direct", "The tide will rise tonight.", None, None),
            ("indirect", "Two piers may close", "officials", "said"),
        ],
    ),
    (
        "a-split-s-second-half-goes-on-over-the-next-line-in-one-line-a-paragraph-copy",
        "“We lost the boat,” said Ines Varga. “But we are safe.\n“My son pulled me out.”",
        [
            ("direct", "We lost the boat,", "Ines Varga", "said"),
            ("direct", "But we are safe.\n“My son pulled me out.", "Ines Varga", "said"),
        ],
    ),
    (
        "a-venue-after-a-post-posed-cue-order-named-report-sidelines",
        "The ferry firm ignored its duties, the commission said in its order. Output would "
        "rise, the bureau said in its Harbour Traffic Report. Demand will recover, Ivo Brandt "
        "said on the sidelines of the conference. The board said in its monthly supply and "
        "demand report that stocks would rise.",
        [
            ("indirect", "The ferry firm ignored its duties", "the commission", "said"),
            ("indirect", "Output would rise", "the bureau", "said"),
            ("indirect", "Demand will recover", "Ivo Brandt", "said"),
            ("indirect", "stocks would rise", "The board", "said"),
        ],
    ),
    (
        "an-outlet-named-with-what-it-is-is-the-listener-without-that",
        "Lars Brandt told broadcaster ZDF his party was open to talks. Ivo Hale told ARD "
        "television the vote was fair. Mira Duval told France Inter radio she was ready.",
        [
            ("indirect", "his party was open to talks", "Lars Brandt", "told"),
            ("indirect", "the vote was fair", "Ivo Hale", "told"),
            ("indirect", "she was ready", "Mira Duval", "told"),
        ],
    ),
    (
        "a-listener-role-name-and-show-title-before-that",
        'Mira Dell told host Tomas Vance on "Late Night" that she was moving to Velmar.',
        [("indirect", "she was moving to Velmar", "Mira Dell", "told")],
    ),
    (
        "with-a-named-second-speaker-saying-ends-the-first-report",
        "The Velmar Harbour Party said it would file a no-confidence motion, with leader "
        "Ivo Brandt saying the cabinet had lost its mandate.",
        [
            (
                "indirect",
                "it would file a no-confidence motion",
                "The Velmar Harbour Party",
                "said",
            ),
            ("indirect", "the cabinet had lost its mandate", "leader Ivo Brandt", "saying"),
        ],
    ),
    (
        "a-move-with-its-own-attribution-is-the-writer-s-gloss",
        "Ivo Brandt said his party would join the cabinet, a move party insiders said had "
        "split the Harbour Party. The refinery has cut fuel prices, a spokesperson said, a "
        "move analysts said could squeeze importers.",
        [
            ("indirect", "his party would join the cabinet", "Ivo Brandt", "said"),
            ("indirect", "had split the Harbour Party", "insiders", "said"),
            ("indirect", "The refinery has cut fuel prices", "a spokesperson", "said"),
            ("indirect", "could squeeze importers", "analysts", "said"),
        ],
    ),
    (
        "an-appositive-naming-someone-else-s-role-stays-in-the-content",
        'Mira Gil will star in "Glass Orchard," a thriller from director Tomas Brandt, '
        "Harbour Films announced.",
        [
            (
                "indirect",
                'Mira Gil will star in "Glass Orchard," a thriller from director Tomas Brandt',
                "Harbour Films",
                "announced",
            )
        ],
    ),
    (
        "a-writer-s-participle-before-and-is-not-the-next-verb-s-subject",
        "Harbour Air said it would cancel 300 flights, affecting 50,000 passengers, and "
        "called on the ministry to act.",
        [
            ("indirect", "it would cancel 300 flights", "Harbour Air", "said"),
            ("indirect", "the ministry to act", "Harbour Air", "called"),
        ],
    ),
    (
        "the-writer-s-denial-or-rival-count-ends-the-content",
        "Students said officers used pepper spray, which the college denied. The Harbour "
        "Workers Union said 10,000 members had joined the walkout, while police put the "
        "number at 3,000.",
        [
            ("indirect", "officers used pepper spray", "Students", "said"),
            (
                "indirect",
                "10,000 members had joined the walkout",
                "The Harbour Workers Union",
                "said",
            ),
        ],
    ),
    (
        "its-spokesman-confirming-the-body-s-own-report",
        "The Harbour Party said on Tuesday it would boycott parliament, its spokesman "
        "told Reuters.",
        [("indirect", "it would boycott parliament", "The Harbour Party", "said")],
    ),
    (
        "a-possessive-role-before-the-name-is-no-content",
        "Her opponent, Dana Velez, conceded. His rival, Ray Olin, agreed.",
        [],
    ),
    (
        "the-venue-s-relative-clause-after-a-closing-cue-is-no-report",
        "Farmers will plant more canola, the agency said on Wednesday, in a report that "
        "surprised traders.",
        [("indirect", "Farmers will plant more canola", "the agency", "said")],
    ),
    (
        "known-as-in-the-subject-opens-no-clause-before-according-to",
        "The alliance, known as Harbour Ten, said it would cut fares, according to a "
        "statement after an online meeting on Saturday.",
        [("indirect", "it would cut fares", "The alliance", "said")],
    ),
    (
        "a-court-order-after-a-post-posed-cue-is-the-venue",
        "The ferry firm ignored its duties, the judge wrote in a court order.",
        [("indirect", "The ferry firm ignored its duties", "the judge", "wrote")],
    ),
    (
        "a-dateline-left-unread-is-never-content",
        "PORT MERRIN (Harbour Weekly) — Mira Dell is done with touring, her rep said.",
        [("indirect", "Mira Dell is done with touring", "her rep", "said")],
    ),
    (
        "a-particle-inside-the-outlet-s-name-is-part-of-the-listener",
        "“The cabinet is solid,” the mayor's deputy, Anton Ricci, told Corriere della Sera "
        "newspaper. Lara Brandt told Corriere della Sera the port would reopen.",
        [
            ("direct", "The cabinet is solid,", "Anton Ricci", "told"),
            ("indirect", "the port would reopen", "Lara Brandt", "told"),
        ],
    ),
    (
        "the-event-the-words-followed-before-a-quotation",
        "Ivo Brandt told a press conference after the vote, “I will do my utmost.” "
        "Lara Hale said before the rally, “We are ready.”",
        [
            ("direct", "I will do my utmost.", "Ivo Brandt", "told"),
            ("direct", "We are ready.", "Lara Hale", "said"),
        ],
    ),
    (
        "but-added-that-after-a-closing-cue-reports-its-own-clause",
        "“I accept the count,” Dana Velez said, but added that she would keep fighting.",
        [
            ("direct", "I accept the count,", "Dana Velez", "said"),
            ("indirect", "she would keep fighting", "Dana Velez", "added"),
        ],
    ),
    (
        "a-relative-clause-holding-a-list-before-the-cue-is-not-the-speaker",
        "The guild, which represents cooks, porters and drivers, said it had reached a deal.",
        [("indirect", "it had reached a deal", "The guild", "said")],
    ),
    (
        "an-inverted-desk-speaker-keeps-its-workplace-or-city",
        "“Harvest is late,” said a dealer at a Hamburg trading house. “Stocks are thin,” "
        "said a trader in Varnholt.",
        [
            ("direct", "Harvest is late,", "a dealer at a Hamburg trading house", "said"),
            ("direct", "Stocks are thin,", "a trader in Varnholt", "said"),
        ],
    ),
    (
        "a-rep-for-or-the-star-of-heads-the-speaker",
        "A rep for the actor said the couple had split. The star of the series said she "
        "was leaving.",
        [
            ("indirect", "the couple had split", "A rep for the actor", "said"),
            ("indirect", "she was leaving", "The star of the series", "said"),
        ],
    ),
    (
        "a-party-acronym-inside-the-title-before-a-name-with-a-participle-cue",
        "Civic Union (CU) leader Marek Dovan conceded defeat, saying the voters had spoken.",
        [("indirect", "the voters had spoken", "Civic Union (CU) leader Marek Dovan", "saying")],
    ),
    (
        "an-inverted-lower-case-title-and-name-after-a-comma-clause",
        "The plan, which took two years, covers 1,100 people, said spokeswoman Tova Brill.",
        [
            (
                "indirect",
                "The plan, which took two years, covers 1,100 people",
                "spokeswoman Tova Brill",
                "said",
            )
        ],
    ),
    (
        "a-second-article-opens-a-contact-relative-whose-subject-speaks",
        "The board approved a levy, a move the council said would cost jobs.",
        [("indirect", "would cost jobs", "the council", "said")],
    ),
    (
        "a-birth-name-in-parentheses-is-no-part-of-the-speaker",
        "Tessa Vale (born Teresa Valdomar) said she was done.",
        [("indirect", "she was done", "Tessa Vale", "said")],
    ),
    (
        "a-quoted-show-title-before-the-head-noun-is-in-the-speaker",
        "“It's over,” the “Pier Nine” star said.",
        [("direct", "It's over,", "the “Pier Nine” star", "said")],
    ),
    (
        "a-body-s-local-unit-of-a-common-noun-body-is-the-speaker",
        "The local chapter of the guild said the district had chosen force.",
        [("indirect", "the district had chosen force", "The local chapter of the guild", "said")],
    ),
    (
        "state-after-an-owner-is-a-modifier-in-the-speaker",
        "Velmar's state energy company Norgaz said it had signed a gas deal.",
        [
            (
                "indirect",
                "it had signed a gas deal",
                "Velmar's state energy company Norgaz",
                "said",
            )
        ],
    ),
    (
        "a-participle-clause-before-and-is-no-subject-of-the-next-verb",
        "Skyvale said it would cancel 300 flights, stranding thousands, and urged the "
        "ministry to act.",
        [
            # (", stranding thousands" is the writer's consequence, a tail)
            ("indirect", "it would cancel 300 flights", "Skyvale", "said"),
            ("indirect", "the ministry to act", "Skyvale", "urged"),
        ],
    ),
    (
        "two-titles-joined-by-and-before-one-name",
        "Unity Party leader and Prime Minister Arne Vollan said he would stay.",
        [
            (
                "indirect",
                "he would stay",
                "Unity Party leader and Prime Minister Arne Vollan",
                "said",
            )
        ],
    ),
    (
        "a-work-title-after-its-role-and-of-ends-the-speaker",
        "The star of “Pier Nine” said she was leaving.",
        [("indirect", "she was leaving", "The star of “Pier Nine”", "said")],
    ),
    (
        "a-union-local-s-number-closes-the-speaker",
        "Harbor Porters Union Local 412 said it would strike.",
        [("indirect", "it would strike", "Harbor Porters Union Local 412", "said")],
    ),
    (
        "an-inverted-document-keeps-its-addressees-after-sent-to",
        "Classes will resume Monday, according to a letter sent to parents.",
        [("indirect", "Classes will resume Monday", "a letter sent to parents", "according to")],
    ),
    (
        "a-partitive-whom-clause-before-the-cue-sets-off-the-speaker",
        "Parents, many of whom had taken the day off, said they were frustrated.",
        [("indirect", "they were frustrated", "Parents", "said")],
    ),
    (
        "a-role-behind-a-quoted-title-in-the-appositive",
        "Ava Brenn, the singer behind “Paper Kite,” told the AP that she was done.",
        [("indirect", "she was done", "Ava Brenn", "told")],
    ),
    (
        "a-body-s-long-full-name-after-its-article-is-not-trimmed",
        "The wheat crop will shrink, the Velmar Bureau of Agricultural and Resource "
        "Economics and Sciences said.",
        [
            (
                "indirect",
                "The wheat crop will shrink",
                "the Velmar Bureau of Agricultural and Resource Economics and Sciences",
                "said",
            )
        ],
    ),
    (
        "a-with-absolute-phrase-gives-its-own-speaker",
        "Skyvale said it would cut 2,000 jobs, with chief executive Ida Marsh saying the "
        "airline faced a crisis.",
        [
            ("indirect", "it would cut 2,000 jobs", "Skyvale", "said"),
            ("indirect", "the airline faced a crisis", "chief executive Ida Marsh", "saying"),
        ],
    ),
    (
        "a-with-absolute-phrase-with-an-appositive-gives-its-own-speaker",
        "Dock unions called a strike for Friday, with Ida Marsh, head of the guild, saying "
        "workers could no longer wait.",
        [("indirect", "workers could no longer wait", "Ida Marsh", "saying")],
    ),
    (
        "asked-that-only-her-first-name-be-used-is-anonymity-not-speech",
        "Mira, a nurse who asked that only her first name be used, said the ward was full. "
        "Tova, who asked that her last name be withheld, said the pay was late. "
        "Ana, who asked that she be identified only by her first name, said rent doubled.",
        [
            ("indirect", "the ward was full", "Mira", "said"),
            ("indirect", "the pay was late", "Tova", "said"),
            ("indirect", "rent doubled", "Ana", "said"),
        ],
    ),
    (
        "a-union-local-by-its-number-speaks",
        "Harbor Porters Union Local 212 said it would strike. "
        "Ferries would stop, Local 212 said.",
        [
            ("indirect", "it would strike", "Harbor Porters Union Local 212", "said"),
            ("indirect", "Ferries would stop", "Local 212", "said"),
        ],
    ),
    (
        "a-work-s-title-before-a-role-and-name-is-no-quote",
        "“Harbor Nights” creator Lena Voss said the show would return. "
        "“Salt Road” director Ivo Brandt, 61, said, “It is my best work.”",
        [
            ("indirect", "the show would return", "creator Lena Voss", "said"),
            ("direct", "It is my best work.", "director Ivo Brandt", "said"),
        ],
    ),
    (
        "a-lower-case-fragment-right-after-the-cue-is-partial",
        "Monitors said the count had been calm but noted “scattered delays at two sites”.",
        [
            ("indirect", "the count had been calm", "Monitors", "said"),
            ("partial", "scattered delays at two sites", "Monitors", "noted"),
        ],
    ),
    (
        "an-occasion-phrase-before-a-comma-and-a-quotation",
        "Tomas Berg told a press conference after the vote, “We will do our utmost.” "
        "Lena Voss said during the debate, “The port stays open.”",
        [
            ("direct", "We will do our utmost.", "Tomas Berg", "told"),
            ("direct", "The port stays open.", "Lena Voss", "said"),
        ],
    ),
    (
        "a-manner-participle-between-split-halves-is-no-cue",
        "“Honestly,” Lena Voss says, laughing, “I have no idea what I am doing.”",
        [
            ("direct", "Honestly,", "Lena Voss", "says"),
            ("direct", "I have no idea what I am doing.", "Lena Voss", "says"),
        ],
    ),
    (
        "said-but-added-that-after-a-quotation-is-a-second-report",
        "“I accept the result,” Lena Voss said, but added that she would keep fighting.",
        [
            ("direct", "I accept the result,", "Lena Voss", "said"),
            ("indirect", "she would keep fighting", "Lena Voss", "added"),
        ],
    ),
    (
        "a-song-title-sung-is-no-quote",
        "Lena Voss sang “Harbor Lights” to close the show.",
        [],
    ),
    (
        "captioned-is-a-social-media-cue",
        "Lena Voss posted a photo on Instagram. “New chapter,” she captioned it. "
        "The photo was captioned “Home.”",
        [("direct", "New chapter,", "she", "captioned")],
    ),
    (
        "according-to-a-magazine-opening-on-us",
        "The couple split in June, according to Us Weekly.",
        [("indirect", "The couple split in June", "Us Weekly", "according to")],
    ),
    (
        "an-outlet-name-with-an-exclamation-mark-ends-no-sentence",
        "A spokesperson for the singer told E! News that the pair “remain friends.”",
        [("partial", "remain friends.", "A spokesperson for the singer", "told")],
    ),
    (
        "a-translation-in-parentheses-after-the-words-said",
        "“Nous tiendrons bon,” (“We will hold firm”) union leader Lena Voss told reporters. "
        "“Rien ne change” (“Nothing changes”), Mayor Ivo Brandt said.",
        [
            ("direct", "Nous tiendrons bon,", "union leader Lena Voss", "told"),
            ("direct", "Rien ne change", "Mayor Ivo Brandt", "said"),
        ],
    ),
    (
        "a-plural-with-many-of-whom-clause-speaks",
        "Parents, many of whom had taken the day off, said they were frustrated.",
        [("indirect", "they were frustrated", "Parents", "said")],
    ),
    (
        "a-work-s-title-inside-a-trailing-speaker",
        "“It is over,” the “Harbor Nights” star said.",
        [("direct", "It is over,", "the “Harbor Nights” star", "said")],
    ),
    (
        "a-long-body-name-with-two-ands-after-the-clause",
        "The harvest will shrink, the Northern Bureau of Rural and Coastal Economics and "
        "Sciences said.",
        [
            (
                "indirect",
                "The harvest will shrink",
                "the Northern Bureau of Rural and Coastal Economics and Sciences",
                "said",
            )
        ],
    ),
    (
        "forecast-closing-after-a-named-body",
        "Grain output will fall this year, the Harbor Farm Agency forecast on Thursday.",
        [
            (
                "indirect",
                "Grain output will fall this year",
                "the Harbor Farm Agency",
                "forecast",
            )
        ],
    ),
    (
        "a-foreign-outlet-name-with-a-particle-is-the-listener",
        "“The coalition is solid,” the premier's deputy, Ivo Brandt, told Gazzetta della "
        "Riva newspaper.",
        [("direct", "The coalition is solid,", "Ivo Brandt", "told")],
    ),
    (
        "an-expectation-joined-by-and-goes-on-with-the-report",
        "The ferry line said it had restored service on two routes and expected to finish "
        "by Friday.",
        [
            (
                "indirect",
                "it had restored service on two routes and expected to finish by Friday",
                "The ferry line",
                "said",
            )
        ],
    ),
    (
        "an-appositive-role-behind-a-quoted-work-sets-the-name-off",
        "Lena Voss, the singer behind “Harbor Lights,” said she was done. "
        "Ivo Brandt, a judge on “The Tide,” told the AP that he would stay.",
        [
            ("indirect", "she was done", "Lena Voss", "said"),
            ("indirect", "he would stay", "Ivo Brandt", "told"),
        ],
    ),
    (
        "a-role-of-a-quoted-work-before-the-cue-speaks",
        "The star of “Harbor Nights” said she was leaving.",
        [("indirect", "she was leaving", "The star of “Harbor Nights”", "said")],
    ),
    (
        "a-document-issued-after-an-event-speaks-whole",
        "A joint statement issued after the summit said the two ports would share data.",
        [
            (
                "indirect",
                "the two ports would share data",
                "A joint statement issued after the summit",
                "said",
            )
        ],
    ),
    (
        "a-long-title-with-a-party-acronym-keeps-the-name-after-a-possessive",
        "Tarsia's main opposition Civic Union (CU) leader Marek Dovan criticised the plan,"
        " saying the voters had spoken.",
        [
            (
                "indirect",
                "the plan",
                "Tarsia's main opposition Civic Union (CU) leader Marek Dovan",
                "criticised",
            ),
            (
                "indirect",
                "the voters had spoken",
                "Tarsia's main opposition Civic Union (CU) leader Marek Dovan",
                "saying",
            ),
        ],
    ),
    (
        "according-to-after-one-dash-aside",
        "The mayor's plan moves the depot out of town -- a wise move, according to Tilda Brann.",
        [("indirect", "a wise move", "Tilda Brann", "according to")],
    ),
    (
        "according-to-after-a-dash-figure",
        "Turnout rose in the county -- 61 percent of voters, according to the clerk's office.",
        [
            (
                "indirect",
                "Turnout rose in the county -- 61 percent of voters",
                "the clerk's office",
                "according to",
            )
        ],
    ),
    (
        "belief-of-plural-people-noun",
        "Village elders fear that the harvest festival will be cancelled.",
        [("indirect", "the harvest festival will be cancelled", "Village elders", "fear")],
    ),
    (
        "belief-clause-verb-then-adverb",
        "Some Whigs fear the reform comes too late.",
        [("indirect", "the reform comes too late", "Some Whigs", "fear")],
    ),
    (
        "according-to-after-a-closed-dash-aside",
        "Most of the tonic's promised benefits are unproven -- or simply false -- according to"
        " the Marlow Medical Review.",
        [
            (
                "indirect",
                "Most of the tonic's promised benefits are unproven -- or simply false",
                "the Marlow Medical Review",
                "according to",
            )
        ],
    ),
    (
        "a-long-titled-name-with-its-court-and-city-keeps-the-title-in-the-span",
        "Senior Judge Ana Keswick of the U.S. District Court in Chicago said agents had"
        " used tear gas.",
        [
            (
                "indirect",
                "agents had used tear gas",
                "Senior Judge Ana Keswick of the U.S. District Court in Chicago",
                "said",
            )
        ],
    ),
    (
        "told-a-compound-listener-is-no-content",
        "Orrin Vale told lottery officials he plans to buy a tractor. "
        "Mira Sand told sheriff's deputies she heard a crash. "
        "Bishop Tomas Ferl told Corvane diplomats the abbey must stay open. "
        "Ines Hald told a regular news briefing the agency was in touch with the port. "
        "Dale Roan has told people he expects a bigger role.",
        [
            ("indirect", "he plans to buy a tractor", "Orrin Vale", "told"),
            ("indirect", "she heard a crash", "Mira Sand", "told"),
            ("indirect", "the abbey must stay open", "Bishop Tomas Ferl", "told"),
            ("indirect", "the agency was in touch with the port", "Ines Hald", "told"),
            ("indirect", "he expects a bigger role", "Dale Roan", "told"),
        ],
    ),
    (
        "writers-tails-after-the-content-are-cut",
        "Orrin Vale said he would tax imported boats, a move economists warned could hurt ports. "
        "Tamsin Roe said Tuesday she backs the levy, a reversal from her stance last year. "
        "Corvane said it would cut 900 jobs, as the software maker shifts its focus to robots. "
        "Pellam said revenue would rise, easing concerns about weak orders. "
        "Mayor Ines Hald said the port would reopen, in a video statement released by her office. "
        "The Harbor Board said the firm lied, in a warning letter made public Monday.",
        [
            ("indirect", "he would tax imported boats", "Orrin Vale", "said"),
            ("indirect", "she backs the levy", "Tamsin Roe", "said"),
            ("indirect", "it would cut 900 jobs", "Corvane", "said"),
            ("indirect", "revenue would rise", "Pellam", "said"),
            ("indirect", "the port would reopen", "Mayor Ines Hald", "said"),
            ("indirect", "the firm lied", "The Harbor Board", "said"),
        ],
    ),
    (
        "a-relative-clause-after-a-closing-attribution-is-no-content",
        "The broker lied, the Harbor Board said in its complaint, which was filed Monday. "
        "The ferry was late, the port said in a statement, which did not name the captain.",
        [
            ("indirect", "The broker lied", "the Harbor Board", "said"),
            ("indirect", "The ferry was late", "the port", "said in a statement"),
        ],
    ),
    (
        "according-to-a-document-with-a-participle-appositive",
        "According to the complaint, filed Monday in court in Corvane, guards beat the man. "
        "According to the indictment, unsealed Thursday, Orrin Vale wired the money abroad.",
        [
            ("indirect", "guards beat the man", "the complaint", "According to"),
            ("indirect", "Orrin Vale wired the money abroad", "the indictment", "According to"),
        ],
    ),
    (
        "which-critics-said-speak-the-rest-of-the-relative-clause",
        "The Corvane council passed the levy, which critics said would gut local shops. "
        "The board approved the toll, which economists warned could slow hiring.",
        [
            ("indirect", "would gut local shops", "critics", "said"),
            ("indirect", "could slow hiring", "economists", "warned"),
        ],
    ),
    (
        "the-sec-and-a-lower-case-no-end-a-sentence",
        "The broker said it had settled with the SEC. Its shares rose 4%. "
        "Tamsin Roe said she would vote no. Orrin Vale did too.",
        [
            ("indirect", "it had settled with the SEC", "The broker", "said"),
            ("indirect", "she would vote no", "Tamsin Roe", "said"),
        ],
    ),
    (
        "with-one-describing-and-though-a-party-has-won-are-the-writers",
        "Aides said the mayor was tired, with one describing him as furious over the leak. "
        "Polls show the race tied in Corvane, though Republicans have won the county twice.",
        [
            ("indirect", "the mayor was tired", "Aides", "said"),
            ("indirect", "the race tied in Corvane", "Polls", "show"),
        ],
    ),
    (
        "a-role-subject-before-a-parenthetical-attribution-is-content",
        "The governor, her aides said, will tour Corvane next week. "
        "Her supervisor, Ray Olin, agreed.",
        [
            (
                "indirect",
                "The governor, her aides said, will tour Corvane next week",
                "her aides",
                "said",
            ),
        ],
    ),
    (
        "according-to-after-the-subject-holds-its-report-whole",
        "Orrin Vale, according to one aide, told donors that the levy was dead.",
        [
            (
                "indirect",
                "Orrin Vale, according to one aide, told donors that the levy was dead",
                "one aide",
                "according to",
            )
        ],
    ),
    (
        "told-a-two-modifier-listener-and-that-after-a-compound-listener",
        "Orrin Vale told city council members the pier was unsafe. "
        "Mira Sand told lottery officials that she would buy a farm. "
        "Dale Roan promised tax cuts that would help farmers.",
        [
            ("indirect", "the pier was unsafe", "Orrin Vale", "told"),
            ("indirect", "she would buy a farm", "Mira Sand", "told"),
            ("indirect", "tax cuts that would help farmers", "Dale Roan", "promised"),
        ],
    ),
    (
        "a-live-page-lead-in-and-entry-headline-are-no-content",
        "CORVANE (AP) — Here's the latest:\nFerry strike shuts Corvane port\n"
        "The ferry union stopped work at dawn, the port authority said.",
        [
            (
                "indirect",
                "The ferry union stopped work at dawn",
                "the port authority",
                "said",
            )
        ],
    ),
    (
        "whose-clause-subject-then-bare-say",
        "Orchard growers whose crops froze say the new levee came too late.",
        [
            (
                "indirect",
                "the new levee came too late",
                "Orchard growers whose crops froze",
                "say",
            )
        ],
    ),
    (
        "whose-clause-subject-then-said",
        "A tenant whose flat was flooded said the landlord ignored the leak.",
        [("indirect", "the landlord ignored the leak", "A tenant whose flat was flooded", "said")],
    ),
    (
        "second-own-clause-keeps-its-partial",
        'Ms. Tarrow said the levy was a mistake, and later she said it was "a windfall grab."',
        [
            ("indirect", "the levy was a mistake", "Ms. Tarrow", "said"),
            ("partial", "a windfall grab.", "she", "said"),
        ],
    ),
    (
        "second-own-clause-after-time-phrase",
        "Though in June he said the depot would close, at the hearing on Friday he said it"
        ' could stay "for a while."',
        [
            ("indirect", "the depot would close", "he", "said"),
            ("partial", "for a while.", "he", "said"),
        ],
    ),
    (
        "passive-expectation-whole-clause",
        "The new ferry is expected to arrive next month.",
        [("indirect", "The new ferry is expected to arrive next month", None, "is expected")],
    ),
    (
        "passive-expectation-ends-at-comma",
        "The tide board, which is widely expected to lift the ban, met on Monday.",
        [("indirect", "which is widely expected to lift the ban", None, "is widely expected")],
    ),
    (
        "appositive-name-with-the-rev-speaks",
        "Her pastor, the Rev. Tobiah Wrenfield, said she sang in the choir every Sunday.",
        [("indirect", "she sang in the choir every Sunday", "the Rev. Tobiah Wrenfield", "said")],
    ),
    (
        "closing-appositive-name-with-the-very-rev-speaks",
        '"He never missed a Sunday," said the church\'s dean, the Very Rev. Alda Pennick.',
        [("direct", "He never missed a Sunday,", "the Very Rev. Alda Pennick", "said")],
    ),
    (
        "kin-of-a-named-person-then-a-first-name-speaks",
        "Corwell's son, Anselm, said his father died peacefully.",
        [("indirect", "his father died peacefully", "Anselm", "said")],
    ),
    (
        "participle-subject-body-name-with-and-is-whole",
        "The Office of Fisheries and Waterways fined the firm, saying it dumped waste.",
        [("indirect", "it dumped waste", "The Office of Fisheries and Waterways", "saying")],
    ),
    (
        "two-bodies-the-second-with-the-speak-together",
        "Morrow Toys and the Consumer Safety Board said the cribs were unsafe.",
        [
            (
                "indirect",
                "the cribs were unsafe",
                "Morrow Toys and the Consumer Safety Board",
                "said",
            )
        ],
    ),
    (
        "a-list-of-states-ending-on-the-speaks-whole",
        "Norvania, Estavia and the United Provinces said in a joint statement that the truce held.",
        [
            (
                "indirect",
                "the truce held",
                "Norvania, Estavia and the United Provinces",
                "said in a joint statement",
            )
        ],
    ),
    (
        "and-the-body-after-a-month-is-no-pair",
        "Prices rose in March and the Reserve Council said inflation was high.",
        [("indirect", "inflation was high", "the Reserve Council", "said")],
    ),
    (
        "a-clause-giving-only-a-first-name-withholds-the-speaker",
        "A woman who gave only her first name for fear of deportation said she stayed home.",
        [
            (
                "indirect",
                "she stayed home",
                "A woman who gave only her first name for fear of deportation",
                "said",
            )
        ],
    ),
    (
        "a-titled-name-of-a-county-and-its-state-before-a-relative-clause-speaks",
        "Sheriff Orla Fenwick of Tamber County, Iowa, whose office runs the jail, said the"
        " deputies were trained.",
        [
            (
                "indirect",
                "the deputies were trained",
                "Sheriff Orla Fenwick of Tamber County",
                "said",
            )
        ],
    ),
    (
        "a-subject-with-an-appositive-then-plans-to-is-content-of-closing-said-the-people",
        "The Tamsin Commission, the bloc's executive arm, plans to announce the fine next week,"
        " said the people, who asked not to be identified.",
        [
            (
                "indirect",
                "The Tamsin Commission, the bloc's executive arm, plans to announce the fine"
                " next week",
                "the people",
                "said",
            )
        ],
    ),
    (
        "a-noun-then-a-possessive-role-opens-a-clause-whose-subject-speaks",
        "The bill was amended to exempt farms, a change its sponsor said was needed.",
        [("indirect", "was needed", "its sponsor", "said")],
    ),
    (
        "a-participle-subject-never-ends-on-who",
        "The family of a Tarrin man who died in custody sued the county on Monday, alleging"
        " the guards used force.",
        [("indirect", "the guards used force", "The family of a Tarrin man", "alleging")],
    ),
    (
        "a-live-page-entry-headline-is-no-part-of-the-next-line-s-speaker",
        "Here's the latest:\nDrones strike Parvel\nParvel Mayor Oren Vask said five people"
        " were wounded.",
        [("indirect", "five people were wounded", "Parvel Mayor Oren Vask", "said")],
    ),
    (
        "people-in-a-part-of-a-place-keep-the-whole-place",
        "Parvish-installed officials in the occupied part of the Tamrel region said power had"
        " been cut.",
        [
            (
                "indirect",
                "power had been cut",
                "Parvish-installed officials in the occupied part of the Tamrel region",
                "said",
            )
        ],
    ),
    (
        "closing-role-then-a-name-with-an-age-and-a-description-gives-the-name",
        '"My daughter did nothing wrong," said her father, Anselmo Prieta, 58, a roofer.',
        [("direct", "My daughter did nothing wrong,", "Anselmo Prieta", "said")],
    ),
    (
        "a-closing-anonymity-clause-stops-before-its-reason",
        '"This feels like 2021," said a banker who asked not to be named because she lends to'
        " several startups.",
        [("direct", "This feels like 2021,", "a banker who asked not to be named", "said")],
    ),
    (
        "a-closing-relative-clause-keeps-a-call-sign-in-marks",
        '"We hold," said a gunner who goes by the call sign "Marten," on Monday.',
        [("direct", "We hold,", 'a gunner who goes by the call sign "Marten,"', "said")],
    ),
    (
        "two-long-titled-names-joined-by-and-speak-whole",
        "Torvane Chief Executive Dana Verhal and Chief Financial Officer Lena Brost told analysts"
        " that demand was strong.",
        [
            (
                "indirect",
                "demand was strong",
                "Torvane Chief Executive Dana Verhal and Chief Financial Officer Lena Brost",
                "told",
            )
        ],
    ),
    (
        "a-titled-name-of-a-court-in-its-city-keeps-the-title",
        "Senior Judge Ravel Montaro of the U.S. District Court in Dunmore said agents used gas.",
        [
            (
                "indirect",
                "agents used gas",
                "Senior Judge Ravel Montaro of the U.S. District Court in Dunmore",
                "said",
            )
        ],
    ),
    (
        "said-it-then-a-cue-like-verb-and-a-second-cue-share-the-subject",
        "The forum said it welcomed the deal and urged the council to act.",
        [
            ("indirect", "it welcomed the deal", "The forum", "said"),
            ("indirect", "the council to act", "The forum", "urged"),
        ],
    ),
    (
        "a-body-named-for-its-aim-keeps-its-to-for-a-second-cue",
        "The Committee to Protect Harbor Pilots said it was alarmed and called for an inquiry.",
        [
            ("indirect", "it was alarmed", "The Committee to Protect Harbor Pilots", "said"),
            ("indirect", "an inquiry", "The Committee to Protect Harbor Pilots", "called"),
        ],
    ),
    (
        "two-names-each-with-a-role-joined-by-and-speak-together",
        "Sam Whitley, Arcvane's chief executive, and Lena Brosk, its finance chief, said in a"
        " joint letter that the company would buy back stock.",
        [
            (
                "indirect",
                "the company would buy back stock",
                "Sam Whitley, Arcvane's chief executive, and Lena Brosk",
                "said",
            )
        ],
    ),
    (
        "a-description-then-the-named-body-in-apposition-speaks",
        "The party's campaign arm, the Tarrow Congressional Committee, said the rival was out of"
        " touch.",
        [("indirect", "the rival was out of touch", "the Tarrow Congressional Committee", "said")],
    ),
    (
        "a-time-clause-after-a-partial-quote-speaks-from-its-subject",
        'Marrow said Vell "has my full confidence," a day after the Ledgerline reported that he'
        " was ill.",
        [
            ("partial", "has my full confidence,", "Marrow", "said"),
            ("indirect", "he was ill", "the Ledgerline", "reported"),
        ],
    ),
    (
        "the-first-name-given-in-a-relative-clause-speaks",
        "The owner, who gave only her first name, Wrenna, said the cat had been missing for years.",
        [("indirect", "the cat had been missing for years", "Wrenna", "said")],
    ),
    (
        "a-former-title-with-ex-keeps-its-point-in-the-span",
        "Ex-Sen. Rhenna Quorl said she would run again.",
        [("indirect", "she would run again", "Ex-Sen. Rhenna Quorl", "said")],
    ),
    (
        "according-to-a-document-then-a-name-with-its-age-keeps-the-document",
        "According to the complaint, Garvin Tollmer, 51, told investors that his fund never"
        " lost money.",
        [
            (
                "indirect",
                "Garvin Tollmer, 51, told investors that his fund never lost money",
                "the complaint",
                "According to",
            )
        ],
    ),
    (
        "a-role-identified-as-a-name-gives-the-name",
        "The officer, identified by the department as Sgt. Pell Korrigan, said he saw a gun.",
        [("indirect", "he saw a gun", "Sgt. Pell Korrigan", "said")],
    ),
    (
        "a-closing-former-title-with-ex-keeps-its-point-and-the-name",
        '"I will run," said ex-Sen. Rhenna Quorl.',
        [("direct", "I will run,", "ex-Sen. Rhenna Quorl", "said")],
    ),
    (
        "the-first-name-given-inside-a-restrictive-clause-speaks",
        "A woman who gave only her first name, Lusenda, for fear of deportation said she"
        " stayed home.",
        [("indirect", "she stayed home", "Lusenda", "said")],
    ),
    (
        "a-second-absolute-subject-with-a-role-speaks-its-own-participle",
        'Both camps claimed victory, with Vell calling it "a knockout" and the rival\'s campaign'
        ' chair, Rita Bosk, saying Marrow "melted down."',
        [
            ("partial", "a knockout", "Vell", "calling"),
            ("partial", "melted down.", "Rita Bosk", "saying"),
        ],
    ),
    (
        "people-and-a-body-opening-the-clause-speak-together",
        "Federal regulators and the company said the cribs were unsafe.",
        [("indirect", "the cribs were unsafe", "Federal regulators and the company", "said")],
    ),
    (
        "called-on-the-telephone",
        "Mayor Ilse Varga called Otto Brenn to wish him luck. Varga called Brenn reckless.",
        [("indirect", "Brenn reckless", "Varga", "called")],
    ),
    (
        "split-quote-past-a-long-appositive",
        "“The tide,” said Ada Vell, a pilot who is the head of the Kelso guild, “is what we fear.”",
        [
            ("direct", "The tide,", "Ada Vell", "said"),
            ("direct", "is what we fear.", "Ada Vell", "said"),
        ],
    ),
    (
        "bare-participle-after-a-predicate-tail",
        "Mayor Ilse Varga fired back a response saying the ferry fares would stay frozen.",
        [("indirect", "the ferry fares would stay frozen", "Mayor Ilse Varga", "saying")],
    ),
    (
        "pulpit-and-hearing-verbs-frame-a-quote",
        "“Love is a verb,” Dunmore preached. “Let us pray,” the vicar intoned. "
        "“That is false,” Sen. Ilse Varga thundered. “Tower, we are low,” the pilot radioed. "
        "“Not so,” Varga pushed back.",
        [
            ("direct", "Love is a verb,", "Dunmore", "preached"),
            ("direct", "Let us pray,", "the vicar", "intoned"),
            ("direct", "That is false,", "Sen. Ilse Varga", "thundered"),
            ("direct", "Tower, we are low,", "the pilot", "radioed"),
            ("direct", "Not so,", "Varga", "pushed back"),
        ],
    ),
    (
        "a-closing-attribution-reports-a-clause-with-an-inner-partial",
        "Deputies yelled “Drop the rake!” before firing, the sheriff's office said. "
        "Marrow has told donors that the mayor is “beatable,” two people at the dinner said.",
        [
            (
                "indirect",
                "Deputies yelled “Drop the rake!” before firing",
                "the sheriff's office",
                "said",
            ),
            (
                "indirect",
                "Marrow has told donors that the mayor is “beatable,”",
                "two people at the dinner",
                "said",
            ),
        ],
    ),
    (
        "according-to-people-in-the-room-reports-a-told-or-asked-clause",
        "Ilse Marrow has told allies she expects to lead the ticket, according to two people "
        "who have spoken with her. Dorn asked aides to pull the ad, according to three people "
        "in the room. Riders filed 4,000 reports, according to Transitwatch.",
        [
            (
                "indirect",
                "Ilse Marrow has told allies she expects to lead the ticket",
                "two people who have spoken with her",
                "according to",
            ),
            (
                "indirect",
                "Dorn asked aides to pull the ad",
                "three people in the room",
                "according to",
            ),
            ("indirect", "Riders filed 4,000 reports", "Transitwatch", "according to"),
        ],
    ),
    (
        "a-relative-advising-clause-reports-nothing",
        "Tomas Breck, who is advising the Dorn campaign, said the race was close. "
        "Ana Velt, who has advised three nominees, said the polls were wrong.",
        [
            ("indirect", "the race was close", "Tomas Breck", "said"),
            ("indirect", "the polls were wrong", "Ana Velt", "said"),
        ],
    ),
    (
        "an-irregular-past-after-a-determiner-makes-a-that-less-clause",
        "The lawsuit alleges the clinic paid kickbacks to brokers. "
        "The complaint alleges the firm sent letters to retirees.",
        [
            ("indirect", "the clinic paid kickbacks to brokers", "The lawsuit", "alleges"),
            ("indirect", "the firm sent letters to retirees", "The complaint", "alleges"),
        ],
    ),
    (
        "a-second-speakers-partial-after-and-stays-the-second-speakers",
        "Dorn said the count was rigged, and Velt said it was “clean.”",
        [
            ("indirect", "the count was rigged", "Dorn", "said"),
            ("partial", "clean.", "Velt", "said"),
        ],
    ),
    (
        "a-homily-or-eulogy-is-a-venue-after-the-cue",
        "“She taught us to listen,” her brother, Piet Vane, said in a eulogy. "
        "“Peace is near,” Vane said in his homily on Sunday.",
        [
            ("direct", "She taught us to listen,", "Piet Vane", "said"),
            ("direct", "Peace is near,", "Vane", "said"),
        ],
    ),
    (
        "a-clergy-or-everyday-role-before-an-appositive-name-keeps-the-quote-direct",
        "“We are reading the letter,” the archbishop, Ivo Marrec, said. "
        "“It came out of nowhere,” the neighbor, Jana Doss, said.",
        [
            ("direct", "We are reading the letter,", "Ivo Marrec", "said"),
            ("direct", "It came out of nowhere,", "Jana Doss", "said"),
        ],
    ),
    (
        "a-tv-channel-by-its-number-speaks",
        "Tarsia's Channel 9 reported that the cabinet had approved the plan. "
        "Channel 14 said the talks had stalled.",
        [
            ("indirect", "the cabinet had approved the plan", "Tarsia's Channel 9", "reported"),
            ("indirect", "the talks had stalled", "Channel 14", "said"),
        ],
    ),
    (
        "a-cue-whose-content-is-the-closing-attribution-reports-nothing",
        "Hundreds of farmers protested on Saturday, local media reported.",
        [
            (
                "indirect",
                "Hundreds of farmers protested on Saturday",
                "local media",
                "reported",
            )
        ],
    ),
    (
        "per-opening-the-sentence-attributes-the-clause-after-the-comma",
        "Per two people familiar with the talks, the deal includes $10 billion for ports. "
        "Per capita, the state spends more on schools.",
        [
            (
                "indirect",
                "the deal includes $10 billion for ports",
                "two people familiar with the talks",
                "Per",
            )
        ],
    ),
    (
        "remembered-or-eulogized-as-a-quotation-is-a-partial-quote",
        "Friends remembered Dorn as “the kindest man on the pier.” "
        "Colleagues eulogized her as “a teacher's teacher.” He remembered the “Blue Star” ads.",
        [
            ("partial", "the kindest man on the pier.", "Friends", "remembered"),
            ("partial", "a teacher's teacher.", "Colleagues", "eulogized"),
        ],
    ),
    (
        "a-parenthetical-attribution-after-a-role-subject-before-an-intention-verb",
        "The senator, her aides said, plans to campaign in Tarsia.",
        [
            (
                "indirect",
                "The senator, her aides said, plans to campaign in Tarsia",
                "her aides",
                "said",
            )
        ],
    ),
    (
        "texted-a-listener-that-reports-the-clause",
        "Ivo Marrec texted a reporter that he misspoke.",
        [("indirect", "he misspoke", "Ivo Marrec", "texted")],
    ),
    (
        "reported-a-casualty-count-with-its-participle",
        "Local officials reported two civilians wounded in the shelling. "
        "The firm reported 40 million subscribers in March.",
        [
            (
                "indirect",
                "two civilians wounded in the shelling",
                "Local officials",
                "reported",
            )
        ],
    ),
    (
        "a-passive-question-asker-with-an-ap-party-tag",
        "Velt was asked by Rep. Ivo Marrec, D-Colo., whether she would commit to an audit.",
        [
            (
                "indirect",
                "whether she would commit to an audit",
                "Rep. Ivo Marrec",
                "asked",
            )
        ],
    ),
    (
        "a-name-given-as-a-name-stays-in-the-post-cue-speaker",
        '"We hold the ridge," said a militia fighter who gave his name as Abu Tarek.',
        [
            (
                "direct",
                "We hold the ridge,",
                "a militia fighter who gave his name as Abu Tarek",
                "said",
            )
        ],
    ),
    (
        "a-place-phrase-after-while-leads-the-next-report",
        "Local officials said four people were hurt in the strike on Verlin, while in the"
        " Osk region, Gov. Ilse Marrek said two were missing.",
        [
            (
                "indirect",
                "four people were hurt in the strike on Verlin",
                "Local officials",
                "said",
            ),
            ("indirect", "two were missing", "Gov. Ilse Marrek", "said"),
        ],
    ),
    (
        "a-judge-of-an-ordinal-circuit-in-its-city-speaks",
        "Judge Ines Marrow of the 7th U.S. Circuit Court of Appeals in Chicago said the fine"
        " stood. Judge Ola Brandt of the 3rd Circuit in Philadelphia wrote that the rule was void.",
        [
            ("indirect", "the fine stood", "Judge Ines Marrow", "said"),
            ("indirect", "the rule was void", "Judge Ola Brandt", "wrote"),
        ],
    ),
    (
        "a-count-opened-by-nearly-before-a-bare-participle-is-the-speaker",
        "Riders are unhappy with the fares, with nearly two-thirds saying the buses run late.",
        [("indirect", "the buses run late", "nearly two-thirds", "saying")],
    ),
    (
        "an-irregular-past-after-a-full-body-name-ends-the-participle-subject",
        "The Drug and Device Authority sent a warning letter to the"
        " company, saying its pills held undeclared drugs.",
        [
            (
                "indirect",
                "its pills held undeclared drugs",
                "The Drug and Device Authority",
                "saying",
            )
        ],
    ),
    (
        "her-after-close-to-is-the-object-pronoun-of-the-speaker",
        "'Mara is heartbroken,' a source close to her said. The singer was hurt, a friend"
        " close to her told the Post.",
        [
            ("direct", "Mara is heartbroken,", "a source close to her", "said"),
            ("indirect", "The singer was hurt", "a friend close to her", "told"),
        ],
    ),
    (
        "as-per-opening-or-closing-a-sentence-is-according-to",
        "As per officials, the Tarn bridge will reopen next month. The toll will be waived,"
        " as per the district police. Repairs were done as per the rules. The driver, as per"
        " witnesses, fled.",
        [
            ("indirect", "the Tarn bridge will reopen next month", "officials", "As per"),
            ("indirect", "The toll will be waived", "the district police", "as per"),
        ],
    ),
    (
        "body-in-a-statement-said-the-body-speaks-not-the-document",
        "The Varna ministry in a statement said the ban would continue. The Hill Court in its"
        ' order said the rule was void. "We will fight," the party in a joint statement said.',
        [
            ("indirect", "the ban would continue", "The Varna ministry", "said"),
            ("indirect", "the rule was void", "The Hill Court", "said"),
            ("direct", "We will fight,", "the party", "said"),
        ],
    ),
    (
        "a-web-name-closes-its-sentence",
        "Rents rose, according to Homefinder.com. Rents fell last month, Dara Kell said.",
        [
            ("indirect", "Rents rose", "Homefinder.com", "according to"),
            ("indirect", "Rents fell last month", "Dara Kell", "said"),
        ],
    ),
    (
        "an-age-noun-is-a-speaker-before-a-participle-cue",
        "The 27-year-old took to Instagram, writing: 'Our baby is on the way.'",
        [("direct", "Our baby is on the way.", "The 27-year-old", "writing")],
    ),
    (
        "a-region-after-the-town-goes-with-it-in-the-appositive",
        "Dale Pirrie, from Brantham, south Wexmoor, said: 'He was threatened.'",
        [("direct", "He was threatened.", "Dale Pirrie", "said")],
    ),
    (
        "the-sun-is-the-newspaper-and-ends-its-sentence",
        "The Earl is said to be \"heartbroken\", a source told The Sun.\nA palace"
        " spokesperson said: 'The couple ask for privacy.'",
        [
            ("partial", "heartbroken", "a source", "told"),
            ("direct", "The couple ask for privacy.", "A palace spokesperson", "said"),
        ],
    ),
    (
        "a-two-member-bench-headed-by-a-judge-speaks-as-the-bench",
        "A two-member bench headed by Justice Omar Vellani observed that the authorities had"
        " failed to act.",
        [
            (
                "indirect",
                "the authorities had failed to act",
                "A two-member bench headed by Justice Omar Vellani",
                "observed",
            )
        ],
    ),
    (
        "a-title-with-its-bracketed-abbreviation-and-place-stays-in-the-speaker",
        '"It is under control," Superintendent of Police (SP) of Darrowpur Rakib Hasnat said.'
        " Union Minister of State (Independent Charge) for Labour and Employment Ramesh Babu"
        " Chaudhry said jobs were rising.",
        [
            (
                "direct",
                "It is under control,",
                "Superintendent of Police (SP) of Darrowpur Rakib Hasnat",
                "said",
            ),
            (
                "indirect",
                "jobs were rising",
                "Union Minister of State (Independent Charge) for Labour and Employment Ramesh"
                " Babu Chaudhry",
                "said",
            ),
        ],
    ),
    (
        "smt-with-a-point-after-a-title-does-not-end-the-sentence",
        "Union Minister Smt. Kavita Devraj said the scheme would benefit women.",
        [
            (
                "indirect",
                "the scheme would benefit women",
                "Union Minister Smt. Kavita Devraj",
                "said",
            )
        ],
    ),
    (
        "said-and-added-that-the-second-cue-carries-the-content",
        "Home Minister Ravi Tandel said the law would be implemented. He said and added that"
        " no one would be spared.",
        [
            ("indirect", "the law would be implemented", "Home Minister Ravi Tandel", "said"),
            ("indirect", "no one would be spared", "He", "added"),
        ],
    ),
    (
        "a-role-after-a-leading-participle-phrase-speaks-past-its-age",
        "Posting on Instagram, the singer, 52, said: 'I am so grateful.'",
        [("direct", "I am so grateful.", "the singer", "said")],
    ),
    (
        "a-pronoun-clause-after-a-parenthetical-cue-is-the-writers",
        "Her son wanted a console, she said, but she bought him a bike instead.",
        [("indirect", "Her son wanted a console", "she", "said")],
    ),
    (
        "consider-this-colon-is-the-writers-lead-in",
        "Consider this: the typical renter now spends 40% of income on housing, a Tarnwell"
        " study found.",
        [
            (
                "indirect",
                "the typical renter now spends 40% of income on housing",
                "a Tarnwell study",
                "found",
            )
        ],
    ),
    (
        "a-writers-gloss-on-a-figure-and-a-backdrop-are-no-content",
        "Sales rose 8% at stores open at least a year, a key measure of a retailer's health,"
        " the company said. Ned Palliser said he was sorry, as he faced calls to quit.",
        [
            ("indirect", "Sales rose 8% at stores open at least a year", "the company", "said"),
            ("indirect", "he was sorry", "Ned Palliser", "said"),
        ],
    ),
    (
        "a-claim-x-dismissed-is-the-writers-note-with-its-own-partial",
        'Mr Dallow said Labour would crash the economy - a claim Labour dismissed as "nonsense".',
        [
            ("indirect", "Labour would crash the economy", "Mr Dallow", "said"),
            ("partial", "nonsense", "Labour", "dismissed"),
        ],
    ),
    (
        "an-exclusive-kicker-is-no-content",
        "EXCLUSIVE: Dana Quell has split from her fiance, a source told the Lamp.",
        [("indirect", "Dana Quell has split from her fiance", "a source", "told")],
    ),
    (
        "a-line-without-a-stop-ends-before-an-article-opening-the-next",
        'Dana Merrow was appointed Chancellor in September\nThe Chancellor has said she will'
        ' "not flinch".',
        [("partial", "not flinch", "The Chancellor", "said")],
    ),
    (
        "a-partners-firm-with-a-comma-stays-in-the-appositive",
        "Lena Harrow, senior vice president of Harrow, Pike & Dunmore, said layoffs were rising.",
        [("indirect", "layoffs were rising", "Lena Harrow", "said")],
    ),
    (
        "a-station-call-sign-after-told-is-the-listener",
        "Sgt Rhys Vollard told 3AW the road was closed. Mayor Ena Brakes told 14Metro News that"
        " the bridge was safe.",
        [
            ("indirect", "the road was closed", "Sgt Rhys Vollard", "told"),
            ("indirect", "the bridge was safe", "Mayor Ena Brakes", "told"),
        ],
    ),
    (
        "told-court-and-told-question-time-are-listeners",
        "Detective Senior Constable Mel Gaunt told court the window was smashed. The minister told"
        " question time the levy would go.",
        [
            ("indirect", "the window was smashed", "Detective Senior Constable Mel Gaunt", "told"),
            ("indirect", "the levy would go", "The minister", "told"),
        ],
    ),
    (
        "a-role-and-name-after-told-then-a-clause-without-that",
        "Sen. Ivo Darrant told moderator Kaye Lunn the talks had failed.",
        [("indirect", "the talks had failed", "Sen. Ivo Darrant", "told")],
    ),
    (
        "an-outlet-then-a-capitalised-subject-and-a-modal",
        "Rep. Ivo Darrant told CNN Democrats would stall the vote.",
        [("indirect", "Democrats would stall the vote", "Rep. Ivo Darrant", "told")],
    ),
    (
        "a-sunday-show-lede-tail-is-the-writers",
        "Sen. Ivo Darrant said Sunday he would oppose the treaty, breaking with his party's"
        " leaders. Rep. Ena Brakes said she would back it, becoming the first Democrat to do so.",
        [
            ("indirect", "he would oppose the treaty", "Sen. Ivo Darrant", "said"),
            ("indirect", "she would back it", "Rep. Ena Brakes", "said"),
        ],
    ),
    (
        "a-gerunds-object-after-a-participle-is-no-speaker",
        'A man accused of robbing his neighbour told police he "panicked", the court heard.'
        ' A driver charged over the collision told officers she was "sorry".',
        [
            ("partial", "panicked", "A man accused of robbing his neighbour", "told"),
            ("partial", "sorry", "A driver charged over the collision", "told"),
        ],
    ),
    (
        "an-owners-reply-to-a-document-speaks",
        "The city's reply to the complaint says the officers followed the rules.",
        [
            (
                "indirect",
                "the officers followed the rules",
                "The city's reply to the complaint",
                "says",
            )
        ],
    ),
    (
        "coordinated-counts-share-the-head",
        "One current and one former aide said the governor had been warned.",
        [("indirect", "the governor had been warned", "One current and one former aide", "said")],
    ),
    (
        "special-agent-in-charge-stays-in-the-span",
        "FBI Special Agent in Charge Rona Vell said the bureau was helping.",
        [("indirect", "the bureau was helping", "FBI Special Agent in Charge Rona Vell", "said")],
    ),
    (
        "the-outlets-own-learned-formula-is-no-content",
        "The council plans to sell the depot next year, Harbour News learned Friday.",
        [("indirect", "to sell the depot next year", "The council", "plans")],
    ),
    (
        "a-list-with-participle-adjectives-after-describe-goes-on",
        "The inspection reports describe cracked tiles, leaking pipes and missing rails.",
        [
            (
                "indirect",
                "cracked tiles, leaking pipes and missing rails",
                "The inspection reports",
                "describe",
            )
        ],
    ),
    (
        "a-capitalised-seat-in-brackets-is-no-birth-name",
        "Mr Colin Tay (Nee Ann GRC) said the scheme was too slow.",
        [("indirect", "the scheme was too slow", "Mr Colin Tay (Nee Ann GRC)", "said")],
    ),
    (
        "a-document-with-two-joined-participle-phrases-speaks",
        "A complaint filed with the Harbor Securities Board and reviewed by the Ledger alleges"
        " that managers hid losses.",
        [
            (
                "indirect",
                "managers hid losses",
                "A complaint filed with the Harbor Securities Board and reviewed by the Ledger",
                "alleges",
            )
        ],
    ),
    (
        "a-colon-lead-in-after-a-set-off-phrase-the-name-before-the-verb-speaks",
        'In the memo, sent Jan. 9 to four deputies, Ostrow wrote:\n\n"Keep this quiet."',
        [("direct", "Keep this quiet.", "Ostrow", "wrote")],
    ),
    (
        "according-to-people-and-records-keeps-both-conjuncts",
        "The agency ignored the warnings, according to two former inspectors and internal"
        " memos.",
        [
            (
                "indirect",
                "The agency ignored the warnings",
                "two former inspectors and internal memos",
                "according to",
            )
        ],
    ),
    (
        "a-radio-stations-frequency-belongs-to-the-listener",
        "Chief Lena Hobb told KVEN 97.1 FM the roads were shut. The shelters were full, Hobb told"
        " KVEN News 97.1 FM. Hobb said on WRAL 88.3 that the schools would close.",
        [
            ("indirect", "the roads were shut", "Chief Lena Hobb", "told"),
            ("indirect", "The shelters were full", "Hobb", "told"),
            ("indirect", "the schools would close", "Hobb", "said"),
        ],
    ),
    (
        "a-capital-dateline-before-a-colon-is-no-speaker",
        'KUALA TERANG: Mr Hadi Rusli said on Monday (Dec 1): "We will rebuild."',
        [("direct", "We will rebuild.", "Mr Hadi Rusli", "said")],
    ),
    (
        "a-programme-named-by-its-time-after-an-outlets-possessive",
        "Ms Bree Tallon told ABC's 7.30 program the plan had failed.",
        [("indirect", "the plan had failed", "Ms Bree Tallon", "told")],
    ),
    (
        "a-news-site-by-its-address-after-told-is-the-listener",
        "The coach told sportsdesk.com.au the squad was fit.",
        [("indirect", "the squad was fit", "The coach", "told")],
    ),
    (
        "the-speaker-leaving-after-the-quotation-is-the-writers-act",
        'Reached at home, Dorn said, "I am not talking to you," and hung up. Vela said the vote'
        " was rigged and then walked away.",
        [
            ("direct", "I am not talking to you,", "Dorn", "said"),
            ("indirect", "the vote was rigged", "Vela", "said"),
        ],
    ),
    (
        "a-bracketed-date-after-the-weekday-is-part-of-the-time-phrase",
        "The board said on Tuesday (Dec 2) that fares would rise. Three buses were recalled, the"
        " agency said on Monday (1 Dec).",
        [
            ("indirect", "fares would rise", "The board", "said"),
            ("indirect", "Three buses were recalled", "the agency", "said"),
        ],
    ),
    (
        "according-to-before-a-contrast-clause-vouches-for-the-clause-before",
        "After the spring votes, the harbor levy trails by nine points in the ward tallies"
        " according to a survey by the Dover Gazette, but its backers plan a late push.",
        [
            (
                "indirect",
                "the harbor levy trails by nine points in the ward tallies",
                "a survey by the Dover Gazette",
                "according to",
            )
        ],
    ),
    (
        "according-to-before-a-where-clause-vouches-for-the-clause-before",
        "On the east side, turnout reached 61 percent, according to the county clerk's office,"
        " where three precincts ran out of ballots.",
        [
            (
                "indirect",
                "On the east side, turnout reached 61 percent",
                "the county clerk's office",
                "according to",
            )
        ],
    ),
    (
        "a-report-in-a-who-aside-ends-where-the-subjects-verb-comes-back",
        "Ines Marlow, who chairs the port board and said she would fight the levy, later voted"
        " for it anyway.",
        [("indirect", "she would fight the levy", "who", "said")],
    ),
    (
        "a-report-in-a-though-aside-ends-where-the-subjects-verb-comes-back",
        "The union chief, though she toured the plant and said workers deserved a raise,"
        " declined to endorse the strike.",
        [("indirect", "workers deserved a raise", "The union chief", "said")],
    ),
    (
        "two-modifiers-joined-before-a-closing-speakers-head",
        "The ferry pier will reopen in June, state and local officials said.",
        [("indirect", "The ferry pier will reopen in June", "state and local officials", "said")],
    ),
    (
        "two-modifiers-joined-before-a-closing-documents-head",
        "Voss paid the dock fee twice, tax and court records show.",
        [("indirect", "Voss paid the dock fee twice", "tax and court records", "show")],
    ),
    (
        "a-poll-out-monday-is-a-document-head-with-its-day",
        "A Bayview College survey out this week shows the transit levy passing by nine points.",
        [
            (
                "indirect",
                "the transit levy passing by nine points",
                "A Bayview College survey",
                "shows",
            )
        ],
    ),
    (
        "a-semicolon-series-closing-on-and-is-one-report",
        "The volunteers said they had repaired the chapel roof; cleared two miles of trail;"
        " and raised $4,000 for the shelter.",
        [
            (
                "indirect",
                "they had repaired the chapel roof; cleared two miles of trail; and raised $4,000"
                " for the shelter",
                "The volunteers",
                "said",
            )
        ],
    ),
    (
        "according-to-after-a-semicolon-series-vouches-for-the-whole-series",
        "The printer received $900; the caterer received $1,250; and the band received $600,"
        " according to the club's ledger.",
        [
            (
                "indirect",
                "The printer received $900; the caterer received $1,250; and the band"
                " received $600",
                "the club's ledger",
                "according to",
            )
        ],
    ),
    (
        "said-another-after-a-quotation-is-one-more-speaker",
        "“The ferry is never on time,” said one commuter. “We wait an hour,” said another.",
        [
            ("direct", "The ferry is never on time,", "one commuter", "said"),
            ("direct", "We wait an hour,", "another", "said"),
        ],
    ),
    (
        "a-place-phrase-after-the-listener-then-a-comma-and-the-quotation",
        "The coach told reporters in Tulsa on Friday, “We knew the second half would be ours.”",
        [("direct", "We knew the second half would be ours.", "The coach", "told")],
    ),
    (
        "a-manner-adverb-after-the-cue-then-a-comma-and-the-quotation",
        "The captain replied calmly, “Nobody on this crew was ever in danger.”",
        [("direct", "Nobody on this crew was ever in danger.", "The captain", "replied")],
    ),
    (
        "a-connective-set-off-after-the-cue-then-the-quotation",
        "The mayor conceded, however, “The budget will not balance itself this year.”",
        [("direct", "The budget will not balance itself this year.", "The mayor", "conceded")],
    ),
    (
        "was-asked-then-a-quoted-question-is-a-quote-with-no-speaker",
        "The skipper was asked, “Why did the boat leave port in a storm?”",
        [("direct", "Why did the boat leave port in a storm?", None, "asked")],
    ),
    (
        "a-bare-clause-whose-subject-holds-a-which-clause",
        "Critics argued the transit plan, which has lost two ballot votes, was doomed from the"
        " start.",
        [
            (
                "indirect",
                "the transit plan, which has lost two ballot votes, was doomed from the start",
                "Critics",
                "argued",
            )
        ],
    ),
    (
        "here-in-a-place-opens-the-sentence-before-the-subject-of-saying",
        "Here at the shipyard, the governor toured the new dry dock, saying the yard would hire"
        " 200 welders.",
        [("indirect", "the yard would hire 200 welders", "the governor", "saying")],
    ),
    (
        "a-venue-phrase-between-a-spoken-intention-and-its-infinitive",
        "The senator vowed Tuesday at a town hall in Reno to cut the fuel tax.",
        [("indirect", "to cut the fuel tax", "The senator", "vowed")],
    ),
    (
        "a-bracketed-date-after-the-weekday-is-a-time-phrase-of-the-cue",
        "KALLANG: The harbour board said on Friday (Nov 27) that two ferries were delayed.",
        [("indirect", "two ferries were delayed", "The harbour board", "said")],
    ),
    (
        "a-bracketed-day-month-date-after-a-venue-and-weekday",
        "Ms Tan Hui Ling said in a news release on Tuesday (25 Nov) that the depot would close.",
        [("indirect", "the depot would close", "Ms Tan Hui Ling", "said")],
    ),
    (
        "a-bracketed-date-before-a-colon-quote-keeps-the-speaker",
        'KALLANG: Mr Lim Boon Kiat said on Friday (Nov 27): "We will reopen the pier."',
        [("direct", "We will reopen the pier.", "Mr Lim Boon Kiat", "said")],
    ),
    (
        "an-age-set-off-in-the-subject-of-a-bare-clause-keeps-the-report",
        "Police will allege the driver, 41, rammed the gate before fleeing.",
        [("indirect", "the driver, 41, rammed the gate before fleeing", "Police", "allege")],
    ),
    (
        "an-irregular-past-after-an-adverb-is-the-bare-clauses-verb",
        "The complaint claims the firm knowingly sold leaky boilers.",
        [("indirect", "the firm knowingly sold leaky boilers", "The complaint", "claims")],
    ),
    (
        "a-provincial-rcmp-takes-the-plural-say-as-police-does",
        "BRANDON — Manitoba RCMP say a woman was hurt in a rollover near Carberry.",
        [("indirect", "a woman was hurt in a rollover near Carberry", "Manitoba RCMP", "say")],
    ),
    (
        "flagged-with-a-clause-is-an-australian-cue",
        "Ms Kerridge flagged the levy would rise in the new year.",
        [("indirect", "the levy would rise in the new year", "Ms Kerridge", "flagged")],
    ),
    (
        "foreshadowed-that-is-a-cue",
        "The treasurer foreshadowed that payroll tax would change.",
        [("indirect", "payroll tax would change", "The treasurer", "foreshadowed")],
    ),
    (
        "flagged-with-a-noun-phrase-is-an-act",
        "The auditor flagged concerns about the tender.",
        [],
    ),
    (
        "the-court-heard-with-that-dropped-is-a-speakerless-report",
        "The court heard the accused had 12 prior convictions.",
        [("indirect", "the accused had 12 prior convictions", None, "heard")],
    ),
    (
        "the-court-heard-a-case-is-no-report",
        "The court heard the appeal in March.",
        [],
    ),
    (
        "a-plural-document-with-an-aside-then-a-bare-show",
        "The memos, released Tuesday, show that the clinic overbilled the county.",
        [("indirect", "the clinic overbilled the county", "The memos", "show")],
    ),
    (
        "an-appositive-host-of-a-networks-quoted-show-keeps-the-quote",
        'Tessa Lund, the host of WKRN\'s "Morning Wire," said the mayor had declined to appear.',
        [("indirect", "the mayor had declined to appear", "Tessa Lund", "said")],
    ),
    (
        "a-whole-quotation-then-and-the-speakers-next-act-stays-direct",
        'Reached at home, Dunmore said, "I have nothing to add," and hung up.',
        [("direct", "I have nothing to add,", "Dunmore", "said")],
    ),
    (
        "a-company-name-ending-in-capital-one-speaks",
        "Kestrel One said service would resume by Monday.",
        [("indirect", "service would resume by Monday", "Kestrel One", "said")],
    ),
    (
        "an-unquoted-translation-in-parentheses-after-the-quotation",
        '"Tuloy ang laban," (The fight goes on) Velasco said.',
        [("direct", "Tuloy ang laban,", "Velasco", "said")],
    ),
    (
        "a-radio-stations-frequency-after-told-is-the-listener",
        "Chief Nora Vale told KVLE 94.7 FM the road would reopen Sunday.",
        [("indirect", "the road would reopen Sunday", "Chief Nora Vale", "told")],
    ),
    (
        "a-role-only-counsel-subject-of-a-quoted-speech-act",
        'The insurer\'s general counsel called the audit "reckless."',
        [("partial", "reckless.", "The insurer's general counsel", "called")],
    ),
    (
        "a-request-participle-after-a-quotation-and-its-cue-is-the-same-speakers",
        '"We reject this," Lin said, urging Tarvia to "stop the provocations."',
        [
            ("direct", "We reject this,", "Lin", "said"),
            ("partial", "stop the provocations.", "Lin", "urging"),
        ],
    ),
    (
        "a-span-of-time-opening-the-sentence-is-no-speaker",
        'Minutes later, Odile Brack thanked the crews, telling the crowd, "You saved the pier."',
        [
            ("indirect", "the crews", "Odile Brack", "thanked"),  # thanked: fourth session
            ("direct", "You saved the pier.", "Odile Brack", "telling"),
        ],
    ),
    (
        "a-recalled-moment-opening-the-sentence-is-no-speaker",
        "Back in 2011, Mr. Penhale backed the toll, telling a radio host that it would pay off.",
        [("indirect", "it would pay off", "Mr. Penhale", "telling")],
    ),
    (
        "a-state-and-a-day-after-an-opening-town-are-no-speaker",
        "At a diner in Corbin, Kentucky, on Friday, Ms. Alder spoke of the mill, saying that it"
        " would reopen.",
        [
            # "spoke of X" reports X (pol19a)
            ("indirect", "the mill", "Ms. Alder", "spoke"),
            ("indirect", "it would reopen", "Ms. Alder", "saying"),
        ],
    ),
    (
        "a-joint-statement-calling-credits-the-ones-who-issued-it",
        'Mayor Quell and Dean Arvo issued a joint statement calling the accord "a fair start."',
        [("partial", "a fair start.", "Mayor Quell and Dean Arvo", "calling")],
    ),
    (
        "ads-a-union-placed-credit-the-union",
        'The dockers\' union placed full-page ads calling the sale a "quiet giveaway."',
        [("partial", "quiet giveaway.", "The dockers' union", "calling")],
    ),
    (
        "a-relative-clause-holding-a-town-and-state-leaves-the-name-speaking",
        "Rhea Dunmore, who lost her shop in the flood in Tula, Oregon, in May 2014, said that"
        " the levee was never fixed.",
        [("indirect", "the levee was never fixed", "Rhea Dunmore", "said")],
    ),
    (
        "a-participle-aside-holding-an-appositive-leaves-the-name-speaking",
        "Sen. Abel Corrow, facing a tough race in Ohio, a swing state, said he would back"
        " the bill.",
        [("indirect", "he would back the bill", "Sen. Abel Corrow", "said")],
    ),
    (
        "a-role-holding-a-paper-s-name-leaves-the-name-speaking",
        "Lotte Brame, the editor of the town's weekly paper, the Kelso Lamp, said sales were up.",
        [("indirect", "sales were up", "Lotte Brame", "said")],
    ),
    (
        "one-aide-speaking-to-a-paper-speaks-not-the-paper",
        "Another budget aide speaking to the Kelso Lamp said the deficit was growing.",
        [
            (
                "indirect",
                "the deficit was growing",
                "Another budget aide speaking to the Kelso Lamp",
                "said",
            )
        ],
    ),
    (
        "a-news-report-released-on-a-day-is-one-speaker",
        "A news report released Friday said the ferry line had lost its license.",
        [
            (
                "indirect",
                "the ferry line had lost its license",
                "A news report released Friday",
                "said",
            )
        ],
    ),
    (
        "a-single-quoted-subhead-paragraph-is-no-quote",
        'The pier reopened on Monday, Ada Voss said. "We built it to last," she said.\n\n'
        "'A harbor for everyone.'\n\nThe toll will stay at two dollars.",
        [
            ("indirect", "The pier reopened on Monday", "Ada Voss", "said"),
            ("direct", "We built it to last,", "she", "said"),
        ],
    ),
    (
        "it-is-worth-noting-is-the-writers-aside",
        "It is worth noting that the pier opened in 1921. Ada Voss said the toll would stay.",
        [("indirect", "the toll would stay", "Ada Voss", "said")],
    ),
    (
        "a-sentence-adverb-set-off-by-a-comma-is-no-speaker",
        "Instead, the mayor kept to her script, saying that the pier would reopen.",
        [("indirect", "the pier would reopen", "the mayor", "saying")],
    ),
    (
        "a-weekday-moment-set-off-by-a-comma-is-no-speaker",
        'Sunday morning, Voss mocked the plan and accused Dorn of a "late conversion."',
        [
            ("indirect", "the plan", "Voss", "mocked"),
            ("partial", "late conversion.", "Voss", "accused"),
        ],
    ),
    (
        "an-opening-phrase-whose-comma-sits-inside-a-title-s-marks",
        'In an interview with "Good Morning Kelso," Ada Voss pointed to the budget, remarking'
        " that the fund was empty.",
        [
            ("indirect", "the budget", "Ada Voss", "pointed"),  # pointed to: fourth session
            ("indirect", "the fund was empty", "Ada Voss", "remarking"),
        ],
    ),
    (
        "a-book-title-after-the-cue-is-no-second-half",
        'The flood ended his plans to farm, Mr. Dorn wrote in his 2012 book, "A Harbor Son."',
        [("indirect", "The flood ended his plans to farm", "Mr. Dorn", "wrote")],
    ),
    (
        "a-second-half-after-a-memoir-still-is-one",
        '"We lost the boats," she wrote in her memoir, "and then we lost the pier."',
        [
            ("direct", "We lost the boats,", "she", "wrote"),
            ("direct", "and then we lost the pier.", "she", "wrote"),
        ],
    ),
    (
        "a-markup-tag-s-attribute-values-are-no-quotes",
        'Voss took the loss calmly.\n\n<tweet tweet-author="@adavoss" tweet-date="May 2, 2024\n">'
        "Proud of this crew. On to the next race.</tweet>\n\nDorn said he would run again.",
        [("indirect", "he would run again", "Dorn", "said")],
    ),
    (
        "an-issuer-with-a-party-tag-issued-the-statement",
        "Sen. Ada Voss (R-Ore.) issued a statement saying that the vote would wait.",
        # the party tag is part of the mention, as before "said" (pol19b)
        [("indirect", "the vote would wait", "Sen. Ada Voss (R-Ore.)", "saying")],
    ),
    (
        "an-issuer-with-an-appositive-released-the-statement",
        "Kim Lade, the committee's field director, released a statement confirming that the"
        " race was close.",
        [("indirect", "the race was close", "Kim Lade", "confirming")],
    ),
    (
        "a-lawsuit-filed-credits-the-one-who-filed-it",
        "The attorney general filed a $40 million lawsuit in 2019 alleging that the school"
        " misled students.",
        [("indirect", "the school misled students", "The attorney general", "alleging")],
    ),
    (
        "a-letter-to-someone-credits-its-writer",
        "In September, she wrote a letter to Dorn asking that the fees go to charity.",
        [("indirect", "the fees go to charity", "she", "asking")],
    ),
    (
        "at-the-time-between-speaker-and-cue-is-no-speaker",
        'Dorn at the time said he would "never quit."',
        [("partial", "never quit.", "Dorn", "said")],
    ),
    (
        "an-opening-past-participle-phrase-with-a-comma-inside-is-no-speaker",
        "Chastened by the reviews, as well as the cost, Dorn rewrote his plan, promising to cut"
        " the toll.",
        [("indirect", "to cut the toll", "Dorn", "promising")],
    ),
    (
        "an-opening-date-without-a-comma-is-no-speaker",
        'On May 4 they released the tally by announcing that the count was "flawed."',
        [("partial", "flawed.", "they", "announcing")],
    ),
    (
        "object-act-criticized-reports-its-object",
        "Councillor Brenna Tolliver criticized the new parking levy on Thursday.",
        [
            (
                "indirect",
                "the new parking levy",
                "Councillor Brenna Tolliver",
                "criticized",
            )
        ],
    ),
    (
        "object-act-praised-keeps-its-for-phrase",
        "Mayor Ilka Domrose praised the volunteers for clearing the flooded underpass.",
        [
            (
                "indirect",
                "the volunteers for clearing the flooded underpass",
                "Mayor Ilka Domrose",
                "praised",
            )
        ],
    ),
    (
        "object-act-defended-keeps-its-as-phrase",
        "Coach Aldo Pernell defended his lineup as the best the club had fielded.",
        [
            (
                "indirect",
                "his lineup as the best the club had fielded",
                "Coach Aldo Pernell",
                "defended",
            )
        ],
    ),
    (
        "object-act-citing-after-a-comma-takes-the-subject",
        "The airline lowered its forecast, citing weaker bookings from Asia.",
        [("indirect", "weaker bookings from Asia", "The airline", "citing")],
    ),
    ("object-act-passive-is-no-report", "The levy was criticized by Councillor Tolliver.", []),
    ("object-act-noun-is-no-report", "Criticism of the levy from Councillor Tolliver grew.", []),
    ("object-act-relative-that-is-no-report", "A bill that cited the survey passed.", []),
    (
        "supported-a-bill-is-a-stance",
        "Senator Ostrow supported the bill.",
        [("indirect", "the bill", "Senator Ostrow", "supported")],
    ),
    (
        "object-act-questioned-reports-its-object",
        "Harbour commissioner Tomas Quell questioned the ferry ridership figures.",
        [
            (
                "indirect",
                "the ferry ridership figures",
                "Harbour commissioner Tomas Quell",
                "questioned",
            )
        ],
    ),
    (
        "object-act-recalled-a-noun-phrase-is-no-report",
        "Wenna Strade recalled her first winter on the island.",
        [],
    ),
    (
        "object-act-rejected-reports-its-object",
        "The dockworkers' union rejected the night-shift rota drawn up by management.",
        [
            (
                "indirect",
                "the night-shift rota drawn up by management",
                "The dockworkers' union",
                "rejected",
            )
        ],
    ),
    (
        "object-act-ends-before-a-second-predicate",
        "Mayor Ilka Domrose praised the harbour crews but stopped short of backing their claim.",
        [("indirect", "the harbour crews", "Mayor Ilka Domrose", "praised")],
    ),
    (
        "object-act-keeps-a-coordinated-object",
        "Tolliver criticized the mayor and the harbour board.",
        [("indirect", "the mayor and the harbour board", "Tolliver", "criticized")],
    ),
    (
        "object-act-indefinite-object-in-a-citing-aside",
        "The mill owners, citing a drop in orders, closed two lines.",
        [("indirect", "a drop in orders", "The mill owners", "citing")],
    ),
    ("object-act-slammed-into-is-no-report", "The truck slammed into a wall.", []),
    (
        "object-act-with-no-object-is-no-report",
        "Crews cheered the vote, and Councillor Tolliver criticized on social media.",
        [],
    ),
    ("object-act-infinitive-is-no-report", "Few voters were ready to defend the count.", []),
    (
        "a-station-channel-number-closing-a-trailing-told-keeps-the-report",
        "Crews reopened the bridge, Marshal Ines Vale told KRVN 7.",
        [("indirect", "Crews reopened the bridge", "Marshal Ines Vale", "told")],
    ),
    (
        "an-opening-sentence-adverb-is-no-name-before-a-stacked-appositive",
        "Also, the Commissioner for Roads, Engr. Obinna Ekwueme, disclosed that 40 bridges had"
        " been repaired.",
        [("indirect", "40 bridges had been repaired", "Engr. Obinna Ekwueme", "disclosed")],
    ),
    (
        "an-opening-participle-is-no-name-before-a-stacked-appositive",
        "Reacting, the spokesman of the party, Mr Tunde Alabi, said the claims were false.",
        [("indirect", "the claims were false", "Mr Tunde Alabi", "said")],
    ),
    (
        "a-name-with-its-own-predicate-after-a-who-aside-is-the-content",
        "Orrin Vell, who serves in the trade office, is expected to face questions on Monday,"
        " said two Senate aides, who spoke on the condition of anonymity.",
        [
            (
                "indirect",
                "Orrin Vell, who serves in the trade office, is expected to face questions on"
                " Monday",
                "two Senate aides",
                "said",
            )
        ],
    ),
    (
        "a-topic-after-warned-of-with-a-participle-is-no-clause",
        "The agency warned of counterfeit inhalers sold online.",
        [],
    ),
    (
        "recalled-cars-are-a-product-recall",
        "Velmora Motors recalled 41,000 sedans on Tuesday over a loose seat bolt.",
        [],
    ),
    (
        "a-judge-dismissed-a-lawsuit-is-an-act",
        "A county judge dismissed the lawsuit against the harbor board on Monday.",
        [],
    ),
    (
        "a-chamber-rejected-a-bill-is-a-vote",
        "The state Senate rejected the ferry bill 21-17 after a short debate.",
        [],
    ),
    (
        "defended-her-title-is-a-contest",
        "Orla Venn defended her title with a three-set win over Mika Dorn.",
        [],
    ),
    (
        "questioned-the-suspect-is-an-interview",
        "Detectives questioned the suspect for six hours before releasing him.",
        [],
    ),
    (
        "cited-the-driver-is-a-ticket",
        "Troopers cited the driver for following too closely.",
        [],
    ),
    (
        "cited-a-cause-still-reports-it",
        "The ferry company cited rising fuel costs for the fare increase.",
        [("indirect", "rising fuel costs for the fare increase", "The ferry company", "cited")],
    ),
    (
        "citing-after-another-clause-is-not-the-subject-s",
        "Shares of Brixel fell 3% after the software maker cut its forecast, citing weak demand.",
        [],
    ),
    (
        "citing-after-an-inverted-speaker-is-not-the-subject-s",
        "Fares will stay high, said Ana Holm, founder of Holm Insights, citing strong demand.",
        [("indirect", "Fares will stay high", "Ana Holm", "said")],
    ),
    (
        "citing-sources-names-a-report-s-sources",
        "The daily Le Soir reported the resignation, citing sources close to the cabinet.",
        [],
    ),
    (
        "questioned-a-named-person-is-a-hearing",
        "Sen. Ann Ruiz questioned former CEO Mark Hale on Tuesday about the losses.",
        [],
    ),
    (
        "questioned-a-named-person-s-account-reports-it",
        "Ruiz questioned former CEO Mark Hale's account of the losses.",
        [("indirect", "former CEO Mark Hale's account of the losses", "Ruiz", "questioned")],
    ),
    (
        "defends-during-a-half-is-play",
        "Lakeport guard Jalen Osei defends during the first half.",
        [],
    ),
    (
        "citing-never-credits-a-bare-possessive",
        "Mexico's central bank cut its benchmark rate on Thursday, citing easing inflation.",
        # the whole subject now that "cut its" ends it (no bare "Mexico's")
        [("indirect", "easing inflation", "Mexico's central bank", "citing")],
    ),
    (
        "latest-sign-clause-after-the-cue-is-the-writers",
        "The bridge toll is fair, Olwen Markby said on Friday, the latest sign the council is"
        " easing its stance.",
        [("indirect", "The bridge toll is fair", "Olwen Markby", "said")],
    ),
    (
        "in-a-sign-clause-after-the-cue-is-the-writers",
        "The bridge toll is fair, Olwen Markby said, in a sign talks with the ferry firm"
        " had stalled.",
        [("indirect", "The bridge toll is fair", "Olwen Markby", "said")],
    ),
    (
        "in-its-first-after-the-cue-is-the-writers",
        "Tarvos Mining shut its shaft on Friday, the regulator said, in its first such order in"
        " two years.",
        [("indirect", "Tarvos Mining shut its shaft on Friday", "the regulator", "said")],
    ),
    (
        "in-his-strongest-remarks-yet-after-the-cue",
        "The levy is dead, the alderman said Tuesday, in his strongest remarks yet.",
        [("indirect", "The levy is dead", "the alderman", "said")],
    ),
    (
        "told-a-regular-news-briefing-after-the-content",
        "The levy will stay, spokesperson Ilse Varga told a regular news briefing on Friday.",
        [("indirect", "The levy will stay", "spokesperson Ilse Varga", "told")],
    ),
    (
        "told-a-regular-news-briefing-at-the-sentence-end",
        "The levy will stay, spokesperson Ilse Varga told a regular news briefing.",
        [("indirect", "The levy will stay", "spokesperson Ilse Varga", "told")],
    ),
    (
        "told-a-conference-in-a-place-organized-by-a-host",
        "Freight demand is cooling, Orrin Talbot told a conference in Lisbon organized by the"
        " Harbour Forum.",
        [("indirect", "Freight demand is cooling", "Orrin Talbot", "told")],
    ),
    (
        "told-a-conference-hosted-by-a-host",
        "Freight demand is cooling, Orrin Talbot told a conference hosted by the Harbour Forum.",
        [("indirect", "Freight demand is cooling", "Orrin Talbot", "told")],
    ),
    (
        "said-when-meeting-with-after-the-content",
        "The two ports should share pilots, Lin Qiao said when meeting with visiting Harbour"
        " Minister Tomas Vell.",
        [("indirect", "The two ports should share pilots", "Lin Qiao", "said")],
    ),
    (
        "said-when-addressing-after-the-content",
        "The two ports should share pilots, Lin Qiao said when addressing the forum.",
        [("indirect", "The two ports should share pilots", "Lin Qiao", "said")],
    ),
    (
        "said-when-meeting-with-before-that",
        "Lin Qiao said when meeting with Harbour Minister Tomas Vell that the ports should"
        " share pilots.",
        [("indirect", "the ports should share pilots", "Lin Qiao", "said")],
    ),
    (
        "while-a-named-body-kept-its-is-the-writers-contrast",
        "Talvern Bank said in a note that it expected copper to average $9,000 next year,"
        " while Orsk Capital kept its forecast unchanged.",
        [
            (
                "indirect",
                "it expected copper to average $9,000 next year",
                "Talvern Bank",
                "said",
            )
        ],
    ),
    (
        "according-to-prices-compiled-by-keeps-the-compiler",
        "Harbour bonds rose 2 cents, according to indicative prices compiled by Quayside Data.",
        [
            (
                "indirect",
                "Harbour bonds rose 2 cents",
                "indicative prices compiled by Quayside Data",
                "according to",
            )
        ],
    ),
    (
        "according-to-a-letter-to-investors-seen-by",
        "The Merrow fund returned 9%, according to a letter to investors seen by the Tidewater"
        " Ledger.",
        [
            (
                "indirect",
                "The Merrow fund returned 9%",
                "a letter to investors seen by the Tidewater Ledger",
                "according to",
            )
        ],
    ),
    (
        "name-then-capitalised-role-of-a-body-speaks",
        "Mira Olsen, Chief Executive Officer of Tarvos Labs, said, “We are pleased.”",
        [("direct", "We are pleased.", "Mira Olsen", "said")],
    ),
    (
        "name-then-capitalised-rank-role-of-a-unit-speaks",
        "Mira Olsen, Senior Vice President of Sales, said the quarter was strong.",
        [("indirect", "the quarter was strong", "Mira Olsen", "said")],
    ),
    (
        "closing-name-then-capitalised-role-of-a-body",
        "Harbour trade shows strong resilience, Li Wen, Chief Economist of Quayside Bank, told"
        " reporters.",
        [("indirect", "Harbour trade shows strong resilience", "Li Wen", "told")],
    ),
    (
        "market-subject-after-clause-actor-speaks-for-saying",
        "Shares fell after Quayside analyst Tomas Brell cut his rating to hold, saying freight"
        " demand was slowing.",
        [
            (
                "indirect",
                "freight demand was slowing",
                "Quayside analyst Tomas Brell",
                "saying",
            )
        ],
    ),
    (
        "the-stock-fell-after-analyst-cut-saying",
        "The stock fell 5% after analyst Tomas Brell cut his rating, saying freight demand was"
        " slowing.",
        [("indirect", "freight demand was slowing", "analyst Tomas Brell", "saying")],
    ),
    (
        "a-person-subject-keeps-saying-after-an-after-clause",
        "The alderman walked out after the vote failed, saying the count was a sham.",
        [("indirect", "the count was a sham", "The alderman", "saying")],
    ),
    (
        "said-bare-clause-according-to-an-official-keeps-the-outer",
        "The mayor said the levy would take effect Monday, according to a City Hall official.",
        [
            (
                "indirect",
                "The mayor said the levy would take effect Monday",
                "a City Hall official",
                "according to",
            )
        ],
    ),
    (
        "that-demonstrative-stays-in-the-speaker",
        "That official said no decision on the ferry levy had been made.",
        [("indirect", "no decision on the ferry levy had been made", "That official", "said")],
    ),
    (
        "named-strategist-and-colleagues-is-one-speaker",
        "Quayside Bank strategist Ola Brenn and colleagues wrote that the krone would rise.",
        [
            (
                "indirect",
                "the krone would rise",
                "Quayside Bank strategist Ola Brenn and colleagues",
                "wrote",
            )
        ],
    ),
    (
        "outlet-learned-from-a-body-credits-the-body",
        "The Merrow probe will launch next year, Harbour Daily learned from the Quayside Space"
        " Office on Friday.",
        [
            (
                "indirect",
                "The Merrow probe will launch next year",
                "the Quayside Space Office",
                "learned from",
            )
        ],
    ),
    (
        "said-bare-clause-according-to-an-official-record-keeps-the-inner",
        "The governor said the bridge would reopen, according to her official website.",
        [("indirect", "the bridge would reopen", "The governor", "said")],
    ),
    (
        "citing-the-police-aside-is-the-reports-source",
        "The Varn Courier, citing the regional police, reported that two ferries had collided.",
        [("indirect", "two ferries had collided", "The Varn Courier", "reported")],
    ),
    (
        "said-when-asked-about-then-that-drops-the-occasion",
        "Envoy Tarik Velan said when asked about the quota dispute that Ostria wanted talks.",
        [("indirect", "Ostria wanted talks", "Envoy Tarik Velan", "said")],
    ),
    (
        "irregular-past-before-its-object-ends-the-participles-subject",
        "The ferry company cut its winter timetable on Monday, citing weaker bookings.",
        [("indirect", "weaker bookings", "The ferry company", "citing")],
    ),
    (
        "irregular-past-sold-before-its-object-ends-the-subject",
        "The harbour trust sold its stake, saying the price was fair.",
        [("indirect", "the price was fair", "The harbour trust", "saying")],
    ),
    (
        "neighbouring-before-a-country-is-an-adjective-not-a-participle",
        "The drones came from the east, neighbouring Ostria said.",
        [("indirect", "The drones came from the east", "neighbouring Ostria", "said")],
    ),
    (
        "demonstrative-opens-a-trailing-speaker",
        "The deal was dead, that aide said.",
        [("indirect", "The deal was dead", "that aide", "said")],
    ),
    (
        "surname-spelled-as-a-determiner-after-a-first-name",
        "Her colleague Dorian Every wrote that the rally would fade.",
        [("indirect", "the rally would fade", "Her colleague Dorian Every", "wrote")],
    ),
    (
        "surname-every-alone-before-a-past-cue",
        "Every said the harbour dues were too high.",
        [("indirect", "the harbour dues were too high", "Every", "said")],
    ),
    (
        "coordinated-request-keeps-the-bracketed-seat-of-the-first-cue",
        "Mr Olan Petri (Harbour West GRC) said the levy was unfair, but urged the board to act.",
        [
            ("indirect", "the levy was unfair", "Mr Olan Petri (Harbour West GRC)", "said"),
            ("indirect", "the board to act", "Mr Olan Petri (Harbour West GRC)", "urged"),
        ],
    ),
    (
        "second-level-country-domain-is-one-speaker",
        "Harbourside.com.au reported the ferry deal would be signed.",
        [("indirect", "the ferry deal would be signed", "Harbourside.com.au", "reported")],
    ),
    (
        "riding-with-two-dashes-in-brackets-stays-in-the-speaker",
        "Conservative MP Dana Korvell (Eastvale—Marsh Point—Thousand Coves) said the minister"
        " should resign.",
        [
            (
                "indirect",
                "the minister should resign",
                "Conservative MP Dana Korvell (Eastvale—Marsh Point—Thousand Coves)",
                "said",
            )
        ],
    ),
    (
        "it-read-after-a-quotation-is-the-document-speaking",
        "The ferry office taped a notice to its door. “No sailings until the storm passes,”"
        " it read.",
        [("direct", "No sailings until the storm passes,", "it", "read")],
    ),
    (
        "read-one-after-a-quotation-is-one-of-the-signs",
        "Dock workers marched with placards. “Keep the night ferry,” read one.",
        [("direct", "Keep the night ferry,", "one", "read")],
    ),
    (
        "said-one-after-a-quotation-is-one-of-the-people",
        "Dozens of trawler crews waited at the gate. “We cannot pay the new dues,” said one.",
        [("direct", "We cannot pay the new dues,", "one", "said")],
    ),
    (
        "a-gauge-that-read-a-figure-is-no-quote",
        "The river gauge at Marlow Bridge read 4.2 metres on Sunday, and the Herons won one.",
        [],
    ),
    (
        "poll-with-its-pollster-and-release-day-finds",
        "A poll from Kell University released Wednesday found Mayor Ines Varga leading her rival"
        " by 9 points.",
        [
            (
                "indirect",
                "Mayor Ines Varga leading her rival by 9 points",
                "A poll from Kell University released Wednesday",
                "found",
            )
        ],
    ),
    (
        "survey-with-its-date-and-sample-finds",
        "A survey on Tuesday of harbour pilots found both tug firms largely unknown.",
        [
            (
                "indirect",
                "both tug firms largely unknown",
                "A survey on Tuesday of harbour pilots",
                "found",
            )
        ],
    ),
    (
        "study-by-a-titled-author-finds",
        "A 2019 study by Kell Law School professor Ana Varga found 12 cases of ferry fare fraud.",
        [
            (
                "indirect",
                "12 cases of ferry fare fraud",
                "A 2019 study by Kell Law School professor Ana Varga",
                "found",
            )
        ],
    ),
    (
        "data-from-a-survey-show-a-plural-with-its-source",
        "Data from the 2021 harbour labour survey show that women held about a third of the"
        " pilot jobs.",
        [
            (
                "indirect",
                "women held about a third of the pilot jobs",
                "Data from the 2021 harbour labour survey",
                "show",
            )
        ],
    ),
    (
        "survey-ship-released-and-found-is-no-report",
        "A survey ship from the navy released on Monday found the wreck of the trawler.",
        [],
    ),
    (
        "review-panel-that-found-guilty-is-no-report",
        "A review panel of three judges on Monday found the officer guilty of misconduct.",
        [],
    ),
    (
        "contracted-pronoun-opens-the-clause-of-a-claim",
        "Marsh Holdings founder Piet Olander claims he's worth $3 billion.",
        [("indirect", "he's worth $3 billion", "Marsh Holdings founder Piet Olander", "claims")],
    ),
    (
        "contracted-pronoun-opens-the-clause-of-a-suggestion",
        "Councillor Ada Brandt suggested she'll vote against the ferry levy.",
        [("indirect", "she'll vote against the ferry levy", "Councillor Ada Brandt", "suggested")],
    ),
    (
        "it-and-a-past-with-its-object-is-a-clause",
        "The Kestrels confirmed it signed the striker on a three-year deal.",
        [("indirect", "it signed the striker on a three-year deal", "The Kestrels", "confirmed")],
    ),
    (
        "found-it-and-its-state-is-no-report",
        "Police found it abandoned near the Marlow ferry terminal on Sunday.",
        [],
    ),
    (
        "a-perfect-describing-remarks-is-no-clause",
        "Hale apologized on Tuesday for crude remarks he'd made about trawler crews.",
        [],
    ),
    (
        "long-subject-then-its-modal-after-argued",
        "Senator Ilse Varn argued the governor's plan to pay for the new ferries by selling the"
        " old pier would leave the harbour broke.",
        [
            (
                "indirect",
                "the governor's plan to pay for the new ferries by selling the old pier would leave"
                " the harbour broke",
                "Senator Ilse Varn",
                "argued",
            )
        ],
    ),
    (
        "long-subject-then-its-modal-after-suggests",
        "Economist Paavo Rask suggests any new deals to cut port fees should be phased in.",
        [
            (
                "indirect",
                "any new deals to cut port fees should be phased in",
                "Economist Paavo Rask",
                "suggests",
            )
        ],
    ),
    (
        "announced-a-long-noun-phrase-with-no-modal-stays-an-act",
        "The club announced the signing of striker Ivo Brandt from the Herons on a three-year"
        " contract.",
        [],
    ),
    (
        "a-relative-with-no-that-stops-the-long-subject",
        "After posting some of the notices she was told to post, the clerk went home.",
        [],
    ),
    (
        "since-and-a-speech-participle-speaks-for-the-clause-subject",
        "Since announcing in October that she would not run again, Mayor Ines Varga has kept"
        " quiet.",
        [("indirect", "she would not run again", "Mayor Ines Varga", "announcing")],
    ),
    (
        "since-signing-is-no-report",
        "The striker has scored twice since signing for the Herons in May.",
        [],
    ),
    (
        "present-verb-then-too-much-is-a-clause",
        "Skippers on the north quay argue the roster gives too much power to the harbour"
        " master.",
        [
            (
                "indirect",
                "the roster gives too much power to the harbour master",
                "Skippers on the north quay",
                "argue",
            )
        ],
    ),
    (
        "closing-records-with-their-filing-date-show",
        "The ferry operator paid no harbour dues for six years, court records filed on Monday"
        " night show.",
        [
            (
                "indirect",
                "The ferry operator paid no harbour dues for six years",
                "court records filed on Monday night",
                "show",
            )
        ],
    ),
    (
        "closing-fans-seen-on-a-night-is-no-report",
        "The band played for two hours, and the crowd of fans seen on Sunday night cheered.",
        [],
    ),
    (
        "opposed-with-a-noun-phrase-object-is-a-stance",
        "Councillor Mira Talvik opposed the harbour levy when it reached the floor.",
        [("indirect", "the harbour levy", "Councillor Mira Talvik", "opposed")],
    ),
    (
        "opposing-after-a-comma-takes-the-sentence-subject",
        "Mayor Ilse Brandt spoke for an hour, opposing the merger of the ferry lines.",
        [("indirect", "the merger of the ferry lines", "Mayor Ilse Brandt", "opposing")],
    ),
    (
        "oppose-after-a-plural-subject-is-a-stance",
        "Most harbour pilots oppose the night tariff on cargo barges.",
        [("indirect", "the night tariff on cargo barges", "Most harbour pilots", "oppose")],
    ),
    (
        "opposes-a-one-word-object-is-a-stance",
        "Senator Oskar Lind opposes conscription.",
        [("indirect", "conscription", "Senator Oskar Lind", "opposes")],
    ),
    (
        "opposed-it-before-a-writer-s-because-is-the-pronoun",
        "Velmor Freight opposed it because the fee doubled.",
        [("indirect", "it", "Velmor Freight", "opposed")],
    ),
    (
        "supports-a-noun-phrase-is-a-stance",
        "The harbour pilots' union has long supported a night tariff on cargo barges.",
        [
            (
                "indirect",
                "a night tariff on cargo barges",
                "The harbour pilots' union",
                "supported",
            )
        ],
    ),
    (
        "supported-ends-at-throughout",
        "Councillor Ada Brandt supported the toll throughout the debate.",
        [("indirect", "the toll", "Councillor Ada Brandt", "supported")],
    ),
    ("supported-prices-is-a-market-act", "The Velmar central bank supported the currency.", []),
    ("supports-jobs-is-no-stance", "The Kessling plant supports 2,000 jobs in the county.", []),
    ("supported-by-a-voting-body-is-a-vote", "Shareholders supported the merger on Tuesday.", []),
    ("backed-a-start-up-is-an-investment", "Arden Ventures backed the start-up last year.", []),
    (
        "opposed-someone-in-a-runoff-ran-against-them",
        "Nobody opposed the sitting mayor in the runoff, so she won unopposed.",
        [],
    ),
    (
        "opposed-in-a-final-played-against",
        "Harwick Rovers opposed a second-division side in the cup final.",
        [],
    ),
    (
        "negated-opposed-reports-nothing",
        "Councillor Mira Talvik has never opposed the harbour levy.",
        [],
    ),
    (
        "opposed-to-is-an-adjective-not-a-stance-verb",
        "Rebels opposed to the junta seized the river port on Sunday.",
        [],
    ),
    (
        "opposed-armed-men-is-a-physical-act",
        "Villagers opposed the soldiers at the checkpoint with sticks and stones.",
        [],
    ),
    (
        "opposed-by-a-board-with-a-vote-score-is-a-vote",
        "The board opposed the takeover bid 7-2 on Friday.",
        [],
    ),
    (
        "opposed-by-shareholders-is-a-vote",
        "Shareholders opposed the merger at the annual meeting in Bergen.",
        [],
    ),
    (
        "opposed-by-a-share-of-voters-is-a-tally",
        "Some 15 percent of voters opposed the tunnel plan in the survey.",
        [],
    ),
    (
        "opposing-as-an-adjective-before-a-noun-is-no-verb",
        "Opposing fans clashed outside the stadium after the derby.",
        [],
    ),
    (
        "opposed-each-other-has-no-object",
        "The two clubs opposed each other in the cup final.",
        [],
    ),
    (
        "who-opposes-after-said-describes-the-speaker",
        "“It will pass,” said Ana Holm, a former mayor, who opposes the toll.",
        [("direct", "It will pass,", "Ana Holm", "said")],
    ),
    (
        "time-phrase-after-a-judgement-s-object-is-not-content",
        "Sen. Pell Varnado slammed Treasury Secretary Mona Quist on Tuesday.",
        [("indirect", "Treasury Secretary Mona Quist", "Sen. Pell Varnado", "slammed")],
    ),
    (
        "weekday-night-after-a-praised-object-is-not-content",
        "The Dunmore mayor praised the harbour agreement Tuesday night.",
        [("indirect", "the harbour agreement", "The Dunmore mayor", "praised")],
    ),
    (
        "writer-s-while-clause-after-a-judgement-s-object-is-not-content",
        "Tenants praised the zoning ruling while landlords fumed.",
        [("indirect", "the zoning ruling", "Tenants", "praised")],
    ),
    (
        "writer-s-as-clause-after-a-cited-object-is-not-content",
        "The Vellmark central bank cited rising fuel costs as it raised rates on Thursday.",
        [("indirect", "rising fuel costs", "The Vellmark central bank", "cited")],
    ),
    (
        "writer-s-time-distance-after-a-mocked-object-is-not-content",
        "Orla Benning mocked the chatbot a day after Tessivo unveiled it.",
        [("indirect", "the chatbot", "Orla Benning", "mocked")],
    ),
    (
        "ap-fact-check-appositive-is-not-content",
        "Dellacorte has repeatedly said the 2022 count was rigged, a claim rejected by courts"
        " and election officials across the state.",
        [("indirect", "the 2022 count was rigged", "Dellacorte", "said")],
    ),
    (
        "disputed-figure-appositive-is-not-content",
        "Mayor Inez Paltrow said the levy would pay for itself, a figure disputed by"
        " independent analysts.",
        [("indirect", "the levy would pay for itself", "Mayor Inez Paltrow", "said")],
    ),
    (
        "writer-s-contrast-with-a-rival-is-not-content",
        "Corwin Ashby has pledged to release his tax returns, something Tilda Fenn has refused"
        " to do.",
        [("indirect", "to release his tax returns", "Corwin Ashby", "pledged")],
    ),
    (
        "appositive-to-an-accused-object-keeps-the-complement",
        "Gov. Ilse Marrow accused her challenger, former Speaker Dean Colvin, of wanting to"
        ' "drag the state back to 1890."',
        [("partial", "drag the state back to 1890.", "Gov. Ilse Marrow", "accused")],
    ),
    (
        "appositive-to-an-urged-object-keeps-the-complement",
        "The Kessling mayor urged residents, many of them elderly, to stay indoors.",
        [
            (
                "indirect",
                "residents, many of them elderly, to stay indoors",
                "The Kessling mayor",
                "urged",
            )
        ],
    ),
    (
        "show-title-with-an-ampersand-before-its-host-is-the-listener",
        'Sen. Ober Lintz told "Dawn & Dusk" co-host Mira Pell on Monday that the bill was dead.',
        [("indirect", "the bill was dead", "Sen. Ober Lintz", "told")],
    ),
    (
        "floating-both-after-coordinated-appositives-is-no-speaker",
        "Ruiz, a Democrat, and Hale, a Republican, both praised the harbour agreement.",
        [("indirect", "the harbour agreement", "Ruiz, a Democrat, and Hale", "praised")],
    ),
    (
        "passive-agent-of-an-aside-is-not-the-gerund-s-speaker",
        "Ostrander, asked by a moderator whether he backed the cap, paused before saying he"
        ' would "have to look at the details."',
        [
            ("indirect", "whether he backed the cap", "a moderator", "asked"),
            ("partial", "have to look at the details.", "Ostrander", "saying"),
        ],
    ),
    (
        "a-relative-s-report-leaves-the-governing-speaker-for-the-next-quotation",
        '"It\'s all talk," said Mabel Orcutt, an independent from Wexley who said she was'
        ' leaning toward Ms. Danforth. "Tell me what you\'re going to do."',
        [
            ("direct", "It's all talk,", "Mabel Orcutt", "said"),
            ("indirect", "she was leaning toward Ms. Danforth", "who", "said"),
            ("direct", "Tell me what you're going to do.", "Mabel Orcutt", "said"),
        ],
    ),
    (
        "a-cited-study-is-the-citing-act-s-object-not-a-speaker",
        "Rep. Oda Varn cited a study showing that the ferry program saved $2 million.",
        [
            (
                "indirect",
                "a study showing that the ferry program saved $2 million",
                "Rep. Oda Varn",
                "cited",
            )
        ],
    ),
    (
        "a-cited-forecast-from-an-office-is-not-a-speaker",
        "Varn cited forecasts from the Harbour Budget Office showing growth would pick up.",
        [
            (
                "indirect",
                "forecasts from the Harbour Budget Office showing growth would pick up",
                "Varn",
                "cited",
            )
        ],
    ),
    (
        "second-absolute-phrase-ends-the-judgement-s-object",
        "The candidates met Sunday, with Sen. Ravi Obel defending his votes on inflation and"
        " challenger Dale Kemper struggling to explain his positions.",
        [("indirect", "his votes on inflation", "Sen. Ravi Obel", "defending")],
    ),
    (
        "ad-closes-with-name-saying-the-name-speaks",
        'The ad closes with Tamsin Orrell saying, "Wexford deserves better."',
        [("direct", "Wexford deserves better.", "Tamsin Orrell", "saying")],
    ),
    (
        "former-first-lady-before-a-participle-is-one-speaker",
        "Former first lady Odile Farrant campaigned for Pell on Saturday, telling voters that"
        ' "the harbour is on the ballot."',
        [
            (
                "partial",
                "the harbour is on the ballot.",
                "Former first lady Odile Farrant",
                "telling",
            )
        ],
    ),
    (
        "a-report-s-own-sourcing-is-no-part-of-the-according-to-speaker",
        "The ferry deal was delayed, according to a report in the Harbour Ledger citing three"
        " people briefed on the talks.",
        [
            (
                "indirect",
                "The ferry deal was delayed",
                "a report in the Harbour Ledger",
                "according to",
            )
        ],
    ),
    (
        "judging-what-she-called-is-the-judging-subject-s-report",
        "Dr. Vera Lusk, the county health commissioner, condemned what she called"
        ' "a flood of misinformation" about vaccines.',
        [("partial", "a flood of misinformation", "Dr. Vera Lusk", "condemned")],
    ),
    (
        "criticized-what-she-called-keeps-the-whole-wh-clause",
        "Mayor Ines Tolland criticized what she called the angry, divisive rhetoric of her rival.",
        [
            (
                "indirect",
                "what she called the angry, divisive rhetoric of her rival",
                "Mayor Ines Tolland",
                "criticized",
            )
        ],
    ),
    (
        "forum-after-a-judgement-s-object-is-not-content",
        "The Vellmark finance minister defended the harbour plans in parliament.",
        [("indirect", "the harbour plans", "The Vellmark finance minister", "defended")],
    ),
    (
        "vote-tally-or-voting-body-makes-rejected-an-act",
        "Voters in Marsh County rejected the ferry levy by a wide margin on Tuesday. Brixel Corp"
        " shareholders rejected the pay package. Lawmakers rejected the road plan 31-17."
        " Parliament rejected the harbour deal for a third time.",
        [],
    ),
    (
        "hearing-questioning-with-about-or-a-duration-is-an-act",
        "Police questioned her about her whereabouts that night. Senators questioned the nominee"
        " for nearly four hours. Republicans on the panel questioned the Fed chair about rates.",
        [],
    ),
    (
        "regulator-citation-for-a-violation-is-an-act",
        "The agency cited the Orlen Air airline for 14 safety violations. Regulators cited the"
        " mill for failing to guard its saws. The officer cited her for speeding.",
        [],
    ),
    (
        "sports-blasted-slammed-defended-are-contests",
        "The Bulls blasted the Harriers 121-90 on Friday. The Nets blasted past the Gulls."
        " Tom Vale slammed a two-run homer in the seventh. The Pikes slammed four home runs."
        " The Owls defended their home court. Ann Brill defended her No. 1 ranking in Madrid."
        " Ann Brill was defending champion.",
        [],
    ),
    (
        "hails-from-and-hailed-a-cab-are-no-speech",
        "Tom Vale, 24, hails from a small town in Oklahoma. The rookie, who hailed from Tulsa,"
        " scored twice. She hailed a cab outside the courthouse. The House slammed the brakes"
        " on the ferry bill.",
        [],
    ),
    (
        "rejected-and-cited-with-a-speech-object-still-report",
        "Ruiz rejected the road plan. Ruiz cited rising costs for the delay.",
        [
            ("indirect", "the road plan", "Ruiz", "rejected"),
            ("indirect", "rising costs for the delay", "Ruiz", "cited"),
        ],
    ),
    (
        "rejected-claims-that-right-after-the-verb-is-the-subjects-act",
        "Tom Vale rejected claims that he had misled investors. Vale has rejected the"
        " accusations that he lied.",
        [
            ("indirect", "claims that he had misled investors", "Tom Vale", "rejected"),
            ("indirect", "the accusations that he lied", "Vale", "rejected"),
        ],
    ),
    (
        "fronted-citing-participle-belongs-to-the-subject-after-its-comma",
        "Citing health reasons, Tom Vale resigned on Friday. Praising the crews, Gov. Ann Ruiz"
        " said the fire was out.",
        [
            ("indirect", "health reasons", "Tom Vale", "Citing"),
            ("indirect", "the crews", "Gov. Ann Ruiz", "Praising"),
            ("indirect", "the fire was out", "Gov. Ann Ruiz", "said"),
        ],
    ),
    (
        "company-named-in-s-before-its-verb-cites",
        "Corbell's cut the outlook to negative, citing the forecast cut.",
        [("indirect", "the forecast cut", "Corbell's", "citing")],
    ),
    (
        "rival-or-competitor-is-a-speaker-of-a-judgement",
        "The rival touted the Orbix chatbot as the best on the market. Its competitor"
        " criticized the plan.",
        [
            ("indirect", "the Orbix chatbot as the best on the market", "The rival", "touted"),
            ("indirect", "the plan", "Its competitor", "criticized"),
        ],
    ),
    (
        "thatless-clause-with-its-verb-inside-the-marks",
        'Sen. Katie Brill spoke, insisting the bill "protects children." Rep. Ann Ode argued'
        ' the levy "hurts families."',
        [
            ("partial", "protects children.", "Sen. Katie Brill", "insisting"),
            ("partial", "hurts families.", "Rep. Ann Ode", "argued"),
        ],
    ),
    (
        "party-tag-then-time-phrase-before-a-speech-act",
        'Sen. Tom Harl (R-Ky.) on Sunday accused Democrats of "playing politics" with the aid.'
        " Rep. Tessa Moor (D-Calif.) on Tuesday called for a new vote.",
        [
            ("partial", "playing politics", "Sen. Tom Harl (R-Ky.)", "accused"),
            ("indirect", "a new vote", "Rep. Tessa Moor (D-Calif.)", "called"),
        ],
    ),
    (
        "interview-venue-with-a-quoted-programme-between-subject-and-cue",
        'Sen. Tom Harl, in an interview with "Harbour Watch," said the deal was dead.',
        [("indirect", "the deal was dead", "Sen. Tom Harl", "said")],
    ),
    (
        "whom-another-called-quoted-relative-keeps-the-names-quote",
        'Rep. Tessa Moor, whom Harl called "a radical," said she would not back down.',
        [
            ("partial", "a radical,", "Harl", "called"),
            ("indirect", "she would not back down", "Rep. Tessa Moor", "said"),
        ],
    ),
    (
        "attack-register-verbs-report-and-their-acts-do-not",
        'Sen. Cora Mint ripped the ruling as "lawless." Rep. Dale Orr knocked Vance on trade.'
        " Negotiators hammered out a deal. The storm knocked down power lines. The band"
        " trashed the hotel room.",
        [
            ("partial", "lawless.", "Sen. Cora Mint", "ripped"),
            ("indirect", "Vance on trade", "Rep. Dale Orr", "knocked"),
        ],
    ),
    (
        "second-clause-with-its-own-subject-after-and-reports",
        "Investors cheered the results and analysts praised the cost cuts.",
        [("indirect", "the cost cuts", "analysts", "praised")],
    ),
    (
        "cited-a-study-showing-keeps-the-citing-speaker",
        "Ann Ruiz cited a study showing that the ferry program saved $2 billion.",
        [
            (
                "indirect",
                "a study showing that the ferry program saved $2 billion",
                "Ann Ruiz",
                "cited",
            )
        ],
    ),
    (
        "programme-title-with-an-ampersand-before-its-host-is-no-quote",
        'Sen. Tom Harl told "Pier & Friends" co-host Ada Ember on Monday that the bill was dead.',
        [("indirect", "the bill was dead", "Sen. Tom Harl", "told")],
    ),
    (
        "participle-promise-ends-before-and-a-second-speech-participle",
        'Sen. Tom Harl made his closing pitch Tuesday, promising to "finish what we started"'
        " and warning that a loss would hurt the port.",
        [
            ("partial", "finish what we started", "Sen. Tom Harl", "promising"),
            ("indirect", "a loss would hurt the port", "Sen. Tom Harl", "warning"),
        ],
    ),
    (
        "one-word-object-of-a-judgement-name-or-plural",
        "Lena Park sharply criticized prosecutors, who she said had withheld evidence."
        " Tom Voss praised Ruiz. Tom Voss praised them.",
        [
            ("indirect", "prosecutors", "Lena Park", "criticized"),
            ("indirect", "had withheld evidence", "she", "said"),
            ("indirect", "Ruiz", "Tom Voss", "praised"),
        ],
    ),
    (
        "filer-reported-raising-money-is-a-report",
        "The Orrin campaign reported raising $18 million in the third quarter.",
        [
            (
                "indirect",
                "raising $18 million in the third quarter",
                "The Orrin campaign",
                "reported",
            )
        ],
    ),
    (
        "portrayal-verbs-report-only-with-as",
        'Rep. Ada Voss has cast herself as the candidate of "common sense." Voss portrayed the'
        " developer as a crude bully. Voss cast a ballot in Tula. Voss framed the photo in gold."
        " Voss cast doubt on the plan as a whole.",
        [
            ("partial", "common sense.", "Rep. Ada Voss", "cast"),
            ("indirect", "the developer as a crude bully", "Voss", "portrayed"),
        ],
    ),
    (
        "object-appositive-before-of-complement-keeps-the-partial",
        'Gov. Ellen Marko accused her challenger, former Speaker Ron Tuttle, of wanting to'
        ' "drag the state back to 1849."',
        [("partial", "drag the state back to 1849.", "Gov. Ellen Marko", "accused")],
    ),
    (
        "a-company-named-in-apposition-leaves-the-role-the-speaker",
        "The airline, Kessling Regional, said in a statement that it was cooperating.",
        [("indirect", "it was cooperating", "The airline", "said in a statement")],
    ),
    (
        "a-poll-s-time-is-the-verb-s-not-the-poll-s",
        "A Harbor Radio poll this month found ferry riders split on the levy.",
        [("indirect", "ferry riders split on the levy", "A Harbor Radio poll", "found")],
    ),
    (
        "in-a-poll-opening-the-sentence-reports-the-clause",
        "In a Harbor Radio poll released Monday, 52 percent of ferry riders backed the levy.",
        [
            (
                "indirect",
                "52 percent of ferry riders backed the levy",
                "a Harbor Radio poll released Monday",
                "In",
            )
        ],
    ),
    (
        "in-a-survey-whose-clause-has-its-own-speaker-leaves-it-theirs",
        "In a survey of 900 harbour pilots, most said the night tariff was too high.",
        [("indirect", "the night tariff was too high", "most", "said")],
    ),
    ("in-the-poll-numbers-is-no-poll", "In the poll numbers, there was little comfort.", []),
    (
        "accusation-object-keeps-its-relative-aside-before-of",
        "Councillor Ada Brenn accused the harbour master, who signed the ferry contract last"
        " spring, of hiding the repair bills.",
        [
            (
                "indirect",
                "the harbour master, who signed the ferry contract last spring, of hiding the"
                " repair bills",
                "Councillor Ada Brenn",
                "accused",
            )
        ],
    ),
    (
        "description-object-keeps-its-appositive-before-as",
        "Harbour officials described the vessel, a 90-metre tanker, as seaworthy.",
        [
            (
                "indirect",
                "the vessel, a 90-metre tanker, as seaworthy",
                "Harbour officials",
                "described",
            )
        ],
    ),
    (
        "praise-object-aside-then-as-clause-ends-at-the-aside",
        "The union praised the crews, who worked through the night, as the floodwaters receded.",
        [("indirect", "the crews", "The union", "praised")],
    ),
    (
        "praise-object-aside-then-as-well-as-ends-at-the-aside",
        "Analysts praised the bank's results, which rose 4 percent, as well as its outlook.",
        [("indirect", "the bank's results", "Analysts", "praised")],
    ),
    (
        "time-phrase-before-inserted-according-to-sets-the-scene",
        "Two days later, according to police, the suspect fled to Lisbon.",
        [("indirect", "the suspect fled to Lisbon", "police", "according to")],
    ),
    (
        "determined-time-noun-before-inserted-according-to-sets-the-scene",
        "The next morning, according to Ruiz, the harbour board met again.",
        [("indirect", "the harbour board met again", "Ruiz", "according to")],
    ),
    (
        "bare-time-noun-subject-before-inserted-according-to-stays-one-clause",
        "The year, according to the agency, was the hottest on record.",
        [
            (
                "indirect",
                "The year, according to the agency, was the hottest on record",
                "the agency",
                "according to",
            )
        ],
    ),
    (
        "intention-ends-before-the-writers-gloss-on-an-article",
        "Senator Ruiz vowed to repeal the ferry levy, a tax that funds the harbour police.",
        [("indirect", "to repeal the ferry levy", "Senator Ruiz", "vowed")],
    ),
    (
        "intention-ends-before-a-contrast",
        "Holt refused to sign the contract, though it cost him a place in the squad.",
        [("indirect", "to sign the contract", "Holt", "refused")],
    ),
    (
        "intention-keeps-a-short-list-on-an-article",
        "The union vowed to protect the wetlands, the farms and the river.",
        [("indirect", "to protect the wetlands, the farms and the river", "The union", "vowed")],
    ),
    (
        "intention-keeps-an-appositive-its-clause-goes-on-after",
        "Velmora plans to buy a stake in Brixel, the chipmaker based in Oslo, by March.",
        [
            (
                "indirect",
                "to buy a stake in Brixel, the chipmaker based in Oslo, by March",
                "Velmora",
                "plans",
            )
        ],
    ),
    (
        "archive-doubled-apostrophe-show-title-before-that-is-the-venue",
        "Holt said on NBC's ''Meet the Morning'' on Sunday that the ferry plan was dead.",
        [("indirect", "the ferry plan was dead", "Holt", "said")],
    ),
    (
        "occasion-phrase-before-that-is-the-time-of-the-saying",
        "Holt told reporters shortly before Tuesday's vote that he would lose narrowly.",
        [("indirect", "he would lose narrowly", "Holt", "told")],
    ),
    (
        "via-a-platform-before-that-is-the-venue",
        "The party announced via Twitter that it had won the county.",
        [("indirect", "it had won the county", "The party", "announced")],
    ),
    (
        "bare-yes-answer-ends-before-the-writers-contrast",
        "Asked whether the levy should stay, 61 percent of voters said yes while 30 percent"
        " disagreed.",
        [
            ("indirect", "whether the levy should stay", None, "Asked"),
            ("indirect", "yes", "61 percent of voters", "said"),
        ],
    ),
    (
        "repeated-yes-answer-ends-before-the-writers-comma",
        "The crowd said yes, yes, yes, over and over again, until the mayor left the stage.",
        [("indirect", "yes, yes, yes", "The crowd", "said")],
    ),
    (
        "no-to-a-noun-phrase-stays-the-content",
        "The board said no to the merger.",
        [("indirect", "no to the merger", "The board", "said")],
    ),
    (
        "comma-after-as-before-the-quotation-is-read-as-without-it",
        "The mayor described the levy as, “fair, modest and overdue,” and left.",
        [("partial", "fair, modest and overdue,", "The mayor", "described")],
    ),
    (
        "scene-before-a-trailing-cue-with-a-clause-stays-the-report",
        "On Friday, the last day of the summit, the leaders signed the accord, officials said.",
        [
            (
                "indirect",
                "On Friday, the last day of the summit, the leaders signed the accord",
                "officials",
                "said",
            )
        ],
    ),
    (
        "delegates-who-pledged-to-back-a-candidate-still-pledge",
        "The delegates pledged to back Ruiz at the convention.",
        [("indirect", "to back Ruiz at the convention", "The delegates", "pledged")],
    ),
    (
        "alleged-after-and-before-a-clause-is-still-the-verb",
        "The union criticized the plan and alleged that the port overcharged tenants.",
        [
            ("indirect", "the plan", "The union", "criticized"),
            ("indirect", "the port overcharged tenants", "The union", "alleged"),
        ],
    ),
    (
        "calling-for-after-an-auxiliary-reports-as-called-for",
        "Councillor Pia Varga is calling for a full audit of the ferry fund.",
        [("indirect", "a full audit of the ferry fund", "Councillor Pia Varga", "calling")],
    ),
    (
        "calling-for-after-a-comma-takes-the-subject",
        "The dockers' union staged a walkout, calling for a shorter night shift.",
        [("indirect", "a shorter night shift", "The dockers' union", "calling")],
    ),
    ("calling-back-cars-is-no-request", "Velmora Motors is calling back 41,000 sedans.", []),
    (
        "calling-a-plan-s-noun-is-no-request",
        "The board approved a plan calling for 900 job cuts.",
        [],
    ),
    (
        "pointed-to-reports-its-object",
        "Senator Ana Ruiz pointed to the jobs figures released on Friday.",
        [("indirect", "the jobs figures released on Friday", "Senator Ana Ruiz", "pointed")],
    ),
    (
        "pointing-to-after-a-comma-takes-the-subject",
        "The ferry operator cut its timetable, pointing to a shortage of deckhands.",
        [("indirect", "a shortage of deckhands", "The ferry operator", "pointing")],
    ),
    ("futures-pointed-to-is-no-source", "Futures pointed to a higher open on Wall Street.", []),
    ("data-point-to-is-no-source", "The data point to a slowdown in hiring.", []),
    ("all-signs-point-to-is-no-source", "All signs point to a deal on Friday.", []),
    ("prices-pointing-to-is-no-source", "Oil prices rose 2%, pointing to tighter supply.", []),
    (
        "pointed-to-the-defendant-is-a-gesture",
        "The witness pointed to the defendant in the courtroom.",
        [],
    ),
    ("pointed-to-the-sky-is-a-gesture", "The striker pointed to the sky after his goal.", []),
    (
        "referring-to-after-an-inverted-cue-takes-its-speaker",
        "“We cannot wait any longer,” Holt said, referring to the harbour board. “The pier"
        " is sinking.”",
        [
            ("direct", "We cannot wait any longer,", "Holt", "said"),
            ("indirect", "the harbour board", "Holt", "referring"),
            ("direct", "The pier is sinking.", "Holt", "said"),
        ],
    ),
    (
        "referred-to-in-a-where-clause-reports",
        "In the town where the mayor referred to the flood as a warning, few residents stayed.",
        [("indirect", "the flood as a warning", "the mayor", "referred")],
    ),
    (
        "referred-to-reduced-relative-is-no-report",
        "Patients referred to specialists waited 20 weeks on average.",
        [],
    ),
    ("referred-to-passive-is-no-report", "The matter was referred to the ethics committee.", []),
    ("referring-to-stranded-is-no-object", "The judge Ruiz was referring to is Hale.", []),
    (
        "object-act-content-ends-at-a-spaced-dash",
        "Councillor Pia Varga criticized the ferry levy - a charge that doubles the fare.",
        [("indirect", "the ferry levy", "Councillor Pia Varga", "criticized")],
    ),
    (
        "echoed-reports-its-object",
        "Harbour commissioner Lia Brandt echoed the criticism on Tuesday.",
        [
            (
                "indirect",
                "the criticism",
                "Harbour commissioner Lia Brandt",
                "echoed",
            )
        ],
    ),
    ("echoed-through-is-a-sound", "Shots echoed through the valley overnight.", []),
    ("echoed-by-a-market-move-is-no-report", "The sell-off echoed the 2008 crash.", []),
    ("echoed-by-yields-is-no-report", "Bond yields echoed the slide in stocks.", []),
    (
        "thanked-reports-its-object-with-its-for-phrase",
        "Mayor Tim Holt thanked the road crews for clearing the coast road overnight.",
        [
            (
                "indirect",
                "the road crews for clearing the coast road overnight",
                "Mayor Tim Holt",
                "thanked",
            )
        ],
    ),
    (
        "thanking-after-an-inverted-cue-takes-its-speaker",
        "“We owe them everything,” Holt said, thanking the volunteers.",
        [
            ("direct", "We owe them everything,", "Holt", "said"),
            ("indirect", "the volunteers", "Holt", "thanking"),
        ],
    ),
    ("thanks-to-is-a-noun", "Thanks to strong exports, the economy grew 3%.", []),
    (
        "likened-reports-its-object-with-its-to-phrase",
        "Councillor Ruiz likened the parking levy to a toll on the poor.",
        [("indirect", "the parking levy to a toll on the poor", "Councillor Ruiz", "likened")],
    ),
    ("likened-passive-is-no-report", "The new tower has been likened to a lighthouse.", []),
    (
        "endorsed-a-person-is-a-campaign-endorsement",
        "Governor Ana Ruiz endorsed Tom Holt for mayor on Friday.",
        [("indirect", "Tom Holt for mayor", "Governor Ana Ruiz", "endorsed")],
    ),
    (
        "endorsed-him-reports",
        "The Harbour Workers Union endorsed him in May.",
        [("indirect", "him", "The Harbour Workers Union", "endorsed")],
    ),
    ("endorsed-a-merger-is-an-approval", "The board endorsed the merger on Tuesday.", []),
    ("endorsed-by-shareholders-is-a-vote", "Shareholders endorsed the plan at the meeting.", []),
    (
        "endorsed-a-budget-by-a-vote-is-an-act",
        "The city council endorsed the budget by a vote of 7-2.",
        [],
    ),
    (
        "endorsed-a-person-by-a-board-is-a-vote",
        "The board endorsed Ana Ruiz as chief executive.",
        [],
    ),
    (
        "endorsed-a-vaccine-is-an-approval",
        "The World Health Organization endorsed the vaccine for emergency use.",
        [],
    ),
    (
        "warned-against-reports-its-object",
        "Finance Minister Ana Ruiz warned against a rush to cut rates.",
        [("indirect", "a rush to cut rates", "Finance Minister Ana Ruiz", "warned")],
    ),
    ("warned-against-passive-is-no-report", "He was warned against doing so.", []),
    (
        "lamented-reports-its-object",
        "Coach Aldo Pernell lamented the loss of his two best defenders.",
        [("indirect", "the loss of his two best defenders", "Coach Aldo Pernell", "lamented")],
    ),
    (
        "rebuked-reports-its-object-with-its-for-phrase",
        "Party chairman Ivo Mertens rebuked the candidate for skipping the debate.",
        [
            (
                "indirect",
                "the candidate for skipping the debate",
                "Party chairman Ivo Mertens",
                "rebuked",
            )
        ],
    ),
    ("rebuked-by-voters-is-a-vote", "Voters rebuked the governor at the polls.", []),
    ("rebuked-by-a-chamber-is-a-vote", "The Senate rebuked the president in a 60-40 vote.", []),
    (
        "apologized-for-reports-its-object",
        "Kestrel Air apologized for the delays at Harlow airport on Sunday.",
        [("indirect", "the delays at Harlow airport", "Kestrel Air", "apologized")],
    ),
    (
        "apologised-for-british-spelling-then-a-participle",
        "Chief executive Ana Ruiz apologised for the outage, saying it would not recur.",
        [
            ("indirect", "the outage", "Chief executive Ana Ruiz", "apologised"),
            ("indirect", "it would not recur", "Chief executive Ana Ruiz", "saying"),
        ],
    ),
    (
        "chided-reports-its-object-with-its-for-phrase",
        "Judge Mara Quint chided the prosecutors for the late filing.",
        [("indirect", "the prosecutors for the late filing", "Judge Mara Quint", "chided")],
    ),
    ("insulted-as-a-state-is-no-report", "The driver felt insulted by the offer.", []),
    (
        "reiterated-reports-its-object",
        "Prime Minister Lena Ostrow reiterated her support for the harbour plan.",
        [
            (
                "indirect",
                "her support for the harbour plan",
                "Prime Minister Lena Ostrow",
                "reiterated",
            )
        ],
    ),
    (
        "congratulated-reports-its-object-with-its-on-phrase",
        "Coach Aldo Pernell congratulated the rival team on its win.",
        [("indirect", "the rival team on its win", "Coach Aldo Pernell", "congratulated")],
    ),
    ("called-the-driver-is-a-phone-call", "Police called the driver, who did not answer.", []),
    ("called-reporters-to-an-office-is-a-summons", "The mayor called reporters to her office.", []),
    (
        "called-the-move-reckless-still-names-it",
        "Councillor Ana Brandt called the move reckless.",
        [("indirect", "the move reckless", "Councillor Ana Brandt", "called")],
    ),
    (
        "a-modified-cue-noun-closing-the-sentence-is-no-cue",
        "Later, according to police, the dock board made further demands.",
        [("indirect", "the dock board made further demands", "police", "according to")],
    ),
    (
        "judgement-object-keeps-the-time-of-its-own-clause",
        "Treasurer Mina Olsk cited forecasts showing that tolls would rise next year.",
        [
            (
                "indirect",
                "forecasts showing that tolls would rise next year",
                "Treasurer Mina Olsk",
                "cited",
            )
        ],
    ),
    (
        "judgement-object-keeps-the-time-of-its-infinitive",
        "Mayor Ivo Brandt praised the plan to widen the harbour road next spring.",
        [
            (
                "indirect",
                "the plan to widen the harbour road next spring",
                "Mayor Ivo Brandt",
                "praised",
            )
        ],
    ),
    (
        "calls-himself-a-self-description-reports-it",
        "Councillor Bram Ostero calls himself a practical environmentalist.",
        [
            (
                "indirect",
                "himself a practical environmentalist",
                "Councillor Bram Ostero",
                "calls",
            )
        ],
    ),
    (
        "described-herself-as-reports-it",
        "Mayor Tilde Varga described herself as a cautious reformer.",
        [("indirect", "herself as a cautious reformer", "Mayor Tilde Varga", "described")],
    ),
    (
        "and-called-himself-shares-the-subject",
        "Trainer Olav Brisk once toured the docks and called himself pro-market.",
        [("indirect", "himself pro-market", "Trainer Olav Brisk", "called")],
    ),
    (
        "calls-itself-a-name-is-no-report",
        "A militia that calls itself Harbor Watch claimed the raid on the depot.",
        [],
    ),
    ("calling-himself-a-name-is-no-report", "A man calling himself Tom Reyes phoned the bank.", []),
    (
        "described-itself-without-as-is-no-report",
        "The lender described itself in a filing with regulators.",
        [],
    ),
    ("called-himself-in-sick-is-no-report", "The driver called himself in sick on Monday.", []),
    (
        "noted-reports-its-object",
        "Governor Ana Pell noted the drop in factory orders.",
        [("indirect", "the drop in factory orders", "Governor Ana Pell", "noted")],
    ),
    (
        "acknowledged-reports-its-object",
        "Finance Minister Ola Brant acknowledged the risks of the tax plan.",
        [("indirect", "the risks of the tax plan", "Finance Minister Ola Brant", "acknowledged")],
    ),
    (
        "acknowledged-the-fans-is-a-gesture",
        "The goalkeeper acknowledged the fans after the match.",
        [],
    ),
    (
        "acknowledged-receipt-is-no-report",
        "Judge Ivo Marsh acknowledged receipt of the motion.",
        [],
    ),
    ("noted-for-is-no-report", "The harbour town is noted for its smoked fish.", []),
    (
        "comma-accusing-x-of-y-reports-without-quotation",
        "Senator Ned Vail spoke in Dorset on Sunday, accusing his rival of stalling the bridge.",
        [
            (
                "indirect",
                "his rival of stalling the bridge",
                "Senator Ned Vail",
                "accusing",
            )
        ],
    ),
    (
        "comma-calling-x-a-y-reports-without-quotation",
        "Coach Pia Lund praised her players, calling the draw a turning point.",
        [
            ("indirect", "her players", "Coach Pia Lund", "praised"),
            ("indirect", "the draw a turning point", "Coach Pia Lund", "calling"),
        ],
    ),
    (
        "comma-calling-it-a-day-is-no-report",
        "The veteran goalkeeper retired on Monday, calling it a day after 15 seasons.",
        [],
    ),
    (
        "and-called-for-shares-the-subject",
        "Senator Ned Vail has sharply criticized the port deals and called for new tariffs"
        " on steel.",
        [
            ("indirect", "the port deals", "Senator Ned Vail", "criticized"),
            ("indirect", "new tariffs on steel", "Senator Ned Vail", "called"),
        ],
    ),
    (
        "called-for-an-ambulance-is-no-report",
        "Neighbours called for an ambulance after the crash.",
        [],
    ),
    (
        "and-called-for-an-ambulance-is-no-report",
        "The pilot turned back to the airfield and called for an ambulance.",
        [],
    ),
    (
        "called-weekday-for-reports-what-was-called-for",
        "Mayor Ned Vail called Wednesday for an inquiry into the ferry fire.",
        [("indirect", "an inquiry into the ferry fire", "Mayor Ned Vail", "called")],
    ),
    (
        "called-on-weekday-for-reports-what-was-called-for",
        "Mayor Ned Vail called on Wednesday for an inquiry into the ferry fire.",
        [("indirect", "an inquiry into the ferry fire", "Mayor Ned Vail", "called")],
    ),
    (
        "called-weekday-for-an-ambulance-is-no-report",
        "Neighbours called Sunday for an ambulance.",
        [],
    ),
    (
        "called-up-on-weekday-for-a-series-is-no-report",
        "The Red Sox called up pitcher Ned Vail on Friday for the series.",
        [],
    ),
    (
        "party-tag-then-appositive-before-a-speech-act",
        "Sen. Ada Brisk (R-Utah), a longtime critic of the dam, criticized the permit.",
        [("indirect", "the permit", "Sen. Ada Brisk (R-Utah)", "criticized")],
    ),
    (
        "party-tag-then-appositive-before-called-for",
        "Attorney General Ivo Marsh (D), the governor's rival, called for an audit of the fund.",
        [("indirect", "an audit of the fund", "Attorney General Ivo Marsh (D)", "called")],
    ),
    (
        "ticker-then-appositive-before-a-market-move-is-no-report",
        "The S&P 500 (.SPX), the broad benchmark, slammed into a wall of selling.",
        [],
    ),
    (
        "the-first-lady-is-a-source-of-a-speech-act",
        "The former first lady calls the pension plan “a broken promise.”",
        [("partial", "a broken promise.", "The former first lady", "calls")],
    ),
    (
        "a-lady-slamming-into-a-door-is-no-report",
        "The lady in the red coat slammed into the door.",
        [],
    ),
    (
        "online-posts-is-a-noun-not-a-cue",
        "After a series of online posts about the budget, the harbour master resigned.",
        [],
    ),
    (
        "posts-as-a-verb-still-reports",
        "The harbour master posts on Facebook that the ferry is cancelled.",
        [("indirect", "the ferry is cancelled", "The harbour master", "posts")],
    ),
    (
        "bare-yes-before-a-quotation-keeps-the-quoted-answer",
        "Asked whether he would run again, Tomas Berg said yes, \"of course.\"",
        [
            ("indirect", "whether he would run again", None, "Asked"),
            ("partial", "of course.", "Tomas Berg", "said"),
        ],
    ),
    (
        "a-report-in-which-inside-a-judged-object-keeps-its-speaker",
        "Critics point to a 2021 debate in which she called for a ferry levy.",
        [("indirect", "a ferry levy", "she", "called")],
    ),
    (
        "mentioned-reports-its-object",
        "Governor Lia Brandt mentioned the flood levees twice in her address.",
        [
            (
                "indirect",
                "the flood levees twice in her address",
                "Governor Lia Brandt",
                "mentioned",
            )
        ],
    ),
    (
        "never-mentioned-reports-its-object-by-name",
        "The prosecutor never mentioned the second defendant by name.",
        [("indirect", "the second defendant by name", "The prosecutor", "mentioned")],
    ),
    (
        "mentioned-in-a-reduced-relative-is-no-report",
        "A plan mentioned in the report would cut 400 jobs.",
        [],
    ),
    ("as-mentioned-is-no-report", "As mentioned, the merger closes on Friday.", []),
    (
        "mentioned-as-candidates-is-no-report",
        "The three names mentioned as possible successors all sit on the board.",
        [],
    ),
    (
        "discussed-reports-its-object-without-its-partner",
        "Finance Minister Ana Ruiz discussed the levy with the mayor on Friday.",
        [("indirect", "the levy", "Finance Minister Ana Ruiz", "discussed")],
    ),
    (
        "discussed-in-a-reduced-relative-is-no-report",
        "The terms discussed on Monday were not made public.",
        [],
    ),
    (
        "discussed-before-a-verb-is-no-report",
        "The options discussed included a rights issue and a bond sale.",
        [],
    ),
    ("declined-to-discuss-is-no-report", "A spokesman declined to discuss the contract.", []),
    (
        "expressed-reports-its-object",
        "Mayor Ana Ruiz expressed support for the harbour plan.",
        [("indirect", "support for the harbour plan", "Mayor Ana Ruiz", "expressed")],
    ),
    (
        "expressed-concern-about-reports-the-topic-of-the-feeling",
        "Voting rights groups have expressed deep concern about the new ID rules"
        " because of the cost.",
        [("indirect", "the new ID rules", "Voting rights groups", "expressed")],
    ),
    ("expressed-in-dollars-is-no-report", "All prices are expressed in dollars per barrel.", []),
    (
        "views-expressed-in-a-column-is-no-report",
        "The views expressed in the column are the author's own.",
        [],
    ),
    (
        "expressed-as-a-share-is-a-figure-no-report",
        "The company expressed shipping costs as a share of sales.",
        [],
    ),
    (
        "spoke-about-reports-its-topic",
        "Senator Ana Ruiz spoke about the levy at the town hall.",
        [("indirect", "the levy at the town hall", "Senator Ana Ruiz", "spoke")],
    ),
    (
        "talked-about-reports-its-topic",
        "Coach Ivo Marsh talked about the injuries in his squad.",
        [("indirect", "the injuries in his squad", "Coach Ivo Marsh", "talked")],
    ),
    (
        "spoke-about-an-hour-is-a-length-no-report",
        "The minister spoke about an hour before taking questions.",
        [],
    ),
    (
        "talked-about-minutes-is-a-length-no-report",
        "Coach Ivo Marsh talked about 20 minutes with the referee.",
        [],
    ),
    ("talks-about-a-truce-is-a-noun", "Talks about a ceasefire broke down on Sunday.", []),
    (
        "recalling-after-a-comma-reports-its-object",
        "Ana Ruiz, a baker, spoke of the flood on Tuesday, recalling the night the river rose.",
        [
            ("indirect", "the flood", "Ana Ruiz", "spoke"),
            ("indirect", "the night the river rose", "Ana Ruiz", "recalling"),
        ],
    ),
    (
        "recalling-vehicles-is-a-product-recall",
        "Kestrel Motors cut its profit forecast, recalling 80,000 vehicles over faulty brakes.",
        [],
    ),
    (
        "is-recalling-trucks-is-a-product-recall",
        "The carmaker is recalling its best-selling pickup trucks.",
        [],
    ),
    (
        "recalling-him-from-a-camp-is-a-summons",
        "The club sacked its coach on Monday, recalling him from a training camp in Spain.",
        [],
    ),
    ("the-recalling-of-is-no-report", "The recalling of the ambassador angered Beijing.", []),
    (
        "recalled-an-envoy-is-no-report",
        "The president recalled the ambassador for consultations.",
        [],
    ),
    (
        "an-object-act-ends-before-a-second-clause-with-its-subject",
        "Mayor Ana Ruiz talked about the levy and her rival was quick to respond.",
        [("indirect", "the levy", "Mayor Ana Ruiz", "talked")],
    ),
    (
        "an-object-act-keeps-and-inside-a-how-clause",
        "Senator Ivo Marsh spoke about how prices and wages were rising in the port.",
        [
            (
                "indirect",
                "how prices and wages were rising in the port",
                "Senator Ivo Marsh",
                "spoke",
            )
        ],
    ),
    (
        "spoke-of-reports-its-topic",
        "The coach spoke of a new dawn for the club.",
        [("indirect", "a new dawn for the club", "The coach", "spoke")],
    ),
    (
        "spoke-about-a-quotation-stays-a-partial",
        "The striker spoke about “a dream come true” after the final.",
        [("partial", "a dream come true", "The striker", "spoke")],
    ),
    (
        "spoken-of-as-is-no-report",
        "The house, spoken of as a future museum, was sold.",
        [],
    ),
    (
        "almost-before-a-manner-adverb-keeps-the-subject",
        "Port officials and shipowners almost unanimously voiced outrage over the new harbour fee.",
        [("indirect", "the new harbour fee", "Port officials and shipowners", "voiced")],
    ),
    (
        "voiced-concern-about-reports-its-topic",
        "Union leaders voiced concern about the pension cuts.",
        [("indirect", "the pension cuts", "Union leaders", "voiced")],
    ),
    (
        "voiced-anger-at-a-meeting-keeps-the-feeling",
        "Shareholders voiced their anger at the meeting.",
        [("indirect", "their anger", "Shareholders", "voiced")],
    ),
    ("voiced-a-role-is-no-report", "The actor voiced the dragon in the film.", []),
    (
        "and-called-for-after-a-named-object-takes-the-first-subject",
        "Senator Ana Ruiz has criticized pacts such as the Harbour Trade Accord and called for"
        " new port fees.",
        [
            (
                "indirect",
                "pacts such as the Harbour Trade Accord",
                "Senator Ana Ruiz",
                "criticized",
            ),
            ("indirect", "new port fees", "Senator Ana Ruiz", "called"),
        ],
    ),
    (
        "a-judgement-s-object-ends-before-and-a-second-judgement",
        "Mayor Ilse Brandt chides the ferry board and praises the pilots.",
        [
            ("indirect", "the ferry board", "Mayor Ilse Brandt", "chides"),
            ("indirect", "the pilots", "Mayor Ilse Brandt", "praises"),
        ],
    ),
    (
        "participle-after-inverted-cue-takes-its-speaker-not-the-clause-subject",
        'The ruling "sets a dangerous precedent," Corvane said in a statement, referring to'
        " the court's decision on port fees.",
        [
            ("partial", "sets a dangerous precedent,", "Corvane", "said in a statement"),
            ("indirect", "the court's decision on port fees", "Corvane", "referring"),
        ],
    ),
    (
        "citing-people-a-report-rests-on-is-no-report",
        "Citing three diplomats, the Tarn Ledger reported that the harbour talks had stalled.",
        [("indirect", "the harbour talks had stalled", "the Tarn Ledger", "reported")],
    ),
    (
        "citing-a-possessive-of-people-reports-its-object",
        "Ruiz cited the analysts' forecasts.",
        [("indirect", "the analysts' forecasts", "Ruiz", "cited")],
    ),
    (
        "who-endorsed-after-said-describes-the-speaker",
        '"It is not going to be easy," said Rep. Ana Holm of Tarnby, who endorsed Ruiz on'
        " Tuesday.",
        [("direct", "It is not going to be easy,", "Rep. Ana Holm of Tarnby", "said")],
    ),
    (
        "a-surname-spelled-as-a-modal-is-the-speaker",
        "Harbour Minister Ilse May said on Tuesday that the ferry talks would go on.",
        [("indirect", "the ferry talks would go on", "Harbour Minister Ilse May", "said")],
    ),
    (
        "dash-signature",
        "“The late ferry saved my job.” ― Tomas Berg",
        [("direct", "The late ferry saved my job.", "Tomas Berg", "―")],
    ),
    (
        "single-marks-open-on-a-contraction",
        "'We're not selling the pier,' Ortiz said. 'It's ours,' she added.",
        [
            ("direct", "We're not selling the pier,", "Ortiz", "said"),
            ("direct", "It's ours,", "she", "added"),
        ],
    ),
    (
        "single-marks-open-on-a-short-contraction",
        "'I'm staying,' Berg said, and 'we'll see' was all Ortiz said.",
        [("direct", "I'm staying,", "Berg", "said")],
    ),
    (
        "hard-wrap-before-a-partial-quotation",
        'Nils Aberg, a broker at Fjordbank, said the loss was\n"far worse than feared."',
        [("partial", "far worse than feared.", "Nils Aberg", "said")],
    ),
    (
        "hard-wrap-after-a-colon",
        "Ortiz told the council:\n“We will keep the boats running.”",
        [("direct", "We will keep the boats running.", "Ortiz", "told")],
    ),
    (
        "html-entity-marks",
        "Warden Sven Holt said the dock was unsafe. &quot;We will not open it,&quot; Holt said."
        " &ldquo;Not this winter,&rdquo; he added. &#8220;Ask the council.&#8221; He left.",
        [
            ("indirect", "the dock was unsafe", "Warden Sven Holt", "said"),
            ("direct", "We will not open it,", "Holt", "said"),
            ("direct", "Not this winter,", "he", "added"),
            ("direct", "Ask the council.", "he", "added"),
        ],
    ),
    (
        "line-after-a-dash-signature-still-ends-it",
        "“The late ferry saved my job.” ― Tomas Berg\n“It was never late.” ― Ana Ruiz",
        [
            ("direct", "The late ferry saved my job.", "Tomas Berg", "―"),
            ("direct", "It was never late.", "Ana Ruiz", "―"),
        ],
    ),
]

NOT_QUOTES: list[tuple[str, str]] = [
    (
        "the-paper-can-reveal-is-its-own-scoop-no-quote",
        "EXCLUSIVE: Dana Quell has split from her fiance, The Daily Lamp can reveal.",
    ),
    ("called-time-on-ends-something-no-cue", "Milo Varga called time on their romance last month."),
    (
        "new-claims-for-benefits-is-the-noun-not-a-cue",
        "The number of Dorians filing new claims for unemployment benefits fell last week.",
    ),
    (
        "agreed-to-with-a-stranded-preposition-is-no-intention",
        "The order, which Velmar agreed to, requires the firm to delete the data.",
    ),
    ("blamed-with-a-bare-object-names-a-cause", "The Marine Safety Board blamed the bolts."),
    (
        "a-programme-title-after-asked-on-a-broadcasters-possessive",
        "Asked on Harbor TV's “Week in Review” about the polls, Dorn shrugged.",
    ),
    ("a-possessive-role-before-the-name-is-no-content", "Her opponent, Lena Voss, conceded."),
    (
        "a-programme-title-before-its-host-is-no-quote",
        "“Harbour Hour” host Mira Kell asked the mayor about the pier.",
    ),
    ("put-it-on-the-table-is-no-report", "The union put it on the table: a four-day week."),
    (
        "declared-victory-is-an-act-not-a-report",
        "Councillor Rhea Tolm declared victory after the last ballots were counted.",
    ),
    (
        "declared-a-state-of-emergency-is-an-act",
        "The governor declared a state of emergency in three coastal counties.",
    ),
    (
        "thats-how-x-described-the-deal-points-back",
        "That's how Mayor Lena Ortiz described the pier plan on Tuesday.",
    ),
    (
        "a-relative-pronoun-as-the-object-of-a-cue-is-no-report",
        "Mayor Lena Ortiz arrived late. The mayor's argument, which she has repeated to anyone"
        " who will listen, is about the pier.",
    ),
    ("scare-quote", "The so-called “harbour tax” was dropped from the plan."),
    ("title", "The council screened the film “Night Ferry” after the debate."),
    ("declined", "The ferry operator declined to comment on the budget."),
    ("asked-anonymity", "One councillor asked not to be identified in the minutes."),
    ("announced-np", "The ministry announced a new timetable for the winter."),
    ("apostrophes", "The workers' union marked the '90s with rock 'n' roll, didn't it."),
    ("noun-report", "The report on the ferry runs to 40 pages."),
    ("quantifier-as-determiner", "There is some hope of a later ferry this winter."),
    ("said-about-a-topic", "Here are nine things the mayor has said about the harbor."),
    ("passive-hearsay", "Some advisers are said to be urging the mayor to pay."),
    ("refused-to-speak", "Ortiz refused to speak to reporters as she left the meeting."),
    ("neither-nor-would-say", "Neither Lind nor Berg would say whether the deal was done."),
    ("none-of-them-said", "None of the officials said the pier was safe."),
    ("quantifier-before-a-noun-like-word", "Most state parties release their delegates."),
    ("noun-like-word-after-a-comma", "On Tuesday, state health officials found a new case."),
    ("added-an-amount", "While the port added around 290 jobs in May, the city shed some."),
    ("told-of", "Exit polls told of two parties at odds."),
    ("noun-like-cue-after-an-ing-adjective", "The approving comments from Lee are a sign."),
    ("said-to-be", "Lee said during his campaign speech to be a delegate."),
    ("modifier-in-ing", "Anyone expecting Lee to pivot should remember that voters are stubborn."),
    ("inverted-reading-before-to", "Friday, Texas, leading six states, asked a judge to block it."),
    ("quantifier-before-a-noun-and-preposition", "Some hope of a ferry remains."),
    ("asked-a-question-noun", "Ortiz asked a simple question at the meeting."),
    ("noun-comments-before-a-clause", "Lee printed unkind comments Ortiz had made about the pier."),
    ("noun-report-from", "The ad features a Harbour Times report from the weekend."),
    ("noun-after-had", "Ruiz had doubts about the ferry timetable."),
    ("participle-is-no-speaker", "Lee can be heard yelling that the pier is unsafe."),
    (
        "markup-attribute-values",
        'Ortiz posted a note. <tweet id="672138" author="@pier">Pier open</tweet>.',
    ),
    ("show-as-display", "The company will show its new ferry at the fair."),
    ("passive-expectation-no-infinitive", "The new ferry is expected next month."),
    ("number-before-noun-cue", "Twenty-seven states led by Ohio are suing over the rules."),
    ("called-into", "She called into a radio programme from the harbour."),
    ("denied-speech-did-not", "Ortiz did not say the ferry was safe."),
    ("compound-modifier", "Then state and local crews could help at the pier."),
    ("denied-speech", "The council has never said when the ferry will return."),
    ("negated-speech", "The mayor wouldn't say whether the ferry would stay."),
    ("request-without-infinitive", "Ortiz encouraged a boycott of the ferry."),
    ("warned-of", "Ortiz warned of delays on the night ferry."),
    ("charges-that-after-a-modifier", "Kell pleaded not guilty to U.S. charges that he lied."),
    ("claims-that-after-a-participle", "The board approved a deal resolving claims that it lied."),
    ("pleaded-a-quoted-plea", "Kell pleaded “no contest” to the charges."),
    ("rejected-a-quoted-bill", "The council rejected the “pier levy” bill on Friday."),
    ("decided-that-day", "The board decided that day to close the pier."),
    ("agreed-on-a-weekday-to-a-contract", "Brill and the Gulls agreed Tuesday to a two-year deal."),
    ("added-a-goal-as-a-side-won", "Ade Brill scored and Tom Kell added a third as Ellis won."),
    ("called-witnesses", "The defense called two witnesses. Prosecutors called Kell as a witness."),
    ("announced-job-cuts-in-a-place", "Ortiz announced job cuts in Port Ellis."),
    ("asking-a-plural-to", "The board met, asking federal inspectors to visit the pier."),
    ("talked-about-a-title", "Ortiz talked about “Harbour Nights” on Tuesday."),
    ("called-names-someone", "The ferry, a boat called the Blue Heron, sailed at noon."),
    ("states-as-a-noun", "Ferries sail to three states, stopping at every port."),
    ("highly-anticipated", "A highly anticipated ferry treaty fell apart in 2009."),
    ("goes-without-saying", "It goes without saying that the ferry is late."),
    ("according-to-the-timetable", "The ferry runs according to the timetable."),
    ("made-clear-progress", "Ortiz made clear progress on the ferry timetable."),
    ("raised-questions-about", "Ortiz raised questions about the ferry timetable."),
    (
        "speech-act-in-a-subordinate-clause-ends-at-its-comma",
        "Because Ortiz urged calm, the crowd left.",
    ),
    ("wrote-a-thing", "Ortiz wrote the speech on the night ferry."),
    ("all-told", "All told, the ferry fund raised 4 million euros in May."),
    ("generic-you-wants", "If you want to understand the vote, look at the pier."),
    ("what-we-expect", "What we expect from the council is a timetable."),
    ("a-day-is-nobody", "On Monday said the pier would close."),
    ("asked-about-a-topic", "When he was asked about the budget, Ortiz laughed."),
    ("passive-naming", "The new route was called the Blue Line by its planners."),
    ("passive-description", "The crossing is widely described as the roughest in Europe."),
    ("elided-words", "Crews hauled 'em ashore and sang rock 'n' roll 'til the '90s tune ended."),
    (
        "pledged-delegates-is-election-copys-adjective",
        "Her margin of some 250 pledged delegates is wider than the senator expected.",
    ),
    (
        "alleged-after-and-before-a-listed-noun-is-an-adjective",
        "Reports of bribery and alleged kickbacks have dogged the council for years.",
    ),
    (
        "scene-set-before-a-cue-whose-words-go-on-is-not-what-was-said",
        "On Friday morning, the third day of his tour, Holt told a joke.",
    ),
]


def _quotes(text: str) -> list[Row]:
    article = newsparse.parse_article(PREFIX + text)
    return [
        (
            q.kind.value,
            q.text,
            q.speaker.text if q.speaker else None,
            q.cue.text if q.cue else None,
        )
        for q in article.quotes
    ]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in FRAMES], ids=[name for name, _, _ in FRAMES]
)
def test_frame(text: str, expected: list[Row]) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize("text", [t for _, t in NOT_QUOTES], ids=[n for n, _ in NOT_QUOTES])
def test_not_a_quote(text: str) -> None:
    assert _quotes(text) == []


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        PREFIX + "Ortiz said: “We will keep the boats running.\n\n"
        "“The budget allows it, and the crews want it.”"
    )
    article = newsparse.parse_article(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.kind is newsparse.QuoteKind.DIRECT
    assert quote.text.startswith("We will keep") and quote.text.endswith("crews want it.")
    assert text[quote.span.start : quote.span.end] == quote.text


def test_multi_paragraph_quote_one_line_a_paragraph_is_one_quote() -> None:
    # copy with one paragraph a line: the quotation reopens on the next line
    text = (
        "KELSO (AP) — The levy failed on Monday.\n"
        "“We will try again. We have the votes.\n"
        "“The other side knows it,” said Councillor Ines Marrow."
    )
    article = newsparse.parse_article(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.kind is newsparse.QuoteKind.DIRECT
    assert quote.text.startswith("We will try") and quote.text.endswith("knows it,")


def test_british_single_quote_with_nested_double_goes_on_over_a_paragraph() -> None:
    text = (
        PREFIX + 'Dunmore told the court: \'The tenant said, "I will pay it back."\n\n'
        "'He never did.'"
    )
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0][0] == "direct" and quotes[0][2:] == ("Dunmore", "told")
    assert quotes[0][1].startswith("The tenant said") and quotes[0][1].endswith("never did.")


def test_multi_paragraph_quote_in_single_marks_is_one_quote() -> None:
    text = (
        PREFIX + "'We will not wait,' Ortiz said. 'The pier closes tonight.\n\n"
        "'The crews go home at noon.'"
    )
    quotes = _quotes(text)
    assert quotes[0] == ("direct", "We will not wait,", "Ortiz", "said")
    assert len(quotes) == 2
    assert quotes[1][1].startswith("The pier closes") and quotes[1][1].endswith("at noon.")


def test_a_decade_opening_a_paragraph_does_not_continue_a_single_quote() -> None:
    text = PREFIX + "Ortiz loved the 'old port.\n\n'90s money rebuilt the pier, Ortiz said."
    quotes = _quotes(text)
    assert [(kind, speaker, cue) for kind, _, speaker, cue in quotes] == [
        ("indirect", "Ortiz", "said")
    ]
    assert quotes[0][1].endswith("90s money rebuilt the pier")


def test_pure_quotation_paragraph_continues_the_speaker() -> None:
    text = (
        PREFIX + "“We will keep the boats running,” Ortiz said.\n\n"
        "“The budget allows it, and the crews want it.”"
    )
    article = newsparse.parse_article(text)
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == ["Ortiz", "Ortiz"]
    assert article.quotes[1].cue is None
    assert article.quotes[0].speaker == article.quotes[1].speaker
    assert article.quotes[0].source == article.quotes[1].source is not None


@pytest.mark.parametrize(("tail", "continues"), [("“No.”", True), ("“Related:”", False)])
def test_one_word_quotation_paragraph_continues_only_as_an_utterance(
    tail: str, continues: bool
) -> None:
    """A one-word paragraph in marks continues the speaker when it is a
    sentence (“No.”), not when it is a web page's label (“Related:”)."""
    text = PREFIX + "“We will keep the boats running,” Ortiz said.\n\n" + tail
    article = newsparse.parse_article(text)
    assert len(article.quotes) == (2 if continues else 1)


def test_it_as_the_subject_of_a_request_is_the_document() -> None:
    text = PREFIX + "The letter said fares had risen. It urged the board to act."
    article = newsparse.parse_article(text)
    assert [(q.speaker.text if q.speaker else None, q.text) for q in article.quotes] == [
        ("The letter", "fares had risen"),
        ("It", "the board to act"),
    ]
    assert article.quotes[0].source == article.quotes[1].source is not None


@pytest.mark.parametrize(
    ("tail", "continues"),
    [
        ("‘A Long Night on the Pier.’", False),
        ("“Why the Ferry Stopped”", False),
        ("“Crews on the Pier Want It.”", False),
        ("“We want it. Ortiz and Berg want it.”", True),
        ("“Fix It Now,” the crews chanted.", True),
    ],
)
def test_title_case_quotation_paragraph_is_a_heading(tail: str, continues: bool) -> None:
    """A paragraph that is a quotation in title case is a section heading of
    feature copy, not the previous speaker going on; a sentence with names
    in it, or a chant with its own cue, still speaks."""
    text = PREFIX + "“We will keep the boats running,” Ortiz said.\n\n" + tail
    article = newsparse.parse_article(text)
    assert len(article.quotes) == (2 if continues else 1)


def test_unclosed_mark_recovers_at_paragraph_end_with_warning() -> None:
    text = (
        PREFIX + "Ortiz said: “We will keep the boats running.\n\n"
        "The council adjourned, the clerk said."
    )
    article = newsparse.parse_article(text)
    assert any("unclosed quotation mark" in w for w in article.warnings)
    assert [q.text for q in article.quotes] == [
        "We will keep the boats running.",
        "The council adjourned",
    ]


def test_html_entities_read_as_written_warn() -> None:
    text = (
        PREFIX
        + "Ortiz said Berg &amp; Sons would fix the pier&#8217;s deck. &quot;Soon,&quot; she said."
    )
    article = newsparse.parse_article(text)
    # the single-mark entity (&#8217;) is a mark, read like ’: no warning
    assert ["HTML entity &amp; read as written" in w for w in article.warnings] == [True]
    assert article.quotes[-1].text == "Soon,"
    assert newsparse.parse_article(PREFIX + "&ldquo;Soon,&rdquo; Ortiz said.").warnings == ()


def test_closing_mark_with_no_opener_warns() -> None:
    text = PREFIX + "It stays shut until the divers are done,” Lind said. She is 5'9\" tall."
    article = newsparse.parse_article(text)
    offset = text.index("”")
    assert article.warnings == (
        f"closing quotation mark at offset {offset} with no opening mark; read as text",
    )


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    text = PREFIX + "“They called it ‘the midnight boat’ for years,” Ortiz said."
    quotes = _quotes(text)
    assert quotes == [("direct", "They called it ‘the midnight boat’ for years,", "Ortiz", "said")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Ortiz: Ferry Will Run Until Midnight", ("Ferry Will Run Until Midnight", "Ortiz", ":")),
        (
            "Ferry Will Run Until Midnight, Ortiz Says",
            ("Ferry Will Run Until Midnight", "Ortiz", "Says"),
        ),
        (
            "Ortiz camp: Ferry will run until midnight",
            ("Ferry will run until midnight", "Ortiz camp", ":"),
        ),
        (
            "Ortiz to dock workers: Ferry will run until midnight",
            ("Ferry will run until midnight", "Ortiz", ":"),
        ),
        ("Ortiz: ‘No Idea’ If Night Ferry Will Run", ("No Idea", "Ortiz", ":")),
        (
            "Poll: Ortiz leads in the harbour wards",
            ("Ortiz leads in the harbour wards", "Poll", ":"),
        ),
        (
            "Ortiz Says Night Ferry Will Run Until Midnight",
            ("Night Ferry Will Run Until Midnight", "Ortiz", "Says"),
        ),
        (
            "Ortiz Reports Night Ferry Will Run Until Midnight",
            ("Night Ferry Will Run Until Midnight", "Ortiz", "Reports"),
        ),
        (
            "Night ferry to run until midnight from May: Ortiz",
            ("Night ferry to run until midnight from May", "Ortiz", ":"),
        ),
    ],
    ids=[
        "colon",
        "title-case-says",
        "name-and-noun",
        "to-a-listener",
        "quoted-words",
        "poll",
        "title-case-speaker-says",
        "title-case-reports-a-clause",
        "source-after-a-final-colon",
    ],
)
def test_headline_conventions(headline: str, expected: tuple[str, str, str]) -> None:
    _check_headline(headline, [expected])


def test_headline_says_then_a_second_act_after_a_comma() -> None:
    # "X Says Y, Calls Z 'W'": the report ends at the comma; the second verb
    # governs the quoted word (docs/quotes.md, 2026-11-29 late)
    _check_headline(
        "Ortiz Says Ferry Will Run, Calls Board \u2018Reckless\u2019",
        [("Ferry Will Run", "Ortiz", "Says"), ("Reckless", "Ortiz", "Calls")],
    )


def test_headline_says_speaker_the_body_writes_in_lower_case() -> None:
    # a title-case common noun the story writes again in lower case keeps the
    # speaker; "States" after a noun stays a noun (docs/quotes.md, 2026-11-30
    # third session)
    text = (
        "Former Harbor Pilot Says Night Ferry Is Unsafe\n\nPORT ELLIS (AP) \u2014 A pilot"
        " who worked the night run for 20 years met the council on Tuesday.\n\n"
        "The vote is next week."
    )
    article = newsparse.parse_article(text)
    found = [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in article.quotes
    ]
    assert found == [("Night Ferry Is Unsafe", "Former Harbor Pilot", "Says")]
    text = (
        "Union Raises Dues In Border States To Fund Strike Pay\n\nPORT ELLIS"
        " (AP) \u2014 The union will charge more in border states this year."
    )
    assert newsparse.parse_article(text).quotes == ()


@pytest.mark.parametrize(
    "headline",
    [
        "Exclusive: Ferry will run until midnight",
        "Analysis: The ferry war is over",
        "The Latest: Ferry fares not from the harbour fund",
        "Harbour Update: The latest count of ferry riders",
    ],
)
def test_headline_kicker_is_no_speaker(headline: str) -> None:
    # a one-word label is a story label out of the headline (docs/frame.md,
    # 2026-11-29 night); a series title (``The Latest:``) stays in it
    label = headline.split(" ")[0] + " " if headline.startswith(("Exclusive:", "Analysis:")) else ""
    _check_headline(headline, [], label=label)


# ``Reports``/``Posts``/``Announces`` + a noun phrase is an act, not a quote
# (as SPEC's ``announced a merger``), in a title-case headline as in the body
@pytest.mark.parametrize(
    "headline",
    [
        "Ortiz Reports Third Quarter 2025 Ferry Results",
        "Ortiz Reports Record Ferry Numbers",
        "Ortiz Posts Record Ferry Profit For Harbour Board",
        "Ortiz Announces Positive Results For Night Ferry Trial",
        "Ortiz Confirms Night Ferry Timetable",
        # a final colon before a word the story never names: a label
        "Storm batters the harbour: Photos",
    ],
)
def test_headline_act_with_a_noun_phrase_is_no_quote(headline: str) -> None:
    _check_headline(headline, [])


def _check_headline(
    headline: str, expected: list[tuple[str, str, str]], *, label: str = ""
) -> None:
    text = (
        headline + "\n\nPORT ELLIS (AP) — Mayor Lena Ortiz met the council on Tuesday.\n\n"
        "The vote is next week."
    )
    article = newsparse.parse_article(text)
    assert label + (article.headline or "") == headline
    found = [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in article.quotes
    ]
    assert found == expected


NEWS_TOKENS = [
    *"“”‘’\"'«»„,.;:!?()—–-―\n",
    "\n\n",
    " ",
    "\u00a0",
    "said",
    "says",
    "told",
    "according to",
    "adding that",
    "Smith",
    "Ana Ruiz",
    "he",
    "they",
    "it",
    "the official",
    "officials",
    "who",
    "which",
    "(AP)",
    "WASHINGTON",
    "Mr.",
    "Sen.",
    "U.S.",
    "''",
    "called",
    "fear",
    "By",
]


@given(st.lists(st.sampled_from(NEWS_TOKENS), max_size=60).map(" ".join))
def test_no_stage_fails_on_news_like_noise(text: str) -> None:
    """The pipeline turns a failing stage into a warning instead of raising;
    no stage may ever need that on any input."""
    article = newsparse.parse_article(text)
    assert not [w for w in article.warnings if w.startswith("internal error")]
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.source is None or 0 <= quote.source < len(article.sources)


def test_abbreviations_fit_the_tokenizer_look_ahead() -> None:
    """The tokenizer tries its abbreviation list only where letters are
    followed by a point (``_tokens._TOKEN``): an abbreviation with another
    character, or longer than 12 letters, would silently stop being one."""
    from newsparse.sentences import ABBREVIATIONS

    assert all(a.isalpha() and len(a) <= 12 for a in ABBREVIATIONS)
    article = newsparse.parse_article(PREFIX + "Rep. Tomás Greer said the ferry would stay.")
    assert [q.speaker.text if q.speaker else None for q in article.quotes] == ["Rep. Tomás Greer"]


def test_split_second_half_over_two_lines_warns_of_no_unclosed_mark() -> None:
    # wh13d #2, wh13e #10: one paragraph a line; the second half of a split
    # quote goes on in the next line, which only closes it
    text = PREFIX + '"We lost the boat," Varga said. "But we are safe.\n"My son pulled me out."'
    article = newsparse.parse_article(text)
    assert not [w for w in article.warnings if "unclosed" in w]
    assert [q.text for q in article.quotes] == [
        "We lost the boat,",
        'But we are safe.\n"My son pulled me out.',
    ]

"""Gold for seeds/013_cp_ferry_strike.txt (CP: caption credit, split and inverted quotes, title-only re-mention).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/013.py``; ``--show``
prints every quote with its speaker and cue in context, and every cue-like
word that is not a cue in the gold, for review.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import wrapped  # noqa: E402

NAME = "013_cp_ferry_strike"
G = wrapped(NAME)
T = G.T
OPEN = G.OPEN
CLOSE = G.CLOSE
CUE_WORDS = G.CUE_WORDS
at = G.at
q = G.q
src = G.src
build = G.build
caption = G.caption
dateline = G.dateline
check = G.check
show = G.show
write = G.write


# ---------------------------------------------------------------- annotation
ALLIANCE, OKAFOR, FERRY, FAIRBANKS, MARSH, THIBODEAU, RESIDENTS, SANDHU = range(8)

quotes = [
    q("indirect", "the strike would continue until the ferry operator came back to the bargaining table with a better wage offer",
      "The Marine Crew Alliance", "said", ALLIANCE, k="routes, said"),
    q("direct", "Our members have been working without a contract for 14 months,",
      "alliance president Teresa Okafor", "said", OKAFOR, k="said alliance"),
    q("direct", "Nobody takes this step lightly.",
      "alliance president Teresa Okafor", "said", OKAFOR, k="said alliance"),
    q("indirect", "the company had offered raises below the rate of inflation for three years running",
      "Okafor", "told", OKAFOR, s="Okafor told", k="Okafor told"),
    q("indirect", "it had asked the B.C. Labour Relations Board to designate more sailings as an essential service",
      "Pacific Narrows Ferry Corp.", "said", FERRY, k="Corp. said"),
    q("indirect", "38 of the usual 112 daily sailings would run on Thursday",
      "It", "added", FERRY, s="It added", k="It added"),
    q("indirect", "the province would not stand by while island communities ran short of food and medicine",
      "Transportation Minister Leona Fairbanks", "said", FAIRBANKS, k="Fairbanks said the province"),
    q("direct", "I am asking both sides to get back to the table tonight, not next week.",
      "Fairbanks", "said", FAIRBANKS, s="Fairbanks said:", k="Fairbanks said:"),
    q("partial", "not something we are considering at this stage.",
      "She", "said", FAIRBANKS, s="She said back", k="She said back"),
    q("indirect", "a mediator had been named and would meet both parties on Friday",
      "The minister", "added", FAIRBANKS, k="minister added"),
    q("indirect", "about 200 commuters had missed work on the mainland because of the cancellations",
      "Wendy Marsh", "said", MARSH, k="Island, said"),
    # pure-quote sentence: shares the attribution of the other sentence in its paragraph
    q("direct", "I've got 300 kilos of fresh fish in a cooler truck and nowhere to take it.",
      "Marcel Thibodeau", "said", THIBODEAU, k="a.m., said"),
    q("indirect", "the load was meant for restaurants in Nanaimo",
      "Marcel Thibodeau", "said", THIBODEAU, k="a.m., said"),
    q("indirect", "a long strike could empty grocery shelves before the end of the month",
      "Residents of Gabriola Island", "fear", RESIDENTS, k="Island fear"),
    q("indirect", "she had already begun rationing some prescriptions at her pharmacy in the island's main village",
      "Priya Sandhu", "said", SANDHU, k="Sandhu said"),
    q("indirect", "about 60 per cent of its members live on the islands they serve",
      "the alliance", "According to", ALLIANCE, s="According to the alliance"),
]

sources = [
    src("Marine Crew Alliance", "organization", None),
    src("Teresa Okafor", "person", "alliance president"),
    src("Pacific Narrows Ferry Corp.", "organization", None),
    src("Leona Fairbanks", "person", "Transportation Minister"),
    src("Wendy Marsh", "person", "mayor of Bowen Island"),
    src("Marcel Thibodeau", "person", None),
    src("Residents of Gabriola Island", "group", None),
    src("Priya Sandhu", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-10-17",
    "headline": None,
    "bylines": [],
    "dateline": dateline("VANCOUVER (CP) - ", "VANCOUVER", None, "CP", "VANCOUVER", None),
    "captions": [caption(
        "Passengers wait to board one of the few sailings still running at the Horseshoe Bay ferry terminal in West Vancouver, B.C., on Wednesday, Oct. 16, 2024.",
        "(Darryl Haynes/The Canadian Press)", "Darryl Haynes", "CP", "2024-10-16", "West Vancouver, B.C.")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/023_cna_rock_bar_closing.txt (CNA: headline + byline, straight quotes, apostrophes, single quotes nested in double).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/023.py``; ``--show``
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

NAME = "023_cna_rock_bar_closing"
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
LAU, ONG, MERIDIAN, PERSON, MUSICIANS, SIM = range(6)

quotes = [
    q("indirect", "The Crossroads Tavern, a cramped second-floor bar off Middle Road that has hosted live rock 'n' roll since 1993, will close at the end of the month because its lease will not be renewed",
      "Desmond Lau", "said", LAU, k="opened, said"),
    q("direct", "It's been a good run, but you don't argue with a landlord who's already found a new tenant,",
      "Lau", "said", LAU, s="said Lau, 64", k="said Lau, 64"),
    # the single-quoted words inside are part of the outer quote, not a quote of their own
    q("direct", "My dad brought me here when I was 19 and said, 'This is real rock 'n' roll.' I've been coming ever since,",
      "Vincent Ong", "said", ONG, k="since,\" said"),
    q("indirect", "the bar's four part-time workers' final pay would include a month's bonus",
      "Lau", "said", LAU, s="Lau said the bar's", k="Lau said the bar's"),
    q("indirect", "it planned to convert the upper floors into serviced offices",
      "Meridian Heritage Properties", "said in a statement", MERIDIAN),
    q("indirect", "the company had received two other offers for the space, both from co-working operators",
      "A person familiar with the landlord's plans", "said", PERSON, k="plans said"),
    q("indirect", "small venues like the Crossroads are disappearing as rents rise",
      "Local musicians", "say", MUSICIANS),
    q("direct", "We'll go out loud. That's the only way we know how to do it,",
      "she", "said", SIM, s="she said", k="she said"),
]

sources = [
    src("Desmond Lau", "person", None),
    src("Vincent Ong", "person", None),
    src("Meridian Heritage Properties", "organization", None),
    src("A person familiar with the landlord's plans", "anonymous", None),
    src("Local musicians", "group", None),
    # named in the sentence before her quote, which only has the pronoun
    src("Rita Sim", "person", None, at("Rita Sim")),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Singapore's oldest rock 'n' roll bar to close after 31 years",
    "bylines": ["Natalie Koh", "Farhan Idris"],
    "dateline": dateline("SINGAPORE (CNA) - ", "SINGAPORE", None, "CNA", "SINGAPORE", None),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

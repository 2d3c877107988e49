"""Gold for seeds/018_yonhap_scooter_licenses.txt (Yonhap: dated dateline + metadata line, anonymous officials, adding that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/018.py``; ``--show``
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

NAME = "018_yonhap_scooter_licenses"
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
OFFICIALS, INSTITUTE, COMPANIES, PARK, OPPOSITION = range(5)

quotes = [
    q("indirect", "The government plans to require rental electric scooter operators to verify each rider's driver's license through a mobile app starting next year",
      "officials", "said", OFFICIALS, s="officials said Monday", k="officials said Monday"),
    q("indirect", "Operators that fail to check licenses would face fines of up to 5 million won (US$3,570) per violation",
      "the officials", "said", OFFICIALS, s="the officials said, adding", k="the officials said, adding"),
    q("indirect", "the transport ministry would submit a revised bill to the National Assembly next month",
      "the officials", "adding", OFFICIALS, s="the officials said, adding", k="said, adding"),
    q("indirect", "the license checks would apply to all 14 registered rental operators",
      "They", "said", OFFICIALS, s="They said", k="They said"),
    q("indirect", "accidents involving electric scooters rose 18 percent last year to 2,640, with riders in their teens accounting for about a third of the total",
      "the National Personal Mobility Safety Institute", "According to", INSTITUTE),
    q("indirect", "the government was also considering a nighttime speed limit of 15 kilometers per hour for rental scooters",
      "One ministry official", "said", OFFICIALS, k="finalized, said"),
    q("indirect", "the app-based checks would add costs at a time when many of them are already losing money",
      "Scooter rental companies", "said", COMPANIES, k="companies said"),
    q("direct", "We support the goal, but a January start is unrealistic for smaller operators,",
      "Park Ji-hoon", "told", PARK, k="Association, told"),
    q("indirect", "his group would ask for a six-month grace period",
      "Park", "said", PARK, s="Park said his", k="Park said his"),
    q("indirect", "the plan did not go far enough",
      "Opposition lawmakers", "said", OPPOSITION, k="lawmakers said"),
    q("indirect", "rentals should be banned for anyone under 18",
      "Opposition lawmakers", "arguing", OPPOSITION),
]

sources = [
    src("officials", "anonymous", None),
    src("National Personal Mobility Safety Institute", "organization", None),
    src("Scooter rental companies", "group", None),
    src("Park Ji-hoon", "person", "head of the Korea Micromobility Operators Association"),
    src("Opposition lawmakers", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": dateline("SEOUL, Nov. 11 (Yonhap) -- ", "SEOUL", "2024-11-11", "Yonhap", "SEOUL", None),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/022_tass_regional_turboprop.txt (TASS: said in an interview, was quoted as saying, told TASS, nickname in quotes).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/022.py``; ``--show``
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

NAME = "022_tass_regional_turboprop"
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
NAZAROV, PROKHORENKO, SOURCE, AIRLINES = range(4)

quotes = [
    q("indirect", "The first serial VA-44 regional turboprop will be handed over to a customer in the second half of 2026",
      "Volga Aero CEO Timur Nazarov", "said in an interview", NAZAROV),
    q("direct", "The aircraft is designed for runways of 800 meters, including unpaved ones. For Siberia and the Far East, that is exactly what airlines have been asking for,",
      "Nazarov", "said", NAZAROV, s="Nazarov said.", k="Nazarov said."),
    q("indirect", "the company had received 62 firm orders and letters of intent for another 40 aircraft",
      "He", "added", NAZAROV, s="He added", k="He added"),
    q("indirect", "certification flight tests would be completed by the end of the year",
      "Deputy Industry and Trade Minister Gennady Prokhorenko", "was quoted as saying", PROKHORENKO),
    q("direct", "We have no doubt that the aircraft will receive its type certificate on schedule,",
      "the deputy minister", "said", PROKHORENKO, k="deputy minister said"),
    q("indirect", "the plant in Ulyanovsk will be able to build 24 aircraft a year by 2028, up from six planned for 2026",
      "Nazarov", "According to", NAZAROV, s="According to Nazarov", k="According to Nazarov"),
    q("indirect", "two more regional carriers were close to signing contracts for the VA-44",
      "A source in the aviation industry", "told", SOURCE, k="industry told"),
    q("indirect", "they would consider the aircraft if the government subsidized leasing rates for the first five years",
      "Several regional airlines", "said", AIRLINES, k="have said"),
]

sources = [
    src("Timur Nazarov", "person", "Volga Aero CEO"),
    src("Gennady Prokhorenko", "person", "Deputy Industry and Trade Minister"),
    src("A source in the aviation industry", "anonymous", None),
    src("Several regional airlines", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-09-17",
    "headline": None,
    "bylines": [],
    "dateline": dateline("MOSCOW (TASS) - ", "MOSCOW", None, "TASS", "MOSCOW", None),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/019_pti_narela_fire.txt (PTI: headline, inverted frames, told PTI (listener, not a source)).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/019.py``; ``--show``
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

NAME = "019_pti_narela_fire"
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
OFFICIALS, SEHRAWAT, RAWAT, POLICE, PASWAN, TRADERS = range(6)

quotes = [
    q("indirect", "Fourteen workers were rescued after a major fire broke out at a footwear manufacturing unit in outer Delhi’s Narela industrial area on Sunday",
      "officials", "said", OFFICIALS, s="Sunday, officials said", k="Sunday, officials said"),
    q("indirect", "A call about the blaze was received at 6.42 am and 22 fire tenders were rushed to the spot",
      "Deputy Chief Fire Officer Anil Kumar Sehrawat", "said", SEHRAWAT, k="spot, said"),
    q("direct", "The fire started on the ground floor, where rubber soles and adhesives were stored, and spread quickly to the upper floors,",
      "Sehrawat", "told", SEHRAWAT, s="Sehrawat told", k="Sehrawat told"),
    q("indirect", "the workers, most of them migrants from Bihar, had been sleeping on the third floor and were brought down using hydraulic ladders",
      "He", "said", SEHRAWAT, s="He said", k="He said"),
    q("direct", "Three of them suffered minor burns and were taken to a nearby hospital. Their condition is stable,",
      "Deputy Commissioner of Police (Outer North) Meenakshi Rawat", "said", RAWAT, k="stable,” said"),
    q("indirect", "the factory did not have a fire safety clearance and was operating from a plot meant for storage",
      "the police", "According to", POLICE),
    q("indirect", "A case has been registered against the factory owner, who has been detained for questioning",
      "Rawat", "said", RAWAT, s="Rawat said", k="Rawat said"),
    q("direct", "We woke up to smoke everywhere. Someone was shouting that the staircase was on fire,",
      "Ramesh Paswan", "said", PASWAN, k="fire,” said"),
    q("indirect", "he lost his phone and savings of Rs 18,000 kept in a tin box under his bed",
      "Paswan", "said", PASWAN, s="Paswan said", k="Paswan said"),
    q("indirect", "fire tenders took over 40 minutes to reach the factory because of encroachments on the approach road",
      "Traders in the area", "alleged", TRADERS),
    q("indirect", "the first tender reached the spot within 12 minutes of the call",
      "Sehrawat", "said", SEHRAWAT, s="Sehrawat said the first", k="Sehrawat said the first"),
    q("indirect", "The blaze was brought under control after nearly five hours and cooling operations were still under way in the evening",
      "officials", "said", OFFICIALS, s="evening, officials said", k="evening, officials said"),
]

sources = [
    src("officials", "anonymous", None),
    src("Anil Kumar Sehrawat", "person", "Deputy Chief Fire Officer"),
    src("Meenakshi Rawat", "person", "Deputy Commissioner of Police (Outer North)"),
    src("police", "organization", None),
    src("Ramesh Paswan", "person", None),
    src("Traders in the area", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Fire at Narela footwear unit, 14 workers rescued",
    "bylines": [],
    "dateline": dateline("NEW DELHI (PTI) - ", "NEW DELHI", None, "PTI", "NEW DELHI", None),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

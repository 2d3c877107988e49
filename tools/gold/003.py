"""Gold for seeds/003_reuters_music_venues.txt (Reuters dated, metadata line, straight quotes).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/003.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "003_reuters_music_venues"
G = plain(NAME)
T = G.T
OPEN = G.OPEN
CLOSE = G.CLOSE
at = G.at
q = G.q
src = G.src
build = G.build
caption = G.caption
check = G.check
write = G.write


# ---------------------------------------------------------------- annotation
TRUST, QUAYLE, ASHCOMBE, ARENAS = range(4)

quotes = [
    q("indirect", "Small music venues in Britain closed at the fastest pace since the '90s over the past year",
      "the Grassroots Stages Trust", "said", TRUST, k="Trust said"),
    q("indirect", "rising energy bills, bar workers' wages and business rates were the main causes",
      "It", "said", TRUST, s="It said rising", k="It said rising"),
    q("direct", "We're losing the rooms where every band in this country learned its trade,",
      "Harriet Quayle", "said", QUAYLE, k="said Harriet"),
    q("direct", "If you don't protect the bottom rung, there is no ladder.",
      "Harriet Quayle", "said", QUAYLE, k="said Harriet"),
    q("direct", "Venues that got through the pandemic are now shutting because a pint and a ticket cost more "
      "than people can afford. That's the real crisis.",
      "Harriet Quayle", None, QUAYLE),
    q("partial", "looking closely", "Culture Minister Daniel Ashcombe", "told", ASHCOMBE),
    q("indirect", "a voluntary fund should be given until next summer to show results",
      "The minister", "said", ASHCOMBE, k="has said a voluntary"),
    q("indirect", "a levy would fall on fans rather than promoters",
      "The Association of Arena Operators", "said in a statement", ARENAS),
    q("indirect", "Its members don't set ticket prices", "it", "said", ARENAS,
      s="prices, it said", k="prices, it said"),
]

sources = [
    src("Grassroots Stages Trust", "organization", None),
    src("Harriet Quayle", "person", "trust's chief executive"),
    src("Daniel Ashcombe", "person", "Culture Minister"),
    src("Association of Arena Operators", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-12",
    "headline": None,
    "bylines": [],
    "dateline": {**at("LONDON, Nov 11 (Reuters) - "), "location": "LONDON", "date": "2024-11-11", "agency": "Reuters",
                 "city": "LONDON", "region": None},
    "captions": [caption(
        "Fans watch a band play at a pub venue in Bradford, Britain, November 8, 2024.",
        "REUTERS/Owen Sandler", "Owen Sandler", "Reuters", "2024-11-08", "Bradford, Britain")],
    "quotes": quotes,
    "sources": sources,
})

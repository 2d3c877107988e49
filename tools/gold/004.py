"""Gold for seeds/004_reuters_freight_rates.txt (Reuters undated, split quote, according to both orders).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/004.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "004_reuters_freight_rates"
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
FORUM, MENDES, ALLIANCE, ECONOMISTS, OKORO = range(5)

quotes = [
    q("indirect", "British importers face a 30% jump in container shipping costs from January",
      "the UK Importers’ Forum", "according to", FORUM),
    q("indirect", "smaller firms will be hit hardest because they lack long-term contracts with carriers",
      "the forum", "According to", FORUM, s="According to the forum"),
    q("indirect", "the increase came at the worst possible time for retailers stocking up for the spring",
      "Carla Mendes", "said", MENDES, k="general, said"),
    q("direct", "Some of our members have already cancelled orders,", "she", "said", MENDES,
      s="orders,” she said", k="orders,” she said"),
    q("direct", "and others are asking suppliers to split shipments.", "she", "said", MENDES,
      s="orders,” she said", k="orders,” she said"),
    q("indirect", "the new rates reflected higher fuel and insurance costs on longer routes around southern Africa",
      "The Meridian Freight Alliance", "said in a statement", ALLIANCE),
    q("indirect", "rates had fallen by more than half since their peak in 2021",
      "It", "said", ALLIANCE, s="It said rates", k="It said rates"),
    q("indirect", "the extra costs will push up shop prices by the spring",
      "Some economists", "fear", ECONOMISTS),
    q("indirect", "freight made up only a small share of the final price of most goods",
      "Castlebridge Securities analyst James Okoro", "said", OKORO, k="Okoro said"),
    q("direct", "It’s painful for importers, but shoppers may barely notice,", "he", "said", OKORO,
      s="notice,” he said", k="notice,” he said"),
    q("indirect", "it would ask ministers to cut port charges for small importers",
      "The forum", "said", FORUM, s="The forum said", k="The forum said"),
]

sources = [
    src("UK Importers’ Forum", "organization", None),
    src("Carla Mendes", "person", "forum’s director general"),
    src("Meridian Freight Alliance", "organization", None),
    src("Some economists", "group", None),
    src("James Okoro", "person", "Castlebridge Securities analyst"),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("LONDON (Reuters) - "), "location": "LONDON", "date": None, "agency": "Reuters",
                 "city": "LONDON", "region": None},
    "captions": [caption(
        "A container ship is unloaded in Felixstowe, Britain, March 3, 2023.",
        "REUTERS/Gareth Mboya/File Photo", "Gareth Mboya", "Reuters", "2023-03-03", "Felixstowe, Britain")],
    "quotes": quotes,
    "sources": sources,
})

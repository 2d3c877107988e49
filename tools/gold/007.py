"""Gold for seeds/007_afp_kenya_drought.txt (AFP title-case dateline, document sources).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/007.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "007_afp_kenya_drought"
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
REPORT, EKAI, STATEMENT, GALGALO, WAMBUI, FORECASTERS = range(6)

quotes = [
    q("indirect", "Nearly one in three boreholes in northern Kenya has dried up since June", "a report", "said", REPORT,
      k="a report said"),
    q("indirect", "Rainfall during the October-to-December short rains has so far been less than half the seasonal average",
      "the report", "said", REPORT, s="average, the report said", k="average, the report said"),
    q("indirect", "At least 600,000 herders now walk more than 15 kilometres a day to reach water", "it", "said", REPORT,
      s="water, it said", k="water, it said"),
    q("direct", "The animals are dying first, and the people will follow if nothing changes,",
      "Turkana county water officer Joseph Ekai", "told", EKAI),
    q("indirect", "livestock deaths in the county had passed 40,000 since August",
      "A statement from the Turkana county government", "said", STATEMENT, k="government said"),
    q("indirect", "Families had begun moving toward the Ugandan border in search of pasture",
      "the statement", "according to", STATEMENT, s="according to the statement"),
    q("direct", "We walked for four days to reach this well, and now it is almost dry too,", "Ali Galgalo", "said", GALGALO,
      k="said Ali"),
    q("indirect", "the government response had come too late for many families", "Grace Wambui", "said", WAMBUI,
      k="Kenya, said"),
    q("indirect", "the charity would drill 30 new boreholes before March", "She", "said", WAMBUI,
      s="She said the charity", k="She said the charity"),
    q("indirect", "the March-to-May long rains could also fail", "Forecasters", "fear", FORECASTERS),
]

sources = [
    src("a report", "document", None),
    src("Joseph Ekai", "person", "Turkana county water officer"),
    src("A statement from the Turkana county government", "document", None),
    src("Ali Galgalo", "person", None),
    src("Grace Wambui", "person", None),
    src("Forecasters", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("Nairobi (AFP) - "), "location": "Nairobi", "date": None, "agency": "AFP",
                 "city": "Nairobi", "region": None},
    "captions": [caption(
        "Herders lead cattle to a borehole in Marsabit, Kenya, on November 5, 2024.",
        "AFP PHOTO / LUIS OTIENO", "LUIS OTIENO", "AFP", "2024-11-05", "Marsabit, Kenya")],
    "quotes": quotes,
    "sources": sources,
})

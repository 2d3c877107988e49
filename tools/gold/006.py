"""Gold for seeds/006_afp_rail_strike.txt (AFP, told AFP, media source).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/006.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "006_afp_rail_strike"
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
MINISTRY, GARNIER, UNION, BENALI, LEMONDE, ROUX = range(6)

quotes = [
    q("indirect", "Only two in five regional trains were running in Normandy and Brittany",
      "the Ministry of Transport", "according to", MINISTRY),
    q("indirect", "the reform would go ahead in January as planned",
      "Transport Minister Hélène Garnier", "said", GARNIER, k="Garnier said on Thursday"),
    q("direct", "Passengers in the regions deserve better trains, and competition will give them better trains,",
      "Garnier", "said", GARNIER, s="trains,” Garnier said", k="trains,” Garnier said"),
    q("indirect", "it would extend the walkout through Sunday unless talks resumed",
      "The Independent Rail Drivers’ Union", "said", UNION, k="strike, said"),
    q("indirect", "more than 70 percent of drivers had stopped work", "It", "said", UNION,
      s="It said more", k="It said more"),
    q("direct", "We are not against competition. We are against putting one driver alone on a train with 400 passengers,",
      "union spokesman Karim Benali", "told", BENALI, k="Benali told"),
    q("indirect", "The government is preparing to offer drivers a bonus for working on privately run lines",
      "Le Monde", "reported", LEMONDE),
    q("direct", "I left home at six this morning and I’m still not at work,", "Amélie Roux", "told", ROUX,
      k="Roux told"),
    q("indirect", "she would miss most of her shift at a hospital in Bayeux", "Amélie Roux", "adding", ROUX),
]

sources = [
    src("Ministry of Transport", "organization", None),
    src("Hélène Garnier", "person", "Transport Minister"),
    src("Independent Rail Drivers’ Union", "organization", None),
    src("Karim Benali", "person", "union spokesman"),
    src("Le Monde", "media", None),
    src("Amélie Roux", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("PARIS (AFP) - "), "location": "PARIS", "date": None, "agency": "AFP",
                 "city": "PARIS", "region": None},
    "captions": [caption(
        "Striking train drivers gather outside Saint-Lazare station in Paris on November 7, 2024.",
        "Julien Maréchal/AFP via Getty Images", "Julien Maréchal", "AFP", "2024-11-07", "Paris")],
    "quotes": quotes,
    "sources": sources,
})

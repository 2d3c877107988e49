"""Gold for seeds/005_bloomberg_turbine_talks.txt (Bloomberg, anonymous sources, trailers).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/005.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "005_bloomberg_turbine_talks"
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
PEOPLE, BREKKE, SOLHEIM, ANALYSTS = range(4)

quotes = [
    q("indirect", "Nordvind Energi A/S is in advanced talks to buy rival turbine maker Halden Power Systems ASA for about $4.2 billion",
      "people familiar with the matter", "according to", PEOPLE),
    q("indirect", "A deal could be announced as soon as next week", "the people", "said", PEOPLE,
      s="week, the people said", k="week, the people said"),
    q("indirect", "Terms could still change and the talks may yet collapse", "they", "said", PEOPLE,
      s="collapse, they said", k="collapse, they said"),
    q("partial", "open to bolt-on deals", "Nordvind Chief Executive Officer Lars Brekke", "said in an interview", BREKKE),
    q("direct", "Scale is everything in this business right now,", "Fjordline Markets analyst Ingrid Solheim", "wrote", SOLHEIM),
    q("direct", "Whoever has the biggest order book gets the best prices on steel and the best slots at the ports. "
      "Halden on its own was always going to struggle to compete.",
      "Fjordline Markets analyst Ingrid Solheim", None, SOLHEIM),
    q("indirect", "any deal would face a lengthy antitrust review in Brussels", "Analysts", "expect", ANALYSTS,
      s="Analysts expect"),
    q("indirect", "Its largest shareholder has been pushing for a sale since the spring", "the people", "said", PEOPLE,
      s="spring, the people said", k="spring, the people said"),
]

sources = [
    src("people familiar with the matter", "anonymous", None),
    src("Lars Brekke", "person", "Nordvind Chief Executive Officer"),
    src("Ingrid Solheim", "person", "Fjordline Markets analyst"),
    src("Analysts", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-08",
    "headline": None,
    "bylines": [],
    "dateline": {**at("(Bloomberg) -- "), "location": None, "date": None, "agency": "Bloomberg",
                 "city": None, "region": None},
    "captions": [caption(
        "Workers inspect turbine blades at a wind farm in Esbjerg, Denmark, on Wednesday, Nov. 6, 2024.",
        "Photographer: Freja Lindqvist/Bloomberg", "Freja Lindqvist", "Bloomberg", "2024-11-06", "Esbjerg, Denmark")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/020_efe_taxi_protest.txt (EFE: EFE/Name credit, media source, partial quote + adding that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/020.py``; ``--show``
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

NAME = "020_efe_taxi_protest"
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
HERRERO, VIDAL, OBSERVADOR, RODANDO, HOTELS, POLICE = range(6)

quotes = [
    q("indirect", "drivers would return to the streets every Thursday until the plan was withdrawn",
      "Julián Herrero", "told", HERRERO, k="platform, told"),
    q("direct", "The region wants to flood the city with cars that pay none of the costs we pay,",
      "Herrero", "said", HERRERO, s="Herrero said", k="Herrero said"),
    # split quote: the second sentence shares the first one's speaker and cue
    q("direct", "We have mortgaged our homes to buy these licences.",
      "Herrero", "said", HERRERO, s="Herrero said", k="Herrero said"),
    q("partial", "disproportionate,",
      "Madrid regional Transport Minister Elena Vidal", "said", VIDAL, k="Vidal said the blockade"),
    q("indirect", "her department had offered to meet the drivers’ representatives next week",
      "Madrid regional Transport Minister Elena Vidal", "adding", VIDAL, k="disproportionate,” adding"),
    q("indirect", "the new licences were needed because demand for rides had grown by 40 percent since 2019 while the number of taxis had stayed the same",
      "Vidal", "said", VIDAL, s="Vidal said the new", k="Vidal said the new"),
    q("indirect", "the regional government had already drafted the decree and planned to approve it before the summer",
      "El Observador de Madrid", "reported", OBSERVADOR),
    q("indirect", "more licences would cut waiting times for passengers in the outer districts",
      "Rodando", "said in a statement", RODANDO),
    q("indirect", "further blockades could put off visitors ahead of the Easter holidays",
      "Hotel owners in the city centre", "fear", HOTELS, k="centre fear"),
    q("indirect", "about 1,800 taxis took part in the protest",
      "Police", "said", POLICE, s="Police said", k="Police said"),
]

sources = [
    src("Julián Herrero", "person", "spokesman for the platform"),
    src("Elena Vidal", "person", "Madrid regional Transport Minister"),
    src("El Observador de Madrid", "media", None),
    src("Rodando", "organization", None),
    src("Hotel owners in the city centre", "group", None),
    src("Police", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2025-02-14",
    "headline": None,
    "bylines": [],
    "dateline": dateline("MADRID (EFE) - ", "MADRID", None, "EFE", "MADRID", None),
    "captions": [caption(
        "Taxis block a lane of the Paseo de la Castellana during a protest in Madrid, Spain, on Feb. 13, 2025.",
        "EFE/Lucía Montero", "Lucía Montero", "EFE", "2025-02-13", "Madrid, Spain")],
    "quotes": quotes,
    "sources": sources,
})

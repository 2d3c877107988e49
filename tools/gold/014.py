"""Gold for seeds/014_reuters_sisal_drought.txt (old Reuters: indented paragraphs, hard-wrapped lines, Reuter sign-off, no quotation marks).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/014.py``; ``--show``
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

NAME = "014_reuters_sisal_drought"
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
COOP, METEO, ATLANTICA, MOURA, BROKERS, EXPORTER, GOVT = range(7)

quotes = [
    q("indirect", "Brazilian sisal fibre exports are expected to fall by about 15 pct this year after a prolonged drought in the Bahia interior cut yields on most plantations",
      "Cooperativa Sertaneja de Sisal", "said", COOP, k="de Sisal said"),
    q("indirect", "the 1987 crop would probably total about 128,000 tonnes, against 151,000 tonnes in 1986",
      "It", "said", COOP, s="It said the 1987", k="It said the 1987"),
    q("indirect", "Rainfall in the main producing municipalities of Valente, Santaluz and Conceicao do Coite was less than a third of the normal level between October and January",
      "the state meteorological service", "according to", METEO, k="according to the state meteorological"),
    q("indirect", "it had cut its February loadings of baler twine by 20 pct",
      "Atlantica Fibras SA", "said", ATLANTICA, k="Fibras SA said"),
    q("indirect", "some March contracts with European buyers might have to be postponed",
      "The company", "said", ATLANTICA, k="company said"),
    q("indirect", "there is little fibre left in Salvador warehouses to cover the shortfall and growers have no reason to sell before prices rise",
      "Joao Batista Moura", "said", MOURA, k="cooperative, said"),
    q("indirect", "the cooperative had asked its members to replant about 4,000 hectares of exhausted fields once the rains return",
      "Moura", "said", MOURA, s="Moura said the", k="Moura said the"),
    q("indirect", "prices for grade three fibre will rise to about 600 dlrs a tonne fob by April, from around 520 dlrs now",
      "Brokers in Salvador", "expect", BROKERS, k="Salvador expect"),
    q("indirect", "Mexican and Chinese suppliers could win back part of the European twine market if Brazilian shipments stay low through the middle of the year",
      "one exporter who asked not to be named", "said", EXPORTER, k="be named said"),
    q("indirect", "it would ask federal authorities for emergency credit lines for drought-hit sisal growers",
      "The Bahia state government", "said", GOVT, k="government said"),
    q("indirect", "Sisal is the main source of income for about 600,000 people in the semi-arid region",
      "the state government", "according to", GOVT, s="according to the state government",
      k="according to the state government"),
]

sources = [
    src("Cooperativa Sertaneja de Sisal", "organization", None),
    src("state meteorological service", "organization", None),
    src("Atlantica Fibras SA", "organization", None),
    src("Joao Batista Moura", "person", "director of the cooperative"),
    src("Brokers in Salvador", "group", None),
    src("one exporter who asked not to be named", "anonymous", None),
    src("Bahia state government", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": dateline("SALVADOR, Feb 26 - ", "SALVADOR", None, None, "SALVADOR", None),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

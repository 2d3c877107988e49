"""Gold for seeds/021_ansa_cinema_ruling.txt (ANSA: Outlet-via-AP credit, FILE caption, document source, quoted film title).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/021.py``; ``--show``
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

NAME = "021_ansa_cinema_ruling"
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
RULING, FERRANTE, CITY_HALL, RICCI, ASSOCIATIONS = range(5)

quotes = [
    q("partial", "generic and unverified",
      "the ruling", "said", RULING, s="the ruling said.\n\nCity", k="the ruling said.\n\nCity"),
    q("indirect", "City inspectors never tested the building’s fire doors or sprinkler system before ordering it closed",
      "the ruling", "according to", RULING, s="according to the ruling", k="according to the ruling"),
    q("indirect", "the owners had spent 180,000 euros on safety work in 2022, including new emergency exits on the side street",
      "It", "said", RULING, s="It said the owners", k="It said the owners"),
    q("direct", "We never stopped believing we would open these doors again,",
      "Giulia Ferrante", "told", FERRANTE, k="told ANSA"),
    q("indirect", "the cinema would reopen in time for a summer festival of Italian classics",
      "She", "said", FERRANTE, s="She said", k="She said"),
    q("indirect", "it would study the ruling before deciding whether to appeal to the Council of State",
      "Rome city hall", "said in a statement", CITY_HALL),
    q("partial", "as long as it is safe for the public.",
      "Marco Ricci", "said", RICCI, k="councillor, said"),
    q("indirect", "the closure had hurt bars and restaurants on the surrounding streets",
      "Several neighbourhood associations", "said", ASSOCIATIONS, k="associations said"),
    q("indirect", "The city must also pay the owners’ legal costs of about 12,000 euros",
      "the ruling", "said", RULING, s="euros, the ruling said", k="euros, the ruling said"),
]

sources = [
    src("the ruling", "document", None),
    src("Giulia Ferrante", "person", None),
    src("Rome city hall", "organization", None),
    src("Marco Ricci", "person", "city’s culture councillor"),
    src("Several neighbourhood associations", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Rome court orders reopening of Trastevere’s Cinema Aurora",
    "bylines": [],
    "dateline": dateline("ROME (ANSA) - ", "ROME", None, "ANSA", "ROME", None),
    "captions": [caption(
        "FILE - People queue outside the Cinema Aurora in Rome, Italy, on June 21, 2019.",
        "(Stefano Rinaldi/La Voce del Rione via AP)", "Stefano Rinaldi", "AP", "2019-06-21", "Rome, Italy")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/002_ap_condo_seawall.txt (AP with state, FILE caption, multi-paragraph quote).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/002.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "002_ap_condo_seawall"
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
BENNING, OKAFOR, DRAY, LIU, ANALYSTS = range(5)

quotes = [
    q("indirect", "the board had put off the repairs for as long as it could",
      "Gloria Benning", "said", BENNING, k="association, said"),
    q("direct", "We paid for three engineering reports, and every one of them came back with the same answer. "
      "The wall is failing, and the water is already getting under the parking deck.\n\n"
      "“I’ve lived here since the ’90s. I know what this means for people on fixed incomes. "
      "But if we wait, the bill only gets bigger,",
      "Benning", "said", BENNING, s="bigger,” Benning said", k="bigger,” Benning said"),
    q("direct", "I did the math three times, and it comes out the same way. Either I empty my savings or I leave.",
      "Okafor", "said", OKAFOR, s="Okafor said:", k="Okafor said:"),
    q("indirect", "the association had not given them the 30 days’ notice required by its own bylaws",
      "Attorney Mitchell Dray", "said", DRAY, k="owners, said"),
    q("indirect", "he would ask a judge to pause the deadline",
      "Attorney Mitchell Dray", "adding", DRAY),
    q("indirect", "the city had no power to extend a deadline set by a private association",
      "City Building Official Karen Liu", "said", LIU, k="Liu said"),
    q("indirect", "inspectors would return to the property in January to check whether temporary shoring under the garage was still holding",
      "She", "said", LIU, s="She said inspectors", k="She said inspectors"),
    q("indirect", "premiums for older waterfront buildings will rise again next year",
      "Insurance analysts", "expect", ANALYSTS),
    q("indirect", "the board would meet Thursday night to hear from owners one last time before the vote",
      "Benning", "said", BENNING, s="Benning said the board", k="Benning said the board"),
    q("direct", "Nobody here wanted this,", "she", "said", BENNING, s="this,” she said", k="this,” she said"),
]

sources = [
    src("Gloria Benning", "person", "president of the condominium association"),
    src("Samuel Okafor", "person", None, at("Samuel Okafor")),
    src("Mitchell Dray", "person", "Attorney"),
    src("Karen Liu", "person", "City Building Official"),
    src("Insurance analysts", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": {**at("BOCA RATON, Fla. (AP) — "), "location": "BOCA RATON, Fla.", "date": None, "agency": "AP",
                 "city": "BOCA RATON", "region": "Fla."},
    "captions": [caption(
        "FILE - A pickup truck drives through a flooded street in Boca Raton, Fla., on Oct. 10, 2024.",
        "(AP Photo/Rebecca Solano, File)", "Rebecca Solano", "AP", "2024-10-10", "Boca Raton, Fla.")],
    "quotes": quotes,
    "sources": sources,
})

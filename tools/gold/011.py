"""Gold for seeds/011_bw_veltrix_packaging.txt (Business Wire, headline, Credit: caption, X told Y that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/011.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "011_bw_veltrix_packaging"
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
MENON, CHU = range(2)

quotes = [
    q("direct", "Advanced packaging is where the next decade of chip performance will come from,",
      "Rajiv Menon", "said", MENON, k="said Rajiv"),
    q("direct", "We wanted that capability here, next to the engineers who design our products.",
      "Rajiv Menon", "said", MENON, k="said Rajiv"),
    q("indirect", "the company had hired 310 people for the line and planned to hire 150 more by next summer",
      "Menon", "told", MENON, s="Menon told", k="Menon told"),
    q("indirect", "the project would bring hundreds of skilled manufacturing jobs back to the county",
      "County Supervisor Lorraine Chu", "told", CHU, k="Chu told"),
]

sources = [
    src("Rajiv Menon", "person", "president and chief executive officer of Veltrix"),
    src("Lorraine Chu", "person", "County Supervisor"),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Veltrix Semiconductor Opens $400 Million Advanced Packaging Line in San Jose",
    "bylines": [],
    "dateline": {**at("SAN JOSE, Calif.--(BUSINESS WIRE)--"), "location": "SAN JOSE, Calif.", "date": None,
                 "agency": "Business Wire", "city": "SAN JOSE", "region": "Calif."},
    "captions": [caption(
        "Technicians calibrate equipment on the new advanced packaging line in San Jose, Calif., on Nov. 6, 2024.",
        "Credit: Dana Okonkwo/Veltrix Semiconductor", "Dana Okonkwo", "Veltrix Semiconductor", "2024-11-06",
        "San Jose, Calif.")],
    "quotes": quotes,
    "sources": sources,
})

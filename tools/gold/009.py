"""Gold for seeds/009_upi_transit_rescue.txt (UPI, Date: metadata, inverted said Mayor frame).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/009.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "009_upi_transit_rescue"
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
WHITFORD, OCHOA, NAVARRO, LAWMAKERS, HARWICK = range(5)

quotes = [
    q("direct", "If we don't fix this now, we'll be talking about which bus routes to cancel next summer, not which ones to add,",
      "Mayor Denise Whitford", "said", WHITFORD, k="said Mayor"),
    q("indirect", "a vote could come as early as the January session", "State Sen. Raymond Ochoa", "said", OCHOA,
      k="committee, said"),
    q("indirect", "the plan would merge the boards of the three transit agencies into a single regional authority",
      "Ochoa", "said", OCHOA, s="Ochoa said the plan", k="Ochoa said the plan"),
    q("indirect", "a merger would mean little without more frequent service", "Teresa Navarro", "said", NAVARRO,
      k="Alliance, said"),
    q("indirect", "weekend bus ridership had recovered to 92% of pre-pandemic levels", "She", "said", NAVARRO,
      s="She said weekend", k="She said weekend"),
    q("indirect", "the new authority would hand Chicago appointees a majority on its board",
      "Some suburban lawmakers", "fear", LAWMAKERS),
    q("direct", "I'm not voting for a bailout that gives my district less say than it has today,",
      "state Rep. Glen Harwick", "said", HARWICK, k="said state Rep."),
    q("direct", "Show me the seats at the table first. Then we can talk about the money.",
      "state Rep. Glen Harwick", None, HARWICK),
    q("indirect", "the mayors would travel to Springfield next month to press their case", "Whitford", "said", WHITFORD,
      s="Whitford said the mayors", k="Whitford said the mayors"),
]

sources = [
    src("Denise Whitford", "person", "Mayor"),
    src("Raymond Ochoa", "person", "State Sen."),
    src("Teresa Navarro", "person", "executive director of the Riders First Alliance"),
    src("Some suburban lawmakers", "group", None),
    src("Glen Harwick", "person", "state Rep."),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("CHICAGO, Nov. 11 (UPI) -- "), "location": "CHICAGO", "date": "2024-11-11", "agency": "UPI",
                 "city": "CHICAGO", "region": None},
    "captions": [caption(
        "Commuters board a train at an elevated station in Chicago on November 4, 2024.",
        "(Photo by Marcus Delaney/Getty Images)", "Marcus Delaney", "Getty Images", "2024-11-04", "Chicago")],
    "quotes": quotes,
    "sources": sources,
})

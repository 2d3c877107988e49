"""Gold for seeds/012_gnw_northgate_lithium.txt (GlobeNewswire, CRLF line endings, noting/warning that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/012.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "012_gnw_northgate_lithium"
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
LECLAIR, ARSENAULT = range(2)

assert "\r\n" in T and "\n" not in T.replace("\r\n", ""), "the article must keep CRLF line endings"

quotes = [
    q("direct", "These results confirm that Kestrel Lake hosts a large, continuous spodumene system,",
      "Martin Leclair", "said", LECLAIR, s="said Martin Leclair, President", k="said Martin Leclair, President"),
    q("indirect", "mineralization remains open at depth and along strike to the east",
      "Martin Leclair", "noting", LECLAIR, s="said Martin Leclair, President"),
    q("indirect", "the Company plans to begin a 12,000-metre follow-up program in January and to publish a maiden "
      "mineral resource estimate in the second half of 2025",
      "Leclair", "said", LECLAIR, s="Leclair said the Company", k="Leclair said the Company"),
    q("indirect", "permitting remains the main risk to the project schedule",
      "He", "said", LECLAIR, s="He said permitting", k="He said permitting"),
    q("indirect", "a backlog of applications at the provincial level could push first production into 2029",
      "He", "warning", LECLAIR, s="He said permitting"),
    q("direct", "Every hole we drilled in the eastern zone hit pegmatite,",
      "Sophie Arsenault", "said", ARSENAULT, k="said Sophie"),
    q("direct", "We have not found the edges of this system yet.",
      "Sophie Arsenault", "said", ARSENAULT, k="said Sophie"),
]

sources = [
    src("Martin Leclair", "person", "President and Chief Executive Officer of Northgate"),
    src("Sophie Arsenault", "person", "Vice President of Exploration"),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("TORONTO, Nov. 11, 2024 (GLOBE NEWSWIRE) -- "), "location": "TORONTO", "date": "2024-11-11",
                 "agency": "GlobeNewswire", "city": "TORONTO", "region": None},
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

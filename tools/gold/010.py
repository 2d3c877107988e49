"""Gold for seeds/010_prn_harborlight_launch.txt (PR Newswire release, executive quotes).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/010.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "010_prn_harborlight_launch"
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
RAMAN, TORRES, VASQUEZ = range(3)

quotes = [
    q("direct", "For years, insurers have waited weeks for adjusters to reach flooded neighborhoods before they could tell policyholders anything,",
      "Priya Raman", "said", RAMAN, k="said Priya"),
    q("direct", "Tideline gives them a first estimate before the water has gone down.",
      "Priya Raman", "said", RAMAN, k="said Priya"),
    q("indirect", "the platform had been tested on 11 storms since 2021 and matched final adjuster estimates within 8 percent on average",
      "Michael Torres", "said", TORRES, k="officer, said"),
    q("direct", "During the worst week of the season, we knew which 4,000 of our policyholders needed help first, "
      "and we had money in their accounts before our adjusters could even get on the roads,",
      "Elena Vasquez", "said", VASQUEZ, k="said Elena"),
    q("indirect", "Harborlight would add coverage for wildfire and hail damage in 2025", "Raman", "said", RAMAN,
      s="Raman said Harborlight", k="Raman said Harborlight"),
]

sources = [
    src("Priya Raman", "person", "chief executive officer of Harborlight Analytics"),
    src("Michael Torres", "person", "Harborlight's chief technology officer"),
    src("Elena Vasquez", "person", "vice president of claims at Pinecrest Mutual Insurance"),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("NEW YORK, Nov. 11, 2024 /PRNewswire/ -- "), "location": "NEW YORK", "date": "2024-11-11",
                 "agency": "PR Newswire", "city": "NEW YORK", "region": None},
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

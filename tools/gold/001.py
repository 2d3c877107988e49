"""Gold for seeds/001_ap_lead_pipes.txt (AP, headline + byline + caption).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/001.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "001_ap_lead_pipes"
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
MARCHETTI, WHITLOCK, ALLIANCE, GREER = range(4)

quotes = [
    q("partial", "simply cannot find enough trained crews",
      "Board Chair Ellen Marchetti", "said", MARCHETTI, k="Marchetti said the extension"),
    q("direct", "Nobody on this board wants a child drinking from a lead pipe one day longer than necessary,",
      "Marchetti", "said", MARCHETTI, s="necessary,” Marchetti said", k="necessary,” Marchetti said"),
    q("direct", "But a deadline that nobody can meet doesn’t protect anyone.",
      "Marchetti", "said", MARCHETTI, s="necessary,” Marchetti said", k="necessary,” Marchetti said"),
    q("partial", "handed the utilities a three-year hall pass.",
      "Aaron Whitlock", "said", WHITLOCK, k="Coalition, said"),
    q("direct", "Every year of delay is another class of kindergartners exposed,",
      "he", "said in an interview", WHITLOCK, s="he said in an interview"),
    q("direct", "The science on this hasn’t changed since the ’70s.",
      "he", "said in an interview", WHITLOCK, s="he said in an interview"),
    q("indirect", "the extension would let cities spread the cost over more budget years without sharp rate increases",
      "the American Municipal Water Alliance", "said", ALLIANCE, k="Alliance said"),
    q("indirect", "he would introduce a bill to restore the 2031 deadline",
      "Rep. Tomás Greer", "said", GREER, k="Greer said he"),
    q("indirect", "lawmakers from both parties had already signed on",
      "Greer", "said", GREER, s="Greer said lawmakers", k="Greer said lawmakers"),
    q("indirect", "a committee vote could come early next year",
      "Greer", "adding", GREER, s="Greer said lawmakers"),
    q("indirect", "the board would review each city’s progress every 18 months",
      "Marchetti", "said", MARCHETTI, s="Marchetti said the board", k="Marchetti said the board"),
    q("indirect", "cities that fall behind could lose access to low-interest federal loans",
      "She", "said", MARCHETTI, s="She said cities", k="She said cities"),
]

sources = [
    src("Ellen Marchetti", "person", "Board Chair"),
    src("Aaron Whitlock", "person", "director of the Clean Taps Coalition"),
    src("American Municipal Water Alliance", "organization", None),
    src("Tomás Greer", "person", "Rep."),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "Federal board gives older cities three more years to replace lead water pipes",
    "bylines": ["Marisol Ventura", "Derek Haldane"],
    "dateline": {**at("WASHINGTON (AP) — "), "location": "WASHINGTON", "date": None, "agency": "AP",
                 "city": "WASHINGTON", "region": None},
    "captions": [caption(
        "Members of the Federal Water Infrastructure Board listen to testimony during a hearing in Washington, Tuesday, Nov. 12, 2024.",
        "(AP Photo/Lena Kowalczyk)", "Lena Kowalczyk", "AP", "2024-11-12", "Washington")],
    "quotes": quotes,
    "sources": sources,
})

"""Gold for seeds/015_reuters_compo_bid.txt (old Reuters with a US state in the dateline, REUTER sign-off on the last line).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/015.py``; ``--show``
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

NAME = "015_reuters_compo_bid"
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
COMPO, HARBOR, ASHBY, ANALYSTS, ARB = range(5)

quotes = [
    q("indirect", "its board rejected as inadequate an unsolicited offer of 42 dlrs a share from Harbor Point Partners, a New York investment group, and would explore other ways to raise shareholder value",
      "Compo Industries Inc", "said", COMPO, k="Industries Inc said"),
    q("indirect", "the offer, which values Compo at about 310 mln dlrs, did not reflect the earnings potential of its new aluminum casting plant in Bridgeport",
      "The company", "said", COMPO, s="The company said the offer", k="The company said the offer"),
    q("direct", "We believe the offer substantially undervalues Compo and its prospects,",
      "chairman Richard T. Ashby", "said", ASHBY, k="Ashby said"),
    q("indirect", "first quarter earnings would rise sharply from the 4.1 mln dlrs, or 55 cts a share, earned a year earlier",
      "He", "said", ASHBY, s="He said first", k="He said first"),
    q("indirect", "it was considering a proxy fight to replace the board at the annual meeting",
      "Harbor Point", "said", HARBOR, s="Harbor Point, which owns", k="shares, said"),
    q("indirect", "the offer was well below the 45 to 50 dlrs a share that Compo could fetch in an auction among industrial buyers",
      "Analysts", "said", ANALYSTS, k="Analysts said"),
    q("indirect", "Harbor Point would probably return with a higher bid before the meeting",
      "An arbitrageur who spoke on condition of anonymity", "said", ARB, k="anonymity said"),
    q("indirect", "it had set May 14 as the date of its annual meeting in Westport",
      "The company", "said", COMPO, s="The company also said", k="also said"),
]

sources = [
    src("Compo Industries Inc", "organization", None),
    # name from the fuller mention inside Compo's own statement
    src("Harbor Point Partners", "organization", None, at("Harbor Point Partners")),
    src("Richard T. Ashby", "person", "chairman"),
    src("Analysts", "group", None),
    src("An arbitrageur who spoke on condition of anonymity", "anonymous", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": "COMPO INDUSTRIES <CMPO> REJECTS HARBOR POINT BID",
    "bylines": [],
    "dateline": dateline("WESTPORT, Conn., March 26 - ", "WESTPORT, Conn.", None, None, "WESTPORT", "Conn."),
    "captions": [],
    "quotes": quotes,
    "sources": sources,
})

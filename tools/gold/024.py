"""Gold for seeds/024_sf_bookstore_reopens.txt (no agency: dated dateline + metadata line, two captions, one between body paragraphs).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/024.py``; ``--show``
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

NAME = "024_sf_bookstore_reopens"
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
FITCH, AMANO, FIRE, LIM, BOOKSELLERS, ORTEGA = range(6)

quotes = [
    q("direct", "We didn’t know if we’d ever have walls again,",
      "Dolores Fitch", "said", FITCH, k="again,” said"),
    # a paragraph of pure quotation continuing the previous paragraph's speaker
    q("direct", "Every week someone at the market would ask when we were coming back. Some of them brought us boxes of their own books to sell.",
      "Dolores Fitch", None, FITCH),
    q("indirect", "she had nearly given up on reopening over the summer",
      "Fitch", "told", FITCH, s="Fitch told", k="Fitch told"),
    q("indirect", "the new store was smaller, with about 14,000 titles instead of 22,000, but had room for readings in the back",
      "Amano", "said", AMANO, s="Amano said that", k="Amano said that"),
    q("indirect", "The fire, which started in a vacant restaurant next door, destroyed the original store and two apartments above it",
      "fire officials", "according to", FIRE),
    q("indirect", "the city had helped the owners with a small-business relief grant of $25,000",
      "Supervisor Hector Lim", "said", LIM, k="neighborhood, said"),
    q("indirect", "rising rents will push more stores out of the Mission in the next few years",
      "Independent booksellers in the city", "fear", BOOKSELLERS),
    q("direct", "It smells like a bookstore again,",
      "Maya Ortega", "said", ORTEGA, k="Ortega said"),
    # split quote: the second sentence shares the first one's speaker and cue
    q("direct", "That’s all I wanted.",
      "Maya Ortega", "said", ORTEGA, k="Ortega said"),
]

sources = [
    src("Dolores Fitch", "person", None),
    # named in an appositive ("her husband, Ken Amano") before his own quote
    src("Ken Amano", "person", None, at("Ken Amano")),
    src("fire officials", "anonymous", None),
    src("Hector Lim", "person", "Supervisor"),
    src("Independent booksellers in the city", "group", None),
    src("Maya Ortega", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-04",
    "headline": None,
    "bylines": [],
    "dateline": dateline("SAN FRANCISCO, Nov. 3 - ", "SAN FRANCISCO", "2024-11-03", None, "SAN FRANCISCO", None),
    "captions": [
        caption("Volunteers restock shelves at Leaf & Lantern Books in San Francisco on Nov. 2, 2024.",
                "Marisol Vega for The New York Times", "Marisol Vega", "The New York Times",
                "2024-11-02", "San Francisco"),
        # set between two body paragraphs
        caption("Firefighters outside the store’s former building in San Francisco on March 14, 2024.",
                "Photograph: Dana Whitfield/Getty Images", "Dana Whitfield", "Getty Images",
                "2024-03-14", "San Francisco"),
    ],
    "quotes": quotes,
    "sources": sources,
})

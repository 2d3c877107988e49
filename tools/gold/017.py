"""Gold for seeds/017_kyodo_delivery_robots.txt (Kyodo: Photo: Name/Kyodo caption, organisation sources).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/017.py``; ``--show``
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

NAME = "017_kyodo_delivery_robots"
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
SAKURA, OFFICIAL, MIRAI, COUNCIL, ASSOCIATION = range(5)

quotes = [
    q("indirect", "it will start using self-driving robots to deliver groceries to homes in central Tokyo next spring",
      "Sakura Mart Holdings Inc.", "said", SAKURA, k="Inc. said"),
    q("indirect", "The service will initially cover about 30 stores in Chuo, Koto and Minato wards, and customers will be able to order through the chain's smartphone app",
      "the company", "said", SAKURA, k="the company said"),
    q("indirect", "Many of the customers in the trial area are elderly people who find it hard to carry heavy bags home",
      "a Sakura Mart official", "said", OFFICIAL, k="official said"),
    q("indirect", "its robots had completed more than 3,000 test deliveries in Osaka and Fukuoka without an accident",
      "Mirai Kikai", "said in a statement", MIRAI, s="Mirai Kikai said"),
    q("indirect", "Operators must register each robot with local police and keep its speed below 6 kilometers per hour",
      "the Japan Autonomous Delivery Council", "according to", COUNCIL),
    q("indirect", "14 companies were testing sidewalk robots in Japan, up from five two years ago",
      "The council", "said", COUNCIL, k="council said"),
    q("indirect", "most of them aimed to start commercial services by the end of 2026",
      "It", "added", COUNCIL, s="It added", k="It added"),
    q("indirect", "it had asked both companies to fit the robots with a chime so that pedestrians with poor sight can hear them approach",
      "The Koto Ward Association for the Visually Impaired", "said", ASSOCIATION, k="Impaired said"),
]

sources = [
    src("Sakura Mart Holdings Inc.", "organization", None),
    src("a Sakura Mart official", "anonymous", None),
    # name from the fuller mention in the background paragraph before its statement
    src("Mirai Kikai Co.", "organization", None, at("Mirai Kikai Co.")),
    src("Japan Autonomous Delivery Council", "organization", None),
    src("Koto Ward Association for the Visually Impaired", "organization", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": None,
    "headline": None,
    "bylines": [],
    "dateline": dateline("TOKYO (Kyodo) -- ", "TOKYO", None, "Kyodo", "TOKYO", None),
    "captions": [caption(
        "A delivery robot travels along a sidewalk in Koto Ward, Tokyo, on Dec. 3, 2024, during a test run.",
        "Photo: Haruto Sasaki/Kyodo", "Haruto Sasaki", "Kyodo", "2024-12-03", "Koto Ward, Tokyo")],
    "quotes": quotes,
    "sources": sources,
})

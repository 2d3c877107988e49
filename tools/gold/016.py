"""Gold for seeds/016_dpa_bus_depot_fire.txt (dpa: Name/dpa credit, according to police, multi-paragraph quote, scare quote).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/016.py``; ``--show``
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

NAME = "016_dpa_bus_depot_fire"
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
POLICE, LINDEMANN, SPREETAL, OBERHOLZ, KRUEGER, OPPOSITION = range(6)

quotes = [
    q("indirect", "A fire destroyed 23 electric buses at a depot in the east of Berlin early on Wednesday, causing damage estimated at more than 15 million euros",
      "Berlin police", "according to", POLICE, k="according to Berlin police"),
    q("indirect", "Nobody was injured", "police", "said", POLICE, s="police said", k="police said"),
    q("indirect", "officers had found traces of an accelerant near two of the charging stations",
      "Police spokesman Jörg Lindemann", "said", LINDEMANN, k="Lindemann said officers"),
    q("direct", "We are not ruling anything out at this point,",
      "Lindemann", "said", LINDEMANN, s="Lindemann said, adding", k="Lindemann said, adding"),
    q("indirect", "the state criminal police office had taken over the investigation",
      "Lindemann", "adding", LINDEMANN, s="Lindemann said, adding", k="said, adding"),
    q("indirect", "about 40 routes in Lichtenberg and Marzahn would run on reduced timetables until at least the weekend",
      "Spreetal Verkehrsbetriebe", "said", SPREETAL, s="Spreetal Verkehrsbetriebe said",
      k="Verkehrsbetriebe said"),
    q("indirect", "it would hire replacement coaches from private operators",
      "It", "said", SPREETAL, s="It also said", k="also said"),
    # one quote over two paragraphs: the second opens with a mark, only it closes
    q("direct", "What happened here is not vandalism. It is an attack on the people of this city who rely on these buses every day.\n\n“We will replace every one of these vehicles. But I expect the security authorities to find those responsible quickly.",
      "Transport Senator Katrin Oberholz", "said", OBERHOLZ, k="morning, said:"),
    q("indirect", "the city would review security at all 14 of its bus depots",
      "The senator", "said", OBERHOLZ, k="senator said"),
    # pure-quote sentence: shares the attribution of the other sentence in its paragraph
    q("direct", "It sounded like fireworks, one bang after another.",
      "Sabine Krüger", "said", KRUEGER, k="depot, said"),
    q("indirect", "she had been woken by the explosions and had seen two people running from the site shortly before the flames spread",
      "Sabine Krüger", "said", KRUEGER, k="depot, said"),
    q("indirect", "investigators were also examining footage from surveillance cameras at a nearby tram stop",
      "police", "According to", POLICE, s="According to police", k="According to police"),
    q("indirect", "the city had ignored warnings about security at its depots for years",
      "Opposition lawmakers", "said", OPPOSITION, k="lawmakers said"),
]

sources = [
    src("Berlin police", "organization", None),
    src("Jörg Lindemann", "person", "Police spokesman"),
    src("Spreetal Verkehrsbetriebe", "organization", None),
    src("Katrin Oberholz", "person", "Transport Senator"),
    src("Sabine Krüger", "person", None),
    src("Opposition lawmakers", "group", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2025-03-05",
    "headline": None,
    "bylines": [],
    "dateline": dateline("BERLIN (dpa) - ", "BERLIN", None, "dpa", "BERLIN", None),
    "captions": [caption(
        "Firefighters stand next to burned-out electric buses at a depot in Berlin-Lichtenberg.",
        "Annika Kreutzer/dpa", "Annika Kreutzer", "dpa", None, "Berlin-Lichtenberg")],
    "quotes": quotes,
    "sources": sources,
})

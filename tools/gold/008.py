"""Gold for seeds/008_xinhua_cold_chain.txt (Xinhua, organisation source, officials adding that).

Spans are computed from annotated substrings with tools/goldspan.py, never
typed by hand. Run from anywhere: ``python tools/gold/008.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from goldlib import plain  # noqa: E402

NAME = "008_xinhua_cold_chain"
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
MINISTRY, SHENG, OFFICIALS, HUANG = range(4)

quotes = [
    q("indirect", "China built 1,260 cold-storage facilities in rural counties in the first 10 months of 2024",
      "the Ministry of Commerce", "said in a statement", MINISTRY),
    q("indirect", "The new facilities have added 3.8 million tonnes of storage capacity for fruit, vegetables and aquatic products",
      "the ministry", "said", MINISTRY, s="products, the ministry said", k="products, the ministry said"),
    q("direct", "Cold-chain logistics is the bridge between small farms and big markets,",
      "Vice Minister of Commerce Sheng Wenhao", "said", SHENG, k="Wenhao said"),
    q("indirect", "the ministry would extend subsidies for county-level cold storage to the end of 2027",
      "He", "said", SHENG, s="He said the ministry", k="He said the ministry"),
    q("indirect", "more than half of the new facilities were built in central and western provinces",
      "Ministry officials", "told", OFFICIALS),
    q("indirect", "Losses of fresh produce between farm and market have fallen to about 15 percent from nearly 25 percent in 2020",
      "the officials", "said", OFFICIALS, k="the officials said"),
    q("indirect", "the goal is to bring the rate below 10 percent by 2027", "the officials", "adding", OFFICIALS),
    q("direct", "Before, we had to sell everything within three days of picking. Now we can wait for a better price,",
      "Huang Lixia", "said", HUANG, k="said Huang"),
    q("indirect", "her cooperative sold last winter's harvest in February at prices about 30 percent higher than at picking time",
      "Huang", "said", HUANG, s="Huang said her", k="Huang said her"),
    q("indirect", "More than 70 percent of China's counties now have at least one public cold-storage facility",
      "the ministry", "according to", MINISTRY, s="according to the ministry"),
]

sources = [
    src("Ministry of Commerce", "organization", None),
    src("Sheng Wenhao", "person", "Vice Minister of Commerce"),
    src("Ministry officials", "anonymous", None),
    src("Huang Lixia", "person", None),
]

quotes, sources = build(quotes, sources)
write({
    "published": "2024-11-11",
    "headline": None,
    "bylines": [],
    "dateline": {**at("BEIJING, Nov. 11 (Xinhua) -- "), "location": "BEIJING", "date": "2024-11-11", "agency": "Xinhua",
                 "city": "BEIJING", "region": None},
    "captions": [caption(
        "Workers sort navel oranges at a cold-storage center in Ganzhou, east China's Jiangxi Province, Nov. 9, 2024.",
        "(Xinhua/Zhou Ming)", "Zhou Ming", "Xinhua", "2024-11-09", "Ganzhou, east China's Jiangxi Province")],
    "quotes": quotes,
    "sources": sources,
})

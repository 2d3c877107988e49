"""Abbreviations that end a place name with a point.

From the AP Stylebook's state abbreviations (used in datelines and captions:
``Boca Raton, Fla.``) and the Canadian Press's province abbreviations. A
caption sentence that ends with one of these keeps the point in its place
(``in San Jose, Calif.``); any other final point ends the sentence.
"""

from __future__ import annotations

__all__ = ["REGION_ABBREVIATIONS"]

REGION_ABBREVIATIONS: frozenset[str] = frozenset(
    """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La.
    Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Vt.
    Va. Wash. Wis. Wyo. Alta. Man. Ont. Que. Sask. Nfld. St. Ft. Mt.""".split()
)  # fmt: skip

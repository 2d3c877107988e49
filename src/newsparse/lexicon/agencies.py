"""News agencies and wires, with the aliases they appear under.

Entries come from the datelines and credit lines of the agencies' own copy
(AP Stylebook "datelines", Reuters Handbook of Journalism, AFP and Xinhua
wire conventions, the PR Newswire / Business Wire / GlobeNewswire release
formats). Keys are lower-cased aliases; values are the canonical names the
SPEC prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

AGENCY_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "ap": "AP",
        "associated press": "AP",
        "the associated press": "AP",
        "reuters": "Reuters",
        "reuter": "Reuters",
        "thomson reuters": "Reuters",
        "afp": "AFP",
        "agence france-presse": "AFP",
        "agence france presse": "AFP",
        "bloomberg": "Bloomberg",
        "bloomberg news": "Bloomberg",
        "xinhua": "Xinhua",
        "upi": "UPI",
        "united press international": "UPI",
        "prnewswire": "PR Newswire",
        "pr newswire": "PR Newswire",
        "business wire": "Business Wire",
        "businesswire": "Business Wire",
        "globe newswire": "GlobeNewswire",
        "globenewswire": "GlobeNewswire",
        "cp": "CP",
        "the canadian press": "CP",
        "canadian press": "CP",
        "dpa": "dpa",
        "kyodo": "Kyodo",
        "kyodo news": "Kyodo",
        "yonhap": "Yonhap",
        "pti": "PTI",
        "ani": "ANI",
        "ians": "IANS",
        "efe": "EFE",
        "ansa": "ANSA",
        "tass": "TASS",
        "itar-tass": "TASS",
        "interfax": "Interfax",
        "cna": "CNA",
        "getty images": "Getty Images",
        "getty": "Getty Images",
        "epa": "EPA",
        "epa-efe": "EPA-EFE",
        "sipa": "Sipa",
        "anadolu": "Anadolu",
        "anadolu agency": "Anadolu",
        "aap": "AAP",
        "pa": "PA",
        "pa media": "PA",
        "press association": "PA",
    }
)


def canonical_agency(name: str) -> str | None:
    """The canonical agency for an alias, or ``None`` when unknown.

    >>> canonical_agency("Associated Press")
    'AP'
    >>> canonical_agency("REUTERS")
    'Reuters'
    """
    return AGENCY_ALIASES.get(" ".join(name.lower().split()))

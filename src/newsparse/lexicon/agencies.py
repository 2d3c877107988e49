"""News agencies, wires and photo agencies, with the aliases they appear under.

This is the one place where an agency name is canonicalised: datelines
(``(AP)``, ``/PRNewswire/``), photo credits (``REUTERS/Name``, ``Name/dpa``),
bylines (``By Jane Doe, Reuters``) and sign-offs (``Reuter``) all look their
marker up here.

Entries come from the datelines and credit lines of the agencies' own copy:
the AP Stylebook ("datelines", "photo credits"), the Reuters Handbook of
Journalism (datelines, picture credits, the 1980s ``Reuter`` sign-off), AFP,
Xinhua, dpa, Kyodo, Yonhap, PTI, ANI, IANS, EFE, ANSA, TASS, Interfax,
NTB and CNA wire conventions, the short codes of other national agencies'
datelines (``(AA)`` for Anadolu, ``(SPA)``, ``(MENA)``, ``(PAP)``; a code that
is also a word counts only in capitals) (NTB as Reuters credits its partners' photos:
``NTB/Name via REUTERS``), Reuters Breakingviews (``(Reuters
Breakingviews)``, a Reuters service: canonical ``Reuters``), the PR
Newswire / Business Wire / GlobeNewswire / Canada Newswire (``/CNW/``)
release formats, and the credit conventions of the big photo agencies
(Getty Images, EPA, Sipa, Shutterstock/REX, IMAGO, picture alliance). Keys
are lower-cased aliases with single spaces; values are the canonical names
the SPEC prints.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "AGENCY_ALIASES",
    "DATELINE_ONLY",
    "PHOTO_AGENCIES",
    "canonical_agency",
    "dateline_agency",
    "is_wire_agency",
]

AGENCY_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        # the big wires
        "ap": "AP",
        "associated press": "AP",
        "the associated press": "AP",
        "reuters": "Reuters",
        "reuter": "Reuters",
        "thomson reuters": "Reuters",
        # the Foundation's news service files under its own marker
        "thomson reuters foundation": "Thomson Reuters Foundation",
        "thomson reuters foundation news": "Thomson Reuters Foundation",
        # Reuters' commentary service files under its own marker
        "reuters breakingviews": "Reuters",
        "breakingviews": "Reuters",
        # Reuters' health wire files under its own marker too:
        # ``NEW YORK (Reuters Health) - ``
        "reuters health": "Reuters",
        # and its lifestyle wire: ``NEW YORK (Reuters Life!) - ``
        "reuters life!": "Reuters",
        "afp": "AFP",
        "agence france-presse": "AFP",
        "agence france presse": "AFP",
        "bloomberg": "Bloomberg",
        "bloomberg news": "Bloomberg",
        "bloomberg l.p.": "Bloomberg",
        # Bloomberg's products file under their own marker: ``(Bloomberg Opinion) --``
        "bloomberg opinion": "Bloomberg",
        "bloomberg businessweek": "Bloomberg",
        "bloomberg law": "Bloomberg",
        "bloomberg tax": "Bloomberg",
        "bloomberg government": "Bloomberg",
        "xinhua": "Xinhua",
        "xinhua news agency": "Xinhua",
        "upi": "UPI",
        "united press international": "UPI",
        "dow jones": "Dow Jones",
        "dow jones newswires": "Dow Jones",
        # national agencies named in the issue, and their long names
        "cp": "CP",
        "the canadian press": "CP",
        "canadian press": "CP",
        "dpa": "dpa",
        "deutsche presse-agentur": "dpa",
        "kyodo": "Kyodo",
        "kyodo news": "Kyodo",
        "jiji": "Jiji",
        "jiji press": "Jiji",
        "yonhap": "Yonhap",
        "yonhap news agency": "Yonhap",
        "pti": "PTI",
        "press trust of india": "PTI",
        "ani": "ANI",
        "asian news international": "ANI",
        "ians": "IANS",
        "indo-asian news service": "IANS",
        "efe": "EFE",
        "agencia efe": "EFE",
        "ansa": "ANSA",
        "tass": "TASS",
        "itar-tass": "TASS",
        "interfax": "Interfax",
        "ntb": "NTB",
        "ntb scanpix": "NTB",
        "norsk telegrambyrå": "NTB",
        "cna": "CNA",
        "central news agency": "CNA",
        "aap": "AAP",
        "australian associated press": "AAP",
        "pa": "PA",
        "pa media": "PA",
        "pa wire": "PA",
        "press association": "PA",
        "anadolu": "Anadolu",
        "anadolu agency": "Anadolu",
        "ria novosti": "RIA Novosti",
        "sputnik": "Sputnik",
        "bernama": "Bernama",
        "antara": "Antara",
        "apa": "APA",
        "belga": "Belga",
        "anp": "ANP",
        "lusa": "Lusa",
        "kuna": "KUNA",
        "wam": "WAM",
        "irna": "IRNA",
        "kcna": "KCNA",
        "korean central news agency": "KCNA",
        "sapa": "SAPA",
        # more national agencies, by the short code their datelines carry
        "aa": "Anadolu",
        "ria": "RIA Novosti",
        "spa": "SPA",
        "saudi press agency": "SPA",
        "app": "APP",
        "associated press of pakistan": "APP",
        "pna": "PNA",
        "philippine news agency": "PNA",
        "mena": "MENA",
        "middle east news agency": "MENA",
        "ukrinform": "Ukrinform",
        "bta": "BTA",
        "ctk": "CTK",
        "čtk": "CTK",
        "pap": "PAP",
        "mti": "MTI",
        "hina": "HINA",
        "tanjug": "Tanjug",
        "nzpa": "NZPA",
        "prensa latina": "Prensa Latina",
        "notimex": "Notimex",
        "telam": "Télam",
        "télam": "Télam",
        "agerpres": "Agerpres",
        "sana": "SANA",
        "qna": "QNA",
        "wafa": "WAFA",
        "vna": "VNA",
        "bss": "BSS",
        "cnn": "CNN",
        # national agencies of the Gulf, South Asia, Europe and Africa, by
        # the code or name their English datelines print
        "bna": "BNA",
        "bahrain news agency": "BNA",
        "ona": "ONA",
        "oman news agency": "ONA",
        "unb": "UNB",
        "united news of bangladesh": "UNB",
        "ina": "INA",
        "iraqi news agency": "INA",
        "ana-mpa": "ANA-MPA",
        "athens-macedonian news agency": "ANA-MPA",
        "belta": "BelTA",
        "angop": "ANGOP",
        "uza": "UzA",
        "acn": "ACN",
        "sda": "SDA",
        "keystone-sda": "SDA",
        "tt": "TT",
        "tt nyhetsbyrån": "TT",
        "stt": "STT",
        "stt-info": "STT",
        # press-release wires
        "prnewswire": "PR Newswire",
        "pr newswire": "PR Newswire",
        "prnewswire-firstcall": "PR Newswire",
        "prnewswire-usnewswire": "PR Newswire",
        "business wire": "Business Wire",
        "businesswire": "Business Wire",
        "globe newswire": "GlobeNewswire",
        "globenewswire": "GlobeNewswire",
        "cnw": "Canada Newswire",
        "canada newswire": "Canada Newswire",
        "cnw group": "Canada Newswire",
        "accesswire": "ACCESSWIRE",
        # the service's name since its 2025 rebrand: ``/ ACCESS Newswire /``
        "access newswire": "ACCESSWIRE",
        # PR Newswire's photo credit: ``(PRNewsfoto/Corvantis Systems)``
        "prnewsfoto": "PR Newswire",
        "newsfile": "Newsfile",
        "newsfile corp": "Newsfile",
        "newsfile corp.": "Newsfile",
        "einpresswire": "EIN Presswire",
        "einpresswire.com": "EIN Presswire",
        "ein presswire": "EIN Presswire",
        "prweb": "PRWeb",
        "prnewswire-prweb": "PRWeb",
        "marketwired": "Marketwired",
        # photo agencies and distributors
        "getty images": "Getty Images",
        "getty": "Getty Images",
        "getty images plus": "Getty Images",
        "getty images europe": "Getty Images",
        "getty images north america": "Getty Images",
        "istock": "Getty Images",
        "epa": "EPA",
        "epa-efe": "EPA-EFE",
        "efe-epa": "EPA-EFE",
        "sipa": "Sipa",
        "sipa usa": "Sipa",
        "shutterstock": "Shutterstock",
        "rex": "Shutterstock",
        "rex/shutterstock": "Shutterstock",
        "rex features": "Shutterstock",
        "alamy": "Alamy",
        "alamy live news": "Alamy",
        "imago": "IMAGO",
        "imago images": "IMAGO",
        "picture alliance": "picture alliance",
        "picture-alliance": "picture alliance",
        "keystone": "Keystone",
        "nurphoto": "NurPhoto",
        "zuma": "ZUMA Press",
        "zuma press": "ZUMA Press",
        "zuma wire": "ZUMA Press",
        "invision": "Invision",
        "ap images": "AP",
        # newspapers that credit their own photographers
        "the new york times": "The New York Times",
        "new york times": "The New York Times",
        "the washington post": "The Washington Post",
        "washington post": "The Washington Post",
        "the wall street journal": "The Wall Street Journal",
        "wall street journal": "The Wall Street Journal",
    }
)

#: Canonical names of agencies that supply photos only: they credit photos
#: but never mark a dateline.
PHOTO_AGENCIES: frozenset[str] = frozenset(
    {
        "Getty Images",
        "EPA",
        "EPA-EFE",
        "Sipa",
        "Shutterstock",
        "Alamy",
        "IMAGO",
        "picture alliance",
        "Keystone",
        "NurPhoto",
        "ZUMA Press",
        "Invision",
        "The New York Times",
        "The Washington Post",
        "The Wall Street Journal",
    }
)

#: Aliases that are also words or names (``Spa``, ``Mena``, ``Ria``, ``Sana``):
#: they name the agency only in capitals, as its datelines print them.
_CAPITALS_ONLY = frozenset(
    {
        "aa", "ria", "spa", "app", "pna", "mena", "pap", "hina", "sana", "wafa", "bss",
        "ona", "ina", "tt",
    }
)  # fmt: skip

#: Agencies whose name is also a common first name or the name of a body
#: the news is about (Jordan's ``Petra``, Nepal's ``RSS``, not the Indian
#: RSS): they name the agency only as a dateline's marker, ``AMMAN, Nov 28
#: (Petra) -- ``, ``Kathmandu, Nov 28 (RSS) -``, never as a speaker or a
#: credit. ``RSS`` counts in capitals only.
#: The national agencies of Nigeria, Ghana and South Africa (``ABUJA, Nov 29
#: (NAN) - ``, ``ACCRA, Nov 29 (GNA) - ``, ``PRETORIA, Nov 29 (SAnews) - ``,
#: ``CAPE TOWN (ANA) - ``), Iran's agencies by the short name their English
#: datelines print (``TEHRAN, Nov 29 (Tasnim) - ``, ``(Fars)``, ``(ISNA)``,
#: ``(Mehr)``) and the Gulf broadcasters' web datelines (``BEIRUT (Al
#: Jazeera) - ``) count the same way; a code of three letters or fewer
#: (``Nan``, ``Ana``) only in capitals. Radio New Zealand (``WELLINGTON
#: (RNZ) - ``) and Courthouse News Service (``SAN JOSE, Calif. (CN) — ``)
#: file every story under their own marker, and so do the entertainment
#: trade papers Variety and The Hollywood Reporter (``LOS ANGELES
#: (Variety) — ``), and so do CNBC and MarketWatch (``NEW YORK (CNBC) — ``).
DATELINE_ONLY: Mapping[str, str] = MappingProxyType(
    {
        "petra": "Petra", "rss": "RSS", "mercopress": "MercoPress",
        "nan": "NAN", "news agency of nigeria": "NAN",
        "gna": "GNA", "ghana news agency": "GNA",
        "sanews": "SAnews", "sanews.gov.za": "SAnews",
        "ana": "ANA", "african news agency": "ANA",
        "tasnim": "Tasnim", "fars": "Fars", "isna": "ISNA", "mehr": "Mehr",
        "al jazeera": "Al Jazeera", "al arabiya": "Al Arabiya",
        "rnz": "RNZ", "radio new zealand": "RNZ",
        "cn": "Courthouse News", "courthouse news": "Courthouse News",
        "courthouse news service": "Courthouse News",
        # the entertainment trade papers date their web stories like a wire:
        # ``LOS ANGELES (Variety) — ``, ``(The Hollywood Reporter)``
        "variety": "Variety",
        "the hollywood reporter": "The Hollywood Reporter",
        "hollywood reporter": "The Hollywood Reporter",
        # the business broadcasters' web desks date a story like a wire:
        # ``NEW YORK (CNBC) — ``, ``SAN FRANCISCO (MarketWatch) — ``
        "cnbc": "CNBC", "marketwatch": "MarketWatch",
        # East Asian and Pacific outlets that date their copy like a wire:
        # ``TOKYO (NHK) -- ``, ``BEIJING, Nov. 28 (CGTN) -- ``,
        # ``TAIPEI, Nov. 28 (Focus Taiwan) -- ``, ``WELLINGTON (Stuff) - ``
        "nhk": "NHK", "nhk world": "NHK", "cgtn": "CGTN", "scmp": "SCMP",
        "focus taiwan": "Focus Taiwan", "montsame": "MONTSAME", "rthk": "RTHK",
        "stuff": "Stuff",
    }
)  # fmt: skip

# "AAP PHOTOS", "AFP Photo", "PA Images", "Reuters TV": a product suffix
# after the agency's own name.
_PRODUCT_SUFFIX = re.compile(r"[ \-]+(?:photos?|images?|pictures?|pics?|wire|tv)$")


@functools.lru_cache(maxsize=4096)
def canonical_agency(name: str) -> str | None:
    """The canonical agency for an alias, or ``None`` when unknown.

    Case and spacing do not matter; a product suffix (``PHOTO``, ``Images``)
    after a known agency is allowed.

    >>> canonical_agency("Associated Press")
    'AP'
    >>> canonical_agency("REUTERS")
    'Reuters'
    >>> canonical_agency("AAP PHOTOS")
    'AAP'
    >>> canonical_agency("Acme Gazette") is None
    True
    >>> canonical_agency("AA"), canonical_agency("Spa")
    ('Anadolu', None)
    """
    key = " ".join(name.lower().split())
    found = AGENCY_ALIASES.get(key)
    if found is None and _PRODUCT_SUFFIX.search(key):
        key = _PRODUCT_SUFFIX.sub("", key)
        found = AGENCY_ALIASES.get(key)
    if found is not None and key in _CAPITALS_ONLY and not name.isupper():
        return None  # Spa, Mena, Ria: a town or a name
    return found


def dateline_agency(marker: str) -> str | None:
    """The wire agency a dateline's marker names: a wire of the lexicon, or
    one of ``DATELINE_ONLY`` (written as its datelines write it).

    >>> dateline_agency("Petra"), dateline_agency("Getty Images"), dateline_agency("Rss")
    ('Petra', None, None)
    """
    if is_wire_agency(marker):
        return canonical_agency(marker)
    key = " ".join(marker.lower().split())
    found = DATELINE_ONLY.get(key)
    if found is not None and len(key) <= 3 and not marker.isupper():
        return None
    return found


def is_wire_agency(name: str) -> bool:
    """Whether ``name`` is a known agency that can mark a dateline.

    >>> is_wire_agency("Xinhua"), is_wire_agency("Getty Images")
    (True, False)
    """
    found = canonical_agency(name)
    return found is not None and found not in PHOTO_AGENCIES

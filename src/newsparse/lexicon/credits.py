"""Words of photo credit lines and of the frame around a story.

Sources: the AP Stylebook ("photo credits": ``(AP Photo/Name)``, ``, File``),
Reuters picture credits (``REUTERS/Name/File Photo``, the ``TPX IMAGES OF
THE DAY`` tag), Getty Images (``Photo by Name/Getty Images``, ``via Getty
Images``), Bloomberg (``Photographer: Name/Bloomberg``), The Guardian
(``Photograph: Name/Agency``), and the caption styles of German-language
sites (``Foto:``, ``Bild:``, ``Quelle:``). Everything here is immutable.
"""

from __future__ import annotations

__all__ = [
    "CREDIT_MARKERS",
    "CREDIT_OUTLETS",
    "CREDIT_QUALIFIERS",
    "NAME_PARTICLES",
    "NEWSPAPER_WORDS",
    "NOT_A_PHOTOGRAPHER",
    "ORGANIZATION_WORDS",
    "REGION_NAMES",
    "ROLE_WORDS",
]

#: Words that introduce a credit: ``Photographer: Name/Agency``,
#: ``(Photo by Name/Agency)``, ``Credit: ...``. Matched case-insensitively,
#: followed by ``:`` or ``by``.
CREDIT_MARKERS: tuple[str, ...] = (
    # USA TODAY Sports' credit in Reuters copy: ``Mandatory Credit:
    # Name-USA TODAY Sports``; PA's caption tail ``Photo credit should read:
    # Name/PA Wire``
    "mandatory credit",
    "photo credit should read",
    "photographer",
    "photograph",
    # TechCrunch's ``Image Credits: Name / TechCrunch`` (plural first)
    "photo credits",
    "image credits",
    "photo credit",
    "image credit",
    "picture credit",
    "photos",
    "photo",
    "pictures",
    "picture",
    "pic",
    "images",
    "image",
    "credits",
    "credit",
    "illustration",
    # Business Wire's label for charts, logos and infographics:
    # ``(Graphic: Business Wire)``
    "graphic",
    "video",
    "fotos",
    "foto",
    "bildquelle",
    "bild",
    "quelle",
)

#: Trailing qualifiers of a credit that name neither photographer nor
#: agency: ``(AP Photo/Name, File)``, ``REUTERS/Name/File Photo``.
CREDIT_QUALIFIERS: frozenset[str] = frozenset(
    {
        "file",
        "file photo",
        "archive",
        "archiv",
        "pool",
        "pool photo",
        "handout",
        "handout photo",
        "tpx images of the day",
        # Reuters' logo and product pictures: ``REUTERS/Name/Illustration``
        "illustration",
        "photo illustration",
    }
)

#: News outlets that credit their own staff photographers ``Name/Outlet``
#: (``(Jo Park/POLITICO)``, ``| Jo Park/POLITICO``, ``(Jo Park/The Hill)``,
#: ``Jo Park/The Courier via USA TODAY NETWORK``), lower-cased with single
#: spaces. Unlike the agencies of ``lexicon/agencies.py`` they never mark a
#: dateline; a credit names them as written. An unknown outlet after a slash
#: is a credit only in a caption on its own (``docs/frame.md``).
CREDIT_OUTLETS: frozenset[str] = frozenset(
    {
        # Singapore's papers credit each other's pictures: ``PHOTO: LIANHE ZAOBAO``
        "lianhe zaobao", "zaobao", "shin min daily news", "berita harian", "the new paper",
        "politico", "the hill", "fox news", "fox news digital", "fox business",
        "usa today", "usa today network", "usa today sports", "axios", "huffpost",
        "imagn images", "imagn content services",
        "npr", "nbc news", "abc news", "cbs news", "msnbc", "cq roll call", "cq-roll call",
        "roll call", "the guardian", "the observer", "the times", "the telegraph",
        "los angeles times", "chicago tribune", "the boston globe", "boston globe",
        "the atlantic", "the new yorker", "breitbart news", "washington examiner",
        "the washington times", "the daily caller", "the texas tribune", "propublica",
        "the philadelphia inquirer", "the seattle times", "star tribune",
        "the dallas morning news", "houston chronicle", "the globe and mail",
        "toronto star", "the canadian press", "the sydney morning herald",
    }
)  # fmt: skip

#: What stands where a photographer's name would be but is not a person.
NOT_A_PHOTOGRAPHER: frozenset[str] = frozenset(
    {
        "-",
        "handout",
        "pool",
        "staff",
        "stringer",
        "file",
        "supplied",
        "courtesy",
        "screenshot",
        "screengrab",
        "str",
        "afp",
        "ho",
        # China Daily's ``[Photo/Xinhua]``: the marker, no name
        "photo",
        "foto",
    }
)

#: Lower-case words allowed inside a person's or place's name
#: (``Ursula von der Leyen``, ``Rio de Janeiro``, ``Dar es Salaam``).
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "am",
        "bin",
        "ben",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "e",
        "el",
        "en",
        "es",
        "im",
        "la",
        "le",
        "les",
        "of",
        "on",
        "sur",
        "ter",
        "the",
        "upon",
        "van",
        "von",
        "y",
        "zu",
    }
)

#: Words that make a one-part credit an organisation rather than a person
#: (``Credit: Acme University``), lower-cased.
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    {
        "agency",
        "archive",
        "archives",
        "army",
        "association",
        "bureau",
        "center",
        "centre",
        "collection",
        "commons",
        "company",
        "corp",
        "council",
        "department",
        "facebook",
        "foundation",
        "gallery",
        "government",
        "group",
        "herald",
        "images",
        "inc",
        "instagram",
        "institute",
        "journal",
        "library",
        "ltd",
        "media",
        "ministry",
        "museum",
        "navy",
        "network",
        "news",
        "office",
        "photos",
        "pictures",
        "police",
        "post",
        "press",
        "radio",
        "service",
        "studio",
        "studios",
        "times",
        "tribune",
        "tv",
        "university",
        "wikimedia",
        "wire",
        "youtube",
    }
)

#: Job titles that follow a name in a byline and are not names
#: (``By JANE DOE, AP Business Writer``).
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "writer",
        "writers",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "columnist",
        "staff",
        "bureau",
        "chief",
        "contributor",
        "special",
    }
)

#: Last words of a newspaper's or a site's name (``Quarry Valley Examiner``,
#: ``The Daily Ledger``): after a byline's comma or on the line under it the
#: name is the reporter's outlet, not a second reporter. Words that are also
#: common surnames (``Post``, ``Star``, ``Sun``, ``Banner``) are left out.
NEWSPAPER_WORDS: tuple[str, ...] = (
    "times", "news", "tribune", "journal", "herald", "gazette", "examiner", "courier",
    "chronicle", "globe", "register", "telegraph", "guardian", "observer", "inquirer",
    "dispatch", "enquirer", "sentinel", "courant", "ledger", "magazine", "monitor",
    "express", "mirror", "statesman", "bulletin", "argus", "democrat-gazette",
)  # fmt: skip

#: Regions of more than one word that a trailer credit writes after the
#: city (``Ben Alvarado in Harrisburg, Pennsylvania, and Dana Cole in
#: Trenton, New Jersey, contributed``): the AP Stylebook spells states out
#: in story text; here are the US states, Canadian provinces and
#: territories, Australian states and countries whose names have more than
#: one word. A one-word region (``Pennsylvania``, ``Ukraine``, ``Del.``)
#: needs no list: no credited person is named by one word after a place.
REGION_NAMES: frozenset[str] = frozenset(
    {
        # US states and districts
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
        "District of Columbia", "Puerto Rico",
        # Canadian provinces and territories, Australian states
        "British Columbia", "New Brunswick", "Nova Scotia", "Prince Edward Island",
        "Northwest Territories", "New South Wales", "Western Australia",
        "South Australia", "Northern Territory",
        # countries and territories
        "New Zealand", "South Africa", "South Korea", "North Korea", "South Sudan",
        "North Macedonia", "Saudi Arabia", "Sri Lanka", "Costa Rica", "El Salvador",
        "United States", "United Kingdom", "United Arab Emirates", "Czech Republic",
        "Dominican Republic", "Hong Kong", "Ivory Coast", "Papua New Guinea",
        "Sierra Leone", "Burkina Faso", "East Timor", "Cape Verde", "San Marino",
        "Northern Ireland", "West Bank", "Gaza Strip", "Central African Republic",
    }
)  # fmt: skip

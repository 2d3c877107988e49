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
    "CREDIT_QUALIFIERS",
    "NAME_PARTICLES",
    "NOT_A_PHOTOGRAPHER",
    "ORGANIZATION_WORDS",
    "ROLE_WORDS",
]

#: Words that introduce a credit: ``Photographer: Name/Agency``,
#: ``(Photo by Name/Agency)``, ``Credit: ...``. Matched case-insensitively,
#: followed by ``:`` or ``by``.
CREDIT_MARKERS: tuple[str, ...] = (
    "photographer",
    "photograph",
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
    }
)

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

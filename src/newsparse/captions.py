"""Photo captions and their credit lines.

A caption is a unit that ends with a photo credit. The credit is one of the
shapes the wires and photo agencies print (see ``docs/frame.md`` for the full
table): a marker and a body (``Photographer: Al Drago/Bloomberg``,
``(Photo by Jane Doe/Getty Images)``, ``Credit: ...``), an agency's photo
line (``(AP Photo/Evan Vucci, File)``, ``AFP PHOTO / JOHN DOE``), slashed
parts (``REUTERS/Jane Doe/File Photo``, ``(Xinhua/Li Ming)``, ``Jane
Doe/dpa``, ``Jane Doe/AFP via Getty Images``), a copyright line (``© Jane
Doe / AFP``) or ``Jane Doe for The New York Times``. The caption text
excludes the credit; a ``FILE - `` prefix stays in it.

Each shape only finds *where* a credit is; :func:`_read_parts` then decides
who the photographer and the agency are, with the agency lexicon.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable

import attrs

from newsparse.dateline import (
    MONTH_PATTERN,
    WEEKDAYS,
    Warn,
    month_number,
    resolve_month_day,
    resolve_weekday,
)
from newsparse.lexicon.agencies import canonical_agency, dateline_agency, is_wire_agency
from newsparse.lexicon.credits import (
    CREDIT_MARKERS,
    CREDIT_OUTLETS,
    CREDIT_QUALIFIERS,
    NAME_PARTICLES,
    NEWSPAPER_WORDS,
    NOT_A_PHOTOGRAPHER,
    ORGANIZATION_WORDS,
)
from newsparse.lexicon.places import REGION_ABBREVIATIONS
from newsparse.lexicon.sources import ORGANIZATION_WORDS as SOURCE_ORGANIZATION_WORDS
from newsparse.model import Caption, Credit, Span
from newsparse.segment import strip_span

__all__ = ["caption_event", "find_credit", "parse_caption", "split_caption"]

_S = r"[ \t\u00a0]"
# credits are short: only the end of a unit is searched
_TAIL = 240
# one part of a credit: a name or an organisation, as written
# (an agency's code may carry its name spelled out in parentheses, as
# Reuters credits its partners: ``Jo Park/WANA (West Asia News Agency) via
# REUTERS``)
_PART = (
    r"[^\W\d_][\w'’.&\-]*(?:[ \u00a0][\w'’.&\-]+|,[ \u00a0](?:Inc|Ltd|LLC|Corp)\b\.?"
    r"|(?<=[A-Z]{2})[ \u00a0]\([A-Z][\w'’.&\-]*(?:[ \u00a0][A-Z][\w'’.&\-]*){1,5}\)){0,7}"
)
# that spelled-out name, dropped when the parts are read
_SPELLED_OUT = re.compile(r"(?<=[A-Z]{2})[ \u00a0]\([A-Z][^()]*\)")
_END = r"\.?[ \t\u00a0]*\Z"
# a credit starts after a space, punctuation or the start of the text
_START = r"(?<![^\W_])"
# a space inside a word group (``photo credit``) may be any horizontal space
_MARKER = "|".join(re.escape(m).replace(r"\ ", _S) for m in CREDIT_MARKERS)
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# a slash or a bar between the parts of a credit; a bar after a sentence end
# separates a caption from its credit instead
_SLASH = rf"(?:/|(?<![.!?])(?<![.!?]{_S})\|)"


@attrs.frozen
class _Shape:
    """One credit shape: ``strict`` shapes are safe inside an article. The
    shape is only tried when one of its ``needles`` (lower-case literals)
    lies in the last ``within`` characters of the text, and searched from at
    most ``reach`` characters before the first needle: credits are short, and
    most paragraphs hold no needle near their end. ``ending``, when given, is
    what the end of every match of ``pattern`` matches (a suffix of it, or
    looser): searched first, in one cheap scan, it rules the shape out
    before the costly search tries the pattern at every position."""

    name: str
    pattern: re.Pattern[str]
    strict: bool
    needles: tuple[str, ...] = ()
    reach: int = 0
    within: int = _TAIL
    ending: re.Pattern[str] | None = None
    # the needles as one alternation: one search finds whether any lies in
    # the last ``within`` characters, one more the first of them
    needle_pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    @needle_pattern.default
    def _needle_pattern(self) -> re.Pattern[str]:
        return re.compile("|".join(map(re.escape, self.needles)))


_SHAPES = (
    # Photographer: Al Drago/Bloomberg ; (Photo by Jane Doe/Getty Images) ; Credit: ...
    # (not Reuters' caption prefix ``FILE PHOTO: ...``)
    _Shape(
        "marker",
        re.compile(
            rf"(?:(?P<open>[(\[]{_S}?)|{_START}(?:(?i:file){_S}+(?=(?i:photo){_S}+(?i:by){_S})"
            rf"|(?<!(?i:file){_S})))(?P<marker>(?i:{_MARKER}|(?:(?:photo|image|picture){_S}+)?courtesy))"
            rf"(?:{_S}*(?::|\.\.\.|…)|{_S}+(?i:by|of)(?:{_S}*:)?|(?<=[Cc]ourtesy)(?={_S})"
            rf"|(?(open){_S}?/|(?<=[Pp]hoto)/(?=[^\W\d_][^/\r\n]{{0,60}}/))"  # China Daily's bracketed ``[Photo/VCG]``
            # the NZ Herald's spaced slash, ``Photo / Dean Purcell`` (not ``AFP Photo / X``)
            rf"|(?<=(?<![A-Z]{_S})Photo){_S}/{_S}(?=[A-Z][a-z]))"
            # (Kenyan papers' unbracketed ``Photo/Jane Doe/KBC``: a name and an outlet after it)
            rf"{_S}*(?P<body>[^()\[\]\r\n]{{1,120}}?){_S}*(?(open)[)\]]){_END}"
        ),
        strict=True,
        needles=(*(m.lower() for m in CREDIT_MARKERS), "courtesy"),
        reach=7,  # ``File Photo by`` (UPI)
        within=140,
    ),
    # (AP Photo/Evan Vucci, File) ; AFP PHOTO / JOHN DOE ; (AP Photo)
    _Shape(
        "agency_photo",
        re.compile(
            rf"(?:(?P<open>\({_S}?)|{_START})(?P<agency>[A-Z][A-Za-z\-]{{1,20}})"
            rf"{_S}(?i:photos?|pictures?|foto)"  # Antara's ``ANTARA FOTO/Name/abc``
            rf"(?:(?:{_S}?/{_S}?|{_S}+(?i:by){_S}+)(?P<body>[^()\r\n]{{1,100}}?))?"  # ``(PNA photo by Name)``
            rf"{_S}*(?(open)\)){_END}"
        ),
        strict=True,
        needles=("photo", "picture", "foto"),
        reach=26,
        within=120,
    ),
    # Bernama: ``--fotoBERNAMA``; the agency's name glued to ``foto``
    _Shape(
        "foto",
        re.compile(rf"{_START}(?P<open>)(?i:foto)(?P<agency>[A-Z]{{2,10}})(?P<body>){_END}"),
        strict=True,
        needles=("foto",),
        reach=0,
        within=30,
    ),
    # Anadolu: ``[Mehmet Kaya - Anadolu Agency]``, ``(Mehmet Kaya - Anadolu Agency)``
    _Shape(
        "dashed",
        re.compile(rf"(?P<open>[(\[]{_S}?)(?P<body>{_PART}{_S}+[-–—]{_S}+{_PART}){_S}*[)\]]{_END}"),
        strict=True,
        needles=(" - ", " – ", " — "),
        reach=60,
        within=70,
    ),
    # © Jane Doe / AFP ; (c) Acme Images
    _Shape(
        "copyright",
        re.compile(
            # a satellite picture's label before the sign, the credit in
            # parentheses or not: ``(Satellite image ©2025 Acme Orbital via AP)``
            rf"(?:(?P<open>\({_S}?)|{_START})?(?:(?i:satellite){_S}+)?(?:(?i:image|imagery|photo){_S}*)?"
            rf"(?:©|\([cC]\)|(?<![^\W_])Copyright){_S}*(?:(?:19|20)\d\d{_S}*)?"
            rf"(?P<body>[^()\r\n]{{1,100}}?){_S}*(?(open)\)){_END}"
        ),
        strict=True,
        needles=("©", "(c)", "copyright"),
        reach=20,
        within=120,
    ),
    # REUTERS/Jane Doe/File Photo ; (Xinhua/Li Ming) ; Jane Doe/dpa ; (Jane Doe/AP)
    # (a bar after a sentence end sets the credit off: ``... Tuesday. | Jo Park/POLITICO``)
    _Shape(
        "slash",
        re.compile(
            rf"(?:(?P<open>[(\[]{_S}?)|{_START})(?P<body>{_PART}(?:{_S}?{_SLASH}{_S}?{_PART}){{1,5}}"
            rf"(?:,{_S}(?i:file)|(?(open),{_S}{_PART}))?){_S}*(?(open)[)\]]){_END}"  # ``(Xinhua/Li Ming, Zhang Wei)``
        ),
        strict=True,
        needles=("/", "|"),
        reach=100,
        within=90,
        # the last part: ``(?(open)[)\]])`` loosened to ``[)\]]?``
        ending=re.compile(rf"[/|]{_S}?{_PART}(?:,{_S}{_PART})?{_S}*[)\]]?{_END}"),
    ),
    # Jane Doe for The New York Times
    _Shape(
        "for",
        re.compile(
            # ProPublica's in parentheses: ``(Maddie Ross for ProPublica)``
            rf"(?:(?P<open>\({_S}?)|{_START})(?P<body>{_PART}{_S}for{_S}(?:The{_S})?[A-Z][\w.&'’\-]*"
            rf"(?:{_S}[A-Z][\w&'’\-]*){{0,5}}){_S}*(?(open)\)\.?{_S}*)\Z"
        ),
        strict=True,
        needles=(" for ",),
        reach=100,
        within=80,
        ending=re.compile(
            rf"{_S}for{_S}(?:The{_S})?[A-Z][\w.&'’\-]*(?:{_S}[A-Z][\w&'’\-]*){{0,5}}{_S}*(?:\)\.?{_S}*)?\Z"
        ),
    ),
    # USA TODAY's credit after a comma: ``... on Wednesday. Jack Gruber, USA
    # TODAY`` (``USA TODAY NETWORK``, ``USA TODAY Sports``)
    _Shape(
        "comma",
        re.compile(
            rf"(?P<open>){_START}(?P<body>[A-Z][\w'’.\-]*(?:{_S}[A-Z][\w'’.\-]*){{1,3}},{_S}"
            rf"USA{_S}TODAY(?:{_S}(?:NETWORK|Network|SPORTS|Sports))?){_END}"
        ),
        strict=True,
        needles=(", usa today",),
        reach=50,
        within=40,
    ),
    # AFP via Getty Images ; LightRocket via Getty Images
    _Shape(
        "via",
        re.compile(
            rf"(?:(?P<open>\({_S}?)|{_START})(?P<body>[^\s()/|]{{1,40}}"
            rf"(?:{_S}[^\s()/|]{{1,40}}){{0,3}}{_S}via{_S}[A-Z][\w.\-]*(?:{_S}[A-Z][\w.\-]*){{0,2}})"
            rf"{_S}*(?(open)\)){_END}"
        ),
        strict=True,
        needles=(" via ",),
        reach=110,
        within=70,
    ),
    # (AP) ; Getty Images ; (Reuters) -- a bare agency, only for captions on their own
    _Shape(
        "bare",
        re.compile(
            rf"(?:(?P<open>\({_S}?)|{_START})(?P<body>[^\W\d_][\w.\-]*(?:{_S}[\w.\-]+){{0,3}})"
            rf"(?(open)\)){_END}"
        ),
        strict=False,
        needles=("",),
        reach=50,
        within=50,
    ),
)


def _any_needle(needles: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of ``needles`` (not empty) is: a needle
    that starts with another is left out, and the rest are grouped by their
    first character, so that the search tries one branch where a needle may
    start, not each needle (the search ~25% faster; tests/test_shortcuts.py)."""
    unique = set(needles)
    shortest = sorted(n for n in unique if not any(m != n and n.startswith(m) for m in unique))
    branches = []
    for first, group in itertools.groupby(shortest, key=lambda n: n[0]):
        rests = [n[1:] for n in group]
        tail = "|".join(map(re.escape, rests))
        branches.append(re.escape(first) + (f"(?:{tail})" if tail else ""))
    return re.compile("|".join(branches))


# Inside an article (strict), a paragraph with no needle of a strict shape
# in its last characters has no credit: one search rules out every shape
_STRICT_SHAPES = tuple(shape for shape in _SHAPES if shape.strict)
_STRICT_NEEDLES = _any_needle(needle for shape in _STRICT_SHAPES for needle in shape.needles)
_STRICT_WITHIN = max(shape.within for shape in _STRICT_SHAPES)
# The strict shapes with an ``ending`` need it too: ``" for "`` and ``/``
# (most of the needles found in body text) seldom come with their shape's
# ending, so a paragraph whose other needles are missing is ruled out by
# the endings' searches before every shape is tried
_STRICT_ENDING_SHAPES = tuple(shape for shape in _STRICT_SHAPES if shape.ending is not None)
_STRICT_PLAIN_SHAPES = tuple(shape for shape in _STRICT_SHAPES if shape.ending is None)
_STRICT_PLAIN_NEEDLES = _any_needle(
    needle for shape in _STRICT_PLAIN_SHAPES for needle in shape.needles
)
_STRICT_PLAIN_WITHIN = max(shape.within for shape in _STRICT_PLAIN_SHAPES)


def _strict_shape_may_end(text: str, end: int, lowered: str) -> bool:
    """False only when no strict shape can end ``text[:end]`` (``lowered``
    its folded tail): what ``_try_shape`` concludes for each shape, a shape
    without an ending from its needles alone, one with an ending from its
    needles and its ending searched from the tail's start (``_try_shape``
    searches it from no earlier)."""
    if _STRICT_PLAIN_NEEDLES.search(lowered, max(0, len(lowered) - _STRICT_PLAIN_WITHIN)):
        return True
    tail = end - len(lowered)
    for shape in _STRICT_ENDING_SHAPES:
        assert shape.ending is not None
        if shape.needle_pattern.search(lowered, max(0, len(lowered) - shape.within)) is None:
            continue
        # an ending opens on its shape's needle (``[/|]``, a space and
        # ``for``): none starts before the needle's first place
        first = shape.needle_pattern.search(lowered)
        assert first is not None
        if shape.ending.search(text, tail + first.start(), end) is not None:
            return True
    return False


_BOUNDARY = re.compile(r"[.!?:;|\"”’)\]\-–—]")
_RETRIES = 6
# marks that set a credit off from its caption (``... 2025. - AFP PHOTO / X``)
_CREDIT_SEPARATORS = frozenset("-–—|/")
_VIA = re.compile(r"\s+via\s+")
_INNER_MARKER = re.compile(rf"(?i:{_MARKER}){_S}*:{_S}*")
# a sentence ends before a capital: ``... der Leyen.Jane Doe/dpa``, not
# after an initial (``Edgar H. Clemente``)
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)\]\"”’]{2})[.!?:;]\s*(?=[^\W\d_])")
_QUALIFIER_TAIL = re.compile(
    r"(?:[\s,/]+(?i:"
    + "|".join(
        re.escape(q).replace(r"\ ", f"{_S}+")
        for q in sorted(CREDIT_QUALIFIERS, key=len, reverse=True)
    )
    + r"))+\s*\Z"
)


_ONE_SPACE = re.compile(rf"({_S})")


def _folded(text: str) -> str:
    """``text`` lower-cased, with every horizontal space as a plain space,
    character for character (offsets into it are offsets into ``text``)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # ``İ`` lower-cases to two characters
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # two replacements in C (``str.translate`` with a table looks up every
    # character: 3x slower on these tails, which seldom hold either space)
    return lowered.replace("\t", " ").replace("\u00a0", " ")


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word.lower() in NAME_PARTICLES


def _person_like(part: str) -> bool:
    """A photographer's name (or two joined by ``and``): capitalised words,
    no digits, not an agency."""
    words = part.split()
    return (
        0 < len(words) <= 8
        and words[-1].lower() not in _PROVIDER_LAST
        and not _provider_like(part)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(_is_name_word(w) or w in {"and", "&"} for w in words)
        and not any(c.isdigit() for c in part)
        and canonical_agency(part) is None
    )


# a part ending so is a provider's service, no person: ``Kremlin Pool Photo``
_PROVIDER_LAST = frozenset({"photo", "pool"})
# words of a picture provider's name, no person's: ``Acme Orbital Technologies``
# (AFP's handout pictures: ``(Photo by Iranian Presidency / AFP)``, ``(Photo
# by Ukrainian Presidential Press Service / AFP)``: a state body handed the
# picture out, no photographer is named)
_PROVIDER_WORDS = frozenset(
    {"technologies", "labs", "satellite", "imagery", "presidency", "presidential", "ministry"}
)


def _provider_like(part: str) -> bool:
    """A picture provider's name, no person's: ``Acme Orbital Technologies``."""
    return any(w.lower().strip(".,") in _PROVIDER_WORDS for w in part.split())


def _handle_like(part: str) -> bool:
    """A photographer's user name as stock sites print it (``ipopba``)."""
    return re.fullmatch(r"[\w.\-]{3,30}", part) is not None and not part.isdigit()


# platforms a picture is taken from: ``Photo: Twitter/@jdoe``
_SOCIAL_PLATFORMS = frozenset(
    {"twitter", "x", "facebook", "instagram", "tiktok", "telegram", "threads", "youtube"}
)
_BYLINE = re.compile(r"(?:By|BY)\s")
_LEADING_THE = re.compile(r"\A(?:the|The)\s+")
# a newspaper's credit of its own staff: ``JO PARK/COURIER STAFF PHOTOGRAPHER``
_STAFF = re.compile(r"\s+(?i:staff(?:\s+photo(?:grapher)?)?)\Z")


# a news agency named by its agency word (``Europa Press``, ``Agência
# Brasil``, ``Agenzia Nova``), known to the lexicon or not
_WIRE_NAME = re.compile(
    r"(?:[A-Z][\w'’.\-]*\s+){0,3}?(?:Press|Presse|Agency|Ag[eêé]ncia|Agence|Agenzia)"
    r"(?:\s+[A-Z][\w'’.\-]*){0,2}"
)


def _wire_named(part: str) -> bool:
    return len(part) <= 40 and _WIRE_NAME.fullmatch(part) is not None


def _credited_outlet(part: str) -> bool:
    """A known agency, an outlet that credits its staff photographers
    (``POLITICO``, ``The Hill``, ``USA TODAY NETWORK``), a news agency named
    by its agency word (``Agência Brasil``), or a newspaper's staff credit
    (``COURIER STAFF PHOTOGRAPHER``)."""
    if canonical_agency(part) is not None or _wire_named(part):
        return True
    return " ".join(part.lower().split()) in CREDIT_OUTLETS or (
        _STAFF.search(part) is not None and part[:1].isupper()
    )


def _org_like(part: str) -> bool:
    return any(w.lower().strip(".,") in ORGANIZATION_WORDS for w in part.split())


def _name_suffix(part: str) -> str:
    """The capitalised name at the end of ``part``: ``the country Jane Doe``
    -> ``Jane Doe``; ``der Leyen.Jane Doe`` -> ``Jane Doe``."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(part)]
    if breaks:
        part = part[breaks[-1] :]
    # words and the single spaces between them, kept as written
    pieces = _ONE_SPACE.split(part)
    words = pieces[::2]
    keep = len(words)
    while keep > 0 and _is_name_word(words[keep - 1]):
        keep -= 1
    while keep < len(words) and not words[keep][:1].isupper():
        keep += 1
    return "".join(pieces[2 * keep :])


def _agency_suffix(part: str) -> str | None:
    """A known agency that ends ``part`` (``near Brownsville REUTERS``)."""
    words = [m.start() for m in re.finditer(r"\S+", part)]
    for size in (3, 2, 1):
        if len(words) >= size and canonical_agency(part[words[-size] :].rstrip()):
            found = part[words[-size] :].rstrip()
            if size > 1 and len(words) > size and not found.isupper():
                before = part[words[-size - 1] : words[-size]].strip()
                if before[:1].isupper() and _wire_named(part[words[-size - 1] :]):
                    # ``Korean Central News Agency``: the tail of a longer
                    # agency's name is not the agency of the same tail
                    # (``Central News Agency``, Taiwan's CNA)
                    return None
            return found
    return None


@attrs.frozen
class _Reading:
    photographer: str | None
    agency: str | None
    start: int  # offset of the credit's first character within the body
    lead: str | None = None  # the agency as written when it comes first
    glued: bool = False  # the credit is glued to the caption's last word


_PART_SEPARATOR = re.compile(r"\s*[/|]\s*")
# in a marker's body a spaced dash or a comma separates parts too: ``Photo
# by Jane Doe - from Flickr - CC BY 2.0``, ``Photos: Acme Images, Jane Doe``
_MARKER_SEPARATOR = re.compile(r"\s*[/|]\s*|\s+[-–—]\s+|,\s+")
_LICENSE = re.compile(
    rf"(?i:cc0|(?:cc|creative{_S}commons)(?:(?:{_S}|-)(?:by|sa|nc|nd|0|\d\.\d))+"
    rf"|public{_S}domain|all{_S}rights{_S}reserved)"
    r"[\s,;]*"
)
_FROM = re.compile(r"(?i:from)\s")
_FOR = re.compile(r"\sfor\s")
_FOR_OUTLET = re.compile(r"(?:For|FOR)\s+(?=(?:The\s+|THE\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}\Z)")
# ``Getty Images for The Acme Academy``: an agency, then its client
_CLIENT = re.compile(r"(?P<agency>\S+(?:\s\S+){0,2}?)\s+for\s+\S.*\Z", re.DOTALL)


def _split_parts(body: str, separator: re.Pattern[str]) -> list[tuple[int, str]]:
    """The parts of a credit body with their offsets, licences left out and
    ``from Flickr`` read as ``Flickr``."""
    parts: list[tuple[int, str]] = []
    at = 0
    for sep in [*separator.finditer(body), None]:
        stop = sep.start() if sep is not None else len(body)
        piece = body[at:stop]
        lead = len(piece) - len(piece.lstrip())
        stripped = _SPELLED_OUT.sub("", piece.strip().rstrip(".").strip())
        if _FROM.match(stripped):
            lead += 5
            stripped = stripped[5:]
        licence = _LICENSE.match(stripped)
        if licence is not None:
            lead += licence.end()
            stripped = stripped[licence.end() :]
        if stripped:
            parts.append((at + lead, stripped))
        at = sep.end() if sep is not None else at
    return parts


def _without_client(part: str) -> str:
    """A known agency without the client it shot for: Getty Images credits
    commissioned work ``Name/Getty Images for The Acme Academy``, and the
    agency is ``Getty Images``; any other part is kept as written."""
    m = _CLIENT.match(part)
    if m is None or canonical_agency(m.group("agency")) is None:
        return part
    return m.group("agency")


def _agency_name(*parts: str) -> str:
    """The agency a credit names: the first wire agency among its parts, the
    owner before a ``via`` distributor (``AFP via Getty Images`` -> AFP,
    ``La Voce via AP`` -> AP); else the first known agency; else the first
    part as written. A known agency's client (``Getty Images for Acme``) is
    no part of its name."""
    names = [_without_client(n.strip()) for p in parts for n in _VIA.split(p)]
    for name in names:
        if is_wire_agency(name):
            return canonical_agency(name) or name
    for name in names:
        known = canonical_agency(name)
        if known is not None:
            return known
    return _STAFF.sub("", names[0]) or names[0]


def _read_parts(body: str, shape: str, *, strict: bool, opened: bool) -> _Reading | None:
    """Who took the photo and for whom, from a credit's body."""
    body = _QUALIFIER_TAIL.sub("", body)
    dashes = shape in {"marker", "copyright", "courtesy"}
    parts = _split_parts(body, _MARKER_SEPARATOR if dashes else _PART_SEPARATOR)
    if not parts or len(parts) > 6:
        return None
    first_at, first = parts[0]

    if shape == "via":
        return _read_via(body, opened=opened)
    if shape == "comma":
        name, outlet = body.split(",", 1)
        if not _person_like(name):
            return None
        return _Reading(name, " ".join(outlet.split()), 0)
    if shape == "for" or (len(parts) == 1 and shape == "marker" and _FOR.search(first)):
        m = re.match(r"(?P<name>.+?)\s+for\s+(?P<outlet>.+)\Z", first)
        if m is None:
            return None
        name = _name_suffix(m.group("name"))
        start = first_at + len(m.group("name")) - len(name)
        agency = canonical_agency(name)
        if agency is not None:  # ``Getty Images for Acme``: no photographer named
            return _Reading(None, agency, start)
        if len(name.split()) < 2:
            return None
        return _Reading(name, _agency_name(m.group("outlet")), start)

    if len(parts) == 1:
        return _read_one(first, first_at, shape)

    if shape == "courtesy" and len(parts) == 2 and parts[1][1].lower() in _SOCIAL_PLATFORMS:
        # UPI's ``Photo courtesy of the Bellport Police Department/Facebook``:
        # the provider gave the photo, the platform is where it was posted;
        # no photographer is named (an organisation's ``the`` is no part of it)
        giver = _LEADING_THE.sub("", first)
        if len(giver.split()) > 8:
            return None
        return _Reading(None, giver, first_at + len(first) - len(giver))

    if (
        len(parts) == 2
        and parts[1][1].startswith("@")
        and first.lower() in _SOCIAL_PLATFORMS
        and _handle_like(parts[1][1][1:])
    ):
        # ``Photo: Twitter/@jdoe``: a picture taken from a social media
        # account; the account's handle is who posted it, the platform and
        # the handle are no agency
        return _Reading(parts[1][1], None, first_at)
    # several parts: agency first (REUTERS/Name, Xinhua/Name) or name first
    lead = _agency_suffix(first) if shape == "slash" else None
    if lead is None and (canonical_agency(first) or (shape == "slash" and _wire_named(first))):
        lead = first  # ``Europa Press/Contacto/Jane Doe``: an agency first
    if lead is None and shape == "slash" and _PROVIDER_PHOTO.fullmatch(first):
        # a body's photo service first, its photographer next: ``(UN
        # Photo/Jo Park via AP)``, ``White House Photo/Jo Park``; the agency is
        # the distributor, else the service
        people = [p for p in _distributed(parts[1:]) if _person_like(p)]
        people = people or [p for _, p in parts[1:] if _person_like(p)]
        return _Reading(
            _photographer(people[-1]) if people else None,
            _agency_name(first, *(p for _, p in parts[1:])),
            first_at,
            first,
        )
    if lead is not None:
        agency = canonical_agency(lead) or lead
        via = _VIA_BEFORE.search(first, 0, len(first) - len(lead)) if shape == "slash" else None
        owner = _name_suffix(first[: via.start()]) if via is not None else ""
        if via is not None and owner:
            # Reuters' sports arm: ``Action Images via Reuters/Jo Park``; the
            # owner and its distributor lead the credit
            lead = first[via.start() - len(owner) :]
            agency = _agency_name(lead)
        start = first_at + len(first) - len(lead)
        people = [p for _, p in parts[1:] if _person_like(p) or p.lower() in NOT_A_PHOTOGRAPHER]
        if not people and shape == "slash":
            # ``NTB/Erik Lund via REUTERS``: the name before the distributor
            people = [p for p in _distributed(parts[1:]) if _person_like(p) and not _org_like(p)]
        photographer = _photographer(people[-1]) if people else None
        return _Reading(photographer, agency, start, lead)

    name = _name_suffix(first) if shape == "slash" else first
    if shape == "slash" and _BYLINE.match(name):
        return None  # ``By Jo Park | The Associated Press``: a byline, not a credit
    last = parts[-1][1]
    marked = shape in {"marker", "copyright", "courtesy"} or opened
    if any(len(p.split()) > 8 for _, p in parts):
        return None  # a sentence, not a credit
    provider = _provider_like(name)
    if provider:
        pass  # ``Acme Orbital Technologies/AP``: a provider, no photographer named
    elif not _person_like(name) and name.lower() not in NOT_A_PHOTOGRAPHER:
        if not marked:
            return None
        if _handle_like(name):  # ``Photo by ipopba/Getty Images``
            return _Reading(name, _agency_name(parts[1][1]), first_at)
        if _person_like(last):  # ``© Acme Energy & Co/Jane Doe``
            return _Reading(last, first, first_at)
        if not _org_like(name):
            return None
    elif (
        marked
        and len(last.split()) >= 2
        and _person_like(last)
        and (_agency_first(name) or (len(parts) == 2 and _one_word_outlet(name)))
    ):
        # ``Photo: Acme Images/Jane Doe`` ; ``Quelle: WDR/Jane Doe``;
        # VnExpress' ``Photo by VnExpress/Giang Huy``: one word before a full
        # name is the outlet (photographers are credited by full name)
        return _Reading(last, name, first_at)
    elif shape == "slash" and _agency_first(name):
        # ``ABCD/Erik Lund via REUTERS``: an agency, then the photographer,
        # then the distributor; the agency is the first wire named
        people = [p for p in _distributed(parts[1:]) if len(p.split()) >= 2 and _person_like(p)]
        if people:
            start = first_at + len(first) - len(name)
            return _Reading(people[-1], _agency_name(name, *(p for _, p in parts[1:])), start)
    # ``JO PARK/FOR THE HOLLOWAY COURIER``, ``Photo by Jo Park/For Acme
    # Daily``: a paper credits a freelancer's picture taken for it
    rest = [_FOR_OUTLET.sub("", p, count=1) for _, p in parts[1:]]
    known = [p for _, p in parts[1:] if _FOR_OUTLET.match(p)]
    known += [p for p in rest if any(_credited_outlet(_without_client(n)) for n in _VIA.split(p))]
    if shape == "slash" and not known and (strict or (not opened and len(rest) > 1)):
        # ``(Jane Doe/Acme Gazette)`` is a credit only in a caption on its own
        return None
    agency = _agency_name(*rest)
    start = first_at + len(first) - len(name)
    return _Reading(None if provider else _photographer(name), agency, start)


def _one_word_outlet(part: str) -> bool:
    """One word with a capital inside (``VnExpress``, ``ZingNews``): an
    outlet's name, never a photographer's."""
    return (
        len(part.split()) == 1
        and part[:1].isupper()
        and any(c.isupper() for c in part[1:])
        and any(c.islower() for c in part)
        and part.lower() not in NOT_A_PHOTOGRAPHER
    )


def _distributed(parts: list[tuple[int, str]]) -> list[str]:
    """The parts of a credit distributed ``via`` a known agency, the
    distributor cut off (``Erik Lund via REUTERS`` -> ``Erik Lund``); none
    when the credit names no distributor."""
    *_, (_, last) = parts
    pieces = _VIA.split(last)
    if len(pieces) != 2 or canonical_agency(pieces[1]) is None:
        return []
    return [p for _, p in parts[:-1]] + [pieces[0]]


def _agency_first(part: str) -> bool:
    """An organisation written where a name could stand: an acronym
    (``WDR``) or a name with an organisation word (``Acme Images``)."""
    return _org_like(part) or (part.isupper() and len(part.split()) == 1 and len(part) <= 5)


def _sketch_artist(name: str) -> bool:
    """A person's name of two or three words before ``via`` (``Jo Park``),
    no body's, outlet's or provider's name (``Maxar Technologies``,
    ``Family photo``, ``Acme County Sheriff's Office``)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and _person_like(name)
        and not any(
            piece.strip(".,") in _NOT_PERSON_WORDS for w in words for piece in w.lower().split("-")
        )
    )


_NOT_PERSON_WORDS = (
    ORGANIZATION_WORDS
    | SOURCE_ORGANIZATION_WORDS
    | frozenset(NEWSPAPER_WORDS)
    | frozenset({"photo", "pool", "family", "county", "city", "state", "earth", "sheriff's"})
    | frozenset({"handout", "court", "courts", "satellite", "imagery", "planet", "space"})
)


def _read_via(body: str, *, opened: bool = False) -> _Reading | None:
    """``AFP via Getty Images``, ``Acme Studios via AP``, glued ``MilanAFP via
    Getty Images``: the agency before ``via`` owns the photo."""
    m = re.match(r"(?P<before>.+?)\s+via\s+(?P<via>.+)\Z", body)
    if m is None or canonical_agency(m.group("via")) is None:
        return None
    before = m.group("before")
    last = before.split()[-1]
    last_at = len(before) - len(last)
    if canonical_agency(last) is not None:
        return _Reading(None, _agency_name(body[last_at:]), last_at)
    run = re.search(r"[A-Z]{2,8}\Z", last)
    if run is not None and run.start() > 0:
        for cut in range(run.start(), len(last) - 1):
            if canonical_agency(last[cut:]) is not None:
                start = last_at + cut
                return _Reading(None, _agency_name(body[start:]), start, glued=True)
    name = _name_suffix(before)
    if not name:
        return None
    if opened and name == before and _sketch_artist(name):
        # AP's courtroom sketches: ``(Jo Park via AP)``; the artist drew it
        return _Reading(name, _agency_name(body), 0)
    hyphened = _hyphened_outlet(name) if "-" in name else None
    if hyphened is not None:
        # ``Gil Marchetti-USA TODAY Sports via Reuters``
        return _Reading(hyphened[0], _agency_name(body[len(before) - len(name) :]), len(before) - len(name))
    return _Reading(None, _agency_name(body[len(before) - len(name) :]), len(before) - len(name))


def _read_dashed(body: str) -> _Reading | None:
    """``Mehmet Kaya - Anadolu Agency``: a person, a spaced dash and a known
    agency."""
    m = re.match(r"(?P<name>.+?)\s+[-–—]\s+(?P<agency>.+)\Z", body)
    if m is None or not _person_like(m.group("name")):
        return None
    agency = canonical_agency(m.group("agency"))
    return None if agency is None else _Reading(_photographer(m.group("name")), agency, 0)


def _hyphened_outlet(part: str) -> tuple[str, str] | None:
    """USA TODAY Sports' and Imagn's ``Gil Marchetti-USA TODAY Sports``: a
    photographer's name glued by a hyphen to a known outlet, as the name and
    the outlet (a hyphen inside the name, ``Jean-Luc Roy``, stays in it)."""
    for m in _HYPHEN.finditer(part):
        name, outlet = part[: m.start()], part[m.end() :]
        if (
            len(name.split()) >= 2
            and _person_like(name)
            and " ".join(outlet.lower().split()) in CREDIT_OUTLETS
        ):
            return name, outlet
    return None


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")
# a body's own photo service: ``UN Photo``, ``White House Photo``, ``Kremlin Pool Photo``
_PROVIDER_PHOTO = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s+Photo")
_VIA_BEFORE = re.compile(r"\s+via\s+\Z")


def _read_one(part: str, at: int, shape: str) -> _Reading | None:
    """A credit of one part: an agency, an organisation or a person."""
    hyphened = _hyphened_outlet(part) if "-" in part else None
    if hyphened is not None:
        return _Reading(hyphened[0], hyphened[1], at)
    if shape == "slash":
        return None
    if _VIA.search(part) or canonical_agency(part) is not None:
        agency = _agency_name(part)
        if canonical_agency(agency) is not None:
            return _Reading(None, agency, at)
    if shape == "bare":
        return None
    if _org_like(part) or shape == "courtesy" or _ACRONYM.fullmatch(part):
        # ``(Photo: KWCH)``, ``Credit: NASA``: an acronym names a station or
        # a body, not a person
        return _Reading(None, part, at) if len(part.split()) <= 8 else None
    if shape == "marker" and _credited_outlet(part):
        # ``PHOTO: LIANHE ZAOBAO``: an outlet the lexicon knows, no person
        return _Reading(None, part, at)
    if shape == "marker" and _one_capitalised_word(part):
        return _Reading(None, part, at)
    if _person_like(part) or (shape == "marker" and len(part.split()) == 1 and _handle_like(part)):
        return _Reading(_photographer(part), None, at)
    words = part.split()
    plain = all(_is_name_word(w) for w in words) and not any(c.isdigit() for c in part)
    if shape in {"marker", "copyright", "courtesy"} and len(words) <= 6 and plain:
        return _Reading(None, part, at)
    return None


def _one_capitalised_word(part: str) -> bool:
    """A credit's one capitalised word (``Image Credits: Quillon``): a
    company's or a provider's name, not a photographer's, who is credited
    by full name."""
    return (
        " " not in part.strip()
        and part[:1].isupper()
        and part[1:].islower()
        and part.lower() not in NOT_A_PHOTOGRAPHER  # ``Photo: Handout``
    )


# an organisation's initials or a broadcaster's call sign (``KWCH``,
# ``WKRN-TV``), not the handouts' and agencies' own words (``STR``, ``AFP``)
_ACRONYM = re.compile(r"(?!(?i:str|afp|ho)\b)[A-Z]{2,6}(?:-(?:TV|DT|FM|AM))?")


def _photographer(name: str) -> str | None:
    name = name.strip()
    return None if name.lower() in NOT_A_PHOTOGRAPHER else name


def _try_shape(
    shape: _Shape, text: str, start: int, end: int, lowered: str, *, strict: bool
) -> Credit | None:
    """The credit of one shape that ends ``text[:end]``, if any; ``lowered``
    is the lower-cased tail of the text. A match the lexicon rejects is
    retried from the next position (a few times)."""
    tail = end - len(lowered)
    # a needle starting in the last ``within`` characters, else no credit
    if shape.needle_pattern.search(lowered, max(0, len(lowered) - shape.within)) is None:
        return None
    first = shape.needle_pattern.search(lowered)
    assert first is not None  # found in the window already
    pos = max(tail, tail + first.start() - shape.reach)
    if shape.ending is not None and shape.ending.search(text, pos, end) is None:
        return None  # no match of the pattern could end the text
    for _ in range(_RETRIES):
        m = shape.pattern.search(text, pos, end)
        if m is None:
            return None
        credit = _credit_of(shape, m, text, start, end, strict=strict)
        if credit is not None:
            return credit
        pos = m.start() + 1
    return None


def _credit_of(
    shape: _Shape, m: re.Match[str], text: str, start: int, end: int, *, strict: bool
) -> Credit | None:
    body = m.group("body") or ""
    opened = bool(m.group("open"))
    unknown = False
    if shape.name in {"agency_photo", "foto"}:
        agency = canonical_agency(m.group("agency"))
        if (
            agency is None
            and _PAPER_PHOTO.fullmatch(m.group(0).strip(" .\t\u00a0"))
            and m.group("agency").lower() not in NOT_A_PHOTOGRAPHER | {"file", "stock"}
        ):
            # the Inquirer's ``INQUIRER PHOTO / RICHARD A. REYES``: a paper's
            # name in capitals, ``PHOTO``, a slash and the photographer
            agency = m.group("agency")
        if agency is None:
            return None
        inner = _read_parts(body, "marker", strict=strict, opened=True) if body else None
        reading = _Reading(inner.photographer if inner else None, agency, 0)
        credit_start = m.start()
    else:
        kind = shape.name
        if kind == "marker" and m.group("marker").lower().endswith("courtesy"):
            kind = "courtesy"
        if (
            kind == "marker"
            and not opened
            and _DETERMINER_BEFORE.search(text, max(start, m.start() - 8), m.start())
        ):
            # ``alongside a photo of the Capitol``: after an article or a
            # possessive the marker word is a noun of the sentence, no credit
            return None
        if kind == "marker" and not opened and _BODY_SENTENCE_END.search(body):
            # ``Archive image of the pier. - Name/Agency``: a credit holds
            # no sentence end; the marker word was the caption's own
            return None
        if kind == "copyright":
            inner_marker = _INNER_MARKER.match(body)
            if inner_marker is not None:  # ``© Foto: Jane Doe``
                body = body[inner_marker.end() :]
        if kind == "dashed":
            found = _read_dashed(body)
        elif kind == "marker" and body.strip(" .").lower() in _UNKNOWN_ORIGIN:
            # the Daily Star's ``Photo: Collected``: a picture of unknown
            # origin, credited to no one
            found = _Reading(None, None, 0)
            unknown = True
        else:
            found = _read_parts(body, kind, strict=strict, opened=opened)
        if found is None:
            return None
        reading = found
        credit_start = m.start()
        if shape.name in {"slash", "for", "bare", "via", "comma"} and not opened:
            credit_start = m.start("body") + reading.start
            # a bare credit follows a sentence end, a separator or nothing;
            # an agency in capitals (``... Moutet REUTERS/Name``) may follow a
            # word, and a caption on its own may run into its credit
            before = text[start:credit_start].rstrip()
            capital_lead = reading.lead is not None and (
                reading.lead.isupper() or _VIA.search(reading.lead) is not None
            )
            # a caption on its own may run into a name-first credit after a
            # word, never after a comma (``Harris leads, Reuters/Ipsos Poll``)
            loose = reading.glued or capital_lead
            if not strict and reading.lead is None and shape.name != "bare":
                loose = loose or before[-1:].isalpha()
            # ``AI-Powered ... for Rural Clinics``: a hyphen inside a word
            # is no separator between a caption and its credit
            hyphenated = text[credit_start - 1 : credit_start] == "-" and before[-2:-1].isalnum()
            if before and (not _BOUNDARY.match(before[-1]) or hyphenated) and not loose:
                return None
            if strict and shape.name == "for" and not before:
                # a credit belongs to a caption: in an article a lone
                # ``Acme Launches App for Nurses`` is a title-case line
                # (a headline), not ``Name for Outlet``
                return None
    if reading.photographer is None and reading.agency is None and not unknown:
        return None
    if shape.name == "marker" and not opened and m.group("marker").isupper():
        # The Straits Times' ``ST PHOTO: JASON QUAH`` (``BT PHOTO``, ``TNP
        # PHOTO``): the paper's code in capitals before the marker, after a
        # sentence end, is the credit's and names the agency
        code = _CODE_BEFORE_MARKER.search(text, max(start, credit_start - 8), credit_start)
        if code is not None and canonical_agency(code.group("code")) is None:
            credit_start = code.start("code")
            if reading.agency is None:
                reading = attrs.evolve(reading, agency=code.group("code"))
    if reading.photographer is not None and _HANDOUT.search(text, credit_start, end):
        # a handout names who handed the picture out, not who took it
        reading = attrs.evolve(reading, photographer=None)
    span = strip_span(text, credit_start, end)
    return Credit(
        text=text[span.start : span.end],
        span=span,
        photographer=reading.photographer,
        agency=reading.agency,
    )


def _notice_start(text: str, start: int, end: int) -> int | None:
    """Where a usage notice after a credit begins, when ``text[start:end]``
    ends with one (AFP's ``/ RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT
    ...``, UPI's ``| License Photo``, Bernama's ``(2025) COPYRIGHTS
    RESERVED``)."""
    tail = max(start, end - _NOTICE_REACH)
    if "EDITORIAL" in text[tail:end]:
        m = _RESTRICTED.search(text, tail, end)
        rest = "" if m is None else text[m.start() : end]
        # the notice is in capitals to the end of the line (a Getty caption
        # may open with one: ``(----EDITORIAL USE ONLY ...----) Biden ...``)
        if (
            m is not None
            and "\n" not in rest
            and "\r" not in rest
            and (rest == rest.upper() or _REUTERS_RESTRICTION.match(text, m.end(), end))
        ):
            return m.start()
    if _CAPS_NOTICE_WORDS.search(text, tail, end) is not None:
        for m in _CAPS_NOTICE.finditer(text, tail, end):
            rest = text[m.start() : end]
            if "\n" not in rest and "\r" not in rest and rest == rest.upper():
                return m.start()
    last = text[max(start, end - 20) : end]
    if _NOTICE_WORDS.search(last) is None:
        return None
    m = _NOTICE_END.search(text, max(start, end - 60), end)
    return None if m is None else m.start()


def _noticed_bare(text: str, start: int, end: int) -> Credit | None:
    """Yonhap's and Kyodo's ``... (PHOTO NOT FOR SALE) (Yonhap)``: a bare
    wire agency in parentheses after a usage notice is a credit in an
    article too (no sentence ends so)."""
    if text[end - 1] != ")" or ")" not in text[max(start, end - 200) : end - 1]:
        return None
    m = _NOTICED_BARE.search(text, max(start, end - 200), end)
    if m is None or not is_wire_agency(m.group("agency")):
        return None
    span = Span(m.start("credit"), m.end("credit"))
    agency = canonical_agency(m.group("agency"))
    return Credit(text=text[span.start : span.end], span=span, agency=agency)


def _labelled_bare(text: str, start: int, end: int) -> Credit | None:
    """NAN's and GNA's ``Photo: Crews clear snow. (NAN)``: a caption that
    opens on its ``Photo:`` label and ends with a wire's code in capitals
    in parentheses is a caption with that wire's credit, in an article too
    (the label marks the unit as a caption)."""
    if text[end - 1] != ")" or _PHOTO_LABEL.match(text, start, end) is None:
        return None
    m = _LABELLED_BARE.search(text, max(start, end - 16), end)
    if m is None:
        return None
    agency = dateline_agency(m.group("agency"))
    if agency is None:
        return None
    span = Span(m.start("credit"), m.end("credit"))
    return Credit(text=text[span.start : span.end], span=span, agency=agency)


def _supplied(text: str, start: int, end: int) -> Credit | None:
    """The Australian and New Zealand papers' ``The scene on Tuesday.
    (Supplied)``: a picture given by the subject or the family, credited to
    no one, after a sentence end, in an article too."""
    if text[end - 1] != ")":
        return None
    m = _SUPPLIED.search(text, max(start, end - 16), end)
    if m is None:
        return None
    span = Span(m.start("credit"), m.end("credit"))
    return Credit(text=text[span.start : span.end], span=span)


def _source_labelled(text: str, start: int, end: int, *, strict: bool) -> Credit | None:
    """Bloomberg's ``The Zentrix logo. Source: Bloomberg`` (``Source:
    Zentrix Inc.``, ``Source: AFP/Getty Images``): a handout picture, a logo
    or a chart credited with a capitalised ``Source:`` label after the
    caption's sentence end; the label is the credit's, as ``Photographer:``
    is, and the body is read as a marker's."""
    if "Source:" not in text[max(start, end - _SOURCE_REACH) : end]:
        return None
    m = _SOURCE_LABEL.search(text, max(start, end - _SOURCE_REACH), end)
    if m is None or m.start("credit") <= start:
        return None
    reading = _read_parts(m.group("body"), "marker", strict=strict, opened=False)
    if reading is None or (reading.photographer is None and reading.agency is None):
        return None
    span = Span(m.start("credit"), m.end("credit"))
    return Credit(
        text=text[span.start : span.end],
        span=span,
        photographer=reading.photographer,
        agency=reading.agency,
    )


def _dashed_wire(text: str, start: int, end: int) -> Credit | None:
    """Dawn's and the Pakistani papers' ``Rescuers search the rubble on
    Sunday. — Reuters``: a known agency alone after a sentence's end and a
    long dash closes a caption, in an article too; never a unit with a
    quotation in it or longer than a caption (a story's sign-off)."""
    if end - start > _DASHED_WIRE_MAX or text[end - 1] in ".!?\"”’)":
        return None
    m = _DASHED_WIRE.search(text, max(start, end - 40), end)
    if m is None or not is_wire_agency(m.group("agency")):
        return None
    if any(mark in text[start:end] for mark in "\"“”"):
        return None
    span = Span(m.start("agency"), m.end("agency"))
    agency = canonical_agency(m.group("agency"))
    return Credit(text=text[span.start : span.end], span=span, agency=agency)


def find_credit(text: str, start: int, end: int, *, strict: bool = True) -> Credit | None:
    """The credit that ends ``text[start:end]``, if there is one.

    ``strict`` (inside an article) leaves out the bare forms that ordinary
    sentences can end with (``(AP)``, ``Jane Doe/Acme Gazette``). Two
    credits in a row (``(AP Photo/Jane Doe) AP Photo``) make one credit.
    A usage notice after the credit is in neither the credit nor the
    caption text (``_notice_start``).
    """
    if end > start and text[end - 1].isspace():  # else ``strip_span`` keeps the end
        end = strip_span(text, start, end).end
    if end <= start:
        return None
    notice = _notice_start(text, start, end)
    if notice is not None:
        end = strip_span(text, start, notice).end
        if end <= start:
            return None
    bare = (
        _noticed_bare(text, start, end)
        or _labelled_bare(text, start, end)
        or _dashed_wire(text, start, end)
        or _supplied(text, start, end)
        or _source_labelled(text, start, end, strict=strict)
    )
    if bare is not None:
        return bare
    found = _one_credit(text, start, end, strict=strict)
    if found is None:
        found = _wrapped_credit(text, start, end, strict=strict)
    if found is None:
        return None
    earlier = _one_credit(text, start, strip_span(text, start, found.span.start).end, strict=strict)
    if earlier is None:
        return found
    span = Span(earlier.span.start, found.span.end)
    return Credit(
        text=text[span.start : span.end],
        span=span,
        photographer=found.photographer or earlier.photographer,
        agency=found.agency or earlier.agency,
    )


# the last line of a unit that may end a credit wrapped at its line break:
# a few words, no sentence end, no ``By`` line
_WRAPPED_LINE = re.compile(rf"(?!By{_S})[^\s.!?:;]+(?:{_S}+[^\s.!?:;]+){{0,5}}\.?\)?\.?{_S}*\Z")
_WRAPPED_BEFORE = frozenset("/|-&,")
_WRAPPED_MAX = 90  # the longest last line a wrapped credit leaves: a few words
_WRAPPED_WORDS = re.compile(r"(?i)photo|credit|courtesy|©|\(c\)")


def _wrapped_words(window: str) -> bool:
    """Whether ``_WRAPPED_WORDS`` is found in ``window``: in ASCII text (no
    ``©``, and no ``ı``/``ſ`` that ``(?i)`` takes for ``i``/``s``) by a
    plain search of the lower-cased text, which is faster."""
    if window.isascii():
        low = window.lower()
        return "photo" in low or "credit" in low or "courtesy" in low or "(c)" in low
    return _WRAPPED_WORDS.search(window) is not None


# the lower-case words a photographer's name or a credit holds (``Ann van
# Dyke``, ``Getty Images via AFP``)
_NAME_PARTICLES = frozenset(
    "via van von der den del della dos das de la le du di da bin ibn al el ten ter".split()
)


def _sentence_line(line: str) -> bool:
    """Whether a short line reads as a sentence, not the end of a wrapped
    credit: two words in lower case at least that are no name particles
    (``Prices gained 2%, traders said.``; a credit's tail is names)."""
    lower = 0
    for word in line.split():
        word = word.strip(".,;:!?()")
        if word[:1].islower() and word.isalpha() and word not in _NAME_PARTICLES:
            lower += 1
    return lower >= 2


def _wrapped_credit(text: str, start: int, end: int, *, strict: bool) -> Credit | None:
    """A credit hard-wrapped across the unit's last line break
    (``REUTERS/Hannah\nMcKay``, ``(AP Photo/Kirsty\nWigglesworth)``): read
    with the break as one space; the credit's text keeps the break. The
    break must fall inside the credit, and a photographer has at most three
    words (a short line under a credit, ``... REUTERS/Jane Doe\nHarbor
    Closes``, is no part of it)."""
    brk = max(text.rfind("\n", start, end), text.rfind("\r", start, end))  # LF, CRLF or CR
    if brk <= start or end - brk > _WRAPPED_MAX or not _WRAPPED_LINE.match(text, brk + 1, end):
        return None  # (a last line of a few words only: the cheap test first)
    if _sentence_line(text[brk + 1 : end]):
        return None  # a paragraph under the credit: ``Prices gained 2%, traders said.``
    window = text[max(start, brk - 2 * _TAIL) : end]
    if "/" not in window and not _wrapped_words(window):
        return None  # every wrapped credit shape holds a slash or one of these words
    if strict:  # no needle of a strict shape near the end: no credit (as in ``_one_credit``)
        near = text[max(start, end - _STRICT_WITHIN) : end].lower()
        if not _STRICT_NEEDLES.search(near.replace("\n", " ").replace("\r", " ")):
            return None
    cut0 = strip_span(text, start, brk).end  # the end of the line above
    cut1 = strip_span(text, brk + 1, end).start
    if cut0 <= start or not (text[cut0 - 1].isalnum() or text[cut0 - 1] in _WRAPPED_BEFORE):
        return None
    # a credit is short: a window before the break is enough (and keeps a
    # caption's text before the credit, for the boundary test)
    base = max(start, cut0 - 2 * _TAIL)
    joined = text[base:cut0] + " " + text[cut1:end]
    found = _one_credit(joined, 0, len(joined), strict=strict)
    at = cut0 - base  # the joining space in ``joined``
    if found is None or found.span.start >= at or found.span.end <= at:
        return None
    if found.photographer is not None and len(found.photographer.split()) > 3:
        return None

    def back(pos: int) -> int:
        return base + pos if pos <= at else pos - at - 1 + cut1

    span = Span(back(found.span.start), back(found.span.end))
    return attrs.evolve(found, text=text[span.start : span.end], span=span)


def _one_credit(text: str, start: int, end: int, *, strict: bool) -> Credit | None:
    """The longest credit of any shape that ends ``text[start:end]``."""
    if end <= start:
        return None
    best: Credit | None = None
    lowered = _folded(text[max(start, end - _TAIL) : end])
    if strict and not _STRICT_NEEDLES.search(lowered, max(0, len(lowered) - _STRICT_WITHIN)):
        return None  # what every strict shape's own needle test would conclude
    if strict and not _strict_shape_may_end(text, end, lowered):
        return None  # what every strict shape's needle and ending tests would conclude
    for shape in _SHAPES:
        if strict and not shape.strict:
            continue
        found = _try_shape(shape, text, start, end, lowered, strict=strict)
        if found is not None and (best is None or found.span.start < best.span.start):
            best = found
    return best


_NOTICE_REACH = 500
# AFP's restriction notice after its credit, to the end of the line, set
# off by rules of equals signs on its handouts (``/ === RESTRICTED TO
# EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HO" ===``)
_RESTRICTED = re.compile(
    rf"(?:[/|\-–—]{_S}*)?(?:={{2,}}{_S}*)?(?:RESTRICTED{_S}TO{_S}EDITORIAL{_S}USE|EDITORIAL{_S}USE{_S}ONLY)"
)
# Reuters' football restriction after ``EDITORIAL USE ONLY``, in sentence
# case to the end of the line: ``EDITORIAL USE ONLY. No use with
# unauthorized audio, video, data, fixture lists, ...``
_REUTERS_RESTRICTION = re.compile(rf"\.{_S}+No{_S}use{_S}")
# usage notices in capitals after a credit, to the end of the line: AAP's
# ``NO ARCHIVING``, Reuters' handout ``ATTENTION EDITORS - THIS IMAGE HAS
# BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES``
_CAPS_NOTICE = re.compile(
    rf"(?:[/|\-–—]{_S}*)?(?<![A-Z])(?:NO{_S}ARCHIV(?:ING|ES)|NO{_S}RESALES|ATTENTION{_S}EDITORS"
    rf"|THIS{_S}(?:IMAGE|PICTURE){_S}(?:HAS{_S}BEEN|WAS){_S}(?:SUPPLIED|PROVIDED))(?![A-Z])"
)
_CAPS_NOTICE_WORDS = re.compile(r"ARCHIV|RESALES|ATTENTION|THIS\sIMAGE|THIS\sPICTURE")
# UPI's web furniture and Bernama's copyright after the credit; the link
# labels of news sites' picture widgets: Reuters' ``Purchase Licensing
# Rights`` and its screen-reader ``, opens new tab``, AP's ``Read More``
_NOTICE_END = re.compile(
    rf"{_S}*(?:\|{_S}*License{_S}+Photo|\((?:19|20)\d\d\){_S}*COPYRIGHTS?{_S}+RESERVED"
    rf"|Purchase{_S}+Licensing{_S}+Rights(?:,?{_S}*opens{_S}+new{_S}+tab)?"
    rf"|,?{_S}*opens{_S}+new{_S}+tab|(?:Read{_S}+More|Read{_S}+more|READ{_S}+MORE))"
    rf"{_S}*\Z"
)
# words one of which ends every notice of ``_NOTICE_END`` (a cheap test first)
_NOTICE_WORDS = re.compile(r"Photo|RESERVED|Rights|tab|Read\s+[Mm]ore|READ\s+MORE")
# a usage notice in parentheses (Yonhap, Kyodo): ``(PHOTO NOT FOR SALE)``,
# ``(For Use Only in the Republic of Korea. No Redistribution)``
_USAGE_NOTICE = (
    rf"\((?i:photo{_S}not{_S}for{_S}sale|for{_S}use{_S}only{_S}in{_S}the{_S}republic{_S}of"
    rf"{_S}korea|no{_S}redistribution|for{_S}editorial{_S}use{_S}only)[^()\r\n]{{0,80}}\){_S}*"
)
# the notice, then a bare agency in parentheses
_NOTICED_BARE = re.compile(
    rf"{_USAGE_NOTICE}(?P<credit>\({_S}?(?P<agency>[A-Za-z][\w\-]{{1,20}}"
    rf"(?:{_S}[\w\-]{{1,20}}){{0,2}}){_S}?\)){_S}*\Z"
)
_NOTICE_BEFORE = re.compile(rf"{_USAGE_NOTICE}\Z")
# a caption's own label, and a wire's code in capitals closing it
_PHOTO_LABEL = re.compile(rf"(?:Photo|PHOTO|Picture|PICTURE){_S}*:{_S}+(?=[A-Z])")
_LABELLED_BARE = re.compile(rf"(?<=[.!?]){_S}+(?P<credit>\((?P<agency>[A-Z]{{2,6}})\)){_S}*\Z")
# ``Handout`` in a credit: the body named next to it handed the picture out
# an article or a possessive right before a credit marker word
_DETERMINER_BEFORE = re.compile(
    r"(?<![^\W_])(?i:a|an|the|this|that|his|her|their|its|our|my|your)[ \t\u00a0]+\Z"
)
_BODY_SENTENCE_END = re.compile(r"[a-z0-9][.!?][\"”’)]?\s+\S")
# a wire agency after a sentence end and a long dash: ``... Sunday. — APP``
_DASHED_WIRE = re.compile(
    rf"(?<=[.!?\"”’)]){_S}+[—–|]{_S}*(?P<agency>[A-Za-z][\w\-]{{1,20}}(?:{_S}[A-Za-z][\w\-]{{1,20}}){{0,2}})"
    rf"{_S}*\Z"
)
_DASHED_WIRE_MAX = 400
_SUPPLIED = re.compile(rf"(?<=[.!?]){_S}+(?P<credit>\((?:Supplied|SUPPLIED)\)){_S}*\Z")
# Bloomberg's ``Source: Bloomberg`` after a caption's sentence end: a short
# body in capitals, no sentence end in it
_SOURCE_REACH = 90
_SOURCE_LABEL = re.compile(
    rf"(?<=[.!?]){_S}+(?P<credit>Source:{_S}+(?P<body>[A-Z][^\r\n.!?:;()]{{0,70}}?(?:\b(?:Inc|Ltd|Corp|Co)\.)?))"
    rf"{_S}*\Z"
)
_PAPER_PHOTO = re.compile(rf"[A-Z]{{3,20}}{_S}PHOTO{_S}?/{_S}?[A-Z][A-Z.'’\-]*(?:{_S}[A-Z][A-Z.'’\-]*){{1,4}}")
# a marker's body that credits a picture to no one: the Bangladeshi and
# Indian papers' ``Photo: Collected`` (a picture of unknown origin)
# (the Australian and New Zealand papers' ``Photo: Supplied``: given by the
# subject or the family, credited to no one)
_UNKNOWN_ORIGIN = frozenset({"collected", "supplied"})
# a paper's code in capitals before a marker in capitals, after a sentence end
_CODE_BEFORE_MARKER = re.compile(rf"(?<=[.!?]{_S})(?P<code>[A-Z]{{2,4}}){_S}\Z")
_HANDOUT = re.compile(r"(?<![^\W_])(?:[Hh]andout|HANDOUT)(?![^\W_])")


def split_caption(text: str, start: int, end: int, *, strict: bool = True) -> Caption | None:
    """``text[start:end]`` as a caption when it ends with a credit."""
    credit = find_credit(text, start, end, strict=strict)
    if credit is None:
        if end - start > 2 and text[start] == "[" and text[end - 1] == "]":
            # a caption set in brackets whole, its credit inside: ``[Photo:
            # Crews clear snow. Credit: Name/AP]``
            inner = strip_span(text, start + 1, end - 1)
            if "[" not in text[inner.start : inner.end] and "]" not in text[inner.start : inner.end]:
                return split_caption(text, inner.start, inner.end, strict=strict)
        return None
    body = strip_span(text, start, credit.span.start)
    notice = _NOTICE_BEFORE.search(text, max(body.start, body.end - 200), body.end)
    if notice is not None:
        # ``... 2025. (PHOTO NOT FOR SALE) (Yonhap)``: the notice is no caption text
        body = strip_span(text, body.start, notice.start())
    # ``... 2025. - AFP PHOTO / NAME``: the dash (or bar, or slash) that sets
    # the credit off is no part of the caption; a hyphen ending a word is
    cut = body.end
    while cut > body.start and text[cut - 1] in _CREDIT_SEPARATORS:
        cut -= 1
    if cut < body.end and (cut == body.start or not text[cut - 1].isalnum()):
        body = strip_span(text, body.start, cut)
    return Caption(text=text[body.start : body.end], span=body, credit=credit)


# --- the event's own date and place -----------------------------------------

_PLACE_WORD = rf"(?!(?i:{_WEEKDAY}|{MONTH_PATTERN})\b)[A-Z][\w.'’\-]*"
# ``east China's Jiangxi Province`` (Xinhua), ``northern Gaza``
_COMPASS = r"(?:(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?|central)"
_PLACE_PART = rf"(?:{_COMPASS}{_S})?{_PLACE_WORD}(?:{_S}{_PLACE_WORD}){{0,3}}"
_PLACE = rf"(?P<place>{_PLACE_PART}(?:,{_S}{_PLACE_PART}){{0,3}})"
# spaces inside a date, and at most one line break (a hard-wrapped caption:
# ``on November\n9, 2025``; CRLF and CR line ends alike)
_GAP = rf"(?:{_S}*(?:\r\n?|\n){_S}*|{_S}+)"
_MONTH_DAY = (
    rf"(?P<month>{MONTH_PATTERN})\.?{_GAP}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:,?{_GAP}(?P<year>(?:19|20)\d\d)(?!\d))?"
    rf"|(?P<dday>\d{{1,2}}){_GAP}(?P<dmonth>{MONTH_PATTERN})\.?(?:,?{_GAP}(?P<dyear>(?:19|20)\d\d))?"
)
# a weekday, a month and day, or both -- never nothing (a month without a
# day, ``in Oslo, November 2024``, is no date)
_DATE = (
    rf"(?=(?i:{_WEEKDAY})\b|{MONTH_PATTERN}|\d{{1,2}}{_GAP}{MONTH_PATTERN})"
    rf"(?:(?P<weekday>(?i:{_WEEKDAY}))\b\.?(?:,?{_GAP}(?=[\dA-Za-z]))?)?"
    rf"(?:{_MONTH_DAY})?(?(weekday)|(?(month)|(?(dmonth)|(?!))))"
)


@functools.cache
def _event_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The caption-event patterns, compiled on the first caption (they are
    large, and most articles carry no caption: ``import newsparse`` stays
    cheap)."""
    return (
        # ``in Washington, DC, US, on Thursday, Nov. 7, 2024`` (Bloomberg, AP, Reuters)
        re.compile(rf"\b(?:in|at){_S}+{_PLACE}(?:,?{_GAP}on|,)?{_GAP}{_DATE}"),
        # ``on May 2, 2024, in Sydney, Australia`` (Getty Images); AP's
        # current order after a comma: ``, Tuesday, Jan. 9, 2024, in
        # Manchester, N.H.``
        re.compile(rf"(?:\bon|,){_GAP}{_DATE},?{_GAP}in{_S}+{_PLACE}"),
        # no date: ``... at a depot in Berlin-Lichtenberg.`` ends the first sentence
        re.compile(rf"\bin{_S}+{_PLACE}(?=[.!?]?(?:\s|\Z))"),
    )


def caption_event(
    text: str, span: Span, anchor: dt.date | None, warn: Warn | None = None
) -> tuple[str | None, str | None]:
    """The date (ISO) and place of the event a caption shows, when stated.

    >>> caption_event("A rally in Lyon, France, on Friday, May 3, 2024.", Span(0, 48), None)
    ('2024-05-03', 'Lyon, France')
    """
    place_then_date, date_then_place, place_ends_sentence = _event_patterns()
    for pattern in (place_then_date, date_then_place):
        m = pattern.search(text, span.start, span.end)
        if m is not None:
            return _event_date(m, anchor, warn), _without_full_stop(m.group("place"))
    m = place_ends_sentence.search(text, span.start, _first_sentence_end(text, span))
    if m is not None:
        return None, _without_full_stop(m.group("place"))
    return None, None


def _without_full_stop(place: str) -> str:
    """``Berlin.`` -> ``Berlin``; ``San Jose, Calif.`` and ``Washington,
    D.C.`` keep their abbreviation's point."""
    last = place.split()[-1]
    if not place.endswith(".") or last in REGION_ABBREVIATIONS or "." in last[:-1]:
        return place
    return place[:-1]


def _first_sentence_end(text: str, span: Span) -> int:
    m = _SENTENCE_BREAK.search(text, span.start, span.end)
    return m.start() + 1 if m is not None else span.end


def _event_date(m: re.Match[str], anchor: dt.date | None, warn: Warn | None) -> str | None:
    month_name = m.group("month") or m.group("dmonth")
    year = m.group("year") or m.group("dyear")
    where = Span(m.start(), m.end())
    if month_name:
        month = month_number(month_name) or 0
        day = int(m.group("day") or m.group("dday"))
        try:
            if year:
                return dt.date(int(year), month, day).isoformat()
        except ValueError:
            if warn:
                warn("caption date is not a valid date", where)
            return None
        resolved = resolve_month_day(month, day, anchor)
    else:
        resolved = resolve_weekday(WEEKDAYS[m.group("weekday").lower()], anchor)
    if resolved is None and warn:
        warn("caption date has no year and no reference date to resolve it", where)
    return resolved.isoformat() if resolved else None


def parse_caption(text: str, reference_date: dt.date | None = None) -> Caption:
    """Parse a caption given on its own (a credit is optional).

    ``reference_date`` resolves a year-less event date.

    >>> parse_caption("A man waves. Photographer: Ann Lee/Bloomberg").credit.photographer
    'Ann Lee'
    >>> parse_caption("Crowds in Oslo. (Ola Berg/Nordlys via AP)").credit.agency
    'AP'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_caption() expects str, got {type(text).__name__}")
    caption = split_caption(text, 0, len(text), strict=False)
    if caption is None:
        body = strip_span(text, 0, len(text))
        caption = Caption(text=text[body.start : body.end], span=body)
    date, place = caption_event(text, caption.span, reference_date)
    return attrs.evolve(caption, date=date, place=place)

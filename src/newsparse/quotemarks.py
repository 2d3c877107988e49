"""Pairing quotation marks without being fooled by apostrophes.

Marks: “ ” „ « » " (double) and ‘ ’ ' (single). Double marks are the primary
quotes of English wire copy; single marks count as quotes only outside double
ones — inside, they are nested quotes and belong to the outer quote. In
British copy the order is the other way round (``'He told me, "Go",' she
said``): a double quote inside an open single one belongs to it when it
closes and a single mark closes the outer quote after it in the paragraph.
An apostrophe is told from a single quote by its neighbours: inside a
word (``don't``), before a decade (``'90s``), in ``rock 'n' roll``, before an
elided word (``'em``, ``'til``), or after a plural noun (``workers' union``) it
is not a mark; before a contraction (``'We're``, ``'It's``) it opens a quote.

An opening mark left open at the end of a paragraph continues into the next
paragraph when that paragraph opens with a mark (AP style for quotes over
several paragraphs); otherwise the quote closes at the paragraph's end and a
warning says so. A single mark continues only into a paragraph opening with a
single mark that opens a quote; one that neither closes nor continues is taken
for an apostrophe and dropped. A double closing mark with no opening mark is
read as text, with a warning.

HTML entities left in scraped copy stand for the marks they name: ``&ldquo;``
and ``&#8220;`` open, ``&rdquo;`` and ``&#8221;`` close, ``&quot;`` is read
by its position like ``"``. The text is never rewritten: a quote's content
stops before the closing entity, and spans point into the caller's string.
The single-mark entities (``&lsquo;``/``&rsquo;``, ``&#8216;``/``&#8217;``)
are marks of their own length read by the single-mark rules, like ‘ ’:
``&lsquo;We will,&rsquo; she said`` is a quote, ``Lind&rsquo;s`` an apostrophe.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse.model import Span

__all__ = ["MAX_MARK_WARNINGS", "QuoteSpan", "find_quotes"]

#: Unclosed-mark warnings listed one by one; beyond this, one line counts the rest.
MAX_MARK_WARNINGS = 20

#: the double marks written as HTML entities (lower-cased), by the mark they stand for
ENTITY_MARKS: dict[str, str] = {
    "&quot;": '"',
    "&#34;": '"',
    "&#x22;": '"',
    "&ldquo;": "“",
    "&#8220;": "“",
    "&#x201c;": "“",
    "&rdquo;": "”",
    "&#8221;": "”",
    "&#x201d;": "”",
    "&bdquo;": "„",
    "&#8222;": "„",
    "&#x201e;": "„",
    "&laquo;": "«",
    "&#171;": "«",
    "&#xab;": "«",
    "&raquo;": "»",
    "&#187;": "»",
    "&#xbb;": "»",
}
#: the single marks written as HTML entities (lower-cased): read like ‘ ’
SINGLE_ENTITY_MARKS: dict[str, str] = {
    "&lsquo;": "‘",
    "&#8216;": "‘",
    "&#x2018;": "‘",
    "&rsquo;": "’",
    "&#8217;": "’",
    "&#x2019;": "’",
}
_ENTITY = (
    r"&(?:quot|ldquo|rdquo|bdquo|laquo|raquo|lsquo|rsquo"
    r"|#(?:34|8220|8221|8222|171|187|8216|8217)|#[xX](?:22|201[cCdDeE89]|[aAbB][bB]));"
)
#: marks written in other forms: the backtick opener of LaTeX- and
#: PTB-converted corpora (````We ...''``), and the cp1252 curly marks left
#: as C1 controls by a Latin-1 decoding (``\x93...\x94``), and the doubled
#: curly singles of Indian wire copy (PTI, IANS, UNI: ``‘‘We ...’’``), the
#: curly form of the typewriter pair
OTHER_MARKS: dict[str, str] = {
    "``": "“",
    "‘‘": "“",
    "’’": "”",
    "\x93": "“",
    "\x94": "”",
    "\x91": "‘",
    "\x92": "’",
}
_MARKS = re.compile(f"''|``|‘‘|’’|[\"“”„«»‘’'\x91-\x94]|{_ENTITY}")
_OPEN_CONTEXT = frozenset(" \t\r\n\u00a0([{—–-/")
_DOUBLE = frozenset('"“”„«»')
_CLOSERS = frozenset({"”", '"', "''"})  # double marks that close (» opens in Danish copy)
_DECADE = re.compile(r"\d\ds?\b")  # '90s, and a year: "said in ’08 that"
#: words written with their head elided (``'em``, ``'til``): the mark is an apostrophe
_ELIDED = frozenset({"em", "n", "til", "tis", "twas", "bout", "cos"})
_N_ELISION = re.compile(r"['‘’][nN]['’](?=[ \u00a0])")
#: what follows a possessive's apostrophe and a closing single mark written as a pair
_AFTER_PAIR = frozenset(".,;:!?)]—–\r\n")
_CUE_AFTER = re.compile(r"[ \u00a0]+(?:said|says|say|added|told|asked|wrote)\b")


@attrs.frozen
class QuoteSpan:
    """A paired quotation: ``content`` excludes the marks; ``close`` is the
    closing mark's offset, or ``None`` when the quote ran to a paragraph end;
    ``end`` is the offset after the closing mark (or the content's end)."""

    open: int
    close: int | None
    content: Span
    double: bool
    end: int


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _mark_end(text: str, i: int, end: int) -> int:
    """The end of the single mark at ``text[i]``: one character, or an entity."""
    if text[i] == "&":
        m = _MARKS.match(text, i, end)
        if m is not None:
            return m.end()
    return i + 1


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else " "
    k = _mark_end(text, i, end)
    nxt = text[k] if k < end else " "
    if prev not in _OPEN_CONTEXT and prev not in _DOUBLE:
        return False
    if nxt in "'’" and k + 1 < end:
        # ‘’Tis the season,’: the quote opens on a word with its head
        # elided, the second mark its apostrophe
        w = k + 1
        while w < end and w < k + 7 and text[w].isalpha():
            w += 1
        return text[k + 1 : w].lower() in _ELIDED and (w >= end or not text[w].isalpha())
    if not _is_letter(nxt) and nxt not in _DOUBLE:
        return False
    if _DECADE.match(text, k, end):
        return False
    j = k
    while j < end and j < k + 7 and text[j].isalpha():
        j += 1
    after = text[j + 1] if j + 1 < end else " "
    # rock 'n' roll, 'n': a one- or two-letter word closed at once; a
    # contraction ('We're, 'I'm, 'It's, 'We'll) goes on into a letter
    # and opens the quote
    if j < end and text[j] in "'’" and j - k <= 2 and not _is_letter(after):
        return False
    # 'em, 'til, 'tis: a lower-case word with its head elided
    return text[k:j] not in _ELIDED


def _single_closes(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else " "
    k = _mark_end(text, i, end)
    nxt = text[k] if k < end else " "
    if prev.isspace() or _is_letter(nxt):
        return False
    # workers' union: a plural possessive, unless a cue follows the mark
    if prev in "sS" and i - 2 >= start and text[i - 2] in "'’":
        return True  # the ‘Iron Lady’s’ legacy: the mark after a possessive 's
    if prev in "sS" and nxt in ",.!?" and k + 1 < end and text[k + 1] in "'’":
        return False  # ‘... my grandparents’,’ Hale said: the next mark closes
    if prev in "sS" and nxt in " \u00a0" and k + 1 < end and text[k + 1].islower():
        return _CUE_AFTER.match(text, k, end) is not None
    return True


def _double_role(ch: str, text: str, i: int, j: int, start: int, end: int, is_open: bool) -> str:
    """'open', 'close' or 'none' for a double mark at ``text[i:j]``."""
    prev = text[i - 1] if i > start else " "
    nxt = text[j] if j < end else " "
    if ch in "“„«":
        if is_open and ch == "“" and not prev.isspace():
            return "close"  # German „...“
        return "open"
    if ch in "”»":
        if is_open:
            return "close"
        # some copy opens with ” (Swedish style) or a stray mark
        return "open" if (prev.isspace() or i == start) and not nxt.isspace() else "none"
    # straight " and typewriter ''
    if is_open:
        return "close" if not prev.isspace() or nxt.isspace() or j >= end else "open"
    if i == start and nxt in " \u00a0" and j + 1 < end and text[j + 1].isalnum():
        return "open"  # '" We will rebuild,"' opening a paragraph: a stray space
    return "open" if not nxt.isspace() and j < end else "none"


def _mark_char(mark: str) -> str:
    """The mark a match of ``_MARKS`` stands for (an entity by its name)."""
    if len(mark) > 2:
        low = mark.lower()
        return ENTITY_MARKS.get(low) or SINGLE_ENTITY_MARKS.get(low, mark)
    return OTHER_MARKS.get(mark, mark)


def _is_single(text: str, mark: tuple[int, int]) -> bool:
    """Whether the mark at ``text[mark[0]:mark[1]]`` is a single one."""
    return _mark_char(text[mark[0] : mark[1]]) in ("‘", "'")


def _scan(
    text: str,
    start: int,
    end: int,
    carry: tuple[int, int] | None,
    out: list[QuoteSpan],
    stray: list[int],
    quiet: list[int] | None = None,
) -> tuple[int, int] | None:
    """Pair the marks of ``text[start:end]`` into ``out``; ``carry`` is a mark
    (offset, end), double or single, carried open from an earlier paragraph.
    Returns the mark still open at ``end``, if any. The offsets of double
    closing marks with no opening mark go to ``stray``; the opening marks of
    quotations closed at a line's end with no warning go to ``quiet``."""
    single_open: tuple[int, int] | None = None
    double_open: tuple[int, int] | None = None
    if carry is not None and _is_single(text, carry):
        single_open = carry
    else:
        double_open = carry
    skip_until = start
    inner_single: tuple[int, int] | None = None  # a single quote open inside a double one
    for m in _MARKS.finditer(text, start, end):
        i, j = m.start(), m.end()
        if i < skip_until:
            continue
        ch = _mark_char(m.group())
        if (
            single_open is not None
            and double_open is None
            and m.group() in ("’’", "''")
            and i > start
            and text[i - 1] in "sS"
            and (j >= end or text[j] in _AFTER_PAIR)
        ):
            # ‘a betrayal of the residents’’.: in an open single quote the
            # pair is a plural possessive's apostrophe and the closing mark
            out.append(QuoteSpan(single_open[0], i + 1, Span(single_open[1], i + 1), False, j))
            single_open = None
            continue
        if ch == '"' and double_open is None and i > start and text[i - 1] == "=":
            # markup left in scraped copy, <tweet id="672..." author="...">:
            # an attribute value, not a quotation
            close = text.find('"', j, min(end, j + 200))
            if close != -1 and "\n" not in text[j:close]:
                skip_until = close + 1
                continue
        if ch in _DOUBLE or ch == "''":
            role = _double_role(ch, text, i, j, start, end, double_open is not None)
            if role == "open" and double_open is not None and inner_single is not None:
                nested_end = _nested_double_end(text, j, end)
                if nested_end is not None:
                    # "She told me, 'He kept saying "never again," ...,'" Park
                    # said: a double quote in a single one in a double one
                    skip_until = nested_end
                    continue
            if role == "open" and double_open is None and single_open is not None:
                nested_end = _nested_double_end(text, j, end)
                if nested_end is not None:
                    # British style, ``'He told me, "Go",' she said``: the
                    # double quote is nested in the single one, part of it
                    skip_until = nested_end
                    continue
            if (
                role == "open"
                and double_open is not None
                and _opens_line_after_point(text, i)
                and (
                    _opens_line(text, double_open[0], start)
                    or _after_lead_in(text, double_open[0], start)
                )
            ):
                # one paragraph a line (“A.\n“B,” she said.): a quoted paragraph
                # that goes on in the next one reopens there, as over a blank line
                continue
            if (
                role == "open"
                and double_open is not None
                and _opens_line_after_point(text, i)
                and _after_point(text, double_open[0], start)
            ):
                # the second half of a split (“A,” Lee said. “B.) runs to the
                # end of its line: it goes on in the next line when that line
                # only closes it (“C.”); a line with an attribution of its
                # own (“C,” Lee said.) opens a new quotation, and the first
                # one ends with its line, with no warning
                if not _closes_with_attribution(text, i, end):
                    continue
                content = _open_content(text, double_open[1], i)
                if content.end > content.start:
                    out.append(QuoteSpan(double_open[0], None, content, True, content.end))
                    if quiet is not None:
                        quiet.append(double_open[0])
                double_open = (i, j)
                single_open = None
                inner_single = None
                continue
            if role == "open":
                if double_open is not None:
                    # a second opener before any close: the first one never closed
                    content = _open_content(text, double_open[1], i)
                    if content.end > content.start:  # an empty one is a stray mark
                        out.append(QuoteSpan(double_open[0], None, content, True, content.end))
                double_open = (i, j)
                single_open = None
                inner_single = None
            elif role == "close" and double_open is not None:
                out.append(QuoteSpan(double_open[0], i, Span(double_open[1], i), True, j))
                double_open = None
                inner_single = None
            elif (
                double_open is None and ch in _CLOSERS and not (i > start and text[i - 1].isdigit())
            ):
                # a closing mark with no opener (the opener lost in editing,
                # ``...it,” Lind said.``); not the inch mark of ``6'2"``
                stray.append(i)
            continue
        if double_open is not None:
            # nested single quotes belong to the outer quote; one open is
            # followed, for a double quote nested in it
            if inner_single is None:
                if ch in "‘'" and _single_opens(text, i, start, end):
                    inner_single = (i, j)
            elif ch in "’'" and _single_closes(text, i, start, end):
                inner_single = None
            continue
        if single_open is not None and _N_ELISION.match(text, i, end) and text[i - 1].isspace():
            # ‘It was rock ’n’ roll,’: both marks of 'n' are apostrophes
            skip_until = i + 3
            continue
        if single_open is None:
            if ch in "‘'" and _single_opens(text, i, start, end):
                single_open = (i, j)
        elif ch in "’'" and _single_closes(text, i, start, end):
            out.append(QuoteSpan(single_open[0], i, Span(single_open[1], i), False, j))
            single_open = None
    if single_open is not None:
        return single_open
    return double_open


def _opens_line(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` opens its line (or the region at ``start``)."""
    k = i - 1
    while k >= start and text[k] in " \t\u00a0":
        k -= 1
    return k < start or text[k] == "\n"


def _after_lead_in(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` follows a comma or colon that introduces the
    quotation (``said, “A.``, ``said: “A.``): the quotation runs to the end
    of the line and may go on in the next, as one opening its line does."""
    k = i - 1
    while k >= start and text[k] in " \t\u00a0":
        k -= 1
    return k > start and text[k] in ",:"


def _closes_with_attribution(text: str, i: int, end: int) -> bool:
    """Whether the line opening with the mark at ``i`` closes its quotation
    with words after the closing mark (``“C,” Lee said.``), not at the
    line's end (``“C.”``), nor nowhere (the quotation goes on)."""
    line_end = text.find("\n", i, end)
    line = text[i + 1 : end if line_end < 0 else line_end].rstrip()
    closes = [k for k in (line.find("”"), line.find('"')) if k >= 0]
    return bool(closes) and bool(line[min(closes) + 1 :].strip(" \t\r.,;:!?"))


def _after_point(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` opens a sentence after a stop (the second
    half of a split, ``“A,” Lee said. “B.``): the quotation runs to the end
    of the line and may go on in the next, as one opening its line does."""
    k = i - 1
    while k >= start and text[k] in " \t\u00a0":
        k -= 1
    return k > start and k < i - 1 and text[k] in ".!?"


def _opens_line_after_point(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a line and the line before ends a sentence."""
    k = i - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k < 0 or text[k] != "\n":
        return False
    k -= 1
    while k >= 0 and text[k] in " \t\r\u00a0":
        k -= 1
    return k >= 0 and text[k] in ".!?…"


#: how far a double quote nested in a single one is looked for
_NESTED_REACH = 600


def _nested_double_end(text: str, j: int, end: int) -> int | None:
    """The end of a double quote that opened at ``text[:j]`` inside an open
    single quote, when it is nested there: it closes, and a single mark
    closes the outer quote after it, before the paragraph's end, with no
    other double mark between; else ``None`` (the single mark was an
    apostrophe, or a quote of its own that a double one follows)."""
    stop = min(end, j + _NESTED_REACH)
    closed: int | None = None
    pairs = 0
    inside = True  # in the double quote that opened at ``j``
    for m in _MARKS.finditer(text, j, stop):
        i, k = m.start(), m.end()
        ch = _mark_char(m.group())
        if ch in _DOUBLE or ch == "''":
            # nested double quotes come in pairs: ``'the ward was "closed"
            # and the staff "moved on",' she said``
            role = _double_role(ch, text, i, k, j, end, inside)
            if role != ("close" if inside else "open"):
                return None
            inside = not inside
            closed = None if inside else k
            pairs += 0 if inside else 1
        elif closed is not None and ch in "’'" and _single_closes(text, i, j, end):
            return closed
    if closed is not None and pairs == 1 and stop == end and not text[closed:end].strip():
        # 'The defendant said, "I will pay."\n\n'She never did.': the
        # nested quote closes the paragraph, the single one goes on past it
        return closed
    return None


def _open_content(text: str, content_start: int, end: int) -> Span:
    """Content of an unclosed quote: up to ``end``, trailing space trimmed."""
    stop = end
    while stop > content_start and text[stop - 1].isspace():
        stop -= 1
    return Span(content_start, stop)


def _family(mark: str) -> str:
    """``straight`` for " and ', ``curly`` for typographic marks, else ``none``."""
    if mark in "\"'":
        return "straight"
    if mark in "“”„«»‘’":
        return "curly"
    return "none"


def find_quotes(
    text: str,
    regions: Sequence[Span],
    warnings: list[str],
    furniture: frozenset[int] = frozenset(),
) -> list[QuoteSpan]:
    """Every paired quote in ``regions`` (paragraphs, in text order), sorted.

    A quote left open at the end of a region continues into the next region
    when that region opens with a quotation mark; otherwise it closes at the
    end of its region, with a warning.

    ``furniture`` holds the starts of the regions that are web furniture
    (captions): a quote carried open is not read into them. A quote that
    web furniture interrupts (a caption, or a trailer block such as
    ``Advertisement`` between two regions) closes where its last paragraph
    ends, with no warning, when the next paragraph goes on with it (opens
    with a mark of its family, or goes on in lower case): the content never
    holds the furniture's text, and the rest is a quotation of its own.
    """
    found: list[QuoteSpan] = []
    notes: list[str] = []  # warnings, capped below
    stray: list[int] = []  # closing marks with no opening mark
    quiet: list[int] = []  # quotations closed at a line's end with no warning
    carry: tuple[int, int] | None = None
    previous: Span | None = None  # the last region read that is no furniture
    interrupted = False  # furniture stands between ``previous`` and this region
    for region in regions:
        start = region.start
        if carry is not None and furniture and region.start in furniture:
            # a caption inside a quote: its own marks only, the quote waits
            _scan(text, region.start, region.end, None, found, stray)
            interrupted = True
            continue
        if carry is not None and previous is not None:
            interrupted = interrupted or bool(text[previous.end : region.start].strip())
            if interrupted:
                carry = _resume_after_furniture(text, carry, previous, region, found)
        # a lower-case part after furniture: a quotation with no mark of its own
        resumed = carry is not None and carry[0] == carry[1] == region.start
        interrupted = False
        if carry is not None and not resumed and previous is not None:
            # a continuation paragraph opens with a mark of the same family as
            # the quote's own opening mark (straight with straight, curly with curly)
            opener = _mark_char(text[carry[0] : carry[1]]) or '"'
            first = text[region.start : region.start + 2]
            entity = _MARKS.match(text, region.start, region.end) if first[:1] == "&" else None
            if _is_single(text, carry):
                # a single quote goes on only into a paragraph that opens
                # with a single mark of its own kind that opens a quote
                # (not the apostrophe of '90s)
                if (
                    _mark_char(entity.group() if entity is not None else first[:1]) == opener
                    and first != "''"
                    and _single_opens(text, region.start, region.start, region.end)
                ):
                    start = entity.end() if entity is not None else start + 1
                else:
                    if carry[0] < previous.start:
                        # it went on over a paragraph already: a quote, not an apostrophe
                        _close_unclosed(text, carry, previous.end, found, notes)
                    carry = None
            elif first == "''" and opener == "''":
                start += 2
            elif entity is not None and _family(_mark_char(entity.group())) == _family(opener):
                start = entity.end()  # &quot; opening the next paragraph
            elif first[:1] and _family(first[:1]) == _family(opener[:1]):
                start += 1
            else:
                _close_unclosed(text, carry, previous.end, found, notes)
                carry = None
        unclosed_before = len(found)
        carry = _scan(text, start, region.end, carry, found, stray, quiet)
        previous = region
        for quote in found[unclosed_before:]:
            if quote.close is None and quote.open not in quiet:
                notes.append(
                    f"unclosed quotation mark at offset {quote.open}; "
                    "closed where the next quotation opens"
                )
    # an unclosed single mark is an apostrophe, unless it ran over a paragraph
    if (
        carry is not None
        and previous is not None
        and (not _is_single(text, carry) or carry[0] < previous.start)
    ):
        _close_unclosed(text, carry, previous.end, found, notes)
    warnings.extend(notes[:MAX_MARK_WARNINGS])
    if len(notes) > MAX_MARK_WARNINGS:
        warnings.append(f"... and {len(notes) - MAX_MARK_WARNINGS} more unclosed quotation marks")
    warnings.extend(
        f"closing quotation mark at offset {i} with no opening mark; read as text"
        for i in stray[:MAX_MARK_WARNINGS]
    )
    if len(stray) > MAX_MARK_WARNINGS:
        warnings.append(
            f"... and {len(stray) - MAX_MARK_WARNINGS} more closing quotation marks with no opener"
        )
    found.sort(key=lambda q: q.open)
    return found


def _resume_after_furniture(
    text: str, carry: tuple[int, int], previous: Span, region: Span, found: list[QuoteSpan]
) -> tuple[int, int] | None:
    """A quote carried open over web furniture into ``region``: when the
    region goes on with it, the quote closes at the end of ``previous``
    with no warning and the region's part is read on its own (its mark
    opens it; a lower-case part is returned as an empty carry at the
    region's start, a quotation with no mark of its own). Else ``carry``
    is returned, for the usual rules to close it."""
    first = text[region.start : region.start + 1]
    opener = _mark_char(text[carry[0] : carry[1]])
    goes_on = (first and _family(first) == _family(opener[:1]) and first in _DOUBLE) or (
        first.islower() and not _is_single(text, carry)
    )
    if not goes_on:
        return carry
    content = _open_content(text, carry[1], previous.end)
    if content.end > content.start:
        found.append(QuoteSpan(carry[0], None, content, not _is_single(text, carry), content.end))
    return (region.start, region.start) if first.islower() else None


def _close_unclosed(
    text: str, mark: tuple[int, int], end: int, found: list[QuoteSpan], warnings: list[str]
) -> None:
    warnings.append(
        f"unclosed quotation mark at offset {mark[0]}; closed at the end of its paragraph"
    )
    content = _open_content(text, mark[1], end)
    if content.end > content.start:
        found.append(QuoteSpan(mark[0], None, content, not _is_single(text, mark), content.end))

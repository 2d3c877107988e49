"""The typed, immutable result of a parse.

Every class here is a frozen, slotted ``attrs`` class. Every element that was
found in the text carries a :class:`Span` of character offsets into the exact
string the caller gave, and its ``text`` equals ``text[span.start:span.end]``.

``Article.to_dict()`` produces the JSON shape documented in ``SPEC.md``; a few
extra keys (``blocks``, ``trailers``, dateline ``city``/``region``, caption
``date``/``place``) extend it without changing the meaning of the others.
``Article.from_dict()`` rebuilds an equal ``Article``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Credit",
    "Dateline",
    "Mention",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "Trailer",
]

JsonDict = dict[str, Any]


# ``init=False``: the parser builds ~75 spans per article, and attrs' own
# ``__init__`` (a frozen class sets each field through a cached
# ``object.__setattr__``, then calls ``__attrs_post_init__``) is two Python
# frames per span. The hand-written one below checks first and sets both
# slots directly: the same signature, the same error, ~1.5x faster.
# Equality, order, hashing, repr, pickling and ``attrs.evolve`` are attrs'.
@attrs.frozen(order=True, init=False)
class Span:
    """Half-open character range ``[start, end)`` into the input text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if start < 0 or end < start:
            raise ValueError(f"invalid span [{start}, {end})")
        _set_start(self, start)
        _set_end(self, end)

    def __attrs_post_init__(self) -> None:
        # attrs' generated ``__attrs_init__`` still runs this check
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


# The slot descriptors' setters: they write a frozen slot as attrs itself
# does, without a frozen ``__setattr__`` in the way.
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__


class QuoteKind(str, enum.Enum):
    """How a quote is reported (see SPEC, "What counts")."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class SourceKind(str, enum.Enum):
    """What kind of speaker stands behind an attribution."""

    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"
    GROUP = "group"
    DOCUMENT = "document"
    MEDIA = "media"


class BlockKind(str, enum.Enum):
    """The role of one segment of the input (see ``segment.py``)."""

    METADATA = "metadata"
    HEADLINE = "headline"
    BYLINE = "byline"
    CAPTION = "caption"
    DATELINE = "dateline"
    BODY = "body"
    TRAILER = "trailer"


def _span_dict(text: str, span: Span) -> JsonDict:
    return {"text": text, "start": span.start, "end": span.end}


def _span_of(d: Mapping[str, Any]) -> Span:
    return Span(int(d["start"]), int(d["end"]))


@attrs.frozen
class Mention:
    """A piece of text: a speaker mention, a cue, a source mention."""

    text: str
    span: Span

    def to_dict(self) -> JsonDict:
        return _span_dict(self.text, self.span)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        return cls(d["text"], _span_of(d))


def _mention_or_none(d: Mapping[str, Any] | None) -> Mention | None:
    return None if d is None else Mention.from_dict(d)


@attrs.frozen
class Block:
    """One segment of the input; blocks never overlap and cover every
    non-blank character."""

    kind: BlockKind
    text: str
    span: Span

    def to_dict(self) -> JsonDict:
        return {"kind": self.kind.value, **_span_dict(self.text, self.span)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Block:
        return cls(BlockKind(d["kind"]), d["text"], _span_of(d))


@attrs.frozen
class Dateline:
    """The wire prefix of the body: ``LONDON, Nov 11 (Reuters) - ``."""

    text: str
    span: Span
    location: str | None = None
    date: str | None = None
    agency: str | None = None
    city: str | None = None
    region: str | None = None

    def to_dict(self) -> JsonDict:
        return {
            **_span_dict(self.text, self.span),
            "location": self.location,
            "date": self.date,
            "agency": self.agency,
            "city": self.city,
            "region": self.region,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Dateline:
        return cls(
            d["text"],
            _span_of(d),
            location=d.get("location"),
            date=d.get("date"),
            agency=d.get("agency"),
            city=d.get("city"),
            region=d.get("region"),
        )


@attrs.frozen
class Credit:
    """A photo credit: ``Photographer: Al Drago/Bloomberg``."""

    text: str
    span: Span
    photographer: str | None = None
    agency: str | None = None

    def to_dict(self) -> JsonDict:
        return {
            **_span_dict(self.text, self.span),
            "photographer": self.photographer,
            "agency": self.agency,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Credit:
        return cls(
            d["text"], _span_of(d), photographer=d.get("photographer"), agency=d.get("agency")
        )


@attrs.frozen
class Caption:
    """A photo caption without its credit; ``date``/``place`` are the
    event's own date and place when the caption states them."""

    text: str
    span: Span
    credit: Credit | None = None
    date: str | None = None
    place: str | None = None

    def to_dict(self) -> JsonDict:
        return {
            **_span_dict(self.text, self.span),
            "credit": None if self.credit is None else self.credit.to_dict(),
            "date": self.date,
            "place": self.place,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Caption:
        credit = d.get("credit")
        return cls(
            d["text"],
            _span_of(d),
            credit=None if credit is None else Credit.from_dict(credit),
            date=d.get("date"),
            place=d.get("place"),
        )


@attrs.frozen
class Paragraph:
    """One body paragraph (the dateline prefix is not part of it)."""

    text: str
    span: Span

    def to_dict(self) -> JsonDict:
        return _span_dict(self.text, self.span)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Paragraph:
        return cls(d["text"], _span_of(d))


@attrs.frozen
class Trailer:
    """A credit line after the story: ``(Reporting by ...; Editing by ...)``.

    ``kind`` is one of ``reporting``, ``assistance``, ``contact``,
    ``copyright``, ``signoff``, ``other``; ``names`` are the people it credits.
    """

    kind: str
    text: str
    span: Span
    names: tuple[str, ...] = ()

    def to_dict(self) -> JsonDict:
        return {"kind": self.kind, **_span_dict(self.text, self.span), "names": list(self.names)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Trailer:
        return cls(d["kind"], d["text"], _span_of(d), tuple(d.get("names", ())))


@attrs.frozen
class Quote:
    """One attribution: content (``text``/``span``), speaker mention, cue,
    and the index of its merged source in ``Article.sources``."""

    text: str
    span: Span
    kind: QuoteKind
    speaker: Mention | None = None
    cue: Mention | None = None
    source: int | None = None

    def to_dict(self) -> JsonDict:
        return {
            **_span_dict(self.text, self.span),
            "kind": self.kind.value,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        return cls(
            d["text"],
            _span_of(d),
            QuoteKind(d["kind"]),
            speaker=_mention_or_none(d.get("speaker")),
            cue=_mention_or_none(d.get("cue")),
            source=d.get("source"),
        )


@attrs.frozen
class Source:
    """A distinct speaker, merged across all its mentions."""

    name: str
    kind: SourceKind
    title: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> JsonDict:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "title": self.title,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        return cls(
            d["name"],
            SourceKind(d["kind"]),
            title=d.get("title"),
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
        )


@attrs.frozen
class Article:
    """Everything newsparse found in one article.

    ``text`` is the input itself; it takes no part in equality and is left out
    of :meth:`to_dict` unless asked for, so JSON output stays small.
    """

    published: str | None = None
    headline: str | None = None
    bylines: tuple[str, ...] = ()
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    sources: tuple[Source, ...] = ()
    warnings: tuple[str, ...] = ()
    trailers: tuple[Trailer, ...] = ()
    blocks: tuple[Block, ...] = ()
    text: str = attrs.field(default="", eq=False, repr=False)

    def to_dict(self, *, include_text: bool = False) -> JsonDict:
        """The SPEC's JSON shape (plus ``trailers`` and ``blocks``)."""
        d: JsonDict = {
            "published": self.published,
            "headline": self.headline,
            "bylines": list(self.bylines),
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "captions": [c.to_dict() for c in self.captions],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "quotes": [q.to_dict() for q in self.quotes],
            "sources": [s.to_dict() for s in self.sources],
            "warnings": list(self.warnings),
            "trailers": [t.to_dict() for t in self.trailers],
            "blocks": [b.to_dict() for b in self.blocks],
        }
        if include_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        """Rebuild an ``Article`` from :meth:`to_dict` output."""
        dateline = d.get("dateline")
        return cls(
            published=d.get("published"),
            headline=d.get("headline"),
            bylines=tuple(d.get("bylines", ())),
            dateline=None if dateline is None else Dateline.from_dict(dateline),
            captions=tuple(Caption.from_dict(c) for c in d.get("captions", ())),
            paragraphs=tuple(Paragraph.from_dict(p) for p in d.get("paragraphs", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            sources=tuple(Source.from_dict(s) for s in d.get("sources", ())),
            warnings=tuple(d.get("warnings", ())),
            trailers=tuple(Trailer.from_dict(t) for t in d.get("trailers", ())),
            blocks=tuple(Block.from_dict(b) for b in d.get("blocks", ())),
            text=d.get("text", ""),
        )

"""The private parse state shared by the stages of the pipeline.

Each stage reads what earlier stages found and adds its own findings; the
frozen :class:`~newsparse.model.Article` is built from it once, at the end.
"""

from __future__ import annotations

import datetime as dt

import attrs

from newsparse.model import (
    Block,
    Caption,
    Dateline,
    Paragraph,
    Quote,
    Source,
    Span,
    Trailer,
)


@attrs.define
class ParseState:
    """Mutable scratch space for one parse; never shared between parses."""

    text: str
    reference_date: dt.date | None = None
    # the units' (paragraph candidates') trimmed spans: ``segment.unit_spans``
    units: list[Span] = attrs.field(factory=list)
    blocks: list[Block] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)
    published: dt.date | None = None
    headline: str | None = None
    bylines: list[str] = attrs.field(factory=list)
    dateline: Dateline | None = None
    captions: list[Caption] = attrs.field(factory=list)
    paragraphs: list[Paragraph] = attrs.field(factory=list)
    trailers: list[Trailer] = attrs.field(factory=list)
    quotes: list[Quote] = attrs.field(factory=list)
    sources: list[Source] = attrs.field(factory=list)
    # ``match_dateline`` without an anchor, by the range it read, with the
    # warnings it gave: the frame stage asks it of the same units several
    # times (``frame._dateline_at``)
    datelines: dict[tuple[int, int], tuple[Dateline | None, list[tuple[str, Span]]]] = attrs.field(
        factory=dict
    )

    # the starts of ``reuter`` and ``enditem`` in the text, any case (the
    # words the tail sign-offs need): ``frame._signoffs_of``
    signoffs: tuple[list[int], list[int]] | None = None

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def warn(self, message: str, span: Span | None = None) -> None:
        """Record a warning; ``span`` (when known) is appended as offsets."""
        if span is not None:
            message = f"{message} (at {span.start}-{span.end})"
        self.warnings.append(message)

    @property
    def anchor_date(self) -> dt.date | None:
        """The date that year-less dates are resolved against."""
        return self.reference_date or self.published

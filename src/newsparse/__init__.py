"""newsparse: wire-style news articles -> datelines, captions, quotes, sources.

>>> import newsparse
>>> article = newsparse.parse_article("PARIS (AFP) - Rain is coming, officials said.")
>>> article.dateline.agency
'AFP'
"""

from __future__ import annotations

from newsparse._pipeline import parse_article
from newsparse.batch import parse_many
from newsparse.captions import parse_caption
from newsparse.dateline import parse_dateline
from newsparse.errors import InputDecodeError, NewsparseError, NewsparseWarning, ParseError
from newsparse.model import (
    Article,
    Block,
    BlockKind,
    Caption,
    Credit,
    Dateline,
    Mention,
    Paragraph,
    Quote,
    QuoteKind,
    Source,
    SourceKind,
    Span,
    Trailer,
)
from newsparse.render import render_html

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Credit",
    "Dateline",
    "InputDecodeError",
    "Mention",
    "NewsparseError",
    "NewsparseWarning",
    "Paragraph",
    "ParseError",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
    "Trailer",
    "parse_article",
    "parse_caption",
    "parse_dateline",
    "parse_many",
    "render_html",
]

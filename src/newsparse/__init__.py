"""newsparse: wire-style news articles -> datelines, captions, quotes, sources.

>>> import newsparse
>>> article = newsparse.parse_article("PARIS (AFP) - Rain is coming, officials said.")
>>> article.dateline.agency
'AFP'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from newsparse._pipeline import parse_article
    from newsparse.batch import parse_many
    from newsparse.captions import parse_caption
    from newsparse.dateline import parse_dateline
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


# The parser (its rule tables and compiled patterns), the batch runner and
# the HTML view load on first use: ``import newsparse`` costs the data model
# only, so a program that imports it and never parses (a command's --help, a
# type annotation, a worker that only unpickles Articles) does not pay for the
# rules. The first ``parse_article`` pays instead; docs/performance.md gives
# both numbers.
_LAZY = {
    "parse_article": "newsparse._pipeline",
    "parse_caption": "newsparse.captions",
    "parse_dateline": "newsparse.dateline",
    "parse_many": "newsparse.batch",
    "render_html": "newsparse.render",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

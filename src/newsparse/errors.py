"""Exceptions and warnings raised by newsparse.

Each exception subclasses the builtin it refines, so callers that already
catch ``ValueError`` or ``TypeError`` keep working.
"""

from __future__ import annotations

__all__ = ["InputDecodeError", "NewsparseError", "NewsparseWarning", "ParseError"]


class NewsparseError(Exception):
    """Base class of every newsparse error."""


class InputDecodeError(NewsparseError, UnicodeDecodeError):
    """``bytes`` input that is not valid UTF-8; the message names the offset."""

    def __init__(self, error: UnicodeDecodeError) -> None:
        super().__init__(error.encoding, error.object, error.start, error.end, error.reason)

    def __str__(self) -> str:
        bad = bytes(self.object[self.start : self.end])
        return f"input is not valid UTF-8: byte {bad!r} at offset {self.start} ({self.reason})"


class ParseError(NewsparseError, ValueError):
    """Raised in ``strict`` mode when the parse produced warnings."""


class NewsparseWarning(UserWarning):
    """Category for recoverable problems reported through ``warnings``."""

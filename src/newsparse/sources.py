"""Sources: speaker mentions merged into distinct sources."""

from __future__ import annotations

from newsparse._state import ParseState


def source_stage(state: ParseState) -> None:
    """Merge mentions into sources (placeholder)."""

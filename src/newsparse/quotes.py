"""Attributions: direct, partial and indirect quotes with speaker and cue."""

from __future__ import annotations

from newsparse._state import ParseState


def quote_stage(state: ParseState) -> None:
    """Find every attribution (placeholder until the attribution stage lands)."""

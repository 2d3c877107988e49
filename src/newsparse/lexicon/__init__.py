"""Vocabularies used by the stages: documented, immutable, never mutated.

Each module holds ``frozenset``/``Mapping`` constants and says where its
entries come from. Stages import them; nothing here changes at run time.
"""

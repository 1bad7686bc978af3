"""What the relation detectors share: the figures of one sentence, the gap text between two
figures, and whether two figures measure the same kind of thing."""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind
from ..recognise.lexicon import SPACE, singular

S = SPACE
MEASURES = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY)
# Nouns whose parts never overlap, so a list of them may be summed ("16,000 children and
# 11,000 women"); other differing nouns ("civilians and children") may overlap.
DISJOINT_NOUNS = ({"man", "woman", "child"}, {"boy", "girl"}, {"man", "woman"})


def usable(fig: Figure) -> bool:
    """A figure with a value a rule can compute with: not a label, bounded on one side."""
    return fig.token.label is None and (fig.interval.lower is not None
                                        or fig.interval.upper is not None)


def same_measure(a: Figure, b: Figure) -> bool:
    """The same kind and, for money and quantities, the same currency or unit."""
    ca, cb = a.claim, b.claim
    if ca.kind is not cb.kind:
        return False
    if ca.kind in (ClaimKind.MONEY, ClaimKind.QUANTITY, ClaimKind.PERCENT):
        return ca.unit == cb.unit
    return True


def noun(fig: Figure) -> str | None:
    return singular(fig.claim.noun.lower()) if fig.claim.noun else None


def nouns_summable(parts: list[Figure]) -> bool:
    """Can these parts be added up: one noun (or none printed), or nouns that never overlap."""
    named = {n for n in (noun(p) for p in parts) if n}
    if len(named) <= 1:
        return True
    return any(named <= group for group in DISJOINT_NOUNS)


def gap(text: str, a: Figure, b: Figure) -> str:
    """The text between two figures (empty when they overlap)."""
    return text[a.end:b.start] if a.end <= b.start else ""


def sentence_figures(figures: list[Figure], index: int) -> list[Figure]:
    return [f for f in figures if f.sentence.index == index]


def by_sentence(figures: list[Figure]) -> dict[int, list[Figure]]:
    out: dict[int, list[Figure]] = {}
    for f in figures:
        out.setdefault(f.sentence.index, []).append(f)
    return out


def words(pattern: str) -> str:
    """A word list written with single spaces, matching any white space the text has."""
    return pattern.replace(" ", S)


def has_digit(text: str) -> bool:
    return bool(re.search(r"\d", text))

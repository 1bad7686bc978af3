"""Ordinal sequences, ranks and orders.

- sequence: enumerating ordinals that open sentences ("First, … Second, … Third, …") run
  1, 2, 3 without a gap or a repeat. Roles: ``previous``, ``next``.
- rank: "the third-largest economy after the US and China": a rank and the entities
  named as ahead of it. Role ``rank``; the cue lists the entities.
- order: "$20m, higher than the $25m of last year": a comparative between two figures of one
  measure. Roles ``greater``, ``lesser``.
"""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind
from .common import S, gap, same_measure, usable
from .relations import Relations

_ENUMERATOR = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                         r"tenth)(?:ly)?$", re.I)
_SUPERLATIVE = re.compile(rf"-(?:largest|biggest|highest|most{S}\w+|best|busiest|"
                          rf"richest|smallest|lowest|worst|poorest|oldest|youngest)\b", re.I)
# "after the US and China", "behind only Germany, Japan and France".
_AHEAD = re.compile(
    rf"\b[\w'’-]+{S}(?:\w+{S}){{0,3}}?(?:after|behind){S}(?:only{S})?(?:the{S})?"
    rf"(?P<names>[A-Z][\w'’.-]*(?:{S}[A-Z][\w'’.-]*)*"
    rf"(?:(?:,{S}|{S}and{S})(?:the{S})?[A-Z][\w'’.-]*(?:{S}[A-Z][\w'’.-]*)*)*)")
_COMPARATIVE = re.compile(
    rf"^[ \t\u00a0]*,?{S}?(?:(?:which{S}is|which{S}was|well|far|much|slightly){S})?"
    rf"(?P<word>higher|larger|bigger|greater|lower|smaller|less|fewer){S}than{S}"
    rf"(?:(?:the|a|an|its|last{S}year's){S})?$", re.I)


def sequences(text: str, figures: list[Figure], relations: Relations) -> None:
    previous: Figure | None = None
    for fig in figures:
        c = fig.claim
        if c.kind is not ClaimKind.ORDINAL or not _ENUMERATOR.match(c.text):
            continue
        if text[fig.sentence.start:fig.start].strip(" \t\n\"“'‘(") or \
                not text[fig.end:fig.end + 1] == ",":
            continue
        if previous is not None:
            relations.add("sequence", {"previous": previous.id, "next": fig.id},
                          f"{previous.claim.text}, … {c.text},")
        previous = fig


def ranks(text: str, figures: list[Figure], relations: Relations) -> None:
    for fig in figures:
        c = fig.claim
        if c.kind is not ClaimKind.ORDINAL or c.value is None or not \
                _SUPERLATIVE.match(text, fig.end):
            continue
        m = _AHEAD.search(text, fig.end, fig.sentence.end)
        if not m or m.start() - fig.end > 50:
            continue
        names = [n for n in re.split(rf",{S}(?:and{S})?|{S}and{S}", m.group("names")) if n]
        relations.add("rank", {"rank": fig.id},
                      f"{c.text}{text[fig.end:m.end()]}|ahead: {' ; '.join(names)}")


def orders(text: str, figures: list[Figure], relations: Relations) -> None:
    for a, b in zip(figures, figures[1:]):
        if a.sentence.index != b.sentence.index or not usable(a) or not usable(b):
            continue
        if a.claim.value is None or b.claim.value is None or not same_measure(a, b) or \
                a.claim.kind not in (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY,
                                     ClaimKind.PERCENT) or b.claim.qualifier:
            continue
        m = _COMPARATIVE.match(gap(text, a, b))
        if not m:
            continue
        bigger = m.group("word").lower() in ("higher", "larger", "bigger", "greater")
        roles = {"greater": a.id, "lesser": b.id} if bigger else {"greater": b.id,
                                                                  "lesser": a.id}
        relations.add("order", roles, re.sub(r"\s+", " ", gap(text, a, b).strip(" ,")))

"""Restatements: one quantity stated twice in one article (headline and body included).

Two figures are taken as the same quantity only on strong evidence, because two different
quantities with the same noun are common ("20 people were killed on Monday … 12 people were
killed in a second blast"):
- both count the same noun in the same state (killed, held …) with the same place,
  attribution and as-of date, and at least one of place or attribution printed; or
- the headline's figure and a body figure with the same noun and state.
Each figure is linked to the first earlier figure with its key. Roles: ``first``, ``second``.
A shared metric key alone is not enough: "revenue was $20m … in 1986 revenue was $15m" share
one, and are two quantities (the expression kind and the cross-source rules use metric keys).
"""

from __future__ import annotations

from ..claims import Figure
from ..models import ClaimKind
from .common import noun, usable
from .relations import Relations

_KINDS = (ClaimKind.COUNT, ClaimKind.MONEY)


def _key(fig: Figure) -> tuple | None:
    c = fig.claim
    if c.kind not in _KINDS or not usable(fig) or c.value is None or c.in_quote:
        return None
    n = noun(fig)
    if not n or not c.states:
        return None
    if not c.place and not c.attribution:
        return None
    return ("noun", c.kind, c.unit if c.kind is ClaimKind.MONEY else None, n,
            tuple(sorted(c.states)), c.place, c.attribution, c.as_of)


def _headline_key(fig: Figure) -> tuple | None:
    c = fig.claim
    n = noun(fig)
    if c.kind not in _KINDS or not usable(fig) or c.value is None or not n or not c.states:
        return None
    return (c.kind, n, tuple(sorted(c.states)))


def restatements(figures: list[Figure], relations: Relations) -> None:
    # Figures a change or a comparison already relates are two values, not one restated.
    compared = {(r.roles.get("new"), r.roles.get("old")) for r in relations.items
                if r.kind == "change"} | {(r.roles.get("greater"), r.roles.get("lesser"))
                                          for r in relations.items if r.kind == "order"}
    compared |= {(b, a) for a, b in compared}
    seen: dict[tuple, Figure] = {}
    headline: dict[tuple, Figure] = {}
    for fig in figures:
        if fig.sentence.headline:
            key = _headline_key(fig)
            if key is not None:
                headline.setdefault(key, fig)
            continue
        key = _key(fig)
        if key is not None:
            first = seen.setdefault(key, fig)
            if first is not fig and (first.sentence.index == fig.sentence.index
                                     or (first.id, fig.id) in compared):
                seen[key] = fig  # the same sentence: two values compared, not restated
            elif first is not fig:
                relations.add("restatement", {"first": first.id, "second": fig.id},
                              f"{key[3]} ({', '.join(key[4])}) again")
                continue
        hk = _headline_key(fig)
        if hk is not None and hk in headline:
            relations.add("restatement", {"first": headline.pop(hk).id, "second": fig.id},
                          "headline and body")

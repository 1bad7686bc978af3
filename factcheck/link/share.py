"""Shares: a percentage or a fraction that restates a part of a whole.

- "13 out of 659 MPs, or 2%": a subset already linked, then the percentage it makes;
- "£4bn, or 8% of the £50bn budget" / "(8% of 659 MPs)": part, percentage, whole;
- "six-in-ten (62%)", "two-thirds, or 64%": a fraction and the percentage it restates.

Roles: ``part``, ``whole``, ``percent`` or ``fraction``, ``percent``.
"""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind, Relation
from .common import S, gap, same_measure, usable
from .relations import Relations

# What may stand between a figure and the percentage restating it.
_RESTATE = re.compile(
    rf"^(?P<words>(?:{S}?[A-Za-z][\w'’-]*){{0,4}})[ \t\u00a0]*(?:\(|,?{S}or|,?{S}(?:representing|"
    rf"accounting{S}for|equivalent{S}to|equal{S}to|i\.e\.|that{S}is)|{S}[-–—]{S}?)"
    rf"(?:{S}(?:just|only|nearly|almost|about|around|some|roughly|over|under|fewer|less|more|"
    rf"than|at|least|most)){{0,3}}[ \t\u00a0]*{S}?$", re.I)
_RESTATE_TIGHT = re.compile(rf"^[ \t\u00a0]*(?:\(|,?{S}or{S}?)[ \t\u00a0]*$", re.I)
# Between a percentage and its whole: "8% of 659 MPs", "8% of the 659", "8% of its $50bn".
_OF_WHOLE = re.compile(rf"^{S}of{S}(?:(?:the|its|their|his|her|a{S}total{S}of|all){S})?$", re.I)


def _percent(fig: Figure) -> bool:
    return fig.claim.kind is ClaimKind.PERCENT and usable(fig) and fig.claim.value is not None


def shares(text: str, figures: list[Figure], relations: Relations,
           existing: list[Relation]) -> None:
    by_id = {f.id: f for f in figures}
    index = {f.id: i for i, f in enumerate(figures)}
    # 1. A subset and the percentage right after it.
    for rel in existing:
        if rel.kind != "subset" or rel.cue.startswith("running"):
            continue  # "200,000 more, bringing its total to 1.2m, or 5.4%": the total's share
        part, whole = by_id[rel.roles["part"]], by_id[rel.roles["whole"]]
        last = part if part.start > whole.start else whole
        k = index[last.id] + 1
        if k < len(figures) and _percent(figures[k]) and \
                figures[k].sentence.index == last.sentence.index:
            pct = figures[k]
            between = gap(text, last, pct)
            if _RESTATE.match(between) and not _OF_WHOLE.match(text[pct.end:pct.end + 8] + " "):
                relations.add("share", {"part": part.id, "whole": whole.id, "percent": pct.id},
                              f"{rel.cue} … {between.strip()} {pct.claim.text}")
    for i, fig in enumerate(figures):
        if not _percent(fig):
            continue
        prev = figures[i - 1] if i else None
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        # 2. "£4bn, or 8% of the £50bn budget": part before, whole after.
        if prev is not None and nxt is not None and prev.sentence.index == fig.sentence.index \
                == nxt.sentence.index and usable(prev) and usable(nxt) and \
                prev.claim.kind in (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY) and \
                _RESTATE.match(gap(text, prev, fig)) and _OF_WHOLE.match(gap(text, fig, nxt)) \
                and (same_measure(prev, nxt) or (prev.claim.kind is ClaimKind.COUNT
                                                 and nxt.claim.kind is ClaimKind.COUNT)):
            relations.add("share", {"part": prev.id, "whole": nxt.id, "percent": fig.id},
                          f"{gap(text, prev, fig).strip()} {fig.claim.text} of")
        # 3. "six-in-ten (62%)" and "62% (six in ten)".
        for other, first in ((prev, True), (nxt, False)):
            if other is None or other.claim.kind is not ClaimKind.FRACTION or \
                    other.sentence.index != fig.sentence.index or other.claim.value is None:
                continue
            between = gap(text, other, fig) if first else gap(text, fig, other)
            if _RESTATE_TIGHT.match(between):
                relations.add("share", {"fraction": other.id, "percent": fig.id},
                              f"{other.claim.text}{between}{fig.claim.text}" if first else
                              f"{fig.claim.text}{between}{other.claim.text}")

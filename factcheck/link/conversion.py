"""Conversions: one amount printed in two currencies or two units.

"$1.13bn (£600m)", "£5.3m, or $10m", "5 km (3 miles)". Roles: ``source`` (printed first) and
``target`` (the conversion). Currency pairs are checked article-wide (one rate for every pair
of the same two currencies); units through pint.
"""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind
from .common import S, gap, usable
from .relations import Relations

_BETWEEN = re.compile(rf"^[ \t\u00a0]*(?:\(|,?{S}or{S}|{S}?/{S}?|{S}?[–—]{S}?)"
                      rf"(?:(?:about|around|roughly|some|approximately|nearly|almost|"
                      rf"approx\.?|c\.|circa|US|equivalent{S}to|worth){S})*$", re.I)
_CLOSE = re.compile(r"^[ \t\u00a0]*(?:\)|,|;|\.|$|\s(?:and|in|for|at|a|an|the|to|on)\b)")
_SUBUNITS = {"USD-cent", "GBP-penny"}


def convertible(a: Figure, b: Figure) -> bool:
    ca, cb = a.claim, b.claim
    if ca.kind is not cb.kind or not ca.unit or not cb.unit or ca.unit == cb.unit:
        return False
    if ca.kind is ClaimKind.MONEY:
        return ca.unit not in _SUBUNITS and cb.unit not in _SUBUNITS
    if ca.kind is ClaimKind.QUANTITY:
        from ..recognise.units import registry
        try:
            reg = registry()
            return reg.parse_units(ca.unit).dimensionality == \
                reg.parse_units(cb.unit).dimensionality
        except Exception:  # pint cannot read one of the units: no conversion to check
            return False
    return False


# A second conversion in the same brackets: "6.8bn rand ($1.2bn; £910m)".
_NEXT_IN_BRACKETS = re.compile(r"^[ \t\u00a0]*;[ \t\u00a0]*$")
_BRACKET_CLOSES = re.compile(r"[ \t\u00a0]*\)")
# The target closes its bracket, or a second amount follows ("$1.2bn; £910m)"); not any comma:
# "(£2m, the rest in shares)" is no conversion of the whole.
_BRACKET_CLOSES_OR_GOES_ON = re.compile(r"[ \t\u00a0]*(?:\)|;[ \t\u00a0]*[£$€¥₹\d])")


def conversions(text: str, figures: list[Figure], relations: Relations) -> None:
    bracketed: tuple[Figure, Figure] | None = None  # (source, target) of an open bracket
    for a, b in zip(figures, figures[1:]):
        opened, bracketed = bracketed, None
        if a.sentence.index != b.sentence.index or not usable(a) or not usable(b):
            continue
        if a.claim.value is None or b.claim.value is None:
            continue
        between = gap(text, a, b)
        if opened and opened[1] is a and _NEXT_IN_BRACKETS.match(between) and \
                _BRACKET_CLOSES.match(text, b.end):
            source = opened[0]
            if convertible(source, b) and b.claim.unit not in (source.claim.unit,
                                                                a.claim.unit):
                relations.add("conversion", {"source": source.id, "target": b.id},
                              f"{source.claim.text} (… {b.claim.text}")
            continue
        if not convertible(a, b) or not _BETWEEN.match(between):
            continue
        if "(" in between and not _BRACKET_CLOSES_OR_GOES_ON.match(text, b.end):
            continue
        if "(" not in between and not _CLOSE.match(text[b.end:b.end + 6]):
            continue
        relations.add("conversion", {"source": a.id, "target": b.id},
                      f"{a.claim.text}{between}{b.claim.text}")
        if "(" in between:
            bracketed = (a, b)

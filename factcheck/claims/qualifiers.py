"""Qualifiers: the words that turn a printed figure into a bound or a hedge.

design.md's semantics, over the interval the printed precision already gives ([lo, hi]):
"at least" → [lo, ∞); "more than", "over" → (lo, ∞); "nearly", "almost", "just under" →
[lo·(1−δ), hi); "about", "around", "some" → [lo·(1−δ), hi·(1+δ)]; "up to", "as many as" →
[0, hi]; "fewer than", "under" → [0, hi). δ is ``approximate-tolerance`` (about, nearly),
configurable.
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..recognise.lexicon import SPACE

from ..intervals import Interval

# The printed words → the bound they make. Longest first, so "just under" wins over "under".
LEADING = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "exceeding": "more_than",
    "topping": "more_than", "surpassing": "more_than",
    "just over": "just_over", "just above": "just_over", "just more than": "just_over",
    "slightly more than": "just_over", "a little over": "just_over",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just below": "nearly",
    "just short of": "nearly", "approaching": "nearly", "not quite": "nearly",
    "slightly less than": "nearly", "a little under": "nearly", "just shy of": "nearly",
    "about": "about", "around": "about", "some": "about", "roughly": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "close to": "about", "circa": "about", "approx.": "about", "approx": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "not more than": "up_to", "a maximum of": "up_to",
    "fewer than": "under", "less than": "under", "under": "under", "below": "under",
    "greater than": "more_than", "larger than": "more_than", "bigger than": "more_than",
    "higher than": "more_than", "lower than": "under", "smaller than": "under",
    "greater than or equal to": "at_least", "more than or equal to": "at_least",
    "less than or equal to": "up_to", "fewer than or equal to": "up_to",
    "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "equal to or less than": "up_to", "at or above": "at_least", "at or below": "up_to",
}
TRAILING = {
    "or more": "at_least", "or over": "at_least", "plus": "at_least", "+": "at_least",
    "and counting": "at_least", "or so": "about", "or fewer": "up_to", "or less": "up_to",
    "or greater": "at_least", "or higher": "at_least", "or above": "at_least",
    "or lower": "up_to", "or below": "up_to",
}

_LEADING_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(LEADING, key=len, reverse=True))
    + rf"){SPACE}(?:of{SPACE})?$", re.I)
_TRAILING_RE = re.compile(
    rf"(?:{SPACE}(or more|or over|and counting|or so|or fewer|or less|or greater|or higher|"
    r"or above|or lower|or below)\b|(-plus)\b|(\+))", re.I)


def leading_qualifier(text_before: str) -> tuple[str, int] | None:
    """The qualifier that ends ``text_before``, and how many characters it takes."""
    m = _LEADING_RE.search(text_before[-40:])
    if not m:
        return None
    return m.group(1), len(text_before[-40:]) - m.start()


def trailing_qualifier(text: str, pos: int) -> tuple[str, int] | None:
    """A qualifier printed after the figure ("100 or more", "50-plus"), and where it ends."""
    m = _TRAILING_RE.match(text, pos)
    if not m:
        return None
    word = next(g for g in m.groups() if g)
    return word.lstrip("-"), m.end()


def bound(qualifier: str | None) -> str | None:
    if qualifier is None:
        return None
    q = qualifier.lower()
    return LEADING.get(q) or TRAILING.get(q)


def apply(interval: Interval, qualifier: str | None, approximate: Fraction) -> Interval:
    """The interval a qualified figure allows (design.md, "Numbers are intervals")."""
    kind = bound(qualifier)
    if kind is None or interval.lower is None or interval.upper is None:
        return interval
    lo, hi, d = interval.lower, interval.upper, approximate
    zero = Fraction(0)
    if kind == "at_least":
        return Interval(lo, None, interval.lower_closed, False)
    if kind == "more_than":
        return Interval(lo, None, False, False)
    if kind == "just_over":
        return Interval(lo, hi + abs(hi) * d, False, True)
    if kind == "nearly":
        return Interval(lo - abs(lo) * d, hi, True, False)
    if kind == "about":
        return Interval(lo - abs(lo) * d, hi + abs(hi) * d)
    if kind == "up_to":
        return Interval(min(zero, lo), hi, True, interval.upper_closed)
    if kind == "under":
        return Interval(min(zero, lo), hi, True, False)
    raise AssertionError(kind)  # pragma: no cover

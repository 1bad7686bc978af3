"""Qualifiers: the words that turn a printed figure into a bound or a hedge.

design.md's semantics, over the interval the printed precision already gives ([lo, hi]):
"at least" → [lo, ∞); "more than", "over" → (lo, ∞); "nearly", "almost", "just under" →
[lo·(1−δ), hi); "about", "around", "some" → [lo·(1−δ), hi·(1+δ)]; "up to", "as many as" →
[0, hi]; "fewer than", "under" → [0, hi). δ is ``approximate-tolerance`` (about, nearly),
configurable.
"equal to", "equals" keep the printed interval. A comparative with "or equal" is inclusive
("bigger or equal than 3965" is [3965, ∞)).
"""

from __future__ import annotations

import re
from fractions import Fraction

from ..intervals import Interval
from ..recognise.lexicon import SPACE

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
    "at least or equal to": "at_least", "at most or equal to": "up_to",
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than",
    "surpass": "more_than", "surpasses": "more_than", "surpassed": "more_than",
    # The figure itself, stated as such: the printed interval stands.
    "equal to": "equal", "equals": "equal", "equals to": "equal", "equaling": "equal",
    "equaling to": "equal", "equalling": "equal", "equalling to": "equal",
}
# Comparatives that bound from below or above; with "or equal" they include the figure.
LOWER_COMPARATIVES = ("more", "greater", "larger", "bigger", "higher")
UPPER_COMPARATIVES = ("less", "fewer", "smaller", "lower")
_OR_EQUAL_FORMS = ("{} than or equal to", "{} or equal to", "{} or equal than",
                   "equal to or {} than")
for _words, _kind in ((LOWER_COMPARATIVES, "at_least"), (UPPER_COMPARATIVES, "up_to")):
    for _word in _words:
        LEADING.update({form.format(_word): _kind for form in _OR_EQUAL_FORMS})
# A strict bound followed by "or equal (to)": "more than 5000 or equal to it".
OR_EQUAL = {"more_than": "at_least", "under": "up_to"}
TRAILING = {
    "or more": "at_least", "or over": "at_least", "plus": "at_least", "+": "at_least",
    "and counting": "at_least", "or so": "about", "or fewer": "up_to", "or less": "up_to",
    "or greater": "at_least", "or higher": "at_least", "or above": "at_least",
    "or lower": "up_to", "or below": "up_to",
    "and more": "at_least", "and over": "at_least", "and above": "at_least",
    "and under": "up_to", "and below": "up_to",
    # "His score is 200 or greater than": the comparison's object left unsaid.
    "or more than": "at_least", "or greater than": "at_least", "or higher than": "at_least",
    "or less than": "up_to", "or fewer than": "up_to", "or lower than": "up_to",
}
LOWER_BOUNDS = {"at_least", "more_than"}
UPPER_BOUNDS = {"up_to", "under"}
# Hedges a trailing bound overrides: "about 500 or more" is at least 500.
OVERRIDDEN_BY_TRAILING_BOUND = {"about", "equal"}

_LEADING_RE = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(LEADING, key=len, reverse=True))
    + rf"){SPACE}(?:of{SPACE})?$", re.I)
# Not before "than": in "200 or greater than 190" and "5000 or less than 6000" the words
# open the next figure's bound. "And over", "and more" ... are bounds only where they end the
# phrase ("aged 65 and over"), not where the word starts one of its own ("10 and over the
# years", "20 and more were hurt", "and more importantly").
_NOT_THAN = rf"(?!{SPACE}than\b)"
_ENDS_THE_PHRASE = (rf"(?!{SPACE}(?:than|the|an?|its|their|his|her|this|that|these|those|were|"
                    r"are|was|is|have|has|had|will|would|could|may|might|can|\w+ly)\b)")
_TRAILING_RE = re.compile(
    rf"(?:{SPACE}(or{SPACE}more|or{SPACE}over|and{SPACE}counting|or{SPACE}so|or{SPACE}fewer|"
    rf"or{SPACE}less|or{SPACE}greater|or{SPACE}higher|or{SPACE}above|or{SPACE}lower|"
    rf"or{SPACE}below)\b{_NOT_THAN}"
    rf"|{SPACE}(and{SPACE}(?:more|over|above|under|below))\b{_ENDS_THE_PHRASE}"
    rf"|{SPACE}(or{SPACE}(?:more|greater|higher|less|fewer|lower){SPACE}than)(?=\s*(?:[.,;:!?)]|$))"
    r"|(-plus)\b|(\+))", re.I)
_OR_EQUAL_RE = re.compile(rf"{SPACE}or{SPACE}equal(?:{SPACE}to)?\b", re.I)


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
    return re.sub(r"\s+", " ", word.lstrip("-")), m.end()


def bound(qualifier: str | None) -> str | None:
    if qualifier is None:
        return None
    q = qualifier.lower()
    if q.endswith(" or equal to") and q not in LEADING:
        return OR_EQUAL.get(bound(q.removesuffix(" or equal to")))
    return LEADING.get(q) or TRAILING.get(q)


def apply(interval: Interval, qualifier: str | None, approximate: Fraction) -> Interval:
    """The interval a qualified figure allows (design.md, "Numbers are intervals")."""
    kind = bound(qualifier)
    if kind is None or interval.lower is None or interval.upper is None:
        return interval
    lo, hi, d = interval.lower, interval.upper, approximate
    zero = Fraction(0)
    if kind == "equal":
        return interval
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


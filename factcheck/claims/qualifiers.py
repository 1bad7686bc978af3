"""Qualifiers: the words that turn a printed figure into a bound or a hedge.

design.md's semantics, over the interval the printed precision already gives ([lo, hi]):
"at least" → [lo, ∞); "more than", "over" → (lo, ∞); "nearly", "almost", "just under" →
[lo·(1−δ), hi); "about", "around", "some" → [lo·(1−δ), hi·(1+δ)]; "up to", "as many as" →
[0, hi]; "fewer than", "under" → [0, hi). δ is ``approximate-tolerance`` (about, nearly),
configurable.
"equal to", "equals" keep the printed interval. A comparative with "or equal" is inclusive
("bigger or equal than 3965" is [3965, ∞)). ``combine`` settles what one figure's words cannot:
a trailing bound over a leading hedge ("about 500 or more" is [500, ∞)), "more than 5000 or
equal to", and two bounds facing each other as one range ("above 1000 and below 1500").
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from ..intervals import Interval, as_float, record_fields
from ..models import ClaimKind, Document
from ..recognise.lexicon import LEADING_QUALIFIERS as LEADING
from ..recognise.lexicon import SCALE_ABBREVIATIONS, SPACE
from ..recognise.numbers import RANGE_FROM_BEFORE

if TYPE_CHECKING:
    from ..recognise.tokens import NumberToken
    from . import Figure

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


# -- qualifiers that span two figures, or a figure and the words after its bound ----------------

# Between two facing bounds: "above 1000 and below 1500", "at most 100, at least 20".
_BOUND_JOINER = re.compile(r"\s*,?\s*(?:(?:and|but)\s+)?", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?", re.I)
_TO_THE = re.compile(r"\s+to\s+(?:the\s+)?", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# Two ordinals make a range of ranks ("between eighth and 15th place"), not where they name
# two things ("between the second and fourth quarters", "the first and second tier").
_RANK_AFTER = re.compile(r"\s+(?:place|position|spot|rank)s?\b|(?!\s+[a-z])", re.I)
_NO_VALUE_KINDS = {ClaimKind.DATE, ClaimKind.TIME, ClaimKind.SCORE}


def combine(doc: Document, figures: list[Figure]) -> list[Figure]:
    """Settle qualifiers that one figure's own words cannot: a trailing bound over a leading
    hedge ("about 500 or more"), a strict bound made inclusive ("more than 5000 or equal to"),
    and two figures that make one range: facing bounds ("more than 10 and less than 40",
    consistent ones only) and range phrases the recogniser leaves apart because an end is
    spelled or an ordinal ("between negative ten and fifteen", "between the tenth and the
    fifteenth"). Claim ids are renumbered when figures merge."""
    figures = [_settle_trailing(doc, fig, figures[i + 1] if i + 1 < len(figures) else None)
               for i, fig in enumerate(figures)]
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        pair = figures[i:i + 2]
        merged = _merge(doc, *pair) if len(pair) == 2 and \
            pair[0].sentence.index == pair[1].sentence.index else None
        out.append(merged or figures[i])
        i += 2 if merged else 1
    if len(out) != len(figures):
        for k, fig in enumerate(out, 1):
            fig.claim.id = f"c{k}"
    return out


def _settle_trailing(doc: Document, fig: Figure, following: Figure | None) -> Figure:
    text, claim, token = doc.text, fig.claim, fig.token
    kind = bound(claim.qualifier)
    if token.value is None or kind is None or not token.interval.bounded:
        return fig
    if kind in OVERRIDDEN_BY_TRAILING_BOUND:
        trail = trailing_qualifier(text, token.end)
        if trail and bound(trail[0]) in LOWER_BOUNDS | UPPER_BOUNDS:
            word, end = trail
            return _requalified(doc, fig, word.lower(), fig.start, end)
    elif kind in OR_EQUAL:
        m = _OR_EQUAL_RE.match(text, fig.end)
        # "more than 5000 or equal to 6000": the words open the next figure.
        if m and not (following and not text[m.end():following.start].strip()):
            return _requalified(doc, fig, f"{claim.qualifier} or equal to", fig.start, m.end())
    return fig


def _requalified(doc: Document, fig: Figure, qualifier: str, start: int, end: int) -> Figure:
    interval = apply(fig.token.interval, qualifier, Fraction(0))
    claim = fig.claim.model_copy(update={
        "text": doc.text[start:end], "qualifier": qualifier, **record_fields(interval),
        **doc.location(start, end)})
    return replace(fig, claim=claim, interval=interval, start=start, end=end)


# The most a joiner and the second figure's bound words take ("…, lower or equal than ").
_MAX_GAP = 60


def _merge(doc: Document, a: Figure, b: Figure) -> Figure | None:
    if b.token.start - a.end > _MAX_GAP:
        return None
    return _facing_bounds(doc, a, b) or _range_phrase(doc, a, b)


def _bound_of(text: str, fig: Figure) -> tuple[str, str, int, Interval] | None:
    """A figure's bound: its kind, words, start and interval. An ordinal's bound may name it
    with "the" ("higher than the tenth"); a figure read as a year takes one too, so that
    "above 1000 and below 1500" is a range of counts."""
    claim, token = fig.claim, fig.token
    if claim.qualifier:
        kind = bound(claim.qualifier)
        return (kind, claim.qualifier, fig.start, fig.interval) if kind else None
    if token.value is None or claim.kind not in (ClaimKind.ORDINAL, ClaimKind.YEAR) \
            or token.label not in (None, "year") or not token.interval.bounded:
        return None
    start = token.start
    the = _THE_BEFORE.search(text, max(0, start - 8), start)
    if the and claim.kind is ClaimKind.ORDINAL:
        start = the.start()
    lead = leading_qualifier(text[max(0, start - 40):start])
    if not lead:
        return None
    word = lead[0].lower()
    kind = bound(word)
    return kind, word, start - lead[1], apply(token.interval, word, Fraction(0))


def _facing_bounds(doc: Document, a: Figure, b: Figure) -> Figure | None:
    """'more than 10 and less than 40' → (10, 40); 'at most 100 and at least 20' → [20, 100]."""
    text = doc.text
    bound_a = _bound_of(text, a)
    bound_b = bound_a and _bound_of(text, b)
    if not bound_a or not bound_b or not _BOUND_JOINER.fullmatch(text, a.end, bound_b[2]) \
            or a.end == bound_b[2]:
        return None
    if bound_a[0] in LOWER_BOUNDS and bound_b[0] in UPPER_BOUNDS:
        (low, low_bound), (high, high_bound) = (a, bound_a), (b, bound_b)
    elif bound_a[0] in UPPER_BOUNDS and bound_b[0] in LOWER_BOUNDS:
        (low, low_bound), (high, high_bound) = (b, bound_b), (a, bound_a)
    else:
        return None
    measure = _common_measure(a, b)
    if measure is None:
        return None
    lo_iv, hi_iv = low_bound[3], high_bound[3]
    lower, upper = lo_iv.lower, hi_iv.upper
    if lower is None or upper is None or lower > upper or (
            lower == upper and not (lo_iv.lower_closed and hi_iv.upper_closed)):
        return None  # "more than 40 and less than 10": two claims
    interval = Interval(lower, upper, lo_iv.lower_closed, hi_iv.upper_closed)
    return _joined(doc, a, b, bound_a[2], b.end, interval,
                   [low.token.value, high.token.value], measure,
                   f"{bound_a[1]} … {bound_b[1]}")


def _range_phrase(doc: Document, a: Figure, b: Figure) -> Figure | None:
    """'between negative ten and fifteen', 'from one thousand to one thousand and five
    hundred': ranges the recogniser joins itself when both ends are printed in digits."""
    text, ta, tb = doc.text, a.token, b.token
    if a.claim.qualifier or b.claim.qualifier or ta.value is None or tb.value is None:
        return None
    if not (ta.spelled or tb.spelled or a.claim.kind is ClaimKind.ORDINAL):
        return None
    if a.claim.kind is ClaimKind.ORDINAL and not _RANK_AFTER.match(text, tb.end):
        return None
    before = text[max(0, ta.start - 24):ta.start]
    if _BETWEEN_BEFORE.search(before):
        joiner = _AND_THE
    elif RANGE_FROM_BEFORE.search(before):
        joiner = _TO_THE
    else:
        return None
    if not joiner.fullmatch(text, ta.end, tb.start):
        return None
    measure = _common_measure(a, b)
    if measure is None or ClaimKind.YEAR in (a.claim.kind, b.claim.kind):
        return None
    # "between six and seven billion": the second end's scale applies to a first without one,
    # unless the first is whole as printed ("between 700,000 and one million").
    low = ta.value * _scale(tb) if _scale(ta) == 1 else ta.value
    if low >= tb.value:
        low = ta.value
    if low >= tb.value:
        return None
    return _joined(doc, a, b, a.start, b.end, Interval(low, tb.value), [low, tb.value],
                   measure, None)


def _scale(token: NumberToken) -> int:
    """The scale word a figure is printed with (a million for "seven million"), else 1."""
    scales = [SCALE_ABBREVIATIONS[w] for w in re.findall(r"[a-z]+", token.text.lower())
              if w in SCALE_ABBREVIATIONS and SCALE_ABBREVIATIONS[w] >= 1000]
    return max(scales, default=1)


def _common_measure(a: Figure, b: Figure) -> tuple[ClaimKind, str | None] | None:
    """The kind and unit two figures share (a figure read as a year takes its partner's)."""
    ka, kb = a.claim.kind, b.claim.kind
    if ka in _NO_VALUE_KINDS or kb in _NO_VALUE_KINDS:
        return None
    if ka is ClaimKind.YEAR and kb is not ClaimKind.YEAR:
        ka = kb
    elif kb is ClaimKind.YEAR and ka is not ClaimKind.YEAR:
        kb = ka
    ua, ub = a.claim.unit, b.claim.unit
    if ka is not kb or (ua and ub and ua != ub):
        return None
    return ka, ua or ub


def _joined(doc: Document, a: Figure, b: Figure, start: int, end: int, interval: Interval,
            parts: list, measure: tuple[ClaimKind, str | None],
            qualifier: str | None) -> Figure:
    """One range claim from two figures: the first's context, the noun of either."""
    text = doc.text
    kind, unit = measure
    # As for "10-20": the range is as precise as its upper end is printed.
    upper_end = b if b.token.value == max(parts) else a
    token = replace(a.token, end=b.token.end, text=text[a.token.start:b.token.end], kind=kind,
                    unit=a.token.unit or b.token.unit, value=None,
                    interval=Interval(min(parts), max(parts)), parts=list(parts),
                    rounding_unit=upper_end.token.rounding_unit, label=None,
                    noun_hint=b.token.noun_hint or a.token.noun_hint)
    ca, cb = a.claim, b.claim
    claim = ca.model_copy(update={
        "text": text[start:end], "number_text": token.text, "value": None,
        **record_fields(interval), "qualifier": qualifier, "kind": kind, "unit": unit,
        "rounding_unit": as_float(token.rounding_unit), "noun": cb.noun or ca.noun,
        "subject": cb.subject or ca.subject,
        "states": ca.states + [s for s in cb.states if s not in ca.states],
        "place": ca.place or cb.place, "attribution": ca.attribution or cb.attribution,
        **doc.location(start, end)})
    return replace(a, claim=claim, interval=interval, start=start, end=end, token=token)

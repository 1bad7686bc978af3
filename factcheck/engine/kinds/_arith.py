"""Interval arithmetic and verdict helpers the rule kinds share, and the words of a proof.

Products and quotients close their ends (a wider interval can only turn an inconsistent
verdict into an undetermined one, never the reverse), so they stay sound.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Iterable

from ...claims import Figure
from ...intervals import Interval, Verdict, at_most, equal, format_number, to_fraction, within
from ...models import ClaimKind

INF = float("inf")


def _ends(iv: Interval) -> tuple[Fraction | float, Fraction | float]:
    return (-INF if iv.lower is None else iv.lower, INF if iv.upper is None else iv.upper)


def _product(a, b):
    if a == 0 or b == 0:
        return Fraction(0)
    if isinstance(a, float) or isinstance(b, float):
        return INF if (a > 0) == (b > 0) else -INF
    return a * b


def _interval(values: Iterable) -> Interval:
    vals = list(values)
    lo, hi = min(vals), max(vals)
    return Interval(None if lo == -INF else Fraction(lo), None if hi == INF else Fraction(hi))


def mul(a: Interval, b: Interval) -> Interval:
    (a1, a2), (b1, b2) = _ends(a), _ends(b)
    return _interval(_product(x, y) for x in (a1, a2) for y in (b1, b2))


def reciprocal(b: Interval) -> Interval | None:
    """1/b, or None when b holds zero (the quotient is then unbounded)."""
    if b.contains(0):
        return None
    b1, b2 = _ends(b)
    inv = [Fraction(0) if isinstance(x, float) else 1 / x for x in (b1, b2)]
    return _interval(inv)


def div(a: Interval, b: Interval) -> Interval:
    r = reciprocal(b)
    return Interval(None, None) if r is None else mul(a, r)


def negate(v: Verdict) -> Verdict:
    return {Verdict.CONSISTENT: Verdict.INCONSISTENT, Verdict.INCONSISTENT: Verdict.CONSISTENT,
            Verdict.UNDETERMINED: Verdict.UNDETERMINED}[v]


def compare(op: str, a: Interval, b: Interval) -> Verdict:
    if op == "<=":
        return at_most(a, b)
    if op == ">=":
        return at_most(b, a)
    if op == "<":
        return negate(at_most(b, a))
    if op == ">":
        return negate(at_most(a, b))
    if op == "==":
        return equal(a, b)
    if op == "!=":
        return negate(equal(a, b))
    raise ValueError(op)


def agree(value: Interval, allowed: Interval) -> Verdict:
    """value ∈ allowed: inconsistent when they share no value."""
    return within(value, allowed)


def printed(fig: Figure, rounding: Iterable[str] = ("nearest", "truncate"),
            round_counts: bool = True, min_round: int = 1000,
            hedged: bool = True) -> Interval:
    """The values a printed figure allows, given how its writer may have rounded it.

    A figure printed with a scale word, decimals or a percent sign is already the interval of
    its printed precision ([v − u/2, v + u/2]); truncation adds the half unit above it. A
    count with trailing zeros ("24,000") may be rounded to its last non-zero digit when
    ``round_counts`` and it is at least ``min_round`` (1,000) with two trailing zeros (1,200; 24,000): "20
    cases" and "100 kg" are taken as printed. Hedged figures ("about", "at least") keep the qualifier's interval.
    """
    iv, c = fig.interval, fig.claim
    if not hedged and c.qualifier and fig.token.interval.bounded:
        # "up to $43.1m (£23.1m)": the hedge is on the amount, not on the conversion.
        iv = fig.token.interval
        c = c.model_copy(update={"qualifier": None})
    rounding = set(rounding)
    unit = to_fraction(c.rounding_unit) if c.rounding_unit else None
    if c.qualifier or c.value is None or unit is None:
        return iv
    v = to_fraction(c.value)
    if not iv.bounded:
        return iv
    width = iv.upper - iv.lower  # type: ignore[operator]
    if width < unit:
        # Printed more finely than its trailing zeros: "24,000", "32,000 tonnes".
        if not (round_counts and unit >= min(100, max(min_round, 10)) and abs(v) >= min_round and c.kind in (
                ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY)):
            return iv
    elif width != unit:
        return iv  # an interval that is not plain printed precision: leave it
    lo = v - unit / 2 if "nearest" in rounding else v
    hi = v + unit if "truncate" in rounding else v + unit / 2
    return Interval(lo, hi)


def total(intervals: Iterable[Interval]) -> Interval:
    out = Interval.exact(0)
    for iv in intervals:
        out = out + iv
    return out


def holds_word(verdict: Verdict) -> str:
    return {Verdict.CONSISTENT: "holds", Verdict.INCONSISTENT: "does not hold",
            Verdict.UNDETERMINED: "may hold (the intervals overlap)"}[verdict]


def num(value: Fraction | None, digits: int = 4) -> str:
    if value is None:
        return "∞"
    f = to_fraction(value)
    if f and abs(f) < Fraction(1, 100):
        return f"{float(f):.3g}"  # 1.88e-06, not 0
    if abs(f) >= 1000 or f.denominator == 1:
        return format_number(round(f) if abs(f) >= 1000 else f)
    return format_number(f, digits)


def show(iv: Interval, digits: int = 4) -> str:
    """An interval as an editor reads it: one figure when exact, else [lo, hi]."""
    if iv.is_exact:
        return num(iv.lower, digits)
    left = "[" if iv.lower_closed and iv.lower is not None else "("
    right = "]" if iv.upper_closed and iv.upper is not None else ")"
    lo = "-∞" if iv.lower is None else num(iv.lower, digits)
    return f"{left}{lo}, {num(iv.upper, digits)}{right}"


def scale_slip(ratio: Interval) -> bool:
    """Is a ratio between two figures a power of a thousand (million for billion)?"""
    if ratio.lower is None or ratio.upper is None or ratio.lower <= 0:
        return False
    for k in (1000, 10**6, Fraction(1, 1000), Fraction(1, 10**6)):
        if ratio.lower >= k * Fraction(9, 10) and ratio.upper <= k * Fraction(11, 10):
            return True
    return False


def point(fig: Figure) -> Interval:
    """The figure as printed, without its rounding: what an editor recomputes with."""
    if fig.claim.value is not None and fig.interval.bounded:
        return Interval.exact(to_fraction(fig.claim.value))
    return fig.interval

"""Numbers as intervals, and three-valued verdicts over them.

Every claim's value is an interval: "at least 41,252" is [41252, inf), "25%" printed to the
unit is [24.5, 25.5). A relation checked over intervals is *consistent* when it holds for every
value the intervals allow, *inconsistent* when it holds for none, and *undetermined* otherwise.
Only an inconsistent relation may become an error: that is what keeps rounding and hedges from
raising false alarms.

Ends are exact ``Fraction`` values so that sums of rounded figures never drift by a float ulp.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Iterable

Number = Fraction | int | float | Decimal | str


def to_fraction(value: Number) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float):
        # Through the shortest repr, so 0.1 is 1/10 and not the binary neighbour.
        return Fraction(Decimal(repr(value)))
    return Fraction(value)


class Verdict(str, Enum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    UNDETERMINED = "undetermined"

    @staticmethod
    def all_of(verdicts: Iterable["Verdict"]) -> "Verdict":
        """The verdict of a conjunction: inconsistent if any part is, consistent if all are."""
        seen = set(verdicts)
        if Verdict.INCONSISTENT in seen:
            return Verdict.INCONSISTENT
        if Verdict.UNDETERMINED in seen:
            return Verdict.UNDETERMINED
        return Verdict.CONSISTENT


@dataclass(frozen=True)
class Interval:
    """A set of reals: ``lower``/``upper`` of None mean unbounded on that side."""

    lower: Fraction | None
    upper: Fraction | None
    lower_closed: bool = True
    upper_closed: bool = True

    def __post_init__(self) -> None:
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ValueError(f"empty interval: lower {self.lower} > upper {self.upper}")

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def exact(cls, value: Number) -> "Interval":
        v = to_fraction(value)
        return cls(v, v)

    @classmethod
    def closed(cls, lower: Number, upper: Number) -> "Interval":
        return cls(to_fraction(lower), to_fraction(upper))

    @classmethod
    def half_open(cls, lower: Number, upper: Number) -> "Interval":
        """[lower, upper): the set of values that round half-up to a printed figure."""
        return cls(to_fraction(lower), to_fraction(upper), True, False)

    @classmethod
    def at_least(cls, value: Number) -> "Interval":
        return cls(to_fraction(value), None, True, False)

    @classmethod
    def more_than(cls, value: Number) -> "Interval":
        return cls(to_fraction(value), None, False, False)

    @classmethod
    def rounded(cls, value: Number, unit: Number) -> "Interval":
        """The values that print as ``value`` when rounded to the nearest ``unit``.

        Half-up and half-even rounding disagree only on which end is closed; both ends are
        taken as closed here so neither convention can turn a consistent figure into an error.
        """
        v, half = to_fraction(value), to_fraction(unit) / 2
        return cls(v - half, v + half)

    # -- properties -----------------------------------------------------------------------
    @property
    def is_exact(self) -> bool:
        return self.lower is not None and self.lower == self.upper

    @property
    def bounded(self) -> bool:
        return self.lower is not None and self.upper is not None

    @property
    def midpoint(self) -> Fraction | None:
        if not self.bounded:
            return self.lower if self.lower is not None else self.upper
        return (self.lower + self.upper) / 2  # type: ignore[operator]

    def contains(self, value: Number) -> bool:
        v = to_fraction(value)
        if self.lower is not None and (v < self.lower or (v == self.lower and not self.lower_closed)):
            return False
        if self.upper is not None and (v > self.upper or (v == self.upper and not self.upper_closed)):
            return False
        return True

    def meets(self, other: "Interval") -> bool:
        """Do the two intervals share at least one value?"""
        return not (_entirely_below(self, other) or _entirely_below(other, self))

    # -- arithmetic (interval arithmetic, sound: the result holds every possible value) --------
    def __add__(self, other: "Interval") -> "Interval":
        lo = None if self.lower is None or other.lower is None else self.lower + other.lower
        hi = None if self.upper is None or other.upper is None else self.upper + other.upper
        return Interval(lo, hi, self.lower_closed and other.lower_closed,
                        self.upper_closed and other.upper_closed)

    def __sub__(self, other: "Interval") -> "Interval":
        return self + other.negate()

    def negate(self) -> "Interval":
        return Interval(None if self.upper is None else -self.upper,
                        None if self.lower is None else -self.lower,
                        self.upper_closed, self.lower_closed)

    def scale(self, factor: Number) -> "Interval":
        f = to_fraction(factor)
        if f == 0:
            return Interval.exact(0)
        lo = None if self.lower is None else self.lower * f
        hi = None if self.upper is None else self.upper * f
        if f > 0:
            return Interval(lo, hi, self.lower_closed, self.upper_closed)
        return Interval(hi, lo, self.upper_closed, self.lower_closed)

    def widen(self, relative: Number) -> "Interval":
        """Widen both finite ends by ``relative`` of their magnitude (a tolerance)."""
        r = to_fraction(relative)
        lo = None if self.lower is None else self.lower - abs(self.lower) * r
        hi = None if self.upper is None else self.upper + abs(self.upper) * r
        return Interval(lo, hi, self.lower_closed, self.upper_closed)

    # -- display --------------------------------------------------------------------------
    def __str__(self) -> str:
        if self.is_exact:
            return format_number(self.lower)  # type: ignore[arg-type]
        left = "[" if self.lower_closed and self.lower is not None else "("
        right = "]" if self.upper_closed and self.upper is not None else ")"
        lo = "-∞" if self.lower is None else format_number(self.lower)
        hi = "∞" if self.upper is None else format_number(self.upper)
        return f"{left}{lo}, {hi}{right}"


def _entirely_below(a: Interval, b: Interval) -> bool:
    """Is every value of ``a`` strictly below every value of ``b``?"""
    if a.upper is None or b.lower is None:
        return False
    if a.upper < b.lower:
        return True
    return a.upper == b.lower and not (a.upper_closed and b.lower_closed)


def at_most(a: Interval, b: Interval) -> Verdict:
    """The verdict of ``a <= b``."""
    if a.upper is not None and b.lower is not None and a.upper <= b.lower:
        return Verdict.CONSISTENT
    if _entirely_below(b, a):
        return Verdict.INCONSISTENT
    return Verdict.UNDETERMINED


def equal(a: Interval, b: Interval) -> Verdict:
    """The verdict of ``a == b``: consistent only when both are the same single value."""
    if not a.meets(b):
        return Verdict.INCONSISTENT
    if a.is_exact and b.is_exact:
        return Verdict.CONSISTENT
    return Verdict.UNDETERMINED


def within(value: Interval, allowed: Interval) -> Verdict:
    """The verdict of ``value ∈ allowed`` for every value (consistent) or none (inconsistent)."""
    if not value.meets(allowed):
        return Verdict.INCONSISTENT
    inside_low = allowed.lower is None or (
        value.lower is not None
        and (value.lower > allowed.lower
             or (value.lower == allowed.lower and (allowed.lower_closed or not value.lower_closed))))
    inside_high = allowed.upper is None or (
        value.upper is not None
        and (value.upper < allowed.upper
             or (value.upper == allowed.upper and (allowed.upper_closed or not value.upper_closed))))
    return Verdict.CONSISTENT if inside_low and inside_high else Verdict.UNDETERMINED


def power_of_ten_apart(a: Interval, b: Interval) -> int | None:
    """10, 100 or 1000 when the two midpoints are that factor apart (within 5%): the mark of
    a slipped scale ("£9.4 million" for "£94 million")."""
    ma, mb = a.midpoint, b.midpoint
    if ma and mb and ma > 0 and mb > 0:
        r = max(ma, mb) / min(ma, mb)
        for p in (10, 100, 1000):
            if abs(r - p) / p < Fraction(1, 20):
                return p
    return None


def format_number(value: Fraction | int | float | None, digits: int = 6) -> str:
    """A figure as an editor would write it: 41,252 or 0.333333; never 1.0e+05."""
    if value is None:
        return "∞"
    f = to_fraction(value)
    if f.denominator == 1:
        return f"{f.numerator:,}"
    text = f"{float(f):,.{digits}f}".rstrip("0").rstrip(".")
    return text


def as_float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def record_fields(interval: Interval) -> dict:
    """An interval as a claim record prints it: float ends, and whether each finite end is
    included."""
    return {"lower": as_float(interval.lower), "upper": as_float(interval.upper),
            "lower_inclusive": interval.lower_closed and interval.lower is not None,
            "upper_inclusive": interval.upper_closed and interval.upper is not None}

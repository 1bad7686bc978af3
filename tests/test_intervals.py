"""Interval arithmetic is sound and verdicts are what design.md says they are."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, strategies as st

from factcheck.intervals import Interval, Verdict, at_most, equal, within

values = st.fractions(min_value=-10**6, max_value=10**6, max_denominator=1000)


@st.composite
def intervals(draw):
    a, b = sorted((draw(values), draw(values)))
    lower = None if draw(st.integers(0, 9)) == 0 else a
    upper = None if draw(st.integers(0, 9)) == 0 else b
    return Interval(lower, upper, draw(st.booleans()) or lower is None,
                    draw(st.booleans()) or upper is None)


@st.composite
def member(draw, interval: Interval):
    """A value inside ``interval`` (open ends avoided by a small step)."""
    lo = interval.lower if interval.lower is not None else (
        interval.upper - 100 if interval.upper is not None else Fraction(0))
    hi = interval.upper if interval.upper is not None else lo + 100
    t = draw(st.fractions(min_value=0, max_value=1, max_denominator=97))
    x = lo + (hi - lo) * t
    if not interval.contains(x):
        x = (lo + hi) / 2
    return x


@given(intervals(), intervals(), st.data())
def test_sum_holds_every_sum_of_members(a, b, data):
    x, y = data.draw(member(a)), data.draw(member(b))
    if a.contains(x) and b.contains(y):
        assert (a + b).contains(x + y)


@given(intervals(), values, st.data())
def test_scale_holds_every_scaled_member(a, factor, data):
    x = data.draw(member(a))
    if a.contains(x):
        assert a.scale(factor).contains(x * factor)


@given(intervals(), intervals(), st.data())
def test_at_most_verdict_is_sound(a, b, data):
    verdict = at_most(a, b)
    x, y = data.draw(member(a)), data.draw(member(b))
    if not (a.contains(x) and b.contains(y)):
        return
    if verdict is Verdict.CONSISTENT:
        assert x <= y
    if verdict is Verdict.INCONSISTENT:
        assert x > y


def test_design_md_examples():
    assert str(Interval.at_least(41252)) == "[41,252, ∞)"
    assert str(Interval.more_than(30)) == "(30, ∞)"
    assert str(Interval.rounded(25, 1)) == "[24.5, 25.5]"
    assert at_most(Interval.exact(97), Interval.exact(251)) is Verdict.CONSISTENT
    assert at_most(Interval.exact(297), Interval.exact(251)) is Verdict.INCONSISTENT
    # A hedge never makes an error: "at least 300" against 251 is undetermined only if it
    # could hold; it cannot, so it is inconsistent; "about 260" could be below 251.
    assert at_most(Interval.at_least(300), Interval.exact(251)) is Verdict.INCONSISTENT
    assert at_most(Interval.exact(260).widen(Fraction(1, 10)), Interval.exact(251)) \
        is Verdict.UNDETERMINED
    assert equal(Interval.rounded(25, 1), Interval.exact(Fraction(253, 10))) \
        is Verdict.UNDETERMINED
    assert within(Interval.exact(11), Interval.half_open(Fraction(21, 2), 12)) \
        is Verdict.CONSISTENT
    assert within(Interval.exact(12), Interval.half_open(Fraction(21, 2), 12)) \
        is Verdict.INCONSISTENT


def test_conjunction():
    assert Verdict.all_of([Verdict.CONSISTENT, Verdict.UNDETERMINED]) is Verdict.UNDETERMINED
    assert Verdict.all_of([Verdict.INCONSISTENT, Verdict.UNDETERMINED]) is Verdict.INCONSISTENT
    assert Verdict.all_of([]) is Verdict.CONSISTENT

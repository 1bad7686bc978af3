"""Hypothesis properties per rule kind: a consistent article raises nothing; a perturbation
beyond tolerance raises the rule, with its arithmetic."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st

from factcheck import check_text
from factcheck.recognise.calendar import WEEKDAY_NAMES, months_between
from test_recognise import in_words

QUALIFIED_WHOLE = st.sampled_from(["", "at least ", "more than ", "about ", "nearly "])


def _rules(report):
    return [f.rule for f in report.findings]


@settings(deadline=None)  # the machine may be busy: no flaky deadline
@given(st.integers(1, 10**6), st.data())
def test_subset_consistent_raises_nothing(whole, data):
    part = data.draw(st.integers(0, whole))
    spelled = data.draw(st.booleans()) and part < 10**6
    printed = in_words(part) if spelled else f"{part:,}"
    text = f"Militants seized {whole:,} hostages, {printed} of whom are still held in Gaza."
    report = check_text(text)
    assert "AR001" not in _rules(report)
    [check] = [c for c in report.checks if c.rule == "AR001"]
    # "one thousand" is as precise as its scale word, so it may only be undetermined;
    # "one thousand one" is exact.
    scaled = spelled and part >= 1000 and part % 1000 == 0
    assert check.verdict == ("undetermined" if scaled and part == whole else "consistent") \
        or (scaled and check.verdict == "undetermined")


@settings(deadline=None)  # the machine may be busy: no flaky deadline
@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_subset_part_beyond_whole_raises(whole, excess):
    text = f"Militants seized {whole:,} hostages, {whole + excess:,} of whom are still held."
    report = check_text(text)
    [finding] = [f for f in report.findings if f.rule == "AR001"]
    assert finding.arithmetic == f"{whole + excess:,} > {whole:,}"


@settings(deadline=None)  # the machine may be busy: no flaky deadline
@given(st.integers(100, 10**6), QUALIFIED_WHOLE)
def test_hedged_whole_never_raises_on_a_part_it_may_hold(part, qualifier):
    # "about 1,000" may be 1,100: a part of 1,050 is undetermined, never an error; "nearly
    # 1,000" is below 1,000, so a part of 999 may hold.
    whole = {"about ": part + part // 20 - part // 10, "nearly ": part + 1,
             "more than ": part - 1}.get(qualifier, part)
    text = f"Militants seized {qualifier}{whole:,} hostages, {part:,} of whom are still held."
    assert "AR001" not in _rules(check_text(text))


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


@settings(deadline=None)  # the machine may be busy: no flaky deadline
@given(dates, st.booleans())
def test_weekday_right_raises_nothing_wrong_raises(date, long_form):
    actual = WEEKDAY_NAMES[date.weekday()]
    for stated, fails in ((actual, False), (WEEKDAY_NAMES[(date.weekday() + 3) % 7], True)):
        name = stated if long_form else stated[:3]
        text = f"The vote was held on {name}, {date.day} {date.strftime('%B')} {date.year}."
        report = check_text(text)
        assert ("TM001" in _rules(report)) is fails, text


@settings(max_examples=60, deadline=None)
@given(dates, st.integers(40, 3000))
def test_duration_fitting_the_dates_raises_nothing_and_off_by_a_year_raises(start, days):
    published = start + dt.timedelta(days=days)
    months = int(months_between(start, published))
    if months < 1:
        return
    header = f"Published: {published.day} {published.strftime('%B')} {published.year}\n\n"
    began = f"The war began on {start.day} {start.strftime('%B')} {start.year}."
    ok = check_text(header + f"Talks to end the now {months}-month war stalled. " + began)
    assert "TM002" not in _rules(ok)
    assert [c.verdict for c in ok.checks if c.rule == "TM002"] == ["consistent"]
    off = check_text(header + f"Talks to end the now {months + 12}-month war stalled. " + began)
    assert "TM002" in _rules(off)

"""Calendar words and date arithmetic: months, weekdays, year inference, elapsed time."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from fractions import Fraction

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS.update({"sept": 9, "june": 6, "july": 7})

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name[:3].lower()] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

WEEKDAY_NAMES = list(calendar.day_name)


def weekday_index(word: str) -> int | None:
    return WEEKDAYS.get(word.lower().rstrip(".,"))


def month_index(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MDY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date_text(text: str) -> dt.date | None:
    """'17 Sep 2024', 'September 17, 2024' or '2024-09-17' (anywhere in ``text``)."""
    for pattern, order in ((_ISO, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = int(parts["m"]) if parts["m"].isdigit() else month_index(parts["m"])
        if month is None:
            continue
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
    return None


def infer_year(month: int, day: int, published: dt.date, tense: str) -> dt.date | None:
    """The calendar date a day-and-month printed without a year most likely means.

    ``tense`` is "past" (the sentence speaks of what happened: the latest such day on or before
    publication), "future" (the next one on or after it) or "unknown" (the latest one no more
    than a week after publication: news mostly reports what has happened).
    """
    def make(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    this_year = make(published.year)
    if tense == "future":
        if this_year and this_year >= published:
            return this_year
        return make(published.year + 1)
    limit = published if tense == "past" else published + dt.timedelta(days=7)
    if this_year and this_year <= limit:
        return this_year
    return make(published.year - 1)


def months_between(start: dt.date, end: dt.date) -> Fraction:
    """Elapsed calendar months from ``start`` to ``end``, the part month as a fraction."""
    whole = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        whole -= 1
    anchor_year, anchor_month = divmod(start.month - 1 + whole, 12)
    anchor = _clamped(start.year + anchor_year, anchor_month + 1, start.day)
    nxt_year, nxt_month = divmod(start.month + whole, 12)
    nxt = _clamped(start.year + nxt_year, nxt_month + 1, start.day)
    return whole + Fraction((end - anchor).days, (nxt - anchor).days)


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def elapsed(start: dt.date, end: dt.date, unit: str) -> Fraction:
    """Elapsed time in ``unit`` (day, week, month, year)."""
    if unit == "day":
        return Fraction((end - start).days)
    if unit == "week":
        return Fraction((end - start).days, 7)
    months = months_between(start, end)
    return months / 12 if unit == "year" else months

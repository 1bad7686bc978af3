"""When a figure holds: as-of dates from relative references, and the year of a bare date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..recognise.calendar import MONTHS, WEEKDAYS
from ..recognise.lexicon import SPACE

_PAST = re.compile(r"\b(?:since|began|begun|started|ago|was|were|had|did|last|earlier|"
                   r"broke out|erupted|killed|died|sparked|resulted|ended|took place|"
                   r"happened|occurred|launched|announced|said|held)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|next|upcoming|due|scheduled|is to|are to|to be held|"
                     r"planned|plans to|expected to|would)\b", re.I)

_MONTH_ALT = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("may",)),
                             key=len, reverse=True))
_RELATIVE = re.compile(
    rf"\b(?:(?P<on>on|last|this|by|from|until){SPACE}(?P<weekday>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)"
    r"|(?P<yesterday>yesterday)|(?P<today>today)"
    rf"|(?P<lastweek>last{SPACE}week)|(?P<thisweek>this{SPACE}week)"
    rf"|(?P<lastmonth>last{SPACE}month)"
    rf"|(?:at|by){SPACE}the{SPACE}(?P<edge>start|beginning|end){SPACE}of{SPACE}"
    rf"(?P<month>(?i:{_MONTH_ALT})))\b")


def tense(sentence: str, position: int) -> str:
    """'past', 'future' or 'unknown': the cue word nearest ``position`` in the sentence."""
    best: tuple[int, str] | None = None
    for pattern, name in ((_PAST, "past"), (_FUTURE, "future")):
        for m in pattern.finditer(sentence):
            distance = abs(m.start() - position)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else "unknown"


def as_of(window: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date a relative reference in ``window`` points to, and the words that said so."""
    if published is None:
        return None, None
    m = _RELATIVE.search(window)
    if not m:
        return published, None
    if m["weekday"]:
        target = WEEKDAYS[m["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if m["on"].lower() == "last" and back == 0:
            back = 7
        return published - dt.timedelta(days=back), m.group(0)
    if m["yesterday"]:
        return published - dt.timedelta(days=1), m.group(0)
    if m["today"] or m["thisweek"]:
        return published, m.group(0)
    if m["lastweek"]:
        return published - dt.timedelta(days=7), m.group(0)
    if m["lastmonth"]:
        first = published.replace(day=1)
        return first - dt.timedelta(days=1), m.group(0)
    if m["month"]:
        month = MONTHS[m["month"].lower()]
        year = published.year if month <= published.month else published.year - 1
        day = 1 if m["edge"].lower() in ("start", "beginning") else calendar.monthrange(year,
                                                                                       month)[1]
        return dt.date(year, month, day), m.group(0)
    return published, None  # pragma: no cover

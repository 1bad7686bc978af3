"""Temporal relations: a duration against the date its event began, and a weekday printed
with a date."""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind
from ..recognise.lexicon import SPACE
from .relations import Relations

_S = SPACE
# "the Gaza Strip war began on": the noun right before the verb names the event.
_EVENT_START = re.compile(
    rf"\b(?P<noun>[a-z]+){_S}(?:(?:has|had|was){_S})?(?:began|begun|started|erupted|"
    rf"broke{_S}out|launched|opened){_S}(?:(?:on|in){_S})?$", re.I)
_ONGOING = re.compile(rf"\b(?:now|so{_S}far|ongoing|continuing|current|still)\b{_S}(?:\w+{_S})?$",
                      re.I)


def weekdays(figures: list[Figure], relations: Relations) -> None:
    for fig in figures:
        if fig.claim.kind is ClaimKind.DATE and fig.claim.weekday and fig.claim.date:
            relations.add("weekday", {"date": fig.id}, fig.claim.text)


def durations(text: str, figures: list[Figure], relations: Relations) -> None:
    """A duration of an ongoing event against the date the text says the event began."""
    starts: dict[str, Figure] = {}
    for fig in figures:
        if fig.claim.kind is not ClaimKind.DATE or fig.claim.date is None:
            continue
        before = text[fig.sentence.start:fig.start]
        m = _EVENT_START.search(before)
        if m:
            starts.setdefault(m.group("noun").lower(), fig)
    for fig in figures:
        c = fig.claim
        if c.kind is not ClaimKind.DURATION or not c.noun or c.unit not in (
                "day", "week", "month", "year"):
            continue
        start = starts.get(c.noun.lower())
        if start is None:
            continue
        cue = _ONGOING.search(text, fig.sentence.start, fig.start)
        if not cue:
            continue
        relations.add("duration", {"duration": fig.id, "start": start.id},
                      f"{cue.group(0).strip()} {c.text} {c.noun}; {c.noun} began {start.claim.text}")
    for fig in figures:
        # "the war, now in its 12th month": an ordinal count of the period under way.
        c = fig.claim
        if c.kind is not ClaimKind.ORDINAL or not c.noun or c.noun.lower() not in _PERIODS:
            continue
        if not _IN_ITS.search(text, max(fig.sentence.start, fig.start - 20), fig.start):
            continue
        before = text[fig.sentence.start:fig.start].lower()
        nouns = [n for n in starts if re.search(rf"\b{re.escape(n)}\b", before)]
        if len(nouns) != 1:
            continue  # which event is meant must be plain
        start = starts[nouns[0]]
        c.unit = _PERIODS[c.noun.lower()]
        relations.add("duration", {"duration": fig.id, "start": start.id},
                      f"{nouns[0]} in its {c.text} {c.noun}; {nouns[0]} began {start.claim.text}")


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}
_IN_ITS = re.compile(rf"\bin{_S}its{_S}$", re.I)
# "born in 1972", "(born 12 March 1972)", "born on March 12, 1972"
_BORN = re.compile(rf"\bborn{_S}(?:(?:on|in){_S})?$", re.I)


def ages(text: str, figures: list[Figure], relations: Relations) -> None:
    """An age printed for someone whose birth date or year the text also gives."""
    births = [f for f in figures if f.claim.kind in (ClaimKind.DATE, ClaimKind.YEAR)
              and _BORN.search(text, max(0, f.start - 16), f.start)]
    if not births:
        return
    for fig in figures:
        if fig.claim.kind is not ClaimKind.AGE or fig.claim.lower is None or \
                fig.claim.lower != fig.claim.upper:
            continue
        # The nearest birth in the same paragraph, within a few sentences.
        near = [b for b in births if abs(b.sentence.index - fig.sentence.index) <= 2
                and b.sentence.paragraph == fig.sentence.paragraph]
        if len(near) != 1:
            continue
        relations.add("age", {"age": fig.id, "birth": near[0].id},
                      f"{fig.claim.text}; born {near[0].claim.text}")



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



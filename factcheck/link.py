"""Link: relations between claims, read from the words that join them.

- subset: "251 hostages, 97 of whom", "including 33", "13 out of 659 MPs";
- duration: "the now 11-month war" with "the war began on October 7";
- weekday: a date printed with its weekday ("Tue 17 Sep 2024").

A part printed without its noun ("97 of whom") takes the noun of its whole.
"""

from __future__ import annotations

import re

from .claims import Figure
from .models import ClaimKind, Document, Relation

_COUNTABLE = (ClaimKind.COUNT, ClaimKind.MONEY)
_OF_WHOM_AFTER = re.compile(r"[ \u00a0]+(of[ \u00a0]+(?:whom|which|them|these|those))\b", re.I)
_PART_CUE_BEFORE = re.compile(
    r"\b(including|among[ \u00a0]+them|among[ \u00a0]+whom|of[ \u00a0]+whom|of[ \u00a0]+which|"
    r"of[ \u00a0]+them|of[ \u00a0]+these|of[ \u00a0]+those)[ \u00a0,]+$", re.I)
_OUT_OF_BETWEEN = re.compile(
    r"^[ \u00a0]+(out[ \u00a0]+of|of)[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+|"
    r"a[ \u00a0]+total[ \u00a0]+of[ \u00a0]+)?$", re.I)
# "the Gaza Strip war began on": the noun right before the verb names the event.
_EVENT_START = re.compile(
    r"\b(?P<noun>[a-z]+)[ \u00a0]+(?:(?:has|had|was)[ \u00a0]+)?(?:began|begun|started|erupted|"
    r"broke[ \u00a0]+out|launched|opened)[ \u00a0]+(?:on[ \u00a0]+|in[ \u00a0]+)?$", re.I)
_ONGOING = re.compile(r"\b(?:now|so[ \u00a0]far|ongoing|continuing|current|still)\b"
                      r"[ \u00a0]+(?:\w+[ \u00a0]+)?$", re.I)


class _Relations:
    def __init__(self) -> None:
        self.items: list[Relation] = []
        self._seen: set[tuple] = set()

    def add(self, kind: str, roles: dict[str, str], cue: str) -> None:
        key = (kind, tuple(sorted(roles.items())))
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Relation(id=f"r{len(self.items) + 1}", kind=kind, roles=roles,
                                   cue=re.sub(r"\s+", " ", cue.strip())))


def link(doc: Document, figures: list[Figure]) -> list[Relation]:
    text = doc.text
    relations = _Relations()
    for i, fig in enumerate(figures):
        kind = fig.claim.kind
        if kind in _COUNTABLE:
            _subset(text, figures, i, relations)
        if kind is ClaimKind.DATE and fig.claim.weekday and fig.claim.date:
            relations.add("weekday", {"date": fig.id}, fig.claim.text)
    _durations(text, figures, relations)
    _inherit_nouns(figures, relations.items)
    return relations.items


def _whole_before(figures: list[Figure], i: int, part: Figure) -> Figure | None:
    """The nearest countable figure before ``i`` in the same sentence, of the same unit kind."""
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.sentence.index != part.sentence.index:
            return None
        if other.claim.kind is part.claim.kind and (
                other.claim.kind is not ClaimKind.MONEY or other.claim.unit == part.claim.unit):
            return other
    return None


def _subset(text: str, figures: list[Figure], i: int, relations: _Relations) -> None:
    fig = figures[i]
    # "97 of whom": this figure is part of the one before.
    m = _OF_WHOM_AFTER.match(text, fig.end)
    cue_before = _PART_CUE_BEFORE.search(text, max(fig.sentence.start, fig.start - 30), fig.start)
    if m or cue_before:
        whole = _whole_before(figures, i, fig)
        if whole is not None:
            cue = m.group(1) if m else cue_before.group(1)
            relations.add("subset", {"part": fig.id, "whole": whole.id}, cue)
    # "13 out of 659 MPs": this figure is part of the next one.
    if i + 1 < len(figures):
        nxt = figures[i + 1]
        between = text[fig.end:nxt.start]
        if nxt.sentence.index == fig.sentence.index and nxt.claim.kind is fig.claim.kind and \
                (bm := _OUT_OF_BETWEEN.match(between)) and nxt.claim.qualifier is None:
            relations.add("subset", {"part": fig.id, "whole": nxt.id}, bm.group(1))


def _durations(text: str, figures: list[Figure], relations: _Relations) -> None:
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


def _inherit_nouns(figures: list[Figure], relations: list[Relation]) -> None:
    by_id = {f.id: f for f in figures}
    for rel in relations:
        if rel.kind != "subset":
            continue
        part, whole = by_id[rel.roles["part"]].claim, by_id[rel.roles["whole"]].claim
        if part.noun is None and whole.noun is not None:
            part.noun, part.subject = whole.noun, whole.subject
            if part.kind is ClaimKind.COUNT:
                part.unit = whole.unit

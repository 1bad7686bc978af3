"""Link: relations between claims, read from the words that join them.

One module per family of relations; each adds what it finds to one ``Relations`` list:
- ``subset``: "251 hostages, 97 of whom", "including 33", "13 out of 659 MPs";
- ``temporal``: "the now 11-month war" with "the war began on October 7"; a date printed
  with its weekday ("Tue 17 Sep 2024").
``metrics`` then gives each claim its metric key from the topic packs (rules/topics/).
"""

from __future__ import annotations

from ..claims import Figure
from ..models import ClaimKind, Document, Relation
from . import metrics, subset, temporal
from .relations import Relations


def link(doc: Document, figures: list[Figure]) -> list[Relation]:
    text = doc.text
    relations = Relations()
    for i, fig in enumerate(figures):
        if fig.claim.kind in subset.COUNTABLE:
            subset.subsets(text, figures, i, relations)
    temporal.weekdays(figures, relations)
    temporal.durations(text, figures, relations)
    subset.inherit_nouns(figures, relations.items)
    metrics.assign(doc, figures)
    return relations.items


__all__ = ["link", "Relations"]

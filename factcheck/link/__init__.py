"""Link: relations between claims, read from the words that join them.

One module per family of relations; each adds what it finds to one ``Relations`` list:
- ``subset``: "251 hostages, 97 of whom", "including 33", "13 out of 659 MPs";
- ``temporal``: "the now 11-month war" with "the war began on October 7"; a date printed
  with its weekday ("Tue 17 Sep 2024");
- ``breakdown``: a whole and its listed parts ("32,000 tonnes, including 24,000 for Egypt,
  6,000 for Tanzania and 2,000 for Mauritania");
- ``share``: "13 out of 659 MPs, or 2%", "£4bn, or 8% of the £50bn budget", "six-in-ten (62%)";
- ``change``: "rose 5% to $20m from $19m", "doubled to 40 from 20", "rose by 5 to 20 from 15";
- ``conversion``: "$1.13bn (£600m)", "5 km (3 miles)";
- ``restatement``: one quantity stated twice (headline and body included);
- ``sequence``: "First, … Second, …", ranks ("third-largest after the US and China") and
  comparatives ("$20m, higher than $25m").
``metrics`` then gives each claim its metric key from the topic packs (rules/topics/).
"""

from __future__ import annotations

from ..claims import Figure
from ..models import Document, Relation
from . import (breakdown, change, conversion, metrics, restatement, sequence, share, subset,
               temporal)
from .relations import Relations


def link(doc: Document, figures: list[Figure]) -> list[Relation]:
    text = doc.text
    relations = Relations()
    for i, fig in enumerate(figures):
        if fig.claim.kind in subset.COUNTABLE:
            subset.subsets(text, figures, i, relations)
    temporal.weekdays(figures, relations)
    temporal.durations(text, figures, relations)
    temporal.ages(text, figures, relations)
    subset.inherit_nouns(figures, relations.items)
    breakdown.breakdowns(text, figures, relations)
    share.shares(text, figures, relations, list(relations.items))
    change.changes(text, figures, relations)
    conversion.conversions(text, figures, relations)
    sequence.sequences(text, figures, relations)
    sequence.ranks(text, figures, relations)
    sequence.orders(text, figures, relations)
    metrics.assign(doc, figures)
    restatement.restatements(figures, relations)  # after metrics: it reads them
    return relations.items


__all__ = ["link", "Relations"]

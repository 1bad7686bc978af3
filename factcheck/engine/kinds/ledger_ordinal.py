"""ledger-ordinal: a numbered event already reported ("his tenth trip" when an earlier
article already reported his tenth trip), or a lower number than one reported before (XS005).

An ordinal counts repeated events of one person or body (the sequence metrics of the topic
packs, scoped by the name before the figure). Reports of the same event in the days around
it (``same-event-days``) are the same event, not a repeat.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Verdict, format_number
from ..context import Context, Outcome
from ..rule_model import RuleBase
from . import _ledger
from ._ledger import LEDGER  # noqa: F401  (this kind needs a ledger)

NAME = "ledger-ordinal"


class Rule(RuleBase):
    kind: Literal["ledger-ordinal"]
    same_event_days: int = Field(7, ge=0, alias="same-event-days",
                                 description="reports this many days apart or closer may be "
                                             "of the same event")


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    view = _ledger.view(ctx)
    if view is None:
        return
    for s in _ledger.subjects(ctx):
        if not _ledger.is_sequence(s) or s.info.scope is None or s.rounded.lower is None:
            continue
        before = s.as_of - dt.timedelta(days=rule.same_event_days)
        n = s.rounded.lower
        found = [e for e in view.ledger.earlier(s.info.metric, before, at_least=float(n),
                                                place=s.info.scope, **view.kw())
                 if e.place == s.info.scope]
        if found:
            e = found[0]
            yield Outcome(
                verdict=Verdict.INCONSISTENT, claims=[s.id], primary=s.id,
                explanation=f"'{s.text}' ({s.info.scope}) on {s.as_of}, but {e.who()} already "
                            f"reported the {e.text} {s.fig.claim.noun or ''} on {e.as_of}: "
                            f"this one should be number {format_number(int(e.lower or 0) + 1)}"
                            f" or later",
                arithmetic=f"{format_number(n)} ≤ {format_number(e.lower)} reported "
                           f"{(s.as_of - e.as_of).days} days earlier",  # type: ignore[operator]
                expected=f"> {format_number(e.lower)}", found=format_number(n),
                tolerance=f"reports within {rule.same_event_days} days may be of one event",
                values={"figure": s.text, "other": e.text, "who": e.who(),
                        "date": e.as_of.isoformat() if e.as_of else ""})
            continue
        earlier = [e for e in view.ledger.earlier(s.info.metric, before, place=s.info.scope,
                                                  limit=5, **view.kw())
                   if e.place == s.info.scope]
        if earlier:
            e = earlier[0]
            yield Outcome(
                verdict=Verdict.CONSISTENT, claims=[s.id], primary=s.id,
                explanation=f"'{s.text}' ({s.info.scope}) follows the {e.text} reported on "
                            f"{e.as_of} by {e.who()}",
                arithmetic=f"{format_number(n)} > {format_number(e.upper)}",
                tolerance=f"reports within {rule.same_event_days} days may be of one event",
                values={"figure": s.text})

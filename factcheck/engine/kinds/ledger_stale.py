"""ledger-stale: a figure already overtaken when the article was written (XS003).

A cumulative metric (trend ``rising``: deaths, hostages released) reported lower than a
figure the ledger already holds from an earlier date; a metric that only falls (hostages
still held) reported higher; and "at least N" far below the figure known by then, which is
literally true but stale.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Verdict, format_number, to_fraction
from ..context import Context, Outcome
from ..rule_model import RuleBase
from . import _ledger
from ._ledger import LEDGER  # noqa: F401  (this kind needs a ledger)

NAME = "ledger-stale"


class Rule(RuleBase):
    kind: Literal["ledger-stale"]
    far_below_ratio: float = Field(0.1, ge=0, alias="far-below-ratio",
                                   description="'at least N' is stale when the figure known by "
                                               "then exceeds N by more than this share")


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    view = _ledger.view(ctx)
    if view is None:
        return
    for s in _ledger.subjects(ctx):
        if _ledger.is_sequence(s) or s.info.trend == "none":
            continue
        lo, hi = s.rounded.lower, s.rounded.upper
        stale = None
        if s.info.trend == "rising" and hi is not None:
            found = _ledger.unexplained_earlier(view, s, s.as_of, above=float(hi))
            if found:
                e = found[0]
                stale = (e, f"{s.text} is lower than {e.label()}, reported earlier by "
                            f"{e.who()}; {s.info.metric} never falls",
                         f"{s.rounded} < {e.rounded()} (as of {e.as_of}, before "
                         f"{s.as_of})")
        elif s.info.trend == "rising" and lo is not None:
            threshold = float(lo * (1 + to_fraction(rule.far_below_ratio)))
            found = _ledger.unexplained_earlier(view, s, s.as_of + dt.timedelta(days=1),
                                                at_least=threshold)
            if found:
                e = max(found, key=lambda x: (x.as_of, x.lower or 0))
                stale = (e, f"{s.text} is true but stale: {e.who()} already reported "
                            f"{e.label()}, more than {_ledger.pct(to_fraction(rule.far_below_ratio))}"
                            f" above it",
                         f"{e.rounded()} ≥ {format_number(lo)} × "
                         f"{1 + rule.far_below_ratio:g} = {format_number(threshold)}")
        elif s.info.trend == "falling" and lo is not None:
            found = _ledger.unexplained_earlier(view, s, s.as_of, below=float(lo))
            if found:
                e = found[0]
                stale = (e, f"{s.text} is higher than {e.label()}, reported earlier by "
                            f"{e.who()}; {s.info.metric} only falls",
                         f"{s.rounded} > {e.rounded()} (as of {e.as_of}, before "
                         f"{s.as_of})")
        if stale is not None:
            e, why, arithmetic = stale
            yield Outcome(
                verdict=Verdict.INCONSISTENT, claims=[s.id], primary=s.id, explanation=why,
                arithmetic=arithmetic, expected=f"{'≥' if s.info.trend == 'rising' else '≤'} "
                                                f"{e.rounded()}",
                found=str(s.rounded), tolerance="each figure's own rounding",
                values={"figure": s.text, "metric": s.info.metric, "other": e.label(),
                        "who": e.who(), "why": why})
            continue
        earlier = _ledger.unexplained_earlier(view, s, s.as_of + dt.timedelta(days=1), limit=5)
        if earlier:
            e = earlier[0]
            yield Outcome(
                verdict=Verdict.CONSISTENT, claims=[s.id], primary=s.id,
                explanation=f"{s.text} is not overtaken by the ledger's earlier figures of "
                            f"{s.info.metric} (latest: {e.label()}, {e.who()})",
                arithmetic=f"{s.rounded} against {e.rounded()} as of {e.as_of}",
                tolerance="each figure's own rounding",
                values={"figure": s.text, "metric": s.info.metric})

"""ledger-explained: a difference another source or scope explains (XS004, info).

Figures of one metric at the same as-of date from different sources (an AFP tally against
an official count) or covering different scopes ("including four held since 2014") may
differ: the finding names both sources, so an editor can say which one the article uses.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Verdict
from ..context import Context, Outcome
from ..rule_model import RuleBase
from . import _ledger
from ._ledger import LEDGER  # noqa: F401  (this kind needs a ledger)

NAME = "ledger-explained"


class Rule(RuleBase):
    kind: Literal["ledger-explained"]
    window_days: int = Field(1, ge=0, alias="window-days",
                             description="as-of dates this close count as the same time")


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    view = _ledger.view(ctx)
    if view is None:
        return
    for s in _ledger.subjects(ctx):
        if _ledger.is_sequence(s):
            continue
        w = rule.window_days
        seen: set[str] = set()
        for e in _ledger.nearby(view, s, w):
            why = _ledger.explanation(s, e)
            if why is None:
                continue
            key = f"{e.article.key if e.article else ''}|{e.text}"
            if key in seen:
                continue
            seen.add(key)
            r = _ledger.relative_gap(s.rounded, e.rounded())
            ours = s.fig.claim.attribution or "this article (unattributed)"
            theirs = e.attribution or e.who()
            if r == 0:
                yield Outcome(
                    verdict=Verdict.CONSISTENT, claims=[s.id], primary=s.id,
                    explanation=f"{s.text} ({ours}) agrees with {e.label()} ({theirs})",
                    arithmetic=f"{s.rounded} meets {e.rounded()}",
                    tolerance="each figure's own rounding",
                    values={"figure": s.text, "metric": s.info.metric})
                continue
            yield Outcome(
                verdict=Verdict.INCONSISTENT, claims=[s.id], primary=s.id,
                explanation=f"{s.text} according to {ours} differs from {e.label()} according "
                            f"to {theirs} ({e.who()}): {why}",
                arithmetic=f"{s.rounded} against {e.rounded()}: {_ledger.pct(r)} apart",
                expected=str(e.rounded()), found=str(s.rounded),
                tolerance="a different source or scope: reported, not an error",
                values={"figure": s.text, "metric": s.info.metric, "other": e.label(),
                        "ours": ours, "theirs": theirs, "who": e.who(), "why": why})

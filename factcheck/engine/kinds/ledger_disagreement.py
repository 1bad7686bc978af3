"""ledger-disagreement: a figure against the ledger's figures of the same metric, source and
scope at the same as-of date, beyond each one's rounding (XS001 warning, XS002 error by size).

Each rule takes a band of relative differences (``min-ratio`` < difference <= ``max-ratio``),
so one size of miss is raised by one rule. Metrics that rise or fall over time are compared
on the same as-of date only; the others within ``window-days``.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Verdict
from ..context import Context, Outcome
from ..rule_model import RuleBase
from . import _ledger
from ._ledger import LEDGER  # noqa: F401  (this kind needs a ledger)

NAME = "ledger-disagreement"


class Rule(RuleBase):
    kind: Literal["ledger-disagreement"]
    min_ratio: float = Field(0.0, ge=0, alias="min-ratio",
                             description="raise differences larger than this share of the "
                                         "larger figure")
    max_ratio: float | None = Field(None, gt=0, alias="max-ratio",
                                    description="and no larger than this (none: no limit)")
    window_days: int = Field(1, ge=0, alias="window-days",
                             description="as-of dates this close count as the same time, for "
                                         "metrics that neither rise nor fall over time")
    max_findings: int = Field(3, ge=1, alias="max-findings",
                              description="findings per figure at most (the largest first)")


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    view = _ledger.view(ctx)
    if view is None:
        return
    for s in _ledger.subjects(ctx):
        if _ledger.is_sequence(s):
            continue
        w = 0 if s.info.trend != "none" else rule.window_days
        entries = [e for e in _ledger.nearby(view, s, w) if _ledger.explanation(s, e) is None]
        if not entries:
            continue
        misses, other_band = [], False
        for e in entries:
            r = _ledger.relative_gap(s.rounded, e.rounded())
            if r == 0:
                continue
            if r > rule.min_ratio and (rule.max_ratio is None or r <= rule.max_ratio):
                misses.append((r, e))
            else:
                other_band = True
        if not misses:
            if not other_band:
                yield Outcome(
                    verdict=Verdict.CONSISTENT, claims=[s.id], primary=s.id,
                    explanation=f"{s.text} agrees with {len(entries)} figure(s) of "
                                f"{s.info.metric} in the ledger at {s.as_of.isoformat()}",
                    arithmetic=f"{s.rounded} meets "
                               + ", ".join(str(e.rounded()) for e in entries[:5]),
                    tolerance="each figure's own rounding",
                    values={"figure": s.text, "metric": s.info.metric})
            continue
        misses.sort(key=lambda m: -m[0])
        seen: set[str] = set()
        for r, e in misses:
            key = e.article.key if e.article else e.text
            if key in seen or len(seen) >= rule.max_findings:
                continue
            seen.add(key)
            rel = "below" if (s.rounded.upper is not None and e.rounded().lower is not None
                              and s.rounded.upper < e.rounded().lower) else "above"
            factor = _ledger.ratio_text(s.rounded, e.rounded())
            yield Outcome(
                verdict=Verdict.INCONSISTENT, claims=[s.id], primary=s.id,
                explanation=f"{s.text} ({s.info.metric}, {s.who}) is {rel} {e.label()} "
                            f"reported by {e.who()}: {_ledger.pct(r)} apart{factor}",
                arithmetic=f"{s.rounded} and {e.rounded()} do not meet: a gap of "
                           f"{_ledger.gap(s.rounded, e.rounded())} "
                           f"({_ledger.pct(r)} of the larger){factor}",
                expected=str(e.rounded()), found=str(s.rounded),
                tolerance="each figure's own rounding; same metric, source and as-of date",
                values={"figure": s.text, "metric": s.info.metric, "other": e.label(),
                        "who": e.who(), "difference": _ledger.pct(r)})

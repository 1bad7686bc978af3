"""tool: a finding the pipeline itself raises (an input read with a fallback encoding, …).

Its rules are files like any other, so their severity, message and documentation are data and
``--select``/``--ignore`` apply to them; they relate no claims, so ``evaluate`` has nothing to
check. The pipeline raises their findings where it meets the problem.
"""

from __future__ import annotations

from typing import Iterator, Literal

from ..context import Context, Outcome
from ..rule_model import RuleBase

NAME = "tool"


class Rule(RuleBase):
    kind: Literal["tool"]


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    return iter(())

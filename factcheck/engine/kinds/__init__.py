"""The closed set of rule kinds (like Vale's ``extends:``). A rule file picks one by name.

Each kind is a module with ``NAME``, a ``Rule`` model (its parameters on top of ``RuleBase``)
and ``evaluate(rule, context)`` yielding an ``Outcome`` per relation it checks.
"""

from __future__ import annotations

from types import ModuleType

from . import (breakdown, change, conversion, duration, expression, ordinal, order, rank,
               restatement, share, subset, tool, weekday)

KINDS: dict[str, ModuleType] = {m.NAME: m for m in (
    subset, breakdown, share, change, conversion, restatement, ordinal, rank, order,
    expression, weekday, duration, tool)}

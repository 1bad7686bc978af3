"""The closed set of rule kinds (like Vale's ``extends:``). A rule file picks one by name.

Each kind is a module with ``NAME``, a ``Rule`` model (its parameters on top of ``RuleBase``)
and ``evaluate(rule, context)`` yielding an ``Outcome`` per relation it checks.
"""

from __future__ import annotations

from types import ModuleType

from . import (age, breakdown, change, conversion, duration, expression, ordinal, order, rank,
               restatement, share, subset, tool, weekday)

KINDS: dict[str, ModuleType] = {m.NAME: m for m in (
    subset, breakdown, share, change, conversion, restatement, ordinal, rank, order,
    expression, weekday, duration, age, tool)}

# Cross-source kinds (XS rules): they compare with a claims ledger and check nothing without.
from . import ledger_disagreement, ledger_explained, ledger_ordinal, ledger_stale  # noqa: E402
KINDS[ledger_disagreement.NAME] = ledger_disagreement
KINDS[ledger_stale.NAME] = ledger_stale
KINDS[ledger_explained.NAME] = ledger_explained
KINDS[ledger_ordinal.NAME] = ledger_ordinal

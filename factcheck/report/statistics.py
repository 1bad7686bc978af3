"""--statistics: how many findings each rule raised (and inputs not read), most first."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..models import Report
from .common import all_shown

if TYPE_CHECKING:
    from . import FormatOptions


def format_statistics(report: Report, options: "FormatOptions") -> str:
    counts: Counter[tuple[str, str, str]] = Counter()
    for _, f in all_shown(report, options):
        counts[(f.rule, f.name, f.severity.value)] += 1
    for err in report.errors:
        counts[(err.rule, "input-unreadable", "error")] += 1
    if not counts:
        return "no findings\n"
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    width = len(str(rows[0][1]))
    name_width = max(len(name) for (_, name, _), _ in rows)
    return "".join(f"{n:>{width}}  {rule}  {name:<{name_width}}  [{severity}]\n"
                   for (rule, name, severity), n in rows)

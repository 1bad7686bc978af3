"""markdown: the CI step summary (GitHub-flavoured tables).

A summary table, the unreadable inputs, a findings table per file with the arithmetic, and in
the audit the checks of each file (those that hold too). GitHub takes at most 1 MiB for a step
summary, so rows stop before the output would pass ``LIMIT`` bytes and a closing note says how
many findings and checks were left out.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from ..models import DocumentReport, Report
from .common import plural, shown_findings

if TYPE_CHECKING:
    from . import FormatOptions

LIMIT = 1024 * 1024
_RESERVE = 4096  # room for the closing note, whatever else is cut
_MARKUP = re.compile(r"([\\`*_\[\]|~#])")


def cell(text: str) -> str:
    """Text that stays text inside a table cell: no markup, no HTML, no line break."""
    text = html.escape(text, quote=False)
    return _MARKUP.sub(r"\\\1", text).replace("\r\n", "<br>").replace("\n", "<br>")


class _Budget:
    def __init__(self, limit: int):
        self.parts: list[str] = []
        self.left = limit
        self.full = False

    def add(self, *chunks: str) -> bool:
        """Add all of the chunks, or none of them once they would not fit."""
        size = sum(len(c.encode("utf-8")) for c in chunks)
        if self.full or size > self.left:
            self.full = True
            return False
        self.parts.extend(chunks)
        self.left -= size
        return True


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |\n"


def _summary(report: Report) -> str:
    s = report.summary
    head = ["files", "unreadable", "claims", "consistent", "inconsistent", "undetermined",
            "errors", "warnings", "info"]
    values = [s.documents, s.errors, s.claims, s.checks.get("consistent", 0),
              s.checks.get("inconsistent", 0), s.checks.get("undetermined", 0),
              s.findings.get("error", 0), s.findings.get("warning", 0), s.findings.get("info", 0)]
    found = ", ".join(plural(n, k) if k != "info" else f"{n} info"
                      for k, n in s.findings.items() if n) or "no findings"
    if s.errors:
        found += f", {plural(s.errors, 'file')} not read"
    return (f"## factcheck {report.tool.version}: {found}\n\n" + _row(*head)
            + _row(*["---:"] * len(head)) + _row(*map(str, values)) + "\n")


def _finding_rows(doc: DocumentReport, options: "FormatOptions") -> list[str]:
    claims = {c.id: c for c in doc.claims}
    rows = []
    for f in shown_findings(doc, options):
        claim = claims.get(f.claims[0]).text if f.claims and f.claims[0] in claims else ""
        arithmetic = f.arithmetic + (f" (tolerance: {f.tolerance})" if f.tolerance else "")
        rows.append(_row(f"{f.line}:{f.column}", f.severity.value, f"{f.rule} {cell(f.name)}",
                         cell(claim), cell(f.message), cell(arithmetic)))
    return rows


def _check_rows(doc: DocumentReport) -> list[str]:
    return [_row(cell(ch.rule), ch.verdict, ", ".join(ch.claims), cell(ch.explanation),
                 cell(ch.arithmetic)) for ch in doc.checks]


def _table(budget: _Budget, title: str, head: list[str], rows: list[str],
           tail: str = "\n") -> int:
    """Add a table's rows while they fit; returns how many were added."""
    if not rows or not budget.add(title, _row(*head), _row(*["---"] * len(head)), rows[0]):
        return 0
    added = 1
    for row in rows[1:]:
        if not budget.add(row):
            break
        added += 1
    budget.parts.append(tail)  # counted in _RESERVE
    return added


def format_markdown(report: Report, options: "FormatOptions") -> str:
    budget = _Budget(LIMIT - _RESERVE)
    budget.add(_summary(report))
    if report.errors:
        rows = [_row(cell(e.path), e.rule, cell(e.message)) for e in report.errors]
        _table(budget, "### Not checked\n\n", ["file", "rule", "reason"], rows)
    findings_total = findings_added = 0
    if any(shown_findings(doc, options) for doc in report.documents):
        budget.add("### Findings\n\n")
    for doc in report.documents:
        rows = _finding_rows(doc, options)
        findings_total += len(rows)
        findings_added += _table(budget, f"#### {cell(doc.path)}\n\n",
                                 ["at", "severity", "rule", "claim", "message", "arithmetic"],
                                 rows)
    checks_total = checks_added = 0
    if options.audit and any(doc.checks for doc in report.documents):
        budget.add("### Checks\n\n")
        for doc in report.documents:
            rows = _check_rows(doc)
            checks_total += len(rows)
            summary = f"<details><summary>{cell(doc.path)}: {plural(len(rows), 'check')}</summary>"
            checks_added += _table(budget, summary + "\n\n",
                                   ["rule", "verdict", "claims", "explanation", "arithmetic"],
                                   rows, tail="\n</details>\n\n")
    out = "".join(budget.parts)
    left = [plural(total - added, what) for what, total, added in
            (("finding", findings_total, findings_added), ("check", checks_total, checks_added))
            if total > added]
    if left:
        out += (f"> **{' and '.join(left)} left out** to keep this summary under 1 MiB "
                "(GitHub's limit for a step summary). The json, sarif and html reports of "
                "the same run list them all.\n")
    return out

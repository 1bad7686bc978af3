"""text: the terminal report. Per file: the claims table, every check with its arithmetic,
then the findings in context; a summary line last."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from tabulate import tabulate

from ..intervals import format_number
from ..models import Claim, ClaimKind, DocumentReport, Finding, Report

if TYPE_CHECKING:
    from . import FormatOptions

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m",
           "consistent": "\033[32m", "inconsistent": "\033[31m", "undetermined": "\033[33m"}
_RESET = "\033[0m"


def _paint(text: str, key: str, options: "FormatOptions") -> str:
    return f"{_COLORS[key]}{text}{_RESET}" if options.color and key in _COLORS else text


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False)) if text else ""


def claim_value(c: Claim) -> str:
    """A claim's value as an editor reads it: 41,252 or [41,252, ∞) or 2023-10-07."""
    if c.kind is ClaimKind.DATE:
        if c.date is None:
            return "(year unknown)"
        text = c.date.isoformat() + (" (year inferred)" if c.year_inferred else "")
        return text
    if c.kind in (ClaimKind.TIME, ClaimKind.SCORE):
        return "—"
    if c.lower is not None and c.lower == c.upper:
        return format_number(c.lower)
    left = "[" if c.lower_inclusive else "("
    right = "]" if c.upper_inclusive else ")"
    lo = "-∞" if c.lower is None else format_number(c.lower)
    hi = "∞" if c.upper is None else format_number(c.upper)
    return f"{left}{lo}, {hi}{right}"


def claims_table(doc: DocumentReport) -> str:
    rows = []
    for c in doc.claims:
        counts = c.noun or c.unit or ""
        if c.kind is ClaimKind.DATE and c.weekday:
            counts = f"stated {c.weekday}"
        rows.append([c.id, f"{c.line}:{c.column}", _wrap(c.text, 24), c.kind.value,
                     claim_value(c), _wrap(counts, 16), ", ".join(c.states),
                     _wrap(c.attribution or "", 28), c.as_of.isoformat() if c.as_of else ""])
    return tabulate(rows, headers=["id", "at", "claim", "kind", "value", "counts", "state",
                                   "attribution", "as of"], tablefmt="simple",
                    disable_numparse=True)


def _checks_table(doc: DocumentReport, options: "FormatOptions") -> str:
    rows = []
    for ch in doc.checks:
        detail = f"{ch.explanation}\n= {ch.arithmetic}"
        if ch.tolerance:
            detail += f"\ntolerance: {ch.tolerance}"
        for a in ch.assumptions:
            detail += f"\nassuming {a}"
        rows.append([ch.rule, _paint(ch.verdict, ch.verdict, options), ",".join(ch.claims),
                     "\n".join(_wrap(line, 90) for line in detail.split("\n"))])
    return tabulate(rows, headers=["rule", "verdict", "claims", "explanation"],
                    tablefmt="simple", disable_numparse=True)


def _finding(f: Finding, doc: DocumentReport, options: "FormatOptions") -> str:
    sev = _paint(f.severity.value, f.severity.value, options)
    claim = next((c for c in doc.claims if f.claims and c.id == f.claims[0]), None)
    lines = [f"{doc.path}:{f.line}:{f.column}: {sev} {f.rule} {f.message}"]
    if claim is not None:
        lines.append(f"    claim: {claim.text!r} ({claim.id}{', in a quote' if f.in_quote else ''})")
    if f.expected is not None or f.found is not None:
        lines.append(f"    expected: {f.expected}   found: {f.found}")
    lines.append(f"    arithmetic: {f.arithmetic}")
    if f.tolerance:
        lines.append(f"    tolerance: {f.tolerance}")
    return "\n".join(lines)


def format_report(report: Report, options: "FormatOptions") -> str:
    out: list[str] = []
    for doc in report.documents:
        head = [f"published {doc.published} ({doc.published_source})" if doc.published
                else "no publication date"]
        if doc.outlet:
            head.append(f"outlet {doc.outlet}")
        head.append(f"{len(doc.claims)} claims, {len(doc.checks)} checks, "
                    f"{len(doc.findings)} findings")
        out.append(f"{doc.path}\n  " + " · ".join(head))
        if options.audit:
            out.append("\nClaims\n" + (claims_table(doc) if doc.claims else "  (none)"))
            if doc.checks or doc.claims:
                out.append("\nChecks\n" + (_checks_table(doc, options) if doc.checks
                                           else "  (no relation to check)"))
        shown = [f for f in doc.findings if options.shows(f.severity.value)]
        if shown:
            out.append("\nFindings\n" + "\n\n".join(_finding(f, doc, options) for f in shown))
        out.append("")
    s = report.summary
    checks = ", ".join(f"{n} {v}" for v, n in s.checks.items() if n) or "none"
    findings = ", ".join(f"{n} {k}" + ("s" if n != 1 and k != "info" else "")
                         for k, n in s.findings.items() if n) or "no findings"
    unread = f" · {s.errors} unreadable" if s.errors else ""
    out.append(f"{s.documents} file{'s' if s.documents != 1 else ''}{unread} · {s.claims} claims"
               f" · checks: {checks} · {findings}")
    return "\n".join(out) + "\n"


def format_claims(report: Report, options: "FormatOptions") -> str:
    """The claims table alone, per file (``factcheck extract``)."""
    parts = [f"{doc.path}\n" + (claims_table(doc) if doc.claims else "  (no claims)")
             for doc in report.documents]
    return "\n\n".join(parts) + "\n"

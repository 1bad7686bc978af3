"""What several formatters share: which findings are shown, paths as a repository names them,
and the verdict a claim takes from the checks it is part of."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..models import DocumentReport, Finding, Report

if TYPE_CHECKING:
    from . import FormatOptions

# The worst verdict wins when a claim is in several checks; "unchecked" is in none.
VERDICT_RANK = {"inconsistent": 3, "undetermined": 2, "consistent": 1}


def repo_path(path: str) -> str:
    """A path with '/' separators and no leading './' (what CI services match files by)."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def shown_findings(doc: DocumentReport, options: "FormatOptions") -> list[Finding]:
    return [f for f in doc.findings if options.shows(f.severity.value)]


def all_shown(report: Report, options: "FormatOptions") -> Iterator[tuple[DocumentReport, Finding]]:
    for doc in report.documents:
        for finding in shown_findings(doc, options):
            yield doc, finding


def claim_verdicts(doc: DocumentReport) -> dict[str, str]:
    """Claim id → the worst verdict of the checks it is in, or "unchecked"."""
    verdicts = {c.id: "unchecked" for c in doc.claims}
    for check in doc.checks:
        for cid in check.claims:
            current = verdicts.get(cid, "unchecked")
            if VERDICT_RANK.get(check.verdict, 0) > VERDICT_RANK.get(current, 0):
                verdicts[cid] = check.verdict
    return verdicts


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"

"""Report: one ``Report`` model for the run, one pure formatter per output format.

The exit status is computed here once, from the final findings and input errors, before any
formatter runs; a formatter only draws.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from .. import __version__
from ..config import SEVERITY_RANK
from ..models import DocumentReport, InputError, Report, RuleInfo, Summary, ToolInfo
from . import concise, github, gitlab, html_format, json_format, junit, markdown, sarif, text

Formatter = Callable[[Report, "FormatOptions"], str]


class FormatOptions:
    """What a formatter may be told beyond the report: what to show, not what to decide."""

    def __init__(self, min_severity: str = "info", audit: bool = True, color: bool = False,
                 verbose: bool = False):
        self.min_severity = min_severity
        self.audit = audit
        self.color = color
        self.verbose = verbose

    def shows(self, severity: str) -> bool:
        return SEVERITY_RANK[severity] >= SEVERITY_RANK[self.min_severity]


FORMATTERS: dict[str, Formatter] = {
    "text": text.format_report,
    "json": json_format.format_json,
    "json-lines": json_format.format_json_lines,
    "concise": concise.format_concise,
    "sarif": sarif.format_sarif,
    "github": github.format_github,
    "gitlab": gitlab.format_gitlab,
    "junit": junit.format_junit,
    "markdown": markdown.format_markdown,
    "html": html_format.format_html,
}

# Formats that draw the article itself, so the run must keep each document's text.
NEEDS_TEXT = frozenset({"html"})


def exit_code(documents: Iterable[DocumentReport], errors: list[InputError], fail_on: str) -> int:
    if errors:
        return 2
    threshold = SEVERITY_RANK[fail_on]
    for doc in documents:
        for finding in doc.findings:
            if SEVERITY_RANK[finding.severity.value] >= threshold:
                return 1
    return 0


def build_report(documents: list[DocumentReport], errors: list[InputError],
                 fail_on: str, rules: Iterable = ()) -> Report:
    verdicts: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    for doc in documents:
        verdicts.update(c.verdict for c in doc.checks)
        severities.update(f.severity.value for f in doc.findings)
    summary = Summary(
        documents=len(documents), errors=len(errors),
        claims=sum(len(d.claims) for d in documents),
        checks={v: verdicts.get(v, 0) for v in ("consistent", "inconsistent", "undetermined")},
        findings={s: severities.get(s, 0) for s in ("error", "warning", "info")},
        exit_code=exit_code(documents, errors, fail_on),
    )
    infos = [RuleInfo(id=r.id, name=r.name, kind=r.kind, severity=r.severity,
                      description=" ".join(r.description.split()),
                      rationale=" ".join(r.rationale.split())) for r in rules]
    return Report(tool=ToolInfo(version=__version__), rules=infos, documents=documents,
                  errors=errors, summary=summary)

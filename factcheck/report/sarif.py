"""sarif: SARIF 2.1.0 as GitHub code scanning reads it.

One run; ``tool.driver.rules`` are the rules that ran, each with a short and full description
and a help text (the rationale); a result per finding with ``ruleId`` and ``ruleIndex``, a
level (error|warning|note), a physical location whose region gives lines, columns (code points,
said once by ``columnKind``) and character offsets, and ``partialFingerprints`` carrying the
finding's own fingerprint, so GitHub follows an alert across edits elsewhere in the file.
Unreadable inputs are tool execution notifications of the run's one invocation.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..models import DocumentReport, Finding, InputError, Report, RuleInfo
from .common import repo_path, shown_findings

if TYPE_CHECKING:
    from . import FormatOptions

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                "sarif-schema-2.1.0.json")
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"
INPUT_ERROR_TEXT = "An input could not be read; the other inputs were still checked."


def artifact_uri(path: str) -> dict[str, str]:
    """A relative path stays relative to the checkout (%SRCROOT%); an absolute one is a file URI."""
    path = repo_path(path)
    if path.startswith("/"):
        return {"uri": "file://" + quote(path, safe="/")}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def _title(name: str) -> str:
    return name.replace("-", " ").capitalize()


def _rule(rule: RuleInfo) -> dict[str, Any]:
    help_text = (f"{rule.description}\n\nWhy: {rule.rationale}\n\n"
                 f"More: `factcheck rule {rule.id}`")
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": _title(rule.name)},
        "fullDescription": {"text": rule.description},
        "help": {"text": help_text.replace("`", ""), "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity.value]},
        "properties": {"kind": rule.kind, "tags": [rule.kind, rule.id[:2]]},
    }


def _region(f: Finding) -> dict[str, int]:
    return {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
            "endColumn": f.end_column, "charOffset": f.start, "charLength": f.end - f.start}


def _result(f: Finding, doc: DocumentReport, index: dict[str, int]) -> dict[str, Any]:
    text = f"{f.message}\nArithmetic: {f.arithmetic}" if f.claims and f.arithmetic else f.message
    result: dict[str, Any] = {"ruleId": f.rule}
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    result |= {
        "level": LEVELS[f.severity.value],
        "message": {"text": text},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(doc.path),
                                            "region": _region(f)}}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
    }
    properties = {k: v for k, v in (("expected", f.expected), ("found", f.found),
                                    ("tolerance", f.tolerance), ("arithmetic", f.arithmetic))
                  if v is not None}
    properties |= {"claims": f.claims, "inQuote": f.in_quote}
    result["properties"] = properties
    return result


def _notification(err: InputError) -> dict[str, Any]:
    return {"level": "error", "message": {"text": f"{err.path}: {err.message}"},
            "descriptor": {"id": err.rule},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_uri(err.path)}}]}


def build_sarif(report: Report, options: "FormatOptions") -> dict[str, Any]:
    index = {rule.id: i for i, rule in enumerate(report.rules)}
    driver: dict[str, Any] = {
        "name": report.tool.name,
        "version": report.tool.version,
        "semanticVersion": report.tool.version,
        "rules": [_rule(rule) for rule in report.rules],
    }
    error_rules = sorted({err.rule for err in report.errors})
    if error_rules:
        driver["notifications"] = [{"id": rid, "shortDescription": {"text": INPUT_ERROR_TEXT}}
                                   for rid in error_rules]
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors,
                                  "exitCode": report.summary.exit_code}
    if report.errors:
        invocation["toolExecutionNotifications"] = [_notification(e) for e in report.errors]
    results = [_result(f, doc, index) for doc in report.documents
               for f in shown_findings(doc, options)]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def format_sarif(report: Report, options: "FormatOptions") -> str:
    return json.dumps(build_sarif(report, options), indent=2, ensure_ascii=False) + "\n"

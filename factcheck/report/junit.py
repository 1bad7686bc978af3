"""junit: JUnit XML for CI test-report views.

A testsuite per article: a failing testcase per finding, a passing one per consistent check and
a skipped one per undetermined check that raised nothing. An unreadable input is a testsuite of
its own holding one testcase with an ``<error>``. Built with ``xml.etree`` (which escapes), and
characters XML 1.0 cannot carry are replaced with U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from ..models import Check, DocumentReport, Finding, Report
from .common import shown_findings

if TYPE_CHECKING:
    from . import FormatOptions

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _x(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: _x(v) for k, v in attrs.items()})
    if text is not None:
        el.text = _x(text)
    return el


def _finding_case(suite: ET.Element, doc: DocumentReport, f: Finding) -> None:
    case = _sub(suite, "testcase", classname=doc.path,
                name=f"{f.rule} {f.name} at {f.line}:{f.column}")
    details = [f"{doc.path}:{f.line}:{f.column}: {f.rule} [{f.severity.value}] {f.message}"]
    if f.expected is not None or f.found is not None:
        details.append(f"expected: {f.expected}   found: {f.found}")
    details.append(f"arithmetic: {f.arithmetic}")
    if f.tolerance:
        details.append(f"tolerance: {f.tolerance}")
    _sub(case, "failure", "\n".join(details), message=f.message, type=f.severity.value)


def _check_case(suite: ET.Element, doc: DocumentReport, ch: Check, where: str) -> ET.Element:
    case = _sub(suite, "testcase", classname=doc.path,
                name=f"{ch.rule} {ch.name} {','.join(ch.claims)}{where}")
    _sub(case, "system-out", f"{ch.explanation}\n= {ch.arithmetic}")
    return case


def _where(doc: DocumentReport, ch: Check) -> str:
    first = next((c for c in doc.claims if ch.claims and c.id == ch.claims[0]), None)
    return f" at {first.line}:{first.column}" if first else ""


def _document_suite(root: ET.Element, doc: DocumentReport, options: "FormatOptions") -> None:
    findings = shown_findings(doc, options)
    raised = {(f.rule, tuple(f.claims)) for f in doc.findings}
    passed = [ch for ch in doc.checks if ch.verdict == "consistent"]
    open_ = [ch for ch in doc.checks if ch.verdict == "undetermined"
             and (ch.rule, tuple(ch.claims)) not in raised]
    suite = _sub(root, "testsuite", name=doc.path,
                 tests=str(len(findings) + len(passed) + len(open_)),
                 failures=str(len(findings)), errors="0", skipped=str(len(open_)))
    for f in findings:
        _finding_case(suite, doc, f)
    for ch in passed:
        _check_case(suite, doc, ch, _where(doc, ch))
    for ch in open_:
        case = _check_case(suite, doc, ch, _where(doc, ch))
        _sub(case, "skipped", message=f"undetermined: {ch.explanation}")


def format_junit(report: Report, options: "FormatOptions") -> str:
    root = ET.Element("testsuites", name=report.tool.name)
    for doc in report.documents:
        _document_suite(root, doc, options)
    for err in report.errors:
        suite = _sub(root, "testsuite", name=err.path, tests="1", failures="0", errors="1",
                     skipped="0")
        case = _sub(suite, "testcase", classname=err.path, name=f"{err.rule} read input")
        _sub(case, "error", f"{err.path}: {err.message}", message=err.message, type=err.rule)
    totals = {key: sum(int(s.get(key, "0")) for s in root) for key in
              ("tests", "failures", "errors", "skipped")}
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")

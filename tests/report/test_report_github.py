"""GitHub workflow commands: escaped as the runner reads them, sorted, capped per level."""

from __future__ import annotations

import re

from factcheck.models import Severity
from factcheck.report.github import escape_data, escape_property, format_github
from report_corpus import HOSTAGES, make_report, options


def _report_with(findings_by_severity: dict[str, int]):
    """The hostages run, its one finding repeated at the severities asked for."""
    report = make_report([("a.txt", HOSTAGES.encode())])
    doc = report.documents[0]
    base = doc.findings[0]
    findings = []
    for severity, n in findings_by_severity.items():
        findings += [base.model_copy(update={"severity": Severity(severity), "line": i + 1})
                     for i in range(n)]
    return report.model_copy(update={"documents": [doc.model_copy(update={"findings":
                                                                              findings})]})


def test_escaping_a_message_and_a_path_exactly():
    report = make_report([("dir,with:odd%name\nx.txt", HOSTAGES.encode())])
    doc = report.documents[0]
    finding = doc.findings[0].model_copy(update={
        "message": "100% sure: 297, not 251\nsee the second line\r",
        "name": "part,exceeds:whole"})
    report = report.model_copy(update={"documents": [doc.model_copy(
        update={"findings": [finding]})]})
    assert format_github(report, options()) == (
        "::error file=dir%2Cwith%3Aodd%25name%0Ax.txt,line=1,col=32,endLine=1,endColumn=35,"
        "title=AR001 part%2Cexceeds%3Awhole"
        "::100%25 sure: 297, not 251%0Asee the second line%0D%0A297 > 251\n")


def test_escape_functions():
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"
    # % first, so an escape is never escaped twice
    assert escape_property("%0A") == "%250A"


def test_one_line_per_annotation_whatever_the_text():
    report = _report_with({"error": 3})
    doc = report.documents[0]
    nasty = [f.model_copy(update={"message": "a\nb\r\nc"}) for f in doc.findings]
    report = report.model_copy(update={"documents": [doc.model_copy(update={"findings": nasty})]})
    lines = format_github(report, options()).splitlines()
    assert len(lines) == 3 and all(line.startswith("::error ") for line in lines)


def _levels(output: str) -> list[str]:
    return [re.match(r"::(\w+)", line).group(1) for line in output.splitlines()]


def test_sorted_by_severity():
    report = _report_with({"info": 2, "warning": 2, "error": 2})
    assert _levels(format_github(report, options())) == ["error"] * 2 + ["warning"] * 2 + \
        ["notice"] * 2


def test_ten_per_level_and_a_closing_notice_of_what_was_left_out():
    report = _report_with({"error": 25, "warning": 12, "info": 3})
    output = format_github(report, options())
    levels = _levels(output)
    assert levels == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 3 + ["notice"]
    assert output.splitlines()[-1] == (
        "::notice title=factcheck%3A more findings::factcheck: 17 annotations left out "
        "(15 errors, 2 warnings): GitHub keeps 10 per level in a step; the other reports of "
        "this run list every finding")


def test_the_closing_notice_is_kept_within_the_notice_cap():
    output = format_github(_report_with({"info": 12}), options())
    levels = _levels(output)
    assert levels.count("notice") == 10  # 9 findings and the closing notice
    assert "3 annotations left out (3 notices)" in output.splitlines()[-1]


def test_no_closing_notice_when_nothing_was_left_out():
    output = format_github(_report_with({"error": 10, "warning": 10, "info": 10}), options())
    assert _levels(output) == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 10
    assert "left out" not in output


def test_min_severity_hides_lower_levels():
    output = format_github(_report_with({"error": 1, "warning": 1}),
                           options(min_severity="error"))
    assert _levels(output) == ["error"]


"""markdown: the step summary stays under GitHub's 1 MiB and says what it left out."""

from __future__ import annotations

import re

from factcheck.report.markdown import LIMIT, cell, format_markdown
from report_corpus import HOSTAGES, make_report, options


def _many(n: int):
    report = make_report([("articles/a.txt", HOSTAGES.encode()),
                          ("articles/b.txt", HOSTAGES.encode())])
    docs = []
    for doc in report.documents:
        base = doc.findings[0]
        long = base.message + " " + "and a long explanation of it " * 8
        findings = [base.model_copy(update={"line": i + 1, "message": long})
                    for i in range(n // 2)]
        docs.append(doc.model_copy(update={"findings": findings}))
    return report.model_copy(update={"documents": docs})


def test_5000_findings_stay_under_1_mib_and_the_rest_is_counted():
    report = _many(5000)
    output = format_markdown(report, options())
    assert len(output.encode("utf-8")) < 1024 * 1024 == LIMIT
    rows = [line for line in output.splitlines() if re.match(r"\| \d+:\d+ \| error \|", line)]
    assert 0 < len(rows) < 5000
    checks_rows = [line for line in output.splitlines()
                   if re.match(r"\| AR001 \| (in)?consistent \|", line)]
    left = re.search(r"\*\*(\d[\d,]*) findings(?: and (\d+) checks?)? left out\*\*", output)
    assert left, output[-500:]
    assert int(left.group(1)) == 5000 - len(rows)
    assert int(left.group(2) or 0) == 4 - len(checks_rows)
    assert output.rstrip().endswith("list them all.")


def test_small_reports_are_not_cut():
    report = _many(10)
    output = format_markdown(report, options())
    assert "left out" not in output
    assert len([line for line in output.splitlines()
                if re.match(r"\| \d+:\d+ \| error \|", line)]) == 10


def test_cells_keep_text_as_text():
    assert cell("a | b") == "a \\| b"
    assert cell("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert cell("**bold** _it_ `code` [link](x)\nnext") == \
        "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](x)<br>next"


def test_a_hostile_path_and_message_do_not_break_the_table():
    report = make_report([("a|b<i>.txt", HOSTAGES.encode())])
    doc = report.documents[0]
    finding = doc.findings[0].model_copy(update={"message": "x | y\n<b>z</b>"})
    report = report.model_copy(update={"documents": [doc.model_copy(
        update={"findings": [finding]})]})
    output = format_markdown(report, options())
    assert "#### a\\|b&lt;i&gt;.txt" in output
    row = next(line for line in output.splitlines() if line.startswith("| 1:32 |"))
    assert row.count(" | ") == 5  # six cells, none split
    assert "x \\| y<br>&lt;b&gt;z&lt;/b&gt;" in row

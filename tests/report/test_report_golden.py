"""Golden files for every output format, drawn from one real run (report_corpus.py).

FACTCHECK_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
"""

from __future__ import annotations

import pytest

from factcheck.report import FORMATTERS
from factcheck.report.statistics import format_statistics
from report_corpus import check_golden, make_report, options

SUFFIX = {"text": "txt", "json": "json", "json-lines": "jsonl", "concise": "concise.txt",
          "sarif": "sarif", "github": "github.txt", "gitlab": "gitlab.json", "junit": "xml",
          "markdown": "md", "html": "html"}


@pytest.fixture(scope="module")
def report():
    return make_report()


def test_every_format_has_a_golden_file():
    assert set(FORMATTERS) == set(SUFFIX)


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_golden(report, fmt):
    check_golden(f"run.{SUFFIX[fmt]}", FORMATTERS[fmt](report, options()))


@pytest.mark.parametrize("fmt", ["text", "concise", "sarif", "github", "markdown", "html"])
def test_golden_errors_only(report, fmt):
    """--min-severity error: the warning is not drawn (the exit code is not the formatter's)."""
    check_golden(f"run.min-error.{SUFFIX[fmt]}",
                 FORMATTERS[fmt](report, options(min_severity="error")))


def test_golden_statistics(report):
    check_golden("run.statistics.txt", format_statistics(report, options()))


@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_formatters_are_pure(report, fmt):
    """Same input, same output; the report is not changed by drawing it."""
    before = report.model_dump(mode="json")
    first = FORMATTERS[fmt](report, options())
    assert FORMATTERS[fmt](report, options()) == first
    assert report.model_dump(mode="json") == before


def test_the_run_shows_what_the_goldens_are_for(report):
    """Guard the corpus itself: an error, a check that holds, a warning, an unreadable input."""
    by_path = {d.path: d for d in report.documents}
    hostages = by_path["articles/hostages.txt"]
    assert [(f.rule, f.severity.value) for f in hostages.findings] == [("AR001", "error")]
    assert {c.verdict for c in hostages.checks} == {"consistent", "inconsistent"}
    assert [c.verdict for c in by_path["articles/budget.md"].checks] == ["consistent"]
    assert [f.rule for f in by_path["articles/fund.txt"].findings] == ["FC002"]
    assert [e.path for e in report.errors] == ["articles/empty.txt"]
    assert report.summary.exit_code == 2

"""The small fixed run the report tests draw: real articles through the real pipeline.

Three articles and one unreadable input, each chosen for what it shows: an error (a part larger
than its whole) beside a check that holds, a Markdown file whose check holds, and a Windows-1252
file (a warning with no claim). The tool's version is the one thing normalised, so that a release
does not rewrite every golden file.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from factcheck.config import defaults
from factcheck.load import InputProblem, load_bytes
from factcheck.models import InputError, Report
from factcheck.pipeline import Checker
from factcheck.report import FormatOptions, build_report

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
UPDATE = bool(os.environ.get("FACTCHECK_UPDATE_GOLDEN"))
TEST_VERSION = "0.0.0-test"

HOSTAGES = ("Militants seized 251 hostages, 297 of whom are still held.\n\n"
            "Of the 251 hostages, 97 of whom are still held, 33 are children.\n")
BUDGET = ("---\ntitle: Vote on the budget\noutlet: Example Daily\n---\n\n# Vote on the budget\n\n"
          "Only 13 out of 659 MPs voted against the bill, which passed on **Tuesday**.\n")
LATIN1 = "The fund raised £9.4 million from 251 donors.\n"

INPUTS: list[tuple[str, bytes]] = [
    ("articles/hostages.txt", HOSTAGES.encode("utf-8")),
    ("articles/budget.md", BUDGET.encode("utf-8")),
    ("articles/fund.txt", LATIN1.encode("cp1252")),
    ("articles/empty.txt", b""),
]


def make_report(inputs: list[tuple[str, bytes]] = INPUTS, keep_text: bool = True,
                fail_on: str = "error") -> Report:
    checker = Checker(defaults())
    documents, errors = [], []
    for path, data in inputs:
        try:
            doc, fallback = load_bytes(data, path)
        except InputProblem as problem:
            errors.append(InputError(path=path, message=str(problem)))
            continue
        documents.append(checker.audit(doc, fallback, keep_text=keep_text))
    report = build_report(documents, errors, fail_on, checker.rules_for(""))
    return report.model_copy(update={"tool": report.tool.model_copy(
        update={"version": TEST_VERSION})})


def options(**kwargs) -> FormatOptions:
    return FormatOptions(**kwargs)


def check_golden(name: str, actual: str) -> None:
    """Compare with ``golden/NAME``; FACTCHECK_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8", newline="")
        if not UPDATE:
            raise AssertionError(f"{path} did not exist and was written: check it, commit it")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (f"{name} differs from its golden file; if the change is "
                                "intended, rerun with FACTCHECK_UPDATE_GOLDEN=1 and review the diff")


@dataclass
class Run:
    code: int
    out: str
    err: str


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run_cli(*args: str, tty_out: bool = False, tty_err: bool = False) -> Run:
    """``factcheck ARGS`` in process, with standard output and error captured."""
    from factcheck.cli import main

    out = Terminal() if tty_out else io.StringIO()
    err = Terminal() if tty_err else io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return Run(code, out.getvalue(), err.getvalue())


__all__ = ["GOLDEN", "HERE", "HOSTAGES", "INPUTS", "Run", "Terminal", "check_golden",
           "make_report", "options", "run_cli"]

"""The command line around the formats: --report, the exit code, --statistics, colour, progress."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from factcheck.cli import COMMAND_FORMATS
from factcheck.report import progress
from report_corpus import HOSTAGES, Terminal, run_cli

BROKEN = "Militants seized 251 hostages, 297 of whom are still held.\n"

EXTENSIONS = {"text": "txt", "json": "json", "json-lines": "jsonl", "concise": "concise",
              "sarif": "sarif", "github": "github", "gitlab": "gitlab.json", "junit": "xml",
              "markdown": "md", "html": "html"}


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("CI", raising=False)
    path = tmp_path / "story.txt"
    path.write_text(HOSTAGES, "utf-8")
    return path


def test_every_format_at_once_writes_each_file_and_keeps_the_exit_code(article, tmp_path):
    formats = COMMAND_FORMATS["check"]
    reports = [f"{fmt}=out/report.{EXTENSIONS[fmt]}" for fmt in formats]
    args = ["check", "--output-format", "github", "story.txt"]
    for target in reports:
        args += ["--report", target]
    many = run_cli(*args)
    assert many.code == 1, many.err
    assert many.out.startswith("::error file=story.txt,line=1,col=32")
    for fmt in formats:
        written = tmp_path / "out" / f"report.{EXTENSIONS[fmt]}"
        assert written.stat().st_size > 0, fmt
        single = run_cli("check", "--output-format", fmt, "story.txt")
        assert single.code == many.code, fmt
        assert written.read_text("utf-8") == single.out, fmt  # the same report, whatever else
    assert json.loads((tmp_path / "out/report.sarif").read_text())["version"] == "2.1.0"
    assert "<mark" in (tmp_path / "out/report.html").read_text()
    documents = json.loads((tmp_path / "out/report.json").read_text())["documents"]
    assert "text" not in documents[0]  # kept for the html only
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_exit_code_the_same_with_an_unreadable_input(article, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    codes = {run_cli("check", "--output-format", fmt, "story.txt", "empty.txt").code
             for fmt in COMMAND_FORMATS["check"]}
    both = run_cli("check", "story.txt", "empty.txt", "--report", "sarif=x.sarif",
                   "--report", "html=x.html")
    assert codes == {2} and both.code == 2
    sarif = json.loads((tmp_path / "x.sarif").read_text())
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False


def test_report_command_formats_and_its_exit_code(article, tmp_path):
    result = run_cli("report", "story.txt", "--output-format", "markdown",
                     "--report", "html=audit.html")
    assert result.code == 0  # the audit never fails unless --fail-on says so
    assert "| AR001 | consistent |" in result.out
    assert "v-inconsistent" in (tmp_path / "audit.html").read_text()
    assert run_cli("report", "story.txt", "--fail-on", "error",
                   "--report", "markdown=a.md").code == 1
    refused = run_cli("report", "story.txt", "--report", "sarif=x.sarif")
    assert refused.code == 2
    assert "unknown format 'sarif' for report" in refused.err


@pytest.mark.parametrize("args,message", [
    (["--report", "html"], "expected FORMAT=PATH"),
    (["--report", "html="], "expected FORMAT=PATH"),
    (["--report", "nope=x"], "unknown format 'nope'"),
    (["--report", "html=a.out", "--report", "sarif=a.out"], "already written by --report html"),
    (["-o", "a.out", "--report", "sarif=a.out"], "already written by -o/--output-file"),
])
def test_bad_report_options_are_usage_errors(article, args, message):
    result = run_cli("check", "story.txt", *args)
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err


def test_report_files_get_the_usual_mode(article, tmp_path):
    old = os.umask(0o022)
    try:
        run_cli("check", "story.txt", "--report", "sarif=x.sarif")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.sarif").stat().st_mode) == 0o644


def test_statistics_after_the_report(article, tmp_path):
    (tmp_path / "b.txt").write_text(BROKEN, "utf-8")
    text = run_cli("check", "--statistics", "--output-format", "concise", "story.txt", "b.txt")
    assert text.code == 1
    assert text.out.endswith("\n2  AR001  part-exceeds-whole  [error]\n")
    # A machine-read format on standard output keeps it parseable: the counts go to stderr.
    sarif = run_cli("check", "--statistics", "--output-format", "sarif", "story.txt", "b.txt")
    json.loads(sarif.out)
    assert "2  AR001  part-exceeds-whole  [error]" in sarif.err
    # With -o, standard output has the counts alone.
    to_file = run_cli("check", "--statistics", "-o", "r.json", "--output-format", "json",
                      "story.txt")
    assert to_file.out == "1  AR001  part-exceeds-whole  [error]\n"


def test_color(article, monkeypatch):
    red = "\033[31m"
    assert red not in run_cli("check", "story.txt").out  # not a terminal
    assert red in run_cli("check", "story.txt", tty_out=True).out
    assert red in run_cli("check", "story.txt", "--color", "always").out
    assert red not in run_cli("check", "story.txt", "--color", "never", tty_out=True).out
    assert red in run_cli("check", "story.txt", "--output-format", "concise", "--color",
                          "always").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert red not in run_cli("check", "story.txt", tty_out=True).out
    assert red in run_cli("check", "story.txt", "--color", "always", tty_out=True).out
    monkeypatch.setenv("NO_COLOR", "")  # empty means unset, as no-color.org says
    assert red in run_cli("check", "story.txt", tty_out=True).out


def _many_files(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:02}.txt").write_text(HOSTAGES, "utf-8")


def test_progress_bar_only_for_many_files_at_a_terminal_outside_ci(article, tmp_path,
                                                                   monkeypatch):
    _many_files(tmp_path / "many", 25)
    _many_files(tmp_path / "few", 5)
    shown = run_cli("check", "many", "-o", "r.txt", tty_err=True)
    assert "25/25" in shown.err and "[####" in shown.err
    assert shown.err.endswith("\r")  # the bar is blanked at the end
    assert run_cli("check", "few", "-o", "r.txt", tty_err=True).err == ""
    assert run_cli("check", "many", "-o", "r.txt").err == ""  # not a terminal
    assert run_cli("check", "many", "-o", "r.txt", "-q", tty_err=True).err == ""
    monkeypatch.setenv("CI", "true")
    assert run_cli("check", "many", "-o", "r.txt", tty_err=True).err == ""
    assert not progress.wanted(25, Terminal(), {"CI": "1"})
    assert progress.wanted(25, Terminal(), {})
    assert not progress.wanted(20, Terminal(), {})

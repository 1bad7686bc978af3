"""github: GitHub Actions workflow commands, one annotation per finding.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message``. The runner reads a
command's data up to the end of the line and its properties up to ``,`` and ``::``, so data
escapes ``%`` ``\\r`` ``\\n`` and property values escape ``:`` and ``,`` as well.

GitHub keeps only 10 annotations of each level per step. Annotations are sorted by severity
(input errors first), 10 of each level are written, and a closing ``::notice::`` says how many
were left out; that notice is itself a notice, so notices are then cut at 9 to keep it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Report
from .common import all_shown, plural, repo_path

if TYPE_CHECKING:
    from . import FormatOptions

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = ("error", "warning", "notice")
PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}"
                     for key, value in properties.items() if value is not None)
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def _annotations(report: Report, options: "FormatOptions") -> list[tuple[str, str]]:
    """(level, command) pairs, most severe first, in file order within a level."""
    out = [("error", command("error", err.message, file=repo_path(err.path),
                             title=f"{err.rule} input not checked")) for err in report.errors]
    findings = sorted(all_shown(report, options), key=lambda df: -df[1].severity.rank)
    for doc, f in findings:
        level = LEVELS[f.severity.value]
        message = f"{f.message}\n{f.arithmetic}" if f.claims and f.arithmetic else f.message
        out.append((level, command(level, message, file=repo_path(doc.path), line=f.line,
                                   col=f.column, endLine=f.end_line, endColumn=f.end_column,
                                   title=f"{f.rule} {f.name}")))
    return out


def format_github(report: Report, options: "FormatOptions") -> str:
    annotations = _annotations(report, options)
    counts = {level: sum(1 for lv, _ in annotations if lv == level) for level in ORDER}
    over = any(counts[level] > PER_LEVEL for level in ORDER)
    caps = {level: PER_LEVEL for level in ORDER}
    if over:
        caps["notice"] = PER_LEVEL - 1
    written = {level: 0 for level in ORDER}
    lines = []
    for level, line in annotations:
        if written[level] < caps[level]:
            lines.append(line)
            written[level] += 1
    left_out = {level: counts[level] - written[level] for level in ORDER}
    total = sum(left_out.values())
    if total:
        parts = ", ".join(plural(n, level) for level, n in left_out.items() if n)
        lines.append(command("notice", f"factcheck: {plural(total, 'annotation')} left out "
                             f"({parts}): GitHub keeps {PER_LEVEL} per level in a step; "
                             "the other reports of this run list every finding",
                             title="factcheck: more findings"))
    return "".join(line + "\n" for line in lines)

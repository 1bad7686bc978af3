"""concise: one line per finding, ``path:line:col: ID [severity] message`` (editors' and grep's
format); an unreadable input is ``path: FC001 [error] message``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Report
from .common import all_shown

if TYPE_CHECKING:
    from . import FormatOptions

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def _severity(severity: str, options: "FormatOptions") -> str:
    text = f"[{severity}]"
    return f"{_COLORS[severity]}{text}{_RESET}" if options.color else text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def format_concise(report: Report, options: "FormatOptions") -> str:
    lines = [f"{err.path}: {err.rule} {_severity('error', options)} {_one_line(err.message)}"
             for err in report.errors]
    for doc, f in all_shown(report, options):
        lines.append(f"{doc.path}:{f.line}:{f.column}: {f.rule} "
                     f"{_severity(f.severity.value, options)} {_one_line(f.message)}")
    return "".join(line + "\n" for line in lines)

"""gitlab: a GitLab Code Quality report (a JSON array of issues).

Severities: an unreadable input is ``blocker`` (nothing in it was checked), an error finding
``critical``, a warning ``major``, an info ``info``. Fingerprints are the findings' own (rule,
path, sentence and claim text); GitLab needs them unique, so a repeat gets ``-2``, ``-3``….
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from ..models import Report
from .common import all_shown, repo_path

if TYPE_CHECKING:
    from . import FormatOptions

SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}


def _unique(fingerprint: str, seen: dict[str, int]) -> str:
    seen[fingerprint] = seen.get(fingerprint, 0) + 1
    n = seen[fingerprint]
    return fingerprint if n == 1 else f"{fingerprint}-{n}"


def build_gitlab(report: Report, options: "FormatOptions") -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    issues: list[dict[str, Any]] = []
    for err in report.errors:
        digest = hashlib.sha256(f"{err.rule}\x1f{repo_path(err.path)}".encode()).hexdigest()
        issues.append({
            "description": f"{err.rule}: input not checked: {err.message}",
            "check_name": err.rule,
            "fingerprint": _unique(digest[:16], seen),
            "severity": "blocker",
            "location": {"path": repo_path(err.path), "lines": {"begin": 1}},
        })
    for doc, f in all_shown(report, options):
        description = f"{f.rule} {f.message}"
        if f.claims and f.arithmetic:
            description += f" [{f.arithmetic}]"
        issues.append({
            "description": description,
            "check_name": f.rule,
            "fingerprint": _unique(f.fingerprint, seen),
            "severity": SEVERITIES[f.severity.value],
            "location": {"path": repo_path(doc.path),
                         "lines": {"begin": f.line, "end": f.end_line}},
        })
    return issues


def format_gitlab(report: Report, options: "FormatOptions") -> str:
    return json.dumps(build_gitlab(report, options), indent=2, ensure_ascii=False) + "\n"

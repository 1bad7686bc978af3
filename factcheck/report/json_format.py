"""json and json-lines: the report model as it is, valid against schemas/report.schema.json."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..models import Report

if TYPE_CHECKING:
    from . import FormatOptions


def _shown(report: Report, options: "FormatOptions") -> Report:
    if options.min_severity == "info":
        return report
    documents = [d.model_copy(update={"findings": [f for f in d.findings
                                                   if options.shows(f.severity.value)]})
                 for d in report.documents]
    return report.model_copy(update={"documents": documents})


def _exclude_unkept_text(report: Report) -> dict:
    """``text`` is optional: left out where it was not kept, so the output stays as it was."""
    return {"documents": {i: {"text"} for i, d in enumerate(report.documents) if d.text is None}}


def format_json(report: Report, options: "FormatOptions") -> str:
    report = _shown(report, options)
    return report.model_dump_json(indent=2, exclude=_exclude_unkept_text(report)) + "\n"


def format_json_lines(report: Report, options: "FormatOptions") -> str:
    """One line per finding (check) or per claim (extract), each naming its file."""
    lines = []
    report = _shown(report, options)
    for doc in report.documents:
        if options.audit:
            items = [("finding", f.model_dump(mode="json")) for f in doc.findings]
        else:
            items = [("claim", c.model_dump(mode="json")) for c in doc.claims]
        for record_type, record in items:
            lines.append(json.dumps({"type": record_type, "path": doc.path, **record},
                                    ensure_ascii=False))
    for err in report.errors:
        lines.append(json.dumps({"type": "error", **err.model_dump(mode="json")},
                                ensure_ascii=False))
    return "".join(line + "\n" for line in lines)

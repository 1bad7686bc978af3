"""Waivers: inline suppressions in Markdown and HTML, and the baseline file.

Inline (conventions.md, "Inline suppression"), an HTML comment in the article:

    <!-- factcheck: ignore AR002 -- the ministry's own table does not add up -->   (next block)
    <!-- factcheck: disable XS001 --> … <!-- factcheck: enable XS001 -->              (a range)
    <!-- factcheck: skip-file -- a reprint of a 1987 wire story -->                   (the file)

Selectors are rule ids, prefixes (``AR``), names or ``ALL``; a reason follows ``--``. Markdown
front matter may hold the same under ``factcheck:`` (``skip-file: reason``, ``ignore: [AR002]``
or ``disable: [XS]`` for the whole file). A suppression that suppresses nothing is finding
FC003; one naming no rule, or a comment that is not a directive, is FC004.

The baseline is a JSON file of findings accepted as they are, keyed by their fingerprint
(rule, path, normalised sentence, claim text: not the line, so edits elsewhere keep it), each
with a reason. ``--write-baseline`` writes it atomically; ``--baseline`` (or the ``baseline``
key) drops the findings it lists.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .engine import fingerprint, render_message
from .engine.rule_model import RuleBase
from .models import Document, DocumentFormat, DocumentReport, Finding, Severity

ACTIONS = ("ignore", "disable", "enable", "skip-file")
_COMMENT = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.S | re.I)
_DIRECTIVE = re.compile(r"^\s*(?P<action>[a-z-]+)\b(?P<selectors>.*?)(?:\s--\s*(?P<reason>.*?))?\s*$",
                        re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BLOCK_END_HTML = re.compile(r"</(?:p|li|h[1-6]|blockquote|td|th|tr|div|figcaption|pre)\s*>",
                             re.I)


@dataclass
class Directive:
    action: str
    selectors: list[str]
    reason: str | None
    start: int          # the comment's raw span
    end: int
    scope: tuple[int, int] = (0, 0)
    used: bool = False
    source: str = "comment"
    problem: str | None = None   # why it is not a usable directive (FC004)
    closes: list["Directive"] = field(default_factory=list)


def _selects(selector: str, rule_id: str, rule_name: str) -> bool:
    return selector == "ALL" or selector in (rule_id, rule_name) or (
        selector.isalpha() and selector.isupper() and rule_id.startswith(selector))


def _known(selector: str, rules: Iterable[RuleBase]) -> bool:
    return any(_selects(selector, r.id, r.name) or selector in r.aliases for r in rules)


def _next_block(doc: Document, pos: int) -> tuple[int, int]:
    raw = doc.raw
    start = pos
    while start < len(raw) and raw[start].isspace():
        start += 1
    ends = [m.start() for m in (_BLANK_LINE.search(raw, start),) if m]
    if doc.format is DocumentFormat.HTML:
        m = _BLOCK_END_HTML.search(raw, start)
        if m:
            ends.append(m.end())
    return start, min(ends) if ends else len(raw)


def directives(doc: Document) -> list[Directive]:
    """Every factcheck directive in the document, with the raw span each one covers."""
    found: list[Directive] = []
    fm = doc.meta.get("factcheck") if isinstance(doc.meta, dict) else None
    if fm is not None:
        found.extend(_front_matter(fm, len(doc.raw)))
    if doc.format not in (DocumentFormat.MARKDOWN, DocumentFormat.HTML):
        return found
    open_ranges: list[Directive] = []
    for m in _COMMENT.finditer(doc.raw):
        d = _DIRECTIVE.match(m.group("body"))
        action = d.group("action").lower() if d else ""
        selectors = re.split(r"[\s,]+", d.group("selectors").strip()) if d else []
        selectors = [s for s in selectors if s]
        reason = (d.group("reason") or "").strip() or None if d else None
        directive = Directive(action, selectors, reason, m.start(), m.end())
        if action not in ACTIONS:
            directive.problem = f"'{action or m.group('body').strip()}' is not a directive " \
                                f"(one of: {', '.join(ACTIONS)})"
        elif action == "ignore":
            directive.scope = _next_block(doc, m.end())
        elif action == "disable":
            directive.scope = (m.end(), len(doc.raw))
            open_ranges.append(directive)
        elif action == "enable":
            for opened in reversed(open_ranges):
                if opened.scope[1] == len(doc.raw) and (
                        set(opened.selectors) & set(selectors) or not selectors):
                    opened.scope = (opened.scope[0], m.start())
                    directive.closes.append(opened)
                    directive.used = True
            if not directive.closes:
                directive.problem = "enables what no 'disable' before it disabled"
        elif action == "skip-file":
            directive.scope = (0, len(doc.raw))
        found.append(directive)
    return found


def _front_matter(fm: object, size: int) -> list[Directive]:
    out: list[Directive] = []
    if not isinstance(fm, dict):
        return [Directive("", [], None, 0, 0, source="front matter",
                          problem="'factcheck:' in the front matter must be a mapping")]
    for key, value in fm.items():
        action = str(key).lower()
        if action == "skip-file":
            out.append(Directive("skip-file", [], str(value) if value not in (True, None) else
                                 None, 0, 0, (0, size), source="front matter"))
        elif action in ("ignore", "disable"):
            values = value if isinstance(value, list) else [value]
            out.append(Directive(action, [str(v) for v in values], None, 0, 0, (0, size),
                                 source="front matter"))
        else:
            out.append(Directive(action, [], None, 0, 0, source="front matter",
                                 problem=f"'{key}' is not a directive (one of: ignore, disable, "
                                         "skip-file)"))
    return out


def apply(doc: Document, findings: list[Finding], all_rules: list[RuleBase],
          ran: list[RuleBase], severity: dict[str, Severity] | None = None
          ) -> list[Finding]:
    """The findings that no directive suppresses, plus FC003/FC004 for the directives."""
    found = directives(doc)
    if not found:
        return findings
    kept: list[Finding] = []
    for f in findings:
        suppressed = False
        for d in found:
            if d.problem or d.action == "enable":
                continue
            if d.action == "skip-file" or (d.scope[0] <= f.start < d.scope[1] and (
                    not d.selectors or any(_selects(s, f.rule, f.name) for s in d.selectors))):
                d.used = suppressed = True
        if not suppressed:
            kept.append(f)
    if any(d.action == "skip-file" and not d.problem for d in found):
        kept = []
    by_id = {r.id: r for r in ran}
    ran_ids = [(r.id, r.name) for r in ran]
    extra: list[Finding] = []
    for d in found:
        unknown = [s for s in d.selectors if not _known(s, all_rules)]
        if d.problem or unknown:
            rule = by_id.get("FC004")
            if rule is not None:
                what = d.problem or f"no rule matches {', '.join(unknown)}"
                extra.append(_finding(doc, rule, d, what, severity))
            continue
        if not d.used and d.action in ("ignore", "disable") and (
                not d.selectors or any(_selects(s, i, n) for s in d.selectors
                                       for i, n in ran_ids)):
            rule = by_id.get("FC003")
            if rule is not None:
                extra.append(_finding(doc, rule, d, "it suppresses no finding", severity))
    return sorted(kept + extra, key=lambda f: (f.start, f.rule))


def _finding(doc: Document, rule: RuleBase, d: Directive, why: str,
             severity: dict[str, Severity] | None) -> Finding:
    line, col = doc.line_col(d.start)
    eline, ecol = doc.line_col(d.end)
    text = doc.raw[d.start:d.end] if d.end > d.start else f"front matter factcheck: {d.action}"
    values = {"directive": re.sub(r"\s+", " ", text)[:120], "reason": why,
              "selectors": ", ".join(d.selectors) or "ALL"}
    level = (severity or {}).get(rule.id) or (severity or {}).get(rule.name) or rule.severity
    return Finding(rule=rule.id, name=rule.name, severity=Severity(level),
                   message=render_message(rule.message, values), start=d.start, end=d.end,
                   line=line, column=col, end_line=eline, end_column=ecol, claims=[],
                   arithmetic="not applicable: a suppression, not a figure",
                   fingerprint=fingerprint(rule.id, doc.path, text, d.action))


# -- the baseline -----------------------------------------------------------------------------

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; ``str()`` names it."""


@dataclass
class Baseline:
    entries: dict[str, dict] = field(default_factory=dict)
    path: Path | None = None
    used: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, path: Path) -> "Baseline":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{path}: no such baseline file") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BaselineError(f"{path}: not a baseline file: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise BaselineError(f"{path}: not a baseline file: expected "
                                "{\"version\": 1, \"entries\": [...]}")
        entries = {}
        for i, e in enumerate(data["entries"]):
            if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str):
                raise BaselineError(f"{path}: entry {i + 1} has no fingerprint")
            entries[e["fingerprint"]] = e
        return cls(entries, path)

    def filter(self, findings: list[Finding]) -> list[Finding]:
        kept = []
        for f in findings:
            if f.fingerprint in self.entries:
                self.used.add(f.fingerprint)
            else:
                kept.append(f)
        return kept


def baseline_entries(documents: list[DocumentReport], previous: Baseline | None = None,
                     reason: str = "accepted when the baseline was written") -> list[dict]:
    out, seen = [], set()
    for doc in documents:
        for f in doc.findings:
            if f.fingerprint in seen:
                continue
            seen.add(f.fingerprint)
            old = previous.entries.get(f.fingerprint) if previous else None
            out.append({"fingerprint": f.fingerprint, "rule": f.rule, "path": doc.path,
                        "line": f.line, "message": f.message,
                        "reason": (old or {}).get("reason") or reason})
    return out


def write_baseline(path: Path, entries: list[dict]) -> None:
    """Write the whole file or nothing: a temporary file renamed into place."""
    text = json.dumps({"version": BASELINE_VERSION, "tool": "factcheck", "entries": entries},
                      indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""The rules engine: evaluates every selected rule on a document's figures and relations.

Every relation a rule evaluates becomes a ``Check`` (also those that hold). A check whose
verdict is *inconsistent* becomes a ``Finding`` at the rule's severity: the only verdict that
can. Undetermined checks are reported, never raised.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Mapping

from ..claims import Figure
from ..intervals import Verdict
from ..models import Check, Document, Finding, Relation, Severity
from .context import Context, Outcome
from .kinds import KINDS
from .rule_model import RuleBase
from .rules import RuleFileError, Selection, load_rules, packaged_rules_dir, parse_rule

__all__ = ["RuleFileError", "Selection", "load_rules", "packaged_rules_dir", "parse_rule",
           "run_rules", "render_message"]

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def render_message(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{name}`` placeholders; no attribute access, no format spec, no code."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def fingerprint(rule_id: str, path: str, sentence: str, claim_text: str) -> str:
    """Stable across edits elsewhere in the file: the rule, the path and the claim's words."""
    norm = re.sub(r"\s+", " ", sentence).strip().lower()
    key = "\x1f".join((rule_id, path.replace("\\", "/"), norm, claim_text.lower()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def run_rules(rules: list[RuleBase], doc: Document, figures: list[Figure],
              relations: list[Relation],
              severity: Mapping[str, Severity] | None = None,
              ledger: Any = None) -> tuple[list[Check], list[Finding]]:
    """Every rule over one document's relations; ``ledger`` (a ``factcheck.ledger.Ledger``)
    is what the cross-source kinds compare with, None for none."""
    ctx = Context(doc, figures, relations, ledger)
    checks: list[Check] = []
    findings: list[Finding] = []
    for rule in rules:
        kind = KINDS[rule.kind]  # type: ignore[attr-defined]
        level = (severity or {}).get(rule.id) or (severity or {}).get(rule.name) or rule.severity
        for outcome in kind.evaluate(rule, ctx):
            outcome.claims = list(dict.fromkeys(Context.claim_id(c) for c in outcome.claims))
            outcome.primary = Context.claim_id(outcome.primary)
            if outcome.escalation and getattr(rule, "escalate", False) and \
                    outcome.verdict is Verdict.INCONSISTENT:
                outcome.assumptions.append(f"escalated to error: {outcome.escalation}")
            checks.append(_check(rule, outcome))
            if outcome.verdict is Verdict.INCONSISTENT:
                severity_now = Severity(level)
                if outcome.escalation and getattr(rule, "escalate", False):
                    severity_now = Severity.ERROR
                findings.append(_finding(rule, outcome, ctx, severity_now))
    findings.sort(key=lambda f: (f.start, f.rule))
    return checks, findings


def _check(rule: RuleBase, o: Outcome) -> Check:
    return Check(rule=rule.id, name=rule.name, kind=rule.kind,  # type: ignore[attr-defined]
                 verdict=o.verdict.value, claims=o.claims, explanation=o.explanation,
                 arithmetic=o.arithmetic, expected=o.expected, found=o.found,
                 tolerance=o.tolerance, assumptions=o.assumptions)


def _finding(rule: RuleBase, o: Outcome, ctx: Context, severity: Severity) -> Finding:
    fig = ctx.by_id[o.primary]
    c = fig.claim
    values = {"expected": o.expected or "", "found": o.found or "",
              "tolerance": o.tolerance or "", "arithmetic": o.arithmetic,
              "escalation": o.escalation or "", **o.values}
    sentence = ctx.doc.text[fig.sentence.start:fig.sentence.end]
    return Finding(
        rule=rule.id, name=rule.name, severity=severity,
        message=render_message(rule.message, values) + (
            f" ({o.escalation})" if o.escalation and getattr(rule, "escalate", False) else ""),
        start=c.start, end=c.end, line=c.line, column=c.column,
        end_line=c.end_line, end_column=c.end_column,
        claims=o.claims, expected=o.expected, found=o.found, tolerance=o.tolerance,
        arithmetic=o.arithmetic, in_quote=c.in_quote,
        fingerprint=fingerprint(rule.id, ctx.doc.path, sentence, c.text),
    )

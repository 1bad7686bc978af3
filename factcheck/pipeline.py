"""The pipeline for one document: segment → recognise → claims → link → check.

``Checker`` holds what a run shares (configuration, rules) and turns each loaded ``Document``
into a ``DocumentReport``. Loading and reporting are the CLI's, so that a library user can feed
text from anywhere and draw any report.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from pydantic import ValidationError

from .claims import ExtractionSettings, Figure, build_claims
from .config import Config, ConfigError, ignored_for
from .engine import (RuleFileError, Selection, fingerprint, load_rules, packaged_rules_dir,
                     render_message, run_rules)
from .engine.rule_model import RuleBase
from .engine.rules import RULE_ADAPTER
from .link import link
from .load import DecodingFallback
from .models import Document, DocumentReport, Finding, Relation, Severity
from .recognise.numbers import scan
from .segment import segment
from . import suppress
from .suppress import Baseline, BaselineError


class Checker:
    """Checks documents with one configuration and one rule set."""

    def __init__(self, config: Config, root: Path | None = None,
                 rules: list[RuleBase] | None = None, ledger: object | None = None):
        self.config = config
        self.root = root
        # A claims ledger (factcheck.ledger.Ledger) for the cross-source rules; None: they
        # check nothing.
        self.ledger = ledger
        if rules is None:
            dirs = [packaged_rules_dir()] + [self._resolve(p) for p in config.rules_path or []]
            rules = load_rules(dirs)
        self.rules = _with_parameters(rules, config.rules or {})
        self.settings = ExtractionSettings(
            approximate_tolerance=Fraction(str(config.approximate_tolerance or 0.1)))
        self.severity = {k: Severity(v) for k, v in (config.severity or {}).items()}
        known = {r.id for r in self.rules} | {r.name for r in self.rules}
        for key in self.severity:
            if key not in known:
                raise ConfigError(f"severity: unknown rule '{key}'")
        self.selection = Selection(tuple(config.select or ("ALL",)),
                                   tuple(config.extend_select or ()), tuple(config.ignore or ()))
        self._selected: dict[tuple[str, ...], list[RuleBase]] = {}
        unknown = self.selection.unknown(self.rules)
        if unknown:
            raise ConfigError(f"select/ignore: no rule matches {', '.join(unknown)}")
        # Waivers: inline suppressions (off with --no-inline-suppressions) and the baseline.
        self.inline_suppressions = True
        self.baseline: Baseline | None = None
        if config.baseline:
            try:
                self.baseline = Baseline.read(self._resolve(config.baseline))
            except BaselineError as exc:
                raise ConfigError(f"baseline: {exc}") from None

    def _resolve(self, path: str) -> Path:
        p = Path(path)
        return p if p.is_absolute() or self.root is None else self.root / p

    def rules_for(self, path: str) -> list[RuleBase]:
        extra = tuple(ignored_for(self.config, path, self.root))
        # Most files share one set of per-file ignores (none): select once per set.
        chosen = self._selected.get(extra)
        if chosen is None:
            selection = Selection(self.selection.select, self.selection.extend_select,
                                  self.selection.ignore + extra)
            chosen = self._selected[extra] = [r for r in self.rules if selection.selects(r)]
        return chosen

    def extract(self, doc: Document) -> tuple[list[Figure], list[Relation]]:
        segments = segment(doc)
        figures = build_claims(doc, segments, scan(doc.text), self.settings)
        return figures, link(doc, figures)

    def audit(self, doc: Document, fallback: DecodingFallback | None = None,
              run_checks: bool = True, keep_text: bool = False) -> DocumentReport:
        """Extract and check one document; ``keep_text`` keeps the raw input in the report."""
        figures, relations = self.extract(doc)
        checks, findings = [], []
        rules = self.rules_for(doc.path)
        if run_checks:
            checks, findings = run_rules(rules, doc, figures, relations, self.severity,
                                         ledger=self.ledger)
            if fallback is not None:
                findings[:0] = self._fallback_finding(doc, fallback, rules)
            if self.inline_suppressions:
                findings = suppress.apply(doc, findings, self.rules, rules, self.severity)
            if self.baseline is not None:
                findings = self.baseline.filter(findings)
        return DocumentReport(
            path=doc.path, format=doc.format, title=doc.title, outlet=doc.outlet, url=doc.url,
            published=doc.published, published_source=doc.published_source,
            claims=[f.claim for f in figures], relations=relations, checks=checks,
            findings=findings, text=doc.raw if keep_text else None)

    def _fallback_finding(self, doc: Document, fallback: DecodingFallback,
                          rules: list[RuleBase]) -> list[Finding]:
        rule = next((r for r in rules if r.id == "FC002"), None)
        if rule is None:
            return []
        # The fallback decodes one byte to one character: the byte offset is the text offset.
        offset = min(fallback.byte_offset, max(len(doc.raw) - 1, 0))
        line, col = doc.line_col(offset)
        return [Finding(
            rule=rule.id, name=rule.name,
            severity=self.severity.get(rule.id) or rule.severity,
            message=render_message(rule.message, {"byte": f"0x{fallback.byte:02X}",
                                                  "offset": str(fallback.byte_offset)}),
            start=offset, end=offset + 1, line=line,
            column=col, end_line=line, end_column=col + 1, claims=[],
            arithmetic="not applicable: an encoding problem, not a figure",
            fingerprint=fingerprint(rule.id, doc.path, "", "encoding"))]


def _with_parameters(rules: list[RuleBase], params: dict[str, dict]) -> list[RuleBase]:
    """Rules with the parameters set in ``[tool.factcheck.rules.<ID>]``, re-validated."""
    by_key = {r.id: r for r in rules} | {r.name: r for r in rules}
    replaced: dict[str, RuleBase] = {}
    for key, values in params.items():
        rule = by_key.get(key)
        if rule is None:
            raise ConfigError(f"rules.{key}: unknown rule")
        data = rule.model_dump(by_alias=True) | values
        try:
            replaced[rule.id] = RULE_ADAPTER.validate_python(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"][1:])
            raise ConfigError(f"rules.{key}: parameter '{field}': {err['msg']}") from None
    return [replaced.get(r.id, r) for r in rules]


__all__ = ["Checker", "ConfigError", "RuleFileError"]

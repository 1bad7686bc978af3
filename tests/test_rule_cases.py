"""Data-driven rule cases: every ``tests/rules/<ID>.yml`` case is one pytest id.

The files are validated against ``RuleTestFile`` (schema: ``schemas/rule-test.schema.json``);
see ``factcheck/engine/rule_tests.py`` for the vocabulary (sqlfluff's: pass_text/fail_text,
pass_claims/fail_claims, violations, format, configs, date, xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.config import Config, defaults, merge
from factcheck.engine import load_rules, packaged_rules_dir, run_rules
from factcheck.engine.rule_tests import RuleTestFile, figures_from_claims
from factcheck.load import load_text
from factcheck.models import DocumentFormat
from factcheck.pipeline import Checker

CASES_DIR = Path(__file__).parent / "rules"
RULES = {r.id: r for r in load_rules([packaged_rules_dir()])}


def _files() -> list[tuple[Path, RuleTestFile]]:
    out = []
    for path in sorted(CASES_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append((path, RuleTestFile.model_validate(data)))
    return out


FILES = _files()


def _cases():
    for path, tf in FILES:
        for name, case in tf.cases.items():
            marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
            yield pytest.param(tf.rule, case, id=f"{tf.rule}-{name}", marks=marks)


def test_every_file_names_a_rule_and_matches_its_name():
    assert FILES, "no rule cases found"
    for path, tf in FILES:
        assert tf.rule in RULES, f"{path.name}: no rule {tf.rule}"
        assert path.stem == tf.rule, f"{path.name} holds cases for {tf.rule}"
        assert any(c.fails for c in tf.cases.values()) or RULES[tf.rule].kind == "tool"


def _run(rule_id: str, case):
    if case.pass_claims is not None or case.fail_claims is not None:
        doc, figures = figures_from_claims(case.pass_claims or case.fail_claims)
        rule = RULES[rule_id]
        if case.configs and "rules" in case.configs:
            checker = Checker(merge(defaults(), Config.model_validate(case.configs)))
            rule = next(r for r in checker.rules if r.id == rule_id)
        checks, findings = run_rules([rule], doc, figures, [])
        return checks, findings
    config = defaults()
    if case.configs:
        config = merge(config, Config.model_validate(case.configs))
    checker = Checker(config)
    text = case.pass_text if case.pass_text is not None else case.fail_text
    doc = load_text(text, f"case.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[case.format]}",
                    DocumentFormat(case.format))
    if doc.published is None and case.date is not None:
        doc.published, doc.published_source = case.date, "case date"
    report = checker.audit(doc)
    return report.checks, report.findings


@pytest.mark.parametrize("rule_id,case", list(_cases()))
def test_rule_case(rule_id, case):
    checks, findings = _run(rule_id, case)
    raised = [f for f in findings if f.rule == rule_id]
    if not case.fails:
        assert not raised, "\n".join(f"{f.message} | {f.arithmetic}" for f in raised)
        return
    assert raised, f"{rule_id} raised nothing; its checks: " + "; ".join(
        f"{c.verdict}: {c.arithmetic}" for c in checks if c.rule == rule_id)
    for f in raised:
        assert f.arithmetic and f.tolerance is not None or RULES[rule_id].kind == "tool"
    if case.violations is not None:
        wanted = [v.model_dump(exclude_none=True) for v in case.violations]
        assert len(raised) == len(wanted), [f.message for f in raised]
        for f, v in zip(raised, wanted):
            assert v.pop("rule", rule_id) == f.rule
            if "message_contains" in v:
                assert v.pop("message_contains") in f.message
            for key, value in v.items():
                assert getattr(f, key) == value, f"{key}: {getattr(f, key)!r} != {value!r}"

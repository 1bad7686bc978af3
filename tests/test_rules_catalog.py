"""The rule catalog: ids well formed and unique, every rule documented, its examples true."""

from __future__ import annotations

import re

import pytest

from factcheck import check_text
from factcheck.engine import load_rules, packaged_rules_dir
from factcheck.engine.kinds import KINDS
from factcheck.ledger.examples import check_example

RULES = load_rules([packaged_rules_dir()])
# Rules the pipeline raises itself (kind "tool") have no text example that could fail them.
TEXT_RULES = [r for r in RULES if r.kind != "tool"]


def test_ids_and_names_are_well_formed_and_unique():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        assert re.fullmatch(r"[A-Z]{2}\d{3}", r.id)
        assert (packaged_rules_dir() / r.id[:2] / f"{r.id}.yml").is_file()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented(rule):
    assert len(rule.description.split()) >= 8
    assert len(rule.rationale.split()) >= 8
    assert rule.message.strip()
    if rule.kind != "tool":
        assert rule.examples.pass_ and rule.examples.fail


def _examples():
    for rule in TEXT_RULES:
        for i, text in enumerate(rule.examples.pass_):
            yield pytest.param(rule, text, False, id=f"{rule.id}-pass-{i}")
        for i, text in enumerate(rule.examples.fail):
            yield pytest.param(rule, text, True, id=f"{rule.id}-fail-{i}")


@pytest.mark.parametrize("rule,text,fails", list(_examples()))
def test_rule_examples_do_what_they_say(rule, text, fails):
    # Cross-source kinds need a ledger: their examples are several reports, the earlier ones
    # put in an in-memory ledger (factcheck.ledger.examples).
    report = check_example(text) if getattr(KINDS[rule.kind], "LEDGER", False) \
        else check_text(text)
    raised = [f for f in report.findings if f.rule == rule.id]
    checked = [c for c in report.checks if c.rule == rule.id]
    if fails:
        assert raised, f"{rule.id} should fail: {text!r}; checks: {report.checks}"
        assert all(f.arithmetic for f in raised)
    else:
        assert not raised, f"{rule.id} should pass: {text!r}: {raised}"
        assert checked, f"{rule.id}'s pass example checks nothing: {text!r}"
        # Rounded figures may leave a check undetermined (never raised); none may fail.
        assert all(c.verdict != "inconsistent" for c in checked)

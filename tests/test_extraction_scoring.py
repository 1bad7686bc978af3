"""The extraction benchmark's scoring rules (benchmarks/extraction.py), on made-up cases: what
counts as a match decides every figure the README prints, so each rule is pinned here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "extraction.py"
_spec = importlib.util.spec_from_file_location("extraction_benchmark", _PATH)
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench  # dataclasses look their module up while the class is made
_spec.loader.exec_module(bench)


@pytest.fixture(scope="module")
def runner():
    return bench.FactcheckRunner()


def _case(text, expected, scope, **extra):
    return {"id": "t", "input": text, "expected": expected, "scope": scope, **extra}


def test_an_equality_is_both_ends_of_its_interval(runner):
    # upstream's "equals 20" is [20, 20]: two numbers; our "equal to 170" flattens the same way
    [pred] = runner.predict("x is equal to 170.")
    assert pred.numbers == [170.0, 170.0] and pred.rangey
    case = _case("x is equal to 170.", [{"type": "range", "interval": {
        "low": 170, "high": 170, "low_inclusive": True, "high_inclusive": True}}], ["range"])
    score, missed, spurious = bench.score_value(case, [pred])
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_a_bare_figure_is_one_number(runner):
    [pred] = runner.predict("x is 170.")
    assert pred.numbers == [170.0] and not pred.rangey


def test_money_is_compared_in_its_main_unit_in_the_unit_aware_variant(runner):
    case = _case("down 34 cents", [{"value": 34, "unit": "Cent"}], ["unit"])
    preds = runner.predict(case["input"])
    assert [p.numbers for p in preds] == [[0.34]]
    score, _, _ = bench.score_unit_scope(case, preds)
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
    # the plain value metric compares bare numbers and still counts it twice
    score, _, _ = bench.score_value(case, preds)
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_a_peer_printing_cents_is_converted_alike():
    [pred] = bench.quantulum_preds([{"value": 34.0, "unit": "cent", "surface": "34 cents",
                                     "span": [5, 13], "uncertainty": None}])
    case = _case("down 34 cents", [{"value": 34, "unit": "Cent"}], ["unit"])
    score, _, _ = bench.score_unit_scope(case, [pred])
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_other_units_are_not_converted():
    [pred] = bench.quantulum_preds([{"value": 34.0, "unit": "centimetre", "surface": "34 cm",
                                     "span": [0, 5], "uncertainty": None}])
    case = _case("34 cm", [{"value": 34, "unit": "centimetre"}], ["all"])
    score, _, _ = bench.score_unit_scope(case, [pred])
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_scope_rules_look_at_the_case_only():
    assert bench.scope_reason(_case("How about more than 2 in 5", [], ["range"],
                                    comment="As this can be ambiguous, by design ...")) == \
        "ambiguous upstream"
    assert bench.scope_reason(_case("x >= 30", [], ["range"])) == "comparison symbols"
    assert bench.scope_reason(_case("more than 30 people", [], ["range"])) is None

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


def test_an_equality_is_both_ends_of_its_interval_in_the_range_file(runner):
    # upstream's "equals 20" is [20, 20]: two numbers; our "equal to 170" flattens the same way
    [pred] = runner.predict("x is equal to 170.", equality_as_range=True)
    assert pred.numbers == [170.0, 170.0] and pred.rangey
    case = _case("x is equal to 170.", [{"type": "range", "interval": {
        "low": 170, "high": 170, "low_inclusive": True, "high_inclusive": True}}], ["range"])
    score, missed, spurious = bench.score_value(case, [pred])
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_a_bare_figure_is_one_number(runner):
    [pred] = runner.predict("x is 170.", equality_as_range=True)
    assert pred.numbers == [170.0] and not pred.rangey


def test_outside_the_range_file_an_equality_is_one_number(runner):
    # quantities.jsonl reads "1m is equal to 10 dm" as the number 10
    preds = runner.predict("x is equal to 170.")
    assert [p.numbers for p in preds] == [[170.0]] and not preds[0].rangey


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


@pytest.mark.parametrize("unit, factor", [
    ("cent", 0.01), ("Cent", 0.01), ("Pence", 0.01), ("penny", 0.01), ("Sen", 0.01),
    ("centimetre", 1.0), ("Centimeter per millisecond", 1.0), ("percentage", 1.0),
    ("dollar", 1.0), (None, 1.0),
])
def test_only_a_currency_hundredth_is_converted(unit, factor):
    assert bench._minor_factor(unit) == factor
    [pred] = bench.quantulum_preds([{"value": 34.0, "unit": unit or "dimensionless",
                                     "surface": "34", "span": [0, 2], "uncertainty": None}])
    assert pred.main_numbers == [34.0 * factor] and pred.numbers == [34.0]


def test_scope_rules_look_at_the_case_only():
    assert bench.scope_reason(_case("How about more than 2 in 5", [], ["range"],
                                    comment="As this can be ambiguous, by design ...")) == \
        "ambiguous upstream"
    assert bench.scope_reason(_case("x >= 30", [], ["range"])) == "comparison symbols"
    assert bench.scope_reason(_case("more than 30 people", [], ["range"])) is None

"""Recognition: data-driven cases (tests/data/recognise*.yml) and round-trip properties."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
import yaml
from hypothesis import given, strategies as st

from factcheck import extract_text

def _load_cases() -> dict:
    """All recognition cases: tests/data/recognise.yml and any recognise-<topic>.yml beside it."""
    cases: dict = {}
    for path in sorted((Path(__file__).parent / "data").glob("recognise*.yml")):
        for case_id, case in yaml.safe_load(path.read_text("utf-8")).items():
            assert case_id not in cases, f"{path.name}: case id {case_id!r} used twice"
            cases[case_id] = case
    return cases


CASES = _load_cases()


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_recognition_case(case_id):
    case = CASES[case_id]
    claims = extract_text(case["text"], date=dt.date(2024, 9, 17)).claims
    assert [c.text for c in claims] == [e["text"] for e in case["claims"]]
    for claim, expected in zip(claims, case["claims"]):
        for key, value in expected.items():
            got = getattr(claim, key)
            got = got.value if hasattr(got, "value") and not isinstance(got, (int, float)) else got
            if isinstance(got, dt.date):
                got = got.isoformat()
            if isinstance(value, float) or isinstance(got, float):
                assert got is not None and math.isclose(got, value, rel_tol=1e-9), (key, got)
            else:
                assert got == value, (claim.text, key, got, value)


# -- round trips --------------------------------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(n: int) -> str:
    """An integer in English words, as a news writer spells it."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + in_words(rest) if rest else "")
    for size, word in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            head = in_words(n // size) + " " + word
            if not rest:
                return head
            return head + (" and " if rest < 100 else " ") + in_words(rest)
    raise AssertionError(n)


def _only_claim(text: str):
    claims = extract_text(text).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@given(st.integers(min_value=0, max_value=10**12))
def test_integer_with_thousands_separators_parses_back(n):
    claim = _only_claim(f"They counted {n:,} ballots.")
    assert claim.value == n and claim.lower == n and claim.upper == n


@given(st.integers(min_value=10**4, max_value=10**9))
def test_integer_with_thin_spaces_parses_back(n):
    claim = _only_claim(f"They counted {n:,} ballots.".replace(",", "\u202f"))
    assert claim.value == n


@given(st.integers(min_value=1, max_value=999_999_999))
def test_integer_in_words_parses_back(n):
    words = in_words(n)
    claim = _only_claim(f"They counted {words} ballots.")
    assert claim.value == n
    # A spelled number is as precise as its last word: "twenty-three thousand" is 23,000 ± 500,
    # "twenty-three thousand and five" is exact.
    scale = {"thousand": 1000, "million": 10**6}.get(words.rsplit(" ", 1)[-1], 0)
    assert (claim.lower, claim.upper) == (n - scale / 2, n + scale / 2)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=2),
       st.sampled_from([("million", 10**6), ("bn", 10**9), ("m", 10**6), ("billion", 10**9)]))
def test_scaled_figure_parses_to_its_precision_interval(digits, decimals, scale):
    word, factor = scale
    printed = f"{digits / 10 ** decimals:.{decimals}f}"
    claim = _only_claim(f"The fund holds ${printed}{'' if len(word) <= 2 else ' '}{word}.")
    value = float(printed) * factor
    half_step = 0.5 * factor / 10 ** decimals
    assert math.isclose(claim.value, value, rel_tol=1e-9)
    assert math.isclose(claim.lower, value - half_step, rel_tol=1e-9)
    assert math.isclose(claim.upper, value + half_step, rel_tol=1e-9)

"""The grammar of numbers in words (recognise/spelled.py): which reading each run gets."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from factcheck.recognise import spelled
from test_recognise import in_words

CASES = [
    # phrase, reading kind, value, words read
    ("twenty twenty fifths", "fraction", 20 / 25, "twenty twenty fifths"),
    ("twenty one fifths", "fraction", 21 / 5, "twenty one fifths"),
    ("one hundred thirty two fifths", "fraction", 132 / 5, "one hundred thirty two fifths"),
    ("one one hundred and fifth", "fraction", 1 / 105, "one one hundred and fifth"),
    ("one hundred one thousand fifths", "fraction", 100 / 1005,
     "one hundred one thousand fifths"),
    ("ninety - five hundred fifths", "fraction", 9500 / 5, "ninety - five hundred fifths"),
    ("a hundred thousand trillionths", "fraction", 1e5 / 1e12, "a hundred thousand trillionths"),
    ("three halves", "fraction", 1.5, "three halves"),
    ("twenty and three and three fifths", "mixed", 23.6, "twenty and three and three fifths"),
    ("one billion and three quarters million", "mixed", 1_000_750_000,
     "one billion and three quarters million"),
    ("two hundred thirty two and a thirtieth", "mixed", 232 + 1 / 30,
     "two hundred thirty two and a thirtieth"),
    ("twenty-one trillion and three hundred twenty second", "ordinal", 21_000_000_000_322,
     "twenty-one trillion and three hundred twenty second"),
    ("a hundred trillionth", "ordinal", 1e14, "a hundred trillionth"),
    ("twenty-five hundred", "cardinal", 2500, "twenty-five hundred"),
    # Not one number: the longest prefix that is one.
    ("twenty twenty", "cardinal", 20, "twenty"),
    ("one two three", "cardinal", 1, "one"),
    ("two seconds", "cardinal", 2, "two"),
    ("two third-quarter results", "cardinal", 2, "two"),
    ("one million two million", "cardinal", 1_000_002, "one million two"),
    ("twenty and thirty", "cardinal", 20, "twenty"),
]


@pytest.mark.parametrize("phrase,kind,value,read", CASES, ids=[c[0] for c in CASES])
def test_reading(phrase, kind, value, read):
    reading = spelled.read(phrase, 0)
    assert reading is not None
    assert (reading.kind, phrase[reading.start:reading.end]) == (kind, read)
    assert math.isclose(reading.value, value, rel_tol=1e-12)


@pytest.mark.parametrize("phrase", ["the", "and two", "a", "quarter", "a second"])
def test_no_number(phrase):
    assert spelled.read(phrase, 0) is None


@given(st.integers(0, 10**12))
def test_every_integer_in_words_reads_back(n):
    text = in_words(n)
    reading = spelled.read(text, 0)
    assert reading is not None and reading.kind == "cardinal"
    assert (reading.value, reading.end) == (n, len(text))


@given(st.integers(1, 99), st.integers(3, 10))
def test_fraction_in_words_reads_back(numerator, denominator):
    ordinal = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
               9: "ninth", 10: "tenth"}[denominator]
    text = f"{in_words(numerator)} {ordinal}{'s' if numerator > 1 else ''}"
    reading = spelled.read(text, 0)
    assert reading is not None and reading.kind == "fraction", text
    assert reading.value == spelled.Fraction(numerator, denominator), text

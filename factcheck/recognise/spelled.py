"""Numbers in words: "twenty-three thousand", "one hundred and five", "three quarters",
"two and a half million", "one hundred twenty-fifth", "three twenty-firsts".

A run of number words is read as a whole, then the longest reading that its grammar allows is
kept, in this order of preference:

* a mixed number, a whole and a proper fraction joined by "and" ("forty two and a third",
  "three million and a half", where the fraction is of the last scale word);
* a fraction, a numerator and an ordinal denominator ("two thirds", "one one hundred fifth"),
  where the denominator is the longest ordinal the words allow ("one hundred thirty-fifths" is
  100/35, "one hundred and thirty fifths" 130/5, "twenty-three fifths" 23/5);
* an ordinal ("one hundred twenty fifth" is 125th, "two hundredth" 200th);
* a cardinal, the longest prefix of the run that is one ("twenty twenty" is two numbers).

The cardinal grammar is strict on purpose: it decides where a fraction's numerator ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from .lexicon import ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS

# Word classes
UNIT, TEN, HUNDRED, SCALE, DOZEN, ORD, PART, AND, A, DIGITS = (
    "unit", "ten", "hundred", "scale", "dozen", "ord", "part", "and", "a", "digits")

# Ordinals that name a scale ("hundredth", "millionth"), read as that scale's word.
_SCALE_ORDINALS = {w: v for w, v in ORDINAL_WORDS.items() if v >= 100}
# Every ordinal word, singular and plural (the plural names a denominator: "fifths").
SPELLED_ORDINALS = set(ORDINAL_WORDS) | {w + "s" for w in ORDINAL_WORDS}
# Denominators that are not ordinals: "half", "quarter".
_PARTS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
# Alone, "second" and "first" are never a denominator ("a second term", "two seconds"); inside a
# compound they are ("three twenty-firsts").
_ALONE_NOT_DENOMINATOR = {"first", "second", "firsts", "seconds"}


def _classify(word: str) -> tuple[str, int] | None:
    if word.isdigit():
        return DIGITS, int(word)  # "3 hundred and 21"
    w = word.lower()
    if w in UNIT_WORDS:
        return UNIT, UNIT_WORDS[w]
    if w in TENS_WORDS:
        return TEN, TENS_WORDS[w]
    if w in ("hundred", "hundreds"):  # "five hundreds" (a run never opens with it)
        return HUNDRED, 100
    if w in SCALE_WORDS:
        return SCALE, SCALE_WORDS[w]
    if w in ("dozen", "dozens", "doz", "dozs"):
        return DOZEN, 12
    if w in _PARTS:
        return PART, _PARTS[w]
    if w in ("and",):
        return AND, 0
    if w in ("a", "an"):
        return A, 1
    singular = w[:-1] if w.endswith("s") else w
    if singular in _SCALE_ORDINALS:
        return ORD, _SCALE_ORDINALS[singular]
    if singular in ORDINAL_WORDS:
        return ORD, ORDINAL_WORDS[singular]
    return None


@dataclass(frozen=True)
class Word:
    text: str
    kind: str
    value: int
    start: int
    end: int
    hyphen_before: bool   # joined to the previous word by a hyphen ("ninety-five")


_FIRST_WORD = re.compile(r"[A-Za-z]+|\d{1,3}(?![\d,.])")
# The gap between two words of a number: spaces (one line break at most) or a hyphen.
_NEXT_WORD = re.compile(r"(?:[ \t\u00a0]*(-)[ \t\u00a0]*|[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"
                        r"([A-Za-z]+|\d{1,3}(?![\d,.]))(?![\w'’])")


def words_at(text: str, pos: int, limit: int = 24) -> list[Word]:
    """The run of number words that starts at ``pos`` (possibly empty)."""
    m = _FIRST_WORD.match(text, pos)
    if not m:
        return []
    words: list[Word] = []
    cls = _classify(m.group(0))
    if cls is None:
        return []
    words.append(Word(m.group(0), cls[0], cls[1], m.start(), m.end(), False))
    end = m.end()
    while len(words) < limit:
        n = _NEXT_WORD.match(text, end)
        if not n:
            break
        cls = _classify(n.group(2))
        if cls is None:
            break
        words.append(Word(n.group(2), cls[0], cls[1], n.start(2), n.end(2), bool(n.group(1))))
        end = n.end()
    return words


# -- the cardinal grammar ---------------------------------------------------------------------

def cardinal(words: list[Word] | tuple[Word, ...]) -> Fraction | None:
    """The value of ``words`` read as one cardinal, or None when they are not one."""
    if not words:
        return None
    total = 0
    hundreds = 0          # the current group's hundreds ("three hundred")
    below = 0             # the current group's part under a hundred
    below_state = None    # None, UNIT, TEN, "tenunit", DOZEN
    has_hundred = False
    a_open = False        # "a" read: a hundred, scale or dozen must follow
    pending_and = False
    last_scale = None
    for i, w in enumerate(words):
        k = w.kind
        if k == AND:
            # "one hundred and five", "two million and one", "twenty and three"
            if pending_and or a_open or i == 0 or not (
                    (has_hundred and below_state is None)
                    or (last_scale and not has_hundred and below_state is None)
                    or below_state == TEN):
                return None
            pending_and = True
            continue
        if k == A:
            if i != 0:
                return None
            a_open = True
            continue
        if k == DIGITS:
            # Figures between scale words: "4 thousand 3 hundred and 21"
            if a_open or below_state is not None or (w.value >= 100 and has_hundred):
                return None
            if w.value == 0 and (has_hundred or total):
                return None
            if w.value >= 100:
                hundreds, has_hundred = w.value, True
            else:
                below, below_state = w.value, "tenunit"
            pending_and = False
            continue
        if k in (UNIT, TEN):
            if a_open:
                return None
            if below_state is None:
                if w.value == 0 and (has_hundred or total):
                    return None  # "one hundred zero"
                below, below_state = w.value, k
            elif below_state == TEN and k == UNIT and 1 <= w.value <= 9:
                below += w.value
                below_state = "tenunit"
            else:
                return None  # "twenty twenty", "one two"
            pending_and = False
            continue
        if k == HUNDRED:
            if has_hundred or pending_and or below_state == DOZEN:
                return None
            hundreds = (below or 1) * 100  # "twenty-five hundred", "a hundred"
            below, below_state, has_hundred, a_open = 0, None, True, False
            continue
        if k == DOZEN:
            if pending_and or below_state == DOZEN:
                return None
            if a_open or (below_state is None and not has_hundred):
                below = 12  # "a dozen"
            elif below_state is None:
                hundreds *= 12  # "a hundred dozen"
            else:
                below *= 12  # "three hundred and two dozens": only the last group
            below_state, a_open = DOZEN, False
            continue
        if k == SCALE:
            if pending_and:
                return None
            group = hundreds + below
            if a_open:
                group, a_open = 1, False
            if group == 0:
                if total and last_scale and w.value > last_scale:
                    total *= w.value  # "three lakh crore"
                    last_scale = w.value
                    continue
                if total or i:
                    return None
                group = 1  # a bare "thousand", for denominators ("one thousand fifths")
            elif last_scale is not None and w.value >= last_scale:
                return None  # "one million two million"
            total += group * w.value
            hundreds = below = 0
            below_state, has_hundred, last_scale = None, False, w.value
            continue
        return None  # an ordinal, a part, anything else: not a cardinal
    if pending_and or a_open:
        return None
    return Fraction(total + hundreds + below)


def _as_cardinal_word(w: Word) -> Word:
    """An ordinal read as its cardinal: "fifth" → five, "twentieth" → twenty."""
    value = w.value
    if value in (100,):
        kind = HUNDRED
    elif value >= 1000:
        kind = SCALE
    elif value >= 20 and value % 10 == 0:
        kind = TEN
    else:
        kind = UNIT
    return Word(w.text, kind, value, w.start, w.end, w.hyphen_before)


def ordinal(words: list[Word] | tuple[Word, ...], denominator: bool = False) -> Fraction | None:
    """The value of ``words`` read as one ordinal ("one hundred twenty fifth" → 125), or as a
    denominator, which may be plural ("thirty-fifths" → 35)."""
    if not words or words[-1].kind != ORD or any(w.kind in (ORD, PART) for w in words[:-1]):
        return None
    if not denominator and words[-1].text.lower().endswith("s"):
        return None  # "fifths", "millionths": denominators, not ranks
    if words[0].kind in (HUNDRED, SCALE, AND):
        return None
    return cardinal(list(words[:-1]) + [_as_cardinal_word(words[-1])])


# -- readings ---------------------------------------------------------------------------------

@dataclass
class Reading:
    kind: str                # "cardinal", "ordinal", "fraction", "mixed"
    value: Fraction
    words: list[Word]        # the words read
    numerator: list[Word] | None = None
    denominator: list[Word] | None = None
    scale: int | None = None  # the largest scale word, for the printed precision

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


def _largest_scale(words) -> int | None:
    scales = [w.value for w in words if w.kind == SCALE]
    return max(scales) if scales else None


def _numerator(words: list[Word]) -> Fraction | None:
    if len(words) == 1 and words[0].kind == A:
        return Fraction(1)
    return cardinal(words)


def _singular_numerator(words: list[Word]) -> bool:
    return len(words) == 1 and words[0].text.lower() in ("a", "an", "one")


def fraction(words: list[Word]) -> tuple[Fraction, int] | None:
    """``words`` read as numerator + denominator, and where the denominator starts."""
    if len(words) < 2 or words[-1].kind not in (ORD, PART):
        return None
    last = words[-1]
    plural = last.text.lower().endswith("s")
    # Longest denominator first.
    for split in range(1, len(words)):
        num_words, den_words = words[:split], words[split:]
        if den_words[0].kind in (HUNDRED, SCALE, AND, A):
            continue
        if den_words[0].hyphen_before and num_words[-1].kind == TEN and \
                den_words[0].kind in (UNIT, ORD) and den_words[0].value < 10:
            continue  # "ninety - five hundred fifths", "twenty-fifths": a hyphen binds
        if len(den_words) == 1:
            if last.kind == PART:
                den = Fraction(last.value)
            elif last.text.lower() in _ALONE_NOT_DENOMINATOR:
                continue
            else:
                den = Fraction(last.value)
        else:
            den = ordinal(den_words, denominator=True)
            if den is None:
                continue
        num = _numerator(num_words)
        if num is None or num == 0:
            continue
        if not plural and not _singular_numerator(num_words):
            continue  # "two third-quarter results", "one hundred twenty fifth" (an ordinal)
        return num / den, split
    return None


def read(text: str, pos: int) -> Reading | None:
    """The number spelled at ``pos``, or None."""
    words = words_at(text, pos)
    while words and words[-1].kind in (AND, A):
        words.pop()
    if not words:
        return None
    first_ord = next((i for i, w in enumerate(words) if w.kind in (ORD, PART)), None)
    if first_ord is not None:
        head = words[:first_ord + 1]
        after = words[first_ord + 1:]
        reading = _mixed(head, after) or _fraction_reading(head, after)
        if reading is not None and reading.end == head[-1].end and (
                of_a := _OF_A_SCALE.match(text, reading.end)):
            # "two thirds of a million", "a quarter of a billion"
            scale = SCALE_WORDS[of_a.group(1).lower()]
            scale_word = Word(of_a.group(1), SCALE, scale, of_a.start(1), of_a.end(1), False)
            reading = Reading(reading.kind, reading.value * scale, reading.words + [scale_word],
                              reading.numerator, reading.denominator, scale)
        if reading is None:
            value = ordinal(head)
            if value is not None:
                return Reading("ordinal", value, head)
        if reading is not None:
            return reading
        words = words[:first_ord]
    # The longest prefix that is one cardinal.
    for end in range(len(words), 0, -1):
        part = words[:end]
        if part[-1].kind in (AND, A):
            continue
        value = cardinal(part)
        if value is None:
            continue
        if end < len(words) and words[end].kind in (HUNDRED, SCALE) and \
                any(w.kind == AND for w in part[1:]):
            # "three hundred and two hundred": the scale word that does not fit shows that
            # "and" joined two numbers; read the first alone.
            cut = max(i for i, w in enumerate(part) if w.kind == AND)
            part = part[:cut]
            value = cardinal(part)
            if value is None:
                return None
        return Reading("cardinal", value, part, scale=_largest_scale(part))
    return None


_OF_A_SCALE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+an?[ \t\u00a0]+(thousand|million|billion|trillion)\b",
                         re.I)


def _scale_after(after: list[Word]) -> tuple[int, int]:
    """A scale word right after a fraction ("three quarters million"): its value and length."""
    if after and after[0].kind == SCALE:
        return after[0].value, 1
    return 1, 0


def _fraction_reading(head: list[Word], after: list[Word]) -> Reading | None:
    found = fraction(head)
    if found is None:
        return None
    value, split = found
    scale, extra = _scale_after(after)
    words = head + after[:extra]
    return Reading("fraction", value * scale, words, numerator=head[:split],
                   denominator=head[split:], scale=scale if extra else None)


def _mixed(head: list[Word], after: list[Word]) -> Reading | None:
    """'forty two and a third', 'one hundred and three quarters', 'three million and a half',
    'one billion and three quarters million': a whole and a proper fraction."""
    ands = [i for i, w in enumerate(head) if w.kind == AND]
    if not ands or ands[-1] == 0:
        return None
    j = ands[-1]
    whole_words, frac_words = head[:j], head[j + 1:]
    whole = cardinal(whole_words)
    if whole is None:
        return None
    if len(frac_words) == 1 and frac_words[0].kind == PART and \
            frac_words[0].text.lower() in ("half", "quarter"):
        part = Fraction(1, frac_words[0].value)  # "two and half" is loose but plain
    else:
        found = fraction(frac_words)
        if found is None:
            return None
        part = found[0]
    if not 0 < part < 1:
        return None  # "one hundred and thirty fifths" is 130/5, not 100 + 6
    scale, extra = _scale_after(after)
    if extra and (_largest_scale(whole_words) or 1) > scale:
        value = whole + part * scale  # "one billion and three quarters million"
    elif extra:
        value = (whole + part) * scale  # "two and a half million"
    else:
        last = whole_words[-1]
        unit = last.value if last.kind == SCALE else 1
        value = whole + part * unit  # "three million and a half" is 3,500,000
    words = head + after[:extra]
    largest = _largest_scale(words)
    return Reading("mixed", value, words, scale=largest)

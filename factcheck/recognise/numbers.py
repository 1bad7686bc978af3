"""Recognise numbers: one pass of one compiled pattern over the text, then a classification
of each match by what is printed around it (currency, scale, percent sign, unit, range).

This is where a number is parsed. Dates, clock times, years, ages, scores and names are
recognised here too, so that they are typed as such instead of being read as counts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ..intervals import Interval
from ..models import ClaimKind
from .calendar import month_index, WEEKDAY_NAMES, weekday_index
from .lexicon import (
    CURRENCY_PREFIXES, CURRENCY_SUFFIXES, FRACTION_DENOMINATORS, OPTIONAL_SPACE, ORDINAL_WORDS,
    PHYSICAL_UNITS, SCALE_ABBREVIATIONS, SCALE_WORDS, SPACE, TENS_WORDS, TIME_UNITS, UNIT_WORDS,
    VAGUE_QUANTITIES, words_value,
)
from .tokens import NumberToken


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)")
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\s*(?:GMT|BST|UTC|CET|EST|EDT|ET|IST|hrs|local)\b)"
W_UNIT = _alt(UNIT_WORDS)
W_TEN = _alt(TENS_WORDS)
W_SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozens?)"
W_AFTER_SCALE = (r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)|"
                 r"(?<=lakh)|(?<=lakhs)|(?<=crore)|(?<=crores)|(?<=dozen))")
# "fifty-two", "fifty two", "fifty - two"
W_TENS_UNIT = rf"(?:{W_TEN})(?:(?:\s*-\s*|\s+)(?:{W_UNIT})\b)?"
W_NUMBER = (
    rf"{W_TENS_UNIT}|(?:{W_UNIT})|an?(?=\s+{W_SCALE}\b)|hundred(?=\s+(?:thousand|million|"
    rf"billion)\b)"
)
W_SEQUENCE = (
    rf"\b(?:{W_NUMBER})(?:[-\s]+{W_SCALE}\b"
    rf"|{W_AFTER_SCALE}(?:\s+and\s+|[-\s]+)(?:{W_TENS_UNIT}|(?:{W_UNIT}))\b)*"
    # "two and a half million", "one and a quarter"
    rf"(?:\s+and\s+an?\s+(?:half|quarter|third)\b(?:\s+(?:thousand|million|billion|"
    rf"trillion)\b)?)?"
    r"\b"
)
ORDINAL_W = _alt(ORDINAL_WORDS)
DENOMINATOR_W = _alt(FRACTION_DENOMINATORS)
VAGUE_W = _alt(VAGUE_QUANTITIES)
CURRENCY_PRE = (r"(?:(?:US|A|C|NZ|HK|S)\$|\$|£|€|¥|₹|₦|₩|"
                r"\b(?:Rs\.?|INR|USD|EUR|GBP|JPY|AED|CHF|Dh)[ \u00a0]?)")
DIGITS = (r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"        # 11,90,440 (Indian grouping)
          r"|\d{1,3}(?:,\d{3})+(?![\d])"                 # 1,205
          r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d{3})"  # 36 803
          r"|\d+)(?:\.\d+)?(?![\d])"
          r"|\.\d+(?![\d])")

MASTER = re.compile(
    rf"""
    (?P<iso>(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-]))
  | (?P<dmy>(?:(?P<wd1>{WEEKDAY})\.?,?\s+(?:the\s+)?)?(?<![\d.,])(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?
        (?:\s+of)?\s+(?P<m1>{MONTH})\b\.?(?:,?\s+(?P<y1>{YEAR})\b)?)
  | (?P<mdy>(?:(?P<wd2>{WEEKDAY})\.?,?\s+)?(?P<m2>{MONTH})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b
        (?![.,]\d|\s*(?:%|(?i:pct|per\s?cent|percent|mln|bln|billion|million)))
        (?:,?\s+(?P<y2>{YEAR})\b)?)
  | (?P<slash>(?<![\d/.])(?P<s1>[0-3]?\d)/(?P<s2>[0-3]?\d)/(?P<s3>(?:19|20)?\d\d)(?![\d/]))
  | (?P<race>(?<![\d.:,])(?:(?P<rh>\d):)?(?P<rm>[0-5]?\d):(?P<rs>[0-5]\d)(?P<rf>\.\d{{1,3}})?
        (?<=\d)(?![\d:])(?(rh)|(?(rf)|(?!x)x)))
  | (?P<time>(?<![\d.:,])(?P<hh>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d)(?::[0-5]\d)?
        (?:\s*(?:[AaPp]\.?[Mm]\b\.?|GMT|BST|UTC|EST|EDT|ET|CET|IST)\b)?
        |\s*(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))(?![\d])
        |(?<![\d.:,])(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|BST|UTC|CET|EST|EDT|ET|IST|hrs)\b)
  | (?P<ratio>\b(?i:(?:{W_UNIT}|\d{{1,3}})-for-(?:{W_UNIT}|\d{{1,3}}))\b)
  | (?P<frac_in>\b(?i:(?P<in_n>{W_UNIT}|\d{{1,3}})[-\s](?:in|out\s+of)[-\s]
        (?P<in_d>two|three|four|five|six|seven|eight|nine|ten|hundred|[2-9]|10|100))\b)
  | (?P<multiple>\b(?i:(?P<mult>doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|
        halv(?:e|ed|es|ing)|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})-?fold))\b)
  | (?P<part_scale>\b(?i:(?:a\s+|one\s+)?(?P<ps>half|quarter)(?:\s+(?:a|of\s+a))?\s+
        (?P<pss>thousand|million|billion|trillion))\b)
  | (?P<fraction>\b(?i:(?P<f_n>an?|{W_UNIT}|{W_TEN})[-\s](?P<f_d>{DENOMINATOR_W}))\b)
  | (?P<half>\b(?i:half)\b)
  | (?P<vague>\b(?i:(?P<v>{VAGUE_W})\s+of)\b)
  | (?P<mixed>(?<![\w.,/:-])(?:(?P<whole>\d{{1,4}})(?:-|[ ]+))?(?P<numer>\d{{1,2}})/(?P<denom>\d{{1,2}})
        (?![\d/]))
  | (?P<digits>(?P<cur>{CURRENCY_PRE})?(?<![\w.,/:\u00b7])(?<![^\s(\[]-)(?P<num>{DIGITS}))
  | (?P<ordinal>\b(?i:(?:(?:{W_TEN})-)?(?:{ORDINAL_W}))\b)
  | (?P<words>(?P<cur_w>{CURRENCY_PRE})?(?i:{W_SEQUENCE}))
    """,
    re.X,
)

# Where a MASTER match can start: a digit, a currency sign, a decimal point before a digit, or
# the first letters of a word that can open a number (number, ordinal, month and weekday
# names, currency codes, "half", "dozens", "doubled", …).
_STARTERS = sorted(
    set(UNIT_WORDS) | set(TENS_WORDS) | set(ORDINAL_WORDS) | set(FRACTION_DENOMINATORS) | {
        "hundred", "half", "quarter", "dozens", "scores", "hundreds", "thousands", "tens",
        "millions", "billions", "twice", "rs", "inr", "usd", "eur", "gbp", "jpy", "aed", "chf",
        "dh", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec"},
    key=len, reverse=True)
# "a"/"an" opens a number only before a scale or a fraction word ("a dozen", "a third").
_A_NUMBER = (r"an?(?=[-\s]+(?:" + "|".join(sorted(
    {"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores",
     "dozen", "dozens", "half", "quarter"} | set(FRACTION_DENOMINATORS), key=len, reverse=True))
    + r")\b)")
CANDIDATE = re.compile(
    r"[\d$£€¥₹₦₩]|\.(?=\d)|\b(?i:" + _A_NUMBER
    + r"|(?:us|a|c|nz|hk|s)\$|doubl|tripl|quadrupl|halv|[a-z]+-?fold"  # "US$", "tenfold"
    + "|(?:" + "|".join(re.escape(w) for w in _STARTERS) + r")(?![a-z]))")

# Anchored patterns tried just after a number.
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_SCALE_WORD = re.compile(
    rf"{OPTIONAL_SPACE}(?i:(million|billion|trillion|thousand|hundred|lakhs?|crores?|"
    r"mln|bln|mn|bn|trn|tn|dozens?))\b")
# "-5C", "30F": a temperature printed with its scale's letter
_TEMPERATURE_LETTER = re.compile(r"([CF])\b")
_SCALE_LETTER = re.compile(r"([mMkKbB])\b(?![’'])")
_PERCENT = re.compile(rf"{OPTIONAL_SPACE}(?:%|(?i:per{OPTIONAL_SPACE}cent|percent|pct)\b)")
_POINTS = re.compile(rf"{SPACE}(?i:(percentage{SPACE}points?|basis{SPACE}points?|bps|pp))\b")
_CURRENCY_WORD = re.compile(
    rf"{SPACE}(?i:(?:U\.?S\.?|Canadian|Australian|Hong Kong|Singapore|New Zealand){SPACE})?"
    rf"(?i:({_alt(CURRENCY_SUFFIXES)}))\b")
_UNIT = re.compile(rf"((?:-|{OPTIONAL_SPACE}))(?i:({_alt(list(PHYSICAL_UNITS) + list(TIME_UNITS))}))(?![\w°])")
_YEAR_OLD = re.compile(r"(?:-year-olds?|[ \u00a0-]years?[ \u00a0-]olds?)\b", re.I)
# "10-20", "10 to 20", "20 through 100", and a suspended hyphen: "8- to 16-meter".
_RANGE_JOIN = re.compile(rf"{OPTIONAL_SPACE}(?:-{SPACE}to|-|–|—|to|through|thru)"
                         rf"{OPTIONAL_SPACE}(?=[$£€¥₹\d])")
_RANGE_WORDS = {"to", "- to", "through", "thru"}
# "+1-222-2222/2222": a telephone number with its country code, not the range 1-222.
_INTERNATIONAL_PHONE = re.compile(r"\+\d{1,3}(?:[-/. ]\(?\d{2,5}\)?){2,}")
# "3 to 4 L": a capital L is a litre only after figures.
_LITRE_LETTER = re.compile(r"[ \u00a0]?L\b(?![’'-])")
# "1111-22223333-4444", "a 4-4-2 formation": three figures in a hyphenated chain are a code
# (not "57-58-1/2", a range to a mixed fraction).
_HYPHEN_CHAIN = re.compile(r"(?:[-–]\d+)+(?![/\d])")
_NEXT_WORD = re.compile(rf"{SPACE}([A-Za-z][\w'’-]*)")
_HYPHEN_NOUN = re.compile(rf"{SPACE}([a-z][a-z'-]+)")
_SECOND_NUMBER = re.compile(rf"(?P<cur>{CURRENCY_PRE})?(?P<num>{DIGITS})")
_LETTER_AFTER = re.compile(r"[A-Za-z0-9]")
_DECADE = re.compile(r"['’]?s\b")

# Words before a figure that make it a label, not a quantity ("Flight 17", "Article 5").
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:flight|route|highway|interstate|article|section|chapter|clause|amendment|"
    r"resolution|rule|room|platform|gate|terminal|page|pages|paragraph|version|windows|boeing|"
    r"airbus|apollo|channel|no|nos|number|level|grade|division|formula|league|track|exit|"
    r"junction|bus|line|ward|district|box|unit|phase|category|class|tier|stage|group|pool|"
    r"model|series|episode|season|volume|vol|issue|item|figure|table|annex|schedule|part|"
    r"code|zone|block|lot|row|seat|pier|bay|window|cell|lane|street|st|avenue|road|"
    rf"question|proposition|psalm|verse|opec\+|g|iso|bill|size|act|mark)\.?|#){OPTIONAL_SPACE}$",
    re.I)
_PHONE = re.compile(r"\+?\(?\d{2,5}\)?(?:[ \u00a0-]\d{2,5}){2,}")

# Context words that make "52-48" a score or a vote rather than a range.
_SCORE_CUES = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|drew|draw|defeat|"
    r"defeated|victory|score|scored|scoreline|lead|led|trail|trailed|vote|votes|voted|"
    r"margin|majority|tie|tied|match|game|final|set|sets|innings)\b", re.I)
_AND_JOIN = re.compile(rf"{SPACE}and"
                       rf"{SPACE}(?=[$£€¥₹\d])")
_DAY_MONTH = re.compile(rf"\s+{MONTH}\b")
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+{MONTH}\b")
# A verb of change before "N to M" makes it a change ("rose 5% to 20"), not a range.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|"
    r"increasing|decreased?|decreases|decreasing|grew|grow|grows|grown|growing|climbed?|"
    r"climbs|jumped?|jumps|dropped|drops?|declined?|declines|slipped|slips?|slid|eased?|"
    r"gained?|gains|lost|widened|narrowed|cut|cuts|reduced?|raised?|raises|lowered?|boosted?|"
    r"slumped?|soared?|surged?|plunged?|tumbled?|up|down|revised|improved|worsened|shrank|"
    r"expanded|by|changed?|moved?|went|go|goes|swung|advanced|retreated|added|shed|lifted|"
    r"trimmed|hiked|doubled|tripled|halved|from)\b[^.;]{0,60}$", re.I)
_SCORE_AFTER = re.compile(r"\s+(?:win|victory|defeat|draw|lead|loss|vote|scoreline|aggregate)",
                          re.I)
# Tennis sets and the like: "6-3 3-6 6-4", "7-6 (7-4)".
_SCORE_SERIES = re.compile(r"[,\s]+\(?\d{1,2}-\d{1,2}\b")
_FROM_BEFORE = re.compile(rf"\bfrom{SPACE}(?:[a-z]+{SPACE})?$", re.I)
# "ranging from 10 to 20", "the number is from 200 to 300": a range, not a change. Also read
# by the claims stage for ranges of spelled numbers.
RANGE_FROM_BEFORE = re.compile(
    rf"\b(?:range[sd]?|ranging|anywhere|anything|vary|varies|varied|varying|is|are|was|were|"
    rf"be|been|being){SPACE}from{SPACE}$", re.I)
_BETWEEN_BEFORE = re.compile(rf"\bbetween{SPACE}$", re.I)
_PRONOUN_ONE_AFTER = re.compile(
    rf"-(?!(?:{_alt(list(TIME_UNITS) + list(PHYSICAL_UNITS))})\b)|"
    rf"{OPTIONAL_SPACE}(?:of\b(?!{SPACE}(?:whom|which|them|these|those)\b)|another\b|day\b|time\b|way\b|thing\b|hand\b|side\b|another|anyone|"
    rf"or{SPACE}(?:another|two|other)\b|[,.;:!?)\"”]|$)", re.I)
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:no|the|this|that|every|any|each|which|only|last|another|someone|some|such|"
    rf"little|big|new|old|right|wrong|other|same|very|first){SPACE}$", re.I)
_PLURAL_NOUN = re.compile(rf"{SPACE}(?:[A-Z][a-z]+{SPACE})?([a-z]{{3,}}s|people|children|"
                          r"men|women|staff|police|troops)\b")
# "Ahmed al-Qadi, 52,", "the minister, 52,": an age between commas after a person.
_AGE_AFTER_NAME = re.compile(
    rf"(?:[A-Z][\w'’-]+|\b(?:minister|president|premier|chancellor|leader|chairman|"
    rf"chairwoman|chief|director|executive|spokesman|spokeswoman|father|mother|son|daughter|"
    rf"husband|wife|brother|sister|man|woman|boy|girl|player|striker|singer|actor|actress|"
    rf"author|founder|officer|teacher|doctor|driver|victim|suspect|survivor)),{SPACE}$")
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|ages\s+of|aged\s+between|age)\s+$", re.I)
_COUNTED_AFTER_YEAR = {
    "people", "children", "men", "women", "troops", "soldiers", "workers", "employees", "jobs",
    "homes", "houses", "cases", "deaths", "students", "pupils", "members", "residents",
    "refugees", "migrants", "prisoners", "patients", "passengers", "visitors", "fans", "cars",
    "vehicles", "units", "shares", "votes", "signatures", "protesters", "police", "officers",
}


def _fraction_of(text: str) -> Fraction:
    return Fraction(Decimal(text))


def _digits_value(num: str) -> tuple[Fraction, int]:
    """The value of a printed figure and its number of decimals."""
    cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", num)
    decimals = len(cleaned.split(".", 1)[1]) if "." in cleaned else 0
    return _fraction_of(cleaned), decimals


def _trailing_zero_unit(value: Fraction) -> Fraction:
    """The rounding unit a round figure implies: 100 for 1,200; 1 for 41,252."""
    if value.denominator != 1 or value == 0:
        return Fraction(1)
    n, unit = value.numerator, 1
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return Fraction(unit)


class Scanner:
    """Finds every number in a text, left to right, each span consumed once."""

    def __init__(self, text: str):
        self.text = text
        self.tokens: list[NumberToken] = []

    def scan(self) -> list[NumberToken]:
        text, pos, n = self.text, 0, len(self.text)
        # MASTER tried at every position is slow; CANDIDATE finds the few positions where one
        # of its alternatives can start, and MASTER is tried there only (same result).
        candidates, match = CANDIDATE.search, MASTER.match
        while pos < n:
            c = candidates(text, pos)
            if c is None:
                break
            m = match(text, c.start())
            if m is None:
                pos = c.start() + 1
                continue
            token = self._classify(m)
            if token is None:
                pos = m.end() if m.end() > m.start() else m.start() + 1
                continue
            self.tokens.append(token)
            pos = max(token.end, m.start() + 1)
        return self.tokens

    # -- classification ---------------------------------------------------------------------
    def _classify(self, m: re.Match[str]) -> NumberToken | None:
        kind = m.lastgroup
        if m.group("iso"):
            return self._date(m, int(m["iy"]), int(m["im"]), int(m["id"]), None)
        if m.group("dmy"):
            return self._date(m, m["y1"] and int(m["y1"]), month_index(m["m1"]), int(m["d1"]),
                              m["wd1"])
        if m.group("mdy"):
            return self._date(m, m["y2"] and int(m["y2"]), month_index(m["m2"]), int(m["d2"]),
                              m["wd2"])
        if m.group("slash"):
            year = int(m["s3"])
            year = year + 2000 if year < 100 and year < 50 else (year + 1900 if year < 100 else year)
            # Day first, as most of the world writes it; month first only where day-first is
            # impossible (a configurable order belongs to the extraction settings).
            d, mo = int(m["s1"]), int(m["s2"])
            if mo > 12 and d <= 12:
                d, mo = mo, d
            return self._date(m, year, mo, d, None)
        if m.group("race"):
            # A race time, "3:49.78" or "2:04:55": a duration in seconds, exact as printed.
            seconds = (int(m["rh"] or 0) * 3600 + int(m["rm"]) * 60 + int(m["rs"])
                       + (Fraction(m["rf"][1:]) / 10 ** len(m["rf"][1:]) if m["rf"] else 0))
            value = Fraction(seconds)
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.DURATION, value,
                               Interval.exact(value), unit="second")
        if m.group("time"):
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.TIME, None,
                               Interval(None, None), label="time")
        if m.group("ratio"):  # "a two-for-one stock split": a ratio, not two counts
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.NUMBER, None,
                               Interval(None, None), label="label")
        if m.group("frac_in"):
            num = _word_or_digits(m["in_n"])
            den = _word_or_digits(m["in_d"])
            if not num or not den or num > den:
                # "12 out of 10": not a share; the two figures are read one at a time
                end = m.start() + len(m["in_n"])
                if num is None or not m["in_n"].isdigit():
                    return None
                return NumberToken(m.start(), end, m["in_n"], ClaimKind.COUNT, Fraction(num),
                                   Interval.exact(num))
            value = Fraction(num, den)
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.FRACTION, value,
                               Interval.exact(value), spelled=not m["in_n"].isdigit())
        if m.group("multiple"):
            return self._multiple(m)
        if m.group("fraction"):
            return self._fraction(m)
        if m.group("part_scale"):  # "half a million", "a quarter million"
            value = Fraction(1, 2 if m["ps"].lower() == "half" else 4) * SCALE_WORDS[
                m["pss"].lower()]
            token = NumberToken(m.start(), m.end(), m.group(0), ClaimKind.COUNT, value,
                                Interval.rounded(value, value / 5), spelled=True,
                                rounding_unit=value)
            self._attach_currency_word(token)
            return token
        if m.group("half"):
            return self._half(m)
        if m.group("vague"):
            lo, hi = VAGUE_QUANTITIES[re.sub(r"\s+", " ", m["v"].lower())]
            token = NumberToken(m.start(), m.end(), m.group(0), ClaimKind.COUNT, None,
                                Interval.half_open(lo, hi), spelled=True)
            self._attach_currency_word(token)
            return token
        if m.group("mixed"):
            return self._mixed(m)
        if m.group("digits"):
            return self._digits(m)
        if m.group("words"):
            return self._words(m)
        if m.group("ordinal"):
            word = m.group(0).lower()
            if word in ("first", "last", "next", "past") and _NUMBER_NEXT.match(self.text,
                                                                                 m.end()):
                return None  # "the first nine months": part of the period, not a rank
            tens, _, unit = word.rpartition("-")
            value = ORDINAL_WORDS[unit] + (TENS_WORDS.get(tens, 0))
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.ORDINAL,
                               Fraction(value), Interval.exact(value), spelled=True)
        raise AssertionError(f"unhandled group {kind}")  # pragma: no cover

    def _date(self, m, year, month, day, weekday) -> NumberToken | None:
        if month is None or not 1 <= day <= 31:
            return None
        token = NumberToken(m.start(), m.end(), m.group(0), ClaimKind.DATE, None,
                            Interval(None, None), year=year or None, month=month, day=day,
                            label="date")
        if weekday:
            idx = weekday_index(weekday)
            token.weekday = WEEKDAY_NAMES[idx] if idx is not None else None
        return token

    def _fraction(self, m) -> NumberToken | None:
        numerator_word, denominator_word = m["f_n"].lower(), m["f_d"].lower()
        text_after = self.text[m.end():m.end() + 4].lower()
        plural = denominator_word.endswith("s") and denominator_word not in ("halves",)
        if numerator_word in ("a", "an") and not (
                text_after.startswith(" of") or denominator_word in ("half", "quarter")
                or not text_after.strip() or re.match(r"\s*[,.;:)!?]", text_after)):
            # "a third term" is an ordinal, "a third of" (or "for a third, and") a fraction.
            if denominator_word in ORDINAL_WORDS and not re.match(r"[,.;:)]", text_after):
                start = m.start("f_d")
                value = ORDINAL_WORDS[denominator_word]
                return NumberToken(start, m.end(), self.text[start:m.end()], ClaimKind.ORDINAL,
                                   Fraction(value), Interval.exact(value), spelled=True)
        numerator = 1 if numerator_word in ("a", "an") else (
            UNIT_WORDS.get(numerator_word) or TENS_WORDS.get(numerator_word))
        if numerator is None:
            return None
        if numerator > 1 and not plural and denominator_word not in ("half",):
            if numerator_word in TENS_WORDS and denominator_word in ORDINAL_WORDS and \
                    ORDINAL_WORDS[denominator_word] < 10:
                value = Fraction(numerator + ORDINAL_WORDS[denominator_word])  # twenty-fifth
                return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.ORDINAL, value,
                                   Interval.exact(value), spelled=True)
            return None  # "two third-quarter results"
        value = Fraction(numerator, FRACTION_DENOMINATORS[denominator_word])
        return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.FRACTION, value,
                           Interval.exact(value), spelled=True)

    def _multiple(self, m) -> NumberToken | None:
        """'doubled', 'halving', 'twice', 'threefold': a factor, not a count."""
        word = m["mult"].lower()
        if word.startswith("doubl") or word == "twice":
            value = Fraction(2)
        elif word.startswith("tripl"):
            value = Fraction(3)
        elif word.startswith("quadrupl"):
            value = Fraction(4)
        elif word.startswith("halv"):
            value = Fraction(1, 2)
        else:
            head = word.removesuffix("fold").rstrip("-")
            value = Fraction(_word_or_digits(head) or 0)
            if not value:
                return None
        if word in ("double", "doubles") and re.match(r"\s+(?:digits?|figures?|bed|room|"
                                                       r"act|standards?|click)", self.text[
                                                           m.end():m.end() + 12], re.I):
            return None  # "double digits", "a double room": not a change
        return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.MULTIPLE, value,
                           Interval.exact(value), spelled=True)

    def _half(self, m) -> NumberToken | None:
        after = self.text[m.end():m.end() + 6].lower()
        before = self.text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(?:first|second|last|other|final|opening|closing)\s+$", before):
            return None  # "the second half of 2004"
        if (dozen := re.match(r"\s+an?\s+dozen\b", self.text[m.end():m.end() + 12], re.I)):
            end = m.end() + dozen.end()
            return NumberToken(m.start(), end, self.text[m.start():end], ClaimKind.COUNT,
                               Fraction(6), Interval.exact(6), spelled=True)
        if not (after.startswith((" of", " the", " a ", " an ", " its", " their", " his",
                                  " her", " those", " these", " them", " all", " our",
                                  " each", " its"))
                or before.endswith(("a ", "one "))):
            return None  # "half-time", "half way"
        return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.FRACTION, Fraction(1, 2),
                           Interval.exact(Fraction(1, 2)), spelled=True)

    def _words(self, m) -> NumberToken | None:
        phrase = m.group(0)
        cur = m["cur_w"]
        word_text = phrase[len(cur):] if cur else phrase
        words = re.findall(r"[A-Za-z]+", word_text)
        value = words_value(words)
        if value is None:
            return None
        start = m.start()
        if not cur and (rank := _rank(self.text, self.text[max(0, start - 24):start],
                                      m.end())) is not None:
            return rank(NumberToken(start, m.end(), phrase, ClaimKind.COUNT, value,
                                    Interval.exact(value), spelled=True))
        if not cur and _LABEL_BEFORE.search(self.text[max(0, start - 24):start]):
            return NumberToken(start, m.end(), phrase, ClaimKind.NUMBER, value,
                               Interval.exact(value), spelled=True, label="label")
        if word_text[:1].isupper() and _after_a_name(self.text, start):
            # "Ocean's Twelve", "BBC One", "Ford Five Hundred": part of a name
            return NumberToken(start, m.end(), phrase, ClaimKind.NUMBER, value,
                               Interval.exact(value), spelled=True, label="name")
        if (neg := _NEGATIVE_WORD_BEFORE.search(self.text, max(0, start - 10), start)):
            start, value = neg.start(), -value  # "minus five", "negative one"
            phrase = self.text[start:m.end()]
        if words == ["one"] or (len(words) == 1 and words[0].lower() == "one"):
            before = self.text[max(0, start - 20):start]
            if _PRONOUN_ONE_AFTER.match(self.text, m.end()) or _PRONOUN_ONE_BEFORE.search(before):
                return None  # "one of the", "no one", "the one"
        scaled = any(w.lower() in ("thousand", "million", "billion", "trillion", "lakh",
                                   "lakhs", "crore", "crores") for w in words)
        token = NumberToken(start, m.end(), phrase, ClaimKind.COUNT, value,
                            Interval.exact(value), spelled=True)
        step = None
        if scaled:
            # "five million" is as precise as its largest scale word: half a million either way;
            # "two and a half million" to the half million.
            step = Fraction(max(SCALE_ABBREVIATIONS.get(w.lower(), 1) for w in words))
            for word, part in (("half", 2), ("quarter", 4), ("third", 3)):
                if word in (w.lower() for w in words):
                    step /= part
            token.rounding_unit = step
        else:
            token.rounding_unit = _trailing_zero_unit(value)
        if cur:
            token.kind, token.unit = ClaimKind.MONEY, CURRENCY_PREFIXES.get(cur.strip().lower())
        self._suffixes(token, decimals=0, step=step, allow_scale=not scaled)
        return token

    def _digits(self, m) -> NumberToken | None:
        text = self.text
        start, num_end = m.start(), m.end()
        cur = m["cur"]
        num = m["num"]
        value, decimals = _digits_value(num)
        if _ORDINAL_SUFFIX.match(text, num_end):
            end = _ORDINAL_SUFFIX.match(text, num_end).end()
            return NumberToken(start, end, text[start:end], ClaimKind.ORDINAL, value,
                               Interval.exact(value))
        before = text[max(0, start - 24):start]
        if not cur and (start and text[start - 1] in "-−" or _MINUS_BEFORE.search(before)):
            # "-5C", "minus 5": a negative figure
            start = start - 1 if text[start - 1] in "-−" else start - len(
                _MINUS_BEFORE.search(before).group(0))
            value = -value
            before = text[max(0, start - 24):start]
        token = NumberToken(start, num_end, text[start:num_end], ClaimKind.COUNT, value,
                            Interval.exact(value), rounding_unit=_trailing_zero_unit(value))
        if cur:
            token.kind = ClaimKind.MONEY
            token.unit = CURRENCY_PREFIXES.get(cur.strip().lower().rstrip(), "USD")
        if not cur and (rank := _rank(text, before, num_end)) is not None:
            return rank(token)
        if not cur and _LABEL_BEFORE.search(before):
            token.label = "label"
            return self._finish_label(token)
        phone = _PHONE.match(text, start)
        if phone and not cur and phone.end() > num_end and re.search(r"\d{4}", phone.group(0)) \
                and not re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+", phone.group(0)):
            token.end = phone.end()
            token.text = phone.group(0)
            token.kind, token.label = ClaimKind.NUMBER, "phone number"
            return token
        self._suffixes(token, decimals=decimals, step=Fraction(1, 10 ** decimals) if decimals
                       else None, allow_scale=True)
        if token.label:
            return token
        self._range(token, before, first_bare=token.end == num_end)
        if token.kind is ClaimKind.COUNT and token.value is None and _AGE_BEFORE.search(
                re.sub(r"between\s+$", "", before)):
            token.kind, token.unit, token.label = ClaimKind.AGE, "year", "age"
        if token.kind is ClaimKind.COUNT and token.label is None and token.value is not None:
            self._year_or_age(token, num, before)
        if token.kind is ClaimKind.COUNT and token.end == num_end and token.value is not None \
                and token.value < 1000 and _after_a_name(text, token.start) and \
                not _PLURAL_NOUN.match(text, token.end):
            token.kind, token.label = ClaimKind.NUMBER, "name"  # "Halo 2", "Windows 95"
        return token

    def _mixed(self, m) -> NumberToken | None:
        """'5-7/8', '2 1/2', '3/4': a fraction as printed in prices and measures."""
        numer, denom = int(m["numer"]), int(m["denom"])
        if self.text[m.end():m.end() + 1].isalpha():  # "block 2/10b": an identifier
            end = m.end()
            while end < len(self.text) and self.text[end].isalnum():
                end += 1
            return NumberToken(m.start(), end, self.text[m.start():end], ClaimKind.NUMBER,
                               None, Interval(None, None), label="label")
        if denom == 0 or numer >= denom:
            return None  # "24/7", "9/11": not a fraction of one
        value = Fraction(int(m["whole"] or 0)) + Fraction(numer, denom)
        token = NumberToken(m.start(), m.end(), m.group(0), ClaimKind.COUNT, value,
                            Interval.exact(value))
        if not m["whole"]:
            token.kind = ClaimKind.FRACTION
            return token
        self._suffixes(token, decimals=0, step=None, allow_scale=True)
        if token.kind is ClaimKind.PERCENT:
            token.interval = Interval.exact(token.value)  # "5-7/8 pct" is printed exactly
            token.rounding_unit = None
        return token

    def _finish_label(self, token: NumberToken) -> NumberToken:
        token.kind = ClaimKind.NUMBER
        return token

    # -- what follows a number ----------------------------------------------------------------
    def _suffixes(self, token: NumberToken, decimals: int, step: Fraction | None,
                  allow_scale: bool) -> None:
        """Read scale, percent sign, currency word or unit after a figure.

        ``step`` is the rounding step the figure was printed to (None: an exact count).
        """
        text, pos = self.text, token.end
        scale = 1
        if allow_scale:
            sm = _SCALE_WORD.match(text, pos)
            if sm:
                scale = SCALE_ABBREVIATIONS[sm.group(1).lower()]
                pos = sm.end()
            else:
                lm = _SCALE_LETTER.match(text, pos)
                if lm:
                    letter = lm.group(1).lower()
                    is_money = token.kind is ClaimKind.MONEY
                    context = None if is_money else _currency_nearby(text, token.start)
                    if letter == "k" or (letter in "mb" and (
                            is_money or context or _followed_by_people(text, lm.end()))):
                        scale = SCALE_ABBREVIATIONS[letter]
                        pos = lm.end()
                        if context and letter in "mb" and not _followed_by_people(
                                text, lm.end()):
                            # "taking $204.3m ... and 204.3m in week two": money, as around it
                            token.kind, token.unit = ClaimKind.MONEY, context
            if scale != 1:
                token.value = token.value * scale
                # "3 dozen" is 36; "5.2 million" is rounded to its last digit times the scale
                step = None if scale == 12 and not decimals else Fraction(1, 10 ** decimals) * scale
                token.rounding_unit = step
        interval = Interval.exact(token.value) if step is None else Interval.rounded(
            token.value, step)

        if (pm := _PERCENT.match(text, pos)):
            token.kind, token.unit = ClaimKind.PERCENT, "percent"
            pos = pm.end()
            interval = Interval.rounded(token.value, Fraction(1, 10 ** decimals))
            token.rounding_unit = Fraction(1, 10 ** decimals)
        elif (pp := _POINTS.match(text, pos)) and token.kind is not ClaimKind.MONEY:
            word = pp.group(1).lower()
            token.kind, token.unit = ClaimKind.PERCENTAGE_POINTS, "percentage_point"
            pos = pp.end()
            if word.startswith(("basis", "bp")):
                token.value = token.value / 100
                interval = Interval.exact(token.value)
        elif token.kind is not ClaimKind.MONEY and scale == 1 and (
                cw := _CURRENCY_WORD.match(text, pos) or _PENCE.match(text, pos)):
            code = CURRENCY_SUFFIXES[cw.group(1).lower()]
            token.kind, token.unit = ClaimKind.MONEY, code
            pos = cw.end()
            if "-" in code:
                # Cents and pence in the main unit: "33 cents" is 0.33 USD, "97.0p" 0.97 GBP.
                token.unit = code.split("-")[0]
                token.value = token.value / 100
                interval = interval.scale(Fraction(1, 100))
                token.rounding_unit = (token.rounding_unit or Fraction(1)) / 100
        elif token.kind is not ClaimKind.MONEY and (cw := _CURRENCY_WORD.match(text, pos)):
            token.kind, token.unit = ClaimKind.MONEY, CURRENCY_SUFFIXES[cw.group(1).lower()]
            pos = cw.end()
        elif token.kind is ClaimKind.COUNT and scale == 1 and (
                tm := _TEMPERATURE_LETTER.match(text, pos)) and (
                token.value < 0 or re.search(r"temperature|degrees|°|cold|heat|warm|freez",
                                             text[max(0, token.start - 80):token.start], re.I)):
            token.kind = ClaimKind.QUANTITY
            token.unit = "degree_Celsius" if tm.group(1) == "C" else "degree_Fahrenheit"
            pos = tm.end()
        elif token.kind is ClaimKind.COUNT and (ym := _YEAR_OLD.match(text, pos)):
            token.kind, token.unit, token.label = ClaimKind.AGE, "year", "age"
            pos = ym.end()
        elif token.kind is ClaimKind.COUNT and (um := _UNIT.match(text, pos)) and \
                _unit_as_printed(um.group(2)):
            word = um.group(2).lower()
            hyphen = um.group(1) == "-"
            if word in TIME_UNITS:
                token.kind, token.unit = ClaimKind.DURATION, TIME_UNITS[word]
            else:
                token.kind, token.unit = ClaimKind.QUANTITY, PHYSICAL_UNITS[word]
                # A measurement is as precise as its last printed digit.
                interval = Interval.rounded(token.value, step or Fraction(1, 10 ** decimals))
            pos = um.end()
            if hyphen:
                nm = _HYPHEN_NOUN.match(text, pos)
                if nm:
                    token.noun_hint = nm.group(1)
        elif token.kind is ClaimKind.MONEY and (cw := _CURRENCY_WORD.match(text, pos)):
            pos = cw.end()  # "$5 US dollars": the word repeats the sign
        token.interval = interval
        token.end = pos
        token.text = text[token.start:pos]
        if _LETTER_AFTER.match(text, pos) and token.kind in (ClaimKind.COUNT, ClaimKind.MONEY) \
                and not token.spelled:
            if _DECADE.match(text, pos) and token.value is not None and \
                    token.value.denominator == 1 and token.value % 10 == 0 and (
                        1000 <= token.value <= 2090 or token.value < 100):
                # "the 1980s", "the '90s": a decade, typed as years
                token.end = _DECADE.match(text, pos).end()
                token.text = text[token.start:token.end]
                token.kind, token.label = ClaimKind.YEAR, "year"
                token.interval = Interval(token.value, token.value + 9)
                return
            # "5G", "4x100m", "24/7": a name, not a quantity.
            token.kind, token.label = ClaimKind.NUMBER, "name"

    def _attach_currency_word(self, token: NumberToken) -> None:
        cw = _CURRENCY_WORD.match(self.text, token.end)
        if cw:
            token.kind = ClaimKind.MONEY
            token.unit = CURRENCY_SUFFIXES[cw.group(1).lower()]
            token.end = cw.end()
            token.text = self.text[token.start:token.end]

    def _range(self, token: NumberToken, before: str, first_bare: bool) -> None:
        """'10-20', '340 to 350 cruzados', 'between 174 and 176', or a score like '52-48'.

        A range is [low, high] of the printed ends (design.md), with the scale, percent sign or
        unit printed after the second end applying to both ("10-20%", "$5-6bn").
        """
        text = self.text
        if text[token.start - 1:token.start] == "+" and (
                phone := _INTERNATIONAL_PHONE.match(text, token.start - 1)):
            token.end = phone.end()
            token.text = text[token.start:token.end]
            token.kind, token.label, token.value = ClaimKind.NUMBER, "phone number", None
            return
        join = _RANGE_JOIN.match(text, token.end)
        joined_by_and = False
        if join is None and _BETWEEN_BEFORE.search(before):
            join = _AND_JOIN.match(text, token.end)
            joined_by_and = join is not None
        if join is None:
            return
        second = _SECOND_NUMBER.match(text, join.end())
        if not second or (second.end() < len(text) and text[second.end()] in ",." and
                          second.end() + 1 < len(text) and text[second.end() + 1].isdigit()):
            return
        upper, decimals = _digits_value(second["num"])
        word = re.sub(r"\s+", " ", join.group(0).strip())
        first = token.value
        if word in ("-", "–") and join.group(0) == word and (
                chain := _HYPHEN_CHAIN.match(text, second.end())):
            token.end = chain.end()
            token.text = text[token.start:token.end]
            token.kind, token.label, token.value = ClaimKind.NUMBER, "label", None
            return
        four_digits = re.fullmatch(r"\d{4}", token.text) is not None
        if four_digits and 1500 <= first <= 2100 and word == "-" and re.fullmatch(
                r"0[1-9]|1[0-2]", second["num"]) and int(second["num"]) <= first % 100:
            token.end = second.end()  # "1995-01": a month of a year (a later year is a span)
            token.text = text[token.start:token.end]
            token.kind, token.label, token.value = ClaimKind.YEAR, "year", None
            token.interval = Interval(None, None)
            return
        if four_digits and 1500 <= first <= 2100 and (
                (re.fullmatch(r"\d{4}", second["num"]) and first <= upper <= 2100) or
                (not joined_by_and and re.fullmatch(r"\d{2}", second["num"]))):
            token.end = second.end()  # "2004-05", "between 1971 and 1974": a span of years
            token.text = text[token.start:token.end]
            token.kind, token.label = ClaimKind.YEAR, "year"
            return
        if _DAY_MONTH.match(text, second.end()) and first_bare and first <= 31:
            token.end = second.end()  # "16-18 December": days of a month
            token.text = text[token.start:token.end]
            token.kind, token.label, token.value = ClaimKind.DATE, "date", None
            token.interval = Interval(None, None)
            return
        if word in _RANGE_WORDS and not RANGE_FROM_BEFORE.search(before) and (
                _FROM_BEFORE.search(before) or _CHANGE_BEFORE.search(before)):
            return  # "from 10 to 20", "rose 5% to 20": a change, linked later, not a range
        if word in _RANGE_WORDS and _DATE_AFTER.match(text, second.end()):
            return  # "12 months to 31 December"
        hyphen = word in ("-", "–", "—")
        # A score is two bare whole numbers: "5k-20k" is a range.
        if hyphen and token.kind is ClaimKind.COUNT and first_bare and first.denominator == 1 \
                and upper.denominator == 1 and not second["cur"]:
            after = text[second.end():second.end() + 30]
            if first > upper or _SCORE_CUES.search(before[-80:]) or _SCORE_CUES.match(
                    after.strip()) or _SCORE_AFTER.match(after) or _SCORE_SERIES.match(
                        text, second.end()):
                token.end = second.end()
                token.text = text[token.start:token.end]
                token.kind, token.label, token.value = ClaimKind.SCORE, "score", None
                token.interval = Interval(None, None)
                return
        # The second end is read on its own; when the first printed no suffix, the second's
        # applies to both, else both must print the same ("10%-20%", not "9.9% to 1.2m").
        bare_kind = token.kind if token.kind is ClaimKind.MONEY and first_bare else ClaimKind.COUNT
        probe = NumberToken(second.start(), second.end(), second.group(0), bare_kind, upper,
                            Interval.exact(upper),
                            unit=token.unit if bare_kind is ClaimKind.MONEY else None)
        if second["cur"]:
            probe.kind = ClaimKind.MONEY
            probe.unit = CURRENCY_PREFIXES.get(second["cur"].strip().lower(), "USD")
        self._suffixes(probe, decimals=decimals, step=Fraction(1, 10 ** decimals) if decimals
                       else None, allow_scale=True)
        if probe.kind is ClaimKind.AGE and first_bare:
            token.end = probe.end  # "18 to 24 year olds"
            token.text = text[token.start:token.end]
            token.kind, token.unit, token.label = ClaimKind.AGE, "year", "age"
            token.parts = [first, upper]
            token.interval = Interval(first, upper)
            token.value = None
            return
        if probe.kind is ClaimKind.COUNT and not probe.unit and (
                litre := _LITRE_LETTER.match(text, probe.end)):
            probe.kind, probe.unit, probe.end = ClaimKind.QUANTITY, "liter", litre.end()
        # "2-0" is a score; "-78-0 degrees Celsius" runs up to zero.
        if probe.label or (upper == 0 and first >= 0) or probe.value is None:
            return
        factor = Fraction(1)
        kind, unit = token.kind, token.unit
        if first_bare and (probe.kind is not ClaimKind.COUNT or probe.value != upper):
            # the second end's scale applies to the first (a zero end has none to give)
            factor = probe.value / upper if upper else Fraction(1)
            kind, unit = probe.kind, probe.unit
        elif (probe.kind, probe.unit) != (token.kind, token.unit):
            return  # "5% to 20 points": two figures, not one range
        low = first * factor
        if low > probe.value and joined_by_and:
            low = first  # "between 700,000 and 1 million": the first is whole as printed
        if low > probe.value:
            return
        token.kind, token.unit = kind, unit
        token.parts = [low, probe.value]
        token.interval = Interval(low, probe.value)
        token.value = None
        token.end = probe.end
        token.text = text[token.start:token.end]
        token.rounding_unit = probe.rounding_unit
        token.noun_hint = token.noun_hint or probe.noun_hint  # "8- to 16-meter wall"

    def _year_or_age(self, token: NumberToken, num: str, before: str) -> None:
        value = token.value
        text = self.text
        if re.fullmatch(r"\d{4}", num) and 1500 <= value <= 2100 and token.end == \
                token.start + 4:
            # Edited news prints counts of this size with a separator ("2,000 people"), so a
            # bare 1500-2100 is a year ("in 2003", "2005 revenues") unless people follow it.
            nm = _PLURAL_NOUN.match(text, token.end)
            if not (nm and nm.group(1).lower() in _COUNTED_AFTER_YEAR):
                token.kind, token.label = ClaimKind.YEAR, "year"
                return
        # "Ahmed al-Qadi, 52, said": an age between commas after a name.
        if re.fullmatch(r"\d{1,3}", num) and 1 <= value <= 120:
            if _AGE_AFTER_NAME.search(before) and re.match(r",", text[token.end:]):
                token.kind, token.unit, token.label = ClaimKind.AGE, "year", "age"
            elif _AGE_BEFORE.search(before):
                token.kind, token.unit, token.label = ClaimKind.AGE, "year", "age"


# Short unit abbreviations count only as printed in lower case ("5g", not "5G" the network).
_UPPER_UNITS = {"MW", "GW", "KW", "kW", "kWh", "KWH", "MB", "GB", "TB", "Mbps", "GHz", "MHz",
                "°C", "°F"}


def _unit_as_printed(word: str) -> bool:
    return len(word) > 3 or word == word.lower() or word in _UPPER_UNITS


_PENCE = re.compile(r"(p)\b(?![’'])")
_CURRENCY_SIGN = re.compile(r"(US\$|A\$|C\$|HK\$|\$|£|€|¥|₹)\d")


def _currency_nearby(text: str, pos: int) -> str | None:
    """The currency of a figure printed with a sign shortly before, in the same paragraph."""
    window = text[max(0, pos - 200):pos]
    window = window[window.rfind("\n\n") + 1:]
    found = _CURRENCY_SIGN.findall(window)
    return CURRENCY_PREFIXES.get(found[-1].lower()) if found else None


_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \t\u00a0]+$")
_NOT_NAMES = {"In", "On", "At", "By", "To", "For", "Of", "From", "About", "Some", "Nearly",
              "Almost", "Over", "Under", "The", "A", "An", "And", "But", "Only", "Just", "All",
              "Around", "After", "Before", "Since", "Until", "With", "Between", "Up", "US", "UK",
              "EU", "No", "Top", "Page", "Mr", "Mrs", "Ms", "Dr"}


def _after_a_name(text: str, pos: int) -> bool:
    """Does a capitalised word that does not open the sentence stand right before ``pos``?"""
    m = _NAME_WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if not m or m.group(1) in _NOT_NAMES or month_index(m.group(1)) or weekday_index(
            m.group(1)) is not None:
        return False
    before = text[max(0, m.start() - 3):m.start()].rstrip(" \t\u00a0\"“'‘(")
    return bool(before) and before[-1] not in ".!?\n:;"


_NUMBER_NEXT = re.compile(rf"\s+(?:\d|(?i:{W_UNIT}|{W_TEN})\b)")
_MINUS_BEFORE = re.compile(r"\bminus\s+$", re.I)
_NEGATIVE_WORD_BEFORE = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_RANK_BEFORE = re.compile(r"\b(?:number|top)[ \t\u00a0]+$", re.I)


def _rank(text: str, before: str, end: int):
    """'number five', 'the top 10': a rank, an ordinal; but 'the top three markets' counts
    markets. Returns a function finishing the token, or None when no rank word precedes."""
    if not _RANK_BEFORE.search(before):
        return None
    if before.rstrip().lower().endswith("top") and _PLURAL_NOUN.match(text, end):
        return lambda token: token

    def as_ordinal(token: NumberToken) -> NumberToken:
        token.kind = ClaimKind.ORDINAL
        token.interval = Interval.exact(token.value)
        return token
    return as_ordinal


def _followed_by_people(text: str, pos: int) -> bool:
    nm = _NEXT_WORD.match(text, pos)
    return bool(nm and nm.group(1).lower() in (
        "people", "users", "viewers", "customers", "subscribers", "listeners", "voters",
        "homes", "households", "shares", "barrels", "tonnes", "visitors", "passengers"))


def _word_or_digits(text: str) -> int | None:
    t = text.lower()
    if t.isdigit():
        return int(t)
    if t == "hundred":
        return 100
    return UNIT_WORDS.get(t)


def scan(text: str) -> list[NumberToken]:
    """Every number in ``text``, in order, with its interval and type."""
    return Scanner(text).scan()

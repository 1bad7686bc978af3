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
    CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, FRACTION_DENOMINATORS,
    HYPHEN_CURRENCY_WORDS, LEADING_QUALIFIERS, MINOR_UNITS,
    MONEY_MINOR_PER_MAJOR, MONEY_MINOR_WORDS, OPTIONAL_SPACE, PHYSICAL_UNITS, SCALE_ABBREVIATIONS,
    SCALE_WORDS, SPACE, TENS_WORDS, TIME_UNITS, UNIT_WORDS, VAGUE_QUANTITIES, alternation,
)
from . import spelled
from .after_figure import (
    CURRENCY_WORD, UNIT_AFTER, currency_after, currency_nearby, currency_word_code, minor_part,
    phrase_key, unit_read, won_is_verb,
)
from .spelled import SPELLED_ORDINALS
from .tokens import NumberToken


def _trie(words) -> str:
    """An alternation of ``words`` factored by shared prefixes ("f(?:i(?:ft(?:h|een)...") so
    that the regex engine tries each letter once instead of each word in turn; a pattern of
    ~200 words searched at every word start is several times faster this way."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")
    return emit(root)


WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)")
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\s*(?:GMT|BST|UTC|CET|EST|EDT|ET|IST|hrs|local)\b)"
W_UNIT = alternation(UNIT_WORDS)
W_TEN = alternation(TENS_WORDS)
W_SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozens?)"
ORDINAL_W = alternation(SPELLED_ORDINALS)
DENOMINATOR_W = alternation(set(FRACTION_DENOMINATORS) - {"half", "halves"})
# Where a number in words can start (spelled.py reads how far it goes): a number word, an
# ordinal or a denominator; "a"/"an" before a scale, a tens word or a denominator ("a dozen",
# "a twenty-first", "a third"); "hundred" before a larger scale ("hundred thousand").
SPELLED_START = (
    rf"(?:{W_UNIT}|{W_TEN}|{ORDINAL_W}|{DENOMINATOR_W}"
    rf"|an?(?=[-\s]+(?:{W_SCALE}|{W_TEN}|{ORDINAL_W}|{DENOMINATOR_W}|half|halves)(?![A-Za-z]))"
    r"|hundred(?=\s+(?:thousand|million|billion)\b))(?![A-Za-z])")
VAGUE_W = alternation(VAGUE_QUANTITIES)
_CODES = "|".join(CURRENCY_CODES)
# A sign or code before a figure: "$", "US$", "Rs.", "USD", and a code with a leading M for
# millions ("MAUD 60"); tokenised copy spaces sign and figure ("$ 75 million").
CURRENCY_PRE = (r"(?:(?:US|A|C|NZ|HK|S)\$|\$|£|€|¥|₹|₦|₩|"
                rf"\b(?:Rs\.?|Dh|(?i:rmb)|M?(?:{_CODES}))[ \u00a0]?)(?:[ \u00a0](?=\d))?")
# Tokenised copy also spaces the country from the sign: "us $ 150 million", "hk $ 10.05 billion"
_COUNTRY_BEFORE_SIGN = re.compile(r"\b(?:(?i:us|hk|nz)|c)[ \u00a0]$")
# Vulgar fractions, alone or after a whole number: "½ teaspoon", "2½ years".
_VULGAR_FRACTIONS = {"½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3),
                     "¼": Fraction(1, 4), "¾": Fraction(3, 4), "⅕": Fraction(1, 5),
                     "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5),
                     "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅐": Fraction(1, 7),
                     "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8),
                     "⅞": Fraction(7, 8), "⅑": Fraction(1, 9), "⅒": Fraction(1, 10)}
_VULGAR = "".join(_VULGAR_FRACTIONS)
VULGAR = rf"\d*[{_VULGAR}](?![\d])"
DIGITS = (r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"        # 11,90,440 (Indian grouping)
          r"|\d{1,3}(?:,\d{3})+(?![\d])"                 # 1,205
          r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d{3})"  # 36 803
          rf"|\d+)(?:\.\d+)?(?![\d{_VULGAR}])"
          r"|\.\d+(?![\d])")

# A printed figure with its currency sign or code, if any: MASTER's "digits" alternative.
FIGURE = (rf"(?P<cur>{CURRENCY_PRE})?(?(cur)(?P<cur_minus>[-−])?|(?<![\w.,/:\u00b7^])"
          rf"(?<![^\s(\[][-−]))(?P<num>{VULGAR}|{DIGITS})")

# Small figures listed with commas and no spaces, three or more: "nrs. 22,24,26,31". Not a
# grouping (groups have three digits) nor a decimal comma ("3,5" lists only two).
_LIST_ITEM = r"\d{1,2}"
_LIST_END = r"(?![\d,]|\.\d)"
_AFTER_ONE_ITEM = r"(?:(?<=\D\d,)|(?<=\D\d\d,))"
_AFTER_TWO_ITEMS = r"(?:(?<=\D\d,\d,)|(?<=\D\d\d,\d,)|(?<=\D\d,\d\d,)|(?<=\D\d\d,\d\d,))"
LISTED_FIGURE = (
    rf"(?<![\w.,/:]){_LIST_ITEM}(?=(?:,{_LIST_ITEM}){{2,}}{_LIST_END})"      # the first
    rf"|{_AFTER_ONE_ITEM}{_LIST_ITEM}(?=,{_LIST_ITEM}(?:,|{_LIST_END}))"       # one inside
    rf"|{_AFTER_TWO_ITEMS}{_LIST_ITEM}{_LIST_END}")                           # the last
# A figure whose scale word is followed by more of the number: "3 hundred and 21",
# "4 thousand 3 hundred", "6 crore and two hundred", "3 million and a half". After "thousand"
# or larger, only a hundreds group, a spelled number or a fraction continues it: "5 million and
# 300 jobs" is two figures.
_WS = r"[ \t\u00a0]+"
DIGITS_THEN_WORDS = (
    rf"{_WS}(?i:hundred{_WS}and{_WS}(?:\d{{1,2}}\b|{W_UNIT}|{W_TEN})"
    rf"|(?:thousand|million|billion|trillion|lakhs?|crores?){_WS}(?:\d{{1,3}}{_WS}hundred\b"
    rf"|and{_WS}(?:(?:an?|one){_WS}(?:half|quarter)|{W_UNIT}|{W_TEN})\b))")

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
        |\s*(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b)
        |\.[0-5]\d\s*(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b|(?:GMT|BST|UTC|EST|EDT|CET|IST)\b))(?![\d])
        |(?<![\d.:,])(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|BST|UTC|CET|EST|EDT|ET|IST|hrs)\b)
  | (?P<ratio>\b(?i:(?:{W_UNIT}|\d{{1,3}})-for-(?:{W_UNIT}|\d{{1,3}}))\b)
  | (?P<frac_in>\b(?i:(?P<in_n>{W_UNIT}|\d{{1,3}})[-\s](?:in|out\s+of)[-\s]
        (?P<in_d>{W_TEN}|{W_UNIT}|hundred|thousand|[2-9]|10|100))\b)
  | (?P<multiple>\b(?i:(?P<mult>doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|
        halv(?:e|ed|es|ing)|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})-?fold))\b)
  | (?P<part_scale>\b(?i:(?:a\s+|one\s+)?(?P<ps>half|quarter)(?:\s+(?:a|of\s+a))?\s+
        (?P<pss>thousand|million|billion|trillion|mln|bln))\b)
  | (?P<half>\b(?i:half)\b)
  | (?P<vague>\b(?i:(?P<v>{VAGUE_W})\s+of)\b)
  | (?P<pair>\b(?i:an?\s+pair\s+of)\b)
  | (?P<mixed>(?<![\w.,/:])(?<![^\s(\[]-)(?:(?P<whole>\d{{1,4}})(?:-|[ ]+))?(?P<numer>\d{{1,2}})/(?P<denom>\d{{1,2}})
        (?![\d/]))
  | (?P<listed>{LISTED_FIGURE})
  | (?P<digit_words>(?<![\w.,/:])\d{{1,3}}(?={DIGITS_THEN_WORDS}))
  | (?P<digits>{FIGURE})
  | (?P<spelled>(?P<cur_w>{CURRENCY_PRE})?\b(?P<sp>(?i:{SPELLED_START})))
    """,
    re.X,
)

# Where a MASTER match can start: a digit, a currency sign, a decimal point before a digit, or
# the first letters of a word that can open a number (number, ordinal, month and weekday
# names, currency codes, "half", "dozens", "doubled", …).
_STARTERS = sorted(
    set(UNIT_WORDS) | set(TENS_WORDS) | SPELLED_ORDINALS | set(FRACTION_DENOMINATORS) | {
        "hundred", "half", "quarter", "dozens", "scores", "hundreds", "thousands", "tens",
        "millions", "billions", "twice", "rs", "inr", "usd", "eur", "gbp", "jpy", "aed", "chf",
        "dh", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec"},
    key=len, reverse=True)
# "a"/"an" opens a number only before a scale, a tens word or a fraction word ("a dozen",
# "a third", "a twenty-first").
_A_NUMBER = (r"an?(?=[-\s]+" + _trie(
    {"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores",
     "dozen", "dozens", "half", "quarter", "pair"} | set(FRACTION_DENOMINATORS) | set(TENS_WORDS)
    | SPELLED_ORDINALS) + r"\b)")
_FOLDS = {f"{w}{h}fold" for w in ("two", "three", "four", "five", "six", "seven", "eight",
                                    "nine", "ten") for h in ("", "-")}  # "tenfold"
CANDIDATE = re.compile(
    r"[\d$£€¥₹₦₩" + _VULGAR + r"]|\.(?=\d)|\b(?:M?(?:" + _CODES + r")|RMB|rmb)(?=[\d \u00a0])"
    + r"|\b(?i:" + _A_NUMBER
    + r"|(?:us|a|c|nz|hk|s)\$|doubl|tripl|quadrupl|halv"  # "US$", "doubled"
    + "|" + _trie({w.lower() for w in _STARTERS} | _FOLDS) + r"(?![a-z]))")

# The digits alternative of MASTER on its own.
_DIGITS_ALONE = re.compile(FIGURE)

# Anchored patterns tried just after a number.
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_SCALE_WORD = re.compile(
    rf"{OPTIONAL_SPACE}(?i:(million|billion|trillion|thousand|hundred|lakhs?|crores?|"
    r"mln|bln|mil|mn|bn|trln|trn|tln|tn|dozens?|dozs?|dzs?))\b")
# "-5C", "30F", "573.15K": a temperature printed with its scale's letter
_TEMPERATURE_LETTER = re.compile(r"([CFK])\b")
_TEMPERATURE_CONTEXT = re.compile(r"temperature|degrees|°|cold|heat|warm|freez|kelvin", re.I)
_SCALE_LETTER = re.compile(r"(MM|[mMkKbB])\b(?![’'])")
# "2.33 k", "1,674,200.5 M": a spaced scale letter, only where the figure's phrase ends
_SCALE_LETTER_SPACED = re.compile(rf"{SPACE}([kM])(?=[ \t]*(?:[.,;:!?)]|$))")
_PERCENT = re.compile(rf"{OPTIONAL_SPACE}(?:%|(?i:per{OPTIONAL_SPACE}cent|percents?|pct|"
                      rf"percentage(?!{SPACE}points?\b))\b)")
_POINTS = re.compile(rf"{SPACE}(?i:(percentage{SPACE}points?|basis{SPACE}points?|bps|pp))\b")


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
    rf"-(?!(?:{alternation([*TIME_UNITS, *PHYSICAL_UNITS, *HYPHEN_CURRENCY_WORDS])})\b)|"
    rf"{OPTIONAL_SPACE}(?:of\b(?!{SPACE}(?:whom|which|them|these|those)\b)|another\b|day\b|time\b|way\b|thing\b|hand\b|side\b|last\b|another|anyone|"
    rf"or{SPACE}(?:another|two|other)\b|[,.;:!?)\"”]|$)", re.I)
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:no|the|this|that|every|any|each|which|only|last|another|someone|some|such|"
    rf"little|big|new|old|right|wrong|other|same|very|first){SPACE}$", re.I)
_PLURAL_NOUN = re.compile(rf"{SPACE}(?:[A-Z][a-z]+{SPACE}|(?:more|fewer|extra|additional|"
                          rf"new|other){SPACE})?([a-z]{{3,}}s|people|children|"
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
        urls = _url_spans(text)
        while pos < n:
            c = candidates(text, pos)
            if c is None:
                break
            if urls and (inside := _span_around(urls, c.start())) is not None:
                pos = inside  # the figures of a web address are not claims
                continue
            m = match(text, c.start())
            if m is None:
                pos = c.start() + 1
                continue
            token = self._classify(m)
            if token is None:
                pos = m.end() if m.end() > m.start() else m.start() + 1
                continue
            if self.tokens:
                _currency_from_pair(text, self.tokens[-1], token)
            self.tokens.append(token)
            pos = max(token.end, m.start() + 1)
        if " vs" in text:
            _currency_down_the_table(text, self.tokens)
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
            return self._one_in(m)
        if m.group("multiple"):
            return self._multiple(m)
        if m.group("part_scale"):  # "half a million", "a quarter million"
            value = Fraction(1, 2 if m["ps"].lower() == "half" else 4) * SCALE_ABBREVIATIONS[
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
        if m.group("pair"):  # "a pair of shoes": two
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.COUNT, Fraction(2),
                               Interval.exact(2), spelled=True)
        if m.group("mixed"):
            return self._mixed(m)
        if m.group("listed"):  # one of "22,24,26,31"
            return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.COUNT,
                               Fraction(int(m.group(0))), Interval.exact(int(m.group(0))))
        if m.group("digit_words"):
            return self._digit_words(m)
        if m.group("digits"):
            return self._digits(m)
        if m.group("spelled"):
            return self._spelled(m)
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

    def _spelled(self, m) -> NumberToken | None:
        """A number in words, read by spelled.py: a cardinal, a mixed number, a fraction or an
        ordinal."""
        reading = spelled.read(self.text, m.start("sp"))
        if reading is None:
            return None
        if reading.kind == "ordinal":
            return self._spelled_ordinal(reading.start, reading.end, reading.value)
        if reading.kind == "fraction":
            return self._spelled_fraction(reading)
        return self._words(m.start(), reading, m["cur_w"])

    def _digit_words(self, m) -> NumberToken | None:
        """'3 hundred and 21', '4 thousand 3 hundred': figures and scale words as one number;
        read as printed figures when the words do not make one."""
        reading = spelled.read(self.text, m.start())
        if reading is not None and reading.kind in ("cardinal", "mixed") and \
                len(reading.words) > 2:
            token = self._words(m.start(), reading, None)
            if token is not None:
                token.spelled = False
            return token
        return self._digits(_DIGITS_ALONE.match(self.text, m.start()))

    def _spelled_ordinal(self, start: int, end: int, value: Fraction) -> NumberToken | None:
        text = self.text
        word = text[start:end]
        if word.lower() == "first" and _NUMBER_NEXT.match(text, end) and \
                not _PRONOUN_ONE_NEXT.match(text, end):
            return None  # "the first nine months": part of the period, not a rank
        if _NOT_A_RANK_AFTER.match(text, end):
            return None  # "first class", "second-hand", "the second to last"
        if word.lower() == "second" and _PER_BEFORE.search(text, max(0, start - 8), start):
            return None  # "two kb per second": the unit of time
        return NumberToken(start, end, word, ClaimKind.ORDINAL, value, Interval.exact(value),
                           spelled=True)

    def _spelled_fraction(self, reading: spelled.Reading) -> NumberToken | None:
        text = self.text
        numerator, denominator = reading.numerator or [], reading.denominator or []
        text_after = text[reading.end:reading.end + 4].lower()
        if denominator[-1].kind == spelled.PART and re.match(r"-[a-z]", text_after):
            return None  # "a half-time show", "a quarter-final"
        if reading.scale is None and len(numerator) == 1 and \
                numerator[0].text.lower() in ("a", "an") and \
                denominator[-1].text.lower() not in ("half", "quarter") and not (
                    text_after.startswith(" of") or not text_after.strip()
                    or re.match(r"\s*[,.;:)!?]", text_after)):
            # "a third term" is an ordinal, "a third of" (or "for a third, and") a fraction.
            value = spelled.ordinal(denominator)
            if value is None:
                return None
            return self._spelled_ordinal(denominator[0].start, reading.end, value)
        value = reading.value
        if reading.scale:  # "two thirds of a million": a count to that precision
            token = NumberToken(reading.start, reading.end, text[reading.start:reading.end],
                                ClaimKind.COUNT, value, Interval.rounded(value, value / 5),
                                spelled=True, rounding_unit=value)
            self._attach_currency_word(token)
            return token
        start = reading.start
        if (neg := _NEGATIVE_WORD_BEFORE.search(text, max(0, start - 10), start)):
            start, value = neg.start(), -value  # "minus one hundred thirty fifths"
        return NumberToken(start, reading.end, text[start:reading.end], ClaimKind.FRACTION,
                           value, Interval.exact(value), spelled=True)

    def _one_in(self, m) -> NumberToken | None:
        """'one in five', '1 in twenty-one', 'two out of five hundred': a share."""
        num = _word_or_digits(m["in_n"])
        if m["in_d"][0].isalpha():
            # the whole denominator in words: "twenty-one", "five hundred"
            reading = spelled.read(self.text, m.start("in_d"))
            den, end = (reading.value, reading.end) if reading and reading.kind == "cardinal" \
                else (None, m.end())
        else:
            den, end = int(m["in_d"]), m.end()
        spelled_numerator = not m["in_n"].isdigit()
        if num is None or not den or num > den:
            # "12 out of 10": not a share; the two figures are read one at a time
            if num is None:
                return None
            return NumberToken(m.start(), m.start() + len(m["in_n"]), m["in_n"],
                               ClaimKind.COUNT, Fraction(num), Interval.exact(num),
                               spelled=spelled_numerator)
        value = Fraction(num, den)
        return NumberToken(m.start(), end, self.text[m.start():end], ClaimKind.FRACTION, value,
                           Interval.exact(value), spelled=spelled_numerator)

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
        if re.match(r"-[a-z]", after) or _HALF_COMPOUND.match(self.text, m.end()):
            return None  # "a half-time show", "half-hourly", "up to half time", "half measures"
        if (dozen := re.match(r"\s+an?\s+dozen\b", self.text[m.end():m.end() + 12], re.I)):
            end = m.end() + dozen.end()
            return NumberToken(m.start(), end, self.text[m.start():end], ClaimKind.COUNT,
                               Fraction(6), Interval.exact(6), spelled=True)
        if not (after.startswith((" of", " the", " a ", " an ", " its", " their", " his",
                                  " her", " those", " these", " them", " all", " our",
                                  " each", " its"))
                or before.endswith(("a ", "one ")) or _QUALIFIER_BEFORE_HALF.search(
                    self.text, max(0, m.start() - 40), m.start())):
            return None  # "half-time", "half way"
        return NumberToken(m.start(), m.end(), m.group(0), ClaimKind.FRACTION, Fraction(1, 2),
                           Interval.exact(Fraction(1, 2)), spelled=True)

    def _words(self, start: int, reading: spelled.Reading, cur: str | None) -> NumberToken | None:
        """A cardinal or mixed number in words ("twenty-three thousand", "two and a half
        million"), with a currency sign printed before it or not."""
        end = reading.end
        phrase = self.text[start:end]
        word_text = self.text[reading.start:end]
        words = [w.text for w in reading.words]
        value = reading.value
        if not cur and (rank := _rank(self.text, self.text[max(0, start - 24):start],
                                      end)) is not None:
            return rank(NumberToken(start, end, phrase, ClaimKind.COUNT, value,
                                    Interval.exact(value), spelled=True))
        if not cur and _LABEL_BEFORE.search(self.text[max(0, start - 24):start]):
            return NumberToken(start, end, phrase, ClaimKind.NUMBER, value,
                               Interval.exact(value), spelled=True, label="label")
        if word_text[:1].isupper() and _after_a_name(self.text, start):
            # "Ocean's Twelve", "BBC One", "Ford Five Hundred": part of a name
            return NumberToken(start, end, phrase, ClaimKind.NUMBER, value,
                               Interval.exact(value), spelled=True, label="name")
        neg = _NEGATIVE_WORD_BEFORE.search(self.text, max(0, start - 10), start)
        if neg:
            start, value = neg.start(), -value  # "minus five", "negative one"
            phrase = self.text[start:end]
        elif len(words) == 1 and words[0].lower() == "one":
            before = self.text[max(0, start - 20):start]
            if (_PRONOUN_ONE_AFTER.match(self.text, end) or _PRONOUN_ONE_BEFORE.search(before)) \
                    and not _MEASURE_WORD_NEXT.match(self.text, end):
                return None  # "one of the", "no one", "the one"; but "that one mile"
        lowered = [w.lower() for w in words]
        fractional = any(w in ("half", "quarter", "third") for w in lowered)
        scaled = (lowered[-1] in _BIG_SCALES or fractional) and any(
            w in _BIG_SCALES for w in lowered)
        token = NumberToken(start, end, phrase, ClaimKind.COUNT, value,
                            Interval.exact(value), spelled=True)
        step = None
        if scaled:
            # "five million" is as precise as its scale word: half a million either way; "two
            # and a half million" to the half million; "4 thousand 3 hundred and 21" exactly.
            step = Fraction(SCALE_ABBREVIATIONS[lowered[-1]] if lowered[-1] in _BIG_SCALES
                            else max(SCALE_ABBREVIATIONS.get(w, 1) for w in lowered))
            for word, part in (("half", 2), ("quarter", 4), ("third", 3)):
                if word in lowered:
                    step /= part
            token.rounding_unit = step
        else:
            token.rounding_unit = _trailing_zero_unit(value)
        if cur:
            token.kind, token.unit = ClaimKind.MONEY, CURRENCY_PREFIXES.get(cur.strip().lower())
        # A scale word the grammar left out was left out on purpose ("three hundred and two
        # hundred"); an abbreviation takes its scale here ("three mln", "two hundred bn").
        self._suffixes(token, decimals=0, step=step, allow_scale=not scaled and not
                       _SCALE_WORD_NEXT.match(self.text, end))
        return token

    def _digits(self, m) -> NumberToken | None:
        text = self.text
        start, num_end = m.start(), m.end()
        cur = m["cur"]
        num = m["num"]
        if num[-1] in _VULGAR_FRACTIONS:
            part = _VULGAR_FRACTIONS[num[-1]]
            value, decimals = int(num[:-1] or 0) + part, 0
            step = Fraction(1, part.denominator)  # "2½" is printed to the half
        else:
            value, decimals = _digits_value(num)
            step = Fraction(1, 10 ** decimals) if decimals else None
        if m["cur_minus"]:
            value = -value  # "$-99.99"
        cur_key = phrase_key(cur) if cur else None
        mega = cur_key is not None and cur_key[0] == "m" and cur_key[1:].upper() in \
            CURRENCY_CODES
        if mega:
            # "MAUD 60": millions of Australian dollars, rounded to the printed digit
            cur_key = cur_key[1:]
            step = (step or Fraction(1)) * 10 ** 6
            value = value * 10 ** 6
        elif cur_key == "$" and (country := _COUNTRY_BEFORE_SIGN.search(text, max(0, start - 3),
                                                                        start)):
            start, cur_key = country.start(), phrase_key(country.group(0)) + " $"
        if _ORDINAL_SUFFIX.match(text, num_end):
            end = _ORDINAL_SUFFIX.match(text, num_end).end()
            return NumberToken(start, end, text[start:end], ClaimKind.ORDINAL, value,
                               Interval.exact(value))
        before = text[max(0, start - 24):start]
        if not cur and (signed := _negative_start(text, start)) is not None:
            start, value = signed, -value  # "-5C", "minus 5": a negative figure
            before = text[max(0, start - 24):start]
        token = NumberToken(start, num_end, text[start:num_end], ClaimKind.COUNT, value,
                            Interval.exact(value), rounding_unit=step if mega else
                            _trailing_zero_unit(value))
        if cur:
            token.kind = ClaimKind.MONEY
            token.unit = CURRENCY_PREFIXES.get(cur_key, "USD")
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
        self._suffixes(token, decimals=decimals, step=step, allow_scale=not mega)
        if token.label:
            return token
        if token.kind is ClaimKind.COUNT and num in _VULGAR_FRACTIONS:
            token.kind, token.interval = ClaimKind.FRACTION, Interval.exact(value)  # as "3/4"
        if token.kind is ClaimKind.QUANTITY and token.unit in _TEMPERATURE_UNITS and \
                token.value > 0 and (minus := _SPACED_MINUS.search(text, max(0, start - 8),
                                                                   start)):
            token.start, token.value = minus.start(), -token.value  # "- 20 degrees fahrenheit"
            token.interval = token.interval.negate()
            token.text = text[token.start:token.end]
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
        start = m.start()
        if (signed := _negative_start(self.text, start)) is not None:
            start, value = signed, -value  # "-4/5", "minus 1 4/5"
        token = NumberToken(start, m.end(), self.text[start:m.end()], ClaimKind.COUNT, value,
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
            elif (lm := _SCALE_LETTER.match(text, pos) or _SCALE_LETTER_SPACED.match(text, pos)) \
                    and self._letter_is_scale(token, lm, decimals):
                scale = SCALE_ABBREVIATIONS[lm.group(1).lower()]
                pos = lm.end()
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
        elif token.kind is not ClaimKind.MONEY and (
                currency := currency_after(
                    text, pos, pence=scale == 1,
                    small_whole=scale == 1 and not decimals and _small_whole(token.value),
                    start=token.start)) and \
                not _year_after_month(text, token):
            code, pos, mega = currency
            token.kind, token.unit = ClaimKind.MONEY, code
            later_scale = 1
            if scale == 1 and mega:
                later_scale = 10 ** 6  # "120 MEUR"
            elif scale == 1 and code in CURRENCY_CODES and (sm := _SCALE_WORD.match(text, pos)):
                later_scale, pos = SCALE_ABBREVIATIONS[sm.group(1).lower()], sm.end()  # "75 USD million"
            if later_scale != 1:
                token.value = token.value * later_scale
                step = (step or Fraction(1, 10 ** decimals)) * later_scale
                token.rounding_unit = step
                interval = Interval.rounded(token.value, step)
            if "-" in code:
                # Cents and pence in the main unit: "33 cents" is 0.33 USD, "97.0p" 0.97 GBP.
                token.unit = code.split("-")[0]
                token.value = token.value / 100
                interval = interval.scale(Fraction(1, 100))
                token.rounding_unit = (token.rounding_unit or Fraction(1)) / 100
            elif scale == 1 and later_scale == 1 and (
                    minor := minor_part(text, pos, MONEY_MINOR_WORDS, MONEY_MINOR_PER_MAJOR)):
                # "15 dollars 50", "thirteen dollars and forty-five cents": one amount
                amount, pos = minor
                token.value = token.value + amount / MONEY_MINOR_PER_MAJOR
                token.rounding_unit = Fraction(1, MONEY_MINOR_PER_MAJOR)
                interval = Interval.rounded(token.value, token.rounding_unit)
        elif token.kind is ClaimKind.COUNT and scale == 1 and (
                tm := _TEMPERATURE_LETTER.match(text, pos)) and (
                (token.value < 0 and tm.group(1) != "K") or _TEMPERATURE_CONTEXT.search(
                    text, max(0, token.start - 80), token.start)):
            token.kind = ClaimKind.QUANTITY
            token.unit = _TEMPERATURE_SCALES[tm.group(1)]
            pos = tm.end()
        elif token.kind is ClaimKind.COUNT and (ym := _YEAR_OLD.match(text, pos)):
            token.kind, token.unit, token.label = ClaimKind.AGE, "year", "age"
            pos = ym.end()
        elif token.kind is ClaimKind.COUNT and (um := UNIT_AFTER.match(text, pos)) and (
                read := unit_read(um)):
            unit, is_time, pos = read
            hyphen = um.group("sep") == "-"
            if is_time:
                token.kind, token.unit = ClaimKind.DURATION, unit
            else:
                token.kind, token.unit = ClaimKind.QUANTITY, unit
                # A measurement is as precise as its last printed digit.
                interval = Interval.rounded(token.value, step or Fraction(1, 10 ** decimals))
                if unit in MINOR_UNITS and not hyphen and (minor := minor_part(
                        text, pos, *MINOR_UNITS[unit])):
                    # "5 ft 2 in", "7lb 8oz": one measurement, to the printed smaller unit
                    amount, pos = minor
                    per_major = MINOR_UNITS[unit][1]
                    token.value = token.value + amount / per_major
                    interval = Interval.rounded(token.value, Fraction(1, per_major))
            if hyphen:
                nm = _HYPHEN_NOUN.match(text, pos)
                if nm:
                    token.noun_hint = nm.group(1)
        elif token.kind is ClaimKind.MONEY and (currency := currency_after(
                text, pos, pence=False)) and currency[0] == token.unit:
            pos = currency[1]  # "$5 US dollars": the word repeats the sign
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

    def _letter_is_scale(self, token: NumberToken, lm: re.Match[str], decimals: int) -> bool:
        """Is the letter after a figure a scale ("$5m", "10k", "1.2b", "10M")? Money around an
        unmarked figure makes it money ("taking $204.3m ... and 204.3m in week two")."""
        text, printed = self.text, lm.group(1)
        letter = printed.lower()
        is_money = token.kind is ClaimKind.MONEY
        if printed == "K" and not is_money and _TEMPERATURE_CONTEXT.search(
                text, max(0, token.start - 80), token.start):
            return False  # "573.15K": kelvin
        if letter == "k":
            return True
        context = None if is_money else currency_nearby(text, token.start)
        people = _followed_by_people(text, lm.end())
        if not (is_money or context or people):
            # "m" may be metres and "3M", "1B" are names; but a capital M after two digits or
            # decimals ("10M", "1.5M") and "b" after decimals ("1.2b") can only be a scale.
            return (printed == "M" and bool(decimals or abs(token.value) >= 10)) or (
                letter == "b" and decimals > 0 and abs(token.value) < 100)  # not "802.11b"
        if context and not people:
            token.kind, token.unit = ClaimKind.MONEY, context
        return True

    def _attach_currency_word(self, token: NumberToken) -> None:
        cw = CURRENCY_WORD.match(self.text, token.end)
        if cw and not won_is_verb(self.text, cw, token.start, _small_whole(token.value)):
            token.kind = ClaimKind.MONEY
            token.unit = currency_word_code(cw)
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


_TEMPERATURE_SCALES = {"C": "degree_Celsius", "F": "degree_Fahrenheit", "K": "kelvin"}
_TEMPERATURE_UNITS = {"degree_Celsius", "degree_Fahrenheit", "degree"}
# "how to convert - 20 degrees": tokenised copy spaces a minus sign from its figure; a hyphen
# after another figure ("10 - 20 degrees") joins a range instead.
# Never at the start of a line: "- 20 people" there is a list item.
_SPACED_MINUS = re.compile(r"(?<=[^\d\s%)][ \t])[-−][ \t]+$")


_MONTH_BEFORE = re.compile(rf"\b{MONTH}\.?{SPACE}$")


def _year_after_month(text: str, token: NumberToken) -> bool:
    """'its June 1985 Swiss franc bond offering': a year, whatever word follows."""
    return re.fullmatch(r"\d{4}", token.text) is not None and 1500 <= token.value <= 2100 \
        and _MONTH_BEFORE.search(text, max(0, token.start - 16), token.start) is not None


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


# "the first one": "one" standing for a thing, not a count
_PRONOUN_ONE_NEXT = re.compile(r"\s+one\b(?![ \t]+(?:hundred|thousand|million|billion|\d))",
                               re.I)
_NUMBER_NEXT = re.compile(rf"\s+(?:\d|(?i:{W_UNIT}|{W_TEN})\b)")
_MINUS_BEFORE = re.compile(r"\bminus\s+$", re.I)
# "more than half were", "nearly half said": half of a whole named elsewhere.
# "half" written apart from the word it compounds with: "half time", "half mast"
_HALF_COMPOUND = re.compile(r"[ \t\u00a0]+(?i:time|mast|measures?|way|term|back|brother|"
                            r"sister|hearted|baked|price|year|century|moon|marathon|court)\b")
_BOUNDS_AND_HEDGES = [q for q, kind in LEADING_QUALIFIERS.items() if kind != "equal"]
_QUALIFIER_BEFORE_HALF = re.compile(rf"(?<![\w-])(?i:{alternation(_BOUNDS_AND_HEDGES)}){SPACE}$")
_SCALE_WORD_NEXT = re.compile(r"[ \t\u00a0-]+(?:hundred|thousand|million|billion|trillion|"
                              r"lakhs?|crores?|dozens?)\b", re.I)
# A unit of measure or a currency named after "one" makes it a count ("that one mile"); units
# of time do not ("one day he left"), nor "won", the verb ("only one won a medal").
_MEASURE_WORDS = [w for w in list(PHYSICAL_UNITS) + list(CURRENCY_SUFFIXES) if len(w) > 2
                  and w != "won"]
_MEASURE_WORD_NEXT = re.compile(rf"{SPACE}(?i:{alternation(_MEASURE_WORDS)})\b(?!-)")
_BIG_SCALES = {"thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"}
_NEGATIVE_WORD_BEFORE = re.compile(r"\b(?:minus|negative)\s+$", re.I)
# A minus sign printed against a figure ("-5C", "-4/5"), not after a word or figure ("L-202",
# "10-20" are read elsewhere); a spaced one at the start of a line is a list item ("- 1 1/2
# miles of road").
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[]))[-−]$")


def _negative_start(text: str, start: int) -> int | None:
    """Where a figure starting at ``start`` begins with its minus sign or word ("-5",
    "minus 5"), or None when it has none."""
    if _SIGN_BEFORE.search(text, max(0, start - 2), start):
        return start - 1
    if (word := _MINUS_BEFORE.search(text, max(0, start - 24), start)):
        return word.start()
    return None
# After an ordinal: not a rank ("first class", "second-hand", "the second to last").
_NOT_A_RANK_AFTER = re.compile(r"[ -](?:class|hand)\b|\s+to\s+last\b", re.I)
_PER_BEFORE = re.compile(r"\bper[ \t\u00a0]+$", re.I)
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


_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'“”]+", re.I)


def _url_spans(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text:
        return []
    return [m.span() for m in _URL.finditer(text)]


def _span_around(spans: list[tuple[int, int]], pos: int) -> int | None:
    """The end of the span that contains ``pos``, or None."""
    for start, end in spans:
        if start <= pos < end:
            return end
        if start > pos:
            break
    return None


# "to 7.75 billion U.S. Dlrs from 5.82 billion", "£3.2bn from 2.9bn", "253.9 mln stg vs 267.9
# mln": the second figure of a pair, printed with the same scale, leaves the currency unsaid.
# Only where nothing that could be its own noun follows ("vs 5.82 billion shares" stays a
# count), and where no conversion stands beside either figure: in "32.7 billion crowns (4.8
# billion dlrs) from 30.9 billion" the unsaid currency is the crowns.
_PAIR_JOIN = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*(?i:vs\.?|versus|from|against)"
                        rf"{SPACE}(?:(?i:a|the|an){SPACE})?$")
_SCALE_IN = re.compile(r"(?<![a-z])(mln|bln|bn|million|billion|trillion)\b", re.I)
_NO_NOUN_AFTER = re.compile(
    rf"[ \t\u00a0]*(?:[.,;:)\n]|$|{SPACE}?(?i:a{SPACE}year|in|during|for|at|and|the|on|last|"
    r"earlier|previously|a)\b)")
_CONVERSION_AFTER = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*or\b|\(|\)|/)")


def _scale_of(token: NumberToken) -> int | None:
    found = _SCALE_IN.search(token.text)
    return SCALE_ABBREVIATIONS[found.group(1).lower()] if found else None


def _small_whole(value: Fraction | None) -> bool:
    """A whole number below 1,000, after which "won" is more often the verb ("3 won seats")."""
    return value is not None and value.denominator == 1 and abs(value) < 1000


def _currency_from_pair(text: str, first: NumberToken, second: NumberToken) -> None:
    # Called for every token the scanner makes: the cheap tests come before any slicing.
    if second.kind is not ClaimKind.COUNT or second.unit or first.kind is not ClaimKind.MONEY \
            or not 0 <= second.start - first.end <= 40:
        return
    gap = text[first.end:second.start]
    if re.search(r"[.;:!?]", gap) or not _PAIR_JOIN.search(gap):
        return
    scale = _scale_of(second)
    if scale is not None and scale == _scale_of(first) and \
            _NO_NOUN_AFTER.match(text, second.end) and \
            not _CONVERSION_AFTER.match(text, first.end) and \
            not _CONVERSION_AFTER.match(text, second.end) and \
            not text[max(0, first.start - 2):first.start].strip().endswith("("):
        second.kind, second.unit = ClaimKind.MONEY, first.unit


# A results table prints the currency once: "Pretax profit 253.9 mln stg vs 267.9 mln" and, on
# the rows below, "Tax 96.3 mln vs 125.6 mln". A bare figure with a scale word, on a "vs" row
# of the same block of rows (no blank line between) whose label names money, takes the
# currency of the nearest scaled money above it, where nothing that could be its own noun
# follows.
_VS_ROW = re.compile(r"\svs\.?\s", re.I)
_ROW_GOES_ON = re.compile(r"[ \t\u00a0]+vs\b", re.I)  # one side of a "vs" pair
_VS_BEFORE = re.compile(r"\bvs\.?[ \t\u00a0]+(?:(?:profit|loss|gain|credit)[ \t\u00a0]+)?$", re.I)
# Only rows that name an amount of money: not "Shrs 494.35 mln vs 494.22 mln" or "Employees".
_MONEY_ROW_LABEL = re.compile(
    r"\b(?:net|revs?|revenues?|sales|turnover|profits?|income|loss(?:es)?|tax(?:es)?|div|"
    r"dividends?|earnings|assets|deposits|loans|operating|expenses|costs?|interest|"
    r"depreciation|capital|debts?|provisions?|charges?|gains?|cash|reserves|premiums?|"
    r"payments?|investments?|spending|budget|exports|imports|surplus|deficit)\b", re.I)


def _row(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _currency_down_the_table(text: str, tokens: list[NumberToken]) -> None:
    currency: str | None = None
    block_end = -1
    for token in tokens:
        start, end = _row(text, token.start)
        if not _VS_ROW.search(text, start, end):
            continue
        if block_end >= 0 and "\n\n" in text[block_end:start].replace(" ", ""):
            currency = None  # a blank line ends the table
        block_end = end
        if _scale_of(token) is None:
            continue
        if token.kind is ClaimKind.MONEY and token.unit:
            currency = token.unit
        elif token.kind is ClaimKind.COUNT and not token.unit and currency and (
                _ROW_GOES_ON.match(text, token.end) or (
                    _VS_BEFORE.search(text, max(start, token.start - 12), token.start) and
                    _NO_NOUN_AFTER.match(text, token.end))) \
                and _MONEY_ROW_LABEL.search(text, start, token.start):
            token.kind, token.unit = ClaimKind.MONEY, currency


def scan(text: str) -> list[NumberToken]:
    """Every number in ``text``, in order, with its interval and type."""
    return Scanner(text).scan()

"""What is printed after a figure: a currency (word, code, sign or pence), a unit of measure
or time (squared, cubed, per unit of time), and a smaller unit that completes the amount
("15 dollars 50", "5 ft 2 in"). The scanner (numbers.py) asks these after each figure."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from . import spelled
from .lexicon import (
    CURRENCY_CODES, CURRENCY_COUNTRIES, CURRENCY_PREFIXES, CURRENCY_SUFFIXES,
    HYPHEN_CURRENCY_WORDS, LENGTH_UNITS, MINOR_UNITS, MONEY_MINOR_PER_MAJOR, MONEY_MINOR_WORDS,
    OPTIONAL_SPACE, PHYSICAL_UNITS, POWER_WORDS_AFTER, POWER_WORDS_BEFORE, RATE_DENOMINATORS,
    SPACE, TENS_WORDS, TIME_UNITS, UNIT_WORDS, alternation,
)

_CODES = "|".join(CURRENCY_CODES)


def phrase_alternation(phrases) -> str:
    """Alternatives for phrases whose words may be spaced or wrapped ("Hong Kong dollars")."""
    return "|".join(SPACE.join(re.escape(w) for w in p.split())
                    for p in sorted(phrases, key=len, reverse=True))


# A currency printed after a figure: a word ("dollars", "Canadian dollars", "pence"), an ISO
# code, spaced or not, with a leading M for millions ("115USD", "120 MEUR"), or a sign ("-15€").
# ("p" for pence only printed close: "97.0p"; spaced, it is a letter: "P and O")
CURRENCY_WORD = re.compile(
    rf"{SPACE}(?i:(?:(?P<country>{phrase_alternation(CURRENCY_COUNTRIES)}){SPACE})?"
    rf"(?P<word>{phrase_alternation(set(CURRENCY_SUFFIXES) - {'p'})}))\b")
# The adjective form, joined by a hyphen: "a 10-dollar bill", "its one-yen bid"
CURRENCY_WORD_HYPHEN = re.compile(rf"-(?i:(?P<word>{alternation(HYPHEN_CURRENCY_WORDS)}))\b(?!-)")
CURRENCY_CODE_AFTER = re.compile(rf"{OPTIONAL_SPACE}(?P<mega>M?)(?P<code>{_CODES})\b")
CURRENCY_SIGN_AFTER = re.compile(r"[ \u00a0]?(?P<sign>[€£¥₹₦₩])(?![ \u00a0]?\d)")
# A unit after a figure, maybe squared or cubed ("4 sq km", "24703m2", "4 km cubed"), maybe a
# rate ("10km/hr", "10 kilometers per hour").
UNIT_AFTER = re.compile(
    rf"(?P<sep>-|{OPTIONAL_SPACE})(?i:"
    rf"(?P<power_before>{alternation(POWER_WORDS_BEFORE)}){SPACE}(?P<area>{alternation(LENGTH_UNITS)})"
    rf"|(?P<length>{alternation(LENGTH_UNITS)})(?P<power_after>\^?[23]|[²³]|{SPACE}squared|"
    rf"{SPACE}cubed)"
    rf"|(?P<word>{alternation(list(PHYSICAL_UNITS) + list(TIME_UNITS))}))(?![\w°]|-\d)"  # not "L-202"
    rf"(?:(?P<per>/|{SPACE}(?i:per|an?){SPACE})"
    rf"(?i:(?P<denominator>{alternation(RATE_DENOMINATORS)}))(?![\w°/])"
    # "909,000 tonnes a year earlier": a comparison in time, not a rate
    rf"(?!{SPACE}(?i:earlier|ago|before|after|later|previously|prior|on)\b))?")
# Short unit abbreviations count only as printed in lower case ("5g", not "5G" the network).
_UPPER_UNITS = {"L", "MW", "GW", "KW", "kW", "kWh", "KWH", "MB", "GB", "TB", "Mbps", "GHz", "MHz",
                "°C", "°F"}


def unit_as_printed(word: str) -> bool:
    return len(word) > 3 or word == word.lower() or word in _UPPER_UNITS


# A line break followed by indentation: a new paragraph or table row, not a wrapped line.
NEW_INDENTED_LINE = re.compile(r"\n[ \t\u00a0]")
PENCE = re.compile(r"(p)\b(?![’'])")
_CURRENCY_SIGN = re.compile(r"(US\$|A\$|C\$|HK\$|\$|£|€|¥|₹)[ \u00a0]?\d")
def phrase_key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def currency_word_code(cw: re.Match[str]) -> str:
    """'Canadian cts' is CAD-cent: the country picks the currency the word names."""
    code = CURRENCY_SUFFIXES[phrase_key(cw["word"])]
    if cw["country"]:
        own, _, subunit = code.partition("-")
        national = CURRENCY_COUNTRIES[phrase_key(cw["country"])].get(own)
        if national:
            code = national + (f"-{subunit}" if subunit else "")
    return code


# "won" is also the verb: "3 won seats", "Halo 2 won the best", "Only one won a medal". After a
# small whole figure it is the currency only where an amount goes on ("Div 50 won vs 45 won",
# "645 won (0.769 dlrs)", "50 won per share", "the 500 won coin", a table's line end) or a
# price or a move leads to it ("fell 5 won", "down 8 won", "for 900 won", "at 1,120 won").
_WON_AMOUNT_GOES_ON = re.compile(
    r"[ \t\u00a0]*(?:\([ \t\u00a0]*[\d$£€]|\n|$|(?i:vs\.?[ \t\u00a0]+[\d.,]+(?:[ \t\u00a0]+won\b|"
    r"[ \t\u00a0]*(?:\n|$))|versus\b|per\b|a[ \t]+share\b(?![ \t]+of)|each\b(?![ \t]+\w)|"
    r"apiece\b|coins?\b|notes?\b|bills?\b))")
_WON_PRICE_BEFORE = re.compile(
    r"\b(?i:rose|rises|risen|fell|falls|fallen|gained|gains|lost|dropped|slipped|climbed|jumped|"
    r"eased|added|shed|up|down|at|for|by|of|to|from|cost|costs|paid|pay|worth|priced|"
    r"about|around|some|nearly|over|under)[ \t\u00a0]+$")


def won_is_verb(text: str, word: re.Match[str], start: int, small_whole: bool) -> bool:
    """Is "won" after the figure at ``start`` the verb rather than the currency?"""
    return small_whole and word["word"].lower() == "won" and \
        not _WON_AMOUNT_GOES_ON.match(text, word.end()) and \
        not _WON_PRICE_BEFORE.search(text, max(0, start - 12), start)


def currency_after(text: str, pos: int, pence: bool, small_whole: bool = False,
                   start: int = 0) -> tuple[str, int, bool] | None:
    """The currency printed just after a figure: its code, where it ends, and whether a
    leading M makes it millions ("120 MEUR"). ``small_whole``: the figure is a whole number
    below 1,000 printed without a scale, after which "won" is more often the verb; ``start``:
    where that figure begins."""
    if (cw := CURRENCY_WORD.match(text, pos)):
        if won_is_verb(text, cw, start, small_whole):
            return None
        return currency_word_code(cw), cw.end(), False
    if (cw := CURRENCY_WORD_HYPHEN.match(text, pos)):
        return CURRENCY_SUFFIXES[cw["word"].lower()], cw.end(), False
    if (cc := CURRENCY_CODE_AFTER.match(text, pos)):
        return cc["code"], cc.end(), bool(cc["mega"])
    if (cs := CURRENCY_SIGN_AFTER.match(text, pos)):
        return CURRENCY_PREFIXES[cs["sign"]], cs.end(), False
    if pence and (pm := PENCE.match(text, pos)):
        return CURRENCY_SUFFIXES[pm.group(1)], pm.end(), False
    return None


# Rates by the hour or day read "5 miles a day"; "a second" is more often "a second time".
_RATE_ARTICLE_DENOMINATORS = {"hour", "day", "week", "month", "year"}


def unit_read(um: re.Match[str]) -> tuple[str, bool, int] | None:
    """The unit a UNIT_AFTER match names (pint's name, or the unit of time), whether it is time,
    and where it ends; None when an abbreviation is printed in a case meaning something else,
    or when the word opens an indented line (a table's next row or heading: "225.8 mln\n
    Year"), where a wrapped line would not be indented."""
    if NEW_INDENTED_LINE.search(um.group(0)):
        return None
    if um["area"]:
        base, power = um["area"], POWER_WORDS_BEFORE[um["power_before"].lower()]
    elif um["length"]:
        base, power = um["length"], POWER_WORDS_AFTER[
            "".join(um["power_after"].split()).lower()]
    else:
        base, power = um["word"], 1
    if not unit_as_printed(base):
        return None
    key = base.lower()
    end = um.start("per") if um["per"] is not None else um.end()
    if power == 1 and key in TIME_UNITS:
        return TIME_UNITS[key], True, end
    unit = PHYSICAL_UNITS[key] if power == 1 else f"{LENGTH_UNITS[key]} ** {power}"
    if um["denominator"]:
        per = RATE_DENOMINATORS[um["denominator"].lower()]
        if um["per"].strip().lower() in ("per", "/") or per in _RATE_ARTICLE_DENOMINATORS:
            unit, end = f"{unit} / {per}", um.end()
    return unit, False, end


_MINOR_NUMBER = (rf"(?P<n>\d{{1,2}}(?:\.\d+)?(?![\d,])"
                 rf"|(?i:(?:{alternation(TENS_WORDS)})(?:(?:\s*-\s*|\s+)(?:{alternation(UNIT_WORDS)})\b)?|{alternation(UNIT_WORDS)})\b)")
_MINOR_PATTERNS = {
    words: re.compile(rf"{SPACE}(?:(?i:and){SPACE})?{_MINOR_NUMBER}"
                      rf"(?:{OPTIONAL_SPACE}(?P<word>{alternation(words)})(?![\w'’]))?", re.I)
    for words in [MONEY_MINOR_WORDS] + [words for words, _ in MINOR_UNITS.values()]}
# A smaller amount printed without its unit ends the phrase: "it costs 15 dollars 50."
_PHRASE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$)")
# "in" as inches only where it cannot be the preposition: "5 ft 2 in the" is not a height
_PREPOSITION_FOLLOWS = re.compile(
    rf"{SPACE}(?:(?i:the|an?|his|her|their|its|this|that|these|those|which)\b|\d|[A-Z])")


def minor_part(text: str, pos: int, words: tuple[str, ...],
                per_major: int) -> tuple[Fraction, int] | None:
    """The smaller unit printed after a larger one: "50" in "15 dollars 50", "2 in" in
    "5 ft 2 in"; its amount in the smaller unit, and where it ends."""
    m = _MINOR_PATTERNS[words].match(text, pos)
    if not m:
        return None
    n = m["n"]
    if n[0].isdigit():
        amount = Fraction(Decimal(n))
    else:
        reading = spelled.read(n, 0)
        if reading is None or reading.kind != "cardinal" or reading.end != len(n):
            return None
        amount = reading.value
    if not 0 < amount < per_major:
        return None
    if m["word"] is None:
        # bare: "15 dollars 50." or "6 foot 2."; money prints both digits of its cents
        if not _PHRASE_END.match(text, m.end()) or (
                per_major == MONEY_MINOR_PER_MAJOR and n[0].isdigit() and len(n) != 2):
            return None
    elif m["word"].lower() == "in" and _PREPOSITION_FOLLOWS.match(text, m.end()):
        return None
    return amount, m.end()


def currency_nearby(text: str, pos: int) -> str | None:
    """The currency of a figure printed with a sign shortly before, in the same paragraph."""
    window = text[max(0, pos - 200):pos]
    window = window[window.rfind("\n\n") + 1:]
    found = _CURRENCY_SIGN.findall(window)
    return CURRENCY_PREFIXES.get(found[-1].lower()) if found else None

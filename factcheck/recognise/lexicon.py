"""Words that carry numbers: number words, scales, currencies, units, and their values."""

from __future__ import annotations

import re


# White space inside a phrase: spaces, or one line break (wire copy wraps mid-sentence), never
# a blank line. SPACE requires some; OPTIONAL_SPACE allows none.
SPACE = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"
OPTIONAL_SPACE = r"[ \t\u00a0]*\n?[ \t\u00a0]*"

UNIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 10**6,
    "crore": 10**7, "crores": 10**7, "billion": 10**9, "trillion": 10**12,
}
# Abbreviated scales printed after digits ("$3.5bn", "5.93 mln", "10k", "2mil", "3 dzs").
SCALE_ABBREVIATIONS = {
    "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12,
    "hundred": 100, "thousand": 1_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "mil": 10**6, "m": 10**6,
    # finance's "MM" (a thousand thousands); read only beside money, like "m"
    "mm": 10**6,
    "crore": 10**7, "crores": 10**7,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "tln": 10**12, "trln": 10**12,
}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}
# Denominators of spelled fractions ("two-thirds", "a quarter").
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
}

# Vague quantities as intervals (design.md): "hundreds of" is [200, 1000).
VAGUE_QUANTITIES: dict[str, tuple[int, int]] = {
    "dozens": (24, 144),
    "scores": (40, 200),
    "hundreds": (200, 1_000),
    "thousands": (2_000, 1_000_000),
    "tens of thousands": (20_000, 100_000),
    "hundreds of thousands": (200_000, 1_000_000),
    "millions": (2_000_000, 1_000_000_000),
    "tens of millions": (20_000_000, 100_000_000),
    "hundreds of millions": (200_000_000, 1_000_000_000),
    "billions": (2_000_000_000, 1_000_000_000_000),
}

# ISO 4217 codes, printed before a figure ("USD 50", "EUR2.5bn") or after one ("115USD",
# "50 million USD"); with a leading M they carry a million ("120 MEUR", "MAUD 60").
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "HKD", "INR", "NZD", "SGD", "AED",
    "SEK", "NOK", "DKK", "ZAR", "RUB", "BRL", "MXN", "KRW", "SAR", "NGN", "PLN",
)

# Currency markers printed before a figure, and words printed after one: ISO 4217 codes.
CURRENCY_PREFIXES = {
    "us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD",
    "s$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
    "dh": "AED", "sfr": "CHF", "rmb": "CNY", "₦": "NGN", "r": "ZAR", "₩": "KRW",
    # tokenised copy spaces the country from the sign: "us $ 150 million", "hk $ 10.05 billion"
    "us $": "USD", "c $": "CAD", "nz $": "NZD", "hk $": "HKD",
    **{code.lower(): code for code in CURRENCY_CODES},
}
CURRENCY_SUFFIXES = {
    "dollars": "USD", "dollar": "USD", "dlrs": "USD", "dlr": "USD",
    "pounds sterling": "GBP", "stg": "GBP", "sterling": "GBP", "pounds": "GBP",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "rupees": "INR",
    "rupee": "INR", "cts": "USD-cent", "ct": "USD-cent", "cent": "USD-cent", "dirhams": "AED",
    "dirham": "AED", "yuan": "CNY", "renminbi": "CNY",
    "francs": "FRF", "franc": "FRF", "marks": "DEM", "pesos": "MXN", "rand": "ZAR",
    "roubles": "RUB", "rubles": "RUB", "shekels": "ILS", "lire": "ITL", "guilders": "NLG",
    "crowns": "SEK", "riyals": "SAR", "naira": "NGN", "won": "KRW", "cents": "USD-cent",
    "pence": "GBP-penny", "p": "GBP-penny",
    **{code.lower(): code for code in CURRENCY_CODES},
}
# Qualifiers printed before a figure → the bound they make (design.md, "Numbers are
# intervals"; claims/qualifiers.py applies them).
LEADING_QUALIFIERS = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "exceeding": "more_than",
    "topping": "more_than", "surpassing": "more_than",
    "just over": "just_over", "just above": "just_over", "just more than": "just_over",
    "slightly more than": "just_over", "a little over": "just_over",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "just below": "nearly",
    "just short of": "nearly", "approaching": "nearly", "not quite": "nearly",
    "slightly less than": "nearly", "a little under": "nearly", "just shy of": "nearly",
    "about": "about", "around": "about", "some": "about", "roughly": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "close to": "about", "circa": "about", "approx.": "about", "approx": "about",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "no more than": "up_to", "not more than": "up_to", "a maximum of": "up_to",
    "fewer than": "under", "less than": "under", "under": "under", "below": "under",
    "greater than": "more_than", "larger than": "more_than", "bigger than": "more_than",
    "higher than": "more_than", "lower than": "under", "smaller than": "under",
    "greater than or equal to": "at_least", "more than or equal to": "at_least",
    "less than or equal to": "up_to", "fewer than or equal to": "up_to",
    "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "equal to or less than": "up_to", "at or above": "at_least", "at or below": "up_to",
    "at least or equal to": "at_least", "at most or equal to": "up_to",
    "exceed": "more_than", "exceeds": "more_than", "exceeded": "more_than",
    "surpass": "more_than", "surpasses": "more_than", "surpassed": "more_than",
    # The figure itself, stated as such: the printed interval stands.
    "equal to": "equal", "equals": "equal", "equals to": "equal", "equaling": "equal",
    "equaling to": "equal", "equalling": "equal", "equalling to": "equal",
}
# Comparatives that bound from below or above; with "or equal" they include the figure.
LOWER_COMPARATIVES = ("more", "greater", "larger", "bigger", "higher")
UPPER_COMPARATIVES = ("less", "fewer", "smaller", "lower")
_OR_EQUAL_FORMS = ("{} than or equal to", "{} or equal to", "{} or equal than",
                   "equal to or {} than")
LEADING_QUALIFIERS.update({form.format(word): kind for words, kind in (
    (LOWER_COMPARATIVES, "at_least"), (UPPER_COMPARATIVES, "up_to"))
    for word in words for form in _OR_EQUAL_FORMS})
# Currency words printed as an adjective after a hyphen, singular: "a 10-dollar bill", "a
# 50-cent rise". Not "pound", which as often weighs ("a 300-pound man").
HYPHEN_CURRENCY_WORDS = ("dollar", "euro", "yen", "rupee", "cent", "dirham", "yuan", "franc",
                         "rand", "naira", "renminbi")
# A country before the word names which dollar, franc or crown: "Canadian dollars", "U.S.
# cts", "Swiss francs". Country → {the word's own code → the country's}.
CURRENCY_COUNTRIES = {
    **{us: {"USD": "USD"} for us in ("us", "u.s.", "u.s", "american")},
    "canadian": {"USD": "CAD"}, "australian": {"USD": "AUD"}, "hong kong": {"USD": "HKD"},
    "hk": {"USD": "HKD"}, "singapore": {"USD": "SGD"}, "new zealand": {"USD": "NZD"},
    "taiwan": {"USD": "TWD"}, "taiwanese": {"USD": "TWD"},
    "swiss": {"FRF": "CHF"}, "french": {"FRF": "FRF"}, "belgian": {"FRF": "BEF"},
    "swedish": {"SEK": "SEK"}, "norwegian": {"SEK": "NOK"}, "danish": {"SEK": "DKK"},
    "dutch": {"NLG": "NLG"}, "german": {"DEM": "DEM"}, "west german": {"DEM": "DEM"},
    "mexican": {"MXN": "MXN"}, "argentine": {"MXN": "ARS"}, "philippine": {"MXN": "PHP"},
    "chilean": {"MXN": "CLP"}, "indian": {"INR": "INR"}, "pakistani": {"INR": "PKR"},
    "japanese": {"JPY": "JPY"}, "chinese": {"CNY": "CNY"}, "south african": {"ZAR": "ZAR"},
    "saudi": {"SAR": "SAR"},
}

# The smaller unit of money printed after the larger one: "15 dollars 50 cents", "£3 20p".
MONEY_MINOR_WORDS = ("cents", "cent", "cts", "ct", "pence", "p")
MONEY_MINOR_PER_MAJOR = 100

# Units of time: a figure with one is a duration.
TIME_UNITS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year", "yr": "year",
    "yrs": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century",
}

# Physical units printed after a figure → the pint unit name.
PHYSICAL_UNITS = {
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer", "mile": "mile", "miles": "mile",
    "mi": "mile", "m": "meter", "metre": "meter", "metres": "meter", "meter": "meter",
    "meters": "meter",
    "cm": "centimeter", "centimetres": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetres": "millimeter", "millimeters": "millimeter",
    "micrometres": "micrometer", "micrometers": "micrometer", "microns": "micrometer",
    "nanometres": "nanometer", "nanometers": "nanometer", "nanometre": "nanometer",
    "nanometer": "nanometer", "picometres": "picometer", "picometers": "picometer",
    "picometre": "picometer", "picometer": "picometer",
    "ft": "foot", "feet": "foot", "foot": "foot", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard",
    "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "kilogram": "kilogram", "kilograms": "kilogram", "kilogrammes": "kilogram",
    "g": "gram", "gram": "gram", "grams": "gram", "grammes": "gram",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram",
    "milligrammes": "milligram", "mcg": "microgram", "µg": "microgram", "μg": "microgram",
    "microgram": "microgram", "micrograms": "microgram", "microgrammes": "microgram",
    "tonne": "metric_ton", "tonnes": "metric_ton", "t": "metric_ton",
    "metric ton": "metric_ton", "metric tons": "metric_ton", "metric tonnes": "metric_ton",
    "ton": "ton", "tons": "ton", "stone": "stone",
    "lb": "pound", "lbs": "pound", "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter", "l": "liter",
    "ml": "milliliter", "gallon": "gallon", "gallons": "gallon",
    "tablespoon": "tablespoon", "tablespoons": "tablespoon",
    "tbsp": "tablespoon", "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tsp": "teaspoon",
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bpd": "oil_barrel / day",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "mph": "mile / hour", "km/h": "kilometer / hour", "kph": "kilometer / hour",
    "kmph": "kilometer / hour", "kmh": "kilometer / hour",
    "°c": "degree_Celsius", "°f": "degree_Fahrenheit", "degrees celsius": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit", "celsius": "degree_Celsius",
    "fahrenheit": "degree_Fahrenheit", "degrees": "degree",
    "rad": "radian", "radian": "radian", "radians": "radian",
    "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt", "kwh": "kilowatt_hour",
    "watt": "watt", "watts": "watt", "kilowatts": "kilowatt", "megawatt": "megawatt",
    "megawatts": "megawatt", "gigawatts": "gigawatt", "mb": "megabyte", "gb": "gigabyte",
    "tb": "terabyte", "mbps": "megabit / second", "ghz": "gigahertz", "mhz": "megahertz",
}
# Units of length, which may be squared or cubed: "4 sq km", "660 square meters", "24703m2",
# "4km^3", "4 km squared", "4 cubic kilometers".
LENGTH_UNITS = {word: unit for word, unit in PHYSICAL_UNITS.items() if unit in (
    "kilometer", "mile", "meter", "centimeter", "millimeter", "foot", "inch", "yard")}
POWER_WORDS_BEFORE = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3, "cu.": 3}
POWER_WORDS_AFTER = {"squared": 2, "cubed": 3, "2": 2, "3": 3, "^2": 2, "^3": 3, "²": 2,
                     "³": 3}
# A rate: a unit per unit of time ("10 kilometers per hour", "10km/hr", "5 metres a second").
RATE_DENOMINATORS = {
    "hour": "hour", "hr": "hour", "h": "hour", "minute": "minute", "min": "minute",
    "second": "second", "sec": "second", "s": "second", "day": "day", "year": "year",
}
# A unit's smaller unit printed after it, and how many make one: "5 ft 2 in", "7lb 8oz".
MINOR_UNITS = {
    "foot": (("inches", "inch", "ins", "in"), 12),
    "pound": (("ounces", "ounce", "oz"), 16),
    "stone": (("pounds", "pound", "lbs", "lb"), 14),
}

# Irregular plurals, for turning a counted noun into its unit.
IRREGULAR_SINGULARS = {
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "police": "police", "staff": "staff", "personnel": "personnel", "troops": "troop",
    "mice": "mouse", "geese": "goose", "feet": "foot", "teeth": "tooth",
    "data": "data", "news": "news", "series": "series", "species": "species",
}


def singular(noun: str) -> str:
    w = noun.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first, so that "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

"""Words that carry numbers: number words, scales, currencies, units, and their values."""

from __future__ import annotations


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
# Abbreviated scales printed after digits ("$3.5bn", "5.93 mln", "10k").
SCALE_ABBREVIATIONS = {
    "dozen": 12, "dozens": 12, "hundred": 100, "thousand": 1_000, "k": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 10**6,
    "mln": 10**6, "mn": 10**6, "m": 10**6, "crore": 10**7, "crores": 10**7,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12,
    "tn": 10**12, "trn": 10**12,
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

# Currency markers printed before a figure, and words printed after one: ISO 4217 codes.
CURRENCY_PREFIXES = {
    "us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD",
    "s$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
    "inr": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "dh": "AED",
    "aed": "AED", "chf": "CHF", "sfr": "CHF", "₦": "NGN", "r": "ZAR", "₩": "KRW",
}
CURRENCY_SUFFIXES = {
    "dollars": "USD", "dollar": "USD", "dlrs": "USD", "dlr": "USD", "usd": "USD",
    "pounds sterling": "GBP", "stg": "GBP", "sterling": "GBP", "pounds": "GBP",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "yen": "JPY", "rupees": "INR",
    "rupee": "INR", "cts": "USD-cent", "ct": "USD-cent", "cent": "USD-cent", "dirhams": "AED", "dirham": "AED", "yuan": "CNY", "renminbi": "CNY",
    "swiss francs": "CHF", "francs": "FRF", "marks": "DEM", "pesos": "MXN", "rand": "ZAR",
    "roubles": "RUB", "rubles": "RUB", "shekels": "ILS", "lire": "ITL", "guilders": "NLG",
    "crowns": "SEK", "riyals": "SAR", "naira": "NGN", "won": "KRW", "cents": "USD-cent",
    "pence": "GBP-penny", "p": "GBP-penny",
}

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
    "mi": "mile", "m": "meter", "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "cm": "centimeter", "centimetres": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetres": "millimeter", "millimeters": "millimeter",
    "ft": "foot", "feet": "foot", "foot": "foot", "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard",
    "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "kilogram": "kilogram", "kilograms": "kilogram", "kilogrammes": "kilogram",
    "g": "gram", "gram": "gram", "grams": "gram", "grammes": "gram",
    "tonne": "metric_ton", "tonnes": "metric_ton", "ton": "ton", "tons": "ton",
    "lb": "pound", "lbs": "pound", "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter",
    "ml": "milliliter", "gallon": "gallon", "gallons": "gallon",
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bpd": "oil_barrel / day",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "sq km": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "square miles": "mile ** 2",
    "sq miles": "mile ** 2", "square metres": "meter ** 2", "square feet": "foot ** 2",
    "sq ft": "foot ** 2",
    "mph": "mile / hour", "km/h": "kilometer / hour", "kph": "kilometer / hour",
    "°c": "degree_Celsius", "°f": "degree_Fahrenheit", "degrees celsius": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit", "celsius": "degree_Celsius",
    "fahrenheit": "degree_Fahrenheit", "degrees": "degree",
    "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt", "kwh": "kilowatt_hour",
    "megawatts": "megawatt", "gigawatts": "gigawatt", "mb": "megabyte", "gb": "gigabyte",
    "tb": "terabyte", "mbps": "megabit / second", "ghz": "gigahertz", "mhz": "megahertz",
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

"""What a figure counts and who says so: counted noun, state words, place, attribution.

Read from the words around the figure in its sentence, with word lists rather than a parser:
fast, and wrong in ways a test can pin down.
"""

from __future__ import annotations

import re

from ..recognise.after_figure import NEW_INDENTED_LINE
from ..recognise.lexicon import OPTIONAL_SPACE, SPACE

# Words that can follow a figure without being what it counts.
_NOT_NOUNS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "from",
    "who", "whom", "which", "that", "were", "was", "are", "is", "be", "been", "being", "have",
    "has", "had", "will", "would", "could", "should", "may", "might", "can", "than", "per",
    "said", "says", "say", "as", "into", "over", "under", "after", "before", "since", "during",
    "this", "these", "those", "their", "its", "his", "her", "our", "they", "we", "it", "he",
    "she", "but", "if", "so", "up", "down", "out", "off", "about", "against", "between",
    "among", "while", "when", "where", "not", "also", "each", "all", "both", "such", "only",
    "last", "next", "ago", "year", "years", "more", "less", "fewer", "times", "later",
    "earlier", "compared", "versus", "vs", "s", "percent", "cent", "points", "including",
    "mostly", "most", "many", "some", "other", "others", "did", "do", "does", "then", "there",
    "here", "now", "again", "yet", "still", "just", "even", "already", "via", "through",
    "afterwards", "thereafter", "apiece", "each", "overall", "altogether", "respectively",
    "instead", "too", "either", "ago", "so", "far", "alone", "together", "back", "away",
}
# Modifiers between a figure and its noun ("1,000 more troops", "three new cases").
_MODIFIERS = {
    "more", "other", "new", "additional", "extra", "further", "fewer", "young", "old",
    "former", "foreign", "local", "senior", "junior", "full-time", "part-time", "small",
    "large", "big", "major", "minor", "key", "top", "leading", "registered", "confirmed",
    "suspected", "known", "reported", "unidentified", "unnamed", "separate", "different",
    "individual", "civilian", "military", "armed", "elderly", "innocent", "total",
    "forthcoming", "upcoming", "existing", "remaining", "outstanding", "possible", "potential",
    "estimated", "extra", "further", "first", "last", "final", "straight", "consecutive",
}
_WORD = re.compile(rf"{OPTIONAL_SPACE}([A-Za-z][\w'’-]*)")

STATE_WORDS = {
    "still held": "held", "held": "held", "captive": "held", "in captivity": "held",
    "remain": "held", "dead": "dead", "died": "dead", "deaths": "dead", "death": "dead",
    "killed": "killed", "killing": "killed", "wounded": "injured", "injured": "injured",
    "hurt": "injured", "released": "released", "freed": "released", "missing": "missing",
    "seized": "seized", "taken hostage": "seized", "abducted": "seized",
    "kidnapped": "seized", "displaced": "displaced", "arrested": "arrested",
    "detained": "arrested", "evacuated": "evacuated", "rescued": "rescued",
    "recovered": "recovered", "fled": "displaced",
}
_STATES = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(STATE_WORDS, key=len, reverse=True)) + r")\b",
    re.I)
_ANY_STATE_WORD = re.compile("|".join(re.escape(w) for w in STATE_WORDS))
_PLACE = re.compile(rf"\b(?:in|across|throughout|inside){SPACE}(?:the{SPACE})?"
                    rf"((?:[A-Z][\w'’-]+)(?:{SPACE}(?:[A-Z][\w'’-]+|of|de|al))*)")

_ATTRIBUTION_VERBS = (r"(?:said|says|say|told|reported|reports|estimated|estimates|announced|"
                      r"added|stated|confirmed|claimed|claims|believes|counted|recorded)")
_ACCORDING = re.compile(rf"\baccording{SPACE}to{SPACE}(?:an?{SPACE}|the{SPACE})?"
                        r"([^,.;:()\"“”]{2,90})", re.I)
_CITING = re.compile(rf"\b(?:citing|per|quoting){SPACE}(?:an?{SPACE}|the{SPACE})?"
                     r"([A-Z][^,.;:()\"“”]{1,80})")
_SAYS = re.compile(r"\s" + _ATTRIBUTION_VERBS + r"\b")
_SPEAKER_WORD = re.compile(r"[\w'’.-]+")
# Words a speaker's name is made of, besides capitalised ones: "the Israeli military",
# "health ministry officials", "authorities".
_SOURCE_WORDS = {
    "ministry", "military", "army", "police", "officials", "official", "authorities",
    "government", "spokesman", "spokeswoman", "spokesperson", "agency", "department",
    "office", "statement", "report", "survey", "poll", "data", "figures", "tally", "count",
    "health", "foreign", "interior", "defence", "defense", "finance", "state", "local",
    "federal", "regional", "national", "the", "officer", "officers", "prosecutors",
    "investigators", "analysts", "economists", "experts", "researchers", "organisers",
    "organizers", "company", "firm", "bank", "group", "union", "council", "court", "committee",
    "commission", "service", "services", "minister", "secretary", "president", "chief",
    "head", "director", "executive", "spokesmen", "sources", "witnesses", "medics", "doctors",
}
_TALLY = re.compile(rf"\b((?:[A-Z][\w'’-]*{SPACE}){{0,3}}[A-Z][\w'’-]*)(?:'s|’s)?{SPACE}"
                    rf"(?:tally|count|figures|data|estimate|statistics){SPACE}"
                    r"(?:show|shows|showed|suggest|suggests|indicate|indicates)\b")
# What ``_ACCORDING`` and ``_TALLY`` cannot match without.
_ACCORDING_WORD = re.compile("according", re.I)
_TALLY_VERB = re.compile("show|suggest|indicate")
# Closing punctuation and white space after a sentence's last word.
_CLOSING_MARKS = ".,;:!?\"'”’)"
_SPEAKER_STOP = {"it", "this", "that", "which", "who", "he", "she", "they", "we", "i", "you",
                 "there", "what", "and", "but", "officials", "reports"}


_PARTITIVE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|its|their|his|her|our|these|those)\b",
                        re.I)
# Nouns that count things without a plural -s.
_PLURAL_WORDS = {
    "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep",
    "fish", "aircraft", "deer", "livestock", "crew", "clergy", "militia", "youth", "mice",
    "geese", "feet", "teeth", "data", "media",
}
_NOT_PLURAL = {"this", "its", "his", "hers", "ours", "yours", "theirs", "was", "is", "has",
               "does", "as", "us", "afterwards", "towards", "always", "perhaps", "besides",
               "whereas", "thus", "plus", "less", "unless", "across", "various", "news",
               "series", "species", "means", "ones", "days", "times", "years"}


def _looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower in _PLURAL_WORDS:
        return True
    if lower in _NOT_PLURAL or len(lower) < 3:
        return False
    if word[:-1].isupper() and word.endswith("s"):  # "PCs", "MPs"
        return True
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


_HYPHEN_NOUN = re.compile(r"-([a-z][a-z]+)\b")
_TOKEN = re.compile(rf"{OPTIONAL_SPACE}([A-Za-z0-9][\w'’-]*)")
_NUMBER_OF = re.compile(r"\b(?:number|total|count|tally|ranks)\s+of\s+([a-z][a-z'-]+)"
                        r"|\b([a-z][a-z'-]+)\s+(?:total|count|tally|numbers)\b", re.I)


# "the total", "its tally" name no noun: the word before is a determiner.
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                "those", "new", "overall", "grand", "running"}
# Every match of ``_NUMBER_OF`` holds one of these words.
_NUMBER_WORDS = ("number", "total", "count", "tally", "ranks")


def _may_name_a_number(stretch: str) -> bool:
    """False when ``_NUMBER_OF`` cannot match: in ASCII text, where lower-casing is exactly
    what re.I compares, none of its words is printed (a cheap test before the pattern)."""
    if not stretch.isascii():
        return True
    lowered = stretch.lower()
    return any(word in lowered for word in _NUMBER_WORDS)


_VERBS = {"remain", "remains", "are", "were", "die", "died", "left", "fled", "say", "said", "went",
          "came", "won", "lost", "took", "made", "got", "saw", "stayed", "voted"}


def counted_noun(text: str, end: int, limit: int, sentence_start: int | None = None
                 ) -> str | None:
    """The noun a count is of: the head of the noun phrase after the figure.

    "200 firm commitments" → commitments; "251 Israeli hostages" → hostages; "30 of the
    aircraft" → aircraft; "a five-point plan" → point; "the number of people out of work rose
    32,000" → people; "97 of whom" → none (the link stage gives it its whole's noun).
    """
    hyphen = _HYPHEN_NOUN.match(text, end, limit)
    if hyphen:
        return hyphen.group(1)
    partitive = _PARTITIVE.match(text, end, limit)
    if partitive:
        end = partitive.end()
    words: list[str] = []
    pos = end
    pattern = _TOKEN if partitive else _WORD
    while len(words) < 4:
        m = pattern.match(text, pos, limit)
        if not m:
            break
        word = m.group(1)
        if word.lower() in _NOT_NOUNS or NEW_INDENTED_LINE.search(text, pos, m.start(1)):
            break  # a word that opens an indented line belongs to the next row
        words.append(word)
        pos = m.end()
        if text[pos:pos + 1] in (",", ";", ":", ".", ")"):
            break
    plural = [w for w in words if _looks_plural(w)]
    if plural:
        # The last of the first run of plurals: "three athletics medals" → medals.
        first = words.index(plural[0])
        run = first
        while run + 1 < len(words) and _looks_plural(words[run + 1]):
            run += 1
        return words[run]
    for word in words:
        if word.lower() not in _MODIFIERS and not word[0].isupper() and not word[0].isdigit():
            # "251 seized", "97 remain": a verb, not what is counted
            return None if word.lower().endswith(("ed", "ing")) or word.lower() in _VERBS \
                else word
    if partitive:
        named = [w for w in words if w.lower() not in _MODIFIERS]
        return named[-1] if named else None
    if words and words[0][0].isupper():
        return words[0]
    if sentence_start is not None and _may_name_a_number(text[sentence_start:end]):
        # "The number of people out of work rose 32,000": the noun named before the figure.
        found = [m for m in _NUMBER_OF.finditer(text, sentence_start, end)
                 if (m.group(1) or m.group(2)).lower() not in _DETERMINERS]
        if found:
            return found[-1].group(1) or found[-1].group(2)
    return None


def states(window: str) -> list[str]:
    # Most windows name no state. In ASCII text, where lower-casing is exactly what re.I
    # compares, a case-sensitive search of the lower-cased window rules that out cheaply.
    if window.isascii() and not _ANY_STATE_WORD.search(window.lower()):
        return []
    found: list[str] = []
    for m in _STATES.finditer(window):
        state = STATE_WORDS[m.group(1).lower()]
        if state not in found:
            found.append(state)
    return found


def place(window: str) -> str | None:
    m = _PLACE.search(window)
    return m.group(1) if m else None


def _tidy(who: str) -> str | None:
    """The speaker at the end of ``who``: the longest run of capitalised or source words."""
    words = re.sub(r"\s+", " ", who).strip(" ,").split(" ")
    keep: list[str] = []

    def is_source(word: str) -> bool:
        bare = word.lower().rstrip(".,")
        return word[:1].isupper() or bare in _SOURCE_WORDS or bare.removesuffix("'s") in \
            _SOURCE_WORDS or bare.endswith(("-run", "-led", "-backed"))

    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if is_source(word):
            keep.append(word)
        elif word.lower() in ("in", "of", "for") and i and keep and \
                words[i - 1].lower().rstrip(".,") in _SOURCE_WORDS:
            keep.append(word)  # "the health ministry in Gaza", "the Ministry of Health"
        else:
            break
    keep.reverse()
    while keep and keep[0].lower() in ("the", "a", "an"):
        keep.pop(0)
    if not keep or keep[0].lower() in _SPEAKER_STOP or len(keep) > 9:
        return None
    return " ".join(keep)


def _tidy_phrase(who: str) -> str | None:
    """A source named after "according to": kept whole, less its article."""
    who = re.sub(r"\s+", " ", who).strip(" ,")
    who = re.sub(r"^(?:the|an?)\s+", "", who, flags=re.I)
    words = who.split()
    if not words or words[0].lower() in _SPEAKER_STOP or len(words) > 9:
        return None
    return who


def _closing_start(sentence: str) -> int:
    """Where the run of white space and closing marks that ends ``sentence`` starts."""
    # str.rstrip() strips what \s matches (str.isspace); alternate it with the marks.
    while True:
        stripped = sentence.rstrip().rstrip(_CLOSING_MARKS)
        if len(stripped) == len(sentence):
            return len(sentence)
        sentence = stripped


class Attributions:
    """Who a sentence attributes its figures to, and over which part of it."""

    def __init__(self, sentence: str, offset: int):
        self.sentence_wide: str | None = None
        # (start of the phrase, start of the speaker, end of the verb, speaker), in text offsets
        self.local: list[tuple[int, int, int, str]] = []
        # A speaker whose verb ends the sentence ("…, the ministry said.") covers all of it.
        self.verb_limit = offset + _closing_start(sentence)
        # Each pattern is tried only where its key word is printed (a cheap search).
        if _ACCORDING_WORD.search(sentence) and (m := _ACCORDING.search(sentence)) and \
                (who := _tidy_phrase(m.group(1))):
            self.sentence_wide = who
        elif (m := _CITING.search(sentence)) and (who := _tidy_phrase(m.group(1))):
            self.sentence_wide = who
        elif _TALLY_VERB.search(sentence) and (m := _TALLY.search(sentence)) and \
                (who := _tidy_phrase(m.group(1))):
            self.sentence_wide = who + " figures"
        for m in _SAYS.finditer(sentence):
            # The speaker is among the (at most eight) words right before the verb.
            words = list(_SPEAKER_WORD.finditer(sentence, max(0, m.start() - 120), m.start()))
            words = words[-8:]
            if not words:
                continue
            phrase = sentence[words[0].start():words[-1].end()]
            who = _tidy(phrase)
            if who:
                start = words[-1].end() - len(who)
                self.local.append((offset + words[0].start(), offset + start, offset + m.end(),
                                   who))

    def for_claim(self, start: int, clause_start: int, clause_end: int,
                  sentence_start: int) -> str | None:
        """The attribution in the figure's own clause, else the sentence's, else a speaker
        who opens the sentence ("The ministry said on Monday ... 41,252")."""
        for _, s, e, who in self.local:
            if clause_start <= s and e <= clause_end:
                return who
        if self.sentence_wide:
            return self.sentence_wide
        for phrase_start, _, e, who in self.local:
            if e <= start and phrase_start - sentence_start < 3:
                return who
        for _, s, e, who in self.local:
            if s > start and e >= self.verb_limit:
                return who  # "… at least 40,173 people, the health ministry said."
        return None

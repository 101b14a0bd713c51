"""People, organisations and places: named-entity spans (facts.nlp) cleaned into names.

What this module adds to the NER model: titles and possessives folded away ("President Joe
Biden's" -> "Joe Biden"), a leading "the" dropped, an acronym in brackets kept as an alias
("World Health Organization (WHO)"), country names and codes brought to one canonical name
("Republic of Korea", "KOR" -> "South Korea"), organisation-typed spans that are
well-known places retyped, names spelled with a capitalised "For"/"Of" inside a sentence
kept whole ("Physicians For Human Rights"), and dateline places ("KAMPALA, Uganda —") found.
Place names come from facts/data/places.tsv (GeoNames, ISO 3166). Places that addresses and
party tags write ("Gladstone, NJ", "(D-NY)") are `facts.place_addresses`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facts.lexicon import (
    given_names,
    is_common_word,
    is_person_opening,
    is_title,
    places,
    places_folded,
    us_states_ap,
)
from facts.name_joins import split_joined_names
from facts.name_shapes import (
    after_a_model_name,
    after_possessive_determiner,
    before_a_handle,
    brand_shape,
    glued_opening,
    in_an_address,
    is_a_code,
    is_a_domain,
    names_a_platform,
    without_party_and_state,
)
from facts.name_titles import inner_title
from facts.nlp import Span
from facts.place_nouns import is_place_name

_ACRONYM = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z&.]{1,9})\)")
_POSSESSIVE = ("’s", "'s", "’", "'")
_LEADING = re.compile(r"^(?:the|The|THE|\S+-(?:based|born|headquartered))\s+(?=\S)")
_STOP_AFTER_CAPITALS = re.compile(r"(?:^|\s)[A-Z]{1,5}\.$")
_WORD_AFTER_STOP = re.compile(r"\s*[a-z]")
_POSSESSIVES = frozenset(["My", "Your", "Our", "Their", "His", "Her", "Its"])
"""Possessive determiners: no name alone, though "My" is also a given name ("DEAR ABBY: My
husband" read as an organisation "My husband of more")."""
_HEADING_WORDS = frozenset(["Review", "Preview", "Recap"])
"""Words that end the heading of a review, never a person's name ("... ATH-G1WL Review:")."""
_GLUED_ROLE = re.compile(r"[A-Za-z]_(?P<name>[A-Z][a-z]+) $")
"""A credit's role glued to the name by "_" ("Choreographer_Jeong Hye Jin"), as pages scraped
from image captions write them."""
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.? [A-Z]")
_DATELINE = re.compile(
    r"^(?P<p>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})(?=\s*(?:,|\(|—|–|-\s|"
    r"\d{4}-\d\d-\d\d|\d{1,2}\s+[A-Z][a-z]{2}|[A-Z][a-z]{2}\.?\s+\d{1,2}\b))"
)
"""A dateline's place in capitals, then a comma, bracket, dash or the date
("BRUSSELS —", "AL-AIN, United Arab Emirates", "BUCHAREST 1996-08-22", "LONDON Aug 22")."""
_OUTLET = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}\s*\((?P<o>[A-Z][\w&.’' -]{1,60}?)\)")
_NAME_CHARS = re.compile(r"[^\W\d_]")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?)\s+$")
_FLIGHT = re.compile(r" Flight(?: [A-Z]{0,3}\d+)?$")
"""A flight named by its airline ("Adam Air Flight 574"): the name is the airline's."""
_FIRM_PLURAL = re.compile(r"^[A-Z][\w’'-]+ [A-Z][\w’'-]+ [A-Z][a-z]{3,}s$")
"""Three words, the last a plural ("Dick Clark Productions", "Tyler Perry Studios")."""
_INITIALS = re.compile(r"(?:[A-Z][a-z]?\. ?)+")
"""Initials or a short abbreviation and nothing else ("St.", "E.", "U. S.")."""
_ABBREVIATION = re.compile(r"[A-Z][a-z]?\.")
_HYPHEN_TAIL = re.compile(r"-[A-Z][^\W_]*")
"""The rest of a hyphenated name after the models' span ("Mat" + "-Su", "Rolls" + "-Royce")."""
BIG_CITY = 1_000_000
"""A city this populous is a place even when the model typed its name as an organisation."""


@dataclass
class EntityHit:
    """One recognised name: `start`/`end` are offsets into the sentence text."""

    kind: str
    name: str
    start: int
    end: int
    acronym: str = ""
    titled: bool = False
    other: str = ""
    """The kind the other NER model gave the same words (`facts.nlp.Span.other`)."""
    unfolded: str = ""
    """A person's name with the title folded away still on ("General Motors" for "Motors")."""
    unfolded_start: int = 0
    agreed: bool = False
    """Both NER models read the very same words as a name of this kind."""
    by_cue: bool = False
    """Kind set by a cue in its own sentence ("scored for Ottawa": a team): kept, and no vote
    for the kind of other mentions of the same word."""
    common: bool = False
    """A common word opening its sentence, or common words in capitals ("INSTANT DOWNLOAD"),
    that only one NER model reads as a name ("Hostility has been mounting"): kept only where
    the corpus capitalises it inside a sentence (`name_votes`: "ARSENAL" for "Arsenal won")."""


def strip_possessive(word: str) -> str:
    for suffix in _POSSESSIVE:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")


def undotted(name: str) -> str:
    """A dotted abbreviation without its stops ("U.K." -> "UK"); other names as written."""
    return name.replace(".", "") if _DOTTED.fullmatch(name) else name


def canonical_place(name: str) -> str:
    """One name per country ("KR", "KOR", "Republic of Korea" -> "South Korea") and per US
    state written the AP way ("N.J." -> "New Jersey"); other places keep their written name,
    title-cased when written in capitals."""
    state = us_states_ap().get(name)
    if state is not None:
        return state  # "N.J.", "Calif.": the state
    table = places()
    place = table.get(undotted(name))
    if place is not None and place.kind in ("country", "code"):
        return place.canonical
    if place is None and " " in name:
        folded = places_folded().get(name.casefold())  # "Republic Of Korea"
        if folded is not None and folded.kind == "country":
            return folded.canonical
    if name.isupper() and len(name) > 3:
        folded = places_folded().get(name.casefold())
        if folded is not None and folded.kind == "country":
            return folded.canonical
        return name.title()
    return name


def known_place(name: str, codes: bool = False) -> bool:
    """A listed country, region (or, with `codes`, country code) or a city of `BIG_CITY`."""
    place = places().get(name)
    if place is None or (place.kind == "code" and not codes):
        return False
    return place.kind != "city" or place.population >= BIG_CITY


def _spelled_by_acronym(name: str, acronym: re.Match[str] | None) -> bool:
    """True when the bracketed acronym after `name` is its initials ("General Motors (GM)")."""
    if acronym is None:
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return len(initials) >= 2 and initials == acronym.group("a")


def _opens_sentence(text: str, start: int) -> bool:
    """True when nothing but quotes, brackets or dashes comes before `start`: only there is a
    capital no sign of a name. Inside a sentence a capitalised common word belongs to the name
    ("Whole Foods", "First Solar", "All Nippon Airways")."""
    return not any(c.isalnum() for c in text[:start])


def _stop_word(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return word.lower() in STOP_WORDS


def _common_comma(word: str) -> bool:
    """A common word and a comma ("Unfortunately,"): a sentence's opening, not a name's."""
    return word.endswith(",") and is_common_word(word[:-1])


_THE_BEFORE = re.compile(r"\bthe\s+$")
_ENDS_PHRASE = re.compile(r"\s*(?:[^\w\s]|$)")


def _no_person(text: str, start: int, end: int, surface: str) -> bool:
    """True when a span read as a person names no one: words that are all common words, none
    a given name ("Ground Game", "Anniversary Tour"), or one word after a lower-case "the"
    that ends its phrase ("the Moon.", "the Thunder, who"; people take no article, while "the
    Trump administration" and a family, "the Clintons", stay)."""
    words = surface.split()
    if len(words) > 1:
        return all(is_common_word(w) and w not in given_names() for w in words)
    if surface.endswith("s") or not _THE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "the Clintons": a family
    after = _ENDS_PHRASE.match(text, end)
    if after is not None:
        return True
    following = text[end:].split(maxsplit=1)
    return bool(following) and _stop_word(following[0])


_OPEN_QUOTE = re.compile(r"[“\"‘']$")
_CLOSE_QUOTE = re.compile(r"[.,!?]?[”\"’'](?![a-z])")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """True when quotation marks hold exactly the name, as news writes the titles of shows,
    songs, books and podcasts ("the former “Dawson’s Creek” star", "the podcast “Ground
    Game.”"); a possessive after the closing mark is no quotation ("'Smith's")."""
    return bool(_OPEN_QUOTE.search(text, 0, start)) and bool(_CLOSE_QUOTE.match(text, end))


def _common_in_capitals(surface: str) -> bool:
    """True when `surface` is written in capitals (two letters or more a word) and every word
    of it is a common word ("BED", "INSTANT DOWNLOAD"; not "NASA", nor "WHO": a function word
    is no common word here)."""
    words = surface.split()
    return all(len(w) > 1 and w.isalpha() and w.isupper() and is_common_word(w) for w in words)


_AFTER_STOP = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*$")


def _opens_a_sentence(text: str, start: int) -> bool:
    """`_opens_sentence`, or right after a stop inside the text ("Easy redemption. Good
    price."): where a one-word name may be a capitalised common word."""
    return _opens_sentence(text, start) or bool(_AFTER_STOP.search(text, 0, start))


def join_of_names(text: str, spans: list[Span]) -> list[Span]:
    """An organisation followed by "of"/"for" and another name is one organisation
    ("Bank" + "of" + "England", "Doctors" + "for" + "Chile"); two names joined by a hyphen
    are one name ("Central Mat" + "-" + "Su Fire Department"), unless both are known places
    ("Delhi" + "-" + "Mumbai" flights)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end : s.start] == "-"
            and not _places_joined(text[prev.start : s.end])
        ):
            label = "organisation" if "organisation" in (prev.label, s.label) else prev.label
            out[-1] = Span(prev.start, s.end, label)
            continue
        if (
            prev is not None
            and prev.label == "organisation"
            and s.label in ("organisation", "place")
            and re.fullmatch(r" (?:of|for) (?:the )?", text[prev.end : s.start])
        ):
            out[-1] = Span(prev.start, s.end, "organisation")
            continue
        out.append(s)
    return out


_CAPITALISED_RUN = re.compile(r"(?<![\w’'])[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*)*")
"""Capitalised words in a row, one space apart."""
_JOIN_WORDS = frozenset(["For", "Of", "And", "Against", "The"])
_JOINS = re.compile(r" (?:For|Of|Against) ")
"""Capitalised words joined by capitalised "For", "Of", "Against" (with "And", "The" beside
them) are one name: "Physicians For Human Rights", "Citizens For Responsibility And Ethics"."""
_OPEN_QUOTES = "\"“‘'«"


def running_text(text: str) -> bool:
    """True when `text` reads as a sentence, not a title-case headline: some word of three
    letters or more that is not a function word starts in lower case."""
    return any(
        len(w) >= 3 and w[:1].islower() and w.isalpha() and not _stop_word(w)
        for w in re.findall(r"[^\W\d_][\w’'-]*", text)
    )


def join_capitalised_names(text: str, spans: list[Span]) -> list[Span]:
    """In running text, capitalised words joined by a capitalised "For", "Of" or "Against"
    are one name even when the models read only a part of it ("Lawyers For" + "Human
    Rights", "Doctors For" + a place): news writes "Bank of England" in lower case, so such
    a word in capitals inside a sentence is the name's own spelling, that of an organisation
    ("Physicians For Human Rights", "Mothers Against Drunk Driving") or, when the whole is a
    country's name, a place. The run must hold a name the models found; a quoted run is a
    title (of a book, a song, a campaign) and an office before its holder ("Secretary Of
    State Jane Doe") no organisation: both are left alone."""
    if not spans or not running_text(text):
        return spans
    out = list(spans)
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split(" ")
        start, end = m.start(), m.end()
        while len(words) > 2 and (words[0] in _JOIN_WORDS or _stop_word(words[0])):
            start += len(words.pop(0)) + 1  # "In Lawyers For ...": no name opens with "In"
        while len(words) > 2 and words[-1] in _JOIN_WORDS:
            end -= len(words.pop()) + 1
        if words[-1].endswith(".") and not re.fullmatch(r"[A-Z][a-z]{0,3}\.", words[-1]):
            end -= 1  # the sentence's full stop, not that of "Inc." or "Co."
        if not _JOINS.search(text[start:end]):
            continue  # "And" or "The" alone may join two names ("Lima And Quito")
        if start and text[start - 1] in _OPEN_QUOTES:
            continue  # a quoted title
        inside = [s for s in out if s.start < end and start < s.end and s.label in _NAME_KINDS]
        if not inside or any(s.start <= start and end <= s.end for s in inside):
            continue
        if is_title(text[start:end].split()[0]) and any(s.label == "person" for s in inside):
            continue  # an office and its holder ("Secretary Of State Jane Doe")
        for s in inside:
            out.remove(s)
        lo, hi = min(start, *(s.start for s in inside)), max(end, *(s.end for s in inside))
        place = places_folded().get(text[lo:hi].casefold())
        out.append(Span(lo, hi, "place" if place is not None else "organisation"))
    return sorted(out, key=lambda s: s.start)


_NAME_KINDS = ("person", "organisation", "place")


def clean(text: str, span: Span) -> EntityHit | None:
    """The name a NER span stands for, or None when nothing name-like is left."""
    start, end, kind = span.start, span.end, span.label
    if in_an_address(text, start):
        return None  # "apnews.com/Brexit", "@Spacedotcom": part of an address or a handle
    end = start + len(before_a_handle(text[start:end]))  # "Twitter @Spacedotcom"
    if kind == "person" and names_a_platform(text, start, end):
        kind = "organisation"  # "on Twitter @Spacedotcom": the site, not a person
    tail = _HYPHEN_TAIL.match(text, end)
    if tail and not _places_joined(text[start : tail.end()]):
        end = tail.end()  # "Central Mat" + "-Su": the tokenizer cut the name at its hyphen
    inside = text.rfind("_", start, end)
    glued = _GLUED_ROLE.search(text, max(0, start - 40), start)
    if inside > start and text[inside + 1 : inside + 2].isupper():
        start = inside + 1  # "Art Director_Park Dong Woo": the role glued by "_" goes
    elif glued:
        start = glued.start("name")  # "Design_Kim" + "Sang Hee": the surname is the name's
    surface = text[start:end]
    lead = _LEADING.match(surface)
    if lead:
        start += lead.end()
        surface = surface[lead.end() :]
    first, _, rest = surface.partition(" ")
    contact = bool(rest) and _contact_verb(first, rest, kind)
    if (
        rest
        and (_stop_word(first) or _common_comma(first) or contact)
        and not is_title(first)
        and (
            _opens_sentence(text, start)
            or (_opens_a_sentence(text, start) and first not in given_names())
        )
    ):
        if contact:
            kind = "person"  # "Email Priya Raman at ...", however the models typed it
        start += len(first) + 1  # "Since Kenya", "Unfortunately, Morningside", "... fall. Since
        # Taylor's": no name's word
        surface = rest
    if "(" in surface and ")" not in surface:
        surface = surface[: surface.index("(")]  # "World Health Organization (WHO"
    surface = without_party_and_state(surface)  # "Ted Cruz, R-Texas": the name ends first
    opening = len(surface) - len(surface.lstrip('“"‘'))
    if opening and len(surface) > opening:
        start += opening  # a quotation mark opens the span, not the name
        surface = surface[opening:]
    stripped = strip_possessive(surface.rstrip(' ,;:-–—([{“”"')).rstrip()
    if _STOP_AFTER_CAPITALS.search(stripped) and not _WORD_AFTER_STOP.match(
        text, start + len(stripped)
    ):
        stripped = stripped[:-1]  # "told the BBC.", "to win Group D.": the sentence's stop
    while " " in stripped and stripped.rsplit(" ", 1)[1][:1].islower():
        stripped = stripped.rsplit(" ", 1)[0].rstrip(
            " ,;:-–—([{"
        )  # "Conference in": no name ends so
    if kind == "organisation" and " " in stripped:
        body, last = stripped.rsplit(" ", 1)
        if is_title(last) and re.match(r" [A-Z]", text[start + len(stripped) :]):
            stripped = body  # "Teachers Association President" + "Keith Gambill"
    if kind == "person" and stripped.rpartition(" ")[2] in _HEADING_WORDS:
        stripped = stripped.rpartition(" ")[0]  # "Wacaco Nanopresso Review": a heading's word
        if not stripped:
            return None
    end = start + len(stripped)
    surface = stripped
    flight = _FLIGHT.search(surface)
    if flight and flight.start() > 0:
        surface, end, kind = surface[: flight.start()], start + flight.start(), "organisation"
    if kind == "person" and _spelled_by_acronym(surface, _ACRONYM.match(text, end)):
        kind = "organisation"  # "General Motors (GM)": a person is not given an acronym
    if kind == "person" and _FIRM_PLURAL.search(surface) and is_common_word(surface.split()[-1]):
        kind = "organisation"  # "Dick Clark Productions": a founder's name and a common plural
    titled = False
    unfolded, unfolded_start = " ".join(surface.split()), start
    inner = inner_title(surface.split(" "), kind)
    if inner:
        kind = "person"  # "New York City Councilman Jumaane Williams", read as one organisation
    if kind == "organisation" and _HONORIFIC.match(surface):
        kind = "person"  # "Mr Son", "Dr. Grace Hanks": an honorific opens a person's name
    if kind == "place" and " " in surface and surface.split(" ")[0] in given_names():
        before = _TITLE_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and is_title(before[1]):
            kind = "person"  # "Sen. Ben Sasse": a title and a given name open a person's name
    if kind == "person":
        words = surface.split(" ")
        drop = inner
        while drop < len(words) - 1 and is_title(words[drop]):
            drop += 1
        if drop:
            titled = True
            start += len(" ".join(words[:drop])) + 1
            surface = " ".join(words[drop:])
        else:
            before = _TITLE_BEFORE.search(text, max(0, start - 30), start)
            titled = before is not None and is_title(before[1])  # "President" + "Obama"
    if not _NAME_CHARS.search(surface) or (not surface[:1].isupper() and not surface[:1].isdigit()):
        return None
    if " " not in surface and is_title(surface) and (kind == "person" or surface.isupper()):
        return None  # "the Governor said", "to COO Mike Siever": a title alone names no one
    one_function_word = " " not in surface and surface.istitle() and _stop_word(surface)
    if one_function_word and (surface not in given_names() or surface in _POSSESSIVES):
        return None  # "My", "Which": a function word alone names nothing ("May" may)
    if _INITIALS.fullmatch(surface):
        joined = surface.replace(" ", "")  # "U. S.": initials written apart
        if _place_name(joined):
            return EntityHit("place", canonical_place(joined), start, end)
        if _ABBREVIATION.fullmatch(surface) or kind == "person":
            return None  # "St.", "E.", "N. Y.": an abbreviation or initials name no one
    if " - " in surface or "|" in surface:
        return None  # "SOCCER - LEAGUE RESULTS", "Ticker | Security": parts, not one name
    if is_a_code(surface) or after_a_model_name(text, start):
        return None  # "IL-25", "GLP-1", the "Pro" of "iPad Pro": codes and models name no one
    if kind == "person" and any(c.isdigit() for c in surface):
        return None  # "2K12 Kub", "P.O. Box 69440": no person ("3M" may be a company)
    retype = kind in ("organisation", "person") and not titled
    numbered = kind == "person" and _HOUSE_NUMBER.search(text, max(0, start - 8), start)
    if retype and is_place_name(surface, person=kind == "person" and not numbered):
        kind = "place"  # "Bruckner Boulevard", "Richmond Hill": a street's or a hill's name
    if kind in ("organisation", "person") and known_place(surface) and kind != "place":
        kind = "place"
    if is_a_domain(surface) or (kind == "person" and brand_shape(surface)):
        kind = "organisation"  # "LiveNation.com": the site's owner; "ZDNet": a brand
    one_common_word = " " not in surface and is_common_word(surface)
    if one_common_word and after_possessive_determiner(text, start):
        return None  # "save our Country"
    if kind == "person" and not titled and _no_person(text, start, end, surface):
        return None
    if (kind in ("organisation", "person") or not known_place(surface)) and _quoted_title(
        text, start, end
    ):
        return None  # “Dawson’s Creek”: a title in quotation marks, whatever its last word
    in_capitals = _common_in_capitals(surface)
    shouted = one_common_word and len(surface) > 3 and in_capitals
    common = (
        (not span.both or shouted)
        and not titled
        and (
            (one_common_word and (_opens_a_sentence(text, start) or glued_opening(text, start)))
            or in_capitals
        )
    )
    if kind == "place":
        agreed = span.agreed and span.label == "place"
        return EntityHit(
            "place", canonical_place(surface), start, end, common=common, agreed=agreed
        )
    name = " ".join(surface.split())
    if kind == "person" and len(name.split()) == 1:
        return EntityHit(
            "single",
            name,
            start,
            end,
            titled=titled,
            other=span.other,
            unfolded=unfolded,
            unfolded_start=unfolded_start,
            common=common,
        )
    acr = _ACRONYM.match(text, end) if kind == "organisation" else None
    acronym = acr.group("a") if acr else ""
    return EntityHit(kind, name, start, end, acronym, titled, span.other, common=common)


def _contact_verb(first: str, rest: str, kind: str) -> bool:
    """True when `first` is a common word (a verb of a contact line: "Email", "Follow")
    before a full name of two or three words that opens with a given name, which the models
    read as one person or organisation with it ("Email Tariq Malik at ..."); not "Grant
    Shapps", whose rest opens with no given name."""
    words = rest.split()
    return (
        kind in ("person", "organisation")
        and 2 <= len(words) <= 3
        and is_common_word(first)
        and first not in given_names()
        and is_person_opening(words[0])
        and (kind == "person" or not any(is_common_word(w) for w in words))
    )  # "Visit Grace Church" stays an organisation


_HOUSE_NUMBER = re.compile(r"(?<![\w.,])\d{1,6}[A-Za-z]?\s+$")
"""A house number right before a name: "2134 Caldwell Place" is a street, whatever given
name opens it."""


def _places_apart(text: str, span: Span) -> bool:
    """True when `span` is a place and every hyphen-joined part of it is a known place
    ("U.S.-Mexico", "Delhi-Mumbai": two places, not one)."""
    if span.label != "place":
        return False
    return _places_joined(text[span.start : span.end])


def _place_name(name: str) -> bool:
    return name in places() or name.replace(".", "") in places()


def _places_joined(name: str) -> bool:
    """True when `name` is known places joined by hyphens and no known place itself
    ("U.S.-Mexico", "Delhi-Mumbai"; not "Guinea-Bissau")."""
    parts = name.split("-")
    return len(parts) > 1 and not _place_name(name) and all(_place_name(p) for p in parts)


def _split_places(text: str, span: Span) -> list[Span]:
    if not _places_apart(text, span):
        return [span]
    out, start = [], span.start
    for part in text[span.start : span.end].split("-"):
        out.append(Span(start, start + len(part), "place"))
        start += len(part) + 1
    return out


def find_entities(text: str, spans: list[Span]) -> list[EntityHit]:
    """Entity hits of one sentence from its NER spans (offsets relative to `text`); the places
    that addresses and party tags write are `place_addresses`'."""
    hits: list[EntityHit] = []
    names = [
        part
        for s in spans
        if s.label in ("person", "organisation", "place")
        for joined in _split_places(text, s)
        for part in split_joined_names(text, joined)
    ]
    for span in join_of_names(text, join_capitalised_names(text, names)):
        hit = clean(text, span)
        if hit is not None:
            hits.append(hit)
    return hits


def dateline_place(text: str) -> EntityHit | None:
    """The place of a dateline opening an article ("BRUSSELS —", "AL-AIN, United Arab Emirates")."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    words = m.group("p")
    place = places_folded().get(words.casefold()) or places_folded().get(
        words.replace("-", " ").casefold()
    )
    if place is None or place.kind == "code":
        return None
    return EntityHit("place", canonical_place(words), 0, m.end("p"))


def dateline_outlet(text: str) -> EntityHit | None:
    """The outlet of a dateline such as "CITY (Outlet Name). ..." (offsets into text)."""
    m = _OUTLET.match(text)
    if m is None:
        return None
    return EntityHit("organisation", m.group("o").strip(), m.start("o"), m.end("o"))

"""Per-document extraction: dates, figures, entities (with corpus-wide alias merging) and
quotes, as `Candidate`s with document offsets. Boilerplate sentences are skipped.

The content sentences of all documents go through spaCy once (facts.nlp.annotate); its
spans feed the entity, date and figure finders, which add samestory's own rules on top."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from facts.bare_numbers import find_bare_numbers
from facts.candidate import Candidate, Taken
from facts.company_cues import companies_read_as_places
from facts.date_story import carry as carry_story_dates
from facts.date_values import share_range_year
from facts.dates import dateline_date, find_dates, nlp_dates, normalise, parse_iso
from facts.entities import (
    EntityHit,
    canonical_place,
    dateline_outlet,
    dateline_place,
    find_entities,
    known_place,
)
from facts.figure_context import list_title_spans
from facts.figure_page_models import drop_model_numbers
from facts.figures import find_figures
from facts.lexicon import (
    LEGAL_FORMS,
    given_names,
    is_person_opening,
    is_title,
    org_nouns,
    org_nouns_people,
    places,
)
from facts.name_cues import (
    in_a_list_title,
    leader_by_their_office,
    names_a_doctrine,
    names_an_event,
    names_weekdays,
    names_with_a_number,
    player_line,
    spelled_acronyms,
    team_by_its_city,
    with_kin_names,
)
from facts.name_pronouns import told_of_as_people
from facts.name_shapes import after_a_model_name, in_an_address
from facts.name_votes import (
    cities_as_teams,
    drop_common_openings,
    one_kind_per_name,
    organisations_by_first_word,
    teams_and_families,
)
from facts.nlp import Span, annotate
from facts.place_addresses import city_and_state, party_states
from facts.place_cues import (
    a_body_on_the_page,
    areas_named_before,
    celestial,
    placed_cities,
    unplaced,
    venues,
)
from facts.product_names import without_brand_lines, without_products
from facts.quotes import find_quotes, quote_key, speaker_hint
from readers import Document
from readers.segment import one_line

_ABSOLUTE_FORMS = frozenset(["mdy", "dmy", "my", "pmy", "py", "y", "range"])
_MIN_SHARED_FOR_REFERENCE = 4


def _norm(name: str) -> str:
    return name.lower().replace("’", "'")


class _Entities:
    """Entity hits of the whole corpus and the alias table built from them."""

    def __init__(self) -> None:
        self.hits: list[tuple[int, int, int, EntityHit]] = []  # doc, start, end, hit
        self.canonical: dict[tuple[str, str], tuple[str, str]] = {}
        self.surfaces: dict[str, tuple[str, str]] = {}
        self._places: set[str] | None = None
        self._surnames: set[str] | None = None
        self.told_of_as_people: set[str] = set()

    def country_code(self, name: str) -> bool:
        """True when `name` is a country's code ("US") and the corpus names that country as a
        place somewhere."""
        place = places().get(name)
        if place is None or place.kind != "code":
            return False
        if self._places is None:
            self._places = {h.name for *_, h in self.hits if h.kind == "place"}
        return canonical_place(name) in self._places

    def shared_surname(self, name: str) -> bool:
        """True when `name` is one word, not a known place, and the last word of two or more
        people of the corpus: a surname they share, whatever kind the models gave it."""
        if " " in name or name in places():
            return False
        if self._surnames is None:
            people = {n for k, n in self.canonical.values() if k == "person" and " " in n}
            ends = Counter(n.split()[-1] for n in people)
            self._surnames = {w for w, c in ends.items() if c >= 2}
        return name in self._surnames

    def build(self) -> None:
        persons = {h.name for *_, h in self.hits if h.kind == "person"}
        orgs = {h.name for *_, h in self.hits if h.kind == "organisation"}
        # Longer names by their last words (persons) and by their first words (organisations),
        # each list in the iteration order of its set.
        by_ending: dict[tuple[str, ...], list[str]] = {}
        for p in persons:
            words = p.split()
            for n in range(1, len(words)):
                by_ending.setdefault(tuple(words[-n:]), []).append(p)
        by_opening: dict[str, list[str]] = {}
        by_tail: dict[str, list[str]] = {}
        for o in orgs:
            for i, ch in enumerate(o):
                if ch == " ":
                    by_opening.setdefault(o[:i], []).append(o)
                    by_tail.setdefault(o[i + 1 :], []).append(o)
        for name in persons:
            longer = by_ending.get(tuple(name.split()), [])
            target = longer[0] if len(longer) == 1 else name
            if len(longer) > 1 and len({p.split()[-1] for p in longer}) == 1:
                target = max(longer, key=len)
            self.canonical[("person", name)] = ("person", target)
        initialled: dict[str, set[str]] = {}  # "Jumaane Williams" -> {"Jumaane D. Williams"}
        for p in persons:
            bare = " ".join(w for w in p.split() if not _INITIAL.fullmatch(w))
            if bare != p and " " in bare:
                initialled.setdefault(bare, set()).add(p)
        for bare, fuller in initialled.items():
            if len(fuller) == 1 and self.canonical.get(("person", bare)) == ("person", bare):
                self.canonical[("person", bare)] = self.canonical[("person", next(iter(fuller)))]
        spelled: dict[str, list[str]] = {}  # "vincentdelgiudice" -> both spellings
        for p in persons:
            spelled.setdefault(re.sub(r"[\s-]", "", p).casefold(), []).append(p)
        counts = Counter(h.name for *_, h in self.hits if h.kind == "person")
        for names in (v for v in spelled.values() if len(v) > 1):
            # "Vincent DelGiudice" and "Vincent Del Giudice": one person, as most often written
            one = self.canonical[("person", max(names, key=lambda n: (counts[n], n)))]
            for spelling in names:
                self.canonical[("person", spelling)] = one
        for name in orgs:
            self.canonical[("organisation", name)] = (
                "organisation",
                _org_target(name, by_opening, by_tail),
            )
        for *_, h in self.hits:
            if h.kind == "organisation" and h.acronym:
                full = self.canonical[("organisation", h.name)]
                self.surfaces[h.acronym] = full
                if ("organisation", h.acronym) in self.canonical:
                    self.canonical[("organisation", h.acronym)] = full
        carriers: dict[str, set[str]] = {}  # a word -> the persons named with it
        for (kind, name), person in self.canonical.items():
            if kind == "person":
                for word in name.split():
                    carriers.setdefault(word, set()).add(person[1].casefold())
        for (_kind, name), entity in self.canonical.items():
            self.surfaces.setdefault(name, entity)
        # organisations the other model reads as a person ("Johnson and Corbyn") do not count
        hits = Counter(
            (h.kind, h.name)
            for *_, h in self.hits
            if not (h.kind == "organisation" and h.other == "person")
        )
        named = Counter(self.canonical.get((h.kind, h.name)) for *_, h in self.hits)
        named.update(self.surfaces.get(h.name) for *_, h in self.hits if h.kind == "single")
        doubted = Counter(  # one word read as a person by one model, by the other as a company
            h.name
            for *_, h in self.hits
            if h.kind == "single" and h.other in ("organisation", "place")
        )
        for (kind, name), entity in list(self.canonical.items()):
            if kind != "person" or len(name.split()) < 2:
                continue
            words = name.split()
            for part in (words[-1], words[0]):
                # A surname or given name that only one person of the corpus carries; a name
                # the corpus more often gives an organisation stays the organisation's
                # ("Microsoft" is not "Typically Microsoft").
                short = len(part) < 3 and not (
                    part == words[-1] and re.fullmatch(r"[A-Z][a-z]", part)
                )
                if short or is_title(part) or known_place(part, codes=True):
                    continue  # "Su" of "Lisa Su" may stand alone; "Houston" is the city
                if len(carriers.get(part, ())) != 1:
                    continue
                known = self.surfaces.get(part)
                # The person's mentions: by the whole name, and by either name alone ("Jose
                # said"); a surname after a given name, or a given name, wins against up to
                # twice as many mentions of an organisation ("Mourinho" where "Jose
                # Mourinho" is named, "Dale" where "Dale Ford" is).
                own = named[entity] + sum(hits["single", w] for w in {words[0], words[-1]})
                given = (part == words[-1] and words[0] in given_names()) or (
                    part == words[0] and part in given_names()
                )  # "Mourinho" after "Jose"; "Dale" of "Dale Ford", a given name
                if part == words[0] and not given:
                    typed = hits["place", part] + hits["organisation", part]
                    alone = sum(hits[k, words[-1]] for k in ("single", "organisation", "place"))
                    if typed > own or (doubted[part] and alone):
                        continue  # "Amazon" read as a place, "Google" as a company where
                        # "Stadia" stands alone: no first word of "Amazon Bestseller", "Google
                        # Stadia" read as people ("Wang" of "Wang Donghai" stays)
                if (
                    known is None
                    or known == ("person", part)
                    or (known[0] != "person" and hits["organisation", part] <= (1 + given) * own)
                    or (given and part in self.told_of_as_people)  # "Cheeks, who ... his"
                ):
                    self.surfaces[part] = entity
        for name, known in list(self.surfaces.items()):
            if known[0] != "person" and self.shared_surname(name):
                self.surfaces[name] = ("person", name)

    def resolve(self, hit: EntityHit) -> tuple[str, str] | None:
        if hit.kind in ("place", "organisation") and " " not in hit.name:
            known = self.surfaces.get(hit.name)
            if known is not None and known[0] == "person":
                return known  # "Steele" typed an organisation where "James Steele" is named
        if hit.kind == "organisation" and hit.name.isupper() and self.country_code(hit.name):
            return ("place", canonical_place(hit.name))  # "US media" where "US" is a place
        if hit.kind in ("place", "organisation") and self.shared_surname(hit.name):
            return ("person", hit.name)  # "Gray" where "Kimani Gray" and "Mahnefah Gray" are named
        if hit.kind == "place":
            return ("place", hit.name)
        if hit.kind == "single":
            if hit.unfolded != hit.name and ("organisation", hit.unfolded) in self.canonical:
                # "General Motors" read as the title "General" and a surname, where the corpus
                # names the organisation "General Motors"
                return self.canonical["organisation", hit.unfolded]
            if (
                hit.name not in self.surfaces
                and hit.other == "organisation"
                and not (hit.titled or hit.name in self.told_of_as_people)
            ):
                # One word the models read as a person and as an organisation, no person of
                # the corpus carries it and no "he" or "his" follows it: a company or a body
                # ("Airbus said"), not a surname ("Trump released the transcript of his call").
                return ("organisation", hit.name)
            known = self.surfaces.get(hit.name, ("person", hit.name))
            if hit.titled and known[0] != "person":
                return ("person", hit.name)  # "President Obama": a title goes to a person
            return known
        return self.canonical.get((hit.kind, hit.name), (hit.kind, hit.name))


_INITIAL = re.compile(r"[A-Z]\.")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _after_org_noun(text: str, hit: EntityHit) -> EntityHit:
    """A name right after a noun that names organisations is one ("magazine Der Spiegel",
    "flag carrier Aeroflot", "automaker GM"), whatever person or unlisted place the models
    read; not a person's full name opening with a given name after a noun that may also name
    a person ("host Tom Bergeron", but "firm Alden Capital")."""
    if hit.kind not in ("person", "single", "place") or (
        hit.kind == "place" and hit.name in places()
    ):
        return hit
    before = _WORD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before is None or before[1] not in org_nouns():
        return hit
    words = hit.name.split()
    if (
        hit.kind == "person"
        and len(words) > 1
        and is_person_opening(words[0])
        and before[1] in org_nouns_people()
    ):
        return hit
    return EntityHit("organisation", hit.name, hit.start, hit.end)


_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")


def _after_ordinal(text: str, hit: EntityHit) -> bool:
    """True for a one-word person right after a numbered ordinal: "the 67th Precinct" names
    a police station, not a person "Precinct"."""
    return (
        hit.kind == "single"
        and not hit.titled
        and _ORDINAL_BEFORE.search(text, max(0, hit.start - 12), hit.start) is not None
    )


def _name_prefix(words: str) -> bool:
    """ "Pittsburgh ", "U. S. ": one or two capitalised words that may open a name (not
    "Commerce and ", "Critical for all versions of ")."""
    parts = words.split()
    return 0 < len(parts) <= 2 and all(w[:1].isupper() and w[-1] != "," for w in parts)


def _org_target(name: str, by_opening: dict[str, list[str]], by_tail: dict[str, list[str]]) -> str:
    """The organisation a name stands for: itself, or the one longer name it shortens, when
    the longer only adds a legal form ("Advanced Micro Devices Inc.") or a first word before
    a name of two or more words ("U.S. Geological Survey", "Pittsburgh Steelers")."""
    longer = [
        o
        for o in by_opening.get(name, [])
        if all(w.lower() in LEGAL_FORMS for w in o[len(name) :].split())
    ]
    if not longer:
        tails = [o for o in by_tail.get(name, []) if _name_prefix(o[: -len(name)])]
        if len(tails) == 1 and (len(name.split()) >= 2 or len(tails[0].split()) == 2):
            longer = tails
    target = min(longer, key=len) if longer else name
    return target[4:] if target.startswith("The ") else target


def _entity_candidate(doc: Document, start: int, end: int, kind: str, name: str) -> Candidate:
    sent = doc.sentence_at(start)
    c = Candidate(kind, f"{kind}:{_norm(name)}", name, start, end, sent.index if sent else 0, name)
    c.extra["surface"] = doc.text[start:end]
    return c


def _spans(documents: Sequence[Document]) -> list[list[list[Span]]]:
    """NER spans of every content sentence, per document and sentence position (empty lists
    when spaCy is not available)."""
    texts = [one_line(s.text) for d in documents for s in d.sentences if not s.boilerplate]
    flat = annotate(texts) if texts else []
    out: list[list[list[Span]]] = []
    i = 0
    for d in documents:
        per: list[list[Span]] = []
        for s in d.sentences:
            if s.boilerplate:
                per.append([])
            else:
                per.append(flat[i] if flat else [])
                i += 1
        out.append(per)
    return out


def extract(documents: Sequence[Document]) -> list[list[Candidate]]:
    """Candidates of every document, in document order."""
    spans = _spans(documents)
    taken = [Taken() for _ in documents]
    found: list[list[Candidate]] = [[] for _ in documents]
    ents = _Entities()
    for di, doc in enumerate(documents):
        first = next((s.index for s in doc.sentences if not s.boilerplate), -1)
        for pos, s in enumerate(doc.sentences):
            if s.boilerplate:
                continue
            ner = spans[di][pos]
            text = one_line(s.text)
            dated = find_dates(text, s.start, s.index, taken[di])
            found[di].extend(dated)
            found[di].extend(find_figures(text, s.start, s.index, taken[di], ner))
            more = nlp_dates(text, s.start, s.index, taken[di], ner)
            found[di].extend(more)
            if more and len(dated) + len(more) > 1:  # find_dates paired its own already
                share_range_year(dated + more, text, s.start)  # "from March to May 2019"
            found[di].extend(find_bare_numbers(text, s.start, s.index, taken[di], ner))
            if s.heading:
                continue
            hits = []
            titles = list_title_spans(text)
            for h in party_states(text, city_and_state(text, find_entities(text, ner))):
                h = leader_by_their_office(text, team_by_its_city(text, player_line(text, h)))
                if (
                    names_a_doctrine(h.name)
                    or names_an_event(h.name, text[h.end : h.end + 60])
                    or names_with_a_number(text, h)
                    or in_a_list_title(titles, h)
                ):
                    taken[di].add(s.start + h.start, s.start + h.end)  # nothing named inside it
                elif not _after_ordinal(text, h) and not names_weekdays(h.name):
                    hits.append(_after_org_noun(text, h))
            hits = with_kin_names(text, hits)
            if 0 <= s.index - first < 3:  # a dateline opens the story, maybe after a headline
                outlet = dateline_outlet(text) if s.index == first else None
                for lead in (outlet, dateline_place(text)):
                    if lead is not None:
                        hits = [h for h in hits if not (h.start < lead.end and lead.start < h.end)]
                        hits.append(lead)
            for h in hits:
                a, b = s.start + h.start, s.start + h.end
                if taken[di].free(a, b):
                    ents.hits.append((di, a, b, h))
    found = [drop_model_numbers(d.text, f) for d, f in zip(documents, found, strict=True)]
    ents.hits = drop_common_openings(documents, ents.hits)
    texts = [d.text for d in documents]
    ents.hits = celestial(texts, placed_cities(texts, unplaced(texts, ents.hits)))
    ents.hits = areas_named_before(texts, ents.hits)
    ents.hits = companies_read_as_places(texts, ents.hits)
    ents.hits = venues(texts, ents.hits)
    ents.hits = teams_and_families(
        texts, without_products(texts, without_brand_lines(texts, ents.hits))
    )
    ents.hits = organisations_by_first_word(cities_as_teams(texts, ents.hits))
    terms = [spelled_acronyms(d.text) for d in documents]
    ents.hits = [x for x in ents.hits if x[3].name not in terms[x[0]]]
    ents.told_of_as_people = told_of_as_people(texts, ents.hits)
    ents.build()
    resolved = [ents.resolve(h) for *_, h in ents.hits]
    targets = one_kind_per_name(resolved, ents.hits)
    voted = {r: t for r, t in zip(resolved, targets, strict=True) if r and t and r != t}
    ents.surfaces = {k: voted.get(v, v) for k, v in ents.surfaces.items()}  # the alias pass's
    for (di, a, b, h), target in zip(ents.hits, targets, strict=True):
        if target is None:
            continue
        if h.titled and target[0] == "organisation":
            a -= h.start - h.unfolded_start  # the title was the name's first word
        taken[di].add(a, b)
        found[di].append(_entity_candidate(documents[di], a, b, *target))
    _alias_pass(documents, ents, taken, found, terms)
    for di, doc in enumerate(documents):
        found[di].extend(_quotes(doc, found[di]))
    _normalise_dates(documents, found)
    return found


def _alias_pass(
    documents: Sequence[Document],
    ents: _Entities,
    taken: list[Taken],
    found: list[list[Candidate]],
    terms: list[set[str]],
) -> None:
    """Find every known name and alias again, in every content sentence (headings too), but
    not an acronym a document spells as a common term (`terms`, per document)."""
    surfaces = dict(ents.surfaces)
    for cands in found:
        for c in cands:
            if c.kind == "place":
                surfaces.setdefault(c.label, ("place", c.label))
    if not surfaces:
        return
    names = sorted(surfaces, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    for di, doc in enumerate(documents):
        for s in doc.sentences:
            if s.boilerplate:
                continue
            line = one_line(s.text)
            for m in pattern.finditer(line):
                if (
                    m.group(0) in terms[di]
                    or in_an_address(line, m.start())
                    or after_a_model_name(line, m.start())
                    or names_an_event(m.group(0), line[m.end() : m.end() + 60])
                    or (
                        surfaces[m.group(0)][0] == "person"
                        and a_body_on_the_page(doc.text, m.group(0))
                    )
                ):
                    continue  # a term, an address ("apnews.com/Brexit"), a model, an event,
                    # the Moon on a page that names a person "Moon ..."
                a, b = s.start + m.start(), s.start + m.end()
                if taken[di].free(a, b):
                    taken[di].add(a, b)
                    found[di].append(_entity_candidate(doc, a, b, *surfaces[m.group(0)]))


def _quotes(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    persons = sorted((c for c in cands if c.kind == "person"), key=lambda c: c.start)
    speakers = sorted(
        (c for c in cands if c.kind in ("person", "organisation")), key=lambda c: c.start
    )
    for p in doc.paragraphs:
        para = doc.text[p.start : p.end]
        for q in find_quotes(para):
            start, end = p.start + q.start, p.start + q.end
            first = doc.sentence_at(start)
            if first is None or first.boilerplate:
                continue
            last = doc.sentence_at(max(start, end - 1)) or first
            lo, hi = first.start, last.end
            outside = doc.text[lo:start] + " " + doc.text[end:hi]
            speech, pronoun = speaker_hint(outside)
            speaker = _speaker(doc.text, speakers, persons, lo, hi, start, end, speech, pronoun)
            c = Candidate(
                "quote",
                f"quote:{quote_key(q.text)}",
                q.text,
                start,
                end,
                first.index,
                {"text": q.text, "speaker": speaker or None, "closed": q.closed},
                subject=speaker,
            )
            out.append(c)
    return out


def _dateline_day(doc: Document) -> str | None:
    """The full date of a dateline opening the document's first content sentences."""
    content = [s for s in doc.sentences if not s.boilerplate][:3]
    return next((f[2] for s in content if (f := dateline_date(s.text)) and f[2]), None)


def _normalise_dates(documents: Sequence[Document], found: list[list[Candidate]]) -> None:
    refs: list[dt.date | None] = [parse_iso(d.date) for d in documents]
    sources = ["document date" if r else "" for r in refs]
    for di, doc in enumerate(documents):
        filed = _dateline_day(doc) if refs[di] is None else None
        if filed is not None:
            refs[di], sources[di] = parse_iso(filed), "dateline"
    for di, cands in enumerate(found):
        for c in cands:
            if c.kind == "date":
                normalise(c, refs[di], sources[di])

    # An undated document borrows the date of the dated document it shares most facts with.
    def solid(cands: list[Candidate]) -> set[str]:
        return {
            c.key
            for c in cands
            if c.key
            and c.kind in ("person", "organisation", "figure", "date", "quote")
            and (c.kind != "date" or c.extra.get("form") in _ABSOLUTE_FORMS)
        }

    keys = [solid(c) for c in found]
    for di, cands in enumerate(found):
        if refs[di] is not None:
            continue
        best, best_shared = None, _MIN_SHARED_FOR_REFERENCE - 1
        for dj in range(len(documents)):
            shared = len(keys[di] & keys[dj])
            if refs[dj] is not None and dj != di and shared > best_shared:
                best, best_shared = dj, shared
        if best is None:
            continue
        for c in cands:
            if c.kind == "date" and c.extra.get("form") not in _ABSOLUTE_FORMS:
                normalise(c, refs[best], f"inferred from document {best}")
    for di, cands in enumerate(found):
        sentences = [(s.start, s.end, s.paragraph) for s in documents[di].sentences]
        ref = refs[di]
        reference = ref.isoformat() if ref is not None else ""
        carry_story_dates(documents[di].text, cands, sentences, reference)
        for c in cands:
            if c.kind == "date":
                surface = documents[di].text[c.start : c.end]
                c.label = surface
                if not c.key:
                    c.key = f"date:doc{di}:{surface.lower()}"


_SAYS_AFTER = re.compile(r"^(?:’s|'s)?,?\s+(?:said|told|added|says|stated|insisted|noted)\b")
_SAYS_BEFORE = re.compile(
    r"(?:said|says|according to|added)(?:\s+(?:the\s+)?[a-z][\w-]*){0,3}\s+(?:The\s+)?$"
)


def _speaker(
    text: str,
    speakers: list[Candidate],
    persons: list[Candidate],
    lo: int,
    hi: int,
    start: int,
    end: int,
    speech: bool,
    pronoun: bool,
) -> str:
    """Who says the quote at `start:end` in the sentence(s) `lo:hi` ("" when unknown)."""
    # `speakers` is sorted by start: look only at those inside the sentence(s) lo:hi.
    first = bisect_left(speakers, lo, key=lambda c: c.start)
    last = bisect_left(speakers, hi, lo=first, key=lambda c: c.start)
    near = [c for c in speakers[first:last] if not start <= c.start < end]
    for c in near:
        if _SAYS_AFTER.match(text[c.end : c.end + 16]) or _SAYS_BEFORE.search(
            text[max(lo, c.start - 60) : c.start]
        ):
            return c.label
    people = [c for c in near if c.kind == "person"]
    if people and (speech or len(people) == 1):
        after = [c for c in people if c.start >= end]
        return (after[0] if after else people[-1]).label
    if pronoun:
        i = bisect_left(persons, lo, key=lambda c: c.start)  # persons is sorted by start
        if i:
            return persons[i - 1].label
    return ""

"""Per-document extraction: dates, figures, entities (with corpus-wide alias merging, the
table in `facts.alias_table`) and quotes, as `Candidate`s with document offsets. Boilerplate
sentences are skipped.

The content sentences of all documents go through spaCy once (facts.nlp.annotate); its
spans feed the entity, date and figure finders, which add samestory's own rules on top."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence

from facts.alias_table import AliasTable, norm_name
from facts.bare_numbers import find_bare_numbers
from facts.candidate import Candidate, Taken
from facts.company_cues import companies_read_as_places
from facts.date_story import carry as carry_story_dates
from facts.date_values import share_range_year
from facts.dates import dateline_date, find_dates, nlp_dates, normalise, parse_iso
from facts.entities import (
    EntityHit,
    dateline_outlet,
    dateline_place,
    find_entities,
)
from facts.figure_context import list_title_spans
from facts.figure_page_models import drop_model_numbers
from facts.figures import find_figures
from facts.hyphened_names import with_hyphened_heads
from facts.lexicon import (
    is_person_opening,
    org_nouns,
    org_nouns_people,
    places,
)
from facts.name_cues import (
    employers_before_roles,
    in_a_list_title,
    leader_by_their_office,
    names_a_doctrine,
    names_an_event,
    names_an_index,
    names_weekdays,
    names_with_a_number,
    player_line,
    spelled_acronyms,
    team_by_its_city,
    with_kin_names,
)
from facts.name_lists import organisations_listed_together
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
from facts.owned_products import without_owned_products
from facts.place_addresses import city_and_state, party_states
from facts.place_cues import (
    a_body_on_the_page,
    areas_named_before,
    celestial,
    placed_cities,
    unplaced,
    venues,
)
from facts.possessive_names import possessive_company_names
from facts.product_names import without_brand_lines, without_products
from facts.quotes import find_quotes, quote_key, speaker_hint
from readers import Document
from readers.segment import one_line

_ABSOLUTE_FORMS = frozenset(["mdy", "dmy", "my", "pmy", "py", "y", "range"])
_MIN_SHARED_FOR_REFERENCE = 4


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


def _entity_candidate(doc: Document, start: int, end: int, kind: str, name: str) -> Candidate:
    sent = doc.sentence_at(start)
    c = Candidate(
        kind, f"{kind}:{norm_name(name)}", name, start, end, sent.index if sent else 0, name
    )
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
    ents = AliasTable()
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
                    or names_an_index(text, h)
                    or in_a_list_title(titles, h)
                ):
                    taken[di].add(s.start + h.start, s.start + h.end)  # nothing named inside it
                elif not _after_ordinal(text, h) and not names_weekdays(h.name):
                    hits.append(_after_org_noun(text, h))
            hits = employers_before_roles(text, with_kin_names(text, hits))
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
    texts = [d.text for d in documents]
    ents.hits = with_hyphened_heads(texts, possessive_company_names(texts, ents.hits))
    ents.hits = drop_common_openings(documents, ents.hits)
    ents.hits = celestial(texts, placed_cities(texts, unplaced(texts, ents.hits)))
    ents.hits = areas_named_before(texts, ents.hits)
    ents.hits = companies_read_as_places(texts, ents.hits)
    ents.hits = organisations_listed_together(texts, ents.hits)
    ents.hits = venues(texts, ents.hits)
    ents.hits = without_products(texts, without_brand_lines(texts, ents.hits))
    ents.hits = teams_and_families(texts, without_owned_products(texts, ents.hits))
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
    ents: AliasTable,
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

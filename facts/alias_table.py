"""The corpus-wide alias table of names: every entity hit of the corpus, the longer name each
short one stands for (a surname or a given name only one person of the corpus carries, an
acronym in brackets, an organisation's name without its legal form or first words, one
person's name written with or without a space or an initial), the kind a country code or a
shared surname takes, and `resolve`, which gives each hit the (kind, name) it counts for.
`extract` fills it, builds it once, and reads it in its alias pass."""

from __future__ import annotations

import re
from collections import Counter

from facts.entities import EntityHit, canonical_place, known_place
from facts.lexicon import LEGAL_FORMS, given_names, is_title, places

_INITIAL = re.compile(r"[A-Z]\.")


def norm_name(name: str) -> str:
    """A name as fact keys write it: lower case, straight apostrophes."""
    return name.lower().replace("’", "'")


class AliasTable:
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
        titled = {h.name for *_, h in self.hits if h.kind == "person" and h.titled}
        read_as_person = {
            h.name for *_, h in self.hits if h.kind == "single" or h.other == "person"
        }
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
                family_first = (  # "Xi" where "President Xi Jinping" is named
                    part == words[0]
                    and len(words) == 2
                    and name in titled
                    and part in read_as_person
                )
                if (short and not family_first) or is_title(part) or known_place(part, codes=True):
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
                if part == words[0] and not given and not family_first:
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
                    or family_first  # "Xi" where "President Xi Jinping" is named
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

"""What the words around a capitalised word say it names, where the NER models do not know:

- an acronym that lower-case words just before it spell is a common term's, not a name
  ("hypersensitivity pneumonitis, or HP", "personal protective equipment (PPE)"), anywhere in
  that document;
- a name whose last word is in -ism names a doctrine, not a group or a place ("National
  Socialism");
- a name ending in an event's or an index's noun is no person, organisation or place
  ("American Music Awards", "Dow Jones Industrial Average");
- a name right before a sequel or version number in running text names a product or a work
  with it ("Titanfall 2’s hero", "Destiny 2 is free", "the S&P 500 index"), not a company,
  unlike a score ("Leeds 2 Arsenal 1", "Hornets 238 and") or a station ("CBS 2");
- a full name opening with a given name before a player's count ("Aiden Haig 1 goal",
  "Britton Carroll 5 saves") is a person's, whatever organisation the models read;
- a given name right after a kinship noun is a person's, even alone ("his wife, Kimberly"),
  whatever else the models read it as;
- a city or a state that a sports report's syntax makes a side is its team, an organisation
  by CoNLL's convention ("Winnipeg defeated Nashville", "scored for Ottawa", "Oklahoma City
  coach", "Columbus improved to 8-8-4", "Melbourne (3-0): ..."); a country stays a place
  (national sides are places there);
- one word right before the noun of a leader's time in office is that leader's surname ("the
  Obama administration", "the Carter presidency", "the Obama White House"), not the town or the
  company of the same name; a country or a state stays a place;
- a name before a lower-case title and a person's full name is the employer's, an
  organisation, where the models read a person ("Edmunds analyst Jessica Caldwell"; in
  CoNLL-2003 `train` no such name is a person's) or, before a role held at a company
  ("analyst", "CEO"), a place no list knows ("Jefferies analyst Jonathan Matuszewski"); a
  listed place, a name ending in a noun of places ("Wall Street analyst"), a full name
  opening with a given name and a place before other titles stay ("England captain Graham
  Gooch", "White House spokesman Mike McCurry").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from facts.entities import BIG_CITY, EntityHit
from facts.lexicon import (
    BUSINESS_ROLES,
    EVENT_NOUNS,
    FUNCTION_WORDS,
    KINSHIP_NOUNS,
    LIFT_VERBS,
    RESULT_VERBS,
    STAT_NOUNS,
    TEAM_ROLES,
    given_names,
    is_person_opening,
    is_title,
    org_nouns,
    places,
)
from facts.place_nouns import is_place_name

_SPELLED = re.compile(
    r"(?P<words>(?:[A-Z][a-z-]*\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7})\s*(?:\(\s*|,?\s+or\s+)"
    r"(?P<acronym>[A-Z][A-Z0-9]{1,6})(?![\w-])"
)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:\]\)\n]\s*)$")


def _initials(words: list[str], skip_function_words: bool) -> str:
    parts = [p for w in words for p in w.split("-") if p]
    if skip_function_words:
        parts = [p for p in parts if p not in FUNCTION_WORDS]
    return "".join(p[0] for p in parts)


def spelled_acronyms(text: str) -> set[str]:
    """Acronyms of `text` that the lower-case words right before them spell, first letter by
    first letter (function words may be left out), before a bracket or after "or"; the first
    word may be capitalised when it opens a sentence ("Binge eating disorder (BED)")."""
    out: set[str] = set()
    for m in _SPELLED.finditer(text):
        acronym = m["acronym"].lower()
        letters = "".join(c for c in acronym if c.isalpha())
        words = m["words"].split()
        if words[0][:1].isupper():
            if _SENTENCE_BEFORE.search(text, 0, m.start()):
                words[0] = words[0].lower()  # "Binge eating disorder (BED)" opens a sentence
            else:
                words = words[1:]  # "the World health body (WHB)": no lower-case phrase
        if len(words) < 2:
            continue
        for skip in (False, True):
            for n in range(2, len(words) + 1):
                if _initials(words[-n:], skip) == letters:
                    out.add(m["acronym"])
                    break
    return out


def names_a_doctrine(name: str) -> bool:
    """True when the name's last word is a word in -ism ("National Socialism", "Judaism")."""
    words = name.split()
    last = words[-1] if words else ""
    return len(last) > 5 and last.endswith("ism") and last[:1].isupper()


def names_an_event(name: str, after: str = "") -> bool:
    """True when the name has two words or more and its last is an event's or an index's
    noun, capitalised ("American Music Awards", "Davis Cup", "Consumer Price Index"), or when
    up to two capitalised words `after` it end with one (the "Vietnam" of "Vietnam War", the
    "Los Angeles" of "Los Angeles Auto Show"), or when it is a tournament's group ("Group F")."""
    words = name.split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in EVENT_NOUNS:
        return True
    if _TOURNAMENT_GROUP.fullmatch(name):
        return True  # "Spain (Group F)", "to win Group D.": a group of a tournament
    rest = _CAPITALISED_AFTER.match(after)
    return rest is not None and any(w.lower() in EVENT_NOUNS for w in rest[0].split())


_TOURNAMENT_GROUP = re.compile(r"(?:Group|Pool) [A-H]\.?")
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+\b){1,3}")


_DAY_NAME = re.compile(
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)


def names_weekdays(name: str) -> bool:
    """True when the name is weekdays joined ("Sun & Mon", "Tue – Sat", "Mon-Fri"): a line of
    opening hours, no name."""
    words = [w for w in re.split(r"\s*(?:&|and|–|—|-|/|,|to)\s*|\s+", name) if w]
    return len(words) > 1 and all(_DAY_NAME.fullmatch(w) for w in words)


_NUMBER_AFTER = re.compile(
    r"\s+(?P<n>\d{1,3})(?![\d,:%/–-]|\.\d)"
    r"(?:[’']s\b|\s+(?P<word>[a-z]+)\b|[.!?;)”\"](?=\s|$)(?!\s+[A-Z\d(]))"
)
_NOT_A_VERSION = frozenset(
    ["and", "or", "to", "v", "vs", "for", "of", "at", "in", "on", "from", "with", "by", "after",
     "before", "points", "goals", "runs", "wickets", "minutes", "yards", "seconds", "pts",
     "percent", "per"]
)  # fmt: skip
"""Words after a number that make it a score, a count or a measure, not a version."""


def names_with_a_number(text: str, hit: EntityHit) -> bool:
    """True when the organisation `hit` stands right before a sequel or version
    number that running text goes on after ("Titanfall 2’s", "Destiny 2 is", "S&P 500
    index"): the name and its number name a product or a work. Not a place ("Route 66"), nor a
    name in capitals before one or two digits (a station: "CBS 2 reported"), nor a score or a
    table ("Leeds 2 Arsenal 1", "Hornets 238 and Wasps", "Faldo 68")."""
    if hit.kind != "organisation":
        return False  # people stand before numbers in stat lines: "Grace Hanks 1 goal"
    m = _NUMBER_AFTER.match(text, hit.end)
    if m is None:
        return False
    if hit.name.replace("&", "").isupper() and len(m["n"]) < 3:
        return False
    return m["word"] is None or m["word"] not in _NOT_A_VERSION


_INDEX_AFTER = re.compile(r"[ \t]+(?:index|average|composite|futures)\b(?![ \t]+funds?\b)")


def names_an_index(text: str, hit: EntityHit) -> bool:
    """True when `hit` names a stock index, which CoNLL-2003 marks as no person, organisation
    or place: a lower-case "index", "average", "composite" or "futures" after it ("the Hang
    Seng index", "the Nikkei average") or "Composite" ending it ("the Shanghai Composite"); not
    a name ending in a noun of organisations ("the American Stock Exchange index")."""
    words = hit.name.split()
    if words[-1].lower() in org_nouns() or words[-1] == "Exchange":
        return False  # "the American Stock Exchange index": the exchange is named
    return bool(_INDEX_AFTER.match(text, hit.end)) or (len(words) > 1 and words[-1] == "Composite")


def in_a_list_title(titles: Sequence[tuple[int, int]], hit: EntityHit) -> bool:
    """True when `hit` lies inside one of its sentence's `titles` of list articles or
    newsletters (`figure_context.list_title_spans`: a number, a list noun written with a
    capital, then capitalised words and small words, "10 Things in Tech You Need to Know"):
    its words name the work, not a place or a company."""
    return any(a <= hit.start and hit.end <= b for a, b in titles)


_STAT_AFTER = re.compile(r"\s+\d{1,3}\s+(?P<noun>[a-z]+)\b")


def player_line(text: str, hit: EntityHit) -> EntityHit:
    """The hit as a person's full name when it is an organisation of two or three words that
    opens with a given name and stands before a player's count in a round-up ("Aiden Haig 1
    goal", "Megan Cook 2 assists"); otherwise the hit itself ("Leeds 2 points" opens with no
    given name)."""
    words = hit.name.split()
    if hit.kind != "organisation" or not 1 < len(words) <= 3 or not is_person_opening(words[0]):
        return hit
    m = _STAT_AFTER.match(text, hit.end)
    if m is None or m["noun"] not in STAT_NOUNS:
        return hit
    return EntityHit("person", hit.name, hit.start, hit.end)


_KIN_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(KINSHIP_NOUNS)) + r")\s*,?\s+(?P<name>[A-Z][a-z]+)(?![\w’'-])"
)


def with_kin_names(text: str, hits: list[EntityHit]) -> list[EntityHit]:
    """`hits` with each given name right after a kinship noun ("his wife, Kimberly", "her son
    Jack") a person: added where no hit covers it, retyped where a hit is that very word."""
    out = list(hits)
    for m in _KIN_NAME.finditer(text):
        start, end = m.span("name")
        if m["name"] not in given_names():
            continue
        person = EntityHit("single", m["name"], start, end, titled=True)
        same = [i for i, h in enumerate(out) if (h.start, h.end) == (start, end)]
        if same:
            out[same[0]] = person
        elif not any(h.start < end and start < h.end for h in out):
            out.append(person)
    return out


def _one_of(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SIDE = r"[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}"
_RESULT_LINE = re.compile(
    rf"\s*(?P<a>{_SIDE}) \d{{1,3}}, (?P<b>{_SIDE}) \d{{1,3}}(?=\s*(?:[:(]|$))"
)
"""A result line opening a game's report ("Hurricanes 4, Blackhawks 2: Nino Niederreiter ...")."""
_RECORD_AFTER = re.compile(r"\s*\(\d{1,3}-\d{1,3}(?:-\d{1,3})?\)")
"""A side's win-loss record right after its name ("Melbourne (3-0): Osas Osaro 3 goals")."""
_TEAM_BEFORE = re.compile(
    rf"(?:\b(?:{_one_of(RESULT_VERBS)})|\b(?:scored|scores|{_one_of(STAT_NOUNS)})\s+for"
    r"(?:\s+the)?)\s+$"
)
_TEAM_AFTER = re.compile(
    rf"(?:[’']s)?\s+(?:(?:{_one_of(RESULT_VERBS)})(?=\s|$)|(?:{_one_of(TEAM_ROLES)})\b"
    r"|(?:improved|improves|fell|falls|dropped|drops|moved|moves|evened|evens)\s+to\s+"
    r"\d{1,3}-\d{1,3}\b)"
)
_LIFTED = re.compile(rf"\b(?:{_one_of(LIFT_VERBS)})\s+$")
_LIFTED_PAST = re.compile(
    rf"\b(?:{_one_of(LIFT_VERBS)})\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}"
    r"\s+(?:past|over)\s+(?:the\s+)?$"
)
"""A rival after the side a player lifted past it ("to lead St. Louis past Tampa Bay")."""
_LIFTED_AFTER = re.compile(
    r"\s+(?:past|over)\s|\s+to\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:\d{1,3}-\d{1,3}\s+)?(?:win|victory|triumph)\b"
)
_SENTENCE_END = re.compile(r"[.!]?\s*$")
_STAT = re.compile(rf"\b(?:{_one_of(STAT_NOUNS)})\b")


def team_by_its_city(text: str, hit: EntityHit) -> EntityHit:
    """The hit as an organisation when it is a city or a state (GeoNames) that a sports
    report's syntax makes a side: a result verb before or after it ("Winnipeg defeated
    Nashville"), "scored for" or a player's count "for" before it ("2 goals for Ottawa"), a
    team role after it ("Oklahoma City coach"), a record after it ("Columbus improved to
    8-8-4"), or a player lifting it past a rival or to a win ("to lead St. Louis past", "to
    lift Florida."). A win-loss record in brackets after a name opening a line makes any
    place, a one-word name that is no given name, or any name before a colon a side ("Viera
    (3-0)", "Merritt Island (3-2): Kyleigh Trout 1 goal"); so does a result line opening the
    text, for a place or a name not opening with a given name ("Hurricanes 4, Blackhawks 2:").
    Otherwise the hit itself: countries stay places ("England beat Pakistan": national sides
    are places by CoNLL's convention)."""
    if hit.kind not in ("place", "person", "single"):
        return hit
    team = EntityHit("organisation", hit.name, hit.start, hit.end, by_cue=True)
    words = hit.name.split()
    result = _RESULT_LINE.match(text)
    if (
        result
        and (hit.start, hit.end) in (result.span("a"), result.span("b"))
        and (hit.kind == "place" or not is_person_opening(words[0]))
        and getattr(places().get(hit.name), "kind", "") not in ("country", "continent")
    ):
        return team
    line_start = not text[: hit.start].strip(" \t\"“‘'")
    record = _RECORD_AFTER.match(text, hit.end) if line_start else None
    one_word = len(words) == 1 and not is_person_opening(words[0])
    if record and (hit.kind == "place" or one_word or text.startswith(":", record.end())):
        return team
    if hit.kind != "place":
        return hit
    known = places().get(hit.name)
    before_far = text[max(0, hit.start - 80) : hit.start]
    if _LIFTED_PAST.search(before_far) and (known is None or known.kind in ("city", "region")):
        return team  # "to lead St. Louis past Tampa Bay", a name no list holds too
    if known is None or known.kind not in ("city", "region"):
        return hit
    before = text[max(0, hit.start - 40) : hit.start]
    if _TEAM_BEFORE.search(before):
        return team
    if _TEAM_AFTER.match(text, hit.end):
        return team
    if _LIFTED.search(before) and (
        _LIFTED_AFTER.match(text, hit.end)
        or (_SENTENCE_END.fullmatch(text, hit.end) and _STAT.search(text))
    ):
        return team
    return team if _RECORD_AFTER.match(text, hit.end) else hit


_OFFICE_AFTER = re.compile(r"\s+(?:administration|presidency|White\s+House)\b")
"""The noun of a leader's time in office after a surname ("the Obama administration")."""


def leader_by_their_office(text: str, hit: EntityHit) -> EntityHit:
    """A one-word hit before "administration", "presidency" or "White House" as a titled
    one-word person, which the page's full name then claims; not a country, a state or a big
    city (GeoNames). "government" and "era" are left out: provinces share their names with
    towns ("the Ontario government"), and companies name eras ("the Douglas era")."""
    if hit.kind == "person" or " " in hit.name or not hit.name[:1].isupper():
        return hit
    if _OFFICE_AFTER.match(text, hit.end) is None:
        return hit
    known = places().get(hit.name)
    if known is not None and (known.kind != "city" or known.population >= BIG_CITY):
        return hit
    return EntityHit("single", hit.name, hit.start, hit.end, titled=True)


_ROLE_AFTER = re.compile(r"[ \t]+(?P<role>[a-z]+)[ \t]+(?=[A-Z])")


def employers_before_roles(text: str, hits: list[EntityHit]) -> list[EntityHit]:
    """The sentence's hits with each name read as a person (or, before a role held at a
    company, as an unlisted place) before a lower-case title and a person's full name made
    an organisation ("Jefferies analyst Jonathan Matuszewski")."""
    people = {h.start for h in hits if h.kind == "person" and " " in h.name}
    out = []
    for h in hits:
        m = _ROLE_AFTER.match(text, h.end)
        words = h.name.split()
        if (
            m is not None
            and m.end() in people
            and is_title(m["role"])
            and (
                h.kind in ("person", "single")
                or (h.kind == "place" and m["role"] in BUSINESS_ROLES and not is_place_name(h.name))
            )
            and h.name not in places()
            and not (len(words) > 1 and is_person_opening(words[0]))
        ):
            h = EntityHit("organisation", h.name, h.start, h.end)
        out.append(h)
    return out

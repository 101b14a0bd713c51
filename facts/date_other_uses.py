"""Date words that news uses for something other than a date, for `date_filters.not_a_date`:

- a minute or an inning of a game ("scored in the 21st minute", "a 78th-minute winner",
  "struck again in the 74th", "trailing entering the 11th"): a time into the game;
- an age ("their early 20s", "eight-year-olds", "a year-old crisis", "children aged under
  10");
- a repetition: weekdays in the plural ("meets on Thursdays"), "the first Monday of every
  month", a part of the day or a time in a clause of habit ("usually wakes early in the
  morning", "often opens at 9 a.m.", "Tue – Sat 4PM") or in advice to the reader ("a good
  breakfast keeps you full throughout the morning");
- "today" meaning nowadays ("Today, most farmers own a phone", "even today", "in today's
  world", "safer today than 30 years ago", "the most popular apps today", "as we know it
  today", "vehicles that exist today") and "to this day"; "today" that is the article's
  day ("said today", "today's vote", "Today, the company announced") stays a date;
- a cricketer's hundred ("his ninth century") and a name ("the second day-night match", "the
  21st African Cup", "the 12th Dynasty", "80 Day Obsession", "Black Friday coverage");
- a weekday or "midnight" that qualifies a noun or names an event ("Sunday congregations",
  "another midnight regulation", "the last midweek quote");
- an index level or a price that reads like a time ("closed at 1,442.82", "22.00 for
  March"), a fraction ("one quarter the power"), "player-of-the-year", "from all quarters",
  an amount of time with an indefinite article ("within another century", "for a
  half-century", "one full calendar year", "40+ years"), and a cell of a text table ("4 │").
"""

from __future__ import annotations

import re

from facts.lexicon import ORDINALS

_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_GAME_MINUTE = re.compile(rf"(?:the\s+)?{_ORDINAL}(?:[\s-]+minute)?", re.I)
_MINUTE_AFTER = re.compile(r"[\s-]+minute\b", re.I)
_BARE_ORDINAL = re.compile(r"(?:the\s+)?\d{1,3}(?:st|nd|rd|th)", re.I)
_GAME_SENTENCE = re.compile(
    r"\b(?:minute|scored?|scoring|goals?|equali[sz]e[rd]?|penalty|free[\s-]kick|header|"
    r"innings?|inning|homered|home\s+runs?|pitch(?:ed|er)?|rall(?:y|ied)|runs|hole|holes|"
    r"birdie|bogey|lap|laps|round|overtime|extra\s+time|touchdowns?|quarterback)\b",
    re.I,
)
"""Words of a game report: a bare ordinal in such a sentence ("in the 74th", "entering the
11th", "on the 18th [hole]") counts minutes, innings, holes or laps, not days."""
_DAY_CUE_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|before|after)\s+$", re.I)
_MONTH_AFTER = re.compile(
    r"\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|this|last|next|the\s+month)\b",
    re.I,
)
_OWNER = r"(?:his|her|their|my|your|our|its)"
_AGE_SPAN = re.compile(
    rf"(?:{_OWNER}\s+)?(?:early\s+|mid-?\s*|late\s+)?(?:\d0s|[2-9]0['’]s|teens|twenties|"
    r"thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    re.I,
)
_YEAR_OLD = re.compile(r"(?:[\w.]+[\s-]+)?(?:years?|months?|weeks?|days?)[\s-]old?s?", re.I)
_UNDER_OVER = re.compile(r"(?:aged\s+)?(?:under|over)\s+\d{1,2}", re.I)
_WEEKDAYS = re.compile(
    r"(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|weekends|weekdays)", re.I
)
_WEEKDAY = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|last)?\s*"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)  # fmt: skip
_EVERY_MONTH = re.compile(r"\s+of\s+(?:every|each)\s+(?:month|year|week)\b", re.I)
_CENTURY = re.compile(rf"(?:{_OWNER}\s+)?{_ORDINAL}[\s-]+century", re.I)
_OWNER_BEFORE = re.compile(rf"\b{_OWNER}\s+(?:(?:maiden|first-class|test|one-day)\s+)?$", re.I)


def other_use(text: str, a: int, b: int) -> bool:
    """True when `text[a:b]`, which reads as a date, is a game's minute or inning, an age, a
    repetition, "today" meaning nowadays, or a name (see the module docstring)."""
    span = text[a:b]
    before, after = text[:a], text[b:]
    if _GAME_MINUTE.fullmatch(span) and (
        span.lower().endswith("minute") or _MINUTE_AFTER.match(after)
    ):
        return True  # "in the 21st minute", "a 78th-minute winner"
    if (
        _BARE_ORDINAL.fullmatch(span)
        and _GAME_SENTENCE.search(text)
        and not _DAY_CUE_BEFORE.search(before)
        and not _MONTH_AFTER.match(after)
    ):
        return True  # "struck again in the 74th", "entering the 11th"
    if _AGE_SPAN.fullmatch(span) and re.match(rf"{_OWNER}\s", span, re.I):
        return True  # "their early 20s"
    if _YEAR_OLD.fullmatch(span) or re.match(r"[\s-]+olds?\b", after, re.I):
        return True  # "eight-year-olds", "a year-old crisis"
    if _UNDER_OVER.fullmatch(span) and not re.match(r"\s*(?:years?|months?|weeks?|days?|"
                                                     r"hours?|minutes?)\b", after, re.I):  # fmt: skip
        return True  # "aged under 10"
    if _WEEKDAYS.fullmatch(span):
        return True  # "meets on Thursdays": a repetition
    if _WEEKDAY.fullmatch(span) and _EVERY_MONTH.match(after):
        return True  # "the first Monday of every month"
    if span.lower() == "this day" and re.search(r"\b(?:to|until|till)\s+$", before, re.I):
        return True  # "to this day": until now
    if _CENTURY.fullmatch(span) and (
        re.match(rf"{_OWNER}\s", span, re.I) or _OWNER_BEFORE.search(before)
    ):
        return True  # "his ninth century": a batsman's hundred
    if re.search(r"\bday-night$", span, re.I) or (
        span.lower().endswith("day") and re.match(r"-night\b", after, re.I)
    ):
        return True  # "the second day-night match"
    if re.fullmatch(rf"(?:the\s+)?{_ORDINAL}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", span) and not (
        re.search(r"\b(?:Century|Centuries|Millennium|Quarter|Week|Month|Year|Day)\b", span)
        or _MONTH_WORD.search(span)
        or re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", span)
    ):
        return True  # "the 21st African Cup": a name with its edition
    if _PART_OR_CLOCK.fullmatch(span) and _habit(text, a, b):
        return True  # "usually get up early in the morning", "often opens at 9 a.m."
    if _THE_PART.fullmatch(span) and _advice(text, a, b):
        return True  # "a good breakfast keeps you full throughout the morning"
    return _qualifies_or_counts(text, a, b) or means_nowadays(text, a, b)


_PART_OR_CLOCK = re.compile(
    r"(?:(?:early|late)\s+)?(?:(?:in|during|at)\s+)?(?:the\s+)?(?:morning|afternoon|evening|"
    r"night|spring|summer|autumn|fall|winter)|(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)|noon|"
    r"midnight|midday)",
    re.I,
)
_HABIT = re.compile(
    r"\b(?:usually|often|always|typically|normally|rarely|seldom|"
    r"routinely|regularly|tends?\s+to|used\s+to|every|each|daily)\b"
    r"|(?-i:\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?\s*[–—-]\s*"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))",
    re.I,
)


def _clause(text: str, a: int, b: int) -> tuple[int, int]:
    """Start and end of the clause of `text[a:b]`: between the marks around it."""
    start = max(text.rfind(c, 0, a) for c in ",;:!?—") + 1
    ends = [i for i in (text.find(c, b) for c in ",;:!?—") if i >= 0]
    return start, min(ends) if ends else len(text)


def _habit(text: str, a: int, b: int) -> bool:
    """True when the clause of `text[a:b]` speaks of a habit ("usually", "often", "every")."""
    return bool(_HABIT.search(text, *_clause(text, a, b)))


_THE_PART = re.compile(r"the\s+(?:morning|afternoon|evening|night|day)", re.I)
_YOU = re.compile(r"\b(?:you|your|yourself)\b", re.I)
_GENERAL_VERB = re.compile(
    r"\b(?:can|may|might|could|will|should|helps?|keeps?|makes?|lets?)\b", re.I
)


def _advice(text: str, a: int, b: int) -> bool:
    """True when the clause of `text[a:b]` speaks to the reader in general: "you" with a modal
    or a verb of the present ("can keep you satisfied", "helps you sleep"), and no verb in the
    past: "the morning" of such a clause is any morning, no date."""
    start, end = _clause(text, a, b)
    clause = text[start:end]
    if not (_YOU.search(clause) and _GENERAL_VERB.search(clause)):
        return False
    return not any(
        not _STATE_BEFORE.search(clause, 0, m.start()) for m in _PAST.finditer(clause)
    )  # "keep you satisfied": a state, no verb in the past


_STATE_BEFORE = re.compile(
    r"\b(?:you|yourself|be|being|feel|feeling|get|stay|keep|remain|seem|look)\s+$", re.I
)


_HABIT_NOUN = re.compile(
    r"\s+(?:schools?|services?|congregations?|mass|masses|editions?|papers?|newspapers?|"
    r"supplements?|shoppers|worshippers|best|roasts?|brunch(?:es)?|matinees?|opening\s+hours|"
    r"trading\s+hours|league)\b"
)
"""Nouns a weekday qualifies as a habit or a kind ("Sunday congregations", "the Sunday
edition", "Sunday school"), not a day of the story."""
_MIDNIGHT_NOUN = re.compile(
    r"\s+(?:regulations?|rules?|rulemaking|appointments?|pardons?|hour|mass|sun|blue|oil|"
    r"quotes?|snacks?|madness|meals?|heat|prayers?|break|bulletin)\b"
)
_NAMED_BEFORE = re.compile(r"\b(?:Black|Cyber|Super|Giving|Small\s+Business)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:morning|afternoon|evening|night|and|or|to|in|on|at|of|for|with|is|was|will|"
    r"has|had|the|a|an)\b)[a-z]{3,}\b"
)
_TITLE_LENGTH_START = re.compile(
    r"(?:the\s+)?\d+[\s-](?:Day|Days|Week|Weeks|Hour|Hours|Month|Year)"
)
_TITLE_LENGTH = re.compile(_TITLE_LENGTH_START.pattern + r"\s+[A-Z][a-z]+\b.*")
_TABLE_CELL = re.compile(r"[│┃]|\s\|\s")
_MONTH_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d\d-\d\d", re.I
)
_PRICE_LIKE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d\d")
_AMOUNT_OF_TIME = re.compile(
    r"(?:a|an|one|another)\s+(?:(?:full|whole|entire|calendar|single|half)[\s-]+){0,2}"
    r"(?:day|week|month|year|decade|century|millennium)",
    re.I,
)


def _qualifies_or_counts(text: str, a: int, b: int) -> bool:
    span, before, after = text[a:b], text[:a], text[b:]
    low = span.lower()
    if _TABLE_CELL.search(span) and not _MONTH_WORD.search(span):
        return True  # "4 │": a cell of a text table
    if _WEEKDAY.fullmatch(span) and _HABIT_NOUN.match(after):
        return True  # "Sunday congregations", "the Sunday edition"
    if _WEEKDAY.fullmatch(span) and _NAMED_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return True  # "Black Friday coverage", "Cyber Monday deals": a name qualifying a noun
    if _TITLE_LENGTH.fullmatch(span) or (
        _TITLE_LENGTH_START.fullmatch(span) and re.match(r"\s+[A-Z][a-z]", after)
    ):
        return True  # "80 Day Obsession", "the 21 Day Fix": a programme's name
    if re.fullmatch(r"(?:the\s+)?(?:last\s+)?(?:midnight|midweek|midday)", low) and (
        _MIDNIGHT_NOUN.match(after)
    ):
        return True  # "another midnight regulation", "the last midweek quote"
    if _PRICE_LIKE.fullmatch(span) and not re.match(
        r"\s*(?:[ap]\.?m\b|GMT|UTC|hours?\b|hrs\b|local\b)", after, re.I
    ):
        return True  # "closed at 1,442.82", "22.00 for March": a level or a price
    if re.fullmatch(r"(?:the-)?(?:day|week|month|year|decade|century)", low) and re.search(
        r"-of-$", before
    ):
        return True  # "player-of-the-year"
    if re.fullmatch(r"(?:one|a)\s+quarter", low) and re.match(
        r"\s+(?:the|of\s+(?:the|a|an|its|their|his|her))\s+(?!(?:year|fiscal|financial)\b)",
        after,
    ):
        return True  # "one quarter the power": a fraction
    if low == "all quarters":
        return True  # "from all quarters": everywhere
    if re.fullmatch(r"\d+\+\s*(?:years|months|weeks|days|decades|hours)", low):
        return True  # "for 40+ years": a length
    return bool(_AMOUNT_OF_TIME.fullmatch(span))  # "within another century"


_TODAY = re.compile(r"today(?:['’]s)?", re.I)
_NOWADAYS_NOUN = re.compile(
    r"(?:['’]s)\s+(?:(?:increasingly|ever[\s-]+\w+|fast[\s-]+\w+|highly|more|most|so[\s-]+called)"
    r"\s+)?(?:world|society|youth|young|children|kids|teens|teenagers|generation|economy|"
    r"standards|dollars|terms|money|culture|technology|tech|media|politics|age|era|climate|"
    r"environment|workplace|workforce|consumers|students|parents|families|industry|"
    r"landscape|digital|modern|connected|global|globali[sz]ed|interconnected|marketplace|"
    r"internet|smartphones?|music|artists|youngsters|millennials|adults|cities|standard|"
    r"reality|realities|times|life|lives|values|businesses|companies|organi[sz]ations|brands|"
    r"workers|employees|customers|users|shoppers|readers|audiences|viewers|programmers|"
    r"developers|engineers|doctors|farmers|women|men|girls|boys|exchange\s+rates?)\b",
    re.I,
)
"""The nouns after "today's" that speak of nowadays ("today's world", "in today's dollars");
"today's vote", "today's trading" and "today's editions" are the article's day."""
_TELLING = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|reported|will|would|'ll|was|were|"
    r"had|did|plans?|planned|expected|scheduled|set\s+to|going\s+to|due|opened|closed|"
    r"fell|rose|gained|lost|began|begins|starts?|ends?|marks?|signed|signs|voted?|votes|"
    r"met|meets|arrived|arrives|visited|visits|unveiled|unveils|launched|launches)\b",
    re.I,
)
_PRESENT_STATE = re.compile(
    r"\b(?:is|are|has|have|remains?|lives?|lie|lies|accounts?\s+for|makes?\s+up|holds?|"
    r"stands?|exists?|employs?|owns?|uses?|produces?|exports?|depends?|relies?|counts?)\b"
    r"(?!\s+(?:\w+ing|been|expected|set|due|scheduled|going|about)\b)",
    re.I,
)
_NOWADAYS_BEFORE = re.compile(
    r"(?:\b(?:even|still)\s+|\bthan\s+(?:(?:it|they|we|he|she|you|there)\s+(?:is|are)\s+)?|"
    r"\bcompared\s+(?:with|to)\s+|\bas\s+(?:it|they|we|he|she|you)\s+(?:(?:is|are|know|knows|"
    r"exist|exists|stand|stands|look|looks)\s+)(?:it\s+|them\s+)?)$",
    re.I,
)
_SUPERLATIVE_CLAUSE = re.compile(
    r"\b(?:is|are)\s+(?:(?:one|some)\s+of\s+|among\s+)?(?:the\s+)?(?:most|\w{3,}est)\b[^.;:,]*$",
    re.I,
)
_SUBORDINATE = re.compile(
    r",?\s+(?:because|when|while|which|who|as|after|since|but|although|though|where)\b", re.I
)
_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|made|took|gave|went|came|won|began|saw|got|led|left|held|sent|spent|"
    r"struck|sold|bought|paid|brought|chose|drew|flew|ran|shot|spoke|stood|wrote|became)\b"
)
"""A verb in the past: "Today, the minister rescinded the rule" tells of the article's day."""
_NOT_A_DAY = r"(?!\s+(?:yesterday|last|on|a\s+(?:day|week)|the\s+previous|earlier))"
"""What follows "than" when "today" is compared with another day ("lower today than
yesterday"), not with the past."""
_FROM_LEVEL = re.compile(r"\bfrom\s+(?:around\s+|about\s+|roughly\s+)?[$€£¥]?\d[^\s;,]*\s+$", re.I)
_TO_TARGET = re.compile(r"\s+to\s+(?:around\s+|about\s+|roughly\s+)?[$€£¥]?\d", re.I)
"""A level "from" which something moves, with "today" between it and its target ("from 20%
today to 24% by 2030"): the present state, compared with a future one."""
_BEING_BEFORE = re.compile(
    r"\b(?:exists?|alive|in\s+(?:service|use|existence|operation|production))\s+$", re.I
)
"""What is in being "today" is so nowadays ("vehicles that exist today", "in service today")."""
_OF_BEFORE = re.compile(
    r"\b(?P<w>[a-z]+)\s+of\s+$",
)
_NOT_NOWADAYS_OF = frozenset(
    ["end", "rest", "start", "beginning", "middle", "close", "events", "part", "morning",
     "afternoon", "evening", "night", "session", "course", "all", "none", "some", "most"]
)  # fmt: skip


def means_nowadays(text: str, a: int, b: int) -> bool:
    """True when the "today" of `text[a:b]` means nowadays, not the article's day: "today's"
    before a noun of nowadays, "even today", "still ... today", "than today", "as we know it
    today", "exist today", "in service today", "the world of today", a superlative of the
    present ("are the most popular apps today", with no verb of news in the clause), a level
    "from X today to Y", or "Today," opening a sentence that only states the present ("Today,
    most of its people live in cities")."""
    span = text[a:b]
    if not _TODAY.fullmatch(span):
        return False
    before, after = text[:a], text[b:]
    if _NOWADAYS_NOUN.match(after if not span.endswith("s") else "'s" + after):
        return True
    if _NOWADAYS_BEFORE.search(before) or _BEING_BEFORE.search(before):
        return True
    m = _OF_BEFORE.search(before)
    if m and m["w"] not in _NOT_NOWADAYS_OF and not after.startswith(("'", "’")):
        return True  # "the youth of today"
    clause = re.split(r"[.;!?:]\s", before)[-1]
    rest = re.split(r"(?<=[.;!?])\s", after, maxsplit=1)[0]
    if re.match(r"\s+than\b" + _NOT_A_DAY, after):
        return True  # "safer today than they were"
    if _FROM_LEVEL.search(before) and _TO_TARGET.match(after):
        return True  # "cut costs from $0.23 today to $0.10 by 2030": the present level
    if re.match(r"\s+(?:is|are)\s+[^.;]*?\bthan\b" + _NOT_A_DAY, after):
        return True  # "smartphones today are far more powerful than"
    if (
        re.search(r"\bstill\b", clause, re.I)
        and _PRESENT_STATE.search(clause + rest)
        and not (_TELLING.search(clause + rest))
    ):
        return True  # "the building still stands today"
    if _SUPERLATIVE_CLAUSE.search(clause) and not _TELLING.search(clause + rest):
        return True  # "videos are the most engaging tool available today"
    lead = before.rstrip()
    if span[:1] == "T" and (not lead or lead[-1] in '.!?\n"“') and after.startswith(","):
        main = _SUBORDINATE.split(rest)[0]
        return bool(_PRESENT_STATE.search(main)) and not (
            _TELLING.search(main) or _PAST.search(main)
        )
    return False

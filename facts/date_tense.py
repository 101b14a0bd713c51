"""The tense around a date, which places a bare weekday, month or day of the month ahead of
the article date or back from it: "will meet on Friday" is the coming Friday, "was elected in
March" the last March, "since December" the last December, "postponed until Tuesday" the
coming Tuesday; a date opening its clause takes the tense after it ("In January, the firm
hired..."). `time_cue` reads it; `FUTURE` is the future tense alone.
"""

from __future__ import annotations

import re

from facts.lexicon import word_list

FUTURE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
                     r"\b(?:will|shall|is to|are to|due|set (?:to|for)|slated (?:to|for)|expected to|as (?:early|soon) as|"
                     r"(?:should|might|would|(?-i:may))(?!\s+(?:not\s+)?(?:have|had)\b)|"
                     r"not\s+yet|yet\s+to|"
                     r"(?:scheduled|planned)(?!\s+(?!(?:for|to|on|in|at|by|from|until|through|"
                     r"next|this|later|early|late|soon|and|or|a|an|the)\b)[a-z])|"
                     r"plan(?:s|ning)?\s+to)\b|['’]ll\b|"
                     r"n['’]t\s+yet\b",
                     re.I)  # fmt: skip
"""Words before a bare weekday that put it ahead of the article date ("will meet on Friday",
"should ease by Friday", "would be traveling on Thursday", "plans to vote on Friday", "has
scheduled a news conference Friday", "have not yet qualified for the March vote"); not
"would have" ("would have said in September");
not after "was" or "were": "was due to be freed in September" tells a past plan; nor
"planned" or "scheduled" before a noun they qualify ("initiated rounds of planned outages")."""
_IRREGULAR_PAST = "|".join(sorted(word_list("irregular_past.txt"), key=len, reverse=True))
"""Irregular past tenses ("laid", "led", "built"; `tools/facts_irregular_past.py`), in small
letters only ("Rose", "Bill" are names); "fell", "saw" and "found", verbs of their own and so
not in the list, are read as past tenses too."""
# Verbs in the past; a capitalised word in -ed is no verb here ("Veterans United Home Loans").
_TOLD = re.compile(
    r"\b(?:said|told|announced|reported|added|stated|confirmed|denied|revealed|"
    rf"(?-i:{_IRREGULAR_PAST})|"
    r"(?!(?:scheduled|expected|planned|slated|tipped|poised)\b)(?-i:[a-z]{3,}ed)|fell|saw|found|"
    r"(?:was|were)\s+[a-z]{2,}(?:ing|en|wn)|"
    r"(?:was|were)\s+(?!(?:to|due|set|expected|scheduled|planned|slated|going|about|likely|"
    r"unlikely|ready|poised|able|still|also|not|yet|now|then|the|a|an|in|on|at|for)\b)[a-z]{3,})\b",
    re.I,
)
_SINCE = re.compile(
    r"\bsince\s+(?:(?:early|mid-?|late)\s*|the\s+(?:start|end|beginning)\s+of\s+)?$", re.I
)


_NOT_PAST = re.compile(
    r"\b(?:to|plans?|aims?|hopes?|intends?|wants?|seeks?|expects?|could|may|might|should|"
    r"would|can|is|are|am)\b",
    re.I,
)
"""Words after a verb in the past that start a clause of the present or the future ("said
it plans to open in March")."""


_NOT_DONE = re.compile(r"(?:\b(?:be|being|is|are|am)|(?:\bnot|n['’]t)\s+yet)\s+$", re.I)
"""Words before a participle that make it no verb in the past: a passive of the present or
the future ("will be announced", "is sponsored by") or a thing not yet done ("have not yet
qualified")."""


_FRONTED = re.compile(r"(?:^|[,;:(]\s*|[\"“‘]\s*)(?:[A-Za-z]+\s+){0,2}$")
"""The words before a date that opens its sentence or clause ("In January, ...", "On
Tuesday, ..."): its verb comes after it."""
_CLAUSE_END = re.compile(r"[;:!?\n]|\.\s+(?=[A-Z])")


def time_cue(text: str, start: int, end: int = -1) -> str:
    """How the words before a date at `start` place it: "ahead" after a future tense in the
    same stretch of the sentence ("will meet on Friday"; a past verb in between, as in "X will
    pay, an official said Friday", ends that stretch), "back" right after "since" ("since
    December") or after a verb in the past ("was elected in March"), else "". A date that
    opens its clause (ending at `end`, when given) is placed by the first tense after it: "In
    January, the firm hired a new chief" is back, "On Tuesday, the agency will vote" ahead."""
    cue = _cue_before(text, start)
    if cue or end < 0 or not _FRONTED.search(text[:start]):
        return cue
    after = text[end:]
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    future = FUTURE.search(after)
    told = next(
        (m for m in _TOLD.finditer(after) if not _NOT_DONE.search(after[: m.start()])), None
    )
    if future and future[0].lower().startswith(("planned", "scheduled")):
        future = None  # "On Friday, the government planned to ...": a plan made then
    if future and (told is None or future.start() < told.start()):
        return "ahead"
    return "back" if told else ""


def _cue_before(text: str, start: int) -> str:
    before = text[:start]
    if _SINCE.search(before):
        return "back"
    told = None
    for m in _TOLD.finditer(before):
        if not _NOT_DONE.search(before[: m.start()]):
            told = m  # "will be announced", "is sponsored by", "have not yet won" are no past
    stretch = before[told.end() :] if told else before
    if FUTURE.search(stretch):
        return "ahead"
    if _UNTIL.search(stretch) and not _STAYED.search(before[-80:]):
        return "ahead"  # "postponed until Tuesday", "has closed the markets until Friday"
    return "back" if told and not _NOT_PAST.search(stretch) else ""


_UNTIL = re.compile(
    r"\b(?:until|till)\s+(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+"
    r"(?:[A-Z]{2,4}\s+)?)?$"
)
""""until" right before a date (a time of day between them): the end of a state that lasts,
so a date to come unless the verb before tells of a state that has ended."""
_STAYED = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)"
    r"\b(?i:remained|stayed|lasted|waited|lived|worked|served|ran|continued|was|were)\b"
)
"""Verbs in the past of a state that ran until a date now gone ("remained closed until
Tuesday"), looked for in the words before "until"."""

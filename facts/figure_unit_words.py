"""Which unit a word or a letter after a number is, where the plain patterns cannot tell:

- "pounds" that weigh ("he weighed 243 pounds", "lost 30 pounds", "200 pounds of cocaine")
  rather than pay ("the ticket cost 200 pounds", "lost 20 pounds on the deal"): `weighs`;
- watts and volts written against the number ("a 60W charger", "a 12V battery"), a single
  letter that is no unit when set apart or after a name ("7 W. 34th St", "Flat 7W"):
  `glued_power_unit`.
"""

from __future__ import annotations

import re

from facts.numbers import STOP

_NAME_BEFORE = re.compile(r"\b(?P<w>[A-Z][\w.]*)\s*$")


def glued_power_unit(text: str, m: re.Match[str]) -> bool:
    """ "60W", "12V": watts or volts written against the number, with no name before it
    (not "Flat 7W")."""
    before = _NAME_BEFORE.search(text, 0, m.start())
    return (
        m["u"] in ("W", "V")
        and m.end("n") == m.start("u")
        and not m["mult"]
        and not (before and before["w"].lower() not in STOP)
    )


_WEIGH_BEFORE = re.compile(
    r"\b(?:weigh(?:s|ed|ing)?|tip(?:s|ped)\s+the\s+scales\s+at|clock(?:s|ed)\s+in\s+at|"
    r"(?:lost|gained|shed|dropped|put\s+on)|heavier|lighter)\b[^.;:!?]{0,25}$",
    re.I,
)
_PAID_FOR = (
    "funding|investment|investments|money|cash|spending|cuts|debt|debts|revenue|savings|"
    "taxpayers|taxpayer’s|taxpayers’|public|profit|profits|losses|damage|damages|fines|aid|"
    "support|income|value|sales|assets|tax|taxes|wages|pay|compensation|bonuses|bills|"
    "business|trade|exports|imports|orders|contracts|shares|stock|credit|loans|budget"
)
_WEIGHED_GOODS_AFTER = re.compile(
    rf"\s+of\s+(?!(?:{_PAID_FOR}|the|a|an|his|her|their|its|our|your|my|this|that|each)\b)[a-z]"
)
"""Goods weighed after "pounds of" ("of cocaine", "of water vapor"), not money spent or
owed ("of funding", "of taxpayers' money")."""


def weighs(text: str, start: int, end: int) -> bool:
    """True when "pounds" at `text[start:end]` weighs: after a verb of weight ("weighed
    243 pounds", "lost 20 pounds") or before goods sold by weight ("200 pounds of
    cocaine"); "cost 200 pounds" and "lost 20 pounds on the deal" stay money."""
    money = re.search(r"[£€$]", text) is not None
    if _WEIGHED_GOODS_AFTER.match(text, end) and not money:
        return True
    before = _WEIGH_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    verb = before[0].split()[0].lower()
    if verb in ("lost", "gained", "dropped", "shed", "put"):
        # "lost 20 pounds on the deal": money
        return not re.match(r"\s+(?:on|in|from|to|for)\b", text[end:]) and not money
    return True

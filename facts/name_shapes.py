"""What the characters around a name say about it, where the NER models read words only:

- a name glued into a web address or a handle names nothing on its own ("apnews.com/Brexit",
  "@Spacedotcom"), and a span stops where a handle starts ("Twitter @Spacedotcom");
- one word after "on" and before a handle that does not spell it names the site the handle
  is on ("on Twitter @Spacedotcom"), not a person ("Mike Wall @michaeldwall" keeps his);
  so does one word after a verb of posting and "on" ("posted on Twitter", "streaming on
  Hulu"): things are posted on a site, not on a person;
- a name written as a domain is the organisation that runs the site ("LiveNation.com");
- a word glued to the stop of the sentence before it opens a sentence ("stress.Click To
  Tweet"), as does a word right after an opening bracket ("(Closed on Sun"): there a
  capital says nothing;
- a common word after a possessive determiner is no name ("save our Country");
- a capitalised word after a product written with a small letter before a capital ("iPad
  Pro", "iPhone 11 Pro Max", "iMac Pro") is the model's, not a name;
- letters, a hyphen and digits are a code ("IL-25", "T-72", "CAC-40"), which CoNLL-2003 never
  marks as a person, an organisation or a place;
- a lawmaker's party and state after a name are no part of it ("Ted Cruz, R-Texas");
- one word with a capital inside that no name prefix explains is a brand ("ZDNet",
  "YouTube", "PayPal"), not a person: people's names put a capital inside only after a short
  prefix ("McGrath", "MacLean", "DeShields", "LeBron", "VanLandingham").

`entities.clean` applies them, with the contact verb it drops before a full name ("Email
Tariq Malik at ...": `entities._contact_verb`, which needs the common-word test).
"""

from __future__ import annotations

import re

_IN_ADDRESS = re.compile(r"(?:[\w-]+\.[a-z]{2,}\S*/|[@#])$")
"""Right before a name: a web address up to a slash, an at sign or a hash (a handle); not a
slash between names ("Bulgaria/Israel")."""
_DOMAIN = re.compile(r"[A-Za-z][\w-]*\.(?:com|org|net|gov|edu|io|co\.uk|co|tv|info)$")
_GLUED_STOP = re.compile(r"[a-z][.!?][\"”’)]*$")
_OPEN_BRACKET = re.compile(r"\(\s*$")
_POSSESSIVE_DETERMINER = re.compile(r"\b(?:our|your|my|his|her|their|its)\s+$", re.IGNORECASE)


def in_an_address(text: str, start: int) -> bool:
    """True when the name at `start` is glued into a web address or a handle."""
    return bool(_IN_ADDRESS.search(text[max(0, start - 200) : start]))


def before_a_handle(surface: str) -> str:
    """The surface up to an at sign or a hash that starts a handle inside it."""
    cut = re.search(r"\s+[@#]", surface)
    return surface[: cut.start()] if cut else surface


_HANDLE_AFTER = re.compile(r"\s*[@](?P<h>\w+)")
_ON_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)


def platform_before_a_handle(text: str, start: int, end: int) -> bool:
    """True for one word after "on" with a handle right after it that does not contain the
    word: the site the handle is on ("on Twitter @Spacedotcom", "on Instagram @nasa")."""
    word = text[start:end]
    handle = _HANDLE_AFTER.match(text, end)
    return (
        " " not in word
        and handle is not None
        and word.lower() not in handle["h"].lower()
        and _ON_BEFORE.search(text, max(0, start - 4), start) is not None
    )


_POSTED_ON = re.compile(
    r"\b(?:post(?:ed|s|ing)?|shared?|sharing|tweet(?:ed|s|ing)?|uploaded|stream(?:ed|s|ing)?"
    r"|available|air(?:ed|s)|live)\s+on\s+$",
    re.IGNORECASE,
)


def platform_posted_on(text: str, start: int, end: int) -> bool:
    """True for one word after a verb of posting and "on": the site ("posted on Twitter",
    "available on Netflix")."""
    return " " not in text[start:end] and bool(_POSTED_ON.search(text, max(0, start - 24), start))


def names_a_platform(text: str, start: int, end: int) -> bool:
    """True when the word at `start` names the site something is posted on, by a handle
    after it or a verb of posting before it."""
    return platform_before_a_handle(text, start, end) or platform_posted_on(text, start, end)


def is_a_domain(surface: str) -> bool:
    """True for a name written as a web domain ("LiveNation.com", "BBC.co.uk")."""
    return " " not in surface and bool(_DOMAIN.fullmatch(surface))


def glued_opening(text: str, start: int) -> bool:
    """True when the word at `start` follows a stop with no space ("stress.Click") or an
    opening bracket ("(Closed"): a capital there is the sentence's or the aside's."""
    before = text[max(0, start - 4) : start]
    return bool(_GLUED_STOP.search(before)) or bool(_OPEN_BRACKET.search(before))


def after_possessive_determiner(text: str, start: int) -> bool:
    """True when "our", "their" and the like come right before `start` ("our Country")."""
    return bool(_POSSESSIVE_DETERMINER.search(text, max(0, start - 8), start))


_CODE = re.compile(r"[A-Z][A-Za-z]{0,4}-\d+[A-Za-z]*")
_PARTY_AND_STATE = re.compile(r",?\s+\(?[RDI]-[A-Z][\w.]*\)?$")


_MODEL_BEFORE = re.compile(r"(?<![\w-])[a-z]{1,2}[A-Z][A-Za-z]*(?: \d+\w*)? $")
"""A product written with a small letter before a capital, maybe with its number ("iPhone
11 "), right before a word."""


def after_a_model_name(text: str, start: int) -> bool:
    """True when the name at `start` follows a product's name of the shape of "iPad" or
    "iPhone 11": it names the model ("iPad Pro", "iPhone 11 Pro Max"), not a person."""
    return bool(_MODEL_BEFORE.search(text, max(0, start - 40), start))


def is_a_code(surface: str) -> bool:
    """True for letters, a hyphen and digits alone ("IL-25", "F-16", "GLP-1")."""
    return _CODE.fullmatch(surface) is not None


def without_party_and_state(surface: str) -> str:
    """The surface without a US lawmaker's party and state after the name ("Ted Cruz,
    R-Texas", "Cory Booker (D-N.J.)")."""
    found = _PARTY_AND_STATE.search(surface)
    return surface[: found.start()] if found else surface


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]")
_NAME_PREFIXED = re.compile(r"(?:[A-Z][a-z]|Mac|Van|Von|Del|Sha|[OD]')[A-Z][a-z]+")
"""A name part with a capital inside after a prefix: "McGrath", "DeAndre", "MacLean"."""


def brand_shape(surface: str) -> bool:
    """True for one word with a capital inside ("ZDNet", "YouTube", "SpaceX") that is no
    prefixed name part ("McCarthy", "DeJesus", "Schultz-McCarthy")."""
    if " " in surface or not _INNER_CAPITAL.search(surface):
        return False
    parts = surface.replace("\u2019", "'").split("-")
    return any(_INNER_CAPITAL.search(p) and not _NAME_PREFIXED.fullmatch(p) for p in parts)

"""Which lines of an article are boilerplate: navigation, bylines, share prompts, comments.

Boilerplate is marked, never deleted: the reader can show it dimmed or hide it, and the
alignment and fact engines skip it. The rules are line-based because extracted article text
keeps page furniture on lines of its own ("Recommended Stories", "11 Comments").
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

# A whole line that is page furniture.
_LINE_PATTERNS = [
    r"recommended( stories| for you| reading)?",
    r"list of \d+ items(\s*end of list)?",
    r"end of list",
    r"related( articles| stories| posts| content| news)?:?",
    r"(more|latest|top|popular|trending) (articles|stories|news|posts)",
    r"read (more|next|also)\b.*",
    r"see also:?",
    r"view the original\.?",
    r"\(?(source|via|credit|photo|image|photograph|picture|illustration|video)s?"
    r"( credit| by)?: .{1,80}",
    r"featured image",
    r"(report\s+)?[\d,]+\s+views",
    r"\d+\s+min(ute)?s?\s+read",
    r"(share|share this|share on \w+|tweet|email|print|copy link)( article| story)?",
    r"(advertisement|sponsored( content)?|ad)",
    r"(sign up|subscribe)\b.{0,80}",
    r"(click|tap) here\b.{0,80}",
    r"(all rights reserved\b|©|\(c\)\s|copyright\b).{0,120}",
    # Wire and agency credits (Reuters, AP, AFP pages).
    r"((additional )?reporting|writing|editing|compiled|research|produced|graphics?) by\b.{0,250}",
    r"our standards: .{0,80}",
    r"this (article|story|post|piece) (was )?(originally|first) (appeared|published|ran|posted)"
    r"( on| in| at)? .{1,80}",
    r".{1,200}\bcontributed( reporting)? to this (report|story|article)\.?",
    r"continue reading( the main story)?",
    r"(more|related) [\w ]{1,30}:",
    r"related: .{1,150}",
    r"topics?: .{0,200}",
    r"follow (him|her|them|us|me) on \w+.{0,80}",
    r"[_=*~\-–—]{2,}",
    r"(by|author:)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}",
    r"(updated|published|posted)( on)?:?\s.{0,60}",
    r"(follow us|join us) on\b.{0,80}",
    r"tags?:.{0,120}",
    r"skip to (main )?content",
    r"(cookie|cookies)\b.{0,120}",
]

# A line that starts the reader-comment section: everything after it is boilerplate too.
_COMMENT_HEADERS = [
    r"[\d,]+\s+comments?",
    r"comments?(\s*\([\d,]+\))?",
    r"leave a (reply|comment)",
    r"(add|post|write) a comment",
    r"please enter your (comment|name)( here)?!?",
    r"(show|view|load) (all )?comments",
    r"reader comments",
    r"discussion",
]

_DATE_LINE = re.compile(
    r"^(?:\w+day,?\s+)?(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}\s+" + _MONTH + r"\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[•|·-].*)?$",
    re.IGNORECASE,
)


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(patterns) + r")\s*$", re.IGNORECASE)


_LINE = _compile(_LINE_PATTERNS)
_COMMENTS = _compile(_COMMENT_HEADERS)
_BYLINE_BULLETS = re.compile(r"[•|·]")


def is_boilerplate_line(line: str) -> bool:
    """True when one line on its own is page furniture."""
    stripped = " ".join(line.split())
    if not stripped:
        return False
    if _LINE.match(stripped) or _COMMENTS.match(stripped):
        return True
    if _DATE_LINE.match(stripped):
        return True
    # Bylines like "June 22nd, 2021 • Author: Justice For Myanmar • 4 minute read".
    return bool(
        _BYLINE_BULLETS.search(stripped)
        and len(stripped) < 160
        and re.search(r"\b(author|by|min(ute)? read|\d{4})\b", stripped, re.IGNORECASE)
    )


_CREDIT = re.compile(
    r"^\s*\(?(photo|photograph|image|picture|credit|illustration|video)s?( credit| by)?:"
    r" .{1,80}$|^.{1,200}\bcontributed( reporting)? to this (report|story|article)\.?$",
    re.IGNORECASE,
)


def is_credit_sentence(sentence: str) -> bool:
    """True for a sentence that is only a photo credit or a contributor line ("Photo: AP",
    "(Credit: Clayton Aldern / Grist)"), which captions often run into."""
    return bool(_CREDIT.match(" ".join(sentence.split())))


def starts_comments(line: str) -> bool:
    """True when a line opens the reader-comment section (comments follow to the end)."""
    return bool(_COMMENTS.match(" ".join(line.split())))


def mark_paragraphs(paragraph_texts: list[str]) -> list[bool]:
    """Flag each paragraph (a line or block of text) as boilerplate or content.

    A comment-section header marks itself and everything after it, provided enough content
    came before it (a "Comments" link at the top of a page is not a thread).
    """
    flags = [is_boilerplate_line(p) if "\n" not in p.strip() else False for p in paragraph_texts]
    words = [len(p.split()) for p in paragraph_texts]
    content = words_before = 0
    for i, p in enumerate(paragraph_texts):
        if content and starts_comments(p):
            after = sum(words[i + 1 :])
            if content >= MIN_CONTENT_BEFORE_COMMENTS or words_before >= after:
                for j in range(i, len(paragraph_texts)):
                    flags[j] = True
                break
        if not flags[i] and words[i] >= 8:
            content += 1
            words_before += words[i]
    return flags


MIN_CONTENT_BEFORE_COMMENTS = 3
"""A comment header starts the thread after this many content paragraphs, or when less text
follows it than came before: near the top it is a link to the comments ("941 comments" under
a BBC headline), not the thread itself."""

"""The alignment result types shared by the engine, the CLI and the TUI.

An `Alignment` says which sentences of N documents say the same thing. Sentences are named
by `SentenceRef(doc, sentence)`: `doc` is the index in `Alignment.documents`, `sentence` the
`Sentence.index` in that document. Links are between single sentences; a 2:1 merge (one long
sentence matching two short ones) is two links that share one end and carry `merged=True`;
each names the other half's sentence in `merged_with`. `Alignment.scorer` names the scorer
that made the links and `Alignment.fallback` why it is not the one asked for, if it is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from readers import Document

LinkKind = Literal["verbatim", "edited", "paraphrase"]
LINK_KINDS: tuple[LinkKind, ...] = ("verbatim", "edited", "paraphrase")


class SentenceRef(NamedTuple):
    """One sentence of one document of an alignment."""

    doc: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Link:
    """Two sentences in different documents that say the same thing. `a.doc < b.doc`."""

    a: SentenceRef
    b: SentenceRef
    score: float
    """Similarity in [0, 1]."""
    kind: LinkKind
    merged: bool = False
    """True when this link is one half of a 1:2 or 2:1 merge."""
    pinned: bool = False
    """True when a person linked these sentences (`compare.corrections`); never cached."""
    merged_with: SentenceRef | None = None
    """For one half of a merge: the sentence joined to this link's end in the same document
    (the two adjacent sentences that together match the other end). None otherwise."""
    partial: bool = False
    """True when the score is that of a clause of one end or both (`compare.clauses`): the
    two sentences state one claim in common, and one or both state more."""

    def other(self, ref: SentenceRef) -> SentenceRef:
        """The end of the link that is not `ref`."""
        return self.b if ref == self.a else self.a


def link_notes(partial: bool, pinned: bool) -> list[str]:
    """What a link's kind and score leave out, as the reports word it: "one clause"
    (`Link.partial`) and "linked by hand" (`Link.pinned`)."""
    return (["one clause"] if partial else []) + (["linked by hand"] if pinned else [])


DiffTag = Literal["equal", "replace", "insert", "delete"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One word-level edit between two linked sentences.

    `a_start:a_end` and `b_start:b_end` are character offsets into the two sentences' texts
    (relative to each sentence, not the document).
    """

    tag: DiffTag
    a_text: str
    b_text: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class WordDiff:
    """Word-level diff between the texts of a linked pair."""

    a: SentenceRef
    b: SentenceRef
    ops: tuple[DiffOp, ...]

    @property
    def changed(self) -> tuple[DiffOp, ...]:
        return tuple(op for op in self.ops if op.tag != "equal")


@dataclass
class Alignment:
    """Everything `compare.align` found about a set of documents."""

    documents: list[Document]
    links: list[Link]
    groups: list[list[SentenceRef]]
    """Transitive clusters of linked sentences, each sorted; groups sorted by first member."""
    similarity: list[list[float]]
    """`similarity[i][j]`: share of document i's content sentences with a counterpart in j."""
    unique: list[SentenceRef]
    """Content (non-boilerplate) sentences with no counterpart in any other document."""
    min_score: float = 0.0
    scorer: str = "lexical"
    """Name of the scorer that made the links ("lexical", "semantic", "hybrid")."""
    fallback: str | None = None
    """When `align(..., scorer="auto")` wanted the semantic scorer but could not run it: the
    one-line reason (the links are then lexical)."""
    _by_ref: dict[SentenceRef, list[Link]] = field(default_factory=dict, repr=False)
    _group_of: dict[SentenceRef, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the lookup tables after `links` or `groups` changed."""
        self._by_ref = {}
        for link in self.links:
            self._by_ref.setdefault(link.a, []).append(link)
            self._by_ref.setdefault(link.b, []).append(link)
        for links in self._by_ref.values():
            links.sort(key=lambda lk: -lk.score)
        self._group_of = {ref: gi for gi, group in enumerate(self.groups) for ref in group}

    def links_of(self, ref: SentenceRef) -> list[Link]:
        """Links touching `ref`, best score first."""
        return self._by_ref.get(ref, [])

    def counterparts(self, ref: SentenceRef) -> list[SentenceRef]:
        """Every other sentence in `ref`'s passage group (all documents) and every sentence
        linked to it directly (a loose link may be left out of the groups), sorted."""
        gi = self._group_of.get(ref)
        group = set() if gi is None else {r for r in self.groups[gi] if r != ref}
        return sorted(group | {link.other(ref) for link in self.links_of(ref)})

    def group_of(self, ref: SentenceRef) -> int | None:
        """Index into `groups` of the passage group holding `ref`."""
        return self._group_of.get(ref)

    def best_link(self, a: SentenceRef, b_doc: int) -> Link | None:
        """The best-scoring link from `a` to a sentence of document `b_doc`."""
        for link in self.links_of(a):
            if link.other(a).doc == b_doc:
                return link
        return None

    def is_unique(self, ref: SentenceRef) -> bool:
        return (
            ref not in self._by_ref
            and not self.documents[ref.doc].sentences[ref.sentence].boilerplate
        )

    def diff(self, link: Link) -> WordDiff:
        """Word-level diff of a linked pair (kept, changed, inserted, deleted words)."""
        from compare.diff import word_diff

        a = self.documents[link.a.doc].sentences[link.a.sentence].text
        b = self.documents[link.b.doc].sentences[link.b.sentence].text
        return WordDiff(link.a, link.b, tuple(word_diff(a, b)))

    def containment(self, i: int, j: int) -> float:
        """How much of document i is contained in j (alias of `similarity[i][j]`)."""
        return self.similarity[i][j]

    def containment_direction(self, i: int, j: int) -> str:
        """Containment in words: "i in j" (i mostly in j), "j in i", "overlap" or "unrelated"."""
        from compare.groups import containment

        return containment(self.similarity, i, j)

"""Which scorer aligns a set of documents: `choose(scorer, documents) -> ScorerChoice`.

`compare.align` accepts a scorer object or a name:

- "lexical" (or None): the built-in `LexicalScorer`;
- "semantic" / "hybrid": the embedding scorers of `compare.semantic`; when the extra or its
  model is missing, `SemanticUnavailable` (exit status 2) propagates: the user asked for it;
- "auto": what the reader, `samestory compare` and `highlights export` use by default — the
  hybrid scorer when its model can run, at any length (`compare.semantic.default_scorer_name`),
  else lexical. If the semantic scorer cannot run,
  now or later while loading its model, the alignment is lexical and `Alignment.fallback`
  says why.

Models are located and loaded by `compare.semantic.make_scorer` only; nothing here knows
about model files.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from compare.scoring import Scorer
from readers import Document

AUTO = "auto"
SCORER_CHOICES = ("auto", "lexical", "semantic", "hybrid")
"""Names `compare.align(..., scorer=NAME)` accepts."""


@dataclass(frozen=True)
class ScorerChoice:
    """The scorer to align with (None: the built-in lexical one), its name, and why the
    semantic scorer is not used when "auto" wanted it."""

    scorer: Scorer | None
    name: str
    fallback: str | None = None


def choose(
    scorer: Scorer | str | None,
    documents: Sequence[Document],
    *,
    model_path: str | os.PathLike[str] | None = None,
) -> ScorerChoice:
    """The scorer for `documents` (see the module docstring). The model is not loaded yet."""
    if scorer is None or scorer == "lexical":
        return ScorerChoice(None, "lexical")
    if not isinstance(scorer, str):
        return ScorerChoice(scorer, scorer.name)
    if scorer not in SCORER_CHOICES:
        raise ValueError(f"unknown scorer {scorer!r}; choose one of {', '.join(SCORER_CHOICES)}")
    from compare.semantic import SemanticUnavailable, make_scorer

    # "auto" asks for the hybrid scorer outright, so that whatever stops it (a missing
    # package, an unusable configured model) comes back as the reason for the fallback.
    name = "hybrid" if scorer == AUTO else scorer
    try:
        made = make_scorer(name, model_path=model_path, load=False, documents=list(documents))
    except SemanticUnavailable as err:
        if scorer != AUTO:
            raise
        return lexical_fallback(err)
    if made is None:
        return ScorerChoice(None, "lexical")
    return ScorerChoice(made, made.name)


def lexical_fallback(reason: Exception | str) -> ScorerChoice:
    """The lexical scorer, standing in for a semantic one that cannot run."""
    return ScorerChoice(None, "lexical", str(reason))

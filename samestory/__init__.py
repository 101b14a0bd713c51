"""samestory: the command line around the engine (`readers`, `compare`, `highlights`) and the TUI."""

__version__ = "0.1.0"

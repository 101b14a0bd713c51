"""`samestory discover` (to be completed)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*")


def run(args: argparse.Namespace) -> int:
    print("samestory: 'discover' is not available yet", file=sys.stderr)
    return 2

"""Build facts/data/us_states_ap.tsv: the Associated Press abbreviations of the US states
("Calif.", "Ore.", "Wash."), which datelines and addresses of US news write after a town
("SEATTLE, Wash. (AP)", "Portland, Ore."), and the state each stands for.

    pip download us==3.2.0 --no-deps -d /tmp/us
    python tools/facts_us_state_ap.py /tmp/us/us-3.2.0-py3-none-any.whl [OUT]

Source: the `ap_abbr` and `name` fields of the state records in `us/states.py` of the PyPI
wheel `us` 3.2.0 (BSD 3-clause licence, Copyright (c) 2014, Sunlight Labs; the notice is
carried in the output file). The wheel is read as text; the package is no dependency. States
whose AP style is the full name ("Alaska", "Ohio") and territories with none are left out.
"""

from __future__ import annotations

import ast
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "facts" / "data" / "us_states_ap.tsv"
MODULE = "us/states.py"
LICENCE = "us-3.2.0.dist-info/LICENSE"


def ap_abbreviations(wheel: Path) -> tuple[list[tuple[str, str]], str]:
    """(AP abbreviation, state name) of every state record with a dotted abbreviation, and the
    wheel's licence text."""
    with zipfile.ZipFile(wheel) as z:
        source = z.read(MODULE).decode("utf-8")
        licence = z.read(LICENCE).decode("utf-8")
    rows = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue  # a record is written State(**{"name": ..., "ap_abbr": ...})
        spread = [k.value for k in node.keywords if k.arg is None and isinstance(k.value, ast.Dict)]
        fields = _literal(spread[0]) if spread else None
        if fields is None:
            continue
        abbr, name = fields.get("ap_abbr"), fields.get("name")
        if isinstance(abbr, str) and isinstance(name, str) and abbr.endswith(".") and abbr != name:
            rows.append((abbr, name))
    if not rows:
        raise ValueError(f"no AP abbreviations found in {wheel}")
    return sorted(set(rows)), licence


def _literal(node: ast.AST) -> dict[str, object] | None:
    """The dict a literal node writes, or None when it holds anything but literals."""
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).is_file():
        print("usage: python tools/facts_us_state_ap.py US_WHEEL [OUT]", file=sys.stderr)
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    rows, licence = ap_abbreviations(Path(argv[0]))
    header = (
        "# abbreviation\tstate: Associated Press abbreviations of the US states, built by\n"
        "# tools/facts_us_state_ap.py from the PyPI wheel us 3.2.0 (us/states.py, ap_abbr).\n#\n"
        + "".join(f"# {line}".rstrip() + "\n" for line in licence.splitlines())
    )
    out.write_text(header + "".join(f"{a}\t{n}\n" for a, n in rows), encoding="utf-8")
    print(f"{len(rows)} abbreviations -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

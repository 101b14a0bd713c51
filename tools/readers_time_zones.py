"""Write readers/data/time_zones.txt: time-zone abbreviations ("EST", "GMT", "CEST"), one per
line, from dateparser's time-zone table (`dateparser.timezones`, BSD-3-Clause).

The segmenter reads the list to keep "at 5 p.m. EST" in one sentence. Run
`python -m tools.readers_time_zones` after upgrading dateparser.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "readers" / "data" / "time_zones.txt"


def abbreviations() -> list[str]:
    """The all-capital abbreviations of dateparser's table, sorted."""
    from dateparser.timezones import timezone_info_list

    names = {name for block in timezone_info_list for name, _ in block["timezones"]}
    return sorted(n for n in names if n.isalpha() and n.isupper())


def main() -> None:
    header = "# Time-zone abbreviations from dateparser's timezone table (BSD-3-Clause).\n"
    OUT.write_text(header + "\n".join(abbreviations()) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

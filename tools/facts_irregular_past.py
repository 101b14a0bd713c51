"""Build facts/data/irregular_past.txt: English verbs' irregular past tenses ("laid", "led",
"built", "sought"), which `facts.date_tense` reads as verbs in the past.

    pip download lemminflect==0.2.3 --no-deps
    python tools/facts_irregular_past.py lemminflect-0.2.3-py3-none-any.whl [OUT]

Source: the inflection table of lemminflect 0.2.3 (`lemminflect/resources/infl_lu.csv.gz`,
MIT licence, Copyright (C) 2019 Brad Jascob; its forms are derived from the NLM SPECIALIST
Lexicon), read from the wheel as data; the package is no dependency. A row `base,verb,past,
participle,-ing,-s` gives the past forms (several are joined by "/"). A form is kept when it
is written in small letters only, is not the base with the regular ending ("walked",
"tried"; "led" and "fled" are kept), does not end in "-ing" or "-s", is not itself the
base form of a verb ("found", "lay", "saw", "fell" are verbs of their own, which a rule may
still name in context), and is no auxiliary (`AUXILIARIES`).
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "facts" / "data" / "irregular_past.txt"
TABLE = "lemminflect/resources/infl_lu.csv.gz"
AUXILIARIES = {
    "did": 'an auxiliary: "did not", "did he" tell no tense of the clause\'s own verb',
    "had": 'an auxiliary: "had planned to", "had said it would" look ahead as often',
}
HEADER = """\
# Irregular past tenses of English verbs, one a line ("laid", "led", "built").
# Built by tools/facts_irregular_past.py from the inflection table of
# lemminflect 0.2.3 (forms derived from the NLM SPECIALIST Lexicon):
#
# The MIT License (MIT)
#
# Copyright (C) 2019 Brad Jascob
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
"""


def verb_rows(wheel: Path) -> list[list[str]]:
    """The table's verb rows: base, "verb", past, participle, -ing, -s."""
    with zipfile.ZipFile(wheel) as zf:
        text = gzip.decompress(zf.read(TABLE)).decode("utf-8")
    return [row for row in csv.reader(io.StringIO(text)) if len(row) > 2 and row[1] == "verb"]


def regular(form: str, base: str) -> bool:
    """True when `form` is `base` with the regular ending ("walked", "hoped", "tried",
    "stopped")."""
    return form in (base + "ed", base + "d", base[:-1] + "ied", base + base[-1:] + "ed")


def irregular_past(rows: list[list[str]]) -> list[str]:
    bases = {row[0] for row in rows}
    forms = {
        form
        for row in rows
        for form in row[2].split("/")
        if form.isalpha()
        and form.islower()
        and not regular(form, row[0])
        and not form.endswith(("ing", "s"))
        and form not in bases
        and form not in AUXILIARIES
    }
    return sorted(forms)


def main(argv: list[str]) -> int:
    if not argv or not zipfile.is_zipfile(argv[0]):
        print(
            "usage: python tools/facts_irregular_past.py LEMMINFLECT_WHEEL [OUT]", file=sys.stderr
        )
        return 2
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    forms = irregular_past(verb_rows(Path(argv[0])))
    out.write_text(HEADER + "\n".join(forms) + "\n", encoding="utf-8")
    print(f"{len(forms)} past forms -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Build facts/data/currencies.tsv: the currency names and signs the figure extractor reads
beyond its own short list ("50 billion won", "2 million naira", "NT$300").

- Names: the last word of each ISO 4217 currency name (through pycountry, LGPL-2.1, its data
  from the ISO 4217 tables of Debian's iso-codes), lower case: "won" (Won, KRW), "naira"
  (Naira, NGN), "ringgit" (Malaysian Ringgit, MYR), "cedi" (Ghana Cedi, GHS). A word that ends
  the names of several currencies ("dollar", "franc", "shilling", "krona") names no one code:
  it is written with the word itself as its unit. Funds, units of account, precious metals and
  testing codes are left out, and so are words of three letters or fewer unless they are a
  currency's whole name ("won" stays), the words
  Recognizers-Text lists as ambiguous, and an adjective or issuer after a currency's word
  ("Rial Omani").
- Signs: the prefixes of Microsoft Recognizers-Text's English `CurrencyPrefixList` (MIT
  licence, `Patterns/English/English-NumbersWithUnit.yaml`) made of one to three letters and
  "$" ("nt$", "b$", "j$"), upper-cased, with the ISO code its `CurrencyNameToIsoCodeMap` gives
  their currency; and the one-character signs of its suffix and prefix lists ("₩" KRW, "₦"
  NGN), a sign two currencies share left out.

Columns: `kind` ("name" or "sign"), the word or sign, the ISO code or the word.

    python tools/facts_currencies.py [--recognizers-git DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.facts_devsets import DEFAULT_RECOGNIZERS, git_show  # noqa: E402

OUT = ROOT / "facts" / "data" / "currencies.tsv"
YAML = "Patterns/English/English-NumbersWithUnit.yaml"
_NOT_MONEY = re.compile(r"fund|unit|gold|silver|platinum|palladium|sdr|code|transactions|bond|"
                        r"wir|sucre|mvdol|uvr|unidad|valor|european|special drawing", re.I)  # fmt: skip


def iso_names(ambiguous: set[str]) -> dict[str, str]:
    """Last word of each ISO 4217 name -> its code; the code of the currency named by the word
    alone ("Won": KRW, not North Korea's) or, when several share the word, the word itself.
    Left out: words of three letters or fewer that are not a currency's whole name ("sum" of
    "Uzbekistan Sum", "leu"; "won" stays), words Recognizers-Text
    lists as ambiguous ("taka", "tala"), and a word after another currency's word ("Rial
    Omani", "Peso Uruguayo", "CFA Franc BEAC": an adjective or an issuer, not the currency)."""
    import pycountry

    currencies = [c for c in pycountry.currencies
                  if not (c.alpha_3.startswith("X") and c.alpha_3 not in ("XAF", "XOF", "XCD"))
                  and not _NOT_MONEY.search(c.name)]  # fmt: skip
    lasts = {c.name.split()[-1].lower() for c in currencies}
    codes: dict[str, set[str]] = defaultdict(set)
    alone: dict[str, str] = {}
    for currency in currencies:
        words = currency.name.lower().split()
        word = words[-1]
        if not word.isalpha() or (len(word) <= 3 and len(words) > 1) or word in ambiguous:
            continue
        if any(w in lasts for w in words[:-1]):
            continue
        codes[word].add(currency.alpha_3)
        if len(words) == 1:
            alone[word] = currency.alpha_3
    return {w: alone.get(w) or (next(iter(c)) if len(c) == 1 else w)
            for w, c in sorted(codes.items())}  # fmt: skip


def _entries(yaml_text: str, section: str) -> dict[str, str]:
    block = yaml_text.split(f"\n{section}:", 1)[1]
    out: dict[str, str] = {}
    for line in block.splitlines()[3:]:
        if line.startswith("#") or line.strip().startswith("#") or not line.strip():
            continue
        m = re.match(r"\s+([^:]+):\s*(.*)$", line)
        if not m or not line.startswith(" "):
            break
        out[m.group(1).strip()] = m.group(2).strip()
    return out


def prefix_signs(yaml_text: str) -> dict[str, str]:
    """Letters-and-"$" prefixes of Recognizers-Text -> ISO code ("NT$" -> "TWD")."""
    prefixes = _entries(yaml_text, "CurrencyPrefixList")
    iso = _entries(yaml_text, "CurrencyNameToIsoCodeMap")
    out: dict[str, str] = {}
    for name, forms in prefixes.items():
        code = iso.get(name, "").split(",")[0].strip()
        for form in forms.split("|"):
            if re.fullmatch(r"[a-z]{1,3}\$", form) and re.fullmatch(r"[A-Z]{3}", code):
                out.setdefault(form.upper(), code)
    return dict(sorted(out.items()))


def symbol_signs(yaml_text: str, names: dict[str, str]) -> dict[str, str]:
    """One-character currency signs (Unicode category Sc) of Recognizers-Text's suffix and
    prefix lists -> ISO code ("₩" -> "KRW", "₦" -> "NGN"): the code its map gives the
    currency, else ISO 4217's for that name ("Philippine peso": PHP), else that of the name's
    last word in `names` ("Korean won": "won", KRW); a sign two currencies share, or whose
    currency has no code, is left out."""
    import pycountry

    iso = {k.lower(): v for k, v in _entries(yaml_text, "CurrencyNameToIsoCodeMap").items()}
    iso.update(
        {c.name.lower(): c.alpha_3 for c in pycountry.currencies if c.name.lower() not in iso}
    )
    found: dict[str, set[str]] = defaultdict(set)
    for section in ("CurrencySuffixList", "CurrencyPrefixList"):
        for name, forms in _entries(yaml_text, section).items():
            code = iso.get(name.lower(), "").split(",")[0].strip()
            code = code or names.get(name.split()[-1].lower(), "")
            for form in forms.split("|"):
                if len(form) == 1 and unicodedata.category(form) == "Sc" and form != "$":
                    found[form].add(code if re.fullmatch(r"[A-Z]{3}", code) else "")
    return {s: next(iter(c)) for s, c in sorted(found.items()) if len(c) == 1 and "" not in c}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recognizers-git", type=Path, default=DEFAULT_RECOGNIZERS)
    args = parser.parse_args()
    yaml_text = git_show(args.recognizers_git, YAML)
    block = yaml_text.split("\nAmbiguousCurrencyUnitList:", 1)[1].split("\n\n", 1)[0]
    ambiguous = set(re.findall(r"^\s+-\s+(\S+)\s*$", block, re.M))
    names = iso_names(ambiguous)
    signs = {**symbol_signs(yaml_text, names), **prefix_signs(yaml_text)}
    lines = ["# kind\tname or sign\tISO 4217 code (or the name when several currencies share it)",
             "# names: ISO 4217 through pycountry; signs: Recognizers-Text CurrencyPrefixList (MIT)",
             "# built by tools/facts_currencies.py"]  # fmt: skip
    lines += [f"name\t{w}\t{c}" for w, c in names.items()]
    lines += [f"sign\t{s}\t{c}" for s, c in signs.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {len(signs)} signs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

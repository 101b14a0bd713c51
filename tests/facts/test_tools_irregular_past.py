"""tools/facts_irregular_past.py: the irregular past tenses of lemminflect's inflection table,
read from a wheel the test builds; regular forms, verbs' own base forms and auxiliaries are
left out."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

from tools import facts_irregular_past as tool

ROWS = """\
lead,verb,led,led,leading,leads
lay,verb,laid,laid,laying,lays
lie,verb,lay/lied,lain,lying,lies
walk,verb,walked,walked,walking,walks
try,verb,tried,tried,trying,tries
stop,verb,stopped,stopped,stopping,stops
find,verb,found,found,finding,finds
found,verb,founded,founded,founding,founds
have,verb,had,had,having,has
build,noun,builds
build,verb,built,built,building,builds
Aaron,noun,Aarons/Aaron
"""


def test_only_irregular_past_tenses_are_kept(tmp_path: Path) -> None:
    wheel = tmp_path / "lemminflect-0.2.3-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(tool.TABLE, gzip.compress(ROWS.encode("utf-8")))
    out = tmp_path / "irregular_past.txt"
    assert tool.main([str(wheel), str(out)]) == 0
    words = [w for w in out.read_text(encoding="utf-8").splitlines() if w and w[0] != "#"]
    # "lay" and "found" are verbs of their own, "had" an auxiliary, the rest regular
    assert words == ["built", "laid", "led"]
    assert "MIT License" in out.read_text(encoding="utf-8")


def test_a_missing_wheel_is_a_usage_error(tmp_path: Path) -> None:
    assert tool.main([str(tmp_path / "none.whl")]) == 2

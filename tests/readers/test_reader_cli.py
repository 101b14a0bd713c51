"""`python -m samestory read ...` in a subprocess: output, every bad-input case, exit codes.

Usage errors (missing file, bad option, folder with nothing readable) exit 2; unreadable
input (binary, empty, undecodable, too large, unreachable URL) exits 1. Either way stderr is
one line naming the source and the reason, and never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from reader_samples import ARTICLE, NEWS_PAGE, serve

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "samestory", "read", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def assert_one_line_error(proc: subprocess.CompletedProcess[str], code: int, *parts: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for part in parts:
        assert part in lines[0], (part, lines[0])


def test_seed_001_json_marks_boilerplate_and_offsets_round_trip() -> None:
    [path] = sorted((ROOT / "corpus" / "belarus-myanmar").glob("001_*.txt"))
    proc = run_cli(str(path.relative_to(ROOT)), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    text = path.read_text(encoding="utf-8")
    assert data["length"] == len(text)
    flags = {s["text"]: s["boilerplate"] for s in data["sentences"]}
    assert flags["Recommended Stories"] is True
    assert flags["Leave a Reply"] is True
    assert sum(flags.values()) == 4
    for s in data["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
    assert data["outlet"] == "Al Jazeera"  # from corpus.toml


def test_text_output_and_stdin() -> None:
    story = "\n".join(ARTICLE) + "\n"
    proc = run_cli("-", stdin=story.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# -\n")
    assert (
        "Lt Gen Tin Maung Win, a senior officer, said the U.S. sanctions would not change the plan."
        in proc.stdout
    )
    data = json.loads(run_cli("-", "--format", "json", stdin=story.encode("utf-8")).stdout)
    assert data["source"] == "-" and len(data["sentences"]) == 4
    assert all(story[s["start"] : s["end"]] == s["text"] for s in data["sentences"])


def test_folder_with_one_bad_file_reads_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n".join(ARTICLE), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02 binary \x00" * 50)
    (tmp_path / "c.html").write_text(NEWS_PAGE, encoding="utf-8")
    proc = run_cli(str(tmp_path), "--format", "json")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert [Path(d["source"]).name for d in data["documents"]] == ["a.txt", "c.html"]
    assert proc.stderr.strip() == f"samestory: skipped {tmp_path / 'b.txt'}: binary file, not text"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary file, not text"),
        ("empty.txt", b"", "empty file"),
        ("latin.txt", bytes(range(0x80, 0x100)) * 20, "undecodable bytes"),
        ("scan.pdf", None, "no text layer (scanned PDF?)"),
        ("noise.html", b"<html>\x00\x9f\x00\x13" * 200, "binary file, not text"),
        ("noise.epub", b"\x00\x9f\x00\x13" * 200, "not a valid epub file"),
        ("noise.pdf", b"%PDF-1.7\n\x00\x9f\x00\x13" * 200, "not a readable PDF"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.count(".") == 1 and len(v) < 20 else "",
)
def test_unreadable_input_exits_1(
    tmp_path: Path, name: str, data: bytes | None, reason: str
) -> None:
    if data is None:
        from reader_samples import make_scanned_pdf

        data = make_scanned_pdf()
    path = _write(tmp_path, name, data)
    assert_one_line_error(run_cli(str(path)), 1, f"samestory: {path}: ", reason)


def test_fifty_megabyte_file_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    assert_one_line_error(
        run_cli(str(path)), 1, str(path), "file too large (52.4 MB; the limit is 20 MiB)"
    )


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_one_line_error(run_cli(str(missing)), 2, f"{missing}: no such file or directory")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    proc = run_cli(str(tmp_path))  # a folder of unreadable files is unreadable input: 1
    assert_one_line_error(
        proc, 1, str(tmp_path), "no readable documents in this folder", "empty.txt: empty file"
    )
    proc = run_cli(str(missing), "--format", "yaml")
    assert proc.returncode == 2 and "invalid choice: 'yaml'" in proc.stderr


def test_urls_that_fail_exit_1() -> None:
    routes = {
        "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        "/slow": (200, "text/plain", b"Too late."),
        "/story": (200, "text/html; charset=utf-8", NEWS_PAGE.encode("utf-8")),
    }
    with serve(routes) as base:
        assert_one_line_error(
            run_cli(f"{base}/missing"), 1, f"{base}/missing: HTTP error 404 Not Found"
        )
        assert_one_line_error(
            run_cli(f"{base}/photo.png"), 1, "not a text document (content type image/png)"
        )
        assert_one_line_error(
            run_cli(f"{base}/slow", "--timeout", "0.5"), 1, f"{base}/slow: timed out after 0.5 s"
        )
        ok = run_cli(f"{base}/story", "--format", "json")
        assert ok.returncode == 0 and json.loads(ok.stdout)["url"] == f"{base}/story"

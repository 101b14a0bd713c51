"""Check that a refactor leaves the engine's machine output byte-identical.

Runs `samestory compare --format json`, `samestory facts --format json` and
`samestory discover --json` on the seed corpus (corpus/belarus-myanmar/) and on small
benchmark corpora (a synthetic discovery corpus from `tools/discovery_synthetic.py` and a
two-edition text pair from `benchmarks/align_synth.py`), once with the code of a git revision
and once with the working tree, and reports which outputs are byte-identical.

    python tools/check_identical.py --rev 69034b1            # revision vs working tree
    python tools/check_identical.py --save /tmp/before        # keep the working tree's outputs
    python tools/check_identical.py --save /tmp/before --rev 69034b1   # ... or a revision's
    python tools/check_identical.py --against /tmp/before     # saved outputs vs working tree
    python tools/check_identical.py --rev HEAD --only compare readers/words.py
                                        # HEAD vs HEAD with just these working-tree files
    python tools/check_identical.py --rev 3feefdb --after /tmp/tree   # vs another tree
    python tools/check_identical.py --rev 69034b1 --scorer lexical --scorer hybrid

A revision is unpacked with `git archive` into a temporary folder (the repository is only
read) and run with the same interpreter, its folder first on `PYTHONPATH`. The benchmark
corpora are written once and shared by both runs (a saved run keeps its copy), so a change in
the generators does not show up as a difference. Every run gets a fresh, empty
`SAMESTORY_CACHE_DIR`. The wall-clock timings in discover's JSON are blanked before comparing
(they differ from run to run); everything else is compared byte for byte. Exit status 0 when
everything is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "belarus-myanmar"
SCORERS = ("lexical",)


def make_corpora(folder: Path) -> dict[str, Path]:
    """Write the benchmark corpora under `folder`; return name -> corpus folder."""
    sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
    from align_synth import Generator  # type: ignore[import-not-found]

    from tools.discovery_synthetic import make_corpus

    corpora = {"seed": folder / "seed"}
    shutil.copytree(SEED, corpora["seed"])
    synthetic = folder / "synthetic"
    synthetic.mkdir()
    make_corpus(40, seed=7).write(synthetic)
    corpora["synthetic"] = synthetic
    pair = folder / "pair"
    pair.mkdir()
    gen = Generator(seed=3)
    edition = gen.rewrite(gen.base(400))
    (pair / "a.txt").write_text(" ".join(edition.a) + "\n", encoding="utf-8")
    (pair / "b.txt").write_text(" ".join(edition.b) + "\n", encoding="utf-8")
    corpora["pair"] = pair
    return corpora


def commands(corpus: Path, out: Path, scorers: Sequence[str]) -> dict[str, list[str]]:
    """Output name -> samestory arguments (a discover run writes its JSON to `out`)."""
    runs: dict[str, list[str]] = {}
    for scorer in scorers:
        runs[f"compare-{scorer}.json"] = [
            "compare",
            str(corpus),
            "--format",
            "json",
            "--no-cache",
            "--scorer",
            scorer,
        ]
    runs["facts.json"] = ["facts", str(corpus), "--format", "json"]
    runs["discover.json"] = ["discover", str(corpus), "--json", str(out), "-q", "--workers", "1"]
    return runs


def run_all(code: Path, corpora: dict[str, Path], dest: Path, scorers: Sequence[str]) -> None:
    """Run every command with the code in `code`; write each output to `dest/<corpus>/<name>`."""
    for name, corpus in corpora.items():
        (dest / name).mkdir(parents=True, exist_ok=True)
        for output, args in commands(corpus, dest / name / "discover.json", scorers).items():
            with tempfile.TemporaryDirectory(prefix="samestory-cache-") as cache:
                env = dict(os.environ, SAMESTORY_CACHE_DIR=cache, PYTHONHASHSEED="0")
                env["PYTHONPATH"] = os.pathsep.join(
                    [str(code), *filter(None, [os.environ.get("PYTHONPATH")])]
                )
                proc = subprocess.run(
                    [sys.executable, "-m", "samestory", *args],
                    cwd=code,
                    env=env,
                    capture_output=True,
                )
            target = dest / name / output
            if output == "discover.json":
                if target.exists():
                    target.write_bytes(_without_timings(target.read_bytes()))
            else:
                target.write_bytes(proc.stdout)
            (dest / name / f"{output}.status").write_text(
                f"{proc.returncode}\n{proc.stderr.decode('utf-8', 'replace')[-2000:]}",
                encoding="utf-8",
            )
            last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            print(
                f"  {name}/{output}: exit {proc.returncode} {''.join(last)[:200]}", file=sys.stderr
            )


def _without_timings(data: bytes) -> bytes:
    """`discover --json` with its wall-clock figures ("seconds", "stage_seconds") blanked."""
    data = re.sub(rb'("seconds": )[0-9.e+-]+', rb"\1null", data)
    return re.sub(rb'("stage_seconds": )\{[^}]*\}', rb"\1null", data)


def unpack(rev: str, folder: Path) -> Path:
    """The tree of `rev` as files under `folder` (git archive: the repository is only read)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _overlay(source: Path, target: Path) -> None:
    """Copy a working-tree file or folder over the unpacked revision (a missing one is removed)."""
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
    elif source.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    elif target.exists():
        target.unlink()


def differences(before: Path, after: Path) -> list[str]:
    """One line per output: identical, or where the two differ."""
    lines = []
    for old in sorted(p for p in before.rglob("*") if p.is_file() and p.suffix == ".json"):
        rel = old.relative_to(before)
        new = after / rel
        if not new.exists():
            lines.append(f"MISSING   {rel}")
        elif old.read_bytes() == new.read_bytes():
            size = len(old.read_bytes())
            status = (old.parent / f"{old.name}.status").read_text(encoding="utf-8")[:1]
            lines.append(f"identical {rel} ({size} bytes, exit {status})")
        else:
            a, b = old.read_bytes(), new.read_bytes()
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
            at = min(len(a), len(b)) if at is None else at
            lines.append(
                f"DIFFERENT {rel}: {len(a)} vs {len(b)} bytes, first difference at byte {at}: "
                f"{a[max(0, at - 40) : at + 40]!r} vs {b[max(0, at - 40) : at + 40]!r}"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", help="git revision to compare the working tree against (or save)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--against", type=Path, help="folder of outputs saved with --save")
    where.add_argument(
        "--save", type=Path, help="save the outputs (of --rev, else the working tree) here"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="PATH",
        help="with --rev: the 'after' run is the revision plus only these files (or folders) of "
        "the working tree, so other work in progress does not show up as differences",
    )
    parser.add_argument(
        "--after",
        type=Path,
        metavar="DIR",
        help="run the 'after' side with the code in DIR instead of the working tree",
    )
    parser.add_argument(
        "--scorer",
        action="append",
        choices=["lexical", "semantic", "hybrid"],
        help="compare scorer(s) to run (default: lexical)",
    )
    args = parser.parse_args(argv)
    if not (args.rev or args.against or args.save) or (args.rev and args.against):
        parser.error("give --rev REV, --against FOLDER, or --save FOLDER [--rev REV]")
    scorers = args.scorer or list(SCORERS)
    with tempfile.TemporaryDirectory(prefix="samestory-identical-") as tmp:
        work = Path(tmp)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            corpora = make_corpora(args.save / "corpora")
            code = ROOT
            if args.rev:
                (work / "before").mkdir()
                code = unpack(args.rev, work / "before")
            run_all(code, corpora, args.save / "outputs", scorers)
            print(f"saved to {args.save}")
            return 0
        if args.against:
            before = args.against / "outputs"
            corpora = {p.name: p for p in sorted((args.against / "corpora").iterdir())}
        else:
            corpora = make_corpora(work / "corpora")
            (work / "before").mkdir()
            code = unpack(args.rev, work / "before")
            before = work / "outputs-before"
            print(f"running {args.rev}", file=sys.stderr)
            run_all(code, corpora, before, scorers)
        after = work / "outputs-after"
        code = args.after.resolve() if args.after else ROOT
        if args.only:
            code = work / "after"
            code.mkdir()
            unpack(args.rev, code)
            for path in args.only:
                _overlay(ROOT / path, code / path)
        print(f"running {'the working tree' if code == ROOT else code}", file=sys.stderr)
        run_all(code, corpora, after, scorers)
        lines = differences(before, after)
    print("\n".join(lines))
    return 0 if all(line.startswith("identical") for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())

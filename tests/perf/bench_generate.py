"""Time to generate the shipped bank, and time and peak memory to import a 1 MB document.

Run: ``.venv/bin/python tests/perf/bench_generate.py``.
Targets: generating the shipped bank < 1 s; importing 1 MB of text < 30 s and < 300 MB.

The shipped bank is built in-process (median of several runs, the pipeline alone) and by the
real ``factdeck generate`` command in a child process (interpreter start-up and writing
included), with its modules' cached bytecode and without it (each run on a fresh copy of the
package that writes no bytecode, as the first start after installing or updating is); the wall
time is what a user waits, the CPU time (user + system) what the command costs on a busy
machine. The 1 MB document is the encyclopedia-style test article repeated with its years
shifted in each copy, so every copy's sentences (and candidate facts) are distinct; it is
imported by the real ``factdeck import`` command in a child process, whose peak resident memory
is read from ``getrusage(RUSAGE_CHILDREN)``.

A second document is hostile: 200 lines of 10,000 characters of the article's words and
numbers with no sentence end, the most lines of that length the import accepts in 2 MB. Each
line is one "sentence"; the work per sentence must stay bounded, so this takes about as long as
any other text of its size. A third is the 1 MB document on one line, as a PDF copy comes:
it is read as paragraphs split at its sentence ends. Readings that once went quadratic on one
long line (a chain of "of" places, a name written thousands of times) are timed in-process.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import factdeck
from factdeck.generate.curated import load_curated
from factdeck.generate.gates import one_of_several_memberships
from factdeck.generate.pipeline import build_bank
from factdeck.generate.questions import _written_alone, titled_forms
from factdeck.paths import DEFAULT_FACTS, DEFAULT_SOURCES

ARTICLE = Path(__file__).parents[1] / "fixtures" / "generate" / "suez_canal.txt"
TARGET_BYTES = 1_000_000
RUNS = 5
YEARS = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def one_megabyte_text() -> str:
    """The article repeated with each copy's years shifted back, until it reaches 1 MB."""
    article = ARTICLE.read_text(encoding="utf-8")
    parts: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        shift = len(parts)
        shifted = YEARS.sub(lambda m, shift=shift: str(int(m[1]) - shift), article)
        parts.append(shifted)
        size += len(shifted.encode("utf-8")) + 2
    return "\n\n".join(parts)


FIXTURES = sorted(ARTICLE.parent.glob("*.txt"))


def many_names_text() -> str:
    """The test articles repeated to 1 MB, each copy's names made its own ("Suez" becomes
    "Suezab", then "Suezac"...) and its years shifted: a long book names thousands of people
    and places, and the work per name, unlike a repeated article, grows with them."""
    articles = [path.read_text(encoding="utf-8") for path in FIXTURES]
    lower = {w for text in articles for w in re.findall(r"\b[a-z][a-z]+\b", text)}
    names = re.compile(r"\b[A-Z][a-z]{3,}\b")
    parts: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        copy = len(parts)
        tag = "".join(chr(ord("a") + (copy // 26**k) % 26) for k in (1, 0))

        def renamed(match: re.Match[str], tag: str = tag) -> str:
            word = match[0]
            return word if word.lower() in lower else word + tag

        text = articles[copy % len(articles)]
        text = YEARS.sub(lambda m, shift=copy: str(int(m[1]) - shift % 300), text)
        parts.append(names.sub(renamed, text))
        size += len(parts[-1].encode("utf-8")) + 2
    return "\n\n".join(parts)


LONG_LINES, LONG_LINE_CHARS = 200, 10_000


def long_lines_text() -> str:
    """Lines of the article's words and numbers, without a single full stop."""
    words = re.findall(r"[\w’'-]+", ARTICLE.read_text(encoding="utf-8"))
    lines: list[str] = []
    at = 0
    for _ in range(LONG_LINES):
        line: list[str] = []
        size = 0
        while size < LONG_LINE_CHARS - 20:
            word = words[at % len(words)]
            line.append(word)
            size += len(word) + 1
            at += 1
        lines.append(" ".join(line)[: LONG_LINE_CHARS - 1])
    return "\n".join(lines)


def time_in_process() -> float:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        build_bank(DEFAULT_SOURCES, load_curated(DEFAULT_FACTS))
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def long_line_rows() -> list[tuple[str, str, str]]:
    """Time in-process of the readings that went quadratic on one long line: a chain of
    3,000 "of" places read again from each "of" (``one_of_several_memberships``), and a name
    written thousands of times on a line whose start was read again for each of them (a
    title before it, ``titled_forms``; a name word before it, ``_written_alone``)."""
    told = "Orm was a member of the Kell Guild."
    chain = "Orm lived in " + "Tarnby of " * 3000 + "Lund, where Ivo Rask joined the Lund Society."
    names = "Kell Ana Holm, Orvan Vik, Lida Holm (Ana Holm) " * 800 + "(Ana Holm)."
    listed = "Kell Ana Holm, " * 4000
    readings: list[tuple[str, Callable[[], object], str]] = [
        (
            'chain of 3,000 "of" places (memberships)',
            lambda: one_of_several_memberships(
                "Orm was a member of which body?", "Kell Guild", [told, chain]
            ),
            "< 1 s",
        ),
        (
            f"title before a name, {len(names) // 1000} KB line",
            lambda: titled_forms("Ana Holm", [names]),
            "",
        ),
        (
            f"name written alone, {len(listed) // 1000} KB line",
            lambda: _written_alone("Holm", [listed]),
            "",
        ),
    ]
    rows: list[tuple[str, str, str]] = []
    for label, reading, target in readings:
        start = time.perf_counter()
        reading()
        rows.append((label, f"{(time.perf_counter() - start) * 1000:.0f} ms", target))
    return rows


def run_command(
    args: list[str], accepted: tuple[int, ...] = (0,), env: dict[str, str] | None = None
) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "factdeck", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    elapsed = time.perf_counter() - start
    if result.returncode not in accepted:
        raise SystemExit(f"factdeck {' '.join(args)} failed:\n{result.stderr}")
    return elapsed, result


def time_generate_command(folder: Path, *, bytecode: bool) -> tuple[float, float]:
    """Median wall and CPU seconds of ``factdeck generate`` in a child process over ``RUNS``
    runs: with the package's cached bytecode (written by a first run left untimed), or without
    (each run imports a fresh copy of the package and writes no bytecode)."""
    args = ["generate", "--sources", str(DEFAULT_SOURCES), "--facts", str(DEFAULT_FACTS)]
    args += ["--out", str(folder / "bank.json")]
    package = Path(factdeck.__file__).parent
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    if bytecode:
        run_command(args, env=env)
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(RUNS):
        run_env = env
        fresh = folder / "fresh"
        if not bytecode:
            shutil.copytree(
                package, fresh / "factdeck", ignore=shutil.ignore_patterns("__pycache__")
            )
            run_env = {**env, "PYTHONPATH": str(fresh), "PYTHONDONTWRITEBYTECODE": "1"}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        elapsed, _ = run_command(args, env=run_env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(elapsed)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        shutil.rmtree(fresh, ignore_errors=True)
    return statistics.median(walls), statistics.median(cpus)


def import_rows(document: Path, deck: Path, name: str, what: str) -> list[tuple[str, str, str]]:
    """Time ``factdeck import`` of ``document`` as the deck ``name``: its row and the deck."""
    elapsed, result = run_command(
        ["import", str(document), "--deck", name, "--out", str(deck), "--force"]
    )
    size_mb = document.stat().st_size / 1_000_000
    return [
        (f"factdeck import ({size_mb:.2f} MB {what})", f"{elapsed:.1f} s", "< 30 s"),
        ("  deck", result.stdout.splitlines()[0].split(": ", 1)[1], ""),
    ]


def main() -> None:
    rows: list[tuple[str, str, str]] = []
    rows.append(
        ("generate shipped bank (pipeline, median)", f"{time_in_process() * 1000:.0f} ms", "< 1 s")
    )
    rows += long_line_rows()
    with tempfile.TemporaryDirectory() as folder:
        for bytecode, label in ((True, "cached bytecode"), (False, "no cached bytecode")):
            wall, cpu = time_generate_command(Path(folder), bytecode=bytecode)
            target = "< 1 s" if bytecode else ""
            rows.append((f"factdeck generate, {label} (median)", f"{wall * 1000:.0f} ms", target))
            rows.append(("  CPU time (user + system)", f"{cpu * 1000:.0f} ms", ""))
        document = Path(folder) / "big.txt"
        document.write_text(one_megabyte_text(), encoding="utf-8")
        deck = Path(folder) / "big.json"
        elapsed, result = run_command(
            ["import", str(document), "--deck", "Big", "--out", str(deck)]
        )
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        size_mb = document.stat().st_size / 1_000_000
        rows.append((f"factdeck import ({size_mb:.2f} MB text)", f"{elapsed:.1f} s", "< 30 s"))
        rows.append(("  peak memory (max RSS)", f"{peak_kib / 1024:.0f} MB", "< 300 MB"))
        summary = result.stdout.splitlines()[0].split(": ", 1)[1]
        rows.append(("  deck", summary, ""))
        named = Path(folder) / "many-names.txt"
        named.write_text(many_names_text(), encoding="utf-8")
        rows += import_rows(named, deck, "Many names", "of many names")
        hostile = Path(folder) / "long-lines.txt"
        hostile.write_text(long_lines_text(), encoding="utf-8")
        size_mb = hostile.stat().st_size / 1_000_000
        elapsed, result = run_command(
            ["import", str(hostile), "--deck", "Long lines", "--out", str(deck), "--force"],
            accepted=(0, 2),  # 2: no sentence to ask about, a clear message
        )
        rows.append(
            (
                f"factdeck import ({size_mb:.2f} MB, {LONG_LINES} lines, no full stop)",
                f"{elapsed:.1f} s",
                "< 30 s",
            )
        )
        outcome = (result.stdout or result.stderr).strip().splitlines()[-1]
        rows.append(("  outcome", outcome[:60], ""))
        one_line = Path(folder) / "one-line.txt"
        one_line.write_text(" ".join(document.read_text(encoding="utf-8").split()), "utf-8")
        rows += import_rows(one_line, deck, "One line", "on one line")
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'result':>10}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>10}  {target}")


if __name__ == "__main__":
    main()

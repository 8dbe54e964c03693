"""How long the ``saidwhen`` command takes, end to end, hyperfine-style.

Each command runs once to warm the file cache, then ``--runs`` times; the figures are the
minimum, median and maximum wall-clock seconds of those runs, and the median CPU seconds (user
and system) the command used, which a busy machine inflates far less than the wall clock.
Measured: ``saidwhen --help``, ``saidwhen timeline --actor ...`` against a running embedded
store holding the example corpus, and ``saidwhen extract`` of a one-sentence file (spaCy
loads, no database).

Run: ``python -m bench.cli_speed [--runs 10] [--compare OTHER/bin/saidwhen]``. It uses a
scratch data folder, starts the embedded store there with ``saidwhen db start``, loads
``examples/corpus`` and stops the store at the end; it prints the table on stdout. With
``--compare``, another installation's ``saidwhen`` (another checkout's venv) runs on the same
store, its runs alternating with this one's, so that both see the same load on a busy machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAIDWHEN = str(Path(sys.executable).with_name("saidwhen"))
SHORT_ARTICLE = "Ada Brook said on Monday that the harbour bill would pass.\n"
ACTOR = "Mark Zuckerberg"


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run; a failing run stops the measurement."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def time_alternately(
    executables: list[str], arguments: list[str], env: dict[str, str], runs: int
) -> dict[str, list[tuple[float, float]]]:
    """Each executable's (wall, CPU) seconds over ``runs`` rounds, after one unmeasured round."""
    seconds: dict[str, list[tuple[float, float]]] = {executable: [] for executable in executables}
    for executable in executables:
        run_once([executable, *arguments], env)
    for _ in range(runs):
        for executable in executables:
            seconds[executable].append(run_once([executable, *arguments], env))
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs per command")
    parser.add_argument("--compare", help="another installation's saidwhen, measured alongside")
    args = parser.parse_args()
    executables = [SAIDWHEN, *([args.compare] if args.compare else [])]
    with tempfile.TemporaryDirectory(prefix="saidwhen-cli-speed-") as scratch:
        env = {**os.environ, "SAIDWHEN_DATA_DIR": str(Path(scratch, "data"))}
        env.pop("SAIDWHEN_NEO4J_URI", None)
        article = Path(scratch, "short.txt")
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        corpus = [str(ROOT / "examples" / "corpus"), "--gazetteer"]
        corpus.append(str(ROOT / "examples" / "gazetteer.yaml"))
        commands = {
            "saidwhen --help": ["--help"],
            f"saidwhen timeline --actor '{ACTOR}'": ["timeline", "--actor", ACTOR],
            "saidwhen extract short.txt": ["extract", str(article)],
        }
        subprocess.run([SAIDWHEN, "db", "start"], env=env, check=True, capture_output=True)
        try:
            subprocess.run([SAIDWHEN, "load", *corpus], env=env, check=True, capture_output=True)
            figures = {
                name: time_alternately(executables, arguments, env, args.runs)
                for name, arguments in commands.items()
            }
        finally:
            subprocess.run([SAIDWHEN, "db", "stop"], env=env, check=True, capture_output=True)
    load = os.getloadavg()[0]
    print(
        f"{args.runs} runs each after one warm-up; load average {load:.1f}; {os.cpu_count()} cores"
    )
    print("| command | saidwhen | min | median | max | CPU, median |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, by_executable in figures.items():
        for executable, runs in by_executable.items():
            wall = [seconds for seconds, _ in runs]
            cpu = statistics.median(seconds for _, seconds in runs)
            print(
                f"| `{name}` | {executable} | {min(wall):.2f} s | {statistics.median(wall):.2f} s "
                f"| {max(wall):.2f} s | {cpu:.2f} s |"
            )


if __name__ == "__main__":
    main()

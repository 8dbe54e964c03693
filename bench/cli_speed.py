"""How long the ``saidwhen`` command takes, end to end, hyperfine-style.

Each command runs once to warm the file cache, then ``--runs`` times; the figures are the
minimum, median and maximum wall-clock seconds of those runs. Measured: ``saidwhen --help``,
``saidwhen timeline --actor ...`` against a running embedded store holding the example
corpus, and ``saidwhen extract`` of a one-sentence file (spaCy loads, no database).

Run: ``python -m bench.cli_speed [--runs 10]``. It uses a scratch data folder, starts the
embedded store there with ``saidwhen db start``, loads ``examples/corpus`` and stops the
store at the end; it prints the table on stdout.
"""

from __future__ import annotations

import argparse
import os
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


def time_runs(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Wall-clock seconds of each run, after one unmeasured run; a failing run stops it."""
    subprocess.run(command, env=env, check=True, capture_output=True)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs per command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="saidwhen-cli-speed-") as scratch:
        env = {**os.environ, "SAIDWHEN_DATA_DIR": str(Path(scratch, "data"))}
        env.pop("SAIDWHEN_NEO4J_URI", None)
        article = Path(scratch, "short.txt")
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        corpus = [str(ROOT / "examples" / "corpus"), "--gazetteer"]
        corpus.append(str(ROOT / "examples" / "gazetteer.yaml"))
        commands = {
            "saidwhen --help": [SAIDWHEN, "--help"],
            f"saidwhen timeline --actor '{ACTOR}'": [SAIDWHEN, "timeline", "--actor", ACTOR],
            "saidwhen extract short.txt": [SAIDWHEN, "extract", str(article)],
        }
        subprocess.run([SAIDWHEN, "db", "start"], env=env, check=True, capture_output=True)
        try:
            subprocess.run([SAIDWHEN, "load", *corpus], env=env, check=True, capture_output=True)
            figures = {
                name: time_runs(command, env, args.runs) for name, command in commands.items()
            }
        finally:
            subprocess.run([SAIDWHEN, "db", "stop"], env=env, check=True, capture_output=True)
    load = os.getloadavg()[0]
    print(
        f"{args.runs} runs each after one warm-up; load average {load:.1f}; {os.cpu_count()} cores"
    )
    print("| command | min | median | max |")
    print("| --- | --- | --- | --- |")
    for name, seconds in figures.items():
        print(
            f"| `{name}` | {min(seconds):.2f} s | {statistics.median(seconds):.2f} s "
            f"| {max(seconds):.2f} s |"
        )


if __name__ == "__main__":
    main()

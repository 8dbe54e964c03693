"""Archive scale, measured: ``extract-archive`` on a Dask local cluster of 1 and 2 workers, the
cold start through neo4j-admin, and ``saidwhen load`` of the same articles into Neo4j.

Each step runs the real command line in a child process on the same generated articles
(bench/generator.py) and prints one line of figures; the load average before and after is
printed too, since the machine is shared.

    python -m bench.archive_speed --articles 10000 [--workers 1,2] [--density realistic]
        [--load-articles N] [--scratch DIR] [--no-load] [--no-import]

``--load-articles`` loads only the first N articles with ``saidwhen load`` (a load of the whole
archive can take hours; its rate is per article either way). Each extract-archive run also prints
the peak memory of the command's own process (it holds the shared graph and the claims index) and
of its workers together, sampled every half second.
"""

from __future__ import annotations

import argparse
import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from bench.generator import ARTICLES_PER_FILE, ensure_corpus, gazetteer_path
from bench.progress import progress
from graph.archive_files import counts

SAIDWHEN = str(Path(sys.executable).parent / "saidwhen")


def timed(command: list[str], environment: dict[str, str] | None = None) -> float:
    """Seconds ``command`` took; its output goes to stderr, a failure stops the run."""
    return timed_with_memory(command, environment)[0]


def timed_with_memory(
    command: list[str], environment: dict[str, str] | None = None
) -> tuple[float, int, int]:
    """Seconds ``command`` took, and the peak resident bytes of its own process and of its
    descendants together (sampled); a failure stops the run."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=environment, stdout=sys.stderr)
    peaks = [0, 0]
    done = threading.Event()

    def sample() -> None:
        process = psutil.Process(child.pid)
        while not done.wait(0.5):
            try:
                own = process.memory_info().rss
                below = sum(p.memory_info().rss for p in process.children(recursive=True))
            except psutil.Error:
                continue
            peaks[0], peaks[1] = max(peaks[0], own), max(peaks[1], below)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = child.wait()
    done.set()
    sampler.join()
    if code:
        raise subprocess.CalledProcessError(code, command)
    return time.perf_counter() - started, peaks[0], peaks[1]


def children_cpu() -> float:
    """CPU seconds of the finished child processes and theirs (Dask's workers among them)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--density", choices=("dense", "realistic"), default="dense")
    parser.add_argument("--load-articles", type=int, help="articles `saidwhen load` loads")
    parser.add_argument("--scratch", type=Path, help="folder for the runs (default: a new one)")
    parser.add_argument("--no-load", action="store_true", help="leave out `saidwhen load`")
    parser.add_argument("--no-import", action="store_true", help="leave out `db import`")
    args = parser.parse_args()
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="saidwhen-archive-"))
    files = ensure_corpus(args.articles, density=args.density)
    gazetteer = ["--gazetteer", str(gazetteer_path(files))]
    inputs = [str(path) for path in files] + gazetteer
    articles = len(files) * ARTICLES_PER_FILE
    print(
        f"{articles:,} articles ({args.density}); {os.cpu_count()} cores; "
        f"load average before: {load_average()}"
    )
    out = scratch / "out"
    for workers in [int(value) for value in args.workers.split(",")]:
        shutil.rmtree(out, ignore_errors=True)
        progress(f"extract-archive, {workers} worker(s)")
        cpu = children_cpu()
        seconds, own, below = timed_with_memory(
            [SAIDWHEN, "extract-archive", *inputs, "--out", str(out), "--workers", str(workers)]
        )
        cpu = children_cpu() - cpu
        print(
            f"extract-archive, {workers} worker(s): {seconds:.0f} s, "
            f"{articles / seconds:.1f} articles/s, {1000 * cpu / articles:.0f} ms of CPU an "
            f"article in all processes; peak memory {own / 2**20:,.0f} MiB in the command, "
            f"{below / 2**20:,.0f} MiB in its workers (load average {load_average()})"
        )
    claims = counts(out)["Claim"]
    print(f"{claims:,} claims extracted ({claims / articles:.1f} an article)")
    if not args.no_import:
        import_into_neo4j(out, scratch, claims)
    if not args.no_load:
        loaded = files[: -(-(args.load_articles or articles) // ARTICLES_PER_FILE)]
        load_into_neo4j(
            [str(path) for path in loaded] + gazetteer,
            scratch,
            len(loaded) * ARTICLES_PER_FILE,
            round(claims * len(loaded) / len(files)),
        )
    print(f"load average after: {load_average()}")


def import_into_neo4j(out: Path, scratch: Path, claims: int) -> None:
    from tools import neo4j_admin, neo4j_server

    admin = neo4j_admin.build()
    home = scratch / "imported"
    shutil.rmtree(home, ignore_errors=True)
    progress("db import")
    command = [SAIDWHEN, "db", "import", str(out), "--neo4j-home", str(home)]
    seconds = timed([*command, "--neo4j-admin", str(admin)])
    with neo4j_server.start(home, password=secrets.token_urlsafe(16), timeout=600) as server:
        progress("db init")
        init = timed([SAIDWHEN, "db", "init"], neo4j_environment(server, scratch))
    print(
        f"db import: {seconds:.0f} s, {claims / seconds:,.0f} claims/s; db init after it "
        f"{init:.0f} s (load average {load_average()})"
    )


def load_into_neo4j(inputs: list[str], scratch: Path, articles: int, claims: int) -> None:
    from tools import neo4j_server

    home = scratch / "loaded"
    shutil.rmtree(home, ignore_errors=True)
    with neo4j_server.start(home, password=secrets.token_urlsafe(16), timeout=600) as server:
        environment = neo4j_environment(server, scratch)
        timed([SAIDWHEN, "db", "init"], environment)
        progress("saidwhen load")
        seconds = timed([SAIDWHEN, "load", *inputs, "--workers", "2"], environment)
    print(
        f"saidwhen load of {articles:,} articles into Neo4j (2 extraction workers): "
        f"{seconds:.0f} s, {articles / seconds:.1f} articles/s, about "
        f"{claims / seconds:,.0f} claims/s "
        f"(load average {load_average()})"
    )


def neo4j_environment(server: object, scratch: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SAIDWHEN_DATA_DIR": str(scratch / "client"),
        "SAIDWHEN_NEO4J_URI": server.uri,
        "SAIDWHEN_NEO4J_USER": server.user,
        "SAIDWHEN_NEO4J_PASSWORD": server.password,
        "SAIDWHEN_NEO4J_DATABASE": "neo4j",
    }


if __name__ == "__main__":
    main()

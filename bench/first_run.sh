#!/usr/bin/env bash
# The first five minutes, measured: a fresh clone, `make run`, and the seconds until the
# service answers its first request; then the venv's size and the warnings the install printed.
# usage: bench/first_run.sh REPOSITORY [BRANCH]
# It clones into a new folder under /tmp, keeps the database in that folder, serves on a free
# port, and stops `make run` (its own process group) once the figures are taken.
set -euo pipefail
repository=$1
branch=${2:-}
scratch=$(mktemp -d /tmp/saidwhen-first-run.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export SAIDWHEN_DATA_DIR="$scratch/data"

started=$(date +%s.%N)
git clone --quiet ${branch:+--branch "$branch"} "$repository" "$scratch/clone"
setsid make -C "$scratch/clone" run PORT="$port" >"$scratch/run.log" 2>&1 &
make_pid=$!
trap 'kill -TERM -- "-$make_pid" 2>/dev/null || true' EXIT
until curl --silent --fail --output /dev/null "http://127.0.0.1:$port/health"; do
  if ! kill -0 "$make_pid" 2>/dev/null; then
    echo "make run ended before answering; its output: $scratch/run.log" >&2
    exit 1
  fi
  if (($(date +%s) - ${started%.*} > 900)); then
    echo "no answer after 900 s; its output: $scratch/run.log" >&2
    exit 1
  fi
  sleep 0.5
done
answered=$(date +%s.%N)

printf 'clone to first answered request: %.1f s\n' "$(echo "$answered - $started" | bc)"
printf 'venv: %s\n' "$(du -sh "$scratch/clone/.venv" | cut -f1)"
printf 'lines printed before the first answer: %s (%s with "warning")\n' \
  "$(wc -l <"$scratch/run.log")" "$(grep -ci warning "$scratch/run.log" || true)"
echo "output of make run: $scratch/run.log"

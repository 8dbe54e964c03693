#!/usr/bin/env bash
# Build the wheel, install it without extras into a fresh venv outside the source tree, and run
# `saidwhen --help` and `saidwhen extract` on a short file: proves the package declares what it
# needs at run time and ships its data (queries, gazetteer, lexicon, templates, static files).
# usage: tools/check_wheel.sh            (PYTHON=python3.12 tools/check_wheel.sh for another Python)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
scratch=$(mktemp -d /tmp/saidwhen-wheel.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

echo "== building the wheel"
"$python" -m venv "$scratch/build-venv"
"$scratch/build-venv/bin/pip" wheel --quiet --no-deps --wheel-dir "$scratch/dist" . 2>&1 | tee "$scratch/build.log"
rm -rf build saidwhen.egg-info
wheel=$(ls "$scratch"/dist/saidwhen-*.whl)
echo "$(basename "$wheel"): $(du -h "$wheel" | cut -f1), $(unzip -l "$wheel" | tail -1 | awk '{print $2}') files"
if grep -qi warning "$scratch/build.log"; then echo "the build printed warnings" >&2; exit 1; fi

echo "== installing it without extras into a fresh venv"
"$python" -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet "$wheel"
echo "installed: $("$scratch/venv/bin/pip" list --format freeze | wc -l) distributions, $(du -sh "$scratch/venv" | cut -f1)"

cd "$scratch"  # away from the source tree, so only the installed package can be imported
echo "== saidwhen --help"
"$scratch/venv/bin/saidwhen" --help
echo "== saidwhen extract short.txt --published 2021-03-03"
printf 'Ada Brook said on Monday that the harbour bill would pass. "We have the votes," she said.\n' >short.txt
"$scratch/venv/bin/saidwhen" extract short.txt --published 2021-03-03
echo "== the installed package ships its data"
"$scratch/venv/bin/python" - <<'PY'
from importlib import resources

for package, pattern in [
    ("queries", "*.cypher"),
    ("loaders.data", "*.yaml"),
    ("api.templates", "*.html"),
    ("api.static", "*.js"),
    ("api.static.vendor", "*.js"),
]:
    found = [entry.name for entry in resources.files(package).iterdir() if entry.match(pattern)]
    assert found, f"{package} holds no {pattern}"
    print(f"{package}: {len(found)} {pattern}")
PY
echo "wheel check passed"

# The README's two commands: `make run` and `make test`. Everything else is a step they use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
TEST_TOOLS := $(VENV)/.installed-test-tools
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install setup browser lint bench

# What `make run` needs: saidwhen and its runtime dependencies.
install: $(INSTALLED)

# What `make test` needs besides: pytest, Playwright, schemathesis, ruff.
setup: $(TEST_TOOLS)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@echo "Installing saidwhen and its dependencies (spaCy, FastAPI, the embedded ArcadeDB with its own Java) into $(VENV): about 2 minutes the first time, with no output until it is done."
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_TOOLS): $(INSTALLED)
	@echo "Installing the test tools (pytest, Playwright, schemathesis, ruff) into $(VENV)."
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

# Headless Chromium for the page tests, from Debian's packages (Playwright's own download is not used).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing: install Debian's 'chromium' package to run the page tests"; fi; }

run: install
	$(BIN)/saidwhen load examples/corpus --gazetteer examples/gazetteer.yaml
	$(BIN)/saidwhen serve --host $(HOST) --port $(PORT)

test: setup browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q -p no:cacheprovider $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

bench: setup
	$(BIN)/python -m bench.run --scale $(or $(SCALE),10000) --backend $(or $(BACKEND),arcadedb)

# news-streams: `make run` shows the pipeline on sample articles, `make test` runs every test.
# Both create the virtual environment and install the project first.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help run test test-fast lint eval bench install clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "news-streams needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv and install the project with its dev tools

run: $(STAMP) ## start the pipeline on the embedded broker and feed it the sample articles
	STREAMS_LOG_LEVEL=$${STREAMS_LOG_LEVEL:-WARNING} $(PY) -m streams dev --demo streams/samples/articles.jsonl

test: $(STAMP) ## run every test (unit, agent and integration on a real broker)
	$(PY) -m pytest -q

test-fast: $(STAMP) ## run the tests that need no broker
	$(PY) -m pytest -q -m 'not integration'

eval: $(STAMP) ## classifier, language and duplicate detection measured on our labelled sets
	$(PY) -m streams.evaluation --split test
	$(PY) -m streams.language_eval
	$(PY) -m streams.dedupe_eval

bench: $(STAMP) ## the benchmark: passthrough vs pipeline on the embedded broker, stage costs
	$(PY) -m streams bench $(BENCH_ARGS)

lint: $(STAMP) ## ruff and mypy
	$(PY) -m ruff check streams tests
	$(PY) -m mypy

clean: ## remove the virtual environment and local state
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache

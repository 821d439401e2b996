# Corroborate — every target bootstraps .venv first, so a fresh clone needs only `make run` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLES := $(sort $(wildcard resources/samples/*.txt))

.PHONY: venv run compare test bench lint clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/corroborate $(SAMPLES)

compare: $(STAMP)
	@mkdir -p build
	$(BIN)/corroborate compare $(SAMPLES) --json build/samples.json --html build/report.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks.run_benchmarks

lint: $(STAMP)
	$(BIN)/python -m ruff check viewer tests

clean:
	rm -rf build dist .pytest_cache .hypothesis

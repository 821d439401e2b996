# Corroborate — every target bootstraps .venv first, so a fresh clone needs only `make run` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SAMPLES := $(sort $(wildcard resources/samples/*.txt))

.PHONY: venv sysdeps run compare test bench lint screenshots clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages for a real X window without a screen (Xvfb, Qt's xcb libraries); no-op when present
sysdeps:
	@bash packaging/install-system-packages.sh

run: $(STAMP)
	$(BIN)/corroborate $(SAMPLES)

compare: $(STAMP)
	@mkdir -p build
	$(BIN)/corroborate compare $(SAMPLES) --json build/samples.json --html build/report.html

test: $(STAMP) sysdeps
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks.run_benchmarks

# PNGs of the main states from a real window under Xvfb, into build/screenshots/
screenshots: $(STAMP) sysdeps
	xvfb-run -a -s "-screen 0 1700x1050x24" env QT_QPA_PLATFORM=xcb $(BIN)/python -m tests.ui.take_screenshots build/screenshots

lint: $(STAMP)
	$(BIN)/python -m ruff check viewer tests

clean:
	rm -rf build dist .pytest_cache .hypothesis

# Installers (packaging/): the frozen app in dist/corroborate/ and dist/corroborate_<version>_<arch>.deb.
# DEB_COMPRESSION=gzip builds the .deb in a quarter of the time, 35% bigger.
DEB_COMPRESSION ?= xz
PKG_STAMP := $(VENV)/.package-stamp

.PHONY: package package-test

$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(BIN)/python packaging/freeze.py
	$(BIN)/python packaging/build_deb.py --compression $(DEB_COMPRESSION)

# install the .deb (apt on a throwaway root machine, else a scratch root), run it headless,
# compare its JSON with the source's, time it, uninstall it; not part of `make test`
package-test: package
	$(BIN)/python packaging/package_test.py

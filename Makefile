# Kosei: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
# `make package` bundles from its own venv (numpy built without BLAS, packaging/build_venv.py).
PACKAGE_PY := build/venv/bin/python
QT_ENV := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint bench package package-test clean i18n

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(STAMP_RUN)

# Compiled translations (*.qm) are build products: `run` and `test` make them.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP_RUN)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# `make i18n` re-scans editor/ for visible strings, updates the .ts files and
# lists every string that still needs a translation.
i18n: $(STAMP_RUN)
	$(PY) packaging/i18n.py

run: $(STAMP_RUN) $(QM)
	$(PY) -m editor resources/samples/welcome.md

test: $(STAMP_TEST) $(QM)
	$(QT_ENV) $(PY) tests/run_groups.py

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff format --check editor tests bench packaging
	$(VENV)/bin/ruff check editor tests bench packaging
	$(VENV)/bin/mypy

bench: $(STAMP_TEST)
	$(QT_ENV) $(PY) bench/bench_app.py
	$(PY) bench/bench_checks.py
	$(PY) bench/bench_language.py --only speed
	$(PY) bench/eval_checks.py
	$(PY) bench/bench_journal.py
	$(QT_ENV) $(PY) bench/bench_find.py
	$(PY) bench/bench_editing.py
	$(PY) bench/bench_disk_check.py
	$(QT_ENV) $(PY) bench/bench_export.py
	$(QT_ENV) $(PY) bench/bench_large_file.py
	$(PY) bench/bench_hostile.py
	$(PY) bench/bench_site.py
	$(QT_ENV) $(PY) bench/bench_typing.py
	$(QT_ENV) $(PY) bench/bench_typing_stall.py

# `package` builds build/venv (the project with a BLAS-free numpy), build/bundle/kosei,
# dist/kosei_<version>_amd64.deb with kosei-ja_… and kosei-diagrams_…, dist/kosei-<version>-
# linux-x86_64.tar.gz and build/AppDir (installs the build tools it needs when run as
# root). `package-test` (root) installs the .debs, opens files through xdg-open as an
# unprivileged user under Xvfb, runs the headless checks, then purges them.
package: | $(PY)
	bash packaging/install-build-deps.sh
	$(PY) packaging/build_venv.py
	$(PACKAGE_PY) packaging/build.py

package-test:
	bash packaging/package-test.sh

clean:
	rm -rf $(VENV) build dist *.egg-info

# Kosei: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
QT_ENV := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint bench package package-test clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(PY) -m editor resources/samples/welcome.md

test: $(STAMP_TEST)
	$(QT_ENV) $(PY) -m pytest -q

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff format --check editor tests bench packaging
	$(VENV)/bin/ruff check editor tests bench packaging
	$(VENV)/bin/mypy

bench: $(STAMP_TEST)
	$(QT_ENV) $(PY) bench/bench_app.py
	$(PY) bench/bench_checks.py
	$(PY) bench/eval_checks.py

clean:
	rm -rf $(VENV) build dist *.egg-info

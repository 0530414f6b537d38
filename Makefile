# `make extract` and `make test` set everything up on a fresh machine: a .venv with the
# pinned dependencies (the spaCy model included), then the pipeline or the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
JOBS ?= 2

.PHONY: extract test evaluate bench report clean

$(INSTALLED): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(INSTALLED)

extract: $(INSTALLED)
	$(PY) -m pipeline extract corpus --out outputs --jobs $(JOBS)

test: $(INSTALLED)
	$(PY) -m pytest

evaluate: $(INSTALLED)
	$(PY) -m pipeline.evaluation

bench: $(INSTALLED)
	$(PY) -m pipeline.bench

clean:
	rm -rf $(VENV) outputs/.cache .pytest_cache .hypothesis

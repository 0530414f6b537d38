# `make extract` and `make test` set everything up on a fresh machine: a .venv with the
# pinned dependencies (the spaCy model included), then the pipeline or the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
JOBS ?= 2

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: extract test evaluate bench report browser clean

$(INSTALLED): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(INSTALLED)

extract: $(INSTALLED)
	$(PY) -m pipeline extract corpus --out outputs --jobs $(JOBS)

test: $(INSTALLED) browser
	$(PY) -m pytest

# outputs/report.html: each article with its entities, dates and quotations highlighted
report: extract
	$(PY) -m pipeline report corpus --out outputs

# Debian's chromium and chromium-driver, for the test that opens report.html (tests never download a browser)
browser:
	@test -x /usr/bin/chromium && test -x /usr/bin/chromedriver || { \
	  $(SUDO) apt-get update && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; }

evaluate: $(INSTALLED)
	$(PY) -m pipeline.evaluation

bench: $(INSTALLED)
	$(PY) -m pipeline.bench

clean:
	rm -rf $(VENV) outputs/.cache .pytest_cache .hypothesis

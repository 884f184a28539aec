# cal-async: every target sets up what it needs; the venv lives in .venv/ at the repo root.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
# Where the OpenAPI document comes from: SPEC=<path or URL>; default: the live document.
SPEC_URL ?= https://api.cal.com/v2/docs-json
SPEC ?=
SPEC_ARG := --spec $(or $(SPEC),$(SPEC_URL))

.PHONY: install spec regen check-generated test lint demo bench prism clean

$(BIN)/.installed: pyproject.toml
	test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

spec: install
	$(PYTHON) -m openapi spec $(SPEC_ARG)

regen: install
	$(PYTHON) -m openapi regen $(SPEC_ARG)

check-generated: install
	$(PYTHON) -m openapi check

test: install prism
	$(PYTHON) -m pytest -q

# Type checks cover generated and hand-written code alike (mypy --strict, pyright standard).
lint: install prism
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PYRIGHT)

# Node tools, pinned by package.json/package-lock.json: Prism (the OpenAPI mock server of the
# contract suite) and pyright (the second type checker of `make lint` and tests/typing).
PRISM := .tools/node/node_modules/.bin/prism
PYRIGHT := .tools/node/node_modules/.bin/pyright
$(PRISM): package.json package-lock.json
	mkdir -p .tools/node
	cp package.json package-lock.json .tools/node/
	npm ci --prefix .tools/node --ignore-scripts --no-audit --no-fund
	touch $@

prism: $(PRISM)

bench: install
	$(PYTHON) -m bench

demo: install
	$(PYTHON) examples/demo.py

clean:
	rm -rf $(VENV) .cache .tools

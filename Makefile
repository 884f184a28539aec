# cal-async: every target sets up what it needs; the venv lives in .venv/ at the repo root.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
# Where the OpenAPI document comes from: SPEC=<path or URL>; default: the first published source
# that answers (the live host's /v2/docs-json, then the docs site's openapi.json: openapi/spec_sources.py).
SPEC ?=
SPEC_ARG := $(if $(SPEC),--spec $(SPEC))

.PHONY: help install spec regen check-generated test lint demo bench prism redis clean

help: ## list every target with what it does
	@awk -F':.*## ' '/^[a-zA-Z_-]+:.*## /{printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# $(call venv_install,EXTRA): create .venv if needed and install the package with EXTRA into it.
define venv_install
	test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[$(1)]'
	touch $@
endef

$(BIN)/.installed: pyproject.toml
	$(call venv_install,dev)

# The demo needs the package and the fake (the testing extra), not the linters and type checkers.
$(BIN)/.installed-demo: pyproject.toml
	$(call venv_install,testing)

install: $(BIN)/.installed ## create .venv and install the package with its dev extra

spec: install ## fetch the OpenAPI document (SPEC=<path or URL>; default: the published sources, in order)
	$(PYTHON) -m openapi spec $(SPEC_ARG)

regen: install ## regenerate cal_async/_generated from the spec; prints the API surface diff when it changed
	$(PYTHON) -m openapi regen $(SPEC_ARG)

check-generated: install ## check the generated code matches the spec
	$(PYTHON) -m openapi check

test: install prism redis ## run the whole test suite (installs Prism and redis-server first)
	$(PYTHON) -m pytest -q

# Type checks cover generated and hand-written code alike (mypy --strict, pyright standard).
lint: install prism ## ruff check, ruff format --check, mypy --strict and pyright
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

prism: $(PRISM) ## install the Node tools: Prism (contract suite) and pyright (lint, tests/typing)

# redis-server for the shared rate budget's tests and bench: Debian's package (PyPI's bundled
# servers are years old). Installed once; the tests start their own on a free loopback port.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
redis: ## install Debian's redis-server (apt-get) if it is not on PATH
	@command -v redis-server >/dev/null 2>&1 || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends redis-server; }
	@redis-server --version

bench: install ## run the benchmarks (python -m bench; one: python -m bench NAME)
	$(PYTHON) -m bench

demo: $(BIN)/.installed-demo ## run examples/demo.py (installs the package and its testing extra)
	$(PYTHON) examples/demo.py

clean: ## remove .venv, caches and installed tools
	rm -rf $(VENV) .cache .tools

# Salvo: two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck eval bench clean install prometheus

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/salvo demo

# Tests start their own Tansu broker, SMTP, HTTP and Prometheus servers on loopback.
# promtool/prometheus come from Debian's package, installed here when missing.
prometheus:
	@{ command -v promtool && command -v amtool; } >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends prometheus prometheus-alertmanager >/dev/null) \
	      || echo "warning: could not install prometheus; its tests will skip"; \
	  else echo "warning: promtool/amtool missing; their tests will skip"; fi; }

test: $(STAMP) prometheus
	$(VENV)/bin/pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

eval: $(STAMP)
	$(PY) -m processors.claims.evaluate

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dev,bench]'
	$(PY) -m bench.run_all

clean:
	rm -rf $(VENV) .salvo .pytest_cache .mypy_cache .ruff_cache

# Two commands for newcomers: `make run` and `make test`. Everything else is a helper.
# Python 3.11 is required (pyproject.toml); prefer an explicit python3.11 when one is installed.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || echo python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.local
export MISSING_IMAGE := import django; django.setup(); \
	from oscar.apps.catalogue.abstract_models import MissingProductImage; MissingProductImage()

.PHONY: run test install install-dev migrate demo static serve lint format browser-deps axe clean

$(VENV)/bin/activate:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
		{ echo "Python 3.11 is needed: set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); echo "Cannot create a virtualenv: apt-get install python3-venv"; exit 1; }
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/activate requirements/base.txt requirements/local.txt
	$(PIP) install --quiet -r requirements/local.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements/dev.txt
	$(PIP) install --quiet -r requirements/dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

var/.demo-loaded:
	$(PY) manage.py load_demo
	touch $@

demo: migrate var/.demo-loaded

# Oscar symlinks its "image not found" picture into MEDIA_ROOT on first use, and concurrent
# first requests race on it (HTTP 500 FileExistsError); create it before serving.
static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) -c "$$MISSING_IMAGE"

run: demo static
	@echo ""
	@echo "  Shop:         http://$(HOST):$(PORT)/"
	@echo "  Catalogue:    http://$(HOST):$(PORT)/shop/catalogue/"
	@echo "  Dashboard:    http://$(HOST):$(PORT)/shop/dashboard/"
	@echo "  CMS admin:    http://$(HOST):$(PORT)/cms/"
	@echo "  API:          http://$(HOST):$(PORT)/api/v1/"
	@echo "  Demo logins (password: $${DEMO_PASSWORD:-demo-pass-2026}):"
	@echo "    admin@example.com  editor@example.com  seller1@example.com"
	@echo "    seller2@example.com  shopper@example.com  affiliate@example.com"
	@echo ""
	@# The background worker (emails, webhooks, periodic jobs) and the scheduler that enqueues
	@# the periodic jobs (config/schedule.py) run beside the web server and stop with it.
	$(PY) manage.py db_worker --backend background --no-reload & WORKER=$$!; \
	$(PY) manage.py scheduler & SCHEDULER=$$!; \
	trap 'kill $$WORKER $$SCHEDULER 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/gunicorn config.wsgi:application --bind $(HOST):$(PORT) \
		--workers 3 --threads 4 --access-logfile - --env DJANGO_SETTINGS_MODULE=$(DJANGO_SETTINGS_MODULE)

browser-deps:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
		{ if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		  else echo "Chromium is missing: sudo apt-get install -y chromium"; exit 1; fi; }

# wrk, the load generator of `make bench`, and redis-server, its shared cache (tests/bench
# loads the ceiling with wrk and starts the bench's Redis too).
load-deps:
	@command -v wrk >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1 || \
		{ if [ "$$(id -u)" = "0" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk redis-server >/dev/null; \
		  else echo "wrk or redis-server is missing: sudo apt-get install -y wrk redis-server"; exit 1; fi; }

# axe-core (the accessibility checker of tests/browser/test_accessibility.py), pinned and
# checked against its npm integrity hash in tests/browser/axe.py, fetched once into var/axe/.
axe: install-dev
	$(PY) -m tests.browser.axe

test: install-dev browser-deps load-deps axe
	DJANGO_SETTINGS_MODULE=config.settings.test scripts/test-postgres.sh $(VENV)/bin/pytest $(PYTEST_ARGS)

# A load test (wrk) of the shop as production serves it, against a bare Django view, on a
# throwaway PostgreSQL with BENCH_PRODUCTS demo products (default 10,000); BENCH_RUNS=3 reports
# the medians of three runs; see bench/__main__.py (python -m bench --help).
.PHONY: bench bench-catalogue load-deps
bench: install-dev load-deps
	scripts/test-postgres.sh $(PY) -m bench $(BENCH_ARGS)

# Times catalogue listing and search in one process (Django's test client), with --profile URL.
bench-catalogue: install-dev
	DJANGO_SETTINGS_MODULE=config.settings.test scripts/test-postgres.sh $(PY) scripts/bench_catalogue.py $(BENCH_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var/db.sqlite3* var/static var/media var/.demo-loaded

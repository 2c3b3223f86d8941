# The site's commands. `make help` lists them; `make run` and `make test` are all a newcomer needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/test
PG_FAULTS_URL ?= postgres://postgres@127.0.0.1:5432/postgres
PYTEST_ARGS ?=
SERVE_CHECK_PORT ?= 8390
# Every app's templates folder: what djhtml indents (make format) and checks (make check).
TEMPLATES := $(wildcard */templates)

.DEFAULT_GOAL := help
.PHONY: help install run demo messages test test-postgres test-browser chromium axe screenshots check lint format clean serve bench wrk faults faults-postgres redis bench-search bench-burst serve-check proxy-packages assets

help: ## List the targets and what they do
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(BIN)/.installed ## Create .venv and install the site and its test tools

messages: install ## Compile the Arabic and French interface translations
	$(MANAGE) compile_catalogues

demo: install messages ## Migrate the SQLite database and load the demo content (idempotent)
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) setup_roles

run: demo ## Set up everything and serve the demo site at http://127.0.0.1:8000/
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

check: install messages ## Django system checks, missing migrations, lint, code and template formatting
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run --no-input
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check --tabwidth 4 $(TEMPLATES)

test: check ## Run the whole test suite on SQLite with coverage (browser tests excluded: see test-browser)
	$(BIN)/pytest -q -m "not browser" --cov --cov-report=term:skip-covered $(PYTEST_ARGS)

test-postgres: check redis ## Run the suite on PostgreSQL (PG_TEST_URL; the server must be running), with the two-server test on PostgreSQL and Redis
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -q -m "not browser" $(PYTEST_ARGS)

# `make serve`: the production settings on loopback. The secret key is generated once into an
# untracked file; plain HTTP is allowed because nothing leaves 127.0.0.1.
SERVE_ENV := var/serve.env

$(SERVE_ENV):
	mkdir -p var
	{ echo "SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')"; \
	  echo "ALLOWED_HOSTS=127.0.0.1,localhost"; echo "SECURE_SSL_REDIRECT=false"; \
	  echo "DJANGO_SETTINGS_MODULE=website.settings.production"; } > $@

# nginx from Debian (+ Brotli) and Redis are installed when missing, as wrk and Chromium are.
proxy-packages:
	@command -v nginx >/dev/null || (apt-get update -qq && apt-get install -y -qq nginx >/dev/null)
	@test -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so || (apt-get update -qq && \
	  apt-get install -y -qq libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static >/dev/null)
	@command -v redis-server >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null)

serve: demo $(SERVE_ENV) proxy-packages ## Production topology: nginx (cache, compression) + gunicorn + task worker + Redis on http://127.0.0.1:8000/
	set -a && . ./$(SERVE_ENV) && set +a && $(MANAGE) collectstatic --no-input -v0 && \
	  $(BIN)/python -m tools.serve --host $(HOST) --port $(PORT)

serve-check: demo $(SERVE_ENV) proxy-packages ## Start the `make serve` stack, check pages through the proxy (compression, caching, limits), stop it
	set -a && . ./$(SERVE_ENV) && set +a && $(MANAGE) collectstatic --no-input -v0 && \
	  $(BIN)/python -m tools.serve --host $(HOST) --port $(SERVE_CHECK_PORT) --check --private-redis

wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)

bench: install wrk ## Load-test the production configuration at 1 000 and 20 000 articles (~12 min)
	$(BIN)/python -m tools.bench.run

BURST_ARTICLES ?= 20000

bench-burst: install wrk ## Readers in a burst through nginx while an editor publishes, at BURST_ARTICLES (20 000) articles (docs/performance.md)
	$(BIN)/python -m tools.bench.burst $(BURST_ARTICLES)

bench-search: install wrk ## Search at 1 000 and 20 000 articles, SQLite and PostgreSQL, against a static file (docs/search.md)
	@command -v redis-server >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null)
	$(BIN)/python tools/search_bench.py

loadtest: install messages ## Bounded load test on 127.0.0.1: every page type and search while publishing; fails on any 5xx
	$(BIN)/python -m tools.loadtest

redis:
	@command -v redis-server >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null)

faults: install messages redis proxy-packages ## Break the production configuration behind nginx on purpose (Redis, database file, workers, slow clients, logins, load while publishing); fails on any failed scenario (~6 min)
	$(BIN)/python -m tools.faults --proxy

faults-postgres: install messages redis proxy-packages ## The same faults on PostgreSQL (PG_FAULTS_URL; a database of its own, dropped after), the outage being a cut connection (~6 min)
	$(BIN)/python -m tools.faults --proxy --postgres $(PG_FAULTS_URL)

chromium:
	@command -v /usr/bin/chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

# axe-core for the accessibility checks, from the npm registry at the version package-lock.json pins.
AXE := tests/browser/vendor/node_modules/axe-core/axe.min.js

$(AXE): tests/browser/vendor/package-lock.json
	@command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq npm >/dev/null)
	npm ci --prefix tests/browser/vendor --no-audit --no-fund --loglevel=error
	touch $@

axe: $(AXE)

# Flags (flag-icons, MIT) and the world map (@svg-maps/world, CC BY 4.0) from the npm registry at
# the versions website/vendor/package-lock.json pins. Their outputs are committed
# (website/static/flags/, members/data/world_map.json): run this only to upgrade them.
assets: ## Re-copy the vendored flags and world map from the npm registry (pinned versions)
	@command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq npm >/dev/null)
	npm ci --prefix website/vendor --no-audit --no-fund --loglevel=error
	$(BIN)/python website/vendor/build_assets.py

test-browser: install messages chromium axe ## Browser journeys in Debian's Chromium via Playwright
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -q -m browser -p no:xdist $(PYTEST_ARGS)

screenshots: install messages chromium ## Retake docs/screenshots/ (home, an article, the members map; en, ar; laptop, phone)
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -q -p no:xdist tests/browser/screenshots.py

lint: install ## Check code style and template indentation
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check --tabwidth 4 $(TEMPLATES)

format: install ## Format code, sort imports, indent templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml --tabwidth 4 $(TEMPLATES)

clean: ## Remove the virtualenv, the SQLite database, media and collected static files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media staticfiles test-artifacts var .coverage

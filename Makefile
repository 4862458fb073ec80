# Linghang — the two commands that matter: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SHARED := ../shared/data
PG_URL ?= postgres://postgres@127.0.0.1:5432/linghang

# The demo uses the public data sets beside the project when they are there.
DEMO_ARGS ?= $(if $(wildcard $(SHARED)/crm_sales_opportunities/sales_pipeline.csv),--crm-data $(SHARED)/crm_sales_opportunities) \
             $(if $(wildcard $(SHARED)/eval/conversations_dev.jsonl),--conversations $(SHARED)/eval/conversations_dev.jsonl)

.PHONY: install dev demo test test-sqlite test-postgres lint qa bench messages clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

## demo: a fresh data dir (var/demo), real data when present, extraction, then serve on :8000
demo: install
	rm -rf var/demo
	LINGHANG_DATA_DIR=var/demo $(BIN)/linghang demo $(DEMO_ARGS) $(ARGS)

## dev: the development server on an existing data dir (var/)
dev: install
	LINGHANG_DEBUG=true $(BIN)/linghang migrate
	LINGHANG_DEBUG=true $(BIN)/linghang runserver

## test: the suite on SQLite, then again on PostgreSQL when it answers on 127.0.0.1:5432
test: test-sqlite test-postgres

test-sqlite: install
	LINGHANG_DATA_DIR=$(CURDIR)/var/test LINGHANG_DB_CONN_MAX_AGE=0 $(BIN)/pytest -q

test-postgres: install
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_URL)'.rsplit('/',1)[0]+'/postgres', connect_timeout=3).close()" 2>/dev/null; then \
		echo "== PostgreSQL run ($(PG_URL)) =="; \
		LINGHANG_DATA_DIR=$(CURDIR)/var/test LINGHANG_DB_CONN_MAX_AGE=0 DATABASE_URL=$(PG_URL) $(BIN)/pytest -q; \
	else \
		echo "SKIPPED: PostgreSQL is not reachable at $(PG_URL); the PostgreSQL run was skipped."; \
	fi

lint: install
	$(BIN)/ruff check linghang bench tests
	$(BIN)/ruff format --check linghang bench tests

qa: lint
	$(BIN)/mypy linghang
	LINGHANG_DATA_DIR=$(CURDIR)/var/test $(BIN)/linghang check
	LINGHANG_DATA_DIR=$(CURDIR)/var/test $(BIN)/linghang makemigrations --check --dry-run

## bench: the figures of BENCHMARKS.md (needs ../shared beside the project)
bench: install
	$(BIN)/python bench/extraction_bench.py $(SHARED)/eval/conversations_dev.jsonl
	$(BIN)/python bench/import_bench.py $(SHARED)/crm_sales_opportunities
	$(BIN)/python bench/ingest_bench.py --messages 100000
	$(BIN)/python bench/list_bench.py

clean:
	rm -rf var/demo var/test build *.egg-info

## messages: refresh the English catalogue (translate new entries, then run it again to compile)
messages: install
	LINGHANG_DATA_DIR=$(CURDIR)/var/test $(BIN)/linghang makemessages -l en --no-location --no-wrap \
		--ignore=".venv/*" --ignore="tests/*" --ignore="*/tests/*" --ignore="docs/*" --ignore="var/*" --ignore="*/fixtures/*"
	cd linghang && LINGHANG_DATA_DIR=$(CURDIR)/var/test ../$(BIN)/linghang compilemessages -l en

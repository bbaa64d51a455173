# thidua: the commands of the README. `make run` and `make test` work from a fresh clone.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test lint test-sqlite test-postgres bench debian-test-deps worker

install: $(BIN)/thidua

$(BIN)/thidua: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	uv sync --frozen
	@touch $(BIN)/thidua

run: install
	$(BIN)/thidua migrate --noinput
	$(BIN)/thidua collectstatic --noinput --verbosity 0
	$(BIN)/thidua loaddemo --no-accounts
	@echo
	@$(BIN)/thidua demoaccounts
	@echo
	@echo "thidua đang chạy tại http://127.0.0.1:$(PORT)  (Ctrl+C để dừng)"
	@# The background worker (documents, reminders) starts first and stops with the web server.
	$(BIN)/thidua db_worker --no-startup-delay & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(BIN)/gunicorn thidua.config.wsgi:application --bind 127.0.0.1:$(PORT) \
		--workers $${WEB_CONCURRENCY:-3} --access-logfile - --timeout 120

worker: install
	exec $(BIN)/thidua db_worker

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src/thidua
	$(BIN)/thidua makemigrations --check --dry-run

debian-test-deps:
	@scripts/debian-deps.sh test

test: install debian-test-deps lint test-sqlite test-postgres

test-sqlite:
	@echo "== pytest on SQLite (tests/concurrency need row locks: PostgreSQL run only) =="
	env -u DATABASE_URL $(BIN)/pytest -n 2 --dist loadfile --ignore=tests/concurrency

# PostgreSQL: DATABASE_URL if set, else the local server. REQUIRE_POSTGRES=1 (CI) makes a
# missing server an error instead of a skipped run.
test-postgres:
	@url="$${DATABASE_URL:-$(PG_URL)}"; \
	if $(BIN)/python scripts/db_reachable.py "$$url"; then \
		echo "== pytest on PostgreSQL ($$url) =="; \
		DATABASE_URL="$$url" $(BIN)/pytest -n 2 --dist loadfile; \
	elif [ "$${REQUIRE_POSTGRES:-0}" = "1" ]; then \
		echo "PostgreSQL không truy cập được tại $$url (REQUIRE_POSTGRES=1)" >&2; exit 1; \
	else \
		echo "!! Bỏ qua lượt chạy trên PostgreSQL: không truy cập được $$url"; \
	fi

bench: install
	@for f in bench/bench_*.py; do echo "== $$f =="; $(BIN)/python $$f || exit 1; done

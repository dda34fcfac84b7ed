# The README's two commands: `make run` and `make test`. Everything they need is installed by
# scripts/setup.sh, idempotently.

SHELL := /bin/bash
DATA_DIR ?= data
export DATABASE_URL ?= sqlite://$(DATA_DIR)/ponte.db?mode=rwc
export PONTE_ADDR ?= 127.0.0.1:3000
export PONTE_SITE_ROOT ?= target/site
CARGO_TEST_PACKAGES := -p ponte-rules -p ponte-app -p ponte-server -p ponte-migrations -p ponte-tests

.PHONY: run test build build-debug setup-run setup-test unit api browser bench bench-surveys bench-plans bench-consultations bench-forum bench-report bench-national bench-phone lint clean

## Run Ponte with the demo plan on embedded SQLite at http://127.0.0.1:3000 (data kept in data/).
run: setup-run
	scripts/build.sh release
	mkdir -p $(DATA_DIR)
	./target/release/ponte migrate
	./target/release/ponte seed-demo
	./target/release/ponte serve

## Run every test: unit, API (SQLite and PostgreSQL), browser (Chromium, axe-core).
test: setup-test build-debug
	cargo test $(CARGO_TEST_PACKAGES)
	node --test --test-concurrency=1 tests/browser/

setup-run:
	scripts/setup.sh run

setup-test:
	scripts/setup.sh test

build-debug:
	scripts/build.sh debug

build:
	scripts/build.sh release

unit:
	cargo test -p ponte-rules -p ponte-app -p ponte-server

api:
	cargo test -p ponte-tests

browser: build-debug
	node --test --test-concurrency=1 tests/browser/

## Print throughput and latency of the home and measure pages (see bench/README.md).
bench:
	scripts/setup.sh bench
	bench/pages.sh

## Issue 4's survey budget (see bench/README.md): SQLite, then PostgreSQL.
bench-surveys:
	scripts/setup.sh bench
	scripts/build.sh release
	bench/surveys.sh
	BENCH_DB=postgres bench/surveys.sh

## Issue 11's scale figures (see bench/README.md): 300 plans on PostgreSQL.
bench-plans:
	scripts/setup.sh bench
	scripts/build.sh release
	bench/plans.sh

## Issue 12's budget: a measure with 1,000 comments, for visitors and signed-in people.
bench-consultations:
	scripts/setup.sh bench
	scripts/build.sh release
	bench/consultations.sh

## Issue 14's budget: a thread of 1,000 posts and search over 100,000, visitors and signed in.
bench-forum:
	scripts/setup.sh bench
	scripts/build.sh release
	bench/forum.sh

## Issue 15's report pages and open data API on the demo data (see bench/README.md).
bench-report:
	scripts/setup.sh bench
	scripts/build.sh release
	bench/report.sh

## Issue 15 item 9: the report and the API at national scale (300 plans, 15 M answers, PostgreSQL).
bench-national:
	scripts/setup.sh bench
	scripts/build.sh release
	SCALE=national bench/report.sh

## Issue 9's phone figures (see bench/README.md): resident pages under Lighthouse's mobile throttling.
bench-phone:
	scripts/setup.sh test
	scripts/setup.sh bench
	scripts/build.sh release
	bench/phone.sh

lint:
	cargo clippy $(CARGO_TEST_PACKAGES) --all-targets
	cargo clippy -p ponte-enhance --target wasm32-unknown-unknown

clean:
	cargo clean

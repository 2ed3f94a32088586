# BudgetBench: `make run` does all set-up and runs the main job on the bundled Corpus;
# `make test` does all set-up and runs the whole test suite.
SWIFT ?= swift
OUTPUT ?= Output
BINARY = .build/release/budgetbench

DATABASE ?= $(OUTPUT)/budgetbench.sqlite

.PHONY: setup build run test bench bench-postgres demo-render corpus corpus-synthetic corpus-sample corpus-forms clean fuzz fuzz-build fuzz-short chaos

setup:
	@bash scripts/setup.sh

# The Swift runtime and Foundation linked in: a process then starts in about 30 ms rather than
# 45 (the dynamic linker binding 14 more libraries), which is most of the time of a small report.
build: setup
	$(SWIFT) build -c release --static-swift-stdlib

# The main job: ingest the Corpus into the database, compare its centers, write the workbook.
run: build
	$(BINARY) ingest Corpus/reports --db $(DATABASE)
	$(BINARY) list --db $(DATABASE)
	$(BINARY) compare --db $(DATABASE) --xlsx $(OUTPUT)/benchmark.xlsx
	$(BINARY) extract Corpus/reports/*.pdf --format json --output-dir $(OUTPUT)/json
	$(BINARY) extract Corpus/reports/*.pdf --format markdown --output-dir $(OUTPUT)/markdown
	@echo "database $(DATABASE), workbook $(OUTPUT)/benchmark.xlsx, model JSON in $(OUTPUT)/json, tables in $(OUTPUT)/markdown"

# Renders the workbook's Overview (and every other sheet) through LibreOffice to PDF and PNG for a person to look at.
demo-render: run
	bash scripts/render-workbook.sh $(OUTPUT)/benchmark.xlsx $(OUTPUT)/render

# The store and ingest tests also run on PostgreSQL: scripts/with-postgres.sh starts a
# throw-away cluster on loopback for the run and removes it afterwards.
test: setup
	$(SWIFT) build --build-tests
	scripts/with-postgres.sh $(SWIFT) test
	$(MAKE) fuzz-short

# libFuzzer over segment and normalize (Sources/BudgetBenchFuzz), built with the sanitizer in its
# own scratch folder so the ordinary build is untouched; crashes go to Output/fuzz-crashes/ and
# replay with .build/debug/BudgetBenchFuzz FILE.
FUZZ_SECONDS ?= 300
FUZZ_BINARY = .build-fuzz/release/BudgetBenchFuzz
FUZZ_FLAGS = -max_len=3000 -len_control=0 -artifact_prefix=$(OUTPUT)/fuzz-crashes/ -print_final_stats=1

fuzz-build:
	$(SWIFT) build --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING --product BudgetBenchFuzz

# FUZZ_SECONDS of libFuzzer, then 320 damaged PDFs through extract (scripts/mutate-pdfs.py).
fuzz: setup fuzz-build
	$(SWIFT) build --product budgetbench
	mkdir -p $(OUTPUT)/fuzz-corpus $(OUTPUT)/fuzz-crashes
	$(FUZZ_BINARY) $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) $(OUTPUT)/fuzz-corpus
	python3 scripts/mutate-pdfs.py

# The short run of `make test`: 20 s of libFuzzer and 60 mutants of the short synthetic reports.
fuzz-short: fuzz-build
	mkdir -p $(OUTPUT)/fuzz-corpus $(OUTPUT)/fuzz-crashes
	$(FUZZ_BINARY) $(FUZZ_FLAGS) -max_total_time=20 $(OUTPUT)/fuzz-corpus
	python3 scripts/mutate-pdfs.py --count 60 --small

# 20 SIGKILLs at random times to ingest over good, bad and hostile files; every document stays whole.
chaos:
	$(SWIFT) build --product budgetbench
	python3 scripts/ingest-chaos.py

# Measures BudgetBench against pdftotext and pdfplumber on the same files and writes docs/benchmarks.md.
bench: build
	@.venv/bin/python -c 'import pdfplumber' 2>/dev/null || .venv/bin/pip install --quiet pdfplumber
	python3 scripts/bench.py

# Ingest of 200 reports into SQLite and PostgreSQL, 1 and 2 jobs, and distributed ingest with 1 and
# 2 `work` processes; writes docs/benchmarks-postgres.md (uses Corpus/synthetic when it holds 200).
bench-postgres: build
	POSTGRES_DURABLE=1 scripts/with-postgres.sh python3 scripts/bench-postgres.py

# Re-renders the corpus PDFs from Corpus/source, their truth, the bad inputs and the test
# fixtures (needs LibreOffice writer, qpdf, poppler-utils and the Noto CJK fonts).
corpus:
	python3 Corpus/generator/render_seeds.py Corpus
	cd Corpus/generator && python3 build_truth.py ..
	bash Corpus/generator/make_bad.sh
	bash Corpus/generator/make_fixtures.sh

# N synthetic reports with their truth into Corpus/synthetic (git-ignored), e.g. make corpus-synthetic N=200.
N ?= 200
SEED ?= 7
corpus-synthetic:
	cd Corpus/generator && python3 synthesize.py --seed $(SEED) --count $(N) --out ../synthetic

# The small committed sample the tests read.
corpus-sample:
	rm -rf Corpus/synthetic-sample
	cd Corpus/generator && python3 synthesize.py --seed 2026 --count 8 --out ../synthetic-sample

# The performance forms of Corpus/forms (tune and check sets) with their truth, rendered by
# Writer, Calc and WeasyPrint (Corpus/forms/README.md); the PDFs are committed, so tests never render.
corpus-forms:
	BUDGETBENCH_FORMS=1 bash scripts/setup.sh
	rm -rf Corpus/forms/tune Corpus/forms/check
	cd Corpus/generator/forms && ../../../.venv/bin/python generate.py --out ../../forms

clean:
	rm -rf .build .build-fuzz .venv $(OUTPUT)/fuzz-corpus $(OUTPUT)/fuzz-crashes $(OUTPUT)/mutants $(OUTPUT)/text $(OUTPUT)/json $(OUTPUT)/markdown $(OUTPUT)/render $(OUTPUT)/benchmark.xlsx $(DATABASE)*

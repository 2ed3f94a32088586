# BudgetBench: `make run` does all set-up and runs the main job on the bundled Corpus;
# `make test` does all set-up and runs the whole test suite.
SWIFT ?= swift
OUTPUT ?= Output
BINARY = .build/release/budgetbench

.PHONY: setup build run test bench corpus clean

setup:
	@bash scripts/setup.sh

build: setup
	$(SWIFT) build -c release

run: build
	$(BINARY) extract Corpus/reports/*.pdf --format text --output-dir $(OUTPUT)/text
	$(BINARY) extract Corpus/reports/*.pdf --format json --output-dir $(OUTPUT)/json
	@echo "extracted $$(ls Corpus/reports/*.pdf | wc -l) reports into $(OUTPUT)/text and $(OUTPUT)/json"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: build
	@bash scripts/bench-extract.sh

# Re-renders the corpus PDFs from Corpus/source (needs LibreOffice, qpdf and the Noto CJK fonts).
corpus:
	python3 Corpus/generator/render_seeds.py Corpus
	bash Corpus/generator/make_bad.sh

clean:
	rm -rf .build $(OUTPUT)/text $(OUTPUT)/json

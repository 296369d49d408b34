# The two commands a newcomer types: `make` builds the sample dashboards, `make test` runs the tests.
# Each first installs what is missing (scripts/setup.sh).

SWIFT ?= swift
BIN = .build/release/schooldash

.PHONY: all setup release samples test gallery docs-images bench fuzz clean

all: samples

setup:
	@scripts/setup.sh

release: setup
	$(SWIFT) build -c release --product schooldash

samples: release
	$(BIN) build Samples --out Output

# The tests also look inside PDFs and have LibreOffice write a workbook, so the set-up adds
# poppler-utils and libreoffice-calc-nogui.
test:
	@SCHOOLDASH_TOOLS=1 scripts/setup.sh
	$(SWIFT) test

# Every chart kind on the stress set, to look at the drawing engine.
gallery: release
	$(BIN) gallery --out Output/gallery

# The pictures in the README: a school dashboard, a comparison page and the first page of a Word
# report (through LibreOffice, as a reader opens it), small.
docs-images: release
	rm -rf .build/docs-images
	$(BIN) build Samples --out .build/docs-images --format png --dpi 60 --quiet
	cp .build/docs-images/schools/thcs-ky-phuong_2021.png docs/school-dashboard.png
	cp .build/docs-images/comparisons/nghe-an--thanh-pho-vinh--phuong-ben-thuy_2024.png docs/comparison.png
	$(BIN) report Samples/seeds --school thcs-ky-phuong --period 2021 --out .build/docs-images/report.docx
	soffice -env:UserInstallation=file://$(CURDIR)/.build/docs-images/profile --headless --convert-to pdf \
		--outdir .build/docs-images .build/docs-images/report.docx >/dev/null
	pdftoppm -png -r 70 -f 1 -l 1 -singlefile .build/docs-images/report.pdf docs/report-page

# The figures of docs/benchmarks.md: generates the datasets, measures, prints the table and appends
# it there. BENCH_RUNS (default 3) and BENCH_SCHOOLS (default 45000) make it shorter.
bench: release
	$(SWIFT) build -c release --product schooldash-bench
	.build/release/schooldash-bench

# Coverage-guided fuzzing of the loaders with libFuzzer, FUZZ_SECONDS long (default 180).
fuzz: setup
	scripts/fuzz.sh

clean:
	rm -rf .build .build-fuzz

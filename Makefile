# The two commands a newcomer types: `make` builds the sample dashboards, `make test` runs the tests.
# Each first installs what is missing (scripts/setup.sh).

SWIFT ?= swift
BIN = .build/release/schooldash

.PHONY: all setup release samples test clean

all: samples

setup:
	@scripts/setup.sh

release: setup
	$(SWIFT) build -c release --product schooldash

samples: release
	$(BIN) build Samples --out Output

# The tests also look inside PDFs, so the set-up adds poppler-utils.
test:
	@SCHOOLDASH_TOOLS=1 scripts/setup.sh
	$(SWIFT) test

clean:
	rm -rf .build

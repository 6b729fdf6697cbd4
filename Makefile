# trust-package: the two commands a user needs are `make trust-package` and `make test`.
# Everything else (dependencies, compiling) is set up on demand by these targets.

SHELL := /bin/bash
NODE ?= node
CONTENT ?= content
OUT ?= out
# A heap ceiling well above what the largest benchmark content needs (about 350 MiB at 100x) makes V8
# collect garbage sooner: peak memory at 100x drops from about 480 MiB to about 350 MiB for the same time.
NODE_FLAGS ?= --max-old-space-size=1536
CLI := $(NODE) $(NODE_FLAGS) dist/cli.js
# Values given on the command line are data. $(call arg,VAR) is VAR as one shell word, exactly as given:
# $(value) keeps make from expanding it ($(shell ...) would run), single quotes keep the shell from it
# ($(...), backticks, $, double quotes). A line break cannot be passed on a recipe line, so it is refused.
# Tests: test/hardening/make-variables.test.ts.
define NEWLINE


endef
# make would also export a command-line variable to every recipe's environment, expanding it on the way
# ($(shell ...) would run): these are passed as arguments only.
USER_VARIABLES := CONTENT OUT RECIPIENT EMAIL RECIPIENTS SENT REVISION SIGNING_KEY FROM TO FORMAT PACKAGE ALLOWED_SIGNERS QUESTIONNAIRE \
  ADDRESS SIGNATORY DRAFT NOTICE_DATE SHEET QUESTION_COLUMN ANSWER_COLUMN INCLUDE_HIDDEN
unexport $(USER_VARIABLES)
arg = $(if $(findstring $(NEWLINE),$(value $1)),$(error $1 holds a line break, which make cannot pass to the command safely; give it on one line),'$(subst ','\'',$(value $1))')
given = $(value $1)
BUILD_FLAGS = --content $(call arg,CONTENT) --out $(call arg,OUT) $(if $(call given,REVISION),--revision)
# Recipient editions: RECIPIENT="Acme Corp" [EMAIL=...] or RECIPIENTS=recipients.csv, and SENT=YYYY-MM-DD (default today, UTC).
BUILD_FLAGS += $(if $(call given,RECIPIENT),--recipient $(call arg,RECIPIENT)) $(if $(call given,EMAIL),--email $(call arg,EMAIL))
BUILD_FLAGS += $(if $(call given,RECIPIENTS),--recipients $(call arg,RECIPIENTS)) $(if $(call given,SENT),--sent $(call arg,SENT))
# Signing: SIGNING_KEY=path (an OpenSSH Ed25519 private key outside the repository; the environment variable works
# too) signs SHA256SUMS of the package, every edition and every change notice.
SIGN_FLAGS = $(if $(call given,SIGNING_KEY),--signing-key $(call arg,SIGNING_KEY))
BUILD_FLAGS += $(SIGN_FLAGS)
BUILD_FLAGS += $(if $(call given,ADDRESS),--address $(call arg,ADDRESS)) $(if $(call given,SIGNATORY),--signatory $(call arg,SIGNATORY))
# DRAFT=1: build into $(OUT)/draft/, DRAFT on every page, nothing archived or registered.
BUILD_FLAGS += $(if $(call given,DRAFT),--draft)

SOURCES := $(shell find src -name '*.ts' 2>/dev/null) tsconfig.json
STAMP_DEPS := node_modules/.stamp-installed
STAMP_BUILD := dist/.stamp-built

# The public trust page alone (make trust-package writes it too, and archives it with the package).
.PHONY: site
## Write the public trust page to $(OUT)/site/ without building the package.
site: $(STAMP_BUILD)
	@$(CLI) site --content $(call arg,CONTENT) --out $(call arg,OUT)

.PHONY: trust-package draft validate verify list test typecheck clean deps bench diff rules-doc layers answer answer-quality answer-bench

## Build the dated package from $(CONTENT) into $(OUT) and archive it; with RECIPIENT= or RECIPIENTS=, also recipient editions.
trust-package: $(STAMP_BUILD)
	@$(CLI) build $(BUILD_FLAGS)

## Build the whole package into $(OUT)/draft/ with DRAFT on every page; never archived or registered.
draft: $(STAMP_BUILD)
	@$(CLI) build $(BUILD_FLAGS) $(if $(call given,DRAFT),,--draft)

## Compare two archived versions and list the recipients to tell: make diff FROM=<reviewDate|zip> TO=<reviewDate|zip> [FORMAT=text|md|pdf] [NOTICE_DATE=YYYY-MM-DD]
diff: $(STAMP_BUILD)
	@test -n $(call arg,FROM) -a -n $(call arg,TO) || { echo "usage: make diff FROM=<review date or zip> TO=<review date or zip> [FORMAT=text|md|pdf]" >&2; exit 2; }
	@$(CLI) diff $(call arg,FROM) $(call arg,TO) --content $(call arg,CONTENT) --out $(call arg,OUT) --format $(if $(call given,FORMAT),$(call arg,FORMAT),text) $(if $(call given,NOTICE_DATE),--notice-date $(call arg,NOTICE_DATE)) $(SIGN_FLAGS)

## Fill a customer's questionnaire from the answer library: make answer QUESTIONNAIRE=file.xlsx|file.csv [SHEET=] [QUESTION_COLUMN=] [ANSWER_COLUMN=] [RECIPIENT=] [INCLUDE_HIDDEN=1]; or make answer FORMAT=caiq
answer: $(STAMP_BUILD)
	@test -n $(call arg,QUESTIONNAIRE) -o $(call arg,FORMAT) = caiq || { echo "usage: make answer QUESTIONNAIRE=<file.xlsx or file.csv> [SHEET=] [QUESTION_COLUMN=] [ANSWER_COLUMN=] [RECIPIENT=], or make answer FORMAT=caiq" >&2; exit 2; }
	@$(CLI) answer $(if $(call given,QUESTIONNAIRE),$(call arg,QUESTIONNAIRE)) --content $(call arg,CONTENT) --out $(call arg,OUT) $(if $(call given,FORMAT),--format $(call arg,FORMAT)) \
	  $(if $(call given,SHEET),--sheet $(call arg,SHEET)) $(if $(call given,QUESTION_COLUMN),--question-column $(call arg,QUESTION_COLUMN)) \
	  $(if $(call given,ANSWER_COLUMN),--answer-column $(call arg,ANSWER_COLUMN)) $(if $(call given,RECIPIENT),--recipient $(call arg,RECIPIENT)) \
	  $(if $(call given,INCLUDE_HIDDEN),--include-hidden)

## Measure how well the default library answers the tuning and held-out question sets: right / wrong / abstained.
answer-quality: $(STAMP_DEPS)
	@$(NODE) scripts/answer-quality.js

## Time make answer on a generated 300-question workbook against the default content (a throw-away copy of it).
answer-bench: $(STAMP_BUILD)
	@$(NODE) bench/answer.js 300

## Check the content and report every problem, without building.
validate: $(STAMP_BUILD)
	@$(CLI) validate --content $(call arg,CONTENT)

## Check a package against its manifest and checksums (and its signature): make verify PACKAGE=<zip, archive folder or review date> [ALLOWED_SIGNERS=file]
verify: $(STAMP_BUILD)
	@test -n $(call arg,PACKAGE) || { echo "usage: make verify PACKAGE=<zip, archive folder or review date> [ALLOWED_SIGNERS=allowed_signers]" >&2; exit 2; }
	@$(CLI) verify $(call arg,PACKAGE) --content $(call arg,CONTENT) $(if $(call given,ALLOWED_SIGNERS),--allowed-signers $(call arg,ALLOWED_SIGNERS))

## List the archived packages with date, sha256 and size.
list: $(STAMP_BUILD)
	@$(CLI) list --content $(call arg,CONTENT)

## Write docs/rules.md from the rule registry (src/diagnostics/rules.ts).
rules-doc: $(STAMP_BUILD)
	@$(CLI) rules > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md

## Check that src/ imports run one way through the pipeline's stages, with no cycle (.dependency-cruiser.cjs).
layers: $(STAMP_DEPS)
	@node_modules/.bin/depcruise src --config .dependency-cruiser.cjs --output-type err

## Type-check everything, check the layering and run the test suite.
test: $(STAMP_BUILD)
	@node_modules/.bin/tsc -p tsconfig.test.json
	@node_modules/.bin/depcruise src --config .dependency-cruiser.cjs --output-type err
	@mkdir -p $(call arg,OUT); rm -f $(call arg,OUT)/test-results.json; status=0; \
	  node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=$(call arg,OUT)/test-results.json || status=$$?; \
	  node scripts/test-summary.js $(call arg,OUT)/test-results.json; exit $$status

## Time the build beside the peer (pandoc + wkhtmltopdf) at 1x, 10x and 100x; writes docs/benchmarks.md (several minutes).
## BENCH_RUNS=1 for a smoke run; BENCH_PEER_DIR= where the peer scripts are (default ../shared/peers).
bench: $(STAMP_BUILD)
	@NODE_FLAGS="$(NODE_FLAGS)" $(NODE) bench/run.js

typecheck: $(STAMP_DEPS)
	@node_modules/.bin/tsc -p tsconfig.test.json

deps: $(STAMP_DEPS)

# Install exactly what the lock file says, again whenever package.json or the lock file changes.
$(STAMP_DEPS): package.json package-lock.json
	@echo "Installing dependencies (npm ci)..."
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Compile only when a source file changed. The CLI runs as one bundled file (scripts/bundle.js, esbuild),
# which starts faster than tsc's output of hundreds of modules; `make test` does the type-checking.
$(STAMP_BUILD): $(STAMP_DEPS) $(SOURCES) package.json scripts/bundle.js
	@$(NODE) scripts/bundle.js
	@touch $@

clean:
	rm -rf dist $(call arg,OUT)/*.zip $(call arg,OUT)/*.pdf $(call arg,OUT)/draft $(call arg,OUT)/.tmp-* $(call arg,OUT)/.*.tmp-*
	@echo Kept $(call arg,OUT)/archive: archived packages are never deleted by the tool.

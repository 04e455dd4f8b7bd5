# LeanRails Desktop — quick start: `make run` (the app on the bundled sandbox), `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

# Debian packages: Qt's xcb platform plugin (a real window), and the real system parts the
# tests use: Secret Service (gnome-keyring in a dbus session), a QR decoder, a PDF rasteriser,
# the accessibility bus (AT-SPI) and the system Python's pyatspi that reads it as Orca does,
# a browser for the embed snippet, LibreOffice for spreadsheets, a Japanese font for layouts.
QT_DEBS   := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
             libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 \
             libfontconfig1 libdbus-1-3 fonts-dejavu-core
TEST_DEBS := gnome-keyring dbus dbus-x11 libsecret-tools zbar-tools poppler-utils xvfb \
             desktop-file-utils appstream \
             at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0 \
             chromium libreoffice-calc-nogui fonts-ipafont-gothic

.PHONY: run sandbox test lint bench package package-test install-linux icons clean \
        system-deps test-deps mutation translations

# Translations: the .ts sources are kept in git and filled in by hand (Qt Linguist or any
# editor); `make translations` collects every sentence of the core and the UI into them
# (lupdate), then builds the .qm files the app loads (lrelease). English holds only the
# plural forms ("1 link" / "2 links").
TS_DIR    := leanrails_desktop/resources/translations
TS_LANGS  := de_DE ja_JP
TS_FILES  := $(foreach l,$(TS_LANGS),$(TS_DIR)/leanrails_$(firstword $(subst _, ,$(l))).ts)
TS_EN     := $(TS_DIR)/leanrails_en.ts
QM_FILES  := $(patsubst %.ts,%.qm,$(TS_FILES) $(TS_EN))
TR_SOURCES := leanrails_desktop/core leanrails_desktop/ui
LUPDATE   := $(VENV)/bin/pyside6-lupdate -silent -extensions py -no-obsolete -locations none

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*; touch $@

# Installs Debian packages only when running as root with apt and something is missing.
define apt_install
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	else echo "Not root with apt: make sure these are installed: $(1)"; fi
endef

system-deps:
	$(call apt_install,$(QT_DEBS))

test-deps: system-deps
	$(call apt_install,$(TEST_DEBS))

# The bytecode is written first, as an installed app has it: a start without it compiles
# every module again (slower by about a tenth when PYTHONDONTWRITEBYTECODE is set).
run: system-deps $(STAMP) $(QM_FILES)
	$(PY) -m compileall -q leanrails_desktop >/dev/null
	$(VENV)/bin/leanrails-desktop --sandbox

sandbox: $(STAMP)
	$(VENV)/bin/leanrails-sandbox --port 8765 --seed-demo

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(foreach l,$(TS_LANGS),$(LUPDATE) $(TR_SOURCES) -target-language $(l) \
	  -ts $(TS_DIR)/leanrails_$(firstword $(subst _, ,$(l))).ts &&) true
	$(LUPDATE) -pluralonly $(TR_SOURCES) -target-language en_US -ts $(TS_EN)
	touch $(TS_FILES) $(TS_EN)
	$(MAKE) $(QM_FILES)
	$(PY) packaging/translation_status.py $(TS_FILES)

lint: $(STAMP)
	$(VENV)/bin/ruff check leanrails_desktop tests bench packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) -m bench.module_sizes --max-lines 500

test: test-deps $(STAMP) $(QM_FILES) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Mutation testing of the modules where a mistake costs money: mutmut plants small bugs one
# at a time and each must make a test fail. Prints the score per module (tests/MUTATION.md
# explains the survivors). Not part of CI: about half an hour on 2 cores.
# MUTATION_JOBS=1 on a machine shared with others.
MUTATION_JOBS ?= 2

mutation: $(STAMP)
	nice $(PY) tests/mutation_score.py run --jobs $(MUTATION_JOBS)

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

BUILD_STAMP := $(VENV)/.build-tools-$(shell cat packaging/requirements-build.txt | cksum | cut -d' ' -f1)

$(BUILD_STAMP): packaging/requirements-build.txt $(STAMP)
	$(PY) -m pip install -q -r packaging/requirements-build.txt
	rm -f $(VENV)/.build-tools-*; touch $@

# A one-folder build in dist/leanrails-desktop, checked by its own --self-check.
package: system-deps $(STAMP) $(BUILD_STAMP) $(QM_FILES)
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/leanrails-desktop.spec
	QT_QPA_PLATFORM=offscreen dist/leanrails-desktop/leanrails-desktop --self-check

package-test: test-deps $(STAMP) $(BUILD_STAMP)
	LEANRAILS_TEST_FROZEN=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -s --fail-on-system-skip tests/system/test_frozen_build.py

install-linux: package
	packaging/install-linux.sh dist/leanrails-desktop

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache mutants

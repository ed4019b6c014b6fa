# navapp: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# The translations the app loads, built from their sources (the install builds them too).
QM := $(patsubst translations/%.ts,resources/translations/%.qm,$(wildcard translations/*.ts))

.PHONY: run test test-core bench lint typecheck demo sounds translations package clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(STAMP)

resources/translations/%.qm: translations/%.ts | $(STAMP)
	@mkdir -p resources/translations
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

## Gather new texts to translate into translations/*.ts.
translations: $(STAMP)
	$(PY) tools/update_translations.py

## Open the app on the demo stage, its recorded drive replaying at 5x in practice mode.
run: $(STAMP) $(QM)
	$(PY) -m navapp gui roadbooks/demo_stage.gpx --replay roadbooks/demo_drive.gpx --speed 5

## The whole test suite, Qt offscreen.
test: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## The core alone, without Qt.
test-core: $(TEST_STAMP)
	$(PY) -m pytest -q -m "not gui"

## Speed and memory figures (not part of `make test`).
bench: $(TEST_STAMP)
	$(PY) bench/run.py

lint: $(TEST_STAMP)
	$(PY) -m ruff check navapp tests bench tools hatch_build.py
	$(PY) -m ruff format --check navapp tests bench tools hatch_build.py

typecheck: $(TEST_STAMP)
	$(PY) -m mypy

## Regenerate the demo stage and its recorded drive in roadbooks/.
demo: $(STAMP)
	$(PY) tools/make_demo.py

## Regenerate the cue sounds in resources/sounds/.
sounds: $(STAMP)
	$(PY) tools/make_sounds.py

## One-folder desktop build with PyInstaller (dist/navapp).
package: $(TEST_STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --clean packaging/navapp.spec

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache tests/screenshots

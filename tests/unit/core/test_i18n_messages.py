"""The core's messages go through the translation hook, whole and with their fields filled.

A fake translator wraps every text it is asked for in ⟦ ⟧, so a message shows which parts
were translated and that the fields were filled after; English comes back afterwards. The
source scan checks what the translators' tool (lupdate) needs: literal contexts and texts,
and ``str.format`` fields with names.
"""

from __future__ import annotations

import ast
import math
import string
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from navapp.core import format as fmt
from navapp.core import i18n
from navapp.core.cue_speech import box_call, danger_call, say_distance, spoken_turn
from navapp.core.cues import Cue
from navapp.core.model import Box, Units
from navapp.core.review_tables import no_times
from navapp.core.route_fit import route_fit
from navapp.core.validate import validate
from navapp.gps.link import Reconnect, no_backend_line
from navapp.gps.silence import Feed, FeedStatus
from navapp.io.errors import InputError
from navapp.io.gpx import parse_gpx
from navapp.maps.files import open_map_file
from navapp.maps.source import MapSourceError
from tests.builders import roadbook

ROOT = Path(__file__).resolve().parents[3]
SCANNED = [ROOT / "navapp" / d for d in ("core", "io", "gps", "maps")] + [
    ROOT / "navapp" / "errors.py"
]


def _fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return "⟦" + text + "⟧"


@pytest.fixture
def wrapped() -> Iterator[None]:
    i18n.install(_fake, ",")
    try:
        yield
    finally:
        i18n.install(None)


def test_validation_findings_and_advice_are_translated_then_filled(wrapped: None) -> None:
    rb = roadbook([Box(0, 0.0, cap=400), Box(0, 1.0)])
    (finding,) = validate(rb)
    assert finding.message == "⟦CAP 400 is outside 0–360⟧"
    assert finding.advice.startswith("⟦A CAP is a compass heading") and finding.advice.endswith("⟧")


def test_route_fit_warning_is_one_translated_sentence(wrapped: None) -> None:
    fit = route_fit(np.array([0.0, 50.0]), np.array([5000.0, 5000.0]), 10_000.0)
    assert fit.warning == (
        "⟦Not a drive of this stage? It keeps 5.0 km from the route (median) "
        "and covers 0% of the route.⟧"
    )


def test_gps_marks_and_lines_are_translated(wrapped: None) -> None:
    lost = FeedStatus(Feed.NO_GPS, silent_s=12.4, data_s=12.4, source="gpsd localhost:2947")
    assert lost.mark == "⟦GPS LOST⟧"
    assert lost.indicator == "⟦NO GPS 12 s⟧"
    assert lost.line == "⟦no GPS data for 12 s — gpsd localhost:2947 has gone silent⟧"
    link = Reconnect("serial /dev/ttyUSB0", retry_ms=2000)
    assert link.port_lost("busy") == "⟦serial /dev/ttyUSB0: busy — retrying in ⟦2 s⟧⟧"
    assert no_backend_line().startswith("⟦no position service")


def test_spoken_calls_are_translated_with_digits_for_another_voice(wrapped: None) -> None:
    # A translated template reads the figures as digits (the voice says them in its language),
    # with the language's decimal separator.
    assert say_distance(1249.0, Units.METRIC) == "⟦1,2 kilometres⟧"
    assert box_call(296.0, Units.METRIC, spoken_turn(90.0), 120) == (
        "⟦⟦300 metres⟧, ⟦right⟧, CAP 120⟧"
    )
    assert danger_call(3) == "⟦danger 3⟧"
    assert Cue.WP_MISSED.label == "⟦Waypoint missed⟧"


def test_review_words_are_translated(wrapped: None) -> None:
    assert fmt.penalty(math.inf) == "⟦EXCLUSION⟧"
    assert no_times() == "⟦no times in this track⟧"


def test_reader_and_map_errors_are_translated(wrapped: None, tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        parse_gpx(tmp_path / "x.gpx", b"<?xml version='1.0'?>\n<foo/>")
    assert str(err.value) == f"{tmp_path / 'x.gpx'}:2: ⟦not a GPX file⟧"
    bad = tmp_path / "map.mbtiles"
    bad.write_text("not a map")
    with pytest.raises(MapSourceError) as map_err:
        open_map_file(bad)
    assert "⟦" in str(map_err.value)


def test_english_when_no_translator_is_installed() -> None:
    assert Cue.WP_MISSED.label == "Waypoint missed"
    assert say_distance(1249.0, Units.METRIC) == "one point two kilometres"
    assert FeedStatus(Feed.NO_FIX, silent_s=3.0).indicator == "NO FIX 3 s"


def _sources() -> Iterator[Path]:
    for place in SCANNED:
        yield from [place] if place.is_file() else sorted(place.rglob("*.py"))


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _field_problems(text: str) -> list[str]:
    problems = []
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as e:
        return [f"not a valid str.format template ({e})"]
    for f in fields:
        if not f.isidentifier():
            problems.append(f"field {{{f}}} is not a plain name")
    return problems


def test_every_translated_text_is_literal_with_named_fields() -> None:
    problems: list[str] = []
    calls = 0
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        marked: set[str] = set()  # contexts whose texts are marked in tables of this module
        found: list[ast.Call] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
                problems.append(f"{where}:{node.lineno}: imports Qt")
            if isinstance(node, ast.Call) and _name(node.func) in (
                "translate",
                "QT_TRANSLATE_NOOP",
            ):
                if path.name == "i18n.py":
                    continue
                found.append(node)
                context = _literal(node.args[0]) if node.args else None
                if _name(node.func) == "QT_TRANSLATE_NOOP" and context is not None:
                    marked.add(context)
        for node in found:
            calls += 1
            line = f"{where}:{node.lineno}"
            if len(node.args) < 2:
                problems.append(f"{line}: needs a context and a text")
                continue
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is None:
                problems.append(f"{line}: the context is not a literal")
            if text is None:
                # A text kept in a table is marked there with its context and translated here.
                if _name(node.func) != "translate" or context not in marked:
                    problems.append(f"{line}: the text is not a literal nor marked in a table")
                continue
            problems += [f"{line}: {p}" for p in _field_problems(text)]
    assert calls > 300
    assert problems == []

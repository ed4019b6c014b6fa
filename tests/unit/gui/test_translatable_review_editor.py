"""Nothing the review window, the roadbook editor and their dialogs show escapes translation.

A translator that marks every text it is asked for (``⟦text⟧``) is installed on the app and
on the core's hook; then every visible text collected from the windows must be marked, or be
a number, a unit, a rally term, a file name or a value from the data (a crew's or stage's
name, what the core made: waypoint labels, road and symbol names, its tables).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from navapp.core import i18n
from navapp.core.model import Track, WaypointType
from navapp.core.recordings import describe, split_recordings
from navapp.core.tulip import RoadType, Tulip, symbol_library
from navapp.gui.editor import EditorWindow
from navapp.gui.editor.files import GenerateDialog
from navapp.gui.editor.stage_dialog import StageDialog
from navapp.gui.editor.tulip.dialog import TulipEditorDialog
from navapp.gui.review import ReviewWindow
from navapp.io.registry import read_roadbook
from navapp.paths import demo_roadbook
from tests.builders import drive
from tests.unit.gui import generated_stage
from tests.unit.gui.editor.co_driver import Ask

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

OPEN, CLOSE = "⟦", "⟧"
# Left as crews and the files write them: rally terms, units and the signs between figures.
KEPT = {
    "CAP", "DSS", "ASS", "WPM", "WPV", "WPS", "WPE", "WPC", "DZ", "FZ", "CP", "km", "km/h",
    "m", "s", "h", "mi", "mph", "UTC", "°", "°T", "#", "!", "!!", "!!!", "—", "·", "⚠", "✗",
}  # fmt: skip
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_FIGURE = re.compile(r"^[-+−]?[\d.,:]*\d[\d.,:]*[%°']?$")


class Marker(QTranslator):
    """Every text comes back marked, whatever its context."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return OPEN + source + CLOSE

    def isEmpty(self) -> bool:
        return False


def unmarked(text: str, data: Iterable[str]) -> str:
    """What is left of ``text`` once its marked parts, the data and the kept words are out."""
    rest = text
    while True:
        stripped = _MARKED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for value in sorted(data, key=len, reverse=True):
        if value:
            rest = rest.replace(value, " ")
    words = re.split(r"[\s()\[\],;:/&…\-–]+", rest)
    return " ".join(w for w in words if w and w not in KEPT and not _FIGURE.match(w))


def texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible text under ``root``: labels, buttons, group boxes,
    fields' placeholders, combo items, list items, tabs, table headers, tooltips, actions
    and menus; not inside the ``skip`` widgets (other folders' parts)."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if any(w is s or s.isAncestorOf(w) for s in skip):
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if w.isWindow():
            yield f"{name} title", w.windowTitle()
        yield f"{name} tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        if isinstance(w, QAbstractButton):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            yield from ((f"{name} item", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{name} item", w.item(i).text()
                yield f"{name} item tooltip", w.item(i).toolTip()
        if isinstance(w, QTabWidget):
            yield from ((f"{name} tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            for c in range(m.columnCount()):
                head = m.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                yield f"{name} header", str(head or "")
        if isinstance(w, QMenu):
            yield f"{name} menu", w.title()
        for a in w.actions():
            if not a.isSeparator():
                yield f"{name} action", a.text()
                yield f"{name} action tooltip", a.toolTip()
                yield f"{name} action status tip", a.statusTip()


def escaped(found: Iterable[tuple[str, str]], data: Iterable[str]) -> list[str]:
    values = set(data)
    return sorted({f"{where}: {text!r}" for where, text in found if unmarked(text, values)})


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    marker = Marker()
    qapp.installTranslator(marker)
    i18n.install(lambda c, s, d=None, n=-1: marker.translate(c, s, d, n))
    yield
    i18n.install(None)
    qapp.removeTranslator(marker)


def core_words() -> set[str]:
    """Texts the core makes (its owner translates them there): names of waypoint types,
    roads and symbols."""
    words = {t.label for t in WaypointType} | {r.label for r in RoadType}
    words |= {s.label for s in symbol_library().values()}
    words |= {s.label.split(" (")[0].split(",")[0] for s in symbol_library().values()}
    return words


def crew(name: str, speed_kmh: float, start: float) -> Track:
    fixes = drive(generated_stage.ROUTE, speed_kmh, start=start)
    return Track(
        np.array([f.time for f in fixes]),
        np.array([f.lat for f in fixes]),
        np.array([f.lon for f in fixes]),
        np.full(len(fixes), np.nan),
        np.array([f.speed_kmh for f in fixes]),
        name=name,
    )


def test_the_review_window_shows_only_translated_texts(qtbot: QtBot, marked: None) -> None:
    from navapp.core.compare import compare
    from navapp.core.review import review

    rb = generated_stage.stage()
    tracks = [crew("Crew Alpha", 60.0, 1.767e9), crew("Crew Bravo", 75.0, 1.767e9 + 120)]
    reviews = [review(rb, t) for t in tracks]
    w = ReviewWindow(rb, list(zip(tracks, reviews, strict=True)), compare(reviews))
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    w.set_time_from_dss(True)
    w.seek_index(200)
    events = w.events.events_model
    cells = [
        ("event", str(events.data(events.index(r, c))))
        for r in range(events.rowCount())
        for c in (2, 3)
    ]
    assert len(cells) > 4
    data = {rb.name, *(t.name for t in tracks), *core_words()}
    data |= {w_.label for rv in reviews for w_ in rv.waypoints}
    data |= {note for rv in reviews for note in rv.notes}
    for table in (
        w.sections.table,
        w.comparison_pane.sections.table,
        w.comparison_pane.boxes.table,
    ):
        if table is not None:
            data |= {table.title, *table.head, *(c for row in table.rows for c in row.cells)}
    found = [
        *texts(w, skip=(w.map_bar, w.drive_thumbnail)),
        *cells,
        ("status", w.statusBar().currentMessage()),
        ("time", w.time_label.text()),
    ]
    assert escaped(found, data) == []


def _editor(qtbot: QtBot, tmp_path: Path) -> EditorWindow:
    settings = QSettings(str(tmp_path / "navapp.ini"), QSettings.Format.IniFormat)
    w = EditorWindow(settings=settings, data_dir=tmp_path / "data", ask=Ask())
    qtbot.addWidget(w)
    w.set_roadbook(read_roadbook(demo_roadbook()), str(demo_roadbook()))
    w.menus.add_recent(str(demo_roadbook()))
    w.resize(1300, 850)
    w.show()
    return w


def test_the_editor_and_its_dialogs_show_only_translated_texts(
    qtbot: QtBot, tmp_path: Path, marked: None
) -> None:
    w = _editor(qtbot, tmp_path)
    rb = w.roadbook()
    # A box with a waypoint and one with a tulip: every field of the detail panel in use.
    row = next(i for i, b in enumerate(rb.boxes) if b.waypoint is not None)
    w.select_row(row)
    assert w.update_box(row, notes_text="dune")
    w.undo_stack.undo()
    data = {rb.name, demo_roadbook().name, str(demo_roadbook()), *core_words()}
    data |= {b.waypoint.name for b in rb.boxes if b.waypoint is not None}
    data |= {f.explained for r in range(len(rb.boxes)) for f in w.model.findings(r)}
    data |= {f.explained for f in w.model.roadbook_findings()}
    found = [
        *texts(w, skip=(w.map_bar,)),
        *((f"menu {m.title()}", a.text()) for m in w.findChildren(QMenu) for a in m.actions()),
        ("status", w.statusBar().currentMessage()),
        ("map hint", w.map.drawing_hint()),
    ]
    assert escaped(found, data) == []

    stage = StageDialog(rb, w)
    qtbot.addWidget(stage)
    stage.show()
    # Two recordings an hour apart: the dialog lists them and offers the choice.
    one = crew("", 60.0, 1.767e9)
    two = dataclasses.replace(one, time=one.time + 7200.0)
    joined = Track(
        np.concatenate([one.time, two.time]),
        np.concatenate([one.lat, two.lat]),
        np.concatenate([one.lon, two.lon]),
        np.concatenate([one.ele, two.ele]),
        None,
        np.array([0, len(one)]),
    )
    recordings = split_recordings(joined)
    assert len(recordings) == 2
    generate = GenerateDialog(None, w, recordings)
    qtbot.addWidget(generate)
    generate.show()
    tulip = TulipEditorDialog(Tulip(), w, route_suggestion=Tulip())
    qtbot.addWidget(tulip)
    tulip.show()
    dialog_data = data | {describe(r) for r in recordings}
    for dialog in (stage, generate, tulip):
        found = list(texts(dialog))
        if isinstance(dialog, TulipEditorDialog):
            found.append(("selection", dialog.editor.selection_label.text()))
        assert escaped(found, dialog_data) == [], type(dialog).__name__
        dialog.done(QDialog.DialogCode.Rejected)


def test_the_check_sees_an_unmarked_text() -> None:
    assert unmarked("⟦Box {number}⟧", ()) == ""
    assert unmarked("⟦Review — ⟦stage⟧⟧", ()) == ""
    assert unmarked("12.5 km  ·  ⟦box 3⟧", ()) == ""
    assert unmarked("WPM 3: ⟦closest 40 m⟧", ()) == ""
    assert unmarked("Crew Alpha\n⟦fastest⟧ · +0:02:00", {"Crew Alpha"}) == ""
    assert unmarked("Remove tulip", ()) == "Remove tulip"
    assert unmarked("⟦Saved⟧ demo.gpx — lost", {"demo.gpx"}) == "lost"

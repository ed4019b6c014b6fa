"""The Sound page of the settings: each cue's volume, mute and test button, the master mute,
spoken box calls, and when the distance cues sound (stored by :mod:`navapp.gui.shell.settings`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from navapp.core.cues import Cue
from navapp.core.i18n import QT_TRANSLATE_NOOP
from navapp.gui.shell.settings import (
    BOX_NEAR_RANGE_M,
    OFF_ROUTE_RANGE_M,
    OVERSPEED_REPEAT_RANGE_S,
    VOLUME_RANGE,
    SoundSettings,
)
from navapp.gui.sound import speech
from navapp.gui.sound.player import CuePlayer

# What the test button of a box cue says when spoken calls are ticked.
SAMPLE_CALLS = {
    Cue.BOX_NEAR: QT_TRANSLATE_NOOP("SoundPage", "three hundred metres, left, CAP 120"),
    Cue.DANGER_BOX: QT_TRANSLATE_NOOP("SoundPage", "danger three"),
}
_DANGER_LEVELS = (
    (QT_TRANSLATE_NOOP("SoundPage", "!!! only"), 3),
    (QT_TRANSLATE_NOOP("SoundPage", "!! and !!!"), 2),
    (QT_TRANSLATE_NOOP("SoundPage", "!, !! and !!!"), 1),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SoundPage", text)


class CueRow:
    """One cue's line: name, volume slider and figure, Mute, Test."""

    def __init__(self, cue: Cue, parent: QWidget) -> None:
        self.cue = cue
        self.name = QLabel(cue.label, parent)
        self.volume = QSlider(Qt.Orientation.Horizontal, parent)
        self.volume.setRange(*VOLUME_RANGE)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setMinimumSize(160, 40)
        self.volume.setAccessibleName(
            QCoreApplication.translate("SoundPage", "{cue} volume").format(cue=cue.label)
        )
        self.figure = QLabel(parent)
        self.figure.setMinimumWidth(40)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.volume.valueChanged.connect(lambda v: self.figure.setText(str(v)))
        self.muted = QCheckBox(QCoreApplication.translate("SoundPage", "Mute"), parent)
        self.test = QPushButton(QCoreApplication.translate("SoundPage", "Test"), parent)
        self.test.setToolTip(
            QCoreApplication.translate(
                "SoundPage", "Play this sound now at the volume shown, muted or not."
            )
        )
        self.muted.toggled.connect(self.show_muted)

    def show_muted(self, muted: bool) -> None:
        """A muted cue's volume is greyed out."""
        self.volume.setEnabled(not muted)
        self.figure.setEnabled(not muted)


class SoundPage(QWidget):
    """All sounds, spoken calls, each cue's volume and mute, and the distance cues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = CuePlayer(parent=self)
        self.all_muted = QCheckBox(self.tr("Mute every sound"), self)
        self.speak = QCheckBox(
            self.tr("Speak the box calls (“three hundred metres, left, CAP 120”)"), self
        )
        self.engine = speech.speech_engine()
        self.speech_note = QLabel(self)
        self.speech_note.setWordWrap(True)
        self.speech_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if self.engine is None:
            self.speak.setEnabled(False)
            self.speak.setToolTip(speech.no_engine_text())
            self.speech_note.setText(speech.no_engine_text())
        else:
            self.speech_note.setText(self.tr("Voice: {engine}.").format(engine=self.engine))
        self.output_note = QLabel(self.player.problem, self)
        self.output_note.setWordWrap(True)
        self.output_note.setVisible(bool(self.player.problem))

        cues = QGroupBox(self.tr("Sounds"), self)
        grid = QGridLayout(cues)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(16)
        self.rows: dict[Cue, CueRow] = {}
        for r, cue in enumerate(Cue):
            row = CueRow(cue, cues)
            row.test.clicked.connect(lambda _=False, cue=cue: self.test(cue))
            for c, widget in enumerate((row.name, row.volume, row.figure, row.muted, row.test)):
                grid.addWidget(widget, r, c)
            self.rows[cue] = row
        grid.setColumnStretch(1, 1)

        self.box_near = QSpinBox(self)
        self.box_near.setRange(*BOX_NEAR_RANGE_M)
        self.box_near.setSingleStep(50)
        self.box_near.setSuffix(" m")
        self.off_route = QSpinBox(self)
        self.off_route.setRange(*OFF_ROUTE_RANGE_M)
        self.off_route.setSingleStep(10)
        self.off_route.setSuffix(" m")
        self.overspeed_repeat = QSpinBox(self)
        self.overspeed_repeat.setRange(*OVERSPEED_REPEAT_RANGE_S)
        self.overspeed_repeat.setSuffix(" s")
        self.danger_level = QComboBox(self)
        for text, level in _DANGER_LEVELS:
            self.danger_level.addItem(_tr(text), level)
        when = QGroupBox(self.tr("When"), self)
        form = QFormLayout(when)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setHorizontalSpacing(24)
        for text, field in (
            (self.tr("Next box near: closer than"), self.box_near),
            (self.tr("Off the route: further than"), self.off_route),
            (self.tr("Over the speed limit: repeat every"), self.overspeed_repeat),
            (self.tr("Danger box: boxes marked"), self.danger_level),
        ):
            field.setMinimumWidth(200)
            # As tall as the fields and centred: a bare label sits at the top of its row.
            label = QLabel(text, when)
            label.setMinimumHeight(40)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            form.addRow(label, field)

        layout = QVBoxLayout(self)
        layout.addWidget(self.all_muted)
        layout.addWidget(self.speak)
        layout.addWidget(self.speech_note)
        layout.addWidget(self.output_note)
        layout.addWidget(cues)
        layout.addWidget(when)
        layout.addStretch(1)
        self.set_values(SoundSettings())

    def values(self) -> SoundSettings:
        """The sound settings as edited."""
        return SoundSettings(
            muted=self.all_muted.isChecked(),
            speak_boxes=self.speak.isChecked(),
            volumes={cue: row.volume.value() for cue, row in self.rows.items()},
            muted_cues=frozenset(cue for cue, row in self.rows.items() if row.muted.isChecked()),
            box_near_m=self.box_near.value(),
            off_route_m=self.off_route.value(),
            overspeed_repeat_s=self.overspeed_repeat.value(),
            danger_level=int(self.danger_level.currentData()),
        )

    def set_values(self, sound: SoundSettings) -> None:
        """Show ``sound``."""
        self.all_muted.setChecked(sound.muted)
        # Never ticked where nothing can speak.
        self.speak.setChecked(sound.speak_boxes and self.engine is not None)
        for cue, row in self.rows.items():
            row.volume.setValue(sound.volume(cue))
            row.figure.setText(str(sound.volume(cue)))
            row.muted.setChecked(cue in sound.muted_cues)
            row.show_muted(cue in sound.muted_cues)
        self.box_near.setValue(sound.box_near_m)
        self.off_route.setValue(sound.off_route_m)
        self.overspeed_repeat.setValue(sound.overspeed_repeat_s)
        self.danger_level.setCurrentIndex(max(0, self.danger_level.findData(sound.danger_level)))

    def test(self, cue: Cue) -> None:
        """Play ``cue`` now at the volume shown (and its sample call, if calls are spoken)."""
        speech = _tr(SAMPLE_CALLS[cue]) if self.speak.isChecked() and cue in SAMPLE_CALLS else ""
        self.player.preview(cue, self.rows[cue].volume.value(), speech)

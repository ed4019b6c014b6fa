"""The end-of-drive summary: validated and missed waypoints, overspeeds, distance and time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from navapp.core import format as fmt
from navapp.core.model import Units
from navapp.core.summary import DriveSummary
from navapp.gui.common.screen import fit_to_screen


def summary_html(summary: DriveSummary, units: Units) -> str:
    """The summary as simple rich text (also what the tests read)."""
    red = "<b style='color:#b00020'>{}</b>"
    rows = [
        "<p>"
        + QCoreApplication.translate(
            "SummaryDialog",
            "{distance} in {time} — {validated} waypoints validated, {missed} missed, "
            "overspeeds: {overspeeds}",
        ).format(
            distance=f"<b>{fmt.distance(summary.trip_km, units, unit=True)}</b>",
            time=f"<b>{fmt.hms(summary.elapsed_s)}</b>",
            validated=f"<b>{len(summary.validated)}</b>",
            missed=red.format(len(summary.missed)),
            overspeeds=red.format(len(summary.overspeeds)),
        )
        + "</p>"
    ]
    if summary.missed:
        title = QCoreApplication.translate("SummaryDialog", "Missed waypoints")
        rows.append(f"<h3>{title}</h3><table cellpadding='4'>")
        for w in summary.missed:
            label = escape(f"{w.waypoint.type.label} {w.waypoint.name}".strip())
            closest = (
                QCoreApplication.translate("SummaryDialog", "closest {distance}").format(
                    distance=f"{w.closest_m:.0f} m"
                )
                if w.closest_m is not None
                else QCoreApplication.translate("SummaryDialog", "never near")
            )
            box = QCoreApplication.translate("SummaryDialog", "box {number}").format(
                number=w.box.index
            )
            rows.append(f"<tr><td>{box}</td><td><b>{label}</b></td><td>{closest}</td></tr>")
        rows.append("</table>")
    if summary.overspeeds:
        title = QCoreApplication.translate("SummaryDialog", "Overspeeds")
        rows.append(f"<h3>{title}</h3><table cellpadding='4'>")
        for o in summary.overspeeds:
            peak = units.km_to_display(o.max_kmh)
            zone = QCoreApplication.translate("SummaryDialog", "zone from box {number}").format(
                number=o.box
            )
            top = QCoreApplication.translate("SummaryDialog", "max {speed}").format(
                speed=f"{peak:.0f} {units.speed_label}"
            )
            rows.append(
                f"<tr><td>{zone}</td>"
                f"<td>{fmt.clock(o.start)}–{fmt.clock(o.end)}</td>"
                f"<td>{o.end - o.start:.0f} s</td><td>{top}</td></tr>"
            )
        rows.append("</table>")
    if summary.validated:
        names = ", ".join(
            escape(f"{w.waypoint.type.label} {w.waypoint.name}".strip()) for w in summary.validated
        )
        title = QCoreApplication.translate("SummaryDialog", "Validated")
        rows.append(f"<h3>{title}</h3><p>{names}</p>")
    return "".join(rows)


class SummaryDialog(QDialog):
    """Shown when a drive ends (practice replay over, or ASS validated)."""

    def __init__(self, summary: DriveSummary, units: Units, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drive summary"))
        self.text = QLabel(summary_html(summary, units))
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(13)
        self.text.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, (620, 420))

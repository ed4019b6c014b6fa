"""The end-of-drive summary: validated and missed waypoints, overspeeds, distance and time."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from navapp.core import format as fmt
from navapp.core.model import Units
from navapp.core.summary import DriveSummary
from navapp.gui.common.screen import fit_to_screen


def summary_html(summary: DriveSummary, units: Units) -> str:
    """The summary as simple rich text (also what the tests read)."""
    rows = [
        f"<p><b>{fmt.distance(summary.trip_km, units, unit=True)}</b> in "
        f"<b>{fmt.hms(summary.elapsed_s)}</b> — "
        f"<b>{len(summary.validated)}</b> waypoints validated, "
        f"<b style='color:#b00020'>{len(summary.missed)}</b> missed, "
        f"<b style='color:#b00020'>{len(summary.overspeeds)}</b> "
        f"{'overspeed' if len(summary.overspeeds) == 1 else 'overspeeds'}</p>"
    ]
    if summary.missed:
        rows.append("<h3>Missed waypoints</h3><table cellpadding='4'>")
        for w in summary.missed:
            label = escape(f"{w.waypoint.type.label} {w.waypoint.name}".strip())
            closest = f"{w.closest_m:.0f} m" if w.closest_m is not None else "never near"
            rows.append(
                f"<tr><td>box {w.box.index}</td><td><b>{label}</b></td>"
                f"<td>closest {closest}</td></tr>"
            )
        rows.append("</table>")
    if summary.overspeeds:
        rows.append("<h3>Overspeeds</h3><table cellpadding='4'>")
        for o in summary.overspeeds:
            peak = units.km_to_display(o.max_kmh)
            rows.append(
                f"<tr><td>zone from box {o.box}</td>"
                f"<td>{fmt.clock(o.start)}–{fmt.clock(o.end)}</td>"
                f"<td>{o.end - o.start:.0f} s</td><td>max {peak:.0f} {units.speed_label}</td></tr>"
            )
        rows.append("</table>")
    if summary.validated:
        names = ", ".join(
            escape(f"{w.waypoint.type.label} {w.waypoint.name}".strip()) for w in summary.validated
        )
        rows.append(f"<h3>Validated</h3><p>{names}</p>")
    return "".join(rows)


class SummaryDialog(QDialog):
    """Shown when a drive ends (practice replay over, or ASS validated)."""

    def __init__(self, summary: DriveSummary, units: Units, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Drive summary")
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

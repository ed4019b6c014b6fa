"""Exporting the review: the HTML report on the map shown, or a crew's section CSV."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow

from navapp.core.model import Roadbook, Track
from navapp.core.review_model import Comparison, Review
from navapp.errors import NavappError
from navapp.gui.common.map_sources import MapSourceBar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction

    from navapp.gui.review.report_export import BackgroundReport
    from navapp.io.report import MapLayer


def _fetches(layer: MapLayer) -> bool:
    """Whether the report's map asks a tile server for tiles (online)."""
    from navapp.maps.xyz import XyzSource

    return isinstance(layer.source, XyzSource) and not layer.source.offline


class ReportExport(QMainWindow):
    """The review window's report export: what it writes, and the report written in the
    background."""

    roadbook: Roadbook
    tracks: list[Track]
    reviews: list[Review | None]
    comparison: Comparison | None
    report_job: BackgroundReport | None
    map_bar: MapSourceBar
    export_action: QAction
    report_written: SignalInstance
    _reference: int

    _fail: Callable[[str], None]  # ReviewWindow's

    def export_report(self, path: str | Path) -> bool:
        """Write the HTML report (``.html``), on the map shown, or the reference crew's section
        CSV (``.csv``). A report on a tile server's map, online, is written in the background
        once its tiles are fetched: True then means started, and ``report_written`` or
        ``failed`` follows."""
        path = Path(path)
        warnings: tuple[str, ...] = ()
        try:
            from navapp.io import report
        except ImportError:
            self._fail(self.tr("the report writer is not available"))
            return False
        try:
            if path.suffix.lower() == ".csv":
                rv = self.reviews[self._reference] if self.reviews else None
                if rv is None:
                    self._fail(self.tr("this crew has no review to export"))
                    return False
                report.write_csv(path, rv, self.roadbook.units)
            else:
                pairs = [(t, r) for t, r in zip(self.tracks, self.reviews, strict=True) if r]
                layer = self._report_map()
                write = functools.partial(
                    report.write_html,
                    path,
                    self.roadbook,
                    [t for t, _ in pairs],
                    [r for _, r in pairs],
                    self.comparison if len(pairs) == len(self.tracks) else None,
                    layer,
                )
                if layer is not None and layer.prepare is not None and _fetches(layer):
                    return self._export_in_background(write, path)
                warnings = write()
        except (NavappError, OSError) as e:
            self._fail(f"{path}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")
            return False
        # The map's trouble, if any, in the same line: the report itself shows it too.
        self.statusBar().showMessage(self._written_line(str(path), warnings))
        self.report_written.emit(str(path))
        return True

    def _report_map(self) -> MapLayer | None:
        """The map shown under the review map, at its opacity, for the report; a tile
        server's tiles fetched into its cache first unless it is offline."""
        from navapp.io.report import MapLayer
        from navapp.maps.fetch import prepare_tiles
        from navapp.maps.xyz import XyzSource

        layer = self.map_bar.layer
        source = layer.source()
        if source is None:
            return None
        prepare = (
            functools.partial(prepare_tiles, source) if isinstance(source, XyzSource) else None
        )
        return MapLayer(source, layer.opacity(), prepare)

    def _export_in_background(self, write: Callable[[], tuple[str, ...]], path: Path) -> bool:
        """Write the report in a worker thread (its tiles are fetched first): True when it
        started; ``report_written`` or ``failed`` follows. One at a time."""
        from navapp.gui.review.report_export import BackgroundReport

        if self.report_job is not None and self.report_job.running():
            self._fail(self.tr("a report is already being written"))
            return False
        job = BackgroundReport(write, path, self)
        job.written.connect(self._on_report_written)
        job.failed.connect(self._on_report_failed)
        self.report_job = job
        self.export_action.setEnabled(False)
        self.statusBar().showMessage(
            self.tr("Fetching the map for the report {file}…").format(file=path.name)
        )
        job.start()
        return True

    def _on_report_written(self, path: str, warnings: tuple[str, ...]) -> None:
        self.export_action.setEnabled(True)
        self.statusBar().showMessage(self._written_line(path, warnings))
        self.report_written.emit(path)

    def _written_line(self, path: str, warnings: tuple[str, ...]) -> str:
        """The status line of a written report, with the map's trouble if any."""
        if warnings:
            return self.tr("Report written: {path} ({warning})").format(
                path=path, warning=warnings[0]
            )
        return self.tr("Report written: {path}").format(path=path)

    def _on_report_failed(self, line: str) -> None:
        self.export_action.setEnabled(True)
        self._fail(line)

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            f"{self.roadbook.name or 'review'}.html",
            self.tr("HTML report (*.html);;Section table (*.csv)"),
        )
        if path:
            self.export_report(path)

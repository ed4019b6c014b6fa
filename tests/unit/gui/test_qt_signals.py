"""Guards against Qt binding bugs navapp has met."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    # Carries any Python object, as every navapp signal with a state or a fix does.
    sent = Signal(object)


def test_object_signals_keep_reference_counts(qtbot: object) -> None:
    """PySide6 6.12.0 dropped a reference to True per emission and aborted after ~600."""
    emitter = _Emitter()
    count = [0]

    def receive(value: object) -> None:
        count[0] += 1

    emitter.sent.connect(receive)
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.sent.emit((i, True))
    assert count[0] == 2000
    # Other code may take or drop a few references meanwhile; 2000 lost ones would show.
    assert abs(sys.getrefcount(True) - before) < 100

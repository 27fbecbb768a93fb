"""The Qt binding must not drop references to None or booleans on ordinary calls.

PySide6 6.12.0 under Python 3.11 decremented None's reference count on every call of a
method that returns nothing (QLabel.setText, QWidget.update, processEvents, ...); after a
day of use the count reaches zero and Python aborts ("deallocating None"). Python 3.12
makes None immortal, so there the count cannot be checked this way.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None and booleans are immortal from Python 3.12"
)


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(2_000):
        label.setText(str(i))
        label.update()
    qapp.processEvents()
    assert sys.getrefcount(None) - before > -50


def test_bool_results_keep_true_and_false_alive(qapp: QApplication) -> None:
    box = QCheckBox()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for i in range(2_000):
        box.setChecked(i % 2 == 0)
        box.isChecked()
    assert sys.getrefcount(True) + sys.getrefcount(False) - before > -50

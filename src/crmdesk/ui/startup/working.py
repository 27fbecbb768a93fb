"""Passphrase work (Argon2id takes ~200 ms) off the UI thread, while the dialog shows it is busy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from crmdesk.ui.guard import while_alive
from crmdesk.ui.ops import run_in_background


class WorkingIndicator(QWidget):
    """A busy bar and a line saying what is happening; hidden while idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no steps to count: just moving
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.hide()


class PassphraseWork:
    """Runs one piece of passphrase work at a time for ``owner``, with its controls disabled."""

    def __init__(
        self, owner: QWidget, indicator: WorkingIndicator, controls: Sequence[QWidget]
    ) -> None:
        self._owner = owner
        self._indicator = indicator
        self._controls = list(controls)
        self.running = False

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.running = busy
        for control in self._controls:
            control.setEnabled(not busy)
        self._indicator.label.setText(message)
        self._indicator.setVisible(busy)

    def start(
        self,
        message: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``work()`` in a worker; then ``on_done(result)`` or ``on_error(exc)`` here."""
        if self.running:
            return
        self._set_busy(True, message)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            on_error(exc)

        run_in_background(
            QThreadPool.globalInstance(),
            work,
            while_alive(self._owner, done),
            while_alive(self._owner, failed),
        )

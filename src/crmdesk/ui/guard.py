"""Callbacks that do nothing once their widget is gone (a background answer can outlive it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def while_alive(owner: QObject, fn: Callable[[T], None]) -> Callable[[T], None]:
    """``fn``, skipped when ``owner``'s C++ object was already deleted."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            fn(value)

    return call


class LatestAnswer:
    """Callbacks for a view's overlapping reloads: only the newest request's answer is shown.

    Answers come back from the thread pool in any order: a slow first load (everyone's
    deals) could arrive after the reload for the owner scope and replace it.
    """

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._generation = 0

    def callback(self, fn: Callable[[T], None]) -> Callable[[T], None]:
        """``fn`` for a new request; it does nothing once a newer request was made."""
        self._generation += 1
        mine = self._generation

        def call(value: T) -> None:
            if mine == self._generation and shiboken6.isValid(self._owner):
                fn(value)

        return call

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

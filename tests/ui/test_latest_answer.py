"""Overlapping reloads of a view: an older answer arriving last is not shown.

Seen in CI on a slow machine: the Opportunities board's first load (everyone's deals)
came back after the reload for the manager's team and replaced it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crmdesk.ui.guard import LatestAnswer


def test_only_the_newest_requests_answer_is_shown(qtbot: QtBot) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    shown: list[str] = []
    answers = LatestAnswer(view)
    everyone = answers.callback(shown.append)
    team = answers.callback(shown.append)
    team("team's deals")
    everyone("everyone's deals")  # the slower, older request answers last
    assert shown == ["team's deals"]
    mine = answers.callback(shown.append)
    mine("my deals")
    assert shown == ["team's deals", "my deals"]


def test_no_answer_is_shown_once_the_view_is_gone(qtbot: QtBot) -> None:
    view = QWidget()
    shown: list[str] = []
    answers = LatestAnswer(view)
    late = answers.callback(shown.append)
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    late("too late")
    assert shown == []

"""Record lists keep room for Thai marks and Chinese even when the first row is Latin."""

from __future__ import annotations

import math

from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from crmdesk.ui.record_tabs import RecordList


def _line_height(text: str, view: RecordList) -> int:
    layout = QTextLayout(text, view.font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return math.ceil(line.height())


def test_thai_and_chinese_rows_are_as_tall_as_their_text(qtbot: QtBot) -> None:
    view = RecordList(["Name", "Job title"])
    qtbot.addWidget(view)
    rows = [
        ("1", ["Robert Thompson", "CEO"]),  # the first row sets every row's height
        ("2", ["ผู้ใหญ่ ปุ๋ย ฤๅษี", "ผู้จัดการฝ่ายจัดซื้อ"]),
        ("3", ["王小明", "採購經理"]),
    ]
    view.set_rows(rows)
    view.resize(480, 200)
    view.show()
    for row, (_id, texts) in enumerate(rows):
        height = view.visualRect(view.model().index(row, 0)).height()
        assert height >= max(_line_height(t, view) for t in texts), texts

"""Every string the UI marks for translation has Thai and Chinese text, and lupdate can see it."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "crmdesk" / "ui"
sys.path.insert(0, str(ROOT / "tools"))

from translation_table import TABLE  # noqa: E402
from update_translations import tool  # noqa: E402


def _extracted(tmp_path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message lupdate finds in the UI code."""
    ts = tmp_path / "probe.ts"
    files = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_ui_string_has_a_translation_in_each_language(tmp_path: Path) -> None:
    messages = _extracted(tmp_path)
    assert len(messages) > 300  # lupdate really read the code
    missing = sorted({f"{ctx}: {src!r}" for ctx, src in messages if src not in TABLE})
    assert missing == [], "untranslated (add to tools/translation_table.py):\n" + "\n".join(missing)
    empty = sorted(src for src, texts in TABLE.items() if len(texts) != 3 or not all(texts))
    assert empty == []


def _hidden_translate_calls(path: Path) -> list[str]:
    """Calls lupdate cannot see: a local alias or wrapper for ``translate``/``tr``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name in {"tr", "translate", "_"}:
            found.append(f"{path.name}:{node.lineno} defines {node.name}()")
        value = node.value if isinstance(node, ast.Assign) else None
        if isinstance(value, ast.Attribute) and value.attr in {"translate", "tr"}:
            found.append(f"{path.name}:{node.lineno} aliases {value.attr}")
    return found


def test_no_ui_module_hides_translate_behind_an_alias() -> None:
    hidden = [line for path in sorted(UI.rglob("*.py")) for line in _hidden_translate_calls(path)]
    assert hidden == []

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

from translation_table import ENGLISH_PLURALS, TABLE  # noqa: E402
from update_translations import tool  # noqa: E402


def _extracted(tmp_path: Path) -> list[tuple[str, str, bool]]:
    """(context, source, counts with %n) of every message lupdate finds in the UI code."""
    ts = tmp_path / "probe.ts"
    files = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(ts).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_ui_string_has_a_translation_in_each_language(tmp_path: Path) -> None:
    messages = _extracted(tmp_path)
    assert len(messages) > 300  # lupdate really read the code
    missing = sorted({f"{ctx}: {src!r}" for ctx, src, _n in messages if src not in TABLE})
    assert missing == [], "untranslated (add to tools/translation_table.py):\n" + "\n".join(missing)
    empty = sorted(src for src, texts in TABLE.items() if len(texts) != 3 or not all(texts))
    assert empty == []
    no_english_plural = sorted(
        {src for _c, src, counts in messages if counts and src not in ENGLISH_PLURALS}
    )
    assert no_english_plural == [], "add to ENGLISH_PLURALS: " + ", ".join(no_english_plural)


def _hidden_translate_calls(path: Path) -> list[str]:
    """Calls lupdate cannot see: aliases, wrappers, or a translate/tr of a non-literal."""
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        value = node.value if isinstance(node, ast.Assign) else None
        if isinstance(value, ast.Attribute) and value.attr in {"translate", "tr"}:
            found.append(f"{where} aliases {value.attr}")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in {"tr", "_tr", "translate", "_"}:
            found.append(f"{where} calls a local {func.id}()")
        elif isinstance(func, ast.Attribute) and func.attr == "translate":
            literal = len(node.args) >= 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]
            )
            if not literal:
                found.append(f"{where} translates a variable: {ast.unparse(node)[:60]}")
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append(f"{where} translates a variable: {ast.unparse(node)[:60]}")
    return found


def test_no_ui_string_hides_from_lupdate() -> None:
    hidden = [line for path in sorted(UI.rglob("*.py")) for line in _hidden_translate_calls(path)]
    assert hidden == []

#!/usr/bin/env python3
"""Extract UI strings into resources/translations/*.ts, fill them from the table, compile .qm.

    .venv/bin/python tools/update_translations.py          # update .ts, fill, compile
    .venv/bin/python tools/update_translations.py --check  # also fail when a string is untranslated

Runs ``pyside6-lupdate`` over ``src/crmdesk/ui/**/*.py`` (one .ts per language),
writes the translations from ``tools/translation_table.py`` into every message it
knows (source text -> (Thai, Traditional Chinese, Simplified Chinese)), and runs
``pyside6-lrelease`` to produce the ``.qm`` files the app loads.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from translation_table import ENGLISH_PLURALS, TABLE  # noqa: E402

LANGUAGES = ("th", "zh_TW", "zh_CN")
ENGLISH = "en"  # only plural forms: "1 contact" / "2 contacts"
OUT = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 into the virtual environment.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src/crmdesk/ui").rglob("*.py"))


def with_accelerator(source: str, text: str) -> str:
    """Give ``text`` the source's keyboard accelerator as "(&X)", before any "…" or colon."""
    found = re.search(r"&([^&\s])", source)
    if found is None or "&" in text:
        return text
    mark = f"(&{found.group(1).upper()})"
    tail = re.search(r"(…|:|：)$", text)
    if tail:
        return text[: tail.start()] + mark + tail.group(1)
    return text + mark


def write_ts(root: ET.Element, ts_path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill_english(ts_path: Path) -> None:
    """English needs a catalogue only for plural forms; everything else shows the source."""
    tree = ET.parse(ts_path)  # noqa: S314 (our own lupdate output)
    for message in tree.getroot().iter("message"):
        forms = ENGLISH_PLURALS.get(message.findtext("source") or "")
        translation = message.find("translation")
        if forms is None or translation is None or message.get("numerus") != "yes":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    write_ts(tree.getroot(), ts_path)


def fill(ts_path: Path, index: int) -> list[str]:
    """Write known translations into ``ts_path``; return the sources still missing."""
    tree = ET.parse(ts_path)  # noqa: S314 (our own lupdate output)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        known = TABLE.get(source)
        if known is None:
            missing.append(source)
            continue
        text = with_accelerator(source, known[index])
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    write_ts(tree.getroot(), ts_path)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a string is missing")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    files = sources()
    status = 0
    for index, code in enumerate((*LANGUAGES, ENGLISH)):
        ts = OUT / f"crmdesk_{code}.ts"
        subprocess.run(  # noqa: S603 (fixed Qt tools, our paths)
            [
                tool("pyside6-lupdate"),
                *files,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                code,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        if code == ENGLISH:
            fill_english(ts)
            missing = []
        else:
            missing = fill(ts, index)
        subprocess.run(  # noqa: S603 (fixed Qt tools, our paths)
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
        print(f"{code}: {len(missing)} untranslated")
        for source in sorted(set(missing)):
            print(f"    {source!r}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())

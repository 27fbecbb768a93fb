"""Every command's ``--help`` renders (argparse fails late on a stray ``%`` in help text)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from crmdesk.cli import build_parser


def _parsers(
    parser: argparse.ArgumentParser, path: str
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_command_has_working_help() -> None:
    seen = []
    for path, parser in _parsers(build_parser(), "crmdesk"):
        text = parser.format_help()
        assert text.startswith("usage: "), path
        seen.append(path)
    for command in ("crmdesk lookup save", "crmdesk field define", "crmdesk note list"):
        assert command in seen

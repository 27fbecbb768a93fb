"""Tag names as crmdesk stores them: stripped, blanks dropped, each name once (any case).

Kept apart from ``tags`` (which reads and writes the database) so an import's reader
process can clean tag names without loading the database code.
"""

from __future__ import annotations

from collections.abc import Iterable

from crmdesk.text import fold


def clean(names: Iterable[str]) -> list[str]:
    """Tag names stripped, without blanks and without duplicates (case-insensitive)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        text = " ".join(name.split())
        if text and fold(text) not in seen:
            seen.add(fold(text))
            out.append(text)
    return out

"""Text keys for search and sorting that work for Latin, Thai and Chinese script."""

from __future__ import annotations

import re
import unicodedata

# Latin combining accents only: Thai vowel and tone marks are combining characters
# too, and stripping them would change the word.
_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]")
_THAI_LEADING_VOWEL = re.compile("[เแโใไ].", re.DOTALL)
_NON_DIGITS = re.compile(r"\D+")


def fold(text: str | None) -> str:
    """Case-, width- and accent-insensitive form used by the search index.

    ``Müller`` and ``MULLER`` both fold to ``muller``; Thai and Chinese are kept
    as written (after compatibility normalisation, so full-width forms match).
    """
    if not text:
        return ""
    if text.isascii():
        # ASCII has no decompositions and no accents, and casefold is lower there.
        folded = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = _LATIN_MARKS.sub("", decomposed)
        folded = unicodedata.normalize("NFC", stripped).casefold()
    # str.split() and the regex's \s agree on what whitespace is (str.isspace).
    return " ".join(folded.split())


def digits(text: str | None) -> str:
    """Only the digits of ``text`` (``+66 81-234`` gives ``6681234``)."""
    if not text:
        return ""
    if not text.isascii():  # ASCII is its own NFKC form
        text = unicodedata.normalize("NFKC", text)
    return _NON_DIGITS.sub("", text)


def sort_key(text: str | None) -> str:
    """A key that orders names as a Thai or Chinese reader expects.

    Thai dictionary order ignores the leading vowels เ แ โ ใ ไ at first and sorts
    on the consonant after them, so the vowel is moved behind that consonant.
    Chinese characters sort by code point, which for CJK Unified Ideographs is
    the traditional radical-and-stroke dictionary order.
    """
    folded = fold(text)
    if folded.isascii():
        return folded
    # Left to right, a leading vowel and the character after it swap places; the
    # pair is then done (a vowel after a vowel moves with it, not again).
    return _THAI_LEADING_VOWEL.sub(_swapped, folded)


def _swapped(match: re.Match[str]) -> str:
    pair = match.group()
    return pair[1] + pair[0]


def looks_like_phone(query: str) -> bool:
    """True when a search query is written like a phone number."""
    stripped = query.strip()
    if not stripped:
        return False
    d = digits(stripped)
    return len(d) >= 3 and len(d) * 2 >= len(stripped.replace(" ", ""))

"""text.fold, sort_key and digits give exactly what their first, plain implementations gave.

The shipped functions take shortcuts (ASCII needs no normalisation, a regex moves Thai
leading vowels); the reference versions below are the code they replaced, kept as the
model. Stored keys (contacts.sort_key, tags.name_key) and the search index were
written by the old code, so any difference would split equal names or lose hits.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crmdesk.text import digits, fold, sort_key

_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]")
_THAI_LEADING_VOWELS = frozenset("เแโใไ")
_SPACES = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D+")


def reference_fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = _LATIN_MARKS.sub("", decomposed)
    folded = unicodedata.normalize("NFC", stripped).casefold()
    return _SPACES.sub(" ", folded).strip()


def reference_digits(text: str | None) -> str:
    if not text:
        return ""
    return _NON_DIGITS.sub("", unicodedata.normalize("NFKC", text))


def reference_sort_key(text: str | None) -> str:
    folded = reference_fold(text)
    if not folded:
        return ""
    out: list[str] = []
    chars = list(folded)
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _THAI_LEADING_VOWELS and i + 1 < len(chars):
            out.append(chars[i + 1])
            out.append(ch)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# Names as people write them: Latin with accents and odd spacing, Thai (leading vowels,
# tone marks, SARA AM), Chinese, full-width forms, and every kind of whitespace.
_PIECES = st.sampled_from(
    [
        "a",
        "Z",
        "ß",
        "Ü",
        "é",
        "e\u0301",
        "ǅ",
        "ﬁ",
        "İ",
        "Σ",
        "ς",
        "Ａ",
        "１",
        "٣",
        "เ",
        "แ",
        "โ",
        "ใ",
        "ไ",
        "ก",
        "ข",
        "่",
        "ำ",
        "ๆ",
        "陳",
        "志明",
        "\u3000",
        "\xa0",
        " ",
        "\t",
        "\n",
        "\x1c",
        "\u2028",
        "\u0e4d",
        "\u1e9e",
        "\u1ab0",
        "한",
        "-",
        "+",
        ",",
    ]
)
_NAMES = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(max_codepoint=0x7F)),
    st.lists(_PIECES, max_size=12).map("".join),
)


@settings(max_examples=600, deadline=None)
@given(_NAMES)
@example("")
@example("เ")
@example("  เเก  ")
@example("Müller  MULLER\u3000ใจดี")
def test_fold_and_sort_key_equal_the_reference(text: str) -> None:
    assert fold(text) == reference_fold(text)
    assert sort_key(text) == reference_sort_key(text)
    assert digits(text) == reference_digits(text)


def test_none_folds_to_empty() -> None:
    assert fold(None) == sort_key(None) == digits(None) == ""


def test_known_keys() -> None:
    assert fold("  Müller\tMULLER ") == "muller muller"
    assert sort_key("ใจดี") == "จใดี"
    assert sort_key("เเก") == "เเก"
    assert sort_key("Smith") == "smith"
    assert digits("+66 81-234") == "6681234"

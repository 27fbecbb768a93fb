"""Guessing a text file's encoding: BOMs, UTF-16, UTF-8, Thai/Chinese/Western code pages."""

from __future__ import annotations

import codecs
import itertools
from dataclasses import dataclass

#: Encodings offered to the user, in the order a chooser lists them.
CHOICES: tuple[str, ...] = ("utf-8", "utf-16", "cp874", "cp950", "gbk", "cp1252", "shift_jis")

_SAMPLE = 256 * 1024


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding to use, whether the guess is sure, and other encodings that also fit."""

    encoding: str
    sure: bool
    alternatives: tuple[str, ...] = ()


def _utf16_without_bom(sample: bytes) -> str | None:
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _decodes(sample: bytes, encoding: str) -> str | None:
    # The sample may end inside a multi-byte character: decode incrementally, not final.
    try:
        return codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _score(text: str, encoding: str) -> float:
    """How much the decoded text looks like real writing in the code page's language."""
    if not text:
        return 0.0
    high = [ch for ch in text if ord(ch) > 0x7F]
    if not high:
        return 0.0
    if encoding == "cp874":
        good = sum(1 for ch in high if "\u0e01" <= ch <= "\u0e5b")
    elif encoding in ("cp950", "gbk"):
        han = [ch for ch in high if "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"]
        common = sum(1 for ch in han if ch in _COMMON_HAN)
        return len(han) / len(high) * (1.0 if common * 5 >= len(han) else 0.3)
    else:
        # Accented Western letters sit between plain letters; long runs mean another script.
        good = sum(1 for ch in high if ch.isalpha() and ord(ch) < 0x250)
        runs = sum(1 for a, b in itertools.pairwise(text) if ord(a) > 0x7F < ord(b))
        return good / len(high) * max(0.0, 1.0 - 2 * runs / len(high))
    return good / len(high)


# Frequent hanzi in names, companies and addresses; Thai bytes decoded as Big5 or GBK give
# mostly characters outside this set, genuine Chinese text mostly inside it.
_COMMON_HAN = set(
    "王李張张陳陈林黃黄吳吴劉刘蔡楊杨許许鄭郑謝谢郭洪曾邱廖賴赖周徐蘇苏葉叶莊庄呂吕江何蕭萧羅罗高"
    "潘簡简朱鍾钟彭游詹胡施沈余盧卢梁趙赵顏颜柯翁魏孫孙戴范方宋鄧邓杜傅侯曹薛丁卓馬马阮董唐温藍蓝"
    "公司有限股份企業业台臺北市中正大安信義义區区路街段號号樓楼電电話话經经理業務务部門门科技國国際际"
    "上海京廣广州深圳香港新竹高雄桃園园省縣县鄉乡鎮镇村里巷弄之一二三四五六七八九十先生小姐女士總总監监"
    "明華华志偉伟文建俊家美玲淑芬慧雅婷怡君宏成德安平正雄龍龙金玉春秋山水心"
)


def guess_encoding(sample: bytes) -> EncodingGuess:
    """Guess the encoding of a file from its first bytes."""
    sample = sample[:_SAMPLE]
    if sample.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", True)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", True)
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return EncodingGuess(utf16, True)
    if _decodes(sample, "utf-8") is not None:
        return EncodingGuess("utf-8", True)
    scored: list[tuple[float, str]] = []
    for encoding in ("cp874", "cp950", "gbk", "cp1252"):
        text = _decodes(sample, encoding)
        if text is not None:
            scored.append((_score(text, encoding), encoding))
    if not scored:
        return EncodingGuess("cp1252", False, ("cp874", "cp950", "gbk"))
    scored.sort(reverse=True)
    best_score, best = scored[0]
    others = tuple(e for s, e in scored[1:] if s > 0.5)
    sure = best_score >= 0.8 and all(s < best_score - 0.3 for s, _ in scored[1:])
    return EncodingGuess(best, sure, others)

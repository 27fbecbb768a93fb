"""Demo data makers: one person, company, phone number or address in a given culture.

A culture is ``th`` (Thai), ``tw`` (Traditional Chinese, Taiwan), ``cn`` (Simplified
Chinese, mainland) or ``en`` (English-speaking). Everything is drawn from a seeded
``random.Random`` so the same seed gives the same data.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from crmdesk import demo_words as w
from crmdesk.records import AddressValue, CompanyDraft, LabeledValue

CULTURES: tuple[str, ...] = ("th", "tw", "cn", "en")
CULTURE_WEIGHTS: tuple[int, ...] = (45, 15, 15, 25)
_CULTURE_TABLE = tuple(
    c for c, n in zip(CULTURES, CULTURE_WEIGHTS, strict=True) for _ in range(n // 5)
)
REGION: dict[str, str] = {"th": "TH", "tw": "TW", "cn": "CN", "en": "US"}
CURRENCY: dict[str, str] = {"th": "THB", "tw": "TWD", "cn": "CNY", "en": "USD"}
_US_AREAS = ("212", "415", "206", "312", "646", "213", "617", "303", "512", "408")


@dataclass(frozen=True)
class Person:
    """A person's name as written in their culture, and its romanised parts."""

    culture: str
    display: str
    given: str
    family: str
    roman_given: str
    roman_family: str


@dataclass(frozen=True)
class DemoCompany:
    """A generated company: its draft plus what contacts at it reuse."""

    culture: str
    draft: CompanyDraft
    domain: str


def culture(rng: random.Random) -> str:
    return rng.choice(_CULTURE_TABLE)


def ascii_name(text: str) -> str:
    """``García`` -> ``garcia``; ``O'Brien`` -> ``obrien``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def person(rng: random.Random, cult: str) -> Person:
    if cult == "th":
        (given, rg), (family, rf) = rng.choice(w.THAI_GIVEN), rng.choice(w.THAI_FAMILY)
        return Person(cult, f"{given} {family}", given, family, rg, rf)
    if cult in ("tw", "cn"):
        simplified = cult == "cn"
        fam, giv = rng.choice(w.CHINESE_FAMILY), rng.choice(w.CHINESE_GIVEN)
        family, given = (fam[1], giv[1]) if simplified else (fam[0], giv[0])
        return Person(cult, family + given, given, family, giv[2], fam[2])
    given, family = rng.choice(w.ENGLISH_GIVEN), rng.choice(w.ENGLISH_FAMILY)
    return Person(cult, f"{given} {family}", given, family, ascii_name(given), ascii_name(family))


def company_names(rng: random.Random, cult: str, count: int) -> list[tuple[str, str, str]]:
    """``count`` distinct (name, romanised stem, industry) triples of one culture."""
    if cult == "th":
        combos = [
            (f.format(b=b, i=i), rb + ri, industry)
            for f in w.THAI_FORMS
            for b, rb in w.THAI_BRANDS
            for i, ri, industry in w.THAI_INDUSTRIES
        ]
    elif cult in ("tw", "cn"):
        k = 1 if cult == "cn" else 0
        forms = [f.replace("集團", "集团") if k else f for f in w.CHINESE_FORMS]
        combos = [
            (f.format(b=b1[k] + b2[k], i=ind[k]), b1[2] + b2[2] + ind[2], ind[3])
            for f in forms
            for b1 in w.CHINESE_BRANDS
            for b2 in w.CHINESE_BRANDS
            if b1 != b2
            for ind in w.CHINESE_INDUSTRIES
        ]
    else:
        combos = [
            (f.format(b=b, i=i), ascii_name(b) + ascii_name(i), industry)
            for f in w.ENGLISH_FORMS
            for b in w.ENGLISH_BRANDS
            for i, industry in w.ENGLISH_INDUSTRIES
        ]
    picked = rng.sample(combos, min(count, len(combos)))
    # Past the distinct combinations, branches get a number (still distinct names).
    for n in range(len(picked), count):
        name, stem, industry = combos[n % len(combos)]
        picked.append((f"{name} {n // len(combos) + 1}", f"{stem}{n // len(combos) + 1}", industry))
    return picked


def company(
    rng: random.Random, cult: str, name: str, stem: str, industry: str, home: str | None
) -> DemoCompany:
    domain = f"{stem}.{w.TLD[cult]}"
    tags = (rng.choice(w.TAGS[cult]),) if rng.random() < 0.3 else ()
    draft = CompanyDraft(
        name=name,
        industry=industry,
        website=f"www.{domain}",
        emails=(LabeledValue(f"info@{domain}", "work"),),
        phones=(LabeledValue(phone(rng, cult, home, mobile=False), "work"),),
        addresses=(address(rng, cult, "work"),),
        tags=tags,
    )
    return DemoCompany(cult, draft, domain)


def phone(rng: random.Random, cult: str, home: str | None, *, mobile: bool) -> str:
    """A valid number of the culture's country, national form only in the home region."""
    national = REGION[cult] == home and rng.random() < 0.7
    d = f"{rng.randrange(10**8):08d}"
    forms: tuple[str, ...]
    intl: tuple[str, ...]
    if cult == "th":
        if mobile:
            n = rng.choice(("61", "62", "63", "64", "65", "8", "9"))
            n = (n + rng.choice("123456789") + d)[:9]
            forms = (f"0{n[:2]}-{n[2:5]}-{n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}", f"0{n}")
            intl = (f"+66 {n[:2]} {n[2:5]} {n[5:]}", f"+66{n}")
        else:
            n = "2" + rng.choice("2345679") + d[:6]
            forms = (f"0{n[0]}-{n[1:4]}-{n[4:]}", f"0{n[0]} {n[1:4]} {n[4:]}")
            intl = (f"+66 {n[0]} {n[1:4]} {n[4:]}",)
    elif cult == "tw":
        if mobile:
            n = "9" + rng.choice("123456789") + d[:7]
            forms = (f"0{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n}")
            intl = (f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"+886-{n}")
        else:
            n = "2" + rng.choice("2345678") + d[:7]
            forms = (f"(02) {n[1:5]}-{n[5:]}", f"02-{n[1:5]}-{n[5:]}")
            intl = (f"+886 2 {n[1:5]} {n[5:]}",)
    elif cult == "cn":
        if mobile:
            n = "1" + rng.choice(("38", "39", "58", "86", "37", "50")) + d
            forms = (f"{n[:3]} {n[3:7]} {n[7:]}", n)
            intl = (f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86-{n}")
        else:
            n = "21" + rng.choice("56") + d[:7]
            forms = (f"021-{n[2:6]}-{n[6:]}", f"(021) {n[2:6]} {n[6:]}")
            intl = (f"+86 21 {n[2:6]} {n[6:]}",)
    else:
        n = rng.choice(_US_AREAS) + rng.choice("23456789") + d[:6]
        forms = (
            f"({n[:3]}) {n[3:6]}-{n[6:]}",
            f"{n[:3]}-{n[3:6]}-{n[6:]}",
            f"{n[:3]}.{n[3:6]}.{n[6:]}",
        )
        intl = (f"+1 {n[:3]}-{n[3:6]}-{n[6:]}", f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}")
    return rng.choice(forms if national else intl)


def address(rng: random.Random, cult: str, label: str) -> AddressValue:
    city, region, postal, country = rng.choice(w.CITIES[cult])
    street = rng.choice(w.STREETS[cult]).format(n=rng.randint(1, 999), m=rng.randint(1, 30))
    width = {"th": 5, "tw": 3, "cn": 6, "en": 5}[cult]
    rest = width - len(postal)
    code = postal + (f"{rng.randrange(10**rest):0{rest}d}" if rest > 0 else "")
    return AddressValue(
        label=label,
        street=street,
        city=city,
        region=region or None,
        postal_code=code if postal else None,
        country=country,
    )


def emails(rng: random.Random, who: Person, domain: str | None) -> tuple[LabeledValue, ...]:
    """A work address at the company's domain and/or a personal one."""
    local = f"{who.roman_given}.{who.roman_family}"
    out: list[LabeledValue] = []
    if domain:
        out.append(LabeledValue(f"{local}@{domain}", "work"))
    if not domain or rng.random() < 0.15:
        free = rng.choice(w.FREE_MAIL[who.culture])
        out.append(
            LabeledValue(f"{who.roman_given}{who.roman_family}{rng.randint(1, 99)}@{free}", "home")
        )
    return tuple(out)

"""Column mappings of known exports (Google, Outlook, ACT!, GoldMine) and header guessing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crmdesk.importing.mapping import ColumnMapping
from crmdesk.text import fold

_OUTLOOK: dict[str, str] = {
    "First Name": "given_name",
    "Middle Name": "middle_name",
    "Last Name": "family_name",
    "Company": "company",
    "Job Title": "title",
    "Department": "department",
    "Birthday": "birthday",
    "Notes": "notes",
    "Categories": "tags",
    "Web Page": "url",
    "E-mail Address": "email#1",
    "E-mail 2 Address": "email#2",
    "E-mail 3 Address": "email#3",
    "E-mail Type": "ignore",
    "E-mail Display Name": "ignore",
    "E-mail 2 Type": "ignore",
    "E-mail 2 Display Name": "ignore",
    "E-mail 3 Type": "ignore",
    "E-mail 3 Display Name": "ignore",
    "Primary Phone": "phone#1:main",
    "Home Phone": "phone#2:home",
    "Home Phone 2": "phone#3:home",
    "Mobile Phone": "phone#4:mobile",
    "Business Phone": "phone#5:work",
    "Business Phone 2": "phone#6:work",
    "Company Main Phone": "phone#7:main",
    "Other Phone": "phone#8:other",
    "Car Phone": "phone#9:car",
    "Pager": "phone#10:pager",
    "Business Fax": "phone#11:fax",
    "Home Fax": "phone#12:fax",
    "Other Fax": "phone#13:fax",
    "Sensitivity": "ignore",
    "Priority": "ignore",
    "Private": "ignore",
    "Gender": "ignore",
}
for _n, _kind, _label in ((1, "Business", "work"), (2, "Home", "home"), (3, "Other", "other")):
    _OUTLOOK.update(
        {
            f"{_kind} Street": f"address#{_n}.street:{_label}",
            f"{_kind} Street 2": f"address#{_n}.street2:{_label}",
            f"{_kind} Street 3": f"address#{_n}.street3:{_label}",
            f"{_kind} Address PO Box": f"address#{_n}.po_box:{_label}",
            f"{_kind} City": f"address#{_n}.city:{_label}",
            f"{_kind} State": f"address#{_n}.region:{_label}",
            f"{_kind} Postal Code": f"address#{_n}.postal_code:{_label}",
            f"{_kind} Country/Region": f"address#{_n}.country:{_label}",
            f"{_kind} Country": f"address#{_n}.country:{_label}",
        }
    )


def _google(header: Sequence[str]) -> dict[str, str]:
    targets: dict[str, str] = {
        "Name": "display_name",
        "First Name": "given_name",
        "Given Name": "given_name",
        "Middle Name": "middle_name",
        "Additional Name": "middle_name",
        "Last Name": "family_name",
        "Family Name": "family_name",
        "Birthday": "birthday",
        "Notes": "notes",
        "Labels": "tags",
        "Group Membership": "tags",
        "Organization Name": "company",
        "Organization Title": "title",
        "Organization Department": "department",
        "Organization 1 - Name": "company",
        "Organization 1 - Title": "title",
        "Organization 1 - Department": "department",
        "File As": "ignore",
        "Photo": "ignore",
    }
    pattern = re.compile(r"^(E-mail|Phone|Address|Website) (\d+) - (.+)$")
    kinds = {"E-mail": "email", "Phone": "phone", "Address": "address", "Website": "url"}
    parts = {
        "Street": "street",
        "City": "city",
        "PO Box": "po_box",
        "Region": "region",
        "Postal Code": "postal_code",
        "Country": "country",
        "Extended Address": "street2",
        "Formatted": "ignore",
    }
    for name in header:
        m = pattern.match(name.strip())
        if not m:
            continue
        kind, n, what = kinds[m[1]], m[2], m[3]
        if what in ("Label", "Type"):
            targets[name] = f"{kind}#{n}.label"
        elif what == "Value":
            targets[name] = f"{kind}#{n}"
        elif kind == "address" and what in parts:
            targets[name] = "ignore" if parts[what] == "ignore" else f"address#{n}.{parts[what]}"
    return targets


_ACT = {
    "Contact": "display_name",
    "Company": "company",
    "Title": "title",
    "First Name": "given_name",
    "Last Name": "family_name",
    "Salutation": "ignore",
    "Address 1": "address#1.street",
    "Address 2": "address#1.street2",
    "Address 3": "address#1.street3",
    "City": "address#1.city",
    "State": "address#1.region",
    "Zip": "address#1.postal_code",
    "Country": "address#1.country",
    "Phone": "phone#1:work",
    "Fax": "phone#2:fax",
    "Mobile Phone": "phone#3:mobile",
    "Home Phone": "phone#4:home",
    "E-mail": "email#1",
    "Web Site": "url",
    "Birth Date": "birthday",
    "ID/Status": "tags",
}
_GOLDMINE = {
    "Company": "company",
    "Contact": "display_name",
    "Title": "title",
    "Dear": "ignore",
    "Address1": "address#1.street",
    "Address2": "address#1.street2",
    "Address3": "address#1.street3",
    "City": "address#1.city",
    "State": "address#1.region",
    "Zip": "address#1.postal_code",
    "Country": "address#1.country",
    "Phone1": "phone#1:work",
    "Phone2": "phone#2:work",
    "Phone3": "phone#3:other",
    "Fax": "phone#4:fax",
    "Email": "email#1",
    "Web Site": "url",
    "Notes": "notes",
    "Key1": "custom:key1",
    "Key2": "custom:key2",
    "Key3": "custom:key3",
    "Key4": "custom:key4",
    "Key5": "custom:key5",
}

_SIGNATURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("google", frozenset({"E-mail 1 - Value"})),
    ("google", frozenset({"Phone 1 - Value"})),
    ("outlook", frozenset({"E-mail Address", "Business Phone", "Job Title"})),
    ("outlook", frozenset({"First Name", "Last Name", "E-mail Address", "Mobile Phone"})),
    ("goldmine", frozenset({"Contact", "Dear", "Key1"})),
    ("goldmine", frozenset({"Contact", "Address1", "Phone1"})),
    ("act", frozenset({"Contact", "Company", "ID/Status"})),
    ("act", frozenset({"Contact", "Address 1", "Zip", "Phone"})),
)

PRESET_NAMES: dict[str, str] = {
    "google": "Google Contacts",
    "outlook": "Outlook",
    "act": "ACT!",
    "goldmine": "GoldMine",
}


def recognise(header: Sequence[str]) -> str | None:
    """The preset whose signature columns all appear in the header, if any."""
    names = {h.strip() for h in header}
    for preset, signature in _SIGNATURES:
        if signature <= names:
            return preset
    return None


def preset_mapping(preset: str, header: Sequence[str]) -> ColumnMapping:
    """The mapping of a known export for this header."""
    table = {"google": _google(header), "outlook": _OUTLOOK, "act": _ACT, "goldmine": _GOLDMINE}
    return ColumnMapping(dict(table[preset]), PRESET_NAMES[preset])


# Header words in the languages our users' spreadsheets are written in.
_GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("given_name", ("first name", "firstname", "given name", "vorname", "prenom", "ชื่อจริง", "名")),
    (
        "family_name",
        ("last name", "lastname", "surname", "family name", "nachname", "nom", "นามสกุล", "姓"),
    ),
    (
        "display_name",
        (
            "full name",
            "name",
            "contact",
            "contact name",
            "display name",
            "ชื่อ-นามสกุล",
            "姓名",
            "名字",
            "联系人",
            "聯絡人",
        ),
    ),
    (
        "company",
        (
            "company",
            "organization",
            "organisation",
            "firma",
            "societe",
            "บริษัท",
            "公司",
            "公司名稱",
            "单位",
            "單位",
        ),
    ),
    ("title", ("title", "job title", "position", "ตำแหน่ง", "職稱", "职位", "職位", "职务")),
    (
        "email",
        (
            "email",
            "e-mail",
            "mail",
            "email address",
            "อีเมล",
            "อีเมล์",
            "電子郵件",
            "电子邮件",
            "邮箱",
            "郵箱",
        ),
    ),
    ("phone:mobile", ("mobile", "mobile phone", "cell", "handy", "มือถือ", "手機", "手机")),
    ("phone", ("phone", "telephone", "tel", "telefon", "โทรศัพท์", "เบอร์โทร", "電話", "电话")),
    ("address.street", ("address", "street", "strasse", "adresse", "ที่อยู่", "地址")),
    ("address.city", ("city", "town", "stadt", "ville", "จังหวัด", "城市")),
    (
        "address.postal_code",
        ("zip", "postal code", "postcode", "plz", "รหัสไปรษณีย์", "郵遞區號", "邮编"),
    ),
    ("address.country", ("country", "land", "pays", "ประเทศ", "國家", "国家")),
    ("birthday", ("birthday", "birth date", "date of birth", "geburtstag", "วันเกิด", "生日")),
    ("notes", ("notes", "note", "comments", "หมายเหตุ", "備註", "备注")),
    ("tags", ("tags", "categories", "groups", "labels", "แท็ก", "標籤", "标签")),
)


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """A first mapping for an unknown layout, by header words; the user corrects it on screen."""
    targets: dict[str, str] = {}
    used: set[str] = set()
    thai_given = any(fold(h) == fold("นามสกุล") for h in header)
    for name in header:
        key = fold(name).replace("_", " ").strip()
        for target, words in _GUESSES:
            if key in {fold(w) for w in words}:
                if target == "display_name" and key == fold("ชื่อ"):
                    break
                if target in used and not target.startswith(("email", "phone")):
                    break
                targets[name] = target
                used.add(target)
                break
        else:
            if thai_given and key == fold("ชื่อ"):
                targets[name] = "given_name"
            elif key == fold("ชื่อ"):
                targets[name] = "display_name"
    # Several email or phone columns: number them so each keeps its own value.
    for kind in ("email", "phone"):
        cols = [h for h, t in targets.items() if t.split(":")[0] == kind]
        if len(cols) > 1:
            for n, h in enumerate(cols, 1):
                label = targets[h].partition(":")[2]
                targets[h] = f"{kind}#{n}" + (f":{label}" if label else "")
    return ColumnMapping(targets, "")

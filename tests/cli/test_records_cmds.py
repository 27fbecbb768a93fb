"""The CLI contract for contacts, companies, activities, opportunities and search."""

from __future__ import annotations

import re

from .conftest import Run

ID = re.compile(r"^[0-9a-f]{32}$")


def _new_id(result: object) -> str:
    out = result.out.strip()  # type: ignore[attr-defined]
    assert result.code == 0 and ID.match(out), result  # type: ignore[attr-defined]
    return out


def test_contact_add_list_show_edit_delete(run: Run) -> None:
    cid = _new_id(
        run(
            "contact",
            "add",
            "--name",
            "สมหญิง รักดี",
            "--company",
            "ไทยพาณิชย์",
            "--email",
            "somying@example.co.th",
            "--phone",
            "081 234 5678",
            "--phone",
            "+886 2 2345 6789",
            "--tag",
            "vip",
            "--city",
            "กรุงเทพ",
            "--birthday",
            "1990-04-13",
        )
    )
    listed = run("contact", "list", "--json")
    assert listed.code == 0
    assert "สมหญิง รักดี" in listed.out  # UTF-8, not \u escapes
    rows = listed.json()
    assert isinstance(rows, list)
    row = next(r for r in rows if r["id"] == cid)
    assert row["company_name"] == "ไทยพาณิชย์" and row["email"] == "somying@example.co.th"
    shown = run("contact", "show", cid, "--json")
    record = shown.json()
    assert isinstance(record, dict) and record["id"] == cid
    assert [p["e164"] for p in record["phones"]] == ["+66812345678", "+886223456789"]
    assert record["tags"] == ["vip"] and record["birthday"] == "1990-04-13"
    assert record["addresses"][0]["city"] == "กรุงเทพ"
    text = run("contact", "show", cid)
    assert text.out.splitlines()[0] == "สมหญิง รักดี" and "ไทยพาณิชย์" in text.out

    assert run("contact", "edit", cid, "--title", "ผู้จัดการ", "--tag", "new").out.strip() == cid
    edited = run("contact", "show", cid, "--json").json()
    assert edited["title"] == "ผู้จัดการ" and edited["tags"] == ["new"]
    assert edited["emails"][0]["value"] == "somying@example.co.th"  # untouched options kept

    deleted = run("contact", "delete", cid)
    assert deleted.code == 0
    gone = run("contact", "show", cid)
    assert (gone.code, gone.out) == (2, "")
    assert gone.err == f"crmdesk: No contact with id {cid}.\n"
    assert cid not in [r["id"] for r in run("contact", "list", "--json").json()]


def test_contact_list_paging_and_tag_filter(run: Run) -> None:
    for name in ("Paging Ant", "Paging Bee", "Paging Cat"):
        _new_id(run("contact", "add", "--name", name, "--tag", "pager"))
    page = run("contact", "list", "--tag", "pager", "--limit", "2", "--json").json()
    rest = run("contact", "list", "--tag", "pager", "--offset", "2", "--json").json()
    assert [r["display_name"] for r in page + rest] == ["Paging Ant", "Paging Bee", "Paging Cat"]
    table = run("contact", "list", "--tag", "pager")
    assert table.out.splitlines()[0].split() == ["ID", "NAME", "COMPANY", "EMAIL", "PHONE"]


def test_contact_custom_fields_through_the_cli(run: Run) -> None:
    assert (
        run(
            "field",
            "define",
            "contact",
            "grade",
            "--type",
            "choice",
            "--choice",
            "A",
            "--choice",
            "B",
        ).code
        == 0
    )
    assert run("field", "define", "contact", "budget", "--type", "number").code == 0
    cid = _new_id(
        run(
            "contact", "add", "--name", "Field Fan", "--field", "grade=A", "--field", "budget=1,500"
        )
    )
    assert run("contact", "show", cid, "--json").json()["custom"] == {
        "grade": "A",
        "budget": "1500",
    }
    assert run("contact", "edit", cid, "--field", "grade=B").code == 0
    assert run("contact", "show", cid, "--json").json()["custom"]["grade"] == "B"
    before = run("contact", "list", "--json", "--limit", "1000").json()
    bad = run("contact", "add", "--name", "Bad Field", "--field", "grade=Z")
    assert (bad.code, bad.err) == (2, "crmdesk: grade: 'Z' is not one of: A, B.\n")
    no_eq = run("contact", "add", "--name", "Bad Field", "--field", "grade")
    assert no_eq.code == 2 and "NAME=VALUE" in no_eq.err
    # The failed adds left nothing behind: one transaction per command.
    assert run("contact", "list", "--json", "--limit", "1000").json() == before


def test_company_add_list_show_edit_delete(run: Run) -> None:
    coid = _new_id(
        run(
            "company",
            "add",
            "--name",
            "台積電",
            "--industry",
            "Semiconductors",
            "--phone",
            "+886 3 563 6688",
            "--tag",
            "supplier",
        )
    )
    cid = _new_id(run("contact", "add", "--name", "林先生", "--company", "台積電"))
    row = next(r for r in run("company", "list", "--json").json() if r["id"] == coid)
    assert (row["name"], row["contact_count"]) == ("台積電", 1)
    shown = run("company", "show", coid, "--json").json()
    assert shown["industry"] == "Semiconductors" and shown["tags"] == ["supplier"]
    assert run("company", "edit", coid, "--website", "https://tsmc.example").code == 0
    assert run("company", "show", coid, "--json").json()["website"] == "https://tsmc.example"
    assert run("company", "delete", coid).code == 0
    assert run("company", "show", coid).code == 2
    assert run("contact", "show", cid, "--json").json()["company_id"] is None


def test_activity_add_list_complete_history(run: Run) -> None:
    cid = _new_id(run("contact", "add", "--name", "Act Person"))
    aid = _new_id(
        run(
            "activity",
            "add",
            "--type",
            "meeting",
            "--regarding",
            "นำเสนอสินค้า",
            "--at",
            "2031-01-15 10:00",
            "--minutes",
            "60",
            "--contact",
            cid,
            "--alarm",
            "15",
        )
    )
    listed = run("activity", "list", "--contact", cid, "--json").json()
    assert [a["id"] for a in listed] == [aid]
    assert listed[0]["regarding"] == "นำเสนอสินค้า" and listed[0]["alarm_minutes"] == 15
    assert listed[0]["ends_at"] is not None
    done = run("activity", "complete", aid, "--outcome", "Signed")
    assert done.code == 0
    assert run("activity", "list", "--contact", cid, "--json").json() == []
    history = run("activity", "history", "--contact", cid, "--json").json()
    assert [(h["id"], h["status"], h["outcome"]) for h in history] == [(aid, "completed", "Signed")]
    again = run("activity", "complete", aid)
    assert (again.code, again.err) == (2, "crmdesk: This activity is already completed.\n")


def test_opportunity_add_list_move(run: Run) -> None:
    oid = _new_id(
        run(
            "opportunity",
            "add",
            "--name",
            "ระบบ ERP",
            "--amount",
            "1,250,000.50",
            "--currency",
            "thb",
        )
    )
    rows = run("opportunity", "list", "--json").json()
    deal = next(r for r in rows if r["id"] == oid)
    assert deal["amount"] == {"amount": "1250000.50", "currency": "THB", "minor": 125000050}
    assert (deal["stage_name"], deal["probability"]) == ("Lead", 10)
    moved = run("opportunity", "move", oid, "Proposal")
    assert moved.code == 0 and "Proposal (50%)" in moved.out
    assert run("opportunity", "show", oid, "--json").json()["stage_name"] == "Proposal"
    proposal = run("opportunity", "list", "--stage", "proposal", "--json").json()
    assert oid in [r["id"] for r in proposal]
    assert run("opportunity", "won", oid, "--reason", "price").code == 0
    assert oid not in [r["id"] for r in run("opportunity", "list", "--json").json()]
    assert oid in [r["id"] for r in run("opportunity", "list", "--status", "won", "--json").json()]
    bad = run("opportunity", "move", oid, "Heaven")
    assert bad.code == 2 and bad.err.startswith("crmdesk: No pipeline stage 'Heaven'")
    pipe = run("pipeline", "--json").json()
    assert [s["name"] for s in pipe["stages"]][:2] == ["Lead", "Qualified"]


def test_search_json_and_limit(run: Run) -> None:
    ids = {_new_id(run("contact", "add", "--name", f"王小明 {n}")) for n in range(3)}
    hits = run("search", "小明", "--json").json()
    assert ids <= {h["id"] for h in hits}
    assert "王小明" in run("search", "小明", "--json").out
    assert all(set(h) == {"entity", "id", "title", "subtitle", "tier"} for h in hits)
    assert len(run("search", "小明", "--json", "--limit", "2").json()) == 2
    assert run("search", "zzqqxx-nothing", "--json").json() == []
    assert run("search", "小明").out.splitlines()[0].split() == ["TYPE", "NAME", "DETAIL", "ID"]

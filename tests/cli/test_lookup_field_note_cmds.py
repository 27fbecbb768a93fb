"""``crmdesk lookup ...``, ``crmdesk field ...`` and ``crmdesk note ...``."""

from __future__ import annotations

from .conftest import Run


def _add(run: Run, *argv: str) -> str:
    result = run("contact", "add", *argv)
    assert result.code == 0, result.err
    return result.out.strip()


def test_field_define_list_remove(run: Run) -> None:
    assert run("field", "define", "company", "region", "--label", "ภูมิภาค").code == 0
    assert run("field", "define", "company", "size", "--type", "number").code == 0
    listed = run("field", "list", "company", "--json").json()
    assert [(f["name"], f["label"], f["field_type"]) for f in listed] == [
        ("region", "ภูมิภาค", "text"),
        ("size", "size", "number"),
    ]
    table = run("field", "list", "company")
    assert table.out.splitlines()[0].split() == ["NAME", "LABEL", "TYPE", "CHOICES"]
    assert run("field", "remove", "company", "size").code == 0
    assert [f["name"] for f in run("field", "list", "company", "--json").json()] == ["region"]
    dup = run("field", "define", "company", "region")
    assert (dup.code, dup.err) == (2, "crmdesk: name: There is already a field 'region'.\n")
    no_choices = run("field", "define", "contact", "pick", "--type", "choice")
    assert no_choices.code == 2 and "A choice field needs choices" in no_choices.err
    missing = run("field", "remove", "company", "nope")
    assert (missing.code, missing.err) == (2, "crmdesk: No custom field 'nope' on company.\n")


def test_lookup_save_list_run_delete(run: Run) -> None:
    assert (
        run(
            "field",
            "define",
            "contact",
            "tier",
            "--type",
            "choice",
            "--choice",
            "gold",
            "--choice",
            "silver",
        ).code
        == 0
    )
    assert run("field", "define", "contact", "spend", "--type", "number").code == 0
    gold_bkk = _add(
        run,
        "--name",
        "Gold Bangkok",
        "--city",
        "Bangkok",
        "--field",
        "tier=gold",
        "--field",
        "spend=50000",
        "--phone",
        "081 111 2222",
    )
    _add(
        run,
        "--name",
        "Gold Chiang Mai",
        "--city",
        "Chiang Mai",
        "--field",
        "tier=gold",
        "--field",
        "spend=100",
    )
    _add(run, "--name", "Silver Bangkok", "--city", "Bangkok", "--field", "tier=silver")

    saved = run(
        "lookup",
        "save",
        "big gold",
        "--where",
        "tier",
        "=",
        "gold",
        "--where",
        "spend",
        "between",
        "1000",
        "99999",
        "--where",
        "city",
        "equals",
        "BANGKOK",
    )
    assert (saved.code, saved.out) == (0, "Saved lookup 'big gold' (1 contacts now).\n")
    assert run("lookup", "run", "big gold", "--count").out == "1\n"
    rows = run("lookup", "run", "big gold", "--json").json()
    assert [(r["id"], r["display_name"]) for r in rows] == [(gold_bkk, "Gold Bangkok")]
    assert "Gold Bangkok" in run("lookup", "run", "big gold").out

    assert run("lookup", "save", "by phone", "--where", "phone", "starts_with", "0811").code == 0
    assert [r["id"] for r in run("lookup", "run", "by phone", "--json").json()] == [gold_bkk]
    assert (
        run("lookup", "save", "no email", "--where", "email", "empty", "--text", "gold").code == 0
    )
    assert len(run("lookup", "run", "no email", "--json").json()) == 2

    listed = run("lookup", "list", "--json").json()
    big = next(lk for lk in listed if lk["name"] == "big gold")
    assert big["conditions"][1] == {
        "field": "spend",
        "op": "between",
        "value": "1000",
        "value2": "99999",
    }
    text = run("lookup", "list").out
    assert "big gold (contacts)\n    tier equals gold\n    spend between 1000 99999\n" in text
    assert "    text contains gold\n" in text

    again = run("lookup", "save", "big gold", "--where", "tier", "=", "silver")
    assert again.code == 2 and "already a lookup 'big gold'" in again.err
    replaced = run("lookup", "save", "big gold", "--where", "tier", "=", "silver", "--replace")
    assert replaced.code == 0
    assert [r["display_name"] for r in run("lookup", "run", "big gold", "--json").json()] == [
        "Silver Bangkok"
    ]

    assert run("lookup", "delete", "big gold").code == 0
    gone = run("lookup", "run", "big gold")
    assert (gone.code, gone.err) == (2, "crmdesk: No saved lookup named 'big gold'.\n")


def test_lookup_bad_conditions_are_one_line(run: Run) -> None:
    cases = {
        ("--where", "city"): "crmdesk: --where needs FIELD OP [VALUE], got 'city'.\n",
        ("--where", "height", "=", "2"): "No field 'height'",
        ("--where", "city", "like", "x"): "Unknown comparison 'like'",
        ("--where", "created", ">", "last week"): "'last week' is not a date (YYYY-MM-DD).",
        (): "A lookup needs at least one condition.",
    }
    for args, message in cases.items():
        result = run("lookup", "save", "bad", *args)
        assert result.code == 2 and message in result.err, (args, result)
        assert result.err.count("\n") == 1


def test_note_add_and_list(run: Run) -> None:
    cid = _add(run, "--name", "Note Taker")
    first = run("note", "add", "contact", cid, "โทรหาเวลาบ่าย")
    second = run("note", "add", "contact", cid, "Sent the price list")
    assert first.code == 0 and second.code == 0
    notes = run("note", "list", "contact", cid, "--json")
    assert "โทรหาเวลาบ่าย" in notes.out
    assert [n["id"] for n in notes.json()] == [second.out.strip(), first.out.strip()]
    assert [n["body"] for n in notes.json()] == ["Sent the price list", "โทรหาเวลาบ่าย"]
    table = run("note", "list", "contact", cid)
    assert table.out.splitlines()[0].split() == ["ID", "WHEN", "NOTE"]
    hits = run("search", "price list", "--json").json()
    assert cid in [h["id"] for h in hits]
    missing = run("note", "add", "company", "nosuch", "hello")
    assert (missing.code, missing.err) == (2, "crmdesk: No company with id nosuch.\n")
    empty = run("note", "add", "contact", cid, "  ")
    assert (empty.code, empty.err) == (2, "crmdesk: A note cannot be empty.\n")
    bad_kind = run("note", "list", "invoice", cid)
    assert bad_kind.code == 2 and "invalid choice: 'invoice'" in bad_kind.err


def test_company_lookup_through_the_cli(run: Run) -> None:
    assert run("company", "add", "--name", "Andaman Pearl", "--industry", "Jewellery").code == 0
    assert run("company", "add", "--name", "Isan Rice", "--industry", "Food").code == 0
    saved = run(
        "lookup", "save", "gems", "--entity", "company", "--where", "industry", "contains", "jewel"
    )
    assert (saved.code, saved.out) == (0, "Saved lookup 'gems' (1 companies now).\n")
    rows = run("lookup", "run", "gems", "--json").json()
    assert [(r["name"], r["industry"]) for r in rows] == [("Andaman Pearl", "Jewellery")]
    assert run("lookup", "run", "gems").out.splitlines()[0].split() == [
        "ID",
        "NAME",
        "INDUSTRY",
        "CONTACTS",
    ]
    bad = run("lookup", "save", "x", "--entity", "company", "--where", "title", "=", "CEO")
    assert bad.code == 2 and "No field 'title' on companies" in bad.err

"""Owner scopes on a real encrypted database: what "mine / my team / all" offer and mean,
and how the pipeline, forecast and dashboard figures follow them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crmdesk import companies, contacts, dashboard, forecast, opportunities, owners, team
from crmdesk.db.engine import Database
from crmdesk.db.models import SyncState
from crmdesk.money import Money
from crmdesk.opportunities import OpportunityDraft
from crmdesk.owners import Scope
from crmdesk.records import CompanyDraft, ContactDraft

BOSS, REP_A, REP_B, OTHER_MANAGER, OTHER_REP = (c * 32 for c in "abcde")
TODAY = date(2026, 11, 23)


@pytest.fixture
def db(tmp_path: Path, services_template: tuple[Path, bytes]) -> Iterator[Database]:
    """A fresh copy of the initialised database for each test (directories differ)."""
    folder, raw_key = services_template
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    database = Database(copy / "crmdesk.db", raw_key)
    yield database
    database.close()


def _me(db: Database) -> str:
    with db.read() as s:
        return team.current_user(s).id


def _sync_directory(db: Database, people: list[dict[str, object]], rights: list[str]) -> None:
    """What a sync round stores (``SyncClient`` calls the same ``save_directory``)."""
    with db.write() as s:
        if s.get(SyncState, "server_url") is None:
            s.add(SyncState(key="server_url", value="https://office.example:8443"))
        team.save_directory(s, {"people": people, "rights": rights})


def _person(pid: str, name: str, role: str, manager: str | None) -> dict[str, object]:
    return {"id": pid, "name": name, "role": role, "manager_id": manager}


def as_manager(db: Database) -> str:
    """Me, a manager under a director, with two reps: the directory a manager's server sends."""
    me = _me(db)
    people = [
        _person(me, "Manager Me", "manager", BOSS),
        _person(REP_A, "Rep A", "rep", me),
        _person(REP_B, "Rep B", "rep", me),
    ]
    _sync_directory(db, people, ["export", "bulk_delete", "reassign", "team_dashboard"])
    return me


def as_director(db: Database) -> str:
    me = _me(db)
    people = [
        _person(me, "Director Me", "director", None),
        _person(BOSS, "Manager One", "manager", me),
        _person(REP_A, "Rep A", "rep", BOSS),
        _person(OTHER_MANAGER, "Manager Two", "manager", None),
        _person(OTHER_REP, "Rep Other", "rep", OTHER_MANAGER),
    ]
    _sync_directory(db, people, ["export", "bulk_delete", "reassign", "team_dashboard"])
    return me


def as_rep(db: Database) -> str:
    me = _me(db)
    _sync_directory(db, [_person(me, "Rep Me", "rep", BOSS)], [])
    return me


def test_single_user_mode_offers_no_scope_and_filters_nothing(db: Database) -> None:
    with db.read() as s:
        choices = owners.scope_choices(s)
    assert choices.offered == () and not choices.worth_showing
    assert all(choices.owner_ids(scope) is None for scope in Scope)
    assert choices.rights == {"export", "bulk_delete", "reassign", "team_dashboard", "manage_users"}


def test_a_rep_alone_in_the_directory_gets_no_scope_and_no_rights(db: Database) -> None:
    as_rep(db)
    with db.read() as s:
        choices = owners.scope_choices(s)
    assert not choices.worth_showing
    assert choices.rights == frozenset()


def test_a_manager_chooses_mine_or_my_team(db: Database) -> None:
    me = as_manager(db)
    with db.read() as s:
        choices = owners.scope_choices(s)
    assert choices.offered == (Scope.MINE, Scope.TEAM)
    assert choices.widest is Scope.TEAM
    assert choices.owner_ids(Scope.MINE) == {me}
    assert choices.owner_ids(Scope.TEAM) == {me, REP_A, REP_B}


def test_a_director_also_gets_all_beyond_their_own_team(db: Database) -> None:
    me = as_director(db)
    with db.read() as s:
        choices = owners.scope_choices(s)
    assert choices.offered == (Scope.MINE, Scope.TEAM, Scope.ALL)
    assert choices.owner_ids(Scope.TEAM) == {me, BOSS, REP_A}
    assert choices.owner_ids(Scope.ALL) is None


def _deals(db: Database, me: str) -> dict[str, str]:
    with db.write() as s:
        ids = {}
        for owner, amount, close in (
            (me, "100", date(2026, 12, 5)),
            (REP_A, "200", date(2026, 12, 20)),
            (OTHER_REP, "400", date(2027, 1, 10)),
        ):
            draft = OpportunityDraft(
                f"deal {amount}", Money.parse(amount, "THB"), owner_id=owner, expected_close=close
            )
            ids[owner] = opportunities.add_opportunity(s, draft).id
    return ids


def test_pipeline_forecast_and_dashboard_follow_the_team_scope(db: Database) -> None:
    me = as_director(db)
    deals = _deals(db, me)
    with db.read() as s:
        choices = owners.scope_choices(s)
        my_team = choices.owner_ids(Scope.TEAM)
        listed = opportunities.list_opportunities(s, owner_ids=my_team)
        totals = opportunities.pipeline_totals(s, owner_ids=my_team)
        months = forecast.forecast_by_month(s, owner_ids=my_team)
        figures = dashboard.figures(s, TODAY, owner_ids=my_team)
        everyone = dashboard.figures(s, TODAY, owner_ids=choices.owner_ids(Scope.ALL))
        mine = dashboard.figures(s, TODAY, owner_ids=choices.owner_ids(Scope.MINE))
        nobody = opportunities.list_opportunities(s, owner_ids=frozenset())
    assert {d.id for d in listed} == {deals[me], deals[REP_A]}
    assert sum(t.total_minor for t in totals) == 30000
    assert [(m.month, m.total_minor) for m in months] == [(date(2026, 12, 1), 30000)]
    assert sum(v.total_minor for v in figures.stages) == 30000
    assert {d.id for d in figures.top_deals} == {deals[me], deals[REP_A]}
    assert sum(v.total_minor for v in everyone.stages) == 70000
    assert [d.id for d in mine.top_deals] == [deals[me]]
    assert nobody == []


def test_record_owner_names_the_owner_and_says_whether_i_may_reassign(db: Database) -> None:
    me = as_manager(db)
    deals = _deals(db, me)
    with db.write() as s:
        contact = contacts.add_contact(s, ContactDraft("ลูกค้า", owner_id=REP_B)).id
    with db.read() as s:
        theirs = owners.record_owner(s, "contact", contact)
        mine = owners.record_owner(s, "opportunity", deals[me])
        unknown = owners.record_owner(s, "opportunity", deals[OTHER_REP])
        gone = owners.record_owner(s, "company", "f" * 32)
    assert theirs == owners.RecordOwner(REP_B, "Rep B", False, True, True)
    assert mine is not None and mine.is_me and mine.name == "Manager Me"
    assert unknown is not None and unknown.name is None and not unknown.is_me
    assert gone is None
    as_rep(db)
    with db.read() as s:
        after = owners.record_owner(s, "contact", contact)
    assert after is not None and not after.may_reassign and not after.has_others


def test_assignees_put_me_first_and_name_the_common_owner(db: Database) -> None:
    me = as_manager(db)
    deals = _deals(db, me)
    with db.read() as s:
        one = owners.assignees(s, "opportunity", [deals[REP_A]])
        mixed = owners.assignees(s, "opportunity", [deals[me], deals[REP_A]])
    assert [p.id for p in one.people] == [me, REP_A, REP_B]
    assert one.current_owner == REP_A and one.me == me
    assert mixed.current_owner is None


def test_single_user_record_owner_is_me_with_my_local_name(db: Database) -> None:
    with db.write() as s:
        contact = contacts.add_contact(s, ContactDraft("Solo")).id
    with db.read() as s:
        owner = owners.record_owner(s, "contact", contact)
    assert owner is not None
    assert (owner.name, owner.is_me, owner.may_reassign, owner.has_others) == (
        "somchai",
        True,
        True,
        False,
    )


def test_the_company_list_counts_and_pages_only_the_scopes_owners(db: Database) -> None:
    me = as_manager(db)
    with db.write() as s:
        for name, owner in (("Alpha", me), ("Bravo", REP_A), ("Charlie", OTHER_REP)):
            companies.add_company(s, CompanyDraft(name, owner_id=owner))
    with db.read() as s:
        my_team = owners.scope_choices(s).owner_ids(Scope.TEAM)
        assert companies.count_companies(s, owner_ids=my_team) == 2
        assert [r.name for r in companies.page_companies(s, owner_ids=my_team).rows] == [
            "Alpha",
            "Bravo",
        ]
        assert len(companies.list_company_ids(s, owner_ids=my_team)) == 2
        assert companies.count_companies(s) == 3

"""Office directories as a sync stores them (``team.save_directory``, the client's own path)."""

from __future__ import annotations

from crmdesk import team
from crmdesk.db.engine import Database
from crmdesk.db.models import SyncState

BOSS, REP_A, REP_B = "a" * 32, "b" * 32, "c" * 32
LEAD_RIGHTS = ["export", "bulk_delete", "reassign", "team_dashboard"]


def me(db: Database) -> str:
    with db.read() as s:
        return team.current_user(s).id


def store(db: Database, people: list[tuple[str, str, str, str | None]], rights: list[str]) -> None:
    """Connected, with this directory ``(id, name, role, manager id)`` and these rights."""
    with db.write() as s:
        if s.get(SyncState, "server_url") is None:
            s.add(SyncState(key="server_url", value="https://office.example:8443"))
        team.save_directory(
            s,
            {
                "people": [
                    {"id": i, "name": n, "role": r, "manager_id": m} for i, n, r, m in people
                ],
                "rights": rights,
            },
        )


def as_manager(db: Database, rights: list[str] | None = None) -> str:
    """A manager with two reps (what the server sends a manager)."""
    mine = me(db)
    store(
        db,
        [
            (mine, "Manager Me", "manager", BOSS),
            (REP_A, "Rep A", "rep", mine),
            (REP_B, "Rep B", "rep", mine),
        ],
        LEAD_RIGHTS if rights is None else rights,
    )
    return mine


def as_rep(db: Database) -> str:
    """A rep: alone in their directory, no function rights."""
    mine = me(db)
    store(db, [(mine, "Rep Me", "rep", BOSS)], [])
    return mine

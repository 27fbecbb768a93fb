"""Function rights per role (export, bulk delete, reassign...): names and the office defaults."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum


class Right(StrEnum):
    """What a user may do besides seeing and editing their records."""

    EXPORT = "export"
    BULK_DELETE = "bulk_delete"
    REASSIGN = "reassign"
    TEAM_DASHBOARD = "team_dashboard"
    MANAGE_USERS = "manage_users"


ALL_RIGHTS: frozenset[str] = frozenset(r.value for r in Right)
ROLES: tuple[str, ...] = ("rep", "manager", "director")
_LEADS = frozenset({Right.EXPORT, Right.BULK_DELETE, Right.REASSIGN, Right.TEAM_DASHBOARD})
#: The office manual's defaults: managers and directors export, delete in bulk, reassign and
#: see their team's dashboard; reps none of these. ``manage_users`` comes with ``is_admin``.
DEFAULT_ROLE_RIGHTS: Mapping[str, frozenset[str]] = {
    "rep": frozenset(),
    "manager": frozenset(r.value for r in _LEADS),
    "director": frozenset(r.value for r in _LEADS),
}
#: More customer records than this deleted in one local transaction is a bulk delete.
BULK_DELETE_THRESHOLD = 10


def rights_of(role: str, is_admin: bool, table: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The rights of a user with ``role`` under the office's ``table`` (role -> rights)."""
    granted = frozenset(table.get(role, ()))
    return granted | {Right.MANAGE_USERS.value} if is_admin else granted

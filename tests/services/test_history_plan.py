"""A record's history is read through the record's index, not by walking every activity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event

from crmdesk import activities, contacts
from crmdesk.activities import ActivityDraft
from crmdesk.db.engine import Database
from crmdesk.records import ContactDraft


def test_contact_history_uses_the_contact_index_and_is_newest_first(db: Database) -> None:
    with db.write() as s:
        person = contacts.add_contact(s, ContactDraft(display_name="Plan Person"))
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for i in range(3):
            activities.log_done(
                s,
                ActivityDraft(
                    kind="call",
                    regarding=f"call {i}",
                    starts_at=start + timedelta(days=i),
                    contact_id=person.id,
                ),
                f"outcome {i}",
            )
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_a: Any) -> None:
        if "FROM activities" in statement:
            statements.append((statement, params))

    with db.read() as s:
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", capture)
        try:
            found = activities.history(s, contact_id=person.id)
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        sql, params = statements[-1]
        plan = " ".join(
            str(row[-1])
            for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
        )
    assert [a.regarding for a in found] == ["call 2", "call 1", "call 0"]
    assert "ix_activities_contact_id" in plan, plan

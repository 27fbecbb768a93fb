"""A server database made before a column existed gets it at the next start (SQLite, PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import inspect

from crmdesk.sync import server_maintenance
from crmdesk.sync import store as st

DAY_MS = server_maintenance.DAY_MS


def test_missing_columns_are_added_and_old_change_ids_start_their_window(
    backend_url: str,
) -> None:
    store = st.SyncStore(backend_url)
    try:
        store.create()
        with store.write() as conn:
            conn.exec_driver_sql("ALTER TABLE refresh_tokens DROP COLUMN rotated_at")
            conn.exec_driver_sql("ALTER TABLE applied_changes DROP COLUMN applied_at")
            conn.exec_driver_sql(
                "INSERT INTO applied_changes(change_id, device_id, counter, status, result) "
                "VALUES ('" + "c" * 32 + "', '" + "d" * 32 + "', 1, 'applied', '{}')"
            )
        store.dispose()
        store = st.SyncStore(backend_url)
        store.create()
        with store.read() as conn:
            columns = {
                table: {c["name"] for c in inspect(conn).get_columns(table)}
                for table in ("refresh_tokens", "applied_changes")
            }
        assert "rotated_at" in columns["refresh_tokens"]
        assert "applied_at" in columns["applied_changes"]
        now = 1_800_000_000_000
        # A key from before applied_at existed is kept a full window from the first upkeep.
        assert server_maintenance.run_upkeep(store, now, 90).applied_changes == 0
        later = now + server_maintenance.applied_window_days(90) * DAY_MS + 1
        assert server_maintenance.run_upkeep(store, later, 90).applied_changes == 1
    finally:
        store.dispose()

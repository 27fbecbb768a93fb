"""The default pipeline on the first laptop of an office, and on the laptops that join later."""

from __future__ import annotations

import pytest
from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server, server_rows

from crmdesk import pipeline
from crmdesk.db.engine import Database


def _stage_names(laptop_db: Database) -> list[str]:
    with laptop_db.read() as session:
        return [s.name for s in pipeline.list_stages(session)]


@pytest.mark.parametrize("role", ["director", "rep"])
def test_the_first_laptop_keeps_its_default_pipeline_and_the_next_one_takes_the_offices(
    server: RunningServer, make_laptop: MakeLaptop, role: str
) -> None:
    server.add_user("anna", role=role)
    server.add_user("ben", role=role)
    anna = make_laptop(server, "anna")
    defaults = _stage_names(anna.db)
    assert len(defaults) >= 3  # a new database comes with a pipeline

    anna.sync.sync_once()

    assert _stage_names(anna.db) == defaults  # not dropped before they reached the server
    on_server = [k for k in server_rows(server.store) if k[0] == "pipeline_stages"]
    assert len(on_server) == len(defaults)

    with anna.db.write() as session:  # the office renames a stage
        now = [(s.id, s.name, s.probability) for s in pipeline.list_stages(session)]
        first_id, _, probability = now[0]
        pipeline.save_stages(session, [(first_id, "Lead (office)", probability), *now[1:]])
    anna.sync.sync_once()

    ben = make_laptop(server, "ben")
    ben.sync.sync_once()
    # Ben's own unused defaults give way to the office's pipeline; nothing is doubled.
    assert _stage_names(ben.db) == ["Lead (office)", *defaults[1:]]
    assert_equal_to_server(ben, server.store)
    anna.sync.sync_once()
    assert_equal_to_server(anna, server.store)

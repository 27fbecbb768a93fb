"""A rep's everyday edits of a contact's details reach the server without a refusal."""

from __future__ import annotations

from tests.sync.conftest import MakeLaptop, RunningServer, assert_equal_to_server, server_rows
from tests.sync.helpers import add_contact

from crmdesk import contacts
from crmdesk.records import ContactDraft, LabeledValue


def test_a_rep_replacing_a_contacts_email_is_not_refused_as_a_reassignment(
    server: RunningServer, make_laptop: MakeLaptop
) -> None:
    # Saving a contact replaces its email rows: the old one is deleted. The delete's new
    # values are all null, which the server read as a move to nobody: a reassignment the
    # rep's role may not make, so the change was parked.
    server.add_user("anna", role="rep")
    anna = make_laptop(server, "anna")
    contact_id = add_contact(anna.db, "Somchai", "old@example.com")
    anna.sync.sync_once()
    with anna.db.write() as session:
        draft = ContactDraft(
            display_name="Somchai", emails=(LabeledValue("new@example.com", "work"),)
        )
        contacts.update_contact(session, contact_id, draft)

    anna.sync.sync_once()

    assert anna.sync.status().parked == 0
    emails = [
        row["address"]
        for (entity, _), row in server_rows(server.store).items()
        if entity == "emails"
    ]
    assert emails == ["new@example.com"]
    assert_equal_to_server(anna, server.store)

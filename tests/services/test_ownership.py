"""Child records take the owner of their customer, so who may see them follows the customer."""

from __future__ import annotations

from crmdesk import activities, contacts, custom_fields, notes, opportunities
from crmdesk.db.engine import Database
from crmdesk.db.models import CustomValue, Note
from crmdesk.money import Money
from crmdesk.records import ContactDraft

OTHER_REP = "b" * 32


def test_notes_activities_deals_and_custom_values_take_the_customers_owner(db: Database) -> None:
    with db.write() as s:
        custom_fields.define_field(s, "contact", "grade", "text")
        contact = contacts.add_contact(
            s, ContactDraft("ลูกค้าของคนอื่น", company_name="Other Rep Co", owner_id=OTHER_REP)
        )
        note = notes.add_note(s, "contact", contact.id, "met at the fair")
        call = activities.schedule(
            s, activities.ActivityDraft(kind="call", regarding="follow up", contact_id=contact.id)
        )
        deal = opportunities.add_opportunity(
            s,
            opportunities.OpportunityDraft(
                name="Big order", amount=Money(100, "THB"), contact_id=contact.id
            ),
        )
        custom_fields.set_value(s, "contact", contact.id, "grade", "A")
        bulk_calls = activities.log_done_many(
            s,
            [(activities.ActivityDraft(kind="call", regarding="x", contact_id=contact.id), "ok")],
        )
        bulk_deals = opportunities.add_many(
            s,
            [
                opportunities.OpportunityDraft(
                    name="Small order", amount=Money(5, "THB"), contact_id=contact.id
                )
            ],
        )
        bulk_notes = notes.add_many(s, [("contact", contact.id, "second note")])
    with db.read() as s:
        assert note.owner_id == OTHER_REP
        assert call.owner_id == OTHER_REP
        assert deal.owner_id == OTHER_REP
        value = s.query(CustomValue).filter_by(entity_id=contact.id).one()
        assert value.owner_id == OTHER_REP
        assert activities.get_activity(s, bulk_calls[0]).owner_id == OTHER_REP
        assert opportunities.get_opportunity(s, bulk_deals[0]).owner_id == OTHER_REP
        assert s.get(Note, bulk_notes[0]).owner_id == OTHER_REP  # type: ignore[union-attr]


def test_a_to_do_linked_to_nothing_belongs_to_the_local_user(db: Database) -> None:
    with db.write() as s:
        todo = activities.schedule(s, activities.ActivityDraft(kind="todo", regarding="tidy desk"))
        mine = contacts.add_contact(s, ContactDraft("Mine"))
    assert todo.owner_id == mine.owner_id != OTHER_REP

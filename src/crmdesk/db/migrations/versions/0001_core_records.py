"""Core records: companies, contacts, activities, opportunities, notes, tags, lookups, custom fields, outbox.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 19:40:21.047587
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('companies',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('industry', sa.String(length=200), nullable=True),
    sa.Column('website', sa.String(length=500), nullable=True),
    sa.Column('background', sa.Text(), nullable=True),
    sa.Column('sort_key', sa.String(length=300), sa.Computed('crm_sort_key(name)', persisted=True), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_companies_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_companies_sort_key', ['sort_key'], unique=False)

    op.create_table('custom_fields',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('field_type', sa.String(length=10), nullable=False),
    sa.Column('choices', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.CheckConstraint("field_type IN ('text', 'number', 'date', 'choice', 'checkbox')", name='custom_field_type'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('entity', 'name', name='uq_custom_field_name')
    )
    op.create_table('local_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('notes',
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index('ix_notes_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notes_owner_id'), ['owner_id'], unique=False)

    op.create_table('outbox',
    sa.Column('counter', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.String(length=32), nullable=False),
    sa.Column('tx_id', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=32), nullable=False),
    sa.Column('op', sa.String(length=6), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('hlc', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('counter'),
    sa.UniqueConstraint('change_id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_tx_id'), ['tx_id'], unique=False)

    op.create_table('pipeline_stages',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('saved_lookups',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('tags',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_key', sa.String(length=100), sa.Computed('crm_fold(name)', persisted=True), nullable=True),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name_key')
    )
    op.create_table('users',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('contacts',
    sa.Column('display_name', sa.String(length=300), nullable=False),
    sa.Column('given_name', sa.String(length=200), nullable=True),
    sa.Column('family_name', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('company_id', sa.String(length=32), nullable=True),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('sort_key', sa.String(length=300), sa.Computed('crm_sort_key(display_name)', persisted=True), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index('ix_contacts_sort_key', ['sort_key'], unique=False)

    op.create_table('custom_values',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('field_id', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['field_id'], ['custom_fields.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('field_id', 'entity_id', name='uq_custom_value')
    )
    with op.batch_alter_table('custom_values', schema=None) as batch_op:
        batch_op.create_index('ix_custom_values_entity', ['entity_id'], unique=False)

    op.create_table('record_tags',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('tag_id', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('entity_id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tag_id', 'entity', 'entity_id', name='uq_record_tag')
    )
    with op.batch_alter_table('record_tags', schema=None) as batch_op:
        batch_op.create_index('ix_record_tags_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('addresses',
    sa.Column('street', sa.Text(), nullable=True),
    sa.Column('city', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=40), nullable=True),
    sa.Column('country', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('contact_id', sa.String(length=32), nullable=True),
    sa.Column('company_id', sa.String(length=32), nullable=True),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('(contact_id IS NULL) <> (company_id IS NULL)', name='one_party'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_addresses_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_addresses_contact_id'), ['contact_id'], unique=False)

    op.create_table('emails',
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('address_key', sa.String(length=320), sa.Computed('lower(address)', persisted=True), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('contact_id', sa.String(length=32), nullable=True),
    sa.Column('company_id', sa.String(length=32), nullable=True),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('(contact_id IS NULL) <> (company_id IS NULL)', name='one_party'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emails_address_key'), ['address_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_contact_id'), ['contact_id'], unique=False)

    op.create_table('opportunities',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('company_id', sa.String(length=32), nullable=True),
    sa.Column('contact_id', sa.String(length=32), nullable=True),
    sa.Column('stage_id', sa.String(length=32), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('probability', sa.Integer(), nullable=False),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('close_reason', sa.Text(), nullable=True),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.CheckConstraint("status IN ('open', 'won', 'lost')", name='opportunity_status'),
    sa.CheckConstraint('probability BETWEEN 0 AND 100', name='opportunity_probability'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['stage_id'], ['pipeline_stages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunities_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_stage_id'), ['stage_id'], unique=False)

    op.create_table('phones',
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('e164', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('contact_id', sa.String(length=32), nullable=True),
    sa.Column('company_id', sa.String(length=32), nullable=True),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('(contact_id IS NULL) <> (company_id IS NULL)', name='one_party'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phones_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phones_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phones_e164'), ['e164'], unique=False)

    op.create_table('activities',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('regarding', sa.String(length=500), nullable=False),
    sa.Column('details', sa.Text(), nullable=True),
    sa.Column('starts_at', sa.String(length=32), nullable=True),
    sa.Column('ends_at', sa.String(length=32), nullable=True),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.String(length=6), nullable=False),
    sa.Column('alarm_minutes', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('completed_at', sa.String(length=32), nullable=True),
    sa.Column('contact_id', sa.String(length=32), nullable=True),
    sa.Column('company_id', sa.String(length=32), nullable=True),
    sa.Column('opportunity_id', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('owner_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.CheckConstraint("kind IN ('call', 'meeting', 'todo', 'email', 'letter', 'note')", name='activity_kind'),
    sa.CheckConstraint("priority IN ('low', 'medium', 'high')", name='activity_priority'),
    sa.CheckConstraint("status IN ('scheduled', 'completed', 'cleared')", name='activity_status'),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_completed_at'), ['completed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index('ix_activities_status_start', ['status', 'starts_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index('ix_activities_status_start')
        batch_op.drop_index(batch_op.f('ix_activities_starts_at'))
        batch_op.drop_index(batch_op.f('ix_activities_owner_id'))
        batch_op.drop_index(batch_op.f('ix_activities_opportunity_id'))
        batch_op.drop_index(batch_op.f('ix_activities_contact_id'))
        batch_op.drop_index(batch_op.f('ix_activities_completed_at'))
        batch_op.drop_index(batch_op.f('ix_activities_company_id'))

    op.drop_table('activities')
    with op.batch_alter_table('phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phones_e164'))
        batch_op.drop_index(batch_op.f('ix_phones_contact_id'))
        batch_op.drop_index(batch_op.f('ix_phones_company_id'))

    op.drop_table('phones')
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunities_stage_id'))
        batch_op.drop_index(batch_op.f('ix_opportunities_owner_id'))
        batch_op.drop_index(batch_op.f('ix_opportunities_contact_id'))
        batch_op.drop_index(batch_op.f('ix_opportunities_company_id'))

    op.drop_table('opportunities')
    with op.batch_alter_table('emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emails_contact_id'))
        batch_op.drop_index(batch_op.f('ix_emails_company_id'))
        batch_op.drop_index(batch_op.f('ix_emails_address_key'))

    op.drop_table('emails')
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_addresses_contact_id'))
        batch_op.drop_index(batch_op.f('ix_addresses_company_id'))

    op.drop_table('addresses')
    with op.batch_alter_table('record_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_record_tags_entity')

    op.drop_table('record_tags')
    with op.batch_alter_table('custom_values', schema=None) as batch_op:
        batch_op.drop_index('ix_custom_values_entity')

    op.drop_table('custom_values')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index('ix_contacts_sort_key')
        batch_op.drop_index(batch_op.f('ix_contacts_owner_id'))
        batch_op.drop_index(batch_op.f('ix_contacts_company_id'))

    op.drop_table('contacts')
    op.drop_table('users')
    op.drop_table('tags')
    op.drop_table('saved_lookups')
    op.drop_table('pipeline_stages')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_tx_id'))

    op.drop_table('outbox')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_owner_id'))
        batch_op.drop_index('ix_notes_entity')

    op.drop_table('notes')
    op.drop_table('local_meta')
    op.drop_table('custom_fields')
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.drop_index('ix_companies_sort_key')
        batch_op.drop_index(batch_op.f('ix_companies_owner_id'))

    op.drop_table('companies')

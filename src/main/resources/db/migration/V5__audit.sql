-- Audit log: every write, who made it, when, and the record before and after.
create table audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    org_unit_id bigint,
    summary     text,
    before      jsonb,
    after       jsonb,
    remote_addr text
);

create index audit_event_at_idx on audit_event (at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

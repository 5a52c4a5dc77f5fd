-- Accounts. Every account belongs to one org unit and sees that unit and the units below it;
-- a reporter also belongs to one agency, whose tasks and reports it updates.
create table account (
    id                   bigint generated always as identity primary key,
    username             text        not null,
    display_name         text        not null,
    email                text,
    password_hash        text        not null,
    role                 text        not null check (role in ('ADMINISTRATOR', 'COORDINATOR', 'REPORTER', 'OVERSEER')),
    org_unit_id          bigint      not null references org_unit (id),
    agency_id            bigint references agency (id),
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    failed_logins        int         not null default 0,
    locked_until         timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz not null default now(),
    row_version          int         not null default 0,
    constraint reporter_has_agency check (role <> 'REPORTER' or agency_id is not null)
);

create unique index account_username_idx on account (lower(username));
create index account_org_unit_idx on account (org_unit_id);

-- Notifications: what the system tells one person (a reminder, a returned report), shown in the notification
-- centre and sent once a day as one e-mail digest per person.
create table notification (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    kind        text        not null check (length(kind) between 1 and 60),
    title       text        not null check (length(title) between 1 and 500),
    body        text        not null check (length(body) <= 4000),
    -- an app-relative URL ("/rounds/12"), never another site
    link        text check (link ~ '^/[^/\\]' or link = '/'),
    -- a reminder is sent once: the job may run any number of times
    dedup_key   text check (length(dedup_key) <= 200),
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    -- the day the digest mail took it; null until then
    digested_on date
);

create unique index notification_dedup_idx on notification (account_id, dedup_key) where dedup_key is not null;
create index notification_account_idx on notification (account_id, created_at desc);
create index notification_unread_idx on notification (account_id) where read_at is null;
create index notification_undigested_idx on notification (account_id) where digested_on is null;

-- The outbox of digest mails: one per person per day, kept whether or not it could be sent, so nothing is lost
-- when the mail server is down or not configured; the administrator sees and retries them.
create table outbox_mail (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    -- the account's unit when the mail was made: administrators see the outbox of their own subtree
    org_unit_id bigint      not null references org_unit (id),
    recipient   text,
    recipient_name text     not null,
    subject     text        not null check (length(subject) between 1 and 500),
    body        text        not null,
    created_for date        not null,
    status      text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'NO_ADDRESS')),
    attempts    int         not null default 0,
    last_error  text check (length(last_error) <= 2000),
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    unique (account_id, created_for),
    check ((status = 'NO_ADDRESS') = (recipient is null))
);

create index outbox_mail_status_idx on outbox_mail (status, created_for desc);

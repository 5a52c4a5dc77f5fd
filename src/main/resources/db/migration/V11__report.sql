-- The coordinator's own texts of an implementation report (parts I, IV and V, the number, place, date,
-- recipients and signer), kept per plan and span of rounds so that a report can be edited over days and
-- generated again. Without a row the report is compiled from the approved progress reports alone.
-- Versions come from one sequence, so a version never repeats, even after a draft is reset and saved anew.
create sequence report_draft_version;

create table report_draft (
    id               bigint generated always as identity primary key,
    plan_id          bigint      not null references plan (id) on delete cascade,
    from_round_id    bigint      not null references reporting_round (id) on delete cascade,
    to_round_id      bigint      not null references reporting_round (id) on delete cascade,
    number           text        not null check (length(number) <= 100),
    place            text        not null check (length(place) between 1 and 200),
    report_date      date        not null,
    leadership       text        not null check (length(leadership) <= 50000),
    shortcomings     text        not null check (length(shortcomings) <= 50000),
    proposals        text        not null check (length(proposals) <= 50000),
    recipients       text        not null check (length(recipients) <= 5000),
    signer_authority text        not null check (length(signer_authority) <= 200),
    signer_title     text        not null check (length(signer_title) <= 200),
    signer_name      text        not null check (length(signer_name) <= 200),
    row_version      bigint      not null default nextval('report_draft_version'),
    updated_by       text        not null,
    updated_at       timestamptz not null default now(),
    unique (plan_id, from_round_id, to_round_id)
);

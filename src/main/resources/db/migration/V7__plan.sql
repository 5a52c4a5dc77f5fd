-- Plans (kế hoạch as structured objects): their heading tree, tasks with lead and coordinating agencies,
-- targets on indicators, and the cascade between levels (which plans a plan implements, which parent task
-- a child task carries out).

-- A plan, or a placeholder for a document that plans cite before it is in the system (36-NQ/TW, 189/NQ-CP):
-- the placeholder is filled in, keeping its id and its children, when that document is imported.
create table plan (
    id                   bigint generated always as identity primary key,
    org_unit_id          bigint references org_unit (id),
    issuing_agency_id    bigint references agency (id),
    imported_document_id bigint unique references imported_document (id),
    number               text,
    -- the number normalised for matching citations: upper case, no spaces, one kind of dash ("36-NQ/TW")
    number_key           text,
    kind                 text        not null,
    issuer               text,
    title                text,
    issued_on            date,
    place                text,
    status               text        not null check (status in ('PLACEHOLDER', 'DRAFT', 'ACTIVE', 'CLOSED')),
    -- for a placeholder of a local number ("107/KH-UBND" is issued by many units): the province it was cited
    -- in, so that only a document of that province fills it; null for the number of a central body (36-NQ/TW)
    scope_unit_id        bigint references org_unit (id),
    horizon_years        int[]       not null default '{}',
    created_by           text        not null,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    row_version          int         not null default 0,
    check (status = 'PLACEHOLDER' or org_unit_id is not null)
);

create index plan_unit_idx on plan (org_unit_id);
create index plan_number_idx on plan (number_key, issued_on);
-- one placeholder per number, date and scope, even when two imports cite it at once
create unique index plan_placeholder_idx on plan (number_key, coalesce(scope_unit_id, 0), coalesce(issued_on, date '0001-01-01'))
    where status = 'PLACEHOLDER';

create table plan_parent (
    plan_id   bigint not null references plan (id) on delete cascade,
    parent_id bigint not null references plan (id),
    primary key (plan_id, parent_id),
    check (plan_id <> parent_id)
);

create index plan_parent_parent_idx on plan_parent (parent_id);

create table plan_section (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    parent_id bigint references plan_section (id) on delete cascade,
    number    text,
    title     text   not null,
    level     int    not null,
    role      text,
    position  int    not null
);

create index plan_section_plan_idx on plan_section (plan_id, position);

create table task (
    id            bigint generated always as identity primary key,
    plan_id       bigint      not null references plan (id) on delete cascade,
    section_id    bigint references plan_section (id) on delete set null,
    position      int         not null,
    text          text        not null check (length(text) between 1 and 10000),
    product       text,
    -- none, a day, or every year / quarter / month on a day
    deadline_kind text        not null default 'NONE'
        check (deadline_kind in ('NONE', 'DATE', 'YEARLY', 'QUARTERLY', 'MONTHLY')),
    deadline_date date,
    deadline_month int check (deadline_month between 1 and 12),
    deadline_day  int check (deadline_day between 1 and 31),
    progress      text        not null default 'NOT_STARTED'
        check (progress in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    completed_on  date,
    source        text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    row_version   int         not null default 0,
    check ((deadline_kind = 'DATE') = (deadline_date is not null)),
    check (progress = 'DONE' or completed_on is null)
);

create index task_plan_idx on task (plan_id, position);

create table task_assignment (
    task_id    bigint not null references task (id) on delete cascade,
    agency_id  bigint not null references agency (id),
    role       text   not null check (role in ('LEAD', 'COORDINATOR')),
    -- the group this assignment was fanned out from ("Ủy ban nhân dân các xã, phường"), else null
    collective text,
    primary key (task_id, agency_id, role)
);

create index task_assignment_agency_idx on task_assignment (agency_id);

-- A child task carries out a parent task: suggested by similarity, confirmed or rejected by a person.
create table task_link (
    child_task_id  bigint      not null references task (id) on delete cascade,
    parent_task_id bigint      not null references task (id) on delete cascade,
    score          real,
    status         text        not null check (status in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    decided_by     text,
    decided_at     timestamptz,
    primary key (child_task_id, parent_task_id)
);

create index task_link_parent_idx on task_link (parent_task_id);

-- What a target measures. One indicator is shared by the plans of a unit that measure the same thing.
create table indicator (
    id             bigint generated always as identity primary key,
    org_unit_id    bigint references org_unit (id),
    name           text    not null,
    unit           text,
    -- name and unit folded, to find the indicator again
    name_key       text    not null,
    aggregation    text    not null default 'SUM' check (aggregation in ('SUM', 'AVERAGE', 'MIN', 'MAX', 'RATIO')),
    numerator_id   bigint references indicator (id),
    denominator_id bigint references indicator (id),
    direction      text    not null default 'HIGHER' check (direction in ('HIGHER', 'LOWER')),
    baseline_value numeric,
    baseline_year  int,
    row_version    int     not null default 0,
    check ((aggregation = 'RATIO') = (numerator_id is not null and denominator_id is not null))
);

create unique index indicator_key_idx on indicator (coalesce(org_unit_id, 0), name_key);

create table plan_target (
    id           bigint generated always as identity primary key,
    plan_id      bigint  not null references plan (id) on delete cascade,
    indicator_id bigint  not null references indicator (id),
    goal         text    not null,
    year         int,
    comparator   text    not null check (comparator in ('=', 'approx', '>=', '>', '<=', '<', 'range')),
    value        numeric not null,
    value_max    numeric,
    quote        text,
    position     int     not null,
    check ((comparator = 'range') = (value_max is not null))
);

create index plan_target_plan_idx on plan_target (plan_id, position);

-- S&T projects (đề tài/dự án KH&CN), the annual S&T task list and the expert registry.
create table project (
    id bigserial primary key,
    org_unit_id bigint not null references org_unit (id),
    owner_agency_id bigint references agency (id),
    code varchar(60) not null,
    title varchar(500) not null,
    kind varchar(10) not null check (kind in ('TOPIC', 'PROJECT')),
    level varchar(12) not null check (level in ('NATIONAL', 'MINISTRY', 'PROVINCIAL', 'GRASSROOTS')),
    field varchar(20) not null,
    host_organisation varchar(300),
    principal_investigator varchar(200),
    period_start date,
    period_end date,
    outputs text,
    status varchar(12) not null default 'PROPOSED',
    acceptance_date date,
    acceptance_rating varchar(100),
    applied_where varchar(500),
    visibility varchar(10) not null default 'INTERNAL',
    row_version int not null default 0,
    unique (org_unit_id, code),
    check (period_start is null or period_end is null or period_start <= period_end)
);
create table project_budget (
    project_id bigint not null references project (id) on delete cascade,
    source varchar(15) not null check (source in ('STATE_CENTRAL', 'STATE_LOCAL', 'ENTERPRISE', 'OTHER')),
    amount numeric(18, 3) not null check (amount >= 0),
    primary key (project_id, source)
);
create table project_transition (
    id bigserial primary key,
    project_id bigint not null references project (id) on delete cascade,
    from_status varchar(12) not null,
    to_status varchar(12) not null,
    actor varchar(200) not null,
    at timestamptz not null default now()
);
create table task_list (
    id bigserial primary key,
    org_unit_id bigint not null references org_unit (id),
    year int not null,
    status varchar(10) not null default 'OPEN' check (status in ('OPEN', 'COMPILED', 'APPROVED')),
    decision_number varchar(60),
    decision_date date,
    row_version int not null default 0,
    unique (org_unit_id, year)
);
create table task_proposal (
    id bigserial primary key,
    task_list_id bigint not null references task_list (id),
    org_unit_id bigint not null references org_unit (id),
    owner_agency_id bigint references agency (id),
    title varchar(500) not null,
    objectives text,
    expected_outputs text,
    duration_months int check (duration_months > 0),
    estimated_budget numeric(18, 3) check (estimated_budget >= 0),
    field varchar(20) not null,
    review varchar(10) check (review in ('ACCEPTED', 'RETURNED')),
    review_reason varchar(1000),
    visibility varchar(10) not null default 'INTERNAL',
    row_version int not null default 0
);
create table expert (
    id bigserial primary key,
    org_unit_id bigint not null references org_unit (id),
    owner_agency_id bigint references agency (id),
    name varchar(200) not null,
    fields varchar(300) not null,
    organisation varchar(300),
    degree varchar(16) check (degree in ('BACHELOR', 'MASTER', 'DOCTOR', 'ASSOC_PROFESSOR', 'PROFESSOR')),
    specialisation varchar(300),
    email varchar(200),
    phone varchar(30),
    contact_consent boolean not null default false,
    visibility varchar(10) not null default 'INTERNAL',
    row_version int not null default 0
);
create index project_unit_idx on project (org_unit_id);
create index task_proposal_list_idx on task_proposal (task_list_id);
create index expert_unit_idx on expert (org_unit_id);

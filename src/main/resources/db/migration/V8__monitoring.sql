-- Monitoring (theo dõi, đôn đốc, tổng hợp): the reporting regime of each plan, the reporting rounds it
-- produces, one progress report per responsible agency and round (task progress, indicator values,
-- evidence files), and the exceptions a coordinator grants past a deadline.

-- Weighted averages (a yield weighted by area) join the roll-up rules of indicators.
alter table indicator drop constraint indicator_aggregation_check;
alter table indicator drop constraint indicator_check;
alter table indicator add column weight_id bigint references indicator (id);
alter table indicator add constraint indicator_aggregation_check
    check (aggregation in ('SUM', 'AVERAGE', 'WEIGHTED_AVERAGE', 'MIN', 'MAX', 'RATIO'));
alter table indicator add constraint indicator_ratio_check
    check ((aggregation = 'RATIO') = (numerator_id is not null and denominator_id is not null));
alter table indicator add constraint indicator_weight_check
    check ((aggregation = 'WEIGHTED_AVERAGE') = (weight_id is not null));

-- The reporting regime of a plan: who tracks, urges and consolidates (the focal agency), and the first
-- year rounds are generated for. One row per plan that has rounds.
create table reporting_regime (
    plan_id         bigint primary key references plan (id) on delete cascade,
    focal_agency_id bigint references agency (id),
    first_year      int         not null,
    last_year       int         not null check (last_year >= first_year and last_year - first_year <= 25),
    updated_at      timestamptz not null default now(),
    row_version     int         not null default 0
);

-- A periodic report the plan asks for. The data cut-off window defaults to Decree 09/2019 (a period ends
-- on the 14th: 14/12 for annual, 14/6 and 14/12 for six-monthly, the 14th of a quarter's last month, the
-- 14th of every month) and is overridable per plan; the due day is the plan's ("trước ngày 15 tháng 11").
create table reporting_schedule (
    id             bigint generated always as identity primary key,
    plan_id        bigint not null references reporting_regime (plan_id) on delete cascade,
    frequency      text   not null check (frequency in ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY')),
    -- the last day of a period: day of month, and for annual reports the month
    period_end_day   int  not null default 14 check (period_end_day between 1 and 28),
    period_end_month int  not null default 12 check (period_end_month between 1 and 12),
    -- the due date: day (and for annual reports month) of the report, after the period end
    due_day        int    not null check (due_day between 1 and 31),
    due_month      int check (due_month between 1 and 12),
    quote          text,
    unique (plan_id, frequency)
);

-- One reporting round (kỳ báo cáo): a period, the data cut-off window, and a due date. Periodic rounds are
-- generated from the schedules; reviews after 1, 3 and 5 years (sơ kết, tổng kết) and ad hoc rounds are
-- opened by a coordinator.
create table reporting_round (
    id           bigint generated always as identity primary key,
    plan_id      bigint      not null references plan (id) on delete cascade,
    kind         text        not null check (kind in ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY',
                                                       'INTERIM_REVIEW', 'FINAL_REVIEW', 'AD_HOC')),
    -- "2026", "2026-H1", "2026-Q3", "2026-07", or the coordinator's title for a review or an ad hoc round
    label        text        not null check (length(label) between 1 and 300),
    period_start date        not null,
    period_end   date        not null,
    due_on       date        not null,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    check (period_start <= period_end and period_end <= due_on)
);

create unique index reporting_round_period_idx on reporting_round (plan_id, kind, period_start)
    where kind in ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY');
create index reporting_round_plan_idx on reporting_round (plan_id, due_on);
create index reporting_round_due_idx on reporting_round (due_on);

-- A unit's agency may still enter data after the deadline, until the day the coordinator gave.
create table round_exception (
    round_id   bigint      not null references reporting_round (id) on delete cascade,
    agency_id  bigint      not null references agency (id),
    until      date        not null,
    reason     text        not null check (length(reason) between 1 and 2000),
    granted_by text        not null,
    granted_at timestamptz not null default now(),
    primary key (round_id, agency_id)
);

-- One agency's report in one round (báo cáo kết quả thực hiện).
-- DRAFT → SUBMITTED → RETURNED (with a comment) → SUBMITTED → APPROVED; a coordinator may reopen an
-- approved report (it goes back to RETURNED with the reason).
create table progress_report (
    id                 bigint generated always as identity primary key,
    round_id           bigint      not null references reporting_round (id) on delete cascade,
    agency_id          bigint      not null references agency (id),
    status             text        not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    -- leadership, direction and dissemination; shortcomings; proposals: the report's own prose
    summary            text check (length(summary) <= 20000),
    difficulties       text check (length(difficulties) <= 20000),
    proposals          text check (length(proposals) <= 20000),
    -- the first submission decides timeliness; a resubmission after a return does not make it late
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    submitted_by       text,
    decided_at         timestamptz,
    decided_by         text,
    -- the coordinator's comment when returning, or the reason when reopening
    comment            text check (length(comment) <= 4000),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    row_version        int         not null default 0,
    unique (round_id, agency_id)
);

create index progress_report_agency_idx on progress_report (agency_id);

-- What the report says of one task assigned to its agency.
create table report_task_entry (
    report_id    bigint not null references progress_report (id) on delete cascade,
    task_id      bigint not null references task (id) on delete cascade,
    progress     text   not null check (progress in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    percent_done int check (percent_done between 0 and 100),
    completed_on date,
    results      text check (length(results) <= 10000),
    difficulties text check (length(difficulties) <= 10000),
    proposals    text check (length(proposals) <= 10000),
    primary key (report_id, task_id),
    check (progress = 'DONE' or completed_on is null)
);

-- The value of an indicator for one org unit and one period, as reported; counted in roll-ups once the
-- report carrying it is approved. One value per indicator, unit and period, whoever reports it.
create table indicator_value (
    id           bigint generated always as identity primary key,
    indicator_id bigint      not null references indicator (id) on delete cascade,
    org_unit_id  bigint      not null references org_unit (id),
    period_start date        not null,
    period_end   date        not null,
    value        numeric     not null,
    source_note  text check (length(source_note) <= 2000),
    report_id    bigint references progress_report (id) on delete cascade,
    approved     boolean     not null default false,
    updated_at   timestamptz not null default now(),
    unique (indicator_id, org_unit_id, period_start, period_end)
);

create index indicator_value_report_idx on indicator_value (report_id);
create index indicator_value_roll_idx on indicator_value (indicator_id, period_end, org_unit_id) where approved;

-- Evidence attached to a report (or one task of it): the bytes live in a directory outside the web root,
-- named by id; this row keeps what the person uploaded and what the content really is.
create table evidence_file (
    id           bigint generated always as identity primary key,
    report_id    bigint      not null references progress_report (id) on delete cascade,
    task_id      bigint references task (id) on delete set null,
    file_name    text        not null check (length(file_name) between 1 and 255),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);

create index evidence_file_report_idx on evidence_file (report_id);

-- What overseers (HĐND, MTTQ) and coordinators say about a plan or a round: read by everyone in scope.
create table monitoring_comment (
    id          bigint generated always as identity primary key,
    plan_id     bigint      not null references plan (id) on delete cascade,
    round_id    bigint references reporting_round (id) on delete cascade,
    author      text        not null,
    author_name text        not null,
    body        text        not null check (length(body) between 1 and 4000),
    created_at  timestamptz not null default now()
);

create index monitoring_comment_plan_idx on monitoring_comment (plan_id, created_at);

-- Where a unit of the 2024 structure counts today, so that values reported before the merger of 1/7/2025
-- roll up through the mapping: in its successor when it has one (exact: its figure is that unit's own, added
-- to any other unit merged into it); when it was split, in the smallest unit holding all its successors (a
-- commune shared by two new communes counts in their province, not in either commune); a unit without
-- successors (a district) as its parent does. Units of the current structure count as themselves and are not
-- listed here, so roll-ups join this small view only for old units.
create view org_unit_old_now as
select u.id as unit_id,
       coalesce(own.path, up.path, 'vn'::ltree) as path,
       -- only an old commune's figure is its successor's own; an old province's or district's counts with
       -- the communes, never in place of them (its communes may have reported too)
       coalesce(own.n = 1 and u.level = 3, false) as exact
  from org_unit u
  left join lateral (
        select count(*) as n,
               case when count(*) = 1 then (array_agg(n.path))[1] else lca(array_agg(n.path)) end as path
          from org_unit_succession s join org_unit n on n.id = s.new_unit_id and n.version = '2025'
         where s.old_unit_id = u.id having count(*) > 0) own on true
  left join lateral (
        select case when count(*) = 1 then (array_agg(n.path))[1] else lca(array_agg(n.path)) end as path
          from org_unit_succession s join org_unit n on n.id = s.new_unit_id and n.version = '2025'
         where s.old_unit_id = u.parent_id having count(*) > 0) up on true
 where u.version <> '2025' and u.parent_id is not null;

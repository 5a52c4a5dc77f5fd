-- Gene-fund accessions (nguồn gen) with their MCPD v2.1 passport, and lab equipment for shared use with
-- bookings and usage. MCPD dates stay text (YYYYMMDD with "--"/"00" for an unknown month or day); the
-- service validates them and the code lists, the database keeps the shapes it can check cheaply.

create table genebank_accession (
    id             bigserial primary key,
    org_unit_id    bigint  not null references org_unit (id),
    owner_agency_id bigint references agency (id),
    visibility     text    not null check (visibility in ('PUBLIC', 'INTERNAL')),
    name_vi        text,
    programme      text,   -- the gene-fund programme, e.g. "Nhiệm vụ quỹ gen cấp tỉnh"
    instcode       text    not null check (instcode ~ '^[A-Z]{3}[0-9]+$'),
    accenumb       text    not null,
    collnumb       text,
    genus          text    not null,
    species        text,
    spauthor       text,
    subtaxa        text,
    cropname       text,
    accename       text,
    acqdate        text    check (acqdate ~ '^[0-9]{4}([0-9]{2}|--)([0-9]{2}|--)$'),
    origcty        text    check (origcty ~ '^[A-Z]{3}$'),
    collsite       text,
    declatitude    numeric(9, 6) check (declatitude between -90 and 90),
    declongitude   numeric(9, 6) check (declongitude between -180 and 180),
    elevation      integer,
    colldate       text    check (colldate ~ '^[0-9]{4}([0-9]{2}|--)([0-9]{2}|--)$'),
    bredcode       text,
    sampstat       text,
    ancest         text,
    collsrc        text,
    donorcode      text,
    duplsite       text,
    storage        text,
    mlsstat        text,
    remarks        text,
    withdrawn_on   date,   -- null while conserved
    row_version    integer not null default 0,
    unique (instcode, accenumb)
);

create index genebank_accession_unit_idx on genebank_accession (org_unit_id);

create table equipment (
    id              bigserial primary key,
    org_unit_id     bigint  not null references org_unit (id),
    owner_agency_id bigint references agency (id),
    visibility      text    not null check (visibility in ('PUBLIC', 'INTERNAL')),
    lab_name        text    not null,
    device_name     text    not null,
    model           text,
    manufacturer    text,
    specifications  text,
    status          text    not null default 'AVAILABLE' check (status in ('AVAILABLE', 'MAINTENANCE', 'RETIRED')),
    -- weekly opening hours: ISO days (1 = Monday) and one daily window, local time (Asia/Ho_Chi_Minh)
    open_days       text    not null default '1,2,3,4,5',
    opens_at        time    not null default '08:00',
    closes_at       time    not null default '17:00',
    row_version     integer not null default 0,
    check (opens_at < closes_at)
);

create index equipment_unit_idx on equipment (org_unit_id);

create table equipment_blocked_period (
    id           bigserial primary key,
    equipment_id bigint      not null references equipment (id) on delete cascade,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    reason       text,
    check (starts_at < ends_at)
);

create table equipment_booking (
    id              bigserial primary key,
    equipment_id    bigint      not null references equipment (id) on delete cascade,
    requester_name  text        not null,
    requester_agency text,
    purpose         text        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    status          text        not null default 'REQUESTED'
                    check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED')),
    requested_by    text,
    decided_by      text,
    reason          text,
    row_version     integer     not null default 0,
    check (starts_at < ends_at),
    -- two approved bookings of one device never overlap, whatever writes them
    constraint equipment_booking_no_overlap
        exclude using gist (equipment_id with =, tstzrange(starts_at, ends_at) with &&) where (status = 'APPROVED')
);

create index equipment_booking_equipment_idx on equipment_booking (equipment_id, starts_at);

create table equipment_usage (
    id           bigserial primary key,
    booking_id   bigint      not null references equipment_booking (id) on delete cascade,
    actual_start timestamptz not null,
    actual_end   timestamptz not null,
    samples      text,
    notes        text,
    recorded_by  text,
    check (actual_start < actual_end)
);

-- Imported plan documents: the original file as uploaded, the text read from it, the parser's draft and the
-- draft as a person reviewed and confirmed it. The plan module (issue 4) builds plans from confirmed drafts.
create table imported_document (
    id           bigint generated always as identity primary key,
    -- the unit whose plan this is: agencies are matched among its agencies, and scope follows it
    org_unit_id  bigint      not null references org_unit (id),
    file_name    text        not null check (length(file_name) between 1 and 255),
    format       text        not null check (format in ('TXT', 'MD', 'DOCX', 'PDF')),
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea       not null,
    -- the normalised text every span of the drafts points into
    text         text        not null,
    -- PlanDraftJson without the text: as the parser read it, and as the person left it
    parsed       jsonb       not null,
    reviewed     jsonb,
    status       text        not null default 'REVIEW' check (status in ('REVIEW', 'CONFIRMED')),
    -- copied from the latest draft, for lists and search
    doc_number   text,
    title        text,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    confirmed_by text,
    confirmed_at timestamptz,
    row_version  int         not null default 0,
    check ((status = 'CONFIRMED') = (confirmed_at is not null and reviewed is not null))
);

create index imported_document_unit_idx on imported_document (org_unit_id, created_at desc);
create index imported_document_sha_idx on imported_document (org_unit_id, sha256);

-- Administrative units (đơn vị hành chính). Codes are reused across versions of the structure (52 was
-- Bình Định in 2024 and is Gia Lai in 2025), so a unit's identity is (code, version), never the code.
create table org_unit_version (
    code       text primary key,          -- '2024', '2025'
    valid_from date,
    valid_to   date,
    is_current boolean not null default false
);

insert into org_unit_version (code, valid_from, valid_to, is_current) values
    ('2024', '2025-03-01', '2025-06-30', false),
    ('2025', '2025-07-01', null, true);

create table org_unit (
    id         bigint generated always as identity primary key,
    code       text     not null,
    version    text     not null references org_unit_version (code),
    name       text     not null,          -- full official name: "Xã Nhữ Khê"
    short_name text     not null,          -- without the type prefix: "Nhữ Khê"
    type       text     not null check (type in ('QUOC_GIA', 'TINH', 'THANH_PHO', 'XA', 'PHUONG', 'DAC_KHU',
                                                 'HUYEN', 'THI_XA', 'QUAN', 'THI_TRAN')),
    level      smallint not null,          -- 0 nation, 1 province, 2 district (2024) or commune (2025), 3 commune (2024)
    parent_id  bigint references org_unit (id),
    -- labels are v<version>_<code>, rooted at the nation: vn.v2025_08.v2025_02263
    path       ltree    not null unique,
    valid_from date,
    valid_to   date,
    search     tsvector generated always as (to_tsvector('simple', immutable_unaccent(name))) stored,
    unique (code, version)
);

create index org_unit_path_idx on org_unit using gist (path);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_search_idx on org_unit using gin (search);
create index org_unit_name_trgm_idx on org_unit using gin (lower(immutable_unaccent(name)) gin_trgm_ops);

-- Old unit → new unit(s) of the 1/7/2025 reform. An old commune split across several new ones has
-- several rows, with coverage 'partial'.
create table org_unit_succession (
    old_unit_id bigint not null references org_unit (id),
    new_unit_id bigint not null references org_unit (id),
    coverage    text   not null check (coverage in ('full', 'partial')),
    note        text,
    primary key (old_unit_id, new_unit_id)
);

create index org_unit_succession_new_idx on org_unit_succession (new_unit_id);

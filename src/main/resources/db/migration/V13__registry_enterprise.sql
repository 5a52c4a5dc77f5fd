-- Biotechnology database: enterprises (with yearly figures), products (OCOP rating, IP titles) and
-- application models. Every table carries row_version for optimistic locking; the search index row is
-- written by the services in the same transaction (registry_entry, V12).

create table enterprise (
    id             bigserial primary key,
    tax_code       text        not null,   -- mã số doanh nghiệp, 10 digits [+ "-NNN" branch]
    name           text        not null,
    address        text,
    org_unit_id    bigint      not null references org_unit (id),
    owner_agency_id bigint     references agency (id),
    fields         text[]      not null default '{}',   -- BiotechField names
    size           text        check (size in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    founding_year  int         check (founding_year >= 1900),
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'DISSOLVED')),
    visibility     text        not null check (visibility in ('PUBLIC', 'INTERNAL')),
    row_version    int         not null default 0
);
-- one enterprise per tax code, whatever the service checked before
create unique index enterprise_tax_code_uidx on enterprise (tax_code);
create index enterprise_org_unit_idx on enterprise (org_unit_id);

create table enterprise_year (
    enterprise_id   bigint  not null references enterprise (id) on delete cascade,
    year            int     not null,
    revenue         numeric(18, 3),          -- tỷ đồng
    biotech_revenue numeric(18, 3),          -- tỷ đồng, part of revenue
    employees       int     check (employees >= 0),
    primary key (enterprise_id, year),
    check (biotech_revenue is null or revenue is null or biotech_revenue <= revenue)
);

create table product (
    id               bigserial primary key,
    name             text    not null,
    producer_kind    text    not null check (producer_kind in ('ENTERPRISE', 'COOPERATIVE', 'HOUSEHOLD')),
    producer_enterprise_id bigint references enterprise (id),
    producer_name    text,
    field            text,
    product_type     text,
    org_unit_id      bigint  not null references org_unit (id),
    owner_agency_id  bigint  references agency (id),
    visibility       text    not null check (visibility in ('PUBLIC', 'INTERNAL')),
    standards        text,
    gtin             text,
    ocop_group       text,
    ocop_subgroup    text,
    ocop_score_a     int     check (ocop_score_a between 0 and 40),
    ocop_score_b     int     check (ocop_score_b between 0 and 25),
    ocop_score_c     int     check (ocop_score_c between 0 and 35),
    ocop_total       int,    -- A + B + C, computed by the service
    ocop_stars       int     check (ocop_stars between 1 and 5),
    ocop_authority   text,
    ocop_decision_no text,
    ocop_decision_date date,
    ocop_expires_on  date,   -- decision date + 36 months (Decision 148/QĐ-TTg)
    row_version      int     not null default 0
);
create index product_org_unit_idx on product (org_unit_id);

create table product_ip (
    id          bigserial primary key,
    product_id  bigint not null references product (id) on delete cascade,
    ip_type     text   not null check (ip_type in ('TRADEMARK', 'COLLECTIVE_MARK', 'CERTIFICATION_MARK',
                                                   'GEOGRAPHICAL_INDICATION', 'PATENT')),
    status      text   not null check (status in ('FILED', 'GRANTED', 'REFUSED', 'EXPIRED')),
    number      text,
    granted_on  date
);
create index product_ip_product_idx on product_ip (product_id);

create table application_model (
    id              bigserial primary key,
    name            text    not null,
    field           text,
    place           text,
    org_unit_id     bigint  not null references org_unit (id),
    owner_agency_id bigint  references agency (id),
    scale           text,
    scale_quantity  numeric(18, 3),
    year            int,
    results         text,
    exemplary       boolean not null default false,
    visibility      text    not null check (visibility in ('PUBLIC', 'INTERNAL')),
    row_version     int     not null default 0
);
create index application_model_org_unit_idx on application_model (org_unit_id);

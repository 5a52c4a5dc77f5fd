-- Agencies (cơ quan, đơn vị): the bodies of an org unit that plans assign tasks to.
create table agency_type (
    code       text primary key,
    sort_order int not null
);

insert into agency_type (code, sort_order) values
    ('PARTY_COMMITTEE', 10),      -- Tỉnh ủy, Huyện ủy, Đảng ủy xã
    ('PARTY_STANDING_BOARD', 20), -- Ban Thường vụ … ủy
    ('PARTY_BOARD', 30),          -- Ban Tuyên giáo, Ban Dân vận, Văn phòng … ủy, Ủy ban Kiểm tra
    ('PEOPLES_COUNCIL', 40),      -- Hội đồng nhân dân
    ('PEOPLES_COMMITTEE', 50),    -- Ủy ban nhân dân
    ('FATHERLAND_FRONT', 60),     -- Ủy ban Mặt trận Tổ quốc Việt Nam
    ('MASS_ORGANISATION', 70),    -- Hội Nông dân, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Liên đoàn Lao động
    ('MINISTRY', 80),             -- Bộ, cơ quan ngang bộ
    ('DEPARTMENT', 90),           -- Sở, Ban quản lý
    ('OFFICE', 100),              -- Phòng, Văn phòng UBND
    ('CENTRE', 110),              -- Trung tâm
    ('RESEARCH_INSTITUTE', 120),  -- Viện
    ('SCHOOL', 130),              -- Trường, Học viện
    ('PRESS', 140),               -- Báo, Đài Phát thanh – Truyền hình
    ('ARMED_FORCES', 150),        -- Công an, Bộ Chỉ huy Quân sự
    ('OTHER', 999);

create table agency (
    id          bigint generated always as identity primary key,
    org_unit_id bigint      not null references org_unit (id),
    type        text        not null references agency_type (code),
    name        text        not null,
    -- the normalised name (AgencyNames.matchKey): one body is never created twice in a unit
    match_key   text        not null,
    active      boolean     not null default true,
    created_at  timestamptz not null default now(),
    row_version int         not null default 0,
    search      tsvector generated always as (to_tsvector('simple', immutable_unaccent(name))) stored,
    unique (org_unit_id, match_key)
);

create index agency_org_unit_idx on agency (org_unit_id);
create index agency_search_idx on agency using gin (search);

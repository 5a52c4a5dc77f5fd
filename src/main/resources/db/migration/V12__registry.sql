-- The biotechnology database: every registry (enterprises, products, application models, S&T projects and
-- tasks, gene-fund accessions, shared equipment, experts) keeps its own tables (V13 onwards); this one is the
-- single search index over all of them. SearchIndex writes a row in the same transaction as the record, so
-- the index never shows a record that was not saved, nor misses one that was.

-- booking overlap is an exclusion constraint on (equipment, time range)
create extension if not exists btree_gist;

create table registry_entry (
    kind        text        not null,   -- RegistryKind
    record_id   bigint      not null,   -- the id in the registry's own table
    org_unit_id bigint      not null references org_unit (id),
    -- the unit's place in the tree, copied so scope filters are one gist lookup
    unit_path   ltree       not null,
    field       text,                   -- BiotechField, null when the registry has none
    title       text        not null,
    summary     text        not null default '',
    visibility  text        not null check (visibility in ('PUBLIC', 'INTERNAL')),
    updated_at  timestamptz not null default now(),
    -- folded text (lower case, no diacritics) for trigram (typo-tolerant) matching and highlights
    folded      text generated always as (lower(immutable_unaccent(title || ' ' || summary))) stored,
    document    tsvector generated always as (
        setweight(to_tsvector('simple', lower(immutable_unaccent(title))), 'A')
        || setweight(to_tsvector('simple', lower(immutable_unaccent(summary))), 'B')) stored,
    primary key (kind, record_id)
);

create index registry_entry_document_idx on registry_entry using gin (document);
create index registry_entry_folded_trgm_idx on registry_entry using gin (folded gin_trgm_ops);
create index registry_entry_unit_path_idx on registry_entry using gist (unit_path);
create index registry_entry_org_unit_idx on registry_entry (org_unit_id);

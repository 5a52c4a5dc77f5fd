-- Extensions used across modules: diacritic-insensitive search (unaccent), typo-tolerant search (pg_trgm)
-- and the administrative-unit tree (ltree).
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists ltree;

-- unaccent() is only STABLE, so it cannot feed a generated column or an index. This wrapper pins the
-- dictionary, which makes it safe to declare IMMUTABLE. It folds đ/Đ to d/D and handles NFD input.
create or replace function immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Reference data sets loaded at start-up (administrative units, code lists): the checksum of what was
-- loaded, so a restart skips the load and a changed file is loaded again.
create table reference_dataset (
    name      text primary key,
    checksum  text        not null,
    row_count int         not null,
    loaded_at timestamptz not null default now()
);

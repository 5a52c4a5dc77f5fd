-- Indicators tracked from the biotechnology database instead of progress reports: the code of one of the
-- registry's figures (RegistryIndicators.sources(): BIOTECH_ENTERPRISES, BIOTECH_REVENUE,
-- OCOP_PRODUCTS_WITH_TRADEMARK, ACCESSIONS_CONSERVED, EQUIPMENT_BOOKINGS, ST_PROJECTS_ACCEPTED, ...), or null
-- for an indicator whose values units report. The list of codes lives with the registry and grows with it,
-- so the database checks only their shape; PlanEditing refuses a code the registry does not offer.
alter table indicator add column data_source text
    constraint indicator_data_source_check check (data_source ~ '^[A-Z][A-Z0-9_]{0,63}$');

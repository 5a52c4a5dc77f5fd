-- The roll-up of a unit reads the approved values of the units in its subtree: by unit first, so that a
-- province's dashboard reads its own communes' values through the index instead of every value of the
-- indicators in the country (a sequential scan of indicator_value and a sort of it, about 1 s for 1 million
-- values). Covering: the value and the period are in the index, so the heap is not visited.
create index indicator_value_unit_idx on indicator_value (org_unit_id, indicator_id, period_end, period_start)
    include (value) where approved;

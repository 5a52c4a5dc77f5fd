-- The registry search takes the matches newest first and stops after a thousand (RegistrySearch.COUNT_CAP):
-- for a common word ("probiotic" in one record in six) the planner walks this index and reads a few thousand
-- rows instead of every match's heap page. Same order as the search's tie-break (updated_at desc, kind, id).
create index registry_entry_recent_idx on registry_entry (updated_at desc, kind, record_id);

-- The words of the registry search index, each once: the search corrects a mistyped word against this
-- vocabulary (trigram similarity over some thousands of words, not over every record's text), then matches
-- the corrected words through the tsvector index as usual. Words are added by SearchIndex.put and never
-- removed: a word no record uses any more only offers a correction that finds nothing.
create table registry_word (
    word text primary key
);

create index registry_word_trgm_idx on registry_word using gin (word gin_trgm_ops);

insert into registry_word (word)
select distinct unnest(tsvector_to_array(document)) from registry_entry
on conflict do nothing;

package vn.trienkhai.registry.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;

/**
 * The one search over every registry (table {@code registry_entry}). Words are matched without diacritics
 * or case through the weighted tsvector (the last word as a prefix, since people search as they type);
 * when that finds nothing the search forgives typos: each word is widened to the nearest words of the
 * index's vocabulary by trigram similarity ({@code registry_word}: "hok" → "hoc", "hon"), and the widened
 * query runs through the same tsvector index ("cong nghe sinh hok" finds "công nghệ sinh học"). The user sees public records everywhere and internal ones of their own
 * subtree, the rule of {@code RegistryAccess#canRead}.
 *
 * <p>Each search runs two statements: one takes the matches, newest first, at most {@link #COUNT_CAP} and one
 * more, and from them groups the counts by registry, field and child unit (the total and all three facets)
 * and ranks the page; the other reads the page's twenty records. Up to the cap the counts and the ranking
 * are exact, over every match. A broader query (one common word: "probiotic" in one record in six) is
 * capped: it shows the best-ranked of the newest {@code COUNT_CAP} matches, counted over those, and says so
 * ("more than 1,000 records match"). Counting and ranking all of 17,000 matches read all their heap pages,
 * 60–120 ms; the newest thousand come from the index on {@code updated_at} in a few milliseconds
 * (docs/performance.md, "Registry search").
 */
@Service
public class RegistrySearch {

	/** Up to this many matches are counted and ranked exactly; beyond it the result is capped. */
	static final int COUNT_CAP = 1000;

	/** More completions than this of the last word and it stays a prefix in the query. */
	private static final int MAX_COMPLETIONS = 32;

	private final JdbcClient jdbc;

	/** {@link #COUNT_CAP}; lowered only by tests, to see a capped result without a thousand records. */
	int cap = COUNT_CAP;

	RegistrySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs the query for the signed-in user; the unit filter must already be checked as visible. */
	@Transactional(readOnly = true)
	SearchResult search(SearchQuery query, OrgUnit base) {
		// the paths once, for both the exact and the forgiving pass
		String scope = path(CurrentUser.get().orgUnitId());
		String basePath = path(base.id());
		SearchResult exact = run(query, base, basePath, scope, false);
		if (exact.total() > 0 || query.blank()) {
			return exact;
		}
		return run(query, base, basePath, scope, true);
	}

	private SearchResult run(SearchQuery query, OrgUnit base, String basePath, String scope, boolean fuzzy) {
		List<String> highlight = query.terms();
		String tsQuery = null;
		String rankQuery = null;
		if (!query.blank()) {
			if (fuzzy) {
				List<List<String>> alternatives = new ArrayList<>();
				for (String term : query.terms()) {
					List<String> words = new ArrayList<>();
					words.add(term);
					words.addAll(nearWords(term));
					alternatives.add(words);
				}
				tsQuery = SearchQuery.tsQuery(alternatives);
				highlight = alternatives.stream().flatMap(List::stream).distinct().toList();
			}
			else {
				tsQuery = query.completedTsQuery(completions(highlight.get(highlight.size() - 1)));
				rankQuery = query.prefixTsQuery();
			}
			if (rankQuery == null) {
				rankQuery = tsQuery;
			}
		}
		Map<String, Object> params = new HashMap<>();
		// the paths as values, not sub-selects: the planner then knows that the nation's path covers every row
		// and does not walk the gist index for it
		params.put("scope", scope);
		StringBuilder where = new StringBuilder(
				" where (e.visibility = 'PUBLIC' or e.unit_path <@ cast(:scope as ltree))");
		if (!base.isNation()) {
			where.append(" and e.unit_path <@ cast(:base as ltree)");
			params.put("base", basePath);
		}
		if (tsQuery != null) {
			where.append(" and e.document @@ to_tsquery('simple', :tsq)");
			params.put("tsq", tsQuery);
			params.put("rank", rankQuery);
		}
		Facets facets = scan(where.toString(), params, query, basePath);
		if (facets.matched > cap && (query.kind() != null || query.field() != null)) {
			facets = narrowed(facets, where, params, query, basePath);
		}
		List<SearchHit> hits = facets.page.isEmpty() ? List.of() : details(facets.page, highlight);
		return new SearchResult(query, hits, facets.total, facets.matched > cap ? cap : 0, fuzzy, facets.kinds,
				facets.fields, facets.units);
	}

	/**
	 * One pass over the matches (materialised once): the counts by registry, field and child unit, and the
	 * keys of the requested page in rank order. Reading the matching rows twice — once to count, once to
	 * rank — was most of the time of a broad query. The matches are taken newest first and at most
	 * {@code cap + 1}: the planner then walks the index on {@code updated_at} for a common word and stops at
	 * the cap, and takes the GIN bitmap for a rare one; the one row over the cap only tells that there are more.
	 */
	private Facets scan(String where, Map<String, Object> params, SearchQuery query, String basePath) {
		// one level below the searched unit: provinces under the nation, communes under a province
		int childDepth = basePath.split("\\.").length + 1;
		// ranked on the first cap matches only, so never on every record of a broad query
		String score = query.blank() ? "0::float4" : "ts_rank(document, to_tsquery('simple', :rank))";
		StringBuilder pageFilter = new StringBuilder(" where true");
		Map<String, Object> all = new HashMap<>(params);
		if (query.kind() != null) {
			pageFilter.append(" and kind = :kind");
			all.put("kind", query.kind().name());
		}
		if (query.field() != null) {
			pageFilter.append(" and field = :field");
			all.put("field", query.field().name());
		}
		all.put("probe", cap + 1);
		all.put("cap", cap);
		String sql = "with f as materialized (select e.kind, e.record_id, e.field, e.unit_path, e.updated_at,"
				+ " e.document from registry_entry e" + where
				+ " order by e.updated_at desc, e.kind, e.record_id limit :probe),"
				+ " m as (select * from f order by updated_at desc, kind, record_id limit :cap)"
				+ " select 0 as part, kind, field, case when nlevel(unit_path) >= " + childDepth
				+ " then subpath(unit_path, 0, " + childDepth + ")::text end as child, count(*) as n,"
				+ " 0::bigint as record_id from m group by 2, 3, 4"
				+ " union all select 2, null, null, null, count(*), 0 from f"
				+ " union all select * from (select 1, kind, null, null, 0, record_id from m" + pageFilter
				+ " order by " + score + " desc, updated_at desc, kind, record_id limit " + SearchQuery.PAGE_SIZE
				+ " offset " + query.page() * SearchQuery.PAGE_SIZE + ") p";
		Facets facets = new Facets();
		Map<String, Long> byChild = new LinkedHashMap<>();
		jdbc.sql(sql).params(all).query((rs, n) -> {
			if (rs.getInt("part") == 2) {
				facets.matched = rs.getLong("n");
				return null;
			}
			RegistryKind kind = RegistryKind.valueOf(rs.getString("kind"));
			if (rs.getInt("part") == 1) {
				facets.page.add(new Key(kind, rs.getLong("record_id")));
				return null;
			}
			BiotechField field = rs.getString("field") == null ? null : BiotechField.valueOf(rs.getString("field"));
			String child = rs.getString("child");
			long count = rs.getLong("n");
			boolean kindOk = query.kind() == null || query.kind() == kind;
			boolean fieldOk = query.field() == null || query.field() == field;
			if (fieldOk) {
				facets.kinds.merge(kind, count, Long::sum);
			}
			if (kindOk && field != null) {
				facets.fields.merge(field, count, Long::sum);
			}
			if (kindOk && fieldOk) {
				facets.total += count;
				if (child != null) {
					byChild.merge(child, count, Long::sum);
				}
			}
			return null;
		}).list();
		if (!byChild.isEmpty()) {
			jdbc.sql("select id, name, path::text as path from org_unit where path = any(cast(:paths as ltree[]))")
				.param("paths", byChild.keySet().toArray(new String[0]))
				.query((rs, n) -> facets.units
					.add(new SearchResult.UnitFacet(rs.getLong("id"), rs.getString("name"), byChild.get(rs.getString("path")))))
				.list();
			facets.units.sort((x, y) -> Long.compare(y.count(), x.count()));
		}
		return facets;
	}

	/**
	 * A broad query narrowed by a registry or field: the capped pass saw only the newest matches of every
	 * registry, so the chosen group's records are taken again with the group in the filter — its page, total
	 * and units are then its own (older records of the group are not lost behind the cap). The counts of the
	 * other groups stay those of the capped pass, which the page labels as such when it is capped itself.
	 */
	private Facets narrowed(Facets broad, StringBuilder where, Map<String, Object> params, SearchQuery query,
			String basePath) {
		StringBuilder filtered = new StringBuilder(where);
		Map<String, Object> p = new HashMap<>(params);
		if (query.kind() != null) {
			filtered.append(" and e.kind = :narrowKind");
			p.put("narrowKind", query.kind().name());
		}
		if (query.field() != null) {
			filtered.append(" and e.field = :narrowField");
			p.put("narrowField", query.field().name());
		}
		Facets own = scan(filtered.toString(), p, query, basePath);
		own.kinds.clear();
		own.kinds.putAll(broad.kinds);
		own.fields.clear();
		own.fields.putAll(broad.fields);
		if (query.kind() != null) {
			own.kinds.put(query.kind(), own.total);
		}
		if (query.field() != null) {
			own.fields.put(query.field(), own.total);
		}
		return own;
	}

	/** The page's records with their text and unit names, in the order of the keys. */
	private List<SearchHit> details(List<Key> page, List<String> terms) {
		Map<Key, SearchHit> byKey = new HashMap<>();
		jdbc.sql("""
				select e.kind, e.record_id, e.org_unit_id, u.name as unit_name, e.field, e.visibility, e.title, e.summary
				  from registry_entry e join org_unit u on u.id = e.org_unit_id
				 where (e.kind, e.record_id) in (select * from unnest(cast(:kinds as text[]), cast(:ids as bigint[])))
				""")
			.param("kinds", page.stream().map(k -> k.kind().name()).toArray(String[]::new))
			.param("ids", page.stream().map(Key::recordId).toArray(Long[]::new))
			.query((rs, n) -> {
				SearchHit hit = new SearchHit(RegistryKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
						rs.getLong("org_unit_id"), rs.getString("unit_name"),
						rs.getString("field") == null ? null : BiotechField.valueOf(rs.getString("field")),
						Visibility.valueOf(rs.getString("visibility")), Highlighter.highlight(rs.getString("title"), terms),
						Highlighter.snippet(rs.getString("summary"), terms));
				return byKey.put(new Key(hit.kind(), hit.recordId()), hit);
			})
			.list();
		return page.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
	}

	private record Key(RegistryKind kind, long recordId) {
	}

	/** Up to four words of the vocabulary nearest to a (mistyped) word; none for one-letter words. */
	private List<String> nearWords(String term) {
		if (term.length() < 2) {
			return List.of();
		}
		return jdbc.sql("""
				select word from registry_word where word % :t and word <> :t
				 order by similarity(word, :t) desc, word limit 4
				""").param("t", term).query(String.class).list();
	}

	/**
	 * The words of the index's vocabulary that the last (perhaps unfinished) word begins, or none when there
	 * are more than {@link #MAX_COMPLETIONS}. Matching "(xin | xa | xet)" instead of "x:*" finds the same
	 * records (the vocabulary holds every word of the index), but the planner can estimate the words and
	 * takes the index on {@code updated_at} for a common one, where for the prefix it guesses 2 % and reads
	 * every match from the heap.
	 */
	private List<String> completions(String last) {
		List<String> words = jdbc.sql("select word from registry_word where starts_with(word, :t) order by word limit :n")
			.param("t", last)
			.param("n", MAX_COMPLETIONS + 1)
			.query(String.class)
			.list();
		// only plain words go into the tsquery text (as the terms themselves)
		if (words.size() > MAX_COMPLETIONS || !words.stream().allMatch(w -> w.matches("[\\p{L}\\p{N}]+"))) {
			return List.of();
		}
		return words;
	}

	private String path(long unitId) {
		return jdbc.sql("select path::text from org_unit where id = :id").param("id", unitId).query(String.class).single();
	}

	private static final class Facets {

		long total;

		/** The matches taken, at most the cap and one. */
		long matched;

		final Map<RegistryKind, Long> kinds = new EnumMap<>(RegistryKind.class);

		final Map<BiotechField, Long> fields = new EnumMap<>(BiotechField.class);

		final List<SearchResult.UnitFacet> units = new ArrayList<>();

		final List<Key> page = new ArrayList<>();

	}

}

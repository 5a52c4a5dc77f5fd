package vn.trienkhai.registry.search;

import java.util.List;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;

/**
 * A page of hits, how many there are in all, and the counts per facet value (each counted with the other
 * facets applied but not its own, so a person sees what choosing another value would give).
 *
 * @param total how many hits; when capped, how many of the newest {@code cap} matches pass the facets chosen
 * @param cap 0 when every match is counted, else more than this many match and the total, the facets and
 *        the ranking are over the newest {@code cap} of them
 * @param fuzzy whether the words matched no record exactly and the hits are the nearest spellings
 */
public record SearchResult(SearchQuery query, List<SearchHit> hits, long total, int cap, boolean fuzzy,
		Map<RegistryKind, Long> kinds, Map<BiotechField, Long> fields, List<UnitFacet> units) {

	public int pages() {
		return (int) Math.min(500, (total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
	}

	public boolean capped() {
		return cap > 0;
	}

	/** A unit one level below the searched one, and how many hits lie in its subtree. */
	public record UnitFacet(long unitId, String name, long count) {
	}

}

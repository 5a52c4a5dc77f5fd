package vn.trienkhai.registry.search;

import java.util.List;

import vn.trienkhai.platform.VietnameseText;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;

/**
 * What a person asked the registry search for: the words of the box and the facets chosen.
 *
 * @param text the box as typed; blank lists the newest records
 * @param kind one registry, or null for all
 * @param field one field, or null for all
 * @param unitId the unit whose subtree to search, or null for everything the user may read
 * @param page zero-based
 */
public record SearchQuery(String text, RegistryKind kind, BiotechField field, Long unitId, int page) {

	static final int PAGE_SIZE = 20;

	/** More words than this add nothing but cost. */
	static final int MAX_TERMS = 8;

	public SearchQuery {
		text = text == null ? "" : VietnameseText.clean(text);
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		page = Math.max(0, Math.min(page, 500));
	}

	/** The folded words ("Công nghệ" → ["cong", "nghe"]). */
	public List<String> terms() {
		return VietnameseText.terms(text).stream().limit(MAX_TERMS).toList();
	}

	public boolean blank() {
		return terms().isEmpty();
	}

	/** Exact words, the last one as a prefix (the person may still be typing it). */
	String prefixTsQuery() {
		List<String> terms = terms();
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			if (i > 0) {
				query.append(" & ");
			}
			query.append(terms.get(i)).append(i == terms.size() - 1 ? ":*" : "");
		}
		return query.toString();
	}

	/** The folded words joined by spaces, for trigram similarity. */
	String folded() {
		return String.join(" ", terms());
	}

	SearchQuery withPage(int newPage) {
		return new SearchQuery(text, kind, field, unitId, newPage);
	}

}

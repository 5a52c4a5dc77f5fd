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

	/**
	 * The folded words ("Công nghệ" → ["cong", "nghe"]). A last word of one letter is what the person is
	 * still typing; as a prefix it would match nearly everything, so it waits for the next letter.
	 */
	public List<String> terms() {
		List<String> terms = VietnameseText.terms(text).stream().limit(MAX_TERMS).toList();
		if (terms.size() > 1 && terms.get(terms.size() - 1).length() == 1) {
			return terms.subList(0, terms.size() - 1);
		}
		return terms;
	}

	public boolean blank() {
		return terms().isEmpty();
	}

	/** Exact words, the last one as a prefix (the person may still be typing it). */
	String prefixTsQuery() {
		return tsQuery(terms().stream().map(List::of).toList());
	}

	/**
	 * Exact words, the last one as the given completions of it ("vac &amp; (xin | xa)"), or as a prefix when
	 * there are none; finds the same records as {@link #prefixTsQuery()} when the completions are all the
	 * index's words that begin with it.
	 */
	String completedTsQuery(List<String> completions) {
		List<String> terms = terms();
		if (completions.isEmpty()) {
			return prefixTsQuery();
		}
		StringBuilder query = new StringBuilder();
		for (String term : terms.subList(0, terms.size() - 1)) {
			query.append(term).append(" & ");
		}
		return query.append('(').append(String.join(" | ", completions)).append(')').toString();
	}

	/**
	 * A tsquery of the words, each with the alternatives given for it ("(hok:* | hoc | hon) &amp; nghe:*"); the
	 * first alternative of the last word is a prefix.
	 */
	static String tsQuery(List<List<String>> alternatives) {
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < alternatives.size(); i++) {
			if (i > 0) {
				query.append(" & ");
			}
			List<String> words = alternatives.get(i);
			query.append(words.size() > 1 ? "(" : "");
			for (int j = 0; j < words.size(); j++) {
				query.append(j > 0 ? " | " : "").append(words.get(j));
				if (j == 0 && i == alternatives.size() - 1) {
					query.append(":*");
				}
			}
			query.append(words.size() > 1 ? ")" : "");
		}
		return query.toString();
	}

}

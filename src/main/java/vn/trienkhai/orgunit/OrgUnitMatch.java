package vn.trienkhai.orgunit;

import java.util.List;

/**
 * A search hit: the unit, its qualified name ("Phường An Khê, Tỉnh Gia Lai", so repeated names can be told
 * apart) and that qualified name cut into parts, the syllables that matched the query marked.
 *
 * @param fuzzy true when found by similarity (a typo) rather than by the words typed
 */
public record OrgUnitMatch(OrgUnit unit, String qualifiedName, List<Part> highlighted, boolean fuzzy) {

	/** A piece of the qualified name; {@code match} pieces are shown highlighted. */
	public record Part(String text, boolean match) {
	}

}

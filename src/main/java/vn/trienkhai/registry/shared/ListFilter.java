package vn.trienkhai.registry.shared;

import java.util.HashMap;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;

/**
 * A registry list page's filters: the unit whose subtree is listed, a field, a text (matched in the name and
 * codes, case and diacritics ignored) and the page; readerUnitId limits internal records to the reader's scope.
 */
public record ListFilter(long unitId, long readerUnitId, BiotechField field, String text, int page, int pageSize) {

	public static final int PAGE_SIZE = 20;

	/** The where clause over alias {@code u} (org_unit) and the record's alias; bind {@link #params()}. */
	public String where(String alias, String fieldCondition, String textExpression) {
		return " where u.path <@ (select path from org_unit where id = :unit)"
				+ " and (" + alias + ".visibility = 'PUBLIC' or u.path <@ (select path from org_unit where id = :reader))"
				+ " and " + fieldCondition
				+ " and (:text = '' or immutable_unaccent(lower(" + textExpression + ")) like '%' || immutable_unaccent(lower(:text)) || '%')";
	}

	public Map<String, Object> params() {
		Map<String, Object> p = new HashMap<>();
		p.put("unit", unitId);
		p.put("reader", readerUnitId);
		p.put("field", field == null ? "" : field.name());
		p.put("text", text == null ? "" : text.trim());
		p.put("limit", pageSize);
		p.put("offset", Math.max(0, page) * pageSize);
		return p;
	}

	/** How many pages {@code total} records fill. */
	public long pages(long total) {
		return (total + pageSize - 1) / pageSize;
	}

}

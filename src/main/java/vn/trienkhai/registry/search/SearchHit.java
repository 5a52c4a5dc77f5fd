package vn.trienkhai.registry.search;

import java.util.List;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;

/**
 * One record found: its heading and a snippet, each cut into pieces with the matched words marked, so the
 * page escapes every piece and highlights without ever rendering raw HTML.
 */
public record SearchHit(RegistryKind kind, long recordId, long orgUnitId, String unitName, BiotechField field,
		Visibility visibility, List<Highlighter.Piece> title, List<Highlighter.Piece> snippet) {

	public String url() {
		return kind.recordUrl(recordId);
	}

}
